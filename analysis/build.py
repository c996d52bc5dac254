"""``python -m analysis build``: extract once, run the notebooks, render HTML and PDF, swap into place.

Everything is written to a staging folder beside the output folder.  Only when
every notebook ran and both renderers succeeded is the staging folder swapped in
for the old report, so a failure or an interruption leaves the previous report
as it was.  A failed notebook is kept, executed up to the failing cell, in
``<out>.failed/`` for inspection.
"""
from __future__ import annotations

import html
import json
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Optional, Sequence

from . import __version__, config
from .errors import BuildError, OutputError
from .io import check_writable, write_text

# The analysis notebooks run in parallel; the briefing runs with them (it reads
# the same precomputed tables), and only the briefing is rendered as the report.
NOTEBOOKS = ("01_corpus.ipynb", "02_figures.ipynb", "03_voices.ipynb", "04_views.ipynb", "briefing.ipynb")
BRIEFING = "briefing.ipynb"
BRIEFING_TITLE = "Briefing: what the authors claim, with which figures, and where they disagree"
KERNEL = "python3"


class Steps:
    """Progress lines on stderr: ``[build 2/6] running notebooks ... 3.1s``."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.total, self.quiet, self.n, self.t0 = total, quiet, 0, time.monotonic()

    def __call__(self, message: str) -> None:
        self.n += 1
        if not self.quiet:
            print(f"[build {self.n}/{self.total}] {message} ({time.monotonic() - self.t0:.1f}s)",
                  file=sys.stderr, flush=True)


def prepare_data(corpus_dir: Path, data_dir: Path, *, themes: Path, articles: Optional[Sequence[str]],
                 jobs: int) -> dict:
    """Extract the tables and the views once, into ``data_dir``; the notebooks read them from there."""
    from .corpus import load_corpus
    from .extract import extract
    from .io import write_csv
    from .report import compute_views
    from .tables import write_tables

    def warn(skip) -> None:
        print(f"warning: {corpus_dir / skip.file}: skipped: {skip.reason}", file=sys.stderr)

    corpus = load_corpus(corpus_dir, on_skip=warn).subset(articles)
    tables = extract(corpus, jobs=jobs)
    write_tables(tables, data_dir)
    views = compute_views(tables, corpus, themes)
    for name, frame in views.items():
        write_csv(frame, data_dir / f"{name}.csv")
    return {"articles": len(corpus), "skipped": len(corpus.skips)}


def run_notebook(name: str, staging: Path, parameters: dict, notebook_dir: Path = config.NOTEBOOKS_DIR) -> Path:
    """Execute ``notebook_dir/<name>`` with papermill into ``staging/notebooks/<name>``."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    source = Path(notebook_dir) / name
    target = staging / "notebooks" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        pm.execute_notebook(str(source), str(target), parameters=parameters, kernel_name=KERNEL,
                            progress_bar=False, cwd=str(config.PROJECT_ROOT), log_output=False,
                            kernel_manager_class="analysis.build.LocalKernelManager")
    except PapermillExecutionError as exc:
        raise NotebookFailed(name, target, _source_cell_number(target, exc.cell_index),
                             f"{exc.ename}: {exc.evalue}".splitlines()[0]) from None
    except Exception as exc:  # a kernel that died, a notebook that is not JSON...
        raise NotebookFailed(name, target, None, f"{type(exc).__name__}: {exc}".splitlines()[0]) from None
    return target


try:
    import subprocess

    from jupyter_client.manager import AsyncKernelManager

    class LocalKernelManager(AsyncKernelManager):
        """A kernel whose own stderr (start-up chatter such as ipykernel's TCP warning) is dropped.

        A failing cell is still reported: its traceback is in the executed notebook.
        """

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            kw["stderr"] = subprocess.DEVNULL
            return await super()._async_launch_kernel(kernel_cmd, **kw)

        _launch_kernel = _async_launch_kernel
except ImportError:  # pragma: no cover - jupyter_client comes with papermill
    LocalKernelManager = None


def _source_cell_number(executed: Path, cell_index: int) -> int:
    """1-based position of the failing cell in the notebook as stored (papermill adds a cell)."""
    try:
        cells = json.loads(executed.read_text(encoding="utf-8"))["cells"]
        injected = [i for i, c in enumerate(cells) if "injected-parameters" in c.get("metadata", {}).get("tags", [])]
    except (OSError, ValueError, KeyError):
        injected = []
    return cell_index + 1 - sum(1 for i in injected if i < cell_index)


class NotebookFailed(BuildError):
    def __init__(self, name: str, executed: Path, cell: Optional[int], reason: str) -> None:
        where = f"cell {cell}" if cell else "start-up"
        super().__init__(f"notebooks/{name}: failed at {where} ({reason})")
        self.name, self.executed, self.cell, self.reason = name, executed, cell, reason


def render_html(notebook: Path, *, title: str, stamp: str) -> str:
    """The executed briefing as one self-contained page: no code, no outside requests."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="basic")
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.exclude_raw = True
    nb = nbformat.read(str(notebook), as_version=4)
    nb.cells = [c for c in nb.cells if "parameters" not in c.get("metadata", {}).get("tags", [])
                and "injected-parameters" not in c.get("metadata", {}).get("tags", [])]
    for cell in nb.cells:  # warnings on stderr are for the executed notebook, not for readers
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if not (o.output_type == "stream" and o.get("name") == "stderr")]
    body, _ = exporter.from_notebook_node(nb)
    css = (config.TEMPLATE_DIR / "briefing.css").read_text(encoding="utf-8")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        # No script may run, and nothing may load from outside this file.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'; font-src data:\">\n"
        f"<title>{html.escape(title)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n"
        f"<main class=\"briefing\">\n{body}\n</main>\n"
        f"<footer class=\"build-stamp\">Built {html.escape(stamp)} by briefing {__version__}.</footer>\n"
        "</body>\n</html>\n"
    )


def render_pdf(html_text: str, target: Path) -> None:
    """The PDF from the same HTML, with the stylesheet's print rules (A4)."""
    import logging

    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    # Only data: URIs (the embedded charts) may be read: WeasyPrint never fetches anything.
    fetcher = URLFetcher(allowed_protocols={"data"})
    HTML(string=html_text, base_url=str(config.TEMPLATE_DIR), url_fetcher=fetcher).write_pdf(str(target))


def build_stamp() -> str:
    """The one non-deterministic part of the HTML: SOURCE_DATE_EPOCH fixes it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = time.gmtime(int(epoch)) if epoch else time.gmtime()
    return time.strftime("%Y-%m-%d %H:%M UTC", moment)


def swap_into_place(staging: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``staging`` with two renames, keeping files the build does not make."""
    if out_dir.exists():
        for keep in ("README.md",):
            if (out_dir / keep).is_file() and not (staging / keep).exists():
                shutil.copy2(out_dir / keep, staging / keep)
        old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        os.replace(out_dir, old)
        try:
            os.replace(staging, out_dir)
        except BaseException:
            os.replace(old, out_dir)
            raise
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, out_dir)


def build(*, corpus_dir: Path = config.SEEDS_DIR, out_dir: Path = config.REPORTS_DIR,
          themes: Path | str = config.DEFAULT_THEMES, articles: Optional[str | Sequence[str]] = None,
          jobs: int = 2, pdf: bool = True, quiet: bool = False, notebooks: Sequence[str] = NOTEBOOKS,
          notebook_dir: Path = config.NOTEBOOKS_DIR) -> Path:
    """Build the briefing from ``corpus_dir`` into ``out_dir``; returns the HTML path."""
    from .views import load_codebook

    corpus_dir, out_dir, themes = Path(corpus_dir).resolve(), Path(out_dir).resolve(), Path(themes).resolve()
    if isinstance(articles, str):
        articles = [a for a in articles.split(",") if a]
    step = Steps(4 + bool(pdf), quiet)
    load_codebook(themes)  # fail early on a bad codebook
    check_writable(out_dir.parent)
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: not a folder; pass a folder for --out")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
    os.chmod(staging, 0o755)
    failed_dir = out_dir.with_name(out_dir.name + ".failed")
    try:
        info = prepare_data(corpus_dir, staging / "data", themes=themes, articles=articles, jobs=jobs)
        step(f"extracted {info['articles']} articles ({info['skipped']} skipped) into data/")
        parameters = {"corpus_dir": str(corpus_dir), "data_dir": str(staging / "data"), "out_dir": str(staging),
                      "articles": ",".join(articles or []), "themes_path": str(themes)}
        with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(notebooks)))) as pool:
            futures = {name: pool.submit(run_notebook, name, staging, parameters, notebook_dir) for name in notebooks}
            errors = []
            for name, future in futures.items():
                try:
                    future.result()
                except NotebookFailed as exc:
                    errors.append(exc)
        if errors:
            first = errors[0]
            failed_dir.mkdir(parents=True, exist_ok=True)
            for exc in errors:
                if exc.executed.exists():
                    shutil.copy2(exc.executed, failed_dir / exc.name)
            raise BuildError(f"{first}; the executed notebook is kept in {failed_dir / first.name}; "
                             f"{out_dir} was left as it was")
        step(f"ran {len(notebooks)} notebooks with papermill")
        stamp = build_stamp()
        html_text = render_html(staging / "notebooks" / BRIEFING, title=BRIEFING_TITLE, stamp=stamp)
        write_text(staging / "briefing.html", html_text)
        step("rendered briefing.html")
        if pdf:
            render_pdf(html_text, staging / "briefing.pdf")
            step("rendered briefing.pdf")
        # Clean notebooks' parameters point into the staging folder; that folder becomes out_dir.
        swap_into_place(staging, out_dir)
        step(f"wrote {out_dir}")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if failed_dir.exists():
        shutil.rmtree(failed_dir, ignore_errors=True)
    return out_dir / "briefing.html"
