"""Hedges: the one hedge lexicon (``hedges.tsv``), looked up in claims and around figures.

A hedge lowers the commitment to what is said: "may", "reportedly", "believed to" in a
claim; "up to", "nearly", "or more" around a figure.  Each phrase of the lexicon says where
it counts (claim / before / after / clause); :func:`hedge_phrases` gives the phrases of one
place, :func:`hedge_in` finds the first claim hedge in a stretch of text, and
:func:`hedge_class` sorts a figure's hedge for the charts.

>>> t = "Russia has reportedly sent troops."
>>> hedge_in(t, 0, len(t))
'reportedly'
>>> hedge_class("up to", "up to 100,000 troops")
'speculated'
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicons import load_table

PLACES = ("claim", "before", "after", "clause")


@lru_cache(maxsize=None)
def hedge_lexicon() -> dict[str, frozenset[str]]:
    """Every hedge phrase (lower case) -> the places where it counts (claim, before, after, clause)."""
    out: dict[str, frozenset[str]] = {}
    for phrase, places in load_table("hedges.tsv"):
        out[phrase] = out.get(phrase, frozenset()) | frozenset(places.split(","))
    return out


@lru_cache(maxsize=None)
def hedge_phrases(where: Optional[str] = None) -> tuple[str, ...]:
    """The hedge phrases in lexicon order, or only those that count at ``where``.

    >>> "up to" in hedge_phrases("before"), "up to" in hedge_phrases("claim")
    (True, False)
    """
    return tuple(p for p, places in hedge_lexicon().items() if where is None or where in places)


@lru_cache(maxsize=None)
def _claim_hedges() -> dict[str, tuple[str, ...]]:
    """First word of every claim hedge (lower case) -> the words that must follow it ("believed" -> ("to",))."""
    out: dict[str, list[str]] = {}
    for phrase in hedge_phrases("claim"):
        first, *rest = phrase.split()
        out.setdefault(first, []).append(" ".join(rest))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=None)
def _claim_hedge_regex() -> re.Pattern:
    """Any claim hedge starting a word, longest continuation first.

    One search over a window replaces a dictionary lookup per word: in cue-dense text ("said
    said said ...", where "said" may open "said to") the per-word loop cost 0.3 ms per claim.
    """
    heads = _claim_hedges()
    alternatives = []
    for first in sorted(heads):
        tails = [r"\s+" + r"\s+".join(map(re.escape, tail.split())) + r"(?![\w’'-])" if tail else ""
                 for tail in heads[first]]
        # A head with an empty tail matches alone; otherwise its tail must follow.
        alternatives.append(f"(?ai:{re.escape(first)})(?![A-Za-z])(?:{'|'.join(tails)})")
    return re.compile(r"(?<![A-Za-z])(?!May(?![A-Za-z]))(?:" + "|".join(alternatives) + ")")


def hedge_in(text: str, lo: int, hi: int) -> str:
    """The first hedging word in ``text[lo:hi]`` ("may", "reportedly", "believed to"), or "".

    The slice is read on its own, so a word cut at ``lo`` or ``hi`` counts as written there.
    A capitalised "May" is the month, not the modal.
    """
    m = _claim_hedge_regex().search(text[lo:hi]) if lo < hi else None
    return " ".join(m.group().lower().split()) if m else ""


@lru_cache(maxsize=None)
def _class_stems() -> tuple[tuple[str, str], ...]:
    return tuple((stem, cls) for stem, cls in load_table("hedge_classes.tsv"))


def hedge_class(hedge: str, text: str = "") -> str:
    """Sort a figure's hedge (and surface) into alleged / speculated / denied / hedged / stated.

    >>> hedge_class("allegedly"), hedge_class("nearly"), hedge_class("")
    ('alleged', 'hedged', 'stated')
    """
    h = f"{hedge or ''} {text or ''}".lower()
    for wanted in ("denied", "alleged", "speculated"):
        if any(stem in h for stem, cls in _class_stems() if cls == wanted):
            return wanted
    return "hedged" if str(hedge or "").strip() else "stated"
