"""Errors a reader saw in built briefings (reader check): figures of different quantities in one
range, page metadata in the timeline, raw season codes."""
from __future__ import annotations

import pandas as pd

from analysis.records import empty_frame
from analysis.report import ReportData, sections


def _data(figures=(), dates=(), sentences=()) -> ReportData:
    articles = pd.concat([empty_frame("articles"), pd.DataFrame([{
        "article_id": aid, "file": f"{aid}.txt", "title": "", "author": "", "outlet": "", "published": "2024-10-01",
        "published_basis": "", "words": 3} for aid in ("a", "b")])], ignore_index=True)
    frames = {name: empty_frame(name) for name in ("sentences", "quotes", "claims", "figures", "dates", "skips")}
    for name, rows in (("figures", figures), ("dates", dates), ("sentences", sentences)):
        if rows:
            frames[name] = pd.concat([frames[name], pd.DataFrame(list(rows))], ignore_index=True)
    return ReportData(articles=articles, **frames)


def _figure(aid, start, kind, value, subject, refers_to="", status="stated"):
    return {"article_id": aid, "start": start, "end": start + 5, "text": str(value), "value": value,
            "value_high": None, "unit": "USD" if kind == "trade_value" else "troops", "kind": kind,
            "refers_to": refers_to, "hedge": "", "source": "", "sentence_id": 0, "status": status,
            "subject": subject}


def test_trade_values_of_different_quantities_are_not_put_in_one_range():
    data = _data(figures=[_figure("a", 0, "trade_value", 90_300_000, "North Korea–China trade", "2022-08"),
                          _figure("b", 0, "trade_value", 196_000, "North Korean exports to Russia", "2019-02"),
                          _figure("b", 20, "trade_value", 8_000, "North Korean exports to Russia", "2020-02"),
                          _figure("b", 40, "trade_value", 5_000, "", "2021-02")])
    rows = sections._trade_points(data)
    assert {r["item"] for r in rows} == {"North Korean exports to Russia"}
    assert sorted(r["value"] for r in rows) == [8_000, 196_000]
    assert "subject" in sections.trade(data).columns


def test_troop_figures_of_different_subjects_are_not_listed_together():
    data = _data(figures=[_figure("a", 0, "troop_estimate", 80_000, "Russian troops"),
                          _figure("a", 20, "troop_estimate", 100_000, ""),
                          _figure("b", 0, "troop_estimate", 12_000, "North Korean troops in Russia"),
                          _figure("b", 20, "troop_estimate", 3_000, "North Korean troops in Russia")])
    rows = sections._estimate_points(data)
    assert {r["item"] for r in rows} == {"North Korean troops in Russia"}
    assert sorted(r["value"] for r in rows) == [3_000, 12_000]


def test_page_metadata_lines_are_no_events():
    for line, date in [("Posted on : 2024-06-14 16:59 KST Modified on : 2024-06-14 16:59 KST", "2024-06-14"),
                       ("Written: 2024-10-30 08:29:06Updated: 2024-10-30 09:31:04", "2024-10-30"),
                       ("Data cut-off: 5:00pm ET, October 25, 2024", "October 25, 2024"),
                       ("30 Sep, 2022    ·   5832", "30 Sep, 2022"), ("2025-07-13 04:11:24", "2025-07-13"),
                       ("Updated 24 June 2024", "24 June 2024"),
                       ("Devdiscourse News Desk | Updated: 29-08-2025 13:52 IST | Created: 29-08-2025 13:52 IST",
                        "29-08-2025")]:
        assert sections.metadata_line(line, date), line
    for line, date in [("Russia also denounced the joint US-South Korea military exercise in August 2022.", "August 2022"),
                       ("The full interview will premiere on Sept. 30 on Apple Music.", "Sept. 30"),
                       ("At 10:30 on June 5 the troops crossed the river into Kursk.", "June 5"),
                       ("The report was updated on 24 June 2024.", "24 June 2024"),
                       ("Published on June 5, the ministry's report says trade fell by half since the war began.",
                        "June 5")]:
        assert not sections.metadata_line(line, date), line


def test_the_timeline_leaves_out_metadata_and_writes_seasons_as_words():
    text = ["Posted on : 2024-06-14 16:59 KST", "Shells were sent in the summer of 2023."]
    sentences = [{"article_id": "a", "sentence_id": i, "start": s, "end": s + len(t), "text": t}
                 for i, (s, t) in enumerate(zip((0, 40), text))]
    dates = [{"article_id": "a", "start": 12, "end": 22, "text": "2024-06-14", "normalized": "2024-06-14",
              "granularity": "day"},
             {"article_id": "a", "start": 65, "end": 79, "text": "summer of 2023", "normalized": "2023-SU",
              "granularity": "season"}]
    frame = sections.timeline(_data(dates=dates, sentences=sentences))
    assert frame["when"].tolist() == ["summer 2023"]


def test_when_the_codebook_does_not_fit_themes_without_any_position_are_not_listed(monkeypatch):
    data = _data()
    data.views["themes"] = pd.DataFrame({"theme": ["alpha", "beta"], "description": ["", ""]})
    data.views["positions"] = pd.DataFrame({"theme": ["alpha", "alpha", "beta"], "article_id": ["a", "b", "a"],
                                            "position": ["x", "", ""], "stance": ["own", "", ""]})
    monkeypatch.setattr(sections, "codebook_misfits", lambda data: True)
    assert set(sections.themes(data)["theme"]) == {"alpha"}
    monkeypatch.setattr(sections, "codebook_misfits", lambda data: False)
    assert set(sections.themes(data)["theme"]) == {"alpha", "beta"}


def test_one_article_matched_is_singular():
    from analysis.report.fit import theme_fit_rows
    data = _data()
    data.views["themes"] = pd.DataFrame({"theme": ["alpha"], "description": [""], "sentence_share": [0.1],
                                         "sentences": [3], "articles_matched": [1], "articles_with_position": [1],
                                         "articles_no_clear_position": [0]})
    assert "1 article matched" in theme_fit_rows(data).at[0, "detail"]


def test_a_placeholder_author_is_no_author():
    from analysis.report.data import _labelled
    articles = pd.DataFrame({"article_id": ["a"], "title": ["A title"], "author": ["None"], "outlet": ["Western Journalism"],
                             "published": ["2016-09-15"]})
    sentences = pd.DataFrame({"article_id": ["a"], "start": [0], "text": ["Text."]})
    out = _labelled(articles, sentences)
    assert out.at[0, "author"] == "" and "None" not in out.at[0, "label"]


def test_a_vague_number_word_is_its_own_hedge_in_the_bottom_line():
    # reader check: "thousands of North Korean troops ... — it carries no hedge" (a vague number is an approximation)
    vague = dict(_figure("a", 0, "troop_estimate", 1_000, "North Korean troops in Russia"), text="thousands",
                 value_high=10_000)
    exact = dict(_figure("b", 0, "troop_estimate", 11_000, "North Korean troops in Russia"), text="11,000")
    rows = {r["value"]: r for r in sections._estimate_points(_data(figures=[vague, exact]))}
    assert rows[1_000]["hedge"] == "vague number: thousands"
    assert rows[11_000]["hedge"] == ""
