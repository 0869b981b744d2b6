"""From matches to the names a text means: what the words around a match say about it.

:func:`translit.matcher.find_matches` finds which spans spell which lexicon forms, word by
word. Whether a span names that entity often shows only in the words around it, which this
module reads, one guard per question; each drops hits or the whole match:

- whose surname it is: a given name before it that is not the person's own makes it another
  person's (مهند عسيري is not Ahmed Asiri; so does the second word of a compound given name,
  عبد الإله بخاري), unless the person's given name stands a patronymic
  earlier (خالد محفوظ بحاح); the word before بن is a given name (لبيد بن ربيعة); a surname
  so given to another person is that person's throughout the text (فلورنتينو بيريس ...
  وبيريس); so is a surname right after a kinship noun with a pronoun (زوجها هافينغتون, "her
  husband Huffington"); a surname read off the article stands alone only once the document
  has introduced the person;
- whether it names the person: a surname alone in quotation marks names a brand or a firm
  named after them (مطاعم «زوما»), and a preposition is never read off a word that opens a
  quotation («باندورا راديو» is no ب + Andorra), while an organisation's listed name that is a
  common word stands alone in them («القاعدة»), and a form listed under ``quoted`` names its
  entity only there («الشرق الأوسط», the newspaper); a name inside a patronymic after a given name
  and بن is the father's (فيصل بن سلمان بن عبد العزيز), one before الأب or الابن the relative's;
- which of the entities named alike it names: after a word for a player or the team (مهاجم
  موناكو, بقميص روما), or anywhere in a document that reports on a sport (المباراة, الشوط,
  المدرب ...), a team named after its city is the team;
- whether it is a name at all: a feminine adjective agreeing with the noun before it
  (العاصمة السعودية), a word written with tanwin (تركيًا), a word after a particle only a verb
  follows (لم تتوانَ), a word a number counts (3.7 ميل), a preposition that folding turns into
  a name's first word (على أكبر), a place named like a given name before another word of a
  name (سيرغي لافروف), a place named by an everyday noun that a masculine adjective qualifies
  (في الرباط الصليبي, "in the cruciate ligament").

Data flows one way: tokens -> :mod:`translit.matcher` -> this module -> :mod:`translit.resolve`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from translit import thresholds
from translit.commonwords import (
    FIXED_EXPRESSIONS,
    comes_before_a_verb,
    counts_what_follows,
    fixed_expressions_over,
    is_arabic_word_form,
    is_common,
    is_function_word,
    is_function_word_as_written,
    is_imperfect_verb,
    is_masculine_nisba,
    is_nisba_adjective,
    opens_a_relative_clause,
    surface_zipf,
)
from translit.designators import BRAND_HEADS, COMPETITION_QUALIFIERS, SPORTS_WORDS, TEAM_WORDS, TITLE_HEADS
from translit.givennames import COMPOUND_NAME_STARTS, DIN, DIN_NAME_FIRSTS, NAME_PARTICLES, is_given_name
from translit.index import ELDER_YOUNGER_EPITHETS, FATHER_SON_EPITHETS, Index, fold_name, is_everyday_noun
from translit.latin import VOWEL_LETTERS, reads_as
from translit.lexicon import Entity
from translit.matcher import Hit, Match, other_middle_names, read_whole
from translit.orthography import ALEF_FORMS, TANWIN, fold, light_fold
from translit.phonetic import ABD
from translit.tokens import ARTICLE, PROCLITICS, QUOTATION_MARKS, Token, readings

__all__ = ["in_context"]


def in_context(tokens: Sequence[Token], matches: Sequence[Match], index: Index, text: str = "") -> list[Match]:
    """The matches the words around them confirm, with the hits they leave.

    Takes the tokens of a text and the matches :func:`translit.matcher.find_matches` found in
    them; returns those matches, in order, without the hits (or whole matches) the context
    rules out. A surname the text gives another person (مهند عسيري) is that person's
    throughout the text, unless the text names the lexicon's person in full too. With the
    ``text`` the tokens' offsets point into, a surname alone in quotation marks is no person
    (:func:`_quoted_alone`).

    >>> from translit.lexicon import Entity, Lexicon
    >>> from translit.matcher import find_matches
    >>> from translit.tokens import tokenize
    >>> index = Index(Lexicon([Entity("ahmed-asiri", "person", "Ahmed Asiri", "أحمد عسيري")]))
    >>> def kept(text):
    ...     tokens = tokenize(text)
    ...     return [(m.first, m.hits[0].form.entity.id) for m in in_context(tokens, find_matches(tokens, index), index)]
    >>> kept("قال أحمد عسيري إن مهند عسيري سجل. وأضاف عسيري")
    [(1, 'ahmed-asiri'), (8, 'ahmed-asiri')]
    >>> kept("سجل مهند عسيري. وأضاف عسيري")
    []
    """
    named = {t for m in matches for t in range(m.first, m.last)}
    teams = _teams_named_after_cities(matches)

    @cache
    def reports_on_a_sport() -> bool:  # read from all the tokens, so only when a rule asks
        return _about_a_sport(tokens, len(teams))

    sport = bool(teams) and reports_on_a_sport()
    places = _standing_places(matches)
    introduced = {h.form.entity.id for m in matches if m.last - m.first > 1 for h in m.hits}
    introduced.update(i for m in matches for i in _article_surname_introduced(tokens, m, index))
    kept: list[Match] = []
    others: set[tuple[str, str]] = set()  # (entity id, short form) the text gives another person
    for match in matches:
        guarded: Match | None = _article_surname(match, introduced)
        guarded = _given_name_not_place(tokens, guarded)
        guarded = _surname_not_fa_place(tokens, guarded)
        guarded = _respelled_place_before_a_name(tokens, guarded, named)
        guarded = _respelled_place_after_a_given_name(tokens, guarded, index, named)
        guarded = _quoted_alone(text, tokens, guarded, introduced)
        guarded = _preposition_inside_quotes(text, tokens, guarded)
        guarded = _quoted_name(text, tokens, guarded)
        guarded = _quoted_only(text, tokens, guarded)
        guarded = _inside_a_quoted_title(text, tokens, guarded)
        guarded = _another_competition(tokens, guarded)
        guarded = _another_national_body(tokens, guarded)
        guarded = _after_a_surname_title(tokens, guarded)
        guarded = _father_in_a_patronymic(tokens, guarded, index)
        guarded = _before_a_generation_epithet(tokens, guarded)
        guarded = _before_a_surname_suffix(tokens, guarded)
        before_people = guarded
        guarded = _before_patronymic(tokens, guarded)
        guarded = _given_name_before_a_name(tokens, guarded, index, named)
        guarded = _compound_given_name_before_a_surname(tokens, guarded)
        guarded = _after_kinship_noun(tokens, guarded)
        guarded = _after_a_place_word(tokens, guarded)
        guarded = _in_a_kunya(tokens, guarded)
        guarded = _nisba_after_a_definite_noun(tokens, guarded, named)
        guarded = _noun_before_a_masculine_adjective(tokens, guarded)
        guarded = _team_named_after_its_city(tokens, guarded, sport)
        guarded = _club_after_a_team_word(tokens, guarded, reports_on_a_sport)
        guarded = _place_in_a_list_of_places(text, tokens, guarded, places)
        guarded = _country_after_a_preposition(tokens, guarded)
        guarded = _place_after_an_indefinite_adjective(tokens, guarded)
        if (
            guarded is None
            or _agrees_with_noun_before(tokens, guarded, named)
            or _agrees_with_indefinite_noun_before(tokens, guarded, named)
            or _written_with_tanwin(tokens, guarded)
            or _after_verb_particle(tokens, guarded)
            or _after_relative_pronoun(tokens, guarded)
            or _counted(tokens, guarded)
            or _opens_with_a_preposition(tokens, guarded)
            or _construct_plural(tokens, guarded)
            or _noun_before_an_indefinite_adjective(tokens, guarded)
            or _inside_a_fixed_expression(tokens, guarded)
            or _in_a_clan_name(tokens, guarded)
        ):
            others |= _given_to_another(before_people, guarded)
            continue
        guarded = _after_given_name(tokens, guarded, index, named)
        others |= _given_to_another(before_people, guarded)
        if guarded is not None:
            kept.append(guarded)
    return [m for m in (_not_given_to_another(m, others, introduced) for m in kept) if m is not None]


def _quoted_alone(text: str, tokens: Sequence[Token], match: Match | None, introduced: set[str]) -> Match | None:
    """The match without people's one-word short forms standing alone in quotation marks: a
    surname so quoted names a brand, a firm or a work named after the person (مطاعم «زوما», a
    restaurant, not Jacob Zuma; مجموعة «هافينغتون» للإعلام), unless the document names the
    person in full (an entity in ``introduced``), no word that heads a business's name stands
    right before (:data:`translit.designators.BRAND_HEADS`) and the word names no organisation
    or place too (the house «برادا», not Miuccia Prada): اعتراف «ألتمان» after سام ألتمان.
    ``text`` is what the tokens' offsets point into (nothing is checked without it). None when
    no hit is left."""
    if match is None or match.last - match.first != 1 or not _alone_in_quotes(text, tokens, match):
        return match
    branded = match.first > 0 and any(w in BRAND_HEADS for w, _ in _without_proclitic(tokens[match.first - 1]))
    branded = branded or any(h.form.entity.type != "person" for h in match.hits)  # «برادا»: the house, not Miuccia Prada
    return _keeping(match, lambda h: not _one_word_short_form_of_a_person(h) or (not branded and h.form.entity.id in introduced))


def _alone_in_quotes(text: str, tokens: Sequence[Token], match: Match) -> bool:
    """True when the match's words stand alone between an opening and its closing quotation mark
    in ``text`` (what the tokens' offsets point into; never without it): «الشرق الأوسط»."""
    if not text:
        return False
    first, last = tokens[match.first], tokens[match.last - 1]
    opening = text[first.start - 1 : first.start] if first.start > 0 else ""
    return opening in QUOTATION_MARKS and text[last.end : last.end + 1] == QUOTATION_MARKS[opening]


def _quoted_only(text: str, tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match with its hits on forms the lexicon lists under ``quoted`` kept only when its
    words stand alone in quotation marks, and then alone: «الشرق الأوسط» is the newspaper
    Asharq Al-Awsat, الشرق الأوسط unquoted the region. A quoted form is an everyday word, so
    the word with the article is that word, "the ...", even in quotation marks: «الخزنة», Petra's
    Treasury, is not the company listed under ``quoted`` as «خزنة». None when no hit is left."""
    if match is None or not any(h.form.kind == "quoted" for h in match.hits):
        return match
    quoted = _alone_in_quotes(text, tokens, match) and match.reading.article != "stripped"
    return _keeping(match, lambda h: (h.form.kind == "quoted") == quoted)


#: Opening quotation marks a title is written in: « and “ (a plain " opens and closes alike).
_TITLE_OPENINGS = "\u00ab\u201c"


def _inside_a_quoted_title(text: str, tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without people and places when its words lie inside a quotation, with more
    words than its own, right after a word that heads a title (:data:`translit.designators.
    TITLE_HEADS`): the quotation is the name of a channel, a paper, a work or a festival, and
    the name inside is part of it (قناة «أبوظبي الرياضية» is no mention of Abu Dhabi, رواية «بين
    القصرين» none of Kasserine). Organisations stay (كتاب «داعش من الداخل» is about ISIS). A
    quotation of more than ``thresholds.QUOTED_TITLE_MAX_WORDS`` words is what a paper said.
    ``text`` is what the tokens' offsets point into (nothing is checked without it). None when
    no hit is left."""
    if not text or match is None or not any(h.form.entity.type in ("person", "place") for h in match.hits):
        return match
    first, last = tokens[match.first], tokens[match.last - 1]
    # the first word inside the quotation, walking back at most a title's length
    lowest = max(match.first - thresholds.QUOTED_TITLE_MAX_WORDS, 1)
    before = next((b for b in range(match.first, lowest - 1, -1) if _opens_a_title(text, tokens[b - 1].end, tokens[b].start)), None)
    if before is None:
        return match
    head = tokens[before - 1]
    opening = head.end + len(text[head.end : tokens[before].start].rstrip()) - 1
    mark = QUOTATION_MARKS[text[opening]]
    if mark in text[opening + 1 : first.start] or not any(w in TITLE_HEADS for w, _ in _without_proclitic(head)):
        return match  # one closed before the match (صحيفة «ذا تايمز» لندن), or no title's head word
    closing = text.find(mark, last.end)
    after = match.last  # the words after the match before the closing mark
    while after < len(tokens) and tokens[after].end <= closing:
        after += 1
    words = after - before
    if closing < 0 or "\n" in text[last.end : closing] or words == match.last - match.first or words > thresholds.QUOTED_TITLE_MAX_WORDS:
        return match
    return _keeping(match, lambda h: h.form.entity.type not in ("person", "place"))


#: ل ("for") written onto the word after a competition's name; القدم ("the foot", of كرة القدم).
_LAM, _FOOT = "\u0644", "\u0627\u0644\u0642\u062f\u0645"


def _another_competition(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without competitions and events (type ``other``) and football's bodies (an
    entity the lexicon names with لكرة القدم) when the word after it is ل and a word of
    :data:`translit.designators.COMPETITION_QUALIFIERS`: كأس العالم لكرة اليد, لليد, للأندية name
    other competitions than the FIFA World Cup listed as كأس العالم (the lexicon lists كأس العالم
    لكرة القدم itself, which the longer span matches first; and لكرة القدم after any competition is
    football, what the lexicon's are: الدوري الإنجليزي لكرة القدم), and منتخب مصر لكرة اليد is the
    handball team, not the football team listed as منتخب مصر. None when no hit is left."""
    if match is None or match.last >= len(tokens) or not tokens[match.last].linked:
        return match
    after = tokens[match.last]
    if not after.folded.startswith(_LAM) or not any(_of_football(h) for h in match.hits):
        return match
    words = {r.query for r in readings(after.folded) if r.clitic == _LAM or r.article == "elided"}
    if not (words | {w[len(ARTICLE) :] for w in words if w.startswith(ARTICLE)}) & COMPETITION_QUALIFIERS:
        return match
    if match.last + 1 < len(tokens) and tokens[match.last + 1].folded == _FOOT:
        return match  # لكرة القدم: the football the lexicon's competitions are played in
    return _keeping(match, lambda h: not _of_football(h))


#: لكرة القدم, "for football", folded: a body the lexicon names with it is football's.
_FOR_FOOTBALL = fold("لكرة القدم")


def _of_football(hit: Hit) -> bool:
    """True when a hit is a competition or event (type ``other``), or an entity one of whose
    full forms says it is football's (منتخب مصر لكرة القدم, الاتحاد المصري لكرة القدم)."""
    entity = hit.form.entity
    return entity.type == "other" or any(_FOR_FOOTBALL in " ".join(words) for words in _full_form_words(entity))


#: Adjectives of scope, folded, that make an organisation's name another body's: a country's own
#: (مجلس الأمن الوطني العراقي, Iraq's National Security Council, is not the UN's مجلس الأمن).
_NATIONAL = frozenset(
    {
        "\u0627\u0644\u0648\u0637\u0646\u064a",  # الوطني  the national (masculine)
        "\u0627\u0644\u0648\u0637\u0646\u064a\u0647",  # الوطنية  the national (feminine; ة folded to ه)
        "\u0627\u0644\u0642\u0648\u0645\u064a",  # القومي  the national (of a nation), masculine
        "\u0627\u0644\u0642\u0648\u0645\u064a\u0647",  # القومية  the national, feminine
    }
)


def _another_national_body(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without organisations' short forms when "the national" (:data:`_NATIONAL`)
    follows on the same line: the adjective makes the short name a country's own body, not
    the one the lexicon lists under it (مجلس الأمن الوطني is a national security council, not the
    UN Security Council's short مجلس الأمن; الكونغرس الوطني الأفريقي is the ANC, not the US
    Congress). A full name so followed is described (حزب القانون والعدالة القومي المحافظ, "the
    national-conservative Law and Justice party"), and a body whose listed name goes on with
    the adjective is matched whole before this. None when no hit is left."""
    if match is None or match.last >= len(tokens) or not tokens[match.last].linked:
        return match
    if tokens[match.last].folded not in _NATIONAL:
        return match
    return _keeping(match, lambda h: h.form.entity.type != "organization" or not h.form.is_short)


def _opens_a_title(text: str, end: int, start: int) -> bool:
    """True when the gap between two words (``text[end:start]``) opens a quotation: « or “ after
    nothing but spaces, on one line."""
    gap = text[end:start].rstrip()
    return len(gap.strip()) == 1 and gap[-1] in _TITLE_OPENINGS and "\n" not in gap


#: One-letter prepositions written onto the next word: ب ("with, in"), ل ("for"), ك ("like").
_PREPOSITIONS = ("\u0628", "\u0644", "\u0643")


def _preposition_inside_quotes(text: str, tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match unless it reads a one-letter preposition (ب ل ك) off a word that opens a
    quotation: Arabic writes the preposition before the quotation mark (بـ«داعش», ل«الشرق
    الأوسط»), so a word that starts with the letter inside the marks starts with it: تطبيق
    «باندورا راديو» is the Pandora app, not ب + Andorra. ``text`` is what the tokens' offsets
    point into (nothing is checked without it)."""
    if not text or match is None or match.reading.clitic[:1] not in _PREPOSITIONS:
        return match
    start = tokens[match.first].start
    return None if start > 0 and text[start - 1] in QUOTATION_MARKS else match


def _quoted_name(text: str, tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match with the listed forms of organisations and places that need context standing
    alone when its words are written alone in quotation marks: Arabic news quotes the names of
    organisations («القاعدة», «النصرة», «التجمع الوطني»), so the marks say what the common words
    ("the base", "the support", "the national rally") do not. Only forms the lexicon lists
    (``ar``, ``variants``, ``nearby``): a designator's bare name so quoted is an emphasised word
    (أدلة «حديثة», "recent evidence", is no Haditha, listed مدينة حديثة); people's forms are left
    as they are (a surname so quoted is a brand: :func:`_quoted_alone`). ``text`` is what the
    tokens' offsets point into."""
    if match is None or not any(_quotable(h) for h in match.hits):
        return match
    if not _alone_in_quotes(text, tokens, match):
        return match
    return _standing_alone(match, _quotable)


#: Titles after which a person's common one-word form is that person's name, folded: الرئيس
#: هادي is President Hadi, not "calm"; المخلوع صالح ("the deposed Saleh") Ali Abdullah
#: Saleh. Titles that take a surname; الشيخ, الدكتور also take given names (الشيخ صالح).
_SURNAME_TITLES = frozenset(fold(w) for w in ("الرئيس", "المخلوع"))


def _after_a_surname_title(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match with people's one-word forms that need context (a common word: هادي, صالح)
    standing alone right after a title that takes a surname (:data:`_SURNAME_TITLES`, perhaps
    after a proclitic: للرئيس هادي), as quotation marks make an organisation's. Not a masculine
    adjective of relation (الرئيس السوداني, "the Sudanese president", is no al-Sudani). A form
    listed under ``nearby`` stands so only when no other person's own form of the word does:
    الرئيس هادي is Abd Rabbuh Mansur Hadi, whose surname it is, not Nawzad Hadi, who
    lists it under ``nearby``; and a ``nearby`` form shaped as an adjective of relation
    (:func:`_nisba_shaped`) never: الرئيس التركماني is "the Turkmen president", which no
    frequency list may know, not Abu Muslim al-Turkmani. Not when the name goes on
    (:func:`_name_goes_on`): in الرئيس سليم الحص the word after the title is Selim al-Hoss's
    given name, not Ben Sulayem's surname."""
    if match is None or not _readings_before(tokens, match) & _SURNAME_TITLES:
        return match
    if is_masculine_nisba(tokens[match.first].light, thresholds.COMMON_WORD_ZIPF):
        return match  # الرئيس السوداني is "the Sudanese president", no al-Sudani
    if _name_goes_on(tokens, match.last):
        return match  # الرئيس حسين محمود: حسين is the given name of a longer name
    people = [h for h in match.hits if h.form.needs_context and h.form.entity.type == "person"]
    lifted = [h for h in people if h.form.kind != "nearby"] or [h for h in people if not _nisba_shaped(h.form.text)]
    return _standing_alone(match, lambda h: h in lifted)


def _nisba_shaped(written: str) -> bool:
    """True when a one-word form is written as an adjective of relation: the article and a
    final ي (التركماني, "the Turkmen"), the shape a maintainer lists under ``nearby`` because
    the word is also the adjective."""
    word = light_fold(written)
    return " " not in word and word.startswith(ARTICLE) and word.endswith(_YEH)


def _name_goes_on(tokens: Sequence[Token], i: int) -> bool:
    """True when token ``i`` may continue the name of the word before it, with only spaces
    between: a common given name (:func:`translit.givennames.is_given_name`: حسين محمود), a
    word that opens or joins one (بن, عبد, ابو: صالح بن عبد الله) or a word rarer than everyday
    words (الحص in الرئيس سليم الحص: سليم is Selim al-Hoss's given name)."""
    if i >= len(tokens) or not tokens[i].linked:
        return False
    if is_given_name(tokens[i].light) or tokens[i].folded in NAME_PARTICLES | COMPOUND_NAME_STARTS:
        return True
    return surface_zipf(tokens[i].light) < thresholds.COMMON_WORD_ZIPF


def _standing_alone(match: Match, stands: Callable[[Hit], bool]) -> Match:
    """The match with the hits ``stands`` accepts no longer needing context: the text around
    them names their entity (quotation marks, a title)."""
    return replace(match, hits=tuple(replace(h, form=replace(h.form, needs_context=False)) if stands(h) else h for h in match.hits))


def _quotable(hit: Hit) -> bool:
    """True for a hit on a listed form of an organisation or place that needs context (an
    everyday noun, or a form listed under ``nearby``: «الإخوان» is the Brotherhood)."""
    form = hit.form
    return form.needs_context and form.kind in ("ar", "variant", "nearby") and form.entity.type != "person"


def _given_to_another(before: Match | None, after: Match | None) -> set[tuple[str, str]]:
    """The people's short forms (entity id, folded form) the guards on whose surname it is took
    out of a match: the text gives that surname to another person."""
    if before is None:
        return set()
    left = set(after.hits) if after is not None else set()
    return {(h.form.entity.id, h.form.folded) for h in before.hits if h not in left and _one_word_short_form_of_a_person(h)}


def _not_given_to_another(match: Match, others: set[tuple[str, str]], introduced: set[str]) -> Match | None:
    """The match without the short forms the text gives another person elsewhere (see
    :func:`_given_to_another`), unless it names their own person in full too: after
    فلورنتينو بيريس (Florentino Pérez), the same article's بين راموس وبيريس is Pérez again, not
    Shimon Peres. None when no hit is left."""
    if not others:
        return match
    return _keeping(match, lambda h: (h.form.entity.id, h.form.folded) not in others or h.form.entity.id in introduced)


def _written_with_tanwin(tokens: Sequence[Token], match: Match) -> bool:
    """True when a one-word match is written with tanwin: an indefinite Arabic noun or adjective,
    which a name in the news never is (تركيًا is "Turkish", the accusative of تركي; تركيا, Turkey,
    takes none)."""
    return match.last - match.first == 1 and not TANWIN.isdisjoint(tokens[match.first].text)


def _after_verb_particle(tokens: Sequence[Token], match: Match) -> bool:
    """True when a match comes right after a particle only a verb follows (لم, لن, قد, سوف, أن
    after a modal verb; see :func:`translit.commonwords.comes_before_a_verb`): لم تتوان is "did
    not hesitate", يجب أن تدمر "must destroy"."""
    if match.first == 0 or not tokens[match.first].linked:
        return False
    before = tokens[match.first - 2].light if match.first > 1 else ""
    return comes_before_a_verb(tokens[match.first - 1].light, before)


def _after_relative_pronoun(tokens: Sequence[Token], match: Match) -> bool:
    """True when a one-word match comes right after a relative pronoun (التي, الذي ...; see
    :func:`translit.commonwords.opens_a_relative_clause`): the word opens the clause and is its
    verb (القصص التي تروي فقدان الأحبة, "the stories that tell of the loss of loved ones", is
    no Troy). A name of several words may still open a clause."""
    return (
        match.last - match.first == 1
        and match.first > 0
        and tokens[match.first].linked
        and opens_a_relative_clause(tokens[match.first - 1].light)
    )


def _counted(tokens: Sequence[Token], match: Match) -> bool:
    """True when a one-word match comes right after a number that counts it (a number word or
    up to ``thresholds.COUNT_MAX_DIGITS`` digits, see
    :func:`translit.commonwords.counts_what_follows`): a counted word is
    a unit or a thing, not a name: 3.7 ميل is "3.7 miles", مليون أكرا "million acres" (not
    Accra). The counted word is written bare: 45 للعراق is "45 for Iraq". A year is no count:
    في 2008 كينيا names Kenya; nor is the last number of a date written in digits on one line
    (the dateline 2026-02-17 نيويورك)."""
    return (
        match.last - match.first == 1
        and match.first > 0
        and not match.reading.clitic
        and not match.reading.article
        and tokens[match.first].linked
        and counts_what_follows(tokens[match.first - 1].light, thresholds.COUNT_MAX_DIGITS)
        and not (match.first >= 2 and tokens[match.first - 1].linked and tokens[match.first - 1].light.isdecimal() and tokens[match.first - 2].light.isdecimal())
    )


def _opens_with_a_preposition(tokens: Sequence[Token], match: Match) -> bool:
    """True when a match of several words opens with a word that is, as written, a function word
    the lexicon's name spells otherwise, and a common word follows it: يسيطرون على أكبر وأغنى
    المدن is "on the largest", not the name علي أكبر (Ali Akbar), into which folding turns على.
    A name whose first word the lexicon writes so in any of its spellings, hamza or madda on the
    alef aside, is left alone (لو بان, Le Pen; أبي أحمد for Abiy Ahmed, listed آبي أحمد), and so
    is a rare word after the function word (an Egyptian spelling of علي before a surname: لى
    تشيانج, Li Qiang), unless the rest too is respelled and the word is not that rare: على
    فراق ("at the loss of") is no respelling of علي فرج; بن ("son of") before a rare word opens
    a name (بن حيان)."""
    if match.last - match.first < 2:
        return False
    first = tokens[match.first].light[match.reading.skip :]
    if not is_function_word_as_written(first):
        return False
    zipf = surface_zipf(tokens[match.first + 1].light)
    if zipf < thresholds.COMMON_WORD_ZIPF and (
        zipf < thresholds.BORROWED_NAME_MAX_ZIPF or fold(first) in NAME_PARTICLES or any(h.rule == "folded" for h in match.hits)
    ):
        return False
    first = first.translate(ALEF_FORMS)
    return all(first not in _first_words_as_listed(h.form.entity) for h in match.hits)


@lru_cache(maxsize=4096)
def _first_words_as_listed(entity: Entity) -> frozenset[str]:
    """The first word of every spelling the entity lists, marks removed and letters as written
    (:func:`translit.orthography.light_fold`) but for hamza or madda on an alef: ابي for آبي أحمد."""
    return frozenset(light_fold(form).split()[0].translate(ALEF_FORMS) for form in entity.listed_forms)


def _agrees_with_noun_before(tokens: Sequence[Token], match: Match, named: set[int]) -> bool:
    """True when a match opens with a feminine adjective of relation written with the article
    (السعودية, see :func:`translit.commonwords.is_nisba_adjective`) right after a word with the
    article, itself perhaps after a proclitic: there it agrees with the noun before and names
    nothing of its own, whether the noun is feminine (العاصمة السعودية, "the Saudi capital";
    والهيئة السعودية, للعاصمة السعودية), a plural (المطارات السعودية, الأسهم السعودية, "Saudi
    shares") or the second noun of a construct (جمعية الاقتصاد السعودية). So does a name that
    opens with such an adjective: السياسة الخارجية السعودية is "Saudi foreign policy", not the
    ministry (الخارجية السعودية). Not after a
    masculine adjective (ending in ي, its
    feminine a common word): زار الرئيس الفرنسي السعودية names the country, which a masculine
    noun would not agree with; nor where nothing comes before with the article (بين مصر
    والسعودية, قالت السعودية). A word that ends another name (a token in ``named``) is no noun
    the adjective agrees with: in طالبت الأمم المتحدة السعودية the UN asks Saudi Arabia."""
    before = _definite_word_before(tokens, match, named)
    word = tokens[match.first].light
    return (
        before is not None
        and word.startswith(ARTICLE)
        and not is_masculine_nisba(before, thresholds.COMMON_WORD_ZIPF)
        and is_nisba_adjective(word, thresholds.NISBA_ADJECTIVE_ZIPF)
    )


def _agrees_with_indefinite_noun_before(tokens: Sequence[Token], match: Match, named: set[int]) -> bool:
    """True when a one-word match is a feminine adjective of relation written bare (no article,
    no proclitic: سورية, see :func:`translit.commonwords.is_nisba_adjective`) right after an
    indefinite word that is feminine or a feminine plural as written, ending in ة or ات (of 4
    letters or more: بات and مات are verbs): there it agrees with that word, as the definite
    adjective does with a definite noun (:func:`_agrees_with_noun_before`): تنظيمات سورية is
    "Syrian organisations", قوات كردية سورية "Syrian Kurdish forces". After a verb (زار سورية), a
    preposition (في سورية), a masculine noun (شمال سورية) or another name (a token in
    ``named``) the word is the country."""
    before = _word_before(tokens, match, named)
    word = tokens[match.first].light
    return (
        before is not None
        and match.last - match.first == 1
        and not word.startswith(ARTICLE)
        and len(before) >= 4
        and before.endswith(_FEMININE_ENDINGS)
        and not before.startswith(ARTICLE)
        and not is_function_word_as_written(before)
        and word.endswith(_NISBA_WRITTEN_IN_FULL)
        and is_nisba_adjective(word, thresholds.NISBA_ADJECTIVE_ZIPF)
    )


#: The ending of a bare feminine adjective of relation, ية with its dotted ta marbuta: a bare
#: word ending in يه is as often a foreign name (كاليه, Calais; فاليه) as the adjective written
#: without the dots.
_NISBA_WRITTEN_IN_FULL = "\u064a\u0629"
#: The endings of an indefinite word a feminine adjective agrees with, as written: ة (a feminine
#: noun or adjective: قوات كردية) and ات (a sound feminine plural: بلدات).
_FEMININE_ENDINGS = ("\u0629", "\u0627\u062a")
_TA_MARBUTA = "\u0629"  # ة: an indefinite noun before its adjective (مصالحة وطنية)
_SOUND_FEMININE_PLURAL = "\u0627\u062a"  # ات: the ending of a plural, no family name's
_WAW = "\u0648"  # و: the ending of a sound masculine plural in a construct (مسيرون -> مسيرو)


def _construct_plural(tokens: Sequence[Token], match: Match) -> bool:
    """True when a one-word match spelled otherwise than the lexicon (no exact hit) ends in و
    after a common word and comes right before a word with the article: a sound masculine plural
    that lost its ن in a construct (مسيرو الأهلي, "Al-Ahli's managers", is no Maseru; موظفو
    الشركة, مواطنو الدولة). A name the lexicon spells so is no such plural (ماريو الإيطالي)."""
    pair = _word_and_the_next(tokens, match)
    if pair is None or any(h.cost == 0 for h in match.hits):
        return False
    word, after = pair
    return word.endswith(_WAW) and is_common(fold(word[:-1]), thresholds.COMMON_WORD_ZIPF) and after.light.startswith(ARTICLE)


def _noun_before_an_indefinite_adjective(tokens: Sequence[Token], match: Match) -> bool:
    """True when a one-word match written without the article and ending in ة comes right before
    a bare feminine adjective of relation (ية, see :func:`translit.commonwords.is_nisba_adjective`):
    the two are an indefinite noun and its adjective (في إطار مصالحة وطنية, "national
    reconciliation", is no Masalha; استراتيجية دولية). A name is definite and takes its adjective
    with the article (غزة المحاصرة)."""
    pair = _word_and_the_next(tokens, match)
    if pair is None:
        return False
    word, after = pair
    return (
        not word.startswith(ARTICLE)
        and word.endswith(_TA_MARBUTA)
        and not after.light.startswith(ARTICLE)
        and after.light.endswith(_NISBA_WRITTEN_IN_FULL)
        and is_nisba_adjective(after.light, thresholds.NISBA_ADJECTIVE_ZIPF)
    )


#: The most words a fixed expression has (:data:`translit.commonwords.FIXED_EXPRESSIONS`).
_LONGEST_EXPRESSION = max(len(e.split()) for e in FIXED_EXPRESSIONS)


def _inside_a_fixed_expression(tokens: Sequence[Token], match: Match) -> bool:
    """True when the match lies inside a fixed expression of everyday Arabic, on one line
    (:func:`translit.commonwords.fixed_expressions_over`): مسقط رأسه is "his birthplace", no
    Muscat; جوز الهند "coconut", no India; بحماس شديد "with great enthusiasm", no Hamas."""
    lo = match.first
    while lo > 0 and match.first - lo < _LONGEST_EXPRESSION - 1 and tokens[lo].linked:
        lo -= 1
    hi = match.last
    while hi < len(tokens) and hi - match.last < _LONGEST_EXPRESSION - 1 and tokens[hi].linked:
        hi += 1
    words = [[folded for folded, _ in _without_proclitic(t)] for t in tokens[lo:hi]]
    return fixed_expressions_over(words, match.first - lo, match.last - lo)


def _word_and_the_next(tokens: Sequence[Token], match: Match) -> tuple[str, Token] | None:
    """A one-word match as written, its proclitic left out, and the token after it when that
    one follows on the same line (مسيرو and الأهلي in مسيرو الأهلي); None otherwise."""
    if match.last - match.first != 1 or match.last >= len(tokens) or not tokens[match.last].linked:
        return None
    return tokens[match.first].light[len(match.reading.clitic) :], tokens[match.last]


def _word_before(tokens: Sequence[Token], match: Match, named: set[int]) -> str | None:
    """The word right before a match without a proclitic, as written, when it is on the same
    line and ends no other name found in the text (a token in ``named``); None otherwise."""
    if match.first == 0 or match.reading.clitic or not tokens[match.first].linked:
        return None
    return None if match.first - 1 in named else tokens[match.first - 1].light


def _definite_word_before(tokens: Sequence[Token], match: Match, named: set[int]) -> str | None:
    """The word right before a one-word match (:func:`_word_before`) when it has the article,
    perhaps after a proclitic, left out: والهيئة -> الهيئة, بالمطارات -> المطارات, للكرة ->
    الكرة; None otherwise."""
    before = _word_before(tokens, match, named)
    for reading in readings(before) if before is not None else ():
        if reading.article == "stripped":
            return ARTICLE + reading.query
    return None


def _nisba_after_a_definite_noun(tokens: Sequence[Token], match: Match | None, named: set[int]) -> Match | None:
    """The match without places and organisations whose name ends in ي, read off the article,
    right after a word with the article (perhaps after a proclitic: بالجيش): the adjective of
    relation of a name in -i is the name itself, and with the article after a definite noun it
    is that adjective (الجيش البوروندي, "the Burundian army", is not Burundi). A word that ends
    another name (a token in ``named``) is no such noun. None when no hit is left."""
    if match is None or match.last - match.first != 1 or match.reading.article != "stripped":
        return match
    before = _definite_word_before(tokens, match, named)
    if before is None or is_function_word_as_written(before):
        return match
    return _keeping(match, lambda h: h.form.entity.type == "person" or not h.form.folded.endswith("\u064a"))


def _noun_before_a_masculine_adjective(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without places when the word is also an everyday noun (without its article:
    :func:`translit.index.is_everyday_noun`) and a masculine adjective with the article follows
    it (:func:`translit.commonwords.is_masculine_nisba`), with no noun before it that the
    adjective could qualify (a proclitic, a function word or the start of a line comes before):
    a place's name is feminine in Arabic, so the adjective qualifies the noun (قطع في الرباط
    الصليبي, "a tear of the cruciate ligament", is no Rabat; في الريف الشمالي is "in the
    northern countryside"). After a noun the adjective agrees with that noun (مطار الرباط
    الدولي, Rabat's international airport, stays). None when no hit is left."""
    if match is None or match.last - match.first != 1 or match.last >= len(tokens):
        return match
    if all(h.form.entity.type != "place" for h in match.hits):
        return match
    after = tokens[match.last]
    if not after.linked or not after.light.startswith(ARTICLE) or not is_masculine_nisba(after.light, thresholds.COMMON_WORD_ZIPF):
        return match
    if not is_everyday_noun(tokens[match.first].light[len(match.reading.clitic) :].removeprefix(ARTICLE)):
        return match
    if match.first > 0 and tokens[match.first].linked and not match.reading.clitic and not _function_word_before(tokens, match):
        return match
    return _keeping(match, lambda h: h.form.entity.type != "place")


def _team_named_after_its_city(tokens: Sequence[Token], match: Match | None, sport: bool) -> Match | None:
    """The match with only its organisations when it may name an organisation and a place (a
    team named after its city) and the document reports on a sport (``sport``, see
    :func:`_about_a_sport`) or the word before it, perhaps after a proclitic, is a word for a
    team's member, part or follower (:data:`translit.designators.TEAM_WORDS`): مهاجم موناكو is
    Monaco's striker, of AS Monaco, not the principality nor Lisa Monaco; بقميص روما, in the
    shirt of AS Roma. Where no organisation shares the name the place stays: the lexicon knows
    no team of that name."""
    if match is None or not _place_or_team(match):
        return match
    if not (sport or _after_a_team_word(tokens, match)):
        return match
    return _keeping(match, lambda h: h.form.entity.type == "organization")


#: Words that head a club's name in the lexicon (نادي النصر, فريق الهلال), folded.
_CLUB_HEADS = frozenset({"\u0646\u0627\u062f\u064a", "\u0641\u0631\u064a\u0642"})  # نادي  club, فريق  team


def _club_after_a_team_word(tokens: Sequence[Token], match: Match | None, reports_on_a_sport: Callable[[], bool]) -> Match | None:
    """The match with a club's one-word listed form that is an everyday noun standing alone
    right after a word for a team's player, coach or follower (:data:`TEAM_WORDS`, not صفوف,
    "ranks": في صفوف الشباب is "among the young") in a document that reports on a sport
    (``reports_on_a_sport()``, asked last): حارس النصر is Al-Nassr's goalkeeper and لاعبي
    الاتحاد Al-Ittihad's players, where النصر alone is "the victory" and الاتحاد "the union".
    A club is an organisation the lexicon also names with نادي or فريق before it
    (``_CLUB_HEADS``)."""
    if match is None or match.last - match.first != 1 or not _after_a_team_word(tokens, match, _RANKS):
        return match
    if not any(_clubs_everyday_word(h) for h in match.hits) or not reports_on_a_sport():
        return match
    return _standing_alone(match, _clubs_everyday_word)


def _clubs_everyday_word(hit: Hit) -> bool:
    """True for a hit on a club's listed form that needs context (النصر, الاتحاد)."""
    return _quotable(hit) and _is_a_club(hit.form.entity)


@lru_cache(maxsize=4096)
def _is_a_club(entity: Entity) -> bool:
    """True when one of the entity's full forms opens with a word for a club or a team (نادي
    النصر, فريق الهلال).

    >>> _is_a_club(Entity("al-nassr", "organization", "Al-Nassr", "نادي النصر")), _is_a_club(Entity("nato", "organization", "NATO", "حلف الناتو"))
    (True, False)
    """
    return entity.type == "organization" and any(fold(form).split()[0] in _CLUB_HEADS for form in entity.full_forms)


def _place_or_team(match: Match) -> bool:
    """True when a match may name a place and an organisation: a team named after its city
    (روما: Rome and AS Roma)."""
    return {"place", "organization"} <= {h.form.entity.type for h in match.hits}


@dataclass(frozen=True)
class _StandingPlaces:
    """The matches that name a place with no need of context (a form no common word spells:
    النيجر, بوركينا فاسو), by the token they start at and by the token right after their last:
    the neighbours a list of places is read from."""

    starting_at: dict[int, Match]
    ending_before: dict[int, Match]


def _standing_places(matches: Sequence[Match]) -> _StandingPlaces:
    """The :class:`_StandingPlaces` among a document's matches."""
    places = [m for m in matches if any(h.form.entity.type == "place" and not h.form.needs_context for h in m.hits)]
    return _StandingPlaces({m.first: m for m in places}, {m.last: m for m in places})


#: What joins two names of a list written without the conjunction و: a comma (Arabic or Latin)
#: or a spaced dash (المغرب - مالي - زامبيا).
_LIST_SEPARATORS = frozenset({"\u060c", ",", "-", "\u2013"})  # ، ARABIC COMMA, COMMA, HYPHEN-MINUS, EN DASH


def _joined_in_a_list(text: str, tokens: Sequence[Token], left: Match, right: Match) -> bool:
    """True when ``right`` follows ``left`` as the next name of a list: right after it, written
    with the conjunction و (بوركينا فاسو ومالي), or after a comma or a dash with only spaces
    around it (السنغال، مالي). ``text`` is what the tokens' offsets point into."""
    if left.last != right.first or not text:
        return False
    gap = text[tokens[left.last - 1].end : tokens[right.first].start]
    if "\n" in gap or right.reading.clitic not in ("", "\u0648"):  # و
        return False
    return gap.strip() in _LIST_SEPARATORS or (right.reading.clitic == "\u0648" and not gap.strip())  # السنغال، ومالي


def _ends_an_item(tokens: Sequence[Token], match: Match) -> bool:
    """True when the words of a list item end with the match: the text ends, or a punctuation
    mark or the conjunction و follows (صيدا وصور، ...), not a word that goes on with it
    (الرمادي والأبيض اللؤلؤي, "grey and pearly white")."""
    return match.last == len(tokens) or not tokens[match.last].linked or tokens[match.last].folded.startswith("\u0648")  # و


def _qualifies_the_noun_before(tokens: Sequence[Token], match: Match, places: _StandingPlaces) -> bool:
    """True when a match written with the article follows, with only a space, a word with the
    article or a place's name: an adjective of that noun (جبل الزاوية الغربية, "western Jabal
    al-Zawiya"; برلين الشرقية, "East Berlin"), not the first name of a list."""
    if match.first == 0 or match.reading.clitic or not tokens[match.first].linked:
        return False
    if not tokens[match.first].folded.startswith(ARTICLE):
        return False
    return tokens[match.first - 1].folded.startswith(ARTICLE) or match.first in places.ending_before


def _another_adjective_of_the_place(tokens: Sequence[Token], before: Match, match: Match) -> bool:
    """True when a place's name ends with an adjective of relation (a final ية or ي: أميركا
    الشمالية) and the match, written with the article, follows it as another adjective of the
    same noun: أميركا الشمالية والوسطى is North and Central America, no governorate named
    الوسطى ("the middle")."""
    last = tokens[before.last - 1].light
    adjective = is_nisba_adjective(last, thresholds.COMMON_WORD_ZIPF) or is_masculine_nisba(last, thresholds.COMMON_WORD_ZIPF)
    return adjective and match.reading.query.startswith(ARTICLE)


def _place_in_a_list_of_places(text: str, tokens: Sequence[Token], match: Match | None, places: _StandingPlaces) -> Match | None:
    """The match with the forms of places that need context standing alone when it is a name
    in a list of places: a place that needs no context (:func:`_standing_places`) comes right
    before or after it, joined by و, a comma or a dash. An adjective or a common noun is joined
    to other words (دعم مالي وعسكري, "financial and military support"), a place to places:
    بوركينا فاسو ومالي والنيجر is Burkina Faso, Mali and Niger, صيدا وصور Sidon and Tyre. A
    place's name that is also a person's stays as it is: the list decides only between a place
    and a common word. ``text`` is what the tokens' offsets point into."""
    if match is None or not any(_listed_place_in_context(h) for h in match.hits):
        return match
    before, after = places.ending_before.get(match.first), places.starting_at.get(match.last)
    after_a_place = before is not None and _joined_in_a_list(text, tokens, before, match)
    if after_a_place and _another_adjective_of_the_place(tokens, before, match):
        return match
    listed_after = after_a_place and _ends_an_item(tokens, match)
    listed_before = (
        after is not None and _joined_in_a_list(text, tokens, match, after)
        and not _qualifies_the_noun_before(tokens, match, places)
    )
    if not (listed_after or listed_before):
        return match
    return _standing_alone(match, _listed_place_in_context)


def _listed_place_in_context(hit: Hit) -> bool:
    """True for a hit on a place's form that needs context and that the lexicon lists (``ar``,
    ``variants``, ``nearby``): the maintainer's word that the bare name is the place's. Not
    the bare name of a place listed only with its designator (مدينة صور -> صور), which other
    places bear too: عبري وصور in Oman is Sur, not Tyre; مناطق الجزيرة in Syria is no Gezira
    State."""
    return hit.form.needs_context and hit.form.entity.type == "place" and hit.form.kind in ("ar", "variant", "nearby")


#: Prepositions written as words of their own, folded, after which a noun follows, never an
#: adjective: في مالي is "in Mali" (مالي, also the adjective "financial", follows nouns: دعم مالي).
_PREPOSITIONS_ALONE = frozenset(
    fold(w)
    for w in (
        "في",  # in
        "إلى",  # to
        "مع",  # with
        "عن",  # about, from
        "على",  # on, against
        "عبر",  # across
        "بين",  # between
        "داخل",  # inside
        "نحو",  # towards
    )
)


def _country_after_a_preposition(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match with the forms of places shaped as adjectives of relation (a final ي, its
    feminine in ة a common word: مالي, مالية) standing alone right after a preposition written
    as a word (:data:`_PREPOSITIONS_ALONE`): an adjective follows its noun, never a preposition,
    so في مالي is Mali and دعم مالي "financial support". Only a form listed under ``nearby``,
    the maintainer's word that the bare word is the place's: some such words are nouns (دوري,
    "league", is also Dori in Burkina Faso: في دوري أبطال أوروبا). Not من, which is also "who",
    nor proclitics (لمالي may be "for my money")."""
    if match is None or match.last - match.first != 1 or match.first == 0 or match.reading.clitic:
        return match
    if not tokens[match.first].linked or tokens[match.first - 1].folded not in _PREPOSITIONS_ALONE:
        return match

    def adjective_shaped(hit: Hit) -> bool:
        return _listed_place_in_context(hit) and hit.form.kind == "nearby" and is_masculine_nisba(light_fold(hit.form.text), thresholds.COMMON_WORD_ZIPF)

    if not any(adjective_shaped(h) for h in match.hits):
        return match
    return _standing_alone(match, adjective_shaped)


def _place_after_an_indefinite_adjective(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without places when it is a bare word shaped as a masculine adjective of
    relation (مالي, also "financial" and "Malian") right after another such adjective written
    bare: the two qualify the noun before them (مصدر أمني مالي, "a Malian security source").
    None when no hit is left."""
    if match is None or match.last - match.first != 1 or match.first == 0 or match.reading.clitic:
        return match
    word, before = tokens[match.first], tokens[match.first - 1]
    if not word.linked or word.light.startswith(ARTICLE) or before.light.startswith(ARTICLE) or is_function_word_as_written(before.light):
        return match  # في مالي: a preposition, no adjective
    if not (is_masculine_nisba(word.light, thresholds.COMMON_WORD_ZIPF) and is_masculine_nisba(before.light, thresholds.COMMON_WORD_ZIPF)):
        return match
    return _keeping(match, lambda h: h.form.entity.type != "place")


#: صفوف ("ranks"): a team word (في صفوف روما) that heads any group too (في صفوف الشباب, "among the young").
_RANKS = frozenset({"\u0635\u0641\u0648\u0641"})


def _after_a_team_word(tokens: Sequence[Token], match: Match, leaving_out: frozenset[str] = frozenset()) -> bool:
    """True when the word right before a match without a proclitic is, perhaps after its own
    proclitic, a word for a team's member, part or follower (بقميص روما), other than those in
    ``leaving_out``."""
    if match.first == 0 or match.reading.clitic or not tokens[match.first].linked:
        return False
    return any(folded in TEAM_WORDS and folded not in leaving_out for folded, _ in _without_proclitic(tokens[match.first - 1]))


def _teams_named_after_cities(matches: Sequence[Match]) -> set[str]:
    """Ids of the organisations of the matches that may also name a place: teams named after
    their city (روما: Rome and AS Roma)."""
    return {h.form.entity.id for m in matches if _place_or_team(m) for h in m.hits if h.form.entity.type == "organization"}


def _about_a_sport(tokens: Sequence[Token], teams: int = 0) -> bool:
    """True when a document reports on a sport: the words of a match report
    (:data:`translit.designators.SPORTS_WORDS`, after a proclitic or the article too: المباراة,
    للمدرب) are many, of several kinds and dense enough (``thresholds.SPORTS_*``), as in وسجل
    اللاعب هدفه في الشوط الثاني من المباراة; a politician called a "key player" (لاعب رئيسي) in
    a long article is not. A document that names ``teams`` teams named after their cities, at
    least ``thresholds.SPORTS_MIN_TEAMS`` (a list of a player's clubs: برشلونة, بورتو, موناكو),
    needs only one such word."""
    found = [word for token in tokens if (word := _sports_word(token.folded))]
    if found and teams >= thresholds.SPORTS_MIN_TEAMS:
        return True
    return (
        len(found) >= thresholds.SPORTS_MIN_WORDS
        and len(set(found)) >= thresholds.SPORTS_MIN_DISTINCT
        and len(found) >= thresholds.SPORTS_MIN_SHARE * len(tokens)
    )


def _sports_word(folded: str) -> str:
    """The word of a match report a folded word is, after a proclitic and the article (والمدرب,
    للمدرب -> مدرب; see :func:`translit.tokens.readings`), or ``""``."""
    return next((r.query for r in readings(folded) if r.query in SPORTS_WORDS), "")


def _keeping(match: Match, keep: Callable[[Hit], bool]) -> Match | None:
    """The match with only the hits ``keep`` accepts: itself when all are, None when none is."""
    hits = tuple(h for h in match.hits if keep(h))
    if len(hits) == len(match.hits):
        return match
    return replace(match, hits=hits) if hits else None


def _after_given_name(tokens: Sequence[Token], match: Match, index: Index, named: set[int]) -> Match | None:
    """The match without the surnames of people whose name has no word the text puts before
    it: a given name the lexicon knows makes the surname another person's (ومارتن شولتز is
    Martin Schulz, not Olaf Scholz's شولتز; محمد بن لادن is not Osama bin Laden), and so do a
    common given name of the news (:mod:`translit.givennames`: مهند عسيري is not Ahmed Asiri)
    and a borrowed given name the lexicon does not know (:func:`_borrowed_name`: فلورنتينو
    بيريس is not Shimon Peres), unless it reads as the person's own (حقان فيدان is Hakan Fidan)
    or is a patronymic or middle name after the person's own (:func:`_own_name_before`: خالد
    محفوظ بحاح is Khaled Bahah). A word of another name found in the text (a token in
    ``named``) is no borrowed given name. None when no hit is left."""
    if match.first == 0 or not tokens[match.first].linked or match.reading.clitic:
        return match  # after a proclitic (صالح والثني) the word before is not of the same name
    if _function_word_before(tokens, match):
        return match  # الضغط على الأسد: على ("on") folds onto the given name علي
    before = tokens[match.first - 1].folded
    words_before = _without_proclitic(tokens[match.first - 1])
    known = [w for w, written in words_before if _lexicon_given_name(w, written, index)]
    listed = [] if known else [w for w, written in words_before if is_given_name(written) or _after_abd(tokens, match.first - 1)]
    borrowed = not known and not listed and match.first - 1 not in named and _borrowed_name(tokens[match.first - 1])
    glued = (  # بوستان أوغلو: the suffix belongs to the word before, which wordfreq does not list
        not (known or listed or borrowed)
        and any(h.form.folded in _SURNAME_SUFFIXES for h in match.hits)
        and surface_zipf(tokens[match.first - 1].light) < thresholds.BORROWED_NAME_MAX_ZIPF
    )
    if not (known or listed or borrowed or glued):
        return match

    def someone_elses(hit: Hit) -> bool:
        entity = hit.form.entity
        if not (hit.form.is_short and entity.type == "person") or (glued and hit.form.folded not in _SURNAME_SUFFIXES):
            return False
        if _own_name_before(tokens, match.first - 1, entity):
            return False
        if known:
            return not _names_word(entity, known)
        return not any(_names_word(entity, [w]) or _reads_as_given_name(w, entity) for w in listed or [before])

    return _keeping(match, lambda h: not someone_elses(h))


def _after_abd(tokens: Sequence[Token], i: int) -> bool:
    """True when token ``i`` is the second word of a compound given name: عبد, perhaps after a
    proclitic, stands right before it (عبد الإله بخاري: الإله is a given name's word), or it is
    الدين after the first word of a name in الدين (نجم الدين نصر الله: :data:`translit.givennames.
    DIN_NAME_FIRSTS`; رجل الدين السيستاني, "the cleric Sistani", is none)."""
    if i == 0 or not tokens[i].linked:
        return False
    before = [w for w, _ in _without_proclitic(tokens[i - 1])]
    return ABD in before or (tokens[i].folded == DIN and any(w in DIN_NAME_FIRSTS for w in before))


def _given_name_not_place(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without places and organisations named like a common given name when another
    word of a name follows (:mod:`translit.givennames`): سيرغي لافروف is Sergey, not Cergy; داود
    أوغلو not a town called David. None when no hit is left."""
    if match is None or match.last - match.first != 1 or match.last >= len(tokens):
        return match
    if all(h.form.entity.type == "person" for h in match.hits):
        return match
    after = tokens[match.last]
    if not after.linked or is_function_word_as_written(after.light) or not any(c.isalpha() for c in after.text):
        return match
    if not any(is_given_name(written) for folded, written in _without_proclitic(tokens[match.first]) if folded == match.reading.query):
        return match
    return _keeping(match, lambda h: h.form.entity.type == "person")


def _borrowed_name_after(tokens: Sequence[Token], match: Match | None, named: set[int]) -> Token | None:
    """The token right after a one-word match when it is a borrowed name (:func:`_borrowed_name`)
    on the same line and no word of another name found in the text (a token in ``named``); None
    otherwise."""
    if match is None or match.last - match.first != 1 or match.last >= len(tokens) or match.last in named:
        return None
    after = tokens[match.last]
    return after if after.linked and _borrowed_name(after) else None


#: أبو and its genitive أبي ("father of"), folded: the word after them ends a kunya, another
#: person's name (أبو أوباما is Abo Obama, a half-brother; أبو عمر, "father of Omar").
_KUNYA = frozenset({"\u0627\u0628\u0648", "\u0627\u0628\u064a"})
#: بني and بنو ("sons of"), folded: the word after them names a tribe or a town (بني براك, Bnei
#: Brak; بني مزار), not what it names alone.
_SONS_OF = frozenset({"\u0628\u0646\u064a", "\u0628\u0646\u0648"})


def _in_a_kunya(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without people's one-word short forms right after أبو or أبي (perhaps after
    a proclitic: وأبو): the two are a kunya, "father of", which names the father, not the
    person whose surname the word is. After بني or بنو, "sons of", one word names a tribe or a
    town, nothing the word names alone (بني براك is Bnei Brak, not Tom Barrack; بني مزار, a town
    of Minya, not Mazar-i-Sharif). A kunya or a town the lexicon lists (أبو مازن, بني وليد) is
    matched whole before this guard sees it. None when no hit is left."""
    if match is None:
        return match
    before = _readings_before(tokens, match)
    if before & _SONS_OF:
        return None
    if not before & _KUNYA:
        return match
    return _keeping(match, lambda h: not _one_word_short_form_of_a_person(h))


#: آل (ALEF WITH MADDA ABOVE, LAM), "the house of": the word after it names a clan, after an
#: ancestor (آل مقرن, آل ثاني), as written (folded it is the article's ال, which a typo leaves
#: standing alone: إيال زامير written إيامس ال زامير).
_HOUSE_OF = "\u0622\u0644"


def _in_a_clan_name(tokens: Sequence[Token], match: Match) -> bool:
    """True when a person's one-word short form comes right after آل ("the house of", perhaps
    after و): the two name a clan after its ancestor, not the person who bears the name (آل
    مقرن is not Crown Prince Muqrin). Only the match is dropped: the surname stays the person's
    elsewhere in the text. A clan the lexicon lists (آل سعود) is matched whole before this."""
    if match.last - match.first != 1 or match.first == 0 or match.reading.clitic or not tokens[match.first].linked:
        return False
    before = tokens[match.first - 1].light
    if before not in (_HOUSE_OF, *(c + _HOUSE_OF for c in _CONJUNCTIONS)):
        return False
    return all(_one_word_short_form_of_a_person(h) for h in match.hits)


def _readings_before(tokens: Sequence[Token], match: Match) -> set[str]:
    """The folded readings of the word right before a one-word match written without a
    proclitic, on the same line: as it stands, without each proclitic, and ل + the article
    with its alef left out (للرئيس -> الرئيس). Empty for any other match."""
    if match.last - match.first != 1 or match.first == 0 or match.reading.clitic or not tokens[match.first].linked:
        return set()
    before = tokens[match.first - 1]
    return {w for w, _ in _without_proclitic(before)} | {r.query for r in readings(before.folded) if r.article == "elided"}


def _one_word_short_form_of_a_person(hit: Hit) -> bool:
    """True when a hit is a person's one-word short form (a surname, or a listed one)."""
    return hit.form.is_short and hit.form.entity.type == "person" and " " not in hit.form.folded


def _own_name_goes_on(hit: Hit, then: Callable[[str], bool]) -> bool:
    """True when one of the person's full forms has the hit's word followed by a word ``then``
    accepts: the words after it are the person's own (سلمان بن عبد العزيز)."""
    word = hit.form.folded
    return any(word in words[:-1] and then(words[words.index(word) + 1]) for words in _full_form_words(hit.form.entity))


def _respelled_place(hit: Hit) -> bool:
    """True for a hit of a place or organisation the text spells otherwise than the lexicon (a
    variant-key or fuzzy hit): beside a person's name, the word is more likely part of it."""
    return hit.form.entity.type != "person" and hit.rule in ("variant-key", "fuzzy")


def _respelled_place_before_a_name(tokens: Sequence[Token], match: Match | None, named: set[int]) -> Match | None:
    """The match without places and organisations it spells otherwise than the lexicon (a
    variant-key or fuzzy hit) when a borrowed name follows (:func:`_borrowed_name_after`): the
    two words are a person's name (أسمير بيغوفيتش is Asmir Begović, not Izmir's إزمير). None when
    no hit is left."""
    if _borrowed_name_after(tokens, match, named) is None:
        return match
    return _keeping(match, lambda h: not _respelled_place(h))


def _respelled_place_after_a_given_name(tokens: Sequence[Token], match: Match | None, index: Index, named: set[int]) -> Match | None:
    """The match without places and organisations it spells otherwise than the lexicon (a
    variant-key or fuzzy hit) right after a given name (one the lexicon's people use, a common
    one of the news, :mod:`translit.givennames`, or a borrowed one, :func:`_borrowed_name`, that
    ends no other name of the text): the word is that person's surname (فريدرك شوبان is Frédéric
    Chopin, not Shopian's شوپیان; وحسن إسكندراني is no İskenderun; أميتاب باتشان, Amitabh
    Bachchan, is no Baishan; ألفريد ماكدونالد no McDonald's). None when no hit is left."""
    if match is None or match.last - match.first != 1 or match.first == 0 or match.reading.clitic:
        return match
    if not any(_respelled_place(h) for h in match.hits):
        return match  # the common case, decided before any look-up of the word before
    if not tokens[match.first].linked or _function_word_before(tokens, match):
        return match
    borrowed = match.first - 1 not in named and _borrowed_name(tokens[match.first - 1])
    if not borrowed and not _a_given_name(tokens[match.first - 1], index):
        return match
    return _keeping(match, lambda h: not _respelled_place(h))


def _given_name_before_a_name(tokens: Sequence[Token], match: Match | None, index: Index, named: set[int]) -> Match | None:
    """The match without people's one-word short forms that are also common given names when a
    borrowed name follows (:func:`_borrowed_name_after`): the word is then that other person's
    given name (العطار فرنسيس كوركدجيان is not Pope Francis), unless the person's own name goes on
    with it. None when no hit is left."""
    after = _borrowed_name_after(tokens, match, named)
    if match is None or after is None:
        return match
    written = tokens[match.first].light[match.reading.skip :]

    def someone_elses(hit: Hit) -> bool:
        if not _one_word_short_form_of_a_person(hit):
            return False
        if not (is_given_name(written) or hit.form.folded in index.given_names):
            return False
        return not _own_name_goes_on(hit, lambda word: word == after.folded)

    return _keeping(match, lambda h: not someone_elses(h))


def _compound_given_name_before_a_surname(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without people's one-word forms that are given names, compound (عبد + a word:
    عبد الناصر for Gamal Abdel Nasser) or common (:func:`translit.givennames.is_given_name`: صالح
    for Ali Abdullah Saleh), when a surname with the article follows, a rare word (under
    ``thresholds.COMMON_WORD_ZIPF`` as written), no function word: the two are another person's
    name (المحلل العسكري عبد الناصر العايد; المدعو صالح الشرجي), unless the person's own name
    goes on with it. None when no hit is left."""
    if match is None or match.last >= len(tokens) or not tokens[match.last].linked:
        return match
    after = tokens[match.last]
    if not after.light.startswith(ARTICLE) or is_function_word_as_written(after.light):
        return match
    if surface_zipf(after.light) >= thresholds.COMMON_WORD_ZIPF:
        return match  # عبد الناصر الذي, عبد الله الثاني: an ordinary word, as written (العايد folds onto العائد)
    if after.light.endswith(_SOUND_FEMININE_PLURAL):
        return match  # المعروف عن صالح المغالطات: a plural ("the fallacies") is no family name

    written = tokens[match.first].light[match.reading.skip :]

    def someone_elses(hit: Hit) -> bool:
        if hit.form.entity.type != "person" or " " in hit.form.folded or not (hit.form.is_short or hit.form.kind == "variant"):
            return False
        compound = hit.form.folded.startswith(ABD)  # compact: عبدالناصر
        return (compound or is_given_name(written)) and not _own_name_goes_on(hit, lambda word: word == after.folded)

    return _keeping(match, lambda h: not someone_elses(h))


#: Nouns of kinship as written before a possessive pronoun (ة written ت, hamza on alef read
#: plain): زوجها هافينغتون is "her husband Huffington", a relative who bears the surname.
_KINSHIP_NOUNS: dict[str, str] = {
    "\u0632\u0648\u062c": "husband, wife",  # زوج
    "\u0632\u0648\u062c\u062a": "wife",  # زوجة
    "\u0627\u0628\u0646": "son",  # ابن
    "\u0627\u0628\u0646\u062a": "daughter",  # ابنة
    "\u0628\u0646\u062a": "daughter",  # بنت
    "\u0646\u062c\u0644": "son",  # نجل
    "\u0646\u062c\u0644\u062a": "daughter",  # نجلة
    "\u0634\u0642\u064a\u0642": "brother",  # شقيق
    "\u0634\u0642\u064a\u0642\u062a": "sister",  # شقيقة
    "\u0627\u062e\u0648": "brother (nominative)",  # أخو
    "\u0627\u062e\u064a": "brother (genitive)",  # أخي
    "\u0627\u062e\u0627": "brother (accusative)",  # أخا
    "\u0627\u062e\u062a": "sister",  # أخت
    "\u0627\u0628\u0648": "father (nominative)",  # أبو
    "\u0627\u0628\u064a": "father (genitive)",  # أبي
    "\u0627\u0628\u0627": "father (accusative)",  # أبا
    "\u0648\u0627\u0644\u062f": "father",  # والد
    "\u0648\u0627\u0644\u062f\u062a": "mother",  # والدة
    "\u0627\u0645": "mother",  # أم
    "\u0639\u0645": "paternal uncle",  # عم
    "\u062e\u0627\u0644": "maternal uncle",  # خال
    "\u062c\u062f": "grandfather",  # جد
    "\u062c\u062f\u062a": "grandmother",  # جدة
    "\u062d\u0641\u064a\u062f": "grandson",  # حفيد
    "\u062d\u0641\u064a\u062f\u062a": "granddaughter",  # حفيدة
    "\u0627\u0631\u0645\u0644\u062a": "widow",  # أرملة
    "\u0637\u0644\u064a\u0642\u062a": "ex-wife",  # طليقة
    "\u0635\u0647\u0631": "son-in-law, brother-in-law",  # صهر
    "\u0627\u0628\u0646\u0627\u0624": "sons (nominative)",  # أبناؤ
    "\u0627\u0628\u0646\u0627\u0626": "sons (genitive)",  # أبنائ
    "\u0627\u0634\u0642\u0627\u0624": "brothers (nominative)",  # أشقاؤ
    "\u0627\u0634\u0642\u0627\u0626": "brothers (genitive)",  # أشقائ
    "\u0627\u062e\u0648\u062a": "brothers",  # إخوة
}

#: Possessive pronouns a kinship noun takes before a name: his, her, their (two), their,
#: their (women), our, your. Not ي ("my"): خالي is also "empty", عمي "blind".
_POSSESSIVE_PRONOUNS = (
    "\u0647",  # ه his
    "\u0647\u0627",  # ها her
    "\u0647\u0645\u0627",  # هما their (two)
    "\u0647\u0645",  # هم their
    "\u0647\u0646",  # هن their (women)
    "\u0646\u0627",  # نا our
    "\u0643",  # ك your
    "\u0643\u0645",  # كم your (plural)
)

_KIN_WITH_PRONOUN = frozenset(noun + pronoun for noun in _KINSHIP_NOUNS for pronoun in _POSSESSIVE_PRONOUNS)


#: Words that head a place's name and say nothing else, folded: a town, a district, a street
#: takes a person's name for its own (منطقة السراج, حي الحسين, شارع الرشيد). Not the
#: designators that are also everyday words before a person: ولاية ("term of office": ولاية
#: ترامب الثانية), مقاطعة ("boycott": مقاطعة الصدر), دولة (the title of a prime minister: دولة
#: حسان), قضاء ("the judiciary").
_PLACE_WORDS = frozenset(fold(w) for w in "منطقة مدينة بلدة قرية مخيم محافظة ناحية بلدية حي شارع ساحة ميدان حارة".split())


def _after_a_place_word(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without people's one-word forms right after a word that heads a place's name,
    perhaps after a proclitic (:data:`_PLACE_WORDS`): the place is named after someone, or
    bears a name a person bears too (اشتباكات في منطقة السراج, a Tripoli district, is no Fayez
    al-Sarraj). None when no hit is left."""
    if match is None or match.first == 0 or match.last - match.first != 1 or not tokens[match.first].linked:
        return match
    if not any(folded in _PLACE_WORDS for folded, _ in _without_proclitic(tokens[match.first - 1])):
        return match
    return _keeping(match, lambda h: h.form.entity.type != "person")


def _after_kinship_noun(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without people's surnames right after a kinship noun with a possessive pronoun
    (زوجها, شقيقه, ابنته, perhaps after و or ف): the name is the relative's, who bears the same
    surname (كتبت عن زوجها هافينغتون, "she wrote about her husband Huffington", is not Arianna
    Huffington). A given name standing for the person stays (وزوجته ميلانيا is Melania Trump),
    and so does a name after the noun without a pronoun (زوجة أوباما, "Obama's wife", names
    Obama). None when no hit is left."""
    if match is None or match.first == 0 or match.last - match.first != 1 or match.reading.clitic:
        return match
    if not tokens[match.first].linked:
        return match
    before = tokens[match.first - 1].light.translate(ALEF_FORMS)
    words = (before, before[1:] if before[:1] in _CONJUNCTIONS else "")
    if any(word.replace(_TA_MARBUTA, _TA) in _KINSHIP_NOUNS for word in words):
        return _not_the_relative(match)
    if not any(word in _KIN_WITH_PRONOUN for word in words):
        return match

    def relatives(hit: Hit) -> bool:
        if not _one_word_short_form_of_a_person(hit):
            return False
        given = {words[0] for words in _full_form_words(hit.form.entity) if len(words) > 1}
        return hit.form.folded not in given

    return _keeping(match, lambda h: not relatives(h))


#: ة (TEH MARBUTA) and ت (TEH): a kinship noun in ة is listed as written before a pronoun.
_TA_MARBUTA, _TA = "\u0629", "\u062a"


def _not_the_relative(match: Match) -> Match:
    """The match right after a kinship noun in a construct (أرملة ماكين, "McCain's widow";
    نجل خامنئي, "Khamenei's son") without the relatives who list the surname under ``nearby``,
    when someone else bears it as a short form: the noun names the relative, and the surname
    the one the relative is named after (John McCain, not Cindy McCain, whom the text names
    too). Unchanged when no other hit is left."""
    others = [h for h in match.hits if h.form.kind != "nearby"]
    if not others or len(others) == len(match.hits) or not any(_one_word_short_form_of_a_person(h) for h in others):
        return match
    return replace(match, hits=tuple(others))


#: ف ("so", "then"): a conjunction that opens a clause, rarely one right after a given name.
_FA = "\u0641"


def _surname_not_fa_place(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without places and organisations read off ف right after a common given name
    (:mod:`translit.givennames`): ف does not join a given name to a place, so the word is that
    person's surname whose first letter is ف (ويليام فويلز is William Foyles, not "so Wales"; لويس
    فويتون is Louis Vuitton). Other proclitics do join them (الملك فيصل بأبها, "in Abha"; صالح
    لعدن). None when no hit is left."""
    if match is None or match.last - match.first != 1 or match.first == 0 or match.reading.clitic != _FA:
        return match
    if all(h.form.entity.type == "person" for h in match.hits) or not tokens[match.first].linked:
        return match
    if not any(is_given_name(written) for _, written in _without_proclitic(tokens[match.first - 1])):
        return match
    return _keeping(match, lambda h: h.form.entity.type == "person")


def _before_patronymic(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without people's one-word short forms when بن or ابن and a name follow: the
    word before a patronymic is a given name (لبيد بن ربيعة, the poet Labid, is not Yair Lapid's
    لبيد), unless the person's own name goes on so (سلمان بن عبد العزيز). None when no hit is left."""
    if match is None or match.last - match.first != 1 or match.last + 1 >= len(tokens):
        return match
    particle, after = tokens[match.last], tokens[match.last + 1]
    if particle.folded not in NAME_PARTICLES or not particle.linked or not after.linked:
        return match

    def someone_elses(hit: Hit) -> bool:
        return _one_word_short_form_of_a_person(hit) and not _own_name_goes_on(hit, lambda word: word in NAME_PARTICLES)

    return _keeping(match, lambda h: not someone_elses(h))


def _father_in_a_patronymic(tokens: Sequence[Token], match: Match | None, index: Index) -> Match | None:
    """The match without people when it follows a given name and بن or بنت: the words are the
    father's name inside another person's (الأمير فيصل بن سلمان بن عبد العزيز is Prince Faisal,
    King Salman's son; صالح بن عبدالعزيز آل الشيخ, the minister, is not the Grand Mufti Abdulaziz
    Al al-Sheikh; بثينة بنت علي النعيمي is no mention of Ali Al-Naimi). A given name the lexicon's
    people use or a common one of the news (:mod:`translit.givennames`) must come before: after
    a verb بن is Ben (وقال بن رودس, Ben Rhodes), and after no given name بنت and ابن are nouns
    that name the parent ("the daughter of": بنت القذافي is Gaddafi's daughter, and names
    Gaddafi). Nor, after بن, a match that is itself a patronymic, whatever word comes before:
    بن then links a chain of fathers (الشيخ خليفة بن طحنون بن محمد آل نهيان is Khalifa, Sheikh
    Tahnoun bin Mohammed's son), as no verb or noun comes before a Ben with a patronymic of his
    own. None when no hit is left."""
    if match is None or match.first < 2 or not tokens[match.first].linked:
        return match
    particle = tokens[match.first - 1]
    if particle.folded not in _PATRONYMIC_PARTICLES or not particle.linked:
        return match
    chained = particle.folded == _BIN and any(t.folded in NAME_PARTICLES for t in tokens[match.first + 1 : match.last - 1])
    if not chained and not _a_given_name(tokens[match.first - 2], index):
        return match
    return _keeping(match, lambda h: h.form.entity.type != "person")


def _before_a_surname_suffix(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without people when a surname's suffix written apart follows it on the line
    (أوغلو, زاده, نجاد, بور: :data:`_SURNAME_SUFFIXES`): the name goes on into a longer surname,
    another person's (سلجوق بيرقدار أوغلو, Turkey's chief of staff Bayraktaroğlu, is not Selçuk
    Bayraktar of Baykar). A person the lexicon lists with the suffix is matched by the longer
    span before this guard sees it. None when no hit is left."""
    if match is None or match.last >= len(tokens):
        return match
    after = tokens[match.last]
    if not after.linked or after.folded not in _SURNAME_SUFFIXES:
        return match
    return _keeping(match, lambda h: h.form.entity.type != "person")


def _elder_or_younger(tokens: Sequence[Token], match: Match) -> bool:
    """True when الأكبر or الأصغر follows a name of two words or more and ends its phrase (a
    punctuation mark or the line's end after it): باراك أوباما الأكبر، is Obama Sr. After one
    word they are also "the greatest", "the smallest", and before a word they are a comparison
    (باراك أوباما الأكبر سنا, "the eldest")."""
    after = match.last
    if match.last - match.first < 2 or tokens[after].folded not in ELDER_YOUNGER_EPITHETS:
        return False
    return after + 1 >= len(tokens) or not tokens[after + 1].linked


def _before_a_generation_epithet(tokens: Sequence[Token], match: Match | None) -> Match | None:
    """The match without people when الأب, الابن or الحفيد ("senior", "junior", "the grandson")
    follows: the name is the father's, son's or grandson's who bears it (حصل باراك أوباما الأب على
    منحة, Barack Obama Sr.; وغادر أوباما الأب). A person the lexicon lists with the epithet
    (جورج بوش الأب) is matched by the longer span before this guard sees it. None when no hit
    is left. الأكبر, الأصغر ("the elder", "the younger") only as :func:`_elder_or_younger` says."""
    if match is None or match.last >= len(tokens):
        return match
    after = tokens[match.last]
    if not after.linked or not (after.folded in FATHER_SON_EPITHETS or _elder_or_younger(tokens, match)):
        return match
    return _keeping(match, lambda h: h.form.entity.type != "person")


#: بن, "son of" between two names of a patronymic chain (written without alef).
_BIN = "\u0628\u0646"
#: بن and بنت ("son of", "daughter of") after a given name: the name after is the father's.
_PATRONYMIC_PARTICLES = frozenset({_BIN, "\u0628\u0646\u062a"})


#: Surnames that end in a word written apart, folded: the word is the end of many surnames, so
#: it stands for the person alone (قال أوغلو, Davutoğlu) only after no other name.
_SURNAME_SUFFIXES = frozenset(
    {
        "\u0627\u0648\u063a\u0644\u0648",  # اوغلو  Turkish -oğlu, "son of" (داود أوغلو, بوستان أوغلو)
        "\u0632\u0627\u062f\u0647",  # زاده  Persian -zadeh, "born of" (حاجي زاده)
        "\u0646\u062c\u0627\u062f",  # نجاد  Persian -nejad, "lineage" (أحمدي نجاد, بعيدي نجاد)
        "\u0628\u0648\u0631",  # بور  Persian -pour, "son" (علي بور)
    }
)


def _own_name_before(tokens: Sequence[Token], last: int, entity: Entity) -> bool:
    """True when the entity's own name stands before a surname: a word of it right before
    (token ``last``: باراك حسين أوباما), or its given name a few name words earlier on the
    same line (``NAME_WORDS_BEFORE_SURNAME``, بن and ابن skipped), the words between being a
    patronymic (خالد محفوظ بحاح, عادل بن زيد الطريفي). Only the given name counts there: in
    حسين أونيانغو أوباما, Barack Obama's middle name is his grandfather's given name. A word
    with a proclitic starts a new name (وضياء خوجة): the walk stops there. Nor when the
    lexicon gives the person other middle names (:func:`translit.matcher.other_middle_names`):
    سلطان بن أحمد القاسمي is not سلطان بن محمد القاسمي."""
    given = {words[0] for words in _full_form_words(entity) if len(words) > 1}
    i: int | None = last
    walked: list[str] = []
    for step in range(thresholds.NAME_WORDS_BEFORE_SURNAME + 1):
        if i is None:
            return False
        words = [w for w, _ in _without_proclitic(tokens[i])]
        if step and given.intersection(words):
            surname = [tokens[last + 1].folded] if last + 1 < len(tokens) else []
            return not any(other_middle_names(entity, [g], surname, walked[::-1]) for g in given.intersection(words))
        if not step and _names_word(entity, words):
            return True
        if len(words) > 1:
            return False
        walked.append(tokens[i].folded)
        i = _name_word_before(tokens, i)
    return False


def _name_word_before(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the word before token ``i`` on the same line, past a name particle."""
    for _ in range(2):
        if i == 0 or not tokens[i].linked:
            return None
        i -= 1
        if tokens[i].folded not in NAME_PARTICLES:
            return i
    return None


def _article_surname(match: Match, introduced: set[str]) -> Match | None:
    """The match without people's one-word names read off the article (الجبير as جبير) unless
    the document introduces the person: after a given name (see
    :func:`_article_surname_introduced`) or by a name of several words. An Arabic family name
    written with the article first follows the given name (عادل الجبير, then قال الجبير), while
    an ordinary word with the article is no name (المنازل العتيقة is not Atiqa, رسالة المصالحة
    not Musalaha). ``introduced``: the ids of the entities so introduced in the document. None
    when no hit is left."""
    people = [h for h in _article_people(match) if h.form.entity.id not in introduced]
    return _keeping(match, lambda h: h not in people)


def _article_people(match: Match) -> list[Hit]:
    """The hits of a one-word match read off the article that are one-word names of people."""
    if match.reading.article != "stripped" or match.last - match.first != 1:
        return []
    return [h for h in match.hits if h.form.entity.type == "person" and " " not in h.form.folded]


def _article_surname_introduced(tokens: Sequence[Token], match: Match, index: Index) -> set[str]:
    """The people a name read off the article introduces by following a given name, perhaps
    after a proclitic (وعادل الجبير): a word the lexicon lists as a one-word person's name or as
    the first word of a person's full form, and no function word as written. The given name
    must be the person's own when the lexicon gives the person a full name (محمد المدبولي is not
    Mostafa Madbouly); any introduces a person listed by one name (a name item: جبير)."""
    people = _article_people(match)
    if not people or match.first == 0 or not tokens[match.first].linked:
        return set()
    if _function_word_before(tokens, match):
        return set()  # على الشأنين: على folds onto علي (Ali), but as written it is "on"
    words = [w for w, _ in _without_proclitic(tokens[match.first - 1])]
    if not any(w in index.given_names or any(f.entity.type == "person" and " " not in f.folded for f in index.exact_forms(w)) for w in words):
        return set()
    return {
        h.form.entity.id
        for h in people
        if _names_word(h.form.entity, words)
        or any(_reads_as_given_name(w, h.form.entity) for w in words)
        or all(len(words) == 1 for words in _full_form_words(h.form.entity))
    }


def _function_word_before(tokens: Sequence[Token], match: Match) -> bool:
    """True when the word before a match is, as written, a function word, perhaps after a
    proclitic: no given name, whatever it folds onto (على, إلى, أن fold onto علي, الي, ان). After
    the conjunction و or ف always, even where the whole word is common: فإن لافروف is "then
    Lavrov", not Phan Van Giang's given name فان before another surname."""
    before = tokens[match.first - 1]
    if before.light[:1] in _CONJUNCTIONS and is_function_word_as_written(before.light[1:]):
        return True
    return any(is_function_word_as_written(w) for _, w in _without_proclitic(before))


def _a_given_name(token: Token, index: Index) -> bool:
    """True when a word, perhaps after a proclitic, is a given name the lexicon's people use or
    a common one of the news (:mod:`translit.givennames`): وفرانك, محمد."""
    return any(_lexicon_given_name(folded, written, index) or is_given_name(written) for folded, written in _without_proclitic(token))


#: ي (YEH), the ending of an adjective of relation.
_YEH = "\u064a"
#: آ (ALEF WITH MADDA ABOVE): inside a word, a hamza and a long a (تآمر, "conspired").
_MADDA = "\u0622"
#: ى (ALEF MAKSURA), which folding reads as ي: روى ("narrated") folds onto روي (Roy).
_ALEF_MAKSURA = "\u0649"


def _lexicon_given_name(folded: str, written: str, index: Index) -> bool:
    """True when a word (folded, and as written) is a given name the lexicon's people use
    (:attr:`translit.index.Index.given_names`), unless it is written with a final ى that the
    module's list does not give a name so (مصطفى, يحيى do): وروى الدباشي is "and al-Dabbashi
    narrated", not Roy Cooper's given name before another surname. Nor a word with a madda
    inside it, a hamza and a long a that no given name writes there: تآمر بولسونارو is
    "Bolsonaro conspired", not Tamer's surname."""
    if folded not in index.given_names or _MADDA in written[1:]:
        return False
    return not written.endswith(_ALEF_MAKSURA) or is_given_name(written)


def _without_proclitic(token: Token) -> tuple[tuple[str, str], ...]:
    """A word (folded, written) and the word without each proclitic it may start with, unless
    it is read whole (:func:`translit.matcher.read_whole`): وعادل is و + عادل, but لصالح ("in favour of") is
    not ل + the given name صالح."""
    folded, written = token.folded, token.light
    return ((folded, written),) + tuple(
        (folded[len(c) :], written[len(c) :])
        for c in PROCLITICS
        if folded.startswith(c) and not read_whole(written, c, written[len(c) :])
    )


#: Endings and beginnings of Arabic verbs and plurals, as written: a word with one is no
#: borrowed given name (وسيزور, يصطحب, استحضرت, طروحات, يؤذوا, انتقاهم).
_VERB_OR_PLURAL_ENDINGS = ("\u0648\u0627", "\u0627\u062a", "\u0647\u0627", "\u0647\u0645", "\u062a")  # وا ات ها هم ت
_VERB_PREFIXES = ("\u064a", "\u062a", "\u0646", "\u0627\u0633\u062a")  # ي ت ن است
#: Conjunctions written onto a verb: وسيزور, ويتفاوض, فيصطحب (و or ف, then a verb prefix or س).
_CONJUNCTIONS, _AFTER_CONJUNCTION = ("\u0648", "\u0641"), ("\u064a", "\u062a", "\u0646", "\u0633")


def _borrowed_name(token: Token) -> bool:
    """True when a word reads as a borrowed given name rather than Arabic: rare as written, not
    a function word, no article, and no Arabic verb or plural form (فلورنتينو, أونيانغو, أثيل).
    Never a number, however rare: in سجل روني 230 هدفا the word before it stands alone."""
    written, folded = token.light, token.folded
    return (
        len(written) >= 3
        and not any(c.isdigit() for c in written)
        and surface_zipf(written) < thresholds.BORROWED_NAME_MAX_ZIPF
        and not written.startswith(ARTICLE)
        and not is_function_word(folded)
        and not is_arabic_word_form(folded, thresholds.COMMON_WORD_ZIPF)
        # a proclitic on a common word (لجد, which is_arabic_word_form leaves out), and و or ف on
        # an attested one (واستنكر, "and denounced", a verb the frequency list knows at Zipf 3.0
        # only; ب + رودز stays برودز, a foreign word)
        and not any(folded.startswith(c) and is_common(folded[len(c) :], _clitic_rest_zipf(c)) for c in PROCLITICS)
        and not written.endswith(_VERB_OR_PLURAL_ENDINGS)
        and not written.startswith(_VERB_PREFIXES)
        and not (written.startswith(_CONJUNCTIONS) and written[1:].startswith(_AFTER_CONJUNCTION))
        and not _future_verb(folded)
        and not _construct_plural_of_a_participle(token)
    )


def _clitic_rest_zipf(clitic: str) -> float:
    """How common the rest of a word after ``clitic`` must be for the word to read as Arabic:
    after the conjunctions و and ف, which open a clause before a verb (ورجح, واستنكر ترامب), an
    attested word is enough; after another proclitic it takes a common one."""
    return thresholds.ATTESTED_STEM_ZIPF if clitic in _CONJUNCTIONS else thresholds.COMMON_WORD_ZIPF


#: م (MEEM), the prefix of the participles whose sound masculine plurals the news puts before a
#: name: معارض, منتقد, مؤيد, مسؤول.
_PARTICIPLE_PREFIX = "\u0645"


def _construct_plural_of_a_participle(token: Token) -> bool:
    """True when a word, perhaps after a proclitic, is a sound masculine plural of a participle
    that lost its ن before the noun it governs: م, a consonant and at least two more letters
    before a final و (معارضو نتنياهو, "Netanyahu's opponents"; منتقدو, متظاهرو), or a final ي
    (the genitive) after a common word that is no given name (لمعارضي ترامب). No borrowed given
    name, so the name after it stays its own: foreign names put a vowel letter after their م
    (ماريو, ماسيمو: :data:`translit.latin.VOWEL_LETTERS`), and a given name before ي stays one
    (محمدي)."""
    for _, word in _without_proclitic(token):
        stem = word[:-1]
        if len(stem) < 4 or not stem.startswith(_PARTICIPLE_PREFIX) or stem[1] in VOWEL_LETTERS or is_given_name(stem):
            continue
        if word.endswith(_WAW):
            return True
        if word.endswith(_YEH) and surface_zipf(stem) >= thresholds.ATTESTED_STEM_ZIPF:
            return True
    return False


#: س, the future's prefix, and the object pronouns a verb may end in: ه, ها, هم, هما, ك, كم, نا.
_FUTURE = "\u0633"
_OBJECT_PRONOUNS = ("\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647", "\u0643\u0645", "\u0643", "\u0646\u0627")


def _future_verb(folded: str) -> bool:
    """True when a word (folded) is س and an Arabic verb in the imperfect, perhaps with an
    object pronoun: سيقوده, "will lead it" (الحزب الذي سيقوده ميرتس), not سيرجي or سيمون."""
    if not folded.startswith(_FUTURE):
        return False
    rest = folded[len(_FUTURE) :]
    stems = [rest] + [rest[: -len(p)] for p in _OBJECT_PRONOUNS if rest.endswith(p) and len(rest) - len(p) >= 3]
    return any(is_imperfect_verb(stem, thresholds.ATTESTED_STEM_ZIPF) for stem in stems)


def _reads_as_given_name(folded: str, entity: Entity) -> bool:
    """True when a word reads as the first word of the entity's English form (حقان, Hakan Fidan)."""
    words = entity.en.split()
    return bool(words) and reads_as(folded, words[0])


def _names_word(entity: Entity, words: Sequence[str]) -> bool:
    """True when one of ``words`` (folded) is a word of one of the entity's full forms, with
    or without the article: Maghrebi given names take it or not (حبيب الصيد is الحبيب الصيد)."""
    own = _own_words_without_article(entity)
    return any(_without_article(w) in own for w in words)


@lru_cache(maxsize=4096)
def _own_words_without_article(entity: Entity) -> frozenset[str]:
    """The words of the entity's full forms, folded, each without the article
    (:func:`_without_article`). Memoised as :func:`_full_form_words` is."""
    return frozenset(_without_article(w) for form in _full_form_words(entity) for w in form)


def _without_article(folded: str) -> str:
    """A folded word without the article, when what is left is a word of three letters or more
    (الحبيب -> حبيب; الله stays)."""
    return folded[len(ARTICLE) :] if folded.startswith(ARTICLE) and len(folded) - len(ARTICLE) >= 3 else folded


@lru_cache(maxsize=4096)
def _full_form_words(entity: Entity) -> tuple[tuple[str, ...], ...]:
    """The words of each of the entity's full forms, folded (محمد حسني مبارك -> محمد، حسني، مبارك).
    Memoised: the guards after matching ask it for the people they weigh, match after match."""
    return tuple(tuple(fold_name(text).split()) for text in entity.full_forms)
