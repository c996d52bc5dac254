"""People of an article: person-like names, their genders, and what "he", "she" and "him" refer to.

:class:`PersonIndex` collects the capitalised names outside quotes that read as people
(a title before them, or two to five words none of which names a place or organisation),
merges their mentions ("Sergei Lavrov" ... "Lavrov") and resolves a pronoun to the nearest
fitting person.  :func:`is_plural` tells a group ("Chinese analysts") from one actor.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Optional, Sequence

from .countries import _state_of
from .cues import reporting_verbs
from .guard import guarded
from .mention_shapes import legal_form_names
from .name_shapes import _function_words, _title_case_lines, lone_surname, lone_surname_in  # noqa: F401 (re-exported)
from .quotemarks import QuoteSpan
from .tokens import MONTH_NAME, PARTY_TAG, WEEKDAY, bare_word, given_names, name_blockers, pronoun_kinds, titles, word_classes

if TYPE_CHECKING:
    from .document import SentenceIndex

# A naming noun before a lone name that stands for the person ("with the callsign Pulse", "nicknamed 'Bogdan'").
_CALLSIGN_BEFORE = re.compile(r"\b(?:call[\s-]?sign|nom\s+de\s+guerre|code[\s-]?name|pseudonym|nicknamed)\s+[“\"‘']?$", re.I)
_NAME = guarded(re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Adm|Prof|Rev|St)\.?\s+)?"
    r"\b[A-Z][\w’'-]*[a-z][\w’'-]*"
    r"(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w’'-]*[a-z][\w’'-]*|(?:al|el|bin|ibn|abu)-[A-Z][\w’'-]*|"
    r"(?:de|van|von|bin|al|da|del|la|le|der|den|di|du|dos|das|della|ter|ten)"
    r"(?=(?:\s+(?:der|den|de|la|le|van|von|dos|das))?\s+[A-Z]))){0,7}"))   # a name never runs over a line break; titles
# and nationality before it may take four words ("North Korean Foreign Minister Choe Son Hui")
_FEMALE_TITLES = {"Mrs", "Ms", "Miss", "Madam", "Madame", "Queen", "Princess", "Lady", "Dame", "Spokeswoman",
                  "Chairwoman", "Congresswoman"}
_MALE_TITLES = {"Mr", "King", "Prince", "Lord", "Sir", "Spokesman", "Chairman", "Congressman"}
# Common nouns of one gender written right before a name ("widow Terry Strada", "his wife, Melania").
_FEMALE_NOUNS = frozenset("widow wife mother daughter sister grandmother aunt niece actress spokeswoman chairwoman "
                          "congresswoman businesswoman councilwoman girlfriend stepmother".split())
_MALE_NOUNS = frozenset("widower husband father son brother grandfather uncle nephew actor spokesman chairman "
                        "congressman businessman councilman boyfriend stepfather".split())
_GENDER_NOUN = re.compile(r"\b(%s)\s*,?\s+$" % "|".join(sorted(_FEMALE_NOUNS | _MALE_NOUNS)))
# Slavic feminine surname endings; not a bare "-ina" or "-aya", which end men's names too ("Medina", "Molina",
# Japan's foreign minister "Iwaya")
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|skaya|tskaya|yova|ovna|evna)$")

_NAME_WORD = re.compile(r"[^\s.]+")
# A prepositional phrase opening a sentence, without a comma or a clause, then a subject pronoun.
_OPENING_PHRASE = re.compile(r"\s*(?:In|At|During|With|On|Following|Despite|Unlike|Like|For|Asked\s+about|"
                             r"Speaking\s+(?:at|to|with|about))\s+[^,.;:!?“”\"]*?\s+")
_PHRASE_VERBS = frozenset("said says was were is are had has have did met made told came went took gave left spoke began "
                          "arrived".split())


def _opening_phrase(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is an opening phrase of at most ten words with no verb before a pronoun ("In a poke
    at Trump "), not a clause ("On the day Trump arrived ", "At the summit Kim said that ")."""
    m = _OPENING_PHRASE.fullmatch(text, lo, hi)
    if m is None:
        return False
    words = re.findall(r"[\w’'-]+", text[lo:hi])
    classes = word_classes()
    return len(words) <= 10 and not any(
        w.islower() and (w in _PHRASE_VERBS or w in classes["aux"] or w in classes["sub"] or w in reporting_verbs()
                         or w.endswith("ed") and len(w) > 4) for w in words[1:])


_HE = guarded(re.compile(r"\b[Hh]e\b"))
_SHE = re.compile(r"\b[Ss]he\b")
# Heads ending a place or facility name, beyond the name blockers (lexicons/name_blockers.txt), and no
# common surname ("Hall", "Field", "Park", "Church", "Tower" are left out): "Kim Il Sung Square", "Kharkiv Oblast".
_PLACE_HEADS = frozenset("""Square Oblast Krai Prefecture District Airport Station Bridge Stadium Arena Cosmodrome
    Palace Plaza Boulevard Road Highway Corridor Harbor Harbour Dam Factory Shipyard Theater Theatre Gardens Strait Gulf
    Canal Mountains Desert Zone Complex Building Hotel Hospital Memorial Cemetery Cathedral Mosque Islands""".split())
# Heads of an office's name that the name blockers lack: "the Defense Intelligence Directorate" is no person.
# The last word of a body or an office written after a title word ("Foreign Affairs", "Council on Foreign Relations",
# "General Staff", "Ambassador Extraordinary and Plenipotentiary", "Secretary of State"): no person, but a name may
# follow it ("Secretary of State Antony Blinken", "High Representative for Disarmament Affairs Nakamitsu Izumi").
_OFFICE_TAILS = frozenset("Affairs Relations Staff Analyses Extraordinary Plenipotentiary Ministers State Security Defense "
                          "Defence".split())
_OFFICE_HEADS = frozenset("Directorate Intelligence Secretariat Inspectorate Headquarters Command".split()) | _OFFICE_TAILS \
    | frozenset("Rights Research Survey Act Politics Guild Base Monitoring Resources Settlement Policy Findings Federal "
                "Constitutional Triangle".split())   # "Human Rights", "Alameda Research", "Affordable Care Act" ...
# A noun in -ation ending a run names a body or a process, never a surname ("Asia-Pacific Economic Cooperation").
_ACTION_NOUN = re.compile(r"[a-z]ation$")
# First words of a place's, a body's, a law's or an event's name, never a given name: "New York", "Los Angeles",
# "St. Petersburg", "National Rally", "Federal Reserve", "Islamic State", "Comprehensive Strategic Partnership",
# "Hurricane Otis". A run opening with one names no person, whose unknown gender would let "he" or "she" take it.
_PLACE_OPENERS = frozenset("New Los Las St Saint National International Federal World Central Islamic Economic "
                           "Comprehensive Presidential Homeland Clean Nuclear Public Global Climate Super Cold Grand "
                           "Equal Gulf Capitol Liberation Disease Information Hurricane Typhoon Cyclone Storm".split())
# A preposition of place or a saint's "St." before a lone capitalised word ("in Charlotte", "from Georgia", "of
# Virginia", "St. Louis").
_IN_PLACE = re.compile(r"(?:\b(?:in|from|near|across|throughout|outside|around|of)|\bSt\.?)\s+$")
# "of", "from", "around" take a person as readily as a place ("the emails of Hillary", "a call from Hillary"): a place
# only after a name or a role, as a person's home or seat ("Tim Kaine of Virginia", "a senator from Georgia").
_OF_FROM = re.compile(r"([\w’'.-]+)\s+(?:of|from|around)\s+$")
# A capitalised run between an article and a common noun names a thing, not a person ("an Air Koryo flight").
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
# The article opening an Arabic surname ("al-Abadi", "Al-Sabah", "el-Sisi"): the surname is also written without it.
_ARABIC_ARTICLE = re.compile(r"(?:al|Al|el|El|ad|Ad|as|As|ash|Ash)-(?=[A-Z])")
# A common noun of a place or facility right after a capitalised run: the run names it ("Wonsan Kalma resort").
_FACILITY_AFTER = re.compile(r"\s+(?:resort|port|seaport|airport|airbase|cosmodrome|spaceport|shipyard|complex|"
                             r"region|province|county|district|peninsula|island|islands|border|crossing|railway|"
                             r"river|lake|mountain|valley|beach|city|town|village|oblast)s?\b")
_MODIFIER_USE = re.compile(r"\s+[a-z]{3,}\b(?<!\bsaid)(?<!\bsays)(?<!\btold)")


# Lower-case particles inside a surname ("Ursula von der Leyen", "Bill de Blasio"), as _NAME reads them.
_DATE_WORD = re.compile(f"{WEEKDAY}|{MONTH_NAME}")   # a surname after a given name, else a date
_PARTICLES = frozenset("de van von bin al da del la le der den di du dos das della ter ten".split())


def _split_names(m: re.Match) -> list[tuple[int, int, list[str]]]:
    """Split a capitalised run into person-sized names, as (start, end, words).

    Capitalised function words split it ("While Obama", "On The Steve Harvey Show"), so
    does a given name after a non-name ("Hillary Clinton Goes After Donald Trump"); a run
    ending in a title is an office, not a person ("PolitiFact Executive Director").
    """
    out: list[tuple[int, int, list[str]]] = []
    names, title_words = given_names(), titles()
    function_words = _function_words()
    cur: list[str] = []
    cur_start = cur_end = m.start()
    for w in _NAME_WORD.finditer(m.group()):
        word = w.group()
        if word.lower() in function_words and word not in title_words and not (cur and word in _PARTICLES):
            if cur:
                out.append((cur_start, cur_end, cur))
            cur = []
            continue
        if cur and word in names and cur[-1] not in names and cur[-1] not in title_words and len(cur[-1]) > 1:
            out.append((cur_start, cur_end, cur))
            cur = []
        if not cur:
            cur_start = m.start() + w.start()
        cur.append(word)
        cur_end = m.start() + w.end()
    if cur:
        out.append((cur_start, cur_end, cur))
    trimmed = []
    for start, end, words in out:
        if words[-1] in title_words and len(words) > 1:
            continue
        last_title = max((i for i, w in enumerate(words) if bare_word(w) in title_words), default=-1)
        if last_title > 0:
            # "Ohio Democratic Party Chairman David Pepper": the name follows the last title.
            at = m.group().find(words[last_title], start - m.start() + len(words[0]))
            start = m.start() + at if at >= 0 else start
            words = words[last_title:]
        last_tail = max((i for i, w in enumerate(words[:-1]) if bare_word(w) in _OFFICE_TAILS), default=-1)
        if last_tail >= 0:
            # "Disarmament Affairs Nakamitsu Izumi": the name follows the word ending an office's name.
            at = m.group().find(words[last_tail + 1], start - m.start() + sum(map(len, words[:last_tail + 1])))
            start = m.start() + at if at >= 0 else start
            words = words[last_tail + 1:]
        core_at = [i for i, w in enumerate(words) if w not in title_words and w not in _PARTICLES]
        if len(core_at) > 4:
            continue                        # a title-case headline, not a name
        if len(core_at) > 3:
            first = core_at[0]
            keep = 2 if words[first] in names and not (len(words[first + 1]) == 1) else 3
            words = words[:core_at[min(len(core_at), keep) - 1] + 1]
            end = start + len(" ".join(words))
        trimmed.append((start, end, words))
    return trimmed


# A title of office and the preposition naming its post: "Ambassador to", "Special Envoy for", "Representative to the".
_TITLE_TO = re.compile(r"\b([A-Z][a-z]+)\s+(?:to|for)\s+(?:the\s+)?$")


def _title_post(text: str, start: int) -> bool:
    """Whether a title of office and its post's preposition end right before ``start`` ("Ambassador to ")."""
    to = _TITLE_TO.search(text, max(0, start - 40), start)
    return to is not None and to.group(1) in titles()


def _after_place(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """A name written right after the place that ends a title of office ('Chief Secretary of the Cabinet of
    Ministers of Japan Yoshimasa Hayashi', 'Foreign Minister of North Korea Choe Son Hui', 'Ambassador to Ukraine
    Kuninori Matsuda', 'Special Envoy for North Korea Sung Kim'): the run after "of", or after a title's "to" or
    "for", without its place words, when two or more words none of them a place or body remain; else unchanged."""
    if text[max(0, start - 3):start] != "of " and not _title_post(text, start):
        return start, words
    blockers = name_blockers()
    k = 0
    while k < len(words) and bare_word(words[k]) in blockers:
        k += 1
    # a state the name blockers lack or only begin ("Ambassador to Norway Espen Eide", "Envoy for South Sudan ..."):
    # the entity lexicon's states
    k = max(k, next((n for n in (3, 2, 1) if len(words) - n >= 2 and _state_of(" ".join(words[:n]))), 0))
    if k == 0 or len(words) - k < 2 or any(bare_word(w) in blockers for w in words[k:]):
        return start, words
    at = text.find(words[k], start)
    return (at, words[k:]) if at >= 0 else (start, words)


@lru_cache(maxsize=8192)
def _name_core(words: tuple[str, ...], month_given: bool = False) -> Optional[tuple[tuple[str, ...], tuple[str, ...], bool, str]]:
    """What :meth:`PersonIndex._add` reads from a name's words alone: the words without titles that end it or come
    before the last one, the core (no titles, no capitalised verb opening it), whether a title opens it and the
    core as one string; None when no person is named (speed: names recur, and this depends on nothing else).
    ``month_given``: a month spelt as a given name opens the core and is one ("chief executive June Raine")."""
    title_words, names = titles(), given_names()
    words = [bare_word(w) for w in words]
    if words and len(words[-1]) > 3 and words[-1][-1] in "’'" and words[-1][-2] == "s":
        words[-1] = words[-1][:-1]     # "Wilders’ victory": a plural-style possessive of a surname in -s
    while words and words[-1] in title_words:
        words = words[:-1]             # "What Mr" before "Mr. Obama": a title ends no name
    last_title = max((i for i, w in enumerate(words) if w in title_words), default=-1)
    if last_title > 0 and words[0] not in title_words:
        # "PolitiFact Executive Director Aaron Sharockman": the name follows the last title.
        words = words[last_title:]
    core = [w for w in words if w not in title_words]
    if len(core) > 1 and core[0].endswith("ing") and core[0] not in names:
        core = core[1:]                 # "Injecting Clinton": a capitalised verb opening a sentence
    if words and words[0].rstrip(".") in ("St", "Saint"):
        return None                     # "St. Louis", "St Petersburg": a place named for a saint
    if core and core[0].rstrip(".") in _PLACE_OPENERS and len(core) > 1:
        return None                     # "New York", "St. Petersburg", "National Rally", "Federal Reserve": no person
    if core and _ACTION_NOUN.search(core[-1]):
        return None
    if not core or any(bare_word(w) in name_blockers() or bare_word(w) in _OFFICE_HEADS
                       for w in core[1 if month_given and len(core) == 2 and core[0] in names else 0:]) and not (
            len(core) == 2 and core[0] in names and _DATE_WORD.fullmatch(core[1])):   # 'Chris Monday', 'Ann May'
        return None
    return tuple(words), tuple(core), words[0] in title_words, " ".join(core)


@dataclass
class Person:
    name: str            # longest name seen, without titles
    gender: str          # "m", "f" or ""


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: int          # index into PersonIndex.people


# How many words an open quoted paragraph needs to read as a narrative excerpt (see PersonIndex).
EXCERPT_WORDS = 20


# A title or role written in lower case right before a name ("chief executive June Raine", "spokeswoman April Ryan").
_LOWER_TITLE_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _month_given(text: str, start: int, words: Sequence[str]) -> bool:
    """Whether a name's first word, a month that is also a given name ("June", "April", "May"), is the given name: a
    title opens the name ("Dr June Raine") or a title or role in lower case stands right before it ("chief executive
    June Raine"), and a surname follows. Not "In June Trump said", "last May Johnson".)"""
    core = [w for w in words if w not in titles()]
    if len(core) != 2 or not _DATE_WORD.fullmatch(core[0]) or core[0] not in given_names() \
            or _DATE_WORD.fullmatch(core[1]):
        return False
    if words[0] in titles():
        return True
    before = _LOWER_TITLE_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).capitalize() in titles()


# A name's possessive and the noun it owns closing a speaker ("Donald Trump’s son", "Putin's spokesman"): somebody else.
_OWNED_NOUN = re.compile(r"[A-Z][\w.-]*[’']s?\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)$")


def _person_noun_owned(noun: str) -> bool:
    """Whether the noun a name owns is a person's: kin ("son", "wife") or a role ("spokesman", "lawyer")."""
    from .mentions import actor_words
    return noun in _FEMALE_NOUNS or noun in _MALE_NOUNS or noun in actor_words()["role"]


# A possessive ending right after a name ("Shevardnadze’s counterpart").
_POSSESSOR_AFTER = re.compile(r"\s?[’']s?\b")


class PersonIndex:
    """Person-like names of an article in order, for resolving "he", "she" and "him".

    A capitalised name counts as a person when a title precedes it or when it has two to
    five words none of which names a place or an organisation; a lone surname counts once
    its full name has been seen.  Gender comes from titles, a list of given names and
    Slavic surname endings.
    """

    def __init__(self, text: str, quotes: Sequence[QuoteSpan] = ()):
        self.text = text
        self.people: list[Person] = []
        self.mentions: list[Mention] = []
        self._alias: dict[str, int] = {}
        self._by_part: dict[str, int] = {}     # each word of a name -> the latest person with it
        self._part_at: dict[str, list[tuple[int, int]]] = {}   # each word of a name -> (position, person) in order
        self._firsts: Optional[dict[int, list[Mention]]] = None
        self._office_only: set[int] = set()    # people known by surname and office only ("President Obama")
        # A long paragraph of a quoted excerpt left open to the next (the multi-paragraph convention) is
        # narrative ("Melanie thought the whole thing was outrageous. She ..."): its names count.
        quotes = [q for q in quotes if q.closed or len(text[q.start:q.end].split()) < EXCERPT_WORDS]
        qstarts = [q.start for q in quotes]
        qends = [q.end for q in quotes]
        headlines = _title_case_lines(text)
        self._firms = legal_form_names(text)   # "Credit Suisse" of "Credit Suisse Group AG": a firm
        h_starts = [a for a, _ in headlines]
        splits: dict[str, list] = {}       # a run -> its names, offsets from its start (speed: runs recur)
        for m in _NAME.finditer(text):
            i = bisect.bisect_right(qstarts, m.start()) - 1
            if i >= 0 and m.start() < qends[i]:
                continue                   # names inside quotes are rarely the speaker
            h = bisect.bisect_right(h_starts, m.start()) - 1
            if h >= 0 and m.start() < headlines[h][1]:
                continue                   # a title-case headline: "Obama Sees 'Personal Insult' if ..." 
            if bare_word(m.group().split()[-1]) in _PLACE_HEADS:
                continue                   # "Kim Il Sung Square", "Kharkiv Oblast": a place, not a person
            if PARTY_TAG.fullmatch(m.group()):
                continue                   # "Rep. Alexandria Ocasio-Cortez, D-New York,": a party and a state
            if _MODIFIER_USE.match(text, m.end()) and _ARTICLE_BEFORE.search(text, max(0, m.start() - 6), m.start()) \
                    and bare_word(m.group().split()[0]) not in titles():
                continue                   # "aboard an Air Koryo flight", "the Camp David talks": a modifier
            if _FACILITY_AFTER.match(text, m.end()) and bare_word(m.group().split()[0]) not in titles():
                continue                   # "the massive Wonsan Kalma resort", "the Rajin port": a place's name
            at = m.start()
            if _title_post(text, at):
                # "Ambassador to Ukraine Kuninori Matsuda": the whole run after the post's place is the name (split
                # first, an unknown given name would stay with the place: "Russia Lynne" + "Tracy")
                start, words = _after_place(text, at, m.group().split())
                if start != at and len(words) <= 4:
                    self._add(start, m.end(), words)
                    continue
            names = splits.get(m.group())
            if names is None:
                names = splits[m.group()] = [(a - at, b - at, words) for a, b, words in _split_names(m)]
            for start, end, words in names:     # (no step changes a name's list of words)
                start, words = _after_place(text, at + start, words)
                end += at
                self._add(start, end, words)
        self.mention_starts = [mm.start for mm in self.mentions]

    def _add(self, start: int, end: int, words: list[str]) -> None:
        read = _name_core(tuple(words), _month_given(self.text, start, words))
        if read is None:
            return
        words, core, titled, key = read
        names, alias = given_names(), self._alias
        if not titled and key in self._firms:
            return                          # "Credit Suisse" of "Credit Suisse Group AG": a firm
        idx = alias.get(key)
        if not titled and len(core) >= 2 and core[0] not in names and _plural_role(core[-1]):
            return                          # "Interviews Experts", "Meet The Officials": a heading's plural, nobody
        if idx is None and len(core) == 1 and not titled and _IN_PLACE.search(self.text, max(0, start - 12), start) \
                and _home_place(self.text, start):
            return                          # "in Charlotte", "Tim Kaine of Virginia": a place with a given name's spelling
        if idx is None and len(core) == 1 and not titled and core[0] not in names \
                and not _CALLSIGN_BEFORE.search(self.text, max(0, start - 30), start):
            return                          # a lone capitalised word: a person only once named in full
            # (or by a callsign: 'a Ukrainian commander with the callsign Pulse')
        if idx is None and len(core) >= 2 and core[-1] in alias and core[0] in names:
            other = self.people[alias[core[-1]]]
            # "Hillary Clinton" after "Bill Clinton" is someone else; so is "Michelle Obama" after a
            # "President Obama" known by surname and office only (a person is named in full first).
            if (other.name.split()[0] == core[0] or other.name.split()[0] not in names) \
                    and alias[core[-1]] not in self._office_only:
                idx = alias[core[-1]]
        if idx is not None and len(core) == 1 and titled and words[0] in _FEMALE_TITLES | _MALE_TITLES:
            want = "f" if words[0] in _FEMALE_TITLES else "m"
            if self.people[idx].gender not in ("", want):
                # "Mr. Obama" after "Michelle Obama": the latest person with that surname and his gender.
                idx = next((k for k in range(len(self.people) - 1, -1, -1)
                            if core[0] in self.people[k].name.split() and self.people[k].gender in ("", want)), None)
        if idx is None:
            idx = len(self.people)
            self.people.append(Person(key, ""))
            if len(core) == 1 and titled and words[0] not in _FEMALE_TITLES | _MALE_TITLES | {"Dr", "Prof"}:
                self._office_only.add(idx)
        person = self.people[idx]
        if len(key) > len(person.name):
            person.name = key
        for part in person.name.split():
            self._by_part[part] = idx
            self._part_at.setdefault(part, []).append((start, idx))
        alias.setdefault(key, idx)
        alias[core[-1]] = idx                 # the latest person with a surname owns it
        if len(core) >= 2 and (bare := _ARABIC_ARTICLE.match(core[-1])):
            alias[core[-1][bare.end():]] = idx   # "Haider al-Abadi" ... "Abadi"
        if len(core) >= 2:
            alias.setdefault(core[0], idx)
        if not person.gender:
            noun = _GENDER_NOUN.search(self.text, max(0, start - 30), start)
            if noun is not None:                # "9/11 widow Terry Strada", "his wife, Melania"
                person.gender = "f" if noun.group(1).lower() in _FEMALE_NOUNS else "m"
            elif words[0] in _FEMALE_TITLES:
                person.gender = "f"
            elif words[0] in _MALE_TITLES:
                person.gender = "m"
            elif core[0] in names:
                person.gender = names[core[0]]
            elif len(core) >= 2 and _FEMALE_SURNAME.search(core[-1]):
                person.gender = "f"
        self.mentions.append(Mention(start, end, idx))

    def resolve(self, pronoun: str, pos: int, index: "SentenceIndex",
                extras: Sequence[Sequence[tuple[int, str]]] = (), window: int = 6, learn: bool = False,
                lone: frozenset[str] = frozenset(), unnamed: Sequence[tuple[int, str]] = ()) -> str:
        """The person a he/she/him/her at ``pos`` most likely refers to, or "" (no guess).

        Walks back sentence by sentence (at most ``window``) and takes the first person of the
        nearest sentence that has one of the right gender: the subject of a sentence is usually
        named first.  ``extras`` are lists of (position, name) sorted by position, such as the
        subjects of reporting verbs and resolved speakers; they come first within a sentence.
        ``lone`` are speakers' lone names the index holds no person for ("Al-Ghaithi confirmed"), also candidates.
        ``unnamed`` are unnamed persons who spoke ("A spokesman for the ministry said ... He said"), candidates
        like the subjects (the caller resolves such a description to the person it stands for, where one is named).
        With ``learn`` a person of unknown gender takes the pronoun's; only the one document pass
        in :func:`analyse` learns, so later calls do not depend on call order.
        """
        kind = pronoun_kinds().get(pronoun.lower(), "")
        if not kind.startswith("person"):
            return ""
        want = "f" if kind == "person-f" else "m"
        s = index.index_at(pos)
        if s < 0:
            return ""
        lo = index.start_back(s, window)
        cands: list[tuple[int, int, str, str]] = []     # (sentence, priority, position, name, gender)
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        sent = index.sentences[s]
        if _opening_phrase(self.text, sent.start, pos):
            # "In a poke at Trump he explained": a name in the phrase opening the pronoun's clause is not who
            # "he" is (nor are the other names before it in that phrase).
            while i >= 0 and self.mentions[i].start >= sent.start:
                i -= 1
        subject = _HE if want == "m" else _SHE
        while i >= 0 and self.mentions[i].start >= lo and len(cands) < MAX_CANDIDATES:
            person = self.people[self.mentions[i].person]
            sent = index.at(self.mentions[i].start)
            if sent is not None and subject.search(self.text, sent.start, self.mentions[i].start):
                i -= 1                     # "Then he met Pak ... “...,” he said": the chain of "he", not Pak
                continue
            # A person introduced with a role in apposition ("Henry Crespo, president of the caucus")
            # is who the next quote is likely from: before other names of the sentence, after subjects.
            rank = -0.5 if _APPOSITION_ROLE.match(self.text, self.mentions[i].end) and \
                not self._subject_named_before(i, sent) else 0
            # (not a name in apposition after a person opening the sentence: "Sergei K. Shoigu ... met with Kim
            # Jong-un, the North Korean leader, in Pyongyang. ... he told reporters": Shoigu)
            if _POSSESSOR_AFTER.match(self.text, self.mentions[i].end) or \
                    self.text.endswith(("’s", "'s"), self.mentions[i].start, self.mentions[i].end):
                rank = 0.5                 # "Shevardnadze’s counterpart, Kim Yong Nam, read out ...": a possessor is
                                           # not the subject, the name after it comes first
            if _OBLIQUE_BEFORE.search(self.text, max(0, self.mentions[i].start - 60), self.mentions[i].start):
                # "the deaths of the five passengers, including OceanGate CEO Stockton Rush": a person named only
                # inside a list or an object of a noun is not who "he" is while an earlier speaker is nearby.
                rank = _OBLIQUE
            cands.append((index.index_at(self.mentions[i].start), rank, self.mentions[i].start, person.name,
                          person.gender))
            i -= 1
        for extra in extras:
            j = bisect.bisect_left(extra, pos, key=pair_position) - 1
            stop = max(-1, j - MAX_CANDIDATES)
            while j > stop and extra[j][0] >= lo:
                owned = _OWNED_NOUN.search(extra[j][1])
                if owned is not None and not _person_noun_owned(owned.group(1).lower()):
                    owned = None                # "Seoul’s foreign ministry": a body, as before
                person = self.lookup(extra[j][1], extra[j][0]) if owned is None else None
                if owned is not None:
                    # "Donald Trump's son told ... “...,” he said": the son, not the possessor the index knows
                    noun = owned.group(1).lower()
                    cands.append((index.index_at(extra[j][0]), -1, extra[j][0], extra[j][1],
                                  "f" if noun in _FEMALE_NOUNS else "m" if noun in _MALE_NOUNS else ""))
                elif person is not None:
                    cands.append((index.index_at(extra[j][0]), -1, extra[j][0], person.name, person.gender))
                elif is_person_description(extra[j][1]) or extra[j][1] in lone:
                    # "The source said ... “...,” he said.": an unnamed person who spoke before; "Al-Ghaithi
                    # confirmed ... He said": a lone name the index holds no person for.
                    cands.append((index.index_at(extra[j][0]), -1, extra[j][0], extra[j][1], ""))
                j -= 1
        j = bisect.bisect_left(unnamed, pos, key=pair_position) - 1
        stop = max(-1, j - MAX_CANDIDATES)
        while j > stop and unnamed[j][0] >= lo:
            cands.append((index.index_at(unnamed[j][0]), -1, unnamed[j][0], unnamed[j][1], ""))
            j -= 1
        # Nearest sentence first; within it, speakers and subjects first, then names in order.
        cands.sort(key=lambda c: (c[1] == _OBLIQUE, -c[0], c[1], c[2]))
        for _, _, _, name, gender in cands:
            if gender in ("", want):
                if not gender and learn:
                    self._learn(name, want)
                return name
        return ""

    def _subject_named_before(self, i: int, sent) -> bool:
        """Whether a person other than the one of mention ``i`` opens the sentence ``sent`` (its subject)."""
        if sent is None:
            return False
        k = bisect.bisect_left(self.mention_starts, sent.start)
        return k < i and self.mentions[k].person != self.mentions[i].person and \
            not self.text[sent.start:self.mentions[k].start].strip()

    def mentions_back(self, index, pos: int, sentences: int):
        """The person mentions before ``pos``, nearest first, back to the start of the sentence ``sentences``
        sentences before the one holding ``pos`` (``index``: the document's sentence index); none when ``pos`` is
        before the first sentence. The shared window of the description and epithet scans."""
        s = index.index_at(pos)
        if s < 0:
            return
        lo = index.start_back(s, sentences)
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= lo:
            yield self.mentions[i]
            i -= 1

    def first_mentions(self, person: int, k: int = 3) -> list[Mention]:
        """The first ``k`` mentions of a person, where a role is usually written ("President Barack Obama")."""
        if self._firsts is None:
            self._firsts = {}
            for mm in self.mentions:
                got = self._firsts.setdefault(mm.person, [])
                if len(got) < k:
                    got.append(mm)
        return self._firsts.get(person, [])

    def coordinated(self, pos: int, lo: int) -> str:
        """Two people joined by "and" before ``pos`` ("Vladimir Putin and Kim Jong-un ... they")."""
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        stop = max(0, i - MAX_CANDIDATES)
        while i > stop and self.mentions[i - 1].start >= lo:
            a, b = self.mentions[i - 1], self.mentions[i]
            if self.text[a.end:b.start].strip() == "and" and a.person != b.person:
                return f"{self.people[a.person].name} and {self.people[b.person].name}"
            i -= 1
        return ""

    def _learn(self, name: str, gender: str) -> None:
        """A pronoun resolved to a person of unknown gender tells us the gender."""
        person = self.lookup(name)
        if person is not None and not person.gender:
            person.gender = gender

    def name_prefix(self, label: str) -> str:
        """The longest run of words opening ``label`` (after an owner's name: "CNN’s") that is a person's
        full name seen in the article ("Elizabeth Warren" of the headline label "Elizabeth Warren Hammers
        Wells Fargo CEO"), or ""."""
        words = label.split()
        first = 1 if len(words) > 2 and words[0].endswith(("’s", "'s")) else 0
        for k in range(len(words) - 1, first + 1, -1):
            core = [bare_word(w) for w in words[first:k] if bare_word(w) not in titles()]
            if len(core) >= 2 and " ".join(core) in self._alias:
                return " ".join(words[first:k])
        return ""

    def earlier_full_name(self, word: str, pos: int) -> str:
        """The full name of the one person named with ``word`` before ``pos`` ("Kim" -> "Kim Hong-kyun"), or ""
        when nobody with it was named before (a person first named further on is not guessed) or several were
        ("Clinton" after Hillary and Bill Clinton)."""
        seen = self._part_at.get(bare_word(word))
        k = bisect.bisect_left(seen, (pos, -1)) if seen else 0
        people = {idx for _, idx in seen[:k]} if seen else set()
        if len(people) != 1:
            return ""
        name = self.people[people.pop()].name
        return name if len(name.split()) > 1 else ""

    def lookup(self, name: str, pos: Optional[int] = None) -> Optional[Person]:
        """The person whose name contains the last capitalised word of ``name``: the full name first, else
        the latest person with that word, or with ``pos`` the latest one named up to ``pos`` (a bare "Kim"
        is the Kim named before it, not one first named further on), else the first named after it."""
        words = [w for w in name.replace(".", " ").replace(",", " ").split() if w[:1].isupper()]
        words = [bare_word(w) for w in words if w not in titles()]
        if not words:
            return None
        idx = self._alias.get(" ".join(words)) if len(words) > 1 else None   # the full name first
        if idx is None and pos is not None and words[-1] in self._part_at:
            seen = self._part_at[words[-1]]
            k = bisect.bisect_right(seen, (pos, len(self.people))) - 1
            idx = seen[max(k, 0)][1]
        if idx is None:
            idx = self._by_part.get(words[-1])
        return self.people[idx] if idx is not None else None


# Singular nouns of a person that hold no office ("the North Korean soldier", "a defector"): an unnamed person too.
_PERSON_NOUNS = frozenset("soldier serviceman servicewoman defector witness resident survivor victim student worker "
                          "farmer veteran prisoner captive refugee doctor nurse engineer pilot man woman".split())
# ("fighter" is left out: "the Russian fighter" is as often a jet.) Heads with a sense that names no person ("the
# source of the funds", "the head of steam", "the leader in the polls", "the pilot of the program"): a person only
# when the post-modifier names an actor ("the head of the agency", "the source of the ministry"; "the pilot of the jet"
# names none, so abstain), after the prepositions that take the thing sense (head -> those prepositions).
_THING_SENSE_HEADS = {"source": frozenset({"of"}), "head": frozenset({"of"}), "pilot": frozenset({"of", "for"}),
                      "leader": frozenset({"of", "in", "on"})}
# Where a description's head ends and its post-modifier begins ("a senior official of the ministry", "the soldier with
# the ID", "an expert who commented on ...").
_POST_MODIFIER = re.compile(r"\s+(?:of|with|from|in|at|for|on|who|whose|that)\s")


def _plural_role(word: str) -> bool:
    """Whether a capitalised word is the plural of a role noun ("Experts", "Officials"), no surname."""
    from .mentions import actor_words
    low = word.lower()
    return len(low) > 3 and low.endswith("s") and not low.endswith("ss") and low[:-1] in actor_words()["role"]


def is_person_description(name: str, loose: bool = False) -> bool:
    """An unnamed single person as a speaker: "The source", "a senior official", "the spokesman". ``loose``: also with
    one body, place or person the lexicon does not know before a role in lower case ("The Met chief", "the Kursk
    governor", "a Trump adviser"): who a "he" or "she" after that speaker is, though not a description to resolve."""
    from .mentions import actor_words
    post = _POST_MODIFIER.search(name)
    words = (name[:post.start()] if post else name).split()   # "the North Korean soldier with the ID": its head
    if post and words and _THING_SENSE_HEADS.get(words[-1].lower(), frozenset()) & {post.group().split()[0]} \
            and not _names_actor(name[post.end():]):
        return False            # "the source of the funds", "the leader in the polls": no person (not "a source in
                                # the region": "in" puts a source somewhere)
    own = max((k for k, w in enumerate(words) if re.search(r"[’']s$", w)), default=-1)
    if own >= 0:
        words = ["the"] + words[own + 1:]       # "Daily NK’s source": the owner's source
    if not 2 <= len(words) <= 4 or words[0].lower() not in ("the", "a", "an"):
        return False
    caps = [w for w in words[1:] if w[:1].isupper() and not _place_word(w) and bare_word(w) not in titles()]
    if caps and (not loose or len(caps) > 1 or words[-1][:1].isupper()):
        return False            # (a nationality or place is part of the description: "a Chinese military expert";
        #                         so is an office's title in capitals: "the Prime Minister", "the Foreign Minister";
        #                         loosely, one body or place before a role: "The Met chief", "the Kursk governor";
        #                         not a name, "the Kremlin-backed Ann Lee", nor a title, "Italy's Interior Minister")
    head = words[-1].lower()
    return head == "source" or head in actor_words()["role"] or head in _PERSON_NOUNS


def _names_actor(phrase: str) -> bool:
    """Whether a post-modifier's object names a body, a person or a place ("the ministry", "Defense Intelligence",
    "the agency's staff"), not a thing ("the funds", "steam", "the polls")."""
    from .mentions import actor_words
    aw = actor_words()
    for w in re.findall(r"[^\W\d_]+", phrase)[:6]:
        low = w.lower()
        if w[:1].isupper() or low in aw["body"] or low in aw["role"] or low.endswith("s") and \
                (low[:-1] in aw["body"] or low[:-1] in aw["role"]):
            return True
    return False


def _home_place(text: str, start: int) -> bool:
    """Whether a lone capitalised word at ``start`` after a preposition of place reads as a place: always after "in",
    "near" ...; after "of", "from" or "around" only when a name or a role comes before ("Tim Kaine of Virginia", "the
    senator from Georgia"), not after a common noun ("the emails of Hillary", "a call from Hillary")."""
    m = _OF_FROM.search(text, max(0, start - 40), start)
    if m is None:
        return True
    from .mentions import actor_words
    before = m.group(1)
    low = before.lower()
    return before[:1].isupper() or low in actor_words()["role"] or low.endswith("s") and low[:-1] in actor_words()["role"]


def _place_word(word: str) -> bool:
    """A capitalised word that names a nation, a place or a body ("Chinese", "Kremlin") or an abbreviation ("US",
    "U.S.") inside an unnamed person's description; not a party's name."""
    return (bare_word(word) in name_blockers() or _ABBREVIATION.fullmatch(word) is not None) \
        and bare_word(word) not in _PARTIES


# A party's nominee or leader ("The Republican presidential nominee") is a named politician described, not an unnamed
# person of whom a pronoun speaks.
_PARTIES = frozenset("Republican Republicans Democratic Democrats Democrat GOP".split())


_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,4}")


# ", president of ...", ", a spokesman for ...", ", the group's chairman": a role in apposition after a name.
# A person mentioned in a list or as the object of a noun of death or harm, a few words after the cue and with no
# punctuation between ('including OceanGate CEO Stockton Rush', 'such as Kim', 'the killing of Navalny').
_OBLIQUE_BEFORE = guarded(re.compile(r"\b(?:including|such\s+as|among\s+them|deaths?\s+of|killing\s+of|murder\s+of|"
                             r"funeral\s+of)\s+(?:[\w’'.-]+\s+){0,4}$"))
_OBLIQUE = 9

_APPOSITION_ROLE = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,3}?(?:president|spokes(?:man|woman|person)|"
                              r"chairman|chairwoman|director|founder|professor|senator|governor|mayor|minister|"
                              r"ambassador|official|leader|head|chief|executive|analyst|expert|fellow|adviser|advisor|"
                              r"researcher|economist|lawyer|attorney|secretary|commander|editor|author)\b")
# How many earlier mentions a pronoun looks at: bounds the work in name-dense text.
MAX_CANDIDATES = 40


def pair_position(pair: tuple[int, str]) -> int:
    """The position of a (position, name) pair, the sort key of speaker and subject lists."""
    return pair[0]


def is_plural(name: str) -> bool:
    """A plural noun phrase: "Chinese analysts", "Commentators in the West", "Russia and China"."""
    head = re.split(r"\s(?:in|of|at|from|for|on|with)\s", name, maxsplit=1)[0]
    last = head.split()[-1] if head.split() else ""
    return " and " in head or (last.endswith("s") and not last.endswith(("ss", "us", "’s", "'s"))
                               and (last[:1].islower() or len(head.split()) == 1 or last not in name_blockers()))
