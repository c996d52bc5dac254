"""Charts read only the tables: labels a reader can parse, empty inputs drawn as a message."""
from __future__ import annotations

import io
import warnings

import matplotlib.pyplot as plt
from matplotlib.text import Text
import pandas as pd
import pytest

from analysis import charts
from analysis.records import columns_for


def _articles() -> pd.DataFrame:
    return pd.DataFrame([{"article_id": "a1", "author": "Jane Roe", "outlet": "", "published": "2023-05-01",
                          "published_basis": "printed", "words": 100}])


def _figures(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    for column in columns_for("figures"):
        if column not in frame.columns:
            frame[column] = None
    return frame


def _labels(axis) -> list[str]:
    """The labels drawn on ``axis``: ticks inside its limits only."""
    axis.figure.canvas.draw()
    low, high = sorted(axis.get_view_interval())
    return [tick.label1.get_text() for tick in axis.get_major_ticks()
            if low <= tick.get_loc() <= high and tick.label1.get_text()]


def test_trade_axis_is_labelled_in_dollars_at_whole_decades():
    figures = _figures([
        {"article_id": "a1", "kind": "trade_value", "value": 2.5e9, "refers_to": "2022", "source": ""},
        {"article_id": "a1", "kind": "trade_value", "value": 4.0e9, "refers_to": "2023", "source": ""},
    ])
    fig = charts.chart_trade_values(figures, _articles())
    ax = fig.axes[0]
    low, high = ax.get_ylim()
    assert (low, high) == (1e9, 1e10)  # both values inside one decade: the axis still shows two labels
    assert _labels(ax.yaxis) == ["$1 bn", "$10 bn"]
    assert not any("$\\" in label or "^" in label for label in _labels(ax.yaxis))  # no mathtext


def test_a_zero_trade_value_does_not_break_the_log_axis():
    figures = _figures([
        {"article_id": "a1", "kind": "money", "value": 0.0, "refers_to": "2022", "source": ""},
        {"article_id": "a1", "kind": "money", "value": 5e6, "refers_to": "2023", "source": ""},
    ])
    fig = charts.chart_trade_values(figures, _articles())
    assert fig.axes[0].get_ylim() == (1e6, 1e7)


def test_estimate_axis_labels_are_plain_numbers_with_thousands_separators():
    figures = _figures([
        {"article_id": "a1", "kind": "troop_estimate", "value": 10_000.0, "value_high": 12_000.0, "hedge": "about",
         "text": "about 10,000 to 12,000 troops", "start": 5, "source": ""},
    ])
    fig = charts.chart_estimates(figures, _articles())
    labels = _labels(fig.axes[0].xaxis)
    assert "10,000" in labels
    assert all(label.replace(",", "").isdigit() for label in labels)


def test_a_hypothetical_or_negated_number_is_no_estimate_in_the_chart_and_a_denied_one_is_marked():
    figures = _figures([
        {"article_id": "a1", "kind": "troop_estimate", "value": 10_000.0, "value_high": 100_000.0, "hedge": "",
         "text": "tens of thousands of troops", "start": 5, "source": "", "status": "hypothetical"},
        {"article_id": "a1", "kind": "troop_estimate", "value": 500.0, "hedge": "", "text": "500 troops",
         "start": 50, "source": "", "status": "negated"},
        {"article_id": "a1", "kind": "troop_estimate", "value": 3_000.0, "hedge": "about", "text": "about 3,000 troops",
         "start": 90, "source": "Seoul's spy agency", "status": "reported"},
        {"article_id": "a1", "kind": "troop_estimate", "value": 100_000.0, "hedge": "up to; called such speculations fake",
         "text": "up to 100,000 troops", "start": 140, "source": "Some Russian media and experts", "status": "denied"},
    ])
    fig = charts.chart_estimates(figures, _articles())
    ax = fig.axes[0]
    notes = [t.get_text() for t in ax.texts]
    assert notes == ["3,000  (about)", "100,000  (up to; denied)"]
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert len(rows) == 2 and all(len(line) <= 42 for row in rows for line in row.split("\n"))


def test_troops_killed_or_wounded_get_their_own_panel_apart_from_the_troops_sent():
    figures = _figures([
        {"article_id": "a1", "kind": "troop_estimate", "value": 11_000.0, "hedge": "", "text": "11,000 troops",
         "start": 5, "source": "", "subject": "North Korean troops in Russia"},
        {"article_id": "a1", "kind": "troop_estimate", "value": 100.0, "hedge": "at least", "text": "100 soldiers",
         "start": 50, "source": "Lee", "subject": "North Korean troops killed or wounded"},
    ])
    fig = charts.chart_estimates(figures, _articles())
    assert [ax.get_title() for ax in fig.axes] == ["Troop estimates", "Troops killed or wounded"]
    assert [[t.get_text() for t in ax.texts] for ax in fig.axes] == [["11,000"], ["100  (at least)"]]


@pytest.mark.parametrize("chart, args", [
    (charts.chart_trade_values, (_figures([]), _articles())),
    (charts.chart_estimates, (_figures([]), _articles())),
    (charts.chart_timeline, (pd.DataFrame(columns=columns_for("dates")), _articles())),
    (charts.chart_theme_matrix, (pd.DataFrame(), _articles())),
    (charts.chart_view_shift, (pd.DataFrame(), _articles())),
])
def test_a_chart_without_data_says_so_instead_of_failing(chart, args):
    fig = chart(*args)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert len(texts) == 1 and texts[0].startswith("No ")


def _seed_charts(seed_tables) -> dict:
    from analysis import config
    from analysis.corpus import load_corpus
    from analysis.report import compute_views

    views = compute_views(seed_tables, load_corpus(config.SEEDS_DIR), config.DEFAULT_THEMES)
    t, arts = seed_tables, seed_tables.articles
    return {"trade": charts.chart_trade_values(t.figures, arts), "estimates": charts.chart_estimates(t.figures, arts),
            "timeline": charts.chart_timeline(t.dates, arts), "speakers": charts.chart_speakers(t.quotes, t.claims),
            "kinds": charts.chart_quote_kinds(t.quotes, arts), "hedging": charts.chart_hedging(t.claims, arts),
            "corpus": charts.chart_corpus(arts, quotes=t.quotes, claims=t.claims, figures=t.figures, dates=t.dates),
            "matrix": charts.chart_theme_matrix(views["theme_matrix"], arts),
            "shift": charts.chart_view_shift(views["view_shift"], arts)}


def test_seed_charts_draw_without_warnings(seed_tables):
    """A chart that warns puts a warning in the executed notebook, between the briefing's sections."""
    charts.set_theme()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for fig in _seed_charts(seed_tables).values():
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", bbox_inches="tight")
            assert buffer.getvalue()[:8] == b"\x89PNG\r\n\x1a\n"
    plt.close("all")


HOSTILE_NAMES = ["Bob $\\foo{$", "$x}$", "$\\frac{1}{0}$", "a $b$ c", "$$"]


@pytest.mark.parametrize("themed", [False, True], ids=["without set_theme", "with set_theme"])
def test_names_with_dollar_signs_are_drawn_as_text_not_mathtext(themed):
    """An author "Bob $\\foo{$" or a file named "$x}$.txt" is a label: drawn as written, never parsed as math."""
    with plt.rc_context():
        if themed:
            charts.set_theme()
        articles = pd.DataFrame([{"article_id": name, "author": name, "outlet": "", "published": "2023-05-01",
                                  "published_basis": "stated", "words": 100} for name in HOSTILE_NAMES])
        claims = pd.DataFrame([{"article_id": name, "source": name, "hedge": "may" if i % 2 else "", "text": name}
                               for i, name in enumerate(HOSTILE_NAMES)])
        quotes = pd.DataFrame([{"article_id": name, "speaker": name, "kind": "speech", "text": name}
                               for name in HOSTILE_NAMES])
        drawn = [charts.chart_hedging(claims, articles), charts.chart_speakers(quotes, claims),
                 charts.chart_quote_kinds(quotes, articles), charts.chart_corpus(articles, claims=claims)]
        for fig in drawn:
            fig.savefig(io.BytesIO(), format="png", bbox_inches="tight")  # mathtext would raise here
            labels = {t.get_text() for t in fig.findobj(Text) if t.get_text()}
            assert "Bob $\\foo{$" in {label.split(" (")[0] for label in labels}
            assert not [t for t in fig.findobj(Text) if t.get_text() and t.get_parse_math()]
    plt.close("all")


def test_hedge_classes_come_from_the_one_hedge_lexicon():
    from analysis import nlp

    assert charts.hedge_class is nlp.hedge_class
    assert charts.hedge_class("allegedly", "allegedly 50,000 troops") == "alleged"
    assert charts.hedge_class("", "100,000 troops") == "stated"


def test_view_shift_puts_articles_in_publication_order_across_themes_undated_last():
    articles = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "author": ["", "", "", ""],
                             "published": ["2020-01", "2022-01", "2024-01", ""], "published_basis": ["stated"] * 4})
    shift = pd.DataFrame({"theme": ["t1", "t1", "t1", "t2"], "published": ["2020-01", "2024-01", "", "2022-01"],
                          "article_id": ["a", "c", "d", "b"], "position": ["x", "y", "z", "w"],
                          "changed": [False, True, True, False]})
    fig = charts.chart_view_shift(shift, articles)
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert [t.split(" (")[0] for t in ticks] == ["a", "b", "c", "d"]
    plt.close(fig)


def test_no_clear_position_cells_are_labelled_not_blank():
    articles = pd.DataFrame({"article_id": ["a", "b"], "author": ["", ""], "published": ["2020-01", "2022-01"],
                             "published_basis": ["stated"] * 2})
    matrix = pd.DataFrame({"theme": ["t1", "t1"], "article_id": ["a", "b"], "position": ["x", ""],
                           "stance": ["own", "no clear position"], "holder": ["", ""], "certainty": ["", ""],
                           "n_sentences": [2, 3]})
    fig = charts.chart_theme_matrix(matrix, articles)
    texts = [t.get_text() for t in fig.findobj(Text)]
    assert "3\nno clear position" in texts and "2\nx" in texts
    plt.close(fig)
    shift = pd.DataFrame({"theme": ["t1", "t1"], "published": ["2020-01", "2022-01"], "article_id": ["a", "b"],
                          "position": ["x", ""], "stance": ["own", "no clear position"], "changed": [False, False]})
    fig = charts.chart_view_shift(shift, articles)
    texts = [t.get_text() for t in fig.findobj(Text)]
    assert "no clear position" in texts and "x" in texts
    plt.close(fig)


def test_a_theme_matrix_of_many_articles_turns_to_keep_a_page_width():
    # reader check item 49: 14 article columns made a 32-inch figure, labels about 5 px when shown
    ids = [f"a{i:02d}" for i in range(14)]
    matrix = pd.DataFrame({"theme": ["alpha", "beta"] * 14, "article_id": sorted(ids * 2), "n_sentences": 2,
                           "position": "x", "stance": "own"})
    articles = pd.DataFrame({"article_id": ids, "title": ids, "author": "", "outlet": "", "published": "2024-01-01"})
    fig = charts.chart_theme_matrix(matrix, articles)
    width, height = fig.get_size_inches()
    assert width < 16 and height > width / 2     # was 32 inches wide


def test_quotes_without_a_speaker_are_no_voice_in_the_speakers_chart():
    quotes = pd.DataFrame({"speaker": ["Putin", "", ""], "kind": "speech", "entity_id": ""})
    claims = pd.DataFrame({"source": ["Putin"], "entity_id": [""]})
    fig = charts.chart_speakers(quotes, claims)
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert "(no speaker found)" not in labels and "2 more without a speaker found" in fig.axes[0].get_title()


def test_descriptions_naming_no_entity_are_no_voice_in_the_speakers_chart_but_are_counted():
    from analysis.entities import link_entities

    quotes = pd.DataFrame({"article_id": "a", "speaker": ["Vladimir Putin", "a statement", "far-right free market",
                                                          "Putin", ""], "kind": "speech"})
    linked = link_entities(quotes, pd.DataFrame(), pd.DataFrame())
    fig = charts.chart_speakers(linked.quotes, pd.DataFrame({"source": []}), entities=linked.entities)
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert labels == ["Vladimir Putin"]
    title = fig.axes[0].get_title()
    assert "1 more without a speaker found" in title and "2 from unnamed or described sources" in title


def test_a_missing_hedge_read_from_a_csv_is_no_note():
    assert charts._short(float("nan")) == "" and charts._short("up to; called it fake") == "up to"


def test_positions_over_time_of_many_articles_turn_to_keep_a_page_width():
    ids = [f"a{i:02d}" for i in range(14)]
    shift = pd.DataFrame({"theme": ["alpha", "beta"] * 14, "article_id": sorted(ids * 2), "position": "x",
                          "stance": "own", "published": "2024-01-01", "changed": False})
    articles = pd.DataFrame({"article_id": ids, "title": ids, "author": "", "outlet": "", "published": "2024-01-01"})
    width, height = charts.chart_view_shift(shift, articles).get_size_inches()
    assert width < 16 and height > width / 2     # was 30.6 inches wide
