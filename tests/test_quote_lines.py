"""Deck lines 'Name "quote"' and quoted titles between a cue and the words (analysis.quote_lines)."""
from __future__ import annotations

import pytest

from analysis.nlp.people import PersonIndex
from analysis.quote_lines import deck_speaker, title_between


def _deck(text: str) -> str:
    q_open = text.index('"')
    q_close = text.index('"', q_open + 1) + 1
    return deck_speaker(text, q_open, q_close, PersonIndex(text))


@pytest.mark.parametrize("text, want", [
    ('Ana Lopez "We Will Not Retreat"\n\nAna Lopez, the mayor, spoke on Monday.', "Ana Lopez"),
    ('Ana Lopez: "We Will Not Retreat"\n\nAna Lopez, the mayor, spoke on Monday.', "Ana Lopez"),
    ('Kim Sunghee "Talks Will Resume"\n\nKim Sung-hee, a researcher, said so.', "Kim Sunghee"),   # hyphen aside
    ('Ana Lopez "We Will Not Retreat"\n\nThe mayor spoke on Monday.', ""),          # named nowhere else
    ('Stocks Slide "Worst Week Since Spring"\n\nStocks fell on Friday.', ""),        # a headline, no name
    ('Ana Lopez said "We Will Not Retreat" on Monday\n\nAna Lopez spoke.', ""),      # more than a name on the line
])
def test_deck_line_speaker(text, want):
    assert _deck(text) == want


@pytest.mark.parametrize("between, want", [
    ('" on the 13th, "', True),
    ('": "', True),
    ('" on Sunday and then told reporters, "', False),
])
def test_title_between(between, want):
    text = 'said on "Face the Nation' + between + 'We will win."'
    close = text.index('Nation') + len('Nation')
    assert title_between(text, close, text.rindex('"We')) is want
