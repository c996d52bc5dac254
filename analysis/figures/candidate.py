"""The figure under construction (:class:`Candidate`) and the small readers the number scanner shares.

Split from :mod:`analysis.figures.numbers`, which re-exports every name, so callers import either.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from .patterns import CARDINALS, SCALES, STRONG


@dataclass
class Candidate:
    """A figure under construction; spans index the article."""

    start: int                  # including a currency sign or a minus sign
    end: int                    # including scale, unit and a counted noun
    num_start: int              # the number itself
    num_end: int
    value: float
    high: Optional[float] = None
    atom: str = "digit"         # digit / slash / word / ordinal / fraction / vague
    unit: str = ""
    unit_class: str = ""        # class from units.tsv, or "noun" / "fraction"
    kind: str = ""
    scaled: bool = False
    scale: float = 1.0          # the scale applied ("million" = 1e6), so ranges can share it
    plain: str = ""             # the digits as written (to tell "2022" from "2,022")
    rejected: bool = False      # step 3 found it is not a figure

    @property
    def strong(self) -> bool:
        """Has a unit or scale that makes it a quantity whatever else is around it."""
        return self.unit_class in STRONG or self.scaled


def _parse_words(tokens: Sequence[str]) -> Optional[float]:
    """Value of a sequence of number words, or None when they are not one number.

    >>> _parse_words(["twenty", "eight", "thousand", "six", "hundred", "forty", "two"])
    28642.0
    >>> _parse_words(["five", "six"]) is None
    True
    """
    total, current, last = 0.0, 0.0, None
    for tok in tokens:
        if tok == "and":
            continue
        if tok in CARDINALS:
            v = CARDINALS[tok]
            # "twenty five" is one number; "five six" and "twelve five" are not
            if last == "cardinal" and not (current % 100 >= 20 and current % 10 == 0 and v < 10):
                return None
            current += v
            last = "cardinal"
        elif tok in SCALES:
            v = SCALES[tok]
            if v < 1000:    # hundred, dozen
                current = (current or 1.0) * v
            else:
                total += (current or 1.0) * v
                current = 0.0
            last = "scale"
        else:
            return None
    return total + current


def clean_value(v: float) -> float:
    """Drop binary noise from scaling ("90.3 million" is 90300000.0, not 90299999.99...)."""
    return float(f"{v:.12g}")


def next_char(text: str, pos: int, hi: int, skip: str = " \u00a0-") -> str:
    """The first character at or after ``pos`` that is not in ``skip`` (looking 3 ahead)."""
    for i in range(pos, min(hi, pos + 3)):
        if text[i] not in skip:
            return text[i]
    return ""


def prev_char(text: str, lo: int, pos: int, skip: str = " \u00a0") -> str:
    """The last character before ``pos`` that is not in ``skip`` (looking 8 back)."""
    for i in range(pos - 1, max(lo, pos - 8) - 1, -1):
        if text[i] not in skip:
            return text[i]
    return ""
