"""Date mentions: calendar dates, months, years, seasons, decades and relative expressions.

Every mention is normalised to ISO against the article's publication date
(``published``, "YYYY-MM-DD", "YYYY-MM" or "YYYY"):

========================  ===================  ===========
surface                   normalized           granularity
========================  ===================  ===========
3 August 2022             2022-08-03           day
April last year           2019-04 (pub 2020)   month
early 2020                2020                 year
last summer               2012-SU              season
the 1990s                 1990s                decade
the 20th century          1900s                century
this week                 2013-W12             week
the first half of 2024    2024                 year
in recent months          PAST_REF             relative
========================  ===================  ===========

How dates without a year are placed (documented rules, after TempEval/HeidelTime):

* A bare month or day ("in September", "since 29 April", "on May 9") takes the year
  written right after it ("March to May 2022"), or the year of a date written earlier
  in the same sentence, or the year opening the sentence before in the same paragraph
  when that is not the publication year ("In 2019, Kim went to Vladivostok. In April,
  he met Putin").
* Otherwise the nearest tense cue decides (lexicons/date_tense_cues.tsv): past (and
  after "since") gives the most recent such month/day on or before publication; future
  ("will resume in September", "due to be published in May") the next one on or after
  it.  With no cue, the past one, unless the month comes within the next three months.
* Weekdays ("on Friday") are the most recent such day on or before the publication
  day (TempEval's reading of news), the next one after a future cue ("will arrive on
  Friday"); they need a full publication date.
* "the same year", "that month", "the previous month", "a year later" refer to the
  last resolved mention; "the same month of last year" takes that month in the year
  before publication.
* Without a publication date nothing is resolved from the clock: deictic expressions
  ("last year", "on Friday") get granularity ``relative`` and an empty ``normalized``;
  bare months and days borrow the last explicit year in the text when there is one.

Centuries and decades are written "1900s" / "1990s" (granularity century / decade),
the form every scorer equivalence accepts.  Durations ("five years", "the past two
years") and periods without a date ("the post-Cold War period") are not mentions.

Speed: a literal pre-filter finds anchors (month and weekday names, "year", "week",
year-like numbers ...); one compiled master regex (no nested unbounded quantifiers) is
tried only at candidate word starts in short windows around them, and context checks
look at bounded windows around each match, so the time is linear in the text.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass
from typing import Iterator, Optional, Sequence

from .lexicons import load_list, load_table
from .records import DateMention, Sentence
from .text import split_sentences

# ---------------------------------------------------------------------------
# word lists (data files in analysis/lexicons/)
# ---------------------------------------------------------------------------
_MONTHS = {name: int(num) for name, num in load_table("months.tsv")}
_WEEKDAYS = {name: int(num) for name, num in load_table("date_weekdays.tsv")}
_SEASONS = {name: (code, int(start)) for name, code, start in load_table("date_seasons.tsv")}
_NUMBER_WORDS = {w: int(n) for w, n in load_table("date_number_words.tsv")}
_MONTH_TRIGGERS = frozenset(load_list("date_month_triggers.txt"))
_MONTH_WORDS = frozenset(load_list("date_month_words.txt"))
_YEAR_BLOCKERS = frozenset(load_list("date_year_blockers.txt"))
_COUNT_NOUNS = frozenset(load_list("date_count_nouns.txt"))
_QUANTIFIERS = frozenset(load_list("date_quantifiers.txt"))
_TENSE_CUES = {cue: tense for cue, tense in load_table("date_tense_cues.tsv")}
# A full month name (not an abbreviation), as written out in months.tsv.
_FULL_MONTHS = frozenset(n for n, num in _MONTHS.items()
                         if len(n) > 4 or n in ("may", "june", "july"))


def _alternation(words) -> str:
    """A regex alternation of ``words``, longest first so that "sept" beats "sep"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", "[-\\s]")
                    for w in sorted(set(words), key=len, reverse=True))


# ---------------------------------------------------------------------------
# the grammar
# ---------------------------------------------------------------------------
# A month name, or an abbreviation with its optional full stop ("Sept.", "Feb").
_M = (rf"(?:(?:{_alternation(_FULL_MONTHS)})\b|(?:{_alternation(set(_MONTHS) - _FULL_MONTHS)})\b\.?)")
_W = rf"(?:{_alternation(_WEEKDAYS)})\b"                    # a weekday name
# A four-digit year 1900-2099, not part of a longer number, an amount or a decimal.
_Y = r"(?<![\d$€£¥₩#.,])(?:19|20)\d{2}(?![\d%])"
# A day of the month, not followed by more digits or a decimal part.
_D = r"(?:3[01]|[12]\d|0?[1-9])(?![\d])(?:st|nd|rd|th)?(?![\w%]|[.,]\d)"
_NUMW = _alternation(w for w in _NUMBER_WORDS if _NUMBER_WORDS[w] <= 30 and not w.endswith(("st", "nd", "rd", "th")))
_ORDW = _alternation(w for w in _NUMBER_WORDS if w.endswith(("st", "nd", "rd", "th")))
_SEASON = _alternation(_SEASONS)

# A modifier that narrows the date but keeps its value: "early 2020", "mid-September",
# "the end of last year", "earlier this month".
_EDGE = r"""(?P<edge>
      (?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?
    | (?:the\s+)?(?:early|late|mid|middle)(?:\s+|\s*[-–]\s*)
    | (?:earlier|later)\s+(?=(?:this|that|last|next)\b)
)"""

_MASTER = re.compile(rf"""
(?<![\w'’-])
{_EDGE}?
(?:
    (?P<iso>(?:19|20)\d{{2}}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\d])
  | (?P<num>(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|[12]\d|3[01])[/.](?:19|20)\d{{2}})(?![\d])
  | (?:(?P<dmy_wd>{_W}),?\s+)?(?:the\s+)?(?P<dmy_d>{_D})
        (?:\s*(?:-|–|—|to|and|&)\s*(?P<dmy_d2>{_D}))?
        \s+(?:of\s+)?(?P<dmy_m>{_M})(?:,?\s+(?P<dmy_y>{_Y})|\s+(?:of\s+)?(?P<dmy_r>last|this|next)\s+year\b)?
  | (?:(?P<mdy_wd>{_W}),?\s+)?(?P<mdy_m>{_M})\s+(?P<mdy_d>{_D})
        (?:\s*(?:-|–|—)\s*(?P<mdy_d2>{_D}))?(?:,?\s+(?P<mdy_y>{_Y})|\s+(?:of\s+)?(?P<mdy_r>last|this|next)\s+year\b)?
  | (?P<my_m>{_M}),?\s+(?:of\s+)?(?P<my_y>{_Y})
  | (?P<mrel_m>{_M})\s+(?:of\s+)?(?P<mrel_r>last|this|next|the\s+same|that|the\s+previous|the\s+following)\s+year\b
  | (?P<relm_r>last|this|next|coming|past|previous)\s+(?P<relm_m>{_M})
  | (?P<same>the\s+same\s+(?P<same_u>month|period|time|day|week|quarter)\s+(?:of\s+|in\s+)?
        (?P<same_r>last|the\s+previous|the\s+preceding|a|one)\s+year(?:\s+(?:earlier|before|ago))?)\b
  | (?P<qh>(?:the\s+)?(?P<qh_n>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<qh_u>quarter|half)
        \s+of\s+(?:(?P<qh_y>{_Y})|(?P<qh_r>this|last|next|the\s+same|that)\s+year))
  | (?P<qhc>(?P<qhc_u>Q[1-4]|H[12])\s*(?P<qhc_y>{_Y}))
  | (?P<cent>(?:the\s+)?(?P<cent_n>\d{{1,2}}(?:st|nd|rd|th)|{_ORDW})[\s-]+century)\b
  | (?P<dec>(?P<dec_d>(?:1[5-9]|20)\d0['’]?s|['’]\d0s|\d0s))\b
  | (?P<sea>(?:(?P<sea_r>last|this|next|past|coming|the)\s+)?(?P<sea_s>{_SEASON})\b(?:\s+(?:of\s+)?(?P<sea_y>{_Y}))?)
  | (?P<year>(?P<y_pre>(?:the\s+)?(?:year|fiscal\s+year|fiscal)\s+|FY\s?)?(?P<y>{_Y})
        (?:\s*(?:-|–|—|/)\s*(?P<y2>(?:19|20)\d{{2}}|\d{{2}})(?![\d%]|[.,]\d))?)
  | (?P<edgeyear>(?:the\s+)?(?P<ey_u>year|month)(?![\w-]))
  | (?P<ago>(?P<ago_n>\d{{1,2}}|{_NUMW}|a\s+few|several|many|a\s+couple\s+of)\s+
        (?P<ago_u>years?|months?|weeks?|days?|decades?)\s+(?P<ago_w>ago|earlier|later)\b(?!\s+than))
  | (?P<rel>(?P<rel_r>last|this|next|the\s+last|the\s+previous|the\s+following|the\s+same|that|
        the\s+coming|the\s+current|the\s+preceding|the\s+next)\s+(?P<rel_u>fiscal\s+year|year|month|week|day)(?![\w-]))
  | (?P<dei>today|yesterday|tomorrow|tonight)\b
  | (?P<recent>(?:the\s+)?(?:most\s+)?recent\s+(?:months|weeks|years|days|times|decades)
        | (?:the\s+)?(?:last|past)\s+(?:few|several|couple\s+of)\s+(?:months|weeks|years|days|decades)
        | the\s+coming\s+(?:months|weeks|years|days|decades)
        | the\s+near\s+future)\b
  | (?:(?P<wd_r>last|next|this|coming|past)\s+)?(?P<wd>{_W})(?:['’]s)?
        (?:\s+(?:morning|afternoon|evening|night))?
  | (?P<mon>{_M})
)
""", re.IGNORECASE | re.VERBOSE)

# Bounded look-behind/ahead windows for context checks (keep the scan linear).
_BACK = 60
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.'’-]*)[\s,]*$")
_WORDS_BEFORE = re.compile(r"([A-Za-z]+)\s+([A-Za-z]+)[\s,]*$")
_WORD_AFTER = re.compile(r"\s*([A-Za-z%][\w-]*)")
# "Resolutions 2371, 2375 and 2397": every number of the list is an identifier.
_RESOLUTION_LIST = re.compile(
    r"resolutions?\s+(?:no\.?\s*)?(?:\d{3,4}(?!\d)(?:\s*\(\d{4}\))?(?:\s*(?:,|and|&|or))?\s+)*$", re.IGNORECASE)
_HYPHEN_WORD = re.compile(r"([A-Za-z]+)-$")
_FOOTNOTE_AFTER = re.compile(r"\.\d{1,3}(?=\s+[\"“‘'(\[]?[A-Z]|\s*$)")
_MONTH_LINK_BEFORE = re.compile(rf"{_M}\s*(?:,|and|or|to|-|–|—|through|until)\s*$", re.IGNORECASE)
_MONTH_LINK_AFTER = re.compile(rf"\s*(?:and|or|to|-|–|—|through|until)\s*{_M}", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being)\s+$", re.IGNORECASE)
# Text between a date without a year and a following date that lends it its year:
# "March to May 2022", "5 and 7 September 2022", "that January day in 2011".
_YEAR_LENDER_GAP = re.compile(r"\s*(?:(?:-|–|—|to|and|or|until|till|through|&)|(?:\s+[a-z]+)?\s+(?:in|of))\s*$")
_CUES = re.compile(
    r"(?:['’]ll|(?<![\w'’])(?:" + _alternation(c for c in _TENSE_CUES if c[0].isalpha())
    + r"|[A-Za-z]{3,}ed))(?![\w])", re.IGNORECASE)
_HYPHEN_OK = frozenset({"mid", "pre", "post", "early", "late", "end", "circa", "c", "ca"})
_SINCE = re.compile(r"(?:since|from|after|ago)\s*$", re.IGNORECASE)
_NUMBER_SEP = re.compile(r"\d(?:[.:/]|[ \u00a0])$")


# ---------------------------------------------------------------------------
# publication date and small date arithmetic
# ---------------------------------------------------------------------------
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


def _parse_published(published: Optional[str]) -> Optional[_Pub]:
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


def _month_num(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _number(word: str) -> Optional[int]:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _NUMBER_WORDS.get(w)


# ---------------------------------------------------------------------------
# context
# ---------------------------------------------------------------------------
@dataclass
class _Context:
    """What the resolver knows at a mention: publication, tense, the last reference."""

    pub: Optional[_Pub]
    ref: Optional[tuple[int, int, int, str]] = None        # (year, month, day, granularity)
    # (year, sentence_id, paragraph, opens its sentence) of the last date with a written year
    ref_explicit: Optional[tuple[int, int, int, bool]] = None
    last_year: Optional[int] = None                       # last written year anywhere in the text


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1).lower().rstrip(".") if m else ""


def _word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end, min(len(text), end + 30))
    return m.group(1) if m else ""


_OPENER = re.compile(r"[\W_]*(?:[A-Za-z]+[\W_]+)?")


def _opens_sentence(text: str, lo: int, start: int) -> bool:
    """Does the date open its sentence, after at most one word ("In 2019, ...", "On Friday")?"""
    return start - lo <= 25 and _OPENER.fullmatch(text, lo, start) is not None


def _tense(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """'future', 'past' or '' (no cue) from the nearest tense cue around ``start:end``.

    The verb governing a date usually comes before it ("would resume in September");
    only a date that opens its sentence ("In September, trade will ...") looks ahead.
    """
    best = None
    for m in _CUES.finditer(text, max(lo, start - 70), start):
        if m.group(0) == "May":                   # the month, not the modal
            continue
        # A passive participle ("due to be published") defers to its auxiliary.
        if m.group(0).lower().endswith("ed") and _PASSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        best = m
    possessive = text.startswith(("'s", "’s"), end) or text.endswith(("'s", "’s"), start, end)
    if best is None and _opens_sentence(text, lo, start) and not possessive:
        best = _CUES.search(text, end, min(hi, end + 60))
    if best is None:
        return ""
    cue = re.sub(r"\s+", " ", best.group(0).lower())
    return _TENSE_CUES.get(cue, "past")


# ---------------------------------------------------------------------------
# the extractor
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Raw:
    """A matched mention before resolution: span, kind, and the parsed parts."""

    start: int
    end: int
    kind: str
    parts: dict


def _accept_year(text: str, start: int, end: int) -> bool:
    """Is the four-digit number at ``start:end`` a year (not a count, an identifier, money)?"""
    before = text[max(0, start - _BACK):start]
    # "mid-2021" and "post-2014" are years; "Vostok-2018" or "Hwasong-2020" are names.
    hm = _HYPHEN_WORD.search(before)
    if hm and hm.group(1).lower() not in _HYPHEN_OK:
        return False
    # Part of a number group: "1 2019 33", "+7 495 2019".
    if _NUMBER_SEP.search(before) and not before.rstrip().endswith(("-", "–", "—")):
        return False
    after = text[end:end + 12]
    if re.match(r"\s?\d", after):
        return False
    if after[:1] in ".," and after[1:2].isdigit():
        # "2020.12 They" is a footnote glued after a year; "2019.5" is a decimal.
        if not _FOOTNOTE_AFTER.match(text, end, min(len(text), end + 60)):
            return False
    if re.match(r"\s*(?:per\s*cent|percent|pct)\b", after, re.IGNORECASE):
        return False
    if _RESOLUTION_LIST.search(before):
        return False
    prev = _word_before(text, start)
    if prev in _YEAR_BLOCKERS:
        return False
    nxt = _word_after(text, end)
    nxt_l = nxt.lower()
    if nxt_l in _COUNT_NOUNS:
        return False
    if prev in _QUANTIFIERS and nxt.islower() and nxt_l.endswith("s"):
        return False
    return True


def _accept_bare_month(text: str, start: int, end: int, word: str, has_edge: bool,
                       lenient: bool) -> bool:
    """A month name without day or year: is it really the month?"""
    if not word[:1].isupper() and not lenient:
        return False
    key = word.lower().rstrip(".")
    if key not in _FULL_MONTHS:                       # "Jan", "Dec": names, not months
        return lenient
    if lenient or has_edge:
        return True
    after = text[end:end + 3]
    if key not in _MONTH_WORDS:                       # "September": unambiguous
        return True
    if after.startswith(("'s", "’s")) and key != "may":
        return True
    before = text[max(0, start - 30):start]
    prev = _word_before(text, start)
    if prev in _MONTH_TRIGGERS:
        # "by May" is a month, but "written by May" (Theresa May) is rare enough.
        return True
    m2 = _WORDS_BEFORE.search(before)
    if m2 and f"{m2.group(1)} {m2.group(2)}".lower() in _MONTH_TRIGGERS:
        return True
    if _MONTH_LINK_BEFORE.search(before) or _MONTH_LINK_AFTER.match(text, end, min(len(text), end + 25)):
        return True
    return False


def _at_sentence_start(text: str, start: int) -> bool:
    """Does ``start`` open a sentence (after terminal punctuation, a line break or an opening quote)?"""
    i = start - 1
    while i >= 0 and text[i] in " \t\"“‘'(\u00a0":
        i -= 1
    return i < 0 or text[i] in ".!?\n\r:;"


# The pre-filter: every mention contains one of these anchors (a month or weekday name,
# a unit word such as "year", or a year-like number), so the master regex only runs in
# short windows around them.  Literal searches (str.find) are far faster than the
# master regex, whose many alternatives are tried at every word start.
_ANCHOR_WORDS = tuple(sorted(
    {v for name in _MONTHS for v in (name[:3].title(), name[:3].upper())}
    | {v for w in ("day", "year", "month", "week", "decade", "centur", "recent", "spring", "summer",
                   "autumn", "fall", "winter", "quarter", "half", "future", "tonight", "tomorrow")
       for v in (w, w.title(), w.upper())}))
_ANCHOR_NUMBERS = re.compile(r"(?:19|20)\d\d|\d0s|[QH]\d")
_WINDOW_BACK, _WINDOW_AHEAD = 45, 45           # longer than any prefix/suffix around an anchor


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` windows around the anchors of ``text``."""
    positions = [m.start() for m in _ANCHOR_NUMBERS.finditer(text)]
    for word in _ANCHOR_WORDS:
        i = text.find(word)
        while i != -1:
            positions.append(i)
            i = text.find(word, i + 1)
    positions.sort()
    n = len(text)
    out: list[list[int]] = []
    for p in positions:
        start, end = max(0, p - _WINDOW_BACK), min(n, p + _WINDOW_AHEAD)
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    # Never cut a word at a window's end: "Sept|ember" must not read as "Sept".
    for w in out:
        end = w[1]
        while end < n and (text[end].isalnum() or text[end] in "%$"):
            end += 1
        w[1] = end
    return [(a, b) for a, b in out]


# Words a mention can start with (see _MASTER): trying the master regex only at these
# tokens, not at every character, is what makes dense text fast.
_STARTERS = frozenset(
    {"the", "very", "end", "beginning", "start", "middle", "close", "turn", "early", "late", "mid",
     "earlier", "later", "last", "this", "next", "coming", "past", "previous", "that", "first", "second",
     "third", "fourth", "final", "year", "month", "fiscal", "fy", "q", "h", "a", "an", "several", "many",
     "today", "yesterday", "tomorrow", "tonight", "most", "recent"}
    | {name.lower() for name in _MONTHS} | set(_WEEKDAYS) | set(_SEASONS) | set(_NUMBER_WORDS)
    | {w.split("-")[0] for w in _NUMBER_WORDS})
_TOKEN = re.compile(r"['’]?[A-Za-z0-9]+")
_LETTERS = re.compile(r"[A-Za-z]*")


def _matches(text: str, lenient: bool) -> Iterator[re.Match]:
    """Master-regex matches, leftmost first and non-overlapping, as ``finditer`` would give."""
    if lenient or len(text) < 400:
        yield from _MASTER.finditer(text)
        return
    last_end = 0
    for start, end in _windows(text):
        for tok in _TOKEN.finditer(text, max(start, last_end), end):
            pos = tok.start()
            if pos < last_end:
                continue
            word = tok.group()
            if not (word[0] in "'’0123456789" or _LETTERS.match(word).group().lower() in _STARTERS):
                continue
            m = _MASTER.match(text, pos, end)
            if m:
                last_end = m.end()
                yield m


def _in_url(text: str, start: int) -> bool:
    """Is ``start`` inside a web address ("https://www.38north.org/2023/09/...")?"""
    ws = max(text.rfind(" ", max(0, start - 300), start), text.rfind("\n", max(0, start - 300), start))
    chunk = text[ws + 1:start]
    return "/" in chunk and ("://" in chunk or "www." in chunk or "." in chunk.split("/", 1)[0])


def _scan(text: str, lenient: bool = False) -> Iterator[_Raw]:
    """Yield raw mentions in text order."""
    for m in _matches(text, lenient):
        g = m.groupdict()
        start, end = m.span()
        if (start and text[start - 1] == "/") or _in_url(text, start):
            continue
        edge = g["edge"]
        if g["iso"]:
            y, mo, d = (int(x) for x in g["iso"].split("-"))
            yield _Raw(start, end, "day", {"y": y, "m": mo, "d": d})
        elif g["num"]:
            a, b, y = (int(x) for x in re.split(r"[/.]", g["num"]))
            # Day-month order (international) unless only month-day is possible.
            d, mo = (a, b) if b <= 12 else (b, a)
            if mo > 12:
                continue
            yield _Raw(start, end, "day", {"y": y, "m": mo, "d": d})
        elif g["dmy_m"] or g["mdy_m"]:
            p = "dmy" if g["dmy_m"] else "mdy"
            mword = g[f"{p}_m"]
            if not mword[:1].isupper() and not lenient:
                continue
            mo = _month_num(mword)
            d = int(re.match(r"\d+", g[f"{p}_d"]).group(0))
            y = int(g[f"{p}_y"]) if g[f"{p}_y"] else None
            year_rel = g[f"{p}_r"].lower() if g[f"{p}_r"] else None
            if g[f"{p}_d2"]:
                # A day range "5-7 September 2022": two day mentions.
                d2 = int(re.match(r"\d+", g[f"{p}_d2"]).group(0))
                first_end = m.end(f"{p}_d")
                yield _Raw(start, first_end, "day", {"y": y, "m": mo, "d": d, "year_rel": year_rel})
                yield _Raw(m.start(f"{p}_d2"), end, "day", {"y": y, "m": mo, "d": d2, "year_rel": year_rel})
                continue
            yield _Raw(start, end, "day", {"y": y, "m": mo, "d": d, "year_rel": year_rel})
        elif g["my_m"]:
            if not g["my_m"][:1].isupper() and not lenient:
                continue
            yield _Raw(start, end, "month", {"y": int(g["my_y"]), "m": _month_num(g["my_m"])})
        elif g["mrel_m"]:
            if not g["mrel_m"][:1].isupper() and not lenient:
                continue
            r = re.sub(r"\s+", " ", g["mrel_r"].lower())
            yield _Raw(start, end, "month_rel", {"m": _month_num(g["mrel_m"]), "rel": r})
        elif g["relm_m"]:
            word = g["relm_m"]
            if (not word[:1].isupper() and not lenient) or word.lower().rstrip(".") not in _FULL_MONTHS:
                continue
            r = g["relm_r"].lower()
            yield _Raw(start, end, "month_rel", {"m": _month_num(word), "rel": "prefix-" + r})
        elif g["same"]:
            yield _Raw(start, end, "same", {"unit": g["same_u"].lower(),
                                            "rel": re.sub(r"\s+", " ", g["same_r"].lower())})
        elif g["qh"] or g["qhc"]:
            if g["qhc"]:
                u = g["qhc_u"].upper()
                if not g["qhc_u"][0].isupper():
                    continue
                yield _Raw(start, end, "qh", {"code": u, "y": int(g["qhc_y"])})
                continue
            n = g["qh_n"].lower()
            n = {"final": "last", "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}.get(n, n)
            unit = g["qh_u"].lower()
            idx = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(n)
            if n == "last":
                idx = 4 if unit == "quarter" else 2
            if idx is None or (unit == "half" and idx > 2):
                continue
            code = ("Q" if unit == "quarter" else "H") + str(idx)
            y = int(g["qh_y"]) if g["qh_y"] else None
            rel = re.sub(r"\s+", " ", g["qh_r"].lower()) if g["qh_r"] else None
            yield _Raw(start, end, "qh", {"code": code, "y": y, "rel": rel})
        elif g["cent"]:
            raw_n = g["cent_n"].lower()
            n = int(re.match(r"\d+", raw_n).group(0)) if raw_n[0].isdigit() else _NUMBER_WORDS.get(
                re.sub(r"\s+", "-", raw_n))
            if not n or not 1 <= n <= 22:
                continue
            yield _Raw(start, end, "century", {"c": n - 1})
        elif g["dec"]:
            dd = g["dec_d"]
            if dd[0].isdigit() and len(dd) >= 5:
                value = int(dd[:4])
            else:
                two = int(dd.lstrip("'’")[:2])
                if dd[0].isdigit():
                    # Only "the '90s" is sure: "in their 30s" is an age, "the mid-30s" a rate.
                    continue
                value = (1900 if two >= 30 else 2000) + two
            if value % 100 == 0 and value < 2000:
                yield _Raw(start, end, "century", {"c": value // 100})
            else:
                yield _Raw(start, end, "decade", {"d": value})
        elif g["sea"]:
            y = int(g["sea_y"]) if g["sea_y"] else None
            r = g["sea_r"].lower() if g["sea_r"] else None
            if r == "the":
                if y is None:
                    continue
                r = None
            if y is None and r is None:
                continue            # "in summer": no year to attach
            if g["sea_s"].lower() == "fall" and y is None and r not in ("last", "this", "next"):
                continue
            if r and y is not None:
                # "this summer 2022" is odd; trust the written year and drop the modifier.
                r = None
            season = _SEASONS[g["sea_s"].lower()]
            yield _Raw(start, end, "season", {"code": season[0], "start": season[1], "y": y, "rel": r})
        elif g["edgeyear"]:
            # "by the end of the year", "the start of the month": only with an edge ("the
            # year" alone is no date).  Anaphoric: the year or month being told about.
            if not edge:
                continue
            kind = "edge_year" if g["ey_u"].lower() == "year" else "edge_month"
            yield _Raw(start, end, kind, {"anaphoric": True})
        elif g["ago"]:
            n_word = re.sub(r"\s+", " ", g["ago_n"].lower())
            unit = g["ago_u"].lower().rstrip("s")
            n = _number(n_word)
            yield _Raw(start, end, "ago", {"n": n, "unit": unit, "dir": g["ago_w"].lower()})
        elif g["rel"]:
            r = re.sub(r"\s+", " ", g["rel_r"].lower())
            unit = re.sub(r"\s+", " ", g["rel_u"].lower())
            if unit == "fiscal year":
                unit = "year"
            if unit == "day" and r not in ("the same", "that", "the following", "the next", "the previous",
                                           "the preceding"):
                continue
            if r == "the last" and unit in ("year", "month"):
                # "over the last year": the past twelve months, not the calendar year before.
                yield _Raw(start, end, "ref", {"value": "PAST_REF"})
                continue
            # Comparisons ("the previous month", "that year") point back without moving the
            # story on; "the following year" does move it on.
            anaphoric = r in ("the same", "that", "the previous", "the preceding")
            yield _Raw(start, end, "unit_rel", {"rel": r, "unit": unit, "anaphoric": anaphoric})
        elif g["dei"]:
            # A capitalised "Today" inside a sentence is a name ("DPRK Today").
            if g["dei"][0].isupper() and not _at_sentence_start(text, start):
                continue
            yield _Raw(start, end, "deictic", {"word": g["dei"].lower()})
        elif g["recent"]:
            s = g["recent"].lower()
            ref = "FUTURE_REF" if ("coming" in s or "future" in s) else "PAST_REF"
            yield _Raw(start, end, "ref", {"value": ref})
        elif g["wd"]:
            if not g["wd"][:1].isupper() and not lenient:
                continue
            r = g["wd_r"].lower() if g["wd_r"] else None
            yield _Raw(start, end, "weekday", {"wd": _WEEKDAYS[g["wd"].lower()], "rel": r})
        elif g["year"]:
            ys, ye = m.span("y")
            # "late 2024", "the year 2019": a year for sure, whatever follows.
            if not (edge or g["y_pre"]) and not _accept_year(text, ys, ye if not g["y2"] else m.end("y2")):
                continue
            y = int(g["y"])
            if g["y2"]:
                y2s = g["y2"]
                y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
                if y < y2 <= y + 99:
                    yield _Raw(start, m.end("y"), "year", {"y": y})
                    yield _Raw(m.start("y2"), end, "year", {"y": y2})
                    continue
                # "2019-20" that is not an increasing range: keep the first year only.
                yield _Raw(start, m.end("y"), "year", {"y": y})
                continue
            yield _Raw(start, end, "year", {"y": y})
        elif g["mon"]:
            word = g["mon"]
            if not _accept_bare_month(text, m.start("mon"), m.end("mon"), word, bool(edge), lenient):
                continue
            yield _Raw(start, end, "month_bare", {"m": _month_num(word)})


def _days_to_next(mo: int, day: int, today: _dt.date) -> Optional[int]:
    """Days from ``today`` to the next ``mo``-``day`` on or after it (None if no such day)."""
    for year in (today.year, today.year + 1, today.year + 4):
        iso = _iso_day(year, mo, day)
        if iso and _dt.date.fromisoformat(iso) >= today:
            return (_dt.date.fromisoformat(iso) - today).days
    return None


def _place_month(mo: int, day: Optional[int], ctx: _Context, tense: str, where: tuple[int, int],
                 since: bool) -> Optional[int]:
    """The year of a month (and day) written without one; None when it cannot be told.

    ``where`` is ``(sentence_id, paragraph)`` of the mention.
    """
    if ctx.ref_explicit and tense != "future":
        year, ref_sentence, ref_paragraph, fronted = ctx.ref_explicit
        # "In 2019, Kim went to Vladivostok. In April, he met Putin": the story's year.
        if ref_sentence == where[0]:
            return year
        if (fronted and ref_sentence == where[0] - 1 and ref_paragraph == where[1]
                and (ctx.pub is None or year != ctx.pub.year)):
            return year
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


def _resolve(raw: _Raw, text: str, ctx: _Context, tense_of, where: tuple[int, int]
             ) -> Optional[tuple[str, str]]:
    """(normalized, granularity) for one raw mention, or None to drop it."""
    k, p, pub = raw.kind, raw.parts, ctx.pub
    if k == "day":
        y = p["y"]
        if y is None and p.get("year_rel"):
            # "June 16th of last year"
            if pub is None:
                return "", "relative"
            y = pub.year + {"last": -1, "this": 0, "next": 1}[p["year_rel"]]
        if y is None:
            since = bool(_SINCE.search(text, max(0, raw.start - 8), raw.start))
            y = _place_month(p["m"], p["d"], ctx, tense_of(), where, since)
            if y is None:
                return "", "relative"
        iso = _iso_day(y, p["m"], p["d"])
        return (iso, "day") if iso else None
    if k == "month":
        return f"{p['y']}-{p['m']:02d}", "month"
    if k == "month_bare":
        since = bool(_SINCE.search(text, max(0, raw.start - 8), raw.start))
        y = _place_month(p["m"], None, ctx, tense_of(), where, since)
        if y is None:
            return "", "relative"
        return f"{y}-{p['m']:02d}", "month"
    if k == "month_rel":
        rel, mo = p["rel"], p["m"]
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
    if k == "year":
        return str(p["y"]), "year"
    if k == "same":
        # "the same month of last year": the month last mentioned, a year back.
        base = pub.year if (pub and p["rel"] == "last") else (ctx.ref[0] if ctx.ref else None)
        if base is None:
            return "", "relative"
        y = base - 1
        if ctx.ref and ctx.ref[1] and p["unit"] in ("month", "period", "time"):
            return f"{y}-{ctx.ref[1]:02d}", "month"
        if ctx.ref and ctx.ref[2] and p["unit"] == "day":
            iso = _iso_day(y, ctx.ref[1], ctx.ref[2])
            return (iso, "day") if iso else None
        return str(y), "year"
    if k == "qh":
        y = p.get("y")
        if y is None:
            rel = p.get("rel")
            if rel in ("the same", "that"):
                y = ctx.ref[0] if ctx.ref else None
            elif pub is not None:
                y = pub.year + {"last": -1, "this": 0, "next": 1}.get(rel, 0)
            if y is None:
                return "", "relative"
        # The contract's ISO forms have no quarter or half ("2024-Q1"): give the year.
        return str(y), "year"
    if k == "century":
        return f"{p['c']:02d}00s", "century"
    if k == "decade":
        return f"{p['d']}s", "decade"
    if k == "season":
        code, s_month = p["code"], p["start"]
        if p["y"] is not None:
            return f"{p['y']}-{code}", "season"
        if pub is None:
            return "", "relative"
        rel, pm = p["rel"], pub.month or 12
        if rel == "this":
            y = pub.year
        elif rel in ("last", "past"):
            # The latest season of that name that had begun before publication.
            y = pub.year if pm > s_month else pub.year - 1
        else:
            y = pub.year if pm < s_month else pub.year + 1
        return f"{y}-{code}", "season"
    if k == "edge_year":
        # "peaked by the end of the year": in a past-tense story, the year being told
        # about; otherwise ("will finish by the end of the year") publication's.
        if ctx.ref and tense_of() == "past":
            return str(ctx.ref[0]), "year"
        return (str(pub.year), "year") if pub else ("", "relative")
    if k == "edge_month":
        if ctx.ref and ctx.ref[1] and tense_of() == "past":
            return f"{ctx.ref[0]}-{ctx.ref[1]:02d}", "month"
        if pub is None or pub.month is None:
            return "", "relative"
        return f"{pub.year}-{pub.month:02d}", "month"
    if k == "unit_rel":
        return _resolve_unit_rel(p["rel"], p["unit"], ctx)
    if k == "ago":
        return _resolve_ago(p["n"], p["unit"], p["dir"], ctx)
    if k == "deictic":
        word = p["word"]
        if word == "today":
            return "PRESENT_REF", "relative"
        if pub is None or pub.date is None:
            return "", "relative"
        delta = {"yesterday": -1, "tomorrow": 1, "tonight": 0}[word]
        return (pub.date + _dt.timedelta(days=delta)).isoformat(), "day"
    if k == "ref":
        return p["value"], "relative"
    if k == "weekday":
        if pub is None or pub.date is None:
            return "", "relative"
        wd, rel = p["wd"], p["rel"]
        today = pub.date
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
    return None


def _resolve_unit_rel(rel: str, unit: str, ctx: _Context) -> Optional[tuple[str, str]]:
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


def _resolve_ago(n: Optional[int], unit: str, direction: str, ctx: _Context) -> Optional[tuple[str, str]]:
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


_ANAPHORIC_KINDS = frozenset({"same"})


def _lend_year(text: str, raw: _Raw, nxt: Optional[_Raw]) -> _Raw:
    """A month or day without a year takes the written year of the date right after it."""
    if (nxt is None or raw.kind not in ("day", "month_bare") or raw.parts.get("y") is not None
            or nxt.parts.get("y") is None or nxt.kind not in ("day", "month", "year", "season")
            or nxt.start - raw.end > 25):
        return raw
    if not _YEAR_LENDER_GAP.fullmatch(text, raw.end, nxt.start):
        return raw
    return _Raw(raw.start, raw.end, "day" if raw.kind == "day" else "month",
                {**raw.parts, "y": nxt.parts["y"]})


def _update_ref(ctx: _Context, raw: _Raw, normalized: str, granularity: str,
                where: tuple[int, int], fronted: bool) -> None:
    """Remember the last dated mention, for "the same month", "that year", bare months."""
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", normalized)
    if not m or granularity not in ("day", "month", "year"):
        if granularity in ("season", "quarter", "half") and normalized[:4].isdigit():
            ctx.ref = (int(normalized[:4]), 0, 0, "year")
        return
    ctx.ref = (int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0), granularity)
    if raw.parts.get("y") is not None and raw.kind in ("day", "month", "year", "season", "qh"):
        ctx.ref_explicit = (int(m.group(1)), where[0], where[1], fronted)
        ctx.last_year = int(m.group(1))


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
    ctx = _Context(_parse_published(published))
    out: list[DateMention] = []
    raws = list(_scan(text, lenient))
    for index, raw in enumerate(raws):
        raw = _lend_year(text, raw, raws[index + 1] if index + 1 < len(raws) else None)
        i = bisect.bisect_right(starts, raw.start) - 1
        sent = sentences[i] if i >= 0 and raw.start < sentences[i].end else None
        sentence_id = sent.sentence_id if sent else -1
        lo, hi = (sent.start, sent.end) if sent else (max(0, raw.start - 100), min(len(text), raw.end + 50))
        tense_cache: list[str] = []

        def tense_of(raw=raw, lo=lo, hi=hi, cache=tense_cache) -> str:
            if not cache:
                cache.append(_tense(text, raw.start, raw.end, lo, hi))
            return cache[0]

        where = (sentence_id, sent.paragraph if sent else -1)
        resolved = _resolve(raw, text, ctx, tense_of, where)
        if resolved is None:
            continue
        normalized, granularity = resolved
        if raw.kind not in _ANAPHORIC_KINDS and not raw.parts.get("anaphoric"):
            # "the previous month" and "the same year" point back; they must not move the
            # reference that the next "the same month of last year" points to.
            _update_ref(ctx, raw, normalized, granularity, where, _opens_sentence(text, lo, raw.start))
        out.append(DateMention(article_id, raw.start, raw.end, text[raw.start:raw.end],
                               normalized, granularity, sentence_id))
    out.sort(key=lambda d: (d.start, d.end))
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
