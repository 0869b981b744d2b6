"""Place designators: the word Arabic may put before a place's name, or leave out.

Arabic names a city, a province or a camp with or without a word saying what it is:
``مدينة الفجيرة`` and ``الفجيرة``, ``ولاية قابس`` and ``قابس``, ``مخيم اليرموك`` and
``اليرموك``. The designator is the first word of a construct (idafa), so it takes no
article. Only administrative and settlement words are listed: in ``جبل طارق``, ``قطاع
غزة`` or ``جزيرة العرب`` the first word is part of the name (Gibraltar is not طارق, the
Gaza Strip is not Gaza City).

Some places also carry an epithet after the name, written or not: ``مكة المكرمة``, ``المدينة
المنورة``, ``كربلاء المقدسة``, ``النجف الأشرف``, ``القدس الشريف``.

A team is named after its city (روما, Rome, and AS Roma): a word for a player, a coach or the
team before the name says the team is meant (مهاجم موناكو, "Monaco's striker"; بقميص روما,
"in Roma's shirt"), and so does a document that reports on a sport (مباراة, الشوط, المدرب ...).

A family name is written with or without a word for the family: ``عائلة التوام`` and ``التوام``,
``آل الداعوق`` and ``داعوق``. Look-ups read these off like a designator.
"""

from __future__ import annotations

__all__ = ["BRAND_HEADS", "COMPETITION_QUALIFIERS", "FAMILY_WORDS", "LEADING_WORDS", "PLACE_DESIGNATORS", "PLACE_EPITHETS", "SPORTS_WORDS", "TEAM_WORDS", "TITLE_HEADS", "bare_name", "bare_name_words"]

#: Designator words, folded (ة -> ه, hamza seats -> their letter; see translit.orthography).
PLACE_DESIGNATORS: frozenset[str] = frozenset(
    {
        "\u0645\u062f\u064a\u0646\u0647",  # مدينة  city
        "\u0628\u0644\u062f\u0647",  # بلدة  town
        "\u0642\u0631\u064a\u0647",  # قرية  village
        "\u0645\u062e\u064a\u0645",  # مخيم  (refugee) camp
        "\u0648\u0644\u0627\u064a\u0647",  # ولاية  state, province (Tunisia, Oman, Algeria, Turkey)
        "\u0645\u062d\u0627\u0641\u0638\u0647",  # محافظة  governorate
        "\u0628\u0644\u062f\u064a\u0647",  # بلدية  municipality
        "\u0634\u0639\u0628\u064a\u0647",  # شعبية  district (Libya)
        "\u0646\u0627\u062d\u064a\u0647",  # ناحية  subdistrict (Iraq, Syria)
        "\u0642\u0636\u0627\u0621",  # قضاء  district (Iraq, Lebanon)
        "\u0645\u0642\u0627\u0637\u0639\u0647",  # مقاطعة  province, county
        "\u0627\u0642\u0644\u064a\u0645",  # إقليم  region
        "\u0645\u0646\u0637\u0642\u0647",  # منطقة  area, region
        "\u0627\u0645\u0627\u0631\u0647",  # إمارة  emirate
        "\u062f\u0648\u0644\u0647",  # دولة  state (دولة الكويت)
    }
)


#: Words for a family before its name, folded.
FAMILY_WORDS: frozenset[str] = frozenset(
    {
        "\u0639\u0627\u064a\u0644\u0647",  # عائلة  family
        "\u0627\u0633\u0631\u0647",  # أسرة  family, household
        "\u0639\u0634\u064a\u0631\u0647",  # عشيرة  clan
        "\u0642\u0628\u064a\u0644\u0647",  # قبيلة  tribe
        "\u0627\u0644",  # آل  family of (folded; the article is never a word of its own)
    }
)

#: Words that, in a construct before a name, say it names a team, folded. Each is a member, a
#: part or a follower of a team; a word that also says "of the city" (ملعب, "stadium", جمهور
#: when a country's public) is not listed.
TEAM_WORDS: frozenset[str] = frozenset(
    {
        "\u0641\u0631\u064a\u0642",  # فريق  team
        "\u0646\u0627\u062f\u064a",  # نادي  club
        "\u0644\u0627\u0639\u0628",  # لاعب  player
        "\u0644\u0627\u0639\u0628\u0648",  # لاعبو  players (nominative)
        "\u0644\u0627\u0639\u0628\u064a",  # لاعبي  players (oblique)
        "\u0645\u0647\u0627\u062c\u0645",  # مهاجم  striker
        "\u0645\u062f\u0627\u0641\u0639",  # مدافع  defender
        "\u062d\u0627\u0631\u0633",  # حارس  goalkeeper
        "\u0645\u062f\u0631\u0628",  # مدرب  coach
        "\u0647\u062f\u0627\u0641",  # هداف  top scorer
        "\u0642\u0645\u064a\u0635",  # قميص  shirt (بقميص روما)
        "\u0635\u0641\u0648\u0641",  # صفوف  ranks (في صفوف روما)
        "\u0645\u0634\u062c\u0639\u0648",  # مشجعو  fans (nominative)
        "\u0645\u0634\u062c\u0639\u064a",  # مشجعي  fans (oblique)
    }
)

#: Words that head the name of a business or a work, folded: a person's surname quoted right
#: after one names what bears it (مجموعة «هافينغتون» للإعلام, مطاعم «زوما»), not the person.
BRAND_HEADS: frozenset[str] = frozenset(
    {
        "\u0645\u062c\u0645\u0648\u0639\u0647",  # مجموعة  group (of companies)
        "\u0634\u0631\u0643\u0647",  # شركة  company
        "\u0645\u0637\u0627\u0639\u0645",  # مطاعم  restaurants
        "\u0645\u0637\u0639\u0645",  # مطعم  restaurant
        "\u0645\u062a\u0627\u062c\u0631",  # متاجر  shops
        "\u0645\u062d\u0644\u0627\u062a",  # محلات  shops
        "\u0641\u0646\u062f\u0642",  # فندق  hotel
        "\u062f\u0627\u0631",  # دار  house (of fashion, of publishing)
        "\u0639\u0644\u0627\u0645\u0647",  # علامة  brand
        "\u0645\u0627\u0631\u0643\u0647",  # ماركة  brand
        "\u0645\u0648\u0642\u0639",  # موقع  website
        "\u0635\u062d\u064a\u0641\u0647",  # صحيفة  newspaper
        "\u0645\u062c\u0644\u0647",  # مجلة  magazine
        "\u0645\u0624\u0633\u0633\u0647",  # مؤسسة  foundation
        "\u062c\u0627\u0626\u0632\u0647",  # جائزة  prize
        "\u0641\u064a\u0644\u0645",  # فيلم  film
        "\u0643\u062a\u0627\u0628",  # كتاب  book
        "\u0628\u0631\u0646\u0627\u0645\u062c",  # برنامج  programme
    }
)

#: Words that head the quoted title of a paper, a channel, a website, a work or a festival,
#: folded: a person or a place named inside the quotation is part of the title (قناة «أبوظبي
#: الرياضية», رواية «بين القصرين», مهرجان «بريدة عاصمة التمور»). Not برنامج ("programme",
#: also software: برنامج «بانغ آند أولفسين بلاي» names its maker) nor a word for a company.
TITLE_HEADS: frozenset[str] = frozenset(
    {
        "\u0635\u062d\u064a\u0641\u0647",  # صحيفة  newspaper
        "\u062c\u0631\u064a\u062f\u0647",  # جريدة  newspaper
        "\u0645\u062c\u0644\u0647",  # مجلة  magazine
        "\u0642\u0646\u0627\u0647",  # قناة  channel
        "\u0645\u0648\u0642\u0639",  # موقع  website
        "\u0643\u062a\u0627\u0628",  # كتاب  book
        "\u0631\u0648\u0627\u064a\u0647",  # رواية  novel
        "\u0641\u064a\u0644\u0645",  # فيلم  film
        "\u0645\u0633\u0644\u0633\u0644",  # مسلسل  series
        "\u0627\u063a\u0646\u064a\u0647",  # أغنية  song
        "\u0645\u0633\u0631\u062d\u064a\u0647",  # مسرحية  play
        "\u062f\u064a\u0648\u0627\u0646",  # ديوان  collection of poems
        "\u0642\u0635\u064a\u062f\u0647",  # قصيدة  poem
        "\u0645\u0647\u0631\u062c\u0627\u0646",  # مهرجان  festival
    }
)

#: Words that, after ل ("for"), make a competition another one, folded, without the article:
#: كأس العالم لكرة اليد (handball), لليد, للأندية (the Club World Cup), للسيدات (women's) are not
#: the FIFA World Cup the lexicon lists as كأس العالم. Not العام ("of the year 2026") nor المرة
#: (لأول مرة, للمرة الأولى, "for the first time"). Only sports none of the lexicon's competitions
#: is played in: بطولة فرنسا المفتوحة للتنس is the French Open itself, طواف عمان للدراجات the Tour
#: of Oman.
COMPETITION_QUALIFIERS: frozenset[str] = frozenset(
    {
        "\u0643\u0631\u0647",  # كرة  ball (لكرة اليد, لكرة السلة, لكرة الصالات)
        "\u064a\u062f",  # يد  hand(ball) (لليد)
        "\u0633\u0644\u0647",  # سلة  basket(ball) (للسلة)
        "\u0637\u0627\u064a\u0631\u0647",  # طائرة  volley(ball) (للطائرة)
        "\u0627\u0646\u062f\u064a\u0647",  # أندية  clubs (للأندية)
        "\u0633\u064a\u062f\u0627\u062a",  # سيدات  women (للسيدات)
        "\u0646\u0633\u0627\u0621",  # نساء  women (للنساء)
        "\u0634\u0628\u0627\u0628",  # شباب  youth, under-20 (للشباب)
        "\u0646\u0627\u0634\u0626\u064a\u0646",  # ناشئين  under-17 (للناشئين)
        "\u0646\u0627\u0634\u0626\u0627\u062a",  # ناشئات  girls under-17 (للناشئات)
        "\u0631\u062c\u0628\u064a",  # رجبي  rugby (للرجبي)
        "\u0643\u0631\u064a\u0643\u064a\u062a",  # كريكيت  cricket (للكريكيت)
        "\u0647\u0648\u0643\u064a",  # هوكي  hockey (للهوكي)
        "\u0633\u0628\u0627\u062d\u0647",  # سباحة  swimming (للسباحة)
        "\u0627\u0644\u0639\u0627\u0628",  # ألعاب  games, athletics (لألعاب القوى)
        "\u0634\u0637\u0631\u0646\u062c",  # شطرنج  chess (للشطرنج)
        "\u0631\u064a\u0627\u0636\u0627\u062a",  # رياضات  sports (للرياضات الإلكترونية)
        "\u0633\u0644\u0627\u062d",  # سلاح  weapon, in fencing (لسلاح سيف المبارزة)
        "\u0645\u0628\u0627\u0631\u0632\u0647",  # مبارزة  fencing (للمبارزة)
        "\u062c\u0648\u062f\u0648",  # جودو  judo (للجودو)
        "\u0643\u0627\u0631\u0627\u062a\u064a\u0647",  # كاراتيه  karate (للكاراتيه)
        "\u062a\u0627\u064a\u0643\u0648\u0646\u062f\u0648",  # تايكوندو  taekwondo (للتايكوندو)
        "\u0645\u0635\u0627\u0631\u0639\u0647",  # مصارعة  wrestling (للمصارعة)
        "\u0631\u0645\u0627\u064a\u0647",  # رماية  shooting (للرماية)
        "\u062c\u0645\u0628\u0627\u0632",  # جمباز  gymnastics (للجمباز)
        "\u0641\u0631\u0648\u0633\u064a\u0647",  # فروسية  equestrianism (للفروسية)
        "\u0627\u0633\u0643\u0648\u0627\u0634",  # اسكواش  squash (للاسكواش)
        "\u062a\u062c\u062f\u064a\u0641",  # تجديف  rowing (للتجديف)
    }
)

#: Words of a match report, folded, without the article: a document that uses them often
#: reports on a sport (thresholds.SPORTS_MIN_WORDS and after), and there a name shared by a
#: city and a team is the team (روما, AS Roma). Not هدف ("goal", also "aim") nor منتخب ("national
#: team", also "elected"): other news uses them as often.
SPORTS_WORDS: frozenset[str] = frozenset(
    {
        "\u0645\u0628\u0627\u0631\u0627\u0647",  # مباراة  match
        "\u0645\u0628\u0627\u0631\u064a\u0627\u062a",  # مباريات  matches
        "\u0645\u0628\u0627\u0631\u0627\u062a\u0647",  # مباراته  his match
        "\u0634\u0648\u0637",  # شوط  half (of a match)
        "\u0647\u062f\u0627\u0641",  # هداف  top scorer
        "\u0647\u062f\u0627\u0641\u064a",  # هدافي  top scorers of
        "\u0645\u062f\u0631\u0628",  # مدرب  coach
        "\u0644\u0627\u0639\u0628",  # لاعب  player
        "\u0644\u0627\u0639\u0628\u064a",  # لاعبي  players (oblique)
        "\u0644\u0627\u0639\u0628\u0648",  # لاعبو  players (nominative)
        "\u0644\u0627\u0639\u0628\u064a\u0646",  # لاعبين  players
        "\u062f\u0648\u0631\u064a",  # دوري  league
        "\u0645\u0644\u0639\u0628",  # ملعب  stadium, pitch
        "\u0627\u0646\u062a\u0642\u0627\u0644\u0627\u062a",  # انتقالات  transfers (سوق الانتقالات: a transfer report)
        "\u0645\u064a\u0631\u0643\u0627\u062a\u0648",  # ميركاتو  the transfer window (mercato)
    }
)

#: Every word a look-up reads off the front of a name: place designators and family words.
LEADING_WORDS: frozenset[str] = PLACE_DESIGNATORS | FAMILY_WORDS


#: Epithets after a place's name, folded.
PLACE_EPITHETS: frozenset[str] = frozenset(
    {
        "\u0627\u0644\u0645\u0643\u0631\u0645\u0647",  # المكرمة  the honoured (مكة المكرمة)
        "\u0627\u0644\u0645\u0646\u0648\u0631\u0647",  # المنورة  the radiant (المدينة المنورة)
        "\u0627\u0644\u0645\u0642\u062f\u0633\u0647",  # المقدسة  the holy (كربلاء المقدسة)
        "\u0627\u0644\u0627\u0634\u0631\u0641",  # الأشرف  the most noble (النجف الأشرف)
        "\u0627\u0644\u0634\u0631\u064a\u0641",  # الشريف  the noble (القدس الشريف)
    }
)


def bare_name_words(words: list[str], leading: frozenset[str] = PLACE_DESIGNATORS) -> tuple[int, int] | None:
    """Where a place's own name lies among the folded words of a name: ``(start, end)``
    without a leading designator (one of ``leading``) and a trailing epithet, or None when
    there is neither.

    >>> bare_name_words(["محافظه", "الفيوم"]), bare_name_words(["مكه", "المكرمه"])
    ((1, 2), (0, 1))
    >>> bare_name_words(["جبل", "طارق"]) is None, bare_name_words(["المكرمه"]) is None
    (True, True)
    """
    start = 1 if words and words[0] in leading else 0
    end = len(words) - 1 if words and words[-1] in PLACE_EPITHETS else len(words)
    if (start, end) == (0, len(words)) or end <= start:
        return None
    return start, end


def bare_name(written: str, folded: str, leading: frozenset[str] = PLACE_DESIGNATORS) -> str | None:
    """A name as written without its designator (one of ``leading``) and epithet, found on its
    folded words.

    Takes the name as written and its folded form, word for word (None when the word counts
    differ, as after :func:`translit.phonetic.compact`); returns the written words of the bare
    name, or None when there is neither designator nor epithet.

    >>> bare_name("محافظة حلب", "محافظه حلب"), bare_name("مكة المكرمة", "مكه المكرمه")
    ('حلب', 'مكة')
    >>> bare_name("عائلة التوام", "عايله التوام", LEADING_WORDS), bare_name("عائلة التوام", "عايله التوام")
    ('التوام', None)
    """
    written_words, folded_words = written.split(), folded.split()
    span = bare_name_words(folded_words, leading) if len(written_words) == len(folded_words) else None
    return None if span is None else " ".join(written_words[span[0] : span[1]])
