"""Attributed claims (placeholder until the claims extractor lands)."""
from __future__ import annotations

from typing import Optional, Sequence

from .records import Claim, Sentence


def extract_claims(text: str, *, article_id: str = "", sentences: Optional[Sequence[Sentence]] = None) -> list[Claim]:
    return []
