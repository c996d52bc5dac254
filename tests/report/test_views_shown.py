"""The briefing shows what the views know (issue 12): abstentions with their competing labels,
views over time in words, and figures by what they are (a hypothetical figure is nobody's estimate)."""
from __future__ import annotations

import pandas as pd

from analysis.records import empty_frame
from analysis.report import Briefing, ReportData, sections


def _figure(article_id: str, start: int, value: float, status: str, hedge: str = "", source: str = "") -> dict:
    return {"article_id": article_id, "start": start, "end": start + 5, "text": f"{value:,.0f} troops", "value": value,
            "value_high": float("nan"), "unit": "troops", "kind": "troop_estimate", "refers_to": "2024",
            "hedge": hedge, "source": source, "sentence_id": 0, "status": status,
            "subject": "North Korean troops in Russia", "repeat_of": -1, "entity_id": ""}


def _with_figures(data, rows: list[dict]) -> ReportData:
    figures = pd.concat([empty_frame("figures"), pd.DataFrame(rows)], ignore_index=True)
    tables = {name: getattr(data, name) for name in ("articles", "sentences", "quotes", "claims", "dates", "skips")}
    return ReportData(figures=figures, **tables)


def test_hypothetical_and_negated_figures_are_nobodys_estimate_and_a_denial_shows_beside_its_figure(small_data):
    data = _with_figures(small_data, [
        _figure("wire_report", 10, 10_000, "reported", source="Seoul"),
        _figure("wire_report", 40, 100_000, "hypothetical"),
        _figure("think_tank", 10, 20_000, "negated"),
        _figure("think_tank", 40, 50_000, "denied", hedge="called the report completely fake", source="Reuters"),
    ])
    frame = sections.estimates(data)
    assert sorted(frame["value"]) == [10_000, 50_000]
    assert frame.set_index("value").at[50_000, "denied"]
    html = Briefing(data).show("estimates")
    assert "denied" in html and "called the report completely fake" in html and "100,000" not in html
    bottom = sections.bottom_line(data)
    assert set(bottom.loc[bottom["point"] == "estimates", "value"]) == {10_000}


def test_conflicting_figures_name_the_quantity_they_compare(small_data):
    data = _with_figures(small_data, [_figure("wire_report", 10, 10_000, "reported"),
                                      _figure("think_tank", 10, 50_000, "stated")])
    frame = sections.conflicting_figures(data)
    assert frame["subject"].tolist() == ["North Korean troops in Russia"]
    assert "North Korean troops in Russia" in Briefing(data).show("conflicting_figures")


def test_an_article_without_a_clear_position_shows_the_competing_labels_and_no_evidence_link(small_data):
    frame = sections.themes(small_data).head(1).assign(
        position="", stance="no clear position", confidence=0.31,
        competing="alliance (own, 1.0): “One sentence.”; partnership (own, 1.0): “Another sentence.”")
    html = Briefing(small_data).render("themes", frame)
    assert "no clear position" in html and "partnership (own, 1.0)" in html and "0.31" in html
    assert 'class="ev"' not in html


def test_a_withheld_reading_is_shown_to_check_and_not_stated(small_data):
    frame = sections.themes(small_data).head(1).assign(
        position="", stance="no clear position", confidence=0.75,
        competing="reading withheld: security (own, 1.0): “Pyongyang wants <b>guarantees</b>.”")
    html = Briefing(small_data).render("themes", frame)
    assert "not stated" in html and "reading to check:" in html and "security (own, 1.0)" in html
    assert "too weak to state" in html and "reading withheld:" not in html
    assert "<b>guarantees</b>" not in html and "&lt;b&gt;guarantees" in html     # article text stays escaped


def test_a_split_theme_has_no_withheld_note(small_data):
    frame = sections.themes(small_data).head(1).assign(
        position="", stance="no clear position", confidence=0.31, competing="alliance (own, 1.0): “One sentence.”")
    html = Briefing(small_data).render("themes", frame)
    assert "not stated" not in html and "too often wrong" not in html


def test_views_over_time_are_sentences_naming_articles_by_their_label(small_data):
    story = sections.shift_story(small_data)
    assert len(story)
    for sentence in story["sentence"]:
        assert not any(aid in sentence for aid in small_data.articles["article_id"])
    labels = set(small_data.articles["label"].str.rsplit(" (", n=1).str[0])
    assert all(any(label in sentence for label in labels) for sentence in story["sentence"])
    html = Briefing(small_data).show("shift_story")
    assert html.count("<li>") == len(story) and 'class="ev"' in html


def test_a_codebook_that_fits_says_nothing_and_shows_no_discovered_themes(small_data):
    if not bool(sections.codebook_fit(small_data).at[0, "fits"]):
        themes = small_data.themes.assign(sentence_share=0.5, articles_with_position=2)
        small_data = ReportData(views={**small_data.views, "themes": themes},
                                **{name: getattr(small_data, name) for name in
                                   ("articles", "sentences", "quotes", "claims", "figures", "dates", "skips")})
    brief = Briefing(small_data)
    assert brief.show("codebook_fit").strip() == ""
    assert sections.discovered_themes(small_data).empty


def test_a_codebook_that_does_not_fit_says_so_with_its_reason_at_the_top(small_data):
    themes = small_data.themes.assign(sentence_share=0.0, articles_with_position=0)
    data = ReportData(views={**small_data.views, "themes": themes},
                      **{name: getattr(small_data, name) for name in
                         ("articles", "sentences", "quotes", "claims", "figures", "dates", "skips")})
    html = Briefing(data).show("codebook_fit")
    assert "does not fit" in html and "match fewer than" in html
    bottom = sections.bottom_line(data)
    assert not {"framing", "disagreement", "shift"} & set(bottom["point"])


def test_the_bottom_line_tells_a_change_between_authors_as_no_change_of_view(small_data):
    # the two articles are by different authors: their framings differ, but nobody changed their mind
    facts = sections._shift_points(small_data)
    assert len(facts) == 1 and facts[0]["point"] == "shift"
    assert "no change of view" in facts[0]["item"] and " moves " not in facts[0]["item"]
    assert not any(aid in facts[0]["item"] for aid in small_data.articles["article_id"])


def test_disagreements_name_every_article_that_holds_each_position(small_data):
    from analysis.views import disagreements as pairs_of

    ids = small_data.articles["article_id"].tolist()
    base = {"theme": "relationship framing", "stance": "own", "holder": "", "evidence_start": 0, "evidence_end": 5,
            "score": 1.0, "certainty": "asserted", "confidence": 1.0}
    positions = pd.DataFrame([{**base, "article_id": ids[0], "position": "alliance", "evidence_text": "One."},
                              {**base, "article_id": ids[1], "position": "partnership", "evidence_text": "Two."},
                              {**base, "article_id": "third", "position": "partnership", "evidence_text": "Three."}])
    views = {**small_data.views, "positions": positions, "disagreements": pairs_of(positions)}
    data = ReportData(views=views, **{name: getattr(small_data, name) for name in
                                      ("articles", "sentences", "quotes", "claims", "figures", "dates", "skips")})
    rows = sections.disagreements(data)
    # the pairs table names one article per position; the section names both holders of "partnership"
    assert sorted(rows.loc[rows["position"] == "partnership", "article_id"]) == sorted([ids[1], "third"])
    assert set(rows["pairs"]) == {2}


def test_theme_tables_list_articles_in_publication_order(small_data):
    rows = sections.themes(small_data)
    published = small_data.articles.set_index("article_id")["published"]
    for _, group in rows.groupby("theme", sort=False):
        dates = [published[a] for a in group["article_id"]]
        assert dates == sorted(dates)
    framing = rows[rows["theme"] == "relationship framing"]["article_id"].tolist()
    assert framing == ["wire_report", "think_tank"]
