"""A figure's source is a person or a body (issue 11): a pronoun takes the name the quote and claim rules gave it in
the same sentence, or no name; words a clause search stopped inside are no source."""
from __future__ import annotations

import pytest

from analysis import config, extract, load_corpus
from analysis.extract import extract_article
from analysis.figures.context import clean_source
from analysis.records import Article

POLNEAR = config.PROJECT_ROOT.parent / "shared" / "benchmarks" / "polnear" / "corpus"
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me"}


def _figures(text: str) -> list:
    return extract_article(Article(article_id="a", file="a.txt", title="", text=text, published="2024-05-01"))["figures"]


def test_a_pronoun_source_takes_the_person_the_claim_rules_resolved_it_to():
    text = ("Finance Minister Maria Lopez spoke in parliament on Monday.\n\n"
            "She said the programme would cost $916 million over five years.")
    money = [f for f in _figures(text) if f.unit == "USD"]
    assert [(f.source, f.status) for f in money] == [("Maria Lopez", "reported")]


def test_a_pronoun_nobody_was_named_for_leaves_the_figure_without_a_source():
    money = [f for f in _figures("He said the programme would cost $916 million.") if f.unit == "USD"]
    assert [(f.source, f.status) for f in money] == [("", "reported")]


@pytest.mark.parametrize("words", ["already invested an", "not blow open an", "a survey conducted immediately after",
                                   "An", "Forty-one percent of respondents", "60% of voters"])
def test_words_a_clause_search_stopped_inside_are_no_source(words):
    assert clean_source(words) == ""


@pytest.mark.parametrize("words", ["One Wells Fargo teller in Texas", "Zero Hedge", "he", "The ministry",
                                   "some analysts", "all the experts I interviewed"])
def test_names_descriptions_and_pronouns_stay_sources(words):
    assert clean_source(words) == words


@pytest.mark.parametrize("corpus", ["seeds", "polnear"])
def test_no_figure_source_is_a_pronoun_or_ends_on_a_function_word(corpus, seed_tables):
    if corpus == "polnear" and not POLNEAR.is_dir():
        pytest.skip("PolNeAR is read from ../shared")
    figures = seed_tables.figures if corpus == "seeds" else extract(load_corpus(POLNEAR)).figures
    sources = sorted({s for s in figures["source"] if s})
    assert sources
    bad = [s for s in sources if s.lower() in PRONOUNS or s.split()[-1] in ("a", "an", "the", "of", "with", "after")]
    assert bad == []


def test_a_description_source_takes_the_name_the_claim_rules_resolved_it_to():
    from analysis.figures.pronoun_sources import resolve_pronoun_sources
    from analysis.records import Claim, Figure
    f = Figure("a", 40, 52, "2,700 structures", 2700.0, source="the governor", sentence_id=3, status="reported")
    c = Claim("a", 30, 60, "x", source="Josh Green", sentence_id=3, source_mention="the governor")
    other = Claim("a", 30, 60, "x", source="Josh Green", sentence_id=4, source_mention="the governor")
    assert [g.source for g in resolve_pronoun_sources([f], [c])] == ["Josh Green"]
    assert [g.source for g in resolve_pronoun_sources([f], [other])] == ["the governor"]   # another sentence: as written


def test_a_description_the_claim_rules_resolved_to_no_actor_is_not_taken():
    from analysis.figures.pronoun_sources import resolve_pronoun_sources
    from analysis.records import Claim, Figure

    f = Figure("a", 40, 52, "$916 million", 916e6, source="the campaign", sentence_id=3, status="reported")
    c = Claim("a", 30, 60, "x", source="The initial", sentence_id=3, source_mention="the campaign")
    assert resolve_pronoun_sources([f], [c])[0].source == "the campaign"

