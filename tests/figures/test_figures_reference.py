"""Figures: numbers that refer rather than count (found on the opened v5 devsets; general news phrasings), in the
format of data/figures_cases.json: the expected figures in order, each with the fields to check."""
from __future__ import annotations

import pytest

from . import assert_figures

CASES = [
    # "two" + a noun of actors after a word of joining or a comma, once the pair is named in the sentence: that pair
    ("named_pair_headline", "Russia, North Korea start building road bridge to connect two countries", []),
    ("named_pair_apposition", "Moscow and Beijing, two powers that distrust the West, met.", []),
    ("named_pair_between", "The bridge between Russia and North Korea, the first between two countries, opened.",
     [{"text": "first", "kind": "ordinal"}]),
    ("named_three_apposition", "Russia, China and Iran, three countries under sanctions, held drills.", []),
    ("three_after_a_pair_is_a_count", "Russia and China, three countries said, held drills.",
     [{"text": "three countries", "value": 3}]),
    ("two_countries_still_a_count", "Russia and China signed deals with two countries.",
     [{"text": "two countries", "value": 2, "unit": "countries"}]),
    ("two_countries_no_pair_named", "The canal connects two oceans and links two countries.",
     [{"text": "two oceans", "value": 2}, {"text": "two countries", "value": 2}]),
    # "from one X to another", "one X after another": distributive, not a count of one
    ("one_to_another", "There is no other way of moving them from one ocean to another.", []),
    ("one_after_another", "One crisis after another hit the region.", []),
    # "one X or the other": the members of a pair named in turn
    ("one_side_or_the_other", "The only winners are the lawyers who represent one side or the other.", []),
    ("one_or_the_other_noun_is_a_count", "One soldier was killed or the other two were wounded.",
     [{"text": "One soldier", "value": 1}, {"text": "two", "value": 2}]),
    ("one_to_another_noun_is_a_count", "He moved one battalion to another region. One ship sank and another was hit.",
     [{"text": "one battalion", "value": 1}, {"text": "One ship", "value": 1}]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_figures_reference(name, text, expected):
    assert_figures(text, expected)
