"""A corpus of more than 15 articles is briefed by aggregate: sections count by outlet, month,
position, subject and entity instead of listing every article, and the page stays small.

The corpus is written at test time: 40 short articles made from a few sentence templates
(invented outlets, people and numbers), so nothing here comes from a benchmark.
"""
from __future__ import annotations

import csv
import re

import pandas as pd
import pytest

from analysis.report import Briefing, load_report_data
from analysis.report.aggregate import (AGGREGATE_ABOVE, SUMMARIES, TOP_VOICES, aggregated, sources_summary,
                                       themes_summary, timeline_summary, voices_summary)

OUTLETS = ["Harbour Daily", "The Inland Post", "Ridge Times", "Valley Wire", "Coast Herald"]
SPEAKERS = ["Anna Berg", "Tomas Lind", "Maria Okafor", "Pavel Dunn", "Ines Moreau", "Kwame Osei", "Lea Hart",
            "Omar Said", "Rita Vance", "Jon Eske", "Sara Quill", "Ben Alder", "Nina Rowe", "Ivo Brandt", "Eva Stone",
            "Carl Frey", "Dora Ames", "Felix Gray"]
FRAMES = ["Russia and North Korea have formed a military alliance, the treaty shows.",
          "The ties between Moscow and Pyongyang are a marriage of convenience driven by the war.",
          "Analysts describe the partnership between Russia and North Korea as a strategic alignment rather than an "
          "alliance."]
N_ARTICLES = 40


def _article(i: int) -> str:
    speaker, other = SPEAKERS[i % len(SPEAKERS)], SPEAKERS[(i * 7 + 3) % len(SPEAKERS)]
    troops = 8000 + 1000 * (i % 6)
    day = 1 + i % 27
    month = ["March", "April", "May"][i % 3]
    return (f"Report number {i} on Russia and North Korea\n\n"
            f"SEOUL -- North Korea has sent about {troops:,} troops to Russia, officials said on {month} {day}, 2024. "
            f"{FRAMES[i % len(FRAMES)]}\n\n"
            f"\"We are watching the border closely every single day,\" said {speaker}, a regional analyst. "
            f"\"Nobody expected the shipments of shells to grow this fast,\" {other} told reporters.\n\n"
            f"Trade between Russia and North Korea reached US$ {30 + i} million in 2023, customs data show. "
            f"The war in Ukraine has pushed Moscow closer to Pyongyang.\n")


@pytest.fixture(scope="module")
def large_data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forty_articles")
    rows = []
    for i in range(N_ARTICLES):
        name = f"article_{i:03d}.txt"
        (folder / name).write_text(_article(i), encoding="utf-8")
        rows.append({"file": name, "title": f"Report number {i}", "author": "", "outlet": OUTLETS[i % len(OUTLETS)],
                     "published": f"2024-{3 + i % 3:02d}-{1 + i % 27:02d}"})
    with open(folder / "articles.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return load_report_data(corpus_dir=folder)


@pytest.fixture(scope="module")
def large_html(large_data):
    brief = Briefing(large_data)
    names = ["overview", "codebook_fit", "bottom_line", "sources", "discovered_themes", "themes", "disagreements",
             "estimates", "trade", "conflicting_figures", "voices", "timeline", "shift_story", "vocabulary", "methods",
             "appendix"]
    return "\n".join(brief.show(name) for name in names)


def test_more_than_fifteen_articles_are_aggregated_and_a_small_corpus_is_not(large_data, small_data):
    assert len(large_data.articles) == N_ARTICLES > AGGREGATE_ABOVE
    assert aggregated(large_data)
    assert not aggregated(small_data)


@pytest.mark.parametrize("name", sorted(SUMMARIES))
def test_a_large_corpus_gets_the_summary_of_each_section(large_data, name):
    html = Briefing(large_data).show(name)
    expected = Briefing(large_data).render(f"{name}_summary", SUMMARIES[name](large_data))
    assert html == expected


def test_sources_are_counted_by_outlet_and_month_not_listed(large_data):
    frame = sources_summary(large_data)
    by_outlet = frame[frame["by"] == "outlet"]
    assert sorted(by_outlet["key"]) == sorted(OUTLETS)
    assert by_outlet["articles"].sum() == N_ARTICLES
    assert set(frame.loc[frame["by"] == "month", "key"]) == {"2024-03", "2024-04", "2024-05"}


def test_each_theme_position_counts_its_articles_once_with_its_strongest_evidence(large_data):
    frame = themes_summary(large_data)
    positions = large_data.positions
    shown = positions[(positions["position"] != "") | (positions["stance"] == "no clear position")]
    assert frame["articles"].sum() == len(shown)
    assert not frame.duplicated(["theme", "position"]).any()
    held = frame[frame["position"] != "no clear position"]
    assert (held["evidence_start"] >= 0).all() and held["by_outlet"].str.len().gt(0).all()


def test_the_timeline_has_one_row_per_dated_event(large_data):
    frame = timeline_summary(large_data)
    assert len(frame) and frame["normalized"].is_unique
    assert frame["articles"].max() > 1   # the same day named in several articles is one row


def test_voices_are_counted_by_entity_top_fifteen(large_data):
    frame = voices_summary(large_data)
    assert 0 < len(frame) <= TOP_VOICES
    assert frame["speaker"].is_unique
    assert frame["quotes"].is_monotonic_decreasing


def test_the_large_briefing_stays_small_and_cites_few_spans(large_data, large_html):
    assert len(large_html.encode("utf-8")) < 150_000
    cited = re.findall(r'<li id="ev-\d+"', large_html)
    assert 0 < len(cited) <= 150

def test_the_sources_section_names_no_article_and_the_timeline_merges_mentions(large_data):
    brief = Briefing(large_data)
    sources, timeline = brief.show("sources"), brief.show("timeline")
    assert not any(label in sources for label in large_data.articles["label"])
    assert timeline.count("<tr>") == len(timeline_summary(large_data)) + 1   # + the header row


def test_the_bottom_line_summarises_the_scope_in_a_few_sentences(large_html):
    bluf = large_html.split('<section class="bluf">', 1)[1].split("</section>", 1)[0]
    assert bluf.count("<li>") <= 6
    assert f"The corpus holds {N_ARTICLES} articles from {len(OUTLETS)} outlets" in bluf


def test_when_the_codebook_does_not_fit_the_bottom_line_states_no_position_from_it(large_data, large_html):
    from analysis.report import sections

    bluf = sections.bottom_line(large_data)
    if bool(sections.codebook_fit(large_data).at[0, "fits"]):
        pytest.skip("the default codebook fits this synthetic corpus")
    assert set(bluf["point"]) & {"framing", "disagreement", "shift"} == set()
    assert "discovered" in set(bluf["point"])


def test_dates_with_an_unknown_year_stay_out_of_the_timeline(large_data):
    """A dateline with no publication date to place it is written ``XXXX-11-12``: not a calendar event."""
    from dataclasses import replace

    from analysis.report.sections import timeline

    dates = large_data.dates
    days = dates["granularity"] == "day"
    unplaced = dates.assign(normalized=dates["normalized"].astype(str).where(
        ~days, "XXXX-" + dates["normalized"].astype(str).str[5:]))
    data = replace(large_data, dates=unplaced)
    assert days.any() and unplaced["normalized"].str.startswith("XXXX").any()
    assert not timeline_summary(data)["normalized"].str.startswith("X").any()
    assert not timeline(data)["normalized"].astype(str).str.startswith("X").any()


def test_one_row_past_the_top_is_shown_as_itself_not_as_one_others():
    from analysis.report.aggregate import _top_with_other
    frame = pd.DataFrame({"key": ["a", "b", "c"], "n": [3, 2, 1]})
    assert _top_with_other(frame, "key", 2, ["n"])["key"].tolist() == ["a", "b", "c"]
    four = pd.DataFrame({"key": ["a", "b", "c", "d"], "n": [4, 3, 2, 1]})
    assert _top_with_other(four, "key", 2, ["n"])["key"].tolist() == ["a", "b", "2 others"]


def test_a_single_split_remainder_is_one_other():
    from analysis.report.aggregate import _split
    frame = pd.DataFrame({"g": ["x"] * 3, "by": ["CNN", "Fox", "AP"]})
    assert _split(frame, ["g"], "by", top=2).tolist() == ["AP 1, CNN 1, 1 other 1"]
