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
        if (titled := _titled_later(doc, q)) is not None:
            out[k] = dataclasses.replace(q, speaker=titled)
            continue
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


# A role owned by a place or body, with no name: "France's Culture Minister", "the country's foreign minister".
_OWNED_ROLE = re.compile(r"(?:(?i:the)\s+)?[\w.-]+[’']s\s+((?:[\w-]+\s+){0,3}?)([A-Za-z]+)")
# How many sentences after the description its holder may be named with the role as a title.
TITLED_SENTENCES = 6


def _titled_later(doc, q: Quote):
    """The person a described speaker with nobody named before it stands for, when the first person named after
    the quote (within :data:`TITLED_SENTENCES`) bears the description's role as a title ('France's Culture Minister
    has insisted ... “...”' then 'Minister Rachida Dati insisted'); or None."""
    mention = q.speaker_mention or q.speaker
    m = _OWNED_ROLE.fullmatch(mention) or _ROLE_DESCRIPTION.fullmatch(mention)
    if m is None or q.speaker != mention or q.kind != "speech" or q.sentence_id < 0 \
            or m.group(2).lower() not in actor_words()["role"]:
        return None
    if any(mm.start < q.start and doc.quote_at(mm.start) is None for mm in doc.people.mentions):
        return None                            # a person named before: not a forward description
    first = next((mm for mm in doc.people.mentions if mm.start > q.end and doc.quote_at(mm.start) is None), None)
    if first is None or doc.index.index_at(first.start) - q.sentence_id > TITLED_SENTENCES:
        return None
    title = (_TITLE_BEFORE.search(doc.text, max(0, first.start - 60), first.start).group(1) + " " +
             doc.text[first.start:first.end]).lower().split()     # (the mention may hold its title)
    return doc.people.people[first.person].name if m.group(2).lower() in title else None


__all__ = ["named_lead_roles"]
