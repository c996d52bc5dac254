"""The contract's tables as one set of files, and back.

``extract`` and ``build`` write every table of :data:`analysis.records.TABLES` as
``<name>.csv`` (:func:`analysis.io.write_csv`), optionally as Parquet under
``parquet/<name>/``, and each article's plain text as ``texts/<article_id>.txt``: the
text every ``start``/``end`` refers to, so ``text == texts[start:end]`` can be checked
for any input format.  :func:`read_tables` reads such a folder back (the CSVs, or the
Parquet when there is no CSV), which is what ``build --data DIR`` builds from.
"""
from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Mapping, Optional

import pandas as pd

from .errors import OutputError, TableError
from .io import check_writable, read_table, write_csv
from .records import TABLES, conform

TEXTS = "texts"      # the folder of article texts in a set of tables
PARQUET = "parquet"  # the folder of Parquet tables (``extract --parquet``)


def write_tables(tables, out_dir: Path, *, parquet: bool = False, spreadsheet_safe: bool = False,
                 texts: Optional[Mapping[str, str]] = None) -> list[Path]:
    """Write every table as ``OUT/<name>.csv`` and, given ``texts`` (article id -> text, e.g.
    ``corpus.texts``), each article's text as ``OUT/texts/<article_id>.txt``; returns the paths.

    ``parquet`` also writes ``OUT/parquet/<name>/part-*.parquet``; ``spreadsheet_safe``: see
    :func:`analysis.io.write_csv`.
    """
    out_dir = Path(out_dir)
    check_writable(out_dir)
    written = []
    for name, frame in tables.items():
        frame = frame.drop(columns=[c for c in ("sha256",) if c in frame.columns and name != "articles"])
        target = out_dir / f"{name}.csv"
        write_csv(frame, target, spreadsheet_safe=spreadsheet_safe)
        written.append(target)
        if parquet:
            from .distributed import write_parquet
            written.extend(write_parquet(frame, out_dir / PARQUET / name))
    if texts is not None:
        written.extend(write_texts(texts, out_dir / TEXTS))
    return written


def write_texts(texts: Mapping[str, str], folder: Path) -> list[Path]:
    """``folder/<article_id>.txt`` for every article, byte for byte its text in UTF-8 (no newline
    translation, so character offsets into the decoded file equal those of the tables)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for article_id, text in texts.items():
        target = folder / f"{article_id}.txt"
        try:
            target.write_bytes(text.encode("utf-8", "surrogatepass"))
        except OSError as exc:
            if exc.errno == errno.ENAMETOOLONG:
                raise OutputError(f"{article_id[:40]}...: article id too long for texts/<id>.txt "
                                  f"({len(os.fsencode(target.name))} bytes); shorten the file's name") from None
            raise
        written.append(target)
    return written


def read_tables(folder: Path, *, articles: Optional[list[str]] = None) -> dict[str, pd.DataFrame]:
    """Every table of the contract from a folder that ``extract`` (or a build's ``data/``) wrote.

    A table is read from ``<name>.csv`` (:func:`analysis.io.read_table`) or, without one, from
    ``parquet/<name>/``; ``entities`` may be missing (older sets: None, so it is linked again).
    ``articles`` keeps those article ids.  Raises :class:`~analysis.errors.TableError` naming
    the folder when it holds no such tables.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise TableError(f"{folder}: no such folder; pass the --out folder of `python -m analysis extract`")
    frames: dict[str, Optional[pd.DataFrame]] = {}
    for name in TABLES:
        if (folder / f"{name}.csv").is_file():
            frames[name] = read_table(folder, name)
        elif (folder / PARQUET / name).is_dir():
            frames[name] = _read_parquet(folder / PARQUET / name, name)
        elif name == "entities":
            frames[name] = None
        else:
            found = "no tables here" if name == "articles" else f"no {name}.csv (nor {PARQUET}/{name}/) here"
            raise TableError(f"{folder}: {found}; pass the --out folder of `python -m analysis extract` "
                             f"(or a build's data/)")
    if articles:
        known = set(frames["articles"]["article_id"])
        unknown = sorted(set(articles) - known)
        if unknown:
            raise TableError(f"{folder}: no article named {', '.join(unknown)}")
        for name, frame in frames.items():
            if frame is not None and name not in ("skips", "entities") and "article_id" in frame:
                frames[name] = frame[frame["article_id"].isin(set(articles))].reset_index(drop=True)
    return frames


def _read_parquet(folder: Path, name: str) -> pd.DataFrame:
    parts = sorted(folder.glob("part-*.parquet"))
    try:
        frame = pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True) if parts else None
    except (OSError, ValueError) as exc:
        raise TableError(f"{folder}: cannot read this Parquet table ({type(exc).__name__}); extract it again") from None
    if frame is None:
        raise TableError(f"{folder}: no part-*.parquet files; extract the tables again")
    missing = [c for c, kind in TABLES[name].columns.items() if kind == "int" and c not in frame.columns]
    if missing:
        raise TableError(f"{folder}: no column {', '.join(missing)}; extract the table again")
    return conform(frame, name)


def read_texts(folder: Path, article_ids) -> dict[str, str]:
    """The texts of ``article_ids`` from ``folder/texts/`` (regular files only, never through a link);
    articles without a text file are left out."""
    from . import config
    from .folder import read_regular

    texts = {}
    for article_id in article_ids:
        path = Path(folder) / TEXTS / f"{article_id}.txt"
        try:
            texts[article_id] = read_regular(path, config.MAX_ARTICLE_BYTES * 4).decode("utf-8", "surrogatepass")
        except (OSError, ValueError):
            continue
    return texts
