"""The briefing: its sections as DataFrames (:mod:`.sections`; above 15 articles their summaries,
:mod:`.aggregate`), rendered by templates (:mod:`.html`).

>>> from analysis.report import Briefing, load_report_data, sections
>>> data = load_report_data(corpus_dir="seeds")              # doctest: +SKIP
>>> sections.estimates(data)                                  # a DataFrame  # doctest: +SKIP
>>> Briefing(data).show("estimates")                          # the same, as HTML  # doctest: +SKIP
"""
from . import sections
from .data import DATA_TABLES, VIEW_TABLES, ReportData, compute_views, load_report_data
from .html import Briefing, Html, number
from .labels import article_labels, theme_title

__all__ = ["Briefing", "DATA_TABLES", "Html", "ReportData", "VIEW_TABLES", "article_labels", "compute_views",
           "load_report_data", "number", "sections", "theme_title"]
