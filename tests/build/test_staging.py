"""Outputs are sets: a kill, SIGTERM, Ctrl-C or a full disk at any moment leaves the previous set whole,
and the next run puts right what a run that died left behind."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.build import staging
from analysis.build.staging import recover, staged
from analysis.config import PROJECT_ROOT, SEEDS_DIR

from ..conftest import DATA

SMALL = DATA / "corpus_small"
PREVIOUS = {"articles.csv": "previous articles\n", "quotes.csv": "previous quotes\n"}
PREVIOUS_REPORT = {"briefing.html": "previous report\n", "README.md": "readme\n"}


def previous_set(out: Path, files: dict[str, str] = PREVIOUS) -> dict[str, str]:
    out.mkdir(parents=True)
    for name, text in files.items():
        (out / name).write_text(text)
    return dict(files)


def contents(out: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in out.iterdir() if p.is_file()}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def big_corpus(folder: Path, copies: int) -> Path:
    """The seeds copied ``copies`` times (each copy unique), so that an extraction takes a while."""
    folder.mkdir()
    for k in range(copies):
        for path in SEEDS_DIR.glob("*.txt"):
            (folder / f"c{k:03d}_{path.name}").write_text(path.read_text(encoding="utf-8") + f"\n\nCopy {k}.\n",
                                                          encoding="utf-8")
    return folder


def cli(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "analysis", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=PROJECT_ROOT, start_new_session=True, **kw)


def wait_for_staging(out: Path, proc: subprocess.Popen, inside: str = "") -> Path:
    """The staging folder of the run ``proc`` once it exists (and holds ``inside``)."""
    while proc.poll() is None:
        found = [p for p in out.parent.glob(f".{out.name}.building-{proc.pid}-*") if (p / inside).exists()]
        if found:
            return found[0]
        time.sleep(0.05)
    pytest.fail(f"the run ended before its staging folder appeared: {proc.stderr.read()}")


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


# ------------------------------------------------------------------ a kill at each step of a run
KILLED_AT = """
import os, shutil, signal, sys
from pathlib import Path
from analysis.build import staging

out, when = Path(sys.argv[1]), sys.argv[2]
die = lambda: os.kill(os.getpid(), signal.SIGKILL)
rename, rmtree = os.rename, shutil.rmtree
os.rename = lambda a, b: die() if when == "between the renames" and Path(b) == out else rename(a, b)
shutil.rmtree = lambda p, **kw: die() if when == "removing the old set" and ".old-" in str(p) else rmtree(p, **kw)
with staging.staged(out) as folder:
    (folder / "articles.csv").write_text("new articles\\n")
    if when == "writing the set":
        die()
    (folder / "quotes.csv").write_text("new quotes\\n")
"""
NEW = {"articles.csv": "new articles\n", "quotes.csv": "new quotes\n"}


@pytest.mark.parametrize("when, after_kill, after_recovery", [
    ("writing the set", PREVIOUS, PREVIOUS),
    ("between the renames", None, PREVIOUS),  # no output folder until the next run restores it
    ("removing the old set", NEW, NEW),
])
def test_kill_9_at_each_step_leaves_a_whole_set_and_the_next_run_puts_it_right(tmp_path, when, after_kill,
                                                                                 after_recovery):
    out = tmp_path / "out"
    previous_set(out)
    proc = subprocess.run([sys.executable, "-c", KILLED_AT, str(out), when], cwd=PROJECT_ROOT)
    assert proc.returncode == -signal.SIGKILL
    assert (contents(out) if out.exists() else None) == after_kill
    assert leftovers(out), "the killed run left its staging or old folder"
    recover(out)
    assert contents(out) == after_recovery
    assert leftovers(out) == []


def test_a_run_that_died_between_the_renames_is_recovered_even_by_a_run_that_fails(tmp_path):
    out = tmp_path / "out"
    previous_set(out)
    out.rename(tmp_path / f".out.old-{dead_pid()}")
    with pytest.raises(RuntimeError):
        with staged(out):
            raise RuntimeError("the new run fails")
    assert contents(out) == PREVIOUS and leftovers(out) == []


def test_stale_staging_and_old_folders_are_removed_but_a_live_runs_staging_is_kept(tmp_path):
    out = tmp_path / "out"
    previous_set(out)
    pid = dead_pid()
    for name in (f".out.building-{pid}-abcd1234", f".out.old-{pid}", f".out.building-{os.getpid()}-live1234"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "quotes.csv").write_text("partial")
    (tmp_path / ".out.old-x.building-1-abcd1234").mkdir()  # the staging folder of a folder named ".out.old-x"
    with staged(out) as folder:
        (folder / "articles.csv").write_text("new")
    assert contents(out) == {"articles.csv": "new"}
    assert leftovers(out) == [f".out.building-{os.getpid()}-live1234", ".out.old-x.building-1-abcd1234"]


def test_a_failing_run_leaves_the_previous_set_and_no_staging_folder(tmp_path):
    out = tmp_path / "out"
    previous_set(out)
    with pytest.raises(ZeroDivisionError):
        with staged(out) as folder:
            (folder / "articles.csv").write_text("new")
            1 / 0
    assert contents(out) == PREVIOUS and leftovers(out) == []


def test_a_folder_holding_files_the_command_does_not_write_is_refused(tmp_path):
    out = tmp_path / "home"
    out.mkdir()
    (out / "thesis.docx").write_text("years of work")
    proc = cli("extract", str(SMALL), "--out", str(out), "-q")
    _, err = proc.communicate()
    assert proc.returncode == 2
    assert err.strip().splitlines() == [f"error: {out}: holds 'thesis.docx', which this command does not write; "
                                        "pass a new or empty folder for --out"]
    assert (out / "thesis.docx").read_text() == "years of work" and sorted(os.listdir(out)) == ["thesis.docx"]


@pytest.mark.parametrize("command", ["extract", "build"])
def test_an_over_long_out_name_gives_one_error_line(tmp_path, command):
    out = tmp_path / ("r" * 250)
    args = [str(SMALL), "--out", str(out)] if command == "extract" else ["--corpus", str(SMALL), "--out", str(out)]
    proc = cli(command, *args, "-q")
    _, err = proc.communicate()
    assert proc.returncode == 2
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("error: rrrrrrrr") and "folder name too long (250 bytes" in err
    assert not out.exists() and list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ signals and kills during real runs
@pytest.fixture(scope="module")
def slow_corpus(tmp_path_factory):
    return big_corpus(tmp_path_factory.mktemp("corpus") / "corpus", copies=40)


def test_kill_9_during_extract_leaves_the_previous_set_and_the_next_run_cleans_up(tmp_path, slow_corpus):
    out = tmp_path / "out"
    previous_set(out)
    proc = cli("extract", str(slow_corpus), "--out", str(out), "--jobs", "1", "--no-cache", "-q")
    wait_for_staging(out, proc)
    time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert contents(out) == PREVIOUS
    assert leftovers(out), "the staging folder of the killed run"
    again = cli("extract", str(SMALL), "--out", str(out), "-q")
    again.communicate()
    assert again.returncode == 0
    assert "articles.csv" in contents(out) and contents(out) != PREVIOUS
    assert leftovers(out) == []


@pytest.mark.parametrize("sig, code, message", [
    (signal.SIGTERM, 143, "error: stopped by SIGTERM; outputs already in place were left as they were"),
    (signal.SIGINT, 130, "error: interrupted; outputs already in place were left as they were"),
])
def test_sigterm_or_ctrl_c_during_extract_cleans_up_and_says_so_in_one_line(tmp_path, slow_corpus, sig, code,
                                                                           message):
    out = tmp_path / "out"
    previous_set(out)
    proc = cli("extract", str(slow_corpus), "--out", str(out), "--jobs", "2", "--no-cache", "-q")
    wait_for_staging(out, proc)
    time.sleep(0.5)
    # SIGTERM as from a service manager, to the process; Ctrl-C as from a terminal, to its whole group.
    os.kill(proc.pid, sig) if sig == signal.SIGTERM else os.killpg(proc.pid, sig)
    _, err = proc.communicate()
    assert proc.returncode == code, err
    assert err.strip().splitlines() == [message]
    assert contents(out) == PREVIOUS and leftovers(out) == []


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                if entry.isdigit() and int(fh.read().rsplit(b")", 1)[1].split()[1]) == pid:
                    found.append(int(entry))
        except (OSError, ValueError, IndexError):
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


@pytest.mark.slow
def test_sigterm_while_the_briefing_runs_stops_its_kernel_and_keeps_the_previous_report(tmp_path):
    out = tmp_path / "reports"
    previous_set(out, PREVIOUS_REPORT)
    proc = cli("build", "--corpus", str(SMALL), "--out", str(out), "--no-cache", "-q")
    wait_for_staging(out, proc, inside="notebooks/briefing.ipynb")
    kernels = _children(proc.pid)
    os.kill(proc.pid, signal.SIGTERM)
    _, err = proc.communicate()
    assert proc.returncode == 143, err
    assert error_lines(err) == ["error: stopped by SIGTERM; outputs already in place were left as they were"]
    assert contents(out) == PREVIOUS_REPORT and leftovers(out) == []
    assert not (tmp_path / "reports.failed").exists()
    deadline = time.monotonic() + 30  # a kernel gone already, or one whose parent poller ends it
    while any(_alive(pid) for pid in kernels) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in kernels if _alive(pid)]


@pytest.mark.slow
def test_kill_9_during_build_leaves_the_previous_report(tmp_path):
    out = tmp_path / "reports"
    previous_set(out, PREVIOUS_REPORT)
    proc = cli("build", "--corpus", str(SMALL), "--out", str(out), "--no-cache", "-q")
    wait_for_staging(out, proc, inside="data/articles.csv")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert contents(out) == PREVIOUS_REPORT
    recover(out)
    assert contents(out) == PREVIOUS_REPORT and leftovers(out) == []


def test_two_extracts_into_the_same_folder_at_once_leave_one_whole_set(tmp_path):
    out = tmp_path / "out"
    previous_set(out)
    runs = [cli("extract", str(SMALL), "--out", str(out), "--jobs", "1", "--no-cache", "-q") for _ in range(3)]
    for proc in runs:
        _, err = proc.communicate()
        assert proc.returncode == 0, err
    assert {"articles.csv", "claims.csv", "dates.csv", "figures.csv", "quotes.csv", "sentences.csv",
            "skips.csv"} <= set(contents(out)) and contents(out)["articles.csv"] != PREVIOUS["articles.csv"]
    assert leftovers(out) == []


@pytest.mark.slow
def test_two_builds_into_the_same_folder_at_once_both_succeed_and_leave_one_whole_report(tmp_path):
    out = tmp_path / "reports"
    runs = [cli("build", "--corpus", str(SMALL), "--out", str(out), "--no-pdf", "--no-cache", "-q") for _ in range(2)]
    for proc in runs:
        _, err = proc.communicate()
        assert proc.returncode == 0, err
    assert sorted(os.listdir(out)) == ["briefing.html", "data", "notebooks"]
    assert "Bottom line" in (out / "briefing.html").read_text(encoding="utf-8")
    assert (out / "data" / "articles.csv").is_file() and leftovers(out) == []


# ------------------------------------------------------------------ a full disk
@pytest.fixture
def small_disk(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)],
                             capture_output=True, text=True)
    if mounted.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_full_disk_leaves_the_previous_set_and_gives_one_error_line(tmp_path, small_disk):
    out = small_disk / "out"
    previous_set(out)
    corpus = big_corpus(tmp_path / "corpus", copies=10)  # about 600 KB of tables: more than the disk holds
    proc = cli("extract", str(corpus), "--out", str(out), "--no-cache", "-q")
    _, err = proc.communicate()
    assert proc.returncode == 2, err
    assert err.strip().splitlines() == [f"error: {out}: the new set could not be written (No space left on device); "
                                        "the previous one was left as it was"]
    assert contents(out) == PREVIOUS and leftovers(out) == []


def test_the_lock_is_the_parent_folder_itself_and_leaves_no_file(tmp_path):
    out = tmp_path / "out"
    with staged(out) as folder:
        (folder / "articles.csv").write_text("a")
    assert sorted(os.listdir(tmp_path)) == ["out"]
    assert staging.LONGEST_NAME < 255
