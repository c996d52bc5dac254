"""Pairs: "the two leaders" / "the men" and "the two countries" / "both sides" stand for the two people, or the
two named states or sides, written just before them ("Vladimir Putin and Kim Jong Un", "Russia and North Korea").

:func:`resolve_pair` is called by :func:`analysis.nlp.mentions.resolve_mention`; nothing found gives "" (the
caller keeps the description as written).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from .mentions import is_actor_phrase

if TYPE_CHECKING:
    from .document import Document


def resolve_pair(doc: "Document", mention: str, pos: int) -> Optional[str]:
    """"A and B" for a pair description at ``pos``, "" when it cannot be told, None for any other mention."""
    if _PAIR.fullmatch(mention):
        return _two_people_before(doc, pos)
    if _PAIR_OF_STATES.fullmatch(mention):
        return _two_named_before(doc, pos)
    return None


# Two people described together: "the men", "the two leaders", "the pair".
_PAIR = re.compile(r"(?i:the|both)\s+(?:two\s+)?(?:men|women|leaders|presidents|heads\s+of\s+state|pair|duo)")
# How many sentences back (with its own) "the two leaders" looks for the two people it stands for.
PAIR_SENTENCES = 1



# Two states or sides described together: "the two countries", "both sides".
_PAIR_OF_STATES = re.compile(r"(?i:the\s+two|both)\s+(?:[a-z]{3,}(?:ed|ing)\s+)?(?:countries|nations|states|sides|governments|neighbou?rs|allies)")
_NAMED_PAIR = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\s+and\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}"
                         r"[A-Z][\w’'.-]*)(?![\w’'.-]*\s+[A-Z])")


def _two_named_before(doc: "Document", pos: int) -> str:
    """"A and B" for "the two countries": the last two names joined by "and" in the sentence of ``pos`` (before
    it) or the one before, neither a person; else ""."""
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    lo = doc.index.start_back(s, PAIR_SENTENCES)
    last = None
    for m in _NAMED_PAIR.finditer(doc.text, lo, pos):
        if doc.quote_at(m.start()) is None:
            last = m
    if last is not None and re.search(r",\s*$", doc.text[max(0, last.start() - 3):last.start()]):
        return ""                               # "the US, France, Japan, South Korea and the UK": a list
    if last is None:
        return ""
    a, b = (re.sub(r"^(?:The|In|On|At|But|And|As|After|Both)\s+", "", g) for g in last.groups())
    if not a or not b or any(doc.people.lookup(x) is not None or not is_actor_phrase(x) for x in (a, b)):
        return ""
    return f"{a} and {b}"


def _two_people_before(doc: "Document", pos: int) -> str:
    """"A and B" when exactly two people are named in the sentence of ``pos`` (before it) and the one
    before; else "" (the description is kept)."""
    people = doc.people
    found: list[int] = []
    for near in people.mentions_back(doc.index, pos, PAIR_SENTENCES):
        if near.person not in found:
            found.append(near.person)
        if len(found) > 2:
            return ""
    if len(found) != 2:
        return ""
    return f"{people.people[found[1]].name} and {people.people[found[0]].name}"
