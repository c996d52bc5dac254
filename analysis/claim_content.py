"""The claimed content of one reporting cue: the article context (sentences, quotes, people) the claim
rules share, where the content after a cue starts (a that-clause, an addressee, a topic) and where it ends.

Split from ``claims.py``; the rules and their order are unchanged.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional, Sequence

from .claim_shapes import CONTENT_END as _CONTENT_END
from .claim_shapes import COORDINATED_CLAUSE as _COORDINATED_CLAUSE, COORDINATED_CUE as _COORDINATED_CUE
from .claim_shapes import RELAYED_AHEAD as _RELAYED_AHEAD, SUBJECT_OPEN as _SUBJECT_OPEN
from .nlp.tokens import MONTH_NAME, WEEKDAY
from .nlp import Cue, analyse, iter_cues, reporting_verbs, word_classes
from .nlp.cues import NOUN_LEMMAS, reporting_nouns
from .nlp.mentions import actor_words, is_actor_phrase
from .nlp.cue_senses import _COMMENT_REQUEST, declined_to_tell, unanswered_request
from .records import Sentence
from .text import _is_abbreviation
from .quote_subjects import person_nouns
from .nlp.guard import guarded

# A content span shorter than this many words is not worth a row ("he said so").
MIN_CONTENT_WORDS = 2
# How far after the cue "that" may come ("told reporters in Moscow on Monday that").
THAT_WINDOW_WORDS = 8

_THAT = guarded(re.compile(r"\bthat\b"))
_ALNUM = re.compile(r"[^\W_]")
_SHARE = re.compile(r"\d\s*(?:percent|per\s+cent|%)")
_HANDOVER = re.compile(r"[,?!—–-]")
# Verbs whose first complement is the addressee: "told reporters (that) ...".
_ADDRESSEE_FIRST = {"tell", "remind", "assure", "advise", "warn", "urge", "ask", "inform", "notify", "promise",
                    "call on", "implore", "exhort", "beg", "beseech", "entreat", "encourage"}
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
                        r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+-[a-z]+\s+(?=[A-Z]))?(?:[A-Z][\w’'.-]*\s+){0,3}"
                        r"(?:[a-z]+\s+(?!(?:the|a|an|he|she|they|it|we|i|his|her|their|its|this|that|there|to|of|in|on|at|for|with|"
                        r"about|from|by|would|could|will|can|may|might|should|must)\b))?[\w’'.-]+|"
                        r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\b")
_AFTER_THAT = re.compile(r"\s*(?:,\s*)?(?:[“\"‘]|''|``)?")
_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
_STOP_GAP = re.compile(r"[.;:!?“”\"]")
# A time adjunct between a cue and its "that" clause ("announced on Jan. 15 that", "signaled back in December 2024
# that", "informed the press earlier this year that"; CGEL ch. 8: an adjunct may stand between a verb and its
# complement clause): its words do not count toward the gap, and the periods of its abbreviations end nothing.
_GAP_TIME = re.compile(r"\b(?:back\s+|earlier\s+|later\s+)?(?:(?:in|on|at|during|since|until|by)\s+)?"
                       r"(?:(?:early|late|mid)[\s-]+)?(?:(?:" + MONTH_NAME + r"|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)"
                       r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{4}|" + WEEKDAY + r"|"
                       r"(?:earlier\s+|later\s+)?(?:this|last|next)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|"
                       r"winter)|(?:[a-z]+\s+)?(?:days?|weeks?|months?|years?)\s+ago)(?![\w’'-])")
_FOOTNOTE_END = re.compile(r"(?<=[A-Za-z”\"’')\]][.!?])\d{1,3}$")
_LEAD_IN = re.compile(r"\s*[,:]?\s*")
# "have not said when they would ...": a negated verb of telling before an indirect question (nlp.cue_senses).
_NOT_BEFORE = re.compile(r"(?:\bnot|n[’']t)\s+(?:(?:yet|immediately|publicly)\s+)?$")
# Words before a subject that are no antecedent of a contact relative clause ("what he said was", "and Kim said is").
_NO_ANTECEDENT = {"what", "and", "or", "but", "as", "so", "than", "because", "if", "when", "while", "whatever",
                  "everything", "anything", "something", "all"}
_NO_CLAUSE = {"to", "so", "not", "also", "again", "later", "then", "repeatedly", "publicly", "previously", "earlier",
              "recently", "yesterday", "today", "goodbye", "hello", "thanks", "yes",
              "anything", "much", "little", "less", "otherwise", "and", "or"}


# A wire dateline opening the content: the place in capitals, a bracket with the outlet (and a date), then a dash or
# a bracket holding a date: "ZURICH (AP) — Saudi Arabia has been ...", "UNITED NATIONS (UrduPoint News / Sputnik -
# 10th February, 2020) The UN Security Council draft ...". The story's place and outlet are no part of what is claimed.
_DATELINE_LEAD = re.compile(r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[\w.]+){0,3})?\s*"
                            r"(?:\([^()\n]{1,60}\)\s*(?:--|—|–|-)|\([^()\n]{0,60}\d[^()\n]{0,30}\))\s+(?=[A-Z“\"])")


def _strip_content(text: str, a: int, b: int, min_words: int = MIN_CONTENT_WORDS) -> Optional[tuple[int, int]]:
    """Trim whitespace, a leading comma or dateline and the final period/footnote of a content span."""
    while a < b and (text[a].isspace() or text[a] in ",:"):
        a += 1
    dateline = _DATELINE_LEAD.match(text, a, b) if text[a:a + 1].isupper() and text[a + 1:a + 2].isupper() else None
    if dateline:
        a = dateline.end()
    m = _FOOTNOTE_END.search(text, max(a, b - 6), b)
    if m:
        b = m.start()
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:"):
        b -= 1
    if b <= a or sum(1 for _ in zip(range(min_words), _WORD.finditer(text, a, b))) < min_words:
        return None
    return a, b
_DISCOURSE_LINK = re.compile(r"(?:on\s+the\s+other\s+hand|in\s+turn|in\s+fact|in\s+contrast|by\s+contrast|in\s+response|"
                             r"for\s+(?:his|her|its|their|our|my)\s+part|however|meanwhile|instead|moreover),?\s+(?=[\w“\"‘'])")
_LEADING_ASIDE = re.compile(r"(?:once\s+again|once\s+more|again|yet\s+again),\s+")


@lru_cache(maxsize=None)
def _participle_after_comma() -> re.Pattern:
    forms = sorted((f for f, v in reporting_verbs().items() if v.participle), key=len, reverse=True)
    # (an adverb may come first: ", possibly indicating ...", ", perhaps suggesting ...")
    return re.compile(r",[”\"’']?\s+(?:(?:possibly|perhaps|probably|apparently|presumably|likely|even|also|again|then|later|further|"
                      r"repeatedly|publicly|effectively|implicitly)\s+)?(?:%s)\b" % "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms))


# A dash aside inside a clause: the opening dash, then its closing dash (the same mark) with the clause going on in
# lower case after it ("that the company — which denied any wrongdoing — had broken the rules").
_DASH_OPEN = re.compile(r"\s([—–―]|--)\s")
_ASIDE_CLOSE = {mark: re.compile(r"\s%s\s+(?=[a-z])" % re.escape(mark)) for mark in ("—", "–", "―", "--")}
# The words before the aside that leave the clause open: a subject without its verb ("that Monsanto", "the deal").
ASIDE_SUBJECT_WORDS = 6
# Verbs that show the clause before a dash is already whole ("the minister said — ..."), besides the auxiliaries.
_SAYING = frozenset(("said", "says"))


def _past_dash_aside(text: str, a: int, hi: int, m):
    """The content end after a dash aside, when ``m`` (the first content end) is the opening dash of a pair that
    interrupts the clause between its subject and its verb ("said that the company — which denied any wrongdoing —
    had broken the rules", "found that Monsanto — which vowed to appeal — acted with malice"). A dash after a
    clause that is already whole ("said the talks had failed — a blow to Washington") still ends the content: the
    subject before the dash is a few words with no auxiliary, and the text after the closing dash goes on in lower
    case. Each dash is looked at once (linear in the sentence)."""
    opening = _DASH_OPEN.fullmatch(m.group()) if m is not None else None
    if opening is None:
        return m
    before = [w.lower() for w in _WORD.findall(text, a, m.start())]
    aux = word_classes()["aux"]
    if not before or len(before) > ASIDE_SUBJECT_WORDS or any(w in aux or w in _SAYING for w in before):
        return m
    if not (_THAT.search(text, max(0, a - 6), a) or _SUBJECT_OPEN.match(text, a) or text[a:a + 1].isupper()):
        return m              # the object of a verb, not a clause's subject ("the delay in announcing results — ...")
    close = _ASIDE_CLOSE[opening.group(1)].search(text, m.end(), hi)
    if close is None or not 1 <= len(_WORD.findall(text, m.end(), close.start())) <= 15:
        return m
    return _CONTENT_END.search(text, close.end(), hi)


def _content_end(text: str, a: int, hi: int) -> int:
    """The end of a content clause: a semicolon, a dash, ", but ...", ", adding that ...", or a second
    cue of the same subject ("criticized the deals and called for tariffs")."""
    m = _CONTENT_END.search(text, a, hi)
    if m and m.group().startswith(",") and not text[a:m.start()].strip():
        # "said that, while talks go on, CONTENT" / "that, according to the data, CONTENT": a fronted adverbial set
        # off by commas opens the content (CGEL ch. 8), it does not end it; the content runs past its closing comma.
        close = text.find(",", m.end(), hi)
        m = _CONTENT_END.search(text, close + 1, hi) if close > 0 else None
    m = _past_dash_aside(text, a, hi, m)
    p = _participle_after_comma().search(text, a, hi)
    ends = [x.start() for x in (m, p, _RELAYED_AHEAD.search(text, a, hi)) if x]
    hi = min(ends) if ends else hi
    for c in _COORDINATED_CLAUSE.finditer(text, a, hi):
        if len(_WORD.findall(text, a, c.start())) >= (2 if _SHARE.search(c.group()) else 5):
            cue = next(iter_cues(text, c.start(1), c.end(1) + 40), None)
            if cue is not None and cue.start == c.start(1) and not cue.participle and not cue.passive \
                    and _reports_here(text, cue):
                hi = c.start()    # "Republicans said X and Democrats accused Y": a second attribution
                break
    for c in _COORDINATED_COMMON.finditer(text, a, hi):
        words = _WORD.findall(text, a, c.start())
        if len(words) >= 2 and (text[c.start()] == "," or not _actor_word(words[-1])) and \
                _second_attribution(text, c.end()):   # (not "Phoenix and its officers support": one subject)
            hi = c.start()        # "The ministry said A, and the navy said B": a second holder, a second claim
            break
    for c in _COORDINATED_CUE.finditer(text, a, hi):
        cue = next(iter_cues(text, c.start(1), c.end(1) + 40), None)
        if cue is not None and cue.start == c.start(1) and not cue.participle and not cue.passive \
                and not (cue.lemma in NOUN_LEMMAS and cue.word in (cue.lemma, cue.lemma + "s")) and _reports_here(text, cue):
            return c.start()      # not "the rumours and reports about ...": a noun
    return hi


# A second clause whose subject is a common noun phrase: ", and the navy said", "but residents claimed" (the
# capitalised and pronoun subjects are COORDINATED_CLAUSE's).
_COORDINATED_COMMON = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|its|his|her|their|some|many|most|"
                                 r"other|several|two|three)\s+[a-z]|(?:[a-z]+\s+){0,2}?[a-z]+s\s+[a-z])")
_SUBJECT_WORDS = re.compile(r"(?:(?:the|a|an|its|his|her|their|some|many|most|other|several|two|three)\s+)?"
                            r"(?:[a-z][\w’'-]*\s+){0,2}([a-z][\w’'-]*)\s+(?:(?:also|[a-z]+ly|(?:has|have|had)(?:\s+also)?)\s+)?")


# Plural agent nouns, people by their trade or view ("farmers", "protesters", "economists", "historians").
AGENT_PLURALS = ("ers", "ors", "ists", "ians")


def _second_attribution(text: str, at: int) -> bool:
    """True when ``text[at:]`` opens on a person or body noun phrase and a reporting verb of its own ("the navy
    said", "local residents have claimed"): a second attribution, not more of the content."""
    cue = next(iter_cues(text, at, at + 80), None)
    m = _SUBJECT_WORDS.fullmatch(text, at, cue.start) if cue is not None else None
    if m is None or cue.participle or cue.passive or not _reports_here(text, cue) or \
            cue.lemma in NOUN_LEMMAS and cue.word in (cue.lemma, cue.lemma + "s"):
        return False
    classes = word_classes()
    if any(w in classes["aux"] or w in classes["prep"] for w in _WORD.findall(text, at, m.start(1))):
        return False
    return _actor_word(m.group(1))


def _actor_word(word: str) -> bool:
    """True for a name or a noun of a person or body ("Phoenix", "navy", "residents", "farmers")."""
    head = word.lower()
    stem = head[:-1] if head.endswith("s") else head
    body = actor_words()
    return word[:1].isupper() or head in body["body"] or head in body["role"] or stem in body["body"] or \
        stem in body["role"] or head in person_nouns() or stem in person_nouns() or head.endswith(AGENT_PLURALS)


def actor_head(phrase: str) -> bool:
    """True when a noun phrase's last word names a person or a body ("many countries", "Labour's allies in the trades
    unions"), not a thing ("the talks")."""
    words = _WORD.findall(phrase)
    return bool(words) and _actor_word(words[-1])


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
_UNSURE = "unsure"    # "weren't sure if they would help" (claim_shapes): the question is the content
_WH_CLAUSE = re.compile(r"\s+(?:[a-z]+ly\s+)?((?:whether|how|why|what|when|who|which|if)\s+\w)")
_SUB_BEFORE_ASK = re.compile(r"\b(?:[Ww]hen|[Ii]f|[Oo]nce|[Bb]eing)\s+$")
# Verbs of making known whose content may be an indirect question too: "the analysis reveals just how fast ...",
# "a study shows in detail how companies shelter profits", "he explained why the plan failed" (Huddleston & Pullum,
# CGEL 11.5: reveal, show, explain, detail take interrogative content clauses as what is made known).
_DISCLOSING = {"reveal", "show", "explain", "detail"}
_SUB_BEFORE_DISCLOSING = re.compile(r"\b(?:[Ww]hen|[Ii]f|[Oo]nce|[Uu]nless|[Uu]ntil|[Bb]efore)\s+(?:[\w’'.-]+\s+){0,4}$")
_WH_DISCLOSED = re.compile(r"\s+(?:(?:just|exactly|precisely|in\s+detail|[a-z]+ly)\s+)?((?:how|why)\s+(?!to\b)[a-z])")


# A relative clause around the cue's subject: "one that US officials have warned could ...", "which he said were", "their
# clients, who they said had been manipulated" (other_topics_v24).
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|what|who|whom)\s+(?:[\w’'.-]+\s+){1,6}$")
# The same with no relative word (a contact clause): "a process UBS has said will take three to five years", "meddling
# the California congressman said is designed to": a noun, then the subject (a name or "the ..."), then the cue.
_ZERO_RELATIVE_BEFORE = re.compile(r"\b([a-z][\w-]*[a-z])\s+((?:the\s+(?:[\w’'.-]+\s+){0,2}?[\w’'.-]+|(?:[A-Z][\w’'.&-]*\s+){0,2}"
                                   r"[A-Z][\w’'.&-]*))\s+(?:(?:has|have|had)\s+)?$")


def contact_relative(text: str, cue: Cue) -> Optional[re.Match]:
    """The match of a contact relative clause before ``cue`` ("a process UBS has said will take"), when an auxiliary
    follows the cue; group 2 is the cue's subject."""
    classes = word_classes()
    nxt = _WORD.match(text, cue.end + 1)
    if cue.passive or nxt is None or nxt.group().lower() not in classes["aux"]:
        return None
    m = _ZERO_RELATIVE_BEFORE.search(text, max(0, cue.start - 80), cue.start)
    if m is None or m.group(1).lower() in _NO_ANTECEDENT or \
            any(m.group(1).lower() in classes[k] for k in ("aux", "prep", "det", "conj", "sub")):
        return None
    return m
_LEADING_TIME = re.compile(r"(?:on\s+)?(?:" + WEEKDAY + r"|yesterday|today|(?:at|over)\s+the\s+weekend|at\s+the\s+time|"
                           r"last\s+(?:week|month|year|night|weekend)|this\s+(?:week|month|year|weekend))\s+"
                           r"(?=(?:he|she|they|it|we|i|the|a|an|his|her|their|its|there|every|all|most|many|some|no|"
                           r"several|both|each|few)\s)")
_TIME_SUBORDINATORS = {"after", "before", "while", "when", "until", "since", "because", "although", "though", "unless",
                       "once", "whereas"}
_GAP_PREPS = {"during", "in", "at", "on", "after", "before", "to"}
_OBJECT_PRONOUNS = {"me", "us", "him", "her", "them", "it", "you", "whom"}
# Where and when something was said, before a bare clause: "said in a Facebook post on Thursday Amb. X visited",
# "said on social media more than 10 million ..." (a chain of such phrases, each ending on a medium or a time).
_MEDIUM_PP = re.compile(r"(?:(?:in|on|at|via|during)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,2}?"
                        r"(?:posts?|statement|interview|briefing|conference|media|speech|message|broadcast|television|"
                        r"TV|radio|website|commentary|channel|address|remarks|Telegram|Facebook|Twitter|Instagram|"
                        r"" + WEEKDAY + r"|morning|afternoon|evening)\s+"
                        r"(?:(?:with|to)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?[A-Z][\w’'.-]*\s+)?){1,3}"   # "with news agency Interfax"
                        r"(?=(?:he|she|they|it|we|the|a|an|his|her|their|its|there|more|some|about|nearly|over|"
                        r"[A-Z0-9])[\w’'.,-]*\s)")
_TIME_NOUNS = {"day", "days", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "time"}


# The topic of a verb of speech (role t): "complained bitterly about ...", "commented Tuesday on ...".
_TOPIC = re.compile(r"\s+(?:(?:[a-z]+ly|" + WEEKDAY + r")\s+)?(about|on)\s+(?=[\w“\"‘'])")
_TOPIC_ON = {"comment"}
# A noun's infinitive: "requests to comment on ...", "a chance to talk about ..." (no one speaks yet).
_NOUN_TO = re.compile(r"\b(?:requests?|chances?|opportunit(?:y|ies)|invitations?|offers?|efforts?|attempts?|time|"
                      r"plans?|decisions?|refusal|calls?|reluctance|willingness|pressure)\s+to\s+$")


# A count opening the object makes a following "that" relative ("found five major pieces of debris that led it to"),
# so does an infinitive phrase ("shown to slow progression of the disease that afflicts": the disease's clause).
_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
           "several", "many", "numerous", "multiple"}


# Prepositions that also modify a number ("about 8,000 people", "over 100 soldiers"; CGEL 5.4 approximators).
_APPROXIMATORS = {"about", "around", "over", "under", "nearly", "almost", "roughly", "some"}
# A finite verb later in the clause ("about 8,000 people had been rescued"; not "said about 300 of them.").
_FINITE_IN_CLAUSE = re.compile(r"[^.;:!?“”\"]{0,80}?\b(?:is|are|was|were|had|has|have|will|would|could|can|may|might|"
                               r"should|must|did|does|do|[a-z]{2,}ed)\b")


# "that" as a demonstrative before a noun phrase, no clause: a lower-case content word not in -s (a singular noun or
# its modifier: "that critics demean the police" is a clause), then no finite verb (no auxiliary, no -ed or -s form)
# before the clause ends ("asked that shaming question in reference to last year:").
_FUNCTION_OPENERS = r"(?:the|a|an|this|these|those|his|her|its|their|our|my|your|he|she|it|they|we|i|you|there|no|some|"\
    r"many|most|all|any|every|each|both|few|several|more|less|only|if|when|while|because|although|though|as|after|before)"
_DETERMINER_THAT = re.compile(r"\s+(?!" + _FUNCTION_OPENERS + r"\b)[a-z][a-z-]*(?<!s)"
                              r"(?:\s+(?!(?:is|are|was|were|had|has|have|will|would|could|can|may|might|should|must|did|"
                              r"does|do)\b)(?![a-z]+(?:ed|s)\b)[a-z][\w’'-]*)*\s*[.;:!?)]")


def _gap_stops(text: str, at: int, gap: str) -> bool:
    """Whether ``gap`` (the text after a cue at ``at``, time adjuncts blanked) holds a stop: a clause's or a quotation's
    punctuation, not the period of an abbreviation or an initial ("told the U.N. Security Council")."""
    return any(m.group() != "." or not _is_abbreviation(text, at + m.start(), at) for m in _STOP_GAP.finditer(gap))


# A verb of speech with the person addressed before its clause (Levin 1993, 37.3 manner of speaking and 37.7 say
# verbs: "yelling to the officers that", "admitted to the panel that", "complained to Moscow that"): the phrase after
# "to" or "at" ends on a name, an object pronoun or a noun of a person, group or body (actor_words role and body,
# speaker_nouns person, a person ending such as -er, -ist, -ian). Not a noun that takes the clause itself ("responded to
# the claim that", "reacted to the decision that": Huddleston & Pullum 2002, 11.4 content clauses, and the speech nouns).
_ADDRESSEE_GAP = re.compile(r"\s*(?:to|at)\s+((?:[\w’'.-]+\s+){0,3}?([\w’'.-]+))\s+")
_ADDRESSEE_ENDING = re.compile(r"[a-z]*(?:er|or|ist|ian|ant|(?<!m)ent|man|men|woman|women|ee|ary|part)s?")
_CLAUSE_NOUNS = frozenset("""fact facts idea ideas notion notions belief beliefs view views news report reports rumor rumors
    rumour rumours suggestion suggestions proposal proposals hope hopes fear fears possibility assumption conclusion
    impression argument arguments charge charges accusation accusations allegation allegations assertion assertions
    warning warnings threat threats feeling sense evidence proof knowledge concern concerns question questions
    criticism effect point claim claims interjection speculation perception decision ruling verdict order""".split())


@lru_cache(maxsize=None)
def _addressee_nouns() -> frozenset[str]:
    aw = actor_words()
    return frozenset(aw.get("role", frozenset()) | aw.get("body", frozenset()) | person_nouns())


def _addressed(text: str, cue: Cue, gap_end: int) -> bool:
    """Whether ``text[cue.end:gap_end]`` (up to "that") is "to" or "at" and the actor a verb of speech addresses."""
    m = _ADDRESSEE_GAP.fullmatch(text, cue.end, gap_end)
    if m is None or "s" not in cue.roles or "’s " in m.group(1) or "'s " in m.group(1) \
            or not _SUBJECT_OPEN.match(text, gap_end + 4):
        return False          # the clause opens on its subject: "replied to the letter that was sent by" is relative
    head = m.group(2)
    low = head.lower()
    if low in _OBJECT_PRONOUNS:
        return low != "it"
    if low in _CLAUSE_NOUNS or low in reporting_nouns() or not is_actor_phrase(m.group(1)):
        return False
    one = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return head[:1].isupper() or low in _addressee_nouns() or one in _addressee_nouns() or \
        _ADDRESSEE_ENDING.fullmatch(low) is not None


def _that_clause(text: str, cue: Cue, hi: int) -> Optional[int]:
    """Where an explicit "that" clause after ``cue`` starts ("said at an event in Ohio that ..."), or None."""
    that = _THAT.search(text, cue.end, min(hi, cue.end + 130))
    if that:
        gap = text[cue.end:that.start()]
        gap_words = [w.lower() for w in _WORD.findall(gap)]
        core = _GAP_TIME.sub(lambda m: " " * len(m.group()), gap)   # the gap without its time adjuncts, blanked to
                                                                    # their length (offsets in it are offsets in text)
        core_words = [w.lower() for w in _WORD.findall(core)]
        # A prepositional phrase may stand between any cue and its clause ("conveyed during a meeting with Kim that")
        window = THAT_WINDOW_WORDS if "c" in cue.roles or gap_words and gap_words[0] in _GAP_PREPS else 3
        if len(core_words) > window or len(gap) > 80:
            # "said in an interview with the Russian daily Izvestia on July 19 that Moscow could ...": a longer
            # chain of phrases only before a clause that opens on its subject
            if not (gap_words[0] in _GAP_PREPS and len(gap_words) <= 2 * THAT_WINDOW_WORDS and _SUBJECT_OPEN.match(text, that.end())):
                return None
            window = 2 * THAT_WINDOW_WORDS
        # The clause may open on a comma or a quotation mark: 'that, "Of course ..."', 'that "a bomb" had'.
        lead = _AFTER_THAT.match(text, that.end(), hi)
        if gap_words and (gap_words[0] in word_classes()["det"] or gap_words[0] in _COUNTS or gap_words[0][:1].isdigit()
                          or gap_words[0] == "to" and len(gap_words) > 2) \
                and cue.lemma not in _ADDRESSEE_FIRST and not _addressed(text, cue, that.start()) \
                and not _TIME_NOUNS.intersection(gap_words) or "about" in gap_words:
            return None           # "expect a major impact on the prices that consumers pay", "told reporters about
                                  # the storm that hit": a relative "that"
        if _DETERMINER_THAT.match(text, that.end()):
            return None           # "asked that shaming question in reference to last year": a demonstrative
        if lead and not _gap_stops(text, cue.end, core) and len(core_words) <= window and _WORD.match(text, lead.end()) \
                and not any(w in word_classes()["aux"] for w in gap_words if w != "may" or "May" not in gap) \
                and not any(True for _ in iter_cues(text, cue.end, that.start())):
            return that.end()
    return None


# An infinitive with its object gapped, then the finite verb of the main clause: "The states Mr. Trump had hoped to
# win are slipping", "The seat she hopes to win is in Ohio" -- a relative clause modifying the subject, no intention
# stated (the verb's object is the head noun before it).
_GAPPED_INFINITIVE = re.compile(r"to\s+(?!(?:be|have|get|go|come|keep|remain|stay)\b)[a-z]+\s+(?:is|are|was|were|will|would|"
                                r"could|can|may|might|should|must|has|had|have|remains?|remained|seems?|seemed)\b")


def request_end(text: str, cue: Cue) -> Optional[int]:
    """Where "to a request for comment" ends after an answering cue ("did not respond to requests for comment"),
    or None: the request is all the content, the clause after it is not ("Smith, who did not respond to a
    request for comment, has said ..." -- the main clause has its own cue)."""
    m = _COMMENT_REQUEST.match(text, cue.end) if unanswered_request(text, cue) else None
    return m.end() if m else None


def _complement(ctx: _Context, cue: Cue, hi: int) -> Optional[int]:
    """Where the claimed content starts after ``cue``, or None when the verb has no clause."""
    text = ctx.text
    that = _that_clause(text, cue, hi)
    if that is not None:
        return that
    if (cue.lemma in _ASKING or cue.lemma == _UNSURE) and not cue.participle and not cue.passive:
        wh = _WH_CLAUSE.match(text, cue.end, hi)
        if wh and not _SUB_BEFORE_ASK.search(text, max(0, cue.start - 12), cue.start):
            return wh.start(1)    # "Lawmakers also asked whether the deals ...": the question is the content
    if cue.lemma in _DISCLOSING and not cue.participle and not cue.passive:
        wh = _WH_DISCLOSED.match(text, cue.end, hi)
        if wh and not _SUB_BEFORE_DISCLOSING.search(text, max(0, cue.start - 48), cue.start) and \
                not _NOT_BEFORE.search(text, max(0, cue.start - 24), cue.start):
            return wh.start(1)    # "the analysis reveals just how swift ...": how or why, made known (not "did not
                                  # explain how ...", nothing told; not "showed how to ...", a demonstration;
                                  # not "when the report reveals how ...", a condition)
    if not set(cue.roles) & {"c", "i", "n", "t"}:
        return None
    start = cue.end
    if unanswered_request(text, cue) and _NOT_BEFORE.search(text, max(0, cue.start - 24), cue.start):
        return start + 1          # "did not immediately respond to requests for comment": the request left unanswered
                                  # (an answer is the content of its own cue: "responded ... by saying that")
    if "i" in cue.roles and cue.word.lower().endswith(" to") and not cue.passive:
        # A cue that holds its own infinitive marker ("hopes to", "hoped to"): the intention starts at "to", as
        # after "vowed" ("vowed to respond"); "to" before a determiner or pronoun is a preposition ("hope to God").
        verb = _WORD.match(text, start + 1) if text[start:start + 1] == " " else None
        low = verb.group().lower() if verb else ""
        if not low or low in word_classes()["det"] or low in _OBJECT_PRONOUNS or low[:1].isdigit():
            return None
        if _GAPPED_INFINITIVE.match(text, cue.end - 2):
            return None           # "The seat she hopes to win is in Ohio": a relative clause, the object gapped
        return cue.end - 2
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
    link = _DISCOURSE_LINK.match(text, start, hi) if "c" in cue.roles else None
    start = link.end() if link else start     # "Clinton said on the other hand, CONTENT": a connective, no content
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
            if verb and (verb.group().lower() in classes["det"] or verb.group().lower() in _OBJECT_PRONOUNS or
                         verb.group()[:1].isdigit()):
                return None       # "to appeal to many of the voters", "has agreed to a series of UN resolutions":
                                  # "to" is a preposition here, its object no intention
            if _GAPPED_INFINITIVE.match(text, start):
                return None       # "The law she vowed to repeal is still in force": a relative clause
            return start          # "vowed to respond": an intention, "to" and all
        nxt = _WORD.match(text, first.end() + 1)
        if low in _TIME_SUBORDINATORS and "n" not in cue.roles and (low != "when" or "s" in cue.roles) and \
                not (nxt and nxt.group().lower() in classes["det"]) and \
                not (_NOT_BEFORE.search(text, max(0, cue.start - 20), cue.start) and declined_to_tell(text, cue)):
            return None           # "said before he died", "said when she resigned": a time (not "said after
                                  # the convention he would ...", nor "know when it's worth ...": a question)
        if "n" in cue.roles and low not in classes["prep"] and low not in _NO_CLAUSE:
            return start          # "called for the withdrawal of US troops": a stance on a noun phrase
        if "c" not in cue.roles:
            return None
        if low in classes["aux"] and not cue.passive and _RELATIVE_BEFORE.search(text, max(0, cue.start - 80), cue.start):
            return start          # "one that US officials have warned could destabilise ...": the relative clause
        if low in classes["aux"] and contact_relative(text, cue):
            return start          # "a process UBS has said will take ...": a contact relative clause
        if low in _APPROXIMATORS and nxt and (nxt.group()[:1].isdigit() or nxt.group().lower() in _COUNTS) and \
                _FINITE_IN_CLAUSE.match(text, nxt.end()):
            return start          # "TRT reported about 8,000 people had been rescued": an approximate count opens
                                  # the clause's subject, no preposition
        if low in classes["prep"] or low in classes["aux"] or low in _NO_CLAUSE:
            return None           # "said in a statement", "said to be", "said so"
    elif "c" not in cue.roles and "n" not in cue.roles:
        return None               # (a stance on a quoted noun phrase: 'referenced "political tensions" in ...')
    return start
