"""Numbers in names (analysis.figures.name_rules): a toll in a title-case headline is a count, not a name."""
from __future__ import annotations

from . import assert_figures


def test_toll_in_title_case_headline_is_a_count():
    assert_figures("64 Confirmed Dead after Jan. 1 Noto Peninsula Earthquake; Fire Razes Famous Wajima Market",
                   [{"text": "64", "value": 64}])


def test_number_before_name_in_headline_without_toll_stays_a_name():
    assert_figures("The 38 North Report Died Out", [])


def test_aircraft_model_before_a_toll_verb_in_a_headline_is_a_name_and_the_toll_counts():
    assert_figures("Ethiopian 737 Max Crash Killed 157 People", [{"text": "157 People", "value": 157}])
    assert_figures("Boeing's 737 Max Jets Killed 346 People, Report Says", [{"text": "346 People", "value": 346}])


def test_toll_word_must_follow_the_number_directly_or_after_one_word_of_the_counted():
    assert_figures("Storm Kills 12 People in Texas", [{"text": "12 People", "value": 12}])
    assert_figures("2,000 Civilians Died in Mariupol", [{"value": 2000}])


def test_killed_off_in_a_headline_ends_a_thing_and_is_no_toll():
    assert_figures("Windows 11 Killed Off Old Apps", [])
    assert_figures("Storm: 12 Killed in Texas", [{"text": "12", "value": 12}])


def test_opening_one_before_modifiers_and_a_word_of_the_argument_counts_nothing():
    assert_figures("One important lesson from the strike is that unions can still win.", [])
    assert_figures("One widely shared explanation among economists is that rates stay high.", [])
    assert_figures("One big new problem emerged after the merger.", [])


def test_opening_one_before_a_counted_noun_still_counts():
    assert_figures("One goalkeeper was sent off in the final.", [{"value": 1}])
    assert_figures("One carriage was attached to the train.", [{"text": "One carriage", "value": 1}])
