"""Position errors a reader saw in built briefings (reader check items 40-43)."""
from __future__ import annotations

from analysis import extract, load_corpus
from analysis.views import attribute_sentence, theme_sentences
from analysis.views.positions import _main_holder, _same_holder

from ..conftest import write_corpus


def test_a_position_in_a_before_clause_of_the_past_weighs_as_background(tmp_path):
    corpus = {"a.txt": "Russia continued to deliver food to North Korea before bilateral trade plummeted to near-zero "
                       "in October 2021.\n\nBilateral trade between Russia and North Korea plummeted to near-zero.\n"}
    rows = theme_sentences(extract(load_corpus(write_corpus(tmp_path / "c", corpus)), families=()))
    trade = rows[(rows["theme"] == "trade and economy") & (rows["position"].fillna("") != "")]
    weights = trade.set_index("sentence_id")["weight"]
    assert len(weights) == 2 and weights.iloc[0] < weights.iloc[1]


def test_a_time_phrase_before_a_reported_clause_is_no_background():
    # "told the council before the vote that Western nations are trying to ..." (wire 507) keeps its weight
    from analysis.views.sentences import _BACKGROUND_CLAUSE
    assert _BACKGROUND_CLAUSE.search("told the council before the vote that Western nations are ") is None
    assert _BACKGROUND_CLAUSE.search("Russia delivered food before bilateral trade ") is not None


def test_a_partitive_is_not_part_of_the_holder():
    assert attribute_sentence("A section of Chinese commentators have attributed the turn to the environment.") == (
        True, "Chinese commentators")


def test_a_cited_sentence_about_the_last_holder_is_not_that_holders_view():
    text = "Besides, due to North Korea’s low economic capability, there are very few things it can sell to Russia.15"
    assert attribute_sentence(text, context="North Korea") == (True, "cited source")
    assert attribute_sentence("Besides, there are very few things it can sell.15", context="Chinese analysts") == (
        True, "Chinese analysts")


def test_a_holder_named_twice_is_shown_once():
    assert _same_holder("North Korea's Kim Jong-un", "Kim") and not _same_holder("Chinese analysts", "analysts")
    rows = [{"holder": "North Korea's Kim Jong-un", "weight": 2.0}, {"holder": "Kim", "weight": 1.0},
            {"holder": "Putin", "weight": 0.5}]
    assert _main_holder(rows) == "North Korea's Kim Jong-un and Putin"


def test_a_possessed_noun_after_the_comma_is_what_the_source_said():
    from analysis.views.attribution import _tidy_holder
    assert _tidy_holder("KCNA, Kim Jong Un's decision to deploy North Korean troops") == "KCNA"
    assert _tidy_holder("The head of the department, Pyotr Ilyichev") == "head of the department, Pyotr Ilyichev"


def test_an_unnamed_source_is_not_shown_beside_a_named_holder():
    # reader check: "reported: Moscow and cited source", "analysts and cited source"
    rows = [{"holder": "Moscow", "weight": 1.0}, {"holder": "cited source", "weight": 0.5}]
    assert _main_holder(rows) == "Moscow"
    assert _main_holder([{"holder": "", "weight": 1.0}]) == "unnamed source"
    assert _main_holder([{"holder": "Analysts", "weight": 1.0}, {"holder": "Chinese observers", "weight": 0.5}]) == (
        "Analysts and Chinese observers")
