"""The extraction tables as the views read them: one table by name, one cell as clean text."""
from __future__ import annotations

import math

import pandas as pd


def table_of(tables, name: str) -> pd.DataFrame:
    """A table from a Tables object, a dict of frames, or an empty frame."""
    from ..records import columns_for

    frame = tables.get(name) if isinstance(tables, dict) else getattr(tables, name, None)
    if frame is None:
        return pd.DataFrame(columns=columns_for(name))
    return frame


def clean_text(value) -> str:
    """A cell as stripped text; "" for a missing value."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()
