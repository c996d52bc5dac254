"""Dates: classes of the round-31 misses on unseen text (other_topics_v40, v16), each with its full rows."""
from __future__ import annotations

import pytest

from . import assert_dates

PAD = "The committee met and talked about many other things at great length that day. " * 6

CASES = [
    # a future verb before a day-month that fell days before publication: the recent day, not the same day a year on
    ("future_verb_before_a_recent_day_is_the_recent_day", "READERS will be aware of the devastating announcement on "
     "January 19 that Tata Steel will begin a formal consultation.", "2024-01-25",
     [("January 19", "2024-01-19", "day")]),
    ("future_verb_before_a_coming_day_still_looks_ahead", "The talks will resume on January 29.", "2024-01-25",
     [("January 29", "2024-01-29", "day")]),
    ("future_verb_before_a_day_long_past_still_looks_ahead", "The law will take effect on January 1.", "2024-06-10",
     [("January 1", "2025-01-01", "day")]),
    # holidays on a fixed day of the calendar, placed as a day without a year is
    ("christmas_after_preposition_ahead", "The majority are set to leave by Christmas, with some leaving later.",
     "2024-09-30", [("Christmas", "2024-12-25", "day")]),
    ("christmas_after_preposition_past", "Maersk had relaunched shipments just before Christmas, then rowed back.",
     "2024-01-05", [("Christmas", "2023-12-25", "day")]),
    ("christmas_day_opening_a_sentence", "On Christmas Day, the Estlink 2 cable was disconnected from the grid.",
     "2024-12-30", [("Christmas Day", "2024-12-25", "day")]),
    ("new_years_eve_with_its_year", "Crowds gathered on New Year's Eve 2023 in the square.", "2024-06-01",
     [("New Year's Eve 2023", "2023-12-31", "day")]),
    ("christmas_before_a_noun_is_no_day", "Costs rose ahead of the approaching Christmas season.", "2024-09-30", []),
    ("christmas_without_preposition_is_no_day", "He sent a Christmas Day message. Christmas is a holiday.",
     "2024-09-30", []),
    ("christmas_in_a_long_text", PAD + "Most staff will leave by Christmas.", "2024-09-30",
     [("Christmas", "2024-12-25", "day")]),
    # a year premodifying a noun after a determiner dates that thing (a title), not the sentence's story
    ("attributive_year_sets_no_story_year", "Jannik Sinner, the 2022 Wimbledon runner-up, found himself embroiled in "
     "controversy after failing two drug tests for a banned substance in March.", "2024-08-20",
     [("2022", "2022", "year"), ("March", "2024-03", "month")]),
    ("year_after_preposition_still_sets_the_story_year", "Trade fell in 2022 and recovered in March.", "2024-08-20",
     [("2022", "2022", "year"), ("March", "2022-03", "month")]),
    # a decade written without its century: spelled out with the century named after it, or "the early 80’s"
    ("spelled_decade_of_the_last_century", "The DPRK has been in this position since the nineties of the last "
     "century.", "2023-01-12", [("the nineties of the last century", "1990s", "decade")]),
    ("spelled_decade_alone_is_no_date", "He is in his nineties; temperatures were in the nineties.", "2023-01-12", []),
    ("two_digit_decade_with_apostrophe_after_the_early", "Steel jobs peaked in the early 80’s and fell.",
     "2024-08-20", [("the early 80’s", "1980s", "decade")]),
    ("two_digit_decade_with_apostrophe_in_a_long_text", PAD + "This isn\u2019t the early 80\u2019s, when Japan "
     "rose.", "2024-08-20", [("the early 80\u2019s", "1980s", "decade")]),
    ("two_digit_decade_as_age_or_price_is_no_date", "She is in her early 80's. Oil will settle in the low 80s.",
     "2024-08-20", []),
]


@pytest.mark.parametrize("name,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_date_case_round31(name, text, published, expected):
    assert_dates(text, published, expected)
