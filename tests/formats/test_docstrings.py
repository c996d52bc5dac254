"""The examples in the formats modules' docstrings run and give what they show."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["analysis.formats", "analysis.formats.document", "analysis.formats.plain", "analysis.formats.markdown",
           "analysis.formats.pdf", "analysis.formats.metadata", "analysis.formats.names", "analysis.formats.labels"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
