"""Generic words for a body: "the body", "the UN body", "the watchdog", "the panel" take the body named just before.

:func:`resolve_body_word` is called by :func:`analysis.nlp.mentions.resolve_mention` for such a mention: the
nearest body written in the same sentence or the :data:`BODY_SENTENCES` before it, outside quotes, either
named ("The International Atomic Energy Agency said ... the UN watchdog said") or described with its members
("Russia blocked the renewal of a panel of UN experts monitoring sanctions ..., weeks after the body said").
"the panel" takes only a panel ("a panel of UN experts"), "the watchdog" and "the body" any body.
A described court or its bench ("the country's top court", "Five justices on the UK's highest court") takes
the court named in the :data:`COURT_SENTENCES` before (:func:`resolve_court`).
Nothing found gives "": the caller keeps the mention as written.
"""
from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from ..lexicons import load_table

if TYPE_CHECKING:
    from .document import Document

BODY_WORD = re.compile(r"(?i:the)\s+(?:(?:UN|U\.N\.|United\s+Nations|EU|international|global|nuclear|rights|"
                       r"human\s+rights|sanctions|monitoring|[a-z]+-(?:run|led|backed))\s+)*(body|watchdog|panel)")
# A court described, not named, or its bench: "the court", "the UK's highest court", "the country's top court",
# "the appeals court", "The five senior justices", "Five justices on the country's top court", "the judges of
# the court". It takes the court named before (its members speak for it: the ruling is the court's).
_COURT_MODIFIER = r"(?:highest|top|supreme|apex|high|appeals?|appellate|federal|constitutional|lower|district|trial)"
# The court's field ("the nation's highest electoral court", "a military court").
_COURT_FIELD = r"(?:electoral|election|criminal|civil|military|administrative|regional|provincial|family|labou?r|tax)"
# A bench's count, or a part of it ("five", "four of the seven", "three of its").
_BENCH_COUNT = r"(?:(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|several)|\d{1,2})"
COURT_WORD = re.compile(
    r"(?:(?i:the)\s+(?:(?:[A-Z][\w.-]*|country|nation|state)[’']s\s+)?(?:" + _COURT_MODIFIER + r"\s+)?"
    r"(?:" + _COURT_FIELD + r"\s+)?court"
    r"|(?:(?i:the)\s+)?(?:" + _BENCH_COUNT + r"\s+(?:of\s+(?:the|its)\s+" + _BENCH_COUNT + r"\s+)?)?"
    r"(?:(?:senior|supreme\s+court|appeals\s+court|presiding)\s+)?(?:justices|judges)"
    r"(?:\s+(?:on|of)\s+the\s+(?:(?:[A-Z][\w.-]*|country|nation|state)[’']s\s+)?(?:" + _COURT_MODIFIER +
    r"\s+)?(?:" + _COURT_FIELD + r"\s+)?court)?)")
# A court described as the highest of its country is named so ("Supreme Court", "High Court", "Constitutional
# Court", "Court of Cassation"), not any court named before ("the European Court of Human Rights").
_APEX = re.compile(r"\b(?:highest|top|supreme|apex)\b", re.I)
_APEX_NAME = re.compile(r"\b(?:Supreme|High|Constitutional|Cassation)\b")
# How many sentences back the body may be written.
BODY_SENTENCES = 2
# ... and a court: a ruling's story names the court once and describes it after ("The UK's highest court ...").
COURT_SENTENCES = 5
_NAMED_COURT = re.compile(r"\b((?:[A-Z][\w.’'&-]*\s+)(?:(?:of|for|on|and|the)\s+|[A-Z][\w.’'&-]*\s+){0,5}?Court"
                          r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.’'&-]*\s*){1,3})?)")

_HEADS = r"panel|committee|commission|council|board|agency|organi[sz]ation|body|tribunal|court|watchdog|office|mission"
# "a panel of UN experts", "the UN Security Council's sanctions committee", "the committee of experts".
_DESCRIBED = re.compile(r"\b(?:a|an|the)\s+((?:[A-Z][\w.’'-]*\s+){0,4}(?:[a-z-]+\s+){0,2}(%s)"
                        r"(?:\s+of\s+(?:[A-Z][\w.’'-]*\s+){0,3}[a-z]+)?)\b" % _HEADS)
# "The International Atomic Energy Agency", "the World Health Organization", "the Panel of Experts".
_NAMED = re.compile(r"\b((?:[A-Z][\w.’'&-]*\s+)(?:(?:of|for|on|and|the)\s+|[A-Z][\w.’'&-]*\s+){0,6}?"
                    r"(?:Agency|Organi[sz]ation|Council|Commission|Committee|Panel|Board|Court|Tribunal|Office|"
                    r"Mission|Watchdog))\b")


def resolve_body_word(doc: "Document", mention: str, pos: int) -> str:
    """The body "the body" / "the watchdog" / "the panel" at ``pos`` stands for (see the module); or ""."""
    m = BODY_WORD.fullmatch(mention)
    if m is None:
        return ""
    word = m.group(1).lower()
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    lo = doc.index.start_back(s, BODY_SENTENCES)
    text = doc.text
    best = (-1, "")
    for pattern in (_NAMED, _DESCRIBED):
        for f in pattern.finditer(text, lo, pos):
            name = f.group(1).strip()
            if doc.quote_at(f.start()) is not None or f.start() <= best[0]:
                continue
            if word == "panel" and not re.search(r"\bpanel\b", name, re.I):
                continue
            if pattern is _DESCRIBED and f.group(2).lower() == "body":
                continue                      # "the body" itself
            best = (f.start(), re.sub(r"^(?:The|A|An)\s+", "", name))
    return best[1]


def resolve_court(doc: "Document", mention: str, pos: int) -> str:
    """The court a described court or its bench at ``pos`` stands for: the nearest court named (capitalised
    "... Court ...") in its sentence or the :data:`COURT_SENTENCES` before, outside quotes; for "the highest /
    top court", only a name of an apex court; else "" (the caller keeps the mention)."""
    if COURT_WORD.fullmatch(mention) is None:
        return ""
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    lo = doc.index.start_back(s, COURT_SENTENCES)
    apex = _APEX.search(mention) is not None
    best = ""
    for f in _NAMED_COURT.finditer(doc.text, lo, pos):
        name = re.sub(r"^(?:The|A|An)\s+", "", f.group(1).strip())
        if doc.quote_at(f.start()) is not None or apex and not _APEX_NAME.search(name):
            continue
        best = name
    return best


# A court's decision speaking for it: "The verdict declared ...", "the ruling said", "the court's judgment found".
VERDICT = re.compile(r"(?i:the)\s+(?:(?:court|tribunal|panel)[’']s\s+)?(?:(?:[a-z]+-page|final|landmark|written|"
                     r"unanimous|majority)\s+)?(?:verdict|ruling|judgment|judgement)")


_COURT_OF = re.compile(r"(?<![A-Z][\w.’'&-] )\b(Court\s+of\s+(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})")


def resolve_verdict(doc: "Document", pos: int) -> str:
    """The court that delivered the verdict or ruling at ``pos``: the one court named (capitalised "... Court ...")
    before it in the article, outside quotes ("convicted by the Hong Kong High Court ... The verdict declared");
    a shorter name of the same court ("the High Court") is that court; two courts or none give ""."""
    names: list[str] = []
    found = sorted([*_NAMED_COURT.finditer(doc.text, 0, pos), *_COURT_OF.finditer(doc.text, 0, pos)],
                   key=lambda f: f.start())
    for f in found:
        name = re.sub(r"^(?:The|A|An|In|On|At|But|And|As|After|By)\s+", "", f.group(1).strip())
        if doc.quote_at(f.start()) is not None or not re.match(r"[A-Z]", name) or name == "Court":
            continue
        if any(n.endswith(name) for n in names):
            continue
        names = [n for n in names if not name.endswith(n)] + [name]
    if len(names) != 1:
        return ""
    for f in _COURT_LEVEL.finditer(doc.text, 0, pos):
        if f.group(1).lower().rstrip("s") not in names[0].lower() and doc.quote_at(f.start()) is None:
            return ""                           # "a U.S. district court judge's decision" too: whose ruling?
    return names[0]


# A court written by its level ("a district court", "the lower court"), which another named court is not.
_COURT_LEVEL = re.compile(r"\b(district|lower|trial|appeals?|appellate|supreme|high|circuit|county|magistrates?|"
                          r"constitutional|military|criminal|civil|family)\s+court\b")


# After the head noun of a body's name, words that continue the name ('the Russian Embassy in Seoul'); a lower-case
# word of another kind starts the clause a subject phrase ran into ('Deutsche Bank cut jobs': Deutsche Bank).
_NAME_GOES_ON = frozenset("of in for at on to and".split())


def end_at_head(name: str, head: str) -> str:
    """``name`` up to its ``head`` noun when a verb or a common noun follows it ('Constitutional Council approves
    core of bill' -> 'Constitutional Council'), else ``name``."""
    m = re.search(r"\b%s\b[’']?" % re.escape(head), name, re.I)
    nxt = re.match(r"\s+([a-z][\w’'-]*)", name[m.end():]) if m else None
    if not nxt or nxt.group(1) in _NAME_GOES_ON:
        return name
    from .mentions import actor_words
    roles = actor_words()["role"]
    if nxt.group(1) in roles or nxt.group(1).rstrip("s") in roles:
        return name                 # 'Senior administration official(s)': a person of the body, kept as written
    return name[:m.end()].rstrip("’'")


def named_body_before(doc: "Document", head: str, names: Sequence[str], lo: int, pos: int) -> str:
    """The nearest name in ``[lo, pos)`` whose head is ``head`` capitalised ("the Russian Embassy in Seoul" for
    "the embassy"), outside quotes, with the description's capitalised words; or ""."""
    from .countries import _state_of
    from .descriptions import _names_near
    from .mentions import FIRM_HEADS, _has_name, _words
    if head in FIRM_HEADS:
        return ""                               # "the group": any firm's name, not one holding the word
    word = r"[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,2}"     # ... and its own "and": "of Health and Human Services"
    pattern = re.compile(r"((?:[A-Z][\w’'.&-]*\s+){1,4}%s(?:\s+(?:in|of|for|to|at)\s+(?:the\s+)?%s(?:\s+and\s+%s)?)?)\b"
                         % (re.escape(head.capitalize()), word, word))
    last = ""
    for m in pattern.finditer(doc.text, lo, pos):
        name = re.sub(r"^(?:The|A|An|In|On|At|But|And|As|After|According)\s+", "", m.group(1))
        if doc.quote_at(m.start()) is None and _has_name(_words(name)[:-1] or ["x"]) \
                and len(_words(name)) > 1 and _names_near(names, doc.text[max(0, m.start() - 30):m.end()]) \
                and _state_of(name) is None:    # a state is no body: 'the Soviet Union ... the union said'
            last = name
    return last


# A news agency named in the window: "the agency" may be it ("Yonhap news agency ... the agency said").
_NEWS_AGENCY = re.compile(r"\b(?:news|press|state)\s+agency\b|\bagency\s+(?:reported|quoted|cited)\b", re.I)
_LEADING = re.compile(r"^(?:(?:(?i:the|a|an)|[a-z][\w-]*)\s+)+")   # and its adjectives: "nonpartisan"


@lru_cache(maxsize=None)
def body_kin() -> dict[str, frozenset[str]]:
    """Body noun -> the words of names such a body bears without the noun (``body_kin.tsv``)."""
    return {row[0]: frozenset(row[1].split()) for row in load_table("body_kin.tsv") if len(row) > 1}


def kin_body_before(doc: "Document", head: str, names: Sequence[str], actors: Sequence[tuple[int, str, str]],
                    lo: int, pos: int) -> str:
    """For "the agency", "the union", "the regulator" with no earlier name holding the noun: the nearest named
    speaker, source or sentence subject in ``[lo, pos)`` (``actors``: position, name, mention), when its name holds
    a word of the noun's kind ("The Centers for Disease Control and Prevention (CDC) issued ... the agency
    stated") and the description's capitalised words; a nearer person or body of another kind, or a news agency
    named there (for "the agency"), gives "" (abstain)."""
    from .descriptions import _names_near
    from .mentions import _has_name, _words, clean_mention, is_description
    kin = body_kin().get(head)
    if not kin or head == "agency" and _NEWS_AGENCY.search(doc.text, lo, pos):
        return ""
    for p, raw, _ in reversed(actors):
        if p >= pos or not raw:
            continue
        if p < lo:
            break
        name = clean_mention(raw)
        if not name or is_description(name) or not _has_name(_words(name)):
            continue
        name = _LEADING.sub("", re.sub(r"\s*\([^()]*\)$", "", name))
        words = _words(name)
        person = doc.people.lookup(name)
        if len(words) < 2 or person is not None and person.name == name or _name_head(name) not in kin \
                or not _names_near(names, name):
            return ""                           # the nearest actor is somebody else: abstain
        first = bisect.bisect_left(actors, (lo,))          # actors are in position order: only those in [lo, p)
        if any((other := clean_mention(r)) and _name_head(other) in kin and not _names_near([other], name)
               and not _names_near([name], other) for q, r, _ in itertools.takewhile(lambda a: a[0] < p, actors[first:])):
            return ""                           # two bodies of that kind named: which one is meant is unclear
        return name
    return ""


# A name's head: the last word before its first "of"/"for"/"on" ("Centers for Disease Control" -> Centers,
# "International Association of Machinists" -> Association, "Workers' Party of Korea" -> Party), else its last
# word ("Competition and Markets Authority" -> Authority).
_HEAD_PART = re.compile(r"^(.*?)(?:\s+(?:of|for|on)\b|$)")


def _name_head(name: str) -> str:
    part = _HEAD_PART.match(name).group(1).split()
    return part[-1] if part else ""


__all__ = ["BODY_WORD", "COURT_WORD", "body_kin", "end_at_head", "kin_body_before", "named_body_before",
           "resolve_body_word", "resolve_court"]
