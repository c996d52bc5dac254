"""Nested reporting: which of two verbs of saying speaks the quote ('She said studios claim ..., but are "..."').

A quote after two cues, the second in the clause the first reports, is normally the nearer cue's subject's
('The Kremlin said Putin thanked Kim and told him "..."': Putin). :func:`outer_speaks` names two subjects of the
inner clause that speak only through the outer speaker, whose words the quote then is:

- a bare plural common noun, a generic group ('She said studios claim they're losing money, but are "giving ..."',
  'The report added that experts believe "..."'): both such gold rows in the opened folders are the outer speaker's;
- a state, under a subject that is no state ('Lavrov stated Thursday that Russia considers denuclearisation a
  "closed issue"'): a state speaks through its people and bodies.

Called by :func:`analysis.quote_grammar._attribution_from_cues`.
"""
from __future__ import annotations

import re

from .nlp import Cue, has_name, subject_before, tokens
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
    named = _NAMED_CLAUSE_SUBJECT.fullmatch(text, outer.end, inner.start)
    if named is None or _state_of(named.group(1)) is None:
        return False
    sp = subject_before(text, lo, outer.start)
    return sp is not None and has_name(tokens(text, sp[0], sp[1])) and _state_of(text[sp[0]:sp[1]].strip()) is None
