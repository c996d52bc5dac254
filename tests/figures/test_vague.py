"""Bare vague plurals (analysis.figures.vague)."""
from __future__ import annotations

from analysis.figures import extract_figures


def test_vague_plural_before_a_participle_of_spending_is_money_even_after_a_determiner():
    found = extract_figures("It cost $5.5 million, a fraction of the billions spent on systems like GPT.")
    assert [(f.text, f.value, f.kind) for f in found][-1] == ("billions", 1e9, "money")


def test_vague_plural_after_a_determiner_with_no_money_word_stays_out():
    assert extract_figures("They came by the hundreds, in their thousands.") == []
    assert extract_figures("The millions who spent the night outside went home.") == []


def test_vague_plural_before_spent_with_an_object_counts_people_not_money():
    assert [(f.text, f.unit, f.kind) for f in extract_figures("Millions spent the night outdoors after the quake.")] \
        == [("Millions", "people", "count")]
    assert [(f.text, f.unit, f.kind) for f in extract_figures("Millions poured into the streets to protest.")] \
        == [("Millions", "people", "count")]
    assert extract_figures("The millions pledged their support.") == []


def test_vague_plural_before_a_passive_spent_or_spent_on_a_thing_is_money():
    assert [(f.text, f.kind) for f in extract_figures("Billions were spent on the war.")] == [("Billions", "money")]
    assert [(f.text, f.kind) for f in extract_figures("Billions poured into the fund last year.")] \
        == [("Billions", "money")]
