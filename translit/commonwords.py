"""Which Arabic words are ordinary words, not names: word frequencies from ``wordfreq``.

wordfreq (Apache-2.0, data CC-BY-SA 4.0) is a maintained frequency list built from
Wikipedia, subtitles, news, books, web text and social media; its Arabic list has 620k
words. A frequent word (Zipf >= :data:`translit.thresholds.COMMON_WORD_ZIPF`) is never
matched fuzzily, so على (7.2) cannot become علي, nor حارس (4.5) حارث. Names frequent in
news are frequent words too (أوباما 4.5), which is why a lexicon's own listed forms always
match exactly: the lexicon, not the frequency list, says what is a name.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from translit.orthography import fold, light_fold
from translit.tokens import ARTICLE, PROCLITICS, readings

__all__ = [
    "zipf",
    "surface_zipf",
    "is_common",
    "is_inflected_common_word",
    "ARABIC_ONLY_ENDINGS",
    "is_ordinary_word",
    "is_arabic_word_form",
    "is_noun_after_proclitic",
    "written_with_pronoun",
    "is_possessed_noun",
    "toggles_the_article",
    "is_nisba_adjective",
    "is_masculine_nisba",
    "is_function_word",
    "is_function_word_as_written",
    "comes_before_a_verb",
    "opens_a_relative_clause",
    "RELATIVE_PRONOUNS",
    "FIXED_EXPRESSIONS",
    "fixed_expressions_over",
    "counts_what_follows",
    "is_number_word",
    "is_imperfect_verb",
    "FUNCTION_WORDS",
    "LIGHT_FUNCTION_WORDS",
]

_NUMBERS = "number words (ستون is sixty, whatever town a gazetteer spells so)"
# Arabic function words: a closed class that is never a name on its own, whatever a lexicon
# lists (name items such as هو "Hu" or كان "Kan" exist). Written as in text; folded on use.
_FUNCTION_WORDS: dict[str, str] = {
    "pronouns": "أنا نحن أنت أنتِ أنتم أنتن أنتما هو هي هم هن هما إياه إياها إياهم",
    "demonstratives": "هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك ذاك هناك هنا هنالك",
    "relatives": "الذي التي الذين اللذان اللتان اللواتي اللاتي اللائي ما من",
    "prepositions": "في من إلى على عن مع عند لدى لدي حتى منذ مذ بين نحو حول ضد دون خلال عبر لي له لها لهم لك بي به بها بهم منه منها منهم عنه عنها عليه عليها فيه فيها إليه إليها معه معها",
    "conjunctions and particles": "و أو أم ثم بل لكن لكن لكنه إن أن إنه أنه إنها أنها لأن بأن وأن كأن لعل ليت قد لقد سوف كي لكي لو لولا إذا إذ إذن أما إما حيث كما مثل غير سوى إلا ألا أي أيا كل كلا بعض جميع عدة نفس ذات",
    "negation": "لا لم لن ليس ليست ليسوا ما",
    "interrogatives": "هل كيف متى أين لماذا ماذا كم",
    "kana and its sisters, common auxiliaries": "كان كانت كانوا يكون تكون أصبح أصبحت صار ظل بات مازال لايزال يزال",
    "adverbs and quantities": "أيضا فقط جدا الآن اليوم أمس غدا قبل بعد فوق تحت أمام وراء خلف بينما عندما أول آخر أحد إحدى عدد",
    "name particles (never a name alone)": "بن ابن بنت أبو أبي أم آل عبد",
    _NUMBERS: "واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين مئة مائة مئتان مئتين مائتي مئات ألف ألفان ألفين آلاف مليون ملايين مليار مليارات",
}
FUNCTION_WORDS: frozenset[str] = frozenset(fold(w) for words in _FUNCTION_WORDS.values() for w in words.split())
#: The same words as written (hamza kept): إن and أن, not the folded ان.
LIGHT_FUNCTION_WORDS: frozenset[str] = frozenset(light_fold(w) for words in _FUNCTION_WORDS.values() for w in words.split())
#: The number words alone, as written: what counts the noun after it (مائة ميل, "a hundred miles").
NUMBER_WORDS: frozenset[str] = frozenset(light_fold(w) for w in _FUNCTION_WORDS[_NUMBERS].split())


#: Inflectional endings of Arabic nouns, adjectives and verbs, folded: sound plurals, dual,
#: nisba, past tense.
#: Used to recognise an ordinary word in an inflected form (رئيسين = رئيس + ين).
INFLECTIONS: tuple[tuple[str, str], ...] = (
    ("يين", ""),  # nisba plural, oblique (دوليين)
    ("يون", ""),  # nisba plural, nominative (دوليون)
    ("ين", ""),  # sound masculine plural or dual, oblique (مؤيدين)
    ("ون", ""),  # sound masculine plural, nominative
    ("ان", ""),  # dual, nominative
    ("ات", "ه"),  # sound feminine plural of a word in ة (إمارات -> إمارة)
    ("ات", ""),  # sound feminine plural
    ("يه", ""),  # feminine nisba (دولية, folded)
    ("ي", ""),  # nisba (كرواتي)
    ("ت", ""),  # a verb in the past tense (جبلت = جبل + ت, "she was made"; not جبلة, Jableh)
    ("وا", ""),  # a verb in the past tense, they (مارسوا = مارس + وا, "they practised"; ساروا)
)


#: Endings that make an Arabic word even of a stem rarer than a common word, with what the stem
#: takes back: the past tense with "they" (صاموا = صام + وا, "they fasted") and the feminine
#: adjective of relation on its masculine (بربرية = بربري + ة, "barbaric"). Verbs and adjectives
#: sit lower in wordfreq than nouns, so callers may ask less of these stems.
ARABIC_ONLY_ENDINGS: tuple[tuple[str, str], ...] = (
    ("\u0648\u0627", ""),  # وا
    ("\u064a\u0647", "\u064a"),  # ية (folded يه) -> ي
)


def is_inflected_common_word(
    folded: str, threshold: float, endings: tuple[tuple[str, str], ...] = INFLECTIONS
) -> bool:
    """True when a folded word is an ordinary word plus an inflectional ending (one of
    ``endings``, each with what the stem takes back: :data:`INFLECTIONS` by default).

    >>> is_inflected_common_word("رييسين", 3.5), is_inflected_common_word("امارات", 3.5)
    (True, True)
    >>> is_inflected_common_word("ماكرون", 3.5)
    False
    >>> [is_inflected_common_word(w, 3.0, ARABIC_ONLY_ENDINGS) for w in ("صاموا", "بربريه", "اوتاوا")]
    [True, True, False]
    """
    for ending, restore in endings:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= 3 and zipf(stem + restore) >= threshold:
            return True
    return False


#: Attached pronouns that say whose a noun is, as written and folded alike: what follows an
#: ordinary word in running text (إيجاره = إيجار + ه, "its rent"), and what a name never takes
#: (مدينتنا "our city", never "our Tehran"). ي (my) is left out: it is also the nisba ending.
PRONOUN_SUFFIXES: tuple[str, ...] = (
    "\u0647",  # ه  his, its
    "\u0647\u0627",  # ها  her, its
    "\u0647\u0645",  # هم  their
    "\u0647\u0645\u0627",  # هما  their (two)
    "\u0643",  # ك  your
    "\u0643\u0645",  # كم  your (plural)
    "\u0646\u0627",  # نا  our
)
#: The object pronoun of a verb: دعاني = دعا + ني ("he called me"). Not a possessive (a noun's
#: "my" is ي), so only for telling ordinary words, never for counting a noun's possessives.
OBJECT_SUFFIX = "\u0646\u064a"
#: The accusative of an indefinite noun, written with an alif (أفرادا = أفراد + ا, قيودا). Never
#: after a preposition (ب، ل، ك take the genitive).
ACCUSATIVE_ALIF = "\u0627"
#: How a stem's last letter is written before a suffix, folded, and how it is written alone:
#: ة becomes ت (وكالته = وكالة + ه), ى becomes ا (منفاه = منفى + ه), a final hamza takes the
#: seat its vowel asks for (شركاؤه = شركاء + ه, أعضائه = أعضاء + ه), which folding reads و, ي.
_BEFORE_SUFFIX: dict[str, str] = {
    "\u062a": "\u0647",  # ت before a pronoun was ة (folded ه)
    "\u0627": "\u064a",  # ا before a pronoun was ى (folded ي)
    "\u0648": "\u0621",  # و (ؤ folded) before a pronoun was ء
    "\u064a": "\u0621",  # ي (ئ folded) before a pronoun was ء
}
#: The same, for words as written (marks removed, ة and ى kept).
_BEFORE_SUFFIX_WRITTEN: dict[str, str] = {
    "\u062a": "\u0629",  # ت before a pronoun was ة
    "\u0627": "\u0649",  # ا before a pronoun was ى
    "\u0624": "\u0621",  # ARABIC LETTER WAW WITH HAMZA ABOVE before a pronoun was ء
    "\u0626": "\u0621",  # ARABIC LETTER YEH WITH HAMZA ABOVE before a pronoun was ء
}


@lru_cache(maxsize=65536)
def is_arabic_word_form(folded: str, threshold: float) -> bool:
    """True when a folded word of running text reads as ordinary Arabic: an ordinary word (see
    :func:`is_ordinary_word`), or one with an attached pronoun or accusative alif (إيجاره,
    أفرادا, دعاني = دعا + ني), or a common word after a proclitic, with or without a pronoun
    (بوكالة = ب + وكالة; للمئة = ل + المئة, the article's alef left out after ل).

    The matcher never takes such a word for a fuzzy spelling of a name: Arabic explains it.
    Memoised: it is asked for every word of every span of running text that may be a name.

    >>> is_arabic_word_form("بوكاله", 3.5), is_arabic_word_form("ايجاره", 3.5), is_arabic_word_form("ماكغورك", 3.5)
    (True, True, False)
    >>> is_arabic_word_form("للميه", 3.5)  # للمئة, not a spelling of لوميه (Lomé)
    True
    """
    if is_ordinary_word(folded, threshold) or _suffixed(folded, threshold, (*PRONOUN_SUFFIXES, OBJECT_SUFFIX, ACCUSATIVE_ALIF)):
        return True
    rests = [folded[len(clitic) :] for clitic in PROCLITICS if folded.startswith(clitic)]
    # ل + the article is written لل: للمئة is ل + المئة ("for the hundred")
    rests += [r.query for r in readings(folded) if r.article == "elided"]
    return any(len(rest) >= 3 and (is_common(rest, threshold) or _suffixed(rest, threshold, PRONOUN_SUFFIXES)) for rest in rests)


def is_noun_after_proclitic(folded: str, threshold: float) -> bool:
    """True when a folded word is a proclitic and a noun that is common with the article
    (Zipf >= ``threshold`` as ال + the noun): بتشكيك is ب + تشكيك, "with casting doubt", a
    verbal noun seen mostly as التشكيك, and no spelling of Bishkek (بشكيك). A word on its own
    only: inside a longer name such a noun may be a respelled word of it.

    >>> is_noun_after_proclitic("بتشكيك", 3.5), is_noun_after_proclitic("بشكيك", 3.5)
    (True, False)
    """
    return any(
        folded.startswith(clitic) and len(folded) - len(clitic) >= 3 and is_common(ARTICLE + folded[len(clitic) :], threshold)
        for clitic in PROCLITICS
    )


def is_possessed_noun(written: str, forms: int, threshold: float) -> bool:
    """True when a word as written is an ordinary noun: at least ``forms`` of its possessive
    forms (his, her, their, our, your ...) each occur at least ``threshold`` (Zipf, as written).

    A name takes no possessive: nobody writes "our Tehran", while مدينتنا، مدينته، مدينتهم are
    everyday words, so المدينة in running text is first "the city". Takes the word with its
    marks removed (see :func:`translit.orthography.light_fold`); an article is read off.

    >>> is_possessed_noun("المدينة", 3, 3.0), is_possessed_noun("طهران", 3, 3.0)
    (True, False)
    """
    stem = written.removeprefix(ARTICLE)
    if stem.endswith("\u0629"):  # ة is written ت before a pronoun: مدينة -> مدينته
        stem = stem[:-1] + "\u062a"
    found = sum(1 for pronoun in PRONOUN_SUFFIXES if surface_zipf(stem + pronoun) >= threshold)
    return found >= forms


#: Endings of a feminine adjective of relation as written: ية (يه for ة written without its
#: dots). Country names are such adjectives (السعودية, سورية); a masculine ي is not exempt:
#: دوري / الدوري is the noun "league", not the town of Dori.
_NISBA_ENDINGS = ("\u064a\u0629", "\u064a\u0647")
_YEH, _TA_MARBUTA = "\u064a", "\u0629"  # ي ة: a masculine nisba and its feminine


def toggles_the_article(written: str, threshold: float, floor: float, margin: float) -> bool:
    """True when a word as written is common with the article toggled (without it when it has
    it, with it when it has none): at Zipf >= ``threshold``, or at Zipf >= ``floor`` as the word
    itself is, the two within ``margin`` of each other, or at least as common as the word itself
    (ورود 3.81 / الورود 4.02, "roses"; الخارجة 3.77 / خارجة 3.93, "outgoing").

    A name has the article or not, once and for all: nobody writes الطهران or قاهرة, and رياض
    (4.4, a given name) is far rarer than الرياض (5.1). A noun takes it and sheds it: بيان /
    البيان ("statement"), القصر / قصر ("palace"), الخبراء / خبراء ("experts", 4.5 each). Takes
    the word with its marks removed (see :func:`translit.orthography.light_fold`).

    A feminine adjective of relation (nisba, ending in ية) agrees with its noun in
    definiteness, so for it the toggle is no evidence: السعودية / سعودية, "Saudi", is also
    Saudi Arabia.

    >>> [toggles_the_article(w, 4.5, 4.0, 0.5) for w in ("بيان", "القصر", "الخبراء", "ورود", "طهران", "الرياض")]
    [True, True, True, True, False, False]
    >>> toggles_the_article("السعودية", 4.5, 4.0, 0.5)
    False
    """
    if written.endswith(_NISBA_ENDINGS):
        return False
    other = written.removeprefix(ARTICLE) if written.startswith(ARTICLE) else ARTICLE + written
    toggled, itself = surface_zipf(other), surface_zipf(written)
    return toggled >= threshold or toggled >= itself > 0 or (min(toggled, itself) >= floor and abs(toggled - itself) <= margin)


def is_nisba_adjective(written: str, threshold: float) -> bool:
    """True when a word as written is the feminine of a common adjective of relation (nisba): it
    ends in ية and its masculine, ending in ي, is at Zipf >= ``threshold``. Such a name is also an
    adjective that agrees with the noun before it: السعودية is Saudi Arabia and "Saudi" (f.). Takes
    the word with its marks removed (see :func:`translit.orthography.light_fold`).

    >>> is_nisba_adjective("السعودية", 4.5), is_nisba_adjective("اللاذقية", 4.5), is_nisba_adjective("طهران", 4.5)
    (True, False, False)
    """
    return written.endswith(_NISBA_ENDINGS) and surface_zipf(written[:-1]) >= threshold


def is_masculine_nisba(written: str, threshold: float) -> bool:
    """True when a word as written ends in ي and its feminine, with ة, is a common word (Zipf >=
    ``threshold``): a masculine adjective of relation or the like (الفرنسي, الماضي), which a
    feminine adjective after it cannot agree with. Broken plurals ending in ي have no feminine
    (الأراضي, المباني). Takes the word with its marks removed.

    >>> is_masculine_nisba("الفرنسي", 3.5), is_masculine_nisba("الأراضي", 3.5), is_masculine_nisba("الأسهم", 3.5)
    (True, False, False)
    """
    return written.endswith(_YEH) and surface_zipf(written + _TA_MARBUTA) >= threshold


def written_with_pronoun(written: str, threshold: float) -> bool:
    """True when a word as written (marks removed, hamza and ta marbuta kept) is a common word,
    as written (Zipf >= ``threshold``), with an attached pronoun: كسبها is كسب + ها ("won it"),
    بابها is باب + ها ("her door"), while بأبها (ب + أبها, in Abha) and بجدة (ب + جدة) are not.

    >>> written_with_pronoun("كسبها", 3.5), written_with_pronoun("بأبها", 3.5), written_with_pronoun("بجدة", 3.5)
    (True, False, False)
    """
    return _suffixed(written, threshold, (*PRONOUN_SUFFIXES, OBJECT_SUFFIX), as_written=True)


def _suffixed(word: str, threshold: float, suffixes: tuple[str, ...], *, as_written: bool = False) -> bool:
    """A common word (as it stands, not inflected: كورتانا is not كورت + ان + ا) followed by one
    of ``suffixes``; ``word`` is folded, or, ``as_written``, written (and its stem's frequency is
    then that of the stem as written)."""
    frequency, before_suffix = (surface_zipf, _BEFORE_SUFFIX_WRITTEN) if as_written else (zipf, _BEFORE_SUFFIX)
    for suffix in suffixes:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        alone = stem[:-1] + before_suffix[stem[-1]] if stem[-1] in before_suffix else None
        if frequency(stem) >= threshold or (alone is not None and frequency(alone) >= threshold):
            return True
    return False


def is_function_word(folded: str) -> bool:
    """True for an Arabic function word (pronoun, preposition, particle, auxiliary ...), folded.

    >>> is_function_word(fold("هو")), is_function_word(fold("كان")), is_function_word(fold("قطر"))
    (True, True, False)
    """
    return folded in FUNCTION_WORDS

def is_function_word_as_written(written: str) -> bool:
    """True for a word that is, as written (marks removed, letters kept), a function word: one of
    them as the list writes it, or another writing of one that does not end in a dotted ي. The
    given name علي folds onto the preposition على but is written otherwise; ابو is أبو.

    >>> is_function_word_as_written("على"), is_function_word_as_written("علي"), is_function_word_as_written("ابو")
    (True, False, True)
    """
    return written in LIGHT_FUNCTION_WORDS or (is_function_word(fold(written)) and not written.endswith(_YEH))


#: Particles only ever followed by a verb, as written, alone or after the conjunction و or ف
#: (لم يكن, لن يعود, قد أجدى, سوف يزور). Not فقد, also the verb "lost" (فقد الحوثيون السيطرة),
#: nor فلم, also "film".
_VERB_PARTICLES = frozenset("لم لن قد لقد سوف ولم ولن وقد ولقد وسوف فلن فسوف فلقد".split())

#: "That" and "that not" (أن, ألا, also written bare), which a verb follows after a modal verb.
_THAT = frozenset("أن ان ألا الا".split())
#: Impersonal modal verbs, as written, alone or after و or ف: after them أن is the one a verb
#: follows, never أنّ before a noun (يجب أن تدمر is "must destroy", no Palmyra; لا بد أن).
_MODALS = frozenset(
    prefix + modal for modal in "يجب ينبغي يمكن يتعين يتوجب بد".split() for prefix in ("", "\u0648", "\u0641")
)


#: Relative pronouns, as written: the clause they open starts with its verb (التي تروي, "which
#: tells"; التي نأت, "which kept away"), not with a name.
RELATIVE_PRONOUNS: frozenset[str] = frozenset(
    {
        "الذي",  # masculine singular
        "التي",  # feminine singular
        "الذين",  # masculine plural
        "اللذان", "اللذين",  # masculine dual
        "اللتان", "اللتين",  # feminine dual
        "اللواتي", "اللاتي", "اللائي",  # feminine plural
    }
)


#: Fixed expressions of everyday Arabic with a word that names a place or a movement
#: elsewhere, as written (marks removed): inside one, the word is that expression's. The first
#: word may take a proclitic (باللون الرمادي), the last a possessive pronoun (مسقط رأسه).
FIXED_EXPRESSIONS: dict[str, str] = {
    "مسقط رأس": "birthplace (مسقط رأسه, \"where his head fell\"), not Muscat",
    "مسقط الرأس": "the birthplace, not Muscat",
    "جوز الهند": "coconut (\"Indian nut\"), not India",
    "صلاة المغرب": "the sunset prayer, not Morocco",
    "صلاتي المغرب": "the sunset and evening prayers (صلاتي المغرب والعشاء)",
    "أذان المغرب": "the call to the sunset prayer",
    "اللون الرمادي": "the colour grey, not Ramadi",
    "حماس شديد": "great enthusiasm (بحماس شديد), not Hamas",
    "حماس بالغ": "great enthusiasm (بحماس بالغ)",
    "حماس كبير": "great enthusiasm (بحماس كبير)",
    "اليمن والبركات": "good fortune and blessings, an Eid greeting (باليمن والبركات), not Yemen",
    "اليمن والخيرات": "good fortune and bounty, an Eid greeting",
    "نصف قطر": "a radius (في نصف قطر 30 كيلومترا, \"within a radius of\"), not Qatar",
    "جوزة الطيب": "nutmeg, not el-Tayeb",
    "حصان طروادة": "a Trojan horse, the metaphor",
    "لفيف من": "a group of (لفيف من الآباء, church news), not Lviv",
    "تشعل حماس": "stirs the enthusiasm of (تشعل حماس أهالي), not Hamas",
    "يشعل حماس": "stirs the enthusiasm of, not Hamas",
    "حماس عارم": "ardent enthusiasm (بحماس عارم), not Hamas",
    "حماس منقطع": "unequalled enthusiasm (بحماس منقطع النظير), not Hamas",
    "حماس الجمهور": "the audience's enthusiasm (ألهبت حماس الجمهور), not Hamas",
    "حماس الجماهير": "the crowds' enthusiasm, not Hamas",
    "ألهب حماس": "fired the enthusiasm of, not Hamas",
    "ألهبت حماس": "fired the enthusiasm of (she, it), not Hamas",
    "يلهب حماس": "fires the enthusiasm of, not Hamas",
    "تلهب حماس": "fires the enthusiasm of (she, it), not Hamas",
    "القوة القاهرة": "force majeure (\"the compelling force\"), not Cairo",
    "الظروف القاهرة": "compelling circumstances, not Cairo",
    "وابل من": "a barrage of (وابل من الصواريخ), not و + Apple",
    "عقوبة السجن": "a prison sentence (بعقوبة السجن, ب + عقوبة), not Baqubah",
    "عقوبة الحبس": "a sentence of detention, not Baqubah",
    "عقوبة الإعدام": "the death penalty, not Baqubah",
    "عقوبة سجن": "a prison sentence, indefinite (بعقوبة سجن مدتها), not Baqubah",
    "عقوبة حبس": "a sentence of detention, indefinite, not Baqubah",
    "عقوبة إعدام": "a death sentence, indefinite, not Baqubah",
    "عقوبة أشد": "a harsher penalty, not Baqubah",
    "عقوبة عدم": "a penalty of (عقوبة عدم الأهلية, ineligibility), not Baqubah",
    "تكوين وفاق": "forming a conspiracy (متهم بتكوين وفاق إرهابي, ب + تكوين), not Bitcoin's بتكوين",
    "تكوين عصابة": "forming a gang, not Bitcoin",
    "تكوين جمعية": "forming an association (تكوين جمعية أشرار), not Bitcoin",
    "تكوين تنظيم": "forming an organisation, not Bitcoin",
    "تكوين حكومة": "forming a government, not Bitcoin",
    "البقاع المقدسة": "the holy lands (Hajj news), not the Bekaa",
    "لحج هذا العام": "for this year's Hajj (ل + حج: the word is read whole), not Lahij",
    "لحج العام": "for this year's Hajj, not Lahij",
    "الفصل بين السلط": "the separation of powers (Maghrebi السلط), not Salt",
    "فصل السلط": "the separation of powers, not Salt",
    "السلط الثلاث": "the three powers, not Salt",
    "استخلاص العبر": "drawing lessons, not al-Abr (Yemen)",
    "أخذ العبر": "taking lessons, not al-Abr",
    "الدروس والعبر": "lessons and morals, not al-Abr",
    "العبر والدروس": "morals and lessons, not al-Abr",
    "تم قطر": "was towed (تم قطر ناقلة النفط, the verbal noun قَطْر), not Qatar",
    "سيتم قطر": "will be towed (سيتم قطر السفينة), not Qatar",
    "يتم قطر": "is towed, not Qatar",
    "جرى قطر": "was towed, not Qatar",
    "قطر السفينة": "towing the ship (لقطر السفينة), not Qatar",
    "قطر الناقلة": "towing the tanker, not Qatar",
    "قطر السفن": "towing ships, not Qatar",
    "حماة الوطن": "the homeland's protectors (تحية لحماة الوطن), not Hama; the party is حزب «حماة الوطن»",
    "حريصا على": "keen on (كان حريصا على, the adjective with the accusative alif), not Harissa",
    "مشار إليه": "referred to (the passive participle: المبلغ المشار إليه), not Riek Machar's مشار",
    "مشار إليها": "referred to (she, it: الاتفاقية مشار إليها), not Machar",
    "مشار إليهم": "referred to (they), not Machar",
}
_EXPRESSION_WORDS: tuple[tuple[str, ...], ...] = tuple(tuple(fold(w) for w in e.split()) for e in FIXED_EXPRESSIONS)


def fixed_expressions_over(words: Sequence[Sequence[str]], first: int, last: int) -> bool:
    """True when the words from ``first`` to ``last`` (exclusive) lie inside a fixed expression
    (:data:`FIXED_EXPRESSIONS`) of more words: a lexicon form spelled as the whole expression is
    the lexicon's to judge (حزب «حماة الوطن», the party, listed under ``quoted``). ``words``
    gives, for each word of a line, its folded readings (as it stands and without each
    proclitic); the expression's first word may be any reading,
    its other words only as they stand, and its last may end in a possessive pronoun.

    >>> line = [["قال"], ["مسقط"], ["راسه"]]
    >>> fixed_expressions_over(line, 1, 2), fixed_expressions_over([["قال"], ["مسقط"], ["اليوم"]], 1, 2)
    (True, False)
    >>> fixed_expressions_over([["باللون", "اللون"], ["الرمادي"]], 1, 2)
    True
    >>> fixed_expressions_over([["حزب"], ["حماه"], ["الوطن"]], 1, 3)  # the whole expression
    False
    """
    for expression in _EXPRESSION_WORDS:
        n = len(expression)
        if n <= last - first:
            continue
        for start in range(max(0, last - n), first + 1):
            if start + n > len(words):
                continue
            span = words[start : start + n]
            if (
                expression[0] in span[0]
                and all(expression[k] == span[k][0] for k in range(1, n - 1))
                and any(span[-1][0] == expression[-1] + suffix for suffix in ("", *PRONOUN_SUFFIXES))
            ):
                return True
    return False


def opens_a_relative_clause(written: str) -> bool:
    """True for a relative pronoun as written (marks removed): the one word after it is the
    clause's verb, whatever name it spells (التي تروي is "which tells", no Troy).

    >>> opens_a_relative_clause("التي"), opens_a_relative_clause("الذين"), opens_a_relative_clause("التين")
    (True, True, False)
    """
    return written in RELATIVE_PRONOUNS


def comes_before_a_verb(written: str, before: str = "") -> bool:
    """True for a particle that only a verb follows, as written (marks removed), given the word
    ``before`` it: the word after it is a verb, whatever name it spells (لم تتوان, "did not
    hesitate", is no Tétouan; يجب أن تدمر, "must destroy", no Palmyra). أن is one only after
    a modal verb: elsewhere it may be أنّ, which a noun follows (أن تدمر مدينة أثرية).

    >>> comes_before_a_verb("لم"), comes_before_a_verb("وقد"), comes_before_a_verb("فقد")
    (True, True, False)
    >>> comes_before_a_verb("أن", before="يجب"), comes_before_a_verb("أن", before="قال")
    (True, False)
    """
    return written in _VERB_PARTICLES or (written in _THAT and before in _MODALS)


def is_number_word(written: str) -> bool:
    """True for a number word as written, with or without the article: الستون is "the sixty"
    (الدقائق الستون, "the sixty minutes"), whatever place a gazetteer spells آلستون.

    >>> is_number_word("الستون"), is_number_word("ستون"), is_number_word("الستوني")
    (True, True, False)
    """
    return written.removeprefix(ARTICLE) in NUMBER_WORDS


def counts_what_follows(written: str, max_digits: int) -> bool:
    """True for a word, as written, that counts the noun after it: a number word (مائة، مليون)
    or a number in digits, Arabic or Western, of up to ``max_digits`` digits (the "7" of 3.7
    ميل, "3.7 miles"). With three, a year (2008) is none: a name may follow it.

    >>> [counts_what_follows(w, 3) for w in ("مليون", "7", "٢٥", "2008")]
    [True, True, True, False]
    """
    return written in NUMBER_WORDS or (written.isdecimal() and len(written) <= max_digits)


#: The prefixes of the Arabic imperfect verb, one per person, folded: أ (I, folded ا), ت (you,
#: she), ي (he), ن (we).
_IMPERFECT_PREFIXES: tuple[str, ...] = (
    "\u0627",  # ARABIC LETTER ALEF: أ folded, I
    "\u062a",  # ARABIC LETTER TEH: you, she
    "\u064a",  # ARABIC LETTER YEH: he
    "\u0646",  # ARABIC LETTER NOON: we
)


def is_imperfect_verb(folded: str, threshold: float) -> bool:
    """True when a folded word is a verb in the imperfect: it opens with a prefix of person
    (أ ت ي ن), the stem after it has three letters or more, and the same stem with each of the
    three other prefixes is a word in use (Zipf >= ``threshold``). ينقل ("he moves": تنقل، ننقل،
    أنقل) and أغادر ("I leave") are verbs whatever towns a gazetteer spells so; ينبع (Yanbu: no
    أنبع), يافا and تونس are not.

    >>> [is_imperfect_verb(fold(w), 3.0) for w in ("ينقل", "أغادر", "ينبع", "يافا", "تونس")]
    [True, True, False, False, False]
    """
    prefix, stem = folded[:1], folded[1:]
    if prefix not in _IMPERFECT_PREFIXES or len(stem) < 3:
        return False
    return all(zipf(other + stem) >= threshold for other in _IMPERFECT_PREFIXES if other != prefix)


#: Words below this Zipf value are not kept in memory (they are rare: under 1 per million).
_FLOOR = 3.0


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, float], dict[str, float]]:
    """(folded word -> Zipf, word as written -> Zipf), for words at or above the floor."""
    import math

    import wordfreq  # imported here: loading its Arabic list takes about half a second

    folded_table: dict[str, float] = {}
    surface_table: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("ar").items():
        z = round(math.log10(freq) + 9.0, 2)
        if z < _FLOOR:
            continue
        surface = light_fold(word)
        surface_table[surface] = max(z, surface_table.get(surface, 0.0))
        folded = fold(word)
        folded_table[folded] = max(z, folded_table.get(folded, 0.0))
    return folded_table, surface_table


def _frequencies() -> dict[str, float]:
    return _tables()[0]


def surface_zipf(word: str) -> float:
    """Zipf frequency of a word as written (marks removed, letters kept: على is not علي).

    >>> surface_zipf("على") > surface_zipf("علي")
    True
    """
    return _tables()[1].get(word, 0.0)


def frequencies() -> dict[str, float]:
    """The folded word -> Zipf table (computed once per process)."""
    return _frequencies()


def zipf(word: str) -> float:
    """Zipf frequency of a folded Arabic word (0.0 when rarer than 1 per million).

    >>> zipf("علي") > 6
    True
    >>> zipf("ماكغورك")
    0.0
    """
    return frequencies().get(word, 0.0)


@lru_cache(maxsize=65536)
def is_ordinary_word(folded: str, threshold: float) -> bool:
    """True when a folded word is a common word, as it stands or inflected (رئيسين, إمارات).

    Memoised: the matcher asks it for every word of every span it may look up fuzzily.

    >>> is_ordinary_word("رييسين", 3.5), is_ordinary_word("ماكغورك", 3.5)
    (True, False)
    """
    return is_common(folded, threshold) or is_inflected_common_word(folded, threshold)


def is_common(word: str, threshold: float) -> bool:
    """True when the folded ``word`` is at least as frequent as ``threshold`` (Zipf).

    >>> is_common("علي", 3.5), is_common("بارنيع", 3.5)
    (True, False)
    """
    return zipf(word) >= threshold
