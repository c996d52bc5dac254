"""Descriptions of firms: "the automaker", "the German group", "Europe's largest carmaker".

:func:`analysis.nlp.descriptions.resolve_description` asks these for a body head that names a company or an
association (``FIRM_HEADS``): the one name introduced before as that kind of maker in an apposition, else the
nearest earlier named actor that is neither a person, a state nor a news outlet. A company written by its trade or
its part in a deal (``COMPANY_ROLE``: "the jilted partner", "the grocer") is the one company named in its own
sentence (:func:`sentence_company`), asked by :func:`analysis.nlp.mentions.resolve_mention`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from .mentions import FIRM_HEADS, _has_name, _is_name_word, _words, function_words, is_description
from .tokens import MONTH_NAME, WEEKDAY, bare_word

if TYPE_CHECKING:
    from .document import Document


# A name introduced as a maker in an apposition: 'the vehicle was an Aurus, a luxury car manufacturer created in 2018'.
_MAKER_APPOSITION = re.compile(r"\b([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                               r"(manufacturer|maker|automaker|carmaker|company|firm|producer)\b")
_MAKERS = {"automaker": ("manufacturer", "maker", "automaker", "carmaker"), "carmaker": ("manufacturer", "maker",
           "automaker", "carmaker"), "company": ("company", "firm"), "firm": ("company", "firm")}


# ... or with the kind written before the name as its title: "crypto analytics company Chainalysis", "the firm Kroll".
_MAKER_BEFORE = re.compile(r"(?<![\w’'-])(?:[a-z][\w-]*\s+){1,3}(manufacturer|maker|automaker|carmaker|company|firm|"
                           r"producer)\s+([A-Z][\w&’'-]*(?:\s+[A-Z0-9][\w&’'-]*){0,2})")


def firm_apposition(doc: "Document", head: str, lo: int, pos: int) -> str:
    """The one name in ``[lo, pos)`` introduced as a maker of the description's kind ("the automaker": "Aurus, a
    luxury car manufacturer", "crypto analytics company Chainalysis"), outside quotes; or "".  A name after the
    kind that is a person or opens with a title or a given name is no firm ("company CEO Tim Cook")."""
    from .tokens import given_names, titles
    kinds = _MAKERS.get(head, ())
    found = {m.group(1) for m in _MAKER_APPOSITION.finditer(doc.text, lo, pos)
             if m.group(2) in kinds and doc.quote_at(m.start()) is None}
    for m in _MAKER_BEFORE.finditer(doc.text, lo, pos):
        name, first = m.group(2), bare_word(m.group(2).split()[0])
        if m.group(1) in kinds and doc.quote_at(m.start()) is None and first not in titles() \
                and first not in given_names() and doc.people.lookup(name) is None and not re.search(r"[’']s?$", name):
            found.add(name)
    return next(iter(found)) if len(found) == 1 else ""


# Body heads that name a company or an association, not an office of a state ("the German group", "Europe's
# largest carmaker"): they take the nearest earlier named body of that kind, not one holding the word.
# Modifiers that leave such a description open ("the largest carmaker", "the car group").
_FIRM_MODIFIERS = frozenset("largest biggest big major leading car auto carmaking industrial chemicals energy oil gas "
                            "steel tech technology".split()) | frozenset(     # who owns it names no kind of firm:
    "state-owned state-run state-controlled government-owned family-owned privately-held listed".split())  # "The
# state-owned company", "the state-run firm"


_QUOTE_MARKS = frozenset('"“‘\'')
_PREPOSITIONS = frozenset("on in at of for from with aboard board by to into onto".split())


def nearest_firm(doc: "Document", mention: str, merged: Sequence[tuple[int, str, str]], lo: int, pos: int) -> str:
    """The nearest earlier named actor in ``merged`` that is neither a person, a state nor a news outlet, for
    "the German group": a nationality adjective must be written next to it ("German car giant Volkswagen");
    a genitive scope ("Europe's largest carmaker") asks nothing of it.  Any other modifier: ""."""
    from ..entities.lexicon import _aliases, _fold
    from ..entities.mentions import parse_mention
    words = _words(mention)
    demonyms = []
    for w in words[1:-1]:
        low = w.lower()
        if low in function_words() or low in _FIRM_MODIFIERS or re.fullmatch(r"[\w.]+-based", low):
            continue                            # (where it is based asks nothing: "the Atlanta-based company")
        if _is_name_word(w):
            demonyms.append(w)
            continue
        return ""                               # "the research group": a specific kind, not any firm
    if demonyms and _aliases()[2].get(_fold(" ".join(demonyms))) is None:
        return ""                               # "The Houthi group" names a group, no nationality
    text = doc.text
    for p, name, _ in reversed(merged):
        if p < lo:
            break
        if p >= pos or not name or is_description(name) or doc.people.lookup(name) is not None \
                or not _has_name(_words(name)) or text[max(0, p - 1):p] in _QUOTE_MARKS:
            continue                            # not the first words of a quotation
        if _conjunct(text, p, name):
            return ""                           # "the PGA Tour, DP World Tour and Saudi Arabia's PIF ... The group": any
        if _DATELINE_AT.match(text, max(0, p - 1)) and (p == 0 or text[p - 1] in "[\n"):
            continue                            # "[LONDON] British regional airline Flybe ...": a dateline
        if _thing_name(text, name, pos):
            continue                            # "the Titan submersible ... on board the Titan": a vessel, not a firm
        if _titled_person(text, name, pos):
            continue                            # "Rear Adm. John Mauger ... Mauger": a person, never "the company"
        if _words(name)[-1].lower() in _STATE_HEADS:
            continue                            # "The Coast Guard", "the Foreign Ministry": no company
        kind = parse_mention(name).kind
        if kind not in ("organisation", "person") and (kind or not _is_name_word(_words(name)[-1])):
            continue                            # a state, an outlet, a group of people, no name
        # the nationality in the name or right before it: "German car giant Volkswagen"
        if all(d in text[max(0, p - 30):p + len(name)] for d in demonyms):
            # "German car giant Volkswagen" -> "Volkswagen"; "the German Chamber of Commerce" stays
            tail = re.search(r"(?:^|\s)((?:[A-Z][\w.&’'-]*\s*)+)$", name)
            if tail and any(w.islower() and w not in function_words() for w in _words(name[:tail.start(1)])):
                if _thing_name(text, tail.group(1).strip(), pos) or \
                        any(w in _PREPOSITIONS for w in _words(name[:tail.start(1)])):
                    continue                    # "Those on board the Titan": a vessel, the object of a preposition
                return tail.group(1).strip()
            return name
    return _employer(doc, lo, pos) if not demonyms and words[-1].lower() in ("company", "firm") else ""


# A dateline's place in capitals at a paragraph's start, bracketed or before a dash ("[LONDON] ...", "LONDON — ...");
# not an acronym before a comma ("IBM, which employs ...").
_DATELINE_AT = re.compile(r"[\[\n]?[A-Z][A-Z.’' -]{2,30}(?:\]|\s+[—–-]\s|\s*>>|\s+\((?-i:[A-Z]))")
# A name joined to another name before it ("Tour and Saudi Arabia's", "Samsung, and Apple") or after it ("X and Y").
_JOINED_BEFORE = re.compile(r"[A-Z][\w.&’'-]*,?\s(?:and|or|&)\s+(?:the\s+)?$")
_JOINED_AFTER = re.compile(r"\s*(?:,\s*(?:and|or)\s+|\s+(?:and|or|&)\s+)(?:the\s+)?[A-Z]")

# Two names joined in one subject ("Volkswagen and BMW"), not a name's own "and" after its of/for ("Department of
# Health and Human Services").
_LIST_NAME = re.compile(r"^(?:(?!\b(?:of|for)\b)[^,])*?[A-Za-z]\s+(?:and|&)\s+(?:the\s+)?[A-Z]")


def _conjunct(text: str, p: int, name: str) -> bool:
    """Whether the name at ``p`` is one of several names joined by and/or (a list of parties): a collective
    description after it ("the group", "the company") may be any of them, or all."""
    return _JOINED_BEFORE.search(text, max(0, p - 40), p) is not None or \
        _JOINED_AFTER.match(text, p + len(name)) is not None or _LIST_NAME.search(name) is not None


# A name written right before a firm's role ('OceanGate CEO Stockton Rush', 'the OceanGate pilot'): the employer.
_EMPLOYER = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w&’'-]*\s+){0,2}[A-Z][\w&’'-]*[a-z][\w&’'-]*)\s+(?:CEO|COO|CFO|chief\s+executive|co-?founder|founder|"
                       r"pilot|employees?|chairman|chairwoman|spokes(?:man|woman|person))\b")
# Heads of bodies of a state, never "the company".
_STATE_HEADS = frozenset("administration agency army commission committee council department embassy government "
                         "military ministry office guard police navy court parliament service force forces".split())


def _employer(doc: "Document", lo: int, pos: int) -> str:
    """The one name in ``[lo, pos)`` written right before a firm's role, outside quotes (not a person's or a
    state's name); or ""."""
    from ..entities.lexicon import _aliases, _fold
    found = {m.group(1) for m in _EMPLOYER.finditer(doc.text, lo, pos) if doc.quote_at(m.start()) is None
             and doc.people.lookup(m.group(1)) is None and _aliases()[2].get(_fold(m.group(1))) is None
             and m.group(1) not in ("The", "A", "An", "Its", "Their", "His", "Her")}
    return next(iter(found)) if len(found) == 1 else ""


# Honorifics and ranks written only before a person's name ("Rear Adm. John Mauger", "Mr. Rush", "Sen. Warren").
_PERSON_TITLE = (r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Adm|Admiral|Gen|General|Capt|Captain|Col|"
                 r"Colonel|Lt|Maj|Major|Sgt|Cpl|Sen|Senator|Rep|Gov|Governor|Mayor|Judge|Rev)\.?\s+")
_TITLED = re.compile(_PERSON_TITLE + r"[A-Z]")


def _thing_name(text: str, name: str, pos: int) -> bool:
    """Whether a one-word name is written before ``pos`` only after "the" ("the Titan submersible", "on board the
    Titan"): a vessel, a product or a building; a firm's name goes without it ("OceanGate", "Boeing")."""
    word = re.sub(r"^(?:the|The)\s+", "", name)
    if " " in word or not word[:1].isupper():
        return False
    seen = [m.start() for m in re.compile(r"(?<![\w’'-])%s(?![\w’'-])" % re.escape(word)).finditer(text, 0, pos)]
    return bool(seen) and all(re.search(r"\b[Tt]he\s+$", text[max(0, p - 5):p]) for p in seen)


def _titled_person(text: str, name: str, pos: int) -> bool:
    """Whether the last word of ``name`` is written before ``pos`` after a person's title, with at most two given
    names between ("Rear Adm. John Mauger" makes "Mauger" and "John Mauger" a person)."""
    if _TITLED.search(name):
        return True                             # "Rear Admiral John Mauger of the U.S. Coast Guard"
    last = _words(name)[-1] if _words(name) else ""
    if not last[:1].isupper():
        return False
    return re.compile(_PERSON_TITLE + r"(?:[A-Z][\w.’'-]*\s+){0,2}%s\b" % re.escape(last)).search(text, 0, pos) is not None


# A company written by its trade or its part in a deal ("the jilted partner", "the grocer", "the rival bidder").
COMPANY_ROLE = re.compile(r"(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}(?:partner|grocer|retailer|supermarket|chain|airline|"
                          r"lender|insurer|drugmaker|chipmaker|suitor|bidder|acquirer|rival)")
_TIME_WORD = re.compile(r"%s|%s" % (WEEKDAY, MONTH_NAME))
_CAPITALISED = re.compile(r"(?<![\w’'.-])([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})")


def sentence_company(doc: "Document", pos: int) -> str:
    """For a company role ("In a lawsuit that Albertsons filed, the jilted partner accuses ..."): the one name
    written in its own sentence before ``pos``, outside quotes, that is a company's: no person of the article, no
    given name, no state, outlet or group; two names or none give ""."""
    from ..entities.mentions import parse_mention
    from .tokens import given_names
    sent = doc.index.at(pos)
    if sent is None:
        return ""
    found = set()
    for m in _CAPITALISED.finditer(doc.text, sent.start, pos):
        words = _words(m.group(1))
        while words and words[0].lower() in function_words():
            words = words[1:]                   # "In a lawsuit": the sentence's first word
        if not words or doc.quote_at(m.start()) is not None or _TIME_WORD.fullmatch(words[0]):
            continue                            # "filed on Monday": a time, no name
        name = " ".join(words)
        if words[0] in given_names() or doc.people.lookup(name) is not None or _titled_person(doc.text, name, pos) \
                or parse_mention(name).kind not in ("organisation", "person"):
            return ""                           # a person, a state, an outlet nearby: which one acted?
        found.add(name)
    return next(iter(found)) if len(found) == 1 else ""


_NAME_OPENER = re.compile(r"^(?:(?:The|A|An|In|On|At|But|And|As|After|By|For|With|While|When|Shares|Rival)\s+)+")


def named_with_head(doc: "Document", head: str, pos: int) -> str:
    """For a company role that names a trade ("the airline said"): the one name before ``pos`` in the article,
    outside quotes, whose last word is that noun capitalised or its plural ("Spirit Airlines filed for
    bankruptcy ... the airline said"); two such names ("American Airlines", "Spirit Airlines") or none give ""."""
    if not head.isalpha() or not head.islower():
        return ""
    cap = head.capitalize()
    found = set()
    for m in re.compile(r"((?:[A-Z][\w&’'-]*[ \t]+){1,3})(%s|%ss)\b" % (cap, cap)).finditer(doc.text, 0, pos):
        name = _NAME_OPENER.sub("", m.group(0))
        if doc.quote_at(m.start()) is not None or name in (cap, cap + "s") or not _has_name(_words(name)[:-1]):
            continue
        found.add(name)
    return next(iter(found)) if len(found) == 1 else ""


__all__ = ["COMPANY_ROLE", "named_with_head", "FIRM_HEADS", "firm_apposition", "nearest_firm", "sentence_company"]
