"""Ranges and scores (analysis.figures.ranges): a vote tally is two counts, a score stays no figure."""
from __future__ import annotations

import pytest

from . import assert_figures


@pytest.mark.parametrize("text, values", [
    ("In a June 28 opinion, the 6-2 court rejected the Chevron doctrine.", [6, 2]),
    ("In a 6-3 decision, the Supreme Court overturned the doctrine.", [6, 3]),
    ("Rules went forward, in most cases by a 3-2 party line vote.", [3, 2]),
    ("The council voted 13-2 to approve the resolution.", [13, 2]),
])
def test_vote_tally_is_two_counts(text, values):
    assert_figures(text, [{"value": v, "kind": "count"} for v in values])


@pytest.mark.parametrize("text", [
    "Arsenal beat Chelsea 2-1 on Sunday.",
    "Arsenal won 3-2 in a decision by the referee.",
])
def test_score_is_no_figure_even_near_a_noun_of_judging(text):
    assert_figures(text, [])
