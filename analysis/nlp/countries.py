""""The country's foreign ministry": the state "the country" stands for, named just before.

:func:`resolve_country` is called by :func:`analysis.nlp.mentions.resolve_mention` for a mention "the
country's X" / "the nation's X": the state opening the mention's own sentence (before it) or the sentence before
("Ukraine condemned North Korea's decision ... The country's Foreign Ministry said" -> Ukraine's Foreign Ministry,
not North Korea, named in the object); else the one state named (outside quotes) from the start of the sentence
before up to the mention. Two states and no state subject, or none known (``entity_aliases.tsv``), give "": the
caller keeps the mention as written.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from .document import Document

COUNTRY = re.compile(r"(?i:the)\s+(?:country|nation)[’']s\s+(\S.*)")
# "The country again accused the US": the bare word as an actor, the state it stands for (:func:`resolve_bare_country`).
BARE_COUNTRY = re.compile(r"(?i:the)\s+(?:country|nation)")
_STATE_WORDS = re.compile(r"\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}")


def _state_of(name: str) -> Optional[str]:
    """The state ``name`` is ("Ukraine", "the DPRK", "Pyongyang"), or None."""
    from ..entities.lexicon import _aliases, _fold, _is_acronym
    states = _aliases()[2]
    key = name.replace(".", "") if _is_acronym(name.replace(".", "")) else _fold(name)
    return states.get(key)


def _states_in(doc: "Document", lo: int, hi: int) -> set[str]:
    """The states named in ``doc.text[lo:hi]`` outside quotes, longest names first ("North Korea", not "Korea")."""
    found = set()
    for m in _STATE_WORDS.finditer(doc.text, lo, hi):
        words = m.group().split()
        for n in range(len(words), 0, -1):         # "North Korea's decision": "North Korea's", then shorter
            for k in range(0, len(words) - n + 1):
                state = _state_of(" ".join(words[k:k + n]))
                if state and doc.quote_at(m.start()) is None:
                    found.add(state)
                    break
            else:
                continue
            break
    return found


def resolve_country(doc: "Document", mention: str, pos: int) -> str:
    """"<State>'s X" for "the country's X" at ``pos`` (see the module), or ""."""
    m = COUNTRY.fullmatch(mention)
    if m is None:
        return ""
    state = _country_at(doc, pos)
    return f"{state}'s {m.group(1)}" if state else ""


def resolve_bare_country(doc: "Document", mention: str, pos: int) -> str:
    """The state a bare "the country" / "the nation" at ``pos`` stands for ("North Korea believes ... The country
    again accused the US" -> North Korea), by the same evidence as :func:`resolve_country`, or ""."""
    return _country_at(doc, pos) if BARE_COUNTRY.fullmatch(mention) else ""


def _country_at(doc: "Document", pos: int) -> str:
    """The state opening the sentence of ``pos`` (before it) or the one before, when no other state speaks there;
    else the one state named from the sentence before up to ``pos``; else ""."""
    from .leading import leading_np
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    text, sents = doc.text, doc.index.sentences
    lo = sents[max(0, s - 1)].start
    # a state that speaks in the window ("Pyongyang fired two missiles, Seoul said") makes "the country" ambiguous
    speaking = {_state_of(name) for p, name in doc.body_subjects if lo <= p < pos} - {None}
    for k in (s, s - 1):
        if k < 0:
            continue
        sp = leading_np(text, sents[k].start, min(sents[k].end, pos))
        if sp is not None and sp[1] <= pos and doc.quote_at(sp[0]) is None:
            state = _state_of(text[sp[0]:sp[1]])
            if state:
                return state if speaking <= {state} else ""
    states = _states_in(doc, lo, pos)
    return next(iter(states)) if len(states) == 1 else ""


__all__ = ["BARE_COUNTRY", "COUNTRY", "resolve_bare_country", "resolve_country"]
