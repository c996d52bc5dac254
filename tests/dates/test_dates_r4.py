"""Dates: cases found on the opened v6-v8 devsets (round 4; general news phrasings, each with its full rows)."""
from __future__ import annotations

import pytest

from . import assert_dates

CASES = [
    # a month that modifies the event it dates, after a determiner or a possessive; not Theresa May's government
    ("attributive_month_treaty", "Troops were sent likely as part of the June treaty.", "2024-11-12",
     [("June", "2024-06", "month")]),
    ("attributive_month_possessive", "He applauded the pact signed following their June meeting.", "2024-11-29",
     [("June", "2024-06", "month")]),
    ("attributive_may_is_a_name", "Under the May government, Britain left.", "2024-11-29", []),
    ("month_as_a_name", "She met June at the door.", "2024-11-29", []),
    # "today" after a past verb in its own clause, or after a performative "we offer": the publication day
    ("today_past_verb_in_clause", "Here's what an author wrote to us on 38 North today.", "2025-06-19",
     [("today", "2025-06-19", "day")]),
    ("today_irregular_past", "\u201cWe put an offer in today that\u2019s our most generous offer,\u201d he said.",
     "2023-09-12", [("today", "2023-09-12", "day")]),
    ("today_performative", "\u201cWe offer today a project to balance our pension system,\u201d she said.",
     "2023-01-11", [("today", "2023-01-11", "day")]),
    ("today_past_verb_far", "Green thanked President Joe Biden for swiftly approving the state\u2019s request for a "
     "disaster declaration today, and expects aid.", "2023-08-10", [("today", "2023-08-10", "day")]),
    # ... but the present age ("today we jointly stand", "than can be done today") is no date, like "now"
    ("today_opens_clause_is_no_date", "It fought the US in the 1950s, and today we jointly stand up to the pressure.",
     "2024-06-19", [("1950s", "1950s", "decade")]),
    ("today_comparison_is_no_date", "Machines solved problems far faster than can be done today.", "2013-03-22", []),
    # a weekday after a change's baseline "from the" is past, even before a future verb
    ("weekday_baseline", "The death toll will go up sharply from the Wednesday estimate of 36.", "2023-08-10",
     [("Wednesday", "2023-08-09", "day")]),
    # "earlier in the week": the week last told, else publication's
    ("earlier_in_the_week", "Earlier in the week, he said the speech would paint an overview.", "2023-08-19",
     [("Earlier in the week", "2023-W33", "week")]),
    # "the last week of December" is a part of December, not last week
    ("last_week_of_month", "Blinken said 1,000 soldiers had been killed in the last week of December.", "2025-01-10",
     [("December", "2024-12", "month")]),
    # "on Tuesday next week": that weekday in the week named
    ("weekday_next_week", "The bill must pass in Parliament on Tuesday next week.", "2024-06-21",
     [("Tuesday next week", "2024-06-25", "day")]),
    ("weekday_last_week", "They met on Monday last week.", "2024-06-21", [("Monday last week", "2024-06-10", "day")]),
    # a fiscal or season year "2024/25" is one year, told by its first
    ("fiscal_year_slash", "Reverse the additions in the Appropriations Bill for FY 2024/25 across all MDAs.",
     "2024-06-21", [("FY 2024", "2024", "year")]),
    ("year_range_dash_stays", "Between 2017-18 prices rose.", "2024-06-21", [("2017", "2017", "year"), ("18", "2018", "year")]),
]


@pytest.mark.parametrize("name,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_date_case_round4(name, text, published, expected):
    assert_dates(text, published, expected)
