"""Quotes: spans inside the marks, speakers and cues by proximity, speech / scare / block.

Cases live in ``data/quotes_cases.json``: each has a ``text`` and the quotes expected in
it (``text`` and, where given, ``speaker``, ``kind``, ``cue``).  ``exact`` means no other
quote may be found; ``xfail`` names a known miss.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given, strategies as st

from analysis.quotes import extract_quotes
from analysis.text import split_sentences

from .conftest import DATA

CASES = json.loads((DATA / "quotes_cases.json").read_text(encoding="utf-8"))


PARAMS = [pytest.param(case, id=case["name"],
                       marks=[pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else [])
          for case in CASES]


@pytest.mark.parametrize("case", PARAMS)
def test_quote_case(case):
    text = case["text"]
    found = extract_quotes(text, article_id="a")
    for q in found:
        assert text[q.start:q.end] == q.text
        assert q.kind in ("speech", "scare", "block")
    by_text = {q.text: q for q in found}
    for want in case["expected"]:
        assert want["text"] in by_text, f"missing {want['text']!r}; found {sorted(by_text)}"
        got = by_text[want["text"]]
        for field in ("speaker", "speaker_mention", "kind", "cue"):
            if field in want:
                assert getattr(got, field) == want[field], f"{field} of {want['text']!r}"
    if case.get("exact"):
        assert sorted(by_text) == sorted(w["text"] for w in case["expected"])


def test_quotes_are_sorted_and_carry_sentences():
    text = "“One,” he said. Then “two” and “three” came.\n“Four.”"
    sentences = split_sentences(text, article_id="a")
    found = extract_quotes(text, article_id="a", sentences=sentences)
    assert [q.start for q in found] == sorted(q.start for q in found)
    for q in found:
        s = sentences[q.sentence_id]
        assert s.start <= q.start <= s.end


def test_seed_quotes_keep_offsets(seed_corpus):
    for article in seed_corpus.articles:
        for q in extract_quotes(article.text, article_id=article.article_id):
            assert article.text[q.start:q.end] == q.text


_MARKS = st.sampled_from(list("“”\"'‘’`«»:,.\n ") + ["''", "``", " said ", " according to ", "He", "Putin"])


@given(st.lists(st.one_of(_MARKS, st.text(max_size=6)), max_size=40).map("".join))
def test_any_text_gives_valid_quotes(text):
    for q in extract_quotes(text):
        assert text[q.start:q.end] == q.text
        assert q.start < q.end


def test_a_said_aside_needs_the_sentences_own_subject_before_it():
    from analysis.nlp import find_quote_spans
    from analysis.quote_placement import _aside_said
    inside = "The embassy, she said, had demanded that the authorities “immediately” release the crew."
    aside = _aside_said(inside, 0, inside.index("“"), find_quote_spans(inside))
    assert aside is not None and aside.speaker == "she"
    after = '"We will win", Trump said, as supporters waved "thank you" signs.'
    spans = find_quote_spans(after)
    assert _aside_said(after, 0, spans[1].open, spans) is None      # an attribution after a quote, no aside


def test_pronoun_speakers_ask_once_per_name_whether_it_is_a_lone_surname(monkeypatch):
    # Each answer searches the whole text; asked again for every earlier speaker at every "he said", an article
    # with 400 such quotes took 84 s (cubic).  Now once per article and name: linear.
    import analysis.nlp.people as pronouns

    calls = []
    real = pronouns.lone_surname
    monkeypatch.setattr(pronouns, "lone_surname", lambda name, text: calls.append(name) or real(name, text))
    names = ["Lavrov", "Peskov", "Zakharova", "Shoigu"]
    text = " ".join(f"{names[i % 4]} arrived on day {i}. “We discussed item {i},” he said. Officials later met "
                    f"{names[i % 4]} again." for i in range(60))
    quotes = extract_quotes(text, article_id="x")
    assert [q.speaker for q in quotes] == [names[i % 4] for i in range(60)]
    assert len(calls) == len(set(calls)) <= len(names) + 1


@pytest.mark.parametrize("text, speaker", [
    ("In Trump’s case, officials said “it is over.”", "officials"),                    # a case is no legal paper
    ("In response to Moscow’s letter, officials said “no.”", "officials"),              # nor is a letter answered
    ("In one of the DOJ's filings, lawyers articulated that “Google must divest.”", "DOJ"),
    ("“We will respond,” said a statement from the Foreign Ministry.", "Foreign Ministry"),
])
def test_staff_and_statements_speak_for_a_named_owner_only(text, speaker):
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == [speaker]


def test_a_day_is_never_the_issuer_of_a_statement():
    assert [q.speaker for q in extract_quotes("“We will respond,” said a statement from Tuesday.", article_id="x")] != ["Tuesday"]


@pytest.mark.parametrize("when", ["on Thursday", "in July", "last week"])
def test_a_time_between_an_issuer_and_its_report_is_never_the_speaker(when):
    # the issuer written before the time is (analysis.nlp.reports._ISSUED), never the time
    text = (f"The Institute for Peace and Security Studies {when} released a report on the missile.\n\n"
            "The report says the launch is \"difficult to explain without help.\"\n")
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == ["Institute for Peace and Security Studies"]


@pytest.mark.parametrize("text, speaker", [
    ("Talks followed the exchange of letters described as “beautiful” by the US president, and then a summit.", ""),
    ("The plan, called “reckless” by the minister, was dropped.", ""),
    ("The move, described by officials as “a grave mistake”, was reversed.", "officials"),
    ("The minister called the plan “reckless”.", "The minister"),
    ("Its efforts -- which Apple's chief executive, Tim Cook, called “total political crap” -- failed.", "Tim Cook"),
])
def test_the_thing_a_participle_names_is_never_the_speaker(text, speaker):
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Deutsche Bank cut jobs on Monday.\n\n"We remain strong," the bank said.', "Deutsche Bank"),
    ("North Korea's Foreign Ministry issued a statement.\n\n\"We will respond,\" the ministry said.",
     "North Korea's Foreign Ministry"),
])
def test_a_body_description_takes_the_name_not_the_clause_it_opened(text, speaker):
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("But Musk “doesn’t walk the talk” when it comes to free speech, a Brazilian columnist told The Guardian.",
     "a Brazilian columnist"),
    ("The pact means Moscow “will have to pay for it” in the end, an independent analyst said.",
     "an independent analyst"),
    ("The island recognised two self-declared “free cantons” in the north as states, a local official said.", "")])
def test_a_quoted_clause_takes_an_unnamed_person_postposed_after_a(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Referencing Choe's earlier description of the strategic dialogue as “a solid foundation for an invincible "
     "combat brotherhood,” Lavrov said a sentiment had been confirmed.", "Choe"),
    ("Smith’s remarks carried echoes of Jones’s allegations of a “rigged and crooked system” a decade ago.",
     "Jones")])
def test_words_quoted_as_a_possessors_description_or_allegation_are_the_possessors(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_statement_made_by_people_is_theirs():
    # a passive with its copula names the issuer as "issued by" does
    text = ("The two sides condemned the transfers.\n\nThis joint statement was made by EU High Representative "
            "Josep Borrell and Foreign Minister Cho Tae-yul in Seoul. \u201cThis is a serious breach of law,\u201d "
            "says the statement.")
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == ["Josep Borrell"]


def test_a_relaying_outlet_never_issues_a_statement():
    text = ("The EU and South Korea condemned the arms transfers, Daily Wire Az reports citing foreign media.\n\n"
            "The ministers met in Seoul on Monday. \u201cThis is a serious breach of law,\u201d says the statement.")
    assert [q.speaker for q in extract_quotes(text, article_id="x")] != ["Daily Wire Az"]


def test_a_document_after_a_long_quote_takes_the_issuer_named_before_the_quote():
    # the issuer window counts from the quote's opening, not from the cue after four quoted sentences
    text = ("The bloc is alarmed, according to a statement released by EU High Representative Josep Borrell.\n\n"
            "\u201cThe bloc is alarmed. This is a breach of law. It is a hostile act. It shows the danger,\u201d "
            "the document said.")
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == ["Josep Borrell"]


def test_a_message_from_a_sender_speaks_for_its_sender():
    text = ("President Oskar Lind arrived in Riga on Monday. \u201cOur friendship is lasting,\u201d says a message from "
            "the president read out at the ceremony.")
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == ["Oskar Lind"]
    text = "\u201cWe stand with you,\u201d says a telegram from the Ministry of Energy of Norland."
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == ["the Ministry of Energy of Norland"]
    text = "\u201cWe stand with you,\u201d says a message from Tuesday."
    assert [q.speaker for q in extract_quotes(text, article_id="x")] != ["Tuesday"]


def test_a_standalone_quote_takes_the_speaker_of_the_interview_sentence_after_it():
    text = ("\u201cThe harbour will reopen within a week.\u201d\n\nIn an interview with Radio Nord, Deputy Mayor Mira "
            "Kovac said the cranes had been repaired.")
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == ["Deputy Mayor Mira Kovac"]
    text = ("\u201cThe harbour will reopen within a week.\u201d\n\nSpeaking to Radio Nord, Mira Kovac interpreted the "
            "repairs as a sign of recovery.")
    assert [q.speaker for q in extract_quotes(text, article_id="x")] == ["Mira Kovac"]
