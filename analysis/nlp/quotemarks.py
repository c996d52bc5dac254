"""Quotation marks: every quoted stretch of a text, from curly, straight, PTB and single marks.

:func:`find_quote_spans` pairs the marks (telling apostrophes from closing single quotes)
and never fails on unbalanced ones; quotes and claims both read its spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class QuoteSpan:
    """One quoted stretch: ``text[start:end]`` are the words inside the marks (trimmed)."""

    open: int        # position of the opening mark
    start: int
    end: int
    close: int       # position just after the closing mark (the paragraph end when left open)
    closed: bool     # False when recovered: left open at a paragraph end or before a new opener
    single: bool     # single quotation marks (‘…’ or '…')


# An HTML/XML tag left in the text; quotation marks inside it are attribute syntax.
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,500}>")
_MARKS = re.compile(r"``|''|[\"“”„«»‘’'`‹›]|\r\n|\n|\r")
_OPENING_BEFORE = set("([{—–-/“‘«„") | {"\n", "\r", "\t", " ", "\u00a0", ""}
_SPACE = {" ", "\t", "\n", "\r", "\u00a0", "\u2009", "\u202f", ""}
_CLOSING_AFTER = set(".,;:!?)]}—–-…/") | _SPACE | {"”", "’", "\"", "'"}
_DOUBLE_OPEN = {"“", "„", "«", "``"}
_DOUBLE_CLOSE = {"”", "»"}
_DOUBLE_EITHER = {"\"", "''"}


def _role(text: str, pos: int, mark: str) -> tuple[str, str]:
    """(kind, role) of a quotation mark from its neighbours: kind d/s, role open/close/either/none."""
    prev = text[pos - 1] if pos > 0 else ""
    nxt = text[pos + len(mark)] if pos + len(mark) < len(text) else ""
    if mark in _DOUBLE_OPEN:
        # A mistyped closer: “ glued to the end of a word ("policy“ and").
        if mark == "“" and prev and not prev.isspace() and prev not in _OPENING_BEFORE and nxt in _CLOSING_AFTER:
            return "d", "close"
        return "d", "open"
    if mark in _DOUBLE_CLOSE:
        if mark == "”" and (prev in _SPACE) and nxt and nxt.isalnum():
            return "d", "open"
        return "d", "close"
    if mark in _DOUBLE_EITHER:
        if prev == "=":
            return "d", "none"             # markup, not prose: <tweet author="x">
        if prev in _OPENING_BEFORE and nxt not in _SPACE:
            return "d", "open"
        if prev not in _SPACE and nxt in _CLOSING_AFTER:
            return "d", "close"
        return "d", "either"
    if mark in ("‹", "`"):
        return "s", "open"
    if mark == "›":
        return "s", "close"
    # Single quotes double as apostrophes: don’t, Korea’s, ’90s, the 1990s’.
    if prev.isalnum() and nxt.isalnum():
        return "s", "none"
    if mark == "‘":
        return ("s", "none") if nxt.isdigit() else ("s", "open")
    if mark == "’":
        return ("s", "none") if (prev in _SPACE and nxt.isalnum()) else ("s", "close")
    # straight '
    if prev in _OPENING_BEFORE and nxt.isalpha():
        return "s", "open"
    if prev not in _SPACE:
        return "s", "close"
    return "s", "none"


class _Frame:
    __slots__ = ("kind", "open", "content", "inner", "straight")

    def __init__(self, kind: str, open_: int, content: int, straight: bool):
        self.kind, self.open, self.content, self.inner = kind, open_, content, []
        self.straight = straight           # opened by a straight mark (" or '')


def _make_span(text: str, frame: _Frame, end: int, close: int, closed: bool) -> Optional[QuoteSpan]:
    start = frame.content
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end <= start or not any(ch.isalnum() for ch in text[start:end]):
        return None
    if frame.kind == "s" and end - start < 2:
        return None                       # "rock 'n' roll": elided letters, not a quotation
    return QuoteSpan(frame.open, start, end, close, closed, frame.kind == "s")


def _continues_after_break(text: str, pos: int) -> bool:
    """True when the line after ``pos`` closes a quote before opening one: a hard-wrapped quote."""
    limit = min(len(text), pos + 2000)
    for m in _MARKS.finditer(text, pos, limit):
        mark = m.group()
        if mark in ("\n", "\r", "\r\n"):
            if m.start() > pos:      # a blank line or a second line break: a real paragraph end
                return False
            continue
        kind, role = _role(text, m.start(), mark)
        if kind == "d":
            return role == "close"
    return False


def _nested_ahead(text: str, pos: int) -> bool:
    """True when the next two double marks after ``pos`` in its paragraph both close: the opener before
    ``pos`` is a quote nested in the open one, not a new quote after an unclosed one."""
    closes = 0
    for m in _MARKS.finditer(text, pos, min(len(text), pos + 2000)):
        mark = m.group()
        if mark in ("\n", "\r", "\r\n"):
            return False
        kind, role = _role(text, m.start(), mark)
        if kind != "d" or role == "none":
            continue
        if role == "open":
            return False
        closes += 1
        if closes == 2:
            return True
    return False


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every outermost quoted stretch in ``text``, in order.

    Handles curly, straight, mixed (“…"), PTB (``…'') and single (‘…’) marks, tells
    apostrophes from closing single quotes, and never fails on unbalanced marks: a quote
    left open runs to its paragraph end (the multi-paragraph convention), a single quote
    left open is dropped, and a new opening mark inside an open quote closes the old one.

    >>> t = "He said “no ‘way’” twice. The “hegemonic policy\\" and Korea’s ‘alliance’."
    >>> [t[q.start:q.end] for q in find_quote_spans(t)]
    ['no ‘way’', 'hegemonic policy', 'alliance']
    """
    pairing = _Pairing(text)
    tags = [t.span() for t in _TAG.finditer(text)]
    tag_i = 0
    for m in _MARKS.finditer(text):
        mark, pos = m.group(), m.start()
        while tag_i < len(tags) and tags[tag_i][1] <= pos:
            tag_i += 1
        if tag_i < len(tags) and tags[tag_i][0] < pos:
            continue                      # inside markup: <tweet author="x">
        if mark in ("\n", "\r", "\r\n"):
            pairing.line_break(pos, m.end())
        else:
            pairing.mark(mark, pos, m.end())
    pairing.close_all(len(text))
    return sorted(pairing.out, key=lambda q: q.start)


class _Pairing:
    """The open quotes (a stack of frames) and the spans found so far, as the marks are read in order."""

    def __init__(self, text: str):
        self.text = text
        self.out: list[QuoteSpan] = []
        self.stack: list[_Frame] = []

    def _emit(self, span: Optional[QuoteSpan], inner: list[QuoteSpan]) -> None:
        target = self.stack[-1].inner if self.stack else self.out
        if span is not None:
            target.append(span)
        else:
            target.extend(inner)

    def _close_top(self, end: int, close: int, closed: bool) -> None:
        frame = self.stack.pop()
        span = _make_span(self.text, frame, end, close, closed)
        # A quote that closes keeps its nested quotes inside it; one that is dropped frees them,
        # and so does one left open (a paragraph-long quote whose inner quotes stand on their own).
        if span is not None and not closed:
            self._emit(span, [])
            self._emit(None, frame.inner)
        else:
            self._emit(span, frame.inner if span is None else [])

    def _abandon_top(self) -> None:
        self._emit(None, self.stack.pop().inner)

    def close_all(self, end: int) -> None:
        """Every open quote ends at ``end``: double quotes are kept as left open, single ones dropped."""
        while self.stack:
            if self.stack[-1].kind == "s":
                self._abandon_top()
            else:
                self._close_top(end, end, False)

    def _in_double(self) -> bool:
        return any(f.kind == "d" for f in self.stack)

    def line_break(self, pos: int, after: int) -> None:
        """A paragraph end closes the open quotes, unless a hard-wrapped quote goes on after it."""
        if self.stack and not (self._in_double() and _continues_after_break(self.text, after)):
            self.close_all(pos)

    def mark(self, mark: str, pos: int, end: int) -> None:
        """A quotation mark at ``pos``: open a quote, close one, or neither (an apostrophe)."""
        kind, role = _role(self.text, pos, mark)
        if role == "none":
            return
        in_double = self._in_double()
        if kind == "s" and in_double:
            return                        # nested single quotes stay inside the outer quote
        if role == "either":
            role = "close" if in_double else "open"
        stack = self.stack
        if role == "open":
            straight = mark in _DOUBLE_EITHER
            if kind == "s" and stack and stack[-1].kind == "s":
                self._abandon_top()       # 'rock ‘n’ roll ‘...': a single quote never nests in another
            if kind == "d" and in_double and (stack[-1].straight == straight or len(stack) > 1) \
                    and not (not straight and len(stack) == 1 and _nested_ahead(self.text, end)):
                # A second opener of the same style inside an open quote: the first was never closed.
                # (A curly quote inside a straight one, or the reverse, is nesting; so is a curly one
                # that closes twice before the paragraph ends: “... what he calls “hell” than ...”.)
                self.close_all(pos)
            stack.append(_Frame(kind, pos, end, straight))
        elif stack and stack[-1].kind == kind:
            self._close_top(pos, end, True)
        elif kind == "d" and in_double:
            while stack[-1].kind != "d":
                self._abandon_top()
            self._close_top(pos, end, True)
