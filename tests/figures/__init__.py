"""Shared checks for the figure case tables."""
from __future__ import annotations

from analysis.figures import extract_figures


def assert_figures(text: str, expected: list[dict], published: str = "2024-06-21") -> None:
    """The figures of ``text`` sit at their spans and match ``expected`` in order, field by field."""
    found = extract_figures(text, article_id="a", published=published)
    for f in found:
        assert text[f.start:f.end] == f.text
    assert len(found) == len(expected), [(f.text, f.value, f.unit, f.kind) for f in found]
    for f, want in zip(found, expected):
        for key, value in want.items():
            assert getattr(f, key) == value, (f, key, value)
