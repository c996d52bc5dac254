"""Shapes of a speaker or source phrase that hold more than the actor, for :func:`analysis.nlp.mentions.clean_mention`.

* two clauses joined by "but" / "yet" / "whereas" ("The county provided no other details but Green"): the subject
  is after the last one (:func:`after_but`);
* a publication participle ending the phrase, its "by" phrase cut ("a statement published", "a poll released"),
  a naming noun before a name ("with the promising name Nika Pasko"), and an inverted reporting verb before a
  document ("Reads the letter: ..."): :func:`strip_shapes` leaves the actor;
* a possessed speech noun labelling a quote after a colon ("His answer: ...", "Fain's reply: ..."): its possessor
  (:func:`owned_speaker`; not in a clause: "Sakamoto's response signalled that ..." is no quote of his);
* a described owner's document or website ("The automaker's website says"): the owner (:func:`owned_document`).
"""
from __future__ import annotations

import re

from .cues import reporting_verbs

_BUT_CLAUSE = re.compile(r",?\s+(?:but|yet|whereas)\s+")
_TRAIL_SHAPES = re.compile(r"\s+(?:published|released|posted|issued|conducted|aired|signed|sent|carried)$|"
                           r"^(?:name|nickname|pseudonym)\s+(?=[A-Z])")
# A possessed speech noun labelling words ("His answer: ...", "Fain's reply: ...", "Zakharova's reaction was swift:
# ..."): the possessor speaks.
_OWNED_WORDS = re.compile(r"(His|Her|Their|his|her|their|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s)\s+(?:(?:short|brief|"
                          r"blunt|final|first|simple|own)\s+)?(?:answer|reply|response|retort|verdict|message|advice|"
                          r"explanation|words|conclusion|assessment|prediction|warning|promise|pledge|reaction|comment)"
                          r"(?:\s+(?:was|is|came)\s+(?:[a-z]+\s+){0,2}?(?:swift|short|brief|blunt|simple|clear|direct|"
                          r"immediate|curt|terse|unequivocal|quick))?")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}
_INVERTED_VERB = re.compile(r"([A-Z][a-z]+s)\s+(?=(?:the|a|an|his|her|its|their)\s)")


def after_but(m: str) -> str:
    """The words after the last "but" / "yet" / "whereas" joining two clauses, or "" when there is none."""
    joined = _BUT_CLAUSE.split(m)
    return joined[-1] if len(joined) > 1 else ""


def owned_speaker(label: str) -> str:
    """The possessor of a possessed speech noun ("His answer" -> he, "Fain's reply" -> Fain), or ""."""
    owned = _OWNED_WORDS.fullmatch(label.strip())
    if not owned:
        return ""
    who = owned.group(1)
    return _POSSESSIVE_PRONOUN.get(who.lower()) or re.sub(r"[’']s$", "", who)


_OWNED_DOCUMENT = re.compile(r"((?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)[’']s\s+(?:official\s+)?(?:website|site|web\s+page|"
                             r"statement|press\s+release|brochure|account)")


# A document placed on a described owner's site ("an update on the company website", "a post on the ministry's
# official site"): the owner issued it.
_ON_SITE = re.compile(r"(?:an?|the)\s+(?:[a-z-]+\s+)?(?:update|post|statement|notice|message|announcement|note)\s+"
                      r"(?:posted\s+)?on\s+((?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+?)(?:[’']s)?\s+"
                      r"(?:official\s+)?(?:website|site|web\s+page|blog|account)")


def site_owner(mention: str) -> str:
    """The described owner of a document on its site ("an update on the company website" -> "the company"), or ""."""
    owned = _ON_SITE.fullmatch(mention.strip())
    return owned.group(1) if owned else ""


def owned_document(mention: str) -> str:
    """The owner of a document or website ("The automaker's website" -> "The automaker"), or ""."""
    owned = _OWNED_DOCUMENT.fullmatch(mention.strip())
    return owned.group(1) if owned else ""


def strip_shapes(m: str) -> str:
    """``m`` without a trailing publication participle, a leading naming noun or an inverted reporting verb."""
    m = _TRAIL_SHAPES.sub("", m)
    verb = _INVERTED_VERB.match(m)
    if verb and verb.group(1).lower() in reporting_verbs():
        m = m[verb.end():]
    return m


# A name with a company's legal form after it (and a group word): "Credit Suisse Group AG", "Nippon Steel Corp.".
_LEGAL_FORM = re.compile(r"\b((?:[A-Z][\w&’'-]*\s+){0,2}?[A-Z][\w&’'-]*)\s+(?:(?:Group|Holdings?|Bank)\s+)?"
                         r"(?:AG|Inc|Corp|Ltd|LLC|PLC|plc|GmbH|N\.?V|S\.?A|S\.?p\.?A|SE|Co)\b\.?(?![\w’'-])")
# The legal form alone, which every match holds: a text without one (most) is not scanned for names.
_LEGAL_FORM_WORD = re.compile(r"(?:AG|Inc|Corp|Ltd|LLC|PLC|plc|GmbH|N\.?V|S\.?A|S\.?p\.?A|SE|Co)\b\.?(?![\w’'-])")


def legal_form_names(text: str) -> frozenset[str]:
    """Names written with a company's legal form somewhere in ``text`` ("Credit Suisse" of "Credit Suisse Group
    AG", "Nippon Steel" of "Nippon Steel Corp."): firms, never persons, wherever they stand alone."""
    if _LEGAL_FORM_WORD.search(text) is None:
        return frozenset()
    return frozenset(m.group(1) for m in _LEGAL_FORM.finditer(text))


__all__ = ["after_but", "legal_form_names", "owned_document", "owned_speaker", "site_owner", "strip_shapes"]


# A state's genitive, a role and the place of the post ("France's ambassador to Australia", "France 's ambassador"):
# group 1 the state, group 2 the role.
STATE_ROLE = re.compile(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)\s?[’']s\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)"
                        r"(?:\s+(?:to|in|at|for)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?")
