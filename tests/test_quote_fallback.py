"""The sentence's subject as the speaker of a quoted fragment no other rule attributes (analysis.quote_fallback)."""
from __future__ import annotations

from analysis.quote_fallback import subject_fallback
from analysis.quotes import extract_quotes


def _one(text: str, quoted: str):
    return next(q for q in extract_quotes(text) if q.text.strip(" .,") == quoted)


def test_a_named_subject_whose_verb_of_saying_holds_the_fragment_speaks_it():
    q = _one("Governor Petrenko also revealed plans to open a shared “logistics and export hub” near the border.",
             "logistics and export hub")
    assert q.speaker == "Governor Petrenko"


def test_a_body_as_the_subject_speaks_its_definition():
    q = _one("The regulator proudly defines the remedy “a turning point for fair markets” in its decision.",
             "a turning point for fair markets")
    assert q.speaker == "The regulator"


def test_a_verb_of_doing_gives_no_speaker():
    q = _one("The central bank halted the “longest tightening cycle in decades” on Thursday.",
             "longest tightening cycle in decades")
    assert q.speaker == ""


def test_a_modal_verb_gives_no_speaker():
    q = _one("Ruritania must abstain from “any step that alters” the status of the territory.", "any step that alters")
    assert q.speaker == ""


def test_a_passive_subject_gives_no_speaker():
    assert subject_fallback("Several delegates were alarmed by the text's nod to “bridge fuels” in the plan.", 0,
                            60) is None


def test_a_possessor_owning_the_term_keeps_it_from_the_subject():
    text = "Belgrade may yet endorse Moscow's “peace formula” for the region."
    assert subject_fallback(text, 0, text.index("“")) is None
    text = "Smith welcomed the ministry's “new approach” to the talks."
    assert subject_fallback(text, 0, text.index("“")) is None


def test_a_clause_of_its_own_between_the_verb_and_the_quote_blocks_it():
    text = "Novak proposed new talks, while the opposition wants a “national dialogue” first."
    assert subject_fallback(text, 0, text.index("“")) is None


def test_a_thing_as_the_subject_gives_no_speaker():
    text = "The bankruptcy filing signals the end of a firm that promised to “change how people work”."
    assert subject_fallback(text, 0, text.index("“")) is None


def test_a_relative_clause_on_the_verbs_object_stays_in_the_subjects_report():
    q = _one("Markov also indicated readiness to resume the exchanges, which are currently \u201con hold\u201d until "
             "the spring.", "on hold")
    assert q.speaker == "Markov"


def test_a_relative_clause_with_a_person_of_its_own_blocks_the_subject():
    text = "Markov also met the envoy, who described the exchanges as \u201con hold\u201d until the spring."
    assert subject_fallback(text, 0, text.index("\u201c")) is None
