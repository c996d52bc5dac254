"""The view shift: each theme's positions in order of publication, and where they change."""
from __future__ import annotations

import pandas as pd

from .inputs import clean_text
from .positions import NO_CLEAR_POSITION, theme_order

SHIFT_COLUMNS = ["theme", "published", "article_id", "position", "stance", "holder", "certainty", "changed"]


def view_shift(positions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Each theme's positions ordered by publication date (undated articles last), with the
    articles that have "no clear position" (``position`` empty, ``stance`` says so).

    ``changed`` is True when the position differs from the previous dated article's on
    that theme.  ISO dates of any precision sort correctly as text ("2020-05" < "2022-09-30").
    """
    # positions held, and articles whose evidence is split ("no clear position": shown, never a change)
    unclear = positions["stance"].fillna("") == NO_CLEAR_POSITION if "stance" in positions else False
    held = positions[(positions["position"].fillna("") != "") | unclear]
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
        changed.append(bool(r.position) and previous is not None and previous != r.position)
        if r.published and r.position:
            last[r.theme] = r.position
    merged["changed"] = changed
    return merged[SHIFT_COLUMNS].reset_index(drop=True)


SHIFT_STORY_COLUMNS = [
    "theme", "sentence", "summary", "n_dated", "changed", "same_source", "inferred_dates",
    "earliest_article", "earliest_published", "earliest_position", "earliest_evidence",
    "latest_article", "latest_published", "latest_position", "latest_evidence",
]
EVIDENCE_CHARS = 200


def _quote(text: str) -> str:
    text = " ".join(str(text).split())
    return "“" + (text if len(text) <= EVIDENCE_CHARS else text[:EVIDENCE_CHARS - 1].rstrip() + "…") + "”"


def _stop(text: str) -> str:
    """A full stop, unless the text already ends on one inside its closing quote (“... words.”)."""
    return text if text.endswith((".”", "!”", "?”", "…”")) else text + "."


def _holds(r) -> str:
    if r["stance"] == "reported" and r["holder"]:
        return f"reports {' and '.join(h.strip() for h in str(r['holder']).split(';'))} holding “{r['position']}”"
    return f"holds “{r['position']}”"


def _source(r) -> tuple[str, str]:
    """Who wrote an article, as ``(kind, name)``: its author, else its outlet, else ``("", "")``
    (unknown).  A change of position is a change of view only within one source."""
    author, outlet = clean_text(r.get("author", "")), clean_text(r.get("outlet", ""))
    if author:
        return "author", author
    if outlet:
        return "outlet", outlet
    return "", ""


def _same_source(a, b) -> str:
    """ "author" or "outlet" when two articles share their author (or, without authors, their outlet);
    "" when they differ or either is unknown."""
    sa, sb = _source(a), _source(b)
    if not sa[0] or not sb[0] or sa[0] != sb[0] or sa[1].lower() != sb[1].lower():
        return ""
    return sa[0]


def _run(path: list[str]) -> str:
    return ", then ".join(f"“{p}”" for p in path)


NAMED_RUN = 8               # up to this many dated articles, the order of positions names each article


def _named_run(records: list[dict]) -> str:
    """ "“x” in a (2020-05), then “y” in b (2022) and c (2023)": consecutive articles holding one
    position, in order of publication."""
    runs: list[tuple[str, list[dict]]] = []
    for r in records:
        if runs and runs[-1][0] == r["position"]:
            runs[-1][1].append(r)
        else:
            runs.append((r["position"], [r]))
    return ", then ".join(f"“{p}” in " + " and ".join(f"{r['article_id']} ({r['published']})" for r in group)
                          for p, group in runs)


def _moves_within_sources(records: list[dict]) -> list[str]:
    """ "Within one author, Jane Doe: “x” (2020-05) then “y” (2024-11-02)." for each source whose own
    dated articles change position (the only change that is a change of view)."""
    by_source: dict[tuple[str, str], list[dict]] = {}
    for r in records:
        kind, name = _source(r)
        if kind:
            by_source.setdefault((kind, name.lower()), []).append(r)
    out = []
    for (kind, _), group in by_source.items():
        if len(group) > 1 and len({r["position"] for r in group}) > 1:
            name = _source(group[0])[1]
            out.append(f"Within one {kind}, {name}: " + ", then ".join(
                f"“{r['position']}” in {r['article_id']} ({r['published']})" for r in group) + ".")
    return out


def describe_shift(positions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """How each theme's positions moved from the earliest to the latest dated article, in words.

    One row per theme with a dated position: a ``sentence`` naming the earliest and the latest
    article's position with its evidence and what lies between, and a short ``summary`` of the same
    (for a bottom line).  A change is called a move only when the two articles share their author
    (or, without authors, their outlet: ``same_source``); between different or unknown sources it is
    told as earlier articles holding one position and later ones another, which is no change of view.
    A source whose own articles change position is named.  ``inferred_dates`` flags a date the order
    rests on that was inferred (``published_basis`` "inferred") rather than stated.  The sentences
    are templates filled from the tables; they state no finding of their own.

    >>> describe_shift(positions, tables.articles)["sentence"].tolist()    # doctest: +SKIP
    """
    held = positions[positions["position"].fillna("") != ""]
    meta = articles.copy()
    meta["published"] = meta["published"].map(clean_text) if "published" in meta else ""
    for column in ("author", "outlet"):
        meta[column] = meta[column].map(clean_text) if column in meta else ""
    basis = dict(zip(meta["article_id"], meta["published_basis"].map(clean_text))) if "published_basis" in meta else {}
    dated = held.merge(meta[["article_id", "published", "author", "outlet"]], on="article_id", how="left")
    dated["published"] = dated["published"].fillna("")
    dated = dated[dated["published"] != ""]
    rows = []
    for theme in theme_order(held):
        group = dated[dated["theme"] == theme].sort_values(["published", "article_id"], kind="mergesort")
        if group.empty:
            continue
        records = group.to_dict("records")
        first, last = records[0], records[-1]
        inferred = sorted({r["article_id"] for r in records if basis.get(r["article_id"]) == "inferred"})
        same = _same_source(first, last) if len(records) > 1 else ""
        if len(records) == 1:
            sentence = _stop(f"On {theme}, only one dated article takes a position: {first['article_id']} "
                             f"({first['published']}) {_holds(first)}: {_quote(first['evidence_text'])}")
            summary = f"On {theme}, only one dated article takes a position, so there is no change to tell."
        else:
            path = [records[0]["position"]]
            for r in records[1:]:
                if r["position"] != path[-1]:
                    path.append(r["position"])
            sentence = (f"On {theme}, the earliest article with a position, {first['article_id']} "
                        f"({first['published']}), {_holds(first)}: {_quote(first['evidence_text'])}; the latest, "
                        f"{last['article_id']} ({last['published']}), {_holds(last)}: {_quote(last['evidence_text'])}")
            sentence = _stop(sentence)
            n = f"{len(records)} dated articles"
            if len(path) == 1:
                sentence += f" All {n} with a position hold “{path[0]}”: no change over time."
                summary = f"On {theme}, all {n} with a position hold “{path[0]}”, earliest to latest."
            elif same:
                name = _source(first)[1]
                verb = "returns to" if first["position"] == last["position"] else "moves from"
                what = (f"“{first['position']}” after {_run(path[1:-1])}" if verb == "returns to"
                        else f"“{first['position']}” to “{last['position']}”")
                order = _named_run(records) if len(records) <= NAMED_RUN else _run(path)
                sentence += (f" Both are by the same {same}, {name}, whose position {verb} {what}"
                             f" (in order of publication, all {n} from every source: {order}).")
                summary = (f"On {theme}, the position of {name} {verb} {what} between {first['article_id']} and "
                           f"{last['article_id']}.")
            else:
                who = ("different authors or outlets" if _source(first)[0] and _source(last)[0]
                       else "authors or outlets not both known")
                order = _named_run(records) if len(records) <= NAMED_RUN else _run(path)
                sentence += (f" In order of publication ({n}): {order}. The earliest and the"
                             f" latest are by {who}, so this is a difference between earlier and later articles,"
                             f" not a change of view.")
                summary = (f"On {theme}, the earliest dated article, {first['article_id']}, {_holds(first)}, and the"
                           f" latest, {last['article_id']}, {_holds(last)}; they are by {who}, so this is no change"
                           f" of view.")
            moves = _moves_within_sources(records)
            if moves and not (same and len(moves) == 1):
                sentence += " " + " ".join(moves)
        if inferred:
            sentence += (f" The order rests on an inferred date ({inferred[0]}), not one stated in the article."
                         if len(inferred) == 1 else
                         f" The order rests on {len(inferred)} inferred dates, not stated in the articles"
                         f" ({', '.join(inferred[:2])}{f' and {len(inferred) - 2} more' if len(inferred) > 2 else ''}).")
        rows.append({"theme": theme, "sentence": sentence, "summary": summary, "n_dated": len(records),
                     "changed": len({r["position"] for r in records}) > 1, "same_source": bool(same),
                     "inferred_dates": bool(inferred),
                     "earliest_article": first["article_id"], "earliest_published": first["published"],
                     "earliest_position": first["position"], "earliest_evidence": first["evidence_text"],
                     "latest_article": last["article_id"], "latest_published": last["published"],
                     "latest_position": last["position"], "latest_evidence": last["evidence_text"]})
    return pd.DataFrame(rows, columns=SHIFT_STORY_COLUMNS)
