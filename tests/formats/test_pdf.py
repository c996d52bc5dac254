"""PDF: the text layer as paragraphs, hyphenation joined, running heads and page numbers gone; scans,
encrypted and broken files give their reason."""
from __future__ import annotations

import io
import re

import pytest

from analysis.formats import BrokenDocument, EncryptedDocument, FormatError, NoText, NoTextLayer, read_document

from .conftest import FIXTURES

PDF_SOURCE = (FIXTURES / "nk_russia_brief.source.txt").read_text(encoding="utf-8").strip().split("\n\n")
RUNNING_HEAD = "Asia Security Monitor"


@pytest.fixture(scope="module")
def brief_pdf():
    return read_document(FIXTURES / "nk_russia_brief.pdf")


def test_pdf_gives_every_paragraph_of_its_source(brief_pdf):
    paragraphs = brief_pdf.text.split("\n\n")
    assert paragraphs[:2] == ["Rail, labour and arms: the North Korea-Russia partnership", "By Mira Castellano"]
    assert paragraphs[2:] == PDF_SOURCE


def test_pdf_joins_words_hyphenated_at_line_ends(brief_pdf):
    assert "ammunition" in brief_pdf.text and "ammu-" not in brief_pdf.text
    source_words = set(re.findall(r"[\w'’-]+", " ".join(PDF_SOURCE) + " Rail labour arms North Korea-Russia partnership By Mira Castellano"))
    assert set(re.findall(r"[\w'’-]+", brief_pdf.text)) <= source_words
    assert not re.search("[-\u2010\u00ad]\\s", brief_pdf.text)


def test_pdf_drops_running_heads_and_page_numbers(brief_pdf):
    assert RUNNING_HEAD not in brief_pdf.text
    assert not any(p.strip().isdigit() for p in brief_pdf.text.split("\n\n"))


def test_pdf_joins_a_paragraph_across_the_page_break(brief_pdf):
    assert "Officials in Tokyo and Seoul have asked for closer monitoring" in brief_pdf.text


def test_pdf_gives_its_document_properties(brief_pdf):
    assert {k: brief_pdf.meta.get(k) for k in ("title", "author", "published", "format")} == {
        "title": "Rail, labour and arms: the North Korea-Russia partnership", "author": "Mira Castellano",
        "published": "2024-07-02", "format": "pdf"}


def test_scanned_pdf_is_skipped_for_having_no_text_layer():
    with pytest.raises(NoTextLayer) as caught:
        read_document(FIXTURES / "scanned_page.pdf")
    assert str(caught.value).startswith("no text layer (scanned PDF?)")
    assert caught.value.file == "scanned_page.pdf"


def _encrypted(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(FIXTURES / "nk_russia_brief.pdf"))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_password_protected_pdf_gives_the_reason():
    with pytest.raises(EncryptedDocument, match="needs a password"):
        read_document("locked.pdf", _encrypted("secret"))


def test_pdf_encrypted_without_a_user_password_is_read(brief_pdf):
    assert read_document("owner_only.pdf", _encrypted("")).text == brief_pdf.text


@pytest.mark.parametrize("data", [b"%PDF-1.7\nthis is not a pdf body\n%%EOF", b"%PDF-1.4\n" + b"\x00" * 100],
                         ids=["garbage_body", "nul_body"])
def test_broken_pdf_gives_a_reason(data):
    with pytest.raises(FormatError) as caught:
        read_document("broken.pdf", data)
    assert isinstance(caught.value, (BrokenDocument, NoText)) and str(caught.value)


def test_truncated_pdf_says_it_ends_early():
    data = (FIXTURES / "nk_russia_brief.pdf").read_bytes()
    with pytest.raises(BrokenDocument, match="ends early"):
        read_document("cut.pdf", data[: len(data) // 2])


def test_pdf_with_wide_line_spacing_keeps_paragraphs_whole_and_drops_bullets():
    weasyprint = pytest.importorskip("weasyprint")
    paragraphs = [
        "Freight traffic on the Khasan line rose again in the spring, according to customs data released in "
        "Vladivostok, although the figures do not say what the wagons carried or where they were unloaded.",
        "Officials in Seoul said they were (as before) watching the port of Rajin closely and would raise the "
        "matter with partners at the next meeting of the sanctions committee in New York.",
    ]
    items = ["Fuel and flour, carried north in sealed wagons", "Workers, travelling as students or trainees"]
    html = ("<html><head><style>@page { size: A5; margin: 20mm } body { font-size: 10pt; line-height: 2.0 } "
            "p, ul { margin: 0 0 1.4em 0 }</style></head><body>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "<ul>" + "".join(f"<li>{i}</li>" for i in items)
            + "</ul></body></html>")
    doc = read_document("spaced.pdf", weasyprint.HTML(string=html).write_pdf())
    assert doc.text.split("\n\n") == paragraphs + items


@pytest.fixture(scope="module")
def book_pdf():
    """Six pages or more: no head on the first page, the author on left pages and the title on
    right pages, "Page n of m" at the foot of every page."""
    weasyprint = pytest.importorskip("weasyprint")
    paragraphs = [f"Paragraph {n} records that freight wagon number {n * 37} crossed the Tumen bridge on day {n} "
                  f"of the survey, carrying {n * 12} tonnes declared as flour, fuel or fertiliser." for n in range(1, 61)]
    html = ("<html><head><style>"
            "@page { size: A6; margin: 18mm 12mm; @bottom-center { content: 'Page ' counter(page) ' of ' counter(pages) } }"
            "@page :left { @top-left { content: 'Mira Castellano' } }"
            "@page :right { @top-right { content: 'Rail, labour and arms' } }"
            "@page :first { @top-right { content: none } }"
            "body { font-size: 9pt; line-height: 1.3 } p { margin: 0 0 0.6em 0 }"
            "</style></head><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    return paragraphs, read_document("book.pdf", weasyprint.HTML(string=html).write_pdf())


def test_pdf_drops_alternating_running_heads_and_page_n_of_m_feet(book_pdf):
    paragraphs, doc = book_pdf
    assert "Mira Castellano" not in doc.text and "Rail, labour and arms" not in doc.text
    assert not re.search(r"Page \d+ of \d+", doc.text)
    assert doc.text.split("\n\n") == paragraphs
