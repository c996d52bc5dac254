"""Contrasts and concessions: the keyword screen in front of the rules changes no reading."""
from __future__ import annotations

import itertools
import random

import pytest

from analysis.views import contrast
from analysis.views.contrast import _KEYS, _RULES, find_spans

_PIECES = ["not", "but", "rather", "than", "more likely", "less", "instead of", "as opposed to", "in place of",
           "although", "even though", "even if", "even with", "despite", "in spite of", "notwithstanding", "whereas",
           "while", "while noting", "albeit", "actually", "in fact", "in reality", "in truth", "not so much", "as",
           "NOT", "But", "RATHER THAN", "Despite", ",", ";", ".", "the pact", "a deal", "ties", "is", "only", "also",
           "closer to", "better described", "deſpite", "Kelvin", "ſo", "İn fact", "the alliance", "a partnership"]


def _sentences(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(3, 14))) for _ in range(n)]


def test_the_keyword_screen_changes_no_reading(monkeypatch):
    texts = _sentences(3000) + ["The ties are not an alliance but a partnership.",
                                "Although Russia denies it, the pact is more likely a deal than a treaty.",
                                "The pact is, in fact, a marriage of convenience, not an alliance."]
    screened = [find_spans(t) for t in texts]
    monkeypatch.setattr(contrast, "_may_match", lambda pattern, lowered: True)
    assert screened == [find_spans(t) for t in texts]
    assert sum(map(len, screened)) > 1000


@pytest.mark.parametrize("pattern", [p for p, _ in _RULES])
def test_every_match_of_a_rule_holds_its_keys(pattern):
    for text in _sentences(2000, seed=11):
        if contrast._FOLDS_TO_ASCII.intersection(text):
            continue
        lowered = text.lower()
        for m in pattern.finditer(text):
            assert any(all(k in lowered for k in keys) for keys in _KEYS[pattern]), (pattern.pattern, text)


def test_a_sentence_with_a_letter_folding_to_ascii_is_searched_with_every_rule():
    assert [(s.kind, s.preferred) for s in find_spans("Deſpite the sanctions, trade grew.")] == [("concession", (23, 33))]
    assert [s.cue for s in find_spans("The pact is not an alliance but a deal.")] == ["not … but"]


def test_every_rule_has_keys():
    assert set(_KEYS) == {p for p, _ in _RULES}
    assert all(keys and all(keys) for keys in itertools.chain(_KEYS.values()))
