"""Ranges and proportions: two numbers read as one figure (step 4).

"between 20,000 and 50,000", "15-22 mph", "three or four years", "four to five thousand"
are ranges; "one in five" is a proportion, "three out of 10" two counts; "2-1" is a score and
gives no figure; "from 2.2pc to 2.3pc" is a change, two figures.
"""
from __future__ import annotations

import re
from typing import Optional
from ..nlp.guard import guarded
from .numbers import Candidate, hanging_hyphen
from .patterns import PART_GAP_RE, RANGE_GAP_RE, SP

# A vote tally is two counts, the majority and the minority ("the 6-2 court", "a 6-3 decision", "a 3-2 party line
# vote", "voted 13-2"): a tally before a noun of voting or judging (two words between at most), or after "voted".
_TALLY_RE = re.compile(rf"(?<![\d.,/–-])\d{{1,3}}{SP}?[-–]{SP}?\d{{1,3}}(?![\d.,/–-])")
_TALLY_NOUN_RE = re.compile(rf"(?:{SP}+(?!(?:in|on|at|by|a|an|the|to|of|for|with|after|and|or|win|won|loss|lost)\b)[\w-]+){{0,2}}?{SP}+(?:votes?|vote|decision|ruling|court|majority|verdict|opinion|"
                            rf"judgment|judgement|split)\b")
_TALLY_VERB_RE = re.compile(rf"(?i)\b(?:vot(?:ed|es|ing)|ruled){SP}+\Z")


def vote_tally(text: str, lo: int, hi: int, c: Candidate) -> bool:
    """``c`` is one side of a vote tally ("the 6-2 court", "voted 13-2"), a count, not a score."""
    for a in (c.num_start, c.num_start - 1, c.num_start - 2, c.num_start - 3, c.num_start - 4):
        if a < lo or a > c.num_start or (a < c.num_start and not text[a].isdigit()) or (a > lo and text[a - 1].isdigit()):
            continue
        m = _TALLY_RE.match(text, a, hi)
        if m and m.start() <= c.num_start < m.end():
            return _TALLY_NOUN_RE.match(text, m.end(), hi) is not None \
                or _TALLY_VERB_RE.search(text, max(lo, a - 12), a) is not None
    return False


def merge_ranges(text: str, lo: int, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands) and c.high is None and c.atom not in ("ordinal", "fraction"):
            d = cands[i + 1]
            gap = text[c.end:d.start]
            joined = None
            if len(gap) < 12:
                joined = _proportion(c, d, gap)
                g = RANGE_GAP_RE.fullmatch(gap)
                if joined is None and g and d.high is None and d.atom not in ("ordinal", "fraction", "vague"):
                    joined = _range(text, lo, c, d, g)
            if joined is not None:
                if joined is not True:
                    out.append(joined)
                i += 2
                continue
            if not c.unit_class and hanging_hyphen(text, c):
                c.unit, c.unit_class = d.unit, d.unit_class    # "7- or 8-inch"
        out.append(c)
        i += 1
    return out


def _proportion(c: Candidate, d: Candidate, gap: str) -> Optional[Candidate]:
    """ "one in five": a proportion, or None.  "four out of five citizens", "2 out of 5 missiles" are two
    counts, the part and the whole (as the devset gold gives them: a count of each, the noun written once)."""
    if c.unit_class or d.unit_class or c.atom not in ("digit", "word") or d.atom not in ("digit", "word"):
        return None
    g = PART_GAP_RE.fullmatch(gap)
    if not g or g.group("out"):
        return None
    if not (0 < c.value < d.value <= 1000) or c.value != int(c.value) or d.value != int(d.value):
        return None
    if d.atom == "digit" and len(d.plain) == 4:
        return None   # "one in 2019"
    return Candidate(c.start, d.num_end, c.num_start, d.num_end, c.value / d.value, atom="fraction", unit="fraction", unit_class="fraction")


def _same_unit(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` can open a range that ``b`` closes: no unit of its own, or the same one."""
    if not a.unit_class or a.unit_class == "noun":
        return True
    # "$48,000 and $90,000 a year": the rate is written once, after the second number
    return a.unit.split(" per ")[0] == b.unit.split(" per ")[0]


# A verb of change before "from X to Y": two levels, not a range ("ranging from $200 to $4 million" is one).
_CHANGE_VERBS = (
    r"raised|raises|cut|cuts|lowered|lowers|increased|increases|decreased|decreases|rose|rises|fell|falls|dropped|"
    r"drops|climbed|climbs|grew|grows|declined|declines|jumped|jumps|slipped|slips|revised|lifted|lifts|reduced|reduces|"
    r"changed|moved|went|surged|plunged|slowed|accelerated|eased|edged|"
    # the plan or the act of a change: "to raise the retirement age from 62 to 64", "raising it from 62 to 64"
    r"raise|raising|cutting|lower|lowering|increase|increasing|decrease|decreasing|reduce|reducing|lift|lifting|"
    r"revise|revising|hike|hiked|hiking|push|pushed|pushing|pushes")
_CHANGE_BEFORE_RE = guarded(re.compile(rf"(?i)\b(?:{_CHANGE_VERBS})\b(?:(?!\brang)[^.;:])*\Z"))
# ... or right before "X to Y" with no "from": the change, then the level it reached ("Gold rose $12 to $1,950",
# "the toll climbed by 10 to 43"), when the level dwarfs the step (a forecast range "will grow 2% to 3%" does not)
_STEP_BEFORE_RE = guarded(re.compile(rf"(?i)\b(?:{_CHANGE_VERBS})(?:{SP}+(?:by|about|around|nearly|almost|some|roughly|just|"
                             rf"another|a{SP}+further|more{SP}+than|over)){{0,2}}{SP}+\Z"))
_STEP_RATIO = 5       # the level at least five times the step


def _range(text: str, lo: int, c: Candidate, d: Candidate, g: re.Match):
    """A range of ``c`` and ``d``, True to drop both (a score "2-1"), or None to keep them apart."""
    before = text[max(lo, c.start - 30):c.start]
    if not g.group("dash") and c.unit_class and re.search(rf"(?i)\bby{SP}+(?:\w+{SP}+)?\Z", before):
        return None   # "increased by $43.6 billion to $419.2 billion": a change and a level
    if g.group("to") and re.search(rf"(?i)\bfrom{SP}+\Z", before) and _CHANGE_BEFORE_RE.search(text, max(lo, c.start - 70), c.start):
        return None   # "raised its forecast from 2.2pc to 2.3pc": a change from one level to another ("ranging from" stays)
    if g.group("to") and _STEP_BEFORE_RE.search(before) and abs(d.value) >= _STEP_RATIO * abs(c.value) > 0:
        return None   # "Gold rose $12 to $1,950 an ounce": the step and the level
    low, high = c.value, d.value
    # "four to five thousand", "US $89 to $93 billion": the first number borrows the scale
    if d.scale > 1 and c.scale == 1 and c.atom in ("digit", "word") and abs(c.value) * d.scale <= abs(d.value):
        low = c.value * d.scale
    if g.group("and"):
        if not re.search(rf"(?i)\bbetween{SP}+(?:\w+{SP}+)?\Z|\bbetween{SP}+the{SP}+ages{SP}+of{SP}+\Z", before):
            return None
    elif g.group("or"):
        if not (c.atom == d.atom == "word" and abs(high) <= 100):
            return None   # "three or four years"; but "8 or $9" stay two
    elif g.group("dash"):
        if c.atom != "digit" or d.atom != "digit":
            return None
        if high <= low and not c.unit_class and not d.unit_class and c.plain.isdigit() and d.plain.isdigit():
            if vote_tally(text, lo, c.end + 40, c):
                return None   # a vote tally, "a 6-3 decision": two counts
            return True   # a score or result: "2-1", "89-89"
    if g.group("dash") and c.unit_class == "currency" and not d.unit_class:
        d.unit, d.unit_class = c.unit, c.unit_class      # "$3-4": the currency is written once
    if not _same_unit(c, d) or low > high:
        return None       # "up 8.1 percent to 99.20 yuan"; "from 4.8 to 4.7 percent" is a change
    r = Candidate(c.start, d.end, c.num_start, d.num_end, low, high=high, atom=d.atom, plain=d.plain)
    r.unit, r.unit_class, r.scaled, r.kind = d.unit or c.unit, d.unit_class or c.unit_class, d.scaled or c.scaled, d.kind
    return r
