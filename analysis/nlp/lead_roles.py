"""Descriptions named only after them: a wire lead's or a headline's role ("Russia's ambassador to the DPRK was
quoted as saying ... Ambassador Alexander Matsegora said", "Boeing CEO blasted during Senate hearing ... Boeing
Chief Executive Officer Dave Calhoun"), and a description a later sentence names ("the Derna mayor said. Derna Mayor
Abdulmenam al-Ghaithi told ...").

Split from :mod:`analysis.nlp.descriptions`, which calls these last, after the backward rules found nobody.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from .document import Document


# A description in the first sentences of an article may name its person only after it (wire leads: "Russia's
# ambassador to the DPRK was quoted as saying ... Ambassador Alexander Matsegora said"): that many sentences.
LEAD_SENTENCES = 2
LEAD_AHEAD = 2
# ... and a headline's description ("Boeing CEO blasted during Senate hearing") may be named after the standfirst,
# byline and dateline that follow it: that many sentences more.
HEADLINE_AHEAD = 3


def _headline(sents, s: int) -> bool:
    """Sentence ``s`` is a line of its own with no closing period: a headline or a standfirst."""
    own = sents[s]
    alone = (s == 0 or sents[s - 1].paragraph != own.paragraph) and \
        (s + 1 >= len(sents) or sents[s + 1].paragraph != own.paragraph)
    return alone and not own.text.rstrip().rstrip("”’\"'").endswith((".", "!", "?", ":"))


def _in_lead(sents, s: int) -> bool:
    """Sentence ``s`` is in the lead: one of the first :data:`LEAD_SENTENCES`, or the first sentence of prose after
    the headline, standfirst and byline lines (each a line of its own with no closing period)."""
    return 0 <= s and (s < LEAD_SENTENCES or all(_headline(sents, k) for k in range(s)))


def _named_before(doc: "Document", sents, first: int, pos: int) -> bool:
    """Whether a person is named before ``pos`` in prose: a name in a headline, standfirst or byline line (the
    writer's own, or the story's subject in its title) is no earlier mention in the lead's text."""
    for m in doc.people.mentions[:first]:
        if m.start < pos:
            k = doc.index.index_at(m.start)
            if k < 0 or not _headline(sents, k):
                return True
    return False


def lead_holder(doc: "Document", same: Sequence[str], names: Sequence[str], pos: int) -> str:
    """For a description in the lead with nobody named before it: the one person named in the next
    :data:`LEAD_AHEAD` sentences with the same role next to the name and the description's words near; else ""."""
    s = doc.index.index_at(pos)
    sents = doc.index.sentences
    if not _in_lead(sents, s):
        return ""
    first = bisect.bisect_left(doc.people.mention_starts, pos)
    if _named_before(doc, sents, first, pos):
        return ""                               # somebody is named before: not a lead's forward reference
    ahead = LEAD_AHEAD + (HEADLINE_AHEAD if _headline(sents, s) else 0)
    hi = sents[min(len(sents) - 1, s + ahead)].end
    from .descriptions import _role_next_to, _role_pattern    # (descriptions imports this module)
    pattern = _role_pattern(tuple(same))
    found = set()
    for mm in doc.people.mentions[first:]:
        if mm.start >= hi:
            break
        if _role_next_to(doc, mm, pattern, names):
            found.add(mm.person)
    return doc.people.people[next(iter(found))].name if len(found) == 1 else ""


def first_named_after(doc: "Document", role: str, names: Sequence[str], pos: int) -> str:
    """A description the article names only afterwards, outside the lead: the first person mentioned after it,
    in its sentence or the next, who is first named there with the description's very role next to the name and
    its capitalised words near ('“...,” the Derna mayor said. Derna Mayor Abdulmenam al-Ghaithi told ...'); else "".
    A person named on the way without that role is passed over ('The judge ... ruled that the plaintiff, a Tesla
    shareholder named Richard Tornetta, was “...” ... Judge Kathaleen McCormick added'). A description with no
    capitalised word ("the candidate") is an epithet of someone named before: not here."""
    s = doc.index.index_at(pos)
    if s < 0 or not names:
        return ""
    first = bisect.bisect_left(doc.people.mention_starts, pos)
    hi = doc.index.sentences[min(len(doc.index.sentences) - 1, s + 1)].end
    from .descriptions import _role_next_to, _role_pattern
    pattern = _role_pattern((role,))
    for mm in doc.people.mentions[first:]:
        if mm.start >= hi:
            break
        if any(f.start < pos for f in doc.people.first_mentions(mm.person)):
            continue                            # named before: the backward rules passed this person over
        if _role_next_to(doc, mm, pattern, names) or _bare_role_before(doc, mm, pattern):
            return doc.people.people[mm.person].name
    return ""


def _bare_role_before(doc: "Document", mm, pattern: re.Pattern) -> bool:
    """"Kosovo's prime minister on Friday welcomed ... “...,” Prime Minister Albin Kurti told The Associated Press":
    the bare role written before the name ("Prime Minister Albin Kurti", nothing capitalised before it), the state
    having just been named; never a role with another owner ("Serbian Prime Minister ...", "Serbia's Prime
    Minister ...")."""
    lo = max(0, mm.start - 60)
    head = doc.text[lo:mm.end]                  # (the mention may hold the role's last word: "Minister Albin Kurti")
    found = re.search(r"(%s)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*$" % pattern.pattern, head, re.I)
    return found is not None and lo + found.end(1) <= mm.end - 3 and found.group(1)[:1].isupper() \
        and not re.search(r"(?:[A-Z][\w’'.-]*|[’']s)\s+$", head[:found.start()]) \
        and not re.match(r",?\s+(?:of|from)\s+(?:the\s+)?[A-Z]", doc.text[mm.end:mm.end + 40])   # "... of Albania"


def lead_speaker_after(doc: "Document", pos: int) -> str:
    """For a role description reporting in the lead with nobody named before it ("The CEO of cybersecurity company
    CrowdStrike said Friday ..."): the one person the next sentence names, first named there with no role of any
    kind next to the name and reporting there ('“...,” George Kurtz said'); the writer introduced that person with
    the description. Two people, a role written with the name (somebody else introduced in full), or a person named
    before: ""."""
    s = doc.index.index_at(pos)
    sents = doc.index.sentences
    if not _in_lead(sents, s) or s + 1 >= len(sents):
        return ""
    first = bisect.bisect_left(doc.people.mention_starts, pos)
    if _named_before(doc, sents, first, pos):
        return ""                               # somebody is named before: not a lead's forward reference
    nxt = sents[s + 1]
    here = []
    for mm in doc.people.mentions[first:]:
        if mm.start >= nxt.end:
            break
        if mm.start >= nxt.start:
            here.append(mm)
        elif mm.start > pos:
            return ""                           # somebody named in the rest of the description's sentence
    if not here or len({mm.person for mm in here}) != 1:
        return ""
    mm = here[0]
    if any(f.start < nxt.start for f in doc.people.first_mentions(mm.person)):
        return ""
    text = doc.text
    speaks = _REPORTS.match(text, mm.end) or _REPORTED_BY.search(text, max(nxt.start, mm.start - 12), mm.start)
    if not speaks:
        return ""
    from .descriptions import _any_role, _role_next_to
    if _INTRODUCED.match(text, mm.end) or _role_next_to(doc, mm, _any_role(), ()):
        return ""                               # 'Anna Berg, who heads the union', 'Anna Berg, 45,': somebody new
    return doc.people.people[mm.person].name


def lead_subject_after(doc: "Document", pos: int) -> str:
    """For a role description in the lead with nobody named before it ("France's ambassador to Australia described
    Saturday as a “huge mistake” ..."): the person whose full name opens the next sentence, named there for the first
    time, with no role or apposition of their own, taking up the lead's words ("Jean-Pierre Thebault delivered his
    comments as ..."): the lead's delayed identification. Anybody named in the rest of the description's sentence, a
    lone surname, a role or an apposition written with the name, or a sentence that does not take up the lead's
    words ("Antony Blinken responded that ..."): ""."""
    s = doc.index.index_at(pos)
    sents = doc.index.sentences
    if s < 0 or s + 1 >= len(sents) or not all(_headline(sents, k) for k in range(s)):
        return ""                               # the first sentence of prose, after the headline, byline, dateline
    first = bisect.bisect_left(doc.people.mention_starts, pos)
    if any(sents[s].start <= m.start < pos for m in doc.people.mentions[:first]):
        return ""                               # somebody is named before it in the lead: no forward reference
    nxt = sents[s + 1]
    mm = next((m for m in doc.people.mentions[first:] if m.start > pos), None)
    if mm is None or mm.start >= nxt.end or doc.text[nxt.start:mm.start].strip() not in ("", "Mr", "Mr.", "Ms",
                                                                                        "Ms.", "Mrs", "Mrs.", "Dr"):
        return ""                               # somebody named after the description in its sentence, or the next
                                                # sentence opens with other words
    text = doc.text
    if len(text[mm.start:mm.end].split()) < 2 or any(f.start < mm.start for f in doc.people.first_mentions(mm.person)):
        return ""
    if not _TAKES_UP.match(text, mm.end):
        return ""
    from .descriptions import _any_role, _role_next_to
    if _INTRODUCED.match(text, mm.end) or _role_next_to(doc, mm, _any_role(), ()):
        return ""
    return doc.people.people[mm.person].name


# The lead's words taken up right after the name opening the next sentence: "Jean-Pierre Thebault delivered his
# comments", "... made the remarks", "... was speaking" (a new event or another statement, "Antony Blinken responded
# that", "Nancy Pelosi arrived", "X was killed", names somebody else).
_TAKES_UP = re.compile(r"\s+(?:(?:also|later|then)\s+)?(?:delivered|made|gave|issued|repeated|reiterated|voiced|"
                       r"offered)\s+(?:his|her|the|these|those)\s+(?:[a-z]+\s+)?(?:comments?|remarks?|statement|"
                       r"warning|criticism|protest|words|assessment|verdict)\b|\s+was\s+speaking\b|"
                       # the appearance the lead's words were said in ("Alfonso Dastis appeared on Sky News")
                       r"\s+appeared\s+(?:on|in)\s+(?:[A-Z]|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:interview|broadcast|programme|"
                       r"program|show|podcast|video|briefing)\b)|"
                       # the lead's speech going on ("Paruyr Hovhannissyan added that ...", "Vassily Nebenzia accused
                       # Washington ... and insisted"): a verb that continues, not one that answers ("responded")
                       r"\s+(?:also\s+|further\s+)?(?:added|continued|went\s+on|insisted|accused|stressed|explained)\b")


# An inverted reporting verb right before a name: '“...,” said George Kurtz'.
_REPORTED_BY = re.compile(r"\b(?:said|says|told|added|wrote)\s+$")
# A person introduced anew after the name: 'John Smith, an analyst', ', who heads', ', 45,', ' of the union'.
_INTRODUCED = re.compile(r"\s*,\s+(?:a|an|the|who|whose|\d{1,3},)\s|\s+(?:of|from|at)\s")


# An indefinite description introduces somebody the next sentences name ("a top South Korean official said ... Shin
# Wonsik, national security adviser for President Yoon Suk Yeol, told"): that many sentences after its own.
INDEFINITE_AHEAD = 3
# Roles a generic description may stand for ("a top U.S. security official": the national security adviser).
_GENERIC_KIN = frozenset("official adviser diplomat speaker minister secretary".split())


def indefinite_holder(doc: "Document", group: str, states: Sequence[str], pos: int) -> str:
    """For an indefinite role description ("a South Korean lawmaker said", "a US judge who said"): the one person
    first named in its sentence after it or in the :data:`INDEFINITE_AHEAD` sentences after, written with a role of
    its group next to the name (for a generic official, an adviser's, a minister's, a spokesperson's...), with no
    state named next to that person but the description's own (``states``: the states its capitalised words name);
    nobody or two such people: ""."""
    from .descriptions import _role_next_to, _role_pattern, role_groups
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    sents = doc.index.sentences
    hi = sents[min(len(sents) - 1, s + INDEFINITE_AHEAD)].end
    kin = _GENERIC_KIN if group in _GENERIC_KIN else frozenset([group])
    pattern = _role_pattern(tuple(sorted(r for r, g in role_groups().items() if g in kin)))
    found = set()
    for mm in doc.people.mentions[bisect.bisect_left(doc.people.mention_starts, pos):]:
        if mm.start >= hi:
            break
        if mm.person in found or any(f.start < pos for f in doc.people.first_mentions(mm.person)):
            continue                            # named before: somebody the story already had
        if _role_next_to(doc, mm, pattern, ()) and not _other_state_near(doc, mm, states):
            found.add(mm.person)
    return doc.people.people[next(iter(found))].name if len(found) == 1 else ""


# Where the words about the person end after the name: a reporting verb, a that-clause, a quote.
_CLAUSE_AFTER = re.compile(r"\s(?:told|said|says|tells|added|adds|stated|wrote|warned|noted|that|who|which)\b|[“\"]")


# A finite verb right after the name: the person's predicate starts ("Yu Yong-weon met with ...").
_PREDICATE_AFTER = re.compile(r"\s+(?:(?:has|had|have|is|was|will|would|also|then|later)\s+)?(?:[a-z]+ed|met|spoke|went|"
                              r"gave|made|took|held|sent|wrote|saw|told|said|says|tells)\b")


def _other_state_near(doc: "Document", mm, states: Sequence[str]) -> bool:
    """Whether a state other than ``states`` is named next to the person mention ``mm`` ("Russian Foreign Minister
    Sergei Lavrov" is no "South Korean official"), in the words of its sentence around it."""
    from .descriptions import ROLE_WINDOW, _any_state, _own_window
    from ..entities.lexicon import _fold
    sent = doc.index.at(mm.start)
    a = max(sent.start if sent else 0, mm.start - ROLE_WINDOW)
    b = min(sent.end if sent else len(doc.text), mm.end + ROLE_WINDOW)
    lo, hi = _own_window(doc, mm, a, b)
    clause = _CLAUSE_AFTER.search(doc.text, mm.end, hi)
    if clause:
        hi = clause.start()                     # not the states of what the person told ('... told reporters that
    #                                             "around 5,000 North Korean troops ..."')
    if _PREDICATE_AFTER.match(doc.text, mm.end, hi):
        hi = mm.end                             # nor of what the person did ('Rep. Yu Yong-weon met with the two
    aliases = _state_of()                       # North Korean soldiers')
    return any(aliases.get(_fold(m.group())) not in states for m in _any_state().finditer(doc.text, lo, hi))


def _state_of() -> dict[str, str]:
    """Folded alias of a state (name, demonym, capital, seat) -> the state."""
    global _STATE_OF
    if _STATE_OF is None:
        from ..entities.lexicon import _fold
        from ..lexicons import load_table
        _STATE_OF = {_fold(row[0]): row[1] for row in load_table("entity_aliases.tsv") if len(row) > 2 and row[2] == "state"}
    return _STATE_OF


_STATE_OF = None


_INDEFINITE = re.compile(r"(?:[Aa]n?)\s+(?:[\w.’'-]+\s+){0,4}?[a-z][\w-]*")
# A role's field after it: "an expert on the Korean Peninsula", "a specialist on nuclear policy".
_TOPIC_TAIL = re.compile(r"\s+on\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}$")


def resolve_indefinite(doc: "Document", mention: str, pos: int) -> str:
    """For "a <...> <role>" ("a top U.S. security official", "a South Korean lawmaker"): :func:`indefinite_holder`
    with the role's group and the states its capitalised words name; another shape, or a word neither a state's
    nor a role's before the role ("a Ukrainian drone operator"): ""."""
    from .descriptions import role_groups
    from .mentions import _words
    topic = _TOPIC_TAIL.search(mention)
    if topic and _INDEFINITE.fullmatch(mention[:topic.start()]):
        mention = mention[:topic.start()]       # "A Japanese expert on the Korean Peninsula": the expert
    if not _INDEFINITE.fullmatch(mention):
        return ""
    groups, low = role_groups(), " " + mention.lower()
    role = max((r for r in groups if low.endswith(" " + r)), key=len, default="")
    if not role:
        return ""
    before = _words(mention)[1:len(_words(mention)) - len(role.split())]
    names = [w for w in before if w[:1].isupper()]
    states = described_states(names)
    if names and not states:
        return ""                               # "a Google engineer": a firm's, not a state's
    return indefinite_holder(doc, groups[role], states, pos)


def described_states(names: Sequence[str]) -> tuple[str, ...]:
    """The states a description's capitalised words name ("South Korean", "U.S.", "Kremlin")."""
    from ..entities.lexicon import _fold
    aliases = _state_of()
    whole = aliases.get(_fold(" ".join(names)))
    found = {whole} if whole else {aliases[_fold(n)] for n in names if _fold(n) in aliases}
    return tuple(sorted(found))


# A state's genitive opening a role description: "Moscow's top security official", "Japan's top diplomat".
_STATE_GENITIVE = re.compile(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)[’']s\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)$")


def resolve_state_role(doc: "Document", mention: str, pos: int) -> str:
    """For a state's role description nobody was named with before ("according to Moscow's top security official"):
    the one person first named in its sentence after it or in the :data:`INDEFINITE_AHEAD` sentences after, with a
    role of its group written before the name and the same state, and no other, in that role phrase ("Russian
    Security Council Secretary Sergei Shoigu"); nobody or two: ""."""
    from .descriptions import _ROLE_BEFORE, _any_state, _role_pattern, role_groups
    from ..entities.lexicon import _fold
    m = _STATE_GENITIVE.fullmatch(mention)
    if m is None:
        return ""
    groups, low = role_groups(), " " + m.group(2)
    role = max((r for r in groups if low.endswith(" " + r)), key=len, default="")
    states = described_states([m.group(1)])
    if not role or len(states) != 1:
        return ""
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    sents, text, aliases = doc.index.sentences, doc.text, _state_of()
    hi = sents[min(len(sents) - 1, s + INDEFINITE_AHEAD)].end
    kin = _GENERIC_KIN if groups[role] in _GENERIC_KIN else frozenset([groups[role]])
    kin_role = _role_pattern(tuple(sorted(r for r, g in groups.items() if g in kin)))
    before_role = _ROLE_BEFORE(kin_role)
    found = set()
    for mm in doc.people.mentions[bisect.bisect_left(doc.people.mention_starts, pos):]:
        if mm.start >= hi:
            break
        if mm.person in found or any(f.start < pos for f in doc.people.first_mentions(mm.person)):
            continue
        sent = doc.index.at(mm.start)
        lo = max(sent.start if sent else 0, pos + len(mention), mm.start - 120)
        phrase = before_role.search(text, lo, mm.start)
        inside = kin_role.match(text, mm.start)          # the title read into the mention: "[Secretary Sergei Shoigu]"
        if phrase is None and inside is None:
            continue
        start = phrase.start() if phrase is not None else mm.start
        named = {aliases.get(_fold(x.group())) for x in _any_state().finditer(text, max(lo, start - 40),
                                                                              inside.end() if inside else mm.start)}
        if named == set(states):
            found.add(mm.person)
    return doc.people.people[next(iter(found))].name if len(found) == 1 else ""


# A body description named afterwards in an apposition of the same noun: "a human rights organisation told AFP ...
# a documentary film that the organisation, Gyeore-eol Nation United, helped coordinate": that many sentences after.
BODY_AHEAD = 2
_BODY_NAME = r"([A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w’'.&-]*){0,6}(?:\s+\([A-Z][\w.&-]*\))?)"


@lru_cache(maxsize=256)
def _body_apposition(head: str) -> re.Pattern:
    return re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}?" + re.escape(head) + r",\s+" + _BODY_NAME + r"\s*(?=[,.;)])")


def body_named_after(doc: "Document", mention: str, pos: int) -> str:
    """For a body description ("a human rights organisation", "the group") nobody resolved: the one name written in
    an apposition to the same noun in its sentence after it or in the :data:`BODY_AHEAD` sentences after ("the
    organisation, Gyeore-eol Nation United,"), outside quotes; none, or two different names: ""."""
    from .mentions import _words, actor_words
    words = _words(mention)
    if not words or words[0].lower() not in ("a", "an", "the") or not words[-1].islower() \
            or words[-1] not in actor_words()["body"]:
        return ""
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    sents = doc.index.sentences
    hi = sents[min(len(sents) - 1, s + BODY_AHEAD)].end
    found = {m.group(1) for m in _body_apposition(words[-1]).finditer(doc.text, pos + len(mention), hi)
             if doc.quote_at(m.start()) is None and doc.people.lookup(m.group(1)) is None}
    return next(iter(found)) if len(found) == 1 else ""


# A name reporting right after it: "Leff also said that ...".
_REPORTS = re.compile(r"\s+(?:also\s+|then\s+|later\s+|further\s+)?(?:said|says|told|tells|added|explained|noted|"
                      r"stressed|argued|wrote|warned)\b")


def previous_reporter(doc: "Document", pos: int) -> str:
    """For an expert's bare role ("the researcher commented") that nobody was written with: the one person named in
    the sentence before, when that person reports there ('Leff also said that some of the components ... "...," the
    researcher commented'); else ""."""
    s = doc.index.index_at(pos)
    if s < 1:
        return ""
    prev = doc.index.sentences[s - 1]
    i = bisect.bisect_left(doc.people.mention_starts, prev.start)
    people, speaking = set(), -1
    while i < len(doc.people.mentions) and doc.people.mentions[i].start < min(prev.end, pos):
        mm = doc.people.mentions[i]
        people.add(mm.person)
        if _REPORTS.match(doc.text, mm.end):
            speaking = mm.person
        i += 1
    return doc.people.people[speaking].name if len(people) == 1 and speaking >= 0 else ""


__all__ = ["BODY_AHEAD", "HEADLINE_AHEAD", "INDEFINITE_AHEAD", "LEAD_AHEAD", "LEAD_SENTENCES", "body_named_after", "described_states", "first_named_after",
           "lead_speaker_after", "lead_subject_after", "resolve_state_role",
           "indefinite_holder", "lead_holder", "previous_reporter", "resolve_indefinite"]
