"""One sentence read alone: contrasts, position labels and attribution.

The cases live in tests/data/views_cases.json (one parametrised test runs them); adding a
case means adding a line there.  Property tests check that no text crashes the reading.
"""
from __future__ import annotations

import json

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st
import pytest

from analysis import split_sentences
from analysis.views import article_positions, attribute_sentence, detect_contrast, label_position, theme_sentences

from ..conftest import DATA

CASES = json.loads((DATA / "views_cases.json").read_text(encoding="utf-8"))


def _param(kind: str, case: dict):
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
    return pytest.param(kind, case, id=f"{kind}-{case['name']}", marks=marks)


SENTENCE_CASES = [_param(kind, case) for kind in ("contrast", "position", "attribution") for case in CASES[kind]]


@pytest.mark.parametrize("kind, case", SENTENCE_CASES)
def test_sentence_case(kind, case):
    text = case["text"]
    if kind == "contrast":
        found = detect_contrast(text)
        assert (tuple(found) if found else None) == (tuple(case["expect"]) if case["expect"] else None)
    elif kind == "position":
        assert label_position(text, theme=case["theme"]) == case["expect"]
    else:
        assert list(attribute_sentence(text, context=case.get("context", ""))) == case["expect"]


@given(st.text(max_size=400))
def test_views_never_crash_and_spans_hold(text):
    sentences = pd.DataFrame([s.to_row() for s in split_sentences(text, article_id="x")],
                             columns=["article_id", "sentence_id", "start", "end", "text", "paragraph"])
    rows = theme_sentences({"sentences": sentences})
    for r in rows.itertuples():
        assert text[r.start:r.end] == r.text
        if r.position:
            assert text[r.position_start:r.position_end] == r.position_text
    article_positions({"sentences": sentences}, theme_rows=rows)
    detect_contrast(text)
    attribute_sentence(text)


@given(st.lists(st.sampled_from(["alliance", "not", "but", "rather", "than", "more", "likely", "although", ",",
                                 "partnership", "China", "Moscow", "analysts", "argue", "a", "the", "."]), max_size=40))
def test_contrast_detection_never_crashes_on_word_salad(words):
    text = " ".join(words)
    found = detect_contrast(text)
    if found:
        assert found.preferred and found.rejected
    label_position(text, theme="relationship framing")


@pytest.mark.parametrize("text, theme", [
    # a breach of international law at large is not a breach of the sanctions
    ("The resolution stressed that they should be held accountable for war crimes and violations of international law "
     "committed by Russia and its allies, including North Korea.", "sanctions and the UN"),
    ("Russia and North Korea think nothing of violating international law.", "sanctions and the UN"),
    # an evasion a measure is taken to prevent is no breach stated
    ("Imports of aluminum from Belarus will also be banned to prevent sanctions evasion by Russia.", "sanctions and the UN"),
    # a shortfall laid at a third party's door is not the ties' limit
    ("Russia and North Korea kept talking. No tangible action on the part of Washington has followed.",
     "durability and outlook"),
    # unqualified trilateral security cooperation is the US allies' framework, not China aligning with the two
    ("The Russia-North Korea pact is also galvanizing closer trilateral security cooperation and support for Ukraine.",
     "China's role"),
])
def test_a_word_of_another_law_party_or_grouping_takes_no_label(text, theme):
    assert label_position(text, theme=theme) == ""


@pytest.mark.parametrize("text, theme, expect", [
    ("Russia helped North Korea in violation of international law and UN Security Council resolutions.",
     "sanctions and the UN", "violated"),
    ("Moscow has been accused of circumventing international sanctions to help Pyongyang.", "sanctions and the UN",
     "violated"),
    ("Little of substance came out of the Russia-North Korea summit.", "durability and outlook", "limited"),
    ("A trilateral security partnership between China, Russia and North Korea is emerging.", "China's role",
     "China aligned"),
])
def test_the_same_words_about_the_sanctions_the_ties_or_china_keep_their_label(text, theme, expect):
    assert label_position(text, theme=theme) == expect


@pytest.mark.parametrize("text, expect", [
    # a government's standing claim in the present "says", opening the sentence, is an allegation
    ("South Korea says that since the summit, North Korea has sent Russia more than a million artillery shells.", "alleged"),
    ("Seoul and Washington say it's proven that North Korea has delivered millions of artillery rounds to Russia.", "alleged"),
    # an official's account of an event stays a statement of the support
    ("The Pentagon said earlier this week that nearly 11,000 North Korean troops have moved into Russia's Kursk region.",
     "confirmed"),
])
def test_a_government_s_present_says_of_a_supply_reads_as_alleged(text, expect):
    assert label_position(text, theme="military support") == expect


@pytest.mark.parametrize("text", [
    "North Korea's support for Russia's special operation shows the common interest and determination to counter the "
    "policy of the collective West, Putin concluded.",
    "In response to pressure from the collective West, Moscow and Pyongyang are ready to join their hands.",
])
def test_the_collective_west_countered_or_pressing_is_a_common_adversary(text):
    assert label_position(text, theme="the US and the West") == "common adversary"


def test_the_collective_west_merely_compared_takes_no_label():
    text = "Moscow produces artillery shells three times faster than the collective West does."
    assert label_position(text, theme="the US and the West") == ""


@pytest.mark.parametrize("text", [
    "The cooperation between Russia and North Korea is likely to upgrade, with both sides gaining something.",
    "Russia and North Korea will upgrade their ties to a comprehensive strategic partnership.",
])
def test_ties_forecast_to_upgrade_read_as_deepening(text):
    assert label_position(text, theme="durability and outlook") == "deepening"


def test_a_combat_comradeship_forged_in_blood_confirms_the_support():
    text = ("Today, the traditional goodwill between North Korea and Russia has become even more solidified through the "
            "combat comradeship established by the blood of the soldiers of the two countries.")
    assert label_position(text, theme="military support") == "confirmed"


def test_a_combat_brotherhood_of_history_without_blood_forged_takes_no_label():
    text = ("This historical experience of the combat brotherhood serves as a reliable support for the further development "
            "of relations between Russia and North Korea.")
    assert label_position(text, theme="military support") == ""


# --------------------------------------------------------------------------- another pair's sentence
def _article(*texts: str) -> dict:
    return {"sentences": pd.DataFrame({
        "article_id": ["a"] * len(texts), "sentence_id": range(len(texts)),
        "start": [0] * len(texts), "end": [len(t) for t in texts], "text": list(texts), "paragraph": [0] * len(texts)})}


_LEAD = ("Russia and North Korea signed a new treaty in Pyongyang this week.",
         "North Korea has sent troops to fight for Russia, officials say.")


def _held(rows: pd.DataFrame, sentence_id: int, theme: str) -> str:
    got = rows[(rows.sentence_id == sentence_id) & (rows.theme == theme)]
    return "" if got.empty else got.position.iloc[0]


@pytest.mark.parametrize("text", [
    "Due to the crisis on the Korean Peninsula in 2016-2017, China and Russia drew closer on Korean affairs and became "
    "united in opposition to the US policy of pressure and threats.",
    "Beijing and Moscow became united in opposition to the US policy of pressure.",
])
def test_a_sentence_naming_the_subject_only_inside_another_pair_takes_no_position_on_the_pair_s_themes(text):
    rows = theme_sentences(_article(*_LEAD, text))
    assert _held(rows, 2, "the US and the West") == ""


def test_a_sentence_naming_both_of_the_subject_beside_another_actor_keeps_its_position():
    # "North Korea-China-Russia": a triangle holds the subject's pair; and the other actor's own theme reads its pairs
    rows = theme_sentences(_article(*_LEAD, "North Korea and Russia became united in opposition to the US policy of "
                                            "pressure, and China and Russia too."))
    assert _held(rows, 2, "the US and the West") == "common adversary"


def test_a_sentence_naming_the_subject_apart_from_a_pair_keeps_its_position():
    rows = theme_sentences(_article(*_LEAD, "Russia, like China, became united in opposition to the US policy of "
                                            "pressure."))
    assert _held(rows, 2, "the US and the West") == "common adversary"


def test_a_bare_the_alliance_naming_again_another_pairs_alliance_takes_no_label():
    rows = theme_sentences(_article(*_LEAD, "Vladimir Putin confirmed that China and Russia have forged a multidimensional "
                                            "alliance in economics, politics, and defense.",
                                    "We must therefore attempt to assess the new alliance’s significance for Australia."))
    assert _held(rows, 3, "relationship framing") == ""


def test_a_bare_the_alliance_naming_again_the_pairs_own_alliance_keeps_its_label():
    rows = theme_sentences(_article(*_LEAD, "Russia and North Korea have formed an alliance in all but name.",
                                    "Analysts now assess the new alliance’s significance for the region."))
    assert _held(rows, 3, "relationship framing") == "alliance"


@pytest.mark.parametrize("earlier", [
    "Could Russia and North Korea form an alliance?",
    "If Russia and North Korea formed an alliance, Seoul would respond.",
])
def test_a_bare_the_alliance_after_the_pairs_own_alliance_rejected_as_a_question_or_condition_keeps_its_label(earlier):
    # only a mention rejected as another actor's makes the anaphor another pair's
    rows = theme_sentences(_article(*_LEAD, earlier, "Many analysts now think the new alliance has already formed."))
    assert _held(rows, 3, "relationship framing") == "alliance"


def test_a_bare_the_alliance_after_another_pairs_alliance_asked_about_takes_no_label():
    rows = theme_sentences(_article(*_LEAD, "Will China and Iran form an alliance?",
                                    "Many analysts now think the new alliance has already formed."))
    assert _held(rows, 3, "relationship framing") == ""


def test_sino_names_china_in_a_compound():
    rows = theme_sentences(_article(*_LEAD, "The Sino–Russian alliance and what it means for Australia"))
    assert _held(rows, 2, "relationship framing") == ""


def test_both_sides_after_another_pair_takes_no_label():
    rows = theme_sentences(_article(*_LEAD, "China and the DPRK are friendly neighbors connected by mountains and rivers.",
                                    "Both sides are working to deepen exchanges and cooperation across the board."))
    assert _held(rows, 3, "durability and outlook") == ""


def test_both_sides_after_the_pair_itself_keeps_its_label():
    rows = theme_sentences(_article(*_LEAD, "Russia and North Korea are friendly neighbors connected by a river.",
                                    "Both sides are working to deepen exchanges and cooperation across the board."))
    assert _held(rows, 3, "durability and outlook") == "deepening"


def test_military_cooperation_grown_is_no_fallback_partnership():
    rows = theme_sentences(_article(*_LEAD, "The European Union strongly condemns the deepening military cooperation and arms "
                                            "transfers between the DPRK and Russia."))
    assert _held(rows, 2, "relationship framing") == ""


def test_ties_grown_are_still_a_fallback_partnership():
    rows = theme_sentences(_article(*_LEAD, "The European Union notes the deepening cooperation between the DPRK and Russia."))
    assert _held(rows, 2, "relationship framing") == "partnership"



@pytest.mark.parametrize("text", [
    "Russia has strengthened diplomatic and military ties with North Korea since its invasion of Ukraine in February 2022.",
    "Russia and North Korea have sharply expanded military and other ties in recent years.",
])
def test_ties_of_two_kinds_grown_read_as_deepening(text):
    assert label_position(text, theme="durability and outlook") == "deepening"


def test_an_and_before_another_party_still_ends_the_ties_grown():
    assert label_position("Russia has strengthened its economy and ties with China.", theme="durability and outlook") == ""


def test_the_arrival_of_north_korean_soldiers_named_as_a_fact_confirms_the_support():
    text = ("While the arrival of North Korean soldiers in Europe is unprecedented, some analysts believe that the contingent "
            "may not alter the war.")
    assert label_position(text, theme="military support") == "confirmed"
    assert label_position("Analysts discussed the possible arrival of North Korean soldiers in Europe.",
                          theme="military support") != "confirmed"


@pytest.mark.parametrize("text", [
    "Kim promised Putin full support in his “sacred fight” against the West and its “imperialism”.",
    "State media reported on Thursday that the two nations pledged mutual defense against the U.S.",
    "The war in Ukraine is drawing two of America’s biggest adversaries, Russia and North Korea, closer together.",
])
def test_a_fight_or_a_defence_against_the_west_or_americas_adversaries_is_a_common_adversary(text):
    assert label_position(text, theme="the US and the West") == "common adversary"


def test_an_air_defence_against_drones_is_no_common_adversary():
    assert label_position("North Korea helped Russia build an air defense against drones near Kursk, the US said.",
                          theme="the US and the West") == ""


def test_the_peace_of_a_named_ally_threatened_puts_the_sentence_on_the_west_theme():
    text = ("“Such a deal between Russia and the DPRK will be a direct provocation threatening the peace and security of not "
            "only Ukraine but also the Republic of Korea,” he said.")
    assert label_position(text, theme="the US and the West") == "threat to the West"


def test_a_call_on_north_korea_whose_clause_names_the_two_countries_keeps_the_threat():
    text = ("While urging North Korea to immediately withdraw its troops, Yoon argued that the military cooperation between "
            "the two countries fundamentally undermines the rules-based international order and threatens peace on the "
            "Korean Peninsula and around the world.")
    assert label_position(text, theme="the US and the West") == "threat to the West"
    alone = ("The EU urges the DPRK to cease its launches, which undermine international peace and security on the Korean "
             "Peninsula.")
    assert label_position(alone, theme="the US and the West") == ""


def test_a_growing_closeness_or_intimacy_of_the_two_reads_as_deepening():
    assert label_position("The new defense treaty demonstrates a growing closeness between Russia and North Korea.",
                          theme="durability and outlook") == "deepening"
    assert label_position("Such a shift would slow the growing intimacy between North Korea and Russia.",
                          theme="durability and outlook") == ""


def test_a_violation_of_international_law_whose_apposition_names_the_resolutions_violates_them():
    text = ("Such illegal military cooperation between Russia and North Korea is a gross violation of international law, in "
            "particular, the UN Charter and relevant UN Security Council resolutions.")
    assert label_position(text, theme="sanctions and the UN") == "violated"
    assert label_position("Russia and North Korea think nothing of violating international law, the sanctions aside.",
                          theme="sanctions and the UN") != "violated"


def test_arms_traded_put_the_sentence_on_the_support_theme():
    text = ("Kim was clinking champagne glasses with Putin, amid speculation that North Korea would be trading desperately "
            "needed weaponry to Moscow in return for missile technology.")
    assert label_position(text, theme="military support") == "speculative"


@pytest.mark.parametrize("text", [
    "Eom predicts that the North Korea-Russia relationship will be influenced by the outcomes of U.S.-North Korea "
    "interactions under Trump.",
    "Amid stalled U.S.-North Korea diplomacy, Kim Jong Un has significantly strengthened ties with Vladimir Putin.",
])
def test_a_us_north_korea_compound_of_contact_is_a_negotiating_counterpart(text):
    assert label_position(text, theme="the US and the West") == "negotiating counterpart"


@pytest.mark.parametrize("text, holder", [
    ("As reported by Interfax, Pyongyang could send more engineers to Russia.", "Interfax"),
    ("Pyongyang has sent engineers to Russia, as noted by the Japanese defence ministry.", "Japanese defence ministry"),
])
def test_a_source_after_as_reported_by_holds_the_sentence(text, holder):
    from analysis.views import attribute_sentence
    attributed, who = attribute_sentence(text)
    assert attributed and who == holder
