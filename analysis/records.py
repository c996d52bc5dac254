"""Frozen records for every table, the tables' contract (:data:`TABLES`), and records to DataFrames.

Each record carries its provenance: the article it came from, its exact surface
``text`` and the character span ``start:end`` so that ``text == article[start:end]``.
Column order follows the contract in DESIGN.md; new columns are only ever appended.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Iterable, Optional, get_type_hints

if TYPE_CHECKING:  # pandas is imported where a frame is made, so `import analysis` stays light
    import pandas as pd


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def flat_row(record) -> dict:
    """``dataclasses.asdict`` of a record whose fields are all str, int, float or None: the same dict (field
    order, values), without asdict's recursive deep copy, which costs more than building the DataFrame."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in fields(record))
    return {name: getattr(record, name) for name in names}


@dataclass(frozen=True)
class Article:
    article_id: str
    file: str
    text: str
    title: str = ""
    author: str = ""
    outlet: str = ""
    published: str = ""          # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    published_basis: str = ""    # stated / inferred / manifest / "" (null)
    url: str = ""
    notes: str = ""
    encoding: str = "utf-8"
    sha256: str = ""

    @property
    def words(self) -> int:
        return len(self.text.split())

    def to_row(self) -> dict:
        return {
            "article_id": self.article_id,
            "file": self.file,
            "title": self.title,
            "author": self.author,
            "outlet": self.outlet,
            "published": self.published,
            "published_basis": self.published_basis,
            "words": self.words,
            "url": self.url,
            "notes": self.notes,
            "encoding": self.encoding,
            "chars": len(self.text),
            "sha256": self.sha256,
        }


@dataclass(frozen=True)
class Skip:
    """A file that was not read, and why; shown in the briefing's methods section."""

    file: str
    reason: str

    def to_row(self) -> dict:
        return flat_row(self)


@dataclass(frozen=True)
class Sentence:
    article_id: str
    sentence_id: int
    start: int
    end: int
    text: str
    paragraph: int

    def to_row(self) -> dict:
        return flat_row(self)


@dataclass(frozen=True)
class Quote:
    article_id: str
    start: int
    end: int
    text: str
    speaker: str = ""
    kind: str = "speech"         # speech / scare / block
    cue: str = ""
    sentence_id: int = -1
    speaker_mention: str = ""    # the speaker's words as written ("the spokesman"); speaker is the resolved name
    entity_id: str = ""          # the speaker / source in entities.csv (filled by analysis.entities)

    def to_row(self) -> dict:
        return flat_row(self)


@dataclass(frozen=True)
class Claim:
    article_id: str
    start: int
    end: int
    text: str
    source: str = ""
    cue: str = ""
    hedge: str = ""
    sentence_id: int = -1
    source_mention: str = ""     # the source's words as written ("it"); source is the resolved name
    entity_id: str = ""          # the speaker / source in entities.csv (filled by analysis.entities)

    def to_row(self) -> dict:
        return flat_row(self)


@dataclass(frozen=True)
class Figure:
    article_id: str
    start: int
    end: int
    text: str
    value: float
    value_high: Optional[float] = None
    unit: str = ""
    kind: str = "count"
    refers_to: str = ""
    hedge: str = ""
    source: str = ""
    sentence_id: int = -1
    status: str = ""             # stated / reported / hypothetical / negated / denied (analysis.figures.status)
    subject: str = ""            # what is counted ("North Korean troops in Russia"), "" when unclear
    repeat_of: int = -1          # a headline/standfirst figure: the start of the body mention it repeats
    entity_id: str = ""          # the speaker / source in entities.csv (filled by analysis.entities)

    def to_row(self) -> dict:
        return flat_row(self)


@dataclass(frozen=True)
class DateMention:
    article_id: str
    start: int
    end: int
    text: str
    normalized: str
    granularity: str
    sentence_id: int = -1

    def to_row(self) -> dict:
        return flat_row(self)


@dataclass(frozen=True)
class Entity:
    """One actor across the corpus (analysis.entities): a person, state, organisation, media outlet or group."""

    entity_id: str
    name: str
    kind: str                    # person / state / organisation / media / group
    role: str = ""
    aliases: str = ""            # every form of the name seen, "; "-separated

    def to_row(self) -> dict:
        return flat_row(self)


# --------------------------------------------------------------------------- the tables' contract
@dataclass(frozen=True)
class Table:
    """One table of the contract: its columns with their dtypes, in CSV order, and the record behind a row."""

    name: str
    columns: dict[str, str]          # column -> "str" | "int" | "float"
    record: Optional[type] = None
    sort_by: tuple[str, ...] = ("article_id", "start", "end", "text")


_KINDS = {str: "str", int: "int", float: "float", Optional[float]: "float", Optional[str]: "str"}
# "str" is pandas' text dtype (StringDtype in pandas 3, object before); text columns hold "" for none.
PANDAS_DTYPES = {"str": "str", "int": "int64", "float": "float64"}


def _columns_of(record: type) -> dict[str, str]:
    hints = get_type_hints(record)
    return {f.name: _KINDS[hints[f.name]] for f in fields(record)}


# Article rows are not its fields: the text goes to texts/, and words and chars are counted.
_ARTICLE_COLUMNS = {
    "article_id": "str", "file": "str", "title": "str", "author": "str", "outlet": "str", "published": "str",
    "published_basis": "str", "words": "int", "url": "str", "notes": "str", "encoding": "str", "chars": "int",
    "sha256": "str",
}

TABLES: dict[str, Table] = {
    "articles": Table("articles", _ARTICLE_COLUMNS, Article, ("article_id",)),
    "sentences": Table("sentences", _columns_of(Sentence), Sentence),
    "quotes": Table("quotes", _columns_of(Quote), Quote),
    "claims": Table("claims", _columns_of(Claim), Claim),
    "figures": Table("figures", _columns_of(Figure), Figure),
    "dates": Table("dates", _columns_of(DateMention), DateMention),
    "entities": Table("entities", _columns_of(Entity), Entity, ("entity_id",)),
    "skips": Table("skips", _columns_of(Skip), Skip, ("file",)),
}
"""Every table ``extract`` writes, in the order it writes them; the one list of names and columns."""

MENTION_TABLES = tuple(name for name in TABLES if name not in ("articles", "entities", "skips"))
"""The tables made per article (one row = one mention or sentence): what extraction and the cache produce."""

def record_from_row(table: str, row: dict):
    """The record of ``table`` that ``row`` (a dict, as ``to_row`` gives) describes.

    Raises ``ValueError`` unless the row has exactly the record's fields, each of its
    type (an int where a float is expected is fine, ``None`` only where the field is
    optional): a stored row of another shape is refused rather than half-trusted.
    """
    record = TABLES[table].record
    hints = get_type_hints(record)
    if not isinstance(row, dict) or set(row) != set(hints):
        raise ValueError(f"{table}: a row with other fields than {sorted(hints)}")
    for name, hint in hints.items():
        value = row[name]
        allowed = (int, float) if hint in (float, Optional[float]) else (hint,) if hint in (str, int) else (str,)
        if value is None and hint in (Optional[float], Optional[str]):
            continue
        if isinstance(value, bool) or not isinstance(value, allowed):
            raise ValueError(f"{table}: {name} is {type(value).__name__}, not {hint}")
    return record(**row)


def columns_for(table: str) -> list[str]:
    """The column order of a table, for empty frames and stable CSVs."""
    return list(TABLES[table].columns)


def dtypes_for(table: str) -> dict:
    """The pandas dtype of every column of ``table``: str ("" for none, never NaN), int64 or float64."""
    return {column: PANDAS_DTYPES[kind] for column, kind in TABLES[table].columns.items()}


def conform(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """``frame`` with the contract's columns first, in order, and their dtypes; extra columns follow.

    Missing text is ``""`` and a missing column is added empty, so a frame read from an
    older CSV and one just extracted compare equal.
    """
    import pandas as pd

    spec = TABLES[table].columns
    if list(frame.columns) == list(spec) and all(
            frame[c].dtype == PANDAS_DTYPES[k] and (k != "str" or not frame[c].hasnans) for c, k in spec.items()):
        return frame  # already conforms: the common case, kept cheap
    columns = {}
    for column, kind in spec.items():
        series = frame[column] if column in frame.columns else pd.Series(
            [""] * len(frame) if kind == "str" else [float("nan")] * len(frame), index=frame.index, dtype=object)
        if kind == "str":
            if not (pd.api.types.is_string_dtype(series) and series.dtype != object and not series.hasnans):
                series = series.map(lambda v: "" if v is None or v != v else str(v)).astype("str")
        elif series.dtype != PANDAS_DTYPES[kind]:
            series = series.astype(PANDAS_DTYPES[kind])
        columns[column] = series
    columns.update((c, frame[c]) for c in frame.columns if c not in spec)
    return pd.DataFrame(columns, index=frame.index)


def empty_frame(table: str) -> pd.DataFrame:
    """A table with no rows: the contract's columns and dtypes."""
    import pandas as pd

    return conform(pd.DataFrame(columns=columns_for(table)), table)


def to_frame(records: Iterable, table: str) -> pd.DataFrame:
    """Records to a DataFrame with the contract's columns and dtypes, sorted by article and span."""
    import pandas as pd

    rows = [r.to_row() for r in records]
    dtypes = dtypes_for(table)
    frame = pd.DataFrame({column: pd.Series([row[column] for row in rows], dtype=dtype)
                          for column, dtype in dtypes.items()})
    frame = conform(frame, table)  # a None in a text field becomes ""
    sort_keys = [k for k in TABLES[table].sort_by if k in frame.columns]
    if len(frame) and sort_keys:
        frame = frame.sort_values(sort_keys, kind="mergesort").reset_index(drop=True)
    return frame
