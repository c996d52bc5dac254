"""One base exception for the package, and a subclass for each failure a user can act on.

Every message names the file concerned and says what to do, so the command line
can print it as one line without a traceback.
"""
from __future__ import annotations


class BriefingError(Exception):
    """Base class: a failure caused by input or environment, reported in one line."""

    exit_code = 1


class CorpusError(BriefingError):
    """The corpus folder is missing, empty, or not a folder."""

    exit_code = 2


class ManifestError(BriefingError):
    """``articles.csv`` is malformed, names a missing file, or holds a bad value."""

    exit_code = 2


class ArticleSkipped(BriefingError):
    """One article cannot be read (binary, empty, too large...); the run goes on without it."""


class OutputError(BriefingError):
    """The output folder cannot be written."""

    exit_code = 2


class TableError(BriefingError):
    """A table file (``quotes.csv``...) is unreadable or lacks a column the contract needs."""

    exit_code = 2


class CodebookError(BriefingError):
    """The theme codebook is missing or malformed."""

    exit_code = 2


class BuildError(BriefingError):
    """A notebook failed or a renderer failed during ``python -m analysis build``."""
