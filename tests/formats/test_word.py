"""Word: paragraphs and tables in order, core properties, no headers or footers; unreadable files give their reason."""
from __future__ import annotations

import io

import pytest

from analysis.formats import BrokenDocument, EncryptedDocument, read_document

from .conftest import FIXTURES


def test_word_file_gives_paragraphs_tables_and_core_properties():
    doc = read_document(FIXTURES / "nk_russia_memo.docx")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Russia and North Korea to build a road bridge"
    assert paragraphs[3].startswith("Seoul's unification ministry said it was \"watching closely\"")
    assert paragraphs[-2:] == ["Year\tTrade (USD m)", "2019\t48"]
    assert {k: doc.meta.get(k) for k in ("title", "author", "published", "format")} == {
        "title": "Russia and North Korea to build a road bridge", "author": "Daniel Okafor",
        "published": "2024-06-20", "format": "docx"}


def test_word_template_properties_are_not_taken_for_the_author_or_date():
    import docx

    out = io.BytesIO()
    document = docx.Document()
    document.add_heading("Kim and Putin meet in Vladivostok", level=1)
    document.add_paragraph("The two leaders met for several hours at a university campus near the port.")
    document.save(out)
    meta = read_document("plain.docx", out.getvalue()).meta
    assert "author" not in meta and "published" not in meta
    assert meta["title"] == "Kim and Putin meet in Vladivostok"


@pytest.mark.parametrize("data, error, reason", [
    (b"PK\x03\x04not really a zip", BrokenDocument, "broken .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, EncryptedDocument, "password-protected"),
    (b"Just some text saved with the wrong name", BrokenDocument, "not a Word .docx file"),
], ids=["bad_zip", "ole_container", "plain_text"])
def test_unreadable_word_file_gives_the_reason(data, error, reason):
    with pytest.raises(error, match=reason):
        read_document("memo.docx", data)


def test_zip_that_is_not_a_word_document_gives_the_reason():
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("hello.txt", "not a Word document")
    with pytest.raises(BrokenDocument, match="not a readable Word document"):
        read_document("memo.docx", out.getvalue())


def test_word_headers_and_footers_stay_out_of_the_text():
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "CONFIDENTIAL - Ministry briefing"
    section.footer.paragraphs[0].text = "Page footer text"
    document.add_paragraph("The envoy met officials in Pyongyang on Tuesday to discuss a rail agreement.")
    out = io.BytesIO()
    document.save(out)
    assert read_document("memo.docx", out.getvalue()).text == (
        "The envoy met officials in Pyongyang on Tuesday to discuss a rail agreement.")


def test_word_tracked_changes_read_as_accepted_and_content_controls_kept():
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    paragraph = document.add_paragraph("Seoul said the envoy ")
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="1" w:author="editor"><w:r><w:t xml:space="preserve">had arrived </w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="2" w:author="editor"><w:r><w:delText>was expected </w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtContent><w:r><w:t>in Moscow on Monday.</w:t></w:r></w:sdtContent></w:sdt>'))
    out = io.BytesIO()
    document.save(out)
    assert read_document("changes.docx", out.getvalue()).text == "Seoul said the envoy had arrived in Moscow on Monday."


def test_word_paragraphs_inside_block_content_controls_are_read():
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("Before the form.")
    document.element.body.insert(len(document.element.body) - 1, parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>Inside the control.</w:t></w:r></w:p>'
        f'</w:sdtContent></w:sdt>'))
    out = io.BytesIO()
    document.save(out)
    assert read_document("form.docx", out.getvalue()).text == "Before the form.\n\nInside the control."
