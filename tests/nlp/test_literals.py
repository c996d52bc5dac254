"""String scans for a word given at run time answer what the regex built for that word answers (analysis.nlp.literals)."""
import itertools
import re

import pytest

from analysis.nlp.literals import folded_starts, follows_lower_word, occurs_alone

# Pieces whose joins put a word next to letters, digits, "_", apostrophes, hyphens, Unicode spaces and letters whose
# case folds ("ſ" is an "s" under re.I).
PIECES = ["Lowe", "lowe", "LOWE", "Low", "e", " ", "  ", "\n", "\u00a0", "\u2009", ",", "'", "’", "-", "_", "a", "B",
          "é", "1", ".", "ſ", "Lowe-Lowe"]
TEXTS = ["".join(p) for n in (1, 2, 3) for p in itertools.product(PIECES, repeat=n)]
WORDS = ["Lowe", "Lo", "Lowe-Lowe", "e", "Owe"]


@pytest.mark.parametrize("word", WORDS)
def test_a_word_written_alone_is_found_where_the_lookaround_regex_finds_it(word):
    rx = re.compile(r"(?<![\w’'-])%s(?![\w-])" % re.escape(word))
    for text in TEXTS:
        assert occurs_alone(text, word, "’'-", "-") == (rx.search(text) is not None), (text, word)


@pytest.mark.parametrize("word", ["Lowe", "Lo", "Lowe-Lowe", "B"])
def test_a_name_after_a_lowercase_word_or_comma_is_found_where_the_regex_finds_it(word):
    # (on the same line: the spaces between are any but a line break)
    rx = re.compile(r"[a-z,][^\S\n]+%s\b" % re.escape(word))
    for text in TEXTS:
        assert follows_lower_word(text, word) == (rx.search(text) is not None), (text, word)


@pytest.mark.parametrize("word", WORDS)
def test_folded_occurrences_are_every_start_of_the_case_insensitive_word_overlaps_included(word):
    rx = re.compile(re.escape(word), re.IGNORECASE)
    for text in TEXTS + ["lowelowe", "LoLoLo", "ſlowe"]:
        want = [(i, rx.match(text, i).end()) for i in range(len(text) + 1) if rx.match(text, i)]
        assert list(folded_starts(text, word)) == want, (text, word)


def test_a_run_of_spaces_is_crossed_back_to_the_word_before_it():
    assert follows_lower_word("said,  \u00a0 Putin", "Putin")
    assert not follows_lower_word("SAID   Putin", "Putin") and not follows_lower_word(".  Putin", "Putin")
    assert not follows_lower_word("as Putins", "Putin")


def test_a_line_break_is_no_inside_of_a_sentence():
    # a headline's last word is no word before the next line's first ('gene editing claim\n\nSuspicious approval')
    assert not follows_lower_word("said,\n\n   Putin", "Putin")
    assert not follows_lower_word("said\n   Putin", "Putin")
    assert not follows_lower_word("gene editing claim\n\n\nSuspicious approval", "Suspicious")
