"""Short names for articles and themes, shared by the report's tables and the charts.

An article's name is the project's one label rule (:func:`analysis.formats.labels.article_labels`:
the author, else the outlet, else a short title or the opening words, always unique); the
briefing adds the publication date, with ``~`` when the date was inferred.
"""
from __future__ import annotations

from typing import Mapping, Optional

import pandas as pd

from ..formats.labels import article_labels as article_names


def _text(value) -> str:
    """A metadata cell as text: '' for None, NaN and the string 'nan' a CSV reader may leave."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = str(value).strip()
    return "" if text.lower() == "nan" else text


def article_labels(articles: pd.DataFrame, *, texts: Optional[Mapping[str, str]] = None) -> dict[str, str]:
    """Article id -> "name (date)", the date marked '~' when inferred, or 'n.d.'.

    A ``label`` column in ``articles`` (see :func:`analysis.report.load_report_data`) is used as
    it is; otherwise the labels are made here, from ``texts`` (article id -> text) for articles
    without author, outlet or title.

    >>> article_labels(pd.DataFrame([{"article_id": "a1", "author": "Sandip Kumar Mishra", "outlet": "",
    ...                               "title": "", "published": "2022-09-30", "published_basis": "stated"}]))
    {'a1': 'Sandip Kumar Mishra (2022-09-30)'}
    """
    if "label" in articles.columns:
        return dict(zip(articles["article_id"].astype(str), articles["label"].astype(str)))
    names = article_names(articles, texts=texts) if len(articles) else {}
    labels = {}
    for row in articles.itertuples():
        aid = str(row.article_id)
        published = _text(getattr(row, "published", ""))
        approx = "~" if _text(getattr(row, "published_basis", "")) == "inferred" else ""
        name = names.get(aid, aid)
        # A name made unique by its date already shows it.
        dated = bool(published) and name.endswith(f"({published})")
        labels[aid] = name if dated else f"{name} ({approx}{published or 'n.d.'})"
    return labels


def theme_title(theme: str) -> str:
    """'the US and the West' -> 'The US and the West'; 'trade_economy' -> 'Trade economy'."""
    text = str(theme).replace("_", " ")
    return text[:1].upper() + text[1:]
