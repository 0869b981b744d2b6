"""The suggest -> review loop, end to end with scripted answers: accept, reject, merge; lexicon
files keep their comments and still pass `translit lexicon check`; verdicts are remembered."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml

from tests.conftest import DATA
from translit.cli import main
from translit.lexicon import load_lexicon
from translit.review import VERDICTS_FILE, Verdicts, add_spellings, read_suggestions

CORPUS = DATA / "unknown-names.jsonl"

PEOPLE = textwrap.dedent(
    """\
    # Test lexicon: people. Maintainers' comments must survive every review.
    entities:
      # Ukraine's general, written with h in Ukrainian
      - id: mykola-hryhorenko
        type: person
        en: Mykola Hryhorenko
        ar: ميكولا هريهورينكو
        variants: [ميخايلو هريهورينكو]  # one attested variant

      - id: alexis-tsipras
        type: person
        en: Alexis Tsipras
        ar: ألكسيس تسيبراس
        variants:
          - أليكسيس تسيبراس
        note: Prime Minister of Greece
    """
)


@pytest.fixture
def lexdir(tmp_path: Path) -> Path:
    d = tmp_path / "lexicons"
    d.mkdir()
    (d / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    return d


def _suggest(runner, lexdir: Path, out: Path) -> dict:
    result = runner.invoke(main, ["suggest", str(CORPUS), "--lexicon", str(lexdir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return yaml.safe_load(out.read_text(encoding="utf-8"))


def test_suggest_writes_yaml_with_counts_and_contexts_in_comments(runner, lexdir, tmp_path) -> None:
    out = tmp_path / "suggestions.yaml"
    data = _suggest(runner, lexdir, out)
    assert [e["ar"] for e in data["entities"]] == ["جريجورينكو", "ستورناراس"]
    text = out.read_text(encoding="utf-8")
    assert "# ~" in text and "×1" in text and "⟦ستورنارس⟧" in text


def test_suggested_entities_paste_into_a_lexicon_file_as_they_are(runner, lexdir, tmp_path) -> None:
    out = tmp_path / "suggestions.yaml"
    data = _suggest(runner, lexdir, out)
    pasted = tmp_path / "pasted.yaml"
    pasted.write_text(yaml.safe_dump({"entities": data["entities"]}, allow_unicode=True), encoding="utf-8")
    assert len(load_lexicon([pasted])) == 2


def test_review_edit_accept_and_reject_write_the_lexicon_and_keep_its_comments(runner, lexdir, tmp_path) -> None:
    out = tmp_path / "suggestions.yaml"
    _suggest(runner, lexdir, out)
    # 1st suggestion (Grigorenko): reject; 2nd (Stournaras): edit the English form, keep the id it proposes, accept
    result = runner.invoke(main, ["review", str(out), "--lexicon-dir", str(lexdir)], input="r\ne\nYannis Stournaras\n\na\n")
    assert result.exit_code == 0, result.output
    assert "accepted 1, merged 0, rejected 1" in result.output
    text = (lexdir / "people.yaml").read_text(encoding="utf-8")
    for line in PEOPLE.splitlines():
        assert line in text  # nothing of the maintainers' file lost or reordered
    assert text.startswith(PEOPLE)
    assert runner.invoke(main, ["lexicon", "check", str(lexdir)]).exit_code == 0
    entity = load_lexicon([lexdir]).by_id["yannis-stournaras"]
    assert (entity.en, entity.ar, set(entity.variants)) == ("Yannis Stournaras", "ستورناراس", {"ستورنارس", "ستورناراص"})


def test_accepted_entity_links_every_spelling_afterwards(runner, lexdir, tmp_path) -> None:
    out = tmp_path / "suggestions.yaml"
    _suggest(runner, lexdir, out)
    runner.invoke(main, ["review", str(out), "--lexicon-dir", str(lexdir)], input="s\ne\nYannis Stournaras\n\na\n")
    result = runner.invoke(main, ["normalize", str(CORPUS), "--lexicon", str(lexdir), "--format", "jsonl"])
    surfaces = {m["surface"] for line in result.output.splitlines() for m in json.loads(line)["mentions"] if m["id"] == "yannis-stournaras"}
    assert surfaces == {"ستورناراس", "ستورنارس", "ستورناراص"}


def test_review_merge_adds_the_spellings_to_an_existing_entity(runner, lexdir, tmp_path) -> None:
    out = tmp_path / "suggestions.yaml"
    _suggest(runner, lexdir, out)
    result = runner.invoke(main, ["review", str(out), "--lexicon-dir", str(lexdir)], input="m\nmykola-hryhorenko\nq\n")
    assert result.exit_code == 0, result.output
    entity = load_lexicon([lexdir]).by_id["mykola-hryhorenko"]
    assert set(entity.variants) == {"ميخايلو هريهورينكو", "جريجورينكو", "غريغورنكو", "غريغورينكو"}
    text = (lexdir / "people.yaml").read_text(encoding="utf-8")
    assert "# one attested variant" in text and "# Ukraine's general, written with h in Ukrainian" in text
    assert runner.invoke(main, ["lexicon", "check", str(lexdir)]).exit_code == 0


def test_merge_into_an_unknown_id_asks_again_and_writes_nothing(runner, lexdir, tmp_path) -> None:
    out = tmp_path / "suggestions.yaml"
    _suggest(runner, lexdir, out)
    result = runner.invoke(main, ["review", str(out), "--lexicon-dir", str(lexdir)], input="m\nno-such-id\nq\n")
    assert "no entity 'no-such-id'" in result.output
    assert (lexdir / "people.yaml").read_text(encoding="utf-8") == PEOPLE


def test_verdicts_are_remembered_next_to_the_lexicons_and_never_suggested_again(runner, lexdir, tmp_path) -> None:
    out = tmp_path / "suggestions.yaml"
    _suggest(runner, lexdir, out)
    runner.invoke(main, ["review", str(out), "--lexicon-dir", str(lexdir)], input="r\nr\n")
    records = [json.loads(line) for line in (lexdir / VERDICTS_FILE).read_text(encoding="utf-8").splitlines()]
    assert [r["verdict"] for r in records] == ["reject", "reject"]
    again = _suggest(runner, lexdir, tmp_path / "again.yaml")
    assert again["entities"] == []
    assert runner.invoke(main, ["lexicon", "check", str(lexdir)]).exit_code == 0  # verdicts.jsonl is no lexicon


def test_a_rejected_variant_pair_is_settled_but_the_same_spelling_for_another_entity_is_not(tmp_path) -> None:
    verdicts = Verdicts.load(tmp_path / VERDICTS_FILE)
    [suggestion] = [s for s in read_suggestions(_variant_file(tmp_path)) if s.kind == "variant"]
    verdicts.record("reject", suggestion)
    assert Verdicts.load(tmp_path / VERDICTS_FILE).settles(suggestion)
    suggestion.id = "someone-else"
    assert not verdicts.settles(suggestion)


def _variant_file(tmp_path: Path) -> Path:
    path = tmp_path / "variants.yaml"
    path.write_text("variants:\n  # 3 mentions\n  - id: alexis-tsipras\n    field: short\n    add: [تسبيراس]\n    near: تسيبراس\nentities: []\n", encoding="utf-8")
    return path


def test_accepting_a_variant_grows_a_block_list_by_one_line(lexdir) -> None:
    entity = load_lexicon([lexdir]).by_id["alexis-tsipras"]
    add_spellings(entity, "variants", ["الكسيس تسبيراس"])
    text = (lexdir / "people.yaml").read_text(encoding="utf-8")
    assert "      - أليكسيس تسيبراس\n      - الكسيس تسبيراس\n    note:" in text


def test_accepting_a_short_form_adds_the_missing_key_after_the_spellings(lexdir) -> None:
    entity = load_lexicon([lexdir]).by_id["mykola-hryhorenko"]
    add_spellings(entity, "short", ["هريهورينكو"])
    assert load_lexicon([lexdir]).by_id["mykola-hryhorenko"].short == ("هريهورينكو",)
    assert "# one attested variant" in (lexdir / "people.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("entity_id", ["alexis-tsipras", "mykola-hryhorenko"])
def test_accepting_a_nearby_form_adds_the_key_after_the_other_forms(lexdir, entity_id: str) -> None:
    add_spellings(load_lexicon([lexdir]).by_id[entity_id], "nearby", ["تسيبراس الابن"])
    text = (lexdir / "people.yaml").read_text(encoding="utf-8")
    entity = load_lexicon([lexdir]).by_id[entity_id]
    assert entity.nearby == ("تسيبراس الابن",) and entity.variants  # the spellings before it kept
    assert "    nearby: [تسيبراس الابن]\n" in text
    assert "# one attested variant" in text


SABA = textwrap.dedent(
    """\
    entities:
      - id: saba
        type: organization
        en: Saba News Agency
        ar: وكالة سبأ
        note: Yemen's state news agency
    """
)


def test_a_part_quoted_alone_is_suggested_as_a_nearby_form_and_links_once_accepted(runner, tmp_path) -> None:
    lexdir = tmp_path / "lexicons"
    lexdir.mkdir()
    (lexdir / "organizations.yaml").write_text(SABA, encoding="utf-8")
    corpus = tmp_path / "news.jsonl"
    texts = ["أفادت وكالة سبأ أن الحكومة اجتمعت. ونقلت «سبأ» عن الوزير قوله", "ونقلت «سبأ» عن مصدر حكومي"]
    corpus.write_text("".join(json.dumps({"id": str(n), "text": t}, ensure_ascii=False) + "\n" for n, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "suggestions.yaml"
    assert runner.invoke(main, ["suggest", str(corpus), "--lexicon", str(lexdir), "-o", str(out)]).exit_code == 0
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["variants"] == [{"id": "saba", "field": "nearby", "add": ["سبأ"], "near": "وكالة سبأ"}]
    assert "(1 alone in quotation marks, 0 unquoted where the document names it; an ordinary word too" in out.read_text(encoding="utf-8")
    result = runner.invoke(main, ["review", str(out), "--lexicon-dir", str(lexdir)], input="a\n")
    assert result.exit_code == 0, result.output
    assert load_lexicon([lexdir]).by_id["saba"].nearby == ("سبأ",)
    normalized = runner.invoke(main, ["normalize", str(corpus), "--lexicon", str(lexdir), "--format", "jsonl"])
    assert [[m["surface"] for m in json.loads(line)["mentions"]] for line in normalized.output.splitlines()] == [["وكالة سبأ", "سبأ"], ["سبأ"]]


def test_a_name_written_in_one_document_shows_more_than_its_first_line() -> None:
    from translit.discover import Occurrence
    from translit.model import Document
    from translit.suggest import KWIC_LINES, _contexts

    text = "قال غروس إن الفريق جاهز. وأضاف غروس أن المباراة صعبة. وختم غروس حديثه"
    starts = [i for i in range(len(text)) if text.startswith("غروس", i)]
    occurrences = [Occurrence(0, 0, 1, s, s + 4, "غروس", "غروس", "", (), 0.0) for s in starts]
    lines = _contexts([Document("a", text)], occurrences)
    assert len(lines) == KWIC_LINES == 3 and all("⟦غروس⟧" in line for line in lines)
