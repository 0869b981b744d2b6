"""Writing normalized documents: rewritten text, annotated text, JSON lines, TSV, and atomic files."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from html import escape
from typing import IO, cast

from translit.errors import OutputError
from translit.model import Document, Mention

__all__ = ["rewrite", "annotate", "render", "atomic_writer", "stdout_writer", "Utf8Writer", "FORMATS"]

FORMATS = ("text", "annotated", "jsonl", "tsv", "html")
TSV_COLUMNS = ("doc", "start", "end", "surface", "id", "en", "type", "score", "rule", "clitic")

_ARTICLE = "ال"


def _replacement(text: str, mention: Mention) -> str:
    """The canonical spelling for a mention, fitted to the article as the text writes it.

    After ل the article loses its alef (للدوحة): the mention then starts at the article's
    ل, so the canonical الدوحة is written without its alef.
    """
    canonical = mention.canonical or mention.form
    surface = mention.surface
    if canonical.startswith(_ARTICLE) and surface.startswith("ل") and not surface.startswith(_ARTICLE):
        if mention.clitic.endswith("ل"):
            return canonical[1:]
    return canonical


def _splice(doc: Document, replace: Callable[[Mention], str]) -> str:
    """The document's text with each mention's span replaced by ``replace(mention)``."""
    parts: list[str] = []
    pos = 0
    for m in doc.mentions:
        parts.append(doc.text[pos : m.start])
        parts.append(replace(m))
        pos = m.end
    parts.append(doc.text[pos:])
    return "".join(parts)


def rewrite(doc: Document) -> str:
    """The document's text with every mention replaced by its canonical spelling, clitics kept.

    >>> from translit import Normalizer
    >>> rewrite(Normalizer.load().normalize("وقال نتنياهو لماكجورك"))
    'وقال نتنياهو لماكغورك'
    """
    return _splice(doc, lambda m: _replacement(doc.text, m))


def annotate(doc: Document) -> str:
    """The document's text with each mention wrapped in an inline tag carrying id, English form and type.

    >>> from translit import Normalizer
    >>> annotate(Normalizer.load().normalize("قطر"))
    '<entity id="qatar" en="Qatar" type="place">قطر</entity>'
    """

    def tag(m: Mention) -> str:
        attrs = f'id="{escape(m.id)}" en="{escape(m.en)}" type="{escape(m.type)}"'
        return f"<entity {attrs}>{m.surface}</entity>"

    return _splice(doc, tag)


def _tsv_cell(value: object) -> str:
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def render(docs: Sequence[Document], fmt: str, out: IO[str], jsonl_input: bool = False) -> None:
    """Write documents to ``out`` in one of :data:`FORMATS`.

    ``text`` and ``annotated`` write plain text for plain-text input and one JSON object a
    line (the document's fields, ``text`` rewritten) when the input was JSON lines.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "html":
        from translit.html import render_html

        render_html(docs, out)
        return
    if fmt == "jsonl":
        for doc in docs:
            record = {"id": doc.id, **doc.extra, "mentions": [m.to_dict() for m in doc.mentions]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if fmt == "tsv":
        out.write("\t".join(TSV_COLUMNS) + "\n")
        for doc in docs:
            for m in doc.mentions:
                row = (doc.id, m.start, m.end, m.surface, m.id, m.en, m.type, m.score, m.rule, m.clitic)
                out.write("\t".join(_tsv_cell(v) for v in row) + "\n")
        return
    transform = rewrite if fmt == "text" else annotate
    for n, doc in enumerate(docs):
        body = transform(doc)
        if jsonl_input:
            out.write(json.dumps({"id": doc.id, "text": body, **doc.extra}, ensure_ascii=False) + "\n")
        else:
            out.write(body)
            if len(docs) > 1 and not body.endswith("\n"):
                out.write("\n")


class Utf8Writer:
    """A text stream over a binary one that always writes UTF-8 and never translates newlines.

    Standard output goes through it so that the output bytes are the input's bytes outside
    mentions (``\\r\\n`` and a lone ``\\r`` stay as they were) whatever the locale says.

    >>> import io
    >>> raw = io.BytesIO()
    >>> Utf8Writer(raw).write("قطر\\r\\n")
    5
    >>> raw.getvalue() == "قطر\\r\\n".encode()
    True
    """

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(text.encode("utf-8"))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()


def stdout_writer(stream: IO[str] | None = None) -> IO[str]:
    """Standard output (or ``stream``) as UTF-8 text without newline translation.

    A stream without a binary ``buffer`` (an IDE console, a test capture) is returned as is.
    """
    stream = sys.stdout if stream is None else stream
    raw = getattr(stream, "buffer", None)
    if raw is None:
        return stream
    stream.flush()
    return cast(IO[str], Utf8Writer(raw))


def _cannot_write(target: str, exc: OSError) -> OutputError:
    return OutputError(f"{target}: cannot write: {exc.strerror or exc}")


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """Open ``path`` for writing so that it appears whole or not at all.

    Writes to a temporary file in the same directory and renames it over ``path`` only
    when the block finishes without an exception; otherwise the temporary file is removed
    and any earlier file at ``path`` is left as it was. A symbolic link is followed (the
    file it points to is replaced, the link stays); a path that exists but is not a regular
    file (``/dev/stdout``, a named pipe) is written directly, since renaming over it would
    replace the device or pipe itself. Failing to create, flush or rename the file raises
    :class:`translit.errors.OutputError`.
    """
    name = os.fspath(path)
    target = os.path.realpath(name)
    if os.path.exists(target) and not os.path.isfile(target):
        try:
            handle = open(target, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise _cannot_write(name, exc) from None
        with handle:
            yield handle
        return
    directory = os.path.dirname(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".translit-", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise _cannot_write(name, exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            try:
                handle.flush()
                os.fsync(handle.fileno())
            except OSError as exc:
                raise _cannot_write(name, exc) from None
        if os.path.exists(target):
            with contextlib.suppress(OSError):
                os.chmod(tmp, os.stat(target).st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise _cannot_write(name, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
