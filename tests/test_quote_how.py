"""A short quote in the how/what clause of a verb of revealing or detailing (analysis.quote_how)."""
from __future__ import annotations

from analysis.quotes import extract_quotes


def _one(text: str, quoted: str):
    return next(q for q in extract_quotes(text) if q.text.strip(" .,") == quoted)


def test_a_quote_in_a_revealed_how_clause_is_speech_of_the_named_subject():
    q = _one("Defence analyst Tom Baker revealed how the crews were used as “decoys” near the front.", "decoys")
    assert (q.kind, q.speaker) == ("speech", "Defence analyst Tom Baker")


def test_a_thing_as_the_subject_leaves_the_speech_with_no_speaker():
    q = _one("The captured instructions detailed how the “human shield” should stand near the vehicle.",
             "human shield")
    assert (q.kind, q.speaker) == ("speech", "")


def test_the_writer_of_notes_speaks_for_them():
    q = _one("The last notes of a Ukrainian medic have revealed how the wounded were left as “spare parts” for days.",
             "spare parts")
    assert (q.kind, q.speaker) == ("speech", "Ukrainian medic")


def test_a_later_quote_of_the_same_clause_is_speech_too():
    quotes = {q.text.strip(" .,"): q for q in extract_quotes(
        "The captured instructions detailed how the “human shield” should stand near the vehicle, which will then be "
        "“cleared with precision fire”.")}
    assert quotes["cleared with precision fire"].kind == "speech"


def test_a_sentences_capitalised_first_word_is_no_name_for_the_speaker():
    q = _one("Satellite images show where the “ghost fleet” of tankers anchors off the coast.", "ghost fleet")
    assert q.speaker == ""


def test_the_how_clause_ends_at_a_coordinated_clause_of_its_own():
    q = _one("Polls show what voters want, but critics keep calling the plan a “dead letter” in private.", "dead letter")
    assert q.speaker != "Polls"
