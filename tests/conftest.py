"""Shared fixtures: the seed corpus and its tables are loaded once per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from analysis import config, extract, load_corpus

settings.register_profile("default", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# The command line caches extraction results by default; tests extract afresh unless
# they pass --cache themselves, and never touch the user's ~/.cache.
os.environ["BRIEFING_CACHE_DIR"] = "off"

DATA = Path(__file__).resolve().parent / "data"
SHARED = config.PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_corpus():
    return load_corpus(config.SEEDS_DIR)


@pytest.fixture(scope="session")
def seed_tables(seed_corpus):
    return extract(seed_corpus)


def write_corpus(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``{name: text or bytes}`` into ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return folder
