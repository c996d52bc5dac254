"""Periods (analysis.dates.periods): centuries."""
from __future__ import annotations

import pytest

from analysis.dates import extract_dates


@pytest.mark.parametrize("text", [
    "It is one of the biggest humanitarian catastrophes of the twenty-first century.",
    "Its soldiers are gaining direct experience in full-scale 21st-century warfare.",
])
def test_century_of_publication_by_ordinal_is_our_time_no_date(text):
    assert extract_dates(text, published="2024-05-01") == []


def test_past_century_by_ordinal_is_a_date():
    found = extract_dates("The 20th century saw two world wars.", published="2024-05-01")
    assert [(d.text, d.normalized, d.granularity) for d in found] == [("The 20th century", "1900s", "century")]
