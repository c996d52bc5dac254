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
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional, Sequence

from . import __version__, config
from .chart_store import STORE_ENV
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
                 jobs: int, cache=None, progress=None) -> dict:
    """Extract the tables and the views once, into ``data_dir``; the notebooks read them from there."""
    from .corpus import load_corpus
    from .extract import extract
    from .io import write_csv
    from .report import compute_views
    from .tables import write_tables

    def warn(skip) -> None:
        print(f"warning: {corpus_dir / skip.file}: skipped: {skip.reason}", file=sys.stderr)

    corpus = load_corpus(corpus_dir, on_skip=warn).subset(articles)
    tables = extract(corpus, jobs=jobs, cache=cache, progress=progress)
    write_tables(tables, data_dir)
    views = compute_views(tables, corpus, themes)
    for name, frame in views.items():
        write_csv(frame, data_dir / f"{name}.csv")
    return {"articles": len(corpus), "skipped": len(corpus.skips), "cached": cache.hits if cache else 0}


def run_notebook(name: str, staging: Path, parameters: dict, notebook_dir: Path = config.NOTEBOOKS_DIR,
                 km=None, before: str = "", kc=None) -> Path:
    """Execute ``notebook_dir/<name>`` with papermill into ``staging/notebooks/<name>``.

    With ``km``, a started kernel manager, the notebook runs in that kernel (see
    :class:`Lane`), after the code ``before``, run silently, and through the connected
    client ``kc`` when one is given; without, papermill starts a fresh kernel for it.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    source = Path(notebook_dir) / name
    target = staging / "notebooks" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    if km is None:
        how = {"cwd": str(config.PROJECT_ROOT), "kernel_manager_class": "analysis.build.LocalKernelManager"}
    else:  # the kernel was started in the project root; papermill's chdir would race between threads
        how = {"engine_name": _reuse_engine(), "km": km, "kc": kc, "before": before}
    try:
        pm.execute_notebook(str(source), str(target), parameters=parameters, kernel_name=KERNEL,
                            progress_bar=False, log_output=False, request_save_on_cell_execute=False, **how)
    except PapermillExecutionError as exc:
        raise NotebookFailed(name, target, _source_cell_number(target, exc.cell_index),
                             f"{exc.ename}: {exc.evalue}".splitlines()[0]) from None
    except Exception as exc:  # a kernel that died, a notebook that is not JSON...
        raise NotebookFailed(name, target, None, f"{type(exc).__name__}: {exc}".splitlines()[0]) from None
    return target


def _reuse_engine() -> str:
    """Register (once) a papermill engine that runs a notebook in a kernel it is given, and closes
    its client afterwards: papermill's own engine leaves the client's channels open when it does
    not own the kernel."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines

    name = "briefing-reuse"
    if name in papermill_engines._engines:  # noqa: SLF001 - papermill has no public lookup
        return name

    class Client(PapermillNotebookClient):
        before = ""
        shared_kc = False  # a client the lane keeps: connected once, not closed here

        def papermill_execute_cells(self):
            if self.before:  # e.g. forget the previous notebook; not a cell, so not in the output
                reply = self.wait_for_reply(self.kc.execute(self.before, silent=True, store_history=False))
                if reply is None or reply["content"]["status"] != "ok":
                    content = (reply or {}).get("content", {})
                    raise RuntimeError(f"kernel reset failed: {content.get('ename')}: {content.get('evalue')}")
            super().papermill_execute_cells()

        def execute(self, **kwargs):
            try:
                return super().execute(**kwargs)
            finally:
                if self.kc is not None and not self.shared_kc:
                    self.kc.stop_channels()
                self.kc = None

    class Engine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None,
                                     stderr_file=None, start_timeout=60, execution_timeout=None, km=None,
                                     before="", kc=None, **_):
            from papermill.log import logger

            client = Client(nb_man, km=km, kernel_name=kernel_name, log=logger, log_output=log_output,
                            stdout_file=stdout_file, stderr_file=stderr_file, startup_timeout=start_timeout,
                            timeout=execution_timeout)
            client.before = before
            if kc is not None:  # nbclient then skips connecting a client and waiting for it to be ready
                client.kc, client.shared_kc = kc, True
            return client.execute()

    papermill_engines.register(name, Engine)
    return name


class InterruptGuard:
    """Ctrl-C during a build, taken at safe points rather than wherever it lands.

    The lanes import modules in their threads while the main thread imports and
    extracts.  A KeyboardInterrupt raised inside Python's import machinery can leave a
    module lock held and the process hung, so while a build runs (in the main thread)
    Ctrl-C only sets a flag and kills the kernels; the build raises KeyboardInterrupt
    at the next :meth:`check` (between articles, phases and waits).  A second Ctrl-C
    raises at once.
    """

    def __init__(self, stop: threading.Event, lanes: list) -> None:
        self.stop, self.lanes, self.hit = stop, lanes, threading.Event()
        self.pid, self.previous = os.getpid(), None

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)

    def _handle(self, signum, frame) -> None:
        if os.getpid() != self.pid:  # a forked extraction worker: it finishes its batch, the build
            return                     # cancels the rest
        if self.hit.is_set():
            raise KeyboardInterrupt
        self.hit.set()
        self.stop.set()
        for lane in self.lanes:
            lane.kill()

    def check(self, *_) -> None:
        if self.hit.is_set():
            raise KeyboardInterrupt

    def wait(self, event: threading.Event) -> None:
        while not event.wait(0.2):
            self.check()
        self.check()


class Lane:
    """One kernel, started before the data is ready, that runs its notebooks one after another.

    Starting a kernel and importing pandas, matplotlib and seaborn costs about two
    seconds; a lane pays it once, while the build is still extracting, and
    :func:`analysis.kernel_state.reset` gives each later notebook a clean namespace.
    """

    WARM_UP = "import analysis.kernel_state as __ks; __ks.warm_up(); del __ks"
    RESET = "__import__('analysis.kernel_state').kernel_state.reset()"

    def __init__(self, names: Sequence[str], nice: int = 0) -> None:
        self.names, self.nice = list(names), nice
        self.km = None
        self.kc = None  # one client for the warm-up and every notebook: connecting one costs 0.2 s or more
        self.done = {name: threading.Event() for name in self.names}
        self.succeeded: set[str] = set()
        self.failures: list[NotebookFailed] = []
        self.thread: Optional[threading.Thread] = None
        self.finished = threading.Event()
        self.env: Optional[dict] = None  # the kernel's environment (default: this process's)
        self.draw_ahead = ""  # code run once the data is ready, before the first notebook

    def start(self, *args) -> None:
        """Run :meth:`run` in a daemon thread: an interrupted build never waits on it for long."""
        def run_then_finish() -> None:
            try:
                self.run(*args)
            except Exception as exc:  # not a notebook's failure: the lane's own, reported as one
                self._fail(next((n for n in self.names if n not in self.succeeded), self.names[0]), args[0], exc)
            finally:
                for event in self.done.values():
                    event.set()
                self.finished.set()

        self.thread = threading.Thread(target=run_then_finish, name=f"briefing-lane-{self.names[0]}", daemon=True)
        self.thread.start()

    def _fail(self, name: str, staging: Path, exc: BaseException, stop: Optional[threading.Event] = None) -> None:
        """Record ``exc``, which is not a cell's error, as the failure of notebook ``name``; set ``stop``."""
        self.failures.append(NotebookFailed(name, staging / "notebooks" / name, None,
                                            f"{type(exc).__name__}: {exc}".splitlines()[0]))
        if stop is not None:
            stop.set()

    def run(self, staging: Path, parameters: dict, notebook_dir: Path, data_ready: threading.Event,
            stop: threading.Event) -> None:
        from jupyter_core.utils import ensure_event_loop, run_sync

        try:
            try:
                self.km = LocalKernelManager(kernel_name=KERNEL)
                run_sync(self.km.start_kernel)(cwd=str(config.PROJECT_ROOT), env=self.env or dict(os.environ))
            except Exception as exc:  # no such kernel, or it would not start
                self._fail(self.names[0], staging, exc, stop)
                return
            if self.nice and hasattr(os, "setpriority"):  # yield the CPU to the briefing's lane
                try:
                    os.setpriority(os.PRIO_PROCESS, self.km.provisioner.pid, self.nice)
                except (OSError, AttributeError):  # not allowed here: only the ordering is lost
                    pass
            if stop.is_set():
                return
            self.kc = run_sync(_connect)(self.km, wait=False)  # the warm-up is sent before the kernel is up
            try:
                run_sync(_kernel_execute)(self.km, self.WARM_UP, stop, kc=self.kc)
            except Exception:  # only the saving is lost; the notebook itself will show the error
                pass
            try:
                run_sync(_until_ready)(self.km, self.kc)
            except Exception as exc:  # the kernel died while starting
                self._fail(self.names[0], staging, exc, stop)
                return
            _import_papermill()  # (the build imports it once the data is extracted)
            data_ready.wait()
            if self.draw_ahead and not stop.is_set():
                try:
                    run_sync(_kernel_execute)(self.km, self.draw_ahead, stop, kc=self.kc)
                except Exception:  # the briefing draws what is missing, and shows any error
                    pass
            for i, name in enumerate(self.names):
                if stop.is_set():
                    return
                try:
                    before = self.RESET if i or self.draw_ahead else ""  # the kernel has run code since warming up
                    run_notebook(name, staging, parameters, notebook_dir, km=self.km, before=before, kc=self.kc)
                    self.succeeded.add(name)
                except NotebookFailed as exc:
                    self.failures.append(exc)
                    stop.set()
                    return
                except Exception as exc:  # the kernel died between notebooks
                    self._fail(name, staging, exc, stop)
                    return
                finally:
                    self.done[name].set()
        finally:  # (start() marks every notebook done when this returns)
            if self.kc is not None:
                self.kc.stop_channels()
            if self.km is not None:
                try:
                    run_sync(self.km.shutdown_kernel)(now=True)
                except Exception:  # already dead
                    pass
            try:
                ensure_event_loop().close()  # this thread's loop, made by run_sync
            except Exception:
                pass

    def kill(self) -> None:
        """Stop the kernel at once (an interrupted build): the running notebook fails fast.
        Only a kernel process that is still running is killed, never a reused PID."""
        process = getattr(getattr(self.km, "provisioner", None), "process", None)
        try:
            if process is not None and process.poll() is None:
                process.kill()
        except OSError:
            pass


_papermill_lock = threading.Lock()


def _skip_slow_format_checker() -> None:
    """Keep jsonschema from importing ``rfc3987_syntax`` in the build process.

    papermill and nbconvert import nbformat, which imports jsonschema, which imports
    every optional format checker it finds; ``rfc3987_syntax`` (installed with
    Jupyter) compiles about 35 Earley grammars at import: a second of CPU for the
    ``iri`` format, which no notebook schema uses (python-jsonschema/jsonschema#1428).
    Without it jsonschema has no ``iri`` checker, in this process only.
    """
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # None in sys.modules reads as "not installed"


def _import_papermill() -> None:
    """Import papermill once, for all lanes (the build does it while the kernels finish warming up)."""
    import logging

    with _papermill_lock:
        if "papermill" not in sys.modules:
            _skip_slow_format_checker()
            import papermill  # noqa: F401
        # A notebook's failure is reported once, by the build, in one line; papermill's own log
        # (through nbclient) would add lines such as "Kernel died while waiting for execute reply."
        # when Ctrl-C stops the kernels.
        log = logging.getLogger("papermill")
        log.propagate = False
        if not any(isinstance(handler, logging.NullHandler) for handler in log.handlers):
            log.addHandler(logging.NullHandler())


async def _connect(km, wait: bool = True):
    """A client of ``km``'s kernel; with ``wait``, once the kernel answers (see :func:`_until_ready`).

    Without, code can be sent at once: the kernel runs it as soon as it is up.
    """
    kc = km.client()
    kc.start_channels()
    kc.allow_stdin = False  # as nbclient sets it: a notebook cannot ask for input
    if wait:
        try:
            await _until_ready(km, kc)
        except BaseException:
            kc.stop_channels()
            raise
    return kc


async def _until_ready(km, kc, timeout: float = 60.0) -> None:
    """Return once the kernel has answered a request on the shell channel and its status for that
    request has arrived on IOPub, so no output can be missed.

    jupyter_client's ``wait_for_ready`` does this too, then waits until IOPub has been silent
    for 0.2 s: every notebook and warm-up paid that wait, and messages left over from other
    requests are ignored anyway (by their parent id).
    """
    import queue

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        msg_id = kc.kernel_info()
        answered = time.monotonic() + 1.0
        while time.monotonic() < answered:
            try:
                msg = await kc.get_iopub_msg(timeout=0.05)
            except queue.Empty:
                if not await km.is_alive():
                    raise RuntimeError("the kernel died while starting")
                continue
            if msg["parent_header"].get("msg_id") == msg_id:
                return
    raise TimeoutError(f"the kernel did not answer in {timeout:.0f}s")


async def _kernel_execute(km, code: str, stop: Optional[threading.Event] = None, timeout: float = 120.0,
                          kc=None) -> None:
    """Run ``code`` silently in ``km``'s kernel: nothing in the history, no output.

    It uses the connected client ``kc`` when given (else one of its own), and gives up at
    once when the kernel dies or ``stop`` is set (an interrupted build).
    """
    import queue

    own = kc is None
    if own:
        kc = await _connect(km)
    try:
        msg_id = kc.execute(code, silent=True, store_history=False)
        deadline = time.monotonic() + timeout
        while True:
            if stop is not None and stop.is_set():
                raise RuntimeError("the build was stopped")
            if not await km.is_alive():
                raise RuntimeError("the kernel died")
            if time.monotonic() > deadline:
                raise TimeoutError(f"no reply from the kernel in {timeout:.0f}s")
            try:
                reply = await kc.get_shell_msg(timeout=0.2)
            except queue.Empty:
                continue
            if reply["parent_header"].get("msg_id") == msg_id:
                break
    finally:
        if own:
            kc.stop_channels()
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"{reply['content'].get('ename')}: {reply['content'].get('evalue')}")


def plan_lanes(notebooks: Sequence[str], jobs: int) -> list[Lane]:
    """The briefing alone in the first lane, so that rendering can start while the other notebooks
    still run; the others shared round-robin over the remaining lanes.  One lane with ``jobs=1``."""
    others = [n for n in notebooks if n != BRIEFING]
    if BRIEFING not in notebooks:  # the briefing came from the cache
        lanes = max(1, min(jobs, len(others)))
        return [Lane(others[i::lanes], nice=19) for i in range(lanes)] if others else []
    if jobs <= 1 or not others:
        return [Lane([BRIEFING, *others])]
    lanes = max(1, min(jobs - 1, len(others)))
    # The briefing is on the critical path (the HTML and PDF wait for it); the others are not.
    return [Lane([BRIEFING])] + [Lane(others[i::lanes], nice=19) for i in range(lanes)]


def draw_ahead_code(notebook: Path, parameters: dict) -> str:
    """Code that draws the charts of ``notebook`` last first: its cells tagged ``parameters``,
    the ``parameters`` given, its cells tagged ``setup``, then those tagged ``chart`` in reverse
    order.  Run silently in a second kernel, it stores the charts the notebook will ask for
    (:mod:`analysis.chart_store`).  Empty when the notebook has no such cells or cannot be read."""
    try:
        cells = [c for c in json.loads(Path(notebook).read_text(encoding="utf-8"))["cells"]
                 if c.get("cell_type") == "code"]
    except (OSError, ValueError, KeyError, TypeError):
        return ""

    def tagged(tag: str) -> list[str]:
        return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                for c in cells if tag in c.get("metadata", {}).get("tags", [])]

    setup, charts = tagged("setup"), tagged("chart")
    if not setup or not charts:
        return ""
    given = "\n".join(f"{name} = {value!r}" for name, value in parameters.items())
    return "\n".join([*tagged("parameters"), given, *setup, *reversed(charts)])


def _final_paths(executed: Path, staging: Path, out_dir: Path) -> None:
    """Point an executed notebook's parameters (and papermill's metadata) at ``out_dir``, which
    the staging folder becomes, so that the kept notebook can be re-run from where it lies."""
    text = executed.read_text(encoding="utf-8")
    for old, new in ((str(staging), str(out_dir)), (json.dumps(str(staging))[1:-1], json.dumps(str(out_dir))[1:-1])):
        text = text.replace(old, new)
    write_text(executed, text)


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


def _kept_failures(errors: list[NotebookFailed], failed_dir: Path, out_dir: Path) -> BuildError:
    """Copy the failed notebooks that were written to ``failed_dir``; the error to raise."""
    failed_dir.mkdir(parents=True, exist_ok=True)
    kept = set()
    for exc in errors:
        if exc.executed.exists():
            shutil.copy2(exc.executed, failed_dir / exc.name)
            kept.add(exc.name)
    first = errors[0]
    where = (f"the executed notebook is kept in {failed_dir / first.name}" if first.name in kept
             else "no executed notebook was written")
    return BuildError(f"{first}; {where}; {out_dir} was left as it was")


def _notebook_keys(cache, notebooks: Sequence[str], notebook_dir: Path, corpus_dir: Path, themes: Path,
                   parameters: dict, staging: Path, out_dir: Path) -> dict[str, str]:
    """Cache keys of the notebooks, from the parameters as they will read once in ``out_dir``."""
    if cache is None:
        return {}
    from .cache import corpus_digest, kernel_identity, notebook_key

    final = {k: v.replace(str(staging), str(out_dir)) for k, v in parameters.items()}
    try:
        corpus = corpus_digest(corpus_dir)
    except OSError:  # the extraction reports the unreadable corpus
        return {}
    kernel = kernel_identity(KERNEL)
    keys = {}
    for name in notebooks:
        try:
            keys[name] = notebook_key(Path(notebook_dir) / name, corpus=corpus, themes=themes, parameters=final,
                                      kernel=kernel)
        except OSError:  # a missing notebook fails when it is run
            pass
    return keys


_PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=="


def _preload_renderers(pdf: bool) -> None:
    """Import nbconvert and WeasyPrint ahead of time (about a second), convert a notebook of two
    cells (the exporter compiles its templates and CSS selectors the first time), and write a
    one-line PDF."""
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    cell = new_code_cell("1", outputs=[new_output("execute_result", {"text/html": "<p>1</p>"}, execution_count=1)])
    _html_body(new_notebook(cells=[new_markdown_cell("# Briefing"), cell]))
    if pdf:  # a whole PDF, so that the fonts and the PDF writer are ready too
        from weasyprint import HTML

        HTML(string=f"<p>briefing <b>bold</b> <i>italic</i></p><table><tr><td>1</td></tr></table>"
                    f"<img src='data:image/png;base64,{_PIXEL}'>").write_pdf()


def _html_body(nb) -> str:
    """The notebook's outputs and prose as HTML, without code, prompts or parameters."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="basic")
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.exclude_raw = True
    nb.cells = [c for c in nb.cells if "parameters" not in c.get("metadata", {}).get("tags", [])
                and "injected-parameters" not in c.get("metadata", {}).get("tags", [])]
    for cell in nb.cells:  # warnings on stderr are for the executed notebook, not for readers
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if not (o.output_type == "stream" and o.get("name") == "stderr")]
    body, _ = exporter.from_notebook_node(nb)
    return body


def render_html(notebook: Path, *, title: str, stamp: str) -> str:
    """The executed briefing as one self-contained page: no code, no outside requests."""
    import nbformat

    body = _html_body(nbformat.read(str(notebook), as_version=4))
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


def render_pdf_apart(html_text: str, target: Path, guard: Optional["InterruptGuard"] = None) -> None:
    """:func:`render_pdf` in a forked copy of this process, which has its own interpreter lock.

    While the PDF is laid out, this process's threads still run the other notebooks through
    papermill; in the same process they took the lock from WeasyPrint often enough to slow it
    by a tenth.  The fork inherits WeasyPrint already imported and warmed (see
    :func:`_preload_renderers`), touches nothing else, and leaves with ``os._exit``.  If the
    copy fails, or forking is not possible, the PDF is rendered here, which raises the error
    itself.  Ctrl-C (see :class:`InterruptGuard`) kills the copy.
    """
    if not hasattr(os, "fork"):
        render_pdf(html_text, target)
        return
    import gc
    import warnings

    with warnings.catch_warnings():  # Python 3.12+ warns about forking a process with threads
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:
        code = 1
        try:
            # Only this thread goes on in the copy.  It touches none of what the others held at the
            # fork: no garbage collection (it could finalise their sockets), and its own stdout and
            # stderr (their locks could be held); the parent reports any error.
            gc.disable()
            sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")
            warnings.simplefilter("ignore")
            render_pdf(html_text, target)
            code = 0
        except BaseException:  # the parent renders again, and so raises the error itself
            pass
        finally:
            os._exit(code)
    try:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if guard is not None:
                guard.check()
            time.sleep(0.02)
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    if os.waitstatus_to_exitcode(status) != 0 or not target.is_file():
        render_pdf(html_text, target)


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
          notebook_dir: Path = config.NOTEBOOKS_DIR, cache=None) -> Path:
    """Build the briefing from ``corpus_dir`` into ``out_dir``; returns the HTML path.

    ``cache``, an :class:`analysis.cache.Cache`, skips extracting articles and
    running notebooks whose inputs have not changed since they were cached.
    """
    _skip_slow_format_checker()
    corpus_dir, out_dir, themes = Path(corpus_dir).resolve(), Path(out_dir).resolve(), Path(themes).resolve()
    if isinstance(articles, str):
        articles = [a for a in articles.split(",") if a]
    if BRIEFING not in notebooks:
        raise ValueError(f"notebooks must include {BRIEFING}: it is the report")
    step = Steps(5 + bool(pdf), quiet)
    check_writable(out_dir.parent)
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: not a folder; pass a folder for --out")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    failed_dir = out_dir.with_name(out_dir.name + ".failed")
    lanes: list[Lane] = []
    data_ready, stop = threading.Event(), threading.Event()
    staging = None
    with InterruptGuard(stop, lanes) as guard:
        try:
            staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
            os.chmod(staging, 0o755)
            parameters = {"corpus_dir": str(corpus_dir), "data_dir": str(staging / "data"),
                          "out_dir": str(staging), "articles": ",".join(articles or []), "themes_path": str(themes)}
            _build_in(staging, out_dir, failed_dir, corpus_dir, themes, articles, jobs, pdf, notebooks,
                      notebook_dir, cache, parameters, lanes, data_ready, stop, guard, step)
        except BaseException:
            stop.set()
            data_ready.set()
            for lane in lanes:
                lane.kill()
            # The lanes stop within a second once their kernels are gone.  They are daemon
            # threads, so one caught in a broken import is not waited for beyond a few seconds.
            deadline = time.monotonic() + 5
            for lane in lanes:
                if lane.thread is not None:
                    lane.thread.join(timeout=max(0.0, deadline - time.monotonic()))
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
            raise
    if failed_dir.exists():
        shutil.rmtree(failed_dir, ignore_errors=True)
    return out_dir / "briefing.html"


def _build_in(staging, out_dir, failed_dir, corpus_dir, themes, articles, jobs, pdf, notebooks, notebook_dir,
              cache, parameters, lanes, data_ready, stop, guard, step) -> None:
    """The body of :func:`build`, inside its clean-up and interrupt guard."""
    # Notebooks whose inputs have not changed since a previous build come from the cache:
    # known before extracting, so no kernel is started for them.
    keys = _notebook_keys(cache, notebooks, notebook_dir, corpus_dir, themes, parameters, staging, out_dir)
    reused = [name for name in notebooks if name in keys
              and cache.get_notebook(keys[name], staging / "notebooks" / name)]
    to_run = [name for name in notebooks if name not in reused]
    # Kernels start now and import their libraries while the data is extracted.
    lanes.extend(plan_lanes(to_run, jobs))  # the caller's list: its clean-up kills these kernels
    # The kernels share the charts they draw (analysis.chart_store); a second kernel begins by
    # drawing the briefing's charts, last first, while the first kernel runs it from the top.
    store = staging / ".charts"
    store.mkdir()
    env = {**os.environ, STORE_ENV: str(store)}
    for lane in lanes:
        lane.env = env
    if len(lanes) > 1 and BRIEFING in lanes[0].names:
        lanes[1].draw_ahead = draw_ahead_code(notebook_dir / BRIEFING, parameters)
    for lane in lanes:
        lane.start(staging, parameters, notebook_dir, data_ready, stop)
    try:
        from .views import load_codebook

        load_codebook(themes)  # a bad codebook fails before any extraction
        info = prepare_data(corpus_dir, staging / "data", themes=themes, articles=articles, jobs=jobs,
                            cache=cache, progress=guard.check)
        guard.check()
    except BaseException:
        stop.set()
        raise
    finally:
        data_ready.set()
    cached = f", {info['cached']} from the cache" if info["cached"] else ""
    step(f"extracted {info['articles']} articles ({info['skipped']} skipped{cached}) into data/")
    if lanes:  # needed as soon as a kernel is warm (about half a second later); importing it
        _import_papermill()  # earlier, in a thread, slowed the extraction and the kernels' start
    _preload_renderers(pdf)  # while the briefing runs
    briefing_lane = next((lane for lane in lanes if BRIEFING in lane.names), None)
    if briefing_lane is not None:
        guard.wait(briefing_lane.done[BRIEFING])
    if briefing_lane is None or BRIEFING in briefing_lane.succeeded:
        step(f"ran {BRIEFING} with papermill" if briefing_lane else f"{BRIEFING}: unchanged, from the cache")
        # The report renders while the other notebooks still run.
        html_text = render_html(staging / "notebooks" / BRIEFING, title=BRIEFING_TITLE, stamp=build_stamp())
        write_text(staging / "briefing.html", html_text)
        step("rendered briefing.html")
        if pdf:
            render_pdf_apart(html_text, staging / "briefing.pdf", guard)
            step("rendered briefing.pdf")
    for lane in lanes:
        guard.wait(lane.finished)
    errors = sorted((exc for lane in lanes for exc in lane.failures), key=lambda e: list(notebooks).index(e.name))
    if errors:
        raise _kept_failures(errors, failed_dir, out_dir)
    for name in to_run:
        _final_paths(staging / "notebooks" / name, staging, out_dir)
        if name in keys:
            cache.put_notebook(keys[name], staging / "notebooks" / name)
    guard.check()
    step(f"ran {len(to_run)} notebooks in {len(lanes)} kernel{'s' * (len(lanes) != 1)}"
         + (f"; {len(reused)} unchanged, from the cache" if reused else ""))
    shutil.rmtree(store, ignore_errors=True)
    swap_into_place(staging, out_dir)
    step(f"wrote {out_dir}")

