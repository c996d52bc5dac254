"""One function per chart the notebooks show.  Each takes tables, returns a matplotlib Figure.

Charts never parse text: they only read the extracted tables, so every mark can be
traced to a row (and through its ``start``/``end`` to a sentence).  An empty input
gives a small figure that says so, instead of an error, so a corpus without (say)
troop estimates still builds.

Importing this module leaves matplotlib's backend alone: a notebook keeps its inline
backend, a script gets matplotlib's default, and the build sets its own.  Names from the
articles (authors, speakers, file names) are text, never mathtext: a ``$`` in them is drawn
as a dollar sign (:data:`STYLE`).
"""
from __future__ import annotations

import functools
from typing import Optional

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.text import Text

from .nlp import hedge_class
from .report.labels import article_labels
from .views.positions import NO_CLEAR_POSITION

PALETTE = "colorblind"
HEDGE_MARKERS = {"alleged": "s", "speculated": "D", "denied": "X", "hedged": "^", "stated": "o"}
# Settings every chart is drawn with, inside set_theme or not.  An author "Bob $\foo{$" or a file
# "$x}$.txt" is a label like any other: with mathtext on, the first fails to draw and the second
# is drawn as math.
STYLE = {"text.parse_math": False}

__all__ = ["article_colors", "article_labels", "hedge_class", "period_to_timestamp", "set_theme", "chart_corpus",
           "chart_estimates", "chart_hedging", "chart_quote_kinds", "chart_speakers", "chart_theme_matrix",
           "chart_timeline", "chart_trade_values", "chart_view_shift"]


def set_theme() -> None:
    """The house style: white grid, readable sizes, a colour-blind-safe palette, fixed fonts, no mathtext."""
    sns.set_theme(style="whitegrid", context="notebook", palette=PALETTE,
                  rc={"figure.dpi": 100, "savefig.dpi": 110, "font.family": "DejaVu Sans",
                      "axes.titleweight": "bold", "axes.titlesize": 12, "figure.autolayout": False,
                      "svg.hashsalt": "briefing", **STYLE})


def _plain_log_ticks(axis, label) -> None:
    """Label a log axis at powers of ten with ``label(value)``, and no minor labels: the default
    labels are mathtext (``10^9``), slower to draw and harder to read than "$1 bn"."""
    axis.set_major_locator(mticker.LogLocator(base=10))
    axis.set_major_formatter(mticker.FuncFormatter(lambda value, _: label(value)))
    axis.set_minor_formatter(mticker.NullFormatter())


def article_colors(articles: pd.DataFrame) -> dict[str, tuple]:
    ids = sorted(articles["article_id"])
    colors = sns.color_palette(PALETTE, max(len(ids), 3))
    return {aid: colors[i % len(colors)] for i, aid in enumerate(ids)}


def _chart(function):
    """Draw a chart with :data:`STYLE`, and close its figure so Jupyter shows it once (as the cell's result).

    Tick labels drawn later (when the figure is saved or shown) are created outside the style,
    so every text of the figure is made plain here as well.
    """
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with plt.rc_context(STYLE):
            fig = function(*args, **kwargs)
        for text in fig.findobj(Text):
            text.set_parse_math(False)
        plt.close(fig)
        return fig
    return wrapper


def _empty(message: str, size=(8, 1.6)) -> plt.Figure:
    """A figure holding only ``message``, marked ``empty`` (the briefing shows its section's own line instead)."""
    fig, ax = plt.subplots(figsize=size)
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#555")
    fig.empty = True
    return fig


def period_to_timestamp(period: str) -> Optional[pd.Timestamp]:
    """'2022-08' -> mid-August 2022, '2022' -> mid-2022, '2022-08-03' -> that day."""
    period = str(period or "").strip()
    parts = period.split("-")
    try:
        if len(parts) == 3:
            return pd.Timestamp(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return pd.Timestamp(int(parts[0]), int(parts[1]), 15)
        if len(parts) == 1 and len(parts[0]) == 4:
            return pd.Timestamp(int(parts[0]), 7, 1)
    except ValueError:
        return None
    return None


def _money_label(value: float) -> str:
    for size, suffix in ((1e9, " bn"), (1e6, " m"), (1e3, "k")):
        if abs(value) >= size:
            return f"${value / size:.3g}{suffix}"
    return f"${value:,.0f}"


@_chart
def chart_trade_values(figures: pd.DataFrame, articles: pd.DataFrame) -> plt.Figure:
    """Trade and money values over the period they refer to, one colour per article, marker per source."""
    rows = figures[figures["kind"].isin(["trade_value", "money"])].copy()
    rows["when"] = pd.to_datetime(rows["refers_to"].map(period_to_timestamp))
    rows = rows.dropna(subset=["when", "value"])
    if rows.empty:
        return _empty("No trade or money values with a stated period were found.")
    labels, colors = article_labels(articles), article_colors(articles)
    rows["source_label"] = rows["source"].fillna("").replace("", "author")
    # what the value counts ("North Korean exports to Russia"), so values of different quantities are not read as one series
    subjects = rows["subject"].fillna("").astype(str) if "subject" in rows else pd.Series("", index=rows.index)
    rows["subject_label"] = subjects
    fig, ax = plt.subplots(figsize=(9, 4.2))
    markers = ["o", "s", "D", "^", "v", "P", "X", "*"]
    sources = sorted(rows["source_label"].unique())
    for aid, group in rows.groupby("article_id", sort=True):
        for (src, subject), sub in group.groupby(["source_label", "subject_label"], sort=True):
            label = f"{labels.get(aid, aid)} · {src}" + (f" · {subject}" if subject else "")
            ax.scatter(sub["when"], sub["value"], s=70, color=colors.get(aid), marker=markers[sources.index(src) % len(markers)],
                       label=_wrap(label, 95, 2), edgecolor="black", linewidth=0.5, zorder=3)
            for r in sub.itertuples():
                ax.annotate(_money_label(r.value), (r.when, r.value), textcoords="offset points", xytext=(6, 4), fontsize=8)
    ax.set_yscale("log")
    # Whole decades at both ends, so the axis always shows at least two labelled powers of ten.
    positive = rows["value"][rows["value"] > 0]
    if not positive.empty:
        ax.set_ylim(10 ** np.floor(np.log10(positive.min() / 1.5)), 10 ** np.ceil(np.log10(positive.max() * 1.5)))
    _plain_log_ticks(ax.yaxis, _money_label)
    ax.set_ylabel("value (USD, log scale)")
    ax.set_xlabel("period the figure describes")
    ax.set_title("Trade and money values by the period they describe")
    lo, hi = rows["when"].min(), rows["when"].max()
    if hi - lo < pd.Timedelta(days=180):  # one period only: give the axis some room
        ax.set_xlim(lo - pd.Timedelta(days=120), hi + pd.Timedelta(days=120))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=6)  # (minticks 5 asks for months no interval fits)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    # the legend under the plot: at its right it ran off the page and squeezed the axis until its ticks overprinted
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(0, -0.2), frameon=False, ncol=1)
    fig.tight_layout()
    return fig


NOT_ESTIMATES = ("hypothetical", "negated")


def _wrap(label: str, width: int, lines: int = 2) -> str:
    """``label`` on at most ``lines`` lines of ``width`` characters, an ellipsis where it is cut."""
    import textwrap

    parts = textwrap.wrap(label, width) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1] + "…"
    return "\n".join(parts)


def _short(hedge, limit: int = 24) -> str:
    """A hedge as a marker note: its first part, cut at ``limit`` characters."""
    text = "" if hedge is None or (isinstance(hedge, float) and np.isnan(hedge)) else str(hedge)
    text = text.split(";")[0].strip()   # a missing hedge read from a CSV is NaN: no "(nan)" note
    return text if len(text) <= limit else text[: limit - 1] + "…"


CASUALTY_SUBJECT = "killed or wounded"     # analysis.figures.subject: "<state> troops killed or wounded"
_ESTIMATE_TITLES = {"troop_estimate": "Troop estimates", "casualties": "Troops killed or wounded",
                    "labor_estimate": "Worker estimates"}


@_chart
def chart_estimates(figures: pd.DataFrame, articles: pd.DataFrame) -> plt.Figure:
    """Troop and worker estimates by article and source: ranges as intervals, hedges as markers."""
    rows = figures[figures["kind"].isin(["troop_estimate", "labor_estimate"])].dropna(subset=["value"])
    # A hypothetical ("would need to send tens of thousands") or negated number is nobody's estimate;
    # a denied one stays, marked as denied.
    status = rows["status"].fillna("") if "status" in rows.columns else pd.Series("", index=rows.index)
    rows = rows[~status.isin(NOT_ESTIMATES)].copy()
    if rows.empty:
        return _empty("No troop or worker estimates were found.")
    labels, colors = article_labels(articles), article_colors(articles)
    rows["hedge_class"] = [hedge_class(h, t) for h, t in zip(rows["hedge"].fillna(""), rows["text"])]
    rows["who"] = rows["source"].fillna("").replace("", "author")
    # Soldiers killed or wounded are counted apart from the troops sent (the figure's subject says which).
    subject = rows["subject"].fillna("").astype(str) if "subject" in rows.columns else pd.Series("", index=rows.index)
    rows["kind"] = rows["kind"].where(~subject.str.contains(CASUALTY_SUBJECT, regex=False), "casualties")
    rows = rows.sort_values(["kind", "article_id", "start"]).reset_index(drop=True)
    rows["row"] = [_wrap(f"{labels.get(a, a)} · {w}", 42) for a, w in zip(rows["article_id"], rows["who"])]
    denied = (rows["status"].fillna("") == "denied") if "status" in rows.columns else pd.Series(False, index=rows.index)
    kinds = [k for k in ("troop_estimate", "casualties", "labor_estimate") if k in set(rows["kind"])]
    fig, axes = plt.subplots(len(kinds), 1, figsize=(9, 1.2 + 0.55 * len(rows) + 0.6 * len(kinds)), squeeze=False)
    for ax, kind in zip(axes[:, 0], kinds):
        sub = rows[rows["kind"] == kind].reset_index(drop=True)
        denied_sub = denied[rows["kind"] == kind].reset_index(drop=True)
        for i, r in enumerate(sub.itertuples()):
            high = r.value_high if pd.notna(r.value_high) else None
            color = colors.get(r.article_id)
            if high:
                ax.plot([r.value, high], [i, i], color=color, linewidth=5, alpha=0.55, solid_capstyle="butt")
            ax.scatter([r.value], [i], marker=HEDGE_MARKERS[r.hedge_class], s=80, color=color, edgecolor="black", zorder=3)
            note = "; ".join(n for n in (_short(r.hedge), "denied" if denied_sub.iloc[i] else "") if n)
            text = f"{r.value:,.0f}" + (f"–{high:,.0f}" if high else "") + (f"  ({note})" if note else "")
            ax.annotate(text, ((high or r.value), i), textcoords="offset points", xytext=(8, -3), fontsize=8)
        ax.set_yticks(range(len(sub)))
        ax.set_yticklabels(sub["row"], fontsize=7.5)
        ax.set_ylim(-0.7, len(sub) - 0.3)
        ax.invert_yaxis()
        ax.set_xscale("log")
        low = max(1, sub["value"].min() / 3)
        ax.set_xlim(low, max(sub["value_high"].fillna(0).max(), sub["value"].max()) * 10)  # room for the notes
        _plain_log_ticks(ax.xaxis, lambda value: f"{value:,.0f}")  # the limits span > 10x: a power of ten shows
        ax.tick_params(axis="x", labelsize=7.5)
        ax.set_title(_ESTIMATE_TITLES[kind])
        ax.set_xlabel("people (log scale)")
    handles = [plt.Line2D([], [], marker=m, linestyle="", color="grey", markeredgecolor="black", label=k)
               for k, m in HEDGE_MARKERS.items()]
    handles.append(plt.Line2D([], [], color="grey", linewidth=5, alpha=0.55, label="range"))
    fig.legend(handles=handles, loc="lower center", ncol=len(handles), fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    return fig


@_chart
def chart_timeline(dates: pd.DataFrame, articles: pd.DataFrame, *, start_year: int = 1940) -> plt.Figure:
    """Dated events across articles: one row per article, marker shape by precision."""
    rows = dates[dates["granularity"].isin(["day", "month", "year", "season"])].copy()
    rows["when"] = pd.to_datetime(rows["normalized"].map(period_to_timestamp))
    rows = rows.dropna(subset=["when"])
    rows = rows[rows["when"].dt.year >= start_year]
    if rows.empty:
        return _empty("No dated events were found.")
    labels, colors = article_labels(articles), article_colors(articles)
    order = sorted(rows["article_id"].unique(), key=lambda a: (articles.set_index("article_id").get("published", pd.Series()).get(a, ""), a))
    fig, ax = plt.subplots(figsize=(10, 0.9 + 0.55 * len(order)))
    shapes = {"day": "o", "month": "s", "year": "|", "season": "D"}
    for i, aid in enumerate(order):
        sub = rows[rows["article_id"] == aid]
        for gran, g in sub.groupby("granularity"):
            if gran == "year":  # a year is a span, not a point: a tall tick across the row
                ax.scatter(g["when"], [i] * len(g), marker="|", s=420, color=colors.get(aid), linewidths=2.5,
                           alpha=0.8, zorder=3)
            else:
                ax.scatter(g["when"], [i] * len(g), marker=shapes.get(gran, "o"), s=60, color=colors.get(aid),
                           edgecolor="black", linewidth=0.4, alpha=0.85, zorder=3)
    pub = articles.set_index("article_id")
    for i, aid in enumerate(order):
        when = period_to_timestamp(str(pub.loc[aid, "published"])) if aid in pub.index else None
        if when is not None:
            ax.scatter([when], [i], marker="*", s=180, color="gold", edgecolor="black", zorder=4)
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels([labels.get(a, a) for a in order], fontsize=9)
    ax.set_ylim(-0.6, len(order) - 0.4)
    ax.invert_yaxis()
    ax.set_title("Dated events mentioned in each article (★ = publication date)")
    handles = [plt.Line2D([], [], marker=m, linestyle="", color="grey", label=k) for k, m in shapes.items()]
    handles.append(plt.Line2D([], [], marker="*", linestyle="", color="gold", markeredgecolor="black", markersize=12, label="published"))
    ax.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.tight_layout()
    return fig


WIDE_MATRIX = 8   # above this many articles the theme matrix turns: articles as rows, themes as columns


@_chart
def chart_theme_matrix(matrix: pd.DataFrame, articles: pd.DataFrame) -> plt.Figure:
    """Themes × articles: how many sentences of each article touch each theme, with its position
    (articles × themes above :data:`WIDE_MATRIX` articles)."""
    if matrix is None or matrix.empty:
        return _empty("No theme was found in these articles.")
    labels = article_labels(articles)
    counts = matrix.pivot_table(index="theme", columns="article_id", values="n_sentences", aggfunc="sum", fill_value=0)
    # a split article says so ("no clear position") rather than leaving its cell as if it had no evidence
    shown = matrix["position"].fillna("").astype(str)
    if "stance" in matrix:
        shown = shown.where(shown != "", matrix["stance"].fillna("").astype(str).where(
            matrix["stance"].fillna("").astype(str) == NO_CLEAR_POSITION, ""))
    notes = matrix.assign(shown=shown).pivot_table(index="theme", columns="article_id", values="shown",
                                                   aggfunc="first").reindex_like(counts)
    annot = np.empty(counts.shape, dtype=object)
    for i in range(counts.shape[0]):
        for j in range(counts.shape[1]):
            n = int(counts.iat[i, j])
            p = notes.iat[i, j] if notes is not None else ""
            p = "" if not isinstance(p, str) else p
            annot[i, j] = f"{n}\n{p}" if n else ""
    if counts.shape[1] > WIDE_MATRIX:
        # many articles: one row each and a column per theme, so the figure keeps a page's width and
        # its labels stay legible (14 article columns made 32-inch figures, labels about 5 px when shown)
        annot = np.vectorize(lambda a: _wrap(a.replace("\n", " ", 1).replace(" ", "\n", 1), 11, 3) if a else "",
                             otypes=[object])(annot.T)
        counts = counts.T
        counts.columns = [_wrap(str(t), 12, 3) for t in counts.columns]
        fig, ax = plt.subplots(figsize=(1.2 * counts.shape[1] + 3.4, 0.62 * counts.shape[0] + 1.8))
        sns.heatmap(counts, annot=annot, fmt="", cmap="Blues", cbar_kws={"label": "sentences"}, ax=ax,
                    linewidths=0.5, linecolor="white", annot_kws={"fontsize": 9})
        ax.set_yticklabels([_wrap(labels.get(t.get_text(), t.get_text()), 34, 2) for t in ax.get_yticklabels()],
                           rotation=0, fontsize=10)
        ax.xaxis.tick_top()
        ax.set_xticklabels(ax.get_xticklabels(), rotation=0, fontsize=9)
    else:
        fig, ax = plt.subplots(figsize=(2.1 * counts.shape[1] + 2.5, 0.62 * counts.shape[0] + 1.6))
        sns.heatmap(counts, annot=annot, fmt="", cmap="Blues", cbar_kws={"label": "sentences"}, ax=ax,
                    linewidths=0.5, linecolor="white", annot_kws={"fontsize": 7})
        ax.set_xticklabels([labels.get(t.get_text(), t.get_text()) for t in ax.get_xticklabels()], rotation=20,
                           ha="right", fontsize=8)
    ax.set_ylabel("")
    ax.set_xlabel("")
    ax.set_title("Themes by article: sentences, and the article's position",
                 pad=48 if counts.shape[0] > WIDE_MATRIX else 6)
    fig.tight_layout()
    return fig


@_chart
def chart_speakers(quotes: pd.DataFrame, claims: pd.DataFrame, *, top: int = 15,
                   entities: pd.DataFrame | None = None) -> plt.Figure:
    """Who is quoted or cited most: quotes and claims per actor (entity: "Pyongyang" and "North Korea" count
    once), named vs unnamed; ``entities`` (entities.csv) names them, else their most frequent form does."""
    from .entities import DESCRIBED_KEY, entity_labels

    q = quotes[quotes["kind"] != "scare"]
    c = claims.rename(columns={"source": "speaker"})
    rows = pd.concat([q.reindex(columns=["speaker", "entity_id"]).assign(what="quote"),
                      c.reindex(columns=["speaker", "entity_id"]).assign(what="claim")], ignore_index=True)
    if rows.empty:
        return _empty("No quotes or attributed claims were found.")
    rows = pd.concat([rows, entity_labels(rows, "speaker", entities)], axis=1)
    # quotes and claims whose speaker was not found are no voice: counted in the title, not ranked
    # nor are descriptions that name no entity ("a statement", "the Russian diplomat"): counted in the title too
    unfound = int((rows["key"] == "=").sum())
    described = int((rows["key"] == DESCRIBED_KEY).sum())
    rows = rows[~rows["key"].isin(["=", DESCRIBED_KEY])]
    if rows.empty:
        return _empty(f"No named speaker was found for the {unfound + described} quotes and claims.")
    counts = rows.groupby(["key", "what"]).size().unstack(fill_value=0)
    counts.index = rows.drop_duplicates("key").set_index("key")["label"].reindex(counts.index)
    counts["total"] = counts.sum(axis=1)
    counts = counts.sort_values(["total"], ascending=False, kind="mergesort").head(top).drop(columns="total")
    counts = counts.iloc[::-1]
    more = [f"{unfound} more without a speaker found"] * bool(unfound) \
        + [f"{described} from unnamed or described sources"] * bool(described)
    fig, ax = plt.subplots(figsize=(9, 0.9 + 0.45 * bool(more) + 0.32 * len(counts)))
    counts.plot.barh(stacked=True, ax=ax, color=sns.color_palette(PALETTE, 2), edgecolor="white")
    ax.set_xlabel("mentions")
    ax.set_ylabel("")
    ax.set_yticklabels([t.get_text()[:55] for t in ax.get_yticklabels()], fontsize=8)
    ax.set_title(f"Most cited voices (top {min(top, len(counts))})\ndirect quotes and reported claims"
                 + (f"\n({'; '.join(more)})" if more else ""))
    ax.legend(fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


@_chart
def chart_quote_kinds(quotes: pd.DataFrame, articles: pd.DataFrame) -> plt.Figure:
    """Speech, scare and block quotes per article, and how many speech quotes name a speaker."""
    if quotes.empty:
        return _empty("No quotations were found.")
    labels = article_labels(articles)
    q = quotes.copy()
    q["kind"] = np.where((q["kind"] == "speech") & (q["speaker"].fillna("") == ""), "speech, no speaker", q["kind"])
    counts = q.groupby(["article_id", "kind"]).size().unstack(fill_value=0)
    counts.index = [labels.get(a, a) for a in counts.index]
    order = [k for k in ("speech", "speech, no speaker", "block", "scare") if k in counts.columns]
    fig, ax = plt.subplots(figsize=(9, 1 + 0.5 * len(counts)))
    counts[order].iloc[::-1].plot.barh(stacked=True, ax=ax, color=sns.color_palette(PALETTE, len(order)), edgecolor="white")
    ax.set_xlabel("quotations")
    ax.set_title("Quotations by kind\nspeech (with or without a speaker found), block, scare")
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    fig.tight_layout()
    return fig


@_chart
def chart_hedging(claims: pd.DataFrame, articles: pd.DataFrame) -> plt.Figure:
    """Share of each article's attributed claims that are hedged, and the hedges used."""
    if claims.empty:
        return _empty("No attributed claims were found.")
    labels = article_labels(articles)
    c = claims.assign(hedged=claims["hedge"].fillna("").str.strip() != "")
    table = c.groupby("article_id")["hedged"].agg(["sum", "count"])
    table.index = [labels.get(a, a) for a in table.index]
    fig, ax = plt.subplots(figsize=(9, 1 + 0.5 * len(table)))
    ax.barh(table.index[::-1], table["count"][::-1], color="#d0d7e1", label="claims")
    ax.barh(table.index[::-1], table["sum"][::-1], color=sns.color_palette(PALETTE)[3], label="hedged")
    for i, (s, n) in enumerate(zip(table["sum"][::-1], table["count"][::-1])):
        ax.annotate(f"{int(s)}/{int(n)} hedged", (n, i), xytext=(4, -3), textcoords="offset points", fontsize=8)
    ax.set_xlabel("attributed claims")
    ax.set_title("Attributed claims per article, and how many are hedged")
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    fig.tight_layout()
    return fig


@_chart
def chart_corpus(articles: pd.DataFrame, **tables: pd.DataFrame) -> plt.Figure:
    """Words per article, and the records found in each: ``chart_corpus(articles, quotes=..., claims=...)``."""
    if articles.empty:
        return _empty("No articles.")
    labels = article_labels(articles)
    counts = pd.DataFrame({"article_id": sorted(articles["article_id"])})
    for name, frame in tables.items():
        counts[name] = counts["article_id"].map(frame.groupby("article_id").size()).fillna(0).astype(int)
    merged = articles[["article_id", "words"]].merge(counts, on="article_id", how="left").fillna(0)
    merged.index = [labels.get(a, a) for a in merged["article_id"]]
    fig, axes = plt.subplots(1, 2, figsize=(10, 0.9 + 0.45 * len(merged)), sharey=True,
                             gridspec_kw={"width_ratios": [1, 1.6]})
    axes[0].barh(merged.index[::-1], merged["words"][::-1], color="#8da0cb")
    axes[0].set_title("Words")
    cols = list(tables)
    merged[cols].iloc[::-1].plot.barh(ax=axes[1], color=sns.color_palette(PALETTE, len(cols)), width=0.8)
    axes[1].set_title("Extracted records")
    axes[1].legend(fontsize=8, frameon=False, loc="lower right")
    fig.tight_layout()
    return fig


def _label_cells(ax, grid: pd.DataFrame, *, width: int = 24) -> None:
    """Write each non-empty cell of ``grid`` at its place on an image of the same shape."""
    for i, j in zip(*np.nonzero(grid.fillna("").astype(str).to_numpy() != "")):
        value = str(grid.iat[i, j])
        ax.text(j, i, value if len(value) <= width else value[:width - 1] + "…", ha="center", va="center", fontsize=8)


@_chart
def chart_view_shift(shift: pd.DataFrame, articles: pd.DataFrame) -> plt.Figure:
    """Each theme's position per article (the views' ``view_shift``), articles in publication
    order, undated last: a grid of labels.

    A cell is shaded darker where ``changed`` says the position differs from the previous
    dated article's on that theme, so shifts over time stand out.
    """
    if shift is not None and len(shift):
        # an article with split evidence is shown as such, not as a blank cell
        stance = shift["stance"].fillna("").astype(str) if "stance" in shift else pd.Series("", index=shift.index)
        unclear = stance == NO_CLEAR_POSITION
        shift = shift.assign(position=shift["position"].fillna("").astype(str).where(~unclear, NO_CLEAR_POSITION))
        shift = shift[shift["position"] != ""]
    if shift is None or shift.empty:
        return _empty("No positions to show over time.")
    labels = article_labels(articles)
    dated = shift[["article_id", "published"]].drop_duplicates().fillna("").astype(str)
    order = dated.assign(undated=dated["published"] == "").sort_values(["undated", "published", "article_id"])
    order, themes = order["article_id"].tolist(), list(dict.fromkeys(shift["theme"]))
    grid = shift.pivot_table(index="theme", columns="article_id", values="position", aggfunc="first")
    grid = grid.reindex(index=themes, columns=order)
    changed = shift.assign(shade=np.where(shift["changed"].astype(bool), 1.0, 0.35) if "changed" in shift else 0.35)
    shade = changed.pivot_table(index="theme", columns="article_id", values="shade", aggfunc="max")
    shade = shade.reindex(index=themes, columns=order).fillna(0)
    if len(order) > WIDE_MATRIX:
        # many articles: one row each, in publication order down the page, a column per theme (a
        # column per article made figures 30 inches wide, unreadable when shown)
        fig, ax = plt.subplots(figsize=(1.25 * len(themes) + 3.4, 0.42 * len(order) + 1.6))
        ax.imshow(shade.T.to_numpy(), cmap="Oranges", vmin=0, vmax=2.2, aspect="auto")
        for i, j in zip(*np.nonzero(grid.T.fillna("").astype(str).to_numpy() != "")):
            ax.text(j, i, _wrap(str(grid.T.iat[i, j]), 13, 2), ha="center", va="center", fontsize=8.5)
        ax.set_yticks(range(len(order)), [_wrap(labels.get(a, a), 34, 2) for a in order], fontsize=9)
        ax.set_xticks(range(len(themes)), [_wrap(t, 12, 3) for t in themes], fontsize=9)
        ax.xaxis.tick_top()
        rows, columns = len(order), len(themes)
    else:
        fig, ax = plt.subplots(figsize=(2.0 * len(order) + 2.6, 0.5 * len(themes) + 1.4))
        ax.imshow(shade.to_numpy(), cmap="Oranges", vmin=0, vmax=2.2, aspect="auto")
        _label_cells(ax, grid)
        ax.set_xticks(range(len(order)), [labels.get(a, a) for a in order], fontsize=8, rotation=15, ha="right")
        ax.set_yticks(range(len(themes)), themes, fontsize=8)
        rows, columns = len(themes), len(order)
    ax.set_xticks(np.arange(-0.5, columns), minor=True)
    ax.set_yticks(np.arange(-0.5, rows), minor=True)
    ax.grid(which="minor", color="white", linewidth=2)
    ax.grid(which="major", visible=False)
    ax.tick_params(which="minor", length=0)
    ax.set_title("Positions by publication date (darker: differs from the previous article)",
                 pad=48 if len(order) > WIDE_MATRIX else 6)   # above the theme names on top
    fig.tight_layout()
    return fig
