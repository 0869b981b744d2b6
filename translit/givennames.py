"""Given names: words that, right before a person's surname, say whose surname it is.

A surname alone (عسيري, غوتيريز, لاريجاني) names the person the lexicon lists only when no
other given name stands before it: مهند عسيري is a footballer, not Ahmed Asiri; صادق
لاريجاني is Ali Larijani's brother. The lexicon's own people give the given names they use
(:attr:`translit.index.Index.given_names`); this list adds the common given names of the
news that no lexicon entry may carry, written as Arabic newspapers write them and compared as
written.

Written by hand from general knowledge (no name dataset), as a closed list of frequent names
by origin. Left out on purpose, and given names for nobody, even when a lexicon person's name
starts with them (:data:`NOT_GIVEN_NAMES`): given names that are also nouns commonly put before
a name in a construct (حياة أوباما is "Obama's life", بيت الأسد "Assad's house"), باسم ("in
the name of": المتحدث باسم), titles written without the article (ولي العهد, بابا الفاتيكان),
verbs before their subject (مات "died"). Nor are words that are also name particles (بن "son
of" is not Ben), and one- or two-letter names.

A patronymic or a middle name is not another person's given name: the matcher reads the
words before it too (خالد محفوظ بحاح is Khaled Bahah, عادل بن زيد الطريفي Adel al-Toraifi).
"""

from __future__ import annotations

from translit.commonwords import is_function_word_as_written
from translit.orthography import ALEF_FORMS, fold, light_fold

__all__ = ["ARABIC_GIVEN_NAMES", "COMPOUND_NAME_STARTS", "DIN_NAME_FIRSTS", "GIVEN_NAMES", "NAME_PARTICLES", "NOT_GIVEN_NAMES", "is_given_name", "is_never_a_given_name"]

#: Particles between a given name and a father's name, folded: بن and ابن ("son of"), بنت
#: ("daughter of"): عادل بن زيد الطريفي.
NAME_PARTICLES: frozenset[str] = frozenset({"\u0628\u0646", "\u0627\u0628\u0646", "\u0628\u0646\u062a"})
#: First words of compound given names, folded: عبد ("servant of": عبد الله), ابو ("father of":
#: ابو بكر); the word after belongs to the same name.
COMPOUND_NAME_STARTS: frozenset[str] = frozenset({"\u0639\u0628\u062f", "\u0627\u0628\u0648"})


#: ال-دين ("of the faith"), folded: the second word of compound given names such as نجم الدين,
#: صلاح الدين, نور الدين, whose first words are :data:`DIN_NAME_FIRSTS`.
DIN = "\u0627\u0644\u062f\u064a\u0646"
#: The first words of compound given names in الدين, folded: with الدين after them they are one
#: given name (نجم الدين نصر الله is not Hassan Nasrallah), while رجل الدين ("cleric") is none.
DIN_NAME_FIRSTS: frozenset[str] = frozenset(
    fold(word)
    for word in (
        "نور صلاح نجم عز شمس سيف بهاء علاء تقي خير فخر جمال كمال محيي محي زين بدر شهاب حسام عماد "
        "ضياء نصر سعد جلال شرف قطب برهان ناصر صدر مجد نظام غياث فتح حسن أمين نجيب عصام"
    ).split()
)


def _written(word: str) -> str:
    """A word as written, marks removed and alef with hamza or madda read plain (أحمد / احمد);
    the rest of the spelling is kept: منى (Mona) is not مني ("from me"), ليلى not ليلي."""
    return light_fold(word).translate(ALEF_FORMS)


_GIVEN_NAMES: dict[str, str] = {
    "Arabic, men": (
        "محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد إبراهيم إسماعيل يوسف يعقوب إسحاق إسحق "
        "موسى عيسى داود داوود سليمان يحيى زكريا أيوب يونس نوح آدم صالح سالم سعيد سعد سعود فهد "
        "فيصل ناصر منصور نايف بندر تركي سلطان سلمان ماجد مشعل متعب نواف طلال وليد خليل جمال كمال "
        "عادل عماد رائد رامي سامي هاني هادي مهدي مهند ضياء زياد زيد زكي طارق طه ياسر ياسين عمار "
        "عمرو عامر أنس بلال حمزة جعفر حيدر كريم رشيد راشد حامد حمد حمدان محسن مجدي مراد مروان "
        "مازن معاذ مالك منير نبيل نادر نزار نضال هشام وائل وسام يزيد بسام جواد حازم حسام حاتم سيف "
        "شريف صلاح صادق صابر صبحي عارف عاطف عصام غازي غسان فؤاد فادي فارس فايز فريد قاسم لؤي ماهر "
        "مجيد مختار مدحت مشاري معتز مؤيد ناجي نجيب نعمان هيثم وحيد بخيت عبيد عياد غانم فهمي فوزي "
        "قيس لطفي ممدوح منذر نايل هاشم هلال يسري أيمن أسامة أشرف أمجد أنور إياد إيهاد بشار بشير "
        "توفيق ثامر جابر جاسم جلال جميل حافظ حمود حميد خضر رياض زهير سامر سمير شادي شاكر شفيق "
        "صفوت ضاري عبدو عزيز عزت علاء عوني فتحي فراس كاظم لبيب محفوظ مرعي مشهور مصعب معمر منيف "
        "نوري واصف مكتوم راكان فواز جلوي"
    ),
    "Arabic, women": (
        "فاطمة عائشة خديجة مريم زينب سارة ليلى سلمى رانيا هند منى ريم لينا دينا رنا هالة سعاد "
        "نادية سميرة أميرة لطيفة نوال سوسن غادة عبير لمى جميلة نجلاء نجوى هيفاء يسرى رشا علياء "
        "فدوى ميساء ندى نسرين إسراء آمنة بثينة زهراء شيماء فادية نهى سهى عبلة رولا ريما مها سناء "
        "هدى"
    ),
    "Maghrebi, Libyan and Sudanese, written with the article": (
        "الساعدي المعتصم الصادق الطاهر الباجي المنصف الحبيب"
    ),
    "Persian, Turkish, Kurdish and Urdu": (
        "مرتضى مجتبى بهرام داريوش كوروش فرهاد مسعود منوشهر شهاب كامران رحيم شيرين معصومة رجب "
        "مولود بولنت بولند حقان هاكان فاتح أردا أمره أوزجان ياووز نيجيرفان مسرور برهم هوشيار نواز "
        "شهباز عمران آصف برويز بينظير"
    ),
    "English and other European": (
        "جون جورج جيمس جوزيف مايكل ديفيد ديفد دانيال دان توماس ريتشارد روبرت وليام ويليام بيل "
        "تشارلز بيتر بول مارك ستيفن ستيف كريستوفر براين بريان إدوارد هنري فرانك جاك جيري توني تيم "
        "توم نيك أندرو أنتوني بوب دونالد رونالد هيلاري باراك ميشيل ماري جين آن آنا إيما إليزابيث "
        "كاثرين مارغريت أنجيلا تيريزا فرنسوا فرانسوا جان بيير لوران نيكولا إيمانويل مانويل ماريو "
        "ماريا جوزيبي باولو لويجي ماتيو سيلفيو فيليب فيليبي أوتو هانز كلاوس فولفغانغ فريدريش "
        "ديمتري فلاديمير سيرغي سيرجي ألكسندر أليكسي إيغور نيكولاي بوريس يوري ميخائيل أندريه "
        "فيكتور بيترو جيف جوش جاستن كيفن كيلي لاري إريك ماثيو ريك سام سكوت ستيوارت والتر وارن "
        "آلان ألان ديان سوزان ليندا باربرا باربره برنارد بيرنارد باتريك كريس مايك ألبرت ألفريد فرنسيس فرانسيس "
        "أوسكار"
    ),
    "the second word of compound given names (عبد الله, حياة الله, فتح الله)": "الله",
    "Spanish and Portuguese": (
        "كارلوس خوان خوسيه خوسي لويس ألفارو بيدرو بدرو ميغيل ميجيل أنطونيو فرناندو رافائيل دييغو "
        "أليخاندرو بابلو سيرجيو ماريانو إنريكي خورخي راؤول فيديل جواو خافيير تشافي أندريس إيكر "
        "سيسك ماركوس"
    ),
}

#: Words that stand before a name as a noun, a preposition, a title or a verb far more often
#: than as its given name, as written (marks removed, hamza on alef dropped). They say nothing
#: of whose surname follows, whoever the lexicon lists: Basem Naim (باسم نعيم) does not make
#: باسم أوباما ("in the name of Obama") another Obama, nor Pete Hegseth بيت الأسد another Assad.
NOT_GIVEN_NAMES: frozenset[str] = frozenset(
    _written(word)
    for word in (
        "حياة",  # "the life of": حياة أوباما (Hayat)
        "خليفة",  # "the successor of": خليفة أوباما (Khalifa)
        "نصر",  # "the victory of" (Nasr)
        "رضا",  # "the approval of" (Reza, Rida)
        "عهد",  # "the era of": في عهد أوباما (Ahed)
        "سلام",  # "the peace of" (Salam)
        "أمل",  # "the hope of" (Amal)
        "أسماء",  # "the names of" (Asma)
        "تهاني",  # "the congratulations of" (Tahani)
        "الدين",  # "religion": رجل الدين, "the cleric"; the second word of عز الدين
        "باسم",  # "in the name of": المتحدث باسم, "the spokesman of" (Basem)
        "بيت",  # "the house of": بيت الأسد (Pete, as Pete Hegseth writes it)
        "روح",  # "the spirit of": روح مانديلا (the first word of روح الله, Ruhollah)
        "ولي",  # "guardian": ولي العهد, the crown prince, a title
        "بابا",  # "pope": بابا الفاتيكان, a title
        "مات",  # "died", a verb before its subject (Matt)
        "مساعد",  # "the aide of": ومساعد بايدن (Musaed)
        "كاردينال",  # "cardinal", a title: كاردينال والزلي
    )
)

_ALL = tuple(name for names in _GIVEN_NAMES.values() for name in names.split())

#: The given names of the list as written, marks removed and hamza on alef dropped; not those
#: that are then a function word (آلان, Alan, would be الآن, "now"; آن, Anne, أن "that").
GIVEN_NAMES: frozenset[str] = frozenset(_written(name) for name in _ALL if not is_function_word_as_written(name)) - NOT_GIVEN_NAMES

#: ... which are given names only as written, with their hamza or madda: آلان, ألان, آن, آنا.
_BY_THEIR_HAMZA: frozenset[str] = frozenset(light_fold(name) for name in _ALL if is_function_word_as_written(name))


#: The Arabic given names of the list, folded (translit.orthography.fold): names Arabic spells
#: one way, so that a name spelled otherwise is another name (حيان is not حسين), where a
#: borrowed name has many spellings (جورج, جورجي).
ARABIC_GIVEN_NAMES: frozenset[str] = frozenset(
    fold(name) for origin in ("Arabic, men", "Arabic, women") for name in _GIVEN_NAMES[origin].split()
) - frozenset(fold(name) for name in NOT_GIVEN_NAMES)


def is_given_name(word: str) -> bool:
    """True when a word as written is a common given name of the news (see the module's list).

    >>> is_given_name("مهند"), is_given_name("الفارو"), is_given_name("حياة")
    (True, True, False)
    >>> is_given_name("منى"), is_given_name("مني")  # Mona; "from me"
    (True, False)
    >>> is_given_name("آلان"), is_given_name("الآن"), is_given_name("آن"), is_given_name("أن")  # Alan; "now"; Anne; "that"
    (True, False, True, False)
    """
    return _written(word) in GIVEN_NAMES or light_fold(word) in _BY_THEIR_HAMZA


def is_never_a_given_name(word: str) -> bool:
    """True when a word as written is one of :data:`NOT_GIVEN_NAMES`: before a name it is a
    noun, a preposition, a title or a verb, whoever the lexicon lists with it.

    >>> is_never_a_given_name("باسم"), is_never_a_given_name("بيت"), is_never_a_given_name("بسام")
    (True, True, False)
    """
    return _written(word) in NOT_GIVEN_NAMES
