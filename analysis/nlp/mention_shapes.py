"""Shapes of a speaker or source phrase that hold more than the actor, for :func:`analysis.nlp.mentions.clean_mention`.

* two clauses joined by "but" / "yet" / "whereas" ("The county provided no other details but Green"): the subject
  is after the last one (:func:`after_but`);
* a publication participle ending the phrase, its "by" phrase cut ("a statement published", "a poll released"),
  a naming noun before a name ("with the promising name Nika Pasko"), and an inverted reporting verb before a
  document ("Reads the letter: ..."): :func:`strip_shapes` leaves the actor.
"""
from __future__ import annotations

import re

from .cues import reporting_verbs

_BUT_CLAUSE = re.compile(r",?\s+(?:but|yet|whereas)\s+")
_TRAIL_SHAPES = re.compile(r"\s+(?:published|released|posted|issued|conducted|aired)$|"
                           r"^(?:name|nickname|pseudonym)\s+(?=[A-Z])")
_INVERTED_VERB = re.compile(r"([A-Z][a-z]+s)\s+(?=(?:the|a|an|his|her|its|their)\s)")


def after_but(m: str) -> str:
    """The words after the last "but" / "yet" / "whereas" joining two clauses, or "" when there is none."""
    joined = _BUT_CLAUSE.split(m)
    return joined[-1] if len(joined) > 1 else ""


def strip_shapes(m: str) -> str:
    """``m`` without a trailing publication participle, a leading naming noun or an inverted reporting verb."""
    m = _TRAIL_SHAPES.sub("", m)
    verb = _INVERTED_VERB.match(m)
    if verb and verb.group(1).lower() in reporting_verbs():
        m = m[verb.end():]
    return m


__all__ = ["after_but", "strip_shapes"]
