"""Figures' status, subject and repeat_of: the values are the documented ones, the data files hold together.

The behaviour itself is checked case by case in data/figures_cases.json (fields status, source,
subject, repeat_of); these tests guard what every row of every case must satisfy.
"""
from __future__ import annotations

import json
import re

import pytest

from analysis.figures import STATUSES, extract_figures, figure_subject
from analysis.figures.repeats import heading_end
from analysis.lexicons import load_table
from analysis.text import split_sentences

from ..conftest import DATA

CASES = json.loads((DATA / "figures_cases.json").read_text(encoding="utf-8"))


def test_statuses_are_the_five_of_the_contract():
    assert STATUSES == ("stated", "reported", "hypothetical", "negated", "denied")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_every_figure_has_a_documented_status_and_a_repeat_that_points_to_a_later_same_figure(case):
    found = extract_figures(case["text"], article_id="a", published=case.get("published"))
    starts = {f.start: f for f in found}
    for f in found:
        assert f.status in STATUSES
        if f.status == "denied":
            assert f.hedge, "a denial's words go to hedge"
        if f.repeat_of != -1:
            g = starts[f.repeat_of]
            assert g.start > f.start and (g.value, g.value_high, g.unit) == (f.value, f.value_high, f.unit)


def test_subject_templates_use_only_known_slots_and_states_have_an_adjective():
    rows = load_table("figure_subjects.tsv")
    states = [r for r in rows if r[0] == "state"]
    templates = [r for r in rows if r[0] == "subject"]
    assert states and templates
    assert all(len(r) == 4 and r[2] for r in states)
    for r in templates:
        assert len(r) == 5 and r[4] in ("unit", "clause", "after"), r
        assert set(re.findall(r"\{(\w+)\}", r[1])) <= {"from", "to", "a", "b"}, r
        re.compile(r[3])


def test_subject_abstains_without_a_state():
    s = "The firm hired 300 workers last year."
    assert figure_subject(s, 0, len(s), s.index("300"), s.index(" last"), "labor_estimate", "workers") == ""


def test_a_text_of_title_lines_only_has_no_heading():
    text = "12 troops arrive\n\n12 troops leave"
    assert heading_end(text, split_sentences(text)) == 0
    assert all(f.repeat_of == -1 for f in extract_figures(text))


def test_a_state_naming_whose_information_it_is_is_not_whose_troops_they_are():
    s = ("US confirmation that Vladimir Putin has resorted to the deployment of 10,000 troops from the manic state of "
         "North Korea should sound alarm bells.")
    a = s.index("10,000")
    assert figure_subject(s, 0, len(s), a, a + len("10,000 troops"), "troop_estimate", "troops") == "North Korean troops"


@pytest.mark.parametrize("sentence, figure, subject", [
    ("At least 100 North Korean soldiers sent to Russia have been killed in the war, and around 1,000 have been "
     "wounded, says Lee.", "100 North Korean soldiers", "North Korean troops killed or wounded"),
    ("At least 100 North Korean soldiers sent to Russia have been killed in the war, and around 1,000 have been "
     "wounded, says Lee.", "1,000", "North Korean troops killed or wounded"),
    ("The estimate of the troops killed in Kursk is several hundred casualties.", "several hundred casualties",
     "troops killed or wounded"),
    ("North Korea has sent 11,000 troops to Russia, where 300 were killed.", "11,000 troops",
     "North Korean troops in Russia"),
    ("North Korea has sent 11,000 troops to Russia and 300 were killed.", "11,000 troops",
     "North Korean troops in Russia"),
])
def test_troops_killed_or_wounded_are_not_the_troops_deployed(sentence, figure, subject):
    a = sentence.index(figure)
    assert figure_subject(sentence, 0, len(sentence), a, a + len(figure), "troop_estimate", "troops") == subject


def test_a_place_before_by_sending_is_not_the_sender_of_the_troops():
    # "by sending" belongs to the clause's subject: the Kursk area (a place in Russia) did not send the troops
    s = "North Korea has assisted Russia in recapturing the Kursk area by sending 15-thousand troops via two deployments."
    i = s.index("15-thousand")
    assert figure_subject(s, 0, len(s), i, s.index(" via"), "troop_estimate", "troops") == "North Korean troops"
    s = "Pyongyang has sent around 15,000 troops to Russia."
    i = s.index("15,000")
    assert figure_subject(s, 0, len(s), i, s.index(" to"), "troop_estimate", "troops") == "North Korean troops in Russia"


def test_a_toll_stated_before_the_figure_counts_the_killed_or_wounded():
    s = "So far, the number of casualties stands at 47-hundred North Korean soldiers, of whom roughly 600 have been killed."
    i = s.index("47-hundred")
    assert figure_subject(s, 0, len(s), i, s.index(","), "troop_estimate", "troops") == "North Korean troops killed or wounded"
    s = "After heavy casualties in Kursk, North Korea sent 3,000 more soldiers."
    i = s.index("3,000")
    assert "killed" not in figure_subject(s, 0, len(s), i, len(s) - 1, "troop_estimate", "troops")


@pytest.mark.parametrize("sentence, figure, subject", [
    # the figure's own adjective names whose troops they are, even of the state they are in
    ("Kyiv said its forces are engaging around 50,000 Russian soldiers in Kursk.", "50,000 Russian soldiers",
     "Russian troops"),
    # a direction word between "in" and the state still places the troops there, not in the state named later
    ("Some 11,000 North Korean soldiers are training in eastern Russia for deployment against Ukraine.",
     "11,000 North Korean soldiers", "North Korean troops in Russia"),
])
def test_troops_are_of_their_own_adjective_and_in_a_region_of_a_state(sentence, figure, subject):
    a = sentence.index(figure)
    assert figure_subject(sentence, 0, len(sentence), a, a + len(figure), "troop_estimate", "soldiers") == subject


@pytest.mark.parametrize("sentence, figure, status", [
    # a target written as an adjective after "a": what was promised, not what arrived
    ("Only 2,000 engineers have arrived out of a promised 8,000, the ministry said.", "8,000", "hypothetical"),
    ("The firm announced a planned 3,000 job cuts on Monday.", "3,000 job cuts", "hypothetical"),
    # ... but "the promised" names a known promise that may have been kept
    ("The utility delivered the promised 4 million tonnes in March.", "4 million tonnes", "stated"),
    # a modal of possibility before a verb of sending, also through "be invited/asked to"
    ("The country may be invited to send 4,000 more workers, the report said.", "4,000 more workers", "hypothetical"),
    ("The country could deploy up to 30,000 troops, analysts warned.", "30,000 troops", "hypothetical"),
    # ... not a guess about the past
    ("The country may have sent 2,000 troops, officials said.", "2,000 troops", "reported"),
])
def test_a_promised_figure_and_a_possible_dispatch_are_hypothetical(sentence, figure, status):
    found = {f.text: f.status for f in extract_figures(sentence, published="2024-11-01")}
    assert found.get(figure) == status, found


@pytest.mark.parametrize("sentence, figure", [
    ("North Korea is suspected to have sent about 10,000 troops to Russia.", "10,000 troops"),
    ("The country is alleged to have supplied 100 missiles.", "100 missiles"),
    ("Pyongyang is widely believed to have shipped 3 million shells.", "3 million shells"),
])
def test_a_figure_a_passive_of_suspicion_holds_is_reported_by_nobody_named(sentence, figure):
    found = {f.text: (f.status, f.source) for f in extract_figures(sentence, published="2024-11-01")}
    assert found.get(figure) == ("reported", ""), found


@pytest.mark.parametrize("sentence, figure, subject", [
    # the state helped is where the troops go, not whose they are
    ("North Korea has sent 12,000 troops to support Russia, officials said.", "12,000 troops",
     "North Korean troops in Russia"),
    ("More than 10,000 North Korean troops were deployed to help Russia in the war.", "10,000 North Korean troops",
     "North Korean troops in Russia"),
    # a sender the states' list does not know ("the North"), and the state that says it at the end: nobody's troops
    ("The North is believed to have sent 12,000 troops to support Russia, Seoul said.", "12,000 troops", ""),
])
def test_a_state_helped_or_speaking_is_not_whose_troops_they_are(sentence, figure, subject):
    a = sentence.index(figure)
    assert figure_subject(sentence, 0, len(sentence), a, a + len(figure), "troop_estimate", "troops") == subject


def test_a_figure_for_each_of_several_units_counts_no_whole():
    s = "The country sent two brigades of 5,000 troops each to the front."
    a = s.index("5,000")
    assert figure_subject(s, 0, len(s), a, a + len("5,000 troops"), "troop_estimate", "troops") == ""
