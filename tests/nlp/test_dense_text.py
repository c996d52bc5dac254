"""Cue-dense text stays fast (issue 14): bounded work, checked by counting, never by the clock.

The timings themselves are taken by ``python -m analysis bench`` on
:func:`analysis.nlp.pathological_texts`.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

import analysis.claim_sources
import analysis.nlp.document
from analysis import extract_claims, extract_quotes
from analysis.nlp import SentenceIndex, iter_cues, pathological_texts
from analysis.nlp.document import MAX_CUES_PER_SENTENCE, sentence_cues
from analysis.nlp.tokens import _fresh_tokens, _TextTokens


def test_a_sentence_gives_at_most_the_cap_of_cues_and_the_next_sentence_is_read():
    text = "said " * 5000 + ".\nThe ministry said so."
    cues = list(sentence_cues(text, SentenceIndex(text, None)))
    assert len(cues) == MAX_CUES_PER_SENTENCE + 1
    assert cues[-1].start == text.rindex("said")


def test_the_cap_never_applies_to_news(seed_corpus):
    for article in seed_corpus.articles:
        text = article.text
        assert len(list(sentence_cues(text, SentenceIndex(text, None)))) == len(list(iter_cues(text, 0, len(text))))


def test_claims_of_a_repeated_cue_do_bounded_work(monkeypatch):
    calls = []
    for module in (analysis.claim_sources, analysis.nlp.document):
        real = module.subject_before

        def counted(text, lo, hi, real=real):
            calls.append(hi)
            return real(text, lo, hi)
        monkeypatch.setattr(module, "subject_before", counted)
    text = "said " * 4000
    claims = extract_claims(text, article_id="dense")
    assert len(claims) <= MAX_CUES_PER_SENTENCE
    assert len(calls) <= 2 * MAX_CUES_PER_SENTENCE


def test_deep_quotes_give_the_innermost_quote():
    # A second “ inside an open “ closes it (the first was never closed), unless both close before the
    # paragraph ends (“... “hell” ...”): so nesting stays at most two deep, and one quote comes out.
    found = [q.text for q in extract_quotes(pathological_texts(20_000)["quotes_nested"])]
    assert len(found) == 1 and "deep" in found[0] and len(found[0]) <= 12
    assert extract_quotes(pathological_texts(20_000)["quotes_nested_straight"]) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab U.S'’-& \n.,;“”", max_size=200), st.data())
def test_window_tokens_are_the_tokens_of_the_slice(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _TextTokens(text).window(lo, hi) == _fresh_tokens(text, lo, hi)


def test_pathological_texts_are_built_to_size():
    texts = pathological_texts(100_000)
    assert set(texts) == {"cue_repeated", "quotes_nested", "quotes_nested_straight", "one_paragraph"}
    assert texts["cue_repeated"] == "said " * 20_000
    assert "\n" not in texts["one_paragraph"] and len(texts["one_paragraph"]) == 100_000
    assert texts["quotes_nested"].count("“") == 100_000 // 40


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab U.S'’-& \n.,;“”", min_size=48, max_size=300), st.data())
def test_a_window_asked_again_gives_the_same_tokens_even_after_its_list_was_changed(text, data):
    from analysis.nlp.tokens import tokens
    lo = data.draw(st.integers(0, len(text) - 48))
    hi = data.draw(st.integers(lo + 48, len(text)))
    first = tokens(text, lo, hi)
    first.clear()                                  # a caller's own list: the remembered window is not touched
    assert tokens(text, lo, hi) == _fresh_tokens(text, lo, hi)


def test_the_remembered_windows_of_one_text_stay_bounded():
    import importlib
    tk = importlib.import_module("analysis.nlp.tokens")   # the package exports a function of the same name
    text = "word " * 20_000
    for lo in range(0, 3 * tk._MEMO_WINDOWS * 10, 10):
        tk.tokens(text, lo, lo + 60)
    assert len(tk._last[3]) <= tk._MEMO_WINDOWS
