"""analysis.quote_issuers: the body whose document a quote's speaker names."""
from analysis.quotes import extract_quotes


def test_a_source_of_the_report_that_a_statement_was_made_is_not_its_issuer():
    text = ("The Nordic Council has called for an end to the blockade.\n\n"
            "This statement was made at a session in Oslo on Monday, according to Baltnews.\n\n"
            "\u201cWe urge all parties to open the crossings at once,\u201d the statement said.\n")
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["The Nordic Council"]


import pytest  # noqa: E402


@pytest.mark.parametrize("text, speaker", [
    ("The law was signed on Monday.\n\n\u201cThe president has signed the budget into law,\u201d a statement posted "
     "on the presidency's official Twitter account said.\n", "the presidency"),
    ("Millions lost service.\n\n\u201cWe are aware of an outage affecting our customers,\u201d a statement shared on "
     "Telkom\u2019 social media channels reads.\n", "Telkom"),
])
def test_a_document_posted_on_an_owners_account_is_the_owners(text, speaker):
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == [speaker]


def test_a_document_posted_on_a_persons_account_is_the_persons():
    text = ("Anna Holm resigned.\n\n\u201cI leave with a heavy heart,\u201d a statement posted on Anna Holm's "
            "Facebook page said.\n")
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["Anna Holm"]
