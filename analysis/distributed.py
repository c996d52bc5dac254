"""Extraction on a Dask cluster (``--engine dask``), and Parquet output for very large corpora.

The client lists the files; each Dask task reads, decodes and extracts a batch of
files where it runs, so article text never passes through the client.  Workers
must see the corpus folder at the same path (a shared or replicated filesystem).
The results are assembled exactly as :func:`analysis.extract.extract` does
(sorted, duplicates skipped in file-name order), so the tables are identical.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

import pandas as pd

from . import config
from .corpus import Corpus, assemble_corpus, list_corpus, try_read_article
from .extract import FAMILIES, Tables, extract_article, skips_with_problems
from .records import MENTION_TABLES, Skip, to_frame

BATCH = 16  # files per task: big enough to amortise scheduling, small enough to balance


def _work(item: tuple[str, Optional[dict], tuple[str, ...], int]):
    path, manifest, families, max_bytes = item
    result = try_read_article(Path(path), manifest, max_bytes)
    if isinstance(result, Skip):
        return result, None
    return result, extract_article(result, families)


def extract_dask(corpus_dir: str | Path, *, scheduler: Optional[str] = None, families: tuple[str, ...] = FAMILIES,
                 articles: Optional[list[str]] = None, workers: Optional[int] = None,
                 max_bytes: int = config.MAX_ARTICLE_BYTES, on_skip: Optional[Callable[[Skip], None]] = None,
                 progress: Optional[Callable[[int, int, str], None]] = None) -> tuple[Corpus, Tables]:
    """Extract a corpus folder on Dask; returns the corpus (articles and skips) and the tables.

    ``scheduler`` is an address (``tcp://host:8786``); without one, a LocalCluster with one
    single-threaded worker process per core is started and closed.  ``articles`` keeps a subset of ids.

    >>> corpus, tables = extract_dask("seeds")      # doctest: +SKIP
    """
    import dask.bag as db
    from distributed import Client, LocalCluster, as_completed

    root, paths, manifest, skips = list_corpus(corpus_dir)
    if articles:
        unknown = sorted(set(articles) - {p.stem for p in paths})
        if unknown:
            from .errors import CorpusError
            raise CorpusError(f"{root}: no article named {', '.join(unknown)}")
        paths = [p for p in paths if p.stem in set(articles)]
    items = [(str(p.resolve()), manifest.get(p.name), tuple(families), max_bytes) for p in paths]

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        from .extract import default_jobs
        cluster = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        bag = db.from_sequence(items, partition_size=BATCH).map(_work)
        futures = client.compute(bag.to_delayed())
        index = {f.key: i for i, f in enumerate(futures)}
        parts: list[Optional[list]] = [None] * len(futures)
        done = 0
        for future in as_completed(futures):
            parts[index[future.key]] = future.result()
            done += len(parts[index[future.key]])
            if progress:
                progress(done, len(items), "")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    results = [r for part in parts for r in part]  # in file-name order, as listed
    corpus = assemble_corpus(root, (article for article, _ in results), skips, on_skip)
    kept = {a.article_id for a in corpus.articles}
    collected: dict[str, list] = {name: [] for name in MENTION_TABLES}
    used = []
    for article, records in results:
        if records is not None and article.article_id in kept and corpus[article.article_id] is article:
            used.append(records)
            for name in MENTION_TABLES:
                collected[name].extend(records[name])
    return corpus, Tables(articles=corpus.articles_frame(), skips=skips_with_problems(corpus, used),
                          **{name: to_frame(collected[name], name) for name in MENTION_TABLES})


def write_parquet(frame: pd.DataFrame, folder: Path, *, rows_per_part: int = 250_000) -> list[Path]:
    """Write ``frame`` as ``folder/part-00000.parquet``, ... (each part atomically); returns the paths."""
    from .io import atomic_path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.parquet"):
        old.unlink()
    written = []
    for n, start in enumerate(range(0, max(len(frame), 1), rows_per_part)):
        target = folder / f"part-{n:05d}.parquet"
        with atomic_path(target, suffix=".parquet") as tmp:
            frame.iloc[start:start + rows_per_part].to_parquet(tmp, index=False)
        written.append(target)
    return written
