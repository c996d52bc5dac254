"""The tables a briefing is made from: read from a data folder the build wrote, or extracted now.

>>> data = load_report_data(corpus_dir="seeds")          # doctest: +SKIP
>>> data.quotes.head(), data.positions.head()           # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from .. import config
from ..extract import Tables
from ..records import columns_for

VIEW_TABLES = ("theme_sentences", "positions", "theme_matrix", "disagreements", "distinctive_terms", "view_shift",
               "themes")
DATA_TABLES = ("articles", "sentences", "quotes", "claims", "figures", "dates", "skips")


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
    from .. import views

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


def _read_folder(data_dir: Path) -> tuple[dict, dict]:
    frames = {name: _read(data_dir / f"{name}.csv") if (data_dir / f"{name}.csv").is_file()
              else pd.DataFrame(columns=columns_for(name)) for name in DATA_TABLES}
    views = {name: _read(data_dir / f"{name}.csv") for name in VIEW_TABLES if (data_dir / f"{name}.csv").is_file()}
    return frames, views


def _extract(corpus_dir: Path, wanted: list[str], themes_path) -> tuple[dict, dict]:
    from ..corpus import load_corpus
    from ..extract import extract

    corpus = load_corpus(corpus_dir).subset(wanted)
    tables = extract(corpus)
    return dict(tables.items()), compute_views(tables, corpus, themes_path)


def _blank_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns hold "" for "none" (a CSV reader gives missing values back)."""
    for col in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[col]) and not pd.api.types.is_bool_dtype(frame[col]):
            frame[col] = frame[col].fillna("")
    return frame


def load_report_data(*, corpus_dir: str | Path = config.SEEDS_DIR, data_dir: str | Path = "",
                     articles: str | Iterable[str] = "", themes_path: str | Path = config.DEFAULT_THEMES) -> ReportData:
    """Tables for a briefing: read from ``data_dir`` when it holds them (``articles.csv``), else
    extracted now from ``corpus_dir`` with the codebook ``themes_path``.

    ``articles`` (comma-separated ids, or a list) keeps a subset.
    """
    wanted = [a for a in (articles.split(",") if isinstance(articles, str) else articles) if a]
    data_dir = Path(data_dir) if data_dir else None
    if data_dir and (data_dir / "articles.csv").is_file():
        frames, views = _read_folder(data_dir)
    else:
        frames, views = _extract(Path(corpus_dir), wanted, themes_path or config.DEFAULT_THEMES)
    if wanted:
        def keep(frame):
            return frame[frame["article_id"].isin(wanted)].reset_index(drop=True) if "article_id" in frame else frame
        frames = {name: keep(frame) if name != "skips" else frame for name, frame in frames.items()}
        views = {name: keep(frame) for name, frame in views.items()}
    frames = {name: _blank_text(frame) for name, frame in frames.items()}
    views = {name: _blank_text(frame) for name, frame in views.items()}
    return ReportData(views=views, **frames)
