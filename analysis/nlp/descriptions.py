"""Descriptions: which earlier actor "the spokesman", "Russia's UN ambassador" or "the ministry" stands for.

:func:`resolve_description` is called by :func:`analysis.nlp.mentions.resolve_mention` for a cleaned
mention that :func:`~analysis.nlp.mentions.is_description` accepts:

* a role ("the president", "the Russian diplomat") takes the nearest person introduced with that role
  next to the name, in that mention or one of the person's first ones ("President Barack Obama ...
  Mr. Obama ... the president"); the role itself before its group (``actor_words.tsv``), a group only
  when no specific word narrows the description ("the band leader"), never a Vice/Deputy title;
* a generic role ("the diplomat", "the official") with no holder of its own takes the one person
  introduced with any role in the last sentences, when nobody else is named there;
* a bare office ("the prime minister", "the king") that nobody was written with takes the one person named as
  a subject in its sentence or the one before, unless that person was written with another role;
* a role with no named holder takes the same unnamed actor written in full before ("A spokesperson
  for the Russian embassy ... the spokesperson");
* a body ("the ministry") takes the nearest earlier named source or sentence subject holding that word; with none,
  "the agency" / "the union" / "the regulator" the nearest one if its name is of that kind (:func:`kin_body_before`).

A description named only after it (a wire lead's or a headline's role, "the Derna mayor said. Derna Mayor ...")
is looked for last, in :mod:`analysis.nlp.lead_roles`. Nothing found gives "": the caller keeps the description
as written.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from ..lexicons import load_list, load_table
from .mentions import (AGENT_NOUN, DESCRIPTION_SENTENCES, MAX_ACTORS, ROLE_SENTENCES, _has_name, _is_name_word, _nearby,
                       _sentence_subjects, _words, actor_words, clean_mention, function_words, is_description)

from .lead_roles import (body_named_after, first_named_after, lead_holder, lead_speaker_after, lead_subject_after,
                         previous_reporter, resolve_indefinite, resolve_state_role)
from .countries import _state_of
from .bodies import BODY_SENTENCES, end_at_head as _end_at_head, kin_body_before, named_body_before
from .firms import FIRM_HEADS as _FIRM_HEADS, firm_apposition as _firm_apposition, nearest_firm as _nearest_firm
from .mention_shapes import STATE_ROLE
from .office_holders import bare_office_holder, office_holder
from .people import is_plural
from .role_owners import owner_in_role, possessive_owner
from .senders import AUTHOR, resolve_author

if TYPE_CHECKING:
    from .document import Document


@lru_cache(maxsize=None)
def role_groups() -> dict[str, str]:
    """Role noun -> its group ("ambassador" -> "diplomat"), the third column of ``actor_words.tsv``."""
    return {row[0]: row[2] if len(row) > 2 else row[0] for row in load_table("actor_words.tsv") if row[1] == "role"}


def _ROLE_BEFORE(pattern: re.Pattern) -> re.Pattern:
    """The role right before the name: "Foreign Ministry spokesman Lin Jian"."""
    return _role_re(pattern.pattern, "before")


def _ROLE_AFTER(pattern: re.Pattern) -> re.Pattern:
    """The role in an apposition right after the name: "Lin Jian, the ministry's spokesman"."""
    return _role_re(pattern.pattern, "after")


@lru_cache(maxsize=1024)
def _role_re(core: str, where: str) -> re.Pattern:
    if where == "before":
        # "Russian Ambassador to North Korea Alexander Matsegora": a "to/of/for" place may follow the role.
        # ... and a chain of them ("head of the Defense Intelligence Directorate of the Ministry of Defense of Ukraine").
        return re.compile("(?i:" + core + r")(?:\s+(?:to|of|for|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}?){0,4}"
                          r"(?:\s+(?:with|under)\s+the\s+(?i:call[\s-]?sign|nom\s+de\s+guerre|code[\s-]?name)\s+[“\"‘']?)?"
                          r"\s*,?\s*(?:[A-Z][\w.’'-]*\s+){0,2}$")   # ... or a callsign: "commander with the callsign Pulse"   # also "Its administrator, Ricaurte Vasquez"
    # ... and the apposition closes there ("Lin Jian, the ministry's spokesman, said"), unlike a subject
    # ("At a press conference in Chelsea, the mayor also said").
    return re.compile(r"\s*,\s+(?:[\w’'-]+\s+){0,5}?" + core +
                      r"(?:\s+(?:to|of|for|at|in)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s*){1,4})?(?=\s*(?:[,.;:)]|$))", re.I)


@lru_cache(maxsize=1024)
def _role_apposition(pattern: re.Pattern) -> re.Pattern:
    """A role opening an apposition that a comma closes: "Pyotr Ilichev, director for the foreign ministry's
    department for international organizations, said"."""
    return re.compile(r"\s*,\s+(?:[\w’'-]+\s+){0,3}?(?i:" + pattern.pattern +
                      r")(?:\s+(?:of|for|at|in|to|with|on)\s[^.;:!?\"“”,]{0,100})?,")


# The verbs that give a person an office as a predicate ("Peter Carlsson is stepping down as CEO of Northvolt", "X
# has resigned as chairman", "X, who served as director", "X was named as the prime minister"): a copula, an
# auxiliary, a verb of taking, holding or leaving an office; nothing else may stand between the name and "as".
_AS_VERBS = ("is|was|has|had|have|been|be|will|would|who|also|now|currently|formerly|previously|briefly|"
             "stepping|steps|stepped|step|down|resigned|resigns|resigning|quit|quits|named|appointed|serves|served|"
             "serving|remains|remained|remain|took|takes|take|taking|over|sworn|in|elected|re-elected|installed|"
             "confirmed|reinstated|retires|retired|retiring|retire")


@lru_cache(maxsize=1024)
def _role_as(pattern: re.Pattern) -> re.Pattern:
    """An office given to the name as a predicate right after it: "Peter Carlsson is stepping down as CEO of
    Northvolt" (a copula or a verb of taking, holding or leaving an office, then "as" and the role)."""
    return re.compile(r",?(?:\s+(?:" + _AS_VERBS + r")){1,4},?\s+as\s+(?:the\s+|its\s+|their\s+)?"
                      r"(?:[\w-]+\s+){0,2}?(?i:" + pattern.pattern + r")")


# How near a named mention its role must be written ("Lin Jian, the ministry's spokesman").
ROLE_WINDOW = 60


def resolve_description(doc: "Document", mention: str, pos: int, actors: Sequence[tuple[int, str, str]] = ()) -> str:
    """The earlier named actor a description stands for, or "" (the caller keeps the description).

    A role ("the spokesman", "the Russian diplomat") takes the nearest earlier named person who
    was introduced with a role of the same group next to the name ("Foreign Ministry spokesman
    Lin Jian", "said Lin Jian, the ministry's spokesman"); a body ("the ministry") the nearest
    earlier named source whose name holds that word ("the Foreign Ministry").  ``actors`` are
    (position, name, mention) of the speakers and sources so far.
    """
    aw, groups = actor_words(), role_groups()
    words = [re.sub(r"[’']s$", "", w.lower()) for w in _words(mention)[1:] if w.lower() not in function_words()]
    if not words:
        return ""
    if (party := _PARTY_ROLE.fullmatch(mention)) and party.group(1).lower() in groups:
        # "The Democratic president", "the SNP leader": a party names nobody; the one person named in the last
        # sentences (nobody else) is meant, else the description stays
        return _only_person_nearby(doc, [], pos)
    head = re.sub(r"[’']s$", "", words[-1])
    s = doc.index.index_at(pos)
    lo = doc.index.start_back(s, DESCRIPTION_SENTENCES)
    role_lo = doc.index.start_back(s, ROLE_SENTENCES)
    text = doc.text
    # "the Russian diplomat": Russian; "Russia's UN ambassador": Russia and UN
    titled = _words(mention)[-1][:1].isupper()   # "the Russian Foreign Minister": its title words are no names
    # (a state's acronym is a name here though "us" is a function word: "The US President" is no "Chinese President")
    names = [re.sub(r"[’']s$", "", w) for w in _words(mention)
             if (_is_name_word(w) or len(w) > 1 and w.replace(".", "").isupper() and _state_of(w.rstrip("’'s")))
             and not (titled and _title_word(w))]
    # (a possessor is no role of the description: "the president's office" is the office, not the president)
    owners = {re.sub(r"[’']s$", "", w.lower()) for w in _words(mention)[1:-1] if re.search(r"[’']s$", w)}
    role = next((w for w in reversed(words) if w in groups and w not in owners), "")
    owned_by_role = bool(owners & set(groups))   # "the president's spokesman": never the president named before
    if role and _words(mention)[0].lower() in ("his", "her", "their"):
        return ""                              # "his lawyer": somebody else's, not the lawyer named before
    if role:
        low = " ".join(w.lower() for w in _words(mention))
        full = max((r for r in groups if (" " + low).endswith(" " + r)), key=len, default=role)   # "prime minister"
        office = " " in full                   # a two-word office names its holders alone:
        if office:
            role = full                        # "the prime minister" is no "Foreign Minister Penny Wong"
        group = groups[role]
        if group == "author" and AUTHOR.fullmatch(mention):
            return resolve_author(doc, pos)    # "the author writes": the person who writes the piece
        # The role itself (and its abbreviation) first: "the president" is "President Obama" before
        # "Chief Justice Roberts"; then any role of its group, unless a specific word narrows the
        # description ("the band leader" is no "President Clinton").
        exact = [r for r, g in groups.items() if r == role or g == group and (r.endswith(".") or _acronym(r) == role)]
        tiers = [exact]
        original = [w for w in _words(mention)[1:] if w.lower() not in function_words()]
        k = next((n for n, w in enumerate(original) if re.sub(r"[’']s$", "", w.lower()) == role.split()[0]), 0)
        if not office and not any(w.lower() not in groups and w.lower() not in _GENERIC_MODIFIERS
                                  and not re.search(r"[’']s$", w) and not _is_name_word(w) for w in original[:k]):
            tiers.append([r for r, g in groups.items() if g == group])
        rank = original[k - 1].lower() if k > 0 else ""
        if rank in _SECOND_RANKS:
            # "The U.S. Deputy Secretary of State": first a person written with that very title ("U.S. Deputy Secretary
            # of State Kurt Campbell"), whom the office alone never finds ("Deputy" before it hides it from the office)
            tiers.insert(0, [f"{rank} {r}" for r in exact])
        owner = possessive_owner(mention)
        if not owner and (same_head := _last_speaker_same_head(doc, actors, role, names, pos)):
            return same_head                   # "A Chinese expert said ... “...,” the expert stated": that expert
        if not owner and (taken_up := _described_speaker_before(doc, actors, role, names, pos)):
            return taken_up                    # "France's ambassador ... [Thebault] ... the French ambassador added"
        for same in tiers:
            found = _role_holder(doc, same, names, pos, role_lo, owner, _phase(original[:k]))
            if found:
                return found
        if words[-1] in aw["body"] and words[-1] != role.split()[-1] and " of " in " %s " % low:
            # "The head of Mexico's electoral agency": a role in a body the description names by its noun; only a
            # person written with that role (above) holds it, never somebody merely named near or the state's
            # office holder (the country's president is not the agency's head)
            return ""
        if group in _GENERIC_GROUPS and not owned_by_role:
            found = _only_official_nearby(doc, names, pos) or (
                not names and not re.search(r"[’']s\b", mention) and _only_speaker_nearby(doc, actors, pos))
            if found:
                return found
        elif names and all(n[:1].isupper() for n in names) and not re.search(r"[’']s$", _words(mention)[0]) \
                and not owner and not owned_by_role:
            # "the North Korean dictator" with Kim Jong Un the one person named in the last sentences.
            found = _only_person_nearby(doc, names, pos)
            if found:
                return found
        # "A spokesperson for the Russian embassy said ... the spokesperson told NK News": the same
        # unnamed actor, written in full before.
        for p, name, _ in reversed(_nearby(doc, actors, lo, pos)):
            if p < pos and name and name != mention and not is_description(name) and \
                    re.search(r"\b%ss?\b" % re.escape(role), name, re.I) and doc.people.lookup(name) is None \
                    and all(n in name for n in names) and is_plural(name) == is_plural(mention):
                return name                    # (not "Two other council diplomats" for "the diplomat")
        if group in _GENERIC_GROUPS and names and (_words(mention)[0].lower() == "the" or _state_owner(mention)) \
                and not owned_by_role:
            # "Pyotr Ilichev, director for the foreign ministry's department ... the Russian official": the one
            # official nearby, whose introduction names no state at all (so none other than the description's).
            found = _only_official_nearby(doc, names, pos, stateless=True)
            if found:
                return found
        return (lead_holder(doc, exact, names, pos)
                or first_named_after(doc, full, names, pos)
                or (group in _OFFICE_GROUPS and low == "the " + full and _only_topic_nearby(doc, group, pos))
                or (group == "analyst" and low == "the " + full and previous_reporter(doc, pos))
                or (group == "analyst" and _words(mention)[0].lower() == "the" and _sole_reporter_before(doc, pos))
                or (not owned_by_role and (office_holder(doc, mention) or bare_office_holder(doc, mention, pos)))
                #                                     "the Russian president" with Vladimir Putin named, "the prime
                #                                     minister" in office then: the lexicon (not "the Russian
                #                                     president's spokesman")
                or resolve_indefinite(doc, mention, pos)    # "A Kremlin spokesperson confirmed": named next
                or ((not owner or doc.people.lookup(owner) is None and _STATE_GENITIVE.match(mention) is not None)
                    and lead_speaker_after(doc, pos))    # 'The CEO of X said ... “...,” George Kurtz said'; "Moscow's
                                                         # top envoy said ... , Alexander Matsegora told Izvestia" (an
                                                         # owner that is no person: "Trump's lawyer" is not Trump)
                or ((not owner or _STATE_GENITIVE.match(mention) and _state_owner(re.sub(r"\s+(?=[’']s\s)", "", mention)))
                    and lead_subject_after(doc, pos))   # "France's ambassador to Australia described ... Jean-Pierre
                                                        # Thebault delivered his comments"
                or resolve_state_role(doc, mention, pos)    # "Moscow's top security official ... Russian Security
                                                            # Council Secretary Sergei Shoigu"
                or (not owner and _expert_if_analyst(doc, group, continued_subject(doc, mention, group, names, pos))))
                                                            # "Khinstein took part
                                                            # ... The governor of the region noted"
    if head not in aw["body"] and head not in _FIRM_HEADS and AGENT_NOUN.fullmatch(head):
        # "lead investigator Sami Paila ... the investigator said": the person written with that very noun
        return _role_holder(doc, [head], names, pos, role_lo)
    if head in aw["body"] or head in _FIRM_HEADS:
        # The speakers and sources so far, and the named subjects opening the last sentences
        # ("North Korea's Foreign Ministry issued a statement. The ministry said ...").
        merged = _named_before(doc, actors, lo, pos)
        for p, name, _ in reversed(merged):
            if p < lo:
                break
            if p >= pos or not name or is_description(name) or doc.people.lookup(name) is not None:
                continue
            if _ACT_OF.match(name) and _ACT_OF.match(name).group(1).lower() in aw["evidence"] | aw["event"]:
                continue                       # 'The move by the Foreign Office follows ...': an act, not the body
            if re.search(r"\b%s\b" % re.escape(head), name, re.I) and _has_name(_words(name)) \
                    and all(n in name for n in names) and clean_mention(name) \
                    and _state_of(_end_at_head(name, head)) is None:   # not 'the union, upon ... Wednesday', not
                return _end_at_head(name, head)                        # 'the Soviet Union ... the union said'
        found = named_body_before(doc, head, names, lo, pos)
        if found:
            return found                       # 'quoted by the Russian Embassy in Seoul' ... 'the embassy said'
        found = kin_body_before(doc, head, names, merged, doc.index.start_back(s, BODY_SENTENCES), pos)
        if found:
            return found                       # 'The Centers for Disease Control ... the agency stated'
        if head in _FIRM_HEADS:
            found = _firm_apposition(doc, head, lo, pos) or _nearest_firm(doc, mention, merged, lo, pos)
            if found and head in _KIND_HEADS and _another_firm(doc, mention, found, lo, pos):
                found = ""                     # 'The Premier League docked Everton ... the club', 'Boeing ...
                                               # to Ryanair ... the airline': two named firms, either may be it
            if found:
                return found
        return body_named_after(doc, mention, pos)   # "the organisation ... the organisation, Gyeore-eol Nation United,"
    return ""


# Firm heads that name one kind of firm, not any: the nearest named firm is it only when no other firm is named
# between it and the description (from its sentence on: nothing here tells an airline or a club from the other firms
# named).
_KIND_HEADS = frozenset("airline carrier club".split())
_CALENDAR = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                       r"May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
                       r"Oct|Nov|Dec)\.?")
_CAPITALISED_RUN = re.compile(r"(?<![\w’'.&-])[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*")


def _named_before(doc: "Document", actors: Sequence[tuple[int, str, str]], lo: int, pos: int) -> list:
    """The speakers and sources from ``lo`` and the named subjects opening the last sentences before ``pos``, in
    order: what a description of a body or a firm may take up."""
    return sorted(_nearby(doc, actors, lo, pos) + _sentence_subjects(doc, doc.index.index_at(pos), pos))


def kind_firm_before(doc: "Document", mention: str, pos: int, actors: Sequence[tuple[int, str, str]] = ()) -> str:
    """For a company role that names a kind of firm ("The chain said", "the retailer"), when its own sentence names no
    firm: the nearest earlier named firm among the speakers, sources and sentence subjects of the last sentences
    ("Marriott International said Friday ... The chain said"), when no other firm is named between; else ""."""
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    lo = doc.index.start_back(s, DESCRIPTION_SENTENCES)
    merged = _named_before(doc, actors, lo, pos)
    found = _nearest_firm(doc, mention, merged, lo, pos)
    return "" if not found or _another_firm(doc, mention, found, lo, pos) else found


def _another_firm(doc: "Document", mention: str, found: str, lo: int, pos: int) -> bool:
    """Whether a firm other than ``found`` is named between the sentence where ``found`` was last written and
    ``pos`` (not counting days and months): 'Boeing delivered the first jet to Ryanair. ... the airline'."""
    at = doc.text.rfind(found, lo, pos)
    k = doc.index.index_at(at) if at >= 0 else -1
    since = max(lo, doc.index.sentences[k].start) if k >= 0 else lo
    return bool(_nearest_firm(doc, mention, [(m.start(), m.group(), m.group())
                                             for m in _CAPITALISED_RUN.finditer(doc.text, since, pos)
                                             if m.group() not in found and found not in m.group()
                                             and not _CALENDAR.fullmatch(m.group())], lo, pos))


# A phrase headed by a common noun before its preposition ('The move by the Foreign Office', 'the visit of the
# delegation'): the head noun.
_ACT_OF = re.compile(r"(?i:the|a|an|this|that|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+(?:by|of|from)\s")


def _acronym(role: str) -> str:
    """The initials of a role of several words ("chief executive officer" -> "ceo"), or ""."""
    words = role.split()
    return "".join(w[0] for w in words) if len(words) > 2 else ""


def _title_word(w: str) -> bool:
    """A capitalised word of a role ("Minister", "Foreign" in "the Russian Foreign Minister"): the role, not a name
    the holder must be written near."""
    low = w.lower()
    return any(low in r.split() for r in role_groups())


# Role groups general enough to name any official introduced with a role ("the diplomat" for the ministry's
# spokeswoman, "the official" for a director): used only when one such person is near.
_GENERIC_GROUPS = frozenset({"diplomat", "official", "speaker"})
# How many sentences back "the diplomat" / "the official" looks for the one person introduced with a role.
GENERIC_SENTENCES = 3


def _only_official_nearby(doc: "Document", names: Sequence[str], pos: int, stateless: bool = False) -> str:
    """The one person mentioned in the last :data:`GENERIC_SENTENCES` sentences who was introduced with a
    role ("Foreign Ministry spokeswoman Maria Zakharova"), near the description's capitalised words (with
    ``stateless``, when they are a nationality: or with no state's name or demonym near); else ""."""
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    lo = doc.index.start_back(s, GENERIC_SENTENCES)
    text, found = doc.text, set()
    i = bisect.bisect_left(doc.people.mention_starts, pos) - 1
    roles = _any_role()
    while i >= 0 and doc.people.mentions[i].start >= lo and len(found) < 3:
        near = doc.people.mentions[i]
        for mm in [near] + [f for f in doc.people.first_mentions(near.person) if f.start < near.start]:
            a, b = max(0, mm.start - ROLE_WINDOW), min(len(text), mm.end + ROLE_WINDOW)
            own = doc.index.at(mm.start)
            if own is not None:                   # the words of the person's own sentence only
                a, b = max(a, own.start), min(b, own.end)
            if (roles.search(text, max(0, mm.start - 40), mm.end) or _ROLE_AFTER(roles).match(text, mm.end, b)
                    or stateless and _role_apposition(roles).match(text, mm.end)) \
                    and (_names_near(names, text[slice(*_own_window(doc, mm, a, b))])
                         or stateless and _no_state(doc, names, mm, a, b)):
                found.add(near.person)
                break
        else:
            found.add(-1 - near.person)           # a person with no role nearby: the description is ambiguous
        i -= 1
    people = {p for p in found if p >= 0}
    if len(found) == 1 and len(people) == 1:
        return doc.people.people[next(iter(people))].name
    return ""


_SPEAKS = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b")


def _only_speaker_nearby(doc: "Document", actors: Sequence[tuple[int, str, str]], pos: int) -> str:
    """For a generic role with no name of its own ("the local official"): the one actor of the last
    :data:`GENERIC_SENTENCES` sentences, a person's name that spoke there (a speaker or source so far, or a
    sentence's subject before "spoke", "told" or "talked": "Al-Ghaithi spoke to Sky News ... The local official
    confirmed"), when no one else (no other person, no body) is a speaker or subject there; else ""."""
    from ..entities.mentions import parse_mention
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    lo = doc.index.start_back(s, GENERIC_SENTENCES)
    i = bisect.bisect_left(doc.people.mention_starts, pos) - 1
    if i >= 0 and doc.people.mentions[i].start >= lo:
        return ""                               # a person of the index is near: the other rules decide
    found = set()
    for p, name, _ in _nearby(doc, actors, lo, pos) + _sentence_subjects(doc, s, pos):
        if not lo <= p < pos or not name or is_description(name):
            continue
        if parse_mention(name).kind != "person" or not _has_name(_words(name)):
            found.add("")                       # a body, a state, an outlet: the description is ambiguous
            continue
        m = _SPEAKS.match(doc.text, p + len(name))
        if any(name == a for _, a, _ in actors) or m is not None and m.group(1) in _SPOKE:
            found.add(name)
    return next(iter(found)) if len(found) == 1 else ""


_SPOKE = frozenset("spoke speaks talked talks told tells".split())   # not "Trump attacked ... the official said"


def _only_person_nearby(doc: "Document", names: Sequence[str], pos: int) -> str:
    """The one person mentioned in the last :data:`GENERIC_SENTENCES` sentences (nobody else), with the
    description's nationality words (``names``) written near one of those mentions; else ""."""
    text, found, near_names = doc.text, set(), False
    for mm in doc.people.mentions_back(doc.index, pos, GENERIC_SENTENCES):
        if len(found) >= 2:
            break
        found.add(mm.person)
        # (the description's own words are not written near anyone: "... Emmanuel Macron, Rutte outlined the dangers.
        # The NATO chief")
        a, b = max(0, mm.start - ROLE_WINDOW), min(len(text), mm.end + ROLE_WINDOW, max(mm.end, pos))
        near_names = near_names or _names_near(names, text[slice(*_own_window(doc, mm, a, b))])
    if len(found) == 1 and near_names:
        return doc.people.people[next(iter(found))].name
    return ""


# A party's member described by the party and a role: "The Democratic president", "the Scottish National Party
# leader", "the Tory MP".
_PARTY_ROLE = re.compile(r"(?:[Tt]he|[Aa])\s+(?:(?:former|veteran|embattled|outgoing|new|then)\s+)?(?:Democratic|Republican|GOP|"
                         r"Conservative|Tory|Labour|Labor|Liberal(?: Democrat)?|Lib Dem|Social Democratic|Socialist|Green|"
                         r"Scottish National Party|SNP|Christian Democratic|CDU|SPD)\s+([a-z]+(?: [a-z]+)?)")


# Offices one named person holds in a story ("the prime minister", "the judge"), which a bare description may
# stand for when that person is the one named nearby; not generic roles ("the official", "the analyst").
_OFFICE_GROUPS = frozenset("leader head governor mayor judge chair minister secretary commander prosecutor "
                           "monarch".split())
# A finite verb right after a name: the person is the sentence's subject ("Rishi Sunak has promised",
# "Kim Jong Un spent").
_SUBJECT_VERB = re.compile(r"\s+(?:(?:has|had|have|is|was|will|would|also|then|later|said|told|met|spent|went|made|"
                           r"took|gave|came|left|led|held|won|lost|sent|built|began|became|wrote|spoke|saw|"
                           r"thought|felt|kept|brought|sought|oversaw|ran|grew)\b|[a-z]+(?:ed|s)\b)")   # (irregular pasts)


# A preposition of place right before a name ("in Wonsan", "near Vladivostok"): a place, not a person; unless the
# name is a possessor ("in Putin's view").
_PLACE_BEFORE = re.compile(r"(?<![\w’'-])(?:in|at|near)\s+$")
_POSSESSIVE = re.compile(r"[’']s?\b")


def _only_topic_nearby(doc: "Document", group: str, pos: int) -> str:
    """For a bare office ("The Prime Minister said", "the leader noted") that no holder was written with: the one
    person mentioned in its sentence and the one before (nobody else), written there as a subject
    before a verb, and never written with a role of another group ("Foreign Minister Lavrov ... the president"
    is somebody else); else ""."""
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    lo = doc.index.start_back(s, 1)
    text, groups = doc.text, role_groups()
    i = bisect.bisect_left(doc.people.mention_starts, pos) - 1
    found, subject = set(), False
    while i >= 0 and doc.people.mentions[i].start >= lo and len(found) < 2:
        mm = doc.people.mentions[i]
        i -= 1
        if _PLACE_BEFORE.search(text, max(0, mm.start - 8), mm.start) and not _POSSESSIVE.match(text, mm.end):
            continue                            # "spent his childhood in Wonsan": a place the index took for a name
        found.add(mm.person)
        subject = subject or _SUBJECT_VERB.match(text, mm.end) is not None
    if len(found) != 1 or not subject:
        return ""
    person = next(iter(found))
    roles = _any_role()
    for mm in doc.people.first_mentions(person):
        sent = doc.index.at(mm.start)
        a = max(sent.start if sent else 0, mm.start - ROLE_WINDOW)
        b = min(sent.end if sent else len(text), mm.end + ROLE_WINDOW)
        a, b = _own_window(doc, mm, a, b)
        for r in roles.finditer(text, a, b):
            word = r.group().lower()
            word = word[:-1] if word not in groups and word.endswith("s") else word
            if groups.get(word, group) != group:
                return ""                       # "Foreign Minister Sergei Lavrov": not "the president"
    return doc.people.people[person].name


@lru_cache(maxsize=None)
def _state_forms() -> dict[str, re.Pattern]:
    """Folded demonym or state name -> a pattern of the state's names and demonyms ("Russian" -> Russia|Russian
    Federation|Russian), from ``entity_aliases.tsv`` (not its capital: "Moscow" is no "Russian" official)."""
    from ..entities.lexicon import _fold
    forms: dict[str, list[str]] = {}
    for row in load_table("entity_aliases.tsv"):
        alias, name, kind, relation = (tuple(row) + ("", "", ""))[:4]
        if kind == "state" and relation in ("name", "short", "demonym") and "." not in alias:
            forms.setdefault(name, []).append(alias)
    out = {}
    for name, aliases in forms.items():
        pattern = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(aliases, key=len, reverse=True))))
        for alias in aliases:
            out.setdefault(_fold(alias), pattern)
    return out


def _names_near(names: Sequence[str], window: str) -> bool:
    """Whether the description's capitalised words are written in ``window``; a nationality also as its state's
    name ("the Russian diplomat" near "Russia's TASS news agency, Ambassador Alexander Matsegora")."""
    if all(n in window for n in names):
        return True
    from ..entities.lexicon import _fold
    state = _state_forms().get(_fold(" ".join(names))) if names else None
    if state is None and len(names) == 1 and names[0].replace(".", "").isupper() and (named := _state_of(names[0])):
        state = _state_forms().get(_fold(named))   # "US": the United States, American (not a capital: "Paris")
    return state is not None and state.search(window) is not None


def _no_state(doc: "Document", names: Sequence[str], mm, a: int, b: int) -> bool:
    """Whether ``names`` is a nationality ("Russian") written in the sentence introducing the person ``mm``
    ("... said in an interview with Russian news agency Interfax"), while the words around the name (``a``-``b``
    within that sentence) name no state (nor its people) at all."""
    from ..entities.lexicon import _fold
    state = _state_forms().get(_fold(" ".join(names))) if names else None
    s = doc.index.index_at(mm.start)
    sent = doc.index.sentences[s] if s >= 0 else None
    # the state in the sentence introducing the person, or in the one before it ("The Japanese government expressed
    # concern ... “...,” Chief Cabinet Secretary Yoshimasa Hayashi told a press conference")
    if state is None or sent is None or not state.search(doc.text, doc.index.start_back(s, 1), sent.end):
        return False
    lo, hi = _own_window(doc, mm, max(a, sent.start), min(b, sent.end))
    return _any_state().search(doc.text[lo:hi]) is None


@lru_cache(maxsize=None)
def _any_state() -> re.Pattern:
    """Any state's name, short name, abbreviation or demonym ("US", "U.S.", "Britain", "Chinese")."""
    aliases = {row[0] for row in load_table("entity_aliases.tsv") if len(row) > 2 and row[2] == "state"}
    return re.compile(r"(?<![\w.])(?:%s)(?![\w])" % "|".join(map(re.escape, sorted(aliases, key=len, reverse=True))))


@lru_cache(maxsize=None)
def _any_role() -> re.Pattern:
    words = sorted(role_groups(), key=len, reverse=True)
    return re.compile(r"\b(?:%s)(?:s?\b|(?<=\.))" % "|".join(map(re.escape, words)), re.I)


# The titles of a second in rank, written before the office ("Deputy Foreign Minister", "Vice President").
_SECOND_RANKS = frozenset(("deputy", "vice", "assistant"))
# Modifiers that do not narrow a role ("the former president", "the official representative").
_GENERIC_MODIFIERS = frozenset("official former top senior chief deputy acting current new veteran longtime then "
                               "foreign national local state federal presidential first".split())


# A genitive opening a description, its "'s" attached or set off by a space ("France 's ambassador").
_STATE_GENITIVE = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*\s?[’']s\s")


def _state_owner(mention: str) -> bool:
    """Whether ``mention`` opens with a state's genitive ("Japan’s top government spokesman")."""
    from ..entities.lexicon import _fold
    m = re.match(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)[’']s\s", mention)
    return m is not None and _state_forms().get(_fold(m.group(1))) is not None


def _own_window(doc: "Document", mm, a: int, b: int) -> tuple[int, int]:
    """``a``-``b`` around the mention ``mm`` cut at the people named just before and after it, so that
    "Russian" in "Russian President Vladimir Putin met North Korean leader Kim Jong Un" is Putin's, not Kim's."""
    people = doc.people
    k = bisect.bisect_left(people.mention_starts, mm.start)
    if k > 0 and people.mentions[k - 1].end <= mm.start:
        a = max(a, people.mentions[k - 1].end)
    if k + 1 < len(people.mentions):
        b = min(b, people.mentions[k + 1].start)
    return a, b


@lru_cache(maxsize=1024)
def _role_pattern(same: tuple[str, ...]) -> re.Pattern:
    # "Vice President Biden" holds no "president", "Deputy Foreign Minister X" no "minister".
    return re.compile(r"(?<!vice )(?<!vice-)(?<!deputy )(?<!assistant )(?<!deputy foreign )\b(?:%s)(?:s?\b|(?<=\.))"
                      % "|".join(map(re.escape, same)), re.I)


def _role_next_to(doc: "Document", mm, pattern: re.Pattern, names: Sequence[str], owner: str = "") -> bool:
    """Whether the person mention ``mm`` is written with a role of ``pattern`` next to it ("Foreign Ministry
    spokesman Lin Jian", "Lin Jian, the ministry's spokesman") and the words ``names`` near it."""
    text = doc.text
    sent = doc.index.at(mm.start)
    a = max(sent.start if sent else 0, mm.start - ROLE_WINDOW)
    b = min(sent.end if sent else len(text), mm.end + ROLE_WINDOW)
    inside = pattern.search(text, max(a, mm.start - 16), mm.end)   # also "Prime [Minister Fumio Kishida]"
    # a long role before the name is read whole, with its words ("the head of the Defense Intelligence
    # Directorate of the Ministry of Defense of Ukraine, Kyrylo Budanov")
    before = _ROLE_BEFORE(pattern).search(text, max(sent.start if sent else 0, mm.start - 2 * ROLE_WINDOW), mm.start)
    role_here = (inside is not None and inside.end() > mm.start) or before or \
        _ROLE_AFTER(pattern).match(text, mm.end, b) or \
        _role_apposition(pattern).match(text, mm.end, sent.end if sent else len(text)) or \
        _role_as(pattern).match(text, mm.end, sent.end if sent else len(text))
    lo_own, hi_own = _own_window(doc, mm, min(a, before.start()) if before else a, b)
    if owner and role_here:                    # "The DA's leader": the DA's, written in the role phrase
        after = _ROLE_AFTER(pattern).match(text, mm.end, b) or \
            _role_apposition(pattern).match(text, mm.end, sent.end if sent else len(text)) or \
            _role_as(pattern).match(text, mm.end, sent.end if sent else len(text))
        lead = before.span() if before else (inside.start(), mm.start) if inside is not None else None
        if not owner_in_role(text, owner, lead, after.span() if after else None):
            return False
    return bool(role_here) and _names_near(names, text[lo_own:hi_own])


# The words that date an office ("the outgoing CEO", "new CEO Tom Hale"): leaving it, or taking it up.
_LEAVING = frozenset("outgoing departing former retiring ex ex- previous".split())
_ARRIVING = frozenset("new incoming designate incoming-".split())
# A predicate right after a name that dates its office: "X is stepping down", "X will take over".
_LEAVING_AFTER = re.compile(r",?\s+(?:(?:is|was|has|had|will|would|be|been|also)\s+){0,2}(?:stepping|steps|stepped|step)"
                            r"\s+down|,?\s+(?:(?:is|was|has|had|will|would|be|been|also)\s+){0,2}"
                            r"(?:resign|retir|quit|leav|depart)\w*")
_ARRIVING_AFTER = re.compile(r",?\s+(?:(?:is|was|has|had|will|would|be|been|also)\s+){0,2}(?:become|becomes|succeed|"
                             r"succeeds|succeeding|take\s+over|takes\s+over|taking\s+over|replace|replaces|replacing)\b")


def _phase(words: Sequence[str]) -> str:
    low = {w.lower() for w in words}
    return "leaving" if low & _LEAVING else "arriving" if low & _ARRIVING else ""


def _office_phase(doc: "Document", mm) -> str:
    """Whether the article writes the person of mention ``mm`` as leaving an office ("former CEO X", "X is stepping
    down") or taking it up ("new CEO X", "X will take over"), from the three words before the name and the predicate
    right after it; or ""."""
    text = doc.text
    sent = doc.index.at(mm.start)
    t = _TITLE_BEFORE.search(text, max(sent.start if sent else 0, mm.start - 40), mm.start)
    phase = _phase(_words(t.group(1)) if t else [])
    if phase:
        return phase
    end = sent.end if sent else len(text)
    if _LEAVING_AFTER.match(text, mm.end, end):
        return "leaving"
    return "arriving" if _ARRIVING_AFTER.match(text, mm.end, end) else ""


def _role_holder(doc: "Document", same: Sequence[str], names: Sequence[str], pos: int, role_lo: int,
                 owner: str = "", phase: str = "") -> str:
    """The nearest person before ``pos`` (from ``role_lo``) written with one of the roles ``same`` next to the
    name, and the description's capitalised words (``names``) nearby; or "". A description dated ``phase``
    ("the outgoing CEO": leaving) skips a person written as dated the other way ("new CEO Tom Hale")."""
    text = doc.text
    # "Vice President Biden" holds no "president", "Deputy Foreign Minister X" no "minister".
    pattern = _role_pattern(tuple(same))
    from .lead_roles import described_states
    states = described_states(names)        # "The US President" is no "Chinese President Xi Jinping"
    i = bisect.bisect_left(doc.people.mention_starts, pos) - 1
    seen = 0
    while i >= 0 and doc.people.mentions[i].start >= role_lo and seen < 40:
        near = doc.people.mentions[i]
        seen += 1
        # This mention, or one of the first ones of the same person ("President Barack Obama" ... "Mr. Obama").
        for mm in [near] + [f for f in doc.people.first_mentions(near.person) if f.start < near.start]:
            if _role_next_to(doc, mm, pattern, names, owner) and not (states and _other_state_titled(doc, mm, pattern, states)):
                if phase and _office_phase(doc, mm) not in ("", phase):
                    break                      # "the outgoing CEO" is not "new CEO Tom Hale"
                return doc.people.people[mm.person].name
        i -= 1
    return ""


# A state's demonym or name right before a role title before a name: "Chinese President Xi Jinping", "North Korean
# leader Kim Jong Un".
_TITLED_STATE = re.compile(r"((?:[A-Z][\w.’'-]*\s+){1,2})(?:[\w-]+\s+){0,2}$")


def _other_state_titled(doc: "Document", mm, pattern: re.Pattern, states: Sequence[str]) -> bool:
    """Whether the role written right before the person mention ``mm`` is another state's than ``states`` ("Chinese
    President Xi Jinping" for "the US president"): the one or two capitalised words before the role."""
    lo = max(0, mm.start - 60)
    role = None
    for role in pattern.finditer(doc.text, lo, mm.start + 16):
        pass
    if role is None or role.start() >= mm.end:
        return False
    m = _TITLED_STATE.search(doc.text, lo, role.start())
    if m is None:
        return False
    from .lead_roles import described_states
    words = m.group(1).split()
    found = described_states(words) or described_states(words[-1:])
    return bool(found) and not set(found) & set(states)


__all__ = ["epithet_holder", "resolve_description", "role_groups"]


# An epithet: "the" and at most two modifiers before a noun for a person that names no office ("the infamous
# anti-vaxxer", "the Italian", "the 78-year-old"); the noun from person_epithets.txt, a demonym of one person or an
# age (not an agent noun: "the terrorist attacks" is cut to "the terrorist" before a plural taken for a verb).
_EPITHET = re.compile(r"[Tt]he\s+(?:[\w’'-]+\s+){0,2}?([a-z][a-z-]+|[A-Z][a-z]+|\d{1,3}-year-old)")
# What follows an epithet that is a subject: a verb (a modal, an auxiliary, a past, a reporting verb) or punctuation.
_VERB_AFTER = re.compile(r"\s*(?:[,:;“\"]|(?:(?:also|then|later|again|still)\s+)?(?:[a-z]{2,}ed|said|says|wrote|writes|told|"
                         r"tells|could|would|will|can|cannot|may|might|must|should|has|had|have|is|was|remains|insists|"
                         r"argues|adds|notes|thinks|believes|knows|did|does)\b)")
# A person's age before the noun ("the 64-year-old candidate"): the phrase is an epithet of one person.
_AGE_EPITHET = re.compile(r"\b\d{1,3}-year-old\s")
# How many sentences before its own an epithet looks for the one person it stands for.
EPITHET_SENTENCES = 2


@lru_cache(maxsize=None)
def _epithet_nouns() -> frozenset[str]:
    return frozenset(load_list("person_epithets.txt"))


@lru_cache(maxsize=None)
def _demonyms() -> frozenset[str]:
    # only those that name one person: "the Italian", "the Israeli"; not "the French", "the Chinese", "the Swiss",
    # which are a people
    return frozenset(row[0] for row in load_table("entity_aliases.tsv")
                     if len(row) > 3 and row[2] == "state" and row[3] == "demonym" and row[0][-1:] in ("n", "i"))


def epithet_holder(doc: "Document", mention: str, pos: int) -> str:
    """The person an epithet stands for ("Health Secretary Robert F. Kennedy Jr. published an op-ed ... the infamous
    anti-vaxxer wrote"): the one person of the index mentioned from :data:`EPITHET_SENTENCES` sentences before up to
    the epithet, when nobody else is mentioned there; else "" (the caller keeps the words, or abstains)."""
    m = _EPITHET.fullmatch(mention)
    if m is None:
        return ""
    head = m.group(1)
    if not (head in _epithet_nouns() or head in _demonyms() or head[:1].isdigit() or _AGE_EPITHET.search(mention)):
        return ""                              # (an age names a person whatever its noun: "the 64-year-old candidate")
    if not doc.text.startswith(mention, pos) or not _VERB_AFTER.match(doc.text, pos + len(mention)):
        return ""                              # "the Russian attacks killed": a modifier of the noun after it
    if any(w[:1].isupper() for w in _words(mention)[1:-1]):
        return ""                              # "the Chinese billionaire"-like words narrow it: left to the roles
    from ..entities.mentions import parse_mention
    people = doc.people
    found: set[int] = set()
    agents: set[int] = set()
    for near in people.mentions_back(doc.index, pos, EPITHET_SENTENCES):
        if len(found) >= 2:
            break
        if parse_mention(people.people[near.person].name).kind == "person":   # not "Fox News’", which the index holds
            found.add(near.person)
            if not _OBJECT_BEFORE.search(doc.text, max(0, near.start - 12), near.start):
                agents.add(near.person)
    if not found:
        return _lone_surname_back(doc, pos)    # "Sánchez agreed ... the 51-year-old said": the one surname written
    if len(found) != 1 or not agents:
        return ""                              # nobody, two people, or one named only as an object ("the shooting of X")
    person = next(iter(found))
    if head in _demonyms() and not _demonym_fits(doc, person, head):
        return ""                              # "Vladimir Putin ... the Italian": not his
    if head in _OCCUPATIONS and _titled(doc, person):
        return ""                              # "Coach Gary Smith ... the star": an office is no occupation
    return people.people[person].name


_POST_MODIFIER = re.compile(r"\s+(?:of|with|from|in|at|for|on|based|who|whose|that)\s")


# How many sentences before its own an epithet looks for a lone surname when the index names nobody nearer.
LONE_EPITHET_SENTENCES = 6
# A capitalised word, accented letters included.
_INNER_CAPITAL = re.compile(r"(?<![\w’'-])([A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+)(?![\w’'-])")


def _lone_surname_back(doc: "Document", pos: int) -> str:
    """For an epithet with no person of the index near (the article names its person by surname alone, which the
    index does not hold: "Sánchez agreed to their demand ... “...,” the 51-year-old said"): the one lone surname
    (:func:`analysis.nlp.people.lone_surname_in`) written inside the last :data:`LONE_EPITHET_SENTENCES` sentences,
    when no person of the index is mentioned there either; else ""."""
    from .people import lone_surname_in
    if next(iter(doc.people.mentions_back(doc.index, pos, LONE_EPITHET_SENTENCES)), None) is not None:
        return ""                              # somebody the index knows is near: too far to choose
    s = doc.index.index_at(pos)
    names = set()
    for m in _INNER_CAPITAL.finditer(doc.text, doc.index.start_back(s, LONE_EPITHET_SENTENCES), pos):
        if doc.quote_at(m.start()) is None and lone_surname_in(doc, m.group(1)):
            names.add(m.group(1))
            if len(names) > 1:
                return ""
    return next(iter(names)) if names else ""


def _last_speaker_same_head(doc: "Document", actors: Sequence[tuple[int, str, str]], role: str, names: Sequence[str],
                            pos: int) -> str:
    """The last speaker or source before ``pos``, within :data:`GENERIC_SENTENCES` sentences, when it is an unnamed
    actor headed by the description's own role noun ("A Chinese expert who asked not to be named said ... the expert
    added"): the definite description takes up the indefinite one just introduced, before any holder of a role of
    its group named further back; else ""."""
    k = bisect.bisect_left(actors, (pos,)) - 1
    if k < 0:
        return ""
    p, name, _ = actors[k]
    post = _POST_MODIFIER.search(name)
    words = _words(name[:post.start()] if post else name)   # "A Danish analyst in Oslo": its head
    if not words or words[-1].lower() != role or doc.people.lookup(name) is not None or is_description(name) or \
            not all(n in name for n in names) or \
            doc.index.index_at(pos) - doc.index.index_at(p) > GENERIC_SENTENCES:
        return ""
    return name


# The post of an expert set off after the name ("Yevhen Mahda, executive director of the Institute of World Policy,",
# ", a professor at", ", head of the Korea department").
_EXPERT_APPOSITION = re.compile(r"\s*,\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,4}?(?:director|head|professor|analyst|expert|"
                                r"researcher|fellow|scholar|scientist|economist|specialist|lecturer|strategist|"
                                r"historian|commentator)\b")


def _expert_if_analyst(doc: "Document", group: str, name: str) -> str:
    """``name`` for an expert's description ("the political scientist") only when that person was introduced as an
    expert (an analyst's role next to the name, or an expert's post after it): a newsmaker who spoke before is no
    expert ("Vladimir Putin said ... “...,” the political scientist said"). Any other description: ``name``."""
    if not name or group != "analyst":
        return name
    person = doc.people.lookup(name)
    if person is None:
        return name
    index = doc.people.people.index(person) if person in doc.people.people else -1
    pattern = _role_pattern(tuple(r for r, g in role_groups().items() if g == "analyst"))
    for mm in doc.people.first_mentions(index) if index >= 0 else ():
        if _EXPERT_APPOSITION.match(doc.text, mm.end) or _role_next_to(doc, mm, pattern, ()):
            return name
    return ""


def _sole_reporter_before(doc: "Document", pos: int) -> str:
    """For an expert's description ("“...,” the political scientist said"): the one person the article names before
    it, after its headline, when that person was introduced as an expert of an institution and is the
    subject of a reporting verb in the article ('Yevhen Mahda, executive director of the Institute of World Policy,
    does not rule out ... “...,” the political scientist said. Yevhen Mahda added that ...'); else "" (two people
    named, a newsmaker introduced without such a post, or one who never reports)."""
    memo = doc.memo.get("sole_reporter")
    if memo is None:
        # once per article: the first person named after the first line (where first), where a second person is
        # first named, and whether the first reports anywhere in the article
        first, at, second, introduced = -1, -1, len(doc.text), False
        from .lead_roles import _headline
        skip = 1 if doc.index.sentences and _headline(doc.index.sentences, 0) else 0   # a headline's names
        for mm in doc.people.mentions:
            if doc.index.index_at(mm.start) >= skip:
                if first < 0:
                    first, at = mm.person, mm.start
                    introduced = _EXPERT_APPOSITION.match(doc.text, mm.end) is not None
                elif mm.person != first:
                    second = mm.start
                    break
        name = doc.people.people[first].name if first >= 0 and introduced else ""
        reports = bool(name) and any(subject == name for _, subject in doc.subjects)
        memo = doc.memo["sole_reporter"] = (name if reports else "", at, second)
    name, at, second = memo
    return name if name and at < pos <= second else ""


def _described_speaker_before(doc: "Document", actors: Sequence[tuple[int, str, str]], role: str,
                              names: Sequence[str], pos: int) -> str:
    """The person an earlier speaker or source description of the same role and state was resolved to, within
    :data:`DESCRIPTION_SENTENCES` sentences ("France's ambassador to Australia described ... Jean-Pierre Thebault
    delivered ... “...,” the French ambassador added"): the last such actor, when it is the only person so described;
    else ""."""
    from .countries import _state_of
    s = doc.index.index_at(pos)
    states = {_state_of(n) for n in names}
    if not names or None in states:
        return ""                               # "the French ambassador": a state's description only
    k = bisect.bisect_left(actors, (pos,)) - 1
    stop = max(-1, k - MAX_ACTORS)             # (bounded: a name-dense window costs no more than this)
    found = set()
    while k > stop and s - doc.index.index_at(actors[k][0]) <= DESCRIPTION_SENTENCES:
        _, name, mention = actors[k]
        k -= 1
        m = STATE_ROLE.fullmatch(mention or "")
        if m is None or name == mention or m.group(2).lower() != role or doc.people.lookup(name) is None:
            continue
        if {_state_of(m.group(1))} == states:
            found.add(name)
    return next(iter(found)) if len(found) == 1 else ""




# A name written as the object of a preposition ("The shooting of Tom Kerr", "a letter to X"): not who the epithet
# after it stands for (a victim, an addressee).
_OBJECT_BEFORE = re.compile(r"\b(?:of|against|to|for|by|with|from|about|at|on|over|toward|towards)\s+$")
# Epithets naming an occupation (a performer, an athlete): a person the article names with a title of office
# ("Coach Gary Smith", "Senator X") is not the one they stand for. The other epithets ("the billionaire", "the infamous
# anti-vaxxer", "the veteran") fit an office holder too ("Health Secretary Robert F. Kennedy Jr.").
_OCCUPATIONS = frozenset({"star", "superstar", "champion", "runner-up", "actor", "actress", "singer", "rapper",
                          "player"})
# Up to three words before a name in its sentence: its title ("Italian tennis player", "Russian President").
_TITLE_BEFORE = re.compile(r"((?:[\w’'.-]+\s+){1,3})$")


def _person_states(doc: "Document", person: int) -> set[str]:
    """The states the article (a demonym or a state's name in the title before a mention: "Italian tennis player
    Luca Ferrante", "Russia's Vladimir Putin") or the office holders' table (analysis/lexicons/office_holders.tsv)
    tie a person to."""
    from .office_holders import _holders, _norm, _states
    people = doc.people
    states = _states()
    name = _norm(people.people[person].name)
    out = {state for state, _offices, spellings, _start, _end in _holders() if name in spellings}
    for m in people.first_mentions(person)[:5]:
        t = _TITLE_BEFORE.search(doc.text, max(0, m.start - 60), m.start)
        for w in (_words(t.group(1)) if t else []) + _words(doc.text[m.start:m.end])[:-1]:
            w = re.sub(r"[’']s$", "", w)
            if w[:1].isupper() and (state := states.get(_norm(w))):
                out.add(state)
    return out


def _demonym_fits(doc: "Document", person: int, demonym: str) -> bool:
    """Whether a demonym ("the Italian") may stand for the person: nothing the article or the office holders' table
    ties the person to names another state."""
    from .office_holders import _norm, _states
    states = _person_states(doc, person)
    return not states or _states().get(_norm(demonym)) in states


def _titled(doc: "Document", person: int) -> bool:
    """Whether a mention of the person is written with a title of office ("Coach Gary Smith", "Senator X")."""
    people = doc.people
    roles = actor_words()["role"]
    for m in people.first_mentions(person)[:5]:
        t = _TITLE_BEFORE.search(doc.text, max(0, m.start - 40), m.start)
        words = (_words(t.group(1)) if t else []) + _words(doc.text[m.start:m.end])[:-1]
        if any(w.lower() in roles or w.lower() == "coach" for w in words):
            return True
    return False


def named_just_before(doc: "Document", mention: str, pos: int) -> str:
    """The person whose name opens the sentence right before a role written as a title, a comma between, the verb
    and a colon or a quote after it: an apposition whose closing comma is missing ("Dr Matshidiso Moeti, the WHO
    Regional Director for Africa said: ..."); "" otherwise ("Putin, the Kremlin said, will attend": a parenthesis)."""
    people, text = doc.people, doc.text
    if not _VERB_THEN_QUOTE.match(text, pos + len(mention)) or \
            not any(w.lower() in actor_words()["role"] for w in _words(mention)):
        return ""
    k = bisect.bisect_left(people.mention_starts, pos) - 1
    if k < 0:
        return ""
    m = people.mentions[k]
    if not _COMMA_GAP.fullmatch(text, m.end, pos):
        return ""
    sent = doc.index.sentences[doc.index.index_at(m.start)]
    if text[sent.start:m.start].strip(" \n“\"‘'") and not _TITLE_ONLY.fullmatch(text, sent.start, m.start):
        return ""
    return people.people[m.person].name


_COMMA_GAP = re.compile(r",[ \t]+")
_VERB_THEN_QUOTE = re.compile(r"[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]*(?::|,?[ \t]*[“\"])")
_TITLE_ONLY = re.compile(r"\s*(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?\s+")


# How many sentences before its own a role description looks back for the subject it continues.
CONTINUED_SENTENCES = 3
# A quote opening the sentence with its speaker after it: '“...,” the governor said'.
_QUOTE_OPENING = re.compile(r"\s*[“\"][^“”\"]{1,2000}[”\"]\s*,?\s*")


def _opens_clause(doc: "Document", pos: int) -> bool:
    """Whether the mention at ``pos`` is the subject of its sentence: nothing before it there but a time adverbial
    ("On Thursday, the governor said") or a quote it speaks ('“...,” the governor said')."""
    from .mention_resolution import _TIME_OPENER
    sent = doc.index.at(pos)
    if sent is None:
        return False
    start = sent.start
    opener = _TIME_OPENER.match(doc.text, start, pos + 1)
    if opener is not None and opener.end() <= pos:
        start = opener.end()
    gap = doc.text[start:pos]
    return not gap.strip() or _QUOTE_OPENING.fullmatch(gap) is not None


def _person_roles(doc: "Document", person: int) -> set[str]:
    """The role groups the article writes a person with, in the title before a first mention ("Prime Minister
    António Costa") or in the mention itself."""
    groups = role_groups()
    out = set()
    for m in doc.people.first_mentions(person)[:5]:
        t = _TITLE_BEFORE.search(doc.text, max(0, m.start - 40), m.start)
        for w in (_words(t.group(1)) if t else []) + _words(doc.text[m.start:m.end])[:-1]:
            if w.lower() in groups:
                out.add(groups[w.lower()])
    return out


def _held_groups(name: str) -> set[str]:
    """The role groups of the offices the office holders' table (analysis/lexicons/office_holders.tsv) gives a person
    ("Kim Jong Un": leader)."""
    from .office_holders import _holders, _norm
    groups, folded = role_groups(), _norm(name)
    return {groups.get(o.lower(), o.lower()) for _state, offices, spellings, _s, _e in _holders() if folded in spellings
            for o in offices}


# An appositive after a name: "Smith, a British journalist," / "Petrov, a farmer,".
_APPOSITIVE = r"(?<![\w’'-])%s,\s+(?:a|an|the)\s+([^,.;:“”\"]{1,80})[,.;]"


def _described_otherwise(text: str, word: str, group: str, pos: int) -> bool:
    """Whether an appositive before ``pos`` describes ``word`` (a name) with no role of ``group`` ("Smith, a British
    journalist," for "the governor")."""
    groups = role_groups()
    for m in re.finditer(_APPOSITIVE % re.escape(word), text[:pos]):
        if not any(groups.get(w.lower()) == group for w in _words(m.group(1))):
            return True
    return False


def continued_subject(doc: "Document", mention: str, group: str, names: Sequence[str], pos: int) -> str:
    """Subject continuation: a definite role description that is the subject of its clause and that nothing else
    resolved ("Khinstein took part in a meeting with Kim Jong-un ... The governor of the region noted"; "Arce then
    warned ... “...,” he said. The Bolivian head of state said") is the named person who is the subject of the nearest
    earlier sentence with a subject of its own (sentences opening on a quote are passed over), at most
    :data:`CONTINUED_SENTENCES` back; "" when that subject is no person the article names (a body, a description),
    when the person was written with a role of another group, or a name word of the description does not fit them
    (a demonym of another state, any other name), when an appositive describes them otherwise ("Smith, a British
    journalist,"), or when the role was written earlier for somebody met ("Ivanov spoke to the governor")."""
    from .subjects import leading_np
    from .mention_resolution import _TIME_OPENER
    people, text = doc.people, doc.text
    if _words(mention)[0].lower() != "the" or re.search(r"\s(?:and|or|&)\s|,|[’']s?\b", mention) or \
            _phase(_words(mention)):
        return ""                              # "the governor and the mayor": two people; "the agency's spokesman":
                                               # somebody's; "the former president": not the one in office
    s = doc.index.index_at(pos)
    if not text.startswith(mention, pos):
        # the quote after the description's sentence, with no cue of its own: the description opening the sentence
        # before it ('The governor of the region noted that ... “...”')
        if s < 1:
            return ""
        sent = doc.index.sentences[s - 1]
        sp = leading_np(text, sent.start, sent.end)
        if sp is None or text[sp[0]:sp[1]] != mention:
            return ""
        pos, s = sp[0], s - 1
    if not _opens_clause(doc, pos):
        return ""
    groups = role_groups()
    role_words = [w.lower() for w in _words(mention) if groups.get(w.lower()) == group] or \
        [w.lower() for w in _words(mention) if w.lower() in groups]
    if any(re.search(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?%s\b" % re.escape(w), text[:pos], re.I)
           for w in role_words):
        return ""                              # "Ivanov spoke to the governor ... The governor said": the one
                                               # met before, not the subject
    for k in range(s - 1, max(-1, s - 1 - CONTINUED_SENTENCES), -1):
        sent = doc.index.sentences[k]
        if doc.quote_at(sent.start) is not None or text[sent.start:sent.start + 1] in "“\"‘'":
            continue                           # a quote's sentence: its speaker is found elsewhere
        opener = _TIME_OPENER.match(text, sent.start, sent.end)
        sp = leading_np(text, opener.end() if opener else sent.start, sent.end)
        if sp is None:
            return ""
        i = bisect.bisect_left(people.mention_starts, sp[0])
        if i >= len(people.mentions) or people.mentions[i].end != sp[1] or \
                (i + 1 < len(people.mentions) and people.mentions[i + 1].start < sp[1]):
            # no person of the index, or more than one ("Putin and Kim"): a lone surname the index does not hold
            # ("Khinstein took part"), its roles unknown, takes a description without name words
            from .name_shapes import lone_surname_in
            word = text[sp[0]:sp[1]]
            if names or " " in word or not lone_surname_in(doc, word) or \
                    len(re.findall(r"(?<![\w’'-])%s(?![\w-])" % re.escape(word), text)) < 2 or \
                    _described_otherwise(text, word, group, pos):
                return ""
            return people.earlier_full_name(word, pos) or word
        person = people.mentions[i].person
        roles = _person_roles(doc, person)
        if roles and group not in roles or not roles and _described_otherwise(text, text[sp[0]:sp[1]], group, pos):
            return ""                          # "President Putin met Kim ... The foreign minister said"
        for other in {mm.person for mm in people.mentions_back(doc.index, pos, s - k)
                      if mm.start > sp[1] and mm.person != person}:
            other_roles = _person_roles(doc, other) | _held_groups(people.people[other].name)
            if not other_roles or group in other_roles:
                return ""                      # "Olaf Scholz met Emmanuel Macron. ... the chancellor said": either
        if names:
            from .office_holders import _norm, _states
            states = _person_states(doc, person)
            if any(_states().get(_norm(n)) not in states for n in names):
                return ""                      # "the Kremlin spokesman"; "the Russian diplomat" for one the article
                                               # ties to no state or another
        return people.people[person].name
    return ""
