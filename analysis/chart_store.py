"""Charts drawn once per build and shared between the build's notebook kernels.

The build runs the briefing in one kernel and the analysis notebooks in another, and six
charts appear in both.  When ``BRIEFING_CHART_STORE`` names a folder (the build sets it for
its own kernels only), a chart function keys the chart on the function's name, the contents
of its arguments and the matplotlib settings, and then:

- if that chart is in the folder, returns a :class:`StoredChart`: it shows the stored PNG,
  and draws the real figure only if code asks it for anything else;
- if another kernel has claimed it (a ``.claim`` file) and is drawing it, waits for it;
- otherwise claims it, draws it, and stores the PNG (``KEY.png``, base64 text, as a notebook
  holds it) and the figure's text form (``KEY.txt``, written last: its presence means both are whole).

The PNG is what IPython's inline backend would make of the figure, so a notebook's outputs
are the same bytes whichever kernel drew the chart.  Without the variable nothing is stored
and every chart function returns its figure as usual.
"""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Callable, Optional

from .errors import OutputError
from .io import write_text

STORE_ENV = "BRIEFING_CHART_STORE"
WAIT_SECONDS = 20.0  # for a chart another kernel claimed; then it is drawn here
# Settings that do not change a PNG drawn with Agg: the inline backend and Agg differ only here.
_IGNORED_RC = {"backend", "backend_fallback", "interactive"}


def store_folder() -> Optional[Path]:
    folder = os.environ.get(STORE_ENV, "")
    return Path(folder) if folder else None


def _feed(digest, value) -> bool:
    """Hash ``value`` into ``digest``; False when it cannot be keyed (then nothing is shared)."""
    import pandas as pd

    if isinstance(value, (pd.DataFrame, pd.Series)):
        frame = value if isinstance(value, pd.DataFrame) else value.to_frame(name=str(value.name))
        digest.update(repr((type(value).__name__, frame.shape, [str(c) for c in frame.columns],
                            [str(t) for t in frame.dtypes])).encode())
        digest.update(pd.util.hash_pandas_object(value, index=True).to_numpy().tobytes())
        return True
    if isinstance(value, (tuple, list)):
        digest.update(f"{type(value).__name__}{len(value)}".encode())
        return all(_feed(digest, item) for item in value)
    if value is None or isinstance(value, (str, int, float, bool)):
        digest.update(repr(value).encode())
        return True
    return False


def chart_key(name: str, args: tuple, kwargs: dict) -> Optional[str]:
    """A key for the chart ``name(*args, **kwargs)`` drawn with the current matplotlib settings."""
    import matplotlib

    digest = hashlib.sha256(name.encode())
    try:
        if not _feed(digest, (list(args), sorted(kwargs.items()))):
            return None
    except TypeError:  # a cell pandas cannot hash
        return None
    settings = sorted((k, repr(v)) for k, v in matplotlib.rcParams.items() if k not in _IGNORED_RC)
    digest.update(repr(settings).encode())
    return digest.hexdigest()[:32]


def sticks_out(fig) -> bool:
    """Whether anything drawn (a long title, a label, a legend) reaches beyond the figure's edges,
    which ``tight_layout`` cannot fix.  Call it before the figure is closed: its canvas still
    holds the renderer that measured the text for ``tight_layout``, so this measures nothing again."""
    get_renderer = getattr(fig.canvas, "get_renderer", None)
    if get_renderer is None:
        return True
    bbox = fig.get_tightbbox(get_renderer())
    width, height = fig.get_size_inches()
    return bbox.x0 < -0.01 or bbox.y0 < -0.01 or bbox.x1 > width + 0.01 or bbox.y1 > height + 0.01


def png_base64(fig) -> str:
    """The figure as IPython's inline backend shows it, base64-encoded PNG.

    The chart functions mark their figures with whether anything sticks out (see
    :func:`sticks_out`): those that fit are printed as they are, without the inline backend's
    ``bbox_inches="tight"``, which costs two more layouts; any other figure gets the crop, as
    IPython would give it.
    """
    from IPython.core.pylabtools import print_figure

    tight = getattr(fig, "_briefing_sticks_out", True)
    return print_figure(fig, "png", bbox_inches="tight" if tight else None, base64=True)


class StoredChart:
    """A chart another kernel of the same build has drawn.

    Jupyter shows it as the stored PNG with the figure's text form, as it would show the
    figure.  Any public attribute (``savefig``, ``axes``, ``suptitle``...) draws the real figure
    first; from then on the chart is shown as that figure is, changes included.
    """

    def __init__(self, png: str, text: str, draw: Callable) -> None:
        self._png, self._text, self._draw, self._figure = png, text, draw, None

    def _repr_png_(self) -> Optional[str]:
        if self._figure is not None:  # asked for, and perhaps changed since: show it as it is now
            return notebook_png(self._figure)
        return self._png

    def __repr__(self) -> str:
        return self._text if self._figure is None else repr(self._figure)

    def __getattr__(self, name: str):
        if name.startswith("_"):  # Jupyter's probes for _repr_html_ and such: not the figure's business
            raise AttributeError(name)
        if self._figure is None:
            self._figure = self._draw()
        return getattr(self._figure, name)


def shared(folder: Path, name: str, args: tuple, kwargs: dict, draw: Callable):
    """The chart from ``folder`` if this build already has it, else ``draw()`` stored there."""
    key = chart_key(name, args, kwargs)
    if key is None:
        return draw()
    png, text, claim = folder / f"{key}.png", folder / f"{key}.txt", folder / f"{key}.claim"
    try:
        os.close(os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        mine = True
    except FileExistsError:
        mine = False
    except OSError:  # no store after all: draw unshared
        return draw()
    if not mine:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            if text.is_file():  # written after the PNG, so both are whole
                return StoredChart(png.read_text(encoding="ascii"), text.read_text(encoding="utf-8"), draw)
            time.sleep(0.01)
    try:
        fig = draw()  # ours, or its claimant never finished
    except BaseException:
        if mine:  # let the other kernel draw it (and fail) at once, not after a wait
            claim.unlink(missing_ok=True)
        raise
    data = png_base64(fig)
    fig._briefing_png = data  # see notebook_png: shown as is unless the figure changes first
    fig.stale = False  # printing restores the figure's colours, which marks it changed: it is not
    try:
        write_text(png, data)  # atomic, as every output here
        write_text(text, repr(fig))
    except (OSError, OutputError):  # a store that cannot be written: this chart is just not shared
        pass
    return fig


def notebook_png(fig) -> Optional[str]:
    """IPython's PNG formatter for figures: the PNG drawn for the store when the figure has not
    changed since, else the figure drawn now, as the inline backend would."""
    data = getattr(fig, "_briefing_png", None)
    if data is not None and not fig.stale:
        return data
    if not fig.axes and not fig.lines:  # as IPython: an empty figure shows nothing
        return None
    return png_base64(fig)
