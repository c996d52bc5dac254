"""Entities across the corpus (issue 11 item 3): one row per actor, entity_id on quotes, claims and figures."""
from __future__ import annotations

import time

import pandas as pd
import pytest

from analysis import config, extract, load_corpus
from analysis.entities import entity_labels, link_entities, parse_mention
from analysis.io import format_csv
from analysis.records import columns_for


def _quotes(rows: list[tuple[str, str]]) -> pd.DataFrame:
    """A quotes table with one row per (article_id, speaker)."""
    return pd.DataFrame({"article_id": [a for a, _ in rows], "start": range(len(rows)),
                         "end": [i + 1 for i in range(len(rows))], "text": "x", "speaker": [s for _, s in rows]})


def _link(rows):
    linked = link_entities(_quotes(rows), pd.DataFrame(), pd.DataFrame())
    return linked, dict(zip(linked.quotes["speaker"], linked.quotes["entity_id"]))


def test_capitals_governments_and_common_names_merge_with_their_state():
    linked, ids = _link([("a", "Pyongyang"), ("a", "the DPRK"), ("b", "North Korea"), ("b", "N. Korea"),
                         ("c", "the North Korean government"), ("c", "Moscow"), ("d", "the Kremlin"),
                         ("d", "the Russian government"), ("e", "Washington"), ("e", "the White House"),
                         ("f", "Beijing"), ("f", "Seoul"), ("g", "Kyiv"), ("g", "Kiev"), ("h", "Tokyo")])
    assert {ids[n] for n in ("Pyongyang", "the DPRK", "North Korea", "N. Korea", "the North Korean government")} \
        == {"north-korea"}
    assert {ids[n] for n in ("Moscow", "the Kremlin", "the Russian government")} == {"russia"}
    assert ids["Washington"] == ids["the White House"] == "united-states"
    assert (ids["Beijing"], ids["Seoul"], ids["Kyiv"], ids["Kiev"], ids["Tokyo"]) == (
        "china", "south-korea", "ukraine", "ukraine", "japan")
    kinds = dict(zip(linked.entities["entity_id"], linked.entities["kind"]))
    assert kinds["north-korea"] == kinds["russia"] == "state"


def test_bodies_agencies_and_media_are_named_once():
    linked, ids = _link([("a", "UN"), ("a", "the United Nations"), ("b", "NATO"), ("b", "the EU"),
                         ("c", "Russia’s foreign ministry"), ("c", "The Russian Foreign Ministry"),
                         ("d", "the Korean Central News Agency"), ("d", "KCNA"), ("e", "the FBI"),
                         ("e", "Federal Bureau of Investigation"), ("f", "The Pentagon")])
    assert ids["UN"] == ids["the United Nations"] == "united-nations"
    assert ids["Russia’s foreign ministry"] == ids["The Russian Foreign Ministry"] == "russian-foreign-ministry"
    assert ids["the Korean Central News Agency"] == ids["KCNA"] == "kcna"
    assert ids["the FBI"] == ids["Federal Bureau of Investigation"] == "fbi"
    kinds = dict(zip(linked.entities["entity_id"], linked.entities["kind"]))
    assert (kinds["kcna"], kinds["nato"], kinds["european-union"]) == ("media", "organisation", "organisation")


def test_an_acronym_matches_only_in_capitals():
    assert parse_mention("US").name == "United States"
    assert parse_mention("us").kind == "" and parse_mention("who").kind == ""


def test_titles_move_to_role_and_the_person_keeps_the_name():
    linked, ids = _link([("a", "North Korean leader Kim Jong-un"), ("b", "Kim Jong-un"),
                         ("c", "Deputy Prime Minister Marat Khusnullin"),
                         ("d", "the Russian ambassador to North Korea, Alexander Matsegora"), ("d", "Matsegora")])
    rows = linked.entities.set_index("entity_id")
    assert ids["North Korean leader Kim Jong-un"] == ids["Kim Jong-un"] == "kim-jong-un"
    assert rows.loc["kim-jong-un", ["name", "kind", "role"]].tolist() == ["Kim Jong-un", "person", "North Korean leader"]
    assert rows.loc["marat-khusnullin", "role"] == "Deputy Prime Minister"
    assert ids["Matsegora"] == "alexander-matsegora"
    assert rows.loc["alexander-matsegora", "role"] == "Russian ambassador to North Korea"


def test_two_people_with_the_same_surname_stay_apart_and_a_shared_bare_surname_is_not_given_to_either():
    _, ids = _link([("a", "Kim Jong-un"), ("b", "Kim Yo-jong"), ("c", "Kim")])
    assert ids["Kim Jong-un"] == "kim-jong-un" and ids["Kim Yo-jong"] == "kim-yo-jong"
    assert ids["Kim"] not in ("kim-jong-un", "kim-yo-jong")


def test_a_bare_surname_takes_the_full_name_named_in_its_own_article():
    _, ids = _link([("a", "Kim Jong-un"), ("a", "Kim"), ("b", "Kim Yo-jong")])
    linked = link_entities(_quotes([("a", "Kim Jong-un"), ("a", "Kim"), ("b", "Kim Yo-jong"), ("b", "Kim")]),
                           pd.DataFrame(), pd.DataFrame())
    assert linked.quotes["entity_id"].tolist() == ["kim-jong-un", "kim-jong-un", "kim-yo-jong", "kim-yo-jong"]


def test_trump_and_donald_trump_merge_when_only_one_trump_is_named():
    linked, ids = _link([("a", "Donald Trump"), ("b", "Trump"), ("c", "Mr. Trump"), ("c", "Trump")])
    assert ids["Trump"] == ids["Mr. Trump"] == ids["Donald Trump"] == "donald-trump"
    assert len(linked.entities) == 1
    _, two = _link([("a", "Donald Trump"), ("b", "Ivanka Trump"), ("c", "Trump")])
    assert two["Trump"] not in ("donald-trump", "ivanka-trump")


def test_a_title_of_the_other_sex_keeps_a_surname_from_a_full_name():
    _, ids = _link([("a", "Bill Clinton"), ("a", "Mrs. Clinton")])
    assert ids["Mrs. Clinton"] != ids["Bill Clinton"]


def test_pronouns_descriptions_and_fragments_get_no_entity():
    for text in ("he", "It", "the Russian diplomat", "the president", "relevant data", "This",
                 "a spokeswoman for Hillary Clinton", "Kim's translator", "Vladimir Putin and Kim Jong-un",
                 "(the author)", "rival Hillary Clinton", "predictable - Donald J. Trump", "I've", "the Chinese"):
        assert parse_mention(text).kind == "", text


def test_plural_descriptions_of_people_are_groups():
    _, ids = _link([("a", "Some analysts"), ("b", "analysts"), ("c", "Chinese observers")])
    assert ids["Some analysts"] == ids["analysts"] == "analysts"
    assert parse_mention("Chinese observers").kind == "group"


def test_claims_and_figures_get_entity_ids_from_their_source():
    claims = pd.DataFrame({"article_id": ["a"], "start": [0], "end": [1], "text": ["x"], "source": ["Pyongyang"]})
    figures = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 5], "end": [1, 6], "text": ["1", "2"],
                            "value": [1.0, 2.0], "source": ["the Kremlin", ""]})
    linked = link_entities(_quotes([("a", "North Korea")]), claims, figures)
    assert linked.claims["entity_id"].tolist() == ["north-korea"]
    assert linked.figures["entity_id"].tolist() == ["russia", ""]
    assert list(linked.entities.columns) == columns_for("entities")


def test_the_entities_are_the_same_byte_for_byte_whatever_the_row_order():
    rows = [("a", "North Korean leader Kim Jong-un"), ("b", "Kim"), ("b", "Pyongyang"), ("c", "Donald Trump"),
            ("c", "Trump"), ("d", "Some analysts"), ("e", "Sin Hong-chol"), ("e", "Sin Hong Chol")]
    first = link_entities(_quotes(rows), pd.DataFrame(), pd.DataFrame())
    again = link_entities(_quotes(rows[::-1]), pd.DataFrame(), pd.DataFrame())
    assert format_csv(first.entities) == format_csv(again.entities)
    assert dict(zip(first.quotes["speaker"], first.quotes["entity_id"])) == \
        dict(zip(again.quotes["speaker"], again.quotes["entity_id"]))


def _synthetic(n: int) -> pd.DataFrame:
    # letters only: a digit or an inner capital would make a one-word name read as a brand ("France24")
    surnames = [f"Sur{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}{chr(97 + i // 17576 % 26)}"
                for i in range(n)]
    rows = []
    for i, surname in enumerate(surnames):
        aid = f"{i // 20:05d}"
        rows += [(aid, f"Foreign Minister John {surname}"), (aid, surname), (aid, "Pyongyang")]
    return _quotes(rows)


def test_grouping_is_linear_in_the_number_of_mentions():
    """Ten times the mentions costs about ten times the work, not a hundred (a pairwise comparison would):
    measured as the ratio of two runs' CPU time, with a wide margin, so it fails only on quadratic growth."""
    small, large = _synthetic(1_000), _synthetic(10_000)
    link_entities(small.head(30), pd.DataFrame(), pd.DataFrame())        # lexicons loaded

    def cost(frame):
        start = time.process_time()
        linked = link_entities(frame, pd.DataFrame(), pd.DataFrame())
        return time.process_time() - start, linked

    parse_mention.cache_clear()
    t_small, _ = cost(small)
    parse_mention.cache_clear()
    t_large, linked = cost(large)
    assert len(linked.entities) == 10_000 + 1
    assert t_large < 40 * max(t_small, 0.01)


def test_entity_labels_count_one_actor_once():
    linked, _ = _link([("a", "Pyongyang"), ("b", "North Korea"), ("c", "he")])
    labels = entity_labels(linked.quotes, "speaker", linked.entities)
    assert labels["label"].tolist() == ["North Korea", "North Korea", "unnamed / described sources"]
    assert labels["key"].nunique() == 2


def test_descriptions_naming_no_entity_are_one_described_voice_not_voices_of_their_own():
    linked, ids = _link([("a", "a statement"), ("a", "far-right free market"), ("b", "the Russian diplomat"),
                         ("b", "Vladimir Putin")])
    assert ids["a statement"] == ids["the Russian diplomat"] == ""
    labels = entity_labels(linked.quotes, "speaker", linked.entities)
    assert labels["label"].tolist() == ["unnamed / described sources"] * 3 + ["Vladimir Putin"]
    assert labels["key"].nunique() == 2
    # one row per quotation: the description as written, still under the one key
    own = entity_labels(linked.quotes, "speaker", linked.entities, described=None)
    assert own["label"].tolist()[:3] == ["a statement", "far-right free market", "the Russian diplomat"]
    assert own["key"].nunique() == 2
    # a table from an older build (no entities): each text is its own voice, as before
    assert entity_labels(linked.quotes, "speaker")["key"].nunique() == 4


@pytest.fixture(scope="module")
def seed_tables():
    return extract(load_corpus(config.SEEDS_DIR))


def test_extract_writes_entities_and_their_ids_point_into_it(seed_tables):
    ids = set(seed_tables.entities["entity_id"])
    assert seed_tables.entities["entity_id"].is_unique
    for table in (seed_tables.quotes, seed_tables.claims, seed_tables.figures):
        assert set(table["entity_id"]) - {""} <= ids


def test_seed_entities_look_right(seed_tables):
    rows = seed_tables.entities.set_index("entity_id")
    assert rows.loc["north-korea", "kind"] == "state" and "Pyongyang" in rows.loc["north-korea", "aliases"]
    assert rows.loc["russia", "kind"] == "state" and "Moscow" in rows.loc["russia", "aliases"]
    assert rows.loc["kim-jong-un", "role"] == "North Korean leader"
    assert rows.loc["marat-khusnullin", "role"] == "Deputy Prime Minister"
    assert "Matsegora" in rows.loc["alexander-matsegora", "aliases"].split("; ")
    assert not rows["name"].str.fullmatch(r"(?i)(it|he|she|they|this|the|hence|I)").any()


def test_a_surname_with_another_title_keeps_apart_and_a_name_particle_stays_in_the_name():
    _, ids = _link([("a", "Charlotte Mayor Jennifer Roberts"), ("a", "Chief Justice Roberts"),
                    ("b", "Mayor Bill de Blasio"), ("c", "De Blasio")])
    assert ids["Chief Justice Roberts"] != ids["Charlotte Mayor Jennifer Roberts"] == "jennifer-roberts"
    assert ids["De Blasio"] == ids["Mayor Bill de Blasio"] == "bill-de-blasio"


def test_a_people_named_by_a_plural_demonym_is_a_group_and_words_without_a_title_are_no_role():
    mexicans = parse_mention("Many Mexicans")
    assert (mexicans.kind, mexicans.key, mexicans.name) == ("group", "mexicans", "Mexicans")
    assert parse_mention("exit polls, Mitt Romney").role == ""


def test_tables_made_without_entities_build_them_as_dask_extraction_does(seed_tables):
    from analysis.extract import Tables

    names = ("articles", "sentences", "quotes", "claims", "figures", "dates", "skips")
    blank = {n: getattr(seed_tables, n).assign(entity_id="") if n in ("quotes", "claims", "figures")
             else getattr(seed_tables, n) for n in names}
    rebuilt = Tables(**blank)
    assert format_csv(rebuilt.entities) == format_csv(seed_tables.entities)
    assert rebuilt.quotes["entity_id"].tolist() == seed_tables.quotes["entity_id"].tolist()


def test_a_title_after_an_honorific_or_a_given_name_is_a_surname_and_a_verb_alone_is_no_one():
    _, ids = _link([("a", "Charlie King"), ("a", "Mr. King"), ("b", "Jon Husted"), ("b", "Husted"), ("c", "Asked"),
                    ("d", "Secretary of State John F. Kerry")])
    assert ids["Mr. King"] == ids["Charlie King"] == "charlie-king"
    assert ids["Husted"] == "jon-husted" and ids["Asked"] == ""
    assert ids["Secretary of State John F. Kerry"] == "john-f-kerry"


def test_bodies_named_with_lower_case_words_are_organisations():
    assert parse_mention("the Obama administration").name == "Obama administration"
    assert parse_mention("The nonpartisan Commission on Presidential Debates").kind == "organisation"


def test_the_voices_chart_and_the_bottom_line_count_one_actor_once():
    from analysis import charts
    from analysis.report import sections

    linked, _ = _link([("a", "Pyongyang"), ("a", "North Korea"), ("b", "the DPRK"), ("b", "Donald Trump"),
                       ("c", "Trump")])
    quotes = linked.quotes.assign(kind="speech")
    claims = pd.DataFrame({"article_id": ["a"], "source": ["N. Korea"]})
    claims = link_entities(quotes, claims, pd.DataFrame()).claims
    fig = charts.chart_speakers(quotes, claims, entities=linked.entities)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert sorted(labels) == ["Donald Trump", "North Korea"]
    data = type("Data", (), {"quotes": quotes, "entities": linked.entities})()
    most = {p["item"]: p["count"] for p in sections._voice_points(data) if p.get("topic") == "most quoted"}
    assert most == {"North Korea": 3, "Donald Trump": 2}


def test_the_bottom_line_never_names_unnamed_sources_among_the_most_quoted():
    from analysis.report import sections

    linked, _ = _link([("a", "a statement"), ("a", "a statement"), ("b", "the official"), ("b", "the official"),
                       ("c", "Donald Trump")])
    quotes = linked.quotes.assign(kind="speech")
    data = type("Data", (), {"quotes": quotes, "entities": linked.entities})()
    points = sections._voice_points(data)
    most = {p["item"]: p["count"] for p in points if p.get("topic") == "most quoted"}
    assert most == {"Donald Trump": 1}
    assert {p["topic"]: p["count"] for p in points if p.get("topic") == "with speaker"} == {"with speaker": 5}


def test_a_lone_plural_or_participle_is_no_one_unless_it_is_a_known_surname():
    _, ids = _link([("a", "Delegates"), ("a", "Regardless"), ("b", "Bernie Sanders"), ("c", "Sanders")])
    assert ids["Delegates"] == ids["Regardless"] == ""
    assert ids["Sanders"] == "bernie-sanders"


def test_the_alias_file_is_well_formed_and_names_its_source():
    from analysis.lexicons import LEXICON_DIR, load_table

    head = (LEXICON_DIR / "entity_aliases.tsv").read_text(encoding="utf-8").split("\n", 20)[:20]
    assert any(line.startswith("# Source:") for line in head)
    assert any("White House" in line for line in head), "the White House decision is stated in the file"
    target: dict[str, str] = {}
    for row in load_table("entity_aliases.tsv"):
        assert len(row) == 4, row
        alias, name, kind, relation = row
        assert kind in ("state", "organisation", "media", "group"), row
        assert relation in ("name", "short", "abbreviation", "capital", "seat", "government", "demonym", "former"), row
        assert target.setdefault(alias.casefold(), name) == name, f"{alias} names two entities"


@pytest.mark.parametrize("mention, name, role", [
    ("Chief Secretary of the Cabinet of Ministers of Japan Yoshimasa Hayashi", "Yoshimasa Hayashi",
     "Chief Secretary of the Cabinet of Ministers of Japan"),
    ("the Minister of Foreign Affairs of Russia Sergei Lavrov", "Sergei Lavrov", "Minister of Foreign Affairs of Russia"),
    ("Minister of Defense Andrei Belousov", "Andrei Belousov", "Minister of Defense"),
    ("Bernie Sanders of Vermont", "Bernie Sanders", ""),
    ("Smith running mate Gov. John Harlan of Nevada", "John Harlan", "Gov"),
    ("Catherine Colonna following a meeting with Minister Choe Son Hui", "Catherine Colonna", ""),
])
def test_the_words_of_an_office_after_of_are_not_the_person(mention, name, role):
    parsed = parse_mention(mention)
    assert (parsed.kind, parsed.name, parsed.role) == ("person", name, role)


@pytest.mark.parametrize("mention, kind", [
    ("ArcelorMittal", "organisation"), ("Gazeta.Ru", "organisation"), ("France24", "organisation"),
    ("CoreLogic", "organisation"), ("McDonald", "person"), ("DeSantis", "person"), ("MacArthur", "person"),
])
def test_a_single_word_written_as_a_brand_or_site_is_no_person(mention, kind):
    assert parse_mention(mention).kind == kind


def test_a_name_after_a_noun_of_a_body_or_an_outlet_is_that_body():
    assert (parse_mention("cybersecurity company CrowdStrike").kind, parse_mention("cybersecurity company CrowdStrike")
            .name) == ("organisation", "CrowdStrike")
    assert (parse_mention("flight-tracking website FlightAware").kind,
            parse_mention("state news agency KCNA").kind, parse_mention("Japanese television network NHK").kind) \
        == ("media", "media", "media")


def test_an_office_at_a_body_with_no_name_is_no_actor_but_a_named_holder_is_the_person():
    assert parse_mention("The CEO of cybersecurity company CrowdStrike").kind == ""
    p = parse_mention("Director of National Intelligence Avril Haines")
    assert (p.kind, p.name, p.role) == ("person", "Avril Haines", "Director of National Intelligence")
    p = parse_mention("Colombian left-wing leader Petro")       # a hyphenated adjective is no participle
    assert (p.kind, p.name, p.role) == ("person", "Petro", "Colombian left-wing leader")
    assert parse_mention("a spokeswoman for Hillary Clinton").kind == ""


def test_an_acronym_joins_the_one_body_whose_initials_it_spells():
    linked, ids = _link([("a", "the FAA"), ("a", "The Federal Aviation Administration"), ("b", "the ICJ"),
                         ("b", "The International Court of Justice"), ("c", "the AA"), ("c", "the Automobile Association"),
                         ("c", "American Airlines")])
    assert ids["the FAA"] == ids["The Federal Aviation Administration"] == "federal-aviation-administration"
    assert ids["the ICJ"] == ids["The International Court of Justice"]
    assert ids["the AA"] not in (ids["the Automobile Association"], ids["American Airlines"])   # two bodies spell it
