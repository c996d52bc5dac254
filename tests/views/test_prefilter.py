"""The prefilter of codebook patterns is exact: a text it lets skip the search never matches.

Each pattern's required strings (:func:`analysis.views.patterns.required_literals`) are derived from
the pattern as written; a text without any of them skips the ``regex`` engine.  Skipping must never
lose a match, whatever the pattern (a codebook is a user's file).
"""
from __future__ import annotations

import random
import sys

import pytest
import regex

from analysis import config
from analysis.views import load_codebook, patterns
from analysis.views.patterns import FLAGS, compile_patterns, fold, may_match, required_literals, required_starts


def _timed(*written: str):
    return compile_patterns(config.DEFAULT_THEMES, "theme 't' patterns", written, {}, owner=("theme", "t"))


def _agrees(pattern, texts):
    for text in texts:
        expected = pattern.compiled.search(text)
        found = pattern.search(text)
        assert (found is None) == (expected is None), (pattern.compiled.pattern, text)
        if expected is not None:
            assert found.span() == expected.span()
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.compiled.finditer(text)]
        if not may_match(pattern.required, text):
            assert expected is None


CASES = [
    # optional parts: "arms" may come without "russian"; "s?" never stands for an "s" the text must have
    (r"(?:russian\s+)?arms?", ["Arms flowed.", "an arm", "ARM", "the army", "legs"], {"arm"}),
    (r"colou?r", ["color", "COLOUR", "colr", "cooler"], {"color", "colour"}),
    (r"a(?:b|c)?d", ["ad", "abd", "ACD", "a d"], {"ad", "abd", "acd"}),
    # alternations, including ones the parser factors ("allian\w+|ally|allied with" -> "all" + ...)
    (r"allian\w+|ally|allied with", ["an alliance", "ALLY", "allied  with", "all in", "allied"],
     {"allian", "ally", "allied with"}),
    (r"(?:North Korea|DPRK|Pyongyang)(?:'s)?\s+(?:arms|shells)", ["DPRK shells", "north korea's ARMS", "pyongyang"],
     {"arms", "shells"}),
    # character classes: small ASCII sets make strings, the rest cuts them
    (r"[Ss]anction[sed]", ["sanctions", "SANCTIONED", "sanction", "Sanctione"],
     {"sanctions", "sanctione", "sanctiond"}),
    (r"\d{4} treaty", ["the 1961 treaty", "a treaty", "1961 TREATY"], {" treaty"}),
    (r"[^a-z]+ports?", ["123 ports", "imports", "Exports"], {"port"}),
    (r"[’']s (?:ally|partner)", ["Russia’s ally", "Russia's partner", "Russias ally"],
     {"s ally", "s partner"}),
    # lookarounds: zero width, they need nothing of the text (a negative one can only remove matches)
    (r"(?<!not )allies", ["allies", "not allies", "NOT ALLIES"], {"allies"}),
    (r"(?=\w*ship)partner\w*", ["partnership", "partners", "PARTNERSHIP"], {"partner"}),
    (r"(?<=the )pact\b", ["the pact", "a pact", "THE PACT"], {"pact"}),
    (r"x(?=abc)y", ["xy", "xabcy"], {"xy"}),
    # case: the codebook's flags ignore case, so "ARMS", and the non-ASCII letters that regex matches
    # with ASCII ones (the Kelvin sign K, the long s, dotless and dotted i)
    (r"kim", ["KIM", "\u212aim", "Kım", "K\u0130M", "kin"], {"kim"}),
    (r"Russia", ["RUS\u017fIA", "ru\u017f\u017fia", "Rusia"], {"russia"}),
    (r"(?-i:PRC)|china", ["PRC", "prc", "China", "CHINA"], {"prc", "china"}),
    # bounded and unbounded repetitions
    (r"(?:very ){2}close", ["very very close", "very close", "VERY VERY CLOSE"], {"very very close"}),
    (r"(?:ab)+c", ["ababc", "abc", "ac"], {"ab"}),
    (r"b{0,3}c|d{1,}e", ["c", "de", "bbbc", "e"], {"c", "d"}),
    # back-references and conditionals are read as needing nothing they name
    (r"(a)\1|(?P<q>x)?(?(q)y|z)", ["aa", "xy", "z", "y"], None),
]


@pytest.mark.parametrize("written, texts, required", CASES, ids=[c[0] for c in CASES])
def test_the_prefilter_never_skips_a_match(written, texts, required):
    pattern = _timed(written)
    assert (None if pattern.required is None else set(pattern.required)) == required
    _agrees(pattern, texts)


def test_a_bounded_pattern_needs_its_first_words_at_a_word_start():
    pattern = _timed(r"ally|allied with", r"U\.S\.")
    assert pattern.starts == (" ally", " u s ", " allied with") or set(pattern.starts) == {" ally", " u s ", " allied with"}
    _agrees(pattern, ["really", "totally allied", "(ally)", "an Ally.", "ALLY", "the U.S. said", "thus.", "US",
                      "_ally", "1ally", "\u00e9ally", "\u212aally", "x\u0130ally"])
    assert not may_match(pattern.required, "totally", pattern.starts)
    # the lookbehind sees the text before ``pos``, as the prefilter does
    assert pattern.search("really", 2) is None and pattern.compiled.search("really", 2) is None
    # a pattern whose alternatives do not all begin with known words has no starts
    assert _timed(r"ally|\w+ partner").starts is None
    assert required_starts(r"(?<!\d)(?:ally)") is None      # not the bounded form
    assert required_starts(r"(?<!\w)(?:ally)|x") is None    # the lookbehind binds one alternative only


def test_case_folds_cover_every_code_point_regex_matches_with_an_ascii_one():
    every = "".join(chr(i) for i in range(0x80, sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    for c in map(chr, range(0x20, 0x7F)):
        for m in regex.finditer(regex.escape(c), every, FLAGS):
            assert fold(m.group()) == c.lower(), (c, m.group())


def test_a_pattern_the_analyser_cannot_read_gets_no_prefilter():
    # a POSIX class, which the regex module reads and Python's parser does not: no strings derived
    assert required_literals(r"[[:alpha:]]+ally") is None
    pattern = _timed(r"[[:upper:]]ly")
    assert pattern.required is None
    _agrees(pattern, ["Fly", "fly", "ly"])
    # verbose mode (whitespace and comments read apart) is not analysed either
    assert required_literals(r"(?x) a l l y  # the word") is None
    assert required_literals(r"(?x: a l l y )") is None
    # nothing every match needs: no prefilter
    assert required_literals(r"\w+") is None
    assert required_literals(r"(?:for)?") is None
    assert required_literals(r"\bx?\b") is None


def test_random_patterns_agree_with_the_engine():
    rng = random.Random(47)
    atoms = ["a", "b", "ab", "ba", "[ab]", "[^a]", r"\w", r"\s", ".", "A", "(?-i:B)", r"\b", "(?=a)", "(?<!b)",
             "(?!ab)", "\u212a", "k", "\u017f", "s", "i", "\u0131", " "]

    def part(depth):
        k = rng.random()
        if depth > 2 or k < 0.45:
            return rng.choice(atoms)
        if k < 0.7:
            return "".join(part(depth + 1) for _ in range(rng.randint(2, 4)))
        if k < 0.85:
            return "(?:" + "|".join(part(depth + 1) for _ in range(rng.randint(2, 3))) + ")"
        body = "(?:" + part(depth + 1) + ")"
        return body + rng.choice(["?", "*", "+", "{2}", "{1,3}", "??", "+?", "{0,2}"])

    texts = ["".join(rng.choice("abABkKsSiI \u212a\u017f\u0131\u0130x._\u00e9-1") for _ in range(rng.randint(0, 8)))
             for _ in range(300)]
    analysed = with_starts = 0
    for _ in range(600):
        written = "".join(part(0) for _ in range(rng.randint(1, 3)))
        try:
            compiled = regex.compile(written, FLAGS)
            bounded = regex.compile(patterns._bounded([written]), FLAGS)
        except regex.error:
            continue
        required = required_literals(written)
        analysed += required is not None
        bounded_required = required_literals(bounded.pattern)
        starts = required_starts(bounded.pattern)
        with_starts += starts is not None
        for text in texts:
            if compiled.search(text) is not None:
                assert may_match(required, text), (written, text, required)
            if bounded.search(text) is not None:
                assert may_match(bounded_required, text, starts), (written, text, bounded_required, starts)
    assert analysed > 100 and with_starts > 50


def test_the_package_codebook_has_prefilters_on_its_long_patterns():
    book = load_codebook(config.DEFAULT_THEMES)
    for theme in book.themes:
        if len(theme.relevance.compiled.pattern) > 5000:
            assert theme.relevance.required, theme.name


def test_a_voiced_match_searches_the_relevance_once(monkeypatch):
    book = load_codebook(config.DEFAULT_THEMES)
    theme = next(t for t in book.themes if t.anchor is not None)
    calls = []
    search = patterns.TimedPattern.search
    monkeypatch.setattr(patterns.TimedPattern, "search",
                        lambda self, text, pos=0: calls.append(self is theme.relevance) or search(self, text, pos))
    text = "It sent a “letter of solidarity” to China."
    expected = theme.relevance.compiled.search(text)
    assert expected is not None
    assert theme.match_voiced(text, "North Korea's Kim Jong Un") is not None
    assert calls.count(True) == 1
    # the anchor is read first: a sentence that names no North Korean, in no North Korean's voice, needs no relevance search
    assert theme.match_voiced(text, "a Western diplomat") is None
    assert theme.match_voiced(text, "") is None
    assert calls.count(True) == 1
    assert theme.match_voiced("Pyongyang sent a “letter of solidarity” to China.", "") is not None
    assert theme.match_voiced("Pyongyang is far.", "") is None
    assert calls.count(True) == 3


def test_the_analysis_is_bounded_in_time():
    import time
    start = time.process_time()
    assert required_literals(r"x{1000000000}") == ("x",)
    assert required_literals("ab" * 5000) is not None
    assert required_literals("|".join(f"{i:04d}w" for i in range(2000))) is None     # too many strings to test
    assert required_literals("(?:" * 40 + "deep" + ")" * 40) == ("deep",)
    assert required_literals("(?:" * 2000 + "deep" + ")" * 2000) in (None, ("deep",))   # too deep: given up
    assert time.process_time() - start < 5


def test_codebook_patterns_keep_their_prefilter_through_pickling():
    import pickle
    book = load_codebook(config.DEFAULT_THEMES)
    relevance = pickle.loads(pickle.dumps(book.themes[0].relevance))
    assert relevance.required == book.themes[0].relevance.required
    assert relevance.starts == book.themes[0].relevance.starts


def test_a_fuzzy_constraint_gets_no_prefilter():
    # ``re`` reads "{e<=1}" as literal text, ``regex`` as "at most one error": "(?:foo){e<=1}" matches "fob"
    for written, text in [(r"(?:foo){e<=1}", "fob"), (r"ally{e<=1}", "alla"), (r"(?:abc){e}", "xyz"),
                          (r"(?:pact){d<=1,s<=1}", "pat"), (r"(?:ab){e<=2:[a-z]}", "xy")]:
        pattern = _timed(written)
        assert pattern.compiled.search(text) is not None
        assert pattern.required is None and pattern.starts is None
        _agrees(pattern, [text])
    # the same constraint written through a term
    pattern = compile_patterns(config.DEFAULT_THEMES, "t", ("(?:ally){{E}}",), {"E": "e<=1"}, owner=("theme", "t"))
    assert pattern.compiled.search("alla") is not None and pattern.required is None and pattern.starts is None
    # a brace read as a literal gives no strings either (it cannot be told from a constraint)
    assert required_literals(r"a\{b") is None
