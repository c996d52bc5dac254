"""Date mentions (placeholder until the dates extractor lands)."""
from __future__ import annotations

from typing import Optional, Sequence

from .records import DateMention, Sentence


def extract_dates(text: str, *, article_id: str = "", published: Optional[str] = None,
                  sentences: Optional[Sequence[Sentence]] = None) -> list[DateMention]:
    return []
