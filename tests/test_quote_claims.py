"""A quoted fragment inside a claim's content takes the claim's source (analysis.quote_claims)."""
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
    text = "According to the commander, one soldier shouted, \"For the general,\" before he died."
    assert _speakers(text)["For the general"][0] == "one soldier"


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
