"""Lexicon files load fast and every problem names file, line and field."""

from __future__ import annotations

import pytest

from translit import LexiconError, load_lexicon
from translit.lexicon import bundled_paths

GOOD = """\
entities:
  - id: brett-mcgurk
    type: person
    en: Brett McGurk
    ar: بريت ماكغورك
    variants: [بريت ماكجورك]
    short: [ماكغورك]
    wikidata: Q4962226
"""


def _problems(path) -> list[str]:
    with pytest.raises(LexiconError) as info:
        load_lexicon([path], strict=True)
    return [str(p) for p in info.value.problems]


def test_a_valid_file_loads_every_field(write_lexicon) -> None:
    lex = load_lexicon([write_lexicon(GOOD)])
    entity = lex.by_id["brett-mcgurk"]
    assert (entity.en, entity.ar, entity.variants, entity.short, entity.wikidata) == (
        "Brett McGurk",
        "بريت ماكغورك",
        ("بريت ماكجورك",),
        ("ماكغورك",),
        "Q4962226",
    )


@pytest.mark.parametrize(("field", "form"), [("quoted", "ماكغورك الأميركي"), ("nearby", "بريت")])
def test_quoted_and_nearby_forms_load_as_lists_of_arabic_strings(write_lexicon, field: str, form: str) -> None:
    path = write_lexicon(GOOD.replace("    wikidata: Q4962226\n", f"    {field}: [{form}]\n"))
    assert getattr(load_lexicon([path]).by_id["brett-mcgurk"], field) == (form,)


@pytest.mark.parametrize("field", ["quoted", "nearby"])
def test_latin_text_in_quoted_or_nearby_is_rejected(write_lexicon, field: str) -> None:
    path = write_lexicon(GOOD.replace("    wikidata: Q4962226\n", f"    {field}: [McGurk]\n"))
    [problem] = _problems(path)
    assert problem.startswith(f"{path}:8: {field}: must be written in Arabic script")


def test_the_bundled_lexicons_are_found_and_valid() -> None:
    assert bundled_paths()
    assert len(load_lexicon(strict=True)) >= 21


def test_yaml_syntax_error_names_the_line(write_lexicon) -> None:
    path = write_lexicon("entities:\n  - id: x\n    en: [unclosed\n")
    [problem] = _problems(path)
    assert problem.startswith(f"{path}:4: YAML syntax error: did not find expected ',' or ']'")
    assert problem.endswith("(while parsing a flow sequence started at line 3)")


def test_missing_required_key_names_line_and_field(write_lexicon) -> None:
    path = write_lexicon(GOOD.replace("    en: Brett McGurk\n", ""))
    assert _problems(path) == [f"{path}:2: en: missing required key"]


def test_unknown_key_names_its_line(write_lexicon) -> None:
    path = write_lexicon(GOOD + "    nickname: Brett\n")
    [problem] = _problems(path)
    assert problem.startswith(f"{path}:9: nickname: unknown key")


def test_latin_text_in_ar_is_rejected(write_lexicon) -> None:
    path = write_lexicon(GOOD.replace("ar: بريت ماكغورك", "ar: Brett McGurk"))
    [problem] = _problems(path)
    assert problem.startswith(f"{path}:5: ar: must be written in Arabic script")


def test_duplicate_id_across_files_points_at_the_first(write_lexicon) -> None:
    first = write_lexicon(GOOD, "a.yaml")
    second = write_lexicon(GOOD.replace("بريت ماكغورك", "ماكغورك بريت").replace("بريت ماكجورك", "ماكجورك بريت"), "b.yaml")
    with pytest.raises(LexiconError) as info:
        load_lexicon([first, second])
    assert str(info.value).startswith(f"{second}:2: id: duplicate id 'brett-mcgurk' (first defined at {first}:2)")


def test_two_entities_with_the_same_folded_form_conflict(write_lexicon) -> None:
    path = write_lexicon(
        """\
        entities:
          - {id: israel, type: place, en: Israel, ar: إسرائيل}
          - {id: israel-2, type: place, en: Israel, ar: اسرائيل}
        """
    )
    [problem] = _problems(path)
    assert "is also a full form of 'israel'" in problem
    # Outside `lexicon check` a conflict is an ambiguity, not an error.
    assert len(load_lexicon([path]).conflicts) == 1


def test_bad_id_type_and_wikidata_are_rejected(write_lexicon) -> None:
    path = write_lexicon(
        """\
        entities:
          - {id: Brett_McGurk, type: human, en: Brett, ar: بريت, wikidata: P12}
        """
    )
    problems = _problems(path)
    assert any(": id: 'Brett_McGurk' is not a valid id" in p for p in problems)
    assert any(": type: 'human' is not one of" in p for p in problems)
    assert any(": wikidata: 'P12' is not a Wikidata id" in p for p in problems)


def test_empty_string_is_rejected(write_lexicon) -> None:
    path = write_lexicon(GOOD.replace("en: Brett McGurk", 'en: ""'))
    assert _problems(path) == [f"{path}:4: en: must not be empty"]


def test_wrong_top_level_type_is_rejected(write_lexicon) -> None:
    path = write_lexicon("- id: x\n")
    assert _problems(path) == [f"{path}:1: top level must be a mapping with the key 'entities'"]


def test_non_utf8_file_is_rejected(tmp_path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(GOOD.encode("utf-8") + b"    note: caf\xe9\n")
    [problem] = _problems(path)
    assert problem.startswith(f"{path}:9: not UTF-8")
