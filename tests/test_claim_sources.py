"""Who holds a claim (analysis.claim_sources): pronoun sources resolved past a medium's credit line."""
from __future__ import annotations

import pytest

from analysis.claims import extract_claims


def _sources(text: str) -> dict[str, str]:
    """Each claim's source as written -> its resolved source."""
    return {c.source_mention: c.source for c in extract_claims(text, article_id="a")}


def test_he_after_a_credit_line_takes_the_person_not_the_medium():
    # ', Ukrinform reports.' credits the medium carrying the story; the "He" that follows is the minister.
    text = ("Russia's veto is in fact a guilty plea. This was stated by the Minister for Foreign Affairs of Ukraine, "
            "Dmytro Kuleba, who addressed the issue on X, Ukrinform reports. He noted that Russia was the only "
            "country that vetoed the draft resolution.")
    assert _sources(text).get("He") == "Dmytro Kuleba"


def test_he_takes_the_unnamed_person_described_with_a_post_modifier():
    # "the North Korean soldier with the ID" is one unnamed person (its head is "soldier"): the next "He" is him.
    text = ("At the time of capture, one of the soldiers was carrying a Russian-issued military ID. "
            "During interrogation, the North Korean soldier with the ID stated that it was issued to him in Russia. "
            "He also mentioned that part of the North Korean military underwent training with Russian forces.")
    assert _sources(text).get("He") == "the North Korean soldier with the ID"


def test_they_with_no_group_that_spoke_takes_the_plural_subject_opening_the_sentence():
    text = ("Defense attorneys had presented some 30 requests for acquittal for their clients, who they said had been "
            "manipulated by the main defendant.")
    assert _sources(text).get("they") == "Defense attorneys"


def _they(text: str) -> str:
    return {mention.lower(): source for mention, source in _sources(text).items()}.get("they", "?")


def test_they_takes_no_plural_subject_that_names_things():
    # talks, sanctions and missiles say nothing: with no group that spoke, "they" stays unresolved
    assert _they("The talks collapsed on Monday. They said the deal was dead.") == ""
    assert _they("The sanctions have hurt exports badly, and they said the economy would shrink.") == ""
    assert _they("The two missiles flew 600 km. They said the launch was a success.") == ""


def test_they_takes_a_plural_subject_of_people_or_bodies():
    assert _they("The diplomats met on Monday. They said the deal was dead.") == "The diplomats"
    assert _they("The ministries met on Monday. They said the deal was dead.") == "The ministries"
    assert _they("Both governments met on Monday. They said the deal was dead.") == "Both governments"


def test_a_causative_verb_gives_the_claim_to_its_object():
    # "These tests caused US officials to argue that ...": the officials argue, not the tests.
    text = ("The country carried out a dozen missile tests this year. These tests caused US officials to argue "
            "that a new response was needed.")
    assert [c.source for c in extract_claims(text, article_id="a") if c.cue.startswith("argue")] == ["US officials"]


def test_a_name_with_its_role_and_a_who_aside_before_the_verb_is_the_source():
    # after a paragraph before it (not opening the text), the role in apposition would otherwise be taken
    text = ("The report says the talks have stalled.\n\nJane Okafor, director of the Centre for Maritime Studies at "
            "the Lagos Institute, who spoke to the paper, believes that the plan will probably fail.")
    assert [c.source for c in extract_claims(text, article_id="a") if c.cue.startswith("believ")] == ["Jane Okafor"]


def test_a_phrase_opening_on_according_to_is_no_name_before_an_aside():
    text = ("According to the state news agency KNA, a statement issued by a senior official of the ministry, who "
            "did not give his name, said recently that the rumours were false.")
    sources = [c.source for c in extract_claims(text, article_id="a")]
    assert not any(s.startswith("According") for s in sources), sources


def test_a_wh_infinitive_is_an_open_choice_and_no_claim_of_the_apposed_name():
    for text, said in (("A lawyer for the news outlets, David Schulz, said no immediate decision had been made "
                        "about whether to appeal.", "David Schulz"),
                       ("A spokesman for the ministry, John Park, said officials were still deciding whether to "
                        "respond.", "John Park")):
        rows = [(c.cue, c.source) for c in extract_claims(text, article_id="a")]
        assert [cue for cue, _ in rows] == ["said"], rows


def _rows(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.source) for c in extract_claims(text, article_id="a")]


def test_a_source_is_never_words_inside_quotation_marks():
    # "charges" inside the quote is the speaker's word: the participle's main clause is "Medvedev said".
    text = ('Medvedev said he "flatly denies the baseless and cynical charges," calling them an attack on the '
            'whole nation.')
    assert ("them an attack on the whole nation", "Medvedev") in _rows(text)
    assert not any("baseless" in source for _, source in _rows(text))


def test_citing_after_a_quote_takes_the_medium_not_the_quotes_first_words():
    text = ('"After the funeral, we went home without answers," Radio Free Asia said, citing a neighbour of the '
            'family in Hamgyong Province.')
    assert _rows(text) == [("a neighbour of the family in Hamgyong Province", "Radio Free Asia")]


def test_an_absolute_with_clause_holds_the_infinitive_cue():
    # "The blame has been laid at X's door, with Y going as far as to claim ...": Y holds the claim, not "The blame".
    text = ("The blame has often been laid at Minsk's door, with The Guardian going as far as to claim that "
            "the border guards had been bribed.")
    assert _rows(text) == [("the border guards had been bribed", "The Guardian")]


def test_a_second_conjunct_after_a_predicate_adjective_is_the_subject():
    # "was safe and local farmers": the first claim's content ends on "safe", the second verb's subject is the farmers.
    text = "Engineers said the dam was safe and local farmers claimed the river had already flooded two villages."
    assert ("the river had already flooded two villages", "local farmers") in _rows(text)


def test_two_nouns_joined_by_and_stay_one_subject():
    for text, source in (("Engineers and local farmers claimed the river had already flooded two villages.",
                          "Engineers and local farmers"),
                         ("The former governor and U.S. senator said it was a mistake to close the plant.",
                          "The former governor and U.S. senator")):
        assert [s for _, s in _rows(text)] == [source]


def test_a_participle_after_a_quote_takes_the_cue_that_introduced_the_quote():
    for text in ('In a statement, Arch Mining said: "The sale was a success for everyone," adding that its shares '
                 'doubled within a year.',
                 'Arch Mining said in a statement on Monday: "The sale was a success for everyone," adding that its '
                 'shares doubled within a year.'):
        assert ("its shares doubled within a year", "Arch Mining") in _rows(text), text


def test_a_cue_word_before_a_verb_of_saying_is_the_plural_head_of_its_subject():
    # "advocates" is a noun here ("Reform advocates say"), not the verb "advocate".
    text = "Reform advocates say listening to local councils would lead to better services."
    assert _rows(text) == [("listening to local councils would lead to better services", "Reform advocates")]


def test_a_cue_word_before_another_verb_keeps_its_row():
    # "comments show": no verb of saying or believing after the noun, nothing changes
    text = "As the minister’s comments show, rival powers believe they are locked in a long conflict."
    assert ("they are locked in a long conflict", "rival powers") in _rows(text)


def test_a_plural_noun_of_people_right_before_who_holds_the_relative_clause():
    assert ("a second summit could lead to a deal", "economists") in _rows(
        "That is the view of economists who say a second summit could lead to a deal.")
    assert [s for _, s in _rows("There are people who say the vote was rigged.")] == [""]
    # a stance verb after "who" is no saying: "tenants who want to avoid ..." holds no claim
    assert _rows("The firm sublets offices to tenants who want to avoid paying for permanent space.") == []


def test_a_prepositional_aside_between_subject_and_verb_is_skipped():
    text = ("But the guild, upon presenting the offer last Tuesday, warned the agreement might be the best the "
            "writers will get.")
    assert [s for _, s in _rows(text)] == ["the guild"]


def test_a_pronoun_with_a_contracted_auxiliary_holds_the_participle():
    text = "Mayor Jane Holt spoke in Dayton on Monday. She’s claiming that the budget gap is far larger than reported."
    assert _rows(text) == [("the budget gap is far larger than reported", "Jane Holt")]


def test_it_with_a_contracted_auxiliary_is_no_source():
    # a thing that shows is evidence, not a speaker: no claim sourced to "it" or to what "it" stands for
    text = "Trade between the two countries is far from the pre-pandemic level, but it’s definitely showing a bounce back."
    assert not [c for c in extract_claims(text, article_id="a") if c.cue == "showing"]


def test_the_subject_after_an_adverbial_opener_holds_a_coordinated_second_verb():
    text = ("Tightening the rules after the second leak, the regulator barred new licences and said that firms "
            "would have to report every breach.")
    assert "the regulator" in [c.source for c in extract_claims(text, article_id="a")]


def test_a_parenthesis_between_dashes_is_no_subject():
    text = ("A joint letter from five coastal towns who had joined the scheme - which included Dover and Deal - "
            "confirmed the ferries would no longer run.")
    sources = [c.source for c in extract_claims(text, article_id="a")]
    assert sources and all("Dover" not in s for s in sources)
    assert any("coastal towns" in s for s in sources)


def test_a_comment_between_dashes_inside_a_noun_phrase_gives_no_source():
    text = "The plan includes an ambitious - some say naive - pledge made in Geneva to halve the deficit."
    assert all(c.source != "an ambitious" for c in extract_claims(text, article_id="a"))


def test_a_colon_opening_a_list_keeps_the_subject_before_it():
    text = "The ministry named two culprits: Russia and Iran, and warned that sanctions would follow."
    sources = [c.source for c in extract_claims(text, article_id="a") if c.cue == "warned"]
    assert sources == ["The ministry"]


def test_a_name_before_an_apposition_with_a_dash_aside_is_the_source():
    # the apposition holds a parenthesis between dashes: the name it describes holds the claim, not the apposition
    text = ("Johnson, a California groundskeeper diagnosed in 2014 with non-Hodgkin’s lymphoma — a cancer that "
            "affects white blood cells — says he repeatedly used a professional form of Roundup while working at a "
            "school.")
    assert [c.source for c in extract_claims(text, article_id="a")] == ["Johnson"]


def test_an_opening_phrase_before_a_dash_aside_is_no_name():
    text = "Later, the minister — a former general — said the army was ready."
    assert [c.source for c in extract_claims(text, article_id="a")] == ["the minister"]


def test_the_noun_after_said_with_an_aside_then_a_verb_opens_the_content_not_the_source():
    # "X, a spokesman, said the missile, one of several ..., was different": "the missile" is the content's subject
    text = ("Dmytro Chubenko, spokesperson for the prosecutor’s office, said the missile, one of several that hit the "
            "city of Kharkiv on Jan. 2, was visually and technically different from Russian models.")
    [claim] = extract_claims(text, article_id="a")
    assert claim.source == "Dmytro Chubenko"
    assert claim.text.startswith("the missile, one of several")


def test_an_inverted_cue_with_its_source_and_an_aside_still_closes_the_content():
    text = "The talks will resume next week, said John Smith, the mayor, who has been involved."
    [claim] = extract_claims(text, article_id="a")
    assert (claim.source, claim.text) == ("John Smith", "The talks will resume next week")


@pytest.mark.parametrize("opener", ["Separately", "Additionally", "Elsewhere", "Moreover"])
def test_a_connective_before_a_dash_aside_is_no_name(opener):
    # (review of stop 38: the name-before-apposition rule took "Additionally" for a name)
    text = f"{opener}, the agency - which monitors the border - said the crossing was closed."
    assert [c.source for c in extract_claims(text, article_id="a")] == ["the agency"]
