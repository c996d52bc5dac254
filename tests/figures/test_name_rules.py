"""Numbers in names (analysis.figures.name_rules): a toll in a title-case headline is a count, not a name."""
from __future__ import annotations

from . import assert_figures


def test_toll_in_title_case_headline_is_a_count():
    assert_figures("64 Confirmed Dead after Jan. 1 Noto Peninsula Earthquake; Fire Razes Famous Wajima Market",
                   [{"text": "64", "value": 64}])


def test_number_before_name_in_headline_without_toll_stays_a_name():
    assert_figures("The 38 North Report Died Out", [])
