"""Entities across the corpus: one row per actor, and the ``entity_id`` of every speaker and source.

:func:`link_entities` is a pure function on the extracted tables, run once after the articles
are extracted (for local and Dask extraction alike, see :class:`analysis.extract.Tables`):

- states, international bodies, agencies and media merge with their other names through
  ``lexicons/entity_aliases.tsv`` (Pyongyang, DPRK, the North -> North Korea; the Kremlin ->
  Russia), and "<state> <body>" through ``lexicons/entity_bodies.tsv`` ("Russia's foreign
  ministry" -> Russian Foreign Ministry, "the Russian government" -> Russia);
- people merge by their full name, with titles moved to ``role`` ("North Korean leader Kim
  Jong-un" -> Kim Jong-un, role "North Korean leader"); a titled surname joins the one full name
  given that office in the corpus ("President Obama" -> Barack Obama, even where Michelle Obama is
  named); a bare surname joins the one full name with that surname in its article, else in the
  corpus, and stays apart when two full names share it (Kim Jong-un, Kim Yo-jong), or when its
  article's one is not the corpus's most named person with it ("Cruz" beside Heidi Cruz, when the
  corpus names Ted Cruz more);
- plural descriptions of people are groups ("Chinese analysts"); pronouns, unresolved
  descriptions ("the Russian diplomat") and fragments get no entity: better none than a wrong one.

Everything is grouped by normalised keys in dictionaries: linear in the number of mentions.
``entity_id`` is a slug of the canonical name, the same for the same input byte for byte.
"""
from __future__ import annotations

from .linking import (ALIAS_SEPARATOR, DESCRIBED_KEY, DESCRIBED_LABEL, KINDS, NAME_COLUMNS, Linked, entity_labels,
                      link_entities)
from .mentions import Parsed, parse_mention

__all__ = ["ALIAS_SEPARATOR", "DESCRIBED_KEY", "DESCRIBED_LABEL", "KINDS", "Linked", "NAME_COLUMNS", "Parsed",
           "entity_labels", "link_entities",
           "parse_mention"]
