"""A figure inside a claim's content or a quotation is reported by its source (issue 11, item 5): the claim rules'
attributions (cues after the content, "X notes that", nested ones) give the figures of their content a source; the
author's own figures, a stance's object and a figure with a status of its own are left alone."""
from __future__ import annotations

import dataclasses

import pytest

from analysis.extract import extract_article
from analysis.figures.claimed import attribute_figures, cue_lemma
from analysis.records import Article, Claim, Figure, Quote


def _figures(text: str) -> list:
    return extract_article(Article(article_id="a", file="a.txt", title="", text=text, published="2024-05-01"))["figures"]


def _one(text: str, words: str):
    found = [f for f in _figures(text) if words in f.text or f.text in words]
    assert found, [f.text for f in _figures(text)]
    return found[0].status, found[0].source


@pytest.mark.parametrize("text, words, source", [
    # a cue after the content, inverted
    ("The carrier has lost more than $2.5 billion since 2021, notes the AP.", "$2.5 billion", "the AP"),
    # a cue verb the figure rules do not list, its content a clause
    ("The safety board released preliminary findings on Monday, disclosing that the jet left the factory 10 weeks "
     "earlier.", "10 weeks", "The safety board"),
    ("Up to 36,000 people could pass through the new centres each year, the minister underlined.", "36,000 people",
     "the minister"),
])
def test_a_figure_in_the_content_of_a_statement_is_reported_by_its_source(text, words, source):
    assert _one(text, words) == ("reported", source)


def test_a_figure_in_the_content_of_a_belief_is_reported_by_its_holder():
    # on records, so that only attribute_figures can give it (the figure rules have their own "fear")
    s = "Local officials in the province fear that as many as 1,000 people have died in the floods."
    c = _claim(s, s[s.index("as many"):-1], "Local officials in the province", "fear")
    [f] = attribute_figures([_fig(s, "1,000 people")], [c], text=s)
    assert (f.status, f.source) == ("reported", "Local officials in the province")


def test_a_figure_in_a_quotation_is_reported_by_its_speaker():
    text = ("Regional health officials gave an update on Saturday.\n\n"
            "“Twenty cases are in isolation and receiving treatment,” said Maria Okello, the regional health director.")
    assert _one(text, "Twenty cases") == ("reported", "Maria Okello")


def test_the_authors_own_figures_stay_stated():
    text = "The company employs 4,000 people in three countries. Its shares fell 6% on Tuesday."
    assert {f.status for f in _figures(text)} == {"stated"} and not any(f.source for f in _figures(text))


def test_a_hypothetical_figure_in_a_claim_stays_hypothetical():
    text = "The minister said the country would need to send tens of thousands of troops if the war went on."
    status, _ = _one(text, "tens of thousands")
    assert status == "hypothetical"


# ---------------------------------------------------------------- the rule on records (no extraction)
S = "Volkswagen has criticized the EU's move to impose duties of up to 38% on imports, AFP reports."


def _fig(text: str, words: str, status: str = "stated") -> Figure:
    start = text.index(words)
    return Figure("a", start, start + len(words), words, 1.0, sentence_id=0, status=status)


def _claim(text: str, content: str, source: str, cue: str) -> Claim:
    start = text.index(content)
    return Claim("a", start, start + len(content), content, source=source, cue=cue, sentence_id=0)


def test_the_innermost_claim_decides_and_a_stance_on_a_noun_phrase_reports_no_figure():
    outer = _claim(S, S[:S.index(", AFP")], "AFP", "reports")
    inner = _claim(S, "the EU's move to impose duties of up to 38% on imports", "Volkswagen", "criticized")
    [f] = attribute_figures([_fig(S, "38%")], [outer, inner], text=S)
    assert (f.status, f.source) == ("stated", "")


def test_a_figure_between_the_cue_and_its_that_clause_is_the_verbs_adjunct():
    s = "The federation confirmed three hours before the race that the water quality was not good enough."
    c = _claim(s, s[s.index("three"):-1], "The federation", "confirmed")
    [f] = attribute_figures([_fig(s, "three hours")], [c], text=s)
    assert f.status == "stated"


def test_a_relative_clause_the_content_opens_with_is_the_authors_description():
    s = "He remarked on the visit to Russia, which is one of the five permanent members of the council."
    c = _claim(s, s[s.index("which"):-1], "Yoon Suk Yeol", "remarked")
    [f] = attribute_figures([_fig(s, "five permanent members")], [c], text=s)
    assert f.status == "stated"


@pytest.mark.parametrize("source", ["", "he", "They"])
def test_a_claim_without_a_named_source_makes_no_figure_reported(source):
    s = "He said the plant would employ 300 workers."
    c = _claim(s, "the plant would employ 300 workers", source, "said")
    [f] = attribute_figures([_fig(s, "300 workers")], [c], text=s)
    assert (f.status, f.source) == ("stated", "")


@pytest.mark.parametrize("status", ["hypothetical", "negated", "denied"])
def test_a_figure_with_a_status_of_its_own_keeps_it(status):
    s = "The ministry said it did not send 10,000 troops."
    c = _claim(s, "it did not send 10,000 troops", "The ministry", "said")
    [f] = attribute_figures([_fig(s, "10,000 troops", status)], [c], text=s)
    assert (f.status, f.source) == (status, "")


def test_a_reported_figure_without_a_source_takes_the_claims_source():
    s = "The ministry said 10,000 troops had reportedly arrived."
    c = _claim(s, "10,000 troops had reportedly arrived", "The ministry", "said")
    [f] = attribute_figures([_fig(s, "10,000 troops", "reported")], [c], text=s)
    assert (f.status, f.source) == ("reported", "The ministry")


def test_a_quotation_without_a_named_speaker_reports_nothing():
    s = "“Twenty cases are in isolation,” he said."
    q = Quote("a", 1, 30, s[1:30], speaker="he", kind="speech")
    [f] = attribute_figures([_fig(s, "Twenty cases")], [], [q], text=s)
    assert f.status == "stated"


@pytest.mark.parametrize("cue, lemma", [("was reported", "report"), ("pointed out", "point out"),
                                        ("According to", "according to"), ("disclosing", "disclose"),
                                        ("criticized", "criticize"), ("Reports", "report")])
def test_a_cue_as_written_maps_to_its_lemma(cue, lemma):
    assert cue_lemma(cue) == lemma


def test_an_events_ordinal_is_no_sources_figure_but_a_rank_is():
    s = "Kim began his first summit with Putin, the second-largest such meeting, ONA reports."
    c = _claim(s, s[:s.index(", ONA")], "ONA", "reports")
    first = dataclasses.replace(_fig(s, "first"), kind="ordinal")
    rank = dataclasses.replace(_fig(s, "second-largest"), kind="ordinal", unit="rank")
    assert [(f.status, f.source) for f in attribute_figures([first, rank], [c], text=s)] == \
        [("stated", ""), ("reported", "ONA")]


@pytest.mark.parametrize("headline, words, source", [
    ("Govt to face Sh200bn shortfall should the bill be rejected – Treasury\n\nBody.", "Sh200bn", "Treasury"),
    ("Trade hit ‘record’ $34M in 2024 on food and fuel: Official\n\nBody.", "$34M", "Official"),
    ("NHK: DPRK may send 25,000 workers to Russia\n\nBody.", "25,000 workers", "NHK"),
    ("North Korea Offers $10K Bounty on Runaway Laborers – Reports\n\nBody.", "$10K", ""),
    ("STORY: A judge has blocked the pending $25 billion merger\n\nBody.", "$25 billion", ""),
    ("Ukraine war: 10,000 troops sent to the front\n\nBody.", "10,000 troops", ""),
])
def test_a_headline_names_its_figures_source_after_a_dash_or_a_colon_or_an_outlet_before(headline, words, source):
    [f] = attribute_figures([_fig(headline, words)], text=headline)
    assert (f.status, f.source) == (("reported", source) if source else ("stated", ""))


@pytest.mark.parametrize("text, words", [
    ("Kim was heading home by train on Sunday, state news agencies reported, after a week-long visit to Russia.",
     "week-long"),
    ("Kim will visit with an entourage of 230 people, the newspaper reported on Tuesday, citing two sources close to "
     "the process.", "two sources"),
    ("Prices rose, the ministry said on Monday, with 300 firms affected.", "300 firms"),
])
def test_a_figure_after_a_cue_that_follows_its_content_is_the_cues_adjunct(text, words):
    assert _one(text, words) == ("stated", "")


def test_a_figure_before_a_cue_that_follows_its_content_stays_the_sources():
    text = "Kim will visit with an entourage of 230 people, the newspaper reported on Tuesday, citing two sources."
    assert _one(text, "230 people") == ("reported", "the newspaper")


@pytest.mark.parametrize("text, words, status, source", [
    # a comparison continues the content after the cue
    ("The top earners would see an average tax cut of $275,000, the group said, compared with $2,700 for those in the "
     "middle.", "$2,700", "reported", "the group"),
    # a parenthetical cue inside its content is no cue after it
    ("The average weekly benefit, it says, would be $300.", "$300", "reported", ""),
])
def test_content_that_goes_on_after_its_cue_keeps_its_source(text, words, status, source):
    assert _one(text, words) == (status, source)


def test_a_source_holding_a_number_is_an_event_and_reports_nothing():
    s = "In the Senate's 80-19 vote both parties split 4 to 1 in favor."
    c = _claim(s, "both parties split 4 to 1 in favor", "Senate's 80-19 vote", "said")
    [f] = attribute_figures([_fig(s, "4 to 1")], [c], text=s)
    assert f.status == "stated"


@pytest.mark.parametrize("headline, words", [
    ("Inflation hits 9% – Here’s Why\n\nBody.", "9%"),
    ("Storm kills 12 in Texas - In Pictures\n\nBody.", "12"),
    ("Cases rise 10% - Health\n\nBody.", "10%"),
    ("Fed raises rates to 5.5% – Full Text\n\nBody.", "5.5%"),
    ("G7 leaders pledge $50bn - Ukraine\n\nBody.", "$50bn"),
    ("Stocks fall 3% - Markets Wrap\n\nBody.", "3%"),
    ("Rates climb to 5% – As It Happened\n\nBody.", "5%"),
    ("Budget cut by $2bn: Key Takeaways\n\nBody.", "$2bn"),
])
def test_a_headlines_label_or_topic_after_a_dash_is_no_source(headline, words):
    [f] = attribute_figures([_fig(headline, words)], text=headline)
    assert (f.status, f.source) == ("stated", "")


def test_a_headline_naming_a_person_after_a_dash_gives_the_source():
    h = "Rates to stay at 5% for now – Jerome Powell\n\nBody."
    [f] = attribute_figures([_fig(h, "5%")], text=h)
    assert (f.status, f.source) == ("reported", "Jerome Powell")


@pytest.mark.parametrize("source", ["The initial", "HuffPost’s presidential", "drawn scrutiny from Republicans"])
def test_a_claim_source_that_names_no_actor_reports_no_figure(source):
    s = "He said the plant would employ 300 workers."
    c = _claim(s, "the plant would employ 300 workers", source, "said")
    [f] = attribute_figures([_fig(s, "300 workers")], [c], text=s)
    assert (f.status, f.source) == ("stated", "")
