"""Firm descriptions ("the group", "the company") and the names they stand for (analysis.nlp.firms)."""
from analysis.claims import extract_claims
from analysis.quotes import extract_quotes


def test_a_collective_description_after_a_list_of_parties_abstains():
    text = ("The PGA Tour, DP World Tour and Saudi Arabia's Public Investment Fund have agreed to a merger. "
            "The group claims the move is being made \u201cto unify the game of golf.\u201d")
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["The group"]


def test_a_collective_description_after_one_firm_takes_it():
    text = "Volkswagen said on Monday it would cut jobs. \u201cWe had no choice,\u201d the group said."
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["Volkswagen"]


def test_a_collective_description_after_two_joined_firms_abstains():
    text = "Volkswagen and BMW said on Monday they would cut jobs. \u201cWe had no choice,\u201d the group said."
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["the group"]


def test_a_body_description_takes_the_whole_name_with_its_own_and():
    text = ("The Department of Health and Human Services said on Monday it would cut jobs. \u201cWe had no "
            "choice,\u201d the department said.")
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["The Department of Health and Human Services"]


def test_an_ownership_modifier_leaves_the_company_description_open():
    text = ("Deutsche Bahn has agreed on a 35-hour week with the union. The state-owned company announced that "
            "workers will be able to choose their weekly hours.")
    assert [c.source for c in extract_claims(text, article_id="a") if c.cue == "announced"] == ["Deutsche Bahn"]


def test_a_dateline_in_capitals_is_no_firm():
    text = ("[LONDON] British regional airline Flybe has collapsed with all its flights grounded, the company said "
            "on Thursday.")
    assert [c.source for c in extract_claims(text, article_id="a")] == ["the company"]
