"""The figure extractor: sentences in, :class:`~analysis.records.Figure` records out."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Optional, Sequence

from ..dates import extract_dates
from ..records import DateMention, Figure, Sentence
from ..text import footnote_spans, split_sentences
from .context import CASUALTY_RE, decide_kind, figure_hedges, link_period, near, noun_kind, pick_source, sources_of
from .filters import Look, is_not_figure, is_prose, looks_plural
from ..nlp.guard import guarded
from .numbers import Candidate, clean_value, scan_sentence
from .patterns import DECIMAL_END_RE, MARKET_RE, PERSONAL_PRONOUNS, PRONOUNS, SP
from .ranges import merge_ranges
from .rates import named_list_item
from .repeats import link_repeats
from .status import SentenceCues, figure_status
from .subject import figure_subject, state_mentions

def extract_figures(text: str, *, article_id: str = "", published: Optional[str] = None,
                    sentences: Optional[Sequence[Sentence]] = None,
                    dates: Optional[Sequence[DateMention]] = None) -> list[Figure]:
    """Figures stated in ``text``, sorted by position.

    ``published`` (ISO date) resolves dates without a year ("in February") for
    ``refers_to``; ``sentences`` are :func:`analysis.text.split_sentences` records
    (computed when not given).

    >>> [(f.text, f.value, f.unit, f.kind, f.refers_to)
    ...  for f in extract_figures("In August 2022, trade reached US$ 90.3 million.")]
    [('US$ 90.3 million', 90300000.0, 'USD', 'trade_value', '2022-08')]
    """
    if not text:
        return []
    if sentences is None:
        sentences = split_sentences(text, article_id=article_id)
    if dates is None:  # the corpus run passes the article's dates in, so they are found once
        dates = extract_dates(text, article_id=article_id, published=published, sentences=sentences)
    starts = [s.start for s in sentences]
    dates_by_sentence: dict[int, list[DateMention]] = {}
    for d in sorted(dates, key=lambda d: d.start):
        k = bisect.bisect_right(starts, d.start) - 1
        # a date the sentence splitter cut ("April. | 18, 2025") belongs to every sentence it overlaps
        for j in range(max(k, 0), bisect.bisect_left(starts, d.end)):
            dates_by_sentence.setdefault(j, []).append(d)
    notes = {a for a, _ in footnote_spans(text)}
    out: list[Figure] = []
    para_sources: dict[int, tuple[int, list[tuple[int, int, str, int]], list[int]]] = {}
    k = 0
    while k < len(sentences):
        sent, lo, hi = sentences[k], sentences[k].start, sentences[k].end
        sent_dates = list(dates_by_sentence.get(k, []))
        # A sentence split inside a decimal ("rose to 49.55 | HZ on ...") is put back together:
        # a footnote marker follows a letter ("the other.1"), a decimal follows a digit.
        while k + 1 < len(sentences) and DECIMAL_END_RE.search(text, max(lo, hi - 8), hi) \
                and not text[hi:sentences[k + 1].start].strip():
            k += 1
            hi = sentences[k].end
            sent_dates += dates_by_sentence.get(k, [])
        nxt = sentences[k + 1] if k + 1 < len(sentences) and sentences[k + 1].paragraph == sentences[k].paragraph else None
        figures = _sentence_figures(text, lo, hi, sent.sentence_id, article_id, sent_dates, notes,
                                    (nxt.start, nxt.end) if nxt is not None else None)
        if k > 0 and sentences[k - 1].paragraph == sent.paragraph and any(not f.unit for f in figures):
            figures = _figure_put_at(text, sentences[k - 1].start, figures, out)
        if nxt is not None and any(f.status == "stated" and not f.source for f in figures):
            figures = _reported_next(text, nxt.start, nxt.end, figures)
        if any(f.status == "stated" and not f.source for f in figures):
            figures = _quoted_figures(text, sentences, k, figures, para_sources)
        if any(f.source.lower() in PERSONAL_PRONOUNS for f in figures):
            name = _named_source_before(text, sentences, k)
            figures = [replace(f, source=name) if name and f.source.lower() in PERSONAL_PRONOUNS else f
                       for f in figures]
        if published and len(published) >= 7 and any(not f.refers_to and f.kind in _STOCK_KINDS for f in figures) \
                and _PRESENT_STATE_RE.search(text, lo, hi) and not _PAST_STATE_RE.search(text, lo, hi):
            figures = [replace(f, refers_to=published[:7])
                       if not f.refers_to and f.kind in _STOCK_KINDS and f.status in ("stated", "reported") else f
                       for f in figures]
        out.extend(figures)
        k += 1
    out.sort(key=lambda f: (f.start, f.end))
    if any(f.unit == "INR" for f in out):
        out = _rupees_of_the_story(text, out)
    return link_repeats(text, sentences, out)


# "Rs" and "rupees" name the currency of several states; a bare one is the rupee of the state the story is about.
_BARE_RUPEE_RE = re.compile(r"(?i)(?<![\w₹])(?:Rs\.?|rupees?)(?![\w-])")
_NAMED_RUPEE_RE = re.compile(r"(?i)₹|\bINR\b|\b(?:Indian|Pakistani|Sri\s+Lankan|Nepal(?:i|ese))\s+rupees?\b")
_RUPEE_STATES = (("INR", re.compile(r"\b(?:India|Indian|New\s+Delhi|Mumbai)\b")),
                 ("PKR", re.compile(r"\b(?:Pakistan|Pakistani|Islamabad|Lahore|Karachi|Rawalpindi)\b")),
                 ("LKR", re.compile(r"\b(?:Sri\s+Lanka|Sri\s+Lankan|Colombo)\b")),
                 ("NPR", re.compile(r"\b(?:Nepal|Nepali|Nepalese|Kathmandu)\b")))


def _rupees_of_the_story(text: str, figures: list[Figure]) -> list[Figure]:
    """A bare "Rs 100,000" takes the rupee of the state the article names most (Pakistan: PKR); with no such
    state, or a tie, it stays INR, the lexicon's default (linear: one count per state over the text)."""
    counts = sorted(((len(rx.findall(text)), code) for code, rx in _RUPEE_STATES), reverse=True)
    best, code = counts[0]
    if best == 0 or counts[1][0] == best or code == "INR":
        return figures
    return [replace(f, unit=code) if f.unit == "INR" and _BARE_RUPEE_RE.search(f.text)
            and not _NAMED_RUPEE_RE.search(f.text) else f for f in figures]


# Troops or workers counted in a present-tense sentence with no date are the count at publication: "nearly 11,000
# North Korean troops are stationed in Kursk" (published 2024-11-21) refers to 2024-11.
_STOCK_KINDS = frozenset({"troop_estimate", "labor_estimate"})
_PRESENT_STATE_RE = guarded(re.compile(r"\b(?:are|is|remain|remains|have\s+been|has\s+been|are\s+now|now)\b"))
# a past, future or possible count is not the count at publication ("the potential deployment of 100,000 troops")
_PAST_STATE_RE = guarded(re.compile(r"\b(?:were|was|had|did|would|will|could|might|may|potential|possible|possibly|plans?|"
                            r"expected|likely|if)\b", re.IGNORECASE))


# "The NIS put the figure at 3,000" after "as many as 4,000 North Korean soldiers had been wounded or killed": another
# estimate of what the sentence before counted.
_PUT_AT_RE = re.compile(rf"\bput(?:s|ting)?{SP}+(?:the|its|their|this|that){SP}+(?:[a-z]+{SP}+)?(?:figure|number|toll|total|"
                        rf"tally|count|estimate){SP}+at{SP}+(?:(?:about|around|some|nearly|almost|over|at{SP}+least|"
                        rf"more{SP}+than|roughly|only|just){SP}+)?\Z", re.IGNORECASE)


def _figure_put_at(text: str, prev_start: int, figures: list[Figure], out: list[Figure]) -> list[Figure]:
    """A bare number after "put the figure at" takes the unit and kind of the last figure of the sentence before
    that counts a noun."""
    before = next((f for f in reversed(out) if f.start >= prev_start and f.unit and f.kind in _COUNT_KINDS), None)
    if before is None:
        return figures
    return [replace(f, unit=before.unit, kind=before.kind)
            if not f.unit and f.kind == "count" and _PUT_AT_RE.search(text, max(0, f.start - 60), f.start) else f
            for f in figures]


_COUNT_KINDS = frozenset({"troop_estimate", "labor_estimate", "count"})


# The next sentence of the paragraph reports this one: "North Korea is considering sending about 25,000 workers to
# Russia. This was reported by NHK with reference to diplomatic interlocutors", "It is reported by RIA News".
_REPORTED_NEXT_RE = re.compile(
    rf"[“\"]?(?:This|That|It|This{SP}+information|The{SP}+information){SP}+(?:is|was|has{SP}+been|have{SP}+been|were){SP}+"
    rf"(?:(?:also|first){SP}+)?(?:reported|stated|said|announced|confirmed|disclosed|noted|revealed|claimed|written){SP}+by{SP}+"
    rf"(?P<src>(?:the{SP}+)?[A-Z][\w.’'&-]*(?:{SP}+(?:of{SP}+(?:the{SP}+)?)?[A-Z][\w.’'&-]*){{0,5}})")


def _reported_next(text: str, lo: int, hi: int, figures: list[Figure]) -> list[Figure]:
    """The author's figures of a sentence that the next one attributes ("This was reported by NHK") are that
    source's."""
    m = _REPORTED_NEXT_RE.match(text, lo, hi)
    if m is None:
        return figures
    src = m.group("src").strip(" .")
    return [replace(f, status="reported", source=src) if f.status == "stated" and not f.source else f for f in figures]


def _in_quote(text: str, lo: int, pos: int) -> bool:
    """Is ``pos`` inside quoted words opened since ``lo`` (at most 2,000 characters back)?"""
    before = text[max(lo, pos - 2000):pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("''") % 2 == 1


def _quoted_figures(text: str, sentences: Sequence[Sentence], k: int, figures: list[Figure],
                    para_sources: dict) -> list[Figure]:
    """A figure the author does not state but quotes: inside quotation marks, it is reported by the speaker
    the paragraph attributes the quote to ('“Yesterday, there were two polls,” said Caddell').  Sources are
    found once per paragraph (``para_sources``); a paragraph with none leaves the figures stated."""
    para = sentences[k].paragraph
    if para not in para_sources:
        # the paragraph's bounds and sources, once per paragraph (walking from every sentence
        # back to the paragraph's start would be quadratic in a text of one paragraph)
        a = k
        while a > 0 and sentences[a - 1].paragraph == para:
            a -= 1
        b = k
        while b + 1 < len(sentences) and sentences[b + 1].paragraph == para:
            b += 1
        lo = sentences[a].start
        # only attributions outside the quotation marks name who speaks ('”, said Caddell'; not '“... I said ...”')
        found = sorted((src for src in sources_of(text, lo, sentences[b].end) if not _in_quote(text, lo, src[3])),
                       key=lambda src: src[0])
        para_sources[para] = (lo, found, [src[0] for src in found])
    p_lo, sources, starts = para_sources[para]
    if not sources:
        return figures
    out = []
    for f in figures:
        if f.status == "stated" and not f.source and _in_quote(text, p_lo, f.start):
            i = bisect.bisect_left(starts, f.start)   # the nearest source: a neighbour in start order
            best = min(sources[max(0, i - 1):i + 1], key=lambda src: abs(src[0] - f.start))
            if not (best[3] <= f.start < best[1]):
                f = replace(f, status="reported", source=best[2])
        out.append(f)
    return out


def _named_source_before(text: str, sentences: Sequence[Sentence], k: int) -> str:
    """ "According to him": the person named as a source in one of the two sentences before."""
    for j in range(k - 1, max(-1, k - 3), -1):
        if sentences[j].paragraph != sentences[k].paragraph:
            break
        for name in reversed([src.name for src in sources_of(text, sentences[j].start, sentences[j].end)]):
            if name.lower() not in PRONOUNS and any(w[:1].isupper() for w in name.split()):
                return name
    return ""


def _sentence_figures(text: str, lo: int, hi: int, sentence_id: int, article_id: str,
                      dates: list[DateMention], notes: set,
                      next_sentence: Optional[tuple[int, int]] = None) -> list[Figure]:
    cands = scan_sentence(text, lo, hi)
    if not cands:
        return []
    prose = is_prose(text, lo, hi)
    starts = [d.start for d in dates]
    kept: list[Candidate] = []
    prev: Optional[Candidate] = None
    for c in cands:
        if kept and c.start < kept[-1].end:
            continue
        c.rejected = is_not_figure(Look(text, lo, hi, c, prev, notes, prose, near(dates, starts, c.start, 2)))
        if c.rejected and kept and text[c.start - 1:c.start] == "(" and named_list_item(text, c, kept[-1]):
            c.rejected = False     # "followed by São Paulo (161,397)": a list item, its unit elided (_elided_unit)
        if not c.rejected:
            kept.append(c)
        prev = c     # a rejected year still counts, so "2017–2018" cannot become a range
    kept = merge_ranges(text, lo, kept)
    if not kept:
        return []
    shared = _share_scale(text, kept)
    market = MARKET_RE.search(text, lo, hi) is not None
    sources = sources_of(text, lo, hi)
    cues, states = SentenceCues(text, lo, hi), state_mentions(text, lo, hi)   # once per sentence
    out = []
    for i, c in enumerate(kept):
        if not c.unit_class and c.atom == "digit" and c.high is None and 1 <= c.value <= 120 and float(c.value).is_integer() \
                and _AGE_BEFORE_RE.search(text, max(lo, c.start - 40), c.start) and _NOTHING_AFTER_RE.match(text, c.end, hi):
            c.unit, c.unit_class = "year", "duration"     # an age limit, no one's age: "to age 64", "the retirement age at 62"
        if c.unit == "foot" and _FOOT_SOLDIERS_RE.match(text, c.end):
            c.end, c.unit, c.unit_class = text.rfind(" ", c.start, c.end), "", ""    # "8,000 foot soldiers": infantry
        if not c.unit_class:
            noun_kind(text, lo, hi, c)
        _group_kind(text, lo, hi, c)
        if c.unit in ("casualties", "deaths") and _TROOPS_BEFORE_RE.search(text, max(lo, c.start - 150), c.start) \
                and not re.search(r"civilian", text[c.start:c.end], re.IGNORECASE):
            c.unit, c.kind = "troops", "troop_estimate"     # "the estimate of the troops killed ... several hundred casualties"
        if not c.unit and c.atom in ("digit", "word") and (_VOTES_AFTER_RE.match(text, c.end, min(hi, c.end + 24))
                                                         or _VOTE_BEFORE_RE.search(text, max(lo, c.start - 40), c.start)):
            c.unit, c.unit_class = "votes", "noun"     # "The vote in the 15-member council was 13 in favor"
        if not c.unit:
            _elided_unit(text, hi, c, kept[max(0, i - 4):i])   # the few figures before it: linear
        metres = c.unit == "metre" and text[c.end - 1:c.end] == "m" and text[c.end - 2:c.end - 1].isdigit()
        if (not c.unit or metres) and c.atom in ("digit", "word") and c.high is None \
                and _POPULATION_BEFORE_RE.search(text, max(lo, c.start - 60), c.start):
            if metres:                                 # "a population of 1.1m": a million, not metres
                c.value, c.scaled, c.scale = c.value * 1e6, True, 1e6
            c.unit, c.unit_class = "people", "noun"    # "a population of 26 million", "population ... to 8.2bn"
        if not c.unit and c.atom in ("digit", "word") and c.high is None:
            number_of = _NUMBER_OF_BEFORE_RE.search(text, max(lo, c.start - 140), c.start)
            if number_of and looks_plural(number_of.group("n").lower()):
                c.unit, c.unit_class = number_of.group("n"), "noun"     # "the total number of deaths ... to over 14,000"
        if not c.unit and c.atom in ("digit", "word") and c.high is None and not c.scaled:
            toll = _TOLL_BEFORE_RE.search(text, max(lo, c.start - 140), c.start)
            if toll:      # "The death toll ... has soared to 11,300", "the confirmed fatality count ... to 53"
                c.unit, c.unit_class = _TOLL_UNITS[(toll.group("n") or "death").lower()], "noun"
            elif 1 <= c.value <= 120 and float(c.value).is_integer() and _AGE_BEFORE_RE.search(text, max(lo, c.start - 40), c.start):
                c.unit, c.unit_class = "year", "duration"     # "to age 64 before retiring", "the retirement age from 62 to 64"
    for a, b in zip(kept, kept[1:]):
        if a.unit_class == "currency" and not b.unit and b.scaled and _CONVERSION_GAP_RE.fullmatch(text, a.end, b.start):
            b.unit_class = "currency"      # "80 billion yen (550 million)": the same money, its currency unwritten
    for a, b in shared + _change_pairs(text, lo, kept):   # "4.2 and 5.8 million rounds": 4.2 million rounds too
        if not a.unit and b.unit:
            a.unit, a.unit_class, a.kind = b.unit, b.unit_class, b.kind
    _part_kinds(text, kept)
    for c in kept:
        if c.unit_class == "age" and _THING_AFTER_RE.match(text, c.end, min(hi, c.end + 40)):
            c.unit, c.unit_class = "year", "duration"     # "Moscow's two-year-old war": a thing's age is a duration
        value, high = c.value, c.high
        if high is not None and high < value:
            value, high = high, value
        kind = decide_kind(text, lo, hi, c, market)
        unit = "" if c.atom == "ordinal" and c.unit != "rank" else c.unit
        hedge = figure_hedges(text, lo, hi, c)
        status, source, denial = figure_status(text, lo, hi, c.start, c.end, source=pick_source(sources, c),
                                               vague=c.atom == "vague", next_sentence=next_sentence, cues=cues)
        if denial:
            hedge = "; ".join(h for h in (hedge, denial) if h)
        out.append(Figure(
            article_id=article_id, start=c.start, end=c.end, text=text[c.start:c.end],
            value=clean_value(value), value_high=clean_value(high) if high is not None else None,
            unit=unit, kind=kind,
            refers_to=link_period(c.start, c.end, near(dates, starts, c.start), text), hedge=hedge,
            source=source, sentence_id=sentence_id, status=status,
            subject="" if _ENEMY_RE.search(text, c.start, c.end) else figure_subject(text, lo, hi, c.start, c.end, kind, unit,
                                                                                     states),
        ))
    return out


_INCLUDING_RE = re.compile(rf"\bincluding{SP}+(?:(?:about|around|some|nearly|almost|over|at{SP}+least|more{SP}+than)"
                           rf"{SP}+)?\Z")
_LIST_GAP_RE = re.compile(rf"{SP}*,?{SP}*(?:(?:and|or){SP}+)?")


def _part_kinds(text: str, kept: list[Candidate]) -> None:
    """ "12,000 North Korean troops, including 500 officers and three generals": people counted as a part of troops
    (or workers) are that estimate too, with their own noun; the parts are what "including" lists."""
    whole: Optional[Candidate] = None     # the estimate whose parts are listed
    last: Optional[Candidate] = None      # the last part listed
    for c in kept:
        is_part = False
        if whole is not None and last is None:
            between = text[whole.end:c.start]
            is_part = len(between) <= 80 and ";" not in between \
                and _INCLUDING_RE.search(text, max(whole.end, c.start - 40), c.start) is not None
        elif whole is not None:
            is_part = _LIST_GAP_RE.fullmatch(text, last.end, c.start) is not None
        if is_part and whole is not None and not c.kind and c.unit_class == "noun" and c.atom in ("digit", "word"):
            c.kind, last = whole.kind, c
        else:
            whole, last = (c if c.kind in ("troop_estimate", "labor_estimate") else None), None


# A body of troops or workers sized by the figure: "a 12,000-strong contingent", "a force of about 12,000", "a
# workforce of 300".
_TROOP_GROUP = (rf"(?:contingent|(?:expeditionary{SP}+)?force|army|corps|battalion|brigade|division|detachment|regiment|"
                rf"garrison)")
_WORK_GROUP = rf"(?:workforce|labou?r{SP}+force)"
_GROUP_AFTER_RE = re.compile(rf"{SP}+(?:[A-Za-z-]+{SP}+){{0,2}}?(?:(?P<t>{_TROOP_GROUP})|(?P<w>{_WORK_GROUP}))\b")
_GROUP_BEFORE_RE = re.compile(
    rf"\b(?:(?P<t>{_TROOP_GROUP})|(?P<w>{_WORK_GROUP})){SP}+of{SP}+(?:(?:about|around|some|nearly|almost|roughly|"
    rf"up{SP}+to|at{SP}+least|more{SP}+than|over|as{SP}+many{SP}+as){SP}+)?\Z", re.IGNORECASE)


def _group_kind(text: str, lo: int, hi: int, c: Candidate) -> None:
    """Troops or workers from the body the figure sizes (see the patterns above)."""
    if c.atom not in ("digit", "word") or c.high is not None and c.unit_class != "count":
        return
    m = None
    if c.unit == "people" and text[c.num_end:c.end].lower().lstrip("-").startswith("strong"):
        m = _GROUP_AFTER_RE.match(text, c.end, min(hi, c.end + 40))
    elif not c.unit:
        m = _GROUP_BEFORE_RE.search(text, max(lo, c.start - 50), c.start)
    if m:
        c.kind, c.unit, c.unit_class = ("troop_estimate", "troops", "noun") if m.group("t") else \
            ("labor_estimate", "workers", "noun")


_FOOT_SOLDIERS_RE = re.compile(rf"{SP}+(?:soldiers|troops|patrols|soldier|troop|patrol)\b")
_VOTES_AFTER_RE = re.compile(rf"{SP}+(?:(?:to|-){SP}*(?:\d+|none|zero){SP}+)?(?:in{SP}+favou?r|against{SP}+(?:and|with|,)|"
                             rf"abstentions?\b|abstaining\b)", re.IGNORECASE)
# The tally of a vote told after the word "vote": "The vote was 93 to 24", "passed by a vote of 64 to 0" (both counts)
_VOTE_BEFORE_RE = re.compile(rf"\bvote{SP}+(?:(?:was|were|is|of|stood{SP}+at|ended){SP}+)?(?:\d[\d,]*{SP}*(?:to|-|–){SP}*)?\Z",
                             re.IGNORECASE)
# Troops named by the side that fights them ("15,000 invaders", said a Ukrainian commander): the states of the
# sentence are the speaker's, not theirs, so no subject is built.
_ENEMY_RE = re.compile(r"\b(?:invaders|occupiers)\b", re.IGNORECASE)
_SHARED_GAP_RE = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?(?:and|or|,)[ \u00a0]+(?:(?:even|perhaps|possibly|maybe)[ \u00a0]+)?")
# troops as the victims earlier in the sentence: "the troops killed", "soldiers (were) wounded"
_TROOPS_BEFORE_RE = re.compile(r"\b(?:troops|soldiers)(?:[ \u00a0]+(?:were|had|have|been|being|reportedly)){0,2}[ \u00a0]+"
                               r"(?:killed|wounded|injured|dead|lost)\b", re.IGNORECASE)
_MORE_AFTER_RE = re.compile(r"[ \u00a0]+(?:more|others)\b(?![ \u00a0]+(?:than|of)\b)")     # "with 9,000 more still missing"
_NOTHING_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:[,.;:)\]]|(?:per|a|an|each|every|in|on|this|last|that|and|or|from|since|during|over|by|who|"
    r"respectively|apiece|daily|monthly|annually|according|"
    # the other side of a vote: "64 votes for and 0 against"
    r"against|"
    # casualties: "100 soldiers were killed and 1,000 wounded"
    r"wounded|injured|killed|dead|missing|captured|damaged|destroyed)\b|\Z)", re.IGNORECASE)


def _share_scale(text: str, kept: list[Candidate]) -> list[tuple[Candidate, Candidate]]:
    """ "4.2 and 5.8 million rounds", "$4.2 and $5.8 million": a number before a scaled one, joined by
    "and"/"or", takes its scale; the pairs are returned so that the first can take the unit too."""
    pairs = []
    for a, b in zip(kept, kept[1:]):
        if a.scaled and not a.unit and a.high is None and b.scaled and "," not in text[a.end:b.start] \
                and _SHARED_GAP_RE.fullmatch(text, a.end, b.start):
            pairs.append((a, b))      # "Three thousand or even ten thousand North Koreans": the noun is written once
            continue
        if a.atom != "digit" or a.scaled or a.high is not None or not b.scaled or b.scale <= 1 \
                or a.unit and a.unit != b.unit:
            continue
        if _SHARED_GAP_RE.fullmatch(text, a.end, b.start) is None:
            continue
        a.value, a.scaled, a.scale = a.value * b.scale, True, b.scale
        pairs.append((a, b))
    return pairs


_CHANGE_GAP_RE = re.compile(r"[ \u00a0]+to[ \u00a0]+")
_FROM_BEFORE_RE = re.compile(r"\bfrom[ \u00a0]+\Z", re.IGNORECASE)


def _change_pairs(text: str, lo: int, kept: list[Candidate]) -> list[tuple[Candidate, Candidate]]:
    """ "slow from 4.8 to 4.7 percent", "lift rose from 13.5 to 14.0 mm", "from 4.2 to 5.8 million": a bare
    number after "from" takes the scale (here) and the unit (the caller) of the number it changes to."""
    pairs = []
    for a, b in zip(kept, kept[1:]):
        if a.atom != "digit" or a.unit and a.unit != b.unit or a.high is not None or b.high is not None \
                or not b.unit and not b.scaled:
            continue
        if _CHANGE_GAP_RE.fullmatch(text, a.end, b.start) is None \
                or _FROM_BEFORE_RE.search(text, max(lo, a.start - 6), a.start) is None:
            continue
        if b.scaled and not a.scaled and b.scale > 1 and b.value and 0.1 <= a.value * b.scale / b.value <= 10:
            a.value, a.scaled, a.scale = a.value * b.scale, True, b.scale     # not "from $500 to $2 million"
        pairs.append((a, b))
    return pairs


# "population" earlier in the clause, with no other noun counted in between: "a population of 26 million",
# "the world population has risen from 2.5bn in 1950 to 8.2bn"
_POPULATION_BEFORE_RE = re.compile(r"\bpopulations?\b(?:[^.;:,()\n]|(?<=\d)[.,](?=\d)){0,50}?\b(?:of|from|to|at|by|reached|"
                                   r"topped|hit|was|is|stood|numbered|about|around|nearly|some|roughly|almost|over|than|"
                                   r"under)[ \u00a0]+\Z", re.IGNORECASE)
# Things, not people, whose age "-year-old" gives: the figure is how long they have lasted.
_THING_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:[a-z][a-z-]*[ \u00a0]+)?(?:war|conflict|alliance|treaty|pact|ban|law|policy|dispute|relationship|"
    r"partnership|program|programme|blockade|regime|embargo|moratorium|ceasefire|truce|agreement|deal|tradition|"
    r"rivalry|feud|standoff|crisis|insurgency|occupation|invasion|sanctions|system|institution|company|firm|business|"
    r"record|rule|case|investigation|probe|project|plant|reactor|building|bridge|dam|vessel|ship|aircraft|jet|engine|"
    r"car|vehicle|house|church|monument|tree|border|division|armistice|friendship|order|structure)s?\b")
_TO_BEFORE_RE = re.compile(r"\bto[ \u00a0]+\Z")
# A part named after the whole: "four undersea cables are out of service, including three between Finland and
# Estonia" (the bare number counts what the figure before it counted, whatever follows it).
_PART_BEFORE_RE = re.compile(rf"\b(?:including|among{SP}+them|of{SP}+which|of{SP}+whom|of{SP}+them){SP}+"
                             rf"(?:(?:about|around|some|nearly|almost|over|at{SP}+least|more{SP}+than){SP}+)?\Z", re.IGNORECASE)
# "the number of X" earlier in the clause, with no other number in between: "This brings the total number of deaths
# in the city since the RSF siege commenced in May 2024 to over 14,000" counts deaths.
_NUMBER_OF_BEFORE_RE = re.compile(
    r"\b(?:number|estimate|tally)[ \u00a0]+of[ \u00a0]+(?P<n>[a-z][a-z-]+)\b(?:[^.;:()\n]|(?<=\d)[.](?=\d)){0,90}?\b(?:to|at|reached|upwards[ \u00a0]+of|"
    r"topped|hit|was|is|stood|about|around|nearly|some|roughly|almost|over|than|exceeded|exceeds)[ \u00a0]+\Z", re.IGNORECASE)
# A toll or count of the dead earlier in the clause: "The death toll in Libya's coastal city of Derna has soared to 11,300",
# "the death toll will go up “very significantly” from the Wednesday estimate of 36", "the death toll up to 114";
# "the toll" alone after a determiner is the dead too ("he had been told that the toll was 18").
_TOLL_BEFORE_RE = re.compile(
    r"(?:\b(?P<n>death|fatality|casualty)[ \u00a0]+(?:toll|count|tally)|\b(?:the|its|their|this|that)[ \u00a0]+toll)\b"
    r"(?:[^.;:()\n]|(?<=\d)[.](?=\d)){0,90}?"
    r"\b(?:to|at|of|reached|topped|hit|was|is|stood|about|around|nearly|some|roughly|almost|over|than|least|exceed|"
    r"exceeded|exceeds|passed|surpassed)[ \u00a0]+\Z", re.IGNORECASE)
_TOLL_UNITS = {"death": "deaths", "fatality": "fatalities", "casualty": "casualties"}
# An age told as a bare number after "age": "work two years longer to age 64", "raising the retirement age from 62 to 64",
# "keep the retirement age at 62", "the age of 18".
_AGE_BEFORE_RE = re.compile(r"\b(?:age|aged)[ \u00a0]+(?:(?:of|at|to|from|from[ \u00a0]+\d{2}[ \u00a0]+to)[ \u00a0]+)?\Z",
                            re.IGNORECASE)
_CONVERSION_GAP_RE = re.compile(r"[ \u00a0]*\((?:about|around|roughly|some|nearly|almost|approximately|or)?[ \u00a0]*")


def _elided_unit(text: str, hi: int, c: Candidate, before: list[Candidate]) -> None:
    """ "12 shipments in 2023 and seven in 2024", "20,000 shells a day, now 13,493 per day": the noun is
    elided and comes from the nearest earlier figure of the sentence that counts a noun."""
    more = c.unit_class == "more"            # "600 soldiers have been killed and thousands more wounded"
    if more:
        c.unit_class = ""
    elif c.atom not in ("digit", "word") or c.unit or c.strong and not c.scaled \
            or c.high is not None and c.atom == "word" and c.value == 1:
        return
    if not more and _NOTHING_AFTER_RE.match(text, c.end, hi) is None and _MORE_AFTER_RE.match(text, c.end, hi) is None \
            and not _PART_BEFORE_RE.search(text, max(0, c.start - 24), c.start):
        return
    level = _TO_BEFORE_RE.search(text, max(0, c.start - 4), c.start) is not None
    for p in reversed(before):
        if p.unit_class in ("noun", "count", "measure") and p.unit and p.unit not in ("times", "magnitude") and p.atom in ("digit", "word") \
                or level and p.unit == "point" and p.atom == "digit":
            # an index's level after its change in points: "rose 64.06 points to 4,577.10"
            c.unit, c.unit_class, c.kind = p.unit, p.unit_class, p.kind
            return
    if not c.scaled and CASUALTY_RE.match(text, c.end, min(hi, c.end + 12)):
        c.unit, c.unit_class = "people", "noun"       # "the war left 100,000 dead", "12 killed"
