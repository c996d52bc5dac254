"""Headline and standfirst figures that the body repeats: ``repeat_of``.

A headline ("North Korea could have sent over 6 million artillery shells to Russia") usually
repeats a figure the body states again.  Such a figure keeps its row (it is in the text), and
``repeat_of`` holds the ``start`` of the first mention in a later paragraph with the same value,
range and unit, so that tables can count the figure once (count the rows whose ``repeat_of`` is
``-1``).  A title's figure may point to the standfirst's, which points on to the body's.

The heading is the run of paragraphs at the top that do not end a sentence (title, subtitle,
byline, date line), plus the first paragraph after them when it is a single sentence followed
by at least two more paragraphs (a standfirst).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..records import Figure, Sentence

_ENDS_SENTENCE_RE = re.compile(r"[.!?][”\"’')\]]*\s*\Z")


def heading_end(text: str, sentences: Sequence[Sentence]) -> int:
    """The offset where the body starts: after the title lines and a one-sentence standfirst."""
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    order = sorted(paragraphs)
    end = 0
    i = 0
    while i < len(order) and not _ENDS_SENTENCE_RE.search(text[paragraphs[order[i]][0].start:paragraphs[order[i]][-1].end]):
        end = paragraphs[order[i]][-1].end
        i += 1
    if i == 0 or i >= len(order):
        return end   # no title line: the article starts with its body
    first = paragraphs[order[i]]
    if len(first) == 1 and len(order) - i - 1 >= 2:
        end = first[-1].end
    return end


def link_repeats(text: str, sentences: Sequence[Sentence], figures: list[Figure]) -> list[Figure]:
    """``figures`` (sorted) with ``repeat_of`` set on heading figures that the body states again."""
    if not figures or not sentences:
        return figures
    body = heading_end(text, sentences)
    if body <= 0:
        return figures
    paragraph = {s.sentence_id: s.paragraph for s in sentences}
    out = list(figures)
    for i, f in enumerate(figures):
        if f.start >= body:
            break
        if f.kind == "ordinal":
            continue
        key, par = (f.value, f.value_high, f.unit), paragraph.get(f.sentence_id, -1)
        for g in figures[i + 1:]:
            if (g.value, g.value_high, g.unit) == key and paragraph.get(g.sentence_id, -1) > par:
                out[i] = replace(f, repeat_of=g.start)   # a title's figure may point to the standfirst's, which points on
                break
    return out
