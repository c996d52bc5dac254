"""briefing: articles to checkable tables of quotes, claims, figures and dates, and a briefing.

>>> from analysis import load_corpus, extract
>>> tables = extract(load_corpus("seeds"))     # doctest: +SKIP
"""
from __future__ import annotations

__version__ = "0.1.0"

from .claims import extract_claims
from .corpus import Corpus, load_corpus
from .dates import extract_dates
from .extract import Tables, extract, extract_article
from .figures import extract_figures
from .quotes import extract_quotes
from .text import split_sentences

__all__ = [
    "Corpus", "Tables", "load_corpus", "extract", "extract_article", "split_sentences",
    "extract_quotes", "extract_claims", "extract_figures", "extract_dates",
]
