"""People across the corpus (analysis.entities.linking): which full name a short mention joins."""
from __future__ import annotations

import pandas as pd

from analysis.entities import link_entities


def _ids(speakers: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    q = pd.DataFrame({"article_id": [a for a, _ in speakers], "start": range(len(speakers)),
                      "end": range(1, len(speakers) + 1), "text": "x", "speaker": [s for _, s in speakers]})
    linked = link_entities(q, pd.DataFrame(), pd.DataFrame())
    return dict(zip(speakers, linked.quotes["entity_id"]))


def test_titled_surname_joins_the_office_holder_not_a_namesake_in_its_article():
    ids = _ids([("a", "President Barack Obama"), ("b", "Michelle Obama"), ("b", "President Obama")])
    assert ids[("b", "President Obama")] == ids[("a", "President Barack Obama")] == "barack-obama"
    assert ids[("b", "Michelle Obama")] == "michelle-obama"


def test_bare_surname_joins_the_one_full_name_of_its_article():
    ids = _ids([("a", "Kim Jong-un"), ("a", "Kim"), ("b", "Sergei Lavrov"), ("c", "Lavrov")])
    assert ids[("a", "Kim")] == "kim-jong-un" and ids[("c", "Lavrov")] == "sergei-lavrov"


def test_bare_surname_joins_no_lesser_namesake():
    # Article b names only Heidi Cruz in full, but the corpus names Ted Cruz more: "Cruz" stays apart.
    ids = _ids([("a", "Ted Cruz"), ("a", "Sen. Ted Cruz"), ("a", "Cruz"), ("b", "Heidi Cruz"), ("b", "Cruz")])
    assert ids[("a", "Cruz")] == "ted-cruz"
    assert ids[("b", "Cruz")] not in ("ted-cruz", "heidi-cruz")


def test_bare_surname_stays_apart_when_its_article_names_two():
    ids = _ids([("a", "Ted Cruz"), ("a", "Heidi Cruz"), ("a", "Cruz")])
    assert ids[("a", "Cruz")] not in ("ted-cruz", "heidi-cruz")


def test_a_bare_surname_written_for_a_full_name_is_an_alias():
    # The speaker column gives "Oh Jae-sung" where the article wrote "Oh": the entity keeps both forms.
    q = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 5], "end": [1, 6], "text": "x",
                      "speaker": ["Oh Jae-sung", "Oh Jae-sung"], "speaker_mention": ["Deputy Minister Oh Jae-sung", "Oh"]})
    linked = link_entities(q, pd.DataFrame(), pd.DataFrame())
    aliases = linked.entities.set_index("entity_id").loc["oh-jae-sung", "aliases"].split("; ")
    assert "Oh" in aliases and "Oh Jae-sung" in aliases


def test_states_on_any_topic_are_states_with_their_capitals_and_governments():
    speakers = [("a", "Rwanda"), ("a", "Kigali"), ("b", "Guyana"), ("b", "Georgetown"), ("c", "The Spanish government"),
                ("d", "the DRC")]
    q = pd.DataFrame({"article_id": [a for a, _ in speakers], "start": range(len(speakers)),
                      "end": range(1, len(speakers) + 1), "text": "x", "speaker": [s for _, s in speakers]})
    linked = link_entities(q, pd.DataFrame(), pd.DataFrame())
    ids = dict(zip(speakers, linked.quotes["entity_id"]))
    assert ids[("a", "Rwanda")] == ids[("a", "Kigali")] == "rwanda"
    assert ids[("b", "Guyana")] == ids[("b", "Georgetown")] == "guyana"
    assert ids[("c", "The Spanish government")] == "spain"
    assert ids[("d", "the DRC")] == "democratic-republic-of-the-congo"
    kinds = dict(zip(linked.entities["entity_id"], linked.entities["kind"]))
    assert {kinds[e] for e in ("rwanda", "guyana", "spain", "democratic-republic-of-the-congo")} == {"state"}


def test_ambiguous_state_words_stay_people():
    # "Jordan" and "Chad" are given names too, "Georgia" a US state: left out of the state aliases on purpose.
    ids = _ids([("a", "Michael Jordan"), ("a", "Jordan"), ("b", "Chad Smith"), ("b", "Chad")])
    assert ids[("a", "Jordan")] == "michael-jordan" and ids[("b", "Chad")] == "chad-smith"


def test_a_legislators_title_neither_narrows_nor_contradicts_an_office():
    ids = _ids([("a", "Foreign Minister Penny Wong"), ("a", "Senator Wong"), ("b", "Senator Jane Roe"),
                ("b", "Secretary Roe")])
    assert ids[("a", "Senator Wong")] == ids[("a", "Foreign Minister Penny Wong")] == "penny-wong"
    assert ids[("b", "Secretary Roe")] == "jane-roe"


def test_two_offices_that_differ_still_keep_a_surname_apart():
    ids = _ids([("a", "Charlotte Mayor Jennifer Roberts"), ("a", "Chief Justice Roberts")])
    assert ids[("a", "Chief Justice Roberts")] != "jennifer-roberts"
