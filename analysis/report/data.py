"""The tables a briefing is made from: read from a data folder the build wrote, or extracted now.

>>> data = load_report_data(corpus_dir="seeds")          # doctest: +SKIP
>>> data.quotes.head(), data.positions.head()           # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Iterable

import pandas as pd

from .. import config
from ..errors import TableError
from ..extract import Tables
from ..io import read_csv, read_table
from ..records import TABLES, empty_frame

DATA_TABLES = tuple(TABLES)
# The views a build writes; a folder with the first seven has been through a build (the rest are newer).
VIEW_TABLES = ("theme_sentences", "positions", "theme_matrix", "disagreements", "distinctive_terms", "view_shift",
               "themes", "codebook_problems", "disagreement_summary", "shift_story")
REQUIRED_VIEWS = VIEW_TABLES[:7]
# Text columns of the views tables that could read as numbers (a year, a numeric term or theme name).
VIEW_TEXT_COLUMNS = ("theme", "position", "published", "term", "holder", "position_a", "position_b", "article_a",
                     "article_b", "earliest_article", "latest_article", "earliest_position", "latest_position",
                     "competing", "stance")


@dataclass
class ReportData(Tables):
    """The extracted tables plus the views tables (``positions``, ``disagreements``...), by name.

    ``views`` holds every table that is not a field of :class:`~analysis.extract.Tables`.
    """

    views: dict = field(default_factory=dict)

    def __getattr__(self, name):
        views = self.__dict__.get("views", {})
        if name in views:
            return views[name]
        if name in VIEW_TABLES:
            return pd.DataFrame()
        raise AttributeError(name)


def compute_views(tables, corpus=None, themes_path=None, *, jobs: int = 1) -> dict[str, pd.DataFrame]:
    """The views tables (themes, positions, disagreements, vocabulary, shift) of the extracted ``tables``,
    with the codebook ``themes_path`` (default: the package's), read in up to ``jobs`` processes.
    ``corpus`` is not needed; it is kept for callers that pass it."""
    from .. import views

    return views.collect_views(tables, views.load_codebook(themes_path or config.DEFAULT_THEMES), jobs=jobs)


def _read_view(path: Path) -> pd.DataFrame:
    """A views table as written: text stays text, and a column of True/False (``changed``) is boolean."""
    frame = read_csv(path)
    for column in frame.columns:
        if column in VIEW_TEXT_COLUMNS:
            frame[column] = frame[column].astype(str)
        elif len(frame) and frame[column].isin(["True", "False"]).all():
            frame[column] = frame[column] == "True"
    return frame


def _read_folder(data_dir: Path, themes_path) -> tuple[dict, dict]:
    """The tables in ``data_dir``; the views too when the build wrote them, else computed from the tables
    (a folder ``extract`` wrote holds only the tables)."""
    frames = {name: read_table(data_dir, name) if (data_dir / f"{name}.csv").is_file() else empty_frame(name)
              for name in DATA_TABLES}
    if all((data_dir / f"{name}.csv").is_file() for name in REQUIRED_VIEWS):
        views = {name: _read_view(data_dir / f"{name}.csv") for name in VIEW_TABLES
                 if (data_dir / f"{name}.csv").is_file()}
    else:
        views = compute_views(Tables(**_table_fields(frames)), themes_path=themes_path)
    return frames, views


def _table_fields(frames: dict) -> dict:
    return {f.name: frames[f.name] for f in fields(Tables) if f.name in frames}


def _extract(corpus_dir: Path, wanted: list[str], themes_path) -> tuple[dict, dict]:
    from ..corpus import load_corpus
    from ..extract import extract

    tables = extract(load_corpus(corpus_dir).subset(wanted))
    return dict(tables.items()), compute_views(tables, themes_path=themes_path)


def _blank_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns hold "" for "none" (a CSV reader gives missing values back)."""
    for col in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[col]) and not pd.api.types.is_bool_dtype(frame[col]):
            frame[col] = frame[col].fillna("")
    return frame


NO_NAME = frozenset({"none", "null", "nan", "n/a", "na", "unknown", "-"})


def _labelled(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """``articles`` with a ``label`` column: the name every table and chart gives the article."""
    from .labels import article_labels

    # a metadata placeholder for "no author" ("None" in PolNeAR's manifest) is no author's name
    for column in ("author", "outlet"):
        if column in articles:
            text = articles[column].fillna("").astype(str)
            articles = articles.assign(**{column: text.where(~text.str.strip().str.lower().isin(NO_NAME), "")})
    opening = (sentences.sort_values(["article_id", "start"]).groupby("article_id")["text"]
               .agg(lambda texts: " ".join(texts.head(3))))
    labels = article_labels(articles.drop(columns="label", errors="ignore"), texts=opening.to_dict())
    return articles.assign(label=articles["article_id"].astype(str).map(labels))


def _from_project(path: str | Path) -> Path:
    """``path`` as given when it exists from here, else from the project root (notebooks run in
    ``notebooks/``, while their parameters name folders such as ``seeds`` from the root)."""
    path = Path(path)
    if path.is_absolute() or path.exists() or not (config.PROJECT_ROOT / path).exists():
        return path
    return config.PROJECT_ROOT / path


def load_report_data(*, corpus_dir: str | Path = config.SEEDS_DIR, data_dir: str | Path = "",
                     articles: str | Iterable[str] = "", themes_path: str | Path = "") -> ReportData:
    """Tables for a briefing: read from the folder ``data_dir`` when one is given, else extracted now
    from ``corpus_dir`` with the codebook ``themes_path`` (default: the package's).

    ``articles`` (comma-separated ids, or a list) keeps a subset.  A relative folder is read
    from the working directory, or else from the project root.
    """
    wanted = [a.strip() for a in (articles.split(",") if isinstance(articles, str) else articles) if a.strip()]
    data_dir = _from_project(data_dir) if data_dir else None
    if data_dir and not (data_dir / "articles.csv").is_file():
        raise TableError(f"{data_dir}: no articles.csv here; pass the folder of tables that `python -m analysis "
                         f"extract` wrote (or a build's data/), or leave data_dir empty to extract from corpus_dir")
    themes = _from_project(themes_path) if themes_path else config.DEFAULT_THEMES
    if data_dir:
        frames, views = _read_folder(data_dir, themes)
    else:
        frames, views = _extract(_from_project(corpus_dir), wanted, themes)
    if wanted:
        def keep(frame):
            return frame[frame["article_id"].isin(wanted)].reset_index(drop=True) if "article_id" in frame else frame
        frames = {name: keep(frame) if name != "skips" else frame for name, frame in frames.items()}
        views = {name: keep(frame) for name, frame in views.items()}
    frames = {name: _blank_text(frame) for name, frame in frames.items()}
    views = {name: _blank_text(frame) for name, frame in views.items()}
    frames["articles"] = _labelled(frames["articles"], frames["sentences"])
    tables = _table_fields(frames)
    return ReportData(views={**{k: v for k, v in frames.items() if k not in tables}, **views}, **tables)
