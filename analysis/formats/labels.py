"""One short, unique label per article for the briefing's tables and charts.

The label is the author's name if known, else the outlet, else a short title; never "None", a
stray word, a surname in capitals or "Article 004".
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Optional

from .names import author_label, is_junk_title, outlet_name, short_title

if TYPE_CHECKING:
    import pandas as pd


def _value(row, key: str) -> str:
    value = row.get(key, "") if hasattr(row, "get") else ""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    value = " ".join(str(value).split())
    return "" if value.lower() in ("none", "nan", "null", "<na>", "(untitled)", "untitled") else value


def article_labels(articles: "pd.DataFrame", *, texts: Optional[Mapping[str, str]] = None) -> dict[str, str]:
    """One short label per article: the author's name, else the outlet, else a short title.

    With ``texts`` (article id -> text), an article with none of these is labelled with its
    opening words in quotation marks; without, with its file id.

    Labels are unique: articles sharing one get their publication date, then their outlet,
    then a counter.  An article with nothing at all is labelled with its file id.

    >>> import pandas as pd
    >>> article_labels(pd.DataFrame([
    ...     {"article_id": "a", "author": "KIM TONG-HYUNG", "outlet": "", "title": "", "published": ""},
    ...     {"article_id": "b", "author": "None", "outlet": "Yonhap", "title": "", "published": "2016-09-26"},
    ...     {"article_id": "c", "author": "", "outlet": "Yonhap", "title": "", "published": "2016-09-27"}]))
    {'a': 'Kim Tong-hyung', 'b': 'Yonhap (2016-09-26)', 'c': 'Yonhap (2016-09-27)'}
    """
    rows = articles.to_dict("records") if hasattr(articles, "to_dict") else list(articles)
    base: dict[str, str] = {}
    for row in rows:
        article_id = str(row["article_id"])
        title = _value(row, "title")
        outlet = outlet_name(_value(row, "outlet")) or _value(row, "outlet")
        opening = " ".join((texts or {}).get(article_id, "").split()[:6])
        label = (author_label(_value(row, "author"), _value(row, "outlet")) or outlet
                 or (short_title(title) if title and not is_junk_title(title) else "")
                 or (f"“{short_title((texts or {})[article_id], words=5)}”" if opening else "") or article_id)
        base[article_id] = label

    by_label: dict[str, list[dict]] = {}
    for row in rows:
        by_label.setdefault(base[str(row["article_id"])], []).append(row)
    labels: dict[str, str] = {}
    for label, group in by_label.items():
        if len(group) == 1:
            labels[str(group[0]["article_id"])] = label
            continue
        for extra in ("published", "outlet"):
            values = [_value(r, extra) for r in group]
            if all(values) and len(set(values)) == len(values) and not (extra == "outlet" and label in values):
                for r, v in zip(group, values):
                    labels[str(r["article_id"])] = f"{label} ({v})"
                break
        else:
            group = sorted(group, key=lambda r: (_value(r, "published"), str(r["article_id"])))
            for n, r in enumerate(group, start=1):
                date = _value(r, "published")
                labels[str(r["article_id"])] = f"{label} ({date}, {n})" if date else f"{label} ({n})"
    taken = set()
    for article_id in sorted(labels):  # a disambiguated label may equal another base label
        label, n = labels[article_id], 2
        while label in taken:
            label, n = f"{labels[article_id]} [{n}]", n + 1
        labels[article_id] = label
        taken.add(label)
    return {str(r["article_id"]): labels[str(r["article_id"])] for r in rows}
