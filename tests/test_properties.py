"""Rules that hold for every input: offsets slice the text, rewriting touches only mentions."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import translit
from translit.output import rewrite
from translit.tokens import QUOTATION_MARKS, tokenize

NORM = translit.Normalizer.load()

# Text built from real names, their spellings with proclitics, common words and noise.
PIECES = [
    "نتنياهو", "بنتنياهو", "لماكجورك", "ماكغورك", "بريت ماكجورك", "وبارنيع", "ديفيد بارنيا", "قطر",
    "القطري", "وحماس", "للدوحة", "الدوحة", "على", "إسرائيــل", "جو بايدن", "بايدن", "تميم بن حمد آل ثاني",
    "الولايات المتحدة", "قال", "في", "،", ".", "\n", " ", "\u200f", "ـ", "ً", "ﻻ", "٢٠٢٣", "abc",
    # quotation marks and the words around them (وكالة «فارس»), a team and a match report
    "«", "»", '"', "“", "”", "{", "}", "وكالة", "«الأناضول»", "لقناة «الجزيرة»", "مهاجم", "روما", "المباراة",
    "الشوط", "الرباط", "الصليبي",
]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=25).map(" ".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_mention_slices_the_original_text_to_its_surface(text: str) -> None:
    for m in NORM.normalize(text).mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_mentions_are_in_order_and_do_not_overlap(text: str) -> None:
    mentions = NORM.normalize(text).mentions
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_text_format_changes_nothing_outside_mentions(text: str) -> None:
    doc = NORM.normalize(text)
    assert_rewrite_touches_only_mentions(text, doc, rewrite(doc))


def assert_rewrite_touches_only_mentions(text: str, doc: translit.Document, out: str) -> None:
    """Walk the original and the rewritten text together: gaps equal, each mention canonical."""
    pos, opos = 0, 0  # positions in the original and in the output
    ends = [m.start for m in doc.mentions[1:]] + [len(text)]
    for m, next_start in zip(doc.mentions, ends):
        gap = text[pos : m.start]
        assert out[opos : opos + len(gap)] == gap
        opos += len(gap)
        after = text[m.end : next_start]
        # the mention became its canonical spelling (without the alef of ال after ل)
        options = [r for r in (m.canonical, m.canonical[1:]) if out.startswith(r + after, opos)]
        assert options, (m, out[opos:])
        opos += len(options[0])
        pos = m.end
    assert out[opos:] == text[pos:]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_normalizing_rewritten_text_again_changes_nothing(text: str) -> None:
    once = rewrite(NORM.normalize(text))
    assert rewrite(NORM.normalize(once)) == once


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_a_tokens_quotation_marks_stand_right_around_it(text: str) -> None:
    previous_end = 0
    for token in tokenize(text):
        assert token.opens in ("", *QUOTATION_MARKS) and token.closes in ("", *QUOTATION_MARKS.values())
        assert token.opens == "" or token.opens in text[previous_end : token.start]  # in the gap before the word
        assert token.closes == "" or text[token.end] == token.closes  # right after the word
        previous_end = token.end


@settings(max_examples=200)
@given(st.text())
def test_arbitrary_unicode_never_raises(text: str) -> None:
    NORM.normalize(text)
    NORM.lookup(text)


# --- arbitrary Unicode (issue 5) -------------------------------------------------------
# Any code point, unpaired surrogates included, glued to real names without spaces, so
# that word boundaries, marks and folding meet what a crawler can produce.
ANY_CHAR = st.characters(codec=None, exclude_categories=[])
wild = st.lists(st.sampled_from(PIECES) | st.text(alphabet=ANY_CHAR, max_size=8) | st.characters(categories=["Cs", "Mn", "Cf"]), max_size=20).map("".join)


def _check_document(text: str) -> None:
    """No exception; offsets slice to surfaces; ``text`` output changes only mentions; idempotent."""
    doc = NORM.normalize(text)
    pos = 0
    for m in doc.mentions:
        assert pos <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface
        pos = m.end
    out = rewrite(doc)
    if not doc.mentions:
        assert out == text
    assert_rewrite_touches_only_mentions(text, doc, out)
    assert rewrite(NORM.normalize(out)) == out


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(wild)
def test_arbitrary_unicode_keeps_every_output_rule(text: str) -> None:
    _check_document(text)
    NORM.lookup(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ANY_CHAR))
def test_folding_any_code_point_is_idempotent(text: str) -> None:
    assert translit.fold(translit.fold(text)) == translit.fold(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(wild, min_size=1, max_size=4))
def test_a_corpus_of_arbitrary_documents_keeps_offsets(texts: list[str]) -> None:
    for text, doc in zip(texts, NORM.normalize_many(texts)):
        assert all(text[m.start : m.end] == m.surface for m in doc.mentions)


@given(st.text(alphabet=ANY_CHAR))
def test_the_key_of_folded_compact_text_is_the_key_of_the_text(text: str) -> None:
    from translit.phonetic import compact, folded_key, key

    assert folded_key(compact(translit.fold(text))) == key(text)
