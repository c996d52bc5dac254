"""Sentences and paragraphs keep the article's offsets; footnote markers do not break sentences."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

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


def test_a_period_glued_to_a_sentence_starter_ends_a_sentence():
    from analysis.text import _glued_ends
    text = "Talks on cooperation.The envoy left in 2024.The talks ended. A U.S.The x1234.It"
    assert [text[:p][-12:] for p in _glued_ends(text, 0, len(text))] == ["cooperation.", "left in 2024."[-12:]]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab Tx1234.Éé\n,", max_size=120))
def test_glued_periods_are_those_of_the_look_behind_pattern(text):
    """The word-anchored pattern finds the periods the earlier look-behind pattern found (it is twice as fast)."""
    import re
    from analysis.text import _GLUED
    old = re.compile(r"(?<=\b[a-z]{2})[a-z]*(?P<end>\.)(?=(?P<next>[A-Z][a-z]*)\b)|(?<=\b\d{4})(?P<yend>\.)(?=[A-Z][a-z]*\b)")

    def periods(pattern):
        return [(m.start("end") if m.group("end") else m.start("yend"), m.group("next")) for m in pattern.finditer(text)]
    assert periods(_GLUED) == periods(old)
