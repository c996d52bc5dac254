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

import bisect
import re
from dataclasses import replace
from typing import Sequence

from ..records import Figure, Sentence

_HEADING_MAX = 400   # characters: a title, subtitle or byline is shorter
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
        if paragraphs[order[i]][-1].end - paragraphs[order[i]][0].start > _HEADING_MAX:
            return 0 if i == 0 else end    # a long paragraph is body, whatever its last character
        end = paragraphs[order[i]][-1].end
        i += 1
    if i == 0 or i >= len(order):
        return 0 if i >= len(order) else end   # no title line, or nothing but title lines: no heading
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
    mentions: dict[tuple, list[tuple[int, int]]] = {}     # key -> [(paragraph, start)], in text order
    for f in figures:
        if f.kind != "ordinal":
            mentions.setdefault((f.value, f.value_high, f.unit), []).append((paragraph.get(f.sentence_id, -1), f.start))
    out = list(figures)
    for i, f in enumerate(figures):
        if f.start >= body:
            break
        if f.kind == "ordinal":
            continue
        later = mentions[(f.value, f.value_high, f.unit)]
        k = bisect.bisect_right(later, (paragraph.get(f.sentence_id, -1), 1 << 62))
        if k < len(later):     # a title's figure may point to the standfirst's, which points on
            out[i] = replace(f, repeat_of=later[k][1])
    return out
