"""The briefing's sections as HTML: the frames of :mod:`.sections` rendered by Jinja2 templates.

This is the one place where text becomes markup.  The templates (``analysis/templates/
<section>.html.j2``) are rendered with autoescaping on, so every value taken from an
article, a file name or a codebook is escaped; only :meth:`Briefing.cite` makes markup
itself, from numbers.  Each span a section cites gets a numbered link to the appendix,
numbered in the order the sections are shown.

>>> brief = Briefing(load_report_data(corpus_dir="seeds"))   # doctest: +SKIP
>>> brief.show("themes")                                     # doctest: +SKIP
>>> brief.render("themes", sections.themes(brief.data).head(3))  # doctest: +SKIP
"""
from __future__ import annotations

import math
from functools import lru_cache

import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .. import config
from . import aggregate, sections
from .labels import theme_title

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}


class Html(str):
    """A string that Jupyter shows as HTML (and nbconvert keeps as text/html)."""

    def _repr_html_(self) -> str:
        return str(self)


# ----------------------------------------------------------------------------- filters
def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def number(value, unit: str = "") -> str:
    """90300000, "USD" -> "$90.3 m"; 96, "percent" -> "96%"; 6222 -> "6,222"; missing -> ""."""
    if _missing(value) or value == "":
        return ""
    value, unit = float(value), str(unit or "")
    if unit.upper() in CURRENCY_SYMBOLS:
        symbol = CURRENCY_SYMBOLS[unit.upper()]
        for size, suffix in ((1e9, " bn"), (1e6, " m")):
            if abs(value) >= size:
                return f"{symbol}{value / size:,.3g}{suffix}"
        return f"{symbol}{value:,.0f}"
    if unit.lower() in ("percent", "%"):
        return f"{value:g}%"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.3g}"


def plural(count, noun: str, many: str = "") -> str:
    """3, "pair" -> "3 pairs"; 1, "date is", "dates are" -> "1 date is"."""
    count = int(count)
    return f"{count} {noun if count == 1 else (many or noun + 's')}"


def clip(text, length: int) -> str:
    """``text`` cut to ``length`` characters, the cut marked with '…'."""
    text = "" if _missing(text) else str(text)
    return text if len(text) <= length else text[:length - 1] + "…"


def clip_start(text, length: int) -> str:
    """``text`` cut from the start to ``length`` characters (for the text before a span)."""
    text = "" if _missing(text) else str(text)
    return text if len(text) <= length else "…" + text[-(length - 1):]


def grouped(rows: list[dict], key: str) -> list[tuple]:
    """``rows`` grouped by ``row[key]``, groups in order of first appearance (Jinja's groupby sorts)."""
    groups: dict = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    return list(groups.items())


def largest_first(groups: list[tuple]) -> list[tuple]:
    """``grouped`` output with the largest groups first (ties keep their order)."""
    return sorted(groups, key=lambda group: -len(group[1]))


def _finalize(value):
    """What a template prints for a missing value: nothing (not "None" or "nan")."""
    return "" if _missing(value) else value


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The templates' environment: autoescaping everywhere, an error for any name a template misspells."""
    env = Environment(loader=FileSystemLoader(str(config.TEMPLATE_DIR)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, finalize=_finalize, keep_trailing_newline=False)
    env.filters.update(number=number, plural=plural, clip=clip, clip_start=clip_start, grouped=grouped,
                       largest_first=largest_first,
                       theme_title=theme_title, missing=_missing)
    return env


def records(frame: pd.DataFrame) -> list[dict]:
    """The rows of ``frame`` as dicts of plain Python values, missing values as None."""
    frame = frame.astype(object).where(frame.notna(), None)
    return frame.to_dict("records")


# ----------------------------------------------------------------------------- the briefing
def _charts():
    from .. import charts

    return charts


def _event_rows(data):
    from .sections import event_rows   # dates without those of page metadata lines

    return event_rows(data)


# Charts with one row or column per article: shown only while the briefing goes article by article.
PER_ARTICLE_CHARTS = {
    "theme_matrix": lambda data: _charts().chart_theme_matrix(data.theme_matrix, data.articles),
    "estimates": lambda data: _charts().chart_estimates(data.figures, data.articles),
    "timeline": lambda data: _charts().chart_timeline(_event_rows(data), data.articles),
    "view_shift": lambda data: _charts().chart_view_shift(data.view_shift, data.articles),
    "trade": lambda data: _charts().chart_trade_values(data.figures, data.articles),   # a legend row per article
}


class Briefing:
    """Shows the briefing's sections as HTML, and the appendix of the evidence they cited.

    ``show(name)`` selects a section's frame (:data:`~analysis.report.sections.SECTIONS`) and
    renders it; ``render(name, frame)`` renders a frame you selected yourself.
    """

    def __init__(self, data) -> None:
        self.data = data
        self.evidence: dict[tuple[str, int, int], int] = {}

    def cite(self, article_id, start, end) -> Markup:
        """A numbered link to the appendix entry for the span ``start``–``end`` of ``article_id``
        (nothing for a missing span: no offsets, or -1 as the views give for no evidence)."""
        if _missing(start) or _missing(end) or int(start) < 0:
            return Markup("")
        key = (str(article_id), int(start), int(end))
        n = self.evidence.setdefault(key, len(self.evidence) + 1)
        return Markup('<a class="ev" href="#ev-{0}">[{0}]</a>').format(n)

    def cited(self) -> pd.DataFrame:
        """The spans cited so far, numbered: ``n``, ``article_id``, ``start``, ``end``."""
        rows = [{"n": n, "article_id": aid, "start": start, "end": end}
                for (aid, start, end), n in sorted(self.evidence.items(), key=lambda item: item[1])]
        return pd.DataFrame(rows, columns=["n", "article_id", "start", "end"])

    def chart(self, name: str):
        """Chart ``name`` of :data:`PER_ARTICLE_CHARTS` (a matplotlib Figure), or, for a corpus the
        briefing aggregates, a note that the chart is left out: it has a row (or a legend entry) per
        article, so it grows without bound (on PolNeAR's 168 articles these charts were 3.0 of the
        page's 3.2 MB), and the section's summary table below it says the same in aggregate. A chart with nothing
        to draw shows nothing: the section's table says in one line that nothing was found."""
        if aggregate.aggregated(self.data):
            return Html(f'<p class="empty">This chart shows every article one by one and is left out for '
                        f'{len(self.data.articles)} articles; the table below sums it up.</p>')
        fig = PER_ARTICLE_CHARTS[name](self.data)
        if getattr(fig, "empty", False):
            import matplotlib.pyplot as plt
            plt.close(fig)
            return Html("")     # nothing to draw: the section's table below says so in one line
        return fig

    def show(self, name: str, **options) -> Html:
        """Section ``name`` of the briefing as HTML; ``options`` go to its section function.

        A corpus of more than :data:`~analysis.report.aggregate.AGGREGATE_ABOVE` articles gets the
        section's summary (``aggregate.<name>_summary``, template ``<name>_summary.html.j2``) instead."""
        if name == "appendix":
            return self.render(name, sections.appendix(self.data, self.cited()))
        if name in aggregate.SUMMARIES and aggregate.aggregated(self.data):
            return self.render(f"{name}_summary", aggregate.SUMMARIES[name](self.data, **options))
        return self.render(name, sections.SECTIONS[name](self.data, **options))

    def render(self, name: str, frame: pd.DataFrame) -> Html:
        """``frame`` (as the section function ``name`` returns it, or a part of it) as HTML."""
        template = environment().get_template(f"{name}.html.j2")
        return Html(template.render(rows=records(frame), cite=self.cite, articles=len(self.data.articles)))
