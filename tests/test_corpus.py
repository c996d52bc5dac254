"""Corpus loading: metadata inferred from the text, manifest overrides and their basis, and the folder
as a boundary (links, pipes and a linked manifest are refused and nothing outside leaks)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import config
from analysis.corpus import decode_article, infer_metadata, load_corpus, parse_iso, read_article
from analysis.errors import ManifestError
from analysis.io import read_table
from analysis.records import Skip

from .conftest import write_corpus


def test_seed_metadata_combines_text_and_manifest(seed_corpus):
    a = {x.article_id: x for x in seed_corpus}
    assert len(a) == 5
    assert a["000_3ce6db4db52fcdf0"].published == "2022-09-30"
    assert a["000_3ce6db4db52fcdf0"].published_basis == "stated"
    assert a["000_3ce6db4db52fcdf0"].author == "Sandip Kumar Mishra"
    for aid in ("001_b57df1a307cdeb68", "002_b39de6000e6ddc92", "003_9c8fa77861a75e7c", "004_cc030a83b0f4ba11"):
        assert a[aid].published_basis == "inferred" and a[aid].notes, aid
    assert a["001_b57df1a307cdeb68"].published == "2020-05"


@pytest.mark.parametrize("article_id, field, expected", [
    ("000_3ce6db4db52fcdf0", "title", "Global Upheaval as Opportunity: North Korea Rebuilding Ties with Russia and China"),
    ("000_3ce6db4db52fcdf0", "published", "2022-09-30"),
    ("000_3ce6db4db52fcdf0", "author", "Sandip Kumar Mishra"),
    ("001_b57df1a307cdeb68", "title", "N. Korea Seeks to Promote Friendship with Russia"),
    ("002_b39de6000e6ddc92", "title", "Strategic Partnership Of Russia And North Korea: New Alliance Of North-East Asia"),
    ("002_b39de6000e6ddc92", "author", "Aishwarya Sanjukta Roy Proma"),
    ("003_9c8fa77861a75e7c", "title", ""),
    ("004_cc030a83b0f4ba11", "published", ""),
])
def test_metadata_inferred_from_the_text_alone(seed_corpus, article_id, field, expected):
    assert infer_metadata(seed_corpus[article_id].text)[field] == expected


def test_view_counter_beside_the_dateline_is_not_a_date():
    meta = infer_metadata("Column\n\nA Headline About Things Here\n\n30 Sep, 2022    ·   5832\n\nBody.")
    assert meta["published"] == "2022-09-30"


def test_byline_gives_the_author():
    assert infer_metadata("A Title For The Piece Here\n\nBy Jane Q. Example\n\nBody text.")["author"] == "Jane Q. Example"


def test_manifest_overrides_and_records_its_basis(tmp_path):
    folder = write_corpus(tmp_path, {
        "a.txt": "A Title From The Text Itself\n\n3 May, 2021\n\nBody.",
        "b.txt": "Body only, no header at all in this article text.",
        "articles.csv": "file,title,published,published_basis\na.txt,Manifest Title,2021-05-03,\nb.txt,,2020,inferred\n",
    })
    corpus = load_corpus(folder)
    assert corpus["a"].title == "Manifest Title" and corpus["a"].published_basis == "stated"
    assert corpus["b"].published == "2020" and corpus["b"].published_basis == "inferred"


def test_manifest_date_that_differs_from_the_text_is_marked_manifest(tmp_path):
    folder = write_corpus(tmp_path, {"a.txt": "A Title From The Text\n\n3 May, 2021\n\nBody.",
                                     "articles.csv": "file,published\na.txt,2021-06-01\n"})
    assert load_corpus(folder)["a"].published_basis == "manifest"


@pytest.mark.parametrize("value, expected", [("2022-09-30", "2022-09-30"), ("2022-09", "2022-09"), ("2022", "2022"),
                                             ("2022-02-30", None), ("2022-13", None), ("30/09/2022", None), ("", None)])
def test_parse_iso(value, expected):
    assert parse_iso(value) == expected


def test_decode_refuses_utf16_without_sense():
    with pytest.raises(ValueError, match="broken UTF-16"):
        decode_article(b"\xff\xfe\x00\xd8")


# ----------------------------------------------------------------- the folder is a boundary
GOOD = "A Good Title For The Article\n\nThe ministry said on 3 August 2022 that trade reached US$ 5 million.\n"
SECRET = "root:SECRET-HASH-7f3a:19000:0:99999:7:::\nsecret line two of a file outside the corpus\n"


def _secret_lines() -> list[str]:
    """Lines that must never reach any output: the test's secret file, and /etc/passwd when there is one."""
    lines = [line for line in SECRET.splitlines() if line]
    if os.path.isfile("/etc/passwd"):
        lines += [line for line in open("/etc/passwd", encoding="utf-8", errors="replace").read().splitlines()
                  if len(line) > 12]
    return lines


def _extract_cli(folder: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "extract", str(folder), "--out", str(out), "--no-cache"],
                          capture_output=True, text=True, cwd=config.PROJECT_ROOT, timeout=300)


def _assert_nowhere(lines: list[str], out: Path, *streams: str) -> None:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in out.rglob("*") if p.is_file()] + list(streams)
    for line in lines:
        assert not any(line in text for text in texts), f"leaked: {line!r}"


def test_symlink_to_etc_passwd_is_skipped_with_its_reason_and_its_lines_are_in_no_output(tmp_path):
    secret = tmp_path / "outside" / "shadow"
    secret.parent.mkdir()
    secret.write_text(SECRET)
    folder = write_corpus(tmp_path / "corpus", {"a.txt": GOOD})
    (folder / "evil.txt").symlink_to("/etc/passwd" if os.path.isfile("/etc/passwd") else secret)
    (folder / "evil2.txt").symlink_to(secret)
    proc = _extract_cli(folder, tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    skips = read_table(tmp_path / "out", "skips")
    reasons = dict(zip(skips.file, skips.reason))
    assert reasons["evil.txt"] == reasons["evil2.txt"] == "symbolic link to a file outside the corpus folder: not followed"
    assert read_table(tmp_path / "out", "articles").article_id.tolist() == ["a"]
    _assert_nowhere(_secret_lines(), tmp_path / "out", proc.stdout, proc.stderr)


def test_a_directory_link_out_of_the_folder_is_not_followed(tmp_path):
    outside = write_corpus(tmp_path / "outside", {"secret.txt": SECRET})
    folder = write_corpus(tmp_path / "corpus", {"a.txt": GOOD})
    (folder / "more").symlink_to(outside, target_is_directory=True)
    (folder / "more.txt").symlink_to(outside, target_is_directory=True)
    corpus = load_corpus(folder)
    assert [a.article_id for a in corpus] == ["a"]
    assert {s.file: s.reason for s in corpus.skips} == {
        "more": "symbolic link to a folder outside the corpus folder: not followed",
        "more.txt": "symbolic link to a folder outside the corpus folder: not followed"}
    assert all(line not in a.text for a in corpus for line in SECRET.splitlines())


def test_a_link_to_an_article_inside_the_folder_is_skipped_and_the_article_read_once(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {"a.txt": GOOD})
    (folder / "b.txt").symlink_to("a.txt")
    corpus = load_corpus(folder)
    assert [a.article_id for a in corpus] == ["a"]
    assert corpus.skips == [Skip("b.txt", "symbolic link to a file inside the corpus folder: links are not followed "
                                          "(copy the file in instead)")]


def test_a_corpus_folder_that_is_itself_a_link_is_read(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {"a.txt": GOOD})
    (tmp_path / "alias").symlink_to(folder, target_is_directory=True)
    assert [a.article_id for a in load_corpus(tmp_path / "alias")] == ["a"]


def test_manifest_that_links_out_of_the_folder_is_refused_without_echoing_its_content(tmp_path):
    secret = tmp_path / "shadow"
    secret.write_text(SECRET)
    folder = write_corpus(tmp_path / "corpus", {"a.txt": GOOD})
    (folder / "articles.csv").symlink_to(secret)
    proc = _extract_cli(folder, tmp_path / "out")
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert proc.returncode == 2 and len(errors) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "articles.csv: a symbolic link; the manifest must be a regular file inside the corpus folder" in errors[0]
    assert "SECRET" not in proc.stderr + proc.stdout and "root:" not in proc.stderr
    assert not (tmp_path / "out").exists()


def test_manifest_whose_first_line_is_not_a_header_is_refused_without_echoing_it(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {"a.txt": GOOD, "articles.csv": SECRET})
    with pytest.raises(ManifestError, match="no 'file' column in the header") as caught:
        load_corpus(folder)
    assert "SECRET" not in str(caught.value) and "root:" not in str(caught.value)


@pytest.mark.parametrize("make", ["fifo", "directory", "dangling_link"])
def test_manifest_that_is_not_a_regular_file_is_refused_and_nothing_blocks(tmp_path, make):
    folder = write_corpus(tmp_path / "corpus", {"a.txt": GOOD})
    manifest = folder / "articles.csv"
    if make == "fifo":
        os.mkfifo(manifest)
    elif make == "directory":
        manifest.mkdir()
    else:
        manifest.symlink_to(tmp_path / "nothing-here")
    with pytest.raises(ManifestError, match="the manifest must be a regular file inside the corpus folder"):
        load_corpus(folder)


def test_reading_an_article_never_follows_a_link_made_after_the_listing(tmp_path):
    """The listing and the read are two moments: a file swapped for a link in between is still refused."""
    secret = tmp_path / "shadow"
    secret.write_text(SECRET)
    (tmp_path / "late.txt").symlink_to(secret)
    with pytest.raises(ValueError, match="symbolic link: not followed"):
        read_article(tmp_path / "late.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(ValueError, match="named pipe"):  # opened without blocking, then refused
        read_article(tmp_path / "pipe.txt")


def test_the_notebook_cache_digest_of_a_folder_does_not_follow_links(tmp_path):
    from analysis.cache import corpus_digest

    secret = tmp_path / "shadow"
    secret.write_text(SECRET)
    folder = write_corpus(tmp_path / "corpus", {"a.txt": GOOD})
    (folder / "evil.txt").symlink_to(secret)
    before = corpus_digest(folder)
    secret.write_text(SECRET + "changed\n")  # what the link points to is never read, so the digest holds
    assert corpus_digest(folder) == before


def test_every_file_of_another_format_is_skipped_with_its_reason_and_suffix_case_does_not_matter(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {"a.txt": GOOD, "B.TXT": GOOD.replace("Good", "Other"),
                                                 "table.xlsx": b"PK\x03\x04", ".DS_Store": b"\x00\x00"})
    corpus = load_corpus(folder)
    assert [a.file for a in corpus] == ["B.TXT", "a.txt"]
    reasons = {s.file: s.reason for s in corpus.skips}
    assert reasons[".DS_Store"].startswith("unsupported format (no file extension); readable formats are")
    assert reasons["table.xlsx"].startswith("unsupported format .xlsx; readable formats are")


def test_two_files_with_the_same_id_keep_the_first_and_skip_the_other(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {"a.txt": GOOD, "a.md": "# Another Title Here\n\nOther words said.\n"})
    corpus = load_corpus(folder)
    assert [a.file for a in corpus] == ["a.md"]
    assert corpus.skips == [Skip("a.txt", "same article id as a.md: rename one of them")]


def test_control_characters_are_counted_except_whitespace():
    from analysis.corpus import _CONTROL
    sample = "".join(chr(i) for i in range(0, 40))
    assert len(_CONTROL.findall(sample)) == sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v") == 27
