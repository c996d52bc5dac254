"""PDF (``.pdf``): the text layer, as paragraphs, without page furniture, with pdfminer.six.

pdfminer's layout analysis groups the characters of a page into text boxes (a paragraph, a
heading, a running head, a page number).  From those boxes:

* **page furniture** is dropped: a box at the top or bottom of a page whose text (digits
  aside) recurs there on at least 40% of the pages (and twice) is a running head or foot;
  a lone page number ("7", "- 7 -", "Page 7 of 12", "vii") at the top or bottom is dropped
  on any page;
* **hyphenation** at line ends is undone: "ammu-" / "nition" gives "ammunition", unless the
  document also spells the word with its hyphen elsewhere; a hyphen before a capital or a
  digit ("Korea-" / "Russia") is kept and the halves joined;
* a paragraph that runs over a page break (no closing punctuation at the foot of the page)
  is joined to its continuation.

A PDF whose pages hold no text (a scan) raises :class:`NoTextLayer`; a password-protected or
unparseable one raises :class:`EncryptedDocument` or :class:`BrokenDocument`.
"""
from __future__ import annotations

import io
import math
import re
from collections import Counter
from dataclasses import dataclass

from .document import Document, clean_meta, join_blocks, sniff
from .errors import BrokenDocument, DocumentTooLarge, EncryptedDocument, NoText, NoTextLayer

# Reports of a few hundred pages are read; a longer file is a book or a dump, not an article.
MAX_PAGES = 400
# A text at the top or bottom of at least this share of the pages is a running head or foot.
REPEATED_SHARE = 0.4
# Running heads and feet sit among the first or last boxes of a page.
FURNITURE_BOXES = 2
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_LINE_HYPHENS = ("-", "\u2010", "\u00ad")  # hyphen-minus, hyphen (typesetters' auto-hyphen), soft hyphen
_CLOSES_PARAGRAPH = re.compile(r"[.!?:;\"”’)\]]$")
_BULLET = re.compile(r"^[•◦▪▫■□●○‣⁃–-]$")  # a list bullet set apart from its item
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")  # pdfminer's mark for a glyph without a character


@dataclass
class _Box:
    top: float
    bottom: float
    lines: list[str]
    left: float = 0.0
    glyph_height: float = 0.0  # the height of one line's characters (the font size, near enough)

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def _furniture_key(box: _Box) -> str:
    """The box's text with digits and spacing made uniform: "Page 3 of 9" ~ "Page 4 of 9"."""
    return re.sub(r"\d+", "#", " ".join(box.text.lower().split()))


def _edge_boxes(boxes: list[_Box]) -> list[_Box]:
    """The top and bottom boxes of a page, where running heads, feet and page numbers stand."""
    ranked = sorted(boxes, key=lambda b: -b.top)
    return ranked[:FURNITURE_BOXES] + ranked[-FURNITURE_BOXES:]


def drop_furniture(pages: list[list[_Box]]) -> list[list[_Box]]:
    """The pages without their running heads, running feet and page numbers."""
    counts = Counter()
    for boxes in pages:
        counts.update({_furniture_key(b) for b in _edge_boxes(boxes) if len(b.lines) <= 2})
    # Alternating heads (author on left pages, title on right, none on the first) each stand on
    # a little under half of the pages.
    threshold = max(2, math.ceil(REPEATED_SHARE * len(pages)))
    repeated = {key for key, n in counts.items() if n >= threshold}
    out = []
    for boxes in pages:
        edges = {id(b) for b in _edge_boxes(boxes)}
        out.append([b for b in boxes if not (id(b) in edges and (
            _furniture_key(b) in repeated or _PAGE_NUMBER.match(" ".join(b.text.split()))))])
    return out


def _join(left: str, right: str, hyphenated: set[str]) -> str:
    """Two lines of one paragraph as one string, undoing a line-end hyphenation."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left or right
    if left.endswith(_LINE_HYPHENS) and len(left) > 1 and left[-2].isalpha():
        stem = re.search(r"[\w'’]+$", left[:-1])
        head = re.match(r"[\w'’]+", right)
        if right[0].islower() and stem and head:
            if f"{stem.group(0)}-{head.group(0)}".lower() in hyphenated and left[-1] != "\u00ad":
                return left[:-1] + "-" + right
            return left[:-1] + right
        return left[:-1] + "-" + right  # "Korea-" / "Russia": a real hyphen, kept
    if left.endswith(("—", "–", "/", "-")):  # "2019-" / "2020", "and/" / "or"
        return left + right
    return left + " " + right


def join_lines(left: str, right: str) -> str:
    """Two lines of one paragraph as one string (hyphenation undone), for a single pair.

    >>> join_lines("If the trains carry ammu-", "nition in bulk"), join_lines("the North Korea-", "Russia pact")
    ('If the trains carry ammunition in bulk', 'the North Korea-Russia pact')
    >>> join_lines("from 2019-", "2020 on"), join_lines("a second", "line")
    ('from 2019-2020 on', 'a second line')
    """
    return _join(left, right, set())


def _hyphenated_words(pages: list[list[_Box]]) -> set[str]:
    """Words the document writes with a hyphen inside a line ("well-known"), lower case."""
    words = set()
    for boxes in pages:
        for box in boxes:
            for line in box.lines:
                words.update(m.group(0).lower() for m in re.finditer(r"[A-Za-z]+-[A-Za-z]+", line))
    return words


def _aligned(above: _Box, box: _Box) -> bool:
    """Same left edge and same type size (a heading is larger, a new paragraph may be indented)."""
    size = min(above.glyph_height, box.glyph_height)
    return abs(box.left - above.left) < 1.5 and size > 0 and max(above.glyph_height, box.glyph_height) / size < 1.15


def line_gap(pages: list[list[_Box]]) -> float:
    """The usual space between two lines of one paragraph in this document.

    Measured inside boxes of several lines and between consecutive aligned boxes: lines far
    outnumber paragraph breaks, so the median is the line gap, whether pdfminer kept a
    paragraph's lines together or split them into boxes of one line.
    """
    gaps = []
    for boxes in pages:
        for above, box in zip(boxes, boxes[1:]):
            if _aligned(above, box) and above.bottom >= box.top:
                gaps.append(above.bottom - box.top)
        for box in boxes:
            n = len(box.lines)
            if n > 1:
                gaps.extend([max(0.0, (box.top - box.bottom - n * box.glyph_height) / (n - 1))] * (n - 1))
    gaps.sort()
    return gaps[len(gaps) // 2] if gaps else 0.0


def _next_line(above: _Box, box: _Box, gap: float) -> bool:
    """True when ``box`` is set as the next line of ``above``: aligned, and no more space between
    them than between the lines of a paragraph (a new paragraph is set further down)."""
    return _aligned(above, box) and 0 <= above.bottom - box.top <= gap * 1.25 + 0.5


def assemble_text(pages: list[list[_Box]]) -> str:
    """The boxes' text as paragraphs separated by blank lines, pages run together.

    pdfminer splits a paragraph into several boxes when its lines are set wide apart (a line
    height of 1.5 or more).  A box continues the paragraph left open above it (no closing
    punctuation) when it starts with a small letter, or when it is set as that paragraph's next
    line (:func:`_next_line`); a box after a bullet always starts a new paragraph.  At a page
    break the open paragraph continues whatever the next page starts with.
    """
    hyphenated = _hyphenated_words(pages)
    gap = line_gap(pages)
    paragraphs: list[str] = []
    carry = False  # the last paragraph of the previous page runs on
    for boxes in pages:
        previous, bulleted = None, False
        for n, box in enumerate(boxes):
            text = ""
            for line in box.lines:
                text = _join(text, line, hyphenated) if text else line
            if not text or _BULLET.match(text):
                bulleted = bulleted or bool(text)
                continue
            open_before = previous is not None and not _CLOSES_PARAGRAPH.search(paragraphs[-1])
            if bulleted:
                paragraphs.append(text)
            elif (n == 0 and carry and paragraphs) or (open_before and (text[0].islower() or _next_line(previous, box, gap))):
                paragraphs[-1] = _join(paragraphs[-1], text, hyphenated)
            else:
                paragraphs.append(text)
            previous, bulleted = box, False
        carry = bool(paragraphs) and not _CLOSES_PARAGRAPH.search(paragraphs[-1])
    return join_blocks(paragraphs)


def _info(document) -> dict[str, str]:
    """Title, author and creation date from the PDF's document information dictionary."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    from .metadata import find_date

    info = {}
    for entry in document.info or ():
        for key, value in entry.items():
            value = resolve1(value)
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str):
                info[key] = value.replace("\x00", "").strip()
    return clean_meta({"title": info.get("Title"), "author": info.get("Author"),
                       "published": find_date(info.get("CreationDate", "")) or ""})


def _broken_reason(exc: Exception) -> str:
    from pdfminer.psexceptions import PSEOF

    if isinstance(exc, PSEOF):
        return "broken PDF (the file ends early: truncated? download or export it again)"
    return f"broken PDF ({type(exc).__name__}: {exc or 'unreadable structure'})"


def _open(data: bytes):
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        return PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect:
        raise EncryptedDocument("encrypted PDF (it needs a password): save a copy without a password") from None
    except PDFEncryptionError as exc:
        raise EncryptedDocument(f"encrypted PDF that cannot be opened ({exc})") from None
    except Exception as exc:  # pdfminer raises many kinds on damaged files; each is a skip
        raise BrokenDocument(_broken_reason(exc)) from None


def _pages(document) -> tuple[list[list[_Box]], bool]:
    """Every page's text boxes (top to bottom, as pdfminer orders them), and whether any page has images."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTFigure, LTImage, LTTextContainer, LTTextLine
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    pages, images = [], False
    for count, page in enumerate(PDFPage.create_pages(document), start=1):
        if count > MAX_PAGES:
            raise DocumentTooLarge(f"PDF too long (more than {MAX_PAGES} pages): not an article")
        interpreter.process_page(page)
        layout = device.get_result()
        boxes = []
        for element in layout:
            if isinstance(element, LTTextContainer):
                lines = [" ".join(_UNMAPPED_GLYPH.sub("", line).split()) for line in element.get_text().splitlines()]
                lines = [line for line in lines if line]
                if lines:
                    heights = sorted(line.height for line in element if isinstance(line, LTTextLine))
                    boxes.append(_Box(element.y1, element.y0, lines, element.x0,
                                      heights[len(heights) // 2] if heights else element.height))
            elif isinstance(element, (LTFigure, LTImage)):
                images = True
        pages.append(boxes)
    return pages, images


def read_pdf(data: bytes) -> Document:
    """A PDF's text layer as plain text, with its title, author and creation date."""
    if not data.lstrip()[:1024].count(b"%PDF"):
        what = sniff(data)
        raise BrokenDocument(f"not a PDF: the file is {what}" if what else "not a PDF (no %PDF header)")
    document = _open(data)
    try:
        pages, images = _pages(document)
    except DocumentTooLarge:
        raise
    except Exception as exc:  # damaged content streams surface only while pages are read
        raise BrokenDocument(_broken_reason(exc)) from None
    raw_words = sum(len(b.text.split()) for boxes in pages for b in boxes)
    text = assemble_text(drop_furniture(pages))
    if len(text.split()) < 3:
        if images or raw_words == 0:
            raise NoTextLayer("no text layer (scanned PDF?): run OCR on it first, or give the text as .txt")
        raise NoText("no text in the PDF beyond page numbers and running heads")
    return Document(text, {"format": "pdf", **_info(document)})
