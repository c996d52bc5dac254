"""Shared helpers for the views tests."""
from __future__ import annotations

from dataclasses import replace

from analysis.views import load_codebook


def lone_sentence_codebook():
    """The default codebook with every theme's ``min_sentences`` at 1, no ``abstain`` and no ``withhold`` (every
    reading stated).

    Tests of one step of the vote (history, headline, stance gates, confidence) read the label a
    single sentence gives; the default codebook asks two sentences on several themes (see
    ``test_a_lone_sentence_gives_no_clear_position_where_the_codebook_asks_two``).
    """
    book = load_codebook()
    return replace(book, themes=tuple(replace(t, min_sentences=1, withhold=(), abstain=None) for t in book.themes),
                   abstain=())
