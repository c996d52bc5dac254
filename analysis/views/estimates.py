"""Figures compared across articles: the estimates table and conflicting estimates.

Two figures are estimates of the *same quantity* when they have the same kind
(troop_estimate, labor_estimate, trade_value...), the same unit, the same ``subject`` (what
is counted: "North Korean troops in Russia", "North Korea–China trade") and the same period
(the year of ``refers_to``; troop and labour estimates without a period form their own
group).  Figures that are hypothetical, negated or denied (``status``) estimate nothing.
They *conflict* when the lowest and the highest estimate of a group, from different
articles, do not overlap within a tolerance.  Figures are grouped first and only each
group's extremes are compared, so the work is linear in the number of figures (issue 12
item 4: comparing every pair made 1.5 million pairs of 300 articles).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping, Optional

import pandas as pd

from ..lexicons import load_table
from .inputs import clean_text

ESTIMATE_KINDS = ("troop_estimate", "labor_estimate", "trade_value", "money", "percentage")


@lru_cache(maxsize=1)
def _vague_number() -> re.Pattern:
    """The vague number words of ``number_words.tsv`` ("dozens", "thousands"), chained as written ("tens of thousands")."""
    words = sorted((row[0] for row in load_table("number_words.tsv") if len(row) > 2 and row[2] == "vague"),
                   key=len, reverse=True)
    one = "(?:" + "|".join(map(re.escape, words)) + ")"
    return re.compile(rf"\b{one}(?:\s+of\s+{one})*\b", re.I)


def approximation(text: str) -> str:
    """The words that make a figure approximate by themselves: a vague number word is its own hedge
    ("Thousands of workers" -> "vague number: thousands"); "" for an exact figure ("13,221 North Koreans").

    >>> approximation("tens of thousands of troops")
    'vague number: tens of thousands'
    """
    m = _vague_number().search(clean_text(text))
    return f"vague number: {' '.join(m.group().lower().split())}" if m else ""


def estimates_table(figures: pd.DataFrame, *, kinds=("troop_estimate", "labor_estimate")) -> pd.DataFrame:
    """Every estimate of the given kinds with its range, hedge and who states it, sorted by kind and value.
    A figure written as a vague number ("thousands") with no hedge of its own has that approximation as its
    hedge: it states an order of magnitude, not a count.

    >>> estimates_table(tables.figures)[["text", "value", "value_high", "hedge", "source"]]   # doctest: +SKIP
    """
    rows = figures[figures["kind"].isin(kinds)].copy()
    rows["source"] = rows["source"].fillna("").replace("", "(the author)")
    rows["hedge"] = [clean_text(h) or approximation(t) for h, t in zip(rows["hedge"], rows["text"])]
    cols = ["kind", "article_id", "start", "end", "text", "value", "value_high", "unit", "hedge", "source", "refers_to"]
    return rows[cols].sort_values(["kind", "value", "article_id", "start"], kind="mergesort").reset_index(drop=True)


NOT_ESTIMATES = frozenset({"hypothetical", "negated", "denied"})
UNDATED_KINDS = ("troop_estimate", "labor_estimate")   # compared across periods when undated
CONFLICT_COLUMNS = ["kind", "unit", "refers_to", "article_a", "text_a", "value_a", "start_a", "end_a",
                    "source_a", "article_b", "text_b", "value_b", "start_b", "end_b", "source_b", "ratio"]
DETAIL_COLUMNS = ["subject", "n_estimates", "period_inferred"]     # with ``detail=True``


def _bounds(row) -> tuple[float, float]:
    high = row.value_high if pd.notna(row.value_high) else row.value
    return float(row.value), float(high)


def _sentence_subjects(figures: pd.DataFrame, sentences: Optional[pd.DataFrame]) -> list[str]:
    """A subject for figures the extraction gave none: the actors named in the figure's sentence
    (the codebook's ``actors``), e.g. "CHINA+DPRK"; "" when the sentence is unknown."""
    if sentences is None or "sentence_id" not in figures or sentences.empty:
        return [""] * len(figures)
    actors = default_actors()
    text = {(a, int(i)): t for a, i, t in zip(sentences["article_id"], sentences["sentence_id"], sentences["text"])}
    named: dict = {}          # sentence -> its subject (a sentence often holds several figures)
    out = []
    for aid, sid in zip(figures["article_id"], figures["sentence_id"]):
        sentence = text.get((aid, int(sid))) if pd.notna(sid) else None
        if sentence not in named:
            named[sentence] = "+".join(sorted(name for name, pattern in actors.items()
                                              if sentence and pattern.search(sentence)))
        out.append(named[sentence])
    return out


def default_actors() -> dict:
    """The ``actors`` of the package's codebook alone (:func:`~analysis.views.codebook.load_actors`)."""
    from .codebook import load_actors
    return load_actors()


def _period(kind: str, refers_to: str) -> str:
    year = re.match(r"\d{4}", refers_to)
    return year.group() if year else ""


def conflicting_estimates(figures: pd.DataFrame, *, tolerance: float = 0.10,
                          kinds: tuple[str, ...] = ESTIMATE_KINDS,
                          sentences: Optional[pd.DataFrame] = None, detail: bool = False,
                          published: Optional[Mapping[str, str]] = None) -> pd.DataFrame:
    """Groups of estimates of the same quantity whose lowest and highest, from different
    articles, do not agree: one row per group, with the ratio of the larger to the smaller.

    Ranges that overlap once widened by ``tolerance`` (10 %) agree.  ``subject`` comes from the
    extraction; where it is missing, from the actors named in the figure's sentence (pass the
    ``sentences`` table), and a figure with neither is compared only with others without one.
    ``detail=True`` adds the group's ``subject``, its number of estimates (``n_estimates``) and
    ``period_inferred``: True when an undated troop or labour estimate in it was given its article's
    publication year (``published``: article id -> publication date) as its period.
    """
    columns = CONFLICT_COLUMNS + (DETAIL_COLUMNS if detail else [])
    rows = figures[figures["kind"].isin(kinds)].dropna(subset=["value"]).copy()
    if "status" in rows:
        rows = rows[~rows["status"].map(clean_text).isin(NOT_ESTIMATES)]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    given = rows["subject"].map(clean_text).tolist() if "subject" in rows else [""] * len(rows)
    derived = _sentence_subjects(rows, sentences)
    rows["_subject"] = [g or (f"({d})" if d else "") for g, d in zip(given, derived)]
    rows["_refers"] = rows["refers_to"].map(clean_text) if "refers_to" in rows else ""
    rows["_period"] = [_period(k, r) for k, r in zip(rows["kind"], rows["_refers"])]
    rows["unit"] = rows["unit"].map(clean_text)
    # An undated troop or labour estimate is dated by its article's publication year (a count reported
    # in October 2024 is the count then; it joined every dated group of its quantity, so a figure of
    # October 2024 stood under 2025), marked ``_inferred``; without publication dates it is compared
    # only with other undated estimates.
    undated = rows["_period"].eq("") & rows["kind"].isin(UNDATED_KINDS)
    rows["_inferred"] = False
    if published is not None:
        years = rows.loc[undated, "article_id"].map(lambda a: _period("", clean_text(published.get(a, ""))))
        rows.loc[undated, "_period"] = years
        rows.loc[undated, "_inferred"] = years.ne("")
    out = []
    for (kind, unit, subject, period), group in rows.groupby(["kind", "unit", "_subject", "_period"], sort=True):
        if not period and kind not in UNDATED_KINDS:
            continue          # money and percentages only compare for a stated period
        if group["article_id"].nunique() < 2:
            continue
        items = list(group.sort_values(["article_id", "start"], kind="mergesort").itertuples())
        low = min(items, key=lambda r: (_bounds(r)[1], r.article_id, r.start))
        others = [r for r in items if r.article_id != low.article_id]
        high = max(others, key=lambda r: (_bounds(r)[0], r.article_id, -r.start))
        (lo_a, hi_a), (lo_b, hi_b) = _bounds(low), _bounds(high)
        if lo_b <= hi_a * (1 + tolerance):
            continue
        a, b = sorted((low, high), key=lambda r: (r.article_id, r.start))
        smaller = min(abs(hi_a), abs(lo_b))
        out.append({
            "kind": kind, "unit": unit, "subject": subject, "refers_to": period,
            "article_a": a.article_id, "text_a": a.text, "value_a": a.value, "start_a": a.start, "end_a": a.end,
            "source_a": clean_text(a.source),
            "article_b": b.article_id, "text_b": b.text, "value_b": b.value, "start_b": b.start, "end_b": b.end,
            "source_b": clean_text(b.source),
            "ratio": round(max(abs(hi_a), abs(lo_b)) / smaller, 2) if smaller else float("inf"),
            "n_estimates": len(items), "period_inferred": bool(group["_inferred"].any()),
        })
    return pd.DataFrame(out, columns=columns)
