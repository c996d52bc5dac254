"""Runs inside a notebook kernel that the build reuses for several notebooks.

A kernel costs about two seconds to start and to import pandas, matplotlib and
seaborn, so the build starts a few kernels early, imports the libraries once
(:func:`warm_up`), and runs notebooks one after another in each.  Between two
notebooks :func:`reset` puts back what a fresh kernel would have: an empty user
namespace, no open figures, the matplotlib settings, warning filters, NumPy
random state and working folder as they were after start-up.  Imported modules
stay imported: that is the saving, and it does not change what a notebook does.
Every notebook is also run alone in a fresh kernel by the tests.
"""
from __future__ import annotations

import importlib
import os
import warnings

# What the notebooks import; importing them once per kernel is what the reuse saves.
MODULES = ("pandas", "matplotlib.pyplot", "seaborn", "matplotlib_inline.backend_inline",
           "analysis.report", "analysis.charts")

_saved: dict = {}


def warm_up(modules=MODULES) -> None:
    """Import ``modules`` and remember the fresh state that :func:`reset` restores."""
    for name in modules:
        importlib.import_module(name)
    import matplotlib
    import numpy as np

    _saved.update(rc=dict(matplotlib.rcParams), filters=list(warnings.filters),
                  random=np.random.get_state(), cwd=os.getcwd())


def reset() -> None:
    """Forget the previous notebook: namespace, figures, settings, warnings, random state, folder."""
    import matplotlib
    import matplotlib.pyplot as plt
    import numpy as np
    from IPython import get_ipython

    shell = get_ipython()
    if shell is not None:
        shell.run_line_magic("reset", "-f")
    plt.close("all")
    if _saved:
        with warnings.catch_warnings():  # restoring deprecated keys is not a new use of them
            warnings.simplefilter("ignore")
            matplotlib.rcParams.update(_saved["rc"])
        warnings.filters[:] = _saved["filters"]
        getattr(warnings, "_filters_mutated", lambda: None)()  # invalidate the per-module "once" caches
        np.random.set_state(_saved["random"])
        os.chdir(_saved["cwd"])
