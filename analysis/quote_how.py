"""A short quote inside the how/what clause of a verb of revealing or detailing ('The last written notes of a North
Korean soldier have revealed how Pyongyang's troops are being used as "bait"', 'The instructions detailed how the
"human bait" should stand ...'): the wording the subject reports, so speech, not a scare quote.

Verbs that report content as an indirect question (reveal, detail, describe, show, explain, outline, recount,
document + how/what/why/where; Huddleston & Pullum 2002, 11.5 "interrogative content clauses") put the reported
matter in that clause; a quote in it is the words of the source the subject names (over every opened dev-set
folder the 3 gold quotes of this shape are speech). The speaker is the verb's subject when it names someone (a
name, a pronoun, a description, or the writer of a person's notes, diary or letters: 'North Korean soldier' of
'the notes of a North Korean soldier'); a thing ('The drone-trapping instructions') leaves the speech with no
speaker rather than a wrong one. Asked by :mod:`analysis.quotes` only for a quote left as a scare quote with no
speaker.
"""
from __future__ import annotations

import re
from typing import Optional

from .nlp import has_name, is_pronoun, subject_before, tokens
from .nlp.mentions import clean_mention, is_description

_REVEAL_HOW = re.compile(r"\b(?:reveal|detail|describ|show|explain|outlin|recount|document)(?:e|es|ed|s|n|ing)?"
                         r"\s+(?:how|what|why|where)\b")
# A person's writing before the subject's 'of' ('The last written notes of a North Korean soldier'): its writer.
_WRITING_OF = re.compile(r"\b(?:notes|diary|diaries|letters?|writings?|journal|notebooks?|memoirs?|testimony|account)"
                         r"\s+of\s+(?:(?:a|an|the)\s+)?$")
# The clause up to the quote: no sentence or clause break (an earlier quote of the clause may stand in it: 'detailed
# how the "human bait" should stand ..., which will then be "neutralised ..."').
_CLAUSE_GAP = re.compile(r"[^.;:!?]{0,120}?(?:\s|^)$")
# ... nor a coordinated clause of its own (", but Republicans dismissed the "radical" plan").
_NEXT_CLAUSE = re.compile(r",\s+(?:but|and|while|whereas|although|though|yet)\b")


def revealed_how(text: str, sentence_lo: int, quote_open: int) -> Optional[tuple[str, int, str]]:
    """(speaker or "", position or -1, verb) of a revealing verb whose how/what clause holds the quote."""
    found = None
    for found in _REVEAL_HOW.finditer(text, sentence_lo, quote_open):
        pass
    if found is None or not _CLAUSE_GAP.fullmatch(text, found.end(), quote_open) \
            or _NEXT_CLAUSE.search(text, found.end(), quote_open):
        return None
    verb = found.group().split()[0]
    sp = subject_before(text, sentence_lo, found.start())
    mention = clean_mention(text[sp[0]:sp[1]]) if sp else ""
    words = tokens(text, sp[0], sp[1]) if sp else []
    if words and not text[sentence_lo:sp[0]].strip():
        words = words[1:]          # a sentence's first word is capitalised whatever it is ("Satellite images show what")
    if not mention or not (has_name(words) or is_pronoun(mention) or is_description(mention)
                           or _WRITING_OF.search(text, max(sentence_lo, sp[0] - 40), sp[0])):
        return "", -1, verb
    return text[sp[0]:sp[1]].strip(), sp[0], verb

