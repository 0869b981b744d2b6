"""Measuring translit: variant linking on name-variant tables, mentions against gold, prose cleanliness.

The protocols are those of the project's yardsticks (``variant_eval.py``, ``mention_eval.py``), so
a lexicon maintainer can measure their own data with ``translit eval``:

- :func:`variant_protocol` / :func:`evaluate_variants`: every entity of a TSV enters a lexicon with
  one spelling (chosen by hash), 20% of the multi-spelling entities are left out as traps; every
  other spelling is looked up. Recall is the share of spellings linked to their entity; precision
  counts links to a wrong entity and links made for left-out entities as errors.
- :func:`evaluate_mentions`: mention precision, recall and F1 against gold offsets.
- :func:`prose_report`: how many links a lexicon makes on ordinary prose, and the most frequent
  linked surfaces, to review by hand for ordinary words taken for names.
"""

from __future__ import annotations

import collections
import csv
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from translit.errors import InputError
from translit.lexicon import Entity, Lexicon
from translit.model import Document
from translit.normalizer import Normalizer
from translit.phonetic import key as phonetic_key

__all__ = [
    "VariantCase",
    "VariantReport",
    "variant_protocol",
    "evaluate_variants",
    "categorize",
    "evaluate_mentions",
    "prose_report",
    "lexicon_from_table",
    "read_variant_table",
    "read_gold",
]

_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_BASIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})
_TYPES = {"PER": "person", "LOC": "place", "ORG": "organization"}


def _basic_fold(s: str) -> str:
    """The yardstick's own fold (diacritics, hamza seats, ة, ى): decides which queries are scored."""
    return " ".join(_DIAC.sub("", s).translate(_BASIC_FOLD).split())


def _h(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()


def _slug(eid: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", eid.lower()).strip("-")


@dataclass(frozen=True)
class VariantCase:
    """One query of the protocol: a spelling and the entity it must link to (None for a trap)."""

    query: str
    gold: str | None
    canonical: str | None  # the gold entity's spelling in the lexicon


@dataclass
class VariantReport:
    """Recall, precision and every miss, wrong link and false link of a variant evaluation."""

    positives: int
    negatives: int
    right: int
    misses: list[tuple[VariantCase, None]] = field(default_factory=list)
    #: How each right link was made (``rule`` of the candidate: folded, variant-key, english ...).
    right_by_rule: collections.Counter[str] = field(default_factory=collections.Counter)
    wrong: list[tuple[VariantCase, str]] = field(default_factory=list)
    false: list[tuple[VariantCase, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.right / self.positives if self.positives else 0.0

    @property
    def precision(self) -> float:
        return self.right / max(1, self.right + len(self.wrong) + len(self.false))


def read_variant_table(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read a TSV with ``entity_id, english, arabic_variant, type`` columns into entities."""
    ents: dict[str, dict[str, Any]] = collections.OrderedDict()
    try:
        with open(path, encoding="utf-8") as f:
            reader = csv.DictReader(f, delimiter="\t")
            missing = [c for c in _VARIANT_COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise InputError(f"{path}:1: missing column {missing[0]!r} (the header must name {', '.join(_VARIANT_COLUMNS)})")
            for line, row in enumerate(reader, start=2):
                if not row["entity_id"] or not row["arabic_variant"]:
                    raise InputError(f"{path}:{line}: entity_id and arabic_variant must not be empty")
                e = ents.setdefault(row["entity_id"], {"en": row["english"] or "", "type": row["type"] or "", "v": []})
                if row["arabic_variant"] not in e["v"]:
                    e["v"].append(row["arabic_variant"])
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the variant table ({exc})") from None
    return ents


#: The columns a variant table must have (more are allowed, such as source).
_VARIANT_COLUMNS = ("entity_id", "english", "arabic_variant", "type")


def variant_protocol(ents: dict[str, dict[str, Any]]) -> tuple[Lexicon, list[VariantCase]]:
    """Build the evaluation lexicon and the queries, exactly as ``variant_eval.py`` does."""
    lex: dict[str, tuple[str, dict[str, Any]]] = {}
    pos: list[tuple[str, str]] = []
    neg: list[tuple[str, None]] = []
    for eid, e in ents.items():
        vs = sorted(e["v"])
        if len(vs) >= 2 and int(_h("out", eid)[:8], 16) % 5 == 0:
            neg += [(v, None) for v in vs]
            continue
        canon = min(vs, key=lambda v: _h(eid, v))
        lex[eid] = (canon, e)
        pos += [(v, eid) for v in vs if v != canon]
    by_fold = collections.Counter(_basic_fold(c) for c, _ in lex.values())
    fold_owner = {_basic_fold(c): eid for eid, (c, _) in lex.items()}
    pos = [(q, g) for q, g in pos if by_fold[_basic_fold(q)] <= 1 and fold_owner.get(_basic_fold(q), g) == g]
    neg = [(q, g) for q, g in neg if _basic_fold(q) not in by_fold]
    entities = tuple(
        Entity(_slug(eid), _TYPES.get(e["type"], "other"), e["en"] or eid, canon, source=f"{eid}")
        for eid, (canon, e) in lex.items()
    )
    cases = [VariantCase(q, _slug(g), lex[g][0]) for q, g in pos] + [VariantCase(q, None, None) for q, _ in neg]
    return Lexicon(_unique(entities)), cases


def lexicon_from_table(ents: dict[str, dict[str, Any]]) -> Lexicon:
    """A lexicon of every entity of a variant table, with all its spellings (first as ``ar``)."""
    entities = [
        Entity(_slug(eid), _TYPES.get(e["type"], "other"), e["en"] or eid, e["v"][0], tuple(e["v"][1:]), source=eid)
        for eid, e in ents.items()
        if e["v"]
    ]
    return Lexicon(_unique(entities))


def _unique(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    seen: dict[str, Entity] = {}
    for e in entities:
        seen.setdefault(e.id, e)
    return tuple(seen.values())


def evaluate_variants(norm: Normalizer, cases: Sequence[VariantCase]) -> VariantReport:
    """Look every case up and score it (the first candidate is the answer)."""
    report = VariantReport(sum(c.gold is not None for c in cases), sum(c.gold is None for c in cases), 0)
    for case in cases:
        found = norm.lookup(case.query, limit=2)
        got = found[0].id if found and not found[0].ambiguous else None
        if case.gold is None:
            if got is not None:
                report.false.append((case, got))
        elif got == case.gold:
            report.right += 1
            report.right_by_rule[found[0].rule] += 1
        elif got is None:
            report.misses.append((case, None))
        else:
            report.wrong.append((case, got))
    return report


_G = set("جغقكگ")
_VOWELS = set("اوي")


def categorize(a: str, b: str) -> str:
    """Name the kind of difference between two spellings of one name (for error tables).

    >>> categorize("الدريدي", "دريدي"), categorize("عبد الله", "عبدالله"), categorize("ماكغورك", "ماكجورك")
    ('al-prefix', 'compound-spacing', 'g-letters')
    """
    from translit.orthography import fold

    fa, fb = fold(a), fold(b)
    if fa == fb:
        return "folding"
    if fa.replace(" ", "") == fb.replace(" ", ""):
        return "compound-spacing"
    for x, y in ((fa, fb), (fb, fa)):
        if x.startswith("ال") and (x[2:] == y or x[2:].replace(" ", "") == y.replace(" ", "")):
            return "al-prefix"
        if x.startswith("ال ") and x[3:] == y:
            return "al-prefix"
    strip_v = lambda s: "".join(c for c in s if c not in _VOWELS)  # noqa: E731
    if strip_v(fa) == strip_v(fb):
        return "vowel-letters"
    if strip_v(fa).replace("ع", "") == strip_v(fb).replace("ع", "") or strip_v(fa).replace("ء", "") == strip_v(fb).replace("ء", ""):
        return "ayin-hamza"
    if len(fa) == len(fb):
        diff = [(x, y) for x, y in zip(fa, fb) if x != y]
        if diff and all(x in _G and y in _G for x, y in diff):
            return "g-letters"
    if phonetic_key(fa) == phonetic_key(fb):
        return "letter-classes"
    if abs(len(fa) - len(fb)) > max(len(fa), len(fb)) // 2 or not set(fa) & set(fb):
        return "alias"
    return "other"


def evaluate_mentions(gold: dict[str, Any], doc: Document) -> dict[str, Any]:
    """Mention precision, recall and F1 of one document against gold (``mention_eval.py``'s protocol).

    A predicted mention is right when its span overlaps a gold mention of the same entity (same id,
    or same English form ignoring case and punctuation).
    """

    def norm_en(s: str | None) -> str:
        return re.sub(r"[^a-z0-9]+", " ", (s or "").lower()).strip()

    gm = [(m["start"], m["end"], m["surface"], e["id"], e["english"]) for e in gold["entities"] for m in e["mentions"]]
    hit_gold: set[int] = set()
    good: set[int] = set()
    for i, p in enumerate(doc.mentions):
        for j, (s, e, _surf, gid, gen) in enumerate(gm):
            if p.start < e and s < p.end and (p.id == gid or norm_en(p.en) == norm_en(gen)):
                hit_gold.add(j)
                good.add(i)
    precision = len(good) / len(doc.mentions) if doc.mentions else 0.0
    recall = len(hit_gold) / len(gm) if gm else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    misses = [gm[j] for j in range(len(gm)) if j not in hit_gold]
    false = [doc.mentions[i] for i in range(len(doc.mentions)) if i not in good]
    return {"gold": len(gm), "predicted": len(doc.mentions), "precision": precision, "recall": recall, "f1": f1, "misses": misses, "false": false}


def prose_report(docs: Iterable[Document], top: int = 50) -> dict[str, Any]:
    """Links per 10,000 words on prose and the most frequent linked surfaces (with their entities)."""
    words = 0
    links = 0
    surfaces: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for doc in docs:
        words += len(doc.text.split())
        links += len(doc.mentions)
        for m in doc.mentions:
            surfaces[(m.surface, m.id, m.rule)] += 1
    return {
        "words": words,
        "links": links,
        "per_10k_words": round(10000 * links / words, 2) if words else 0.0,
        "top": surfaces.most_common(top),
    }


def read_gold(path: str | Path) -> dict[str, Any]:
    """Read a gold-mentions JSON file (``{"entities": [{"id", "english", "mentions": [...]}]}``)."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read gold mentions ({exc})") from None
