"""Resolving: raw date mentions to ISO values against the publication date and the story's reference.

One resolver per kind of mention (:data:`RESOLVERS`).  The rules for dates without a year
(the story's year, the nearest tense cue, the three-month window) are in the package
docstring (:mod:`analysis.dates`); :class:`Context` carries what the resolver knows at
each mention: the publication date, the last resolved mention and the last written year.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Callable, Optional
from .grammar import (BASELINE, FIGURATIVE_TODAY, PASSIVE_BEFORE, RANGE_FROM_NOW, SINCE, TENSE_CUE_RE, TENSE_CUES,
                      TODAY_AS_DAY_AFTER, TODAY_AS_DAY_BEFORE, YEAR_LENDER_GAP, opens_sentence)
from .scan import RawMention

@dataclass(frozen=True)
class _Pub:
    year: int
    month: Optional[int] = None
    day: Optional[int] = None

    @property
    def date(self) -> Optional[_dt.date]:
        if self.month and self.day:
            return _dt.date(self.year, self.month, self.day)
        return None


_PUB_RE = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_published(published: Optional[str]) -> Optional[_Pub]:
    """``published`` as a _Pub, or None when missing or not an ISO date."""
    if not published:
        return None
    m = _PUB_RE.match(str(published))
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return _Pub(year)
    if day is not None:
        try:
            _dt.date(year, month, day)
        except ValueError:
            day = None
    return _Pub(year, month, day)


def _iso_day(y: int, m: int, d: int) -> Optional[str]:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


def _iso_week(day: _dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


@dataclass(frozen=True)
class StoryDate:
    """The last date written with its year: the story's time frame at a mention."""

    year: int
    month: int              # 0 when only the year is written ("In 2019, ...")
    sentence: int
    paragraph: int
    fronted: bool           # it opens its sentence


@dataclass
class Context:
    """What the resolver knows at a mention: publication, tense, the last reference."""

    pub: Optional[_Pub]
    ref: Optional[tuple[int, int, int, str]] = None        # (year, month, day, granularity)
    ref_explicit: Optional[StoryDate] = None               # the last date with a written year
    last_year: Optional[int] = None                       # last written year anywhere in the text


def tense(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """'future', 'past' or '' (no cue) from the nearest tense cue around ``start:end``.

    The verb governing a date usually comes before it ("would resume in September");
    only a date that opens its sentence ("In September, trade will ...") looks ahead.
    """
    best = None
    for m in TENSE_CUE_RE.finditer(text, max(lo, start - 70), start):
        if m.group(0) == "May":                   # the month, not the modal
            continue
        # A passive participle ("due to be published") defers to its auxiliary.
        if m.group(0).lower().endswith("ed") and PASSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        best = m
    possessive = text.startswith(("'s", "’s"), end) or text.endswith(("'s", "’s"), start, end)
    if best is None and opens_sentence(text, lo, start) and not possessive:
        best = TENSE_CUE_RE.search(text, end, min(hi, end + 60))
    if best is None:
        return ""
    cue = re.sub(r"\s+", " ", best.group(0).lower())
    return TENSE_CUES.get(cue, "past")


def _days_to_next(mo: int, day: int, today: _dt.date) -> Optional[int]:
    """Days from ``today`` to the next ``mo``-``day`` on or after it (None if no such day)."""
    for year in (today.year, today.year + 1, today.year + 4):
        iso = _iso_day(year, mo, day)
        if iso and _dt.date.fromisoformat(iso) >= today:
            return (_dt.date.fromisoformat(iso) - today).days
    return None


def _story_year(mo: int, day: Optional[int], ctx: Context, tense: str, where: tuple[int, int]) -> Optional[int]:
    """The year the story around a month (and day) without a year is told in, or None.

    The story's frame is the last date written with its year (:class:`StoryDate`):
    * in the same sentence, its year ("between March 2022 and May");
    * beyond its sentence only when it opens a sentence (a date inside one, "the February 2022
      invasion", is background): a month or day ("In October 2023, ...") gives its year to a
      later month ("... In November" -> 2023-11) and the next year to an earlier one ("In
      November 2023 ... In January" -> 2024-01), however many paragraphs on, as long as no other
      date has moved the story to another year; a year alone ("In 2019, Kim went to Vladivostok.
      In April, he met Putin") gives its year within its paragraph.
    Checked against the tense and the publication date: a future verb, or a story date after
    publication for a past or tenseless verb, gives None (the publication date decides).
    """
    story, pub = ctx.ref_explicit, ctx.pub
    if story is None or tense == "future":
        return None
    if story.sentence == where[0]:
        return story.year
    if ctx.ref is not None and ctx.ref[0] != story.year:
        return None                                   # "last year", a weekday ... moved the story on
    if not story.fronted:
        return None                                   # "the February 2022 invasion": background
    if story.month:
        year = story.year if mo >= story.month else story.year + 1
    elif story.paragraph == where[1]:
        year = story.year
    else:
        return None
    if pub is not None:
        if pub.month is None:
            if year > pub.year:
                return None
        elif (year, mo, day or 0) > (pub.year, pub.month, pub.day or 0 if day else 0):
            return None
    return year


def _place_month(mo: int, day: Optional[int], ctx: Context, tense: str, where: tuple[int, int],
                 since: bool) -> Optional[int]:
    """The year of a month (and day) written without one; None when it cannot be told.

    ``where`` is ``(sentence_id, paragraph)`` of the mention.  The story's year first
    (:func:`_story_year`), then the publication date and the tense.
    """
    story_year = _story_year(mo, day, ctx, "past" if since and tense == "future" else tense, where)
    if story_year is not None:
        return story_year
    pub = ctx.pub
    if pub is None:
        return ctx.last_year
    if pub.month is None:
        return pub.year
    if pub.day is None or day is None:
        after = mo > pub.month
        before = mo < pub.month
    else:
        after = (mo, day) > (pub.month, pub.day)
        before = (mo, day) < (pub.month, pub.day)
    if since:
        tense = "past"
    if pub.day is None or day is None:
        if not tense:
            # No cue: the past one, unless the month comes within the next three months
            # ("a possible rate hike in December", written in October).
            ahead = (mo - pub.month) % 12
            tense = "future" if 0 < ahead <= 3 else "past"
    elif tense != "future" and not since:
        ahead = _days_to_next(mo, day, pub.date)
        if ahead is not None and (ahead <= 92 if not tense else ahead <= 31):
            # No cue and soon after publication; or a past cue, but a day-month written
            # without a year is near (news style gives the year of older dates): "he
            # said on Monday that talks on Oct. 2 would go ahead" (published 1 October).
            tense = "future"
    if tense == "future":
        return pub.year + 1 if before else pub.year
    return pub.year - 1 if after else pub.year


def _looks_back(text: str, start: int) -> bool:
    """After "since", "from" or a comparison ("higher than in early December"): a past date."""
    return bool(SINCE.search(text, max(0, start - 8), start) or BASELINE.search(text, max(0, start - 30), start))


Resolution = Optional[tuple[str, str]]     # (normalized, granularity), or None to drop the mention
Resolver = Callable[[RawMention, str, Context, Callable[[], str], tuple[int, int]], Resolution]


def _resolve_day(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """A day: its written year, "of last year", or a year placed by :func:`_place_month`."""
    p, pub = raw.parts, ctx.pub
    y = p["y"]
    if y is None and p.get("year_rel"):
        # "June 16th of last year"
        if pub is None:
            return "", "relative"
        y = pub.year + {"last": -1, "this": 0, "next": 1}[p["year_rel"]]
    if y is None:
        y = _place_month(p["m"], p["d"], ctx, tense_of(), where, _looks_back(text, raw.start))
        if y is None:
            return "", "relative"
    iso = _iso_day(y, p["m"], p["d"])
    return (iso, "day") if iso else None


def _resolve_month(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "August 2022"."""
    return f"{raw.parts['y']}-{raw.parts['m']:02d}", "month"


def _resolve_bare_month(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "in September": the year placed by :func:`_place_month`."""
    y = _place_month(raw.parts["m"], None, ctx, tense_of(), where, _looks_back(text, raw.start))
    if y is None:
        return "", "relative"
    return f"{y}-{raw.parts['m']:02d}", "month"


def _resolve_relative_month(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "March of the same year", "April last year", "last June" (the latest June before publication)."""
    rel, mo, pub = raw.parts["rel"], raw.parts["m"], ctx.pub
    if rel in ("the same", "that"):
        if ctx.ref is None:
            return None
        return f"{ctx.ref[0]}-{mo:02d}", "month"
    if rel in ("the previous", "the following"):
        if ctx.ref is None:
            return None
        return f"{ctx.ref[0] + (1 if rel == 'the following' else -1)}-{mo:02d}", "month"
    if pub is None:
        return "", "relative"
    if rel in ("last", "this", "next"):                 # "April last year"
        return f"{pub.year + {'last': -1, 'this': 0, 'next': 1}[rel]}-{mo:02d}", "month"
    # "last June": the latest June strictly before publication; "next June" the first after.
    word = rel.split("-", 1)[1]
    if word == "this" or pub.month is None:
        y = pub.year + {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(word, 0)
        if word == "this":
            y = pub.year
    elif word in ("last", "past", "previous"):
        y = pub.year if mo < pub.month else pub.year - 1
    else:
        y = pub.year if mo > pub.month else pub.year + 1
    return f"{y}-{mo:02d}", "month"


def _resolve_year(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    return str(raw.parts["y"]), "year"


def _resolve_same_period(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "the same month of last year": the month last mentioned, a year back."""
    p, pub = raw.parts, ctx.pub
    rel = p["rel"]
    if p.get("y") is not None:                       # "the same month in 2024"
        y = p["y"]
    else:
        if rel in ("last", "next"):                  # "the same month of last year": publication's year
            base = pub.year if pub else None
        else:                                        # "the same month a year earlier": the story's
            base = ctx.ref[0] if ctx.ref else None
        if base is None:
            return "", "relative"
        y = base + (1 if rel in ("next", "the following", "the next", "a later") else -1)
    if ctx.ref and ctx.ref[1] and p["unit"] in ("month", "period", "time"):
        return f"{y}-{ctx.ref[1]:02d}", "month"
    if ctx.ref and ctx.ref[2] and p["unit"] == "day":
        iso = _iso_day(y, ctx.ref[1], ctx.ref[2])
        return (iso, "day") if iso else None
    return str(y), "year"


def _resolve_quarter_or_half(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "the first quarter of 2024": the year (the contract's ISO forms have no "2024-Q1")."""
    y = raw.parts.get("y")
    if y is None:
        rel = raw.parts.get("rel")
        if rel in ("the same", "that"):
            y = ctx.ref[0] if ctx.ref else None
        elif ctx.pub is not None:
            y = ctx.pub.year + {"last": -1, "this": 0, "next": 1}.get(rel, 0)
        if y is None:
            return "", "relative"
    return str(y), "year"


def _resolve_century(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    return f"{raw.parts['c']:02d}00s", "century"


def _resolve_decade(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    return f"{raw.parts['d']}s", "decade"


def _resolve_season(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "the winter of 2022"; "last summer": the latest summer that had begun before publication."""
    p, pub = raw.parts, ctx.pub
    code, s_month = p["code"], p["start"]
    if p["y"] is not None:
        return f"{p['y']}-{code}", "season"
    if pub is None:
        return "", "relative"
    rel, pm = p["rel"], pub.month or 12
    if rel == "this":
        y = pub.year
    elif rel in ("last", "past"):
        y = pub.year if pm > s_month else pub.year - 1
    else:
        y = pub.year if pm < s_month else pub.year + 1
    return f"{y}-{code}", "season"


def _resolve_edge_of_year(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "peaked by the end of the year": in a past-tense story the year being told about;
    otherwise ("will finish by the end of the year") publication's."""
    if ctx.ref and tense_of() == "past":
        return str(ctx.ref[0]), "year"
    return (str(ctx.pub.year), "year") if ctx.pub else ("", "relative")


def _resolve_edge_of_month(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "the start of the month": as for the year, the month told about or publication's."""
    if ctx.ref and ctx.ref[1] and tense_of() == "past":
        return f"{ctx.ref[0]}-{ctx.ref[1]:02d}", "month"
    if ctx.pub is None or ctx.pub.month is None:
        return "", "relative"
    return f"{ctx.pub.year}-{ctx.pub.month:02d}", "month"


def _resolve_unit_relative(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "last week", "this month", "the previous year": see :func:`_resolve_unit_rel`; a deictic
    week or day inside quoted words of an earlier time of the story is left out."""
    if (raw.parts["unit"] in ("week", "day") and not raw.parts.get("anaphoric")
            and _quoted_in_the_past(text, raw.start, ctx)):
        return None
    return _resolve_unit_rel(raw.parts["rel"], raw.parts["unit"], ctx)


def _resolve_ago_or_later(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    return _resolve_ago(raw.parts["n"], raw.parts["unit"], raw.parts["dir"], ctx)


def _resolve_deictic(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "today" is PRESENT_REF (or publication's day in a range); "yesterday", "tomorrow", "tonight",
    "last night" are days around publication, unless quoted from an earlier time of the story."""
    word = raw.parts["word"]
    if word in ("today", "tomorrow") and _figurative(text, raw.start):
        return None                                  # "Ukraine today could be East Asia tomorrow"
    if word != "today" and _quoted_in_the_past(text, raw.start, ctx):
        return None                                  # '"We met yesterday," he had written' long ago
    if word == "today":
        # "from today to Friday", "earlier today": the day; otherwise "today" is the present.
        as_day = (TODAY_AS_DAY_BEFORE.search(text, max(0, raw.start - 20), raw.start)
                  or TODAY_AS_DAY_AFTER.match(text, raw.end, min(len(text), raw.end + 30)))
        if not as_day or ctx.pub is None or ctx.pub.date is None:
            return "PRESENT_REF", "relative"
        return ctx.pub.date.isoformat(), "day"
    if ctx.pub is None or ctx.pub.date is None:
        return "", "relative"
    delta = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2}.get(word, 0)
    return (ctx.pub.date + _dt.timedelta(days=delta)).isoformat(), "day"


def _quoted_in_the_past(text: str, start: int, ctx: Context) -> bool:
    """Is ``start`` inside quoted words while the story is told months before publication?

    '"Meet me Sunday night," he had written', after "in August" in a March article:
    the words were written in the story's week, which is unknown, not publication's.
    """
    ref, pub = ctx.ref, ctx.pub
    if ref is None or not ref[1] or pub is None or pub.date is None:
        return False
    if (pub.year * 12 + pub.month) - (ref[0] * 12 + ref[1]) < 2:
        return False
    line = text.rfind("\n", max(0, start - 1000), start) + 1
    before = text[line:start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _figurative(text: str, start: int) -> bool:
    """Is the "today" or "tomorrow" at ``start`` part of "X today could be Y tomorrow"?"""
    for m in FIGURATIVE_TODAY.finditer(text, max(0, start - 100), min(len(text), start + 100)):
        if m.start() <= start < m.end():
            return True
    return False


def _resolve_step(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "the week before", "the day after", "earlier in the day": a step from the date last told;
    left out when that date is not precise enough."""
    unit, step, ref = raw.parts["unit"], raw.parts["step"], ctx.ref
    if step == 0 and (ref is None or not ref[2]):          # "earlier in the day", nothing told yet
        if ctx.pub is None or ctx.pub.date is None or ref is not None:
            return None
        return ctx.pub.date.isoformat(), "day"
    if ref is None:
        return None
    y, mo, d, _ = ref
    if unit == "year":
        return str(y + step), "year"
    if unit == "month":
        if not mo:
            return None
        y, mo = _add_months(y, mo, step)
        return f"{y}-{mo:02d}", "month"
    if not (mo and d):
        return None
    day = _dt.date(y, mo, d) + _dt.timedelta(days=step * (7 if unit == "week" else 1))
    return (_iso_week(day), "week") if unit == "week" else (day.isoformat(), "day")


def _resolve_reference(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    return raw.parts["value"], "relative"


def _resolve_weekday(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "on Friday": the latest Friday on or before publication, the next one after a future cue
    or at the end of a range from today ("from today to Friday").  Without a publication day
    there is no sound reading: the mention is left out."""
    if ctx.pub is None or ctx.pub.date is None:
        return None
    wd, rel = raw.parts["wd"], raw.parts["rel"]
    if rel is None and RANGE_FROM_NOW.search(text, max(0, raw.start - 30), raw.start):
        rel = "coming"
    if rel is None and _quoted_in_the_past(text, raw.start, ctx):
        return None
    today = ctx.pub.date
    back = (today.isoweekday() - wd) % 7
    ahead = (wd - today.isoweekday()) % 7
    if rel in ("last", "past"):
        day = today - _dt.timedelta(days=back or 7)
    elif rel in ("next", "coming"):
        day = today + _dt.timedelta(days=ahead or 7)
    elif tense_of() == "future":
        day = today + _dt.timedelta(days=ahead)
    else:
        day = today - _dt.timedelta(days=back)
    return day.isoformat(), "day"


# One resolver per kind of raw mention (the kinds :mod:`.scan` gives).
RESOLVERS: dict[str, Resolver] = {
    "day": _resolve_day, "month": _resolve_month, "month_bare": _resolve_bare_month,
    "month_rel": _resolve_relative_month, "year": _resolve_year, "same": _resolve_same_period,
    "qh": _resolve_quarter_or_half, "century": _resolve_century, "decade": _resolve_decade,
    "season": _resolve_season, "edge_year": _resolve_edge_of_year, "edge_month": _resolve_edge_of_month,
    "unit_rel": _resolve_unit_relative, "ago": _resolve_ago_or_later, "deictic": _resolve_deictic,
    "ref": _resolve_reference, "weekday": _resolve_weekday, "unit_step": _resolve_step,
}


def resolve(raw: RawMention, text: str, ctx: Context, tense_of: Callable[[], str], where: tuple[int, int]) -> Resolution:
    """(normalized, granularity) for one raw mention, or None to drop it.

    ``tense_of()`` gives the mention's tense ('past', 'future' or ''), computed on first use;
    ``where`` is ``(sentence_id, paragraph)`` of the mention.
    """
    resolver = RESOLVERS.get(raw.kind)
    resolved = resolver(raw, text, ctx, tense_of, where) if resolver is not None else None
    if resolved == ("", "relative"):
        # No publication date (or too coarse a one) to count from: the direction the words point
        # in ("last year" PAST_REF, "next month" FUTURE_REF), never an empty value; a month or day
        # with no year anywhere is left out.
        direction = _DIRECTION_WORDS.search(text, raw.start, raw.end)
        return (_DIRECTIONS[direction.group(0).lower()], "relative") if direction else None
    return resolved


_DIRECTIONS = {**dict.fromkeys(("last", "past", "previous", "preceding", "ago", "earlier", "yesterday"), "PAST_REF"),
               **dict.fromkeys(("next", "coming", "following", "later", "tomorrow"), "FUTURE_REF"),
               **dict.fromkeys(("this", "current", "today", "tonight"), "PRESENT_REF")}
_DIRECTION_WORDS = re.compile(r"\b(?:" + "|".join(_DIRECTIONS) + r")\b", re.IGNORECASE)


def _resolve_unit_rel(rel: str, unit: str, ctx: Context) -> Optional[tuple[str, str]]:
    """"last year", "this month", "the previous year", "that week", "the same day"."""
    pub, ref = ctx.pub, ctx.ref
    anaphoric = rel in ("the same", "that", "the previous", "the following", "the preceding") or (
        rel == "the next" and unit == "day")
    if anaphoric:
        if ref is None:
            if pub is None or rel in ("the same", "that", "the following"):
                return None
            anchor = (pub.year, pub.month, pub.day)     # "the previous year" with nothing before it
        else:
            anchor = ref[:3]
        step = {"the previous": -1, "the preceding": -1, "the following": 1, "the next": 1}.get(rel, 0)
        y, mo, d = anchor
        if unit == "year":
            return str(y + step), "year"
        if unit == "month":
            if not mo:
                return None
            y, mo = _add_months(y, mo, step)
            return f"{y}-{mo:02d}", "month"
        if not (mo and d):
            return None
        day = _dt.date(y, mo, d) + _dt.timedelta(days=step * (7 if unit == "week" else 1))
        return (_iso_week(day), "week") if unit == "week" else (day.isoformat(), "day")
    if pub is None:
        return "", "relative"
    step = {"last": -1, "the last": -1, "this": 0, "the current": 0, "next": 1, "the coming": 1,
            "the next": 1}.get(rel)
    if step is None:
        return None
    if unit == "year":
        return str(pub.year + step), "year"
    if unit == "month":
        if pub.month is None:
            return "", "relative"
        y, mo = _add_months(pub.year, pub.month, step)
        return f"{y}-{mo:02d}", "month"
    if unit == "week":
        if pub.date is None:
            return "", "relative"
        return _iso_week(pub.date + _dt.timedelta(days=7 * step)), "week"
    return None


def _resolve_ago(n: Optional[int], unit: str, direction: str, ctx: Context) -> Optional[tuple[str, str]]:
    """"four years ago" against publication; "two years later" against the last date told."""
    if n is None:                                      # "a few years ago"
        return ("PAST_REF", "relative") if direction in ("ago", "earlier") else ("FUTURE_REF", "relative")
    if direction == "ago":
        pub = ctx.pub
        if pub is None:
            return "", "relative"
        anchor = (pub.year, pub.month, pub.day)
        sign = -1
    else:
        if ctx.ref is None:
            return None
        anchor = ctx.ref[:3]
        sign = -1 if direction == "earlier" else 1
    y, mo, d = anchor
    if unit == "decade":
        return str(y + sign * 10 * n), "year"
    if unit == "year":
        return str(y + sign * n), "year"
    if unit == "month":
        if not mo:
            return "", "relative"
        y, mo = _add_months(y, mo, sign * n)
        return f"{y}-{mo:02d}", "month"
    if not (mo and d):
        return "", "relative"
    day = _dt.date(y, mo, d) + _dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
    return (_iso_week(day), "week") if unit == "week" else (day.isoformat(), "day")


ANAPHORIC_KINDS = frozenset({"same"})


def lend_year(text: str, raw: RawMention, nxt: Optional[RawMention]) -> RawMention:
    """A month or day without a year takes the written year of the date right after it."""
    if (nxt is None or raw.kind not in ("day", "month_bare") or raw.parts.get("y") is not None
            or nxt.parts.get("y") is None or nxt.kind not in ("day", "month", "year", "season")
            or nxt.start - raw.end > 25):
        return raw
    if not YEAR_LENDER_GAP.fullmatch(text, raw.end, nxt.start):
        return raw
    return RawMention(raw.start, raw.end, "day" if raw.kind == "day" else "month",
                {**raw.parts, "y": nxt.parts["y"]})


def update_reference(ctx: Context, raw: RawMention, normalized: str, granularity: str,
                where: tuple[int, int], fronted: bool) -> None:
    """Remember the last dated mention, for "the same month", "that year", bare months."""
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", normalized)
    if not m or granularity not in ("day", "month", "year"):
        if granularity in ("season", "quarter", "half") and normalized[:4].isdigit():
            ctx.ref = (int(normalized[:4]), 0, 0, "year")
        return
    ctx.ref = (int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0), granularity)
    if raw.parts.get("y") is not None and raw.kind in ("day", "month", "year", "season", "qh"):
        ctx.ref_explicit = StoryDate(int(m.group(1)), int(m.group(2) or 0), where[0], where[1], fronted)
        ctx.last_year = int(m.group(1))
