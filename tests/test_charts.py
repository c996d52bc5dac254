"""Charts read only the tables: labels a reader can parse, empty inputs drawn as a message."""
from __future__ import annotations

import io
import warnings

import matplotlib.pyplot as plt
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


def test_seed_charts_draw_without_warnings(seed_tables):
    """A warning goes to the stderr of whichever kernel draws a chart first (see chart_store),
    so a chart that warns would make the build's executed notebooks differ from run to run."""
    from analysis.report import compute_views
    from analysis.corpus import load_corpus
    from analysis import config

    views = compute_views(seed_tables, load_corpus(config.SEEDS_DIR), config.DEFAULT_THEMES)
    t, arts = seed_tables, seed_tables.articles
    charts.set_theme()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figures = [charts.chart_trade_values(t.figures, arts), charts.chart_estimates(t.figures, arts),
                   charts.chart_timeline(t.dates, arts), charts.chart_speakers(t.quotes, t.claims),
                   charts.chart_quote_kinds(t.quotes, arts), charts.chart_hedging(t.claims, arts),
                   charts.chart_corpus(arts, quotes=t.quotes, claims=t.claims, figures=t.figures, dates=t.dates),
                   charts.chart_theme_matrix(views["theme_matrix"], arts),
                   charts.chart_view_shift(views["view_shift"], arts)]
        for fig in figures:
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png")
            assert buffer.getvalue()[:8] == b"\x89PNG\r\n\x1a\n"
    plt.close("all")


def test_seed_charts_fit_their_figures_so_nothing_is_cut_without_the_tight_crop(seed_tables):
    from analysis import config
    from analysis.corpus import load_corpus
    from analysis.report import compute_views

    views = compute_views(seed_tables, load_corpus(config.SEEDS_DIR), config.DEFAULT_THEMES)
    t, arts = seed_tables, seed_tables.articles
    charts.set_theme()
    figures = {"trade": charts.chart_trade_values(t.figures, arts), "estimates": charts.chart_estimates(t.figures, arts),
               "timeline": charts.chart_timeline(t.dates, arts), "speakers": charts.chart_speakers(t.quotes, t.claims),
               "kinds": charts.chart_quote_kinds(t.quotes, arts), "hedging": charts.chart_hedging(t.claims, arts),
               "corpus": charts.chart_corpus(arts, quotes=t.quotes, claims=t.claims),
               "matrix": charts.chart_theme_matrix(views["theme_matrix"], arts),
               "shift": charts.chart_view_shift(views["view_shift"], arts)}
    assert {name: fig._briefing_sticks_out for name, fig in figures.items()} == dict.fromkeys(figures, False)
    plt.close("all")


def test_a_chart_whose_title_is_wider_than_the_figure_is_cropped_to_show_it_whole():
    import base64

    from PIL import Image

    from analysis import chart_store

    fig, ax = plt.subplots(figsize=(3, 2))
    ax.set_title("a title far too long for a figure only three inches wide, so it sticks out")
    fig.tight_layout()
    assert chart_store.sticks_out(fig)
    fig._briefing_sticks_out = True
    width = Image.open(io.BytesIO(base64.b64decode(chart_store.png_base64(fig)))).size[0]
    assert width > 3 * fig.dpi  # the crop widened the picture to the whole title
    fig._briefing_sticks_out = False
    assert Image.open(io.BytesIO(base64.b64decode(chart_store.png_base64(fig)))).size[0] == 3 * fig.dpi
    plt.close(fig)
