"""The sentence's subject as the speaker of a quoted fragment no other rule attributes ('Kozhemyako also revealed
plans for a joint “industrial and trade park”', 'The regulator defines the clause “a game-changer”'): a last resort,
asked by :mod:`analysis.quotes` only for a quote left with no speaker and no cue of its own.

The fragment stands in the clause of a verb of saying, judging or proposing whose subject opens the sentence and
names a person or a body ('Primakov also indicated readiness ... “on hold”', 'The court interpreted the rule as
“...”'). It abstains (a wrong speaker is worse than none) when:

- the subject is a thing or a description-less common noun ('The bankruptcy filing signifies ...'), a pronoun other
  than he/she/they, or the quote itself opens the sentence;
- the verb is not one of saying, judging or proposing (:data:`_STANCE`; 'The Federal Reserve paused the “...”' is
  the author's quoting of another source), or it is passive, negated or modal ('Venezuela must refrain from “...”');
- the quote follows its subject at once ('But Kroger “did not ...”': a predicate whose words are someone else's);
- another quote, a clause of its own (', while', ', but', a relative 'which/who'), a cue or a semicolon stands
  between the verb and the quote, or the gap is longer than :data:`MAX_GAP_WORDS`;
- a possessive owns the quoted term ('... support the Kremlin's “special military operation”': the Kremlin's term).
"""
from __future__ import annotations

import re
from typing import Optional

from .nlp import leading_np
from .nlp.mentions import clean_mention, is_actor_phrase, is_description

# How many words may stand between the verb and the quote.
MAX_GAP_WORDS = 24

# Verbs of saying, judging, proposing or committing, whose clause reports the subject's own wording (not 'offer':
# 'The union offered a “final compromise”' names the thing offered).
_STANCE = ("indicat|interpret|warn|argu|reveal|defin|propos|pledg|promis|vow|urg|demand|insist|emphasi[sz]|"
           "stress|prais|condemn|denounc|accus|critici[sz]|hail|welcom|claim|brand|label|reject|dismiss|tout|endors|"
           "express|voic|signal|announc|declar|stat|not|suggest|acknowledg|admit|boast|lament|complain|describ|"
           "characteri[sz]|call|dub|term|predict|forecast|envisag|outlin|recommend|advocat|ask|appeal|invit|"
           "reaffirm|affirm|confirm|assert|maintain|contend|allege|blam|slam|blast|lambast|decri|deplor|mock|"
           "ridicul|threaten|caution|explain|reiterat|repeat|underlin|underscor|highlight|"
           "point|say|said|tell|told|writ|wrote|add|decid|rul|order|commit|"
           # verbs of the manner of saying and of speech acts toward someone ('The North Korean despot gushed last
           # week that the pair now enjoyed an “...”', 'thanked Moscow for its “...”')
           "gush|quip|jok|scoff|sneer|retort|fum|rail|grumbl|gloat|exult|rav|thank|congratulat|apologi[sz]|scold|"
           "rebuk|berat|assail|attack|fault")
_VERB = re.compile(r"(?:" + _STANCE + r")(?:e|es|ed|s|ing|d|ted|ting|led|ling)?", re.I)
# Between the subject and its verb: an apposition in commas, adverbs and the auxiliaries of an active verb.
_TO_VERB = re.compile(r"(?:\s*,[^,;:“”\"]{1,80},)?((?:\s+(?:also|then|later|again|further|once|repeatedly|openly|"
                      r"publicly|recently|previously|earlier|now|even|already|has|have|had|[a-z]+ly))*)\s+([a-z]+)\b")
# An auxiliary that makes the verb passive, negated or modal: not the subject's own words.
_NOT_OWN = re.compile(r"\b(?:is|are|was|were|be|been|being|not|never|must|should|would|could|might|may|can|will|"
                      r"shall)\b")
# Between the verb and the quote: another quote, a clause of its own, a cue or a clause break.
_BREAK = re.compile(r"[“”\"«»;:!?]|\.\s|\s[–—]\s|,\s+(?:but|while|whereas|although|though|yet|and\s+(?:the|a|an|[A-Z]))\b|"
                    r"\b(?:who|whom|whose|where|when|said|says|according|reported|reports|told)\b")
# A possessive owning the quoted term ('the Kremlin's “'), or a label opener ('so-called “').
_OWNED = re.compile(r"(?:[’']s|s[’'])\s+(?:[a-z-]+\s+){0,2}[“\"‘']?$|\b(?:so-called|dubbed|known\s+as)\s*[“\"‘']?$")
_WORDS = re.compile(r"[\w’'-]+")


def _names_actor(mention: str) -> bool:
    """A person or a body: a name (a capitalised word past the first) or a description ('the regulator')."""
    words = _WORDS.findall(mention)
    if not words or not is_actor_phrase(mention):
        return False
    if words[0].lower() in ("he", "she", "they"):
        return len(words) == 1
    if is_description(mention):
        return True
    # a name: every word capitalised (an acronym or proper name), 'the' allowed first
    rest = words[1:] if words[0].lower() == "the" else words
    return bool(rest) and all(w[:1].isupper() or w.lower() in ("of", "and", "for", "de", "al") for w in rest) \
        and not re.search(r"[’']s$", rest[-1])


def subject_fallback(text: str, sentence_lo: int, quote_open: int) -> Optional[tuple[str, int, str]]:
    """(speaker, position, verb) of the sentence's subject whose verb of saying holds the quote, or None."""
    if not text[sentence_lo:quote_open].strip():
        return None                            # the quote opens the sentence
    sp = leading_np(text, sentence_lo, quote_open)
    if sp is None or sp[1] >= quote_open:
        return None
    name = text[sp[0]:sp[1]].strip()
    if not name or not _names_actor(clean_mention(name) or name):
        return None
    m = _TO_VERB.match(text, sp[1], quote_open)
    if m is None or not _VERB.fullmatch(m.group(2)) or _NOT_OWN.search(m.group(1) or "") \
            or m.group(2).lower() in ("is", "are", "was", "were"):
        return None
    gap = text[m.end():quote_open]
    if _BREAK.search(gap) or len(_WORDS.findall(gap)) > MAX_GAP_WORDS or _OWNED.search(text, max(0, quote_open - 60),
                                                                                       quote_open + 1):
        return None
    return name, sp[0], m.group(2)
