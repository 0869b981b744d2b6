"""Names the lexicon lacks: candidate words from signals, grouped across documents into clusters.

No trained model: a word is a candidate name when the evidence adds up (see
``docs/discovery.md`` for the measurements behind each weight):

- **word signals**, the same at every occurrence: rarity as an Arabic word
  (:func:`translit.commonwords.zipf`), letters Arabic keeps for foreign sounds (گ پ چ ڤ ژ),
  endings of foreign names (-سكي، -وف، -يف ...), long vowels written inside the word, and
  letter pairs rare in ordinary Arabic words (a bigram table built from wordfreq's list);
- **context signals**, per occurrence: a title or role word before it (الرئيس، وزير الخارجية،
  المتحدث باسم، السيد ...), a verb of saying (قال، أكد، صرح ...), a known first name before it
  (the first words of the lexicon's people, and words the corpus itself writes before
  rare names), a place's or an organisation's designator before it (بلدة، نادي، وكالة ...),
  which also types the cluster.

Spellings are then grouped across the corpus: two spellings join when
:func:`translit.similarity.verify` accepts the pair (phonetic keys equal or one edit
apart, weighted edit cost within the length budget) and they share context (a document, or
a neighbouring word). The most frequent spelling seeds each cluster, so the result does not
depend on the order of the documents. A cluster's id is ``~`` and a short hash of its seed's
phonetic key: stable across runs for the same name.

Spellings close to a lexicon form but outside the matcher's budget are kept apart as
*near misses*: candidate new variants of a known entity rather than new entities.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from translit import thresholds
from translit.commonwords import frequencies, is_arabic_word_form, zipf
from translit.designators import PLACE_DESIGNATORS
from translit.index import Index
from translit.lexicon import Entity
from translit.matcher import match_span, read_whole
from translit.model import Document, Mention
from translit.orthography import TANWIN, fold, fold_with_offsets, is_arabic_letter, light_fold
from translit.phonetic import COMPOUND_PREFIXES, compact, key
from translit.similarity import derived_from, edit_cost, letters, verify
from translit.tokens import ARTICLE, PROCLITICS, Token, readings, tokenize

__all__ = [
    "Cluster",
    "Discovery",
    "NearMiss",
    "Occurrence",
    "Spelling",
    "cluster_id",
    "discover",
    "romanize",
    "word_signals",
]

# --- weights and thresholds -------------------------------------------------------
# Each weight is what one signal adds to an occurrence's score. docs/discovery.md gives
# the measurements (how often each signal fires on names and on ordinary words).

#: Shortest candidate (letters): three-letter Arabic words are too dense to tell apart.
MIN_NAME_LETTERS = 4
#: A word at least this frequent (Zipf) is an ordinary word, whatever its context
#: (حول 5.9, الذي 6.5). Names frequent in news stay below it (أوباما 4.5, بوتين 4.2).
MAX_NAME_ZIPF = 4.7
#: Rarity: a word rarer than RARE_ZIPF (wordfreq keeps no count under 3.0, so 0.0) ...
RARE_ZIPF = 3.0
W_RARE = 1.0
#: ... or merely uncommon (below UNCOMMON_ZIPF) ...
UNCOMMON_ZIPF = 4.0
W_UNCOMMON = 0.5
#: ... and a common word (at or above COMMON_ZIPF) counts against.
COMMON_ZIPF = 4.3
W_COMMON = -0.5
#: Letters Arabic uses only for foreign sounds: گ (g), پ (p), چ (ch), ڤ (v), ژ (zh).
FOREIGN_LETTERS = frozenset("گپچڤژ")
W_FOREIGN_LETTER = 1.0
#: Endings of transliterated foreign names (folded): Russian -ov/-ev, Slavic -ski,
#: -vich, German -stein/-berg, Greek -as/-os ... A word ending so gets W_FOREIGN_ENDING.
FOREIGN_ENDINGS: tuple[str, ...] = tuple(
    fold(e)
    for e in ("سكي", "وفسكي", "وف", "يف", "وفا", "يفا", "فيتش", "يتش", "شتاين", "ستاين", "بيرغ", "برغ", "بورغ", "يرز", "ينز", "ونز", "راس", "يوس", "وس")
)
W_FOREIGN_ENDING = 0.5
#: Long vowels written inside the word: foreign names spell their vowels (كاميرون، تسيبراس),
#: native words mostly do not. Share of ا و ي after the first letter, for words of
#: at least VOWEL_MIN_LETTERS letters.
VOWEL_DENSITY = 0.4
VOWEL_MIN_LETTERS = 5
W_VOWELS = 0.5
#: Letter pairs rare in ordinary Arabic: a pair seen in fewer than RARE_BIGRAM_SHARE of the
#: frequent Arabic words (Zipf >= BIGRAM_VOCAB_ZIPF) is rare; a word with at least one gets
#: W_RARE_BIGRAM (گوردون: ^گ and گو). Measured weak (docs/discovery.md), hence the small weight.
BIGRAM_VOCAB_ZIPF = 3.5
RARE_BIGRAM_SHARE = 0.0005
W_RARE_BIGRAM = 0.25

#: Native morphology: a word that is an ordinary word (Zipf >= NATIVE_STEM_ZIPF) plus an
#: attached pronoun (خارجيته = خارجية + ه، متنها = متن + ها) is not a name.
NATIVE_SUFFIXES: tuple[str, ...] = tuple(fold(x) for x in ("تهما", "تهم", "تها", "ته", "هما", "هم", "ها", "كما", "كم", "نا", "ه"))
NATIVE_STEM_ZIPF = 3.5
W_NATIVE = -1.0
#: A four-letter word starting with a present-tense prefix (يعين، تعين) and attested as an
#: Arabic word (Zipf >= RARE_ZIPF) is a verb of a three-letter root: W_NATIVE. So is a word of
#: six letters or more opening with the present tense of the tenth form (يستقطب, "attracts";
#: تستخدم): no name of the dev TSV or the bundled lexicons (10,358 words) opens so.
VERB_PREFIXES = frozenset("يتن")
TENTH_FORM_PREFIXES: tuple[str, ...] = tuple(sorted(p + "ست" for p in VERB_PREFIXES))  # يست تست نست
TENTH_FORM_MIN_LETTERS = 6
#: Other Arabic inflections of an ordinary word (Zipf >= NATIVE_STEM_ZIPF), folded: the future
#: prefix س on a verb of four letters or more with its present-tense prefix (سيواجه = س +
#: يواجه; a shorter rest is a name's: سنور, سيزن), and the feminine dual with the article
#: (الغرفتين = ال + غرفة + تين), and the plural of an adjective of relation, with the article
#: or without (دبلوماسيون = دبلوماسي + ون, الكينيون; 0.13 % of the names above end so, most of
#: them plurals too: الحوثيين):
#: W_NATIVE. So is a verb in the present tense of the plural, of six letters or more, whose
#: singular is an ordinary word (ينقلبون = ينقلب + ون, "they turn"; لم يتمكنوا): no name word of
#: the dev TSV or the bundled lexicons has that shape (three of five letters do: تورون, ناروا).
#: Not the accusative alif (ضغوطا = ضغوط + ا): foreign
#: names end in a after a name as often (كريستينا, فريدا, سارا).
FUTURE_PREFIX = "س"
FUTURE_VERB_MIN_LETTERS = 4
DUAL_ENDINGS: tuple[str, ...] = ("تين", "تان")
NISBA_PLURAL_ENDINGS: tuple[str, ...] = ("يون", "يين")
PLURAL_VERB_ENDINGS: tuple[str, ...] = ("ون", "وا")
PLURAL_VERB_MIN_LETTERS = 6
#: Ta marbuta written at the end (مسبوقة، هضبة): Arabic feminine nouns and adjectives;
#: foreign names end in ا instead (ماريا، أنجيلا).
W_TA_MARBUTA = -0.5
#: Lexicon first names more frequent than this (Zipf) are ordinary words too often (غير،
#: بيت، علي = على) to serve as first-name cues.
FIRST_NAME_MAX_ZIPF = 5.5

#: A title or role word before the name (skipping nisba adjectives and a first name).
W_TITLE = 1.5
#: A verb of saying before the name (قال كيري): weaker, subjects are often not names (قال مصدر).
W_SAYING = 0.5
#: A known first name right before the word (جون كيري).
W_FIRST_NAME = 1.0
#: A surname particle opening the word (دي بروين, فان غال; see SURNAME_PARTICLES): the context
#: of a European person's name, as a first name is.
W_PARTICLE = 1.0
#: A designator right before the word, of a place (مدينة, بلدة ...: translit.designators) or
#: of an organisation (نادي, شركة, حزب ...: ORGANISATION_DESIGNATORS): بلدة صدد, نادي هجر.
W_DESIGNATOR = 1.0

#: A spelling is a candidate at all only when one of its occurrences scores this much
#: (word and context signals together).
MIN_OCCURRENCE_SCORE = 1.5
#: A cluster becomes a discovered entity when the mean score of its occurrences reaches
#: this, and it has at least MIN_CLUSTER_MENTIONS occurrences.
MIN_CLUSTER_SCORE = 1.5
MIN_CLUSTER_MENTIONS = 2
#: Context signals must back a cluster: the share of its occurrences with a title, verb of
#: saying or first name must reach MIN_CONTEXT_SHARE (letter patterns alone also fire on
#: rare native words and typos).
MIN_CONTEXT_SHARE = 0.2
#: Words either side of an occurrence that make its context (for "shares context").
CONTEXT_WINDOW = 3
#: Context words at or above this Zipf are function words and do not count as shared context.
CONTEXT_STOP_ZIPF = 5.5

#: A near miss: a spelling whose weighted edit cost to a lexicon form exceeds the matcher's
#: budget by at most NEAR_MISS_SLACK (so it did not link), and is a rare word (Zipf under RARE_ZIPF).
NEAR_MISS_SLACK = 0.5
NEAR_MISS_MAX_ZIPF = RARE_ZIPF
#: ... and, when only a shared document backs it (no first name), at most this much over.
NEAR_MISS_DOC_SLACK = 0.25

#: A part of a lexicon name written alone in quotation marks, in a document that names its
#: entity (عاصفة الحزم ... «الحزم»), is proposed as a ``nearby`` form when it has at least
#: this many letters and is no designator, given name or form of the lexicon. Quotation marks
#: are the evidence: unquoted parts of the names a document mentions are mostly descriptions
#: (القوات, المملكة, الأوروبية; docs/discovery.md, "Parts written alone").
MIN_PART_LETTERS = 3

#: Length of the hexadecimal hash in a provisional id (``~`` + this many characters).
CLUSTER_ID_LENGTH = 8
#: Score reported for a cluster mention: the cluster score divided by this, at most 1.
CLUSTER_SCORE_SCALE = 4.0

# --- word lists (written naturally, folded at import) ----------------------------------

_TITLES_RAW = (
    "الرئيس", "رئيس", "رئيسة", "الرئيسة", "نائب", "وزير", "وزيرة", "الوزير", "الوزيرة", "وزير الخارجية",
    "وزير الدفاع", "وزير الداخلية", "رئيس الوزراء", "رئيس الحكومة", "المتحدث باسم", "المتحدثة باسم",
    "المتحدث", "الناطق باسم", "الناطق", "السيد", "السيدة", "الشيخ", "الملك", "الأمير", "الأميرة",
    "السفير", "السفيرة", "الجنرال", "اللواء", "العميد", "العقيد", "الفريق", "المشير", "الدكتور",
    "الدكتورة", "المستشار", "المستشارة", "المبعوث", "المبعوثة", "الأمين العام", "المدرب", "اللاعب",
    "النجم", "الفنان", "الفنانة", "المخرج", "الكاتب", "الكاتبة", "الروائي", "الشاعر", "البروفسور",
    "البروفيسور", "زعيم", "الزعيم", "قائد", "القائد", "مدير", "المدير", "محافظ", "حاكم", "الحاكم",
    "عضو الكونغرس", "السيناتور", "النائب", "المرشح", "المرشحة", "المستشارة الألمانية", "البابا",
    "الإمام", "المطران", "القس", "الحاخام", "مدرب الفريق", "قائد الفريق",
)
_SAYING_RAW = (
    "قال", "وقال", "قالت", "وقالت", "أكد", "وأكد", "أكدت", "وأكدت", "صرح", "وصرح", "صرحت", "وصرحت",
    "أوضح", "وأوضح", "أوضحت", "وأوضحت", "أضاف", "وأضاف", "أضافت", "وأضافت", "أشار", "وأشار", "أشارت",
    "وأشارت", "أعلن", "وأعلن", "أعلنت", "وأعلنت", "يقول", "ويقول", "تقول", "وتقول", "اعتبر", "واعتبر",
    "رأى", "ورأى", "شدد", "وشدد", "لفت", "ولفت", "كشف", "وكشف", "دعا", "ودعا", "طالب", "وطالب",
    "التقى", "والتقى", "استقبل", "واستقبل",
)
TITLES: frozenset[str] = frozenset(fold(t) for t in _TITLES_RAW)
SAYING_VERBS: frozenset[str] = frozenset(fold(v) for v in _SAYING_RAW)
#: Words before a place name (for guessing a cluster's type).
_PLACE_CUES = frozenset(fold(w) for w in ("في", "الى", "إلى", "من", "مدينة", "بلدة", "قرية", "منطقة", "محافظة", "ولاية", "عاصمة", "جزيرة", "شمال", "جنوب", "شرق", "غرب"))
_MAX_TITLE_WORDS = max(len(t.split()) for t in TITLES)

#: Words that open an organisation's name, as written: the organisation is named by the word
#: after it (نادي هجر, شركة ماكدونالدز). Not مجموعة, هيئة or حركة, as often "a group of",
#: "a form", "a movement" before an ordinary word.
_ORGANISATION_DESIGNATORS_RAW = (
    "نادي", "فريق", "شركة", "حزب", "جماعة", "تنظيم", "صحيفة", "جريدة", "مجلة", "وكالة", "قناة",
    "مصرف", "بنك", "جامعة", "منظمة", "جمعية", "مؤسسة",
)
#: Folded -> as written (for the full form a suggestion proposes: وكالة يونهاب). The place
#: designators are translit.designators.PLACE_DESIGNATORS.
ORGANISATION_DESIGNATORS: dict[str, str] = {fold(w): w for w in _ORGANISATION_DESIGNATORS_RAW}

_LONG_VOWELS = frozenset("اوي")


# --- word signals ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _native_bigrams() -> tuple[dict[str, int], int]:
    """Letter pairs (with ^ and $ for word edges) -> number of frequent Arabic words holding them."""
    counts: Counter[str] = Counter()
    n = 0
    for word, z in frequencies().items():
        if z < BIGRAM_VOCAB_ZIPF or not all(is_arabic_letter(c) for c in word):
            continue
        n += 1
        padded = f"^{word}$"
        counts.update({padded[i : i + 2] for i in range(len(padded) - 1)})
    return dict(counts), n


def rare_bigrams(word: str) -> list[str]:
    """The letter pairs of a folded word that are rare in ordinary Arabic words.

    >>> rare_bigrams("گوردون")
    ['^گ', 'گو']
    >>> rare_bigrams("الحكومه")
    []
    """
    counts, n = _native_bigrams()
    floor = RARE_BIGRAM_SHARE * n
    padded = f"^{word}$"
    return [padded[i : i + 2] for i in range(len(padded) - 1) if counts.get(padded[i : i + 2], 0) < floor]


@lru_cache(maxsize=65536)
def word_signals(word: str, surface: str = "") -> dict[str, float]:
    """The signals one folded word gives on its own, each with its weight.

    ``surface`` (the word as written) is checked for foreign letters too, in case the
    caller folds them away.

    >>> word_signals("تسيبراس")
    {'rare': 1.0, 'foreign-ending': 0.5}
    >>> word_signals("الحكومه")
    {'common': -0.5}
    """
    out: dict[str, float] = {}
    z = zipf(word)
    if z < RARE_ZIPF:
        out["rare"] = W_RARE
    elif z < UNCOMMON_ZIPF:
        out["uncommon"] = W_UNCOMMON
    elif z >= COMMON_ZIPF:
        out["common"] = W_COMMON
    if FOREIGN_LETTERS.intersection(word + surface):
        out["foreign-letter"] = W_FOREIGN_LETTER
    if any(word.endswith(e) and len(word) - len(e) >= 2 for e in FOREIGN_ENDINGS):
        out["foreign-ending"] = W_FOREIGN_ENDING
    body = word.replace(" ", "")
    if len(body) >= VOWEL_MIN_LETTERS and sum(c in _LONG_VOWELS for c in body[1:]) / len(body) >= VOWEL_DENSITY:
        out["long-vowels"] = W_VOWELS
    if rare_bigrams(body):
        out["rare-bigram"] = W_RARE_BIGRAM
    if native_stem(word, surface):
        out["native-suffix"] = W_NATIVE
    elif inflected_stem(word):
        out["native-inflection"] = W_NATIVE
    elif (len(word) == 4 and word[0] in VERB_PREFIXES and z >= RARE_ZIPF) or (
        len(word) >= TENTH_FORM_MIN_LETTERS and word.startswith(TENTH_FORM_PREFIXES)
    ):
        out["verb-shape"] = W_NATIVE
    if surface.endswith("ة"):
        out["ta-marbuta"] = W_TA_MARBUTA
    return out


_HAMZA = "\u0621"  # ء
#: A hamza as written before a pronoun: on a yeh or waw seat, or alone (إعفائه, آراؤهم, إعفاءه).
_WRITTEN_HAMZAS = frozenset("\u0626\u0624\u0621")  # ئ ؤ ء


def native_stem(word: str, written: str = "") -> str:
    """The ordinary word a folded word is built on with an attached pronoun, or ``""``. A
    final ة is written ت before the pronoun, a final hamza on a seat (آراؤهم = آراء + هم,
    folded اراوهم). With the word as ``written``, the seat must be written: علاوه (Allaoua) is
    no علاء + ه; and a hamza written right before the pronoun (إعفائه, إعفاءه = إعفاء + ه)
    makes the word Arabic whenever its stem is attested at all (Zipf >= RARE_ZIPF): no foreign
    name ends so.

    >>> native_stem("خارجيته"), native_stem("متنها"), native_stem("اراوهم"), native_stem("تسيبراس")
    ('خارجي', 'متن', 'اراء', '')
    >>> native_stem("اعفايه", "إعفائه"), native_stem("اعفايه"), native_stem("علاوه", "علاوه")
    ('اعفاء', '', '')
    """
    light = light_fold(written)
    for suffix in NATIVE_SUFFIXES:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        # the letter before the pronoun as written, counted from the end (a clitic may lead)
        hamza = light[-len(suffix) - 1 : -len(suffix)] in _WRITTEN_HAMZAS if light else None
        seated = stem[:-1] + _HAMZA if stem[-1] in "وي" and hamza is not False else ""  # ؤ, ئ fold onto و, ي
        for candidate in (stem, stem[:-1] + "ه" if stem.endswith("ت") else "", seated):
            if candidate and zipf(candidate) >= NATIVE_STEM_ZIPF:
                return candidate
        candidate = seated or (stem if stem.endswith(_HAMZA) else "")
        if hamza and candidate and zipf(candidate) >= RARE_ZIPF:
            return candidate
    return ""


def inflected_stem(word: str) -> str:
    """The ordinary word a folded word inflects with the future prefix, the feminine dual with
    the article, the plural of an adjective of relation or the plural of a verb in the present
    tense (see FUTURE_PREFIX, DUAL_ENDINGS, NISBA_PLURAL_ENDINGS, PLURAL_VERB_ENDINGS), or ``""``.

    >>> inflected_stem("سيواجه"), inflected_stem("الغرفتين"), inflected_stem("دبلوماسيون"), inflected_stem("الكينيون")
    ('يواجه', 'غرفه', 'دبلوماسي', 'كيني')
    >>> inflected_stem("ينقلبون")
    'ينقلب'
    >>> inflected_stem("سنور"), inflected_stem("سالم"), inflected_stem("سيناء"), inflected_stem("تيلرسون")
    ('', '', '', '')
    """
    candidates = []
    if word.startswith(FUTURE_PREFIX) and word[1:2] in VERB_PREFIXES and len(word) - 1 >= FUTURE_VERB_MIN_LETTERS:
        candidates.append(word[1:])
    if word[:1] in VERB_PREFIXES and len(word) >= PLURAL_VERB_MIN_LETTERS:
        candidates += [word[: -len(e)] for e in PLURAL_VERB_ENDINGS if word.endswith(e)]
    if word.startswith(ARTICLE):
        candidates += [word[len(ARTICLE) : -len(e)] + "ه" for e in DUAL_ENDINGS if word.endswith(e)]
    bare = word.removeprefix(ARTICLE)  # الكينيون, "the Kenyans", as كينيون
    candidates += [bare[: -len(e)] + "ي" for e in NISBA_PLURAL_ENDINGS if bare.endswith(e)]
    return next((c for c in candidates if len(c) >= 3 and zipf(c) >= NATIVE_STEM_ZIPF), "")


def nisba_of(word: str, known) -> str:  # type: ignore[no-untyped-def]
    """The word a nisba adjective with the article is built on (الكروي <- كره، القبرصي <- قبرص),
    when that word is ordinary or ``known`` (a callable: is it a lexicon form?), else ``""``.

    >>> nisba_of("القبرصي", lambda w: False)
    'قبرص'
    """
    if not word.startswith("ال"):
        # without the article only a nisba of a common word counts (وزيري <- وزير، أوروبي <- أوروبا)
        if word.endswith("ي") and any(zipf(c) >= COMMON_ZIPF for c in (word[:-1], word[:-1] + "ا")):
            return word[:-1]
        return ""
    for suffix in ("يه", "ي"):
        if word.endswith(suffix):
            stem = word[2 : -len(suffix)]
            for candidate in (stem, stem + "ه", stem + "ا", stem + "يا", stem[:-2] if stem.endswith("ان") else ""):
                if len(candidate) >= 3 and (zipf(candidate) >= RARE_ZIPF or known(candidate)):
                    return candidate
    return ""


# --- romanization (a labelled fallback, never an English form) ----------------------------

_ROMAN: dict[str, str] = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y", "ء": "'", "ة": "a", "ى": "a", "گ": "g", "پ": "p", "چ": "ch", "ڤ": "v", "ژ": "zh",
}


def romanize(name: str) -> str:
    """A letter-by-letter Latin label for an Arabic name: a fallback, not an English form.

    و and ي between letters read as the vowels u and i, ه at the end as a; words are capitalised.

    >>> romanize("ماكغورك"), romanize("تسيبراس"), romanize("الحوثي")
    ('Makghurk', 'Tsibras', 'Al-Huthi')
    """
    out: list[str] = []
    for word in fold(name).split():
        prefix = ""
        if word.startswith("ال") and len(word) > 3:
            prefix, word = "al-", word[2:]
        chars: list[str] = []
        for i, ch in enumerate(word):
            if ch in "وي" and i > 0:
                chars.append("u" if ch == "و" else "i")
            elif ch == "ه" and i == len(word) - 1 and i > 0 or ch == "ا" and i == 0:
                chars.append("a")
            else:
                chars.append(_ROMAN.get(ch, ""))
        latin = "".join(chars).strip("'")
        out.append((prefix + latin).capitalize() if not prefix else "Al-" + latin.capitalize())
    return " ".join(w for w in out if w)


def cluster_id(seed: str) -> str:
    """The provisional id of a cluster: ``~`` and a short hash of its seed spelling's phonetic key.

    >>> cluster_id("تسيبراس") == cluster_id("تسبيراس")
    True
    >>> cluster_id("تسيبراس").startswith("~")
    True
    """
    digest = hashlib.sha1(key(seed).encode("utf-8")).hexdigest()
    return "~" + digest[:CLUSTER_ID_LENGTH]


# --- data ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Occurrence:
    """One candidate word in one document: token span, offsets into the text, spelling, signals."""

    doc: int
    first: int  # token index (inclusive)
    last: int  # token index (exclusive)
    start: int  # str offsets into the document text, proclitic left out
    end: int
    spelling: str  # folded, proclitic removed
    surface: str
    clitic: str
    context: tuple[str, ...]  # context signals that fired: title, saying, first-name
    score: float
    before: str = ""  # the folded word right before (same line), for full forms and first names
    before_surface: str = ""  # ... as written
    place_cue: bool = False
    designator: str = ""  # the designator right before, folded (نادي, بلده), clitic read off
    followed_by_name: bool = False  # a rare name-shaped word follows on the same line (إيريكا بيكر)


@dataclass
class Spelling:
    """All occurrences of one folded spelling across the corpus."""

    text: str
    occurrences: list[Occurrence] = field(default_factory=list)
    context_words: set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return len(self.occurrences)

    @property
    def docs(self) -> set[int]:
        return {o.doc for o in self.occurrences}

    def surface(self) -> str:
        """The most frequent way the texts write it (diacritics and tatweel removed)."""
        forms = Counter(_clean(o.surface) for o in self.occurrences)
        return min(forms, key=lambda f: (-forms[f], f))


@dataclass
class Cluster:
    """Spellings of one unknown name, grouped across the corpus."""

    id: str
    spellings: list[Spelling]
    label: str = ""  # romanized fallback, never an English form
    score: float = 0.0
    type: str = "other"
    full_form: str = ""  # a first name + this name, when the corpus writes one consistently

    @property
    def occurrences(self) -> list[Occurrence]:
        return [o for s in self.spellings for o in s.occurrences]

    @property
    def count(self) -> int:
        return sum(s.count for s in self.spellings)

    @property
    def docs(self) -> set[int]:
        return {o.doc for o in self.occurrences}

    @property
    def context_share(self) -> float:
        occ = self.occurrences
        return sum(1 for o in occ if o.context) / len(occ) if occ else 0.0


@dataclass
class NearMiss:
    """A spelling that is close to a lexicon form but did not link: a candidate new variant;
    or a part of a lexicon form written alone in quotation marks where its entity is named (a
    candidate ``nearby`` form, ``cost`` 0)."""

    spelling: Spelling
    entity_id: str
    form: str  # the lexicon form it is close to, or part of, as written there
    field: str  # "variants", "short" or "nearby": where the spelling would go
    cost: float


@dataclass
class Discovery:
    """What :func:`discover` found: clusters (best first) and near misses (most frequent first)."""

    clusters: list[Cluster]
    near_misses: list[NearMiss]
    tokens: list[list[Token]]

    def mentions(self, doc: int) -> list[Mention]:
        """The cluster mentions of document ``doc``, in text order."""
        out: list[Mention] = []
        for c in self.clusters:
            score = round(min(1.0, c.score / CLUSTER_SCORE_SCALE), 4)
            for o in c.occurrences:
                if o.doc == doc:
                    canonical = c.spellings[0].surface()
                    out.append(Mention(o.start, o.end, o.surface, c.id, c.label, c.type, score, "cluster", o.spelling, o.clitic, canonical, en_romanized=True))
        return sorted(out, key=lambda m: m.start)

    def with_clusters(self, documents: Sequence[Document]) -> list[Document]:
        """The documents with their cluster mentions added to the lexicon mentions."""
        return [replace(d, mentions=tuple(sorted((*d.mentions, *self.mentions(n)), key=lambda m: m.start))) for n, d in enumerate(documents)]


# --- detection -----------------------------------------------------------------------------


def _clean(surface: str) -> str:
    """The surface without diacritics, tatweel and invisible marks (letters as written)."""
    return "".join(c for c in surface if is_arabic_letter(c) or c == " ")


def _is_name_shaped(folded: str) -> bool:
    return letters(folded) >= MIN_NAME_LETTERS and all(is_arabic_letter(c) or c == " " for c in folded)


def _base(token: Token, vocabulary: Counter[str]) -> tuple[str, int]:
    """The name in a word and where it starts (folded offset): a proclitic is removed when the
    corpus writes the rest on its own at least as often as the whole word (وكيري -> كيري)."""
    word = token.folded
    best, skip = word, 0
    best_count = vocabulary.get(word, 0)
    for clitic in PROCLITICS:
        rest = word[len(clitic) :]
        if word.startswith(clitic) and letters(rest) >= MIN_NAME_LETTERS and vocabulary.get(rest, 0) >= max(best_count, 1):
            best, skip, best_count = rest, len(clitic), vocabulary[rest]
    return best, skip


def _context(tokens: Sequence[Token], i: int, first_names: frozenset[str], is_candidate) -> tuple[tuple[str, ...], str, bool, str]:  # type: ignore[no-untyped-def]
    """Context signals of the word at ``i``: a title (skipping nisba adjectives and a first
    name), a verb of saying, a first name right before, a designator right before. Returns
    (signals, word before, place cue, designator)."""
    signals: list[str] = []
    before = tokens[i - 1].folded if i > 0 and tokens[i].linked else ""
    if before and _first_name(tokens[i - 1], first_names):
        signals.append("first-name")
    j = i
    skipped_name = False
    while j > 0 and tokens[j].linked:
        prev = tokens[j - 1].folded
        adjective = prev.startswith("ال") and prev.endswith(("ي", "يه"))
        if adjective or (not skipped_name and j == i and is_candidate(prev)) or prev in first_names:
            skipped_name = skipped_name or not adjective
            j -= 1
            continue
        break
    for n in range(1, _MAX_TITLE_WORDS + 1):
        if j - n < 0:
            break
        if not all(tokens[k].linked for k in range(j - n + 1, j + 1)):
            break
        if n == 1 and j >= 2 and tokens[j - 1].linked and f"{tokens[j - 2].folded} {tokens[j - 1].folded}" in TITLES:
            continue  # مدرب الفريق, "the team's coach": a title of two words whose second is one too
        phrase = " ".join(tokens[k].folded for k in range(j - n, j))
        if phrase in TITLES or _strip_clitic(phrase) in TITLES:
            if not _construct_after_a_title(phrase, tokens[i].folded if j == i else "") and not _noun_after_a_rank(phrase, tokens[j].folded):
                signals.append("title")
            break
    if i > 0 and tokens[i].linked:
        prev = tokens[i - 1].folded
        if prev in SAYING_VERBS or (j < i and j > 0 and tokens[j].linked and tokens[j - 1].folded in SAYING_VERBS):
            signals.append("saying")
    place = bool(before) and before in _PLACE_CUES
    designator = _designator(before) if before and not _adjective_or_construct(tokens[i].folded) else ""
    if designator:
        signals.append("designator")
    return tuple(signals), before, place, designator


def _first_name(token: Token, first_names: frozenset[str]) -> bool:
    """True when a word is one of the lexicon's first names (:func:`_first_names`), perhaps
    after و or ف (وخالد), unless the word is a word in its own right rather than the conjunction
    and the name (:func:`translit.matcher.read_whole`): وجود is "existence", not و + Jude."""
    if token.folded in first_names:
        return True
    rest = _strip_clitic(token.folded)
    return rest != token.folded and rest in first_names and not read_whole(token.light, token.light[:1], token.light[1:])


def _construct_after_a_title(title: str, word: str) -> bool:
    """True when a folded one-word title without the article comes right before a word with
    the article: the two are a construct, the word what the title heads, not a name (وزير
    البترول, "the petroleum minister"; زعيم الحوثيين). ``word`` is "" when words were skipped
    between them. A name after a title with the article (السفير الجبير) or after a title of
    several words (وزير الخارجية الجبير) keeps the signal."""
    return bool(word) and " " not in title and not _strip_clitic(title).startswith(ARTICLE) and word.startswith(ARTICLE)


#: Military ranks that are also everyday nouns, folded: before a word with the article they are
#: the noun and its adjective, not a rank before a name (a rank precedes a given name).
_RANKS_THAT_ARE_NOUNS: frozenset[str] = frozenset(
    {
        fold("الفريق"),  # "the team": الفريق المضيف, "the host team" (the rank: الفريق سامي عنان)
        fold("اللواء"),  # "the brigade": اللواء الخامس, "the fifth brigade" (the rank: اللواء خليفة حفتر)
    }
)


def _noun_after_a_rank(title: str, word: str) -> bool:
    """True when a rank that is also a noun (:data:`_RANKS_THAT_ARE_NOUNS`) comes right before a
    folded word with the article: الفريق المحايد is "the neutral team", not a general.

    >>> _noun_after_a_rank("الفريق", "المضيف"), _noun_after_a_rank("الفريق", "حفتر"), _noun_after_a_rank("الرييس", "السيسي")
    (True, False, False)
    """
    return _strip_clitic(title) in _RANKS_THAT_ARE_NOUNS and word.startswith(ARTICLE)


def _adjective_or_construct(word: str) -> bool:
    """True when a folded word ending in ي is an attested word, or one with ة, plus that ي: an
    adjective (فريق إغاثي, "a relief team": إغاثة) or a plural in a construct (جمعية صانعي
    السينما, "the film-makers' society": صانع), not the name a designator opens.

    >>> _adjective_or_construct("اغاثي"), _adjective_or_construct("صانعي"), _adjective_or_construct("زاركلي")
    (True, True, False)
    """
    stem = word[:-1]
    return word.endswith("ي") and any(zipf(w) >= RARE_ZIPF for w in (stem, stem + "ه"))


def _designator(before: str) -> str:
    """The place or organisation designator a folded word is, perhaps after a proclitic (لنادي,
    وبلدة), without it; ``""`` for none.

    >>> _designator("لنادي"), _designator("وبلده"), _designator("قال")
    ('نادي', 'بلده', '')
    """
    for word in (before, before[1:] if before[:1] in PROCLITICS else ""):
        if word in ORGANISATION_DESIGNATORS or word in PLACE_DESIGNATORS:
            return word
    return ""


#: Particles that open a European surname (دي ماريا, فان غال, ديل روساريو, دا سيلفا). The
#: surname is the particle and the word after it: the word alone is often an ordinary word or a
#: given name (غال "expensive", ماريا). Compared as written (marks removed): فإن ("so indeed")
#: folds onto فان, لدى ("at") onto ل + دي.
SURNAME_PARTICLES = frozenset(("دي", "دا", "دو", "دوس", "ديل", "دل", "فان", "فون"))
#: The one proclitic read off a particle: و ("and"). لدي is "I have", بدا "it seemed".
_PARTICLE_CLITICS = ("", "\u0648")  # و


def _particle_clitic(written: str) -> int | None:
    """The length of the proclitic before a surname particle a word is, as written (0 for none:
    دي; 1 for ودي), or None when the word is no particle."""
    return next((len(c) for c in _PARTICLE_CLITICS if written.startswith(c) and written[len(c) :] in SURNAME_PARTICLES), None)


def _particle_surname(tokens: Sequence[Token], i: int, covered: set[int]) -> int | None:
    """The length of the proclitic before a surname particle at ``i`` (0 for none), when the
    particle opens a surname: the next word, on the same line and not part of a lexicon mention,
    is name-shaped (three letters or more: not إف in بي دي إف), neither a frequent word nor
    written with the article, and no particle itself; None otherwise."""
    if i + 1 >= len(tokens) or i + 1 in covered or not tokens[i + 1].linked:
        return None
    skip, nxt = _particle_clitic(tokens[i].light), tokens[i + 1].folded
    if skip is None or not all(is_arabic_letter(c) for c in nxt) or letters(nxt) < 3:
        return None
    if nxt.startswith(ARTICLE) or zipf(nxt) >= MAX_NAME_ZIPF or _particle_clitic(tokens[i + 1].light) is not None:
        return None  # دي ديل: a particle is no surname (two particles, دي لا, are left to the second)
    return skip


def _occurrence(d: int, doc: Document, tokens: Sequence[Token], span: tuple[int, int, int], base: str, first_names: frozenset[str], plausible, extra: tuple[str, ...] = ()) -> Occurrence:  # type: ignore[no-untyped-def]
    """The occurrence of spelling ``base`` over tokens ``[first, last)`` of document ``d``,
    ``skip`` folded letters of the first token left out (a proclitic): its word and context
    signals (``extra`` adds context signals of its own), offsets and neighbours."""
    first, last, skip = span
    tok = tokens[first]
    signals, before, place, designator = _context(tokens, first, first_names, plausible)
    signals += extra
    written = " ".join(t.text for t in tokens[first:last])
    score = sum(word_signals(base, written).values()) + sum(_CONTEXT_WEIGHTS[s] for s in signals)
    start, end = tok.start + fold_with_offsets(tok.text).offsets[skip], tokens[last - 1].end
    before_surface = _clean(tokens[first - 1].text) if before else ""
    nxt = tokens[last] if last < len(tokens) and tokens[last].linked else None
    followed = nxt is not None and zipf(nxt.folded) < RARE_ZIPF and plausible(nxt.folded)
    return Occurrence(d, first, last, start, end, base, doc.text[start:end], doc.text[tok.start : start], signals, score, before, before_surface, place, designator, followed)


def _strip_clitic(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def _first_names(index: Index) -> frozenset[str]:
    """The lexicon's given names (:attr:`translit.index.Index.given_names`: no title, function
    word or noun such as باسم, "in the name of"), folded, that may serve as first-name cues: of
    three letters at least, no first word of a compound name (عبد), and no ordinary word as
    frequent as FIRST_NAME_MAX_ZIPF."""
    return frozenset(
        name
        for name in index.given_names
        if letters(name) >= 3 and name not in COMPOUND_PREFIXES and name not in TITLES and zipf(name) < FIRST_NAME_MAX_ZIPF
    )


_CONTEXT_WEIGHTS = {"title": W_TITLE, "saying": W_SAYING, "first-name": W_FIRST_NAME, "particle": W_PARTICLE, "designator": W_DESIGNATOR}
#: The context signals of a person's name (a designator's is a place's or an organisation's).
_PERSON_SIGNALS = frozenset(("title", "saying", "first-name", "particle"))


def _near_misses(index: Index, spelling: str) -> list[tuple[float, Entity, str, str]]:
    """Lexicon forms a spelling narrowly misses, closest first: (cost, entity, form as written,
    field the spelling would go into)."""
    if zipf(spelling) >= NEAR_MISS_MAX_ZIPF or is_arabic_word_form(spelling, thresholds.COMMON_WORD_ZIPF):
        return []  # a common word, or one Arabic explains (أميركيا: أميركي + the accusative alif)
    n_words = len(spelling.split())
    out: dict[str, tuple[float, Entity, str, str]] = {}
    for form in index.candidates(key(spelling)):
        if len(form.folded.split()) != n_words or form.folded == spelling:
            continue
        if derived_from(spelling, form.folded) or derived_from(form.folded, spelling):
            continue  # an adjective of the name (قطري), or the name of an adjective form
        n = min(letters(spelling), letters(form.folded))
        if n < MIN_NAME_LETTERS:
            continue
        cost = edit_cost(spelling, form.folded)
        if cost > thresholds.budget(n) + NEAR_MISS_SLACK:
            continue
        cand = (cost, form.entity, form.text, "short" if form.is_short else "variants")
        current = out.get(form.entity.id)
        if current is None or cand[0] < current[0]:
            out[form.entity.id] = cand
    return sorted(out.values(), key=lambda c: (c[0], c[1].id))


def _first_words_of(entity: Entity) -> set[str]:
    """The folded words that stand right before a last word in the entity's full forms."""
    out = set()
    for form in entity.full_forms:
        words = fold(form).split()
        if len(words) >= 2:
            out.add(words[-2])
    return out


def _supported(spelling: Spelling, entity: Entity, form: str, cost: float, named_in: dict[str, set[int]]) -> bool:
    """A near miss must share context with its entity: for a person, the entity's own first name
    right before it (دونالد تاسك for دونالد توسك), or -- when it is at most NEAR_MISS_DOC_SLACK over the
    budget and written at least MIN_CLUSTER_MENTIONS times -- a document that names the entity."""
    occ = spelling.occurrences
    if entity.type == "person" and any(o.before in _first_words_of(entity) for o in occ):
        return True
    if sum(o.followed_by_name for o in occ) * 2 > len(occ):
        return False  # the first word of some longer unknown name (إيريكا بيكر is not أمريكا)
    n = min(letters(spelling.text), letters(compact(fold(form))))
    close = cost <= thresholds.budget(max(n, MIN_NAME_LETTERS)) + NEAR_MISS_DOC_SLACK
    return close and spelling.count >= MIN_CLUSTER_MENTIONS and bool(spelling.docs & named_in.get(entity.id, set()))


def discover(index: Index, documents: Sequence[Document], exclude: frozenset[str] = frozenset()) -> Discovery:
    """Find unknown names in normalized documents (their lexicon mentions already found).

    Takes the lexicon index and the documents of one corpus; returns the clusters of unknown
    names and the near misses of lexicon forms. ``exclude`` holds folded spellings a
    maintainer has rejected as names (they never form or join a cluster).
    """
    tokens = [tokenize(d.text) for d in documents]
    vocabulary: Counter[str] = Counter(t.folded for toks in tokens for t in toks)
    first_names = _first_names(index)

    def known(word: str) -> bool:
        return bool(index.exact_forms(word) or match_span(index, word))

    plausible_cache: dict[str, bool] = {}

    def plausible(word: str) -> bool:
        ok = plausible_cache.get(word)
        if ok is None:
            ok = _is_name_shaped(word) and zipf(word) < MAX_NAME_ZIPF and not index.exact_forms(word) and not nisba_of(word, known)
            plausible_cache[word] = ok
        return ok

    def ordinary_reading(word: str) -> bool:
        """A preposition and the article glued to an attested word (للإغاثة = لل + إغاثة):
        names rarely take the article after a proclitic."""
        return any(r.clitic and r.article and zipf(r.query if r.article == "elided" else ARTICLE + r.query) >= RARE_ZIPF for r in readings(word))

    covered_by_doc = [_covered(doc, toks) for doc, toks in zip(documents, tokens)]
    occurrences: list[Occurrence] = []
    for d, (doc, toks) in enumerate(zip(documents, tokens)):
        covered = covered_by_doc[d]
        taken: set[int] = set()  # the word after a surname particle, read with it
        for i, tok in enumerate(toks):
            if i in covered or i in taken:
                continue
            skip = _particle_surname(toks, i, covered)
            if skip is not None:
                taken.add(i + 1)
                base = f"{tok.folded[skip:]} {toks[i + 1].folded}"
                occurrences.append(_occurrence(d, doc, toks, (i, i + 2, skip), base, first_names, plausible, ("particle",)))
                continue
            base, skip = _base(tok, vocabulary)
            if not plausible(base) or base in exclude or ordinary_reading(base):
                continue
            if base.startswith("ال") and base[2:] in first_names:
                continue
            occurrences.append(_occurrence(d, doc, toks, (i, i + 1, skip), base, first_names, plausible))

    # A spelling the corpus writes with tanwin anywhere (ثلاثيًا, هاتفيًا) is an indefinite Arabic
    # noun or adjective, as its writer marks it: none of its occurrences is a name.
    marked = {o.spelling for o in occurrences if not TANWIN.isdisjoint(o.surface)}
    occurrences = [o for o in occurrences if o.spelling not in marked]
    spellings: dict[str, Spelling] = {}
    for o in occurrences:
        s = spellings.setdefault(o.spelling, Spelling(o.spelling))
        s.occurrences.append(o)
        toks = tokens[o.doc]
        for k in range(max(0, o.first - CONTEXT_WINDOW), min(len(toks), o.last + CONTEXT_WINDOW)):
            w = toks[k].folded
            if not (o.first <= k < o.last) and zipf(w) < CONTEXT_STOP_ZIPF and letters(w) >= 3:
                s.context_words.add(w)

    # A spelling is a candidate when at least one of its occurrences scores enough on its own;
    # then all its occurrences count (a name keeps its weak contexts once it is a name).
    candidates = [s for s in spellings.values() if max(o.score for o in s.occurrences) >= MIN_OCCURRENCE_SCORE]
    # Rare spellings without such an occurrence may still join a cluster (never seed one): the
    # second spelling of a name is often written once, without a title before it.
    chosen = {id(s) for s in candidates}
    satellites = [s for s in spellings.values() if id(s) not in chosen and word_signals(s.text).get("rare", 0.0) > 0]
    near: list[NearMiss] = []
    clusterable: list[Spelling] = []
    named_in: dict[str, set[int]] = defaultdict(set)
    for d, doc in enumerate(documents):
        for m in doc.mentions:
            named_in[m.id].add(d)
    for s in candidates:
        supported = [h for h in _near_misses(index, s.text) if _supported(s, h[1], h[2], h[0], named_in)]
        if supported:
            cost, entity, form, where = supported[0]
            near.append(NearMiss(s, entity.id, form, where, cost))
        else:
            clusterable.append(s)
    near += _quoted_parts(index, documents, tokens, covered_by_doc)
    near.sort(key=lambda n: (-n.spelling.count, n.spelling.text, n.entity_id))

    clusters = _cluster(clusterable, satellites)
    kept: list[Cluster] = []
    for c in clusters:
        occ = c.occurrences
        c.score = round(sum(o.score for o in occ) / len(occ), 4)
        if c.count < MIN_CLUSTER_MENTIONS or c.score < MIN_CLUSTER_SCORE or c.context_share < MIN_CONTEXT_SHARE:
            continue
        c.label = romanize(c.spellings[0].surface())
        c.type = _guess_type(occ)
        c.full_form = _full_form(c, first_names)
        kept.append(c)
    _dedupe_ids(kept)
    kept.sort(key=lambda c: (-c.count, -c.score, c.id))
    return Discovery(kept, near, tokens)


@lru_cache(maxsize=4096)
def _parts(entity: Entity) -> dict[str, str]:
    """Every run of consecutive words of the entity's full forms shorter than the form, folded,
    with the form it comes from as written.

    >>> _parts(Entity("operation-decisive-storm", "other", "Operation Decisive Storm", "عاصفة الحزم"))
    {'عاصفه': 'عاصفة الحزم', 'الحزم': 'عاصفة الحزم'}
    """
    out: dict[str, str] = {}
    for form in entity.full_forms:
        words = fold(form).split()
        for size in range(1, len(words)):
            for at in range(len(words) - size + 1):
                out.setdefault(" ".join(words[at : at + size]), form)
    return out


def _proposable_part(index: Index, entity: Entity, part: str) -> bool:
    """A part of the entity's name may be proposed as its ``nearby`` form: long enough, not one
    of the entity's forms already, no form of any entity (it would link, or is shared on
    purpose), no designator (مدينة, نادي) and, for a person, no given name (محمد)."""
    listed = {fold(f) for f in entity.listed_forms}
    if letters(part) < MIN_PART_LETTERS or part in listed or index.exact_forms(part):
        return False
    bare = part.removeprefix(ARTICLE)
    if _designator(part) or _designator(bare):
        return False
    return not (entity.type == "person" and part in index.given_names)


def _covered(doc: Document, toks: Sequence[Token]) -> set[int]:
    """Indices of the tokens a lexicon mention of the document overlaps."""
    starts = [t.start for t in toks]
    out: set[int] = set()
    for m in doc.mentions:
        i = max(0, bisect_right(starts, m.start) - 1)
        while i < len(toks) and toks[i].start < m.end:
            if m.start < toks[i].end:
                out.add(i)
            i += 1
    return out


def _quoted_parts(index: Index, documents: Sequence[Document], tokens: Sequence[Sequence[Token]], covered: Sequence[set[int]]) -> list[NearMiss]:
    """Parts of lexicon names written alone in quotation marks in documents that name their
    entity (عاصفة الحزم, then «الحزم»; وكالة سبأ, then «سبأ»): candidate ``nearby`` forms.

    A part is a run of words of one of the entity's full forms (:func:`_parts`), perhaps with
    the article the form leaves out (عاصفة الحزم, then «العاصفة»), quoted on its own (the
    opening mark before its first word, the closing one after its last) and not inside a
    mention (``covered``: the token indices mentions take, by document); it must pass
    :func:`_proposable_part`. Its occurrences are the quoted ones (context ``quoted``) and then
    every other one, unquoted, in a document that names the entity (:func:`_unquoted_uses`):
    where the form would link once listed (سياسة الحزم والعزم, "the policy of firmness",
    shows the maintainer a word).
    """
    found: dict[tuple[str, str], tuple[str, Spelling]] = {}
    for d, (doc, toks) in enumerate(zip(documents, tokens)):
        if not any(t.opens for t in toks):
            continue
        parts: dict[str, list[tuple[Entity, str]]] = defaultdict(list)
        for entity_id in dict.fromkeys(m.id for m in doc.mentions):
            entity = index.lexicon.by_id.get(entity_id)
            for part, form in _parts(entity).items() if entity is not None else ():
                parts[part].append((entity, form))
        for first, tok in enumerate(toks):
            if not tok.opens or first in covered[d]:
                continue
            last = next((j for j in range(first, len(toks)) if toks[j].closes or j + 1 == len(toks) or not toks[j + 1].linked), first)
            if not toks[last].closes or any(j in covered[d] for j in range(first, last + 1)):
                continue
            part = " ".join(t.folded for t in toks[first : last + 1])
            # the head of a construct takes the article when it stands alone: «العاصفة» for عاصفة الحزم
            bare = part.removeprefix(ARTICLE) if letters(part) - len(ARTICLE) >= MIN_PART_LETTERS else part
            for entity, form in parts.get(part, []) + (parts.get(bare, []) if bare != part else []):
                if not _proposable_part(index, entity, part):
                    continue
                start, end = tok.start, toks[last].end
                occurrence = Occurrence(d, first, last + 1, start, end, part, doc.text[start:end], "", ("quoted",), 0.0)
                found.setdefault((entity.id, part), (form, Spelling(part)))[1].occurrences.append(occurrence)
    for (entity_id, part), occurrence in _unquoted_uses(documents, tokens, covered, found):
        found[entity_id, part][1].occurrences.append(occurrence)
    return [NearMiss(spelling, entity_id, form, "nearby", 0.0) for (entity_id, _), (form, spelling) in found.items()]


def _unquoted_uses(documents: Sequence[Document], tokens: Sequence[Sequence[Token]], covered: Sequence[set[int]], found: dict[tuple[str, str], tuple[str, Spelling]]) -> list[tuple[tuple[str, str], Occurrence]]:
    """The other occurrences of each found (entity id, part) in the documents that name the
    entity: outside every mention, not already found quoted; the first word may carry a
    proclitic (بالجبهة; للجبهة = ل + الجبهة). One pass over the documents for all parts."""
    wanted: dict[str, list[str]] = defaultdict(list)
    for entity_id, part in found:
        wanted[entity_id].append(part)
    seen = {(o.doc, o.first, pair) for pair, (_, spelling) in found.items() for o in spelling.occurrences}
    out = []
    for d, (doc, toks) in enumerate(zip(documents, tokens)):
        by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for entity_id in dict.fromkeys(m.id for m in doc.mentions):
            for part in wanted.get(entity_id, ()):
                by_first[part.split()[0]].append((entity_id, part))
        if not by_first:
            continue
        for first, tok in enumerate(toks):
            for r in readings(tok.folded):
                for pair in by_first.get(r.query, ()) if r.article != "stripped" else ():
                    words = pair[1].split()
                    last = first + len(words)
                    if (d, first, pair) in seen or last > len(toks) or any(j in covered[d] for j in range(first, last)):
                        continue
                    if all(t.folded == w and t.linked for t, w in zip(toks[first + 1 : last], words[1:])):
                        start, end = tok.start + fold_with_offsets(tok.text).offsets[r.skip], toks[last - 1].end
                        out.append((pair, Occurrence(d, first, last, start, end, pair[1], doc.text[start:end], doc.text[tok.start : start], (), 0.0)))
                        seen.add((d, first, pair))
    return out


def _deletions(k: str) -> set[str]:
    """The key and, for keys of three symbols or more, the key with one symbol deleted."""
    if len(k) < 3:
        return {k}
    return {k} | {k[:i] + k[i + 1 :] for i in range(len(k))}


def _cluster(spellings: list[Spelling], satellites: Sequence[Spelling] = ()) -> list[Cluster]:
    """Group spellings: most frequent first, each joins the first cluster whose seed it verifies
    against and whose context it shares, else seeds a new one (independent of input order).

    Seeds are blocked by phonetic key and the key with one symbol deleted, so only seeds whose
    keys are within one edit are verified (as the lexicon index does)."""
    ordered = sorted(spellings, key=lambda s: (-s.count, s.text))
    ordered += sorted(satellites, key=lambda s: (-s.count, s.text))
    may_seed = {id(s) for s in spellings}
    clusters: list[tuple[Spelling, Cluster, set[str], set[int]]] = []
    blocks: dict[str, list[int]] = defaultdict(list)
    for s in ordered:
        k = key(s.text)
        proposed = sorted({n for d in _deletions(k) for n in blocks.get(d, ())})
        for n in proposed:
            seed, c, words, docs = clusters[n]
            if not (docs & s.docs or not words.isdisjoint(s.context_words)):
                continue
            if not verify(s.text, seed.text).accepted:
                continue
            c.spellings.append(s)
            words |= s.context_words
            docs |= s.docs
            break
        else:
            if id(s) not in may_seed:
                continue
            for d in _deletions(k):
                blocks[d].append(len(clusters))
            clusters.append((s, Cluster(cluster_id(s.text), [s]), set(s.context_words), set(s.docs)))
    return [c for _, c, _, _ in clusters]


def _dedupe_ids(clusters: list[Cluster]) -> None:
    """Two clusters whose seeds share a phonetic key would share an id: the less frequent one
    hashes its seed spelling as well."""
    seen: set[str] = set()
    for c in sorted(clusters, key=lambda c: (-c.count, c.spellings[0].text)):
        if c.id in seen:
            digest = hashlib.sha1((key(c.spellings[0].text) + "|" + c.spellings[0].text).encode("utf-8")).hexdigest()
            c.id = "~" + digest[:CLUSTER_ID_LENGTH]
        seen.add(c.id)


def _guess_type(occurrences: Sequence[Occurrence]) -> str:
    person = sum(1 for o in occurrences if _PERSON_SIGNALS.intersection(o.context))
    organisation = sum(1 for o in occurrences if o.designator in ORGANISATION_DESIGNATORS)
    place = sum(1 for o in occurrences if o.place_cue or o.designator in PLACE_DESIGNATORS)
    if organisation > person and organisation * 2 >= len(occurrences):
        return "organization"
    if person and person >= place:
        return "person"
    if place * 2 >= len(occurrences):
        return "place"
    return "other"


def _full_form(cluster: Cluster, first_names: frozenset[str]) -> str:
    """``first-name name`` when at least half the occurrences (and two or more) follow one same
    first name (a lexicon first name or an uncommon name-shaped word without the article);
    for an organisation, ``designator name`` when they follow one same designator (نادي هجر:
    the word alone is often an ordinary one); else ``""``."""
    occ = cluster.occurrences
    befores: Counter[str] = Counter()
    for o in occ:
        if cluster.type == "organization":
            if o.designator in ORGANISATION_DESIGNATORS:
                befores[ORGANISATION_DESIGNATORS[o.designator]] += 1
        elif o.before and _is_name_shaped(o.before) and not o.before.startswith(ARTICLE) and (o.before in first_names or zipf(o.before) < UNCOMMON_ZIPF):
            befores[o.before_surface] += 1
    if not befores:
        return ""
    word, n = min(befores.items(), key=lambda kv: (-kv[1], kv[0]))
    if n * 2 < len(occ) or n < 2:
        return ""
    return f"{word} {cluster.spellings[0].surface()}"
