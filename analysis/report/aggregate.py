"""The briefing's sections for a corpus too large to read article by article.

With more than :data:`AGGREGATE_ABOVE` articles, :class:`~analysis.report.html.Briefing` shows
``<name>_summary`` instead of section ``<name>`` (see :data:`SUMMARIES`): sources by outlet and
month, per theme how many articles take each position with the strongest evidence and the split
by outlet and period, figures grouped by subject, one timeline row per dated event, voices by
entity.  Every frame has a bounded number of rows whatever the corpus size (the full lists are
in ``data/*.csv``), and each is made with group-bys, so the work grows linearly with the tables.

>>> aggregated(data)                          # doctest: +SKIP
True
>>> themes_summary(data).head()               # doctest: +SKIP
"""
from __future__ import annotations

from typing import Callable

import pandas as pd

from .labels import article_labels
from .frames import AGGREGATE_ABOVE, _select, _theme_order, _with_labels, sentence_context
from .sections import MONEY_KINDS, TROOP_KINDS, dated_rows, event_rows, stated_figures, when

TOP_GROUPS = 20               # outlets, months, figure subjects ... shown before "other"
TOP_VOICES = 15
TOP_EVENTS = 40
SPLIT_SHOWN = 4               # outlets or periods named in a theme position's split
NO_CLEAR = "no clear position"


def aggregated(data) -> bool:
    """Whether the briefing aggregates: more than :data:`AGGREGATE_ABOVE` articles."""
    return len(data.articles) > AGGREGATE_ABOVE


def _month(published: pd.Series) -> pd.Series:
    """'2016-09-12' -> '2016-09'; '' for undated."""
    return published.fillna("").astype(str).str.slice(0, 7)


def _outlet(articles: pd.DataFrame) -> pd.Series:
    return articles["outlet"].fillna("").astype(str).replace("", "(outlet unknown)") if "outlet" in articles \
        else pd.Series("(outlet unknown)", index=articles.index)


def _top_with_other(frame: pd.DataFrame, key: str, top: int, sums: list[str]) -> pd.DataFrame:
    """The ``top`` rows of ``frame`` (already ranked), the rest summed into one row "other (n)"."""
    if len(frame) <= top + 1:
        return frame                      # one row past the top is shown as itself, not as "1 others"
    head, rest = frame.head(top), frame.iloc[top:]
    other = {c: rest[c].sum() for c in sums}
    other[key] = f"{len(rest)} others"
    return pd.concat([head, pd.DataFrame([other])], ignore_index=True)


def _split(frame: pd.DataFrame, group: list[str], by: str, top: int = SPLIT_SHOWN) -> pd.Series:
    """Per ``group``, the counts of ``by`` as text: "CNN 5, Fox 3, 2 others 4"."""
    counts = frame.groupby(group + [by]).size().rename("n").reset_index()
    counts = counts.sort_values(group + ["n", by], ascending=[True] * len(group) + [False, True], kind="mergesort")
    counts["_rank"] = counts.groupby(group).cumcount()
    shown = counts[counts["_rank"] < top]
    text = shown.assign(_t=shown[by].astype(str) + " " + shown["n"].astype(str)).groupby(group)["_t"].agg(", ".join)
    rest = counts[counts["_rank"] >= top].groupby(group).agg(k=("n", "size"), n=("n", "sum"))
    rest_text = rest["k"].astype(str) + rest["k"].map(lambda k: " other " if k == 1 else " others ").astype(str) \
        + rest["n"].astype(str)
    return text.to_frame("t").join(rest_text.rename("r")).apply(
        lambda r: r["t"] + (", " + r["r"] if isinstance(r["r"], str) else ""), axis=1)


# ----------------------------------------------------------------------------- sources
SOURCES_SUMMARY_COLUMNS = ["by", "key", "articles", "words", "quotes", "claims", "figures", "first", "last"]


def sources_summary(data) -> pd.DataFrame:
    """The articles counted by outlet (most articles first) and by month (in order): articles,
    words and records found, first and last date.  At most :data:`TOP_GROUPS` outlets and months,
    the rest summed; the full list is ``data/articles.csv``."""
    a = data.articles.assign(_outlet=lambda f: _outlet(f), _month=lambda f: _month(f["published"]).replace("", "undated"),
                             words=lambda f: pd.to_numeric(f["words"], errors="coerce").fillna(0).astype(int))
    for table in ("quotes", "claims", "figures"):
        a[table] = a["article_id"].map(getattr(data, table).groupby("article_id").size()).fillna(0).astype(int)
    a["published"] = a["published"].fillna("").astype(str)
    parts = []
    for by, column in (("outlet", "_outlet"), ("month", "_month")):
        g = a.groupby(column).agg(articles=("article_id", "size"), words=("words", "sum"), quotes=("quotes", "sum"),
                                  claims=("claims", "sum"), figures=("figures", "sum"),
                                  first=("published", lambda p: min((x for x in p if x), default="")),
                                  last=("published", lambda p: max((x for x in p if x), default="")))
        g = g.reset_index().rename(columns={column: "key"})
        g = g.sort_values(["articles", "key"], ascending=[False, True]) if by == "outlet" else g.sort_values("key")
        if by == "month" and len(g) > TOP_GROUPS:   # many months: by year instead
            g = (a.assign(_year=a["_month"].str.slice(0, 4)).groupby("_year")
                 .agg(articles=("article_id", "size"), words=("words", "sum"), quotes=("quotes", "sum"),
                      claims=("claims", "sum"), figures=("figures", "sum")).reset_index().rename(columns={"_year": "key"}))
            by = "year"
        g = _top_with_other(g, "key", TOP_GROUPS, ["articles", "words", "quotes", "claims", "figures"])
        parts.append(g.assign(by=by))
    return _select(pd.concat(parts, ignore_index=True), SOURCES_SUMMARY_COLUMNS)


# ----------------------------------------------------------------------------- themes
THEMES_SUMMARY_COLUMNS = ["theme", "description", "position", "articles", "with_position", "article_id", "article",
                          "stance", "holder", "confidence", "evidence_text", "evidence_start", "evidence_end",
                          "by_outlet", "by_period"]


def themes_summary(data) -> pd.DataFrame:
    """Per theme and position (and "no clear position"): how many articles take it, the strongest
    evidence for it (the article with the highest confidence, then score), and the split by outlet
    and by month.  Positions in order of articles, themes in codebook order."""
    pos = data.positions
    if pos.empty:
        return pd.DataFrame(columns=THEMES_SUMMARY_COLUMNS)
    meta = data.articles.assign(_outlet=lambda f: _outlet(f), _period=lambda f: _month(f["published"]).replace("", "undated"))
    pos = pos.assign(position=pos["position"].fillna("").astype(str))
    stance = pos["stance"].fillna("").astype(str) if "stance" in pos else pd.Series("", index=pos.index)
    pos = pos.assign(position=pos["position"].where(pos["position"] != "", stance.where(stance == NO_CLEAR, "")))
    pos = pos[pos["position"] != ""].merge(meta[["article_id", "_outlet", "_period"]], on="article_id", how="left")
    if pos.empty:
        return pd.DataFrame(columns=THEMES_SUMMARY_COLUMNS)
    for column, default in (("confidence", 0.0), ("score", 0.0)):
        pos[column] = pd.to_numeric(pos[column], errors="coerce").fillna(default) if column in pos else default
    best = (pos.sort_values(["theme", "position", "confidence", "score", "article_id"],
                            ascending=[True, True, False, False, True], kind="mergesort")
            .drop_duplicates(["theme", "position"]))
    counts = pos.groupby(["theme", "position"]).size().rename("articles")
    held = pos[pos["position"] != NO_CLEAR].groupby("theme")["article_id"].nunique().rename("with_position")
    frame = best.set_index(["theme", "position"]).join(counts).reset_index()
    frame = frame.merge(held, on="theme", how="left")
    frame["with_position"] = frame["with_position"].fillna(0).astype(int)
    frame = frame.join(_split(pos, ["theme", "position"], "_outlet").rename("by_outlet"), on=["theme", "position"])
    frame = frame.join(_split(pos, ["theme", "position"], "_period").rename("by_period"), on=["theme", "position"])
    order = {theme: i for i, theme in enumerate(_theme_order(data))}
    frame = frame.assign(_order=frame["theme"].map(order).fillna(len(order)), _unclear=frame["position"] == NO_CLEAR)
    frame = frame.sort_values(["_order", "_unclear", "articles", "position"], ascending=[True, True, False, True],
                              kind="mergesort")
    descriptions = dict(zip(data.themes["theme"], data.themes["description"])) if len(data.themes) else {}
    frame["description"] = frame["theme"].map(descriptions).fillna("")
    frame = frame.assign(evidence_text=frame["evidence_text"].where(frame["position"] != NO_CLEAR, ""))
    return _with_labels(_select(frame, [c for c in THEMES_SUMMARY_COLUMNS if c != "article"]), data)


def disagreements_summary(data) -> pd.DataFrame:
    """Per theme, from the positions table: articles with a position, how many take each label, and
    how many pairs of articles differ (:func:`analysis.views.disagreement_summary`)."""
    from ..views import DISAGREEMENT_SUMMARY_COLUMNS, disagreement_summary

    if data.positions.empty:
        return pd.DataFrame(columns=DISAGREEMENT_SUMMARY_COLUMNS)
    frame = disagreement_summary(data.positions)
    return frame[frame["differing_article_pairs"] > 0].reset_index(drop=True)


# ----------------------------------------------------------------------------- figures
FIGURES_SUMMARY_COLUMNS = ["kind", "subject", "unit", "mentions", "articles", "low", "high", "denied", "who",
                           "low_article", "low_start", "low_end", "high_article", "high_start", "high_end"]


def _figures_summary(data, kinds) -> pd.DataFrame:
    """Figures of ``kinds`` grouped by kind, subject and unit: mentions, articles, lowest and highest
    value with their evidence, how many are denied, and who said what (the sources with the most
    mentions and their values).  Groups with a subject first, by articles; at most :data:`TOP_GROUPS`
    groups with a subject, and one row per kind for the figures without one."""
    f = stated_figures(data.figures)
    f = f[f["kind"].isin(kinds)]
    if f.empty:
        return pd.DataFrame(columns=FIGURES_SUMMARY_COLUMNS)
    subject = f["subject"].fillna("").astype(str) if "subject" in f else pd.Series("", index=f.index)
    f = f.assign(subject=subject, unit=f["unit"].fillna("").astype(str),
                 high=f["value_high"].fillna(f["value"]) if "value_high" in f else f["value"],
                 source=f["source"].fillna("").astype(str).replace("", "the author"))
    keys = ["kind", "subject", "unit"]
    g = f.groupby(keys).agg(mentions=("value", "size"), articles=("article_id", "nunique"), low=("value", "min"),
                            high=("high", "max"), denied=("denied", "sum")).reset_index()
    lows = f.sort_values(keys + ["value", "article_id"], kind="mergesort").drop_duplicates(keys)
    highs = f.sort_values(keys + ["high", "article_id"], ascending=[True] * 3 + [False, True],
                          kind="mergesort").drop_duplicates(keys)
    g = g.merge(lows[keys + ["article_id", "start", "end"]].set_axis(keys + ["low_article", "low_start", "low_end"],
                                                                     axis=1), on=keys)
    g = g.merge(highs[keys + ["article_id", "start", "end"]].set_axis(keys + ["high_article", "high_start", "high_end"],
                                                                      axis=1), on=keys)
    # who said what: per group, the sources with most mentions, each with its range of values
    by_source = f.groupby(keys + ["source"]).agg(n=("value", "size"), lo=("value", "min"), hi=("high", "max"))
    by_source = by_source.reset_index().sort_values(keys + ["n", "source"], ascending=[True] * 3 + [False, True],
                                                    kind="mergesort")
    by_source = by_source[by_source.groupby(keys).cumcount() < SPLIT_SHOWN]
    g = g.merge(by_source.groupby(keys).apply(lambda s: s[["source", "lo", "hi", "n"]].to_dict("records"),
                                              include_groups=False).rename("who").reset_index(), on=keys, how="left")
    named = g[g["subject"] != ""]
    named = named.sort_values(["articles", "mentions", "subject"], ascending=[False, False, True]).head(TOP_GROUPS)
    unnamed = (f[f["subject"] == ""].groupby("kind")
               .agg(mentions=("value", "size"), articles=("article_id", "nunique")).reset_index())
    frame = pd.concat([named, unnamed.assign(subject="", unit="", who=None)], ignore_index=True)
    return _select(frame, FIGURES_SUMMARY_COLUMNS)


def estimates_summary(data) -> pd.DataFrame:
    """Troop and worker estimates grouped by subject (see :func:`_figures_summary`)."""
    return _figures_summary(data, TROOP_KINDS)


def trade_summary(data) -> pd.DataFrame:
    """Trade values, money and percentages grouped by subject (see :func:`_figures_summary`)."""
    return _figures_summary(data, MONEY_KINDS + ("count",))


def conflicting_figures_summary(data, *, top: int = TOP_GROUPS) -> pd.DataFrame:
    """The ``top`` quantities with the widest conflict (highest ratio) of :func:`sections.conflicting_figures`."""
    from .sections import conflicting_figures

    frame = conflicting_figures(data)
    return frame.sort_values("ratio", ascending=False, kind="mergesort").head(top).reset_index(drop=True)


# ----------------------------------------------------------------------------- voices, timeline, vocabulary
VOICES_SUMMARY_COLUMNS = ["speaker", "quotes", "articles", "article_id", "article", "text", "start", "end"]


def voices_summary(data, *, top: int = TOP_VOICES) -> pd.DataFrame:
    """The ``top`` voices by entity ("Trump" and "Donald Trump" are one): quotations, articles, and
    the longest quotation as an example."""
    from ..entities import entity_labels

    q = data.quotes
    q = q[(q["kind"] != "scare") & (q["speaker"].fillna("") != "")]
    if q.empty:
        return pd.DataFrame(columns=VOICES_SUMMARY_COLUMNS)
    keys = entity_labels(q, "speaker", getattr(data, "entities", None))
    q = q.assign(_key=keys["key"].to_numpy(), speaker=keys["label"].to_numpy(), _length=q["text"].str.len())
    counts = q.groupby("_key").agg(quotes=("text", "size"), articles=("article_id", "nunique"))
    example = q.sort_values(["_key", "_length", "article_id"], ascending=[True, False, True],
                            kind="mergesort").drop_duplicates("_key").set_index("_key")
    frame = counts.join(example[["speaker", "article_id", "text", "start", "end"]]).reset_index()
    frame = frame.sort_values(["quotes", "articles", "speaker"], ascending=[False, False, True]).head(top)
    return _with_labels(_select(frame, [c for c in VOICES_SUMMARY_COLUMNS if c != "article"]), data)


TIMELINE_SUMMARY_COLUMNS = ["normalized", "articles", "mentions", "article_id", "article", "sentence", "start", "end"]


def timeline_summary(data, *, top: int = TOP_EVENTS) -> pd.DataFrame:
    """One row per dated event (a day, month or season), mentions in all articles merged: how many
    articles date it, and the sentence of its first mention in the earliest article.  The ``top``
    events most articles date, in date order."""
    d = event_rows(data)
    if d.empty:
        return pd.DataFrame(columns=TIMELINE_SUMMARY_COLUMNS)
    published = data.articles.set_index("article_id")["published"].fillna("").astype(str)
    d = d.assign(_published=d["article_id"].map(published).fillna(""))
    g = d.groupby("normalized").agg(articles=("article_id", "nunique"), mentions=("start", "size"))
    g = g.sort_values(["articles", "mentions"], ascending=False, kind="mergesort").head(top)
    first = (d[d["normalized"].isin(g.index)]
             .sort_values(["normalized", "_published", "article_id", "start"], kind="mergesort")
             .drop_duplicates("normalized"))
    first = sentence_context(data.sentences, first[["normalized", "article_id", "start", "end"]])
    frame = g.join(first.set_index("normalized")).reset_index().sort_values("normalized", kind="mergesort")
    frame = _with_labels(_select(frame, [c for c in TIMELINE_SUMMARY_COLUMNS if c != "article"]), data)
    return frame.assign(when=frame["normalized"].map(when))


VOCABULARY_SUMMARY_COLUMNS = ["term", "articles", "example_articles"]


def vocabulary_summary(data, *, top: int = 30, per_article: int = 8) -> pd.DataFrame:
    """The words most often among an article's ``per_article`` most distinctive, with how many
    articles they mark and up to three of them."""
    terms = data.distinctive_terms
    if terms.empty:
        return pd.DataFrame(columns=VOCABULARY_SUMMARY_COLUMNS)
    z = "log_odds_z" if "log_odds_z" in terms.columns else terms.select_dtypes("number").columns[0]
    picked = (terms.sort_values(["article_id", z, "term"], ascending=[True, False, True])
              .groupby("article_id", sort=True).head(per_article))
    labels = article_labels(data.articles)
    picked = picked.assign(_label=picked["article_id"].astype(str).map(labels))
    g = picked.groupby("term").agg(articles=("article_id", "nunique"),
                                   example_articles=("_label", lambda s: ", ".join(list(s)[:3])))
    g = g.reset_index().sort_values(["articles", "term"], ascending=[False, True]).head(top)
    return _select(g, VOCABULARY_SUMMARY_COLUMNS)


SUMMARIES: dict[str, Callable[..., pd.DataFrame]] = {
    "sources": sources_summary, "themes": themes_summary, "disagreements": disagreements_summary,
    "estimates": estimates_summary, "trade": trade_summary, "conflicting_figures": conflicting_figures_summary,
    "voices": voices_summary, "timeline": timeline_summary, "vocabulary": vocabulary_summary,
}
