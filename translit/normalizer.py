"""The public entry point: a lexicon compiled once, applied to texts, corpora and bare names."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from translit import thresholds
from translit.context import in_context
from translit.index import Index, fold_name
from translit.latin import reads_as
from translit.lexicon import Lexicon, load_lexicon
from translit.matcher import find_matches, match_name
from translit.model import Candidate, Document
from translit.orthography import fold
from translit.phonetic import compact
from translit.resolve import Resolution, resolve_corpus, resolve_document, to_mention
from translit.similarity import verify
from translit.tokens import Token, windows

__all__ = ["Normalizer"]

#: Kinds of lexicon form that name their entity only in running text, never in a bare look-up:
#: ``quoted`` (only in quotation marks) and ``nearby`` (only where the entity is named otherwise).
_IN_CONTEXT_ONLY = frozenset({"quoted", "nearby"})

DocumentInput = str | tuple[str, str] | dict[str, Any]
#: What one document yields before the cross-document step: its resolutions and the tokens
#: they start and end at (token position -> token), all that :func:`to_mention` needs.
DocumentPart = tuple[list[Resolution], dict[int, Token]]


def document_part(index: Index, text: str) -> DocumentPart:
    """The per-document work: tokenize, match and resolve within the document.

    Independent of every other document, so it runs anywhere (a worker process, a Dask
    task); :func:`translit.resolve.resolve_corpus` then joins the parts.
    """
    matches = []
    edges: dict[int, Token] = {}  # the first and last token of every match, by position
    for base, window in windows(text):
        for m in in_context(window, find_matches(window, index), index, text):
            matches.append(replace(m, first=m.first + base, last=m.last + base))
            edges[m.first + base] = window[m.first]
            edges[m.last - 1 + base] = window[m.last - 1]
    resolutions = resolve_document(matches)
    needed = {i: edges[i] for r in resolutions for i in (r.match.first, r.match.last - 1)}
    return resolutions, needed


def _check_text(text: object, what: str = "text") -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError(f"{what} must be a str, not {type(text).__name__}: decode it first (e.g. data.decode('utf-8'))")
    raise TypeError(f"{what} must be a str, not {type(text).__name__}")


def _rivals(first: Candidate, second: Candidate) -> bool:
    """True when a look-up's runner-up is within the ambiguity margin of the best candidate
    and the two entities' spellings are themselves spellings of one name (لوغان / لوجان)."""
    if second.cost - first.cost >= thresholds.AMBIGUITY_MARGIN:
        return False
    return verify(compact(fold(first.form)), compact(fold(second.form))).accepted


class Normalizer:
    """Recognises the names of a lexicon in Arabic text, whatever their spelling.

    Immutable after construction and safe to share between threads.

    >>> norm = Normalizer.load()
    >>> [m.id for m in norm.normalize("التقى ماكجورك بنتنياهو").mentions]
    ['brett-mcgurk', 'benjamin-netanyahu']
    """

    def __init__(self, lexicon: Lexicon, index: Index | None = None) -> None:
        self.lexicon = lexicon
        self.index = Index(lexicon) if index is None else index

    @classmethod
    def load(cls, paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str] | None = None, cache: bool = True) -> Normalizer:
        """Load lexicon files or directories (the bundled lexicons when ``paths`` is None).

        The compiled lexicon is kept in an on-disk cache keyed by the files' contents and the
        code (see :mod:`translit.cache`): the next load of the same files skips parsing and
        indexing. ``cache=False`` (or ``TRANSLIT_NO_CACHE=1``) builds everything in memory.

        Raises :class:`translit.LexiconError` naming file, line and field of every problem.
        """
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        if cache:
            from translit.cache import load_compiled

            compiled = load_compiled(None if paths is None else list(paths))
            if compiled is not None:
                return cls(*compiled)
        return cls(load_lexicon(paths))

    def normalize(self, text: str, id: str = "") -> Document:
        """Find every known name in one text.

        Takes a ``str``; returns a :class:`translit.Document` whose mentions carry offsets,
        entity id, English form, score and rule.

        >>> doc = Normalizer.load().normalize("قال بايدن إن قطر وسيط")
        >>> [(m.surface, m.en) for m in doc.mentions]
        [('بايدن', 'Joe Biden'), ('قطر', 'Qatar')]
        """
        return self.normalize_many([(id, _check_text(text))])[0]

    def normalize_many(self, documents: Iterable[DocumentInput], workers: int = 1, progress: bool = False) -> list[Document]:
        """Normalize documents as one corpus: a spelling resolves the same way in all of them.

        Each document is a ``str``, an ``(id, text)`` pair, or a mapping with ``"text"`` (and
        optionally ``"id"``; other keys are kept in ``Document.extra``). Returns documents in
        input order.

        ``workers`` > 1 reads the documents in that many processes (see
        :mod:`translit.parallel`); the cross-document step runs here over all of them, so the
        result is the same as with one. ``progress`` reports documents/s and ETA on stderr.
        """
        docs = self._prepare(documents)
        texts = [text for _, text, _ in docs]
        if workers > 1 and len(texts) > 1:
            from translit.parallel import map_documents

            local = map_documents(self, texts, workers, progress)
        else:
            from translit.parallel import Progress

            meter = Progress(len(texts)) if progress and len(texts) > 1 and sys.stderr.isatty() else None
            local = []
            for text in texts:
                local.append(document_part(self.index, text))
                if meter is not None:
                    meter.step()
            if meter is not None:
                meter.close()
        return self._finish(docs, local)

    @staticmethod
    def _prepare(documents: Iterable[DocumentInput]) -> list[tuple[str, str, dict[str, Any]]]:
        docs: list[tuple[str, str, dict[str, Any]]] = []
        for n, item in enumerate(documents):
            if isinstance(item, tuple):
                doc_id, text = item
                docs.append((str(doc_id), _check_text(text, f"document {n} text"), {}))
            elif isinstance(item, dict):
                if "text" not in item:
                    raise ValueError(f"document {n} has no 'text' field")
                extra = {k: v for k, v in item.items() if k not in ("id", "text")}
                docs.append((str(item.get("id", n)), _check_text(item["text"], f"document {n} 'text'"), extra))
            else:
                docs.append((str(n), _check_text(item, f"document {n}"), {}))
        return docs

    @staticmethod
    def _finish(docs: list[tuple[str, str, dict[str, Any]]], local: list[DocumentPart]) -> list[Document]:
        resolved = resolve_corpus([resolutions for resolutions, _ in local])
        out: list[Document] = []
        for (doc_id, text, extra), (_, tokens), resolutions in zip(docs, local, resolved):
            mentions = tuple(to_mention(text, tokens, r) for r in resolutions)
            out.append(Document(doc_id, text, mentions, extra))
        return out

    def lookup(self, name: str, limit: int = 10) -> list[Candidate]:
        """Rank the entities a bare name may refer to, best first (empty when none qualifies).

        The name is read as a whole, without context: it is known to be a name, so no
        proclitic is removed and frequent words may match fuzzily; an ambiguous short form
        lists every entity it may name; a form listed under ``quoted`` or ``nearby`` names
        nothing here (it does only in running text: in quotation marks, or in a document that
        names its entity otherwise). Ranked by edit cost, then score. When the best
        candidates of several entities are equally close, each is marked ``ambiguous``: the
        name alone links to none of them, unless it reads as the English form of exactly one
        (:func:`translit.latin.reads_as`), which then comes first.

        >>> [(c.id, c.rule) for c in Normalizer.load().lookup("ماكجورك")]
        [('brett-mcgurk', 'short-form')]
        """
        if not isinstance(limit, int) or isinstance(limit, bool):
            raise TypeError(f"limit must be an int, not {type(limit).__name__}")
        if limit < 0:
            raise ValueError(f"limit must be 0 or more, not {limit}")
        folded = fold_name(_check_text(name, "name"))
        if not folded:
            return []
        best: dict[str, Candidate] = {}
        for hit in match_name(self.index, name):
            entity = hit.form.entity
            if hit.form.kind in _IN_CONTEXT_ONLY:
                continue  # names its entity only in context: «الشرق الأوسط» quoted (the newspaper), سيتي where Manchester City is named
            if hit.form.is_short and hit.cost > thresholds.SHORT_FORM_MAX_COST:
                continue  # a short form alone stands for its entity only when spelled nearly as listed
            if hit.form.is_short:
                rule = "short-form"
                score = thresholds.SCORE_SHORT_FORM * (1.0 if hit.rule == "folded" else hit.score)
            elif hit.rule == "folded" and " ".join(name.split()) == hit.form.text:
                rule, score = "exact", thresholds.SCORE_EXACT
            else:
                rule, score = hit.rule, hit.score
            cand = Candidate(entity.id, entity.en, entity.type, round(score, 4), rule, hit.form.text, hit.cost)
            current = best.get(entity.id)
            if current is None or (cand.cost, -cand.score) < (current.cost, -current.score):
                best[entity.id] = cand
        ranked = sorted(best.values(), key=lambda c: (c.cost, -c.score, c.id))
        full = [c for c in ranked if c.cost == ranked[0].cost and c.rule != "short-form"]
        if len(full) == 1 and len(ranked) > 1 and ranked[1].cost == ranked[0].cost:
            # As in running text, a full form outranks other entities' short forms spelled the
            # same: bare عمان is Amman's full form, عُمان (marked) Oman's short form.
            ranked = [full[0]] + [c for c in ranked if c is not full[0]]
        elif len(ranked) > 1 and ranked[1].cost == ranked[0].cost:
            # Several entities equally close: the name alone cannot choose between them.
            ranked = [replace(c, ambiguous=c.cost == ranked[0].cost) for c in ranked]
        elif len(ranked) > 1 and _rivals(ranked[0], ranked[1]):
            # Nearly as close, and spelled like the first: two entities of one name (Logan,
            # لوغان and لوجان); which spelling a writer chose does not tell them apart.
            ranked = [replace(c, ambiguous=c.cost - ranked[0].cost < thresholds.AMBIGUITY_MARGIN) for c in ranked]
        tied = [c for c in ranked if c.ambiguous]
        read = [c for c in tied if reads_as(compact(folded), c.en)]
        if len(read) == 1:
            # The English forms choose: علاوة reads as Allaoua, not Alioua; لوخان as Luján, not Logan.
            ranked = [replace(read[0], ambiguous=False)] + [replace(c, ambiguous=False) for c in ranked if c is not read[0]]
        return ranked[:limit]
