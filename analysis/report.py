"""The briefing's sections as HTML, built from the tables only, with every piece of evidence linked.

A notebook creates one :class:`Briefing` and calls one method per section.  Every
string that comes from an article passes through :func:`esc` before it reaches
HTML, so article text can never become markup.  Each quote, figure or sentence
cited gets a numbered link to the appendix, where the source sentence is shown in
context with the cited span marked.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import pandas as pd

from . import config
from .estimates import conflicting_estimates, estimates_table
from .extract import Tables
from .records import columns_for

VIEW_TABLES = ("theme_sentences", "positions", "theme_matrix", "disagreements", "distinctive_terms", "view_shift",
               "themes")
DATA_TABLES = ("articles", "sentences", "quotes", "claims", "figures", "dates", "skips")


def esc(value) -> str:
    """Escape anything for HTML text or attribute use; NaN and None become ''."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


class Html(str):
    """A string that Jupyter shows as HTML (and nbconvert keeps as text/html)."""

    def _repr_html_(self) -> str:
        return str(self)


# ----------------------------------------------------------------------------- data
@dataclass
class ReportData(Tables):
    """The extracted tables plus the views tables (``positions``, ``disagreements``...), by name."""

    views: dict = field(default_factory=dict)

    def __getattr__(self, name):
        views = self.__dict__.get("views", {})
        if name in views:
            return views[name]
        if name in VIEW_TABLES:
            return pd.DataFrame()
        raise AttributeError(name)


def compute_views(tables, corpus, themes_path) -> dict[str, pd.DataFrame]:
    """The views tables (themes, positions, disagreements, vocabulary, shift) for a corpus."""
    from . import views

    codebook = views.load_codebook(themes_path)
    out = views.collect_views(tables, codebook)
    out["themes"] = pd.DataFrame([{"theme": t.name, "description": t.description,
                                   "positions": "; ".join(t.labels)} for t in codebook.themes],
                                 columns=["theme", "description", "positions"])
    return out


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, keep_default_na=False, na_values=[""], dtype={"article_id": str, "file": str,
                       "refers_to": str, "normalized": str, "published": str, "source": str, "speaker": str,
                       "hedge": str, "cue": str, "unit": str})


def load_report_data(*, corpus_dir: str | Path = config.SEEDS_DIR, data_dir: str | Path = "",
                     articles: str | Iterable[str] = "", themes_path: str | Path = config.DEFAULT_THEMES) -> ReportData:
    """Tables for the notebooks: read from ``data_dir`` when the build wrote them, else extracted now.

    ``articles`` (comma-separated ids) keeps a subset.
    """
    wanted = [a for a in (articles.split(",") if isinstance(articles, str) else articles) if a]
    data_dir = Path(data_dir) if data_dir else None
    if data_dir and (data_dir / "articles.csv").is_file():
        frames = {name: _read(data_dir / f"{name}.csv") if (data_dir / f"{name}.csv").is_file()
                  else pd.DataFrame(columns=columns_for(name)) for name in DATA_TABLES}
        views = {name: _read(data_dir / f"{name}.csv") for name in VIEW_TABLES if (data_dir / f"{name}.csv").is_file()}
    else:
        from .corpus import load_corpus
        from .extract import extract

        corpus = load_corpus(corpus_dir).subset(wanted)
        tables = extract(corpus)
        frames = dict(tables.items())
        views = compute_views(tables, corpus, themes_path)
    if wanted:
        keep = lambda f: f[f["article_id"].isin(wanted)].reset_index(drop=True) if "article_id" in f.columns else f  # noqa: E731
        frames = {k: keep(v) if k != "skips" else v for k, v in frames.items()}
        views = {k: keep(v) for k, v in views.items()}
    # Text columns hold "" for "none" (CSV reads them back as missing values).
    for group in (frames, views):
        for name, frame in group.items():
            for col in frame.columns:
                if not pd.api.types.is_numeric_dtype(frame[col]) and not pd.api.types.is_bool_dtype(frame[col]):
                    frame[col] = frame[col].fillna("")
    return ReportData(views=views, **frames)


# ----------------------------------------------------------------------------- html helpers
def table_html(frame: pd.DataFrame, *, columns: Optional[dict] = None, raw: Iterable[str] = (),
               css: str = "data") -> Html:
    """A DataFrame as an HTML table; every cell escaped except the columns named in ``raw``
    (which the caller built from escaped parts)."""
    columns = columns or {c: c for c in frame.columns}
    raw = set(raw)
    head = "".join(f"<th>{esc(label)}</th>" for label in columns.values())
    body = []
    for _, row in frame.iterrows():
        cells = []
        for col in columns:
            value = row.get(col, "")
            cells.append(f"<td>{value if col in raw else esc(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not body:
        return Html('<p class="empty">Nothing found.</p>')
    return Html(f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>')


def number(value, unit: str = "") -> str:
    if value is None or pd.isna(value):
        return ""
    value = float(value)
    if unit.upper() in ("USD", "EUR", "GBP"):
        symbol = {"USD": "$", "EUR": "€", "GBP": "£"}[unit.upper()]
        for size, suffix in ((1e9, " bn"), (1e6, " m")):
            if abs(value) >= size:
                return f"{symbol}{value / size:,.3g}{suffix}"
        return f"{symbol}{value:,.0f}"
    if unit.lower() in ("percent", "%"):
        return f"{value:g}%"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.3g}"


class Briefing:
    """The briefing's sections; evidence cited in any section is listed in :meth:`appendix`."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        from .charts import article_labels  # matplotlib: only where a briefing is drawn

        self.labels = article_labels(data.articles)
        self._evidence: dict[tuple, int] = {}
        self._sentences = data.sentences.sort_values(["article_id", "start"]).reset_index(drop=True)

    # -- evidence links
    def cite(self, article_id: str, start, end) -> str:
        """A numbered link to the appendix entry for ``article_id[start:end]``."""
        try:
            key = (str(article_id), int(start), int(end))
        except (TypeError, ValueError):
            return ""
        if key not in self._evidence:
            self._evidence[key] = len(self._evidence) + 1
        n = self._evidence[key]
        return f'<a class="ev" href="#ev-{n}" id="ref-{n}-{len(self._evidence)}">[{n}]</a>'

    def label(self, article_id: str) -> str:
        return esc(self.labels.get(article_id, article_id))

    def _sentence_of(self, article_id: str, start: int, end: int) -> tuple[Optional[pd.Series], int]:
        s = self._sentences[self._sentences["article_id"] == article_id]
        hit = s[(s["start"] <= start) & (s["end"] >= min(end, start + 1))]
        if hit.empty:
            hit = s[(s["start"] < end) & (s["end"] > start)]
        if hit.empty:
            return None, -1
        index = hit.index[0]
        return self._sentences.loc[index], index

    # -- sections
    def header(self) -> Html:
        a = self.data.articles
        dates = sorted(p for p in a["published"].fillna("").astype(str) if p)
        span = f"{dates[0]} to {dates[-1]}" if dates else "undated"
        inferred = int((a["published_basis"] == "inferred").sum())
        return Html(
            f'<header class="title"><h1>Briefing: {len(a)} article{"s" if len(a) != 1 else ""} compared</h1>'
            f'<p class="lede">{len(a)} article{"s" if len(a) != 1 else ""} ({span}); {int(a["words"].sum()):,} words; '
            f'{len(self.data.quotes)} quotations, {len(self.data.claims)} attributed claims, '
            f'{len(self.data.figures)} figures and {len(self.data.dates)} dates extracted. '
            f'{inferred} publication date{"s are" if inferred != 1 else " is"} inferred (marked ~). '
            f'Numbers in brackets link to the source sentence in the appendix.</p></header>')

    def bottom_line(self) -> Html:
        """Four to six sentences generated from the tables: the briefing's bottom line up front."""
        sentences = [s for s in (self._bluf_scope(), self._bluf_framing(), self._bluf_disagreement(),
                                 self._bluf_estimates(), self._bluf_trade(), self._bluf_voices(), self._bluf_shift())
                     if s]
        items = "".join(f"<li>{s}</li>" for s in sentences[:6])
        return Html(f'<section class="bluf"><h2>Bottom line</h2><ul>{items}</ul></section>')

    def _bluf_scope(self) -> str:
        a = self.data.articles
        authors = [self.label(x) for x in a.sort_values("published", na_position="last")["article_id"]]
        return f"The corpus holds {len(a)} article{'s' if len(a) != 1 else ''}: {', '.join(authors)}."

    def _framing_theme(self) -> Optional[str]:
        pos = self.data.views.get("positions")
        if pos is None or pos.empty:
            return None
        counts = pos[pos["position"].fillna("") != ""].groupby("theme")["article_id"].nunique()
        if counts.empty:
            return None
        preferred = [t for t in counts.index if "relation" in t or "framing" in t]
        return preferred[0] if preferred else counts.sort_values(ascending=False, kind="mergesort").index[0]

    def _bluf_framing(self) -> str:
        theme = self._framing_theme()
        if not theme:
            return ""
        pos = self.data.positions
        rows = pos[(pos["theme"] == theme) & (pos["position"].fillna("") != "")]
        groups = []
        for position, g in rows.groupby("position", sort=True):
            who = ", ".join(f"{self.label(r.article_id)}{self.cite(r.article_id, r.evidence_start, r.evidence_end)}"
                            for r in g.sort_values("article_id").itertuples())
            groups.append(f"<b>{esc(position)}</b> ({who})")
        if not groups:
            return ""
        verb = "agree on" if len(groups) == 1 else "split on"
        return f"The articles {verb} <i>{esc(theme.replace('_', ' '))}</i>: " + "; ".join(groups) + "."

    def _bluf_disagreement(self) -> str:
        dis = self.data.views.get("disagreements")
        if dis is None or dis.empty:
            return "No two articles take opposite positions on a theme in the codebook."
        counts = dis.groupby("theme").size().sort_values(ascending=False, kind="mergesort")
        top = ", ".join(f"<i>{esc(t.replace('_', ' '))}</i> ({n} pair{'s' if n != 1 else ''})" for t, n in counts.head(3).items())
        return f"They disagree most on {top}; see Disagreements."

    def _bluf_estimates(self) -> str:
        est = estimates_table(self.data.figures)
        parts = []
        for kind, noun in (("troop_estimate", "Troop"), ("labor_estimate", "Worker")):
            sub = est[(est["kind"] == kind) & (est["value"] >= 1000)]
            if sub.empty:
                continue
            items = []
            for r in sub.head(4).itertuples():
                value = number(r.value) + (f"–{number(r.value_high)}" if pd.notna(r.value_high) else "")
                qualifier = ", ".join(x for x in (r.hedge, f"per {r.source}" if r.source != "(the author)" else "") if x)
                items.append(f"{esc(value)}{f' ({esc(qualifier)})' if qualifier else ''} in {self.label(r.article_id)}"
                             f"{self.cite(r.article_id, r.start, r.end)}")
            parts.append(f"{noun} figures: " + "; ".join(items))
        if not parts:
            return ""
        return ". ".join(parts) + ": estimates, mostly hedged, not counts."

    def _bluf_trade(self) -> str:
        f = self.data.figures
        trade = f[(f["kind"] == "trade_value") & (f["refers_to"].fillna("") != "")].sort_values(["refers_to", "start"])
        if trade.empty:
            return ""
        items = ", ".join(f"{number(r.value, r.unit)} ({esc(r.refers_to)}){self.cite(r.article_id, r.start, r.end)}"
                          for r in trade.head(4).itertuples())
        return f"Trade values cited are small: {items}."

    def _bluf_voices(self) -> str:
        q = self.data.quotes
        speech = q[q["kind"] != "scare"]
        if speech.empty:
            return ""
        named = speech[speech["speaker"].fillna("") != ""]
        top = named["speaker"].value_counts().head(3)
        who = ", ".join(f"{esc(s)} ({n})" for s, n in sorted(top.items(), key=lambda x: (-x[1], x[0])))
        return (f"{len(speech)} quotations are attributed speech or block quotes ({len(named)} with a speaker found)"
                + (f"; the most quoted are {who}" if who else "") + f"; {int((q['kind'] == 'scare').sum())} are scare quotes.")

    def _bluf_shift(self) -> str:
        theme = self._framing_theme()
        shift = self.data.views.get("view_shift")
        if not theme or shift is None or shift.empty:
            return ""
        rows = shift[(shift["theme"] == theme) & (shift["position"].fillna("") != "")].sort_values(["published", "article_id"])
        if len(rows) < 2:
            return ""
        first, last = rows.iloc[0], rows.iloc[-1]
        return (f"Over time the framing moves from <b>{esc(first['position'])}</b> ({self.label(first['article_id'])}) "
                f"to <b>{esc(last['position'])}</b> ({self.label(last['article_id'])}).")

    def sources_table(self) -> Html:
        a = self.data.articles.copy()
        counts = {t: getattr(self.data, t).groupby("article_id").size() for t in ("quotes", "claims", "figures", "dates")}
        rows = []
        for r in a.sort_values(["published", "article_id"], na_position="last").itertuples():
            basis = str(r.published_basis or "")
            published = esc(r.published) + (' <span class="flag" title="inferred from the text">~ inferred</span>'
                                              if basis == "inferred" else "")
            rows.append({
                "label": self.label(r.article_id), "title": esc(r.title or "(untitled)"), "author": esc(r.author),
                "outlet": esc(r.outlet), "published": published, "words": f"{int(r.words):,}",
                **{t: int(counts[t].get(r.article_id, 0)) for t in counts},
                "id": f'<span class="id">{esc(r.article_id)}</span>',
            })
        frame = pd.DataFrame(rows)
        return table_html(frame, raw=frame.columns, columns={
            "label": "article", "title": "title", "author": "author", "outlet": "outlet", "published": "published",
            "words": "words", "quotes": "quotes", "claims": "claims", "figures": "figures", "dates": "dates", "id": "file id"})

    def themes(self) -> Html:
        """Views by theme: each article's position side by side, with stance, certainty and evidence."""
        pos = self.data.views.get("positions")
        if pos is None or pos.empty:
            return Html('<p class="empty">No theme of the codebook was found in these articles.</p>')
        parts = []
        themes = self.data.views.get("themes")
        descriptions = dict(zip(themes["theme"], themes["description"])) if themes is not None and len(themes) else {}
        order = list(descriptions) + sorted(set(pos["theme"]) - set(descriptions))
        for theme in order:
            group = pos[pos["theme"] == theme]
            if group.empty:
                continue
            description = esc(descriptions.get(theme, ""))
            rows = []
            for r in group.sort_values(["article_id"]).itertuples():
                holder = esc(getattr(r, "holder", "") or "")
                stance = esc(getattr(r, "stance", "") or "")
                evidence = esc(getattr(r, "evidence_text", "") or "")
                rows.append({
                    "article": self.label(r.article_id),
                    "position": (f"<b>{esc(r.position)}</b>" if esc(r.position) else '<span class="muted">(no position)</span>')
                    + self._verdict(r),
                    "stance": stance + (f": {holder}" if holder and stance == "reported" else ""),
                    "certainty": esc(getattr(r, "certainty", "") or ""),
                    "n": esc(getattr(r, "n_sentences", "")),
                    "evidence": f"“{evidence}” {self.cite(r.article_id, r.evidence_start, r.evidence_end)}" if evidence else "",
                })
            frame = pd.DataFrame(rows)
            title = esc(self._theme_title(theme))
            parts.append(f'<section class="theme"><h3>{title}</h3>'
                         + (f'<p class="theme-desc">{description}</p>' if description else "")
                         + table_html(frame, raw=frame.columns, columns={
                             "article": "article", "position": "position", "stance": "own or reported",
                             "certainty": "certainty", "n": "sentences", "evidence": "evidence"}, css="data views")
                         + "</section>")
        return Html("".join(parts))

    def disagreements(self) -> Html:
        """Themes on which articles differ, one row per theme: each position, who holds it, the evidence.

        The pairwise table (article A vs article B) is in ``data/disagreements.csv``.
        """
        dis = self.data.views.get("disagreements")
        if dis is None or dis.empty:
            return Html('<p class="empty">No disagreements between articles were found.</p>')
        rows = []
        for theme in dict.fromkeys(dis["theme"]):
            pairs = dis[dis["theme"] == theme]
            sides = {}
            for side in ("a", "b"):
                for r in pairs.itertuples():
                    aid = getattr(r, f"article_{side}")
                    sides[aid] = (getattr(r, f"position_{side}"), getattr(r, f"stance_{side}"), getattr(r, f"holder_{side}"),
                                  getattr(r, f"evidence_{side}"), getattr(r, f"evidence_{side}_start"),
                                  getattr(r, f"evidence_{side}_end"))
            by_position: dict[str, list[str]] = {}
            for aid in sorted(sides, key=lambda a: (str(self._published(a)), a)):
                position, stance, holder, evidence, start, end = sides[aid]
                evidence = str(evidence or "")
                short = evidence if len(evidence) <= 160 else evidence[:157] + "…"
                by_position.setdefault(str(position), []).append(
                    f"{self.label(aid)}{self._holder(stance, holder)}: <span class=\"evq\">“{esc(short)}”</span> "
                    f"{self.cite(aid, start, end)}")
            cell = "".join(f"<p class=\"pos\"><b>{esc(position)}</b> — " + "; ".join(items) + "</p>"
                           for position, items in by_position.items())
            rows.append({"theme": esc(self._theme_title(theme)), "n": str(len(pairs)), "positions": cell})
        frame = pd.DataFrame(rows)
        return table_html(frame, raw=frame.columns, columns={"theme": "theme", "n": "pairs that differ",
                                                             "positions": "positions taken, with evidence"},
                          css="data disagreements")

    def _published(self, article_id: str) -> str:
        a = self.data.articles
        hit = a.loc[a["article_id"] == article_id, "published"]
        return "" if hit.empty or pd.isna(hit.iloc[0]) else str(hit.iloc[0])

    @staticmethod
    def _theme_title(theme: str) -> str:
        text = str(theme).replace("_", " ")
        return text[:1].upper() + text[1:]

    @staticmethod
    def _verdict(row) -> str:
        """An explicit contrast ("more likely X than Y") that picks another side than the majority."""
        verdict = esc(getattr(row, "verdict", ""))
        if verdict and verdict != esc(row.position):
            return f'<br><span class="muted">but concludes: {verdict}</span>'
        return ""

    @staticmethod
    def _holder(stance, holder) -> str:
        if str(stance or "") == "reported" and str(holder or "") and str(holder).lower() != "nan":
            return f' <span class="muted">(reported: {esc(holder)})</span>'
        return ""

    def estimates(self) -> Html:
        est = estimates_table(self.data.figures)
        rows = []
        for r in est.itertuples():
            value = number(r.value, r.unit) + (f"–{number(r.value_high, r.unit)}" if pd.notna(r.value_high) else "")
            rows.append({"kind": esc(r.kind.replace("_", " ")), "article": self.label(r.article_id),
                         "figure": f"“{esc(r.text)}” {self.cite(r.article_id, r.start, r.end)}", "value": esc(value),
                         "unit": esc(r.unit), "hedge": esc(r.hedge), "who": esc(r.source), "period": esc(r.refers_to)})
        frame = pd.DataFrame(rows)
        return table_html(frame, raw=frame.columns, columns={"kind": "kind", "article": "article", "figure": "as written",
                          "value": "value", "unit": "unit", "hedge": "hedge", "who": "stated by", "period": "period"})

    def money_table(self) -> Html:
        f = self.data.figures
        money = f[f["kind"].isin(["trade_value", "money", "percentage"])].sort_values(["kind", "refers_to", "article_id", "start"])
        rows = [{"kind": esc(r.kind.replace("_", " ")), "article": self.label(r.article_id),
                 "figure": f"“{esc(r.text)}” {self.cite(r.article_id, r.start, r.end)}", "value": esc(number(r.value, r.unit)),
                 "period": esc(r.refers_to), "hedge": esc(r.hedge), "who": esc(r.source or "(the author)")}
                for r in money.itertuples()]
        frame = pd.DataFrame(rows)
        return table_html(frame, raw=frame.columns, columns={"kind": "kind", "article": "article", "figure": "as written",
                          "value": "value", "period": "period", "hedge": "hedge", "who": "stated by"})

    def conflicts(self) -> Html:
        con = conflicting_estimates(self.data.figures)
        if con.empty:
            return Html('<p class="empty">No two articles give conflicting figures for the same quantity.</p>')
        rows = [{"what": esc(f"{r.kind.replace('_', ' ')} ({r.unit}{', ' + r.refers_to if r.refers_to else ''})"),
                 "a": f"{self.label(r.article_a)}: “{esc(r.text_a)}” {self.cite(r.article_a, r.start_a, r.end_a)}",
                 "b": f"{self.label(r.article_b)}: “{esc(r.text_b)}” {self.cite(r.article_b, r.start_b, r.end_b)}",
                 "ratio": esc(f"{r.ratio:g}×")} for r in con.itertuples()]
        frame = pd.DataFrame(rows)
        return table_html(frame, raw=frame.columns, columns={"what": "quantity", "a": "one article", "b": "another",
                          "ratio": "larger / smaller"}, css="data conflicts")

    def key_quotes(self, per_article: int = 3) -> Html:
        q = self.data.quotes
        q = q[(q["kind"] != "scare") & (q["speaker"].fillna("") != "")].copy()
        q["len"] = q["text"].str.len()
        rows = []
        for aid, g in q.groupby("article_id", sort=True):
            for r in g.sort_values(["len", "start"], ascending=[False, True]).head(per_article).sort_values("start").itertuples():
                text = r.text if len(r.text) <= 220 else r.text[:217] + "…"
                rows.append({"article": self.label(aid), "speaker": esc(r.speaker), "cue": esc(r.cue),
                             "quote": f"“{esc(text)}” {self.cite(aid, r.start, r.end)}", "kind": esc(r.kind)})
        frame = pd.DataFrame(rows)
        return table_html(frame, raw=frame.columns, columns={"article": "article", "speaker": "speaker", "cue": "cue",
                          "quote": "quotation", "kind": "kind"})

    def claims_table(self, limit: int = 40) -> Html:
        c = self.data.claims.sort_values(["article_id", "start"]).head(limit)
        rows = [{"article": self.label(r.article_id), "source": esc(r.source or "(unnamed)"), "cue": esc(r.cue),
                 "hedge": esc(r.hedge), "claim": f"{esc(r.text[:200] + ('…' if len(r.text) > 200 else ''))} {self.cite(r.article_id, r.start, r.end)}"}
                for r in c.itertuples()]
        frame = pd.DataFrame(rows)
        return table_html(frame, raw=frame.columns, columns={"article": "article", "source": "who", "cue": "cue",
                          "hedge": "hedge", "claim": "claim"})

    def timeline_table(self, limit: int = 60) -> Html:
        d = self.data.dates
        d = d[d["granularity"].isin(["day", "month", "season"])].sort_values(["normalized", "article_id", "start"])
        rows = []
        for r in d.head(limit).itertuples():
            sentence, _ = self._sentence_of(r.article_id, int(r.start), int(r.end))
            context = "" if sentence is None else str(sentence["text"])
            context = context if len(context) <= 180 else context[:177] + "…"
            rows.append({"when": esc(r.normalized), "article": self.label(r.article_id),
                         "event": f"{esc(context)} {self.cite(r.article_id, r.start, r.end)}"})
        frame = pd.DataFrame(rows)
        return table_html(frame, raw=frame.columns, columns={"when": "when", "article": "article", "event": "sentence"})

    def vocabulary(self, per_article: int = 8) -> Html:
        terms = self.data.views.get("distinctive_terms")
        if terms is None or terms.empty:
            return Html('<p class="empty">No distinctive vocabulary computed.</p>')
        zcol = "log_odds_z" if "log_odds_z" in terms.columns else terms.select_dtypes("number").columns[0]
        rows = []
        for aid, g in terms.groupby("article_id", sort=True):
            top = g.sort_values([zcol, "term"], ascending=[False, True]).head(per_article)
            rows.append({"article": self.label(aid),
                         "terms": ", ".join(f"{esc(t)} <span class=\"muted\">({z:.1f})</span>" for t, z in zip(top["term"], top[zcol]))})
        frame = pd.DataFrame(rows)
        return table_html(frame, raw=frame.columns, columns={"article": "article", "terms": "most distinctive words (z-score)"})

    def methods(self) -> Html:
        a = self.data.articles
        inferred = a[a["published_basis"] == "inferred"]
        items = []
        if len(inferred):
            dated = "; ".join(f"{self.label(r.article_id)}: {esc(r.notes)}" if str(r.notes or "") else self.label(r.article_id)
                              for r in inferred.itertuples())
            items.append(f"<li><b>Inferred dates.</b> {len(inferred)} of {len(a)} publication dates are not stated in the text "
                         f"and were inferred from the events it mentions (marked ~). Relative dates in those articles "
                         f"(“last year”, “in February”) are resolved against the inferred date. Evidence: {dated}</li>")
        undated = a[a["published"].fillna("") == ""]
        if len(undated):
            items.append(f"<li><b>Undated articles.</b> {', '.join(self.label(x) for x in undated['article_id'])}: "
                         f"relative dates in them are left unresolved.</li>")
        skips = self.data.skips
        if len(skips):
            listed = "".join(f"<li><code>{esc(r.file)}</code>: {esc(r.reason)}</li>" for r in skips.itertuples())
            items.append(f"<li><b>Skipped files.</b> {len(skips)} file(s) could not be used:<ul>{listed}</ul></li>")
        else:
            items.append("<li><b>Skipped files.</b> None: every file in the corpus folder was read.</li>")
        items.append(
            "<li><b>How the tables are made.</b> Rules, not a statistical model: quotations are found by their marks and "
            "attributed to the nearest speaker by grammar and proximity; claims by reporting verbs (“argue”, “claims”, "
            "“according to”); figures by numbers and number words with their units; dates resolved against each "
            "article's publication date. Positions come from the theme codebook's patterns, with contrasts "
            "(“X rather than Y”) read as X.</li>")
        items.append(
            "<li><b>What extraction can miss.</b> Paraphrased claims without a reporting verb, speakers named only "
            "several sentences earlier, figures written in unusual ways, and positions the codebook has no pattern "
            "for. The distinctive vocabulary is descriptive only: five articles are too few for inference. Check any "
            "figure or quote against its sentence in the appendix before relying on it.</li>")
        return Html(f'<ul class="methods">{"".join(items)}</ul>')

    def appendix(self) -> Html:
        """Every cited span in context: the sentence before, the sentence (span marked), the sentence after."""
        if not self._evidence:
            return Html('<p class="empty">No evidence was cited.</p>')
        entries = []
        for (aid, start, end), n in sorted(self._evidence.items(), key=lambda kv: kv[1]):
            sentence, index = self._sentence_of(aid, start, end)
            if sentence is None:
                body = '<span class="muted">(sentence not found)</span>'
            else:
                s_text, s_start = str(sentence["text"]), int(sentence["start"])
                a, b = max(0, start - s_start), max(0, min(len(s_text), end - s_start))
                marked = f"{esc(s_text[:a])}<mark>{esc(s_text[a:b])}</mark>{esc(s_text[b:])}"
                before = self._neighbour(aid, index, -1)
                after = self._neighbour(aid, index, +1)
                body = (f'<span class="ctx">{esc(before)}</span> {marked} <span class="ctx">{esc(after)}</span>')
            entries.append(f'<li id="ev-{n}" value="{n}"><span class="src">{self.label(aid)}, characters {start}–{end}'
                           f'</span><br>{body}</li>')
        return Html(f'<ol class="appendix">{"".join(entries)}</ol>')

    def _neighbour(self, article_id: str, index: int, step: int) -> str:
        j = index + step
        if 0 <= j < len(self._sentences) and self._sentences.at[j, "article_id"] == article_id:
            text = str(self._sentences.at[j, "text"])
            return text if len(text) <= 240 else (text[:237] + "…" if step > 0 else "…" + text[-237:])
        return ""
