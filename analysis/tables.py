"""Write and read the contract's tables as CSV (and optionally Parquet)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .io import check_writable, write_csv

CONTRACT_FILES = ("articles", "sentences", "quotes", "claims", "figures", "dates", "skips")


def write_tables(tables, out_dir: Path, *, parquet: bool = False, spreadsheet_safe: bool = False) -> list[Path]:
    """Write every table as ``OUT/<name>.csv`` (see :func:`analysis.io.write_csv` for ``spreadsheet_safe``)."""
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
            written.extend(write_parquet(frame, out_dir / "parquet" / name))
    return written


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """Read a table written by :func:`write_tables`, with empty strings kept as strings."""
    path = Path(out_dir) / f"{name}.csv"
    return pd.read_csv(path, keep_default_na=False, na_values=[""], dtype={"article_id": str, "file": str})
