"""Candidates that cannot pass verification, rejected in bulk before any is verified.

At 100,000 entities a word's phonetic key proposes hundreds of forms, and fewer than one
in a thousand is close enough: verifying them one by one in Python (a weighted edit
distance each) was where the time went. Here every form of the lexicon keeps its letter
counts in one byte matrix, and :meth:`LetterProfiles.reject` computes for all candidates of
a word at once (numpy) the multiset lower bound of :func:`translit.similarity.lower_bound`
against the budget :func:`translit.similarity.verify` would allow, in three passes that
each keep fewer rows: a rough one over the columns of the word's letters and their cheap
partners, a quick bound in two matrix products, the full bound. The consistent rewrite of
a repeated letter (:func:`translit.similarity.consistent_cost`) is bounded on its own.

Only candidates that might pass are handed to the matcher, which verifies them exactly
as before: the bound never exceeds the edit cost, so results never change, only the time
to reach them. :func:`may_pass` is the same test for one pair, for words with few
candidates. numpy is imported only after :data:`NUMPY_AFTER` scalar checks, never at
start-up, and the profiles are stored as plain bytes (the compiled cache loads without it).
"""
from __future__ import annotations

from array import array
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from translit import thresholds
from translit.phonetic import compact
from translit.similarity import (
    _SUBSTITUTION,  # the steps consistent_cost may rewrite a letter with
    BOUND_MARGIN,
    CHEAPEST_SUBSTITUTION,
    drop_cost,
    letter_counts,
    letters,
    lower_bound,
)

__all__ = ["BULK_MIN_CANDIDATES", "NUMPY_AFTER", "LetterProfiles", "may_pass"]

#: Fewer candidates than this are verified one by one (a numpy call costs more than it saves).
BULK_MIN_CANDIDATES = 32

#: Candidates a process checks one by one before it imports numpy for the bulk path (the
#: import costs about 0.1 s, as much as some 5,000 scalar checks): a short document on a large
#: lexicon starts faster, a corpus soon switches.
NUMPY_AFTER = 5000

#: Rewrite checks left to the scalar :func:`may_pass` when there are this few of them.
_FEW = 12

#: A bound must exceed the budget by this much to reject (see ``similarity.BOUND_MARGIN``).
_MARGIN = BOUND_MARGIN

_base_cost = drop_cost


class LetterProfiles:
    """The letters of every form of a lexicon, by form number, for bulk lower bounds.

    - ``counts``: one byte per (form, letter of the alphabet): how often the letter occurs;
    - ``cheap``: one byte per (form, letter), 1 when some occurrence costs less to write
      than the letter's base cost there (a doubled letter, one half of a digraph);
    - ``floor``: per letter, the cheapest such context cost anywhere in the lexicon;
    - ``letters``: per form, its letters (spaces not counted), for the budget;
    - ``total``, ``total_half``: per form, the write cost of all its letters (each at most 1,
      and at most 0.5): the part of the bound a word sharing no letter with it would pay.

    >>> p = LetterProfiles(["قطر", "ماكغورك"])
    >>> p.usable, len(p.alphabet)
    (True, 8)
    """

    def __init__(self, folded: Sequence[str]) -> None:
        frequency: dict[str, int] = {}
        for text in folded:
            for ch in text:
                frequency[ch] = frequency.get(ch, 0) + 1
        self.alphabet = "".join(sorted(frequency, key=lambda ch: (-frequency[ch], ch)))
        column = {ch: i for i, ch in enumerate(self.alphabet)}
        width = len(self.alphabet)
        counts = bytearray(len(folded) * width)
        cheap = bytearray(len(folded) * width)
        n_letters = array("H", bytes(2 * len(folded)))
        floor = [_base_cost(ch) for ch in self.alphabet]
        usable = True
        for f, text in enumerate(folded):
            text = compact(text)  # as verify() reads it
            form_counts, cheapest = letter_counts.__wrapped__(text)  # (read once: not cached)
            row = f * width
            for ch, n in form_counts.items():
                c = column[ch]
                if n > 255:
                    usable = False
                counts[row + c] = min(n, 255)
                if cheapest[ch] < _base_cost(ch):
                    cheap[row + c] = 1
                    floor[c] = min(floor[c], cheapest[ch])
            n_letters[f] = min(letters(text), 65535)
        # Per form, the cost of writing all its letters (each at its lower bound), and the same
        # with every letter capped at 0.5: the b side of the bound for a query sharing no letter.
        write = [(_base_cost(ch), min(_base_cost(ch), floor[c])) for c, ch in enumerate(self.alphabet)]
        total = array("d", bytes(8 * len(folded)))
        total_half = array("d", bytes(8 * len(folded)))
        for f in range(len(folded)):
            row = f * width
            full = half = 0.0
            for c in range(width):
                n = counts[row + c]
                if n:
                    w = min(write[c][cheap[row + c]], 1.0)  # (no replacement costs more than 1)
                    full += n * w
                    half += n * min(w, 0.5)
            total[f] = full
            total_half[f] = half
        self.usable = usable and all(n < 65535 for n in n_letters)
        self._counts = bytes(counts)
        self._cheap = bytes(cheap)
        self._floor = floor
        self._letters = n_letters
        self._total = total
        self._total_half = total_half
        self._arrays: dict[str, Any] | None = None
        self._scalar_checked = 0

    def __getstate__(self) -> dict[str, Any]:
        return {
            "alphabet": self.alphabet,
            "usable": self.usable,
            "counts": self._counts,
            "cheap": self._cheap,
            "floor": self._floor,
            "letters": self._letters.tobytes(),
            "total": self._total.tobytes(),
            "total_half": self._total_half.tobytes(),
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.alphabet = state["alphabet"]
        self.usable = state["usable"]
        self._counts = state["counts"]
        self._cheap = state["cheap"]
        self._floor = state["floor"]
        self._letters = array("H")
        self._letters.frombytes(state["letters"])
        self._total = array("d")
        self._total.frombytes(state["total"])
        self._total_half = array("d")
        self._total_half.frombytes(state["total_half"])
        self._arrays = None
        self._scalar_checked = 0

    def bulk_ready(self, candidates: int) -> bool:
        """Whether ``candidates`` should go the bulk (numpy) way: once numpy is loaded, or once
        :data:`NUMPY_AFTER` candidates were checked one by one; never for an unusable profile.

        >>> p = LetterProfiles(["ماكغورك", "ميركل"])
        >>> p.bulk_ready(40), p.bulk_ready(NUMPY_AFTER)
        (False, True)
        """
        if not self.usable:
            return False
        if self._arrays is not None:
            return True
        self._scalar_checked += candidates
        return self._scalar_checked >= NUMPY_AFTER

    def _numpy(self) -> dict[str, Any]:
        """numpy views of the tables and per-letter constants, made on first use."""
        if self._arrays is None:
            import numpy as np

            width = len(self.alphabet)
            alphabet = self.alphabet
            base = np.array([_base_cost(ch) for ch in alphabet])
            floor = np.array(self._floor)
            budgets = np.array([_allowed(n) for n in range(max(self._letters, default=0) + 1)])
            self._arrays = {
                "np": np,
                "counts": np.frombuffer(self._counts, dtype=np.uint8).reshape(len(self._letters), width),
                "cheap": np.frombuffer(self._cheap, dtype=np.uint8).reshape(len(self._letters), width).view(bool),
                "total": np.frombuffer(self._total, dtype=np.float64),
                "total_half": np.frombuffer(self._total_half, dtype=np.float64),
                "letters": np.frombuffer(self._letters, dtype=np.uint16),
                "base": base,
                "cheap_cost": np.minimum(base, floor),
                "most": np.minimum(base, 1.0),  # the most a letter adds to ``total``
                "budgets": budgets,
                "column": {ch: i for i, ch in enumerate(alphabet)},
            }
        return self._arrays

    def plausible(self, slices: Sequence[array], word_counts: bytes, words: int | None, query: str, folded: Sequence[str] | None = None) -> list[int]:
        """The form numbers of ``slices`` (deduplicated, ascending) that have ``words`` words
        (per ``word_counts``, when given) and may pass ``verify(query, form)`` (``folded``:
        the forms' folded spellings by number, see :meth:`reject`).

        >>> forms = ["ماكغورك", "ماكجورك", "مكرون", "ماكغورك بريت"]
        >>> p = LetterProfiles(forms)
        >>> p.plausible([array("l", [0, 1]), array("l", [1, 2, 3])], bytes([1, 1, 1, 2]), 1, "ماكغورك")
        [0, 1]
        """
        np = self._numpy()["np"]
        numbers = np.concatenate([np.frombuffer(s, dtype=np.int64) for s in slices if len(s)] or [np.zeros(0, np.int64)])
        if words is not None:
            numbers = numbers[np.frombuffer(word_counts, dtype=np.uint8).take(numbers) == words]
        return sorted(set(self.reject(compact(query), numbers, folded).tolist()))  # (a form under several keys: once)

    def reject(self, query: str, numbers: Any, folded: Sequence[str] | None = None) -> Any:
        """The candidate form numbers (a numpy array) that may pass ``verify(query, form)``
        (``folded``: the forms' folded spellings by number, for a scalar check of a few).

        Every form left out has a multiset lower bound on its edit cost, and on the cost of
        each consistent rewrite of a repeated letter (see
        :func:`translit.similarity.consistent_cost`), above the budget verification allows,
        so it could never be accepted. Takes the compact folded query.

        >>> import numpy as np
        >>> LetterProfiles(["ماكغورك", "ميركل", "مكرون"]).reject("ماكجورك", np.arange(3)).tolist()
        [0]
        """
        if not self.usable or len(numbers) == 0:
            return numbers
        t = self._numpy()
        np = t["np"]
        plan = _query_plan(query, self.alphabet)
        n = np.minimum(t["letters"].take(numbers), plan.n_letters)
        budgets = t["budgets"]
        allowed = budgets.take(np.minimum(n, len(budgets) - 1))
        # A rough pass first: a form's letters outside the query's (and its rewrites') letters
        # and their cheap partners are surplus, each costing its write cost; so the stored
        # total minus the most those columns can hold is already a lower bound.
        if plan.wide is None:
            self._widen(plan, t)
        rough = t["total"].take(numbers) - t["counts"].take(numbers, axis=0).take(plan.wide, axis=1) @ plan.wide_weight
        first = rough <= allowed + _MARGIN
        numbers = numbers[first]
        allowed = allowed[first]
        if len(numbers) == 0:
            return numbers
        keep = _passes(np, t, plan, numbers, allowed)
        # consistent_cost may also rewrite every copy of a repeated query letter x, absent
        # from the form, into a letter y of the form absent from the query, for one step.
        if plan.rewrites:
            counts = t["counts"]
            checks = []
            for c, rewrites in plan.rewrites:
                absent = ~keep & (counts[numbers, c] == 0 if c is not None else True)
                for y, step, rewritten in rewrites:
                    applies = absent & (counts[numbers, y] > 0) & (step <= allowed)
                    if applies.any():
                        checks.append((np.flatnonzero(applies), step, rewritten))
            if folded is not None and sum(len(rows) for rows, _, _ in checks) <= _FEW:
                # A few pairs: the scalar check costs less than the vectorized one.
                for k in {k for rows, _, _ in checks for k in rows.tolist()}:
                    keep[k] = may_pass(query, compact(folded[int(numbers[k])]))
            else:
                for rows, step, rewritten in checks:
                    keep[rows] |= _passes(np, t, _query_plan(rewritten, self.alphabet), numbers[rows], allowed[rows] - step)
        return numbers[keep]


    def _widen(self, plan: _QueryPlan, t: dict[str, Any]) -> None:
        """The columns the rough pass discounts, and by how much per letter of a form.

        Those of the letters of the query and of its rewrites (their copies may be matched:
        the whole write cost is taken back), and those of their cheap partners (a copy costs at
        least the cheaper of its write cost and its cheapest replacement by one of them)."""
        np = t["np"]
        alphabet = self.alphabet
        own = set(plan.own)
        for _, rewrites in plan.rewrites:
            own.update(y for y, _, _ in rewrites)
        wide = set(plan.special)
        rows = [plan.rows]
        for y in own - set(plan.own):
            _, row, partners, _, _ = _letter_plan(alphabet[y], alphabet)
            wide.add(y)
            wide.update(partners)
            rows.append(row[None, :])
        replace = np.min(np.concatenate(rows), axis=0)
        plan.wide = sorted(wide)
        weight = [t["most"][c] if c in own else t["most"][c] - min(t["cheap_cost"][c], replace[c]) for c in plan.wide]
        plan.wide_weight = np.array(weight)


def _passes(np: Any, t: dict[str, Any], plan: _QueryPlan, numbers: Any, allowed: Any) -> Any:
    """Which forms of ``numbers`` have a lower bound within ``allowed``: the quick bound of
    :func:`_quick_bound` for all, then :func:`_bound` for those it keeps."""
    keep = _quick_bound(np, t, plan, numbers) <= allowed + _MARGIN
    rows = np.flatnonzero(keep)
    if len(rows):
        keep[rows] = _bound(np, t, plan, numbers[rows]) <= allowed[rows] + _MARGIN
    return keep


def _quick_bound(np: Any, t: dict[str, Any], plan: _QueryPlan, numbers: Any) -> Any:
    """A weaker :func:`_bound` in a few matrix products: every letter of the special columns
    at its base write cost (the bound only grows with a cheaper write cost, so this is below
    it) and every surplus letter of the query replaced at its cheapest, present or not."""
    counts = t["counts"].take(numbers, axis=0).take(plan.special, axis=1).astype(np.float64)
    surplus_b = np.maximum(counts - plan.vector, 0.0)
    b = counts @ plan.quick_written - surplus_b @ plan.quick_surplus
    only_b = t["total"].take(numbers) - b[:, 0]
    shared = t["total_half"].take(numbers) - b[:, 1]
    a = np.maximum(plan.counts - counts[:, plan.columns], 0.0) @ plan.quick_drop
    only_a = a[:, 0] + plan.quick_absent[0]
    shared += a[:, 1] + plan.quick_absent[1]
    return np.maximum(np.maximum(only_a, only_b), shared)


def _bound(np: Any, t: dict[str, Any], plan: _QueryPlan, numbers: Any) -> Any:
    """:func:`translit.similarity.lower_bound` of ``plan``'s query against each form of
    ``numbers``, from the tables ``t`` of :meth:`LetterProfiles._numpy`.

    Only the columns of the query's letters and of their cheap partners are read: a form's
    other letters are all surplus, each costs its write cost (at most 1, the price of any
    replacement), and their sum is stored per form (``total``, ``total_half``).
    """
    special = plan.special
    counts = t["counts"].take(numbers, axis=0).take(special, axis=1).astype(np.int16)
    write = np.where(t["cheap"].take(numbers, axis=0).take(special, axis=1), t["cheap_cost"][special], t["base"][special])
    write = np.minimum(write, 1.0)
    # The b side (letters a form has more often than the query): each surplus copy is
    # written, or replaced by a letter of the query.
    surplus_b = np.maximum(counts - plan.vector, 0)
    only_b = t["total"].take(numbers) - (counts * write).sum(axis=1) + (surplus_b * np.minimum(write, plan.to_query)).sum(axis=1)
    shared = t["total_half"].take(numbers) - (counts * np.minimum(write, 0.5)).sum(axis=1) + (surplus_b * np.minimum(write, plan.to_query * 0.5)).sum(axis=1)
    # The a side (the query's surplus letters): dropped, or replaced by a letter of the
    # form; a letter without a cheap partner in the form costs at least 1 to replace.
    surplus_a = np.maximum(plan.counts - counts[:, plan.columns], 0)
    if plan.absent:
        surplus_a = np.concatenate([surplus_a, np.broadcast_to(plan.absent_counts, (len(numbers), len(plan.absent)))], axis=1)
    if plan.partners:
        present = counts[:, plan.partners] > 0
        step = np.where(present[:, None, :], plan.steps, 1.0).min(axis=2)
    else:
        step = np.ones((len(numbers), len(plan.drop)))
    only_a = (surplus_a * np.minimum(plan.drop, step)).sum(axis=1)
    shared += (surplus_a * np.minimum(plan.drop, step * 0.5)).sum(axis=1)
    return np.maximum(np.maximum(only_a, only_b), shared)


class _QueryPlan:
    """What :meth:`LetterProfiles.reject` needs of one query against one alphabet."""

    __slots__ = (
        "absent", "absent_counts", "columns", "counts", "drop", "n_letters", "own", "partners",
        "quick_absent", "quick_drop", "quick_surplus", "quick_written", "rewrites", "rows", "special",
        "steps", "to_query", "vector", "wide", "wide_weight",
    )

    def __init__(self, query: str, alphabet: str) -> None:
        import numpy as np

        counts, cheapest = letter_counts(query)
        known = [x for x in counts if x in alphabet]
        self.absent = [x for x in counts if x not in alphabet]  # in no form: every copy is surplus
        ordered = known + self.absent
        letter_plans = [_letter_plan(x, alphabet) for x in ordered]
        own = [plan[0] for plan in letter_plans[: len(known)]]
        partners: set[int] = set()
        self.rewrites = []
        for x, (c, _, cheap_partners, _, rewrite) in zip(ordered, letter_plans):
            partners.update(cheap_partners)
            if counts[x] > 1:
                steps = [(r, _SUBSTITUTION[(x, alphabet[r])], query.replace(x, alphabet[r])) for r in rewrite if alphabet[r] not in counts]
                if steps:
                    self.rewrites.append((c, steps))
        rows = np.array([plan[1] for plan in letter_plans])
        self.own = own  # alphabet columns of the query's letters
        self.rows = rows  # per query letter, its cheapest substitution for each letter
        # The columns read: the query's letters and their cheap partners (elsewhere a form's
        # letter is replaced for 1 at best); then positions within them.
        self.special = sorted(set(own) | partners)
        position = {c: i for i, c in enumerate(self.special)}
        column_count = {c: counts[x] for x, c in zip(known, own)}
        self.vector = np.array([column_count.get(c, 0) for c in self.special], dtype=np.float64)
        self.counts = np.array([counts[x] for x in known], dtype=np.float64)
        self.absent_counts = np.array([counts[x] for x in self.absent], dtype=np.float64)
        self.drop = np.array([cheapest[x] for x in ordered])
        # Cheapest replacement of each special letter by a (different) letter of the query.
        self.to_query = rows.min(axis=0).take(self.special)
        # Per query letter, its substitution cost for each cheap partner column (1 elsewhere).
        ordered_partners = sorted(partners)
        self.steps = np.minimum(rows.take(ordered_partners, axis=1), 1.0) if partners else None
        self.partners = [position[c] for c in ordered_partners]
        self.columns = [position[c] for c in own]
        # For _quick_bound: per special column, a letter's base write cost (at most 1) and the
        # same capped at 0.5; what a surplus copy costs at least (written or replaced); per
        # query letter, what a surplus copy costs at least (dropped or replaced by any partner).
        base = _base_costs(alphabet).take(self.special)
        half = np.minimum(base, 0.5)
        self.quick_written = np.array([base, half]).T
        self.quick_surplus = np.array([np.minimum(base, self.to_query), np.minimum(base, self.to_query * 0.5)]).T
        cheapest_step = np.minimum(rows.min(axis=1), 1.0)
        quick = np.array([np.minimum(self.drop, cheapest_step), np.minimum(self.drop, cheapest_step * 0.5)]).T
        self.quick_drop = quick[: len(known)]
        self.quick_absent = (quick[len(known) :] * self.absent_counts[:, None]).sum(axis=0)
        self.n_letters = letters(query)
        self.wide: list[int] | None = None  # columns of the rough pass (on first use, see LetterProfiles._widen)
        self.wide_weight: Any = None


@lru_cache(maxsize=16)
def _base_costs(alphabet: str) -> Any:
    """Each letter's base write cost, at most 1."""
    import numpy as np

    return np.array([min(drop_cost(ch), 1.0) for ch in alphabet])


@lru_cache(maxsize=1024)
def _query_plan(query: str, alphabet: str) -> _QueryPlan:
    return _QueryPlan(query, alphabet)


@lru_cache(maxsize=256)
def _letter_plan(x: str, alphabet: str) -> tuple[int | None, Any, list[int], Any, list[int]]:
    """One letter against an alphabet: its column, the cheapest substitution of it for each
    letter (infinite for itself), the columns it may be replaced by for less than 1 and those
    costs, and the columns a consistent rewrite may turn it into."""
    import numpy as np

    row = np.array([float("inf") if y == x else CHEAPEST_SUBSTITUTION.get((x, y), 1.0) for y in alphabet])
    partners = [c for c, y in enumerate(alphabet) if y != x and CHEAPEST_SUBSTITUTION.get((x, y), 1.0) < 1.0]
    steps = row[partners]
    rewrite = [c for c, y in enumerate(alphabet) if (x, y) in _SUBSTITUTION]
    return alphabet.find(x) if x in alphabet else None, row, partners, steps, rewrite


def may_pass(query: str, form: str) -> bool:
    """False only when ``verify(query, form)`` certainly rejects the pair (the scalar twin of
    :meth:`LetterProfiles.reject`, for a handful of candidates). Takes compact folded strings.

    Mirrors :func:`translit.similarity.consistent_cost`: the pair may pass when the lower
    bound of its edit cost is within the budget, or that of one of its consistent rewrites
    (every copy of a repeated letter replaced at the price of one step).

    >>> may_pass("ماكجورك", "ماكغورك"), may_pass("ماكجورك", "موغيريني")
    (True, False)
    """
    n = min(letters(query), letters(form))
    allowed = _allowed(n)
    if lower_bound(query, form) <= allowed + _MARGIN:
        return True
    counts_q, _ = letter_counts(query)
    counts_f, _ = letter_counts(form)
    for x, m in counts_q.items():
        if m < 2 or x in counts_f:
            continue
        for y in counts_f:
            step = _SUBSTITUTION.get((x, y))
            if step is None or y in counts_q or step > allowed:
                continue
            if step + lower_bound(query.replace(x, y), form) <= allowed + _MARGIN:
                return True
    return False


def _allowed(n: int) -> float:
    """The budget verification allows a pair whose shorter side has ``n`` letters (-1: none)."""
    return -1.0 if n < thresholds.MIN_FUZZY_LETTERS else thresholds.budget(n)
