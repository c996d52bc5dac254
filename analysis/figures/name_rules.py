"""Rejection rules for numbers that name or introduce rather than count (used by :mod:`.filters`).

Each rule takes the :class:`~analysis.figures.filters.Look` of one candidate and returns True when the
number is no figure.  Kept apart from ``filters.py`` so that each file stays readable.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicons import load_table
from .filter_helpers import looks_plural, words_after
from .patterns import SP

if TYPE_CHECKING:   # only for the annotations: filters imports this module
    from .filters import Look

_DISCOURSE = frozenset(w.lower() for w, role in load_table("figure_identifiers.tsv") if role == "discourse")
_MONTHS_AND_DAYS = frozenset(w.lower() for w, _ in load_table("months.tsv")) \
    | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# words that close an aircraft model's name after its number ("Boeing 737 Max"; NewsQuant and ot v13 articles)
_MODEL_WORDS = frozenset({"max"})
_NAME_AFTER_RE = re.compile(rf"{SP}(?P<w>[A-Z][a-z]+)\b(?![’'-])")


def opening_one(look: Look) -> bool:
    """ "One caveat: ...", "One aspect of the visit ...", "One key lesson ...", "One popular explanation is ...": "One"
    opening its sentence before a word of the argument (figure_identifiers.tsv, discourse), with at most two
    lower-case modifiers between, introduces a point and counts nothing; "One soldier died" stays a count."""
    text, c = look.text, look.cand
    if text[c.num_start:c.num_end] != "One" or text[look.lo:c.start].strip(" \t\n\"“‘'(—–-"):
        return False
    m = _OPENING_NP_RE.match(text, c.num_end, min(look.hi, c.num_end + 60))
    return m is not None and any(w.lower() in _DISCOURSE for w in m.group(0).split())


# "One" then at most three lower-case words (two modifiers and the head): "One key lesson", "One popular explanation"
_OPENING_NP_RE = re.compile(rf"(?:{SP}+[a-z][a-z-]*\b(?![’'-])){{1,3}}")


# a count right before the word of a toll in a headline, or one word of the counted or of the report between
# ("64 Confirmed Dead", "2,000 Civilians Died", "157 People Killed"); any other capitalised word between may be a
# name ("737 Max Crash Killed"; the model check runs first); "Killed Off" is to end a thing ("Windows 11 Killed Off")
HEADLINE_TOLL_RE = re.compile(rf"(?:{SP}+(?:Confirmed|Reported|Feared|Believed|Now|Are|Were|People|Persons|Civilians|"
                               rf"Soldiers|Troops|Migrants|Children|Workers|Passengers|Miners|Others|More))?"
                               rf"{SP}+(?:Dead|Killed(?!{SP}+Off\b)|Deaths|Died|Injured|Wounded|Missing|Hurt)\b")
# the verb of a toll right before the number in a headline: "Crash Killed 157 People", "Storm Kills 12"
TOLL_VERB_BEFORE_RE = re.compile(rf"\b(?:Kill(?:s|ed)?|Leaves|Left|Claims|Claimed){SP}+"
                                 rf"(?:(?:At{SP}+Least|Over|Nearly|Almost|About|More{SP}+Than){SP}+)?\Z")


def number_before_name(look: Look) -> bool:
    """ "38 North reported", "a 38 North analyst", "the 5 Star Movement": a bare number right before a capitalised
    word that is no plural, month or weekday, with no counted noun found after it, is part of a name.  A counted
    noun after the name word keeps the count ("3 Russian soldiers", "2,000 Civilians")."""
    text, c = look.text, look.cand
    if c.unit_class or c.end != c.num_end or not text[c.num_start:c.num_end].isdigit():
        return False
    m = _NAME_AFTER_RE.match(text, c.num_end, min(look.hi, c.num_end + 30))
    if not m:
        return False
    w = m.group("w").lower()
    if w in _MODEL_WORDS:
        return True         # a model's name, whatever is counted after it: "two new 737 Max jets", "737 Max crashes"
    if HEADLINE_TOLL_RE.match(text, c.num_end, look.hi):
        return False        # a toll in title case counts: "64 Confirmed Dead after ..."
    if looks_plural(w) or w in _MONTHS_AND_DAYS:
        return False
    # the words that follow up to the first lower-case one, stopping at punctuation: "600 North Korean soldiers",
    # "27000 Model S and Model X vehicles", "63000 Model 3 sedans"
    run = _RUN_AFTER_RE.match(text, m.end(), min(look.hi, m.end() + 60))
    return not any(looks_plural(x.lower()) for x in (run.group(0).split() if run else ()))


_RUN_AFTER_RE = re.compile(rf"(?:{SP}+(?:[A-Z0-9][\w’'-]*|and|or|&))*(?:{SP}+[a-z][\w’'-]*){{0,2}}")   # "460 Kia and Hyundai vehicles"
