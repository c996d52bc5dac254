"""analysis.nlp.mentions: speaker and source phrases cut to the actor they name, or abstained on."""
from __future__ import annotations

import json

import pytest

from analysis.nlp.mentions import clean_mention, is_actor_phrase, is_description

from ..conftest import DATA

CASES = json.loads((DATA / "nlp_mention_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("raw, want", CASES["clean"], ids=[c[0][:40] for c in CASES["clean"]])
def test_clean_mention(raw, want):
    assert clean_mention(raw) == want


@pytest.mark.parametrize("mention, want", CASES["description"], ids=[c[0] for c in CASES["description"]])
def test_is_description(mention, want):
    assert is_description(mention) is want


def test_a_cleaned_mention_is_an_actor_phrase_or_a_pronoun():
    for raw, _ in CASES["clean"]:
        got = clean_mention(raw)
        assert not got or is_actor_phrase(got) or got.lower() in ("he", "it", "she", "they")


def test_a_pronoun_with_a_contracted_is_holds_a_clause_not_a_name():
    assert clean_mention("the way it’s") == "" and clean_mention("what's") == ""
    assert clean_mention("Trump’s campaign") == "Trump’s campaign"


@pytest.mark.parametrize("phrase", ["early", "late", "military, to restore", "Western efforts to resupply the army",
                                    "The New York Times to such once-certain Republican", "the troops, reportedly",
                                    "Thursday", "July", "Today in Sydney", "a single"])
def test_fragments_and_times_are_no_actor_phrase(phrase):
    assert not is_actor_phrase(phrase)


@pytest.mark.parametrize("phrase", ["Republicans privy to private polling data", "the US envoy to the UN",
                                    "the ministry's spokeswoman, Maria Zakharova", "teachers, parents and students",
                                    "the king", "the lost generation", "people found by the police"])
def test_to_phrases_and_lists_stay_actor_phrases(phrase):
    assert is_actor_phrase(phrase)


@pytest.mark.parametrize("mention, cleaned", [
    ("Five judges on the nation's highest electoral court", "judges on the nation's highest electoral court"),
    ("four of the seven judges on the nation's highest electoral court",
     "judges on the nation's highest electoral court"),
    ("Five justices on the country's top court", "justices on the country's top court"),
])
def test_a_counted_bench_is_its_court_without_the_count(mention, cleaned):
    assert clean_mention(mention) == cleaned


@pytest.mark.parametrize("raw, want", [
    ("in recent years critics", "critics"),
    ("However, in recent years critics", "critics"),
    ("the past two decades analysts", "analysts"),
    ("estimates from South Korea", "South Korea"),
    ("figures released by the Ministry of Health", "the Ministry of Health"),
    ("commissioner Anna Holm in March", "commissioner Anna Holm"),
    ("the minister in 2021", "the minister"),
])
def test_a_time_span_or_a_body_s_numbers_leave_the_actor(raw, want):
    assert clean_mention(raw) == want


def test_an_acronym_is_no_pronoun():
    from analysis.claims import extract_claims
    from analysis.nlp.tokens import is_pronoun
    assert not is_pronoun("WHO") and not is_pronoun("US") and is_pronoun("who") and is_pronoun("It")
    text = "At least 60 people died of the disease, according to WHO data."
    assert [c.source for c in extract_claims(text, article_id="a")] == ["WHO"]


@pytest.mark.parametrize("phrase, want", [
    ("the International Association of Machinists and Aerospace Workers District 751", True),   # a numbered unit
    ("Teamsters Local 2010", True),
    ("52 percent of voters in 2016", False),
    ("the class of 2016", False),
])
def test_a_body_s_numbered_unit_ends_an_actor_phrase(phrase, want):
    assert is_actor_phrase(phrase) is want


@pytest.mark.parametrize("phrase, want", [
    ("Many", True), ("Some", True), ("many", True),        # "Many argue that", "Some say this is"
    ("Some of them", False), ("The", False), ("Hence", False),
])
def test_a_lone_quantifier_for_people_is_an_actor_phrase(phrase, want):
    assert is_actor_phrase(phrase) is want


@pytest.mark.parametrize("raw, want", [
    ("Zero Hedge asked", "Zero Hedge"), ("Three Rivers Council", "Three Rivers Council"),
    ("Two Russian officials", "Russian officials"), ("9/11 widow Terry Strada", "Terry Strada"),
])
def test_a_number_word_opening_a_proper_name_is_part_of_it(raw, want):
    assert clean_mention(raw) == want


@pytest.mark.parametrize("mention, want", [
    ("The previous evening", ""),                     # a time alone is nobody
    ("that morning", ""),
    ("Wednesday morning the Coast Guard", "the Coast Guard"),
    ("Monday night the ministry", "the ministry"),
    ("Pat Gelsinger on Dec", "Pat Gelsinger"),        # "Pat Gelsinger on Dec. 1 retired": the abbreviated month
    ("Early Saturday morning CNN", "CNN"),            # "Early Saturday morning CNN reported soldiers ..."
])
def test_a_time_phrase_is_never_a_speaker_and_a_leading_time_is_cut(mention, want):
    assert clean_mention(mention) == want


@pytest.mark.parametrize("mention", ["drawn scrutiny from Republicans", "show insiders",
                                     "Leaked 40-page digest of private talks",
                                     "a 52-count civil complaint filed by the federal Securities",
                                     "a speech Mrs. Clinton delivered at New York University", "The initial",
                                     "HuffPost’s presidential", "Monday", "the “Fair Share” ad"])
def test_a_clause_a_thing_or_a_cut_phrase_is_no_plausible_actor(mention):
    from analysis.nlp.mentions import plausible_actor
    assert not plausible_actor(mention)


@pytest.mark.parametrize("mention", ["the AP", "Josh Green", "an official", "The report", "his 1995 tax return",
                                     "Local officials in the province", "investigators", "the coroner",
                                     "Teamsters Local 2010", "Defense Minister Lloyd Austin"])
def test_people_bodies_and_documents_are_plausible_actors(mention):
    from analysis.nlp.mentions import plausible_actor
    assert plausible_actor(mention)


@pytest.mark.parametrize("phrase", ["his country’s ban on Elon Musk’s X", "Russia’s attack on Ukraine",
                                    "their government’s sanctions against Moscow", "its decision over tariffs"])
def test_a_possessed_act_before_on_against_over_is_no_actor(phrase):
    assert not is_actor_phrase(phrase)
    assert clean_mention(phrase) == ""


@pytest.mark.parametrize("phrase", ["Russia's envoy on nuclear issues", "the expert on North Korea",
                                    "his country’s envoy to the UN", "their analyst on Asia"])
def test_a_possessed_person_before_on_stays_an_actor(phrase):
    assert is_actor_phrase(phrase)


@pytest.mark.parametrize("phrase", ["railroad and air service", "trade and investment", "energy, trade and transport"])
def test_coordinated_bare_singular_things_are_no_actor(phrase):
    assert not is_actor_phrase(phrase)


@pytest.mark.parametrize("phrase", ["teachers, parents and students", "police and prosecutors",
                                    "police and military", "analysts and diplomats"])
def test_coordinated_people_stay_actors(phrase):
    assert is_actor_phrase(phrase)


@pytest.mark.parametrize("raw, want", [("a requirement X", "X"), ("a demand Moscow", "Moscow"),
                                       ("a defiant Donald Trump", "Donald Trump"),
                                       ("a spokesman Lin Jian", "a spokesman Lin Jian"),
                                       ("the agency KCNA", "the agency KCNA")])
def test_an_indefinite_thing_before_a_name_is_a_relative_clause_whose_subject_is_the_name(raw, want):
    assert clean_mention(raw) == want


def test_an_act_named_by_its_noun_is_no_actor():
    # "the participation of X threatens ...": the act is the subject of the verb, never a speaker.
    for act in ("the participation of the DPRK", "the acknowledgment by Russia and the DPRK",
                "the deployment of North Korean troops"):
        assert not is_actor_phrase(act), act


def test_a_body_or_a_document_named_by_such_a_noun_stays_an_actor():
    for body in ("the government of Japan", "the administration of President Biden", "the commission of inquiry",
                 "the assessment of the consulting firm Acme Partners"):
        assert is_actor_phrase(body), body


@pytest.mark.parametrize("phrase", ["the alliance of opposition parties", "the resistance of the town",
                                    "the regiment of the guard", "the legation of Japan",
                                    "the intelligence of the army"])
def test_a_body_whose_noun_looks_like_an_act_stays_an_actor(phrase):
    assert is_actor_phrase(phrase)


def test_a_body_whose_noun_looks_like_an_act_keeps_its_quote():
    from analysis.quotes import extract_quotes
    assert [q.speaker for q in extract_quotes('The alliance of opposition parties said: "The vote was rigged."')] \
        == ["The alliance of opposition parties"]
    assert [q.speaker for q in extract_quotes('The resistance of the town issued a statement: "We will not '
                                              'surrender."')] == ["The resistance of the town"]


def test_a_determiner_and_an_office_acronym_is_a_description():
    from analysis.nlp.mentions import is_description
    assert is_description("the outgoing CEO") and is_description("the company's CEO")
    assert not is_description("the UN") and not is_description("the NATO")


@pytest.mark.parametrize("mention", ["a recently retired nurse", "the once popular mayor"])
def test_an_adverb_and_participle_between_article_and_noun_modify_the_noun(mention):
    from analysis.nlp.mentions import clean_mention
    assert clean_mention(mention) == mention


def test_a_name_then_an_adverb_and_a_verb_still_cuts_the_clause():
    from analysis.nlp.mentions import clean_mention
    assert clean_mention("Ann Lister recently issued a statement") == "Ann Lister"


@pytest.mark.parametrize("word", ["Ebulliently", "Reportedly", "Angrily", "Apparently", "Hastily"])
def test_a_manner_adverb_opening_the_sentence_is_no_speaker(word):
    assert clean_mention(word) == ""


@pytest.mark.parametrize("name", ["Kelly", "Italy", "Emily", "Connolly", "Sicily", "Reilly", "Daly"])
def test_a_name_ending_in_ly_stays_a_name(name):
    assert clean_mention(name) == name


@pytest.mark.parametrize("phrase", ["The incident", "the accident", "The crash", "the explosion at the plant"])
def test_an_event_or_mishap_is_no_actor_phrase(phrase):
    assert not is_actor_phrase(phrase)


def test_under_secretary_opens_a_title_not_a_prepositional_phrase():
    assert is_actor_phrase("Under Secretary of State Bonnie Jenkins")
    assert clean_mention("Under Secretary of State Bonnie Jenkins") == "Under Secretary of State Bonnie Jenkins"
    assert not is_actor_phrase("Under the deal")
