"""Words with their offsets, and the ways a word can start with a proclitic or the article.

A token is a run of letters, digits and the marks written on them (diacritics, tatweel,
zero-width joiners). Its ``folded`` form is what the matcher compares; its ``start`` and
``end`` point into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from translit import thresholds
from translit.orthography import fold, light_fold

__all__ = ["Token", "Reading", "tokenize", "iter_tokens", "windows", "readings", "written_query", "PROCLITICS", "QUOTATION_MARKS"]

# Marks written on letters (kept inside a word).
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08d3-\u08ff\u0640\u200c\u200d"
# Invisible format characters: inside a word when letters follow, never at its edges.
_INVISIBLE = "\u200b\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u2060\u034f"
_WORD = re.compile(rf"(?:[^\W_]|[{_MARKS}])+(?:[{_INVISIBLE}]+(?:[^\W_]|[{_MARKS}])+)*")
# A space inside a line: blanks and invisible marks, never a line break.
_SPACE = rf"[ \t\u00a0\u202f{_INVISIBLE}]"
# What may stand between two words of one name: spaces and invisible marks, or one hyphen
# (جان-جاك) or low line (a hashtag's: #موسم_الرياض), not a line break.
_INLINE_GAP = re.compile(rf"(?:{_SPACE}+|[{_INVISIBLE}]*[-\u2010\u2011_][{_INVISIBLE}]*)\Z")
# A hyphen or en dash with a space on one side or both: between two words of a name written so
# (الحركة الشعبية لتحرير السودان - شمال, دائرة الثقافة والسياحة – أبوظبي) and between two
# things a line lists (محمد عبد الفضيل - محمود صلاح): the matcher spans it only as listed.
_SPACED_DASH = re.compile(rf"(?:{_SPACE}+[-\u2010\u2011\u2013]{_SPACE}*|[-\u2010\u2011\u2013]{_SPACE}+)\Z")
# A full stop between two short words with no space is an abbreviation's (بي.بي.سي, د.ب.أ,
# جي.بي.تي): its letters are one name (thresholds.ABBREVIATION_MAX_LETTERS).
_ABBREVIATION_DOT = "."
# A full stop and a space after a middle initial (روبرت إف. كينيدي, دونالد جيه. ترامب).
_INITIAL_DOT = re.compile(rf"\.{_SPACE}+\Z")

#: The Arabic names of Latin letters that stand for a middle initial in a name, folded; the news
#: writes them with a full stop after them (روبرت إف. كينيدي جونيور). Letter names that are also
#: Arabic words that end sentences (في "in", أو "or", إن "that", سي, يو, آي, إي) are left out;
#: بي ("in me") is kept: a sentence seldom ends in it, and مايكل بي. جوردان does.
INITIAL_LETTERS: frozenset[str] = frozenset(
    fold(w)
    for w in (
        "إف",  # F
        "ف",  # F, as one letter (روبرت ف. كينيدي)
        "جيه",  # J
        "جي",  # G
        "بي",  # B (مايكل بي. جوردان)
        "دبليو",  # W (جورج دبليو. بوش)
        "إس",  # S
        "إتش",  # H
        "إم",  # M
        "إل",  # L
        "آر",  # R
        "تي",  # T
        "دي",  # D
        "كيه",  # K
        "إيه",  # A
        "إكس",  # X
        "زد",  # Z
    )
)

#: Quotation marks around a name, opening and closing.
QUOTATION_MARKS: dict[str, str] = {
    "\u00ab": "\u00bb",  # LEFT / RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK: « », the news's own
    "\u201c": "\u201d",  # LEFT / RIGHT DOUBLE QUOTATION MARK: “ ”
    "\u201d": "\u201d",  # RIGHT DOUBLE QUOTATION MARK: both ways, as some papers write it (”راينميتال”)
    "{": "}",  # LEFT / RIGHT CURLY BRACKET: headlines quote so (البشير يتحدى {الجنائية الدولية})
    '"': '"',  # QUOTATION MARK: both ways (وكالة "الأناضول")
    "\u2018": "\u2019",  # LEFT / RIGHT SINGLE QUOTATION MARK: ‘ ’ (سفينة ‘أوشن فايكنغ’)
    "\u2019": "\u2019",  # RIGHT SINGLE QUOTATION MARK: both ways, as some papers write it
    "'": "'",  # APOSTROPHE: both ways, the single quote of many sites (وكالة 'رويترز')
}
# An opening quotation mark between two words of one line, after spaces, right before the
# second word: وكالة «فارس».
_GAP_OPENING_A_QUOTE = re.compile(rf"{_SPACE}+([{''.join(QUOTATION_MARKS)}])[{_INVISIBLE}]*\Z")


@dataclass(frozen=True, slots=True)
class Token:
    """A word: offsets into the original text, the text itself, its folded form, and whether
    it follows the previous word inside one line with only spaces between (``linked``).

    ``opens`` is the opening quotation mark between the previous word of the line and this one
    (``«`` in وكالة «فارس»; ``""`` for none), ``closes`` the closing one right after the word.
    ``dashed``: the word follows the previous one across a spaced dash (شمال in السودان -
    شمال); it is then ``linked`` too, unless the previous word is a number (the 3- of a list)."""

    start: int
    end: int
    text: str
    folded: str
    linked: bool
    light: str = ""  # marks removed, letters as written (same length as folded)
    opens: str = ""
    closes: str = ""
    dashed: bool = False


def tokenize(text: str) -> list[Token]:
    """Split text into words with offsets; words that fold to nothing are dropped.

    >>> [(t.start, t.end, t.folded) for t in tokenize("قال بايدنُ، ثم")]
    [(0, 3, 'قال'), (4, 10, 'بايدن'), (12, 14, 'ثم')]
    """
    return list(iter_tokens(text))


def iter_tokens(text: str) -> Iterator[Token]:
    """The tokens of :func:`tokenize`, one at a time (a huge text is never held as a list).

    >>> [(t.text, t.linked, t.opens, t.closes) for t in tokenize("وكالة «فارس» للأنباء")]
    [('وكالة', False, '', ''), ('فارس', False, '«', '»'), ('للأنباء', False, '', '')]
    >>> [(t.start, t.end, t.folded) for t in tokenize("تحالف أوبك+ قرر")]
    [(0, 5, 'تحالف'), (6, 10, 'اوبك'), (10, 11, 'بلس'), (12, 15, 'قرر')]
    """
    prev_end, prev_folded = -1, ""
    for start, end in _words(text):
        word_text = text[start:end]
        folded = fold(word_text)
        if not folded:
            continue
        glued = start == prev_end  # a date glued to a word (2025-05-14شفق): a boundary, not a gap
        gap = text[prev_end:start]
        linked = prev_end >= 0 and not glued and bool(_INLINE_GAP.match(gap) or _abbreviated(gap, prev_folded, folded) or _after_an_initial(gap, prev_folded))
        dashed = prev_end >= 0 and not linked and not glued and not prev_folded[-1:].isdecimal() and bool(_SPACED_DASH.match(text, prev_end, start))
        quote = _GAP_OPENING_A_QUOTE.match(text, prev_end, start) if prev_end >= 0 and not linked and not dashed and not glued else None
        after = text[end : end + 1]
        closes = after if after in _CLOSING_MARKS else ""
        yield Token(start, end, word_text, folded, linked or dashed, light_fold(word_text), quote.group(1) if quote else "", closes, dashed)
        prev_end, prev_folded = end, folded
        word = _GLUED_SIGNS.get(after)
        if word and not _WORD.match(text, end + 1):
            # a sign glued to the end of a word is a word of the name: أوبك+ is أوبك بلس
            yield Token(end, end + 1, after, word, True, word)
            prev_end, prev_folded = end + 1, ""


#: Where an Arabic letter follows digits inside a run of word characters: a dateline glued to
#: the first word of a report (2025-05-14شفق نيوز). Digits after letters are a word of their
#: own only as the first part of a date (شفق نيوز١٥-٠٣-٢٠٢٥): كوب29, أم23 and الديمقراطيون66
#: are names written so.
_DIGITS_THEN_LETTERS = re.compile(r"(?<=\d)(?=[\u0620-\u064a\u066e-\u06d3])")
_LETTERS_THEN_A_DATE = re.compile(r"(?<=[\u0620-\u064a\u066e-\u06d3])(?=\d+\Z)")
_DATE_GOES_ON = re.compile(r"[-/.]\d")


def _words(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each word of ``text``: runs of word characters, split where an
    Arabic letter follows digits (14شفق is 14 and شفق) and before digits that open a date
    (نيوز١٥-٠٣-٢٠٢٥); كوب29 stays one word."""
    for m in _WORD.finditer(text):
        cuts = [c.start() for c in _DIGITS_THEN_LETTERS.finditer(m.group())]
        if _DATE_GOES_ON.match(text, m.end()):
            cuts += [c.start() for c in _LETTERS_THEN_A_DATE.finditer(m.group())]
        start = m.start()
        for cut in sorted(cuts):
            yield start, m.start() + cut
            start = m.start() + cut
        yield start, m.end()


def _abbreviated(gap: str, before: str, after: str) -> bool:
    """True when ``gap`` is the full stop of an abbreviation between two folded words: both of
    at most ``thresholds.ABBREVIATION_MAX_LETTERS`` letters, neither a number (3.5 is no name).

    >>> _abbreviated(".", "بي", "سي"), _abbreviated(".", "عرض", "وقال"), _abbreviated(".", "3", "5")
    (True, False, False)
    """
    return (
        gap == _ABBREVIATION_DOT
        and 0 < len(before) <= thresholds.ABBREVIATION_MAX_LETTERS
        and 0 < len(after) <= thresholds.ABBREVIATION_MAX_LETTERS
        and before.isalpha()
        and after.isalpha()
    )


def _after_an_initial(gap: str, before: str) -> bool:
    """True when ``gap`` is a full stop and spaces after a middle initial (:data:`INITIAL_LETTERS`,
    folded): روبرت إف. كينيدي is one name.

    >>> _after_an_initial(". ", "اف"), _after_an_initial(". ", "قال"), _after_an_initial(".", "اف")
    (True, False, False)
    """
    return before in INITIAL_LETTERS and bool(_INITIAL_DOT.match(gap))


_CLOSING_MARKS = frozenset(QUOTATION_MARKS.values())
#: Signs that, glued to the end of a word (no space, no letter after), are read as a word of
#: the name, as the news says them.
_GLUED_SIGNS: dict[str, str] = {
    "+": "بلس",  # PLUS SIGN: بلس, "plus" (أوبك+, بريكس+)
}


#: A window of tokens is closed at the first word boundary a name cannot cross (punctuation,
#: a line break) after this many tokens; past WINDOW_HARD_CAP tokens without such a boundary
#: (a text with no punctuation at all) it is closed anyway.
WINDOW_TOKENS = 20_000
WINDOW_HARD_CAP = 200_000


def windows(text: str) -> Iterator[tuple[int, list[Token]]]:
    """Tokens in windows that no name can straddle, each with the position of its first token.

    Names never cross an unlinked boundary, so matching window by window finds exactly what
    matching the whole text finds, in memory bounded by the window, not by the text.

    >>> [(base, [t.folded for t in w]) for base, w in windows("قطر، مصر")]
    [(0, ['قطر', 'مصر'])]
    """
    window: list[Token] = []
    base = 0
    for token in iter_tokens(text):
        if window and ((len(window) >= WINDOW_TOKENS and not token.linked) or len(window) >= WINDOW_HARD_CAP):
            yield base, window
            base += len(window)
            window = []
        window.append(token)
    if window:
        yield base, window


# One-letter proclitics and their common pairs (conjunction + preposition), folded.
PROCLITICS: tuple[str, ...] = (
    "و",  # wa-, and
    "ف",  # fa-, so / then
    "ب",  # bi-, with / by / in
    "ل",  # li-, for / to
    "ك",  # ka-, like / as
    "وب",  # wa-bi-
    "ول",  # wa-li-
    "وك",  # wa-ka-
    "فب",  # fa-bi-
    "فل",  # fa-li-
    "فك",  # fa-ka-
)
ARTICLE = "ال"
# Proclitics after which the article keeps its alef (بال، وال، فال، كال، وبال ...).
_BEFORE_ARTICLE = ("", "و", "ف", "ب", "ك", "وب", "وك", "فب", "فك")
# Proclitics ending in ل: ل + ال is written لل (the alef drops): للدوحة، وللدوحة، فللدوحة.
_ELIDING = ("ل", "ول", "فل")

#: The shortest remainder (in letters) that stripping a proclitic may leave.
MIN_REST = 2


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a folded word: ``clitic`` + the name ``query``.

    ``skip`` is the folded offset where the mention starts. ``article`` is ``""`` (none),
    ``"stripped"`` (an article in the text, left out of the name) or ``"elided"`` (ل + ال
    written لل: the query restores ``ال``, the mention starts at the article's ل; before a word
    in ل the article's ل drops too, للجنة for ل + اللجنة, and the mention starts at the word).

    >>> [(r.clitic, r.query) for r in readings("للدوحه")][:3]
    [('', 'للدوحه'), ('ل', 'لدوحه'), ('ل', 'الدوحه')]
    """

    clitic: str
    query: str
    skip: int
    article: str = ""


def readings(word: str) -> list[Reading]:
    """Every reading of a folded word, the plain one first, then with a proclitic or article removed.

    >>> [(r.clitic, r.query, r.article) for r in readings("وبالموساد")]
    [('', 'وبالموساد', ''), ('و', 'بالموساد', ''), ('وب', 'الموساد', ''), ('وب', 'موساد', 'stripped')]
    """
    out = [Reading("", word, 0)]
    for clitic in PROCLITICS:
        rest = word[len(clitic) :]
        if word.startswith(clitic) and len(rest) >= MIN_REST:
            out.append(Reading(clitic, rest, len(clitic)))
    for clitic in _BEFORE_ARTICLE:
        rest = word[len(clitic) + len(ARTICLE) :]
        if word.startswith(clitic + ARTICLE) and len(rest) >= MIN_REST:
            out.append(Reading(clitic, rest, len(clitic) + len(ARTICLE), "stripped"))
    for clitic in _ELIDING:
        rest = word[len(clitic) + 1 :]
        if word.startswith(clitic + "ل") and len(rest) >= MIN_REST:
            out.append(Reading(clitic, ARTICLE + rest, len(clitic), "elided"))
            out.append(Reading(clitic + "ل", rest, len(clitic) + 1, "stripped"))
            # a word in ل loses the article's ل too: للجنة is ل + اللجنة, not ل + الجنة
            out.append(Reading(clitic, ARTICLE + word[len(clitic) :], len(clitic), "elided"))
    return out


def written_query(light: str, reading: Reading) -> str:
    """The name a reading of a word reads, as written (``light``: the word with its marks
    removed): the word from where the mention starts (after the proclitic, and after an article
    a stripped reading leaves out), with the article an elided reading restores.

    >>> written_query("للدوحة", readings("للدوحه")[2]), written_query("للجنة", readings("للجنه")[4])
    ('الدوحة', 'اللجنة')
    >>> written_query("والموساد", readings("والموساد")[2])
    'موساد'
    """
    if reading.article == "elided":
        return ARTICLE + light[len(light) - len(reading.query) + len(ARTICLE) :]
    return light[reading.skip :]
