"""A state's office written as a description ("the Russian president") is the one holder the article names
(analysis.nlp.office_holders, lexicon office_holders.tsv)."""
from analysis.nlp.document import analyse
from analysis.nlp.office_holders import bare_office_holder, office_holder
from analysis.quotes import extract_quotes

MEETING = ("Kim Jong Un hosted Vladimir Putin in Pyongyang on Wednesday. Both men signed a treaty which, the Russian "
           "president said, \u201cwill last for decades\u201d. The North Korean leader promised \u201cfull support\u201d.")


def test_a_state_office_is_the_one_holder_named():
    doc = analyse(MEETING)
    assert office_holder(doc, "the Russian president") == "Vladimir Putin"
    assert office_holder(doc, "The North Korean leader") == "Kim Jong Un"
    assert office_holder(doc, "Russia's president") == "Vladimir Putin"


def test_quotes_take_the_holder():
    assert [q.speaker for q in extract_quotes(MEETING, article_id="a")] == ["Vladimir Putin", "Kim Jong Un"]


def test_two_holders_named_abstain():
    doc = analyse("Barack Obama met Donald Trump at the White House. The US president said little.")
    assert office_holder(doc, "The US president") == ""


def test_no_holder_named_abstains():
    doc = analyse("Sergei Shoigu arrived in Pyongyang. The Russian president was not there.")
    assert office_holder(doc, "The Russian president") == ""


def test_another_role_of_the_state_is_no_office():
    doc = analyse("Vladimir Putin spoke on Monday. The Russian opposition leader replied.")
    assert office_holder(doc, "The Russian opposition leader") == ""
    assert office_holder(doc, "The Russian foreign minister") == ""   # Lavrov not named


def test_publication_date_keeps_the_holder_in_office():
    doc = analyse("Donald Trump and Joe Biden debated. The US president said little.")
    assert office_holder(doc, "The US president") == ""
    assert office_holder(doc, "The US president", published="2022-03-01") == "Joe Biden"


def test_extract_quotes_passes_the_publication_date_to_the_holder():
    text = ("Donald Trump and Joe Biden debated on Tuesday. \u201cWe will win,\u201d the US president said.")
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["the US president"]
    assert [q.speaker for q in extract_quotes(text, article_id="a", published="2022-03-01")] == ["Joe Biden"]


def test_extract_article_passes_the_publication_date_to_quotes_and_claims():
    from analysis.extract import extract_article
    from analysis.records import Article
    text = ("Donald Trump and Joe Biden debated on Tuesday. The US president said that the economy is strong. "
            "\u201cWe will win,\u201d the US president said.")
    art = Article(article_id="a", file="a.txt", text=text, published="2022-03-01")
    out = extract_article(art, families=("quotes", "claims"))
    assert [q.speaker for q in out["quotes"]] == ["Joe Biden"]
    assert [c.source for c in out["claims"] if c.cue == "said"][:1] == ["Joe Biden"]


def test_a_head_of_state_s_spokesman_is_the_presidential_spokesman():
    doc = analyse("Putin met Kim on Wednesday, Russian news agencies quoted Putin's spokesman as saying. \u201cWe talked "
                  "about space,\u201d the agencies quoted Dmitry Peskov as saying.")
    assert office_holder(doc, "Putin's spokesman") == "Dmitry Peskov"
    assert office_holder(doc, "Putin's spokesman", published="2010-01-01") == ""   # before his term
    assert office_holder(doc, "Kim's spokesman") == ""                              # no such row: abstain


# A bare head of government's office ("the prime minister", "The PM") names no state: with the publication date, the
# one person the article names before it who then held a prime minister's office is meant; without it, nobody.
CORBYN = ("At the Labour Party conference, Jeremy Corbyn denounced Johnson\u2019s \u201ccontempt for democracy\u201d. "
          "Boris Johnson flew to New York. Yet the Prime Minister isn\u2019t in retreating mode. \u201cWe will take things "
          "forward,\u201d the Prime Minister said.")


def test_a_bare_prime_minister_is_the_one_named_in_office_on_publication():
    doc = analyse(CORBYN)
    pos = CORBYN.index("the Prime Minister said")
    assert bare_office_holder(doc, "the Prime Minister", pos, published="2019-09-25") == "Boris Johnson"
    assert bare_office_holder(doc, "The PM", pos, published="2019-09-25") == "Boris Johnson"


def test_a_bare_prime_minister_without_a_date_or_holder_abstains():
    doc = analyse(CORBYN)
    pos = CORBYN.index("the Prime Minister said")
    assert bare_office_holder(doc, "the Prime Minister", pos, published="") == ""
    assert bare_office_holder(doc, "the Prime Minister", pos, published="2015-01-01") == ""   # Cameron's term
    assert bare_office_holder(doc, "the president", pos, published="2019-09-25") == ""        # not a prime minister


def test_a_bare_prime_minister_named_only_after_abstains():
    text = "The prime minister said little. Boris Johnson arrived later."
    doc = analyse(text)
    assert bare_office_holder(doc, "The prime minister", 0, published="2019-09-25") == ""


def test_quotes_take_the_bare_office_holder_with_the_publication_date():
    assert [q.speaker for q in extract_quotes(CORBYN, article_id="a", published="2019-09-25")][-1] == "Boris Johnson"
    assert [q.speaker for q in extract_quotes(CORBYN, article_id="a")][-1] != "Boris Johnson"


# A holder the article writes by surname alone ("Rutte said ... The NATO chief wants") is no person of its index until
# named in full; with the publication date, the one holder then in office whose surname the article writes is meant.
RUTTE = ("\u201cRussia is threatening Europe,\u201d Rutte said on Tuesday. Speaking before talks with French President "
         "Emmanuel Macron, Rutte outlined the dangers. The NATO chief has said: \u201cWe have to increase the cost of "
         "war.\u201d")


def test_a_holder_written_by_surname_alone_is_named_with_the_publication_date():
    doc = analyse(RUTTE)
    assert office_holder(doc, "The NATO chief", published="2024-11-26") == "Rutte"
    assert office_holder(doc, "The NATO chief", published="2020-01-01") == ""     # Stoltenberg's term: not written
    assert office_holder(doc, "The NATO chief", published="") == ""
    assert [q.speaker for q in extract_quotes(RUTTE, article_id="a", published="2024-11-26")][-1] == "Rutte"
