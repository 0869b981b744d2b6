"""From tokens to matches: which spans of a text spell which lexicon forms.

At every word the matcher tries each reading (plain, proclitic removed, article removed)
and grows the span word by word while some form can still start that way. A span first
looks for a form with the same folded spelling; failing that, its phonetic key proposes
forms and :func:`translit.similarity.verify` decides. Where spans overlap, the longest
wins (``جو بايدن`` over ``بايدن``, ``التايمز أوف إسرائيل`` over ``إسرائيل``).

Precision guards, all from :mod:`translit.thresholds`: forms shorter than four letters
never match fuzzily; frequent Arabic words never match fuzzily (على is not علي); a word
that is a name plus a nisba suffix (القطري, الإسرائيلية) is an adjective, not the name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from translit import thresholds
from translit.commonwords import is_common
from translit.index import Form, Index
from translit.phonetic import compact, key, word_key
from translit.similarity import letters, verify
from translit.tokens import Reading, Token, readings

__all__ = ["Hit", "Match", "find_matches", "match_name", "NISBA_SUFFIXES"]

#: Endings that turn a name into an adjective or a plural of people (قطر -> قطري، قطريون).
NISBA_SUFFIXES: tuple[str, ...] = (
    "ي",  # -i: masculine nisba (قطري)
    "يه",  # -iyya: feminine nisba (قطرية, folded)
    "يون",  # -iyyun: plural, nominative (قطريون)
    "يين",  # -iyyin: plural, oblique (قطريين)
    "يات",  # -iyyat: feminine plural
    "ين",  # -in: plural or dual
    "ان",  # -an: dual
)

_RULE_RANK = {"exact": 0, "folded": 0, "variant-key": 1, "fuzzy": 2}


@dataclass(frozen=True, slots=True)
class Hit:
    """One lexicon form a span matched, how (``folded``, ``variant-key`` or ``fuzzy``) and how well."""

    form: Form
    rule: str
    score: float
    cost: float


@dataclass(frozen=True, slots=True)
class Match:
    """A span of tokens ``[first, last)`` read as ``reading`` that matched one or more forms."""

    first: int
    last: int
    reading: Reading
    reading_rank: int
    query: str
    hits: tuple[Hit, ...]

    @property
    def quality(self) -> int:
        """0 for a folded match, 1 for a phonetic key, 2 for a fuzzy neighbour."""
        return min(_RULE_RANK[h.rule] for h in self.hits)


def _is_derived(query: str, form: Form) -> bool:
    """True when the query is the form plus a nisba or plural ending (قطري from قطر)."""
    base = form.folded
    return query.startswith(base) and query[len(base) :] in NISBA_SUFFIXES


def _fuzzy_hits(index: Index, query: str, guard_common: bool) -> list[Hit]:
    """Forms the phonetic key proposes for ``query`` (compact folded), verified."""
    if letters(query) < thresholds.MIN_FUZZY_LETTERS:
        return []
    words = query.split()
    if guard_common and all(is_common(w, thresholds.COMMON_WORD_ZIPF) for w in words):
        return []
    qkey = key(query)
    hits: list[Hit] = []
    for form in index.candidates(qkey):
        form_words = form.folded.split()
        if len(form_words) != len(words) or _is_derived(query, form):
            continue
        if guard_common and any(
            w != fw and is_common(w, thresholds.COMMON_WORD_ZIPF) for w, fw in zip(words, form_words)
        ):
            continue
        verdict = verify(query, form.folded, qkey, form.key)
        if verdict.accepted:
            rule = "variant-key" if qkey == form.key else "fuzzy"
            hits.append(Hit(form, rule, verdict.score, verdict.cost))
    hits.sort(key=lambda h: (h.cost, -h.score))
    return hits


def _exact_hits(index: Index, query: str) -> list[Hit]:
    return [Hit(form, "folded", thresholds.SCORE_FOLDED, 0.0) for form in index.exact_forms(query)]


def match_name(index: Index, query: str, guard_common: bool = True) -> list[Hit]:
    """Match one whole folded name against the index: folded spelling first, then phonetic key.

    >>> from translit.lexicon import load_lexicon
    >>> index = Index(load_lexicon())
    >>> [(h.form.entity.id, h.rule) for h in match_name(index, "ماكجورك")]
    [('brett-mcgurk', 'folded')]
    """
    query = compact(query)
    return _exact_hits(index, query) or _fuzzy_hits(index, query, guard_common)


def _first_word_gate(index: Index, word: str) -> bool:
    return word_key(word) in index.first_keys


def find_matches(tokens: Sequence[Token], index: Index, guard_common: bool = True) -> list[Match]:
    """All matches in a token sequence, overlapping ones resolved: longest span first.

    Takes tokens (see :func:`translit.tokens.tokenize`) and the index; returns
    non-overlapping matches in text order.
    """
    found: list[Match] = []
    n_tokens = len(tokens)
    for i in range(n_tokens):
        for rank, reading in enumerate(readings(tokens[i].folded)):
            words = [reading.query]
            gate = _first_word_gate(index, reading.query)
            j = i + 1
            while True:
                span = " ".join(words)
                hits = _exact_hits(index, span)
                if not hits and (len(words) == 1 or gate):
                    hits = _fuzzy_hits(index, compact(span), guard_common)
                if hits:
                    found.append(Match(i, j, reading, rank, compact(span), tuple(hits)))
                if j >= n_tokens or not tokens[j].linked or len(words) >= index.max_words:
                    break
                if not (index.has_prefix(span) or gate):
                    break
                words.append(tokens[j].folded)
                j += 1
    return _select(found)


def _select(found: list[Match]) -> list[Match]:
    """Keep the longest matches that do not overlap; among equals, the most direct reading."""
    found.sort(key=lambda m: (-(m.last - m.first), m.first, m.quality, m.reading_rank, -max(h.score for h in m.hits)))
    taken: set[int] = set()
    chosen: list[Match] = []
    for match in found:
        span = range(match.first, match.last)
        if any(t in taken for t in span):
            continue
        taken.update(span)
        chosen.append(match)
    chosen.sort(key=lambda m: m.first)
    return chosen
