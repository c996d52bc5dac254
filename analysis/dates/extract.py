"""The date extractor: text in, :class:`~analysis.records.DateMention` records out, in text order."""
from __future__ import annotations

import bisect
import re
from typing import Optional, Sequence

from ..records import DateMention, Sentence
from ..text import split_sentences
from .grammar import ASIDE_AFTER, ASIDE_BEFORE, NOUN_AFTER_DATE, opens_sentence
from .frame import DATELINE_REACH, Context, dateline_publication, is_dateline, parse_published, tense, update_reference
from .resolve import ANAPHORIC_KINDS, lend_year, resolve
from .scan import RawMention, scan

def extract_dates(text: str, *, article_id: str = "", published: Optional[str] = None,
                  sentences: Optional[Sequence[Sentence]] = None) -> list[DateMention]:
    """Date mentions in ``text``, normalised against ``published`` (ISO), sorted by start.

    >>> [(d.text, d.normalized, d.granularity) for d in extract_dates(
    ...     "Kim met Putin in April last year; trade fell in February.", published="2020-05")]
    [('April last year', '2019-04', 'month'), ('February', '2020-02', 'month')]
    >>> [d.text for d in extract_dates("Beijing may be concerned. Seoul may use this point.")]
    []
    """
    return _extract(text, article_id=article_id, published=published, sentences=sentences)


def _extract(text: str, *, article_id: str = "", published: Optional[str] = None,
             sentences: Optional[Sequence[Sentence]] = None, lenient: bool = False) -> list[DateMention]:
    if not text:
        return []
    if sentences is None:
        sentences = split_sentences(text, article_id=article_id)
    starts = [s.start for s in sentences]
    ctx = Context(parse_published(published))
    out: list[DateMention] = []
    raws = list(scan(text, lenient))
    years = {r.parts["y"] for r in raws if r.parts.get("y") is not None and r.kind in _WRITTEN_YEAR_KINDS}
    ctx.only_year = years.pop() if len(years) == 1 else None
    raws = _mark_dateline(text, raws, ctx)
    raws = _weekdays_glossed(text, raws)
    for index, raw in enumerate(raws):
        raw = lend_year(text, raw, raws[index + 1] if index + 1 < len(raws) else None)
        i = bisect.bisect_right(starts, raw.start) - 1
        sent = sentences[i] if i >= 0 and raw.start < sentences[i].end else None
        sentence_id = sent.sentence_id if sent else -1
        lo, hi = (sent.start, sent.end) if sent else (max(0, raw.start - 100), min(len(text), raw.end + 50))
        tense_cache: list[str] = []

        def tense_of(raw=raw, lo=lo, hi=hi, cache=tense_cache) -> str:
            if not cache:
                cache.append(tense(text, raw.start, raw.end, lo, hi))
            return cache[0]

        where = (sentence_id, sent.paragraph if sent else -1)
        resolved = resolve(raw, text, ctx, tense_of, where)
        if resolved is None:
            continue
        normalized, granularity = resolved
        if raw.kind not in ANAPHORIC_KINDS and not raw.parts.get("anaphoric"):
            # "the previous month" and "the same year" point back; they must not move the
            # reference that the next "the same month of last year" points to.
            update_reference(ctx, raw, normalized, granularity, where, opens_sentence(text, lo, raw.start),
                             _aside(text, lo, raw))
        out.append(DateMention(article_id, raw.start, raw.end, text[raw.start:raw.end],
                               normalized, granularity, sentence_id))
    out.sort(key=lambda d: (d.start, d.end))
    return out


_WRITTEN_YEAR_KINDS = frozenset({"day", "month", "year", "season", "qh"})


def _mark_dateline(text: str, raws: list[RawMention], ctx: Context) -> list[RawMention]:
    """The first day mention, if it is a wire dateline ("SEOUL, Nov. 12 (Yonhap) --"), is marked so:
    it never borrows a year from the story, and it gives the article's day when the publication date
    lacks one (``published`` "2024" and "Nov. 12" -> 2024-11-12, so "on Tuesday" can be told)."""
    for index, raw in enumerate(raws):
        if raw.start >= DATELINE_REACH:
            break
        if raw.kind != "day" or not is_dateline(text, raw.start, raw.end):
            continue
        found = dateline_publication(ctx.pub, raw.parts.get("y"), raw.parts["m"], raw.parts["d"])
        if found is not None:
            ctx.pub = found
        return raws[:index] + [RawMention(raw.start, raw.end, raw.kind, {**raw.parts, "dateline": True})] + raws[index + 1:]
    return raws


def _aside(text: str, lo: int, raw: RawMention) -> bool:
    """Does the written date sit in an aside that dates a thing (", created in 2009,"), or is it a year premodifying
    a noun after a determiner ("Sinner, the 2022 Wimbledon runner-up, ... tests in March": the title's year, not the
    sentence's story)?"""
    if raw.parts.get("y") is None:
        return False
    if raw.kind == "year" and _ATTRIBUTIVE_YEAR_BEFORE.search(text, max(lo, raw.start - 12), raw.start) \
            and NOUN_AFTER_DATE.match(text, raw.end, min(len(text), raw.end + 30)):
        return True
    return (ASIDE_AFTER.match(text, raw.end, min(len(text), raw.end + 3)) is not None
            and ASIDE_BEFORE.search(text, max(lo, raw.start - 80), raw.start) is not None)


# "the 2022 Wimbledon runner-up", "its 2019 report": a determiner before the year, a noun (grammar.NOUN_AFTER_DATE)
# after it.
_ATTRIBUTIVE_YEAR_BEFORE = re.compile(r"(?<![\w'’])(?:the|a|an|its|his|her|their|our)[ \t]+\Z", re.IGNORECASE)


_GLOSS_GAP = re.compile(r"[ \t]*\([ \t]*")


def _weekdays_glossed(text: str, raws: list[RawMention]) -> list[RawMention]:
    """ "on Thursday (Nov. 21)": the weekday is the day written after it in brackets (a linear pass)."""
    out = list(raws)
    for i in range(len(raws) - 1):
        wd, day = raws[i], raws[i + 1]
        if wd.kind == "weekday" and day.kind == "day" and _GLOSS_GAP.fullmatch(text, wd.end, day.start):
            out[i] = RawMention(wd.start, wd.end, "day", {k: v for k, v in day.parts.items() if k != "dateline"})
    return out


def resolve_date(expression: str, published: Optional[str]) -> Optional[tuple[str, str]]:
    """``(normalized, granularity)`` of the date in ``expression``, or None if it has none.

    Bare month names are read as months here ("May" alone is the month).

    >>> resolve_date("last year", "2020-05-17")
    ('2019', 'year')
    >>> resolve_date("in September", "2022-09-30")
    ('2022-09', 'month')
    >>> resolve_date("the post-Cold War period", "2022-09-30") is None
    True
    """
    mentions = _extract(expression or "", published=published, lenient=True)
    if not mentions:
        return None
    best = max(mentions, key=lambda d: (d.end - d.start, -d.start))
    return best.normalized, best.granularity
