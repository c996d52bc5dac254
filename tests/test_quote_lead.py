"""A role described in a story's lead takes the name given in the next paragraph (analysis.quote_lead)."""
from __future__ import annotations

import pytest

from analysis.quotes import extract_quotes

LEAD = "The chief executive of software company Lumera said Friday the firm was \"deeply sorry\" for the outage.\n\n"


@pytest.mark.parametrize("after, want", [
    ('"We know what the issue is," Mark Olsen said in an interview.', "Mark Olsen"),
    ('"We know what the issue is," chief executive Mark Olsen said.', "Mark Olsen"),
    # a new speaker introduced with a role of his own, or with another title: the description stays
    ('"They will lose customers," said Mark Olsen, an analyst at Bern Capital.', LEAD.split(" said")[0]),
    ('"They will lose customers," market analyst Mark Olsen said.', LEAD.split(" said")[0]),
])
def test_lead_role_named_after(after, want):
    rows = {r.text: r for r in extract_quotes(LEAD + after)}
    assert rows["deeply sorry"].speaker == want


def test_lead_role_not_taken_after_a_person_named_before():
    text = "Mark Olsen met investors.\n\n" + LEAD + '"We know," Anna Berg said.'
    rows = {r.text: r for r in extract_quotes(text)}
    assert rows["deeply sorry"].speaker != "Anna Berg"


@pytest.mark.parametrize("after", [
    '"They will lose customers," said Anna Berg, who heads the users\' union.',
    '"They will lose customers," Anna Berg of the users\' union said.',
    '"They will lose customers," Anna Berg, 45, said.',
])
def test_lead_role_not_given_to_a_person_introduced_with_a_relative_affiliation_or_age(after):
    rows = {r.text: r for r in extract_quotes(LEAD + after)}
    assert rows["deeply sorry"].speaker == LEAD.split(" said")[0]


def test_an_owned_role_with_nobody_named_before_takes_the_holder_named_later_with_that_title():
    from analysis.quotes import extract_quotes
    text = ("Norland's Energy Minister has defended the pipeline as \u201csafe and necessary\u201d for the region.\n\n"
            "The project has faced protests for months.\n\nSpeaking in parliament, Minister Oskar Lind said the route "
            "had been checked twice.")
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == ["Oskar Lind"]


def test_an_owned_role_keeps_its_description_when_the_next_person_bears_another_title():
    from analysis.quotes import extract_quotes
    text = ("Norland's Energy Minister has defended the pipeline as \u201csafe and necessary\u201d for the region.\n\n"
            "Analyst Oskar Lind said the route had been checked twice.")
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == ["Norland's Energy Minister"]
