"""Figures: rates with a written denominator and bracketed list items whose unit is elided (analysis.figures.rates;
issue 11 item 5), in the format of data/figures_cases.json: the expected figures in order, the fields to check."""
from __future__ import annotations

import pytest

from . import assert_figures

_RATE = "cases per 100,000 inhabitants"
CASES = [
    # a rate keeps its denominator in the unit; the denominator is no figure of its own
    ("rate_per_written_number", "The incidence rate stands at 453.3 cases per 100,000 inhabitants, the ministry said.",
     [{"text": "453.3 cases per 100,000 inhabitants", "value": 453.3, "unit": _RATE, "kind": "count"}]),
    ("rate_with_modifiers_and_scale_word", "It recorded 12 new deaths per million people last week.",
     [{"text": "12 new deaths per million people", "value": 12, "unit": "deaths per million people"}]),
    ("rate_denominator_without_plural_noun", "There were 7.5 crimes per 1,000 in 2023.",
     [{"text": "7.5 crimes per 1,000", "unit": "crimes per 1,000"}]),
    ("per_a_unit_word_is_no_written_denominator", "Oil rose to $90 per barrel.",
     [{"text": "$90 per barrel", "unit": "USD per barrel"}]),
    # a list of names with bracketed numbers after a counted figure: each counts what the first counts
    ("named_list_after_a_count",
     "Minas Gerais leads with 311,333 probable cases, followed by São Paulo (161,397), the Federal District "
     "(98,169), and Paraná (94,361).",
     [{"text": "311,333 probable cases", "unit": "cases"}, {"text": "161,397", "value": 161397, "unit": "cases"},
      {"text": "98,169", "unit": "cases"}, {"text": "94,361", "unit": "cases"}]),
    ("named_list_after_a_rate",
     "The Federal District comes first (3,484.8 cases per 100,000 inhabitants), followed by Minas Gerais (1,515.8), "
     "Acre (828.7), and Paraná (824.6).",
     [{"text": "first"}, {"text": "3,484.8 cases per 100,000 inhabitants", "unit": _RATE},
      {"text": "1,515.8", "unit": _RATE}, {"text": "828.7", "unit": _RATE}, {"text": "824.6", "unit": _RATE}]),
    ("bracketed_number_without_a_list_word_is_no_item", "Russia fired 20 missiles at Kyiv (2) on Monday.",
     [{"text": "20 missiles", "unit": "missiles"}]),
    ("bracketed_number_without_a_lead_stays_a_name", "The forward Prescott (4) scored twice.",
     [{"text": "twice", "value": 2}]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_rates(name, text, expected):
    assert_figures(text, expected)
