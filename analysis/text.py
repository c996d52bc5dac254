"""Sentence and paragraph spans that keep the article's own character offsets.

Nothing here rewrites the text: every span indexes the article exactly as decoded,
so ``text[start:end]`` is always the surface a reader sees.
"""
from __future__ import annotations

import re
from typing import Iterator

from .lexicons import load_list
from .records import Sentence
from .nlp.guard import guarded

_ABBREVIATIONS = frozenset(load_list("abbreviations.txt"))
_STARTERS = frozenset(load_list("sentence_starters.txt"))

# A paragraph is a run of text between line breaks.
_PARAGRAPH = re.compile(r"[^\r\n]+")

# A candidate sentence end: terminal punctuation, optional closing quotes/brackets,
# an optional footnote number glued to it ("...the other.1"), then whitespace and
# something that can open a sentence.
_BOUNDARY = guarded(re.compile(
    r"""(?P<end>[.!?]+|…)
        (?P<close>[”"’'»)\]]*)
        (?P<note>\d{1,3})?
        (?=\s+(?P<next>[“"‘'«(\[]?[A-Z0-9\u00C0-\u024F]))""",
    re.VERBOSE,
))
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# A period glued to the next sentence by a lost space or line break ("military cooperation.The United
# States", "in June 2024.The Duma's"): after a lowercase word or a year, before a capitalised common
# sentence starter (never "News.Az", "Gazeta.Ru", "U.S.The": the word before must be lowercase).
# (A word of two or more lower-case letters, or of four digits, then the glued period; anchored at the word's start,
# which finds the same periods twice as fast as a look-behind tried at every character.)
_GLUED = re.compile(r"\b(?:[a-z]{2,}(?P<end>\.)(?=(?P<next>[A-Z][a-z]*)\b)|\d{4}(?P<yend>\.)(?=[A-Z][a-z]*\b))")
_GLUED_ANY = re.compile(r"\.[A-Z]")          # every glued period has this: a fast test for the paragraph
_LETTERS = re.compile(r"[A-Za-z]+")
_NEXT_WORD = re.compile(r"\s+[“\"‘'«(\[]?([A-Za-z]+)")

# A footnote marker: 1-3 digits glued to sentence-final punctuation that follows a
# letter or closing quote ("...the other.1 Commentators").  Not a decimal ("90.3").  The number is group 1;
# the match opens on the punctuation, so that the regex engine skips to it (three times faster than a
# look-behind tried at every character; the same numbers, and a search finds one where the old one did).
FOOTNOTE = re.compile(r"[.!?](?<=[A-Za-z”\"’')\]][.!?])(\d{1,3})(?=\s|$)")


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each non-blank line-delimited paragraph.

    >>> list(paragraph_spans("One.\\n\\nTwo."))
    [(0, 4), (6, 10)]
    """
    for m in _PARAGRAPH.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def footnote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of footnote numbers glued to sentence ends; these are never figures."""
    return [m.span(1) for m in FOOTNOTE.finditer(text)]


def _is_abbreviation(text: str, dot: int, para_start: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation rather than a sentence."""
    m = _WORD_BEFORE.search(text, max(para_start, dot - 20), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        if word in ("u.s", "u.n", "u.k", "e.u", "d.c", "etc", "a.m", "p.m"):
            nxt = _NEXT_WORD.match(text, dot + 1)
            if nxt and nxt.group(1).lower() in _STARTERS:
                return False
        return True
    # A single capital letter: an initial ("N. Korea", "J. Smith").
    return len(word) == 1 and text[m.start()].isupper()


def _glued_ends(text: str, p_start: int, p_end: int) -> list[int]:
    """Positions just after a period glued to a sentence starter ("cooperation.The")."""
    out: list[int] = []
    if _GLUED_ANY.search(text, p_start, p_end) is None:
        return out
    for m in _GLUED.finditer(text, p_start, p_end):
        dot = m.start("end") if m.group("end") else m.start("yend")
        nxt = _LETTERS.match(text, dot + 1, dot + 20)
        if nxt and nxt.group(0).lower() in _STARTERS and nxt.group(0)[0].isupper():
            out.append(dot + 1)
    return out


def _sentences_in_paragraph(text: str, p_start: int, p_end: int) -> Iterator[tuple[int, int]]:
    glued = _glued_ends(text, p_start, p_end)
    if glued:
        lo = p_start
        for end in glued + [p_end]:
            yield from _sentences_in_paragraph_plain(text, lo, end)
            lo = end
        return
    yield from _sentences_in_paragraph_plain(text, p_start, p_end)


def _sentences_in_paragraph_plain(text: str, p_start: int, p_end: int) -> Iterator[tuple[int, int]]:
    s_start = p_start
    for m in _BOUNDARY.finditer(text, p_start, p_end):
        if m.group("end") == "." and _is_abbreviation(text, m.start("end"), p_start):
            continue
        # "49.55 Hz", "US$ 4.5 Billion": digits after a period that follows a digit are a decimal,
        # not a footnote marker.
        if m.group("note") and not m.group("close") and m.start() > p_start and text[m.start() - 1].isdigit():
            continue
        s_end = m.end()
        if s_end > s_start:
            yield s_start, s_end
        s_start = s_end
        while s_start < p_end and text[s_start].isspace():
            s_start += 1
    if s_start < p_end:
        yield s_start, p_end


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence, one paragraph at a time.

    Footnote markers stay with the sentence they close, so ``"the other.1 Next"``
    splits after ``1``.

    >>> t = "He left.1 She stayed. Dr. Lee said so."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['He left.1', 'She stayed.', 'Dr. Lee said so.']
    """
    for p_start, p_end in paragraph_spans(text):
        yield from _sentences_in_paragraph(text, p_start, p_end)


def split_sentences(text: str, *, article_id: str = "") -> list[Sentence]:
    """Sentences of ``text`` as records, numbered in order, with their paragraph index.

    >>> [s.text for s in split_sentences("A cat.\\nA dog.")]
    ['A cat.', 'A dog.']
    """
    out: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        for s_start, s_end in _sentences_in_paragraph(text, p_start, p_end):
            out.append(Sentence(article_id, len(out), s_start, s_end, text[s_start:s_end], p_index))
    return out
