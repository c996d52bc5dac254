"""Shapes of names in an article's text, split from :mod:`.people` (which re-exports them): the lines written in
title case (headlines, whose capitalised verbs would read as names), the closed-class words that split a run of
names, and whether a speaker's one capitalised word reads as a person's surname."""
from __future__ import annotations

import re
from functools import lru_cache

from .cues import reporting_verbs
from .tokens import word_classes
from .guard import guarded


_LINE = re.compile(r"[^\n]+")
_LINE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_QUOTED_IN_LINE = guarded(re.compile(r"(?:^|(?<=\s))[‘“\"][^‘’“”\"\n]{3,200}[’”\"]"))
_QUOTE_OPENERS = re.compile(r"[‘“\"]")     # what every _QUOTED_IN_LINE match opens with (a fast test for the line)


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines written in title case (four words or more, most capitalised, no final
    period): headlines, whose capitalised verbs ("Obama Sees ...") would read as names."""
    out = []
    for line in _LINE.finditer(text):
        if line.end() - line.start() > 300:
            continue
        words = _LINE_WORD.findall(_QUOTED_IN_LINE.sub(" ", line.group()) if _QUOTE_OPENERS.search(line.group())
                                   else line.group())   # a quote keeps its own case
        closed = line.group().rstrip().endswith((".", "”", "\""))
        if len(words) < 4 or closed and len(words) > 20:
            continue
        if closed and any(w in _reporting_words() for w in words):
            continue    # '“...,” said Artyom Lukin of the Russian Far Eastern Federal University.': a sentence (no
            # title case writes a reporting verb in lower case), whose names count
        caps = sum(1 for w in words if w[0].isupper())
        # (a capitalised function word counts once, as a capital: 'Rejecting Khan’s plea, Judge Humayun Dilawar
        # said, “...”' is a sentence that opens on a participle, not a headline)
        small = sum(1 for w in words if w[0].islower() and w in _function_words())
        if caps >= 0.7 * (len(words) - small) and caps >= len(words) - small and caps >= 3:
            out.append(line.span())
    return out


@lru_cache(maxsize=None)
def _reporting_words() -> frozenset[str]:
    """The reporting verbs as written in lower case ("said", "told"), for :func:`_title_case_lines`."""
    return frozenset(w for w in reporting_verbs() if w.islower())


@lru_cache(maxsize=None)
def _function_words() -> frozenset[str]:
    """Closed-class words and reporting verbs: capitalised, they split a run of names ("While Obama")."""
    words = set()
    for role, members in word_classes().items():
        words |= members
    return frozenset(words | set(reporting_verbs()))


# One capitalised word, or two joined by a hyphen ("Al-Ghaithi"), its other letters in lower case: also accented
# ones ("Sánchez", "Orbán", "Müller", "Erdoğan"), which an ASCII class would refuse.
_LONE_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:-[A-ZÀ-ÖØ-Þ])?[^\W\d_]+")


def _lone_name_shape(name: str) -> bool:
    """Whether ``name`` has the shape of :data:`_LONE_NAME` with no capital after its first letter (but the one
    after a hyphen)."""
    if not _LONE_NAME.fullmatch(name):
        return False
    head, _, tail = name.partition("-")
    return (not head[1:] or head[1:].islower()) and (not tail or tail[1:].islower()) and (len(head) > 1 or tail)


def lone_surname(name: str, text: str) -> bool:
    """A speaker's one capitalised word that reads as a person's name ("Al-Ghaithi"), never written in lower case
    in ``text`` (not "Looking", "Delegates") and no organisation or state ("Maersk", "Russia")."""
    if not _lone_name_shape(name) or name.endswith("ing") or name.lower() in text and \
            re.search(r"\b%s\b" % re.escape(name.lower()), text):      # (the regex only where the word is written)
        return False
    from ..entities.mentions import parse_mention
    return parse_mention(name).kind == "person"


def lone_surname_in(doc, name: str) -> bool:
    """:func:`lone_surname` of ``name`` in ``doc`` (an :class:`analysis.nlp.document.Document`), computed once per
    article and name: each answer searches the whole text, and resolvers ask it for every speaker or subject so
    far at every pronoun or claim, which asked afresh made long articles cubic."""
    memo = doc.memo.setdefault("lone_surname", {})
    if name not in memo:
        memo[name] = lone_surname(name, doc.text)
    return memo[name]
