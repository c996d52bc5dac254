"""Resolving the deictic mentions: "today", "yesterday", "tomorrow", "tonight" and "N days ago / two years later".

Split from :mod:`.resolve` (one resolver per kind of mention) to keep each file short; the rules are in the
package docstring (:mod:`analysis.dates`).
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional
from ..nlp.cues import reporting_verbs
from .frame import NEWS_DAY_REACH, Context, add_months, iso_week
from .grammar import (FIGURATIVE_TODAY, TODAY_AS_DAY_AFTER, TODAY_AS_DAY_BEFORE, TODAY_EVENT_AFTER, TODAY_EVENT_BEFORE,
                      today_after_past_verb, today_is_present_age, today_is_surely_present)
from .scan import RawMention

Resolution = Optional[tuple[str, str]]     # (normalized, granularity), or None to drop the mention


def resolve_ago_or_later(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    n, unit = raw.parts["n"], raw.parts["unit"]
    if raw.parts["dir"] == "ago" and n is not None and unit in ("day", "week") and ctx.pub is not None \
            and ctx.pub.date is not None and (quoted(text, raw.start) or _reported(text, raw.start)):
        # days ago in words spoken on the story's day count from that day: 'He referred to the fact that two days
        # ago he had a phone conversation' after "on August 14"; '"The fire occurred only 10 days ago," said ...'
        # after "on Friday" (the last day told, else the last news day told, at most three days back)
        day = _story_day(ctx)
        if day is not None:
            day -= _dt.timedelta(days=n * (7 if unit == "week" else 1))
            return (iso_week(day), "week") if unit == "week" else (day.isoformat(), "day")
    within = raw.parts.get("within")
    if within and n is not None and ctx.pub is not None and ctx.pub.month:
        y, mo, d = ctx.pub.year - n, ctx.pub.month, ctx.pub.day
        if within == "month" or not d:                 # (a week of a month-only publication: that month)
            return f"{y}-{mo:02d}", "month"
        if d:
            try:
                return iso_week(_dt.date(y, mo, d)), "week"
            except ValueError:                         # 29 February in a common year
                return iso_week(_dt.date(y, mo, d - 1)), "week"
    return resolve_ago(n, unit, raw.parts["dir"], ctx)


def _reported(text: str, start: int) -> bool:
    """Is ``start`` in reported speech: a reporting verb (lexicons/reporting_verbs.tsv) earlier in its sentence?"""
    lo = max(0, start - 200)
    cut = max(text.rfind(".", lo, start), text.rfind("\n", lo, start), text.rfind("?", lo, start), text.rfind("!", lo, start))
    words = re.findall(r"[a-z]+", text[cut + 1:start].lower())
    verbs = reporting_verbs()
    return any(w in verbs or f"{w} {nxt}" in verbs for w, nxt in zip(words, words[1:] + [""]))


def resolve_deictic(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "today" is the news day, or PRESENT_REF as the present age; "yesterday", "tomorrow", "tonight",
    "last night" are days around publication, unless quoted from an earlier time of the story."""
    word = raw.parts["word"]
    if word in ("today", "tomorrow") and _figurative(text, raw.start):
        return None                                  # "Ukraine today could be East Asia tomorrow"
    if word != "today" and quoted_in_the_past(text, raw.start, ctx):
        return None                                  # '"We met yesterday," he had written' long ago
    if word == "today":
        # "from today to Friday", "earlier today", an event it dates: the day; a quantity now, a comparison: the present.
        as_day = (TODAY_AS_DAY_BEFORE.search(text, max(0, raw.start - 20), raw.start)
                  or TODAY_AS_DAY_AFTER.match(text, raw.end, min(len(text), raw.end + 30)))
        surely_present = not as_day and today_is_surely_present(text, raw.start, raw.end)
        event = not as_day and not surely_present and (TODAY_EVENT_AFTER.match(text, raw.end, min(len(text), raw.end + 40))
                                or TODAY_EVENT_BEFORE.search(text, max(0, raw.start - 30), raw.start)
                                or today_after_past_verb(text, raw.start, raw.end))
        # otherwise the news day ("I'm announcing today", "at 6:04 PM today"), unless it is the present age
        if not (as_day or event) and today_is_present_age(text, raw.start, raw.end):
            return None      # the present age is vague, no date, like "now" (CONVENTIONS.md; gold never requires it)
        if ctx.pub is None or ctx.pub.date is None:
            return "PRESENT_REF", "relative"
        if not as_day and quoted(text, raw.start):
            # quoted words about the story's day: '"Today's vote means ...," he said' after "on Thursday"; the
            # last day told before, else the last news day told ("on Tuesday ... strikes on Jan 19 ... “We offer
            # today ...”" is Tuesday)
            day = _story_day(ctx)
            if day is not None:
                return day.isoformat(), "day"
        return ctx.pub.date.isoformat(), "day"
    if ctx.pub is None or ctx.pub.date is None:
        return "", "relative"
    delta = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2}.get(word, 0)
    # quoted words count from the day they were spoken, as a quoted "today" ('"Our members spoke loud and clear
    # tonight," Holden said' after "voted to strike Thursday")
    day = (_story_day(ctx) if quoted(text, raw.start) else None) or ctx.pub.date
    return (day + _dt.timedelta(days=delta)).isoformat(), "day"


def quoted_in_the_past(text: str, start: int, ctx: Context) -> bool:
    """Is ``start`` inside quoted words while the story is told months before publication?

    '"Meet me Sunday night," he had written', after "in August" in a March article:
    the words were written in the story's week, which is unknown, not publication's.
    """
    ref, pub = ctx.ref, ctx.pub
    if ref is None or pub is None or pub.date is None:
        return False
    if not ref[1]:
        # a year alone sets the story only when it opens its sentence and lies two years back or more
        # ('Twenty-two years ago, a Times article hailed ... "honored him yesterday"'; not "since her 2008 bid")
        if not ctx.ref_fronted or pub.year - ref[0] < 2:
            return False
    elif (pub.year * 12 + pub.month) - (ref[0] * 12 + ref[1]) < 2:
        return False
    return quoted(text, start)


def _story_day(ctx: Context) -> Optional[_dt.date]:
    """The day quoted words were spoken on: the last day told, else the last news day told, at most
    :data:`NEWS_DAY_REACH` days before publication; None when neither."""
    told = _dt.date(*ctx.ref[:3]) if ctx.ref and ctx.ref[2] else None
    for day in (told, ctx.news_day):
        if day is not None and 0 <= (ctx.pub.date - day).days <= NEWS_DAY_REACH:
            return day
    return None


def quoted(text: str, start: int) -> bool:
    """Is ``start`` inside quoted words of its paragraph (at most 1,000 characters back; a bounded window keeps
    the scan linear)?"""
    lo = max(0, start - 1000)
    line = text.rfind("\n", lo, start)
    before = text[line + 1 if line >= 0 else lo:start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _figurative(text: str, start: int) -> bool:
    """Is the "today" or "tomorrow" at ``start`` part of "X today could be Y tomorrow"?"""
    for m in FIGURATIVE_TODAY.finditer(text, max(0, start - 100), min(len(text), start + 100)):
        if m.start() <= start < m.end():
            return True
    return False


def resolve_ago(n: Optional[int], unit: str, direction: str, ctx: Context) -> Optional[tuple[str, str]]:
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
        y, mo = add_months(y, mo, sign * n)
        return f"{y}-{mo:02d}", "month"
    if not (mo and d):
        return "", "relative"
    day = _dt.date(y, mo, d) + _dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
    return (iso_week(day), "week") if unit == "week" else (day.isoformat(), "day")
