"""Dates: classes of the round-17 misses (other_topics_v23, russia_nk_v26), each with its full rows."""
from __future__ import annotations

import pytest

from . import assert_dates

CASES = [
    # a passive participle defers to its auxiliary across an adverb of manner: the future "will be" rules
    ("weekday_passive_with_adverb_is_future", "The final results will be officially declared on Sunday.",
     "2024-06-01", [("Sunday", "2024-06-02", "day")]),
    ("weekday_past_passive_with_adverb_stays_past", "The deal was formally signed on Sunday.", "2024-06-01",
     [("Sunday", "2024-05-26", "day")]),
    # time counted back, written as one hyphenated compound
    ("ago_hyphenated", "It ends the rule that began 30-years-ago.", "2024-06-01", [("30-years-ago", "1994", "year")]),
    ("ago_hyphenated_number_word", "They met two-years-ago.", "2024-06-01", [("two-years-ago", "2022", "year")]),
    # a weekday closing a range ("from Sunday to Tuesday") is the first such day after the range's start
    ("weekday_range_end_follows_its_start", "Choe will be in Russia from Sunday to Tuesday, it said.", "2025-10-26",
     [("Sunday", "2025-10-26", "day"), ("Tuesday", "2025-10-28", "day")]),
    ("weekday_range_in_the_past", "Protests ran Friday through Monday.", "2025-10-28",
     [("Friday", "2025-10-24", "day"), ("Monday", "2025-10-27", "day")]),
    ("weekday_pair_with_and_keeps_its_side", "The talks were held Monday and Tuesday.", "2025-10-26",
     [("Monday", "2025-10-20", "day"), ("Tuesday", "2025-10-21", "day")]),
    # "the day before" with no date told yet steps from publication; after a date told, from that date
    ("day_before_with_nothing_told_is_before_publication", "As a reminder, the day before, Zelenskyy said the "
     "soldiers had suffered their first losses.", "2024-11-08", [("the day before", "2024-11-07", "day")]),
    ("day_before_after_a_date_told", "The talks ended on 3 November. The day before, he left.", "2024-11-08",
     [("3 November", "2024-11-03", "day"), ("The day before", "2024-11-02", "day")]),
    # "faces" a scheduled event ahead, as "meets" or "opens"
    ("faces_a_trial_looks_ahead", "He faces a second trial in March on charges of bribery.", "2023-11-03",
     [("March", "2024-03", "month")]),
    # vague references are no dates (CONVENTIONS.md): the future, the present age
    ("in_the_future_is_no_date", "Such deals will matter in the future and in the foreseeable future.",
     "2024-06-01", []),
    # forward and year-scale vague references are no dates either (the gold sets never require them)
    ("coming_weeks_is_no_date", "He will visit in the coming weeks.", "2024-06-01", []),
    ("coming_days_and_months_are_no_date", "Talks are due in the coming days and a deal in the coming months.",
     "2024-06-01", []),
    ("past_few_years_is_no_date", "Prices rose over the past few years and in recent times.", "2024-06-01", []),
    ("past_several_years_is_no_date", "It has grown over the past several years.", "2024-06-01", []),
    ("recent_months_stays_past_ref", "Trade has grown in recent months.", "2024-06-01",
     [("recent months", "PAST_REF", "relative")]),
    ("last_few_weeks_stays_past_ref", "Troops arrived in the last few weeks.", "2024-06-01",
     [("the last few weeks", "PAST_REF", "relative")]),
    ("todays_world_is_no_date", "If today's multipolar world requires chess, he plays tic-tac-toe.", "2025-01-05", []),
    ("todays_country_is_no_date", "In today's America, everything is settled in the courtroom.", "2024-12-18", []),
    ("todays_event_noun_stays_the_day", "Today's Senate vote was close.", "2024-12-18", [("Today", "2024-12-18", "day")]),
    # "as at March" (British "as of") is the month
    ("as_at_month", "It lost 5,000 troops in the war as at March.", "2025-04-10", [("March", "2025-03", "month")]),
    # "as recently as <date>": the date is the mention, "recently" only compares
    ("as_recently_as_last_month", "As recently as last month, Kim stood next to Xi.", "2025-10-10",
     [("last month", "2025-09", "month")]),
    ("recently_stays_past_ref", "Putin recently visited Pyongyang.", "2024-07-01", [("recently", "PAST_REF", "relative")]),
    # a bare "earlier" after a modal compares ("could come earlier" than the day named); "Earlier, ..." is past
    ("earlier_after_modal_is_a_comparison", "It will declare the results by Sunday, but that could come earlier.",
     "2024-06-01", [("Sunday", "2024-06-02", "day")]),
    ("earlier_opening_a_sentence_stays_past_ref", "Earlier, the US announced sanctions.", "2024-06-01",
     [("Earlier", "PAST_REF", "relative")]),
    # quoted "tonight", "yesterday" count from the day the words were spoken, as a quoted "today"
    ("quoted_tonight_is_the_story_day", "Workers voted to strike Thursday. \u201cOur members spoke loud and clear "
     "tonight,\u201d he said.", "2024-09-13", [("Thursday", "2024-09-12", "day"), ("tonight", "2024-09-12", "day")]),
    ("tonight_unquoted_is_publication_day", "Workers voted Thursday. The strike starts tonight.", "2024-09-13",
     [("Thursday", "2024-09-12", "day"), ("tonight", "2024-09-13", "day")]),
]


@pytest.mark.parametrize("name,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_date_case_round17(name, text, published, expected):
    assert_dates(text, published, expected)
