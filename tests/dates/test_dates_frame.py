"""Dates: the tense of a month or season without a year (found on the opened v5 devsets; general news phrasings,
each with its full expected rows)."""
from __future__ import annotations

import pytest

from . import assert_dates

CASES = [
    # "set to" looks ahead with an adverb before it too ("is reportedly set to perform ... in late August")
    ("set_to_after_an_adverb_looks_ahead", "Ushakov signaled back in December 2024 that troops might join. A band is "
     "reportedly set to perform in Moscow in late August.", "2025-01-17",
     [("December 2024", "2024-12", "month"), ("late August", "2025-08", "month")]),
    # a relative clause right after the date is the date's own clause: its verb's tense decides, not a modal before
    ("relative_clause_past_after_modal", "The bank might consider more hikes after the landmark shift in March which "
     "exited negative rates.", "2024-04-05", [("March", "2024-03", "month")]),
    ("relative_clause_future", "They recalled the vote in May that will decide the budget.", "2024-04-05",
     [("May", "2024-05", "month")]),
    ("relative_clause_future_after_comma_is_the_heads", "The talks in March, which will resume in June, stalled.",
     "2024-05-05", [("March", "2024-03", "month"), ("June", "2024-06", "month")]),
    ("relative_clause_no_verb", "He said in March that prices rose.", "2024-04-05", [("March", "2024-03", "month")]),
    # a participle after a possessive is an adjective, no past verb; one of plan looks ahead
    ("possessive_planned_ahead", "Factors include the government's planned income tax cut in June.", "2024-04-05",
     [("June", "2024-06", "month")]),
    ("determiner_scheduled_ahead", "Analysts watched the scheduled vote in February.", "2024-04-05",
     [("February", "2025-02", "month")]),
    ("planned_with_past_verb_after", "The proposed cuts in March were rejected.", "2024-05-05",
     [("March", "2024-03", "month")]),
    ("possessive_stated_no_plan", "The ministry's stated aim in March was clear.", "2024-04-05",
     [("March", "2024-03", "month")]),
    ("contraction_has_not_possessive", "He's signed the deal in March.", "2024-04-05", [("March", "2024-03", "month")]),
    # a verb of intention or expectation in the present before an infinitive looks ahead, as does a date a plan or
    # a rule is set for; a past one ("agreed to sell ... in October") does not
    ("intention_infinitive_ahead", "Officials hope to finish the work by October. Sales rose in March and are "
     "forecast to rise in May.", "2024-04-05",
     [("October", "2024-10", "month"), ("March", "2024-03", "month"), ("May", "2024-05", "month")]),
    ("set_for_and_takes_effect", "Elections are set for June. The law, passed in February, takes effect in July.",
     "2024-04-05", [("June", "2024-06", "month"), ("February", "2024-02", "month"), ("July", "2024-07", "month")]),
    ("agreed_to_in_the_past", "BP agreed to sell back its stake to Rosneft in October in return for cash.",
     "2013-03-22", [("October", "2012-10", "month")]),
    # a season without a year after a preposition of time, placed as a bare month; the second of a pair follows
    # the first
    ("bare_season_pair_future", "That could pave the way for a higher rate as early as between summer to autumn.",
     "2024-04-05", [("summer", "2024-SU", "season"), ("autumn", "2024-FA", "season")]),
    ("bare_season_story_year", "In 2019, the plant closed in summer.", "2024-04-05",
     [("2019", "2019", "year"), ("summer", "2019-SU", "season")]),
    ("bare_season_past", "Talks stalled over the winter, officials said.", "2024-04-05",
     [("the winter", "2023-WI", "season")]),
    ("bare_season_pair_crosses_year", "Shipments will resume between winter and spring.", "2024-04-05",
     [("winter", "2024-WI", "season"), ("spring", "2025-SP", "season")]),
    ("bare_season_under_way_ahead", "In spring, the party will meet. The fighting eased during winter.", "2024-04-05",
     [("spring", "2024-SP", "season"), ("winter", "2023-WI", "season")]),
    ("bare_season_habit_no_date", "A student can earn $6,000 by working full time in the summer. He works in summer "
     "and autumn.", "2016-09-24", []),
    ("bare_fall_only_in_the_fall", "Talks will resume in the fall. After the fall of Rome, prices fall in summer. "
     "Output rose during the fall.", "2024-04-05", [("the fall", "2024-FA", "season"), ("the fall", "2023-FA", "season")]),
    ("season_as_modifier_or_verb", "He attended summer camp before the winter Olympics; they spring into action "
     "in the spring offensive after the fall of the city.", "2024-04-05", []),
    # "the first half of the year" is the year told about in a past story, else publication's (as "the end of the year")
    ("half_of_the_year", "In the first half of the year, exports rose. In October 2022, trade collapsed. In the last "
     "quarter of the year, it fell further.", "2024-04-05",
     [("the first half of the year", "2024", "year"), ("October 2022", "2022-10", "month"),
      ("the last quarter of the year", "2022", "year")]),
    # a day that names an event, before a noun of it (lexicons/date_named_days.tsv): the event's year
    ("named_days", "The Jan. 6 riot was investigated. After the Sept. 11 terrorist attacks, the US invaded. Since the "
     "Oct. 7 attack, Israel has bombed Gaza. On January 6, he spoke.", "2024-04-05",
     [("Jan. 6", "2021-01-06", "day"), ("Sept. 11", "2001-09-11", "day"), ("Oct. 7", "2023-10-07", "day"),
      ("January 6", "2024-01-06", "day")]),
    ("named_day_before_the_event", "The Oct. 7 attack killed two.", "2020-04-05", [("Oct. 7", "2019-10-07", "day")]),
    ("named_day_of_conspiracy_theories", "He trafficked in Sept. 11 conspiracy theories for years.", "2016-10-03",
     [("Sept. 11", "2001-09-11", "day")]),
    # "the end-of-2019 requirement": the edge of a year written with hyphens
    # a future verb further back than the usual reach, across a long object with no clause break, still governs the
    # weekday; a clause break in between (a comma, "and") leaves it without a cue
    ("distant_future_verb_over_long_object", "A rocket will launch the Crew-10 Dragon from Launch Complex 39A at "
     "Kennedy Space Center in Florida on Wednesday.", "2025-03-11", [("Wednesday", "2025-03-12", "day")]),
    ("distant_future_verb_not_across_a_clause", "A rocket will launch the capsule from the pad, and the old crew "
     "reached the station on Wednesday.", "2025-03-11", [("Wednesday", "2025-03-05", "day")]),
    # a weekday with no cue of its own is the same day as that weekday told before in the article
    ("weekday_without_cue_repeats_the_one_told", "The crew is scheduled to launch on Wednesday. Wednesday's mission "
     "wasn't always the plan.", "2025-03-11", [("Wednesday", "2025-03-12", "day"), ("Wednesday's", "2025-03-12", "day")]),
    ("weekday_with_past_cue_not_repeated", "The crew will launch on Wednesday. The old capsule returned on Wednesday.",
     "2025-03-11", [("Wednesday", "2025-03-12", "day"), ("Wednesday", "2025-03-05", "day")]),
    ("scheduled_on_ahead", "The agency did not mention the meeting scheduled on Friday.", "2025-08-13",
     [("Friday", "2025-08-15", "day")]),
    ("hyphenated_end_of_year", "Russia has skirted the end-of-2019 requirement. The end-of-year deadline passed.",
     "2020-02-01", [("the end-of-2019", "2019", "year")]),
]


@pytest.mark.parametrize("name,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_date_frame_case(name, text, published, expected):
    assert_dates(text, published, expected)
