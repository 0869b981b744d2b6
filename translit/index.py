"""The lexicon compiled for look-up: folded forms, phonetic keys and their neighbourhoods.

Built once per lexicon. Three tables answer the matcher's questions:

- ``exact``: compact folded form -> forms (``إسرائيل``, ``اسرائيل`` and ``إسرائيلُ`` meet here);
- ``neighbours``: phonetic key, and the key with any one symbol deleted -> forms, so that a
  query key finds every form key within one edit (the symmetric-delete trick of SymSpell);
- ``prefixes``: every leading run of words of a form, so the matcher stops growing a span
  as soon as no form can start that way.
"""

from __future__ import annotations

import pickle
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from translit import thresholds
from translit.commonwords import (
    is_function_word_as_written,
    is_imperfect_verb,
    is_masculine_nisba,
    is_possessed_noun,
    surface_zipf,
    toggles_the_article,
    zipf,
)
from translit.compiled import CompiledLexicon, EntityTable, FormTable, HashTable, KeyTable
from translit.designators import bare_name
from translit.givennames import DIN, is_never_a_given_name
from translit.latin import arabic_skeletons, latin_skeletons, reads_as
from translit.lexicon import NAME_JOINERS, Entity, Lexicon
from translit.orthography import fold, light_fold
from translit.phonetic import COMPOUND_PREFIXES, compact, key, word_key
from translit.prefilter import BULK_MIN_CANDIDATES, may_pass
from translit.similarity import letters
from translit.tokens import ARTICLE

__all__ = ["Form", "Index", "FORM_KINDS", "JOINERS", "everyday_noun_forms", "fold_name", "is_adjective_surname", "is_everyday_noun"]

#: آل ("family of"), folded: the word after it names a family, not one person.
FAMILY = "ال"

#: How a form entered the index: the canonical spelling, a listed variant, a listed short
#: form, the last word of a person's full form (a short form by default), a place's full
#: form without its designator word or epithet (مدينة الفجيرة -> الفجيرة, مكة المكرمة -> مكة),
#: a form that names the entity only in quotation marks (the lexicon's ``quoted``), or one that
#: names it only in a document that names it otherwise too (the lexicon's ``nearby``).
FORM_KINDS = ("ar", "variant", "short", "surname", "designator", "quoted", "nearby")


@dataclass(frozen=True)
class Form:
    """One spelling of one entity, folded and keyed."""

    entity: Entity
    text: str  # as written in the lexicon
    folded: str  # compact folded (see translit.phonetic.compact)
    key: str
    kind: str  # one of FORM_KINDS
    needs_context: bool = False  # a one-word form that is also a common word (a person's, or a place's without its designator): only coreference links it

    @property
    def is_short(self) -> bool:
        """Short forms (listed or surnames) stand for the entity only when unambiguous or in context."""
        return self.kind in ("short", "surname", "nearby")


#: Second words of compound given names, folded: الله (فتح الله, دفع الله) and الدين (نجم الدين):
#: the first word alone is no given name (دفع, "pushed"; نجم, "star").
_COMPOUND_NAME_ENDS = frozenset({"\u0627\u0644\u0644\u0647", DIN})


def _given_name(form: Form) -> tuple[str, ...]:
    """The given name a person's full form starts with, folded (none for a name particle such
    as عبد، أبو، بن, or a word with the article: الشيخ, الملك are titles)."""
    if form.entity.type != "person" or form.kind not in ("ar", "variant"):
        return ()
    words = fold_name(form.text).split()
    first = light_fold(form.text).translate(JOINERS).split()[0]
    if len(words) < 2 or is_function_word_as_written(first) or words[0].startswith(ARTICLE):
        return ()  # الشيخ, الملك, الأمير are titles, not given names; علي is one, على is not
    if is_never_a_given_name(first):
        return ()  # باسم نعيم is Basem Naim, but باسم أوباما is "in the name of Obama"
    if words[1] in _COMPOUND_NAME_ENDS:
        return ()  # دفع الله الحاج علي: the given name is دفع الله, and دفع alone is "pushed"
    return (words[0],)


def nospace(folded: str) -> str:
    """A folded name with its spaces removed, except after آل ("family of", folded ال).

    محمد سعيد and محمدسعيد meet; آل حمدان (the Hamdan family) does not become الحمدان.

    >>> nospace("محمد سعيد"), nospace("ال حمدان")
    ('محمدسعيد', 'ال~حمدان')
    """
    return "".join(w + "~" if w == FAMILY else w for w in folded.split())


def _fuzzy_eligible(form: Form) -> bool:
    """Whether a form may match fuzzily at all (long enough, with a key to block on)."""
    return letters(form.folded) >= thresholds.MIN_FUZZY_LETTERS and len(form.key) >= 2


def _is_neighbour_key(k: str, form_key: str) -> bool:
    """True when ``k`` is ``form_key`` or ``form_key`` with one symbol deleted (the table's keys).

    >>> _is_neighbour_key("MGR", "MGRG"), _is_neighbour_key("MRG", "MGRG"), _is_neighbour_key("MRR", "MGRG")
    (True, True, False)
    """
    if len(form_key) == len(k):
        return k == form_key
    if len(form_key) != len(k) + 1:
        return False
    j = 0
    while j < len(k) and k[j] == form_key[j]:
        j += 1
    return k[j:] == form_key[j + 1 :]


def _deletions(k: str) -> set[str]:
    return {k[:i] + k[i + 1 :] for i in range(len(k))}


def _decompact(words: list[str]) -> list[str]:
    """Split glued compounds (عبدالله -> عبد الله) so spaced text finds the glued form."""
    out: list[str] = []
    for word in words:
        for prefix in COMPOUND_PREFIXES:
            if len(prefix) >= 3 and word.startswith(prefix) and len(word) - len(prefix) >= 3:
                out.extend([prefix, word[len(prefix) :]])
                break
        else:
            out.append(word)
    return out


#: Regnal numbers, folded: the last word of a monarch's or pope's name (محمد السادس, Mohammed
#: VI; عبد الله الثاني; البابا بنديكت السادس عشر ends in عشر, no name either; a queen's in the
#: feminine, إليزابيث الثانية) is an ordinal, never a surname: اليوم السادس is "the sixth day".
REGNAL_NUMBERS: frozenset[str] = frozenset(
    fold(w)
    for w in (
        "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر عشر "
        "الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة عشرة"
    ).split()
)
#: Titles of monarchs, princes and popes, folded: the one word after them is the holder's own
#: name, given or regnal, which alone names many others (الملكة فيكتوريا, Queen Victoria, and
#: فيكتوريا, Victoria; الأمير هاري; البابا فرنسيس), not a family name.
ROYAL_TITLES: frozenset[str] = frozenset(
    fold(w) for w in "الملك الملكة الأمير الأميرة السلطان الخديو الخديوي البابا الإمبراطور الإمبراطورة القيصر الشاه".split()
)
#: Epithets that tell a father from his son (or grandson) of the same name, folded: after a
#: name in running text they make it the relative's (باراك أوباما الأب, Barack Obama Sr.).
FATHER_SON_EPITHETS: frozenset[str] = frozenset(fold(w) for w in "الأب الابن الحفيد".split())
#: "The elder", "the younger", folded: after a full name, a father's or son's epithet too
#: (باراك أوباما الأكبر); after one word also "the greatest", "the smallest".
ELDER_YOUNGER_EPITHETS: frozenset[str] = frozenset(fold(w) for w in "الأكبر الأصغر".split())
#: All three and "Junior": the last word of بوش الأب (George H. W. Bush), بوش الابن or فينيسيوس
#: جونيور (Vinícius Júnior) is no surname either (الأب is also "the father", "Father"; جونيور
#: ends the names of many).
GENERATION_EPITHETS: frozenset[str] = FATHER_SON_EPITHETS | ELDER_YOUNGER_EPITHETS | frozenset({fold("جونيور")})


def surname(entity: Entity, full_form: str) -> str | None:
    """The default short form of a person's full form: its last word, when it can stand alone.

    Not for a name whose last word follows a compound prefix (آل ثاني, بن حمد, أبو مازن: the
    last word alone names someone else), nor for a regnal number (محمد السادس) or a father's or
    son's epithet (جورج بوش الأب), nor for the name after a royal title (الملكة فيكتوريا), nor for a very
    common word, nor for a person whose English form is one name (Hans-Bernd هانز برند, a
    compound given name: برند alone is Bernd, another name), nor for a last word that is only
    the end of the English form's last name (see :func:`splits_the_last_name`), nor for a
    person known by the first word of the form (`short` or `nearby` lists it: the family name
    comes first, كيم جونغ أون; or the given name is the name, نيمار دا سيلفا).

    >>> e = Entity("joe-biden", "person", "Joe Biden", "جو بايدن")
    >>> surname(e, "جو بايدن")
    'بايدن'
    >>> surname(e, "تميم بن حمد آل ثاني") is None
    True
    >>> surname(Entity("hans-bernd", "person", "Hans-Bernd", "هانز برند"), "هانز برند") is None
    True
    >>> surname(Entity("mohammed-vi", "person", "Mohammed VI", "محمد السادس"), "محمد السادس") is None
    True
    >>> surname(Entity("george-h-w-bush", "person", "George H. W. Bush", "جورج بوش الأب"), "جورج بوش الأب") is None
    True
    >>> surname(Entity("queen-victoria", "person", "Queen Victoria", "الملكة فيكتوريا"), "الملكة فيكتوريا") is None
    True
    >>> surname(Entity("xi-jinping", "person", "Xi Jinping", "شي جين بينغ"), "شي جين بينغ") is None
    True
    >>> surname(Entity("yoon-suk-yeol", "person", "Yoon Suk Yeol", "يون سوك يول", nearby=("يون",)), "يون سوك يول") is None
    True
    """
    if entity.type != "person" or len(entity.en.split()) < 2:
        return None
    words = full_form.split()
    if len(words) < 2 or fold(words[-2]) in (*COMPOUND_PREFIXES, FAMILY) or fold(words[-1]) in REGNAL_NUMBERS | GENERATION_EPITHETS:
        return None
    if len(words) == 2 and fold(words[0]) in ROYAL_TITLES:
        return None  # الأمير هاري is Prince Harry; هاري alone is any Harry
    if splits_the_last_name(full_form, entity.en) or fold(words[0]) in {fold(f) for f in (*entity.short, *entity.nearby)}:
        return None
    last = words[-1]
    folded = fold(last)
    if letters(folded) < thresholds.MIN_SURNAME_LETTERS or zipf(folded) >= thresholds.SURNAME_MAX_ZIPF:
        return None
    return last


def splits_the_last_name(full_form: str, english: str) -> bool:
    """True when a person's Arabic form writes the English form's last name as two words, so
    that its last word is only a piece of it: the Arabic has more words than the English, and
    that last name is hyphenated or reads as the Arabic's last two words.

    Chinese and Korean given names (Xi Jinping شي جين بينغ, Lee Jae-myung لي جاي ميونغ), Persian
    compounds (Ahmadinejad أحمدي نجاد, Firouzabadi فيروز آبادي), double-barrelled surnames
    (Dlamini-Zuma دلاميني زوما: زوما alone is Jacob Zuma). Not a middle name the English
    leaves out (باراك حسين أوباما), nor a split first name.

    >>> splits_the_last_name("شي جين بينغ", "Xi Jinping"), splits_the_last_name("محمود أحمدي نجاد", "Mahmoud Ahmadinejad")
    (True, True)
    >>> splits_the_last_name("نكوسازانا دلاميني زوما", "Nkosazana Dlamini-Zuma"), splits_the_last_name("باراك حسين أوباما", "Barack Obama")
    (True, False)
    >>> splits_the_last_name("نور سلطان نزارباييف", "Nursultan Nazarbayev")  # the first name is split
    False
    >>> splits_the_last_name("عبد الملك الحوثي", "Abdul-Malik al-Houthi")  # the hyphen of the article
    False
    """
    words, names = full_form.split(), english.split()
    if len(words) <= len(names) or len(words) < 3:
        return False
    last = names[-1]
    return "-" in _ENGLISH_ARTICLE.sub("", last) or reads_as(fold(" ".join(words[-2:])), last)


#: The Arabic article as English forms write it before a name (al-Houthi, el-Sisi, ash-Shara):
#: its hyphen joins no two names.
_ENGLISH_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-", re.IGNORECASE)


class Index:
    """Look-up tables over every form of every entity of a lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.exact: dict[str, list[Form]] = defaultdict(list)
        self.nospace: dict[str, list[Form]] = defaultdict(list)  # for bare names: spaces ignored
        self.neighbours: dict[str, list[Form]] = defaultdict(list)
        self.prefixes: set[str] = set()
        self.first_keys: set[str] = set()  # phonetic keys of the first word of multi-word forms
        self.max_words = 1
        self._order: list[Form] = []  # forms in the order they were added
        given: set[str] = set()
        owners = _owners(lexicon)
        for entity in lexicon.entities:
            for form in _forms(entity, owners):
                self._add(form)
                given.update(_given_name(form))
        #: The first words of people's full forms (محمد, مارتن, جان ...), folded: a word that
        #: stands before a surname and says whose surname it is (see translit.matcher).
        self.given_names: frozenset[str] = frozenset(given)
        self._compile()
        self._reset_memos()

    def _compile(self) -> None:
        """Turn the build tables into compact ones (:mod:`translit.compiled`): forms by column,
        look-ups by sorted hash arrays. ``exact``, ``nospace`` and ``neighbours`` stay readable
        as dicts (rebuilt on access, see ``__getattr__``)."""
        entities = self.lexicon.entities
        entity_number = {id(e): i for i, e in enumerate(entities)}
        forms = self._order
        number = {id(f): i for i, f in enumerate(forms)}
        self._forms = FormTable(forms, entity_number, EntityTable(entities))
        self._exact = KeyTable((k, number[id(f)]) for k, bucket in self.exact.items() for f in bucket)
        self._nospace = KeyTable((k, number[id(f)]) for k, bucket in self.nospace.items() for f in bucket)
        self._neighbours = HashTable((k, number[id(f)]) for k, bucket in self.neighbours.items() for f in bucket)
        # (words, key length) of every form in the neighbour table: a span of n words whose
        # key is too long or too short for every n-word form has no candidate to look up.
        self._shapes = frozenset((min(255, f.folded.count(" ") + 1), len(f.key)) for f in forms if _fuzzy_eligible(f))
        for name in ("exact", "nospace", "neighbours", "_order"):
            del self.__dict__[name]

    def __getattr__(self, name: str) -> object:
        # The look-up tables as plain dicts (for inspection and tests; the matcher never uses them).
        if name in ("exact", "nospace", "neighbours") and "_forms" in self.__dict__:
            table: dict[str, list[Form]] = defaultdict(list)
            for i in range(len(self._forms)):
                form = self._forms[i]
                if name == "exact":
                    table[form.folded].append(form)
                elif name == "nospace":
                    table[nospace(form.folded)].append(form)
                elif _fuzzy_eligible(form):
                    for k in {form.key} | _deletions(form.key):
                        table[k].append(form)
            return dict(table)
        raise AttributeError(name)

    #: Most entries each match memo keeps; past it the memo starts afresh (memory stays bounded
    #: on archives of millions of documents, results never change).
    MEMO_LIMIT = 20_000

    def _reset_memos(self) -> None:
        # What the matcher computed per distinct word and per distinct multi-word span: pure
        # functions of the spelling and this index (see translit.matcher), never stale.
        self.memo_words: dict[object, object] = {}
        self.memo_spans: dict[object, object] = {}
        self.memo_fuzzy: dict[object, object] = {}

    def remember(self, memo: dict[object, object], memo_key: object, value: object) -> None:
        """Store a memoised result, starting the memo afresh when it is full."""
        if len(memo) >= self.MEMO_LIMIT:
            memo.clear()
        memo[memo_key] = value

    def __getstate__(self) -> dict[str, object]:
        # Compact: the lexicon travels as its entity table (entities rebuilt on first use), and
        # the space-blind table, which only look-ups of bare names need, as pickled bytes read
        # on first use (running text never reads it: a warm start does not pay for it).
        state = dict(self.__dict__)
        for name in ("memo_words", "memo_spans", "memo_fuzzy", "lexicon", "_english"):
            state.pop(name, None)
        if "_nospace" in state:
            state["_nospace_pickled"] = pickle.dumps(state.pop("_nospace"), protocol=pickle.HIGHEST_PROTOCOL)
        state["lexicon_files"] = self.lexicon.files
        state["lexicon_conflicts"] = self.lexicon.conflicts
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        files = state.pop("lexicon_files")
        conflicts = state.pop("lexicon_conflicts")
        self.__dict__.update(state)
        self.lexicon = CompiledLexicon.from_table(self._forms.entities, files, conflicts)  # type: ignore[arg-type]
        self._reset_memos()

    def _add(self, form: Form) -> None:
        bucket = self.exact[form.folded]
        if any(f.entity.id == form.entity.id for f in bucket):
            return  # the same entity twice under one folded form (a variant differing by hamza only)
        bucket.append(form)
        self._order.append(form)
        self.nospace[nospace(form.folded)].append(form)
        raw_words = fold_name(form.text).split()
        for words in (raw_words, _decompact(raw_words), form.folded.split()):
            self.max_words = max(self.max_words, len(words))
            for n in range(1, len(words) + 1):
                self.prefixes.add(" ".join(words[:n]))
        compact_words = form.folded.split()
        if len(compact_words) > 1:
            self.first_keys.add(word_key(compact_words[0]))
        if _fuzzy_eligible(form):
            for k in {form.key} | _deletions(form.key):
                self.neighbours[k].append(form)

    def exact_forms(self, folded_query: str) -> list[Form]:
        """Forms whose compact folded spelling equals the query's.

        >>> from translit.lexicon import load_lexicon
        >>> index = Index(load_lexicon())
        >>> [f.entity.id for f in index.exact_forms("اسراييل")]
        ['israel']
        """
        query = compact(folded_query)
        forms = self._forms
        return [forms[i] for i in self._exact.get(query) if forms.folded[i] == query]

    def english_forms(self, folded_query: str) -> list[Form]:
        """The main forms (``ar``) of the entities whose English form has the consonant skeleton
        of the query (:func:`translit.latin.arabic_skeletons`), to be checked with
        :func:`translit.latin.reads_as`. The table is built on first use: only look-ups need it.

        >>> from translit.lexicon import load_lexicon
        >>> [f.entity.id for f in Index(load_lexicon()).english_forms("بوخارست")]
        ['bucharest']
        """
        table = self.__dict__.get("_english")
        if table is None:
            table = defaultdict(list)
            forms = self._forms
            main = FORM_KINDS.index("ar")
            for i, kind in enumerate(forms.kind):
                english = forms.entities.field("en", forms.entity[i]) if kind == main else None
                for skeleton in latin_skeletons(english) if english else ():
                    if skeleton:  # no consonant at all (or no Latin letter): nothing to find it by
                        table[skeleton].append(i)
            self._english = table
        numbers = sorted({i for skeleton in arabic_skeletons(folded_query) if skeleton for i in table.get(skeleton, ())})
        return [self._forms[i] for i in numbers]

    def nospace_forms(self, folded_query: str) -> list[Form]:
        """Forms equal to the query once all spaces are removed (محمد سعيد / محمدسعيد)."""
        query = nospace(folded_query)
        forms = self._forms
        return [forms[i] for i in self._nospace_table().get(query) if nospace(forms.folded[i]) == query]

    def _nospace_table(self) -> KeyTable:
        """The space-blind table, unpickled on first use when the index came from the cache."""
        table = self.__dict__.get("_nospace")
        if table is None:
            table = pickle.loads(self.__dict__.pop("_nospace_pickled"))
            self._nospace = table
        return table

    def candidates(self, query_key: str, words: int | None = None, query: str | None = None) -> list[Form]:
        """Forms whose phonetic key is within one edit of ``query_key`` (to be verified);
        with ``words``, only forms of that many words (compact folded); with ``query`` (the
        compact folded spelling) and many candidates, without the forms that provably fail
        :func:`translit.similarity.verify` against it (see :mod:`translit.prefilter`), so that
        only plausible candidates are built and verified (those kept come in the same order).

        >>> from translit.lexicon import load_lexicon
        >>> index = Index(load_lexicon())
        >>> len(index.candidates(key("ماكجورك"), 1)) > 10  # ميركل, ماكرون, كركوك ...
        True
        >>> sorted(f.folded for f in index.candidates(key("ماكجورك"), 1, query="ماكجورك"))
        ['ماكجورك', 'ماكغورك', 'ماكورك']
        """
        if words is not None and query is not None:
            shapes = self._shapes
            n, length = min(255, words), len(query_key)
            if (n, length) not in shapes and (n, length - 1) not in shapes and (n, length + 1) not in shapes:
                return []  # no form of that many words has a key within one edit of this one
        keys = [query_key, *sorted(_deletions(query_key) - {query_key})]  # a fixed order: ties never depend on hashing
        forms = self._forms
        table = self._neighbours
        if query is None:
            seen: dict[int, Form] = {}
            for k in keys:
                for i in table.numbers(k):
                    if i not in seen:
                        if words is not None and forms.words[i] != min(255, words):
                            continue
                        if _is_neighbour_key(k, forms.key[i]):  # not a hash collision
                            seen[i] = forms[i]
            return list(seen.values())
        # Gather the numbers, drop what verification would reject, then check the survivors
        # against the keys (a hash collision is no candidate) and order them as the loop above
        # would: by the first key that proposes them, then by number.
        slices = [table.numbers(k) for k in keys]
        total = sum(len(s) for s in slices)
        if total >= BULK_MIN_CANDIDATES and forms.profiles.bulk_ready(total):
            numbers = self._plausible(slices, words, query)
        else:
            numbers = sorted({i for s in slices for i in s})
            if words is not None:
                numbers = [i for i in numbers if forms.words[i] == min(255, words)]
            compact_query = compact(query)
            numbers = [i for i in numbers if may_pass(compact_query, forms.folded[i])]
        ranked = []
        for i in numbers:
            form_key = forms.key[i]
            first = next((p for p, k in enumerate(keys) if _is_neighbour_key(k, form_key)), None)
            if first is not None:
                ranked.append((first, i))
        ranked.sort()
        return [forms[i] for _, i in ranked]

    def _plausible(self, slices: list[array], words: int | None, query: str) -> list[int]:
        """Candidate numbers (ascending) of the right number of words that may pass verification."""
        forms = self._forms
        return forms.profiles.plausible(slices, forms.words, None if words is None else min(255, words), query, forms.folded)

    def has_prefix(self, folded_words: str) -> bool:
        """True when some form starts with these (folded, space-separated) words."""
        return folded_words in self.prefixes


#: Hyphens and other joiners inside a name read as spaces.
JOINERS = str.maketrans({c: " " for c in NAME_JOINERS})


#: A word-initial hamza on a yeh seat before a vowel letter: how Uyghur (and Kurdish) write a
#: word that starts with a vowel (ئاستانا, ئوساكا, ئىسلامئاباد). Arabic never starts a word with
#: ئ, so it reads as the alef Arabic writes there (أستانا, أوساكا).
_INITIAL_HAMZA_SEAT = re.compile(r"(?<![^\s\-])\u0626(?=[\u0627\u0648\u0649\u064a\u06d5\u06d0\u06c6\u06c7\u06c8])")
_INITIAL_DOUBLE_ALEF = re.compile(r"(?<![^\s])\u0627\u0627")


def fold_name(text: str) -> str:
    """Fold a name (a lexicon form or a name looked up), reading hyphens and other joiners as
    spaces and a word-initial ئ before a vowel letter as alef.

    >>> fold_name("جان-جاك"), fold_name("ئاستانا"), fold_name("ئوساكا")
    ('جان جاك', 'استانا', 'اوساكا')
    """
    folded = " ".join(fold(_INITIAL_HAMZA_SEAT.sub("\u0627", text)).translate(JOINERS).split())
    return _INITIAL_DOUBLE_ALEF.sub("\u0627", folded)


def _owners(lexicon: Lexicon) -> dict[str, set[str]]:
    """Compact folded spelling -> ids of the entities that list it (ar, variants, short, quoted,
    nearby)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entity in lexicon.entities:
        for text in entity.listed_forms:
            owners[compact(fold_name(text))].add(entity.id)
    return owners


def undesignated(entity: Entity, full_form: str, owners: dict[str, set[str]]) -> str | None:
    """A place's full form without its designator word or epithet, when that may stand for
    the place (ولاية قابس -> قابس, كربلاء المقدسة -> كربلاء).

    Not when another entity lists that spelling (مدينة غزة does not take غزة from the Gaza
    Strip). When it is a common word (مدينة العين: العين is "the eye") the form needs context:
    in running text only the full name in the same document links it.

    >>> e = Entity("gabes", "place", "Gabès", "ولاية قابس")
    >>> undesignated(e, "ولاية قابس", {})
    'قابس'
    >>> undesignated(e, "ولاية قابس", {"قابس": {"gabes-city"}}) is None
    True
    """
    if entity.type != "place":
        return None
    rest = bare_name(full_form, fold_name(full_form))
    if rest is None:
        return None
    folded = compact(fold_name(rest))
    if owners.get(folded, set()) - {entity.id}:
        return None
    if letters(folded) < thresholds.MIN_UNDESIGNATED_LETTERS:
        return None
    return rest


def everyday_noun_forms(lexicon: Lexicon) -> list[Form]:
    """The listed one-word forms of places and organisations that are also everyday nouns, so
    that in running text they link only next to another form of their entity or in quotation
    marks (a note for the maintainer: listing the form under ``short`` lets it stand alone).

    >>> from translit.lexicon import load_lexicon
    >>> [f.text for f in everyday_noun_forms(load_lexicon())]  # جدة is under short; «القاعدة» is quoted
    ['الهلال', 'الاتحاد', 'النصر', 'القاعدة', 'الشباب', 'العلا', 'الحضر']
    """
    owners = _owners(lexicon)
    return [
        form
        for entity in lexicon.entities
        if entity.type != "person"
        for form in _forms(entity, owners)
        if form.needs_context and form.kind in ("ar", "variant") and is_everyday_noun(form.text)
    ]


def is_everyday_noun(text: str) -> bool:
    """True when a word, as written, is an everyday noun: common, and it takes possessive
    pronouns (see :func:`translit.commonwords.is_possessed_noun` and the NOUN_POSSESSIVE_*
    thresholds). A place or organisation spelled so needs context in running text.

    >>> is_everyday_noun("المدينة"), is_everyday_noun("طهران")
    (True, False)
    """
    written = light_fold(text)
    return surface_zipf(written) >= thresholds.COMMON_WORD_ZIPF and (
        is_possessed_noun(written, thresholds.NOUN_POSSESSIVE_FORMS, thresholds.NOUN_POSSESSIVE_ZIPF)
        or toggles_the_article(
            written, thresholds.NOUN_ARTICLE_ZIPF, thresholds.NOUN_EVEN_ARTICLE_ZIPF, thresholds.NOUN_EVEN_ARTICLE_MARGIN
        )
    )


def is_adjective_surname(text: str) -> bool:
    """True when a surname, as written, is an Arabic adjective of relation in use: written with
    the article, and its feminine (with ة) a common word (:func:`translit.commonwords.is_masculine_nisba`).
    Such a surname names the person only next to their full name: مبدأ الإنصاف الترابي is
    "the principle of territorial equity", not Hassan al-Turabi; الحوثي is also "the Houthi".

    >>> is_adjective_surname("الترابي"), is_adjective_surname("القذافي"), is_adjective_surname("روحاني")
    (True, False, False)
    """
    written = light_fold(text)
    return written.startswith(ARTICLE) and is_masculine_nisba(written, thresholds.COMMON_WORD_ZIPF)


def _common_with_the_article(folded: str) -> bool:
    """True when a word without the article is a common word with it (صدد: الصدد, "regard",
    Zipf 4.0): a place the lexicon names only with its designator (بلدة صدد) is then named by
    the bare word only next to its full name, since the article may be read off the word."""
    return not folded.startswith(ARTICLE) and zipf(ARTICLE + folded) >= thresholds.COMMON_WORD_ZIPF


def _forms(entity: Entity, owners: dict[str, set[str]]) -> Iterable[Form]:
    listed: list[tuple[str, str]] = [(entity.ar, "ar")]
    listed += [(v, "variant") for v in entity.variants]
    listed += [(s, "short") for s in entity.short]
    listed += [(q, "quoted") for q in entity.quoted]  # only inside quotation marks: see translit.context
    listed += [(n, "nearby") for n in entity.nearby]  # only next to another form: see translit.resolve
    full = {compact(fold_name(t)) for t in entity.full_forms}
    standalone = {compact(fold_name(t)) for t in entity.short}  # the maintainer says these stand alone
    surnames = [s for t in entity.full_forms if (s := surname(entity, t))]
    # after the listed forms: the first kind of a spelling wins (below), so a surname listed
    # under nearby needs the person named (Saddam Haftar lists حفتر: bare, it is Khalifa's)
    listed += [(s, "surname") for s in surnames]
    listed += [(d, "designator") for t in entity.full_forms if (d := undesignated(entity, t, owners))]
    seen: set[str] = set()
    for text, kind in listed:
        folded = compact(fold_name(text))
        if kind == "surname" and folded in full:
            continue
        if folded in seen:
            continue
        seen.add(folded)
        common = kind == "nearby" or (  # سيتي is Manchester City in a document that names the club
            " " not in folded
            and kind != "quoted"  # the quotation marks are its context
            and folded not in standalone
            and (
                (
                    zipf(folded) >= thresholds.COMMON_WORD_ZIPF
                    and (
                        entity.type == "person"  # مبارك ("blessed") is Hosni Mubarak only next to his full name
                        or kind == "designator"  # مدينة العين -> العين ("the eye"): only next to the full name
                        or is_everyday_noun(text)  # المدينة, صور: "the city", "pictures"
                        or is_imperfect_verb(folded, thresholds.ATTESTED_STEM_ZIPF)  # ينقل, "he moves" (Yanqul)
                    )
                )
                or (kind == "surname" and is_adjective_surname(text))  # الإنصاف الترابي: "territorial equity"
                or (kind == "designator" and _common_with_the_article(folded))  # بلدة صدد -> صدد: في هذا الصدد
            )
        )
        yield Form(entity, text, folded, key(folded), kind, common)

