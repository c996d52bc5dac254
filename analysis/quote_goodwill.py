"""A short quote in the object of a verb of goodwill, concern or blame ('offered his "full support"'): the subject's."""
from __future__ import annotations

import re
from typing import Optional

from .nlp import Cue, has_name, tokens
from .quote_grammar import _CONJOINED_BEFORE, _DETERMINER_LAST, _WORD, _Attribution, _attribution_from_cues

# Verbs whose object is the subject's own words of goodwill, concern or blame: 'offered his "full support"',
# 'wished Putin "health and great success"', 'congratulated the people of "friendly Russia"', 'accused Seoul of
# a "provocation"'. Not cues in the lexicon (they report nothing with "that"), but a short quote in their
# object is the subject's.
# Blame too: 'slammed Pyongyang for its "reckless" launches', 'to take aim at the state for its "escalatory" tests'.
_GOODWILL = re.compile(r"\b(?:(wish|offer|extend|convey|congratulat|voic|accus|criticis|criticiz|condemn|denounc|slamm|"
                       r"blast|lambast|rebuk)(?:ed|ing)|(offer|extend|convey|congratulate|accuse|condemn|denounce|"
                       r"criticise|criticize|slam|blast|lambast|rebuke)s|(t(?:ake|akes|ook|aking)\s+aim\s+at))\b")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
_GOODWILL_GAP = re.compile(r"[^.;:!?“”\"‘’«»]*")
GOODWILL_WINDOW = 12
# ... whose object with an article names a thing ('offered a "final compromise"'); blame's does not.
_GOODWILL_ONLY = frozenset("wish offer extend convey congratulat voic congratulate".split())
# '... and were "useful"': a second verb starts its own clause.
_NEW_VERB = re.compile(r"\b(?:and|but|or)\s+(?:[a-z]+\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|"
                       r"remains?|remained|seems?|seemed)\b")
# 'talks extended beyond three hours': the verb takes no object here.
_NO_OBJECT = re.compile(r"\s+(?:[a-z]+ly\s+|well\s+|far\s+)?(?:beyond|until|into|through|over|across|by|for|from|to|past)\b")
_ARTICLE_LAST = re.compile(r"\b(?:a|an|the|this|that)\s+[“\"‘«]?$", re.I)
_WHO_BEFORE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*,\s*who\s+(?:[a-z]+ly\s+)?$")


def goodwill_attribution(text: str, lo: int, hi: int, sentence_lo: int, sentence_hi: int) -> Optional[_Attribution]:
    """A short quote in the object of a verb of goodwill before it, with no other cue: the subject's words."""
    found = None
    for found in _GOODWILL.finditer(text, lo, hi):
        pass
    if found is None or _BE_BEFORE.search(text, max(lo, found.start() - 30), found.start()) \
            or _DETERMINER_LAST.search(text, max(lo, found.start() - 8), found.start()) \
            or _GOODWILL_GAP.fullmatch(text, found.end(), hi) is None or _NO_OBJECT.match(text, found.end()) \
            or _CONJOINED_BEFORE.search(text, max(lo, hi - 20), hi) or _NEW_VERB.search(text, found.end(), hi) \
            or len(_WORD.findall(text, found.end(), hi)) > GOODWILL_WINDOW:
        return None
    if _ARTICLE_LAST.search(text, max(lo, hi - 8), hi) and (found.group(1) or found.group(2) or "") in _GOODWILL_ONLY:
        return None                            # 'offered a "final compromise"': the name of a thing
    who = _WHO_BEFORE.search(text, max(lo, found.start() - 120), found.start())
    if who is not None:
        # 'with North Korea's Kim Jong-un, who offered his "full support"': the one the relative clause is about
        return _Attribution(who.group(1), who.start(1), found.group(), "q", "pre",
                            len(_WORD.findall(text, found.end(), hi))) if has_name(
                                tokens(text, who.start(1), who.end(1))) else None
    word = found.group()
    stem = found.group(1) or found.group(2) or "take aim at"
    lemma = stem + "e" if stem in ("congratulat", "voic", "accus", "denounc", "rebuk") else stem
    cue = Cue(found.start(), found.end(), word, lemma, "q", word.endswith("ing"), False)
    attr = _attribution_from_cues(text, lo, hi, [cue], sentence_lo, sentence_hi)
    return attr if attr is not None and attr.speaker else None
