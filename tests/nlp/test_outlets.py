"""Outlet descriptions ("the newspaper", "the publication") stand for the one outlet named as a source just before,
a company role ("the jilted partner") for the one company of its sentence
(analysis.nlp.outlets); none or two keep the description."""
import pytest

from analysis.claims import extract_claims
from analysis.nlp.document import analyse
from analysis.nlp.outlets import OUTLET, resolve_outlet


def _source(text: str, content: str) -> str:
    rows = [c for c in extract_claims(text, article_id="a") if content in c.text]
    assert rows, [(c.text, c.source) for c in extract_claims(text, article_id="a")]
    return rows[0].source


@pytest.mark.parametrize("text, content, source", [
    # a lexicon outlet reported in the sentence before
    ("Most of the fuel sold to the island comes from two refineries, The Guardian reported on Monday, citing "
     "shipping records.\n\nAccording to the newspaper, both refineries belong to a state holding.",
     "both refineries belong", "The Guardian"),
    # an outlet the lexicon does not know, the one source of the sentence before
    ("The port handled 40 ships in March, officials said.\n\nPort Digest says the port lost two cranes in the "
     "storm.\n\nAccording to the publication, the repairs will take a year.", "the repairs will take", "Port Digest"),
    # the outlet's own source is no second outlet
    ("Farmers have begun planting early, The Irish Times reported, citing Farming Life, the weekly of the "
     "farmers' union.\n\nAccording to the outlet, the harvest may start in July.", "the harvest may start",
     "The Irish Times"),
])
def test_outlet_description_takes_the_outlet_named_before(text, content, source):
    assert _source(text, content) == source


@pytest.mark.parametrize("text, content", [
    # two outlets named: which one?
    ("The Guardian and Le Monde both reported the sale on Friday.\n\nAccording to the newspaper, the price was "
     "low.", "the price was low"),
    # no outlet named at all
    ("The council met on Friday.\n\nAccording to the newspaper, the price was low.", "the price was low"),
])
def test_outlet_description_abstains_without_one_outlet(text, content):
    assert _source(text, content).lower() == "the newspaper"


def test_outlet_pattern_takes_media_nouns_only():
    assert OUTLET.fullmatch("the newspaper") and OUTLET.fullmatch("The article") and OUTLET.fullmatch("the outlet")
    assert not OUTLET.fullmatch("the ministry") and not OUTLET.fullmatch("the report")


def test_a_body_just_before_leaves_the_description():
    text = ("The Guardian reported the sale last week.\n\nThe Finance Ministry said the buyer paid cash.\n\n"
            "According to the newspaper, the price was low.")
    doc = analyse(text)
    assert resolve_outlet(doc, "the newspaper", text.index("the newspaper")) == ""


@pytest.mark.parametrize("text, content, source", [
    # the one company named in the description's sentence
    ("In a complaint that Northwind filed on Monday, the jilted partner says the buyer walked away from the deal.",
     "the buyer walked away", "Northwind"),
])
def test_company_role_takes_the_company_of_its_sentence(text, content, source):
    assert _source(text, content) == source


@pytest.mark.parametrize("text, content", [
    # a person in the sentence: which one acted?
    ("After Northwind hired Maria Lopez, the jilted partner said the buyer walked away from the deal.",
     "the buyer walked away"),
    # two companies in the sentence
    ("In a complaint that Northwind filed against Contoso, the jilted partner says the buyer walked away.",
     "the buyer walked away"),
])
def test_company_role_abstains_without_one_company(text, content):
    assert _source(text, content).lower() == "the jilted partner"


def test_an_outlet_description_after_another_takes_the_outlet_the_first_stood_for():
    # "The newspaper" (The Guardian, named two sentences before it) and then "the newspaper" again, the name itself
    # out of its window: the chain of descriptions stands for the one outlet
    text = ("The Guardian also underlined that the two towns have grown closer.\n\n"
            "The bridge opened in May.\n\n"
            "The newspaper also highlighted cooperation in every field, noting that both towns seek new ties.\n\n"
            "Traffic rose in June.\n\n"
            "\u201cThe two towns have fulfilled great achievements together,\u201d the newspaper said.")
    doc = analyse(text)
    pos = text.rindex("the newspaper")
    assert resolve_outlet(doc, "the newspaper", pos) == "The Guardian"


def test_the_media_outlet_stands_for_the_outlet_named_before():
    from analysis.quotes import extract_quotes
    text = ("The Moscow Times obtained the draft budget on Friday. \u201cSpending on roads falls by a third,\u201d "
            "the media outlet notes.")
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == ["The Moscow Times"]
