"""analysis.quote_placement: which attribution a quote takes, before or after it."""
from analysis.quotes import extract_quotes


def test_an_outlet_reporting_after_the_quote_relays_the_speaker_its_sentence_names():
    text = ("The senator, who lost the race twice, told a crowd in the capital that the result was "
            "\u201ca win for every voter,\u201d reports AP.")
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["The senator"]


def test_an_outlet_reporting_after_a_quote_with_no_speaker_before_it_keeps_the_outlet():
    text = "A draft was sent to members on Tuesday, urging relief \u201cfor the civilian population,\u201d reported AP."
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["AP"]
