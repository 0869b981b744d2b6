"""What counts as ordinary Arabic in running text: such a word is never a fuzzy spelling of a name."""

from __future__ import annotations

import pytest

from translit import thresholds
from translit.commonwords import (
    ARABIC_ONLY_ENDINGS,
    counts_what_follows,
    is_arabic_word_form,
    is_noun_after_proclitic,
    is_imperfect_verb,
    is_inflected_common_word,
    is_nisba_adjective,
    is_possessed_noun,
    toggles_the_article,
)
from translit.orthography import fold


def ordinary(word: str) -> bool:
    return is_arabic_word_form(fold(word), thresholds.COMMON_WORD_ZIPF)


@pytest.mark.parametrize(
    ("why", "word"),
    [
        ("a common word", "وكالة"),
        ("a proclitic on a common word", "بوكالة"),
        ("a verb with its object pronoun", "دعاني"),  # دعا + ني: "he called me"
        ("a proclitic on a word with the article", "والزوال"),
        ("an attached pronoun", "إيجاره"),
        ("an attached pronoun after ta marbuta", "وكالته"),
        ("an accusative alif", "قيودا"),
        ("a verb in the past tense, they", "ساروا"),  # سار + وا: "they walked", not Serowe
        ("ل and the article, written لل", "للمئة"),  # ل + المئة: "for the hundred", not Lomé
        ("a final hamza on its waw seat before a pronoun", "وشركاؤه"),  # و + شركاء + ه: "and his partners"
        ("a final hamza on its yeh seat before a pronoun", "أعضائه"),  # أعضاء + ه: "its members"
    ],
)
def test_a_word_that_arabic_explains_is_ordinary(why: str, word: str) -> None:
    assert ordinary(word), why


@pytest.mark.parametrize(
    ("why", "word"),
    [
        ("a foreign name", "ماكغورك"),
        ("suffixes are not stacked on an inflected stem (كورت + ان + ا)", "كورتانا"),
        ("after a proclitic only a common word as it stands (ب + أكلي)", "باكلي"),
        ("a preposition takes no accusative alif (ب + قيودا)", "بقيودا"),
    ],
)
def test_a_name_that_only_looks_inflected_is_not_ordinary(why: str, word: str) -> None:
    assert not ordinary(word), why


@pytest.mark.parametrize(("word", "noun"), [("بتشكيك", True), ("وتشكيك", True), ("بشكيك", False), ("بيشاور", False)])
def test_a_proclitic_before_a_noun_common_with_the_article_is_a_noun_after_a_proclitic(word: str, noun: bool) -> None:
    # تشكيك ("casting doubt", Zipf 2.9) is rare alone and common as التشكيك (3.7)
    assert is_noun_after_proclitic(fold(word), thresholds.COMMON_WORD_ZIPF) is noun


@pytest.mark.parametrize(("word", "verb"), [("صاموا", True), ("رددوا", True), ("أوتاوا", False), ("نيكاراغوا", False)])
def test_a_rare_verb_stem_with_the_they_ending_is_a_verb(word: str, verb: bool) -> None:
    # صام ("he fasted", Zipf 3.49) is under the common-word line: the they-ending asks less of it
    assert is_inflected_common_word(fold(word), thresholds.ATTESTED_STEM_ZIPF, ARABIC_ONLY_ENDINGS) is verb


@pytest.mark.parametrize(("word", "adjective"), [("بربرية", True), ("موازية", True), ("فيكتورية", False), ("روسيا", False)])
def test_the_feminine_of_an_attested_adjective_of_relation_is_an_adjective(word: str, adjective: bool) -> None:
    assert is_inflected_common_word(fold(word), thresholds.ATTESTED_STEM_ZIPF, ARABIC_ONLY_ENDINGS) is adjective


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("المدينة", True),  # مدينته، مدينتنا، مدينتهم: "the city"
        ("صور", True),  # صوره، صورها، صورهم: "pictures"
        ("جدة", True),  # جدته، جدتها، جدتك: "grandmother" (and Jeddah)
        ("طهران", False),  # nobody writes "our Tehran"
        ("قطر", False),  # قطره، قطرها are rarer: only two forms
    ],
)
def test_an_ordinary_noun_takes_possessive_pronouns(word: str, noun: bool) -> None:
    assert is_possessed_noun(word, thresholds.NOUN_POSSESSIVE_FORMS, thresholds.NOUN_POSSESSIVE_ZIPF) is noun


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("بيان", True),  # البيان: "the statement"
        ("القصر", True),  # قصر: "a palace"
        ("الأبيض", True),  # أبيض: "white"
        ("ليل", True),  # الليل: "the night"
        ("طهران", False),  # nobody writes الطهران
        ("القاهرة", False),  # nor قاهرة
        ("الرياض", False),  # رياض is a given name, and rarer
        ("السعودية", False),  # سعودية "Saudi" agrees with its noun: no evidence
        ("دوري", True),  # الدوري: "the league" (a masculine ي is no nisba exemption)
        ("الخبراء", True),  # خبراء: "experts", as common with the article as without
        ("البيضاء", True),  # بيضاء: "white"
        ("العقبة", True),  # Aqaba, but عقبة "obstacle" is commoner (the bundled lexicon lists it under short)
        ("جنين", True),  # Jenin, but الجنين "the fetus" is commoner
        ("ورود", True),  # الورود: "the roses", commoner with the article
    ],
)
def test_an_ordinary_noun_takes_the_article_and_sheds_it(word: str, noun: bool) -> None:
    floor, margin = thresholds.NOUN_EVEN_ARTICLE_ZIPF, thresholds.NOUN_EVEN_ARTICLE_MARGIN
    assert toggles_the_article(word, thresholds.NOUN_ARTICLE_ZIPF, floor, margin) is noun


@pytest.mark.parametrize(
    ("word", "adjective"),
    [
        ("السعودية", True),  # "Saudi" (f.): السعودي is a common adjective
        ("السورية", True),  # "Syrian" (f.)
        ("الناصرية", True),  # Nasiriyah, and "Nasserist" (f.): الناصري is common enough (3.54)
        ("الإسماعيلية", False),  # Ismailia: الإسماعيلي (3.4) is no common adjective
        ("اللاذقية", False),  # Latakia
        ("طهران", False),  # no nisba ending
    ],
)
def test_a_name_in_iyya_may_be_the_feminine_of_a_common_adjective(word: str, adjective: bool) -> None:
    assert is_nisba_adjective(word, thresholds.NISBA_ADJECTIVE_ZIPF) is adjective


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("ينقل", True),  # he moves: تنقل، ننقل، أنقل are all in use
        ("أغادر", True),  # I leave
        ("اغادر", True),  # the same, its hamza dropped
        ("ينبع", False),  # Yanbu: no أنبع
        ("يافا", False),  # Jaffa
        ("تونس", False),  # Tunis: يونس is a given name, but no نونس
    ],
)
def test_a_word_with_every_person_of_an_imperfect_in_use_is_a_verb(word: str, verb: bool) -> None:
    assert is_imperfect_verb(fold(word), thresholds.ATTESTED_STEM_ZIPF) is verb


@pytest.mark.parametrize(
    ("word", "counts"),
    [("مائة", True), ("مليون", True), ("7", True), ("٢٥", True), ("2008", False), ("ميل", False)],
)
def test_a_number_word_or_a_short_number_counts_the_word_after_it(word: str, counts: bool) -> None:
    assert counts_what_follows(word, thresholds.COUNT_MAX_DIGITS) is counts
