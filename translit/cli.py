"""The ``translit`` command: normalize, lookup, lexicon check and stats.

Every error is one line on stderr, ``translit: <where>: <what>``, with an exit code:
0 success; 1 an invalid lexicon (or ``lexicon check`` found problems); 2 bad usage or
unreadable input or unwritable output; 70 an internal error (a bug: please report it);
130 interrupted (Ctrl-C); 143 terminated (SIGTERM). A reader that stops early (``| head``)
is not an error: translit stops quietly with 0.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections import Counter
from collections.abc import Sequence

import click

from translit import __version__
from translit.errors import InputError, LexiconError, OutputError, TranslitError
from translit.inputs import INPUT_FORMATS, read_inputs, same_file
from translit.lexicon import load_lexicon
from translit.normalizer import Normalizer
from translit.output import FORMATS, atomic_writer, render, stdout_writer

EXIT_OK = 0
EXIT_LEXICON = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


def _warn(message: str) -> None:
    click.echo(f"translit: {message}", err=True)


def _fail(message: str, code: int) -> None:
    click.echo(f"translit: {message}", err=True)
    sys.exit(code)


def _lexicon_option(f):  # type: ignore[no-untyped-def]
    return click.option(
        "--lexicon",
        "lexicons",
        multiple=True,
        type=click.Path(),
        help="Lexicon file or directory (repeatable); replaces the bundled lexicons.",
    )(f)


def _input_format_option(f):  # type: ignore[no-untyped-def]
    return click.option(
        "--input-format",
        type=click.Choice(INPUT_FORMATS),
        default="auto",
        show_default=True,
        help="How to read inputs: by suffix (.jsonl: JSON lines; other files and stdin: one text), or all as text or as JSON lines.",
    )(f)


def _load(lexicons: Sequence[str]) -> Normalizer:
    norm = Normalizer.load(list(lexicons) if lexicons else None)
    conflicts = norm.lexicon.conflicts
    if conflicts:
        n = len(conflicts)
        _warn(f"warning: the lexicon loads with {n} tolerable problem{'s' if n != 1 else ''} (first: {conflicts[0]}); `translit lexicon check` lists all")
    return norm


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="translit")
def main() -> None:
    """Collapse the Arabic spellings of known names into canonical ids with English forms."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@_lexicon_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here (atomically) instead of stdout.")
@click.option(
    "--encoding-errors",
    type=click.Choice(["strict", "replace"]),
    default="strict",
    show_default=True,
    help="On invalid UTF-8 input: stop with an error, or replace bad bytes and go on.",
)
@_input_format_option
@click.option("--skip-bad-lines", is_flag=True, help="Skip (and report) malformed JSONL lines instead of stopping.")
@click.option("--discover", is_flag=True, help="Also report unknown names clustered across the documents (ids starting with ~, rule 'cluster').")
@click.option("--workers", type=click.IntRange(min=0), default=1, show_default=True, help="Processes reading documents in parallel (0: one per CPU); same output as 1.")
def normalize(paths: tuple[str, ...], lexicons: tuple[str, ...], fmt: str, output: str | None, encoding_errors: str, input_format: str, skip_bad_lines: bool, discover: bool, workers: int) -> None:
    """Recognise known names in PATHS (.txt, .jsonl, directories, or - for stdin; JSON lines
    on stdin with --input-format jsonl).

    All documents of one call form one corpus: a spelling resolves the same way in all of them.
    """
    if output is not None:
        for p in paths:
            if p != "-" and same_file(p, output):
                raise InputError(f"{output}: output file is also an input; choose another -o")
        parent = os.path.dirname(os.path.abspath(output))
        if not os.path.isdir(parent):
            raise InputError(f"{output}: directory {parent} does not exist")
    norm = _load(lexicons)
    docs_in = read_inputs(paths, encoding_errors=encoding_errors, skip_bad_lines=skip_bad_lines, warn=_warn, output=output, input_format=input_format)
    workers = workers or os.cpu_count() or 1
    docs = norm.normalize_many(({"id": d.id, "text": d.text, **d.extra} for d in docs_in), workers=workers, progress=True)
    if discover:
        docs = _discover(norm, docs, lexicons).with_clusters(docs)
    jsonl_input = any(d.from_jsonl for d in docs_in)
    try:
        if output is None:
            out = stdout_writer()
            render(docs, fmt, out, jsonl_input)
            out.flush()
        else:
            with atomic_writer(output) as handle:
                render(docs, fmt, handle, jsonl_input)
    except BrokenPipeError:
        raise
    except OSError as exc:  # disk full, I/O error: the output is incomplete, say so
        raise OutputError(f"{output or '<stdout>'}: cannot write: {exc.strerror or exc}") from None


@main.command()
@click.argument("names", nargs=-1)
@_lexicon_option
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=5, show_default=True, help="Candidates per name.")
def lookup(names: tuple[str, ...], lexicons: tuple[str, ...], fmt: str, limit: int) -> None:
    """Show the entities each NAME may refer to (names on stdin, one a line, when none are given).

    In JSON lines, `matches` lists the candidates best first; when several entities are equally
    close the name is ambiguous: `matches` is empty and `ambiguous` lists them.
    """
    norm = _load(lexicons)
    queries: Sequence[str] = names
    if not names:
        data = sys.stdin.buffer.read()
        from translit.inputs import decode

        queries = [line.strip() for line in decode(data, "<stdin>").splitlines()]
        queries = [q for q in queries if q]
    for query in queries:
        candidates = norm.lookup(query, limit=limit)
        tied = [c for c in candidates if c.ambiguous]
        linked = [] if tied else candidates
        if fmt == "jsonl":
            record = {"query": query, "matches": [c.to_dict() for c in linked]}
            if tied:
                record["ambiguous"] = [c.to_dict() for c in tied]
            click.echo(json.dumps(record, ensure_ascii=False))
            continue
        if not candidates:
            click.echo(f"{query}\t(no match)")
        for c in tied:
            click.echo(f"{query}\t{c.id}\t{c.en}\t{c.score:.3f}\t{c.rule}\t{c.form}\t(ambiguous)")
        for c in linked:
            click.echo(f"{query}\t{c.id}\t{c.en}\t{c.score:.3f}\t{c.rule}\t{c.form}")


@main.group()
def lexicon() -> None:
    """Validate and describe lexicon files."""


@lexicon.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
def lexicon_check(paths: tuple[str, ...]) -> None:
    """Validate lexicon files or directories (the bundled set by default); exit 1 on any problem."""
    try:
        lex = load_lexicon(list(paths) if paths else None, strict=True)
    except LexiconError as exc:
        for problem in exc.problems:
            click.echo(f"translit: {problem}", err=True)
        n = len(exc.problems)
        click.echo(f"translit: {n} problem{'s' if n != 1 else ''} found", err=True)
        sys.exit(EXIT_LEXICON)
    click.echo(f"ok: {len(lex)} entities in {len(lex.files)} file{'s' if len(lex.files) != 1 else ''}")
    from translit.index import everyday_noun_forms

    for form in everyday_noun_forms(lex):
        click.echo(
            f"note: {form.entity.source}: {form.entity.id}: {form.text} is also an everyday noun; in running text "
            f"it links only next to another form of {form.entity.id} or in quotation marks (list it under short "
            "to let it stand alone)"
        )


@lexicon.command("stats")
@click.argument("paths", nargs=-1, type=click.Path())
def lexicon_stats(paths: tuple[str, ...]) -> None:
    """Count entities by type, variants, short forms, and forms quoted or nearby only."""
    lex = load_lexicon(list(paths) if paths else None)
    by_type = Counter(e.type for e in lex.entities)
    click.echo(f"entities\t{len(lex)}")
    for t, n in sorted(by_type.items()):
        click.echo(f"  {t}\t{n}")
    click.echo(f"variants\t{sum(len(e.variants) for e in lex.entities)}")
    click.echo(f"short forms\t{sum(len(e.short) for e in lex.entities)}")
    click.echo(f"quoted forms\t{sum(len(e.quoted) for e in lex.entities)}")
    click.echo(f"nearby forms\t{sum(len(e.nearby) for e in lex.entities)}")
    click.echo(f"files\t{len(lex.files)}")


class Signalled(BaseException):
    """Raised by translit's SIGINT/SIGTERM handlers: unwinds like Ctrl-C (``-o`` temporary files
    are removed on the way) but past click, which would print an extra blank line for it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@main.group("eval")
def eval_group() -> None:
    """Measure translit on your own data (the protocols of the project's yardsticks)."""


@eval_group.command("variants")
@click.argument("tsv", type=click.Path(exists=True, dir_okay=False))
@click.option("--type", "etype", type=click.Choice(["PER", "LOC", "ORG"]), help="Only entities of this type.")
@click.option("--show", type=click.IntRange(min=0), default=20, show_default=True, help="Misses and false links to list.")
def eval_variants(tsv: str, etype: str | None, show: int) -> None:
    """Variant linking on a TSV of attested spellings (entity_id, english, arabic_variant, type).

    Each entity enters a lexicon with one spelling, 20% of the multi-spelling entities are left
    out as traps, and every other spelling is looked up: recall, precision, and the misses and
    false links by category.
    """
    from translit.evaluate import categorize, evaluate_variants, read_variant_table, variant_protocol

    ents = read_variant_table(tsv)
    if etype:
        ents = {k: v for k, v in ents.items() if v["type"] == etype}
    lex, cases = variant_protocol(ents)
    report = evaluate_variants(Normalizer(lex), cases)
    canonical = {e.id: e.ar for e in lex.entities}
    click.echo(f"lexicon {len(lex)} entities; positive queries {report.positives}; negative queries {report.negatives}")
    click.echo(f"recall {report.recall:.4f}  precision {report.precision:.4f}  right {report.right}  wrong {len(report.wrong)}  false links on absent entities {len(report.false)}")
    click.echo("right links by rule: " + (", ".join(f"{k} {n}" for k, n in report.right_by_rule.most_common()) or "none"))
    groups = {"misses": [(c, None) for c, _ in report.misses], "wrong links": report.wrong, "false links": report.false}
    for title, items in groups.items():
        by_category = Counter(categorize(c.query, c.canonical or canonical[got]) for c, got in items if c.canonical or got)
        click.echo(f"{title} by category: " + (", ".join(f"{k} {n}" for k, n in by_category.most_common()) or "none"))
        for case, got in items[:show]:
            target = canonical.get(got, "") if got else ""
            click.echo(f"  {case.query}\tlexicon: {case.canonical or '-'}\tgot: {target or '-'}")


@eval_group.command("mentions")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("document", type=click.Path(exists=True, dir_okay=False))
@_lexicon_option
@click.option("--min-f1", type=float, default=0.0, show_default=True, help="Exit 1 when F1 is below this.")
def eval_mentions(gold: str, document: str, lexicons: tuple[str, ...], min_f1: float) -> None:
    """Mention precision, recall and F1 of one document against gold offsets (GOLD.json)."""
    from translit.evaluate import evaluate_mentions, read_gold

    norm = _load(lexicons)
    [doc_in] = read_inputs([document], warn=_warn)[:1] or [None]
    result = evaluate_mentions(read_gold(gold), norm.normalize(doc_in.text, doc_in.id))
    for s, e, surface, _gid, en in result["misses"]:
        click.echo(f"MISS  {s}-{e} {surface} ({en})")
    for m in result["false"]:
        click.echo(f"FALSE {m.start}-{m.end} {m.surface} -> {m.id} ({m.en})")
    click.echo(f"mentions: gold {result['gold']} predicted {result['predicted']}; precision {result['precision']:.3f} recall {result['recall']:.3f} F1 {result['f1']:.3f}")
    if result["f1"] < min_f1:
        sys.exit(EXIT_LEXICON)


@eval_group.command("prose")
@click.argument("paths", nargs=-1, type=click.Path())
@_lexicon_option
@click.option("--lexicon-tsv", type=click.Path(exists=True, dir_okay=False), help="Build the lexicon from a variant TSV (every spelling of every entity) instead.")
@click.option("--top", type=click.IntRange(min=1), default=50, show_default=True, help="Most frequent linked surfaces to list.")
@_input_format_option
def eval_prose(paths: tuple[str, ...], lexicons: tuple[str, ...], lexicon_tsv: str | None, top: int, input_format: str) -> None:
    """How often a lexicon links words in ordinary prose: links per 10,000 words and the most
    frequent linked surfaces, to review by hand for ordinary words taken for names."""
    from translit.evaluate import lexicon_from_table, prose_report, read_variant_table

    norm = Normalizer(lexicon_from_table(read_variant_table(lexicon_tsv))) if lexicon_tsv else _load(lexicons)
    docs_in = read_inputs(paths, warn=_warn, input_format=input_format)
    docs = norm.normalize_many({"id": d.id, "text": d.text} for d in docs_in)
    report = prose_report(docs, top)
    click.echo(f"documents {len(docs)}  words {report['words']}  links {report['links']}  links per 10,000 words {report['per_10k_words']}")
    rules = Counter(m.rule for d in docs for m in d.mentions)
    click.echo("by rule: " + ", ".join(f"{k} {n}" for k, n in rules.most_common()))
    for (surface, entity_id, rule), n in report["top"]:
        click.echo(f"{n}\t{surface}\t{entity_id}\t{rule}")


def _discover(norm: Normalizer, docs, lexicons: Sequence[str], verdicts_file: str | None = None):  # type: ignore[no-untyped-def]
    """Unknown-name clusters of a corpus, leaving out spellings a maintainer rejected."""
    from translit.discover import discover
    from translit.review import Verdicts, verdicts_path

    verdicts = Verdicts.load(verdicts_file or verdicts_path(lexicons or None))
    return discover(norm.index, docs, exclude=verdicts.rejected_names())


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_lexicon_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the YAML here (atomically) instead of stdout.")
@click.option("--verdicts", "verdicts_file", type=click.Path(dir_okay=False), help="Verdicts file (default: verdicts.jsonl next to the lexicons).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many suggestions.")
@_input_format_option
def suggest(paths: tuple[str, ...], lexicons: tuple[str, ...], output: str | None, verdicts_file: str | None, limit: int | None, input_format: str) -> None:
    """Suggest lexicon additions from a corpus: near-miss variants of known entities, parts
    of their names written alone in quotation marks (nearby forms), and clusters of unknown
    names, most frequent first, as YAML ready to review or paste."""
    from translit.review import Verdicts, verdicts_path
    from translit.suggest import render_yaml, suggestions

    norm = _load(lexicons)
    docs_in = read_inputs(paths, warn=_warn, output=output, input_format=input_format)
    docs = norm.normalize_many({"id": d.id, "text": d.text} for d in docs_in)
    verdicts = Verdicts.load(verdicts_file or verdicts_path(lexicons or None))
    found = _discover(norm, docs, lexicons, verdicts_file)
    items = suggestions(found, docs, verdicts)[:limit]
    text = render_yaml(items, len(docs))
    if output is None:
        click.echo(text, nl=False)
    else:
        with atomic_writer(output) as handle:
            handle.write(text)


@main.command()
@click.argument("suggestions_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--lexicon-dir", type=click.Path(file_okay=False), help="Lexicon directory to write into (default: the bundled lexicons).")
@click.option("--verdicts", "verdicts_file", type=click.Path(dir_okay=False), help="Verdicts file (default: verdicts.jsonl in the lexicon directory).")
def review(suggestions_file: str, lexicon_dir: str | None, verdicts_file: str | None) -> None:
    """Go through SUGGESTIONS_FILE (from `translit suggest`): accept, reject, edit the English
    form, or merge into an existing id. Accepted entries are written into the lexicon files;
    every verdict is remembered so nothing is suggested twice."""
    from translit.review import run_review

    run_review(suggestions_file, lexicon_dir, verdicts_file)


def _raise_signalled(signum: int, frame: object) -> None:
    raise Signalled(signum)


def _install_signal_handlers() -> None:
    for signum in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(signum) in (signal.default_int_handler, signal.SIG_DFL):
            signal.signal(signum, _raise_signalled)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def run() -> None:
    """Console entry point: run the CLI, turning errors into one-line messages and exit codes."""
    try:
        _install_signal_handlers()
        main.main(standalone_mode=False)
    except Signalled as exc:
        if sys.stderr.isatty():
            click.echo(err=True)  # end the line the terminal's ^C is on
        if exc.signum == signal.SIGTERM:
            _fail("terminated", EXIT_TERMINATED)
        _fail("interrupted", EXIT_INTERRUPTED)
    except click.exceptions.Abort:
        _fail("interrupted", EXIT_INTERRUPTED)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx is not None else "translit"
        _fail(f"{_one_line(exc.format_message())} (see `{command} --help`)", exc.exit_code)
    except click.ClickException as exc:
        _fail(_one_line(exc.format_message()), exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
    except LexiconError as exc:
        _fail(str(exc), EXIT_LEXICON)
    except InputError as exc:
        _fail(str(exc), EXIT_INPUT)
    except TranslitError as exc:
        _fail(str(exc), exc.exit_code)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _fail(f"{where}{exc.strerror or _one_line(str(exc))}", EXIT_INPUT)
    except Exception as exc:  # a bug: one line (the traceback with TRANSLIT_TRACEBACK=1)
        if os.environ.get("TRANSLIT_TRACEBACK"):
            raise
        _fail(f"internal error: {type(exc).__name__}: {_one_line(str(exc))[:300]} (a bug: please report it; TRANSLIT_TRACEBACK=1 shows where)", EXIT_INTERNAL)


if __name__ == "__main__":
    run()
