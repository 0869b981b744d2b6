"""Compact storage for a compiled lexicon: few Python objects, loaded from disk in milliseconds.

A lexicon of 100,000 entities has some 300,000 forms and over a million phonetic-key
neighbours. As dicts of lists of objects they take hundreds of MB and seconds to unpickle;
here they are a handful of strings and arrays:

- :class:`Strings`: many strings as one joined string and an array of offsets;
- :class:`KeyTable`: string -> form numbers as a dict of ints (spellings, asked on every span);
- :class:`HashTable`: string -> ascending form numbers, as two sorted arrays (CRC-32 of the
  key, form number) searched by bisection, behind a 2 MB presence bitmap (most keys asked
  for are in no form). A hash says "maybe": callers check every hit against the form
  itself, so a collision never changes a result;
- :class:`FormTable` / :class:`EntityTable`: forms and entities by column, each
  :class:`~translit.index.Form` or :class:`~translit.lexicon.Entity` built on first use;
  the form table carries the letter profiles of :mod:`translit.prefilter`;
- :class:`CompiledLexicon`: a :class:`~translit.lexicon.Lexicon` whose entity tuple is
  built on first access (a normalize run never needs it).
"""

from __future__ import annotations

import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

from translit.lexicon import FORM_LISTS, Entity, Lexicon

__all__ = ["Strings", "HashTable", "KeyTable", "FormTable", "EntityTable", "CompiledLexicon", "crc"]


def crc(text: str) -> int:
    """A hash of a string that is the same in every process (``hash()`` is salted per process)."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


class Strings:
    """An immutable sequence of strings stored as one string and offsets.

    >>> s = Strings(["قطر", "", "جو بايدن"])
    >>> len(s), s[0], s[1], s[2]
    (3, 'قطر', '', 'جو بايدن')
    """

    __slots__ = ("_joined", "_offsets")

    def __init__(self, items: Iterable[str]) -> None:
        items = list(items)
        offsets = array("q", [0])
        total = 0
        for item in items:
            total += len(item)
            offsets.append(total)
        self._joined = "".join(items)
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> str:
        return self._joined[self._offsets[i] : self._offsets[i + 1]]

    def __iter__(self):  # type: ignore[no-untyped-def]
        for i in range(len(self)):
            yield self[i]

    def __getstate__(self) -> tuple[str, bytes]:
        return self._joined, self._offsets.tobytes()  # (pickle keeps lone surrogates)

    def __setstate__(self, state: tuple[str, bytes]) -> None:
        self._joined = state[0]
        self._offsets = array("q")
        self._offsets.frombytes(state[1])


class HashTable:
    """Key -> ascending form numbers, by the keys' CRC-32; hits must be checked by the caller.

    >>> t = HashTable([("a", 3), ("b", 1), ("a", 2)])
    >>> t.get("a"), t.get("b"), t.get("c")
    ([2, 3], [1], [])
    """

    __slots__ = ("_bitmap", "_hashes", "_values")

    #: Bits of the hash that index the presence bitmap (2 MB): most keys a query asks for
    #: (the deletions of a long key) are in no form, and the bitmap says so without a search.
    BITMAP_BITS = 24

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        rows = sorted((crc(k), v) for k, v in pairs)
        self._hashes = array("L", [h for h, _ in rows])
        self._values = array("l", [v for _, v in rows])
        bitmap = bytearray(1 << (self.BITMAP_BITS - 3))
        mask = (1 << self.BITMAP_BITS) - 1
        for h in set(self._hashes):
            bit = h & mask
            bitmap[bit >> 3] |= 1 << (bit & 7)
        self._bitmap = bytes(bitmap)

    def __len__(self) -> int:
        return len(self._hashes)

    def get(self, key: str) -> list[int]:
        return list(self.numbers(key))

    def numbers(self, key: str) -> array:
        """The form numbers stored under ``key``'s hash, as an array (ascending; hits unchecked).

        >>> list(HashTable([("a", 3), ("b", 1), ("a", 2)]).numbers("a"))
        [2, 3]
        """
        h = crc(key)
        bit = h & _BITMAP_MASK
        if not self._bitmap[bit >> 3] >> (bit & 7) & 1:
            return _NO_NUMBERS[:]
        hashes = self._hashes
        return self._values[bisect_left(hashes, h) : bisect_right(hashes, h)]

    def __getstate__(self) -> tuple[bytes, bytes, bytes]:
        return self._hashes.tobytes(), self._values.tobytes(), self._bitmap

    def __setstate__(self, state: tuple[bytes, bytes, bytes]) -> None:
        self._hashes = array("L")
        self._hashes.frombytes(state[0])
        self._values = array("l")
        self._values.frombytes(state[1])
        self._bitmap = state[2]


_BITMAP_MASK = (1 << HashTable.BITMAP_BITS) - 1
_NO_NUMBERS = array("l")


class KeyTable:
    """Key -> ascending form numbers as a plain dict (one number, or a tuple of them): for the
    tables the matcher asks on every span (``exact``, ``nospace``), where a dict look-up is
    several times faster than :class:`HashTable` and the table is only as large as the forms.

    >>> t = KeyTable([("a", 3), ("b", 1), ("a", 2)])
    >>> t.get("a"), t.get("b"), t.get("c")
    ([2, 3], [1], [])
    """

    __slots__ = ("_map",)

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        grouped: dict[str, list[int]] = {}
        for k, v in pairs:
            grouped.setdefault(k, []).append(v)
        self._map: dict[str, int | tuple[int, ...]] = {k: v[0] if len(v) == 1 else tuple(sorted(v)) for k, v in grouped.items()}

    def __len__(self) -> int:
        return len(self._map)

    def get(self, key: str) -> list[int]:
        v = self._map.get(key)
        if v is None:
            return []
        return [v] if isinstance(v, int) else list(v)

    def __getstate__(self) -> dict[str, int | tuple[int, ...]]:
        return self._map

    def __setstate__(self, state: dict[str, int | tuple[int, ...]]) -> None:
        self._map = state


_NONE = "\x00"


class EntityTable:
    """Entities by column; ``table[i]`` builds (once) the i-th :class:`Entity`."""

    _FIELDS = ("id", "type", "en", "ar", "wikidata", "note", "source")
    _LISTS = FORM_LISTS  # lists of forms, each joined by \x1f with its length beside

    def __init__(self, entities: Sequence[Entity]) -> None:
        self._columns = {f: Strings(_NONE if getattr(e, f) is None else getattr(e, f) for e in entities) for f in self._FIELDS}
        self._lists = {f: Strings("\x1f".join(getattr(e, f)) for e in entities) for f in self._LISTS}
        self._counts = {f: array("l", [len(getattr(e, f)) for e in entities]) for f in self._LISTS}
        self._built: list[Entity | None] = list(entities)

    def __len__(self) -> int:
        return len(self._built)

    def field(self, name: str, i: int) -> str | None:
        """One field of the i-th entity without building it (``"en"``, ``"type"`` ...)."""
        value = self._columns[name][i]
        return None if value == _NONE else value

    def __getitem__(self, i: int) -> Entity:
        entity = self._built[i]
        if entity is None:
            values: dict[str, Any] = {f: self.field(f, i) for f in self._FIELDS}
            lists = {f: tuple(self._lists[f][i].split("\x1f")) if self._counts[f][i] else () for f in self._LISTS}
            entity = Entity(**values, **lists)
            self._built[i] = entity
        return entity

    def __getstate__(self) -> dict[str, Any]:
        return {"columns": self._columns, "lists": self._lists, "counts": {f: a.tobytes() for f, a in self._counts.items()}}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._columns = state["columns"]
        self._lists = state["lists"]
        self._counts = {}
        for f, raw in state["counts"].items():
            self._counts[f] = array("l")
            self._counts[f].frombytes(raw)
        self._built = [None] * len(self._counts[self._LISTS[0]])


class CompiledLexicon(Lexicon):
    """A :class:`Lexicon` restored from the cache: ``entities`` and ``by_id`` are built on first use."""

    @classmethod
    def from_table(cls, table: EntityTable, files: tuple[str, ...], conflicts: tuple[Any, ...]) -> CompiledLexicon:
        lexicon = object.__new__(cls)
        object.__setattr__(lexicon, "files", files)
        object.__setattr__(lexicon, "conflicts", conflicts)
        object.__setattr__(lexicon, "_table", table)
        return lexicon

    def __getattr__(self, name: str) -> Any:
        if name in ("entities", "by_id"):
            table = self.__dict__["_table"]
            entities = tuple(table[i] for i in range(len(table)))
            object.__setattr__(self, "entities", entities)
            object.__setattr__(self, "by_id", {e.id: e for e in entities})
            return self.__dict__[name]
        raise AttributeError(name)

    def __len__(self) -> int:
        return len(self.__dict__["_table"]) if "entities" not in self.__dict__ else len(self.entities)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Lexicon, (self.entities, self.files, self.conflicts))


class FormTable:
    """Forms by column; ``table[i]`` builds (once) the i-th form, sharing entities with ``entities``."""

    def __init__(self, forms: Sequence[Any], entity_number: dict[int, int], entities: EntityTable) -> None:
        from translit.index import FORM_KINDS
        from translit.prefilter import LetterProfiles

        self.entities = entities
        self.entity = array("l", [entity_number[id(f.entity)] for f in forms])
        self.text = Strings(f.text for f in forms)
        self.folded = Strings(f.folded for f in forms)
        self.key = Strings(f.key for f in forms)
        self.kind = bytes(FORM_KINDS.index(f.kind) for f in forms)
        self.words = bytes(min(255, f.folded.count(" ") + 1) for f in forms)  # words in the compact folded form
        self.context = bytes(int(f.needs_context) for f in forms)
        self.profiles = LetterProfiles([f.folded for f in forms])
        self._built: list[Any] = list(forms)

    def __len__(self) -> int:
        return len(self.kind)

    def __getitem__(self, i: int) -> Any:
        form = self._built[i]
        if form is None:
            from translit.index import FORM_KINDS, Form

            form = Form(self.entities[self.entity[i]], self.text[i], self.folded[i], self.key[i], FORM_KINDS[self.kind[i]], bool(self.context[i]))
            self._built[i] = form
        return form

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        del state["_built"]
        state["entity"] = self.entity.tobytes()
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        entity = array("l")
        entity.frombytes(state["entity"])
        self.__dict__.update(state)
        self.entity = entity
        self._built = [None] * len(self.kind)
