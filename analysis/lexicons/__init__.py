"""Word lists and codebooks, as data files.  Each file's first comment lines name its source.

``load_list(name)`` reads a one-item-per-line list, skipping ``#`` comments and blank lines.
``load_table(name)`` reads a tab-separated ``key<TAB>value`` list.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent


def _lines(name: str):
    path = LEXICON_DIR / name
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield line


@lru_cache(maxsize=None)
def load_list(name: str) -> tuple[str, ...]:
    """The entries of a list file, in file order."""
    return tuple(line.strip() for line in _lines(name))


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file, each a tuple of stripped fields."""
    return tuple(tuple(f.strip() for f in line.split("\t")) for line in _lines(name))
