"""Pairs: "the two leaders" / "the men" and "the two countries" / "both sides" stand for the two people, or the
two named states or sides, written just before them ("Vladimir Putin and Kim Jong Un", "Russia and North Korea").

:func:`resolve_pair` is called by :func:`analysis.nlp.mentions.resolve_mention`; nothing found gives "" (the
caller keeps the description as written).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from .countries import _state_of
from .mentions import is_actor_phrase

if TYPE_CHECKING:
    from .document import Document


def resolve_pair(doc: "Document", mention: str, pos: int) -> Optional[str]:
    """"A and B" for a pair description at ``pos``, "" when it cannot be told, None for any other mention."""
    if _PAIR.fullmatch(mention):
        return _two_people_before(doc, pos)
    if _PAIR_OF_STATES.fullmatch(mention):
        return _two_named_before(doc, mention, pos)
    return None


# Two people described together: "the men", "the two leaders", "the pair".
_PAIR = re.compile(r"(?i:the|both)\s+(?:two\s+)?(?:men|women|leaders|presidents|heads\s+of\s+state|pair|duo)")
# How many sentences back (with its own) "the two leaders" looks for the two people it stands for.
PAIR_SENTENCES = 1



# Two or more states or sides described together: "the two countries", "both sides", "the three nations", "all four
# governments"; the number counts the names (three or more: every one a state the lexicon knows, "Washington, Seoul
# and Tokyo", not "Sunak, Macron and Scholz").
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_PAIR_OF_STATES = re.compile(r"(?i:the\s+(?:two|three|four|five|six)|both|all\s+(?:three|four|five|six))\s+"
                             r"(?:[a-z]{3,}(?:ed|ing)\s+)?(?:countries|nations|states|sides|governments|"
                             r"neighbou?rs|allies|partners|powers)")
# One name in a list: up to three capitalised words, "the" before it ("the US", "the European Union").
_ITEM = r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*"
# Names joined by commas and a last "and": "Russia and North Korea", "Washington, Seoul and Tokyo", "the US, South
# Korea, and Japan"; not followed by a further capitalised word (it would be a longer name); never starting inside a
# list (a list of n names is read once, not n times).
_NAMED_LIST = re.compile(r"(?<!,)(?<!,\s)(%s(?:\s*,\s*%s)*)\s*,?\s+and\s+(%s)(?![\w’'.-]*\s+[A-Z])" % (_ITEM, _ITEM, _ITEM))
_LIST_OPENER = re.compile(r"^(?:The|In|On|At|But|And|As|After|Both)\s+")


def _two_named_before(doc: "Document", mention: str, pos: int) -> str:
    """"A and B" (or "A, B and C") for "the two countries" ("the three nations"): the last names joined by "and"
    in the sentence of ``pos`` (before it) or the one before that are as many as the description counts, none a
    person; else ""."""
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    words = mention.lower().split()
    count = _NUMBERS.get(words[1] if words[0] in ("the", "all") and len(words) > 1 else words[0])
    if count is None:
        return ""
    lo = doc.index.start_back(s, PAIR_SENTENCES)
    found = ""
    for m in _NAMED_LIST.finditer(doc.text, lo, pos):
        if doc.quote_at(m.start()) is not None or re.search(r",\s*$", doc.text[max(0, m.start() - 3):m.start()]):
            continue                            # quoted; a list that began before the window ("..., France and the UK")
        names = [_LIST_OPENER.sub("", n.strip()) for n in re.split(r"\s*,\s*", m.group(1))] + [m.group(2)]
        names = [n for n in names if n]
        if len(names) == count:
            found = "" if any(doc.people.lookup(x) is not None or not is_actor_phrase(x) or
                              count > 2 and _state_of(x) is None for x in names) else \
                ", ".join(names[:-1]) + " and " + names[-1]
    return found


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
