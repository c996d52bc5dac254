"""The subject and speaker finder of the attribution engine (analysis.nlp.subjects)."""
from __future__ import annotations

import json

import pytest

from analysis.nlp import iter_cues, leading_np, np_after, subject_before

from ..conftest import DATA

CASES = json.loads((DATA / "nlp_subject_cases.json").read_text(encoding="utf-8"))


def _text_of(text: str, span) -> str | None:
    return text[span[0]:span[1]] if span else None


def _subject_of_last_word(text: str) -> str | None:
    """The subject before the text's last word (its verb), from the text's start."""
    return _text_of(text, subject_before(text, 0, text.rindex(" ") + 1))


@pytest.mark.parametrize("case", CASES["subject_before"], ids=lambda c: c["id"])
def test_subject_before_the_last_cue(case):
    text = case["text"]
    cue = list(iter_cues(text, 0, len(text)))[-1]
    assert _text_of(text, subject_before(text, 0, cue.start)) == case["subject"]


@pytest.mark.parametrize("case", CASES["np_after"], ids=lambda c: c["id"])
def test_noun_phrase_after_a_cue(case):
    text = case["text"]
    start = text.index(case["after"]) + len(case["after"])
    assert _text_of(text, np_after(text, start, len(text))) == case["phrase"]


@pytest.mark.parametrize("case", CASES["leading_np"], ids=lambda c: c["id"])
def test_subject_opening_a_clause(case):
    text = case["text"]
    assert _text_of(text, leading_np(text, 0, len(text))) == case["phrase"]


def test_subject_search_stops_at_lo():
    text = "The minister left. Officials said"
    cue = text.rindex("said")
    assert _text_of(text, subject_before(text, text.index("Officials"), cue)) == "Officials"
    assert subject_before(text, cue, cue) is None


def test_figures_source_comes_from_the_same_finder():
    from analysis import extract_figures

    text = "North Korean Ambassador to Russia, Sin Hong-chol, said 20,000 workers had arrived."
    assert [f.source for f in extract_figures(text)] == ["North Korean Ambassador to Russia, Sin Hong-chol"]


@pytest.mark.parametrize("text, phrase", [
    ("Author Elena Brandt of Kyiv University of Foreign Affairs in Lviv estimates the value at $5 billion.",
     "Author Elena Brandt of Kyiv University of Foreign Affairs in Lviv"),
    ("Chief of the General Staff of the Russian Armed Forces Valery Gerasimov reported to the president.", None),
    ("Obama Says African-American Museum Will Tell of Suffering and Delight and Hope at Last", None),
])
def test_a_name_with_its_affiliation_may_run_past_ten_words(text, phrase):
    assert _text_of(text, leading_np(text, 0, len(text))) == phrase


@pytest.mark.parametrize("text, phrase", [
    ("The cast members said", "The cast members"),           # a bare reporting verb between determiner and noun
    ("The promising name", None),                             # an -ing form stays a verb
    ("an aggressive, some say unrealistic pledge", "unrealistic"),   # 'some' may be the subject of 'say'
    ("A US think tank says", "A US think tank"),              # ... and after a capitalised modifier ('tank' alone
    ("The Seoul think tank says", "The Seoul think tank"),    # was a fragment)
])
def test_a_reporting_verb_after_a_determiner_may_modify_a_noun(text, phrase):
    hi = text.rindex(" ")
    assert _text_of(text, subject_before(text, 0, hi)) == phrase


@pytest.mark.parametrize("text, subject", [
    ("Olena Kovalenko, 45, a teacher from Kharkiv, said", "Olena Kovalenko"),
    ("John Smith, 45, of Kharkiv, said", "John Smith"),
    ("Among them, Mr. Smith, 61, a retired miner, told", "Mr. Smith"),
    ("The police said", "The police"),
])
def test_an_age_in_apposition_leaves_the_name(text, subject):
    cue = list(iter_cues(text, 0, len(text)))[-1]
    assert _text_of(text, subject_before(text, 0, cue.start)) == subject


@pytest.mark.parametrize("text, verb, subject", [
    # a relative "that" on the noun before it: the noun is the subject, not the relative clause's object
    ("Last year a panel of experts that monitors the implementation of sanctions has determined that it was true.",
     " has determined", "Last year a panel of experts"),
    ("The company that makes the phones said it was true.", " said", "The company"),
    # an apposition that lost its closing comma: the name opening the clause
    ("They met. As Andriy Yermak, head of the country\u2019s office of the president proclaimed, a new axis forms.",
     " proclaimed", "Andriy Yermak"),
    ("The Coast Guard will map the debris field, Paul Hankins, director for salvage operations with the U.S. Navy "
     "said on Thursday.", " said", "Paul Hankins"),
    # "and" inside a body's name after its "for"/"of", and the name's "for" going on
    ("The Federal Service for Veterinary and Phytosanitary Surveillance of the Russian Federation confirmed that "
     "goats were sent.", " confirmed",
     "The Federal Service for Veterinary and Phytosanitary Surveillance of the Russian Federation"),
])
def test_subject_before_relatives_appositions_and_long_names(text, verb, subject):
    assert _text_of(text, subject_before(text, 0, text.index(verb))) == subject


@pytest.mark.parametrize("text, verb, subject", [
    ("Officials said that voters approved the plan.", " approved", "voters"),        # a complementiser "that"
    ("At a press conference in Chelsea, the mayor said it was true.", " said", "the mayor"),
    ("Putin, the Kremlin said, will attend the summit.", " said", "the Kremlin"),     # a parenthesis, no role
])
def test_subject_before_keeps_other_thats_and_commas(text, verb, subject):
    assert _text_of(text, subject_before(text, 0, text.index(verb))) == subject


def test_a_subject_right_after_an_object_relative_that_is_the_subject():
    text = "Among them were nuclear-capable missiles that analysts believe can reach the United States."
    assert _text_of(text, subject_before(text, 0, text.index(" believe"))) == "analysts"
    text = "It would dismantle the farming systems that politicians and climate activists claim are harmful."
    assert _text_of(text, subject_before(text, 0, text.index(" claim"))) == "politicians and climate activists"


@pytest.mark.parametrize("text", [
    "Kim Yo-jong, North Korean leader Kim Jong-un\u2019s sister, on Friday said that the DPRK stands with Russia.",
    "Kim Yo-jong, the sister of the leader, last week said that the DPRK stands with Russia.",
])
def test_a_time_after_an_apposition_leaves_the_name_the_subject(text):
    assert _text_of(text, subject_before(text, 0, text.index(" said"))) == "Kim Yo-jong"


@pytest.mark.parametrize("text, want", [
    ("Many residents who had lost everything in the storm accused", "Many residents"),
    ("Voters who backed him in 2016 told", "Voters"),
    ("Daniel Reyes, the reporter who is known for the scoop, has now called", "Daniel Reyes"),
])
def test_the_subject_before_a_restrictive_relative_clause_is_its_antecedent(text, want):
    assert _subject_of_last_word(text) == want


def test_a_relative_clause_inside_a_dashed_aside_gives_no_subject():
    text = ("The office was created after some cases - including that of Senator John Harlan of Nevada, a Republican "
            "who was charged with making threats - raised")
    assert subject_before(text, text.index("Senator"), text.rindex(" ") + 1) is None


@pytest.mark.parametrize("text, want", [
    ("On Thursday, the deputy prime minister, Robert Kalinak, told", "Robert Kalinak"),
    ("In Brussels, the bloc's top diplomat, Kaja Kallas, said", "Kaja Kallas"),
    ("John Dickey, the chief executive of Ora Media -- the company that sells ads -- told", "John Dickey"),
])
def test_an_opening_prepositional_phrase_in_capitals_is_no_name_before_a_role_apposition(text, want):
    assert _subject_of_last_word(text) == want


def test_np_after_reads_us_in_capitals_as_a_name_not_the_pronoun():
    text = "The tests caused US officials to argue that it was needed."
    lo = text.index("US")
    span = np_after(text, lo, text.index(" to argue"))
    assert span is not None and text[span[0]:span[1]] == "US officials"
    text = "They told us that it was needed."
    assert np_after(text, text.index("us"), text.index(" that")) is None


@pytest.mark.parametrize("text, speaker", [
    ("\u201cWe are thankful,\u201d Voltcell\u2019s Interim Chairman of the Board of Directors, Tom Berg, said.",
     "Voltcell\u2019s Interim Chairman of the Board of Directors, Tom Berg"),
    ("\u201cThe crew is safe,\u201d the deputy director of the North-Eastern Fishing Company, Ivan Petrov, said.",
     "the deputy director of the North-Eastern Fishing Company, Ivan Petrov"),
])
def test_a_title_of_office_with_its_body_then_a_full_name_keeps_the_name(text, speaker):
    from analysis.nlp.subjects import speaker_before_cue
    close = text.index("\u201d") + 1
    assert _text_of(text, speaker_before_cue(text, close, text.rindex(" said"))) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("\u201cWe stay,\u201d after the flooding of the valley, Mira Kovac, the district mayor, told local radio.",
     "Mira Kovac"),
    ("\u201cWe stay,\u201d during a visit to the dam, Mira Kovac said.", "Mira Kovac"),
])
def test_an_adverbial_opening_the_gap_gives_way_to_the_name_after_it(text, speaker):
    from analysis.nlp.subjects import speaker_before_cue
    close = text.index("\u201d") + 1
    cue = text.rindex(" told") if " told" in text else text.rindex(" said")
    assert _text_of(text, speaker_before_cue(text, close, cue)) == speaker


def test_a_title_of_office_then_a_place_is_no_name():
    # "the governor of Texas, New Mexico,": the second part is a place, not the person
    from analysis.nlp.subjects import speaker_before_cue
    text = "\u201cWe hold,\u201d the Chairman of Acme Corp, North Korea, said."
    close = text.index("\u201d") + 1
    assert _text_of(text, speaker_before_cue(text, close, text.rindex(" said"))) == "the Chairman of Acme Corp"


@pytest.mark.parametrize("text, subject", [
    ("In what one union said would be a blow, the firm", "one union"),
    ("Police arrested him after what prosecutors called an attack", "prosecutors"),
    ("The senator opposed what multiple lawmakers called a bad bill", "multiple lawmakers"),
    ("Amid what analysts described as a thaw, the", "analysts"),
])
def test_a_free_relative_clause_has_its_subject_after_what(text, subject):
    cue = next(c for c in iter_cues(text, 0, len(text)) if c.word in ("said", "called", "described"))
    assert _text_of(text, subject_before(text, 0, cue.start)) == subject


@pytest.mark.parametrize("text, subject", [
    ("Port Talbot\u2019s parent company, the Indian-owned Tata Steel, told staff that it would close.", "Tata Steel"),
    ("Scott\u2019s niece, state Del. Marcia Price, said that it would close.", "Del. Marcia Price"),
])
def test_an_owners_relation_renamed_in_apposition_is_the_name(text, subject):
    cue = next(c for c in iter_cues(text, 0, len(text)) if c.word in ("said", "told"))
    assert _text_of(text, subject_before(text, 0, cue.start)) == subject


@pytest.mark.parametrize("text, member", [
    # a list after the owner's relation is no apposition: the relation is not renamed by one of its members
    ("Port Talbot\u2019s parent company, the union, and the government told staff that it would close.", "the union"),
    ("Port Talbot\u2019s owner, Tata Steel, and the Welsh government said that it would close.", "Tata Steel"),
])
def test_a_list_after_an_owners_relation_is_no_apposition(text, member):
    cue = next(c for c in iter_cues(text, 0, len(text)) if c.word in ("said", "told"))
    assert _text_of(text, subject_before(text, 0, cue.start)) != member


@pytest.mark.parametrize("text, verb, subject", [
    ("The troops joined what the Kremlin still calls its", "calls", "the Kremlin"),
    ("The troops joined what Moscow has long described as a", "described", "Moscow"),
    ("The summit produced what Mira Kovac, the governor, called a", "called", "Mira Kovac"),
])
def test_a_free_relative_after_a_verb_gives_its_own_subject(text, verb, subject):
    sp = subject_before(text, 0, text.index(" " + verb) + 1)
    assert text[sp[0]:sp[1]] == subject


def test_a_role_of_an_organisation_before_its_holder_after_a_quote_is_the_holder():
    from analysis.nlp import speaker_before_cue
    text = '“The bridge will reopen in May,” head of the regional transport board Ann Lister said on Friday.'
    lo = text.index("”") + 1
    assert _text_of(text, speaker_before_cue(text, lo, text.index(" said"))) == "Ann Lister"


@pytest.mark.parametrize("text", [
    '“The bridge will reopen,” features in the report of the board said.',
    # a verb, its preposition and an object ending in a name: the role-before-holder reading is refused
    '“The bridge will reopen,” referring to the board chair Ann Lister said.',
    '“The bridge will reopen,” wrote to the board chair Ann Lister said.',
])
def test_a_verb_and_its_object_after_a_quote_is_still_no_speaker(text):
    from analysis.nlp import speaker_before_cue
    lo = text.index("”") + 1
    assert speaker_before_cue(text, lo, text.index(" said")) is None
