"""Speech that nobody asserted (analysis.nlp.unasserted), cue by cue: negated, modal, asked, aimed, planned.

Whole-sentence cases live in ``data/claims_cases.json``; these pin the predicate on the cue it judges.
"""
from __future__ import annotations

import pytest

from analysis.nlp import iter_cues
from analysis.nlp.unasserted import unasserted


def _cue(text: str, word: str):
    return next(c for c in iter_cues(text, 0, len(text)) if c.word == word)


@pytest.mark.parametrize("text, word, expected", [
    # negation and modals (moved from nlp.non_attribution)
    ("China has not condemned the launch.", "condemned", True),
    ("Economists do not expect a recession.", "expect", False),
    ("Officials might welcome the move.", "welcome", True),
    # a negative quantifier as the subject: hardly anyone holds the view
    ("Few predicted that the conflict would devolve into a proxy war.", "predicted", True),
    ("Few analysts believe that the war will end soon.", "believe", False),
    ("Nobody has claimed that it worked.", "claimed", True),
    ("A few said that the war would end.", "said", False),
    ("Many predicted that the conflict would devolve into a proxy war.", "predicted", False),
    # a purpose verb coordinated under a plan
    ("Both sides will share information on the talks, and discuss support for the army.", "discuss", True),
    ("The leaders met on Monday and discussed the war.", "discussed", False),
])
def test_unasserted_speech(text, word, expected):
    cue = _cue(text, word)
    assert unasserted(text, cue, 0, cue.start) is expected


def test_plural_heads_reduce_by_their_ending():
    from analysis.nlp.non_attribution import _singular
    assert [_singular(w) for w in ("companies", "agencies", "wolves", "crashes", "trends", "analysis", "press")] == \
        ["company", "agency", "wolf", "crash", "trend", "analysis", "press"]


def test_only_event_change_trace_and_idea_heads_are_things_as_subjects():
    from analysis.nlp.non_attribution import _thing_as_subject
    assert all(_thing_as_subject(w) for w in ("rescue", "principle", "surge", "trends", "debris", "decision"))
    assert not any(_thing_as_subject(w) for w in ("lab", "board", "airline", "coroner", "companies", "monitors",
                                                  "auditors", "lawsuit", "complaint", "memo", "startup", "Kroger"))
