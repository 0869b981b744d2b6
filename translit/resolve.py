"""From matches to mentions: which entity each match names, within a document and across a corpus.

A match of a full form (``جو بايدن``) names its entity, unless it is also the short form of
another entity the document names in full or by a short form that stands alone, and the
document never names the first one otherwise: after ``نادي برشلونة``, bare ``برشلونة`` is the
club, not the city (coreference).
A match of a short form
(``بايدن``, or ``الأسد`` which several people share) is resolved in this order:

1. **coreference**: an entity among its candidates that the same document names in full
   (the nearest such mention, preferring one before it);
2. **short-form**: the only entity with that short form, when the match is exact;
3. **corpus**: the one entity the other documents of the same call resolved that spelling to;
   when several entities share the spelling, not in a document that names other entities but
   none of those the documents that resolved it name (a shared topic): الأهلي beside الزمالك
   and بيراميدز is not Al-Ahli of Jeddah because a Saudi report of the same call names أهلي جدة;

and otherwise left out: an ambiguous short form is never linked to a guess.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from translit import thresholds
from translit.index import surname
from translit.lexicon import Entity
from translit.matcher import Hit, Match
from translit.model import Mention
from translit.orthography import fold_with_offsets, light_fold
from translit.tokens import Token

__all__ = ["Evidence", "Resolution", "resolve_document", "resolve_corpus", "corpus_evidence", "merge_evidence", "apply_corpus", "to_mention", "quoted_part"]


@dataclass(frozen=True)
class Resolution:
    """A match and what it was resolved to: an entity with rule and score, or still ``pending``
    with the entities it could name (an ambiguous or fuzzy short form without context)."""

    match: Match
    entity: Entity | None
    rule: str
    score: float
    form: str
    candidates: tuple[Entity, ...] = ()
    short: bool = False  # matched a short form (surname, acronym) rather than a full form
    exact: bool = False  # ... and spelled it exactly (up to folding)
    listed: bool = False  # ... and that short form is listed in the lexicon's `short` or `nearby`

    @property
    def pending(self) -> bool:
        return self.entity is None


def _best_per_entity(hits: Sequence[Hit]) -> dict[str, Hit]:
    best: dict[str, Hit] = {}
    for hit in hits:
        current = best.get(hit.form.entity.id)
        if current is None or (hit.cost, -hit.score) < (current.cost, -current.score):
            best[hit.form.entity.id] = hit
    return best


#: Kinds of short form a maintainer lists (``short``, ``nearby``), which a rewrite keeps as they
#: are; a default surname is rewritten to the entity's first listed short form, if any.
_LISTED_SHORT = ("short", "nearby")


def _standing_hit(match: Match, hits: Sequence[Hit]) -> Hit | None:
    """The hit by which a short match names one entity on its own: the only one whose form
    needs no context (or had it lifted by a title or quotation marks), spelled as listed; None
    when there is none or several. Forms that need context do not compete with it: they name
    their entity only where the document names it otherwise (coreference comes first), so
    خامنئي stays Ali Khamenei's short form where Mojtaba Khamenei, who lists it under
    ``nearby``, is not named."""
    free = [h for h in hits if not _context_only(match, h)]
    return free[0] if len(free) == 1 and free[0].rule == "folded" else None


def _context_only(match: Match, hit: Hit) -> bool:
    """True when a hit names its entity only next to a full mention of it in the same document
    (coreference): a form that is a common word, or a spelling that differs from the lexicon's
    read after a proclitic (وبارنيع next to ديفيد بارنيا is Barnea; باندرا alone is Bandra, not
    ب + Andorra, and كبرياء is "pride", not ك + Praia), unless the spelling is of several words
    whose first, right after the proclitic, is the lexicon's: ودونالد تاسك is Donald Tusk
    (دونالد توسك), while وزير الخارجية الروسية is not و + the ministry (وزارة الخارجية الروسية)."""
    if hit.form.needs_context:
        return True
    if not match.reading.clitic or hit.rule == "folded":
        return False
    return not (match.last - match.first > 1 and match.query.split()[0] == hit.form.folded.split()[0])  # both compact


def resolve_document(matches: Sequence[Match]) -> list[Resolution]:
    """Resolve the matches of one document (in text order) using the document's own context."""
    full: list[tuple[Match, Hit]] = []
    short: list[tuple[Match, list[Hit]]] = []
    for match in matches:
        full_hits = [h for h in match.hits if not h.form.is_short and not _context_only(match, h)]
        if full_hits:
            best = sorted(_best_per_entity(full_hits).values(), key=lambda h: (h.cost, -h.score))
            tied = [h for h in best if (h.cost, h.rule) == (best[0].cost, best[0].rule)]
            if len(tied) > 1:
                short.append((match, tied))  # several entities equally close: needs context
            else:
                full.append((match, best[0]))
        else:
            short.append((match, list(_best_per_entity(match.hits).values())))

    spelled: dict[str, set[str]] = defaultdict(set)  # entity id -> the spans that name it in full
    for match, hit in full:
        spelled[hit.form.entity.id].add(match.query)
    standing_hits = {match.first: _standing_hit(match, hits) for match, hits in short}
    standing_at: dict[str, list[int]] = defaultdict(list)  # entity id -> where a short form names it alone
    for first, standing in standing_hits.items():
        if standing is not None:
            standing_at[standing.form.entity.id].append(first)
    # نادي برشلونة ... برشلونة: a full form that is also the short form of another entity the
    # document names in full, or by a short form that stands alone (البيجيدي ... حزب العدالة
    # والتنمية is Morocco's PJD, not Turkey's AKP), when the document never names its own entity
    # otherwise, names the other (the club, not the city). Not a short form that needs its marks
    # (عُمان is Oman, bare عمان Amman's).
    named_otherwise: dict[int, list[Hit]] = {}
    for match, hit in full:
        others = [
            h for h in match.hits
            if h.form.is_short and h.rule == "folded" and light_fold(h.form.text) == h.form.text
            and (spelled.get(h.form.entity.id, set()) - {match.query} or h.form.entity.id in standing_at)
        ]
        if others and spelled[hit.form.entity.id] == {match.query}:
            named_otherwise[match.first] = others

    # ... which must be named somewhere this rule does not apply
    named_apart = {hit.form.entity.id for match, hit in full if match.first not in named_otherwise} | set(standing_at)
    named_otherwise = {first: [h for h in hs if h.form.entity.id in named_apart] for first, hs in named_otherwise.items()}
    named_otherwise = {first: others for first, others in named_otherwise.items() if others}

    mentioned: dict[str, list[int]] = defaultdict(list)  # entity id -> token positions named in full
    out: dict[int, Resolution] = {}
    for match, hit in full:
        if match.first not in named_otherwise:
            mentioned[hit.form.entity.id].append(match.first)
            out[match.first] = Resolution(match, hit.form.entity, hit.rule, hit.score, hit.form.text, short=False)
    for match, _ in full:
        if match.first in named_otherwise:
            hit = min(named_otherwise[match.first], key=lambda h: _distance(mentioned.get(h.form.entity.id) or standing_at[h.form.entity.id], match.first))
            out[match.first] = Resolution(
                match, hit.form.entity, "coreference", thresholds.SCORE_COREFERENCE, hit.form.text,
                short=True, exact=True, listed=hit.form.kind in _LISTED_SHORT,
            )

    # A short form that stands alone (one entity, spelled as listed, no context needed: a title
    # before it, quotation marks) names its entity wherever the document writes the same form
    # and it needs context: المخلوع صالح ... الحوثي وصالح; «الائتلاف» ... في الائتلاف. Only the
    # same form: ميلانيا does not make ترامب Melania's.
    introduced: dict[tuple[str, str], list[int]] = defaultdict(list)
    for first, standing in standing_hits.items():
        if standing is not None and standing.form.entity.id not in mentioned:
            introduced[standing.form.entity.id, standing.form.folded].append(first)

    def named_in_full(hit: Hit) -> list[int]:
        return mentioned[hit.form.entity.id]

    def named_so_alone(hit: Hit) -> list[int]:
        return introduced[hit.form.entity.id, hit.form.folded]

    for match, hits in short:
        standing = standing_hits[match.first]
        in_context, positions = [h for h in hits if h.form.entity.id in mentioned], named_in_full
        if not in_context and standing is None:
            in_context, positions = [h for h in hits if (h.form.entity.id, h.form.folded) in introduced], named_so_alone
        if in_context:
            hit = min(in_context, key=lambda h: _distance(positions(h), match.first))
            score = round(thresholds.SCORE_COREFERENCE * (hit.score if hit.rule != "folded" else 1.0), 4)
            out[match.first] = Resolution(match, hit.form.entity, "coreference", score, hit.form.text, short=hit.form.is_short, exact=hit.rule == "folded", listed=hit.form.kind in _LISTED_SHORT and hit.rule == "folded")
        elif standing is not None:
            out[match.first] = Resolution(match, standing.form.entity, "short-form", thresholds.SCORE_SHORT_FORM, standing.form.text, short=True, exact=True, listed=standing.form.kind in _LISTED_SHORT)
        else:
            entities = tuple(h.form.entity for h in hits if not _context_only(match, h))
            if entities:
                out[match.first] = Resolution(match, None, "", 0.0, "", entities, short=any(h.form.is_short for h in hits))
    return [out[k] for k in sorted(out)]


def _distance(positions: list[int], at: int) -> tuple[int, int]:
    """Nearest full mention, one before ``at`` preferred: (0 if before else 1, gap).

    ``positions`` is in text order, so a binary search finds the nearest one: a document
    naming an entity thousands of times stays linear.

    >>> _distance([3, 10, 40], 12), _distance([3, 10, 40], 2)
    ((0, 2), (1, 1))
    """
    i = bisect.bisect_left(positions, at)
    if i:
        return (0, at - positions[i - 1])
    return (1, positions[0] - at)


#: Corpus evidence: spelling (compact folded query) -> id of an entity the documents resolved
#: it to -> ids of the other entities those documents named, kept for spellings that several
#: entities share (empty for the others: one entity needs no topic to be told apart).
Evidence = dict[str, dict[str, set[str]]]


def resolve_corpus(documents: Sequence[list[Resolution]]) -> list[list[Resolution]]:
    """Resolve what each document left pending by how the whole corpus resolved the same spelling.

    A pending match whose spelling was resolved to exactly one of its candidate entities
    elsewhere in the corpus takes that entity (rule ``corpus``); otherwise it is dropped.
    When several candidates share the spelling and this document names other entities, a
    document that resolved it counts only if it names one of them too: a shared topic. (:func:`corpus_evidence`
    then :func:`apply_corpus`: the same two steps a distributed run takes as a reduce and a map.)
    """
    seen = corpus_evidence(documents)
    return [apply_corpus(resolutions, seen) for resolutions in documents]


def _shared_by_several(r: Resolution) -> bool:
    """True when the match's spelling names several entities (before context chose one)."""
    first = r.match.hits[0].form.entity.id if r.match.hits else ""
    return any(h.form.entity.id != first for h in r.match.hits)


def corpus_evidence(documents: Sequence[list[Resolution]]) -> Evidence:
    """What the documents resolved each spelling to (:data:`Evidence`).

    Evidence of several parts of a corpus merges by set union (:func:`merge_evidence`).
    """
    seen: Evidence = defaultdict(dict)
    for resolutions in documents:
        named = {r.entity.id for r in resolutions if r.entity is not None}
        for r in resolutions:
            if r.entity is not None:
                topic = seen[r.match.query].setdefault(r.entity.id, set())
                if _shared_by_several(r):
                    topic.update(named - {r.entity.id})
    return dict(seen)


def merge_evidence(a: Evidence, b: Evidence) -> Evidence:
    """The evidence of two parts of a corpus together (associative and commutative)."""
    out = {k: {e: set(ids) for e, ids in v.items()} for k, v in a.items()}
    for k, v in b.items():
        into = out.setdefault(k, {})
        for e, ids in v.items():
            into.setdefault(e, set()).update(ids)
    return out


def apply_corpus(resolutions: list[Resolution], seen: Evidence) -> list[Resolution]:
    """One document's resolutions with its pending matches resolved by the corpus evidence, or dropped."""
    kept: list[Resolution] = []
    named = {r.entity.id for r in resolutions if r.entity is not None}
    for r in resolutions:
        if r.entity is None:
            resolved = seen.get(r.match.query, {})
            options = [e for e in r.candidates if e.id in resolved]
            if len(r.candidates) > 1 and named:
                options = [e for e in options if resolved[e.id] & named]
            if len(options) != 1:
                continue
            r = Resolution(r.match, options[0], "corpus", thresholds.SCORE_CORPUS, "", r.candidates, short=r.short)
        kept.append(r)
    return kept


def to_mention(text: str, tokens: Sequence[Token], resolution: Resolution) -> Mention:
    """Turn a resolved match into a :class:`Mention` with offsets into the original ``text``."""
    match, entity = resolution.match, resolution.entity
    assert entity is not None
    first = tokens[match.first]
    start = first.start + fold_with_offsets(first.text).offsets[match.reading.skip]
    end = tokens[match.last - 1].end
    while end > start and unicodedata.category(text[end - 1]) == "Cf":
        end -= 1
    surface = text[start:end]
    rule, score = resolution.rule, resolution.score
    if rule == "folded" and " ".join(surface.split()) == resolution.form:
        rule, score = "exact", thresholds.SCORE_EXACT
    clitic = text[first.start : start]
    form = resolution.form or entity.ar
    canonical = entity.ar
    if resolution.short:
        canonical = form if resolution.listed else canonical_short(entity) or form
    elif rule == "designator":
        canonical = quoted_part(entity.ar, form, match.last - match.first)
    return Mention(start, end, surface, entity.id, entity.en, entity.type, score, rule, form, clitic, canonical)


def quoted_part(canonical: str, form: str, words: int) -> str:
    """The spelling that stands for the quoted words of a form whose first words stand before the
    quotation marks (وكالة «فارس»): the canonical spelling without those words when it opens
    with them, else the form's own last ``words`` words.

    >>> quoted_part("وكالة فارس", "وكالة فارس", 1), quoted_part("وكالة الأنباء اليمنية", "وكالة سبأ", 1)
    ('فارس', 'الأنباء اليمنية')
    >>> quoted_part("شبكة الجزيرة", "قناة الجزيرة", 1)
    'الجزيرة'
    """
    written = form.split()
    outside = [light_fold(w) for w in written[: len(written) - words]]
    own = canonical.split()
    if [light_fold(w) for w in own[: len(outside)]] == outside and len(own) > len(outside):
        return " ".join(own[len(outside) :])
    return " ".join(written[len(outside) :])


def canonical_short(entity: Entity) -> str | None:
    """The spelling that stands for a short-form mention in rewritten text.

    The last word of the canonical spelling when that is the entity's surname, else the
    first listed short form.

    >>> canonical_short(Entity("brett-mcgurk", "person", "Brett McGurk", "بريت ماكغورك"))
    'ماكغورك'
    """
    last = surname(entity, entity.ar)
    if last is not None:
        return last
    return entity.short[0] if entity.short else None
