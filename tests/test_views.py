"""Views: contrasts, position labels, attribution, the codebook, disagreements and vocabulary.

Sentence-level cases live in tests/data/views_cases.json (one parametrised test runs them);
tiny corpora written to tmp_path exercise the tables; one session fixture runs the seeds.
"""
from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import extract, load_corpus, split_sentences
from analysis.errors import CodebookError
from analysis.views import (
    DISAGREEMENT_COLUMNS, POSITION_COLUMNS, SHIFT_COLUMNS, TERM_COLUMNS, THEME_SENTENCE_COLUMNS,
    article_positions, attribute_sentence, collect_views, detect_contrast, disagreements,
    distinctive_terms, label_position, load_codebook, theme_matrix, theme_sentences, view_shift,
)

from .conftest import DATA, write_corpus

CASES = json.loads((DATA / "views_cases.json").read_text(encoding="utf-8"))


def _param(kind: str, case: dict):
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
    return pytest.param(kind, case, id=f"{kind}-{case['name']}", marks=marks)


SENTENCE_CASES = [_param(kind, case) for kind in ("contrast", "position", "attribution") for case in CASES[kind]]


@pytest.mark.parametrize("kind, case", SENTENCE_CASES)
def test_sentence_case(kind, case):
    text = case["text"]
    if kind == "contrast":
        found = detect_contrast(text)
        assert (tuple(found) if found else None) == (tuple(case["expect"]) if case["expect"] else None)
    elif kind == "position":
        assert label_position(text, theme=case["theme"]) == case["expect"]
    else:
        assert list(attribute_sentence(text, context=case.get("context", ""))) == case["expect"]


# --------------------------------------------------------------------------- codebook
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


# --------------------------------------------------------------------------- tables on small corpora
SMALL = {
    "a_alliance.txt": (
        "Moscow and Pyongyang have built a military alliance.\n\n"
        "The alliance is clearly here to stay. Analysts argue that it is a partnership, not an alliance.\n"),
    "b_alignment.txt": (
        "Their new bond is more likely to be a strategic alignment rather than a formal alliance.\n\n"
        "Trade between the two countries fell sharply in 2020.\n"),
    "c_reported.txt": (
        "Chinese observers contend that the ties are a marriage of convenience.\n"
        "They note that the partnership is driven by the current situation.\n"),
}


@pytest.fixture()
def small_tables(tmp_path):
    return extract(load_corpus(write_corpus(tmp_path / "small", SMALL)), families=())


def test_positions_tell_own_from_reported(small_tables):
    positions = article_positions(small_tables)
    framing = positions[positions["theme"] == "relationship framing"].set_index("article_id")
    assert framing.loc["a_alliance", ["position", "stance"]].tolist() == ["alliance", "own"]
    assert "partnership (reported: Analysts" in framing.loc["a_alliance", "other_positions"]
    assert framing.loc["b_alignment", ["position", "stance", "verdict"]].tolist() == [
        "strategic alignment", "own", "strategic alignment"]
    assert framing.loc["c_reported", ["position", "stance", "holder"]].tolist() == [
        "marriage of convenience", "reported", "Chinese observers"]


def test_evidence_and_position_spans_point_into_the_article(small_tables, tmp_path):
    texts = load_corpus(tmp_path / "small").texts
    rows = theme_sentences(small_tables)
    for r in rows.itertuples():
        assert texts[r.article_id][r.start:r.end] == r.text
        if r.position:
            assert texts[r.article_id][r.position_start:r.position_end] == r.position_text
    for r in article_positions(small_tables, theme_rows=rows).itertuples():
        if r.position:
            assert texts[r.article_id][r.evidence_start:r.evidence_end] == r.evidence_text


def test_disagreements_matrix_and_shift(small_tables):
    positions = article_positions(small_tables)
    table = disagreements(positions)
    assert list(table.columns) == DISAGREEMENT_COLUMNS
    framing = table[table["theme"] == "relationship framing"]
    pairs = {frozenset((r.position_a, r.position_b)) for r in framing.itertuples()}
    assert pairs == {frozenset(p) for p in [("alliance", "strategic alignment"), ("alliance", "marriage of convenience"),
                                              ("strategic alignment", "marriage of convenience")]}
    wide = theme_matrix(positions, values="position")
    assert wide.loc["relationship framing", "b_alignment"] == "strategic alignment"
    tidy = theme_matrix(positions, articles=small_tables.articles)
    assert len(tidy) == tidy["theme"].nunique() * 3
    articles = pd.DataFrame({"article_id": ["a_alliance", "b_alignment", "c_reported"],
                             "published": ["2024-11", "2022-09", ""]})
    shift = view_shift(positions, articles)
    assert list(shift.columns) == SHIFT_COLUMNS
    order = shift[shift["theme"] == "relationship framing"]["article_id"].tolist()
    assert order == ["b_alignment", "a_alliance", "c_reported"]   # by date, undated last


def test_empty_tables_give_empty_views(tmp_path):
    tables = extract(load_corpus(write_corpus(tmp_path / "e", {"x.txt": "Nothing relevant here at all.\n"})), families=())
    views = collect_views(tables)
    assert views["theme_sentences"].empty and views["positions"].empty and views["disagreements"].empty
    assert list(views["positions"].columns) == POSITION_COLUMNS


# --------------------------------------------------------------------------- distinctive vocabulary
def test_word_used_by_one_article_only_gets_its_highest_z():
    common = "the talks went on and the ministers met again to discuss trade and security. "
    frame = pd.DataFrame({
        "article_id": ["a", "b", "c"],
        "text": [common * 3 + "zeppelin zeppelin zeppelin zeppelin trade",
                 common * 3 + "security security",
                 common * 3 + "ministers"],
    })
    terms = distinctive_terms(frame, n=3, min_count=1)
    assert list(terms.columns) == TERM_COLUMNS
    top = terms[terms["article_id"] == "a"].iloc[0]
    assert (top["term"], top["count"], top["rest_count"]) == ("zeppelin", 4, 0)
    assert top["log_odds_z"] == terms[terms["article_id"] == "a"]["log_odds_z"].max() > 0
    assert "the" not in set(terms["term"])                          # function words are not reported


# --------------------------------------------------------------------------- seeds
@pytest.fixture(scope="session")
def seed_views(seed_tables):
    return collect_views(seed_tables)


@pytest.mark.parametrize("case", CASES["seed_positions"], ids=lambda c: f"{c['theme']}-{c['article']}")
def test_seed_positions(seed_views, case):
    positions = seed_views["positions"]
    row = positions[(positions["theme"] == case["theme"]) & positions["article_id"].str.startswith(case["article"])]
    assert len(row) == 1
    row = row.iloc[0]
    assert (row["position"], row["stance"]) == (case["position"], case["stance"])
    if "verdict" in case:
        assert row["verdict"] == case["verdict"]


def test_seed_views_are_deterministic(seed_tables, seed_views):
    again = collect_views(seed_tables)
    for name, frame in seed_views.items():
        pd.testing.assert_frame_equal(frame, again[name], obj=name)


def test_seed_views_link_back_to_the_text(seed_corpus, seed_views):
    texts = seed_corpus.texts
    for r in seed_views["theme_sentences"].itertuples():
        assert texts[r.article_id][r.start:r.end] == r.text
        if r.position:
            assert texts[r.article_id][r.position_start:r.position_end] == r.position_text
    for r in seed_views["disagreements"].itertuples():
        for side in ("a", "b"):
            aid, start, end = getattr(r, f"article_{side}"), getattr(r, f"evidence_{side}_start"), getattr(r, f"evidence_{side}_end")
            assert texts[aid][start:end] == getattr(r, f"evidence_{side}")


# --------------------------------------------------------------------------- never crash
@given(st.text(max_size=400))
def test_views_never_crash_and_spans_hold(text):
    sentences = pd.DataFrame([s.to_row() for s in split_sentences(text, article_id="x")],
                             columns=["article_id", "sentence_id", "start", "end", "text", "paragraph"])
    rows = theme_sentences({"sentences": sentences})
    for r in rows.itertuples():
        assert text[r.start:r.end] == r.text
        if r.position:
            assert text[r.position_start:r.position_end] == r.position_text
    article_positions({"sentences": sentences}, theme_rows=rows)
    detect_contrast(text)
    attribute_sentence(text)


@given(st.lists(st.sampled_from(["alliance", "not", "but", "rather", "than", "more", "likely", "although", ",",
                                 "partnership", "China", "Moscow", "analysts", "argue", "a", "the", "."]), max_size=40))
def test_contrast_detection_never_crashes_on_word_salad(words):
    text = " ".join(words)
    found = detect_contrast(text)
    if found:
        assert found.preferred and found.rejected
    label_position(text, theme="relationship framing")
