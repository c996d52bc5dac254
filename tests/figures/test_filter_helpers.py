"""Helpers of the figure filters (analysis.figures.filter_helpers): "one" in a list of counts by place."""
from __future__ import annotations

from analysis.figures import extract_figures

from . import assert_figures


def test_one_in_a_list_of_counts_by_place_is_a_count():
    text = ("31 people died in Wajima, 22 in Suzu, five in Nanao, two in Anamizu and one in Hakui and Shika "
            "respectively.")
    assert_figures(text, [{"value": v} for v in (31, 22, 5, 2, 1)])


def test_one_each_in_a_list_of_deaths_takes_the_noun():
    text = "Of the 72 deaths, 39 were in Wajima, 22 in Suzu, two each in Anamizu and Noto, and one each in Hakui."
    found = extract_figures(text)
    assert (found[-1].text, found[-1].value, found[-1].unit) == ("one", 1, "deaths")


def test_one_in_a_place_with_no_list_before_stays_out():
    assert_figures("He lived in Paris for two years, and one in London was enough.",
                   [{"text": "two years", "value": 2}])


def test_one_before_a_names_possessive_is_a_partitive_no_count():
    assert_figures("They signed deals on energy, one Moscow's highest-profile moves in Asia in years.", [])
    assert_figures("He met one US official.", [{"text": "one US official", "value": 1}])


def test_one_before_a_names_possessive_then_a_noun_counts_the_noun():
    assert_figures("Only one McDonald's restaurant remained open.",
                   [{"text": "one McDonald's restaurant", "value": 1, "unit": "restaurant"}])
    assert_figures("They won one Women's World Cup.", [{"value": 1}])
