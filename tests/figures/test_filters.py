"""The rejection rules of figures: each named rule fires on its example (analysis.figures.filters)."""
from __future__ import annotations

import json

import pytest

from analysis.dates import extract_dates
from analysis.figures import filters
from analysis.figures.filters import RULES, Look, is_not_figure, is_prose
from analysis.figures.numbers import scan_sentence
from analysis.text import footnote_spans

from ..conftest import DATA

CASES = json.loads((DATA / "figure_filter_cases.json").read_text(encoding="utf-8"))["cases"]


def _look_at(text: str, number: str) -> Look:
    """The Look the extractor gives the candidate whose number is ``number`` (the sentence is ``text``)."""
    dates = extract_dates(text, published="2023-05-01")
    notes = {start for start, _ in footnote_spans(text)}
    prose, prev = is_prose(text, 0, len(text)), None
    for cand in scan_sentence(text, 0, len(text)):
        look = Look(text, 0, len(text), cand, prev, notes, prose, dates)
        if text[cand.num_start:cand.num_end] == number:
            return look
        cand.rejected = is_not_figure(look)
        prev = cand
    raise AssertionError(f"no number {number!r} in {text!r}")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["rule"])
def test_rule_fires_on_its_example(case):
    rule = getattr(filters, case["rule"])
    look = _look_at(case["text"], case["number"])
    assert rule in RULES[look.cand.atom]
    assert rule(look)


@pytest.mark.parametrize("case", [c for c in CASES if "kept" in c], ids=lambda c: c["rule"])
def test_the_same_number_is_a_figure_elsewhere(case):
    number = case.get("kept_number") or (case["number"] if case["number"] in case["kept"] else case["number"].lower())
    look = _look_at(case["kept"], number)
    assert not is_not_figure(look)


def test_every_rule_has_an_example_and_a_docstring():
    rules = {rule for table in RULES.values() for rule in table}
    assert {rule.__name__ for rule in rules} == {case["rule"] for case in CASES}
    assert all(rule.__doc__ for rule in rules)


@pytest.mark.parametrize("text, number, rejected", [
    # blind round 19: one person's pair is new to the text, a count; a pair already in view is a reference
    ("A stick man soldier breaks cover while his two comrades lie in wait.", "two", False),
    ("Gisèle, accompanied by her two lawyers, arrived separately.", "two", False),
    ("the friendship between our two countries", "two", True),
    ("the growing alignment between its two neighbours", "two", True),
    ("as the two leaders met", "two", True),
    # a clock time told by noon or midnight
    ("followed by a press conference at 12 noon.", "12", True),
    ("The curfew starts at twelve midnight.", "twelve", True),
    ("It lasted 12 hours, until noon.", "12", False),
    # the instalment of a serial work is its name
    ('productions like "Andor" season 2, which carry on', "2", True),
    ("The show's episode 3 aired on Sunday.", "3", True),
    ("The team won 3 games this season.", "3", False),
    # a unit named by its kind of formation: "Tactical Group"
    ("One was seized on Jan 9 by the 84th Tactical Group of the Special Operations Forces.", "84th", True),
])
def test_pairs_clock_times_instalments_and_units(text, number, rejected):
    assert bool(is_not_figure(_look_at(text, number))) is rejected


@pytest.mark.parametrize("text, number, rejected", [
    # "third states", as "third countries" and "third parties": other states, no rank (lexicons/figure_idioms.tsv)
    ("Relations between them should not be a matter of concern to third states.", "third", True),
    ("The deal is not aimed against any third state.", "third", True),
    ("They will not attack a third state.", "third", True),
    ("Estonia became the third state to expel the envoy.", "third", False),
])
def test_third_states_are_other_states_not_a_rank(text, number, rejected):
    assert bool(is_not_figure(_look_at(text, number))) is rejected


def test_day_of_month_before_local_time_is_no_ordinal():
    from analysis.figures.extract import extract_figures
    text = "A resolution was adopted in Strasbourg on the 28th local time, the parliament said."
    assert [f.text for f in extract_figures(text, published="2024-11-29")] == []


@pytest.mark.parametrize("dateline", ["April. 18, 2025", "March. 22, 2025"])
def test_day_in_a_dateline_with_a_stray_stop_is_no_figure(dateline):
    # the sentence splitter may cut the date after "April."; the date still covers its day
    from analysis.figures.extract import extract_figures
    text = f"Tumen bridge project accelerates. {dateline} 07:33. Troops arrived in April. 18 soldiers died."
    assert [f.text for f in extract_figures(text, published="2025-04-18")] == ["18 soldiers"]


@pytest.mark.parametrize("text, number, rejected", [
    # an ordinal heading its list item, also with an aside between commas
    ("The first, and most obvious, is the immediate effect on planners.", "first", True),
    ("The second, more subtle, was a shift in doctrine.", "second", True),
    ("The first is a fight for territory.", "first", True),
    # "first impressions": no rank with content (lexicon role discourse)
    ("First impressions of the summit", "First", True),
    ("He won the first round, and most people cheered.", "first", False),
])
def test_ordinals_of_the_argument(text, number, rejected):
    assert bool(is_not_figure(_look_at(text, number))) is rejected


@pytest.mark.parametrize("text, number, rejected", [
    # "one" after a conditional before a party of a pact or a group is any one of them, no count
    ("The treaty stipulates that if one party is invaded, the other will provide assistance.", "one", True),
    ("If one nation mismanages its grid, its neighbors suffer with it.", "one", True),
    ("If one soldier dies, we leave.", "one", False),
    ("Only one party voted against the bill.", "one", False),
])
def test_one_party_in_a_conditional_is_any_party(text, number, rejected):
    assert bool(is_not_figure(_look_at(text, number))) is rejected


@pytest.mark.parametrize("text, number, rejected", [
    # the number of an aircraft model before "Max" names the model, even before a counted noun
    ("Cayman Airways said it was grounding two new 737 Max jets.", "737", True),
    ("He apologized for the 737 Max crashes.", "737", True),
    ("It sent 600 North Korean soldiers.", "600", False),
])
def test_aircraft_model_number_is_a_name(text, number, rejected):
    assert bool(is_not_figure(_look_at(text, number))) is rejected


def test_hyphenated_one_day_is_a_duration_not_someday():
    from . import assert_figures
    assert_figures("It was a record one-day loss for any company on Wall Street.",
                   [{"text": "one-day", "value": 1, "unit": "day"}])
    assert_figures("One day, Kim will go.", [])


@pytest.mark.parametrize("text", [
    "The friendship was handed down from one generation into the next and from one century into the next.",
    "As one side draws closer, the other grows distant.",
])
def test_one_in_a_succession_or_a_pair_named_in_turn_is_no_count(text):
    from . import assert_figures
    assert_figures(text, [])


def test_one_before_the_next_noun_phrase_still_counts():
    from . import assert_figures
    assert_figures("They moved one battalion to the next village.", [{"text": "one battalion", "value": 1}])


def test_six_party_talks_is_the_name_of_a_forum():
    from . import assert_figures
    assert_figures("Russia appeared likely to seek a return to six-party talks on the nuclear issue.", [])
    assert_figures("Germany's three-party coalition has collapsed.", [{"text": "three-party", "value": 3}])


@pytest.mark.parametrize("text", [
    "It is one of the biggest humanitarian catastrophes of the twenty-first century.",
    "Its soldiers are gaining direct experience in full-scale 21st-century warfare.",
])
def test_ordinal_of_a_century_ranks_nothing(text):
    from . import assert_figures
    assert_figures(text, [])


def test_one_day_before_after_or_later_is_an_offset_not_someday():
    from . import assert_figures
    assert_figures("Carlsson resigned as CEO, one day after the business filed for bankruptcy.",
                   [{"text": "one day", "value": 1, "unit": "day"}])
    assert_figures("One day, the people will decide.", [])


@pytest.mark.parametrize("text, number, rejected", [
    # "the three countries" after the group was named: a reference back, as "the two countries"
    ("The foreign ministers of the three countries met in Busan.", "three", True),
    ("While Moscow leans on these three countries, Beijing waits.", "three", True),
    ("He invited all four countries to the talks.", "four", True),
    # a count: no determiner, a possessive before it, or another word between it and the noun of actors
    ("Cases were reported in its four neighboring countries.", "four", False),
    ("Only three countries voted against it.", "three", False),
    ("The three largest airlines cut flights.", "three", False),
])
def test_the_three_countries_refer_back(text, number, rejected):
    assert bool(is_not_figure(_look_at(text, number))) is rejected


@pytest.mark.parametrize("text, number, rejected", [
    # one-party rule is a form of government, hyphenated or not
    ("It will decide whether the nation transitions away from one party rule.", "one", True),
    ("China remains a one party state.", "one", True),
    ("One party won 40 seats.", "One", False),
])
def test_one_party_rule_is_a_form_of_government(text, number, rejected):
    assert bool(is_not_figure(_look_at(text, number))) is rejected


@pytest.mark.parametrize("text,surface", [
    ("One soldier died, and the other was injured.", "One soldier"),
    ("One man was killed, the other was wounded.", "One man"),
    ("One hostage was freed, but the other remains captive.", "One hostage"),
])
def test_one_noun_then_the_other_still_counts_the_one(text, surface):
    from . import assert_figures
    assert_figures(text, [{"text": surface, "value": 1}])


@pytest.mark.parametrize("text", [
    "One side says yes, the other says no.",
    "On the one hand, prices rose; on the other, wages fell.",
])
def test_one_side_then_the_other_contrasts_and_counts_nothing(text):
    from . import assert_figures
    assert_figures(text, [])


def test_ordinal_before_a_lowercase_millennium_ranks_nothing():
    from . import assert_figures
    assert_figures("It is the second millennium.", [])


def test_ordinal_before_a_capitalised_millennium_in_a_name_still_ranks():
    from . import assert_figures
    assert_figures("He was the third Millennium Prize winner.", [{"text": "third", "kind": "ordinal"}])


@pytest.mark.parametrize("text, number, rejected", [
    # a list of references after one reference word: every item is an identifier, not only the first
    ("Russia may not import food and agricultural products (HS codes 12, 08, 07) from the DPRK.", "12", True),
    ("Russia may not import food and agricultural products (HS codes 12, 08, 07) from the DPRK.", "08", True),
    ("Russia may not import food and agricultural products (HS codes 12, 08, 07) from the DPRK.", "07", True),
    ("Articles 3, 4 and 5 of the treaty bind the parties.", "5", True),
    ("Apples fall under HS code 08 of the tariff.", "08", True),
    # counts in a list with no reference word stay figures
    ("The bill passed with 52, 48 and 3 votes in three readings.", "48", False),
    ("Articles 3 and 4 bind the parties, and 12 states signed.", "12", False),
])
def test_every_item_of_a_list_of_references_is_an_identifier(text, number, rejected):
    assert bool(is_not_figure(_look_at(text, number))) is rejected


@pytest.mark.parametrize("text", [
    "On the recording one engineer is heard telling the other to stop the pump.",
    "Under the pact, a strike on one member is treated as a strike on the other.",
    "The two valves closed one right after the other.",
])
def test_one_and_the_other_in_one_clause_name_a_pair_and_count_nothing(text):
    from . import assert_figures
    assert_figures(text, [])


@pytest.mark.parametrize("text,surface", [
    ("One engineer resigned, and the other stayed on.", "One engineer"),
    ("One engineer beat the other bidders.", "One engineer"),
])
def test_one_with_the_other_across_a_clause_break_or_the_others_as_the_rest_still_counts(text, surface):
    from analysis.figures import extract_figures
    assert [f.text for f in extract_figures(text)][:1] == [surface]


@pytest.mark.parametrize("text,surfaces", [
    # a ratio after a preposition: not "a certain" one
    ("Nearly as many as one in six farmers sold their land.", ["one in six"]),
    ("Unemployment among graduates stood at one in eight last spring.", ["one in eight"]),
    # a count weighed against another in the same clause, or stressed
    ("The crew loaded 70 crates in one shift.", ["70 crates", "one shift"]),
    ("Six cousins lived in one flat.", ["Six cousins", "one flat"]),
    ("It is rare to see so many envoys at one dinner.", ["one dinner"]),
    ("The mayor was fined on one occasion only.", ["one occasion"]),
])
def test_one_after_a_preposition_that_counts_stays_a_figure(text, surfaces):
    from analysis.figures import extract_figures
    assert [f.text for f in extract_figures(text, published="2024-03-01")] == surfaces


@pytest.mark.parametrize("text", [
    "As one shopkeeper told the radio, prices had doubled.",
    "In one town, 12 shops closed.",
])
def test_one_after_a_preposition_as_a_certain_is_still_no_figure(text):
    from analysis.figures import extract_figures
    assert all(not f.text.lower().startswith("one") for f in extract_figures(text, published="2024-03-01"))


@pytest.mark.parametrize("text,number", [
    ("Brazil is the 6th or 7th largest exporter of steel.", "6th"),
    ("Mexico was the 9th, behind Canada and Spain.", "9th"),
    ("It was the 4th and final round of talks.", "4th"),
    ("He became the 3rd and oldest man to hold the post.", "3rd"),
])
def test_a_rank_after_the_is_no_day_of_the_month_without_a_word_that_sets_a_day(text, number):
    assert not filters.ordinal_day_of_date(_look_at(text, number))


def test_a_place_left_in_a_ranking_is_no_day_of_the_month():
    from analysis.figures import extract_figures
    found = [f.text for f in extract_figures("The won slipped from the 6th and now sits 9th among currencies.",
                                             published="2024-11-07")]
    assert found[:1] == ["6th"]
