"""Suggestions for lexicon maintainers: forms for known entities (near-miss variants, parts of
their names written alone) and discovered entities, as YAML.

``translit suggest`` writes one YAML file with two lists:

- ``variants``: spellings that narrowly miss a lexicon entity (``تاسك`` for Donald Tusk's
  ``توسك``), and parts of an entity's name written alone in quotation marks in a document
  that names it («سبأ» for وكالة سبأ), each ``{id, field, add, near}``: add the spellings
  ``add`` to the entity's ``field`` (``variants``, ``short`` or, for a part, ``nearby``);
- ``entities``: clusters of unknown names, each a lexicon entry ready to paste under
  ``entities:`` in a lexicon file (``en`` is a romanized fallback to correct).

Both are ranked by frequency. Comments above each entry give the counts of every spelling
and two or three lines of keyword in context; ``translit review`` reads the same file.
Verdicts already given (see :mod:`translit.review`) are left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from translit import thresholds
from translit.commonwords import zipf
from translit.discover import Cluster, Discovery, NearMiss, Occurrence, Spelling
from translit.model import Document
from translit.orthography import fold

__all__ = ["Suggestion", "kwic", "render_yaml", "slug", "suggestions"]

#: Keyword-in-context lines per suggestion, and characters of context either side.
KWIC_LINES = 3
KWIC_WIDTH = 40


@dataclass
class Suggestion:
    """One entry of a suggestions file.

    ``kind`` is ``"variant"`` (spellings to add to the existing entity ``id``) or ``"entity"``
    (a new entity). ``spellings`` maps each spelling, as written, to its count.
    """

    kind: str
    id: str
    spellings: dict[str, int]
    contexts: list[str]
    documents: int
    type: str = "other"
    en: str = ""
    ar: str = ""
    variants: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    field: str = "variants"  # for a variant: where the spellings go
    near: str = ""  # for a variant: the lexicon form it misses (for a nearby form: is part of)
    evidence: str = ""  # for a nearby form: how it was written alone, and whether it is a word
    provisional: str = ""  # for an entity: the cluster's ~id

    @property
    def count(self) -> int:
        return sum(self.spellings.values())

    def folded_spellings(self) -> set[str]:
        """Every spelling of the suggestion, folded (what verdicts remember)."""
        forms = set(self.spellings) | {self.ar, *self.variants, *self.short}
        return {fold(f) for f in forms if f}


def slug(text: str) -> str:
    """A lexicon id from an English form: lower case, ``-`` between words.

    >>> slug("Christian Gross"), slug("Al-Qaradawi")
    ('christian-gross', 'al-qaradawi')
    """
    out = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return out or "unnamed"


#: Brackets around the name in a line of keyword in context: not the news's own quotation marks
#: (« »), which a name is often written in: رحيل «الحشان» showed as رحيل ««الحشان»».
KWIC_MARKS = ("\u27e6", "\u27e7")  # MATHEMATICAL LEFT / RIGHT WHITE SQUARE BRACKET: ⟦ ⟧


def kwic(doc: Document, occurrence: Occurrence, width: int = KWIC_WIDTH) -> str:
    """One line of keyword in context: the name in ⟦⟧ (``KWIC_MARKS``) with ``width`` characters
    either side.

    >>> from translit.discover import Occurrence
    >>> d = Document("a", "قال المدرب غروس إن الفريق جاهز")
    >>> kwic(d, Occurrence(0, 2, 3, 11, 15, "غروس", "غروس", "", (), 0.0), width=8)
    '… المدرب ⟦غروس⟧ إن الفر…'
    >>> kwic(Document("b", "رحيل «الحشان» يشعل الجدل"), Occurrence(0, 1, 2, 6, 12, "الحشان", "الحشان", "", (), 0.0), width=6)
    'رحيل «⟦الحشان⟧» يشعل…'
    """
    text = doc.text
    left = text[max(0, occurrence.start - width) : occurrence.start]
    right = text[occurrence.end : occurrence.end + width]
    left = ("…" if occurrence.start > width else "") + left
    right = right + ("…" if occurrence.end + width < len(text) else "")
    opening, closing = KWIC_MARKS
    line = f"{left}{opening}{text[occurrence.start:occurrence.end]}{closing}{right}"
    return " ".join(line.split())


def _contexts(documents: Sequence[Document], occurrences: Sequence[Occurrence]) -> list[str]:
    """Up to KWIC_LINES lines, from different documents and different spellings first, then
    from any document (a name of one article shows more than its first line)."""
    chosen: list[Occurrence] = []
    seen_docs: set[int] = set()
    seen_spellings: set[str] = set()
    ordered = sorted(occurrences, key=lambda o: (o.doc, o.start))
    for o in ordered:
        if o.spelling not in seen_spellings and o.doc not in seen_docs:
            chosen.append(o)
            seen_docs.add(o.doc)
            seen_spellings.add(o.spelling)
    for o in ordered:
        if len(chosen) >= KWIC_LINES:
            break
        if o.doc not in seen_docs:
            chosen.append(o)
            seen_docs.add(o.doc)
    if len(chosen) < KWIC_LINES:
        picked = {id(o) for o in chosen}
        chosen += [o for o in ordered if id(o) not in picked][: KWIC_LINES - len(chosen)]
    return [kwic(documents[o.doc], o) for o in chosen[:KWIC_LINES]]


def _nearby_contexts(documents: Sequence[Document], occurrences: Sequence[Occurrence]) -> list[str]:
    """For a part proposed as a nearby form: a quoted occurrence, then unquoted ones (where the
    form would link once listed), then more quoted ones, KWIC_LINES in all."""
    quoted = [o for o in occurrences if "quoted" in o.context]
    unquoted = [o for o in occurrences if "quoted" not in o.context]
    lines = _contexts(documents, quoted)[:1] + _contexts(documents, unquoted)[: KWIC_LINES - 1]
    return lines + _contexts(documents, quoted)[1 : 1 + KWIC_LINES - len(lines)]


def _spelling_counts(spellings: Sequence[Spelling]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for s in spellings:
        form = s.surface()
        counts[form] = counts.get(form, 0) + s.count
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _evidence(n: NearMiss) -> str:
    """For a part proposed as a nearby form: how often it stood alone quoted and unquoted
    where its entity is named, and whether Arabic uses it as an ordinary word (Zipf)."""
    if n.field != "nearby":
        return ""
    occurrences = n.spelling.occurrences
    quoted = sum(1 for o in occurrences if "quoted" in o.context)
    text = f"{quoted} alone in quotation marks, {len(occurrences) - quoted} unquoted where the document names it"
    z = zipf(n.spelling.text)
    return text + (f"; an ordinary word too (Zipf {z:.1f})" if z >= thresholds.COMMON_WORD_ZIPF else "")


def _from_near_miss(documents: Sequence[Document], n: NearMiss) -> Suggestion:
    s = n.spelling
    return Suggestion(
        kind="variant",
        id=n.entity_id,
        spellings=_spelling_counts([s]),
        contexts=(_nearby_contexts if n.field == "nearby" else _contexts)(documents, s.occurrences),
        documents=len(s.docs),
        field=n.field,
        near=n.form,
        evidence=_evidence(n),
    )


def _from_cluster(documents: Sequence[Document], c: Cluster) -> Suggestion:
    counts = _spelling_counts(c.spellings)
    spelled = list(counts)
    ar = c.full_form or spelled[0]
    short = [spelled[0]] if c.full_form and c.type == "person" else []
    variants = [f"{c.full_form.split()[0]} {s}" for s in spelled[1:]] if c.full_form else spelled[1:]
    return Suggestion(
        kind="entity",
        id=slug(c.label),
        spellings=counts,
        contexts=_contexts(documents, c.occurrences),
        documents=len(c.docs),
        type=c.type,
        en=c.label,
        ar=ar,
        variants=variants,
        short=short,
        provisional=c.id,
    )


def suggestions(discovery: Discovery, documents: Sequence[Document], verdicts: object | None = None) -> list[Suggestion]:
    """Near-miss variants then candidate entities, each most frequent first, minus what
    ``verdicts`` (a :class:`translit.review.Verdicts`) already settled."""
    out = [_from_near_miss(documents, n) for n in discovery.near_misses]
    out += [_from_cluster(documents, c) for c in discovery.clusters]
    if verdicts is not None:
        out = [s for s in out if not verdicts.settles(s)]  # type: ignore[attr-defined]
    taken: set[str] = set()
    for s in out:  # two clusters romanized alike get distinct ids
        base, n = s.id, 2
        if s.kind == "entity":
            while s.id in taken:
                s.id = f"{base}-{n}"
                n += 1
            taken.add(s.id)
    return out


# --- YAML ------------------------------------------------------------------------------

_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:#,\[\]{}]*\Z")


def _q(value: str) -> str:
    """A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML)."""
    if _PLAIN.match(value) and value == value.strip() and value.lower() not in ("yes", "no", "true", "false", "null", "on", "off", "~"):
        return value
    return json.dumps(value, ensure_ascii=False)


def _flow(values: Sequence[str]) -> str:
    return "[" + ", ".join(_q(v) for v in values) + "]"


def _comment(s: Suggestion) -> list[str]:
    counts = ", ".join(f"{form} ×{n}" for form, n in s.spellings.items())
    docs = f"{s.documents} document{'s' if s.documents != 1 else ''}"
    if s.kind == "variant" and s.field == "nearby":
        head = f"# {s.count} mention{'s' if s.count != 1 else ''} in {docs} ({s.evidence}), part of {s.near} ({s.id}): {counts}"
    elif s.kind == "variant":
        head = f"# {s.count} mention{'s' if s.count != 1 else ''} in {docs}, near {s.near} ({s.id}): {counts}"
    else:
        head = f"# {s.provisional} ({s.en}, romanized): {s.count} mention{'s' if s.count != 1 else ''} in {docs}: {counts}"
    return [head] + [f"#   {line}" for line in s.contexts]


def render_yaml(items: Sequence[Suggestion], n_documents: int) -> str:
    """The suggestions file: comments with counts and contexts, entries ready to paste."""
    variants = [s for s in items if s.kind == "variant"]
    entities = [s for s in items if s.kind == "entity"]
    lines = [
        (
            f"# translit suggest: {len(variants)} form{'s' if len(variants) != 1 else ''} for known entities and "
            f"{len(entities)} candidate entit{'ies' if len(entities) != 1 else 'y'} from {n_documents} document{'s' if n_documents != 1 else ''}."
        ),
        "# Review with `translit review THIS_FILE`, or by hand: add each variant's `add` spellings to the",
        "# entity's `field` (`nearby`: the form names the entity only where it is named otherwise too);",
        "# paste entities under `entities:` in a lexicon file (`en` is a romanized fallback: write the",
        "# English form).",
        "",
        "variants:" if variants else "variants: []",
    ]
    for s in variants:
        lines += ["  " + c for c in _comment(s)]
        lines += [f"  - id: {s.id}", f"    field: {s.field}", f"    add: {_flow(list(s.spellings))}", f"    near: {_q(s.near)}", ""]
    lines.append("entities:" if entities else "entities: []")
    for s in entities:
        lines += ["  " + c for c in _comment(s)]
        lines += [f"  - id: {s.id}", f"    type: {s.type}", f"    en: {_q(s.en)}", f"    ar: {_q(s.ar)}"]
        if s.variants:
            lines.append(f"    variants: {_flow(s.variants)}")
        if s.short:
            lines.append(f"    short: {_flow(s.short)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
