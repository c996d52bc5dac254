"""Quotes that take their speaker from another quote of the article: words quoted again, and a quoted fragment in
the clause of a quote whose speaker is named after it.

:func:`echoed` is asked by :mod:`analysis.quotes` for a quote left without a speaker; :func:`postposed_fragments`
runs once over the rows of an article.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from .nlp import QuoteSpan
from .records import Quote

_ECHO_WORDS = re.compile(r"[^\W_]+")


def echoed(text: str, spans: Sequence[QuoteSpan], resolved, i: int) -> str:
    """The speaker of an earlier quote of the article that holds all the words of quote ``i`` (three or more, in
    order), when one speaker did; else ""."""
    words = " ".join(_ECHO_WORDS.findall(text[spans[i].start:spans[i].end].lower()))
    if words.count(" ") < 2:
        return ""
    found = {resolved[j][0] for j in range(i) if resolved[j][0] and spans[j].end <= spans[i].start and
             (" " + words + " ") in (" " + " ".join(_ECHO_WORDS.findall(text[spans[j].start:spans[j].end].lower())) + " ")}
    return next(iter(found)) if len(found) == 1 else ""


# What may stand between a quoted fragment and the quote after it in its clause: a few words, no clause break.
_FRAGMENT_GAP = re.compile(r"[^.;:!?()\[\]“”\"]{0,40}")


def postposed_fragments(text: str, spans: Sequence[QuoteSpan], quotes: list[Quote], fragments: Sequence[bool],
                        postposed: Sequence[bool], sent_of: Sequence[int]) -> list[Quote]:
    """``quotes`` (one row per span) with each quoted fragment that has no cue and no speaker (``fragments``) given
    the speaker of the next quote of its clause when that one is named after it (``postposed``): 'The "very
    important" deal "enriches an historic friendship ...," Meloni said'."""
    quotes = list(quotes)
    for i in range(len(spans) - 1):
        if fragments[i] and postposed[i + 1] and sent_of[i + 1] == sent_of[i] and \
                spans[i].closed and _FRAGMENT_GAP.fullmatch(text, spans[i].close, spans[i + 1].open):
            quotes[i] = dataclasses.replace(quotes[i], speaker=quotes[i + 1].speaker, kind="speech",
                                            speaker_mention=quotes[i + 1].speaker_mention)
    return quotes


__all__ = ["echoed", "postposed_fragments"]
