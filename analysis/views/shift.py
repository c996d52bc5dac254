"""The view shift: each theme's positions in order of publication, and where they change."""
from __future__ import annotations

import pandas as pd

from .inputs import clean_text
from .positions import theme_order

SHIFT_COLUMNS = ["theme", "published", "article_id", "position", "stance", "holder", "certainty", "changed"]


def view_shift(positions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Each theme's positions ordered by publication date (undated articles last).

    ``changed`` is True when the position differs from the previous dated article's on
    that theme.  ISO dates of any precision sort correctly as text ("2020-05" < "2022-09-30").
    """
    held = positions[positions["position"].fillna("") != ""]
    dates = articles[["article_id", "published"]].copy() if "published" in articles else pd.DataFrame(
        {"article_id": articles["article_id"], "published": ""})
    dates["published"] = dates["published"].map(clean_text)
    merged = held.merge(dates, on="article_id", how="left")
    merged["published"] = merged["published"].fillna("")
    order = {t: i for i, t in enumerate(theme_order(held))}
    merged["_t"] = merged["theme"].map(order)
    merged["_undated"] = merged["published"] == ""
    merged = merged.sort_values(["_t", "_undated", "published", "article_id"], kind="mergesort")
    changed, last = [], {}
    for r in merged.itertuples(index=False):
        previous = last.get(r.theme)
        changed.append(previous is not None and previous != r.position)
        if r.published:
            last[r.theme] = r.position
    merged["changed"] = changed
    return merged[SHIFT_COLUMNS].reset_index(drop=True)
