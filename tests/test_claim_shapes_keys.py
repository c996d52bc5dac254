"""The keys that let claim_shapes skip a whole-text scan are held by every match of their pattern (speed only)."""
import pytest

from analysis import claim_shapes as cs

TEXTS = [
    "Seoul is certain the vote will pass. They weren't sure if they would help. She is confident he will win.",
    "In the latest Reuters/Ipsos poll, 40 percent said yes.\nIn a new survey of voters, most agreed.",
    "As per news agency Reuters, the talks failed; as per the report, nothing changed.",
    "Nothing to find here: certainly, assuredly, Indeed, asper.",
]


@pytest.mark.parametrize("rx, key", [(cs._CERTAIN_CUE, cs._CERTAIN_KEY), (cs.FINDING_OPENER, cs._FINDING_KEY),
                                     (cs._AS_PER, cs._AS_PER_KEY)])
def test_every_match_holds_its_key(rx, key):
    found = 0
    for text in TEXTS:
        for m in rx.finditer(text):
            found += 1
            assert key.search(text, m.start(), m.end() + 1)
        assert [m.span() for m in cs._scan(rx, key, text)] == [m.span() for m in rx.finditer(text)]
    assert found
