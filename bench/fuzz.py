"""Coverage-guided fuzzing of translit's entry points with atheris (run by hand, not in CI).

    pip install atheris
    python bench/fuzz.py normalize -max_total_time=120 /tmp/fuzz-normalize
    python bench/fuzz.py lookup    -max_total_time=60  /tmp/fuzz-lookup
    python bench/fuzz.py lexicon   -max_total_time=120 /tmp/fuzz-lexicon
    python bench/fuzz.py jsonl     -max_total_time=60  /tmp/fuzz-jsonl

The first argument picks the target; the rest go to libFuzzer (a corpus directory is seeded
with real Arabic text, JSON lines or lexicon YAML when empty). Each target checks more than
"no exception":

- ``normalize``: arbitrary text (lone surrogates included); every mention's offsets slice the
  text to its surface, mentions are ordered and disjoint, the ``text`` rewrite changes nothing
  outside mentions, and normalizing the rewrite again changes nothing;
- ``lookup``: an arbitrary bare name gives ranked candidates with scores in [0, 1];
- ``lexicon``: mutated YAML either loads (and then compiles and normalizes a sentence) or
  raises :class:`translit.LexiconError` whose problems name the file;
- ``jsonl``: mutated JSON lines are read with ``--skip-bad-lines``/``--encoding-errors
  replace`` semantics and every output format is written as UTF-8.

Findings are pinned in ``tests/test_robustness.py``; see ``docs/robustness.md``.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import translit
    from translit.errors import InputError, LexiconError
    from translit.inputs import read_inputs
    from translit.output import FORMATS, Utf8Writer, render, rewrite

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "data" / "misrana-2023-11-hostage-deal.ar.txt"
SENTENCE = "وقال نتنياهو لماكجورك في الدوحة إن إسرائيل وحماس"

_norm: translit.Normalizer | None = None
_scratch = tempfile.mkdtemp(prefix="translit-fuzz-")


def norm() -> translit.Normalizer:
    global _norm
    if _norm is None:
        _norm = translit.Normalizer.load()
    return _norm


def check_document(n: translit.Normalizer, text: str) -> None:
    """The invariants every normalized document keeps."""
    doc = n.normalize(text)
    pos = 0
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start : m.end] == m.surface, m
        assert m.start >= pos, ("overlap", m)
        pos = m.end
    once = rewrite(doc)
    if not doc.mentions:
        assert once == text
    again = rewrite(n.normalize(once))
    assert again == once, (text, once, again)


def fuzz_normalize(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicode(len(data)) if fdp.ConsumeBool() else data.decode("utf-8", "replace")
    check_document(norm(), text)


def fuzz_lookup(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    name = fdp.ConsumeUnicode(64) if fdp.ConsumeBool() else data[:200].decode("utf-8", "replace")
    for c in norm().lookup(name, limit=5):
        assert -1.0 <= c.score <= 1.0, c
        assert c.id in norm().lexicon.by_id, c


def fuzz_lexicon(data: bytes) -> None:
    path = Path(_scratch) / "lexicon.yaml"
    path.write_bytes(data)
    try:
        lex = translit.load_lexicon([path], strict=bool(data[:1]) and data[0] % 2 == 0)
    except LexiconError as exc:
        assert exc.problems and all(p.path == str(path) for p in exc.problems), exc.problems
        assert "\n" not in str(exc)
        return
    n = translit.Normalizer(lex)
    check_document(n, SENTENCE + " " + " ".join(e.ar for e in lex.entities[:20]))
    for e in lex.entities[:5]:
        n.lookup(e.ar)


def fuzz_jsonl(data: bytes) -> None:
    path = Path(_scratch) / "docs.jsonl"
    path.write_bytes(data)
    try:
        docs_in = read_inputs([str(path)], encoding_errors="replace", skip_bad_lines=True)
    except InputError:
        raise AssertionError("skip_bad_lines and replace must read anything") from None
    docs = norm().normalize_many({"id": d.id, "text": d.text, **d.extra} for d in docs_in)
    for fmt in FORMATS:
        render(docs, fmt, Utf8Writer(io.BytesIO()), jsonl_input=True)  # type: ignore[arg-type]


TARGETS = {"normalize": fuzz_normalize, "lookup": fuzz_lookup, "lexicon": fuzz_lexicon, "jsonl": fuzz_jsonl}


def seed(target: str, corpus: Path) -> None:
    """Fill an empty corpus directory with real inputs for the target."""
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    lines = [line for line in ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    if target in ("normalize", "lookup"):
        samples = lines[:40] if target == "normalize" else ["ماكجورك", "بنتنياهو", "إسرائيل", "تميم بن حمد آل ثاني", "للدوحة"]
        for i, s in enumerate(samples):
            (corpus / f"seed{i}").write_text(s, encoding="utf-8")
    elif target == "jsonl":
        for i in range(0, 20, 4):
            body = "".join(json.dumps({"id": f"d{j}", "text": lines[j % len(lines)], "n": j}, ensure_ascii=False) + "\n" for j in range(i, i + 4))
            (corpus / f"seed{i}").write_text(body, encoding="utf-8")
    else:
        text = (ROOT / "lexicons" / "people.yaml").read_text(encoding="utf-8")
        chunks = text.split("\n  - ")
        for i in range(1, min(len(chunks), 40), 4):
            (corpus / f"seed{i}").write_text("entities:\n  - " + "\n  - ".join(chunks[i : i + 4]) + "\n", encoding="utf-8")


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{'|'.join(TARGETS)}}} [libFuzzer options] [corpus dir]")
    target = sys.argv.pop(1)
    for arg in sys.argv[1:]:
        if not arg.startswith("-"):
            seed(target, Path(arg))
    norm()  # load the lexicon and word frequencies before fuzzing starts
    os.environ.setdefault("TRANSLIT_TRACEBACK", "1")
    atheris.Setup(sys.argv, TARGETS[target])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
