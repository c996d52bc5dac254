"""analysis.quote_issuers: the body whose document a quote's speaker names."""
from analysis.quotes import extract_quotes


def test_a_source_of_the_report_that_a_statement_was_made_is_not_its_issuer():
    text = ("The Nordic Council has called for an end to the blockade.\n\n"
            "This statement was made at a session in Oslo on Monday, according to Baltnews.\n\n"
            "\u201cWe urge all parties to open the crossings at once,\u201d the statement said.\n")
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["The Nordic Council"]
