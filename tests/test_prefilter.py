"""The fast paths of fuzzy matching never change a result.

- :func:`translit.similarity.edit_cost` equals the textbook weighted Levenshtein it replaced;
- :func:`translit.similarity.lower_bound` never exceeds the edit cost;
- :func:`translit.prefilter.may_pass` and :meth:`translit.prefilter.LetterProfiles.reject`
  never leave out a pair :func:`translit.similarity.verify` accepts;
- :meth:`translit.index.Index.candidates` with a query returns the accepted forms of the
  unfiltered candidates, in the same order.
"""

from __future__ import annotations

import csv
import math
import pickle
from array import array
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit import similarity
from translit.compiled import HashTable
from translit.index import Index
from translit.lexicon import load_lexicon
from translit.orthography import fold
from translit.phonetic import compact, key
from translit.prefilter import LetterProfiles, may_pass
from translit.similarity import consistent_cost, edit_cost, lower_bound, verify

DEV_TSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "name_variants_dev.tsv"

# Letters with every special rule: vowels, hamza and its seats, ayin, final ا/ه/ت, the
# digraph halves ت/د before ش/س/ز/ج, ال before a space, class steps, and plain consonants.
ALPHABET = "اويءعهتشسزدجغقكلمنربفطصثحخ "
words = st.text(alphabet=ALPHABET, min_size=1, max_size=9).map(lambda s: " ".join(s.split()) or "ا")


def _reference_edit_cost(a: str, b: str, cutoff: float | None = None) -> float:
    """The textbook recurrence, cell by cell, as edit_cost computed it before it was sped up."""
    if a == b:
        return 0.0
    indel = similarity._indel
    prev = [0.0]
    for j in range(len(b)):
        prev.append(prev[-1] + indel(b, j))
    for i, ca in enumerate(a):
        cur = [prev[0] + indel(a, i)]
        a_final = i + 1 == len(a) or a[i + 1] == " "
        a_initial = i == 0 or a[i - 1] == " "
        for j, cb in enumerate(b):
            if ca == cb:
                sub = 0.0
            elif a_final and (ca, cb) in similarity._FINAL_SUBSTITUTION and (j + 1 == len(b) or b[j + 1] == " "):
                sub = similarity._FINAL_SUBSTITUTION[(ca, cb)]
            elif a_initial and (ca, cb) in similarity._INITIAL_SUBSTITUTION and (j == 0 or b[j - 1] == " "):
                sub = similarity._INITIAL_SUBSTITUTION[(ca, cb)]
            else:
                sub = similarity._SUBSTITUTION.get((ca, cb), 1.0)
            cur.append(min(prev[j] + sub, prev[j + 1] + indel(a, i), cur[j] + indel(b, j)))
        if cutoff is not None and min(cur) > cutoff + 1e-9:
            return math.inf
        prev = cur
    cost = round(prev[-1], 4)
    return math.inf if cutoff is not None and cost > cutoff + 1e-9 else cost


def _mutated(a: str, edits: list[tuple[int, int, str]]) -> str:
    s = list(a)
    for op, pos, ch in edits:
        pos = pos % (len(s) + 1)
        if op == 0:
            s.insert(pos, ch)
        elif s and op == 1:
            s[min(pos, len(s) - 1)] = ch
        elif s:
            del s[min(pos, len(s) - 1)]
    return " ".join("".join(s).split()) or "ب"


pairs = st.one_of(
    st.tuples(words, words),
    st.tuples(words, st.lists(st.tuples(st.integers(0, 2), st.integers(0, 9), st.sampled_from(ALPHABET)), max_size=3)).map(
        lambda t: (t[0], _mutated(t[0], t[1]))
    ),
)
cutoffs = st.sampled_from([None, 0.0, 0.3, 0.6, 0.8, 0.9, 1.1, 1.3, 2.0, 0.45])


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs, cutoffs)
def test_edit_cost_equals_the_textbook_recurrence(pair: tuple[str, str], cutoff: float | None) -> None:
    a, b = pair
    assert edit_cost.__wrapped__(a, b, cutoff) == _reference_edit_cost(a, b, cutoff)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs)
def test_lower_bound_never_exceeds_the_edit_cost(pair: tuple[str, str]) -> None:
    a, b = pair
    assert lower_bound(a, b) <= _reference_edit_cost(a, b) + 1e-9
    assert lower_bound(b, a) <= _reference_edit_cost(b, a) + 1e-9


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs)
def test_may_pass_keeps_every_pair_verify_accepts(pair: tuple[str, str]) -> None:
    a, b = (compact(s) for s in pair)
    if verify(a, b).accepted:
        assert may_pass(a, b)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words, st.lists(pairs.map(lambda p: p[1]), min_size=1, max_size=40))
def test_bulk_reject_keeps_every_form_verify_accepts(query: str, forms: list[str]) -> None:
    np = pytest.importorskip("numpy")
    query = compact(query)
    forms = [compact(f) for f in forms] + [query]
    profiles = LetterProfiles(forms)
    kept = set(profiles.reject(query, np.arange(len(forms), dtype=np.int64)).tolist())
    scalar = set(profiles.reject(query, np.arange(len(forms), dtype=np.int64), forms).tolist())
    for i, form in enumerate(forms):
        if verify(query, form).accepted:
            assert i in kept and i in scalar
        assert (i in kept) == (i in scalar) or may_pass(query, form)


def _dev_pairs() -> list[tuple[str, str]]:
    if not DEV_TSV.is_file():
        pytest.skip(f"no development data at {DEV_TSV}")
    by_entity: dict[str, list[str]] = defaultdict(list)
    with open(DEV_TSV, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            by_entity[row["entity_id"]].append(compact(" ".join(fold(row["arabic_variant"]).split())))
    return [(a, b) for spellings in by_entity.values() for a in spellings for b in spellings if a != b]


def _bundled_pairs() -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for entity in load_lexicon().entities:
        spellings = {compact(" ".join(fold(t).split())) for t in (*entity.full_forms, *entity.short)}
        pairs += [(a, b) for a in spellings for b in spellings if a != b]
    return pairs


@pytest.mark.parametrize("source", ["bundled lexicons", "development data"])
def test_lower_bound_and_filters_hold_on_every_pair_of_real_spellings(source: str) -> None:
    pairs = _bundled_pairs() if source == "bundled lexicons" else _dev_pairs()
    assert pairs
    for a, b in pairs:
        cost = edit_cost(a, b)
        assert lower_bound(a, b) <= cost + 1e-9, (a, b)
        best = consistent_cost(a, b)
        assert consistent_cost(a, b, best) == best, (a, b)  # the bound never cuts a pair within its cutoff
        assert best < 0.05 or consistent_cost(a, b, round(best - 0.05, 4)) == math.inf, (a, b)
        if verify(a, b).accepted:
            assert may_pass(a, b), (a, b)


def test_candidates_with_a_query_are_the_verified_ones_in_the_same_order() -> None:
    import translit.index as index_module
    import translit.prefilter as prefilter_module

    index = Index(load_lexicon())
    queries = ["ماكجورك", "ماكغورك", "بنيامين نتنياهو", "نتانياهو", "الدوحه", "قطر", "اسراييل", "جو بايدن", "بارنيا", "ميشال"]
    queries += [f.folded for f in (index._forms[i] for i in range(0, len(index._forms), 7))]
    for threshold in (0, 10**9):  # the numpy path for every query, then the scalar one
        old, old_after = index_module.BULK_MIN_CANDIDATES, prefilter_module.NUMPY_AFTER
        index_module.BULK_MIN_CANDIDATES = threshold
        prefilter_module.NUMPY_AFTER = 0
        try:
            for query in queries:
                qkey = key(query)
                for words in (None, len(query.split())):
                    every = index.candidates(qkey, words)
                    kept = index.candidates(qkey, words, query=query)
                    accepted = [f for f in every if verify(query, f.folded, qkey, f.key).accepted]
                    assert [id(f) for f in accepted] == [id(f) for f in kept if verify(query, f.folded, qkey, f.key).accepted]
                    assert {id(f) for f in kept} <= {id(f) for f in every}
                    assert [id(f) for f in kept] == [id(f) for f in every if any(f is k for k in kept)]
        finally:
            index_module.BULK_MIN_CANDIDATES, prefilter_module.NUMPY_AFTER = old, old_after


def test_hash_table_numbers_and_its_presence_bitmap_survive_pickling() -> None:
    table = HashTable([("a", 3), ("b", 1), ("a", 2), ("ماكغورك", 7)])
    for t in (table, pickle.loads(pickle.dumps(table))):
        assert list(t.numbers("a")) == [2, 3]
        assert list(t.numbers("ماكغورك")) == [7]
        assert list(t.numbers("absent")) == []
        assert t.get("b") == [1]


def test_letter_profiles_survive_pickling() -> None:
    np = pytest.importorskip("numpy")
    forms = ["ماكغورك", "ماكجورك", "عبد الله", "ال حمدان", "تشرشل", "ماككرون"]
    profiles = pickle.loads(pickle.dumps(LetterProfiles(forms)))
    numbers = np.arange(len(forms), dtype=np.int64)
    assert profiles.reject("ماكجورك", numbers).tolist() == LetterProfiles(forms).reject("ماكجورك", numbers).tolist()
    assert profiles.plausible([array("l", [0, 1, 2]), array("l", [1, 5])], bytes([1, 1, 2, 2, 1, 1]), 1, "ماكجورك") == [0, 1]
