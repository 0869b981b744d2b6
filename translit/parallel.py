"""Documents read in parallel on one machine: ``translit normalize --workers N``.

The per-document work (tokenize, match, resolve within the document) runs in N worker
processes; the cross-document step (:func:`translit.resolve.resolve_corpus`) runs in the
parent over all documents, so the result is the one a single process gives, in input order.

Workers get the normalizer by ``fork`` where the platform has it (nothing to load or copy);
elsewhere it is pickled to each worker once (the compiled lexicon, without match memos).
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import time
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from translit.normalizer import DocumentPart, Normalizer

__all__ = ["map_documents", "Progress"]

_NORMALIZER: Normalizer | None = None


def _init(normalizer: Normalizer | None, paths: list[str] | None) -> None:
    """Worker start: take the normalizer given, keep the inherited one, or load ``paths``.

    Ctrl-C is the parent's to handle (it stops the pool); a worker ignores it and ends on
    SIGTERM without a word.
    """
    global _NORMALIZER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if normalizer is not None:
        _NORMALIZER = normalizer
    elif _NORMALIZER is None:
        from translit.normalizer import Normalizer

        _NORMALIZER = Normalizer.load(paths)


def _work(text: str) -> DocumentPart:
    from translit.normalizer import document_part

    assert _NORMALIZER is not None
    return document_part(_NORMALIZER.index, text)


class Progress:
    """Documents done, documents/s and ETA, rewritten in place on a terminal's stderr."""

    def __init__(self, total: int, stream: IO[str] | None = None, every: float = 0.5) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.every = every
        self.start = time.monotonic()
        self.last = 0.0
        self.done = 0

    def step(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= self.every or self.done == self.total:
            self.last = now
            elapsed = max(now - self.start, 1e-9)
            rate = self.done / elapsed
            eta = (self.total - self.done) / rate if rate > 0 else 0.0
            self.stream.write(f"\rtranslit: {self.done}/{self.total} documents, {rate:.1f} documents/s, ETA {_clock(eta)}  ")
            self.stream.flush()

    def close(self) -> None:
        if self.done:
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    """``1:02:03`` or ``2:03``.

    >>> _clock(3723), _clock(59.6)
    ('1:02:03', '1:00')
    """
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def map_documents(normalizer: Normalizer, texts: Sequence[str], workers: int, progress: bool = False) -> list[DocumentPart]:
    """The per-document part of every text, computed by ``workers`` processes, in input order.

    ``progress`` writes documents/s and ETA to stderr (when stderr is a terminal).
    """
    ctx = _context()
    forked = ctx.get_start_method() == "fork"
    chunk = max(1, min(16, len(texts) // (workers * 8) or 1))
    meter = Progress(len(texts)) if progress and sys.stderr.isatty() else None
    out: list[DocumentPart] = []
    global _NORMALIZER
    previous = _NORMALIZER
    if forked:
        _NORMALIZER = normalizer  # inherited by the forked workers: nothing to pickle or load
    try:
        with ctx.Pool(workers, initializer=_init, initargs=(None if forked else normalizer, None)) as pool:
            for part in pool.imap(_work, texts, chunksize=chunk):
                out.append(part)
                if meter is not None:
                    meter.step()
    finally:
        _NORMALIZER = previous
        if meter is not None:
            meter.close()
    return out
