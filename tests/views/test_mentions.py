"""A label that is a word mentioned (a quoted term of wording or emphasis, what a phrase refers to) is no view held."""
from __future__ import annotations

import pytest

from analysis.views.mentions import is_mentioned_word


def _span(text: str, label: str) -> tuple[int, int]:
    start = text.index(label)
    return start, start + len(label)


@pytest.mark.parametrize("text, label", [
    ('Hiraiwa pointed to Kim\'s emphasis on "alliance" at the joint news conference.', "alliance"),
    ('The statement avoided the word "alliance" altogether.', "alliance"),
    ("Russia has the Western supply of weapons in mind when it refers to military assistance for North Korea.",
     "military assistance"),
])
def test_a_mentioned_word_is_no_view(text, label):
    assert is_mentioned_word(text, *_span(text, label))


@pytest.mark.parametrize("text, label", [
    ("Kim has referred to the relationship with Russia as an alliance.", "alliance"),   # calls it one: a framing
    ('Kim said the two countries are now in an "alliance".', "alliance"),                # no noun of wording
    ('Kim used the word "alliance" to describe the ties with Russia.', "alliance"),     # the word put to the ties
    ("Kim referred to the alliance with Russia as a sacred bond.", "alliance"),         # ... as: the object named anew
])
def test_a_word_used_of_the_ties_is_a_view(text, label):
    assert not is_mentioned_word(text, *_span(text, label))
