"""Bad input: each case gets a one-line error naming the file (exit 1/2) or a recorded skip.

The cases are named for the input they feed in.  Whole-build cases (a failing
notebook cell, an interrupted build) live in tests/test_build.py.
"""
from __future__ import annotations

import os
import stat
import struct
import subprocess
import sys
import zlib

import pandas as pd
import pytest

from analysis import extract, load_corpus
from analysis.cli import main
from analysis.config import PROJECT_ROOT
from analysis.records import MENTION_TABLES

from .conftest import write_corpus

GOOD = "Good Title For A Test Article\n\nThe ministry said on 3 August 2022 that trade reached US$ 5 million.\n"


def _png() -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00")) + chunk(b"IEND", b""))


# name -> (file content, expected skip reason fragment or None when the file must load)
FILE_CASES = {
    "empty_file": (b"", "empty file"),
    "whitespace_only": (b"  \n\t\r\n  ", "whitespace only"),
    "png_renamed_txt": (_png(), "PNG image"),
    "nul_bytes_without_bom": (b"abc\x00\x00def" * 10, "NUL bytes"),
    "control_characters": (bytes(range(1, 9)) * 50, "control characters"),
    "html_saved_as_txt": (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "HTML markup"),
    "latin1_text": ("Le caf\u00e9 \u00e0 Pyongyang a ferm\u00e9 en 2020.".encode("latin-1"), None),
    "cp1252_curly_quotes": ("He called it \u201ccompletely fake.\u201d".encode("cp1252"), None),
    "utf8_bom": (b"\xef\xbb\xbf" + GOOD.encode(), None),
    "utf16_le_bom": (GOOD.encode("utf-16"), None),
    "utf16_be_bom": (b"\xfe\xff" + GOOD.encode("utf-16-be"), None),
    "crlf_line_endings": (GOOD.replace("\n", "\r\n").encode(), None),
    "mixed_line_endings": ("Title Line Here Now\r\n\nBody one.\rBody two.\n".encode(), None),
    "unbalanced_quotes": ("He said \u201cthis never closes. And \u201cthis \u201d one\" does 'not.".encode(), None),
    "nested_and_mixed_quotes": ("She said \u201cthey called it \u2018fake\u2019 twice\" and \"then \u201cmore\u201d.\"".encode(), None),
    "quote_runs_to_end_of_file": ("Intro line.\n\nHe said: \u201cand this goes on to the very end".encode(), None),
    "no_dates_or_figures": (b"Nothing to see here. Just words and more words.", None),
}


@pytest.mark.parametrize("name", sorted(FILE_CASES))
def test_bad_file_is_skipped_or_loaded(tmp_path, name):
    content, reason = FILE_CASES[name]
    folder = write_corpus(tmp_path / "c", {f"{name}.txt": content, "ok.txt": GOOD})
    corpus = load_corpus(folder)
    skipped = {s.file: s.reason for s in corpus.skips}
    if reason is None:
        assert f"{name}.txt" not in skipped
        article = corpus[name]
        tables = extract(corpus.subset([name]))
        for table in MENTION_TABLES:
            for row in getattr(tables, table).itertuples():
                assert article.text[row.start:row.end] == row.text
    else:
        assert reason in skipped[f"{name}.txt"]
        assert [a.article_id for a in corpus] == ["ok"]


def test_latin1_and_cp1252_decode_to_the_right_characters(tmp_path):
    content, _ = FILE_CASES["cp1252_curly_quotes"]
    corpus = load_corpus(write_corpus(tmp_path, {"a.txt": content}))
    assert corpus["a"].encoding == "cp1252" and "\u201ccompletely fake.\u201d" in corpus["a"].text


def test_bom_is_kept_as_a_character_so_offsets_match_a_plain_utf8_decode(tmp_path):
    corpus = load_corpus(write_corpus(tmp_path, {"a.txt": FILE_CASES["utf8_bom"][0]}))
    text = corpus["a"].text
    assert text[0] == "\ufeff" and text == FILE_CASES["utf8_bom"][0].decode("utf-8")
    assert corpus["a"].title == "Good Title For A Test Article"


def test_file_over_the_size_limit_is_skipped(tmp_path):
    folder = write_corpus(tmp_path, {"big.txt": "word " * 1000, "ok.txt": GOOD})
    corpus = load_corpus(folder, max_bytes=1000)
    assert "too large" in {s.file: s.reason for s in corpus.skips}["big.txt"]


def test_duplicate_article_is_skipped_naming_the_original(tmp_path):
    corpus = load_corpus(write_corpus(tmp_path, {"a.txt": GOOD, "b.txt": GOOD}))
    assert [a.article_id for a in corpus] == ["a"]
    assert corpus.skips[0].file == "b.txt" and "duplicate of a.txt" in corpus.skips[0].reason


def test_ten_megabyte_article_and_two_megabyte_line_are_extracted(tmp_path, seed_corpus):
    """Real prose (the seeds, repeated) at 10 MB, and 2 MB with every line break removed.
    Time is measured by `python -m analysis bench`, not asserted here."""
    prose = "\n\n".join(a.text for a in seed_corpus)
    big = prose * (10_000_000 // len(prose.encode("utf-8")) + 1)
    line = " ".join(prose.split("\n")) * (2_000_000 // len(prose.encode("utf-8")) + 1)
    corpus = load_corpus(write_corpus(tmp_path, {"big.txt": big, "line.txt": line}))
    tables = extract(corpus, jobs=2)
    assert len(corpus) == 2 and len(tables.sentences) > 50_000
    assert (tables.figures["article_id"] == "line").sum() > 100
    texts = corpus.texts
    for table in (tables.quotes, tables.claims, tables.figures, tables.dates):
        sample = table.iloc[:: max(1, len(table) // 200)]
        assert all(texts[r.article_id][r.start:r.end] == r.text for r in sample.itertuples())


# ----------------------------------------------------------------- CLI: fatal input exits 1/2 in one line
def _run_cli(args, capsys):
    code = main(args)
    err = capsys.readouterr().err
    return code, err


def _one_line_error(err: str) -> str:
    lines = [l for l in err.splitlines() if l.startswith("error:")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_missing_corpus_folder_exits_2_naming_it(tmp_path, capsys):
    code, err = _run_cli(["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and "nope: corpus folder not found" in _one_line_error(err)


def test_empty_corpus_folder_exits_2(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code, err = _run_cli(["extract", str(tmp_path / "empty"), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and "no articles in this folder" in _one_line_error(err)


def test_corpus_path_that_is_a_file_exits_2(tmp_path, capsys):
    (tmp_path / "f.txt").write_text("x")
    code, err = _run_cli(["extract", str(tmp_path / "f.txt"), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and "not a folder" in _one_line_error(err)


def test_corpus_of_only_unreadable_files_exits_2(tmp_path, capsys):
    folder = write_corpus(tmp_path / "c", {"a.txt": b"", "b.txt": _png()})
    code, err = _run_cli(["extract", str(folder), "--out", str(tmp_path / "o")], capsys)
    line = _one_line_error(err)
    assert code == 2 and "no readable articles" in line and "a.txt" in line


MANIFEST_CASES = {
    "malformed_quoting": ('file,title\n"a.txt,unclosed\n', "malformed CSV"),
    "no_file_column": ("name,title\na.txt,x\n", "no 'file' column"),
    "path_outside_corpus": ("file\n../../etc/passwd\n", "refusing file '../../etc/passwd'"),
    "absolute_path": ("file\n/etc/passwd\n", "refusing file '/etc/passwd'"),
    "bad_date": ("file,published\na.txt,2022-13-45\n", "published '2022-13-45' is not an ISO date"),
    "ragged_row": ("file,title\na.txt,x,y\n", "line 2 has 3 fields"),
    "bad_basis": ("file,published,published_basis\na.txt,2022,guessed\n", "published_basis 'guessed'"),
    "listed_twice": ("file\na.txt\na.txt\n", "a.txt is listed twice"),
}


@pytest.mark.parametrize("name", sorted(MANIFEST_CASES))
def test_broken_manifest_exits_2_naming_articles_csv(tmp_path, capsys, name):
    manifest, fragment = MANIFEST_CASES[name]
    folder = write_corpus(tmp_path / "c", {"a.txt": GOOD, "articles.csv": manifest})
    code, err = _run_cli(["extract", str(folder), "--out", str(tmp_path / "o")], capsys)
    line = _one_line_error(err)
    assert code == 2 and "articles.csv" in line and fragment in line
    assert not (tmp_path / "o").exists()


def test_manifest_naming_a_missing_file_records_a_skip(tmp_path, capsys):
    folder = write_corpus(tmp_path / "c", {"a.txt": GOOD, "articles.csv": "file,published\na.txt,2022-09\nghost.txt,2021\n"})
    code, err = _run_cli(["extract", str(folder), "--out", str(tmp_path / "o")], capsys)
    assert code == 0 and "ghost.txt" in err and "not found" in err
    skips = pd.read_csv(tmp_path / "o" / "skips.csv")
    assert skips.file.tolist() == ["ghost.txt"]
    articles = pd.read_csv(tmp_path / "o" / "articles.csv")
    assert articles.published.tolist() == ["2022-09"] and articles.published_basis.tolist() == ["manifest"]


def test_output_folder_that_is_a_file_exits_2(tmp_path, capsys):
    folder = write_corpus(tmp_path / "c", {"a.txt": GOOD})
    (tmp_path / "out").write_text("I am a file")
    code, err = _run_cli(["extract", str(folder), "--out", str(tmp_path / "out")], capsys)
    assert code == 2 and "not a folder" in _one_line_error(err)


def test_output_folder_not_writable_exits_2(tmp_path, capsys):
    folder = write_corpus(tmp_path / "c", {"a.txt": GOOD})
    locked = tmp_path / "locked"
    locked.mkdir()
    # root ignores permission bits, so lock the folder with the immutable flag instead.
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(locked)], capture_output=True).returncode:
            pytest.skip("running as root on a filesystem without chattr +i")
        undo = ["chattr", "-i", str(locked)]
    else:
        locked.chmod(0o555)
        undo = ["chmod", "755", str(locked)]
    try:
        code, err = _run_cli(["extract", str(folder), "--out", str(locked / "x")], capsys)
    finally:
        subprocess.run(undo)
    line = _one_line_error(err)  # the wording is the output staging's (analysis/build/staging.py)
    assert code == 2 and line.startswith(f"error: {locked}") and ("not writable" in line or "cannot write" in line)


def test_skipped_file_warning_is_one_line_and_names_the_file(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": GOOD, "empty.txt": b""})
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(folder), "--out", str(tmp_path / "o"), "-q"],
                          capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert proc.returncode == 0
    assert proc.stderr.strip() == f"warning: {folder / 'empty.txt'}: skipped: empty file"


# ----------------------------------------------------------------- entries that are not regular files
def _make_fifo(path):
    os.mkfifo(path)


def _make_dangling_link(path):
    path.symlink_to(path.parent / "does-not-exist.txt")


def _make_socket(path):
    import socket

    # A socket's path is limited to about 100 bytes: bind by a short relative name from its folder.
    here = os.getcwd()
    os.chdir(path.parent)
    try:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.bind(path.name)
        sock.close()
    finally:
        os.chdir(here)


def _make_device(path):
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 5))  # /dev/zero: endless if it were read


SPECIAL_CASES = {
    "fifo": (_make_fifo, "a named pipe (FIFO), not a regular file"),
    "dangling_link": (_make_dangling_link, "dangling symbolic link (what it points to does not exist): not followed"),
    "socket": (_make_socket, "a socket, not a regular file"),
    "device": (_make_device, "a device, not a regular file"),
}


@pytest.mark.parametrize("name", sorted(SPECIAL_CASES))
def test_special_file_is_skipped_with_a_record(tmp_path, name):
    make, reason = SPECIAL_CASES[name]
    folder = write_corpus(tmp_path / "c", {"ok.txt": GOOD})
    make(folder / f"{name}.txt")
    corpus = load_corpus(folder)
    assert [a.article_id for a in corpus] == ["ok"]
    assert {s.file: s.reason for s in corpus.skips} == {f"{name}.txt": reason}


def test_fifo_named_like_an_article_never_blocks_the_command_line(tmp_path):
    folder = write_corpus(tmp_path / "c", {"ok.txt": GOOD})
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.md")
    # No writer ever opens these pipes: a reader that opened one would wait for ever (the timeout fails the test).
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(folder), "--out", str(tmp_path / "o"),
                           "--no-cache"], capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    skips = pd.read_csv(tmp_path / "o" / "skips.csv", dtype=str, keep_default_na=False)
    assert skips.to_dict("records") == [{"file": "pipe.md", "reason": "a named pipe (FIFO), not a regular file"},
                                        {"file": "pipe.txt", "reason": "a named pipe (FIFO), not a regular file"}]


def _write_bytes_name(folder, name: bytes, content: bytes) -> None:
    fd = os.open(os.path.join(os.fsencode(folder), name), os.O_CREAT | os.O_WRONLY, 0o644)
    try:
        os.write(fd, content)
    finally:
        os.close(fd)


def test_file_name_that_is_not_utf8_is_skipped_and_the_rest_is_read(tmp_path):
    folder = write_corpus(tmp_path / "c", {"ok.txt": GOOD})
    try:
        _write_bytes_name(folder, b"caf\xe9\x1b[2J.txt", b"Another Title For This One\n\nThe army said so in 2021.\n")
    except OSError as exc:
        pytest.skip(f"this filesystem refuses names that are not UTF-8 ({exc.strerror})")
    corpus = load_corpus(folder)
    assert [a.article_id for a in corpus] == ["ok"]
    assert [(s.file, s.reason) for s in corpus.skips] == [
        ("caf\\xe9\\x1b[2J.txt", "file name is not valid UTF-8: rename the file")]


def test_file_name_that_is_not_utf8_does_not_stop_the_command_line(tmp_path):
    folder = write_corpus(tmp_path / "c", {"ok.txt": GOOD})
    try:
        _write_bytes_name(folder, b"\xff\xfe-report.txt", GOOD.replace("Good", "Other").encode())
    except OSError as exc:
        pytest.skip(f"this filesystem refuses names that are not UTF-8 ({exc.strerror})")
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(folder), "--out", str(tmp_path / "o"),
                           "--no-cache"], capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    skips = pd.read_csv(tmp_path / "o" / "skips.csv", dtype=str, keep_default_na=False)
    assert skips.to_dict("records") == [{"file": "\\xff\\xfe-report.txt",
                                         "reason": "file name is not valid UTF-8: rename the file"}]
    assert pd.read_csv(tmp_path / "o" / "articles.csv", dtype=str).article_id.tolist() == ["ok"]


def test_corpus_folder_whose_own_name_is_not_utf8_still_gives_whole_tables(tmp_path):
    parent = os.fsencode(tmp_path)
    try:
        os.mkdir(os.path.join(parent, b"dossier-\xe9t\xe9"))
    except OSError as exc:
        pytest.skip(f"this filesystem refuses names that are not UTF-8 ({exc.strerror})")
    folder = tmp_path / os.fsdecode(b"dossier-\xe9t\xe9")
    write_corpus(folder, {"a.txt": GOOD, "articles.csv": "file\na.txt\nghost.txt\n"})
    code = main(["extract", str(folder), "--out", str(tmp_path / "o"), "--no-cache", "-q"])
    assert code == 0
    skips = pd.read_csv(tmp_path / "o" / "skips.csv", dtype=str, keep_default_na=False)
    assert skips.file.tolist() == ["ghost.txt"] and "dossier-\\xe9t\\xe9" in skips.reason[0]


def test_a_long_reason_from_a_parser_is_cut_short(tmp_path, monkeypatch):
    """A reader's error message may quote the refused file; a skip reason never carries more than a short excerpt."""
    from analysis import corpus as corpus_module

    def refuse(path, **kwargs):
        raise ValueError("broken file (parser says: " + "SECRET " * 100 + ")")

    monkeypatch.setattr(corpus_module, "read_article", refuse)
    skip = corpus_module.try_read_article(tmp_path / "x.txt", None)
    assert len(skip.reason) == corpus_module.MAX_REASON + 1 and skip.reason.endswith("…")
