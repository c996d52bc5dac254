"""A quoted fragment inside a claim's content is its source's words: 'the commander noted that intercepted
communications indicate that the troops will "return soon."' (the commander), 'ECOWAS condemned the coup ... or the
community would use "all measures,"' (ECOWAS).

The quote rules give no speaker to a fragment with no saying verb of its own next to it; the claim rules found the
holder of the sentence's content. :func:`claim_speakers` gives such a quote, when it lies wholly inside the content of
exactly one claim with a source that can name an actor (:func:`analysis.nlp.mentions.plausible_actor`: not
"show insiders", "a 52-count civil complaint") and whose head is an actor noun
(:func:`analysis.quote_subjects.no_actor_head`: not "The first error"), that source (and its mention), keeping the quote's kind: a label stays a label, now
with the user that the conventions name ("North Korea uses the term 'alliance'" -> North Korea). A saying verb
written right before the fragment inside the content ('one North Korean shouted, "..."') is another voice: no
speaker is given. Called by :func:`analysis.extract.extract_article` once both tables of an article exist.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Sequence

from .nlp.mentions import plausible_actor
from .quote_subjects import clause_mention, no_actor_head
from .records import Claim, Quote

# A saying verb (or its "as") right before the fragment: a voice nested in the content, not the claim's source.
_NESTED_VOICE = re.compile(r"\b(?:said|says|say|shouted|shouts|wrote|writes|told|tells|asked|asks|added|declared|"
                           r"called|calls|dubbed|described|describes|reads|read|stated|states|chanted|yelled|screamed|"
                           r"named|titled|entitled|labell?ed|known)(?:\s+(?:it|them|him|her))?(?:\s+as)?"
                           r"\s*[,:]?\s*[“\"‘']?$")
# How far back from the fragment the nested verb is looked for.
_NESTED_WINDOW = 40


def claim_speakers(text: str, quotes: Sequence[Quote], claims: Sequence[Claim]) -> list[Quote]:
    """``quotes`` with a speakerless fragment inside one claim's content given that claim's source."""
    # (a common noun phrase whose head is no actor noun, 'The first error was accusing the club of not acting with
    # 'utmost good faith'', holds the content but says nothing: no speaker is taken from it)
    with_source = sorted((c for c in claims if c.source and plausible_actor(c.source) and not no_actor_head(c.source)
                          and not clause_mention(c.source_mention or c.source)),
                         key=lambda c: (c.start, c.end))
    starts = [c.start for c in with_source]
    out = []
    for q in quotes:
        if not q.speaker and with_source:
            hi = bisect.bisect_right(starts, q.start)
            # claims are short (a sentence's content): those starting at most a few hundred characters before
            holders = [c for c in with_source[max(0, hi - 12):hi] if c.start <= q.start and q.end <= c.end]
            names = {c.source for c in holders}
            if len(names) == 1:
                c = holders[0]
                before = text[max(c.start, q.start - _NESTED_WINDOW):q.start]
                if not _NESTED_VOICE.search(before):
                    q = dataclasses.replace(q, speaker=c.source, speaker_mention=c.source_mention or c.source)
        out.append(q)
    return out


__all__ = ["claim_speakers"]
