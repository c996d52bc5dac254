"""Who states a sentence's figures (analysis.figures.context.sources_of): an inverted cue's name, bounded scans."""
from __future__ import annotations

from analysis.extract import extract_article
from analysis.records import Article


def _figures(text: str) -> list:
    return extract_article(Article(article_id="a", file="a.txt", title="", text=text, published="2024-05-01"))["figures"]


def test_a_weekday_after_an_inverted_cue_is_no_source():
    assert [(f.status, f.source) for f in _figures(
        "Unemployment stood at 5.2% in May, says data released Monday.") if f.text == "5.2%"] == [("stated", "")]


def test_a_participle_after_a_numbered_document_ends_the_source():
    # "according to ... Resolution 2397 passed at the end of 2017": the source is the resolution, not a clause fragment
    found = {f.source for f in _figures("But according to UN Security Council sanctions Resolution 2397 passed at the "
                                       "end of 2017, Russia may import no more than 30 tonnes.")}
    assert found == {"UN Security Council sanctions Resolution 2397"}


def test_an_inverted_cue_with_a_role_before_the_name_keeps_the_name():
    found = [f.source for f in _figures("Exports fell 4%, says parliamentarian Lee Sung-kwon.")
             if f.text == "4%"]
    assert found == ["Lee Sung-kwon"]


def test_an_idiom_of_adding_names_no_source_but_adding_that_does():
    # "has added urgency to the prevailing debate": a thing added, so the sentence's figures are the writer's (a
    # Carnegie article of round 58 gave "thousands of North Korean troops" to "Kursk")
    found = {f.text: (f.status, f.source) for f in _figures(
        "The arrival of thousands of North Korean troops to fight alongside the Russian army in Kursk has added "
        "urgency to the prevailing debate. The ministry added that 3,000 workers had left.")}
    assert found["thousands of North Korean troops"] == ("stated", "")
    assert found["3,000 workers"] == ("reported", "The ministry")


def test_a_long_sentence_of_repeated_backward_cues_is_scanned_once(monkeypatch):
    """Each backward cue asks whether more content follows it; the sentence is scanned for that once and
    looked up by bisection, not rescanned to its end per cue (quadratic: 21 s on 100k characters)."""
    from analysis.figures import context

    class Counting:
        def __init__(self, pattern):
            self.pattern, self.scans = pattern, 0

        def finditer(self, *args):
            self.scans += 1
            return self.pattern.finditer(*args)

        def search(self, *args):
            self.scans += 1
            return self.pattern.search(*args)

    counting = Counting(context._MORE_CONTENT_RE)
    monkeypatch.setattr(context, "_MORE_CONTENT_RE", counting)
    text = "Growth was 5%, officials said, " * 3300          # 100k characters, no full stop
    found = context.sources_of(text, 0, len(text))
    assert len(found) == 3300
    assert counting.scans == 1
