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
