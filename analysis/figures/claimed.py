"""A figure the author does not assert but reports: inside a claim's content or a quotation (issue 11, item 5).

The figure rules find a figure's source sentence by sentence with their own short cue list
(:func:`analysis.figures.context.sources_of`); the claim and quote rules find far more attributions (cues before or
after the content, "according to", "X notes that", nested ones) and resolve their sources ("he" -> the person named
before).  A figure that the figure rules left ``stated`` with no source takes their answer:

* inside the content of a claim of its sentence whose cue reports a statement, an estimate or a belief
  (``figure_claim_cues.txt``): ``reported``, with the claim's source ("The NTSB has released findings, disclosing
  that the plane ... left the factory 10 weeks earlier");
* inside a quotation with a speaker: ``reported``, with the speaker.

A headline gives its figures a source the same way when it names one after a dash or a colon ("Govt to face Sh200bn
shortfall should Finance Bill 2024 be rejected – Treasury", "... hit ‘record’ $34M in 2024: Official") or opens with
a news outlet's name and a colon ("NHK: DPRK may send 25,000 workers to Russia"); not a document ("– Reports",
": Data") nor a label ("STORY:", ": Analysis").

A figure with a status of its own (hypothetical, negated, denied) keeps it; a ``reported`` figure with no source
(``reportedly``) takes the source.  The innermost claim decides: in "Volkswagen has criticized the EU's move to
impose duties of up to 38%, AFP reports" the figure is in what Volkswagen criticised (a stance on the EU's move, no
figure of Volkswagen's), so neither source takes it.  Not the source's: a figure between the cue and the "that" of
its content (an adjunct of the verb: "confirmed three hours before the race ... that the water ..."), one in a
relative clause the content opens with (the author's description: "remarked on Kim's visit to Russia, which is one of
the five permanent members"), one after the cue when the claim's span runs over it ("..., Russian news agencies
reported, after a week-long visit") and one in a content that opens with a preposition (an adjunct: "the ministry
said on Monday, with 300 firms affected").  A claim or quote with no source, or one still a pronoun, makes nothing reported; nor does it take an event's or a
name's ordinal, which refers rather than counts ("Kim began his first summit with Putin, ONA reports"; a rank with
content does: "the second-highest monthly casualty rate").
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicons import load_list, load_table
from ..nlp.cues import reporting_verbs
from ..nlp.mentions import actor_words, plausible_actor
from ..nlp.tokens import given_names
from .patterns import PRONOUNS

_AUX = frozenset("was were is are be been being has have had will would did does do also not".split())
_RELATIVE_OPEN_RE = re.compile(r"(?i)\W*(?:which|who|whom|whose|where)\b")
_THAT_RE = re.compile(r"(?i)(?:^|[\s,])that\b")
# A content that opens with a preposition is an adjunct the claim rules took for it ("the ministry said on Monday, with
# 300 firms affected"), no clause of the source's.
_ADJUNCT_OPEN_RE = re.compile(r"(?i)\W*(?:with|after|before|following|during|amid|in|on|at|for|over|since)\b")


@lru_cache(maxsize=None)
def _lemmas() -> frozenset[str]:
    return frozenset(load_list("figure_claim_cues.txt"))


@lru_cache(maxsize=1024)
def cue_lemma(cue: str) -> str:
    """The reporting verb's lemma of a claim's cue as written ("was reported" -> "report", "pointed out" ->
    "point out", "According to" -> "according to"), or "" when the cue is no listed verb."""
    low = " ".join(cue.lower().split())
    if low in _lemmas():
        return low
    forms = reporting_verbs()
    words = low.split()
    while words and words[0] in _AUX:
        words = words[1:]
    for i in range(len(words)):
        info = forms.get(" ".join(words[i:])) or forms.get(" ".join(words[:len(words) - i]))
        if info is not None:
            return info.lemma
    return ""


# A headline's source after the figures: " – Treasury", ": Official" (one to four capitalised words ending the line).
_HEADLINE_TAIL_RE = re.compile(r"(?:[ \u00a0][–—-]|:)[ \u00a0]+(?P<src>[A-Z][\w’'.&-]*(?:[ \u00a0]+[A-Z][\w’'.&-]*){0,3})[ \u00a0]*\Z")
# ... or before them: "NHK: ", "KCNA: " (a news outlet the entity lexicon knows: "STORY:", "Ukraine war:" are labels).
_HEADLINE_HEAD_RE = re.compile(r"(?P<src>[A-Z][\w’'.&-]*(?:[ \u00a0]+[A-Z][\w’'.&-]*){0,3}):[ \u00a0]+")
# Words that end a headline as its kind, not its source.
_HEADLINE_LABELS = frozenset("analysis opinion explainer live latest update updates review interview podcast video photos "
                             "editorial commentary column factbox timeline report reports study data poll survey".split())
_HEADLINE_MAX = 300     # characters: a first line longer than this is no headline


@lru_cache(maxsize=None)
def _outlets() -> frozenset[str]:
    return frozenset(row[0].casefold() for row in load_table("entity_aliases.tsv") if len(row) > 2 and row[2] == "media")


@lru_cache(maxsize=None)
def _documents() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_list("entity_document_nouns.txt")) | _HEADLINE_LABELS


@lru_cache(maxsize=None)
def _bodies() -> frozenset[str]:
    """Organisations and outlets the entity lexicon knows ("Treasury", "NHK"); a state's name alone is a headline's
    topic as often as its source ("G7 leaders pledge $50bn - Ukraine")."""
    return frozenset(row[0].casefold() for row in load_table("entity_aliases.tsv")
                     if len(row) > 2 and row[2] in ("organisation", "media", "group"))


def _tail_names_actor(src: str) -> bool:
    """Does a headline's tail name who gives its figures: a body the entity lexicon knows, a role or body noun
    ("Official", "Police", "Minister") or a person's name ("Jerome Powell")?  Not a label or a topic ("Here’s Why",
    "In Pictures", "As It Happened", "Key Takeaways", "Health")."""
    words = src.split()
    if src.casefold() in _bodies():
        return True
    aw = actor_words()
    last = words[-1].casefold()
    if last in aw.get("role", ()) or last in aw.get("body", ()) or last.rstrip("s") in aw.get("role", ()) \
            or last in _ROLE_TAILS:
        return True
    return 2 <= len(words) <= 3 and words[0] in given_names() and all(w[:1].isupper() for w in words)


# Body nouns a headline names its source by that actor_words.tsv does not list as roles.
_ROLE_TAILS = frozenset("police treasury officials minister ministry govt government cabinet court".split())


def headline_source(text: str, start: int, end: int) -> str:
    """The source a headline names for its figure at ``start:end`` (see the module's notes), or ""."""
    line_end = text.find("\n", 0, _HEADLINE_MAX + 1)
    if line_end < 0 or end > line_end:
        return ""
    tail = _HEADLINE_TAIL_RE.search(text, 0, line_end)
    if tail is not None and end <= tail.start():
        src = tail.group("src").strip(" .")
        if src.split()[-1].casefold() not in _documents() and _tail_names_actor(src):
            return src
    head = _HEADLINE_HEAD_RE.match(text, 0, line_end)
    if head is not None and start >= head.end() and head.group("src").casefold() in _outlets():
        return head.group("src")
    return ""


def _named(name: str) -> bool:
    """A source named by a name or a description: not empty, no pronoun, and a plausible actor (no number but a
    year: "the Senate’s 80-19 vote" is an event, no one who states a figure; not "The initial")."""
    return bool(name.strip()) and name.strip().lower() not in PRONOUNS and plausible_actor(name)


def _content_holds(text: str, claim, start: int, end: int) -> bool:
    """Is ``text[start:end]`` part of what the claim's source says, not the verb's adjunct or the author's
    relative clause (see the module's notes)?"""
    if _RELATIVE_OPEN_RE.match(text, claim.start, min(claim.end, claim.start + 12)) \
            or _ADJUNCT_OPEN_RE.match(text, claim.start, min(claim.end, claim.start + 12)):
        return False
    if claim.cue:
        # the claim's span runs over its own cue ("..., Russian news agencies reported, after a week-long visit"): the
        # figures after the cue are its adjuncts', unless a that-clause follows it
        cue = text.rfind(claim.cue, claim.start, start)
        if cue > claim.start and not re.match(rf"[ \u00a0]+that\b", text[cue + len(claim.cue):cue + len(claim.cue) + 6]) \
                and not _THAT_RE.search(text, cue + len(claim.cue), start):
            return False
    head = text[claim.start:start]
    if not _THAT_RE.search(head) and _THAT_RE.search(text, end, claim.end) \
            and not re.match(r"(?i)\W*that\b", text[claim.start:claim.start + 8]):
        return False        # "confirmed three hours before the race, ..., that the water quality ..."
    return True


def _innermost(rows: Sequence, starts: list[int], start: int, end: int):
    """The shortest claim whose span holds ``start:end`` (``rows`` sorted by start; a claim lies in one sentence,
    so the look back is bounded)."""
    best = None
    for k in range(bisect.bisect_right(starts, start) - 1, -1, -1):
        c = rows[k]
        if c.start < start - _LOOK_BACK:
            break
        if end <= c.end and (best is None or c.end - c.start < best.end - best.start):
            best = c
    return best


_LOOK_BACK = 3000       # characters: a bound on the scan back, longer than most sentences (a claim in a longer one
                        # that starts further back is not found: its figures keep the figure rules' answer)


def attribute_figures(figures: Sequence, claims: Sequence = (), quotes: Sequence = (),
                      text: Optional[str] = None) -> list:
    """``figures`` with the figures of a claim's content or of a quotation ``reported`` by its source (see the
    module's notes); ``text`` is the article's text (the claims' words are checked in it).

    >>> from analysis.records import Claim, Figure
    >>> s = "The airline has lost more than $2.5 billion since 2020, notes the AP."
    >>> f = Figure("a", 31, 43, "$2.5 billion", 2.5e9, sentence_id=0, status="stated")
    >>> c = Claim("a", 0, 54, s[:54], source="the AP", cue="notes", sentence_id=0)
    >>> [(g.status, g.source) for g in attribute_figures([f], [c], text=s)]
    [('reported', 'the AP')]
    """
    if not figures or not (claims or quotes or text):
        return list(figures)
    rows = sorted(claims, key=lambda c: (c.start, c.end))
    starts = [c.start for c in rows]
    speech = sorted((q for q in quotes if q.kind == "speech" and _named(q.speaker)), key=lambda q: q.start)
    q_starts = [q.start for q in speech]
    out = []
    for f in figures:
        if f.status in ("stated", "reported") and not f.source and not (f.kind == "ordinal" and f.unit != "rank"):
            source = ""
            claim = _innermost(rows, starts, f.start, f.end) if text is not None else None
            if claim is not None and _named(claim.source) and cue_lemma(claim.cue) in _lemmas() \
                    and _content_holds(text, claim, f.start, f.end):
                source = claim.source
            if not source and text is not None and f.start < _HEADLINE_MAX:
                source = headline_source(text, f.start, f.end)
            if not source:
                k = bisect.bisect_right(q_starts, f.start) - 1
                if k >= 0 and speech[k].start <= f.start and f.end <= speech[k].end:
                    source = speech[k].speaker
            if source:
                f = dataclasses.replace(f, status="reported", source=source)
        out.append(f)
    return out
