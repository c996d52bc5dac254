"""Shared checks for the date case tables."""
from __future__ import annotations

from analysis.dates import extract_dates


def assert_dates(text: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    """The dates of ``text`` sit at their spans and are ``expected`` as (text, normalized, granularity)."""
    found = extract_dates(text, article_id="a", published=published)
    for d in found:
        assert text[d.start:d.end] == d.text
    assert [(d.text, d.normalized, d.granularity) for d in found] == expected
