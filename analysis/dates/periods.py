"""Resolving periods: quarters and halves, centuries, decades, seasons and the edges of a year or month.

Split from :mod:`.resolve` (which maps every kind of mention to its resolver); the signatures are the same.
"""
from __future__ import annotations

from typing import Optional

from .frame import Context, looks_back, place_month, story_year
from .scan import RawMention

Resolution = Optional[tuple[str, str]]


def resolve_quarter_or_half(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "the first quarter of 2024": the year (the contract's ISO forms have no "2024-Q1"); "the first half of the
    year" as "the end of the year" (:func:`resolve_edge_of_year`)."""
    y = raw.parts.get("y")
    if y is None:
        rel = raw.parts.get("rel")
        if rel == "the":
            return resolve_edge_of_year(raw, text, ctx, tense_of, where)
        if rel in ("the same", "that"):
            y = ctx.ref[0] if ctx.ref else None
        elif ctx.pub is not None:
            y = ctx.pub.year + {"last": -1, "this": 0, "next": 1}.get(rel, 0)
        if y is None:
            return "", "relative"
    return str(y), "year"


def resolve_century(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "the 20th century": 1900s.  The century of publication named by its ordinal ("21st-century warfare",
    "the biggest catastrophes of the twenty-first century", written in 2024) is "our time", a vague era as "now"
    (left out, as the devset gold leaves it); "the 2000s" is a decade or a century read elsewhere."""
    if raw.parts.get("ordinal") and ctx.pub is not None and raw.parts["c"] == ctx.pub.year // 100:
        return None
    return f"{raw.parts['c']:02d}00s", "century"


def resolve_decade(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    return f"{raw.parts['d']}s", "decade"


def resolve_season(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "the winter of 2022"; "last summer": the latest summer that had begun before publication."""
    p, pub = raw.parts, ctx.pub
    code, s_month = p["code"], p["start"]
    if p["y"] is not None:
        return f"{p['y']}-{code}", "season"
    if p.get("bare"):
        return _resolve_bare_season(p, text, raw.start, ctx, tense_of, where)
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


def _resolve_bare_season(p: dict, text: str, start: int, ctx: Context, tense_of, where) -> Resolution:
    """ "in summer": its year placed as a bare month's (the story's year, else the tense against publication, a
    season still under way being ahead; with neither, a habit, no date); "summer to autumn": the autumn after that
    summer."""
    code, s_month = p["code"], p["start"]
    first = ctx.last_season
    if p.get("after_start") and first is not None and 0 <= start - first[0] <= 30:
        return f"{first[1] + (1 if s_month < p['after_start'] else 0)}-{code}", "season"
    tense = tense_of()
    if not tense and story_year(s_month, None, ctx, tense, where) is None:
        return None         # no tense and no story: a habit ("earning $6,000 by working in the summer"), no date
    # ahead, a season not yet over is this year's ("In spring, the party will meet", written in April): its last
    # month decides (winter's runs into the next year: its first)
    month = s_month + 2 if tense == "future" and s_month <= 10 else s_month
    y = place_month(month, None, ctx, tense, where, looks_back(text, start))
    if y is None:
        return "", "relative"
    return f"{y}-{code}", "season"


def resolve_edge_of_year(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "peaked by the end of the year": in a past-tense story the year being told about;
    otherwise ("will finish by the end of the year") publication's."""
    if ctx.ref and tense_of() == "past":
        return str(ctx.ref[0]), "year"
    return (str(ctx.pub.year), "year") if ctx.pub else ("", "relative")


def resolve_edge_of_month(raw: RawMention, text: str, ctx: Context, tense_of, where) -> Resolution:
    """ "the start of the month": as for the year, the month told about or publication's."""
    if ctx.ref and ctx.ref[1] and tense_of() == "past":
        return f"{ctx.ref[0]}-{ctx.ref[1]:02d}", "month"
    if ctx.pub is None or ctx.pub.month is None:
        return "", "relative"
    return f"{ctx.pub.year}-{ctx.pub.month:02d}", "month"
