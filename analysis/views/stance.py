"""Reading one sentence: the position it takes on a theme, how certain it is, and whose view it is."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from .. import nlp
from ..nlp.mentions import is_actor_phrase
from ..text import FOOTNOTE
from .actors import (RELATIVE_OPEN, appositive_comma, clause_without_asides, names_actor,
                     paired_with_other)
from .codebook import Codebook, Theme, as_codebook, load_codebook
from .contrast import ContrastSpan, find_spans

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
_LOCAL_AFTER = re.compile(r"\s*(?:of|with|between|among|by)\s+(?:the\s+|a\s+)?", re.I)   # not "against X", "from X": the other side
_CONDITIONAL_OPENING = re.compile(r"^[\s“\"‘']*(?:if|unless|should|were|in case|in the event)\b", re.I)
_RISK = re.compile(r"\b(?:threat|risk|danger|destabili[sz])\w*", re.I)
# what a party asks in return is what it wants, not a possibility: "only if he gets ironclad security
# guarantees", "in exchange for food" (the label follows at once)
_DEMAND = re.compile(r"\b(?:only if|provided that|on condition that)\s+(?:\S+\s+){0,3}?(?:gets?|getting|receives?|is given|"
                     r"are given|obtains?|wins?|secures?)\s+(?:[\w-]+\s+){0,3}$|\bin (?:exchange|return) for\s+(?:[\w-]+\s+){0,3}$",
                     re.I)
_ADJUNCT_BEFORE = re.compile(r"\b(?:to|amid|amidst|despite|during|since|because of|due to)\b", re.I)
_PROVISIONAL_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:yet|so far|as yet|for now|for the time being)\b", re.I)
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
    """Per label of ``theme``: whether one of its patterns is written with a negator."""
    return tuple(any(_NEGATION_IN_PATTERN.search(_LOOKAROUND_NOT.sub("", p)) for p in patterns)
                 for _, patterns in theme.positions)


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


def _is_negated(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """A negator in the label's clause, up to NEGATION_WORDS words before it ("does not necessarily
    have to be a reason for hostility", "it won't be easy to improve relations")."""
    tail = _clause_words_before(text, lab, NEGATION_WORDS)
    if tail and markers["negators"].search(tail) is not None:
        return True
    # ... or one inside a label whose pattern spans several words ("ties will not deepen"), unless
    # the label's own patterns are written with a negator ("does not influence", "no longer comply")
    words = list(re.finditer(r"\S+", lab.text))
    if len(words) < 3 or markers["negators"].search(lab.text[words[0].end():words[-1].start()]) is None:
        return False
    return not _negated_patterns(theme)[lab.rank]


def _is_hypothetical(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """A condition or possibility governs the label ("if Moscow vetoed", "would deepen", "any real
    prospect of reviving"), unless the label is itself such a word (the position is the possibility)."""
    marker = markers.get("hypothetical")
    if marker is None or marker.search(lab.text) is not None or _lexicon_hedges().search(lab.text):
        return False
    if _RISK.search(lab.text):
        return False      # a risk is a possibility by nature: "could destabilise", "could increase threats"
    if _CONDITIONAL_OPENING.match(text):
        return True       # "If they signed a treaty, the alliance would ...": the whole sentence is a condition
    if _DEMAND.search(text, max(0, lab.start - 80), lab.start):
        return False      # "willing to give up nuclear weapons, but only if he gets security guarantees": a demand
    tail = _clause_words_before(text, lab, HYPOTHETICAL_WORDS)
    return bool(tail) and marker.search(tail) is not None


def _is_provisional(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """An absence said to hold only so far ("no countermeasures yet", "no firm retaliatory measures have yet
    been announced") is a pending matter, not a position: the label is written with a negator and "yet",
    "so far" or "for now" follows it in its clause."""
    return (_NEGATION_IN_PATTERN.search(lab.text) is not None
            and _PROVISIONAL_AFTER.match(text, lab.end) is not None)


def _is_question(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """A question asks; it does not take a position."""
    return _QUESTION_END.search(text) is not None


def _is_about_other_actor(text: str, lab: _Label, markers: dict, theme: Theme, actors: dict) -> bool:
    """The label belongs to an actor the theme is not about: one named right beside it
    ("Washington's leverage", "an alliance of the US", "closer ties with NATO"), or the subject
    of its clause (found by :func:`analysis.nlp.leading_np`) names only other actors."""
    if not theme.actors or not actors:
        return False
    rv = markers.get("reporting_verbs")
    if rv is not None and (m := rv.search(lab.text)) is not None and m.start() == 0:
        return False      # "The Pentagon claims", "Moscow denies": the subject is the source of the label
    own, others = theme.actors, [a for a in actors if a not in theme.actors]
    lo = _clause_start(text, lab.start)
    reported = 0
    # "South Korean intelligence claims North Korea may send workers", "Washington condemned what it says
    # were deliveries": the clause after a reporting verb has its own subject; the source is not the actor
    for m in markers["reporting_verbs"].finditer(text):
        if lo <= m.start() and m.end() <= lab.start:
            lo = reported = m.end()
    # ... but not across a purpose or a circumstance: "trade offices across Russia to expand imports",
    # "turning to Russia amid a food shortage" (the words after "to", "amid" ... are the label's own)
    before = " ".join(text[lo:lab.start].split()[-3:])
    before = _ADJUNCT_BEFORE.split(before)[-1] if _ADJUNCT_BEFORE.search(before) else before
    after = _LOCAL_AFTER.match(text, lab.end)
    beside = [before] + ([" ".join(text[after.end():].split()[:4])] if after else [])
    for words in beside:
        if words and names_actor(words, others, actors) and not names_actor(words, own, actors):
            return True
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
    span = nlp.leading_np(text, lo, lab.start)
    if span is None:
        return False
    subject = text[span[0]:span[1]]
    if not names_actor(subject, others, actors):
        return False
    # "North Korea–China trade", "the US-ROK alliance": a pair with another actor is that pair's
    return not names_actor(subject, own, actors) or paired_with_other(subject, others, actors)


# Why a label found in a sentence is not a position the sentence holds, checked in this order.
LABEL_RULES = (
    ("question", _is_question),
    ("negated", _is_negated),
    ("provisional", _is_provisional),
    ("hypothetical", _is_hypothetical),
    ("other actor", _is_about_other_actor),
)


def label_rejection(text: str, lab: _Label, theme: Theme, markers: dict, actors: Optional[dict] = None) -> str:
    """The name of the first rule in :data:`LABEL_RULES` that rejects ``lab``, or ``""``."""
    for name, rule in LABEL_RULES:
        if rule(text, lab, markers, theme, actors or {}):
            return name
    return ""


def read_position(text: str, theme: Theme, markers: dict, spans: Optional[list[ContrastSpan]] = None,
                  actors: Optional[dict] = None, actor_named: bool = True) -> SentenceReading:
    """The position ``text`` takes on ``theme`` (see the module docstring for the rules).

    ``actors`` are the codebook's (:attr:`Codebook.actors`): with them, a label about another
    actor than the theme's is not held; ``actor_named`` False (the article never names the theme's
    actors, see :func:`analysis.views.actors.names_theme_actor`) means no label is held.
    """
    if theme.labeller is None:
        return SentenceReading("", "", (-1, -1), (), "", "")
    ignored = [m.span() for m in theme.ignorer.finditer(text)] if theme.ignorer is not None else []
    found: list[_Label] = []
    for m in theme.labeller.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in ignored):
            continue
        rank = int(m.lastgroup[1:])
        found.append(_Label(theme.positions[rank][0], rank, m.start(), m.end(), m.group()))
    if not found:
        return SentenceReading("", "", (-1, -1), (), "", "")
    spans = find_spans(text) if spans is None else spans
    held, rejected, set_aside = [], [], []
    for lab in found:
        if not actor_named:
            rejected.append(lab)
        elif any(_inside(s.other, lab.start, lab.end) for s in spans if s.kind == "contrast"):
            rejected.append(lab)
            set_aside.append(lab)
        elif label_rejection(text, lab, theme, markers, actors):
            rejected.append(lab)
        else:
            held.append(lab)
    rejected_labels = tuple(sorted({r.label for r in rejected} - {h.label for h in held}))
    denied = tuple(sorted({r.label for r in set_aside} - {h.label for h in held}))
    if not held:
        return SentenceReading("", "", (-1, -1), rejected_labels, "", "", denied)
    # The preferred side of a contrast decides first, then the main clause of a concession.
    for kind in ("contrast", "concession"):
        for span in spans:
            if span.kind != kind:
                continue
            inside = [lab for lab in held if _inside(span.preferred, lab.start, lab.end)]
            if inside:
                chosen = min(inside, key=lambda lab: (lab.rank, lab.start))
                return SentenceReading(chosen.label, chosen.text, (chosen.start, chosen.end), rejected_labels,
                                       span.cue if kind == "contrast" else "", span.cue if kind == "concession" else "",
                                       denied)
    conceded = [lab for lab in held
                if any(_inside(s.other, lab.start, lab.end) for s in spans if s.kind == "concession")]
    pool = [lab for lab in held if lab not in conceded] or held
    chosen = min(pool, key=lambda lab: (lab.rank, lab.start))
    return SentenceReading(chosen.label, chosen.text, (chosen.start, chosen.end), rejected_labels, "", "", denied)


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


_SUBJECT_SKIP = frozenset("""
have has had been is are was were being also however further repeatedly recently openly long often
again already now still too generally widely publicly previously earlier once even all both largely
mostly increasingly reportedly
""".split())
_SUBJECT_STOP = frozenset("""
that which who whom whose whereas while although though because since if when as but so then thus
hence meanwhile moreover furthermore however where is are was were be been being will would can could
may might should must do does did to not why how what
""".split())
_DETERMINERS = frozenset("a an the this that these those its their his her our such any no every each".split())
# A preposition before the cue word makes it a noun ("Of note", "in a report").
_PREPOSITIONS = frozenset("of in on at for with by from about into to under than".split())
_LEADING_FILLER = re.compile(r"^(?:(?:as|the|a|an|and|but|so|while|whereas)\s+)+", re.I)
_WH_WORDS = frozenset("what which who whom whose".split())
_NOUNABLE_CUES = re.compile(r"^(?:claims?|reports?|notes?|calls?|estimates?|questions?|flags?|hints?|stress|feel)$", re.I)
# "Kim Jong-un last month", "the ministry on Tuesday": when, not who
_TRAILING_TIME = re.compile(r"(?:\s+(?:on\s+)?(?:last|this|next|early|late)?\s*(?:week|month|year|Monday|Tuesday|Wednesday|Thursday"
                            r"|Friday|Saturday|Sunday|weekend|yesterday|today|recently|earlier|previously))+$", re.I)
_NOT_A_HOLDER_START = re.compile(r"^(?:according\s+to\b|[a-z]+(?:ed|ing)\s+(?:by|with|in|on|at|from|to)\b)", re.I)
_HOLDER_LEAD = re.compile(r"^(?:the|a|an)\s+", re.I)
_FOOTNOTE_END = re.compile(FOOTNOTE.pattern + r"\s*$")
_PARTICIPLE = re.compile(r"(?:ed|said|thought|told|felt|written|wrote)$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+|also\s+|widely\s+)?$", re.I)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?$", re.I)
_HAVE_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?$", re.I)
_REDUCED_RELATIVE_AFTER = re.compile(r"\s+(?:from|by|in|on|at|for|to|with)\b", re.I)


def _cue_is_noun(text: str, cue_start: int) -> bool:
    """True when the cue word is a noun here: a determiner or preposition just before it
    ("the report", "Of note"), adverbs and auxiliaries skipped."""
    tokens = [tok.text for tok in nlp.tokens(text, max(0, cue_start - 240), cue_start)]
    i = len(tokens) - 1
    while i >= 0 and (tokens[i].lower() in _SUBJECT_SKIP or (tokens[i].endswith("ly") and tokens[i].islower())):
        i -= 1
    return i < 0 or tokens[i].lower() in _DETERMINERS or tokens[i].lower() in _PREPOSITIONS


def _subject_of_cue(text: str, cue_start: int, cue: str) -> Optional[tuple[str, str]]:
    """The subject of a reporting verb, as ``(kind, holder)``; kind is name, pronoun or first.

    The subject is found by the package's one subject finder (:func:`analysis.nlp.subject_before`);
    None when the cue word is a noun here or the clause has no usable subject.
    """
    if _cue_is_noun(text, cue_start):
        return None
    span = nlp.subject_before(text, 0, cue_start)
    words = text[span[0]:span[1]].split() if span else []
    if not words or words[0].lower() in _WH_WORDS:
        return None          # "countering what they perceive": an embedded clause
    if any(w.lower() in nlp.pronouns(kinds=("self",)) and w != "US" for w in words):
        return ("first", "")
    head = words[-1].lower()
    if head in _personal_pronouns():
        return ("pronoun", words[-1])
    if head in ("this", "there", "one") or not any(len(w) > 1 and w[0].isalpha() for w in words):
        return None
    if _NOUNABLE_CUES.match(cue) and any(w.islower() and w.endswith("ed") for w in words):
        return None          # "supported the North Korean claim": a clause, not a subject
    holder = _named_holder(text, *span)
    # "with Russia", "two countries": words before the verb that cannot name a person or a body
    return ("name", holder) if holder and is_actor_phrase(holder) else None


def _personal_pronouns() -> frozenset[str]:
    """He, she, they, it... as subject or object: a holder that stands for one named before."""
    return nlp.pronouns(kinds=("person-m", "person-f", "person", "group", "thing"), cases=("subject", "object"))


def _tidy_holder(holder: str) -> str:
    """ "As the Russian diplomat" -> "Russian diplomat"; "" when it cannot be a holder ("fair to", "Of")."""
    holder = _LEADING_FILLER.sub("", " ".join(str(holder).split())).strip(" ,;:")
    holder = _TRAILING_TIME.sub("", holder).strip(" ,;:")
    if _NOT_A_HOLDER_START.match(holder):
        return ""        # "joined by her counterparts from Japan", "According to the KCNA report Kim": a phrase, not who
    words = holder.split()
    if not words or words[-1].lower() in _PREPOSITIONS | _DETERMINERS | _SUBJECT_STOP:
        return ""
    if not any(len(w) > 1 and w[0].isalpha() for w in words):
        return ""
    return holder


def _clause_subject(text: str, cue_start: int) -> str:
    """The subject opening the clause of a participle (", asserting that ..."), as a holder, or ""."""
    span = nlp.leading_np(text, 0, cue_start)
    if span is None or text[span[0]:span[1]].split()[-1].lower() in _personal_pronouns() | {"this", "there"}:
        return ""
    return _tidy_holder(text[span[0]:span[1]])


def _named_holder(text: str, start: int, end: int) -> str:
    """The holder in ``text[start:end]``: the name when an appositive gives one
    ("The head of the department, Pyotr Ilyichev"), without a leading article."""
    comma = text.rfind(",", start, end)
    if comma > 0 and nlp.has_name(nlp.tokens(text, comma + 1, end)):
        start = comma + 1
    return _HOLDER_LEAD.sub("", _tidy_holder(text[start:end]))


def attribute_sentence(text: str, *, context: str = "", codebook=None) -> tuple[bool, str]:
    """``(attributed, holder)`` for one sentence read on its own (no claims or quotes table).

    ``context`` is the holder named earlier in the paragraph, for "They note that ...".

    >>> attribute_sentence("Chinese analysts argue that the ties will not last.")
    (True, 'Chinese analysts')
    >>> attribute_sentence("I think the ties will last.")
    (False, '')
    """
    book = as_codebook(codebook)
    attributed, holder, _ = read_attribution(text if isinstance(text, str) else "", book.markers, None, context)
    return attributed, holder if attributed else ""


# A text that provides rather than holds a view: "the accord calls on each side to ...", "according to a
# decree published on Saturday" state what the text says, which the writer relays as fact.
_DOCUMENT_HOLDER = re.compile(r"^(?:(?:the|a|an|this|that|its|their|new|bilateral|[A-Z][\w.-]*)\s+)*"
                              r"(?:treaty|accord|pact|decree|law|agreement|charter|constitution|resolution|provision"
                              r"|clause)(?:\s+(?:published|issued|signed|adopted|ratified)\b.*)?$", re.I)

_ACCORDING_TO_DOCUMENT = re.compile(r"\baccording to (?:the |a |an |its |their )?(?:[\w-]+\s+){0,2}?(?:treaty|accord|pact"
                                    r"|decree|law|agreement|charter|constitution|resolution)\b", re.I)


def read_attribution(text: str, markers: dict, overlap_holder: Optional[str], context: str,
               pronoun_context: str = "") -> tuple[bool, str, bool]:
    """``(attributed, holder, explicit)`` for one sentence; explicit holders become context.

    ``context`` is the last holder named in this paragraph; a pronoun ("They note") may also
    reach back to the previous paragraph's (``pronoun_context``).  A treaty, decree or law as the
    holder ("The accord calls on each side to ...") is no one's view: the sentence is the writer's.
    """
    attributed, holder, explicit = _read_attribution(text, markers, overlap_holder, context, pronoun_context)
    if attributed and (_DOCUMENT_HOLDER.match(holder.strip()) or (
            holder in ("", "unnamed source") and _ACCORDING_TO_DOCUMENT.search(text))):
        return False, "", False
    return attributed, holder, explicit


def _read_attribution(text: str, markers: dict, overlap_holder: Optional[str], context: str,
                      pronoun_context: str) -> tuple[bool, str, bool]:
    pronoun_context = context or pronoun_context
    if markers["first_person"].search(text):
        return False, "", False
    if overlap_holder is not None:
        # A claim or spoken quote: trust its holder when it reads like one.
        if overlap_holder.strip() in ("I", "we", "We", "the author"):
            return False, "", False
        holder = _tidy_holder(overlap_holder)
        if holder.lower() in _personal_pronouns():
            return True, pronoun_context or holder, False
        if holder:
            return True, holder, True
        found, holder, explicit = _attribute_by_cues(text, markers, context, pronoun_context)
        if not overlap_holder.strip() or _NOT_A_HOLDER_START.match(overlap_holder.strip()):
            # A claim without a source (or with a phrase for one: "joined by her counterparts") is
            # still reported; look for its holder in the sentence.
            return True, (holder if found and holder else context or "unnamed source"), explicit and found
        return found, holder, explicit   # the extractor's holder is not a noun phrase: our reading stands
    return _attribute_by_cues(text, markers, context, pronoun_context)


def _attribute_by_cues(text: str, markers: dict, context: str, pronoun_context: str) -> tuple[bool, str, bool]:
    """Attribution from the sentence's own words: reporting verbs, agentless reports, footnotes."""
    for m in markers["reporting_verbs"].finditer(text):
        found = _read_reporting_verb(text, m, context, pronoun_context)
        if found is not None:
            return found
    for m in markers["passive_reporting"].finditer(text):
        if not m.group().lower().startswith("according to"):
            return True, context or "unnamed source", False      # "it is argued that", "there are concerns"
        span = nlp.np_after(text, m.end(), len(text), full=True)
        if span:
            verb = markers["reporting_verbs"].search(text[:span[1]], span[0])
            span = (span[0], verb.start()) if verb and verb.start() > span[0] else span
        holder = _named_holder(text, *span) if span else ""
        if not holder or holder.lower() in _personal_pronouns():
            return True, pronoun_context or holder or "unnamed source", False
        return True, holder, True
    if _FOOTNOTE_END.search(text):
        return True, context or "cited source", False
    return False, "", False


def _names_rather_than_reports(text: str, m) -> bool:
    """ "a site called DPRK Today": "called" before a capitalised name names, it does not report."""
    return m.group().lower() in ("call", "calls", "called") and text[m.end():m.end() + 3].lstrip()[:1].isupper()


def _read_reporting_verb(text: str, m, context: str, pronoun_context: str) -> Optional[tuple[bool, str, bool]]:
    """``(attributed, holder, explicit)`` from one reporting verb, or None when it does not report here."""
    cue = m.group()
    if _names_rather_than_reports(text, m):
        return None
    if cue.lower().endswith("ing"):
        before = text[max(0, m.start() - 12):m.start()].rstrip()
        if before.endswith(","):
            # ", asserting that ...": the participle's subject is the sentence's.
            holder = _clause_subject(text, m.start())
            return (True, holder, True) if holder else None
        if not _BE_BEFORE.search(before + " "):
            return None      # "with the aim of asserting": not a report
    before = text[max(0, m.start() - 30):m.start()]
    if _PASSIVE_BEFORE.search(before) and _PARTICIPLE.search(cue):
        # "is argued to", "is perceived as": agentless, the subject is not the holder.
        return True, context or "unnamed source", False
    if _PARTICIPLE.search(cue) and _REDUCED_RELATIVE_AFTER.match(text, m.end()) and not _HAVE_BEFORE.search(before):
        return None          # "the threat perceived from ...": a participle modifying a noun
    subject = _subject_of_cue(text, m.start(), cue)
    if subject is None:
        return None
    kind, holder = subject
    if kind == "first":
        return False, "", False
    if kind == "pronoun":
        return True, pronoun_context or holder, False
    return True, holder, True
