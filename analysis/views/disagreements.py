"""Disagreements: pairs of differing positions on the same theme, with the evidence for each side."""
from __future__ import annotations

import pandas as pd

from .positions import theme_order

DISAGREEMENT_COLUMNS = [
    "theme",
    "position_a", "article_a", "stance_a", "holder_a", "evidence_a", "evidence_a_start", "evidence_a_end",
    "articles_a",
    "position_b", "article_b", "stance_b", "holder_b", "evidence_b", "evidence_b_start", "evidence_b_end",
    "articles_b", "article_pairs",
]


def disagreements(positions: pd.DataFrame) -> pd.DataFrame:
    """Pairs of differing positions on the same theme, with the evidence for each side.

    One row per theme and pair of distinct positions (so the table grows with the
    codebook, not with the square of the corpus).  ``article_a``/``article_b`` is the
    article holding that position most strongly; ``articles_a``/``articles_b`` lists all, and
    ``article_pairs`` counts the pairs of articles that differ this way.  Built from the
    positions table alone, so it never contradicts it (see :func:`disagreement_summary`).

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
                    "article_pairs": len(all_a.split(", ")) * len(all_b.split(", ")),
                })
    return pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)


DISAGREEMENT_SUMMARY_COLUMNS = ["theme", "articles_with_position", "labels", "differing_article_pairs",
                                "differing_label_pairs"]


def disagreement_summary(positions: pd.DataFrame) -> pd.DataFrame:
    """Per theme, from the positions table alone: the articles with a position, how many take each
    label, and how many pairs of articles (and of labels) differ.  Themes with the most differing
    article pairs first; an abstention ("no clear position") is no position, so it never counts.

    The counts agree with :func:`disagreements` by construction: ``differing_label_pairs`` is its
    number of rows for the theme, ``differing_article_pairs`` the sum of its ``article_pairs``.
    """
    held = positions[positions["position"].fillna("") != ""]
    rows = []
    for i, theme in enumerate(theme_order(held)):
        counts = held.loc[held["theme"] == theme, "position"].value_counts()
        n = int(counts.sum())
        same = int(sum(c * (c - 1) // 2 for c in counts))
        rows.append({"theme": theme, "articles_with_position": n,
                     "labels": "; ".join(f"{label} ({c})" for label, c in sorted(counts.items(), key=lambda x: (-x[1], x[0]))),
                     "differing_article_pairs": n * (n - 1) // 2 - same,
                     "differing_label_pairs": len(counts) * (len(counts) - 1) // 2, "_order": i})
    frame = pd.DataFrame(rows, columns=DISAGREEMENT_SUMMARY_COLUMNS + ["_order"])
    frame = frame.sort_values(["differing_article_pairs", "_order"], ascending=[False, True], kind="mergesort")
    return frame.drop(columns="_order").reset_index(drop=True)


def disagree_most(positions: pd.DataFrame, n: int = 3) -> list[str]:
    """The themes the articles disagree most on (most differing article pairs; ties in codebook
    order), at most ``n``; themes where every article with a position agrees are never listed.

    >>> disagree_most(article_positions(tables))      # doctest: +SKIP
    ['relationship framing', "China's role"]
    """
    summary = disagreement_summary(positions)
    return summary.loc[summary["differing_article_pairs"] > 0, "theme"].head(n).tolist()
