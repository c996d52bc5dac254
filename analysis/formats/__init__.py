"""Files an analyst keeps, turned into plain text and metadata: one reader per format.

>>> doc = read_document("note.md", b"# Kim visits Vladivostok\\n\\nBy Jane Doe\\n\\nThe train *arrived*.")
>>> doc.text
'Kim visits Vladivostok\\n\\nBy Jane Doe\\n\\nThe train arrived.'
>>> doc.meta["title"], doc.meta["author"], doc.meta["format"]
('Kim visits Vladivostok', 'Jane Doe', 'markdown')

Each reader maps a file's bytes to a :class:`Document`; what the file states about itself
(HTML meta tags, PDF and Word document properties, Markdown front matter and first heading)
comes first, and :func:`~analysis.formats.metadata.infer_metadata` fills the gaps from the
text's header lines.  A file that cannot be read raises a :class:`FormatError` whose message
is the reason to record in ``skips.csv``.  The heavy libraries (trafilatura, pdfminer.six,
python-docx, markdown-it-py) are imported only when a file of their format is read.
"""
from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import Callable, Optional

from .document import META_KEYS, Document
from .errors import (BrokenDocument, DocumentTooLarge, EncryptedDocument, FormatError, NoText, NoTextLayer,
                     UnsupportedFormat)

# suffix -> (module, function); every reader takes the file's bytes and returns a Document.
READERS: dict[str, tuple[str, str]] = {
    ".txt": ("plain", "read_plain"),
    ".md": ("markdown", "read_markdown"),
    ".html": ("webpage", "read_webpage"),
    ".htm": ("webpage", "read_webpage"),
    ".pdf": ("pdf", "read_pdf"),
    ".docx": ("word", "read_word"),
}
SUPPORTED = frozenset(READERS)
# Raise when a reader's output changes for the same bytes, so cached extractions are redone.
FORMATS_VERSION = "1"
# The libraries whose versions change what a reader gives.
READER_LIBRARIES = ("trafilatura", "pdfminer.six", "python-docx", "markdown-it-py")

__all__ = ["Document", "SUPPORTED", "read_document", "reader_for", "is_supported", "reader_versions", "FORMATS_VERSION",
           "META_KEYS", "FormatError",
           "UnsupportedFormat", "NoText", "NoTextLayer", "EncryptedDocument", "BrokenDocument", "DocumentTooLarge"]


def reader_versions() -> dict[str, str]:
    """This package's output version and the reader libraries' versions, for cache keys.

    >>> sorted(reader_versions())
    ['analysis.formats', 'markdown-it-py', 'pdfminer.six', 'python-docx', 'trafilatura']
    """
    from importlib.metadata import PackageNotFoundError, version

    versions = {"analysis.formats": FORMATS_VERSION}
    for name in READER_LIBRARIES:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = "missing"
    return versions


def is_supported(path: str | Path) -> bool:
    """True when ``path`` has a suffix this package reads (case does not matter)."""
    return Path(path).suffix.lower() in SUPPORTED


def reader_for(path: str | Path) -> Callable[[bytes], Document]:
    """The reader for a file's suffix; raises UnsupportedFormat naming the suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in READERS:
        what = f"unsupported format {suffix}" if suffix else "unsupported format (no file extension)"
        raise UnsupportedFormat(f"{what}; readable formats are {', '.join(sorted(SUPPORTED))}", file=Path(path).name)
    module, function = READERS[suffix]
    return getattr(import_module(f"{__name__}.{module}"), function)


def read_document(path: str | Path, data: Optional[bytes] = None) -> Document:
    """One file as a :class:`Document`: its plain text and its metadata.

    ``data`` is the file's content (read from ``path`` when omitted); the suffix of ``path``
    chooses the reader.  Metadata the file states wins over what the header lines suggest.
    Raises a :class:`FormatError` subclass whose ``str()`` is the reason to skip the file.
    """
    from .metadata import clean_title, infer_metadata, is_junk_title, outlet_name, split_authors

    read = reader_for(path)
    if data is None:
        data = Path(path).read_bytes()
    if not data:
        raise NoText("empty file", file=Path(path).name)
    try:
        document = read(data)
    except FormatError as exc:
        exc.file = exc.file or Path(path).name
        raise
    stated = dict(document.meta)
    if stated.get("title"):
        title, outlet = clean_title(stated["title"])
        if is_junk_title(title):
            del stated["title"]
        else:
            stated["title"] = title
            if outlet:
                stated.setdefault("outlet", outlet)
    if stated.get("author"):
        # "KIM TONG-HYUNG; Staff" -> "Kim Tong-hyung"; a property that names no person
        # ("python-docx", "Reuters") is an outlet, or nothing
        names = split_authors(stated["author"], stated.get("outlet", ""))
        if names:
            stated["author"] = " and ".join(names)
        else:
            outlet = outlet_name(stated.pop("author"))
            if outlet:
                stated.setdefault("outlet", outlet)
    inferred = {k: v for k, v in infer_metadata(document.text).items() if v}
    meta = {**inferred, **stated}
    return Document(document.text, meta)
