"""A role described in a story's lead and named in the paragraph after it: 'The CEO of cybersecurity company
CrowdStrike said Friday his company is “deeply sorry” ...' then '“...,” George Kurtz said'; 'according to a top
U.S. security official who warned ...' then '“...,” national security adviser Jake Sullivan said'.

News style describes the speaker in the lead and names him in the next paragraph, without introducing him again.
:func:`named_lead_roles` gives such a quote the name when all of these hold: the speaker as written is one
described role (an article and a role noun: "the CEO of ...", "a top ... official"); no person is named before
it outside quotes; the next paragraph's first quote with a speaker is a person's, and that person is the first
named after the description; and the name is written bare or after a title sharing a word with the description
(not 'John Smith, an analyst at ...', a new speaker introduced with a role of his own). Called by
:mod:`analysis.quotes` once the quotes of an article are resolved, for the descriptions that
:mod:`analysis.nlp.lead_roles` (which needs the same role written next to the later name) left as written.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from .nlp.mentions import actor_words
from .records import Quote

_ROLE_DESCRIPTION = re.compile(r"(?i:the|an?)\s+((?:[\w.’'-]+\s+){0,4}?)([a-z]+|CEO)(?:\s+(?:of|at|for)\s+.{1,60})?")
# A person introduced anew after the name: 'John Smith, an analyst', ', who heads', ', 45,', ' of the union'.
_APPOSITION = re.compile(r"\s*,\s+(?:a|an|the|who|whose|\d{1,3},)\s|\s+(?:of|from|at)\s")
_TITLE_BEFORE = re.compile(r"((?:[a-zA-Z.]+\s+){0,4})$")


def named_lead_roles(doc, quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` with a lead's described speaker replaced by the person the next paragraph names."""
    sents = doc.index.sentences
    if not sents:
        return list(quotes)
    out = list(quotes)
    for k, q in enumerate(out):
        m = _ROLE_DESCRIPTION.fullmatch(q.speaker_mention or q.speaker)
        if q.speaker != (q.speaker_mention or q.speaker) or m is None or q.kind != "speech" \
                or m.group(2).lower() not in actor_words()["role"] or q.sentence_id < 0:
            continue
        para = sents[q.sentence_id].paragraph
        if any(mm.start < q.start and doc.quote_at(mm.start) is None for mm in doc.people.mentions):
            continue                           # a person named before: no lead description
        nxt = next((r for r in out[k + 1:] if r.speaker and r.sentence_id >= 0
                    and sents[r.sentence_id].paragraph > para), None)
        if nxt is None or sents[nxt.sentence_id].paragraph != para + 1:
            continue
        person = doc.people.lookup(nxt.speaker)
        first = next((mm for mm in doc.people.mentions if mm.start > q.end and doc.quote_at(mm.start) is None), None)
        if person is None or first is None or doc.people.people[first.person] is not person:
            continue
        if _APPOSITION.match(doc.text, first.end):
            continue                           # 'John Smith, an analyst at ...': introduced anew
        title = _TITLE_BEFORE.search(doc.text, max(0, first.start - 60), first.start).group(1).lower().split()
        described = set(re.findall(r"[a-z]{3,}", (m.group(1) + " " + m.group(2)).lower())) - {"the", "top", "senior"}
        if title and not described & set(title):
            continue                           # 'analyst John Smith' after 'a top official'
        out[k] = dataclasses.replace(q, speaker=person.name)
    return out


__all__ = ["named_lead_roles"]
