"""``python -m analysis build``: extract, run the briefing with papermill, render HTML and PDF, swap into place.

``build(data_dir=DIR)`` (``build --data DIR``) starts from tables already extracted
(``extract --out DIR``, CSV or its Parquet) instead of a corpus: nothing is extracted again.

Everything is written to a staging folder beside the output folder (:mod:`.staging`);
only when the notebooks ran and both renderers succeeded does it replace the old
report, so a failure or an interruption leaves the previous report as it was.  A
failed notebook is kept, executed up to the failing cell, in ``<out>.failed/``.
With a cache (:class:`analysis.cache.Cache`), unchanged articles are not extracted
again and unchanged notebooks are not run again.
"""
from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

from .. import config
from ..io import write_csv, write_text
from .notebooks import (BRIEFING, NotebookFailed, exploration_notebooks, notebook_keys, point_at, run_notebook,
                        skip_slow_format_checker)
from .render import render_html, render_pdf
from .staging import staged

__all__ = ["BRIEFING", "NotebookFailed", "build", "exploration_notebooks", "prepare_data", "prepare_data_from",
           "staged"]
BRIEFING_TITLE = "Briefing: what the authors claim, with which figures, and where they disagree"
OUTPUTS = {"briefing.html", "briefing.pdf", "data", "notebooks"}


def build(*, corpus_dir: Path = config.SEEDS_DIR, data_dir: Optional[Path] = None, out_dir: Path = config.REPORTS_DIR,
          themes: Path | str = config.DEFAULT_THEMES, articles: Optional[str | Sequence[str]] = None,
          jobs: int = 2, pdf: bool = True, quiet: bool = False, notebooks: Sequence[str] = (BRIEFING,),
          notebook_dir: Path = config.NOTEBOOKS_DIR, cache=None,
          log: Optional[Callable[[str], None]] = None) -> Path:
    """Build the briefing from ``corpus_dir`` (or from the tables in ``data_dir``) into ``out_dir``;
    returns the HTML path.

    ``notebooks`` are run in order, each in its own kernel, and kept in ``out_dir/notebooks/``;
    the briefing must be among them.  ``log`` receives the progress lines (default: stderr).
    """
    if BRIEFING not in notebooks:
        raise ValueError(f"notebooks must include {BRIEFING}: it is the report")
    skip_slow_format_checker()  # before the cache or papermill imports nbformat
    corpus_dir, themes, notebook_dir = (Path(p).absolute() for p in (corpus_dir, themes, notebook_dir))
    source = Path(data_dir).absolute() if data_dir else None
    out_dir = Path(out_dir).absolute()
    if isinstance(articles, str):
        articles = [a for a in articles.split(",") if a]
    step = Steps(3 + len(notebooks) + bool(pdf), quiet, log)
    failed_dir = out_dir.with_name(out_dir.name + ".failed")
    with staged(out_dir, ours=OUTPUTS.__contains__) as staging:
        parameters = {"corpus_dir": "" if source else str(corpus_dir), "data_dir": str(staging / "data"),
                      "out_dir": str(staging), "articles": ",".join(articles or []), "themes_path": str(themes)}
        if source:
            info = prepare_data_from(source, staging / "data", themes=themes, articles=articles, jobs=jobs)
            step(f"read the tables of {info['articles']} articles from {source} into data/")
        else:
            info = prepare_data(corpus_dir, staging / "data", themes=themes, articles=articles, jobs=jobs, cache=cache)
            cached = f", {info['cached']} from the cache" if info["cached"] else ""
            step(f"extracted {info['articles']} articles ({info['skipped']} skipped{cached}) into data/")
        # The keys hash the parameters as they read once the staging folder is out_dir.  Notebooks built
        # from a data folder are not cached: their key would have to hash the tables.
        final = {k: v.replace(str(staging), str(out_dir)) for k, v in parameters.items()}
        keys = {} if source else notebook_keys(cache, notebooks, notebook_dir, corpus_dir, themes, final)
        ran = []
        for name in notebooks:
            executed = staging / "notebooks" / name
            if name in keys and cache.get_notebook(keys[name], executed):
                step(f"{name}: unchanged, from the cache")
                continue
            try:
                run_notebook(notebook_dir / name, executed, parameters)
            except NotebookFailed as exc:
                raise exc.kept_in(failed_dir, out_dir) from None
            point_at(executed, staging, out_dir)
            ran.append(name)
            step(f"ran {name} with papermill")
        html_text = render_html(staging / "notebooks" / BRIEFING, title=BRIEFING_TITLE)
        write_text(staging / "briefing.html", html_text)
        step("rendered briefing.html")
        if pdf:
            render_pdf(html_text, staging / "briefing.pdf")
            step("rendered briefing.pdf")
        for name in ran:
            if name in keys:
                cache.put_notebook(keys[name], staging / "notebooks" / name)
    shutil.rmtree(failed_dir, ignore_errors=True)
    step(f"wrote {out_dir}")
    return out_dir / "briefing.html"


def prepare_data(corpus_dir: Path, data_dir: Path, *, themes: Path, articles: Optional[Sequence[str]] = None,
                 jobs: int = 1, cache=None, warn: Optional[Callable[[str], None]] = None) -> dict:
    """Extract the tables and the views once, into ``data_dir``; the notebooks read them from there.
    ``jobs`` processes extract, and read the views of a large corpus."""
    from ..console import say
    from ..corpus import load_corpus
    from ..extract import extract
    from ..report import compute_views
    from ..tables import write_tables
    from ..views import load_codebook

    warn = warn or (lambda message: say("warning", message))
    load_codebook(themes)  # a bad codebook fails before any extraction
    corpus = load_corpus(corpus_dir, on_skip=lambda s: warn(f"{corpus_dir / s.file}: skipped: {s.reason}"))
    corpus = corpus.subset(articles)
    tables = extract(corpus, jobs=jobs, cache=cache)
    write_tables(tables, data_dir, texts=corpus.texts)
    for name, frame in compute_views(tables, corpus, themes, jobs=jobs).items():
        write_csv(frame, data_dir / f"{name}.csv")
    return {"articles": len(corpus), "skipped": len(corpus.skips), "cached": cache.hits if cache else 0}


def prepare_data_from(source: Path, data_dir: Path, *, themes: Path, articles: Optional[Sequence[str]] = None,
                      jobs: int = 1, warn: Optional[Callable[[str], None]] = None) -> dict:
    """Copy the tables that ``extract`` wrote to ``source`` (CSV, else its Parquet) and their texts into
    ``data_dir``, and compute the views there (in up to ``jobs`` processes): the same ``data/`` as a build
    from the corpus, without extracting again."""
    from ..console import say
    from ..extract import Tables
    from ..report import compute_views
    from ..tables import TEXTS, read_tables, read_texts, write_tables
    from ..views import load_codebook

    warn = warn or (lambda message: say("warning", message))
    load_codebook(themes)  # a bad codebook fails before any table is read
    tables = Tables(**read_tables(source, articles=articles))
    ids = list(tables.articles["article_id"])
    texts = read_texts(source, ids)
    if len(texts) < len(ids):
        where = source / TEXTS
        warn(f"{where}: {len(ids) - len(texts)} of {len(ids)} article texts missing; "
             f"the briefing is built, but those spans cannot be checked against their text")
    write_tables(tables, data_dir, texts=texts)
    for name, frame in compute_views(tables, None, themes, jobs=jobs).items():
        write_csv(frame, data_dir / f"{name}.csv")
    return {"articles": len(ids), "skipped": len(tables.skips), "cached": 0}


class Steps:
    """Progress lines: ``[build 2/5] ran briefing.ipynb with papermill (3.1s)``."""

    def __init__(self, total: int, quiet: bool, log: Optional[Callable[[str], None]] = None) -> None:
        from ..console import one_line

        self.total, self.quiet, self.n, self.t0 = total, quiet, 0, time.monotonic()
        self.log = log or (lambda line: print(one_line(line), file=sys.stderr, flush=True))

    def __call__(self, message: str) -> None:
        self.n += 1
        if not self.quiet:
            self.log(f"[build {min(self.n, self.total)}/{self.total}] {message} ({time.monotonic() - self.t0:.1f}s)")
