"""Deck lines 'Name "quote"' and quoted titles between a cue and the words (analysis.quote_lines)."""
from __future__ import annotations

import pytest

from analysis.nlp.people import PersonIndex
from analysis.quote_lines import deck_speaker, title_between
from analysis.quotes import extract_quotes


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


@pytest.mark.parametrize("text, speakers", [
    ("Mayor speaks on the flood\n\n:: Ana Lindqvist, Mayor of Harbourtown\n\n:: \"We will rebuild the bridge before "
     "the winter comes.\"\n\n\"The money is there and the workers are ready.\"\n\nMayor Ana Lindqvist said the "
     "bridge would open in May.\n", ["Ana Lindqvist", "Ana Lindqvist"]),
    ("The committee met on Tuesday.\n[Sound bite: Green Party Rep. Tomas Berg - Budget Committee (English)]\n"
     "\u201cThe budget leaves the regions without the funds they were promised.\u201d\nThe committee will vote on "
     "Friday.\n", ["Tomas Berg"]),
])
def test_a_header_line_naming_a_person_alone_gives_the_quoted_paragraphs_after_it(text, speakers):
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == speakers


@pytest.mark.parametrize("text", [
    "A long day in court\n\nby Elena Marsh\n\n\u201cWe were not heard at all,\u201d one of the women wrote.\n",
    "Tomas Berg warns of cuts\n\n\u201cThe budget leaves the regions without the funds they were promised.\u201d\n",
])
def test_a_byline_or_a_headline_with_a_verb_is_no_header(text):
    speakers = [q.speaker for q in extract_quotes(text, article_id="a")]
    assert "Elena Marsh" not in speakers and "Tomas Berg" not in speakers


@pytest.mark.parametrize("text", [
    "The port opened. Ana Lindqvist took pictures.\n\nPhoto: Ana Lindqvist\n\n\u201cWelcome to the new harbour\u201d "
    "reads a sign at the gate.\n",
    "The port opened.\n\nRelated: Ana Lindqvist\n\n\u201cA poem for the harbour\u201d is a new book.\n",
    "The port opened.\n\nCredit: Tomas Berg\n\n\u201cNo entry after dark\u201d says the notice on the fence.\n",
])
def test_a_label_line_other_than_a_speech_marker_is_no_header(text):
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == [""]
