"""Tokens and closed word classes: the words every attribution rule is written in.

A token is a word (keeping inner apostrophes, periods and hyphens: "U.S", "Korea’s",
"Sin Hong-chol") or one punctuation character.  The word classes (auxiliaries, adverbs,
determiners, prepositions...), pronouns, titles, given names and name blockers are read
from the lexicon files, once.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import repeat
from typing import Iterable, NamedTuple, Optional

from ..lexicons import load_list, load_table

# The names of days and months, as regular-expression fragments for the attribution rules that must not read
# them as names ("said Tuesday", "a statement from Tuesday").
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# ... and the months' abbreviations as agencies write them before a day ("Oct. 6", "Sept. 11"; the period not included)
# A member of Congress's party and state written after the name ("R-Texas", "D-New York", "D-Calif."): no person.
PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"

# A word keeps inner apostrophes, periods and hyphens ("U.S", "Sin Hong-chol", "Korea’s");
# everything else is a one-character token.
_TOKEN = re.compile(r"[^\W_](?:[\w’'.&/-]*\w)?|[^\w\s]")


class Tok(NamedTuple):
    """One token: ``text`` is ``article[start:end]``."""

    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def _fresh_tokens(text: str, lo: int, hi: int, _new=tuple.__new__, _start=re.Match.start, _end=re.Match.end,
                  _group=re.Match.group) -> list[Tok]:
    # (map over the matches: a quarter faster than a comprehension calling three methods per token)
    found = list(_TOKEN.finditer(text, lo, hi))
    return list(map(_new, repeat(Tok), zip(map(_start, found), map(_end, found), map(_group, found))))


class _TextTokens:
    """Every token of one text, so a window's tokens are a slice, not a new scan.

    Rules look at windows of up to 400 characters around every reporting cue; in cue-dense
    text ("said said said ...") windows overlap and scanning each anew cost 0.2 ms per cue
    (most of the 70 s per MB of issue 14).  A window's tokens equal the text's tokens between
    its first whitespace and the last token that ends inside it; the ragged edges (a word cut
    at ``lo`` or at ``hi``) are scanned anew, so the result is exactly :func:`_fresh_tokens`.
    """

    def __init__(self, text: str):
        self.text = text
        self.toks = _fresh_tokens(text, 0, len(text))
        self.starts = [t.start for t in self.toks]
        self.ends = [t.end for t in self.toks]

    def window(self, lo: int, hi: int) -> list[Tok]:
        text = self.text
        space = _SPACE.search(text, lo, hi)
        if space is None:
            return _fresh_tokens(text, lo, hi)
        # No token holds whitespace, so after ``space`` the two scans agree until a token crosses ``hi``.
        head = _fresh_tokens(text, lo, space.start())
        first = bisect.bisect_left(self.starts, space.end())
        last = bisect.bisect_right(self.ends, hi)
        middle = self.toks[first:last] if last > first else []
        if last < len(self.toks) and self.toks[last].start < hi:
            return head + middle + _fresh_tokens(text, self.toks[last].start, hi)
        return head + middle


_SPACE = re.compile(r"\s")
# The last text seen, how many characters its windows have asked for, and its _TextTokens once
# they add up to more than the text itself (the windows overlap: cue-dense text).  One tuple,
# replaced whole, so threads that tokenize different texts never pair one text with another's tokens.
# The tuple also holds the text's last windows: two in five are asked for again (a cue's window by the quote, claim
# and figure rules), at most _MEMO_WINDOWS of them.
_last: tuple = (None, 0, None, {})
_MEMO_WINDOWS = 512


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """The tokens of ``text[lo:hi]``, as if that slice were the whole text (a word cut at ``hi`` ends there).

    >>> [t.text for t in tokens("Mr. Lee’s U.S. trip", 0, 19)]
    ['Mr', '.', 'Lee’s', 'U.S', '.', 'trip']
    """
    global _last
    if hi - lo < 48:
        return _fresh_tokens(text, lo, hi)
    seen, asked, text_tokens, memo = _last
    if seen is not text:
        seen, asked, text_tokens, memo = text, 0, None, {}
    found = memo.get((lo, hi))
    if found is not None:
        return list(found)         # a copy: a caller may change its list
    if text_tokens is None:
        asked += hi - lo
        if asked <= 2 * len(text):
            found = _fresh_tokens(text, lo, hi)
        else:
            text_tokens = _TextTokens(text)
    if found is None:
        found = text_tokens.window(lo, hi)
    if len(memo) >= _MEMO_WINDOWS:
        memo = {}
    memo[(lo, hi)] = found
    _last = (text, asked, text_tokens, memo)
    return list(found)


def is_capitalised(tok: Tok) -> bool:
    return tok.text[0].isupper()


@lru_cache(maxsize=None)
def word_classes() -> dict[str, frozenset[str]]:
    """Closed-class words by role (aux, adv, sub, det, prep, conj, lead)."""
    roles: dict[str, set[str]] = {}
    for word, role in load_table("clause_words.tsv"):
        roles.setdefault(role, set()).add(word)
    return {k: frozenset(v) for k, v in roles.items()}


@lru_cache(maxsize=None)
def pronoun_kinds() -> dict[str, str]:
    """Every pronoun of ``pronouns.tsv`` (lower case) -> what it can stand for: person-m, person-f,
    group, thing, self (the writer) or relative."""
    return {row[0]: row[1] for row in load_table("pronouns.tsv")}


@lru_cache(maxsize=None)
def _pronoun_cases() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[2].split(",")) if len(row) > 2 and row[2] else frozenset()
            for row in load_table("pronouns.tsv")}


def pronouns(kinds: Optional[Iterable[str]] = None, cases: Optional[Iterable[str]] = None) -> frozenset[str]:
    """The pronouns (lower case) whose referent is one of ``kinds`` and whose case is one of ``cases``.

    Kinds and cases are the columns of ``pronouns.tsv``; ``None`` means any.

    >>> sorted(pronouns(cases=("subject", "object"), kinds=("person-m", "person-f")))
    ['he', 'her', 'him', 'she']
    """
    kind_set = set(kinds) if kinds is not None else None
    case_set = set(cases) if cases is not None else None
    return frozenset(p for p, kind in pronoun_kinds().items()
                     if (kind_set is None or kind in kind_set)
                     and (case_set is None or _pronoun_cases()[p] & case_set))


def is_pronoun(word: str) -> bool:
    """True for a pronoun of ``pronouns.tsv``, in any case ("He", "they"); not an acronym written in capitals
    ("WHO", "US": :func:`is_acronym`)."""
    return word.lower() in pronoun_kinds() and not is_acronym(word)


def is_acronym(word: str) -> bool:
    """A word of two letters or more all in capitals ("WHO", "US"): a body's or a state's short name even when it
    spells a pronoun ("according to WHO data")."""
    return len(word) > 1 and word.isalpha() and word.isupper()


@lru_cache(maxsize=None)
def titles() -> frozenset[str]:
    """Titles and offices that precede a name ("Mr", "President", "Spokeswoman")."""
    return frozenset(load_list("titles.txt"))


@lru_cache(maxsize=None)
def name_blockers() -> frozenset[str]:
    """Capitalised words that make a run of names a place or an organisation ("Ministry", "Korea")."""
    return frozenset(load_list("name_blockers.txt"))


@lru_cache(maxsize=None)
def given_names() -> dict[str, str]:
    """Given names -> gender ("m" / "f"), for pronoun resolution."""
    return {name: gender for name, gender in load_table("given_names.tsv")}


def bare_word(word: str) -> str:
    """A word without its possessive ending ("Korea’s" -> "Korea")."""
    if word.endswith(("’s", "'s")):                  # exactly re.sub(r"[’']s$", "", word), at a tenth of the cost
        return word[:-2]
    if word.endswith(("’s\n", "'s\n")):
        return word[:-3] + "\n"
    return word
