"""The author's own voice and idioms built on a cue word: shapes that attribute nothing (CONVENTIONS.md: "Not
claims: the author's own voice, ... idioms").

Split from ``nlp.non_attribution`` (which calls :func:`authors_voice` first): "according to" in its sense of
conformity ("according to his body mass index"), a condition ("If ..., it is determined that"), idioms of the
author's judgement ("says a lot about", "It is telling that", "Little wonder that", "There is little doubt that"),
a hypothetical holder ("Anyone who believes ..."), the text naming itself ("This newspaper has long maintained"),
several parties discussing (a joint agenda) and "show" with a person and a thing (a display).
"""
from __future__ import annotations

import re

from .cues import Cue
from .mentions import actor_words
from .subjects import has_name
from .tokens import tokens, word_classes
from .guard import guarded

_WORDS = re.compile(r"[A-Za-z’'-]+")
_DEMONSTRATIVES = {"this", "that", "these", "those"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "there"}
_SHOWN_CLAUSE = re.compile(r"\s+(?:that|whether|how|what|why)\b")


# "According to" in its sense of conformity or measure cites no one (an idiom, CONVENTIONS.md): "according to his
# body mass index", "according to the rules", "according to plan", "according to the results of the inspection"; a
# finder, a body, a role or a name after the head is a source again ("the results of the poll", "guidelines from
# the ministry", "the rules set by Dombrovskis").  A plan or a schedule with a determiner is a document (left alone).
_NORMS = {"index", "indices", "indexes", "rule", "rules", "standard", "standards", "criteria", "criterion",
          "formula", "definition", "definitions", "scale", "regulation", "regulations", "guideline", "guidelines",
          "protocol", "custom", "customs", "tradition", "traditions", "procedure", "procedures", "principle",
          "principles", "norm", "norms", "requirements", "instructions", "weight", "height", "age", "size",
          "result", "results", "outcome", "outcomes"}
_NORM_HEAD = re.compile(r"(?:(?:the|a|an|his|her|its|their|our|your|this|these|those)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                        r"([a-z]+)(?=\s+(?:of|for|on|in|from|by|set|laid|issued|published|released)\s|\s*[,.;]|\s*$)")
# An impersonal passive in the antecedent of a condition: "if it is found that", "unless, after a review, it is
# determined that".
_CONDITION_IT = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s*(?:,[^.;!?]{0,80},)?\s*it\s+(?:is|was|has\s+been|had\s+been)\s+"
                           r"(?:[a-z]+ly\s+|also\s+)?$")
_IDIOM_PLAN = re.compile(r"(?:plan|schedule|script)\s*$")


def _conformity(text: str, s_lo: int, s_hi: int, finders) -> bool:
    """True for "according to" + a norm or a measure ("his body mass index", "plan"): no one is cited."""
    source = text[s_lo:s_hi].strip()
    if _IDIOM_PLAN.match(source):
        return True
    m = _NORM_HEAD.match(source)
    if m is None or m.group(1).lower() not in _NORMS:
        return False
    rest = [w.lower() for w in _WORDS.findall(source[m.end(1):])]
    words = actor_words()
    return not any(w in finders or w in words["body"] or w in words["role"] for w in rest) and \
        not has_name(tokens(source, m.end(1), len(source)))


# Idioms of the author's judgement built on a cue word (CONVENTIONS.md: idioms): "says a lot about" (it reveals),
# "It is telling that" (an adjective), "Little wonder that", "There is little doubt that".
_SAYS_A_LOT = re.compile(r"\s+(?:a\s+lot|a\s+great\s+deal|much|little|something|nothing|volumes|more|less|plenty|"
                         r"everything|so\s+much)\s+(?:about|of)\b")
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|’s|'s|be|been)\s+(?:(?:very|most|more|particularly|especially|"
                            r"also|quite|rather|perhaps)\s+)?$", re.I)
_SMALL_BEFORE = re.compile(r"(?:^|[^\w’'-])(?:[Ll]ittle|[Nn]o|[Ss]mall)\s+$")
_THERE_IS_LITTLE = re.compile(r"\b[Tt]here\s+(?:is|was|’s|'s|can\s+be|seems\s+to\s+be)\s+(?:little|no|not\s+much|not\s+a)\s+$")


def _speaker(text: str, s_lo: int, s_hi: int) -> bool:
    """True when the subject phrase names a person or a body (a name, a pronoun, a role or a body noun)."""
    if s_lo < 0:
        return False
    words = _WORDS.findall(text, s_lo, s_hi)
    body = actor_words()
    return any(w[:1].isupper() and w.lower() not in _DEMONSTRATIVES and w.lower() not in word_classes()["det"] or
               w.lower() in _SUBJECT_PRONOUNS or w.lower() in body["role"] or w.lower() in body["body"]
               for w in words)


def _authors_idiom(text: str, cue: Cue, before: str, s_lo: int, s_hi: int) -> bool:
    """True for an idiom of the author's judgement on a cue word ("says a lot about", "little wonder that")."""
    if cue.lemma == "say" and _SAYS_A_LOT.match(text, cue.end) and not _speaker(text, s_lo, s_hi):
        return True                                   # (a speaker "said a lot about the tax plan": a topic)
    if cue.word.lower() in ("telling", "revealing") and _COPULA_BEFORE.search(before) and \
            _SHOWN_CLAUSE.match(text, cue.end):
        return True                                   # ("was telling reporters that": the verb)
    if cue.word.lower() == "doubt":
        return _THERE_IS_LITTLE.search(before) is not None   # (not "the literature left little doubt that":
                                                             # PolNeAR reads the literature's finding)
    return cue.word.lower() == "wonder" and _SMALL_BEFORE.search(before) is not None


# A hypothetical holder, the author's argument: "Anyone who believes this was a fair trial is mistaken", "whoever
# claims that ..." (not "those who said they watched": poll respondents).
_ANYONE_WHO = guarded(re.compile(r"(?<![\w’'-])(?:[Aa]nyone|[Aa]nybody|[Ww]hoever)\s+(?:who\s+)?"
                         r"(?:(?:still|really|seriously|honestly|[a-z]+ly)\s+)?$"))
# The text naming itself: "This newspaper has long maintained that", "The following discussion assesses".
_SELF_REFERENCE = re.compile(r"(?:[Tt]his|[Oo]ur|[Tt]he\s+following|[Tt]he\s+present)\s+(?:[a-z]+\s+)?(?:newspaper|paper|"
                             r"column|editorial|essay|piece|discussion|section|chapter|commentary|article|brief|"
                             r"page|board|writer|author)\s*$")


# A verb of social interaction (Levin 1993, 36.1 "correspond" verbs; of the lexicon's cues only "discuss") with
# several parties as the subject reports a joint agenda, not a view ("they discussed the development of
# cooperation"; one speaker keeps the row: "as he discussed his commitment to veterans").
_RECIPROCAL_VERBS = {"discuss"}
_AND_BEFORE = re.compile(r"\b(?:and|&)\s+$")
# (but a proposition floated in public is weighed, a view in the making: "Russian media and experts discussed the
# possibility of North Korea sending troops", "officials have been openly discussing the idea of resuming imports")
_PROPOSITION = re.compile(r"(?:the\s+|a\s+)?(?:possibility|possibilities|idea|option|notion|likelihood|prospect|"
                          r"question)\s+(?:of|that|whether)\b")
_PLURAL_SUBJECT = re.compile(r"(?:\band\b|&|\b(?:they|we|both|sides|parties|leaders|officials|ministers|delegations|"
                             r"countries|nations|governments|participants|members|two|three)\b)", re.I)


_COORDINATED = re.compile(r"\s(?:and|&)\s")
_TO_ACT = re.compile(r"\s*to\s")


def _joined_before(text: str, s_lo: int) -> bool:
    """True when an "and" ends right before the subject phrase ("he and Kim": the source found may be Kim alone)."""
    return _AND_BEFORE.search(text, max(0, s_lo - 12), s_lo) is not None


def _several(text: str, s_lo: int, s_hi: int) -> bool:
    """True when the subject before a reciprocal verb names several parties ("he and Kim", "the two leaders")."""
    return _PLURAL_SUBJECT.search(text, s_lo, s_hi) is not None or _joined_before(text, s_lo)


# "show" with a person and a thing (a double object, Levin 13.1): "showed him the new interceptor", "show them video of
# the shooting": a display, no finding (not "polls showing her ahead", "showed them that ...").
_SHOWN_TO = re.compile(r"\s+(?:him|her|them|me|us|you)\s+(?:the|a|an|his|their|its|our|some|video|videos|footage|"
                       r"photos?|pictures?|images?|around)\b")


# An evidential participle after a comma ("..., highlighting deepening ties", "represents a historic change,
# highlighting the struggle"): with a thing as the main clause's subject (no person, body, finder or document), it is
# the author's reading of a fact, not anybody's view; a person keeps the row ("He provided data, indicating that").
_INFERRING = {"highlight", "underscore", "underline", "signal", "indicate", "reflect", "demonstrate"}
_COMMA_BEFORE = re.compile(r",\s*$")
_SUBJECT_HEAD = re.compile(r"([A-Za-z’'-]+)\s*(?:\s(?:of|in|to|at|for|by|on|with|from|between|among)\s.*)?$", re.S)


def _inferred_from_a_thing(text: str, cue: Cue, s_lo: int, s_hi: int, finders) -> bool:
    if not (cue.participle and cue.lemma in _INFERRING and _COMMA_BEFORE.search(text, max(0, cue.start - 3), cue.start)):
        return False
    source = text[s_lo:s_hi].strip() if s_lo >= 0 else ""
    m = _SUBJECT_HEAD.search(re.split(r"\s(?:of|in|to|at|for|by|on|with|from|between|among)\s", source, maxsplit=1)[0])
    if not source or m is None or has_name(tokens(text, s_lo, s_hi)):
        return False
    head = m.group(1).lower()
    words = actor_words()
    return head not in _SUBJECT_PRONOUNS and head not in finders and head not in words["document"] and \
        head not in words["role"] and head.rstrip("s") not in words["role"] and head not in words["body"] and \
        head.rstrip("s") not in words["body"] and head not in ("who", "which")


# An expletive "it" with an evaluative adjective before the cue's infinitive: "It is interesting to note that",
# "it would be logical to assume that", "It's tempting to conclude" -- the author's comment, nobody holds it (the
# listed "It would be fair to say" of ``claims._AUTHORIAL``, for any evaluative adjective). Not a raising or control
# adjective, whose "it" is an actor ("it is able / reluctant / likely to comment"): those are no evaluation.
_EXPLETIVE_EVALUATION = guarded(re.compile(
    r"(?<![\w’'-])[Ii]t(?:[’']s|\s+(?:is|was|would\s+be|will\s+be|may\s+be|might\s+be|could\s+be|should\s+be|"
    r"seems|seemed|remains|becomes))\s+(?:(?:very|quite|also|rather|only|not|so|[a-z]+ly)\s+){0,2}"
    r"([a-z]+(?:al|ous|ic|able|ible|ant|ent|ive|ful|worthy)|fair|safe|hard|easy|wrong|right|wise|odd|sad|true|clear|"
    r"interesting|fascinating|tempting|striking|surprising|amusing|misleading|revealing|encouraging|"
    r"disappointing|worrying|troubling|reassuring|refreshing)\s+to\s+$"))
_NOT_EVALUATIONS = {"able", "unable", "reluctant", "hesitant", "confident", "content", "intent", "capable",
                    "incapable", "liable", "obligated", "responsible", "expectant", "insistent", "adamant", "eventual"}
# A subjectless infinitive opening its sentence: "And to underline the point, the leader will ...", "And to think
# that Trump shook his hand." -- a purpose adjunct or the author's exclamation; no one is said to state it.
_OPENING_INFINITIVE = re.compile(r"[“\"‘']?(?:(?:And|But|So|Yet|Now|Just|Then)\s+)?[Tt]o\s+"
                                 r"(?:(?:also|further|again|[a-z]+ly)\s+)?$")
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s+|\n")


def opens_with_infinitive(text: str, cue: Cue) -> bool:
    """True when the cue is the verb of a subjectless infinitive that opens its sentence ("And to think that")."""
    lo = max(0, cue.start - 30)
    breaks = list(_SENTENCE_BREAK.finditer(text, lo, cue.start))
    start = breaks[-1].end() if breaks else (0 if lo == 0 else -1)
    if start < 0:
        return False
    while start < cue.start and text[start].isspace():
        start += 1
    return _OPENING_INFINITIVE.fullmatch(text, start, cue.start) is not None


def expletive_evaluation(text: str, cue: Cue) -> bool:
    """True for "It is interesting to note that", "it would be logical to assume that": the author's comment."""
    m = _EXPLETIVE_EVALUATION.search(text, max(0, cue.start - 80), cue.start)
    return m is not None and m.group(1) not in _NOT_EVALUATIONS


def authors_voice(text: str, cue: Cue, found: tuple, finders) -> bool:
    """True when the cue is the author's own voice or an idiom (``finders``: the heads that make a phrase a source
    of findings, from ``nlp.non_attribution``)."""
    c_lo, c_hi, s_lo, s_hi, how = found
    before = text[max(0, cue.start - 40):cue.start]
    if _authors_idiom(text, cue, before, s_lo, s_hi):
        return True                                   # "says a lot about", "Little wonder that"
    if _inferred_from_a_thing(text, cue, s_lo, s_hi, finders):
        return True                                   # "The announcement was made ..., highlighting deepening ties"
    if how == "passive" and s_lo < 0 and _CONDITION_IT.search(text, max(0, cue.start - 120), cue.start):
        return True                                   # "If, according to the inspection, it is determined that ...":
                                                      # a condition, no one's finding
    if how == "according" and cue.lemma == "according to" and s_lo >= 0 and _conformity(text, s_lo, s_hi, finders):
        return True                                   # "according to his body mass index": a measure, no source
    if cue.lemma in _RECIPROCAL_VERBS and s_lo >= 0 and _several(text, s_lo, s_hi) and \
            not _PROPOSITION.match(text, c_lo):
        return True                                   # "he and Kim discussed the prospects for a railway", "officials
                                                      # are discussing plans": a joint agenda, no one's view
    if cue.lemma == "agree" and s_lo >= 0 and _TO_ACT.match(text, c_lo) and \
            (_COORDINATED.search(text, s_lo, s_hi) or _joined_before(text, s_lo)):
        return True                                   # "Kim and Putin agreed to build the bridge": a joint decision
                                                      # (Levin 36.1), no view ("many countries agreed to" keeps it)
    if expletive_evaluation(text, cue) or opens_with_infinitive(text, cue):
        return True                                   # "It is interesting to note that", "And to think that": the
                                                      # author's comment or a purpose adjunct, no one holds it
    if _ANYONE_WHO.search(before):
        return True                                   # "anyone who believes ...": the author's argument
    if s_lo >= 0 and _SELF_REFERENCE.match(text, s_lo, s_hi):
        return True                                   # "This newspaper has long maintained that": the author
    return cue.lemma == "show" and _SHOWN_TO.match(text, cue.end) is not None   # "showed him the MiG": a display
