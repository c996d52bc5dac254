"""Lone words: a speaker or source written as one lower-case word must be able to stand for somebody on its own.

English lets a noun stand bare, with no determiner, as a subject only when it is a plural ("analysts", "records"),
a mass or collective noun ("police", "media", "staff"), a pronoun or a quantifier ("Many argue that"), or a job
written as a title ("scholar", from ``actor_words.tsv``). Any other lone lower-case word is a piece of a clause the
cue finder read as a subject: an adjective ("unrealistic", "possible"), an adverb ("newly"), a verb ("drew",
"concern" in "The charges concern alleged crimes") or a singular noun without its article ("kind", "review").
:func:`names_nobody` tells those apart so that the tables leave the speaker or source empty (abstain) instead of
printing a word that names nobody.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_list
from .tokens import pronoun_kinds

# Mass and collective nouns that stand bare for a body of people as a source, as PolNeAR and the dev set write
# them ("police said", "media reported", "court ruled", "management told staff"), and the mass nouns of findings
# ("research shows", "data show").
BARE_COLLECTIVES = frozenset(
    "police media press staff management government military public court congress parliament senate "
    "administration leadership intelligence prosecution defence defense opposition industry academia "
    "clergy royalty security research data".split())
# Indefinite pronouns beyond the quantifiers mentions.py already lets stand ("Many argue that").
_INDEFINITES = frozenset("others all both someone somebody anyone anybody everyone everybody nobody".split())
_ONE_WORD = re.compile(r"[a-z][a-z\-’']*")


@lru_cache(maxsize=None)
def _standing_nouns() -> frozenset[str]:
    """Nouns of people, bodies and documents from the lexicons, and the quantifiers, that may stand alone as written."""
    from .mentions import _QUANTIFIER_PRONOUNS, actor_words

    aw = actor_words()
    words = set(BARE_COLLECTIVES) | _INDEFINITES | _QUANTIFIER_PRONOUNS
    for kind in ("role", "body", "document", "evidence"):
        words |= {w.lower() for w in aw.get(kind, ())}
    words |= {w.lower() for w in load_list("person_groups.txt")}
    return frozenset(words)


@lru_cache(maxsize=4096)
def names_nobody(name: str) -> bool:
    """True when ``name`` is one lower-case word that cannot stand alone for a person or a body.

    >>> [names_nobody(w) for w in ("concern", "newly", "unrealistic", "drew", "possible")]
    [True, True, True, True, True]
    >>> [names_nobody(w) for w in ("analysts", "police", "Many", "scholar", "he", "Reuters", "the ministry", "")]
    [False, False, False, False, False, False, False, False]
    """
    word = (name or "").strip()
    if not _ONE_WORD.fullmatch(word):
        return False                       # a name, an acronym, several words, or nothing
    if word in pronoun_kinds():
        return False
    if word.endswith("s") and not word.endswith(("ss", "us", "ness")):
        return False                       # a plural: "analysts", "records", "polls"
    return word not in _standing_nouns()


def abstain_if_nobody(name: str, mention: str) -> tuple[str, str]:
    """``(name, mention)``, or ``("", "")`` when the resolved name is a lone word that names nobody."""
    return ("", "") if names_nobody(name) else (name, mention)
