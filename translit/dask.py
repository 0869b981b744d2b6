"""translit on a Dask cluster: ``pip install 'translit[dask]'``.

The per-document work (tokenize, match, resolve within the document) runs as a map over the
partitions; the cross-document step is a reduce: each partition's evidence (which spelling
the documents resolved to which entity) merges by set union into one table, which is then
broadcast back to every partition to resolve what each document left pending. The result
equals :meth:`translit.Normalizer.normalize_many` over all the documents on one machine.

Each worker loads the lexicon once per process (from the compiled cache when it has one,
see :mod:`translit.cache`), by the paths given: they must be readable on the workers (a
shared file system, or the same files installed on every node); ``None`` means the
bundled lexicons.

>>> import dask.bag as db                                  # doctest: +SKIP
>>> from translit.dask import normalize_bag                # doctest: +SKIP
>>> docs = db.read_text("s3://bucket/articles-*.jsonl").map(json.loads)  # doctest: +SKIP
>>> normalize_bag(docs).map(lambda d: d.to_json()).to_textfiles("out-*.jsonl")  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from translit.model import Document
from translit.normalizer import Normalizer, document_part
from translit.resolve import Evidence, apply_corpus, corpus_evidence, merge_evidence, to_mention

if TYPE_CHECKING:
    import dask.bag as db

__all__ = ["normalize_bag", "normalize_dataframe", "normalizer"]

_LOADED: dict[tuple[str, ...] | None, Normalizer] = {}


def normalizer(paths: Sequence[str] | None = None) -> Normalizer:
    """The normalizer for these lexicon paths, loaded once per worker process."""
    key = None if paths is None else tuple(str(p) for p in paths)
    norm = _LOADED.get(key)
    if norm is None:
        norm = _LOADED[key] = Normalizer.load(None if key is None else list(key))
    return norm


def _local(records: list[Any], paths: tuple[str, ...] | None) -> list[tuple[Any, ...]]:
    """Map: each document as ``(id, text, extra, resolutions, tokens)``."""
    norm = normalizer(paths)
    out = []
    for doc_id, text, extra in Normalizer._prepare(records):
        resolutions, tokens = document_part(norm.index, text)
        out.append((doc_id, text, extra, resolutions, tokens))
    return out


def _evidence(parts: list[tuple[Any, ...]]) -> Evidence:
    return corpus_evidence([p[3] for p in parts])


def _finish(parts: list[tuple[Any, ...]], seen: Evidence) -> list[Document]:
    out = []
    for doc_id, text, extra, resolutions, tokens in parts:
        mentions = tuple(to_mention(text, tokens, r) for r in apply_corpus(resolutions, seen))
        out.append(Document(doc_id, text, mentions, extra))
    return out


def normalize_bag(documents: db.Bag, lexicons: Sequence[str] | None = None) -> db.Bag:
    """Normalize a bag of documents as one corpus; a bag of :class:`translit.Document`.

    Each element is a ``str``, an ``(id, text)`` pair or a mapping with ``"text"`` (and
    optionally ``"id"``; other keys kept in ``Document.extra``), as for
    :meth:`translit.Normalizer.normalize_many`. A document without an id is numbered by its
    position in its partition (give ids to keep them unique across partitions).
    """
    paths = None if lexicons is None else tuple(str(p) for p in lexicons)
    local = documents.map_partitions(_local, paths)
    evidence = local.map_partitions(lambda parts: [_evidence(parts)]).fold(merge_evidence, merge_evidence, initial={})
    return local.map_partitions(_finish, evidence)


def _mentions_json(doc: Document) -> str:
    return json.dumps([m.to_dict() for m in doc.mentions], ensure_ascii=False)


def normalize_dataframe(frame: Any, lexicons: Sequence[str] | None = None, text: str = "text", id: str = "id") -> Any:
    """Normalize a ``dask.dataframe`` with a text column as one corpus.

    Returns a dataframe with the ``id`` column and ``mentions``: each row's mentions as a
    JSON array (the objects of the JSONL output), in the frame's order.
    """
    import pandas as pd

    columns = [id, text] if id in frame.columns else [text]

    def to_records(part: pd.DataFrame) -> list[dict[str, Any]]:
        rows = part[columns].to_dict("records")
        return [{"id": str(r[id]) if id in r else str(n), "text": r[text]} for n, r in zip(part.index, rows)]

    bag = _frame_to_bag(frame, to_records)
    docs = normalize_bag(bag, lexicons)

    def to_frame(part: list[Document]) -> pd.DataFrame:
        return pd.DataFrame({"id": [d.id for d in part], "mentions": [_mentions_json(d) for d in part]})

    meta = pd.DataFrame({"id": pd.Series([], dtype=object), "mentions": pd.Series([], dtype=object)})
    return _bag_to_frame(docs, to_frame, meta)


def _frame_to_bag(frame: Any, to_records: Any) -> db.Bag:
    """One bag partition per dataframe partition, rows in order."""
    import dask
    import dask.bag as db

    parts = frame.to_delayed()
    return db.from_delayed([dask.delayed(to_records)(p) for p in parts])


def _bag_to_frame(docs: db.Bag, to_frame: Any, meta: Any) -> Any:
    import dask
    import dask.dataframe as dd

    return dd.from_delayed([dask.delayed(to_frame)(p) for p in docs.to_delayed()], meta=meta, verify_meta=False)


def _check_reduce() -> None:
    """The evidence reduce is a fold: order and grouping of partitions do not matter.

    >>> a, b, c = {"x": {"1": {"t"}}}, {"x": {"1": {"u"}, "2": set()}, "y": {"3": set()}}, {}
    >>> merge_evidence(merge_evidence(a, b), c) == merge_evidence(a, merge_evidence(b, c)) == merge_evidence(b, a)
    True
    >>> from functools import reduce
    >>> reduce(merge_evidence, [a, b, c], {})["x"] == {"1": {"t", "u"}, "2": set()}
    True
    """
