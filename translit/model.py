"""The plain data translit hands back: mentions, documents and look-up candidates."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Mention", "Document", "Candidate", "RULES"]

#: How a mention or candidate was matched, from most to least direct.
RULES = (
    "exact",  # the text spells a lexicon form letter for letter
    "folded",  # equal after orthographic folding (hamza, ة, ى, diacritics, tatweel ...)
    "variant-key",  # same phonetic key, verified by the weighted edit distance
    "fuzzy",  # phonetic key within one edit, verified by the weighted edit distance
    "english",  # the entity's English form backs the spelling (translit.latin): a short name's vowel letter, or in look-ups a name that reads as it
    "short-form",  # a surname or listed short form that only one entity has
    "coreference",  # a short form resolved by a full mention in the same document
    "corpus",  # a short form resolved by how other documents of the same call resolved it
    "cluster",  # an unknown name grouped across documents (``normalize --discover``); id starts with ~
)


@dataclass(frozen=True)
class Mention:
    """One recognised name in a document.

    ``start``/``end`` are ``str`` offsets into the original text and cover the name
    without its proclitic (``لماكجورك`` -> ``ماكجورك``); ``clitic`` is that proclitic.
    ``form`` is the lexicon spelling the mention matched; ``canonical`` is the spelling
    the ``text`` output writes in its place (the entity's ``ar``, or its canonical short
    form when a short form matched: ``ماكجورك`` -> ``ماكغورك``).
    """

    start: int
    end: int
    surface: str
    id: str
    en: str
    type: str
    score: float
    rule: str
    form: str = ""
    clitic: str = ""
    canonical: str = ""
    en_romanized: bool = False  # ``en`` is a letter-by-letter fallback (discovered clusters), not an English form

    def to_dict(self) -> dict[str, Any]:
        """The mention as the JSON object of the output contract (``en_romanized`` only when true)."""
        out = asdict(self)
        if not self.en_romanized:
            del out["en_romanized"]
        return out


@dataclass(frozen=True)
class Document:
    """A normalized document: its id, original text, mentions (in text order) and extra fields."""

    id: str
    text: str
    mentions: tuple[Mention, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Candidate:
    """One answer of :meth:`translit.Normalizer.lookup`: an entity, how well and how it matched."""

    id: str
    en: str
    type: str
    score: float
    rule: str
    form: str = ""
    cost: float = 0.0
    ambiguous: bool = False  # tied with a candidate of another entity: no link on its own

    def to_dict(self) -> dict[str, Any]:
        """The candidate as the JSON object of ``translit lookup --format jsonl``."""
        return {"id": self.id, "en": self.en, "type": self.type, "score": self.score, "rule": self.rule, "form": self.form}
