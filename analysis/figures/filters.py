"""What is not a figure: the rejection rules, each a small named predicate (step 3).

A number that only names or locates something (a year, the day of a date, a clock time,
a designation such as "COVID-19", a footnote marker...) is dropped.  Each rule below looks
at one :class:`Look` (the candidate and its surroundings) and says whether it applies; the
table :data:`RULES` lists the rules that apply to each kind of atom, and
:func:`is_not_figure` is true when any of them fires.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from ..records import DateMention
from .numbers import Candidate, hanging_hyphen, next_char, prev_char
from .patterns import ADDRESS_AFTER_RE, CARDINALS, CARD_ALT, DECADE_RE, DESIGNATION_BEFORE_RE, DESIGNATION_STARTERS, ERA_AFTER_RE, ERA_BEFORE_RE, FUNCTION_WORDS, ID_AFTER_RE, ID_AROUND_RE, MONTHS, MONTH_AFTER_RE, MONTH_BEFORE_RE, NO_BEFORE_RE, ONE_STOP, ORDINALS, PLURAL_IRREGULAR, POST_RE, SCORE_AFTER_RE, SCORE_BEFORE_RE, SP, TIME_AFTER_RE, TWO_WORDS_RE, YEAR_CUE_RE, post_unit

def is_prose(text: str, lo: int, hi: int) -> bool:
    """A sentence with at least two lower-case words; metadata lines have fewer."""
    return len(re.findall(r"\b[a-z]{2,}\b", text[lo:min(hi, lo + 400)])) >= 2


def _is_title_case(text: str, lo: int, hi: int) -> bool:
    words = re.findall(r"\b[A-Za-z][a-z]+", text[lo:min(hi, lo + 300)])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _at_clause_start(text: str, lo: int, pos: int) -> bool:
    return pos == lo or re.search(r"[.:;“\"‘(\[—–]" + SP + r"*\Z", text[max(lo, pos - 4):pos]) is not None


def reject(text: str, lo: int, hi: int, c: Candidate, prev: Optional[Candidate], notes: set, prose: bool) -> bool:
    """True when the atom is not a figure (step 3)."""
    if c.num_start in notes:
        return True   # a footnote marker: "against the other.1"
    if c.atom == "ordinal":
        return _reject_ordinal(text, lo, hi, c)
    if c.atom in ("digit", "slash"):
        return _reject_digits(text, lo, hi, c, prev, prose)
    if c.atom == "word":
        first = text[c.num_start:c.num_end]
        # "World War Two", "the Group of Seven", "BBC One": a capitalised number word in a name
        if first[:1].isupper() and not _at_clause_start(text, lo, c.start) and not _is_title_case(text, lo, hi):
            return True
        if text[c.num_end:c.num_end + 1] == "-" and c.end == c.num_end and not text[c.num_end + 1:c.num_end + 2].isdigit() \
                and not hanging_hyphen(text, c):
            return True   # "two-way", "one-sided", "six-party": compounds that are not quantities
        if first.lower() == "one":
            if not c.unit_class:
                return _reject_one(text, lo, hi, c)
            if c.unit == "day" and not re.search(
                    rf"(?i)\b(?:for|in|within|only|just|than|after|over|about|every|per){SP}+\Z",
                    text[max(lo, c.start - 10):c.start]):
                return True   # "One day, Kim ...": someday, not a span of one day
    return False


def _reject_digits(text: str, lo: int, hi: int, c: Candidate, prev: Optional[Candidate], prose: bool) -> bool:
    strong = c.strong
    before, after = prev_char(text, lo, c.start), next_char(text, c.num_end, hi, " \u00a0")
    # clock times, lap times and ratios: "10:27", "1:36.6", "5am", "1.56pm", "0401 GMT"
    if text[c.num_end:c.num_end + 1] == ":" and text[c.num_end + 1:c.num_end + 2].isdigit():
        return True
    if c.start - 2 >= lo and text[c.start - 1] == ":" and text[c.start - 2].isdigit():
        return True
    if not c.unit and after.isalpha() and TIME_AFTER_RE.match(text, c.num_end):
        return True
    is_int = c.plain.isdigit() and c.atom == "digit"
    if is_int and not strong:
        # the day of a date: "May 9", "3 August 2022", "Sept. 20-24"
        if 1 <= c.value <= 31 and (
                (before.isalpha() or before in ".,-–") and MONTH_BEFORE_RE.search(text, max(lo, c.start - 16), c.start)
                or after.isalpha() and MONTH_AFTER_RE.match(text, c.num_end)):
            return True
        # the second day of "between Oct. 8 and 13", "May 9-10"
        if c.value <= 31 and prev is not None and prev.rejected and prev.plain.isdigit() and prev.value <= 31 \
                and re.fullmatch(rf"{SP}*(?:[-–]|and|to|through|or){SP}*", text[prev.end:c.start]):
            return True
        # decades and eras: "the 1990s", "the '90s", "A.D. 1000"
        if after in "s'’" and after and len(c.plain) in (2, 4) and c.value % 10 == 0 and DECADE_RE.match(text, c.num_end):
            return True
        if (before.isalpha() or before == ".") and ERA_BEFORE_RE.search(text, max(lo, c.start - 8), c.start) \
                or after.isalpha() and ERA_AFTER_RE.match(text, c.num_end):
            return True
        # years: "in 2022", "the 2018 summit", "2017–2018", "2014-15"; not "2000 troops"
        if len(c.plain) == 4 and 1500 <= c.value <= 2150 and c.unit_class != "duration" \
                and not _counted_range_follows(text, hi, c):
            if YEAR_CUE_RE.search(text, max(lo, c.start - 12), c.start) or not _plural_noun_after(text, c.end, hi):
                return True
        if prev is not None and prev.atom == "digit" and len(prev.plain) == 4 and prev.rejected \
                and (len(c.plain) in (2, 4) and re.fullmatch(rf"{SP}*[-–/]{SP}*", text[prev.end:c.start])
                     or len(c.plain) in (3, 4) and re.fullmatch(rf"{SP}+(?:and|to|or){SP}+", text[prev.end:c.start])
                     and not _plural_noun_after(text, c.end, hi)):
            return True   # "2017–2018", "2014-15", "between 1600 and 1900"
        # a score or a part number: "beat Charlton 2-1", "ISO 3888-2"
        if before in "-–" and before:
            sc = SCORE_BEFORE_RE.search(text, max(lo, c.start - 12), c.start)
            if sc and float(sc.group(1)) >= c.value:
                return True
        if text[c.num_end:c.num_end + 1] in ("-", "–") and c.end == c.num_end:
            sc = SCORE_AFTER_RE.match(text, c.num_end)
            if sc and float(sc.group(1)) <= c.value and not POST_RE.match(text, sc.end()):
                return True
    # identifiers: "800-273-8255", "9/11", "24/7", "50/50", a tweet id
    if c.atom == "digit" and not c.unit_class and (
            len(c.plain) >= 13 or ID_AROUND_RE.search(text, max(lo, c.start - 12), c.start)
            or ID_AFTER_RE.match(text, c.num_end)):
        return True
    # letters glued to the digits: "9M723", "3D", "4x4", "PS5" (a code that was not a currency)
    if c.end == c.num_end and text[c.num_end:c.num_end + 1].isalpha() or c.start > lo and text[c.start - 1].isalpha():
        return True
    if c.unit_class not in ("currency", "percent"):
        if (before.isalpha() or before in "-(") and _is_designation(text, lo, hi, c):
            return True
        if (before.isalpha() or before in ".#") and NO_BEFORE_RE.search(text, max(lo, c.start - 8), c.start):
            return True    # "No. 1", "p. 12", "#3"
        if before == "[" and after == "]":
            return True    # a bracketed note "[12]"
    if not strong:
        if not prose:
            return True    # a bare number on a metadata line: "30 Sep, 2022 · 5832"
        if before in "·|•" and before:
            return True
        if (after.isupper() or after.isdigit() or after == "-") and ADDRESS_AFTER_RE.match(text, c.end):
            return True    # "575 Wilbraham Road", "16-18 Industrial Avenue"
    return False


def _is_designation(text: str, lo: int, hi: int, c: Candidate) -> bool:
    """ "COVID-19", "Su-27", "Game 7", "Stoxx 600", "iPhone 11", "Prescott (4)": a name, not a figure.

    The number follows a capitalised or mixed-case word that is not a function word.  With
    a hyphen it is always a name; with a space it is one unless a unit or a plural noun
    follows at once ("Model 3 sedans" stays a count).  At the start of a sentence only a few
    words make designations ("Game 7 ...", "Resolution 2397 ..."), since "Some 300" and
    "Nearly 50" are counts.
    """
    d = DESIGNATION_BEFORE_RE.search(text, max(lo, c.start - 30), c.start)
    if not d:
        return False
    w, sep = d.group("w"), d.group("sep")
    key = w.lower().rstrip(".")
    if not any(ch.isupper() or ch.isdigit() for ch in w) or key in FUNCTION_WORDS or key in MONTHS:
        return False
    if text[c.start] in "-−":
        return True    # "COVID -19": the hyphen was taken for a minus sign
    if "(" in sep and text[c.end:c.end + 1] != ")":
        return False   # "Celsius (1.8 to 2.7 Fahrenheit)" opens an aside; "Prescott (4)" is a shirt number
    if d.start("w") == lo and not any(ch.isupper() or ch.isdigit() for ch in w[1:]):
        return key in DESIGNATION_STARTERS
    if "-" in sep:
        return True
    return not (c.unit_class in ("measure", "age", "duration", "count") or _plural_noun_after(text, c.end, hi, immediate=True))


def _counted_range_follows(text: str, hi: int, c: Candidate) -> bool:
    """ "2000 - 2500 Calories": a four-digit number opening a range of counted things is no year."""
    m = re.match(rf"{SP}*(?:[-–]|to){SP}*\d[\d,]*(?:\.\d+)?", text[c.end:min(hi, c.end + 20)])
    if not m:
        return False
    pos = c.end + m.end()
    u = POST_RE.match(text, pos)
    return bool(u and post_unit(u.group("u"))[1] in ("measure", "currency", "percent")) \
        or _plural_noun_after(text, pos, hi)


def looks_plural(w: str) -> bool:
    return w in PLURAL_IRREGULAR or (len(w) > 4 and w.endswith("men")) or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))
                                      and w not in FUNCTION_WORDS)


def _plural_noun_after(text: str, pos: int, hi: int, *, immediate: bool = False) -> bool:
    """A plural common noun right after ``pos``, or after one modifier ("2000 hires", "300 new homes")."""
    m = TWO_WORDS_RE.match(text, pos, min(hi, pos + 40))
    if not m:
        return False
    words = [w for w in m.groups() if w]
    if words[0][0].islower() and looks_plural(words[0]):
        return True
    if immediate or len(words) < 2 or words[0].lower() in FUNCTION_WORDS:
        return False
    return words[1][0].islower() and looks_plural(words[1])


def _reject_ordinal(text: str, lo: int, hi: int, c: Candidate) -> bool:
    word = text[c.num_start:c.num_end]
    digits = word[:1].isdigit()
    if MONTH_BEFORE_RE.search(text, max(lo, c.start - 16), c.start):
        return True    # "May 9th"
    if digits and MONTH_AFTER_RE.match(text, c.num_end) and re.match(rf"{SP}*(?:of{SP}+)?[A-Za-z]", text[c.num_end:c.num_end + 6]):
        return True    # "the 21st of September", "9th May"
    if word[:1].isupper():
        if not _at_clause_start(text, lo, c.start) and not _is_title_case(text, lo, hi):
            return True    # "First Vice Foreign Minister", "the Second World War"
        if re.match(rf"{SP}*,", text[c.num_end:c.num_end + 3]) or re.match(rf"(?i)first{SP}+of{SP}+all", text[c.num_start:c.num_start + 14]):
            return True    # "First, ..." as a discourse marker
    low = word.lower()
    if low == "first" and re.search(rf"(?i)\bat{SP}+\Z", text[max(lo, c.start - 4):c.start]):
        return True        # "at first"
    if low == "second" and re.match(rf"{SP}*(?:[,.;:)]|$)", text[c.num_end:c.num_end + 3]):
        return True        # "a split second."
    if c.start > lo and text[c.start - 1] == "-":
        return True        # "last-32nd"? hyphen-glued parts of names
    return False


def _reject_one(text: str, lo: int, hi: int, c: Candidate) -> bool:
    """ "one" is a figure before a noun ("one solution", "one man"), not as a pronoun."""
    if re.search(rf"\b(?:no|any|every|each|some|the|this|that|which|last){SP}+\Z", text[max(lo, c.start - 8):c.start].lower()):
        return True        # "no one", "the one that", "which one"
    after = text[c.end:min(hi, c.end + 40)]
    if re.match(rf"{SP}*(?:-|–|to|or|in|out{SP}+of){SP}*(?:\d|(?:{CARD_ALT})\b)", after, re.IGNORECASE):
        return False       # "one to two years", "one in five", "one or two"
    m = re.match(rf"{SP}+([A-Za-z][\w’'-]*)", after)
    if not m:
        return True
    nxt = m.group(1)
    if nxt[0].isupper():
        return nxt in ("Of", "Another")   # "one US fluid ounce" counts
    nxt = re.sub(r"[’']s?$", "", nxt.lower())
    return nxt in ONE_STOP or nxt.endswith("ly") or nxt in CARDINALS or nxt in ORDINALS


def inside_date(c: Candidate, dates: Sequence[DateMention]) -> bool:
    """A bare number inside a calendar date mention is part of the date ("15 September 2022")."""
    if c.atom not in ("digit", "ordinal") or c.strong or c.unit_class == "duration":
        return False
    return any(d.start <= c.num_start and c.num_end <= d.end and d.granularity != "relative"
               and re.match(r"\d{4}", d.normalized or "") for d in dates)
