"""Disagreements: pairs of differing positions on the same theme, with the evidence for each side."""
from __future__ import annotations

import pandas as pd

from .positions import theme_order

DISAGREEMENT_COLUMNS = [
    "theme",
    "position_a", "article_a", "stance_a", "holder_a", "evidence_a", "evidence_a_start", "evidence_a_end",
    "articles_a",
    "position_b", "article_b", "stance_b", "holder_b", "evidence_b", "evidence_b_start", "evidence_b_end",
    "articles_b",
]


def disagreements(positions: pd.DataFrame) -> pd.DataFrame:
    """Pairs of differing positions on the same theme, with the evidence for each side.

    One row per theme and pair of distinct positions (so the table grows with the
    codebook, not with the square of the corpus).  ``article_a``/``article_b`` is the
    article holding that position most strongly; ``articles_a``/``articles_b`` lists all.

    >>> disagreements(article_positions(tables))[["theme", "position_a", "position_b"]]   # doctest: +SKIP
    """
    held = positions[positions["position"].fillna("") != ""]
    rows = []
    for theme in theme_order(held):
        group = held[held["theme"] == theme]
        best = {}
        for label, by_label in group.groupby("position", sort=True):
            ranked = by_label.sort_values(["score", "article_id"], ascending=[False, True], kind="mergesort")
            best[label] = (ranked.iloc[0], ", ".join(sorted(by_label["article_id"])))
        labels = sorted(best, key=lambda lab: (best[lab][0]["article_id"], lab))
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                ra, all_a = best[a]
                rb, all_b = best[b]
                rows.append({
                    "theme": theme,
                    "position_a": a, "article_a": ra["article_id"], "stance_a": ra["stance"], "holder_a": ra["holder"],
                    "evidence_a": ra["evidence_text"], "evidence_a_start": int(ra["evidence_start"]),
                    "evidence_a_end": int(ra["evidence_end"]), "articles_a": all_a,
                    "position_b": b, "article_b": rb["article_id"], "stance_b": rb["stance"], "holder_b": rb["holder"],
                    "evidence_b": rb["evidence_text"], "evidence_b_start": int(rb["evidence_start"]),
                    "evidence_b_end": int(rb["evidence_end"]), "articles_b": all_b,
                })
    return pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)
