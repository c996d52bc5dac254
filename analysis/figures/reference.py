"""A number word that refers back to actors just named, not a count (a rejection rule of :mod:`.filters`).

"the two countries" is caught by :func:`.filters.referential_two` (a determiner before it).  Without the
determiner, as headlines and appositions write it, "two" before a noun of actors is still the pair the
sentence has just named: "Russia, North Korea start building road bridge to connect two countries",
"Moscow and Beijing, two powers that ...", "Russia, China and Iran, three countries under sanctions".  It is a reference only when the pair is named before it in the
sentence and the "two" follows a comma (an apposition) or a word of joining or parting ("connect",
"between", "link", "divide"); "Russia and China signed deals with two countries" stays a count.
"""
from __future__ import annotations

import re

from .patterns import SP

_ACTOR_NOUNS = frozenset("""countries nations states leaders sides neighbours neighbors allies governments powers
capitals presidents parties peoples regimes partners koreas militaries armies""".split())
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'.-]*){0,3}"
_PAIR_RE = re.compile(rf"(?<![\w’'])(?:the{SP}+)?{_NAME}{SP}*(?:,|\band\b|&){SP}*(?:the{SP}+)?{_NAME}")
_TRIPLE_RE = re.compile(rf"(?<![\w’'])(?:the{SP}+)?{_NAME}{SP}*,{SP}*(?:the{SP}+)?{_NAME}{SP}*,?{SP}*(?:and|&){SP}+"
                        rf"(?:the{SP}+)?{_NAME}")
_JOINING_BEFORE_RE = re.compile(
    rf"(?:,|\b(?:connect|connects|connected|connecting|link|links|linked|linking|between|unite|unites|united|uniting|"
    rf"bind|binds|binding|join|joins|joined|joining|bridge|bridges|bridging|separate|separates|separating|divide|"
    rf"divides|divided|dividing))(?:{SP}+(?:the|these|those))?{SP}+\Z", re.IGNORECASE)
_NEXT_WORD_RE = re.compile(rf"{SP}+([A-Za-z]+)\b")


def named_pair(look) -> bool:
    """ "to connect two countries" after "Russia, North Korea": the pair (or the three) just named, not a count."""
    text, c = look.text, look.cand
    word = text[c.num_start:c.num_end].lower()
    if word not in ("two", "three"):
        return False
    noun = _NEXT_WORD_RE.match(text, c.num_end, min(look.hi, c.num_end + 24))
    if noun is None or noun.group(1).lower() not in _ACTOR_NOUNS:
        return False
    if not _JOINING_BEFORE_RE.search(text, max(look.lo, c.start - 30), c.start):
        return False
    return (_PAIR_RE if word == "two" else _TRIPLE_RE).search(text, look.lo, c.start) is not None
