"""Helpers the briefing's section functions share: labels beside ids, columns selected, themes
and articles in order, and the sentence around a span.
"""
from __future__ import annotations

import pandas as pd

from .labels import article_labels

AGGREGATE_ABOVE = 15          # issue 13: "with more than about 15 articles, sections aggregate"

def _with_labels(frame: pd.DataFrame, data, column: str = "article_id", label: str = "article") -> pd.DataFrame:
    """``frame`` with the article label of ``column`` as a new column ``label`` beside it."""
    frame = frame.copy()
    labels = article_labels(data.articles)
    frame.insert(list(frame.columns).index(column) + 1, label, [labels.get(str(a), str(a)) for a in frame[column]])
    return frame


def _select(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The ``columns`` of ``frame``, adding any it lacks as empty text (a table from an older build)."""
    frame = frame.copy()
    for column in columns:
        if column not in frame.columns:
            frame[column] = ""
    return frame[columns].reset_index(drop=True)


def _theme_order(data) -> list[str]:
    """Themes in codebook order, then any others the positions name, alphabetically."""
    listed = list(data.themes["theme"]) if "theme" in data.themes.columns else []
    found = set(data.positions["theme"]) if "theme" in data.positions.columns else set()
    return list(dict.fromkeys(listed)) + sorted(found - set(listed))


def _by_date(articles: pd.DataFrame) -> pd.DataFrame:
    """``articles`` in publication order, undated ones last."""
    published = articles["published"].fillna("").astype(str)
    return articles.assign(_undated=published == "", _published=published).sort_values(
        ["_undated", "_published", "article_id"], kind="mergesort").drop(columns=["_undated", "_published"])


def _published(data) -> pd.Series:
    return data.articles.set_index("article_id")["published"].fillna("").astype(str)


def sentence_context(sentences: pd.DataFrame, spans: pd.DataFrame) -> pd.DataFrame:
    """For each span (``article_id``, ``start``, ``end``), the sentence holding it.

    Returns ``spans`` with ``sentence``, ``sentence_start`` and ``row`` (the sentence's
    position in ``sentences`` sorted by article and start; -1 when no sentence holds it).
    A span starting between two sentences takes the next sentence it overlaps.
    """
    ordered = sentences.sort_values(["article_id", "start"]).reset_index(drop=True)
    ordered = ordered.assign(row=range(len(ordered)))[["article_id", "start", "end", "text", "row"]]
    ordered = ordered.rename(columns={"start": "sentence_start", "end": "sentence_end", "text": "sentence"})
    out = spans.reset_index(drop=True).assign(_order=range(len(spans)))
    if out.empty:
        return out.assign(sentence="", sentence_start=-1, row=-1).drop(columns="_order")
    out["start"], out["end"] = out["start"].astype("int64"), out["end"].astype("int64")
    keys = out.astype({"article_id": str}).sort_values("start")
    lookup = ordered.astype({"article_id": str, "sentence_start": "int64"}).sort_values("sentence_start")
    before = pd.merge_asof(keys, lookup, left_on="start", right_on="sentence_start", by="article_id",
                           direction="backward")
    after = pd.merge_asof(keys, lookup, left_on="start", right_on="sentence_start", by="article_id",
                          direction="forward")
    inside = before["sentence_end"] >= (before["start"] + 1).clip(upper=before["end"])
    overlaps = after["sentence_start"] < after["end"]
    chosen = before.where(inside, after.where(overlaps))
    chosen = chosen.assign(_order=keys["_order"].to_numpy()).sort_values("_order")
    result = out.drop(columns="_order")
    result["sentence"] = chosen["sentence"].fillna("").to_numpy()
    result["sentence_start"] = chosen["sentence_start"].fillna(-1).astype("int64").to_numpy()
    result["row"] = chosen["row"].fillna(-1).astype("int64").to_numpy()
    return result
