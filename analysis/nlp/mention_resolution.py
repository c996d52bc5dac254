"""Resolution of a cleaned speaker or source mention (:func:`analysis.nlp.mentions.clean_mention`) to the name it
stands for in the article: "it" the last body that spoke (:func:`resolve_it`), a description the person or body
named with it before (:mod:`analysis.nlp.descriptions`), a pair, a court, a country, a document's or a site's owner,
a message's sender, a report's issuer (:func:`resolve_mention`). Re-exported by :mod:`analysis.nlp.mentions`.
"""
from __future__ import annotations

import bisect
import importlib
import re
from typing import TYPE_CHECKING, Sequence

from .mention_shapes import STATE_ROLE, owned_document, site_owner
from .mentions import (IT_SENTENCES, _IT_HEADS, _has_name, _words, actor_words, clean_mention, function_words,
                       is_actor_phrase, is_description)
from .people import is_plural
from .reports import REPORT, resolve_report
from .tokens import is_acronym, pronoun_kinds, titles

if TYPE_CHECKING:
    from .document import Document


def resolve_description(doc: "Document", mention: str, pos: int, actors: Sequence[tuple[int, str, str]] = ()) -> str:
    """The earlier named actor a description stands for, or "" (see :mod:`analysis.nlp.descriptions`)."""
    from .descriptions import resolve_description as resolve
    return resolve(doc, mention, pos, actors)


# At most this many earlier actors are looked at for one pronoun or description (bounds name-dense text).
MAX_ACTORS = 40


def _first(item) -> int:
    return item[0]


def _nearby(doc: "Document", actors: Sequence[tuple[int, str, str]], lo: int, pos: int) -> list:
    """The speakers/sources and the document's body subjects in ``[lo, pos)``, by position, at most
    :data:`MAX_ACTORS` of each (the nearest): a window found by bisection, so that an article's
    pronouns cost no more than its length."""
    a_hi = bisect.bisect_left(actors, pos, key=_first)
    a_lo = max(bisect.bisect_left(actors, lo, key=_first), a_hi - MAX_ACTORS)
    b_hi = bisect.bisect_left(doc.body_subjects, pos, key=_first)
    b_lo = max(bisect.bisect_left(doc.body_subjects, lo, key=_first), b_hi - MAX_ACTORS)
    return sorted(list(actors[a_lo:a_hi]) + [(p, n, n) for p, n in doc.body_subjects[b_lo:b_hi]])


def resolve_it(doc: "Document", pos: int, actors: Sequence[tuple[int, str, str]]) -> str:
    """The body an "it" speaker or source stands for: the last named actor that is neither a person nor
    plural, or a described body ("the ministry", resolved when it can be), within :data:`IT_SENTENCES`
    sentences, or ""."""
    s = doc.index.index_at(pos)
    lo = doc.index.start_back(s, IT_SENTENCES)
    merged = sorted(_nearby(doc, actors, lo, pos) + _sentence_subjects(doc, s, pos))
    for p, name, _ in reversed(merged):
        if p >= pos:
            continue
        if s - doc.index.index_at(p) > IT_SENTENCES:
            break
        if not name or pronoun_kinds().get(name.lower()) is not None or _CRAFT.match(name):
            continue                           # a pronoun; a craft ("The vessel Polina delivered wheat ..., it said")
        if _POSSESSOR.search(name):
            continue                           # "Pyongyang's support of Russia ...": a possessor is no subject
        if REPORT.fullmatch(name) and (issuer := resolve_report(doc, name, p)):
            return issuer                      # "The report says ... It says": who issued it
        if is_description(name):
            if _words(name)[-1].lower() in _IT_HEADS and not is_plural(name):
                # "The ministry said ... “...,” it said": the body described, or the name it stands for
                return resolve_description(doc, name, p, actors) or name
            continue
        if (held := _HEAD_UNDER_PERSON.match(name)) and held.group(2).lower() in _IT_HEADS and \
                doc.people.lookup(clean_mention(name) or name) is not None:
            # "The ministry under Volker Turk issued a note. “...,” it said": the body, not the person it names
            return resolve_description(doc, held.group(1), p, actors) or held.group(1)
        cleaned = clean_mention(name) or name   # a person is no "it", also when named before a time the mention
        if doc.people.lookup(cleaned) is None and not is_plural(name) and is_actor_phrase(name) \
                and (_has_name(_words(name)) or _words(name)[-1].lower() in _IT_HEADS):   # kept ("X in March")
            return cleaned                      # a named body or a document: not "a peaceful nation"
    return ""


# A name in the genitive: it modifies the subject's head, it is not the subject ("Pyongyang's support").
_POSSESSOR = re.compile(r"[’']s?$")


# A body's description followed by a preposition and the person at its head ('The ministry under Volker Turk').
_HEAD_UNDER_PERSON = re.compile(r"((?i:the|its|their)\s+(?:[a-z][\w’'-]*\s+){0,2}?([a-z][\w’'-]*))\s+"
                                r"(?:under|of|led\s+by|headed\s+by|run\s+by|chaired\s+by)\s+[A-Z]")


# A craft named as a sentence's subject ("The vessel Polina delivered wheat"): a thing, never the "it" that speaks.
_CRAFT = re.compile(r"(?i:the|a|an)?\s*(?:[\w’'-]+\s+){0,2}?(?i:vessel|ship|boat|tanker|freighter|ferry|train|plane|"
                    r"aircraft|airliner|jet|helicopter|missile|rocket|drone|satellite|submarine|submersible)s?\b")


# A subject specified by a clause ("Important is that ...", "The problem was that ..."): a matter, never an actor.
_COPULA_THAT = re.compile(r"\s+(?:is|was|are|were)\s+that\b")


def _sentence_subjects(doc: "Document", s: int, pos: int) -> list[tuple[int, str, str]]:
    """(position, name, name) of the named subjects opening the sentences before ``pos`` (and its own),
    for "it": "Maersk paused all sailings. It said on Tuesday ..." """
    from .subjects import leading_np
    out = []
    for k in range(max(0, s - IT_SENTENCES), s + 1):
        sent = doc.index.sentences[k]
        opener = _TIME_OPENER.match(doc.text, sent.start, min(sent.end, pos))   # "Early today the British
        sp = leading_np(doc.text, opener.end() if opener else sent.start, min(sent.end, pos))  # Competition and ..."
        if sp is not None and sp[1] <= pos and doc.quote_at(sp[0]) is None \
                and not _COPULA_THAT.match(doc.text, sp[1]):     # not a quote's first words; not the subject of a
            name = clean_mention(doc.text[sp[0]:sp[1]])          # specifying "is that" ("Important is that ...")
            if name and _has_name(_words(name)) and pronoun_kinds().get(name.lower()) is None:
                out.append((sp[0], name, name))
    return out


# A time adverbial opening a sentence before its subject: "Early today", "On Tuesday,", "Last week", "Earlier this month".
_TIME_OPENER = re.compile(r"(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+(?:on\s+)?)?(?:[Tt]oday|[Yy]esterday|"
                          r"(?:[Oo]n\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:[Tt]his|[Ll]ast)\s+(?:week|month|year))"
                          r"\s*,?\s+(?=[Tt]he\s+[A-Z]|[A-Z])")


_EXPLETIVE_IT = re.compile(r"\s+(?:is|was|has\s+been|had\s+been|would\s+be|will\s+be|seems|appears|remains)\b")


# A piece's publication participle ending the mention, its by-agent written after a time the mention lost ("data
# from the Arbovirus Monitoring Panel released on Tuesday (Feb. 27) by the Ministry of Health"): the publisher.
_PUBLISHED = re.compile(r"\b(?:released|published|issued|compiled|prepared|presented|posted)$")
_LATE_BY = re.compile(r"\s+(?:(?:on|last|this|late|early|earlier|in)\s+(?:[\w.]+\s+){0,3}?)?(?:\([^()]{0,20}\)\s+)?"
                      r"by\s+(?:the\s+)?([A-Z][\w’'&-]*(?: (?:(?:of|for) (?:the )?)?[A-Z][\w’'&-]*){0,6})")


def _late_publisher(doc: "Document", mention: str, pos: int) -> str:
    """The named agent of a publication participle ending ``mention`` (see :data:`_LATE_BY`), or ""."""
    if not _PUBLISHED.search(mention):
        return ""
    m = _LATE_BY.match(doc.text, pos + len(mention))
    if m is None or doc.quote_at(m.start(1)) is not None:
        return ""
    name = clean_mention(m.group(1))
    return name if name and _has_name(_words(name)) and doc.people.lookup(name) is None else ""


# A piece of writing whose author is named in apposition right after it ("The majority opinion, authored by Chief
# Justice Roberts, concluded"): the author's words. Not a document a body issues (a statement, a report: their
# issuer speaks, quote_issuers) nor a signed treaty (its parties sign, the text speaks).
_WRITING = re.compile(r"(?i:the|an?|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:opinion|dissent|op-ed|essay|column|article|"
                      r"memo|memorandum|book|editorial|commentary|letter)")
_AUTHORED_BY = re.compile(r"\s*,\s*(?:(?:also|jointly)\s+)?(?:authored|written|penned|drafted)\s+by\s+"
                          r"((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*[a-z])\s*,")


def _author_in_apposition(doc: "Document", mention: str, pos: int) -> str:
    """The person named as the author of a piece of writing in an apposition after it (see :data:`_AUTHORED_BY`),
    as the article's people index has that person, or ""."""
    if not _WRITING.fullmatch(mention):
        return ""
    m = _AUTHORED_BY.match(doc.text, pos + len(mention))
    if m is None:
        return ""
    person = doc.people.lookup(m.group(1), m.start(1))
    return person.name if person is not None else ""


# A role described with the holder's age ("the 64-year-old candidate"): an epithet of the one person named before,
# when no holder of the role is found.
_AGED = re.compile(r"(?i:the)\s+\d{1,3}-year-old\s")
_LONE_TITLE = re.compile(r"[A-Z][a-z]+")   # a headline's bare title ("Governor says"): the holder named with it


_LATE: dict[tuple[str, tuple[str, ...]], tuple] = {}


def _late(module: str, *names: str):
    """``from .module import names`` for :func:`resolve_mention` (imported there, not here: those modules import
    mentions, which imports this one), done once: an import statement run on every mention costs more than the
    look-up (speed only; the same objects)."""
    got = _LATE.get((module, names))
    if got is None:
        found = importlib.import_module("." + module, __package__)
        got = _LATE[(module, names)] = tuple(getattr(found, name) for name in names)
    return got if len(got) > 1 else got[0]


# An article and an adjective or two before a person's name ("A somber President Joe Biden", "an emotional Kim").
_ADJECTIVE_BEFORE_NAME = re.compile(r"(?:A|An|The|a|an|the)\s+((?:[a-z][a-z-]+\s+){1,2})((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*)")


# What someone said, named with its agent: "Claims by the US and South Korea", "Reports from Seoul's spy agency".
_CLAIMS_BY = re.compile(r"(?:(?i:the|these|such|recent|new)\s+)?(?i:claims|reports|allegations|accusations|assessments|"
                        r"estimates|statements|remarks|comments|warnings)\s+(?:by|from)\s+(.+)")


def resolve_mention(doc: "Document", mention: str, pos: int, actors: Sequence[tuple[int, str, str]] = (),
                    resolved_pronoun: str = "") -> str:
    """The name a cleaned mention stands for: itself, or what its pronoun or description refers to.

    ``resolved_pronoun`` is the caller's own resolution of a he/she/they (its people and subject
    lists); an unresolved pronoun gives "" (abstain), an unresolved description stays as written.
    """
    if not mention:
        return ""
    if doc.text.startswith(mention, pos) and (publisher := _late_publisher(doc, mention, pos)):
        return publisher                       # "data ... released on Tuesday by the Ministry of Health"
    if doc.text.startswith(mention, pos) and (author := _author_in_apposition(doc, mention, pos)):
        return author                          # "The majority opinion, authored by Chief Justice Roberts,"
    if doc.text.startswith(mention, pos) and (named := _name_in_apposition(doc, mention, pos)):
        return named                           # "according to Deputy U.S. Ambassador to the UN, Robert Wood,"
    if (claims_by := _CLAIMS_BY.fullmatch(mention)) and (agent := clean_mention(claims_by.group(1))) \
            and is_actor_phrase(agent):
        # "Claims by the US and South Korea allege that ...": those who claim, not their claims
        return resolve_mention(doc, agent, pos + claims_by.start(1), actors)
    kind = pronoun_kinds().get(mention.lower()) if not is_acronym(mention) else None   # "WHO" is no "who"
    if kind is not None:
        if kind == "thing" and mention.lower() == "it":
            if _EXPLETIVE_IT.match(doc.text, pos + len(mention)):
                return ""                      # "it is said", "it was reported"
            return resolve_it(doc, pos, actors)
        if resolved_pronoun and is_actor_phrase(resolved_pronoun):
            return resolved_pronoun
        return ""
    if (adj := _ADJECTIVE_BEFORE_NAME.fullmatch(mention)) and \
            not any(w in function_words() or w in actor_words()["role"] or w in actor_words()["body"]
                    for w in adj.group(1).lower().split()) and \
            (person := doc.people.lookup(adj.group(2))) is not None:
        return person.name                     # "A somber President Joe Biden": the person (not "A spokeswoman for X")
    resolve_pair = _late("pairs", "resolve_pair")   # "the two leaders": both, "" if nothing fits; None: no pair
    pair = resolve_pair(doc, mention, pos)
    if pair is not None:
        return pair or mention
    COURT_WORD, VERDICT, resolve_court, resolve_verdict = _late("bodies", "COURT_WORD", "VERDICT", "resolve_court",
                                                                "resolve_verdict")
    if VERDICT.fullmatch(mention) and (court := resolve_verdict(doc, pos)):
        return court                           # "The verdict declared": the one court named before
    if COURT_WORD.fullmatch(mention) and (court := resolve_court(doc, mention, pos)):
        return court                           # "the country's top court said": the court named before
    COUNTRY, resolve_country = _late("countries", "COUNTRY", "resolve_country")
    if COUNTRY.fullmatch(mention):
        named = resolve_country(doc, mention, pos)       # "the country's foreign ministry": whose
        if named and is_description(named):
            return resolve_description(doc, named, pos, actors) or named
        return named or mention
    BARE_COUNTRY, resolve_bare_country = _late("countries", "BARE_COUNTRY", "resolve_bare_country")
    if BARE_COUNTRY.fullmatch(mention):
        return resolve_bare_country(doc, mention, pos) or mention   # "The country again accused": the state
    OUTLET, resolve_outlet = _late("outlets", "OUTLET", "resolve_outlet")
    if OUTLET.fullmatch(mention) and (outlet := resolve_outlet(doc, mention, pos, actors)):
        return outlet                          # "According to the newspaper": the one outlet named just before
    if len(mention.split()) == 2 and (pm := _late("leading", "_DESCRIBED_PM")).search(mention):
        return resolve_description(doc, pm.sub("prime minister", mention), pos, actors) or mention   # "The PM said"
    if is_description(mention):
        return resolve_description(doc, mention, pos, actors) or (
            _late("descriptions", "epithet_holder")(doc, mention, pos) if _AGED.match(mention) else "") or mention
    if (owner := owned_document(mention)) and is_description(owner):   # "The automaker's website says": Aurus
        return resolve_description(doc, owner, pos, actors) or mention
    if (owner := site_owner(mention)) and is_description(owner):
        # "an update on the company website": the one firm the article introduces as such ("Intuitive Machines, a
        # Houston-based company"), another owner named before ("the ministry"), else nobody: a page speaks for no one.
        _MAKERS, firm_apposition = _late("firms", "_MAKERS", "firm_apposition")
        head = _words(owner)[-1].lower()
        return firm_apposition(doc, head, 0, len(doc.text)) if head in _MAKERS else \
            resolve_description(doc, owner, pos, actors)
    if _LONE_TITLE.fullmatch(mention) and mention.lower() in actor_words()["role"] and mention in titles():
        return resolve_description(doc, "the " + mention.lower(), pos, actors) or mention   # "Governor says"
    MESSAGE, resolve_message = _late("senders", "MESSAGE", "resolve_message")
    if MESSAGE.fullmatch(mention):
        return resolve_message(doc, pos, actors) or mention   # "the message says": its sender
    REPORT, resolve_report = _late("reports", "REPORT", "resolve_report")
    if REPORT.fullmatch(mention):
        return resolve_report(doc, mention, pos) or mention   # "the report said": who issued it
    BODY_WORD, resolve_body_word = _late("bodies", "BODY_WORD", "resolve_body_word")
    if BODY_WORD.fullmatch(mention):
        return resolve_body_word(doc, mention, pos) or mention   # "the UN watchdog said": the body named before
    COMPANY_ROLE, named_with_head, sentence_company = _late("firms", "COMPANY_ROLE", "named_with_head",
                                                            "sentence_company")
    if COMPANY_ROLE.fullmatch(mention) and (company := sentence_company(doc, pos) or
                                            named_with_head(doc, _words(mention)[-1], pos) or
                                            _late("descriptions", "kind_firm_before")(doc, mention, pos, actors)):
        return company                          # "a lawsuit that Albertsons filed, the jilted partner accuses"
    if mention[:2].lower() in ("a ", "an"):
        resolve_indefinite = _late("lead_roles", "resolve_indefinite")   # "a South Korean lawmaker said ... Lee
                                                                           # Seong-kweun told"
        body_named_after = _late("lead_roles", "body_named_after")      # "a human rights organisation ... the
        return resolve_indefinite(doc, mention, pos) or body_named_after(doc, mention, pos) or mention  # organisation, X,"
    if mention[:4].lower() == "the " and (holder := _late("descriptions", "epithet_holder")(doc, mention, pos)):
        return holder                          # "Robert F. Kennedy Jr. published ... the infamous anti-vaxxer wrote"
    if mention.startswith("the "):
        named_just_before = _late("descriptions", "named_just_before")   # "Dr Matshidiso Moeti, the WHO Regional
                                                                           # Director said:"
        return named_just_before(doc, mention, pos) or _lead_role_of(doc, mention, pos) or \
            introduced_as(doc, mention, pos) or mention
    return _lead_role_of(doc, mention, pos) or _lead_state_role(doc, mention, pos) or \
        introduced_as(doc, mention, pos) or mention


def _lead_state_role(doc: "Document", mention: str, pos: int) -> str:
    """For a lead's "<State>'s <role>" with nobody named before it: the person whose full name opens the next
    sentence (:func:`analysis.nlp.lead_roles.lead_subject_after`), or ""."""
    m = STATE_ROLE.fullmatch(mention)
    if m is None or m.group(2).lower() not in actor_words()["role"] or \
            _late("countries", "_state_of")(m.group(1)) is None:
        return ""
    return _late("lead_roles", "lead_subject_after")(doc, pos)


# How far back (characters) a description looks for the name it introduced.
INTRODUCED_CHARS = 1500
_DESCRIBED = re.compile(r"(?i:the)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_INTRO_NAME = r"((?:The\s+)?[A-Z][\w&’'.-]*(?:\s+(?:(?:of|for|and|on|the)\s+)?[A-Z][\w&’'.-]*){0,5})"


def introduced_as(doc: "Document", mention: str, pos: int) -> str:
    """The one name the article introduced with the description's very words before it, outside quotes: "the
    think tank" after "the U.S.-based think tank Beyond Parallel said"; else "" (no such name, or two)."""
    m = _DESCRIBED.fullmatch(mention)
    if m is None:
        return ""
    label = m.group(1)
    if is_plural(mention):
        return ""                               # "the analysts" after "analysts Jenny Town and ...": several
    pattern = re.compile(r"(?<![\w-])%s\s+%s(?![\w’'-])" % (re.escape(label), _INTRO_NAME))
    lo = max(0, pos - INTRODUCED_CHARS)
    found = {re.sub(r"(?<=[a-z]{2})\.$", "", f.group(1)) for f in pattern.finditer(doc.text, lo, pos)
             if doc.quote_at(f.start()) is None}
    found = {name for name in found if _has_name(_words(name)) and clean_mention(name) == name}
    return next(iter(found)) if len(found) == 1 else ""


# ", Robert Wood," right after a role: the holder named in apposition (a known person of the article).
_APPOSED_NAME = re.compile(r",\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w.’'-]*){1,2})\s*(?=[,;)]|\.(?:\s|$)|\s+(?:said|says|told)\b)")


def _name_in_apposition(doc: "Document", mention: str, pos: int) -> str:
    """The person named in apposition right after a role that names nobody ("Deputy U.S. Ambassador to the UN,
    Robert Wood, has" -> Robert Wood), when the article knows that name as a person; else ""."""
    if not any(w.lower() in actor_words()["role"] for w in _words(mention)) or doc.people.lookup(mention) is not None:
        return ""
    m = _APPOSED_NAME.match(doc.text, pos + len(mention))
    if m is None or doc.quote_at(m.start(1)) is not None:
        return ""
    person = doc.people.lookup(m.group(1), m.start(1))
    return person.name if person is not None else ""


# "The CEO of cybersecurity company CrowdStrike": a role of a named body, its holder unnamed in the phrase.
_ROLE_OF = re.compile(r"[Tt]he\s+(?:[a-z]+\s+)?([\w-]+)\s+(?:of|at|for)\s+\S")


def _lead_role_of(doc: "Document", mention: str, pos: int) -> str:
    """For a lead's "the <role> of <body>" that reports: the person the next sentence names and lets speak
    (:func:`analysis.nlp.lead_roles.lead_speaker_after`), or ""."""
    m = _ROLE_OF.match(mention)
    if m is None or m.group(1).lower() not in actor_words()["role"]:
        return ""
    return _late("lead_roles", "lead_speaker_after")(doc, pos)
