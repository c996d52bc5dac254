"""read_document: the suffix picks the reader; anything else is a skip with its reason."""
from __future__ import annotations


import pytest

from analysis.errors import ArticleSkipped, BriefingError
from analysis.formats import SUPPORTED, FormatError, UnsupportedFormat, read_document


def test_supported_suffixes_are_the_contract():
    assert SUPPORTED == {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}


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


def test_stated_author_is_written_as_names_and_a_desk_becomes_the_outlet(monkeypatch):
    from analysis.formats import Document, plain

    text = "Rail link reopens after three years\n\nThe line carried its first freight train on Thursday."
    for stated, author, outlet in [("KIM TONG-HYUNG; Staff", "Kim Tong-hyung", None), ("Reuters", None, "Reuters"),
                                   ("python-docx", None, None)]:
        monkeypatch.setattr(plain, "read_plain", lambda data, s=stated: Document(text, {"format": "text", "author": s}))
        meta = read_document("wire.txt", b"ignored").meta
        assert (meta.get("author"), meta.get("outlet")) == (author, outlet)
