"""Place designators (مدينة، ولاية، محافظة، مخيم ...) and epithets (المكرمة، المقدسة ...):
written or left out, the same place."""

from __future__ import annotations

import pytest

import translit
from tests.conftest import normalizer_for
from translit.designators import bare_name, bare_name_words
from translit.index import undesignated
from translit.lexicon import Entity

LEXICON = """\
entities:
  - {id: gabes, type: place, en: Gabès, ar: ولاية قابس}
  - {id: bureij-camp, type: place, en: Bureij Camp, ar: مخيم البريج}
  - {id: homs, type: place, en: Homs, ar: حمص}
  - {id: gaza-city, type: place, en: Gaza City, ar: مدينة غزة}
  - {id: gaza-strip, type: place, en: Gaza Strip, ar: قطاع غزة, variants: [غزة]}
  - {id: al-alam, type: place, en: Al-Alam, ar: ناحية العلم}
  - {id: karbala, type: place, en: Karbala, ar: كربلاء المقدسة}
  - {id: mecca, type: place, en: Mecca, ar: مكة}
  - {id: gibraltar, type: place, en: Gibraltar, ar: جبل طارق}
  - {id: tariq, type: person, en: Tariq, ar: طارق}
"""


@pytest.fixture(scope="module")
def norm(tmp_path_factory) -> translit.Normalizer:
    return normalizer_for(LEXICON, tmp_path_factory.mktemp("lex"))


def _ids(doc: translit.Document) -> list[tuple[str, str]]:
    return [(m.surface, m.id) for m in doc.mentions]


def test_designator_is_read_off_a_folded_name():
    assert bare_name("محافظة الفيوم", "محافظه الفيوم") == "الفيوم"


def test_landform_words_are_part_of_the_name():
    assert bare_name("جبل طارق", "جبل طارق") is None


def test_a_designator_alone_is_no_name():
    assert bare_name("مدينة", "مدينه") is None


def test_epithet_is_read_off_a_folded_name():
    assert bare_name_words(["النجف", "الاشرف"]) == (0, 1)


def test_designator_and_epithet_are_both_read_off():
    assert bare_name_words(["مدينه", "مكه", "المكرمه"]) == (1, 2)


def test_place_listed_with_designator_is_found_without_it(norm):
    assert [c.id for c in norm.lookup("قابس")] == ["gabes"]


def test_place_listed_with_designator_is_found_without_it_in_text(norm):
    assert _ids(norm.normalize("وصل الوفد إلى قابس أمس")) == [("قابس", "gabes")]


def test_article_name_listed_with_designator_is_found_without_it(norm):
    assert _ids(norm.normalize("نزح سكان البريج")) == [("البريج", "bureij-camp")]


def test_lookup_reads_off_a_designator_the_lexicon_does_not_list(norm):
    [best] = norm.lookup("مدينة حمص")
    assert (best.id, best.rule) == ("homs", "designator")


def test_designator_lookup_costs_more_than_an_exact_match(norm):
    [best] = norm.lookup("مدينة حمص")
    assert best.cost > 0 and best.score < 1


def test_name_without_designator_never_takes_another_entitys_spelling(norm):
    assert [c.id for c in norm.lookup("غزة")] == ["gaza-strip"]


def test_spelling_with_designator_keeps_its_own_entity(norm):
    assert [c.id for c in norm.lookup("مدينة غزة")][0] == "gaza-city"


def test_common_word_left_without_designator_is_no_name(norm):
    assert _ids(norm.normalize("رفع العلم فوق المبنى")) == []


def test_common_word_left_without_designator_links_next_to_the_full_name(norm):
    doc = norm.normalize("وصلنا إلى ناحية العلم، وفي العلم التقينا الأهالي")
    assert [(m.surface, m.id, m.rule) for m in doc.mentions][-1] == ("العلم", "al-alam", "coreference")


def test_common_word_left_without_designator_is_found_by_lookup(norm):
    assert [c.id for c in norm.lookup("العلم")] == ["al-alam"]


def test_place_listed_with_epithet_is_found_without_it(norm):
    assert [c.id for c in norm.lookup("كربلاء")] == ["karbala"]


def test_frequent_word_left_without_epithet_links_next_to_the_full_name(norm):
    doc = norm.normalize("وصل الزوار إلى كربلاء المقدسة، وفي كربلاء أقاموا")
    assert [(m.surface, m.id) for m in doc.mentions] == [("كربلاء المقدسة", "karbala"), ("كربلاء", "karbala")]


def test_lookup_reads_off_an_epithet_the_lexicon_does_not_list(norm):
    [best] = norm.lookup("مكة المكرمة")
    assert (best.id, best.rule) == ("mecca", "designator")


def test_landform_word_is_not_read_off(norm):
    assert [c.id for c in norm.lookup("طارق")] == ["tariq"]


def test_only_places_lose_a_designator():
    person = Entity("madina-qabus", "person", "Madina Qabus", "مدينة قابوس")
    assert undesignated(person, "مدينة قابوس", {}) is None
