"""Context checks of the scanner: is a four-digit number a year, is a bare month name the month, does a
position open a sentence.  Each looks at a bounded window around the match (split from :mod:`.scan`)."""
from __future__ import annotations

import re

from .grammar import (ATTRIBUTIVE_MONTH_AFTER, ATTRIBUTIVE_MONTH_BEFORE, CONTEXT_BACK, COUNT_NOUNS, FOOTNOTE_AFTER,
                      FULL_MONTHS, HYPHEN_OK, HYPHEN_WORD, MONTH_LINK_AFTER, MONTH_LINK_BEFORE, MONTH_TRIGGERS,
                      MONTH_WORDS, NUMBER_SEP, QUANTIFIERS, RESOLUTION_LIST, WORDS_BEFORE, YEAR_BLOCKERS,
                      YEAR_RANGE_AFTER, closes_year_range, word_after, word_before)


_DIGIT_AFTER_RE = re.compile(r"\s?\d")          # (compiled once: every year-like number asks)
_PERCENT_AFTER_RE = re.compile(r"\s*(?:per\s*cent|percent|pct)\b", re.IGNORECASE)
# a body named after a resolution: "the 1718 Committee", "the 1718's Sanctions Committee" (the figures side reads
# the same names as identifiers, figure_identifiers.tsv id_after)
_BODY_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:sanctions\s+)?(?:committee|commission)\b", re.IGNORECASE)


def _accept_year(text: str, start: int, end: int) -> bool:
    """Is the four-digit number at ``start:end`` a year (not a count, an identifier, money)?"""
    before = text[max(0, start - CONTEXT_BACK):start]
    # "mid-2021" and "post-2014" are years; "Vostok-2018" or "Hwasong-2020" are names.
    hm = HYPHEN_WORD.search(before)
    if hm and hm.group(1).lower() not in HYPHEN_OK:
        return False
    # Part of a number group: "1 2019 33", "+7 495 2019".
    if NUMBER_SEP.search(before) and not before.rstrip().endswith(("-", "–", "—")):
        return False
    after = text[end:end + 12]
    if _DIGIT_AFTER_RE.match(after):
        return False
    rng = YEAR_RANGE_AFTER.match(after)
    # (a span that is itself a year range, "2019-20 - 2021-22", is not a count: no check)
    if rng and text[start:end].isdigit() and not closes_year_range(int(text[start:end]), rng.group(1)):
        return False        # "2000 - 2500 Calories", "1950-2,400 tons": a range of counts, no year
    if after[:1] in ".," and after[1:2].isdigit():
        # "2020.12 They" is a footnote glued after a year; "2019.5" is a decimal.
        if not FOOTNOTE_AFTER.match(text, end, min(len(text), end + 60)):
            return False
    if _PERCENT_AFTER_RE.match(after):
        return False
    if text[start:end] < "1900" and _BODY_AFTER_RE.match(text, end, min(len(text), end + 30)):
        return False        # (years before 1900 need "the"; a resolution number after "the" names the body)
    if RESOLUTION_LIST.search(before):
        return False
    prev = word_before(text, start)
    if prev in YEAR_BLOCKERS:
        return False
    nxt = word_after(text, end)
    nxt_l = nxt.lower()
    if nxt_l in COUNT_NOUNS:
        return False
    if prev in QUANTIFIERS and nxt.islower() and nxt_l.endswith("s"):
        return False
    return True


def _accept_bare_month(text: str, start: int, end: int, word: str, has_edge: bool,
                       lenient: bool) -> bool:
    """A month name without day or year: is it really the month?"""
    if not word[:1].isupper() and not lenient:
        return False
    key = word.lower().rstrip(".")
    if key not in FULL_MONTHS:                       # "Jan", "Dec": names, not months
        return lenient
    if lenient or has_edge:
        return True
    after = text[end:end + 3]
    if key not in MONTH_WORDS:                       # "September": unambiguous
        return True
    if after.startswith(("'s", "’s")) and key != "may":
        return True
    before = text[max(0, start - 30):start]
    prev = word_before(text, start)
    if prev in MONTH_TRIGGERS:
        # "by May" is a month, but "written by May" (Theresa May) is rare enough.
        return True
    m2 = WORDS_BEFORE.search(before)
    if m2 and f"{m2.group(1)} {m2.group(2)}".lower() in MONTH_TRIGGERS:
        return True
    if MONTH_LINK_BEFORE.search(before) or MONTH_LINK_AFTER.match(text, end, min(len(text), end + 25)):
        return True
    if key != "may" and ATTRIBUTIVE_MONTH_BEFORE.search(before) and ATTRIBUTIVE_MONTH_AFTER.match(text, end, end + 30):
        return True     # a month before the event it dates: "the June treaty", "their June meeting" (not "the May government")
    return False


def _at_sentence_start(text: str, start: int) -> bool:
    """Does ``start`` open a sentence (after terminal punctuation, a line break or an opening quote)?"""
    i = start - 1
    while i >= 0 and text[i] in " \t\"“‘'(\u00a0":
        i -= 1
    return i < 0 or text[i] in ".!?\n\r:;"
