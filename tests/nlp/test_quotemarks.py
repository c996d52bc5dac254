"""Quotation marks paired into quoted spans (analysis.nlp.quotemarks)."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from analysis.nlp import find_quote_spans

from ..conftest import DATA

CASES = json.loads((DATA / "nlp_cases.json").read_text(encoding="utf-8"))["quote_marks"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_quote_spans(case):
    spans = find_quote_spans(case["text"])
    assert [case["text"][q.start:q.end] for q in spans] == case["quotes"]
    assert [q.closed for q in spans] == case["closed"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .,\n“”‘’\"'`«»", max_size=80))
def test_spans_are_ordered_and_inside_their_marks(text):
    spans = find_quote_spans(text)
    assert [q.start for q in spans] == sorted(q.start for q in spans)
    for q in spans:
        assert q.open <= q.start < q.end <= q.close <= len(text)
