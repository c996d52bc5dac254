"""A quoted fragment inside a claim's content takes the claim's source (analysis.quote_claims)."""
import pytest

from analysis.claims import extract_claims
from analysis.quote_claims import claim_speakers
from analysis.quotes import extract_quotes


def _speakers(text):
    quotes = claim_speakers(text, extract_quotes(text, article_id="a"), extract_claims(text, article_id="a"))
    return {q.text: (q.speaker, q.kind) for q in quotes}


def test_a_fragment_inside_a_claims_content_is_its_sources():
    text = ("The commander noted that intercepted communications indicate that the troops will \"return soon.\"")
    assert _speakers(text)["return soon."][0] == "The commander"


def test_a_label_inside_a_claims_content_keeps_its_kind_and_gains_the_user():
    before = {q.text: q.kind for q in extract_quotes(
        "ECOWAS condemned the coup and warned it would use \"all measures\" to restore order.", article_id="a")}
    got = _speakers("ECOWAS condemned the coup and warned it would use \"all measures\" to restore order.")
    assert got["all measures"] == ("ECOWAS", before["all measures"])


def test_a_fragment_after_a_nested_saying_verb_gets_no_claim_source():
    # a speakerless fragment (the quote rules' answer removed), so only claim_speakers could give it one
    from analysis.records import Claim, Quote
    text = "According to the commander, one soldier shouted, \"For the general,\" before he died."
    q = Quote("a", text.index("For"), text.index(",\""), "For the general", kind="speech")
    c = Claim("a", text.index("one"), len(text) - 1, text[text.index("one"):-1], "the commander", "According to",
              source_mention="the commander")
    assert claim_speakers(text, [q], [c])[0].speaker == ""


def _fragment_in_claim(source: str):
    from analysis.records import Claim, Quote
    text = 'The senator has drawn scrutiny from Republicans who say the troops will "return soon" before winter.'
    q = Quote("a", text.index("return"), text.index('" before'), "return soon", kind="scare")
    c = Claim("a", text.index("the troops"), len(text) - 1, text[text.index("the troops"):-1], source, "say",
              source_mention=source)
    return claim_speakers(text, [q], [c])[0].speaker


@pytest.mark.parametrize("source", ["drawn scrutiny from Republicans", "show insiders",
                                    "a 52-count civil complaint filed by the federal Securities",
                                    "a speech Mrs. Clinton delivered at New York University", "The initial"])
def test_a_claim_source_that_names_no_actor_gives_a_fragment_no_speaker(source):
    assert _fragment_in_claim(source) == ""


def test_a_claim_source_that_names_an_actor_gives_a_fragment_its_speaker():
    assert _fragment_in_claim("Republicans") == "Republicans"


def test_a_speakerless_fragment_after_a_nested_saying_verb_keeps_no_speaker():
    from analysis.records import Claim, Quote
    text = 'According to Pulse, one North Korean shouted, "For General Kim," before he died.'
    q = Quote("a", text.index("For"), text.index(",\""), "For General Kim", kind="scare")
    c = Claim("a", text.index("one"), len(text) - 1, text[text.index("one"):-1], "Pulse", "According to",
              source_mention="Pulse")
    assert claim_speakers(text, [q], [c])[0].speaker == ""
    plain = 'According to Pulse, the troops will "return soon," before the winter.'
    q = Quote("a", plain.index("return"), plain.index(",\""), "return soon", kind="scare")
    c = Claim("a", plain.index("the troops"), len(plain) - 1, plain[plain.index("the troops"):-1], "Pulse",
              "According to", source_mention="Pulse")
    assert claim_speakers(plain, [q], [c])[0].speaker == "Pulse"
