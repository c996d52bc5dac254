"""Bare vague plurals (analysis.figures.vague)."""
from __future__ import annotations

from analysis.figures import extract_figures


def test_vague_plural_before_a_participle_of_spending_is_money_even_after_a_determiner():
    found = extract_figures("It cost $5.5 million, a fraction of the billions spent on systems like GPT.")
    assert [(f.text, f.value, f.kind) for f in found][-1] == ("billions", 1e9, "money")


def test_vague_plural_after_a_determiner_with_no_money_word_stays_out():
    assert extract_figures("They came by the hundreds, in their thousands.") == []
    assert extract_figures("The millions who spent the night outside went home.") == []
