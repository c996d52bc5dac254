"""The first-character guard of searched regexes changes no match (analysis.nlp.guard)."""
import re

import pytest

from analysis.figures import status
from analysis.nlp.guard import guarded

TEXTS = [
    "The ministry denied the report; Pyongyang called the claims completely fake. Had they sent 10,000 troops ...",
    "If they are Hispanic, the rate is 36 percent, reportedly, and it could reach 20 percent unless talks fail.",
    "He did not send 10,000 troops, SAID officials, who could not independently confirm the figure of 1,500.",
    "ſuppose the \u212aelvin sign: ſix DENIED refuted Refuting, recalled as fake news.",
]


def _spans(rx, text):
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("cls", sorted(status._PHRASES))
def test_a_guarded_cue_class_finds_what_the_bare_alternation_finds(cls):
    bare = re.compile("|".join(f"(?:{p})" for p in status._PHRASES[cls]), re.IGNORECASE)
    assert status._RE[cls].pattern != bare.pattern       # guarded (the bare alternation is compiled apart)
    for text in TEXTS:
        assert _spans(status._RE[cls], text) == _spans(bare, text)


@pytest.mark.parametrize("pattern, flags", [
    (r"\b(?:deni(?:ed|es)|refut\w+)\b", re.IGNORECASE),     # case-insensitive: the guard folds "ſ", "K" too
    (r"(?i)\bsuppose\b|\bHad\b", 0),                          # global inline flags stay first
    (r"(?-i:\bHad)\s+\w+|kelvin", re.IGNORECASE),
    (r"(?i:k)x|said", 0),                                     # a scoped flag
    (r"\b(?P<v>said|says)\b  # a verbose comment", re.VERBOSE),
    (r"[’']d\b|\bwere\b", 0),
    (r"(?:not)+\s+\d", 0),
    (r"(?:a)?b", 0),                                           # an optional lead: its characters and the next ones
    (r"(?<![\w’'-])(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s|\b(?:[Hh]is|[Hh]er)", 0),
    (r"(?:the\s+)*?(?:k|s)(?:aid|elvin)", re.IGNORECASE),
    (r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Had|ſix)\s+\w+", 0),              # a lead that matches no character
])
def test_guarded_keeps_every_match(pattern, flags):
    rx = re.compile(pattern, flags)
    g = guarded(rx)
    assert g is not rx and g.pattern.find("(?=") >= 0
    for text in TEXTS + ["\u212ax kx Kx said", "we’d were notnot 5"]:
        assert _spans(g, text) == _spans(rx, text)
        found, bare = g.search(text, 3), rx.search(text, 3)
        assert (found and found.span()) == (bare and bare.span())


@pytest.mark.parametrize("pattern", [r"\w+said", r"(?:a)?\w", r"(?:a)?(?:b)?", r"[^a]x", r"\s+\d", r"x*"])
def test_a_pattern_whose_first_character_is_unknown_is_left_alone(pattern):
    rx = re.compile(pattern)
    assert guarded(rx) is rx


@pytest.mark.parametrize("pattern", [r",\s+per\b", r"[Ss]aid"])
def test_a_pattern_opening_on_a_character_is_left_to_re(pattern):
    rx = re.compile(pattern)      # re skips to that character itself, faster than any lookahead
    assert guarded(rx) is rx
