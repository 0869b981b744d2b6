"""The compiled lexicon, cached on disk: YAML parsed, validated and indexed once, loaded in milliseconds.

Loading a lexicon means parsing YAML, validating every entry, folding and keying every form
and building the look-up tables (:class:`translit.index.Index`); the common-word tables
(:mod:`translit.commonwords`) need wordfreq's Arabic list, which alone takes about half a
second to read. Both are pure functions of their inputs, so both are stored, pickled, under
a key that names every input:

- the lexicon: each file's resolved path and the hash of its content (editing, adding,
  removing or renaming a file gives another key: two lexicon sets never share an entry);
- the code: translit's version, the hash of every translit module's source (a change to
  folding, keys, budgets ... invalidates everything), the values of
  :mod:`translit.thresholds`, the Python and pickle versions, and wordfreq's version.

A cache entry is therefore never stale. Entries are written atomically (a temporary file
renamed into place) and a file that cannot be read back (truncated, corrupt, from another
version) is ignored and rebuilt.

Where: ``$TRANSLIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/translit``, else
``~/.cache/translit``. ``TRANSLIT_NO_CACHE=1`` (or an unwritable directory) turns the
cache off: everything is built in memory as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from translit import __version__

__all__ = ["cache_dir", "cache_enabled", "lexicon_key", "load_compiled", "commonword_tables", "clear"]

#: Bumped when the layout of a cache entry changes.
FORMAT = 2
_PACKAGE = Path(__file__).resolve().parent


def cache_enabled() -> bool:
    """False when ``TRANSLIT_NO_CACHE`` is set to anything but ``""`` or ``0``."""
    return os.environ.get("TRANSLIT_NO_CACHE", "") in ("", "0")


def cache_dir() -> Path:
    """The directory holding cache entries (not created here)."""
    explicit = os.environ.get("TRANSLIT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "translit"


_CODE_KEY: str | None = None


def _code_key() -> str:
    """Hash of everything in the code that shapes a compiled lexicon (computed once per process)."""
    global _CODE_KEY
    if _CODE_KEY is None:
        from translit import thresholds

        h = hashlib.blake2b(digest_size=16)
        h.update(f"{FORMAT}|{__version__}|{sys.version_info[:2]}|{pickle.HIGHEST_PROTOCOL}|{_wordfreq_version()}".encode())
        for path in sorted(_PACKAGE.glob("*.py")):
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        values = sorted((k, repr(v)) for k, v in vars(thresholds).items() if k.isupper())
        h.update(repr(values).encode())
        _CODE_KEY = h.hexdigest()
    return _CODE_KEY


def _wordfreq_version() -> str:
    try:
        from importlib.metadata import version

        return version("wordfreq")
    except Exception:  # not installed as a distribution: the code hash still keys the tables
        return "?"


def lexicon_key(files: Sequence[Path]) -> str:
    """The cache key of a set of lexicon files: their resolved paths and contents, and the code.

    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.yaml").write_text("entities: []\\n")
    >>> k1 = lexicon_key([d / "a.yaml"])
    >>> _ = (d / "a.yaml").write_text("entities: [] \\n")
    >>> k1 == lexicon_key([d / "a.yaml"])
    False
    """
    h = hashlib.blake2b(digest_size=20)
    h.update(_code_key().encode())
    for path in files:
        h.update(str(Path(path).resolve()).encode() + b"\0")
        h.update(hashlib.blake2b(Path(path).read_bytes(), digest_size=20).digest())
    return h.hexdigest()


def _read(path: Path) -> Any:
    """The object pickled at ``path``, or None when it is missing or unreadable (then rebuilt)."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # corrupt, truncated, written by other code: ignore it, it is rebuilt
        return None


def _write(path: Path, value: object) -> None:
    """Pickle ``value`` to ``path`` atomically; a cache that cannot be written is skipped quietly."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        pass


def commonword_tables() -> None:
    """Make :mod:`translit.commonwords` use its tables from the cache (built and stored on a miss).

    A no-op when the tables are already in memory or the cache is off.
    """
    from translit import commonwords

    tables_fn = getattr(commonwords, "_tables", None)
    info = getattr(tables_fn, "cache_info", None)
    if tables_fn is None or getattr(tables_fn, "translit_cached", False) or info is None or info().currsize or not cache_enabled():
        return  # already in memory (computed, or installed from the cache)
    path = cache_dir() / f"commonwords-{_code_key()}.pickle"
    tables = _read(path)
    if not (isinstance(tables, tuple) and len(tables) == 2 and all(isinstance(t, dict) for t in tables)):
        tables = tables_fn()
        _write(path, tables)
        return
    _install_tables(commonwords, tables_fn, tables)


def _install_tables(module: Any, original: Any, tables: tuple[dict[str, float], dict[str, float]]) -> None:
    def _tables() -> tuple[dict[str, float], dict[str, float]]:
        return tables

    def cache_clear() -> None:  # back to computing them (as after the original's cache_clear)
        module._tables = original
        original.cache_clear()

    _tables.cache_info = original.cache_info  # type: ignore[attr-defined]
    _tables.cache_clear = cache_clear  # type: ignore[attr-defined]
    _tables.__wrapped__ = original  # type: ignore[attr-defined]
    _tables.translit_cached = True  # type: ignore[attr-defined]
    module._tables = _tables


def load_compiled(paths: Iterable[str | os.PathLike[str]] | None) -> tuple[Any, Any] | None:
    """``(lexicon, index)`` for these lexicon paths (bundled when None), from the cache or
    built and stored; None when the cache is off (the caller builds in memory).

    Raises :class:`translit.LexiconError` as :func:`translit.lexicon.load_lexicon` does (an
    invalid lexicon is never cached).
    """
    if not cache_enabled():
        return None
    from translit.index import Index
    from translit.lexicon import bundled_paths, lexicon_files, load_lexicon

    files = bundled_paths() if paths is None else lexicon_files(paths)
    try:
        key = lexicon_key(files)
    except OSError:
        return None  # unreadable file: load_lexicon reports it
    commonword_tables()
    path = cache_dir() / f"lexicon-{key}.pickle"
    entry = _read(path)
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == key and isinstance(entry[1], Index):
        return entry[1].lexicon, entry[1]  # the index carries its lexicon (entities built on first use)
    lexicon = load_lexicon(files)
    index = Index(lexicon)
    _write(path, (key, index))
    return lexicon, index


def clear() -> int:
    """Remove every cache entry; returns how many files were removed."""
    n = 0
    directory = cache_dir()
    if directory.is_dir():
        for path in directory.glob("*.pickle"):
            try:
                path.unlink()
                n += 1
            except OSError:
                pass
    return n
