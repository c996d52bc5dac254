"""Property-based tests on every extractor: no exception on any text, spans that slice back to the
text, finite values with value <= value_high, and valid ISO dates.

The default run tries 200 examples per property; ``make test-fuzz`` (HYPOTHESIS_PROFILE=fuzz)
tries 10,000.
"""
from __future__ import annotations

import math
import re

from hypothesis import given
from hypothesis import strategies as st

from analysis import extract_claims, extract_dates, extract_figures, extract_quotes, split_sentences

# Fragments of the kind of prose the extractors look for, so that random texts reach deep paths.
FRAGMENTS = [
    "“", "”", "‘", "’", '"', "'", "``", "''", ": ", ", ", ". ", ".1 ", "\n", "\r\n", "\n\n", " ",
    "said", "according to", "The Pentagon claims", "analysts argue that", "allegedly", "up to", "nearly",
    "between", "and", "tens of thousands", "US$ ", "$", "90.3", "million", "billion", "140-thousand", "dollars",
    "percent", "%", "20,000", "50,000", "troops", "workers", "May", "may", "9", "2022", "February", "last year",
    "the same month of last year", "early 2020", "since 2019", "1990s", "in recent months", "Friday", "Sep",
    "30 Sep, 2022", "the 75th", "second-largest", "five", "Kim Jong Un", "Russia", "(", ")", "…", "—", "-",
]
newsy = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=60).map("".join)
any_text = st.one_of(st.text(), newsy)
published = st.one_of(
    st.none(),
    st.dates().filter(lambda d: 1900 <= d.year <= 2100).map(lambda d: d.isoformat()),
    st.integers(1900, 2100).map(str),
    st.tuples(st.integers(1900, 2100), st.integers(1, 12)).map(lambda ym: f"{ym[0]}-{ym[1]:02d}"),
)
ISO = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$|^\d{3}0s$|^\d{2}00s$|^\d{3}X$|^\d{2}XX$|^\d{4}-(SP|SU|FA|WI)$|^\d{4}-W\d{2}$|^(PAST|PRESENT|FUTURE)_REF$|^$")


def _spans_slice(records, text):
    for r in records:
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start:r.end] == r.text


@given(any_text)
def test_sentences_slice_back_and_do_not_overlap(text):
    sentences = split_sentences(text)
    _spans_slice(sentences, text)
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))


@given(any_text)
def test_quotes_never_raise_and_slice_back(text):
    quotes = extract_quotes(text)
    _spans_slice(quotes, text)
    assert all(q.kind in ("speech", "scare", "block") for q in quotes)


@given(any_text)
def test_claims_never_raise_and_slice_back(text):
    _spans_slice(extract_claims(text), text)


@given(any_text, published)
def test_figures_are_finite_ordered_and_slice_back(text, pub):
    figures = extract_figures(text, published=pub)
    _spans_slice(figures, text)
    for f in figures:
        assert math.isfinite(f.value)
        if f.value_high is not None:
            assert math.isfinite(f.value_high) and f.value <= f.value_high
        assert re.match(r"^(\d{4}(-\d{2})?)?$", f.refers_to or ""), f.refers_to


@given(any_text, published)
def test_dates_are_valid_iso_and_slice_back(text, pub):
    dates = extract_dates(text, published=pub)
    _spans_slice(dates, text)
    for d in dates:
        assert ISO.match(d.normalized or ""), d.normalized
        if d.granularity == "day":
            import datetime
            datetime.date.fromisoformat(d.normalized)
