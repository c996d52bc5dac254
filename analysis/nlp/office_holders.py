"""Office holders: "the Russian president" is the one person of the article who held that office of that state.

:func:`office_holder` is asked last by :func:`analysis.nlp.descriptions.resolve_description`, for a role whose
holder the text never names ("Now Kim has a new bestie, Vladimir Putin ... which, the Russian president said"):
the lexicon ``office_holders.tsv`` (state, offices, name and spellings, term) gives the people who held the
description's office of the description's state; the one of them the article names is the speaker. Two of them
named (Obama and Trump for "the US president"), none, an office or a state the description does not give: ""
(the caller keeps the description). With the article's publication date, only the holder in office then counts.
"""
from __future__ import annotations

import re
import unicodedata
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, Optional

from ..lexicons import load_table

if TYPE_CHECKING:
    from .document import Document


# The publication date of the article being read ("2024-08-14", or a prefix), set by :func:`published_on` around
# an extractor run; "" when unknown (every holder counts).
_PUBLISHED: ContextVar[str] = ContextVar("published", default="")


@contextmanager
def published_on(published: Optional[str]) -> Iterator[None]:
    """Read the article as published on ``published`` (ISO date; None or "" for unknown) inside the block."""
    token = _PUBLISHED.set(published or "")
    try:
        yield
    finally:
        _PUBLISHED.reset(token)


def _norm(name: str) -> str:
    """A name folded for comparison: no accents, dots or hyphens, lower case ("Kim Jong-un" = "Kim Jong Un")."""
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[.\-‐]", " ", name).lower().split())


@lru_cache(maxsize=None)
def _holders() -> tuple[tuple[str, frozenset[str], tuple[str, ...], str, str], ...]:
    """(state, offices, folded spellings, from, to) of each row of ``office_holders.tsv``."""
    rows = []
    for row in load_table("office_holders.tsv"):
        state, offices, names, start, end = (tuple(row) + ("", "", "", "", ""))[:5]
        rows.append((state, frozenset(o.strip() for o in offices.split("|")),
                     tuple(_norm(n) for n in names.split("|")), start, end))
    return tuple(rows)


@lru_cache(maxsize=None)
def _states() -> dict[str, str]:
    """Folded name, short name, abbreviation or demonym of a state -> the state ("Russian" -> Russia)."""
    out: dict[str, str] = {}
    for row in load_table("entity_aliases.tsv"):
        alias, name, kind, relation = (tuple(row) + ("", "", ""))[:4]
        if kind in ("state", "organisation") and relation in ("name", "short", "abbreviation", "demonym"):
            out.setdefault(_norm(alias), name)
    return out


def _in_office(start: str, end: str, published: str) -> bool:
    if not published:
        return True
    return start[:len(published)] <= published and (not end or published[:len(end)] <= end)


# "the Russian president", "The North Korean leader", "Russia's foreign minister", "the US Secretary of State":
# a determiner or a state's genitive, the state, the office; nothing else ("the Russian opposition leader" is not).
_SHAPE = re.compile(r"(?:(?:the|The)\s+(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})|"
                    r"(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})[’']s)\s+(?P<office>[a-zA-Z-]+(?:\s+[a-zA-Z-]+){0,2})")


def office_holder(doc: "Document", mention: str, published: Optional[str] = None) -> str:
    """The one person named in ``doc`` who held the office ("president", "foreign minister") of the state that
    ``mention`` gives ("the Russian president", "Russia's foreign minister"), as the article writes the name;
    or "".  ``published`` (else the date :func:`published_on` set) keeps the holders in office then."""
    m = _SHAPE.fullmatch(re.sub(r"\s+\([A-Z]{2,6}\)", "", mention.strip()))   # "The World Health Organization (WHO) chief"
    if m is None:
        return ""
    when = _PUBLISHED.get() if published is None else published
    state = _states().get(_norm(m.group("state") or m.group("owner")))
    office = m.group("office").lower()
    if state is None and m.group("owner") and office in _AIDES:
        # "Putin's spokesman": the aide of the state's head of state is its presidential aide
        state = _head_of(_norm(m.group("owner")), when)
        office = "presidential " + office
    if state is None:
        return ""
    rows = [r for r in _holders() if r[0] == state and office in r[1] and _in_office(r[3], r[4], when)]
    return _one_named(doc, rows) or (_surname_written(doc, rows) if when else "")


def _surname_written(doc: "Document", rows) -> str:
    """The one holder among ``rows`` (in office on the publication date) whose surname alone the article writes,
    capitalised ("Rutte said on Tuesday ... The NATO chief wants"): the surname as written; "" for none or two.
    (A lone surname is no person of the article's index until named in full.)"""
    surnames: dict[str, set[str]] = {}
    for _state, _offices, folded, _start, _end in rows:
        for f in folded:
            surnames.setdefault(f.split()[-1], set()).add(folded[0])
    found: dict[str, str] = {}
    for surname, holders in surnames.items():
        if len(holders) != 1 or len(surname) < 3:
            continue
        written = next((m.group(1) for m in re.finditer(r"(?<![\w’'-])(%s)(?![\w-])" % re.escape(surname), doc.text, re.I)
                        if m.group(1)[:1].isupper()), None)
        if written is not None:
            found.setdefault(next(iter(holders)), written)
    return next(iter(found.values())) if len(found) == 1 else ""


# A bare head of government's office, no state given: "the prime minister", "The PM", "the premier".
_BARE_OFFICE = re.compile(r"(?:the|The)\s+(?:(?i:prime\s+minister)|PM|(?i:premier))")


def bare_office_holder(doc: "Document", mention: str, pos: int, published: Optional[str] = None) -> str:
    """For a head of government's office written with no state ("the prime minister", "The PM"): the one person the
    article names before ``pos`` who held a prime minister's office (of any state in the lexicon) on the publication
    date; "" without a publication date, or with none or two of them named."""
    if not _BARE_OFFICE.fullmatch(mention.strip()):
        return ""
    when = _PUBLISHED.get() if published is None else published
    if not when:
        return ""                              # every prime minister since 2000 would count
    return _one_named(doc, [r for r in _holders() if "prime minister" in r[1] and _in_office(r[3], r[4], when)], pos,
                      surnames=True)


def _one_named(doc: "Document", rows, before: Optional[int] = None, surnames: bool = False) -> str:
    """The one holder among ``rows`` (of :func:`_holders`) that ``doc`` names (first named before ``before`` if given),
    as the article writes the name; "" for none or two. With ``surnames``, a person the article names by surname alone
    counts when one holder has that surname ("Johnson", Boris Johnson then in office)."""
    spellings: dict[str, str] = {}              # folded spelling -> one key per holder
    by_surname: dict[str, set[str]] = {}
    for _state, _offices, folded, _start, _end in rows:
        for f in folded:
            spellings[f] = folded[0]
            by_surname.setdefault(f.split()[-1], set()).add(folded[0])
    if not spellings:
        return ""
    found: dict[str, str] = {}                  # holder -> the person's name in the article
    for k, person in enumerate(doc.people.people):
        if before is not None and not any(mm.start < before for mm in doc.people.first_mentions(k, 1)):
            continue                            # named after the description only
        name = _norm(person.name)
        key = spellings.get(name) or next((h for f, h in spellings.items() if name.endswith(" " + f)), None)
        if key is None and surnames and " " not in name and len(by_surname.get(name, ())) == 1:
            key = next(iter(by_surname[name]))
        if key is not None:
            found.setdefault(key, person.name)
    return next(iter(found.values())) if len(found) == 1 else ""


# The aides of a head of state the lexicon lists as "presidential <aide>".
_AIDES = frozenset(("spokesman", "spokeswoman", "spokesperson", "press secretary"))


def _head_of(owner: str, when: str) -> Optional[str]:
    """The state whose head of state ``owner`` (folded; a full name or its last word) was, on ``when``; or None."""
    states = {st for st, offices, folded, start, end in _holders() if "head of state" in offices
              and _in_office(start, end, when) and any(f == owner or f.endswith(" " + owner) for f in folded)}
    return next(iter(states)) if len(states) == 1 else None


__all__ = ["bare_office_holder", "office_holder", "published_on"]
