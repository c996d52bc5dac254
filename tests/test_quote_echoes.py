"""Quotes that take their speaker from another quote (analysis.quote_echoes)."""
from analysis.quotes import extract_quotes


def _speakers(text):
    return {q.text: q.speaker for q in extract_quotes(text)}


def test_words_quoted_again_keep_their_first_speaker():
    text = ("As Jane Holt, a former regulator, said “the worry is about who the rules are protecting.”\n\n"
            "The answer to “who the rules are protecting” is large depositors.")
    assert _speakers(text)["who the rules are protecting"] == "Jane Holt"


def test_two_words_quoted_again_are_no_echo():
    text = "“We will win,” the coach said. Fans later painted “We will” on the wall."
    assert _speakers(text)["We will"] == ""


def test_words_two_speakers_said_are_nobodys_echo():
    text = ("“Prices will keep rising,” Ann Lee said. “Prices will keep rising,” Bo Chan said too.\n\n"
            "The warning that “prices will keep rising” spread.")
    assert _speakers(text)["prices will keep rising"] == ""


def test_a_fragment_before_a_postposed_speaker_is_theirs():
    text = "The leaders met.\n\nThe \"landmark\" pact \"opens a new chapter for us,\" Costa said."
    assert _speakers(text)["landmark"] == "Costa"
