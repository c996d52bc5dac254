"""Why a file could not be read as an article: one exception per reason a user can act on.

Each derives from :class:`~analysis.errors.ArticleSkipped` (the run goes on without the file)
and from ``ValueError``, so a caller that records ``ValueError`` as a skip keeps working.
``str(exc)`` is the reason alone, as it goes into ``skips.csv`` beside the file name;
``exc.file`` names the file when the caller passed a path.
"""
from __future__ import annotations

from typing import Optional

from ..errors import ArticleSkipped


class FormatError(ArticleSkipped, ValueError):
    """A file that cannot be turned into an article's text; ``str(exc)`` is the reason."""

    def __init__(self, reason: str, *, file: Optional[str] = None):
        super().__init__(reason)
        self.reason = reason
        self.file = file


class UnsupportedFormat(FormatError):
    """The file's suffix is not one of :data:`analysis.formats.SUPPORTED`."""


class NoText(FormatError):
    """The file holds no text to analyse (empty, whitespace, or no main text on a web page)."""


class NoTextLayer(NoText):
    """A PDF whose pages are pictures (a scan): there is no text to extract without OCR."""


class EncryptedDocument(FormatError):
    """A PDF or Word file that needs a password."""


class BrokenDocument(FormatError):
    """A file whose structure cannot be parsed (truncated, corrupt, or not what its suffix says)."""


class DocumentTooLarge(FormatError):
    """A file beyond the size or page limits that keep one file from holding the run."""
