"""Frozen records for every table, and their conversion to DataFrame rows.

Each record carries its provenance: the article it came from, its exact surface
``text`` and the character span ``start:end`` so that ``text == article[start:end]``.
Column order follows the contract in DESIGN.md; new columns are only ever appended.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Iterable, Optional

if TYPE_CHECKING:  # pandas is imported where a frame is made, so `import analysis` stays light
    import pandas as pd


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
        return asdict(self)


@dataclass(frozen=True)
class Sentence:
    article_id: str
    sentence_id: int
    start: int
    end: int
    text: str
    paragraph: int

    def to_row(self) -> dict:
        return asdict(self)


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

    def to_row(self) -> dict:
        return asdict(self)


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

    def to_row(self) -> dict:
        return asdict(self)


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

    def to_row(self) -> dict:
        return asdict(self)


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
        return asdict(self)


RECORD_TYPES = {
    "sentences": Sentence,
    "quotes": Quote,
    "claims": Claim,
    "figures": Figure,
    "dates": DateMention,
    "skips": Skip,
}

ARTICLE_COLUMNS = list(Article("", "", "").to_row())


def columns_for(table: str) -> list[str]:
    """The column order of a table, for empty frames and stable CSVs."""
    if table == "articles":
        return ARTICLE_COLUMNS
    return [f.name for f in fields(RECORD_TYPES[table])]


def to_frame(records: Iterable, table: str) -> pd.DataFrame:
    """Records to a DataFrame with the contract's columns, sorted by article and span."""
    rows = [r.to_row() for r in records]
    import pandas as pd

    frame = pd.DataFrame(rows, columns=columns_for(table))
    sort_keys = [k for k in ("article_id", "start", "end", "text") if k in frame.columns]
    if table == "articles":
        sort_keys = ["article_id"]
    elif table == "skips":
        sort_keys = ["file"]
    if len(frame) and sort_keys:
        frame = frame.sort_values(sort_keys, kind="mergesort").reset_index(drop=True)
    return frame
