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


@pytest.mark.parametrize("text, surface, value", [
    ("The army has received one and a half million rounds from its ally.", "one and a half million rounds", 1_500_000),
    ("About two and a half thousand people marched.", "two and a half thousand people", 2_500),
    ("The trial lasted three and a half years.", "three and a half years", 3.5),
])
def test_and_a_half_before_a_scale_word_takes_the_scale(text, surface, value):
    found = [(f.text, f.value) for f in extract_figures(text, published="2024-05-01")]
    assert found == [(surface, value)]


@pytest.mark.parametrize("text, surface, value", [
    ("The army has received one-point-six million rounds, he said.", "one-point-six million rounds", 1_600_000),
    ("Growth was two point five percent last year.", "two point five percent", 2.5),
])
def test_a_number_spoken_with_point_keeps_its_decimals(text, surface, value):
    found = [(f.text, f.value) for f in extract_figures(text, published="2024-05-01")]
    assert found == [(surface, value)]
