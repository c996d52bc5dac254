"""Senses of reporting verbs that report nothing: an act ("sworn in", "conceded defeat"), a possession ("boasts one
of the largest militaries") or a noun before a name ("free market advocate Javier Milei").

The senses are data (``lexicons/cue_senses.tsv``): a lemma, the form it applies to, what follows the cue, what
must not come right before it and what must (an auxiliary: "is worrying Western officials").

>>> from analysis.nlp.cues import Cue
>>> t = "Milei, set to be sworn in on December 10, has drawn attention"
>>> other_sense(t, Cue(17, 22, "sworn", "swear", "qcs", False, False))
True
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_table
from .cues import Cue, iter_cues


@lru_cache(maxsize=None)
def _senses() -> dict[str, list[tuple[str, re.Pattern, re.Pattern | None, re.Pattern | None]]]:
    out: dict[str, list] = {}
    for row in load_table("cue_senses.tsv"):
        lemma, form, after = row[:3]
        before = re.compile(row[3]) if len(row) > 3 and row[3] else None
        needs = re.compile(row[4]) if len(row) > 4 and row[4] else None
        out.setdefault(lemma, []).append((form, re.compile(after), before, needs))
    return out


def other_sense(text: str, cue: Cue) -> bool:
    """True when ``cue`` is a reporting verb in a sense of ``cue_senses.tsv`` that reports no speech or view."""
    for form, after, before, needs in _senses().get(cue.lemma, ()):
        if form != "*" and cue.word != form:
            continue
        if after.match(text, cue.end) and not (before and before.search(text, max(0, cue.start - 30), cue.start)) \
                and (needs is None or needs.search(text, max(0, cue.start - 30), cue.start)):
            return True
    return False


# A negated verb of telling with an indirect question reports that its subject would not tell ("Lawmakers have not said
# when they would take up the bill", "Schneiderman isn't saying if the foundation violated any laws", "Sullivan did not
# specify what consequences North Korea would face"): a claim about the speaker, unlike "China has not condemned ...".
_TELLING = {"say", "specify", "disclose", "reveal", "explain", "confirm", "indicate", "elaborate", "comment"}
_INDIRECT_QUESTION = re.compile(r"\s+(?:on\s+)?(?:what|whether|if|when|how|who|whom|which|why|where)\b")


_SENTENCE_END = re.compile(r"[.!?\n]")


def declined_to_tell(text: str, cue: Cue) -> bool:
    """True when a negated ``cue`` is a verb of telling followed by an indirect question ("has not said when ..."),
    the only cue of its sentence (beside another cue it is the same speaker's aside, "said it would act, but did not
    say how", or a clause that runs into the next report)."""
    if cue.lemma not in _TELLING or _INDIRECT_QUESTION.match(text, cue.end) is None:
        return False
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, cue.start - 400), cue.start)), default=0)
    end = _SENTENCE_END.search(text, cue.end)
    hi = end.start() if end else len(text)
    return all(c.start == cue.start for c in iter_cues(text, lo, hi))


# A request for comment left unanswered: "did not immediately respond to requests for comment", "has not replied to
# messages seeking comment". PolNeAR annotates it as an attribution with the request as its content; the development
# set keeps it as an optional row ("a non-statement"), so a row there is neither right nor wrong.
_ANSWERING = {"respond", "reply"}
_COMMENT_REQUEST = re.compile(r"\s+to\s+(?:(?:a|an|our|my|the|multiple|several|repeated|written|emailed)\s+){0,2}"
                              r"(?:requests?|inquiries|inquiry|queries|query|messages?|calls|emails?)\s+"
                              r"(?:for|seeking)\s+comment\b")


def unanswered_request(text: str, cue: Cue) -> bool:
    """True when ``cue`` answers (or leaves unanswered) a request for comment: "respond to requests for comment"."""
    return cue.lemma in _ANSWERING and _COMMENT_REQUEST.match(text, cue.end) is not None
