"""Speech that is not asserted: negated or modal ("has not condemned", "might welcome"), asked about ("Why would anyone
want to go?"), aimed at or planned ("a summit designed to show that", "to discuss cooperation"), allowed or owed ("is free
to disclose"), caused ("it can make people worry") or the generic "one" ("one can infer that").

Split from ``nlp.non_attribution`` (which asks :func:`unasserted` for every cue it reads).
"""
from __future__ import annotations

import re

from .cue_senses import declined_to_tell, unanswered_request
from .cues import Cue
from .guard import guarded

# Verbs of belief: negated, they still report a view ("economists do not expect ..."); other cues,
# negated or under a modal, report nothing ("China has not condemned ...", "might not welcome ...").
_MENTAL = {"think", "believe", "feel", "expect", "know", "doubt", "fear", "hope", "suspect", "worry", "reckon",
           "agree", "consider", "see", "unsure"}   # ("weren't sure if": claim_shapes)
# An auxiliary before its subject in a question: "Why would anyone want to go?", "Did Trump say that ...?".
# A coordinator may open it: "Or would you think she must be ...?", "And could anyone believe ...?".
_INVERTED_QUESTION = guarded(re.compile(r"(?:\b(?:[Ww]hy|[Hh]ow|[Ww]hat|[Ww]here|[Ww]hen)\s+|(?:^|[.!?][”\"’']?\s+)"
                                r"(?:(?:And|But|Or|So|Yet)\s*,?\s+)?)"
                                r"(?:would|could|should|do|does|did|will|can|might|Would|Could|Should|Do|Does|Did|"
                                r"Will|Can|Might)\s+(?:[\w’'.-]+\s+){1,3}$"))
# "has yet to endorse", "is yet to announce": not done yet, as "has not endorsed" (Quirk et al. 1985, 10.60: "yet to" as
# a negative of unrealised aspect); a passive too ("are yet to be formally declared by", "has not been confirmed by").
_NEGATED = guarded(re.compile(r"(?:\bnot|n[’']t|\bnever|\byet\s+to)\s+(?:(?:be|been|have\s+been)\s+)?(?:(?:yet|even|also|[a-z]+ly)\s+)?$", re.I))
# A modal, perhaps with a perfect "have": "could say", "would have added" (a counterfactual).
_MODAL = re.compile(r"\b(?:might|may|could|would|should|must|Might|Could|Would|Should|Must)\s+(?:not\s+|never\s+)?"
                    r"(?:(?:also|\w+ly|sometimes|often|always|still|even|then|soon|again|rather|ever|surely)\s+){0,2}"
                    r"(?:have\s+)?$")
# (case-sensitive: "Theresa May said" is a name, not the modal)
# Cues that after "to" state the purpose of a visit or meeting, not what anyone said.
_PURPOSE_VERBS = {"discuss"}
_TO_BEFORE = re.compile(r"\bto\s+$")
# An infinitive of purpose after a noun or a coordinated infinitive ("resources to support", "and to support"); not
# after a verb of wanting or deciding ("wants to support", "decided to back": the cue is then the intention's).
_PURPOSE_TO = re.compile(r"(?:\b(?:and|or)\s+|\b[a-z]+(?:ces|ions|ment|ments|ness|ies|es|ds|ts|ks|gs|ls|ms|ns|rs)\s+)to\s+$")
# (also a body's remit, "a mechanism established to monitor and report violations", its verbs coordinated)
_ATTEMPT_TO = re.compile(r"\b(?:designed|meant|intended|aimed|seeks?|sought|trying|tried|tries|attempts?|"
                         r"attempted|attempting|set\s+out|sets\s+out|setting\s+out|established|created|formed|"
                         r"tasked|mandated)\s+to\s+(?:[a-z]+\s+(?:and|or)\s+)?$")
_WILL_BEFORE = re.compile(r"\b(?:will|shall|(?:are|is)\s+(?:expected|set|scheduled|due)\s+to)\s+(?:also\s+)?$")
# An infinitive of permission, ability or duty reports nothing yet: "is free to disclose", "a way to report",
# "the right to know", "the law requires candidates to disclose"; nor one after an adjective of ease or preference
# (the "tough" construction): "has gotten easier to predict", "it is better to emphasize ties with China".
_DEONTIC_TO = guarded(re.compile(r"(?:\b(?:free|right|able|unable|way|ways|chance|opportunity|obliged|hard|easy|impossible|"
                         r"harder|easier|tougher|simpler|difficult|better|best|wiser|safer)\s+"
                         r"|\b(?:requires?|required|allows?|allowed|permits?|permitted|obliges?|obliged)\s+"
                         r"(?:[\w’'.-]+\s+){1,4}?|\b(?:are|is|were|was|be|been)\s+(?:required|supposed|mandated)\s+"
                         r"|\b(?:needs?|ought|has|have)\s+(?:(?:also|still|now|[a-z]+ly)\s+)?)to\s+$"))
# (a present duty is a prescription, the author's or the subject's, not a view held: "the United States needs to
# signal that", "Europe ought to say"; a past one happened: "someone who had to reject her parents")
# A share of those polled with "would": the answer they gave ("46 percent would choose Clinton, 44 percent would back").
_WOULD_BEFORE = re.compile(r"\bwould\s+(?:(?:also|still|rather)\s+)?$")
_POLL_SHARE = re.compile(r"\b(?:percent|per\s+cent|majority|plurality|half|third|quarter)\b|%")
# A causative: "it can make people worry about safety", "let voters believe that": an effect, no view stated (a verb
# of speech keeps its row: "may not let editorials tell them how to vote" is what editorials say).
_CAUSATIVE = re.compile(r"\b(?:make|makes|made|making|let|lets|letting)\s+(?:[a-z][\w’'-]*\s+){1,2}$")
# "one can infer that ...": the generic "one", the author's own reasoning.
_GENERIC_ONE = re.compile(r"(?<![\w’'-])[Oo]ne\s+(?:can|could|may|might|would|must|should|need|needs|has\s+only\s+to)\s+"
                          r"(?:also\s+|easily\s+|only\s+)?$")
# A to-infinitive after a noun phrase with a determiner: "an emergency committee to advise", "the right to say".
_NOUN_TO = guarded(re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Nn]o)\s+(?:[a-z][\w-]*\s+){0,2}"
                      r"(?:committee|panel|body|mandate|mission|right|chance|opportunity|power|authority|duty|"
                      r"task|job|role|bid|effort|efforts|attempt|move|decision|plan|plans|call|calls|invitation|request|"
                      r"campaign|drive|push|initiative|strategy|program|programme|"
                      r"time|way|place|platform|forum|meeting|session|hearing|team|group|commission|council)\s+to\s+$"))
# "the first to say that", "the only one to argue": a claim, not a purpose.
_ORDINAL_TO = re.compile(r"\b(?:first|last|only|latest|second|third)\s+(?:[a-z]+\s+)?to\s+$")

# A negative quantifier as the subject: "Few predicted that the conflict would devolve", "nobody said", "no one has
# claimed" -- almost no one holds it (CGEL 5.5 negative and approximate negators; russia_nk_v28); "a few said" keeps
# its row, and a verb of belief keeps it as under "not" ("few experts believe that is likely": PolNeAR dev counts it).
_NEGATIVE_SUBJECT = guarded(re.compile(r"(?<![Aa]\s)(?<![\w’'-])(?:(?:[Vv]ery\s+)?[Ff]ew(?:\s+[a-z]+s)?|[Nn]o\s+one|[Nn]obody|"
                               r"[Hh]ardly\s+any(?:one|body)|[Nn]ot\s+many(?:\s+[a-z]+s)?)\s+"
                               r"(?:(?:had|have|has|would|could|ever|really|then|yet|[a-z]+ly)\s+){0,2}$"))

# A purpose verb coordinated with an earlier verb of a plan or a forecast in its sentence ("will share information on
# ..., and discuss"): the plan's second verb (Quirk et al. 1985, 13.60: an auxiliary shared by coordinated predicates).
_AND_BEFORE = re.compile(r"(?:,\s*|\s)and\s+(?:(?:also|then|possibly|likely)\s+)?$")
_FUTURE = re.compile(r"\b(?:will|shall|would|may|might|could|(?:expected|set|scheduled|due|likely|going|planning|plan|"
                     r"plans)\s+to)\b")
_SENTENCE_END = re.compile(r"[.!?]\s")


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 300), at)]
    return ends[-1] if ends else max(0, at - 300)


def unasserted(text: str, cue: Cue, s_lo: int, s_hi: int) -> bool:
    """True when ``cue`` reports speech that nobody asserted (negated, modal, a question, an aim, a duty)."""
    before = text[max(0, cue.start - 40):cue.start]
    if cue.lemma not in _MENTAL and (_NEGATED.search(before) and not declined_to_tell(text, cue) and
                                       not unanswered_request(text, cue) or _MODAL.search(before)) and \
            not (_WOULD_BEFORE.search(before) and s_lo >= 0 and _POLL_SHARE.search(text, s_lo, s_hi)):
        return True                                   # (but a poll's answer: "46 percent would choose Clinton")
    if _CAUSATIVE.search(before) and not cue.participle and "s" not in cue.roles:
        return True                                   # "it can make people worry about airline safety"
    if _INVERTED_QUESTION.search(before):
        return True                                   # "Why would anyone want to go?": a question, no view held
    if _DEONTIC_TO.search(text, max(0, cue.start - 60), cue.start):
        return True                                   # "is free to disclose", "law requires candidates to disclose"
    if _NOUN_TO.search(before) and not _ORDINAL_TO.search(before):
        return True                                   # "convened an emergency committee to advise whether ...", "a
                                                      # chance to argue that": a purpose or a possibility, no view
    if _ATTEMPT_TO.search(before):
        return True                                   # "a summit designed to show that ...", "The vote seeks to assess
                                                      # ...", "have been trying to question": an aim, not a view
    if "p" in cue.roles and cue.word == cue.lemma and _PURPOSE_TO.search(before):
        return True                                   # "resources to calm his instabilities and to support his
                                                      # military programs": a purpose, no stance yet held
    if cue.lemma in _PURPOSE_VERBS and (_TO_BEFORE.search(before) or _WILL_BEFORE.search(before)):
        return True                                   # "visited Moscow to discuss cooperation": a purpose; "will
                                                      # discuss the final results": a plan
    if cue.lemma not in _MENTAL and _NEGATIVE_SUBJECT.search(before) and not cue.participle and not cue.passive:
        return True                                   # "Few predicted that ...": hardly anyone holds it
    if cue.lemma in _PURPOSE_VERBS and _AND_BEFORE.search(before) and \
            _FUTURE.search(text, _sentence_start(text, cue.start), cue.start):
        return True                                   # "North Korea and Russia will share information ..., and
                                                      # discuss Russia's support": the second verb of a plan
    if _GENERIC_ONE.search(before):
        return True                                   # "one can infer that ...": the author's reasoning
    return False
