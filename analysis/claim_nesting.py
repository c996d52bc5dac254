"""Nested attributions: one content, one row per source, in the order of the sources in the text.

"Guo Jiakun said this at a briefing, according to an Ukrinform correspondent", "Kim said Russia will win,
CNN reported": a relay after the content (``according to``, an inverted "..., X reported", "as reported
by X") reports the inner attribution. CONVENTIONS.md gives the claim as the whole sentence and lists such
a sentence once per source; in ``claims.csv`` both rows carry the same content, the one the speaker's cue
governs (what is finally claimed), the speaker's row first and the relay after it, as they come in the text.
(The rows of "X quoted/cited Y as saying" and "X reported ..., citing Y" already share one content.)

Left as they were: a leading "According to X, Y said ..." (X comes first, with the longer content), a relay
of more than the inner attribution ("A told police that B, but the NYPD overruled it, the source added"),
a standing view in the present or perfect ("Police have said ..., according to attorneys", "Bloomberg
reports ...": the relay's own claim, as annotated in PolNeAR), and an attribution nested under a verb of
the outer source ("Lin pointed out that certain countries asserted that ..."), a claim about a claim.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Callable, Sequence

from .nlp import is_pronoun, reporting_verbs
from .records import Claim

_ALNUM = re.compile(r"[^\W_]")
_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
# A coordinated predicate ("The world should not tolerate A and reiterated a warning that B, the leader said"):
# its subject is the first verb's, often no speaker; the relay keeps its own content.
_AND_BEFORE = re.compile(r"\band\s+(?:(?:also|then|later|[a-z]+ly)\s+)?$")
Anchor = tuple[int, int, bool, bool]    # cue start, source start or -1, a verb of speech or 'according to', a speech noun


def _is_relay(claim: Claim, anchor: Anchor) -> bool:
    """A relay after its content (", X reported.", ", according to X."). A leading "According to X, Y said ..."
    keeps its own, longer content: its source comes first in the text, and so does its row."""
    return anchor[0] >= claim.end - 1


def _trimmed_end(text: str, inner: Claim, anchor: Anchor) -> int:
    """The inner content's end before the relay that closes the sentence ("the restrictions could remain for
    the rest of 2023, the Journal reported": before ", the Journal"), or -1 when it runs into it unparsed."""
    cue_at, src_at = anchor[:2]
    stop = min(x for x in (cue_at, src_at) if x >= 0)
    if stop >= inner.end or stop <= inner.start:
        return inner.end
    comma = text.rfind(",", inner.start, stop)
    if comma <= inner.start:
        return -1
    end = comma
    while end > inner.start and text[end - 1] in " \n\t":
        end -= 1
    return end if end > inner.start else -1


_NOT_EVENT = re.compile(r"(?:\b(?:to|has|have|had|will|would|could|may|might|must|should)\s+(?:(?:also|not|[a-z]+ly)\s+)?)$",
                        re.I)
_PRESENT = re.compile(r"[a-z]+s\b(?!\s+to\b)")


def _reported_event(text: str, cue_at: int) -> bool:
    """A statement the relay reports as news: a simple past ("Kim said", "the regime confirmed") or a leading
    "According to X"; not a standing view in the present or perfect ("Bloomberg reports", "Police have said",
    "Kim has said": the relay's own claim as before) nor an infinitive of purpose ("summoned the envoy to say")."""
    if text.startswith(("according", "According"), cue_at):
        return True
    return not _NOT_EVENT.search(text, max(0, cue_at - 30), cue_at) and not _PRESENT.match(text, cue_at)


def _covers(text: str, outer: Claim, inner: Claim, anchor: Anchor, end: int, rows: Sequence[Claim],
            same_actor: Callable[[str, str], bool]) -> bool:
    """True when the relay's content is the inner attribution and nothing more: at most an opening phrase
    before the inner source ("During his visit to Russia, Kim said ..."), and after the inner content only
    more of the same speaker (", adding that ..."). "Clinton had told police that A, but the NYPD overruled
    that request, the source added" relays more than Clinton's claim, and keeps its own content."""
    start = min(x for x in (anchor[1], anchor[0]) if x >= 0)
    lead = text[outer.start:start].strip()
    if lead and not lead.endswith(","):
        return False
    for row in rows:
        if end <= row.start < outer.end and row.source and same_actor(row.source, inner.source):
            end = max(end, row.end)
    return not _ALNUM.search(text, end, outer.end)


def _inner_of(text: str, outer: Claim, rows: Sequence[Claim], anchors, same_actor) -> int:
    """The index of the first attribution of a verb of speech inside ``outer``'s content, or -1."""
    best = (len(text) + 1, -1)
    for j, inner in enumerate(rows):
        a = anchors.get(inner)
        if a is None or not a[2] or inner is outer or inner.sentence_id != outer.sentence_id or \
                not inner.source or same_actor(inner.source, outer.source):
            continue
        if outer.start <= a[0] < outer.end and inner.start >= outer.start and _reported_event(text, a[0]) and \
                not _AND_BEFORE.search(text, max(0, a[0] - 20), a[0]):
            best = min(best, (a[0], j))
    return best[1]


def _stances_on_held_claims(claims: Sequence[Claim], anchors, same_actor) -> list[tuple[int, int]]:
    """(stance row, holder row) pairs: "Japan criticized Putin's assertion that X", "expressed their concern over
    Putin's suggestion during his visit that X": X is Putin's claim, which Japan's row is about."""
    pairs = []
    for j, held in enumerate(claims):
        a = anchors.get(held)
        if a is None or not a[3] or not held.source or a[1] < 0:
            continue
        for k, stance in enumerate(claims):
            b = anchors.get(stance)
            if b is None or k == j or stance.sentence_id != held.sentence_id or not stance.source or \
                    same_actor(stance.source, held.source) or not b[0] < a[1] or abs(stance.end - held.end) > 1:
                continue
            if (stance.start, stance.end) == (held.start, held.end) or 0 <= a[1] - stance.start <= 40:
                pairs.append((k, j))
    return pairs


def _kept(anchors: dict[Claim, Anchor], old: Claim, new: Claim) -> Claim:
    """``new``, given ``old``'s anchor (for :func:`cut_at_other_sources`, which reads the anchors after)."""
    if old in anchors:
        anchors.setdefault(new, anchors[old])
    return new


def share_nested(text: str, claims: Sequence[Claim], anchors: dict[Claim, Anchor],
                 same_actor: Callable[[str, str], bool]) -> list[Claim]:
    """``claims`` (sorted by span) with each relay row given its inner attribution's content, after it."""
    out = list(claims)
    relays = set()
    for k, outer in enumerate(claims):
        anchor = anchors.get(outer)
        if anchor is None or not outer.source or not _is_relay(outer, anchor):
            continue
        j = _inner_of(text, outer, claims, anchors, same_actor)
        if j < 0 or j in relays:
            continue
        inner = out[j]
        end = _trimmed_end(text, inner, anchor)
        if end < 0 or not _covers(text, outer, inner, anchors[claims[j]], end, out, same_actor):
            continue
        if end != inner.end:
            inner = out[j] = _kept(anchors, claims[j], replace(inner, end=end, text=text[inner.start:end]))
        out[k] = _kept(anchors, outer, replace(outer, start=inner.start, end=inner.end, text=inner.text))
        relays.add(k)
    for k, j in _stances_on_held_claims(claims, anchors, same_actor):
        if k not in relays and j not in relays:
            out[k] = _kept(anchors, claims[k], replace(out[k], start=out[j].start, end=out[j].end, text=out[j].text))
            relays.add(k)
    order = sorted(range(len(out)), key=lambda i: (out[i].start, out[i].end, i in relays))
    return [out[i] for i in order]


# A non-restrictive relative clause on a noun of the outer content, with a subject and a cue of its own: "reiterated
# support for the resolutions, which she said were undermined by the pact", "attacked other candidates for accepting
# his donations, which he said were accompanied by return favors" -- a claim about the noun, not a part of the outer
# claim (CGEL 12.3: a supplementary relative is a separate assertion).
_RELATIVE_ASIDE_CUE = re.compile(r",\s+(?:which|who)\s+(?:he|she|they|it|we|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+"
                                 r"(?:(?:also|had|has|have|[a-z]+ly)\s+)?$")


def drop_nested(claims: list[Claim], cue_at: dict) -> list[Claim]:
    """Drop a claim nested in another by the same source ("He said he hoped it would ...")."""
    out = []
    for i, c in enumerate(claims):
        pos = cue_at[(c.start, c.end)]
        nested = False
        for j in range(max(0, i - 3), i):
            o = claims[j]
            if o.start <= pos < o.end and _RELATIVE_ASIDE_CUE.search(o.text, max(0, pos - o.start - 60), pos - o.start):
                continue          # "support for the resolutions, which she said were undermined": its own claim
            if c.source and not is_pronoun(c.source) and not same_actor(c.source, o.source) and \
                    cue_at[(o.start, o.end)] >= o.end - 1 and not intention_only(c.cue):
                continue          # "She revealed that X, according to Xinhua": a relay keeps its speaker's row
            if o.start <= pos < o.end and c.end <= o.end + 1 and \
                    (not c.source or is_pronoun(c.source) or is_pronoun(c.source_mention) or
                     same_actor(c.source, o.source) or intention_only(c.cue)):
                nested = True
                break
        if not nested:
            out.append(c)
    return out


def intention_only(cue_word: str) -> bool:
    """A cue that reports only an intention ("wanted to"): inside another's reported clause it is part of that
    claim ("Lavrov said Moscow wanted to develop ...": Lavrov's claim, not a second one of Moscow's)."""
    info = reporting_verbs().get(cue_word.lower())
    return info is not None and not set(info.roles) & set("cqwsn")


def same_actor(a: str, b: str) -> bool:
    """Two source names of one actor: equal, or ending on the same capitalised name
    ("Tom Clarke" / "Mr. Clarke", "Betty Shelby" / "Shelby"; not "South Korean lawmakers" / "the South
    Korean intelligence agency")."""
    if a == b:
        return True
    wa, wb = _WORD.findall(a), _WORD.findall(b)
    return bool(wa and wb and wa[-1] == wb[-1] and wa[-1][:1].isupper())


# The words a content may keep before a comma that ends it at another row's source: at least this many.
_MIN_KEPT_WORDS = 2


def cut_at_other_sources(text: str, claims: Sequence[Claim], anchors: dict,
                         same_actor: Callable[[str, str], bool]) -> list[Claim]:
    """``claims`` with each content cut at a comma followed by another row's source whose own content follows that
    source and runs past this one: "his willingness to turn on the rich, experts say the sting ... would be swamped",
    "his promises to X notwithstanding, independent analyses agree the top 1 percent would ..." (the stance on the
    noun ends before ", experts say"). Two attributions joined by a comma are two clauses (CGEL 15.3). Left alone:
    a nested attribution ("said that, in the end, officials believe X": its content inside this one), a relay or an
    inverted row ("..., KCNA said": shared or placed by :func:`share_nested`, which runs first), a second row of the
    same holder ("noted that at a meeting, in 1972, he supported ..."), and a list of names before the comma."""
    starts = sorted((a[1], i) for i, c in enumerate(claims) if (a := anchors.get(c)) is not None and a[1] >= 0)
    keys = [s for s, _ in starts]
    out = list(claims)
    for k, c in enumerate(claims):
        anchor = anchors.get(c)
        if anchor is None or anchor[0] >= c.start:
            continue              # a relay or an inverted row ("At the summit, Kim criticized X, KCNA said"): its
                                  # content is the whole clause before its cue, other sources and all
        lo = bisect.bisect_right(keys, c.start)
        hi = bisect.bisect_left(keys, c.end)
        cut = -1
        for s, j in starts[lo:hi]:
            other = claims[j]
            if j == k or c.start <= other.start and other.end <= c.end:
                continue          # a nested attribution, inside this content
            if other.start <= s:
                continue          # ", the report said": a relay after the content (share_nested's), or an inverted
                                  # "..., X said" whose content comes first
            if same_actor(c.source, other.source):
                continue          # "noted that at a meeting, in 1972, he supported ...": the same holder goes on
            before = text[c.start:s].rstrip(" \t")
            words = _WORD.findall(before)
            if before.endswith(",") and len(words) >= _MIN_KEPT_WORDS and not words[-1][:1].isupper():
                # (not "the states of New South Wales, Queensland, Tasmania and ...": a list of names is one phrase)
                cut = c.start + len(before) - 1      # the comma
                break
        if cut >= 0:
            end = c.start + len(text[c.start:cut].rstrip())
            out[k] = replace(c, end=end, text=text[c.start:end])
    return sorted(out, key=lambda c: (c.start, c.end))
