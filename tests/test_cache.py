"""The extraction cache: same tables as a fresh extraction, and never a stale entry."""
from __future__ import annotations

import json
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
