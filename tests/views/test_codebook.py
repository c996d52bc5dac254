"""The theme codebook: malformed files are named with their problem; a user codebook works on another topic."""
from __future__ import annotations

import json

import pytest
import yaml

from analysis import extract, load_corpus
from analysis.errors import CodebookError
from analysis.views import NO_CLEAR_POSITION, THEME_SENTENCE_COLUMNS, article_positions, load_codebook, theme_sentences

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


@pytest.mark.parametrize("value", ["yes", 1, None, [], ["unknown label"]])   # (null is no answer either)
def test_withhold_must_be_true_or_false(tmp_path, value):
    path = tmp_path / "book.yml"
    path.write_text(yaml.safe_dump({"themes": {"ties": {"description": "Ties.", "patterns": ["ties"],
                                                        "withhold": value}}}), encoding="utf-8")
    with pytest.raises(CodebookError, match="withhold"):
        load_codebook(path)


def test_a_withheld_theme_shows_its_reading_and_states_no_label(tmp_path):
    path = tmp_path / "book.yml"
    path.write_text(yaml.safe_dump({"themes": {
        "ties": {"description": "Ties.", "patterns": ["ties"], "positions": {"worsening": ["worsen(?:ed|ing)"]}},
        "trade": {"description": "Trade.", "patterns": ["trade"], "positions": {"growing": ["grew", "growing"]},
                  "withhold": True}}}), encoding="utf-8")
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("A note\n\nThe ties worsened sharply this year.\n\nTrade grew by a third in 2023.\n",
                                  encoding="utf-8")
    tables = extract(load_corpus(folder), families=())
    stated = article_positions(tables, path).set_index("theme")
    assert stated.loc["ties", ["position", "stance"]].tolist() == ["worsening", "own"]
    assert stated.loc["trade", ["position", "stance"]].tolist() == ["", NO_CLEAR_POSITION]
    assert stated.loc["trade", "competing"].startswith("reading withheld: growing (own, ")
    assert "Trade grew by a third in 2023." in stated.loc["trade", "competing"]
    read = article_positions(tables, path, withhold=False).set_index("theme")
    assert read.loc["trade", ["position", "stance"]].tolist() == ["growing", "own"]


def test_a_list_withholds_only_its_labels(tmp_path):
    path = tmp_path / "book.yml"
    path.write_text(yaml.safe_dump({"themes": {"trade": {
        "description": "Trade.", "patterns": ["trade"], "positions": {"growing": ["grew"], "falling": ["fell"]},
        "withhold": ["falling"]}}}), encoding="utf-8")
    assert load_codebook(path)["trade"].withhold == ("falling",)


def test_the_default_codebook_states_every_theme():
    # withholding China's role and North Korea's motives lowered precision on the held-out blind rounds (stop 37);
    # withholding the US and the West and North Korea's motives (stop 41, right 6 of 15 and 2 of 7 on rounds 44-52)
    # gave no precision on rounds 53-55 (43/53 -> 38/47) and lost coverage (43 -> 38 of 142)
    book = load_codebook()
    assert not any(book[t].withhold for t in book.theme_names)


def test_the_default_codebook_holds_back_no_weak_reading_on_sanctions():
    # stop 41, blind rounds 44-52: sanctions readings held back by the codebook's abstain were right 12 of 13
    book = load_codebook()
    assert book["sanctions and the UN"].abstain == ()
    assert book["military support"].abstain is None and book.abstain


@pytest.mark.parametrize("value", ["hedged", ["rare"], {"passing": True}])
def test_a_themes_abstain_must_list_known_kinds_of_weak_reading(tmp_path, value):
    path = tmp_path / "book.yml"
    path.write_text(yaml.safe_dump({"themes": {"ties": {"description": "Ties.", "patterns": ["ties"], "abstain": value}}}),
                    encoding="utf-8")
    with pytest.raises(CodebookError, match="theme 'ties' 'abstain'"):
        load_codebook(path)


def test_a_themes_abstain_replaces_the_codebooks_for_that_theme_only(tmp_path):
    path = tmp_path / "book.yml"
    path.write_text(yaml.safe_dump({"abstain": ["passing", "hedged"], "themes": {
        "ties": {"description": "Ties.", "patterns": ["ties"], "abstain": []},
        "trade": {"description": "Trade.", "patterns": ["trade"], "abstain": ["hedged"]},
        "aid": {"description": "Aid.", "patterns": ["aid"]}}}), encoding="utf-8")
    book = load_codebook(path)
    assert (book["ties"].abstain, book["trade"].abstain, book["aid"].abstain) == ((), ("hedged",), None)


@pytest.mark.parametrize("value", ["rare", ["passing", "rare"], {"passing": True}])
def test_abstain_must_list_known_kinds_of_weak_reading(tmp_path, value):
    path = tmp_path / "book.yml"
    path.write_text(yaml.safe_dump({"abstain": value, "themes": {"ties": {"description": "Ties.", "patterns": ["ties"]}}}),
                    encoding="utf-8")
    with pytest.raises(CodebookError, match="abstain"):
        load_codebook(path)


def test_a_codebook_without_abstain_states_every_reading_and_the_default_holds_back_weak_ones(tmp_path):
    path = tmp_path / "book.yml"
    path.write_text(yaml.safe_dump({"themes": {"ties": {"description": "Ties.", "patterns": ["ties"]}}}), encoding="utf-8")
    assert load_codebook(path).abstain == ()
    assert load_codebook().abstain == ("passing", "hedged", "lone_report")


def test_doubt_labels_must_name_labels_of_the_theme(tmp_path):
    path = tmp_path / "book.yml"
    path.write_text(yaml.safe_dump({"themes": {"trade": {"description": "Trade.", "patterns": ["trade"],
                                                         "positions": {"growing": ["grew"]},
                                                         "doubt_labels": ["rumoured"]}}}), encoding="utf-8")
    with pytest.raises(CodebookError, match="doubt_labels"):
        load_codebook(path)
