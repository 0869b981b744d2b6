"""Issue 5: no bad input crashes translit or loses data.

Every bad input gets one line on stderr (file, line or byte offset, what is wrong) and an exit
code, or is handled as documented; never a traceback, a half-written output or a silently
dropped document. The command is run in-process through ``translit.cli.run`` (the console
entry point, so exit codes and messages are the real ones) or, for signals, pipes and
memory, as a subprocess.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

import translit
from tests.conftest import DATA
from translit.cli import run
from translit.errors import LexiconError, OutputError
from translit.inputs import read_inputs
from translit.lexicon import load_lexicon
from translit.output import atomic_writer, render, rewrite

ARTICLE = DATA / "misrana-2023-11-hostage-deal.ar.txt"
# A small fixed lexicon: fast to load, and stable while the bundled lexicons grow.
SMALL = str(DATA / "robustness-lexicon.yaml")
TRANSLIT = [sys.executable, "-m", "translit"]
NORMALIZE = [*TRANSLIT, "normalize", "--lexicon", SMALL]


@pytest.fixture(scope="module")
def small() -> translit.Normalizer:
    return translit.Normalizer.load(SMALL)


def cli(args: list[str], stdin: bytes = b"", monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, bytes, str]:
    """Run the ``translit`` entry point in-process: (exit code, stdout bytes, stderr text)."""
    if args[:1] == ["normalize"] and "--lexicon" not in args:
        args = ["normalize", "--lexicon", SMALL, *args[1:]]
    raw_out, raw_err = io.BytesIO(), io.BytesIO()
    stdin_io = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    stdout_io = io.TextIOWrapper(raw_out, encoding="utf-8", newline="")
    stderr_io = io.TextIOWrapper(raw_err, encoding="utf-8", newline="")
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    old = sys.argv, sys.stdin, sys.stdout, sys.stderr
    sys.argv, sys.stdin, sys.stdout, sys.stderr = ["translit", *args], stdin_io, stdout_io, stderr_io
    code = 0
    try:
        run()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        stdout_io.flush()
        stderr_io.flush()
        sys.argv, sys.stdin, sys.stdout, sys.stderr = old
        for s, handler in saved.items():
            signal.signal(s, handler)
    return code, raw_out.getvalue(), raw_err.getvalue().decode("utf-8")


def one_error(err: str) -> str:
    """The single line of an error message (and that there is only one)."""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def mentions(path: Path, *extra: str) -> list[dict]:
    code, out, err = cli(["normalize", str(path), "--format", "jsonl", *extra])
    assert code == 0, err
    return [m for line in out.decode().splitlines() for m in json.loads(line)["mentions"]]


# --- input text ----------------------------------------------------------------------


def test_invalid_utf8_is_an_error_naming_file_and_byte_offset(tmp_path) -> None:
    path = tmp_path / "cp1256.txt"
    path.write_bytes("أمير قطر ".encode() + "غزة".encode("cp1256"))
    code, out, err = cli(["normalize", str(path)])
    assert (code, out) == (2, b"")
    assert one_error(err) == f"translit: {path}: not valid UTF-8 at byte offset 16 (use --encoding-errors replace to go on)"


def test_encoding_errors_replace_goes_on_and_counts_each_bad_sequence(tmp_path) -> None:
    path = tmp_path / "mixed.txt"
    # \xff, \xfe, \xe9 (three bad bytes) and a truncated 3-byte sequence: four replacements;
    # a U+FFFD already in the text is not counted.
    path.write_bytes("قطر \ufffd ".encode() + b"\xff\xfe caf\xe9 \xe2\x82 " + "حماس".encode())
    code, out, err = cli(["normalize", str(path), "--encoding-errors", "replace", "--format", "jsonl"])
    assert code == 0
    assert one_error(err) == f"translit: {path}: replaced 4 invalid UTF-8 byte sequences"
    doc = json.loads(out)
    text = path.read_bytes().decode("utf-8", "replace")
    assert [(m["id"], text[m["start"] : m["end"]]) for m in doc["mentions"]] == [("qatar", "قطر"), ("hamas", "حماس")]


def test_a_byte_order_mark_is_dropped_and_offsets_count_from_after_it(tmp_path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "قطر وحماس".encode())
    assert [(m["start"], m["end"]) for m in mentions(path)] == [(0, 3), (5, 9)]
    code, out, _ = cli(["normalize", str(path)])
    assert out == "قطر وحماس".encode()  # documented: the output has no BOM


def test_crlf_lone_cr_and_nul_bytes_pass_through_unchanged_outside_mentions(tmp_path) -> None:
    body = "قال نتنياهو\r\nلماكجورك\rفي\x00الدوحة\r\n\r\nوحماس\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(body.encode())
    code, out, _ = cli(["normalize", str(path)])
    assert code == 0
    found = mentions(path)
    assert [m["surface"] for m in found] == ["نتنياهو", "ماكجورك", "الدوحة", "حماس"]
    assert [body[m["start"] : m["end"]] for m in found] == [m["surface"] for m in found]
    expected, pos = [], 0  # the input's own characters between mentions, canonical spellings in them
    for m in found:
        expected += [body[pos : m["start"]], m["canonical"]]
        pos = m["end"]
    assert out == "".join([*expected, body[pos:]]).encode()
    assert "ماكغورك" in out.decode()


@pytest.mark.parametrize("body", ["", "   \n\t \r\n", "\n\n\n"])
def test_empty_and_whitespace_only_documents_are_kept_unchanged(tmp_path, body) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(body, encoding="utf-8", newline="")
    assert cli(["normalize", str(path)])[:2] == (0, body.encode())
    code, out, _ = cli(["normalize", str(path), "--format", "jsonl"])
    assert json.loads(out) == {"id": str(path), "mentions": []}
    assert cli(["normalize", "-"], stdin=body.encode())[:2] == (0, body.encode())


SCRIPTS = {
    "latin only": ("Hamas and Qatar met in Doha; Netanyahu said 2023.", []),
    "mixed arabic latin digits": ("Hamas حماس 2023 وقطر Qatar ٢٠٢٣ (AP)", ["hamas", "qatar"]),
    "persian": ("نخست وزیر اسرائیل بنیامین نتانیاهو گفت که حماس", ["israel", "benjamin-netanyahu", "hamas"]),
    "urdu": ("اسرائیل کے وزیر اعظم نے قطر میں حماس سے", ["israel", "qatar", "hamas"]),
    # بني إسرائيل is the Children of Israel, no mention of the state: the Quranic marks are read
    # on a sentence of names written in the same orthography
    "quranic": ("وَقَضَيْنَآ إِلَىٰ بَنِىٓ إِسْرَٰٓءِيلَ فِى ٱلْكِتَٰبِ ۝ وَقَالَ أَمِيرُ قَطَرَ فِى ٱلدَّوْحَةِ إِنَّ إِسْرَٰٓءِيلَ", ["qatar", "doha", "israel"]),
    "vocalized names": ("قالَ أَمِيرُ قَطَرَ لِنَتَنْيَاهُو", ["qatar", "benjamin-netanyahu"]),
    "presentation forms": ("ﺃﻣﻴﺮ ﻗﻄﺮ ﻭﻧﺘﻨﻴﺎﻫﻮ", ["qatar", "benjamin-netanyahu"]),
    "tatweel and bidi": ("قـــطـــر \u200fحماس\u200f نتنـ\u200dـياهو \u202bإسرائيل\u202c \u2066غزة\u2069", ["qatar", "hamas", "benjamin-netanyahu", "israel", "gaza-strip"]),
    "emoji and combining": ("🇶🇦 قطر 👍🏽 حماس\u200d e\u0301 👨\u200d👩\u200d👧 نتنياهو😀 ق\u0301طر", ["qatar", "hamas", "benjamin-netanyahu"]),
}


@pytest.mark.parametrize("case", sorted(SCRIPTS))
def test_any_script_is_read_offsets_hold_and_only_mentions_change(small, case) -> None:
    text, expected = SCRIPTS[case]
    doc = small.normalize(text)
    assert [m.id for m in doc.mentions if m.id in expected] == expected
    for m in doc.mentions:
        assert text[m.start : m.end] == m.surface
    out, pos = rewrite(doc), 0
    for m in doc.mentions:  # everything between mentions is copied as it was
        assert text[pos : m.start] in out
        pos = m.end
    if not doc.mentions:
        assert out == text


#: Runs the command given in its arguments and prints its peak RSS in KiB (os.wait4: this child
#: alone, not every child reaped so far); exits with the command's status.
_PEAK_LAUNCHER = (
    "import os, subprocess, sys\n"
    "p = subprocess.Popen(sys.argv[1:])\n"
    "_, status, usage = os.wait4(p.pid, 0)\n"
    "print(usage.ru_maxrss)\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def test_a_one_megabyte_single_line_document_runs_in_bounded_memory(tmp_path, small) -> None:
    line = ARTICLE.read_text(encoding="utf-8").replace("\n", " ")
    copies = 2**20 // len(line.encode()) + 1
    path = tmp_path / "big.txt"
    path.write_text(" ".join([line] * copies), encoding="utf-8")
    out = tmp_path / "big.jsonl"
    # the command's own peak, taken by a small launcher: Linux carries a process's peak RSS over
    # exec, so a child forked from this test process (grown with every lexicon the suite loaded)
    # would report the suite's size; the launcher's fork copies only the launcher
    proc = subprocess.run(
        [sys.executable, "-c", _PEAK_LAUNCHER, *NORMALIZE, str(path), "--format", "jsonl", "-o", str(out)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    peak_mb = int(proc.stdout.split()[-1]) / 1024
    found = json.loads(out.read_text(encoding="utf-8"))["mentions"]
    assert len(found) >= copies * len(small.normalize(line).mentions)
    # about 60 MB per MB of Arabic input plus the process (docs/robustness.md): some 80 MB here
    assert peak_mb < 400, f"peak RSS {peak_mb:.0f} MB"


def _counting(monkeypatch, module: object, name: str) -> list[int]:
    """Count the calls of ``module.name`` (work measured in operations, never in seconds)."""
    calls = [0]
    original = getattr(module, name)

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_matching_work_grows_linearly_with_the_document(small, monkeypatch) -> None:
    import translit.matcher

    line = ARTICLE.read_text(encoding="utf-8").replace("\n", " ")
    reads = _counting(monkeypatch, translit.matcher, "_single_word")
    checks = _counting(monkeypatch, translit.matcher, "verify")

    def work(copies: int) -> tuple[int, int]:
        reads[0] = checks[0] = 0
        small.normalize(" ".join([line] * copies))
        return reads[0], checks[0]

    (reads_5, _), (reads_20, checks_20) = work(5), work(20)
    assert reads_20 <= 4 * reads_5 + 4  # one read per token
    assert checks_20 == 0  # every distinct spelling was verified once, in the first call


def test_a_name_repeated_thousands_of_times_is_resolved_by_bisection(small, monkeypatch) -> None:
    # Found while timing a 50 MB document: each short mention scanned every full mention of
    # its entity (quadratic); resolve._distance now bisects, once per short mention.
    import translit.resolve

    class Positions(list):
        reads = 0

        def __getitem__(self, i):  # type: ignore[no-untyped-def]
            Positions.reads += 1
            return super().__getitem__(i)

    assert translit.resolve._distance(Positions(range(0, 2_000_000, 2)), 1_000_001) == (0, 1)
    assert Positions.reads <= 2 * 21  # a binary search over a million positions, not a scan

    lookups = _counting(monkeypatch, translit.resolve, "_distance")
    n = 4000
    assert len(small.normalize("بنيامين نتنياهو قال نتنياهو " * n).mentions) == 2 * n
    assert lookups[0] <= n  # once per short mention


# --- JSON lines ----------------------------------------------------------------------


def _jsonl(tmp_path: Path, *lines: str, name: str = "docs.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _doc(doc_id: str, text: str) -> str:
    return json.dumps({"id": doc_id, "text": text}, ensure_ascii=False)


BAD_LINES = {
    "malformed": ('{"id": "b", "text": "قطر"', "invalid JSON: Expecting ',' delimiter (column 26)"),
    "no text": ('{"id": "b", "body": "قطر"}', "no 'text' field"),
    "text not a string": ('{"id": "b", "text": ["قطر"]}', "'text' must be a string, not list"),
    "not an object": ('["قطر"]', "expected a JSON object"),
    "nested too deeply": ("[" * 100_000, "invalid JSON: nested too deeply"),
    "lone surrogate": ('{"id": "b", "text": "قطر \\ud800"}', "a string holds a lone surrogate escape"),
}


@pytest.mark.parametrize("case", sorted(BAD_LINES))
def test_a_bad_jsonl_line_is_an_error_with_its_line_number(tmp_path, case) -> None:
    bad, message = BAD_LINES[case]
    path = _jsonl(tmp_path, _doc("a", "أمير قطر"), bad, _doc("c", "حماس"))
    code, out, err = cli(["normalize", str(path), "--format", "jsonl"])
    assert (code, out) == (2, b"")
    line = one_error(err)
    assert line.startswith(f"translit: {path}:2: {message}")
    assert line.endswith("(use --skip-bad-lines to go on)")


def test_a_bad_json_line_on_standard_input_names_its_line() -> None:
    stdin = (_doc("a", "أمير قطر") + "\n{oops\n").encode()
    code, out, err = cli(["normalize", "--input-format", "jsonl", "--format", "jsonl"], stdin)
    assert (code, out) == (2, b"")
    assert one_error(err).startswith("translit: <stdin>:2: invalid JSON")


def test_skip_bad_lines_goes_on_and_reports_each(tmp_path) -> None:
    path = _jsonl(tmp_path, _doc("a", "أمير قطر"), "{oops", '{"text": 5}', _doc("d", "حماس"))
    code, out, err = cli(["normalize", str(path), "--format", "jsonl", "--skip-bad-lines"])
    assert code == 0
    assert [json.loads(line)["id"] for line in out.decode().splitlines()] == ["a", "d"]
    assert err.splitlines() == [
        f"translit: skipped {path}:2: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        f"translit: skipped {path}:3: 'text' must be a string, not int",
    ]


def test_a_line_separator_inside_a_json_string_does_not_split_the_line(tmp_path) -> None:
    # Found by fuzzing: str.splitlines() cut lines at U+2028/U+0085, which JSON allows raw.
    text = "أمير قطر\u2028وحماس\x85وغزة\x0c"
    path = _jsonl(tmp_path, _doc("a", text), _doc("b", "نتنياهو"))
    code, out, err = cli(["normalize", str(path), "--format", "jsonl"])
    assert (code, err) == (0, "")
    docs = [json.loads(line) for line in out.decode().splitlines()]
    assert [d["id"] for d in docs] == ["a", "b"]
    assert [m["id"] for m in docs[0]["mentions"]][:2] == ["qatar", "hamas"]
    assert docs[0]["mentions"][1]["start"] == text.index("حماس")


def test_crlf_jsonl_reads_and_line_numbers_count_newlines(tmp_path) -> None:
    path = tmp_path / "crlf.jsonl"
    path.write_bytes((_doc("a", "قطر") + "\r\n\r\n" + "{bad\r\n").encode())
    code, _, err = cli(["normalize", str(path)])
    assert code == 2 and one_error(err).startswith(f"translit: {path}:3: invalid JSON")


def test_lone_surrogates_are_replaced_and_counted_with_encoding_errors_replace(tmp_path) -> None:
    path = _jsonl(tmp_path, '{"id": "a", "text": "\\udc80قطر\\ud800", "tag": ["\\udfff"]}')
    out_path = tmp_path / "out.jsonl"
    code, _, err = cli(["normalize", str(path), "--encoding-errors", "replace", "-o", str(out_path)])
    assert code == 0
    assert one_error(err) == f"translit: {path}:1: replaced 3 lone surrogates with U+FFFD"
    assert json.loads(out_path.read_text(encoding="utf-8")) == {"id": "a", "text": "\ufffdقطر\ufffd", "tag": ["\ufffd"]}


def test_a_surrogate_pair_escape_is_a_character_not_an_error(tmp_path) -> None:
    path = _jsonl(tmp_path, '{"id": "a", "text": "\\ud83d\\ude00 قطر"}')
    assert [m["surface"] for m in mentions(path)] == ["قطر"]


def test_duplicate_ids_are_kept_and_reported(tmp_path) -> None:
    path = _jsonl(tmp_path, _doc("a", "قطر"), _doc("a", "حماس"), _doc("a", "غزة"))
    code, out, err = cli(["normalize", str(path), "--format", "jsonl"])
    assert code == 0
    assert [json.loads(line)["id"] for line in out.decode().splitlines()] == ["a", "a", "a"]
    assert one_error(err) == "translit: document id 'a' occurs 3 times; all are kept"


def test_a_huge_jsonl_line_is_read_whole(tmp_path) -> None:
    text = "أمير قطر " * 300_000  # 5 MB on one line
    path = _jsonl(tmp_path, _doc("small", "حماس"), _doc("huge", text))
    docs = read_inputs([str(path)])
    assert [(d.id, len(d.text)) for d in docs] == [("small", 4), ("huge", len(text))]
    assert docs[1].text == text


# --- paths ---------------------------------------------------------------------------


def test_a_missing_input_is_a_one_line_error(tmp_path) -> None:
    code, _, err = cli(["normalize", str(tmp_path / "nope.txt")])
    assert code == 2 and one_error(err) == f"translit: {tmp_path / 'nope.txt'}: no such file or directory"


def test_a_directory_without_inputs_is_an_error(tmp_path) -> None:
    (tmp_path / "notes.md").write_text("قطر", encoding="utf-8")
    code, _, err = cli(["normalize", str(tmp_path)])
    assert code == 2 and one_error(err) == f"translit: {tmp_path}: directory holds no .txt or .jsonl files"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_file_is_an_error(tmp_path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("قطر", encoding="utf-8")
    path.chmod(0)
    code, _, err = cli(["normalize", str(path)])
    assert code == 2 and one_error(err) == f"translit: {path}: cannot read: Permission denied"


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs Linux /proc")
def test_an_input_that_cannot_be_read_is_an_error_even_as_root() -> None:
    # Reading /proc/self/mem from offset 0 fails with EIO for every user, root included.
    code, _, err = cli(["normalize", "/proc/self/mem"])
    assert code == 2 and one_error(err) == "translit: /proc/self/mem: cannot read: Input/output error"


def test_output_in_a_missing_directory_is_an_error(tmp_path) -> None:
    out = tmp_path / "missing" / "out.txt"
    code, _, err = cli(["normalize", "-", "-o", str(out)], stdin="قطر".encode())
    assert code == 2 and one_error(err) == f"translit: {out}: directory {out.parent} does not exist"


def test_output_equal_to_an_input_is_refused_and_the_input_kept(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("لماكجورك", encoding="utf-8")
    code, _, err = cli(["normalize", str(path), "-o", str(path)])
    assert code == 2 and "output file is also an input" in one_error(err)
    assert path.read_text(encoding="utf-8") == "لماكجورك"


def test_output_inside_an_input_directory_is_refused(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("قطر", encoding="utf-8")
    (tmp_path / "out.txt").write_text("old", encoding="utf-8")
    code, _, err = cli(["normalize", str(tmp_path), "-o", str(tmp_path / "out.txt")])
    assert code == 2
    assert one_error(err) == f"translit: {tmp_path / 'out.txt'}: the output file is also an input ({tmp_path / 'out.txt'}); choose another -o"
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "old"


def test_output_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path) -> None:
    target = tmp_path / "real.txt"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert cli(["normalize", "-", "-o", str(link)], stdin="لماكجورك".encode())[0] == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "لماكغورك"


def test_output_to_a_named_pipe_is_written_into_the_pipe(tmp_path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    code, _, err = cli(["normalize", "-", "-o", str(fifo)], stdin="لماكجورك".encode())
    reader.join(10)
    assert (code, err) == (0, "")
    assert got == ["لماكغورك".encode()] and fifo.exists() and not fifo.is_file()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_a_one_line_error() -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([*NORMALIZE, "-"], input="أمير قطر".encode(), stdout=full, stderr=subprocess.PIPE)
    assert proc.returncode == 2
    assert one_error(proc.stderr.decode()) == "translit: <stdout>: cannot write: No space left on device"


def test_stdout_closed_early_stops_quietly_with_exit_zero(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE.read_text(encoding="utf-8") * 10, encoding="utf-8")
    proc = subprocess.Popen([*NORMALIZE, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.read(10)  # `| head -c 10`
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(60) == 0, err
    assert len(head) == 10 and err == ""


def test_usage_errors_are_one_line(tmp_path) -> None:
    code, _, err = cli(["normalize", "--format", "pdf", "-"])
    assert code == 2
    assert one_error(err).startswith("translit: Invalid value for '--format': 'pdf' is not one of")


def test_output_locale_does_not_matter(tmp_path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "LC_ALL": "C"}
    proc = subprocess.run([*NORMALIZE, "-"], input="لماكجورك\r\n".encode(), capture_output=True, env=env)
    assert (proc.returncode, proc.stdout) == (0, "لماكغورك\r\n".encode())


# --- lexicons (the cases tests/test_lexicon.py does not cover) -------------------------


def _lexicon_problems(path: Path, strict: bool = True) -> list[str]:
    with pytest.raises(LexiconError) as info:
        load_lexicon([path], strict=strict)
    return [str(p) for p in info.value.problems]


WRONG_TYPES = {
    "number": ("en: 1984", "en: must be a string, got a number (quote it to make it text)"),
    "yes/no": ("en: No", "en: must be a string, got a yes/no value (quote it to make it text)"),
    "date": ("en: 2024-01-01", "en: must be a string, got a date (quote it to make it text)"),
    "null": ("en:", "en: must be a string, got nothing"),
    "list": ("en: [Brett, McGurk]", "en: must be a string, got a list"),
    "mapping": ("en: {first: Brett}", "en: must be a string, got a mapping"),
    "variants not a list": ("variants: بريت ماكجورك\n    en: X", "variants: must be a list of Arabic strings"),
}


@pytest.mark.parametrize("case", sorted(WRONG_TYPES))
def test_a_wrong_type_names_line_field_and_what_it_got(write_lexicon, case) -> None:
    value, message = WRONG_TYPES[case]
    path = write_lexicon(f"entities:\n  - id: x\n    type: person\n    {value}\n    ar: بريت ماكغورك\n")
    assert _lexicon_problems(path) == [f"{path}:4: {message}"]


@pytest.mark.parametrize("field", ["ar: ''", "variants: ['  ']", "short: ['']"])
def test_empty_arabic_strings_are_rejected(write_lexicon, field) -> None:
    body = "entities:\n  - {id: x, type: person, en: X, ar: بريت ماكغورك}\n".replace("ar: بريت ماكغورك", field if field.startswith("ar") else "ar: بريت ماكغورك, " + field)
    [problem] = _lexicon_problems(write_lexicon(body))
    assert problem.endswith(": must not be empty")


def test_a_variant_equal_to_another_entitys_form_is_a_conflict(write_lexicon) -> None:
    path = write_lexicon(
        "entities:\n"
        "  - {id: qatar, type: place, en: Qatar, ar: قطر}\n"
        "  - {id: qatar-airways, type: organization, en: Qatar Airways, ar: الخطوط القطرية, variants: [قَطَر]}\n"
    )
    [problem] = _lexicon_problems(path)
    assert problem == f"{path}:3: ar/variants: 'قطر' is also a full form of 'qatar' ({path}:2); the same spelling cannot name two entities"
    assert [str(c) for c in load_lexicon([path]).conflicts] == [problem]  # outside check: an ambiguity


def test_entities_given_twice_is_an_error_not_a_silent_loss(write_lexicon) -> None:
    # Found while testing: a second `entities:` key (two files pasted together) replaced the first list.
    path = write_lexicon("entities:\n  - {id: qatar, type: place, en: Qatar, ar: قطر}\nentities:\n  - {id: hamas, type: organization, en: Hamas, ar: حماس}\n")
    assert _lexicon_problems(path) == [f"{path}:3: entities: key given twice (first at line 1); merge the lists"]


def test_unknown_top_level_key_and_non_text_keys(write_lexicon) -> None:
    path = write_lexicon("version: 2\n? [a, b]\n: 1\nentities:\n  - {id: x, type: place, en: X, ar: قطر, ? {a: 1} : 2}\n")
    assert _lexicon_problems(path) == [
        f"{path}:1: version: unknown top-level key (expected 'entities')",
        f"{path}:2: <a list>: unknown top-level key (expected 'entities')",
        f"{path}:5: <a mapping>: unknown key (allowed: id, type, en, ar, variants, short, quoted, nearby, wikidata, note)",
    ]


def test_a_form_with_punctuation_is_rejected(write_lexicon) -> None:
    # Found by fuzzing: `ar: عادل الجربا]` loaded, and every `text` run appended another "]"
    # (the mention covers the word, its canonical spelling held the bracket).
    path = write_lexicon("entities:\n  - id: x\n    type: person\n    en: X\n    ar: عادل الجربا]\n    variants: [جان-جاك]\n")
    assert _lexicon_problems(path) == [f"{path}:5: ar: 'عادل الجربا]' holds ']' (U+005D); a name form holds only letters, digits, Arabic marks, spaces and the joiners - ' ."]


@pytest.mark.parametrize(("form", "stray"), [("أحمد أبو الغي\u05b7", "U+05B7"), ("\u200fقطر", "U+200F"), ("عبد الله\u0604", "U+0604"), ("\u0619بد الله", "U+0619")])
def test_a_character_outside_words_is_rejected(write_lexicon, form, stray) -> None:
    # Found by fuzzing: a Hebrew point (or a bidi mark) at the end of a form stayed outside the
    # mention, so `text` output wrote it once more on every run.
    path = write_lexicon(f'entities:\n  - {{id: x, type: person, en: X, ar: "{form}"}}\n')
    [problem] = _lexicon_problems(path)
    assert f"({stray}); a name form holds only" in problem


@pytest.mark.parametrize("form", ["عادل الجربا-", "-الجربا", "جان -جاك", "م.ت.ف."])
def test_a_joiner_at_the_edge_of_a_word_is_rejected(write_lexicon, form) -> None:
    # A mention ends at the letter: `ar: عادل الجربا-` made `text` output grow a hyphen per run.
    path = write_lexicon(f'entities:\n  - {{id: x, type: person, en: X, ar: "{form}"}}\n')
    [problem] = _lexicon_problems(path)
    assert "must stand between two letters" in problem
    assert load_lexicon([write_lexicon('entities:\n  - {id: x, type: person, en: X, ar: "جان-جاك روسو"}\n', "ok.yaml")])


def test_a_control_character_is_one_line_with_its_line_number(write_lexicon) -> None:
    # Found by fuzzing: PyYAML's reader error spanned two lines and gave no line number.
    path = write_lexicon("entities:\n  - id: x\n    en: X\x00\n")
    assert _lexicon_problems(path) == [f"{path}:3: YAML error: character U+0000 is not allowed (control characters are not allowed)"]


@pytest.mark.parametrize("value", ["ـــ", "ً", "\u200f"])
def test_an_arabic_form_of_only_marks_is_rejected(write_lexicon, value) -> None:
    path = write_lexicon(f'entities:\n  - {{id: x, type: place, en: X, ar: "{value}"}}\n')
    [problem] = _lexicon_problems(path)
    assert ": ar: must be written in Arabic script" in problem


@pytest.mark.parametrize("text", ["entities: " + "[" * 100_000, "entities:\n  - &a {id: x}\n  - *a\n  - *b\n", "\x00entities: []"])
def test_pathological_yaml_is_a_problem_not_a_crash(write_lexicon, text) -> None:
    assert _lexicon_problems(write_lexicon(text))


def test_a_broken_lexicon_on_the_command_line_is_one_line_exit_1(write_lexicon) -> None:
    path = write_lexicon("entities:\n  - {id: Bad_Id, type: place, en: X, ar: قطر}\n  - {id: y, type: place, en: Y, ar: Qatar}\n")
    code, _, err = cli(["normalize", "--lexicon", str(path), "-"], stdin="قطر".encode())
    assert code == 1
    assert one_error(err) == f"translit: {path}:2: id: 'Bad_Id' is not a valid id (lower-case letters, digits and '-', starting with a letter or digit) (and 1 more problem; run `translit lexicon check`)"


def _generated_lexicon(path: Path, n: int) -> Path:
    import random

    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
    rng = random.Random(n)
    names: set[str] = set()
    with path.open("w", encoding="utf-8") as f:
        f.write("entities:\n")
        while len(names) < n:
            name = "".join(rng.choice(letters) for _ in range(7)) + " " + "".join(rng.choice(letters) for _ in range(6))
            if name not in names:
                f.write(f"  - id: e{len(names)}\n    type: person\n    en: Person {len(names)}\n    ar: {name}\n")
                names.add(name)
    return path


@pytest.mark.parametrize("n", [5_000, pytest.param(100_000, marks=pytest.mark.skipif(not os.environ.get("TRANSLIT_SLOW"), reason="slow: TRANSLIT_SLOW=1"))])
def test_a_generated_lexicon_loads(tmp_path, n) -> None:
    path = _generated_lexicon(tmp_path / "big.yaml", n)
    t = time.perf_counter()
    lex = load_lexicon([path], strict=True)
    print(f"{n} entities loaded in {time.perf_counter() - t:.2f} s")
    assert len(lex) == n and lex.by_id["e7"].source == f"{path}:30"


# --- library -------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, b"\xd9\x82\xd8\xb7\xd8\xb1", bytearray(b"x"), 42, ["قطر"]])
def test_non_text_raises_type_error_everywhere(small, bad) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        small.normalize(bad)
    with pytest.raises(TypeError, match="must be a str"):
        small.lookup(bad)
    with pytest.raises(TypeError, match="document 0"):
        small.normalize_many([bad] if not isinstance(bad, list) else [("a", 1)])


def test_lookup_rejects_a_bad_limit(small) -> None:
    with pytest.raises(TypeError, match="limit must be an int"):
        small.lookup("قطر", limit="3")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="limit must be 0 or more"):
        small.lookup("قطر", limit=-1)
    assert small.lookup("قطر", limit=0) == []


def test_results_and_lexicon_entries_are_frozen(small) -> None:
    doc = small.normalize("قطر")
    entity = small.lexicon.by_id["qatar"]
    for obj, attr in ((doc.mentions[0], "id"), (doc, "text"), (entity, "ar"), (small.lexicon, "entities")):
        with pytest.raises(FrozenInstanceError):
            setattr(obj, attr, "x")


def _index_state(small: translit.Normalizer) -> tuple:
    index = small.index
    tables = (index.exact, index.nospace, index.neighbours)
    return (
        tuple((len(t), sum(len(v) for v in t.values())) for t in tables),
        len(index.prefixes),
        len(index.first_keys),
        index.max_words,
        small.lexicon.entities,
        tuple(small.lexicon.by_id),
    )


def test_normalizing_changes_neither_the_lexicon_nor_the_index(small, article) -> None:
    before = _index_state(small)
    small.normalize_many([article, "نتنياهو بيبي ماكغورك", " ".join(SCRIPTS[c][0] for c in SCRIPTS)])
    small.lookup("ماكجورك")
    small.lookup("حماسستان")
    assert _index_state(small) == before


def test_one_normalizer_gives_the_same_results_from_eight_threads(small, article) -> None:
    paragraphs = [p for p in article.split("\n") if p.strip()]
    texts = [paragraphs[i % len(paragraphs)] + " " + SCRIPTS[sorted(SCRIPTS)[i % len(SCRIPTS)]][0] for i in range(32)]
    expected = [small.normalize(t) for t in texts]
    got: dict[int, object] = {}
    barrier = threading.Barrier(8)

    def work(k: int) -> None:
        barrier.wait()
        for i in range(k, len(texts), 8):
            got[i] = small.normalize(texts[i])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert [got[i] for i in range(len(texts))] == expected


# --- atomic output and interruption ----------------------------------------------------


def test_an_exception_while_rendering_leaves_the_old_file_and_no_temporary(tmp_path, small) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    docs = small.normalize_many(["قطر", "حماس"])

    class Boom(Exception):
        pass

    def failing() -> None:
        with atomic_writer(out) as handle:
            render(docs[:1], "jsonl", handle)
            raise Boom

    with pytest.raises(Boom):
        failing()
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_a_failure_inside_the_command_leaves_the_old_output(tmp_path, monkeypatch) -> None:
    out = tmp_path / "out.txt"
    out.write_text("old", encoding="utf-8")

    def half_then_fail(docs, fmt, handle, jsonl_input=False):  # type: ignore[no-untyped-def]
        handle.write("half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("translit.cli.render", half_then_fail)
    code, _, err = cli(["normalize", "-", "-o", str(out)], stdin="قطر".encode())
    assert code == 2 and one_error(err) == f"translit: {out}: cannot write: No space left on device"
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_an_unwritable_output_directory_is_an_output_error(tmp_path) -> None:
    with pytest.raises(OutputError, match="cannot write"):
        with atomic_writer("/proc/translit-test.txt") as handle:
            handle.write("x")


def test_an_internal_error_is_one_line_exit_70(monkeypatch) -> None:
    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("translit.cli.read_inputs", broken)
    monkeypatch.delenv("TRANSLIT_TRACEBACK", raising=False)
    code, _, err = cli(["normalize", "-"])
    assert code == 70
    assert one_error(err).startswith("translit: internal error: ZeroDivisionError: division by zero (a bug: please report it")


def _wait_for_handlers(pid: int, timeout: float = 30.0) -> None:
    """Wait until the process catches SIGTERM (translit installs its handlers), or a few seconds."""
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + (timeout if status.exists() else 3.0)
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, ValueError, StopIteration):
            caught = next(line for line in status.read_text().splitlines() if line.startswith("SigCgt:"))
            if int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)):
                return
        time.sleep(0.05)


def _default_signal_handling() -> None:
    """In a child before it runs: SIGINT and SIGTERM back to their default handling."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@pytest.mark.parametrize(("signum", "code", "message"), [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")])
def test_a_signal_exits_with_one_line_and_leaves_no_partial_output(tmp_path, signum, code, message) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    # Input on a pipe left open: the run is still going whenever the signal comes (a file of
    # any size may be done before it on a fast machine). The child starts with the signals'
    # default handling: under nohup or in a background job SIGINT is ignored, and translit
    # rightly leaves an ignored signal ignored.
    proc = subprocess.Popen(
        [*NORMALIZE, "-", "--format", "jsonl", "-o", str(out)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_signal_handling,
    )
    assert proc.stdin is not None
    proc.stdin.write(ARTICLE.read_text(encoding="utf-8") * 40)
    proc.stdin.flush()
    _wait_for_handlers(proc.pid)
    time.sleep(0.5)
    proc.send_signal(signum)
    try:
        proc.wait(timeout=60)
    finally:
        proc.stdin.close()
    err = proc.stderr.read() if proc.stderr is not None else ""
    assert proc.returncode == code
    assert err == f"translit: {message}\n"
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("variants:\n  - id: saba\n    field: shortt\n    add: [سبأ]\n", ":2: field: must be one of variants, short, quoted, nearby, not 'shortt'"),
        ("variants:\n  - field: nearby\n    add: [سبأ]\n", ":2: id: missing"),
        ("entities:\n  - id: saba\n    type: organization\n", ":2: ar: missing"),
        ("variants:\n  - id: saba\n    add: سبأ\n", ":2: add: must be a list of spellings"),
        ("variants:\n  - id: saba\n    field: [\n", ":4: invalid YAML: did not find expected node content"),
        ("- سبأ\n", ": a suggestions file holds the lists `variants:` and `entities:`"),
    ],
)
def test_a_broken_suggestions_file_is_one_line_naming_the_file_line_and_field(tmp_path: Path, body: str, message: str) -> None:
    lexdir = tmp_path / "lexicons"
    lexdir.mkdir()
    lexicon = "entities:\n  - {id: saba, type: organization, en: Saba News Agency, ar: وكالة سبأ}\n"
    (lexdir / "organizations.yaml").write_text(lexicon, encoding="utf-8")
    path = tmp_path / "suggestions.yaml"
    path.write_text(body, encoding="utf-8")
    code, out, err = cli(["review", str(path), "--lexicon-dir", str(lexdir)], stdin="a\n".encode())
    assert (code, err.strip().splitlines()) == (2, [f"translit: {path}{message}"])
    assert (lexdir / "organizations.yaml").read_text(encoding="utf-8") == lexicon  # nothing written
