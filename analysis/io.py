"""Atomic writes, and CSVs that read back exactly.

A reader never sees a half-written file, and a failure leaves the old one.  A table
written with :func:`write_csv` and read with :func:`read_table` gives back the same
frame: any text (quotes, ``\\r``, ``\\n``, any NUL-free Unicode), the same floats, the
same dtypes, and ``article_id`` as a string.
"""
from __future__ import annotations

import csv
import io
import numbers
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

from .errors import OutputError, TableError

if TYPE_CHECKING:  # pandas is imported where a frame is written or read, so `import analysis` stays light
    import pandas as pd


@contextmanager
def atomic_path(target: str | Path, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` atomically."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix or ".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{target.parent}: cannot write here ({exc.strerror})") from None
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.chmod(tmp_path, 0o644)
        os.replace(tmp_path, target)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def write_text(target: str | Path, content: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(content, encoding="utf-8", newline="")


def write_bytes(target: str | Path, content: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(content)


# --------------------------------------------------------------------------- exact CSVs
# A cell that a spreadsheet would run as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    """One value as CSV text: exact for floats (shortest repr), "" for None and NaN."""
    if isinstance(value, str):
        return value
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return ""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return str(bool(value))
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        value = float(value)
        if value != value:
            return ""
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))        # 90300000, not 90300000.0
        return repr(value)                # the shortest text that reads back as the same float
    return str(value)


def _text_columns(frame: pd.DataFrame) -> list[list[str]]:
    """Every column of ``frame`` as the list of its cells' CSV text."""
    import pandas as pd

    columns = []
    for name in frame.columns:
        series = frame[name]
        if pd.api.types.is_datetime64_any_dtype(series):
            plain_dates = series.dropna().dt.normalize().eq(series.dropna()).all()
            series = series.dt.strftime("%Y-%m-%d" if plain_dates else "%Y-%m-%d %H:%M:%S")
        values = series.tolist()
        if pd.api.types.is_string_dtype(series) and series.dtype != object and not series.hasnans:
            columns.append(values)                    # str already: the common case, kept cheap
        elif series.dtype == "int64":
            columns.append(list(map(str, values)))
        else:
            columns.append([_cell(v) for v in values])
    return columns


def spreadsheet_safe_cell(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would read it as a formula.

    >>> spreadsheet_safe_cell("=1+2"), spreadsheet_safe_cell("a=b")
    ("'=1+2", 'a=b')
    """
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def format_csv(frame: pd.DataFrame, *, spreadsheet_safe: bool = False) -> str:
    """The CSV text of ``frame``: a header, then one line per row, ending in LF.

    Any field holding a comma, a quote, ``\\r`` or ``\\n`` is quoted, so every text,
    a lone carriage return included, reads back exactly (``csv.writer`` with a LF
    terminator leaves a lone ``\\r`` unquoted, and readers then split the row there).
    Identical frames give identical text.
    """
    import pandas as pd

    text_columns = {i for i, name in enumerate(frame.columns) if spreadsheet_safe and (
        not pd.api.types.is_numeric_dtype(frame[name]) or pd.api.types.is_bool_dtype(frame[name]))}
    columns = _text_columns(frame)
    if spreadsheet_safe:
        columns = [[spreadsheet_safe_cell(cell) for cell in column] if i in text_columns else column
                   for i, column in enumerate(columns)]
    rows = [[str(c) for c in frame.columns], *zip(*columns)] if columns else [[]] * (len(frame) + 1)
    buffer = io.StringIO()
    if not any("\r" in "\n".join(column) for column in [rows[0], *columns]):
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        return buffer.getvalue()
    # With "\r\n" as terminator, csv quotes every field that holds either character; each row's
    # terminator is then swapped for "\n".  (The same text as above for rows without a "\r".)
    writer = csv.writer(buffer, lineterminator="\r\n")
    lines = []
    for row in rows:
        writer.writerow(row)
        lines.append(buffer.getvalue()[:-2] + "\n")
        buffer.seek(0)
        buffer.truncate()
    return "".join(lines)


def write_csv(frame: pd.DataFrame, target: str | Path, *, spreadsheet_safe: bool = False) -> None:
    """Write ``frame`` as CSV atomically: UTF-8, LF line ends, exact text and floats (:func:`format_csv`).

    The CSVs keep ``text == article_text[start:end]`` by default.  ``spreadsheet_safe``
    prefixes a ``'`` to text cells that begin with ``= + - @``, a tab or a carriage return,
    so that Excel or LibreOffice show them instead of running them; the offsets of those
    cells are then one character off, so it is for tables meant for spreadsheets only.
    """
    write_text(target, format_csv(frame, spreadsheet_safe=spreadsheet_safe))


# Columns of tables outside the contract (the views) that hold names, never numbers: an article
# called 001.txt, 2022.txt or True.txt keeps its id in article_a or articles_b as well.
# Counts named after articles ("articles_with_position", "article_pairs") are numbers all the same.
_TEXT_COLUMNS = re.compile(r"^(article|file|published|term)(?!.*(?:_pairs|_with_position|_matched|_count)$)")


def read_csv(path: str | Path, *, dtypes: Optional[dict[str, str]] = None) -> pd.DataFrame:
    """Read a CSV written by :func:`write_csv`, every cell as the text written, then typed.

    ``dtypes`` maps columns to ``"str"``, ``"int"``, ``"float"`` or ``"bool"``.  Text stays
    text: ``""`` is ``""`` (not NaN), and ``001``, ``1e5``, ``nan`` or ``True`` stay strings.
    A column not named there is text when its name says it holds names (``article*``,
    ``file*``, ``published``, ``term``); otherwise it is a number or a bool only when every
    cell is written exactly as :func:`write_csv` writes one (``7``, ``0.5``, ``True``), so
    ``007`` or ``1e5`` stay text.  Pass ``dtypes`` to be sure.
    """
    import pandas as pd

    path = Path(path)
    try:
        # The C parser with every cell as str and no NA detection reads exactly what was written.
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise TableError(f"{path}: cannot read this table ({type(exc).__name__}); extract it again") from None
    dtypes = dict(dtypes or {})
    for column in frame.columns:
        kind = dtypes.get(column) or ("str" if _TEXT_COLUMNS.match(column) else _guess_kind(frame[column]))
        try:
            if kind == "int":
                frame[column] = frame[column].astype("int64")
            elif kind == "float":
                frame[column] = frame[column].map(lambda v: float(v) if v else float("nan")).astype("float64")
            elif kind == "bool":
                frame[column] = frame[column].map({"True": True, "False": False}.__getitem__).astype("bool")
        except (ValueError, TypeError, KeyError):
            raise TableError(f"{path}: column {column!r} should hold {kind} values; extract the table again") from None
    return frame


def _guess_kind(column: pd.Series) -> str:
    """int, float or bool when every cell is written exactly as :func:`_cell` writes such a value, else str."""
    values = column.tolist()
    filled = [v for v in values if v != ""]
    if not filled:
        return "str"
    if len(filled) == len(values) and set(filled) <= {"True", "False"}:
        return "bool"
    if len(filled) == len(values) and all(_is_canonical(v, int) for v in filled):
        return "int"
    if all(_is_canonical(v, float) and v not in ("inf", "-inf") for v in filled):
        return "float"
    return "str"


def _is_canonical(text: str, kind: type) -> bool:
    try:
        return _cell(kind(text)) == text
    except ValueError:
        return False


def read_table(folder: str | Path, name: str) -> pd.DataFrame:
    """Read the table ``name`` from ``folder/<name>.csv`` with the contract's columns and dtypes.

    For a table of :data:`analysis.records.TABLES` the frame equals the one extraction
    returned (same columns, dtypes and values; ``article_id`` is a string even for a
    file named ``001.txt``).  Other tables (the views) are read with :func:`read_csv`.
    """
    from .records import TABLES, conform

    path = Path(folder) / f"{name}.csv"
    if name not in TABLES:
        return read_csv(path)
    spec = TABLES[name].columns
    frame = read_csv(path, dtypes=spec)
    missing = [c for c, kind in spec.items() if c not in frame.columns and kind == "int"]
    if missing:
        raise TableError(f"{path}: no column {', '.join(missing)}; extract the table again")
    return conform(frame, name)


def check_writable(folder: Path) -> None:
    """Raise OutputError early when ``folder`` cannot be created or written.

    It probes with a real file rather than ``os.access``, which says yes to root
    even on an immutable folder.
    """
    folder = Path(folder)
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError(f"{probe}: not a folder; pass a folder for --out")
    try:
        with tempfile.TemporaryFile(dir=probe):
            pass
    except OSError:
        raise OutputError(f"{probe}: not writable; pass another --out folder") from None
