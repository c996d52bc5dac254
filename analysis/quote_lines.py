"""Quotes whose speaker is given by the shape of the line or by a title quoted before them.

:func:`deck_speaker`: a headline or deck line that is only a name and a quotation ('Park Wongon "Russia Does Not
Transfer Technology Even to Allies"', 'Park Won-gon: "..."') gives the named person's words, even when the quote is
written in title case (which otherwise makes it a title). The name must be a person the article names outside its
headlines, spaces and hyphens aside ('Park Wongon' of the body's 'Park Won-gon'); a title-case headline ('Biden Slams
"Junk Fees"') is no name.

:func:`title_between`: a speech verb whose object is first a quoted title and then the words ('said on YTN's "News
King Park Ji-hoon" on the 13th, "Historically, ..."', 'told CBS's "Face the Nation" on Sunday: "..."'): the
attribution found for the title belongs to the quote after it, when only a time or place phrase stands between them.
Called by :mod:`analysis.quotes`.
"""
from __future__ import annotations

import bisect
import re

from .quote_grammar import _SMALL_WORDS

# Two or three capitalised words filling the line up to the quote, with an optional colon.
_DECK_NAME = re.compile(r"[ \t]*((?:[A-Z][\w’'-]+[ \t]+){1,2}[A-Z][\w’'-]+)[ \t]*:?[ \t]*")
# Nothing but closing marks after the quote on its line.
_LINE_REST = re.compile(r"[”\"’'.!?]*[ \t]*(?:\n|$)")
# Between a quoted title and the words: its closing mark, a phrase of time or place, a comma or a colon.
_BETWEEN = re.compile(r"[”\"’']*(?:\s+(?:on|in|at|during|last|this|earlier|late|early)\b"
                      r"(?:\s+(?!(?:and|but|then|when|after|before|as|while)\b)[\w’'.-]+){0,4})?\s*[,:]\s*")


def deck_speaker(text: str, q_open: int, q_close: int, people) -> str:
    """The name opening a line that holds only it and the quote at ``q_open``..``q_close``, or ""."""
    line_start = text.rfind("\n", 0, q_open) + 1
    m = _DECK_NAME.fullmatch(text, line_start, q_open)
    if m is None or _LINE_REST.match(text, q_close) is None:
        return ""
    name = m.group(1)
    words = name.split()
    if any(w.lower() in _SMALL_WORDS for w in words):
        return ""
    key = _squeeze(name)
    line_end = text.find("\n", q_close)
    line_end = len(text) if line_end < 0 else line_end
    if any(_squeeze(text[mm.start:mm.end]) == key and not line_start <= mm.start < line_end for mm in people.mentions):
        return name                            # the person is named in full again outside the line
    return ""


# A speaker's header line in a transcript or video script, the quoted paragraphs after it: an optional marker
# ('::', '[Sound bite:'), title words, the person's name, and after a comma or a dash only a title in capitals
# ('Jens Stoltenberg, NATO Secretary General', '[Sound bite: Party Rep. Ana Lee - Assembly Committee (English)]').
# The marker is '::' or a bracketed marker of recorded speech; any other label ('Photo:', 'Credit:', 'Related:',
# 'Source:', 'Read more:') names a picture's, a story's or a page's person, who says nothing.
_MARKER = r"(?:::[ \t]*|\[[ \t]*(?i:sound[ \t]?bite|sot|interview(?:ee)?|speaker|voice|remarks|statement)[A-Za-z ]{0,12}:[ \t]*)?"
_HEADER_LEAD = re.compile(r"[ \t]*" + _MARKER + r"(?:[A-Z][\w’'.-]*[ \t]+){0,5}")
_HEADER_TAIL = re.compile(r"[ \t]*(?:(?:,|-|–|—)[ \t]*(?:(?:[A-Z(][\w’'.()-]*|of|the|and|for|on|to)[ \t]*){1,10})?\]?[ \t]*")
_HEADER_NAME = re.compile(r"[ \t]*" + _MARKER + r"((?:[A-Z][\w’'-]*[ \t]+){1,3}[A-Z][\w’'-]*[a-z])"
                          + _HEADER_TAIL.pattern)
# ... and the quote opening its own line after it, after the same marker at most.
_QUOTE_LINE_LEAD = re.compile(r"[ \t]*(?:::[ \t]*)?")


def header_speaker(text: str, q_open: int, people) -> str:
    """The person named alone on the line before the paragraph a quote opens at ``q_open`` (see _HEADER_LEAD), or
    ""; a byline ('by Ana Lee') is no header."""
    line_start = text.rfind("\n", 0, q_open) + 1
    if line_start == 0 or not _QUOTE_LINE_LEAD.fullmatch(text, line_start, q_open):
        return ""
    b = line_start - 1
    while b > 0 and text[b - 1] in " \t\n":
        b -= 1                                 # back over blank lines
    a = text.rfind("\n", 0, b) + 1
    if b - a > 160 or b <= a:
        return ""
    k = bisect.bisect_left(people.mention_starts, a)
    found = []
    while k < len(people.mentions) and people.mentions[k].start < b:
        found.append(people.mentions[k])
        k += 1
    if not found:
        # a title-case line holds no person for the index: its name, when the article names that person elsewhere
        m = _HEADER_NAME.fullmatch(text, a, b)
        if m is None or text[a:m.start(1)].strip().lower().startswith("by "):
            return ""
        person = people.lookup(m.group(1))
        return m.group(1) if person is not None and _squeeze(person.name) == _squeeze(m.group(1)) else ""
    if len({mm.person for mm in found}) != 1:
        return ""
    mm = found[0]
    lead = _HEADER_LEAD.fullmatch(text, a, mm.start)
    if lead is None or text[a:mm.start].strip().lower().startswith("by ") \
            or not _HEADER_TAIL.fullmatch(text, found[-1].end, b):
        return ""
    name = people.people[mm.person].name
    return name if len(name.split()) > 1 else ""


def _squeeze(name: str) -> str:
    """A name without spaces, hyphens and case ('Park Won-gon' and 'Park Wongon' are one)."""
    return re.sub(r"[\s’'-]", "", name).lower()


def title_between(text: str, title_close: int, q_open: int) -> bool:
    """Whether only a time or place phrase stands between a quoted title's closing mark and the next quote."""
    return _BETWEEN.fullmatch(text, title_close, q_open) is not None


__all__ = ["deck_speaker", "header_speaker", "title_between"]
