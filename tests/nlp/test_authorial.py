"""The author's own voice and idioms on a cue word (analysis.nlp.authorial), cue by cue.

Whole-sentence cases live in ``data/claims_cases.json``; these pin the predicate on the cue it judges.
"""
from __future__ import annotations

import pytest

from analysis.nlp import iter_cues
from analysis.nlp.authorial import authors_voice


def _cue(text: str, word: str):
    return next(c for c in iter_cues(text, 0, len(text)) if c.word == word)


@pytest.mark.parametrize("text, word, found, expected", [
    # "says a lot about" with no speaker as the subject is an idiom; a speaker's is a topic
    ("His conviction says a lot about the state of democracy.", "says", (20, 60, 0, 15, "verb"), True),
    ("The senator said a lot about the tax plan.", "said", (16, 41, 0, 11, "verb"), False),
    # "according to" a measure cites no one; a poll's results do
    ("He is overweight according to his body mass index.", "according to", (0, 16, 30, 50, "according"), True),
    ("Clinton leads, according to the results of the poll.", "according to", (0, 13, 28, 52, "according"), False),
    # several parties discussing: a joint agenda
    ("The two leaders discussed the railway.", "discussed", (26, 37, 0, 15, "verb"), True),
    ("The senator discussed the railway.", "discussed", (22, 33, 0, 11, "verb"), False),
])
def test_authors_voice(text, word, found, expected):
    assert authors_voice(text, _cue(text, word), found, {"poll", "polls"}) is expected


@pytest.mark.parametrize("text, word, expected", [
    # an expletive "it" with an evaluative adjective: the author's comment
    ("It is interesting to note that the phase passed very quickly.", "note", True),
    ("Furthermore, it would be logical to assume that China and Russia coordinated their policy.", "assume", True),
    ("It's tempting to conclude that the talks failed.", "conclude", True),
    # a raising or control adjective: "it" is an actor, no evaluation
    ("The ministry said it is reluctant to say that the deal is dead.", "say", False),
    ("The firm says it is able to confirm that the plant is safe.", "confirm", False),
])
def test_expletive_evaluation_is_the_authors_comment(text, word, expected):
    from analysis.nlp.authorial import expletive_evaluation
    assert expletive_evaluation(text, _cue(text, word)) is expected


@pytest.mark.parametrize("text, word, expected", [
    ("And to underline the point, the leader will now travel to Vladivostok.", "underline", True),
    ("Kim left. And to think that Trump once shook his hand.", "think", True),
    ("To say that the deal is dead is wrong.", "say", True),
    # an infinitive with its subject before it is no opener
    ("The minister declined to say that the deal is dead.", "say", False),
    ("He wants to say that the deal is dead.", "say", False),
])
def test_opening_infinitive_reports_nothing(text, word, expected):
    from analysis.nlp.authorial import opens_with_infinitive
    assert opens_with_infinitive(text, _cue(text, word)) is expected
