"""Project paths and defaults, derived from the project root.

Every other module and notebook asks this module for a path, so nothing hard-codes
one and the package works from any working directory.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
LEXICON_DIR = PACKAGE_DIR / "lexicons"
TEMPLATE_DIR = PACKAGE_DIR / "templates"

SEEDS_DIR = PROJECT_ROOT / "seeds"
REPORTS_DIR = PROJECT_ROOT / "reports"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"

DEFAULT_THEMES = LEXICON_DIR / "themes.yml"
MANIFEST_NAME = "articles.csv"

# Files larger than this are skipped with a reason rather than read: a 50 MB
# "article" is almost always a mistake (a dump, a log), and reading it would
# hold the whole run.  Override with load_corpus(..., max_bytes=...).
MAX_ARTICLE_BYTES = 50 * 1024 * 1024
