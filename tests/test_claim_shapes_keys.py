"""The keys that let claim_shapes skip a whole-text scan are held by every match of their pattern (speed only)."""
import pytest

from analysis import claim_shapes as cs

TEXTS = [
    "Seoul is certain the vote will pass. They weren't sure if they would help. She is confident he will win.",
    "In the latest Reuters/Ipsos poll, 40 percent said yes.\nIn a new survey of voters, most agreed.",
    "As per news agency Reuters, the talks failed; as per the report, nothing changed.",
    "Nothing to find here: certainly, assuredly, Indeed, asper.",
    "Many Democrats are afraid that it fails; she’s so frustrated that she left. He has long been a critic of the deal.",
    "She is highly critical of it. By Trump's own admission, he lied. It failed, in his eyes. To her account, no.",
    "Investigators came to the conclusion in 2018 that it failed; the panel reached a determination that it did.",
]


@pytest.mark.parametrize("rx, key", [(cs._CERTAIN_CUE, cs._CERTAIN_KEY), (cs.FINDING_OPENER, cs._FINDING_KEY),
                                     (cs._AS_PER, cs._AS_PER_KEY), (cs._STATE_CUE, cs._STATE_KEY),
                                     (cs._STANCE_CUE, cs._STANCE_KEY), (cs._VIEW_FRAME, cs._VIEW_KEY),
                                     (cs._CONCLUSION_CUE, cs._CONCLUSION_KEY)])
def test_every_match_holds_its_key(rx, key):
    found = 0
    for text in TEXTS:
        for m in rx.finditer(text):
            found += 1
            assert key.search(text, m.start(), m.end() + 1)
        assert [m.span() for m in cs._scan(rx, key, text)] == [m.span() for m in rx.finditer(text)]
    assert found
