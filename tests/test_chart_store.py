"""Charts shared between a build's kernels: drawn once, shown as the same bytes, never stale."""
from __future__ import annotations

import threading
import time

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis import chart_store, charts
from analysis.build import draw_ahead_code
from analysis.config import NOTEBOOKS_DIR


def _articles(author: str = "Jane Roe") -> pd.DataFrame:
    return pd.DataFrame([{"article_id": "a1", "author": author, "outlet": "", "published": "2023-05-01",
                          "published_basis": "printed", "words": 100}])


def _claims() -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a1", "a1"], "hedge": ["reportedly", ""], "source": ["the Pentagon", "Seoul"]})


@pytest.fixture
def store(tmp_path, monkeypatch):
    folder = tmp_path / "charts"
    folder.mkdir()
    monkeypatch.setenv(chart_store.STORE_ENV, str(folder))
    charts.set_theme()
    yield folder
    plt.close("all")


def test_without_a_store_a_chart_is_a_plain_figure(monkeypatch):
    monkeypatch.delenv(chart_store.STORE_ENV, raising=False)
    fig = charts.chart_hedging(_claims(), _articles())
    assert isinstance(fig, plt.Figure) and not hasattr(fig, "_briefing_png")


def test_a_chart_drawn_once_is_served_from_the_store_with_the_same_png_and_text(store):
    first = charts.chart_hedging(_claims(), _articles())
    assert isinstance(first, plt.Figure)
    assert len(list(store.glob("*.png"))) == 1
    second = charts.chart_hedging(_claims(), _articles())
    assert isinstance(second, chart_store.StoredChart)
    assert second._repr_png_() == chart_store.notebook_png(first)
    assert repr(second) == repr(first) == "<Figure size 900x150 with 1 Axes>"


def test_a_stored_chart_draws_the_real_figure_when_asked_for_more_than_its_picture(store):
    charts.chart_hedging(_claims(), _articles())
    stored = charts.chart_hedging(_claims(), _articles())
    assert stored._figure is None
    assert len(stored.axes) == 1  # any public attribute draws the figure
    assert isinstance(stored._figure, plt.Figure)
    with pytest.raises(AttributeError):
        stored._repr_html_  # Jupyter's probes do not draw it


def test_other_data_or_other_settings_are_another_chart(store):
    charts.chart_hedging(_claims(), _articles())
    assert isinstance(charts.chart_hedging(_claims(), _articles("John Doe")), plt.Figure)
    plt.rcParams["axes.titlesize"] = 20
    assert isinstance(charts.chart_hedging(_claims(), _articles()), plt.Figure)
    assert len(list(store.glob("*.png"))) == 3


def test_a_changed_figure_is_drawn_again_not_shown_from_its_stored_png(store):
    fig = charts.chart_hedging(_claims(), _articles())
    before = chart_store.notebook_png(fig)
    assert before is fig._briefing_png
    fig.axes[0].set_title("changed after drawing")
    assert chart_store.notebook_png(fig) != before


def test_a_chart_another_kernel_is_drawing_is_waited_for(store):
    key = chart_store.chart_key("chart_hedging", (_claims(), _articles()), {})
    (store / f"{key}.claim").touch()
    png = chart_store.png_base64(charts.chart_hedging.__wrapped__(_claims(), _articles()))

    def other_kernel_finishes():
        time.sleep(0.3)
        (store / f"{key}.png").write_text(png, encoding="ascii")
        (store / f"{key}.txt").write_text("<Figure size 900x150 with 1 Axes>", encoding="utf-8")

    threading.Thread(target=other_kernel_finishes).start()
    shown = charts.chart_hedging(_claims(), _articles())
    assert isinstance(shown, chart_store.StoredChart) and shown._repr_png_() == png


def test_a_claim_never_fulfilled_is_drawn_here_after_the_wait(store, monkeypatch):
    monkeypatch.setattr(chart_store, "WAIT_SECONDS", 0.2)
    key = chart_store.chart_key("chart_hedging", (_claims(), _articles()), {})
    (store / f"{key}.claim").touch()  # a kernel that died while drawing
    fig = charts.chart_hedging(_claims(), _articles())
    assert isinstance(fig, plt.Figure) and (store / f"{key}.png").is_file()


def test_a_chart_that_fails_releases_its_claim_so_the_other_kernel_does_not_wait(store):
    with pytest.raises(KeyError):
        charts.chart_hedging(pd.DataFrame({"article_id": ["a1"]}), _articles())  # no hedge column
    assert not list(store.glob("*.claim"))


def test_arguments_pandas_cannot_hash_are_drawn_unshared(store):
    assert chart_store.chart_key("chart_x", (object(),), {}) is None


def test_draw_ahead_runs_the_briefings_setup_then_its_charts_last_first():
    code = draw_ahead_code(NOTEBOOKS_DIR / "briefing.ipynb", {"data_dir": "/tmp/d'x"})
    lines = code.splitlines()
    assert "data_dir = \"/tmp/d'x\"" in lines  # the given parameters, as Python literals
    assert lines.index("data_dir = \"/tmp/d'x\"") < lines.index("%matplotlib inline")
    chart_calls = [line.split("(")[0] for line in lines if line.startswith("charts.chart_")]
    assert chart_calls == ["charts.chart_view_shift", "charts.chart_timeline", "charts.chart_speakers",
                           "charts.chart_trade_values", "charts.chart_estimates", "charts.chart_theme_matrix"]
    assert "brief.appendix()" not in code


def test_draw_ahead_is_empty_for_a_notebook_without_tagged_cells(tmp_path):
    assert draw_ahead_code(NOTEBOOKS_DIR / "01_corpus.ipynb", {}) == ""
    (tmp_path / "broken.ipynb").write_text("{not json", encoding="utf-8")
    assert draw_ahead_code(tmp_path / "broken.ipynb", {}) == ""


def test_a_stored_chart_changed_through_its_figure_is_shown_with_the_change(store):
    first = charts.chart_hedging(_claims(), _articles())
    stored = charts.chart_hedging(_claims(), _articles())
    stored.suptitle("added by the notebook")  # draws the real figure, then changes it
    assert stored._repr_png_() != chart_store.notebook_png(first)
    assert stored._repr_png_() == chart_store.png_base64(stored._figure)
