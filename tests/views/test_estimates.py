"""Issue 12 item 4: conflicting figures only for the same quantity (kind, unit, subject, period),
never hypothetical, negated or denied ones, and linear work."""
from __future__ import annotations

import pandas as pd

from analysis.views import conflicting_estimates

COLUMNS = ["article_id", "start", "end", "text", "value", "value_high", "unit", "kind", "refers_to", "source",
           "sentence_id", "status", "subject"]


def _figures(rows):
    return pd.DataFrame([dict(zip(COLUMNS, r)) for r in rows], columns=COLUMNS)


def test_a_hypothetical_figure_is_no_estimate():
    figures = _figures([
        ("a", 0, 6, "50,000", 50000, None, "troops", "troop_estimate", "", "Seoul", 0, "reported", "North Korean troops in Russia"),
        ("b", 0, 8, "hundreds", 100, None, "troops", "troop_estimate", "", "", 0, "hypothetical", "North Korean troops in Russia"),
    ])
    assert conflicting_estimates(figures).empty


def test_different_subjects_do_not_conflict():
    figures = _figures([
        ("a", 0, 5, "$90m", 90e6, None, "USD", "trade_value", "2022", "", 0, "stated", "North Korea–China trade"),
        ("b", 0, 5, "$34m", 34e6, None, "USD", "trade_value", "2022", "", 0, "stated", "North Korea–Russia trade"),
    ])
    assert conflicting_estimates(figures).empty


def test_the_same_quantity_that_disagrees_conflicts_once_per_group():
    figures = _figures([
        ("a", 0, 6, "10,000", 10000, None, "troops", "troop_estimate", "2024", "", 0, "reported", "North Korean troops in Russia"),
        ("b", 0, 6, "12,000", 12000, None, "troops", "troop_estimate", "2024", "", 0, "reported", "North Korean troops in Russia"),
        ("c", 0, 6, "50,000", 50000, None, "troops", "troop_estimate", "2024-11", "", 0, "reported", "North Korean troops in Russia"),
    ])
    found = conflicting_estimates(figures, detail=True)
    assert len(found) == 1
    row = found.iloc[0]
    assert (row["article_a"], row["article_b"], row["ratio"], row["n_estimates"]) == ("a", "c", 5.0, 3)
    assert row["subject"] == "North Korean troops in Russia"


def test_a_missing_subject_comes_from_the_sentence():
    figures = _figures([
        ("a", 0, 5, "$90m", 90e6, None, "USD", "trade_value", "2022", "", 0, "stated", ""),
        ("b", 0, 5, "$34m", 34e6, None, "USD", "trade_value", "2022", "", 0, "stated", ""),
    ])
    sentences = pd.DataFrame({"article_id": ["a", "b"], "sentence_id": [0, 0],
                              "text": ["Trade with China reached $90m.", "Trade with Russia reached $34m."]})
    assert conflicting_estimates(figures, sentences=sentences).empty
    assert len(conflicting_estimates(figures)) == 1          # no sentence: both without a subject


def test_an_undated_estimate_counts_for_its_year_of_publication_not_every_year():
    # reader check item 28: a figure reported in October 2024 stood in the 2025 group (12,000 vs 10,000)
    figures = _figures([
        ("a", 0, 6, "12,000", 12000, None, "troops", "troop_estimate", "", "", 0, "reported", "North Korean troops in Russia"),
        ("b", 0, 6, "10,000", 10000, None, "troops", "troop_estimate", "2025-04", "", 0, "stated", "North Korean troops in Russia"),
        ("c", 0, 6, "3,000", 3000, None, "troops", "troop_estimate", "2024-11", "", 0, "stated", "North Korean troops in Russia"),
    ])
    found = conflicting_estimates(figures, detail=True, published={"a": "2024-10-28", "b": "2025-04-28", "c": "2024-11-02"})
    assert found["refers_to"].tolist() == ["2024"] and found["period_inferred"].tolist() == [True]
    assert sorted((found.iloc[0]["value_a"], found.iloc[0]["value_b"])) == [3000, 12000]
    # without publication dates an undated estimate is compared only with other undated ones
    assert conflicting_estimates(figures).empty


def test_a_vague_number_word_is_an_approximation_and_an_exact_count_is_not():
    from analysis.views.estimates import approximation

    assert approximation("Thousands of North Korean laborers") == "vague number: thousands"
    assert approximation("tens of  thousands of troops") == "vague number: tens of thousands"
    assert approximation("13,221 North Koreans") == ""
    assert approximation("about 10,000 troops") == ""


def test_the_subject_of_figures_reads_the_codebooks_actors_without_its_themes():
    from analysis.views import load_codebook
    from analysis.views.estimates import default_actors

    actors, book = default_actors(), load_codebook()
    assert list(actors) == list(book.actors)
    for name, pattern in actors.items():
        assert (pattern.compiled.pattern, pattern.compiled.flags) == (book.actors[name].compiled.pattern,
                                                                      book.actors[name].compiled.flags)


def test_figures_sharing_a_sentence_share_its_subject():
    from analysis.views.estimates import _sentence_subjects

    figures = _figures([
        ("a", 10, 14, "$90m", 90e6, None, "USD", "trade_value", "2022", "", 0, "stated", ""),
        ("a", 30, 34, "$40m", 40e6, None, "USD", "trade_value", "2023", "", 0, "stated", ""),
        ("a", 50, 54, "$10m", 10e6, None, "USD", "trade_value", "2023", "", 1, "stated", ""),
        ("b", 0, 5, "$34m", 34e6, None, "USD", "trade_value", "2022", "", None, "stated", ""),
    ])
    sentences = pd.DataFrame({"article_id": ["a", "a"], "sentence_id": [0, 1],
                              "text": ["Trade with China rose from $90m to $40m of Russian goods.", "It fell to $10m."]})
    assert _sentence_subjects(figures, sentences) == ["CHINA+RUSSIA", "CHINA+RUSSIA", "", ""]
