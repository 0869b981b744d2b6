"""Tokens carry offsets; every proclitic and article form is read off only as a possibility."""

from __future__ import annotations

import pytest

from translit.tokens import readings, tokenize


def test_tokens_carry_offsets_into_the_original_text() -> None:
    text = "قال بايدنُ، ثم"
    assert [(t.start, t.end, text[t.start : t.end]) for t in tokenize(text)] == [(0, 3, "قال"), (4, 10, "بايدنُ"), (12, 14, "ثم")]


def test_words_on_one_line_are_linked_but_not_across_punctuation_or_lines() -> None:
    tokens = tokenize("جو بايدن، قطر\nالدوحة")
    assert [t.linked for t in tokens] == [False, True, False, False]


@pytest.mark.parametrize(("text", "opening", "closing"), [("وكالة «فارس» للأنباء", "«", "»"), ('وكالة "فارس" للأنباء', '"', '"'), ("وكالة “فارس” للأنباء", "“", "”")])
def test_a_word_between_quotation_marks_records_both_marks(text: str, opening: str, closing: str) -> None:
    agency, name, news = tokenize(text)
    assert (name.opens, name.closes) == (opening, closing)
    assert (agency.opens, agency.closes, news.opens) == ("", "", "")


def test_a_quotation_mark_after_a_line_break_opens_nothing_between_the_words() -> None:
    assert [t.opens for t in tokenize("وكالة\n«فارس»")] == ["", ""]


def test_a_plus_sign_glued_to_a_word_is_the_word_plus() -> None:
    # أوبك+ is said أوبك بلس; a plus sign standing apart or before a digit is no word.
    assert [(t.text, t.folded, t.linked) for t in tokenize("تحالف أوبك+ قرر")] == [("تحالف", "تحالف", False), ("أوبك", "اوبك", True), ("+", "بلس", True), ("قرر", "قرر", True)]
    assert [t.text for t in tokenize("أوبك + قرر")] == ["أوبك", "قرر"]
    assert [t.text for t in tokenize("أوبك+5")] == ["أوبك", "5"]


def test_a_hashtags_low_line_links_its_words_as_a_space_does() -> None:
    assert [(t.text, t.linked) for t in tokenize("#موسم_الرياض")] == [("موسم", False), ("الرياض", True)]


@pytest.mark.parametrize("text", ["السودان - شمال", "السودان – شمال", "السودان -شمال", "السودان- شمال"])
def test_a_spaced_dash_links_two_words_and_marks_the_second(text: str) -> None:
    assert [(t.linked, t.dashed) for t in tokenize(text)] == [(False, False), (True, True)]


def test_a_dash_after_a_number_opens_a_list_item_not_a_name() -> None:
    assert [(t.text, t.linked) for t in tokenize("3- فيتينيا 4- بيدري")] == [("3", False), ("فيتينيا", False), ("4", True), ("بيدري", False)]


def test_a_full_stop_between_short_words_joins_an_abbreviation() -> None:
    assert [t.linked for t in tokenize("وكالة د.ب.أ")] == [False, True, True, True]
    assert [t.linked for t in tokenize("كما عرض.وقال")] == [False, True, False]  # a sentence ends
    assert [t.linked for t in tokenize("ارتفع 3.5")] == [False, True, False]  # a number


def test_a_full_stop_after_a_middle_initial_keeps_the_name_linked() -> None:
    words = tokenize("قال روبرت إف. كينيدي جونيور إن")
    assert [t.linked for t in words] == [False, True, True, True, True, True]
    assert [t.linked for t in tokenize("فاز مايكل بي. جوردان")] == [False, True, True, True]


def test_a_full_stop_after_a_word_that_is_no_initial_ends_the_sentence() -> None:
    words = tokenize("وصل إلى المطار. وقال الوزير")
    assert [t.linked for t in words] == [False, True, True, False, True]


def test_bidi_mark_inside_a_word_keeps_it_one_token() -> None:
    tokens = tokenize("نتن\u200fياهو")
    assert [t.folded for t in tokens] == ["نتنياهو"]


def _split(word: str) -> set[tuple[str, str]]:
    return {(r.clitic, r.query) for r in readings(word)}


@pytest.mark.parametrize(
    ("word", "clitic", "rest"),
    [
        ("وحماس", "و", "حماس"),
        ("فحماس", "ف", "حماس"),
        ("بنتنياهو", "ب", "نتنياهو"),
        ("لماكجورك", "ل", "ماكجورك"),
        ("كبايدن", "ك", "بايدن"),
        ("وبقطر", "وب", "قطر"),
        ("ولقطر", "ول", "قطر"),
        ("وكقطر", "وك", "قطر"),
        ("فبقطر", "فب", "قطر"),
        ("فلقطر", "فل", "قطر"),
        ("فكقطر", "فك", "قطر"),
    ],
)
def test_every_proclitic_and_pair_is_a_reading(word: str, clitic: str, rest: str) -> None:
    assert (clitic, rest) in _split(word)


@pytest.mark.parametrize(
    ("word", "clitic"),
    [("الموساد", ""), ("والموساد", "و"), ("فالموساد", "ف"), ("بالموساد", "ب"), ("كالموساد", "ك"), ("وبالموساد", "وب")],
)
def test_article_and_its_glued_forms_are_readings(word: str, clitic: str) -> None:
    assert (clitic, "الموساد") in _split(word)
    assert any(r.article == "stripped" and r.query == "موساد" for r in readings(word))


@pytest.mark.parametrize(("word", "clitic"), [("للموساد", "ل"), ("وللموساد", "ول"), ("فللموساد", "فل")])
def test_lam_plus_article_restores_the_dropped_alef(word: str, clitic: str) -> None:
    elided = [r for r in readings(word) if r.article == "elided"]
    assert (elided[0].clitic, elided[0].query) == (clitic, "الموساد")


@pytest.mark.parametrize(("word", "clitic"), [("للجنه", "ل"), ("وللجنه", "ول")])
def test_lam_plus_article_before_a_word_in_lam_restores_the_article(word: str, clitic: str) -> None:
    # للجنة is ل + اللجنة: the article's alef and its ل both drop before the ل of لجنة
    assert (clitic, "اللجنه", "elided") in [(r.clitic, r.query, r.article) for r in readings(word)]


def test_the_plain_reading_comes_first() -> None:
    assert readings("وليام")[0].query == "وليام"


def test_a_proclitic_never_leaves_less_than_two_letters() -> None:
    assert ("و", "ل") not in _split("ول")


def test_an_arabic_word_glued_after_digits_is_a_word_of_its_own() -> None:
    # a dateline glued to a report's first word, and the word is no part of the number
    tokens = tokenize("2025-05-14شفق نيوز")
    assert [(t.text, t.linked) for t in tokens] == [("2025", False), ("05", True), ("14", True), ("شفق", False), ("نيوز", True)]
    assert [t.text for t in tokenize("مؤتمر كوب29 وحركة أم23")] == ["مؤتمر", "كوب29", "وحركة", "أم23"]  # names written so
    assert [t.text for t in tokenize("شفق نيوز١٥-٠٣-٢٠٢٥ أعلن")] == ["شفق", "نيوز", "١٥", "٠٣", "٢٠٢٥", "أعلن"]  # a date after it
    assert [t.text for t in tokenize("طائرات F16")] == ["طائرات", "F16"]  # Latin letters and digits stay one word
