"""Whether a quote with no cue of its own may continue the speaker of an earlier sentence's quote.

:func:`narrative_in_new_paragraph`: the quote stands in the author's own words in a later paragraph;
:func:`other_subject`: its sentence opens with another named subject. Either way it continues nobody
(:func:`analysis.quotes._inherit`).
"""
from __future__ import annotations

import re
from typing import Sequence

from .nlp import QuoteSpan, has_name, leading_np, tokens
from .records import Sentence

_PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Tt]hey|[Tt]heir|[Tt]hem)\b")


def narrative_in_new_paragraph(text: str, q: QuoteSpan, sents: Sequence[Sentence], s_quote: int, s_before: int,
                               speaker: str) -> bool:
    """Whether quote ``q`` stands in a paragraph after the earlier quote's, inside the author's own words that
    mention neither ``speaker`` nor a he/she ('Among the 23 articles in the pact is a clause stipulating that
    "..."'): it continues nobody's speech (unlike 'Cyril explained ... because to her, "..."')."""
    if not sents or sents[s_quote].paragraph == sents[s_before].paragraph:
        return False
    para = next((k for k in range(s_quote, -1, -1) if k == 0 or sents[k - 1].paragraph != sents[s_quote].paragraph))
    before = text[sents[para].start:q.open]
    if not before.strip(" \n\t“”\"‘’'"):
        return False
    names = [w for w in re.findall(r"[A-Z][\w’'-]+", speaker) if len(w) > 2]
    return not _PERSONAL.search(before) and not any(re.search(r"\b%s\b" % re.escape(w), before) for w in names)


def other_subject(text: str, q: QuoteSpan, sent: Sentence, speaker: str) -> bool:
    """Whether the sentence of quote ``q`` opens with a named subject other than ``speaker`` and mentions neither
    that speaker nor a he/she before the quote ('Then-U.S. President Donald Trump slammed Vestager as the "tax
    lady" who "really hates the U.S."' after Tim Cook's quote): the quote is not Cook's to continue."""
    sp = leading_np(text, sent.start, q.open)
    if sp is None or not has_name(tokens(text, sp[0], sp[1])):
        return False
    before = text[sent.start:q.open]
    names = [w for w in re.findall(r"[A-Z][\w’'-]+", speaker) if len(w) > 2]
    return not _PERSONAL.search(before) and not any(re.search(r"\b%s\b" % re.escape(w), before) for w in names)
