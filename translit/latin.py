"""The lexicon's English form as evidence: how Arabic letters are written in Latin.

Arabic may write a short vowel with a long-vowel letter or leave it out: زندر and زيندر are
both Zinder, بوخم and بوخوم both Bochum. On a short name the same edit also makes another
name: حسن (Hasan) and حسين (Husayn), محمد and محمود. The weighted edit distance cannot
tell them apart, but the entity's English form can: Zinder has an i between its z and n, so
the ي of زيندر is its vowel; Hasan has an a between s and n, never the i or e that the ي of
حسين would write.

:func:`backs_vowel` finds the consonants around a vowel letter in the English form (each
Arabic consonant through the Latin letters it is commonly written with) and checks the
vowels between them. :func:`reads_as` goes further, for look-ups: whether a whole spelling
reads letter by letter as the English form, so that بريزبن is Brisbane although the lexicon
writes برسبان, and ساراجوسا is Zaragoza although it writes سرقسطة. :func:`arabic_skeletons`
and :func:`latin_skeletons` give both sides one coarse consonant key, to find such entities
among many. Letters Latin writes like others (ع ح ض ص ط ظ ق ذ ء) are no evidence either way:
the English-backed look-ups want them the same on both sides.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from translit import thresholds

__all__ = [
    "LATIN_CONSONANTS",
    "MERGED_IN_LATIN",
    "VOWEL_LETTERS",
    "arabic_skeletons",
    "backs_vowel",
    "ends_in_a",
    "ends_in_consonant",
    "ends_in_vowel",
    "latin_letters",
    "latin_skeletons",
    "may_read_as",
    "reads_as",
]

#: How each Arabic consonant (folded) is written in Latin, the common renderings first.
LATIN_CONSONANTS: dict[str, tuple[str, ...]] = {
    "\u0628": ("b", "p"),  # ب  b, also p (بول / Paul)
    "\u067e": ("p",),  # پ  Persian p
    "\u062a": ("t", "th"),  # ت  t, French and Dutch th (Berthelot)
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
    "\u0641": ("f", "v", "ph", "w"),  # ف  f, v, ph, German w (فيلس / Wels)
    "\u06a4": ("v",),  # ڤ  v
    "\u0642": ("q", "k", "g", "c"),  # ق  q, k, Gulf g
    "\u0643": ("k", "c", "ck", "g", "q", "ch"),  # ك  k, c, g
    "\u06af": ("g",),  # گ  Persian g
    "\u0644": ("l",),  # ل  l
    "\u0645": ("m",),  # م  m
    "\u0646": ("n",),  # ن  n
    "\u0647": ("h",),  # ه  h
    "\u0648": ("w", "v"),  # و  as a consonant: w, German w
    "\u064a": ("y",),  # ي  as a consonant: y (and Spanish ll before a vowel letter: see _parts)
}

#: Long-vowel letters (folded) and the Latin vowels each may write.
VOWEL_LETTERS: dict[str, frozenset[str]] = {
    "\u0627": frozenset("a"),  # ا  a (not e: هارات is not Herat, whose e is not written)
    "\u0648": frozenset("ouw"),  # و  o, u (w in diphthongs: aw)
    "\u064a": frozenset("iey"),  # ي  i, e (y in diphthongs: ay)
}

_LATIN_VOWELS = frozenset("aeiouy")
_LATIN_VOWEL_LETTERS = frozenset("aeiou")  # y aside: before a vowel it is a consonant

#: The looser reading of :func:`may_read_as`: ا writes any vowel Arabic hears as a: the English
#: short u (باكنغهام, Buckingham; هانتنغتون, Huntington) and the e of -iel (غابريال, Gabriel).
_LOOSE_VOWELS: dict[str, frozenset[str]] = {"\u0627": frozenset("aeiouy")}

#: Letters that Latin writes like another Arabic letter (ع and ا as a vowel, ض as d, ص as s,
#: ط as t, ظ as z, ق as k, ح as h, ذ as z or d, ء not at all): an English form cannot tell
#: عمار from آمار or نادر from ناضر, so it is no evidence for them: a spelling it backs has the
#: same such letters as the lexicon's (قندلة / قاندالا, Qandala; not ناضر / نادر).
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

    >>> backs_vowel("زيندر", 1, "Zinder"), backs_vowel("بوخوم", 3, "Bochum"), backs_vowel("ايسن", 1, "Essen")
    (True, True, True)
    >>> backs_vowel("حسين", 2, "Hasan"), backs_vowel("محمود", 3, "Muhammad")
    (False, False)
    """
    vowels = VOWEL_LETTERS.get(spelling[i])
    # After an initial alef the vowel letter writes the name's first vowel: ايسن is Essen.
    before = spelling[i - 1] if i > 0 and spelling[: i] != "\u0627" else None
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


def ends_in_vowel(english: str) -> bool:
    """True when an English form ends in a vowel a or e, which Arabic may write with a final ه.

    >>> ends_in_vowel("Lomé"), ends_in_vowel("Bern")
    (True, False)
    """
    return latin_letters(english)[-1:] in ("a", "e")


def ends_in_consonant(english: str) -> bool:
    """True when an English form's last Latin letter is a consonant (False when it has no
    Latin letter: no evidence either way).

    >>> ends_in_consonant("Amman"), ends_in_consonant("Amano"), ends_in_consonant("安曼")
    (True, False, False)
    """
    last = latin_letters(english)[-1:]
    return last != "" and last not in _LATIN_VOWELS


def ends_in_a(english: str) -> bool:
    """True when an English form ends in the vowel a (-a, -ah), which Arabic writes ا or ة.

    >>> ends_in_a("Sabha"), ends_in_a("Kinda"), ends_in_a("Tver")
    (True, True, False)
    """
    latin = latin_letters(english)
    return latin.endswith("a") or latin.endswith("ah")


def _occurrences(text: str, part: str) -> list[int]:
    return [p for p in range(len(text) - len(part) + 1) if text.startswith(part, p)]


def reads_as(spelling: str, english: str) -> bool:
    """True when a folded spelling reads, letter by letter, as the English form: each consonant
    as one of its Latin renderings (doubled or not), each vowel letter as a vowel it may write
    (or و ي as w y; a word-initial و only as w, v or French ou: Arabic writes an initial vowel on
    an alef), short vowels unwritten in Arabic anywhere between, a final ه as -a, -e or -h, and
    a silent final e (بريزبن / Brisbane).

    >>> reads_as("ساراجوسا", "Zaragoza"), reads_as("بريزبن", "Brisbane"), reads_as("ديساو", "Dessau")
    (True, True, True)
    >>> reads_as("ساراجوسا", "Zaragoza Airport"), reads_as("مرسيليا", "Marseille")
    (False, False)
    """
    parts = _parts(spelling.replace(" ", ""), False)
    return parts is not None and _reads(parts, latin_letters(english))


def may_read_as(spelling: str, english: str) -> bool:
    """Like :func:`reads_as`, and looser: ا may write any vowel (the English short u of
    باكنغهام, Buckingham; the e of غابريال, Gabriel) and اي an English i said ai (كارولاينا,
    Carolina), as Arabic renders the sound rather than the letter.
    For evidence against a spelling: one that cannot even so read as the English form writes
    other sounds.

    >>> reads_as("باكنغهام", "Buckingham"), may_read_as("باكنغهام", "Buckingham"), may_read_as("ميستورا", "Mastura")
    (False, True, False)
    """
    parts = _parts(spelling.replace(" ", ""), True)
    return parts is not None and _reads(parts, latin_letters(english))


#: Short vowels Arabic leaves unwritten between two letters (thresholds.UNWRITTEN_VOWELS at most).
_UNWRITTEN = re.compile("[aeiouy]*")
#: Latin endings Arabic does not write: a silent e or h (Brisbane), and the silent final
#: consonants of French names (Berthelot برتلو, Richard ريشار, Charles شارل).
_SILENT_ENDINGS = frozenset({"", "e", "h", "t", "d", "s", "x", "es", "ts", "ds"})
_SILENT_FINAL = frozenset("tdsx")
#: Latin letters a final h makes one sound with (ch, sh, ph, th): there the h is not silent.
_DIGRAPH_FIRSTS = frozenset("cspt")
#: Longest stretch of Latin one Arabic letter may read as (sch, a doubled consonant, a long vowel).
_LONGEST_PART = 6
#: Longest spelling :func:`reads_as` reads (longer is no name).
_MAX_READ_LETTERS = 40


@lru_cache(maxsize=4096)
def _parts(spelling: str, loose: bool) -> tuple[re.Pattern[str], ...] | None:
    """One regular expression per letter of a folded spelling: what Latin it may read as (None
    when a letter has none, or the spelling is too long to be a name)."""
    if len(spelling) > _MAX_READ_LETTERS:
        return None
    parts: list[str] = []
    for i, letter in enumerate(spelling):
        if i == 0 and letter == "\u0627":
            # An initial alef carries a vowel, unless a vowel letter after it does (ايفانوفو,
            # Ivanovo) or it is the prosthetic alef before two consonants (استاونجر, Stavanger).
            seat = spelling[1:2] in ("\u0648", "\u064a") or (
                len(spelling) > 2 and all(c in LATIN_CONSONANTS and c not in VOWEL_LETTERS for c in spelling[1:3])
            )
            parts.append("[aeiou]*" if seat or loose else "[aeiou]+")  # loosely: أبو as bou
        elif i == 0 and letter == "\u0648":
            # An initial و is the consonant: Arabic writes an initial vowel on an alef (أوسيم,
            # Osim; وسيم is Wassim), and French writes that w ou (واتارا, Ouattara).
            parts.append("(?:" + _consonant(letter) + "|ou)")
        elif letter in VOWEL_LETTERS:
            vowels = _LOOSE_VOWELS.get(letter, VOWEL_LETTERS[letter]) if loose else VOWEL_LETTERS[letter]
            readings = ["[" + "".join(sorted(vowels & _LATIN_VOWELS)) + "]+"]
            if letter in LATIN_CONSONANTS:
                readings.append(_consonant(letter))  # و as w, ي as y
            if letter == "\u064a" and spelling[i + 1 : i + 2] in VOWEL_LETTERS and i > 0:
                readings.append("ll")  # ي before a vowel letter writes Spanish ll: سالتيو, Saltillo
            if letter == "\u064a" and spelling[i + 1 : i + 2] == "\u0648" and i > 0:
                readings.append("")  # يو after a consonant writes u as "yu": ميونخ, Munich
            elif loose and letter == "\u064a" and spelling[i - 1 : i] == "\u0627" and i > 1:
                readings.append("")  # اي writes the English i said ai: كارولاينا, Carolina
            parts.append("(?:" + "|".join(readings) + ")")
        elif letter in ("\u0639", "\u0621"):
            # ayin and hamza: an apostrophe or a vowel; loosely a hamza unheard (شهلاء, Shahla)
            parts.append("(?:'|[aeiou]+|)" if loose and letter == "\u0621" else "(?:'|[aeiou]+)")
        elif letter == "\u0647" and i == len(spelling) - 1:
            # final ه (ة folded): -a, -e, -h; loosely also the t of ة (هراة, Herat) or silent
            # after a vowel letter (خوسيه, José)
            parts.append("(?:ah|eh|a|e|h|t|)" if loose else "(?:ah|eh|a|e|h)")
        elif loose and letter == "\u062a" and spelling[i + 1 : i + 2] in ("\u0633", "\u0634"):
            parts.append("(?:t|)")  # تس writes German z (بلودنتس, Bludenz), تش ch (تشانس, Chance)
        elif letter in LATIN_CONSONANTS:
            parts.append(_consonant(letter))
        else:
            return None
    return tuple(re.compile(p) for p in parts)


def _reads(parts: tuple[re.Pattern[str], ...], latin: str) -> bool:
    """Whether the parts, with unwritten vowels between them, read the whole Latin string (and a
    silent final e or h after them). Dynamic programming over (part, position): linear in both,
    where one regular expression of the whole name could backtrack without end."""
    reachable = {0}  # positions where the next part may start
    for k, part in enumerate(parts):
        ends: set[int] = set()
        for start in reachable:
            for stop in range(start, min(len(latin), start + _LONGEST_PART) + 1):
                if part.fullmatch(latin, start, stop):
                    ends.add(stop)
        if k + 1 < len(parts):
            gaps = range(thresholds.UNWRITTEN_VOWELS + 1)
            ends = {e + n for e in ends for n in gaps if e + n <= len(latin) and _unwritten(latin, e, e + n)}
        if not ends:
            return False
        reachable = ends
    return any(_silent(latin, p) for p in reachable)


def _silent(latin: str, start: int) -> bool:
    """Whether ``latin[start:]`` is an ending Arabic does not write: a silent e, h, or French final
    consonant, but not the h of a final ch, sh, ph or th (مونس does not read as Munich)."""
    ending = latin[start:]
    return ending in _SILENT_ENDINGS and not (ending == "h" and latin[start - 1 : start] in _DIGRAPH_FIRSTS)


def _unwritten(latin: str, start: int, stop: int) -> bool:
    """Whether ``latin[start:stop]`` is short vowels Arabic may leave unwritten: vowels, and y
    only as a vowel (not before one: the y of Nasiriyah is the ي that ناصرة does not write)."""
    return _UNWRITTEN.fullmatch(latin, start, stop) is not None and not any(
        latin[i] == "y" and latin[i + 1 : i + 2] in _LATIN_VOWEL_LETTERS for i in range(start, stop)
    )



def _consonant(letter: str) -> str:
    renderings = sorted(LATIN_CONSONANTS[letter], key=len, reverse=True)
    return "(?:" + "|".join(f"{re.escape(r)}{re.escape(r[-1])}?" for r in renderings) + ")"


# --- skeletons: a coarse consonant key shared by Arabic spellings and English forms ---------
#
# reads_as is exact but needs a candidate; the skeleton finds candidates. Each consonant maps
# to a broad class (so that ج and g, س and z, ت and d meet), vowels and weak letters vanish,
# and a class repeated collapses: ساراجوسا and Zaragoza are both SRKS.

#: Arabic letters (folded) by skeleton class; letters not listed (vowel letters, ع ء ه ح) vanish.
_ARABIC_CLASS: dict[str, str] = {
    **dict.fromkeys("\u0628\u067e", "B"),  # ب پ
    **dict.fromkeys("\u062a\u0637\u062f\u0636\u062b\u0630", "T"),  # ت ط د ض ث ذ
    **dict.fromkeys("\u0633\u0635\u0632\u0634\u0638\u0698\u0686", "S"),  # س ص ز ش ظ ژ چ
    **dict.fromkeys("\u0642\u0643\u062c\u063a\u062e\u06af", "K"),  # ق ك ج غ خ گ
    **dict.fromkeys("\u0641\u06a4", "F"),  # ف ڤ
    "\u0644": "L",  # ل
    "\u0645": "M",  # م
    "\u0646": "N",  # ن
    "\u0631": "R",  # ر
}
#: Two-letter Arabic spellings of one foreign sound (تس for German z, تش for ch, دج for dj).
_ARABIC_DIGRAPHS: dict[str, str] = {"\u062a\u0633": "S", "\u062a\u0632": "S", "\u062a\u0634": "S", "\u062f\u062c": "K"}

#: Latin letter groups by skeleton class, longest first; a tuple lists the classes of an
#: ambiguous group (ch is ش in French and خ in German); "" vanishes.
_LATIN_CLASS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sch", ("S",)),
    ("tsch", ("S",)),
    ("sh", ("S",)),
    ("ch", ("S", "K")),
    ("kh", ("K",)),
    ("gh", ("K",)),
    ("ph", ("F",)),
    ("th", ("T", "S")),
    ("dh", ("T", "S")),  # ذ (T), or ظ (S): Abu Dhabi, أبوظبي
    ("zh", ("S", "K")),
    ("dj", ("K",)),
    ("ck", ("K",)),
    ("ts", ("S",)),
    ("tz", ("S",)),
    ("x", ("KS",)),
    ("b", ("B",)),
    ("p", ("B",)),
    ("t", ("T",)),
    ("d", ("T",)),
    ("s", ("S",)),
    ("z", ("S",)),
    ("k", ("K",)),
    ("q", ("K",)),
    ("g", ("K",)),
    ("j", ("K", "")),
    ("f", ("F",)),
    ("v", ("F", "")),  # v is ف, or و (which has no class)
    ("w", ("", "F")),  # w is و (no class), or ف in German names (فارن, Waren)
    ("ll", ("L", "")),  # ll is ل, or the Spanish ي (no class): Saltillo, سالتيو
    ("l", ("L",)),
    ("m", ("M",)),
    ("n", ("N",)),
    ("r", ("R",)),
)
_SOFT_C_BEFORE = frozenset("eiy")
_LATIN_GROUP = dict(_LATIN_CLASS)
#: One pass over an English form: its letter groups, longest first (c is handled apart).
_LATIN_TOKENS = re.compile("|".join(sorted((re.escape(g) for g in _LATIN_GROUP), key=len, reverse=True)) + "|c")
#: Skeletons per English form are capped (ambiguous groups multiply them).
_MAX_SKELETONS = 8


def _collapse(classes: str) -> str:
    out: list[str] = []
    for c in classes:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def arabic_skeletons(folded: str) -> frozenset[str]:
    """The consonant skeletons of a folded Arabic spelling (spaces ignored): with its digraphs
    read as one sound (بلودنتس, Bludenz) and as two letters (باتستا, Bautista).

    >>> sorted(arabic_skeletons("ساراجوسا")), sorted(arabic_skeletons("بلودنتس"))
    (['SRKS'], ['BLTNS', 'BLTNTS'])
    """
    text = folded.replace(" ", "")
    one_sound = text
    for digraph, cls in _ARABIC_DIGRAPHS.items():
        one_sound = one_sound.replace(digraph, cls)
    return frozenset(_collapse("".join(_ARABIC_CLASS.get(ch, ch if ch in "SK" else "") for ch in t)) for t in (one_sound, text))


def latin_skeletons(english: str) -> frozenset[str]:
    """The consonant skeletons an English form may have (more than one when a letter group is
    ambiguous: ch is S or K).

    >>> sorted(latin_skeletons("Zaragoza")), sorted(latin_skeletons("Bochum")), sorted(latin_skeletons("Tver"))
    (['SRKS'], ['BKM', 'BSM'], ['TFR', 'TR'])
    """
    text = latin_letters(english)
    options: list[tuple[str, ...]] = []
    for match in _LATIN_TOKENS.finditer(text):
        group = match.group()
        if group == "c":  # hard before a, o, u and at the end (Cadiz), soft before e, i, y (Barcelona)
            options.append(("S",) if text[match.end() : match.end() + 1] in _SOFT_C_BEFORE else ("K",))
        else:
            options.append(_LATIN_GROUP[group])
    skeletons = {""}
    for classes in options:
        if len(skeletons) * len(classes) > _MAX_SKELETONS:
            classes = classes[:1]  # past the cap, the common reading only
        skeletons = {s + c for s in skeletons for c in classes}
    if text[-1:] in _SILENT_FINAL and len(options) > 1:
        # French leaves a final consonant unwritten: Berthelot is برتلو, BRTL as well as BRTLT.
        skeletons |= {s[: -len(options[-1][0])] if options[-1][0] else s for s in skeletons}
    return frozenset(_collapse(s) for s in skeletons)
