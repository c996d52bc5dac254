"""Nested reporting: which of two verbs of saying speaks the quote ('She said studios claim ..., but are "..."').

A quote after two cues, the second in the clause the first reports, is normally the nearer cue's subject's
('The Kremlin said Putin thanked Kim and told him "..."': Putin). :func:`outer_speaks` names two subjects of the
inner clause that speak only through the outer speaker, whose words the quote then is:

- a bare plural common noun, a generic group ('She said studios claim they're losing money, but are "giving ..."',
  'The report added that experts believe "..."'): both such gold rows in the opened folders are the outer speaker's;
- a state, under a subject that is no state ('Lavrov stated Thursday that Russia considers denuclearisation a
  "closed issue"'): a state speaks through its people and bodies.

- a thing, under a named subject ('Lula said his country's ban on Elon Musk's X showed that "..."'): a ban, a
  decision or a list of things (no actor phrase, :func:`analysis.nlp.mentions.is_actor_phrase`) says nothing of
  its own; the one who reports what it shows speaks.

Called by :func:`analysis.quote_grammar._attribution_from_cues`.
"""
from __future__ import annotations

import re

from .nlp import Cue, has_name, subject_before, tokens
from .nlp.mentions import clean_mention
from .nlp.countries import _state_of

# A bare plural common noun heading the reported clause (no determiner: 'studios', 'many experts').
_GENERIC_PLURAL_SUBJECT = re.compile(r"\s+(?:that\s+)?"
                                     r"(?!(?:the|a|an|his|her|its|their|our|this|these|those|was|has|is)\s)"
                                     r"(?:[a-z]+\s+)?(?!(?:this|was|has|is|its|as|us)\s)[a-z]{2,}s\s+"
                                     r"(?:[a-z]+ly\s+)?")
# A name heading the reported clause, after an optional time ('Thursday', 'on Monday', 'last week').
_NAMED_CLAUSE_SUBJECT = re.compile(r"\s+(?:[a-z]+ly\s+)?"
                                   r"(?:(?:on\s+|last\s+|this\s+)?(?:[A-Z][a-z]+day|week|month|year)\s+)?"
                                   r"(?:that\s+)?((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
                                   r"(?:[a-z]+ly\s+)?")


def outer_speaks(text: str, lo: int, outer: Cue, inner: Cue) -> bool:
    """Whether the quote after ``inner`` is the words of ``outer``'s subject (see the module doc)."""
    if "s" not in outer.roles or outer.participle or outer.passive or inner.participle or inner.passive \
            or outer.lemma == "according to":
        return False
    if _GENERIC_PLURAL_SUBJECT.fullmatch(text, outer.end, inner.start):
        return True
    if _thing_subject(text, outer.end, inner.start):
        sp = subject_before(text, lo, outer.start)
        return sp is not None and has_name(tokens(text, sp[0], sp[1]))
    named = _NAMED_CLAUSE_SUBJECT.fullmatch(text, outer.end, inner.start)
    if named is None or _state_of(named.group(1)) is None:
        return False
    sp = subject_before(text, lo, outer.start)
    return sp is not None and has_name(tokens(text, sp[0], sp[1])) and _state_of(text[sp[0]:sp[1]].strip()) is None


# The reported clause's subject right after the outer cue: a determined or possessed noun phrase ("his country's
# ban on ...") or bare coordinated nouns ("railroad and air service"), two to twelve words, no clause word in it.
_THING_CLAUSE = re.compile(r"\s+(?:that\s+)?((?:(?:the|a|an|his|her|its|their|our)\s+|[A-Z][\w.-]*[’']s\s+|"
                           r"(?=[a-z]+(?:\s+[a-z]+){0,3}\s+(?:and|or)\s))"
                           r"[^\s,;:“”\"()]+(?:\s+[^\s,;:“”\"()]+){0,10})\s+")
_CLAUSE_WORDS = frozenset("that who which whom whose when while if because as once since after before during "
                          "although though where".split())


def _thing_subject(text: str, lo: int, hi: int) -> bool:
    """The reported clause in ``text[lo:hi]`` opens on a phrase of two to twelve words that names no actor
    ('his country's ban on Elon Musk's X', 'railroad and air service'; a pronoun or a document keeps its own)."""
    m = _THING_CLAUSE.fullmatch(text, lo, hi)
    return m is not None and not _CLAUSE_WORDS & set(m.group(1).lower().split()) and not clean_mention(m.group(1))
