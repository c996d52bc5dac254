"""Where each quote's attribution is found: after it in its sentence first, else before it, else at the
sentence's end (', according to X.', ', Mukhina said.'); and block quotes introduced by a colon line.

Uses the attribution grammar of :mod:`analysis.quote_grammar`; :mod:`analysis.quotes` turns the result
into rows.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from .nlp import QuoteSpan, SentenceIndex, iter_cues, leading_np, np_after, speaker_before_cue, subject_before
from .nlp.cues import reporting_verbs
from .nlp.mentions import _LONE_ADVERB, clean_mention   # (a manner adverb read as the speaker: 'Ebulliently ...')
from .quote_goodwill import goodwill_attribution
from .quote_grammar import (CONTEXT_CHARS, PARTIAL_CUE_WINDOW, _AS_SAYING, _Attribution, _CUE_OPENS_QUOTE, _WORD, _clause_like,
                            _is_speech_cue, _names_actor, _post_attribution, _pre_attribution, _span_text,
                            _word_count)
from .text import paragraph_spans

def _relayed_participle(pre: _Attribution) -> bool:
    """'Kim said ..., adding that he would "always be standing with Russia", CNN reported': a participle of
    speech whose that-clause holds the quote, right after the verb, names its speaker (the main subject); the
    closing outlet relays it."""
    return pre.cue.endswith("ing") and pre.reported_clause and pre.cue_words_before <= PARTIAL_CUE_WINDOW


# A second subject whose verb is left out after a quote, the gap marked by a dash or comma ('X called it "A",
# and Y – "B"'); with no mark the name may be a second object ('called the plan "A" and the bill "B"').
_GAPPED = re.compile(r"[\s,;]*(?:and|while|whereas|but)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)"
                     r"\s*(?:[–—―,]|--)\s*")

# A verb of saying conjoined after a quote, its subject left out ('” and has said: "', '”, and added that “').
_CONJOINED_CUE = re.compile(r"[\s,]*and\s+(?:(?:has|had|have|also|later|then)\s+)*([a-z]+)\b")
# What may stand between a quote and a colon opening the next quote of the same sentence with nothing new to say who
# speaks: punctuation and a connective ('"reasonable" then: "', '"a success", and added: "' has its own cue).
_COLON_GOES_ON = re.compile(r"[\s,;.]*(?:(?:then|and\s+then|so|and\s+so|continuing|on)\s*)?:\s*")


# A verb of reporting after a quote ('..., reports AP'): the outlet's own act, not the quoted words' origin.
_REPORT_FORMS = frozenset(("reported", "reports", "reporting"))


def relaying_outlet(name: str) -> bool:
    """Whether ``name`` is a news outlet: a name the entity lexicon gives as media ("AP", "Reuters") or an outlet's
    description ("the news agency", "the newspaper")."""
    from .entities.mentions import parse_mention
    name = (name or "").strip()
    if not name:
        return False
    if _OUTLET_WORDS.search(name) and (name[:1].islower() or re.match(r"(?i:the)\s", name)):
        return True
    return parse_mention(name).kind == "media"


def _person_says_it(text: str, q: QuoteSpan, pre: _Attribution, post: _Attribution) -> bool:
    """Whether the person named after a quote says it rather than relays the subject before it ('Officials declared
    a State of Emergency “because of the floods,” Smith said'): the quote is a clause of speech, the verb after it is
    one of speaking ('said', 'told', 'added'), not of reporting or recalling ('reported', 'wrote', 'noted',
    'recalled'), the verb before it names no words ('called X “a crime”', 'described it as “...”' stay the subject's),
    and the name is a person the article introduced with a given name ("Margaret Chan ... Chan said"), never an outlet
    or a body the lexicon does not know ('Axios said')."""
    from .entities.mentions import parse_mention
    from .nlp.tokens import given_names
    name = (post.speaker or "").strip()
    if not name or not name[:1].isupper() or re.match(r"(?i:the|a|an)\s", name) or \
            post.cue.lower() not in _SPEAKING or pre.cue.lower().split()[0] in _NAMING or \
            not _clause_like(text[q.start:q.end]) or parse_mention(name).kind != "person":
        return False
    words = name.split()
    if len(words) > 1 and words[0] in given_names():
        return True
    # the surname written with a given name before the quote, within INTRODUCED_CHARS ("Margaret Chan ... Chan said")
    full = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?%s\b" % re.escape(words[-1]))
    return any(m.group(1) in given_names() for m in full.finditer(text, max(0, q.open - INTRODUCED_CHARS), q.open))


# How far back (characters) the full name of a person named after a quote is looked for.
INTRODUCED_CHARS = 3000


# Verbs after a quote by which a person says it himself; verbs that name the words before a quote.
_SPEAKING = frozenset("said says told tells added adds explained explains stressed stresses insisted insists".split())
_NAMING = frozenset("called calls calling call described describes describing describe dubbed dubs labelled labeled "
                    "labels termed terms branded brands named".split())


_OUTLET_WORDS = re.compile(r"\b(?:news\s+agency|newspaper|news\s+outlet|outlet|broadcaster|wire\s+service|"
                           r"news\s+service|daily|tabloid)$", re.I)


def _inner_speaker(text: str, lo: int, hi: int) -> Optional[_Attribution]:
    """The subject of the first verb of saying in ``text[lo:hi]`` (not a participle, a passive nor 'according to')
    when it is a name, a pronoun or a description; else None."""
    for c in iter_cues(text, lo, hi):
        if c.participle or c.passive or c.lemma == "according to" or not set(c.roles) & {"s", "q"}:
            continue
        sp = subject_before(text, lo, c.start)
        if sp is None or not _names_actor(text, sp) or relaying_outlet(text[sp[0]:sp[1]]):
            return None
        return _Attribution(_span_text(text, sp), sp[0], c.word, c.roles, "pre", len(_WORD.findall(text, c.end, hi)))
    return None


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



# How many words a quoting verb ('called the test "..."') may stand before the quote and keep it from a
# reporting outlet that closes the sentence ('..., KCNA said').
CALLED_IT_WINDOW = 4
# A clause opening on a personal pronoun and its verb, holding the quote ('He also accused the U.S. of "'); the verb
# must be a reporting verb ('He inspected a workshop under a banner reading "..."' is no speech of his).
_PRONOUN_CLAUSE = re.compile(r"\s*(He|She)\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?([a-z]+ed)\s+"
                             r"(?:[^.;:!?“”\"]|\.(?!\s+[A-Z])){0,80}$")
# A sentence end the splitter missed ('echoed that point. \'\'Another look ...,\'\' he said').
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


@dataclass
class _Placement:
    """Per quote span: its attribution (or None), its sentences and whether it opens its clause."""

    attrs: list[Optional[_Attribution]]
    sent_of: list[int]          # sentence of the opening mark
    sent_end: list[int]         # sentence of the closing mark
    opens_clause: list[bool]    # nothing but a colon before the quote in its sentence


# A sentence opening on a name (or he/she) and a verb of saying: after a quote ending on "?" or "!", its attribution
# however long the rest ('“...?” Ebrahim Raisi said at a news conference held in New York on the sidelines of ...').
_NAME_SAID = re.compile(r"(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*[a-z]|[Hh]e|[Ss]he)\s+"
                        r"(?:said|says|asked|asks|added|adds|told|tells|replied|wrote|writes)\b")


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
                        and (_word_count(nxt.text) <= 12 or _NAME_SAID.match(text, nxt.start, nxt.end)) \
                        and nxt.start < next_open:
                    attr = _post_attribution(text, nxt.start, min(nxt.end, next_open), False, (l_lo, l_hi),
                                             text[q.start:q.end])
                    if attr and attr.how != "post":
                        attr = None
            else:
                line_start = text.rfind("\n", 0, q.open) + 1
                attr = _post_attribution(text, r_lo, r_hi, not text[line_start:q.open].strip(), (l_lo, l_hi),
                                         text[q.start:q.end])
        if attr is None or attr.how in ("participle", "post-open"):
            pre = _pre_attribution(text, l_lo, l_hi, colon, sent.start if sent else 0, sent.end if sent else 0)
            if attr is None:
                # 'According to KCNA, Kim congratulated the people of "friendly Russia"': a nearer verb of goodwill
                good = None if _clause_like(text[q.start:q.end]) else \
                    goodwill_attribution(text, l_lo, l_hi, sent.start if sent else 0, sent.end if sent else 0)
                if good is not None and (pre is None or not _is_speech_cue(pre, text[q.start:q.end])
                                         or pre.cue == "according to" and good.cue_words_before < pre.cue_words_before):
                    pre = good
            if pre is not None:
                attr = pre
            if attr is not None and attr.how == "pre" and not attr.speaker and i > 0 and l_lo == prev_close and sent \
                    and sent.start < spans[i - 1].open and sent_end[i - 1] == sent_of[i] \
                    and (conj := _CONJOINED_CUE.match(text, l_lo, l_hi)) and conj.group(1) in reporting_verbs() \
                    and (sp := leading_np(text, sent.start, spans[i - 1].open)) is not None \
                    and clean_mention(text[sp[0]:sp[1]]):
                # 'The NATO chief wants the members to “...” and has said: "..."': the verb conjoined after the
                # earlier quote has the sentence's subject
                attr = _Attribution(text[sp[0]:sp[1]], sp[0], conj.group(1), attr.roles, "pre")
            if (attr is None or attr.how == "colon" and not attr.speaker) and colon and i > 0 and l_lo == prev_close \
                    and attrs[i - 1] is not None and attrs[i - 1].how == "pre" and attrs[i - 1].speaker \
                    and sent_end[i - 1] == sent_of[i] and _COLON_GOES_ON.fullmatch(text, l_lo, l_hi):
                # 'Mr Hancock told GMB that if people felt it "reasonable" then: "I'm up for ..."': the colon goes on
                # with the words of the cue before the earlier quote of the sentence
                attr = attrs[i - 1]
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
            if pre is not None and pre.speaker and pre.how == "pre" and (pre.long_reach or _relayed_participle(pre)) \
                    and not _person_says_it(text, q, pre, attr) \
                    and ("s" in pre.roles and (pre.reported_clause or pre.cue_words_before <= PARTIAL_CUE_WINDOW)
                         or "q" in pre.roles and pre.cue_words_before <= CALLED_IT_WINDOW
                         and not _SENTENCE_BREAK.search(text, max(l_lo, l_hi - 80), l_hi)):
                attr = pre                    # 'Kim told Putin that peace will "depend on the U.S.," the agency
                                              # said': Kim's words, the agency reports them; so 'The leader called
                                              # the test "a success," it said'
            elif pre is None and attr.cue in ("reported", "reports") and sent is not None and l_lo == sent.start \
                    and (he := _PRONOUN_CLAUSE.match(text, l_lo, l_hi)) and he.group(2) in reporting_verbs():
                # 'He also accused the U.S. of "interfering ...," reported the KNCA': his words, which the outlet
                # relays (the pronoun is resolved as any speaker's)
                attr = _Attribution(he.group(1), he.start(1), he.group(2), "qs", "pre",
                                    len(_WORD.findall(text, he.end(2), l_hi)))
            elif attr.cue in _REPORT_FORMS and sent is not None and relaying_outlet(attr.speaker) \
                    and (inner := _inner_speaker(text, sent.start, l_hi)) is not None:
                # 'The senator told a crowd that the result was "...," reports AP': an outlet named after the quote
                # with a verb of reporting relays the words of the speaker its sentence names before them
                attr = inner

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
                said = _final_said(text, q.close, e_sent.end, spans) if final is not None else None
                if said is not None and said.speaker and 0 <= said.speaker_pos < final.speaker_pos:
                    final = said              # '"...," on Monday, the embassy said, according to the report': the
                    #                           embassy said it, the report relays it
                if final is not None:
                    attr = final
        if (attr is None or not attr.speaker and attr.how in ("participle", "post-open")) and q.closed \
                and (_clause_like(text[q.start:q.end]) or _word_before(text, l_lo, q.open) in _OPENS_PHRASE
                     or _word_before(text, l_lo, q.open) in ("a", "an", "the") and _HEAD_AFTER.match(text, q.close)):
            # 'The group is "a test tour delegation" that could ..., Mukhina said.': the closing cue's speaker.
            e_sent = sents[index.index_at(max(q.close - 1, 0))] if sents else None
            if e_sent is not None:
                final = _final_said(text, q.close, e_sent.end, spans)
                if final is not None:
                    attr = final
        if attr is not None and attr.how == "pre" and attr.speaker and q.closed and sents \
                and _infinitive_cue(text, l_lo, q.open, attr.cue):
            # 'Iwaya will meet Sybiha to reaffirm Japan's "strong support" ..., Japan's Foreign Ministry said': words
            # not yet said are the closing speaker's, who announced the plan
            final = _final_said(text, q.close, sents[index.index_at(max(q.close - 1, 0))].end, spans)
            if final is not None and final.speaker:
                attr = final
        aside = _aside_said(text, sent.start if sent else l_lo, q.open, spans) if sent is not None else None
        if aside is not None and (attr is None or attr.how == "pre" and 0 <= attr.speaker_pos < aside.speaker_pos):
            # 'Russia's embassy, he said, had been forced to demand that the ministry "immediately" rectify ...':
            # the sentence is what he said, not the embassy's words.
            attr = aside
        if (attr is None or not attr.speaker and attr.how == "participle"
                or attr.how == "pre" and _LONE_ADVERB.fullmatch(attr.speaker)) and q.closed and sent is not None:
            # 'Calling the planned referendum an "existential threat", Guyana is seeking ...': the main clause's
            # subject calls it so.
            attr = _opening_participle(text, sent.start, sent.end, q, spans) or attr
        if attr is None and q.closed:
            # 'will discuss the "final results" ..., Tass quoted presidential aide Yury Ushakov as saying.': the
            # sentence is the one quoted's reported speech, a short quote in it too.
            e_sent = sents[index.index_at(max(q.close - 1, 0))] if sents else None
            if e_sent is not None:
                attr = _final_relayed(text, q.close, e_sent.end, spans)
        if attr is not None and attr.speaker_pos >= 0 and _inside_quote(spans, attr.speaker_pos):
            # A sentence split inside an earlier quote ('"... strengthened. This is ...," adding that'):
            # quoted words are never the speaker.
            attr = _Attribution("", -1, attr.cue, attr.roles, attr.how, attr.cue_words_before)
        attrs.append(attr)
        before = text[l_lo:q.open].rstrip()
        opens_clause.append(not before or before[-1] in ":")
    return _Placement(attrs, sent_of, sent_end, opens_clause)


def _infinitive_cue(text: str, lo: int, hi: int, cue: str) -> bool:
    """Whether the last ``cue`` word in ``text[lo:hi]`` is an infinitive ('to reaffirm'): speech to come."""
    at = text.rfind(cue, lo, hi) if cue else -1
    return at > lo and _TO_LAST.search(text, max(lo, at - 16), at) is not None


_TO_LAST = re.compile(r"\bto\s+(?:[a-z]+ly\s+)?$")


# A sentence opening with a participle of a verb of calling or saying ('Calling each other "comrade", the men ...').
# ... after a manner adverb too ('Ebulliently declaring himself "1,000 percent happy" ..., Kim Jong Il ...').
_OPENING_ING = re.compile(r"\s*(?:[A-Z][A-Z.’' -]{2,30}(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})?\s+[—–-]{1,2}\s+)?"   # (a dateline)
                          r"(?:[A-Z][a-z]+ly\s+(?=[a-z]+ing\s)|(?=[A-Z]))([A-Za-z][a-z]+ing)\s")
# What may come between the quote and the comma closing the participle phrase: a prepositional phrase ('"1,000
# percent happy" with his Russian rail trip, Kim ...'), no verb ('Calling them "thugs" is unfair, she said': a gerund
# subject, no opening phrase).
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|did|does|"
                     r"[a-z]+ed)\b")
_PHRASE_TAIL = re.compile(r"\s+(?:with|about|over|for|on|in|at|to|after|during|of)\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+\s*,\s*")


def _opening_participle(text: str, lo: int, hi: int, q: QuoteSpan, spans: Sequence[QuoteSpan]) -> Optional[_Attribution]:
    """The subject after the participle phrase holding quote ``q`` at the sentence's start, or None."""
    m = _OPENING_ING.match(text, lo, q.open)
    if m is None:
        return None
    cue = next(iter_cues(m.group(1).lower(), 0, len(m.group(1))), None)
    if cue is None or not cue.participle or not set(cue.roles) & {"q", "s"} \
            or re.search(r"[,;:.!?]", text[m.end():q.open]):
        return None
    k = bisect.bisect_right([x.open for x in spans], q.open)
    comma = q.close
    while k < len(spans) and spans[k].open < hi and _LIST_GAP.fullmatch(text, comma, spans[k].open):
        comma, k = spans[k].close, k + 1       # 'Calling it "A" and "B", ...'
    gap = re.match(r"\s*,\s*", text[comma:hi])
    if gap is None and (tail := _PHRASE_TAIL.match(text[comma:hi])) and not _FINITE.search(tail.group()):
        gap = tail
    if gap is None:
        return None
    sp = leading_np(text, comma + gap.end(), hi)
    if sp is not None and sp[0] != comma + gap.end() and _APPOSED_ROLE.fullmatch(text, comma + gap.end(), sp[0]):
        pass                                   # "North Korea's leader, Kim Jong Il, ...": the name the role is set off by
    elif sp is None or sp[0] != comma + gap.end() or not clean_mention(_span_text(text, sp)):
        return None
    return _Attribution(_span_text(text, sp), sp[0], m.group(1), cue.roles, "pre",
                        len(_WORD.findall(text, m.end(), q.open)))


_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*")
# A role set off before the name it introduces: "North Korea's leader, " (words, no clause, then a comma).
_APPOSED_ROLE = re.compile(r"(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+|the\s+)(?:[\w-]+\s+){0,3}?[a-z][\w-]*,\s+")


# A reporting clause set off by commas inside its sentence: 'Russia's embassy, he said, had been forced ...'.
_ASIDE_SUBJECT = re.compile(r",\s+(he|she|they|(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\s+$")


def _aside_said(text: str, lo: int, hi: int, spans: Sequence[QuoteSpan]) -> Optional[_Attribution]:
    """The speaker of a comma-enclosed ', he said,' in ``text[lo:hi]`` after the sentence's subject, or None."""
    for cue in iter_cues(text, lo, hi):
        if "s" not in cue.roles or cue.participle or cue.passive or cue.lemma == "according to" \
                or not text.startswith(",", cue.end) or _inside_quote(spans, cue.start):
            continue
        subject = _ASIDE_SUBJECT.search(text, max(lo, cue.start - 60), cue.start)
        if subject is None or not text[lo:subject.start()].strip() or _inside_quote(spans, subject.start()) \
                or text[lo:subject.start()].rstrip(" ,")[-1:] in "\"”’'":
            continue                           # '"We will win", Trump said, and ...': an attribution, no aside
        return _Attribution(subject.group(1), subject.start(1), cue.word, cue.roles, "pre",
                            len(_WORD.findall(text, cue.end, hi)), True)
    return None


_FINAL_ACCORDING = re.compile(r",\s+according\s+to\s+")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z.]{1,8}\)")
# A closing ', Tass quoted presidential aide Yury Ushakov as saying.' (the sentence's last words).
_FINAL_RELAYED = re.compile(r",\s+(?:[\w’'.-]+\s+){1,6}?(?:quoted|cited)" + _AS_SAYING.pattern + r"\s*[.!?]?\s*$")


def _final_relayed(text: str, lo: int, hi: int, spans: Sequence[QuoteSpan]) -> Optional[_Attribution]:
    """The one quoted in a closing ', X quoted Y as saying.' after a quote, or None."""
    hi = min(hi, lo + CONTEXT_CHARS)
    m = _FINAL_RELAYED.search(text, lo, hi)
    if m is None or _inside_quote(spans, m.start()) or not clean_mention(m.group(1)):
        return None
    return _Attribution(m.group(1), m.start(1), "saying", "qcs", "post")



def _final_attribution(text: str, lo: int, hi: int, spans: Sequence[QuoteSpan]) -> Optional[_Attribution]:
    """An attribution closing the sentence after a quote: ', according to X.' (X ends the sentence)."""
    hi = min(hi, lo + CONTEXT_CHARS)
    found = None
    for found in _FINAL_ACCORDING.finditer(text, lo, hi):
        pass
    if found is None or _inside_quote(spans, found.start()):
        return None
    sp = np_after(text, found.end(), hi, full=True)
    rest = _ACRONYM_AFTER.match(text, sp[1], hi) if sp else None   # 'the Associated Press (AP).'
    if sp is None or text[rest.end() if rest else sp[1]:hi].strip(" \n.”\"’')") \
            or not clean_mention(_span_text(text, sp)):
        return None
    return _Attribution(_span_text(text, sp), sp[0], "according to", "qcs", "post")


# What may follow a closing ', X said': a time, then the sentence end or a participle ('..., Mukhina said, adding').
_FINAL_SAID_TAIL = re.compile(r"(?:\s+(?:on|last|this|in)\s+[A-Z]?[a-z]+)?\s*(?:[.!?]|,\s+(?:adding|saying|noting|explaining|"
                              r"as|while|amid|according\s+to)\b|"
                              # the day's date, and where or how it was said, to the sentence's end: '..., Health
                              # Minister Dr Sabin Nsanzimana said on Thursday, October 17, at a virtual press briefing'
                              r"(?:,?\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?)?,?\s+(?:at|during|in|via|after|before)\s+"
                              r"[^.!?“”\"]{0,200}[.!?](?:\s|$))")
# After a short quote that follows an article, what shows the quote is the noun phrase's head ('A "Russian town"
# in North Korea has ...'), not a modifier ('a "comprehensive strategic partnership" treaty').
_HEAD_AFTER = re.compile(r"\s*(?:[,.;:]|(?:in|on|at|of|for|from|with|to|has|have|had|is|are|was|were|will|would|"
                         r"that|which)\b)")


_WH_WORD = re.compile(r"\b(?:what|which|who|whom|that|where|when|how|why)\b", re.I)
# The word right before a short quote the closing cue may claim: the quote opens its own phrase ('There are
# "lots" of', 'but "a test tour delegation"'), it is no modifier's head ('breakaway "people's republics"').
_OPENS_PHRASE = {"is", "are", "was", "were", "be", "been", "being", "but", "and", "or", "not", "as", "of", "to",
                 "for", "with", "than", "into", "from", "by", "on", "at", "in"}


# Whom a closing 'told' addresses: '..., a senior official told reporters.', '..., Kim told Reuters.'
_TOLD_WHOM = re.compile(r"\s+(?:reporters|journalists|lawmakers|parliament|the\s+[a-z]+|"
                        r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})(?=[\s.,!?])")
_CLOSING_MARK = re.compile(r"[”\"’']")


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
    if comma < 0 or _inside_quote(spans, comma) and not _CLOSING_MARK.match(text, comma + 1):
        return None                           # (a comma closing a quote hands over: '... "families," he said')
    gap = text[comma + 1:last.start]
    if _word_count(gap) > 10 or _WH_WORD.search(gap):
        return None                           # 'in the Red Sea on what it said were ...': no closing attribution
    if gap.strip():
        sp = speaker_before_cue(text, comma + 1, last.start)
        if sp is None or text[comma + 1:sp[0]].strip(" \n”\"’'") or text[sp[1]:last.start].strip(" \n"):
            return None                       # the words between the comma and the cue are the speaker only
        told = _TOLD_WHOM.match(text, last.end, hi) if last.lemma == "tell" else None
        tail = _FINAL_SAID_TAIL.match(text, told.end() if told else last.end, hi + 1)
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
