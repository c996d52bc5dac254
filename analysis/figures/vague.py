"""A vague plural without "of" ("thousands more wounded", "a crowd of thousands", "squandered millions in
aid"): when it is still a figure, and what it counts.

"tens of thousands of troops" is read by :func:`analysis.figures.numbers._vague_atom`; a bare vague
plural is no figure there ("scores 20 points") except in these phrasings:

* "thousands more wounded", "hundreds more": more of what the sentence counted before (the unit of
  the nearest earlier figure, see :func:`analysis.figures.extract._elided_unit`);
* "a crowd of thousands", "audiences of millions": people;
* "millions in international aid", "billions in revenue": money (its currency unwritten);
* any other bare "dozens/hundreds/thousands/millions/billions" standing as a noun phrase of its own ("the
  attacks that killed thousands", "Thousands cheered", "angered millions"): people, or money after a verb of
  money ("has raked in millions"). Counted first: every such plural of the opened devset folders (14) is a
  gold figure, and so is every one after a determiner (3: "the thousands currently being monitored" people,
  "selling shells by the millions" of the thing sold, no unit here); "scores" stays out.
"""
from __future__ import annotations

import re
from typing import Optional

from .patterns import SP

_MORE_AFTER_RE = re.compile(rf"{SP}+more\b")
_PEOPLE_BEFORE_RE = re.compile(rf"\b(?:crowds?|gatherings?|audiences?|throngs?){SP}+of{SP}+\Z", re.IGNORECASE)
_MONEY_IN_RE = re.compile(
    rf"{SP}+in{SP}+(?:[A-Za-z][\w.-]*{SP}+){{0,3}}?(?:aid|assets|reserves|deposits|savings|funding|funds|assistance|"
    r"revenues?|sales|investments?|damages|"
    r"loans|debts?|profits?|taxes|fines|compensation|subsidies|donations|bonuses|ransoms?|payments|contracts|"
    r"bribes|spending|cash|losses|earnings|grants|credits?|reparations|tariffs|fees)\b")

# a participle of spending after the plural makes it money: "the billions spent on", "the millions invested in"
# "the billions spent on systems like GPT", "billions were poured into the fund", "the billions wasted.": the
# participle is passive (an auxiliary before it, or a preposition or the clause's end after it); with an object
# ("Millions spent the night outdoors", "The millions pledged their support") or into a place of crowds
# ("Millions poured into the streets") the plural counts people
_MONEY_PARTICIPLE_AFTER_RE = re.compile(
    rf"{SP}+(?:(?:were|was|are|is|been|being|have{SP}+been|had{SP}+been|has{SP}+been){SP}+)?"
    rf"(?:spent|invested|poured|wasted|pledged|allocated|budgeted|squandered|funnell?ed|siphoned|embezzled|"
    rf"laundered)\b(?:{SP}*(?:[,.;:)]|\Z)|{SP}+(?:on|in|into|to|for|by|over|across|at|since|so{SP}+far|last|this)\b"
    rf"(?!{SP}+(?:the{SP}+|their{SP}+)?(?:streets?|squares?|roads?|parks?|camps?|shelters?|open|air|night|"
    rf"cold|rain|city|capital|country|homes?|houses?)\b))", re.IGNORECASE)
_NOUN_PLURALS = ("dozens", "hundreds", "thousands", "millions", "billions", "trillions")
# "by the millions": so many of the thing the clause names (a determiner before the plural still counts: "the thousands
# being monitored" are people)
_BY_THE_BEFORE_RE = re.compile(rf"\bby{SP}+the{SP}+\Z", re.IGNORECASE)
_MONEY_VERB_BEFORE_RE = re.compile(
    rf"\b(?:raked{SP}+in|rakes{SP}+in|brought{SP}+in|earned|earns|made|makes|spent|spends|paid|pays|lost|loses|raised|"
    rf"raises|cost|costs|owed|owes|invested|invests|stole|stolen|laundered|launders|squandered|worth|saved|saves|"
    rf"pocketed|funnelled|funneled|siphoned){SP}+(?:(?:an?|another|more{SP}+than|nearly|some|over|about){SP}+)?\Z",
    re.IGNORECASE)


def bare_vague(text: str, start: int, end: int) -> Optional[tuple[str, str]]:
    """``(unit, unit_class)`` of the bare vague plural at ``start:end`` ("" unit: taken later from the
    figure before it), or None when it is no figure."""
    word = text[start:end].lower()
    if _MORE_AFTER_RE.match(text, end, end + 8):
        return "", "more"
    if _PEOPLE_BEFORE_RE.search(text, max(0, start - 20), start) \
            and re.match(rf"{SP}*(?:[,.;:!?)]|\Z)", text[end:end + 3]):
        return "people", "noun"
    if word in ("millions", "billions", "trillions") and (_MONEY_IN_RE.match(text, end, end + 60)
                                                        or _MONEY_PARTICIPLE_AFTER_RE.match(text, end, end + 60)):
        return "", "currency"     # "a fraction of the billions spent on systems like GPT": money, a determiner or not
    if word not in _NOUN_PLURALS:
        return None
    if _BY_THE_BEFORE_RE.search(text, max(0, start - 8), start):
        return "", "noun"         # "selling shells by the millions": the object before is counted, not people
    if word in ("millions", "billions", "trillions") and _MONEY_VERB_BEFORE_RE.search(text, max(0, start - 24), start):
        return "", "currency"
    return "people", "noun"
