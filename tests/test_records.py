"""The tables' contract, defined once in records.TABLES: what extraction returns, what the CSVs hold and
what reading them back gives are the same columns, dtypes and values, with article_id a string."""
from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from analysis import config, extract, load_corpus
from analysis.extract import Tables
from analysis.io import read_table, write_csv
from analysis.records import (MENTION_TABLES, TABLES, Figure, Quote, columns_for, dtypes_for, empty_frame,
                              record_from_row, to_frame)

from .conftest import write_corpus

# File names a CSV reader would turn into numbers, booleans or missing values.
NUMERIC_NAMES = ["001", "002", "1e5", "nan", "True", "NA", "-1", "0x10", "1_000", "inf"]


def _article(n: int) -> str:
    return (f"Headline Number {n} About Trade Here\n\n3 May, 2021\n\n"
            f"Officials said on Monday that trade reached ${n + 1}0 million in 2023. \u201cIt grows,\u201d Lavrov said.\n")


@pytest.fixture(scope="module")
def numeric_tables(tmp_path_factory):
    folder = write_corpus(tmp_path_factory.mktemp("numeric"), {f"{name}.txt": _article(i)
                                                                for i, name in enumerate(NUMERIC_NAMES)})
    return extract(load_corpus(folder))


def test_tables_names_the_contract_tables_in_writing_order():
    assert list(TABLES) == ["articles", "sentences", "quotes", "claims", "figures", "dates", "entities", "skips"]
    assert MENTION_TABLES == ("sentences", "quotes", "claims", "figures", "dates")
    assert [name for name, _ in Tables(**{n: empty_frame(n) for n in TABLES}).items()] == list(TABLES)


def test_article_id_and_file_are_text_in_every_table():
    for name, table in TABLES.items():
        for column in ("article_id", "file"):
            if column in table.columns:
                assert table.columns[column] == "str", (name, column)


@pytest.mark.parametrize("name", list(TABLES))
def test_an_empty_table_has_the_contract_columns_and_dtypes(name):
    frame = empty_frame(name)
    assert list(frame.columns) == columns_for(name)
    assert frame.dtypes.to_dict() == {c: pd.Series(dtype=d).dtype for c, d in dtypes_for(name).items()}


def test_extracted_frames_have_the_contract_dtypes(seed_tables):
    for name, frame in seed_tables.items():
        assert list(frame.columns) == columns_for(name), name
        assert frame.dtypes.to_dict() == empty_frame(name).dtypes.to_dict(), name


def _round_trip(tables, folder):
    for name, frame in tables.items():
        write_csv(frame, folder / f"{name}.csv")
    for name, frame in tables.items():
        back = read_table(folder, name)
        assert_frame_equal(back, frame, check_dtype=True, obj=name)


def test_every_seed_table_reads_back_with_the_same_dtypes_and_values(seed_tables, tmp_path):
    _round_trip(seed_tables, tmp_path)


def test_numeric_file_names_stay_strings_through_extraction_and_the_csvs(numeric_tables, tmp_path):
    assert numeric_tables.articles["article_id"].tolist() == sorted(NUMERIC_NAMES)
    assert set(numeric_tables.figures["article_id"]) == set(NUMERIC_NAMES)
    _round_trip(numeric_tables, tmp_path)
    for name in TABLES:
        frame = read_table(tmp_path, name)
        if "article_id" in frame.columns and len(frame):
            assert all(isinstance(v, str) for v in frame["article_id"]), name
            assert set(frame["article_id"]) <= set(NUMERIC_NAMES), name


def test_numeric_file_names_stay_strings_through_the_command_line(tmp_path):
    folder = write_corpus(tmp_path / "c", {f"{name}.txt": _article(i) for i, name in enumerate(NUMERIC_NAMES[:5])})
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(folder), "--out", str(tmp_path / "o"),
                           "--no-cache", "-q"], capture_output=True, text=True, cwd=config.PROJECT_ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    articles = read_table(tmp_path / "o", "articles")
    assert articles["article_id"].tolist() == sorted(NUMERIC_NAMES[:5])
    assert articles["file"].tolist() == [f"{n}.txt" for n in sorted(NUMERIC_NAMES[:5])]
    assert read_table(tmp_path / "o", "quotes")["article_id"].tolist() == sorted(NUMERIC_NAMES[:5])


def test_empty_tables_read_back_with_the_contract_dtypes(tmp_path):
    for name in TABLES:
        write_csv(empty_frame(name), tmp_path / f"{name}.csv")
        assert_frame_equal(read_table(tmp_path, name), empty_frame(name), check_dtype=True, obj=name)


def test_missing_text_is_an_empty_string_and_a_missing_number_is_nan():
    frame = to_frame([Figure("001", 0, 2, "10", 10.0), Figure("001", 3, 5, "20", 20.0, value_high=30.0)], "figures")
    assert frame["unit"].tolist() == ["", ""] and frame["value_high"].isna().tolist() == [True, False]


def test_a_row_of_another_shape_is_refused_as_a_record():
    good = Quote("a", 0, 3, "abc").to_row()
    assert record_from_row("quotes", good) == Quote("a", 0, 3, "abc")
    for bad in ({**good, "extra": 1}, {k: v for k, v in good.items() if k != "cue"}, {**good, "start": "0"},
                {**good, "start": True}, {**good, "text": None}, [good]):
        with pytest.raises(ValueError):
            record_from_row("quotes", bad)
    assert record_from_row("figures", Figure("a", 0, 1, "5", 5.0).to_row()).value_high is None
