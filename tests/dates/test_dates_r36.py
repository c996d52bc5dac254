"""Dates: mechanisms for the residual of the untuned rounds 32-36 (hedged counts back, ...)."""
from __future__ import annotations

import pytest

from . import assert_dates

CASES = [
    # a count of time ago bounded on one side only has no calendar value: a vague past reference
    ("more_than_a_count_ago_is_vague_past", "The protests started more than a week ago.", "2024-05-23",
     [("more than a week ago", "PAST_REF", "relative")]),
    ("over_a_count_ago_is_vague_past", "She took office over a decade ago.", "2024-06-20",
     [("over a decade ago", "PAST_REF", "relative")]),
    ("less_than_a_count_ago_is_vague_past", "Less than three years ago, the two leaders met.", "2021-03",
     [("Less than three years ago", "PAST_REF", "relative")]),
    ("just_over_a_count_ago_keeps_the_count", "The plant closed just over two years ago.", "2024-06-20",
     [("two years ago", "2022", "year")]),
]


@pytest.mark.parametrize("name,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_date_case_round36(name, text, published, expected):
    assert_dates(text, published, expected)
