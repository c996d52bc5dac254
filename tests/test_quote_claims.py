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
    text = "According to the commander, one soldier shouted, \"For the general,\" before he died."
    assert _claim_speaker(text, "For the general", ",\"", "speech", "one", "the commander", "According to") == ""


def _claim_speaker(text: str, fragment: str, fragment_end: str, kind: str, content_start: str, source: str,
                   cue: str) -> str:
    """The speaker claim_speakers gives the speakerless quote ``fragment`` (ending where ``fragment_end`` is first
    written) inside one claim whose content runs from ``content_start`` to the text's final stop."""
    from analysis.records import Claim, Quote
    q = Quote("a", text.index(fragment), text.index(fragment_end), fragment, kind=kind)
    c = Claim("a", text.index(content_start), len(text) - 1, text[text.index(content_start):-1], source, cue,
              source_mention=source)
    return claim_speakers(text, [q], [c])[0].speaker


def _fragment_in_claim(source: str):
    text = 'The senator has faced criticism from Republicans who say the troops will "return soon" before winter.'
    return _claim_speaker(text, "return soon", '" before', "scare", "the troops", source, "say")


@pytest.mark.parametrize("source", ["drawn scrutiny from Republicans", "show insiders",
                                    "a 52-count civil complaint filed by the federal Securities",
                                    "a speech Mrs. Clinton delivered at New York University", "The initial"])
def test_a_claim_source_that_names_no_actor_gives_a_fragment_no_speaker(source):
    assert _fragment_in_claim(source) == ""


def test_a_claim_source_that_names_an_actor_gives_a_fragment_its_speaker():
    assert _fragment_in_claim("Republicans") == "Republicans"


def test_a_speakerless_fragment_after_a_nested_saying_verb_keeps_no_speaker():
    text = 'According to Pulse, one North Korean shouted, "For General Kim," before he died.'
    assert _claim_speaker(text, "For General Kim", ",\"", "scare", "one", "Pulse", "According to") == ""
    plain = 'According to Pulse, the troops will "return soon," before the winter.'
    assert _claim_speaker(plain, "return soon", ",\"", "scare", "the troops", "Pulse", "According to") == "Pulse"


@pytest.mark.parametrize("source", ["The first error", "the second reason", "the problem"])
def test_a_claim_source_headed_by_an_abstract_noun_gives_a_fragment_no_speaker(source):
    assert _fragment_in_claim(source) == ""


@pytest.mark.parametrize("source", ["The hosts", "the church", "the museum", "pupils", "the village", "the champions"])
def test_a_claim_source_headed_by_a_noun_the_lexicons_lack_still_gives_its_speaker(source):
    # (an unknown head is a body or people more often than an abstraction: 'The hosts said the referee was "biased"')
    assert _fragment_in_claim(source) == source


@pytest.mark.parametrize("source", ["Scuffles erupted in parliament", "Demonstrators held numerous Spanish and EU"])
def test_a_claim_source_that_is_a_clause_gives_a_fragment_no_speaker(source):
    assert _fragment_in_claim(source) == ""
