"""Quotations: every quoted stretch, who said it, with which cue, and whether it is speech or a scare quote.

The quoted spans come from :func:`analysis.nlp.find_quote_spans`.  Each span is
then attributed by proximity and grammar, in this order:

1. after the quote, in its sentence: ``"...," said X`` / ``"...," X said`` / ``"..." ― X``;
2. before the quote, in its sentence: ``X said: "..."``, ``X called the move "reckless"``,
   ``According to X, "..."``, or a colon line ending the previous sentence;
3. a passive cue ("It is now described as "..."") takes the previous sentence's subject;
4. otherwise a quote continues the speaker of the quote just before it (same sentence,
   or the next sentence or paragraph), or of an attribution in the previous sentence.

A short quoted phrase with no cue is a scare quote (Moscow's "special military operation").
A paragraph ending in a colon after a cue ("According to an article posted on ...:")
followed by an unquoted paragraph makes that paragraph a block quote.
Pronoun speakers ("he", "she") are resolved to the most recent fitting person when one
is found; otherwise the pronoun is kept.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from .nlp.mentions import clean_mention, is_description, resolve_mention
from .nlp import (Cue, PersonIndex, QuoteSpan, SentenceIndex, analyse, has_name, is_pronoun, iter_cues, leading_np,
                  np_after, pronouns, reporting_nouns, resolve_group, speaker_before_cue, subject_before, tokens)
from .records import Quote, Sentence
from .text import paragraph_spans

# A scare quote is a short noun phrase; longer or sentence-like quotes are speech.
SCARE_MAX_WORDS = 4
# How far (in words) a cue may stand before a short partial quote and still introduce it.
PARTIAL_CUE_WINDOW = 14
# ... and how far when the quote sits in the cue's "that" clause (a speech verb's reported words).
REPORTED_CLAUSE_WINDOW = 35
# How many sentences back a quote may inherit its speaker from.
CONTINUATION_SENTENCES = 2
# How far around a quote its attribution is looked for; bounds the work in run-on text.
CONTEXT_CHARS = 1500

_LEAD_PUNCT = re.compile(r"[\s,;:]*")
_DASH = re.compile(r"\s*(?:―|—|–|--)\s*")
_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
_NOUN_CUE = re.compile(r"\b([a-z]+)\b")
_BY_AGENT = re.compile(r"\bby\s+")
_HANDOVER_INSIDE = re.compile(r"[,?!—–…-]\s*[”\"’']{1,2}\s*$")
_THAT_AFTER = re.compile(r"\s+that\b")
_PREP_BEFORE = re.compile(r"\b(?:despite|after|before|by|without|while|when|in|on|instead of|besides)$", re.I)
_COMMA_OR_COLON = re.compile(r"[,:;]")
_HANDOVER_AFTER = re.compile(r"\s*(?:[,—–―]|--)")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:[a-z]+ly\s+)?$")
_AS_SAYING = re.compile(r"\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|him|her|them)\s+as\s+(?:saying|stating|telling)\b")
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;]|$)")
# A cue right before the quote ('Lin Jian remarked, "..."'): it introduces the quote, even when an
# outlet's attribution follows ('..." Caliber.Az reports citing Russian media').
_CUE_OPENS_QUOTE = re.compile(r"[,:]\s*$")
_TRAILING_DASH = re.compile(r"\s(?:--|—|―)\s*$")
# "footage of Trump saying", "a video showing Clinton telling", "with Kim adding": the one named speaks.
# 'with association president Hildegard Müller warning': a role title in lower case may precede the name.
_OF_SOMEONE = re.compile(r"\b(?:of|with|showing|shows|showed)\s+((?:(?:[a-z]+\s+){0,2}(?:[A-Z][\w’'.-]*\s+){0,3})?"
                         r"[A-Z][\w’'.-]*|him|her|them)\s+$")
_QUOTED_AS = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|"
                        r"(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+as\s+(?:saying|stating|telling|writing)\b")
_CONJOINED_BEFORE = re.compile(r"\b(?:and|but)\s+(?:(?:also|later|then|[a-z]+ly)\s+)?$")
_QUOTE_MARK = re.compile(r"[“”\"‘’«»]|''|``")
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


_NOT_QUOTING = {"question", "discuss", "speak about"}
# '... dismissed reports about X as "fake news"', 'blamed sanctions for the "complete stop"': the stance verb's
# judgement, when 'as' / 'for' opens the quoted object (no sentence break between the verb and the quote).
_AS_FOR_QUOTE = re.compile(r"[^.;:!?\"“”]{0,120}\s(?:as|for)\s+(?:(?:the|a|an|its|his|her|their)\s+)?$")
# The cue is the object of the verb before it ('dismissed reports about ...'): that verb is the cue.
_OBJECT_GAP = re.compile(r"\s+(?:(?:the|these|those|such|all)\s+)?")
# 'X, which had denounced ..., condemned': the main subject before a relative clause.
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:which|who)\b[^.;:!?]*,\s*(?:(?:also|then|later|[a-z]+ly)\s+)?")
# Words that introduce a label, not somebody's words: 'known as "countervailing duties"', 'under the guise of
# "fair competition"', 'the so-called "special operation"'. A short quote right after them is a scare quote.
_LABEL_BEFORE = re.compile(r"\b(?:(?:also|commonly|widely|popularly)\s+)?(?:known\s+as|so-called|so\s+called|"
                           r"under\s+the\s+(?:guise|banner|name|pretext)\s+of)\s*$", re.I)
# A transcript line inside a quote: "PENCE: Well, look, ..." (a speaker in capitals and a colon).
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’ -]{1,40}[A-Z]):\s+")


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


def _post_attribution(text: str, lo: int, hi: int) -> Optional[_Attribution]:
    """``"...," said X`` / ``"...," X said`` / ``"..." ― X`` in ``text[lo:hi]`` (just after a quote)."""
    if hi <= lo:
        return None
    # The quote must hand over to its attribution: '"...," said X', '"...?" X asked', '"..." ― X'.
    if not (_HANDOVER_INSIDE.search(text, max(0, lo - 3), lo) or _HANDOVER_AFTER.match(text, lo, hi)):
        return None
    dash = _DASH.match(text, lo, hi)
    if dash and dash.end() > lo:
        # '"..." ― Beck Pimentel' (a signed quote): the name must end the sentence.
        sp = np_after(text, dash.end(), hi)
        if sp and text[sp[0]].isupper() and not text[sp[1]:hi].strip(" .,\n"):
            return _Attribution(_span_text(text, sp), sp[0], dash.group().strip(), "s", "post")
    pos = _LEAD_PUNCT.match(text, lo, hi).end()
    for cue in iter_cues(text, pos, min(hi, pos + 250)):
        if cue.lemma == "according to":
            sp = np_after(text, cue.end, hi)
            return _Attribution(_span_text(text, sp), sp[0] if sp else -1, "according to", cue.roles, "post")
        gap = text[pos:cue.start]
        if not gap.strip():
            if not set(cue.roles) & {"q", "s", "e"}:
                return None            # '"Arrogant," shows Trump': a verb of evidence, not '"...," said X'
            sp = np_after(text, cue.end, hi)
            if sp:
                return _Attribution(_span_text(text, sp), sp[0], cue.word, cue.roles, "post")
            return _Attribution("", -1, cue.word, cue.roles, "participle" if cue.participle else "post-open")
        if cue.participle or cue.passive or _THAT_AFTER.match(text, cue.end, hi):
            return None                # '"...", Moscow has hinted that ...': a new clause, not an attribution
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
            and (set(c.roles) & {"q", "s"} or c.lemma == "according to" or _THAT_AFTER.match(text, c.end, hi)
            or "n" in c.roles and c.lemma not in _NOT_QUOTING and (_QUOTE_AS_OBJECT.fullmatch(text, c.end, hi)
                                                                    or _AS_FOR_QUOTE.match(text, c.end, hi)))]
    if cues:
        return _attribution_from_cues(text, lo, hi, cues, sentence_lo, sentence_hi)
    if colon:
        sp = leading_np(text, lo, hi)
        return _Attribution(_span_text(text, sp), sp[0] if sp else -1, ":", "qs", "colon")
    # A speech noun: "Pyongyang also issued an emphatic denial of Washington’s "..."".
    nouns = reporting_nouns()
    for m in _NOUN_CUE.finditer(text, lo, hi):
        if m.group(1) in nouns:
            sp = leading_np(text, lo, m.start())
            if sp:
                return _Attribution(_span_text(text, sp), sp[0], m.group(1), "qs", "noun",
                                    len(_WORD.findall(text, m.end(), hi)))
    return None


def _attribution_from_cues(text: str, lo: int, hi: int, cues: list[Cue], sentence_lo: int,
                           sentence_hi: int) -> _Attribution:
    """The speaker of the cue that introduces a quote at ``hi``, from the cues of ``text[lo:hi]``."""
    cue = cues[-1]
    if len(cues) > 1 and not cue.participle and not cues[-2].participle and not cues[-2].passive \
            and cues[-2].word.endswith("ed") and cue.word.endswith("s") \
            and _OBJECT_GAP.fullmatch(text, cues[-2].end, cue.start):
        cue = cues[-2]       # 'dismissed reports about the deployment as "fake news"': the verb's subject
    relayed = _QUOTED_AS.search(text, max(lo, cue.start - 80), cue.end) if cue.participle else None
    if relayed is not None and relayed.end() == cue.end:
        # 'The agency quoted Kim as saying that "..."': the one quoted speaks, not the outlet.
        return _Attribution(_span_text(text, relayed.span(1)), relayed.start(1), cue.word, cue.roles, "pre",
                            len(_WORD.findall(text, cue.end, hi)))
    if len(cues) > 1 and _RELATIVE_BEFORE.search(text, max(lo, cue.start - 12), cue.start):
        # "X told a young woman who suggested that "..."": the relative clause is not the speaker's.
        cue = cues[-2]
    elif len(cues) > 1 and cue.participle and not cues[-2].participle and not cues[-2].passive \
            and not _PREP_BEFORE.search(text[max(lo, cue.start - 30):cue.start].rstrip()) \
            and not _OF_SOMEONE.search(text, max(lo, cue.start - 60), cue.start):
        # "Kim has written a letter to China thanking it for its "...": the writer speaks.
        cue = cues[-2]
    according = [c for c in cues if c.lemma == "according to"]
    if according and according[-1] is not cue and not _COMMA_OR_COLON.search(text, according[-1].end, cue.start):
        # "According to an article posted on the ministry's website:": the cue is inside the source.
        cue = according[-1]
    words_before = len(_WORD.findall(text, cue.end, hi))
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
    if cue.participle and _PREP_BEFORE.search(before):
        # "despite proclaiming "...", Moscow has hinted": the main clause's subject.
        sp = leading_np(text, sentence_lo, max(sentence_hi, hi))
        if sp is not None and cue.start <= sp[0] < hi:
            sp = None
        return _Attribution(_span_text(text, sp), sp[0] if sp else -1, cue.word, cue.roles,
                            "pre" if sp else "participle", words_before)
    if not (cue.participle and (before.endswith(",") or not before)):
        sp = subject_before(text, lo, cue.start)
        if lo > sentence_lo and _CONJOINED_BEFORE.search(text, max(lo, cue.start - 40), cue.start):
            # 'Lavrov praised the "invincible" alliance and said ...': the subject opens the sentence,
            # before the earlier quote, not right after it.
            main = leading_np(text, sentence_lo, cue.start)
            if main is not None and main[1] <= lo and not _QUOTE_MARK.search(text, sentence_lo, main[1]):
                sp = main
        if sp is not None and cue.participle:
            # "footage of Trump saying "..."": the participle's subject is the nearest noun phrase.
            sp = _after_last_preposition(text, sp)
        if sp is None and not cue.participle:
            sp = np_after(text, cue.end, hi)         # 'said Mike Schmidt, an adviser. "..."'
        if sp is not None and not cue.participle and _INDEFINITE.match(text, sp[0]):
            name = _NAME_BEFORE_APPOSITIVE.fullmatch(text, sentence_lo, sp[0])
            if name and clean_mention(name.group(1)) and has_name(tokens(text, name.start(1), name.end(1))):
                sp = name.span(1)    # 'Li Haidong, a professor at ..., speaking about ..., notes': the name
        if sp is not None and not cue.participle:
            main = leading_np(text, sentence_lo, cue.start)
            if main is not None and main[1] <= sp[0] and _RELATIVE_ASIDE.fullmatch(text, main[1], cue.start):
                sp = main        # 'The government, which had denounced the dispatch of 10,000 troops, condemned'
    if sp is None and cue.participle:
        # "X dismissed the idea, saying "..."": the subject of the main clause.
        earlier = [c for c in cues[:-1] if not c.participle]
        if earlier:
            sp = subject_before(text, lo, earlier[-1].start)
        if sp is None:
            sp = leading_np(text, sentence_lo, cue.start)
        if sp is None:
            return _Attribution("", -1, cue.word, cue.roles, "participle", words_before)
    speaker = _span_text(text, sp)
    return _Attribution(speaker, sp[0] if sp else -1, cue.word, cue.roles, "pre", words_before,
                        _REPORTED_THAT.search(text, cue.end, hi) is not None,
                        "n" in cue.roles and _AS_FOR_QUOTE.match(text, cue.end, hi) is not None,
                        sp is not None and not cue.participle and not _PARENTHETICAL.match(text, cue.end, hi)
                        and _names_actor(text, sp))


# Verbs whose object is the subject's own words of goodwill: 'offered his "full support"', 'wished Putin "health
# and great success"', 'congratulated the people of "friendly Russia"'. Not in the cue lexicon: they report
# nothing with "that", but a short quote in their object is the subject's.
_GOODWILL = re.compile(r"\b(?:(wish|offer|extend|convey|congratulat)(?:ed|ing)|(offer|extend|convey|congratulate)s)\b")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
_GOODWILL_GAP = re.compile(r"[^.;:!?“”\"‘’«»]*")
GOODWILL_WINDOW = 12
# '... and were "useful"': a second verb starts its own clause.
_NEW_VERB = re.compile(r"\b(?:and|but|or)\s+(?:[a-z]+\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|"
                       r"remains?|remained|seems?|seemed)\b")
# 'talks extended beyond three hours': the verb takes no object here.
_NO_OBJECT = re.compile(r"\s+(?:[a-z]+ly\s+|well\s+|far\s+)?(?:beyond|until|into|through|over|across|by|for|from|to|past)\b")
_ARTICLE_LAST = re.compile(r"\b(?:a|an|the|this|that)\s+[“\"‘«]?$", re.I)
_WHO_BEFORE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*,\s*who\s+(?:[a-z]+ly\s+)?$")


def _goodwill_attribution(text: str, lo: int, hi: int, sentence_lo: int, sentence_hi: int) -> Optional[_Attribution]:
    """A short quote in the object of a verb of goodwill before it, with no other cue: the subject's words."""
    found = None
    for found in _GOODWILL.finditer(text, lo, hi):
        pass
    if found is None or _BE_BEFORE.search(text, max(lo, found.start() - 30), found.start()) \
            or _GOODWILL_GAP.fullmatch(text, found.end(), hi) is None or _NO_OBJECT.match(text, found.end()) \
            or _CONJOINED_BEFORE.search(text, max(lo, hi - 20), hi) or _NEW_VERB.search(text, found.end(), hi) \
            or len(_WORD.findall(text, found.end(), hi)) > GOODWILL_WINDOW:
        return None
    if _ARTICLE_LAST.search(text, max(lo, hi - 8), hi):
        return None                            # 'offered a "final compromise"': the name of a thing
    who = _WHO_BEFORE.search(text, max(lo, found.start() - 120), found.start())
    if who is not None:
        # 'with North Korea's Kim Jong-un, who offered his "full support"': the one the relative clause is about
        return _Attribution(who.group(1), who.start(1), found.group(), "q", "pre",
                            len(_WORD.findall(text, found.end(), hi))) if has_name(
                                tokens(text, who.start(1), who.end(1))) else None
    word = found.group()
    lemma = (found.group(1) or found.group(2)).rstrip("e").replace("congratulat", "congratulate")
    cue = Cue(found.start(), found.end(), word, lemma, "q", word.endswith("ing"), False)
    attr = _attribution_from_cues(text, lo, hi, [cue], sentence_lo, sentence_hi)
    return attr if attr is not None and attr.speaker else None


# A second subject whose verb is left out after a quote, the gap marked by a dash or comma ('X called it "A",
# and Y – "B"'); with no mark the name may be a second object ('called the plan "A" and the bill "B"').
_GAPPED = re.compile(r"[\s,;]*(?:and|while|whereas|but)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)"
                     r"\s*(?:[–—―,]|--)\s*")


# A lone capitalised name ("Kim", "Lammy"), which takes the full name given before it in the article.
_BARE_NAME = re.compile(r"[A-Z][\w-]*[a-z][\w-]*")
# A name opening the sentence before an indefinite appositive ('Li Haidong, a professor at X, ... notes').
_INDEFINITE = re.compile(r"an?\s")
_NAME_BEFORE_APPOSITIVE = re.compile(r"\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*,\s*")
# A signed document speaks for itself, not its signatories ('the agreement signed by Putin and Kim').
_SIGNED_BY = re.compile(r"((?:the|a|an|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:agreement|treaty|declaration|accord|pact|"
                        r"memorandum|document|deal|charter|communiqu[eé]|statement))\s+(?:jointly\s+)?signed\s+by\b",
                        re.I)
# A cue set off by commas ('Acts of protest, Mr. Obama said, are ...') does not open the clause that follows.
_PARENTHETICAL = re.compile(r"\s*,")


def _names_actor(text: str, span: tuple[int, int]) -> bool:
    """The speaker phrase holds a name, or is a pronoun or a definite description ("the agency")."""
    mention = clean_mention(_span_text(text, span))
    return bool(mention) and (has_name(tokens(text, span[0], span[1])) or is_pronoun(mention)
                              or is_description(mention))


# "that" opening a reported clause after a speech cue, with no sentence break or colon before the quote.
_REPORTED_THAT = re.compile(r"\bthat\b(?=[^.;:!?]*$)")


def _after_last_preposition(text: str, span: tuple[int, int]) -> tuple[int, int]:
    toks = tokens(text, span[0], span[1])
    for k in range(len(toks) - 2, 0, -1):
        if toks[k].low in ("of", "from", "by", "with", "to", "for") and toks[k + 1].is_word:
            return toks[k + 1].start, span[1]
    return span


def _word_count(s: str) -> int:
    return len(_WORD.findall(s))


def _clause_like(quote: str) -> bool:
    """A quote that reads as a sentence (or most of one) rather than a coined phrase."""
    n = _word_count(quote)
    return n > SCARE_MAX_WORDS or (n >= 3 and quote.rstrip()[-1:] in ".?!")


# A quote opening with a subject pronoun (or "this", "that", "there") is a clause, not a title.
_CLAUSE_OPENERS = pronouns(cases=("subject",)) | {"this", "that", "there"}
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "as"}


def _title_case(quote: str) -> bool:
    """A title of a work or show ("Face the Nation", "Make Your Kid a Millionaire")."""
    words = _WORD.findall(quote)
    if not 1 <= len(words) <= 8 or words[0].lower().split("’")[0].split("'")[0] in _CLAUSE_OPENERS:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w in _SMALL_WORDS for w in words) and words[0][0].isupper() \
        and sum(1 for w in words if w[0].isupper()) >= 2


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


def _block_quotes(text: str, index: SentenceIndex, spans: Sequence[QuoteSpan]) -> list[tuple[int, int, _Attribution]]:
    """Unquoted paragraphs introduced by a cue line ending in a colon."""
    out = []
    paragraphs = list(paragraph_spans(text))
    span_starts = [q.open for q in spans]
    for (a, b), (c, d) in zip(paragraphs, paragraphs[1:]):
        if text[b - 1] != ":":
            continue
        if text[c] in "“\"‘'«`„":
            continue
        i = bisect.bisect_left(span_starts, c)
        if i > 0 and spans[i - 1].close > c:
            continue                                  # inside a quote already
        sentence = index.at(b - 1)
        lo = max(a, sentence.start if sentence else a)
        attr = _pre_attribution(text, lo, b - 1, True, lo)
        if attr is None or attr.how == "colon":
            # A bare colon line ("The measures include:") introduces a list, not a quotation.
            if not any(n in text[lo:b].lower() for n in ("statement", "article", "letter", "message", "post")):
                continue
        end = d
        while end > c and text[end - 1].isspace():
            end -= 1
        if text[end - 1] not in ".!?…\"”’'" or _word_count(text[c:end]) < 8:
            continue                                  # a list item or a heading, not a quotation
        out.append((c, end, attr or _Attribution(cue=":", how="colon")))
    return out


@dataclass
class _Placement:
    """Per quote span: its attribution (or None), its sentences and whether it opens its clause."""

    attrs: list[Optional[_Attribution]]
    sent_of: list[int]          # sentence of the opening mark
    sent_end: list[int]         # sentence of the closing mark
    opens_clause: list[bool]    # nothing but a colon before the quote in its sentence


def _attribute_spans(text: str, index: SentenceIndex, spans: Sequence[QuoteSpan]) -> _Placement:
    """The attribution of every quote span: after it in its sentence first, else before it."""
    sents = index.sentences
    attrs: list[Optional[_Attribution]] = []
    sent_of: list[int] = []
    sent_end: list[int] = []
    opens_clause: list[bool] = []
    for i, q in enumerate(spans):
        s_idx = index.index_at(q.open)
        sent_of.append(max(s_idx, 0))
        sent_end.append(max(index.index_at(max(q.close - 1, 0)), 0))
        sent = sents[s_idx] if s_idx >= 0 else None
        prev_close = spans[i - 1].close if i > 0 else 0
        next_open = spans[i + 1].open if i + 1 < len(spans) else len(text)
        # Left context: the sentence up to the quote, after any earlier quote in it.
        l_lo = max(sent.start if sent else 0, prev_close, q.open - CONTEXT_CHARS)
        l_hi = q.open
        colon = text[l_lo:l_hi].rstrip().endswith(":")
        if not text[l_lo:l_hi].strip() and s_idx > 0:
            prev = sents[s_idx - 1]
            if prev.text.rstrip().endswith(":") and prev.end > prev_close:
                l_lo, l_hi, colon = max(prev.start, prev_close), prev.end, True
        # Right context: the rest of the sentence holding the closing mark, up to the next quote.
        attr = None
        if q.closed:
            e_idx = index.index_at(max(q.close - 1, 0))
            e_sent = sents[e_idx] if e_idx >= 0 else None
            r_lo = q.close
            r_hi = min(max(e_sent.end if e_sent else r_lo, r_lo), next_open, r_lo + CONTEXT_CHARS)
            if not text[r_lo:r_hi].strip() and e_idx + 1 < len(sents):
                nxt = sents[e_idx + 1]
                # '"...?" Trump asked.' splits into two sentences; a short follow-up is the attribution.
                if nxt.paragraph == (e_sent.paragraph if e_sent else -1) and nxt.start - r_lo <= 2 \
                        and _word_count(nxt.text) <= 12 and nxt.start < next_open:
                    attr = _post_attribution(text, nxt.start, min(nxt.end, next_open))
                    if attr and attr.how != "post":
                        attr = None
            else:
                attr = _post_attribution(text, r_lo, r_hi)
        if attr is None or attr.how in ("participle", "post-open"):
            pre = _pre_attribution(text, l_lo, l_hi, colon, sent.start if sent else 0, sent.end if sent else 0)
            if attr is None:
                # 'According to KCNA, Kim congratulated the people of "friendly Russia"': a nearer verb of goodwill
                good = None if _clause_like(text[q.start:q.end]) else \
                    _goodwill_attribution(text, l_lo, l_hi, sent.start if sent else 0, sent.end if sent else 0)
                if good is not None and (pre is None or not _is_speech_cue(pre, text[q.start:q.end])
                                         or pre.cue == "according to" and good.cue_words_before < pre.cue_words_before):
                    pre = good
            if pre is not None:
                attr = pre
            gapped = _GAPPED.fullmatch(text, l_lo, l_hi) if attr is None and i > 0 and l_lo == prev_close else None
            if gapped and attrs[i - 1] is not None and attrs[i - 1].how == "pre" and attrs[i - 1].speaker \
                    and sent_end[i - 1] == sent_of[i]:
                # 'Putin called the meeting "rather detailed", and Kim – "substantive."': the verb is left out
                attr = _Attribution(gapped.group(1), gapped.start(1), attrs[i - 1].cue, attrs[i - 1].roles, "pre")
        elif attr.how == "post" and attr.speaker and not clean_mention(attr.speaker):
            # '‘alliance’, Russia continues to use ...': the words after the quote name nobody.
            pre = _pre_attribution(text, l_lo, l_hi, colon, sent.start if sent else 0, sent.end if sent else 0)
            if pre is not None and clean_mention(pre.speaker):
                attr = pre
        elif attr.how == "post" and _CUE_OPENS_QUOTE.search(text, max(l_lo, l_hi - 3), l_hi) \
                and text[l_lo:l_hi].strip():
            pre = _pre_attribution(text, l_lo, l_hi, colon, sent.start if sent else 0, sent.end if sent else 0)
            if pre is not None and pre.speaker and pre.how == "pre" and (pre.cue_words_before == 0 or
                                                                   pre.reported_clause and "s" in pre.roles
                                                                   and pre.cue_words_before <= PARTIAL_CUE_WINDOW):
                # 'Putin said ..., adding that it provided, "...," news agencies reported': Putin's words
                attr = pre                    # 'Lin Jian remarked, "...," Caliber.Az reports'
        elif attr.how == "post" and attr.cue != "according to" and text[l_lo:l_hi].strip() \
                and not _CUE_OPENS_QUOTE.search(text, max(l_lo, l_hi - 3), l_hi):
            pre = _pre_attribution(text, l_lo, l_hi, colon, sent.start if sent else 0, sent.end if sent else 0)
            if pre is None and sent is not None and sent.start < l_lo == prev_close:
                # the cue stands before an earlier quote of the sentence ('Kim told Putin ... a "critical point"
                # ... and that peace will "depend on the U.S.," the agency said')
                pre = _pre_attribution(text, sent.start, l_hi, colon, sent.start, sent.end)
            if pre is not None and pre.speaker and pre.how == "pre" and "s" in pre.roles and pre.long_reach \
                    and (pre.reported_clause or pre.cue_words_before <= PARTIAL_CUE_WINDOW):
                attr = pre                    # 'Kim told Putin that peace will "depend on the U.S.," the agency
                                              # said': Kim's words, the agency reports them
        elif attr.how == "post" and attr.cue == "according to" and text[l_lo:l_hi].strip() \
                and not _CUE_OPENS_QUOTE.search(text, max(l_lo, l_hi - 3), l_hi):
            pre = _pre_attribution(text, l_lo, l_hi, colon, sent.start if sent else 0, sent.end if sent else 0)
            if pre is not None and pre.speaker and pre.how == "pre" and "q" in pre.roles:
                attr = pre                    # 'He urged Russia to "act responsibly," according to the ministry':
                                              # the ministry reports what he said

        if (attr is None or not attr.speaker and attr.how in ("participle", "post-open")) and q.closed \
                and _clause_like(text[q.start:q.end]):
            # 'The panel's "independent investigations" will be blocked, according to the US envoy.'
            e_sent = sents[index.index_at(max(q.close - 1, 0))] if sents else None
            if e_sent is not None:
                final = _final_attribution(text, q.close, e_sent.end, spans)
                if final is not None:
                    attr = final
        if (attr is None or not attr.speaker and attr.how in ("participle", "post-open")) and q.closed \
                and (_clause_like(text[q.start:q.end]) or _word_before(text, l_lo, q.open) in _OPENS_PHRASE):
            # 'The group is "a test tour delegation" that could ..., Mukhina said.': the closing cue's speaker.
            e_sent = sents[index.index_at(max(q.close - 1, 0))] if sents else None
            if e_sent is not None:
                final = _final_said(text, q.close, e_sent.end, spans)
                if final is not None:
                    attr = final
        if attr is not None and attr.speaker_pos >= 0 and _inside_quote(spans, attr.speaker_pos):
            # A sentence split inside an earlier quote ('"... strengthened. This is ...," adding that'):
            # quoted words are never the speaker.
            attr = _Attribution("", -1, attr.cue, attr.roles, attr.how, attr.cue_words_before)
        attrs.append(attr)
        before = text[l_lo:q.open].rstrip()
        opens_clause.append(not before or before[-1] in ":")
    return _Placement(attrs, sent_of, sent_end, opens_clause)


_FINAL_ACCORDING = re.compile(r",\s+according\s+to\s+")


def _final_attribution(text: str, lo: int, hi: int, spans: Sequence[QuoteSpan]) -> Optional[_Attribution]:
    """An attribution closing the sentence after a quote: ', according to X.' (X ends the sentence)."""
    hi = min(hi, lo + CONTEXT_CHARS)
    found = None
    for found in _FINAL_ACCORDING.finditer(text, lo, hi):
        pass
    if found is None or _inside_quote(spans, found.start()):
        return None
    sp = np_after(text, found.end(), hi, full=True)
    if sp is None or text[sp[1]:hi].strip(" \n.”\"’')") or not clean_mention(_span_text(text, sp)):
        return None
    return _Attribution(_span_text(text, sp), sp[0], "according to", "qcs", "post")


# What may follow a closing ', X said': a time, then the sentence end or a participle ('..., Mukhina said, adding').
_FINAL_SAID_TAIL = re.compile(r"(?:\s+(?:on|last|this|in)\s+[A-Z]?[a-z]+)?\s*(?:[.!?]|,\s+(?:adding|saying|noting|explaining)\b)")


_WH_WORD = re.compile(r"\b(?:what|which|who|whom|that|where|when|how|why)\b", re.I)
# The word right before a short quote the closing cue may claim: the quote opens its own phrase ('There are
# "lots" of', 'but "a test tour delegation"'), it is no modifier's head ('breakaway "people's republics"').
_OPENS_PHRASE = {"is", "are", "was", "were", "be", "been", "being", "but", "and", "or", "not", "as", "of", "to",
                 "for", "with", "than", "into", "from", "by", "on", "at", "in"}


def _final_said(text: str, lo: int, hi: int, spans: Sequence[QuoteSpan]) -> Optional[_Attribution]:
    """A speech cue closing the sentence after a quote ('There are "lots" of people ..., Mukhina said.')."""
    hi = min(hi, lo + CONTEXT_CHARS)
    last = None
    for cue in iter_cues(text, lo, hi):
        if "s" in cue.roles and not cue.participle and not cue.passive and cue.lemma != "according to":
            last = cue
    if last is None or _inside_quote(spans, last.start):
        return None
    comma = text.rfind(",", lo, last.start)
    if comma < 0 or _inside_quote(spans, comma):
        return None
    gap = text[comma + 1:last.start]
    if _word_count(gap) > 10 or _WH_WORD.search(gap):
        return None                           # 'in the Red Sea on what it said were ...': no closing attribution
    if gap.strip():
        sp = speaker_before_cue(text, comma + 1, last.start)
        if sp is None or text[comma + 1:sp[0]].strip() or text[sp[1]:last.start].strip(" \n"):
            return None                       # the words between the comma and the cue are the speaker only
        tail = _FINAL_SAID_TAIL.match(text, last.end, hi + 1)
    else:
        sp = np_after(text, last.end, hi)     # '..., said Mukhina.'
        tail = _FINAL_SAID_TAIL.match(text, sp[1], hi + 1) if sp else None
    if sp is None or tail is None or not clean_mention(_span_text(text, sp)):
        return None
    return _Attribution(_span_text(text, sp), sp[0], last.word, last.roles, "post")


def _word_before(text: str, lo: int, hi: int) -> str:
    """The last word of ``text[lo:hi]`` in lower case, or ""."""
    words = _WORD.findall(text, max(lo, hi - 40), hi)
    return words[-1].lower() if words else ""


def _inside_quote(spans: Sequence[QuoteSpan], pos: int) -> bool:
    """True when ``pos`` lies between the marks of one of ``spans`` (sorted by their opening mark)."""
    i = bisect.bisect_right([q.open for q in spans], pos) - 1
    return i >= 0 and pos < spans[i].close


def extract_quotes(text: str, *, article_id: str = "", sentences: Optional[Sequence[Sentence]] = None) -> list[Quote]:
    """Quotations in ``text`` with speaker, cue and kind (speech / scare / block).

    >>> t = 'The Russian foreign ministry called such speculations “completely fake.”'
    >>> [(q.text, q.speaker, q.cue, q.kind) for q in extract_quotes(t)]
    [('completely fake.', 'The Russian foreign ministry', 'called', 'speech')]
    """
    if not text:
        return []
    doc = analyse(text, sentences, article_id)
    index, people, subjects = doc.index, doc.people, list(doc.subjects)
    sents = index.sentences
    spans = doc.quotes
    placed = _attribute_spans(text, index, spans)
    attrs, sent_of, sent_end, opens_clause = placed.attrs, placed.sent_of, placed.sent_end, placed.opens_clause

    quotes: list[Quote] = []
    resolved: list[tuple[str, str, str]] = []   # (speaker, cue, kind) per span
    spoken: list[tuple[int, str]] = []          # (position, name) of speakers so far, for pronouns
    actors: list[tuple[int, str, str]] = []     # (position, name, mention), for "it" and descriptions
    for i, q in enumerate(spans):
        start = q.start
        attr = attrs[i]
        transcript = _TRANSCRIPT.match(text, q.start, q.end)
        if transcript and _word_count(text[transcript.end():q.end]) >= 2:
            start = transcript.end()
            attr = _Attribution(transcript.group(1), transcript.start(), ":", "qs", "colon")
        words = text[start:q.end]
        speaker, cue, kind = "", "", "scare"
        if attr is not None and _is_speech_cue(attr, words):
            speaker, cue, kind = attr.speaker, attr.cue, "speech"
            if attr.how == "colon" and speaker:
                speaker = _colon_label(speaker, attr.speaker_pos, people)
            if attr.how == "passive" and not speaker and sent_of[i] > 0:
                prev = sents[sent_of[i] - 1]
                sp = leading_np(text, prev.start, prev.end)
                speaker = _span_text(text, sp)
        if not _clause_like(words) and _LABEL_BEFORE.search(text, max(0, q.open - 40), q.open):
            speaker, cue, kind = "", "", "scare"   # 'known as "countervailing duties"': a label
            attr = None
        elif _title_case(words) and not (attr is not None and attr.how == "post" and attr.speaker
                                         and opens_clause[i]):
            speaker, cue, kind = "", "", "scare"   # a title ("Face the Nation"): neither speech nor inherited
        elif kind == "scare" and attr is None and _clause_like(words) and not opens_clause[i] and \
                (subject := _person_subject(text, sents[sent_of[i]] if sents else None, q.open, people)):
            # 'Matsegora singled out construction workers, who are "highly skilled, ..."'.
            speaker, kind = subject, "speech"
        elif kind == "scare" or (not speaker and attr is not None and attr.how in ("participle", "post-open", "pre")):
            # A cue whose subject was not found ('" and asserted that "') continues the quote before it
            # in the same sentence only; a quote with no cue at all may continue one sentences back.
            own_cue = attr is not None and attr.how == "pre"
            inherited = _inherit(i, spans, sent_of, sent_end, resolved, attrs, text, sents,
                                 _clause_like(words) and not own_cue, own_cue)
            if inherited is not None:
                speaker, cue = inherited[0], (attr.cue if own_cue else inherited[1])
                kind = "speech"
            elif _clause_like(words):
                kind = "speech"
        mention = clean_mention(speaker) if speaker else ""
        pos = attr.speaker_pos if attr and attr.speaker_pos >= 0 else q.open
        if mention and is_pronoun(mention):
            pronoun = _resolve_pronoun(doc, mention, pos, subjects, spoken) if mention.lower() != "it" else ""
            speaker = resolve_mention(doc, mention, pos, actors, pronoun)
        else:
            speaker = resolve_mention(doc, mention, pos, actors)
            if speaker == mention and _BARE_NAME.fullmatch(mention):
                speaker = people.earlier_full_name(mention, pos) or speaker   # 'Kim told ...': Kim Hong-kyun
        if speaker and attr is not None and attr.speaker_pos >= 0:
            bisect.insort(spoken, (attr.speaker_pos, speaker))
            bisect.insort(actors, (attr.speaker_pos, speaker, mention))
        resolved.append((speaker, cue, kind))
        quotes.append(Quote(article_id, start, q.end, words, speaker, kind, cue, sent_of[i], mention))

    for start, end, attr in _block_quotes(text, index, spans):
        s_idx = index.index_at(start)
        mention = clean_mention(attr.speaker) if attr.speaker else ""
        speaker = resolve_mention(doc, mention, max(attr.speaker_pos, 0), actors,
                                  _resolve_pronoun(doc, mention, attr.speaker_pos, subjects, spoken)
                                  if is_pronoun(mention) and attr.speaker_pos >= 0 else "")
        quotes.append(Quote(article_id, start, end, text[start:end], speaker, "block", attr.cue, max(s_idx, 0),
                            mention))
    quotes.sort(key=lambda r: (r.start, r.end))
    return quotes


def _resolve_pronoun(doc, pronoun: str, pos: int, subjects: Sequence[tuple[int, str]],
                     spoken: Sequence[tuple[int, str]]) -> str:
    """The name a pronoun speaker stands for ("they" a group, "he" a person), or ""."""
    if pronoun.lower() in ("they", "them"):
        return resolve_group(doc, pos, spoken)
    # With no named person, an unnamed one who spoke before ("Daily NK’s source said ...").
    return doc.people.resolve(pronoun, pos, doc.index, (subjects, spoken)) \
        or doc.people.resolve(pronoun, pos, doc.index, (doc.body_subjects,), window=2)


def _colon_label(label: str, pos: int, people: PersonIndex) -> str:
    """A label before a colon speaks when it is a name ("Sanders: ..."); a clause opening a line, as in a
    headline ("Elizabeth Warren Hammers Wells Fargo CEO: ..."), gives the person it opens with, or nobody."""
    words = _WORD.findall(label)
    if len(words) < 3 or not all(w[0].isupper() or w in _SMALL_WORDS for w in words) \
            or people.lookup(label) is not None:
        return label
    prefix = people.name_prefix(label)
    if prefix:
        return prefix
    line_start = people.text.rfind("\n", 0, max(pos, 0)) + 1
    return "" if not people.text[line_start:max(pos, 0)].strip() else label     # a line opening with a clause


def _person_subject(text: str, sentence: Optional[Sentence], hi: int, people: PersonIndex) -> str:
    """The sentence's subject when it names a known person, else ""."""
    if sentence is None or hi <= sentence.start:
        return ""
    sp = leading_np(text, sentence.start, hi)
    if sp is None:
        return ""
    name = _span_text(text, sp)
    return name if people.lookup(name) is not None else ""


def _inherit(i: int, spans: Sequence[QuoteSpan], sent_of: Sequence[int], sent_end: Sequence[int], resolved, attrs,
             text: str, sents: Sequence[Sentence], clause_like: bool,
             same_sentence_only: bool = False) -> Optional[tuple[str, str]]:
    """The speaker a quote without its own cue (or without a subject for it) continues, or None."""
    j = i - 1
    # Skip back over titles and scare quotes of the same sentence ('said on "Fox and Friends." "I mean..."').
    while j > max(0, i - 4) and resolved[j][2] != "speech" and sent_of[i] - sent_end[j] <= 1:
        j -= 1
    if j >= 0 and resolved[j][2] == "speech" and resolved[j][0]:
        gap = sent_of[i] - sent_end[j]
        same_sentence = spans[j].close > sents[sent_of[i]].start if sents else True
        if gap == 0 or same_sentence or (clause_like and gap <= CONTINUATION_SENTENCES):
            return resolved[j][0], resolved[j][1]
    if same_sentence_only:
        return None
    if not clause_like:
        return None
    # The sentence before holds an attribution ("Trump said he would win.\n"We will win."").
    s_idx = sent_of[i]
    if s_idx > 0 and sents and text[spans[i].open - 1:spans[i].open].strip() == "" \
            and sents[s_idx].start >= spans[i].open - 1:
        prev = sents[s_idx - 1]
        if not (i > 0 and spans[i - 1].close > prev.start):
            lo = max(prev.start, prev.end - CONTEXT_CHARS)
            cues = [c for c in iter_cues(text, lo, prev.end) if not c.passive and not c.participle
                    and c.lemma != "according to"]
            if cues:
                sp = subject_before(text, lo, cues[0].start)
                if sp:
                    return _span_text(text, sp), cues[0].word
    # The next quote's attribution, when it follows at once ('"A." "B," he said.').
    if i + 1 < len(spans) and attrs[i + 1] is not None and attrs[i + 1].how == "post" \
            and attrs[i + 1].speaker and sent_of[i + 1] - sent_of[i] <= 1:
        return attrs[i + 1].speaker, attrs[i + 1].cue
    return None
