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


@pytest.mark.parametrize("mention", ["a spokesman for the South Korean Ministry of Foreign Affairs",
                                     "An official from the Ministry of Foreign Affairs"])
def test_the_last_word_of_a_bodys_name_in_an_indefinite_description_is_no_person(mention):
    # the briefing's bottom line had counted "Affairs" among the most quoted (found reading round 47's briefing)
    assert parse_mention(mention).kind == ""


def test_a_name_after_an_office_of_a_body_stays_the_person():
    assert parse_mention("Minister of Foreign Affairs of Russia Sergei Lavrov").name == "Sergei Lavrov"
