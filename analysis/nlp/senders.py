"""Writers and senders: "the author" is the person who writes the piece reported on, "the message" its sender.

:func:`resolve_author` is called by :func:`analysis.nlp.descriptions.resolve_description` for "the author"
("the writer", "the columnist"): the nearest earlier person written as the subject of a verb of writing
("Bruce Klingner, a senior researcher at the Heritage Foundation, writes about this in the National
Interest ... the author writes") or named as the writer of a piece ("an article by X", "X's op-ed").

:func:`resolve_message` is called by :func:`analysis.nlp.mentions.resolve_mention` for "the message":

1. the nearest earlier sender of a message ("Kim Jong-un has sent a message of congratulations", "a message
   from the ministry", "In his message, Kim said");
2. else what an earlier "the message" of the article was resolved to;
3. else the nearest earlier subject of a verb of announcing ("Traficom announced the start of a state port
   inspection ... "...," the message says"): an announcement is the message.

Nothing found gives "": the caller keeps the description as written.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Sequence

from .mentions import clean_mention

if TYPE_CHECKING:
    from .document import Document

# "the author", "the writer", "the columnist" (one word of that kind at the end).
AUTHOR = re.compile(r"(?i:the)\s+(?:[a-z-]+\s+){0,2}?(?:author|writer|columnist|essayist)")
MESSAGE = re.compile(r"(?i:the)\s+(?:[a-z-]+\s+){0,2}?message")

_WRITES = r"(?:also\s+)?(?:writes|wrote|has\s+written|had\s+written|penned|pens|authored|argues\s+in|argued\s+in)\b"
# After a person's mention, an optional apposition of up to 250 characters, then the verb of writing.
_WRITER_AFTER = re.compile(r"(?:\s*,[^.;:!?\"“”]{1,250}?,)?\s+" + _WRITES)
_PIECES = r"(?:article|op-ed|oped|column|essay|commentary|piece|analysis|book|letter)"
# "an article by X", "X's op-ed", "a column written by X": the name right after / right before.
_PIECE_BY = re.compile(r"\b%s\s+(?:(?:written|penned|published)\s+)?by\s+$" % _PIECES, re.I)
_PIECE_OF = re.compile(r"^[’']s\s+(?:[a-z-]+\s+){0,2}%s\b" % _PIECES)

_SENT = r"(?:has\s+|had\s+|have\s+)?(?:sent|send|sends|issued|released|delivered|addressed|posted)"
_MESSAGE_NOUN = r"(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,3}?message\b"
# After a mention: "... has sent a message of congratulations".
_SENDER_AFTER = re.compile(r"(?:\s*,[^.;:!?\"“”]{1,120}?,)?\s+" + _SENT + r"\s+" + _MESSAGE_NOUN)
# Before a mention: "a message from", "In his message, ".
_SENDER_BEFORE = re.compile(r"(?:\bmessage\s+(?:sent\s+)?(?:from|by)\s+(?:the\s+)?|\b[Ii]n\s+"
                            r"(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}?message\s*,\s+(?:the\s+)?)$")
_NAME = re.compile(r"(?:[A-Z][\w.&’'-]*\s+){0,6}[A-Z][\w.&’'-]*")
_ANNOUNCES = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:announced|announces|declared|declares|informed|informs|"
                        r"notified|notifies|stated|states)\b")


def _person_before(doc: "Document", pos: int, fits) -> tuple[int, str]:
    """(start, full name) of the nearest person mention before ``pos`` for which ``fits(mention)`` holds;
    or (-1, "")."""
    people = doc.people
    i = bisect.bisect_left(people.mention_starts, pos) - 1
    while i >= 0:
        mm = people.mentions[i]
        if mm.end <= pos and doc.quote_at(mm.start) is None and fits(mm):
            return mm.start, people.people[mm.person].name
        i -= 1
    return -1, ""


def resolve_author(doc: "Document", pos: int) -> str:
    """The person "the author" at ``pos`` stands for: the nearest earlier writer; or ""."""
    text = doc.text

    def writes(mm) -> bool:
        return bool(_WRITER_AFTER.match(text, mm.end) or _PIECE_BY.search(text[max(0, mm.start - 40):mm.start])
                    or _PIECE_OF.match(text, mm.end))
    return _person_before(doc, pos, writes)[1]


def resolve_message(doc: "Document", pos: int, actors: Sequence[tuple[int, str, str]] = ()) -> str:
    """Who sent "the message" at ``pos`` (see the module's docstring); or ""."""
    text = doc.text

    def sends(mm) -> bool:
        return bool(_SENDER_AFTER.match(text, mm.end) or _SENDER_BEFORE.search(text[max(0, mm.start - 60):mm.start]))
    best = _person_before(doc, pos, sends)
    # A body that sent one ("the ministry sent a message", "a message from the Kremlin").
    for m in _NAME.finditer(text, 0, pos):
        if m.start() <= best[0] or m.end() > pos or doc.quote_at(m.start()) is not None:
            continue
        if (_SENDER_AFTER.match(text, m.end()) or _SENDER_BEFORE.search(text[max(0, m.start() - 60):m.start()])) \
                and doc.people.lookup(m.group(0)) is None:
            name = re.sub(r"^(?:The|A|An|In|On|At|But|And)\s+", "", m.group(0))
            best = (m.start(), name)
    if best[1]:
        return best[1]
    for p, name, mention in reversed(actors):
        if p < pos and MESSAGE.fullmatch(mention or "") and name and not MESSAGE.fullmatch(name):
            return name                            # the same message, resolved before
    # The nearest earlier announcer: "Traficom announced the start of ...".
    subjects = sorted(list(doc.subjects) + list(doc.body_subjects))
    for p, name in reversed(subjects):
        if p >= pos or doc.quote_at(p) is not None or MESSAGE.search(name) or not _NAME.search(name):
            continue
        end = text.find(name, p)
        if end >= 0 and _ANNOUNCES.match(text, end + len(name)) and not re.match(r"(?i:according)\b", name):
            return clean_mention(name) or name
    return ""


__all__ = ["AUTHOR", "MESSAGE", "resolve_author", "resolve_message"]
