"""Plain text (``.txt``): the bytes decoded exactly as the corpus has always decoded them."""
from __future__ import annotations

from .document import Document
from .errors import BrokenDocument, NoText


def read_plain(data: bytes) -> Document:
    """A text file as a Document; metadata is inferred later from its header lines.

    >>> read_plain("Caf\\xe9 news".encode("cp1252")).meta["encoding"]
    'cp1252'
    """
    from ..corpus import decode_article  # corpus imports this package: import here, not at the top

    try:
        text, encoding = decode_article(data)
    except ValueError as exc:
        reason = str(exc)
        if reason.startswith("HTML markup"):  # web pages are read now: say how
            reason = "HTML markup in a text file: give it the extension .html to read it as a web page"
        raise (NoText if reason.startswith(("empty", "no text")) else BrokenDocument)(reason) from None
    return Document(text, {"format": "text", "encoding": encoding})
