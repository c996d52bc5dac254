"""A vague plural without "of" ("thousands more wounded", "a crowd of thousands", "squandered millions in
aid"): when it is still a figure, and what it counts.

"tens of thousands of troops" is read by :func:`analysis.figures.numbers._vague_atom`; a bare vague
plural is no figure there ("by the hundreds", "scores 20 points") except in these three phrasings:

* "thousands more wounded", "hundreds more": more of what the sentence counted before (the unit of
  the nearest earlier figure, see :func:`analysis.figures.extract._elided_unit`);
* "a crowd of thousands", "audiences of millions": people;
* "millions in international aid", "billions in revenue": money (its currency unwritten).
"""
from __future__ import annotations

import re
from typing import Optional

from .patterns import SP

_MORE_AFTER_RE = re.compile(rf"{SP}+more\b")
_PEOPLE_BEFORE_RE = re.compile(rf"\b(?:crowds?|gatherings?|audiences?|throngs?){SP}+of{SP}+\Z", re.IGNORECASE)
_MONEY_IN_RE = re.compile(
    rf"{SP}+in{SP}+(?:[a-z][\w-]*{SP}+){{0,2}}?(?:aid|funding|funds|assistance|revenues?|sales|investments?|damages|"
    r"loans|debts?|profits?|taxes|fines|compensation|subsidies|donations|bonuses|ransoms?|payments|contracts|"
    r"bribes|spending|cash|losses|earnings|grants|credits?|reparations|tariffs|fees)\b")


def bare_vague(text: str, start: int, end: int) -> Optional[tuple[str, str]]:
    """``(unit, unit_class)`` of the bare vague plural at ``start:end`` ("" unit: taken later from the
    figure before it), or None when it is no figure."""
    word = text[start:end].lower()
    if _MORE_AFTER_RE.match(text, end, end + 8):
        return "", "more"
    if _PEOPLE_BEFORE_RE.search(text, max(0, start - 20), start) \
            and re.match(rf"{SP}*(?:[,.;:!?)]|\Z)", text[end:end + 3]):
        return "people", "noun"
    if word in ("millions", "billions", "trillions") and _MONEY_IN_RE.match(text, end, end + 60):
        return "", "currency"
    return None
