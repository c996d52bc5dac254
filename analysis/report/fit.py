"""The briefing's sections on the codebook itself and on change: whether the codebook fits the
corpus, the themes found in the corpus when it does not, and how positions moved over time.
"""
from __future__ import annotations

import re
from typing import Optional

import pandas as pd

from .frames import AGGREGATE_ABOVE, _select, _with_labels
from .labels import article_labels

FIT_SHOWN = ("sentences", "sentence_share", "articles_matched", "articles_with_position", "articles_no_clear_position")


def theme_fit_rows(data) -> pd.DataFrame:
    """Methods rows (topic "theme fit"): per theme, the share of sentences it matches and the
    articles with a position, as ``detail`` text; the numbers are in themes.csv."""
    t = data.themes
    if t.empty or "sentence_share" not in t.columns:
        return pd.DataFrame(columns=["topic", "article_id", "file", "detail"])
    share = pd.to_numeric(t["sentence_share"], errors="coerce").fillna(0)
    n = {c: pd.to_numeric(t[c], errors="coerce").fillna(0).astype(int) if c in t else pd.Series(0, index=t.index)
         for c in FIT_SHOWN}
    articles = lambda k: n[k].astype(str) + n[k].map(lambda v: " article" if v == 1 else " articles")
    detail = (t["theme"].astype(str) + ": " + (share * 100).round(1).astype(str) + "% of sentences ("
              + n["sentences"].astype(str) + "), " + articles("articles_matched") + " matched, "
              + n["articles_with_position"].astype(str) + " with a position, "
              + n["articles_no_clear_position"].astype(str) + " with no clear position")
    return pd.DataFrame({"topic": "theme fit", "article_id": "", "file": "", "detail": detail})


def codebook_fit(data) -> pd.DataFrame:
    """One row: whether the theme codebook fits this corpus (``fits``) and why (``reason``),
    from :func:`analysis.views.codebook_fits` on the themes table.  A themes table without the
    fit columns (an older build) is taken to fit."""
    from ..views import codebook_fits

    if "sentence_share" not in data.themes.columns:
        return pd.DataFrame([{"fits": True, "reason": ""}])
    frame = data.themes.assign(**{c: pd.to_numeric(data.themes[c], errors="coerce").fillna(0)
                                  for c in FIT_SHOWN if c in data.themes})
    verdict = codebook_fits(frame)
    return pd.DataFrame([{"fits": bool(verdict.fits), "reason": verdict.reason}])


def discovered(data) -> dict:
    """:func:`analysis.views.discover_themes` of ``data``, computed once per data (the section and
    the bottom line both use it; it is the slowest view)."""
    from ..views import discover_themes

    cache = data.__dict__.setdefault("views", {})
    if "_discovered" not in cache:
        # the build's distinctive terms (10 per article) hold the 8 the discovered themes show
        terms = cache.get("distinctive_terms")
        usable = terms is not None and {"article_id", "term", "log_odds_z"} <= set(terms.columns)
        cache["_discovered"] = discover_themes(data, terms=terms if usable else None)
    return cache["_discovered"]


def codebook_misfits(data) -> bool:
    """Whether the codebook does not fit (:func:`codebook_fit`): then no finding of the bottom line
    rests on its positions."""
    return not bool(codebook_fit(data).at[0, "fits"])


DISCOVERED_SECTION_COLUMNS = ["theme_id", "name", "top_terms", "n_sentences", "n_articles", "article_id", "article",
                              "sentence", "start", "end", "terms"]


def discovered_themes(data, *, per_theme: Optional[int] = None, n_terms: int = 6, force: bool = False) -> pd.DataFrame:
    """When the codebook does not fit (or ``force``): themes found in the corpus itself
    (:func:`analysis.views.discover_themes`), one row per theme and article discussing it — at most
    ``per_theme`` articles (8, or 5 for a corpus the briefing aggregates), those with most sentences
    on it — with the article's representative sentence (``start``/``end``) and its distinctive
    ``terms``.  Empty when the codebook fits."""
    if per_theme is None:
        per_theme = 5 if len(data.articles) > AGGREGATE_ABOVE else 8
    if not force and bool(codebook_fit(data).at[0, "fits"]):
        return pd.DataFrame(columns=DISCOVERED_SECTION_COLUMNS)
    found = discovered(data)
    themes_, per_article = found["themes"], found["articles"]
    if themes_.empty:
        return pd.DataFrame(columns=DISCOVERED_SECTION_COLUMNS)
    terms = found["terms"]
    if len(terms):
        z = "log_odds_z" if "log_odds_z" in terms else "z"
        top = (terms.sort_values(["article_id", z, "term"], ascending=[True, False, True])
               .groupby("article_id", sort=False).head(n_terms))
        joined = top.groupby("article_id")["term"].agg(", ".join)
    else:
        joined = pd.Series(dtype=str)
    picked = (per_article.sort_values(["theme_id", "n_sentences", "article_id"], ascending=[True, False, True],
                                      kind="mergesort").groupby("theme_id", sort=False).head(per_theme))
    frame = picked.drop(columns=["n_sentences"]).merge(
        themes_[["theme_id", "name", "top_terms", "n_sentences", "n_articles"]], on="theme_id", how="right")
    frame["terms"] = frame["article_id"].map(joined).fillna("")
    frame = frame.sort_values(["theme_id"], kind="mergesort")
    frame["article_id"] = frame["article_id"].fillna("").astype(str)
    return _with_labels(_select(frame, [c for c in DISCOVERED_SECTION_COLUMNS if c != "article"]), data)


SHIFT_STORY_SHOWN = ["theme", "sentence", "summary", "n_dated", "changed", "same_source", "inferred_dates", "earliest_article",
                     "earliest_start", "earliest_end", "latest_article", "latest_start", "latest_end"]


def shift_story(data) -> pd.DataFrame:
    """Per theme, how positions moved from the earliest to the latest dated article, in words
    (:func:`analysis.views.describe_shift`), with article ids replaced by their labels and the
    earliest and latest evidence spans for links.  ``inferred_dates`` flags a date inferred."""
    from ..views import describe_shift

    story = data.shift_story
    if story.empty and len(data.positions):
        story = describe_shift(data.positions, data.articles)
    if story.empty:
        return pd.DataFrame(columns=SHIFT_STORY_SHOWN)
    labels = article_labels(data.articles)
    evidence = data.positions.set_index(["theme", "article_id"])[["evidence_start", "evidence_end"]]
    story = story.copy()
    for end in ("earliest", "latest"):
        keys = list(zip(story["theme"], story[f"{end}_article"].astype(str)))
        found = evidence.reindex(keys)
        story[f"{end}_start"] = found["evidence_start"].to_numpy()
        story[f"{end}_end"] = found["evidence_end"].to_numpy()

    ids = sorted(labels, key=len, reverse=True)

    def relabel(text: str) -> str:
        # every article the sentence names (the earliest, the latest, a source's own articles)
        for aid in ids:
            if aid not in text:
                continue
            label = labels[aid]
            # the label carries the date ("Jane Doe (~2020-05)", '~' when inferred): it replaces the
            # id and the date the sentence adds in brackets
            text = re.sub(rf"(?<![\w-]){re.escape(aid)}(?![\w-])(?: \([^()]*\))?", lambda m: label, text)
        return text

    story["sentence"] = [relabel(str(t)) for t in story["sentence"]]
    if "summary" in story:
        story["summary"] = [relabel(str(t)) for t in story["summary"]]
    return _select(story, SHIFT_STORY_SHOWN)
