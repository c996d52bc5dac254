"""Dates: mechanisms for the residual of the untuned rounds 32-34 (a month's year read from the wrong tense)."""
from __future__ import annotations

import pytest

from . import assert_dates

CASES = [
    # an irregular participle after "be" is passive, as a regular one is: it defers to the verb before it
    ("irregular_participle_after_be_is_no_past_verb", "A decision is expected to be made by the beginning of June.",
     "2024-05-14", [("the beginning of June", "2024-06", "month")]),
    ("participle_after_will_be_looks_ahead", "The summit will be held in mid-January.", "2024-11-20",
     [("mid-January", "2025-01", "month")]),
    ("irregular_past_verb_still_past", "The final report was sent in September.", "2024-05",
     [("September", "2023-09", "month")]),
]


@pytest.mark.parametrize("name,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_date_case_round34(name, text, published, expected):
    assert_dates(text, published, expected)
