"""Attributed claims: reported statements and views that are not direct quotes.

A claim is anchored on a reporting cue outside quotation marks (``reporting_verbs.tsv``)
and takes one of these shapes:

* ``X claims/argues/said (that) CONTENT`` -- the source is the verb's subject, the
  content its complement clause (after "that" when present) to the end of the clause;
* ``According to X, CONTENT`` / ``CONTENT, according to X``;
* ``CONTENT, X said.`` / ``CONTENT, said X.`` / ``Even so, X feel, CONTENT``;
* ``As X note(s), CONTENT`` / ``If A, as some reports allege, B``;
* ``it is noted/argued/reported that CONTENT`` -- no source;
* ``X ..., adding/saying/suggesting that CONTENT`` -- the main clause's subject;
* ``CONTENT was reported by X`` / ``CONTENT, as mentioned by X`` -- the agent of a passive;
* ``X's claim that CONTENT`` / ``a Times report that CONTENT`` -- a speech noun with its holder;
* ``X made a strong condemnation of CONTENT`` -- a light verb with a speech noun (a person or body only);
* ``Obama Says CONTENT`` / ``Pence: CONTENT`` -- a title-case headline on the first line;
* ``..., citing CONTENT`` -- a reason (``citing a threat to health``) is the subject's claim; a cited
  source (``citing a military report``, ``, cited by RFA,``) is a second row for the same content;
* ``X complained/asked Y/talked about CONTENT``, ``X commented on CONTENT`` -- a topic (lexicon role ``t``),
  and ``X's claims/comments about CONTENT`` -- a speech noun's topic;
* ``In the latest X poll, CONTENT`` -- a finding, when the clause has no cue of its own.

Cues of the lexicon's role ``p`` (attack, support, plan to ...) count only with a person as source.
Not claims: the author's voice ("It would be fair to say"), evidence, events or documents as the subject
without a body behind them, idioms of perception, negated or hypothetical speech (``nlp.non_attribution``).

A complement that is a direct quote from end to end belongs to the quotes table and is
skipped here; one with a partial quote inside ("called the move "reckless"") is a claim.
Pronoun sources are resolved like quote speakers ("According to him" -> the last person
named); "they" takes the most recent plural source.  ``hedge`` is the first hedging word
(``hedges.tsv``) in the claim's sentence span, from the source to the end of the content.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional, Sequence

from .claim_shapes import FINDING_OPENER as _FINDING_OPENER, FINDING_ROLE as _FINDING_ROLE
from .claim_shapes import FINITE_AFTER_TOPIC as _FINITE_AFTER_TOPIC, HEADLINE_CHARS, MAIN_PASSIVE as _MAIN_PASSIVE
from .claim_shapes import ASIDE_TAIL as _ASIDE_TAIL, CONTENT_END as _CONTENT_END, ENDS_CLAUSE as _ENDS_CLAUSE
from .claim_shapes import COORDINATED_CLAUSE as _COORDINATED_CLAUSE, COORDINATED_CUE as _COORDINATED_CUE
from .claim_shapes import WH_SAID as _WH_SAID, WH_SAID_END as _WH_SAID_END, WH_SAID_STOP as _WH_SAID_STOP
from .claim_shapes import APPOSITIVE_NAME as _APPOSITIVE_NAME, RELAYED_AHEAD as _RELAYED_AHEAD, SUBJECT_OPEN as _SUBJECT_OPEN
from .claim_nesting import drop_nested as _drop_nested, intention_only as _intention_only
from .claim_nesting import same_actor as _same_actor, share_nested
from .claim_shapes import NOUN_THAT as _NOUN_THAT, THAT_HEAD as _THAT_HEAD, bounded as _bounded, main_cue
from .claim_shapes import NOUN_BY, NOUN_BY_ROLE
from .claim_shapes import CITES_AS as _CITES_AS, NOUN_HOLDER as _NOUN_HOLDER, NOUN_ROLE as _NOUN_ROLE, extra_cues
from .nlp import (Cue, analyse, hedge_in, is_plural, is_pronoun, iter_cues, leading_np, np_after, pronoun_kinds,
                  reporting_verbs, resolve_group, subject_before, word_classes)
from .nlp.cues import NOUN_LEMMAS
from .nlp.mentions import actor_words, clean_mention, resolve_mention
from .nlp.non_attribution import attributes_nothing
from .nlp.people import lone_surname
from .records import Claim, Sentence

# A claim whose source phrase names no person or body ("The growing", "Hence") could be dropped; on
# PolNeAR dev most of them are real attributions with a badly cut source (74 true positives lost), so
# they are kept with an empty source.
DROP_JUNK_SOURCE = False
# A content span shorter than this many words is not worth a row ("he said so").
MIN_CONTENT_WORDS = 2
# How far around a cue its source and content are looked for; bounds the work in run-on text.
CONTEXT_CHARS = 2000
# A hedge counts when it is within this many characters of the content's start (its main clause).
HEDGE_WINDOW = 300
# How far after the cue "that" may come ("told reporters in Moscow on Monday that").
THAT_WINDOW_WORDS = 8

_THAT = re.compile(r"\bthat\b")
_ALNUM = re.compile(r"[^\W_]")
_HANDOVER = re.compile(r"[,?!—–-]")
_NAME_START = re.compile(r"[A-Z]|(?:the|a|an|one|two|three|several|some|many|his|her|their|its)\b")
# Verbs whose first complement is the addressee: "told reporters (that) ...".
_ADDRESSEE_FIRST = {"tell", "remind", "assure", "advise", "warn", "urge", "ask", "inform", "notify", "promise",
                    "call on", "implore", "exhort", "beg", "beseech", "entreat"}
_TIME_NAME = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|"
                        r"September|October|November|December|Today|Yesterday|Tonight)\b")
_TO_VERB = re.compile(r"\s+to\s+[a-z]")
_ADDRESSEE_TO = re.compile(r"\s+(?:[\w’'.-]+\s+){1,3}?(?=to\s+[a-z])")
# A longer addressee before the infinitive: with a place or an occasion ("his supporters at a Michigan rally") or an
# appositive set off by commas ("NBC's Lester Holt, the moderator for the first debate,"); "to" opens a verb, not a
# noun phrase ("told them at the rally to the north").
_ADDRESSEE_SET_OFF_TO = re.compile(r"\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+(?:\s+(?:at|in|on|during)\s+(?:[\w’'.-]+\s+){1,5}?|"
                                   r",\s+[^,.;:“”\"]{1,80},\s+)(?=to\s+(?!(?:the|a|an|his|her|their|its|this|that|"
                                   r"these|those)\b)[“\"‘]?[a-z])")
_TO_AFTER = re.compile(r"\s+to\b")
_MODAL_NEXT = re.compile(r"\s+(?:would|could|will|can|may|might|should|must)\s+[a-z]")
_ADDRESSEE = re.compile(r"\s+(?:me|us|you|him|her|them|reporters|journalists|lawmakers|supporters|"
                        r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[A-Z][\w’'.-]*\s+){0,3}"
                        r"(?:[a-z]+\s+(?!(?:the|a|an|he|she|they|it|we|i|his|her|their|its|this|that|there|to|of|in|on|at|for|with|"
                        r"about|from|by|would|could|will|can|may|might|should|must)\b))?[\w’'.-]+|"
                        r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\b")
# Authorial asides: "It goes without saying that", "It's worth noting that", "There's no way to tell".
_AUTHORIAL = re.compile(r"(?:\b(?:without|worth|no\s+way\s+to|(?:impossible|hard|difficult|fair|safe|important|"
                        r"accurate|reasonable|necessary|useful)\s+to)\s+$)", re.I)
_THAT_LEAD = re.compile(r"that\s+")
_AFTER_THAT = re.compile(r"\s*(?:,\s*)?(?:[“\"‘]|''|``)?")
_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
_STOP_GAP = re.compile(r"[.;:!?“”\"]")
_OPENS_QUOTE = re.compile(r"[\s,:]*(?:[“\"]|''|``)")
# A subject far from its parenthetical cue: "Japan ... could decide that the arrangement, announced last year, ...".
_SUBJECT_GAP = re.compile(r",|(?:\S+\s+){4}")
# A clause that goes on with its verb after an aside: "Acts of protest, he said, are acts of patriotism".
_PREDICATE_START = re.compile(r"\s*(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|"
                              r"does|do|did)\b")
# Verbs whose passive subject holds the view: "Moscow is worried by the prospect of ..." (no agent source).
_EXPERIENCER = {"worry", "fear", "feel", "know", "think", "believe", "doubt", "suspect", "hope", "concern", "find"}
_CITED_BY = re.compile(r"\s+by\s+")
_AS_BY = re.compile(r",\s*as\s+$")
# The agent of a passive cue: "was first reported by", "has been endorsed by".
_BY_AGENT = re.compile(r"\s+(?:(?:first|also|widely|[a-z]+ly)\s+)?by\s+")
_PASSIVE_AUX = re.compile(r"(?:\b(?:has|have|had)\s+been|\b(?:is|are|was|were|be|being))\s+(?:(?:first|also|not|[a-z]+ly)\s+)?$")
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:[\w’'.-]+\s+){0,4}[\w’'.-]+)$")
# A first subject joined by "and" before the cue's own: ", A and B said."
_COORDINATED = re.compile(r",\s+((?:[\w’'.-]+\s+){1,6})and\s+$")
# "..., X reports citing Y." / "X reported, citing Y, that ...": the citation closes the clause.
_CITED_SAYING = re.compile(r"\s+(?:the\s+[\w’'-]|[A-Z])[^,.;:“”\"]{0,60},\s+(?:saying|adding|stating|claiming)\b")
_CITED_DOCUMENT = re.compile(r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:reports?|data|statements?|figures|estimates?|"
                             r"assessments?|documents?|surveys?|studies|study)\s+(?:from|by|of)\s+(?=the\s|[A-Z])")
_QUOTED_AS = re.compile(r",\s+((?:the\s+|[A-Z])[^,.;:“”\"]{0,60}?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
                        r"(?:quoted|cited)\s+as\s+$")
_CITING_AFTER = re.compile(r"\s*,?\s*citing\b[^.;:“”\"]*")
_CITING_THAT = re.compile(r"\s*,\s*citing\b[^,.;:“”\"]{1,80},\s*that\s+")
_IMPERSONAL = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+|also\s+)?$")
_AS_SOURCE = re.compile(r"\b[Aa]s\s+$")
_CONJUNCTION_END = re.compile(r",\s+(?:but|and|yet|so)\s+$")
_GOVERNING_VERB = re.compile(r"\b((?:continues?|continued|wants?|wanted|seems?|seemed|appears?|appeared|tends?|"
                             r"tended|began|begins?|refuses?|refused|vows?|vowed|plans?|planned|tries|tried|tr(?:y)|"
                             r"promised|promises?|decided|decides?|hopes?|hoped|continue|want|begin))\s+to\s*$")
_INFINITIVE_BEFORE = re.compile(r"\bto$")
# Verbs whose object is the subject of the infinitive after it: "forced Stumpf to admit", "urged Kim to say".
_OBJECT_CONTROL = re.compile(r"\b(?:forc|press|persuad|convinc|urg|ask|encourag|invit|prompt|challeng|dar|push|"
                             r"compell|allow|order)(?:e|es|ed|ing|d|s)?\s+(?=[A-Z]|the\s|his\s|her\s|their\s)")
_TO_END = re.compile(r"\s+to\s*$")
_CONTROL_TAIL = re.compile(r"(?:,[^,.;:]{0,120},)?\s*to\s*")
_SUB_BEFORE = re.compile(r"\b(?:while|when|after|before|by|despite|in|without|besides)$", re.I)
_FOOTNOTE_END = re.compile(r"(?<=[A-Za-z”\"’')\]][.!?])\d{1,3}$")
_LEAD_IN = re.compile(r"\s*[,:]?\s*")
_NO_CLAUSE = {"to", "so", "not", "also", "again", "later", "then", "repeatedly", "publicly", "previously", "earlier",
              "recently", "yesterday", "today", "goodbye", "hello", "thanks", "yes",
              "anything", "much", "little", "less", "otherwise", "and", "or"}


def _strip_content(text: str, a: int, b: int, min_words: int = MIN_CONTENT_WORDS) -> Optional[tuple[int, int]]:
    """Trim whitespace, a leading comma and the final period/footnote of a content span."""
    while a < b and (text[a].isspace() or text[a] in ",:"):
        a += 1
    m = _FOOTNOTE_END.search(text, max(a, b - 6), b)
    if m:
        b = m.start()
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:"):
        b -= 1
    if b <= a or sum(1 for _ in zip(range(min_words), _WORD.finditer(text, a, b))) < min_words:
        return None
    return a, b


_ASIDE_OBJECT = re.compile(r",\s+(?:once\s+again|once\s+more|again|yet\s+again),\s+[a-z]")
_LEADING_ASIDE = re.compile(r"(?:once\s+again|once\s+more|again|yet\s+again),\s+")


@lru_cache(maxsize=None)
def _participle_after_comma() -> re.Pattern:
    forms = sorted((f for f, v in reporting_verbs().items() if v.participle), key=len, reverse=True)
    # (an adverb may come first: ", possibly indicating ...", ", perhaps suggesting ...")
    return re.compile(r",[”\"’']?\s+(?:(?:possibly|perhaps|probably|apparently|presumably|likely)\s+)?(?:%s)\b" % "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms))


def _content_end(text: str, a: int, hi: int) -> int:
    """The end of a content clause: a semicolon, a dash, ", but ...", ", adding that ...", or a second
    cue of the same subject ("criticized the deals and called for tariffs")."""
    m = _CONTENT_END.search(text, a, hi)
    p = _participle_after_comma().search(text, a, hi)
    ends = [x.start() for x in (m, p, _RELAYED_AHEAD.search(text, a, hi)) if x]
    hi = min(ends) if ends else hi
    for c in _COORDINATED_CLAUSE.finditer(text, a, hi):
        if len(_WORD.findall(text, a, c.start())) >= 5:
            cue = next(iter_cues(text, c.start(1), c.end(1) + 40), None)
            if cue is not None and cue.start == c.start(1) and not cue.participle and not cue.passive \
                    and _reports_here(text, cue):
                hi = c.start()    # "Republicans said X and Democrats accused Y": a second attribution
                break
    for c in _COORDINATED_CUE.finditer(text, a, hi):
        cue = next(iter_cues(text, c.start(1), c.end(1) + 40), None)
        if cue is not None and cue.start == c.start(1) and not cue.participle and not cue.passive \
                and not (cue.lemma in NOUN_LEMMAS and cue.word in (cue.lemma, cue.lemma + "s")) and _reports_here(text, cue):
            return c.start()      # not "the rumours and reports about ...": a noun
    return hi


def _reports_here(text: str, cue: Cue) -> bool:
    """False for a cue that reports only with a that-clause and has none ("the striving and wish of ...")."""
    return bool(set(cue.roles) - set("wp")) or _THAT.match(text, cue.end + 1) is not None


class _Context:
    """One article: sentences, quote spans and people, shared by the claim rules."""

    def __init__(self, text: str, sentences: Optional[Sequence[Sentence]], article_id: str):
        doc = analyse(text, sentences, article_id)
        self.text, self.doc = text, doc
        self.index, self.quotes, self.q_open, self.people = doc.index, doc.quotes, doc.q_open, doc.people
        self.quote_at = doc.quote_at

    def fully_quoted(self, a: int, b: int) -> bool:
        """True when every letter and digit of ``text[a:b]`` lies inside quotation marks."""
        pos = a
        i = max(0, bisect.bisect_right(self.q_open, a) - 1)
        while pos < b:
            while i < len(self.quotes) and self.quotes[i].close <= pos:
                i += 1
            nxt = self.quotes[i].open if i < len(self.quotes) else b
            if nxt > pos and _ALNUM.search(self.text, pos, min(nxt, b)):
                return False
            if i >= len(self.quotes) or nxt >= b:
                return True
            pos = self.quotes[i].close
        return True

    def clause_lo(self, pos: int) -> int:
        """Start of the sentence around ``pos``, or the end of a quote closing in it before ``pos``."""
        sentence = self.index.at(pos)
        lo = sentence.start if sentence else 0
        i = bisect.bisect_right(self.q_open, pos) - 1
        stop = i - 5
        while i > stop and i >= 0 and self.quotes[i].close > lo:
            q = self.quotes[i]
            # After a quote that hands over to an attribution ('"...," X said, adding that ...'); a
            # partial quote inside the clause ('took part in a "walk-in" at ...') does not cut it.
            if q.close <= pos and _HANDOVER.search(self.text[max(q.start, q.end - 3):q.close]):
                before = self.text[lo:q.open].rstrip().rstrip("”\"’'")
                if _mixed_lead(self.text, lo, before):
                    return lo     # 'Not paying taxes "makes me smart," Trump said': a mixed sentence, one clause
                return q.close
            i -= 1
        return lo


def _mixed_lead(text: str, lo: int, before: str) -> bool:
    """True when the words before a quote in its sentence are the author's paraphrase, not a lead-in:
    'Not paying taxes "makes me smart," X said', 'With thousands of systems, "there is no single point of
    failure," he said' -- but not 'He said: "..."' nor '"...," X said, "..."' (a cue before the quote)."""
    if not before or not _ALNUM.search(before) or before[-1] in ".!?":
        return False
    if before[-1] not in ":,;":
        return True
    if before[-1] == ":" or '"' in before or "”" in before or "''" in before:
        return False
    return not any(True for _ in iter_cues(text, lo, lo + len(before)))


def _head_end(text: str, lo: int, pos: int) -> int:
    """``pos`` moved back over spaces and closing quotation marks ('..., X said' / '...,\" said X')."""
    while pos > lo and (text[pos - 1].isspace() or text[pos - 1] in "”\"’'"):
        pos -= 1
    return pos


# Verbs whose content is an indirect question: "asked whether ...", "wondered how ...".
_ASKING = {"ask", "question", "wonder"}
_WH_CLAUSE = re.compile(r"\s+(?:[a-z]+ly\s+)?((?:whether|how|why|what|when|who|which|if)\s+\w)")
_SUB_BEFORE_ASK = re.compile(r"\b(?:[Ww]hen|[Ii]f|[Oo]nce|[Bb]eing)\s+$")


# A relative clause around the cue's subject: "one that US officials have warned could ...", "which he said were".
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|what)\s+(?:[\w’'.-]+\s+){1,6}$")
_WHO_ASIDE_END = re.compile(r",\s+(?:who|which)\s+[^,]*,$")
_NAMED_ADDRESSEE = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*(?![\w.&’'-])"
                              r"(?=\s*(?:[,;]|\.(?:\s|$)|$)|\s+(?:on|in|at|last|this)\b)")
# "..., BOJ Governor Kazuo Ueda told a press conference after the meeting.": an occasion, not a person addressed.
_EVENT_ADDRESSEE = re.compile(r"\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:(?:press|news)\s+conference|"
                              r"(?:press\s+|news\s+)?briefing|forum|rally|parliament|audience|gathering)\b")
_EVENT_TAIL = re.compile(r"(?:\s+(?:after|before|following|in|at|on|during)\b[^;:“”\"]{0,120}?)?\s*[.,;]?\s*")
_SUBORDINATE_OPEN = re.compile(r"\W*(While|Although|Though|Because|Since|When|After|Before|If|Unless|Whereas|As)\s+"
                               r"(?:[\w’'.-]+\s+){1,6}$")
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\s+(?:[a-z]+ly\s+|also\s+|has\s+|have\s+|had\s+){0,2}$")
_LEADING_TIME = re.compile(r"(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|"
                           r"last\s+(?:week|month|year|night)|this\s+(?:week|month|year))\s+"
                           r"(?=(?:he|she|they|it|we|i|the|a|an|his|her|their|its|there)\s)")
_TIME_SUBORDINATORS = {"after", "before", "while", "when", "until", "since", "because", "although", "though", "unless",
                       "once", "whereas"}
_MAIN_SUBJECT = re.compile(r",\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}\s+(?:(?:also|[a-z]+ly)\s+)?")
_GAP_PREPS = {"during", "in", "at", "on", "after", "before", "to"}
_OBJECT_PRONOUNS = {"me", "us", "him", "her", "them", "it", "you", "whom"}
# Where and when something was said, before a bare clause: "said in a Facebook post on Thursday Amb. X visited",
# "said on social media more than 10 million ..." (a chain of such phrases, each ending on a medium or a time).
_MEDIUM_PP = re.compile(r"(?:(?:in|on|at|via|during)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,2}?"
                        r"(?:posts?|statement|interview|briefing|conference|media|speech|message|broadcast|television|"
                        r"TV|radio|website|commentary|channel|address|remarks|Telegram|Facebook|Twitter|Instagram|"
                        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening)\s+"
                        r"(?:(?:with|to)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?[A-Z][\w’'.-]*\s+)?){1,3}"   # "with news agency Interfax"
                        r"(?=(?:he|she|they|it|we|the|a|an|his|her|their|its|there|more|some|about|nearly|over|"
                        r"[A-Z0-9])[\w’'.,-]*\s)")
# A stance verb whose object is a pronoun and a time only: "the lower house endorsed it last month" says nothing.
_PRONOUN_TIME_ONLY = re.compile(r"(?:it|them|him|her|this|that)(?:\s+(?:last|this|next|on|earlier|later|again|too|also|"
                                r"yesterday|today|week|month|year|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))*\W*$")
_TIME_NOUNS = {"day", "days", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "time"}


# The topic of a verb of speech (role t): "complained bitterly about ...", "commented Tuesday on ...".
_TOPIC = re.compile(r"\s+(?:(?:[a-z]+ly|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?(about|on)\s+(?=[\w“\"‘'])")
_TOPIC_ON = {"comment"}
_TOPIC_AHEAD = re.compile(r"(?:\s+[\w’'.-]+){0,3}?\s+(?:about|on)\s")
# A noun's infinitive: "requests to comment on ...", "a chance to talk about ..." (no one speaks yet).
_NOUN_TO = re.compile(r"\b(?:requests?|chances?|opportunit(?:y|ies)|invitations?|offers?|efforts?|attempts?|time|"
                      r"plans?|decisions?|refusal|calls?|reluctance|willingness|pressure)\s+to\s+$")


def _that_clause(text: str, cue: Cue, hi: int) -> Optional[int]:
    """Where an explicit "that" clause after ``cue`` starts ("said at an event in Ohio that ..."), or None."""
    that = _THAT.search(text, cue.end, min(hi, cue.end + 130))
    if that:
        gap = text[cue.end:that.start()]
        gap_words = [w.lower() for w in _WORD.findall(gap)]
        # A prepositional phrase may stand between any cue and its clause ("conveyed during a meeting with Kim that")
        window = THAT_WINDOW_WORDS if "c" in cue.roles or gap_words and gap_words[0] in _GAP_PREPS else 3
        if len(gap_words) > window or len(gap) > 80:
            # "said in an interview with the Russian daily Izvestia on July 19 that Moscow could ...": a longer
            # chain of phrases only before a clause that opens on its subject
            if not (gap_words[0] in _GAP_PREPS and len(gap_words) <= 2 * THAT_WINDOW_WORDS and _SUBJECT_OPEN.match(text, that.end())):
                return None
            window = 2 * THAT_WINDOW_WORDS
        # The clause may open on a comma or a quotation mark: 'that, "Of course ..."', 'that "a bomb" had'.
        lead = _AFTER_THAT.match(text, that.end(), hi)
        if gap_words and gap_words[0] in word_classes()["det"] and cue.lemma not in _ADDRESSEE_FIRST \
                and not _TIME_NOUNS.intersection(gap_words) or "about" in gap_words:
            return None           # "expect a major impact on the prices that consumers pay", "told reporters about
                                  # the storm that hit": a relative "that"
        if lead and not _STOP_GAP.search(gap) and len(gap_words) <= window and _WORD.match(text, lead.end()) \
                and not any(w in word_classes()["aux"] for w in gap_words) \
                and not any(True for _ in iter_cues(text, cue.end, that.start())):
            return that.end()
    return None


def _complement(ctx: _Context, cue: Cue, hi: int) -> Optional[int]:
    """Where the claimed content starts after ``cue``, or None when the verb has no clause."""
    text = ctx.text
    that = _that_clause(text, cue, hi)
    if that is not None:
        return that
    if cue.lemma in _ASKING and not cue.participle and not cue.passive:
        wh = _WH_CLAUSE.match(text, cue.end, hi)
        if wh and not _SUB_BEFORE_ASK.search(text, max(0, cue.start - 12), cue.start):
            return wh.start(1)    # "Lawmakers also asked whether the deals ...": the question is the content
    if not set(cue.roles) & {"c", "i", "n", "t"}:
        return None
    start = cue.end
    if cue.lemma in _ADDRESSEE_FIRST:
        # "told reporters he would win", "urged Seoul to halt the drills": the clause follows the addressee.
        m = _ADDRESSEE.match(text, cue.end, hi)
        if "i" in cue.roles and (m is None or not _TO_VERB.match(text, m.end(), hi)):
            m = _ADDRESSEE_TO.match(text, cue.end, hi) or _ADDRESSEE_SET_OFF_TO.match(text, cue.end, hi) or m
            # "called on police to ...", "urged lawmakers in Seoul to", "tells his supporters at a rally in Michigan
            # to ...", "asked Lester Holt, the moderator, to ..."
        if m is not None and _MODAL_NEXT.match(text, m.end(), hi):
            m = None              # "warned the coming days could see ...": the clause's subject, no addressee
        if m is None and cue.lemma == "tell" and not _TO_AFTER.match(text, cue.end, hi):
            return None           # "Mr. Clarke told some of the miners": the addressee, no content
        if m is not None and not _TO_AFTER.match(text, cue.end, hi):
            start = m.end()
    if "t" in cue.roles and not cue.participle and not _NOUN_TO.search(text, max(0, cue.start - 30), cue.start):
        topic = _TOPIC.match(text, start, hi)
        if topic and (topic.group(1) == "about" or cue.lemma in _TOPIC_ON) and \
                not _SUB_BEFORE_ASK.search(text, max(0, cue.start - 12), cue.start):
            return topic.end()    # "complained about the referee", "asked him about his taxes": the topic
        if not set(cue.roles) & {"c", "i", "n"}:
            return None
    lead = _LEAD_IN.match(text, start, hi)
    start = lead.end() if lead else start
    aside = _LEADING_ASIDE.match(text, start, hi) if lead and lead.group().strip() == "," else None
    start = aside.end() if aside else start   # "stressed, again, friendship between ...": the aside is no content
    when = _LEADING_TIME.match(text, start, hi)
    if when and "c" in cue.roles:
        start = when.end()        # "Authorities announced on Friday the arrest of ...": the time is no content
    medium = _MEDIUM_PP.match(text, start, hi) if "c" in cue.roles and not when else None
    if medium:
        start = medium.end()      # "said in a Facebook post on Thursday Amb. X visited ...": the medium is no content
    if start >= hi:
        return None
    first = _WORD.match(text, start)
    classes = word_classes()
    if first is None and text[start] not in "“\"‘'`":
        return None
    if first:
        low = first.group().lower()
        if low == "to" and "i" in cue.roles:
            verb = _WORD.match(text, first.end() + 1)
            if cue.lemma == "appeal" and verb and (verb.group().lower() in classes["det"] or
                                                   verb.group().lower() in _OBJECT_PRONOUNS):
                return None       # "to appeal to many of the voters": "to" is a preposition here
            return start          # "vowed to respond": an intention, "to" and all
        nxt = _WORD.match(text, first.end() + 1)
        if low in _TIME_SUBORDINATORS and "n" not in cue.roles and (low != "when" or "s" in cue.roles) and \
                not (nxt and nxt.group().lower() in classes["det"]):
            return None           # "said before he died", "said when she resigned": a time (not "said after
                                  # the convention he would ...", nor "know when it's worth ...": a question)
        if "n" in cue.roles and low not in classes["prep"] and low not in _NO_CLAUSE:
            return start          # "called for the withdrawal of US troops": a stance on a noun phrase
        if "c" not in cue.roles:
            return None
        if low in classes["aux"] and not cue.passive and _RELATIVE_BEFORE.search(text, max(0, cue.start - 80), cue.start):
            return start          # "one that US officials have warned could destabilise ...": the relative clause
        if low in classes["prep"] or low in classes["aux"] or low in _NO_CLAUSE:
            return None           # "said in a statement", "said to be", "said so"
    elif "c" not in cue.roles:
        return None
    return start


def _source_of(ctx: _Context, cue: Cue, lo: int, hi: int) -> Optional[tuple[int, int]]:
    text = ctx.text
    before = text[max(lo, cue.start - 80):cue.start].rstrip()      # a tail is enough for the checks below
    if _INFINITIVE_BEFORE.search(before):
        # "It would be fair to say that ...": the clause's subject, none when it is "it"; "that Moscow continues
        # to hold the belief": the subject of the verb before "to".
        ctrl = None
        for ctrl in _OBJECT_CONTROL.finditer(text, max(lo, cue.start - 160), cue.start):
            pass
        to = _TO_END.search(text, ctrl.end(), cue.start) if ctrl and _THAT.match(text, cue.end + 1) else None
        obj = np_after(text, ctrl.end(), to.start() if to else cue.start) if ctrl else None  # (the object ends
        # before "to": "prompted South Korean intelligence to speculate that ...")
        if obj is not None and _CONTROL_TAIL.fullmatch(text, obj[1], cue.start):
            return obj            # "forced Stumpf, who was under questioning, to admit that ...": the object speaks
        gov = _GOVERNING_VERB.search(text, max(lo, cue.start - 40), cue.start)
        sp = subject_before(text, lo, gov.start(1)) if gov else None
        if sp is None or not _NAME_START.match(text, sp[0]) and not is_plural(text[sp[0]:sp[1]]):
            sp = leading_np(text, lo, cue.start)
        return None if sp is None or text[sp[0]:sp[1]].lower() in ("it", "there") else sp
    if cue.participle and (_SUB_BEFORE.search(before) or _opens_clause(cue)):
        # "while acknowledging that ..., analysts emphasise", "Bemoaning the system, Trump accused ...": the main
        # clause's subject.
        for later in iter_cues(text, cue.end, hi):     # the subject of the main clause's own cue
            comma = text.rfind(",", cue.end, later.start)
            if comma >= 0 and not later.participle and not later.passive and later.lemma != "according to":
                sp = subject_before(text, comma + 1, later.start)
                if sp is not None:
                    return sp
        comma = text.find(",", cue.end, hi) if _opens_clause(cue) else -1
        sp = leading_np(text, comma + 1, hi) if comma >= 0 else leading_np(text, lo, hi)
        return sp if sp is not None and not (sp[0] <= cue.start < sp[1]) else None
    with_np = _WITH_SUBJECT.search(before) if cue.participle else None
    if with_np:
        # "..., with analysts predicting that ...": the noun phrase after "with".
        start = max(lo, cue.start - 80) + with_np.start(1)
        return start, start + len(with_np.group(1))
    if cue.participle:
        # "X dismissed the idea, saying that ...": the main clause's subject.
        earlier = [c for c in iter_cues(text, lo, cue.start) if not c.participle and not c.passive]
        if earlier:     # the main clause's cue, not one inside its that-clause ("emerged to confirm that Russia seeks")
            main = main_cue(text, earlier) if before.endswith(",") else earlier[-1]   # (not "speculating and asserting")
            return _source_of(ctx, main, lo, cue.start)
        # Otherwise the clause's subject, with or without a comma before the participle: "The United
        # States made allegations suggesting that ...", "Trump unleashed tweets saying that ..."; the clause
        # may open after a subordinator ("Palmieri spoke after Trump unleashed tweets criticizing X").
        if not before.endswith(","):
            comma = text.rfind(",", lo, cue.start)
            subs = list(_CLAUSE_OPENER.finditer(text, max(lo, comma + 1), cue.start))
            if subs:
                sp = leading_np(text, subs[-1].end(), cue.start)
                if sp is not None:
                    return sp
        return leading_np(text, lo, cue.start)
    return _subject(text, lo, cue.start)


_CLOSING_QUOTES = ("”", '"', "’", "'")


def _opens_clause(cue: Cue) -> bool:
    """A participle opening its sentence ("Lamenting their luck, farmers say ..."): an adjunct of the main clause,
    whose subject holds it (``iter_cues`` looks a capitalised word up only at the start of a sentence)."""
    return cue.participle and cue.word[:1].isupper() and cue.lemma not in ("according to", "cite")


def _subject(text: str, lo: int, pos: int) -> Optional[tuple[int, int]]:
    """The subject of the verb at ``pos``; a name after "a site called" or the subject before a relative aside."""
    sp = subject_before(text, lo, pos)
    name = _APPOSITIVE_NAME.match(text, sp[1], pos) if sp is not None else None
    sp = (sp[0], name.end()) if name else sp    # "the leader of the ... party, Francois Asselineau, told"
    named = _NAMED_SUBJECT.search(text, max(lo, pos - 120), pos) if sp is None else None
    if named:
        return named.start(1), named.end(1)   # "a news site called DPRK Today stressed": the name
    aside = _SUBJECT_WHICH_ASIDE.fullmatch(text, lo, pos)
    if aside and (sp is None or sp[0] >= aside.end(1)):
        return aside.start(1), aside.end(1)   # "The government, which had denounced the dispatch of 10,000
    return sp                                 # troops ..., condemned ...": the subject before the aside


_SUBJECT_WHICH_ASIDE = re.compile(r"\s*((?:[Tt]he\s+)?[A-Z][^,;:“”\"]{0,60}?),\s+(?:who|which)\s+[^;:“”\"]{1,200}?,\s*"
                                  r"(?:(?:also|later|then|[a-z]+ly)\s+)?")
_NAMED_SUBJECT = re.compile(r"\b(?:a|an)\s+(?:[\w’'-]+\s+){0,5}(?:called|named|dubbed)\s+"
                            r"((?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*)\s+(?:(?:also|again|[a-z]+ly)\s+)?$")
_CLAUSE_OPENER = re.compile(r"\b(?:after|before|when|while|because|since|until|although|though|whereas|once)\s+"
                            r"(?=[A-Z]|[a-z]+\s+[a-z]+(?:ed|s)\b)")


Found = Optional[tuple[int, int, int, int, str]]   # content start, content end, source start, source end, how


def _claim_for_cue(ctx: _Context, cue: Cue) -> Found:
    """(content start, content end, source start, source end, how) for one cue, or None."""
    sentence = ctx.index.at(cue.start)
    if sentence is None:
        return None
    s_lo = max(ctx.clause_lo(cue.start), cue.start - CONTEXT_CHARS)
    s_hi = min(sentence.end, cue.end + CONTEXT_CHARS)
    # The sentence may end inside a quote that the cue introduces: extend to the quote's close.
    q = ctx.quote_at(s_hi - 1)
    if q is not None and q.open > cue.start:
        s_hi = min(max(s_hi, q.close), cue.end + CONTEXT_CHARS)
    if cue.lemma == "according to":
        return _according_claim(ctx, cue, s_lo, s_hi)
    if cue.roles == _FINDING_ROLE:
        return _finding_claim(ctx, cue, s_lo, s_hi)
    quoted = _QUOTED_AS.search(ctx.text, max(s_lo, cue.start - 90), cue.start) if cue.word == "saying" else None
    if quoted and ctx.text[s_lo:quoted.start()].strip():
        # "CONTENT, Zinoviev was quoted as saying (by the embassy).": the speaker after the content
        return s_lo, quoted.start(), quoted.start(1), quoted.end(1), "quoted as"
    cites = _CITES_AS.search(ctx.text, max(s_lo, cue.start - 130), cue.start) if cue.word == "saying" else None
    if cites and ctx.text[s_lo:cites.start()].strip():
        return s_lo, cites.start(), cites.start(3), cites.end(3), "cites as"   # "CONTENT, Tass quoted X as saying"
    ahead = _QUOTED_AHEAD.search(ctx.text, max(s_lo, cue.start - 100), cue.start) if cue.word == "saying" else None
    start = _complement(ctx, cue, s_hi) if ahead else None
    if start is not None and re.fullmatch(r"\s*(?:that)?\s*", ctx.text[cue.end:start]):
        # "Yonhap quoted an official as saying (that) CONTENT": the official, then Yonhap (a row per source)
        return start, _content_end(ctx.text, start, s_hi), ahead.start(2), ahead.end(2), "cites ahead"
    if cue.roles == _NOUN_ROLE:
        return _noun_claim(ctx, cue, s_lo, s_hi)
    if cue.roles == NOUN_BY_ROLE:     # "comments by U.S. officials that CONTENT": the officials
        m = NOUN_BY.match(ctx.text, cue.start)
        end = _content_end(ctx.text, m.end(), s_hi) if m and m.end() < s_hi else -1
        return (m.end(), end, m.start(2), m.end(2), "noun") if end > m.end() else None
    wh = _WH_SAID.search(ctx.text, max(s_lo, cue.start - 50), cue.start) if cue.lemma == "say" else None
    if wh and not cue.participle and not _WH_SAID_STOP.match(ctx.text, cue.end):   # not "said when he left"
        end = _content_end(ctx.text, cue.end, s_hi)
        stop = _WH_SAID_END.search(ctx.text, cue.end, end)
        return wh.start(1), stop.start() if stop else end, wh.start(2), wh.end(2), "wh"   # "what X says ..."
    as_by = _AS_BY.search(ctx.text, max(s_lo, cue.start - 8), cue.start)
    if as_by and not cue.participle and cue.word.endswith(("ed", "en", "id", "ld", "wn")) and set(cue.roles) & set("qcw"):
        by = _BY_AGENT.match(ctx.text, cue.end, s_hi)
        src = np_after(ctx.text, by.end(), s_hi) if by else None
        if src is not None and ctx.text[s_lo:as_by.start()].strip():
            # "CONTENT, as mentioned by Blinken at a press conference." / "as reported by Reuters"
            return s_lo, as_by.start(), src[0], src[1], "as by"
    if cue.passive:
        by = _BY_AGENT.match(ctx.text, cue.end, s_hi)
        if by and cue.lemma not in _EXPERIENCER:
            return _passive_by_claim(ctx, cue, s_lo, s_hi, by)
        return _impersonal_claim(ctx, cue, s_lo, s_hi)
    return _verb_claim(ctx, cue, s_lo, s_hi)


def _finding_claim(ctx: _Context, cue: Cue, s_lo: int, s_hi: int) -> Found:
    """ "In this poll, Trump rose 1 point": the finding is the poll's, unless the clause has a cue of its own."""
    text = ctx.text
    m = _FINDING_OPENER.match(text, cue.start - 3)
    if m is None:
        return None
    start = m.end()
    end = _content_end(text, start, s_hi)
    if any(True for _ in iter_cues(text, start, end)):
        return None               # "In a poll, 60 percent said ...": the inner cue reports it
    return start, end, cue.start, cue.end, "according"


def _according_claim(ctx: _Context, cue: Cue, s_lo: int, s_hi: int) -> Found:
    """ "According to X, CONTENT." / "CONTENT, according to X." / "CONTENT, according to X, CONTENT2."."""
    text = ctx.text
    src = np_after(text, cue.end, s_hi, full=True)
    if src is None:
        return None
    pron = _PRONOUN_COMMA.match(text, src[0], src[1])
    src = (src[0], pron.end(1)) if pron else src   # "According to him, Beijing's approach ... is that": him only
    phrase_end = src[1]
    ing = _NAME_THEN_ING.search(text, src[0], src[1])
    src = (src[0], ing.start(1)) if ing else src     # "as per news agency Reuters marking a historic shift": Reuters
    head = text[s_lo:cue.start].rstrip()
    comma = text.find(",", src[1], s_hi)
    if _WHICH_COMMA.search(head) and 0 <= comma - src[1] < 3 and text.find(",", comma + 1, s_hi) > comma + 1:
        # "a tanker, which, according to media reports, was carrying Russian oil, does not ...": the aside only
        return comma + 1, text.find(",", comma + 1, s_hi), src[0], src[1], "according"
    if head.strip(" ,") and not _THAT_HEAD.search(head):   # ("X said that according to Y, CONTENT": as opening)
        rest = text[phrase_end:s_hi].strip(" .,\n")
        cites = _CITING_AFTER.match(text, src[1], s_hi)
        cites = cites and not text[cites.end():s_hi].strip(" .\n")
        end = s_hi if rest and not cites else s_lo + len(head)   # ("A, according to X, citing Y.": A)
        return s_lo, end, src[0], src[1], "according"
    comma = text.find(",", src[1], s_hi)
    inner = text.find(",", src[0], src[1])
    tail = _AND_NAME_COMMA.match(text, src[1], s_hi)
    if not 0 <= comma - src[1] < 3 and inner > src[0]:
        src, comma = (src[0], inner), inner   # "According to KCNA, Kim's decision to deploy troops ... falls under"
    elif tail:
        src, comma = (src[0], tail.end(1)), tail.end() - 1   # "According to the agreement signed by Putin and Kim,"
    start = comma + 1 if 0 <= comma - src[1] < 3 else src[1]
    end = _content_end(text, start, s_hi)
    if _SAYING_END.match(text, end) and any(True for _ in iter_cues(text, start, end)):
        end = s_hi                # "According to Reuters, X cited NIS, saying that ...": Reuters reports it all
    return start, end, src[0], src[1], "according"


_ROLE_BEFORE_NAME = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s+[^,;:“”\"]{1,100},\s*$", re.I)
_BARE_NAME = re.compile(r"(?!(?:The|A|An|Its|His|Her|Their)\b)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+")
_NAME_TO_END = re.compile(r"\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}\s*[.!?]?\s*")   # "..., reports Euractiv."
_PRONOUN_COMMA = re.compile(r"(him|her|them|it|us|me)\s*,", re.I)
_AS_PER_AFTER = re.compile(r"\s+as\s+per\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[A-Z][^,.;:“”\"]*")   # "NHK reported as per Reuters"
_NAME_THEN_ING = re.compile(r"\b[A-Z][\w.-]*(\s+[a-z]+ing\b)")
_QUOTED_AHEAD = re.compile(r"\b(quoted|quotes|cited|cites)\s+((?:[\w’'().-]+\s+){0,8}?[\w’'().-]+)\s+as\s+$")
_WHICH_COMMA = re.compile(r",\s*(?:which|who)\s*,$")
_SAYING_END = re.compile(r",\s+(?:saying|adding|stating)\b")
_AND_NAME_COMMA = re.compile(r"(\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),")


def _noun_claim(ctx: _Context, cue: Cue, s_lo: int, s_hi: int) -> Found:
    """ "Pyongyang's claim that CONTENT", "a New York Times report that CONTENT": the holder is the source."""
    text = ctx.text
    holder = _NOUN_HOLDER.search(text, max(s_lo, cue.start - 60), cue.start)
    topic = cue.word.endswith((" about", " on", " over"))
    that = None if topic else _THAT.search(text, cue.end, cue.end + 8) or _NOUN_THAT.match(text, cue.end)
    if holder is None or that is None and not topic:
        return None
    if holder.group(1) and not holder.group(1).split()[-1][:1].isupper() and \
            any(c.end >= holder.start() - 5 for c in iter_cues(text, max(s_lo, holder.start() - 30), holder.start())):
        return None               # "Video contradicting Tulsa police’s claim that": the outer row (as PolNeAR)
    g = 1 if holder.group(1) else 2 if holder.group(2) else 3
    start = cue.end if topic else that.end()
    end = _content_end(text, start, s_hi)
    verb = _FINITE_AFTER_TOPIC.search(text, start, end) if topic else None
    end = verb.start() if verb else end     # "Pyongyang's claims about its test were dismissed": the topic only
    main = _MAIN_PASSIVE.search(text, start, end)
    end = main.start() if main else end
    lead = _WORD.search(text, s_lo, holder.start())
    if lead and (lead.group().lower() in word_classes()["prep"] or lead.group().lower() in ("contrary", "unlike")):
        comma = text.find(", ", start, end)
        end = comma if comma > start else end   # "Contrary to his claim that X, MAIN": the clause ends at the comma
    return start, end, holder.start(g), holder.end(g), "noun"


def _passive_by_claim(ctx: _Context, cue: Cue, s_lo: int, s_hi: int, by: re.Match) -> Found:
    """ "CONTENT was first reported by X" / "CONTENT has been endorsed by X": the subject is the content."""
    text = ctx.text
    src = np_after(text, by.end(), s_hi)
    if src is None or not (_NAME_START.match(text, src[0]) or is_plural(text[src[0]:src[1]])):
        return None
    aux = _PASSIVE_AUX.search(text, max(s_lo, cue.start - 40), cue.start)
    end = aux.start() if aux else cue.start
    if not text[s_lo:end].strip(" ,") or _WORD.match(text, s_lo) and \
            _WORD.match(text, s_lo).group().lower() in ("it", "this", "that", "which", "who"):
        return None               # "It was reported by ...", "which was cited by ...": no content of its own
    return s_lo, end, src[0], src[1], "passive by"


def _impersonal_claim(ctx: _Context, cue: Cue, s_lo: int, s_hi: int) -> Found:
    """ "it is noted that ...": an impersonal claim, without a source."""
    text = ctx.text
    that = _THAT.match(text, cue.end + 1) if text[cue.end:cue.end + 1] == " " else None
    if that is None or not _IMPERSONAL.search(text, max(s_lo, cue.start - 40), cue.start):
        return None
    start = that.end()
    return start, _content_end(text, start, s_hi), -1, -1, "passive"


def _verb_claim(ctx: _Context, cue: Cue, s_lo: int, s_hi: int) -> Found:
    """A reporting verb: "CONTENT, said X", a parenthetical "X feel", or "X claims (that) CONTENT"."""
    text = ctx.text
    after = text[cue.end:s_hi]
    cited = _CITING_THAT.match(after)
    if cited:
        # "the outlet reported, citing sources, that CONTENT"
        src = _source_of(ctx, cue, s_lo, s_hi)
        start = cue.end + cited.end()
        if src is not None:
            return start, _content_end(text, start, s_hi), src[0], src[1], "verb"
    ends_clause = _ENDS_CLAUSE.match(after) or _CITING_AFTER.match(after) or _AS_PER_AFTER.match(after)
    if ends_clause and _ASIDE_OBJECT.match(after):
        ends_clause = None        # "stressed, again, friendship between ...": an aside, then the object
    if not ends_clause and cue.lemma in _ADDRESSEE_FIRST:
        told = _NAMED_ADDRESSEE.match(after)
        ends_clause = _ENDS_CLAUSE.match(after, told.end()) if told else None   # "..., X told The Post on Thursday."
        if ends_clause and "i" in cue.roles and _ADDRESSEE_SET_OFF_TO.match(after):
            ends_clause = None    # "asked NBC's Lester Holt, the moderator, to fact check ...": an infinitive follows
        told = None if told else _EVENT_ADDRESSEE.match(after)
        ends_clause = _EVENT_TAIL.fullmatch(after, told.end()) if told else ends_clause   # "X told a news conference"
    if ends_clause and not _CITING_AFTER.match(after) and _that_clause(text, cue, s_hi) is not None:
        ends_clause = None        # "said at a campaign stop in Toledo, Ohio, that ...": the clause follows
    if ends_clause and "c" in cue.roles and (_LEADING_TIME.match(after.lstrip()) or _MEDIUM_PP.match(after.lstrip())) \
            or ends_clause and "t" in cue.roles and _TOPIC.match(after):
        ends_clause = None        # "He said on Monday he would run", "commented Tuesday on ...": content follows
    head = text[s_lo:_head_end(text, s_lo, cue.start)]
    if head.endswith(",") and not cue.participle and cue.lemma not in _ADDRESSEE_FIRST and "s" in cue.roles \
            and (not _WHO_ASIDE_END.search(head) or _NAME_TO_END.fullmatch(text, cue.end, s_hi)):
        # "CONTENT, said X." / "CONTENT, said X, a senior official with ..." (not "X, who watched ..., said Y")
        nsrc = np_after(text, cue.end, s_hi)
        rest = text[nsrc[1]:s_hi].strip(" .\n") if nsrc else ""
        if nsrc and _TIME_NAME.match(text, nsrc[0], nsrc[1]):
            nsrc = None           # '"...," X, R-Ky., said Tuesday.': a day is no source
        if nsrc and (not rest or rest.startswith(",") or _SOURCE_PP.match(rest) and _role_head(text[nsrc[0]:nsrc[1]])) \
                and (_NAME_START.match(text, nsrc[0]) or is_plural(text[nsrc[0]:nsrc[1]]) or
                     not rest and _role_head(text[nsrc[0]:nsrc[1]])) \
                and not any(w.lower() in word_classes()["adv"] or w.lower().endswith(("n't", "n’t"))
                            for w in _WORD.findall(text, nsrc[0], nsrc[1])):
            # (not "X, who ..., said Ivanka's statement didn't clarify it": a clause, not a source after the cue)
            return s_lo, s_lo + len(head) - 1, nsrc[0], nsrc[1], "inverted"
    src = _source_of(ctx, cue, s_lo, s_hi)
    if src is not None and ends_clause:
        both = _COORDINATED.search(text, max(s_lo, src[0] - 80), src[0])
        if both and both.start(1) > s_lo:
            src = (both.start(1), src[1])   # "CONTENT, a separatist leader and a news agency said."
        found = _source_closes_clause(ctx, cue, src, s_lo, s_hi, after, ends_clause)
        if found is not _NOT_FOUND:
            return found
    if src is None and head.endswith(",") or ends_clause:
        return None
    start = _complement(ctx, cue, s_hi)
    if start is None:
        return None
    end = _content_end(text, start, s_hi)
    if cue.participle:
        for later in iter_cues(text, start, end):
            comma = text.rfind(",", start, later.start)
            if comma > start and not later.participle and not later.passive and later.lemma != "according to" \
                    and _MAIN_SUBJECT.fullmatch(text, comma, later.start):
                end = comma       # "On X's remarks suggesting CONTENT, South Korea's intelligence indicated that":
                break             # the main clause is no part of the participle's content
    if _PRONOUN_TIME_ONLY.match(text[start:end]):
        return None               # "the lower house endorsed it last month": no content
    sub = _SUBORDINATE_OPEN.match(text, s_lo, cue.start)
    if sub and sub.group(1) in ("If", "Unless"):
        return None               # "If Trump's plan rejected single mothers, ...": a hypothetical
    if sub or _opens_clause(cue) or _RELATIVE_ASIDE.search(text, max(s_lo, cue.start - 40), cue.start):
        # "Mr. Obama, who understood that X, told ...", "While he acknowledged X, Ham noted ...": the clause ends
        comma = text.find(",", start, end)
        end = comma if comma > start else end
        if comma > start and _opens_clause(cue) and text[comma + 1:comma + 2] in _CLOSING_QUOTES:
            end = comma + 2       # 'Bemoaning the "phony system," Trump accused ...': the quote closes after the comma
    if src is None:
        return start, end, -1, -1, "subjectless"
    return start, end, src[0], src[1], "verb"


# What may follow the source of an inverted cue: "..., said one GOP source in the room."
_SOURCE_PP = re.compile(r"(?:in|at|with|from|on|for|of|inside|within|close\s+to|familiar\s+with)\s[^,;:“”\"]{0,80}(?:,|$)")
_NOT_FOUND = ("not found",)
# The subject opening a sentence and its verb: "López Obrador has hoped to ... and has reported that".
_SUBJECT_VERB = re.compile(r"\s+(?:has|have|had|was|were|is|are|will|would|[a-z]+ed)\b")


def _coordinated_subject(ctx: _Context, cue: Cue, actors) -> tuple[str, str]:
    """(mention, source) of the subject opening the cue's sentence when the cue is its second verb, or ("", "")."""
    text, sentence = ctx.text, ctx.index.at(cue.start)
    sp = leading_np(text, sentence.start, cue.start) if sentence is not None else None
    if sp is None or not _SUBJECT_VERB.match(text, sp[1]) or "," in text[sp[1]:cue.start]:
        return "", ""
    mention = clean_mention(text[sp[0]:sp[1]])
    source = resolve_mention(ctx.doc, mention, sp[0], actors) if mention else ""
    return (mention, source) if source and _is_actor(ctx, mention, source) else ("", "")


_AND_BEFORE = re.compile(r"\band\s+(?:(?:also|then|later|has|have|had|[a-z]+ly)\s+){0,2}$")


def _role_head(phrase: str) -> bool:
    """True when a phrase ends on a role or a source noun ("one GOP source", "a senior official")."""
    words = _WORD.findall(phrase.lower())
    head = words[-1] if words else ""
    roles = actor_words()["role"]
    return head in roles or head.rstrip("s") in roles or head in ("source", "sources", "person", "people")      # _source_closes_clause found no shape: go on with the verb's complement


def _source_closes_clause(ctx: _Context, cue: Cue, src: tuple[int, int], s_lo: int, s_hi: int, after: str,
                          ends_clause: re.Match):
    """A cue that closes its clause: "As X note(s), CONTENT", "CONTENT, X said", "Even so, X feel, CONTENT".

    Returns the claim, None (no claim), or :data:`_NOT_FOUND` when none of these shapes fits.
    """
    text = ctx.text
    before_src = text[s_lo:src[0]]
    as_m = _AS_SOURCE.search(text, max(s_lo, src[0] - 40), src[0])
    new_clause = as_m and _CONJUNCTION_END.search(text, s_lo, as_m.start())   # "A, but as Mr Putin acknowledged, B"
    if as_m and not text[s_lo:as_m.start()].rstrip().endswith((",", "(")) and text[s_lo:as_m.start()].strip() \
            and not new_clause:
        as_m = None               # "... such as X said": not a parenthetical "as"
    if as_m:
        # "As observers note, CONTENT." / "A, as some reports allege, B".
        if text[s_lo:as_m.start()].strip(" ,") and not new_clause:
            return s_lo, s_hi, src[0], src[1], "as"
        comma = text.find(",", cue.end, s_hi)
        if comma < 0:
            return None
        return comma + 1, _content_end(text, comma + 1, s_hi), src[0], src[1], "as"
    tail_only = ends_clause.end() >= len(after.rstrip()) or not after[ends_clause.end():].strip(" .,\n")
    # "Even so, X feel, CONTENT" -- but "The plan failed, he told reporters." closes the sentence.
    words = _WORD.findall(before_src)
    intro = len(words) <= 3 and (not tail_only or bool(words) and (words[0].lower() in word_classes()["prep"] or
                                                                   words[0].lower() == "like"))
    if text[s_lo:_head_end(text, s_lo, src[0])].endswith(",") and before_src.strip(" ,") and not intro \
            and not _OPENS_QUOTE.match(after):
        # "CONTENT, X said (on Monday)." / "CONTENT, X says, CONTENT2"
        content_hi = src[0] if tail_only else s_hi
        role = _ROLE_BEFORE_NAME.search(text, s_lo, src[0]) if tail_only and _BARE_NAME.fullmatch(text, src[0], src[1]) \
            else None
        content_hi = role.start() if role and role.start() > s_lo else content_hi   # "..., the head of X, NAME, told"
        return s_lo, content_hi, src[0], src[1], "inverted"
    aside = _ASIDE_TAIL.match(after)
    if aside and (intro or not before_src.strip(" ,")) and not _SUBJECT_GAP.search(text, src[1], cue.start):
        # "Even so, Chinese commentators feel, this cooperation is constrained"
        start = cue.end + aside.end()
        if before_src.strip(" ,") and _PREDICATE_START.match(text, start):
            # "The truth, the senator said then, was that ...": the content runs around the aside.
            return s_lo, _content_end(text, start, s_hi), src[0], src[1], "parenthetical"
        return start, _content_end(text, start, s_hi), src[0], src[1], "parenthetical"
    return _NOT_FOUND


_HEADLINE_SPEAKER = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}):\s+(?=\S)")
# Headline labels that name a poll or study as the source ("Poll: ..."); a topic label ("Ukraine war: ...") is none.
_HEADLINE_STUDIES = {"Poll", "Survey", "Study", "Report"}


def _headline_speaker(ctx: "_Context", article_id: str) -> Optional[Claim]:
    """ "Pence: Gennifer Flowers Won't Be at Debate": a headline that opens on a person's name and a colon."""
    text = ctx.text
    nl = text.find("\n", 0, HEADLINE_CHARS)
    if nl < 0:
        return None
    m = _HEADLINE_SPEAKER.match(text, 0, nl)
    if m is None:
        return None
    name = m.group(1)
    if name not in _HEADLINE_STUDIES and (ctx.people.lookup(name) is None or name.isupper() or
                                          name.split()[0].lower() in word_classes()["det"]):
        return None               # not "A Renewed Axis: ...", "UPDATE: ..."
    span = _strip_content(text, m.end(), nl)
    if span is None or ctx.fully_quoted(*span):
        return None
    a, b = span
    return Claim(article_id, a, b, text[a:b], name, ":", hedge_in(text, a, b), 0, name)


def extract_claims(text: str, *, article_id: str = "", sentences: Optional[Sequence[Sentence]] = None) -> list[Claim]:
    """Attributed claims in ``text``: who holds them, the cue and the claimed content.

    >>> t = "The Pentagon claims Russia has approached North Korea for ammunition."
    >>> [(c.text, c.source, c.cue, c.hedge) for c in extract_claims(t)]
    [('Russia has approached North Korea for ammunition', 'The Pentagon', 'claims', '')]
    """
    if not text:
        return []
    ctx = _Context(text, sentences, article_id)
    subjects = [s for s in ctx.doc.subjects if not _POSSESSIVE_END.search(s[1])]   # not "Otis'" ("Otis' wind")
    claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    cue_at: dict[tuple[int, int], int] = {}
    anchors: dict[Claim, tuple] = {}    # a row's cue and source start, speech cue, speech noun: share_nested
    sources: list[tuple[int, str]] = []      # (position, resolved source) for "they"
    actors: list[tuple[int, str, str]] = []  # (position, source, mention) for "it" and descriptions
    citing: list[Cue] = []
    cues = ctx.doc.cues
    extra = extra_cues(text)
    if extra:
        # The document's cues first, then the extra shapes not among them; a stable sort by position keeps
        # that order between cues at one place (a set's order would change with PYTHONHASHSEED).
        listed = list(cues)
        known = set(listed)
        cues = sorted(listed + [c for c in dict.fromkeys(extra) if c not in known], key=lambda c: c.start)
    for cue in cues:
        if cue.lemma == "cite" and (cue.word.endswith("ing") or _CITED_BY.match(text, cue.end) and
                                    text[max(0, cue.start - 2):cue.start] == ", " or
                                    _CITED_SAYING.match(text, cue.end)):
            citing.append(cue)            # "Yonhap reported ..., citing a report" / "Data ..., cited by RFA, show"
            continue                      # / "X cited NIS, saying that ...": NIS holds what X says
        if not (set(cue.roles) & set("cwinNFB")) and cue.lemma != "according to" and \
                not ("s" in cue.roles and _THAT.match(text, cue.end + 1)) and \
                not ("t" in cue.roles and _TOPIC_AHEAD.match(text, cue.end, cue.end + 60)):
            continue                      # (a verb of speech reports a clause after "that": "joked that ...")
        if ctx.quote_at(cue.start) is not None:
            continue                      # inside a direct quote: the speaker's words, not the article's claim
        if _attributes_quote(ctx, cue) or _AUTHORIAL.search(text, max(0, cue.start - 30), cue.start):
            continue
        found = _claim_for_cue(ctx, cue)
        if found is None:
            continue
        c_lo, c_hi, s_lo, s_hi, how = found
        if attributes_nothing(text, cue, found):
            continue
        c_lo, c_hi, s_lo, s_hi = _bounded(text, cue, c_lo, c_hi, s_lo, s_hi, how)
        # A stance on a person or a body may be one name: "attacked Machado", "backed Clinton".
        one = "n" in cue.roles and how == "verb" and text[c_lo:c_lo + 1].isupper()
        span = _strip_content(text, c_lo, c_hi, 1 if one else MIN_CONTENT_WORDS)
        if span is None or span in seen and how != "noun":
            continue                      # (a holder's claim may share its content with a stance on it: share_nested)
        a, b = span
        if ctx.fully_quoted(a, b) or ctx.fully_quoted(_skip_that(text, a, b), b):
            continue                      # a direct quote: reported in the quotes table
        raw = text[s_lo:s_hi].strip().rstrip(",") if s_lo >= 0 else ""
        mention = clean_mention(raw) if raw else ""
        if raw and not mention and DROP_JUNK_SOURCE:
            continue                      # "The growing calls ... stem from": no person or body holds it
        pronoun = ""
        if mention and is_pronoun(mention) and mention.lower() != "it":
            # "CONTENT, he said": a name inside the content is not who "he" is; resolve from its start.
            at = a if 0 <= a < s_lo and ctx.index.index_at(a) == ctx.index.index_at(s_lo) else s_lo
            pronoun = _resolve(ctx, mention, at, subjects, sources)
            pronoun = "" if is_pronoun(pronoun) else pronoun
        source = resolve_mention(ctx.doc, mention, s_lo, actors, pronoun)
        source = "" if _POSSESSIVE_END.search(source) else source   # "Hurricane Otis'": a possessor, never a source
        if not source and claims and claims[-1].source and how in ("verb", "subjectless") and \
                _AND_BEFORE.search(text, max(0, cue.start - 20), cue.start) and \
                claims[-1].sentence_id == ctx.index.index_at(cue.start) and claims[-1].end <= cue.start:
            source, mention = claims[-1].source, claims[-1].source_mention   # "X called A ... and said B": X
        elif not source and not raw and how in ("verb", "subjectless") and \
                _AND_BEFORE.search(text, max(0, cue.start - 20), cue.start):
            mention, source = _coordinated_subject(ctx, cue, actors)   # "X has hoped to ... and has reported that"
        if "p" in cue.roles and not _is_person(ctx, mention or raw, source):
            continue                      # "Russia attacked the port": a stance verb reports a person's view only
        if "a" in cue.roles and not _is_actor(ctx, mention, source):
            continue                      # "advances have raised concerns about ...": no one holds them
        if (_TOPIC.fullmatch(text, cue.end, a) or cue.word.endswith((" about", " of")) and not text[cue.end:a].strip()) \
                and claims and \
                claims[-1].sentence_id == ctx.index.index_at(a) and _same_actor(claims[-1].source, source):
            continue                      # "X said A and also talked about B": a topic after the content, no more
        if source:
            bisect.insort(sources, (s_lo, source))
            bisect.insort(actors, (s_lo, source, mention))
        hedge_lo = max(a - 200, min(x for x in (s_lo, cue.start, a) if x >= 0))
        comma = text.rfind(",", max(s_lo, 0), cue.start) if cue.participle and 0 <= s_lo < cue.start < a else -1
        if comma > 0:             # "Analysts say a summit could follow, noting that ...": not the main clause's hedge
            hedge_lo = comma + 1  # (but ", perhaps recognizing that ...")
        hedge = hedge_in(text, hedge_lo, min(b, a + HEDGE_WINDOW))
        if span in seen and (not source or any((c.start, c.end) == span and _same_actor(c.source, source) for c in claims)):
            continue
        seen.add(span)
        cue_at.setdefault(span, cue.start)
        sentence_id = ctx.index.index_at(a)
        claims.append(Claim(article_id, a, b, text[a:b], source, cue.word, hedge, max(sentence_id, 0), mention))
        anchors[claims[-1]] = (cue.start, s_lo, bool(set(cue.roles) & set("sw")) or cue.lemma == "according to",
                               how == "noun")
        by = _BY_AGENT.match(text, cue.end) if how == "quoted as" else None
        outer = np_after(text, by.end(), ctx.index.at(cue.start).end) if by else None
        relay = _CITES_AS.search(text, max(0, cue.start - 130), cue.start) if how == "cites as" else None
        outer = relay.span(1) if relay else outer
        if how == "cites ahead":
            relay = _QUOTED_AHEAD.search(text, max(0, cue.start - 100), cue.start)
            outer = _subject(text, ctx.clause_lo(relay.start(1)), relay.start(1))
        outer_mention = clean_mention(text[outer[0]:outer[1]]) if outer else ""
        if outer_mention:
            # "... was quoted as saying by the Russian Embassy": the outlet's row too (one row per source)
            said = relay.group(1 if how == "cites ahead" else 2) if relay else "quoted"
            claims.append(Claim(article_id, a, b, text[a:b], resolve_mention(ctx.doc, outer_mention, outer[0], actors),
                                said, hedge, max(sentence_id, 0), outer_mention))
            cue_at.setdefault((a, b), cue.start)
    for lead in _lead_outs(ctx, article_id, claims):
        if (lead.start, lead.end) not in seen:
            claims.append(lead)
            cue_at[(lead.start, lead.end)] = lead.start
    head = _headline_speaker(ctx, article_id)
    if head is not None and (head.start, head.end) not in seen:
        claims.append(head)
        cue_at[(head.start, head.end)] = head.start
    claims.sort(key=lambda c: (c.start, c.end))
    out = share_nested(text, _drop_nested(claims, cue_at), anchors, _same_actor)
    if citing:
        out = sorted(out + _cited_sources(ctx, citing, out, actors, article_id), key=lambda c: (c.start, c.end))
    return out


# A lead-out naming who said the sentence before: "This was reported this Sunday by the president, A B."
_LEAD_OUT = re.compile(r"(?:This|That)\s+(?:was|has\s+been|had\s+been)\s+(?P<cue>reported|announced|stated|said|"
                       r"confirmed|declared)\b[^.,;:“”\"]{0,40}?\s+by\s+(?P<src>[^.;:“”\"–—]{2,120}?)\.\s*$")


def _lead_outs(ctx: _Context, article_id: str, claims: Sequence[Claim]) -> list[Claim]:
    """The sentence before a lead-out with the lead-out, held by its agent (an appositive name after a comma)."""
    out, sents = [], ctx.index.sentences
    for i in range(1, len(sents)):
        m = _LEAD_OUT.match(ctx.text, sents[i].start, sents[i].end)
        prev = sents[i - 1]
        if m is None or prev.paragraph != sents[i].paragraph or \
                any(c.start < sents[i].end and c.end > prev.start for c in claims):
            continue                      # the sentence before already reports its own source
        src = m.group("src").rsplit(",", 1)
        name = src[-1].strip() if len(src) == 2 and src[-1].strip()[:1].isupper() else m.group("src")
        mention = clean_mention(name)
        if not mention:
            continue
        at = m.start("src") + m.group("src").rfind(name)
        source = resolve_mention(ctx.doc, mention, at, [])
        a, b = prev.start, sents[i].end
        out.append(Claim(article_id, a, b, ctx.text[a:b], source, f"was {m.group('cue')}", hedge_in(ctx.text, a, b),
                         prev.sentence_id, mention))
    return out


def _cited_sources(ctx: _Context, citing: Sequence[Cue], claims: Sequence[Claim], actors,
                   article_id: str = "") -> list[Claim]:
    """A second row for "X reported ..., citing Y" / "X reports citing Y": the same content, source Y.

    CONVENTIONS.md lists a sentence with two attributions once per source.
    """
    text, out = ctx.text, []
    for cue in citing:
        if ctx.quote_at(cue.start) is not None:
            continue
        s_idx = ctx.index.index_at(cue.start)
        sentence = ctx.index.at(cue.start)
        if sentence is None:
            continue
        host = [c for c in claims if c.sentence_id == s_idx and c.cue != cue.word]
        if _CITED_SAYING.match(text, cue.end):
            host = [c for c in host if c.start > cue.end]   # "X cited NIS, saying that CONTENT": the content after
        by = _CITED_BY.match(text, cue.end)
        src = np_after(text, by.end() if by else cue.end, sentence.end, full=not by)
        if src is None:
            continue
        if not by and _cites_a_reason(text, src):
            # "..., citing the strategic importance of ...": a reason the subject gives, not a second source.
            reason = _citing_reason(ctx, cue, sentence, src, host, actors, article_id)
            if reason is not None:
                out.append(reason)
            continue
        if not host:
            continue
        mention = clean_mention(text[src[0]:src[1]])
        doc = _CITED_DOCUMENT.match(text, src[0], src[1])
        if not mention and doc:
            src = (doc.end(), src[1])     # "Citing reports from the WFP and the FAO, ...": the bodies behind them
            mention = clean_mention(text[src[0]:src[1]])
        if not mention:
            continue
        source = resolve_mention(ctx.doc, mention, src[0], actors)
        c = host[0]
        out.append(Claim(c.article_id, c.start, c.end, c.text, source, cue.word, c.hedge, c.sentence_id, mention))
    return out


_REASON_START = re.compile(r"(?:the|a|an|his|her|its|their)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})")
# Heads that make the cited phrase a source ("citing a military intelligence report", "citing officials").
_SOURCE_HEADS = {"report", "reports", "source", "sources", "official", "officials", "data", "study", "studies",
                 "survey", "poll", "polls", "intelligence", "media", "statement", "statements", "analyst",
                 "analysts", "expert", "experts", "figures", "estimate", "estimates", "document", "documents",
                 "newspaper", "agency", "outlet", "article", "interview", "footage", "records", "testimony",
                 "assessment", "correspondent", "diplomat", "diplomats", "spokesman", "spokeswoman", "person",
                 "people", "website", "channel", "broadcaster", "government", "ministry", "military", "account"}


def _cites_a_reason(text: str, src: tuple[int, int]) -> bool:
    """True when the phrase after "citing" is a reason ("the strategic importance of ...") and no source."""
    m = _REASON_START.match(text, src[0], src[1])
    if m is None:
        return False
    words = m.group(1).split() + re.findall(r"[a-z]+", re.split(r"\s(?:of|for|in|on|about)\s",
                                                                text[src[0]:src[1]].lower())[0])
    body = actor_words()   # (the head may follow a possessive: "citing the country's intelligence service")
    return not any(w in _SOURCE_HEADS or w in body["role"] or w in body["body"] for w in words)


def _citing_reason(ctx: _Context, cue: Cue, sentence, src, host, actors, article_id: str) -> Optional[Claim]:
    text = ctx.text
    if cue.word == "Citing" and 0 < text.find(",", src[0], src[1]):
        src = (src[0], text.find(",", src[0], src[1]))   # "Citing a theory, Trump accused ...": the main clause is not X
    end = src[1] if cue.word == "Citing" else _content_end(text, src[0], sentence.end)   # "Citing X, ...": X only
    span = _strip_content(text, src[0], end)
    if span is None or ctx.fully_quoted(*span):
        return None
    if host:
        source, mention = host[0].source, host[0].source_mention
    else:
        sp = leading_np(text, sentence.start, cue.start)
        if sp is None:
            return None
        mention = clean_mention(text[sp[0]:sp[1]])
        source = resolve_mention(ctx.doc, mention, sp[0], actors) if mention else ""
    a, b = span
    return Claim(article_id, a, b, text[a:b], source, cue.word,
                 hedge_in(text, a, b), ctx.index.index_at(a), mention)


def _skip_that(text: str, a: int, b: int) -> int:
    m = _THAT_LEAD.match(text, a, b)
    return m.end() if m else a


def _attributes_quote(ctx: _Context, cue: Cue) -> bool:
    """True for the cue of a direct quote ('"...," she said several months later'): no claim."""
    text = ctx.text
    if cue.participle or _THAT.match(text, cue.end + 1) or cue.lemma == "according to":
        return False
    sentence = ctx.index.at(cue.start)
    lo = sentence.start if sentence else 0
    i = bisect.bisect_right(ctx.q_open, cue.start) - 1
    if i < 0 or ctx.quotes[i].close <= lo - 1 or ctx.quotes[i].close > cue.start:
        return False
    q = ctx.quotes[i]
    gap = text[q.close:cue.start]
    # The quote hands over to its attribution: '"...," X said' / '"...?" asked X' / '"...", X said'.
    handover = _HANDOVER.search(text[max(q.start, q.end - 3):q.close]) is not None or gap.lstrip().startswith(",")
    first = _WORD.search(gap)
    if not handover or (first and first.group().lower() in ("and", "but", "or")):
        return False
    before = text[max(lo, q.open - CONTEXT_CHARS):q.open].rstrip().rstrip("”\"’'")
    if _mixed_lead(text, max(lo, q.open - CONTEXT_CHARS), before):
        return False              # 'Not paying taxes "makes me smart," Trump said': a claim with a partial quote
    if len(_WORD.findall(gap)) > 25 or _THAT.search(gap) or _STOP_GAP.search(gap):
        return False
    # '"...," X said in a speech, and later added ...': the quote has its own cue; this one reports more.
    return not any(True for _ in iter_cues(text, q.close, cue.start))


def _is_person(ctx: _Context, mention: str, source: str) -> bool:
    """True when a source is a person: he/she, or a name the article's people index knows."""
    if not mention:
        return False
    if pronoun_kinds().get(mention.lower(), "").startswith("person") or mention.lower() in ("who", "whom"):
        return True               # "he", "Mr. Obama, who understood that ..."
    if mention.endswith(("’s", "'s")):
        return False              # "concerns over the European Union's (EU) plans": a possessor, not a subject
    words = _WORD.findall(mention)
    head = words[-1].lower() if words else ""
    if head in actor_words()["role"] or head.endswith("s") and head[:-1] in actor_words()["role"]:
        return True               # "economists do not expect", "the senator"
    return bool(source) and ctx.people.lookup(source) is not None


# A name that ends in a bare possessive mark ("Otis'") is a fragment, not a source ("Moody’s" may be a firm).
_POSSESSIVE_END = re.compile(r"s['’]$")
_HEAD_CUT = re.compile(r"\s(?:of|in|to|not|at|for|by|on|with|from)\s")


def _is_actor(ctx: _Context, mention: str, source: str) -> bool:
    """True when a source is a person or a body ("the Security Council", "Seoul", "officials", "it")."""
    words = _WORD.findall(mention)
    first = _WORD.findall(_HEAD_CUT.split(mention, maxsplit=1)[0])
    if not words or not first:
        return False
    head, body = first[-1].lower(), actor_words()
    if head in body["evidence"] or head in body["event"] or head in body["document"]:
        return False
    return _is_person(ctx, mention, source) or head in body["body"] or head in body["role"] or \
        head.endswith("s") and (head[:-1] in body["role"] or head[:-1] in body["body"]) or is_pronoun(mention) or \
        any(w[:1].isupper() for w in words[1:] + words[:1] if w.lower() not in word_classes()["det"])


def _resolve(ctx: _Context, pronoun: str, pos: int, subjects, sources) -> str:
    """A pronoun source as a name: people for he/she/him, the last plural source for they."""
    kind = pronoun_kinds().get(pronoun.lower(), "")
    if kind.startswith("person"):
        # "Lowe warned ... He said": a speaker's lone surname the index holds no person for counts too.
        # (the document keeps such a subject among the bodies: "Lowe" is no person it has indexed)
        near = [(p, n) for p, n in ctx.doc.body_subjects if pos - 2000 < p < pos and lone_surname(n, ctx.text)]
        lone = frozenset(n for _, n in near)
        return ctx.people.resolve(pronoun, pos, ctx.index, (subjects, sources, near), lone=lone) or pronoun
    if kind == "group":
        return resolve_group(ctx.doc, pos, sources) or pronoun
    if kind == "thing":
        # "DPRK Today stressed ... It said that": the last source that is neither a person nor plural.
        s_idx = ctx.index.index_at(pos)
        j = bisect.bisect_left(sources, (pos, "")) - 1
        for p, name in reversed(sources[max(0, j - 30):j + 1]):
            if p >= pos:
                continue
            if s_idx - ctx.index.index_at(p) > 2:
                break
            if not is_pronoun(name) and ctx.people.lookup(name) is None and not is_plural(name):
                return name
    return pronoun
