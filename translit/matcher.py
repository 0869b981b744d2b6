"""From tokens to matches: which spans of a text spell which lexicon forms.

At every word the matcher tries each reading (plain, proclitic removed, article removed)
and grows the span word by word while some form can still start that way. A span first
looks for a form with the same folded spelling; failing that, its phonetic key proposes
forms and :func:`translit.similarity.verify` decides. Where spans overlap, the longest
wins (``جو بايدن`` over ``بايدن``, ``التايمز أوف إسرائيل`` over ``إسرائيل``).

Precision guards, all from :mod:`translit.thresholds`: forms shorter than four letters
never match fuzzily; frequent Arabic words never match fuzzily; a word that folds onto a
name but is, as written, an ordinary word (على / علي, هادئ / هادي) is not the name; a
word that is a name plus a nisba ending (القطري, الإسبانية) is an adjective, not the name.
Guards that need the words around a span live in :mod:`translit.context`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from translit import thresholds
from translit.commonwords import (
    ACCUSATIVE_ALIF,
    ARABIC_ONLY_ENDINGS,
    LIGHT_FUNCTION_WORDS,
    is_arabic_word_form,
    is_common,
    is_function_word,
    is_function_word_as_written,
    is_imperfect_verb,
    is_inflected_common_word,
    is_masculine_nisba,
    is_noun_after_proclitic,
    is_number_word,
    surface_zipf,
    written_with_pronoun,
    zipf,
)
from translit.designators import BRAND_HEADS, LEADING_WORDS, PLACE_DESIGNATORS, TITLE_HEADS, bare_name
from translit.givennames import ARABIC_GIVEN_NAMES, COMPOUND_NAME_STARTS, NAME_PARTICLES, is_given_name
from translit.index import JOINERS, Form, Index, fold_name, is_everyday_noun
from translit.latin import (
    MERGED_IN_LATIN,
    VOWEL_LETTERS,
    backs_vowel,
    ends_in_a,
    ends_in_consonant,
    ends_in_vowel,
    may_read_as,
    reads_as,
)
from translit.lexicon import Entity
from translit.orthography import ALEF_FORMS, fold, light_fold, marks_disagree
from translit.phonetic import ABD, COMPOUND_PREFIXES, compact, folded_key, word_key
from translit.similarity import Verdict, consistent_cost, derived_from, drop_cost, edit_cost, letters, verify
from translit.tokens import ARTICLE, PROCLITICS, QUOTATION_MARKS, Reading, Token, readings, tokenize, written_query

__all__ = ["Hit", "Match", "find_matches", "match_span", "match_name", "other_middle_names", "spelled_as_another_word"]

_RULE_RANK = {"exact": 0, "folded": 0, "designator": 0, "middle-name": 0, "article": 1, "variant-key": 1, "fuzzy": 2, "english": 2}


@dataclass(frozen=True, slots=True)
class Hit:
    """One lexicon form a span matched, how (``folded``, ``variant-key`` or ``fuzzy``; in running
    text also ``designator``, the rest of a form a word before the quotation marks begins, and
    ``middle-name``, a person's form with a father's or middle name written inside it) and how
    well."""

    form: Form
    rule: str
    score: float
    cost: float


@dataclass(frozen=True, slots=True)
class Match:
    """A span of tokens ``[first, last)`` read as ``reading`` that matched one or more forms."""

    first: int
    last: int
    reading: Reading
    reading_rank: int
    query: str
    hits: tuple[Hit, ...]

    @property
    def quality(self) -> int:
        """0 for a folded match, 1 for a phonetic key, 2 for a fuzzy neighbour."""
        return min(_RULE_RANK[h.rule] for h in self.hits)


def _fuzzy_hits(index: Index, query: str, *, guard_common: bool, same_words: bool) -> list[Hit]:
    """Forms the phonetic key proposes for ``query`` (compact folded), verified.

    In running text (``guard_common``, ``same_words``) a frequent word never matches
    fuzzily and a span matches only forms of as many words; a bare name (look-up) is
    known to be a name, so neither guard applies. A person's name plus a final ي is another
    name (حسني / حسن); a place's, looked up alone, is its own final vowel written or not
    (غالاتسي / غالاتس): the nisba guard takes a bare ي for a derivation only in text or for people.
    A bare name too short to match fuzzily may still be a place's spelling without one of its
    vowel letters (:func:`_short_unwritten_vowel_hits`).
    """
    if letters(query) < thresholds.MIN_FUZZY_LETTERS:
        return [] if guard_common else _short_unwritten_vowel_hits(index, query)
    words = query.split()
    if guard_common and all(is_arabic_word_form(w, thresholds.COMMON_WORD_ZIPF) for w in words):
        return []  # an ordinary word, inflected (رئيسين) or with clitics (بوكالة), is never a fuzzy name
    if guard_common and len(words) == 1 and is_inflected_common_word(query, thresholds.ATTESTED_STEM_ZIPF, ARABIC_ONLY_ENDINGS):
        return []  # صاموا, "they fasted", is not Samoa's ساموا; بربرية, "barbaric", not Barbra's باربرا
    if guard_common and len(words) == 1 and is_imperfect_verb(query, thresholds.ATTESTED_STEM_ZIPF):
        return []  # أغادر, "I leave", is not Agadir's أغادير
    if guard_common and len(words) == 1 and is_noun_after_proclitic(query, thresholds.COMMON_WORD_ZIPF):
        return []  # بتشكيك, "with casting doubt" (ب + التشكيك's noun), is not Bishkek's بشكيك
    qkey = folded_key(query)
    hits: list[Hit] = []
    for form in index.candidates(qkey, len(words) if same_words else None, query=query):
        form_words = form.folded.split()
        if same_words and len(form_words) != len(words):
            continue
        if _guarded(query, form, guard_common):
            continue
        if guard_common and any(
            w != fw and (is_common(w, thresholds.COMMON_WORD_ZIPF) or is_common(_compound_tail(w), thresholds.COMMON_WORD_ZIPF))
            for w, fw in zip(words, form_words)
        ):
            continue  # a common word is itself, not a spelling of a name's word (محمد بن سعد is not بن زايد)
        if guard_common and any(w != fw and _another_adjective(w, fw) for w, fw in zip(words, form_words)):
            continue  # صندوق الاستثمار السيادي ("sovereign") is not the Saudi fund (السعودي)
        if not guard_common and len(words) > 1 and _another_common_word(words, form_words):
            continue  # وزارة الخارجية السورية is not the Saudi ministry (السعودية)
        if _other_numbers(query, form.folded):
            continue  # a number is written one way: قناة 15 is not قناة 12, كوب 28 not كوب 29
        if guard_common and any(w[:1] in _ONE_LETTER_PROCLITICS and w[1:] == fw for w, fw in zip(words, form_words)):
            continue  # ببحيرة is ب + بحيرة, not a spelling of it: the proclitic's own reading spans the name
        if guard_common and len(words) > 1 and _respelled_arabic_given_name(words[0], form):
            continue  # an Arabic given name has one spelling: حيان عبد الغني is not حسين عبد الغني
        if guard_common and len(words) > 1 and any(w != fw and _names_another_as_written(index, w, fw, form) for w, fw in zip(words, form_words)):
            continue  # ميناء المعلا is not ميناء المكلا; محافظا لواسط ("governor of Wasit") is no محافظة الوسطى
        plain_i = _plain_i(form, guard_common)
        verdict = _verify_after_designator(words, form_words, plain_i) or verify(query, form.folded, qkey, form.key, plain_i=plain_i)
        if verdict.accepted and guard_common and _sounds_otherwise(query, form):
            continue
        if verdict.accepted:
            rule = "variant-key" if qkey == form.key else "fuzzy"
            hits.append(Hit(form, rule, verdict.score, verdict.cost))
    if not hits:
        hits = _english_backed_hits(index, query, qkey, guard_common=guard_common)
    hits.sort(key=lambda h: (h.cost, -h.score))
    return hits


#: A number inside a name, in digits (folded: Arabic-Indic digits read as ASCII ones).
_NUMBER = re.compile(r"\d+")


def _other_numbers(query: str, form: str) -> bool:
    """True when two folded names both hold numbers and not the same ones: قناة 15 الإسرائيلية
    is no spelling of قناة 12 الإسرائيلية. A version number the form leaves out is no other
    number (تشات جي بي تي5 still reads as تشات جي بي تي)."""
    ours, theirs = _NUMBER.findall(query), _NUMBER.findall(form)
    return bool(ours) and bool(theirs) and ours != theirs


def _names_another(index: Index, word: str, listed: str, form: Form) -> bool:
    """True when ``word`` (folded), in the place of the form's word ``listed``, is, as it stands,
    a form that names another entity than the form's on its own (not one that needs context or
    quotation marks) and than ``listed`` names: المعلا, Al-Mualla, in ميناء المعلا, which is then
    no misspelling of ميناء المكلا; but بنغلادش, another spelling of the country the listed
    بنغلاديش names, may spell حزب بنغلاديش الوطني."""
    own = {form.entity.id} | {f.entity.id for f in index.exact_forms(listed)}
    return any(f.entity.id not in own and f.kind != "quoted" and not f.needs_context for f in index.exact_forms(word))  # nearby forms need context


def _names_another_as_written(index: Index, word: str, listed: str, form: Form) -> bool:
    """True when ``word`` (folded), in the place of the form's word ``listed``, names another
    entity (:func:`_names_another`) as it stands or after a one-letter proclitic: المعلا in
    ميناء المعلا, لواسط (ل + Wasit) in محافظا لواسط, no misspellings of ميناء المكلا and محافظة
    الوسطى. A word with the form's word's consonants is that word with a vowel letter more or
    less, not a proclitic and a name (كاسبر in كاسبر فيلدكامب is كاسبار, not ك + إسبر)."""
    if _names_another(index, word, listed, form):
        return True
    return (
        word[:1] in _ONE_LETTER_PROCLITICS
        and len(word) > 3
        and _consonants(word) != _consonants(listed)
        and _names_another(index, word[1:], listed, form)
    )


def _respelled_arabic_given_name(word: str, form: Form) -> bool:
    """True when ``word`` (folded), the first of a span, is another given name than the one a
    person's form of several words opens with, an Arabic given name (spelled one way: حيان is
    not حسين), unless it reads as the person's English given name (عصمان ديمبيلي, Ousmane
    Dembélé, listed عثمان ديمبيلي)."""
    first = form.folded.split()[0]
    if form.entity.type != "person" or word == first or first not in ARABIC_GIVEN_NAMES:
        return False
    return not reads_as(word, form.entity.en.split()[0])


# --- spellings the entity's English form backs (see translit.latin) ----------------------


def _english_backed_hits(index: Index, query: str, qkey: str, *, guard_common: bool) -> list[Hit]:
    """When the Arabic spelling alone finds nothing: forms whose entity's English form backs
    ``query`` (compact folded), from the closest evidence to the broadest, all with rule ``english``:

    1. a short name written with one or two vowel letters more (زيندر / زندر, Zinder); in running
       text too, there under the nisba and article guards;
    2. look-ups: a short name's final vowel written otherwise (سبهة / سبها, Sabha; لوميه / لومي, Lomé);
    3. look-ups: a spelling a little over budget that reads as the English form (بريزبن / برسبان);
    4. look-ups: a name that reads as exactly one entity's English form (ساراجوسا / سرقسطة).
    """
    backed = _backed_vowel_hits(index, query)
    if guard_common:
        return [h for h in backed if not _guarded(query, h.form, guard_common)]
    # In a look-up the English form outweighs the nisba guard: فادي is Fadi, listed فاد.
    hits = backed + _backed_final_vowel_hits(index, query)
    if not hits:
        hits = [h for h in _english_hits(index, query, qkey) if not _guarded(query, h.form, guard_common)]
    if not hits:
        hits = [h for h in _english_named_hits(index, query) if not _guarded(query, h.form, guard_common)]
    return hits


def _backed_vowel_hits(index: Index, query: str) -> list[Hit]:
    """Forms of a short one-word name that ``query`` (compact folded) writes with one or two vowel
    letters more, each where the entity's English form has that vowel (زيندر for زندر, Zinder;
    سارسيل for سرسل, Sarcelles).

    >>> from translit.lexicon import load_lexicon
    >>> [h.form.entity.id for h in _backed_vowel_hits(Index(load_lexicon()), "بوتين")]
    []
    """
    if " " in query:
        return []
    hits: list[Hit] = []
    positions = [i for i, letter in enumerate(query) if letter in VOWEL_LETTERS]
    for extra in (1, 2):
        if not thresholds.MIN_BACKED_VOWEL_LETTERS <= letters(query) - extra <= thresholds.BACKED_VOWEL_MAX_LETTERS:
            continue
        for dropped in combinations(positions, extra):
            forms = index.exact_forms("".join(ch for i, ch in enumerate(query) if i not in dropped))
            cost = round(sum(drop_cost(query[i]) for i in dropped), 4)
            for form in forms:
                if " " not in form.folded and all(backs_vowel(query, i, form.entity.en) for i in dropped):
                    hits.append(Hit(form, "english", round(1.0 - cost / len(query), 4), cost))
    return hits


_HEH, _YEH, _ALEF_MAKSURA, _TA_MARBUTA = "\u0647", "\u064a", "\u0649", "\u0629"  # ه ي ى ة
#: Final -a written with alef or ta marbuta (folded ه).
_FINAL_A = {"\u0627": "\u0647", "\u0647": "\u0627"}


def _backed_final_vowel_hits(index: Index, query: str) -> list[Hit]:
    """Forms of a short one-word name whose final vowel ``query`` (compact folded) writes
    otherwise, as the entity's English form backs: ة where the lexicon has ا or the other way
    round, when the English ends in -a (كندة / كندا, Kinda); a final ه the lexicon leaves out, when
    the English ends in a vowel (لوميه / لومي, Lomé).

    >>> from translit.lexicon import load_lexicon
    >>> [h.form.entity.id for h in _backed_final_vowel_hits(Index(load_lexicon()), "غزا")]
    []
    """
    n = letters(query)
    if " " in query or not thresholds.MIN_BACKED_VOWEL_LETTERS <= n <= thresholds.BACKED_VOWEL_MAX_LETTERS + 1:
        return []
    hits: list[Hit] = []
    if query[-1] in _FINAL_A and n <= thresholds.BACKED_VOWEL_MAX_LETTERS:
        other = query[:-1] + _FINAL_A[query[-1]]
        cost = edit_cost(query, other)
        hits += [Hit(f, "english", round(1.0 - cost / n, 4), cost) for f in index.exact_forms(other) if " " not in f.folded and ends_in_a(f.entity.en)]
    if query[-1] == _HEH:
        cost = drop_cost(_HEH)
        hits += [Hit(f, "english", round(1.0 - cost / n, 4), cost) for f in index.exact_forms(query[:-1]) if " " not in f.folded and ends_in_vowel(f.entity.en)]
    return hits


def _english_hits(index: Index, query: str, qkey: str) -> list[Hit]:
    """Look-ups: forms a little over budget whose entity's English form ``query`` reads as
    (بريزبن / برسبان, Brisbane; فتيحة / فاتحة, fatiha: the same ح on both sides), see
    :data:`translit.thresholds.ENGLISH_EXTRA_COST`.

    >>> from translit.lexicon import load_lexicon
    >>> [h.form.entity.id for h in _english_hits(Index(load_lexicon()), "ماكرونه", "مكرن")]
    []
    """
    vowels = _vowel_letters(query)
    merged = _merged_letters(query)
    hits: list[Hit] = []
    for form in index.candidates(qkey, None):
        n = min(letters(query), letters(form.folded))
        if n < thresholds.MIN_FUZZY_LETTERS or _merged_letters(form.folded) != merged or _vowel_letters(form.folded) > vowels:
            continue
        allowed = thresholds.budget(n) + thresholds.ENGLISH_EXTRA_COST
        cost = consistent_cost(query, form.folded, allowed)
        if cost <= allowed and reads_as(query, form.entity.en):
            score = round(max(0.0, 1.0 - cost / max(letters(query), letters(form.folded))), 4)
            hits.append(Hit(form, "english", score, cost))
    return hits


def _english_named_hits(index: Index, query: str) -> list[Hit]:
    """Look-ups: the entity whose English form ``query`` reads as, letter by letter, however the
    lexicon spells it in Arabic (ساراجوسا: Zaragoza, listed سرقسطة; قندلة: Qandala, listed
    قاندالا, each ق in the lexicon's spelling too); none when several do. A 4-letter name
    (مونخ: Munich, listed ميونخ) also needs no rival (see :func:`_has_rival`: كندي reads as
    Candy, كاندي, but it is Canada's adjective) and, for a person, a vowel letter: four
    consonants make an Arabic name (بلند, the Turkish Bülent, is not Boland, بولاند).

    >>> from translit.lexicon import load_lexicon
    >>> [h.form.entity.id for h in _english_named_hits(Index(load_lexicon()), "بوخارست")]  # listed بوخارست
    ['bucharest']
    """
    n = letters(query)
    if n < thresholds.ENGLISH_NAME_MIN_LETTERS:
        return []
    merged = _merged_letters(query)
    short = n < thresholds.ENGLISH_NAME_LETTERS_ALONE
    forms = [
        f
        for f in index.english_forms(query)
        if (_merged_letters(f.folded) == merged if short else not merged - _merged_letters(f.folded)) and reads_as(query, f.entity.en)
    ]
    if len({f.entity.id for f in forms}) != 1:
        return []
    if short and (_has_rival(index, query, forms) or (forms[0].entity.type == "person" and not _vowel_letters(query))):
        return []  # a person's name of four consonants is an Arabic name (بلند is not Boland, بولاند)
    cost = thresholds.ENGLISH_NAME_COST
    score = round(max(0.0, 1.0 - cost / n), 4)
    return [Hit(forms[0], "english", score, cost)]


def _has_rival(index: Index, query: str, forms: Sequence[Form]) -> bool:
    """True when another entity than that of ``forms`` (the forms whose English form the short
    ``query`` reads as) has a form with the phonetic key of ``query`` that is closer to it than
    theirs, or that it derives from: كندي reads as Candy (كاندي) but is Canada's adjective (كندا);
    قيدر reads as Qidar (قيدار), and Gedera's غديرا, with its consonants, is farther."""
    qkey = folded_key(query)
    own = min(edit_cost(query, f.folded) for f in forms)
    return any(
        f.key == qkey
        and f.entity.id != forms[0].entity.id
        and (edit_cost(query, f.folded) < own or derived_from(query, f.folded))
        for f in index.candidates(qkey, None)
    )


def _short_unwritten_vowel_hits(index: Index, query: str) -> list[Hit]:
    """Look-ups: the place or organisation one of whose forms is ``query`` (a compact folded name
    too short to match fuzzily) with one vowel letter more, when ``query`` reads as its English
    form and as no other such entity's (دلي / ديلي, Dili; الم / أولم, Ulm). Not a person: a
    vowel letter makes another Arabic name (سعد is not سعيد, Said).

    >>> from translit.lexicon import load_lexicon
    >>> _short_unwritten_vowel_hits(Index(load_lexicon()), "غزه")
    []
    """
    if " " in query or len(query) < thresholds.MIN_BACKED_VOWEL_LETTERS:
        return []
    hits = [
        Hit(f, "english", round(1.0 - drop_cost(vowel) / len(query), 4), drop_cost(vowel))
        for i in range(len(query) + 1)
        for vowel in VOWEL_LETTERS
        for f in index.exact_forms(query[:i] + vowel + query[i:])
        if " " not in f.folded and f.entity.type != "person" and reads_as(query, f.entity.en)
    ]
    return hits[:1] if len({h.form.entity.id for h in hits}) == 1 else []


def _verify_after_designator(words: Sequence[str], form_words: Sequence[str], plain_i: bool) -> Verdict | None:
    """The verdict on two names of a place that open with the same designator word (مدينة,
    بلدة ...), judged on the words after it: the word both write alike is no evidence, and
    counted in the length it would widen the edit budget (مدينة زيورخ, Zurich, is not مدينة
    زوارة, Zuwara, as زيورخ is not زوارة). None when the names do not open so."""
    if len(words) < 2 or len(form_words) != len(words) or words[0] != form_words[0] or words[0] not in PLACE_DESIGNATORS:
        return None
    return verify(" ".join(words[1:]), " ".join(form_words[1:]), plain_i=plain_i)


def _another_adjective(word: str, form_word: str) -> bool:
    """True when a word of a span (folded) is an adjective of relation of its own, with other
    consonants than the form's word: its feminine is a common word (Zipf >= ATTESTED_STEM_ZIPF),
    which the frequency list knows better than the masculine with the article (السيادي,
    "sovereign", is not السعودي, "Saudi"); or it is a feminine one whose masculine is attested
    (لجنة الانتخابات الأوغندية, Uganda's, is not India's لجنة الانتخابات الهندية). Vowel letters
    and hamza aside (الاوربي / الاوروبي) the two are one word spelled otherwise, which this
    leaves alone."""
    if _consonants(word) == _consonants(form_word):
        return False
    feminine = word.endswith(_YEH + _HEH) and zipf(word[:-1]) >= thresholds.ATTESTED_STEM_ZIPF  # ية folded
    return feminine or is_masculine_nisba(word, thresholds.ATTESTED_STEM_ZIPF)


def _another_common_word(words: Sequence[str], form_words: Sequence[str]) -> bool:
    """True when a word of a looked-up name of several words (folded) and the form's word beside
    it are two common words with other consonants: the name says another thing, not the same
    name spelled otherwise (وكالة الأنباء السورية is Syria's agency, not Saudi Arabia's
    السعودية; العمانية is not اليمنية). Two spellings of one word differ only in vowel letters,
    hamza and the article (سنت / سانت, عطا الله / عطاء الله), which this leaves alone."""
    return any(
        w != fw
        and _consonants(w) != _consonants(fw)
        and is_common(w, thresholds.COMMON_WORD_ZIPF)
        and is_common(fw, thresholds.COMMON_WORD_ZIPF)
        for w, fw in zip(words, form_words)
    )


#: Letters a spelling may add or drop without changing the word: the long vowels and hamza.
_NOT_CONSONANTS = str.maketrans("", "", "".join(VOWEL_LETTERS) + "\u0621")  # ا و ي, ء HAMZA


def _consonants(folded: str) -> str:
    """A folded word without the article, its vowel letters and hamza: سانت -> سنت, عطاء -> عط,
    الانباء -> نب (a name drops or keeps the article: وكالة انباء السعودية)."""
    return folded.removeprefix(ARTICLE).translate(_NOT_CONSONANTS)


def _merged_letters(folded: str) -> Counter[str]:
    """The letters of a folded spelling that Latin writes like another (ع ح ض ص ط ظ ق ذ ء)."""
    return Counter(letter for letter in folded if letter in MERGED_IN_LATIN)


def _vowel_letters(folded: str) -> int:
    return sum(1 for letter in folded if letter in VOWEL_LETTERS)


def _guarded(query: str, form: Form, guard_common: bool) -> bool:
    """True when a pair is refused before any cost: one is the other plus a nisba ending, or, in
    running text, either has the article (a name with the article is Arabic, الجبري, الخليل: its
    spellings differ only by folding, while a vowel or a letter more makes another word, الجبوري,
    الخلول)."""
    if derived_from(query, form.folded, feminine_ending=guard_common, plain_i=_plain_i(form, guard_common)):
        return True
    if _final_vowel_unbacked(query, form):
        return True
    if guard_common and _final_heh_dropped(query, form.folded):
        return True
    if _feminine_ending_dropped(query, form):
        return True
    return guard_common and (query.startswith(ARTICLE) or form.folded.startswith(ARTICLE))


def _final_heh_dropped(query: str, form: str) -> bool:
    """True when a word of ``query`` (folded) ends in ه, a ta marbuta or a pronoun as written,
    where the form's word ends in neither ه nor ا: an Arabic feminine noun or a word with "his"
    (مربوطة, "tied", is not مربوط; لطافة, "kindness", not Latofat's لطافت), while a foreign
    name's final a is written either way (مالطة / مالطا, Malta)."""
    return any(w.endswith(_HEH) and not f.endswith((_HEH, "\u0627")) for w, f in _word_pairs(query, form))


def _feminine_ending_dropped(query: str, form: Form) -> bool:
    """True when a word of ``query`` (folded) is a word of the form written with a final ta
    marbuta, without it: the name and its feminine are two names (نادر / نادرة, Nader and
    Nadire; سعيد / سعيدة), a place and a word two (جد, "grandfather", is not جدة, Jeddah).
    Looked-up names too: the English form may read either way (Nadire as نادر)."""
    pairs = _word_pairs(query, form.folded)
    dropped = [i for i, (w, f) in enumerate(pairs) if f.endswith(_HEH) and w == f[:-1]]
    if not dropped:
        return False  # the common case, decided on the folded forms alone
    written = light_fold(form.text).split()
    return len(written) == len(pairs) and any(written[i].endswith(_TA_MARBUTA) for i in dropped)


def _word_pairs(query: str, form: str) -> list[tuple[str, str]]:
    """The words of a query and of a form (both folded) side by side, when they have as many;
    no pair otherwise."""
    words, form_words = query.split(), form.split()
    return list(zip(words, form_words)) if len(words) == len(form_words) else []


def _sounds_otherwise(query: str, form: Form) -> bool:
    """True when the lexicon's spelling reads letter by letter as its entity's English form and
    ``query`` cannot, even loosely (:func:`translit.latin.may_read_as`: ا for any vowel, ة for
    t ...): the English shows how the name sounds, and the word in the text writes other sounds
    (ميستورا, de Mistura, is not مستوره "mastura"; يلوستون, Yellowstone, is not ويليستون
    "Williston"; باكنغهام is still بكنغهام, Buckingham). A form the English does not spell out
    (a surname of a longer English form) is no evidence either way. Running text only: a
    bare name looked up is known to be a name, and there the veto cost more right links than
    wrong ones (on the dev split PER 2 right links lost for 1 wrong one, LOC 4 for 2)."""
    return reads_as(form.folded, form.entity.en) and not may_read_as(query, form.entity.en)


def _final_vowel_unbacked(query: str, form: Form) -> bool:
    """True when ``query`` adds a vowel letter after the final consonant of a form whose entity's
    English form ends in that consonant too: أمانو (Amano) is not ئاممان (Amman)."""
    last = form.folded[-1:]
    return (
        query[-1:] in VOWEL_LETTERS
        and query[-2:-1] == last
        and last not in VOWEL_LETTERS
        and last != _HEH
        and ends_in_consonant(form.entity.en)
    )


def _plain_i(form: Form, guard_common: bool) -> bool:
    """Whether a bare final ي makes a nisba: in running text, and for any name but a place's."""
    return guard_common or form.entity.type != "place"


def _compound_tail(word: str) -> str:
    """The word after a compound prefix that :func:`compact` glued to it (بنسعد -> سعد), else the word."""
    for prefix in COMPOUND_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix) :]
    return word


def _text_fuzzy_hits(index: Index, query: str) -> list[Hit]:
    """:func:`_fuzzy_hits` for running text, memoised on the index by the compact query:
    many readings of many words (``الدوحه``, ``والدوحه``, ``بالدوحه``) ask the same question."""
    memo = index.memo_fuzzy
    cached = memo.get(query)
    if cached is None:
        cached = _fuzzy_hits(index, query, guard_common=True, same_words=True)
        index.remember(memo, query, cached)
    return list(cached)


def _exact_hits(index: Index, query: str) -> list[Hit]:
    return [Hit(form, "folded", thresholds.SCORE_FOLDED, 0.0) for form in index.exact_forms(query)]


def match_span(index: Index, span: str) -> list[Hit]:
    """Match a span of running text (folded words): same spelling first, then the guarded fuzzy look-up.

    >>> from translit.lexicon import load_lexicon
    >>> index = Index(load_lexicon())
    >>> [(h.form.entity.id, h.rule) for h in match_span(index, "ماكجورك")]
    [('brett-mcgurk', 'folded')]
    """
    query = compact(span)
    return _exact_hits(index, query) or _text_fuzzy_hits(index, query)


def match_name(index: Index, name: str) -> list[Hit]:
    """Match a bare name (a look-up): see :func:`_match_name`; a form that marks another short
    vowel than the name on the same letter is left out (عُمان is not عَمّان)."""
    return list(_as_marked(tuple(_match_name(index, name)), name))


def _match_name(index: Index, name: str) -> list[Hit]:
    """Match a bare name (a look-up): the name is known to be a name, read without context.

    Takes the name as written (the hamza on a leading alef tells آلستون from ال + ستون).

    Spaces and hyphens do not count (محمد سعيد / محمدسعيد, جان-جاك), the article is optional
    (الدريدي / دريدي, at a cost), so are a place's leading designator and trailing epithet
    (مدينة حمص / حمص, مكة المكرمة / مكة, at a cost) and a family word (عائلة التوام / التوام);
    a frequent word may still match fuzzily, and the entity's English form may back a spelling
    (see :func:`_english_backed_hits`); no proclitic is removed, since a bare name that starts
    with و or ل usually starts that way (وليام، لندا). A final ى is the vowel a of an entity
    whose English form ends in it (بخارى, Bukhara, listed بوخارا). A person's full name with a
    father's or middle name inside it is the person, as in running text
    (:func:`_through_middle_names`).

    >>> from translit.lexicon import load_lexicon
    >>> index = Index(load_lexicon())
    >>> [(h.form.entity.id, h.rule) for h in _match_name(index, "الماكغورك")]
    [('brett-mcgurk', 'article')]
    """
    written = " ".join(light_fold(name).translate(JOINERS).split())
    query = compact(fold_name(name))
    hits = _exact_hits(index, query)
    if not hits:
        hits = [Hit(f, "folded", thresholds.SCORE_FOLDED, thresholds.SPACE_COST) for f in index.nospace_forms(query)]
    if hits:
        return hits
    article = []
    family = written.split(maxsplit=1)[0] == "\u0622\u0644"  # آل داعوق, the Da'ouq family: داعوق
    if (_written_with_article(written) or family) and letters(query) - 2 >= thresholds.MIN_ARTICLE_NAME_LETTERS:
        article = index.nospace_forms(query[len(ARTICLE) :])
    elif not query.startswith(ARTICLE):
        article = [f for f in index.nospace_forms(ARTICLE + query) if _written_with_article(f.text)]
    score = thresholds.SCORE_ARTICLE
    hits = [Hit(f, "article", score, thresholds.ARTICLE_COST) for f in article]
    if not hits and _written_with_article(written) and " " not in query:
        # The article read off, then a vowel letter the English form backs: السنوار / سنور, Sinwar.
        backed = _backed_vowel_hits(index, query[len(ARTICLE) :])
        hits = [Hit(h.form, "english", h.score, round(h.cost + thresholds.ARTICLE_COST, 4)) for h in backed]
    fuzzy = _fuzzy_hits(index, query, guard_common=False, same_words=False)
    rest = bare_name(written, query, LEADING_WORDS)
    if rest is not None:
        cost = thresholds.DESIGNATOR_COST
        hits += [Hit(h.form, "designator", min(h.score, thresholds.SCORE_DESIGNATOR), round(h.cost + cost, 4)) for h in match_name(index, rest) if h.rule in ("folded", "article")]
    found = sorted((h for h in hits + fuzzy if not _another_given_name(written, h.form)), key=lambda h: (h.cost, -h.score))
    inner = _inner_final_vowels(written)
    if not found and inner is not None:
        # قره بولوت is قرابولوت (Karabulut): a word's final ه inside a name writes its vowel.
        cost = thresholds.INNER_FINAL_VOWEL_COST
        found = [Hit(h.form, h.rule, h.score, round(h.cost + cost, 4)) for h in match_name(index, inner)]
    if not found and written.endswith(_ALEF_MAKSURA) and len(written) > 2:
        # بخارى is بوخارا (Bukhara): a final ى writes the vowel a, which folding reads as ي.
        cost = thresholds.INNER_FINAL_VOWEL_COST
        found = [
            Hit(h.form, h.rule, h.score, round(h.cost + cost, 4))
            for h in match_name(index, written[:-1] + "\u0627")
            if ends_in_a(h.form.entity.en)
        ]
    if not found and written.count(" ") >= 2:
        # أحمد حسين الشرع is أحمد الشرع with his father's name, as in running text.
        tokens = tokenize(written)
        found = [
            Hit(h.form, h.rule, h.score, thresholds.MIDDLE_NAME_COST)
            for m in _through_middle_names(tokens, index, 0)
            if m.last == len(tokens)
            for h in m.hits
        ]
    return found


def _another_given_name(written: str, form: Form) -> bool:
    """True when a bare name and a person's form of as many words differ in their first word,
    both first words being common given names (:mod:`translit.givennames`) that differ only in
    vowel letters (ا و ي): محمد / محمود, حسن / حسين, سعد / سعيد are different names, so محمد
    عباس is not Mahmoud Abbas (محمود عباس), while سيرجي / سيرغي (one name, two g-letters) and a
    given name the list does not hold (ميشال for ميشيل) stay spellings."""
    if form.entity.type != "person":
        return False
    words, listed = written.split(), light_fold(form.text).split()
    if len(words) < 2 or len(words) != len(listed) or fold(words[0]) == fold(listed[0]):
        return False
    if not (is_given_name(words[0]) and is_given_name(listed[0])):
        return False
    return fold(words[0]).translate(_NO_VOWEL_LETTERS) == fold(listed[0]).translate(_NO_VOWEL_LETTERS)


#: Deletes the long-vowel letters ا و ي (str.translate), leaving a word's consonants.
_NO_VOWEL_LETTERS = str.maketrans("", "", "".join(VOWEL_LETTERS))


#: A final ه or ة (written either way) of a word inside a name.
_INNER_FINAL_HEH = re.compile("[\u0647\u0629](?= )")


def _inner_final_vowels(written: str) -> str | None:
    """The name with the final ه of each word but the last written ا, as Turkish and Persian
    names write a final vowel either way (قره بولوت / قرابولوت, Karabulut); None when no word
    inside the name ends in ه.

    >>> _inner_final_vowels("قره بولوت"), _inner_final_vowels("بولوت")
    ('قرا بولوت', None)
    """
    changed = _INNER_FINAL_HEH.sub("\u0627", written)
    return changed if changed != written else None


#: Alef with hamza or madda: a word written with one of them does not start with the article.
_HAMZA_ALEFS = ("\u0623", "\u0625", "\u0622")  # أ إ آ
_ONE_LETTER_PROCLITICS = frozenset(p for p in PROCLITICS if len(p) == 1)  # و ف ب ل ك
#: Words that head the name of a channel, a paper, a work, a business or a place (مدينة,
#: ولاية: a place's name is a construct too), folded.
_NAME_HEADS = TITLE_HEADS | BRAND_HEADS | PLACE_DESIGNATORS
#: ك ("like"), the rarest proclitic on a name.
_KAF = "\u0643"


def _like_a_bare_alef(written: str, form: Form) -> bool:
    """True when a word read after ك ("like") writes a bare alef where a one-word form starts
    with hamza or madda on it: كاسيا is the surname Kaseya (جان كاسيا), not ك + آسيا, which
    "like Asia" would write كآسيا. ك on a name is rare enough to ask for its spelling."""
    return " " not in form.folded and form.text[:1] in _HAMZA_ALEFS and written[:1] != form.text[:1]


def _written_with_article(text: str) -> bool:
    """True when a lexicon form as written may start with the article: ال without hamza or madda.

    The article's alef never carries hamza, so آلستون (Alston) and ألبانيا (Albania) are not
    ال + a name, while الدريدي may be.

    >>> _written_with_article("الدريدي"), _written_with_article("آلستون"), _written_with_article("ألبانيا")
    (True, False, False)
    """
    return light_fold(text).startswith(ARTICLE)


def spelled_as_another_word(written: str, form: Form) -> bool:
    """True when a word that folds onto a lexicon form is, as written, an ordinary word.

    Folding merges ى/ي, ة/ه and ئ/ي, so the preposition على folds onto the name علي, هادئ
    (calm) onto هادي and جده (his grandfather) onto جدة. Such a word is taken for the name
    only when it is spelled as the lexicon spells it (hamza on alef aside) or when, as
    written, it is clearly rarer than the lexicon's own spelling; never when it writes a
    dotted ي for the ى of a name ending in -a (بخاري is not بخارى, Bukhara) or a ه after an
    ordinary word for a ة (حواره, "his interview", is not حوارة, Huwara), nor a ة for the ه of
    a foreign -e, -eh or -h (غيلة, "treachery", is not Guelleh's غيله; بين الفينة والأخرى, "from
    time to time", not Vinh's فينه; a name ending in -a is written either way). A place or
    organisation spelled otherwise is not taken from a word that is, as written, an everyday
    noun (أمن, security, is not Emmen, listed امن). A word written with the article, a common
    word after it, is not a name the lexicon writes with a hamza on its first alef (الجين, "the
    gene", is not Elgin's إلجين: the article's alef carries none).

    Takes the word with marks removed (:func:`translit.orthography.light_fold`) and the form.

    >>> from translit.lexicon import Entity
    >>> ali = Form(Entity("ali", "person", "Ali", "علي"), "علي", "علي", "", "ar")
    >>> spelled_as_another_word("على", ali), spelled_as_another_word("علي", ali)
    (True, False)
    """
    listed = light_fold(form.text)
    if written != listed and form.entity.type != "person" and is_everyday_noun(written) and not is_everyday_noun(listed):
        return True  # أمن (security) is not Emmen, listed امن: as written, an everyday noun
    if written.startswith(ARTICLE) and listed[:1] in _HAMZA_ALEFS and listed[1:2] == "\u0644" and is_common(fold(written[len(ARTICLE) :]), thresholds.COMMON_WORD_ZIPF):
        return True  # الجين is ال + جين ("the gene"), not Elgin's إلجين: the article's alef has no hamza
    z, listed_z = surface_zipf(written), surface_zipf(listed)
    if z >= thresholds.HAMZA_WORD_ZIPF and _hamza_seat_added(written, listed):
        return True  # فئران (mice) is not Ferran's فيران; مرفأ (port) not Merefa's مرفا; رؤى not روي
    if _madda_for_hamza_below(written, listed) and z >= thresholds.COMMON_WORD_ZIPF:
        return True  # آمن ("safe") is not Emmen's إمن: آ is hamza and a long a, إ hamza and i
    if _madda_inside_for_hamza(written, listed):
        return True  # مآرب ("aims") is not Marib's مأرب: a madda inside a word is hamza and a long a
    if written.translate(ALEF_FORMS) == listed.translate(ALEF_FORMS):
        return False
    if written.endswith(_YEH) and listed.endswith(_ALEF_MAKSURA) and ends_in_a(form.entity.en):
        return True  # بخاري (Bukhari) is not بخارى (Bukhara): ى is the -a, a dotted ي an -i
    if written.endswith(_HEH) and listed.endswith(_TA_MARBUTA) and is_common(fold(written[:-1]), thresholds.COMMON_WORD_ZIPF):
        return True  # حواره (his interview) is not حوارة (Huwara): ه after an ordinary word is "his"
    if written.endswith(_TA_MARBUTA) and listed.endswith(_HEH) and not ends_in_a(form.entity.en):
        return True  # غيلة ("treachery") is not Guelleh's غيله: a foreign -eh is no ta marbuta
    return z >= thresholds.COMMON_WORD_ZIPF and z >= listed_z - thresholds.SPELLING_MARGIN_ZIPF


#: Hamza on a yeh or waw seat; folding gives each its plain letter (translit.orthography).
_HAMZA_SEATS = frozenset("\u0626\u0624")  # ئ ؤ
_HAMZA_ON_ALEF = "\u0623"  # أ after a word's first letter: a hamza on its alef seat (مرفأ, ملجأ, تأكيد)


def _madda_for_hamza_below(written: str, listed: str) -> bool:
    """True when one spelling starts with alef madda (آ, a hamza and a long a) and the other
    with hamza below (إ, a hamza and i): two marked letters, two sounds. A writer leaves the
    hamza out (اسرائيل) or puts it on top for the madda (أيسلندا / آيسلندا), not under."""
    return {written[:1], listed[:1]} == {"\u0622", "\u0625"}  # آ إ


def _madda_inside_for_hamza(written: str, listed: str) -> bool:
    """True when ``written`` has alef madda (آ) after its first letter where ``listed`` has a
    hamza on alef (أ): ma'ārib, not ma'rib. At the start of a word writers put either mark
    for a madda (أيسلندا / آيسلندا); inside one, a madda is written as heard."""
    return len(written) == len(listed) and any(ours == "\u0622" and theirs == _HAMZA_ON_ALEF for ours, theirs in zip(written[1:], listed[1:]))


def _hamza_seat_added(written: str, listed: str) -> bool:
    """True when ``written`` has a hamza on a seat (ئ ؤ, or an أ after the first letter) where
    ``listed`` has the plain letter (مرفأ, "port", where the lexicon lists the town Merefa as
    مرفا; تأكيدا, "in confirmation", where it lists Takeda as تاكيدا). A first letter's hamza is
    left out too often to tell (احمد, اسامة)."""
    if len(written) != len(listed):
        return False
    pairs = list(zip(written, listed))
    return any(seat in _HAMZA_SEATS and fold(seat) == plain for seat, plain in pairs) or any(
        seat == _HAMZA_ON_ALEF and plain == "\u0627" for seat, plain in pairs[1:]
    )


#: Every letter that writes a hamza: on alef, on a seat, alone (ء).
_HAMZAS = frozenset(_HAMZA_ALEFS) | _HAMZA_SEATS | {"\u0621"}


#: Hamzas that, written inside a word right after a consonant, spell an Arabic word.
_INNER_HAMZAS = _HAMZA_SEATS | {_HAMZA_ON_ALEF}


def _seated_after_a_consonant(written: str) -> bool:
    """True when a word, as written, has a hamza on a seat (ئ ؤ) or on alef (أ) right after a
    consonant: the spelling of an Arabic word (تبرئة, "acquittal"; مسؤول; مأدبة, "banquet";
    مؤجلا, "postponed", which wordfreq does not list), which is no other spelling of a name
    written without hamza (Tiberias's طبرية, Madaba's مادبا, Muğla's موغلا). A borrowed name
    writes a seat only after a vowel letter (رافائيل, إسرائيل) and its alef plain."""
    return any(ch in _INNER_HAMZAS and i > 0 and fold(written[i - 1]) not in VOWEL_LETTERS for i, ch in enumerate(written))


_AIN = "\u0639"  # ARABIC LETTER AIN ع


def _root_ain(written: str, form: Form) -> bool:
    """True when a word, as written and attested (Zipf >= ``thresholds.ATTESTED_STEM_ZIPF``),
    has ع before its last letter where the form has none: the root consonant of an Arabic
    word (هرعت, "rushed"), which is no spelling of a name written without it (Herat's هرات).
    Hebrew ayin, which Arabic writes ع or ا, stays free at the end of a word (بارنيع, بارنيا).

    >>> from translit.lexicon import Entity
    >>> herat = Form(Entity("herat", "place", "Herat", "هرات"), "هرات", "هرات", "HRT", "ar")
    >>> _root_ain("هرعت", herat), _root_ain("هراة", herat)
    (True, False)
    """
    return _AIN in written[:-1] and _AIN not in form.folded and surface_zipf(written) >= thresholds.ATTESTED_STEM_ZIPF


def _may_be_a_name(token: Token, reading: Reading) -> bool:
    """False when a one-word reading cannot be a name whatever the lexicon says.

    - a function word (pronoun, preposition, particle, auxiliary), as folded or as written
      after a proclitic: فإن is ف + إن, بأنه is ب + أنه; a number word with the article:
      الستون is "the sixty", not Allston (آلستون);
    - a proclitic read off a word that is itself a word about as likely as what remains, or
      likelier: ولاية (state) is not و + لاية, بلاي ("Play") not ب + لاي, while وحماس is
      و + حماس (see ``thresholds.CLITIC_MARGIN_ZIPF``), and a pair of proclitics whose second
      letter starts such a word: وكبار is و + كبار ("and the seniors"), not وك + بار;
    - the article read off an ordinary word, common with the article too: الليل is not ال +
      ليل (Lille) (النيبال is Nepal: the word with the article is none); nor off a word whose
      alef carries hamza: ألمانيا is not ال + مانيا.

    >>> from translit.tokens import tokenize, readings
    >>> [t] = tokenize("فإن")
    >>> [_may_be_a_name(t, r) for r in readings(t.folded)]
    [False, False]
    """
    if is_function_word(reading.query) or is_number_word(token.light[len(reading.clitic) :]):
        return False  # هو, في ...; الستون ("the sixty") is no Allston
    if any(token.light.startswith(p) and token.light[len(p) :] in LIGHT_FUNCTION_WORDS for p in PROCLITICS):
        return False
    if reading.article == "stripped" and is_common(reading.query, thresholds.COMMON_WORD_ZIPF):
        # الليل is the night, not ال + Lille: only a rare name sheds the article, or one that
        # is itself rare with it (النيبال: نيبال is common, for Nepal, the word with ال is none)
        if surface_zipf(token.light[len(reading.clitic) :]) >= thresholds.ATTESTED_STEM_ZIPF:
            return False
    if reading.article == "stripped" and token.light[len(reading.clitic) :][:1] in _HAMZA_ALEFS:
        return False  # ألمانيا, آلستون: the article's alef never carries hamza or madda
    if not reading.clitic:
        # بأقراط is ب + أقراط ("with earrings"), not Bagrat: a hamza on alef right after a
        # proclitic letter starts the word that follows it; no borrowed name is spelled so.
        return not (token.light[:1] in _ONE_LETTER_PROCLITICS and token.light[1:2] in _HAMZA_ALEFS)
    if written_with_pronoun(token.light, thresholds.COMMON_WORD_ZIPF):
        return False  # كسبها is كسب + ها ("won it"), not ك + سبها (Sabha)
    written = token.light[len(reading.clitic) :]
    if reading.article == "elided":
        written = written_query(token.light, reading)  # للعراق is ل + العراق: its rival is العراق, not لعراق
    if len(reading.clitic) == 2 and read_whole(token.light[1:], reading.clitic[1], written):
        return False  # وكبار is و + كبار ("and the seniors"), not وك + بار; وبمصر is وب + مصر
    return not read_whole(token.light, reading.clitic, written)


def read_whole(word: str, clitic: str, rest: str) -> bool:
    """True when a word as written that starts with ``clitic`` is a word in its own right rather
    than the clitic and ``rest``: common, and about as common as ``rest`` or more (see
    ``thresholds.CLITIC_MARGIN_ZIPF``), perhaps with the accusative alif (مسؤولين كبارا, "senior
    officials", is no ك + Bara): بلاي is "Play", لصالح "in favour of"; وحماس is و + حماس."""
    whole = surface_zipf(word)
    if word.endswith(ACCUSATIVE_ALIF) and len(word) > 3:
        whole = max(whole, surface_zipf(word[:-1]))  # كبارا is كبار ("senior") + the accusative alif
    margin = thresholds.CLITIC_MARGIN_ZIPF[clitic[0]]
    return whole >= thresholds.CLITIC_WHOLE_WORD_ZIPF and whole > surface_zipf(rest) - margin


def _first_word_gate(index: Index, word: str) -> bool:
    return word_key(word) in index.first_keys


def _single_word(index: Index, token: Token) -> tuple[_Start, ...]:
    """Every reading of one token with its one-word hits: a pure function of the token's spelling.

    Memoised on the index by ``(folded, light)``: running text repeats its words, so each
    distinct spelling is read, looked up and verified once.
    """
    memo_key = (token.folded, token.light)
    memo = index.memo_words
    cached = memo.get(memo_key)
    if cached is not None:
        return cached
    starts: list[_Start] = []
    for rank, reading in enumerate(readings(token.folded)):
        gate = _first_word_gate(index, reading.query)
        span = reading.query
        query = compact(span)
        hits: list[Hit] = []
        may_be = _may_be_a_name(token, reading)
        if may_be:
            hits = _exact_hits(index, span)
            if hits:
                written = written_query(token.light, reading)
                hits = [h for h in hits if not spelled_as_another_word(written, h.form)]
                if reading.clitic.endswith(_KAF):
                    hits = [h for h in hits if not _like_a_bare_alef(written, h.form)]
            if not hits and reading.article != "stripped":
                # A word written with the article is Arabic: الأوسط read as ال + اوسط is "middle",
                # not a spelling of Ossett (اوست); only an exact form may shed the article.
                hits = _text_fuzzy_hits(index, query)
                written = token.light[reading.skip :]
                if hits and _seated_after_a_consonant(written):
                    hits = [h for h in hits if _HAMZAS.intersection(h.form.text)]
                hits = [h for h in hits if not _root_ain(written, h.form)]
                if query[:1] in _ONE_LETTER_PROCLITICS:
                    # Read whole, a word that starts with a proclitic letter keeps it: وجنودا (and
                    # soldiers) is not a spelling of أوجندا; read as و + a name, another spelling
                    # links only next to the full name (see translit.resolve).
                    hits = [h for h in hits if h.form.folded[:1] == query[:1]]
        starts.append(_Start(rank, reading, gate, query, tuple(hits), index.has_prefix(span), may_be or not reading.clitic))
    result = tuple(starts)
    index.remember(memo, memo_key, result)
    return result


def _multi_word(index: Index, span: str, gate: bool) -> tuple[str, tuple[Hit, ...], bool]:
    """(compact span, hits, may grow) of a span of several words; memoised on the index."""
    memo_key = (span, gate)
    memo = index.memo_spans
    cached = memo.get(memo_key)
    if cached is not None:
        return cached
    query = compact(span)
    hits = _exact_hits(index, span)
    if not hits and gate:
        hits = _text_fuzzy_hits(index, query)
    result = (query, tuple(hits), index.has_prefix(span))
    index.remember(memo, memo_key, result)
    return result


@dataclass(frozen=True, slots=True)
class _Start:
    """One reading of a word as the start of a span, with what the word alone matched."""

    rank: int
    reading: Reading
    gate: bool  # the word's key starts some multi-word form: spans may grow past unknown prefixes
    query: str  # compact folded reading
    hits: tuple[Hit, ...]
    prefix: bool  # some form starts with this word
    grows: bool = True  # False when the reading reads a proclitic off a word read whole: no fuzzy span from it


def find_matches(tokens: Sequence[Token], index: Index) -> list[Match]:
    """All matches in a token sequence, overlapping ones resolved: longest span first.

    Takes tokens (see :func:`translit.tokens.tokenize`) and the index; returns
    non-overlapping matches in text order. What the words around a match say about it
    (whose surname it is, an adjective agreeing with its noun) is read next, by
    :func:`translit.context.in_context`.

    >>> from translit.lexicon import Entity, Lexicon
    >>> from translit.tokens import tokenize
    >>> index = Index(Lexicon([Entity("joe-biden", "person", "Joe Biden", "جو بايدن")]))
    >>> [(m.first, m.last) for m in find_matches(tokenize("قال جو بايدن ثم بايدن"), index)]
    [(1, 3), (4, 5)]
    """
    found: list[Match] = []
    n_tokens = len(tokens)
    max_words = index.max_words
    for i in range(n_tokens):
        can_grow = i + 1 < n_tokens and tokens[i + 1].linked and max_words > 1
        for start in _single_word(index, tokens[i]):
            hits = _as_marked(start.hits, tokens[i].text) if start.hits else start.hits
            if hits and not tokens[i].closes:
                hits = _unquoted(hits)
            if hits:
                found.append(Match(i, i + 1, start.reading, start.rank, start.query, hits))
            if not can_grow or not (start.prefix or start.gate):
                continue
            # a proclitic read off a word read whole starts only forms spelled as listed: وزير
            # الحج is no و + a spelling of وزارة الحج, while لبنك كندا is ل + بنك كندا
            # nor does عبد, which compacts with the next word: a span it opens is no misspelling
            # (عبد الله اليامي is not عبد الله العليمي), whatever first words the lexicon's keys hold
            fuzzy = start.gate and start.grows and start.reading.query != ABD
            words = [start.reading.query, tokens[i + 1].folded]
            j = i + 2
            while True:
                span = " ".join(words)
                query, hits, prefix = _multi_word(index, span, fuzzy)
                if hits:
                    hits = _as_marked(hits, " ".join(t.text for t in tokens[i:j]))
                if hits and start.reading.article == "stripped":
                    hits = tuple(h for h in hits if not _in_construct(h.form))
                if hits and not tokens[j - 1].closes:
                    hits = _unquoted(hits)
                if hits:
                    found.append(Match(i, j, start.reading, start.rank, query, hits))
                if j >= n_tokens or not tokens[j].linked or len(words) >= max_words:
                    break
                if not (prefix or fuzzy):
                    break
                words.append(tokens[j].folded)
                j += 1
        if i + 1 < n_tokens and tokens[i + 1].opens and max_words > 1:
            found += _into_quotes(tokens, index, i)
        if can_grow:
            found += _through_middle_names(tokens, index, i)
    return _select([m for m in found if not _over_a_dash(tokens, m)])


def _name_words(match: Match) -> int:
    """The words of a match that name: all of them, but for the designator word a place's form
    opens with (مدينة العين names with one word) when every hit is such a form."""
    words = match.last - match.first
    designated = all(h.form.entity.type == "place" and h.form.folded.partition(" ")[0] in PLACE_DESIGNATORS for h in match.hits)
    return words - 1 if words > 1 and designated else words


def _over_a_dash(tokens: Sequence[Token], match: Match) -> bool:
    """True when a match spans a spaced dash (:attr:`translit.tokens.Token.dashed`) other than
    as a form spelled as listed, from the word as written: a line lists names so (محمد عبد
    الفضيل - محمود صلاح is no Mohamed Salah with names inside), and says what it means after
    one (الغرب - أوروبا, "the West, Europe", is no غرب أوروبا), while الحركة الشعبية لتحرير
    السودان - شمال is SPLM-N as listed."""
    if not any(t.dashed for t in tokens[match.first + 1 : match.last]):
        return False
    return match.reading.article == "stripped" or not any(h.rule in ("exact", "folded") for h in match.hits)


def _unquoted(hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """The hits without forms the lexicon lists under ``quoted``, for a span no closing
    quotation mark follows: such a form names its entity only alone in quotation marks
    (:func:`translit.context.in_context` checks both marks), so it must not hide a shorter
    name inside it (تفاؤلهم بمستقبل مصر, "their optimism about Egypt's future", with «مستقبل
    مصر» listed for an agency, names Egypt)."""
    return tuple(h for h in hits if h.form.kind != "quoted")


def _in_construct(form: Form) -> bool:
    """True when a form of several words opens with a word that heads the name of a channel, a
    paper, a business or a place (:data:`translit.designators.TITLE_HEADS`, ``BRAND_HEADS``,
    ``PLACE_DESIGNATORS``) in a construct, its second word with the article (قناة الجديد, "the
    channel al-Jadeed"; مدينة الجديدة, El Jadida): such a head never takes the article before
    the name, so text that writes it with one (مجرى القناة الجديد, "the new canal's course";
    المدينة الجديدة, "the new city") is no such form read after the article. Other heads do
    (النادي الأهلي is نادي الأهلي, "the Ahli club")."""
    words = form.folded.split()
    return len(words) > 1 and words[0] in _NAME_HEADS and words[1].startswith(ARTICLE)


def _through_middle_names(tokens: Sequence[Token], index: Index, i: int) -> list[Match]:
    """Matches of a person's full form that the text writes with a father's or middle name
    inside it, from token ``i``: the form's given name (one word, or a compound such as عبد
    الفتاح), then up to ``thresholds.NAME_WORDS_BEFORE_SURNAME`` given names (بن, ابن, بنت not
    counted), then the rest of the form as listed: أحمد حسين الشرع is Ahmed al-Sharaa (listed
    أحمد الشرع), خالد محفوظ بحاح Khaled Bahah, ماجد بن عبد الله القصبي Majid al-Qasabi, باراك
    حسين أوباما Barack Obama. Arabic names chain the father's name so; the words inside must be
    given names (the lexicon's people's first words or :mod:`translit.givennames`), and the form
    is matched as spelled (rule ``middle-name``), never fuzzily, never ends in its own given
    name again (:func:`_repeats_the_given_name`) nor in a name in عبد (:func:`_abd_name`). The
    given name is never read off the article (السيد محمد أحمد ولد محمد الأمين is "Mr Mohamed
    Ahmed ...", not سيد أحمد ولد محمد with محمد inside). Where the names inside open
    with بن, the rest does not: the form's بن X would name another father (فهد بن خالد بن
    سلطان, Fahd son of Khalid, is not فهد بن سلطان, Fahd son of Sultan), while a family name in
    بن may follow given names (سالم صالح سالم بن بريك is سالم بن بريك)."""
    found: list[Match] = []
    if i + 2 >= len(tokens) or not tokens[i + 1].linked:
        return found  # a given name, a name inside, the rest: three words of one line at least
    if is_function_word_as_written(tokens[i].light) and tokens[i].folded not in COMPOUND_NAME_STARTS:
        return found  # على علي فرج is "over Ali Farag": على folds onto علي, but is no given name
    for start in _single_word(index, tokens[i]):
        if not start.prefix or start.reading.article == "stripped":
            continue  # a given name takes no article: السيد محمد أحمد is "Mr Mohamed Ahmed", no سيد أحمد
        first, j = [start.reading.query], i + 1
        if start.reading.query in COMPOUND_NAME_STARTS and index.has_prefix(f"{start.reading.query} {tokens[j].folded}"):
            first, j = [start.reading.query, tokens[j].folded], j + 1
        names, inside = 0, j
        while j < len(tokens) and tokens[j].linked and names < thresholds.NAME_WORDS_BEFORE_SURNAME:
            word = tokens[j].folded
            if word in NAME_PARTICLES:
                j += 1
                continue
            if word in COMPOUND_NAME_STARTS and j + 1 < len(tokens) and tokens[j + 1].linked:
                j += 2
            elif word in index.given_names or is_given_name(tokens[j].light):
                j += 1
            else:
                break
            names += 1
            if tokens[inside].folded in NAME_PARTICLES and j < len(tokens) and tokens[j].folded in NAME_PARTICLES:
                continue  # two fathers: فهد بن خالد بن سلطان is not فهد بن سلطان
            middle = [t.folded for t in tokens[inside:j] if t.folded not in NAME_PARTICLES]
            found += [
                m for m in _rest_of_a_person(tokens, index, i, j, first, start, middle)
                if not _names_another_person(tokens, index, inside, m) and not _repeats_the_given_name(tokens, first, m)
            ]
    return found


def _repeats_the_given_name(tokens: Sequence[Token], first: list[str], match: Match) -> bool:
    """True when a middle-name match's rest repeats its given name (``first``, folded words):
    Gulf names give a man his grandfather's name, so عبدالله علي عبدالله is anyone's chain of
    names, no Abdullah Abdullah (listed عبد الله عبد الله, a name that repeats itself)."""
    given = "".join(first)  # عبد الله and عبدالله alike
    return any("".join(t.folded for t in tokens[max(match.first, match.last - k) : match.last]) == given for k in (1, 2))


def _names_another_person(tokens: Sequence[Token], index: Index, inside: int, match: Match) -> bool:
    """True when the words of a middle-name match from token ``inside`` on (the names inside
    and the rest) spell another person's full form as listed: العماد جوزيف عون is General
    Joseph Aoun (جوزيف عون), not Michel Aoun through his listed العماد عون."""
    _, hits, _ = _multi_word(index, " ".join(t.folded for t in tokens[inside : match.last]), False)
    own = {h.form.entity.id for h in match.hits}
    return any(h.form.entity.type == "person" and not h.form.is_short and h.form.entity.id not in own for h in hits)


def _rest_of_a_person(tokens: Sequence[Token], index: Index, i: int, j: int, first: list[str], start: _Start, middle: list[str]) -> list[Match]:
    """Matches from token ``i`` of people's full forms made of the words ``first`` and the words
    from token ``j`` on (the ``middle`` names between left out): see
    :func:`_through_middle_names`. A person whose lexicon forms give other middle names is
    another person (:func:`other_middle_names`)."""
    found: list[Match] = []
    words = list(first)
    while j < len(tokens) and tokens[j].linked and len(words) < index.max_words:
        words.append(tokens[j].folded)
        j += 1
        query, hits, prefix = _multi_word(index, " ".join(words), False)
        people = () if _abd_name(words[len(first) :]) else tuple(
            replace(h, rule="middle-name", score=min(h.score, thresholds.SCORE_MIDDLE_NAME))
            for h in _as_marked(hits, " ".join(t.text for t in tokens[i:j]))
            if h.form.entity.type == "person" and not h.form.is_short
            and not other_middle_names(h.form.entity, first, words[len(first) :], middle)
        )
        if people:
            found.append(Match(i, j, start.reading, start.rank, query, people))
        if not prefix:
            break
    return found


def _abd_name(words: Sequence[str]) -> bool:
    """True when folded words are one given name in عبد (عبد اللطيف, عبداللطيف): a father's name,
    never a family name, so a middle-name match does not end in one (محمد عبد الخالق عبد العزيز
    عبد اللطيف, a chain of fathers, is not Mohamed Abdel Latif, the minister)."""
    if len(words) == 2:
        return words[0] == ABD
    return len(words) == 1 and words[0].startswith(ABD) and len(words[0]) > len(ABD) + 2


def other_middle_names(entity: Entity, first: list[str], rest: list[str], middle: list[str]) -> bool:
    """True when the entity's full forms give the name ``first`` ... ``rest`` (folded words)
    middle names that the text's ``middle`` (folded, بن and ابن left out) does not begin with:
    سلطان بن أحمد القاسمي is not سلطان بن محمد القاسمي (listed too as سلطان القاسمي), while محمد
    بن عبد الرحمن بن جاسم آل ثاني, with a grandfather's name more, is محمد بن عبد الرحمن آل ثاني.

    >>> sharjah = Entity("sultan-al-qasimi", "person", "Sultan Al-Qasimi", "سلطان بن محمد القاسمي", ("سلطان القاسمي",))
    >>> other_middle_names(sharjah, ["سلطان"], ["القاسمي"], ["احمد"]), other_middle_names(sharjah, ["سلطان"], ["القاسمي"], ["محمد"])
    (True, False)
    """
    listed = []
    for form in entity.full_forms:
        words = fold(form).split()
        if len(words) > len(first) + len(rest) and words[: len(first)] == first and words[len(words) - len(rest) :] == rest:
            listed.append([w for w in words[len(first) : len(words) - len(rest)] if w not in NAME_PARTICLES])
    return bool(listed) and not any(names == middle[: len(names)] for names in listed)


def _into_quotes(tokens: Sequence[Token], index: Index, i: int) -> list[Match]:
    """Matches of the words a quotation mark opens right after token ``i`` when, with that word,
    they spell a lexicon form of a place or an organisation: Arabic puts the designator outside
    the marks (وكالة «فارس», لقناة «الجزيرة», حزب «ديمقراطية الشعوب»), and the lexicon lists the
    whole (وكالة فارس). The match covers the quoted words alone (rule ``designator``); the form
    must end where the marks close, spelled as listed (no fuzzy look-up), and no person's name is
    so split. An entity the quoted words name on their own (صحيفة «واشنطن بوست») keeps that
    match."""
    quoted = _quoted_words(tokens, i + 1, index.max_words - 1)
    if not quoted:
        return []
    last = i + 1 + len(quoted)
    inside = " ".join(t.folded for t in quoted)
    alone = None  # the entities the quoted words name on their own, looked up once if needed
    found: list[Match] = []
    for start in _single_word(index, tokens[i]):
        if not start.prefix:
            continue
        query, hits, _ = _multi_word(index, f"{start.reading.query} {inside}", False)
        if hits and alone is None:
            alone = _standing_alone(index, quoted)
        named = tuple(
            replace(h, rule="designator", score=min(h.score, thresholds.SCORE_DESIGNATOR))
            for h in hits
            if h.form.entity.type != "person" and h.form.entity.id not in (alone or ())
        )
        if named:
            found.append(Match(i + 1, last, Reading("", quoted[0].folded, 0), -1, query, named))
    return found


def _quoted_words(tokens: Sequence[Token], first: int, most: int) -> Sequence[Token]:
    """The tokens from ``first``, which a quotation mark opens, to the one its closing mark
    follows, all on one line: at most ``most`` of them; empty when the marks do not close so."""
    closing = QUOTATION_MARKS[tokens[first].opens]
    for j in range(first, min(len(tokens), first + most)):
        if j > first and not tokens[j].linked:
            break
        if tokens[j].closes == closing:
            return tokens[first : j + 1]
    return ()


def _standing_alone(index: Index, words: Sequence[Token]) -> set[str]:
    """Ids of the entities that words, read as written (no proclitic read off), spell a form of
    that names them on its own (not one needing context, such as الجزيرة, "the island")."""
    if len(words) == 1:
        hits = [h for start in _single_word(index, words[0]) if start.rank == 0 for h in start.hits]
    else:
        hits = list(_multi_word(index, " ".join(t.folded for t in words), False)[1])
    return {h.form.entity.id for h in hits if not h.form.needs_context}


def _as_marked(hits: tuple[Hit, ...], written: str) -> tuple[Hit, ...]:
    """The hits whose form does not mark another short vowel than the text on the same letter
    (see :func:`translit.orthography.marks_disagree`): with Amman listed عَمّان, the text's
    عُمان is Oman, not Amman."""
    return tuple(h for h in hits if not marks_disagree(written, h.form.text))


def _select(found: list[Match]) -> list[Match]:
    """Keep the longest matches that do not overlap; among equals, the most direct reading.

    A place's form that opens with its designator word counts that word for nothing
    (:func:`_name_words`): the name is what follows it, so a name of more words that goes on
    from there wins (مدينة العين السخنة is Ain Sokhna, not Al Ain's listed مدينة العين and a
    word more), while an equal one starts later and loses (مدينة غزة, not غزة), and from one
    word the span with the designator is the longer (محافظة نارا, not محافظة alone). A fuzzy
    match gives way to a closer one of as many name words that overlaps it, wherever that one
    starts: لرئيس الحكومة الكسيس تسيبراس names Alexis Tsipras, not a fuzzy حكومة التأسيس."""
    found.sort(key=lambda m: (-_name_words(m), m.quality == _RULE_RANK["fuzzy"], m.first, -(m.last - m.first), m.quality, m.reading_rank, -max(h.score for h in m.hits)))
    taken: set[int] = set()
    chosen: list[Match] = []
    for match in found:
        span = range(match.first, match.last)
        if any(t in taken for t in span):
            continue
        taken.update(span)
        chosen.append(match)
    chosen.sort(key=lambda m: m.first)
    return chosen
