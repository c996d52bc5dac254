"""Distinctive vocabulary: log-odds with an informative prior, function words left out."""
from __future__ import annotations

import pandas as pd

from analysis.views import TERM_COLUMNS, distinctive_terms


def test_word_used_by_one_article_only_gets_its_highest_z():
    common = "the talks went on and the ministers met again to discuss trade and security. "
    frame = pd.DataFrame({
        "article_id": ["a", "b", "c"],
        "text": [common * 3 + "zeppelin zeppelin zeppelin zeppelin trade",
                 common * 3 + "security security",
                 common * 3 + "ministers"],
    })
    terms = distinctive_terms(frame, n=3, min_count=1)
    assert list(terms.columns) == TERM_COLUMNS
    top = terms[terms["article_id"] == "a"].iloc[0]
    assert (top["term"], top["count"], top["rest_count"]) == ("zeppelin", 4, 0)
    assert top["log_odds_z"] == terms[terms["article_id"] == "a"]["log_odds_z"].max() > 0
    assert "the" not in set(terms["term"])                          # function words are not reported


def test_ordinal_suffixes_are_no_words():
    from analysis.views.vocabulary import _terms_of
    assert "th" not in _terms_of("The 19th Congress gave way to the 20th in June.")
    assert _terms_of("COVID-19 rules") == ["COVID", "rules"]


def test_terms_read_with_a_shared_memo_are_the_terms_read_alone():
    from analysis.views.vocabulary import _terms_of

    texts = ["The U.S. and the US's allies met.", "Pyongyang’s envoy met Moscow's envoy; the U.S. did not.",
             "A 19th-century treaty, a COVID-19 rule and the O'Neill report's 'I' and 'a'."]
    seen: dict = {}
    assert [_terms_of(t, seen) for t in texts] == [_terms_of(t) for t in texts]
    assert _terms_of(texts[0], seen) == ["the", "US", "and", "the", "US", "allies", "met"]


def test_verbs_of_saying_are_not_reported_as_distinctive():
    common = "the talks went on and the ministers met again to discuss trade and security. "
    frame = pd.DataFrame({
        "article_id": ["a", "b"],
        "text": [common * 3 + "he said she said they said officials told reporters, the envoy says",
                 common * 3 + "harbour harbour"],
    })
    terms = distinctive_terms(frame, n=5, min_count=1)
    assert not {"said", "says", "told"} & set(terms["term"])
