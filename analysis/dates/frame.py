"""The time frame a date is read in: the publication date, the story's dates and the tense.

A month or day written without a year ("in November", "on May 9") is placed here
(:func:`place_month`): the story's year first (:func:`story_year`, the last date written with
its year, checked against the tense and the publication date), then the publication date
and the nearest tense cue (:func:`tense`).  :class:`Context` carries what is known at each
mention; :func:`update_reference` moves it on after each resolved mention.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Optional
from .grammar import (ADJECTIVE_BEFORE, BASELINE, CHANGE_BEFORE, FUTURE_INFINITIVE, PASSIVE_BEFORE, PLAN_ADJECTIVES,
                      RELATIVE_AFTER, SINCE, TENSE_CUE_RE, TENSE_CUES, opens_sentence)
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


def iso_day(y: int, m: int, d: int) -> Optional[str]:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


def iso_week(day: _dt.date) -> str:
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
    aside: bool = False     # it dates a thing in an aside (", created in 2009,"), not the sentence's story


# How far before publication the day of the news may lie (a report published the next morning, a weekend
# edition): "today" in the words quoted from that day is that day.
NEWS_DAY_REACH = 3


@dataclass
class Context:
    """What the resolver knows at a mention: publication, tense, the last reference."""

    pub: Optional[_Pub]
    ref: Optional[tuple[int, int, int, str]] = None        # (year, month, day, granularity)
    ref_explicit: Optional[StoryDate] = None               # the last date with a written year
    last_year: Optional[int] = None                       # last written year anywhere in the text
    only_year: Optional[int] = None                       # the one year written in the text, if all agree
    ref_fronted: bool = False                             # the last reference opens its sentence ("Twenty years ago, ...")
    last_season: Optional[tuple[int, int]] = None         # (end, year) of the last season told ("summer to autumn")
    last_weekday: Optional[tuple] = None                  # (end, ahead? or "today", day) of the last weekday told
    weekday_days: dict = field(default_factory=dict)      # ISO weekday -> the day it was last read as
    news_day: Optional[_dt.date] = None                   # the last day told up to three days before publication


def tense(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """'future', 'past' or '' (no cue) from the nearest tense cue around ``start:end``.

    The verb governing a date usually comes before it ("would resume in September");
    only a date that opens its sentence ("In September, trade will ...") looks ahead.
    """
    own = _relative_clause_tense(text, end, hi) or _own_verb_tense(text, start, end, lo, hi)
    if own:
        return own                                # "the shift in March which exited negative rates"
    best, plan = None, False
    # a semicolon closes the clause whose verb could govern the date ("opens on Thursday; on Monday the envoy left")
    semicolon = text.rfind(";", max(lo, start - 70), start)
    for m in TENSE_CUE_RE.finditer(text, max(lo, start - 70, semicolon + 1), start):
        if m.group(0) == "May":                   # the month, not the modal
            continue
        if _EPISTEMIC_BE.match(text, m.end(), start) and _EARLIER_EVENT.search(text, m.end(), start):
            continue                              # "what could be its first test after ... launches in January": a
                                                  # guess about now, the date is of what came before it ("might be a
                                                  # turning point in January" still looks ahead)
        # A passive participle ("due to be published") defers to its auxiliary; a participle after a
        # determiner or a possessive is an adjective ("a designated day", "the government's planned tax cut"),
        # no verb, though one of plan looks ahead ("the planned tax cut in June").
        word = m.group(0).lower()
        # an irregular participle after "be" is as passive as a regular one: "is expected to be made by June",
        # "will be held in mid-January"
        if ((word.endswith("ed") or TENSE_CUES.get(word) == "past")
                and PASSIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue
        if word.endswith("ed") and ADJECTIVE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            if word in PLAN_ADJECTIVES:
                best, plan = m, True
            continue
        best, plan = m, False
    if plan:
        # "the planned tax cut in June" looks ahead, unless its own verb follows in the past: "The proposed cuts
        # in March were rejected"
        stop = re.search(r"[,;:.!?]", text[end:min(hi, end + 40)])
        after = TENSE_CUE_RE.search(text, end, end + stop.start() if stop else min(hi, end + 40))
        if after is not None and TENSE_CUES.get(re.sub(r"\s+", " ", after.group(0).lower()), "past") == "past":
            return "past"
        return "future"
    possessive = text.startswith(("'s", "’s"), end) or text.endswith(("'s", "’s"), start, end)
    if best is None and opens_sentence(text, lo, start) and not possessive:
        best = TENSE_CUE_RE.search(text, end, min(hi, end + 60))
    if best is None:
        return _distant_future(text, start, lo, semicolon)
    cue = re.sub(r"\s+", " ", best.group(0).lower())
    found = TENSE_CUES.get(cue, "past")
    if found == "past" and best.end() <= start and FUTURE_INFINITIVE.search(text, best.end(), start):
        return "future"     # "identified three companies for the program to run through June"
    return found


# A modal before "be" and a noun phrase judges the present: "what could be its first test", "it may be the last".
_EPISTEMIC_BE = re.compile(r"[ \u00a0]+be[ \u00a0]+(?:its|the|a|an|his|her|their|our|this|that|one|another)\b",
                           re.IGNORECASE)
_EARLIER_EVENT = re.compile(r"\b(?:after|since|following)\b", re.IGNORECASE)
_OWN_VERB_AFTER = re.compile(r"[ \u00a0]+(?P<verb>[a-z]+)\b")


# A clause boundary between a distant verb and the date: a conjunction or a dash starts another clause.
_CLAUSE_GAP = re.compile(r"[—–]|\b(?:and|but|while|whereas|after|before|when|as|because|since|until|which|who|that)\b",
                         re.IGNORECASE)
DISTANT_REACH = 160


def _distant_future(text: str, start: int, lo: int, semicolon: int) -> str:
    """'future' when no cue is near the date but the verb of its clause, further back, is a future one: a long
    object between them ("a rocket will launch the Crew-10 Dragon from Launch Complex 39A at Kennedy Space
    Center in Florida on Wednesday"). Only a future cue with no clause boundary in between counts; anything
    else leaves the date without a cue, as before."""
    window_lo = max(lo, start - DISTANT_REACH, semicolon + 1)
    last = None
    for m in TENSE_CUE_RE.finditer(text, window_lo, max(window_lo, start - 70)):
        if m.group(0) != "May":
            last = m
    if last is None or TENSE_CUES.get(re.sub(r"\s+", " ", last.group(0).lower())) != "future":
        return ""
    if _CLAUSE_GAP.search(text, last.end(), start) or any(c in text[last.end():start] for c in ",.!?:()\"“”"):
        return ""
    return "future"


def _own_verb_tense(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The tense of the verb right after "on <day>" between a subject and its verb, wire style: "China and
    Russia on December 17 proposed ...", "Kim on Monday will visit ..."; it governs the date, not a verb of a
    clause before ("... if Kim resumes hostility, China and Russia on December 17 proposed")."""
    if not _ON_BEFORE_RE.search(text[max(lo, start - 4):start]) and not text[start:end].lower().startswith("on "):
        return ""
    m = _OWN_VERB_AFTER.match(text, end, min(hi, end + 30))
    if m is None:
        return ""
    verb = m.group("verb")
    found = TENSE_CUES.get(verb, "")
    if not found and re.fullmatch(r"[a-z]{3,}ed", verb):
        found = "past"
    return found


def _relative_clause_tense(text: str, end: int, hi: int) -> str:
    """The tense of a relative clause right after a date, the date's own clause ("in March which exited",
    "in June that will decide"); '' when none follows or its verb tells no tense."""
    m = RELATIVE_AFTER.match(text, end, min(hi, end + 40))
    if m is None:
        return ""
    verb = re.sub(r"\s+", " ", m.group("verb").lower())
    found = TENSE_CUES.get(verb) or TENSE_CUES.get(verb.split(" ")[0])
    if not found and re.fullmatch(r"[a-z]{3,}ed", verb.split(" ")[0]):
        found = "past"
    if found == "future" and m.group("comma"):
        return ""                # "the talks in March, which will resume in June": the talks' clause, not March's
    return found or ""


def _days_to_next(mo: int, day: int, today: _dt.date) -> Optional[int]:
    """Days from ``today`` to the next ``mo``-``day`` on or after it (None if no such day)."""
    for year in (today.year, today.year + 1, today.year + 4):
        iso = iso_day(year, mo, day)
        if iso and _dt.date.fromisoformat(iso) >= today:
            return (_dt.date.fromisoformat(iso) - today).days
    return None


RECENT_DAY_REACH = 31      # days back within which a day-month after a future verb is still the recent one


def _days_since_last(mo: int, day: int, today: _dt.date) -> int:
    """Days from the latest ``mo``-``day`` strictly before ``today`` to ``today`` (a large number if none)."""
    for year in (today.year, today.year - 1, today.year - 4):
        iso = iso_day(year, mo, day)
        if iso and _dt.date.fromisoformat(iso) < today:
            return (today - _dt.date.fromisoformat(iso)).days
    return 10 ** 6


def story_year(mo: int, day: Optional[int], ctx: Context, tense: str, where: tuple[int, int]) -> Optional[int]:
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
    if story.sentence == where[0] and not story.aside:
        # "from June 2023 to May", "began in October 2023 and ended in February": an earlier month told after
        # a later one follows it, unless that would pass publication
        if story.month and mo < story.month and not _after_publication(story.year + 1, mo, day, pub):
            return story.year + 1
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


def _after_publication(year: int, mo: int, day: Optional[int], pub: Optional[_Pub]) -> bool:
    """Would ``year``-``mo``(-``day``) fall after the publication date (unknown: no)?"""
    if pub is None:
        return False
    if pub.month is None:
        return year > pub.year
    return (year, mo, day or 0) > (pub.year, pub.month, pub.day or 0 if day else 0)


def place_month(mo: int, day: Optional[int], ctx: Context, tense: str, where: tuple[int, int],
                 since: bool) -> Optional[int]:
    """The year of a month (and day) written without one; None when it cannot be told.

    ``where`` is ``(sentence_id, paragraph)`` of the mention.  The story's year first
    (:func:`story_year`), then the publication date and the tense.
    """
    year = story_year(mo, day, ctx, "past" if since and tense == "future" else tense, where)
    if year is not None:
        return year
    pub = ctx.pub
    if pub is None:
        # No publication date: the one year the article writes, when all its written years agree
        # (never the clock); otherwise the year stays unknown (resolve leaves its value empty).
        return ctx.only_year
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
    elif tense == "future" and not since and _days_since_last(mo, day, pub.date) <= RECENT_DAY_REACH:
        # A future verb, but the day-month fell in the days just before publication: the date is of a thing
        # done ("READERS will be aware of the announcement on January 19", written 25 January), not of the same
        # day a year on, which news would write with its year (the mirror of the rule above).
        tense = "past"
    if tense == "future":
        return pub.year + 1 if before else pub.year
    return pub.year - 1 if after else pub.year


# A wire dateline: "SEOUL, Nov. 12 (Yonhap) --", "VOSTOCHNY, September 13. /TASS/.", "May 15 (UPI) --",
# "TOKYO, Nov 12 (KUNA) --", "Pyongyang, November 12 (KCNA) --", "MOSCOW. Nov 12 (Interfax) -": a line that
# opens with a capitalised place (optional) and the date, then the agency in brackets or slashes, or a dash.
_PLACE = r"[A-Z][A-Za-z.'’-]{0,25}(?:[ \t]+[A-Z][A-Za-z.'’-]{0,25}){0,3}"     # "SEOUL", "Pyongyang", "UNITED NATIONS"
_DATELINE_BEFORE = re.compile(rf"(?:^|\n)[ \t]*(?P<place>{_PLACE}(?:,[ \t]*{_PLACE})?[,.][ \t]*)?\Z")
_DATELINE_AFTER = re.compile(r"\.?[ \t]*(?P<agency>\([ \t]*[A-Za-z][\w .&-]{0,30}\)[ \t]*)?"
                             r"(?:--|—|–|-|(?P<slashed>/[ \t]*[A-Za-z][\w-]{0,15}[ \t]*/))")
DATELINE_REACH = 1500              # a dateline opens the story: it is looked for in its first characters


# a reprint's note of its first publication: "This essay first appeared July 29, 2025 in 38 North", "originally
# published on March 3": the day the text was written, as a dateline
_FIRST_PUBLISHED_BEFORE = re.compile(r"\b(?:first|originally)\s+(?:appeared|published|posted|ran)(?:\s+on)?\s+\Z",
                                     re.IGNORECASE)


def is_dateline(text: str, start: int, end: int) -> bool:
    """Is the date at ``start:end`` the dateline of a wire report ("SEOUL, Nov. 12 (Yonhap) --") or a reprint's day
    of first publication ("This essay first appeared July 29, 2025 in 38 North")?"""
    if start >= DATELINE_REACH:
        return False
    if _FIRST_PUBLISHED_BEFORE.search(text, max(0, start - 30), start):
        return True
    before = _DATELINE_BEFORE.search(text, max(0, start - 80), start)
    after = before and _DATELINE_AFTER.match(text, end, min(len(text), end + 40))
    # a place or an agency is needed: "March 3 – talks resume" opening a chronology is no dateline
    return bool(after) and bool(before.group("place") or after.group("agency") or after.group("slashed"))


def dateline_publication(pub: Optional[_Pub], y: Optional[int], mo: int, day: int) -> Optional[_Pub]:
    """The article's day from its dateline: when the publication date is missing a day, the dateline's
    own year, or the publication's year when its month (if known) agrees; when the publication day is
    known but the report is datelined up to a week before it (a later repost) or up to two days after
    (a time zone ahead: "TOKYO, Nov 12" posted on 11 November in New York), the dateline's day, so "on
    Tuesday" is counted from the report.  None when it adds nothing."""
    if pub is not None and pub.date is not None:
        best = None
        for year in ((y,) if y is not None else (pub.year - 1, pub.year, pub.year + 1)):
            iso = iso_day(year, mo, day)
            if iso:
                gap = (pub.date - _dt.date.fromisoformat(iso)).days
                if -2 <= gap <= 7 and gap != 0:
                    best = _Pub(year, mo, day)
        return best
    year = y if y is not None else (pub.year if pub is not None else None)
    if year is None or (pub is not None and (pub.year != year or pub.month not in (None, mo))):
        return None
    return _Pub(year, mo, day) if iso_day(year, mo, day) else None


def looks_back(text: str, start: int) -> bool:
    """After "since", "ago" or a comparison ("higher than in early December"): a past date.  After "from" or
    "after" only as a change's baseline ("up 5% from March"): a start ("will apply from July 4", "announced
    duties on imports from July 4") is placed by the tense as any date is."""
    since = SINCE.search(text, max(0, start - 12), start)
    if since and since.group(0).lower().startswith(("from", "after")):
        return CHANGE_BEFORE.search(text, max(0, since.start() - 30), since.start()) is not None
    return bool(since or BASELINE.search(text, max(0, start - 30), start))


_NORMALIZED_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")     # (compiled once: every mention asks)
_ON_BEFORE_RE = re.compile(r"(?i)\bon[ \u00a0]+\Z")


def update_reference(ctx: Context, raw: RawMention, normalized: str, granularity: str,
                where: tuple[int, int], fronted: bool, aside: bool = False) -> None:
    """Remember the last dated mention, for "the same month", "that year", bare months."""
    m = _NORMALIZED_RE.match(normalized)
    if not m or granularity not in ("day", "month", "year"):
        if granularity in ("season", "quarter", "half") and normalized[:4].isdigit():
            ctx.ref = (int(normalized[:4]), 0, 0, "year")
            if granularity == "season":
                ctx.last_season = (raw.end, int(normalized[:4]))
        return
    ctx.ref = (int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0), granularity)
    ctx.ref_fronted = fronted
    if granularity == "day" and ctx.pub is not None and ctx.pub.date is not None:
        day = _dt.date(*ctx.ref[:3])
        if 0 <= (ctx.pub.date - day).days <= NEWS_DAY_REACH:
            ctx.news_day = day
    if raw.parts.get("y") is not None and raw.kind in ("day", "month", "year", "season", "qh"):
        ctx.ref_explicit = StoryDate(int(m.group(1)), int(m.group(2) or 0), where[0], where[1], fronted, aside)
        ctx.last_year = int(m.group(1))
