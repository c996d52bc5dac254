"""The theme codebook: malformed files are named with their problem; a user codebook works on another topic."""
from __future__ import annotations

import json

import pytest
import yaml

from analysis import extract, load_corpus
from analysis.errors import CodebookError
from analysis.views import THEME_SENTENCE_COLUMNS, article_positions, load_codebook, theme_sentences

from ..conftest import DATA, write_corpus

CASES = json.loads((DATA / "views_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["codebook_errors"], ids=[c["name"] for c in CASES["codebook_errors"]])
def test_malformed_codebook_names_the_file_and_the_problem(tmp_path, case):
    path = tmp_path / f"{case['name']}.yml"
    path.write_text(case["yaml"], encoding="utf-8")
    with pytest.raises(CodebookError) as info:
        load_codebook(path)
    message = str(info.value)
    assert str(path) in message
    assert case["error"] in message


def test_missing_codebook_names_the_file(tmp_path):
    with pytest.raises(CodebookError, match="missing.yml: file not found"):
        load_codebook(tmp_path / "missing.yml")


def test_default_codebook_has_the_seed_themes():
    book = load_codebook()
    assert book.theme_names[0] == "relationship framing"
    assert {"military support", "labour", "China's role", "durability and outlook"} <= set(book.theme_names)
    assert all(theme.description for theme in book.themes)


USER_CODEBOOK = """\
name: heat
themes:
  heatwaves:
    description: Extreme heat and how it is framed.
    patterns: ['heat ?waves?', 'temperatures?']
    positions:
      worsening: ['more frequent', 'rising', 'record']
      stable: ['unchanged', 'stable']
"""


def test_user_codebook_for_another_topic_uses_the_default_markers(tmp_path):
    book_path = tmp_path / "heat.yml"
    book_path.write_text(USER_CODEBOOK, encoding="utf-8")
    folder = write_corpus(tmp_path / "c", {
        "a.txt": "Heatwaves are more frequent than they were. Experts say temperatures may keep rising.\n",
        "b.txt": "Summer temperatures were unchanged this year.\n",
    })
    tables = extract(load_corpus(folder), families=())
    rows = theme_sentences(tables, book_path)
    assert list(rows.columns) == THEME_SENTENCE_COLUMNS
    assert rows[["article_id", "position", "attributed", "certainty"]].values.tolist() == [
        ["a", "worsening", False, "asserted"],
        ["a", "worsening", True, "hedged"],
        ["b", "stable", False, "asserted"],
    ]
    positions = article_positions(tables, book_path, theme_rows=rows)
    assert positions[["article_id", "position", "stance"]].values.tolist() == [["a", "worsening", "own"], ["b", "stable", "own"]]


@pytest.mark.parametrize("value", [0, 11, "two", True, 1.5])
def test_min_sentences_must_be_a_small_whole_number(tmp_path, value):
    path = tmp_path / "book.yml"
    path.write_text(yaml.safe_dump({"themes": {"ties": {"description": "Ties.", "patterns": ["ties"],
                                                        "min_sentences": value}}}), encoding="utf-8")
    with pytest.raises(CodebookError, match="min_sentences"):
        load_codebook(path)


def test_min_sentences_defaults_to_one_and_is_read(tmp_path):
    path = tmp_path / "book.yml"
    path.write_text(yaml.safe_dump({"themes": {"ties": {"description": "Ties.", "patterns": ["ties"]},
                                               "trade": {"description": "Trade.", "patterns": ["trade"],
                                                         "min_sentences": 2}}}), encoding="utf-8")
    book = load_codebook(path)
    assert (book["ties"].min_sentences, book["trade"].min_sentences) == (1, 2)
