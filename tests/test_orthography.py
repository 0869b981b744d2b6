"""Folding: every rule, offsets back to the original, idempotence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit import fold, fold_with_offsets
from translit.orthography import marks_disagree, vowel_marks


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("أحمد", "احمد"),  # alef with hamza above
        ("إسماعيل", "اسماعيل"),  # alef with hamza below
        ("آمنة", "امنه"),  # alef with madda, and ta marbuta
        ("ٱلله", "الله"),  # alef wasla
        ("موسى", "موسي"),  # alef maksura
        ("غزة", "غزه"),  # ta marbuta
        ("مؤتمر", "موتمر"),  # waw with hamza
        ("رئيس", "رييس"),  # yeh with hamza
    ],
)
def test_hamza_seats_ta_marbuta_and_alef_maksura_fold(written: str, folded: str) -> None:
    assert fold(written) == folded


def test_diacritics_are_removed() -> None:
    assert fold("مُحَمَّدٌ") == "محمد"


def test_superscript_alef_is_removed() -> None:
    assert fold("هٰذا") == "هذا"


def test_quranic_marks_are_removed() -> None:
    # The superscript (dagger) alef goes too: the unvocalized spelling is الكتب.
    assert fold("ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ") == "ذلك الكتب لا ريب  فيه "


def test_tatweel_is_removed() -> None:
    assert fold("إسرائيــــل") == fold("إسرائيل")


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u202b", "\u202c", "\u2067", "\u2069", "\ufeff"])
def test_invisible_and_bidi_marks_are_removed(mark: str) -> None:
    assert fold(f"نتن{mark}ياهو") == "نتنياهو"


def test_presentation_forms_become_letters() -> None:
    assert fold("ﺑﺎﻳﺪﻥ") == "بايدن"


def test_lam_alef_ligatures_expand() -> None:
    assert fold("ﻻ ﻷ ﻵ ﻹ") == "لا لا لا لا"


def test_allah_ligature_expands() -> None:
    assert fold("عبدﷲ") == "عبدالله"


@pytest.mark.parametrize(
    ("persian", "arabic"),
    [("کرمان", "كرمان"), ("ایران", "ايران"), ("ھرات", "هرات"), ("زادە", "زاده"), ("حمزۀ", "حمزه")],
)
def test_persian_and_urdu_codepoints_fold_to_arabic_letters(persian: str, arabic: str) -> None:
    assert fold(persian) == arabic


def test_persian_sound_letters_are_kept() -> None:
    # گ پ چ ڤ write sounds Arabic lacks: the phonetic key, not folding, relates them.
    assert fold("گوگل پاریس چرچل ڤيينا") == "گوگل پاریس چرچل ڤيينا".replace("ی", "ي")


def test_eastern_digits_become_ascii() -> None:
    assert fold("٢٠٢٣ و ۱۴۰۲") == "2023 و 1402"


def test_fold_rejects_bytes_with_a_clear_message() -> None:
    with pytest.raises(TypeError, match="str"):
        fold(b"abc")  # type: ignore[arg-type]


def test_offsets_point_at_the_original_letters() -> None:
    folded = fold_with_offsets("بِنتنياهو")
    assert folded.text == "بنتنياهو"
    assert folded.span(1, len(folded.text)) == (2, 9)


@given(st.text())
def test_folding_twice_is_folding_once(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_fold_with_offsets_agrees_with_fold(text: str) -> None:
    folded = fold_with_offsets(text)
    assert folded.text == fold(text)
    assert len(folded.offsets) == len(folded.text) + 1
    assert all(0 <= o <= len(text) for o in folded.offsets)
    assert list(folded.offsets) == sorted(folded.offsets)


@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)))
def test_folding_arabic_block_text_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_vowel_marks_sit_on_the_letter_before_them() -> None:
    assert vowel_marks("عَمّان") == (("ع", "a"), ("م", None), ("ا", None), ("ن", None))  # shadda is no vowel


def test_marks_disagree_when_the_same_letter_carries_another_vowel() -> None:
    assert marks_disagree("عُمان", "عَمّان")  # Oman, Amman


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("عمان", "عَمّان"),  # the text marks nothing
        ("عُمان", "عمّان"),  # the spelling marks no vowel
        ("عُمان", "عُمان"),  # the same vowel
        ("وعُمان", "عُمان"),  # a proclitic before the name
        ("عُمان", "عَمّار"),  # other letters: not for marks to decide
    ],
)
def test_marks_do_not_disagree_without_two_different_vowels_on_one_letter(written: str, listed: str) -> None:
    assert not marks_disagree(written, listed)


@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)))
def test_a_text_never_disagrees_with_itself_or_its_bare_letters(text: str) -> None:
    assert not marks_disagree(text, text)
    assert not marks_disagree(text, fold(text))
