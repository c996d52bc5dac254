"""Scanning: master-pattern matches read into raw date mentions, one reader per shape of mention.

A literal pre-filter finds anchors (month and weekday names, "year", year-like numbers);
:data:`~.grammar.MASTER` is tried only at candidate word starts near them (:mod:`.windows`); each match is
read by the reader of the group that is set (:data:`READERS`), and context checks (is this
four-digit number a year? is "May" the month?) look at bounded windows, so the time is
linear in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator
from ..lexicons import load_list, load_table
from .accept import _accept_bare_month, _accept_year, _at_sentence_start
from .windows import in_url, matches
from .grammar import (ERAS, FULL_MONTHS, NUMBER_WORDS, SEASON_LENDER, SEASON_LINK_BEFORE, SEASON_TIME_BEFORE, SEASONS,
                      TEXT_POINTERS, WEEKDAYS, WEEKEND_BEFORE, YEAR_END_BEFORE, month_num, number_value, word_after,
                      word_before)

@dataclass(frozen=True)
class RawMention:
    """A matched mention before resolution: span, kind, and the parsed parts."""

    start: int
    end: int
    kind: str
    parts: dict


Reader = Callable[[re.Match, str, bool], Iterator[RawMention]]


def _read_iso(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "2022-08-03", and the same order with slashes or dots, as East Asian sites write it ("2024/03/14", "2024.03.14")."""
    y, mo, d = (int(x) for x in re.split(r"[-/.]", m.group("iso")))
    yield RawMention(m.start(), m.end(), "day", {"y": y, "m": mo, "d": d})


def _read_numeric_date(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "03/08/2022", "3.8.2022", "26-09-2024": day-month order (international) unless only month-day is possible;
    when both are, the month-day reading is kept as ``alt`` for the resolver to weigh against publication."""
    a, b, y = (int(x) for x in re.split(r"[-/.]", m.group("num")))
    d, mo = (a, b) if b <= 12 else (b, a)
    if mo <= 12:
        parts = {"y": y, "m": mo, "d": d}
        if a <= 12 and b <= 12 and a != b:
            parts["alt"] = (a, b)               # (month, day): "11/12/2024" may be 12 November
        yield RawMention(m.start(), m.end(), "day", parts)


def _read_day_and_month(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "3 August 2022", "August 3", "5-7 September 2022" (two day mentions), "June 16th of last year"."""
    p = "dmy" if m.group("dmy_m") else "mdy"
    mword = m.group(f"{p}_m")
    if not mword[:1].isupper() and not lenient:
        return
    mo = month_num(mword)
    d = int(re.match(r"\d+", m.group(f"{p}_d")).group(0))
    y = int(m.group(f"{p}_y")) if m.group(f"{p}_y") else None
    year_rel = m.group(f"{p}_r").lower() if m.group(f"{p}_r") else None
    if m.group(f"{p}_d2") and p == "mdy" and m.group("mdy_and") in ("and", "&") and not _second_day(text, m):
        # "on Nov. 8 and 12 soldiers": the number after "and" counts something; the day is Nov. 8 alone
        yield RawMention(m.start(), m.end("mdy_d"), "day", {"y": None, "m": mo, "d": d, "year_rel": None})
        return
    if m.group(f"{p}_d2"):
        d2 = int(re.match(r"\d+", m.group(f"{p}_d2")).group(0))
        yield RawMention(m.start(), m.end(f"{p}_d"), "day", {"y": y, "m": mo, "d": d, "year_rel": year_rel})
        yield RawMention(m.start(f"{p}_d2"), m.end(), "day", {"y": y, "m": mo, "d": d2, "year_rel": year_rel})
        return
    yield RawMention(m.start(), m.end(), "day", {"y": y, "m": mo, "d": d, "year_rel": year_rel})


_AFTER_SECOND_DAY = re.compile(r"\s*(?:[,.;:)—–-]|$|(?:in|at|on|to|for|with|and|or|when|while|that|as|after|before|"
                               r"between|respectively|the|of)\b|[A-Z])")


def _second_day(text: str, m: re.Match) -> bool:
    """ "Nov. 8 and 9": the number after "and" is a second day when it comes later in the month, within a
    week, and no counted noun follows it ("Nov. 8 and 12 soldiers")."""
    d1 = int(re.match(r"\d+", m.group("mdy_d")).group(0))
    d2 = int(re.match(r"\d+", m.group("mdy_d2")).group(0))
    return d1 < d2 <= d1 + 7 and (m.group("mdy_y") is not None
                                  or _AFTER_SECOND_DAY.match(text, m.end(), min(len(text), m.end() + 20)) is not None)


def _read_month_range(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "January-September 2024", "May–June": two months, the year written after the second one for both."""
    w1, w2 = m.group("mr_m1"), m.group("mr_m2")
    if not (w1[:1].isupper() and w2[:1].isupper()) and not lenient:
        return
    y = int(m.group("mr_y")) if m.group("mr_y") else None
    for (a, b), word in ((m.span("mr_m1"), w1), ((m.start("mr_m2"), m.end()), w2)):
        if y is None:           # the first month is placed with the range's end ("Nov-Feb": the November before)
            parts = {"m": month_num(word)} if word is w2 else {"m": month_num(word), "range_end": month_num(w2)}
            yield RawMention(a, m.end("mr_m2") if word is w2 else b, "month_bare", parts)
        else:
            yield RawMention(a, b, "month", {"y": y, "m": month_num(word)})


def _read_era_year(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "April Juche 108" (2019-04), "Reiwa 6" (2024): a year of a calendar era (lexicons/date_eras.tsv)."""
    era = m.group("era_n")
    if not era[:1].isupper() or (m.group("era_m") and not m.group("era_m")[:1].isupper() and not lenient):
        return
    y = ERAS[era.capitalize()] + int(m.group("era_y"))
    if m.group("era_m"):
        yield RawMention(m.start(), m.end(), "month", {"y": y, "m": month_num(m.group("era_m"))})
    else:
        yield RawMention(m.start(), m.end(), "year", {"y": y})


def _read_month_and_year(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "August 2022"."""
    if m.group("my_m")[:1].isupper() or lenient:
        yield RawMention(m.start(), m.end(), "month", {"y": int(m.group("my_y")), "m": month_num(m.group("my_m"))})


def _read_month_of_relative_year(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "April last year", "March of the same year"."""
    if m.group("mrel_m")[:1].isupper() or lenient:
        rel = re.sub(r"\s+", " ", m.group("mrel_r").lower())
        yield RawMention(m.start(), m.end(), "month_rel", {"m": month_num(m.group("mrel_m")), "rel": rel})


def _read_relative_month(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "last June", "next September" (full month names only)."""
    word = m.group("relm_m")
    if (not word[:1].isupper() and not lenient) or word.lower().rstrip(".") not in FULL_MONTHS:
        return
    yield RawMention(m.start(), m.end(), "month_rel", {"m": month_num(word), "rel": "prefix-" + re.sub(r"\s+", " ", m.group("relm_r").lower())})


def _read_same_period(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "the same month of last year", "the same period a year earlier", "the same month in 2024"."""
    unit = m.group("same_u").lower()
    if m.group("same_y"):
        yield RawMention(m.start(), m.end(), "same", {"unit": unit, "rel": None, "y": int(m.group("same_y"))})
        return
    rel = re.sub(r"\s+", " ", m.group("same_r").lower())
    if rel in ("a", "one"):
        rel = "a later" if (m.group("same_w") or "").lower() in ("later", "after") else "a earlier"
    yield RawMention(m.start(), m.end(), "same", {"unit": unit, "rel": rel})


_ORDINAL_NAMES = {"final": "last", "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}
_ORDINAL_INDEX = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _read_quarter_or_half(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "the first quarter of 2024", "the second half of last year", "Q1 2024", "H2 2023"."""
    if m.group("qhc"):
        if m.group("qhc_u")[0].isupper():
            yield RawMention(m.start(), m.end(), "qh", {"code": m.group("qhc_u").upper(), "y": int(m.group("qhc_y"))})
        return
    n = m.group("qh_n").lower()
    n = _ORDINAL_NAMES.get(n, n)
    unit = m.group("qh_u").lower()
    idx = _ORDINAL_INDEX.get(n)
    if n == "last":
        idx = 4 if unit == "quarter" else 2
    if idx is None or (unit == "half" and idx > 2):
        return
    code = ("Q" if unit == "quarter" else "H") + str(idx)
    y = int(m.group("qh_y")) if m.group("qh_y") else None
    rel = re.sub(r"\s+", " ", m.group("qh_r").lower()) if m.group("qh_r") else None
    yield RawMention(m.start(), m.end(), "qh", {"code": code, "y": y, "rel": rel})


def _read_century(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "the 20th century", "the twenty-first century"."""
    raw_n = m.group("cent_n").lower()
    n = int(re.match(r"\d+", raw_n).group(0)) if raw_n[0].isdigit() else NUMBER_WORDS.get(re.sub(r"\s+", "-", raw_n))
    if n and 1 <= n <= 22:
        yield RawMention(m.start(), m.end(), "century", {"c": n - 1, "ordinal": True})


def _read_decade(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "the 1990s", "the '90s"; not "in their 30s" (an age) or "the mid-30s" (a rate)."""
    dd = m.group("dec_d")
    if dd[0].isdigit() and len(dd) >= 5:
        value = int(dd[:4])
    else:
        if dd[0].isdigit() and not (dd[2:3] in ("'", "’") and (m.group("edge") or "").lower().startswith("the")):
            return              # "in their 30s", "the low 80s" (a price); "the early 80’s" is the decade
        two = int(dd.lstrip("'’")[:2])
        value = (1900 if two >= 30 else 2000) + two
    if value % 100 == 0 and value < 2000:
        yield RawMention(m.start(), m.end(), "century", {"c": value // 100})
    else:
        yield RawMention(m.start(), m.end(), "decade", {"d": value})


_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90}


def _read_spelled_decade(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "the nineties of the last century" (a translator's way of writing the 1990s): the decade in the century named
    after it; a bare "the nineties" (an age, a temperature) is no date."""
    century = re.sub(r"[-\s]+", " ", m.group("sdec_c").lower())
    base = 2000 if century in ("this", "current", "present", "twenty first", "21st") else 1900
    yield RawMention(m.start(), m.end(), "decade", {"d": base + _DECADE_WORDS[m.group("sdec_w").lower()]})


def _read_season(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "last summer", "the winter of 2022"; "in summer", "between summer and autumn" (:func:`_bare_season`)."""
    y = int(m.group("sea_y")) if m.group("sea_y") else None
    r = re.sub(r"\s+", " ", m.group("sea_r").lower()) if m.group("sea_r") else None
    if r == "this past":
        r = "past"
    if y is None and r in (None, "the"):
        lender = SEASON_LENDER.match(text, m.end(), min(len(text), m.end() + 40))
        y = int(lender.group("y")) if lender else None       # "the spring and summer of 2023"
    if y is None and r in (None, "the"):
        yield from _bare_season(m, text)
        return
    if r == "the":
        r = None
    if m.group("sea_s").lower() == "fall" and y is None and r not in ("last", "this", "next"):
        return
    if r and y is not None:
        r = None            # "this summer 2022" is odd; trust the written year and drop the modifier
    code, start_month = SEASONS[m.group("sea_s").lower()]
    yield RawMention(m.start(), m.end(), "season", {"code": code, "start": start_month, "y": y, "rel": r})


_STOPWORDS = frozenset(load_list("stopwords.txt"))
_FALL_BEFORE = re.compile(r"\b(?:in|during|over|by|until|till|through)\s+the\s+$", re.IGNORECASE)


def _bare_season(m: re.Match, text: str) -> Iterator[RawMention]:
    """ "as early as between summer to autumn", "in the spring": a season with no year, placed as a bare month is
    (by the story's year or the tense); only after a preposition of time or another season, with no noun nor "of"
    after it ("the winter Olympics", "the fall of Rome"); "fall" only as "in/during/over/by/until the fall"."""
    word = m.group("sea_s").lower()
    if not m.group("sea_s").islower():
        return
    before = text[max(0, m.start() - 40):m.start()]
    if word == "fall" and not _FALL_BEFORE.search(text, max(0, m.start("sea_s") - 40), m.start("sea_s")):
        return                                        # "prices fall", "after the fall": only "in the fall"
    linked = SEASON_LINK_BEFORE.search(before)
    if not (linked or SEASON_TIME_BEFORE.search(before)):
        return
    nxt = word_after(text, m.end())
    if nxt and (nxt.lower() not in _STOPWORDS or nxt.lower() == "of" or text[m.end():m.end() + 1] in "-'’"):
        return                                        # "summer camp", "spring offensive", "winter's", "the fall of Rome"
    code, start_month = SEASONS[word]
    parts = {"code": code, "start": start_month, "y": None, "rel": None, "bare": True}
    if linked:
        first = SEASONS[re.match(r"[a-z]+", linked.group(0).lower()).group(0)]
        parts["after_start"] = first[1]               # "summer to autumn": the autumn after that summer
    yield RawMention(m.start(), m.end(), "season", parts)


def _read_edge_of_period(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "by the end of the year", "the start of the month": anaphoric, and only with an edge."""
    if m.group("edge"):
        kind = "edge_year" if m.group("ey_u").lower() == "year" else "edge_month"
        yield RawMention(m.start(), m.end(), kind, {"anaphoric": True})


def _read_year_end(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "before year-end", "by year end": the end of the year, after a preposition only."""
    if YEAR_END_BEFORE.search(text, max(0, m.start() - 15), m.start()):
        yield RawMention(m.start(), m.end(), "edge_year", {"anaphoric": True})


def _read_weekend(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "over the weekend", "last weekend", "this weekend"."""
    rel = re.sub(r"\s+", " ", m.group("wkend_r").lower())
    if re.match(r"\s+of\s", text[m.end():m.end() + 4]):
        return                                       # "the weekend of June 1": the date follows
    if rel != "the" or WEEKEND_BEFORE.search(text, max(0, m.start() - 15), m.start()):
        yield RawMention(m.start(), m.end(), "weekend", {"rel": rel})


def _read_day_before(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "the week before", "the day after": a step from the date last told (anaphoric)."""
    unit = m.group("before_u").lower()
    step = -1 if m.group("before_d").lower() in ("before", "earlier") else 1
    yield RawMention(m.start(), m.end(), "unit_step", {"unit": "day" if unit == "night" else unit, "step": step,
                                                      "anaphoric": True})


def _read_in_the_day(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "earlier in the day", "later in the day", "Earlier in the week": the day (week) last told, else publication's."""
    yield RawMention(m.start(), m.end(), "unit_step", {"unit": m.group("inday_u").lower(), "step": 0, "anaphoric": True})


# A modal with no clause break before a bare "earlier": a comparison ("that could come earlier"), no past time.
_MODAL_IN_CLAUSE = re.compile(r"\b(?:could|would|will|may|might|can|should|must)\b[^,.;:!?()\"“”]*$", re.IGNORECASE)
_AS_AFTER = re.compile(r"\s+as\b", re.IGNORECASE)
# "arriving 30 minutes earlier", "Hours earlier": a span within a day before "earlier" measures from another
# event of the story (a comparison or a step in its timeline), not a time before publication.
_SPAN_WITHIN_DAY_BEFORE = re.compile(r"\b(?:seconds?|minutes?|hours?)[ \t]+\Z", re.IGNORECASE)
# "twice a week earlier this year": "a week" counts how often, it is no step back in time.
_FREQUENCY_BEFORE = re.compile(r"\b(?:once|twice|thrice|times)[ \t]+\Z", re.IGNORECASE)


def _read_past_reference(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "recently", "in the past", "Earlier, ...": PAST_REF; not "as noted earlier", not the comparison
    "as recently as last month" (the date is the mention), not a comparative "earlier" after a modal in
    its clause ("the results could come earlier": than the day named)."""
    word = m.group("pastref").lower()
    if word == "earlier" and (word_before(text, m.start()) in TEXT_POINTERS or _MODAL_IN_CLAUSE.search(
            text, max(0, m.start() - 60), m.start()) or _SPAN_WITHIN_DAY_BEFORE.search(
            text, max(0, m.start() - 24), m.start())):
        return
    if word.endswith("recently") and text[max(0, m.start() - 3):m.start()].lower() == "as " \
            and _AS_AFTER.match(text, m.end()):
        return
    yield RawMention(m.start(), m.end(), "ref", {"value": "PAST_REF"})


def _read_ago(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "four years ago", "two months later", "a few weeks earlier"; "a quarter of a century ago" (25 years),
    "a century ago" (100 years); "decades ago", "years ago" with no number (PAST_REF)."""
    direction = m.group("ago_w").lower()
    if (m.group("ago_n") or "a").lower() in ("a", "an") and direction != "ago" \
            and _FREQUENCY_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return                  # "twice a week earlier this year": how often, no step back ("twice two years ago" is)
    if m.group("ago_q"):
        share = {"a": 0.25, "t": 0.75, "h": 0.5}[m.group("ago_q")[0].lower()]
        yield RawMention(m.start(), m.end(), "ago", {"n": int(100 * share), "unit": "year", "dir": direction})
        return
    unit = m.group("ago_u").lower()
    bound = _ONE_SIDED_BOUND.search(text, max(0, m.start() - 24), m.start()) if direction == "ago" else None
    if bound is not None and m.group("ago_n") is not None:
        # "more than a week ago", "over a decade ago", "less than two years ago": a bound on one side only, no
        # calendar value ("just over a month ago" stays near its count, and is read as the count)
        yield RawMention(bound.start("b"), m.end(), "ref", {"value": "PAST_REF"})
        return
    if m.group("ago_n") is None:
        if direction != "ago" or not unit.endswith("s"):
            return                          # "years later", "century ago": no sound reading
        yield RawMention(m.start(), m.end(), "ref", {"value": "PAST_REF"})
        return
    n = number_value(re.sub(r"\s+", " ", m.group("ago_n").lower()))
    if unit.startswith("centur"):
        unit, n = "year", (100 * n if n is not None else None)
    unit = unit.rstrip("s")
    within = _AGO_WITHIN.match(text, m.end()) if direction == "ago" and unit == "year" else None
    if within:          # "One year ago this week": that week of the year before, not the whole year
        yield RawMention(m.start(), within.end(), "ago", {"n": n, "unit": unit, "dir": direction,
                                                           "within": within.group(1).lower()})
        return
    yield RawMention(m.start(), m.end(), "ago", {"n": n, "unit": unit, "dir": direction})


# A one-sided bound before a count of time ago; "just/only/a little over" and "slightly more than" keep the count.
_ONE_SIDED_BOUND = re.compile(
    r"(?<![\w'’])(?<!just )(?<!only )(?<!little )(?<!slightly )(?<!bit )"
    r"(?P<b>(?:more|less|fewer)[ \t]+than|over|under|upwards[ \t]+of|well[ \t]+over)[ \t]+\Z", re.IGNORECASE)
_AGO_WITHIN = re.compile(r"[ \t]+this[ \t]+(week|month)\b", re.IGNORECASE)


_PART_OF_PERIOD = re.compile(rf"\s+of\s+(?:the\s+(?:month|year)\b|(?:{'|'.join(m.capitalize() for m in FULL_MONTHS)})\b|(?:19|20)\d\d\b)")
_DAY_RELATIONS = ("the same", "that", "the following", "the next", "the previous", "the preceding")
# Comparisons ("the previous month", "that year") point back without moving the story on;
# "the following year" does move it on.
_ANAPHORIC_RELATIONS = ("the same", "that", "the previous", "the preceding")


def _read_unit_relative(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "last year", "this month", "the following week", "that day"; "over the last year" is PAST_REF."""
    r = re.sub(r"\s+", " ", m.group("rel_r").lower()).replace("that same", "the same")     # "that same day"
    unit = re.sub(r"\s+", " ", m.group("rel_u").lower())
    if unit == "fiscal year":
        unit = "year"
    if r == "this past":
        if unit == "year":  # "until this past year": the twelve months gone, not a calendar year
            yield RawMention(m.start(), m.end(), "ref", {"value": "PAST_REF"})
            return
        r = "last"          # "this past month", "this past week": the one just gone, as "last month"
    if unit == "day" and r not in _DAY_RELATIONS:
        return
    if unit in ("week", "month") and _PART_OF_PERIOD.match(text, m.end()):
        return              # "the last week of December", "the first week of the month": a part of that period
    if r == "the last" and unit in ("year", "month"):
        yield RawMention(m.start(), m.end(), "ref", {"value": "PAST_REF"})   # the past twelve months
        return
    yield RawMention(m.start(), m.end(), "unit_rel", {"rel": r, "unit": unit, "anaphoric": r in _ANAPHORIC_RELATIONS})


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "that", "this", "every"})


def _read_deictic(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "today", "yesterday", "tomorrow", "tonight"; a capitalised "Today" inside a sentence is a name."""
    word = m.group("dei")
    if word[:4].lower() == "last" and word_before(text, m.start()) in _DETERMINERS:
        return                                        # "the last night of the festival"
    if not word[0].isupper() or _at_sentence_start(text, m.start()):
        yield RawMention(m.start(), m.end(), "deictic", {"word": re.sub(r"\s+", " ", word.lower())})


def _read_vague_reference(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "in recent months", "the past few weeks", "in the last few days" (PAST_REF).  Vague, no date (CONVENTIONS.md
    leaves out "now" and "over time"; the gold sets never require them: of 71 dev folders, 0 of 27 FUTURE_REF and
    0 of 16 year-scale PAST_REF gold items are required, all 7 required PAST_REF are days, weeks or months): "in the
    future", "the foreseeable future", "the coming days/weeks/months/years" and the year-scale "recent years",
    "the past few years", "recent times", "the last several decades"; matched only so that no shorter reading takes
    their words."""
    s = m.group("recent").lower()
    if "future" in s or "coming" in s or re.search(r"\b(?:years|decades|times)$", s):
        return      # forward ("the coming days") or year-scale ("the past few years", "recent times"): vague
    yield RawMention(m.start(), m.end(), "ref", {"value": "FUTURE_REF" if ("coming" in s or "future" in s) else "PAST_REF"})


_GIVEN_BEFORE_RE = re.compile(r"(?<![\w’'.])([A-Z][a-z]+) \Z")
_GIVEN_NAMES: set = set()


def _surname(text: str, start: int) -> bool:
    """Is the weekday at ``start`` a family name after a given name ("Chris Monday, a Russia expert", lexicons/
    given_names.tsv), not the day?  The given name must not be a month ("in June Monday was a holiday")."""
    g = _GIVEN_BEFORE_RE.search(text, max(0, start - 16), start)
    if g is None or g.group(1).lower() in FULL_MONTHS:
        return False
    if not _GIVEN_NAMES:
        _GIVEN_NAMES.update(name for name, _ in load_table("given_names.tsv"))
    return g.group(1) in _GIVEN_NAMES


def _read_weekday(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "on Friday", "last Monday", "Tuesday's meeting"; not the family name "Chris Monday"."""
    if m.group("wd_r") is None and _surname(text, m.start()):
        return
    if m.group("wd")[:1].isupper() or lenient:
        rel = m.group("wd_r").lower() if m.group("wd_r") else None
        # "on Tuesday next week": that weekday in the week named
        week = {"next": 1, "last": -1, "this": 0}.get((m.group("wd_w") or "").lower())
        yield RawMention(m.start(), m.end(), "weekday", {"wd": WEEKDAYS[m.group("wd").lower()], "rel": rel, "week": week})


def _read_year(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "2022", "late 2024", "the year 2019", "2017-18" (two years when the range increases)."""
    ys, ye = m.span("y")
    # "late 2024", "the year 2019": a year for sure, whatever follows.
    if not (m.group("edge") or m.group("y_pre")) and not _accept_year(text, ys, ye if not m.group("y2") else m.end("y2")):
        return
    y = int(m.group("y"))
    if m.group("y2") and len(m.group("y2")) == 2 and "/" in text[m.end("y"):m.start("y2")]:
        yield RawMention(m.start(), m.end("y"), "year", {"y": y})
        return      # "FY 2024/25", "the 2017/18 season": one fiscal or season year, told by its first
    if m.group("y2"):
        y2s = m.group("y2")
        y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
        yield RawMention(m.start(), m.end("y"), "year", {"y": y})
        if y < y2 <= y + 99:
            yield RawMention(m.start("y2"), m.end(), "year", {"y": y2})
        return      # "2019-20" that is not an increasing range: the first year only
    yield RawMention(m.start(), m.end(), "year", {"y": y})


# A year before 1900 is read only after a word that makes it one ("in 1899", "the 1899 award", "since 1850"):
# a bare 1500-1899 is far more often a count ("1,800 troops" written "1800").
_OLD_YEAR_BEFORE = frozenset({"in", "since", "until", "till", "from", "the", "before", "after", "circa"})
# The first word of every unit of measure or currency ("sq" of "sq m", "km", "tonnes").
_UNIT_WORDS = frozenset(row[0].split()[0].lower() for row in load_table("units.tsv") if row[0].split())


def _read_old_year(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "the 1899 Arbitral Award", "in 1899": a year before 1900; it dates a thing, so it is no story frame."""
    ys, ye = m.span("oldyear")
    if word_before(text, ys) not in _OLD_YEAR_BEFORE or not _accept_year(text, ys, ye):
        return
    nxt = word_after(text, ye)
    if nxt.islower() and (nxt.endswith("s") or nxt in _UNIT_WORDS or nxt == "block"):
        return                                    # "the 1800 soldiers", "the 1520 sq m centre", "the 1600 block"
    yield RawMention(ys, ye, "old_year", {"y": int(m.group("oldyear")), "anaphoric": True})


# "fell from the 10th and is now 14th", "climbed from the 3rd": a place in a ranking left, not a day
_RANK_MOVE_BEFORE_RE = re.compile(
    r"(?i)\b(?:f[ae]ll(?:s|en|ing)?|r[io]s(?:e|es|en|ing)|climb(?:s|ed|ing)?|slip(?:s|ped|ping)?|drop(?:s|ped|ping)?"
    r"|jump(?:s|ed|ing)?|leap(?:s|t|ed|ing)?|tumbl(?:e|es|ed|ing)|slid(?:e|es|ing)?|promoted|demoted|relegated)"
    r"\s+from\s+\Z")


def _read_day_of_month(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "on the 20th (local time)": a day of the month around publication ("the 24th of last month": of the month
    named); not a place left in a ranking ("fell from the 10th and")."""
    if _RANK_MOVE_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
        return
    yield RawMention(m.start(), m.end(), "nth_day", {"d": int(m.group("nth_d")), "rel": (m.group("nth_rel") or "").lower()})


# Holidays on a fixed day of the calendar: (month, day) by name.
_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31)}
# "just before Christmas", "by Christmas", "over Christmas": a bare "Christmas" is the day only after a preposition of
# time (not "Christmas trees", "a Christmas message", "the spirit of Christmas").
_HOLIDAY_TIME_BEFORE = re.compile(r"\b(?:before|by|until|till|after|since|over|at|around|on|through|during|near|"
                                  r"ahead\s+of|in\s+time\s+for)\s+$", re.IGNORECASE)
_HOLIDAY_DETERMINERS = frozenset({"a", "an", "every", "each", "last", "this", "next", "that", "one", "another", "his",
                                  "her", "their", "our", "my", "your", "its"})


def _read_holiday(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "by Christmas", "On Christmas Day", "New Year's Eve": the holiday's day of the calendar, placed as a day
    without a year is ("set to leave by Christmas", written in September: that December); a bare "Christmas" only
    after a preposition of time and before no noun ("the Christmas season", "Christmas trees": no day); none after
    a determiner ("last Christmas", "a Christmas Day message")."""
    name = re.sub(r"\s+", " ", m.group("hol_n")).replace("’", "'")
    if not name[0].isupper() or word_before(text, m.start()) in _HOLIDAY_DETERMINERS:
        return
    y = int(m.group("hol_y")) if m.group("hol_y") else None
    end = m.end() if y is not None else m.end("hol")
    if y is None:
        nxt = word_after(text, end)
        if nxt and (nxt.lower() not in _STOPWORDS or nxt.lower() == "of" or text[end:end + 1] in "-'’"):
            return                                    # "Christmas season", "Christmas Day message", "Christmas's"
        if name == "Christmas" and not _HOLIDAY_TIME_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return
    mo, d = _HOLIDAYS[name.lower()]
    yield RawMention(m.start(), end, "day", {"y": y, "m": mo, "d": d, "holiday": True})


def _read_bare_month(m: re.Match, text: str, lenient: bool) -> Iterator[RawMention]:
    """ "in September", "by May" (when the context says it is the month)."""
    word = m.group("mon")
    if _accept_bare_month(text, m.start("mon"), m.end("mon"), word, bool(m.group("edge")), lenient):
        yield RawMention(m.start(), m.end(), "month_bare", {"m": month_num(word)})


# One reader per shape of mention: the first group of the master pattern that is set decides.
READERS: tuple[tuple[str, Reader], ...] = (
    ("era", _read_era_year), ("iso", _read_iso), ("num", _read_numeric_date), ("dmy_m", _read_day_and_month), ("mdy_m", _read_day_and_month),
    ("mr", _read_month_range), ("my_m", _read_month_and_year), ("mrel_m", _read_month_of_relative_year), ("relm_m", _read_relative_month),
    ("same", _read_same_period), ("qh", _read_quarter_or_half), ("qhc", _read_quarter_or_half),
    ("cent", _read_century), ("sdec", _read_spelled_decade), ("dec", _read_decade), ("sea", _read_season), ("edgeyear", _read_edge_of_period),
    ("yend", _read_year_end), ("wkend", _read_weekend),
    ("ago", _read_ago), ("before", _read_day_before), ("inday", _read_in_the_day), ("rel", _read_unit_relative),
    ("dei", _read_deictic), ("pastref", _read_past_reference), ("recent", _read_vague_reference),
    ("nth", _read_day_of_month), ("hol", _read_holiday), ("wd", _read_weekday), ("year", _read_year), ("oldyear", _read_old_year), ("mon", _read_bare_month),
)


def scan(text: str, lenient: bool = False) -> Iterator[RawMention]:
    """Raw mentions in text order: each master-pattern match read by the reader of its shape (a match inside a
    mention a reader lengthened, "this week" of "One year ago this week", is part of it)."""
    reach = 0
    for m in matches(text, lenient):
        start = m.start()
        if (start and text[start - 1] == "/") or in_url(text, start) or start < reach:
            continue
        groups = m.groupdict()
        for name, reader in READERS:
            if groups[name]:
                for raw in reader(m, text, lenient):
                    reach = max(reach, raw.end) if raw.end > m.end() else reach
                    yield raw
                break
