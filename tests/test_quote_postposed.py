"""A speaker postposed after a quoted fragment with a verb of saying other than 'said' (analysis.quote_postposed)."""
from __future__ import annotations

import pytest

from analysis.quotes import extract_quotes


def _one(text: str, quoted: str):
    return next(q for q in extract_quotes(text) if q.text.strip(" .,") == quoted)


@pytest.mark.parametrize("text, speaker, cue", [
    ("They now share an “unbreakable bond of brothers”, the Ruritanian leader gushed in a recent letter.",
     "the Ruritanian leader", "gushed"),
    ("The two nations opened a “new chapter”, Novak wrote on Telegram.", "Novak", "wrote"),
    ("The vote was a “turning point” for the union, the ministry insisted on Friday.", "the ministry", "insisted"),
])
def test_a_postposed_speaker_with_a_wider_verb_speaks_the_fragment(text, speaker, cue):
    q = _one(text, text[text.index("“") + 1:text.index("”")])
    assert (q.speaker, q.cue, q.kind) == (speaker, cue, "speech")


def test_a_thing_postposed_is_no_speaker():
    assert _one("The deal marks a “new chapter”, the report claims.", "new chapter").speaker == ""


def test_a_clause_going_on_after_the_verb_is_no_postposed_attribution():
    from analysis.quote_postposed import postposed_speaker
    text = "The plan opened a “new chapter”, the mayor complained bitterly about the harbour and the port."
    assert postposed_speaker(text, text.index("”") + 1, len(text)) is None
