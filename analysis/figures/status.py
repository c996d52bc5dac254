"""A figure's status: who asserts it, and whether it is asserted at all.

* ``stated``: the author asserts it ("trade reached US$ 90.3 million");
* ``reported``: attributed to a source (``source`` says who), or to nobody named
  ("reportedly", "allegedly": ``source`` empty);
* ``hypothetical``: a condition, an obligation or a counterfactual ("would need", "needs to
  send", "if", "unless"), a plan, a promise or a target ("plans to lay off nearly 150", "a target of 2
  percent"), a possibility of change ("could reach 20 percent"), or a vague magnitude in a rhetorical contrast ("not hundreds but
  tens of thousands");
* ``negated``: a negation governs it ("did not send 10,000 troops"; the first of "not 10,000
  but 12,000"); not a definite thing, which exists whatever the verb ("does not count the 300
  donors"), nor a comparison's standard ("not as steep as the 25 percent levy");
* ``denied``: a source calls it false in its sentence or the next one of its paragraph ("The
  ministry called the report completely fake").  ``source`` is who reported the figure, or
  the denier when nobody is named; the denial's words go to ``hedge``.

The order above is the reverse of precedence: denied beats negated beats hypothetical beats
reported.  The cue phrases are data: ``analysis/lexicons/figure_status.tsv``.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from ..lexicons import load_table
from ..nlp import leading_np, subject_before
from ..nlp.guard import guarded

STATUSES = ("stated", "reported", "hypothetical", "negated", "denied")

_PHRASES: dict[str, list[str]] = {}
for _phrase, _cls in load_table("figure_status.tsv"):
    _PHRASES.setdefault(_cls, []).append(_phrase)
_RE = {cls: guarded(re.compile("|".join(f"(?:{p})" for p in ps), re.IGNORECASE)) for cls, ps in _PHRASES.items()}

SP = "[ \u00a0]"
# Where a clause starts, looking back from a figure: a sentence-internal break.
# (the lookahead holds every character a break starts with, "\s" included, which ``guarded`` cannot read: most
# positions then fail on one class)
_CLAUSE_BREAK_RE = re.compile(r"(?=[\s;:—–(),bw])(?:[;:—–()]|\s-{1,2}\s|,\s+(?:but|while|whereas|although|though|and|which|who)\b"
                              r"|\bbut\b|\bwhile\b|\bwhereas\b)")
# Negations that are hedges or emphasis, not negations of the figure.
_NOT_NEGATION_RE = guarded(re.compile(
    rf"(?i)\b(?:no|not|nothing){SP}+(?:(?:fewer|more|less|later|earlier|sooner|longer|least|only|just|merely|even|yet){SP}*(?:than)?|less{SP}+than|"
    rf"until|before)\b|\bnot{SP}+least\b|\bno{SP}+doubt\b|\bnot{SP}+only\b|\bno{SP}+longer\b"
    # "dozens of kilometers, if not almost 100": an upper estimate, not a negation
    rf"|(?<=\bif{SP})not(?:{SP}+(?:almost|nearly|about|around|quite|more|over|even|some|than))*{SP}*\Z"
    # a comparison's standard, a thing named with its determiner: "not as severe as the 100 percent tariff"
    rf"|\bnot{SP}+(?:as|so){SP}+[\w’'-]+(?:{SP}+[\w’'-]+)?{SP}+as{SP}+(?:the|a|an|its|their|his|her|this|that)\b"
    # not confirmed is not false: "could not independently confirm the figure of 1,500" (reported, see the table)
    rf"|\bnot{SP}+(?:be{SP}+|been{SP}+)?(?:independently{SP}+)?(?:confirm|verif)"))
_CONTRAST_RE = guarded(re.compile(rf"(?i)\bnot{SP}+(?!only\b|just\b|merely\b|simply\b)(?P<x>[^.;:]{{1,80}}?),?{SP}+but{SP}+(?:rather{SP}+)?(?P<y>[^.;:]{{1,80}})"))
_WINDOW = 400   # characters either side of a figure that its status may depend on
_CONDITIONAL_RE = re.compile(r"(?i)\b(?:would|could|might)\b[^.;:]{0,120}?\b(?:if|unless|were\s+to)\b")
_BARE_IF_RE = re.compile(r"(?i)if|unless")
_UNREAL_RE = guarded(re.compile(r"(?i)\bwere\b|[’']d\b|\bneed(?:s|ed)?\s+to\b"))
_UNREAL_MODAL_RE = guarded(re.compile(r"(?i)\b(?:could|would|might)\b|[’']d\b"))
_MODAL_RE = guarded(re.compile(r"(?i)\b(?:could|would|might|may|will|can|should)\b|[’']ll\b"))
_BACKREF_RE = guarded(re.compile(
    r"(?i)\b(?:it|this|these|that|those|such|them|the\s+(?:report|reports|claim|claims|figure|figures|estimate|estimates|"
    r"allegation|allegations|number|numbers|information|story|stories|article))\b"))


class SentenceCues:
    """The status cues of one sentence, found once: each class's matches, in order (a class is searched the
    first time it is asked for: a sentence whose figures all have a source never needs "alleged")."""

    def __init__(self, text: str, lo: int, hi: int):
        self._text, self._lo, self._hi = text, lo, hi
        self._spans: dict[str, list] = {}
        self._starts: dict[str, list[int]] = {}

    def matches(self, cls: str) -> list:
        """Every match of ``cls`` in the sentence, in order."""
        ms = self._spans.get(cls)
        if ms is None:
            ms = self._spans[cls] = list(_RE[cls].finditer(self._text, self._lo, self._hi))
            self._starts[cls] = [m.start() for m in ms]
        return ms

    def first(self, cls: str, lo: int, hi: int):
        """The first match of ``cls`` inside ``[lo, hi)``, or None."""
        ms = self.matches(cls)
        k = bisect.bisect_left(self._starts[cls], lo)
        return ms[k] if k < len(ms) and ms[k].end() <= hi else None

    def any(self, cls: str, lo: int, hi: int) -> bool:
        return self.first(cls, lo, hi) is not None


@lru_cache(maxsize=64)      # a figure's negation, condition and target each ask for its clause
def clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: the last clause break before it, or ``lo``."""
    start = lo
    for m in _CLAUSE_BREAK_RE.finditer(text, max(lo, pos - 200), pos):
        start = m.end()
    return start


_RANK_TITLE_RE = re.compile(rf"(?i)world{SP}+(?:number|No\.)")
# The patterns of the functions below, compiled once (not looked up in ``re``'s cache at every figure).
_SPAN_FOR_BEFORE_RE = guarded(re.compile(rf"(?i)\b(?:for|in|over){SP}+(?:(?:the|nearly|almost|about|over|more{SP}+than|some){SP}+)*\Z"))
_WORD_OR_COMMA_RE = re.compile(r"[\w’']+|,")
_STOP_RE = re.compile(r"[;.]")
_AMOUNT_AFTER_COLON_RE = re.compile(r"\s*(?:about|almost|nearly|some)?\s*[$€£]?\d")
_CONDITION_RE = guarded(re.compile(r"(?i)\b(?:if|unless|were\s+to)\b"))
_DENYING_VERB_RE = re.compile(r"(?i)\b(?:called|deni(?:ed|es)|deny|refut\w+|rejected|rejects|dismiss\w+)\b")
_DEFINITE_BEFORE_RE = re.compile(rf"(?:\b(?:the|its|their|these|those)|\b[A-Z][\w.-]*[’']s){SP}+\Z", re.IGNORECASE)


def _negated(text: str, lo: int, start: int) -> bool:
    """A negation among the six words before ``start`` in its clause, and no comma between.

    A span after "for" is asserted even under a negated verb: "has not paid taxes for 10 years"."""
    if _SPAN_FOR_BEFORE_RE.search(text[max(lo, start - 24):start]):
        return False
    if _DEFINITE_BEFORE_RE.search(text, max(lo, start - 30), start):
        return False    # a definite thing survives the negation: "does not include the tens of millions raised by"
    if _RANK_TITLE_RE.match(text, start):
        return False    # a rank names its holder, as a definite does: "the decision not to sanction world number 1 ..."
    cs = clause_start(text, lo, start)
    window = text[max(cs, start - 50):start]
    words = _WORD_OR_COMMA_RE.findall(window)[-6:]
    if "," in words:
        words = words[len(words) - words[::-1].index(","):]
    tail = " ".join(words)
    m = None
    for m in _RE["negation"].finditer(tail):
        pass
    if m is None:
        return False
    return not _NOT_NEGATION_RE.search(tail, m.start())


def _contrast(text: str, lo: int, hi: int, start: int, end: int, vague: bool) -> Optional[str]:
    """ "not X but Y": a vague X or Y is hypothetical (rhetoric); an exact X is negated."""
    for m in _CONTRAST_RE.finditer(text, max(lo, start - 200), min(hi, end + 200)):
        if m.start("x") <= start < m.end("x"):
            return "hypothetical" if vague else "negated"
        if m.start("y") <= start < m.end("y") and vague:
            return "hypothetical"
    return None


# What may stand between a plan's or a modal's verb and its figure: up to six words, no comma, no relative word.
_TARGET_GAP_RE = re.compile(rf"{SP}*(?:(?!(?:that|which|who|whom|whose|where|when|while)\b)[\w’'./“”\"-]+{SP}+){{0,6}}\Z", re.IGNORECASE)
# A definite thing the plan's verb acts on, described by the figure: "to deal with the remaining deficit of Sh21.6
# billion", "to put to good use the approximately $18 million he raised".
_DEFINITE_GAP_RE = re.compile(
    rf"(?i)\b(?:the|its|their|his|her|this|that|these|those)(?:{SP}+[\w’'-]+){{0,3}}?{SP}+of{SP}+\Z"
    rf"|\b(?:the|its|their|his|her|this|that|these|those){SP}+(?:(?:approximately|about|around|some|nearly|almost|roughly|over|"
    rf"more{SP}+than|at{SP}+least){SP}+)+\Z")
# A definite determiner before the figure, perhaps with a hedge between: "the more than three-year-old conflict".
_DEFINITE_HEDGED_RE = re.compile(
    rf"\b(?:the|its|their|these|those|[A-Z][\w.-]*[’']s){SP}+(?:(?:more{SP}+than|less{SP}+than|nearly|almost|about|around|"
    rf"some|roughly|over|at{SP}+least){SP}+)*\Z", re.IGNORECASE)
_ORDINAL_RE = re.compile(r"(?i)(?:first|second|third|\w+th|\d+(?:st|nd|rd|th))\b")    # "would be the first time"
# A goal met is a fact: "announced it had reached its goal of accepting 10,000 refugees".
_MET_BEFORE_RE = re.compile(rf"(?i)\b(?:reached|reaches|met|meets|achieved|achieves|hit|exceeded|exceeds|surpassed|surpasses|"
                            rf"missed|misses){SP}+(?:(?:the|its|their|his|her|our|this|a|an){SP}+)?(?:[\w’'-]+{SP}+)?\Z")
_AND_RE = re.compile(rf"{SP}and{SP}")
# "and" before a lower-case word that is no determiner, pronoun or number: a verb coordinated with the plan's first verb.
_AND_VERB_RE = re.compile(rf"{SP}and{SP}+(?P<v>(?!(?:the|a|an|its|their|his|her|this|that|these|those|it|they|he|she|we|then|also|"
                          rf"not|in|on|at|by|for|with|from|to|of)\b)[a-z][a-z’'-]*{SP}+)")
_FROM_BEFORE_RE = re.compile(rf"(?i)\bfrom{SP}+(?:(?:about|around|some|nearly|almost|over|just|roughly){SP}+)?\Z")


def _target(text: str, lo: int, start: int, cues: "SentenceCues") -> bool:
    """A figure a plan, a promise, a target or a modal verb of change aims at ("plans to lay off
    nearly 150 employees", "could reach 20 percent"); not the current value ("plans to cut it from 4.8
    percent"), nor a definite thing ("aims to return to the top of the RBA's 2-3% target range")."""
    cs = clause_start(text, lo, start)
    cue = None
    for m in cues.matches("target"):
        if cs <= m.start() and m.end() <= start:
            cue = m
    if cue is None:
        return False
    gap_start = cue.end()
    for conj in _AND_RE.finditer(text, cue.end(), start):
        verb = _AND_VERB_RE.match(text, conj.start(), start)
        if verb is None:
            return False                # a new clause: "planned to close a factory and 300 workers were hired"
        gap_start = verb.start("v")     # a second verb of the plan: "planned to close its only US factory and lay off almost 150"
    if not _TARGET_GAP_RE.fullmatch(text, gap_start, start):
        return False
    return not (_FROM_BEFORE_RE.search(text, max(lo, start - 20), start)
                or _DEFINITE_BEFORE_RE.search(text, max(lo, start - 30), start)
                or _DEFINITE_GAP_RE.search(text, cue.start(), start)
                or _MET_BEFORE_RE.search(text, max(lo, cue.start() - 40), cue.start()))


def _hypothetical(text: str, lo: int, hi: int, start: int, end: int, cues: "SentenceCues") -> bool:
    cs = clause_start(text, lo, start)
    if _target(text, lo, start, cues):
        return True
    cue = cues.first("hypothetical", cs, start)
    if cue is not None and (not _BARE_IF_RE.fullmatch(cue.group(0)) or _unreal(text, cs, min(hi, end + 100))) \
            and not (_DEFINITE_HEDGED_RE.search(text, max(cs, start - 40), start) and not _ORDINAL_RE.match(text, start, end)):
        return True     # but a definite thing exists whatever the condition: "If successful, the conclusion of the
                        # more than three-year-old conflict will ..."
    # the answer to a conditional, a number right after a colon: "what the car would cost if a tariff were
    # imposed: $30,253, which is almost $8,000 more"
    colon = text.rfind(":", max(lo, start - 200), start)
    if colon >= 0 and not _STOP_RE.search(text[colon:start]) and _AMOUNT_AFTER_COLON_RE.match(text[colon + 1:colon + 20]) \
            and _CONDITIONAL_RE.search(text, max(lo, colon - 160), colon):
        return True
    # a condition after the figure, in its clause, on a modal before it: "could surge to $90 per barrel
    # if tensions escalate" (not "aged between 17 and 20, if they happen to be ...")
    after = text[end:min(hi, end + 60)]
    brk = _CLAUSE_BREAK_RE.search(after)
    after = after[:brk.start()] if brk else after
    cond = _CONDITION_RE.search(after)
    if cond is None:
        return False
    modal = _MODAL_RE.search(text, cs, start)
    if cond.group(0).lower() == "unless" and not _UNREAL_MODAL_RE.search(text, cs, start):
        return False    # "will expire after a five-year period unless a review is opened": the default holds
    return cond.start() <= 20 and _unreal(text, cs, min(hi, end + 100)) or modal is not None


def _unreal(text: str, lo: int, hi: int) -> bool:
    """Is a condition in ``text[lo:hi]`` (up to a semicolon) open or unreal (a modal, "were", "'d")?  "If they
    are Hispanic, the rate is 36 percent" states a fact by group; "if it earns 5 percent, you'd need $115" does not."""
    semi = text.find(";", lo, hi)
    hi = semi if semi >= 0 else hi
    return _MODAL_RE.search(text, lo, hi) is not None or _UNREAL_RE.search(text, lo, hi) is not None


def _denial(text: str, lo: int, hi: int, start: int, nxt: Optional[tuple[int, int]],
            cues: "SentenceCues") -> Optional[tuple[str, str]]:
    """The denial of a figure: (the denial's words, the denier), or None."""
    m = cues.first("deny", lo, hi)
    if m is not None and (m.start() < start or _BACKREF_RE.search(text, m.end(), min(hi, m.end() + 40))):
        return m.group(0), _denier(text, lo, m.start())
    if nxt is not None:
        a, b = nxt
        m = _RE["deny"].search(text, a, min(b, a + 160))
        if m is not None and _BACKREF_RE.search(text, max(a, m.start() - 60), min(b, m.end() + 60)):
            return m.group(0), _denier(text, a, m.start())
    return None


def _holder(text: str, lo: int, start: int) -> str:
    """Who puts a denied figure forward when no reporting verb names them: the sentence's subject
    ("Some Russian media and experts discussed ... sending up to 100,000 troops"), unless it is a
    pronoun, a state's bare name or holds the figure."""
    span = leading_np(text, lo, start)
    if span is None or span[1] > start:
        return ""
    name = text[span[0]:span[1]].strip(" ,")
    return "" if not name or name.lower() in _PRONOUNS or any(ch.isdigit() for ch in name) else name


_PRONOUNS = frozenset("it he she they we i you this that these those there".split())


def _denier(text: str, lo: int, pos: int) -> str:
    # "The ministry called the report fake": the subject of the verb before the denial's words
    verb = _DENYING_VERB_RE.search(text[lo:pos + 12])
    at = lo + verb.start() if verb else pos
    span = subject_before(text, lo, at)
    return text[span[0]:span[1]].strip(" ,") if span else ""


def figure_status(text: str, lo: int, hi: int, start: int, end: int, *, source: str = "", vague: bool = False,
                  next_sentence: Optional[tuple[int, int]] = None,
                  cues: Optional["SentenceCues"] = None) -> tuple[str, str, str]:
    """(status, source, denial words) of the figure ``text[start:end]`` in the sentence ``text[lo:hi]``.

    ``source`` is the attribution found for the figure ("" for none); ``vague`` marks a vague
    magnitude ("thousands"); ``next_sentence`` is the next sentence of the paragraph, where a
    denial may follow ("... 10,000 troops. Pyongyang called the report fake."); ``cues`` are the
    sentence's :class:`SentenceCues`, found once for all its figures (computed when not given).

    >>> s = "North Korea needs to send not hundreds of troops, but tens of thousands."
    >>> figure_status(s, 0, len(s), s.index("tens"), len(s) - 1, vague=True)[0]
    'hypothetical'
    >>> s = "Media said 10,000 troops had arrived. The ministry called the report completely fake."
    >>> figure_status(s, 0, 37, 11, 17, source="Media", next_sentence=(38, len(s)))
    ('denied', 'Media', 'called the report completely fake')
    """
    # every look is bounded to a window around the figure, so a huge "sentence" stays linear
    if cues is None:
        cues = SentenceCues(text, max(lo, start - _WINDOW), min(hi, end + _WINDOW))
    lo, hi = max(lo, start - _WINDOW), min(hi, end + _WINDOW)
    denial = _denial(text, lo, hi, start, next_sentence, cues)
    if denial is not None:
        words, denier = denial
        return "denied", source or _holder(text, lo, start) or denier, words
    contrast = _contrast(text, lo, hi, start, end, vague)
    if contrast == "negated" or contrast is None and _negated(text, lo, start):
        return "negated", source, ""
    if contrast == "hypothetical" or _hypothetical(text, lo, hi, start, end, cues):
        return "hypothetical", source, ""
    if source or cues.first("alleged", lo, hi) is not None:
        return "reported", source, ""
    return "stated", source, ""
