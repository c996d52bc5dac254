"""Who states a sentence's figures (analysis.figures.context.sources_of): an inverted cue's name, bounded scans."""
from __future__ import annotations

from analysis.extract import extract_article
from analysis.records import Article


def _figures(text: str) -> list:
    return extract_article(Article(article_id="a", file="a.txt", title="", text=text, published="2024-05-01"))["figures"]


def test_a_weekday_after_an_inverted_cue_is_no_source():
    assert [(f.status, f.source) for f in _figures(
        "Unemployment stood at 5.2% in May, says data released Monday.") if f.text == "5.2%"] == [("stated", "")]


def test_an_inverted_cue_with_a_role_before_the_name_keeps_the_name():
    found = [f.source for f in _figures("Exports fell 4%, says parliamentarian Lee Sung-kwon.")
             if f.text == "4%"]
    assert found == ["Lee Sung-kwon"]


def test_a_long_sentence_of_repeated_backward_cues_is_scanned_in_linear_time():
    import time

    from analysis.figures.context import sources_of
    text = "Growth was 5%, officials said, " * 3300          # 100k characters, no full stop
    t = time.perf_counter()
    found = sources_of(text, 0, len(text))
    assert time.perf_counter() - t < 4.0                   # 6 s (21 s on the reviewer's machine) when quadratic
    assert len(found) == 3300
