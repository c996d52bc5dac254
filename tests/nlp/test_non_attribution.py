"""analysis.nlp.non_attribution: cues whose object makes them no attribution."""
from __future__ import annotations

import pytest

from analysis.claims import extract_claims


def _contents(text: str) -> list[str]:
    return [c.text for c in extract_claims(text)]


@pytest.mark.parametrize("text", [
    "The two presidents have concluded their first ever summit in the port city that lasted five hours.",
    "The delegation concluded the talks in Hanoi on Friday after two days of meetings.",
])
def test_concluding_a_meeting_ends_it_and_attributes_nothing(text):
    assert _contents(text) == []


def test_concluding_with_a_clause_is_still_a_claim():
    assert _contents("The inspectors concluded that the plant can reopen next month.") == \
        ["the plant can reopen next month"]


@pytest.mark.parametrize("text", [
    "The co-founder will stay on as president of the firm, reporting directly to the new chief executive.",
    "She joins the bank as finance director and reports to the board.",
])
def test_reporting_to_a_superior_is_no_speech(text):
    assert _contents(text) == []


def test_reporting_to_a_body_with_a_clause_is_still_a_claim():
    assert _contents("The ministry reported to the committee that the ferry had sunk.") == ["the ferry had sunk"]


@pytest.mark.parametrize("text", [
    "The lenders took control after the old owners gave up on the firm, writing off their stakes.",
    "The union called off the strike on Monday evening.",
])
def test_a_particle_after_the_cue_makes_a_phrasal_verb_and_no_claim(text):
    assert not any(c.startswith(("off", "down", "up")) for c in _contents(text))


@pytest.mark.parametrize("text", [
    "Meanwhile, the junta's involvement has raised concerns about a wider war in the region.",
    "The decisions from Minsk and Tehran underscore a question that will trouble the alliance for years.",
    "The coming general election adds another layer of uncertainty to the negotiations.",
    "The envoy's recent diplomatic activity underlines the importance of the port to both sides.",
])
def test_an_event_of_a_named_actor_as_subject_is_the_authors_inference(text):
    assert _contents(text) == []


def test_a_statement_of_a_named_body_still_holds_its_claim():
    assert _contents("The ministry's statement underlined that the talks would resume.") == \
        ["the talks would resume"]


def test_a_person_who_adds_something_keeps_the_row():
    assert _contents("Kim added another condition to the deal.") == ["another condition to the deal"]


def test_as_with_a_pronoun_and_its_own_verb_reads_the_speech_word_as_a_noun():
    text = ("The council had already voted to remove the mayor, a former banker, as he faced bribery charges. "
            "By that standard, the governor should go.")
    assert _contents(text) == []


@pytest.mark.parametrize("text, content", [
    ("As he noted, prices will rise.", "prices will rise"),
    ("As he has repeatedly argued, prices will rise.", "prices will rise"),
])
def test_as_with_a_pronoun_and_the_cue_keeps_its_row(text, content):
    assert _contents(text) == [content]


def test_as_with_a_pronoun_and_adverbs_before_the_cue_keeps_its_row():
    assert _contents("Voters are tired, as you very aptly pointed out last night.") != []


@pytest.mark.parametrize("text", [
    "It was two weeks ago that the CDC reported there were 14 cases of measles reported across the entire country.",
    "More than 2,000 deaths recorded in the region were linked to the heat.",
])
def test_a_counted_plural_with_a_participle_and_a_place_is_a_count(text):
    assert all(c.cue not in ("recorded",) and "across the entire country" != c.text for c in extract_claims(text))
    assert not any(c.source.startswith(("cases", "deaths")) for c in extract_claims(text))


def test_people_reporting_in_a_journal_keep_their_claim():
    assert _contents("Doctors reported in the journal that the drug works well.") == ["the drug works well"]


def test_a_reduced_passive_of_characterising_has_no_holder():
    assert _contents("A Sputnik moment is when a nation perceived as lagging in innovation surpasses the leader.") == []


def test_a_fronted_object_keeps_the_characterising_verb():
    assert _contents("They named the suspect, whom the interior minister described as a lone wolf.") == \
        ["as a lone wolf"]


def test_a_free_relative_keeps_the_characterising_verb():
    assert _contents("He engaged in what analysts described as age-old pre-debate tactics.") == \
        ["as age-old pre-debate tactics"]


@pytest.mark.parametrize("text", [
    "This resistance suggests that the new approach will face steeper challenges than before.",
    "This achievement highlights the country's ability to innovate with exceptional efficiency.",
])
def test_a_demonstrative_fact_as_subject_speaks_in_the_authors_voice(text):
    assert _contents(text) == []


def test_demonstrative_officials_keep_their_claim():
    assert _contents("These officials stressed that the talks would continue.") == ["the talks would continue"]


def test_a_demonstrative_fact_before_a_parenthetical_speaks_in_the_authors_voice():
    assert _contents("This move, rather than dampening protest momentum, has only highlighted the growing divide "
                     "between the government and the street.") == []
