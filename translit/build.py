"""Build the generated parts of the bundled lexicons.

Usage::

    python -m translit.build places [--lexicons DIR] [--check]

``places`` writes ``lexicons/places-generated.yaml``: one entry per UN member state and
observer state (Holy See, Palestine), one per capital city, one per other territory the news
names (Taiwan, Kosovo, Western Sahara, Greenland ...) and one per world region (continents and
UN M49 regions such as Latin America or Southeast Asia). Names come from CLDR through the
``babel`` package (``Locale('en').territories``, ``Locale('ar').territories``, which cover
regions too); capitals come from the table in this module, because CLDR has no capital-city
data.

The output is deterministic: the same babel version and the same hand-written lexicons give
the same file, byte for byte. Hand-written lexicons win: an entity whose id is already defined
in another file of the directory is skipped, and a generated full form that folds to a full
form of a hand-written entity is dropped (if that is the canonical ``ar``, the entity is
skipped and reported). ``--check`` exits 1 when the file on disk differs from what would be
written, without writing it.

Add spellings to the tables below (``COUNTRY_EXTRA``, ``CAPITALS``) or, for one-off additions,
define the entity by hand in ``places.yaml``; never edit the generated file.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

GENERATED_NAME = "places-generated.yaml"
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "lexicons"

# --------------------------------------------------------------------------------------------
# Which territories are generated.

#: The 193 UN member states (ISO 3166-1 alpha-2).
UN_MEMBERS: tuple[str, ...] = tuple(
    """
    AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ
    CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ
    FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP
    KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML
    MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY
    QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM
    TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
    """.split()
)

#: UN General Assembly non-member observer states.
UN_OBSERVERS: tuple[str, ...] = ("PS", "VA")

#: Territories that are no UN state but that the news names as places of their own (CLDR
#: territory codes). Hong Kong is written by hand in places.yaml.
TERRITORIES: tuple[str, ...] = tuple(
    """
    AQ BM CW EH FK FO GF GI GL GU IC KY MO NC PF PR RE TW XK YT
    """.split()
)

#: World regions (UN M49 codes, which CLDR names too) the news names: continents and the
#: regions of them named in the news. Left out: Middle Africa (وسط أفريقيا; أفريقيا الوسطى
#: is the Central African Republic), Southern Africa (أفريقيا الجنوبية, too close to جنوب
#: أفريقيا, South Africa), Western Asia (the news says the Middle East) and the world (العالم).
REGIONS: tuple[str, ...] = tuple(
    """
    002 003 005 009 011 013 014 015 019 029 030 034 035 039 142 143 150 151 154 155 202 419
    """.split()
)

# --------------------------------------------------------------------------------------------
# Corrections to CLDR. CLDR's names are display names for menus; news text uses others.

#: English names where CLDR's short display name is not the usual English name.
EN_OVERRIDES: dict[str, str] = {
    "AG": "Antigua and Barbuda",
    "BA": "Bosnia and Herzegovina",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Côte d'Ivoire",
    "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia",
    "MM": "Myanmar",
    "PS": "Palestine",
    "ST": "São Tomé and Príncipe",
    "TR": "Turkey",
    "TT": "Trinidad and Tobago",
    "VC": "Saint Vincent and the Grenadines",
    "MO": "Macau",
    "RE": "Réunion",
    "030": "East Asia",
    "034": "South Asia",
    "011": "West Africa",
    "014": "East Africa",
    "015": "North Africa",
}

#: Ids where the slug of the English name is not the most readable choice.
ID_OVERRIDES: dict[str, str] = {
    "CD": "dr-congo",
    "CG": "republic-of-the-congo",
    "CI": "ivory-coast",
    "ST": "sao-tome-and-principe",
    "VA": "vatican-city",
}

#: Arabic names where CLDR's form is not the one Arabic news uses; CLDR's own form is then
#: kept as a variant when it is a clean name.
AR_OVERRIDES: dict[str, str] = {
    "CD": "جمهورية الكونغو الديمقراطية",
    "CG": "جمهورية الكونغو",
    "MM": "ميانمار",
    "OM": "سلطنة عمان",
    "ML": "جمهورية مالي",
    "PS": "فلسطين",
    "TL": "تيمور الشرقية",
    "MO": "ماكاو",
}

#: Countries whose CLDR Arabic name is not kept as a variant, with the reason.
CLDR_NOT_A_VARIANT: dict[str, str] = {
    "ML": "مالي is also the adjective 'financial' (الاتحاد المالي)",
    "OM": "عُمان folds to عمان, the full form of Amman (amman): listed as a short form, its damma tells it apart",
}

#: Extra Arabic variants and short forms that Arabic media use, by ISO code (or UN M49 code, for
#: a region).
COUNTRY_EXTRA: dict[str, dict[str, list[str]]] = {
    "AE": {"variants": ["الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة"]},
    "AO": {"variants": ["أنجولا"]},
    "BA": {"variants": ["البوسنة"]},  # the usual short name in the news
    "BD": {"variants": ["بنجلاديش", "بنغلادش"]},
    "BF": {"variants": ["بوركينافاسو"], "short": ["بوركينا"]},  # written solid as often as in two words
    "BH": {"variants": ["مملكة البحرين"]},
    "BN": {"variants": ["بروناي دار السلام"]},  # the official name, in ASEAN reports
    # Amman is listed عَمّان: text that marks the damma (عُمان) names Oman, bare عمان Amman.
    "OM": {"short": ["عُمان"]},
    # مالي is also the adjective "financial": bare, it names Mali next to the country's other
    # names, in a list of places or after a preposition (translit.context).
    "ML": {"nearby": ["مالي"]},
    "BY": {"variants": ["روسيا البيضاء", "بيلاروسيا"]},
    "CD": {"variants": ["الكونغو الديمقراطية", "الكونغو الديموقراطية", "الكونغو كينشاسا", "جمهورية الكونغو الديموقراطية"],
           "short": ["الكونغو"]},
    "CF": {"variants": ["أفريقيا الوسطى"]},  # حكومة أفريقيا الوسطى: the republic, not the region
    "CG": {"variants": ["الكونغو برازافيل"], "short": ["الكونغو"]},
    "CI": {"variants": ["كوت ديفوار"]},  # the French name, as common as ساحل العاج in sports news
    "CN": {"variants": ["جمهورية الصين الشعبية"]},
    "CR": {"variants": ["كوستا ريكا"]},
    "CV": {"variants": ["كاب فيردي", "جزر الرأس الأخضر"]},
    "CZ": {"variants": ["جمهورية التشيك", "تشيكيا"]},
    "DK": {"variants": ["الدنمارك"]},
    "DZ": {"variants": ["الجمهورية الجزائرية"]},
    "EC": {"variants": ["إكوادور"]},  # without the article, as often as with it
    "EG": {"variants": ["جمهورية مصر العربية"]},
    "ES": {"variants": ["المملكة الإسبانية"]},
    "GA": {"variants": ["الجابون"]},  # Egyptian spelling (g as ج); fuzzily also Qaboun's القابون
    "GB": {"variants": ["بريطانيا", "بريطانيا العظمى"]},
    "GM": {"variants": ["جامبيا"]},
    "HU": {"variants": ["المجر", "هنجاريا"]},
    "IQ": {"variants": ["جمهورية العراق"]},
    "IR": {"variants": ["الجمهورية الإسلامية الإيرانية", "الجمهورية الإسلامية في إيران"]},
    "JO": {"variants": ["المملكة الأردنية الهاشمية", "المملكة الهاشمية"]},
    "KG": {"variants": ["قرغيزستان", "قرغيزيا"]},  # with ق, as in TASS and Sputnik Arabic
    "KM": {"variants": ["جمهورية القمر المتحدة"]},
    "KP": {"variants": ["جمهورية كوريا الديمقراطية الشعبية", "جمهورية كوريا الشعبية الديمقراطية"]},  # the official name, in UN and Gulf agency reports
    "KR": {"variants": ["جمهورية كوريا"]},  # South Korea's official name; the North's is longer and matches first
    "KW": {"variants": ["دولة الكويت"]},
    "LB": {"variants": ["الجمهورية اللبنانية"]},
    "LK": {"variants": ["سري لانكا"]},
    "LU": {"variants": ["لوكسمبورج"]},
    "LY": {"variants": ["دولة ليبيا"]},
    "MA": {"variants": ["المملكة المغربية"]},
    "ME": {"variants": ["مونتينيغرو", "مونتينيجرو", "مونتنيجرو"]},  # the borrowed name beside الجبل الأسود
    "MK": {"variants": ["مقدونيا"]},
    "MM": {"variants": ["بورما"]},
    "MR": {"variants": ["الجمهورية الإسلامية الموريتانية"]},
    "MV": {"variants": ["المالديف"]},
    "NC": {"variants": ["نيوكاليدونيا", "نيو كاليدونيا"]},  # the French name transliterated, solid or spaced
    "NI": {"variants": ["نيكاراجوا"]},
    "NZ": {"variants": ["نيوزلندا"]},
    "PH": {"variants": ["الفيليبين", "الفليبين"]},
    "PE": {"short": ["البيرو"]},  # Peru is often written with the article, which reads as an everyday noun to the toggle test
    "PS": {"variants": ["دولة فلسطين"]},
    "PY": {"variants": ["الباراغواي", "باراجواي"]},
    "RU": {"variants": ["روسيا الاتحادية", "الاتحاد الروسي"]},
    "SA": {"variants": ["السعودية", "العربية السعودية", "المملكة السعودية"]},
    "SD": {"variants": ["جمهورية السودان"]},
    "SS": {"variants": ["دولة جنوب السودان"]},
    "SY": {"variants": ["سورية", "الجمهورية العربية السورية"]},
    "SZ": {"variants": ["سوازيلاند"]},
    "TG": {"variants": ["توجو"]},
    "TH": {"variants": ["تايلند"]},
    "TL": {"variants": ["تيمور ليشتي"]},
    "TN": {"variants": ["الجمهورية التونسية"]},
    "TR": {"variants": ["الجمهورية التركية"]},
    "UG": {"variants": ["أوجندا"]},
    "UY": {"variants": ["الأوروغواي", "أوروغواي", "أوروجواي"]},
    "VA": {"variants": ["دولة الفاتيكان", "دولة مدينة الفاتيكان", "الكرسي الرسولي"]},
    "YE": {"variants": ["الجمهورية اليمنية"]},
    # Territories.
    "AQ": {"variants": ["القارة القطبية الجنوبية", "أنتاركتيكا"]},
    "GL": {"variants": ["جرينلاند"]},
    "PR": {"variants": ["بورتو ريكو"]},
    "RE": {"variants": ["ريونيون", "لا ريونيون", "لاريونيون"]},
    # Regions: Asharq Al-Awsat and others write أميركا; a cardinal point is also written as an
    # adjective (شرقي آسيا) or after the name (آسيا الوسطى); Arabic declines the dual.
    "002": {"variants": ["القارة الأفريقية"]},
    "003": {"variants": ["أميركا الشمالية", "شمال أميركا"]},
    "005": {"variants": ["أميركا الجنوبية"]},
    "013": {"variants": ["أميركا الوسطى"]},
    "019": {"variants": ["الأمريكتين", "الأميركتان", "الأميركتين"]},
    "029": {"variants": ["منطقة الكاريبي", "منطقة البحر الكاريبي"]},
    "030": {"variants": ["شرقي آسيا"]},
    "034": {"variants": ["جنوبي آسيا"]},
    "035": {"variants": ["جنوب شرقي آسيا"]},
    "039": {"variants": ["جنوبي أوروبا"]},
    "011": {"variants": ["غربي أفريقيا"]},
    "014": {"variants": ["شرقي أفريقيا"]},
    "015": {"variants": ["شمالي أفريقيا"]},
    "142": {"variants": ["القارة الآسيوية"]},
    "143": {"variants": ["آسيا الوسطى"]},
    "150": {"variants": ["أوربا", "القارة الأوروبية"]},
    "151": {"variants": ["أوروبا الشرقية", "شرقي أوروبا"]},
    "154": {"variants": ["شمالي أوروبا"]},
    "155": {"variants": ["أوروبا الغربية", "غربي أوروبا"]},
    "202": {"variants": ["أفريقيا جنوب الصحراء"]},
    "419": {"variants": ["أميركا اللاتينية"]},
}

#: Notes for countries, territories and regions whose entry needs one (the others get one by kind).
COUNTRY_NOTES: dict[str, str] = {
    "ML": "Bare مالي (also 'financial') is listed under nearby: it names Mali in a list of places, after a preposition or next to the full name",
    "OM": "Bare عمان is Amman's; عُمان, with its damma, is Oman (a fatha marks Amman's عَمّان)",
    "PS": "UN non-member observer state",
    "VA": "Holy See; UN non-member observer state",
    "AQ": "Continent; CLDR lists it among territories",
    "GI": "The Strait of Gibraltar is its own entry (مضيق جبل طارق)",
}

#: Wikidata items of the countries, by ISO code.
COUNTRY_WIKIDATA: dict[str, str] = {
    "AD": "Q228", "AE": "Q878", "AF": "Q889", "AG": "Q781", "AL": "Q222", "AM": "Q399",
    "AO": "Q916", "AR": "Q414", "AT": "Q40", "AU": "Q408", "AZ": "Q227", "BA": "Q225",
    "BB": "Q244", "BD": "Q902", "BE": "Q31", "BF": "Q965", "BG": "Q219", "BH": "Q398",
    "BI": "Q967", "BJ": "Q962", "BN": "Q921", "BO": "Q750", "BR": "Q155", "BS": "Q778",
    "BT": "Q917", "BW": "Q963", "BY": "Q184", "BZ": "Q242", "CA": "Q16", "CD": "Q974",
    "CF": "Q929", "CG": "Q971", "CH": "Q39", "CI": "Q1008", "CL": "Q298", "CM": "Q1009",
    "CN": "Q148", "CO": "Q739", "CR": "Q800", "CU": "Q241", "CV": "Q1011", "CY": "Q229",
    "CZ": "Q213", "DE": "Q183", "DJ": "Q977", "DK": "Q35", "DM": "Q784", "DO": "Q786",
    "DZ": "Q262", "EC": "Q736", "EE": "Q191", "EG": "Q79", "ER": "Q986", "ES": "Q29",
    "ET": "Q115", "FI": "Q33", "FJ": "Q712", "FM": "Q702", "FR": "Q142", "GA": "Q1000",
    "GB": "Q145", "GD": "Q769", "GE": "Q230", "GH": "Q117", "GM": "Q1005", "GN": "Q1006",
    "GQ": "Q983", "GR": "Q41", "GT": "Q774", "GW": "Q1007", "GY": "Q734", "HN": "Q783",
    "HR": "Q224", "HT": "Q790", "HU": "Q28", "ID": "Q252", "IE": "Q27", "IL": "Q801",
    "IN": "Q668", "IQ": "Q796", "IR": "Q794", "IS": "Q189", "IT": "Q38", "JM": "Q766",
    "JO": "Q810", "JP": "Q17", "KE": "Q114", "KG": "Q813", "KH": "Q424", "KI": "Q710",
    "KM": "Q970", "KN": "Q763", "KP": "Q423", "KR": "Q884", "KW": "Q817", "KZ": "Q232",
    "LA": "Q819", "LB": "Q822", "LC": "Q760", "LI": "Q347", "LK": "Q854", "LR": "Q1014",
    "LS": "Q1013", "LT": "Q37", "LU": "Q32", "LV": "Q211", "LY": "Q1016", "MA": "Q1028",
    "MC": "Q235", "MD": "Q217", "ME": "Q236", "MG": "Q1019", "MH": "Q709", "MK": "Q221",
    "ML": "Q912", "MM": "Q836", "MN": "Q711", "MR": "Q1025", "MT": "Q233", "MU": "Q1027",
    "MV": "Q826", "MW": "Q1020", "MX": "Q96", "MY": "Q833", "MZ": "Q1029", "NA": "Q1030",
    "NE": "Q1032", "NG": "Q1033", "NI": "Q811", "NL": "Q55", "NO": "Q20", "NP": "Q837",
    "NR": "Q697", "NZ": "Q664", "OM": "Q842", "PA": "Q804", "PE": "Q419", "PG": "Q691",
    "PH": "Q928", "PK": "Q843", "PL": "Q36", "PS": "Q219060", "PT": "Q45", "PW": "Q695",
    "PY": "Q733", "QA": "Q846", "RO": "Q218", "RS": "Q403", "RU": "Q159", "RW": "Q1037",
    "SA": "Q851", "SB": "Q685", "SC": "Q1042", "SD": "Q1049", "SE": "Q34", "SG": "Q334",
    "SI": "Q215", "SK": "Q214", "SL": "Q1044", "SM": "Q238", "SN": "Q1041", "SO": "Q1045",
    "SR": "Q730", "SS": "Q958", "ST": "Q1039", "SV": "Q792", "SY": "Q858", "SZ": "Q1050",
    "TD": "Q657", "TG": "Q945", "TH": "Q869", "TJ": "Q863", "TL": "Q574", "TM": "Q874",
    "TN": "Q948", "TO": "Q678", "TR": "Q43", "TT": "Q754", "TV": "Q672", "TZ": "Q924",
    "UA": "Q212", "UG": "Q1036", "US": "Q30", "UY": "Q77", "UZ": "Q265", "VA": "Q237",
    "VC": "Q757", "VE": "Q717", "VN": "Q881", "VU": "Q686", "WS": "Q683", "YE": "Q805",
    "ZA": "Q258", "ZM": "Q953", "ZW": "Q954",
}

#: Wikidata items of the other territories and of the regions whose item is certain.
OTHER_WIKIDATA: dict[str, str] = {
    "AQ": "Q51", "BM": "Q23635", "CW": "Q25279", "EH": "Q6250", "FK": "Q9648", "FO": "Q4628",
    "GF": "Q3769", "GI": "Q1410", "GL": "Q223", "GU": "Q16635", "IC": "Q5813", "KY": "Q5785",
    "MO": "Q14773", "NC": "Q33788", "PF": "Q30971", "PR": "Q1183", "RE": "Q17070", "TW": "Q865",
    "XK": "Q1246", "YT": "Q17063",
    "002": "Q15", "003": "Q49", "005": "Q18", "013": "Q27611", "019": "Q828", "142": "Q48",
    "150": "Q46", "419": "Q12585",
}


# --------------------------------------------------------------------------------------------
# Capitals (hand-written: CLDR has none).


@dataclass(frozen=True)
class Capital:
    en: str
    ar: str
    variants: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    id: str | None = None  # default: slug of en
    wikidata: str | None = None
    note: str | None = None  # default: "Capital of <country>"


def _c(en: str, ar: str, *variants: str, **kw) -> Capital:
    return Capital(en, ar, tuple(variants), **kw)


#: ISO code -> capital(s). Where a country has several capitals (constitutional / seat of
#: government) each is listed with a note. City-states whose capital has the country's own
#: name (Monaco, Singapore, Vatican City) have none; Israel's and Palestine's (Jerusalem) and
#: Qatar's (Doha) are defined by hand in places.yaml and skipped here.
CAPITALS: dict[str, tuple[Capital, ...]] = {
    "AD": (_c("Andorra la Vella", "أندورا لا فيلا"),),
    "AE": (_c("Abu Dhabi", "أبوظبي", "أبو ظبي", wikidata="Q1519"),),
    "AF": (_c("Kabul", "كابل", "كابول"),),  # كابول: as often in the news
    "AG": (_c("Saint John's", "سانت جونز", id="saint-johns"),),
    "AL": (_c("Tirana", "تيرانا"),),
    "AM": (_c("Yerevan", "يريفان"),),
    "AO": (_c("Luanda", "لواندا"),),
    "AR": (_c("Buenos Aires", "بوينس آيرس", "بوينس أيرس", "بوينوس آيرس", "بوينس آيريس"),),
    "AT": (_c("Vienna", "فيينا", wikidata="Q1741"),),
    "AU": (_c("Canberra", "كانبرا"),),
    "AZ": (_c("Baku", "باكو"),),
    "BA": (_c("Sarajevo", "سراييفو"),),
    "BB": (_c("Bridgetown", "بريدجتاون"),),
    "BD": (_c("Dhaka", "دكا", "داكا"),),
    "BE": (_c("Brussels", "بروكسل", wikidata="Q239"),),
    "BF": (_c("Ouagadougou", "واغادوغو", "واجادوجو"),),
    "BG": (_c("Sofia", "صوفيا"),),
    "BH": (_c("Manama", "المنامة"),),
    "BI": (_c("Bujumbura", "بوجمبورا", note="Former capital and largest city of Burundi; "
              "the capital moved to Gitega in 2019"),),
    "BJ": (_c("Porto-Novo", "بورتو نوفو"),),
    "BN": (_c("Bandar Seri Begawan", "بندر سري بكاوان"),),
    "BO": (_c("Sucre", "سوكري", note="Constitutional capital of Bolivia"),
           _c("La Paz", "لاباز", "لا باز", note="Seat of government of Bolivia")),
    "BR": (_c("Brasília", "برازيليا", id="brasilia"),),
    "BS": (_c("Nassau", "ناساو"),),
    "BT": (_c("Thimphu", "تيمفو"),),
    "BW": (_c("Gaborone", "غابورون"),),
    "BY": (_c("Minsk", "مينسك"),),
    "BZ": (_c("Belmopan", "بلموبان"),),
    "CA": (_c("Ottawa", "أوتاوا"),),
    "CD": (_c("Kinshasa", "كينشاسا"),),
    "CF": (_c("Bangui", "بانغي", "بانجي"),),
    "CG": (_c("Brazzaville", "برازافيل"),),
    "CH": (_c("Bern", "برن"),),
    "CI": (_c("Yamoussoukro", "ياموسوكرو", note="Official capital of Côte d'Ivoire"),
           _c("Abidjan", "أبيدجان", note="Economic capital and seat of government of "
              "Côte d'Ivoire")),
    "CL": (_c("Santiago", "سانتياغو", "سانتياجو", note="Capital of Chile"),),
    "CM": (_c("Yaoundé", "ياوندي", id="yaounde"),),
    "CN": (_c("Beijing", "بكين", "بيجين", "بيجينغ", wikidata="Q956"),),
    "CO": (_c("Bogotá", "بوغوتا", "بوجوتا", id="bogota"),),
    "CR": (_c("San José", "سان خوسيه", id="san-jose"),),
    "CU": (_c("Havana", "هافانا"),),
    "CV": (_c("Praia", "برايا"),),
    "CY": (_c("Nicosia", "نيقوسيا"),),
    "CZ": (_c("Prague", "براغ", "براج"),),
    "DE": (_c("Berlin", "برلين", wikidata="Q64"),),
    "DJ": (_c("Djibouti City", "مدينة جيبوتي", id="djibouti-city"),),
    "DK": (_c("Copenhagen", "كوبنهاغن", "كوبنهاجن"),),
    "DO": (_c("Santo Domingo", "سانتو دومينغو", "سانتو دومينجو"),),
    "DZ": (_c("Algiers", "الجزائر العاصمة", "ولاية الجزائر"),),  # the wilaya of Algiers (والي ولاية الجزائر)
    "EC": (_c("Quito", "كيتو"),),
    "EE": (_c("Tallinn", "تالين"),),
    "EG": (_c("Cairo", "القاهرة", wikidata="Q85"),),
    "ER": (_c("Asmara", "أسمرة", "أسمرا"),),
    "ES": (_c("Madrid", "مدريد", wikidata="Q2807"),),
    "ET": (_c("Addis Ababa", "أديس أبابا", "أديس بابا"),),  # أديس بابا: as often in the news
    "FI": (_c("Helsinki", "هلسنكي"),),
    "FJ": (_c("Suva", "سوفا"),),
    "FM": (_c("Palikir", "باليكير"),),
    "FR": (_c("Paris", "باريس", wikidata="Q90"),),
    "GA": (_c("Libreville", "ليبرفيل"),),
    "GB": (_c("London", "لندن", wikidata="Q84"),),
    "GD": (_c("St. George's", "سانت جورجز", id="saint-georges"),),
    "GE": (_c("Tbilisi", "تبليسي"),),
    "GH": (_c("Accra", "أكرا"),),
    "GM": (_c("Banjul", "بانجول"),),
    "GN": (_c("Conakry", "كوناكري"),),
    "GQ": (_c("Malabo", "مالابو"),),
    "GR": (_c("Athens", "أثينا", wikidata="Q1524"),),
    "GT": (_c("Guatemala City", "مدينة غواتيمالا", "مدينة جواتيمالا", "غواتيمالا سيتي"),),
    "GW": (_c("Bissau", "بيساو"),),
    "GY": (_c("Georgetown", "جورج تاون", "جورجتاون"),),
    "HN": (_c("Tegucigalpa", "تيغوسيغالبا"),),
    "HR": (_c("Zagreb", "زغرب"),),
    "HT": (_c("Port-au-Prince", "بورت أو برنس"),),
    "HU": (_c("Budapest", "بودابست"),),
    "ID": (_c("Jakarta", "جاكرتا"),),
    "IE": (_c("Dublin", "دبلن"),),
    "IL": (_c("Jerusalem", "القدس"),),
    "IN": (_c("New Delhi", "نيودلهي", "نيو دلهي", "نيوديلهي"),),
    "IQ": (_c("Baghdad", "بغداد", wikidata="Q1530"),),
    "IR": (_c("Tehran", "طهران", wikidata="Q3616"),),
    "IS": (_c("Reykjavík", "ريكيافيك", id="reykjavik"),),
    "IT": (_c("Rome", "روما", wikidata="Q220"),),
    "JM": (_c("Kingston", "كينغستون", "كينجستون"),),
    "JO": (_c("Amman", "عَمّان", wikidata="Q3805",
              note="Capital of Jordan; also takes bare عمان (Oman is سلطنة عمان or عُمان, marked)"),),
    "JP": (_c("Tokyo", "طوكيو", wikidata="Q1490"),),
    "KE": (_c("Nairobi", "نيروبي"),),
    "KG": (_c("Bishkek", "بيشكك", "بشكك", "بشكيك"),),
    "KH": (_c("Phnom Penh", "بنوم بنه"),),
    "KI": (_c("Tarawa", "تاراوا"),),
    "KM": (_c("Moroni", "موروني"),),
    "KN": (_c("Basseterre", "باستير"),),
    "KP": (_c("Pyongyang", "بيونغ يانغ", "بيونغيانغ", "بيونج يانج"),),
    "KR": (_c("Seoul", "سول", "سيئول", note="Capital of South Korea; سيول is not listed: with the article "
              "it is السيول, 'torrents'"),),
    "KW": (_c("Kuwait City", "مدينة الكويت", "الكويت العاصمة"),),
    "KZ": (_c("Astana", "أستانا", "آستانا"),),
    "LA": (_c("Vientiane", "فيينتيان"),),
    "LB": (_c("Beirut", "بيروت", wikidata="Q3820"),),
    "LC": (_c("Castries", "كاستريس"),),
    "LI": (_c("Vaduz", "فادوز"),),
    "LK": (_c("Colombo", "كولومبو", note="Commercial capital and largest city of Sri Lanka"),),
    "LR": (_c("Monrovia", "مونروفيا"),),
    "LS": (_c("Maseru", "ماسيرو"),),
    "LT": (_c("Vilnius", "فيلنيوس"),),
    "LU": (_c("Luxembourg City", "مدينة لوكسمبورغ", "مدينة لوكسمبورج"),),
    "LV": (_c("Riga", "ريغا", "ريجا"),),
    "LY": (_c("Tripoli", "طرابلس", "طرابلس الغرب",
              note="Capital of Libya; Tripoli in Lebanon is tripoli-lebanon"),),
    "MA": (_c("Rabat", "الرباط"),),
    "MD": (_c("Chișinău", "كيشيناو", id="chisinau"),),
    "ME": (_c("Podgorica", "بودغوريتسا"),),
    "MG": (_c("Antananarivo", "أنتاناناريفو"),),
    "MH": (_c("Majuro", "ماجورو"),),
    "MK": (_c("Skopje", "سكوبيه", "سكوبجي"),),
    "ML": (_c("Bamako", "باماكو"),),
    "MN": (_c("Ulaanbaatar", "أولان باتور", "أولانباتار"),),
    "MR": (_c("Nouakchott", "نواكشوط", "انواكشوط"),),
    "MT": (_c("Valletta", "فاليتا"),),
    "MU": (_c("Port Louis", "بورت لويس"),),
    "MW": (_c("Lilongwe", "ليلونغوي"),),
    "MX": (_c("Mexico City", "مكسيكو سيتي", "مدينة مكسيكو"),),
    "MY": (_c("Kuala Lumpur", "كوالالمبور", "كوالا لمبور"),),
    "MZ": (_c("Maputo", "مابوتو"),),
    "NA": (_c("Windhoek", "ويندهوك"),),
    "NE": (_c("Niamey", "نيامي"),),
    "NG": (_c("Abuja", "أبوجا"),),
    "NI": (_c("Managua", "ماناغوا", "ماناجوا"),),
    "NL": (_c("Amsterdam", "أمستردام"),),
    "NO": (_c("Oslo", "أوسلو"),),
    "NP": (_c("Kathmandu", "كاتماندو"),),
    "NZ": (_c("Wellington", "ولينغتون"),),
    "OM": (_c("Muscat", "مسقط"),),
    "PA": (_c("Panama City", "مدينة بنما", "بنما سيتي"),),
    "PE": (_c("Lima", "ليما"),),
    "PG": (_c("Port Moresby", "بورت مورسبي"),),
    "PH": (_c("Manila", "مانيلا"),),
    "PK": (_c("Islamabad", "إسلام آباد", "إسلام أباد"),),
    "PL": (_c("Warsaw", "وارسو"),),
    "PS": (_c("Jerusalem", "القدس"),),
    "PT": (_c("Lisbon", "لشبونة"),),
    "PY": (_c("Asunción", "أسونسيون", id="asuncion"),),
    "QA": (_c("Doha", "الدوحة"),),
    "RO": (_c("Bucharest", "بوخارست"),),
    "RS": (_c("Belgrade", "بلغراد"),),
    "RU": (_c("Moscow", "موسكو", wikidata="Q649"),),
    "RW": (_c("Kigali", "كيغالي", "كيجالي"),),
    "SA": (_c("Riyadh", "الرياض", wikidata="Q3692"),),
    "SB": (_c("Honiara", "هونيارا"),),
    "SD": (_c("Khartoum", "الخرطوم", wikidata="Q1963"),),
    "SE": (_c("Stockholm", "ستوكهولم"),),
    "SI": (_c("Ljubljana", "ليوبليانا", "لوبيانا"),),
    "SK": (_c("Bratislava", "براتيسلافا"),),
    "SL": (_c("Freetown", "فريتاون"),),
    "SM": (_c("San Marino City", "مدينة سان مارينو"),),
    "SN": (_c("Dakar", "داكار"),),
    "SO": (_c("Mogadishu", "مقديشو", "مغاديشو"),),
    "SR": (_c("Paramaribo", "باراماريبو"),),
    "SS": (_c("Juba", "جوبا"),),
    "ST": (_c("São Tomé", "ساو تومي", id="sao-tome"),),
    "SV": (_c("San Salvador", "سان سلفادور"),),
    "SY": (_c("Damascus", "دمشق", wikidata="Q3766"),),
    "SZ": (_c("Mbabane", "مباباني"),),
    "TD": (_c("N'Djamena", "نجامينا", "إنجامينا", id="ndjamena"),),
    "TG": (_c("Lomé", "لومي", id="lome"),),
    "TH": (_c("Bangkok", "بانكوك"),),
    "TJ": (_c("Dushanbe", "دوشانبي", "دوشنبه"),),
    "TM": (_c("Ashgabat", "عشق آباد", "عشق أباد"),),
    "TN": (_c("Tunis", "تونس العاصمة"),),
    "TR": (_c("Ankara", "أنقرة", wikidata="Q3640"),),
    "TT": (_c("Port of Spain", "بورت أوف سبين"),),
    "TV": (_c("Funafuti", "فونافوتي"),),
    "TZ": (_c("Dodoma", "دودوما"),),
    "UA": (_c("Kyiv", "كييف", wikidata="Q1899"),),
    "UG": (_c("Kampala", "كمبالا"),),
    "US": (_c("Washington, D.C.", "واشنطن", "واشنطن العاصمة", "مقاطعة كولومبيا", id="washington",
              wikidata="Q61"),),
    "UY": (_c("Montevideo", "مونتيفيديو"),),
    "UZ": (_c("Tashkent", "طشقند"),),
    "VC": (_c("Kingstown", "كينغستاون"),),
    "VE": (_c("Caracas", "كاراكاس", "كراكاس"),),
    "VN": (_c("Hanoi", "هانوي"),),
    "VU": (_c("Port Vila", "بورت فيلا"),),
    "WS": (_c("Apia", "آبيا"),),
    "YE": (_c("Sanaa", "صنعاء", wikidata="Q2471"),),
    "ZA": (_c("Pretoria", "بريتوريا", note="Executive capital of South Africa"),),
    "ZM": (_c("Lusaka", "لوساكا"),),
    "ZW": (_c("Harare", "هراري"),),
    # Territories: only the capitals the news names.
    "TW": (_c("Taipei", "تايبيه", "تايبي", "تايبه"),),
    "XK": (_c("Pristina", "بريشتينا"),),
}

#: Countries deliberately without a generated capital, with the reason (checked by the build).
NO_CAPITAL: dict[str, str] = {
    "MC": "city-state",
    "MM": "Arabic spelling of Naypyidaw not settled in the media",
    "MV": "Malé, ماليه, folds to مالية ('financial'), one of the most frequent Arabic words",
    "SC": "Victoria, فيكتوريا, is far more often Queen Victoria or another Victoria",
    "DM": "Roseau, روسو, is far more often the surname Rousseau",
    "TL": "Dili, ديلي, is far more often 'Daily' (ديلي ميل, ديلي تلغراف)",
    "NR": "no official capital",
    "PW": "Arabic spelling of Ngerulmud not settled in the media",
    "SG": "city-state",
    "TO": "Arabic spelling of Nuku'alofa not settled in the media",
    "VA": "city-state",
}

# --------------------------------------------------------------------------------------------
# Folding and formatting (self-contained: the build must not depend on the matcher).

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                       "ؤ": "و", "ئ": "ي"})
_ARABIC_NAME = re.compile(r"^[\u0600-\u06FF]+( [\u0600-\u06FF]+)*$")


def fold(text: str) -> str:
    """Orthographic folding used for conflict checks (same equivalences as the matcher)."""
    text = unicodedata.normalize("NFKC", text)
    return " ".join(_DIACRITICS.sub("", text).translate(_FOLD).split())


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['’.]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _scalar(value: str) -> str:
    """A YAML scalar for value: plain when that reads back unchanged, double-quoted otherwise."""
    import yaml  # local: only the writer needs it

    try:
        if value and yaml.safe_load(f"k: {value}") == {"k": value}:
            return value
    except yaml.YAMLError:  # e.g. ": " inside the value
        pass
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _flow(values: list[str]) -> str:
    import yaml

    items = []
    for v in values:
        try:
            plain = yaml.safe_load(f"[{v}]") == [v]
        except yaml.YAMLError:
            plain = False
        items.append(v if plain else _scalar_quoted(v))
    return "[" + ", ".join(items) + "]"


def _scalar_quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass
class Entity:
    id: str
    en: str
    ar: str
    variants: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    nearby: list[str] = field(default_factory=list)
    wikidata: str | None = None
    note: str | None = None
    type: str = "place"

    def full_forms(self) -> list[str]:
        return [self.ar, *self.variants]

    def to_yaml(self) -> str:
        lines = [f"  - id: {self.id}", f"    type: {self.type}", f"    en: {_scalar(self.en)}",
                 f"    ar: {_scalar(self.ar)}"]
        if self.variants:
            lines.append(f"    variants: {_flow(self.variants)}")
        if self.short:
            lines.append(f"    short: {_flow(self.short)}")
        if self.nearby:
            lines.append(f"    nearby: {_flow(self.nearby)}")
        if self.wikidata:
            lines.append(f"    wikidata: {self.wikidata}")
        if self.note:
            lines.append(f"    note: {_scalar(self.note)}")
        return "\n".join(lines) + "\n"


HEADER = """\
# yaml-language-server: $schema=schema.json
#
# translit lexicon: countries, capitals, territories and world regions.
#
# GENERATED by `python -m translit.build places` from CLDR (babel {babel_version}) and the
# capital table in translit/build.py. Do not edit by hand: add spellings to the tables in
# translit/build.py, or add variants and other places in places.yaml (an id defined there
# replaces the generated entry). Field reference: see the header of people.yaml.
#
# {countries} UN member and observer states, {capitals} capitals, {territories} other territories and
# {regions} world regions (continents and UN M49 regions); entries sorted by id.

entities:
"""

# --------------------------------------------------------------------------------------------
# The build.


def _kind_note(code: str) -> str | None:
    """The note of a generated territory or region, None for a state."""
    if code in TERRITORIES:
        return "Territory, not a UN member state"
    if code in REGIONS:
        return f"World region (UN M49 {code})"
    return None


def _clean_cldr_ar(name: str) -> str | None:
    """CLDR's Arabic name if it is a plain name (no dashes or brackets), else None."""
    name = " ".join(name.split())
    return name if _ARABIC_NAME.match(name) else None


def _dedupe(forms: list[str], taken: set[str]) -> list[str]:
    out = []
    for f in forms:
        k = fold(f)
        if k not in taken:
            taken.add(k)
            out.append(f)
    return out


def _load_hand_written(directory: Path) -> tuple[set[str], dict[str, str]]:
    """Ids and folded full forms (-> owning id) of the other lexicon files in directory."""
    import yaml

    ids: set[str] = set()
    forms: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name == GENERATED_NAME:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for ent in data.get("entities") or []:
            ids.add(ent["id"])
            for f in [ent.get("ar", ""), *(ent.get("variants") or [])]:
                forms.setdefault(fold(f), ent["id"])
    return ids, forms


def build_places(directory: Path) -> tuple[str, list[str]]:
    """The generated file's text and a list of warnings (skipped or dropped names)."""
    try:
        import babel
        from babel import Locale
    except ImportError:  # pragma: no cover - exercised by hand
        sys.exit("translit.build needs the 'babel' package: pip install babel")

    en_names = Locale("en").territories
    ar_names = Locale("ar").territories
    hand_ids, hand_forms = _load_hand_written(directory)
    warnings: list[str] = []
    entities: dict[str, Entity] = {}
    taken: dict[str, str] = {}  # folded full form -> id, generated entities only

    codes = sorted(UN_MEMBERS + UN_OBSERVERS)
    assert len(set(UN_MEMBERS)) == 193 and not set(UN_OBSERVERS) & set(UN_MEMBERS)
    missing = [c for c in codes if c not in CAPITALS and c not in NO_CAPITAL]
    assert not missing, f"no capital and no reason for {missing}"

    def add(ent: Entity) -> None:
        if ent.id in hand_ids:
            return  # defined by hand in another file: the hand-written entry wins
        if ent.id in entities:
            raise ValueError(f"generated id {ent.id!r} twice")
        forms = []
        for f in [ent.ar, *ent.variants]:
            k = fold(f)
            if k in hand_forms:
                warnings.append(f"{ent.id}: {f!r} dropped, it is a full form of "
                                f"{hand_forms[k]!r}")
            elif k in taken and taken[k] != ent.id:
                raise ValueError(f"{ent.id}: {f!r} is also a full form of {taken[k]!r}")
            elif f not in forms and k not in {fold(x) for x in forms}:
                forms.append(f)
        if not forms or fold(forms[0]) != fold(ent.ar):
            warnings.append(f"{ent.id}: skipped, its canonical name {ent.ar!r} is taken")
            return
        ent.variants = forms[1:]
        for f in forms:
            taken[fold(f)] = ent.id
        entities[ent.id] = ent

    n_countries = n_capitals = n_territories = n_regions = 0
    for code in codes + sorted(TERRITORIES) + sorted(REGIONS):
        en = EN_OVERRIDES.get(code, en_names[code])
        cldr_ar = _clean_cldr_ar(ar_names[code])
        ar = AR_OVERRIDES.get(code) or cldr_ar
        if not ar:
            raise ValueError(f"{code}: CLDR Arabic name {ar_names[code]!r} needs an override")
        extra = COUNTRY_EXTRA.get(code, {})
        variants = list(extra.get("variants", []))
        if cldr_ar and fold(cldr_ar) != fold(ar) and code not in CLDR_NOT_A_VARIANT:
            variants.insert(0, cldr_ar)
        ent = Entity(id=ID_OVERRIDES.get(code, slug(en)), en=en, ar=ar,
                     variants=_dedupe(variants, {fold(ar)}),
                     short=list(extra.get("short", [])),
                     nearby=list(extra.get("nearby", [])),
                     wikidata=COUNTRY_WIKIDATA.get(code) or OTHER_WIKIDATA.get(code),
                     note=COUNTRY_NOTES.get(code) or _kind_note(code))
        before = len(entities)
        add(ent)
        if code in TERRITORIES:
            n_territories += len(entities) - before
        elif code in REGIONS:
            n_regions += len(entities) - before
        else:
            n_countries += len(entities) - before

    for code in codes + sorted(TERRITORIES):
        country = EN_OVERRIDES.get(code, en_names[code])
        for cap in CAPITALS.get(code, ()):
            ent = Entity(id=cap.id or slug(cap.en), en=cap.en, ar=cap.ar,
                         variants=_dedupe(list(cap.variants), {fold(cap.ar)}),
                         short=list(cap.short), wikidata=cap.wikidata,
                         note=cap.note or f"Capital of {country}")
            before = len(entities)
            if ent.id in entities:  # a capital shared by two states
                continue
            add(ent)
            n_capitals += len(entities) - before

    for ent in entities.values():
        for f in ent.full_forms() + ent.short + ent.nearby:
            if not _ARABIC_NAME.match(f):
                raise ValueError(f"{ent.id}: {f!r} is not a plain Arabic name")
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", ent.id):
            raise ValueError(f"bad id {ent.id!r}")

    body = "\n".join(entities[i].to_yaml() for i in sorted(entities))
    text = HEADER.format(babel_version=babel.__version__, countries=n_countries,
                         capitals=n_capitals, territories=n_territories, regions=n_regions) + body
    return text, warnings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m translit.build",
                                     description="Build the generated lexicon files.")
    parser.add_argument("target", choices=["places"], help="what to build")
    parser.add_argument("--lexicons", type=Path, default=DEFAULT_DIR,
                        help="lexicon directory (default: the bundled lexicons/)")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the file on disk is out of date")
    args = parser.parse_args(argv)

    text, warnings = build_places(args.lexicons)
    for w in warnings:
        print(f"note: {w}", file=sys.stderr)
    out = args.lexicons / GENERATED_NAME
    if args.check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{out} is out of date: run python -m translit.build places", file=sys.stderr)
            return 1
        print(f"{out} is up to date")
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
