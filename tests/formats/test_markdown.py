"""Markdown: the text without markup, the first heading (or the front matter) as title."""
from __future__ import annotations

from analysis.formats import read_document

from .conftest import FIXTURES


def test_markdown_gives_text_without_markup_and_first_heading_as_title():
    doc = read_document("n.md", b"Intro line\n\n## Kim meets *Putin* at `Vostochny`\n\nThe [talks](https://x.org) ended.\n\n# Later heading\n")
    assert doc.text == "Intro line\n\nKim meets Putin at Vostochny\n\nThe talks ended.\n\nLater heading"
    assert doc.meta["title"] == "Kim meets Putin at Vostochny"


def test_markdown_note_with_front_matter_lists_code_and_table():
    doc = read_document(FIXTURES / "nk_russia_note.md")
    assert doc.text == (
        "Tumen road bridge: what we know\n\n"
        "Russia and North Korea agreed in June to build a road bridge across the Tumen River, "
        "the first road link between the two countries.\n\n"
        "Open questions\n\nWho pays for the bridge?\n\nDoes the project breach UN sanctions?\n\n"
        "on equipment\n\non joint ventures\n\n"
        "\"The bridge will carry lorries within two years,\" an official said.\n\n"
        "Khasan -- Tumangang: 1.1 km\n\nYear\tTrade (USD m)\n\n2019\t48")
    assert {k: doc.meta[k] for k in ("title", "author", "published", "format")} == {
        "title": "Notes on the Tumen road bridge", "author": "Ana Ruiz", "published": "2024-06-21", "format": "markdown"}
    for markup in ("**", "](", "![", "```", "<!--", "---", "| "):
        assert markup not in doc.text
