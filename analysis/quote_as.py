"""A short quote after a verb of characterising and its 'as' ('slammed Vestager ... as the "tax lady"',
'quantified by Ueda as "75 percent"', 'framed the war as a mission to "de-Nazify" Ukraine'): the words of the
one who characterises, so speech, not a scare quote.

English puts the judgement of a characterise verb (Levin 1993, 29.2: characterize, describe, define, depict,
frame, portray, present, bill, cast, paint, quantify) or of a judgement verb (Levin 33: praise, hail, condemn,
denounce, criticise, slam, dismiss, deride, mock, celebrate, welcome, herald, laud, applaud, deplore ...) in an 'as' phrase after its object. A quote opening that
phrase (or closing it after at most three words: 'as a mission to "de-Nazify"') is the subject's wording; over
every opened dev-set folder all 24 gold quotes of this shape are speech (none scare). The speaker is the agent of
a passive ('quantified by Ueda as'), else the verb's subject; a passive with no agent ('a plan billed as "..."')
and a verb with no subject found give nothing. Asked by :mod:`analysis.quotes` only for a quote left without a cue.
"""
from __future__ import annotations

import re
from typing import Optional

from .nlp import leading_np, np_after, subject_before
from .nlp.mentions import clean_mention

# Verbs of characterising and of judgement (Levin 29.2 and 33), in any form.
_CHARACTERISE = re.compile(
    r"\b(?:fram|characteri[sz]|portray|depict|describ|defin|present|bill|cast|paint|quantif|brand|label|"
    r"prais|hail|tout|condemn|denounc|criticis|criticiz|slam|blast|lambast|dismiss|derid|decr|mock|ridicul|"
    r"celebrat|welcom|herald|laud|applaud|acclaim|salut|deplor|castigat|disparag|excoriat)"
    r"(?:e|es|ed|ing|s|y|ied|ies|med|ming|led|ling)?\b")
# ... then its object (or a passive's 'by' agent), with no sentence break, clause break or quote, and 'as'.
_AS_QUOTE = re.compile(r"\s(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3}$")
_GAP = re.compile(r"[^;:!?\"“”]*")       # (’ is also the typeset apostrophe: "the president’s policy")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z“\"]")
_BY = re.compile(r"\s+by\s+")
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
# How far the verb may stand before its 'as' (an object with a relative clause: 'slammed X, who ..., as').
MAX_GAP_CHARS = 220


def characterised_as(text: str, sentence_lo: int, quote_open: int) -> Optional[tuple[str, int, str]]:
    """(speaker, position, verb) of a characterise verb whose 'as' phrase opens with the quote at ``quote_open``."""
    as_at = text.rfind(" as ", max(sentence_lo, quote_open - 40), quote_open)
    if as_at < 0 or not _AS_QUOTE.fullmatch(text, as_at + 3, quote_open):
        return None
    verb = None
    for verb in _CHARACTERISE.finditer(text, max(sentence_lo, as_at - MAX_GAP_CHARS), as_at):
        pass
    if verb is None or not _GAP.fullmatch(text, verb.end(), as_at) \
            or _SENTENCE_BREAK.search(text, verb.end(), as_at) or " that " in text[verb.end():as_at]:
        return None
    word = verb.group()
    by = _BY.match(text, verb.end()) if word.endswith("ed") else None
    passive = by is not None or _BE.search(text, max(sentence_lo, verb.start() - 20), verb.start()) is not None
    if passive:
        sp = np_after(text, by.end(), as_at) if by else None   # ('a plan billed as "..."': no agent, nobody)
    elif word.endswith("ing"):
        sp = leading_np(text, sentence_lo, verb.start())   # 'Wong ..., slamming it as "..."': the main subject
    else:
        sp = subject_before(text, sentence_lo, verb.start())
    if sp is None or not clean_mention(text[sp[0]:sp[1]]) or sp[0] >= verb.start() and not passive:
        return None
    return text[sp[0]:sp[1]].strip(), sp[0], word
