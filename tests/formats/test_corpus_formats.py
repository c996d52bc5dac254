"""The corpus folder as an analyst keeps it: every supported format read, every other file skipped with its reason.

This is the behaviour issue 13 asks of ``load_corpus`` once it calls ``analysis.formats.read_document``
for each file; until then the test is a known miss.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import load_corpus
from analysis.formats import read_document

FIXTURES = Path(__file__).parents[1] / "data" / "formats"
ARTICLES = ["nk_russia_brief.pdf", "nk_russia_memo.docx", "nk_russia_note.md", "nk_russia_page.html"]


@pytest.fixture
def analyst_folder(tmp_path):
    for name in ARTICLES + ["scanned_page.pdf"]:
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "wire.txt").write_text(
        "Kremlin courts Pyongyang as sanctions bite\n\nBy Ana Ruiz\n\nMoscow has stepped up its courtship of North Korea "
        "over the past year, with a string of visits by ministers and a summit at a spaceport in the Far East.\n",
        encoding="utf-8")
    (tmp_path / "trade.xlsx").write_bytes(b"PK\x03\x04 not really a spreadsheet")
    return tmp_path


def test_load_corpus_reads_every_format_and_names_every_skip(analyst_folder):
    corpus = load_corpus(analyst_folder)
    assert sorted(a.file for a in corpus) == sorted(ARTICLES + ["wire.txt"])
    skips = {s.file: s.reason for s in corpus.skips}
    assert skips["trade.xlsx"].startswith("unsupported format .xlsx")
    assert skips["scanned_page.pdf"].startswith("no text layer (scanned PDF?)")
    for name in ARTICLES:
        article = corpus[Path(name).stem]
        doc = read_document(analyst_folder / name)
        assert article.text == doc.text
        assert (article.title, article.author, article.published) == (
            doc.meta.get("title", ""), doc.meta.get("author", ""), doc.meta.get("published", ""))
