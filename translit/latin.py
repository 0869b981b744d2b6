"""The lexicon's English form as evidence for a vowel letter.

Arabic may write a short vowel with a long-vowel letter or leave it out: زندر and زيندر are
both Zinder, بوخم and بوخوم both Bochum. On a short name the same edit also makes another
name: حسن (Hasan) and حسين (Husayn), محمد and محمود. The weighted edit distance cannot
tell them apart, but the entity's English form can: Zinder has an i between its z and n, so
the ي of زيندر is its vowel; Hasan has an a between s and n, never the i or e that the ي of
حسين would write.

:func:`backs_vowel` finds the consonants around a vowel letter in the English form (each
Arabic consonant through the Latin letters it is commonly written with) and checks the
vowels between them. :func:`reads_as` goes further for look-ups: a spelling a little over
its edit budget (بريزبن / برسبان) is taken when it reads letter by letter as the English form
(Brisbane), unless it has letters Latin writes like others (ع ح ض ص ط ظ ق ذ ء).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["LATIN_CONSONANTS", "MERGED_IN_LATIN", "VOWEL_LETTERS", "backs_vowel", "latin_letters", "reads_as"]

#: How each Arabic consonant (folded) is written in Latin, the common renderings first.
LATIN_CONSONANTS: dict[str, tuple[str, ...]] = {
    "\u0628": ("b", "p"),  # ب  b, also p (بول / Paul)
    "\u067e": ("p",),  # پ  Persian p
    "\u062a": ("t",),  # ت  t
    "\u062b": ("th", "t", "s"),  # ث  th, or t / s in borrowed names
    "\u062c": ("j", "g", "dj", "zh", "ch"),  # ج  j, Egyptian g, French dj / j
    "\u0686": ("ch",),  # چ  Persian ch
    "\u062d": ("h",),  # ح  h
    "\u062e": ("kh", "ch", "h", "j", "x"),  # خ  kh, German ch, Spanish j
    "\u062f": ("d",),  # د  d
    "\u0630": ("dh", "z", "th", "d"),  # ذ  dh, often z
    "\u0631": ("r",),  # ر  r
    "\u0632": ("z", "s"),  # ز  z, German s
    "\u0698": ("zh", "j"),  # ژ  Persian zh
    "\u0633": ("s", "c", "z"),  # س  s, c before e/i, z (Spanish)
    "\u0634": ("sh", "ch", "sch", "s"),  # ش  sh, French ch, German sch
    "\u0635": ("s",),  # ص  s
    "\u0636": ("d", "dh", "z"),  # ض  d
    "\u0637": ("t",),  # ط  t
    "\u0638": ("z", "dh"),  # ظ  z
    "\u063a": ("gh", "g"),  # غ  gh, g
    "\u0641": ("f", "v", "ph"),  # ف  f, v, ph
    "\u06a4": ("v",),  # ڤ  v
    "\u0642": ("q", "k", "g", "c"),  # ق  q, k, Gulf g
    "\u0643": ("k", "c", "ck", "g", "q", "ch"),  # ك  k, c, g
    "\u06af": ("g",),  # گ  Persian g
    "\u0644": ("l",),  # ل  l
    "\u0645": ("m",),  # م  m
    "\u0646": ("n",),  # ن  n
    "\u0647": ("h",),  # ه  h
    "\u0648": ("w", "v"),  # و  as a consonant: w, German w
    "\u064a": ("y", "j"),  # ي  as a consonant: y, German j
}

#: Long-vowel letters (folded) and the Latin vowels each may write.
VOWEL_LETTERS: dict[str, frozenset[str]] = {
    "\u0627": frozenset("a"),  # ا  a (not e: هارات is not Herat, whose e is not written)
    "\u0648": frozenset("ouw"),  # و  o, u (w in diphthongs: aw)
    "\u064a": frozenset("iey"),  # ي  i, e (y in diphthongs: ay)
}

_LATIN_VOWELS = frozenset("aeiouy")

#: Letters that Latin writes like another Arabic letter (ع and ا as a vowel, ض as d, ص as s,
#: ط as t, ظ as z, ق as k, ح as h, ذ as z or d, ء not at all): an English form cannot tell
#: عمار from آمار or نادر from ناضر, so it is no evidence for a spelling that has them.
MERGED_IN_LATIN = frozenset("\u0639\u062d\u0636\u0635\u0637\u0638\u0642\u0630\u0621")


def latin_letters(english: str) -> str:
    """The letters a-z of an English form, lower case, accents and everything else removed.

    >>> latin_letters("Thủ Dầu Một"), latin_letters("Hans-Bernd")
    ('thudaumot', 'hansbernd')
    """
    decomposed = unicodedata.normalize("NFKD", english.lower())
    return "".join(ch for ch in decomposed if "a" <= ch <= "z")


def backs_vowel(spelling: str, i: int, english: str) -> bool:
    """True when ``english`` has a vowel that the vowel letter ``spelling[i]`` may write, between
    the Latin renderings of the consonants around it (or at the start or end of the name).

    Takes a folded one-word spelling, the index of one of its vowel letters (ا و ي) and the
    entity's English form; returns False when a neighbour is not a consonant (a diphthong or a
    hamza: no evidence either way).

    >>> backs_vowel("زيندر", 1, "Zinder"), backs_vowel("بوخوم", 3, "Bochum")
    (True, True)
    >>> backs_vowel("حسين", 2, "Hasan"), backs_vowel("محمود", 3, "Muhammad")
    (False, False)
    """
    vowels = VOWEL_LETTERS.get(spelling[i])
    before = spelling[i - 1] if i > 0 else None
    after = spelling[i + 1] if i + 1 < len(spelling) else None
    if vowels is None or (before is not None and before not in LATIN_CONSONANTS) or (after is not None and after not in LATIN_CONSONANTS):
        return False
    latin = latin_letters(english)
    starts = [0] if before is None else [p + len(r) for r in LATIN_CONSONANTS[before] for p in _occurrences(latin, r)]
    for start in starts:
        end = start
        while end < len(latin) and latin[end] in _LATIN_VOWELS:
            end += 1
        if not vowels & set(latin[start:end]):
            continue
        if after is None and end == len(latin):
            return True
        if after is not None and any(latin.startswith(r, end) for r in LATIN_CONSONANTS[after]):
            return True
    return False


def _occurrences(text: str, part: str) -> list[int]:
    return [p for p in range(len(text) - len(part) + 1) if text.startswith(part, p)]


def reads_as(spelling: str, english: str) -> bool:
    """True when a folded spelling reads, letter by letter, as the English form: each consonant
    as one of its Latin renderings (doubled or not), each vowel letter as a vowel it may write
    (or و ي as w y), short vowels unwritten in Arabic anywhere between, a final ه as -a, -e or
    -h, and a silent final e (بريزبن / Brisbane).

    >>> reads_as("ساراجوسا", "Zaragoza"), reads_as("بريزبن", "Brisbane"), reads_as("ديساو", "Dessau")
    (True, True, True)
    >>> reads_as("ساراجوسا", "Zaragoza Airport"), reads_as("مرسيليا", "Marseille")
    (False, False)
    """
    pattern = _pattern(spelling.replace(" ", ""))
    return pattern is not None and pattern.match(latin_letters(english)) is not None


_VOWEL_RUN = "[aeiouy]*"


@lru_cache(maxsize=4096)
def _pattern(spelling: str) -> re.Pattern[str] | None:
    """The regular expression of :func:`reads_as` for one folded spelling (None when a letter has
    no Latin reading)."""
    parts: list[str] = []
    for i, letter in enumerate(spelling):
        if i == 0 and letter == "\u0627":
            parts.append("[aeiou]+")  # an initial alef carries a vowel
        elif letter in VOWEL_LETTERS:
            readings = ["[" + "".join(sorted(VOWEL_LETTERS[letter] & _LATIN_VOWELS)) + "]+"]
            if i > 0 and letter in LATIN_CONSONANTS:
                readings.append(_consonant(letter))  # و as w, ي as y
            parts.append("(?:" + "|".join(readings) + ")")
        elif letter in ("\u0639", "\u0621"):
            parts.append("(?:'|[aeiou]+)")  # ayin and hamza: an apostrophe or a vowel
        elif letter == "\u0647" and i == len(spelling) - 1:
            parts.append("(?:ah|eh|a|e|h)")  # final ه (ة folded): -a, -e, -h
        elif letter in LATIN_CONSONANTS:
            parts.append(_consonant(letter))
        else:
            return None
    return re.compile("^" + _VOWEL_RUN.join(parts) + "[eh]?$")


def _consonant(letter: str) -> str:
    renderings = sorted(LATIN_CONSONANTS[letter], key=len, reverse=True)
    return "(?:" + "|".join(f"{re.escape(r)}{re.escape(r[-1])}?" for r in renderings) + ")"
