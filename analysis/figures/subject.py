"""What a figure counts: its ``subject`` ("North Korean troops in Russia", "North Korea–Russia trade").

The subject is built from three things of the figure's sentence: its kind and unit, a cue noun
near it ("troops", "exports", "trade"), and the states the sentence names ("North Korean",
"to Russia").  Templates and state names are data: ``analysis/lexicons/figure_subjects.tsv``.
When a template's slots cannot be filled from the sentence the next one is tried; when none
fills, the subject is empty: a figure is left ungrouped rather than put with the wrong ones.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional

from ..lexicons import load_table
from ..nlp.guard import guarded

SP = "[ \u00a0]"


@dataclass(frozen=True)
class _State:
    name: str
    adjective: str
    rank: int


_STATES: list[_State] = []
_STATE_PATTERNS: list[str] = []
_TEMPLATES: list[tuple[str, frozenset, re.Pattern, str]] = []
for _row in load_table("figure_subjects.tsv"):
    if _row[0] == "state":
        _STATES.append(_State(_row[1], _row[2], len(_STATES)))
        _STATE_PATTERNS.append(_row[3])
    elif _row[0] == "subject":
        _TEMPLATES.append((_row[1], frozenset(_row[2].split(",")),
                           re.compile(rf"(?i)\b(?:{_row[3]})\b"), _row[4]))
_STATE_RE = guarded(re.compile("|".join(f"(?P<s{i}>\\b(?:{p})\\b(?:[’']s)?)" for i, p in enumerate(_STATE_PATTERNS))))
_TO_BEFORE_RE = re.compile(rf"(?i)\b(?:to|in|into|inside|enter|enters|entered|entering){SP}+(?:the{SP}+)?"
                           rf"(?:(?:eastern|western|northern|southern|central|far-eastern|far{SP}+eastern){SP}+)?\Z")
_FROM_BEFORE_RE = re.compile(rf"(?i)\bfrom{SP}+(?:the{SP}+)?\Z")
# A state helped by what the figure counts is where it goes, not whose it is: "12,000 troops to support Russia",
# "sent to help Moscow", "in support of Russia" (read as "to Russia").
_HELPED_BEFORE_RE = re.compile(rf"(?i)\b(?:to{SP}+(?:support|help|aid|assist|back|reinforce|bolster)|in{SP}+support{SP}+of"
                               rf"|on{SP}+behalf{SP}+of|(?:fight|fighting|fought){SP}+for){SP}+(?:the{SP}+)?\Z")
# (not through "by": in "North Korea has assisted Russia in recapturing the Kursk area by sending 15,000 troops" the
# sender is the subject of the clause, not the place right before "by sending")
_AGENT_AFTER_RE = re.compile(
    rf"(?i){SP}+(?:(?!by\b)\w+{SP}+){{0,2}}?(?:(?:has|have|had|is|was|were|will|would|could|may|might){SP}+(?:also{SP}+|been{SP}+)?)?"
    r"(?:sent|send|sends|sending|deploy\w*|dispatch\w*|suppl(?:y|ies|ied|ying)|provid\w*|export\w*|ship(?:s|ped|ping)?|"
    r"transferr?\w*|fired|hired|employ\w*)\b")
# A state that only qualifies who speaks is not what the figure counts: "South Korea's National Intelligence Service
# said the North had shipped 3,000 troops", "Japanese television network NHK reported dozens of workers".
_ACCORDING_BEFORE_RE = re.compile(rf"(?i)\baccording{SP}+to{SP}+(?:the{SP}+)?\Z")
_SPEAKER_AFTER_RE = re.compile(
    rf"(?:[’']s)?{SP}+(?!(?:has|have|had|also|is|was|were|will|would|could|may|might|then|later|earlier|previously|"
    rf"reportedly|officially|said|says|told|reported)\b)(?:[\w.-]+{SP}+){{1,5}}?(?:said|says|told|reported|reports|estimated|estimates|"
    rf"claimed|claims)\b(?!{SP}+(?:to|it|that{SP}+it)\b)")
# A state naming whose information it is: "US confirmation that Putin has resorted to the deployment of 10,000 troops
# from ... North Korea", "South Korean intelligence estimates": who tells, not whose troops.
_INFORMATION_AFTER_RE = re.compile(
    rf"(?:[’']s)?{SP}+(?:(?:military|defen[cs]e){SP}+)?(?:confirmation|intelligence|officials?|estimates?|assessments?|"
    rf"reports?|sources|claims?|data){SP}+(?:that|of|estimates?|say|says|said|suggests?|shows?)\b")
# A state that says what went before it, at the end of the sentence: "..., Seoul said.", "..., Moscow said on Monday"
# (not "Pyongyang said it had sent": the speaker of its own deed).
_SAID_AT_END_RE = re.compile(rf"(?:[’']s)?{SP}+(?:said|says|told|reported|reports|claimed|claims|estimated|estimates)"
                             rf"(?={SP}*(?:[.;]|$|,{SP}*[\"”’]|{SP}(?:on|in|last|this|earlier|late|early|yesterday|today)\b))")
_EACH_AFTER_RE = re.compile(rf"(?i){SP}*(?:each|apiece|per{SP}+(?:brigade|unit|battalion|division|group|month|year|week|day))\b")
_TARGET_BEFORE_RE = re.compile(rf"(?i)\b(?:on|against|over|at|with){SP}+(?:the{SP}+)?\Z")
_OWN_CLAUSE_END_RE = re.compile(r"[,;:—(]|\b(?:and|but|while|whereas|where|although)\b")
_CLAUSE_END_RE = re.compile(r"[;:—()]|,\s+(?:but|while|whereas|although|which|who)\b")


def state_mentions(text: str, lo: int, hi: int) -> list[tuple[int, int, _State, str, bool]]:
    """The states a sentence names, in order: (start, end, state, role, agent).

    ``role`` is what the words before say: "to" ("to Russia", "in Russia"), "from", "target" ("war on
    Ukraine", "against"), "subject" (the start of the sentence or of a "that" clause) or "";
    ``agent`` is true before a sending verb ("Pyongyang has sent").  Found once per sentence.
    """
    out = []
    for m in _STATE_RE.finditer(text, lo, hi):
        a = m.start()
        before = text[max(lo, a - 12):a]
        if _ACCORDING_BEFORE_RE.search(text, max(lo, a - 16), a) or _SPEAKER_AFTER_RE.match(text, m.end()) \
                or _INFORMATION_AFTER_RE.match(text, m.end()) or _SAID_AT_END_RE.match(text, m.end(), hi):
            role = "source"     # "South Korea's National Intelligence Service said", "according to South Korean lawmaker"
        elif _TO_BEFORE_RE.search(before) or _HELPED_BEFORE_RE.search(text, max(lo, a - 24), a):
            role = "to"
        elif _FROM_BEFORE_RE.search(before):
            role = "from"
        elif _TARGET_BEFORE_RE.search(before):
            role = "target"
        elif a - lo <= 3 and not text[lo:a].strip() \
                or re.search(r"(?i)(?:\bthat|[.;:“\"])[ \u00a0]*\Z", text[max(lo, a - 8):a]):
            role = "subject"
        else:
            role = ""
        out.append((a, m.end(), _STATES[int(m.lastgroup[1:])], role, _AGENT_AFTER_RE.match(text, m.end()) is not None))
    return out


def figure_subject(text: str, lo: int, hi: int, start: int, end: int, kind: str, unit: str,
                   states: Optional[list] = None) -> str:
    """The subject of the figure ``text[start:end]`` in the sentence ``text[lo:hi]``, or "".

    >>> s = "Pyongyang has sent around 15,000 workers to Russia."
    >>> figure_subject(s, 0, len(s), s.index("15,000"), s.index(" to"), "labor_estimate", "workers")
    'North Korean workers in Russia'
    >>> s = "North Korea-China trade reached US$ 90.3 million."
    >>> figure_subject(s, 0, len(s), s.index("US$"), len(s) - 1, "trade_value", "USD")
    'North Korea–China trade'
    """
    if _EACH_AFTER_RE.match(text, end, min(hi, end + 12)):
        return ""           # "two brigades of 6,000 troops each": a share of the whole, not a count of it
    lo, hi = max(lo, start - 400), min(hi, end + 400)   # bounded: a huge "sentence" stays linear
    if states is None:
        states = state_mentions(text, lo, hi)
    else:   # the sentence's states (found once), cut to the window
        a = bisect.bisect_left(states, (lo,))
        b = bisect.bisect_left(states, (hi,))
        states = [m for m in states[a:b] if m[1] <= hi]
    if not states:
        return ""
    # the cue noun: the unit, the words right after the figure, or its clause before it
    after = text[end:min(hi, end + 40)]
    brk = _CLAUSE_END_RE.search(after)
    after = after[:brk.start()] if brk else after
    before = text[max(lo, start - 120):start]
    brk = None
    for brk in _CLAUSE_END_RE.finditer(before):
        pass
    before = before[brk.end():] if brk else before
    for template, kinds, cue, where in _TEMPLATES:
        if "*" not in kinds and kind not in kinds:
            continue
        in_clause = where == "clause"
        cue_at = None
        m = cue.search(after)
        if cue.search(unit) or cue.search(text, start, end):
            cue_at = start
        elif where == "after" and (m := cue.search(_OWN_CLAUSE_END_RE.split(after, 1)[0])) is not None:
            cue_at = end + m.start()       # "100 soldiers sent to Russia have been killed" (not ", where 300 were killed")
        elif m is not None and (in_clause or m.start() <= 12):
            cue_at = end + m.start()
        elif in_clause:
            for m in cue.finditer(before):
                cue_at = start - len(before) + m.start()
        if cue_at is None:
            continue
        # people counted are of the state named in the figure ("300 North Korean workers"); not money ("US$ 90.3 million")
        span = (start, end) if kind in ("troop_estimate", "labor_estimate") else (-1, -1)
        subject = _fill(template, text, lo, states, cue_at, start, span)
        if subject:
            return subject
    return ""


def _fill(template: str, text: str, lo: int, states, cue_at: int, start: int, span: tuple[int, int]) -> str:
    to = _to_state(text, lo, states, start)
    frm = _from_state(text, lo, states, cue_at, to, span)
    slots: dict[str, str] = {}
    if "{to}" in template:
        if to is None:
            return ""
        slots["to"] = to.name
    if "{from}" in template:
        if frm is None or to is not None and frm.name == to.name and "{to}" in template:
            return ""
        slots["from"] = frm.adjective if template.index("{from}") == 0 else frm.name
    if "{a}" in template:
        distinct = []
        for s in ([frm] if frm else []) + ([to] if to else []) + [m[2] for m in states]:
            if s not in distinct:
                distinct.append(s)
        if len(distinct) < 2:
            return ""
        a, b = sorted(distinct[:2], key=lambda s: s.rank)
        slots["a"], slots["b"] = a.name, b.name
    return template.format(**slots)


def _to_state(text: str, lo: int, states, start: int):
    """The state a thing goes to or is in: "to Russia", "in Russia's Kursk region"; nearest after the figure first."""
    cands = [(a, s) for a, _, s, role, _ in states if role == "to"]
    later = [s for a, s in cands if a > start]
    if later:
        return later[0]
    return cands[-1][1] if cands else None


def _from_state(text: str, lo: int, states, cue_at: int, to, span: tuple[int, int] = (-1, -1)):
    """The state a thing comes from or belongs to: named inside the figure ("to employ 300 North Koreans" in a
    "Moscow-based" firm), right before the cue noun, after "from", the agent of a sending verb, the subject of the
    sentence or of a "that" clause, else the nearest named before the cue."""
    for a, b, s, role, _ in states:
        if span[0] <= a and b <= span[1]:
            return s      # "50,000 Russian soldiers in Kursk": the figure's own adjective, even of the state they are in
    for a, b, s, role, _ in states:
        if 0 <= cue_at - b <= 30 and role != "to" and re.fullmatch(rf"{SP}*(?:[\w-]+{SP}+)?", text[b:cue_at]):
            return s
    for a, _, s, role, _ in states:
        if role == "from":
            return s
    others = [(a, s, role, agent) for a, _, s, role, agent in states
              if (to is None or s.name != to.name) and role not in ("to", "target", "source")]
    for a, s, role, agent in others:       # "Pyongyang has sent", "North Korea deployed"
        if agent:
            return s
    for a, s, role, agent in others:       # "North Korea is also supporting ..."
        if role == "subject":
            return s
    before = [s for a, s, _, _ in others if a < cue_at]
    if before:
        return before[-1]
    return others[0][1] if others else None
