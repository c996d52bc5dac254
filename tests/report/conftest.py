"""The report's tables, loaded once per session: a two-article corpus and the injection corpus."""
from __future__ import annotations

import pytest

from analysis.report import load_report_data

from ..conftest import DATA


@pytest.fixture(scope="session")
def small_data():
    return load_report_data(corpus_dir=DATA / "corpus_small")


@pytest.fixture(scope="session")
def hostile_data():
    return load_report_data(corpus_dir=DATA / "corpus_injection")
