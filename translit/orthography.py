"""Orthographic folding of Arabic text, with a map back to the original offsets.

Folding removes the differences that carry no information for matching a name:
compatibility forms, diacritics, tatweel, invisible marks, the seat of a hamza,
ta marbuta, alef maksura, Persian and Urdu codepoints for Arabic letters, and
Eastern digits. It never changes a letter into a different consonant; that is
the phonetic key's job (:mod:`translit.phonetic`).

Folding works one character at a time (each character is replaced by zero or
more characters), so every folded character can be traced back to the original
character it came from. NFKC is applied per character: presentation forms and
ligatures are expanded (``ﻻ`` -> ``لا``, ``ﷲ`` -> ``الله``), but no composition
across characters happens; a combining hamza or madda after a letter is simply
dropped, which gives the same folded result as composing it first.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["fold", "light_fold", "fold_with_offsets", "Folded", "is_arabic_letter", "has_arabic", "has_latin", "marks_disagree", "vowel_marks", "ALEF_FORMS", "TANWIN"]

# Combining marks and other characters that folding deletes outright.
_DELETED_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0610, 0x061A, "Arabic signs: honorifics, small high letters (ARABIC SIGN SALLALLAHOU ...)"),
    (0x064B, 0x065F, "Arabic harakat: FATHATAN ... WAVY HAMZA BELOW (incl. SHADDA, SUKUN, hamza/madda above)"),
    (0x0670, 0x0670, "ARABIC LETTER SUPERSCRIPT ALEF (dagger alef)"),
    (0x06D6, 0x06DC, "Quranic annotation signs: SMALL HIGH LIGATURE SAD WITH LAM ... SMALL HIGH SEEN"),
    (0x06DF, 0x06E8, "Quranic marks: SMALL HIGH ROUNDED ZERO ... SMALL HIGH NOON (incl. small waw/yeh)"),
    (0x06EA, 0x06ED, "Quranic marks: EMPTY CENTRE LOW STOP ... SMALL LOW MEEM"),
    (0x08D3, 0x08E1, "Arabic Extended-A small high/low marks"),
    (0x08E3, 0x08FF, "Arabic Extended-A tanween and vowel marks"),
    (0x0640, 0x0640, "ARABIC TATWEEL (kashida, pure elongation)"),
    (0x200B, 0x200F, "ZERO WIDTH SPACE, ZWNJ, ZWJ, LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK"),
    (0x061C, 0x061C, "ARABIC LETTER MARK (bidi)"),
    (0x202A, 0x202E, "bidi embeddings and overrides: LRE, RLE, PDF, LRO, RLO"),
    (0x2066, 0x2069, "bidi isolates: LRI, RLI, FSI, PDI"),
    (0xFEFF, 0xFEFF, "ZERO WIDTH NO-BREAK SPACE (byte order mark)"),
    (0x00AD, 0x00AD, "SOFT HYPHEN (invisible)"),
    (0x034F, 0x034F, "COMBINING GRAPHEME JOINER (invisible)"),
    (0x2060, 0x2060, "WORD JOINER (invisible)"),
)

# Letters replaced by the plain letter Arabic orthography treats as equivalent.
_LETTERS: dict[str, str] = {
    "\u0623": "\u0627",  # ARABIC LETTER ALEF WITH HAMZA ABOVE  أ -> ا
    "\u0625": "\u0627",  # ARABIC LETTER ALEF WITH HAMZA BELOW  إ -> ا
    "\u0622": "\u0627",  # ARABIC LETTER ALEF WITH MADDA ABOVE  آ -> ا
    "\u0671": "\u0627",  # ARABIC LETTER ALEF WASLA  ٱ -> ا
    "\u0672": "\u0627",  # ARABIC LETTER ALEF WITH WAVY HAMZA ABOVE  ٲ -> ا
    "\u0673": "\u0627",  # ARABIC LETTER ALEF WITH WAVY HAMZA BELOW  ٳ -> ا
    "\u0675": "\u0627",  # ARABIC LETTER HIGH HAMZA ALEF  ٵ -> ا
    "\u0649": "\u064a",  # ARABIC LETTER ALEF MAKSURA  ى -> ي
    "\u0629": "\u0647",  # ARABIC LETTER TEH MARBUTA  ة -> ه
    "\u0624": "\u0648",  # ARABIC LETTER WAW WITH HAMZA ABOVE  ؤ -> و
    "\u0626": "\u064a",  # ARABIC LETTER YEH WITH HAMZA ABOVE  ئ -> ي
    "\u0678": "\u064a",  # ARABIC LETTER HIGH HAMZA YEH  ٸ -> ي
    "\u0676": "\u0648",  # ARABIC LETTER HIGH HAMZA WAW  ٶ -> و
    "\u0677": "\u0648",  # ARABIC LETTER U WITH HAMZA ABOVE  ٷ -> و
    # Persian and Urdu codepoints for letters Arabic writes with its own codepoint.
    "\u06a9": "\u0643",  # ARABIC LETTER KEHEH (Persian kaf)  ک -> ك
    "\u06aa": "\u0643",  # ARABIC LETTER SWASH KAF  ڪ -> ك
    "\u06cc": "\u064a",  # ARABIC LETTER FARSI YEH  ی -> ي
    "\u06d0": "\u064a",  # ARABIC LETTER E (Pashto/Uyghur)  ې -> ي
    "\u06d2": "\u064a",  # ARABIC LETTER YEH BARREE (Urdu)  ے -> ي
    "\u06d3": "\u064a",  # ARABIC LETTER YEH BARREE WITH HAMZA ABOVE  ۓ -> ي
    "\u06d5": "\u0647",  # ARABIC LETTER AE (Kurdish/Uyghur final heh)  ە -> ه
    "\u06c0": "\u0647",  # ARABIC LETTER HEH WITH YEH ABOVE  ۀ -> ه
    "\u06c1": "\u0647",  # ARABIC LETTER HEH GOAL (Urdu)  ہ -> ه
    "\u06c2": "\u0647",  # ARABIC LETTER HEH GOAL WITH HAMZA ABOVE  ۂ -> ه
    "\u06c3": "\u0647",  # ARABIC LETTER TEH MARBUTA GOAL  ۃ -> ه
    "\u06be": "\u0647",  # ARABIC LETTER HEH DOACHASHMEE  ھ -> ه
    "\u06c6": "\u0648",  # ARABIC LETTER OE (Kurdish)  ۆ -> و
    "\u06c7": "\u0648",  # ARABIC LETTER U  ۇ -> و
    "\u06c8": "\u0648",  # ARABIC LETTER YU  ۈ -> و
    "\u06cb": "\u0648",  # ARABIC LETTER VE (Uyghur/Kazakh v)  ۋ -> و
    "\u06c5": "\u0648",  # ARABIC LETTER KIRGHIZ OE  ۅ -> و
}

# Eastern digits to ASCII digits.
_DIGITS: dict[str, str] = {
    **{chr(0x0660 + d): str(d) for d in range(10)},  # ARABIC-INDIC DIGIT ZERO..NINE  ٠..٩
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # EXTENDED ARABIC-INDIC DIGIT ZERO..NINE  ۰..۹
}

# Blocks where NFKC changes characters that occur in Arabic-script text.
_NFKC_RANGES: tuple[tuple[int, int], ...] = (
    (0x00A0, 0x00BF),  # Latin-1 punctuation: NO-BREAK SPACE, superscripts, fractions
    (0x0600, 0x06FF),  # Arabic: HIGH HAMZA letters (ٵ ٶ ٷ ٸ) decompose under NFKC
    (0x2000, 0x206F),  # General punctuation: EN SPACE ... (compatibility spaces, ellipsis)
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A: ﭐ ... ﷽ (incl. ligature ﷲ)
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B: ﹰ ... ﻼ
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
)


def _deleted() -> set[str]:
    return {chr(c) for lo, hi, _ in _DELETED_RANGES for c in range(lo, hi + 1)}


def _fold_char(ch: str, deleted: set[str]) -> str:
    """Fold one character: NFKC, then delete marks, then map letters and digits."""
    out = unicodedata.normalize("NFKC", ch) if ord(ch) > 0x7F else ch
    return "".join(_LETTERS.get(c, _DIGITS.get(c, c)) for c in out if c not in deleted)


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """The translation table: codepoint -> folded string, for every character that changes."""
    deleted = _deleted()
    candidates = set(deleted) | set(_LETTERS) | set(_DIGITS)
    for lo, hi in _NFKC_RANGES:
        candidates.update(chr(c) for c in range(lo, hi + 1))
    table: dict[int, str] = {}
    for ch in candidates:
        out = _fold_char(ch, deleted)
        # Fold the output again until it is stable, so that folding is idempotent.
        while (again := "".join(_fold_char(c, deleted) for c in out)) != out:
            out = again
        if out != ch:
            table[ord(ch)] = out
    return table


@lru_cache(maxsize=1)
def _light_table() -> dict[int, str]:
    """Like :func:`_table` but without the letter and digit maps: marks go, letters stay."""
    deleted = _deleted()
    table: dict[int, str] = {}
    for ch, out in _table().items():
        light = "".join(c for c in (unicodedata.normalize("NFKC", chr(ch)) if ch > 0x7F else chr(ch)) if c not in deleted)
        if light != chr(ch):
            table[ch] = light
    return table


#: The forms of alef that writers use for one another, as a plain alef (``str.translate`` table):
#: names are written with or without the hamza (أحمد / احمد), which :func:`light_fold` keeps.
ALEF_FORMS = str.maketrans(
    {
        "\u0623": "\u0627",  # ARABIC LETTER ALEF WITH HAMZA ABOVE  أ
        "\u0625": "\u0627",  # ARABIC LETTER ALEF WITH HAMZA BELOW  إ
        "\u0622": "\u0627",  # ARABIC LETTER ALEF WITH MADDA ABOVE  آ
        "\u0671": "\u0627",  # ARABIC LETTER ALEF WASLA  ٱ
    }
)


def light_fold(text: str) -> str:
    """Remove what carries no letter (marks, tatweel, invisible characters) but keep every letter.

    Has the same length as :func:`fold` of the same text, character for character, so an
    offset into one is an offset into the other.

    >>> light_fold("عَلَى"), fold("عَلَى")
    ('على', 'علي')
    """
    return text.translate(_light_table())


def fold(text: str) -> str:
    """Fold Arabic text for matching; the length may change.

    >>> fold("إسرائيلُ")
    'اسراييل'
    >>> fold("مستشفى الشفاء")
    'مستشفي الشفاء'
    """
    if not isinstance(text, str):
        raise TypeError(f"fold() takes a str, not {type(text).__name__}")
    return text.translate(_table())


@dataclass(frozen=True)
class Folded:
    """A folded string and, for each folded character, the index of the original character.

    ``offsets`` has one entry more than ``text``: the original length, so that a folded
    span ``[i, j)`` maps to the original span ``[offsets[i], offsets[j-1] + 1)`` and an
    empty span at the end maps to the end of the original.
    """

    text: str
    offsets: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span ``[start, end)`` to the original span it covers.

        >>> f = fold_with_offsets("بِنتنياهو")
        >>> f.span(1, len(f.text))
        (2, 9)
        """
        if start >= end:
            pos = self.offsets[start] if start < len(self.text) else self.original_length
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def fold_with_offsets(text: str) -> Folded:
    """Fold ``text`` and keep, for every folded character, its index in ``text``.

    >>> f = fold_with_offsets("أَحْمَد")
    >>> f.text, f.offsets
    ('احمد', (0, 2, 4, 6, 7))
    """
    if not isinstance(text, str):
        raise TypeError(f"fold_with_offsets() takes a str, not {type(text).__name__}")
    table = _table()
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        out = table.get(ord(ch), ch)
        chars.append(out)
        offsets.extend([i] * len(out))
    offsets.append(len(text))
    return Folded("".join(chars), tuple(offsets), len(text))


def is_arabic_letter(ch: str) -> bool:
    """True for a letter of the Arabic script (not a mark, digit or punctuation).

    >>> is_arabic_letter("ب"), is_arabic_letter("ُ"), is_arabic_letter("b")
    (True, False, False)
    """
    cp = ord(ch)
    arabic_block = (
        0x0600 <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x08A0 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    )
    return arabic_block and unicodedata.category(ch) == "Lo"


def has_arabic(text: str) -> bool:
    """True when ``text`` contains at least one Arabic letter.

    >>> has_arabic("Biden بايدن"), has_arabic("Biden")
    (True, False)
    """
    return any(is_arabic_letter(c) for c in text)


def has_latin(text: str) -> bool:
    """True when ``text`` contains a Latin letter.

    >>> has_latin("Biden بايدن"), has_latin("بايدن")
    (True, False)
    """
    return any(c.isalpha() and c.isascii() or "LATIN" in unicodedata.name(c, "") for c in text)


#: Tanwin, the indefinite ending of an Arabic noun or adjective, when the writer marks it: a
#: word written with it is Arabic, no name (تركيًا, "Turkish", accusative).
TANWIN = frozenset(
    {
        "\u064b",  # ARABIC FATHATAN  ً
        "\u064c",  # ARABIC DAMMATAN  ٌ
        "\u064d",  # ARABIC KASRATAN  ٍ
    }
)


#: The short vowels a writer may mark on a letter, by the vowel they write (tanwin writes the
#: same vowel, with a final n). Shadda is no vowel: writers drop it far more often than they
#: mark a different vowel, so only a shadda written where a vocalised spelling marks the letter
#: without one tells two spellings apart (:func:`marks_disagree`).
_VOWEL_MARKS: dict[str, str] = {
    "\u064e": "a",  # ARABIC FATHA  َ
    "\u064b": "a",  # ARABIC FATHATAN  ً
    "\u064f": "u",  # ARABIC DAMMA  ُ
    "\u064c": "u",  # ARABIC DAMMATAN  ٌ
    "\u0650": "i",  # ARABIC KASRA  ِ
    "\u064d": "i",  # ARABIC KASRATAN  ٍ
    "\u0652": "",  # ARABIC SUKUN  ْ  (no vowel)
}


#: ARABIC SHADDA, the doubling of a letter.
SHADDA = "\u0651"


def _marked_letters(text: str) -> tuple[tuple[str, str | None, bool], ...]:
    """Each folded letter of ``text`` with the short vowel marked on it (as :func:`vowel_marks`
    gives it) and whether the writer doubled it with a shadda: تدمّر -> the mim doubled."""
    table = _table()
    out: list[tuple[str, str | None, bool]] = []
    for ch in text:
        if ch == SHADDA:
            if out:
                out[-1] = (out[-1][0], out[-1][1], True)
            continue
        vowel = _VOWEL_MARKS.get(ch)
        if vowel is not None:
            if out and out[-1][1] is None:
                out[-1] = (out[-1][0], vowel, out[-1][2])
            continue
        out.extend((letter, None, False) for letter in table.get(ord(ch), ch))
    return tuple(out)


def vowel_marks(text: str) -> tuple[tuple[str, str | None], ...]:
    """Each folded letter of ``text`` with the short vowel marked on it: ``a``, ``u``, ``i``,
    ``""`` for sukun, or None where the writer marked none.

    >>> vowel_marks("عُمان")
    (('ع', 'u'), ('م', None), ('ا', None), ('ن', None))
    """
    return tuple((letter, vowel) for letter, vowel, _ in _marked_letters(text))


def marks_disagree(written: str, listed: str) -> bool:
    """True when a text and a spelling with the same letters mark a different short vowel on
    the same letter: then they are different words, whatever folding says (عُمان, Oman, is not
    عَمّان, Amman); or when the text doubles a letter (shadda) that the spelling marks with a
    vowel or sukun and does not double: writers drop a shadda, they do not add one (وتدمّر,
    "and destroys", is not تَدْمُر, Palmyra). The text may carry a proclitic (letters before the
    spelling's); spellings with other letters, or without marks where the text has them, never
    disagree.

    >>> marks_disagree("عُمان", "عَمّان"), marks_disagree("وعُمان", "عُمان"), marks_disagree("عمان", "عَمّان")
    (True, False, False)
    >>> marks_disagree("وتدمّر", "تَدْمُر"), marks_disagree("تدمر", "تَدْمُر"), marks_disagree("عمّان", "عَمّان")
    (True, False, False)
    """
    if not any(ch in _VOWEL_MARKS or ch == SHADDA for ch in written):
        return False
    text, spelling = _marked_letters(written), _marked_letters(listed)
    if len(spelling) > len(text):
        return False
    pairs = list(zip(text[len(text) - len(spelling) :], spelling, strict=True))
    if any(a[0] != b[0] for a, b in pairs):
        return False
    return any(
        (a[1] is not None and b[1] is not None and a[1] != b[1])  # another vowel on the letter
        or (a[2] and b[1] is not None and not b[2])  # a shadda where the spelling marks the letter without one
        for a, b in pairs
    )
