"""Descriptions named only after them: a wire lead's or a headline's role ("Russia's ambassador to the DPRK was
quoted as saying ... Ambassador Alexander Matsegora said", "Boeing CEO blasted during Senate hearing ... Boeing
Chief Executive Officer Dave Calhoun"), and a description a later sentence names ("the Derna mayor said. Derna Mayor
Abdulmenam al-Ghaithi told ...").

Split from :mod:`analysis.nlp.descriptions`, which calls these last, after the backward rules found nobody.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from .document import Document


# A description in the first sentences of an article may name its person only after it (wire leads: "Russia's
# ambassador to the DPRK was quoted as saying ... Ambassador Alexander Matsegora said"): that many sentences.
LEAD_SENTENCES = 2
LEAD_AHEAD = 2
# ... and a headline's description ("Boeing CEO blasted during Senate hearing") may be named after the standfirst,
# byline and dateline that follow it: that many sentences more.
HEADLINE_AHEAD = 3


def _headline(sents, s: int) -> bool:
    """Sentence ``s`` is a line of its own with no closing period: a headline or a standfirst."""
    own = sents[s]
    alone = (s == 0 or sents[s - 1].paragraph != own.paragraph) and \
        (s + 1 >= len(sents) or sents[s + 1].paragraph != own.paragraph)
    return alone and not own.text.rstrip().rstrip("”’\"'").endswith((".", "!", "?", ":"))


def lead_holder(doc: "Document", same: Sequence[str], names: Sequence[str], pos: int) -> str:
    """For a description in the lead with nobody named before it: the one person named in the next
    :data:`LEAD_AHEAD` sentences with the same role next to the name and the description's words near; else ""."""
    s = doc.index.index_at(pos)
    if s < 0 or s >= LEAD_SENTENCES:
        return ""
    first = bisect.bisect_left(doc.people.mention_starts, pos)
    if any(m.start < pos for m in doc.people.mentions[:first]):
        return ""                               # somebody is named before: not a lead's forward reference
    sents = doc.index.sentences
    ahead = LEAD_AHEAD + (HEADLINE_AHEAD if _headline(sents, s) else 0)
    hi = sents[min(len(sents) - 1, s + ahead)].end
    from .descriptions import _role_next_to, _role_pattern    # (descriptions imports this module)
    pattern = _role_pattern(tuple(same))
    found = set()
    for mm in doc.people.mentions[first:]:
        if mm.start >= hi:
            break
        if _role_next_to(doc, mm, pattern, names):
            found.add(mm.person)
    return doc.people.people[next(iter(found))].name if len(found) == 1 else ""


def first_named_after(doc: "Document", role: str, names: Sequence[str], pos: int) -> str:
    """A description the article names only afterwards, outside the lead: the first person mentioned after it,
    in its sentence or the next, when first named there with the description's very role next to the name and
    its capitalised words near ('“...,” the Derna mayor said. Derna Mayor Abdulmenam al-Ghaithi told ...'); else "".
    A description with no capitalised word ("the candidate") is an epithet of someone named before: not here."""
    s = doc.index.index_at(pos)
    if s < 0 or not names:
        return ""
    first = bisect.bisect_left(doc.people.mention_starts, pos)
    hi = doc.index.sentences[min(len(doc.index.sentences) - 1, s + 1)].end
    if first >= len(doc.people.mentions) or doc.people.mentions[first].start >= hi:
        return ""
    mm = doc.people.mentions[first]
    if any(f.start < pos for f in doc.people.first_mentions(mm.person)):
        return ""                               # named before: the backward rules passed this person over
    from .descriptions import _role_next_to, _role_pattern
    return doc.people.people[mm.person].name if _role_next_to(doc, mm, _role_pattern((role,)), names) else ""


# A name reporting right after it: "Leff also said that ...".
_REPORTS = re.compile(r"\s+(?:also\s+|then\s+|later\s+|further\s+)?(?:said|says|told|tells|added|explained|noted|"
                      r"stressed|argued|wrote|warned)\b")


def previous_reporter(doc: "Document", pos: int) -> str:
    """For an expert's bare role ("the researcher commented") that nobody was written with: the one person named in
    the sentence before, when that person reports there ('Leff also said that some of the components ... "...," the
    researcher commented'); else ""."""
    s = doc.index.index_at(pos)
    if s < 1:
        return ""
    prev = doc.index.sentences[s - 1]
    i = bisect.bisect_left(doc.people.mention_starts, prev.start)
    people, speaking = set(), -1
    while i < len(doc.people.mentions) and doc.people.mentions[i].start < min(prev.end, pos):
        mm = doc.people.mentions[i]
        people.add(mm.person)
        if _REPORTS.match(doc.text, mm.end):
            speaking = mm.person
        i += 1
    return doc.people.people[speaking].name if len(people) == 1 and speaking >= 0 else ""


__all__ = ["HEADLINE_AHEAD", "LEAD_AHEAD", "LEAD_SENTENCES", "first_named_after", "lead_holder", "previous_reporter"]
