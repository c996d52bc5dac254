"""The result of reading one file: the plain text every offset refers to, and what the file says about itself."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Metadata keys a reader may fill; all values are strings, a missing value is absent (never "").
META_KEYS = ("title", "author", "published", "outlet", "url", "place")
_SPACES = re.compile(r"[^\S\t\n]+")
# Invisible characters that split words for every extractor: soft hyphens, zero-width spaces and
# joiners, the byte-order mark inside a text; and typographic ligatures a PDF font may give.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_LIGATURES = {ord("\ufb00"): "ff", ord("\ufb01"): "fi", ord("\ufb02"): "fl", ord("\ufb03"): "ffi",
              ord("\ufb04"): "ffl", ord("\ufb05"): "st", ord("\ufb06"): "st"}


@dataclass(frozen=True)
class Document:
    """An article's plain text and its metadata.

    ``text`` is what offsets index: blocks (headings, paragraphs, list items, table rows) are
    separated by a blank line, as in the project's ``.txt`` articles.  ``meta`` holds
    ``title``, ``author``, ``published`` (ISO date), ``outlet``, ``url`` and ``place`` when the
    file gives them, plus ``format`` (the reader used) and, for text files, ``encoding``.
    """

    text: str
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def words(self) -> int:
        return len(self.text.split())


def join_blocks(blocks) -> str:
    """Blocks of text as one string: inner runs of spaces collapsed (tabs between cells kept),
    invisible characters dropped and ligatures spelled out, empty blocks dropped, one blank
    line between blocks.

    >>> join_blocks(["  Kim  met\u00a0Putin ", "", "the o\ufb03cial\u00ad line"])
    'Kim met Putin\\n\\nthe official line'
    """
    out = []
    for block in blocks:
        block = str(block).translate(_INVISIBLE).translate(_LIGATURES)
        lines = [_SPACES.sub(" ", line).strip() for line in block.splitlines()]
        block = "\n".join(line for line in lines if line)
        if block:
            out.append(block)
    return "\n\n".join(out)


def clean_meta(meta: dict) -> dict[str, str]:
    """Only non-empty string values, stripped; ``None``, "None" and "nan" are dropped."""
    out = {}
    for key, value in meta.items():
        if value is None:
            continue
        value = " ".join(str(value).split())
        if value and value.lower() not in ("none", "nan", "null", "n/a", "unknown"):
            out[key] = value
    return out


# The first bytes of common files, to say what a misnamed file really is.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP package (Word, Excel or an archive)",
    b"\xd0\xcf\x11\xe0": "an OLE compound file (an old .doc, or a password-protected Office file)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}


def sniff(data: bytes) -> str:
    """What the first bytes say a file is ("a PDF document"), or "" when they say nothing."""
    return next((what for magic, what in _MAGIC.items() if data.startswith(magic)), "")
