"""Senses of reporting verbs that report nothing (analysis.nlp.cue_senses, lexicons/cue_senses.tsv), cue by cue.

Whole-sentence cases live in ``data/claims_cases.json``; these pin the predicate on the cue it judges.
"""
from __future__ import annotations

import pytest

from analysis.nlp import iter_cues
from analysis.nlp.cue_senses import declined_to_tell, other_sense


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
])
def test_other_sense(text, word, expected):
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
