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
from translit.inputs import read_inputs, same_file
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


def _load(lexicons: Sequence[str]) -> Normalizer:
    norm = Normalizer.load(list(lexicons) if lexicons else None)
    conflicts = norm.lexicon.conflicts
    if conflicts:
        n = len(conflicts)
        _warn(f"warning: {n} spelling{'s are' if n != 1 else ' is'} shared by the full forms of several entities and only context can resolve {'them' if n != 1 else 'it'} (first: {conflicts[0]}); `translit lexicon check` lists all")
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
@click.option("--skip-bad-lines", is_flag=True, help="Skip (and report) malformed JSONL lines instead of stopping.")
def normalize(paths: tuple[str, ...], lexicons: tuple[str, ...], fmt: str, output: str | None, encoding_errors: str, skip_bad_lines: bool) -> None:
    """Recognise known names in PATHS (.txt, .jsonl, directories, or - for stdin).

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
    docs_in = read_inputs(paths, encoding_errors=encoding_errors, skip_bad_lines=skip_bad_lines, warn=_warn, output=output)
    docs = norm.normalize_many({"id": d.id, "text": d.text, **d.extra} for d in docs_in)
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


@lexicon.command("stats")
@click.argument("paths", nargs=-1, type=click.Path())
def lexicon_stats(paths: tuple[str, ...]) -> None:
    """Count entities by type, variants and short forms."""
    lex = load_lexicon(list(paths) if paths else None)
    by_type = Counter(e.type for e in lex.entities)
    click.echo(f"entities\t{len(lex)}")
    for t, n in sorted(by_type.items()):
        click.echo(f"  {t}\t{n}")
    click.echo(f"variants\t{sum(len(e.variants) for e in lex.entities)}")
    click.echo(f"short forms\t{sum(len(e.short) for e in lex.entities)}")
    click.echo(f"files\t{len(lex.files)}")


class Signalled(BaseException):
    """Raised by translit's SIGINT/SIGTERM handlers: unwinds like Ctrl-C (``-o`` temporary files
    are removed on the way) but past click, which would print an extra blank line for it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


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
