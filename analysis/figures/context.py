"""What surrounds a figure: its kind, hedge, source and period (step 5).

The kind comes from the unit and the counted noun ("troops", "workers"; money near
"exports" is a trade value), the hedge from the hedge lexicon ("up to", "nearly",
"allegedly"), the source from the attribution engine (:func:`analysis.nlp.subject_before`
before a reporting cue, or "according to X"), and the period from the date mentions of the
sentence.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple, Sequence

from ..nlp import leading_np, subject_before
from ..dates.frame import is_dateline
from ..records import DateMention
from .filters import looks_plural
from ..nlp.guard import guarded
from ..nlp.mentions import is_actor_phrase
from ..nlp.non_attribution import idiom_follows
from .numbers import Candidate
from .patterns import (ACCORDING_RE, AUX, CARD_ALT, CUE_RE, CUES, FUNCTION_WORDS, HEDGE_AFTER_RE, HEDGE_BEFORE_RE, HEDGE_CLAUSE_RE,
                       KIND_NOUN_RE, KIND_NOUNS, NOUN_PHRASE_RE, PASSIVE, PRONOUNS, SP, TRADE_RE)

_TIME_AFTER_WORDS = frozenset("last this next earlier later yesterday today alone so".split())
_OF_OWNER_RE = re.compile(rf"{SP}+of{SP}+(?:(?:the|its|their|his|her|our|these|those){SP}+)?", re.IGNORECASE)
_MODIFIER_RE = re.compile(r"(?:[ \u00a0]+(?:such|more|fewer|less|additional|extra|further|other))+(?=[ \u00a0]+[A-Za-z])",
                          re.IGNORECASE)


def noun_kind(text: str, lo: int, hi: int, c: Candidate) -> None:
    """Kind and unit from the noun after the figure, or heading its clause before it."""
    start = c.end
    if c.scaled or c.atom == "vague":
        of = _OF_OWNER_RE.match(text, c.end, hi)    # "thousands of troops", "dozens of its latest missiles"
        if of:
            start = of.end() - 1
    part = _PART_OF_RE.match(text, c.end, hi) if c.atom in ("digit", "word") and not c.scaled else None
    if part:        # "three of the five questions" counts questions; its span stays "three"
        end = c.end
        c.end = part.end()
        noun_kind(text, lo, hi, c)
        c.end = end
        return
    skip = _MODIFIER_RE.match(text, start, min(hi, start + 40))   # "50 such missiles", "793 fewer ships"
    if skip:
        start = skip.end()
    m = NOUN_PHRASE_RE.match(text, start, min(hi, start + 60))
    words: list[tuple[str, int]] = []
    owner = False
    if m:
        for w in _NP_WORD_RE.finditer(m.group("np")):
            word = _POSSESSIVE_END_RE.sub("", w.group(0))    # "the two countries’ goal"
            if word.lower() in FUNCTION_WORDS and not (word.isupper() and len(word) > 1):
                break     # "US" in "two US officials" is the country, not the pronoun
            if not words and word != w.group(0) and word[:1].isupper() and c.value == 1 and c.atom == "word":
                owner = True    # "one McDonald's restaurant", "one Women's World Cup": the name owns what is counted
                continue
            words.append((word, m.start("np") + w.start() + len(word)))
            if word != w.group(0):
                break
    for i in range(len(words)):
        for j in (2, 1):
            phrase = " ".join(w.lower() for w, _ in words[i:i + j])
            if i + j <= len(words) and phrase in KIND_NOUNS:
                c.kind, c.unit = KIND_NOUNS[phrase]
                c.unit_class, c.end = "noun", words[i + j - 1][1]
                return
    if (not words or words[0][0].endswith("ly")) and not c.scaled and c.atom in ("digit", "word"):
        listed = _LISTED_NOUN_RE.search(text, max(lo, c.start - 60), c.start)
        if listed and looks_plural(listed.group("n")):
            c.unit, c.unit_class = listed.group("n"), "noun"     # "other attempts — including two previously"
            return
    if words:
        # the counted noun is the first plural one: "two distinct objectives" counts objectives
        for k, (w, end) in enumerate(words):
            # a nationality heading the phrase counts people: "10 million North Koreans", "300 Pakistanis",
            # "12 Chinese" (not "12 Chinese ships")
            if _DEMONYM_RE.fullmatch(w) and w.lower() not in _NOT_DEMONYMS and (k == len(words) - 1 or not w.endswith("ese")):
                c.unit, c.unit_class, c.end = "people", "noun", end
                _demonym_role(text, lo, hi, c)
                return
            if looks_plural(w.lower()):
                # a plural modifier before the plural head counts the head: "two telecommunications cables"
                while k + 1 < len(words) and words[k + 1][0].islower() and looks_plural(words[k + 1][0]) \
                        and _PLURAL_MODIFIER_RE.fullmatch(w.lower()):
                    k += 1
                    w, end = words[k]
                c.unit, c.unit_class, c.end = w, "noun", end
                return
        if c.value == 1 and c.atom == "word":
            w, end = next((x for x in words if not x[0].isupper()), words[-1] if owner else words[0])   # "one US ounce": the ounce
            c.unit, c.unit_class, c.end = w, "noun", end    # "one solution"
            return
        shared = _SHARED_HEAD_RE.match(text, words[0][1], min(hi, words[0][1] + 60)) \
            if len(words) == 1 and _MODIFIER_ONLY_RE.fullmatch(words[0][0]) else None
        head = None
        for w in shared.group("ws").split() if shared else ():
            if w in FUNCTION_WORDS or w in PRONOUNS or w in ("others", "ones", "those"):
                break
            if looks_plural(w):
                head = w
                break
        if head:
            c.unit, c.unit_class = head, "noun"    # "50 confirmed and more suspected cases": the span stays "50"
            return
        if words[0][0].lower() not in _TIME_AFTER_WORDS:
            return
        # only a time after it: "put Russia's military casualties at 48,240 last month" (the noun heads the clause)
    # nothing after the number: "DPRK workers, numbering between 20,000 and 50,000"
    window_lo = max(lo, c.start - 90)
    window = text[window_lo:c.start]
    cut = max(window.rfind(";"), window.rfind(". "))
    last = None
    for k in KIND_NOUN_RE.finditer(text, window_lo + cut + 1 if cut >= 0 else window_lo, c.start):
        last = k
    if last is not None:
        kind, unit = KIND_NOUNS[last.group("n").lower()]
        if kind != "count":
            c.kind, c.unit, c.unit_class = kind, unit, "noun"


_POINTS_CHANGE_BEFORE_RE = re.compile(r"\b(?:up|down|rose|fell|gained|lost|dropped|climbed|jumped|slipped|slid)"
                                      r"(?:[ \u00a0]+(?:by|about|some|nearly|almost|over|more[ \u00a0]+than))?[ \u00a0]+\Z",
                                      re.IGNORECASE)
_PERCENT_RE = re.compile(r"\d[ \u00a0]?(?:%|percent\b|per[ \u00a0]cent\b)")


def decide_kind(text: str, lo: int, hi: int, c: Candidate, market: bool) -> str:
    if c.atom == "ordinal":
        return "ordinal"
    if c.unit_class == "currency":
        if not market and TRADE_RE.search(text, max(lo, c.start - 150), min(hi, c.end + 40)):
            return "trade_value"   # "exports to Russia ... stood at 8,000 US dollars"
        return "money"
    if c.unit_class in ("percent", "fraction"):
        return "percentage"
    if c.atom in ("digit", "word") and _TOP_BEFORE_RE.search(text[max(lo, c.start - 4):c.start]):
        return "ordinal"      # a rank: "among its top 10 trade partners"
    if c.unit == "point" and _POINTS_CHANGE_BEFORE_RE.search(text, max(lo, c.start - 30), c.start) \
            and _PERCENT_RE.search(text, max(0, c.start - 300), c.start):
        return "percentage"   # a poll's change after a share: "72% of French people ... A figure up six points"
    if c.unit_class == "duration":
        return "duration"
    if (c.kind == "labor_estimate" or c.kind == "troop_estimate" and c.unit == "troops") \
            and c.atom in ("digit", "word") and c.value < 10:
        return "count"      # "two Russian workers had been placed in a cold room", "Two soldiers, though wounded,
                            # survived": people in a story, no workforce or troop estimate
    return c.kind or "count"


def figure_hedges(text: str, lo: int, hi: int, c: Candidate) -> str:
    """Hedges on a figure: a clause-level one ("allegedly ... 50,000"), one just before, one after."""
    found: list[str] = []
    clause_lo = max(lo, c.start - 200)
    window = text[clause_lo:c.start]
    cut = max(window.rfind(";"), window.rfind(" but "), window.rfind(". "))
    clause = None
    for m in HEDGE_CLAUSE_RE.finditer(text, clause_lo + (cut + 1 if cut >= 0 else 0), c.start):
        clause = m
    before = HEDGE_BEFORE_RE.search(text, max(lo, c.start - 30), c.start)
    if clause is not None and (before is None or clause.start() < before.start()):
        found.append(clause.group("h").lower())
    if before:
        found.append(before.group("h").lower())
    after = HEDGE_AFTER_RE.match(text, c.end, min(hi, c.end + 12))
    if after:
        found.append(after.group("h").lower().lstrip("-"))
    return "; ".join(dict.fromkeys(found))


# Plural nouns that modify another ("telecommunications cables", "arms shipments", "weapons systems"); a plural
# otherwise heads the phrase, and an -s word after it is its verb ("19 fouls proves").
_PLURAL_MODIFIER_RE = re.compile(r"[a-z]+(?:ions|ics)|arms|sports|goods|savings|weapons|operations|crew|staff|police")   # "17 crew members"
# Two modifiers joined by "and"/"or" share the head noun after the second: "about 50 confirmed and more suspected
# cases", "two military and three civilian aircraft". The first modifier is a participle or an adjective by its ending.
_MODIFIER_ONLY_RE = re.compile(r"[a-z]+(?:ed|al|ive|ous|ic|ant|ent|ible|able|ary)")
_SHARED_HEAD_RE = re.compile(rf"{SP}+(?:and|or){SP}+(?:(?:more|fewer|other|\d[\d,]*|(?:{CARD_ALT}))\b{SP}+)?"
                             rf"(?P<ws>[a-z]+(?:{SP}+[a-z]+){{0,2}})")
_DEMONYM_RE = re.compile(r"[A-Z][a-z]+(?:ans|ese|is|iens)")     # Koreans, Russians, Chinese, Pakistanis, Nigeriens
# Capitalised in a headline, these count themselves, not people of a nation ("Over 2,000 Civilians Died").
_NOT_DEMONYMS = frozenset("civilians veterans guardians politicians physicians technicians musicians pedestrians "
                          "historians librarians comedians clinicians electricians statisticians partisans artisans "
                          "guardsmen humanitarians".split())
# People of a nation sent to fight are troops ("An estimated 11,000 North Koreans were deployed to Kursk"); hired
# or put to work, workers ("a construction firm that expects to employ 300 North Koreans").
_TROOPS_AFTER_RE = re.compile(
    rf"{SP}+(?:(?:were|are|had{SP}+been|have{SP}+been|has{SP}+been|being|reportedly|already|now){SP}+)*"
    rf"(?:deployed|dispatched|sent{SP}+to{SP}+(?:fight|the{SP}+front)|stationed|fighting|fought|killed{SP}+in{SP}+action|"
    rf"serving{SP}+in{SP}+the{SP}+(?:army|military)|in{SP}+uniform)\b")
# ... or whose clause puts them on a battlefield: "ten thousand North Koreans are not likely to make any battlefield difference"
_BATTLE_AFTER_RE = re.compile(rf"[^.;:]{{0,60}}?\b(?:battlefield|in{SP}+combat|front{SP}*lines?|at{SP}+the{SP}+front)\b")
_WORKERS_BEFORE_RE = re.compile(
    rf"\b(?:employ|employs|employed|employing|hire|hires|hired|hiring|recruit|recruits|recruited){SP}+"
    rf"(?:(?:about|around|some|nearly|almost|more{SP}+than|over|up{SP}+to|at{SP}+least){SP}+)?\Z", re.IGNORECASE)
_WORKERS_AFTER_RE = re.compile(rf"{SP}+(?:(?:were|are|had{SP}+been|have{SP}+been|being){SP}+)?(?:employed|working|at{SP}+work)\b")


def _demonym_role(text: str, lo: int, hi: int, c: Candidate) -> None:
    """People of a nation counted as troops or workers when the clause says so (see the patterns above)."""
    if _TROOPS_AFTER_RE.match(text, c.end, min(hi, c.end + 60)) or _BATTLE_AFTER_RE.match(text, c.end, min(hi, c.end + 70)):
        c.kind, c.unit = "troop_estimate", "troops"
    elif _WORKERS_BEFORE_RE.search(text, max(lo, c.start - 40), c.start) or \
            _WORKERS_AFTER_RE.match(text, c.end, min(hi, c.end + 40)):
        c.kind, c.unit = "labor_estimate", "workers"


# The plural noun right before "including" that a bare number after it counts: "numerous other attempts —
# including two previously against Bazoum".
_LISTED_NOUN_RE = re.compile(rf"\b(?P<n>[a-z][a-z-]+)[ \u00a0,—–-]*\bincluding{SP}+\Z")
# A part of a counted whole: "three of the five questions", "two of its ships".
_PART_OF_RE = re.compile(rf"{SP}+of{SP}+(?:the|these|those|its|their|our|his|her|my|your|[A-Z][\w.-]*[’']s)(?:{SP}+(?:\d[\d,]*|(?:{CARD_ALT})\b))?"
                         rf"(?={SP}+[a-z])"
                         # the part of a whole counted after it: "four out of five citizens" counts citizens
                         rf"|{SP}+out{SP}+of{SP}+(?:every{SP}+)?(?:\d[\d,]*|(?i:{CARD_ALT})\b)(?={SP}+[A-Za-z])")
CASUALTY_RE = re.compile(rf"{SP}+(?:dead|killed|wounded|injured)\b")     # "100,000 dead": people


class Attribution(NamedTuple):
    """Who states figures: the cue at ``start:end``, the source's ``name``, where the subject of a reporting verb
    begins (``subject``: "Twelve percent indicated"; else ``start``), and whether only the figures after the cue
    are its (``forward``: a complement clause, "the Red Cross warned that ...", "Trump's claim that ...")."""
    start: int
    end: int
    name: str
    subject: int
    forward: bool = False
    backward: bool = False      # the cue follows its content ("..., Russian news agencies reported, after a week-long
                                # visit"): the figures after it are its adjuncts', not the source's


def sources_of(text: str, lo: int, hi: int) -> list[Attribution]:
    """Who states the figures of a sentence: the :class:`Attribution` of each, in order."""
    out: list[Attribution] = []
    for m in ACCORDING_RE.finditer(text, lo, hi):
        words = []
        src = m.group("src")
        for w in _NON_SPACE_RE.finditer(src):
            if w.group(0).lower() in ("that", "which", "who", "when", "while", "as", "in", "on", "at", "since"):
                break
            if len(words) >= 2 and w.group(0).islower() and w.group(0).endswith("ed") \
                    and (words[-1].group(0).islower() or words[-1].group(0).isdigit()) \
                    and not src.startswith("by ", w.end() + 1):
                break             # a reduced relative: "a Gallup survey carried out shortly after", "Resolution 2397
                                  # passed at the end of 2017"
                                  # (but "the documents released by WikiLeaks" names who; in "fundraisers USA TODAY
                                  # assembled" the verb is the name's)
            words.append(w)
            if len(words) == 8:
                break
        while words and words[-1].group(0).islower() and words[-1].group(0) in FUNCTION_WORDS:
            words.pop()           # "according to data from": the phrase ends on its noun
        if words:
            end = m.start("src") + words[-1].end()
            out.append(Attribution(m.start(), end, text[m.start("src"):end].strip("”\"’' "), m.start()))
    for m in (_HOLDER_NOUN_RE.finditer(text, lo, hi) if _CLAIM_NOUN_STEM_RE.search(text, lo, hi) else ()):
        # "Trump's claim that there have been ...", "the IMF's estimate of global growth", "an estimate by the ministry of"
        name = clean_source(m.group("pos") or m.group("by") or "")
        if name and name.lower() not in PRONOUNS:
            out.append(Attribution(m.start(), m.end(), name, m.start(), True))
    for m in (_GIVES_FIGURE_RE.finditer(text, lo, hi) if _GIVES_STEM_RE.search(text, lo, hi) else ()):
        # "The NIS put the figure at 3,000", "WeWork listed its assets at $15 billion": the subject gives the figures after
        if m.group(0).endswith("ing") and re.search(rf",{SP}*\Z", text[max(lo, m.start() - 3):m.start()]):
            # a participle after the main clause takes its subject: "Tupperware filed for bankruptcy, listing assets of"
            span = leading_np(text, lo, m.start())
            name, subject_start = (text[span[0]:span[1]].strip(" ,"), span[0]) if span else ("", m.start())
        else:
            name, subject_start = _subject_before(text, lo, m.start())
        name = clean_source(_LEADING_PREPOSITION_RE.sub("", name))
        if name and name.lower() not in PRONOUNS and not any(ch.isdigit() for ch in name):
            out.append(Attribution(m.start(), m.end(), name, subject_start, True))
    more: list[int] = []          # starts of _MORE_CONTENT_RE's matches in the sentence, collected once (bisected)

    def _more_content_after(pos: int) -> bool:
        if not more:
            more.extend(x.start() for x in _MORE_CONTENT_RE.finditer(text, lo, hi))
            more.append(hi)       # a sentinel: collected, and nothing at or after hi
        return more[bisect.bisect_left(more, pos)] < hi

    for m in CUE_RE.finditer(text, lo, hi):
        if idiom_follows(m.group("v"), text, m.end()):
            continue              # "has added urgency to the debate": an idiom, no source (as for the claims)
        bare = CUES.get(m.group("v")) == "that" and not _THAT_OR_THERE_IS_RE.match(text[m.end():m.end() + 20]) \
            and not _NUMBER_OBJECT_RE.match(text, m.end(), min(hi, m.end() + 30))
        if bare and not (_DATA_NOUN_RE.search(text, max(lo, m.start() - 120), m.start())
                         or _QUOTE_CLOSE_RE.search(text, max(lo, m.start() - 60), m.start())):
            continue
        name, subject_start = _subject_before(text, lo, m.start())
        name = clean_source(_LEADING_PREPOSITION_RE.sub("", name))
        quoted = bare and _QUOTE_CLOSE_RE.search(text, max(lo, subject_start - 4), subject_start) is not None \
            and (_CAPITALISED_NAME_RE.match(name) is not None or name.lower() in PRONOUNS)
        data = bare and not quoted and m.group("v") in _EVIDENCE_VERBS and _DATA_NOUN_RE.search(name) is not None
        if bare and not (quoted or data):
            continue              # "found guilty", "A video showed two people": only a body of data shows without "that",
                                  # or a speaker after a quotation ('..." Wood declared during the meeting')
        if name:
            # a complement clause holds the figures after the cue; so does a body of data's bare clause unless the
            # cue ends the sentence ("..., a USA TODAY analysis of ... reports shows.")
            forward = _THAT_AFTER_RE.match(text[m.end():m.end() + 6]) is not None \
                or data and not _CLAUSE_END_AFTER_RE.match(text[m.end():m.end() + 3])
            backward = not forward and _CONTENT_BEFORE_RE.search(text, max(lo, subject_start - 3), subject_start) is not None \
                and _CUE_ENDS_RE.match(text, m.end(), min(hi, m.end() + 40)) is not None \
                and not _more_content_after(m.end())
            out.append(Attribution(m.start(), m.end(), name, subject_start, forward, backward))
        elif m.group("v") in ("said", "says", "told", "added"):
            # inverted: '..., said Ryan Sweet'
            # a role in lower case may come first: '..., says parliamentarian Lee Sung-kwon' (the name is the source)
            inv = re.match(rf"{SP}+(?:(?!(?:the|a|an|that|this|it|he|she|they|in|on|at|of|to|for|with|by|and)\b)[a-z][\w-]*{SP}+){{0,2}}"
                           rf"((?:[A-Z][\w.'’-]*{SP}?){{1,4}})", text[m.end():min(hi, m.end() + 80)])
            if inv and _COMMA_OR_CLOSE_BEFORE_RE.search(text[max(lo, m.start() - 3):m.start()]):
                name = inv.group(1).strip()
                if name.endswith(".") and name.rsplit(None, 1)[-1] not in _ABBREVIATED_ENDS:
                    name = name[:-1]          # '..., said Caddell.': the full stop ends the sentence
                if not is_actor_phrase(name):
                    continue                  # '..., says data released Monday.': a time, nobody
                out.append(Attribution(m.start(), m.end() + inv.end(), name, m.start()))
    out.sort()
    return out


# A claim noun whose holder is named by a possessive or "by" ("Donald Trump's claim that", "the IMF's estimate of",
# "an estimate by the ministry of"): the holder states the figures the noun introduces.  Source: the attribution
# nouns of wire copy (claim, estimate, assessment, projection, forecast, calculation, count, tally).
_CLAIM_NOUNS = r"(?:claims?|estimates?|assessments?|projections?|forecasts?|calculations?|count|tally|assertions?|allegations?)"
# every match of _HOLDER_NOUN_RE holds a claim noun: a sentence without one is not searched for a holder (speed only)
_CLAIM_NOUN_STEM_RE = re.compile(r"claim|estimate|assessment|projection|forecast|calculation|count|tally|assertion|allegation")
_HOLDER_NOUN_RE = guarded(re.compile(
    rf"\b(?P<pos>(?:[A-Z][\w.&-]*{SP}+){{0,3}}[A-Z][\w.&-]*|[Tt]he{SP}+[a-z]+)[’']s{SP}+(?:(?:latest|new|own|initial|official|previous|"
    rf"earlier|revised|first|last){SP}+)?{_CLAIM_NOUNS}{SP}+(?:that|of)\b"
    rf"|\b{_CLAIM_NOUNS}{SP}+by{SP}+(?P<by>(?:the{SP}+)?(?:[A-Z][\w.&-]*|[a-z]+)(?:{SP}+[A-Z][\w.&-]*){{0,4}}){SP}+(?=of\b|that\b)"))


# A verb that gives a count or an estimate as its own (FrameNet Estimating and Assessing: "put the figure at", "pegged
# the toll at"; a filing's "listed its assets at"; a count or forecast revised: "raised its forecast ... to 2.3pc",
# "raised the confirmed fatality count ... to 53"; a toll given or a count kept: "gave the first human toll ...: at
# least 27 dead", "has documented nearly 1,500 civilian deaths"): its subject states the figures after it.  Not a count of a thing the
# subject acts on ("raised the number of troops to 10,000", "cut its workforce to 300" are acts) nor a thing placed
# ("placed the barrels at 300 metres"): the revised noun is an estimate's, the one put "at" a count's or a sum's.
_ESTIMATE_NOUNS = rf"(?:estimates?|forecasts?|projections?|figures?|(?:death{SP}+)?toll|(?:[a-z]+{SP}+)?count|tally|assessment)"
# what is put at a number: a count, a sum or a share ("put the figure at", "put Russia's military casualties at 48,240")
_PUT_NOUNS = (r"(?:figures?|numbers?|toll|total|count|tally|estimates?|costs?|value|losses|casualties|deaths|dead|damages?|"
              r"price|bill|size|strength|budget|debts?|shortfall|deficit|share|rate|wounded|injured)")
_GIVES_FIGURE_RE = guarded(re.compile(
    rf"\b(?:put|puts|putting|pegged|pegs|pegging|placed|places|placing)(?={SP}+(?:[\w’'-]+{SP}+){{0,5}}?{_PUT_NOUNS}{SP}+at{SP}+"
    rf"(?:(?:about|around|some|nearly|almost|roughly|over|more{SP}+than|at{SP}+least|up{SP}+to|between){SP}+)?[$€£]?\d)"
    rf"|\b(?:listed|lists|listing)(?={SP}+(?:(?:its|their|the|[A-Z][\w.-]*[’']s){SP}+)?(?:total{SP}+)?"
    rf"(?:assets|liabilities|debts?){SP}+(?:at|of)\b)"
    rf"|\b(?:raised|raises|raising|lowered|lowers|lowering|revised|revises|revising|cut|cuts|cutting|updated|updates|"
    rf"updating)(?={SP}+(?:its|their|his|her|the)(?:{SP}+[\w’'-]+){{0,3}}?{SP}+{_ESTIMATE_NOUNS}\b)"
    # a toll or an estimate given out: "gave the first human toll for the hurricane's destruction: at least 27 dead"
    rf"|\b(?:gave|gives|giving|released|releases|releasing|issued|issues|issuing)(?={SP}+(?:an?|its|their|the|a{SP}+new)"
    rf"(?:{SP}+[\w’'-]+){{0,3}}?{SP}+(?:(?:human|death){SP}+)?{_ESTIMATE_NOUNS}\b)"
    # a count a body keeps: "the Sudan Doctors Network has documented nearly 1,500 civilian deaths"
    rf"|\b(?:documented|documents|verified|verifies|tallied|tallies)(?={SP}+(?:(?:about|around|some|nearly|almost|roughly|"
    rf"over|more{SP}+than|at{SP}+least|up{SP}+to){SP}+)?\d)"))
_GIVES_STEM_RE = re.compile(r"\b(?:put|peg|plac|list|rais|lower|revis|cut|updat|gav|giv|releas|issu|document|verifi|talli)")


# A body of data reports with a bare clause: "An Odoxa poll showed four out of five citizens oppose ...", "Data from the
# ... Index showed shipping costs have surged by 179pc", "..., a USA TODAY analysis of ... reports shows."
_DATA_NOUN_RE = guarded(re.compile(r"(?i)\b(?:polls?|surveys?|data|study|studies|analysis|analyses|results|statistics|census|research|"
                           r"findings|tally|audit|average|figures|estimates)\b"))


_EVIDENCE_VERBS = frozenset("found finds showed shows show revealed reveals suggested suggests indicated indicates".split())
_QUOTE_CLOSE_RE = re.compile(rf"[,.!?][”\"]{SP}*(?=\S|\Z)")     # the end of a quotation before its speaker: ',” Wood declared'


# A number as the object of the verb: "the panel estimated 1 million", "estimates about 3,000" (then the verb
# attributes without "that"; "estimated costs" does not).
_NUMBER_OBJECT_RE = re.compile(
    rf"{SP}+(?:(?i:about|around|some|roughly|nearly|almost|up{SP}+to|at{SP}+least|more{SP}+than|as{SP}+many{SP}+as|over)"
    rf"{SP}+)?[$€£]?\d")
_TRAILING_TIME_RE = re.compile(
    r"(?:\s+on)?\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:this|last)\s+(?:week|month|year)|yesterday|today|tonight)$")
_ABBREVIATED_ENDS = frozenset("Jr. Sr. Inc. Co. Corp. Ltd. Bros. St. U.S. U.K. U.N.".split())
_VERB_PHRASE_NEXT = frozenset("with in on at for to by from the a an that this into".split())  # "financed with ..."
_STATE_ABBREVIATION_RE = re.compile(r"[A-Z][a-z]{1,4}\.")
_SOURCE_PRONOUN_END_RE = re.compile(r"\s(?:it|he|she|they|we|him|her|them)$", re.IGNORECASE)
# Words that never open a person's or a body's name in lower case: adverbs, prepositions, conjunctions, auxiliaries
# ("already invested an", "not blow open an", "with access to"): the subject search stopped inside a clause.
_NEVER_OPENS = frozenset("""not already also just even still then and or but nor with without after before of for from
by to in on at into about against during since until via is are was were be been has have had do does did will would
can could may might must shall should if when while because although though whether where what how why which who""".split())
# A share is what a source counts, not who it is: "Forty-one percent of respondents", "60% of voters" (but "One
# Wells Fargo teller", "Zero Hedge" are sources).
_NUMBER_OPENS_RE = re.compile(rf"(?i)(?:[\d.,]+|(?:{CARD_ALT})(?:-(?:{CARD_ALT}))?){SP}*(?:percent|per{SP}+cent|%)")


_SUBJECT_PRONOUNS = frozenset("i he she it we they you".split())


def clean_source(name: str) -> str:
    """A source as a person or a body, or "" when the words found are no noun phrase.

    A time after the name goes ("Sanders on Tuesday" -> "Sanders"); a possessive fragment ("USA TODAY's"),
    a place abbreviation alone ("Md."), words joined across a dash or ", and", "Let's", a clause that ends
    in a pronoun ("The statement also referenced the impact it"), a lower-case verb ("start", "appeared in ...") and a long
    stretch of words without a capital ("backing for the two parties over the whole month") are no
    source.
    """
    name = _TRAILING_TIME_RE.sub("", name.strip())
    words = name.split()
    if not words:
        return ""
    low = name.lower()
    first, last = words[0], words[-1]
    if (first.islower() and first in _NEVER_OPENS or last.lower() in FUNCTION_WORDS and (last.islower() or len(words) == 1)
            and not (len(words) == 1 and low in PRONOUNS) or _NUMBER_OPENS_RE.match(name)):
        return ""                 # "already invested an", "a survey conducted immediately after", "An", "Forty-one percent"
    if (low.endswith(("'s", "’s")) or " - " in name
            or len(words) > 1 and first.lower() in _SUBJECT_PRONOUNS     # a clause: "They checked the Chicago Tribune" or ", and " in name or low.startswith(("let's", "let’s"))
            or _STATE_ABBREVIATION_RE.fullmatch(name)
            or len(words) >= 3 and _SOURCE_PRONOUN_END_RE.search(name)
            or len(words) >= 7 and not any(w[:1].isupper() for w in words)
            or words[0][:1].islower() and words[0].endswith(("ed", "ing")) and len(words) > 1
            and words[1].lower() in _VERB_PHRASE_NEXT
            or len(words) == 1 and words[0].islower() and not words[0].endswith("s") and low not in PRONOUNS):
        return ""
    return name


def _subject_before(text: str, lo: int, pos: int) -> tuple[str, int]:
    """The subject of the reporting verb at ``pos`` ("Voice of America reported", "the ministry said").

    Found by the attribution engine (:func:`analysis.nlp.subject_before`), as quote speakers
    and claim sources are; "" after a passive ("it is noted that", "has been reported"): nobody
    in particular.  Also where the subject starts (``pos`` when there is none).
    """
    if _after_passive(text, lo, pos):
        return "", pos
    span = subject_before(text, lo, pos)
    if span is None or text[span[0]:span[1]].lower() in ("they", "we", "you", "i"):
        return "", pos            # a lone plural or first-person pronoun names no one here ("They checked the Tribune
        #                           – which keeps a tally – and found there had been 3,210 victims": abstain)
    # A source holds no number: "27 companies said" is sourced to the companies, not to "27".
    start = span[0]
    for number in _NUMBER_IN_NAME.finditer(text, span[0], span[1]):
        start = number.end()
    return text[start:span[1]].strip(" \u00a0,;:-–"), span[0]


# The patterns of noun_kind, decide_kind, sources_of, _after_passive and link_period, compiled once (not looked up in
# ``re``'s cache at every figure).
_NP_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
_POSSESSIVE_END_RE = re.compile(r"[’']s?$")
_TOP_BEFORE_RE = re.compile(r"\btop[ \u00a0-]\Z", re.IGNORECASE)
_NON_SPACE_RE = re.compile(r"\S+")
_THAT_OR_THERE_IS_RE = re.compile(rf"{SP}+(?:that\b|there{SP}+(?:is|are|was|were|has|have|had)\b)")
_CAPITALISED_NAME_RE = re.compile(r"(?:the\s+)?[A-Z]")
_THAT_AFTER_RE = re.compile(rf"{SP}+that\b")
_CLAUSE_END_AFTER_RE = re.compile(rf"{SP}*(?:[.;:!?]|\Z)")
_COMMA_OR_CLOSE_BEFORE_RE = re.compile(r"[,”\"'’]" + SP + r"*\Z")
_PASSIVE_WORD_RE = re.compile(r"[A-Za-z][\w.'’-]*|\d+|[,;:“”\"()]")
_YEAR_RE = re.compile(r"\d{4}")
_YEAR_MONTH_RE = re.compile(r"\d{4}-\d{2}")
_PERIOD_LEAD_RE = re.compile(rf"\b(?:in|during|as of|for|by){SP}+(?:the{SP}+|early{SP}+|late{SP}+|mid-?)?\Z")
_IN_DURING_RE = re.compile(r"(?i)(?:in|during)\b")
_LEADING_PREPOSITION_RE = re.compile(r"^(?:with|by|from|for|to|in|on|at|as|of)\s+(?=\S)", re.IGNORECASE)
_NUMBER_IN_NAME = re.compile(rf"[$€£]*\d[\w.,%]*(?:{SP}+(?i:hundred|thousand|million|billion|trillion|percent))?")


def _after_passive(text: str, lo: int, pos: int) -> bool:
    """The verb at ``pos`` follows a passive auxiliary, perhaps with adverbs between ("is widely noted")."""
    window = text[max(lo, pos - 160):pos]
    for word in reversed(_PASSIVE_WORD_RE.findall(window)):
        low = word.lower()
        if low not in AUX:
            return False
        if low in PASSIVE:
            return True
    return False


# A cue after its content: its subject follows a comma or a closing quotation mark and the cue ends its clause
# ('..., Russian news agencies reported, after a week-long visit', '..., Kommersant reported on Tuesday, citing two
# sources'); unless a second cue or a clause of content follows it (", adding that ...", "said, noting 300 ...", "the
# group said, compared with $2,700 for ...").
_CONTENT_BEFORE_RE = re.compile(rf"[,”\"]{SP}*\Z")
# ... and the cue ends its clause, perhaps with a time ("reported on Tuesday, citing"; not "announced plans to ...")
_CUE_ENDS_RE = re.compile(rf"(?:{SP}+(?:on{SP}+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
                          rf"tonight|earlier|later|(?:this|last){SP}+(?:week|month)|in{SP}+a{SP}+statement))?{SP}*,"
                          # not a parenthetical cue inside its content: "The average weekly benefit, it says, would be $300"
                          rf"(?!{SP}*(?:would|will|is|are|was|were|has|have|had|could|can|may|might|should|must|be|remains?|"
                          rf"stands?|stood|reached|rose|fell|grew)\b)")
_MORE_CONTENT_RE = re.compile(r"\b(?:adding|noting|saying|stressing|explaining|warning|arguing|insisting|claiming|"
                              r"estimating|suggesting|pointing\s+out|that|compared|versus|up\s+from|down\s+from)\b")


def pick_source(sources: list[Attribution], c: Candidate) -> str:
    """The attribution nearest the figure, ignoring one that contains it, also in the subject of its verb
    ("Twelve percent indicated ...", "one questioner claimed ...": the figure is who speaks, no source), one
    whose complement clause follows the figure ("Authorities declared three days of mourning, but the Red Cross
    warned that ..."), and one that follows its content when the figure comes after it ("..., Kommersant reported on
    Tuesday, citing two sources")."""
    if not sources:
        return ""
    k = bisect.bisect_left(sources, (c.start,))
    best, best_d = "", None
    named, best_pos = "", -1     # the last named source before the figure; where the best one is
    for pos, end, name, subject, forward, backward in sources[max(0, k - 3):k + 3]:
        if pos <= c.start < end or c.start <= pos < c.end or c.start < pos and (subject < c.end or forward) \
                or backward and end <= c.start:
            continue
        if pos < c.start and name.lower() not in PRONOUNS:
            named = name
        d = abs(pos - c.start)
        if best_d is None or d < best_d:
            best, best_d, best_pos = name, d, pos
    if named and best_pos < c.start and best.lower() in PRONOUNS:
        return named    # a pronoun in a named speaker's clause is that speaker: "Kirby told reporters that he believes at least 3,000"
    return best


def link_period(figure_start: int, figure_end: int, dates: Sequence[DateMention], text: str = "") -> str:
    """The period a figure describes: the best date mention of its sentence, as YYYY-MM or YYYY.

    ``dates`` are the mentions of the figure's sentence, in order.  A mention introduced by
    "in", "during", "as of", "for" or "by" ("in August 2022", "in February") beats one
    that is not, unless it is written right after the figure ("$12.5 million last year"); among equals the nearest
    wins, and one across a semicolon loses.  Mentions
    overlapping the figure, decades, a wire dateline and mentions without a calendar value are ignored.

    >>> d = DateMention("a", 3, 14, "August 2022", "2022-08", "month")
    >>> link_period(16, 32, [d], "In August 2022, US$ 90.3 million")
    '2022-08'
    """
    best, best_key = "", None
    for d in dates:
        if d.start < figure_end and figure_start < d.end:
            continue
        norm = d.normalized or ""
        if d.granularity in ("decade", "century") or not _YEAR_RE.match(norm):
            continue
        if text and is_dateline(text, d.start, d.end):
            continue        # "SEOUL, Nov. 12 (Yonhap) --" dates the report, not what its first sentence counts
        value = norm[:7] if _YEAR_MONTH_RE.match(norm) else norm[:4]
        lead = text[max(0, d.start - 14):d.start].lower() if text else ""
        prefer = 0 if (_PERIOD_LEAD_RE.search(lead) or _IN_DURING_RE.match(d.text)) else 1
        gap = figure_start - d.end if d.end <= figure_start else d.start - figure_end
        between = text[min(d.end, figure_end):max(d.start, figure_start)] if text else ""
        # a date right after the figure is its period ("$12.5 million last year from $5.3 million in 2022")
        adjacent = 0 if d.start >= figure_end and gap <= 1 else 1
        key = (1 if ";" in between else 0, adjacent, prefer, gap)
        if best_key is None or key < best_key:
            best, best_key = value, key
    return best


def near(dates: Sequence[DateMention], starts: list[int], pos: int, k: int = 4) -> Sequence[DateMention]:
    """The ``k`` date mentions on either side of ``pos`` (a long sentence may hold thousands)."""
    i = bisect.bisect_left(starts, pos)
    return dates[max(0, i - k):i + k]
