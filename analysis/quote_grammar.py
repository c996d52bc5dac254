"""The grammar of one quote's attribution: the cue and the speaker after the quote or before it in its sentence.

:func:`_post_attribution` reads ``"...," said X`` / ``"...," X said`` / ``"..." ― X`` right after a quote;
:func:`_pre_attribution` reads ``X said: "..."``, ``X called the move "reckless"``, ``According to X, "..."``
and a colon line before it; :mod:`analysis.quote_goodwill` the subject of a verb of goodwill whose object
holds a short quote ('offered his "full support"').  :func:`_is_speech_cue` tells whether an attribution
makes a quote speech.  :mod:`analysis.quote_placement` chooses among these per quote span, and
:mod:`analysis.quotes` resolves the speakers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .nlp import (Cue, has_name, is_pronoun, iter_cues, leading_np, np_after, pronouns, reporting_nouns,
                  speaker_before_cue, subject_before, tokens)
from .nlp.cues import reporting_verbs
from .nlp.mentions import actor_words, clean_mention, is_description
from .quote_nested import outer_speaks
from .quote_subjects import act_holder, noun_after_participle
from .claim_content import actor_head
from .nlp.subjects import closed_apposition, name_before_appositions, opens_as_name, participle_clause_subject
from .nlp.leading import subordinate_subject

# A scare quote is a short noun phrase; longer or sentence-like quotes are speech.
SCARE_MAX_WORDS = 4
# How far (in words) a cue may stand before a short partial quote and still introduce it.
PARTIAL_CUE_WINDOW = 14
# ... and how far when the quote sits in the cue's "that" clause (a speech verb's reported words).
REPORTED_CLAUSE_WINDOW = 35
# How far around a quote its attribution is looked for; bounds the work in run-on text.
CONTEXT_CHARS = 1500

_LEAD_PUNCT = re.compile(r"[\s,;:]*")
_DASH = re.compile(r"\s*(?:―|—|–|--)\s*")
_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
_NOUN_CUE = re.compile(r"\b([a-z]+)\b")
_BY_AGENT = re.compile(r"\bby\s+")
# Past participles that characterise the noun before them ('the plan, called "reckless" by ...').
_CHARACTERISING_PARTICIPLES = frozenset("called described dubbed labelled labeled termed branded deemed".split())
# ... with no object between it and the quote ('called "..."', 'described as "..."', 'described by officials as "..."'),
# unlike the active verb ('The minister called the plan "..."').
# A common noun and a comma right before it, and no relative word whose subject the verb could have ('The plan,
# called'; not 'which Apple's chief executive, Tim Cook, called' nor 'what the minister, a general, called').
_NAMED_THING_BEFORE = re.compile(r"^(?!.*\b(?:which|that|what|who|whom)\b)(?:.*\s)?[a-z][\w’'-]*,$", re.S)
_BY_AFTER_QUOTE = re.compile(r"[“\"‘'][^“”\"\n]{1,200}[”\"’']\s*,?\s*by\s")
_NAMING_GAP = re.compile(r"\s*(?:by\s+[^,;:“”\"]{1,60}?\s+)?(?:as\s*)?[“\"‘']?\s*")
_HANDOVER_INSIDE = re.compile(r"[,?!—–…-]\s*[”\"’']{1,2}\s*$")
_THAT_AFTER = re.compile(r"\s+that\b")
# ... also after a time adverbial ('The court ruled on Tuesday that "..."', 'decided last week that').
_TIMED_THAT_AFTER = re.compile(r"\s+(?:(?:on|last|this|early|late|earlier|later)\s+(?:[A-Z][a-z]+|week|month|year|day|night|"
                               r"morning|evening)\s+|(?:yesterday|today|unanimously|formally)\s+)?that\b")
_PREP_BEFORE = re.compile(r"\b(?:despite|after|before|by|without|while|when|in|on|instead of|besides)$", re.I)
_COMMA_OR_COLON = re.compile(r"[,:;]")
_HANDOVER_AFTER = re.compile(r"\s*(?:[,—–―]|--)")
# ... or, with no mark, a name (or he/she), an apposition and a verb of saying that close the sentence: '“...” Ivan
# Sokolov, a former envoy, tells me.', '“...” she told Reuters.'
_BARE_HANDOVER = re.compile(r"\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*[a-z]|he|she)(?:\s*,\s*[^,.;:!?“”\"]{2,80},)?"
                            r"\s+(said|says|tells|told|adds|added|writes|wrote)(?:\s+(?:me|us|reporters|"
                            r"(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))?\s*\.")
# ... or, after a mark inside the quote ('," ', '?" '), a name (or he/she/they) and any verb in the past closing the
# sentence, with at most a short phrase after it: '"...," he howled at the general.', '"...?" Kirby summarized.'
_MANNER_HANDOVER = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*[a-z][\w’'-]*|he|she|they)\s+"
                              r"(?:(?:then|later|also|finally)\s+)?([a-z]{3,}ed)"
                              r"(?:\s+(?:at|to|in|on|into|from|during|after|before|as|with|over)\s[^.;:!?“”\"\n]{1,60})?\s*[.!](?=\s|$)")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:[a-z]+ly\s+)?$")
# ... but a person's name, a comma and "who" open a relative clause set off by commas: what it says, that person said.
_NAMED_WHO = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*[a-z][\w’'-]*)"
                        r"(?:\s*,\s+(?-i:[DRI])-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"   # "Ted Cruz, R-Texas, who"
                        r"(?:\s+(?:earlier|later|last|this)\s+(?:this\s+|last\s+)?(?:week|month|year|weekend|morning|"
                        r"afternoon|evening)|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"   # (a time: "Yoon
                        r"\s*,\s+who\s+"                                                  # Suk-yeol earlier this week, who")
                        r"(?:(?:also|later|then|previously|earlier|recently|has|had|have)\s+){0,2}(?:[a-z]+ly\s+)?$")
# The subject of a clause reported with no "that" ('warns North Korea threatens'): a name of one to four words.
_BARE_CLAUSE_SUBJECT = re.compile(r"\s+(?:that\s+)?(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}")
_TIME_CLAUSE = re.compile(r"\b(?:after|before|when|once|as soon as|until|while)\s+(?:the|a|an|its|his|her|their)\b")
# 'Kim said in a speech quoted by KCNA:': a cue in a participle after the speech noun of an earlier verb's phrase.
_CARRIED_BY = re.compile(r"\s+(?:in|during|at|on|via)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:(?!(?:was|were|is|are|been|being|has|have|had)\b)[\w’'-]+\s+){1,3}")
# ... also a name after "the" or a lower-case title ('cited the FSB as saying', 'quoted presidential aide Yury
# Ushakov as saying'), or a description ('quoted a government official as saying').
# ... or any phrase of up to six words with no clause mark ('quoted Kathmandu district office spokesperson Muktiram
# Rijal as saying', "Putin's spokesman", 'the Federal Security Service (FSB)'): the one quoted, never the outlet.
_QUOTED_ONE = r"(?:[\w’'().-]+\s+){0,5}?[\w’'().-]*[\w)]"
_AS_SAYING = re.compile(r"\s+((?:the\s+)?(?:[a-z]+\s+){0,2}(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|"
                        r"(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*|him|her|them|" + _QUOTED_ONE + r")"
                        r"(?:,\s+[^,;“”\"‘.]{1,60}?,)?"     # its apposition: 'cited Ann Lee, the union head, as telling'
                        r"\s+as\s+(?:saying|stating|telling|writing)\b")
_AS_SAYING_AFTER = re.compile(r"\s+as\s+(?:saying|stating|telling|writing)\b")
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;]|$)")
# A cue right before the quote ('Lin Jian remarked, "..."'): it introduces the quote, even when an
# outlet's attribution follows ('..." Caliber.Az reports citing Russian media').
_CUE_OPENS_QUOTE = re.compile(r"[,:]\s*$")
# "'We will respond': Seoul warns Pyongyang": a quote opening a headline, its speaker after the colon.
_HEADLINE_COLON = re.compile(r"\s*:\s*(?=[A-Z])")
_TRAILING_DASH = re.compile(r"\s(?:--|—|―)\s*$")
# "footage of Trump saying", "a video showing Clinton telling", "with Kim adding": the one named speaks.
# 'with association president Hildegard Müller warning': a role title in lower case may precede the name.
_OF_SOMEONE = re.compile(r"\b(?:of|with|showing|shows|showed)\s+((?:(?:[a-z]+\s+){0,2}(?:[A-Z][\w’'.-]*\s+){0,3})?"
                         r"[A-Z][\w’'.-]*|him|her|them)\s+$")
# An absolute construction after the main clause: ", with the North Korean leader saying ...": the noun phrase
# after "with" is the participle's subject, not the main clause's.
# Words carried on an inscription ('opposition MPs carrying signs saying "This is war"', 'Demonstrators held ...
# placards reading "No to amnesty"'): the one who carries it says them, not the clause the carrier hangs on. Group 1
# is the carrying verb; the carrier is the noun phrase before it (after the last preposition: 'with opposition MPs').
_INSCRIPTION = re.compile(r"\s(carrying|holding|waving|bearing|brandishing|raising|held|carried|waved|bore|brandished|"
                          r"raised)\s+(?:[^.;:!?“”\"]{0,60}?\s)?(?:signs?|banners?|placards?|posters?|boards?|"
                          r"T-shirts?|flags?)\s*,?\s*(?:that\s+|which\s+)?$")
# A name opening a clause of its own (after a conjunction) and set off by a comma from a prepositional participle
# aside ('while Putin, without using the term'): that name is the participle's subject.
_NAME_BEFORE_ASIDE = re.compile(r"\b(?:while|whereas|but|and|although|though|as|when)\s+((?:[A-Z][\w’'.-]*\s+){0,3}"
                                r"[A-Z][\w’'-]*[a-z]),\s*(?:without|despite|after|before|by|instead\s+of)$")
_INSCRIPTION_CUES = frozenset("saying reading read reads".split())
_WITH_ABSOLUTE = re.compile(r",\s+with\s+(?:the|his|her|its|their|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,5}\s+$")
_QUOTED_AS = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|"
                        r"(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|" + _QUOTED_ONE + r")\s+(?:as\s+(?:saying|stating|telling|writing)|"
                        r"in\s+(?:confirming|announcing|saying|stating|reporting))\b")
# The one quoted, before a passive relay with its outlet: "Putin was quoted by Russian state media as saying".
_QUOTED_BY_AS = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|[Hh]e|[Ss]he)\s+(?:was|is|has\s+been|had\s+been)\s+"
                           r"quoted\s+by\s+[^,.;:“”\"]{1,80}?\s+as\s+(?:saying|stating|telling|writing)\b")
_CLAUSE_OPENER = re.compile(r"(?:\b(?:while|whereas|although|though|but|as|when|and)|;)\s*$", re.I)
_CONJOINED_BEFORE = re.compile(r"\b(?:and|but)\s+(?:(?:also|later|then|[a-z]+ly)\s+)?$")
_QUOTE_MARK = re.compile(r"[“”\"‘’«»]|''|``")
# The main subject reports a clause whose own subject is a name ('The Kremlin said Putin thanked Kim ... and told
# him ...'): a verb conjoined inside that clause is the named one's (nested reporting; the inner speaker speaks).
_INNER_SUBJECT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:said|says|reported|announced|stated)\s+(?:that\s+)?"
                            r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?:(?:had|has|have|was|were)\s+)?(?:[a-z]+ly\s+)?"
                            r"[a-z]+(?:ed|s)\b")
# Verbs that give a name; right before the quote, with a noun before them, they name a thing.
_NAMING = {"label", "dub", "brand", "term", "title", "name"}
_SUBJECT_BEFORE_NAMING = re.compile(r"(?:\b(?:he|she|they|it|we|I|who|which|has|have|had|was|were)|[A-Z][\w’'.-]*)\s+$")
# A stance verb whose object is the quote ('North Korea blamed the "hegemonic policy"', 'welcomed Seoul's
# "bold step"'): the quoted words are the subject's. Not "questioned"/"discussed", whose object is
# somebody else's term.
_QUOTE_AS_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|this|that|these|those|our)\s+|"
                              r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s?\s+)?")
# A cue word right before a finite "was", "are" ... after a determiner or right after another cue is a noun, the
# subject ('The group said demand was "weak"'); after its own subject it is a verb ('that he claimed were "phony"').
_NOUN_SUBJECT = re.compile(r"\s+(?:is|was|are|were|has|have|had|will|would)\b")
_DETERMINER_LAST = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that|these|those|some|any|no)\s+$", re.I)


def _noun_subject(text: str, cue: Cue, before: Optional[Cue], lo: int, hi: int) -> bool:
    if cue.participle or cue.passive or cue.lemma == "according to" or not _NOUN_SUBJECT.match(text, cue.end, hi):
        return False
    return before is not None and not text[before.end:cue.start].strip() \
        or _DETERMINER_LAST.search(text, max(lo, cue.start - 8), cue.start) is not None


# A cue of persons only (lexicon role p) as an infinitive or participle has no subject of its own to check:
# 'The KCNA said Kim and Putin held talks to promote "..."' is the KCNA's report.
_TO_BEFORE = re.compile(r"\bto\s+(?:[a-z]+ly\s+)?$")   # (an adverb between: "ready to jointly promote")
_NOT_QUOTING = {"question", "discuss"}
# '... dismissed reports about X as "fake news"', 'blamed sanctions for the "complete stop"': the stance verb's
# judgement, when 'as' / 'for' opens the quoted object (no sentence break between the verb and the quote).
_AS_FOR_QUOTE = re.compile(r"[^.;:!?\"“”]{0,120}\s(?:as|for)\s+(?:(?:the|a|an|its|his|her|their)\s+)?$")
# 'blamed the Ukraine crisis on the "hegemonic policy" of the U.S.': blame names its cause after 'on'.
# (not 'are to blame for focusing on "...": the 'on' of another verb)
_BLAME_ON_QUOTE = re.compile(r"(?:(?!\s(?:for|that|to)\s)[^.;:!?\"“”]){0,120}\s(?:on|upon)\s+(?:(?:the|a|an|its|his|her|their)\s+)?$")


def _as_for(text: str, cue: Cue, hi: int) -> bool:
    """Whether the quote at ``hi`` is the object of the cue's 'as' / 'for' (or blame's 'on') phrase."""
    return _AS_FOR_QUOTE.match(text, cue.end, hi) is not None or \
        cue.lemma == "blame" and _BLAME_ON_QUOTE.match(text, cue.end, hi) is not None


# A naming verb's object before the quoted name: 'calling the reports "rumors."', 'called Guyana’s request “...”'.
_NAMING_VERBS = frozenset({"call", "dub", "brand", "label", "term"})
_NAMED_OBJECT = re.compile(r"\s+(?:[\w’'-]+\s+){1,4}")
# The cue is the object of the verb before it ('dismissed reports about ...'): that verb is the cue.
_OBJECT_GAP = re.compile(r"\s+(?:(?:the|these|those|such|all)\s+)?")
# 'X, which had denounced ..., condemned': the main subject before a relative clause.
# (after a role set off by commas: 'Jeroen Dijsselbloem, leader of the Eurogroup, who had warned ..., termed')
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:(?:an?\s+|the\s+)?[a-z][\w’'-]*(?:\s+[\w’'-]+){0,8}\s*,\s*)?(?:which|who)\b[^.;:!?]*,"
                             r"\s*(?:(?:also|then|later|[a-z]+ly)\s+)?")



# A verb of saying ending a colon's label ('X states:'), which the cue lexicon reads as a noun elsewhere.
_VERB_BEFORE_COLON = re.compile(r"\s+(?:states|stated|says|said|writes|wrote|reads|notes|noted|declares|declared|"
                                r"adds|added)\s*$")


@dataclass
class _Attribution:
    speaker: str = ""
    speaker_pos: int = -1     # where the speaker was found (for pronoun resolution)
    cue: str = ""
    roles: str = ""
    how: str = ""             # post / post-open / pre / colon / passive / noun / participle
    cue_words_before: int = 0  # words between the cue and the quote (pre-quote cues)
    reported_clause: bool = False  # the quote sits in the cue's "that" clause ('said ... and that X do "..."')
    as_object: bool = False   # 'blamed X for the "..."', 'dismissed X as "..."': the quote is the verb's judgement
    long_reach: bool = False  # a speech verb opening its clause with a named or described speaker ('The agency said ...')


def _span_text(text: str, span: Optional[tuple[int, int]]) -> str:
    if not span:
        return ""
    return text[span[0]:span[1]].strip().rstrip(",")


# A document whose words "run" ('"...," the message runs.', 'the telegram ran'): "run" is no cue elsewhere.
_DOCUMENT_RUNS = re.compile(r"((?:the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:message|statement|letter|text|"
                            r"telegram|note|communiqu[eé]))\s+(runs|ran)(?=\s*[.,;])")


# A document that "reads" the quoted words, inverted after the quote, its issuer after "by" or "from": '"...," reads
# the statement by the high representative' ("read" is no cue elsewhere: 'read the report').
_DOCUMENT_READS_BY = re.compile(r"(reads?)\s+(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:statement|message|"
                                r"letter|text|note|communiqu[eé]|declaration|post)\s+(?:issued\s+)?(?:by|from)\s+")


_ISSUER_LIST = re.compile(r"[^.;:!?“”\"\n]*[A-Z][\w’'.-]*[\w’']")
# What may not join the issuers of a list after the first ('Norway, Chile and Kenya, as well as Peru', 'France and the
# US, non-permanent members Malta'): a preposition or a relative word ('Ann Lee to President Bo Chen' names an addressee,
# 'the ministry in Oslo on Friday' a place and a time, 'Ann Lee, who met Bo Chen' a clause).
_NOT_IN_LIST = frozenset("to in on at for with from by about over under after before during since via into against "
                         "toward towards who which that whose".split())


def _joins_issuers(ext: str) -> bool:
    """Whether ``ext``, the text after the first issuer, adds more issuers of a list (", Chile and Kenya")."""
    words = re.findall(r"[\w’'.-]+", ext)
    return bool(words) and (ext.lstrip()[:1] == "," or words[0] in ("and", "or", "as", "plus")) and \
        not any(w in _NOT_IN_LIST for w in words)


# A clause of time or manner opening the sentence before the quote ('As the crowd chanted "...," X smiled'): the
# quote belongs to that clause's verb, and the main clause after it is no hand-over.
_OPENING_CLAUSE = re.compile(r"\s*(?:As|When|While|Whenever|After|Before|Once|Until|Since|Because|If)\s")


def _manner_refused(text: str, left: tuple[int, int], quote: str) -> bool:
    """Whether the words before the quote in its sentence (``left``) or the quote itself refuse the manner
    hand-over: a cue before the quote ('As the crowd chanted “...,”'), an opening clause of time or manner, or a
    short title in Title Case after a noun ('The movie “Titanic,” James Cameron directed')."""
    lo, hi = left
    if hi > lo and (_OPENING_CLAUSE.match(text, lo, hi) or next(iter_cues(text, lo, hi), None) is not None):
        return True
    words = _WORD.findall(quote)
    titled = 1 <= len(words) <= 5 and words[0][:1].isupper() and \
        all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in words)
    return titled and (_title_case(quote) or bool(text[lo:hi].strip(" \n\"“‘'")))


def _post_attribution(text: str, lo: int, hi: int, opens_line: bool = False, left: tuple[int, int] = (0, 0),
                      quote: str = "") -> Optional[_Attribution]:
    """``"...," said X`` / ``"...," X said`` / ``"..." ― X`` in ``text[lo:hi]`` (just after a quote); after a
    quote opening its line, also a headline's ``"...": X warns``. ``left`` is the span of the sentence before the
    quote and ``quote`` its words (for the manner hand-over)."""
    if hi <= lo:
        return None
    # The quote must hand over to its attribution: '"...," said X', '"...?" X asked', '"..." ― X'.
    if not (_HANDOVER_INSIDE.search(text, max(0, lo - 3), lo) or _HANDOVER_AFTER.match(text, lo, hi)
            or opens_line and _HEADLINE_COLON.match(text, lo, hi)):
        bare = _BARE_HANDOVER.match(text, lo, hi)
        if bare and not text[bare.end():hi].strip():
            # '“...” Ivan Sokolov, a former envoy, tells me.': a name (and its apposition) and a verb of saying
            # closing the sentence right after the quote hand over with no comma
            return _Attribution(bare.group(1), bare.start(1), bare.group(2), "qcs", "post")
        return None
    if opens_line and _HEADLINE_COLON.match(text, lo, hi):
        lo = _HEADLINE_COLON.match(text, lo, hi).end()
    dash = _DASH.match(text, lo, hi)
    if dash and dash.end() > lo:
        # '"..." ― Beck Pimentel' (a signed quote): the name must end the sentence.
        sp = np_after(text, dash.end(), hi)
        if sp and text[sp[0]].isupper() and not text[sp[1]:hi].strip(" .,\n"):
            return _Attribution(_span_text(text, sp), sp[0], dash.group().strip(), "s", "post")
    pos = _LEAD_PUNCT.match(text, lo, hi).end()
    first_cue = next(iter_cues(text, dash.end(), min(hi, dash.end() + 40)), None) if dash and dash.end() > pos else None
    if first_cue is not None and first_cue.start == dash.end():
        pos = dash.end()           # '"..." –wrote Ann Lee in a post': a dash right before the cue hands over
    manner = _MANNER_HANDOVER.match(text, pos, hi) if _HANDOVER_INSIDE.search(text, max(0, lo - 3), lo) else None
    if manner and not any(True for _ in iter_cues(text, manner.start(2), manner.end(2))) and \
            not _manner_refused(text, left, quote):
        # '"..., It's an order," he howled at Zuniga.', '"...," Kirby summarized.': the quote's own mark hands over
        # to a subject and a verb closing the sentence, so the verb reports the words whatever its manner
        return _Attribution(manner.group(1), manner.start(1), manner.group(2), "qcs", "post")
    reads = _DOCUMENT_READS_BY.match(text, pos, hi)
    if reads and (sp := np_after(text, reads.end(), hi)):
        # '"...," read the joint statement by Ann Lee and Bo Chen': the document's issuers named after "by", all of
        # a list closing the sentence ('by members Britain, France and the US, as well as Japan')
        end = _ISSUER_LIST.match(text, reads.end(), min(hi, reads.end() + 200))
        if end and end.end() > sp[1] and _CLAUSE_CLOSE.match(text, end.end()) and \
                _joins_issuers(text[sp[1]:end.end()]):
            sp = (sp[0], end.end())
        return _Attribution(_span_text(text, sp), sp[0], reads.group(1), "qs", "post")
    runs = _DOCUMENT_RUNS.match(text, pos, hi)
    if runs:
        # '"...," the message runs.': the document's words (its sender is found for it).
        return _Attribution(runs.group(1), runs.start(1), runs.group(2), "qs", "post")
    for cue in iter_cues(text, pos, min(hi, pos + 250)):
        if cue.lemma == "according to":
            sp = np_after(text, cue.end, hi)
            return _Attribution(_span_text(text, sp), sp[0] if sp else -1, "according to", cue.roles, "post")
        gap = text[pos:cue.start]
        if not gap.strip():
            if not set(cue.roles) & {"q", "s", "e"}:
                sp = np_after(text, cue.end, hi) if cue.word.endswith("ed") and " " not in cue.word \
                    and _HANDOVER_INSIDE.search(text, max(0, lo - 3), lo) else None
                if sp and has_name(tokens(text, sp[0], sp[1])) and _CLAUSE_CLOSE.match(text, sp[1]):
                    # '"We hold that ...," ruled Judge President Healey Potani.': the quote's own comma hands over to
                    # a verb in the past and a name closing the sentence, so the named one says the words
                    return _Attribution(_span_text(text, sp), sp[0], cue.word, cue.roles, "post")
                return None            # '"Arrogant," shows Trump': a verb of evidence, not '"...," said X'
            # (an -ing form's noun phrase is its object, never the speaker: '"...," promising unspecified
            # assistance'; the sentence's subject speaks)
            sp = None if cue.participle else np_after(text, cue.end, hi)
            if sp:
                return _Attribution(_span_text(text, sp), sp[0], cue.word, cue.roles, "post")
            return _Attribution("", -1, cue.word, cue.roles, "participle" if cue.participle else "post-open")
        if cue.passive and cue.lemma in ("quote", "cite") and _AS_SAYING_AFTER.match(text, cue.end, hi):
            # '"...," Kim was quoted as saying in the letter': the one quoted speaks.
            sp = speaker_before_cue(text, pos, cue.start)
            return _Attribution(_span_text(text, sp), sp[0], cue.word, cue.roles, "post") if sp else None
        if cue.participle or cue.passive or _THAT_AFTER.match(text, cue.end, hi) or _CONJUNCTION_GAP.match(gap):
            # '"...", Moscow has hinted that ...', 'would not tolerate "blackmail," and Putin called for a
            # review': a new clause, not an attribution
            return None
        sp = speaker_before_cue(text, pos, cue.start)
        relayed = _AS_SAYING.match(text, cue.end, hi)
        if relayed:
            # '"...," TASS cited Kim as saying': the one cited speaks, not the outlet.
            sp = relayed.start(1), relayed.end(1)
        elif cue.lemma in ("quote", "cite") and cue.word.endswith(("ed", "es")):
            obj = np_after(text, cue.end, hi)
            if obj and _CLAUSE_CLOSE.match(text, obj[1]):
                sp = obj       # '"...," TASS quoted the press service of the Security Council.': the one quoted
        if sp:
            return _Attribution(_span_text(text, sp), sp[0], cue.word, cue.roles, "post")
        return None
    return None


def _pre_attribution(text: str, lo: int, hi: int, colon: bool, sentence_lo: int,
                     sentence_hi: int = -1) -> Optional[_Attribution]:
    """A cue before the quote in ``text[lo:hi]``: ``X said: "``, ``According to X, "``, ``X called it "``."""
    if hi <= lo:
        return None
    dash = _TRAILING_DASH.search(text, max(lo, hi - 8), hi)
    if dash:
        # 'including the former candidate Mitt Romney -- "..." --': the name before the dash.
        sp = subject_before(text, lo, dash.start())
        if sp and has_name(tokens(text, sp[0], sp[1])):
            return _Attribution(_span_text(text, sp), sp[0], dash.group().strip(), "qs", "pre")
    # A verb that reports only with "that" ("worried", "found") needs it to introduce a quote.
    found = list(iter_cues(text, lo, hi))
    cues = [c for k, c in enumerate(found) if not _noun_subject(text, c, found[k - 1] if k else None, lo, hi)
            and not ("p" in c.roles and (c.participle or _TO_BEFORE.search(text, max(lo, c.start - 20), c.start)))
            and not noun_after_participle(text, c, found[k - 1] if k else None)
            and (set(c.roles) & {"q", "s"} or c.lemma == "according to" or _TIMED_THAT_AFTER.match(text, c.end, hi)
            or "n" in c.roles and c.lemma not in _NOT_QUOTING and (_QUOTE_AS_OBJECT.fullmatch(text, c.end, hi)
                                                                    or _as_for(text, c, hi)
                                                                    or c.lemma in _NAMING_VERBS
                                                                    and _NAMED_OBJECT.fullmatch(text, c.end, hi)))]
    owned = _owned_speech(text, lo, hi)
    if owned is not None:
        return owned
    if cues:
        return _attribution_from_cues(text, lo, hi, cues, sentence_lo, sentence_hi)
    if colon:
        sp = leading_np(text, lo, hi)
        verb = _VERB_BEFORE_COLON.search(text, sp[0], sp[1]) if sp else None
        if verb and verb.start() > sp[0]:
            sp = (sp[0], verb.start())       # 'Question 5 of the referendum states:' (a noun form elsewhere)
        return _Attribution(_span_text(text, sp), sp[0] if sp else -1, ":", "qs", "colon")
    # A speech noun: "Pyongyang also issued an emphatic denial of Washington’s "..."".
    nouns = reporting_nouns()
    for m in _NOUN_CUE.finditer(text, lo, hi):
        if m.group(1) in nouns:
            sp = leading_np(text, lo, m.start())
            owner = _POSSESSOR_BEFORE.search(text, max(lo, m.start() - 80), m.start())
            if owner and (has_name(tokens(text, owner.start(1), owner.end(1))) or is_description(owner.group(1))):
                sp = owner.span(1)   # "Politifact seized on Trump's claim that ...": the possessor's words
            if sp:
                return _Attribution(_span_text(text, sp), sp[0], m.group(1), "qs", "noun",
                                    len(_WORD.findall(text, m.end(), hi)))
    return None


def _owned_speech(text: str, lo: int, hi: int) -> Optional[_Attribution]:
    """A quote in the "that" clause of a possessed speech noun ('rejected Governor Lee's assertion that the
    budget was "..."', 'doubted the ministry's claim that exports had "..."'): the possessor speaks."""
    nouns = reporting_nouns()
    for m in _SPEECH_NOUN_THAT.finditer(text, max(lo, hi - 300), hi):
        comma = text.find(",", m.end(), hi)
        if m.group(1) not in nouns or _QUOTE_OR_STOP.search(text, m.end(), hi) \
                or comma >= 0 and next(iter_cues(text, comma, hi), None) is not None:
            continue                # 'Asked about Trump's declaration that ..., Clinton said, "...': Clinton's
        owner = _POSSESSOR_BEFORE.search(text, max(lo, m.start() - 80), m.start() + 1)
        if owner and (has_name(tokens(text, owner.start(1), owner.end(1))) or is_description(owner.group(1))) \
                and not any("s" in c.roles for c in iter_cues(text, lo, owner.start(1))):
            # (not under a verb of saying: 'Smith said the ministry's claim that ... was "nonsense"')
            return _Attribution(owner.group(1), owner.start(1), m.group(1), "qs", "pre",
                                len(_WORD.findall(text, m.end(), hi)), True)
    return None


# A verb coordinated before the cue ('confirm or deny', 'advance or deny'): the two share the subject before the first.
_COORDINATED_VERB = re.compile(r"(?<![\w’'-])([a-z]{3,})\s+(?:or|and|nor)\s+$")
# ... taken for the subject with its infinitive marker ('to advance'): a verb, no noun phrase.
_TO_VERB = re.compile(r"(?:to\s+)?[a-z]{3,}")
# A clause boundary between that subject and the first verb: the subject is another clause's.
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|but|while|whereas)\s")


def _attribution_from_cues(text: str, lo: int, hi: int, cues: list[Cue], sentence_lo: int,
                           sentence_hi: int) -> _Attribution:
    """The speaker of the cue that introduces a quote at ``hi``, from the cues of ``text[lo:hi]``."""
    opening = _OPENING_PHRASE.match(text, sentence_lo, hi)
    if opening and len(cues) > 1:
        # 'Following a swiftly called, late-afternoon meeting, the Council issued a statement calling ...': a
        # cue word inside the opening phrase is no verb of the sentence.
        cues = [c for c in cues[:-1] if c.start >= opening.end()] + cues[-1:]
    cue = cues[-1]
    if len(cues) > 1 and not cue.participle and not cues[-2].participle and not cues[-2].passive \
            and cues[-2].word.endswith("ed") and cue.word.endswith("s") \
            and _OBJECT_GAP.fullmatch(text, cues[-2].end, cue.start):
        cue = cues[-2]       # 'dismissed reports about the deployment as "fake news"': the verb's subject
    if len(cues) > 1 and "s" in cues[-2].roles and "s" not in cue.roles and not (
            cue.participle or cue.passive or cues[-2].participle or cues[-2].passive) \
            and _BARE_CLAUSE_SUBJECT.fullmatch(text, cues[-2].end, cue.start):
        cue = cues[-2]       # 'Wong warns North Korea threatens "our security"': the one who warns reports it
    if len(cues) > 1 and cue is cues[-1] and outer_speaks(text, lo, cues[-2], cue):
        # 'She said studios claim ..., but are "giving ..."', 'Lavrov stated that Russia considers ... a "closed
        # issue"': a generic group or a state relayed by the outer speaker (quote_nested)
        cue = cues[-2]
    relayed = _QUOTED_BY_AS.search(text, max(lo, cue.start - 120), cue.end) if cue.participle else None
    # ('Putin was quoted by state media as saying, "..."': Putin speaks, not the outlet)
    if (relayed is None or relayed.end() != cue.end) and cue.participle:
        relayed = _QUOTED_AS.search(text, max(lo, cue.start - 80), cue.end)
    if relayed is not None and relayed.end() == cue.end:
        # 'The agency quoted Kim as saying that "..."': the one quoted speaks, not the outlet.
        return _Attribution(_span_text(text, relayed.span(1)), relayed.start(1), cue.word, cue.roles, "pre",
                            len(_WORD.findall(text, cue.end, hi)))
    named = _NAMED_WHO.search(text, max(lo, cue.start - 80), cue.start) if not cue.participle and not cue.passive \
        else None
    if named is not None and has_name(tokens(text, named.start(1), named.end(1))) and _person_name(named.group(1)):
        # 'a radio interview with Consul Marta Velikova, who said that ... "..."': a relative clause set off by a
        # comma after a person's name says what that person said (unlike 'a young woman who suggested'); not a
        # body's name ending an apposition ('X, the head of a unit of Ruritania's Security Council, who said')
        return _Attribution(named.group(1), named.start(1), cue.word, cue.roles, "pre",
                            len(_WORD.findall(text, cue.end, hi)))
    if len(cues) > 1 and not cue.participle and not cue.passive \
            and _RELATIVE_BEFORE.search(text, max(lo, cue.start - 12), cue.start) \
            and (who := _name_before_who(text, lo, cue.start)) is not None and _person_name(text[who[0]:who[1]]):
        # 'She echoed remarks by Secretary of State Antony Blinken who said ... that ... "..."': a relative clause about
        # a person named right before it says what that person said (not 'X told a young woman who suggested')
        return _Attribution(text[who[0]:who[1]], who[0], cue.word, cue.roles, "pre", len(_WORD.findall(text, cue.end, hi)))
    participle: Optional[Cue] = None
    if len(cues) > 1 and (_RELATIVE_BEFORE.search(text, max(lo, cue.start - 12), cue.start) or cue.passive
                          and not cues[-2].passive and _TIME_CLAUSE.search(text, cues[-2].end, cue.start)
                          or _BY_AGENT.match(text, cue.end + 1) and not cues[-2].participle and not cues[-2].passive
                          and _CARRIED_BY.fullmatch(text, cues[-2].end, cue.start)):
        # "X told a young woman who suggested that "..."": the relative clause is not the speaker's; 'Garland
        # said in a statement after the verdicts were read: "..."': a passive verb in a clause of time neither, nor
        # an outlet that carried the speech ('Kim said in a speech quoted by KCNA: "..."': Kim).
        cue = cues[-2]
    elif len(cues) > 1 and cue.participle and not cues[-2].participle and not cues[-2].passive \
            and not _PREP_BEFORE.search(text[max(lo, cue.start - 30):cue.start].rstrip()) \
            and not _OF_SOMEONE.search(text, max(lo, cue.start - 60), cue.start) \
            and not _WITH_ABSOLUTE.search(text, max(lo, cue.start - 80), cue.start):
        # "Kim has written a letter to China thanking it for its "...": the writer speaks.
        participle, cue = cue, cues[-2]
    according = [c for c in cues if c.lemma == "according to"]
    if according and according[-1] is not cue and not _COMMA_OR_COLON.search(text, according[-1].end, cue.start):
        # "According to an article posted on the ministry's website:": the cue is inside the source.
        cue = according[-1]
    # (the words are counted from a participle that introduces the quote for the earlier verb's subject:
    # 'North Korea denied on Thursday that ... in Ukraine, calling the reports "rumors."')
    words_before = len(_WORD.findall(text, (participle or cue).end, hi))
    if cue.lemma in _NAMING and words_before == 0 and not _SUBJECT_BEFORE_NAMING.search(text, lo, cue.start):
        # 'a box labeled "medical problem"', 'a program dubbed "Sunshine"': the quote names a thing.
        return None
    if cue.lemma == "according to":
        sp = np_after(text, cue.end, hi, full=True)
        signed = _SIGNED_BY.match(text, sp[0], sp[1]) if sp else None
        if signed:
            sp = signed.span(1)      # 'According to the agreement signed by Putin and Kim': the agreement speaks
        return _Attribution(_span_text(text, sp), sp[0] if sp else -1, "according to", cue.roles, "pre",
                            words_before)
    if cue.passive:
        by = _BY_AGENT.search(text, cue.end, hi)
        if by:
            sp = np_after(text, by.end(), hi)
            if sp:
                return _Attribution(_span_text(text, sp), sp[0], cue.word, cue.roles, "pre", words_before)
        return _Attribution("", -1, cue.word, cue.roles, "passive", words_before)
    sp = None
    before = text[max(lo, cue.start - 80):cue.start].rstrip()
    if cue.word.lower() in _CHARACTERISING_PARTICIPLES and not cue.passive and _NAMING_GAP.fullmatch(text, cue.end, hi) and (
            _NAMED_THING_BEFORE.search(before) or _BY_AGENT.search(text, cue.end, hi) or _BY_AFTER_QUOTE.match(text, hi)):
        # 'the plan, called "reckless" by the minister', 'letters described as "beautiful" by the US president': a
        # participle naming the noun before it (after a comma, or with its agent), which is never the speaker; the
        # agent before the quote is ('described by officials as "..."'), else nobody here ('what the judge called
        # "..."' keeps its subject)
        by = _BY_AGENT.search(text, cue.end, hi)
        sp = np_after(text, by.end(), hi) if by else None
        return _Attribution(_span_text(text, sp), sp[0] if sp else -1, cue.word, cue.roles,
                            "pre" if sp else "participle", words_before)
    if cue.word.lower() in _INSCRIPTION_CUES and (carried := _INSCRIPTION.search(text, max(lo, sentence_lo,
                                                                                        cue.start - 160), cue.start)):
        # 'with opposition MPs carrying signs saying "This is war"': the carrier (or nobody), never the clause
        sp = _carrier(text, max(lo, sentence_lo), carried.start(), carried.group(1).endswith("ing"))
        return _Attribution(_span_text(text, sp), sp[0] if sp else -1, cue.word, cue.roles,
                            "pre" if sp else "participle", words_before)
    if cue.participle and _PREP_BEFORE.search(before) and (own := _NAME_BEFORE_ASIDE.search(before)):
        # 'while Putin, without using the term "alliance," stated': the name the aside is set off from, not the
        # main clause's subject
        at = max(lo, cue.start - 80) + own.start(1)
        return _Attribution(own.group(1), at, cue.word, cue.roles, "pre", words_before)
    if cue.participle and _PREP_BEFORE.search(before):
        # "despite proclaiming "...", Moscow has hinted": the main clause's subject.
        sp = leading_np(text, sentence_lo, max(sentence_hi, hi))
        if sp is not None and cue.start <= sp[0] < hi:
            sp = None
        return _Attribution(_span_text(text, sp), sp[0] if sp else -1, cue.word, cue.roles,
                            "pre" if sp else "participle", words_before)
    if not (cue.participle and (before.endswith(",") or not before)):
        sp = subject_before(text, lo, cue.start)
        if not cue.participle and (verb := _COORDINATED_VERB.search(text, max(lo, cue.start - 30), cue.start)) \
                is not None and (sp is None or sp[1] == verb.end(1) and _TO_VERB.fullmatch(text, sp[0], sp[1])):
            first = subject_before(text, lo, verb.start(1))   # 'Costa did not want to advance or deny whether ...:
                                                              # "..."': the coordinated verbs' one subject
            if first is not None and not _CLAUSE_BREAK.search(text, first[1], verb.start(1)):
                sp = first                                    # (not across a clause: 'The minister refused to
                                                              # comment, and his spokesman tried to explain or deny')
        if lo > sentence_lo and _CONJOINED_BEFORE.search(text, max(lo, cue.start - 40), cue.start) \
                and not (sp is not None and _CLAUSE_OPENER.search(text, lo, sp[0])
                         and has_name(tokens(text, sp[0], sp[1]))):
            # 'Lavrov praised the "invincible" alliance and said ...': the subject opens the sentence,
            # before the earlier quote, not right after it; but a clause of its own after the quote has its
            # subject ('..., while India's representative T. S. Tirumurti called for talks and said ...').
            main = leading_np(text, sentence_lo, cue.start)
            if main is not None and main[1] <= lo and not _QUOTE_MARK.search(text, sentence_lo, main[1]):
                sp = main
        elif _CONJOINED_BEFORE.search(text, max(lo, cue.start - 40), cue.start) and (main := leading_np(
                text, sentence_lo, cue.start)) and (inner := _INNER_SUBJECT.match(text, main[1], cue.start)) \
                and has_name(tokens(text, inner.start(1), inner.end(1))):
            sp = inner.span(1)
        if sp is not None and cue.participle:
            # "footage of Trump saying "..."": the participle's subject is the nearest noun phrase.
            sp = act_holder(text, sp) or _after_last_preposition(text, sp)
        if sp is None and not cue.participle:
            sp = _name_before_who(text, lo, cue.start)   # 'an outburst from Donald Trump who urged China to "..."': the
            #                                              name the relative clause is about, not the verb's object
        if sp is None and not cue.participle:
            sp = np_after(text, cue.end, hi)         # 'said Mike Schmidt, an adviser. "..."'
        bare = _INDEFINITE.match(text, sp[0]) if sp is not None and not cue.participle else None
        if bare and (not bare.group(1) or bare.group(1) in actor_words()["role"]):
            name = _NAME_BEFORE_APPOSITIVE.fullmatch(text, sentence_lo, sp[0])
            if name and clean_mention(name.group(1)) and has_name(tokens(text, name.start(1), name.end(1))) and \
                    opens_as_name(name.group(1)) and closed_apposition(text, sp, cue.start):
                sp = name.span(1)    # 'Li Haidong, a professor at ..., speaking about ..., notes': the name
        if sp is not None and not cue.participle and (named := name_before_appositions(text, sentence_lo, sp, cue.start)):
            sp = named               # 'Fahmi al-Za’areer — an official from Fatah, an organization led by ..., claimed'
        if sp is not None and not cue.participle:
            main = leading_np(text, sentence_lo, cue.start)
            if main is not None and main[1] <= sp[0] and _RELATIVE_ASIDE.fullmatch(text, main[1], cue.start):
                sp = main        # 'The government, which had denounced the dispatch of 10,000 troops, condemned'
    if sp is None and cue.participle:
        # "X dismissed the idea, saying "..."": the subject of the main clause.
        earlier = [c for c in cues[:-1] if not c.participle]
        if (own := participle_clause_subject(text, max(lo, sentence_lo), cue.start, actor_head)) is not None:
            sp = own              # ", but the unions have gone further, claiming "...": the nearest clause's subject
        elif earlier:
            sp = subject_before(text, lo, earlier[-1].start)
        if sp is None:
            # (the subordinate clause's subject when the main clause's names a thing: "Trump's volte-face came after
            # ... Vladimir Putin, shrugged off his charge, saying ...")
            sp = subordinate_subject(text, sentence_lo, cue.start) or leading_np(text, sentence_lo, cue.start)
        if sp is None:
            return _Attribution("", -1, cue.word, cue.roles, "participle", words_before)
    if sp is not None and not cue.participle and not ("s" in cue.roles and not _TO_AFTER.match(text, cue.end)) \
            and (later := _later_clause_subject(text, (participle or cue).start, cue.end, hi)):
        # 'X has said that ... and during the rally, he addressed supporters, saying “...”', 'Both Moscow and Pyongyang
        # have vowed ... and Russia’s spy chief visited North Korea to vow a united front against “...”': a clause
        # of its own, conjoined after the cue, whose verb the later cue hangs on: its subject speaks
        sp, cue = later
    speaker = _span_text(text, sp)
    return _Attribution(speaker, sp[0] if sp else -1, cue.word, cue.roles, "pre", words_before,
                        _REPORTED_THAT.search(text, cue.end, hi) is not None
                        or "s" in cue.roles and _REPORTED_BARE.match(text, cue.end, hi) is not None,
                        "n" in cue.roles and _as_for(text, cue, hi),
                        sp is not None and not cue.participle and not _PARENTHETICAL.match(text, cue.end, hi)
                        and _names_actor(text, sp))


# A capitalised name right before a relative "who" and its verb ("from US President Donald Trump who urged").
_NAME_WHO = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*),?\s+who\s+(?:(?:also|then|later|had|has|"
                       r"have)\s+)?$")


# ... not the complement of a noun before it ("Supporters of Trump who chanted"), nor a quantifier or an indefinite
# pronoun opening the sentence ("Anyone who says", "Many who called")
_OF_BEFORE_NAME = re.compile(r"\b(?:of|among)\s+$", re.I)
_NOBODY_IN_PARTICULAR = frozenset({"anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody", "many",
                                   "most", "some", "few", "several", "those", "these", "others", "all", "both", "each",
                                   "none", "people", "whoever"})


def _name_before_who(text: str, lo: int, cue_start: int) -> Optional[tuple[int, int]]:
    """The span of a name right before "who" that opens the cue's relative clause ('Donald Trump who urged'), not the
    complement of a noun ('Supporters of Trump who chanted') nor a quantifier ('many who said'); or None."""
    who = _NAME_WHO.search(text, max(lo, cue_start - 80), cue_start)
    if who is None or _OF_BEFORE_NAME.search(text, max(lo, who.start(1) - 12), who.start(1)) \
            or who.group(1).split()[0].lower() in _NOBODY_IN_PARTICULAR or not has_name(tokens(text, *who.span(1))):
        return None
    return who.span(1)


# A clause conjoined after a cue with a subject of its own (a pronoun, a name, a possessed or definite description)
# and a finite verb ('and during the rally, he addressed', 'and Russia’s spy chief visited').
_LATER_CLAUSE = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:(?:during|at|in|on|after|before|later|then)\b[^,.;:!?“”\"]{0,40},\s*)?"
                           r"(he|she|they|(?:[Tt]he\s+|[A-Z][\w’'.-]*[’']s\s+)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|"
                           r"(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\s+(?:also\s+|later\s+|then\s+)?"
                           r"(?:[a-z]{2,}ed|met|went|made|took|gave|sent|held|spoke|wrote)\b")


_TO_AFTER = re.compile(r"\s+to\s")   # 'vowed to deepen ties': no reported clause follows
_TO_CUE = re.compile(r"\bto\s+([a-z]+)\b")
_WORD_BEFORE = re.compile(r"([\w’'.-]+)\s*,?\s*$")
_DOUBLE_QUOTE = re.compile(r"[“”\"«»]")


def _later_clause_subject(text: str, first: int, cue_end: int, hi: int) -> Optional[tuple[tuple[int, int], Cue]]:
    """The subject of the last clause conjoined between the chosen cue (ending at ``cue_end``) and the quote at
    ``hi`` (see :data:`_LATER_CLAUSE`), when a cue of that clause (a participle: ', saying'; an infinitive: 'to vow')
    introduces the quote and no other cue stands before it; else None. ``first`` is where the nearest cue chosen (a
    participle taken for an earlier verb) starts."""
    last = None
    for m in _LATER_CLAUSE.finditer(text, cue_end, min(hi, first if first > cue_end else hi)):
        before = _WORD_BEFORE.search(text, max(cue_end, m.start() - 40), m.start())
        if before is None or not before.group(1)[:1].isupper():
            last = m                           # (not 'Kim and Putin held': a name joined to a name is one subject)
    if last is None or _DOUBLE_QUOTE.search(text, cue_end, last.end()):
        return None
    after = next(iter_cues(text, last.end(), hi), None)
    infinitive = _TO_CUE.search(text, last.end(), hi)
    if after is not None and after.participle and not (infinitive and infinitive.start(1) < after.start):
        later = after
    elif infinitive and (info := reporting_verbs().get(infinitive.group(1))) is not None:
        later = Cue(infinitive.start(1), infinitive.end(1), infinitive.group(1), info.lemma, info.roles, False, False)
    else:
        return None
    subject = last.group(1)
    if subject.lower() in ("he", "she", "they") or clean_mention(subject) == subject \
            and (has_name(tokens(text, last.start(1), last.end(1))) or is_description(subject)):
        return last.span(1), later
    return None


# A name opening the sentence before an indefinite or bare appositive ('Li Haidong, a professor at X, ... notes',
# 'Jenny Town, director of 38 North, a website that ..., wrote').
_INDEFINITE = re.compile(r"an?\s|(?=([a-z][\w-]*)\s+(?:of|at|for|in)\s)")
_NAME_BEFORE_APPOSITIVE = re.compile(r"\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*,\s*")
# A signed document speaks for itself, not its signatories ('the agreement signed by Putin and Kim').
# A prepositional phrase opening the sentence, up to its first comma ("Following a swiftly called,").
_OPENING_PHRASE = re.compile(r"\s*(?:Following|After|Before|During|Despite|Amid|Since|Ahead\s+of)\s[^.;:!?“”\"]{0,120}?,")
# A speech noun and its "that" clause ("assertion that"), and what ends the clause before a quote.
_SPEECH_NOUN_THAT = re.compile(r"\s([a-z]+)\s+that\b")
_QUOTE_OR_STOP = re.compile(r"[.;:!?“”\"]")
_CONJUNCTION_GAP = re.compile(r"(?:and|but|while|whereas)\s")
# A name owning a speech noun: "Donald Trump's claim", "the minister’s remark".
_POSSESSOR_BEFORE = re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*|\b[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z]+)[’']s\s+(?:(?:[a-z]+ed|false|latest|earlier|recent|new|own|baseless)\s+)?$")
_SIGNED_BY = re.compile(r"((?:the|a|an|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:agreement|treaty|declaration|accord|pact|"
                        r"memorandum|document|deal|charter|communiqu[eé]|statement))\s+(?:jointly\s+)?signed\s+by\b",
                        re.I)
# A cue set off by commas ('Acts of protest, Mr. Obama said, are ...') does not open the clause that follows.
_PARENTHETICAL = re.compile(r"\s*,")


def _person_name(name: str) -> bool:
    """A name the entity lexicon takes for a person's ("Marta Velikova", not "Ruritania's Security Council")."""
    from .entities.mentions import parse_mention
    return parse_mention(name).kind == "person"


def _names_actor(text: str, span: tuple[int, int]) -> bool:
    """The speaker phrase holds a name, or is a pronoun or a definite description ("the agency")."""
    mention = clean_mention(_span_text(text, span))
    return bool(mention) and (has_name(tokens(text, span[0], span[1])) or is_pronoun(mention)
                              or is_description(mention))


# "that" opening a reported clause after a speech cue, with no sentence break or colon before the quote.
_REPORTED_THAT = re.compile(r"\bthat\b(?=[^.;:!?]*$)")
# ... or a reported clause without "that": its subject and a finite verb right after the verb of saying ('Kim said
# the two countries' friendship was forged ... and is now "..."').
_REPORTED_BARE = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|this|these|those|it|he|she|they|we|I|"
                            r"[A-Z][\w’'.-]*)\s[^.;:!?\"“”,]{0,80}?\b(?:is|was|are|were|has|have|had|will|would|"
                            r"could|should|can|may|might|must)\b[^.;:!?]*$")


def _carrier(text: str, lo: int, hi: int, participle: bool) -> Optional[tuple[int, int]]:
    """The noun phrase right before a carrying verb at ``hi`` (see :data:`_INSCRIPTION`): for a participle, after the
    last preposition ('Scuffles erupted ... with opposition MPs carrying'); for a finite verb, its whole subject
    ('Demonstrators held ...', 'The head of the agency raised red flags'); None when what is left holds a verb or
    no word."""
    sp = subject_before(text, lo, hi)
    if sp is None:
        return None
    if participle:
        sp = _after_last_preposition(text, sp)
    words = _WORD.findall(text, sp[0], sp[1])
    if not words or len(words) > 5 or any(w.islower() and re.fullmatch(r"[a-z]{3,}ed", w) for w in words):
        return None
    return sp


def _after_last_preposition(text: str, span: tuple[int, int]) -> tuple[int, int]:
    toks = tokens(text, span[0], span[1])
    for k in range(len(toks) - 2, -1, -1):       # also one opening the phrase: 'with Pyongyang blaming'
        if toks[k].low in ("of", "from", "by", "with", "to", "for") and toks[k + 1].is_word:
            return toks[k + 1].start, span[1]
    return span


def _word_count(s: str) -> int:
    return len(_WORD.findall(s))


def _clause_like(quote: str) -> bool:
    """A quote that reads as a sentence (or most of one) rather than a coined phrase."""
    n = sum(1 for _ in zip(range(SCARE_MAX_WORDS + 1), _WORD.finditer(quote)))   # (counted up to what decides)
    if n > SCARE_MAX_WORDS or (n >= 3 and quote.rstrip()[-1:] in ".?!"):
        return True
    # two words closed as a sentence and opened by a subject pronoun ("I'm surprised.", "We agree."): a clause
    first = _WORD.search(quote)
    return n == 2 and quote.rstrip()[-1:] in ".?!" and first is not None and \
        re.split(r"[’']", first.group().lower())[0] in _CLAUSE_OPENERS


# A quote opening with a subject pronoun (or "this", "that", "there") is a clause, not a title.
_CLAUSE_OPENERS = pronouns(cases=("subject",)) | {"this", "that", "there"}
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "as"}


def _title_case(quote: str) -> bool:
    """A title of a work or show ("Face the Nation", "Make Your Kid a Millionaire")."""
    words = _WORD.findall(quote)
    if not 1 <= len(words) <= 8 or words[0].lower().split("’")[0].split("'")[0] in _CLAUSE_OPENERS:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w in _SMALL_WORDS for w in words) and words[0][0].isupper() \
        and sum(1 for w in words if w[0].isupper() or w[0].isdigit()) >= 2   # 'The 411', 'Apollo 13'


def _is_speech_cue(attr: _Attribution, quote: str) -> bool:
    if _clause_like(quote):
        return True
    if attr.how in ("post", "colon"):
        return True
    if not any(r in attr.roles for r in "qs"):
        # A stance verb right before its quoted object ('blamed the "hegemonic policy"').
        return "n" in attr.roles and attr.how == "pre" and (attr.cue_words_before <= 2 or attr.as_object
                                                            and attr.cue_words_before <= PARTIAL_CUE_WINDOW)
    if attr.reported_clause and "s" in attr.roles and attr.cue_words_before <= REPORTED_CLAUSE_WINDOW:
        return True                    # 'He said his forces ... and that the strikes do "not scare us"'
    if attr.how == "pre" and attr.long_reach and "s" in attr.roles and attr.cue_words_before <= REPORTED_CLAUSE_WINDOW:
        return True                    # 'The agency said Putin ... accepted the invitation at a "convenient time."'
    return attr.cue_words_before <= PARTIAL_CUE_WINDOW
