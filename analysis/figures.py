"""Figures (placeholder until the figures extractor lands)."""
from __future__ import annotations

from typing import Optional, Sequence

from .records import Figure, Sentence


def extract_figures(text: str, *, article_id: str = "", published: Optional[str] = None,
                    sentences: Optional[Sequence[Sentence]] = None) -> list[Figure]:
    return []
