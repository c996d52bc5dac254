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
    ("The Center for Strategic and International Studies said the test was new. It added more.", "International Studies"),
    ("Deutsche Bahn said the strike would end. The company declined to comment further.", "Deutsche Bahn"),
])
def test_a_body_name_split_or_opened_by_a_name_blocker_is_no_person(text, not_person):
    people = [p.name for p in analyse(text, None, "a").people.people]
    assert not_person not in people
