"""`--format html`: one self-contained right-to-left page, mentions highlighted by entity, a table."""

from __future__ import annotations

from html.parser import HTMLParser

from tests.conftest import DATA
from translit.cli import main


class _Page(HTMLParser):
    """Collects the elements a reader sees: the html tag, marks, table rows, external references."""

    def __init__(self) -> None:
        super().__init__()
        self.html: dict[str, str] = {}
        self.marks: list[dict[str, str]] = []
        self.rows: list[dict[str, str]] = []
        self.external: list[str] = []
        self._in_mark: dict[str, str] | None = None

    def handle_starttag(self, tag, attrs) -> None:  # type: ignore[no-untyped-def]
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.html = a
        if tag == "mark":
            self._in_mark = {**a, "text": ""}
            self.marks.append(self._in_mark)
        if tag == "tr" and "data-id" in a:
            self.rows.append(a)
        if tag in ("script", "link", "img") or a.get("src"):
            self.external.append(tag)

    def handle_endtag(self, tag) -> None:  # type: ignore[no-untyped-def]
        if tag == "mark":
            self._in_mark = None

    def handle_data(self, data) -> None:  # type: ignore[no-untyped-def]
        if self._in_mark is not None:
            self._in_mark["text"] += data


def _page(runner, *args: str, text: str | None = None) -> _Page:
    result = runner.invoke(main, ["normalize", "--format", "html", *args], input=text)
    assert result.exit_code == 0, result.output
    page = _Page()
    page.feed(result.output)
    return page


def test_page_is_right_to_left_arabic_and_self_contained(runner) -> None:
    page = _page(runner, text="قال نتنياهو إن قطر وسيط")
    assert (page.html["dir"], page.html["lang"]) == ("rtl", "ar")
    assert page.external == []


def test_each_mention_is_a_mark_with_id_and_english_form_on_hover(runner) -> None:
    page = _page(runner, text="قال نتنياهو إن قطر وسيط")
    assert [(m["text"], m["data-id"]) for m in page.marks] == [("نتنياهو", "benjamin-netanyahu"), ("قطر", "qatar")]
    assert "Benjamin Netanyahu" in page.marks[0]["title"] and "benjamin-netanyahu" in page.marks[0]["title"]


def test_one_entity_keeps_one_colour_and_two_entities_differ(runner) -> None:
    page = _page(runner, text="ماكجورك ثم ماكغورك ثم قطر")
    styles = [m["style"] for m in page.marks]
    assert styles[0] == styles[1] != styles[2]


def test_discovered_clusters_are_marked_differently_and_labelled_romanized(runner) -> None:
    page = _page(runner, str(DATA / "unknown-names.jsonl"), "--discover")
    clusters = [m for m in page.marks if m["data-id"].startswith("~")]
    assert len(clusters) == 6 and all(m.get("class") == "cluster" for m in clusters)
    assert all("(romanized)" in m["title"] for m in clusters)
    assert all("class" not in m for m in page.marks if not m["data-id"].startswith("~"))


def test_entity_table_lists_each_entity_once_known_before_discovered(runner) -> None:
    page = _page(runner, str(DATA / "unknown-names.jsonl"), "--discover")
    ids = [r["data-id"] for r in page.rows]
    assert len(ids) == len(set(ids)) == 3
    assert ids[0] == "athens" and all(i.startswith("~") for i in ids[1:])


def test_text_is_escaped_not_interpreted(runner) -> None:
    page = _page(runner, text="<script>alert(1)</script> قطر")
    assert page.external == []
