"""One unit with no number: "more than a year", "lasted about a month", "up to a mile away", "for a decade",
"a week-long visit" (step 1 of the figure extractor, :mod:`analysis.figures.numbers`).

A figure of 1 of the unit (10 or 100 years for a decade or a century, as the devset gold gives them), found
only under a hedge of size or, for a decade or a century, after a preposition of duration.
"""
from __future__ import annotations

import re

from .candidate import Candidate
from .patterns import SP, post_unit

# a cheap first look for the patterns below
A_UNIT_RE = re.compile(r" an? (?:year|month|week|day|decade|hour|century|mile|kilomet|metre|meter|yard|kilogram|tonne)")
# One unit under a hedge of size: "more than a year", "lasted about a month", "up to a mile away", "as much as a
# kilometre a day" (the devset gold: each a figure of 1, its hedge the words before).
_HEDGED_A_UNIT_RE = re.compile(
    rf"(?i)\b(?:more{SP}+than|less{SP}+than|nearly|almost|barely|just{SP}+over|just{SP}+under|well{SP}+over|over|under|"
    rf"about|around|roughly|approximately|up{SP}+to|as{SP}+(?:much|long|far|little){SP}+as|at{SP}+least|at{SP}+most)"
    rf"{SP}+(?P<n>an?){SP}+(?P<u>year|month|week|day|decade|hour|century|mile|kilometre|kilometer|metre|meter|yard|kilogram|"
    rf"tonne)\b(?!{SP}+(?:ago|later|earlier|before|after|or{SP}+two)\b)")


# "a week-long visit", "an hour-long speech": one unit of time, a duration of 1 ("two-week-long" has its number).
_UNIT_LONG_RE = re.compile(r"(?i)(?<![\w-])(?P<u>hour|day|week|month|year|decade|century)-long\b")


# One decade or century is counted in years, as the devset gold gives it ("almost a decade": 10 years, "a quarter
# of a century": 25); a counted number of them keeps its unit ("two decades": 2 decades, as the gold gives it).
_YEARS_OF_ONE = {"decade": 10.0, "century": 100.0}
# "for a decade", "over a century": one decade or century after a preposition of duration, with no hedge, is still
# a span of time (a year, a day with no hedge are left out: "twice a year", "a year ago"); the frame of a record is
# no figure ("the highest level in a decade", "the first rum house for a century": NewsQuant gives none).
_BARE_A_SPAN_RE = re.compile(
    rf"(?i)\b(?:for|over|during|across|spanning|lasting|throughout){SP}+(?P<n>an?){SP}+(?P<u>decade|century)\b"
    rf"(?![\w-])(?!{SP}+(?:ago|later|earlier|before|after|and{SP}+a{SP}+half)\b)")
_RECORD_BEFORE_RE = re.compile(r"(?i)\b(?:first|last|\w{2,}est|most|least|never|since)\b(?!.*[,;:—–])")


_IN_BEFORE_RE = re.compile(rf"(?i)\bin{SP}+\Z")


def _record_frame(text: str, lo: int, m: re.Match) -> bool:
    """ "the first measles death in over a decade", "the largest protests in more than a century": a decade or a
    century under a hedge as the frame of a record, no figure (as the bare "for a decade" after a record)."""
    return m.group("u").lower() in _YEARS_OF_ONE and _IN_BEFORE_RE.search(text, max(lo, m.start() - 4), m.start()) is not None \
        and _RECORD_BEFORE_RE.search(text, max(lo, m.start() - 80), m.start()) is not None


def _one_unit(a: int, b: int, n_end: int, unit: str) -> Candidate:
    """One unit at ``a:b``: a duration of 1 of it (10 or 100 years for a decade or a century), or a measure of 1."""
    years = _YEARS_OF_ONE.get(unit)
    name, cls, _ = post_unit(unit)
    if cls == "measure":
        return Candidate(a, b, a, n_end, 1.0, atom="word", unit=name, unit_class=cls, plain="a")
    return Candidate(a, b, a, n_end, years or 1.0, atom="word", unit="year" if years else unit,
                     unit_class="duration", plain="a")


def unit_long(text: str, lo: int, hi: int) -> list[Candidate]:
    """ "a week-long visit", "a year-long investigation": a duration of 1 of that unit."""
    return [_one_unit(m.start(), m.end(), m.end("u"), m.group("u").lower()) for m in _UNIT_LONG_RE.finditer(text, lo, hi)]


def hedged_one_unit(text: str, lo: int, hi: int) -> list[Candidate]:
    """ "more than a year", "nearly a decade": one unit of time under a hedge is a duration of 1 ("for a
    decade" needs no hedge)."""
    out = [_one_unit(m.start("n"), m.end("u"), m.end("n"), m.group("u").lower())
           for m in _HEDGED_A_UNIT_RE.finditer(text, lo, hi) if not _record_frame(text, lo, m)]
    if "dec" in text[lo:hi] or "cent" in text[lo:hi]:
        seen = {c.start for c in out}
        out += [_one_unit(m.start("n"), m.end("u"), m.end("n"), m.group("u").lower())
                for m in _BARE_A_SPAN_RE.finditer(text, lo, hi) if m.start("n") not in seen
                and not _RECORD_BEFORE_RE.search(text, max(lo, m.start() - 80), m.start())]
        out.sort(key=lambda c: c.start)
    return out
