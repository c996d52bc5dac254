"""A speaker postposed after a quoted fragment with a verb of saying other than 'said' ('They now have an
“unbreakable bond”, the Ruritanian leader gushed in a letter to his counterpart.', '... a “new chapter”, Novak
wrote on Telegram.'): the rest of the sentence after the quote is a comma, the speaker, the verb and at most a short
adverbial of place, time or medium, and then the sentence ends.

Asked by :mod:`analysis.quotes` only for a quote left with no speaker after its own postposed pattern (which knows
'said', 'added', 'noted', 'stressed', 'told'); the speaker is a name of one to four capitalised words, he/she, or a
described person or body ('the North Korean leader', 'the ministry') whose head is a role or a body of the actor
lexicon. A thing ('the report') or an indefinite person ('a source') is left to the other rules.
"""
from __future__ import annotations

import re
from typing import Optional

from .nlp.mentions import actor_words

_VERBS = (r"wrote|writes|warned|warns|argued|argues|insisted|insists|claimed|claims|declared|declares|boasted|boasts|"
          r"gushed|gushes|explained|explains|observed|observes|remarked|remarks|recalled|recalls|acknowledged|"
          r"acknowledges|admitted|admits|announced|announces|conceded|concedes|complained|complains|lamented|laments|"
          r"predicted|predicts|vowed|vows|pledged|pledges|asserted|asserts|suggested|suggests|continued|continues|"
          r"emphasi[sz]ed|emphasi[sz]es|replied|replies|responded|responds|countered|counters|cautioned|cautions|"
          r"tweeted|tweets|posted|posts")
_POSTPOSED_WIDE = re.compile(
    r"[^.;:!?\"“”]{0,80}?(,?)\s+(?:((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*[a-z]|he|she)|"
    r"(the\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)))\s+(?:also\s+)?(" + _VERBS + r")"
    r"(?:\s+(?:in|on|at|during|via|after|before|while|earlier|later|late|to)\b[^.;:!?\"“”,]{0,60})?\s*(?=[.;]|$)")


def postposed_speaker(text: str, close: int, hi: int) -> Optional[tuple[str, int, str]]:
    """(speaker, position, verb) of a postposed attribution with a wider verb after the quote closing at ``close``."""
    m = _POSTPOSED_WIDE.match(text, close, hi)
    if m is None or not m.group(1) and "," not in text[max(0, close - 3):close]:
        return None                            # a comma hands over, after the quote or inside it
    if m.group(2):
        return m.group(2), m.start(2), m.group(5)
    words = actor_words()
    if m.group(4) not in words["role"] and m.group(4) not in words["body"]:
        return None
    return m.group(3), m.start(3), m.group(5)
