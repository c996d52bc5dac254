"""The extraction cache: same tables as a fresh extraction, never a stale entry, and never an entry
that fails its hash or its schema check (a miss, rewritten)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from analysis import cache as cache_module
from analysis import config, extract, load_corpus
from analysis.cache import Cache, article_key
from analysis.extract import FAMILIES

from .conftest import write_corpus

TEXT_A = 'Officials said on Monday that trade reached $50 million in 2023. "It grows," Lavrov said.'
TEXT_B = "Analysts argue that 10,000 troops were sent last year."


def _corpus(folder, a=TEXT_A, b=TEXT_B, manifest=None):
    files = {"a.txt": a, "b.txt": b}
    if manifest:
        files["articles.csv"] = manifest
    return write_corpus(folder, files)


def _csvs(out):
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def test_cached_tables_equal_fresh_tables_byte_for_byte(tmp_path):
    folder = _corpus(tmp_path / "corpus")
    store = Cache(tmp_path / "cache")
    fresh = extract(load_corpus(folder))
    first = extract(load_corpus(folder), cache=store)
    second = extract(load_corpus(folder), cache=store)
    assert (store.hits, store.misses) == (2, 2)
    for name, frame in fresh.items():
        assert frame.to_csv() == getattr(first, name).to_csv() == getattr(second, name).to_csv(), name


def test_a_changed_article_is_extracted_again_and_the_others_are_not(tmp_path):
    store = Cache(tmp_path / "cache")
    extract(load_corpus(_corpus(tmp_path / "v1")), cache=store)
    edited = TEXT_B.replace("10,000", "12,000")
    tables = extract(load_corpus(_corpus(tmp_path / "v1", b=edited)), cache=store)
    assert (store.hits, store.misses) == (1, 3)
    assert 12000 in tables.figures["value"].tolist() and 10000 not in tables.figures["value"].tolist()


def test_a_new_publication_date_changes_the_key_because_relative_dates_move(tmp_path):
    plain = load_corpus(_corpus(tmp_path / "plain"))
    dated = load_corpus(_corpus(tmp_path / "dated", manifest="file,published\na.txt,2024-03-01\n"))
    a_plain = next(a for a in plain.articles if a.file == "a.txt")
    a_dated = next(a for a in dated.articles if a.file == "a.txt")
    assert a_plain.text == a_dated.text
    assert article_key(a_plain, FAMILIES) != article_key(a_dated, FAMILIES)
    assert article_key(a_plain, FAMILIES) != article_key(a_plain, ("quotes",))


def test_editing_any_package_file_changes_every_key(tmp_path, monkeypatch):
    package = tmp_path / "analysis"
    shutil.copytree(config.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    article = load_corpus(_corpus(tmp_path / "corpus")).articles[0]
    monkeypatch.setattr(config, "PACKAGE_DIR", package)
    cache_module.package_fingerprint.cache_clear()
    before = article_key(article, FAMILIES)
    lexicon = sorted((package / "lexicons").glob("*"))[0]
    lexicon.write_bytes(lexicon.read_bytes() + b"\n")
    cache_module.package_fingerprint.cache_clear()
    try:
        assert article_key(article, FAMILIES) != before
    finally:
        monkeypatch.undo()
        cache_module.package_fingerprint.cache_clear()


def test_a_corrupt_entry_is_a_miss_and_is_rewritten(tmp_path):
    folder = _corpus(tmp_path / "corpus")
    store = Cache(tmp_path / "cache")
    fresh = extract(load_corpus(folder), cache=store)
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text('{"sentences": [{"nonsense": 1}]', encoding="utf-8")
    again = Cache(tmp_path / "cache")
    tables = extract(load_corpus(folder), cache=again)
    assert (again.hits, again.misses) == (0, 2)
    assert tables.quotes.to_csv() == fresh.quotes.to_csv()
    for entry in (tmp_path / "cache").rglob("*.json"):
        json.loads(entry.read_text(encoding="utf-8"))


def test_an_unwritable_cache_does_not_stop_the_extraction(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    tables = extract(load_corpus(_corpus(tmp_path / "corpus")), cache=Cache(blocker))
    assert len(tables.quotes) == 1


@pytest.mark.slow
def test_cli_second_run_reads_the_cache_and_writes_the_same_bytes(tmp_path):
    folder = _corpus(tmp_path / "corpus")
    runs = []
    for run in ("one", "two"):
        proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(folder), "--out", str(tmp_path / run),
                               "--cache", str(tmp_path / "cache"), "--jobs", "1"],
                              capture_output=True, text=True, cwd=config.PROJECT_ROOT)
        assert proc.returncode == 0, proc.stderr
        runs.append(proc.stderr)
    assert "from the cache" not in runs[0] and "2 from the cache" in runs[1]
    assert _csvs(tmp_path / "one") == _csvs(tmp_path / "two")
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(folder), "--out", str(tmp_path / "three"),
                           "--cache", str(tmp_path / "cache"), "--no-cache"], capture_output=True, text=True,
                          cwd=config.PROJECT_ROOT)
    assert proc.returncode == 0 and "from the cache" not in proc.stderr


# ------------------------------------------------------------------ the cache validates what it serves
def _entries(root):
    return sorted((root / "extract").rglob("*.json"))


def _fresh_and_cached(tmp_path):
    folder = _corpus(tmp_path / "corpus")
    fresh = extract(load_corpus(folder))
    extract(load_corpus(folder), cache=Cache(tmp_path / "cache"))
    return folder, fresh


def _assert_miss_then_rewritten(tmp_path, folder, fresh, misses=1):
    again = Cache(tmp_path / "cache")
    tables = extract(load_corpus(folder), cache=again)
    assert (again.hits, again.misses) == (2 - misses, misses)
    for name, frame in fresh.items():
        assert frame.equals(getattr(tables, name)), name
    last = Cache(tmp_path / "cache")
    extract(load_corpus(folder), cache=last)
    assert (last.hits, last.misses) == (2, 0)  # the bad entry was rewritten


def test_an_altered_extraction_entry_with_a_valid_shape_but_a_wrong_hash_is_a_miss(tmp_path):
    folder, fresh = _fresh_and_cached(tmp_path)
    altered = 0
    for path in _entries(tmp_path / "cache"):
        entry = json.loads(path.read_text(encoding="utf-8"))
        for quote in entry["tables"]["quotes"]:
            quote["speaker"] = "Somebody Else"  # same fields, same types: only the hash can tell
            altered += 1
        path.write_text(json.dumps(entry), encoding="utf-8")
    assert altered == 1
    _assert_miss_then_rewritten(tmp_path, folder, fresh)


def test_an_entry_copied_under_another_articles_key_is_a_miss(tmp_path):
    folder, fresh = _fresh_and_cached(tmp_path)
    a, b = _entries(tmp_path / "cache")
    b.write_bytes(a.read_bytes())
    _assert_miss_then_rewritten(tmp_path, folder, fresh)


def test_an_entry_with_a_matching_hash_but_spans_that_miss_the_article_is_a_miss(tmp_path):
    folder, fresh = _fresh_and_cached(tmp_path)
    for path in _entries(tmp_path / "cache"):
        entry = json.loads(path.read_text(encoding="utf-8"))
        for row in entry["tables"]["sentences"]:
            row["text"] = "forged " + row["text"]
        entry["sha256"] = cache_module._digest(entry["key"], entry["tables"])
        path.write_text(json.dumps(entry), encoding="utf-8")
    _assert_miss_then_rewritten(tmp_path, folder, fresh, misses=2)


def test_an_entry_of_another_shape_is_a_miss(tmp_path):
    folder, fresh = _fresh_and_cached(tmp_path)
    for path in _entries(tmp_path / "cache"):
        entry = json.loads(path.read_text(encoding="utf-8"))
        entry["tables"]["figures"] = [{"article_id": "a", "value": "a lot"}]
        entry["sha256"] = cache_module._digest(entry["key"], entry["tables"])
        path.write_text(json.dumps(entry), encoding="utf-8")
    _assert_miss_then_rewritten(tmp_path, folder, fresh, misses=2)


def _executed_notebook(path):
    import nbformat

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    nbformat.write(notebook, path)
    return path


@pytest.mark.parametrize("poison", ["empty_object", "not_json", "valid_hash_empty_object", "valid_hash_no_cells",
                                    "valid_hash_not_nbformat"])
def test_a_poisoned_notebook_entry_is_a_miss(tmp_path, poison):
    store = Cache(tmp_path / "cache")
    key = "ab" + "0" * 62
    store.put_notebook(key, _executed_notebook(tmp_path / "run.ipynb"))
    assert store.get_notebook(key, tmp_path / "served.ipynb")
    assert (tmp_path / "served.ipynb").read_bytes() == (tmp_path / "run.ipynb").read_bytes()
    (entry,) = (tmp_path / "cache" / "notebooks").rglob("*.json")
    payload = {"valid_hash_empty_object": "{}",
               "valid_hash_no_cells": '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}',
               "valid_hash_not_nbformat": '{"cells": [{"cell_type": "rocket"}], "metadata": {}, "nbformat": 4, '
                                          '"nbformat_minor": 5}'}.get(poison)
    if poison == "empty_object":
        entry.write_text("{}", encoding="utf-8")
    elif poison == "not_json":
        entry.write_bytes(b"\x00garbage")
    else:
        entry.write_text(json.dumps({"format": cache_module.FORMAT, "key": key,
                                     "sha256": cache_module._digest(key, payload), "notebook": payload}))
    assert not store.has_notebook(key)
    assert not store.get_notebook(key, tmp_path / "other.ipynb") and not (tmp_path / "other.ipynb").exists()


@pytest.mark.slow
def test_a_poisoned_notebook_entry_is_a_miss_and_the_next_build_succeeds(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(config.PROJECT_ROOT / "tests" / "data" / "corpus_small", corpus)
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache"), "SOURCE_DATE_EPOCH": "1700000000"}

    def build():
        return subprocess.run([sys.executable, "-m", "analysis", "build", "--corpus", str(corpus), "--out",
                               str(tmp_path / "reports"), "--no-pdf", "-q"], capture_output=True, text=True,
                              cwd=config.PROJECT_ROOT, env=env, timeout=900)

    first = build()
    assert first.returncode == 0, first.stderr
    html = (tmp_path / "reports" / "briefing.html").read_bytes()
    entries = [p for p in (tmp_path / "cache" / "notebooks").rglob("*") if p.is_file()]
    assert entries
    for entry in entries:
        entry.write_text("{}", encoding="utf-8")  # the poison of issue 14: every later build failed
    second = build()
    assert second.returncode == 0, second.stderr
    assert (tmp_path / "reports" / "briefing.html").read_bytes() == html
    # The executed notebook was stored again, valid (under the same key, unless the package's files
    # changed between the two builds, which gives every notebook a new key).
    stored = [p for p in (tmp_path / "cache" / "notebooks").rglob("*") if p.is_file()]
    assert any(Cache(tmp_path / "cache").has_notebook(p.stem) for p in stored)
