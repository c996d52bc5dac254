"""A set of tables on disk: one CSV per table of the contract (records.TABLES), the article texts,
and read back the same from the CSVs or from the Parquet alone."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from analysis import extract, load_corpus
from analysis.errors import TableError
from analysis.records import TABLES
from analysis.tables import read_tables, read_texts, write_tables

from ..conftest import DATA


@pytest.fixture(scope="module")
def small():
    corpus = load_corpus(DATA / "corpus_small")
    return corpus, extract(corpus)


def test_a_set_holds_one_csv_per_contract_table_and_one_text_per_article(tmp_path, small):
    corpus, tables = small
    write_tables(tables, tmp_path, texts=corpus.texts)
    assert sorted(p.name for p in tmp_path.glob("*.csv")) == sorted(f"{name}.csv" for name in TABLES)
    assert read_texts(tmp_path, list(corpus.texts)) == corpus.texts


def test_tables_read_back_the_same_from_csv_or_from_parquet_alone(tmp_path, small):
    corpus, tables = small
    write_tables(tables, tmp_path / "set", parquet=True)
    shutil.copytree(tmp_path / "set" / "parquet", tmp_path / "parquet_only" / "parquet")
    from_csv, from_parquet = read_tables(tmp_path / "set"), read_tables(tmp_path / "parquet_only")
    for name, frame in tables.items():
        pd.testing.assert_frame_equal(from_csv[name], frame.reset_index(drop=True), obj=name)
        pd.testing.assert_frame_equal(from_parquet[name], from_csv[name], obj=name)


def test_reading_keeps_the_articles_asked_for_and_names_an_unknown_one(tmp_path, small):
    corpus, tables = small
    write_tables(tables, tmp_path)
    kept = read_tables(tmp_path, articles=["wire_report"])
    assert set(kept["articles"]["article_id"]) == set(kept["sentences"]["article_id"]) == {"wire_report"}
    with pytest.raises(TableError, match="no article named nope"):
        read_tables(tmp_path, articles=["nope"])
