"""People and pronouns: one pronoun list, and what "he", "she" and "they" refer to (analysis.nlp.people)."""
from __future__ import annotations

import json

import pytest

from analysis.lexicons import load_table
from analysis.nlp import analyse, is_pronoun, pronoun_kinds, pronouns, resolve_group

from ..conftest import DATA

CASES = json.loads((DATA / "nlp_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["pronouns"], ids=lambda c: c["id"])
def test_pronoun_resolves_to_a_person(case):
    text = case["text"]
    doc = analyse(text)
    pos = text.index(case["pronoun"], 1)
    assert doc.people.resolve(case["pronoun"], pos, doc.index, (doc.subjects,)) == case["person"]


@pytest.mark.parametrize("case", CASES["groups"], ids=lambda c: c["id"])
def test_they_resolves_to_a_group(case):
    text = case["text"]
    assert resolve_group(analyse(text), text.index(case["pronoun"])) == case["group"]


def test_one_pronoun_list_read_from_the_lexicon():
    rows = load_table("pronouns.tsv")
    assert set(pronoun_kinds()) == {row[0] for row in rows}
    assert is_pronoun("They") and not is_pronoun("Kim")


def test_pronoun_sets_by_kind_and_case():
    assert pronouns(kinds=("person-m", "person-f"), cases=("subject", "object")) == {"he", "him", "she", "her"}
    assert pronouns(cases=("subject", "object")) == {"he", "him", "she", "her", "they", "them", "it", "we", "us",
                                                     "i", "you"}
    assert "his" in pronouns(cases=("possessive",)) and "his" not in pronouns(cases=("subject",))


def test_extractors_use_the_lexicon_sets():
    from analysis.figures import patterns
    from analysis.quote_grammar import _CLAUSE_OPENERS

    assert patterns.PRONOUNS == pronouns(cases=("subject", "object"))
    assert _CLAUSE_OPENERS == pronouns(cases=("subject",)) | {"this", "that", "there"}


def test_lookup_takes_the_full_name_before_a_later_namesake():
    # A later "Bill Clinton" (or a capitalised verb before a surname) owns the word "Clinton"; the full
    # name "Hillary Clinton" still finds her, so a "she" ranked by her subject mention is not lost.
    text = "Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa. Injecting Clinton into the race, Mr. Smith left."
    people = analyse(text).people
    assert people.lookup("Hillary Clinton").name == "Hillary Clinton"
    assert people.lookup("Clinton").name == "Bill Clinton"
    assert all(p.name != "Injecting Clinton" for p in people.people)


def test_title_case_headline_names_no_person():
    # "Obama Sees" in a headline is no person, and must not absorb "President Obama" and "Michelle Obama".
    text = ("Obama Sees 'Personal Insult' if Voters Don't Rally for Clinton\n\n"
            "President Obama is rolling out a message. Michelle Obama spoke too. The president said so.")
    names = [p.name for p in analyse(text).people.people]
    assert "Obama Sees" not in names and "Michelle Obama" in names


def test_them_takes_the_group_that_spoke_before_one_that_perceives():
    text = ("Chinese observers contend that hostility with the West created common interests. "
            "The two countries perceive it as convenient to resist together. According to them, the alliance is natural.")
    assert resolve_group(analyse(text), text.index("them")) == "Chinese observers"


def test_a_name_never_runs_over_a_line_break():
    # A headline ending in a capitalised word must not join the name opening the next paragraph.
    text = "Ports Close Over Strike Threat\n\nMaria Lopez said on Monday the ports would reopen soon."
    names = [p.name for p in analyse(text).people.people]
    assert "Maria Lopez" in names and not any("Threat" in n for n in names)


def test_a_quote_keeps_its_own_case_in_a_headline():
    # "Angry Farmers Block Highway Again: 'We have nothing left'" is a headline: its capitalised verb is no name.
    text = "Angry Farmers Block Highway Again: ‘We have nothing left to lose now’\n\nFarmers blocked the road."
    assert not analyse(text).people.people


@pytest.mark.parametrize("phrase,opening", [
    ("In a poke at Trump ", True), ("During a visit to Moscow ", True),
    ("On the day Trump arrived ", False), ("At the summit Kim said that ", False),
    ("In a statement released by Putin ", False), ("In a statement, ", False)])
def test_a_phrase_opening_the_sentence_is_no_clause(phrase, opening):
    # names inside such a phrase are not who the pronoun after it is ("In a poke at Trump he explained")
    from analysis.nlp.people import _opening_phrase
    assert _opening_phrase(phrase, 0, len(phrase)) is opening


@pytest.mark.parametrize("text, not_person", [
    ("The School for Advanced and International Studies said the test was new. It added more.", "International Studies"),
    ("Deutsche Bahn said the strike would end. The company declined to comment further.", "Deutsche Bahn"),
])
def test_a_body_name_split_or_opened_by_a_name_blocker_is_no_person(text, not_person):
    people = [p.name for p in analyse(text, None, "a").people.people]
    assert not_person not in people


def test_a_quoted_line_with_a_lowercase_reporting_verb_is_no_headline():
    # '“...,” said Artyom Lukin of the Russian Far Eastern Federal University.' is mostly capitalised once its quote
    # is set aside, but a lowercase "said" is a sentence's: its name is a person, who a later "he" stands for.
    text = ("Putin met Kim Jong Un on Monday.\n\n"
            "“North Korea is on its own,” said Artyom Lukin of the Russian Far Eastern Federal University.\n\n"
            "Russia will also play a role, he said.")
    doc = analyse(text)
    assert "Artyom Lukin" in [p.name for p in doc.people.people]
    assert doc.people.resolve("he", text.index("he said"), doc.index, (doc.subjects,)) == "Artyom Lukin"


@pytest.mark.parametrize("description,person", [
    ("a Chinese military expert", True), ("a US official", True), ("the Kremlin spokesman", True),
    ("a senior official", True), ("the Moscow Times", False), ("a Trump adviser", False),
    ("the North Korean soldier with the ID", True), ("a senior official of the Ministry of National Defense", True),
    ("a statement issued by a senior official", False), ("the case of the spokesman", False),
    ("The Republican presidential nominee", False)])
def test_an_unnamed_person_may_carry_a_nationality_or_place(description, person):
    from analysis.nlp.people import is_person_description
    assert is_person_description(description) is person


def test_he_takes_the_unnamed_expert_of_the_sentence_before_over_a_name_in_its_object():
    text = ("According to a Chinese military expert who commented on Putin's visit, Moscow is sending a signal. "
            "He also believes that Pyongyang is sending a signal.")
    doc = analyse(text)
    sources = [(text.index("a Chinese"), "a Chinese military expert")]
    assert doc.people.resolve("He", text.index("He also"), doc.index, (sources,)) == "a Chinese military expert"


@pytest.mark.parametrize("text", [
    "The Minister for Foreign Affairs of Ukraine spoke.", "Maria Lund of the Council on Foreign Relations spoke.",
    "Valery Gerasimov, the head of Russia's General Staff, spoke.",
    "Alexandr Matsegora, Ambassador Extraordinary and Plenipotentiary, spoke."])
def test_the_last_word_of_an_office_after_a_title_word_is_no_person(text):
    # "Foreign" is a title word ("Foreign Minister"): "Foreign Affairs" must not leave a person "Affairs" behind.
    names = [p.name for p in analyse(text).people.people]
    assert not any(n in ("Affairs", "Relations", "Staff", "Extraordinary", "Plenipotentiary") for n in names)


def test_a_name_after_the_last_word_of_an_office_is_the_person():
    text = ("UN Under-Secretary-General and High Representative for Disarmament Affairs Nakamitsu Izumi noted that "
            "the transfer violates resolutions. She said all countries must abide by the sanctions.")
    doc = analyse(text)
    assert [p.name for p in doc.people.people] == ["Nakamitsu Izumi"]
    assert text[doc.people.mentions[0].start:doc.people.mentions[0].end] == "Nakamitsu Izumi"


@pytest.mark.parametrize("text, names", [
    ("In New York, John Smith met officials of the National Rally.", ["John Smith"]),
    ("In St. Petersburg and Las Vegas, the Federal Reserve and Hurricane Otis were discussed.", []),
    ("Secretary of State Antony Blinken met Secretary of Homeland Security Alejandro Mayorkas.",
     ["Antony Blinken", "Alejandro Mayorkas"])])
def test_a_place_or_body_opener_names_no_person(text, names):
    # A person of unknown gender could be taken for "he" or "she": "New York" or "Federal Reserve" must not be one.
    assert [p.name for p in analyse(text).people.people] == names


@pytest.mark.parametrize("text, names", [
    ("The protest in Charlotte grew, and voters in Virginia and St. Louis watched.", []),
    ("Charlotte Meehan spoke. Later Charlotte said she would stay in Charlotte.", ["Charlotte Meehan"])])
def test_a_lone_given_name_after_a_preposition_of_place_is_a_place(text, names):
    assert [p.name for p in analyse(text).people.people] == names


@pytest.mark.parametrize("text, names", [
    ("The emails of Hillary were released on Monday.", ["Hillary"]),
    ("A call from Hillary came late. The crowd around Hillary cheered.", ["Hillary"]),
    ("Senator Tim Kaine of Virginia spoke, and a senator from Georgia listened.", ["Tim Kaine"])])
def test_a_lone_given_name_after_of_or_from_a_common_noun_is_a_person(text, names):
    # "of", "from", "around" take a person as readily as a place: a place only after a name or a role
    assert [p.name for p in analyse(text).people.people] == names


def test_she_takes_a_lone_given_name_after_of_a_common_noun():
    text = "The emails of Hillary were released. She said the emails were harmless."
    doc = analyse(text)
    assert doc.people.resolve("She", text.index("She said"), doc.index, (doc.subjects,)) == "Hillary"


@pytest.mark.parametrize("description", [
    "the source of the funds", "the source of the problem", "the head of steam", "the leader in the polls",
    "the pilot of the program", "the Russian fighter", "the fighter with the missiles"])
def test_a_head_with_a_sense_naming_no_person_is_no_unnamed_person(description):
    from analysis.nlp.people import is_person_description
    assert is_person_description(description) is False


@pytest.mark.parametrize("description", [
    "the source", "a source in the ministry", "the head of the agency", "the head of Defense Intelligence",
    "the pilot", "the leader of the opposition party"])
def test_a_head_with_a_post_modifier_naming_an_actor_stays_an_unnamed_person(description):
    from analysis.nlp.people import is_person_description
    assert is_person_description(description) is True


@pytest.mark.parametrize("text", [
    "Officials at Alameda Research and the Affordable Care Act office spoke, with Human Rights observers.",
    "The Asia-Pacific Economic Cooperation forum and the Writers Guild met."])
def test_a_run_ending_in_a_body_or_process_noun_is_no_person(text):
    assert analyse(text).people.people == []


def test_common_short_given_names_carry_a_gender():
    # "Josh Earnest" is a man: a "she" after him and Jenny Town is hers, not his.
    text = "Josh Earnest spoke with analyst Jenny Town on Monday. She said the talks had stalled."
    doc = analyse(text)
    assert doc.people.resolve("She", text.index("She said"), doc.index, (doc.subjects,)) == "Jenny Town"


def test_a_surname_in_s_with_a_bare_apostrophe_possessive_is_a_mention():
    # "Wilders’ victory": the possessive of a surname ending in -s written with the apostrophe alone
    text = "Geert Wilders won the vote. Later Wilders' victory was clear. Then Wilders\u2019 party grew."
    doc = analyse(text)
    assert [text[m.start:m.end] for m in doc.people.mentions] == ["Geert Wilders", "Wilders'", "Wilders\u2019"]
    assert {doc.people.people[m.person].name for m in doc.people.mentions} == {"Geert Wilders"}


@pytest.mark.parametrize("text, name", [
    ("The talks changed little, former Dutch Ambassador to Norway Pieter Hoekstra-Vos said in an interview.",
     "Pieter Hoekstra-Vos"),
    ("Special Envoy for South Sudan Tamsin Okello said the ceasefire held.", "Tamsin Okello"),
    ("The Ambassador to the United Nations Rudo Marandu told the council.", "Rudo Marandu")])
def test_a_name_after_the_place_of_a_title_to_or_for_is_the_person(text, name):
    # "Ambassador to PLACE Given Surname": the place is the post, the name after it the person (with a given name
    # the lexicon does not know, the run must not be left as "Norway Pieter" or dropped).
    assert [p.name for p in analyse(text).people.people] == [name]


def test_he_takes_the_ambassador_named_after_his_post():
    text = ("The war looks different now, former Dutch Ambassador to Norway Pieter Hoekstra-Vos said. "
            "The exercises are a real risk, he said.")
    doc = analyse(text)
    assert doc.people.resolve("he", text.index("he said"), doc.index) == "Pieter Hoekstra-Vos"


def test_a_journey_to_a_place_names_no_person():
    assert [p.name for p in analyse("The minister went to Norway Monday and to Chile Tuesday.").people.people] == []


def test_a_heading_ending_in_a_plural_role_names_no_person():
    doc = analyse("NPR Interviews Experts\n\nAnn Lister spoke first. Then the others spoke.\n")   # an outlet's heading
    assert [p.name for p in doc.people.people] == ["Ann Lister"]


@pytest.mark.parametrize("text, people", [
    ("Regulator chief executive June Raine told a news conference.", ["June Raine"]),
    ("Dr April Ryan said so.", ["April Ryan"]),
    ("In June Trump met the governor.", []),
    ("Last May Johnson resigned.", []),
])
def test_a_month_is_a_given_name_only_after_a_title_or_role(text, people):
    from analysis.nlp.people import PersonIndex
    assert [p.name for p in PersonIndex(text).people] == people
