"""Where a claimed content ends (analysis.claim_content): a second attribution in the same sentence."""
from __future__ import annotations

from analysis.claims import extract_claims


def _rows(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.source) for c in extract_claims(text, article_id="a")]


def test_a_second_holder_with_a_common_noun_subject_ends_the_first_content():
    text = "The ministry said the tanker was seized, and the coast guard said it had no record of the ship."
    assert _rows(text) == [("the tanker was seized", "The ministry"),
                           ("it had no record of the ship", "the coast guard")]


def test_a_bare_plural_holder_after_but_ends_the_first_content():
    text = "Officials said the reactor was stable but nearby residents insisted the water tasted of metal."
    assert ("the reactor was stable", "Officials") in _rows(text)
    assert ("the water tasted of metal", "nearby residents") in _rows(text)


def test_a_thing_after_and_stays_inside_the_content():
    # "the economy recovered": no reporting verb of its own, the content goes on.
    text = "The minister said the sanctions were lifted and the economy recovered within a year."
    assert _rows(text) == [("the sanctions were lifted and the economy recovered within a year", "The minister")]


def test_a_name_joined_by_and_stays_one_subject_inside_the_content():
    # "Phoenix and its officers support ...": one coordinated subject inside the content, no second holder.
    text = "The advertisement suggests that Phoenix and its officers support the campaign of the mayor."
    assert ("Phoenix and its officers support the campaign of the mayor", "The advertisement") in _rows(text)


def test_a_dash_aside_between_subject_and_verb_stays_inside_the_content():
    text = "Officials said that the company — which denied any wrongdoing — had broken the rules."
    assert ("the company — which denied any wrongdoing — had broken the rules", "Officials") in _rows(text)


def test_a_dash_aside_after_a_named_subject_lets_a_short_subject_reach_its_verb():
    text = "Jurors unanimously found that Monsanto — which vowed to appeal — acted with malice in the case."
    assert ("Monsanto — which vowed to appeal — acted with malice in the case", "Jurors") in _rows(text)


def test_a_dash_after_a_whole_clause_still_ends_the_content():
    # "the talks had failed" is whole: what follows the dash is the writer's comment, not the claim.
    text = "The envoy said the talks had failed — a blow to Washington — and flew home."
    assert ("the talks had failed", "The envoy") in _rows(text)


def test_a_dash_aside_after_an_object_does_not_make_a_claim_of_it():
    # "announcing results": the object of a verb, no clause whose verb comes after the aside.
    text = "The delay in announcing results — six hours after polls closed — indicated a deep debate inside the government."
    assert not any(t.startswith("results —") for t, _ in _rows(text))
