"""Whose view a sentence states: the writer's own, or a holder's it reports ("Chinese analysts argue ..."),
read from its reporting verbs, claims and quotes (split from :mod:`analysis.views.stance`)."""
from __future__ import annotations

import re
from typing import Optional

from .. import nlp
from ..nlp.mentions import is_actor_phrase
from ..text import FOOTNOTE
from .codebook import as_codebook

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
# "A section of Chinese commentators" -> "Chinese commentators" (lower case: "Group of Seven" stays)
_PARTITIVE = re.compile(r"^(?:section|segment|part|portion|number|handful|couple|majority|minority)\s+of\s+(?:the\s+)?")
_CONTENT_AFTER_COMMA = re.compile(r",\s+(?:[A-Z][\w.-]*\s+){1,4}[A-Za-z.-]*['’]s\s+[a-z].*$")
_HOLDER_LEAD = re.compile(r"^(?:the|a|an)\s+", re.I)
_FOOTNOTE_END = re.compile(FOOTNOTE.pattern + r"\s*$")
_PARTICIPLE = re.compile(r"(?:ed|said|thought|told|felt|written|wrote)$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+|also\s+|widely\s+)?$", re.I)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?$", re.I)
_HAVE_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?$", re.I)
# (not an adverbial of the saying itself: "confirmed for the first time the presence of ...", "said on Monday",
# "stated in a statement")
_REDUCED_RELATIVE_AFTER = re.compile(r"\s+(?:from|by|in|on|at|for|to|with)\b(?!\s+(?:the\s+(?:first|second|third|last)\s+time"
                                     r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                                     r"|(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|report|interview|briefing|speech)\b))", re.I)


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
    before = text[:span[0]].split()[-1:] if span else []
    if not words or words[0].lower() in _WH_WORDS or (before and before[0].lower() in _WH_WORDS):
        return None          # "countering what they perceive": an embedded clause (with "what" in the subject or before it)
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
    holder = _PARTITIVE.sub("", holder)
    # "KCNA, Kim Jong Un's decision to deploy North Korean troops": after the comma a possessed noun
    # starts what the source said, not an appositive naming the source
    holder = _CONTENT_AFTER_COMMA.sub("", holder)
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


def _within_quote(text: str, at: int) -> bool:
    """Whether ``at`` lies inside quotation marks opened earlier in the sentence (curly or straight double quotes)."""
    before = text[:at]
    curly = sum(before.count(c) for c in "“") - sum(before.count(c) for c in "”")
    return curly > 0 or before.count('"') % 2 == 1


def _read_attribution(text: str, markers: dict, overlap_holder: Optional[str], context: str,
                      pronoun_context: str) -> tuple[bool, str, bool]:
    pronoun_context = context or pronoun_context
    if any(not _within_quote(text, m.start()) for m in markers["first_person"].finditer(text)):
        # the writer's own "We expect", "in my view"; inside quotation marks they are the speaker's
        # ("'We expect Russia could try to purchase ...,' said the official"): the quote's holder reads it
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


# "As reported by Ukrinform, ...", "..., as noted by NATO's Secretary-General": the source named after "as <verb> by" holds the
# sentence as "according to" does (the participle's "by" names its agent, not a place: "reported from Kyiv" stays the writer's)
_AS_REPORTED_BY = re.compile(r"\bas\s+(?:was\s+|previously\s+|earlier\s+|first\s+)?(?:reported|stated|noted|announced|claimed"
                             r"|confirmed|revealed|disclosed)\s+by\s+", re.I)


def _attribute_by_cues(text: str, markers: dict, context: str, pronoun_context: str) -> tuple[bool, str, bool]:
    """Attribution from the sentence's own words: reporting verbs, agentless reports, footnotes."""
    if (m := _AS_REPORTED_BY.search(text)) is not None:
        span = nlp.np_after(text, m.end(), len(text), full=True)
        holder = _named_holder(text, *span) if span else ""
        if holder and holder.lower() not in _personal_pronouns():
            return True, holder, True
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
        # the holder before is not the source of a sentence that names it as its topic ("Besides, due
        # to North Korea's low economic capability, ...15" after "while North Korea uses the term ...")
        named = context and re.search(r"(?<!\w)" + re.escape(context) + r"(?!\w)", text, re.I)
        return True, ("cited source" if named else context) or "cited source", False
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
