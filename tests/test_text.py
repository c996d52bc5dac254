"""Sentences and paragraphs keep the article's offsets; footnote markers do not break sentences."""
from __future__ import annotations

import json

import pytest

from analysis.text import footnote_spans, paragraph_spans, split_sentences

from .conftest import DATA

CASES = json.loads((DATA / "sentence_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_sentence_split(case):
    sentences = split_sentences(case["text"], article_id="a")
    assert [s.text for s in sentences] == case["sentences"]
    for s in sentences:
        assert case["text"][s.start:s.end] == s.text


def test_footnote_spans_find_markers_but_not_decimals():
    text = "against the other.1 Commentators said China’s cost.2 It reached US$ 90.3 million."
    assert [text[a:b] for a, b in footnote_spans(text)] == ["1", "2"]


def test_paragraph_spans_skip_blank_lines_and_crlf():
    text = "One.\r\n\r\n  Two.  \n"
    assert [text[a:b] for a, b in paragraph_spans(text)] == ["One.", "Two."]


def test_sentences_are_numbered_and_carry_paragraphs(seed_corpus):
    article = seed_corpus["004_cc030a83b0f4ba11"]
    sentences = split_sentences(article.text, article_id=article.article_id)
    assert [s.sentence_id for s in sentences] == list(range(len(sentences)))
    assert sentences[2].text.endswith("against the other.1")
    assert all(article.text[s.start:s.end] == s.text for s in sentences)
    assert sentences[-1].paragraph > sentences[0].paragraph
