"""What one speaker or source string names (analysis.entities.mentions.parse_mention)."""
from __future__ import annotations

import pytest

from analysis.entities.mentions import parse_mention


@pytest.mark.parametrize("mention, kind, name", [
    ("AMPTP", "organisation", "AMPTP"), ("SAG-AFTRA", "organisation", "SAG-AFTRA"), ("MNSBC", "organisation", "MNSBC"),
    ("PENCE", "person", "Pence"), ("TRUMP", "person", "Trump"), ("JEAN-PIERRE", "person", "Jean-Pierre"),
    ("ARMSTRONG", "person", "Armstrong"), ("GOLDSTEIN", "person", "Goldstein"), ("HIRSCH", "person", "Hirsch"),
    ("AL-ASSAD", "person", "Al-Assad"), ("UNHCR", "organisation", "UNHCR"),
    ("Telegram", "organisation", "Telegram"),
])
def test_an_acronym_in_capitals_is_a_body_a_transcript_surname_a_person(mention, kind, name):
    parsed = parse_mention(mention)
    assert (parsed.kind, parsed.name) == (kind, name)
