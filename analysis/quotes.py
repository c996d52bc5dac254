"""Quotations (placeholder until the quotes extractor lands)."""
from __future__ import annotations

from typing import Optional, Sequence

from .records import Quote, Sentence


def extract_quotes(text: str, *, article_id: str = "", sentences: Optional[Sequence[Sentence]] = None) -> list[Quote]:
    return []
