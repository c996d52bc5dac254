"""Who a sentence is about: the codebook's actors named in a text, and the constructions that
hand a label to another actor than the one named beside it (a pair, a relative clause, an appositive)."""
from __future__ import annotations

import re
from typing import Optional

from .codebook import Theme
from .patterns import PatternTimeout


def names_actor(span_text: str, names, actors: dict) -> bool:
    """``span_text`` names one of the actors ``names`` (a search that runs out of time names none)."""
    for name in names:
        try:
            if actors[name].search(span_text) is not None:
                return True
        except PatternTimeout:
            continue
    return False


def names_theme_actor(text: str, theme: Theme, actors: Optional[dict]) -> bool:
    """``text`` (an article) names one of the theme's actors, or the theme has none.  An article
    that never names them takes no position on the theme, whatever its words ("the Saudi-led
    coalition" is no Russia–North Korea alignment)."""
    return not theme.actors or not actors or names_actor(text, theme.actors, actors)


def actors_named(text: str, actors: Optional[dict]) -> frozenset:
    """The codebook's actors (``RUSSIA``, ``DPRK``...) that ``text`` names."""
    return frozenset(name for name in (actors or {}) if names_actor(text, (name,), actors))


RELATIVE_OPEN = re.compile(r",\s*(?:which|who)\b[^,;:]*$", re.I)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do"
                     r"|said|says|say)\b", re.I)


# a phrase that opens the sentence with a preposition is an adverbial, not a noun the comma's phrase renames
_OPENING_ADVERBIAL = re.compile(r"\s*[“\"‘']?(?:according to|in|on|at|for|after|before|since|during|amid|despite|under"
                                r"|with|without|from|by|as|to|unlike|like|following|per)\b", re.I)


def appositive_comma(text: str, at: int):
    """The comma that opens an appositive holding offset ``at`` ("Even China, Pyongyang's only ally,"):
    a short phrase after a comma with no verb before ``at``, or None."""
    comma = text.rfind(",", max(0, at - 60), at)
    if comma < 0 or len(text[comma + 1:at].split()) > 5 or _FINITE.search(text, comma + 1, at):
        return None
    before = text[max(text.rfind(c, 0, comma) for c in ",;:") + 1:comma]
    if not before.strip() or len(before.split()) > 6 or _FINITE.search(before):
        return None          # the phrase before the comma is a clause, not a noun phrase
    if _OPENING_ADVERBIAL.match(before):
        return None          # "According to South Korean assessments, North Korea has sent": an opening phrase
    return re.compile(",").match(text, comma)


_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;:]*,", re.I)


def clause_without_asides(text: str, at: int) -> str:
    """The clause before offset ``at``, from its last , ; or :, with relative asides (", which were
    suspended since April,") cut out so that the subject before them counts."""
    prefix = _ASIDE.sub(" ", text[:at])
    return prefix[max(prefix.rfind(c) for c in ",;:") + 1:]


_AND_AFTER = re.compile(r"\s+and\s+")
_AND_BEFORE = re.compile(r"\band\s+(?:the\s+)?$", re.I)
_PAIR_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,4}?(?:and\s+(?:the\s+)?)?$", re.I)


def paired_with_other(span_text: str, others, actors: dict) -> bool:
    """Another actor joined to a name by a dash ("North Korea–China", "US-ROK"), by "and" ("China and
    Russia have deepened their partnership") or in "between X and Y"."""
    for name in others:
        try:
            for m in actors[name].finditer(span_text):
                before = span_text[max(0, m.start() - 60):m.start()]
                if (_PAIR_DASH.match(span_text, m.end()) or re.search(r"[-\u2013\u2014]\s*$", before)
                        or _BETWEEN.search(before) or _AND_AFTER.match(span_text, m.end()) or _AND_BEFORE.search(before)):
                    return True
        except PatternTimeout:
            continue
    return False
