"""Each format gives its text and metadata; boilerplate, markup, hyphenation and page furniture are gone;
files that cannot be read give the reason to record in skips.csv."""
from __future__ import annotations

import io
import re
import socket
from pathlib import Path

import pytest

from analysis.errors import ArticleSkipped, BriefingError
from analysis.formats import (SUPPORTED, BrokenDocument, EncryptedDocument, FormatError, NoText, NoTextLayer,
                              UnsupportedFormat, read_document)

FIXTURES = Path(__file__).parents[1] / "data" / "formats"
PDF_SOURCE = (FIXTURES / "nk_russia_brief.source.txt").read_text(encoding="utf-8").strip().split("\n\n")
RUNNING_HEAD = "Asia Security Monitor"


@pytest.fixture(scope="module")
def brief_pdf():
    return read_document(FIXTURES / "nk_russia_brief.pdf")


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to use the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_supported_suffixes_are_the_contract():
    assert SUPPORTED == {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}


# --------------------------------------------------------------------------- .txt
def test_text_file_is_decoded_as_the_corpus_decodes_it():
    data = "Kremlin courts Pyongyang as sanctions bite\n\nBy Ana Ruiz\n\nMoscow’s café diplomacy.".encode("cp1252")
    doc = read_document("note.txt", data)
    assert doc.text == data.decode("cp1252")
    assert doc.meta["encoding"] == "cp1252"
    assert (doc.meta["title"], doc.meta["author"]) == ("Kremlin courts Pyongyang as sanctions bite", "Ana Ruiz")


def test_empty_text_file_gives_the_reason():
    with pytest.raises(NoText, match="empty file"):
        read_document("blank.txt", b"")


# --------------------------------------------------------------------------- .md
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


# --------------------------------------------------------------------------- .html
def test_web_page_gives_main_text_and_page_metadata(no_network):
    doc = read_document(FIXTURES / "nk_russia_page.html")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "North Korean workers return to Russian building sites, officials say"
    assert paragraphs[1].startswith("SEOUL, March 18 (Pacific Ledger) -- Thousands of North Korean labourers")
    assert paragraphs[-1].endswith("said one researcher in Seoul.")
    assert len(paragraphs) == 6
    assert {k: doc.meta.get(k) for k in ("title", "author", "published", "outlet", "url", "place")} == {
        "title": "North Korean workers return to Russian building sites, officials say",
        "author": "Hana Sorensen", "published": "2024-03-18", "outlet": "Pacific Ledger",
        "url": "https://pacific-ledger.example/asia/2024/03/nk-workers-russia", "place": "SEOUL"}


@pytest.mark.parametrize("boilerplate", [
    "cookies", "Subscribe", "Markets", "Related stories", "Kim visits Russian spaceport", "Privacy policy",
    "All rights reserved", "dataLayer", "addEventListener", "display: flex", "Photo:",
])
def test_web_page_drops_navigation_scripts_and_footer(boilerplate, no_network):
    assert boilerplate not in read_document(FIXTURES / "nk_russia_page.html").text


def test_web_page_that_is_only_an_address_fetches_nothing(no_network):
    with pytest.raises(BrokenDocument, match="no HTML markup"):
        read_document("link.html", b"https://pacific-ledger.example/asia/2024/03/nk-workers-russia\n")


def test_web_page_without_main_text_gives_the_reason(no_network):
    page = b"<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><script>x()</script></body></html>"
    with pytest.raises(NoText, match="no main text"):
        read_document("menu.htm", page)


def test_web_page_too_complex_to_extract_in_time_gives_the_reason(monkeypatch):
    from analysis.formats import DocumentTooLarge, webpage

    monkeypatch.setattr(webpage, "MAX_TREE_SIZE", 50)
    with pytest.raises(DocumentTooLarge, match="too complex"):
        read_document(FIXTURES / "nk_russia_page.html")


def test_pdf_saved_as_html_names_what_it_is():
    with pytest.raises(BrokenDocument, match="not a web page: the file is a PDF document"):
        read_document("misnamed.html", (FIXTURES / "nk_russia_brief.pdf").read_bytes())


# --------------------------------------------------------------------------- .pdf
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


# --------------------------------------------------------------------------- .docx
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


# --------------------------------------------------------------------------- dispatch
@pytest.mark.parametrize("name, reason", [
    ("figures.xlsx", "unsupported format .xlsx"), ("photo.JPG", "unsupported format .jpg"),
    ("README", "unsupported format (no file extension)"),
])
def test_unsupported_file_gives_the_reason_for_skips(name, reason):
    with pytest.raises(UnsupportedFormat) as caught:
        read_document(name, b"whatever")
    assert str(caught.value).startswith(reason)


def test_suffix_case_does_not_matter():
    assert read_document("NOTE.MD", b"# Title here now\n\nBody.").meta["title"] == "Title here now"


def test_format_errors_are_skips_and_value_errors():
    assert issubclass(FormatError, ArticleSkipped) and issubclass(FormatError, BriefingError)
    assert issubclass(FormatError, ValueError)  # corpus.try_read_article records ValueError as a skip


def test_short_web_page_keeps_its_text_without_the_menu(no_network):
    page = (b"<html><head><title>Kim meets Putin</title></head><body><nav><a href='/'>Home</a></nav><article>"
            b"<h1>Kim meets Putin</h1><p>The two leaders met on Wednesday at the spaceport.</p></article></body></html>")
    assert read_document("short.html", page).text == "Kim meets Putin\n\nThe two leaders met on Wednesday at the spaceport."


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


def test_web_page_metadata_from_structured_data_and_comments_left_out(no_network):
    page = """<html><head><title>Rail link reopens - Northeast Wire</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Rail link between Russia and North Korea reopens",
      "author": {"@type": "Person", "name": "Jonas Berg"}, "datePublished": "2023-11-02T08:00:00Z",
      "publisher": {"@type": "Organization", "name": "Northeast Wire"}}</script></head>
    <body><article><h1>Rail link between Russia and North Korea reopens</h1>
    <p>The rail link between Khasan and Tumangang reopened to freight on Thursday after a pause of three years, officials said.</p>
    <p>Traffic is expected to reach several trains a week by the end of the year, according to the operator.</p></article>
    <section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>First! This is a comment by a reader that should not be kept.</p></div></section>
    </body></html>""".encode()
    doc = read_document("wire.html", page)
    assert {k: doc.meta.get(k) for k in ("title", "author", "published", "outlet")} == {
        "title": "Rail link between Russia and North Korea reopens", "author": "Jonas Berg",
        "published": "2023-11-02", "outlet": "Northeast Wire"}
    assert "comment by a reader" not in doc.text
