"""Lexicon scans match what a whole-text ``finditer`` matches (speed only)."""
import re

import pytest

from analysis import claim_shapes as cs
from analysis.claim_scan import finditer_at, spellings, word_regex

TEXTS = [
    "Pyongyang's claim that it tested a missile drew comments by U.S. officials that it lied. His comments on "
    "the shooting, his remarks about Kim and Trump's adulation of Putin stood out; its plan to build a wall too.",
    "The Council made a strong condemnation of the test and offered assurances that it would act. claimsx that no",
    "Many Democrats are afraid that it fails. He has been a critic of the deal. She is sure he will win.",
    "By Trump's own admission, he lied. It failed, in his eyes. Reclaims that, pre-claims that it is, un-held views.",
]


def test_spellings_of_a_lexicon():
    assert spellings(r"claims?|acknowledge?ment|worry|worries") == {
        "claim", "claims", "acknowledgment", "acknowledgement", "worry", "worries"}
    with pytest.raises(ValueError):
        spellings(r"claims+")


def test_word_regex_finds_whole_words_only():
    rx = word_regex(["claim", "claims"])
    assert [m.group() for m in rx.finditer("claims, claim, reclaim, claimsx, pre-claim")] == ["claims", "claim", "claim"]


@pytest.mark.parametrize("rx", list(cs._FIRSTS)[:5])
def test_lexicon_scan_matches_finditer(rx):
    for text in TEXTS:
        assert [m.span() for m in cs._lexicon_scan(rx, text)] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("rx, key", [(cs.STANCE_NOUN, cs._STANCE_NOUN_KEY), (cs._STATE_CUE, cs._STATE_KEY),
                                     (cs._CERTAIN_CUE, cs._CERTAIN_KEY), (cs._STANCE_CUE, cs._STANCE_KEY),
                                     (cs._VIEW_FRAME, cs._VIEW_KEY)])
def test_keyed_scan_matches_finditer(rx, key):
    found = 0
    for text in TEXTS:
        found += len(list(rx.finditer(text)))
        assert [m.span() for m in cs._keyed(rx, key, text)] == [m.span() for m in rx.finditer(text)]
    assert found


def test_finditer_at_skips_overlaps():
    rx = re.compile(r"(?<!\w)(?:a|b)\s+\w+")
    text = "a b c a d"
    words = list(word_regex(["a", "b"]).finditer(text))
    assert [m.span() for m in finditer_at(rx, frozenset({"a", "b"}), words, text)] == \
        [m.span() for m in rx.finditer(text)]
