"""Positions, the matrix, disagreements and the shift, on tiny corpora written to tmp_path."""
from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from analysis import extract, load_corpus
from analysis.views import (
    DISAGREEMENT_COLUMNS, NO_CLEAR_POSITION, POSITION_COLUMNS, SHIFT_COLUMNS, article_positions, collect_views, disagreements,
    load_codebook, theme_matrix, theme_sentences, view_shift,
)

from ..conftest import write_corpus
from .conftest import lone_sentence_codebook

SMALL = {
    "a_alliance.txt": (
        "Moscow and Pyongyang have built a military alliance.\n\n"
        "The alliance is clearly here to stay. Analysts argue that it is a partnership, not an alliance.\n"),
    "b_alignment.txt": (
        "Russia and North Korea met again.\n\n"
        "Their new bond is more likely to be a strategic alignment rather than a formal alliance.\n\n"
        "Trade between the two countries fell sharply in 2020.\n"),
    "c_reported.txt": (
        "Chinese observers contend that the Russia–North Korea ties are a marriage of convenience.\n"
        "They note that the partnership is driven by the current situation.\n"),
}


@pytest.fixture()
def small_tables(tmp_path):
    return extract(load_corpus(write_corpus(tmp_path / "small", SMALL)), families=())


def test_positions_tell_own_from_reported(small_tables):
    positions = article_positions(small_tables, withhold=False)
    framing = positions[positions["theme"] == "relationship framing"].set_index("article_id")
    assert framing.loc["a_alliance", ["position", "stance"]].tolist() == ["alliance", "own"]
    assert "partnership (reported: Analysts" in framing.loc["a_alliance", "other_positions"]
    assert framing.loc["b_alignment", ["position", "stance", "verdict"]].tolist() == [
        "strategic alignment", "own", "strategic alignment"]
    assert framing.loc["c_reported", ["position", "stance", "holder"]].tolist() == [
        "marriage of convenience", "reported", "Chinese observers"]


def test_evidence_and_position_spans_point_into_the_article(small_tables, tmp_path):
    texts = load_corpus(tmp_path / "small").texts
    rows = theme_sentences(small_tables)
    for r in rows.itertuples():
        assert texts[r.article_id][r.start:r.end] == r.text
        if r.position:
            assert texts[r.article_id][r.position_start:r.position_end] == r.position_text
    for r in article_positions(small_tables, theme_rows=rows, withhold=False).itertuples():
        if r.position:
            assert texts[r.article_id][r.evidence_start:r.evidence_end] == r.evidence_text


def test_disagreements_matrix_and_shift(small_tables):
    positions = article_positions(small_tables, withhold=False)
    table = disagreements(positions)
    assert list(table.columns) == DISAGREEMENT_COLUMNS
    framing = table[table["theme"] == "relationship framing"]
    pairs = {frozenset((r.position_a, r.position_b)) for r in framing.itertuples()}
    assert pairs == {frozenset(p) for p in [("alliance", "strategic alignment"), ("alliance", "marriage of convenience"),
                                              ("strategic alignment", "marriage of convenience")]}
    wide = theme_matrix(positions, values="position")
    assert wide.loc["relationship framing", "b_alignment"] == "strategic alignment"
    tidy = theme_matrix(positions, articles=small_tables.articles)
    assert len(tidy) == tidy["theme"].nunique() * 3
    articles = pd.DataFrame({"article_id": ["a_alliance", "b_alignment", "c_reported"],
                             "published": ["2024-11", "2022-09", ""]})
    shift = view_shift(positions, articles)
    assert list(shift.columns) == SHIFT_COLUMNS
    order = shift[shift["theme"] == "relationship framing"]["article_id"].tolist()
    assert order == ["b_alignment", "a_alliance", "c_reported"]   # by date, undated last


def test_empty_tables_give_empty_views(tmp_path):
    tables = extract(load_corpus(write_corpus(tmp_path / "e", {"x.txt": "Nothing relevant here at all.\n"})), families=())
    views = collect_views(tables)
    assert views["theme_sentences"].empty and views["positions"].empty and views["disagreements"].empty
    assert list(views["positions"].columns) == POSITION_COLUMNS


def test_a_label_the_writer_sets_aside_loses_the_weight_of_that_sentence(tmp_path):
    # twice "alliance" in passing, then the considered verdict: alliance 2.0 - 3.0 (contrast in the
    # closing paragraph) is gone, strategic alignment stands
    corpus = write_corpus(tmp_path / "d", {"d.txt": (
        "Russia and North Korea have formed an alliance.\n\n"
        "The alliance between Moscow and Pyongyang worries Seoul.\n\n"
        "Trade between them is small.\n\n"
        "In conclusion, their bond is more likely a strategic alignment than a formal alliance.\n")})
    rows = theme_sentences(extract(load_corpus(corpus), families=()))
    framing = rows[rows["theme"] == "relationship framing"]
    assert "alliance" in framing["denied"].tolist()
    row = article_positions(None, theme_rows=rows, withhold=False).set_index("theme").loc["relationship framing"]
    assert (row["position"], row["stance"]) == ("strategic alignment", "own")
    assert "alliance" not in row["other_positions"]


_DENIAL_THEN_INFORMATION = (
    "The briefing was held on Wednesday in Washington.\n\n"
    "North Korea publicly denied that it intends to supply Russia with ammunition for its use in Ukraine. "
    "{} have information that indicates that the DPRK is secretly providing Russia with artillery shells.\n")


def _military_rows(tmp_path, opener):
    corpus = write_corpus(tmp_path / repr(opener), {"k.txt": _DENIAL_THEN_INFORMATION.format(opener)})
    rows = theme_sentences(extract(load_corpus(corpus), families=()))
    rows = rows[rows["theme"] == "military support"].copy()
    rows["holder"], rows["attributed"], rows["weight"] = "John Kirby", True, 1.5
    assert sorted(rows["position"]) == ["alleged", "denied"]
    return rows


def test_a_denial_the_next_sentence_of_the_same_voice_rebuts_loses_its_weight(tmp_path):
    # "North Korea publicly denied ... However, we have information that indicates ..." in one speaker's quote: the denial
    # is reported to be answered, so the allegation stands (without "However" the two tie: no clear position); run with
    # the theme reading a source's labels as they are (the default codebook reads a source's denial as alleged)
    book = load_codebook()
    book = dataclasses.replace(book, themes=tuple(dataclasses.replace(t, reported_as=()) if t.name == "military support"
                                                  else t for t in book.themes))
    for opener, expect in (("However, we", "alleged"), ("We", "")):
        rows = _military_rows(tmp_path, opener)
        row = article_positions(None, book, theme_rows=rows, withhold=False).set_index("theme").loc["military support"]
        assert row["position"] == expect


def test_a_denial_of_military_support_in_a_source_s_voice_reads_as_alleged(tmp_path):
    # a source's denial ("North Korea publicly denied ...") is one side of a contested claim: with the source's own
    # allegation beside it, the support stands as alleged, not a tie
    row = article_positions(None, theme_rows=_military_rows(tmp_path, "We"), withhold=False).set_index("theme").loc["military support"]
    assert row["position"] == "alleged"


def test_a_sentence_dated_years_before_publication_is_history(tmp_path):
    # a 2024 article: the 1961 treaty and "a quarter of a century ago" are background, "since 2017" is not
    corpus = write_corpus(tmp_path / "h", {
        "h.txt": ("In 1961, Moscow and Pyongyang signed a friendship treaty.\n\n"
                  "A quarter of a century ago, Putin flew to Pyongyang to sign a friendship treaty that helped revive ties.\n\n"
                  "Since 2017, Russia and North Korea have built a partnership.\n\n"
                  "Last week Putin signed a deal with Kim reminiscent of the security pact of the Cold War.\n"),
        "articles.csv": "file,published\nh.txt,2024-06-28\n"})
    rows = theme_sentences(extract(load_corpus(corpus), families=("dates",)))
    framing = rows[rows["theme"] == "relationship framing"].set_index("sentence_id")
    # the last one recalls the Cold War but is dated last week: it speaks of now
    assert framing["historical"].tolist() == [True, True, False, False]
    row = article_positions(None, lone_sentence_codebook(), theme_rows=rows, withhold=False).set_index("theme").loc["relationship framing"]
    assert (row["position"], row["stance"]) == ("alliance", "own")     # last week's pact in the closing paragraph (1.5) against the partnership (1.0)
    assert "partnership" in row["other_positions"]


def test_a_position_needs_the_themes_actors_near_it(tmp_path):
    # the article names Russia and North Korea, but the coalition sentence is about Yemen; "the two
    # countries" carries the pair named earlier
    corpus = write_corpus(tmp_path / "n", {"n.txt": (
        "Russia and North Korea signed a treaty.\n\n"
        "The weather was cold. Markets were calm.\n\n"
        "Elsewhere, a military coalition led by Saudi Arabia is fighting in Yemen.\n\n"
        "Analysts say the two countries have formed an alliance.\n")})
    rows = theme_sentences(extract(load_corpus(corpus), families=()))
    framing = rows[rows["theme"] == "relationship framing"].set_index("sentence_id")
    assert framing.loc[3, "position"] == "" and "strategic alignment" in framing.loc[3, "rejected"]
    assert framing.loc[4, "position"] == "alliance"


def test_a_concluding_verdict_decides_a_narrow_lead(tmp_path):
    # partnership three times in the body (3.0), the closing paragraph's contrast for alignment
    # (2.0 x 1.5 = 3.0): a tie, which only the concluding verdict decides
    corpus = write_corpus(tmp_path / "v", {"v.txt": (
        "Russia and North Korea have built a partnership.\n\n"
        "The partnership between Moscow and Pyongyang worries Seoul.\n\n"
        "Moscow calls North Korea a partnership of equals.\n\n"
        "Russia and North Korea are more likely a strategic alignment than a formal alliance.\n")})
    rows = theme_sentences(extract(load_corpus(corpus), families=()))
    row = article_positions(None, theme_rows=rows, withhold=False).set_index("theme").loc["relationship framing"]
    assert (row["position"], row["verdict"], row["score"]) == ("strategic alignment", "strategic alignment", 3.0)
    assert "partnership (own, 3.0)" in row["other_positions"]


def test_the_headline_decides_between_labels_of_equal_weight(tmp_path):
    # the title holds partnership (1.0), the body alliance (1.0): a tie that the story's own summary decides
    corpus = write_corpus(tmp_path / "h", {"h.txt": (
        "Russia and North Korea Forge a New Partnership\n\n"
        "Russia and North Korea have formed an alliance in Vladivostok.\n\n"
        "The talks in Vladivostok lasted two days.\n")})
    rows = theme_sentences(extract(load_corpus(corpus), families=()))
    row = article_positions(None, lone_sentence_codebook(), theme_rows=rows, withhold=False).set_index("theme").loc["relationship framing"]
    assert (row["position"], row["stance"]) == ("partnership", "own")
    assert "alliance (own, 1.0)" in row["other_positions"]


def test_a_headline_without_a_label_leaves_a_tie_unclear(tmp_path):
    # (alliance and a marriage of convenience: a split between degrees of one framing, alliance and partnership, takes
    # the more specific; test_positions_lead.test_a_split_between_nested_framings_takes_the_most_specific)
    corpus = write_corpus(tmp_path / "t", {"t.txt": (
        "Kim Meets Putin in Vladivostok\n\n"
        "Russia and North Korea have formed an alliance in Vladivostok.\n\n"
        "Russia and North Korea remain in a marriage of convenience.\n\n"
        "The talks in Vladivostok lasted two days.\n")})
    rows = theme_sentences(extract(load_corpus(corpus), families=()))
    row = article_positions(None, theme_rows=rows, withhold=False).set_index("theme").loc["relationship framing"]
    assert (row["position"], row["stance"]) == ("", NO_CLEAR_POSITION)


def test_an_article_off_the_codebooks_subject_takes_no_position(tmp_path):
    # the default codebook is about Russia and North Korea: an article on Russian grain and Chinese
    # cars names neither North Korea nor the pair, whatever its words
    corpus = write_corpus(tmp_path / "o", {"o.txt": (
        "Imports of Russian grain into the EU fell sharply last year.\n\n"
        "Beijing is concerned about the new duties, and China has refrained from retaliating.\n")})
    rows = theme_sentences(extract(load_corpus(corpus), families=()))
    assert not rows.empty and (rows["position"] == "").all()
    assert article_positions(None, theme_rows=rows, withhold=False)["position"].eq("").all()


def test_a_lone_sentence_gives_no_clear_position_where_the_codebook_asks_two(tmp_path):
    # "North Korea's motives" asks two sentences (min_sentences: 2, from its labels' precision on blind
    # articles; economic need and leverage, its lone_sentence_labels, aside): one sentence shows its label as
    # competing, not as the position; two agreeing ones state it
    one = "Russia and North Korea met in Vladivostok.\n\nNorth Korea turned to Russia because it wants Russian military technology.\n"
    two = one + "\nPyongyang wants Russian military technology for its missile programme.\n"
    folder = write_corpus(tmp_path / "m", {"one.txt": one, "two.txt": two})
    tables = extract(load_corpus(folder), families=())
    motives = article_positions(tables, withhold=False).set_index(["theme", "article_id"]).loc["North Korea's motives"]
    assert (motives.loc["one", "position"], motives.loc["one", "stance"]) == ("", "no clear position")
    assert motives.loc["one", "competing"].startswith("security (own")
    assert motives.loc["two", "position"] == "security"
    # the same lone sentence is stated under a codebook that asks one
    lone = article_positions(tables, lone_sentence_codebook(), withhold=False).set_index(["theme", "article_id"]).loc["North Korea's motives"]
    assert lone.loc["one", "position"] == "security"



def test_an_own_and_a_reported_sentence_with_the_same_label_are_two_agreeing_sentences(tmp_path):
    # min_sentences counts the sentences holding the label in either voice: the writer's own sentence and a
    # source's report of the same label agree; the position is the writer's (own), the report one of its sentences
    own = "North Korea turned to Russia because it wants Russian military technology."
    reported = "Analysts said Pyongyang wants Russian military technology for its missile programme."
    lone = f"Russia and North Korea met in Vladivostok.\n\n{own}\n\nThe talks lasted two days.\n"
    both = f"Russia and North Korea met in Vladivostok.\n\n{own}\n\n{reported}\n"
    folder = write_corpus(tmp_path / "v", {"lone.txt": lone, "both.txt": both})
    tables = extract(load_corpus(folder), families=())
    rows = theme_sentences(tables)
    motives = article_positions(tables, theme_rows=rows, withhold=False).set_index(["theme", "article_id"]).loc["North Korea's motives"]
    held = rows[(rows["theme"] == "North Korea's motives") & (rows["article_id"] == "both") & (rows["position"] != "")]
    assert sorted(held["attributed"].astype(bool)) == [False, True]
    assert (motives.loc["both", "position"], motives.loc["both", "stance"]) == ("security", "own")
    assert (motives.loc["lone", "position"], motives.loc["lone", "stance"]) == ("", "no clear position")


def test_a_reading_of_the_label_set_aside_as_hypothetical_agrees_with_a_held_one(tmp_path):
    # a sentence whose reading of the label a condition or a modal set aside ('If ..., North Korea would ...')
    # shows the article coming back to the same frame: with one sentence holding the label, two agree;
    # a negated reading does not (see the next test)
    held = "North Korea turned to Russia because it wants Russian military technology."
    conditional = "If its talks fail, North Korea would turn to Russia because it wants Russian military technology."
    lone = f"Russia and North Korea met in Vladivostok.\n\n{held}\n\nThe talks lasted two days.\n"
    both = f"Russia and North Korea met in Vladivostok.\n\n{held}\n\n{conditional}\n"
    folder = write_corpus(tmp_path / "g", {"lone.txt": lone, "both.txt": both})
    tables = extract(load_corpus(folder), families=())
    rows = theme_sentences(tables)
    motives = rows[rows["theme"] == "North Korea's motives"]
    assert (motives["rejected"] == "security").sum() == 1
    positions = article_positions(tables, theme_rows=rows, withhold=False).set_index(["theme", "article_id"]).loc["North Korea's motives"]
    assert (positions.loc["both", "position"], positions.loc["both", "stance"]) == ("security", "own")
    assert positions.loc["lone", "position"] == ""
    # the rejected sentence alone is no position
    only = write_corpus(tmp_path / "o", {"only.txt": f"Russia and North Korea met in Vladivostok.\n\n{conditional}\n"})
    assert article_positions(extract(load_corpus(only), families=()))["position"].eq("").all()


def test_a_negated_reading_of_the_label_does_not_agree_with_a_held_one(tmp_path):
    held = "North Korea has become a close ally of Russia in Vladivostok."       # ('ally' asks two: lone_unless)
    denial = "North Korea is not an ally of Russia, Seoul said."
    lead = ("The two leaders met in Vladivostok on Monday for two days of talks.\n\n"     # (a lone plain statement in
            "Officials from both sides gave few details of what was discussed there.\n\n")  # the lead would suffice)
    folder = write_corpus(tmp_path / "n", {"a.txt": f"{lead}{held}\n\n{denial}\n\nThe talks lasted two days.\n"})
    tables = extract(load_corpus(folder), families=())
    rows = theme_sentences(tables)
    assert (rows["rejected"] == "alliance").sum() == 1
    framing = article_positions(tables, theme_rows=rows, withhold=False).set_index(["theme", "article_id"]).loc["relationship framing"]
    assert (framing.loc["a", "position"], framing.loc["a", "stance"]) == ("", "no clear position")


def _framing(tmp_path, texts: dict, book=None):
    tables = extract(load_corpus(write_corpus(tmp_path / "a", texts)), families=())
    positions = article_positions(tables, book) if book is not None else article_positions(tables)
    return positions[positions["theme"] == "relationship framing"].set_index("article_id")


def test_a_theme_touched_in_one_sentence_is_a_reading_to_check_not_a_position(tmp_path):
    # the default codebook's abstain: [passing]: one sentence on the theme is a passing mention
    one = "Russia and North Korea met in Vladivostok.\n\nRussia and North Korea are now in a formal military alliance.\n"
    two = one + "\nThe alliance between Moscow and Pyongyang binds both to mutual defence.\n"
    framing = _framing(tmp_path, {"one.txt": one, "two.txt": two})
    assert (framing.loc["one", "position"], framing.loc["one", "stance"]) == ("", NO_CLEAR_POSITION)
    assert framing.loc["one", "competing"].startswith("reading withheld: [one sentence on the theme] alliance (own")
    assert framing.loc["two", "position"] == "alliance"


def test_a_label_read_from_hedged_sentences_is_a_reading_to_check(tmp_path):
    hedged = ("Russia and North Korea met in Vladivostok.\n\nRussia and North Korea are likely forming an alliance.\n\n"
              "Their alliance could bind both to mutual defence.\n")
    framing = _framing(tmp_path, {"h.txt": hedged})
    assert framing.loc["h", "position"] == ""
    assert framing.loc["h", "competing"].startswith("reading withheld: [hedged evidence] alliance")


def test_a_label_only_one_reported_sentence_holds_is_a_reading_to_check(tmp_path):
    # abstain: [lone_report]: one source's one sentence is not the article's position; two sentences holding it are
    lone = ("Russia and North Korea met in Vladivostok.\n\nThe relationship between Moscow and Pyongyang dates back to 1948.\n\n"
            "Russia and North Korea are now in a formal military alliance, an analyst said.\n")
    twice = lone + "\nThe alliance binds Moscow and Pyongyang to mutual defence, the analyst added.\n"
    framing = _framing(tmp_path, {"lone.txt": lone, "twice.txt": twice})
    assert (framing.loc["lone", "position"], framing.loc["lone", "stance"]) == ("", NO_CLEAR_POSITION)
    assert framing.loc["lone", "competing"].startswith("reading withheld: [one source's one sentence] alliance (reported")
    assert (framing.loc["twice", "position"], framing.loc["twice", "stance"]) == ("alliance", "reported")


def test_a_hedge_in_another_clause_does_not_hedge_the_label(tmp_path):
    # "may" hedges the first clause; the alliance is asserted in its own, after ", but"
    text = ("Russia and North Korea met in Vladivostok.\n\nTrade between Moscow and Pyongyang may grow, but Russia and "
            "North Korea are now in a formal military alliance.\n\nThe alliance binds Moscow and Pyongyang to mutual "
            "defence.\n")
    rows = theme_sentences(extract(load_corpus(write_corpus(tmp_path / "c", {"c.txt": text})), families=()))
    framing = rows[(rows["theme"] == "relationship framing") & (rows["position"] == "alliance")]
    assert framing["certainty"].tolist()[0] == "asserted"
    assert _framing(tmp_path, {"c.txt": text}).loc["c", "position"] == "alliance"


def test_a_hedge_before_a_colon_or_a_dash_still_hedges_the_label_after_it(tmp_path):
    # the reviewer's cases: "likely" governs what the colon introduces, "may" what the dash does
    text = ("Russia and North Korea met in Vladivostok.\n\nThe likely outcome: a formal military alliance between Russia "
            "and North Korea.\n\nRussia may go further — a formal military alliance with North Korea is taking shape.\n")
    rows = theme_sentences(extract(load_corpus(write_corpus(tmp_path / "d", {"d.txt": text})), families=()))
    framing = rows[(rows["theme"] == "relationship framing") & (rows["position"] == "alliance")]
    assert framing["certainty"].tolist() == ["hedged", "hedged"]


def test_without_abstain_the_same_weak_readings_are_stated(tmp_path):
    one = "Russia and North Korea met in Vladivostok.\n\nRussia and North Korea are now in a formal military alliance.\n"
    book = dataclasses.replace(load_codebook(), abstain=())
    assert _framing(tmp_path, {"one.txt": one}, book).loc["one", "position"] == "alliance"


def test_a_theme_with_its_own_empty_abstain_states_the_weak_reading_the_codebook_holds_back(tmp_path):
    one = "Russia and North Korea met in Vladivostok.\n\nRussia and North Korea are now in a formal military alliance.\n"
    book = load_codebook()
    own = dataclasses.replace(book, themes=tuple(
        dataclasses.replace(t, abstain=()) if t.name == "relationship framing" else t for t in book.themes))
    assert _framing(tmp_path / "default", {"one.txt": one}).loc["one", "position"] == ""
    assert _framing(tmp_path / "own", {"one.txt": one}, own).loc["one", "position"] == "alliance"


def test_a_withheld_themes_reading_is_shown_to_check_never_stated(tmp_path):
    text = ("Russia and North Korea met in Vladivostok.\n\nRussia and North Korea share a common enemy in the United "
            "States.\n\nMoscow and Pyongyang both see Washington as their main adversary.\n")
    tables = extract(load_corpus(write_corpus(tmp_path / "w", {"w.txt": text})), families=())
    book = load_codebook()
    held = dataclasses.replace(book, themes=tuple(
        dataclasses.replace(t, withhold=tuple(label for label, _ in t.positions)) if t.name == "the US and the West"
        else t for t in book.themes))
    assert article_positions(tables, book).set_index("theme").loc["the US and the West", "position"] == "common adversary"
    row = article_positions(tables, held).set_index("theme").loc["the US and the West"]
    assert (row["position"], row["stance"]) == ("", NO_CLEAR_POSITION)
    assert row["competing"].startswith("reading withheld: common adversary")


def test_a_hedged_label_of_doubt_and_a_label_a_contrast_chose_are_stated(tmp_path):
    # "alleged" rests on hedged sentences by nature (doubt_labels); "more likely X than Y" is the writer's verdict
    alleged = ("Russia and North Korea met in Vladivostok.\n\nNorth Korea is believed to have supplied artillery shells "
               "to Russia, officials said.\n\nPyongyang may have sent rockets to Russia as well, officials said.\n")
    verdict = ("Russia and North Korea met in Vladivostok.\n\nTheir bond is more likely to be a strategic alignment than "
               "a formal alliance.\n\nMoscow and Pyongyang have drawn closer since 2023.\n")
    tables = extract(load_corpus(write_corpus(tmp_path / "d", {"al.txt": alleged, "ve.txt": verdict})), families=())
    positions = article_positions(tables).set_index(["theme", "article_id"])
    assert positions.loc[("military support", "al"), "position"] == "alleged"
    assert positions.loc[("relationship framing", "ve"), "position"] == "strategic alignment"
