"""Dates: mechanisms for the residual of the rounds 36-37 (weekdays told with publication day or in a clause of time;
days that name a known event; spans and frequencies before "earlier")."""
from __future__ import annotations

import pytest

from . import assert_dates

CASES = [
    # a weekday joined to publication day itself follows the sentence's tense (written on a Wednesday)
    ("weekday_joined_to_publication_day_looks_ahead_in_future",
     "The agency reported that the envoy would be visiting the capital on Wednesday and Thursday.", "2024-06-19",
     [("Wednesday", "2024-06-19", "day"), ("Thursday", "2024-06-20", "day")]),
    ("weekday_joined_to_publication_day_looks_back_in_past",
     "The envoy held talks in the capital on Wednesday and Tuesday.", "2024-06-19",
     [("Wednesday", "2024-06-19", "day"), ("Tuesday", "2024-06-18", "day")]),
    # a present verb in a clause of time under "will" tells a future event, even past an aside with a past verb
    ("present_in_clause_of_time_under_will_looks_ahead",
     "Much will change when the review – set up only in 2019 – is released on Monday.", "2024-05-19",
     [("2019", "2019", "year"), ("Monday", "2024-05-20", "day")]),
    ("past_in_clause_of_time_stays_past",
     "Much will change now that the review, which was released on Monday, is law.", "2024-05-22",
     [("Monday", "2024-05-20", "day")]),
    ("weekday_in_a_headline_stays_past_before_a_later_future_one",
     "Storm Batters Coast on Wednesday\n\nThe storm killed three people in the port. Forecasters say another storm "
     "will arrive on Wednesday.", "2024-06-21", [("Wednesday", "2024-06-19", "day"), ("Wednesday", "2024-06-26", "day")]),
    ("weekday_in_the_body_does_not_look_ahead_to_its_next_mention",
     "Officials raised the count to 53, an increase of 17 from Wednesday.\n\nThe governor said more teams will "
     "arrive on Wednesday.", "2023-08-10",
     [("Wednesday", "2023-08-09", "day"), ("Wednesday", "2023-08-16", "day")]),
    ("clause_of_time_does_not_reach_past_a_relative_clause",
     "Officials will decide once the body arrives, which happened on Tuesday.", "2024-06-21",
     [("Tuesday", "2024-06-18", "day")]),
    # a day naming an event that its clause follows is a known event, on or before publication, whatever the verb
    ("day_of_a_known_event_after_a_future_verb_is_past",
     "Oversight will be much weaker after the March 28 veto in the council.", "2024-04",
     [("March 28", "2024-03-28", "day")]),
    ("day_of_an_event_months_away_follows_the_future_verb",
     "The final will be played after the June 30 semifinal.", "2024-06-01",
     [("June 30", "2024-06-30", "day")]),
    ("day_of_an_event_a_year_back_follows_the_future_verb",
     "Parades will be held after the May 9 celebrations in the capital.", "2024-04-20",
     [("May 9", "2024-05-09", "day")]),
    # a span within a day before "earlier" measures from another event; a frequency is no step back in time
    ("minutes_earlier_is_no_date", "The new line was all about arriving 30 minutes earlier.", "2023-09-25", []),
    ("hours_earlier_is_no_date", "Hours earlier, the minister had resigned.", "2023-09-25", []),
    ("bare_earlier_stays_vague_past", "Earlier, the minister had resigned.", "2023-09-25",
     [("Earlier", "PAST_REF", "relative")]),
    ("twice_a_week_is_a_frequency",
     "On most days this month, the airline flies twice to the capital, up from twice a week earlier this year.",
     "2019-12", [("this month", "2019-12", "month"), ("this year", "2019", "year")]),
    ("a_count_ago_after_a_frequency_stays_a_date", "He was arrested twice two years ago.", "2024-05-01",
     [("two years ago", "2022", "year")]),
]


@pytest.mark.parametrize("name,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_date_case_round39(name, text, published, expected):
    assert_dates(text, published, expected)
