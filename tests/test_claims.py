"""Claims: attributed statements that are not direct quotes, with source, cue and hedge.

Cases live in ``data/claims_cases.json``: each has a ``text`` and the claims expected in
it (``text`` = the claimed content and, where given, ``source``, ``cue``, ``hedge``).
``sources`` lists every row's source for one content (nested attributions);
``exact`` means no other claim may be found; ``xfail`` names a known miss.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given, strategies as st

from analysis.claims import extract_claims
from analysis.quotes import extract_quotes

from .conftest import DATA

CASES = json.loads((DATA / "claims_cases.json").read_text(encoding="utf-8"))
PARAMS = [pytest.param(case, id=case["name"],
                       marks=[pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else [])
          for case in CASES]


@pytest.mark.parametrize("case", PARAMS)
def test_claim_case(case):
    text = case["text"]
    found = extract_claims(text, article_id="a")
    for c in found:
        assert text[c.start:c.end] == c.text
    by_text = {c.text: c for c in found}
    for want in case["expected"]:
        assert want["text"] in by_text, f"missing {want['text']!r}; found {sorted(by_text)}"
        got = by_text[want["text"]]
        for field in ("source", "source_mention", "cue", "hedge"):
            if field in want:
                assert getattr(got, field) == want[field], f"{field} of {want['text']!r}"
        if "sources" in want:     # one row per source of a nested attribution
            assert sorted(c.source for c in found if c.text == want["text"]) == sorted(want["sources"])
    if case.get("exact"):
        assert sorted(by_text) == sorted(w["text"] for w in case["expected"])


def test_claims_do_not_depend_on_running_quotes_first(seed_corpus):
    """The two extractors share a cached analysis; results must not depend on call order."""
    for article in seed_corpus.articles:
        alone = extract_claims(article.text + " ", article_id=article.article_id)
        extract_quotes(article.text, article_id=article.article_id)
        after = extract_claims(article.text, article_id=article.article_id)
        assert [(c.start, c.source) for c in alone] == [(c.start, c.source) for c in after]


def test_seed_claims_keep_offsets(seed_corpus):
    for article in seed_corpus.articles:
        claims = extract_claims(article.text, article_id=article.article_id)
        assert claims == sorted(claims, key=lambda c: (c.start, c.end))
        for c in claims:
            assert article.text[c.start:c.end] == c.text


_PIECES = st.sampled_from(["said", " that ", "according to", "as", ",", ".", "“", "”", "\n", "He", "Putin",
                           "analysts", " argue ", "it is noted that ", "may", " "])


@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40).map("".join))
def test_any_text_gives_valid_claims(text):
    for c in extract_claims(text):
        assert text[c.start:c.end] == c.text
        assert c.start < c.end


@pytest.mark.parametrize("text, content, sources", [
    ("North Korea sent containers to Russia that could hold six million shells, Yonhap reported on Aug. 27, "
     "citing a South Korean military intelligence report.",
     "North Korea sent containers to Russia that could hold six million shells",
     ["Yonhap", "a South Korean military intelligence report"]),
    ("Kim has provided migrant laborers to Putin, The Gaze reports citing The Wall Street Journal.",
     "Kim has provided migrant laborers to Putin", ["The Gaze", "The Wall Street Journal"]),
    ("A few days earlier, the NK News outlet reported, citing sources, that only two Russian diplomats will remain.",
     "only two Russian diplomats will remain", ["the NK News outlet", "sources"]),
], ids=["reported_citing", "reports_citing", "reported_citing_that"])
def test_a_cited_source_gives_a_second_row(text, content, sources):
    # CONVENTIONS.md: a sentence with two attributions is listed once per source.
    rows = extract_claims(text, article_id="a")
    assert sorted(c.source for c in rows) == sorted(sources)
    assert all(c.text.startswith(content) for c in rows)


def test_claims_do_not_depend_on_the_hash_seed(tmp_path):
    # Two cue shapes at one place ("reports" as a verb and as a finding) were once merged through a set,
    # so the source came out as "The Daily Courier" or "Daily Courier" by PYTHONHASHSEED.
    import os
    import subprocess
    import sys

    text = ("The Daily Courier reports that the mayor’s team avoided taking her to the hospital after her fall "
            "on Sunday in order to “keep the details of her treatment under wraps.”\n\n"
            "The mayor was headed to a hospital, the Courier has learned.\n")
    code = ("import sys; from analysis.claims import extract_claims; "
            "print([(c.source, c.source_mention) for c in extract_claims(sys.stdin.read())])")
    outs = {subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(1, 7)}
    assert len(outs) == 1, outs


@pytest.mark.parametrize("text, sources", [
    ("Chinese Foreign Ministry spokesperson Guo Jiakun said the talks were internal matters, according to an "
     "Ukrinform correspondent.", ["Chinese Foreign Ministry spokesperson Guo Jiakun", "an Ukrinform correspondent"]),
    ("North Korean leader Kim Jong Un said Russia will emerge victorious in the war, CNN reported.",
     ["North Korean leader Kim Jong Un", "CNN"]),
], ids=["according_to_after", "reported_after"])
def test_a_relay_after_the_content_comes_after_the_speaker(text, sources):
    # CONVENTIONS.md: the sentence once per source; the rows share one content, in the order of their sources.
    rows = extract_claims(text, article_id="a")
    assert [c.source for c in rows] == sources
    assert len({(c.start, c.end) for c in rows}) == 1


def test_the_holder_of_a_claim_comes_before_a_stance_on_it():
    text = "Japan’s top government spokesman also criticized Putin’s assertion that the sanctions should be reviewed."
    assert [c.source for c in extract_claims(text)] == ["Putin", "Japan’s top government spokesman"]


def test_the_one_quoted_as_saying_comes_before_the_outlet():
    text = "Yonhap quoted a government official as saying that North Korea would send more troops."
    assert [(c.source, c.cue) for c in extract_claims(text)] == [("a government official", "saying"), ("Yonhap", "quoted")]


def test_a_time_between_who_and_the_cue_keeps_the_antecedent_as_source():
    text = "Macron was booed by Mayor Ali Soumaila, who the previous evening had accused his government of neglect."
    assert [c.source for c in extract_claims(text, article_id="a")] == ["Mayor Ali Soumaila"]


def test_the_authors_own_wondering_is_no_claim_but_an_asked_question_is():
    assert extract_claims("It came to nothing. I wonder whether this has upset the allies in any way.") == []
    assert [c.text for c in extract_claims("We asked whether the plant would reopen.")] == \
        ["whether the plant would reopen"]


@pytest.mark.parametrize("text", [
    'The defence secretary called it a "very, very serious issue."',
    'The government called it an "admission of a criminal act."',
    'The cabinet condemned the strike on the port, calling it "a grave provocation."',
])
def test_a_pronoun_and_its_quoted_label_belong_to_the_quote(text):
    assert not any(c.text.startswith("it ") for c in extract_claims(text))


def test_a_named_object_with_a_quoted_label_stays_a_claim():
    assert [c.text for c in extract_claims('She called the move "reckless."')] == ['the move "reckless."']


def test_a_pronoun_opening_a_quoted_clause_after_said_stays_a_claim():
    text = 'The agency said it "is closely monitoring a technical issue at several airlines," and gave no details.'
    assert [c.cue for c in extract_claims(text)] == ["said"]


@pytest.mark.parametrize("text, content", [
    ("UNITED NATIONS (UrduPoint News / Sputnik - 10th February, 2020) The UN Security Council draft is at the "
     "negotiating table, Russian envoy Vassily Nebenzia has said.",
     "The UN Security Council draft is at the negotiating table"),
    ("SEOUL (Reuters) - North Korea has sent troops to Russia, South Korean officials said.",
     "North Korea has sent troops to Russia"),
    # a name in capitals with a bracket and no dash or date is no dateline
    ("NATO (the alliance) is weakening, the minister said.", "NATO (the alliance) is weakening"),
])
def test_a_dateline_is_no_part_of_the_content(text, content):
    assert [c.text for c in extract_claims(text)] == [content]


@pytest.mark.parametrize("text", [
    "Furthermore, it would be logical to assume that China and Russia coordinated their policy in advance.",
    "It is interesting to note that the phase of mocking the army passed very quickly.",
    "And to underline the point, the North Korean leader will now travel and meet Putin in Vladivostok.",
    "And to think that Donald Trump when he was president tried to be nice to Kim and shook his hand.",
])
def test_the_authors_comment_is_no_claim(text):
    assert extract_claims(text) == []


@pytest.mark.parametrize("text", [
    "The charges concern alleged crimes involving an organised group including fraud.",
])
def test_an_attributive_participle_held_by_nobody_is_no_claim(text):
    assert extract_claims(text) == []


def test_a_participle_verb_with_a_subject_keeps_its_noun_object():
    assert [(c.text, c.source) for c in extract_claims("Trump alleged fraud in the election of the mayor.")] == \
        [("fraud in the election of the mayor", "Trump")]


@pytest.mark.parametrize("text, content, source", [
    ("U.S. intelligence came to the conclusion in 2018 that Mohammed bin Salman personally ordered the killing.",
     "Mohammed bin Salman personally ordered the killing", "U.S. intelligence"),
    ("Investigators came to the conclusion that the crash was caused by pilot error.",
     "the crash was caused by pilot error", "Investigators"),
])
def test_coming_to_a_conclusion_reports_its_clause(text, content, source):
    assert [(c.text, c.source) for c in extract_claims(text)] == [(content, source)]


def test_a_conclusion_reached_by_no_actor_is_no_claim():
    assert extract_claims("The talks came to a conclusion that nobody liked.") == []


@pytest.mark.parametrize("text", [
    "For the last several years, I've criticized the agency's chairman on my daily podcast about money.",
    "We've argued for years that the policy is wrong.",
    "We said it last fall, and we'll say it again now that he has been convicted: the senator needs to resign.",
])
def test_a_contracted_first_person_subject_is_the_author(text):
    assert extract_claims(text) == []


@pytest.mark.parametrize("text", [
    "We would hope that voters would apply the same standard to people running for president.",
    "We had hoped, based on the broad and deep disgust voters have developed, that this election might be a new start.",
])
def test_the_authors_wish_or_given_up_hope_is_no_claim(text):
    assert extract_claims(text) == []


def test_the_authors_plain_belief_keeps_its_row():
    assert [c.text for c in extract_claims("I knew this hatred and foul talk were wrong.")] == \
        ["this hatred and foul talk were wrong"]


@pytest.mark.parametrize("text", [
    "That's like saying you can eat ketchup but not tomatoes, and the reasoning frustrated the crypto community.",
    "Banning the app would be akin to saying that teenagers cannot talk to each other at all.",
])
def test_a_gerund_of_saying_in_a_comparison_is_no_claim(text):
    assert extract_claims(text) == []


@pytest.mark.parametrize("text", [
    "At the moment, I consider it superfluous to talk about the prospects for a military alliance between them.",
    "It is pointless to argue that the deal was ever going to survive the vote.",
])
def test_an_evaluative_adjective_before_to_say_is_the_authors_voice(text):
    assert extract_claims(text) == []


def test_knowing_how_adjective_a_fact_is_is_no_claim():
    assert extract_claims("The Welsh Government, who have known how precarious the site has been for years, "
                          "are also not without blame.") == []


def test_knowing_what_something_is_keeps_its_row():
    # PolNeAR dev counts a known question ("voters should know what those questions are")
    assert [c.text for c in extract_claims("Voters should know what those questions are now.")] == \
        ["what those questions are now"]


@pytest.mark.parametrize("text, content, source", [
    ("Pyongyang has made it clear that its nuclear weapons are not a bargaining tool but a strategic asset.",
     "its nuclear weapons are not a bargaining tool but a strategic asset", "Pyongyang"),
    ("The ministry made it clear that the border would stay closed for the winter.",
     "the border would stay closed for the winter", "The ministry"),
])
def test_a_body_making_it_clear_that_states_a_position(text, content, source):
    assert [(c.text, c.source) for c in extract_claims(text)] == [(content, source)]


def test_an_event_making_it_clear_that_is_no_claim():
    assert extract_claims("The summit made it clear that Moscow will block any future sanctions.") == []


@pytest.mark.parametrize("text, content, source", [
    ("The three ministers shared the view that the treaty poses a serious threat to their security.",
     "the treaty poses a serious threat to their security", "The three ministers"),
    ("Both leaders share the belief that the war must end soon.", "the war must end soon", "Both leaders"),
])
def test_sharing_the_view_that_reports_the_clause(text, content, source):
    assert [(c.text, c.source) for c in extract_claims(text)] == [(content, source)]


def test_the_authors_counterfactual_knowledge_keeps_its_row():
    # PolNeAR dev counts it ("we would know exactly what loopholes ...")
    assert len(extract_claims("If he released his returns, we would know exactly what loopholes in the tax code "
                              "enable someone to pay little tax.")) == 1


@pytest.mark.parametrize("text, source", [
    ("The court reached the conclusion that the law was unconstitutional.", "The court"),
    ("The court came to the conclusion that the ban was lawful.", "The court"),
])
def test_a_body_named_by_a_common_noun_reaching_a_conclusion_keeps_its_claim(text, source):
    assert [c.source for c in extract_claims(text)] == [source]


def test_sharing_a_view_without_a_that_clause_is_no_claim():
    assert extract_claims("Many people share the view, but it is wrong.") == []
    assert [c.text for c in extract_claims("The three ministers shared the view that the war must end.")] == \
        ["the war must end"]


def test_knowing_how_many_is_a_question_known_not_a_degree():
    claims = extract_claims("The minister said officials know how many people died.")
    assert ("how many people died", "officials") in [(c.text, c.source) for c in claims]
    assert not [c for c in extract_claims("Residents have known how precarious the site has been.") if c.cue == "known"]


@pytest.mark.parametrize("text", [
    "The ministry's widely reported statement said the talks had failed.",
    "He said the reported attack never happened.",
    "The alleged gunman told police that he acted alone.",
])
def test_a_participle_after_a_determiner_or_possessive_is_no_cue(text):
    assert not [c for c in extract_claims(text) if c.cue in ("reported", "alleged")]
    assert extract_claims(text)


def test_a_share_of_people_is_no_source():
    # a number phrase is never a speaker or source (issue 11): the row abstains rather than name "58 percent"
    for text in ("In the survey, 58 percent said the city was safer than a decade ago.",
                 "Only 40 percent of registered voters agreed that the count was fair."):
        assert all(not any(ch.isdigit() for ch in c.source) for c in extract_claims(text, article_id="a")), text


def test_a_percentage_in_the_content_is_no_source():
    rows = extract_claims("Exports fell 5 percent last year, officials said.", article_id="a")
    assert [c.source for c in rows] == ["officials"]


def test_a_verb_after_but_with_no_subject_of_its_own_takes_the_first_verbs_source():
    text = "Protesters said they wanted “justice for the family,” but pledged to keep the march peaceful."
    rows = [(c.text, c.source) for c in extract_claims(text, article_id="a")]
    assert ("to keep the march peaceful", "Protesters") in rows


@pytest.mark.parametrize("text", [
    "There were reports of shells exploding in their launchers, suggesting that the batch was poorly made.",
    "The agreement lists joint work on reactors, implying that the partner is accepted as a nuclear power.",
    "The count ended with the final tally showing 61% against and 39% in favour.",
])
def test_an_inference_participle_with_no_person_or_body_as_subject_is_the_authors(text):
    # a fact read as a sign ("..., suggesting that ...") with no one who reads it: the author's inference, no claim
    assert not [c for c in extract_claims(text, article_id="a") if c.cue.endswith("ing")]


@pytest.mark.parametrize("text, source", [
    ("Turnout fell again, with polls showing the incumbent ahead by six points.", "polls"),
    ("A new survey suggesting that most renters cannot afford a deposit came out on Monday.", "A new survey"),
    ("Turnout fell again, with a study indicating that young voters stayed home.", "a study"),
])
def test_an_inference_participle_right_after_a_finding_instrument_keeps_its_row(text, source):
    # a poll, survey or study right before the -ing form is its subject: the pollster's finding, as in "Polls show"
    rows = [(c.source, c.cue) for c in extract_claims(text, article_id="a") if c.cue.endswith("ing")]
    assert rows and rows[0][0] == source


def test_an_inference_participle_of_a_person_keeps_its_row():
    rows = extract_claims("The minister pointed to the new figures, suggesting that the slump was over.", article_id="a")
    assert [(c.source, c.cue) for c in rows if c.cue == "suggesting"] == [("The minister", "suggesting")]


@pytest.mark.parametrize("text, source", [
    ("The officials recall that the plant was closed twice.", "The officials"),
    ("Both ministers confirm that the plant was closed.", "Both ministers"),
    # a collective or unmarked plural subject and a past tense spelled as the base form (review of a dropped rule)
    ("The police say the man fled across the border.", "The police"),
    ("The government accept that mistakes were made.", "The government"),
    ("The central bank forecast that growth would slow to 2%.", "The central bank"),
])
def test_a_bare_cue_verb_after_a_plural_subject_or_a_modal_keeps_its_row(text, source):
    assert source in [c.source for c in extract_claims(text, article_id="a")]


@pytest.mark.parametrize("text, cue", [
    ("But two days later, the foreign ministry changed its tone, suggesting that talks could resume.", "suggesting"),
    ("The memo is read by many as suggesting that the plan was dropped.", "suggesting"),
])
def test_an_inference_participle_of_a_main_clause_body_or_a_complement_of_as_keeps_its_row(text, cue):
    assert [c for c in extract_claims(text, article_id="a") if c.cue == cue]


def test_a_bare_cue_verb_after_a_plural_head_with_a_singular_modifier_keeps_its_row():
    rows = extract_claims("The outbreaks in poultry worry farmers across the region.", article_id="a")
    assert [c.source for c in rows if c.cue == "worry"] == ["The outbreaks in poultry"]


@pytest.mark.parametrize("text, source", [
    ("Most of the economists I consulted said the forecast was too rosy.", "Most of the economists I consulted"),
    ("Everyone I interviewed described the reform as overdue.", "Everyone I interviewed"),
    ("Those close to the mayor say that she will not run again.", "Those close to the mayor"),
    ("Others in the coalition have opposed the new budget rules.", "Others in the coalition"),
    ("Nobody knows how economists say the rule would work in practice.", "economists"),
])
def test_a_subject_naming_people_that_the_mention_cleaner_empties_keeps_them_as_source(text, source):
    # a contact relative clause ("the experts I interviewed"), a description ("Those close to X") or a people noun
    # after a word that opens no actor phrase ("how experts say"): the people are the source, not nobody
    assert source in [c.source for c in extract_claims(text, article_id="a")]


@pytest.mark.parametrize("text, phrase", [
    # the contact relative and the trailing plural both match; their noun names no people
    ("All the files I consulted show that the plan was late.", "All the files I consulted"),
    ("Nobody knows how numbers show that the rule would work.", "numbers"),
])
def test_a_subject_naming_no_people_stays_without_a_recovered_source(text, phrase):
    rows = extract_claims(text, article_id="a")
    assert phrase not in [c.source for c in rows]


@pytest.mark.parametrize("text, phrase", [
    ("Most of the economists we consulted said the forecast was too rosy.", "Most of the economists we consulted"),
    ("Those close to him say that he will not run again.", "Those close to him"),
])
def test_a_recovered_people_subject_with_a_pronoun_inside_is_no_source(text, phrase):
    # a lower-case pronoun inside a source is a clause fragment to the actor check (tests/test_speakers.py)
    assert phrase not in [c.source for c in extract_claims(text, article_id="a")]


@pytest.mark.parametrize("text, cut, rest", [
    # a stance on a noun, then a comma and a second holder with a clause of its own: two attributions
    ("Although he has touted the proposal as proof of his willingness to take on the wealthy, economists say the "
     "cost of those changes would be dwarfed by his other cuts.", "to take on the wealthy",
     "the cost of those changes would be dwarfed by his other cuts"),
    ("His pledge to protect coal jobs notwithstanding, independent studies conclude the industry will keep "
     "shrinking.", "to protect coal jobs notwithstanding", "the industry will keep shrinking"),
])
def test_a_content_ends_at_a_comma_before_another_holder_and_its_clause(text, cut, rest):
    rows = {c.text: c for c in extract_claims(text, article_id="a")}
    assert cut in rows and rest in rows
    assert not any(", " + rows[rest].source_mention in t for t in rows)


@pytest.mark.parametrize("text, content", [
    # a nested attribution inside the content, a relay after it, a list of names, one holder going on
    ("The minister said that, in the end, officials believe the deal will hold.",
     "in the end, officials believe the deal will hold"),
    ("Kim criticized Washington for its stance on the talks, KCNA said.",
     "Kim criticized Washington for its stance on the talks"),
    ("The network said that Ohio, Texas and Utah rejected the plan.", "Ohio, Texas and Utah rejected the plan"),
    ("Smith noted that at his first party meeting, in 1972, he backed the nominee.",
     "at his first party meeting, in 1972, he backed the nominee"),
])
def test_a_content_holding_another_holder_after_a_comma_stays_whole(text, content):
    assert content in [c.text for c in extract_claims(text, article_id="a")]


@pytest.mark.parametrize("text, content, source", [
    # a verb of making known with an indirect question as what is made known
    ("But a 46-page analysis released by the Department of Labor last month reveals just how fast the decline is.",
     "how fast the decline is", "the Department of Labor"),
    ("The guidelines issued by the ministry detailed how the checks should be carried out.",
     "how the checks should be carried out", None),
])
def test_a_disclosing_verb_takes_a_how_or_why_clause_as_content(text, content, source):
    rows = {c.text: c for c in extract_claims(text, article_id="a")}
    assert content in rows
    if source:
        assert rows[content].source == source


@pytest.mark.parametrize("text", [
    "When the report reveals how the money was spent, the board will meet.",
    "The manual details how to replace the filter.",
    "Officials have not revealed how many people were hurt.",
])
def test_a_disclosing_verb_with_no_question_made_known_gives_no_how_row(text):
    assert not any(c.text.startswith("how") for c in extract_claims(text, article_id="a"))


@pytest.mark.parametrize("text", [
    "The mayor has been backed by dozens of groups, from expected allies to once-loyal Republican advocates such as "
    "the Dallas Register and the Ohio Star.",
    "Nightly network shows such as The Late Show are expected to return within days.",
])
def test_a_plural_noun_before_such_as_is_no_cue(text):
    assert not any(c.text.startswith("such as") for c in extract_claims(text, article_id="a"))


def test_examples_with_such_as_inside_a_content_stay():
    text = "Critics claim the law targets groups such as unions."
    assert "the law targets groups such as unions" in [c.text for c in extract_claims(text, article_id="a")]


@pytest.mark.parametrize("text, content, mention", [
    # "..., as X put it." closing the sentence: the content before the comma, like "..., X said."
    ("The plan will fail, as the director put it.", "The plan will fail", "the director"),
    ("The main test for the program is a 'lawful source of income,' as a Treasury memo put it.",
     "The main test for the program is a 'lawful source of income,'", "a Treasury memo"),
])
def test_as_x_put_it_after_the_content_attributes_it(text, content, mention):
    rows = {c.text: c for c in extract_claims(text, article_id="a")}
    assert content in rows and rows[content].cue == "put it" and rows[content].source_mention == mention


@pytest.mark.parametrize("text", [
    "He left early, as he put it on his way out.",      # more after the cue: no closing "as X put it"
    "Prices rose, as the saying goes.",
])
def test_a_closing_as_clause_without_put_it_at_the_end_gives_no_put_it_row(text):
    assert not any(c.cue == "put it" for c in extract_claims(text, article_id="a"))


@pytest.mark.parametrize("text", [
    "Critics said a brief revolt by the Wagner group showed the autocrat was losing control.",
    "Wagner revolt shows Putin’s grip on power weakening",
])
def test_an_event_that_shows_something_is_no_source(text):
    assert not [c.source for c in extract_claims(text, article_id="x") if "revolt" in c.source.lower()]


def test_a_second_verb_after_a_quoted_first_takes_the_opening_subject():
    text = ("The merger faced scrutiny. Figma CEO Dylan Field acknowledged, \"It's not the outcome we had hoped for,\" "
            "but added that they could no longer see a path toward approval.")
    assert {c.text: c.source for c in extract_claims(text, article_id="x")}[
        "they could no longer see a path toward approval"] == "Figma CEO Dylan Field"


def _source_of(text: str, content: str):
    """The source of the claim whose text is ``content`` in ``text`` (None when there is no such claim)."""
    return {c.text: c.source for c in extract_claims(text, article_id="x")}.get(content)


@pytest.mark.parametrize("text, content, source", [
    # a name in apposition after the person opening the sentence is not who "he" is
    ("Sergei Shoigu, a close aide to President Vladimir Putin, met with Kim Jong-un, the North Korean leader, in "
     "Pyongyang on Tuesday. It was his third visit. Afterward, he told reporters that Mr. Kim had agreed to send "
     "5,000 workers.", "Mr. Kim had agreed to send 5,000 workers", "Sergei Shoigu"),
    # a possessor is not the subject: the name in apposition after it is
    ("When in September 1990 Soviet Foreign Minister Eduard Shevardnadze traveled to Pyongyang, Kim Il Sung was so "
     "angry that he refused to receive him. "
     "Instead, in a testy meeting, Shevardnadze’s counterpart, Kim Yong Nam, read out a litany of complaints. The "
     "Soviets, he charged, were trying to discard their ally.", "The Soviets, he charged, were trying to discard "
     "their ally", "Kim Yong Nam"),
])
def test_he_is_the_subject_not_an_object_or_a_possessor(text, content, source):
    assert _source_of(text, content) == source


@pytest.mark.parametrize("text, content, source", [
    ("Sen. Ted Cruz, R-Texas, who said the bill was a disaster, voted against it.", "the bill was a disaster",
     "Sen. Ted Cruz"),
    ("The junta behind the coup said on Monday that elections would be held next year.",
     "elections would be held next year", "The junta behind the coup"),
])
def test_a_party_tag_or_an_event_after_the_head_leaves_the_person_or_group(text, content, source):
    assert _source_of(text, content) == source


@pytest.mark.parametrize("space", ["\t", "\u00a0", "\u2009"])
def test_a_counted_group_written_with_any_space_never_fails(space):
    text = f"Russia and North Korea signed a pact. \u201cThis is defensive,\u201d the{space}two countries said."
    assert len(extract_quotes(text, article_id="x")) == 1


def test_a_list_of_names_is_matched_once_not_from_each_name():
    # each match starting inside a list would rescan the list: n names, n scans (quadratic on a long list)
    from analysis.nlp.pairs import _NAMED_LIST
    text = "Alpha, Beta, Gamma, Delta and Epsilon met."
    assert _NAMED_LIST.match(text).group() == "Alpha, Beta, Gamma, Delta and Epsilon"
    assert all(_NAMED_LIST.match(text, text.index(name)) is None for name in ("Beta", "Gamma", "Delta"))


@pytest.mark.parametrize("text, content, source", [
    ("Kurdistan's President Masoud Barzani has over the past days repeatedly stated there would be no turning back.",
     "there would be no turning back", "Kurdistan's President Masoud Barzani"),
    ("The minister has in recent weeks argued that talks must resume.", "talks must resume", "The minister"),
])
def test_a_span_of_time_between_the_auxiliary_and_the_verb_is_no_subject(text, content, source):
    assert _source_of(text, content) == source


@pytest.mark.parametrize("text, content, source", [
    ("Later the Swiss justice ministry said that six officials would resist extradition.",
     "six officials would resist extradition", "the Swiss justice ministry"),
    ("The Kremlin had earlier said that Putin shared information with Kim.", "Putin shared information with Kim",
     "The Kremlin"),
    ("Earlier in the day officials said the talks had failed.", "the talks had failed", ""),
    ("Two days ago officials said the bridge had collapsed.", "the bridge had collapsed", ""),
])
def test_later_and_earlier_are_no_part_of_the_subject(text, content, source):
    assert _source_of(text, content) == source


@pytest.mark.parametrize("text, content, source", [
    ("Two other council diplomats confirmed China has agreed to new sanctions.", "China has agreed to new sanctions",
     "Two other council diplomats"),
    ("The Institute for National Security Strategy (INSS) of South Korea said that the North would benefit.",
     "the North would benefit", "The Institute for National Security Strategy (INSS) of South Korea"),
])
def test_a_counted_group_or_a_name_with_its_acronym_is_the_source(text, content, source):
    assert _source_of(text, content) == source


def test_a_singular_description_is_never_a_counted_group_before_it():
    text = ("“We are close,” a senior Security Council diplomat said. Two other council diplomats confirmed China has "
            "agreed. The senior diplomat said the draft closes loopholes.")
    assert {c.text: c.source for c in extract_claims(text, article_id="x")}["the draft closes loopholes"] == \
        "a senior Security Council diplomat"


@pytest.mark.parametrize("text, content, source", [
    ("Earlier in the day North Korean Foreign Ministry said that friendship would strengthen.",
     "friendship would strengthen", "North Korean Foreign Ministry"),
    ("Recall that Russia had earlier on Saturday, confirmed for the first time that the soldiers were fighting.",
     "the soldiers were fighting", "Russia"),
])
def test_a_time_phrase_with_earlier_is_passed_over_to_the_name(text, content, source):
    assert _source_of(text, content) == source
