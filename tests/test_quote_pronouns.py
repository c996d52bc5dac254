"""Pronoun speakers: the checks on one name read the article with fixed patterns and string scans, and answer what
the regex compiled for that name answers (analysis.quote_pronouns)."""
import re

import pytest

from analysis.quote_pronouns import _THING_NOUNS, _written_inside, named_thing, not_named_inside


class _Doc:
    def __init__(self, text):
        self.text, self.memo = text, {}


def _named_thing_by_regex(text, name):
    n, t = re.escape(name), _THING_NOUNS
    return re.search(r"\b%s,\s+(?:the|an?)\s+(?:[\w.-]+\s+){0,4}?%s\b|\b(?:the|an?)\s+(?:[\w.-]+\s+){0,2}?%s\s+"
                     r"%s\b|\b[Tt]he\s+%s\s+%s\b" % (n, t, t, n, n, t), text, re.I) is not None


TEXTS = ["Odysseus, the first U.S.-built spacecraft to land, tipped over.", "the lunar lander Odysseus tipped over",
         "The Odysseus lander tipped over.", "ODYSSEUS, a  probe,", "Odysseus said the lander was fine.",
         "the lander\n\n  odysseus", "Hurricane Ian hit Florida; Ian said nothing.", "the storm Ian", "Ian's storm",
         "an Odysseus-class ship", "the landers Odysseus", "Odysseus landers", "spacecraft Odysseus"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", ["Odysseus", "Ian", "Lander"])
def test_a_name_written_as_a_thing_is_found_as_the_per_name_regex_finds_it(text, name):
    assert named_thing(_Doc(text), name) == _named_thing_by_regex(text, name)


def test_a_name_written_inside_a_sentence_follows_a_lowercase_word_or_a_comma():
    assert _written_inside(_Doc("Markets fell, and Lavrov agreed."), "Lavrov")
    assert not _written_inside(_Doc("Lavrov agreed. Lavrovs"), "Lavrov")


def test_a_pronoun_speaker_named_inside_the_quote_is_dropped():
    assert not_named_inside("Mark Lowe", "He", "Lowe was a brilliant, kind fellow") == ""
    assert not_named_inside("Mark Lowe", "He", "Lowe-Smith was there; Lowes, O’Lowe") == "Mark Lowe"
    assert not_named_inside("Mark Lowe", "They", "Lowe was there") == "Mark Lowe"


def test_he_abstains_when_a_relative_clause_on_the_last_man_holds_him_for_another():
    from analysis.quotes import extract_quotes
    # "who helped elect him": "him" is not Dario Lenz (binding), so two men are in focus and "he" is either.
    text = ("The little-known Marco Vitale was sworn in as president on Monday.\n\n"
            "Hours later, Dario Lenz, the party leader who helped elect him, was named prime minister.\n\n"
            "\"This is a day for our country,\" he said.")
    assert [q.speaker for q in extract_quotes(text)] == [""]


def test_he_still_takes_the_last_man_without_such_a_clause():
    from analysis.quotes import extract_quotes
    text = ("The little-known Marco Vitale was sworn in as president on Monday.\n\n"
            "Hours later, Dario Lenz, the party leader who led the campaign, was named prime minister.\n\n"
            "\"This is a day for our country,\" he said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Dario Lenz"]


def test_her_before_a_noun_is_a_possessive_and_binds_nobody_else():
    from analysis.quotes import extract_quotes
    text = ("Maria Lopez won on Monday.\n\nHours later, Ana Ruiz, the mayor who led her party to victory, was named "
            "minister.\n\n\"This is a day for our country,\" she said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Ana Ruiz"]


def test_a_pronoun_in_a_clause_reported_inside_the_relative_binds_nobody_else():
    from analysis.quotes import extract_quotes
    text = ("Dario Lenz won on Monday.\n\nHours later, Marco Vitale, who said voters had betrayed him, resigned.\n\n"
            "\"I am done,\" he said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Marco Vitale"]
