"""``python -m translit``: the same as the ``translit`` command."""

from translit.cli import run

run()
