"""The review loop: verdicts on suggestions, remembered, and accepted entries written into lexicons.

Lexicon files are edited as text, never re-serialised, so maintainers' comments, order and
layout survive: a new entity is appended at the end of the file in the style of its list
items; a new spelling of an existing entity is inserted into that entity's ``variants`` or
``short`` (a flow list ``[a, b]`` grows in place, a block list gets a line, a missing key is
added after ``ar``). After every write the lexicon directory is loaded again; if it no longer
loads, the file is restored and the error reported.

Every verdict goes to ``verdicts.jsonl`` in the lexicon directory (a ``.jsonl`` so the lexicon
loader, which reads every ``*.yaml``, never takes it for a lexicon), one JSON object a line:
``{"verdict": "accept"|"reject"|"merge", "kind": "variant"|"entity", "id": ..., "spellings":
[folded ...], "provisional": "~..."}``. ``translit suggest`` leaves out what a verdict settled:
a rejected (spelling, entity) pair never comes back, an accepted one never comes twice.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from translit.errors import InputError, LexiconError, Problem
from translit.lexicon import FORM_LISTS, Entity, load_lexicon
from translit.orthography import fold
from translit.suggest import Suggestion, _flow, _q, slug

__all__ = ["VERDICTS_FILE", "Verdicts", "add_spellings", "append_entity", "read_suggestions", "target_file", "verdicts_path"]

#: The verdicts file, next to the lexicon files.
VERDICTS_FILE = "verdicts.jsonl"
#: A lexicon file whose header (first lines) holds this word is generated: never written to.
GENERATED_MARK = "GENERATED"
#: File created in the lexicon directory when no file holds entities of a type yet.
NEW_FILE = "discovered.yaml"


def verdicts_path(lexicon_paths: Iterable[str | os.PathLike[str]] | None) -> Path:
    """Where verdicts live: ``verdicts.jsonl`` in the first lexicon directory given (or the
    directory of the first lexicon file), else next to the bundled lexicons."""
    for p in lexicon_paths or ():
        path = Path(p)
        return (path if path.is_dir() else path.parent) / VERDICTS_FILE
    from translit.lexicon import bundled_paths

    return bundled_paths()[0].parent / VERDICTS_FILE


@dataclass
class Verdicts:
    """The remembered verdicts of one lexicon directory."""

    path: Path
    records: list[dict]

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Verdicts:
        p = Path(path)
        records: list[dict] = []
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    records.append(json.loads(line))
        return cls(p, records)

    def record(self, verdict: str, suggestion: Suggestion, target: str | None = None) -> None:
        """Remember a verdict (appended to the file at once: an interrupted review keeps it)."""
        rec = {
            "verdict": verdict,
            "kind": suggestion.kind,
            "id": target or suggestion.id,
            "spellings": sorted(suggestion.folded_spellings() if suggestion.kind == "entity" else {fold(s) for s in suggestion.spellings}),
            "provisional": suggestion.provisional,
            "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        if suggestion.kind == "variant" and target and target != suggestion.id:
            rec["suggested_id"] = suggestion.id
        self.records.append(rec)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")

    def settles(self, suggestion: Suggestion) -> bool:
        """True when a verdict already covers the suggestion.

        A variant: some verdict on the same (spelling, entity) pair. An entity: some verdict
        on an entity whose spellings include the suggestion's most frequent spelling.
        """
        if suggestion.kind == "variant":
            mine = {fold(s) for s in suggestion.spellings}
            return any(
                r["kind"] == "variant" and suggestion.id in (r["id"], r.get("suggested_id")) and mine & set(r["spellings"])
                for r in self.records
            )
        head = fold(next(iter(suggestion.spellings)))
        return any(r["kind"] == "entity" and head in r["spellings"] for r in self.records)

    def rejected_names(self) -> frozenset[str]:
        """Folded spellings rejected as new entities: never clustered again."""
        return frozenset(s for r in self.records if r["kind"] == "entity" and r["verdict"] == "reject" for s in r["spellings"])


# --- reading a suggestions file ---------------------------------------------------------


def read_suggestions(path: str | os.PathLike[str]) -> list[Suggestion]:
    """The suggestions of a file written by ``translit suggest`` (comments kept as contexts).

    A file that is not UTF-8 or not YAML, or an entry without its ``id`` (and ``ar`` for an
    entity), with ``add`` that is no list of spellings, or with a ``field`` that is no list of
    forms of an entity (``FORM_LISTS``) raises :class:`translit.errors.InputError` naming
    the file, the line and the field.
    """
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 (byte {exc.start})") from None
    lines = text.splitlines()
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark is not None else name
        raise InputError(f"{where}: invalid YAML: {getattr(exc, 'problem', None) or exc}") from None
    out: list[Suggestion] = []
    if root is None:
        return out
    if not isinstance(root, yaml.MappingNode) or not isinstance(data, dict):
        raise InputError(f"{name}: a suggestions file holds the lists `variants:` and `entities:`")
    sections = {k.value: v for k, v in root.value}
    for kind, section in (("variant", "variants"), ("entity", "entities")):
        node = sections.get(section)
        items = data.get(section) or []
        if node is None:
            continue
        if not isinstance(items, list):
            raise InputError(str(Problem(name, node.start_mark.line + 1, section, "must be a list of entries")))
        for item_node, item in zip(node.value, items):
            line = item_node.start_mark.line + 1
            _check_entry(name, line, kind, item)
            comment = _comment_above(lines, item_node.start_mark.line)
            if kind == "variant":
                spellings = {s: 1 for s in item.get("add", [])}
                out.append(Suggestion("variant", str(item["id"]), spellings, comment, 0, field=str(item.get("field", "variants")), near=str(item.get("near", ""))))
            else:
                forms = [item["ar"], *item.get("variants", []), *item.get("short", [])]
                spellings = {f: 1 for f in forms}
                provisional = next((w for c in comment for w in c.split() if w.startswith("~")), "")
                out.append(Suggestion("entity", str(item["id"]), spellings, comment, 0, type=str(item.get("type", "other")), en=str(item.get("en", "")), ar=str(item["ar"]), variants=list(item.get("variants", [])), short=list(item.get("short", [])), provisional=provisional))
    return out


def _check_entry(name: str, line: int, kind: str, item: object) -> None:
    """Raise InputError (file, line, field) when a suggestions entry cannot be reviewed."""
    if not isinstance(item, dict):
        raise InputError(str(Problem(name, line, None, "an entry must be a mapping")))
    required = ("id", "add") if kind == "variant" else ("id", "ar")
    for key in required:
        if item.get(key) in (None, ""):
            raise InputError(str(Problem(name, line, key, "missing")))
    lists = ("add",) if kind == "variant" else ("variants", "short")
    for key in lists:
        if key in item and not (isinstance(item[key], list) and all(isinstance(v, str) for v in item[key])):
            raise InputError(str(Problem(name, line, key, "must be a list of spellings")))
    if kind == "variant" and item.get("field", "variants") not in FORM_LISTS:
        raise InputError(str(Problem(name, line, "field", f"must be one of {', '.join(FORM_LISTS)}, not {item['field']!r}")))


def _comment_above(lines: list[str], line: int) -> list[str]:
    """The comment lines right above line ``line`` (0-based), without their ``#``."""
    out: list[str] = []
    i = line - 1
    while i >= 0 and lines[i].strip().startswith("#"):
        out.append(lines[i].strip()[1:].strip())
        i -= 1
    return list(reversed(out))


# --- writing into lexicon files -----------------------------------------------------------


def _is_generated(path: Path) -> bool:
    with path.open(encoding="utf-8") as handle:
        head = "".join(handle.readline() for _ in range(12))
    return GENERATED_MARK in head


def target_file(directory: str | os.PathLike[str], entity_type: str, entities: Iterable[Entity]) -> Path:
    """The lexicon file a new entity of ``entity_type`` goes into: the hand-kept file of that
    directory holding most entities of the type (never a generated file), else ``discovered.yaml``."""
    base = Path(directory).resolve()
    counts: dict[Path, int] = {}
    for e in entities:
        path = Path(e.source.rpartition(":")[0]).resolve()
        if e.type == entity_type and path.parent == base and not _is_generated(path):
            counts[path] = counts.get(path, 0) + 1
    if counts:
        return min(counts, key=lambda p: (-counts[p], str(p)))
    return base / NEW_FILE


def _entry_text(s: Suggestion, indent: str) -> str:
    pad = indent + "  "
    lines = [f"{indent}- id: {s.id}", f"{pad}type: {s.type}", f"{pad}en: {_q(s.en)}", f"{pad}ar: {_q(s.ar)}"]
    if s.variants:
        lines.append(f"{pad}variants: {_flow(s.variants)}")
    if s.short:
        lines.append(f"{pad}short: {_flow(s.short)}")
    return "\n".join(lines) + "\n"


def append_entity(path: str | os.PathLike[str], suggestion: Suggestion) -> None:
    """Append a new entity at the end of a lexicon file, indented like its other entries."""
    p = Path(path)
    if not p.exists():
        p.write_text("# translit lexicon: entities accepted in `translit review`.\n\nentities:\n", encoding="utf-8")
    text = p.read_text(encoding="utf-8")
    indent = "  "
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if stripped.startswith("- id:"):
            indent = line[: len(line) - len(stripped)]
            break
    if not text.endswith("\n"):
        text += "\n"
    lead = "" if text.rstrip().endswith("entities:") else "\n"
    p.write_text(text + lead + _entry_text(suggestion, indent), encoding="utf-8")


def add_spellings(entity: Entity, field: str, spellings: Iterable[str]) -> Path:
    """Add spellings to one of an entity's lists of forms (``FORM_LISTS``: ``variants``,
    ``short``, ``quoted``, ``nearby``) in its own file, in place.

    Returns the file written. Spellings the entity already has in any list (up to folding)
    are skipped: «السوبر» is not added to ``nearby`` when ``short`` holds السوبر.
    """
    if field not in FORM_LISTS:
        raise ValueError(f"field must be one of {', '.join(FORM_LISTS)}, not {field!r}")
    path_text, _, line_text = entity.source.rpartition(":")
    path = Path(path_text)
    have = {fold(f) for f in entity.listed_forms}
    new = [s for s in dict.fromkeys(spellings) if fold(s) not in have]
    if not new:
        return path
    text = path.read_text(encoding="utf-8")
    root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    node = _entity_node(root, int(line_text))
    lines = text.splitlines(keepends=True)
    fields = {k.value: (k, v) for k, v in node.value}
    if field in fields:
        key_node, value = fields[field]
        if isinstance(value, yaml.SequenceNode) and value.flow_style and value.value:
            at = value.end_mark.index - 1  # just before the closing ]
            text = text[:at] + ", " + ", ".join(_q(s) for s in new) + text[at:]
        elif isinstance(value, yaml.SequenceNode) and value.value:
            first = value.value[0].start_mark
            item_indent = " " * (first.column - 2)
            last_line = value.value[-1].end_mark.line
            insert = "".join(f"{item_indent}- {_q(s)}\n" for s in new)
            lines.insert(last_line + 1, insert)
            text = "".join(lines)
        else:  # `variants:` empty or null: write the list on its line
            line = key_node.start_mark.line
            indent = " " * key_node.start_mark.column
            lines[line] = f"{indent}{field}: {_flow(new)}\n"
            text = "".join(lines)
    else:
        before = ("ar", *FORM_LISTS[: FORM_LISTS.index(field)])  # the new list goes after the last of these
        anchor = fields[next(k for k in reversed(before) if k in fields)][1]
        line = anchor.end_mark.line if anchor.end_mark.column > 0 else anchor.end_mark.line - 1
        indent = " " * fields["ar"][0].start_mark.column
        lines.insert(line + 1, f"{indent}{field}: {_flow(new)}\n")
        text = "".join(lines)
    path.write_text(text, encoding="utf-8")
    return path


def _entity_node(root: yaml.Node, line: int) -> yaml.MappingNode:
    for key_node, value in root.value:
        if key_node.value == "entities":
            for item in value.value:
                if item.start_mark.line + 1 == line:
                    return item
    raise LexiconError([Problem(str(root.start_mark.name), line, None, "no entity starts at this line")])


def checked_write(directory: str | os.PathLike[str], files: Iterable[Path], write) -> None:  # type: ignore[no-untyped-def]
    """Run ``write()``; if the lexicon directory no longer loads, restore ``files`` and re-raise."""
    saved = {p: p.read_bytes() if p.exists() else None for p in files}
    try:
        write()
        load_lexicon([directory])
    except Exception:
        for p, data in saved.items():
            if data is None:
                p.unlink(missing_ok=True)
            else:
                p.write_bytes(data)
        raise


# --- the loop ------------------------------------------------------------------------------

_CHOICES = ("a", "r", "e", "m", "s", "q")
_PROMPT = "[a]ccept, [r]eject, [e]dit English form, [m]erge into an id, [s]kip, [q]uit"


def _show(n: int, total: int, s: Suggestion) -> None:
    import click

    click.echo("")
    if s.kind == "variant":
        click.echo(f"[{n}/{total}] variant of {s.id} ({s.near}): add {', '.join(s.spellings)} to {s.field}")
    else:
        click.echo(f"[{n}/{total}] new {s.type} {s.id}: en {s.en!r}, ar {s.ar}" + (f", variants {', '.join(s.variants)}" if s.variants else "") + (f", short {', '.join(s.short)}" if s.short else ""))
    for line in s.contexts:
        click.echo(f"    {line}")


def _merge(lexicon_dir: Path, entity: Entity, s: Suggestion) -> list[Path]:
    """Add a suggestion's spellings to an existing entity (full forms to variants, short to short)."""
    written: list[Path] = []
    if s.kind == "variant":
        written.append(add_spellings(entity, s.field, s.spellings))
        return written
    full = [f for f in (s.ar, *s.variants) if f]
    if full:
        written.append(add_spellings(entity, "variants", full))
    if s.short:
        fresh = load_lexicon([lexicon_dir]).by_id[entity.id]
        written.append(add_spellings(fresh, "short", s.short))
    return written


def run_review(suggestions_file: str | os.PathLike[str], lexicon_dir: str | os.PathLike[str] | None = None, verdicts_file: str | os.PathLike[str] | None = None) -> dict[str, int]:
    """The terminal loop of ``translit review``; returns how many of each verdict were given."""
    import click

    from translit.lexicon import bundled_paths

    directory = Path(lexicon_dir) if lexicon_dir else bundled_paths()[0].parent
    verdicts = Verdicts.load(verdicts_file or directory / VERDICTS_FILE)
    items = read_suggestions(suggestions_file)
    tally = {"accept": 0, "reject": 0, "merge": 0, "skip": 0}
    for n, s in enumerate(items, 1):
        if verdicts.settles(s):
            continue
        _show(n, len(items), s)
        while True:
            lex = load_lexicon([directory])
            choice = click.prompt(_PROMPT, type=click.Choice(_CHOICES), show_choices=False)
            if choice == "q":
                _summary(tally)
                return tally
            if choice == "s":
                tally["skip"] += 1
                break
            if choice == "r":
                verdicts.record("reject", s)
                tally["reject"] += 1
                break
            if choice == "e":
                if s.kind != "entity":
                    click.echo("a variant has no English form of its own; accept, merge or reject it")
                    continue
                s.en = click.prompt("English form", default=s.en)
                s.id = click.prompt("id", default=slug(s.en))
                _show(n, len(items), s)
                continue
            if choice == "a" and s.kind == "entity":
                if s.id in lex.by_id:
                    click.echo(f"id {s.id!r} already exists ({lex.by_id[s.id].source}); edit it, or merge into it")
                    continue
                path = target_file(directory, s.type, lex.entities)
                try:
                    checked_write(directory, [path], lambda path=path, s=s: append_entity(path, s))
                except LexiconError as exc:
                    click.echo(f"not written, the lexicon would be invalid: {exc}")
                    continue
                click.echo(f"added {s.id} to {path}")
                verdicts.record("accept", s)
                tally["accept"] += 1
                break
            target = s.id if choice == "a" else click.prompt("merge into id")
            entity = lex.by_id.get(target)
            if entity is None:
                click.echo(f"no entity {target!r} in {directory}")
                continue
            path = Path(entity.source.rpartition(":")[0])
            try:
                checked_write(directory, [path], lambda entity=entity, s=s: _merge(directory, entity, s))
            except LexiconError as exc:
                click.echo(f"not written, the lexicon would be invalid: {exc}")
                continue
            click.echo(f"added {', '.join(s.spellings)} to {target} in {path}")
            verdict = "accept" if choice == "a" else "merge"
            verdicts.record(verdict, s, target)
            tally[verdict] += 1
            break
    _summary(tally)
    return tally


def _summary(tally: dict[str, int]) -> None:
    import click

    click.echo(f"accepted {tally['accept']}, merged {tally['merge']}, rejected {tally['reject']}, skipped {tally['skip']}")
