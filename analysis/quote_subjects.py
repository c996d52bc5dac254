"""Subjects that cannot be a quote's speaker, and the speaker a subject stands next to.

* :func:`evidence_subject`: a thing as the subject of a verb of evidence (FrameNet Evidence: indicate, show,
  suggest, demonstrate, prove, reveal ...) is no speaker: "The official said the purchases indicated that the
  Russian military “...”" gives the official (the subject of the reporting verb whose clause holds the evidence
  verb), and with no such verb the quote abstains rather than name "the purchases".
* :func:`apposed_person`: an indefinite description in apposition to the name right before it ("Kim Yo Jong, a
  high-ranking government official who ..., accepted ..., hailing it as “...”") is that person.

A thing is a common noun phrase with no capitalised word whose head names no person, group, body, office,
document or outlet (the lexicons of :mod:`analysis.nlp.mentions`, ``person_groups.txt`` and the agent suffixes).
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache
from typing import Optional

from .lexicons import load_list, load_table
from .nlp import is_pronoun, iter_cues, leading_np, reporting_nouns, subject_before
from .nlp.countries import _state_of
from .nlp.cues import reporting_verbs
from .nlp.lone_words import names_nobody
from .nlp.mentions import actor_words, clean_mention, is_actor_phrase

# Heads that name people by their ending (agent and member nouns: officer, analyst, diplomat's -at aside).
_PERSON_ENDING = re.compile(r"[a-z]*(?:er|or|ist|ian|ant|(?<!m)ent|man|men|woman|women|ee|eer|ier|at|ic|ive|ary|ess)s?")
_PREPOSITIONS = frozenset("of near in at from with on for by among inside outside behind".split())
_DETERMINERS = frozenset("the a an these those this that such some its their his her our".split())


@lru_cache(maxsize=None)
def _nouns() -> dict[str, frozenset[str]]:
    """The classes of ``speaker_nouns.tsv`` (person, text, evidence_verb, not_agent), with ``person_groups.txt`` in person."""
    out: dict[str, set[str]] = {"person": {w.lower() for w in load_list("person_groups.txt")}}
    for word, cls, *_ in load_table("speaker_nouns.tsv"):
        out.setdefault(cls, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def person_nouns() -> frozenset[str]:
    """Nouns of a person or a group of people ("spokesman", "voters"): the person class of ``speaker_nouns.tsv``
    with ``person_groups.txt``."""
    return _nouns()["person"]


@lru_cache(maxsize=None)
def _evidence_forms() -> frozenset[str]:
    """The forms of the evidence verbs ("indicated", "shows", "suggesting", "shown", "meant")."""
    forms = set()
    for lemma in _nouns()["evidence_verb"]:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {lemma, lemma + ("es" if lemma.endswith(("s", "sh")) else "s"), stem + "ed", stem + "ing"}
        if lemma.endswith("y"):
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return frozenset(forms | {"shown", "proven", "meant", "signalled", "signalling"})


def is_thing(mention: str, post_names: bool = False) -> bool:
    """Whether ``mention`` is a common noun phrase whose head names no actor: a word of the evidence or event
    lexicons ("the data", "the visit"), a plural noun ("the purchases", "lobbying disclosures") or an abstract
    noun in -ness, -ism or -age ("softer language") that names no person, group, body, office or text. A
    singular noun in -cy or -tion may be a body ("the presidency", "the delegation") and is no thing. With
    ``post_names`` names after the head's preposition do not count ("Stocks of Adani Group" is a thing).

    >>> [is_thing(m) for m in ("the purchases", "the data", "the official", "the presidency", "critics", "Putin")]
    [True, True, False, False, False, False]
    """
    words = re.findall(r"[\w’'-]+", mention)
    cut = next((k for k, w in enumerate(words) if k and w in _PREPOSITIONS), len(words))
    if post_names and 0 < cut < len(words):
        words = words[:cut]                # 'Stocks of Adani Group', 'the summit with Kim': the head's phrase
    if not words or len(words) > 6 or any(c.isupper() for c in "".join(words)[1:]) or \
            words[0][:1].isupper() and words[0].lower() not in _DETERMINERS:
        return False                       # a name ('al-Sour', 'the Kremlin'), or a word opening no noun phrase
    cut = next((k for k, w in enumerate(words) if k and w in _PREPOSITIONS), len(words))
    head = re.sub(r"[’']s$", "", words[cut - 1].lower())   # 'someone near the stage': someone
    if is_pronoun(head):
        return False                       # "it", "he": resolved elsewhere
    aw = actor_words()
    if head in aw.get("evidence", ()) or head in aw.get("event", ()):
        return True
    plural = len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
    one = head[:-3] + "y" if head.endswith("ies") else head[:-2] if head.endswith(("ches", "shes", "sses", "xes")) \
        else head[:-1] if plural else head
    nouns = _nouns()
    if any(w in nouns["person"] or w in nouns["text"] or w in reporting_nouns() or
           any(w in aw.get(k, ()) for k in ("role", "body", "document")) for w in {head, one}):
        return False
    if _PERSON_ENDING.fullmatch(one):
        return False                       # 'the negotiators', 'residents'
    return plural or bool(re.search(r"(?:ness|ism|age)$", head))


def no_actor_head(mention: str) -> bool:
    """Whether ``mention`` is a common noun phrase (a determiner or a lower-case word first, no capitalised word)
    whose head is a noun known to name no actor: an abstract noun of ``speaker_nouns.tsv`` (class not_agent) or of the evidence lexicon
    ("The first error", "the second reason", "the problem", "the decision"), and no person, group, body, office,
    document, text or outlet of the lexicons. A head the lists do not know is taken for an actor ("the hosts",
    "the church", "the museum", "pupils"): this is the test for a speaker taken from another table (a claim's
    source), and an unknown head there is more often a body or people than an abstraction.

    >>> [no_actor_head(m) for m in ("The first error", "the airline", "the official", "Everton", "critics", "he")]
    [True, False, False, False, False, False]
    >>> [no_actor_head(m) for m in ("the hosts", "the church", "the museum", "pupils", "the village", "the problem")]
    [False, False, False, False, False, True]
    """
    words = re.findall(r"[\w’'-]+", mention)
    cut = next((k for k, w in enumerate(words) if k and (w in _PREPOSITIONS or w in _MORE_PREPOSITIONS)), len(words))
    words = words[:cut]               # 'our source within governmental circles': the source
    if not words or len(words) > 6 or any(c.isupper() for c in "".join(words)[1:]) or \
            words[0][:1].isupper() and words[0].lower() not in _DETERMINERS:
        return False                       # a name, or a word opening no noun phrase
    head = re.sub(r"[’']s$", "", words[-1].lower())
    if is_pronoun(head) or len(words) == 1 and not head.isalpha():
        return False
    aw = actor_words()
    plural = len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
    one = head[:-3] + "y" if head.endswith("ies") else head[:-1] if plural else head
    nouns = _nouns()
    if any(w in nouns["person"] or w in nouns["text"] or w in reporting_nouns() or
           any(w in aw.get(k, ()) for k in ("role", "body", "document", "media", "outlet", "group", "state"))
           for w in {head, one}):
        return False
    return one in nouns["not_agent"] or one in aw.get("evidence", ())


_MORE_PREPOSITIONS = frozenset("within across around under over to close into throughout".split())


# A clause taken for a noun phrase: a past verb right after the subject's words, with an object opening on a
# determiner or quantifier ('Demonstrators held numerous Spanish and EU'), or a verb of happening with its place
# ('Scuffles erupted in parliament'). A participle modifying a noun takes no such object ('officials based in Seoul',
# 'a statement shared on ...' keep theirs: no determiner follows, and 'based', 'shared' are no verbs of happening).
# A relative pronoun before the verb makes it the verb of a relative clause inside a noun phrase ('a woman who
# witnessed the attack', 'the group that organised the protest'): no clause.
_CLAUSE_MENTION = re.compile(r"(?!(?:\S+\s+){0,4}?(?:who|whom|whose|which|that)\s)\S+(?:\s+\S+){0,3}?\s+(?:(?:[a-z]{3,}ed|held|made|took|gave|sent|won|lost|met|brought|"
                             r"began|broke|kept|left|put|set)\s+(?:the|a|an|numerous|several|many|some|two|three|four|"
                             r"his|her|their|its|our|this|these|those|\d+)\b|(?:erupted|occurred|happened|broke\s+out|"
                             r"arose|emerged|flared|unfolded|ensued)\b).*")


def clause_mention(mention: str) -> bool:
    """Whether ``mention`` is a clause with a finite verb of its own, not a noun phrase (see :data:`_CLAUSE_MENTION`).

    >>> [clause_mention(m) for m in ("Scuffles erupted in parliament", "Demonstrators held numerous Spanish and EU",
    ...                              "officials based in Seoul", "the ministry", "a statement shared on its channels",
    ...                              "a woman who witnessed the attack", "the group that organised the protest")]
    [True, True, False, False, False, False, False]
    """
    return bool(mention) and _CLAUSE_MENTION.fullmatch(mention) is not None


# A plural head and "of" a proper name: the people of a named person or group ('The heirs of Trump', 'the ranks of
# Wagner'), unless the name is a state or a firm ('purchases of Ukraine', 'Stocks of Adani Group': things).
_PLURAL_OF_NAME = re.compile(r"(?:[Tt]he\s+)?([a-z][a-z-]+s)\s+of\s+((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)")
_FIRM_WORDS = frozenset("Group Corp Corporation Inc Ltd Company Co Holdings Bank Fund Index Exchange Plc LLC AG SA".split())


def people_of_name(mention: str) -> bool:
    """Whether ``mention`` is a plural common noun of a named person or group ('The heirs of Trump', 'the ranks of
    Wagner'): the people around that name, no thing. A word of the evidence or event lexicons, a state's name or a
    firm's ('the purchases of Ukraine', 'Stocks of Adani Group') leaves it a thing."""
    m = _PLURAL_OF_NAME.fullmatch(mention.strip())
    if m is None:
        return False
    aw = actor_words()
    head, name = m.group(1), m.group(2)
    if any(w in aw.get(k, ()) for k in ("evidence", "event") for w in (head, head[:-1])) or \
            name.split()[-1] in _FIRM_WORDS:
        return False
    return _state_of(name) is None


_THAT = re.compile(r"\s*(?:that\s+)?$")


def evidence_subject(text: str, mention: str, pos: int, cue: str, lo: int) -> Optional[tuple[str, int, str]]:
    """For a speaker ``mention`` at ``pos`` found as the subject of ``cue``: None when it may speak; else the
    subject and cue of the reporting verb whose clause it opens ("The official said the purchases indicated
    that ..."), or ("", -1, "") to abstain. ``lo`` is the start of the sentence."""
    if pos < 0 or (cue.split()[0].lower() if cue else "") not in _evidence_forms() or not is_thing(mention):
        return None
    outer = None
    for c in iter_cues(text, lo, pos):
        if _THAT.fullmatch(text, c.end, pos) and "s" in c.roles:
            outer = c
    if outer is not None and (sp := subject_before(text, lo, outer.start)) is not None:
        name = clean_mention(text[sp[0]:sp[1]])
        if name and (is_actor_phrase(name) or is_pronoun(name) and name.lower() != "it") and not is_thing(name):
            return name, sp[0], outer.word
    return "", -1, ""


def no_thing_speaker(text: str, speaker: str, cue: str, attr, lo: int) -> tuple[str, str, object]:
    """(speaker, cue, attribution) of a quote whose attribution ``attr`` names ``speaker`` before the quote, with a
    thing as the subject of an evidence verb replaced by :func:`evidence_subject` ('The official said the purchases
    indicated that “...”': the official; no attribution when no one said it); else unchanged. ``lo`` is the
    sentence start."""
    outer = evidence_subject(text, clean_mention(speaker), attr.speaker_pos, attr.cue, lo)
    if outer is None:
        return speaker, cue, attr
    if not outer[0]:
        return "", "", None
    return outer[0], outer[2], dataclasses.replace(attr, speaker=outer[0], speaker_pos=outer[1], cue=outer[2])


_APPOSED = re.compile(r",[ \t]+")
_CLOSED = re.compile(r"\s*(?:,|who\b|whose\b)")


def apposed_person(doc, mention: str, pos: int) -> str:
    """The person named right before an indefinite description set off as an apposition ("Kim Yo Jong, a
    high-ranking government official who ..."), or "". The apposition must close (a comma or a relative
    clause after it): "Putin, a Kremlin spokesman said, ..." is a parenthesis."""
    if pos <= 0 or not re.match(r"(?:a|an)\s", mention) or not _CLOSED.match(doc.text, pos + len(mention)):
        return ""
    people = doc.people
    k = bisect.bisect_left(people.mention_starts, pos) - 1
    if k < 0 or not _APPOSED.fullmatch(doc.text, people.mentions[k].end, pos):
        return ""
    return people.people[people.mentions[k].person].name


@lru_cache(maxsize=1024)
def _agent_re(cue: str) -> re.Pattern:
    return re.compile(r"\b%s\s+by\s+((?:[\w’'.-]+\s+){0,6}?[\w’'.-]+)\s*[,:]\s*[“\"‘']?$" % re.escape(cue))


def agent_before(text: str, cue: str, q_open: int) -> Optional[tuple[str, int]]:
    """(agent, position) of a passive reporting verb whose by-phrase closes right before the quote: "As noted by
    the chief justice, “...”", "As quite appropriately asked by PTI’s founder, “...”" (a by-phrase after the quote
    is :data:`analysis.quotes._BY_AGENT`)."""
    if not cue or " " in cue:
        return None
    m = _agent_re(cue).search(text, max(0, q_open - 150), q_open)
    if m is None or not is_actor_phrase(clean_mention(m.group(1))):
        return None
    return m.group(1), m.start(1)


# 'Biden’s decision to block the purchase ... citing “...”': a possessive holder of a noun with an infinitive
# complement (the holder is the infinitive's subject: decision, move, refusal, plan, bid to VERB).
_HOLDER_ACT = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,3}[\w.-]+)[’']s?\s+(?:[a-z-]+\s+)?[a-z]+\s+to\s+"
                         r"([a-z]+)\s")
_NOT_VERB = _DETERMINERS | frozenset("be him them us me it his her my your our their its and or".split())


def act_holder(text: str, span: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The possessive holder opening ``span`` when it is a noun with an infinitive complement ("Biden’s decision
    to block the purchase by Japan’s Nippon Steel of US Steel"), the subject of a participle right after the span
    ("... citing “...”": the holder cites, not US Steel, the object inside the infinitive); else None."""
    m = _HOLDER_ACT.match(text, span[0], span[1])
    if m is None or m.group(2) in _NOT_VERB or m.group(1).lower() in _DETERMINERS:
        return None
    return m.span(1)


def noun_after_participle(text: str, cue, before) -> bool:
    """Whether ``cue``, a cue word in its base form, is a noun in the object of the participle cue ``before``
    ("viewing military support for North Korea as “...”": support is viewed, no verb)."""
    if before is None or not before.participle or cue.participle or cue.passive or cue.word != cue.lemma:
        return False
    gap = text[before.end:cue.start].split()
    return 1 <= len(gap) <= 2 and all(w.isalpha() and w.islower() and w not in _NOT_VERB_GAP for w in gap)


_NOT_VERB_GAP = frozenset("that to and or but he she they we it i you who which".split())


# A quoted figure: "up to 100,000", "about 3,000", "10,000 to 12,000".
QUOTED_FIGURE = re.compile(r"(?:(?:up\s+to|about|around|more\s+than|as\s+many\s+as|at\s+least|nearly|some)\s+)?"
                           r"\d[\d,.]*(?:\s+(?:to|or|-)\s+\d[\d,.]*)?(?:\s+(?:million|billion|thousand))?")


def figure_subject(text: str, sentence, hi: int) -> Optional[tuple[str, str]]:
    """(the sentence's subject, its verb) when a reporting or discussing verb follows the subject before ``hi``."""
    sp = leading_np(text, sentence.start, hi)
    if sp is None or sp[1] >= hi:
        return None
    cue = next(iter_cues(text, sp[1], hi), None)
    if cue is None or cue.passive or cue.participle or text[sp[1]:cue.start].strip(" ,").count(" ") > 1:
        return None                            # the verb right after the subject (an adverb may stand between)
    name = clean_mention(text[sp[0]:sp[1]].strip().rstrip(","))
    return (name, cue.word) if name and not is_pronoun(name) else None


__all__ = ["QUOTED_FIGURE", "act_holder", "agent_before", "apposed_person", "evidence_subject", "figure_subject",
           "is_thing", "no_thing_speaker", "noun_after_participle", "people_of_name"]


# A short quote standing right after its subject as the predicate, the verb left out as headlines do or after a
# copula: 'Team captain Jane Roe ‘disappointed’ over ...', 'Jane Roe was left ‘disappointed’ after ...'. The
# subject is the clause's whole opening (a line, a sentence or what follows a colon), at most a title or two and a
# name; the quoted predicate is that person's own word for their state.
_PREDICATE_SUBJECT = re.compile(r"\s*(?:(?:[A-Z][\w’'.-]*|[a-z]+)\s+){0,2}?((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*[a-z][\w’'-]*)"
                                r"\s+(?:(?:is|was|are|were|feels|felt|remains|remained|seems|seemed|looked|looks)\s+)?"
                                r"(?:(?:left|said\s+to\s+be)\s+)?")
_CLAUSE_OPENING = re.compile(r"[:\n]")


_NOUN_PHRASE_OPEN = re.compile(r"(?:a|an|the|one|some|no|his|her|their|its|our|my|your)\s", re.I)
# A source after the quote: a colon and a word ('“corrupt”: watchdog'); a cue ('“a liar,” rival claims') is found by
# iter_cues.
_TRAILING_SOURCE = re.compile(r"[”\"’']?\s*:\s*\w")
_TRAILING_SAYER = re.compile(r"[”\"’']?\s*,?[”\"’']?\s+((?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+([a-z]+)\s*\.?\s*")


def _headline_source(name: str) -> str:
    """A source named after the quote as a headline writes it, its article dropped ('rival claims', ': watchdog'):
    a lone singular noun gets its article back so that it reads as the noun phrase it stands for."""
    if not name or not is_actor_phrase(name) or is_thing(name) or is_pronoun(name):
        return ""
    return "the " + name if names_nobody(name) and len(name) > 2 and name.isalpha() else name


def predicate_subject(text: str, lo: int, q_open: int, people, q_close: int = -1, hi: int = -1) -> str:
    """The named person whose quoted predicate opens at ``q_open`` (the clause from ``lo``, its sentence's start,
    holds only that person's name before it), or "". With the quote's close ``q_close`` and the sentence's end
    ``hi``: no one when a reporting cue or "according to" follows the quote in the sentence, or a colon hands the
    words to a source ('Donald Trump “unhinged”, according to Clinton', '“corrupt”: watchdog'); nor when the quote
    is a noun phrase ('X is “a liar”': a label put on X, not X's word)."""
    colon = max(text.rfind(":", lo, q_open), text.rfind("\n", lo, q_open))
    lo = colon + 1 if colon >= 0 else lo
    m = _PREDICATE_SUBJECT.fullmatch(text, lo, q_open)
    if m is None or m.group(1).split()[0].lower() in _DETERMINERS or m.group(1).endswith(("’s", "'s")) \
            or not text[q_open + 1:q_open + 2].isalpha():
        return ""                              # "DuVernay’s “13th”": an owner and a title, no predicate
    if q_close >= 0:
        end = text.find("\n", q_close, hi if hi > q_close else len(text))
        end = end if end >= 0 else (hi if hi > q_close else min(len(text), q_close + 200))
        cue = next(iter_cues(text, q_close, end), None)
        if cue is not None:                    # the words of the source after the quote: its subject, if named
            sp = subject_before(text, q_close, cue.start) if "s" in cue.roles and not cue.passive else None
            name = clean_mention(text[sp[0]:sp[1]]) if sp is not None else ""
            return _headline_source(name)
        if (src := _TRAILING_SAYER.fullmatch(text, q_close, end)) is not None and src.group(2) in reporting_verbs():
            return _headline_source(clean_mention(src.group(1)))   # '“a liar,” rival claims' ('claims' a noun)
        if (src := _TRAILING_SOURCE.match(text, q_close, end)) is not None:
            name = clean_mention(text[src.end() - 1:end].strip().rstrip("."))
            return _headline_source(name) if len(name.split()) <= 4 else ""
    if _NOUN_PHRASE_OPEN.match(text, q_open + 1):
        return ""                              # 'Donald Trump is “a liar”': a label put on him, not his word
    name = m.group(1)
    person = people.lookup(name, m.start(1))
    return name if person is not None and len(person.name.split()) > 1 else ""


# A relative clause whose own verb reports the quote ('the Act (APA), which states that courts “...”', 'the new
# measures – which state among other things that “...”'): the words are the antecedent's, the noun phrase right
# before the comma or dash (a name, or a common noun phrase with its determiner).
_RELATIVE_CUE = re.compile(r"(?:(?:[A-Za-z)],?|\s[–—])\s+(which)|(?:[A-Za-z)],|\s[–—])\s+(that))\s+(?:[a-z]+ly\s+)?(?=[a-z])")
# ... or a verb of what a text lays down ('which states that', 'which stipulate that').
_TEXT_VERB = re.compile(r"(?:state|stipulate|provide|read|declare|specifie|specify|require)[sd]?")
_ANTECEDENT = re.compile(r"((?:(?:the|a|an|its|their|this|these)\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?:\s+\([A-Z]{2,8}\))?)"
                         r"\s*(?:,|–|—)?\s*$")


def relative_antecedent(text: str, lo: int, q_open: int) -> Optional[tuple[str, int, str]]:
    """(antecedent, position, cue) when the quote at ``q_open`` sits in a relative clause on "which" or "that"
    whose verb is a reporting verb (the relative pronoun its subject), in the sentence from ``lo``: the antecedent
    speaks, or ("", -1, cue) when it is a thing; None otherwise."""
    m = None
    for m in _RELATIVE_CUE.finditer(text, max(lo, q_open - 160), q_open):
        pass
    if m is None:
        return None
    verb = re.match(r"[a-z]+", text[m.end():q_open])
    info = reporting_verbs().get(verb.group()) if verb else None   # (the verb itself: 'which state that')
    if verb is None or (info is None or info.participle or verb.group().endswith("ing")
                        or not set(info.roles) & {"q", "s"}) and not _TEXT_VERB.fullmatch(verb.group()) \
            or re.search(r"[.;:!?“”\"]", text[m.end() + verb.end():q_open]):
        return None
    ante = _ANTECEDENT.search(text, max(lo, m.start() - 80), m.start(1) if m.group(1) else m.start(2))
    if ante is None:
        return None
    name = ante.group(1)
    words = name.split()
    k = max((i for i, w in enumerate(words) if w.lower() in _DETERMINERS), default=-1)
    if k >= 0:
        name = " ".join(words[k:])            # 'repeal of the tough new measures': the measures
    elif not words[-1][:1].isupper() and not words[-1].startswith("("):
        return None                            # no noun phrase found to stand for
    else:
        # a name closing a clause ('Tom Hale quit on Monday, which'): the name's own words only
        run = _NAME_RUN.search(name)
        if run is None or _CALENDAR.fullmatch(run.group(1)):
            return "", -1, verb.group()        # 'quit on Monday, which confirms': the clause, nobody's words
        name = run.group(1)
    if (tail := _NAMED_OBJECT.search(name)) is not None and k >= 0:
        name = tail.group(1)                   # 'the deal with Acme Corp, which says': the nearest noun, the name
    if is_thing(name) or is_thing(name[:1].lower() + name[1:]) or not _may_speak(name):
        return "", -1, verb.group()            # 'lost the vote, which suggests that': an event says nothing
    return name, ante.start(1) + ante.group(1).rfind(name), verb.group()


_NAME_RUN = re.compile(r"((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*(?:\s+\([A-Z]{2,8}\))?)$")
_NAMED_OBJECT = re.compile(r"\s(?:with|from|by|at|against)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)$")
_CALENDAR = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                       r"May|June|July|August|September|October|November|December)")


def _may_speak(name: str) -> bool:
    """Whether a relative clause's antecedent may say something: a name (a capitalised word after any determiner)
    or a common noun whose head names a person, group, body, office, text or outlet ('the vote', 'the deal': no)."""
    words = re.findall(r"[\w’'-]+", name)
    if any(w[:1].isupper() for w in words if w.lower() not in _DETERMINERS):
        return True
    cut = next((k for k, w in enumerate(words) if k and w in _PREPOSITIONS), len(words))
    if not cut:
        return False
    head = re.sub(r"[’']s$", "", words[cut - 1].lower())
    one = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") and len(head) > 3 else head
    nouns, aw = _nouns(), actor_words()
    return any(w in nouns["person"] or w in nouns.get("text", ()) or w in reporting_nouns() or
               any(w in aw.get(c, ()) for c in ("role", "body", "document")) for w in {head, one}) \
        or bool(_PERSON_ENDING.fullmatch(one))
