"""The translit command as a user runs it: formats, inputs, look-ups, lexicon checks, errors."""

from __future__ import annotations

import json

import pytest

from tests.conftest import DATA
from translit.cli import main

ARTICLE = DATA / "misrana-2023-11-hostage-deal.ar.txt"
GOLD = DATA / "misrana-2023-11-hostage-deal.gold.json"


def _f1(predicted: list[dict], gold: dict) -> float:
    """The protocol of shared/tools/mention_eval.py: overlap and same id or English form."""
    gm = [(m["start"], m["end"], e["id"]) for e in gold["entities"] for m in e["mentions"]]
    hit_gold, good = set(), set()
    for i, p in enumerate(predicted):
        for j, (s, e, gid) in enumerate(gm):
            if p["start"] < e and s < p["end"] and p["id"] == gid:
                hit_gold.add(j)
                good.add(i)
    precision = len(good) / len(predicted) if predicted else 0.0
    recall = len(hit_gold) / len(gm)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def test_sample_article_scores_f1_one(runner) -> None:
    result = runner.invoke(main, ["normalize", str(ARTICLE), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [doc] = [json.loads(line) for line in result.output.splitlines()]
    assert _f1(doc["mentions"], json.loads(GOLD.read_text(encoding="utf-8"))) == 1.0


def test_sample_article_offsets_slice_the_text_to_the_surface(runner, article) -> None:
    result = runner.invoke(main, ["normalize", str(ARTICLE), "--format", "jsonl"])
    for m in json.loads(result.output)["mentions"]:
        assert article[m["start"] : m["end"]] == m["surface"]


def test_text_format_rewrites_to_the_canonical_spelling_keeping_proclitics(runner) -> None:
    result = runner.invoke(main, ["normalize", "-"], input="وقال نتنياهو لماكجورك ووبارنيع")
    assert result.output == "وقال نتنياهو لماكغورك ووبارنيع"
    result = runner.invoke(main, ["normalize", "-"], input="قال ديفيد بارنيا ثم وبارنيع")
    assert result.output == "قال ديفيد برنياع ثم وبرنياع"


def test_annotated_format_tags_id_and_english_form(runner) -> None:
    result = runner.invoke(main, ["normalize", "--format", "annotated"], input="أمير قطر")
    assert result.output == 'أمير <entity id="qatar" en="Qatar" type="place">قطر</entity>'


def test_tsv_format_has_a_header_and_one_row_per_mention(runner) -> None:
    result = runner.invoke(main, ["normalize", "--format", "tsv"], input="قطر وحماس")
    rows = [line.split("\t") for line in result.output.splitlines()]
    assert rows[0][:5] == ["doc", "start", "end", "surface", "id"]
    assert [r[4] for r in rows[1:]] == ["qatar", "hamas"]
    assert rows[2][9] == "و"


def test_jsonl_input_keeps_ids_and_extra_fields(runner, tmp_path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": "أمير قطر", "url": "http://x"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = json.loads(runner.invoke(main, ["normalize", str(path), "--format", "jsonl"]).output)
    assert (out["id"], out["url"], [m["id"] for m in out["mentions"]]) == ("a1", "http://x", ["qatar"])


def test_standard_input_is_one_text_document_by_default(runner) -> None:
    line = json.dumps({"id": "a1", "text": "أمير قطر"}, ensure_ascii=False)
    out = json.loads(runner.invoke(main, ["normalize", "-", "--format", "jsonl"], input=line).output)
    assert (out["id"], out["mentions"][0]["start"]) == ("stdin", line.index("قطر"))


def test_input_format_jsonl_reads_json_lines_from_standard_input(runner) -> None:
    lines = [{"id": "a1", "text": "أمير قطر", "url": "http://x"}, {"text": "قادة حماس"}]
    text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines)
    result = runner.invoke(main, ["normalize", "--input-format", "jsonl", "--format", "jsonl"], input=text)
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [(d["id"], d.get("url"), [m["id"] for m in d["mentions"]]) for d in out] == [("a1", "http://x", ["qatar"]), ("<stdin>:2", None, ["hamas"])]


def test_input_format_jsonl_reads_a_file_of_any_suffix(runner, tmp_path) -> None:
    path = tmp_path / "docs.ndjson"
    path.write_text(json.dumps({"id": "a1", "text": "أمير قطر"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = json.loads(runner.invoke(main, ["normalize", str(path), "--input-format", "jsonl", "--format", "jsonl"]).output)
    assert (out["id"], [m["id"] for m in out["mentions"]]) == ("a1", ["qatar"])


def test_input_format_text_reads_a_jsonl_file_as_one_document(runner, tmp_path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"text": "قطر"}\n{"text": "حماس"}\n', encoding="utf-8")
    out = [json.loads(line) for line in runner.invoke(main, ["normalize", str(path), "--input-format", "text", "--format", "jsonl"]).output.splitlines()]
    assert [(d["id"], len(d["mentions"])) for d in out] == [(str(path), 2)]


def test_a_directory_is_every_input_file_below_it(runner, tmp_path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("قطر", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("حماس", encoding="utf-8")
    result = runner.invoke(main, ["normalize", str(tmp_path), "--format", "jsonl"])
    assert [json.loads(line)["mentions"][0]["id"] for line in result.output.splitlines()] == ["qatar", "hamas"]


def test_output_file_is_written_whole(runner, tmp_path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["normalize", str(ARTICLE), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["mentions"]
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_lookup_jsonl_is_one_object_per_name_best_first(runner) -> None:
    result = runner.invoke(main, ["lookup", "--format", "jsonl"], input="ماكجورك\nندايمانيشا\n")
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["query"] for line in lines] == ["ماكجورك", "ندايمانيشا"]
    assert lines[0]["matches"][0]["id"] == "brett-mcgurk"
    assert set(lines[0]["matches"][0]) >= {"id", "en", "type", "score", "rule"}
    assert lines[1]["matches"] == []


def test_lexicon_check_passes_on_the_bundled_set(runner) -> None:
    result = runner.invoke(main, ["lexicon", "check"])
    assert result.exit_code == 0
    assert result.output.startswith("ok: ")


def test_lexicon_check_notes_a_place_named_by_an_everyday_noun(runner, write_lexicon) -> None:
    path = write_lexicon("entities:\n  - {id: tyre, type: place, en: Tyre, ar: صور}\n")
    result = runner.invoke(main, ["lexicon", "check", str(path)])
    assert result.exit_code == 0
    assert f"note: {path}:2: tyre: صور is also an everyday noun" in result.output


def test_lexicon_check_takes_a_short_listing_as_the_answer_to_that_note(runner, write_lexicon) -> None:
    path = write_lexicon("entities:\n  - {id: tyre, type: place, en: Tyre, ar: صور, short: [صور]}\n")
    result = runner.invoke(main, ["lexicon", "check", str(path)])
    assert (result.exit_code, "note:" in result.output) == (0, False)


def test_lexicon_stats_counts_every_kind_of_form(runner, write_lexicon) -> None:
    body = (
        "entities:\n  - {id: manchester-city, type: organization, en: Manchester City, ar: مانشستر سيتي,"
        " variants: [مانشستر سيتى], short: [مان سيتي], quoted: [السيتي], nearby: [سيتي]}\n"
    )
    result = runner.invoke(main, ["lexicon", "stats", str(write_lexicon(body))])
    assert result.output.splitlines()[-5:] == ["variants\t1", "short forms\t1", "quoted forms\t1", "nearby forms\t1", "files\t1"]


BROKEN = {
    "yaml": ("entities:\n  - id: x\n    en: [a\n", ":4: YAML syntax error"),
    "missing-en": ("entities:\n  - {id: x, type: place, ar: قطر}\n", ":2: en: missing required key"),
    "duplicate-id": (
        "entities:\n  - {id: x, type: place, en: X, ar: قطر}\n  - {id: x, type: place, en: Y, ar: مصر}\n",
        ":3: id: duplicate id 'x'",
    ),
    "latin-ar": ("entities:\n  - {id: x, type: place, en: X, ar: Qatar}\n", ":2: ar: must be written in Arabic script"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
@pytest.mark.parametrize("command", [["lexicon", "check"], ["normalize", "--lexicon"]])
def test_broken_lexicon_is_a_one_line_error_with_file_and_line(case, command, tmp_path) -> None:
    import subprocess
    import sys

    body, expected = BROKEN[case]
    lex = tmp_path / "bad.yaml"
    lex.write_text(body, encoding="utf-8")
    args = [*command, str(lex)] + (["-"] if command[0] == "normalize" else [])
    proc = subprocess.run([sys.executable, "-m", "translit", *args], input="قطر", capture_output=True, text=True)
    assert proc.returncode == 1
    first = proc.stderr.splitlines()[0]
    assert first.startswith(f"translit: {lex}{expected}"), proc.stderr
    assert "Traceback" not in proc.stderr
    if command[0] == "normalize":
        assert len(proc.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (  # a spelling two entities share: an ambiguity context resolves
            "entities:\n  - {id: qatar, type: place, en: Qatar, ar: قطر}\n"
            "  - {id: qatar-airways, type: organization, en: Qatar Airways, ar: الخطوط القطرية, variants: [قطر]}\n",
            ":3: ar/variants: 'قطر' is also a full form of 'qatar'",
        ),
        (  # a stray joiner at the edge of a word: read as if it were not there
            "entities:\n  - {id: rfk, type: person, en: Robert F. Kennedy Jr., ar: روبرت كينيدي, variants: ['روبرت إف. كينيدي']}\n",
            ":2: variants: 'روبرت إف. كينيدي': '.' must stand between two letters",
        ),
    ],
)
def test_a_tolerable_lexicon_problem_is_a_warning_that_names_it(body: str, problem: str, tmp_path) -> None:
    import subprocess
    import sys

    lex = tmp_path / "lex.yaml"
    lex.write_text(body, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "translit", "normalize", "--lexicon", str(lex), "-"], input="قطر", capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    [warning] = proc.stderr.splitlines()
    assert warning.startswith(f"translit: warning: the lexicon loads with 1 tolerable problem (first: {lex}{problem}"), warning


def test_non_utf8_input_names_file_and_byte_offset(tmp_path) -> None:
    import subprocess
    import sys

    path = tmp_path / "latin1.txt"
    path.write_bytes("قطر ".encode() + b"caf\xe9")
    proc = subprocess.run([sys.executable, "-m", "translit", "normalize", str(path)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"translit: {path}: not valid UTF-8 at byte offset 10 (use --encoding-errors replace to go on)"]
    assert proc.stdout == ""


def test_installed_command_finds_the_bundled_lexicons_from_any_directory(tmp_path) -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "translit", "lexicon", "check"], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok: ")


VARIANTS = DATA / "name-variants-sample.tsv"


def test_eval_variants_prints_recall_precision_and_how_each_link_was_made(runner) -> None:
    result = runner.invoke(main, ["eval", "variants", str(VARIANTS)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].startswith("recall 1.0000  precision 1.0000  right 10")
    assert lines[2].startswith("right links by rule: ") and "english" in lines[2]  # بريزبن reads as Brisbane


def test_eval_variants_takes_one_type(runner) -> None:
    result = runner.invoke(main, ["eval", "variants", str(VARIANTS), "--type", "PER"])
    assert result.output.splitlines()[0] == "lexicon 4 entities; positive queries 4; negative queries 0"


def test_eval_variants_names_a_missing_column(tmp_path) -> None:
    import subprocess
    import sys

    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tname\nx\tقطر\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "translit", "eval", "variants", str(bad)], capture_output=True, text=True)
    assert (proc.returncode, proc.stderr.strip()) == (
        2,
        f"translit: {bad}:1: missing column 'entity_id' (the header must name entity_id, english, arabic_variant, type)",
    )


def test_eval_mentions_scores_the_sample_article(runner) -> None:
    result = runner.invoke(main, ["eval", "mentions", str(GOLD), str(ARTICLE), "--min-f1", "0.99"])
    assert (result.exit_code, result.output.strip()) == (0, "mentions: gold 50 predicted 50; precision 1.000 recall 1.000 F1 1.000")


def test_eval_prose_counts_links_per_ten_thousand_words_and_lists_the_surfaces(runner, tmp_path) -> None:
    corpus = tmp_path / "prose.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": "وصل الوفد إلى الدوحة ثم إلى عدن، وقال إن الحارس بقي في طهران."}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["eval", "prose", str(corpus), "--lexicon-tsv", str(VARIANTS), "--top", "5"])
    lines = result.output.splitlines()
    assert lines[0] == "documents 1  words 13  links 3  links per 10,000 words 2307.69"  # الحارس is not حارث
    assert sorted(line.split("\t")[1] for line in lines[2:]) == ["الدوحة", "طهران", "عدن"]
