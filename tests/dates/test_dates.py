"""Dates: every case in data/dates_cases.json, plus offsets, speed and robustness."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, strategies as st

from analysis.dates import extract_dates, resolve_date

from ..conftest import DATA

CASES = json.loads((DATA / "dates_cases.json").read_text(encoding="utf-8"))


def _param(case):
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
    return pytest.param(case, id=case["name"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_date_case(case):
    text = case["text"]
    found = extract_dates(text, article_id="a", published=case["published"])
    for d in found:
        assert text[d.start:d.end] == d.text
    got = [{"text": d.text, "normalized": d.normalized, "granularity": d.granularity} for d in found]
    assert got == case["expected"]


def test_resolve_date_single_expressions():
    assert resolve_date("last year", "2020-05-17") == ("2019", "year")
    assert resolve_date("in September", "2022-09-30") == ("2022-09", "month")
    assert resolve_date("May", "2022-09-30") == ("2022-05", "month")
    assert resolve_date("August 2022", None) == ("2022-08", "month")
    assert resolve_date("the post-Cold War period", "2022-09-30") is None
    assert resolve_date("", "2022-09-30") is None


def test_seed_dates_are_sorted_and_exact(seed_corpus):
    for article in seed_corpus.articles:
        found = extract_dates(article.text, article_id=article.article_id, published=article.published or None)
        assert [d.start for d in found] == sorted(d.start for d in found)
        assert all(article.text[d.start:d.end] == d.text for d in found)
        assert all(d.sentence_id >= 0 for d in found)


def test_seed_000_dateline_and_views_counter(seed_corpus):
    article = seed_corpus["000_3ce6db4db52fcdf0"]
    found = extract_dates(article.text, published="2022-09-30")
    assert ("30 Sep, 2022", "2022-09-30") in [(d.text, d.normalized) for d in found]
    assert not any("5832" in d.text for d in found)


def test_long_single_line_yields_every_date():
    # A 2 MB article on one line: every date is found.  Its speed is measured by
    # `python -m analysis bench` (the one-line article), not asserted here: these machines are noisy.
    line = ("Trade with Russia fell 5832 percent in May 2022 while Beijing may wait. " * 30000)  # ~2 MB
    found = extract_dates(line, published="2022-09-30")
    assert len(found) == 30000


@given(st.text(max_size=300), st.sampled_from([None, "2022", "2022-09", "2022-09-30", "garbage", "2022-13-45"]))
def test_never_crashes_and_offsets_hold(text, published):
    for d in extract_dates(text, published=published):
        assert text[d.start:d.end] == d.text
        assert d.start < d.end


DATE_WORDS = st.sampled_from(["May", "may", "9", "2022", "–", "-", "last", "year", "the", "same", "month", "of",
                              "early", "Friday", "since", "29", "April", "1990s", "'58", "Q1", "today", "ago",
                              "two", "years", "summer", "century", "20th", "/", ".", ",", " ", "\n", "Sept."])


@given(st.lists(DATE_WORDS, max_size=40).map(" ".join),
       st.sampled_from([None, "2020-02-29", "2022-09", "1999-12-31"]))
def test_date_like_noise_never_crashes(text, published):
    for d in extract_dates(text, published=published):
        assert text[d.start:d.end] == d.text
