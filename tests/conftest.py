"""Shared fixtures: the bundled normalizer, small lexicons written for a test, the CLI runner."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

import translit

DATA = Path(__file__).parent / "data"

# Property tests check what holds for all input, never how fast: no per-example deadline (a busy
# machine made hypothesis's default of 200 ms fail test_arbitrary_unicode_never_raises).
settings.register_profile("translit", deadline=None)
settings.load_profile("translit")


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory):
    """The compiled-lexicon cache of the test run lives in a temporary directory, not ~/.cache."""
    import os

    old = os.environ.get("TRANSLIT_CACHE_DIR")
    os.environ["TRANSLIT_CACHE_DIR"] = str(tmp_path_factory.mktemp("translit-cache"))
    yield
    if old is None:
        os.environ.pop("TRANSLIT_CACHE_DIR", None)
    else:
        os.environ["TRANSLIT_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def norm() -> translit.Normalizer:
    return translit.Normalizer.load()


@pytest.fixture(scope="session")
def article() -> str:
    return (DATA / "misrana-2023-11-hostage-deal.ar.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((DATA / "misrana-2023-11-hostage-deal.gold.json").read_text(encoding="utf-8"))


def normalizer_for(body: str, directory: Path) -> translit.Normalizer:
    """A normalizer over a lexicon written from YAML text into ``directory`` (for module fixtures)."""
    path = directory / "lex.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return translit.Normalizer.load(path)


def normalizer_fixture(body: str):  # type: ignore[no-untyped-def]
    """A module-scoped fixture: a normalizer over the lexicon ``body``, built once per module
    (``rabat = normalizer_fixture(RABAT)`` in a test module; tests then take ``rabat``)."""

    @pytest.fixture(scope="module")
    def normalizer(tmp_path_factory) -> translit.Normalizer:  # type: ignore[no-untyped-def]
        return normalizer_for(body, tmp_path_factory.mktemp("lex"))

    return normalizer


@pytest.fixture
def write_lexicon(tmp_path: Path):
    """Write a lexicon file from YAML text (dedented) and return its path."""

    def write(body: str, name: str = "lex.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(body), encoding="utf-8")
        return path

    return write


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
