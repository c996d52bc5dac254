"""Whatever bytes a file holds, a reader gives a Document or a FormatError with a reason: never another exception."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from analysis.formats import SUPPORTED, Document, FormatError, read_document

FIXTURES = Path(__file__).parents[1] / "data" / "formats"
SOURCES = {".pdf": "nk_russia_brief.pdf", ".docx": "nk_russia_memo.docx", ".html": "nk_russia_page.html",
           ".htm": "nk_russia_page.html", ".md": "nk_russia_note.md", ".txt": "nk_russia_note.md"}


def _hostile(suffix: str):
    rng = random.Random(13)
    data = (FIXTURES / SOURCES[suffix]).read_bytes()
    yield "empty", b""
    yield "whitespace", b" \n\t\r\n "
    yield "nul_bytes", b"\x00" * 64
    yield "random", bytes(rng.randrange(256) for _ in range(2048))
    for share in (0.1, 0.5, 0.9):
        yield f"cut_at_{int(share * 100)}pc", data[: int(len(data) * share)]
    flipped = bytearray(data)
    for i in rng.sample(range(len(flipped)), k=min(40, len(flipped))):
        flipped[i] = rng.randrange(256)
    yield "bytes_flipped", bytes(flipped)


CASES = [pytest.param(suffix, data, id=f"{suffix[1:]}-{name}") for suffix in sorted(SUPPORTED) for name, data in _hostile(suffix)]


@pytest.mark.parametrize("suffix, data", CASES)
def test_hostile_bytes_give_a_document_or_a_reason(suffix, data):
    try:
        doc = read_document(f"hostile{suffix}", data)
    except FormatError as exc:
        assert str(exc).strip()
    else:
        assert isinstance(doc, Document) and doc.text.strip()
        assert all(isinstance(v, str) and v for v in doc.meta.values())
