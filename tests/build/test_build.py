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

import analysis.build as build_module
from analysis.build import BRIEFING, build
from analysis.config import NOTEBOOKS_DIR, PROJECT_ROOT, SEEDS_DIR
from analysis.errors import BuildError

from ..conftest import DATA

pytestmark = pytest.mark.slow
SMALL = DATA / "corpus_small"
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


# ------------------------------------------------------------------ the seed briefing
def test_seed_build_writes_html_pdf_and_tables(seed_report):
    for name in ("briefing.html", "briefing.pdf", "data/articles.csv", "data/quotes.csv", "data/claims.csv",
                 "data/figures.csv", "data/dates.csv", "data/entities.csv", "data/positions.csv",
                 "data/disagreements.csv"):
        assert (seed_report / name).is_file(), name
    texts = sorted(p.name for p in (seed_report / "data" / "texts").iterdir())
    assert texts == sorted(f"{p.stem}.txt" for p in SEEDS_DIR.glob("*.txt"))
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


def test_the_briefing_counts_differing_pairs_as_numbers_from_tables_read_back(seed_report):
    """Counts named after articles ("article_pairs") are numbers when read back, so the disagreements
    section counts pairs (at most n(n-1)/2) and agrees with the positions table, as the bottom line does."""
    from analysis.report import load_report_data, sections
    from analysis.views import disagreement_summary

    data = load_report_data(data_dir=seed_report / "data")
    n = len(data.articles)
    table = sections.disagreements(data).drop_duplicates("theme").set_index("theme")["pairs"]
    assert len(table) and (table <= n * (n - 1) // 2).all(), table.to_dict()
    expected = disagreement_summary(data.positions).set_index("theme")["differing_article_pairs"]
    assert table.to_dict() == expected.loc[table.index].to_dict()


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
        build(corpus_dir=SMALL, out_dir=out, quiet=True)
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


# ------------------------------------------------------------------ the notebook cache and --notebooks all
def test_unchanged_notebooks_come_from_the_cache_and_a_change_reruns_only_what_it_touches(tmp_path, monkeypatch):
    from analysis.cache import Cache

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    notebooks, corpus = tmp_path / "nbs", tmp_path / "corpus"
    shutil.copytree(NOTEBOOKS_DIR, notebooks)
    shutil.copytree(SMALL, corpus)
    out = tmp_path / "reports"
    exploration = build_module.exploration_notebooks(notebooks)[0]

    def run(**kw):
        lines: list[str] = []
        build(corpus_dir=corpus, out_dir=out, pdf=False, notebook_dir=notebooks, notebooks=(BRIEFING, exploration),
              cache=Cache(tmp_path / "cache"), log=lines.append, **kw)
        ran = sorted(re.search(r"ran (\S+) with papermill", line).group(1) for line in lines if "with papermill" in line)
        return ran, (out / "briefing.html").read_bytes()

    first, html = run()
    assert first == sorted([BRIEFING, exploration])
    assert str(out / "data") in (out / "notebooks" / BRIEFING).read_text(encoding="utf-8")
    assert ".building-" not in (out / "notebooks" / BRIEFING).read_text(encoding="utf-8")
    second, html_again = run()
    assert second == [] and html_again == html

    edited = nbformat.read(notebooks / exploration, as_version=4)
    edited.cells.append(nbformat.v4.new_markdown_cell("A note added by the analyst."))
    nbformat.write(edited, notebooks / exploration)
    assert run()[0] == [exploration]

    article = sorted(corpus.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nOfficials said 5,000 workers arrived.\n",
                       encoding="utf-8")
    assert sorted(run()[0]) == sorted([BRIEFING, exploration])


def test_build_notebooks_all_keeps_every_exploration_notebook_executed(tmp_path):
    out = tmp_path / "reports"
    proc = subprocess.run([sys.executable, "-m", "analysis", "build", "--corpus", str(SMALL), "--out", str(out),
                           "--no-pdf", "--notebooks", "all", "--no-cache"], capture_output=True, text=True,
                          cwd=PROJECT_ROOT)
    assert proc.returncode == 0, proc.stderr
    kept = sorted(p.name for p in (out / "notebooks").glob("*.ipynb"))
    assert kept == sorted([BRIEFING, *build_module.exploration_notebooks()]) and len(kept) == 5
    for name in kept:
        nb = nbformat.read(out / "notebooks" / name, as_version=4)
        assert not [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"], name


# ------------------------------------------------------------------ build --data: from tables already extracted
def test_build_from_the_tables_extract_wrote_equals_a_build_from_the_corpus_and_extracts_nothing(tmp_path,
                                                                                                  monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    tables = tmp_path / "tables"
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(SMALL), "--out", str(tables), "-q",
                           "--no-cache", "--parquet"], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert proc.returncode == 0, proc.stderr
    reference = tmp_path / "from_corpus"
    build(corpus_dir=SMALL, out_dir=reference, quiet=True, pdf=False)

    def no_extraction(*args, **kwargs):
        raise AssertionError("build --data extracted again")

    monkeypatch.setattr(sys.modules["analysis.extract"], "extract", no_extraction)
    monkeypatch.setattr(sys.modules["analysis.corpus"], "load_corpus", no_extraction)
    parquet_only = tmp_path / "parquet_only"
    shutil.copytree(tables / "parquet", parquet_only / "parquet")
    for source in (tables, parquet_only):
        out = tmp_path / f"from_{source.name}"
        build(data_dir=source, out_dir=out, quiet=True, pdf=False)
        assert (out / "briefing.html").read_bytes() == (reference / "briefing.html").read_bytes(), source.name
        for csv in sorted((reference / "data").glob("*.csv")):
            assert csv.read_bytes() == (out / "data" / csv.name).read_bytes(), (source.name, csv.name)
    assert sorted(p.name for p in (tmp_path / "from_tables" / "data" / "texts").iterdir()) == sorted(
        p.name for p in (reference / "data" / "texts").iterdir()) == ["think_tank.txt", "wire_report.txt"]


@pytest.mark.parametrize("make, message", [
    (lambda tmp: tmp / "missing", "no such folder"),
    (lambda tmp: tmp, "no tables here"),
])
def test_build_data_reports_a_folder_without_tables_in_one_line(tmp_path, make, message):
    proc = subprocess.run([sys.executable, "-m", "analysis", "build", "--data", str(make(tmp_path)),
                           "--out", str(tmp_path / "r"), "--no-pdf"], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    assert proc.stderr.startswith("error: ") and message in proc.stderr
    assert not (tmp_path / "r").exists()
