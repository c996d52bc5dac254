"""Figures: cases found on the opened v3 devsets (general news phrasings), in the format of
data/figures_cases.json: the expected figures in order, each with the fields to check."""
from __future__ import annotations

import pytest

from . import assert_figures

CASES = [
    # initials inside the counted noun phrase
    ("initials_in_noun", "Reuters issued the report Tuesday, citing two U.S. officials who spoke anonymously.",
     [{"text": "two U.S. officials", "value": 2, "unit": "officials"}]),
    # "one" before a verb agreeing with it is a pronoun; initials glued to a name
    ("one_as_pronoun_before_verb", "Russia detains two N.Korean vessels after one opens fire - reports",
     [{"text": "two N.Korean vessels", "value": 2, "unit": "vessels"}]),
    ("one_before_singular_in_s", "They found one series of attacks.", [{"text": "one series", "value": 1}]),
    # a part of a counted whole takes the whole's noun, its span stays the number
    ("part_of_whole", "Guyana is asking the ICJ to suspend three of the five questions.",
     [{"text": "three", "value": 3, "unit": "questions"}, {"text": "five questions", "value": 5}]),
    # a demonym in -iens counts people
    ("demonym_iens", "Backed by millions of patriotic Nigeriens who are fed up, he stays.",
     [{"value": 1e6, "unit": "people", "kind": "count"}]),
    # a bare vague plural: "thousands more", "a crowd of thousands", "millions in aid", "by the hundreds"
    # (a bare one standing alone counts people: tests/figures/test_figures_spans.py)
    ("vague_more", "Around 600 North Korean soldiers have been killed and thousands more wounded, a lawmaker said.",
     [{"value": 600, "kind": "troop_estimate"}, {"text": "thousands", "value": 1000, "unit": "troops",
                                                 "kind": "troop_estimate"}]),
    ("vague_crowd", "Missiles moved past a cheering crowd of thousands.",
     [{"text": "thousands", "value": 1000, "unit": "people", "kind": "count"}]),
    ("vague_money_in", "Bazoum had squandered millions in international aid meant to secure Niger.",
     [{"text": "millions", "value": 1e6, "kind": "money"}]),
    ("vague_bare_determiner_counts", "They sold tickets by the hundreds.",
     [{"text": "hundreds", "value": 100, "value_high": 1000, "unit": ""}]),
    # a handful of workers in a story are a count, no workforce estimate
    ("few_workers_count", "Two Russian workers had been placed in a cold room.",
     [{"value": 2, "unit": "workers", "kind": "count"}]),
    ("many_workers_estimate", "Some 300 North Korean workers arrived.", [{"value": 300, "kind": "labor_estimate"}]),
    # list numbers before a colon and "zero tolerance" count nothing
    ("list_number_colon", "The Court ruled 1: unanimously that Venezuela shall refrain; and 2: unanimously both "
     "parties shall refrain.", []),
    ("zero_tolerance", "ECOWAS declared \u201czero tolerance for unconstitutional change of government.\u201d", []),
    # a bare number after "including" counts the plural noun right before it
    ("including_bare_number", "It has had four coups as well as numerous other attempts — including two "
     "previously against Bazoum.", [{"text": "four coups", "unit": "coups"}, {"text": "two", "unit": "attempts"}]),
    ("including_with_noun", "Ten people died, including two children.",
     [{"unit": "people"}, {"text": "two children", "unit": "children"}]),
    # a scaled amount in brackets after money is that money in another currency (left unnamed)
    ("bracketed_conversion", "The government offered 80 billion yen (550 million) for sales promotion.",
     [{"unit": "JPY", "kind": "money"}, {"text": "550 million", "unit": "", "kind": "money"}]),
    ("bracketed_not_conversion", "It paid 80 billion yen (about 550 million people watched).",
     [{"kind": "money"}, {"unit": "people", "kind": "count"}]),
    # "second" at a clause end after a name is a rank; after "a split" it is the time unit
    ("rank_after_name", "It is the biggest market for Japanese exports, with Hong Kong second.",
     [{"text": "second", "value": 2, "kind": "ordinal"}]),
    ("split_second", "It was over in a split second. Wait a second, he said.", []),
    # a part of a named owner's whole; a bare number before "who" counts what the figure before it counted
    ("part_of_possessive", "Two of Johnson’s deputies were fired.", [{"text": "Two", "unit": "deputies"}]),
    ("elided_before_who", "There are 68400 people who have been jobless for a year and 95800 who have been jobless "
     "for longer.", [{"unit": "people"}, {"text": "95800", "unit": "people"}]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_figures_more(name, text, expected):
    assert_figures(text, expected)
