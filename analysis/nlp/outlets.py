"""Outlet descriptions: "the newspaper", "the publication", "the outlet", "the paper", "the article" stand for the
one news outlet named as a source just before them.

:func:`resolve_outlet` is called by :func:`analysis.nlp.mentions.resolve_mention` for a mention that
:data:`OUTLET` matches ("According to the newspaper", "the outlet reported"). Its candidates are the speakers and
sources so far (``actors``) and the named subjects opening the sentences, in the description's sentence and the
:data:`OUTLET_SENTENCES` before it, outside quotes:

* a name the entity lexicon gives as media ("The Times reported ...", "the New York Times said");
* in the description's sentence or the one before only, a speaker, source or body subject's name of two words
  or more, with no given name, of nobody in the article's people index, that the lexicon gives as no body, state
  or group: an outlet the lexicon does not know ("Port Digest says ... According to the publication");

never a source the outlet itself cites ("The Moscow Times reported, citing Krasnaya Zvezda"). One outlet gives
its name (the same outlet written twice counts once: "Aviation Week Network ... Aviation Week"); none or two keep
the description as written (abstain rather than guess).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from .mentions import _has_name, _words, clean_mention, is_description
from .people import is_plural
from .tokens import given_names, pronoun_kinds

if TYPE_CHECKING:
    from .document import Document

OUTLET = re.compile(r"(?i:the)\s+(?:(?:same|[a-z]+-based|[a-z]+-language|influential|daily|weekly|online|news|media|"
                    r"state|state-run|state-owned|independent)\s+){0,2}"
                    r"(newspaper|publication|outlet|paper|article|magazine|tabloid|broadcaster)")
# How many sentences back a lexicon outlet may be named; an unknown name must be in the sentence before.
OUTLET_SENTENCES = 2
# A source the outlet cites: "..., citing Krasnaya Zvezda", "quoting", "citing a report by".
_CITED = re.compile(r"(?:citing|quoting|cited|quoted)\s+(?:a\s+report\s+(?:by|in|from)\s+)?(?:the\s+)?$", re.I)


def _same(a: str, b: str) -> bool:
    """Whether two names write one outlet ("Aviation Week Network" and "Aviation Week", "The Times" and "Times")."""
    wa = [w.lower() for w in _words(a) if w.lower() != "the"]
    wb = [w.lower() for w in _words(b) if w.lower() != "the"]
    short, long_ = sorted((wa, wb), key=len)
    return bool(short) and any(long_[k:k + len(short)] == short for k in range(len(long_) - len(short) + 1))


def _kind(name: str) -> str:
    from ..entities.mentions import parse_mention
    return parse_mention(name).kind


def _unknown_name(doc: "Document", name: str) -> bool:
    """A name of two words or more that no person of the article bears, with no given name ("Port Digest"), not
    plural nor a pair ("Matsegora" may be a person known by a surname only)."""
    words = _words(name)
    return len(words) > 1 and words[0] not in given_names() and doc.people.lookup(name) is None \
        and not is_plural(name) and "and" not in words


# How many outlet descriptions back a chain may go: "The Rodong Sinmun said ... The newspaper also highlighted ...
# “...,” the newspaper said.": the earlier description, resolved in its own window, stands for the same outlet.
CHAIN_DEPTH = 2


def resolve_outlet(doc: "Document", mention: str, pos: int, actors: Sequence[tuple[int, str, str]] = (),
                   depth: int = 0) -> str:
    """The one outlet "the newspaper" at ``pos`` stands for (see the module), or ""."""
    if OUTLET.fullmatch(mention) is None:
        return ""
    from .mention_resolution import _nearby, _sentence_subjects
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    lo = doc.index.start_back(s, OUTLET_SENTENCES)
    near_lo = doc.index.start_back(s, 1)
    found: list[str] = []
    spoke = {(p, name) for p, name, _ in _nearby(doc, actors, lo, pos)}
    for p, raw, _ in sorted(_nearby(doc, actors, lo, pos) + _sentence_subjects(doc, s, pos)):
        if not lo <= p < pos or not raw or doc.quote_at(p) is not None:
            continue
        name = raw
        name = clean_mention(name) or name
        if depth < CHAIN_DEPTH and OUTLET.fullmatch(name) and doc.text.startswith(raw, p) \
                and (earlier := resolve_outlet(doc, name, p, actors, depth + 1)):
            found.append(earlier)               # "The newspaper also highlighted ...": the outlet it stood for
            continue
        if pronoun_kinds().get(name.lower()) is not None or is_description(name) or not _has_name(_words(name)):
            continue
        if _CITED.search(doc.text, max(0, p - 40), p):
            continue                            # the outlet's own source
        kind = _kind(name)
        if kind == "media":
            found.append(name)
        elif p >= near_lo and kind == "person" and (p, raw) in spoke and _unknown_name(doc, name):
            found.append(name)                  # a name nobody in the article bears: an outlet not in the lexicon
        elif p >= near_lo and kind == "organisation":
            found.append("")                    # a body just before: its own paper, or another outlet?
    if not found or "" in found:
        return ""
    first = found[0]
    if any(not _same(first, other) for other in found[1:]):
        return ""                               # two outlets: keep the description
    return max(found, key=len)                  # the fullest spelling: "The New York Times", not "Times"


__all__ = ["OUTLET", "resolve_outlet"]
