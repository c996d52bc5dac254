"""analysis.quote_nested: which of two verbs of saying speaks the quote."""
import pytest

from analysis.quotes import extract_quotes


@pytest.mark.parametrize("text, speaker", [
    ("Brazil’s President Lula said his country’s ban on Elon Musk’s X showed that “the world is not obliged”.",
     "Brazil’s President Lula"),
    ("Lavrov said his ministry’s decision on sanctions showed that the West was “hostile”.", "Lavrov"),
])
def test_a_thing_under_a_named_reporter_gives_the_quote_to_the_reporter(text, speaker):
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == [speaker]


def test_an_actor_in_the_reported_clause_keeps_the_quote():
    text = "The Kremlin said Putin thanked Kim and told him “we are friends”."
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["Putin"]


def test_a_clause_opening_on_a_preposition_is_no_thing_subject():
    text = ("Trump said during a Friday evening rally in Michigan that Clinton once described the deal as "
            "“the gold standard” of trade deals.")
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["Clinton"]
