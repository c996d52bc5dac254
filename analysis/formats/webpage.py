"""Web pages (``.html``, ``.htm``): the article's main text and the page's metadata, with trafilatura.

trafilatura drops navigation, scripts, styles, cookie banners, related links, captions and
footers, and reads the title, author, date, site name and canonical URL from the page's
meta tags and structured data.  It works on the bytes given: nothing is fetched, ever (no
URL is passed, and the date search gets the parsed page, not an address).  Time is bounded
by the size limit below; the date search runs without its slow "extensive" text scan and
with a fixed latest date, so the result never depends on the clock.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .document import Document, clean_meta, join_blocks, sniff
from .errors import BrokenDocument, DocumentTooLarge, NoText

# A saved article page is rarely above 3 MB (with inline styles and scripts); 20 MB is a dump.
MAX_HTML_BYTES = 20_000_000
# Extraction time grows with the number of elements (about 0.4 s per 1,000 on this machine:
# a 22,000-element page took 9 s); an article page has a few thousand.  Bigger trees are
# refused with a reason rather than processed for minutes.
MAX_TREE_SIZE = 100_000
# The extractor's fallbacks return a menu ("Home World") rather than nothing; an article has
# at least one line of prose this long.
MIN_PROSE_WORDS = 6
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d",
               "max_date": "2099-12-31"}
_TABLE_ROW = re.compile(r"^\|(.*)\|$")


def _decoded(data: bytes) -> bytes | str:
    """The page as text when its encoding must be chosen here, else the bytes for the parser.

    A page that declares its charset (or starts with a byte-order mark) is left to the parser;
    one that does not is UTF-8 when it decodes as such and Windows-1252 otherwise, the same
    rule as for text files (a statistical guess read "café" in cp1252 as "cafķ").
    """
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or re.search(rb"(?i)(?:charset|encoding)\s*=", data[:4096]):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


@lru_cache(maxsize=1)
def _config():
    """trafilatura's settings with the tree-size limit set (its file leaves it unlimited)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _blocks(text: str):
    """trafilatura's plain-text lines as blocks: list bullets and table pipes are markup, not text."""
    for line in text.splitlines():
        line = line.strip()
        m = _TABLE_ROW.match(line)
        if m:
            line = "\t".join(cell.strip() for cell in m.group(1).split("|"))
        elif line.startswith("- "):
            line = line[2:]
        yield line


def read_webpage(data: bytes) -> Document:
    """A saved web page as its main text, the headline first, with the page's metadata."""
    if len(data) > MAX_HTML_BYTES:
        raise DocumentTooLarge(f"web page too large ({len(data) / 1e6:.1f} MB; the limit is "
                               f"{MAX_HTML_BYTES / 1e6:.0f} MB)")
    if not data.strip():
        raise NoText("empty file")
    what = sniff(data)
    if what:
        raise BrokenDocument(f"not a web page: the file is {what}; give it its proper extension")
    import trafilatura

    tree = trafilatura.load_html(_decoded(data))
    if tree is None:
        raise BrokenDocument("not a web page: no HTML markup in the file")
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_TREE_SIZE:
        raise DocumentTooLarge(f"web page too complex ({elements:,} elements; the limit is {MAX_TREE_SIZE:,})")
    try:
        result = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, favor_precision=True, include_tables=True, include_images=False,
            include_links=False, date_extraction_params=DATE_PARAMS, config=_config())
    except Exception as exc:  # a parser failure on hostile markup is a skip, not a crash of the run
        raise BrokenDocument(f"web page could not be parsed ({type(exc).__name__}: {exc})") from None
    if result is None or not any(len(line.split()) >= MIN_PROSE_WORDS for line in (result.text or "").splitlines()):
        raise NoText("no main text found on the web page (only navigation or boilerplate)")
    title = " ".join((result.title or "").split())
    blocks = list(_blocks(result.text))
    if title and not (blocks and " ".join(blocks[0].split()).startswith(title[:60])):
        blocks.insert(0, title)  # the headline opens the text, as in a .txt article
    meta = clean_meta({"title": title, "author": (result.author or "").replace(";", " and "),
                       "published": result.date, "outlet": result.sitename, "url": result.url})
    return Document(join_blocks(blocks), {"format": "html", **meta})
