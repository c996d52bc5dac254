"""Reading one sentence: the position it takes on a theme, how certain it is, and whose view it is."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from .. import nlp
from .actors import (RELATIVE_OPEN, appositive_comma, clause_without_asides, names_actor,
                     paired_with_other, relation_of_other_parties, relation_of_own_parties, RELATION_NOUN)
from .codebook import Codebook, Theme, load_codebook
from .contrast import ContrastSpan, find_spans
from .mentions import is_mentioned_word
from .attribution import attribute_sentence, read_attribution  # noqa: F401  (re-exported: whose view it is)

class _Label(NamedTuple):
    label: str
    rank: int
    start: int
    end: int
    text: str


class SentenceReading(NamedTuple):
    """What one sentence says on one theme."""

    position: str
    position_text: str
    position_span: tuple[int, int]   # offsets inside the sentence; (-1, -1) when no position
    rejected: tuple[str, ...]
    contrast: str                    # the cue of the contrast that chose the position, or ""
    concession: str                  # the cue of a concession that made it the main point, or ""
    denied: tuple[str, ...] = ()     # labels an explicit contrast sets aside ("X rather than Y": Y)


def _inside(span: tuple[int, int], a: int, b: int) -> bool:
    return span[0] <= a and b <= span[1] + 1


# A dash between words ("North Korea–Russia ties") joins; one between spaces breaks the clause.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s[\u2013-]\s|\b(?:but|while|whereas|although|though|because|and|that)\b", re.I)
# not "against X", "from X": the other side; nor "by" before a gerund ("earns hard currency by selling arms to Russia")
_LOCAL_AFTER = re.compile(r"\s*(?:of|with|between|among|by(?!\s+\w+ing\b))\s+(?:the\s+|a\s+)?", re.I)
# (not "If anything, ...", "If nothing else, ...": set phrases that weigh what follows, no condition on it; "If so, ..." and
# "If not, ..." stay conditions: they put the sentence under the case the one before it raised)
_CONDITIONAL_OPENING = re.compile(r"^[\s“\"‘']*(?:if(?!\s+(?:anything|nothing\s+else)\b)|unless|should|were|in case|in the event)\b",
                                  re.I)
_RISK = re.compile(r"\b(?:threat|risk|danger|destabili[sz])\w*", re.I)
# what a party asks in return is what it wants, not a possibility: "only if he gets ironclad security
# guarantees", "in exchange for food" (the label follows at once)
_DEMAND = re.compile(r"\b(?:only if|provided that|on condition that)\s+(?:\S+\s+){0,3}?(?:gets?|getting|receives?|is given|"
                     r"are given|obtains?|wins?|secures?)\s+(?:[\w-]+\s+){0,3}$|\bin (?:exchange|return) for\s+(?:[\w-]+\s+){0,3}$",
                     re.I)
_ADJUNCT_BEFORE = re.compile(r"\b(?:to|amid|amidst|despite|during|since|because of|due to)\b", re.I)
# a verb of getting names what comes next as the thing got, its maker the provider: "Pyongyang seeks advanced
# Russian military technology" is North Korea's aim, not Russia's
_GETTING_BEFORE = re.compile(r"\b(?:seek|seeks|seeking|sought|wants?|wanted|wanting|needs?|needed|obtain\w*|acquir\w+|receiv\w+"
                             r"|gets?|getting|got|gain\w*|access to|buy\w*|bought|purchas\w+|import\w*|(?:exchange|return) for)\b",
                             re.I)
_AUXILIARY = re.compile(r"^.*\b(?:have|has|had|is|are|was|were|do|does|did|will|would|can|could|may|might)\b", re.I)
# the subject of a verb after a verb of perception or causing: "happy to see North Korea and Russia grow their ties",
# "helped Moscow and Pyongyang strengthen their relations"
_SEE_DO = re.compile(r"\b(?:see|sees|seeing|saw|seen|watch\w*|help|helps|helped|helping|let|lets|letting|make|makes|made|making)"
                     r"\s+((?:the\s+)?(?:[\w’'-]+\s+){1,5}?)$", re.I)
# ... and the helped party of "assist X in/with": "Moscow has assisted Pyongyang in unfreezing some of its assets" is
# Pyongyang's aim, with Moscow's help
_HELP_IN = re.compile(r"\b(?:help|assist|aid|support)(?:s|ed|ing)?\s+((?:the\s+)?(?:[\w’'-]+\s+){1,4}?)(?:in|with)\s+$", re.I)
_IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s*$", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|these|those)\s*$", re.I)
_LINK_BEFORE = re.compile(r"\b(?:in|on|at|for|with|from|into|after|before|as|and|or)\s*$", re.I)
_PROVISIONAL_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:yet|so far|as yet|for now|for the time being)\b", re.I)
# the -ing form of a verb of alleging ("nearly two months after first alleging that Russia was purchasing")
_REPORTING_ING = re.compile(r"(?:alleg|accus|claim|deny|report|warn)ing\b", re.I)
# a noun of saying or fearing that opens the label: whoever is named beside it holds the concern or the claim, and the
# label is about what they fear or claim ("Western concerns about Pyongyang providing arms", "Seoul's accusations of
# arms transfers")
_HOLDERS_NOUN = re.compile(r"(?:concerns?|fears?|worries|suspicions?|allegations?|accusations?|claims?|warnings?|denials?)\b",
                           re.I)
# "would" after a verb of saying is the reported "will" ("told Putin the meeting would help strengthen ties",
# "said the deal would deepen cooperation"): the speaker's prediction, not a condition
# (the participle too: "adding that he would always be standing with Russia")
_REPORTED_WOULD = re.compile(r"\b(?:sa(?:id|ys?|ying)|told|telling|stated|stating|predicted|predicting|expected|believed?s?"
                             r"|add(?:ed|ing)|not(?:ed|ing)|stress(?:ed|ing)|announc(?:ed|ing)|insist(?:ed|ing)|promis(?:ed|ing)"
                             r"|pledg(?:ed|ing)|vow(?:ed|ing)|assur(?:ed|ing)|argu(?:ed|ing)|declar(?:ed|ing)|wrote|writing"
                             r"|hint(?:ed|ing)|signal(?:l?ed|l?ing)|indicat(?:ed|ing)|suggest(?:ed|ing)|warn(?:ed|ing)|threaten(?:ed|ing)"
                             r"|claim(?:ed|ing)|stat(?:ed|ing)|confirm(?:ed|ing)|announc(?:ed|ing)|reiterat(?:ed|ing))\s+(?:that\s+)?"
                             r"(?:[\w’'-]+\s+){0,4}?would$", re.I)
# ... and after any verb of the codebook's reporting lexicon ("Lavrov ... asserted that Russia would support North Korea
# against ...", "maintained that the ties would"): "would" a few words after the verb of saying is its speaker's "will"
_WOULD_AFTER_SAYING = re.compile(r"\s+(?:that\s+)?(?:[\w’'-]+\s+){0,4}?would$", re.I)


def _said_would(head: str, markers: dict) -> bool:
    """``head`` ends in a "would" that a verb of saying (``markers["reporting_verbs"]``) governs."""
    verbs = markers.get("reporting_verbs")
    return verbs is not None and any(_WOULD_AFTER_SAYING.match(head, m.end()) for m in verbs.finditer(head))


# the label handed to the theme's actor: "Moscow can provide Pyongyang with pearls of military technology",
# "for Russia to transfer its latest weapons technology to the North" (the giver is not the label's owner)
_GIVEN_WITH = re.compile(r"\b(?:provid\w*|gives?|giving|gave|given|offer\w*|suppl(?:y|ies|ied|ying)|equip\w*|furnish\w*)"
                         r"\s+(?P<to>[\w’'.-]+(?:\s+[\w’'.-]+){0,2}?)\s+with\s+(?:[\w’'-]+\s+){0,4}$", re.I)
_GIVING = re.compile(r"\b(?:provid\w*|gives?|giving|gave|given|offer\w*|suppl(?:y|ies|ied|ying)|transfer\w*|shar(?:e|es|ed|ing)"
                     r"|sell\w*|sold|send\w*|sent|hand\w*|pass\w*)\b", re.I)
_IN_RETURN_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,2}?\s+in (?:return|exchange)\b(?!\s+for\b)", re.I)
_TO_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+to\s+(?P<to>(?:[\w’'.-]+\s*){1,8})(?=[,;:.?!]|$)", re.I)


# a content clause after "is that" has its own subject: "The only thing the US and China can agree upon is that
# Putin's visit to Pyongyang to revive the alliance ...", "the prevailing view was that ..."
_IS_THAT = re.compile(r"\b(?:is|was)\s+that\b", re.I)


def _given_to(text: str, lab: _Label, lo: int, own, others, actors: dict) -> bool:
    """``lab`` is something given to one of ``own`` (named after "provide ... with" before it, or
    "to ..." right after it, a verb of giving earlier in its clause)."""
    def mine(words: str) -> bool:
        return names_actor(words, own, actors) and not names_actor(words, others, actors)
    if (m := _GIVEN_WITH.search(text[lo:lab.start])) is not None and mine(m.group("to")):
        return True
    if (gives := _GIVING.search(text, lo, lab.start)) is None:
        return False
    if (m := _TO_AFTER.match(text, lab.end)) is not None and mine(m.group("to")):
        return True
    # "calling for North Korea to supply shells ... and for Russia to transfer its weapons technologies in return":
    # the other side of a deal named before gets it
    return _IN_RETURN_AFTER.match(text, lab.end) is not None and names_actor(text[:gives.start()], own, actors)


_QUESTION_END = re.compile(r"\?[”\"’')\]]*\s*$")
NEGATION_WORDS = 8          # how far back in its clause a negator denies a label
HYPOTHETICAL_WORDS = 8
_LOOKAROUND_NOT = re.compile(r"\(\?<?!(?:[^()]|\([^()]*\))*\)")     # "(?!not\b)" excludes a negator
_NEGATION_IN_PATTERN = re.compile(r"\b(?:not|no|never|nor|without|lacks?|lacking|hardly|longer)\b|n\[[^\]]*\]t\b|n[’']t\b")
# "and" opens a clause when a verb follows soon ("Russia did not veto and China abstained"), not when
# it joins two nouns ("could share missile and satellite technology")
_FINITE_SOON = re.compile(r"\s+(?:\S+\s+){0,2}?(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should"
                          r"|did|does|do)\b|\s+(?:[A-Z]\w*|he|she|it|they|we|I)\s+\w+ed\b", re.I)


@lru_cache(maxsize=256)
def _negated_patterns(theme: Theme) -> tuple[bool, ...]:
    """Per label of ``theme``: whether one of its patterns is written with a negator (its {TERMS} filled in:
    "{WARNED_SUPPLY}" holds "should not")."""
    parts = getattr(theme.labeller, "parts", ()) or ()
    expanded = [e for _, e in parts] if len(parts) == sum(len(ps) for _, ps in theme.positions) else []
    out, i = [], 0
    for _, patterns in theme.positions:
        written = expanded[i:i + len(patterns)] or list(patterns)
        i += len(patterns)
        out.append(any(_NEGATION_IN_PATTERN.search(_LOOKAROUND_NOT.sub("", p)) for p in written))
    return tuple(out)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding offset ``at`` starts (after the last comma, semicolon, dash or
    conjunction; an "and" between two nouns joins them)."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, at):
        if m.group().lower() == "and" and not _FINITE_SOON.match(text, m.end(), min(at + 1, len(text))):
            continue
        start = m.end()
    return start


def _clause_words_before(text: str, lab: _Label, n: int) -> str:
    window = text[_clause_start(text, lab.start):lab.start]
    return " ".join(window.split()[-n:])


# a verb of denying, its complement just after it: what it governs is denied, not stated ("Moscow denies it has violated the
# sanctions", "Pyongyang denied that it had sent troops", "rejected claims that the two are allies"); the words between hold no
# stop and no new clause of contrast or cause, at most DENIAL_WORDS of them
DENIAL_WORDS = 8
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|(?:reject|dismiss|refut)(?:s|ed|ing)?\s+(?:the\s+|any\s+|all\s+)?(?:[\w.-]+\s+)?"
                     r"(?:claims?|allegations?|accusations?|charges?|reports?|suggestions?|notion|idea))\b", re.I)
# the stretch ends at a stop, a comma or a dash, a clause of contrast, cause or time, a relative pronoun, "then", or "and" before
# a verb ("denied the request and confirmed that ...": the second verb's complement is not denied)
_DENIAL_GAP = re.compile(r"^(?:(?![.;:!?,–—]|\s-+\s|\b(?:but|while|whereas|although|though|because|however|yet|after"
                         r"|before|when|since|until|then|who|which|where)\b).)*$", re.I | re.S)
_AND_VERB = re.compile(r"\band\s+(?:\w+ly\s+)?(?:\w+ed|is|are|was|were|has|have|had|says?|said)\b", re.I)
# a denial not made: negated ("did not deny that", "never denied") or passive ("diplomats were denied visas": a thing refused)
_DENIAL_UNMADE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:\w+ly\s+)?$", re.I)
# ... unless the writer concedes the evidence against the denial first: "Despite plenty of evidence of having used North Korean
# weapons, Moscow has denied that it violated ..." (the denial is reported to be rebutted); not a lack of it ("Despite the lack
# of evidence": the denial stands)
_EVIDENCE_CONCEDED = re.compile(r"\b(?:despite|in spite of|notwithstanding)\s+(?:(?!(?:lack|absence|no|little|scant|scarce|scarcity"
                                r"|insufficient|dearth|shortage|without)\b)[\w-]+\s+){0,5}?(?:evidence|proof)\b", re.I)


def _is_denied(text: str, lab: _Label, markers: dict) -> bool:
    """A verb of denying governs the label: it comes at most DENIAL_WORDS words before it in the same stretch of the
    sentence, and the label's own words do not hold the denial (a label written for "denied claims" is its own reading)
    nor name a doubt ("alleged", "speculative": a denial is what leaves a claim in doubt); not when the sentence concedes
    evidence against the denial before it (:data:`_EVIDENCE_CONCEDED`)."""
    if _names_a_doubt(lab.label, markers) or _DENIAL.search(lab.text):
        return False
    window = text[max(0, lab.start - 120):lab.start]
    last = None
    for last in _DENIAL.finditer(window):
        pass
    if last is None:
        return False
    before = window[:last.start()]
    if (_DENIAL_UNMADE.search(before) is not None
            or markers["negators"].search(" ".join(before.split()[-3:])) is not None):
        return False
    gap = window[last.end():]
    if (len(gap.split()) > DENIAL_WORDS or _DENIAL_GAP.match(gap) is None
            or _AND_VERB.search(text, lab.start - len(gap), lab.end) is not None):
        return False
    return _EVIDENCE_CONCEDED.search(text, 0, max(0, lab.start - 120) + last.start()) is None


# Words of seeming between a negator and the label, which the negation reaches through ("not to create the
# impression of", "avoid giving the appearance of"): the window is four words longer for them.
_SEEMING_NOUN = re.compile(r"\b(?:not|never|avoid(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,3}?(?:the\s+|an?\s+|any\s+)?"
                           r"(?:impression|appearance|semblance|image|perception)\s+(?:of|that)\b", re.I)


def _is_negated(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """A negator in the label's clause, up to NEGATION_WORDS words before it ("does not necessarily
    have to be a reason for hostility", "it won't be easy to improve relations"), or a verb of denying
    governing it (:func:`_is_denied`)."""
    tail = _clause_words_before(text, lab, NEGATION_WORDS)
    if tail and markers["negators"].search(tail) is not None:
        return True
    longer = _clause_words_before(text, lab, NEGATION_WORDS + 4)
    if longer and _SEEMING_NOUN.search(longer):
        return True                            # "careful not to create the impression of a de facto alliance"
    if _is_denied(text, lab, markers):
        return True
    # ... or one inside a label whose pattern spans several words ("ties will not deepen"), unless
    # the label's own patterns are written with a negator ("does not influence", "no longer comply")
    words = list(re.finditer(r"\S+", lab.text))
    if len(words) < 3 or markers["negators"].search(lab.text[words[0].end():words[-1].start()]) is None:
        return False
    return not _negated_patterns(theme)[lab.rank]


# a rule stated for anyone or anything, not a charge against someone: "Any country employing North Korean workers would be
# violating", "Any transfer of arms from North Korea to Russia would violate UN resolutions"
_ANYONE = re.compile(r"\b(?:any|every|anyone|anything|whoever|whatever)\b", re.I)


# a definite relation of the theme's pair, named by one's possessive and "with" the other ("Russia's alliance with N. Korea"):
# its existence is presupposed, and a modal governing the clause ("could leave Russia's alliance with N. Korea in the
# backseat") sets aside what may happen to it, not the relation itself
# (searched only in the 80 characters before the label: the lazy possessor against the $ anchor is quadratic in its window)
_POSSESSOR_BEFORE = re.compile(r"((?:[\w.’'-]+\s+){0,3}[\w.’'-]+?)[’']s\s+((?:[\w-]+\s+){0,2})$")
# a relation not yet there, whose existence the possessive does not presuppose: "Moscow's would-be alliance with Pyongyang"
_NOT_YET = re.compile(r"\b(?:would-be|proposed|planned|potential|possible|future|hoped-for|mooted|envisaged|prospective)\b",
                      re.I)
_WITH_AFTER = re.compile(r"\s+with\s+((?:[\w.’'-]+\s*){1,5})")


def _presupposed_relation(text: str, lab: _Label, theme: Theme, actors: dict) -> bool:
    """The label is a relation noun of :data:`RELATION_NOUN` between one of the theme's actors, its possessor, and the
    other, named after "with" ("Russia's alliance with N. Korea", "Moscow's partnership with Pyongyang")."""
    own = theme.actors
    if len(own) < 2 or RELATION_NOUN.fullmatch(lab.text.strip()) is None:
        return False
    before = _POSSESSOR_BEFORE.search(text, max(0, lab.start - 80), lab.start)
    after = _WITH_AFTER.match(text, lab.end, min(len(text), lab.end + 60))
    if before is None or after is None or _NOT_YET.search(before.group(2)):
        return False
    possessor, partner = before.group(1).split()[-2:], after.group(1)
    names = [name for name in own if names_actor(" ".join(possessor), (name,), actors)]
    return len(names) == 1 and all(names_actor(partner, (name,), actors) for name in own if name not in names)


def _is_hypothetical(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """A condition or possibility governs the label ("if Moscow vetoed", "would deepen", "any real
    prospect of reviving"), unless the label is itself such a word (the position is the possibility)."""
    marker = markers.get("hypothetical")
    if marker is None or _RISK.search(lab.text):
        return False      # a risk is a possibility by nature: "could destabilise", "could increase threats"
    if _CONDITIONAL_OPENING.match(text):
        return True       # "If they signed a treaty, the alliance would ...", "If North Korea actually provides ammunition,
                          # Russia's ability to continue fighting would be strengthened": the whole sentence is a condition,
                          # also when the label's own words hold its modal
    if marker.search(lab.text) is not None or _lexicon_hedges().search(lab.text):
        return False
    if _presupposed_relation(text, lab, theme, actors):
        return False      # "could leave Russia's alliance with N. Korea in the backseat": the alliance is presupposed
    if lab.label in theme.modal_hedged and not _ANYONE.search(text, 0, lab.start):
        return False      # "such a move could violate UN resolutions": the charge, hedged (read_certainty), not a condition
    if _names_a_doubt(lab.label, markers):
        return False      # a label that names the doubt ("speculative", "uncertain", "unlikely") is what a possibility
                          # says: "may suggest Kim is seeking Russian assistance" is speculative, not no position
    if _DEMAND.search(text, max(0, lab.start - 80), lab.start):
        return False      # "willing to give up nuclear weapons, but only if he gets security guarantees": a demand
    tail = _clause_words_before(text, lab, HYPOTHETICAL_WORDS)
    found = [m for m in marker.finditer(tail)] if tail else []
    if not found:
        return False
    if all(m.group().lower() == "would" for m in found):
        # the only marker is a reported "will" when a verb of saying comes just before it
        head = text[max(0, lab.start - 200):lab.start]
        last = None
        for last in re.finditer(r"\bwould\b", head, re.I):
            pass
        if last is not None and (_REPORTED_WOULD.search(head[:last.end()]) or _said_would(head[:last.end()], markers)):
            return False
    return True


def _names_a_doubt(label: str, markers: dict) -> bool:
    """The label's own name is a hedge of the codebook's or of the package's lexicon ("speculative", "uncertain",
    "unlikely"): the position is that the matter is in doubt."""
    hedges = markers.get("hedges")
    return (hedges is not None and hedges.search(label) is not None) or _lexicon_hedges().search(label) is not None


def _is_provisional(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """An absence said to hold only so far ("no countermeasures yet", "no firm retaliatory measures have yet
    been announced") is a pending matter, not a position: the label is written with a negator and "yet",
    "so far" or "for now" follows it in its clause."""
    return (_NEGATION_IN_PATTERN.search(lab.text) is not None
            and _PROVISIONAL_AFTER.match(text, lab.end) is not None)


def _is_question(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """A question asks; it does not take a position."""
    return _QUESTION_END.search(text) is not None


# a label whose words end in the preposition that names the partner ("closer ties with", "cooperation between"), and how far
# after it the partner is read (a description and its appositive name: "its major economic ally, China")
_PARTNER_LAST = re.compile(r"\b(?:with|between|among)\s*$", re.I)
PARTNER_WORDS = 6


# words that mark a claim unproven ("said, without providing evidence, that ..."): they qualify the claim, whose source is
# the subject, whoever that is (as a reporting verb's)
_UNPROVEN = re.compile(r"\bwithout\b[^.;]{0,60}?\b(?:evidence|proof)\b|\b(?:groundless|baseless|unsubstantiated|unfounded)", re.I)


# a possessive of a proper name, up to two lower-case modifiers before the label ("Vietnam's main source of weapons"): the
# label is that owner's; one that names no actor of the codebook is a third party's (a pronoun or a contraction is no owner)
_PROPER_OWNER = re.compile(r"(?<![\w’'.-])((?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,3})[’']s\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}$")
_NOT_AN_OWNER = re.compile(r"(?:it|that|there|what|he|she|here|let|this|who|where)$", re.I)


# a clause that opens with a participle, after a preposition or none ("sending a message of solidarity", "Despite
# reaffirming its strong ties"): not a preposition that ends in -ing ("according to", "including"), nor a noun ("meeting")
_PARTICIPLE_OPEN = re.compile(r"[\s,;:“\"‘']*(?:(?:despite|after|before|while|when|by|since|without|in)\s+)?"
                              r"(?!(?:according|including|regarding|concerning|following|during|notwithstanding|excluding"
                              r"|pending|nothing|something|anything|everything|meeting|morning|evening|building|king|thing"
                              r"|spring|string|ring|wing|bring|sing|sling|swing|sting|darling|ceiling|offspring|briefing"
                              r"|hearing|ruling|funding|bombing|shelling|fighting|training|opening|warning|gathering"
                              r"|beginning|being|ongoing|upcoming|outgoing|incoming|leading|growing|rising|existing|remaining"
                              r"|increasing|deepening|emerging|evolving|continuing|strengthening|widening|burgeoning"
                              r"|worsening|booming|flourishing|budding|blossoming|warming|thriving|expanding)\b)(?-i:[a-z]{2,}ing)\b", re.I)


# a relation's noun opening the clause as its subject, its parties after it ("Relations between Russia and the United States
# blossomed", "Ties with Washington have improved")
_RELATION_SUBJECT = re.compile(r"\s*(?:[Tt]he\s+|[Tt]heir\s+)?(?:[a-z][\w-]*\s+){0,2}?(" + RELATION_NOUN.pattern[2:-2] + r")\b",
                               re.I)


def _is_about_other_actor(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """The label belongs to an actor the theme is not about: one named right beside it
    ("Washington's leverage", "an alliance of the US", "closer ties with NATO"), or the subject
    of its clause (found by :func:`analysis.nlp.leading_np`) names only other actors."""
    if not theme.actors or not actors:
        return False
    rv = markers.get("reporting_verbs")
    if ((rv is not None and rv.search(lab.text) is not None) or _REPORTING_ING.match(lab.text)
            or _HOLDERS_NOUN.match(lab.text) or _UNPROVEN.search(lab.text)):
        return False      # "The Pentagon claims", "Moscow denies", "after first alleging", "Western concerns about": the
                          # subject is the source of the label, also when the label's words name the source before their verb
                          # of saying ("South Korea's National Intelligence Service said", "intelligence agency reported")
    own, others = theme.actors, [a for a in actors if a not in theme.actors]
    if relation_of_other_parties(text, lab.start, lab.end, own, actors):
        return True       # "a full-fledged defense partnership” between Iran and Russia": another pair's, whoever owns it
    if relation_of_own_parties(text, lab.start, lab.end, own, actors):
        return False      # "fear the revival of Moscow's friendship with Pyongyang": the pair's own, whoever the subject
    lo = _clause_start(text, lab.start)
    subject = _RELATION_SUBJECT.match(text, lo, lab.end)
    if subject and relation_of_other_parties(text, subject.start(1), subject.end(1), own, actors):
        return True       # "Relations between Russia and the United States blossomed": the subject is another pair's
    reported = 0
    # "South Korean intelligence claims North Korea may send workers", "Washington condemned what it says
    # were deliveries": the clause after a reporting verb has its own subject; the source is not the actor
    # (the reporting verb may close an earlier clause: "Kyiv and Washington have said that Russia has been using
    # North Korean missiles" is Russia's use, not a Kyiv–Washington pair's)
    for m in [*markers["reporting_verbs"].finditer(text), *_IS_THAT.finditer(text)]:
        if m.end() <= lab.start:
            reported = m.end()
            if lo <= m.start():
                lo = m.end()
    # ... but not across a purpose or a circumstance: "trade offices across Russia to expand imports",
    # "turning to Russia amid a food shortage" (the words after "to", "amid" ... are the label's own)
    before = " ".join(text[lo:lab.start].split()[-3:])
    before = _ADJUNCT_BEFORE.split(before)[-1] if _ADJUNCT_BEFORE.search(before) else before
    if (got := _GETTING_BEFORE.search(before)) is not None:
        before = before[:got.start()]
    if _LINK_BEFORE.search(before) or _DETERMINER_BEFORE.search(before):
        before = ""       # "troops to Russia in support of Russia's war": an actor that a preposition follows is no modifier,
                          # nor one a determiner parts from it ("called its help to Russia a fraternal duty")
    if _IN_PLACE.search(before):
        before = ""       # "troops in Russia falls under a defense treaty": a place, not the label's owner
    if (verb := _AUXILIARY.search(before)) is not None:
        before = before[verb.end():]   # "Reports of troops in Ukraine have not received": the subject's tail, not beside
    for helped in (_SEE_DO.search(text, lo, lab.start), _HELP_IN.search(text, lo, lab.start)):
        if helped is not None and names_actor(helped.group(1), own, actors) and not names_actor(helped.group(1), others, actors):
            return False  # "China is happy to see North Korea and Russia grow their ties": theirs, not China's
    owner = re.search(r"(?:\S+\s+){0,2}\S+[’']s?\s*$", text[max(lo, lab.start - 60):lab.start])
    if owner is not None and re.search(r"[’']s?\s*$", owner.group()) and names_actor(owner.group(), own, actors) \
            and not names_actor(owner.group(), others, actors):
        return False      # "Seoul summoned the envoy over North Korea's arms shipments": the owner's, whoever the subject
    proper = _PROPER_OWNER.search(text, max(lo, lab.start - 80), lab.start)
    if proper is not None and not _NOT_AN_OWNER.match(proper.group(1)) and not names_actor(proper.group(1), list(actors), actors):
        return True       # "Moscow has long been Vietnam's main source of weapons": a third party's, named by its possessive
    after = _LOCAL_AFTER.match(text, lab.end)
    beside = [before] + ([" ".join(text[after.end():].split()[:4])] if after else [])
    if len(own) > 1 and _PARTNER_LAST.search(lab.text):
        # the label's own words end in the partner's preposition ("strengthened ties with"): the partner follows, also named
        # by an appositive after a description ("ties with its major economic ally, China"); for a theme about a pair only
        # (a theme about one actor, North Korea's motives, has its partner among the other actors: "solidarity with Russia")
        beside.append(" ".join(text[lab.end:lab.end + 120].split()[:PARTNER_WORDS]))
    for words in beside:
        if words and names_actor(words, others, actors) and not names_actor(words, own, actors):
            return True
    if _given_to(text, lab, lo, own, others, actors):
        return False      # "Moscow can provide Pyongyang with military technology": the recipient's, not the giver's
    # "North Korea–China trade", "services between China and North Korea": the clause is about a
    # pair with another actor, whatever the subject finder makes of it (after a reporting verb:
    # "Reports from South Korea and Western countries say North Korea has supplied" is North Korea's)
    if paired_with_other(clause_without_asides(text[reported:], lab.start - reported), others, actors):
        return True
    # "a summit in China, which is North Korea's only ally": the relative clause is about its antecedent
    rel = RELATIVE_OPEN.search(text, max(0, lab.start - 200), lab.start) or appositive_comma(text, lab.start)
    if rel is not None:
        antecedent = " ".join(text[max(0, rel.start() - 60):rel.start()].split()[-3:])
        if names_actor(antecedent, others, actors) and not names_actor(antecedent, own, actors):
            return True
    if _PARTICIPLE_OPEN.match(text, lo) is not None and not _lexicon_hedges().search(lab.text):
        # a participial clause has no subject of its own: it takes the main clause's ("Putin met with Kim, sending a
        # message of solidarity", "Despite reaffirming its strong ties with Russia ..., Beijing has avoided commenting"); not
        # a hedge, which qualifies what it hedges ("targeting an arms dealer for allegedly facilitating the exchange")
        main = nlp.leading_np(text, 0, len(text))
        if main is not None and not (lo <= main[0] < lab.start):
            subject = text[main[0]:main[1]]
            if names_actor(subject, others, actors) and not names_actor(subject, own, actors):
                return True
    span = nlp.leading_np(text, lo, lab.start)
    if (span is None or not names_actor(text[span[0]:span[1]], others, actors)) and _SUBJECT_ASIDE.search(text, 0, lab.start):
        # "South Korea — along with Japan, New Zealand and Australia — is forging a much closer relationship with the
        # alliance": the subject before an aside set off by dashes (or by commas after "along with"), blanked out
        bare = _SUBJECT_ASIDE.sub(lambda m: " " * len(m.group()), text[:lab.start]) + text[lab.start:]
        span = nlp.leading_np(bare, _clause_start(bare, lab.start), lab.start)
    if span is None:
        return False
    subject = text[span[0]:span[1]]
    if not names_actor(subject, others, actors):
        return False
    # "North Korea–China trade", "the US-ROK alliance": a pair with another actor is that pair's
    return not names_actor(subject, own, actors) or paired_with_other(subject, others, actors)


# an aside between the subject and its verb: "South Korea — along with Japan ... — is", "Seoul, along with Tokyo, is"
_SUBJECT_ASIDE = re.compile(r"\s[\u2013\u2014-]\s[^\u2013\u2014;:.]{1,120}?\s[\u2013\u2014-]\s|\u2014[^\u2014;:.]{1,120}?\u2014|"
                            r",\s*(?:along|together)\s+with\s[^,;:.]{1,80},")


# an aside between dashes or brackets that opens with a comparison: "it is – like Sentosa, an island off Singapore
# that was the setting of the first North Korea-US summit – an easily secured venue" (another place or event)
_COMPARISON_ASIDE = re.compile(r"(?:\s[-\u2013\u2014]\s|\u2014|\()\s*(?:like|unlike|as with|as in|similar to|just as|much as)\b"
                               r"[^\u2013\u2014()]{0,200}?(?:\s[-\u2013\u2014](?:\s|$)|\u2014|\))", re.I)


def _is_in_comparison_aside(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """The label sits in an aside that compares with something else ("– like Sentosa, ... –")."""
    return any(m.start() < lab.start and lab.end <= m.end() for m in _COMPARISON_ASIDE.finditer(text))


# words shown, not said: a banner, placard or slogan quoted ('under a banner that read, "Complete support and solidarity
# with the fighting Russian army"', 'chanting "Glory to Russia"'): the text on display is nobody's analysis
_DISPLAYED_WORDS = re.compile(r"\b(?:banners?|placards?|posters?|billboards?|slogans?|(?<!to )signs?(?! (?:a|an|the)\b)|inscriptions?|plaques?|murals?"
                              r"|chant(?:s|ed|ing)?)\b[^.;\"\u201c\u201d]{0,60}?[\"\u201c]([^\"\u201c\u201d]{1,300})[\"\u201d]", re.I)


def _is_displayed_words(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """The label is in the quoted words of a banner, placard or slogan (a display, not a view)."""
    return any(m.start(1) <= lab.start and lab.end <= m.end(1) for m in _DISPLAYED_WORDS.finditer(text))


def _is_mentioned_word(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """The label is a word mentioned, not a view (:func:`analysis.views.mentions.is_mentioned_word`)."""
    return is_mentioned_word(text, lab.start, lab.end)


# what the label names said not to last or not to be real, just after it: "The China-Russia-North Korea triangle looks
# unlikely to last", "the alliance is a myth", "the axis between the two is overblown" (the sentence doubts the label it names).
# The doubt's subject is the label's phrase: nothing between them but a modifier opened by a preposition ("between the two"),
# not another clause ("deepened cooperation as Western unity is a myth", "the triangle means Western hopes are doomed")
_CLAUSE_WORD = r"(?:as|while|because|since|but|or|that|which|who|when|whereas|although|though|if|so|means?|meant)"
_DOUBTED_AFTER = re.compile(r"(?:\s+(?:of|between|among|with|in|on|involving|linking|against|itself|themselves)\b"
                            r"(?:\s+(?!" + _CLAUSE_WORD + r"\b)[\w’'-]+){0,5}?)?\s+(?:looks?|seems?|appears?|is|are|was|were|remains?)\s+"
                            r"(?:(?:still|now|very|highly|increasingly)\s+)?(?:unlikely\s+to\s+(?:last|endure|survive|hold)"
                            r"|(?:a\s+|an\s+)?(?:myth|illusion)|illusory|overstated|overblown|exaggerated|doomed)\b", re.I)
# a sentence about a proposition that it dismisses, not states: "The notion that Russia and North Korea are allies is a myth",
# "The idea that ... has been debunked" (not "speculation that" or "claims that", which carry labels of their own; nor a
# proposition endorsed: "The idea that Russia and North Korea have deepened their cooperation is beyond doubt", "The belief
# that ... has been confirmed")
_PROPOSITION_SUBJECT = re.compile(r"^[\s“\"‘']*(?:the|this|that|such|a|an)\s+(?:[\w-]+\s+)?(?:notion|idea|assumption|perception|belief"
                                  r"|myth|premise|theory|narrative)s?\s+that\b", re.I)
# ... its predicate, after the label: dismissed or doubted
_DISMISSED_PREDICATE = re.compile(r"\b(?:is|are|was|were|remains?|seems?|looks?|appears?|ha(?:s|ve) been|ha(?:s|ve) (?:proved|proven)"
                                  r"|proved|proves|turned out to be)\s+(?:(?:\w+ly|still|now|simply|just|also|at best)\s+){0,2}"
                                  r"(?:(?:seen|viewed|regarded|considered|dismissed)\s+(?:as\s+)?)?"
                                  r"(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:myth|illusion|fantasy|fiction|misconception|exaggeration|fallacy)\b"
                                  r"|(?:mistaken|wrong|false|misguided|unfounded|overblown|exaggerated|overstated|premature|na[iï]ve"
                                  r"|flawed|questionable|dubious|doubtful|misplaced|baseless|groundless|far-fetched|simplistic|misleading"
                                  r"|unrealistic|untrue|illusory|implausible|debunked|dismissed|rejected|disputed|challenged|questioned"
                                  r"|refuted|discredited|belied|contradicted|in doubt|open to (?:question|doubt))\b)", re.I)


# what the label names, its noun phrase just after a dismissal or a doubt of its chances: "I consider it superfluous to talk
# about the prospects for a military alliance", "render it unlikely for the trilateral alliance to institutionalize",
# "diminish the likelihood of a formalized trilateral alliance" (searched in the 120 characters before the label)
_DOUBTED_BEFORE = re.compile(r"(?:\b(?:premature|too early|superfluous|pointless|meaningless|nonsense|no (?:point|sense|need))"
                             r"\s+(?:[\w’'-]+\s+){0,2}?(?:to\s+)?(?:talk|speak)\w*\s+(?:of|about)"
                             r"|\bunlikely\s+(?:for|that)"
                             r"|\b(?:diminish|reduc|lower|undermin|dim)\w*\s+(?:the\s+)?(?:likelihood|chances?|probability|prospects?"
                             r"|possibility)\s+(?:of|for))\s+(?:[\w’'-]+\s+){0,5}$", re.I)
# ... or talk of it said to be premature: "Talk of Creating a Military Alliance Between Russia, Iran and DPRK is Premature"
_TALK_BEFORE = re.compile(r"\btalk(?:s|ing)?\s+(?:of|about)\s+(?:[\w’'-]+\s+){0,5}$", re.I)
# (its predicate, not another clause's: "talk of an alliance grew as analysts said the sanctions were overblown")
_PREMATURE_AFTER = re.compile(r"(?:(?!\b(?:as|while|because|since|but|that|which|when|whereas|although|though|if)\b)[^.;:!?]){0,80}?\b(?:is|are|was|were|seems?|remains?)\s+(?:(?:still|very|highly|rather|quite)\s+)?"
                              r"(?:premature|exaggerated|overblown|overstated|nonsense|far-fetched|unrealistic|baseless|groundless)\b",
                              re.I)


def _is_doubted(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """The sentence doubts what the label names (:data:`_DOUBTED_AFTER`, :data:`_DOUBTED_BEFORE`, talk of it said to be
    premature), or is about a proposition holding it (:data:`_PROPOSITION_SUBJECT`); not when the label itself names the
    doubt ("unlikely", "fragile")."""
    if _names_a_doubt(lab.label, markers):
        return False
    window = max(0, lab.start - 120)
    return ((_PROPOSITION_SUBJECT.match(text) is not None
             and _DISMISSED_PREDICATE.search(text, lab.end, min(len(text), lab.end + 250)) is not None)
            or _DOUBTED_AFTER.match(text, lab.end, min(len(text), lab.end + 120)) is not None
            or _DOUBTED_BEFORE.search(text, window, lab.start) is not None
            or (_TALK_BEFORE.search(text, window, lab.start) is not None
                and _PREMATURE_AFTER.match(text, lab.end, min(len(text), lab.end + 120)) is not None))


# a gerund opening the sentence or a clause after an opening adjunct, with no subject of its own, as the subject of a finite
# verb later on: "Forming close ties with every neighbour is the peninsula's destiny", "In their view, supplying arms to a
# country at war is a measure without justification" (a deed weighed in general, nobody's deed stated). Not the prepositions
# and linkers in -ing ("According to", "During", "Following"), not a participial adjunct that a comma closes ("Sending troops
# to Russia, North Korea has ...": its subject follows), nor the gerund's subject named before it ("North Korea's supplying")
_GERUND_OPENING = re.compile(r"(?:^|[,:]\s*[“\"‘']|[,;:]\s)[\s“\"‘']*(?!(?:According|During|Following|Including|Regarding|Concerning"
                             r"|Considering|Notwithstanding|Excluding|Pending|Barring|Given|Nothing|Something|Everything|Anything"
                             r"|Morning|Evening|Spring|Beijing|Pyongyang|Kaesong|Sejong|Jinping|Wang|Jing|King|Ming|Bing|Ding)\b)"
                             r"(?P<g>[A-Za-z]+ing)\s", re.I)
# an -ing word that is an adjective before its noun ("Growing ties between Russia and North Korea were ..."), not a gerund
# (the words that also open gerund phrases, "Strengthening ties with Moscow is ...", are told by the verb's number instead: a
# plural verb after "Expanding ties" makes the -ing word an adjective, see :func:`_is_generic_deed`)
_ING_ADJECTIVE = re.compile(r"(?:grow|deepen|increas|ris|emerg|warm|improv|flourish|boom|burgeon|budd|evolv|continu"
                            r"|exist|last|widen|mount|intensify|loom|endur|thriv|worsen|chang|shift|upcom|rul"
                            r"|remain|neighbou?r|ag|bind|pressing|sweep|compell|stagger|interest|strik|alarm|troubl)ing", re.I)
# ... or, past an aside set off by commas, a verb just after the aside's closing comma ("forging ties with revisionist states,
# particularly China and Russia, is pivotal"; not "Sending troops to Russia, North Korea has ...": a subject follows the comma)
_FINITE_AFTER_ASIDE = re.compile(r"[^;:!?]*?,\s+(?P<v>is|are|was|were|remains?|seems?|would|will|could|can|may|might|must|should)"
                                 r"\b(?P<rest>\s+\w+)?", re.I)
# an opening prepositional phrase of a few words, no verb in it: "In North Korea's view", "For both sides"
_OPENING_ADJUNCT = re.compile(r"[\s“\"‘']*(?:In|For|From|To|Among|At|On|By|With|Under|Amid|Despite|Like|Unlike|As|Beyond|Within)"
                              r"(?:\s+(?!(?:is|are|was|were|has|have|had)\b)[\w’'.-]+){1,8}", re.I)
_LABEL_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|gives?|offers?|provides?|makes?|means?|will|would|can|could)\b", re.I)
# a subordinate clause between the gerund and the label: the label belongs to it ("Coming at a time when the tides of a new
# Cold War have been rising, his visit ...")
_SUBORDINATOR = re.compile(r"\b(?:when|where|which|who|whom|whose|that|if|because|as|since|after|before|until|once)\b", re.I)
_FINITE_AFTER = re.compile(r"(?:[^,;:.!?]|(?<=[A-Z])\.){0,160}?\b(?P<v>is|are|was|were|has|have|had|will|would|can|could|may|might"
                           r"|must|should|remains?|seems?|appears?|means?|requires?|makes?|becomes?)\b(?P<rest>\s+\w+)?", re.I)
# a predicate that states a deed done, not one weighed: past or perfect ("Sending troops has cost North Korea thousands",
# "Forming an alliance was the right decision"); "has" with a noun ("has consequences") is present. A plural present verb
# ("are", "have") after an -ing word that also reads as an adjective has a plural subject ("Expanding ties are ..."). A verb
# after a subordinator ("Providing weapons while we are at war is ...") is the subordinate clause's: it tells nothing
_PARTICIPLE = re.compile(r"(?:\w+ly\s+)?(?:\w+ed|\w+en|been|become|cost|paid|made|brought|led|won|put|set|left|meant|kept|built|sent"
                         r"|spent|lost|got|shown|grown|done|gone|come|run|hit|held|told|said|bought|sought|taught|found|helped)", re.I)


_ING_AMBIGUOUS = re.compile(r"(?:strengthen|break|lead|develop|expand)ing", re.I)


def _states_a_deed_done(m: re.Match, gerund: str) -> bool:
    verb, rest = m.group("v").lower(), (m.group("rest") or "").strip()
    if _SUBORDINATOR.search(m.string, m.start(), m.start("v")):
        return False
    if verb in ("are", "have"):
        return _ING_AMBIGUOUS.fullmatch(gerund) is not None
    if verb in ("was", "were", "had"):
        return True
    return verb == "has" and _PARTICIPLE.fullmatch(rest) is not None


def _is_generic_deed(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """The label lies inside a subjectless gerund phrase that is the subject of a later finite verb (see
    :data:`_GERUND_OPENING`): the sentence weighs the deed in general, it states nobody's doing it."""
    opening = None
    for m in _GERUND_OPENING.finditer(text, 0, min(len(text), lab.end + 1)):   # the label may be the gerund itself
        if m.start("g") <= lab.start:
            opening = m
    if opening is None or _ING_ADJECTIVE.fullmatch(opening.group("g")):
        return False
    if opening.start() > 0 and not opening.group().lstrip(",;: ")[:1] in "“\"‘'":
        # after a comma, only an opening adjunct's ("In North Korea's view, forging ties ..."), with no verb of its own; not a
        # participle after a main clause ("Pyongyang has delivered, providing shells": the main clause's subject does it)
        if not _OPENING_ADJUNCT.fullmatch(text[:opening.start()]):
            return False
    if _LABEL_VERB.search(lab.text):
        return False      # "For Putin, hosting Kim gives him a chance": the label holds the gerund's own verb
    between = text[opening.end():lab.start]
    if re.search(r"[,;:!?]|(?<![A-Z])\.", between) or _SUBORDINATOR.search(between):
        return False      # the gerund's phrase closed before the label, or the label is in a clause of its own
    finite = (_FINITE_AFTER.match(text, lab.end)
              or _FINITE_AFTER_ASIDE.match(text, lab.end, min(len(text), lab.end + 240)))
    return finite is not None and not _states_a_deed_done(finite, opening.group("g"))


# a wish, an aim or a need governing the label, at most three words before it (none a verb of working ties up: "the hope to
# develop their partnership" presupposes the partnership): "Kim's dream of an alliance with Moscow", "aiming for an
# alliance", "is in need of fresh supplies of shells" name what is wanted, not what is (not "the intention to", whose object
# is a deed of its own, nor "aims at" or "aimed at", a proposal's or an event's purpose: "the proposal aims at encouraging talks")
_WISHED_BEFORE = re.compile(r"\b(?:(?:dreams?|hopes?|ambitions?|aspirations?|wish(?:es)?|desires?|quest|longing)\s+(?:of|for)"
                            r"|aim(?:s|ing)?\s+for|in need of)(?!\s+(?:the|its|their|this|that|these|those|our|his|her)\b)(?:\s+(?!(?:develop|strengthen|boost|expand|deepen|further"
                            r"|enhanc|improv|grow|promot|build|consolidat|upgrad|elevat|maintain|continu|sustain)\w*)[\w’'.-]+){0,3}\s*$",
                            re.I)


def _is_wished(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """A wish, an aim or a need governs the label (:data:`_WISHED_BEFORE`); not when the label is itself a purpose ("to
    counter Japan": what an aim says is a motive) or names a doubt, nor when the label is definite ("hope for the alliance
    to last": the alliance is given) or the wish came true (:data:`_WISH_FULFILLED_BEFORE`, :data:`_WISH_FULFILLED_AFTER`)."""
    if re.match(r"(?:in order\s+)?to\s", lab.text, re.I) or _names_a_doubt(lab.label, markers):
        return False
    wish = _WISHED_BEFORE.search(text, max(0, lab.start - 80), lab.start)
    if wish is None:
        return False
    return (_WISH_FULFILLED_BEFORE.search(text, max(0, wish.start() - 40), wish.start()) is None
            and _WISH_FULFILLED_AFTER.match(text, lab.end, min(len(text), lab.end + 120)) is None)


# a wish that came true names what is: "Kim fulfilled his dream of an alliance", "the dream of an alliance came true",
# "... has been realised"
_WISH_FULFILLED_BEFORE = re.compile(r"\b(?:fulfil+(?:s|ed|ing)?|realis(?:es|ed|ing)|realiz(?:es|ed|ing)|achiev(?:es|ed|ing))"
                                    r"(?:\s+[\w’'.-]+){0,2}\s*$", re.I)
_WISH_FULFILLED_AFTER = re.compile(r"[^.;:!?]{0,80}?\b(?:c[oa]mes?\s+true|(?:is|was|were|are|been|be)\s+(?:\w+ly\s+)?(?:realised|realized"
                                   r"|fulfilled|achieved|accomplished))\b", re.I)


# a noun of fearing, supposing or alleging with its content clause: "amid mounting concerns that Pyongyang is increasing
# support", "This has led to interpretations that it is effectively a military alliance", "speculation that the two will
# sign a treaty": the clause is what others fear or suppose, shown as their view, not stated (not "reports that", "the fact
# that", "evidence that": a finding as often as a claim); the label follows within VIEW_CONTENT_WORDS words, in the same
# stretch of the sentence (no stop, colon, semicolon or dash between)
VIEW_CONTENT_WORDS = 12
_VIEW_CONTENT = re.compile(r"\b(?:concerns?|fears?|worries|anxiet(?:y|ies)|suspicions?|speculations?|interpretations?"
                           r"|rumou?rs?|perceptions?|impressions?|allegations?|accusations?|notion|misconceptions?)"
                           r"\s+(?:[\w-]+\s+){0,2}?that\s+((?:[^\s.;:!?\u2013\u2014]+\s+){0,%d})$" % VIEW_CONTENT_WORDS, re.I)


def _is_content_of_view(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """The label is inside the content clause of a noun of fearing, supposing or alleging (:data:`_VIEW_CONTENT`): what
    someone fears or supposes, not what the sentence states; not a label that names the doubt itself ("alleged",
    "speculative": a claim shown as a claim is that position), nor a risk ("fears that the ties could destabilize the
    region": a fear names a threat, the position itself), nor one whose own words hold the noun."""
    if _names_a_doubt(lab.label, markers) or _HOLDERS_NOUN.match(lab.text) or _RISK.search(lab.text):
        return False
    return _VIEW_CONTENT.search(text, max(0, lab.start - 160), lab.start) is not None


# the topic of a gathering or a programme: "KEI hosted a discussion on ... the growing relationship", "a seminar about the
# deepening ties", "a podcast episode on the alliance": the event names what was discussed, it states nothing about it (not
# "talks on", a negotiation: "talks on closer military cooperation" are a step of the ties, nor its plural synonym "held
# discussions on": only the singular, an event hosted, "a discussion on"); the label follows the preposition
# within TOPIC_WORDS words, no stop, colon or semicolon between and no finite verb of its own ("a conference on the war, where
# the two sides deepened their ties"); not "of", which names a body as often as a topic ("the UN Panel of Experts")
TOPIC_WORDS = 14
_EVENT_TOPIC = re.compile(r"\b(?:discussion|debates?|conferences?|seminars?|panels?|webinars?|symposi(?:um|a)|forums?|lectures?"
                          r"|podcasts?|episodes?|roundtables?|workshops?|hearings?|briefings?)\s+(?:on|about|regarding"
                          r"|concerning|over)\s+((?:[^\s.;:!?]+\s+){0,%d})$" % TOPIC_WORDS, re.I)
_OWN_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|where|when|which|who|that)\b", re.I)


def _is_event_topic(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """The label is in the topic of a gathering or programme (:data:`_EVENT_TOPIC`) with no verb of its own between."""
    m = _EVENT_TOPIC.search(text, max(0, lab.start - 160), lab.start)
    return m is not None and _OWN_VERB.search(m.group(1)) is None


# Why a label found in a sentence is not a position the sentence holds, checked in this order.
LABEL_RULES = (
    ("question", _is_question),
    ("comparison", _is_in_comparison_aside),
    ("displayed words", _is_displayed_words),
    ("mentioned word", _is_mentioned_word),
    ("negated", _is_negated),
    ("provisional", _is_provisional),
    ("hypothetical", _is_hypothetical),
    ("doubted", _is_doubted),
    ("generic deed", _is_generic_deed),
    ("wished", _is_wished),
    ("content of a view", _is_content_of_view),
    ("event topic", _is_event_topic),
    ("other actor", _is_about_other_actor),
)


def label_rejection(text: str, lab: _Label, theme: Theme, markers: dict, actors: Optional[dict] = None) -> str:
    """The name of the first rule in :data:`LABEL_RULES` that rejects ``lab``, or ``""``."""
    for name, rule in LABEL_RULES:
        if rule(text, lab, markers, theme, actors or {}):
            return name
    return ""


def held_by_other_actor(text: str, start: int, end: int, theme: Theme, markers: dict, actors: Optional[dict]) -> bool:
    """The words ``text[start:end]`` (one of the theme's labels, or a noun inside one) belong to another actor than the
    theme's (:func:`_is_about_other_actor`: "China and Russia have forged a multidimensional alliance"), whatever else
    rejects the label there (a question, a negation, a condition)."""
    covering = [lab for lab in label_matches(text, theme) if lab.start <= start and end <= lab.end]
    lab = covering[0] if covering else _Label("", 0, start, end, text[start:end])
    return _is_about_other_actor(text, lab, markers, theme, actors or {})


def label_matches(text: str, theme: Theme) -> list[_Label]:
    """Every match of the theme's label patterns in ``text``, outside the spans its ignore patterns cover."""
    if theme.labeller is None:
        return []
    ignored = [m.span() for m in theme.ignorer.finditer(text)] if theme.ignorer is not None else []
    found: list[_Label] = []
    for m in theme.labeller.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in ignored):
            continue
        rank = int(m.lastgroup[1:])
        found.append(_Label(theme.positions[rank][0], rank, m.start(), m.end(), m.group()))
    return found


# a concession of a seeming: "while the consolidation of a ... partnership may temporarily appear to be strengthening, the
# structural deficiencies ... render it unlikely ...", "Although China ... might seem the obvious driver of a recovery in
# Rason, ...": what the conceded clause says only seems so, and the main clause denies it
_SEEMING = re.compile(r"\b(?:appear(?:s|ed)?|seem(?:s|ed)?|seemingly|ostensibly|on the surface)\b", re.I)


def _claim_of_another(text: str, lab: _Label, held: list, others_deed: list, markers: dict) -> bool:
    """A word of claiming or alleging holds no label of its own when what it claims is another actor's deed: every label
    after it is one the theme's actors do not own ("The New York Times went as far as to claim that China had been providing
    Russia with artillery": China's supply claimed, not North Korea's)."""
    rv = markers.get("reporting_verbs")
    if len(lab.text.split()) > 2 or not ((rv is not None and rv.search(lab.text) is not None)
                                         or _REPORTING_ING.match(lab.text) or _HOLDERS_NOUN.match(lab.text)):
        return False      # the label's words are the claiming word itself ("claim", "accused", "allegations")
    after = [x for x in others_deed if x.start >= lab.end]
    return bool(after) and not any(x.start >= lab.end for x in held if x is not lab)


def read_position(text: str, theme: Theme, markers: dict, spans: Optional[list[ContrastSpan]] = None,
                  actors: Optional[dict] = None, actor_named: bool = True) -> SentenceReading:
    """The position ``text`` takes on ``theme`` (see the module docstring for the rules).

    ``actors`` are the codebook's (:attr:`Codebook.actors`): with them, a label about another
    actor than the theme's is not held; ``actor_named`` False (the article never names the theme's
    actors, see :func:`analysis.views.actors.names_theme_actor`) means no label is held.
    """
    if theme.labeller is None:
        return SentenceReading("", "", (-1, -1), (), "", "")
    found = label_matches(text, theme)
    if not found:
        return SentenceReading("", "", (-1, -1), (), "", "")
    spans = find_spans(text) if spans is None else spans
    held, rejected, set_aside, others_deed = [], [], [], []
    for lab in found:
        if not actor_named:
            rejected.append(lab)
        elif any(_inside(s.other, lab.start, lab.end) for s in spans if s.kind == "contrast"):
            rejected.append(lab)
            set_aside.append(lab)
        elif any(_inside(s.other, lab.start, lab.end) and _SEEMING.search(text, s.other[0], s.other[1])
                 for s in spans if s.kind == "concession"):
            rejected.append(lab)      # "while X may temporarily appear to be strengthening, Y": conceded as a seeming only
        elif (rule := label_rejection(text, lab, theme, markers, actors)):
            rejected.append(lab)
            if rule == "other actor":
                others_deed.append(lab)
        else:
            held.append(lab)
    held = [lab for lab in held if not _claim_of_another(text, lab, held, others_deed, markers)]
    rejected += [lab for lab in found if lab not in held and lab not in rejected]
    rejected_labels = tuple(sorted({r.label for r in rejected} - {h.label for h in held}))
    denied = tuple(sorted({r.label for r in set_aside} - {h.label for h in held}))
    if not held:
        return SentenceReading("", "", (-1, -1), rejected_labels, "", "", denied)
    # The preferred side of a contrast decides first, then what a correction says "actually" is, then the main
    # clause of a concession.
    for kind in ("contrast", "correction", "concession"):
        for span in spans:
            if span.kind != kind:
                continue
            inside = [lab for lab in held if _inside(span.preferred, lab.start, lab.end)]
            if inside:
                chosen = min(inside, key=lambda lab: (lab.rank, lab.start))
                return SentenceReading(chosen.label, chosen.text, (chosen.start, chosen.end), rejected_labels,
                                       span.cue if kind == "contrast" else "", span.cue if kind != "contrast" else "",
                                       denied)
    conceded = [lab for lab in held
                if any(_inside(s.other, lab.start, lab.end) for s in spans if s.kind == "concession")]
    pool = [lab for lab in held if lab not in conceded] or held
    chosen = _stated_before_doubt(text, min(pool, key=lambda lab: (lab.rank, lab.start)), pool, markers)
    return SentenceReading(chosen.label, chosen.text, (chosen.start, chosen.end), rejected_labels, "", "", denied)


# a gerund after a preposition ("In exchange for providing Russia with weaponry, North Korea could seek ..."): no finite clause
# of its own, it takes the modality of the clause it hangs on
_PREPOSITION_GERUND = re.compile(r"\b(?:for|by|of|in|after|before|without|from|on|upon|through)\s+(?:[\w’'-]+\s+)?$", re.I)
# the words that report or allege: a source named at the end scopes over the whole sentence ("..., officials allege")
_REPORTING_DOUBT = re.compile(r"\b(?:alleg|accus|claim|report|say|said|according)\w*", re.I)


def _stated_before_doubt(text: str, chosen: _Label, pool: list, markers: dict) -> _Label:
    """A doubt reaches forward, not back: when ``chosen`` names a doubt ("speculative", "uncertain") by a word of possibility
    and opens a later clause than another label of ``pool`` stated before it in a finite clause, the doubt qualifies what
    follows it (a purpose, a return, a further step), not the fact already stated: "North Korea has sent 1,500 troops to
    Russia – possibly to fight inside Ukraine" states the troops sent; the earlier label is the sentence's.  Not a gerund
    after a preposition ("In exchange for providing Russia with weaponry, North Korea could seek ..."), which takes the
    modal of its main clause; not an allegation ("..., officials allege"), which scopes back over the sentence."""
    if not _names_a_doubt(chosen.label, markers) or _REPORTING_DOUBT.search(chosen.text):
        return chosen
    start = _clause_start(text, chosen.start)
    before = [lab for lab in pool if lab.end <= start and not _names_a_doubt(lab.label, markers)
              and not (re.match(r"\w+ing\b", lab.text) and _PREPOSITION_GERUND.search(text, max(0, lab.start - 40), lab.start))]
    return min(before, key=lambda lab: (lab.rank, lab.start)) if before else chosen


def label_position(text: str, *, theme: str, codebook: Optional[Codebook] = None) -> str:
    """The position label one sentence takes on ``theme``, or ``""``.

    >>> label_position("Their new bond is more likely to be a strategic alignment rather than a formal alliance.",
    ...                theme="relationship framing")
    'strategic alignment'
    """
    book = codebook or load_codebook()
    if not isinstance(text, str) or book[theme].match(text) is None:
        return ""    # the sentence is not about this theme
    return read_position(text, book[theme], book.markers, actors=book.actors).position


def read_certainty(text: str, markers: dict) -> tuple[str, str, str]:
    """``(certainty, hedges, boosters)``: hedged, asserted or boosted, with the words that made it so.

    Hedges are the package's one hedge lexicon (:func:`analysis.nlp.hedge_phrases`, the
    phrases that hedge a claim) plus the codebook's ``markers.hedges`` (a writer's own
    hedging: "would", "it remains to be seen"); boosters are ``markers.boosters``.

    >>> from analysis.views import load_codebook
    >>> read_certainty("The ties may well deepen.", load_codebook().markers)
    ('hedged', 'may', '')
    """
    found = [(m.start(), m.end()) for m in _lexicon_hedges().finditer(text)]
    found += [m.span() for m in markers["hedges"].finditer(text)]
    hedges, last_end = [], -1
    for start, end in sorted(found, key=lambda span: (span[0], -span[1])):   # the longer of two that overlap
        if start >= last_end:
            hedges.append(" ".join(text[start:end].lower().split()))
            last_end = end
    boosters = [m.group().lower() for m in markers["boosters"].finditer(text)]
    if hedges and len(hedges) >= len(boosters):
        certainty = "hedged"
    elif boosters:
        certainty = "boosted"
    else:
        certainty = "asserted"
    return certainty, ", ".join(dict.fromkeys(hedges)), ", ".join(dict.fromkeys(boosters))


@lru_cache(maxsize=1)
def _lexicon_hedges() -> re.Pattern:
    """The hedge lexicon's claim phrases as one pattern; a capitalised "May" is the month, as in
    :func:`analysis.nlp.hedge_in`."""
    phrases = sorted(nlp.hedge_phrases("claim"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(r"(?<![\w’'-])(?!May(?![A-Za-z]))(?i:" + alternatives + r")(?![\w’'-])")
