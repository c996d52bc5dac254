"""The command line: help for every command, one line per message with names escaped, the
spreadsheet-safe option as a choice."""
from __future__ import annotations

import csv
import re
import subprocess
import sys

import pytest

from analysis.config import PROJECT_ROOT

from .conftest import DATA, write_corpus


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True,
                          cwd=PROJECT_ROOT)


@pytest.mark.parametrize("command, option", [("extract", "--spreadsheet-safe"), ("build", "--notebooks"),
                                             ("bench", "--pairs")])
def test_every_command_has_help(command, option):
    proc = run(command, "--help")
    assert proc.returncode == 0 and proc.stderr == ""
    assert f"usage: python -m analysis {command}" in proc.stdout and option in proc.stdout


def test_a_file_name_with_a_newline_cannot_forge_an_error_line(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", {
        "real.txt": "Officials said on Monday that 5,000 workers had arrived.\n",
        "x\nerror: the build is broken\x1b[2J.txt": "",  # empty: skipped, with a warning naming it
    })
    proc = run("extract", str(corpus), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    assert not [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "x\\nerror: the build is broken\\x1b[2J.txt" in warnings[0]


FORMULA = "=HYPERLINK(\"http://example.invalid\", \"click\") was found in the file, officials said."


def _sentences(out) -> list[str]:
    with open(out / "sentences.csv", newline="", encoding="utf-8") as fh:
        return [row["text"] for row in csv.DictReader(fh)]


def test_csvs_stay_exact_unless_spreadsheet_safe_is_asked(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", {"a.txt": f"{FORMULA}\n\n-5 degrees was the low.\n"})
    exact, safe = tmp_path / "exact", tmp_path / "safe"
    assert run("extract", str(corpus), "--out", str(exact), "-q").returncode == 0
    assert run("extract", str(corpus), "--out", str(safe), "-q", "--spreadsheet-safe").returncode == 0
    assert FORMULA in _sentences(exact) and "-5 degrees was the low." in _sentences(exact)
    assert "'" + FORMULA in _sentences(safe) and "'-5 degrees was the low." in _sentences(safe)
    assert not [text for text in _sentences(safe) if text[:1] in "=+-@"]


def test_a_missing_corpus_is_one_error_line_and_writes_nothing(tmp_path):
    proc = run("extract", str(DATA / "no_such_corpus"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith("error: ")
    assert not (tmp_path / "out").exists()


# ---- themes draft / check -------------------------------------------------------------------

SMALL = DATA / "corpus_small"


@pytest.mark.parametrize("action, option", [("draft", "--n-themes"), ("check", "--problems")])
def test_themes_actions_have_help(action, option):
    proc = run("themes", action, "--help")
    assert proc.returncode == 0 and proc.stderr == ""
    assert f"usage: python -m analysis themes {action}" in proc.stdout and option in proc.stdout


def test_themes_draft_prints_a_codebook_that_loads_and_check_names_its_themes(tmp_path):
    from analysis.views import load_codebook

    proc = run("themes", "draft", str(SMALL))
    assert proc.returncode == 0, proc.stderr
    assert "sentences: 2/2" in proc.stderr and "sentences:" not in proc.stdout  # progress on stderr only
    codebook = tmp_path / "codebook.yml"
    codebook.write_bytes(proc.stdout.encode("utf-8"))
    book = load_codebook(codebook)
    assert len(book.themes) >= 1

    check = run("themes", "check", str(codebook), str(SMALL), "-q")
    assert check.returncode == 0 and check.stderr == "", check.stderr
    heads = [line for line in check.stdout.splitlines() if not line.startswith(" ")]
    assert len(heads) == len(book.theme_names)
    for name, head in zip(book.theme_names, heads):
        assert head.startswith(f"{name}: ") and " sentences in " in head


def test_themes_check_of_the_default_codebook_on_the_seeds_names_every_theme():
    from analysis.views import load_codebook

    proc = run("themes", "check", "analysis/lexicons/themes.yml", "seeds", "-q")
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    for name in load_codebook().theme_names:
        assert any(line.startswith(f"{name}: ") and " sentences in " in line for line in proc.stdout.splitlines()), name
    assert "  label '" in proc.stdout and "e.g. " in proc.stdout


CODEBOOK = """\
name: test
themes:
  ties:
    description: 'Ties between the two states.'
    patterns: ['korea\\w*', 'moscow', 'zzzqqq']
    positions:
      close: ['alliance', 'partner\\w*']
      distant: ['estrange\\w*']
"""


def test_themes_check_counts_each_theme_and_label_and_flags_patterns_that_match_nothing(tmp_path):
    codebook = tmp_path / "codebook.yml"
    codebook.write_text(CODEBOOK, encoding="utf-8")
    proc = run("themes", "check", str(codebook), "seeds", "-q")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert re.fullmatch(r"ties: \d+ sentences in 5 articles", lines[0])
    close = next(i for i, line in enumerate(lines) if line.startswith("  label 'close': "))
    assert not re.match(r"  label 'close': 0 sentences", lines[close]) and lines[close + 1].lstrip().startswith("e.g. ")
    assert [line for line in lines if "'zzzqqq'" in line][0].endswith("!! matches nothing")
    assert "'moscow'" in proc.stdout and "!!" not in [line for line in lines if "'moscow'" in line][0]
    only = run("themes", "check", str(codebook), "seeds", "-q", "--problems")
    patterns = [line for line in only.stdout.splitlines() if line.lstrip().startswith("pattern ")]
    assert patterns and all("!!" in line for line in patterns)


@pytest.mark.parametrize("args", [
    ("draft", "no_such_corpus"),
    ("check", "analysis/lexicons/themes.yml", "no_such_corpus"),
    ("check", "no_such_codebook.yml", "seeds"),
    ("check", "BROKEN", "seeds"),
])
def test_themes_report_a_bad_corpus_or_codebook_in_one_error_line(args, tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("themes: [one, two\n", encoding="utf-8")
    proc = run("themes", *(str(broken) if a == "BROKEN" else a for a in args))
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith("error: "), proc.stderr


# ---- texts/<article_id>.txt: every span is checkable, whatever the input format -------------

FORMATS = DATA / "formats"


def test_extract_writes_each_articles_text_and_every_span_slices_it(tmp_path):
    import shutil

    from analysis.io import read_table

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FORMATS / "nk_russia_note.md", corpus / "note.md")
    shutil.copy(FORMATS / "nk_russia_page.html", corpus / "page.html")
    out = tmp_path / "out"
    proc = run("extract", str(corpus), "--out", str(out), "-q", "--no-cache")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (out / "texts").iterdir()) == ["note.txt", "page.txt"]
    texts = {p.stem: p.read_bytes().decode("utf-8") for p in (out / "texts").iterdir()}
    assert "<" not in texts["page"] and "**" not in texts["note"]  # the extracted text, not the markup
    articles = read_table(out, "articles")
    assert sorted(articles["article_id"]) == ["note", "page"]
    checked = 0
    for name in ("sentences", "quotes", "claims", "figures", "dates"):
        frame = read_table(out, name)
        for r in frame.itertuples(index=False):
            assert r.text == texts[r.article_id][r.start:r.end], (name, r.article_id, r.start)
            checked += 1
    assert checked > 20 and len(read_table(out, "figures")) and len(read_table(out, "quotes"))
