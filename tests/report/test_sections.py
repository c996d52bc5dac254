"""Each briefing section is a function that returns a tidy DataFrame, with the columns a user can rely on."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.records import empty_frame
from analysis.report import ReportData, load_report_data, sections

EXPECTED_COLUMNS = {
    "overview": ["articles", "first_published", "last_published", "words", "quotes", "claims", "figures", "dates",
                 "inferred_dates"],
    "bottom_line": ["point", "topic", "item", "article_id", "article", "value", "value_high", "unit", "hedge", "source",
                    "refers_to", "count", "start", "end"],
    "sources": ["article_id", "article", "title", "author", "outlet", "published", "published_basis", "words", "quotes",
                "claims", "figures", "dates"],
    "themes": ["theme", "description", "article_id", "article", "position", "verdict", "stance", "holder", "certainty",
               "confidence", "competing", "n_sentences", "evidence_text", "evidence_start", "evidence_end"],
    "disagreements": ["theme", "pairs", "position", "article_id", "article", "stance", "holder", "evidence",
                      "evidence_start", "evidence_end"],
    "estimates": ["kind", "article_id", "article", "text", "value", "value_high", "unit", "hedge", "source", "refers_to",
                  "denied", "start", "end"],
    "trade": ["kind", "subject", "article_id", "article", "text", "value", "unit", "refers_to", "hedge", "source", "denied", "start",
              "end"],
    "conflicting_figures": ["kind", "unit", "refers_to", "article_a", "label_a", "text_a", "value_a", "start_a", "end_a",
                            "source_a", "article_b", "label_b", "text_b", "value_b", "start_b", "end_b", "source_b",
                            "ratio", "subject", "n_estimates", "period_inferred"],
    "voices": ["article_id", "article", "speaker", "cue", "text", "kind", "start", "end"],
    "timeline": ["normalized", "article_id", "article", "text", "start", "end", "sentence", "when"],
    "shift": ["theme", "published", "article_id", "article", "position", "stance", "holder", "certainty", "changed"],
    "vocabulary": ["article_id", "article", "term", "z"],
    "methods": ["topic", "article_id", "article", "file", "detail"],
    "codebook_fit": ["fits", "reason"],
    "discovered_themes": ["theme_id", "name", "top_terms", "n_sentences", "n_articles", "article_id", "article",
                          "sentence", "start", "end", "terms"],
    "shift_story": ["theme", "sentence", "summary", "n_dated", "changed", "same_source", "inferred_dates",
                    "earliest_article", "earliest_start",
                    "earliest_end", "latest_article", "latest_start", "latest_end"],
    "appendix": ["n", "article_id", "article", "start", "end", "found", "before", "lead", "span", "tail", "after"],
}


def _empty_data() -> ReportData:
    """Tables of a corpus in which nothing was found: one article, no mentions, no views."""
    articles = pd.concat([empty_frame("articles"), pd.DataFrame([{
        "article_id": "001", "file": "001.txt", "title": "", "author": "", "outlet": "", "published": "",
        "published_basis": "", "words": 3}])], ignore_index=True)
    frames = {name: empty_frame(name) for name in ("sentences", "quotes", "claims", "figures", "dates", "skips")}
    return ReportData(articles=articles, **frames)


def test_every_section_is_listed_with_its_columns():
    assert set(sections.SECTIONS) == set(EXPECTED_COLUMNS)


@pytest.mark.parametrize("name", EXPECTED_COLUMNS)
def test_a_section_returns_a_dataframe_with_its_columns(small_data, name):
    frame = sections.SECTIONS[name](small_data)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == EXPECTED_COLUMNS[name]


@pytest.mark.parametrize("name", EXPECTED_COLUMNS)
def test_a_section_of_a_corpus_where_nothing_was_found_is_a_frame_with_the_same_columns(name):
    frame = sections.SECTIONS[name](_empty_data())
    assert list(frame.columns) == EXPECTED_COLUMNS[name]


@pytest.mark.parametrize("name", ["sources", "themes", "estimates", "trade", "voices", "timeline", "shift",
                                  "vocabulary", "appendix"])
def test_every_row_names_its_article_by_id_and_by_label(small_data, name):
    frame = sections.SECTIONS[name](small_data)
    assert len(frame), f"{name}: the small corpus should give rows"
    assert set(frame["article_id"]) <= set(small_data.articles["article_id"])
    assert (frame["article"] != "").all() and (frame["article"] != frame["article_id"]).all()


def test_sources_count_the_records_of_each_article(small_data):
    frame = sections.sources(small_data).set_index("article_id")
    for table in ("quotes", "claims", "figures", "dates"):
        counts = getattr(small_data, table).groupby("article_id").size()
        assert frame[table].to_dict() == {aid: int(counts.get(aid, 0)) for aid in frame.index}


def test_themes_come_in_codebook_order(small_data):
    order = list(small_data.themes["theme"])
    shown = list(dict.fromkeys(sections.themes(small_data)["theme"]))
    assert shown == [t for t in order if t in shown]


def test_the_bottom_line_has_at_most_six_points_in_a_fixed_order(small_data):
    points = list(dict.fromkeys(sections.bottom_line(small_data)["point"]))
    order = ["scope", "framing", "disagreement", "estimates", "trade", "voices", "shift"]
    assert 1 <= len(points) <= 6
    assert points == [p for p in order if p in points]


def test_the_bottom_line_says_that_no_two_articles_disagree_when_none_do():
    rows = sections.bottom_line(_empty_data())
    assert rows.loc[rows["point"] == "disagreement", "count"].tolist() == [0]


def test_the_framing_theme_is_the_one_most_articles_take_a_position_on():
    data = _empty_data()
    data.views["themes"] = pd.DataFrame({"theme": ["alpha", "beta"], "description": ["", ""]})
    data.views["positions"] = pd.DataFrame({"theme": ["alpha", "beta", "beta"], "article_id": ["a", "a", "b"],
                                            "position": ["x", "y", "z"]})
    assert sections.framing_theme(data) == "beta"
    data.views["positions"] = pd.DataFrame({"theme": ["beta", "alpha"], "article_id": ["a", "a"], "position": ["y", "x"]})
    assert sections.framing_theme(data) == "alpha"  # a tie goes to the codebook's order


def test_the_appendix_splits_each_sentence_exactly_around_the_cited_span(small_data):
    appendix = sections.appendix(small_data)
    assert len(appendix) and appendix["found"].all()
    for row in appendix.itertuples():
        sentences = small_data.sentences[small_data.sentences["article_id"] == row.article_id]
        whole = row.lead + row.span + row.tail
        sentence = sentences[sentences["text"] == whole].iloc[0]
        # The marked words are the cited characters, where they fall in the sentence.
        offset = int(sentence["start"]) + len(row.lead)
        assert offset == max(int(row.start), int(sentence["start"]))
        assert row.span == whole[len(row.lead):len(row.lead) + len(row.span)]
        assert len(row.span) == min(int(row.end), int(sentence["end"])) - offset


def test_a_span_is_placed_in_its_sentence_or_the_next_one_it_overlaps():
    sentences = pd.DataFrame({"article_id": ["a", "a", "b"], "start": [0, 12, 0], "end": [10, 20, 5],
                              "text": ["0123456789", "cdefghij", "bbbbb"]})
    spans = pd.DataFrame({"article_id": ["a", "a", "a", "b", "c"], "start": [3, 10, 15, 7, 0], "end": [5, 14, 16, 9, 1]})
    found = sections.sentence_context(sentences, spans)
    assert found["sentence"].tolist() == ["0123456789", "cdefghij", "cdefghij", "", ""]
    assert found["row"].tolist()[-2:] == [-1, -1]


def test_numeric_file_names_stay_text_in_every_section(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "001.txt").write_text("Officials said on 3 May 2023 that exports rose to US$ 5 million in April 2023.\n")
    data = load_report_data(corpus_dir=corpus)
    assert sections.sources(data)["article_id"].tolist() == ["001"]
    assert sections.appendix(data)["article_id"].map(type).eq(str).all()


def test_no_section_or_template_states_a_finding_about_one_corpus():
    """Sentences such as "Trade values cited are small" or "five articles are too few" must be computed."""
    from analysis import config

    library = [(config.PACKAGE_DIR / "report" / "sections.py").read_text(encoding="utf-8")]
    library += [p.read_text(encoding="utf-8") for p in config.TEMPLATE_DIR.glob("*.j2")]
    for phrase in ("are small", "too few", "five articles", "mostly hedged"):
        assert not [text for text in library if phrase in text], phrase


def test_sources_come_in_publication_order_with_undated_articles_last(small_data):
    data = ReportData(**{name: getattr(small_data, name) for name in ("sentences", "quotes", "claims", "figures",
                                                                      "dates", "skips")},
                      articles=small_data.articles.assign(published=["", "2020-01"][:len(small_data.articles)]))
    frame = sections.sources(data)
    assert frame["published"].tolist()[-1] == ""
    assert list(dict.fromkeys(sections.bottom_line(data).query("point == 'scope'")["article_id"])) == \
        frame["article_id"].tolist()


def test_a_headline_figure_repeating_a_body_mention_is_counted_once_everywhere():
    # "25,000 workers" in the headline (repeat_of points at the body mention) and the body: one figure in the
    # estimates, the bottom line and the summaries, which all read stated_figures
    figures = pd.DataFrame({"article_id": ["a", "a"], "start": [19, 116], "end": [33, 130],
                            "text": ["25,000 workers", "25,000 workers"], "value": [25000.0, 25000.0],
                            "kind": ["labor_estimate"] * 2, "status": ["stated"] * 2, "repeat_of": [116, -1]})
    kept = sections.stated_figures(figures)
    assert kept["start"].tolist() == [116]
