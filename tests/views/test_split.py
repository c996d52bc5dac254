"""The theme sentences read in several processes are those read in one."""
from __future__ import annotations

import multiprocessing
import os
import time

import pandas as pd
import pytest

from analysis.io import format_csv
from analysis.views import collect_views, load_codebook, split, theme_sentences
from analysis.views.split import article_groups, theme_sentences_split


def _sentences(counts: dict[str, int]) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": aid, "sentence_id": i} for aid, n in counts.items() for i in range(n)])


def test_article_groups_are_contiguous_runs_in_id_order_of_about_equal_sentences():
    frame = _sentences({"d": 10, "a": 10, "c": 10, "b": 10})
    assert article_groups(frame, 2) == [["a", "b"], ["c", "d"]]
    assert article_groups(frame, 3) == [["a", "b"], ["c"], ["d"]]
    assert article_groups(_sentences({"a": 1}), 2) == [["a"]]


def test_article_groups_never_leave_an_empty_part():
    frame = _sentences({"a": 100, "b": 1, "c": 1})
    groups = article_groups(frame, 4)
    assert [aid for g in groups for aid in g] == ["a", "b", "c"]
    assert all(groups)


@pytest.fixture
def split_always(monkeypatch):
    monkeypatch.setattr(split, "MIN_SPLIT_SENTENCES", 0)


def test_split_reading_gives_the_same_frame_as_one_process(seed_tables, split_always):
    book = load_codebook()
    whole, parts = [], []
    one = theme_sentences(seed_tables, book, problems=whole)
    two = theme_sentences_split(seed_tables, book, jobs=2, problems=parts)
    three = theme_sentences_split(seed_tables, book, jobs=3)
    assert format_csv(two) == format_csv(one) and list(two.dtypes) == list(one.dtypes)
    assert format_csv(three) == format_csv(one)
    assert two.index.equals(one.index) and parts == whole


def test_collect_views_with_jobs_writes_the_same_tables(seed_tables, split_always):
    one, two = collect_views(seed_tables), collect_views(seed_tables, jobs=2)
    assert set(one) == set(two)
    for name in one:
        assert format_csv(two[name]) == format_csv(one[name]), name


def test_a_small_corpus_is_read_in_this_process(seed_tables, monkeypatch):
    class NoFork:
        def Process(self, *args, **kwargs):
            raise AssertionError("forked for a small corpus")

        Pipe = Process

    monkeypatch.setattr(split, "_fork_context", NoFork)
    book = load_codebook()
    assert format_csv(theme_sentences_split(seed_tables, book, jobs=2)) == format_csv(theme_sentences(seed_tables, book))


def test_an_error_in_a_worker_is_raised_here(seed_tables, split_always, monkeypatch):
    main, read = os.getpid(), split.theme_sentences

    def failing(tables, book, problems=None):
        if os.getpid() != main:
            raise ValueError("a worker's error")
        return read(tables, book, problems=problems)

    monkeypatch.setattr(split, "theme_sentences", failing)
    with pytest.raises(ValueError, match="a worker's error"):
        theme_sentences_split(seed_tables, load_codebook(), jobs=2)


def test_an_interrupt_here_kills_the_workers_at_once(seed_tables, split_always, monkeypatch):
    main = os.getpid()

    def slow(tables, book, problems=None):
        if os.getpid() != main:
            time.sleep(60)
        raise KeyboardInterrupt

    monkeypatch.setattr(split, "theme_sentences", slow)
    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        theme_sentences_split(seed_tables, load_codebook(), jobs=3)
    assert time.monotonic() - start < 20
    assert not multiprocessing.active_children()
