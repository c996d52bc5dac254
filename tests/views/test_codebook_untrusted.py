"""A codebook is untrusted input: hostile files are refused in one line, runaway patterns refused or stopped.

Each case names what a colleague's codebook could do to a build (issue 14, item 3).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import tracemalloc
import warnings

import pandas as pd
import pytest

from analysis import config
from analysis.errors import CodebookError
from analysis.views import CodebookWarning, collect_views, load_codebook, theme_sentences
from analysis.views import codebook_file, patterns

ALIAS_BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{b}: &{b} [{','.join(['*' + a] * 9)}]" for a, b in zip("abcdefgh", "bcdefghi")]
    + ["themes: {laughs: {description: nine to the ninth laughs, patterns: *i}}", ""])

FINE_THEME = """\
  trade:
    description: Trade between two countries.
    patterns: ['trade']
    positions:
      growing: ['grew', 'rising']
"""


def _write(tmp_path, text: str, name: str = "book.yml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _one_line_error(path, match: str) -> str:
    with pytest.raises(CodebookError) as info:
        load_codebook(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(path) + ": ")
    assert match in message
    assert info.value.exit_code == 2
    return message


def _sentences(*texts: str) -> dict:
    return {"sentences": pd.DataFrame({
        "article_id": ["a"] * len(texts), "sentence_id": range(len(texts)),
        "start": [0] * len(texts), "end": [len(t) for t in texts], "text": list(texts), "paragraph": [0] * len(texts)})}


# --------------------------------------------------------------------------- the file
def test_alias_bomb_is_refused_quickly(tmp_path):
    path = _write(tmp_path, ALIAS_BOMB)
    assert len(ALIAS_BOMB.encode()) < 500
    tracemalloc.start()
    try:
        message = _one_line_error(path, "aliases (*name) expand to more than 100,000 values")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000          # the expanded document would hold 387 million strings
    assert len(message) < 300


def test_recursive_alias_is_refused(tmp_path):
    path = _write(tmp_path, "themes: &t {loop: *t}\n")
    _one_line_error(path, "an alias refers to a value that contains it")


def test_fifo_codebook_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "themes.yml"
    os.mkfifo(fifo)
    outcome = []

    def load():
        try:
            load_codebook(fifo)
        except CodebookError as exc:
            outcome.append(str(exc))

    reader = threading.Thread(target=load, daemon=True)
    reader.start()
    reader.join(timeout=60)           # a bound, not a measure: opening a FIFO to read would block for ever
    if reader.is_alive():
        with open(fifo, "w"):         # let the blocked reader go before failing
            pass
        pytest.fail("load_codebook blocked on a FIFO")
    assert outcome == [f"{fifo}: is a FIFO (named pipe), not a regular file; give the path of a codebook file"]


def test_dev_zero_codebook_is_refused(tmp_path):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero on this system")
    message = _one_line_error("/dev/zero", "is a character device, not a regular file")
    assert len(message) < 200


def test_folder_codebook_is_refused(tmp_path):
    _one_line_error(tmp_path, "is a folder, not a YAML file")


def test_oversized_codebook_is_refused(tmp_path):
    line = "# " + "x" * 98 + "\n"
    path = _write(tmp_path, line * (codebook_file.MAX_CODEBOOK_BYTES // len(line) + 1))
    _one_line_error(path, "a codebook may hold at most 1,000,000")


def test_link_to_a_file_outside_its_folder_is_refused(tmp_path):
    secret = _write(tmp_path, "themes: {}\n", "secret.yml")
    (tmp_path / "books").mkdir()
    link = tmp_path / "books" / "themes.yml"
    link.symlink_to(secret)
    _one_line_error(link, "is a link to a file outside its folder")


def test_link_to_a_file_in_its_folder_is_followed(tmp_path):
    (tmp_path / "v2").mkdir()
    real = _write(tmp_path / "v2", "themes:\n" + FINE_THEME)
    link = tmp_path / "current.yml"
    link.symlink_to(real)
    assert load_codebook(link).theme_names == ("trade",)


@pytest.mark.parametrize("name, shown", [("bad\x00name.yml", "bad\\x00name.yml: is not a usable file name"),
                                         ("line\nbreak.yml", "line\\nbreak.yml: file not found")])
def test_unusual_codebook_names_give_one_escaped_line(name, shown):
    with pytest.raises(CodebookError) as info:
        load_codebook(name)
    assert str(info.value) == shown


def test_error_shows_an_excerpt_never_the_whole_value(tmp_path):
    long_name = "n" * 5000
    path = _write(tmp_path, f"themes:\n  ? {long_name}\n  : 3\n")
    message = _one_line_error(path, "must be a mapping")
    assert len(message) < 400 and "n" * 100 not in message


def test_terms_that_multiply_are_refused(tmp_path):
    terms = "terms:\n  A: 'lol'\n" + "".join(
        f"  {b}: '{('{' + a + '}') * 10}'\n" for a, b in zip("ABCDEFGH", "BCDEFGHI"))
    path = _write(tmp_path, terms + "themes:\n  t:\n    description: x\n    patterns: ['{I}']\n")
    _one_line_error(path, "characters long once its {TERMS} are filled in")


# --------------------------------------------------------------------------- the patterns
@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w*)*", r"(x+|y)+", r"(?:\s*\w+)*\.", r"({LETTERS})+"])
def test_nested_quantifier_pattern_is_refused_naming_it(tmp_path, pattern):
    path = _write(tmp_path, textwrap.dedent(f"""\
        terms:
          LETTERS: '[a-z]+'
        themes:
          runaway theme:
            description: A theme with a pattern that backtracks without end.
            patterns: ['calm', '{pattern}']
        """))
    message = _one_line_error(path, "repeats without bound something that itself repeats without bound")
    assert "theme 'runaway theme' patterns" in message and repr(pattern) in message


@pytest.mark.parametrize("pattern", [r"(?:\w+ ){0,3}", r"[^.;]{0,40}", r"(?>a+)+", r"(?:a++)+", r"(?:ab?)+"])
def test_bounded_or_non_backtracking_repetition_is_accepted(pattern):
    assert not patterns.nested_repetition(pattern)


def test_default_codebook_has_no_runaway_pattern():
    book = load_codebook(config.DEFAULT_THEMES)
    assert len(book.themes) >= 9          # every pattern went through the check while loading


@pytest.fixture()
def short_timeout(monkeypatch):
    monkeypatch.setattr(patterns, "MATCH_TIMEOUT", 0.2)


def test_slow_pattern_is_stopped_and_reported(tmp_path, short_timeout):
    path = _write(tmp_path, "themes:\n  slow:\n    description: Backtracks.\n    patterns: ['calm', '(a|aa)+$']\n" + FINE_THEME)
    tables = _sentences("Trade grew fast.", "x " + "a" * 200 + "!", "Trade is rising.")
    with pytest.warns(CodebookWarning, match=r"theme 'slow' patterns: pattern '\(a\|aa\)\+\$' took more than 0.2 s"):
        views = collect_views(tables, path)
    assert views["theme_sentences"][["sentence_id", "theme", "position"]].values.tolist() == [
        [0, "trade", "growing"], [2, "trade", "growing"]]
    problems = views["codebook_problems"]
    assert problems[["theme", "where", "article_id", "sentence_id"]].values.tolist() == [
        ["slow", "theme 'slow' patterns", "a", 1]]
    themes = views["themes"].set_index("theme")
    assert "the theme is left out of the views" in themes.loc["slow", "problem"]
    assert themes.loc["trade", "problem"] == ""


def test_slow_marker_list_is_left_out_and_reported(tmp_path, short_timeout):
    path = _write(tmp_path, "markers:\n  hedges: ['(a|aa)+$']\nthemes:\n" + FINE_THEME)
    problems = []
    with pytest.warns(CodebookWarning, match="the views were read without markers.hedges"):
        rows = theme_sentences(_sentences("Trade grew: " + "a" * 200 + "!", "Trade grew, perhaps."), path,
                               problems=problems)
    # The codebook's list is left out for every sentence; the package's hedge lexicon ("perhaps") still counts.
    assert rows[["theme", "position", "certainty", "hedge"]].values.tolist() == [
        ["trade", "growing", "asserted", ""], ["trade", "growing", "hedged", "perhaps"]]
    assert [(p["where"], p["sentence_id"]) for p in problems] == [("markers.hedges", 0)]


def test_theme_over_its_total_budget_is_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(patterns, "THEME_SECONDS", 0.0)
    monkeypatch.setattr(patterns, "THEME_SECONDS_PER_SENTENCE", 0.0)
    path = _write(tmp_path, "themes:\n" + FINE_THEME)
    problems = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rows = theme_sentences(_sentences("Trade grew fast."), path, problems=problems)
    assert rows.empty
    assert [p["problem"] for p in problems] == [
        "its patterns took more than 0 s in all (article a, sentence 0); the theme is left out of the views"]
    assert [w.category for w in caught] == [CodebookWarning]


SLOW_SEARCH = """\
import regex, sys
from analysis.cli import stop_on_signals
from analysis.views import patterns
stop_on_signals()        # the command line's handlers: Ctrl-C and SIGTERM raise wherever the process is
patterns.MATCH_TIMEOUT = 600
pattern = patterns.TimedPattern(regex.compile(r"(a|aa)+$"), ("theme", "slow"), "theme 'slow' patterns", ())
print("searching", flush=True)
pattern.search("a" * 1000 + "!")
"""


@pytest.mark.parametrize("signum, raised", [(signal.SIGINT, "KeyboardInterrupt"), (signal.SIGTERM, "Terminated")])
def test_ctrl_c_and_sigterm_stop_a_slow_pattern(signum, raised):
    child = subprocess.Popen([sys.executable, "-c", SLOW_SEARCH], cwd=config.PROJECT_ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline() == "searching\n"
        child.send_signal(signum)
        _, stderr = child.communicate(timeout=60)   # a bound: the search alone would run for 600 s
    finally:
        child.kill()
    assert raised in stderr
