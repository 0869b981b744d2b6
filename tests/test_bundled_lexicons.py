"""The bundled lexicons: valid, self-consistent, findable, big enough and kept in house style.

Every spelling a bundled entity lists must lead back to it through ``Normalizer.lookup``;
a maintainer who adds a variant that the matcher cannot reach, or that another entity
already owns, finds out here.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

import translit
from translit import build
from translit.index import surname
from translit.phonetic import compact
from translit.lexicon import bundled_paths

LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"
HAND_WRITTEN = ("people.yaml", "organizations.yaml", "places.yaml")
KEY_ORDER = ("id", "type", "en", "ar", "variants", "short", "quoted", "nearby", "wikidata", "note")


@pytest.fixture(scope="module")
def lexicon() -> translit.Lexicon:
    return translit.load_lexicon(strict=True)


@pytest.fixture(scope="module")
def normalizer(lexicon: translit.Lexicon) -> translit.Normalizer:
    return translit.Normalizer(lexicon)


def _by_file(lexicon: translit.Lexicon) -> dict[str, list[translit.Entity]]:
    out: dict[str, list[translit.Entity]] = {}
    for entity in lexicon.entities:
        out.setdefault(Path(entity.source.rpartition(":")[0]).name, []).append(entity)
    return out


# --- (a), (c): valid under strict loading --------------------------------------------


def test_the_bundled_set_loads_strictly(lexicon: translit.Lexicon) -> None:
    """Strict loading is what ``translit lexicon check`` does: any problem raises, and two
    entities whose full forms fold to the same key are an error, not an ambiguity."""
    assert {Path(p).name for p in lexicon.files} >= {*HAND_WRITTEN, "places-generated.yaml"}
    assert not lexicon.conflicts


def test_the_readme_counts_the_bundled_set_as_it_is(lexicon: translit.Lexicon) -> None:
    readme = " ".join((LEXICONS.parent / "README.md").read_text(encoding="utf-8").split())
    found = re.search(
        r"The bundled set: (\d+) people, (\d+) organizations, (\d+) named things of type `other` .*?\), "
        r"(\d+) hand-curated places .*? and (\d+) generated",
        readme,
    )
    assert found, "the README's sentence on the bundled set changed shape"
    files = _by_file(lexicon)
    kinds = Counter(e.type for e in lexicon.entities)
    assert [int(n) for n in found.groups()] == [
        kinds["person"],
        kinds["organization"],
        kinds["other"],
        len(files["places.yaml"]),
        len(files["places-generated.yaml"]),
    ]


def test_lexicon_check_command_passes() -> None:
    from click.testing import CliRunner

    from translit.cli import main

    result = CliRunner().invoke(main, ["lexicon", "check"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ok:")


# --- (b): every listed spelling finds its entity -------------------------------------


def _top(normalizer: translit.Normalizer, form: str) -> list[str]:
    return [c.id for c in normalizer.lookup(form, limit=50)]


def test_every_full_form_looks_up_to_its_entity_first(
    lexicon: translit.Lexicon, normalizer: translit.Normalizer
) -> None:
    misses = []
    for entity in lexicon.entities:
        for form in entity.full_forms:
            ids = _top(normalizer, form)
            if not ids or ids[0] != entity.id:
                misses.append(f"{entity.id}: {form!r} -> {ids[:3]}")
    assert not misses, "\n".join(misses)


def test_every_short_form_looks_up_to_its_entity(
    lexicon: translit.Lexicon, normalizer: translit.Normalizer
) -> None:
    """Listed short forms and the default surnames of people: the entity is among the
    candidates (a short form several entities share lists them all). Not a surname the entity
    lists under ``nearby`` or ``quoted``: it names the person only where the document names
    them, or only in quotation marks (النفطي, "of oil", for Mohamed Ali Nafti)."""
    misses = []
    for entity in lexicon.entities:
        shorts = list(entity.short)
        nearby = {compact(translit.fold(n)) for n in (*entity.nearby, *entity.quoted)}  # عبد الجبار is عبدالجبار
        shorts += [s for f in entity.full_forms if (s := surname(entity, f)) and compact(translit.fold(s)) not in nearby]
        for form in dict.fromkeys(shorts):
            ids = _top(normalizer, form)
            if entity.id not in ids:
                misses.append(f"{entity.id}: {form!r} -> {ids[:3]}")
    assert not misses, "\n".join(misses)


def test_a_spelling_shared_with_another_entity_only_as_a_short_form_keeps_its_owner_first(
    normalizer: translit.Normalizer,
) -> None:
    # طرابلس is Tripoli (Libya) in full and a short form of Tripoli (Lebanon).
    ids = _top(normalizer, "طرابلس")
    assert ids[0] == "tripoli" and "tripoli-lebanon" in ids


def test_a_town_named_like_another_takes_the_bare_name_after_its_full_name(normalizer: translit.Normalizer) -> None:
    text = "غارة على أريحا شمال سوريا. وسقطت الطائرة وسط مدينة أريحا"  # Ariha, Idlib: not Jericho
    assert [m.id for m in normalizer.normalize(text).mentions] == ["ariha", "ariha"]


def test_a_name_in_quotation_marks_is_the_newspaper_and_unquoted_no_link(normalizer: translit.Normalizer) -> None:
    text = "وقال لـ«الشرق الأوسط» إن السلام في الشرق الأوسط بعيد"  # the region is not listed
    assert [m.id for m in normalizer.normalize(text).mentions] == ["asharq-al-awsat"]


def test_a_group_named_by_an_idiom_is_named_in_quotation_marks(normalizer: translit.Normalizer) -> None:
    assert [m.id for m in normalizer.normalize("أعلنت «عرين الأسود» مسؤوليتها").mentions] == ["lions-den"]
    assert not normalizer.normalize("حقق الفريق الفوز في عرين الأسود").mentions  # "the lions' den"


def test_a_company_named_by_an_everyday_word_is_named_in_quotation_marks(normalizer: translit.Normalizer) -> None:
    text = "أعلنت «ميتا» أنها عثرت عليه ميتا"  # Meta, then "dead" (the accusative of ميت)
    assert [m.id for m in normalizer.normalize(text).mentions] == ["meta-platforms"]


def test_no_listed_person_makes_the_preposition_basm_a_given_name(normalizer: translit.Normalizer) -> None:
    # باسم is also "in the name of": a person listed as باسم نعيم made أوباما another person's surname
    assert [m.id for m in normalizer.normalize("وتحدث باسم أوباما المتحدث جوش إرنست").mentions] == ["barack-obama"]


def test_a_headline_quotes_with_curly_brackets(normalizer: translit.Normalizer) -> None:
    assert [m.id for m in normalizer.normalize("الرئيس القبرصي لـ {الشرق الأوسط}: الانقسام").mentions] == ["asharq-al-awsat"]


def test_a_form_that_names_its_entity_only_in_quotation_marks_is_no_look_up(normalizer: translit.Normalizer) -> None:
    assert [c.id for c in normalizer.lookup("الشرق الأوسط")] == []


def test_a_bare_name_two_towns_share_is_the_one_listed_by_it_elsewhere(normalizer: translit.Normalizer) -> None:
    assert [m.id for m in normalizer.normalize("زار أريحا في الضفة الغربية").mentions] == ["jericho", "west-bank"]


@pytest.mark.parametrize(
    ("surname", "entity"),
    [
        ("ترامب", "donald-trump"),
        ("بوتين", "vladimir-putin"),
        ("أوباما", "barack-obama"),
        ("إردوغان", "recep-tayyip-erdogan"),  # Asharq Al-Awsat's spelling, folded onto أردوغان
        ("السيسي", "abdel-fattah-el-sisi"),
        ("خامنئي", "ali-khamenei"),
        ("ميركل", "angela-merkel"),
        ("زيلينسكي", "volodymyr-zelenskyy"),
        ("تسيبراس", "alexis-tsipras"),
        ("القرضاوي", "yusuf-al-qaradawi"),
        ("الشيخ تميم", "tamim-bin-hamad-al-thani"),  # the Emir of Qatar by title and given name
    ],
)
def test_the_surname_of_a_leader_in_the_news_stands_alone_in_running_text(
    normalizer: translit.Normalizer, surname: str, entity: str
) -> None:
    # These surnames are frequent in news (Zipf >= 3.5) because of the one person, not because
    # they are Arabic words: the lexicon lists them under `short` so they need no full name.
    assert [m.id for m in normalizer.normalize(f"وقال {surname} إن").mentions] == [entity]


def test_a_person_known_by_one_name_stands_alone(normalizer: translit.Normalizer) -> None:
    # نيمار is frequent in the news (Zipf 3.78) because of the footballer: listed under `short`.
    assert [m.id for m in normalizer.normalize("وقال نيمار إن").mentions] == ["neymar"]


def test_a_surname_that_is_an_arabic_word_still_needs_the_full_name(normalizer: translit.Normalizer) -> None:
    assert not normalizer.normalize("قال الأسد إن").mentions  # "the lion", and three people named so


def test_a_surname_two_listed_people_share_is_left_to_the_document(normalizer: translit.Normalizer) -> None:
    # هيغل is Hegel and Chuck Hagel: alone it names neither, after one's full name that one.
    assert not normalizer.normalize("لن يموت الشعر كما تنبأ هيغل").mentions
    doc = normalizer.normalize("قال وزير الدفاع تشاك هيغل ثم أضاف هيغل")
    assert [m.id for m in doc.mentions] == ["chuck-hagel", "chuck-hagel"]


def test_a_fathers_or_sons_epithet_is_no_surname(normalizer: translit.Normalizer) -> None:
    doc = normalizer.normalize("زار جورج بوش الأب المدينة، وقال الأب إن الزيارة خاصة")
    assert [m.id for m in doc.mentions] == ["george-h-w-bush"]  # الأب: "the father"


def test_a_regnal_number_is_no_surname(normalizer: translit.Normalizer) -> None:
    doc = normalizer.normalize("استقبل الملك محمد السادس الوفد في اليوم السادس من الزيارة")
    assert [m.id for m in doc.mentions] == ["king-mohammed-vi"]  # اليوم السادس: "the sixth day"


def test_an_abbreviation_written_with_full_stops_is_its_organisation(normalizer: translit.Normalizer) -> None:
    doc = normalizer.normalize("وقال المصدر لوكالة الأنباء الألمانية (د.ب.أ) إن شركة أوبن إيه.آي أطلقت تشات جي.بي.تي")
    assert [(m.surface, m.id) for m in doc.mentions][-3:] == [("د.ب.أ", "dpa"), ("شركة أوبن إيه.آي", "openai"), ("تشات جي.بي.تي", "chatgpt")]


def test_zamalek_is_the_club_in_a_match_report_and_the_district_elsewhere(normalizer: translit.Normalizer) -> None:
    report = normalizer.normalize("وفاز الزمالك في 30 مباراة وسجل لاعب الزمالك هدفا في الشوط الثاني")
    assert {m.id for m in report.mentions} == {"zamalek"}
    travel = normalizer.normalize("مطعم بفندق ماريوت الزمالك التاريخي")
    assert [m.id for m in travel.mentions][-1] == "zamalek-district"


def test_a_dateline_in_digits_is_no_count_of_the_place_after_it(normalizer: translit.Normalizer) -> None:
    assert [m.id for m in normalizer.normalize("2026-02-17 نيويورك (الأمم المتحدة)").mentions][0] == "new-york-city"
    assert not normalizer.normalize("مساحتها 2.2 مليون أكرا").mentions  # acres, not Accra


def test_opec_plus_written_with_the_sign_is_opec_plus(normalizer: translit.Normalizer) -> None:
    [m] = normalizer.normalize("قال وزراء أوبك+، إن الإنتاج سيرتفع").mentions
    assert (m.id, m.surface) == ("opec-plus", "أوبك+")


def test_the_end_of_a_last_name_arabic_writes_as_two_words_is_no_surname(normalizer: translit.Normalizer) -> None:
    # Jinping is written جين بينغ: بينغ alone is a piece of the name, not Xi Jinping.
    assert not normalizer.normalize("قال بينغ إن الشركة").mentions
    # Dlamini-Zuma is written دلاميني زوما: زوما alone is Jacob Zuma's surname only.
    assert [m.id for m in normalizer.normalize("قال الرئيس السابق زوما").mentions] == ["jacob-zuma"]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("ارتفعت الأسهم في أوروبا وآسيا وأفريقيا", ["europe", "asia", "africa"]),
        ("جولة في أميركا اللاتينية ثم في جنوب شرقي آسيا", ["latin-america", "southeast-asia"]),
        ("التوتر في بحر الصين الجنوبي وحول تايوان", ["south-china-sea", "taiwan"]),
        ("مباراة بين إنجلترا واسكتلندا وويلز", ["england", "scotland", "wales"]),
        ("في الموقع الأصلي لشرطة اسكوتلاند يارد", ["scotland-yard"]),  # the police, not Scotland
        ("وحدات حماية شرق كردستان (كردستان إيران)", ["iranian-kurdistan", "iranian-kurdistan"]),
        ("أفاد المرصد السوري لحقوق الإنسان", ["syrian-observatory-for-human-rights"]),
        ("حاكم ولاية تكساس وسيناتور فلوريدا", ["texas", "florida"]),
    ],
)
def test_continents_regions_and_territories_of_the_news_are_listed(
    normalizer: translit.Normalizer, text: str, entities: list[str]
) -> None:
    assert [m.id for m in normalizer.normalize(text).mentions] == entities


def test_a_region_named_after_a_country_is_not_the_country(normalizer: translit.Normalizer) -> None:
    # أميركا alone is the United States; أميركا الجنوبية is a continent, بحر الصين not China.
    doc = normalizer.normalize("من أميركا إلى أميركا الجنوبية عبر بحر الصين الجنوبي")
    assert [m.id for m in doc.mentions] == ["united-states", "south-america", "south-china-sea"]


def test_a_competition_named_after_a_continent_is_the_competition(normalizer: translit.Normalizer) -> None:
    doc = normalizer.normalize("تأهل إلى دوري أبطال أوروبا بعد خسارة نهائي «يوروبا ليغ»")
    assert [m.id for m in doc.mentions] == ["uefa-champions-league", "uefa-europa-league"]


def test_a_club_named_by_a_common_word_needs_a_word_that_says_it_is_the_club(normalizer: translit.Normalizer) -> None:
    doc = normalizer.normalize("أعلن فريق الهلال ونادي الاتحاد عن صفقة")
    assert [m.id for m in doc.mentions] == ["al-hilal", "al-ittihad"]
    assert not normalizer.normalize("ظهر الهلال بعد النصر في الاتحاد").mentions  # crescent, victory, union


def test_the_football_federation_is_not_the_club(normalizer: translit.Normalizer) -> None:
    doc = normalizer.normalize("عاقب الاتحاد السعودي لاعب اتحاد جدة")
    assert [m.id for m in doc.mentions] == ["saudi-arabian-football-federation", "al-ittihad"]


def test_a_national_red_cross_society_is_not_the_icrc(normalizer: translit.Normalizer) -> None:
    doc = normalizer.normalize("تتلقى الرعاية في الصليب الأحمر الأميركي. وزار مندوبو الصليب الأحمر السجن")
    assert [m.id for m in doc.mentions] == ["american-red-cross", "icrc"]


def test_peru_written_with_the_article_stands_alone(normalizer: translit.Normalizer) -> None:
    assert [m.id for m in normalizer.normalize("رحلات إلى البيرو في أميركا الجنوبية").mentions] == ["peru", "south-america"]


def test_a_newspaper_named_after_a_person_is_the_newspaper(normalizer: translit.Normalizer) -> None:
    doc = normalizer.normalize("قالت أريانا هافينغتون إن «هافينغتون بوست» تطلق نسخة عربية. وكتبت هافينغتون")
    assert [m.id for m in doc.mentions] == ["arianna-huffington", "the-huffington-post", "arianna-huffington"]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("هجوم سوسة والقيروان", ["sousse", "kairouan"]),
        ("من مراكش إلى الدار البيضاء", ["marrakesh", "casablanca"]),
        ("مهرجان بريدة للتمور", ["buraydah"]),
        ("معارك مدينة القصير", ["qusayr"]),
        ("على المدى القصير", []),  # "short-term": bare القصير is the adjective
        ("بين نيويورك وجدة", ["new-york-city", "jeddah"]),  # و + جدة, not Oujda (not listed)
        ("زار أكادير وتطوان", ["agadir", "tetouan"]),
        ("مما يجعلني أغادر الحديدة", ["hodeidah"]),  # "I leave", a verb: not Agadir
        ("أن الإمارات لم تتوانَ في دعم", ["united-arab-emirates"]),  # "did not hesitate": not Tétouan
    ],
)
def test_arab_cities_of_the_news_and_the_words_they_are_not(
    normalizer: translit.Normalizer, text: str, entities: list[str]
) -> None:
    assert [m.id for m in normalizer.normalize(text).mentions] == entities


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("وصل الرحالة الأوروبيون إلى كردستان", ["kurdistan"]),  # the land of the Kurds
        ("داخل أراضي كردستان تركيا", ["turkish-kurdistan"]),
        ("وحدات حماية شرق كردستان", ["iranian-kurdistan"]),
        ("نزحوا إلى إقليم كردستان العراق", ["kurdistan-region"]),  # Iraq's autonomous region
        ("في مدينة أربيل عاصمة إقليم كردستان العراق", ["erbil", "kurdistan-region"]),  # a description, no spelling of Erbil
    ],
)
def test_kurdistan_and_its_parts_are_told_apart(normalizer: translit.Normalizer, text: str, entities: list[str]) -> None:
    assert [m.id for m in normalizer.normalize(text).mentions] == entities


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("وصلت السفينة إلى ميناء بربرة في أرض الصومال", ["berbera", "somaliland"]),
        ("وقالت القاضية باربره جافي", []),  # Barbara, a given name before a surname, is no Berbera
        ("سيطرت القوات على جبل الشيخ. وقال الشيخ نعيم قاسم", ["mount-hermon", "naim-qassem"]),
        ("جزيرتي تيران وصنافير", ["tiran-island", "sanafir-island"]),
    ],
)
def test_places_of_the_2024_2025_news(normalizer: translit.Normalizer, text: str, entities: list[str]) -> None:
    assert [m.id for m in normalizer.normalize(text).mentions] == entities


def test_a_surname_after_another_common_given_name_is_that_persons_throughout(normalizer: translit.Normalizer) -> None:
    text = "كتبت عن أستاذها الصحافي بيرنارد ليفين. واختلفت مع ليفين"  # Bernard Levin, not Yariv Levin
    assert [m.id for m in normalizer.normalize(text).mentions] == []
    assert [m.id for m in normalizer.normalize("قال وزير العدل ياريف ليفين إن").mentions] == ["yariv-levin"]


def test_a_club_name_two_countries_share_is_the_one_the_document_names(normalizer: translit.Normalizer) -> None:
    kuwait = "وقع لاعب المنتخب الكويتي ونادي القادسية للشباب. ولا يرتبط بعقد مع ناديه القادسية الكويتي"
    assert [m.id for m in normalizer.normalize(kuwait).mentions] == ["qadsia-sc", "qadsia-sc"]
    saudi = "فاز القادسية السعودي على الفيحاء. وقال مدرب نادي القادسية"
    assert [m.id for m in normalizer.normalize(saudi).mentions][-1] == "al-qadsiah-fc"


def test_junior_ends_a_name_and_is_no_surname(normalizer: translit.Normalizer) -> None:
    assert [c.id for c in normalizer.lookup("جونيور")] == []  # Vinícius Júnior is فينيسيوس
    assert [c.id for c in normalizer.lookup("فينيسيوس")] == ["vinicius-junior"]


def test_the_nile_needs_its_river_word(normalizer: translit.Normalizer) -> None:
    # النيل من is "to undermine": only نهر النيل names the river on its own.
    assert [m.id for m in normalizer.normalize("وصل إلى نهر النيل").mentions] == ["nile"]
    assert not normalizer.normalize("محاولة النيل من سمعة الوزير").mentions


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("أعلن فندق قصر الإمارات في أبوظبي", ["emirates-palace", "abu-dhabi"]),  # a hotel, not the UAE
        ("بحث في جامعة القاهرة", ["cairo-university"]),
        ("قال رئيس هيئة قناة السويس", ["suez-canal-authority"]),
        ("أحد مسؤولي بنك الإمارات دبي الوطني", ["emirates-nbd"]),  # a bank, not two places
        ("يحضر دوري أبطال آسيا", ["afc-champions-league"]),
        ("في نهائي كأس إيطاليا", ["coppa-italia"]),  # a competition, not the country
        ("قاد ساحل العاج إلى لقب كأس أمم أفريقيا", ["ivory-coast", "africa-cup-of-nations"]),
        ("وصل إلى دور ربع النهائي في كأس الخليج للأندية", ["gcc-champions-league"]),
        ("وقال رئيس مركز الشارقة الإعلامي", ["sharjah-media-centre"]),
        ("ويجري النظر إلى نصب «بوابة الهند»", ["gateway-of-india"]),
        ("تهدد مطار رفيق الحريري الدولي", ["beirut-rafic-hariri-international-airport"]),  # not the person
        ("في جزر بحيرة تشاد", ["lake-chad"]),
        ("مدينة صغيرة في مصر الجديدة", ["heliopolis"]),  # a district of Cairo
        ("قصف مطار الملك عبد العزيز الدولي", ["king-abdulaziz-international-airport"]),  # not Ibn Saud
    ],
)
def test_a_longer_name_of_another_entity_is_that_entity(normalizer: translit.Normalizer, text: str, entities: list[str]) -> None:
    assert [m.id for m in normalizer.normalize(text).mentions] == entities


def test_a_persons_common_word_links_where_the_document_names_him(normalizer: translit.Normalizer) -> None:
    yemen = "وقال علي عبد الله صالح إن قواته صامدة. وتقدمت ميليشيات الحوثي وصالح نحو عدن"
    assert [m.id for m in normalizer.normalize(yemen).mentions] == ["ali-abdullah-saleh", "houthis", "ali-abdullah-saleh", "aden"]
    assert [m.id for m in normalizer.normalize("وهذا صالح للاستخدام").mentions] == []  # "valid"


def test_a_relative_who_lists_the_family_name_nearby_leaves_it_to_the_famous_one(normalizer: translit.Normalizer) -> None:
    assert [c.id for c in normalizer.lookup("حفتر")] == ["khalifa-haftar"]
    assert [m.id for m in normalizer.normalize("وصل صدام حفتر إلى القاهرة. وقال حفتر إن").mentions] == ["saddam-haftar", "cairo", "saddam-haftar"]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("قال الرئيس اللبناني جوزاف عون إن الجيش جاهز. والتقى الرئيس عون السفراء", ["joseph-aoun", "joseph-aoun"]),
        ("انتخب ميشال عون رئيسا في 2016. وقال عون إن", ["michel-aoun", "michel-aoun"]),  # the one the document names
        ("دعا رئيس مجلس النواب نبيه بري إلى الحوار. وقال بري إن", ["nabih-berri", "nabih-berri"]),
        ("وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن القصف اشتد. وأوضح عبد الرحمن أن", ["syrian-observatory-for-human-rights", "rami-abdulrahman", "rami-abdulrahman"]),
        ("طلبت الوكالة عون المانحين. وقال بري إن المحصول وفير", []),  # "aid"; "wild", and no full name
    ],
)
def test_a_surname_of_three_letters_or_a_common_word_links_where_the_document_names_its_person(normalizer: translit.Normalizer, text: str, entities: list[str]) -> None:
    assert [m.id for m in normalizer.normalize(text).mentions] == entities


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("قاعة «الإخوان» في المقر", ["muslim-brotherhood"]),
        ("واعتبر الإخوان أن ذلك خطأ", []),  # "the brothers" unquoted
        ("حظرت مصر جماعة الإخوان المسلمين. وأعلنت الحكومة الإخوان تنظيما إرهابيا", ["egypt", "muslim-brotherhood", "muslim-brotherhood"]),
        ("فاز مانشستر يونايتد أمس. وانتزع يونايتد فوزا", ["manchester-united", "manchester-united"]),
        ("وانتزع يونايتد فوزا", []),  # named nowhere else in the document
        ("تحرير عدن من الميليشيات الحوثية", ["aden", "houthis"]),
        ("وقال ابن كيران إن الحكومة", ["abdelilah-benkirane"]),
        ("في وقت لاحق قالت إليزابيث", []),  # the name after a royal title is no surname
        ("قبل زيارة فابيوس، اتصل هولاند بروحاني", ["laurent-fabius", "francois-hollande"]),  # روحاني alone: "spiritual"
    ],
)
def test_spellings_of_the_2015_news_are_listed(normalizer: translit.Normalizer, text: str, entities: list[str]) -> None:
    assert [m.id for m in normalizer.normalize(text).mentions] == entities


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("بالتباحث مع حكومة أفريقيا الوسطى", ["central-african-republic"]),  # not Africa
        ("* غواتيمالا سيتي - «الشرق الأوسط»", ["guatemala-city", "asharq-al-awsat"]),  # not Guatemala
        ("في المعرض الدولي للسيارات في شمال أميركا", ["north-america"]),  # not the United States
        ("كي لا تتكرر تجربة البوسنة", ["bosnia-and-herzegovina"]),
        ("في مباراة ودية أمام الجابون", ["gabon"]),  # Egypt's g, not Damascus's Qaboun (القابون)
        ("وأكد والي ولاية الجزائر أن", ["algiers"]),  # the wilaya of Algiers, not the country
        ("المنتخب يواجه نيوكاليدونيا في الملحق", ["new-caledonia"]),
    ],
)
def test_short_names_of_countries_and_cities_in_the_news(normalizer: translit.Normalizer, text: str, entities: list[str]) -> None:
    assert [m.id for m in normalizer.normalize(text).mentions] == entities


def test_the_generated_places_are_up_to_date() -> None:
    pytest.importorskip("babel")
    text, _ = build.build_places(LEXICONS)
    assert text == (LEXICONS / "places-generated.yaml").read_text("utf-8"), "run python -m translit.build places"


# --- (d): the counts issue 3 asks for ---------------------------------------------------


def test_counts_meet_the_targets(lexicon: translit.Lexicon) -> None:
    types = Counter(e.type for e in lexicon.entities)
    assert types["person"] >= 300
    assert types["organization"] >= 150
    files = _by_file(lexicon)
    assert len(files["places.yaml"]) >= 200
    states = set(build.COUNTRY_WIKIDATA.values())
    assert len(build.UN_MEMBERS) + len(build.UN_OBSERVERS) == 195
    assert sum(1 for e in lexicon.entities if e.type == "place" and e.wikidata in states) >= 192


def test_every_un_state_is_in_the_bundled_set(lexicon: translit.Lexicon) -> None:
    have = {e.wikidata for e in lexicon.entities if e.type == "place"}
    missing = sorted(code for code, q in build.COUNTRY_WIKIDATA.items() if q not in have)
    assert not missing


def test_hand_written_places_do_not_repeat_generated_ids() -> None:
    generated = {e["id"] for e in yaml.safe_load((LEXICONS / "places-generated.yaml").read_text("utf-8"))["entities"]}
    hand = {e["id"] for e in yaml.safe_load((LEXICONS / "places.yaml").read_text("utf-8"))["entities"]}
    assert not generated & hand


# --- (e): house style -----------------------------------------------------------------


@pytest.mark.parametrize("name", [*HAND_WRITTEN, "places-generated.yaml"])
def test_file_format(name: str) -> None:
    text = (LEXICONS / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[0] == "# yaml-language-server: $schema=schema.json"
    header = text.split("\nentities:\n", 1)[0].rstrip("\n")
    assert all(line.startswith("#") for line in header.split("\n")), "header must be a comment block"
    assert "schema.json" in header and len(header.split("\n")) >= 3
    assert text.endswith("\n") and not text.endswith("\n\n")
    body = text.split("\nentities:\n", 1)[1]
    entries = body.rstrip("\n").split("\n\n")
    ids = []
    for entry in entries:
        assert entry.startswith("  - id: "), f"{name}: entries are separated by exactly one blank line: {entry[:60]!r}"
        assert "\n\n" not in entry and not entry.startswith("\n")
        keys = [m.group(1) for m in re.finditer(r"^(?:  - |    )([a-z]+):", entry, re.M)]
        assert keys == [k for k in KEY_ORDER if k in keys], f"{name}: key order in {keys[0]}"
        for line in entry.split("\n"):
            if line.startswith(("    variants:", "    short:")):
                assert line.split(": ", 1)[1].startswith("["), f"{name}: flow list expected: {line}"
        ids.append(entry.split("\n", 1)[0].removeprefix("  - id: ").strip())
    assert ids == sorted(ids), f"{name}: entries must be sorted by id"
    assert len(ids) == len(set(ids))
    assert len(ids) == len(yaml.safe_load(text)["entities"])


def test_bundled_paths_are_the_files_checked_here() -> None:
    names = {p.name for p in bundled_paths()}
    assert names >= {*HAND_WRITTEN, "places-generated.yaml"}


# --- (4): the JSON Schema ---------------------------------------------------------------


@pytest.fixture(scope="module")
def schema_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((LEXICONS / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", sorted(LEXICONS.glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_files_validate_against_the_schema(schema_validator, path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in schema_validator.iter_errors(data)]
    assert not errors, "\n".join(errors[:20])


GOOD_ENTITY = {"id": "joe-biden", "type": "person", "en": "Joe Biden", "ar": "جو بايدن",
               "variants": ["جوزيف بايدن"], "short": ["بايدن"], "wikidata": "Q6279", "note": "x"}


@pytest.mark.parametrize(
    ("change", "valid"),
    [
        ({}, True),
        ({"ar": "Joe Biden"}, False),  # Latin canonical spelling
        ({"ar": "جو Biden"}, False),  # mixed scripts
        ({"variants": ["Biden"]}, False),
        ({"short": ["بايدنx"]}, False),
        ({"ar": "12"}, False),  # no Arabic letter at all
        ({"id": "Joe Biden"}, False),
        ({"type": "politician"}, False),
        ({"en": ""}, False),
        ({"wikidata": "Q06279"}, False),
        ({"nickname": "Joe"}, False),  # additionalProperties
        ({"ar": "فرانس 24"}, True),  # digits are not Latin letters
    ],
)
def test_the_schema_itself_rejects_what_the_loader_rejects(schema_validator, change: dict, valid: bool) -> None:
    entity = {**GOOD_ENTITY, **change}
    assert schema_validator.is_valid({"entities": [entity]}) is valid
    missing = {k: v for k, v in GOOD_ENTITY.items() if k != "ar"}
    assert not schema_validator.is_valid({"entities": [missing]})
    assert not schema_validator.is_valid({"people": []})
