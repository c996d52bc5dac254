"""A claim for one cue, by its form: "X said (that) CONTENT", "CONTENT, X said", "according to X",
"X's claim that CONTENT", "CONTENT was reported by X", "it is reported that", "In the latest X poll, CONTENT".

Split from ``claims.py``; the rules and their order are unchanged.
"""
from __future__ import annotations

import re
from typing import Optional

from .claim_shapes import FINDING_OPENER as _FINDING_OPENER, FINDING_ROLE as _FINDING_ROLE, VIEW_ROLE
from .claim_shapes import FINITE_AFTER_TOPIC as _FINITE_AFTER_TOPIC, MAIN_PASSIVE as _MAIN_PASSIVE
from .claim_shapes import ASIDE_TAIL as _ASIDE_TAIL, ENDS_CLAUSE as _ENDS_CLAUSE
from .claim_shapes import WH_SAID as _WH_SAID, WH_SAID_END as _WH_SAID_END, WH_SAID_STOP as _WH_SAID_STOP
from .claim_shapes import NOUN_THAT as _NOUN_THAT, THAT_HEAD as _THAT_HEAD
from .claim_shapes import NOUN_BY, NOUN_BY_ROLE
from .claim_shapes import CITES_AS as _CITES_AS, NOUN_HOLDER as _NOUN_HOLDER, NOUN_ROLE as _NOUN_ROLE
from .nlp.tokens import WEEKDAY
from .nlp import Cue, is_plural, iter_cues, np_after, word_classes
from .claim_content import _ADDRESSEE_FIRST, _ADDRESSEE_SET_OFF_TO, _Context, _LEADING_TIME, _MEDIUM_PP, _THAT, _TOPIC
from .claim_content import _TO_VERB, _WORD, _complement, _content_end, _head_end, _that_clause, request_end
from .claim_sources import ends_on_adjective
from .claim_sources import _NAME_START, _opens_clause, _role_head, _source_of

# How far around a cue its source and content are looked for; bounds the work in run-on text.
CONTEXT_CHARS = 2000
_TIME_NAME = re.compile(r"(?:" + WEEKDAY + r"|January|February|March|April|June|July|August|"
                        r"September|October|November|December|Today|Yesterday|Tonight)\b")
_OPENS_QUOTE = re.compile(r"[\s,:]*(?:[“\"]|''|``)")
# A subject far from its parenthetical cue: "Japan ... could decide that the arrangement, announced last year, ...".
_SUBJECT_GAP = re.compile(r",|(?:\S+\s+){4}")
# A clause that goes on with its verb after an aside: "Acts of protest, he said, are acts of patriotism".
_PREDICATE_START = re.compile(r"\s*(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|"
                              r"does|do|did)\b")
# After the noun that follows a cue: an aside set off by commas, then a verb ("said the bridge, built in 1950, was unsafe").
_ASIDE_THEN_PREDICATE = re.compile(r",[^,;:“”\"]{1,150},(?=" + _PREDICATE_START.pattern + r")")
# Verbs whose passive subject holds the view: "Moscow is worried by the prospect of ..." (no agent source).
_EXPERIENCER = {"worry", "fear", "feel", "know", "think", "believe", "doubt", "suspect", "hope", "concern", "find"}
_AS_BY = re.compile(r",\s*as\s+$")
# The agent of a passive cue: "was first reported by", "has been endorsed by".
_BY_AGENT = re.compile(r"\s+(?:(?:first|also|widely|[a-z]+ly)\s+)?by\s+")
_PASSIVE_AUX = re.compile(r"(?:\b(?:has|have|had)\s+been|\b(?:is|are|was|were|be|being))\s+(?:(?:first|also|not|[a-z]+ly)\s+)?$")
# A first subject joined by "and" before the cue's own: ", A and B said."
_COORDINATED = re.compile(r",\s+((?:[\w’'.-]+\s+){1,6})and\s+$")
_QUOTED_AS = re.compile(r",\s+((?:the\s+|[A-Z])[^,.;:“”\"]{0,60}?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
                        r"(?:quoted|cited)\s+as\s+$")
_CITING_AFTER = re.compile(r"\s*,?\s*citing\b[^.;:“”\"]*")
_CITING_THAT = re.compile(r"\s*,\s*citing\b[^,.;:“”\"]{1,80},\s*that\s+")
_IMPERSONAL = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+|also\s+)?$")
# ("As NATO's new secretary-general, former Dutch prime minister Mark Rutte, said": the source is the name in the
# appositive; the "as" opens the phrase it closes.)
_AS_SOURCE = re.compile(r"\b[Aa]s\s+(?:[A-Z“\"]?[^,.;:!?“”\"]{1,60},\s+[^,.;:!?“”\"]{0,60})?$")
_CONJUNCTION_END = re.compile(r",\s+(?:but|and|yet|so)\s+$")


_ASIDE_OBJECT = re.compile(r",\s+(?:once\s+again|once\s+more|again|yet\s+again),\s+[a-z]")
_WHO_ASIDE_END = re.compile(r",\s+(?:who|which)\s+[^,]*,$")
# (a medium with its kind: "police had told the state-run Anadolu news agency.")
_NAMED_ADDRESSEE = re.compile(r"\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+(?=[A-Z]))?(?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*(?![\w.&’'-])"
                              r"(?:\s+(?:news\s+agency|news\s+site|newspaper|daily|broadcaster|radio|television))?"
                              r"(?=\s*(?:[,;]|\.(?:\s|$)|$)|\s+(?:on|in|at|last|this)\b)")
# "..., BOJ Governor Kazuo Ueda told a press conference after the meeting.": an occasion, not a person addressed.
_EVENT_ADDRESSEE = re.compile(r"\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:(?:press|news)\s+conference|"
                              r"(?:press\s+|news\s+)?briefing|forum|rally|parliament|audience|gathering)\b")
_EVENT_TAIL = re.compile(r"(?:\s+(?:after|before|following|in|at|on|during)\b[^;:“”\"]{0,120}?)?\s*[.,;]?\s*")
_SUBORDINATE_OPEN = re.compile(r"\W*(While|Although|Though|Because|Since|When|After|Before|If|Unless|Whereas|As)\s+"
                               r"(?:[\w’'.-]+\s+){1,6}$")
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\s+(?:[a-z]+ly\s+|also\s+|has\s+|have\s+|had\s+){0,2}$")
_MAIN_SUBJECT = re.compile(r",\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}\s+(?:(?:also|[a-z]+ly)\s+)?")
# A stance verb whose object is a pronoun and a time only: "the lower house endorsed it last month" says nothing.
# Verbs of saying that name their addressee with "to" (Levin 1993, 37.7 say verbs): "said to reporters", "explained to
# the committee" (not "agreed to", "compared to", "attributed to": a complement, no addressee).
_SAY_TO = {"say", "explain", "admit", "confess", "declare", "mention", "repeat", "reiterate", "complain", "insist",
           "stress", "emphasize", "emphasise"}
_TO_WORD = re.compile(r"\s+to(?=\s)")
_PRONOUN_TIME_ONLY = re.compile(r"(?:it|them|him|her|this|that)(?:\s+(?:last|this|next|on|earlier|later|again|too|also|"
                                r"yesterday|today|week|month|year|" + WEEKDAY + r"))*\W*$")


_CLOSING_QUOTES = ("”", '"', "’", "'")


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
    if cue.roles == VIEW_ROLE:
        return _view_claim(ctx, cue, s_lo, s_hi)
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


def _view_claim(ctx: _Context, cue: Cue, s_lo: int, s_hi: int) -> Found:
    """ "By Trump's own admission, CONTENT" (the clause after the comma) or "CONTENT, in his eyes." (the clause
    before it): the possessor is the source."""
    text = ctx.text
    m = _VIEW_HOLDER.match(text, cue.start)
    if m is None:
        return None
    after = text[cue.end:s_hi]
    if after.startswith(",") and not text[s_lo:cue.start].strip(" ,"):
        start = cue.end + 1
        return start, _content_end(text, start, s_hi), m.start(1), m.end(1), "according"
    if text[max(s_lo, cue.start - 2):cue.start] == ", " and not after.strip(" .\n"):
        return s_lo, cue.start - 2, m.start(1), m.end(1), "according"
    return None


_VIEW_HOLDER = re.compile(r"\S+\s+((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?=[’']s)|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)")


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


_ADJECTIVE_AND = re.compile(r"\s+and\s+(?=[a-z])")


def _according_claim(ctx: _Context, cue: Cue, s_lo: int, s_hi: int) -> Found:
    """ "According to X, CONTENT." / "CONTENT, according to X." / "CONTENT, according to X, CONTENT2."."""
    text = ctx.text
    data = _NAME_DATA.match(text, cue.end, s_hi)
    if data and " " not in data.group(1) and data.group(1).endswith(("an", "ese", "ish", "i")) \
            and not data.group(0).rstrip().endswith(("’s", "'s")):
        data = None               # "according to American data": a demonym, no body
    src = data.span(1) if data else np_after(text, cue.end, s_hi, full=True)   # "according to WHO data": WHO
    if src is None:
        return None
    joined = _ADJECTIVE_AND.match(text, src[1], s_hi) if not data else None
    more = np_after(text, joined.end(), s_hi, full=True) if joined and ends_on_adjective(text[src[0]:src[1]], True) else None
    src = (src[0], more[1]) if more else src   # "According to the prefectural and city governments": both
                                               # adjectives modify the one noun after "and"
    pron = _PRONOUN_COMMA.match(text, src[0], src[1])
    src = (src[0], pron.end(1)) if pron else src   # "According to him, Beijing's approach ... is that": him only
    phrase_end = data.end() if data else src[1]
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
    if data:                  # "According to Reuters calculations, CONTENT"
        comma = text.find(",", phrase_end, s_hi)
        start = comma + 1 if 0 <= comma - phrase_end < 3 else phrase_end
        return start, _content_end(text, start, s_hi), src[0], src[1], "according"
    comma = text.find(",", src[1], s_hi)
    inner = text.find(",", src[0], src[1])
    tail = _AND_NAME_COMMA.match(text, src[1], s_hi) or _AND_WORDS_COMMA.match(text, src[1], s_hi)
    if tail and any(w.lower() in _NOT_IN_NP for w in tail.group(1).split()[1:]):
        tail = None               # ("According to the police and he was arrested, ..."): a clause, no second source
    if not 0 <= comma - src[1] < 3 and inner > src[0]:
        src, comma = (src[0], inner), inner   # "According to KCNA, Kim's decision to deploy troops ... falls under"
    elif tail:
        src, comma = (src[0], tail.end(1)), tail.end() - 1   # "According to the agreement signed by Putin and Kim,"
    start = comma + 1 if 0 <= comma - src[1] < 3 else src[1]
    end = _content_end(text, start, s_hi)
    if _SAYING_END.match(text, end) and any(True for _ in iter_cues(text, start, end)):
        end = s_hi                # "According to Reuters, X cited NIS, saying that ...": Reuters reports it all
    return start, end, src[0], src[1], "according"


# A body's numbers after "according to": "WHO data", "Reuters calculations", "the ministry's figures" hold the body.
_NAME_DATA = re.compile(r"\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)(?:’s|'s)?\s+(?:official\s+)?"
                        r"(?:data|figures|statistics|estimates|numbers|records|calculations|tallies|tally|count|"
                        r"projections)\b(?=\s*[.,;]|\s*$)")
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


# ... and any short noun phrase after "and" up to the comma: "According to the ministry and local media, CONTENT"
# (the content never opens on "and").
_AND_WORDS_COMMA = re.compile(r"(\s+and\s+(?:[\w’'.-]+\s+){0,4}[\w’'.-]+),")
_NOT_IN_NP = frozenset(word_classes()["aux"]) | frozenset(word_classes()["sub"]) | frozenset(
    "he she they we i it there said says".split())


_TOPIC_ENDS = (" about", " on", " over")     # a speech noun's topic ("claims about"); a stance's object is the rest
_REACTION_TOPIC = re.compile(r"\b(?:over|against|at)\s+$")


def _noun_claim(ctx: _Context, cue: Cue, s_lo: int, s_hi: int) -> Found:
    """ "Pyongyang's claim that CONTENT", "a New York Times report that CONTENT": the holder is the source."""
    text = ctx.text
    holder = _NOUN_HOLDER.search(text, max(s_lo, cue.start - 60), cue.start)
    to_verb = _TO_VERB.match(text, cue.end) is not None
    topic = cue.word.endswith(_TOPIC_ENDS + (" of", " for", " with", " to", " toward", " towards")) or \
        to_verb                   # "Trump's adulation of Putin", "his decision to resign"
    that = None if topic else _THAT.search(text, cue.end, cue.end + 8) or _NOUN_THAT.match(text, cue.end)
    if holder is None or that is None and not topic:
        return None
    stance = topic and not cue.word.endswith(_TOPIC_ENDS)
    if (holder.group(1) and not holder.group(1).split()[-1][:1].isupper() or stance) and \
            any(c.end >= holder.start() - 5 for c in iter_cues(text, max(s_lo, holder.start() - 30), holder.start())):
        return None               # "Video contradicting Tulsa police’s claim that": the outer row (as PolNeAR); "The
                                  # mayor welcomed Canada's determination to reopen": the stance on it is the row
    if stance and _REACTION_TOPIC.search(text, max(s_lo, holder.start() - 12), holder.start()):
        return None               # "complaints over Moscow's criticism of Yoon": the topic of another's reaction
    g = 1 if holder.group(1) else 2 if holder.group(2) else 3
    start = (cue.end + 1 if to_verb else cue.end) if topic else that.end()
    end = _content_end(text, start, s_hi)
    verb = _FINITE_AFTER_TOPIC.search(text, start, end) if topic else None
    end = verb.start() if verb else end     # "Pyongyang's claims about its test were dismissed": the topic only
    main = _MAIN_PASSIVE.search(text, start, end)
    end = main.start() if main else end
    lead = _WORD.search(text, s_lo, holder.start())
    if lead and (lead.group().lower() in word_classes()["prep"] or lead.group().lower() in ("contrary", "unlike") or
                 lead.start() < holder.start() and lead.group().endswith(("ed", "ing")) and lead.group()[:1].isupper()):
        comma = text.find(", ", start, end)
        end = comma if comma > start else end   # "Contrary to his claim that X, MAIN", "Asked about Trump's
                                                # declaration that X, MAIN": the clause ends at the comma
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


# "..., as X put it." closing its sentence: the source between "as" and the cue, the content before the comma.
_AS_PUT_AFTER = re.compile(r",[’'\"”]?\s+as\s+([^,;:.!?“”\"]{1,80}?)\s+$")
_AS_PUT_PRONOUN = re.compile(r"(?:he|she|they)\s+$")
_SENTENCE_REST = re.compile(r"[\s.!?\"”’')]*")


def _verb_claim(ctx: _Context, cue: Cue, s_lo: int, s_hi: int) -> Found:
    """A reporting verb: "CONTENT, said X", a parenthetical "X feel", or "X claims (that) CONTENT"."""
    text = ctx.text
    after = text[cue.end:s_hi]
    if cue.lemma == "put it" and not after.lstrip(" ").startswith(","):
        closing = _AS_PUT_AFTER.search(text, max(s_lo, cue.start - 90), cue.start) \
            if _SENTENCE_REST.fullmatch(after) else None
        if closing and closing.start() > s_lo and (_NAME_START.match(text, closing.start(1)) or
                                                   _AS_PUT_PRONOUN.match(text, closing.start(1), cue.start)):
            # "CONTENT, as a Homeland Security memo put it.": the content before the comma, like "CONTENT, X said."
            end = closing.start() + (2 if text[closing.start() + 1] in "’'\"”" else 0)   # ("'source of income,'")
            return s_lo, end, closing.start(1), closing.end(1), "inverted"
        return None               # only "As X put it, CONTENT" (not "as X put it in a lengthy profile, ...")
    cited = _CITING_THAT.match(after)
    if cited:
        # "the outlet reported, citing sources, that CONTENT"
        src = _source_of(ctx, cue, s_lo, s_hi)
        start = cue.end + cited.end()
        if src is not None:
            return start, _content_end(text, start, s_hi), src[0], src[1], "verb"
    ends_clause = _ENDS_CLAUSE.match(after) or _CITING_AFTER.match(after) or _AS_PER_AFTER.match(after)
    if not ends_clause and "," in text[s_lo:cue.start]:
        ends_clause = _LONG_MEDIUM_TAIL.match(after)   # "CONTENT, FIFA said in a statement on the action taken by ..."
    if ends_clause and _ASIDE_OBJECT.match(after):
        ends_clause = None        # "stressed, again, friendship between ...": an aside, then the object
    if not ends_clause and cue.lemma in _ADDRESSEE_FIRST:
        told = _NAMED_ADDRESSEE.match(after)
        ends_clause = _ENDS_CLAUSE.match(after, told.end()) if told else None   # "..., X told The Post on Thursday."
        if ends_clause and "i" in cue.roles and _ADDRESSEE_SET_OFF_TO.match(after):
            ends_clause = None    # "asked NBC's Lester Holt, the moderator, to fact check ...": an infinitive follows
        told = None if told else _EVENT_ADDRESSEE.match(after)
        ends_clause = _EVENT_TAIL.fullmatch(after, told.end()) if told else ends_clause   # "X told a news conference"
    if not ends_clause and cue.lemma in _SAY_TO:
        to = _TO_WORD.match(after)
        if to:            # "..., Meloni said to reporters." / "..., X said to the Houston Chronicle.": the addressee
            told = _NAMED_ADDRESSEE.match(after, to.end())   # closes the clause, the content came before
            ends_clause = _ENDS_CLAUSE.match(after, told.end() if told else to.end())
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
        if nsrc and rest.startswith(",") and _ASIDE_THEN_PREDICATE.match(rest):
            nsrc = None           # "X, a spokesman, said the missile, one of several, was different": the noun after the
            #                       cue opens its content (an aside, then its verb), it is no source after the cue
        if nsrc and (not rest or rest.startswith((",", "(")) or _SOURCE_PP.match(rest) and _role_head(text[nsrc[0]:nsrc[1]])) \
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
    request = request_end(text, cue) if start == cue.end + 1 else None
    comma = text.find(",", request, end) if request is not None else -1
    if comma >= 0:
        end = comma               # "X, who did not respond to a request for comment, has said ...": the clause ends
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


# A medium closing a lead-out, however long its tail: "..., FIFA said in a statement on the action taken by X."
_LONG_MEDIUM_TAIL = re.compile(r"\s+(?:in|on|at)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:statement|"
                               r"interview|post|posting|briefing|release|letter|report|speech|message|video|tweet|"
                               r"email|note|conference|communiqu[eé])\b(?:(?!\bthat\b)[^,.;:“”\"]){0,150}\s*(?:[.;]|$)")
# What may follow the source of an inverted cue: "..., said one GOP source in the room."
_SOURCE_PP = re.compile(r"(?:in|at|with|from|on|for|of|inside|within|close\s+to|familiar\s+with)\s[^,;:“”\"]{0,80}(?:,|$)")
_NOT_FOUND = ("not found",)


def _source_closes_clause(ctx: _Context, cue: Cue, src: tuple[int, int], s_lo: int, s_hi: int, after: str,
                          ends_clause: re.Match):
    """A cue that closes its clause: "As X note(s), CONTENT", "CONTENT, X said", "Even so, X feel, CONTENT".

    Returns the claim, None (no claim), or :data:`_NOT_FOUND` when none of these shapes fits.
    """
    text = ctx.text
    before_src = text[s_lo:src[0]]
    as_m = _AS_SOURCE.search(text, max(s_lo, src[0] - 140), src[0])
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
