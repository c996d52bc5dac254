"""Resolving: raw date mentions to ISO values against the publication date and the story's reference.

One resolver per kind of mention (:data:`RESOLVERS`).  The rules for dates without a year
(the story's year, the nearest tense cue, the three-month window) are in the package
docstring (:mod:`analysis.dates`); :class:`Context` carries what the resolver knows at
each mention: the publication date, the last resolved mention and the last written year.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Callable, Optional
from ..lexicons import load_table
from ..nlp.cues import reporting_verbs
from .deictic import quoted_in_the_past, resolve_ago_or_later, resolve_deictic
from .frame import Context, add_months, iso_day, iso_week, looks_back, place_month
from .grammar import (EARLIEST_BEFORE, NOUN_AFTER_DATE, RANGE_FROM_NOW, WEEKDAY_PAIR_GAP, TENSE_CUE_RE, TENSE_CUES,
                      YEAR_LENDER_GAP)
from .periods import (resolve_century as _resolve_century, resolve_decade as _resolve_decade,
                      resolve_edge_of_month as _resolve_edge_of_month, resolve_edge_of_year as _resolve_edge_of_year,
                      resolve_quarter_or_half as _resolve_quarter_or_half, resolve_season as _resolve_season)
from .scan import RawMention

Resolution = Optional[tuple[str, str]]     # (normalized, granularity), or None to drop the mention
Resolver = Callable[[RawMention, str, Context, Callable[[], str], tuple[int, int]], Resolution]


def _resolve_day(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """A day: its written year, "of last year", or a year placed by :func:`~.frame.place_month`."""
    p, pub = raw.parts, ctx.pub
    y = p["y"]
    if p.get("alt") and pub is not None:
        return _numeric_reading(p, pub)
    if y is None and p.get("year_rel"):
        # "June 16th of last year"
        if pub is None:
            return "", "relative"
        y = pub.year + {"last": -1, "this": 0, "next": 1}[p["year_rel"]]
    if y is None and p.get("dateline") and pub is None:
        return _unknown_year(p["m"], p["d"])         # the day of the report; its year is not the story's
    if y is None:
        y = _named_day(p["m"], p["d"], text, raw.end, ctx) or place_month(
            p["m"], p["d"], ctx, tense_of(), where, looks_back(text, raw.start) or _day_event_followed(text, raw, ctx.pub))
        if y is None:
            return "", "relative"
    iso = iso_day(y, p["m"], p["d"])
    return (iso, "day") if iso else None


def _named_noun(nouns: str) -> re.Pattern:
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(nouns.split("|"), key=len, reverse=True))
    return re.compile(rf"\s+(?:{alt})(?:s|es)?\b", re.IGNORECASE)


# (month, day) -> (year, the nouns of the event after the day): lexicons/date_named_days.tsv
_NAMED_DAYS = {(int(mo), int(d)): (int(y), _named_noun(nouns)) for mo, d, y, nouns in load_table("date_named_days.tsv")}


def _named_day(mo: int, day: int, text: str, end: int, ctx: Context) -> Optional[int]:
    """The year of a day that names an event ("the Sept. 11 attacks", "the Jan. 6 riot"), or None."""
    named = _NAMED_DAYS.get((mo, day))
    if named is None or (ctx.pub is not None and ctx.pub.year < named[0]):
        return None
    return named[0] if named[1].match(text, end, min(len(text), end + 30)) else None


def _numeric_reading(p: dict, pub) -> Resolution:
    """ "11/12/2024", both orders possible: the reading that is the publication day, else the one in its
    month, else the latest on or before it, else day-month (international order)."""
    first = iso_day(p["y"], p["m"], p["d"])
    second = iso_day(p["y"], p["alt"][0], p["alt"][1])
    readings = [r for r in (first, second) if r]
    if pub.month is not None:
        same_month = [r for r in readings if r.startswith(f"{pub.year}-{pub.month:02d}")]
        if pub.date is not None:
            exact = [r for r in readings if r == pub.date.isoformat()]
            if exact:
                return exact[0], "day"
            before = [r for r in readings if r <= pub.date.isoformat()]
            if same_month or before:
                return max(same_month or before), "day"
        elif len(same_month) == 1:
            return same_month[0], "day"
    return (first, "day") if first else None


def _resolve_month(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "August 2022"."""
    return f"{raw.parts['y']}-{raw.parts['m']:02d}", "month"


def _resolve_bare_month(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "in September": the year placed by :func:`~.frame.place_month`."""
    mo, end = raw.parts["m"], raw.parts.get("range_end")
    y = place_month(end or mo, None, ctx, tense_of(), where, looks_back(text, raw.start))
    if y is None:
        return "", "relative"
    if end and mo > end:
        y -= 1                                      # "November-February": the November before
    return f"{y}-{mo:02d}", "month"


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
    if rel in ("prefix-the following", "prefix-the preceding") and ctx.ref is not None:
        # "In 2025, employees will be asked ... from the following January": the first January after the story's
        # time (a year told alone ends before it), not after publication
        y, rm = ctx.ref[0], ctx.ref[1] if ctx.ref[3] != "year" else None
        if rel == "prefix-the following":
            return f"{y + 1 if rm is None or mo <= rm else y}-{mo:02d}", "month"
        return f"{y - 1 if rm is None or mo >= rm else y}-{mo:02d}", "month"
    if pub is None:
        return "", "relative"
    if rel in ("last", "this", "next"):                 # "April last year"
        return f"{pub.year + {'last': -1, 'this': 0, 'next': 1}[rel]}-{mo:02d}", "month"
    # "last June": the latest June strictly before publication; "next June" the first after.
    word = {"the following": "next", "the preceding": "previous"}.get(rel.split("-", 1)[1], rel.split("-", 1)[1])
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
    if ctx.ref and ctx.ref[1] and p["unit"] == "month":
        return f"{y}-{ctx.ref[1]:02d}", "month"
    # "the same period in 2020", "the same time last year": the period is not named (the months of the story may
    # be several, "January-October"), so the year; a month would be made up
    if ctx.ref and ctx.ref[2] and p["unit"] == "day":
        iso = iso_day(y, ctx.ref[1], ctx.ref[2])
        return (iso, "day") if iso else None
    return str(y), "year"


def _resolve_unit_relative(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "last week", "this month", "the previous year": see :func:`_resolve_unit_rel`; a deictic
    week or day inside quoted words of an earlier time of the story is left out."""
    if (raw.parts["unit"] in ("week", "day") and not raw.parts.get("anaphoric")
            and quoted_in_the_past(text, raw.start, ctx)):
        return None
    return _resolve_unit_rel(raw.parts["rel"], raw.parts["unit"], ctx)


def _step_from(y: int, mo: Optional[int], d: Optional[int], unit: str, step: int) -> Resolution:
    """The date ``step`` years, months, weeks or days (``unit``) from the anchor ``y``-``mo``-``d``, as
    precise as the unit; None when the anchor is not precise enough (no month for a month; no month or
    day for a week or a day)."""
    if unit == "year":
        return str(y + step), "year"
    if unit == "month":
        if not mo:
            return None
        y, mo = add_months(y, mo, step)
        return f"{y}-{mo:02d}", "month"
    if not (mo and d):
        return None
    day = _dt.date(y, mo, d) + _dt.timedelta(days=step * (7 if unit == "week" else 1))
    return (iso_week(day), "week") if unit == "week" else (day.isoformat(), "day")


def _resolve_step(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "the week before", "the day after", "earlier in the day": a step from the date last told;
    left out when that date is not precise enough."""
    unit, step, ref = raw.parts["unit"], raw.parts["step"], ctx.ref
    if step == 0 and (ref is None or not ref[2]):          # "earlier in the day", nothing told yet
        if ctx.pub is None or ctx.pub.date is None or ref is not None and unit == "day":
            return None
        return (ctx.pub.date.isoformat(), "day") if unit == "day" else (iso_week(ctx.pub.date), "week")
    if ref is None:
        # nothing told yet: a step from the news day, as "earlier in the day" ("As a reminder, the day before,
        # Zelenskyy said ..." in a report with no date of its own)
        if ctx.pub is None or ctx.pub.date is None:
            return None
        return _step_from(ctx.pub.year, ctx.pub.month, ctx.pub.day, unit, step)
    y, mo, d, _ = ref
    return _step_from(y, mo, d, unit, step)


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
    if rel is None and quoted_in_the_past(text, raw.start, ctx):
        return None
    today = ctx.pub.date
    back = (today.isoweekday() - wd) % 7
    ahead = (wd - today.isoweekday()) % 7
    if raw.parts.get("week") is not None:                 # "on Tuesday next week"
        day = today + _dt.timedelta(days=7 * raw.parts["week"] + wd - today.isoweekday())
    elif rel in ("last", "past"):
        day = today - _dt.timedelta(days=back or 7)
    elif rel is None and EARLIEST_BEFORE.search(text, max(0, raw.start - 20), raw.start):
        day = today + _dt.timedelta(days=ahead)      # "as early as Thursday", "no later than Monday" (no baseline)
    elif rel is None and (looks_back(text, raw.start) or _event_followed(text, raw)):
        day = today - _dt.timedelta(days=back)      # a baseline: "will go up ... from the Wednesday estimate of 36";
                                                    # the event a clause follows: "will intensify after Wednesday's summit"
    elif rel in ("next", "coming"):
        day = today + _dt.timedelta(days=ahead or 7)
    elif rel is None and (paired := _paired_weekday(text, raw, ctx)) is not None:
        if isinstance(paired, _dt.date):              # the end of a range: the first such day after its start
            day = paired + _dt.timedelta(days=(wd - paired.isoweekday()) % 7 or 7)
        elif paired == "today":                       # joined to publication day itself ("would be visiting on
            # Wednesday and Thursday", written on the Wednesday): neither side of it, so the tense tells
            day = today + _dt.timedelta(days=ahead) if tense_of() == "future" else today - _dt.timedelta(days=back)
        else:
            day = today + _dt.timedelta(days=ahead) if paired else today - _dt.timedelta(days=back)
    elif rel is None and tense_of() != "future" and _future_time_clause(text, raw.start):
        day = today + _dt.timedelta(days=ahead)      # "will change when the report ... is published on Monday"
    elif tense_of() == "future" and back < ahead and _future_in_past(text, raw.start):
        day = today - _dt.timedelta(days=back)       # 'said troops would arrive by Friday' (written on Saturday)
    elif tense_of() == "future" or not tense_of() and _future_after(text, raw.end):
        day = today + _dt.timedelta(days=ahead)      # "Monday's debate in New York will be his first"
    elif not tense_of() and wd in ctx.weekday_days:
        day = ctx.weekday_days[wd]    # no cue of its own: the same weekday as told before ("Wednesday's mission")
    else:
        day = today - _dt.timedelta(days=back)
    ctx.last_weekday = (raw.end, day > today if day != today else "today", day)
    ctx.weekday_days[wd] = day
    return day.isoformat(), "day"


# "after Wednesday's summit", "following Tuesday's collapse": an event named by its day, which the clause follows.
_FOLLOWED_EVENT_BEFORE = re.compile(r"\b(?:after|following|since)[ \t]+\Z", re.IGNORECASE)


def _event_followed(text: str, raw: RawMention) -> bool:
    """Is the weekday the possessive of an event that its clause follows ("fears are likely to intensify after
    Wednesday's summit")?  The event is told as known, so it lies on or before publication, whatever the verb."""
    return (text[raw.start:raw.end].endswith(("'s", "’s")) or text.startswith(("'s", "’s"), raw.end)) \
        and _FOLLOWED_EVENT_BEFORE.search(text, max(0, raw.start - 12), raw.start) is not None


# "after the March 28 Russian veto", "since the Oct. 7 attack": an event named by its day, which the clause follows.
KNOWN_EVENT_REACH = 31          # days before publication within which such a day is the one just past
_FOLLOWED_DAY_BEFORE = re.compile(r"\b(?:after|following|since)[ \t]+the[ \t]+\Z", re.IGNORECASE)


def _day_event_followed(text: str, raw: RawMention, pub) -> bool:
    """Is the day an event's modifier that its clause follows ("will be greatly reduced after the March 28 Russian
    veto"), and did that day fall within the month before publication?  Such an event is told as known, so it lies
    on or before publication, whatever the verb; a day further back is more likely the next one ("the final will
    be played after the June 30 semifinal", written in June), placed by the tense as any date is."""
    if pub is None or not (_FOLLOWED_DAY_BEFORE.search(text, max(0, raw.start - 16), raw.start)
                           and NOUN_AFTER_DATE.match(text, raw.end, min(len(text), raw.end + 30))):
        return False
    ref = pub.date or (_dt.date(pub.year, pub.month, 1) if pub.month else None)
    mo, d = raw.parts["m"], raw.parts["d"]
    if ref is None or iso_day(ref.year, mo, d) is None:
        return False
    day = _dt.date(ref.year, mo, d)
    if day > ref:
        day = _dt.date(ref.year - 1, mo, d) if iso_day(ref.year - 1, mo, d) else None
    return day is not None and (ref - day).days <= KNOWN_EVENT_REACH


# "... will change when the report ... is published on Monday": a present tense in a clause of time under a
# future main verb tells a future event.
_FUTURE_TIME_CLAUSE = re.compile(
    r"\b(?:will|shall)\b[^.!?;\n]*?\b(?:when|once|until|as[ \t]+soon[ \t]+as)\b(?P<clause>[^.!?;\n]*)\Z", re.IGNORECASE)
_PRESENT_VERB = re.compile(r"\b(?:is|are|gets|get|begins?|opens?|starts?|comes?|meets?|arrives?)\b", re.IGNORECASE)
# after the present verb, another clause ("once the body arrives, which happened on Tuesday") owns the date
_PAST_AUX = re.compile(r"[,;(]|\b(?:was|were|had|did|said|which|who|that)\b", re.IGNORECASE)


def _future_time_clause(text: str, start: int) -> bool:
    """Does the weekday sit in a clause of time ("when", "once", "until") with a present verb, under a "will" earlier
    in its sentence?"""
    lo = max(text.rfind(c, max(0, start - 300), start) for c in ".!?\n") + 1
    m = _FUTURE_TIME_CLAUSE.search(text, lo, start)
    verbs = list(_PRESENT_VERB.finditer(m.group("clause"))) if m else []
    # the present verb is the date's own: close before it, with no past auxiliary between
    return bool(verbs) and len(m.group("clause")) - verbs[-1].end() <= 40 \
        and _PAST_AUX.search(m.group("clause"), verbs[-1].end()) is None


def _future_in_past(text: str, start: int) -> bool:
    """Is the future cue governing a weekday a "would" of reported speech, after a past reporting verb in its
    sentence ("France said 1,000 more police would arrive by Friday")?  That future is seen from the time of the
    report, not from publication: the weekday is the one nearest publication, on either side."""
    cues = [m for m in TENSE_CUE_RE.finditer(text, max(0, start - 70), start) if m.group(0) != "May"]
    if not cues or cues[-1].group(0).lower() != "would":
        return False
    would = cues[-1].start()
    if any(c in text[would:start] for c in ".!?\n"):
        return False
    stop = max(text.rfind(c, max(0, would - 200), would) for c in ".!?\n")
    verbs = reporting_verbs()
    return any(w in verbs and (TENSE_CUES.get(w) == "past" or w.endswith("ed"))
               for w in re.findall(r"[a-z]+", text[stop + 1:would].lower()))


def _paired_weekday(text: str, raw: RawMention, ctx: Context):
    """Is the weekday joined to the weekday told just before it ("Monday night or Tuesday")?  Then whether
    that one lay ahead of publication ("today" when it was publication day itself), or, when it closes a range
    from it ("from Sunday to Tuesday"), that one's day, which it follows; None when it is not joined."""
    if ctx.last_weekday is None:
        return None
    end, ahead, day = ctx.last_weekday
    gap = WEEKDAY_PAIR_GAP.fullmatch(text, end, raw.start) if 0 <= raw.start - end <= 20 else None
    if gap is None:
        return None
    return day if gap.group("range") else ahead


def _resolve_day_of_month(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "on the 20th": that day of publication's month when it is not after publication, else of the month
    before (the next month's after a future cue).  Without a publication day it is left out."""
    if ctx.pub is None or ctx.pub.date is None:
        return None
    today, d = ctx.pub.date, raw.parts["d"]
    y, mo = today.year, today.month
    rel = raw.parts.get("rel")
    if rel:             # "the 24th of last month"
        y, mo = add_months(y, mo, {"last": -1, "this": 0, "next": 1}[rel])
        iso = iso_day(y, mo, d)
        return (iso, "day") if iso else None
    future = tense_of() == "future"
    if d > today.day and not future:
        y, mo = add_months(y, mo, -1)
    elif d < today.day and future:
        y, mo = add_months(y, mo, 1)
    iso = iso_day(y, mo, d)
    return (iso, "day") if iso else None


def _resolve_weekend(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "over the weekend", "last weekend": the ISO week of the latest Saturday and Sunday on or before publication
    ("the weekend", "this weekend" with a future verb, "next weekend": the coming one).  Needs a publication day,
    as a weekday does."""
    if ctx.pub is None or ctx.pub.date is None or quoted_in_the_past(text, raw.start, ctx):
        return None
    rel, today = raw.parts["rel"], ctx.pub.date
    saturday = today + _dt.timedelta(days=6 - today.isoweekday())      # the Saturday of publication's week
    on_weekend = today.isoweekday() >= 6
    if rel in ("last", "past", "this past", "the past"):
        day = saturday - _dt.timedelta(days=7)
    elif rel in ("next", "coming", "the coming"):
        day = saturday + _dt.timedelta(days=7) if on_weekend else saturday
    else:                                            # "the weekend", "this weekend": by the tense
        day = saturday if on_weekend or tense_of() == "future" else saturday - _dt.timedelta(days=7)
    return iso_week(day), "week"


_WEAK_FUTURE = frozenset(("could", "might", "may", "would", "possible", "potential", "likely to"))


def _future_after(text: str, end: int) -> bool:
    """A future cue soon after a weekday with no cue before it, in its sentence: "Monday's debate ... will be"."""
    window = text[end:min(len(text), end + 60)]
    stop = re.search(r"[.;!?]", window)
    m = TENSE_CUE_RE.search(window, 0, stop.start() if stop else len(window))
    if m is None:
        return False
    cue = re.sub(r"\s+", " ", m.group(0).lower())
    return TENSE_CUES.get(cue) == "future" and cue not in _WEAK_FUTURE   # "might not move mountains": no plan


# One resolver per kind of raw mention (the kinds :mod:`.scan` gives).
RESOLVERS: dict[str, Resolver] = {
    "day": _resolve_day, "month": _resolve_month, "month_bare": _resolve_bare_month,
    "month_rel": _resolve_relative_month, "year": _resolve_year, "old_year": _resolve_year, "same": _resolve_same_period,
    "qh": _resolve_quarter_or_half, "century": _resolve_century, "decade": _resolve_decade,
    "season": _resolve_season, "edge_year": _resolve_edge_of_year, "edge_month": _resolve_edge_of_month,
    "unit_rel": _resolve_unit_relative, "ago": resolve_ago_or_later, "deictic": resolve_deictic,
    "ref": _resolve_reference, "weekday": _resolve_weekday, "weekend": _resolve_weekend, "unit_step": _resolve_step,
    "nth_day": _resolve_day_of_month,
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
        # in ("last year" PAST_REF, "next month" FUTURE_REF); a month or day with no year to be
        # told stays a row, its granularity kept and its value empty (the contract's values are
        # all calendar forms: a reader sees the words, nothing downstream parses a made-up year).
        direction = _DIRECTION_WORDS.search(text, raw.start, raw.end)
        if direction:
            return _DIRECTIONS[direction.group(0).lower()], "relative"
        if raw.kind in ("day", "month_bare") and raw.parts.get("y") is None and not raw.parts.get("year_rel"):
            return _unknown_year(raw.parts["m"], raw.parts.get("d"))
        return None
    return resolved


def _unknown_year(mo: int, day: Optional[int]) -> Resolution:
    """A month (and day) whose year cannot be told: no value (DESIGN.md's ``normalized`` forms all
    carry a year; TIMEX's "XXXX-11-12" is not one of them), the granularity kept."""
    return ("", "day") if day else ("", "month")


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
        return _step_from(y, mo, d, unit, step)
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
        y, mo = add_months(pub.year, pub.month, step)
        return f"{y}-{mo:02d}", "month"
    if unit == "week":
        if pub.date is None:
            # published "2023-09": some week of September, which one cannot be told; left out as a weekday
            # is (no publication at all: the direction, "last week" PAST_REF)
            return None
        return iso_week(pub.date + _dt.timedelta(days=7 * step)), "week"
    return None


ANAPHORIC_KINDS = frozenset({"same"})


def lend_year(text: str, raw: RawMention, nxt: Optional[RawMention]) -> RawMention:
    """A month or day without a year takes the written year of the date right after it; a month opening a range
    closed by a month of a relative year takes that year ("in May to August last year": May of last year too)."""
    if (nxt is not None and raw.kind == "month_bare" and nxt.kind == "month_rel" and raw.parts.get("range_end") is None
            and not nxt.parts["rel"].startswith("prefix-") and raw.parts["m"] <= nxt.parts["m"]
            and _RANGE_GAP.fullmatch(text, raw.end, nxt.start)):
        return RawMention(raw.start, raw.end, "month_rel", {"m": raw.parts["m"], "rel": nxt.parts["rel"]})
    if (nxt is None or raw.kind not in ("day", "month_bare") or raw.parts.get("y") is not None
            or nxt.parts.get("y") is None or nxt.kind not in ("day", "month", "year", "season")
            or nxt.start - raw.end > 25):
        return raw
    if not YEAR_LENDER_GAP.fullmatch(text, raw.end, nxt.start):
        return raw
    return RawMention(raw.start, raw.end, "day" if raw.kind == "day" else "month",
                {**raw.parts, "y": nxt.parts["y"]})


# What joins the two months of a range: "May to August last year", "between March and June last year".
_RANGE_GAP = re.compile(r"[ \t]*(?:-|–|—|to|and|until|till|through)[ \t]*")
