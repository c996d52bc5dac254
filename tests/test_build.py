"""The build end to end: notebooks run with papermill, the HTML is self-contained and escaped,
the PDF has pages, failures name the notebook and cell, and the previous report survives."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from analysis import build as build_module
from analysis.build import build
from analysis.config import NOTEBOOKS_DIR, PROJECT_ROOT, SEEDS_DIR
from analysis.errors import BuildError

from .conftest import DATA

pytestmark = pytest.mark.slow
SMALL = DATA / "corpus_small"
BRIEFING_NAME = build_module.BRIEFING
HOSTILE = DATA / "corpus_injection"
SECTIONS = ("Bottom line", "Sources", "Views by theme", "Where the authors disagree", "Figures", "Voices",
            "Timeline", "Methods and caveats", "Appendix: evidence in context")


class Page(HTMLParser):
    """Collects what the security checks need: tags, attributes, and the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.headings: list[str] = []
        self._in_heading = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("h1", "h2", "h3"):
            self._in_heading = True
            self.headings.append("")

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3"):
            self._in_heading = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_heading:
            self.headings[-1] += data


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="session")
def seed_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "reports"
    build(corpus_dir=SEEDS_DIR, out_dir=out, quiet=True)
    return out


@pytest.fixture(scope="session")
def hostile_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile") / "reports"
    build(corpus_dir=HOSTILE, out_dir=out, quiet=True, pdf=False)
    return out


# ------------------------------------------------------------------ notebooks as stored
@pytest.mark.parametrize("name", build_module.NOTEBOOKS)
def test_notebook_is_stored_without_outputs_and_has_typed_commented_parameters(name):
    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{name} holds outputs"
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    lines = [l for l in params[0].source.splitlines() if l.strip()]
    names = [re.match(r"(\w+): \w+ = .+  # .+", l).group(1) for l in lines]
    assert {"corpus_dir", "data_dir", "out_dir", "articles", "themes_path"} <= set(names)


def test_papermill_help_notebook_documents_the_parameters():
    proc = subprocess.run([str(Path(sys.executable).parent / "papermill"), "--help-notebook",
                           str(NOTEBOOKS_DIR / "02_figures.ipynb")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    for name in ("corpus_dir", "data_dir", "articles", "themes_path"):
        assert name in proc.stdout
    assert "folder of .txt articles" in proc.stdout


@pytest.mark.parametrize("name", build_module.NOTEBOOKS)
def test_notebook_runs_alone_with_papermill_on_a_small_corpus(tmp_path, name):
    """Each notebook runs by itself (no build, no precomputed tables) on a two-article corpus."""
    import papermill as pm

    out = tmp_path / name
    pm.execute_notebook(str(NOTEBOOKS_DIR / name), str(out), parameters={"corpus_dir": str(SMALL)},
                        kernel_name="python3", progress_bar=False, cwd=str(PROJECT_ROOT),
                        kernel_manager_class="analysis.build.LocalKernelManager")
    nb = nbformat.read(out, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) or "text/html" in o.get("data", {}) for o in outputs)


# ------------------------------------------------------------------ the seed briefing
def test_seed_build_writes_html_pdf_and_tables(seed_report):
    for name in ("briefing.html", "briefing.pdf", "data/articles.csv", "data/quotes.csv", "data/claims.csv",
                 "data/figures.csv", "data/dates.csv", "data/positions.csv", "data/disagreements.csv"):
        assert (seed_report / name).is_file(), name
    assert not list(seed_report.parent.glob(".reports.*")), "staging folder left behind"


def test_seed_html_has_no_code_and_no_outside_requests(seed_report):
    page = parse(seed_report / "briefing.html")
    html = (seed_report / "briefing.html").read_text(encoding="utf-8")
    assert "jp-InputArea" not in html and "input_area" not in html and "def " not in "".join(page.text)
    assert "import analysis" not in html and "brief." not in "".join(page.text)
    for tag, attrs in page.tags:
        assert tag != "script", "no script may be in the briefing"
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            assert not re.match(r"^\s*(https?:|//|javascript:)", value, re.I), (tag, key, value)
        if tag == "img":
            assert attrs["src"].startswith("data:image/png;base64,")
        if tag == "link":
            pytest.fail(f"external stylesheet link {attrs}")


def test_seed_html_has_the_sections_and_charts(seed_report):
    page = parse(seed_report / "briefing.html")
    for section in SECTIONS:
        assert any(h.strip().startswith(section) for h in page.headings), section
    images = [a for t, a in page.tags if t == "img"]
    assert len(images) >= 6
    bluf = (seed_report / "briefing.html").read_text(encoding="utf-8").split('class="bluf"')[1].split("</section>")[0]
    assert 4 <= bluf.count("<li>") <= 6


def test_every_evidence_link_has_an_appendix_entry(seed_report):
    page = parse(seed_report / "briefing.html")
    targets = {a["href"][1:] for t, a in page.tags if t == "a" and a.get("href", "").startswith("#ev-")}
    ids = {a["id"] for t, a in page.tags if a.get("id", "").startswith("ev-")}
    assert targets and targets == ids


def test_seed_pdf_opens_with_several_pages(seed_report):
    from pypdf import PdfReader

    reader = PdfReader(str(seed_report / "briefing.pdf"))
    assert len(reader.pages) >= 4
    assert "Bottom line" in reader.pages[0].extract_text()


def test_inferred_dates_are_flagged_in_the_sources_table(seed_report):
    html = (seed_report / "briefing.html").read_text(encoding="utf-8")
    assert html.count("~ inferred") >= 4


# ------------------------------------------------------------------ untrusted text
def test_hostile_article_text_is_escaped_and_never_markup(hostile_report):
    page = parse(hostile_report / "briefing.html")
    visible = "".join(page.text)
    assert "<script>alert(1)</script>" in visible or "alert(1)" in visible
    for tag, attrs in page.tags:
        assert tag not in ("script", "iframe", "svg", "style") or tag == "style" and not attrs, (tag, attrs)
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        for key in ("src", "href"):
            assert "javascript:" not in (attrs.get(key) or "").lower(), (tag, attrs)
    styles = [t for t, a in page.tags if t == "style"]
    assert len(styles) == 1, "only the briefing's own stylesheet"
    html = (hostile_report / "briefing.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in html and "<script>" not in html


def test_skipped_files_are_listed_in_the_methods_section(hostile_report):
    html = (hostile_report / "briefing.html").read_text(encoding="utf-8")
    methods = html.split("Methods and caveats")[1]
    assert "screenshot_saved_as_text.txt" in methods and "binary file (a PNG image)" in methods


# ------------------------------------------------------------------ failures keep the old report
def _fake_report(out: Path) -> bytes:
    out.mkdir(parents=True)
    (out / "briefing.html").write_text("previous report")
    (out / "README.md").write_text("readme")
    return (out / "briefing.html").read_bytes()


def test_failing_notebook_cell_names_notebook_and_cell_and_keeps_previous_report(tmp_path):
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    shutil.copy(DATA / "notebooks" / "failing_cell.ipynb", notebooks / "briefing.ipynb")
    out = tmp_path / "reports"
    before = _fake_report(out)
    with pytest.raises(BuildError) as caught:
        build(corpus_dir=SMALL, out_dir=out, quiet=True, notebooks=("briefing.ipynb",), notebook_dir=notebooks)
    message = str(caught.value)
    assert "notebooks/briefing.ipynb: failed at cell 4 (ZeroDivisionError" in message
    assert (out / "briefing.html").read_bytes() == before
    kept = tmp_path / "reports.failed" / "briefing.ipynb"
    assert kept.is_file() and "ZeroDivisionError" in kept.read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nbs", "reports", "reports.failed"]


def test_interrupted_build_leaves_the_previous_report(tmp_path, monkeypatch):
    out = tmp_path / "reports"
    before = _fake_report(out)

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "render_pdf", interrupt)
    with pytest.raises(KeyboardInterrupt):
        build(corpus_dir=SMALL, out_dir=out, quiet=True, notebooks=("01_corpus.ipynb", "briefing.ipynb"))
    assert (out / "briefing.html").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


def test_successful_build_keeps_the_reports_readme(tmp_path):
    out = tmp_path / "reports"
    _fake_report(out)
    build(corpus_dir=SMALL, out_dir=out, quiet=True, pdf=False, notebooks=("briefing.ipynb",))
    assert (out / "README.md").read_text() == "readme"
    assert "Bottom line" in (out / "briefing.html").read_text()


def test_build_cli_reports_a_bad_corpus_in_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "analysis", "build", "--corpus", str(tmp_path / "missing"),
                           "--out", str(tmp_path / "r")], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1] == f"error: {tmp_path / 'missing'}: corpus folder not found"
    assert not (tmp_path / "r").exists()


def test_two_builds_give_identical_html_and_tables(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    outs = []
    for run in ("a", "b"):
        out = tmp_path / run / "reports"
        build(corpus_dir=SMALL, out_dir=out, quiet=True, pdf=False, notebooks=("briefing.ipynb",))
        outs.append(out)
    assert (outs[0] / "briefing.html").read_bytes() == (outs[1] / "briefing.html").read_bytes()
    for csv in sorted((outs[0] / "data").glob("*.csv")):
        assert csv.read_bytes() == (outs[1] / "data" / csv.name).read_bytes(), csv.name


def _outputs(notebook: Path) -> list:
    """What each cell showed, without papermill's timings."""
    nb = nbformat.read(notebook, as_version=4)
    return [[{k: v for k, v in o.items() if k != "metadata"} for o in c.outputs]
            for c in nb.cells if c.cell_type == "code"]


def test_charts_shared_between_kernels_give_the_report_and_notebooks_drawn_without_sharing(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    shared = tmp_path / "shared"
    build(corpus_dir=SMALL, out_dir=shared, quiet=True, pdf=False)
    assert not (shared / ".charts").exists()
    monkeypatch.setattr(build_module, "STORE_ENV", "BRIEFING_TEST_NO_STORE")  # the kernels see no store
    monkeypatch.setattr(build_module, "draw_ahead_code", lambda *args: "")
    alone = tmp_path / "alone"
    build(corpus_dir=SMALL, out_dir=alone, quiet=True, pdf=False)
    assert (shared / "briefing.html").read_bytes() == (alone / "briefing.html").read_bytes()
    for name in build_module.NOTEBOOKS:
        assert _outputs(shared / "notebooks" / name) == _outputs(alone / "notebooks" / name), name


# ------------------------------------------------------------------ kernels shared between notebooks
def _code_notebook(path: Path, *sources: str) -> None:
    params = nbformat.v4.new_code_cell('corpus_dir: str = "seeds"  # corpus\ndata_dir: str = ""  # tables\n'
                                       'out_dir: str = ""  # out\narticles: str = ""  # subset\n'
                                       'themes_path: str = ""  # codebook')
    params.metadata["tags"] = ["parameters"]
    nb = nbformat.v4.new_notebook(cells=[params, *(nbformat.v4.new_code_cell(s) for s in sources)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)


def test_lanes_put_the_briefing_alone_first_and_share_the_rest():
    lanes = build_module.plan_lanes(build_module.NOTEBOOKS, jobs=2)
    assert [lane.names for lane in lanes] == [["briefing.ipynb"], ["01_corpus.ipynb", "02_figures.ipynb",
                                                                   "03_voices.ipynb", "04_views.ipynb"]]
    assert [lane.nice for lane in lanes] == [0, 19]
    assert [lane.names for lane in build_module.plan_lanes(build_module.NOTEBOOKS, jobs=3)][1:] == [
        ["01_corpus.ipynb", "03_voices.ipynb"], ["02_figures.ipynb", "04_views.ipynb"]]
    assert [lane.names for lane in build_module.plan_lanes(build_module.NOTEBOOKS, jobs=1)] == [
        ["briefing.ipynb", "01_corpus.ipynb", "02_figures.ipynb", "03_voices.ipynb", "04_views.ipynb"]]


def test_a_notebook_in_a_shared_kernel_starts_from_a_clean_state(tmp_path):
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    shutil.copy(NOTEBOOKS_DIR / "briefing.ipynb", notebooks / "briefing.ipynb")
    _code_notebook(notebooks / "a_dirty.ipynb",
                   "import os, warnings, numpy as np, matplotlib, matplotlib.pyplot as plt\n"
                   "left_behind = 1\nmatplotlib.rcParams['lines.linewidth'] = 9\nplt.figure()\n"
                   "warnings.simplefilter('error')\nnp.random.seed(1); np.random.random()\nos.chdir('/')")
    _code_notebook(notebooks / "b_clean.ipynb",
                   "import os, warnings, numpy as np, matplotlib, matplotlib.pyplot as plt\n"
                   "assert 'left_behind' not in globals()\n"
                   "assert matplotlib.rcParams['lines.linewidth'] != 9\nassert not plt.get_fignums()\n"
                   "assert ('error', None, Warning, None, 0) not in warnings.filters\n"
                   f"assert os.getcwd() == {str(PROJECT_ROOT)!r}\n"
                   "np.random.seed(1); first = np.random.random()")
    out = tmp_path / "reports"
    build(corpus_dir=SMALL, out_dir=out, quiet=True, pdf=False, jobs=2, notebook_dir=notebooks,
          notebooks=("a_dirty.ipynb", "b_clean.ipynb", "briefing.ipynb"))
    executed = nbformat.read(out / "notebooks" / "b_clean.ipynb", as_version=4)
    assert not [o for c in executed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]


def test_a_failing_notebook_in_the_shared_kernel_is_named_with_its_cell(tmp_path):
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    shutil.copy(NOTEBOOKS_DIR / "briefing.ipynb", notebooks / "briefing.ipynb")
    _code_notebook(notebooks / "a_fine.ipynb", "x = 1")
    shutil.copy(DATA / "notebooks" / "failing_cell.ipynb", notebooks / "b_failing.ipynb")
    _code_notebook(notebooks / "c_never_run.ipynb", "y = 2")
    out = tmp_path / "reports"
    before = _fake_report(out)
    with pytest.raises(BuildError) as caught:
        build(corpus_dir=SMALL, out_dir=out, quiet=True, pdf=False, jobs=2, notebook_dir=notebooks,
              notebooks=("a_fine.ipynb", "b_failing.ipynb", "c_never_run.ipynb", "briefing.ipynb"))
    assert "notebooks/b_failing.ipynb: failed at cell 4 (ZeroDivisionError" in str(caught.value)
    assert (out / "briefing.html").read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "reports.failed").iterdir()) == ["b_failing.ipynb"]


# ------------------------------------------------------------------ the notebook cache
def test_unchanged_notebooks_come_from_the_cache_and_a_change_reruns_only_what_it_touches(tmp_path, monkeypatch):
    from analysis.cache import Cache

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    notebooks, corpus = tmp_path / "nbs", tmp_path / "corpus"
    shutil.copytree(NOTEBOOKS_DIR, notebooks)
    shutil.copytree(SMALL, corpus)
    ran: list[str] = []
    real = build_module.run_notebook

    def counting(name, *args, **kwargs):
        ran.append(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(build_module, "run_notebook", counting)
    out = tmp_path / "reports"

    def run(**kw):
        ran.clear()
        build(corpus_dir=corpus, out_dir=out, quiet=True, pdf=False, notebook_dir=notebooks,
              notebooks=("01_corpus.ipynb", "briefing.ipynb"), cache=Cache(tmp_path / "cache"), **kw)
        return sorted(ran), (out / "briefing.html").read_bytes()

    first, html = run()
    assert first == ["01_corpus.ipynb", "briefing.ipynb"]
    assert str(out / "data") in (out / "notebooks" / "briefing.ipynb").read_text(encoding="utf-8")
    assert ".building-" not in (out / "notebooks" / "briefing.ipynb").read_text(encoding="utf-8")
    second, html_again = run()
    assert second == [] and html_again == html

    edited = nbformat.read(notebooks / "01_corpus.ipynb", as_version=4)
    edited.cells.append(nbformat.v4.new_markdown_cell("A note added by the analyst."))
    nbformat.write(edited, notebooks / "01_corpus.ipynb")
    assert run()[0] == ["01_corpus.ipynb"]

    article = sorted(corpus.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nOfficials said 5,000 workers arrived.\n",
                       encoding="utf-8")
    assert run()[0] == ["01_corpus.ipynb", "briefing.ipynb"]
    assert run(articles=[])[0] == []


def test_a_lane_failing_before_the_briefing_runs_stops_the_build_with_its_own_error(tmp_path, monkeypatch):
    real_run = build_module.Lane.run

    def failing_early(self, staging, parameters, notebook_dir, data_ready, stop):
        if BRIEFING_NAME in self.names:
            return real_run(self, staging, parameters, notebook_dir, data_ready, stop)
        self.failures.append(build_module.NotebookFailed(self.names[0], staging / "notebooks" / self.names[0],
                                                         None, "RuntimeError: the kernel would not start"))
        stop.set()
        for event in self.done.values():
            event.set()

    monkeypatch.setattr(build_module.Lane, "run", failing_early)
    out = tmp_path / "reports"
    before = _fake_report(out)
    with pytest.raises(BuildError) as caught:
        build(corpus_dir=SMALL, out_dir=out, quiet=True, pdf=False, jobs=2,
              notebooks=("01_corpus.ipynb", "briefing.ipynb"))
    assert str(caught.value).startswith("notebooks/01_corpus.ipynb: failed at start-up (RuntimeError: the kernel")
    assert "no executed notebook was written" in str(caught.value)
    assert (out / "briefing.html").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".reports.building-")]


def test_a_kernel_priority_the_system_refuses_does_not_fail_the_build(tmp_path, monkeypatch):
    def refuse(*args):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(build_module.os, "setpriority", refuse)
    out = tmp_path / "reports"
    build(corpus_dir=SMALL, out_dir=out, quiet=True, pdf=False, jobs=2, notebooks=("01_corpus.ipynb", "briefing.ipynb"))
    assert (out / "notebooks" / "01_corpus.ipynb").is_file() and (out / "briefing.html").is_file()


# ------------------------------------------------------------------ the PDF, rendered in a forked copy
PDF_HTML = "<h1>Briefing</h1><p>One <b>line</b>, and a link to <a href='#a'>the appendix</a>.</p><ol><li id='a'>x</li></ol>"


def test_the_pdf_rendered_apart_is_the_pdf_rendered_here(tmp_path):
    build_module.render_pdf_apart(PDF_HTML, tmp_path / "apart.pdf")
    build_module.render_pdf(PDF_HTML, tmp_path / "here.pdf")
    assert (tmp_path / "apart.pdf").read_bytes()[:5] == b"%PDF-"
    assert (tmp_path / "apart.pdf").read_bytes() == (tmp_path / "here.pdf").read_bytes()


def test_a_pdf_that_fails_apart_is_rendered_here_and_raises_its_own_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        build_module.render_pdf_apart(PDF_HTML, tmp_path / "no such folder" / "briefing.pdf")


def test_ctrl_c_while_the_pdf_renders_apart_stops_the_copy(tmp_path, monkeypatch):
    import os

    class Guard:
        def check(self):
            raise KeyboardInterrupt

    forked = []
    real_fork = os.fork

    def fork():
        pid = real_fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    with pytest.raises(KeyboardInterrupt):
        build_module.render_pdf_apart(PDF_HTML * 400, tmp_path / "briefing.pdf", Guard())
    assert len(forked) == 1
    with pytest.raises(ChildProcessError):  # the copy was killed and reaped at once
        os.waitpid(forked[0], os.WNOHANG)
