"""Exact CSVs: any text reads back as written (a lone carriage return included), floats are exact,
identical frames give identical bytes, and spreadsheet safety is a choice, off by default."""
from __future__ import annotations

import csv
import io
import math
import subprocess
import sys

import pandas as pd
import pytest

from analysis.errors import TableError
from analysis.io import format_csv, read_csv, read_table, write_csv

AWKWARD = [
    "a lone \r carriage return", "\r", "\r\n", "\n", "ends in a return\r", "\rstarts with one",
    'a "quoted" word', '"', ",", "a, b", " leading and trailing spaces ", "", "nan", "NA", "None", "null",
    "001", "1e5", "True", "-", "#comment", "tab\there", "\u2028line separator\u2029", "\x85next line",
    "\ufeffbyte-order mark", "emoji \U0001F600", "RTL \u202e", "日本語", "\x1b[2J escape",
]


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["001"] * len(AWKWARD), "text": AWKWARD, "n": range(len(AWKWARD))})


def _csv_module_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_a_lone_carriage_return_is_quoted_and_the_row_stays_whole(tmp_path):
    frame = pd.DataFrame({"article_id": ["a", "b"], "text": ["no surrender\r here", "next"]})
    write_csv(frame, tmp_path / "t.csv")
    raw = (tmp_path / "t.csv").read_bytes()
    assert raw == b'article_id,text\na,"no surrender\r here"\nb,next\n'
    back = pd.read_csv(tmp_path / "t.csv", dtype=str, keep_default_na=False)
    assert back["text"].tolist() == ["no surrender\r here", "next"]
    assert _csv_module_rows(tmp_path / "t.csv")[1:] == [["a", "no surrender\r here"], ["b", "next"]]


def test_awkward_text_reads_back_exactly_with_pandas_csv_and_read_csv(tmp_path):
    path = tmp_path / "t.csv"
    write_csv(_frame(), path)
    assert pd.read_csv(path, dtype=str, keep_default_na=False)["text"].tolist() == AWKWARD
    assert [row[1] for row in _csv_module_rows(path)[1:]] == AWKWARD
    back = read_csv(path)
    assert back["text"].tolist() == AWKWARD and back["article_id"].tolist() == ["001"] * len(AWKWARD)
    assert back["n"].dtype == "int64"


def test_identical_frames_give_identical_bytes(tmp_path):
    write_csv(_frame(), tmp_path / "one.csv")
    rebuilt = pd.DataFrame([{"article_id": "001", "text": t, "n": i} for i, t in enumerate(AWKWARD)])
    write_csv(rebuilt, tmp_path / "two.csv")
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert b"\r\n" not in (tmp_path / "one.csv").read_bytes().replace(b'"\r\n"', b"")  # LF row ends


@pytest.mark.parametrize("value, written", [
    (90300000.0, "90300000"), (0.5, "0.5"), (0.1 + 0.2, "0.30000000000000004"), (1e300, "1e+300"),
    (5e-324, "5e-324"), (-2.0, "-2"), (1e15, "1000000000000000"), (1e16, "1e+16"), (123456789012.25, "123456789012.25"),
])
def test_floats_are_written_exactly_and_read_back_equal(tmp_path, value, written):
    frame = pd.DataFrame({"value": [value, float("nan")]})
    assert format_csv(frame) == f"value\n{written}\n\"\"\n"  # a lone empty cell is quoted, not a blank line
    write_csv(frame, tmp_path / "f.csv")
    back = read_csv(tmp_path / "f.csv", dtypes={"value": "float"})["value"].tolist()
    assert back[0] == value and math.isnan(back[1])


def test_a_single_empty_cell_is_not_a_blank_line(tmp_path):
    write_csv(pd.DataFrame({"text": ["", "x"]}), tmp_path / "e.csv")
    assert read_csv(tmp_path / "e.csv")["text"].tolist() == ["", "x"]


FORMULAS = ["=HYPERLINK(\"http://example.com\",\"click\")", "+1+2", "-3+4", "@SUM(A1)", "\tcmd", "\rcmd"]


def test_exact_by_default_cells_that_look_like_formulas_are_written_verbatim(tmp_path):
    frame = pd.DataFrame({"text": FORMULAS, "value": [-5.0] * len(FORMULAS)})
    write_csv(frame, tmp_path / "t.csv")
    assert read_csv(tmp_path / "t.csv")["text"].tolist() == FORMULAS


def test_spreadsheet_safe_prefixes_a_quote_to_text_cells_that_begin_like_a_formula(tmp_path):
    frame = pd.DataFrame({"text": FORMULAS + ["plain", "a=b", ""], "value": [-5.0] * (len(FORMULAS) + 3)})
    write_csv(frame, tmp_path / "t.csv", spreadsheet_safe=True)
    back = read_csv(tmp_path / "t.csv")
    assert back["text"].tolist() == ["'" + f for f in FORMULAS] + ["plain", "a=b", ""]
    assert back["value"].tolist() == [-5.0] * (len(FORMULAS) + 3)  # numbers are numbers, not formulas
    assert list(back.columns) == ["text", "value"]  # the header is never prefixed


def test_read_table_names_the_file_when_a_contract_column_is_missing(tmp_path):
    (tmp_path / "quotes.csv").write_text("article_id,text\na,hello\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"quotes\.csv: no column start, end, sentence_id"):
        read_table(tmp_path, "quotes")


def test_read_table_names_the_file_when_a_number_column_holds_text(tmp_path):
    (tmp_path / "dates.csv").write_text("article_id,start,end,text,normalized,granularity,sentence_id\n"
                                        "a,zero,1,x,2020,year,0\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"dates\.csv: column 'start' should hold int values"):
        read_table(tmp_path, "dates")


def test_format_csv_is_the_text_write_csv_writes(tmp_path):
    write_csv(_frame(), tmp_path / "t.csv", spreadsheet_safe=True)
    expected = format_csv(_frame(), spreadsheet_safe=True)
    assert (tmp_path / "t.csv").read_bytes() == expected.encode("utf-8")
    assert list(csv.reader(io.StringIO(expected, newline="")))[0] == ["article_id", "text", "n"]


def test_an_article_with_lone_carriage_returns_gives_csvs_that_read_back_whole(tmp_path):
    """The issue's case: a \\r inside a quote split the row, and the briefing showed a quote from "surrender"."""
    from analysis import config, extract, load_corpus

    from .conftest import write_corpus

    text = ("A Title About Talks Here\n\nThe minister said: \u201cWe will never\rsurrender, not in 2024.\u201d\r"
            "Officials said 5,000\rtroops arrived.\r\rAnother line.\n")
    folder = write_corpus(tmp_path / "c", {"talks.txt": text})
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(folder), "--out", str(tmp_path / "o"),
                           "--no-cache", "-q"], capture_output=True, text=True, cwd=config.PROJECT_ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    tables = extract(load_corpus(folder))
    carried = 0
    for name in ("sentences", "quotes", "claims", "figures", "dates"):
        expected = getattr(tables, name)
        by_pandas = pd.read_csv(tmp_path / "o" / f"{name}.csv", dtype=str, keep_default_na=False)
        assert len(by_pandas) == len(expected) and set(by_pandas["article_id"]) <= {"talks"}, name
        assert by_pandas["text"].tolist() == expected["text"].tolist(), name
        assert read_table(tmp_path / "o", name).equals(expected), name
        carried += sum("\r" in t for t in by_pandas["text"])
    assert carried >= 1  # the case is only a test if some cells hold a \r


def test_a_table_outside_the_contract_keeps_ids_as_text_and_numbers_as_numbers(tmp_path):
    """Views tables are read without a declared schema: names stay names, written numbers come back as numbers."""
    frame = pd.DataFrame({
        "theme": ["trade", "arms"], "article_a": ["001", "True"], "articles_b": ["1e5,nan", "2022"],
        "published": ["2022", "2021-05"], "term": ["2022", "NA"], "label": ["007", "1e5"],
        "evidence_a_start": [3, 40], "score": [0.25, float("nan")], "changed": [True, False],
    })
    write_csv(frame, tmp_path / "disagreements.csv")
    back = read_table(tmp_path, "disagreements")
    assert back.dtypes.astype(str).to_dict() == {
        "theme": "str", "article_a": "str", "articles_b": "str", "published": "str", "term": "str", "label": "str",
        "evidence_a_start": "int64", "score": "float64", "changed": "bool"}
    assert back.drop(columns="score").equals(frame.drop(columns="score").astype(
        {c: "str" for c in ("theme", "article_a", "articles_b", "published", "term", "label")}))
    assert read_csv(tmp_path / "disagreements.csv", dtypes={"evidence_a_start": "str"})["evidence_a_start"].tolist() \
        == ["3", "40"]


def test_counts_named_after_articles_read_back_as_numbers(tmp_path):
    frame = pd.DataFrame({"theme": ["sanctions"], "article_a": ["001"], "articles_b": ["002, 003"],
                          "article_pairs": [2], "articles_with_position": [3], "articles_matched": [4]})
    write_csv(frame, tmp_path / "disagreements.csv")
    back = read_table(tmp_path, "disagreements")
    assert back.loc[0, "article_a"] == "001" and back.loc[0, "articles_b"] == "002, 003"
    assert back[["article_pairs", "articles_with_position", "articles_matched"]].sum().tolist() == [2, 3, 4]
