"""Dates: mechanisms for the residual of the rounds 36-37 (weekdays told with publication day, in a clause of time,
in a headline; days that name a known event; spans and frequencies before "earlier")."""
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
    # a headline's weekday with no cue of its own takes the reading of the same weekday told next with a future cue
    ("headline_weekday_follows_the_future_of_its_next_mention",
     "Leaders Gather in Geneva for Talks on Thursday\n\nThe two leaders will meet in Geneva on Thursday.",
     "2021-06-14", [("Thursday", "2021-06-17", "day"), ("Thursday", "2021-06-17", "day")]),
    ("headline_weekday_stays_past_when_next_mention_is_past",
     "Leaders Gather in Geneva on Thursday\n\nThe two leaders met in Geneva on Thursday.",
     "2021-06-19", [("Thursday", "2021-06-17", "day"), ("Thursday", "2021-06-17", "day")]),
    ("weekday_in_the_body_does_not_look_ahead_to_its_next_mention",
     "Officials raised the count to 53, an increase of 17 from Wednesday.\n\nThe governor said more teams will "
     "arrive on Wednesday.", "2023-08-10",
     [("Wednesday", "2023-08-09", "day"), ("Wednesday", "2023-08-16", "day")]),
    # a day naming an event that its clause follows is a known event, on or before publication, whatever the verb
    ("day_of_a_known_event_after_a_future_verb_is_past",
     "Oversight will be much weaker after the March 28 veto in the council.", "2024-04",
     [("March 28", "2024-03-28", "day")]),
    ("day_of_a_known_event_months_before_is_the_last_one",
     "Oversight will be weaker after the October 3 vote in the council.", "2024-04-02",
     [("October 3", "2023-10-03", "day")]),
    ("day_after_after_without_an_event_noun_stays_placed_by_tense",
     "The rules will apply after the October 3 and no later.", "2024-04-02",
     [("October 3", "2024-10-03", "day")]),
    # a span within a day before "earlier" measures from another event; a frequency is no step back in time
    ("minutes_earlier_is_no_date", "The new line means arriving 30 minutes earlier than before.", "2023-09-25", []),
    ("hours_earlier_is_no_date", "Hours earlier, the minister had resigned.", "2023-09-25", []),
    ("bare_earlier_stays_vague_past", "Earlier, the minister had resigned.", "2023-09-25",
     [("Earlier", "PAST_REF", "relative")]),
    ("twice_a_week_is_a_frequency", "The airline flies twice a week earlier this year and daily now.", "2019-12-20",
     [("this year", "2019", "year")]),
]


@pytest.mark.parametrize("name,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_date_case_round39(name, text, published, expected):
    assert_dates(text, published, expected)
