"""Theme sentences: every sentence that touches a theme, read in its paragraph, with its position and holder."""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from itertools import groupby
from operator import itemgetter
from typing import Optional

import pandas as pd

from .codebook import as_codebook
from .contrast import find_spans
from .inputs import clean_text, table_of
from .patterns import PatternGuard, PatternTimeout
from .actors import actors_named, actors_named_apart, names_theme_actor, paired_with_other
from .stance import held_by_other_actor, read_attribution, read_certainty, read_position

CERTAINTY_WEIGHT = {"hedged": 0.5, "asserted": 1.0, "boosted": 1.5}
_COMPARATIVE_LIKELY = re.compile(r"\b(?:more|less) likely\b", re.I)
CONTRAST_WEIGHT = 2.0       # an explicit "X rather than Y" is a considered judgment
CONCLUSION_WEIGHT = 1.5
HISTORICAL_WEIGHT = 0.25    # recaps of the Soviet era are context, not the writer's view of today
PAST_YEARS = 5              # a sentence whose every date lies this many years before publication is history
# a distance in time back from the story: "a quarter of a century ago", "decades ago", "15 years ago"
# (not "two years ago"), "Seventy-one years ago"; like an old date, it places the sentence's own event in the past
_AGO = re.compile(r"\b(?:decades?|centur(?:y|ies)|(?:\d{2,}|[5-9]|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
                  r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven"
                  r"|eight|nine))?) years) ago\b", re.I)
# A position read inside a clause of an earlier time ("Russia delivered food before bilateral trade
# plummeted to near-zero in October 2021"): background to the article's news, weighed as a recap.
# The clause's verb must be past ("plummeted", "had grown"); "before the vote that Western nations
# are trying to ..." is a time phrase and a reported clause, not background.
_BACKGROUND_CLAUSE = re.compile(r"\b(?:before|until|till|prior to)\s+(?:(?!that\b|which\b|who\b)[^,;:.()\u2014\s]+\s+)*$", re.I)
_PAST_VERB = re.compile(r"\b(?:\w+ed|had|was|were|fell|grew|rose|sank|shrank|dropped|stopped)\b", re.I)
_ONGOING = re.compile(r"\b(?:since|today|now|currently|still|ever since)\b", re.I)
_YEAR = re.compile(r"^(\d{4})")

THEME_SENTENCE_COLUMNS = [
    "article_id", "sentence_id", "theme", "start", "end", "text", "matched", "position",
    "position_text", "position_start", "position_end", "rejected", "contrast", "concession", "holder",
    "attributed", "certainty", "hedge", "booster", "historical", "weight", "headline", "conclusion",
    "denied", "fallback",
]
_STOP_END = re.compile(r"[.!?:][”\"’')\]]*\d{0,3}\s*$")
HEADLINE_SENTENCES = 3      # a title is one of the article's first sentences
ACTOR_WINDOW = 2            # sentences before (across paragraphs) whose actors a sentence may lean on
_THE_TWO = re.compile(r"\b(?:the|both|these|those)\s+two\s+(?:countries|nations|states|sides|leaders|governments|economies"
                      r"|powers|neighbou?rs|allies|partners|regimes|capitals|militaries)\b|\bboth (?:countries|nations|sides"
                      r"|governments|leaders)\b", re.I)


def _overlap_holders(sentences: pd.DataFrame, claims: pd.DataFrame, quotes: pd.DataFrame, markers: dict) -> dict:
    """``{(article_id, sentence_id): holder}`` for sentences overlapping a claim or a spoken quote.

    A claim counts when its cue is a verb of saying or thinking (or "according to"), so that
    a cue such as "finds" or "shows" does not turn the author's own sentence into a report.
    """
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for r in claims.itertuples(index=False):
        cue = clean_text(getattr(r, "cue", ""))
        if cue and not (markers["reporting_verbs"].search(cue) or markers["passive_reporting"].search(cue)):
            continue
        spans[r.article_id].append((int(r.start), int(r.end), clean_text(getattr(r, "source", ""))))
    for r in quotes.itertuples(index=False):
        speaker = clean_text(getattr(r, "speaker", ""))
        if speaker and clean_text(getattr(r, "kind", "")) != "scare":
            spans[r.article_id].append((int(r.start), int(r.end), speaker))
    out: dict = {}
    if not spans:
        return out
    for aid, group in sentences.groupby("article_id", sort=False):
        if aid not in spans:
            continue
        starts = group["start"].tolist()
        ends = group["end"].tolist()
        ids = group["sentence_id"].tolist()
        order = sorted(range(len(starts)), key=starts.__getitem__)
        starts = [starts[k] for k in order]
        ends = [ends[k] for k in order]
        ids = [ids[k] for k in order]
        for start, end, holder in sorted(spans[aid]):
            k = max(0, bisect.bisect_right(starts, start) - 1)
            while k < len(starts) and starts[k] < end:
                if ends[k] > start:
                    out.setdefault((aid, ids[k]), holder)   # the sentence's first claim or quote
                k += 1
    return out


def dated_past(tables) -> dict:
    """``{(article_id, sentence_id): past}`` for every sentence with a date (from the dates table):
    True when each of its dated mentions (a day, month, season or year) lies :data:`PAST_YEARS` or
    more years before the article's publication ("a 1961 friendship treaty", "in December 2019" in a
    2025 report), False when one is recent ("last week", "today": the sentence speaks of now, even
    if it recalls the Cold War).  Undated articles have none."""
    dates, articles = table_of(tables, "dates"), table_of(tables, "articles")
    if dates.empty or articles.empty or "sentence_id" not in dates or "published" not in articles:
        return {}
    published = {}
    for aid, pub in zip(articles["article_id"].astype(str), articles["published"]):
        m = _YEAR.match(clean_text(pub))
        if m:
            published[aid] = int(m.group(1))
    years: dict = defaultdict(list)
    for aid, sid, norm in zip(dates["article_id"].astype(str), dates["sentence_id"], dates["normalized"]):
        if aid not in published or pd.isna(sid):
            continue
        m = _YEAR.match(clean_text(norm))
        years[(aid, int(sid))].append(int(m.group(1)) if m else None)   # None: a relative date ("now")
    return {key: all(y is not None and y <= published[key[0]] - PAST_YEARS for y in found)
            for key, found in years.items()}


class _ParagraphReader:
    """Whose view each sentence of one article is, carrying holders across the paragraph.

    ``context`` is the last holder named in this paragraph ("They note" takes it), which a
    pronoun may also take from the paragraph before; a paragraph after "According to X:" is
    X's words (a block quote).
    """

    def __init__(self, markers: dict):
        self.markers = markers
        self.context, self.paragraph, self.inherited, self.conclusion, self.last_paragraph_holder = "", None, "", False, ""
        self.previous_text, self.previous_attributed, self.previous_holder = "", False, ""

    def read(self, text: str, paragraph, overlap_holder) -> tuple[bool, str, bool]:
        """``(attributed, holder, in_conclusion)`` for the next sentence.

        Every pattern runs before any state changes, so a :class:`PatternTimeout` leaves the
        reader as it was.
        """
        new_paragraph = paragraph != self.paragraph
        if new_paragraph:
            inherited = (self.previous_holder if self.previous_attributed
                         and self.previous_text.rstrip().endswith(":") else "")
            context, last_paragraph_holder = inherited, self.context
            conclusion = self.markers["conclusion"].match(text.lstrip("\ufeff “\"'")) is not None
        else:
            inherited, context, last_paragraph_holder = self.inherited, self.context, self.last_paragraph_holder
            conclusion = self.conclusion
        attributed, holder, explicit = read_attribution(text, self.markers, overlap_holder, context,
                                                        last_paragraph_holder)
        if not attributed and inherited:
            attributed, holder = True, inherited
        if explicit:
            context = holder
        if new_paragraph:
            self.paragraph, self.inherited, self.last_paragraph_holder, self.conclusion = (
                paragraph, inherited, last_paragraph_holder, conclusion)
        self.context = context
        self.previous_text, self.previous_attributed, self.previous_holder = text, attributed, holder
        return attributed, holder, conclusion


def _theme_rows(sentence: tuple, themes, markers: dict, attributed: bool, holder: str, conclusion: bool,
                guard: PatternGuard, actors: Optional[dict] = None, unnamed: frozenset = frozenset(),
                headline: bool = False, past: Optional[bool] = None) -> list[dict]:
    """The rows of one sentence, one per theme it touches (see :func:`theme_sentences`)."""
    aid, sentence_id, s_start, s_end, text = sentence
    hits = [(theme, m) for theme in themes
            if (m := guard.timed(theme.name, theme.match_voiced, text, holder if attributed else ""))]
    if not hits:
        return []
    certainty, hedge, booster = read_certainty(text, markers)
    # an old date or "decades ago" dates the sentence's own event (even a revival then: "the 2000 treaty
    # helped revive ties"); a historical marker may be what the writer sees coming back ("resurrecting
    # the Cold War alliance")
    historical = ((past is True or _AGO.search(text) is not None) and not _ONGOING.search(text)) or (
        past is not False and markers["historical"].search(text) is not None
        and markers["revival"].search(text) is None)
    spans = find_spans(text)
    base = CERTAINTY_WEIGHT[certainty] * (CONCLUSION_WEIGHT if conclusion else 1.0) * (
        HISTORICAL_WEIGHT if historical else 1.0)
    rows = []
    for theme, m in hits:
        reading = guard.timed(theme.name, read_position, text, theme, markers, spans, actors,
                              theme.name not in unnamed)
        fallback = False
        if not reading.position and not reading.rejected and theme.fallback:
            # a weaker sign of a label, counted only where the article holds no other (see positions)
            weaker = guard.timed(theme.name, read_position, text, theme.as_fallback(), markers, spans, actors,
                                 theme.name not in unnamed)
            if weaker.position:
                reading, fallback = weaker, True
        weight = base * (CONTRAST_WEIGHT if reading.contrast else 1.0)
        if reading.position and not historical:
            clause = _BACKGROUND_CLAUSE.search(text[:reading.position_span[0]])
            if clause and _PAST_VERB.search(text[clause.start():reading.position_span[1]]):
                weight *= HISTORICAL_WEIGHT
        row_certainty, row_hedge = certainty, hedge
        if reading.position and certainty == "hedged":
            # the hedge of another clause ("Analysts say ties may deepen, but Moscow has clearly sent troops"): the
            # label's own clause decides
            lo, hi = _clause_around(text, *reading.position_span)
            own, own_hedge, _ = read_certainty(text[lo:hi], markers)
            if own != "hedged":
                row_certainty, row_hedge = own, own_hedge
                weight = weight / CERTAINTY_WEIGHT["hedged"] * CERTAINTY_WEIGHT[own]
        if reading.contrast and certainty == "hedged" and _COMPARATIVE_LIKELY.search(reading.contrast):
            # "more likely X than Y" weighs two options: a judgment, not a hedge on X
            plain = _COMPARATIVE_LIKELY.sub(" ", text)
            if read_certainty(plain, markers)[0] != "hedged" and row_certainty == "hedged":
                weight = weight / CERTAINTY_WEIGHT["hedged"] * CERTAINTY_WEIGHT["asserted"]
        has_position = bool(reading.position)
        rows.append({
            "article_id": aid, "sentence_id": int(sentence_id), "theme": theme.name,
            "start": int(s_start), "end": int(s_end), "text": text, "matched": m.group(),
            "position": reading.position, "position_text": reading.position_text,
            "position_start": int(s_start) + reading.position_span[0] if has_position else -1,
            "position_end": int(s_start) + reading.position_span[1] if has_position else -1,
            "rejected": ", ".join(reading.rejected), "contrast": reading.contrast,
            "concession": reading.concession,
            "holder": holder if attributed else "", "attributed": attributed,
            "certainty": row_certainty, "hedge": row_hedge, "booster": booster,
            "historical": historical, "weight": round(weight, 4),
            "headline": headline, "conclusion": conclusion, "denied": ", ".join(reading.denied),
            "fallback": fallback,
        })
    return rows


# Where a clause of a sentence ends: a semicolon, or a comma before a conjunction that opens another clause ("...,
# but", "..., while"); not a colon or a dash, whose second part a hedge before it may govern ("The likely outcome: a
# formal alliance", "Russia may go further — an alliance ...").
_CLAUSE_BREAK = re.compile(r";|,\s+(?:but|while|whereas|although|though|yet|and\s+(?=(?:[A-Z]\w*|he|she|they|it|"
                           r"the\s+\w+)\s+(?:has|have|had|is|are|was|were|will|would|may|might|could|\w+ed)\b))\b")


def _clause_around(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The clause of ``text`` that holds ``text[lo:hi]``: from the last clause break before it to the first after."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, lo):
        start = m.end()
    after = _CLAUSE_BREAK.search(text, hi)
    return start, after.start() if after else len(text)


def _sentence_rows(sentence: tuple, book, markers: dict, attributed: bool, holder: str, conclusion: bool,
                   guard: PatternGuard, unnamed: frozenset = frozenset(), headline: bool = False,
                   past: Optional[bool] = None) -> list[dict]:
    """:func:`_theme_rows` for the themes still running; a theme that runs out of time is stopped
    and the sentence read again for the others."""
    while True:
        themes = [theme for theme in book.themes if guard.running(theme.name)]
        try:
            return _theme_rows(sentence, themes, markers, attributed, holder, conclusion, guard, book.actors, unnamed,
                               headline, past)
        except PatternTimeout as timeout:
            if timeout.owner[0] != "theme":
                raise
            guard.stop(timeout, sentence[0], sentence[1])


def _scan(sentences: pd.DataFrame, overlaps: dict, book, markers: dict, guard: PatternGuard,
          past: Optional[dict] = None) -> list[dict]:
    """Every theme row of every sentence, article by article.

    A theme that runs out of time is left out and the sentence read again for the others;
    a marker list that runs out of time raises, and :func:`theme_sentences` starts again
    without it, so that every sentence is read with the same lists.
    """
    rows: list[dict] = []
    past = past or {}
    ordered = sentences.sort_values(["article_id", "sentence_id"], kind="mergesort")
    if "paragraph" not in ordered:
        ordered = ordered.assign(paragraph=0)   # a sentences table without paragraphs: one per article
    columns = ("article_id", "sentence_id", "start", "end", "text", "paragraph")
    records = zip(*(ordered[c].tolist() for c in columns))
    for aid, group in groupby(records, key=itemgetter(0)):
        reader = _ParagraphReader(markers)
        group = list(group)
        last_paragraph = group[-1][5] if len({g[5] for g in group}) > 2 else None
        article_text = "\n".join(g[4] for g in group if isinstance(g[4], str))
        # themes whose actors this article never names (it takes no position on them)
        unnamed = frozenset(theme.name for theme in book.themes
                            if not names_theme_actor(article_text, theme, book.actors))
        if book.subject and not set(book.subject) <= actors_named(article_text, book.actors):
            unnamed = frozenset(book.theme_names)     # off the codebook's subject: no positions at all
        per_paragraph = Counter(g[5] for g in group)
        recent: list = []        # the actors named by the last sentences
        recent_raw: list = []    # ... counting those named only inside another pair
        so_far: frozenset = frozenset()   # and by the article so far
        first_row = len(rows)
        for k, (_, sentence_id, s_start, s_end, text, paragraph) in enumerate(group):
            text = text if isinstance(text, str) else ""
            raw = actors_named(text, book.actors)
            here = raw
            if book.subject and len(set(book.subject) & raw) == 1:
                # one actor of the subject named only inside a pair with another ("China and Russia drew closer on
                # Korean affairs") does not count: the sentence is about that pair, and does not lean on the actors
                # of the sentences before it either, for the themes about the subject's pair alone
                here = actors_named_apart(text, book.actors, book.subject)
            recent = (recent + [here])[-(ACTOR_WINDOW + 1):]
            recent_raw = (recent_raw + [raw])[-(ACTOR_WINDOW + 1):]
            named = here if raw - here else frozenset().union(*recent)
            named_raw = frozenset().union(*recent_raw)
            if _THE_TWO.search(text):
                named |= so_far        # "the two countries": the pair named earlier in the article
                named_raw |= so_far
            so_far |= raw
            # a sentence takes a position on a theme only near a mention of its actors (this sentence
            # or the ACTOR_WINDOW before it: "Their new bond ..."): "a military coalition led by Saudi
            # Arabia" in a story that names Russia elsewhere is no Russia–North Korea framing (a theme about
            # an actor outside the subject, China's role, reads that actor's pairs as its own: "the Moscow-Beijing axis")
            unnamed_here = unnamed | frozenset(
                theme.name for theme in book.themes if theme.context_actors and book.actors
                and not (named_raw if set(theme.actors) - set(book.subject or ()) else named) & set(theme.context_actors))
            # a title: among the first sentences, alone in its paragraph, without a closing stop
            headline = (k < HEADLINE_SENTENCES and per_paragraph[paragraph] == 1 and len(group) > 2
                        and not _STOP_END.search(text))
            try:
                attributed, holder, conclusion = reader.read(text, paragraph, overlaps.get((aid, sentence_id)))
                conclusion = conclusion or paragraph == last_paragraph   # the closing paragraph is the verdict
                sentence = (aid, sentence_id, s_start, s_end, text)
                rows.extend(_sentence_rows(sentence, book, markers, attributed, holder, conclusion, guard, unnamed_here,
                                           headline, past.get((aid, sentence_id))))
            except PatternTimeout as timeout:
                timeout.article_id, timeout.sentence_id = aid, sentence_id
                raise
        _drop_anaphors_of_other_pairs(rows[first_row:], book, {g[1]: g[4] for g in group if isinstance(g[4], str)})
    return [r for r in rows if guard.running(r["theme"])]


# a relation named again by a bare definite noun ("the new alliance", "this partnership"), its parties not named
_ANAPHOR_BEFORE = re.compile(r"\b(?:the|this|that|such|these|those)\s+(?:(?:new|emerging|budding|growing|nascent|burgeoning)\s+)?$",
                             re.I)
_BARE_RELATION = re.compile(r"(?:alliance|alignment|axis|bloc|coalition|entente|partnership|friendship|rapprochement|pact)s?",
                            re.I)
ANAPHOR_WINDOW = 4          # sentences back where a bare "the alliance" finds the relation it names again


# a pair named again: "Both sides are working to ... deepen exchanges", "the two countries", "our bilateral relations"
_PAIR_ANAPHOR = re.compile(r"\b(?:both|the two)\s+(?:sides|countries|nations|states|governments|leaders|neighbou?rs)\b"
                           r"|\b(?:our|their)\s+(?:bilateral\s+)?(?:relations|ties|relationship|friendship)\b", re.I)


def _pair_of_others(texts: dict, sentence_id: int, own, actors: dict) -> bool:
    """The nearest sentence before ``sentence_id`` (within :data:`ANAPHOR_WINDOW`) that names an actor names a pair of one
    of ``own`` with another actor and not all of ``own`` ("China and the DPRK are friendly neighbors")."""
    for sid in range(sentence_id - 1, sentence_id - 1 - ANAPHOR_WINDOW, -1):
        text = texts.get(sid)
        if not text:
            continue
        named = actors_named(text, actors)
        if not named:
            continue
        others = [a for a in actors if a not in own]
        return not set(own) <= named and bool(named & set(own)) and paired_with_other(text, others, actors)
    return False


def _drop_anaphors_of_other_pairs(rows: list[dict], book, texts: Optional[dict] = None) -> None:
    """A label held by a bare definite relation noun ("We must therefore attempt to assess the new alliance's significance")
    in a sentence naming none of the theme's actors names again the relation of the last sentence (within
    :data:`ANAPHOR_WINDOW`) that named that noun: where that sentence's reading of the label was rejected as another actor's
    (another pair's: "China and Russia have forged a multidimensional alliance"), the anaphor is that pair's too and its label
    is dropped (``rejected`` keeps it); one rejected for another reason (a question: "Could Russia and North Korea form an
    alliance?") names the theme's pair, and the anaphor keeps its label."""
    last: dict[tuple[str, str], tuple[int, bool]] = {}     # (theme, noun) -> (sentence id, held there)
    themes = {theme.name: theme for theme in book.themes}
    for r in rows:
        text, label, said = str(r["text"]), r["position"], str(r.get("position_text") or "")
        spec = themes.get(r["theme"])
        for m in _BARE_RELATION.finditer(text):
            noun = m.group().lower().rstrip("s")
            if label and said.lower().rstrip("s") == noun and r["position_start"] - r["start"] == m.start():
                continue            # the anaphor itself: judged below, against the mentions before it
            rejected = {x.strip() for x in str(r.get("rejected") or "").split(",") if x.strip()}
            if rejected and not label and spec is not None:
                # another pair's only when rejected as another actor's; one rejected as a question, a negation or a condition
                # ("Could Russia and North Korea form an alliance?") is still the pair's relation, named again later
                others = held_by_other_actor(text, m.start(), m.end(), spec, book.markers, book.actors)
                last[(r["theme"], noun)] = (r["sentence_id"], not others)
            elif label and noun in said.lower():
                last[(r["theme"], noun)] = (r["sentence_id"], True)
        if not label or spec is None:
            continue
        if (texts and len(spec.actors) > 1 and _PAIR_ANAPHOR.search(text)
                and not actors_named(text, book.actors) & set(spec.actors)
                and _pair_of_others(texts, r["sentence_id"], spec.actors, book.actors)):
            _drop(r)        # "Both sides are working to ... deepen exchanges" after "China and the DPRK are friendly neighbors"
            continue
        if not _BARE_RELATION.fullmatch(said.strip()):
            continue
        at = r["position_start"] - r["start"]
        if not _ANAPHOR_BEFORE.search(text, max(0, at - 40), at) or actors_named(text, book.actors) & set(spec.actors):
            continue
        before = last.get((r["theme"], said.strip().lower().rstrip("s")))
        if before is not None and not before[1] and r["sentence_id"] - before[0] <= ANAPHOR_WINDOW:
            _drop(r)


def _drop(r: dict) -> None:
    """``r`` holds no label; ``rejected`` keeps the one it held."""
    r["rejected"] = ", ".join(x for x in (str(r.get("rejected") or ""), r["position"]) if x)
    r.update(position="", position_text="", position_start=-1, position_end=-1, contrast="", concession="", fallback=False)


def theme_sentences(tables, codebook=None, *, problems: Optional[list] = None) -> pd.DataFrame:
    """Every sentence that touches a theme, with its position, holder and certainty.

    ``holder`` is ``""`` for the author's own sentences; ``attributed`` is True for a
    reported position.  ``position_start/end`` are article offsets of the words that
    carry the position; ``weight`` is the sentence's vote in :func:`article_positions`.

    A theme or marker list whose patterns run out of time is left out, with a
    :class:`~analysis.views.patterns.CodebookWarning`; pass a list as ``problems`` to get
    one record per case (see :data:`~analysis.views.patterns.PROBLEM_COLUMNS`).

    >>> rows = theme_sentences(tables)                                  # doctest: +SKIP
    >>> rows[rows.theme == "military support"][["sentence_id", "position", "holder"]]  # doctest: +SKIP
    """
    book = as_codebook(codebook)
    sentences = table_of(tables, "sentences")
    if sentences.empty:
        return pd.DataFrame(columns=THEME_SENTENCE_COLUMNS)
    guard = PatternGuard(book.theme_names, n_sentences=len(sentences))
    markers = dict(book.markers)
    past = dated_past(tables)
    while True:
        try:
            overlaps = _overlap_holders(sentences, table_of(tables, "claims"), table_of(tables, "quotes"), markers)
            rows = _scan(sentences, overlaps, book, markers, guard, past)
            break
        except PatternTimeout as timeout:     # a marker list: read everything again without it
            markers[timeout.owner[1]] = guard.stop(timeout, timeout.article_id, timeout.sentence_id)
    if problems is not None:
        problems.extend(guard.problems)
    frame = pd.DataFrame(rows, columns=THEME_SENTENCE_COLUMNS)
    if frame.empty:
        return frame
    order = {name: i for i, name in enumerate(book.theme_names)}
    frame["_t"] = frame["theme"].map(order)
    frame = frame.sort_values(["article_id", "sentence_id", "_t"], kind="mergesort").drop(columns="_t")
    return frame.reset_index(drop=True)
