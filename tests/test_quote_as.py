"""A short quote opening the 'as' phrase of a verb of characterising or judgement (analysis.quote_as)."""
from __future__ import annotations

import pytest

from analysis.quotes import extract_quotes


def _one(text: str, quoted: str):
    return next(q for q in extract_quotes(text) if q.text.strip(" .,") == quoted)


@pytest.mark.parametrize("text, quoted, speaker", [
    ("Senator Jane Holloway slammed the regulator, who has fined three U.S. banks, as the “paper tiger” of the "
     "industry.", "paper tiger", "Senator Jane Holloway"),
    ("The chance of a deal was quantified by Marco Bellini as “60 percent.”", "60 percent", "Marco Bellini"),
    ("President Anton Varga has framed the campaign as a mission to “restore order” in the region.", "restore order",
     "President Anton Varga"),
])
def test_the_judge_of_an_as_phrase_speaks(text, quoted, speaker):
    q = _one(text, quoted)
    assert (q.kind, q.speaker) == ("speech", speaker)


def test_a_passive_with_no_agent_names_nobody():
    q = _one("The speech was billed on his website as providing “critical updates” to residents.", "critical updates")
    assert q.speaker == ""


def test_a_label_with_no_verb_of_judging_stays_a_scare_quote():
    q = _one("The drones, known in the trade as “loitering munitions”, were shown.", "loitering munitions")
    assert (q.kind, q.speaker) == ("scare", "")


def test_a_typeset_apostrophe_in_the_object_does_not_end_the_as_phrase():
    q = _one("Senator Jane Holloway slammed the president’s policy as “reckless” on Monday.", "reckless")
    assert (q.kind, q.speaker) == ("speech", "Senator Jane Holloway")
