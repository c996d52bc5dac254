"""Number atoms (analysis.figures.numbers): a vulgar fraction glued to a whole number."""
from __future__ import annotations

import pytest

from analysis.figures import extract_figures


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The meeting was their first in 4½ years, and much changed.", "4½ years", 4.5, "year"),
    ("He ran 2¼ miles before dawn.", "2¼ miles", 2.25, "mile"),
    ("Wages rose 4½% last year.", "4½%", 4.5, "percent"),
])
def test_vulgar_fraction_after_digits_adds_to_the_number(text, surface, value, unit):
    found = [f for f in extract_figures(text)
             if f.kind != "ordinal"]
    assert [(f.text, f.value, f.unit) for f in found] == [(surface, value, unit)]


@pytest.mark.parametrize("text, surface, value", [
    ("Iwaya and Cho held talks for an hour and 50 minutes at the ministry.", "an hour and 50 minutes", 110),
    ("In the 2 hours and 37 minutes after the touchdown, the probes worked.", "2 hours and 37 minutes", 157),
])
def test_hours_and_minutes_are_one_duration_in_minutes(text, surface, value):
    assert [(f.text, f.value, f.unit) for f in extract_figures(text)] == [(surface, value, "minute")]


def test_hours_and_too_many_minutes_stay_two_figures():
    assert [f.value for f in extract_figures("He spoke for 2 hours and 90 minutes more.")] == [2, 90]


def test_hours_and_minutes_keep_their_rate():
    found = extract_figures("Two hours and 30 minutes per day is the limit.")
    assert [(f.text, f.value, f.unit) for f in found] == [("Two hours and 30 minutes per day", 150, "minute per day")]
