"""Dates: cases found on the opened v3 devsets (general news phrasings, each with its full expected rows)."""
from __future__ import annotations

import pytest

from . import assert_dates

CASES = [
    # a year before 1900 after a word that makes it one; a count of that size is no year
    ("old_year_the", "Venezuelans will say whether they reject the 1899 arbitration.", "2023-11-14",
     [("1899", "1899", "year")]),
    ("old_year_in", "In 1899, a tribunal in Paris ruled on the border.", "2023-11-14",
     [("1899", "1899", "year")]),
    ("old_year_count", "They sent the 1800 soldiers home, rented the 1520 sq m hall in the 1600 block of Main "
     "Street.", "2023-11-14", []),
    ("old_year_bare", "A total of 1650 was paid.", "2023-11-14", []),
    # "today" as the day of an event: a present perfect before it, or "here today" of the occasion
    ("today_present_perfect", "The court has concluded today that the risk is real.", "2023-12-01",
     [("today", "2023-12-01", "day")]),
    ("today_here", "\u201cThe urgency of the situation brings us here today,\u201d she said.", "2023-11-14",
     [("today", "2023-11-14", "day")]),
    # the present age is vague like "now": no date
    ("today_present_is_no_date", "The region is administered today by Georgetown.", "2023-12-01", []),
    # ... or a past participle after it, an adverb between: the day of what was done
    ("today_adverb_participle", "\u201cRussia's actions today have cynically undermined peace,\u201d he said.",
     "2024-03-28", [("today", "2024-03-28", "day")]),
    ("today_adverb_present_is_no_date", "Prices today are mostly stable.", "2024-03-28", []),
    # "as early as Thursday": a day ahead
    ("as_early_as_weekday", "The government decided Tuesday to start releasing treated water into the sea from the "
     "stricken nuclear power plant as early as Thursday.", "2023-08-22",
     [("Tuesday", "2023-08-22", "day"), ("Thursday", "2023-08-24", "day")]),
    # a count of years back in words up to 99
    ("ago_compound_words", "Seventy-one years ago, the volunteers fought alongside the Korean people.", "2024-08-01",
     [("Seventy-one years ago", "1953", "year")]),
    # "on the 20th": a day of the month around publication (the month before when it lies after publication,
    # the next after a future cue); not "on the 20th floor"
    ("day_of_month_alone", "According to the New York Times on the 20th (local time), the treaty is a challenge. "
     "Officials met on the 25th, the ministry said.", "2024-06-21",
     [("the 20th", "2024-06-20", "day"), ("the 25th", "2024-05-25", "day")]),
    ("day_of_month_future", "He works on the 20th floor; fire broke out on the 7th and 8th floors. The talks will "
     "resume on the 5th.", "2024-06-21",
     [("the 5th", "2024-07-05", "day")]),
    ("day_of_month_no_pub_day", "The envoy arrived on the 20th.", "2024-06", []),
    # ... after "from", "since", "until", "by" too, before "and" and a verb, and "of last month" names its month
    ("day_of_month_before_and_a_verb", "The envoy arrived on the 17th and met the premier.", "2025-06-18",
     [("the 17th", "2025-06-17", "day")]),
    ("day_of_month_from", "Aid went by rail over two days starting from the 10th, officials said.", "2024-08-12",
     [("the 10th", "2024-08-10", "day")]),
    ("day_of_month_of_last_month", "The assembly ratified the pact on the 24th of last month.", "2024-11-07",
     [("the 24th of last month", "2024-10-24", "day")]),
    # ... but a place left in a ranking is no day ("slipped from the 6th and now sits 9th")
    ("day_of_month_not_a_rank_left", "The won slipped from the 6th and now sits 9th among currencies.", "2024-11-07",
     []),
    ("day_of_month_not_a_rank_left_comma", "The team climbed from the 11th, its best run in years.", "2024-11-07", []),
    # a reprint's day of first publication is the day the text was written ("earlier this month": July)
    ("reprint_first_appeared_sets_the_day", "Sunday, August 3, 2025\n\nThis essay first appeared July 29, 2025 in "
     "38 North.\n\nThe visit earlier this month of Lavrov to Wonsan marked a turn.", "2025-08-03",
     [("Sunday, August 3, 2025", "2025-08-03", "day"), ("July 29, 2025", "2025-07-29", "day"),
      ("earlier this month", "2025-07", "month")]),
    # "the same period" names no month: the year ("the same month" keeps the story's month)
    ("same_period_is_the_year", "In October 2021, trade rose 20% compared with the same period in 2020. In October "
     "2021 exports rose from the same month of 2019.", "2021-11-20",
     [("October 2021", "2021-10", "month"), ("the same period in 2020", "2020", "year"),
      ("October 2021", "2021-10", "month"), ("the same month of 2019", "2019-10", "month")]),
    # a weekday right after a given name is a family name ("Chris Monday, a Russia expert"); "told Chris on Monday",
    # "Chris said Monday" stay days
    ("weekday_as_family_name", "Chris Monday, a Russia expert, said so. Officials told Chris on Monday.",
     "2023-12-12", [("Monday", "2023-12-11", "day")]),
    # a resolution number naming a body is no year, even after "the" (a modern year before "commission" stays)
    ("resolution_committee_is_no_year", "Russia vetoed the mandate of the Panel of Experts of the 1718's Sanctions "
     "Committee. The UN 1718 Committee met. The 2019 commission report was late.", "2024-03-29",
     [("2019", "2019", "year")]),
    # "today's" share set against a past one is the present age, no day; the news day's "Today's 2% rate cut" stays
    ("todays_share_against_then_is_no_date", "Trade was only 16 percent of the economy back then, well below "
     "today's 27 percent. Today's 2% rate cut surprised markets.", "2024-10-01", [("Today", "2024-10-01", "day")]),
    # a full month name with a stray full stop before a day and a year (a dateline style), but not across sentences
    ("full_month_with_stray_stop_before_day_and_year", "Tumen bridge project accelerates. April. 18, 2025 07:33. "
     "Troops arrived in April. 18 soldiers died.", "2025-04-18",
     [("April. 18, 2025", "2025-04-18", "day"), ("April", "2025-04", "month")]),
    # "local time" without brackets (Korean wire style) is the same day of the month, and no ordinal figure
    ("day_of_month_before_local_time", "A resolution was adopted in Strasbourg on the 28th local time, the "
     "parliament said.", "2024-11-29", [("the 28th", "2024-11-28", "day")]),
    # "that same day" is "the same day": the day last told
    ("that_same_day", "The sanctions were adopted on July 19, 2022. That same day, Russia responded.", "2024-06-21",
     [("July 19, 2022", "2022-07-19", "day"), ("That same day", "2022-07-19", "day")]),
    ("starting_weekday", "The new rules take effect starting Monday. Beginning Friday, flights resume.", "2023-08-22",
     [("Monday", "2023-08-28", "day"), ("Friday", "2023-08-25", "day")]),
]


@pytest.mark.parametrize("name,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_date_case_more(name, text, published, expected):
    assert_dates(text, published, expected)
