"""Units and kinds of figures found on russia_nk_v6-v8 / other_topics_v6-v8 (round 4): shillings, earthquake
magnitudes, a toll of the dead, an age limit after "age", and a change "from X to Y" after a verb of change."""
import pytest

from . import assert_figures

CASES = [
    # Kenyan shillings written "Sh" before the number, or "shillings" after it
    ("shilling_prefix_scaled", "Govt to face Sh200bn shortfall should Finance Bill fail.",
     [{"text": "Sh200bn", "value": 2e11, "unit": "KES", "kind": "money"}]),
    ("shilling_prefix_word_scale", "The government is likely to face a Sh21.6 billion deficit.",
     [{"value": 2.16e10, "unit": "KES", "kind": "money"}]),
    ("shillings_after", "The Treasury needs 21.6 Billion Shillings to cover the balance.",
     [{"text": "21.6 Billion Shillings", "unit": "KES", "kind": "money"}]),
    # an earthquake's magnitude, after or before the number; the dead after it are people, not magnitudes
    ("magnitude_after", "The 6.8-magnitude quake struck a mountainous area.",
     [{"text": "6.8-magnitude", "unit": "magnitude", "kind": "count"}]),
    ("magnitude_before_then_dead", "The magnitude 7 earthquake has left a toll of 2,012 dead.",
     [{"text": "magnitude 7", "unit": "magnitude"}, {"unit": "people"}]),
    # a bare number that a toll or count of the dead reaches counts the dead
    ("death_toll_soared_to", "The death toll in Libya's coastal city of Derna has soared to 11,300 as search efforts "
     "continue.", [{"text": "11,300", "unit": "deaths", "kind": "count"}]),
    ("death_toll_estimate_of", "Green said the death toll will go up \u201cvery significantly\u201d from the Wednesday "
     "estimate of 36.", [{"text": "36", "unit": "deaths"}]),
    ("death_toll_at_least", "The death toll rose to at least 96 late Sunday.", [{"unit": "deaths"}]),
    ("fatality_count_and_increase", "Officials raised the confirmed fatality count from Tuesday\u2019s wildfires to 53, "
     "an increase of 17 from Wednesday.", [{"unit": "fatalities"}, {"unit": "fatalities"}]),
    ("no_toll_bare_number", "The committee rose to 53 members after 12 joined.", [{"unit": "members"}, {"unit": ""}]),
    # an age limit after "age" is years; a change from one limit to another gives two figures
    ("age_limit", "The French should work two years longer to age 64 before retiring.",
     [{"unit": "year", "kind": "duration"}, {"text": "64", "value": 64, "unit": "year", "kind": "duration"}]),
    ("age_limit_change", "The council approved raising the retirement age from 62 to 64.",
     [{"text": "62", "unit": "year", "kind": "duration"}, {"text": "64", "unit": "year", "kind": "duration"}]),
    ("age_limit_kept_at", "The law would keep the retirement age at 62.", [{"text": "62", "unit": "year"}]),
    ("age_of_person_stays", "Kim Jong Un, 40, met Putin.", [{"unit": "year of age", "kind": "count"}]),
    ("age_no_big_number", "In the age of 5,000 satellites, orbits are crowded.", [{"unit": "satellites"}]),
    # fewer than ten soldiers are people in a story, no troop estimate; a part of an estimate stays that estimate
    ("few_soldiers_count", "Two soldiers, though wounded, survived.", [{"unit": "troops", "kind": "count"}]),
    ("few_generals_in_estimate", "Around 12,000 troops, including three generals, were in Russia.",
     [{"kind": "troop_estimate"}, {"unit": "generals", "kind": "troop_estimate"}]),
    # "foot soldiers" are infantry, not feet
    ("foot_soldiers", "Kim sent 8,000 foot soldiers.", [{"text": "8,000 foot soldiers", "unit": "troops",
                                                        "kind": "troop_estimate"}]),
    ("feet_stay", "The wall is 20 feet high.", [{"unit": "foot"}]),
    # a bare number before "according to" takes the noun of the figure before it
    ("elided_before_according_to", "There were 1.27 million demonstrators, according to the police, and 2.8 million "
     "according to the CGT.", [{"unit": "demonstrators"}, {"value": 2.8e6, "unit": "demonstrators"}]),
    # a part "of my" things counts the things; "-children" plurals are plural
    ("part_of_my_grandchildren", "Three of my grandchildren were killed.", [{"text": "Three", "unit": "grandchildren"}]),
    # "several hundred": the order of magnitude up to ten times it
    ("several_hundred", "Ukraine seized several hundred square kilometers.", [{"value": 100, "value_high": 1000}]),
    # "the estimate of X ... upwards of N" counts X, and the comparison after it too; "another N damaged" the noun before
    ("estimate_of_buildings", "Green said the estimate of buildings destroyed on Maui is \u201cupwards of 1,700,\u201d "
     "sharply higher than the initial estimate Wednesday of 271.", [{"unit": "buildings"}, {"unit": "buildings"}]),
    ("another_damaged", "He said more than 2,200 buildings were destroyed and another 500 damaged.",
     [{"unit": "buildings"}, {"text": "500", "unit": "buildings"}]),
    ("age_limit_before_clause_noun", "The council upheld measures to keep the retirement age at 62.",
     [{"text": "62", "unit": "year", "kind": "duration"}]),
    # "one X ... after another" and "one expert described it" count nothing
    ("one_after_another_long", "\u201cIt\u2019s one slap in the face after another,\u201d he said.", []),
    ("one_expert_described", "It was the strongest quake, and one expert described it as the biggest.", []),
    # points of change after a share are percentage points of a poll; an index's points stay counts
    ("poll_points_after_share", "72% of French people are opposed. A figure up six points from the previous week.",
     [{"kind": "percentage"}, {"unit": "point", "kind": "percentage"}]),
    ("index_points_no_share", "The index rose 64 points to close at 4,577.", [{"unit": "point", "kind": "count"}, {}]),
    # a subsection in brackets after a section number refers
    ("subsection_in_brackets", "It must remain within Section 40 (5) (a) of the Act.", []),
    ("bracketed_share_stays", "They bought 40 (5%) of the shares.", [{"text": "40"}, {"unit": "percent"}]),
    # people of a nation put on a battlefield are troops; a scaled number before another, joined by "or even",
    # shares its noun (not across a comma)
    ("demonyms_on_battlefield", "Three thousand or even ten thousand North Koreans are not likely to make any "
     "battlefield difference.", [{"unit": "troops", "kind": "troop_estimate"}, {"unit": "troops", "kind": "troop_estimate"}]),
    ("demonyms_living", "Some 5,000 North Koreans live in Moscow.", [{"unit": "people", "kind": "count"}]),
    ("scaled_no_share_across_comma", "It cost 5 million, and 10 million people came.", [{"unit": ""}, {"unit": "people"}]),
    # "N more" takes the noun of the figure before it
    ("n_more_missing", "The WHO said 3,958 bodies were recovered, with 9,000 more still missing.",
     [{"unit": "bodies"}, {"text": "9,000", "unit": "bodies"}]),
    # casualties after troops named as the victims are troops; casualties the troops cause are not
    ("casualties_of_troops", "The estimate of the troops killed differs from that of a U.S. official who cited several "
     "hundred casualties.", [{"unit": "troops", "kind": "troop_estimate"}]),
    ("deaths_caused_by_troops", "The troops shelled the town, causing 300 deaths.", [{"unit": "deaths", "kind": "count"}]),
    # "top N" is a rank
    ("top_n_rank", "Russia is not among its top 10 trade partners.", [{"text": "10 trade partners", "kind": "ordinal"}]),
    # a range after "ranging from" stays one figure
    ("ranging_from_stays_range", "Prices ranging from 62 to 64 dollars were quoted.", [{"value": 62, "value_high": 64}]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_figure_units_round4(name, text, expected):
    assert_figures(text, expected)
