"""Scale: the compiled-lexicon cache, --workers, and the Dask path give the single-process result."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import DATA
from translit import Normalizer, cache
from translit.cli import main

LEXICON = """\
entities:
  - id: lindsey-graham
    type: person
    en: Lindsey Graham
    ar: ليندسي غراهام
    short: [غراهام]
  - id: billy-graham
    type: person
    en: Billy Graham
    ar: بيلي غراهام
    short: [غراهام]
  - id: qatar
    type: place
    en: Qatar
    ar: قطر
"""

#: A corpus where one document resolves an ambiguous short form (غراهام, two entities) by
#: coreference, and others take that reading through the corpus rule.
CORPUS_DOCS = [
    "قال السيناتور ليندسي غراهام إن قطر، وأضاف غراهام أن المفاوضات مستمرة",
    "وقال غراهام في مقابلة إن الحرب ستطول",
    "قال جراهام إن قطر وسيط",
    "وأكد غراهام أن قطر ستستضيف المحادثات",
]


def _corpus(tmp_path: Path) -> Path:
    """The corpus above, the sample article and the unknown-names documents, interleaved."""
    docs = [{"id": f"g-{n}", "text": t} for n, t in enumerate(CORPUS_DOCS)]
    docs.append({"id": "article", "text": (DATA / "misrana-2023-11-hostage-deal.ar.txt").read_text(encoding="utf-8")})
    for line in (DATA / "unknown-names.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            docs.append(json.loads(line))
    path = tmp_path / "corpus.jsonl"
    copies = [{**d, "id": f"{d['id']}-{k}"} for k in range(3) for d in docs]
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in copies), encoding="utf-8")
    return path


def _lexicon(tmp_path: Path) -> Path:
    directory = tmp_path / "lex"
    directory.mkdir(exist_ok=True)
    (directory / "graham.yaml").write_text(LEXICON, encoding="utf-8")
    return directory


def test_workers_give_byte_identical_jsonl_with_corpus_results(tmp_path, runner) -> None:
    corpus = _corpus(tmp_path)
    lex = _lexicon(tmp_path)
    outputs = {}
    for workers in ("1", "4"):
        for lexicon in ([], ["--lexicon", str(lex)]):
            result = runner.invoke(main, ["normalize", str(corpus), "--format", "jsonl", "--workers", workers, *lexicon])
            assert result.exit_code == 0, result.output
            outputs[(workers, bool(lexicon))] = result.output
    assert outputs[("4", True)] == outputs[("1", True)]
    assert outputs[("4", False)] == outputs[("1", False)]
    rules = [m["rule"] for line in outputs[("1", True)].splitlines() for m in json.loads(line)["mentions"]]
    assert "corpus" in rules and "coreference" in rules  # the cross-document step was exercised


def test_workers_in_the_library_keep_input_order(norm) -> None:
    texts = [f"قال بايدن إن قطر وسيط {n}" if n % 2 else "التقى ماكجورك بنتنياهو" for n in range(9)]
    assert norm.normalize_many(texts, workers=3) == norm.normalize_many(texts)


def test_the_cache_restores_every_field_of_every_entity(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("TRANSLIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TRANSLIT_NO_CACHE", raising=False)
    built = Normalizer.load()
    restored = Normalizer.load()  # from the cache written just now
    assert list(restored.lexicon.entities) == list(built.lexicon.entities)
    assert restored.lexicon.by_id["asharq-al-awsat"].quoted == ("الشرق الأوسط",)
    assert restored.lexicon.by_id["manchester-city"].nearby == ("سيتي", "السيتي")


def test_editing_a_lexicon_file_invalidates_the_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TRANSLIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TRANSLIT_NO_CACHE", raising=False)
    lex = _lexicon(tmp_path)
    first = Normalizer.load(lex)
    assert [m.id for m in first.normalize("قال غراهام إن قطر").mentions] == ["qatar"]  # غراهام: ambiguous
    assert len(list((tmp_path / "cache").glob("lexicon-*.pickle"))) == 1
    again = Normalizer.load(lex)  # from the cache
    assert [e.id for e in again.lexicon.entities] == [e.id for e in first.lexicon.entities]
    (lex / "graham.yaml").write_text(LEXICON.replace("    ar: بيلي غراهام\n    short: [غراهام]\n", "    ar: بيلي صنداي\n"), encoding="utf-8")
    edited = Normalizer.load(lex)
    assert [m.id for m in edited.normalize("قال غراهام إن قطر").mentions] == ["lindsey-graham", "qatar"]
    assert len(list((tmp_path / "cache").glob("lexicon-*.pickle"))) == 2


def test_two_lexicon_sets_do_not_share_a_cache_entry(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TRANSLIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TRANSLIT_NO_CACHE", raising=False)
    a = tmp_path / "a"
    b = tmp_path / "b"
    for d in (a, b):
        d.mkdir()
        (d / "x.yaml").write_text(LEXICON, encoding="utf-8")
    la, lb = Normalizer.load(a), Normalizer.load(b)
    assert la.lexicon.files != lb.lexicon.files  # same content, other files: their own entries
    assert la.lexicon.entities[0].source.startswith(str(a))
    assert lb.lexicon.entities[0].source.startswith(str(b))
    assert len(list((tmp_path / "cache").glob("lexicon-*.pickle"))) == 2


def test_a_corrupt_cache_file_is_ignored_and_rebuilt(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TRANSLIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TRANSLIT_NO_CACHE", raising=False)
    lex = _lexicon(tmp_path)
    Normalizer.load(lex)
    [entry] = (tmp_path / "cache").glob("lexicon-*.pickle")
    entry.write_bytes(entry.read_bytes()[:100])  # truncated
    norm = Normalizer.load(lex)
    assert [m.id for m in norm.normalize("قال ليندسي غراهام").mentions] == ["lindsey-graham"]
    assert isinstance(pickle.loads(entry.read_bytes()), tuple)  # rewritten whole
    entry.write_bytes(b"not a pickle")
    assert len(Normalizer.load(lex).lexicon) == 3


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TRANSLIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TRANSLIT_NO_CACHE", "1")
    Normalizer.load(_lexicon(tmp_path))
    assert not (tmp_path / "cache").exists()


def test_a_warm_start_does_not_read_wordfreq(tmp_path) -> None:
    env = dict(os.environ, TRANSLIT_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("TRANSLIT_NO_CACHE", None)
    code = textwrap.dedent(
        """
        import sys, translit
        ids = [m.id for m in translit.Normalizer.load().normalize("التقى ماكجورك بنتنياهو").mentions]
        print(ids, "wordfreq" in sys.modules)
        """
    )
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout for _ in range(2)]
    assert runs[0].strip() == "['brett-mcgurk', 'benjamin-netanyahu'] True"  # cold: built, wordfreq read
    assert runs[1].strip() == "['brett-mcgurk', 'benjamin-netanyahu'] False"  # warm: all from the cache


def test_cache_key_changes_with_the_code_values(tmp_path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(LEXICON, encoding="utf-8")
    assert cache.lexicon_key([path]) == cache.lexicon_key([path])
    cache._CODE_KEY = "something else"  # as after an edit of thresholds.py or any module
    try:
        changed = cache.lexicon_key([path])
    finally:
        cache._CODE_KEY = None
    assert changed != cache.lexicon_key([path])


def test_dask_bag_and_dataframe_equal_the_single_machine_result(tmp_path) -> None:
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    from dask.distributed import Client, LocalCluster

    import translit.dask as tdask
    from translit.output import render

    corpus = _corpus(tmp_path)
    lex = _lexicon(tmp_path)
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    norm = Normalizer.load(lex)

    def jsonl(docs) -> str:
        import io

        out = io.StringIO()
        render(docs, "jsonl", out)
        return out.getvalue()

    expected = jsonl(norm.normalize_many(records))
    import dask.bag as db
    import pandas as pd
    import dask.dataframe as dd

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster):
        bag = db.from_sequence(records, npartitions=4)
        got = tdask.normalize_bag(bag, [str(lex)]).compute()
        assert jsonl(got) == expected
        frame = dd.from_pandas(pd.DataFrame(records), npartitions=3)
        got_frame = tdask.normalize_dataframe(frame, [str(lex)]).compute()
    assert "corpus" in expected
    assert list(got_frame["id"]) == [r["id"] for r in records]
    assert [json.loads(m) for m in got_frame["mentions"]] == [json.loads(line)["mentions"] for line in expected.splitlines()]
