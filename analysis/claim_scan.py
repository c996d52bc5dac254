"""Whole-text scans of claim cue shapes that start on a word of a lexicon (speed only; the matches are the same).

A pattern such as "\\b(claims?|remarks?|...)\\s+by\\s+..." can start only where a maximal run of word characters
is one of its lexicon's spellings: it begins at a word boundary and its word is followed by a space.  One scan of
the text for the words of several such lexicons (a prefix-sharing alternation) finds those starts; each pattern is
then matched at its own starts only, instead of being tried, with its guard, at every position of the text.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from .nlp.cues import _trie_pattern

try:    # the parser of the ``re`` module (3.11+: re._parser; before: sre_parse)
    from re import _constants as _C, _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]


def spellings(fragment: str) -> frozenset[str]:
    """Every string the regex ``fragment`` matches: letters, "?", alternation and groups only (ValueError else)."""
    def seq(items) -> list[str]:
        outs = [""]
        for op, av in items:
            if op is _C.LITERAL:
                alts = [chr(av)]
            elif op is _C.IN and all(kind is _C.LITERAL for kind, _v in av):
                alts = [chr(v) for _k, v in av]
            elif op is _C.BRANCH:
                alts = [s for alt in av[1] for s in seq(list(alt))]
            elif op is _C.SUBPATTERN:
                alts = seq(list(av[3]))
            elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
                alts = [""] + seq(list(av[2]))
            else:
                raise ValueError(f"not a finite lexicon: {fragment!r}")
            outs = [o + a for o in outs for a in alts]
        return outs
    words = frozenset(seq(list(_P.parse(fragment))))
    if not all(w and re.fullmatch(r"\w+", w) for w in words):
        raise ValueError(f"not a lexicon of words: {fragment!r}")
    return words


def word_regex(words: Iterable[str]) -> re.Pattern:
    """The maximal runs of word characters that are one of ``words``."""
    return re.compile(r"(?<!\w)(?:" + _trie_pattern(sorted(set(words))) + r")(?!\w)")


def finditer_at(rx: re.Pattern, firsts: frozenset[str], words: list[re.Match], text: str) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for a pattern whose every match starts a maximal run of word characters that is in
    ``firsts``, given ``words``: every such run of ``text`` (and maybe others), in order.  ``re`` matches at a
    position with the text before it in view (lookbehinds, "\\b"), as a search reaching it would."""
    last = 0
    for w in words:
        p = w.start()
        if p >= last and w.group() in firsts:
            m = rx.match(text, p)
            if m:
                last = m.end()
                yield m
