"""The notebooks as stored and as run: thin, parameterised, free of outputs, runnable alone with papermill;
and importing the package leaves a notebook's matplotlib backend alone."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from analysis.config import NOTEBOOKS_DIR, PROJECT_ROOT

from .conftest import DATA

SMALL = DATA / "corpus_small"
BRIEFING = "briefing.ipynb"
EXPLORATION = sorted(p.name for p in NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
NOTEBOOKS = [BRIEFING, *EXPLORATION]
PARAMETERS = {"corpus_dir", "data_dir", "out_dir", "articles", "themes_path"}
_executed: dict[tuple, nbformat.NotebookNode] = {}


def execute(source: Path, out: Path, **parameters) -> nbformat.NotebookNode:
    """Run ``source`` with papermill's public API, in a new kernel started in the project root."""
    import papermill as pm

    pm.execute_notebook(str(source), str(out), parameters=parameters, kernel_name="python3", progress_bar=False,
                        cwd=str(PROJECT_ROOT))
    return nbformat.read(out, as_version=4)


def executed_on_small_corpus(name: str, tmp_path_factory) -> nbformat.NotebookNode:
    """Notebook ``name`` run once per session on the two-article corpus."""
    if name not in _executed:
        out = tmp_path_factory.mktemp("notebooks") / name
        _executed[name] = execute(NOTEBOOKS_DIR / name, out, corpus_dir=str(SMALL))
    return _executed[name]


def outputs(nb) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]


def code_of(name: str) -> str:
    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    return "\n".join(c.source for c in nb.cells if c.cell_type == "code")


# ------------------------------------------------------------------ as stored
def test_the_briefing_and_four_exploration_notebooks_are_there():
    assert len(EXPLORATION) == 4 and (NOTEBOOKS_DIR / BRIEFING).is_file()


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_stored_without_outputs_and_has_typed_commented_parameters(name):
    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{name} holds outputs"
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    lines = [line for line in params[0].source.splitlines() if line.strip()]
    matches = [re.match(r"(\w+): \w+ = .+  # .+", line) for line in lines]
    assert all(matches), [line for line, m in zip(lines, matches) if not m]
    assert PARAMETERS <= {m.group(1) for m in matches}


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_no_cell_is_tagged_to_steer_the_build(name):
    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    tags = {tag for cell in nb.cells for tag in cell.metadata.get("tags", [])}
    assert tags == {"parameters"}


def test_the_briefing_is_one_library_call_per_cell():
    nb = nbformat.read(NOTEBOOKS_DIR / BRIEFING, as_version=4)
    cells = [c.source for c in nb.cells if c.cell_type == "code" and "parameters" not in c.metadata.get("tags", [])]
    setup, sections = cells[0], cells[1:]
    assert "load_report_data(" in setup and "Briefing(" in setup
    for source in sections:
        assert len(source.strip().splitlines()) == 1 and re.fullmatch(r"(brief\.show|brief\.chart|charts\.chart_\w+)\(.*\)",
                                                                       source.strip()), source
    assert "chart_store" not in code_of(BRIEFING) and "config" not in setup


@pytest.mark.parametrize("name", EXPLORATION)
def test_exploration_notebooks_do_not_repeat_the_briefing(name):
    code = code_of(name)
    assert "Briefing" not in code and "brief.show" not in code


@pytest.mark.parametrize("name", [BRIEFING, "02_figures.ipynb"])
def test_papermill_help_notebook_documents_the_parameters(name):
    papermill = Path(sys.executable).parent / "papermill"
    proc = subprocess.run([str(papermill), "--help-notebook", str(NOTEBOOKS_DIR / name)], capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stderr
    for parameter in PARAMETERS:
        assert f"{parameter}: str (default" in proc.stdout
    assert "folder of articles" in proc.stdout


# ------------------------------------------------------------------ run for real
@pytest.mark.slow
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_alone_with_papermill_on_a_small_corpus(tmp_path_factory, name):
    """Each notebook runs by itself (no build, no precomputed tables) on a two-article corpus."""
    found = outputs(executed_on_small_corpus(name, tmp_path_factory))
    assert not [o for o in found if o.output_type == "error"]
    assert not [o for o in found if o.output_type == "stream" and o.name == "stderr"], "a cell warned"
    assert any("image/png" in o.get("data", {}) for o in found)
    assert any("text/html" in o.get("data", {}) for o in found)


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPLORATION)
def test_exploration_notebooks_show_the_dataframes_behind_their_charts(tmp_path_factory, name):
    found = outputs(executed_on_small_corpus(name, tmp_path_factory))
    tables = [o for o in found if 'class="dataframe"' in str(o.get("data", {}).get("text/html", ""))]
    charts = [o for o in found if "image/png" in o.get("data", {})]
    assert len(tables) >= 4 and len(tables) >= len(charts)


@pytest.mark.slow
def test_briefing_runs_from_a_folder_of_extracted_tables(tmp_path, tmp_path_factory):
    """``-p data_dir`` with the tables ``extract`` wrote: the briefing needs no corpus and computes its views."""
    data = tmp_path / "tables"
    subprocess.run([sys.executable, "-m", "analysis", "extract", str(SMALL), "--out", str(data)], check=True,
                   capture_output=True, cwd=PROJECT_ROOT)
    nb = execute(NOTEBOOKS_DIR / BRIEFING, tmp_path / BRIEFING, data_dir=str(data), corpus_dir=str(tmp_path / "none"))
    found = outputs(nb)
    assert not [o for o in found if o.output_type == "error"]
    html = "".join(str(o.get("data", {}).get("text/html", "")) for o in found)
    from_corpus = "".join(str(o.get("data", {}).get("text/html", ""))
                          for o in outputs(executed_on_small_corpus(BRIEFING, tmp_path_factory)))
    assert html == from_corpus  # the same briefing as when it extracts the corpus itself


# ------------------------------------------------------------------ matplotlib's backend
INLINE = "module://matplotlib_inline.backend_inline"


@pytest.mark.parametrize("module", ["analysis", "analysis.charts", "analysis.report"])
def test_importing_the_package_leaves_matplotlibs_backend_alone(module):
    script = (f"import matplotlib; matplotlib.use({INLINE!r}); import {module}; import analysis.charts; "
              "import json; print(json.dumps(matplotlib.get_backend()))")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == INLINE


def test_importing_charts_does_not_choose_a_backend():
    """Without a choice of its own, matplotlib still resolves the backend when it first draws."""
    script = ("import matplotlib; before = matplotlib.rcParams._get('backend'); import analysis.charts; "
              "print(matplotlib.rcParams._get('backend') is before)")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "True"


@pytest.mark.slow
def test_a_notebooks_own_plot_shows_after_importing_the_charts(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("import analysis.charts"),
        nbformat.v4.new_code_cell("import pandas as pd\npd.Series([1, 3, 2]).plot();"),
    ])
    nbformat.write(nb, str(tmp_path / "own_plot.ipynb"))
    ran = execute(tmp_path / "own_plot.ipynb", tmp_path / "ran.ipynb")
    assert any("image/png" in o.get("data", {}) for o in ran.cells[1].outputs)


def test_a_plain_script_draws_a_chart_with_matplotlibs_own_backend(tmp_path):
    script = (
        "import pandas as pd\n"
        "from analysis import charts\n"
        "articles = pd.DataFrame([{'article_id': 'a1', 'author': 'Jane Roe', 'published': '2023-05-01',"
        " 'published_basis': 'stated', 'words': 100}])\n"
        "claims = pd.DataFrame([{'article_id': 'a1', 'source': 'Officials', 'hedge': 'may', 'text': 'x'}])\n"
        f"charts.chart_hedging(claims, articles).savefig({str(tmp_path / 'chart.png')!r})\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("MPLBACKEND", "DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT_ROOT, env=env)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
