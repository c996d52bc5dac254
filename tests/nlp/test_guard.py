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


def _bare(rx):
    """The pattern ``guarded`` was given, read back from the guarded one."""
    head = re.match(r"\A\(\?[aiLmsux]+\)", rx.pattern)
    head = head.group(0) if head else ""
    rest = rx.pattern[len(head):]
    guard = re.match(r"\(\?=(?:\(\?i:\[(?:\\.|[^\]\\])*\]\)|\[(?:\\.|[^\]\\])*\])\)\(\?:", rest)
    assert guard is not None, rx.pattern[:80]
    body = rest[guard.end():]
    body = body[:-2] if rx.flags & re.VERBOSE and body.endswith("\n)") else body[:-1]
    return re.compile(head + body, rx.flags)


# Searched patterns guarded for speed (one per module and shape: sentence ends, a negation or a modal before a cue, a
# figure's hedge, a bracketed name, a discourse "that said", a pronoun).
GUARDED = [("analysis.text", "_BOUNDARY"), ("analysis.figures.patterns", "POST_RE"),
           ("analysis.figures.patterns", "HEDGE_BEFORE_RE"), ("analysis.figures.status", "_CONTRAST_RE"),
           ("analysis.figures.status", "_CONDITION_RE"), ("analysis.figures.filter_helpers", "_LOWER_WORD_RE"),
           ("analysis.dates.grammar", "TENSE_CUE_RE"), ("analysis.quotes", "_IMAGINED"),
           ("analysis.nlp.name_shapes", "_QUOTED_IN_LINE"), ("analysis.nlp.unasserted", "_NEGATED"),
           ("analysis.nlp.unasserted", "_INVERTED_QUESTION"), ("analysis.nlp.unasserted", "_NEGATIVE_SUBJECT"),
           ("analysis.nlp.unasserted", "_DEONTIC_TO"), ("analysis.nlp.unasserted", "_NOUN_TO"),
           ("analysis.claim_sources", "_BRACKETED_BEFORE"), ("analysis.claim_sources", "_INFINITIVE_BEFORE"),
           ("analysis.nlp.cues", "_DISCOURSE_SAID"), ("analysis.nlp.people", "_OBLIQUE_BEFORE"),
           ("analysis.nlp.people", "_HE"), ("analysis.claim_content", "_THAT"), ("analysis.nlp.authorial", "_ANYONE_WHO")]


@pytest.mark.parametrize("module, name", GUARDED)
def test_a_guarded_module_pattern_finds_what_its_bare_pattern_finds(module, name, seed_corpus):
    import importlib
    rx = getattr(importlib.import_module(module), name)
    bare = _bare(rx)
    texts = TEXTS + [a.text for a in seed_corpus]
    for text in texts:
        assert _spans(rx, text) == _spans(bare, text)
        for k in range(0, len(text), max(1, len(text) // 40)):   # searches ending at a cue, as the callers run them
            m, b = rx.search(text, max(0, k - 60), k), bare.search(text, max(0, k - 60), k)
            assert (m and (m.span(), m.groups())) == (b and (b.span(), b.groups()))
