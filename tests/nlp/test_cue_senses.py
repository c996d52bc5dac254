"""Senses of reporting verbs that report nothing (analysis.nlp.cue_senses, lexicons/cue_senses.tsv), cue by cue.

Whole-sentence cases live in ``data/claims_cases.json``; these pin the predicate on the cue it judges.
"""
from __future__ import annotations

import pytest

from analysis.nlp import iter_cues
from analysis.nlp.cue_senses import declined_to_tell, other_sense, unanswered_request


def _cue(text: str, word: str):
    return next(c for c in iter_cues(text, 0, len(text)) if c.word == word)


@pytest.mark.parametrize("text, word, expected", [
    # swear in: an induction into office; swearing that: an oath on a proposition
    ("Milei, set to be sworn in on December 10, spoke.", "sworn", True),
    ("He swore that he would never resign.", "swore", False),
    # conceding a defeat or an election is an act; conceding that is a claim
    ("Massa conceded defeat on Sunday.", "conceded", True),
    ("The minister conceded that mistakes had been made.", "conceded", False),
    # boasting a count or an amount is having it; boasting that is a claim
    ("North Korea boasts one of the largest militaries in the world.", "boasts", True),
    ("Trump boasted that his crowds were the largest.", "boasted", False),
    # a verdict or a hearing is a legal act; a court's finding that is a claim
    ("A court found her guilty of embezzling EU funds.", "found", True),
    ("The trial is heard by the Appeals Court.", "heard", True),
    ("The court found that the ministry had acted unlawfully.", "found", False),
    # rejecting an offer or a contract is a decision; rejecting claims is a stance on words
    ("Hourly workers rejected the contract with a vote of 94.6 percent.", "rejected", True),
    ("North Korea rejected the overtures.", "rejected", True),
    ("Russia and North Korea have rejected claims of any arms transfers.", "rejected", False),
    ("Union leaders rejected the offer as an insult.", "rejected", False),
])
def test_other_sense(text, word, expected):
    assert other_sense(text, _cue(text, word)) is expected


@pytest.mark.parametrize("text, word, expected", [
    # an oath of allegiance and a declaration that confers a status perform an act: no proposition is held
    ("The gunman, who had pledged allegiance to the militia, was arrested.", "pledged", True),
    ("Both men pledged their allegiance to the new emir.", "pledged", True),
    ("The cabinet responded by declaring the envoy persona non grata.", "declaring", True),
    ("The king declared Friday a national day of mourning.", "declared", True),
    ("The judge may declare the suspects fugitives before the trial.", "declare", True),
    ("The governor declared a state of emergency after the floods.", "declared", True),
    # a pledge to act and a declaration of a proposition or an assessment keep their rows
    ("The ministers pledged to rebuild the bridge by spring.", "pledged", False),
    ("The spokesman declared that the talks had collapsed.", "declared", False),
    ("The agency declared the outbreak a global health emergency.", "declared", False),
])
def test_oaths_and_status_declarations_are_acts(text, word, expected):
    assert other_sense(text, _cue(text, word)) is expected


@pytest.mark.parametrize("text, word, expected", [
    # feeling a thing (a noun phrase or a place, no verb before the clause ends) is an experience
    ("Club owners to feel supporter anger\nThe plan collapsed.", "feel", True),
    ("Will the supporters ever feel the same about the owners?", "feel", True),
    ("It was a jolt felt across the region, where markets tumbled.", "felt", True),
    # a view has a clause: a finite verb, a participle or "that" before the clause ends
    ("Many growers feel the subsidy is unfair.", "feel", False),
    ("Residents still feel their complaints are being ignored.", "feel", False),
    ("Many voters feel betrayed after the vote.", "feel", False),
    ("Some activists felt that the vote came too early.", "felt", False),
])
def test_feeling_a_thing_is_no_view(text, word, expected):
    assert other_sense(text, _cue(text, word)) is expected


@pytest.mark.parametrize("text, word, expected", [
    # a verb of telling before an indirect question: the subject would not tell (a claim even when negated)
    ("Lawmakers have not said when they would take up the bill.", "said", True),
    ("The ministry did not confirm whether the troops had left.", "confirm", True),
    # an object, or a verb that is no telling, stays negated speech
    ("It did not confirm the date of future supplies.", "confirm", False),
    ("China has not condemned the launch.", "condemned", False),
])
def test_declined_to_tell(text, word, expected):
    assert declined_to_tell(text, _cue(text, word)) is expected


@pytest.mark.parametrize("text, word, expected", [
    ("The Trump campaign did not immediately respond to requests for comment.", "respond", True),
    ("The embassy has not replied to several messages seeking comment.", "replied", True),
    ("The ministry did not respond to the accusations.", "respond", False),
    ("He responded to critics for the first time.", "responded", False),
])
def test_unanswered_request_for_comment(text, word, expected):
    assert unanswered_request(text, _cue(text, word)) is expected
