"""Theme sentences: every sentence that touches a theme, read in its paragraph, with its position and holder."""
from __future__ import annotations

import bisect
from collections import defaultdict
from itertools import groupby
from operator import itemgetter

import pandas as pd

from .codebook import as_codebook
from .contrast import find_spans
from .inputs import clean_text, table_of
from .stance import read_attribution, read_certainty, read_position

CERTAINTY_WEIGHT = {"hedged": 0.5, "asserted": 1.0, "boosted": 1.5}
CONTRAST_WEIGHT = 2.0       # an explicit "X rather than Y" is a considered judgment
CONCLUSION_WEIGHT = 1.5
HISTORICAL_WEIGHT = 0.25    # recaps of the Soviet era are context, not the writer's view of today

THEME_SENTENCE_COLUMNS = [
    "article_id", "sentence_id", "theme", "start", "end", "text", "matched", "position",
    "position_text", "position_start", "position_end", "rejected", "contrast", "concession", "holder",
    "attributed", "certainty", "hedge", "booster", "historical", "weight",
]


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



def theme_sentences(tables, codebook=None) -> pd.DataFrame:
    """Every sentence that touches a theme, with its position, holder and certainty.

    ``holder`` is ``""`` for the author's own sentences; ``attributed`` is True for a
    reported position.  ``position_start/end`` are article offsets of the words that
    carry the position; ``weight`` is the sentence's vote in :func:`article_positions`.

    >>> rows = theme_sentences(tables)                                  # doctest: +SKIP
    >>> rows[rows.theme == "military support"][["sentence_id", "position", "holder"]]  # doctest: +SKIP
    """
    book = as_codebook(codebook)
    markers = book.markers
    sentences = table_of(tables, "sentences")
    if sentences.empty:
        return pd.DataFrame(columns=THEME_SENTENCE_COLUMNS)
    overlaps = _overlap_holders(sentences, table_of(tables, "claims"), table_of(tables, "quotes"), markers)
    rows: list[dict] = []
    ordered = sentences.sort_values(["article_id", "sentence_id"], kind="mergesort")
    if "paragraph" not in ordered:
        ordered = ordered.assign(paragraph=0)   # a sentences table without paragraphs: one per article
    columns = ("article_id", "sentence_id", "start", "end", "text", "paragraph")
    records = zip(*(ordered[c].tolist() for c in columns))
    for aid, group in groupby(records, key=itemgetter(0)):
        context, paragraph, inherited, conclusion, last_paragraph_holder = "", None, "", False, ""
        previous_text, previous_attributed, previous_holder = "", False, ""
        for _, sentence_id, s_start, s_end, text, s_paragraph in group:
            text = text if isinstance(text, str) else ""
            if s_paragraph != paragraph:
                # A paragraph after "According to X:" is X's words (a block quote).
                inherited = previous_holder if previous_attributed and previous_text.rstrip().endswith(":") else ""
                last_paragraph_holder = context
                context = inherited
                paragraph = s_paragraph
                opener = markers["conclusion"].match(text.lstrip("\ufeff “\"'"))
                conclusion = opener is not None
            attributed, holder, explicit = read_attribution(text, markers, overlaps.get((aid, sentence_id)), context,
                                                      last_paragraph_holder)
            if not attributed and inherited:
                attributed, holder = True, inherited
            if explicit:
                context = holder
            previous_text, previous_attributed, previous_holder = text, attributed, holder
            hits = [(theme, m) for theme in book.themes if (m := theme.match(text))]
            if not hits:
                continue
            certainty, hedge, booster = read_certainty(text, markers)
            historical = markers["historical"].search(text) is not None and markers["revival"].search(text) is None
            spans = find_spans(text)
            base = CERTAINTY_WEIGHT[certainty] * (CONCLUSION_WEIGHT if conclusion else 1.0) * (
                HISTORICAL_WEIGHT if historical else 1.0)
            for theme, m in hits:
                reading = read_position(text, theme, markers, spans)
                weight = base * (CONTRAST_WEIGHT if reading.contrast else 1.0)
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
                    "certainty": certainty, "hedge": hedge, "booster": booster,
                    "historical": historical, "weight": round(weight, 4),
                })
    frame = pd.DataFrame(rows, columns=THEME_SENTENCE_COLUMNS)
    if frame.empty:
        return frame
    order = {name: i for i, name in enumerate(book.theme_names)}
    frame["_t"] = frame["theme"].map(order)
    frame = frame.sort_values(["article_id", "sentence_id", "_t"], kind="mergesort").drop(columns="_t")
    return frame.reset_index(drop=True)
