"""Phonetic keys: one string per name for all the ways Arabic writes its sounds.

A foreign name reaches Arabic through the ear, so its consonants are written with
whichever letter the writer hears: English "g" as ج, غ, ق, ك or گ, "v" as ف or ڤ,
"t" as ت or ط. Short vowels are not written and long vowels are written or not.
The key keeps the consonant skeleton and maps every letter to its sound class, so
``ماكغورك``, ``ماكجورك`` and ``مكجرك`` share one key.

The key only *proposes* candidates (it is a blocking key); :mod:`translit.similarity`
decides whether two spellings are close enough.
"""

from __future__ import annotations

from functools import lru_cache

from translit.orthography import fold

__all__ = ["key", "folded_key", "word_key", "compact", "ABD", "COMPOUND_PREFIXES"]

# Sound classes: every letter of a class maps to the class symbol (a Latin capital,
# so keys never collide with real Arabic text). Input is folded text.
LETTER_CLASSES: dict[str, str] = {
    # /g/, /q/, /k/ and /j/: English g is written ج (Egypt reads it g), غ, ق, ك, گ.
    "\u062c": "G",  # ARABIC LETTER JEEM  ج
    "\u063a": "G",  # ARABIC LETTER GHAIN  غ
    "\u0642": "G",  # ARABIC LETTER QAF  ق
    "\u0643": "G",  # ARABIC LETTER KAF  ك (also plain k; the verifier charges more for it)
    "\u06af": "G",  # ARABIC LETTER GAF (Persian)  گ
    "\u06a8": "G",  # ARABIC LETTER QAF WITH THREE DOTS ABOVE (Maghrebi g)  ڨ
    "\u06ad": "G",  # ARABIC LETTER NG (Maghrebi g)  ڭ
    "\u0763": "G",  # ARABIC LETTER KEHEH WITH THREE DOTS ABOVE  ݣ
    # /f/ and /v/
    "\u0641": "F",  # ARABIC LETTER FEH  ف
    "\u06a4": "F",  # ARABIC LETTER VEH  ڤ
    "\u06a5": "F",  # ARABIC LETTER FEH WITH THREE DOTS BELOW (Maghrebi v)  ڥ
    # /b/ and /p/
    "\u0628": "B",  # ARABIC LETTER BEH  ب
    "\u067e": "B",  # ARABIC LETTER PEH  پ
    # /ch/: چ, also written تش (handled before the class map)
    "\u0686": "C",  # ARABIC LETTER TCHEH  چ
    # emphatic / plain pairs
    "\u062a": "T",  # ARABIC LETTER TEH  ت
    "\u0637": "T",  # ARABIC LETTER TAH  ط
    "\u0633": "S",  # ARABIC LETTER SEEN  س
    "\u0635": "S",  # ARABIC LETTER SAD  ص
    "\u062b": "S",  # ARABIC LETTER THEH  ث (read s in much of the Arab world)
    "\u062f": "D",  # ARABIC LETTER DAL  د
    "\u0636": "D",  # ARABIC LETTER DAD  ض
    "\u0630": "S",  # ARABIC LETTER THAL  ذ (dh, read z)
    "\u0632": "S",  # ARABIC LETTER ZAIN  ز (foreign s and z are written either way: برسبان / بريزبن)
    "\u0638": "S",  # ARABIC LETTER ZAH  ظ
    "\u0698": "S",  # ARABIC LETTER JEH (Persian zh)  ژ
    "\u0647": "H",  # ARABIC LETTER HEH  ه (dropped at the end of a word: final -a, -e)
    "\u062d": "H",  # ARABIC LETTER HAH  ح
    "\u062e": "H",  # ARABIC LETTER KHAH  خ (Spanish j, German ch: خوان / هوان, ميونخ)
    "\u0634": "C",  # ARABIC LETTER SHEEN  ش (sh and ch share a class)
    # the rest keep a class of their own
    "\u0631": "R",  # ARABIC LETTER REH  ر
    "\u0644": "L",  # ARABIC LETTER LAM  ل
    "\u0645": "M",  # ARABIC LETTER MEEM  م
    "\u0646": "N",  # ARABIC LETTER NOON  ن
    "\u0648": "W",  # ARABIC LETTER WAW  و (a vowel inside a word, dropped there)
    "\u064a": "Y",  # ARABIC LETTER YEH  ي (a vowel inside a word, dropped there)
    "\u0627": "A",  # ARABIC LETTER ALEF  ا (dropped inside a word)
    "\u0639": "A",  # ARABIC LETTER AIN  ع (Hebrew ayin is written ع or ا; dropped inside a word)
    "\u0621": "",  # ARABIC LETTER HAMZA  ء (a seat of a glottal stop, never a consonant of the key)
}

# Letters that are long vowels (or ayin) and vanish from the key inside a word.
VOWEL_SYMBOLS = frozenset("AWY")

# Two-letter spellings of one sound, rewritten before the class map.
DIGRAPHS: dict[str, str] = {
    "\u062a\u0634": "\u0686",  # تش -> چ  (ch: تشرشل / چرچل)
    "\u062f\u062c": "\u062c",  # دج -> ج  (dj: Djibouti دجيبوتي / جيبوتي)
    "\u062a\u0633": "\u0633",  # تس -> س  (German z: بلودنتس / بلودنز)
    "\u062a\u0632": "\u0632",  # تز -> ز  (tz: شولتز / شولز)
}

#: عبد ("servant of"), the first word of compound given names (عبد الله, عبد الرحمن), folded.
ABD = "\u0639\u0628\u062f"

# Words that join the next word into one name; Arabic writes them with or without a space.
# (آل, "family of", folds to ال and is not glued: آل ثاني must not become الثاني, "the second".)
COMPOUND_PREFIXES: tuple[str, ...] = (
    ABD,  # عبد  (Abd al-..., servant of)
    "\u0627\u0628\u0648",  # ابو  (Abu, father of; folded from أبو)
    "\u0627\u0628\u064a",  # ابي  (Abi, genitive of أبو)
    "\u0627\u0628\u0646",  # ابن  (Ibn, son of)
    "\u0628\u0646",  # بن  (bin, son of)
)


@lru_cache(maxsize=65536)
def compact(folded: str) -> str:
    """Remove the spaces Arabic may or may not write inside a compound name.

    Takes folded text; returns it with spaces after compound prefixes removed.

    >>> compact("عبد الله")
    'عبدالله'
    >>> compact("ابو مازن")
    'ابومازن'

    Prefixes chain: بن عبد العزيز and بن عبدالعزيز are one spelling.

    >>> compact("صالح بن عبد العزيز") == compact("صالح بن عبدالعزيز") == "صالح بنعبدالعزيز"
    True
    """
    words = folded.split()
    if len(words) < 2:
        return folded.strip()
    out = [words[0]]
    for previous, word in zip(words, words[1:]):
        if previous in COMPOUND_PREFIXES:
            out[-1] = out[-1] + word
        else:
            out.append(word)
    return " ".join(out)


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The phonetic key of one folded word.

    The first letter keeps its class (an initial vowel becomes ``A``); later long vowels
    and ayin, and a final ه, are dropped; a class repeated by adjacent letters collapses to
    one (ماكغورك), but not across a vowel (ميامي keeps both m's).

    >>> word_key("ماكغورك") == word_key("ماكجورك") == word_key("مكجرك")
    True
    >>> word_key("بارنيع") == word_key("بارنيا")
    True
    >>> word_key("ميامي")
    'MM'
    """
    for digraph, single in DIGRAPHS.items():
        word = word.replace(digraph, single)
    out: list[str] = []
    previous = ""  # class of the previous letter, vowels included: only adjacent letters collapse
    for i, ch in enumerate(word):
        sym = LETTER_CLASSES.get(ch, ch)
        if not sym:
            continue
        repeated, previous = sym == previous, sym
        if i > 0 and (sym in VOWEL_SYMBOLS or (sym == "H" and ch == "\u0647" and i == len(word) - 1)):
            continue
        if repeated:
            continue
        out.append(sym)
    return "".join(out)


def key(name: str) -> str:
    """The phonetic key of a name (any text): fold, then key every word, without spaces.

    Spaces are dropped so that compound spacing (عبد الله / عبدالله) never changes the key.

    >>> key("بريت ماكجورك") == key("بريت ماكغورك")
    True
    >>> key("عبد الله") == key("عبدالله")
    True
    """
    return folded_key(compact(fold(name)))


def folded_key(folded: str) -> str:
    """:func:`key` of text that is already folded and compact (``compact(fold(name))``): the
    same key without folding again; the matcher's queries are all of that kind.

    >>> folded_key("بريت ماكجورك") == key("بريت ماكجورك")
    True
    """
    return "".join([word_key(w) for w in folded.split()])
