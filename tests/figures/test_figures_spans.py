"""Figures read from words of magnitude and of time (round 18 misses of other_topics_v24, russia_nk_v28): one
decade or century in years, a hyphenated "and a half", "multi-million", a bare vague plural standing alone, and
the set phrase "one country, two systems"."""
import pytest

from . import assert_figures

CASES = [
    # one decade or century is 10 or 100 years (devset gold: "a decade", "almost a decade", "a quarter of a century")
    ("decade_hedged_in_years", "The crimes were carried out over almost a decade, with his conviction.",
     [{"text": "a decade", "value": 10, "unit": "year", "kind": "duration"}]),
    ("decade_after_for", "The man who for a decade drugged his wife was convicted.",
     [{"text": "a decade", "value": 10, "unit": "year", "kind": "duration"}]),
    ("century_hedged", "It has been ruled for over a century by one family.",
     [{"text": "a century", "value": 100, "unit": "year"}]),
    ("decade_long", "The decade-long war ended.", [{"text": "decade-long", "value": 10, "unit": "year"}]),
    # a counted number of decades keeps its unit (the devset gold: "two decades" 2 decades)
    ("decades_counted_keep_unit", "It took two decades.", [{"text": "two decades", "value": 2, "unit": "decade"}]),
    # the frame of a record, a decade ago: no figure
    ("decade_record_frame_none", "The deficit hit its highest level in a decade last year.", []),
    ("first_for_a_century_none", "It opened the first rum house for a century.", [{"text": "first", "kind": "ordinal"}]),
    ("decade_ago_none", "It launched a decade ago.", []),
    ("year_unhedged_none", "They met twice a year.", [{"text": "twice", "value": 2}]),
    # one unit of time or length under a hedge of size is a figure of 1
    ("about_a_month", "The trial began in early October and lasted about a month.",
     [{"text": "a month", "value": 1, "unit": "month", "kind": "duration"}]),
    ("up_to_a_mile", "An explosion could have sent shrapnel up to a mile away.", [{"text": "a mile", "value": 1, "unit": "mile"}]),
    ("as_much_as_a_kilometre", "Troops advanced as much as a kilometre on some days.",
     [{"text": "a kilometre", "value": 1, "unit": "kilometre"}]),
    ("foot_unhedged_none", "The craft caught a foot in the surface.", []),
    # "and a half" inside a hyphenated compound
    ("and_a_half_hyphenated", "She attended every day of the three-and-a-half-month trial.",
     [{"text": "three-and-a-half-month", "value": 3.5, "unit": "month", "kind": "duration"}]),
    ("and_a_half_spaced", "It took three and a half hours.", [{"value": 3.5, "unit": "hour"}]),
    ("and_half_without_a", "The jury returned after less than four-and half-hours.",
     [{"text": "four-and half-hours", "value": 4.5, "unit": "hour"}]),
    # "multi-million dollar": the order of magnitude of the scale, its currency after it
    ("multi_million_dollar", "The fund entered a multi-million dollar deal with WWE.",
     [{"text": "multi-million dollar", "value": 1e6, "value_high": 1e7, "unit": "USD", "kind": "money"}]),
    ("multibillion_glued", "It was a multibillion-dollar fraud.", [{"value": 1e9, "unit": "USD"}]),
    ("multimillionaire_none", "He is a multi-millionaire.", []),
    # a bare vague plural standing alone counts people, or money after a verb of money
    ("bare_vague_object_people", "The attacks killed thousands including their loved ones.",
     [{"text": "thousands", "value": 1000, "unit": "people", "kind": "count"}]),
    ("bare_vague_subject_people", "Thousands cheered in elation.", [{"text": "Thousands", "value": 1000, "unit": "people"}]),
    ("bare_vague_money_verb", "The DPRK has raked in millions from these operations.",
     [{"text": "millions", "value": 1e6, "kind": "money"}]),
    ("bare_vague_money_in_assets", "Russia OKs release of millions in frozen N. Korean assets.",
     [{"text": "millions", "value": 1e6, "kind": "money"}]),
    # a number before a name keeps its count when an adjective and a plural noun follow the name
    ("count_before_name_adjective_noun", "Russian forces have launched at least 60 North Korean ballistic missiles.",
     [{"text": "60 North Korean ballistic missiles", "value": 60, "unit": "missiles"}]),
    ("number_in_name_stays_out", "The 5 Star Movement won the vote.", []),
    # "one" as the subject of a participle clause with its object is a pronoun
    ("one_participle_clause_none", "Kim hugged children, with one wrapping his arms around the leader.", []),
    ("one_participle_noun_kept", "One wounded soldier was evacuated.", [{"text": "One wounded soldier", "value": 1}]),
    # an adjective of having so many parts counts them; other hyphen compounds stay out
    ("parts_adjective_counts", "The unmanned six-footed lander tipped over.", [{"text": "six", "value": 6}]),
    ("one_sided_none", "It was a one-sided war.", []),
    # a date written with dots, day first, is no figure; a decimal stays one
    ("dotted_date_none", "18.09.23\n\nAlliance of nuclear pariahs.", []),
    ("decimal_not_dotted_date", "Prices rose 18.09 percent.", [{"text": "18.09 percent", "value": 18.09}]),
    # a set phrase with number words names a principle
    ("one_country_two_systems", "It is a test of the \u201cone country, two systems\u201d principle.", []),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_figures_spans(name, text, expected):
    assert_figures(text, expected)
