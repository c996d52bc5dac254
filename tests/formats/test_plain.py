"""Plain text: decoded exactly as the corpus decodes it, metadata from the header lines."""
from __future__ import annotations


import pytest

from analysis.formats import BrokenDocument, NoText, read_document


def test_text_file_is_decoded_as_the_corpus_decodes_it():
    data = "Kremlin courts Pyongyang as sanctions bite\n\nBy Ana Ruiz\n\nMoscow’s café diplomacy.".encode("cp1252")
    doc = read_document("note.txt", data)
    assert doc.text == data.decode("cp1252")
    assert doc.meta["encoding"] == "cp1252"
    assert (doc.meta["title"], doc.meta["author"]) == ("Kremlin courts Pyongyang as sanctions bite", "Ana Ruiz")


def test_empty_text_file_gives_the_reason():
    with pytest.raises(NoText, match="empty file"):
        read_document("blank.txt", b"")


def test_web_page_saved_as_text_says_to_rename_it():
    with pytest.raises(BrokenDocument, match="give it the extension .html"):
        read_document("page.txt", b"<!DOCTYPE html><html><body><p>Kim met Putin.</p></body></html>")
