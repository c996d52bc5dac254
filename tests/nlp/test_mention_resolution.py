"""A piece's publication participle ending a source, its by-agent written after a time: the publisher
(analysis.nlp.mention_resolution._late_publisher)."""
import pytest

from analysis.claims import extract_claims


@pytest.mark.parametrize("text, source", [
    ("The jobless rate fell to 4 percent, according to figures published on Friday (March 3) by the National "
     "Statistics Office.", "National Statistics Office"),
    ("Exports rose by a fifth, according to data released on Monday by the Ministry of Trade.", "Ministry of Trade"),
])
def test_a_late_by_agent_publishes_the_piece(text, source):
    assert [c.source for c in extract_claims(text, article_id="a")] == [source]


def test_a_piece_with_no_by_agent_keeps_its_mention():
    text = "A poll released in late August found that 74 percent of voters agreed."
    assert [c.source for c in extract_claims(text, article_id="a")] == ["A poll released"]
