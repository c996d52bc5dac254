"""Figures compared across articles: the estimates table and conflicting estimates.

Two figures are estimates of the *same quantity* when they have the same kind
(troop_estimate, labor_estimate, trade_value...), the same unit and, where both
say, the same period.  They *conflict* when they come from different articles
and their ranges do not overlap within a tolerance.
"""
from __future__ import annotations

import pandas as pd

ESTIMATE_KINDS = ("troop_estimate", "labor_estimate", "trade_value", "money", "percentage")


def estimates_table(figures: pd.DataFrame, *, kinds=("troop_estimate", "labor_estimate")) -> pd.DataFrame:
    """Every estimate of the given kinds with its range, hedge and who states it, sorted by kind and value.

    >>> estimates_table(tables.figures)[["text", "value", "value_high", "hedge", "source"]]   # doctest: +SKIP
    """
    rows = figures[figures["kind"].isin(kinds)].copy()
    rows["source"] = rows["source"].fillna("").replace("", "(the author)")
    rows["hedge"] = rows["hedge"].fillna("")
    cols = ["kind", "article_id", "start", "end", "text", "value", "value_high", "unit", "hedge", "source", "refers_to"]
    return rows[cols].sort_values(["kind", "value", "article_id", "start"], kind="mergesort").reset_index(drop=True)


def _bounds(row) -> tuple[float, float]:
    high = row.value_high if pd.notna(row.value_high) else row.value
    return float(row.value), float(high)


def conflicting_estimates(figures: pd.DataFrame, *, tolerance: float = 0.10,
                          kinds: tuple[str, ...] = ESTIMATE_KINDS) -> pd.DataFrame:
    """Pairs of estimates of the same quantity, from different articles, that do not agree.

    Ranges that overlap once widened by ``tolerance`` (10 %) agree; otherwise the
    pair is flagged with the ratio of the larger to the smaller value.
    """
    cols = ["kind", "unit", "refers_to", "article_a", "text_a", "value_a", "start_a", "end_a", "source_a",
            "article_b", "text_b", "value_b", "start_b", "end_b", "source_b", "ratio"]
    rows = figures[figures["kind"].isin(kinds)].dropna(subset=["value"])
    out = []
    for (kind, unit), group in rows.groupby(["kind", "unit"], sort=True, dropna=False):
        items = list(group.sort_values(["article_id", "start"]).itertuples())
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                if a.article_id == b.article_id:
                    continue
                ra, rb = str(a.refers_to or ""), str(b.refers_to or "")
                if kind not in ("troop_estimate", "labor_estimate") and ra != rb:
                    continue  # money and percentages only compare for the same period
                if ra and rb and not (ra.startswith(rb) or rb.startswith(ra)):
                    continue
                (lo_a, hi_a), (lo_b, hi_b) = _bounds(a), _bounds(b)
                if lo_a <= hi_b * (1 + tolerance) and lo_b <= hi_a * (1 + tolerance):
                    continue
                small, large = sorted([max(abs(hi_a), 1e-12), max(abs(hi_b), 1e-12)])
                out.append({
                    "kind": kind, "unit": unit, "refers_to": ra or rb,
                    "article_a": a.article_id, "text_a": a.text, "value_a": a.value, "start_a": a.start, "end_a": a.end,
                    "source_a": a.source or "",
                    "article_b": b.article_id, "text_b": b.text, "value_b": b.value, "start_b": b.start, "end_b": b.end,
                    "source_b": b.source or "",
                    "ratio": round(max(abs(lo_a), abs(lo_b), large) / max(min(abs(lo_a), abs(lo_b)), 1e-12), 2)
                    if min(abs(lo_a), abs(lo_b)) else float("inf"),
                })
    return pd.DataFrame(out, columns=cols)
