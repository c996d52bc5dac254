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


SHIFT_STORY_COLUMNS = [
    "theme", "sentence", "n_dated", "changed", "inferred_dates",
    "earliest_article", "earliest_published", "earliest_position", "earliest_evidence",
    "latest_article", "latest_published", "latest_position", "latest_evidence",
]
EVIDENCE_CHARS = 200


def _quote(text: str) -> str:
    text = " ".join(str(text).split())
    return "“" + (text if len(text) <= EVIDENCE_CHARS else text[:EVIDENCE_CHARS - 1].rstrip() + "…") + "”"


def _holds(r) -> str:
    if r["stance"] == "reported" and r["holder"]:
        return f"reports {' and '.join(h.strip() for h in str(r['holder']).split(';'))} holding “{r['position']}”"
    return f"holds “{r['position']}”"


def describe_shift(positions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """How each theme's positions moved from the earliest to the latest dated article, in words.

    One row per theme with a dated position: a ``sentence`` naming the earliest and the latest
    article's position with its evidence, whether it changed and through which positions, and a
    flag when a date it rests on was inferred (``published_basis`` "inferred") rather than stated.
    The sentences are templates filled from the tables; they state no finding of their own.

    >>> describe_shift(positions, tables.articles)["sentence"].tolist()    # doctest: +SKIP
    """
    held = positions[positions["position"].fillna("") != ""]
    meta = articles.copy()
    meta["published"] = meta["published"].map(clean_text) if "published" in meta else ""
    basis = dict(zip(meta["article_id"], meta["published_basis"].map(clean_text))) if "published_basis" in meta else {}
    dated = held.merge(meta[["article_id", "published"]], on="article_id", how="left")
    dated["published"] = dated["published"].fillna("")
    dated = dated[dated["published"] != ""]
    rows = []
    for theme in theme_order(held):
        group = dated[dated["theme"] == theme].sort_values(["published", "article_id"], kind="mergesort")
        if group.empty:
            continue
        records = group.to_dict("records")
        first, last = records[0], records[-1]
        inferred = sorted({r["article_id"] for r in (first, last) if basis.get(r["article_id"]) == "inferred"})
        if len(records) == 1:
            sentence = (f"On {theme}, only one dated article takes a position: {first['article_id']} "
                        f"({first['published']}) {_holds(first)}: {_quote(first['evidence_text'])}.")
        else:
            path = [records[0]["position"]]
            for r in records[1:]:
                if r["position"] != path[-1]:
                    path.append(r["position"])
            sentence = (f"On {theme}, the earliest article with a position, {first['article_id']} "
                        f"({first['published']}), {_holds(first)}: {_quote(first['evidence_text'])}; the latest, "
                        f"{last['article_id']} ({last['published']}), {_holds(last)}: {_quote(last['evidence_text'])}.")
            if len(path) == 1:
                sentence += f" All {len(records)} dated articles with a position hold “{path[0]}”."
            elif first["position"] == last["position"]:
                sentence += (f" The position returns to “{first['position']}” after "
                             + ", ".join(f"“{p}”" for p in path[1:-1]) + f" ({len(records)} dated articles).")
            else:
                sentence += (f" The position moves from “{first['position']}” to “{last['position']}”"
                             + (" by way of " + ", ".join(f"“{p}”" for p in path[1:-1]) if len(path) > 2 else "")
                             + f" ({len(records)} dated articles).")
        if inferred:
            sentence += (f" The date of {inferred[0]} is inferred, not stated." if len(inferred) == 1 else
                         f" The dates of {' and '.join(inferred)} are inferred, not stated.")
        rows.append({"theme": theme, "sentence": sentence, "n_dated": len(records),
                     "changed": len({r["position"] for r in records}) > 1, "inferred_dates": bool(inferred),
                     "earliest_article": first["article_id"], "earliest_published": first["published"],
                     "earliest_position": first["position"], "earliest_evidence": first["evidence_text"],
                     "latest_article": last["article_id"], "latest_published": last["published"],
                     "latest_position": last["position"], "latest_evidence": last["evidence_text"]})
    return pd.DataFrame(rows, columns=SHIFT_STORY_COLUMNS)
