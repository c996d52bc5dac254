"""Short, stable names for articles and themes, shared by the report's tables and the charts."""
from __future__ import annotations

import pandas as pd


def _text(value) -> str:
    """A metadata cell as text: '' for None, NaN and the string 'nan' a CSV reader may leave."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = str(value).strip()
    return "" if text.lower() == "nan" else text


def article_labels(articles: pd.DataFrame) -> dict[str, str]:
    """Article id -> "name (date)": the author (surname of a long name), else the outlet, else the id;
    the date is the publication date, with '~' when it was inferred, or 'n.d.'.

    >>> article_labels(pd.DataFrame([{"article_id": "a1", "author": "Sandip Kumar Mishra", "outlet": "",
    ...                               "published": "2022-09-30", "published_basis": "stated"}]))
    {'a1': 'Mishra (2022-09-30)'}
    """
    labels = {}
    for row in articles.sort_values("article_id").itertuples():
        author, outlet = _text(getattr(row, "author", "")), _text(getattr(row, "outlet", ""))
        if author:
            # "Lee Jong-hoon" stays whole (family name first); "Sandip Kumar Mishra" -> "Mishra".
            name = author if len(author.split()) <= 2 else author.split()[-1]
        elif outlet:
            name = outlet.split(",")[0].split("(")[0].strip()
        else:
            aid = str(row.article_id)
            # "003_9c8fa77861a75e7c" -> "Article 003"; other ids stay whole (shortened).
            name = f"Article {aid[:3]}" if aid[:3].isdigit() else (aid if len(aid) <= 24 else aid[:23] + "…")
        published = _text(getattr(row, "published", ""))
        approx = "~" if _text(getattr(row, "published_basis", "")) == "inferred" else ""
        labels[str(row.article_id)] = f"{name} ({approx}{published or 'n.d.'})"
    return labels


def theme_title(theme: str) -> str:
    """'the US and the West' -> 'The US and the West'; 'trade_economy' -> 'Trade economy'."""
    text = str(theme).replace("_", " ")
    return text[:1].upper() + text[1:]
