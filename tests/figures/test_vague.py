"""Bare vague plurals (analysis.figures.vague)."""
from __future__ import annotations

from analysis.figures import extract_figures


def test_vague_plural_before_a_participle_of_spending_is_money_even_after_a_determiner():
    found = extract_figures("It cost $5.5 million, a fraction of the billions spent on systems like GPT.")
    assert [(f.text, f.value, f.kind) for f in found][-1] == ("billions", 1e9, "money")


def test_vague_plural_after_a_determiner_still_counts_people():
    found = extract_figures("The outbreak worries the thousands now being tested for the virus.")
    assert [(f.text, f.value, f.value_high, f.unit) for f in found] == [("thousands", 1000, 10000, "people")]
    assert [f.unit for f in extract_figures("The millions who spent the night outside went home.")] == ["people"]


def test_by_the_vague_plural_counts_what_the_clause_names_not_people():
    found = extract_figures("The factory shipped drones and batteries by the thousands to the front.")
    assert [(f.text, f.value, f.unit) for f in found] == [("thousands", 1000, "")]


def test_vague_plural_before_spent_with_an_object_counts_people_not_money():
    assert [(f.text, f.unit, f.kind) for f in extract_figures("Millions spent the night outdoors after the quake.")] \
        == [("Millions", "people", "count")]
    assert [(f.text, f.unit, f.kind) for f in extract_figures("Millions poured into the streets to protest.")] \
        == [("Millions", "people", "count")]
    assert [f.unit for f in extract_figures("The millions pledged their support.")] == ["people"]


def test_vague_plural_before_a_passive_spent_or_spent_on_a_thing_is_money():
    assert [(f.text, f.kind) for f in extract_figures("Billions were spent on the war.")] == [("Billions", "money")]
    assert [(f.text, f.kind) for f in extract_figures("Billions poured into the fund last year.")] \
        == [("Billions", "money")]
