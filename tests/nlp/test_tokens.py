"""Tokens of a window are the matches of the token pattern there (analysis.nlp.tokens)."""
import importlib

from analysis.nlp import tokens

T = importlib.import_module("analysis.nlp.tokens")


def test_fresh_tokens_are_the_token_pattern_matches_with_their_offsets():
    text = "Mr. Lee’s U.S. trip, on 3/4 -- “said” _x_ Sin Hong-chol & co. [1]\n\tend"
    for lo in range(0, len(text), 3):
        for hi in range(lo, len(text) + 1, 5):
            want = [T.Tok(m.start(), m.end(), m.group()) for m in T._TOKEN.finditer(text, lo, hi)]
            assert T._fresh_tokens(text, lo, hi) == want
            assert tokens(text, lo, hi) == want
