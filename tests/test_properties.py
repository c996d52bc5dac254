"""Property-based tests on every extractor: no exception on any text, spans that slice back to the
text, finite values with value <= value_high, and valid ISO dates; and on the CSVs: any text reads
back exactly, and every span slices the article's text as read back from disk.

The default run tries 200 examples per property; ``make test-fuzz`` (HYPOTHESIS_PROFILE=fuzz)
tries 10,000.
"""
from __future__ import annotations

import csv
import datetime
import math
import re
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis import extract, extract_claims, extract_dates, extract_figures, extract_quotes, split_sentences
from analysis.corpus import Corpus
from analysis.io import read_csv, read_table, write_csv, write_text
from analysis.records import MENTION_TABLES, TABLES, Article

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
    st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)).map(lambda d: d.isoformat()),
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
        # a day whose year cannot be told (no publication date, no year in the text: '1 SEP') keeps its value
        # empty, by design; any value given is a real calendar day
        if d.granularity == "day" and d.normalized:
            datetime.date.fromisoformat(d.normalized)


# ----------------------------------------------------------------- the CSVs as written
# Text that stresses a CSV: line ends of every kind, a lone carriage return above all, quotes, commas,
# cells that look like numbers or missing values, and any other character but NUL and lone surrogates.
CSV_PIECES = ["\r", "\n", "\r\n", "\n\r", '"', '""', ",", " ", "\t", "nan", "NA", "001", "1e5", "True", "=1+2",
              "\ufeff", "\u2028", "\x85", "\x0b", "\x1c"]
csv_text = st.lists(st.one_of(st.sampled_from(CSV_PIECES), st.text(st.characters(blacklist_categories=("Cs",),
                                                                                  blacklist_characters="\x00"),
                                                                    max_size=5)),
                    max_size=20).map("".join)
article_ids = st.one_of(st.sampled_from(["001", "002", "1e5", "nan", "True", "NA", "-1", ""]),
                        st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1,
                                max_size=8))


@given(st.lists(st.tuples(article_ids, csv_text, csv_text), max_size=6))
def test_any_text_reads_back_exactly_with_pandas_and_csv(rows):
    frame = pd.DataFrame(rows, columns=["article_id", "text", "speaker"], dtype="str")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        write_csv(frame, path)
        by_pandas = pd.read_csv(path, dtype=str, keep_default_na=False)
        with open(path, encoding="utf-8", newline="") as fh:
            by_csv = list(csv.reader(fh))
        ours = read_csv(path, dtypes={"text": "str", "speaker": "str"})  # untold, "0" would be a number
        again = path.read_bytes()
        write_csv(frame, path)
        assert path.read_bytes() == again  # identical frames, identical bytes
    expected = [list(row) for row in rows]
    assert by_csv == [["article_id", "text", "speaker"], *expected]
    assert by_pandas.values.tolist() == expected if rows else by_pandas.empty
    assert ours.values.tolist() == expected if rows else ours.empty


@given(any_text, published, article_ids)
def test_offsets_slice_the_text_in_the_csvs_as_written(text, pub, article_id):
    """Extract one article, write every table and the text to disk, read them back, and check each span there."""
    article = Article(article_id=article_id, file=f"{article_id}.txt", text=text, published=pub or "")
    tables = extract(Corpus(Path("."), [article]))
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        write_text(folder / "article.txt", text)
        for name, frame in tables.items():
            write_csv(frame, folder / f"{name}.csv")
        on_disk = (folder / "article.txt").read_bytes().decode("utf-8")
        back = {name: read_table(folder, name) for name in TABLES}
    assert on_disk == text
    assert back["articles"]["article_id"].tolist() == [article_id]
    for name in MENTION_TABLES:
        frame = back[name]
        assert frame.equals(getattr(tables, name)), name
        for row in frame.itertuples():
            assert row.article_id == article_id
            assert on_disk[row.start:row.end] == row.text, (name, row.start, row.end)


def test_a_day_without_any_year_to_take_keeps_its_value_empty():
    # found by the property above: '1 SEP' with no publication date and no year written anywhere
    dates = extract_dates("1 SEP", published=None)
    assert [(d.text, d.normalized, d.granularity) for d in dates] == [("1 SEP", "", "day")]
