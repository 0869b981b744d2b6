"""The lexicon's English form as evidence for a vowel letter (translit.latin)."""

from __future__ import annotations

import pytest

from translit.latin import arabic_skeletons, backs_vowel, latin_letters, latin_skeletons, may_read_as, reads_as


@pytest.mark.parametrize(
    ("spelling", "i", "english"),
    [
        ("زيندر", 1, "Zinder"),  # ي for the i
        ("بوخوم", 3, "Bochum"),  # و for the u after German ch
        ("هيرتن", 1, "Herten"),  # ي for the e
        ("سارسل", 1, "Sarcelles"),  # ا for the a
        ("داويد", 3, "David"),  # ي after و read as v
        ("روندو", 4, "Rundu"),  # a final vowel
    ],
)
def test_a_vowel_of_the_english_form_backs_a_vowel_letter(spelling: str, i: int, english: str) -> None:
    assert backs_vowel(spelling, i, english)


@pytest.mark.parametrize(
    ("why", "spelling", "i", "english"),
    [
        ("Husayn's ي is not Hasan's a", "حسين", 2, "Hasan"),
        ("Mahmud's و is not Muhammad's a", "محمود", 3, "Muhammad"),
        ("ا writes a, not the e of Herat", "هارات", 1, "Herat"),
        ("Bern has no vowel after its n", "بيرنا", 4, "Bern"),
        ("a vowel letter next to another vowel letter is no evidence", "ساءيد", 3, "Said"),
    ],
)
def test_an_english_form_without_that_vowel_does_not_back_it(why: str, spelling: str, i: int, english: str) -> None:
    assert not backs_vowel(spelling, i, english), why


def test_latin_letters_drops_accents_and_separators() -> None:
    assert latin_letters("Makū Saint-Lô") == "makusaintlo"


@pytest.mark.parametrize(
    ("spelling", "english"),
    [
        ("ساراجوسا", "Zaragoza"),  # س as z, ج as g
        ("بريزبن", "Brisbane"),  # a silent final e
        ("ديساو", "Dessau"),  # a doubled consonant, ي for e
        ("غوده", "Gouda"),  # final ه (ة) as -a
        ("ايفانوفو", "Ivanovo"),  # an initial alef as the seat of the vowel ي writes
        ("استاونجر", "Stavanger"),  # a prosthetic alef before two consonants, و as v
        ("باتستا", "Bautista"),  # تس as two letters
        ("فسترشتيده", "Westerstede"),  # German w written ف
        ("ريشار", "Richard"),  # French: ch written ش, a silent final d
        ("برتلو", "Berthelot"),  # French: th written ت, a silent final t
        ("ميونخ", "Munich"),  # يو for u, as "yu"
        ("مونس", "Mons"),
        ("سالتيو", "Saltillo"),  # Spanish ll written ي before a vowel letter
        ("واتارا", "Ouattara"),  # an initial و as the French ou
    ],
)
def test_a_spelling_reads_as_its_english_form(spelling: str, english: str) -> None:
    assert reads_as(spelling, english)


@pytest.mark.parametrize(
    ("why", "spelling", "english"),
    [
        ("a consonant more", "مرسيليا", "Marseille"),
        ("the English has a word more", "ساراجوسا", "Zaragoza Airport"),
        ("an initial alef carries a vowel", "الوند", "Lund"),
        ("a final ه is a vowel", "ثوره", "Tver"),
        ("a y before a vowel is a consonant, written ي", "ناصره", "Nasiriyah"),
        ("the h of a final ch is no silent h", "مونس", "Munich"),
        ("ll is ي only before a vowel letter: the final ة of a name is none", "لطفية", "Lutfullah"),
        ("an initial و is a consonant: Arabic writes an initial vowel on an alef", "وسيم", "Osim"),
    ],
)
def test_a_spelling_that_does_not_read_as_the_english_form(why: str, spelling: str, english: str) -> None:
    assert not reads_as(spelling, english), why


def test_an_arabic_spelling_and_its_english_form_share_a_skeleton() -> None:
    assert arabic_skeletons("ساراجوسا") & latin_skeletons("Zaragoza")


def test_an_ambiguous_latin_group_gives_each_skeleton() -> None:
    assert latin_skeletons("Bochum") == {"BKM", "BSM"}  # German ch is خ, French ch is ش


def test_a_latin_dh_may_be_the_emphatic_z() -> None:
    assert arabic_skeletons("ابوظبي") & latin_skeletons("Abu Dhabi")


def test_a_silent_final_consonant_may_be_left_out_of_the_skeleton() -> None:
    assert latin_skeletons("Berthelot") >= {"BRTLT", "BRTL"}


def test_a_latin_w_is_waw_or_german_feh() -> None:
    assert latin_skeletons("Wels") >= {"LS", "FLS"}  # ولز in English, فيلس in German


def test_a_long_run_of_vowel_letters_is_read_without_backtracking() -> None:
    # As one regular expression this pair backtracked for minutes; part by part it is instant.
    assert not reads_as("ب" + "ا" * 30 + "ب", "b" + "a" * 80 + "c")


def test_a_spelling_too_long_for_a_name_is_not_read() -> None:
    assert not reads_as("ب" * 41, "b" * 41)


@pytest.mark.parametrize(
    ("spelling", "english"),
    [
        ("باكنغهام", "Buckingham"),  # ا for the English short u
        ("غابريال", "Gabriel"),  # ا for the e of -iel
        ("كارولاينا", "Carolina"),  # اي for an i said ai
        ("هراه", "Herat"),  # ة (folded ه) for t
        ("بلودنتس", "Bludenz"),  # تس for German z
    ],
)
def test_a_spelling_may_loosely_read_as_the_sound_of_the_english_form(spelling: str, english: str) -> None:
    assert may_read_as(spelling, english) and not reads_as(spelling, english)


@pytest.mark.parametrize(
    ("why", "spelling", "english"),
    [
        ("ي is not the a of Mastura", "ميستورا", "Mastura"),  # de Mistura
        ("no w at the start", "يلوستون", "Williston"),  # Yellowstone
    ],
)
def test_a_spelling_that_cannot_even_loosely_read_as_the_english_form(why: str, spelling: str, english: str) -> None:
    assert not may_read_as(spelling, english), why
