"""Lexicon files: YAML lists of known entities, loaded fast and validated with file:line errors.

A lexicon file is one mapping ``{"entities": [...]}``; the format is documented in
``lexicons/people.yaml``'s header and checked by ``lexicons/schema.json``. Loading
composes the YAML node tree with PyYAML's C parser (when available) and builds the
entities from the nodes, so every error can name the file, line and field.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from translit.errors import LexiconError, Problem
from translit.orthography import fold, has_arabic, has_latin
from translit.phonetic import compact
from translit.tokens import tokenize

__all__ = ["Entity", "Lexicon", "load_lexicon", "bundled_paths", "lexicon_files", "ENTITY_TYPES", "FORM_LISTS"]

ENTITY_TYPES = ("person", "organization", "place", "other")
REQUIRED_KEYS = ("id", "type", "en", "ar")
#: The optional lists of forms an entity has, in the order an entry writes them after ``ar``.
FORM_LISTS = ("variants", "short", "quoted", "nearby")
OPTIONAL_KEYS = (*FORM_LISTS, "wikidata", "note")
#: Punctuation allowed inside a name form, read as a space by the matcher: hyphens (جان-جاك),
#: apostrophes and full stops (abbreviations).
NAME_JOINERS = frozenset("-\u2010\u2011'\u2019.")
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
WIKIDATA_PATTERN = re.compile(r"Q[1-9][0-9]*\Z")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Entity:
    """One known entity: id, type, English form, canonical Arabic spelling and other forms.

    ``source`` is ``"path:line"`` of the entry, for messages that point a maintainer at it.
    ``quoted`` lists forms that name the entity only written alone in quotation marks
    («الشرق الأوسط» is the newspaper; unquoted, the region); ``nearby`` lists forms that name it
    only in a document that names it by another form too (سيتي after مانشستر سيتي).
    """

    id: str
    type: str
    en: str
    ar: str
    variants: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    wikidata: str | None = None
    note: str | None = None
    source: str = ""
    quoted: tuple[str, ...] = ()
    nearby: tuple[str, ...] = ()

    @property
    def full_forms(self) -> tuple[str, ...]:
        """The canonical spelling followed by the listed variants.

        >>> Entity("joe-biden", "person", "Joe Biden", "جو بايدن", ("جوزيف بايدن",)).full_forms
        ('جو بايدن', 'جوزيف بايدن')
        """
        return (self.ar, *self.variants)

    @property
    def listed_forms(self) -> tuple[str, ...]:
        """Every spelling the entry lists: ``ar``, then its lists of forms (:data:`FORM_LISTS`).

        >>> Entity("manchester-city", "organization", "Manchester City", "مانشستر سيتي", short=("مان سيتي",), nearby=("سيتي",)).listed_forms
        ('مانشستر سيتي', 'مان سيتي', 'سيتي')
        """
        return (self.ar, *(form for name in FORM_LISTS for form in getattr(self, name)))


@dataclass(frozen=True)
class Lexicon:
    """A validated set of entities and the files they came from."""

    entities: tuple[Entity, ...]
    files: tuple[str, ...] = ()
    conflicts: tuple[Problem, ...] = ()  # tolerable problems: shared spellings, stray joiners
    by_id: dict[str, Entity] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.by_id:
            self.by_id.update({e.id: e for e in self.entities})

    def __len__(self) -> int:
        return len(self.entities)


def bundled_paths() -> list[Path]:
    """The lexicon files shipped with translit (``lexicons/*.yaml``), sorted by name.

    Found next to the source checkout, or inside the installed package after ``pip install .``.
    """
    checkout = Path(__file__).resolve().parent.parent / "lexicons"
    if checkout.is_dir() and any(checkout.glob("*.yaml")):
        return sorted(checkout.glob("*.yaml"))
    installed = resources.files("translit") / "lexicons"
    return sorted(Path(str(p)) for p in installed.iterdir() if p.name.endswith((".yaml", ".yml")))


def lexicon_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and directories into the YAML files they hold (directories recursively, sorted).

    Raises :class:`LexiconError` for a path that does not exist or a directory without YAML.
    """
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
            if not found:
                raise LexiconError([Problem(str(path), None, None, "directory holds no .yaml lexicon files")])
            out.extend(found)
        elif path.exists():
            out.append(path)
        else:
            raise LexiconError([Problem(str(path), None, None, "no such lexicon file or directory")])
    return out


def load_lexicon(paths: Iterable[str | os.PathLike[str]] | None = None, strict: bool = False) -> Lexicon:
    """Load and validate lexicon files (the bundled set when ``paths`` is None).

    Takes files or directories; returns a :class:`Lexicon`. Raises :class:`LexiconError`
    listing every problem found, each with file, line and field. Two entities whose full
    forms fold to the same spelling are a conflict: an error when ``strict`` (as in
    ``translit lexicon check``), otherwise recorded in ``Lexicon.conflicts`` and treated
    as an ambiguous spelling that only context can resolve.

    >>> lex = load_lexicon()
    >>> lex.by_id["qatar"].ar
    'قطر'
    """
    files = bundled_paths() if paths is None else lexicon_files(paths)
    problems: list[Problem] = []
    conflicts: list[Problem] = []
    entities: list[Entity] = []
    for path in files:
        entities.extend(_read_file(path, problems))
    _check_across_files(entities, problems, conflicts)
    conflicts = [p for p in problems if p.tolerable] + conflicts
    problems = [p for p in problems if not p.tolerable]
    if strict:
        problems.extend(conflicts)
    if problems:
        raise LexiconError(problems)
    unique = {e.id: e for e in entities}  # a duplicate id is an error above; keep the first
    return Lexicon(tuple(unique.values()), tuple(str(p) for p in files), tuple(conflicts))


# --- reading one file ----------------------------------------------------------------


def _read_file(path: Path, problems: list[Problem]) -> Iterator[Entity]:
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(name, None, None, f"cannot read: {exc.strerror or exc}"))
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(name, line, None, f"not UTF-8 (byte offset {exc.start})"))
        return
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        message = f"YAML syntax error: {exc.problem or exc.context}"
        if exc.context and exc.context_mark is not None and exc.problem:
            message += f" ({exc.context} started at line {exc.context_mark.line + 1})"
        problems.append(Problem(name, line, None, message))
        return
    except yaml.reader.ReaderError as exc:  # a character YAML forbids: no mark, a position
        line = text[: exc.position].count("\n") + 1
        what = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        problems.append(Problem(name, line, None, f"YAML error: character {what} is not allowed ({exc.reason})"))
        return
    except yaml.YAMLError as exc:
        problems.append(Problem(name, None, None, "YAML error: " + " ".join(str(exc).split())))
        return
    if root is None:
        problems.append(Problem(name, 1, None, "empty file: expected a mapping with 'entities'"))
        return
    if not isinstance(root, yaml.MappingNode):
        problems.append(Problem(name, _line(root), None, "top level must be a mapping with the key 'entities'"))
        return
    lists: list[tuple[yaml.Node, yaml.Node]] = []  # (key, value) of each 'entities' key
    for key_node, value_node in root.value:
        if key_node.value != "entities":
            problems.append(Problem(name, _line(key_node), _key_text(key_node), "unknown top-level key (expected 'entities')"))
            continue
        if lists:
            # a second list would silently replace the first (two files pasted together)
            problems.append(Problem(name, _line(key_node), "entities", f"key given twice (first at line {_line(lists[0][0])}); merge the lists"))
        lists.append((key_node, value_node))
    if not lists:
        problems.append(Problem(name, _line(root), "entities", "missing required top-level key"))
        return
    for _, entities_node in lists:
        if _is_null(entities_node):
            continue
        if not isinstance(entities_node, yaml.SequenceNode):
            problems.append(Problem(name, _line(entities_node), "entities", "must be a list of entities"))
            continue
        for node in entities_node.value:
            entity = _entity(name, node, problems)
            if entity is not None:
                yield entity


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _key_text(node: yaml.Node) -> str:
    """A mapping key as text for messages (a key may itself be a list or mapping in YAML)."""
    return node.value if isinstance(node, yaml.ScalarNode) else f"<{_kind(node)}>"


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _entity(name: str, node: yaml.Node, problems: list[Problem]) -> Entity | None:
    if not isinstance(node, yaml.MappingNode):
        problems.append(Problem(name, _line(node), None, "each entity must be a mapping"))
        return None
    line = _line(node)
    fields: dict[str, yaml.Node] = {}
    ok = True
    for key_node, value_node in node.value:
        key = _key_text(key_node)
        if key not in REQUIRED_KEYS + OPTIONAL_KEYS:
            problems.append(Problem(name, _line(key_node), key, f"unknown key (allowed: {', '.join(REQUIRED_KEYS + OPTIONAL_KEYS)})"))
            ok = False
        elif key in fields:
            problems.append(Problem(name, _line(key_node), key, "key given twice"))
            ok = False
        else:
            fields[key] = value_node
    for key in REQUIRED_KEYS:
        if key not in fields:
            problems.append(Problem(name, line, key, "missing required key"))
            ok = False
    values: dict[str, object] = {}
    for key, value_node in fields.items():
        value = _field_value(name, key, value_node, problems)
        if value is None and key in REQUIRED_KEYS:
            ok = False
        values[key] = value
    if not ok or any(values.get(k) is None for k in REQUIRED_KEYS):
        return None
    return Entity(
        id=str(values["id"]),
        type=str(values["type"]),
        en=str(values["en"]),
        ar=str(values["ar"]),
        variants=tuple(values.get("variants") or ()),  # type: ignore[arg-type]
        short=tuple(values.get("short") or ()),  # type: ignore[arg-type]
        wikidata=values.get("wikidata"),  # type: ignore[arg-type]
        note=values.get("note"),  # type: ignore[arg-type]
        source=f"{name}:{line}",
        quoted=tuple(values.get("quoted") or ()),  # type: ignore[arg-type]
        nearby=tuple(values.get("nearby") or ()),  # type: ignore[arg-type]
    )


# What a YAML value that is not a string was read as, for messages.
_KINDS = {
    "tag:yaml.org,2002:int": "a number (quote it to make it text)",
    "tag:yaml.org,2002:float": "a number (quote it to make it text)",
    "tag:yaml.org,2002:bool": "a yes/no value (quote it to make it text)",
    "tag:yaml.org,2002:null": "nothing",
    "tag:yaml.org,2002:timestamp": "a date (quote it to make it text)",
}


def _kind(node: yaml.Node) -> str:
    """What a YAML node holds, in words (``ar: 5`` -> 'a number ...')."""
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    return _KINDS.get(node.tag, f"a value tagged {node.tag}")


def _scalar(name: str, key: str, node: yaml.Node, problems: list[Problem]) -> str | None:
    if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
        problems.append(Problem(name, _line(node), key, f"must be a string, got {_kind(node)}"))
        return None
    value = node.value.strip()
    if not value:
        problems.append(Problem(name, _line(node), key, "must not be empty"))
        return None
    return value


def _arabic(name: str, key: str, node: yaml.Node, problems: list[Problem]) -> str | None:
    value = _scalar(name, key, node, problems)
    if value is None:
        return None
    if not has_arabic(value) or has_latin(value):
        problems.append(Problem(name, _line(node), key, f"must be written in Arabic script, got {value!r}"))
        return None
    stray = _not_in_words(value)
    if stray is not None:
        # text is matched word by word: such a character never matches, and rewriting a
        # mention to a form holding it would add it to the text on every run
        problems.append(Problem(name, _line(node), key, f"{value!r} holds {stray!r} (U+{ord(stray):04X}); a name form holds only letters, digits, Arabic marks, spaces and the joiners - ' ."))
        return None
    loose = _loose_joiner(value)
    if loose is not None:
        # a mention ends at the letter: a trailing joiner in the canonical spelling would be
        # added again every time rewritten text is normalized (الجربا- -> الجربا--). Outside
        # `lexicon check` the form loads with the stray joiner read as a space.
        problems.append(Problem(name, _line(node), key, f"{value!r}: {loose!r} must stand between two letters (جان-جاك), not at the edge of a word", tolerable=True))
        return _without_loose_joiners(value)
    return value


def _without_loose_joiners(value: str) -> str:
    """The form with every joiner that does not stand between two letters read as a space.

    >>> _without_loose_joiners("هندريك- إيدو- أمباخت")
    'هندريك إيدو أمباخت'
    """
    chars = list(value)
    for i, char in enumerate(value):
        if char in NAME_JOINERS:
            before = value[i - 1] if i > 0 else " "
            after = value[i + 1] if i + 1 < len(value) else " "
            if before.isspace() or after.isspace() or before in NAME_JOINERS or after in NAME_JOINERS:
                chars[i] = " "
    return " ".join("".join(chars).split())


def _loose_joiner(value: str) -> str | None:
    """A joiner (hyphen, apostrophe, full stop) that does not stand between two letters, if any.

    >>> _loose_joiner("جان-جاك"), _loose_joiner("عادل الجربا-"), _loose_joiner("جان -جاك")
    (None, '-', '-')
    """
    for i, char in enumerate(value):
        if char in NAME_JOINERS:
            before = value[i - 1] if i > 0 else " "
            after = value[i + 1] if i + 1 < len(value) else " "
            if before.isspace() or after.isspace() or before in NAME_JOINERS or after in NAME_JOINERS:
                return char
    return None


def _not_in_words(value: str) -> str | None:
    """The first character of a name form that cannot be part of a word, if any.

    Hyphens, apostrophes and full stops may join or abbreviate name parts (سن-ملو); the
    matcher reads them as spaces.

    Every other character must be one the tokenizer reads as part of a word: a mark it
    does not know (a Hebrew point after an Arabic letter) or a bidi mark at the edge of a
    word would stay outside the mention and be written again on every run.

    >>> _not_in_words("عبد الله"), _not_in_words("جان-جاك"), _not_in_words("الجربا]")
    (None, None, ']')
    >>> _not_in_words("الغي\u05b7"), _not_in_words("\u200fقطر"), _not_in_words("\u0619بد الله")
    ('\u05b7', '\u200f', '\u0619')
    """
    for part in value.split():
        pieces = [part]
        for joiner in NAME_JOINERS:
            pieces = [q for p in pieces for q in p.split(joiner)]
        for piece in pieces:
            if piece and not piece[0].isalnum():
                return piece[0]  # a mark before the first letter: the mention starts at the letter
            covered = {i for t in tokenize(piece) for i in range(t.start, t.end)}
            for i, char in enumerate(piece):
                if i not in covered:
                    return char
    return None


def _field_value(name: str, key: str, node: yaml.Node, problems: list[Problem]) -> object:
    if key in FORM_LISTS:
        if _is_null(node):
            return ()
        items = node.value if isinstance(node, yaml.SequenceNode) else None
        if items is None:
            problems.append(Problem(name, _line(node), key, "must be a list of Arabic strings"))
            return None
        out = [_arabic(name, key, item, problems) for item in items]
        return tuple(v for v in out if v is not None)
    if key == "ar":
        return _arabic(name, key, node, problems)
    value = _scalar(name, key, node, problems)
    if value is None:
        return None
    if key == "id" and not ID_PATTERN.match(value):
        problems.append(Problem(name, _line(node), key, f"{value!r} is not a valid id (lower-case letters, digits and '-', starting with a letter or digit)"))
        return None
    if key == "type" and value not in ENTITY_TYPES:
        problems.append(Problem(name, _line(node), key, f"{value!r} is not one of {', '.join(ENTITY_TYPES)}"))
        return None
    if key == "wikidata" and not WIKIDATA_PATTERN.match(value):
        problems.append(Problem(name, _line(node), key, f"{value!r} is not a Wikidata id (Q followed by digits)"))
        return None
    return value


# --- checks across entities ------------------------------------------------------------


def _check_across_files(entities: list[Entity], problems: list[Problem], conflicts: list[Problem]) -> None:
    seen_ids: dict[str, Entity] = {}
    owner: dict[str, Entity] = {}
    for entity in entities:
        path, _, line = entity.source.rpartition(":")
        lineno = int(line) if line.isdigit() else None
        first = seen_ids.get(entity.id)
        if first is not None:
            problems.append(Problem(path, lineno, "id", f"duplicate id {entity.id!r} (first defined at {first.source})"))
            continue
        seen_ids[entity.id] = entity
        for form in dict.fromkeys(compact(fold(f)) for f in entity.full_forms):
            other = owner.get(form)
            if other is not None and other.id != entity.id:
                conflicts.append(Problem(path, lineno, "ar/variants", f"{form!r} is also a full form of {other.id!r} ({other.source}); the same spelling cannot name two entities", tolerable=True))
            else:
                owner[form] = entity
