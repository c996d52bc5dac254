"""Quotes that take their speaker from another quote (analysis.quote_echoes)."""
import pytest

from analysis.quotes import extract_quotes

CASES = {
    "words_quoted_again_keep_their_first_speaker": (
        "As Jane Holt, a former regulator, said “the worry is about who the rules are protecting.”\n\n"
        "The answer to “who the rules are protecting” is large depositors.",
        "who the rules are protecting", "Jane Holt"),
    "two_words_quoted_again_are_no_echo": (
        "“We will win,” the coach said. Fans later painted “We will” on the wall.", "We will", ""),
    "words_two_speakers_said_are_nobodys_echo": (
        "“Prices will keep rising,” Ann Lee said. “Prices will keep rising,” Bo Chan said too.\n\n"
        "The warning that “prices will keep rising” spread.", "prices will keep rising", ""),
    "a_fragment_before_a_postposed_speaker_is_theirs": (
        "The leaders met.\n\nThe \"landmark\" pact \"opens a new chapter for us,\" Costa said.", "landmark", "Costa"),
}


def _speakers(text):
    return {q.text: q.speaker for q in extract_quotes(text)}


@pytest.mark.parametrize("text, quoted, speaker", CASES.values(), ids=CASES.keys())
def test_quote_echo(text, quoted, speaker):
    assert _speakers(text)[quoted] == speaker
