"""How far apart two spellings of a name are: a weighted edit distance on folded forms.

Plain Levenshtein treats every letter alike, so it cannot tell ``ماكغورك``/``ماكجورك``
(the same name, g written two ways) from ``حارس``/``حارث`` (two different words). Here an
edit costs what it means: a vowel letter written or dropped is cheap, a step inside a
sound class (ج/غ/ق, ت/ط, س/ص) is cheap, any other consonant costs a full edit.

rapidfuzz's Levenshtein on the phonetic keys (``processor=None``) is the fast pre-check:
two names whose consonant skeletons differ by more than the budget are rejected before the
weighted distance is computed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from translit import thresholds
from translit.phonetic import compact, key

__all__ = ["consistent_cost", "derived_from", "edit_cost", "is_nisba_pair", "letters", "verify", "Verdict"]

# Substitution costs between letters of folded text (symmetric; unlisted pairs cost 1).
_SUBSTITUTION_GROUPS: tuple[tuple[str, float, str], ...] = (
    ("جغقگڨڭ", 0.3, "g written ج غ ق گ ڨ ڭ"),
    ("كج", 0.5, "ك for g (كوغل) but also plain k: a dearer step"),
    ("كغ", 0.5, "ك / غ for g"),
    ("كق", 0.5, "k / q"),
    ("كگ", 0.3, "Persian gaf for g"),
    ("فڤ", 0.2, "v written ف or ڤ"),
    ("بپ", 0.2, "p written ب or پ"),
    ("تط", 0.3, "t plain or emphatic (تومي / طومي)"),
    ("سص", 0.4, "s plain or emphatic"),
    ("سث", 0.6, "th read as s: a dearer step (حارس is not حارث)"),
    ("تث", 0.6, "th written ت or ث"),
    ("دض", 0.4, "d plain or emphatic"),
    ("ذزظ", 0.4, "z / dh"),
    ("دذ", 0.6, "dh written د or ذ"),
    ("زژ", 0.3, "Persian zh"),
    ("جژ", 0.4, "zh written ج"),
    ("شچ", 0.4, "ch written ش or چ"),
    ("هح", 0.5, "h plain or pharyngeal"),
    ("خحه", 0.5, "kh for Spanish j / German ch, or h (خوان / هوان)"),
    ("خج", 0.6, "Spanish j written خ or ج (روخاس / روجاس)"),
    ("خغ", 0.5, "kh / gh"),
    ("خش", 0.5, "German and Dutch ch written خ or ش (ماسترخت / ماسترشت, أندرلخت / آندرلشت)"),
    ("وف", 0.5, "v written و (German w: فانتا / وانتا)"),
    ("سز", 0.5, "foreign s and z (بريزبن / برسبان)"),
    ("اوي", 0.5, "one long vowel for another (ميشيل / ميشال)"),
    ("اع", 0.3, "Hebrew ayin written ع or ا (بارنيع / بارنيا)"),
    ("ءا", 0.2, "hamza on its own or on its alef seat"),
    ("ءو", 0.2, "hamza on its own or on its waw seat"),
    ("ءي", 0.2, "hamza on its own or on its yeh seat"),
    ("عء", 0.3, "ayin / hamza"),
)

#: Substitutions that cost otherwise at the end of a word (in both spellings).
_FINAL_SUBSTITUTION: dict[tuple[str, str], float] = {
    ("\u0627", "\u0647"): 0.4,  # final -a written ا or ه (ة folded): سلوفاكيا / سلوفاكيه; not
    ("\u0647", "\u0627"): 0.4,  # cheaper: استعانة (a verbal noun) would become Astana
    ("\u062a", "\u0647"): 0.3,  # final -at written ت or ة (folded ه): حكمت / حكمة, هرات / هراة
    ("\u0647", "\u062a"): 0.3,
}
#: Substitutions that cost otherwise at the start of a word (in both spellings).
_INITIAL_SUBSTITUTION: dict[tuple[str, str], float] = {
    ("\u0627", "\u0639"): 0.6,  # initial ع is a root consonant (عمار is not آمار); inside a
    ("\u0639", "\u0627"): 0.6,  # name it is the Hebrew ayin, written or not (بارنيع / بارنيا)
}

# Cost of writing or dropping one letter (unlisted letters cost 1).
_INDEL: dict[str, float] = {
    "\u0627": 0.35,  # ARABIC LETTER ALEF  ا: long a, written or not
    "\u0648": 0.35,  # ARABIC LETTER WAW  و: long u/o, written or not
    "\u064a": 0.35,  # ARABIC LETTER YEH  ي: long i/e, written or not
    "\u0639": 0.5,  # ARABIC LETTER AIN  ع: Hebrew ayin, written or not
    "\u0621": 0.2,  # ARABIC LETTER HAMZA  ء: glottal stop, written or not
    "\u0647": 0.6,  # ARABIC LETTER HEH  ه: final -a/-e written ه or not
    " ": 0.1,  # space inside a compound (عبد الله / عبدالله)
}
#: Cost of writing a letter twice (shadda spelled out: ماكرون / ماكّرون -> ماككرون).
_DOUBLED = 0.2


def _substitution_table() -> dict[tuple[str, str], float]:
    table: dict[tuple[str, str], float] = {}
    for letters, cost, _why in _SUBSTITUTION_GROUPS:
        for a in letters:
            for b in letters:
                if a != b:
                    table[(a, b)] = min(cost, table.get((a, b), 1.0))
    return table


_SUBSTITUTION = _substitution_table()


#: Letters that may be written or dropped cheaply before another: one half of a digraph.
_DIGRAPH_HALVES: dict[tuple[str, str], float] = {
    ("\u062a", "\u0634"): 0.3,  # ت before ش: تش / ش (ch: تشارلز / شارل)
    ("\u062a", "\u0633"): 0.4,  # ت before س: تس / س (German z: بلودنتس / بلودنز)
    ("\u062a", "\u0632"): 0.4,  # ت before ز: تز / ز (tz)
    ("\u062f", "\u062c"): 0.3,  # د before ج: دج / ج (dj)
}


def _indel(s: str, i: int) -> float:
    ch = s[i]
    if ch == " " and s[max(0, i - 2) : i] == "\u0627\u0644" and (i == 2 or s[i - 3] == " "):
        return 1.0  # the space after آل (folded ال): آل حمدان (a family) is not الحمدان
    if i > 0 and s[i - 1] == ch:
        return _DOUBLED
    if i + 1 < len(s) and (ch, s[i + 1]) in _DIGRAPH_HALVES:
        return _DIGRAPH_HALVES[(ch, s[i + 1])]
    return _INDEL.get(ch, 1.0)


@lru_cache(maxsize=65536)
def edit_cost(a: str, b: str, cutoff: float | None = None) -> float:
    """Weighted edit distance between two folded spellings.

    Takes folded strings (see :func:`translit.fold`); returns the cost of the cheapest
    edit script, where class steps and vowel letters cost less than a full consonant.
    With ``cutoff``, stops as soon as every path costs more and returns infinity: a
    verifier only needs to know that the pair is over its budget.

    >>> edit_cost("ماكغورك", "ماكجورك")
    0.3
    >>> edit_cost("حارس", "حارث")
    0.6
    """
    if a == b:
        return 0.0
    prev = [0.0]
    for j in range(len(b)):
        prev.append(prev[-1] + _indel(b, j))
    for i, ca in enumerate(a):
        cur = [prev[0] + _indel(a, i)]
        a_final = i + 1 == len(a) or a[i + 1] == " "
        a_initial = i == 0 or a[i - 1] == " "
        for j, cb in enumerate(b):
            if ca == cb:
                sub = 0.0
            elif a_final and (ca, cb) in _FINAL_SUBSTITUTION and (j + 1 == len(b) or b[j + 1] == " "):
                sub = _FINAL_SUBSTITUTION[(ca, cb)]
            elif a_initial and (ca, cb) in _INITIAL_SUBSTITUTION and (j == 0 or b[j - 1] == " "):
                sub = _INITIAL_SUBSTITUTION[(ca, cb)]
            else:
                sub = _SUBSTITUTION.get((ca, cb), 1.0)
            cur.append(min(prev[j] + sub, prev[j + 1] + _indel(a, i), cur[j] + _indel(b, j)))
        if cutoff is not None and min(cur) > cutoff + 1e-9:
            return float("inf")
        prev = cur
    cost = round(prev[-1], 4)
    return float("inf") if cutoff is not None and cost > cutoff + 1e-9 else cost


def consistent_cost(a: str, b: str, cutoff: float | None = None) -> float:
    """Edit cost where one letter written consistently another way counts once.

    A transliteration picks one letter for a sound and keeps it: غريغ and جريج write both
    g's with غ or both with ج, which is one choice, not two edits.

    >>> edit_cost("غريغ", "جريج"), consistent_cost("غريغ", "جريج")
    (0.6, 0.3)
    """
    best = edit_cost(a, b, cutoff)
    for x in set(a) - set(b):
        for y in set(b) - set(a):
            step = _SUBSTITUTION.get((x, y))
            if step is not None and a.count(x) > 1 and (cutoff is None or step <= cutoff):
                rest = edit_cost(a.replace(x, y), b, None if cutoff is None else cutoff - step)
                best = min(best, round(step + rest, 4))
    return best


def letters(folded: str) -> int:
    """Number of letters in a folded form, spaces not counted.

    >>> letters("جو بايدن")
    7
    """
    return len(folded) - folded.count(" ")


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decision on one pair of spellings: accepted or not, the edit cost, a score in [0, 1]."""

    accepted: bool
    cost: float
    score: float


#: Endings that make an adjective or a plural of people from a name (قطر -> قطري، قطريون).
NISBA_ENDINGS: tuple[str, ...] = ("\u064a", "\u064a\u0647", "\u064a\u0648\u0646", "\u064a\u064a\u0646", "\u064a\u0627\u062a")
#: What a nisba is added to: the name, or the name without a final ا / ه (إسبانيا -> إسباني).
_SUFFIXES_AFTER_CORE = ("", "\u0647", "\u0648\u0646", "\u064a\u0646", "\u0627\u062a")


def derived_from(word: str, base: str, *, feminine_ending: bool = True) -> bool:
    """True when the folded ``word`` is an adjective or plural made from the name ``base``.

    With ``feminine_ending`` (running text), a name in -ia written with ه is taken for the
    feminine adjective (ماليزيه from ماليزيا); without it (a bare name), it is the same name
    spelled with ta marbuta (سلوفاكيه / سلوفاكيا).

    >>> derived_from("قطري", "قطر"), derived_from("اسباني", "اسبانيا"), derived_from("ماليزيه", "ماليزيا")
    (True, True, True)
    >>> derived_from("نيجيريون", "نيجيريا"), derived_from("بارنيع", "بارنيا")
    (True, False)
    >>> derived_from("سلوفاكيه", "سلوفاكيا", feminine_ending=False)
    False
    """
    if word == base:
        return False
    cores = [base] + ([base[:-1]] if base[-1:] in ("\u0627", "\u0647") else [])
    for core in cores:
        for ending in NISBA_ENDINGS:
            if word == core + ending:
                return True
        if core.endswith("\u064a") and core != base:
            suffixes = _SUFFIXES_AFTER_CORE if feminine_ending else tuple(x for x in _SUFFIXES_AFTER_CORE if x != "\u0647")
            if any(word == core + suffix for suffix in suffixes):
                return True
    return False


def is_nisba_pair(a: str, b: str) -> bool:
    """True when one folded spelling is made from the other by a nisba ending: a different word.

    ``الناصره`` (Nazareth) and ``الناصريه`` (Nasiriyah) differ by one cheap vowel letter,
    but -iyya makes a new name (or an adjective: قطر / قطري).

    >>> is_nisba_pair("الناصره", "الناصريه"), is_nisba_pair("قطر", "قطري"), is_nisba_pair("بارنيا", "بارنيع")
    (True, True, False)
    """
    return derived_from(a, b, feminine_ending=False) or derived_from(b, a, feminine_ending=False)


def verify(query: str, form: str, query_key: str | None = None, form_key: str | None = None) -> Verdict:
    """Decide whether two folded spellings are the same name.

    Takes two folded strings (and optionally their phonetic keys, to save work); returns a
    :class:`Verdict` ``(accepted, cost, score)`` with score in [0, 1].

    >>> verify("ماكجورك", "ماكغورك").accepted
    True
    >>> verify("الناصره", "الناصريه").accepted
    False
    """
    a, b = compact(query), compact(form)
    if is_nisba_pair(a, b):
        return Verdict(False, float("inf"), 0.0)
    n = min(letters(a), letters(b))
    allowed = thresholds.budget(n)
    qk = query_key if query_key is not None else key(query)
    fk = form_key if form_key is not None else key(form)
    # Fast reject: the consonant skeletons already differ by more than the budget allows.
    if Levenshtein.distance(qk, fk, processor=None, score_cutoff=int(allowed) + 1) > allowed + 1:
        return Verdict(False, float("inf"), 0.0)
    if n < thresholds.MIN_FUZZY_LETTERS:
        return Verdict(False, float("inf"), 0.0)
    cost = consistent_cost(a, b, allowed)
    if cost == float("inf"):
        return Verdict(False, cost, 0.0)
    score = max(0.0, 1.0 - cost / max(letters(a), letters(b), 1))
    return Verdict(cost <= allowed and n >= thresholds.MIN_FUZZY_LETTERS, cost, round(score, 4))
