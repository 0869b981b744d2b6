"""Every threshold and budget the matcher uses, in one place, named and explained.

Change them here, never as literals in the matching code. Each was chosen on the
development data (``translit eval variants`` on name-variant pairs, ``translit eval
prose`` on real articles); ``docs/accuracy.md`` records the figures behind them.
"""

from __future__ import annotations

# --- fuzzy verification -----------------------------------------------------------

#: Shortest form (letters, spaces not counted) that may ever match fuzzily. Three-letter
#: Arabic words are dense: one letter away from حمد is حمد, حمض, جمد, حسد ...
MIN_FUZZY_LETTERS = 4

#: Edit budget by length: a pair of spellings matches when the weighted edit cost
#: (see :mod:`translit.similarity`) is at most ``budget(n)`` for the shorter length n.
#: Short names must be near-exact: four letters allow a class step (ج/غ, ع/ا), five or six a
#: vowel letter and a class step, and only names of nine letters or more a full consonant.
#: Chosen by a grid search on the dev split of name_variants_dev.tsv (docs/accuracy.md):
#: the largest budgets that keep LOC precision >= 0.97, kept monotone in length.
BUDGET_BY_LETTERS: dict[int, float] = {
    4: 0.3,
    5: 0.6,
    6: 0.8,
    7: 0.9,
}
#: Budget for 8 letters and more: BUDGET_LONG_BASE + BUDGET_LONG_STEP per letter past 8,
#: never more than BUDGET_MAX.
BUDGET_LONG_BASE = 0.9
BUDGET_LONG_STEP = 0.2
BUDGET_MAX = 2.0


def budget(letters: int) -> float:
    """The largest weighted edit cost allowed between two names of ``letters`` letters.

    >>> budget(3), budget(5), budget(10)
    (0.0, 0.6, 1.3)
    """
    if letters < MIN_FUZZY_LETTERS:
        return 0.0
    if letters in BUDGET_BY_LETTERS:
        return BUDGET_BY_LETTERS[letters]
    return min(BUDGET_MAX, round(BUDGET_LONG_BASE + BUDGET_LONG_STEP * (letters - 8), 4))


#: A name of at most this many letters (and at least MIN_BACKED_VOWEL_LETTERS) matches a
#: spelling with one vowel letter more only when the entity's English form has that vowel
#: there (زندر Zinder / زيندر, بوخم Bochum / بوخوم; not حسن Hasan / حسين): see translit.latin.
#: Longer names take a vowel letter within their budget.
#: A place's name of MIN_BACKED_VOWEL_LETTERS letters, too short to match fuzzily, looked up
#: alone links to the one entity listed with one vowel letter more when it reads as its English
#: form (دلي / ديلي, Dili); a person's does not (سعد is not سعيد, Said).
BACKED_VOWEL_MAX_LETTERS = 4
MIN_BACKED_VOWEL_LETTERS = 3

#: Look-ups: a pair at most this much over its budget still links when the name reads letter
#: by letter as the entity's English form (translit.latin.reads_as: بريزبن / برسبان, Brisbane),
#: writes every vowel letter the lexicon's spelling writes, and both spellings have the same
#: letters that Latin writes like another (ع ح ض ص ط ظ ق ذ ء: نادر / ناضر both read "nader";
#: فتيحة / فاتحة both have ح).
ENGLISH_EXTRA_COST = 0.6

#: Look-ups: a name of at least this many letters that reads letter by letter as the English
#: form of exactly one entity links to it whatever its Arabic spelling in the lexicon
#: (ساراجوسا reads as Zaragoza, listed سرقسطة; باليرمو as Palermo, listed بلرمة), unless it has a
#: letter Latin writes like another that the lexicon's spelling lacks (see ENGLISH_EXTRA_COST).
#: A shorter name than ENGLISH_NAME_LETTERS_ALONE (4 letters: مونخ, Munich, listed ميونخ) also
#: needs the same such letters as the lexicon's spelling and no rival: another entity's form
#: with its phonetic key closer to it than the lexicon's spelling, or that it derives from: كندي
#: reads as Candy (كاندي), but it is Canada's adjective (كندا); قيدر reads as Qidar (قيدار), and
#: Gedera's غديرا is farther; a person's 4-letter name also needs a vowel letter (four
#: consonants make an Arabic name: بلند is not Boland, بولاند). At 4 letters without any rival
#: check: LOC precision 0.9804 and كندي, آمار linked; with any form of the same key a rival,
#: قيدر, ستون (Satun) were left out (docs/accuracy.md).
#: Its cost for ranking:
ENGLISH_NAME_MIN_LETTERS = 4
ENGLISH_NAME_LETTERS_ALONE = 5
ENGLISH_NAME_COST = 1.5
#: Reading a spelling as an English form (translit.latin.reads_as): at most this many Latin
#: vowels stand for the short vowels Arabic leaves unwritten between two letters (Zaragoza's a
#: and o); three would read البلا as Alba Iulia.
UNWRITTEN_VOWELS = 2

# --- common words -----------------------------------------------------------------

#: A word at or above this Zipf frequency (wordfreq's scale: 3 = once per million words)
#: is an ordinary Arabic word for matching purposes: it never matches fuzzily, and it
#: matches exactly only when the lexicon lists it. Names frequent in news (نتنياهو 3.95)
#: sit near this line, which is why exact lexicon forms always pass.
COMMON_WORD_ZIPF = 3.5

#: Look-ups: the shortest name (letters) that a name written with the article may be once the
#: article is read off: اللد is Lod, listed لد (three letters were asked before, for the
#: fuzzy routes' sake; the article route is exact: a left-out name never took it on the dev split).
MIN_ARTICLE_NAME_LETTERS = 2

#: A word that starts with a proclitic letter is read whole, not as proclitic + name, when it
#: is a word in its own right (Zipf >= CLITIC_WHOLE_WORD_ZIPF) and within the proclitic's
#: CLITIC_MARGIN_ZIPF of what remains, or commoner: a name with a proclitic is much rarer than
#: the name alone (وفرنسا 4.26 / فرنسا 5.09, بالرياض 4.66 / الرياض 5.08, ورواندا 3.03 / رواندا
#: 3.51), while بلاي ("Play", 4.0 / لاي 4.06), فلول ("remnants"), براند, للحج ("for the Hajj",
#: 3.57 / لحج 3.64) and وجهان ("two faces"; جهان not listed at all) are words. At 3.5 and no
#: margin only the commonest of these were read whole; a margin of 0.4 for و ب ل would reach
#: وكبار and لترا too, but sits next to ورواندا's 0.48. Keyed by the proclitic's first letter.
CLITIC_WHOLE_WORD_ZIPF = 3.0
CLITIC_MARGIN_ZIPF: dict[str, float] = {
    "\u0648": 0.3,  # و "and": on nouns all the time
    "\u0628": 0.3,  # ب "in, with": a preposition, on nouns all the time
    "\u0644": 0.3,  # ل "for, to": likewise (لل: ل + the article)
    "\u0641": 1.0,  # ف "so, then": mostly on verbs and particles (فمصر is 2.76 under مصر; فلاي "fly" 0.59 under لاي)
    "\u0643": 1.0,  # ك "like": as rare on a name
}

#: A person's last word stands alone as a short form by default only when it has at least
#: this many letters and is rarer than SURNAME_MAX_ZIPF as an ordinary word: عون (aid)
#: and صالح (good, 5.2) are not taken for Michel Aoun or Ali Abdullah Saleh unless the
#: lexicon lists them as short forms; الأسد (4.9) and أوباما (4.5) are.
MIN_SURNAME_LETTERS = 4
SURNAME_MAX_ZIPF = 5.0
#: A given name before a surname that is not the person's makes it another person's (مهند
#: عسيري is not Ahmed Asiri), unless the person's own given name stands up to this many name
#: words earlier (بن and ابن not counted): the words between are a patronymic (خالد محفوظ
#: بحاح is Khaled Bahah, عادل بن زيد الطريفي Adel al-Toraifi). Two: a father's and a
#: grandfather's name, as Gulf names are written in full.
NAME_WORDS_BEFORE_SURNAME = 2

#: In running text, a word built on an attested word (Zipf >= this) by an ending only Arabic
#: gives is never a fuzzy spelling of a name: the past tense with "they" (صاموا, "they fasted",
#: is not Samoa's ساموا) and the feminine adjective of relation (بربرية, "barbaric", on بربري).
#: Verbs and adjectives are rarer than nouns in wordfreq (صام 3.49, بربري 3.3), so the line is
#: wordfreq's floor rather than COMMON_WORD_ZIPF.
ATTESTED_STEM_ZIPF = 3.0

#: In running text, a number in digits of up to this many digits counts the bare word after it,
#: which is then a unit or a thing, not a name (3.7 ميل, "3.7 miles"; مليون أكرا, "million
#: acres", is counted by the number word). Four digits are most often a year, which a name may
#: follow (في 2008 كينيا).
COUNT_MAX_DIGITS = 3
#: A full stop with no space between two words of at most this many letters (neither a number)
#: joins them, as a space does: it is an abbreviation's (بي.بي.سي, د.ب.أ, جي.بي.تي). Between
#: longer words it ends a sentence written without a space (عرض.وقال). See translit.tokens.
ABBREVIATION_MAX_LETTERS = 3
#: A quotation of at most this many words right after a word that heads a title (a paper, a
#: channel, a book, a festival: translit.designators.TITLE_HEADS) is a title, and the names
#: inside it are part of it (قناة «أبوظبي الرياضية», موقع «عدن الغد»). A longer quotation
#: after such a word is what the paper said. See translit.context.
QUOTED_TITLE_MAX_WORDS = 8

#: A document reports on a sport when the words of a match report (translit.designators.
#: SPORTS_WORDS: مباراة, الشوط, المدرب, اللاعبين ...) number at least SPORTS_MIN_WORDS, of at
#: least SPORTS_MIN_DISTINCT kinds, and make at least SPORTS_MIN_SHARE of its words. In the 400
#: articles the sports reports reach 1.0-6.3 % (3 to 37 such words); every other article at most
#: 0.6 % (one or two: a politician called a "key player", لاعب رئيسي, or a "ball in his court").
#: There a name that is a city's and the short form of a team named after it is the team.
SPORTS_MIN_WORDS = 3
SPORTS_MIN_DISTINCT = 2
SPORTS_MIN_SHARE = 0.008
#: ... or when it names at least SPORTS_MIN_TEAMS teams named after their cities (a player's
#: clubs: برشلونة, بورتو, موناكو, ليفربول) with one word of a match report. In the 400 articles
#: only sports reports name two or more such teams.
SPORTS_MIN_TEAMS = 3

#: A word that folds onto a lexicon form but is written differently (على for علي) is taken
#: for an ordinary word when it is common and at most this much rarer (Zipf) than the
#: lexicon's own spelling: هادئ 4.1 vs هادي 4.5 is the word; غزه 3.6 vs غزة 5.1 is Gaza.
SPELLING_MARGIN_ZIPF = 0.5
#: ... and a word that writes a hamza on its seat (ئ ؤ, أ after the first letter) where the
#: lexicon writes the plain letter is the ordinary word from this Zipf on: فئران (mice, 3.46) is
#: not the given name فيران, رئة (lung) not ريه, رؤى (visions, 3.75) not Roy's روي, however
#: common روي ("narrated") is; تأكيدا (3.28) is not Takeda's تاكيدا.
HAMZA_WORD_ZIPF = 3.0

#: A one-word place or organisation form that is a common word and an ordinary noun (it takes
#: at least NOUN_POSSESSIVE_FORMS possessive pronouns, each at Zipf >= NOUN_POSSESSIVE_ZIPF as
#: written: مدينتنا، مدينته، مدينتهم for المدينة; صوره، صورها for صور) needs context like a
#: person's common-word surname: it links only next to another form of its entity in the same
#: document, unless the lexicon lists it under `short`. Names take no possessive (طهران, تونس).
NOUN_POSSESSIVE_FORMS = 3
NOUN_POSSESSIVE_ZIPF = 3.0
#: ... or a common word as frequent (Zipf >= NOUN_ARTICLE_ZIPF) with the article toggled: a
#: noun takes the article and sheds it (بيان / البيان, القصر / قصر), a name does not (طهران,
#: القاهرة). Above Riyadh's رياض (4.4, a given name) and below الأبيض's أبيض (4.5).
NOUN_ARTICLE_ZIPF = 4.5
#: ... or both with and without the article at Zipf >= NOUN_EVEN_ARTICLE_ZIPF, the two within
#: NOUN_EVEN_ARTICLE_MARGIN of each other: الخبراء / خبراء ("experts", 4.51 / 4.45), البيضاء /
#: بيضاء ("white"), العمارة / عمارة ("architecture"). A name's article is fixed: الرياض 5.08 /
#: رياض 4.42. (A word as common or commoner with the article toggled needs context too, with
#: no threshold: ورود / الورود "roses"; so do العقبة 3.85 / عقبة 4.08, "the obstacle", and جنين
#: 3.84 / الجنين 4.19, which the bundled lexicon therefore lists under `short`.)
NOUN_EVEN_ARTICLE_ZIPF = 4.0
NOUN_EVEN_ARTICLE_MARGIN = 0.5

#: A name with the article that is the feminine of a common adjective of relation (its masculine
#: at Zipf >= NISBA_ADJECTIVE_ZIPF: السعودية, السعودي 5.3), right after a word with the article
#: that is no masculine adjective (its feminine under COMMON_WORD_ZIPF), is the adjective agreeing
#: with it, not a name: العاصمة السعودية ("the Saudi capital"), الأسهم السعودية ("Saudi shares"),
#: while زار الرئيس الفرنسي السعودية names the country. Most towns in -iyya are no common
#: adjectives (الإسماعيلي 3.4, اللاذقي 0); الناصري, "Nasserist", is (3.54): الذاكرة الناصرية is
#: "the Nasserist memory", not Nasiriyah (4.5 until the 15th round; 3.5 changes nothing else in
#: the 400 articles with either lexicon, the bare rule reading only ية, not يه: كاليه is Calais).
NISBA_ADJECTIVE_ZIPF = 3.5

#: A word right before a person's surname that wordfreq does not list at all (under this Zipf,
#: once per million words), is not Arabic in form (no article, verb or plural ending, clitic on
#: a common word) and does not read as the person's own first name is another person's given
#: name: فلورنتينو بيريس is not Shimon Peres, أونيانغو أوباما not Barack Obama. Words wordfreq
#: lists are left alone: خصوم أوباما (3.4, "opponents") is Obama (ألفارو, 3.5, is caught by the
#: list of common given names, translit.givennames). The same line tells a surname suffix written
#: apart (أوغلو, نجاد) that ends the name of the word before it: بوستان أوغلو is not Davutoğlu.
BORROWED_NAME_MAX_ZIPF = 3.0

#: A person's one-word form (a surname by default, or a one-word name) that is also a common
#: word (Zipf >= COMMON_WORD_ZIPF) names the person only when the same document names them
#: in full (coreference), never on its own or through the corpus: مبارك (blessed) is Hosni
#: Mubarak only next to حسني مبارك. Listing the form under `short` lets it stand alone.

# --- scores -----------------------------------------------------------------------

#: Scores reported for non-fuzzy rules (fuzzy matches score 1 - cost / length).
SCORE_EXACT = 1.0
SCORE_FOLDED = 0.99
SCORE_VARIANT = 0.98
SCORE_SHORT_FORM = 0.9
SCORE_COREFERENCE = 0.85
SCORE_CORPUS = 0.8
#: Look-ups of bare names: the cost (in edit-cost units) and score of a match found only by
#: ignoring spaces, or by adding or removing the article ال (الدريدي / دريدي).
SPACE_COST = 0.1
ARTICLE_COST = 0.4
SCORE_ARTICLE = 0.95
#: Look-ups of bare names: the cost and best score of a match found only by reading off a
#: place's leading designator or trailing epithet (مدينة حمص / حمص, مكة المكرمة / مكة; see
#: translit.designators).
DESIGNATOR_COST = 0.4
SCORE_DESIGNATOR = 0.95
#: Running text: a person's full form with a father's or middle name written inside it (أحمد
#: حسين الشرع for أحمد الشرع; translit.matcher._through_middle_names).
SCORE_MIDDLE_NAME = 0.95
#: Look-ups: the cost of the names read as a father's or middle name (as a designator's).
MIDDLE_NAME_COST = 0.4
#: Look-ups of bare names: the cost of reading a final ه of a word inside a name as ا (قره
#: بولوت / قرابولوت, Karabulut: Turkish and Persian names write the final vowel either way),
#: and a name's final ى as ا (بخارى / بوخارا, Bukhara: ى writes the vowel a).
INNER_FINAL_VOWEL_COST = 0.3
#: A place's form without its designator (مدينة الفجيرة -> الفجيرة) enters the index only
#: with at least this many letters: محافظة إب does not make إب a name.
MIN_UNDESIGNATED_LETTERS = 3
#: Look-ups of bare names: a short form (surname, acronym) counts only within this edit cost:
#: one class step (ماكجورك / ماكغورك), not a vowel or consonant change (السمان is not الزمان).
SHORT_FORM_MAX_COST = 0.3
#: Look-ups of bare names: when the runner-up entity is less than this much costlier than the
#: best and the two are spelled alike (لوغان / لوجان, two cities called Logan), the name is
#: ambiguous between them.
AMBIGUITY_MARGIN = 0.2
#: Penalty on the score of a match found only after stripping a proclitic or article,
#: used to rank look-up results (the unstripped reading is preferred).
CLITIC_PENALTY = 0.02

# --- spans ------------------------------------------------------------------------

#: Longest name, in words, the matcher tries at each position.
MAX_SPAN_WORDS = 8
