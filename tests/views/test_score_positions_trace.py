"""tests/data/devset/score_positions.py --trace: the step of the views that dropped an expected label."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from analysis import extract, load_corpus
from analysis.views import article_positions, load_codebook, theme_sentences

from ..conftest import write_corpus

_SCRIPT = Path(__file__).resolve().parents[1] / "data" / "devset" / "score_positions.py"


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location("score_positions", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def traced(tmp_path):
    # (two sentences of lead first: a lone plain statement in the lead suffices on relationship framing)
    corpus = write_corpus(tmp_path / "c", {"a.txt": (
        "The two leaders met in Vladivostok on Monday for two days of talks.\n\n"
        "Officials from both sides gave few details of what was discussed there.\n\n"
        "North Korea has become a close ally of Russia in Vladivostok.\n\n"
        "North Korea is not an ally of Russia, Seoul said.\n\n"
        "The talks lasted two days.\n")})
    book = load_codebook()
    tables = extract(load_corpus(corpus), families=())
    rows = theme_sentences(tables, book)
    return tables, rows, article_positions(tables, book, theme_rows=rows), book


@pytest.mark.parametrize("theme, evidence, step", [
    ("labour", "The talks lasted two days.", "theme match"),
    # one sentence holds the label where the theme asks two (min_sentences)
    ("relationship framing", "North Korea has become a close ally of Russia in Vladivostok.", "min sentences"),
])
def test_trace_names_the_step_that_dropped_a_label(scorer, traced, theme, evidence, step):
    tables, rows, positions, book = traced
    got, detail = scorer.trace_miss(tables, rows, positions, book, "a", theme, ["x"], evidence)
    assert got == step and got in scorer.TRACE_STEPS and detail
