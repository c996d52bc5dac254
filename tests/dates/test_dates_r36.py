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
    # a date line with a full stop between day and year, the year ending its line (an era's year may follow)
    ("date_line_with_stop_before_year_is_one_date", "June 4. 2021\n\nDelegation arrives in capital\n",
     "2021-06-04", [("June 4. 2021", "2021-06-04", "day")]),
    ("date_line_with_era_year_after", "June 4. 2021 Juche 110\n\nTalks held\n", "2021-06-04",
     [("June 4. 2021", "2021-06-04", "day"), ("Juche 110", "2021", "year")]),
    ("stop_after_day_inside_a_sentence_is_no_date_line", "They met on June 4. 2021 was a hard year for them.",
     "2021-06-10", [("June 4", "2021-06-04", "day"), ("2021", "2021", "year")]),
    # a year of a calendar era is its Gregorian year
    ("month_of_an_era_year", "The leader first went abroad in May Juche 107 to meet the president.", "2023-09-18",
     [("May Juche 107", "2018-05", "month")]),
    ("japanese_era_year", "The law was passed in Reiwa 3 after long debate.", "2024-01-10",
     [("Reiwa 3", "2021", "year")]),
    # a verb of preparation before an infinitive looks ahead, as one of intention does
    ("prepares_to_looks_ahead", "The opposition called a strike as the assembly prepares to sit from Tuesday.",
     "2025-03-09", [("Tuesday", "2025-03-11", "day")]),
    # "would" after a past reporting verb is a future seen from the report: the weekday nearest publication
    ("would_of_reported_speech_takes_nearest_weekday", "The ministry said extra police would arrive by Thursday night.",
     "2024-06-08", [("Thursday night", "2024-06-06", "day")]),
    ("would_of_reported_speech_ahead_when_nearer", "The commission said it would announce the results by Monday.",
     "2024-06-08", [("Monday", "2024-06-10", "day")]),
    ("would_without_a_past_report_looks_ahead", "Police would arrive by Thursday if the unrest spread.",
     "2024-06-08", [("Thursday", "2024-06-13", "day")]),
    # the event a clause follows, named by its day, is told as known: on or before publication, whatever the verb
    ("event_after_which_a_future_follows_is_past", "Tensions will likely rise after Tuesday's vote in the assembly.",
     "2024-06-21", [("Tuesday's", "2024-06-18", "day")]),
    ("bare_weekday_after_after_stays_a_start", "The new fares will apply after Tuesday.", "2024-06-21",
     [("Tuesday", "2024-06-25", "day")]),
]


@pytest.mark.parametrize("name,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_date_case_round36(name, text, published, expected):
    assert_dates(text, published, expected)
