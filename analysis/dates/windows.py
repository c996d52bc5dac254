"""Where the master pattern is tried: short windows around literal anchors, at the word starts a
mention can open with (a linear pre-filter, see :mod:`.scan`); and whether a position is inside a web address."""
from __future__ import annotations

import re
from typing import Iterator
from .grammar import _ORDW, _SEASON, ERAS, MASTER, MONTHS, NUMBER_WORDS, SEASONS, WEEKDAYS


# The pre-filter: every mention contains one of these anchors (a month or weekday name,
# a unit word such as "year", or a year-like number), so the master regex only runs in
# short windows around them.  Literal searches (str.find) are far faster than the
# master regex, whose many alternatives are tried at every word start.
_ANCHOR_WORDS = tuple(sorted(
    {v for name in MONTHS for v in (name[:3].title(), name[:3].upper())}
    | {v for w in ("day", "year", "month", "week", "decade", "centur", "recent", "spring", "summer",
                   "autumn", "fall", "winter", "quarter", "half", "future", "tonight", "tomorrow", "night",
                   "morning", "afternoon", "evening", "lately", "past", "earlier", "christmas")
       for v in (w, w.title(), w.upper())}
    | set(ERAS)))
# (The class first lets the regex engine skip to a digit, Q or H; the look-behinds then choose the
# shape, in the order and with the spans of "(?:1[5-9]|20)\d\d|\d0s|[QH]\d|\d(?:st|nd|rd|th)\b".)
_ANCHOR_NUMBERS = re.compile(r"[\dQH](?:(?<=1)[5-9]\d\d|(?<=2)0\d\d|(?<=\d)0['’]?s|(?<=[QH])\d|(?<=\d)(?:st|nd|rd|th)\b)")
# Each anchor in lower case, with the forms of it that count: one search of the lower-cased text per
# anchor finds every written form (found positions are checked against the forms).
_ANCHOR_FORMS: tuple[tuple[str, frozenset, int], ...] = tuple(
    (low, frozenset(w for w in _ANCHOR_WORDS if w.lower() == low), len(low))
    for low in sorted({w.lower() for w in _ANCHOR_WORDS}))
_WINDOW_BACK, _WINDOW_AHEAD = 45, 45           # longer than any prefix/suffix around an anchor


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` windows around the anchors of ``text``."""
    positions = [m.start() for m in _ANCHOR_NUMBERS.finditer(text)]
    low = text.lower()
    if len(low) == len(text):                   # lower() kept every offset (no letter grew)
        for word, forms, k in _ANCHOR_FORMS:
            i = low.find(word)
            while i != -1:
                if text[i:i + k] in forms:
                    positions.append(i)
                i = low.find(word, i + 1)
    else:
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


# Words a mention can start with (see MASTER): trying the master regex only at these
# tokens, not at every character, is what makes dense text fast.
_STARTERS = frozenset(
    {"the", "very", "end", "beginning", "start", "middle", "close", "turn", "early", "late", "mid",
     "earlier", "later", "last", "this", "next", "coming", "past", "previous", "that", "first", "second",
     "third", "fourth", "final", "year", "month", "fiscal", "fy", "q", "h", "a", "an", "several", "many",
     "today", "yesterday", "tomorrow", "tonight", "most", "recent", "recently", "lately", "in",
     "more", "until", "only", "christmas", "new"}
    | {era.lower() for era in ERAS}
    | {name.lower() for name in MONTHS} | set(WEEKDAYS) | set(SEASONS) | set(NUMBER_WORDS)
    | {w.split("-")[0] for w in NUMBER_WORDS})
# What follows the commonest starters in every MASTER match that opens on them (a prefix of the match; speed only:
# "the", "in", "a", "an" and "that" open most tokens tried, and few of them a date).  Read off the grammar: "the"
# opens "the end of", "the early 1990s", "the 5th of May", "the same month", "the first quarter", "the 19th
# century", "the summer", "the year", "the day before", "the weekend", "the last/previous/... year", "the most
# recent", "the near future"; "in" opens "in the past" and "in the (near) future"; "a" and "an" open "a quarter of
# a century", "a few years", "a couple of", "a/an year ago"; "that" opens "that (same) year/month/week/day".
_AFTER_STARTER = {word: re.compile(pattern, re.IGNORECASE) for word, pattern in {
    "the": (r"the\s+(?:\d|very|end|beginning|start|middle|close|turn|early|late|mid|same|first|second|third|fourth|"
            r"final|last|year|fiscal|month|day|night|week|coming|past|weekend|previous|following|current|preceding|"
            r"next|most|recent|near|foreseeable|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|"
            + _ORDW + "|" + _SEASON + ")"),
    "in": r"in\s+the\s",
    "a": r"a(?:\s+|-)(?:quarter|few|couple|year|month|week|day|decade|centur)",
    "an": r"an(?:\s+|-)(?:year|month|week|day|decade|centur)",
    "that": r"that\s+(?:same|fiscal|year|month|week|day)",
}.items()}
# A token, with the letters it opens with (group 1; "" after an apostrophe or a digit).
_TOKEN = re.compile(r"['’]?(?=[A-Za-z0-9])([A-Za-z]*)[A-Za-z0-9]*")


def matches(text: str, lenient: bool) -> Iterator[re.Match]:
    """Master-regex matches, leftmost first and non-overlapping, as ``finditer`` would give."""
    if lenient or len(text) < 400:
        yield from MASTER.finditer(text)
        return
    last_end = 0
    for start, end in _windows(text):
        for tok in _TOKEN.finditer(text, max(start, last_end), end):
            pos = tok.start()
            if pos < last_end:
                continue
            if text[pos] not in "'’0123456789":
                word = tok.group(1).lower()
                if word not in _STARTERS:
                    continue
                after = _AFTER_STARTER.get(word)
                if after is not None and not after.match(text, pos, end):
                    continue
            m = MASTER.match(text, pos, end)
            if m:
                last_end = m.end()
                yield m


def in_url(text: str, start: int) -> bool:
    """Is ``start`` inside a web address ("https://www.38north.org/2023/09/...")?"""
    ws = max(text.rfind(" ", max(0, start - 300), start), text.rfind("\n", max(0, start - 300), start))
    chunk = text[ws + 1:start]
    return "/" in chunk and ("://" in chunk or "www." in chunk or "." in chunk.split("/", 1)[0])
