"""A figure credited to a pronoun ("he said the plan costs $916 million") takes the person the quote and claim
rules resolved that pronoun to in the same sentence; when they resolved it to nobody, the figure keeps no source
(it is still ``reported``: somebody said it).  A description or a surname ("the governor", "Green") takes the name
they resolved it to in the same sentence likewise (Josh Green), or stays as written, so the figure's source and
its entity are the claim's.

A source is a person or a body, never a function word (issue 11).  The figure rules find who states a number
sentence by sentence; who "he" is needs the article's people, which the quote and claim rules already track, so
the figure borrows their answer instead of guessing one of its own.
"""
from __future__ import annotations

import dataclasses
from typing import Sequence

from ..nlp.mentions import plausible_actor
from .patterns import PRONOUNS


def _is_pronoun(name: str) -> bool:
    return name.strip().lower() in PRONOUNS


def resolve_pronoun_sources(figures: Sequence, claims: Sequence = (), quotes: Sequence = ()) -> list:
    """``figures`` with every pronoun source replaced by the name the claims (first) or quotes of the same
    sentence resolved the same pronoun to, or by "" when they name nobody, or more than one person; a description or
    a surname they resolved to one name takes it, else stays.

    >>> from analysis.records import Claim, Figure
    >>> f = Figure("a", 40, 52, "$916 million", 916e6, source="he", sentence_id=3, status="reported")
    >>> c = Claim("a", 30, 60, "x", source="Donald Trump", sentence_id=3, source_mention="he")
    >>> [g.source for g in resolve_pronoun_sources([f], [c])], [g.source for g in resolve_pronoun_sources([f])]
    (['Donald Trump'], [''])
    """
    if not any(f.source for f in figures):
        return list(figures)
    named: dict[tuple[int, str], set[str]] = {}
    for rows, said, mention in ((claims, "source", "source_mention"), (quotes, "speaker", "speaker_mention")):
        found: dict[tuple[int, str], set[str]] = {}
        for r in rows:
            name, words = getattr(r, said), getattr(r, mention)
            if name and words and not _is_pronoun(name) and plausible_actor(name):
                found.setdefault((r.sentence_id, words.strip().lower()), set()).add(name)
        for key, names in found.items():
            named.setdefault(key, names)          # the claims' answer first, the quotes' where they have none
    out = []
    for f in figures:
        if _is_pronoun(f.source):
            names = named.get((f.sentence_id, f.source.strip().lower()), set())
            f = dataclasses.replace(f, source=next(iter(names)) if len(names) == 1 else "")
        elif f.source:
            # a description or a surname the claim or quote rules resolved ("the governor", "Green" -> Josh Green)
            names = named.get((f.sentence_id, f.source.strip().lower()), set())
            if len(names) == 1:
                f = dataclasses.replace(f, source=next(iter(names)))
        out.append(f)
    return out
