"""Reading documents from files, directories and standard input, with errors that name where.

``.txt`` files are one document each; ``.jsonl`` files hold one JSON object a line with a
``text`` field (and an optional ``id``; other fields are carried along); a directory stands
for every such file below it, in sorted order; ``-`` is standard input (one text document).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from translit.errors import InputError

__all__ = ["InputDocument", "read_inputs", "decode", "INPUT_SUFFIXES", "INPUT_FORMATS"]

INPUT_SUFFIXES = (".txt", ".jsonl")

# How an input is read: ``auto`` by its suffix (``.jsonl`` is JSON lines, anything else and
# standard input one text document); ``text`` and ``jsonl`` read every input so, which lets a
# pipeline pipe JSON lines into standard input or name an ``.ndjson`` file.
INPUT_FORMATS = ("auto", "text", "jsonl")


@dataclass(frozen=True)
class InputDocument:
    """One document as read: id, text, extra JSON fields, and whether it came from JSON lines."""

    id: str
    text: str
    extra: dict[str, Any] = field(default_factory=dict)
    from_jsonl: bool = False


def decode(data: bytes, name: str, errors: str = "strict", on_replace: Callable[[str, int], None] | None = None) -> str:
    """Decode UTF-8 bytes (a leading byte-order mark is dropped).

    With ``errors="strict"`` a bad byte raises :class:`InputError` naming ``name`` and the
    byte offset; with ``errors="replace"`` bad bytes become U+FFFD and ``on_replace`` is told
    how many were replaced.

    >>> decode("قطر".encode(), "x.txt")
    'قطر'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if errors != "replace":
            raise InputError(f"{name}: not valid UTF-8 at byte offset {exc.start} (use --encoding-errors replace to go on)") from None
    text = data.decode("utf-8", errors="replace")
    if on_replace is not None:
        on_replace(name, text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd"))
    return text


def _expand(paths: Iterable[str]) -> Iterator[str]:
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(str(p) for p in path.rglob("*") if p.suffix in INPUT_SUFFIXES and p.is_file())
            if not found:
                raise InputError(f"{raw}: directory holds no .txt or .jsonl files")
            yield from found
        elif not path.exists():
            raise InputError(f"{raw}: no such file or directory")
        else:
            yield raw


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None


# A JSON escape that may decode to a lone surrogate (\\ud800 ... \\udfff); text decoded from
# UTF-8 holds none, so only lines with such an escape need the slower check of every string.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def lines(text: str) -> Iterator[tuple[int, str]]:
    """The lines of a JSON-lines text with their 1-based numbers, split at ``\\n`` only.

    Unlike :meth:`str.splitlines`, a U+2028 LINE SEPARATOR (or U+0085, form feed ...) that
    JSON allows unescaped inside a string does not cut the line; a trailing ``\\r`` (CRLF
    files) is JSON whitespace and does no harm.

    >>> [n for n, line in lines('{"text": "قطر\\u2028حماس"}\\n{"text": "غزة"}\\n')]
    [1, 2]
    """
    for lineno, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield lineno, line


def _replace_surrogates(value: Any) -> tuple[Any, int]:
    """A JSON value with every lone surrogate replaced by U+FFFD, and how many were replaced.

    >>> _replace_surrogates({"text": "قطر\\ud800", "tags": ["\\udfff"]})
    ({'text': 'قطر\ufffd', 'tags': ['\ufffd']}, 2)
    """
    if isinstance(value, str):
        return _SURROGATE.subn("\ufffd", value)
    if isinstance(value, list):
        pairs = [_replace_surrogates(v) for v in value]
        return [v for v, _ in pairs], sum(n for _, n in pairs)
    if isinstance(value, dict):
        items = [(_replace_surrogates(k), _replace_surrogates(v)) for k, v in value.items()]
        return {k: v for (k, _), (v, _) in items}, sum(nk + nv for (_, nk), (_, nv) in items)
    return value, 0


def _line_problem(exc: Exception) -> str:
    """What is wrong with a JSON line, in a few words."""
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON: {exc.msg} (column {exc.colno})"
    if isinstance(exc, RecursionError):
        return "invalid JSON: nested too deeply"
    return str(exc)


def _jsonl(text: str, name: str, skip_bad: bool, warn: Callable[[str], None], encoding_errors: str = "strict") -> Iterator[InputDocument]:
    for lineno, line in lines(text):
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("expected a JSON object")
            if "text" not in record:
                raise ValueError("no 'text' field")
            if not isinstance(record["text"], str):
                raise ValueError(f"'text' must be a string, not {type(record['text']).__name__}")
            if _SURROGATE_ESCAPE.search(line):
                record, count = _replace_surrogates(record)
                if count and encoding_errors != "replace":
                    raise ValueError("a string holds a lone surrogate escape (\\ud800-\\udfff), not valid Unicode; --encoding-errors replace turns it into U+FFFD")
                if count:
                    warn(f"{name}:{lineno}: replaced {count} lone surrogate{'s' if count != 1 else ''} with U+FFFD")
        except (ValueError, RecursionError) as exc:
            message = f"{name}:{lineno}: {_line_problem(exc)}"
            if not skip_bad:
                raise InputError(message + " (use --skip-bad-lines to go on)") from None
            warn(f"skipped {message}")
            continue
        doc_id = record.get("id")
        doc_id = f"{name}:{lineno}" if doc_id is None else str(doc_id)
        extra = {k: v for k, v in record.items() if k not in ("id", "text")}
        yield InputDocument(doc_id, record["text"], extra, True)


def read_inputs(
    paths: Iterable[str],
    *,
    encoding_errors: str = "strict",
    skip_bad_lines: bool = False,
    warn: Callable[[str], None] = lambda message: None,
    output: str | None = None,
    input_format: str = "auto",
) -> list[InputDocument]:
    """Read every document of the given paths (standard input when there are none).

    ``input_format`` (one of ``INPUT_FORMATS``) says how: by suffix (``auto``: a ``.jsonl``
    file holds one document a line, any other file and standard input one text), or every
    input as ``text`` or as ``jsonl``.

    Raises :class:`InputError` with a one-line message naming the file (and line or byte
    offset) for anything unreadable, and, when ``output`` is given, for an input that is
    the output file (named directly or found in a directory): it would be overwritten.
    """
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {', '.join(INPUT_FORMATS)}, not {input_format!r}")
    names = list(_expand(list(paths) or ["-"]))
    if output is not None:
        for name in names:
            if name != "-" and same_file(name, output):
                raise InputError(f"{output}: the output file is also an input ({name}); choose another -o")
    docs: list[InputDocument] = []
    for name in names:

        def replaced(where: str, count: int) -> None:
            warn(f"{where}: replaced {count} invalid UTF-8 byte sequence{'s' if count != 1 else ''}")

        text = decode(_read_bytes(name), "<stdin>" if name == "-" else name, encoding_errors, replaced)
        if input_format == "jsonl" or (input_format == "auto" and name.endswith(".jsonl")):
            docs.extend(_jsonl(text, "<stdin>" if name == "-" else name, skip_bad_lines, warn, encoding_errors))
        else:
            docs.append(InputDocument("stdin" if name == "-" else name, text))
    seen: dict[str, int] = {}
    for doc in docs:
        seen[doc.id] = seen.get(doc.id, 0) + 1
    for doc_id, count in seen.items():
        if count > 1:
            warn(f"document id {doc_id!r} occurs {count} times; all are kept")
    return docs


def same_file(a: str, b: str) -> bool:
    """True when two paths name the same existing file."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
