"""Figures: values, units, kinds, hedges and periods; what is not a figure.

Cases live in data/figures_cases.json: ``text``, ``published`` and the ``expected``
figures in order, each with the fields to check (a field left out is not checked).
Known misses carry ``xfail`` with the reason.
"""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, strategies as st

from analysis import figures
from analysis.figures import extract_figures, link_period, parse_number
from analysis.records import DateMention

from ..conftest import DATA

CASES = json.loads((DATA / "figures_cases.json").read_text(encoding="utf-8"))


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
        yield pytest.param(case, id=case["name"], marks=marks)


def _same(got, want) -> bool:
    if isinstance(want, float) or isinstance(want, int) and not isinstance(want, bool):
        return got is not None and math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)
    return got == want


@pytest.mark.parametrize("case", list(_params()))
def test_figures(case):
    text = case["text"]
    found = extract_figures(text, article_id="a", published=case.get("published"))
    for f in found:
        assert text[f.start:f.end] == f.text
    got = [{key: getattr(f, key) for key in want} for f, want in zip(found, case["expected"])]
    assert len(found) == len(case["expected"]), [f.text for f in found]
    for g, want in zip(got, case["expected"]):
        assert all(_same(g[k], v) for k, v in want.items()), (g, want)


@pytest.mark.parametrize("surface, value", [
    ("90.3 million", 90300000.0),
    ("US$ 90.3 million", 90300000.0),
    ("140-thousand", 140000.0),
    ("8,000", 8000.0),
    ("tens of thousands", 10000.0),
    ("hundreds of thousands", 100000.0),
    ("twenty-eight thousand six hundred forty-two", 28642.0),
    ("two and a half", 2.5),
    ("a dozen", 12.0),
    ("25k", 25000.0),
    ("$1.76bn", 1.76e9),
    ("1.5 trillion", 1.5e12),
    ("1/2", 0.5),
    ("-1.3", -1.3),
    ("2022", 2022.0),
    ("", None),
    ("no number here", None),
])
def test_parse_number(surface, value):
    assert parse_number(surface) == value


TEXT = "In 2019 exports, reported on May 13, stood at $5 million; by 21 September 2022 they were $9 million."
D2019 = DateMention("a", 3, 7, "2019", "2019", "year")
DMAY = DateMention("a", 29, 35, "May 13", "2020-05-13", "day")
DSEP = DateMention("a", 61, 78, "21 September 2022", "2022-09-21", "day")


@pytest.mark.parametrize("figure, dates, expected", [
    ((46, 56), [D2019, DMAY], "2019"),            # "in <year>" beats a nearer "on May 13"
    ((46, 56), [DMAY], "2020-05"),                # a day is reported as its month
    ((89, 99), [D2019, DMAY, DSEP], "2022-09"),  # the semicolon keeps the first clause's dates out
    ((46, 56), [], ""),                           # no date: no period
    ((46, 56), [DateMention("a", 3, 8, "1990s", "1990s", "decade")], ""),
    ((46, 56), [DateMention("a", 46, 56, "$5 million", "2019", "year")], ""),   # overlapping the figure
])
def test_link_period(figure, dates, expected):
    assert TEXT[46:56] == "$5 million" and TEXT[89:99] == "$9 million"
    assert TEXT[61:78] == "21 September 2022"
    assert link_period(*figure, dates, TEXT) == expected


def test_refers_to_is_empty_without_date_mentions(monkeypatch):
    monkeypatch.setattr(figures.extract, "extract_dates", lambda *a, **k: [])
    found = extract_figures("In August 2022, trade reached US$ 90.3 million.", published="2022-09-30")
    assert [(f.value, f.refers_to) for f in found] == [(90300000.0, "")]


def test_seed_figures_are_slices_and_sorted(seed_corpus):
    for article in seed_corpus.articles:
        found = extract_figures(article.text, article_id=article.article_id, published=article.published or None)
        assert [f.start for f in found] == sorted(f.start for f in found)
        for f in found:
            assert article.text[f.start:f.end] == f.text
            assert f.value_high is None or f.value <= f.value_high
            assert f.kind in ("trade_value", "money", "troop_estimate", "labor_estimate",
                              "percentage", "count", "duration", "ordinal")


_ALPHABET = st.sampled_from(list("0123456789 ,.-–$%:/·“”'\"\nabcdeMmkBSxyz") + [
    " million", " thousand", " troops", " percent", " US$", " May ", " 2022", " one", " two", " tens of",
    " between ", " and ", " to ", " hundreds", "-year-old", "th", " first", "×10", " PS", "RM"])


@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_never_crashes_and_spans_are_exact(text):
    found = extract_figures(text, article_id="x", published="2022-09-30")
    assert [f.start for f in found] == sorted(f.start for f in found)
    for f in found:
        assert text[f.start:f.end] == f.text
        assert f.value_high is None or f.value <= f.value_high


@given(st.text(max_size=200))
def test_never_crashes_on_any_unicode(text):
    for f in extract_figures(text):
        assert text[f.start:f.end] == f.text
