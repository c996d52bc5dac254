"""The starter guards of the windowed date scan keep every match the master pattern finds (speed only)."""
import pytest

from analysis.dates import windows as W
from analysis.dates.grammar import MASTER

PHRASES = ["the end of 2020", "the very end of last year", "the early 1990s", "the mid-1990s", "the 5th of May",
           "the same month last year", "the first quarter of 2021", "the 19th century", "the twenty-first century",
           "the summer of 2019", "the fiscal year 2021", "the day before,", "the weekend", "the previous month",
           "the current year", "the most recent weeks", "the past several months", "the coming weeks",
           "the near future", "on the 20th,", "The Spring", "THE FALL of 2020", "in the past", "In The Future",
           "a quarter of a century ago", "a few years ago", "a couple of weeks ago", "a year ago", "that same year",
           "That Day", "the following March", "the second half of 2020"]
FILLER = "The cat sat in a house that an owner kept; the dog did not. " * 4


@pytest.mark.parametrize("phrase", PHRASES)
def test_windowed_matches_equal_finditer(phrase):
    text = f"{FILLER}It happened {phrase} as they said in 2021. {FILLER}"
    assert len(text) >= 400
    found = [(m.span(), m.lastgroup) for m in W.matches(text, False)]
    assert found == [(m.span(), m.lastgroup) for m in MASTER.finditer(text)]
    assert any(m.start() == text.index(phrase) + (3 if phrase.startswith("on ") else 0) for m in W.matches(text, False))
