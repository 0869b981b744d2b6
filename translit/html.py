"""One self-contained, right-to-left HTML page of normalized documents, for a maintainer to read.

Each mention is a ``<mark>`` coloured by entity (the colour is derived from the id, so an
entity keeps its colour across documents and runs), with id and English form in its
``title`` (shown on hover). Discovered clusters (ids starting with ``~``) keep their colour and get a
dashed border, and their English form is marked as romanized. A table lists every entity with its
spellings and counts. No scripts, no external resources.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from html import escape
from typing import IO

from translit.model import Document, Mention

__all__ = ["entity_colour", "render_html"]

_STYLE = """
body { font-family: "Noto Naskh Arabic", "Amiri", "Segoe UI", Tahoma, sans-serif; margin: 2rem auto;
       max-width: 60rem; line-height: 2; color: #222; background: #fdfdfb; padding: 0 1rem; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
article { white-space: pre-wrap; margin-bottom: 2rem; }
mark { border-radius: .25rem; padding: 0 .15rem; color: inherit; border: 2px solid transparent; }
mark.cluster { border: 2px dashed #b04; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; line-height: 1.5; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: right; vertical-align: top; }
td.latin, th.latin { direction: ltr; text-align: left; }
.swatch { display: inline-block; width: 1em; height: 1em; border-radius: .2rem; vertical-align: middle; }
.swatch.cluster { border: 2px dashed #b04; }
.legend { font-size: .9rem; color: #555; }
"""


def entity_colour(entity_id: str) -> str:
    """A light background colour for an entity, the same on every run.

    >>> entity_colour("qatar") == entity_colour("qatar")
    True
    >>> entity_colour("qatar").startswith("hsl(")
    True
    """
    hue = int(hashlib.sha1(entity_id.encode("utf-8")).hexdigest()[:4], 16) % 360
    return f"hsl({hue}, 85%, 82%)"


def _title(m: Mention) -> str:
    en = f"{m.en} (romanized)" if m.en_romanized else m.en
    return f"{m.id} — {en} [{m.rule}]"


def _body(doc: Document) -> str:
    parts: list[str] = []
    pos = 0
    for m in doc.mentions:
        if m.start < pos:
            continue
        parts.append(escape(doc.text[pos : m.start]))
        cls = ' class="cluster"' if m.id.startswith("~") else ""
        parts.append(
            f'<mark{cls} data-id="{escape(m.id)}" title="{escape(_title(m))}" style="background: {entity_colour(m.id)}">'
            f"{escape(doc.text[m.start:m.end])}</mark>"
        )
        pos = m.end
    parts.append(escape(doc.text[pos:]))
    return "".join(parts)


def render_html(docs: Sequence[Document], out: IO[str], title: str = "translit") -> None:
    """Write the page: every document with its mentions highlighted, then the entity table."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[str, Mention] = {}
    for doc in docs:
        for m in doc.mentions:
            spellings[m.id][m.surface] += 1
            first.setdefault(m.id, m)
    out.write('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n')
    out.write(f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n")
    n_mentions = sum(len(d.mentions) for d in docs)
    out.write(f"<h1>{escape(title)}</h1>\n")
    out.write(f'<p class="legend">{len(docs)} مستند، {n_mentions} إشارة، {len(spellings)} كيان. '
              'مرّر المؤشر فوق الاسم لرؤية المعرّف والاسم الإنجليزي؛ الإطار المتقطع = اسم مكتشف غير موجود في المعجم.</p>\n')
    for doc in docs:
        out.write(f'<h2 dir="auto">{escape(doc.id)}</h2>\n<article dir="rtl">{_body(doc)}</article>\n')
    out.write('<h2>الكيانات</h2>\n<table>\n<thead><tr><th></th><th class="latin">id</th><th class="latin">English</th>'
              "<th>type</th><th>mentions</th><th>spellings</th></tr></thead>\n<tbody>\n")
    order = sorted(spellings, key=lambda i: (i.startswith("~"), -sum(spellings[i].values()), i))
    for entity_id in order:
        m = first[entity_id]
        cluster = entity_id.startswith("~")
        cls = "swatch cluster" if cluster else "swatch"
        en = escape(m.en) + (" <small>(romanized)</small>" if m.en_romanized else "")
        counted = "، ".join(f"{escape(s)} ×{n}" for s, n in sorted(spellings[entity_id].items(), key=lambda kv: (-kv[1], kv[0])))
        out.write(
            f'<tr data-id="{escape(entity_id)}"><td><span class="{cls}" style="background: {entity_colour(entity_id)}"></span></td>'
            f'<td class="latin">{escape(entity_id)}</td><td class="latin">{en}</td><td>{escape(m.type)}</td>'
            f"<td>{sum(spellings[entity_id].values())}</td><td>{counted}</td></tr>\n"
        )
    out.write("</tbody>\n</table>\n</body>\n</html>\n")
