"""Reports and studies: "the report said" is the body or outlet whose report was named just before.

:func:`resolve_report` is called by :func:`analysis.nlp.mentions.resolve_mention` for "the report" ("the
study", "the survey", "the assessment"): the nearest earlier mention of such a piece, outside quotes, in the
same sentence or the :data:`REPORT_SENTENCES` before it, gives its issuer when it names one:

* a name before the noun, the piece cited as a source: "according to a Congressional Research Service report",
  "according to the Pentagon's report" ("a Times report hailed the mayor" is an article: kept as written);
* a name after it: "a report by the Congressional Research Service", "a study from Harvard University";
* its publisher: "Reuters issued the report Tuesday";
* or the subject of "reported", "quoted", "cited" ("Japan's Kyodo news agency reported that ... the report said",
  "Russia's Tass news agency quoted presidential aide Yury Ushakov as saying ... according to the report").

"the statement" takes its issuer the same ways, and the subject of a verb of saying written with it ("the SVR said
in a statement", "In a statement hours before the FIFA move, the federation had said"), resolved in turn.

A document named by its title after every such piece ("A Japanese government foreign policy report Tuesday
emphasized ... The 2025 Diplomatic Bluebook, presented by ..., said ... the report maintained") is what "the report"
stands for: the title itself, as a named document speaks for itself (:data:`_TITLED`).

A nearer piece with no issuer ("a report seen by Reuters" names the reader, "a new report") gives "": the caller
keeps the mention as written.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mentions import _has_name, _words, clean_mention, is_actor_phrase
from .people import is_plural
from .tokens import MONTH_NAME, WEEKDAY

if TYPE_CHECKING:
    from .document import Document

_PIECE = r"report|study|survey|assessment|analysis|statement"
REPORT = re.compile(r"(?i:the)\s+(?:(?:new|latest|recent|same|full|annual|official)\s+)?(%s)" % _PIECE)
# How many sentences back the piece may be named; a statement, a single document an article comes back to
# paragraphs later ("..., the ministry said in a statement." ... "Five other North Koreans ..., the statement said."),
# further (a nearer piece still wins).
REPORT_SENTENCES = 2
STATEMENT_SENTENCES = 6

_NAME = r"(?:[A-Z][\w.’'&-]*|of|for|on|and|the)"
# "according to a Congressional Research Service report", "according to the KCNA report" (the name right before
# the noun; the report cited as a source: "a Times report hailed the mayor" is an article, its writer unnamed).
_NAME_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+(?:an?|the)\s+((?:[A-Z][\w.’'&-]*\s+)(?:%s\s+){0,5}?)(?:new\s+|latest\s+)?(%s)\b"
                          % (_NAME, _PIECE))
# "a report by the Congressional Research Service", "a study from Harvard University".
_NAME_AFTER = re.compile(r"\b(%s)\s+(?:(?:released|published|issued|prepared|compiled)\s+)?(?:by|from)\s+(?:the\s+)?"
                         r"([A-Z][\w.’'&-]*(?:\s+%s){0,6})" % (_PIECE, _NAME))
# A piece on a body's own site is the body's: "a report on the official website of the Security Council of Russia",
# "a statement on the Kremlin's website", "a statement posted on the ministry's Telegram channel" (resolved in turn).
_SITE = r"(?:official\s+)?(?:web\s*site|site|web\s+page|page|portal|Telegram\s+channel|channel|account)"
_ON_SITE_OF = re.compile(r"\b(%s)\s+(?:(?:posted|published|released)\s+)?on\s+(?:the|its)\s+%s\s+of\s+(?:the\s+)?"
                         r"([A-Z][\w.’'&-]*(?:\s+%s){0,6})" % (_PIECE, _SITE, _NAME))
_ON_OWN_SITE = re.compile(r"\b(%s)\s+(?:(?:posted|published|released)\s+)?on\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s+){0,4}"
                          r"[A-Z][\w.&-]*)[’']s\s+%s" % (_PIECE, _SITE))
# "according to the Pentagon's report", "according to Amnesty International's latest report".
_GENITIVE = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)[’']s\s+(?:(?:new|latest|recent|annual)\s+)?(%s)\b"
                       % _PIECE)
# A statement written with a verb of saying: "X said in a statement", "In a statement on Monday, X said".
_IN_STATEMENT_AFTER = re.compile(r"\s+(?:in|through)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?statement\b")
_IN_STATEMENT_BEFORE = re.compile(r"\b[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?statement\b"
                                  r"[^.;:!?“”\"]{0,80}?,\s+")
_SAYS = re.compile(r"said|says|added|stated|announced|declared|noted|warned")
# Any mention of the piece (a nearer one with no issuer wins: the description is kept).
_ANY = re.compile(r"\b(%s)\b" % _PIECE, re.I)
_REPORTED = re.compile(r"report(?:ed|s)|quoted|quotes|cited|cites")
# "Reuters issued the report Tuesday", "The ministry published a report".
# ... the name's own function words and a time between ("The Institute for Peace and Security Studies on
# Thursday released a report").
_WHEN = r"(?:(?:on|last|this|earlier|in)\s+(?:(?:this|late|early|mid)\s+)?[A-Z]?[a-z]+\.?(?:\s+\d{1,2})?,?\s+)?"
_ISSUED = re.compile(r"([A-Z][\w.’'&-]*(?:\s+(?:(?:of|for|on|and|the)\s+){0,2}(?!(?:%s|%s)\b)[A-Z][\w.’'&-]*){0,6})\s+"
                     % (WEEKDAY, MONTH_NAME)
                     + _WHEN + r"(?:has\s+|had\s+)?(?:issued|released|published|"
                     r"compiled|prepared)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(%s)\b" % _PIECE)

# A report's own title, capitalised words ending in a report's kind of name, with a year before it or not:
# "The 2025 Diplomatic Bluebook", "the Nuclear Posture Review", "the World Economic Outlook", "the 2024 Country Reports on Human Rights Practices". Only "the report" takes one.
_TITLE_HEADS = r"(?:Bluebook|Blue\s+Book|White\s+Paper|Whitepaper|White\s+Book|Report|Reports|Review|Outlook|Yearbook)"
_TITLED = re.compile(r"\b[Tt]he\s+((?:(?:19|20)\d\d\s+)?(?:[A-Z][\w-]*\s+){1,5}%s"
                     r"(?:\s+on\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)?)\b" % _TITLE_HEADS)


def _trim(name: str) -> str:
    while True:                                 # "Institute for the Study of War", not "... War and the"
        cut = re.sub(r"\s+(?:of|for|on|and|the)$", "", name.strip())
        if cut == name.strip():
            return cut
        name = cut


def _person(doc: "Document", name: str) -> bool:
    """Whether ``name`` is a person of the article (a reporter); a body's name whose tail the person index took
    for one ("Center for Strategic and International Studies": "International Studies") is not."""
    if re.search(r"[’']s\s+[\w-]+$", name):
        return False                            # "Yoon’s office": a person's office, no person
    person = doc.people.lookup(name)
    return person is not None and not (person.name != name and re.search(r"\s(?:of|for|and|on)\s", name))


# How many times "the report" may hand over to the same description written before it.
REPORT_CHAIN = 4


def resolve_report(doc: "Document", mention: str, pos: int, depth: int = 0) -> str:
    """The issuer of the report "the report" at ``pos`` stands for (see the module); or "".

    The nearest piece being the same description with no issuer of its own ("The report says ... It says ... The
    report says"): the issuer that one stands for."""
    m = REPORT.fullmatch(mention)
    if m is None:
        return ""
    noun = m.group(1).lower()
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    lo = doc.index.start_back(s, STATEMENT_SENTENCES if noun == "statement" else REPORT_SENTENCES)
    text = doc.text
    found: dict[int, str] = {}                  # position of the piece's noun (or cue) -> its issuer ("" none)
    for f in _ANY.finditer(text, lo, pos):
        if f.group(1).lower() == noun and doc.quote_at(f.start()) is None:
            found[f.start()] = ""
    for pattern, noun_group, name_group in ((_NAME_BEFORE, 2, 1), (_NAME_AFTER, 1, 2), (_GENITIVE, 2, 1), (_ISSUED, 2, 1),
                                            (_ON_SITE_OF, 1, 2), (_ON_OWN_SITE, 1, 2)):
        for f in pattern.finditer(text, lo, pos):
            at = f.start(noun_group)
            if at in found and f.group(noun_group).lower() == noun:
                name = re.sub(r"(?<=[a-z]{2})\.$", "", _trim(f.group(name_group)))   # not "Russia." ending it
                found[at] = clean_mention(name) or name     # "a statement by the ministry on Friday": the ministry
    if noun == "report":
        for cue in doc.cues:
            if lo <= cue.start < pos and _REPORTED.fullmatch(cue.word) and not cue.passive and not cue.participle \
                    and doc.quote_at(cue.start) is None:
                from .subjects import subject_before
                sent = doc.index.at(cue.start)
                sp = subject_before(text, sent.start if sent else lo, cue.start)
                name = clean_mention(text[sp[0]:sp[1]]) if sp is not None else ""
                # one named outlet or body ("Japan’s Kyodo news agency reported"), not "The researchers" nor
                # "Kyodo and South Korean media" (which of their reports?)
                found[cue.start] = name if _has_name(_words(name)) and not is_plural(name) \
                    and not re.search(r"\band\b", name) else ""
    if noun == "statement":
        from .subjects import subject_before
        for cue in doc.cues:
            if not (lo <= cue.start < pos and _SAYS.fullmatch(cue.word)) or cue.passive or cue.participle \
                    or doc.quote_at(cue.start) is not None:
                continue
            sent = doc.index.at(cue.start)
            start = sent.start if sent else lo
            opening = _IN_STATEMENT_BEFORE.match(text, start)
            after = _IN_STATEMENT_AFTER.match(text, cue.end)
            if opening is None and after is None:
                continue
            sp = subject_before(text, opening.end() if opening else start, cue.start)
            name = clean_mention(text[sp[0]:sp[1]]) if sp is not None else ""
            if name and not _has_name(_words(name)):
                from .mentions import resolve_mention
                name = resolve_mention(doc, name, sp[0])      # "the federation had said": the one named before
            piece = after or opening                       # keyed where its noun is, like the pieces above
            at = piece.start() + piece.group().lower().index("statement")
            name = re.sub(r"^(?:the|The)\s+", "", name)          # "the White House said": White House
            found[at] = name if _has_name(_words(name)) and not re.search(r"\band\b", name) else ""
    if noun == "report":
        for t in _TITLED.finditer(text, lo, pos):
            # a title nearer than every piece; never one inside a quote nor an outlet's ("the Reuters Report")
            # (its own "Report" is no other piece)
            inside = [k for k in found if t.start() <= k < t.end()]
            others = [k for k in found if k not in inside]
            if doc.quote_at(t.start()) is None and (not others or t.start() > max(others)):
                for k in inside:
                    del found[k]
                found[t.start()] = "\0" + t.group(1)
    if not found:
        return ""
    last = max(found)
    if found[last].startswith("\0"):
        return found[last][1:]                 # the document's own title
    if not found[last] and depth < REPORT_CHAIN:
        again = re.search(r"(?:^|\s)((?:[Tt]he)\s+(?:[\w-]+\s+)?)$", text[max(0, last - 20):last])
        if again and REPORT.fullmatch(again.group(1) + text[last:last + len(noun)]):
            start = last - len(again.group(1))
            return resolve_report(doc, text[start:last + len(noun)], start, depth + 1)
    name = re.sub(r"^The\s+", "", found[last])
    if not name or not re.search(r"[A-Z]", name) or _person(doc, name) or not is_actor_phrase(name):
        return ""                               # the nearest piece names no body (or a person: a reporter), or a
                                                # time: "The Center ... on Thursday released a report" is no 'Thursday'
    return name


__all__ = ["REPORT", "resolve_report"]
