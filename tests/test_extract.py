"""Corpus to tables: the contract's columns, the same output for any --jobs, and the Dask engine."""
from __future__ import annotations

import pytest

from analysis import extract, load_corpus
from analysis.config import SEEDS_DIR
from analysis.records import MENTION_TABLES, columns_for
from analysis.tables import write_tables

CONTRACT = {
    "articles": ["article_id", "file", "title", "author", "outlet", "published", "published_basis", "words"],
    "quotes": ["article_id", "start", "end", "text", "speaker", "kind", "cue"],
    "claims": ["article_id", "start", "end", "text", "source", "cue", "hedge"],
    "figures": ["article_id", "start", "end", "text", "value", "value_high", "unit", "kind", "refers_to", "hedge", "source"],
    "dates": ["article_id", "start", "end", "text", "normalized", "granularity"],
}


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_tables_hold_the_contract_columns_in_order(seed_tables, table):
    columns = list(getattr(seed_tables, table).columns)
    assert columns[:len(CONTRACT[table])] == CONTRACT[table]
    assert columns == columns_for(table)


@pytest.mark.parametrize("table", MENTION_TABLES)
def test_every_record_slices_back_to_its_text(seed_corpus, seed_tables, table):
    texts = seed_corpus.texts
    frame = getattr(seed_tables, table)
    assert len(frame) > 0
    for row in frame.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text


def test_jobs_do_not_change_the_output(tmp_path, seed_corpus):
    one, two = tmp_path / "one", tmp_path / "two"
    write_tables(extract(seed_corpus, jobs=1), one)
    write_tables(extract(seed_corpus, jobs=2), two)
    for path in sorted(one.glob("*.csv")):
        assert path.read_bytes() == (two / path.name).read_bytes(), path.name


def test_repeated_extraction_is_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write_tables(extract(load_corpus(SEEDS_DIR)), a)
    write_tables(extract(load_corpus(SEEDS_DIR)), b)
    assert [p.read_bytes() for p in sorted(a.glob("*.csv"))] == [p.read_bytes() for p in sorted(b.glob("*.csv"))]


def test_output_does_not_depend_on_working_directory_locale_or_hash_seed(tmp_path):
    """Same bytes from another folder, another locale and another string-hash seed."""
    import os
    import subprocess
    import sys

    outs = []
    for n, (cwd, env) in enumerate([(SEEDS_DIR.parent, {"LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "1"}),
                                    (tmp_path, {"LC_ALL": "C", "LANG": "C", "PYTHONHASHSEED": "4242", "TZ": "Asia/Seoul"})]):
        out = tmp_path / f"out{n}"
        proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(SEEDS_DIR), "--out", str(out), "-q",
                               "--jobs", str(n + 1)], cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        outs.append(out)
    for path in sorted(outs[0].glob("*.csv")):
        assert path.read_bytes() == (outs[1] / path.name).read_bytes(), path.name


@pytest.mark.slow
def test_dask_engine_on_a_local_cluster_matches_the_single_process_output(tmp_path, seed_corpus):
    from distributed import LocalCluster

    from analysis.distributed import extract_dask

    write_tables(extract(seed_corpus, jobs=1), tmp_path / "local")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        corpus, tables = extract_dask(SEEDS_DIR, scheduler=cluster.scheduler_address)
    write_tables(tables, tmp_path / "dask", parquet=True)
    for path in sorted((tmp_path / "local").glob("*.csv")):
        assert path.read_bytes() == (tmp_path / "dask" / path.name).read_bytes(), path.name
    import pandas as pd
    figures = pd.read_parquet(tmp_path / "dask" / "parquet" / "figures")
    assert len(figures) == len(tables.figures)


def _processes_naming(marker: str) -> list[int]:
    """PIDs of live processes whose command line contains ``marker``."""
    from pathlib import Path

    pids = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and marker in proc.joinpath("cmdline").read_bytes().decode(errors="replace"):
                pids.append(int(proc.name))
        except OSError:  # gone meanwhile
            pass
    return pids


@pytest.mark.slow
def test_ctrl_c_during_parallel_extraction_leaves_no_worker_process(tmp_path):
    """The command leaves without the interpreter's clean-up only after a success: an interrupted
    run takes the ordinary exit, which stops the extraction's worker processes."""
    import signal
    import subprocess
    import sys
    import time

    from analysis.bench import replicate

    corpus = tmp_path / "corpus"
    replicate(SEEDS_DIR, 60, corpus)
    out = tmp_path / "out-ctrl-c"
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "extract", str(corpus), "--out", str(out), "--jobs", "2"],
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while len(_processes_naming(str(out))) < 3 and time.monotonic() < deadline:  # the command and its 2 workers
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1].startswith("error: interrupted")
    deadline = time.monotonic() + 5
    while _processes_naming(str(out)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_naming(str(out)) == []


def test_an_extractor_defect_costs_one_table_of_one_article_and_is_a_recorded_skip(tmp_path, monkeypatch):
    import sys

    (tmp_path / "a.txt").write_text("“We will talk,” Lavrov said on Monday. Trade rose 5% in 2023.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Trade fell 3% in 2022, Peskov said.\n", encoding="utf-8")
    module = sys.modules["analysis.extract"]
    real = module.extract_figures

    def broken(text, **kw):
        if kw.get("article_id") == "a":
            raise ValueError("a defect")
        return real(text, **kw)

    monkeypatch.setattr(module, "extract_figures", broken)
    tables = extract(load_corpus(tmp_path))
    assert tables.skips.to_dict("records") == [{"file": "a.txt", "reason": "figures not extracted: ValueError: a defect"}]
    assert set(tables.figures["article_id"]) == {"b"}           # b's figures still there
    assert "a" in set(tables.quotes["article_id"]) and "a" in set(tables.dates["article_id"])


def test_a_defect_giving_claim_sources_to_quotes_keeps_the_quotes_and_is_a_recorded_skip(tmp_path, monkeypatch):
    import sys

    (tmp_path / "a.txt").write_text("“We will talk,” Lavrov said on Monday. Trade rose 5% in 2023.\n", encoding="utf-8")
    module = sys.modules["analysis.extract"]

    def broken(*args, **kw):
        raise ValueError("a defect")

    monkeypatch.setattr(module, "claim_speakers", broken)
    tables = extract(load_corpus(tmp_path))
    assert [r["reason"] for r in tables.skips.to_dict("records")] == \
        ["quote speakers from claims not extracted: ValueError: a defect"]
    assert list(tables.quotes["speaker"]) == ["Lavrov"]
