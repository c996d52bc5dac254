"""Word (``.docx``): the body's paragraphs and tables in order, and the core properties, with python-docx.

Headers, footers and comments are not part of the body, so page furniture never enters the
text.  A table row becomes one paragraph, its cells separated by tabs.  The core properties
give title, author (``creator``) and the creation date; values that Word or python-docx
write by themselves (the template's author "python-docx" and its 2013 date) are ignored.
"""
from __future__ import annotations

import io
import zipfile

from .document import Document, clean_meta, join_blocks, sniff
from .errors import BrokenDocument, EncryptedDocument, NoText

# The core properties of python-docx's own template: a document that kept them says nothing.
TEMPLATE_CREATED = "2013-12-23"
# A .docx is a ZIP package; a bigger unpacked body than this is a ZIP bomb, not an article.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


def _body_elements(parent):
    """The paragraphs and tables of the body in order, including those inside block-level
    content controls (``w:sdt``, which templates and forms wrap around paragraphs)."""
    from docx.oxml.ns import qn

    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag in (qn("w:sdt"), qn("w:customXml")):
            content = child.find(qn("w:sdtContent")) if child.tag == qn("w:sdt") else child
            if content is not None:
                yield from _body_elements(content)


def _blocks(document):
    """The text of each body paragraph and table row, in document order."""
    from docx.oxml.ns import qn
    from docx.table import Table

    for element in _body_elements(document.element.body):
        if element.tag == qn("w:p"):
            yield paragraph_text(element)
            continue
        for row in Table(element, document).rows:
            cells = []
            for cell in row.cells:  # a merged cell appears once per grid column it spans
                text = " ".join(" ".join(paragraph_text(p._p) for p in cell.paragraphs).split())
                if text and (not cells or cells[-1] != text):
                    cells.append(text)
            yield "\t".join(cells)


def paragraph_text(p) -> str:
    """A paragraph's text as Word shows it with changes accepted.

    python-docx's ``Paragraph.text`` reads only the runs directly in the paragraph and its
    links, so a tracked insertion, a content control or a field result would be lost; here
    every run counts except deleted ones, text boxes (read as their own paragraphs elsewhere,
    or sidebars) and the fallback copy of a drawing.
    """
    from docx.oxml.ns import qn

    skip = {qn("w:del"), qn("w:txbxContent"), qn("w:moveFrom"),
            "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
    parts = []
    for element in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")):
        if any(ancestor.tag in skip for ancestor in element.iterancestors()):
            continue
        tag = element.tag
        parts.append(element.text or "" if tag == qn("w:t") else "\t" if tag == qn("w:tab")
                     else "-" if tag == qn("w:noBreakHyphen") else " ")
    return "".join(parts)


def _core(document) -> dict[str, str]:
    from .names import is_placeholder_author

    props = document.core_properties
    created = props.created.date().isoformat() if props.created else ""
    author = props.author or ""
    return clean_meta({
        "title": props.title,
        "author": "" if is_placeholder_author(author) else author,
        "published": "" if created == TEMPLATE_CREATED else created,
    })


def _title_from_styles(document) -> str:
    """The first paragraph styled Title or Heading 1, when the properties name no title."""
    for paragraph in document.paragraphs[:20]:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style in ("Title", "Heading 1") and paragraph.text.strip():
            return " ".join(paragraph.text.split())
    return ""


def read_word(data: bytes) -> Document:
    """A Word file's body text, with its title, author and creation date."""
    what = sniff(data)
    if what.startswith("an OLE"):
        raise EncryptedDocument("password-protected Word file, or an old .doc renamed .docx: "
                                "save it as .docx without a password")
    if not what.startswith("a ZIP"):
        raise BrokenDocument(f"not a Word .docx file ({what or 'not a ZIP package'})")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except zipfile.BadZipFile as exc:
        raise BrokenDocument(f"broken .docx ({exc})") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise BrokenDocument(f"broken .docx (unpacks to {unpacked / 1e6:.0f} MB)")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors on damaged packages
        raise BrokenDocument(f"not a readable Word document ({type(exc).__name__}: {exc})") from None
    text = join_blocks(_blocks(document))
    if not text:
        raise NoText("no text (the Word document's body is empty)")
    meta = _core(document)
    if "title" not in meta:
        title = _title_from_styles(document)
        if title:
            meta["title"] = title
    return Document(text, {"format": "docx", **meta})
