"""One unit with no number (analysis.figures.one_unit)."""
from __future__ import annotations

import pytest

from analysis.figures import extract_figures


@pytest.mark.parametrize("text", [
    "It was the first measles fatality recorded in the U.S. in over a decade.",
    "The protests mark the largest wave of civil unrest in Turkey in over a decade.",
])
def test_decade_as_frame_of_a_record_is_no_figure(text):
    assert [f for f in extract_figures(text)
            if f.kind != "ordinal"] == []


@pytest.mark.parametrize("text, value, unit", [
    ("He served in prison for over a decade.", 10, "year"),
    ("For the first time in more than a year, borrowing costs rose.", 1, "year"),   # a year is no record frame
])
def test_hedged_one_unit_outside_a_record_frame_stays(text, value, unit):
    found = [f for f in extract_figures(text) if f.kind != "ordinal"]
    assert [(f.value, f.unit) for f in found] == [(value, unit)]
