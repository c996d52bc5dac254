"""A piece's publication participle ending a source, its by-agent written after a time: the publisher
(analysis.nlp.mention_resolution._late_publisher)."""
import pytest

from analysis.claims import extract_claims


@pytest.mark.parametrize("text, source", [
    ("The jobless rate fell to 4 percent, according to figures published on Friday (March 3) by the National "
     "Statistics Office.", "National Statistics Office"),
    ("Exports rose by a fifth, according to data released on Monday by the Ministry of Trade.", "Ministry of Trade"),
])
def test_a_late_by_agent_publishes_the_piece(text, source):
    assert [c.source for c in extract_claims(text, article_id="a")] == [source]


def test_a_piece_with_no_by_agent_is_the_piece_itself():
    text = "A poll released in late August found that 74 percent of voters agreed."
    assert [c.source for c in extract_claims(text, article_id="a")] == ["A poll"]


def test_a_report_is_its_issuer_written_with_a_time_before_the_verb():
    text = ("The Institute for Policy and Security Studies on Tuesday released a report on the missile. The report "
            "says the missile flew 900 km. It says the launch was a success. The report says the engine was new.")
    assert [c.source for c in extract_claims(text, article_id="a")] == \
        ["Institute for Policy and Security Studies"] * 3


def test_a_verdict_is_the_one_court_named_before():
    text = ("The activist was convicted by the Metro High Court on Monday. The judges wrote at length. Reporters "
            "waited outside. The verdict declared that the activist had conspired with foreign forces.")
    assert [c.source for c in extract_claims(text, article_id="a")] == ["Metro High Court"]


def test_a_verdict_after_two_courts_keeps_its_mention():
    text = ("The Metro High Court convicted him, and the Court of Final Appeal will hear the case. The verdict "
            "declared that he had conspired with foreign forces.")
    assert [c.source for c in extract_claims(text, article_id="a")] == ["The verdict"]


def test_an_airline_is_the_one_firm_named_with_that_noun():
    text = ("Condor Airlines filed for bankruptcy on Monday.\n\nThe airline said it will keep flying while it "
            "restructures its debt.")
    assert [c.source for c in extract_claims(text, article_id="a")] == ["Condor Airlines"]


def test_an_airline_after_two_airlines_keeps_its_mention():
    text = ("Condor Airlines and Lakeside Airlines cut routes on Monday. The airline said it will keep flying.")
    assert [c.source for c in extract_claims(text, article_id="a")] == ["The airline"]


@pytest.mark.parametrize("text, source", [
    ("Talks on the arms deal are advancing, a senior Estonian official said on Friday. The deal was first reported "
     "in May. Defence adviser Tomas Varga told reporters that Estonia wanted the deal to go through.",
     "Tomas Varga"),
    ("At least 100 soldiers died in the fighting, a Estonian lawmaker said on Thursday. The losses were heavy, "
     "a member of parliament Anna Kovacs told reporters.", "Anna Kovacs"),
])
def test_an_indefinite_role_is_the_one_person_named_next_with_that_role(text, source):
    assert extract_claims(text, article_id="a")[0].source == source


@pytest.mark.parametrize("text", [
    # two people named next with a role: which one?
    "Talks are advancing, a senior Estonian official said. Defence adviser Tomas Varga and Foreign Minister Ilse "
    "Brandt told reporters that Estonia wanted the deal.",
    # the one named next is written with another state
    "Talks are advancing, a senior Estonian official said. Moldovan Foreign Minister Ilse Brandt told reporters "
    "that the deal would fail.",
])
def test_an_indefinite_role_with_no_single_holder_keeps_its_mention(text):
    assert extract_claims(text, article_id="a")[0].source == "a senior Estonian official"


def test_a_body_description_takes_the_body_named_after_a_time_opening_the_sentence_before():
    text = ("Early today the British Competition and Markets Authority (CMA) approved the merger.\n\n"
            "In its 13-page decision, the regulator argues that the new deal addresses its concerns.")
    assert [c.source for c in extract_claims(text, article_id="a") if c.cue == "argues"] == \
        ["British Competition and Markets Authority"]


def test_it_is_never_a_craft_named_as_the_sentence_subject():
    text = ("MOSCOW - Russia has sent 25,000 tonnes of wheat to North Korea, the Russian embassy said on Thursday.\n\n"
            "The vessel Polina delivered the wheat from the Black Sea port of Novorossiisk, it said.")
    sources = [c.source for c in extract_claims(text, article_id="a")]
    assert len(sources) == 2 and "vessel" not in sources[1]


def test_a_bare_office_is_the_one_subject_named_just_before_not_a_place_after_in():
    text = ("According to Western media, Kim Jong Un spent his childhood in Wonsan Kalma, though the government has "
            "not confirmed this. Speaking at the opening of the resort, the leader noted that tourism will grow.")
    assert [c.source for c in extract_claims(text, article_id="a") if c.cue == "noted"] == ["Kim Jong Un"]


@pytest.mark.parametrize("role", ["Chairperson", "chairperson"])
def test_a_gender_neutral_role_resolves_to_the_person_introduced_with_it(role):
    text = (f"Kim Jong Un, the {role} of the State Affairs Commission, sent a message to the president. "
            f"The {role} emphasized, \"The goodwill between our two countries has become even stronger.\"")
    from analysis.quotes import extract_quotes
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["Kim Jong Un"]


def test_a_piece_of_writing_with_its_author_in_apposition_is_the_authors():
    text = ("Chief Justice Helen Marlow led the court. The majority opinion, authored by Chief Justice Marlow, "
            "concluded that the rule was inconsistent with the statute.")
    assert [c.source for c in extract_claims(text, article_id="a")] == ["Helen Marlow"]


def test_an_author_the_people_index_does_not_hold_or_a_signatory_is_no_author():
    from analysis.nlp.document import analyse
    from analysis.nlp.mentions import resolve_mention
    text = ("The majority opinion, written by the court's newest member, concluded that the rule was void. "
            "The treaty, signed by Vladimir Putin, says that each side must help.")
    doc = analyse(text)
    assert resolve_mention(doc, "The majority opinion", 0, []) == "The majority opinion"
    assert resolve_mention(doc, "The treaty", text.index("The treaty"), []) != "Vladimir Putin"


def test_a_bare_country_is_the_state_opening_the_sentence_before():
    text = ("Norway believes its fishing quota is fair. The country again accused the EU of overfishing the cod "
            "stocks in the north.")
    assert [c.source for c in extract_claims(text, article_id="a")][-1] == "Norway"


def test_a_bare_country_after_two_speaking_states_keeps_its_mention():
    text = ("Chile fired two officials, Peru said on Monday. The country also accused its neighbour of spying on "
            "the border posts.")
    assert [c.source for c in extract_claims(text, article_id="a")][-1] == "The country"


def test_a_role_with_its_holder_in_apposition_is_the_holder():
    text = ("The talks collapsed, according to Deputy Trade Minister of Ruritania, Anna Kovacs, who left early. "
            "Anna Kovacs later flew home.")
    assert [c.source for c in extract_claims(text, article_id="a")] == ["Anna Kovacs"]


def test_it_is_no_person_named_before_a_month():
    from analysis.quotes import extract_quotes
    text = ("The Refugee Council -- whose director Maria Lenz in April called the plan \u201cunworkable\u201d -- "
            "rejected the law.\n\n\u201cThe law will leave thousands without shelter,\u201d it said on Twitter.")
    speakers = {q.text: q.speaker for q in extract_quotes(text, article_id="a")}
    assert speakers["unworkable"] == "director Maria Lenz"
    assert speakers["The law will leave thousands without shelter"] == "The Refugee Council"


def test_it_is_no_possessor_of_the_sentence_subject():
    from analysis.quotes import extract_quotes
    text = ('"The launch breaks the resolutions," the Foreign Office said on Monday.\n\n'
            'Northland\'s support of the regime "also threatens the security of Europe," it continued.\n')
    assert "Northland's" not in [q.speaker for q in extract_quotes(text)]
