"""The exceptions translit raises. The CLI turns each into a one-line message and an exit code."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TranslitError", "LexiconError", "InputError", "OutputError", "Problem"]


class TranslitError(Exception):
    """Base class of translit's own errors; ``str(error)`` is a one-line message."""

    exit_code = 1


@dataclass(frozen=True)
class Problem:
    """One problem in a file: path, line (1-based, when known), field (when known), message.

    ``tolerable`` problems (a spelling shared by two entities, a stray hyphen at the edge of a
    word) are errors for ``translit lexicon check`` but do not stop a lexicon from loading.
    """

    path: str
    line: int | None
    field: str | None
    message: str
    tolerable: bool = False

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class LexiconError(TranslitError):
    """A lexicon file is unreadable or invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "invalid lexicon"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problem{'s' if more > 1 else ''}; run `translit lexicon check`)" if more else ""))


class InputError(TranslitError):
    """An input document or path cannot be read (missing, not UTF-8, malformed JSONL ...)."""

    exit_code = 2


class OutputError(TranslitError):
    """The output cannot be written (missing or read-only directory, disk full ...)."""

    exit_code = 2
