"""Bodies across the corpus (analysis.entities): companies are not people, and a document names its issuer."""
from __future__ import annotations

import pandas as pd

from analysis.entities import link_entities, parse_mention


def _linked(rows: list[tuple[str, str, str]]):
    """rows: (article_id, speaker, speaker_mention as written)."""
    q = pd.DataFrame({"article_id": [r[0] for r in rows], "start": range(len(rows)), "end": range(1, len(rows) + 1),
                      "text": "x", "speaker": [r[1] for r in rows], "speaker_mention": [r[2] for r in rows]})
    linked = link_entities(q, pd.DataFrame(), pd.DataFrame())
    kinds = dict(zip(linked.entities["entity_id"], linked.entities["kind"]))
    return {(r[0], r[1]): (e, kinds.get(e, "")) for r, e in zip(rows, linked.quotes["entity_id"])}


def test_a_lone_name_written_as_the_company_or_it_is_a_body_not_a_person():
    got = _linked([("a", "Microsoft", "The company"), ("a", "Microsoft", "Microsoft"),
                   ("b", "Volkswagen", "the German group"), ("c", "Acme", "it")])
    assert got[("a", "Microsoft")] == ("microsoft", "organisation")
    assert got[("b", "Volkswagen")] == ("volkswagen", "organisation")
    assert got[("c", "Acme")] == ("acme", "organisation")


def test_a_lone_name_written_as_he_stays_a_person_even_if_once_called_a_body():
    got = _linked([("a", "Pulse", "the commander"), ("a", "Pulse", "he"), ("b", "Pulse", "the group")])
    assert got[("a", "Pulse")][1] == "person"


def test_a_lone_name_joins_the_one_body_of_its_article_that_it_begins():
    got = _linked([("a", "Tupperware", "Tupperware"), ("a", "Tupperware Brands", "Tupperware Brands")])
    assert got[("a", "Tupperware")] == got[("a", "Tupperware Brands")] == ("tupperware-brands", "organisation")


def test_a_surname_of_someone_in_the_corpus_joins_no_body_it_begins():
    got = _linked([("a", "Trump", "Trump"), ("a", "Trump Organization", "Trump Organization"),
                   ("b", "Donald Trump", "Donald Trump"), ("b", "Ivanka Trump", "Ivanka Trump")])
    assert got[("a", "Trump")][1] == "person"


def test_a_company_noun_before_a_name_makes_it_a_body():
    got = parse_mention("German car giant Volkswagen")
    assert (got.kind, got.name) == ("organisation", "Volkswagen")
    assert parse_mention("the Chinese Chamber of Commerce to the EU").name == "Chinese Chamber of Commerce"
    assert parse_mention("Tupperware Brands").kind == "organisation"
    assert parse_mention("Tokyo Electric Power Co.").name == "Tokyo Electric Power Co"   # was the person 'Electric..'
    assert parse_mention("state-run Russian Railways").kind == "organisation"


def test_a_document_from_or_by_an_actor_names_that_actor():
    assert parse_mention("The Feb. 23 report from the National Transportation Safety Board").name \
        == "National Transportation Safety Board"
    assert parse_mention("a statement from the Kremlin on social media").name == "Russia"
    got = parse_mention("an analysis by Lily Batchelder")
    assert (got.kind, got.name) == ("person", "Lily Batchelder")
    assert parse_mention("a new report by Politico").kind == "media"


def test_a_document_naming_no_actor_is_no_one_not_a_person_called_like_the_document():
    for text in ("Data from Russia's federal statistics service", "Research from the eSafety commissioner",
                 "a document seen by Reuters", "Reports from South Korea and Western countries"):
        assert parse_mention(text).kind == "", text


def _ids(rows: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    got = _linked([(a, s, s) for a, s in rows])
    return {k: v[0] for k, v in got.items()}


def test_a_body_named_with_its_state_is_the_body_named_without_it_when_one_state_has_it():
    ids = _ids([("a", "South Korea's National Intelligence Service"), ("b", "the National Intelligence Service"),
                ("c", "the Russian Embassy in Pyongyang"), ("c", "the Embassy"), ("d", "the U.S. Coast Guard"),
                ("d", "The Coast Guard")])
    assert ids[("a", "South Korea's National Intelligence Service")] == ids[("b", "the National Intelligence Service")]
    assert ids[("c", "the Embassy")] == ids[("c", "the Russian Embassy in Pyongyang")]
    assert ids[("d", "The Coast Guard")] == ids[("d", "the U.S. Coast Guard")]


def test_a_bare_body_stays_apart_when_two_states_have_it_and_a_capital_is_no_state_prefix():
    ids = _ids([("a", "the Russian Embassy"), ("a", "the Chinese Embassy"), ("b", "the Embassy"),
                ("c", "The Washington Post"), ("d", "the New York Post"), ("d", "The Post")])
    assert len({ids[("a", "the Russian Embassy")], ids[("a", "the Chinese Embassy")], ids[("b", "the Embassy")]}) == 3
    assert ids[("d", "The Post")] != ids[("c", "The Washington Post")]


def test_an_office_of_a_body_without_a_name_is_no_one_and_a_state_before_an_office_is_no_name():
    assert parse_mention("The Director-General of the World Health Organization").kind == ""
    assert parse_mention("The Secretary of the Navy").kind == ""
    got = parse_mention("U.S. Secretary of State Antony Blinken")
    assert (got.kind, got.name) == ("person", "Antony Blinken")
    assert parse_mention("Australia John Millman").name == "John Millman"


def test_names_spelled_alike_and_double_surnames_are_one_person_but_not_a_junior():
    ids = _ids([("a", "Park Won-gon"), ("b", "Park Wongon"), ("b", "Professor Park"), ("c", "Njuguna Ndung’u"),
                ("c", "Ndungu"), ("d", "Andrés Manuel López Obrador"), ("e", "López Obrador"),
                ("f", "Donald Trump"), ("g", "Donald Trump Jr.")])
    assert ids[("a", "Park Won-gon")] == ids[("b", "Park Wongon")] == ids[("b", "Professor Park")]
    assert ids[("c", "Ndungu")] == ids[("c", "Njuguna Ndung’u")]
    assert ids[("e", "López Obrador")] == ids[("d", "Andrés Manuel López Obrador")]
    assert ids[("f", "Donald Trump")] != ids[("g", "Donald Trump Jr.")]


def test_a_described_body_is_no_entity_but_a_body_named_by_whose_it_is_is():
    for text in ("the Luxembourg-based court", "The Iran-backed group", "the German foundation", "The U.N. agency",
                 "U.S. Multiple airlines"):
        assert parse_mention(text).kind == "", text
    for text in ("the Obama administration", "the Clinton campaign", "Finnish police"):
        assert parse_mention(text).kind == "organisation", text
