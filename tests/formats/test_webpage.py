"""Web pages: the main text without navigation, scripts or footer; the page's metadata; never the network."""
from __future__ import annotations


import pytest

from analysis.formats import BrokenDocument, NoText, read_document

from .conftest import FIXTURES


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


def test_short_web_page_keeps_its_text_without_the_menu(no_network):
    page = (b"<html><head><title>Kim meets Putin</title></head><body><nav><a href='/'>Home</a></nav><article>"
            b"<h1>Kim meets Putin</h1><p>The two leaders met on Wednesday at the spaceport.</p></article></body></html>")
    assert read_document("short.html", page).text == "Kim meets Putin\n\nThe two leaders met on Wednesday at the spaceport."


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


@pytest.mark.parametrize("encoding, meta", [("utf-8", ""), ("cp1252", ""), ("cp1252", '<meta charset="windows-1252">'),
                                            ("utf-16", ""), ("utf-8-sig", "")])
def test_web_page_text_is_decoded_right_with_or_without_a_declared_charset(encoding, meta, no_network):
    page = (f"<html><head>{meta}<title>Café talks in Pyongyang</title></head><body><article><h1>Café talks in Pyongyang</h1>"
            "<p>The envoys met at a café near the Taedong river on Tuesday and agreed on a “roadmap” for trade.</p>"
            "</article></body></html>")
    doc = read_document("cafe.html", page.encode(encoding))
    assert doc.meta["title"] == "Café talks in Pyongyang"
    assert "agreed on a “roadmap” for trade." in doc.text
