"""Issue 12: a label counts only when the sentence holds it (its actor, not negated, not
hypothetical, not a question), and an article with weak or split evidence takes no position.

The cases live in tests/views/data/stance_cases.json; adding a case means adding a line there.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import extract, load_corpus
from analysis.views import NO_CLEAR_POSITION, POSITION_COLUMNS, article_positions, label_position

from ..conftest import write_corpus
from .conftest import lone_sentence_codebook

CASES = json.loads((Path(__file__).parent / "data" / "stance_cases.json").read_text(encoding="utf-8"))


def _param(case: dict):
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
    return pytest.param(case, id=case["name"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES["sentence"]])
def test_sentence_holds_only_its_own_position(case):
    found = label_position(case["text"], theme=case["theme"])
    assert found == case["expect"]
    if "not" in case:
        assert found != case["not"]


@pytest.mark.parametrize("case", [_param(c) for c in CASES["article"]])
def test_article_position(case, tmp_path):
    tables = extract(load_corpus(write_corpus(tmp_path / "c", {"a.txt": case["text"]})), families=())
    positions = article_positions(tables, lone_sentence_codebook())     # the gates, not the two-sentence rule
    assert list(positions.columns) == POSITION_COLUMNS
    row = positions[positions["theme"] == case["theme"]]
    position = row["position"].iloc[0] if len(row) else ""
    assert position == case["expect"]
    if "stance" in case:
        assert row["stance"].iloc[0] == case["stance"]
        for label in case.get("competing", ()):
            assert label in row["competing"].iloc[0]
        assert 0 <= row["confidence"].iloc[0] < 1


def test_confidence_grows_with_agreeing_evidence(tmp_path):
    one = "Russia and North Korea are now in an alliance.\n"
    three = one + "\nThe alliance of Moscow and Pyongyang is real.\n\nRussia and North Korea signed a mutual defence treaty.\n"
    folder = write_corpus(tmp_path / "c", {"one.txt": one, "three.txt": three})
    positions = article_positions(extract(load_corpus(folder), families=()), lone_sentence_codebook())
    framing = positions[positions["theme"] == "relationship framing"].set_index("article_id")
    assert framing.loc["one", "position"] == framing.loc["three", "position"] == "alliance"
    assert framing.loc["one", "confidence"] < framing.loc["three", "confidence"]
    assert NO_CLEAR_POSITION not in framing["stance"].tolist()


def test_a_modal_sets_aside_what_may_happen_to_a_presupposed_relation_not_the_relation():
    # "Russia's alliance with N. Korea": a definite relation of the pair, its existence presupposed; the modal governs
    # what the ceasefire may do to it. A relation the modal itself brings about stays hypothetical.
    assert label_position("Ukraine ceasefire could leave Russia's alliance with N. Korea in the backseat",
                          theme="relationship framing") == "alliance"
    assert label_position("Russia and North Korea could form an alliance against the West",
                          theme="relationship framing") != "alliance"


def test_a_relation_not_yet_there_is_not_presupposed_by_the_possessive():
    # "would-be", "proposed", "possible" between the possessive and the noun: the relation may never exist, so the modal
    # still sets it aside
    for text in ("Moscow's would-be alliance with Pyongyang may never materialise.",
                 "The ceasefire could end Moscow's proposed alliance with Pyongyang.",
                 "The ceasefire could end Russia's possible future alliance with North Korea."):
        assert label_position(text, theme="relationship framing") != "alliance", text


@pytest.mark.parametrize("text", [
    "According to the deputy minister, it is difficult to predict how the project will develop considering that "
    "Pyongyang is restricted by international sanctions with Russia.",
    "No one can predict whether ties between Russia and North Korea will deepen.",
])
def test_a_question_a_forecast_embeds_is_no_deepening(text):
    assert label_position(text, theme="durability and outlook") != "deepening"


def test_a_forecast_of_growing_ties_still_reads_as_deepening():
    assert label_position("Experts expect that relations between Russia and North Korea will develop further.",
                          theme="durability and outlook") == "deepening"


@pytest.mark.parametrize("text", [
    "The acknowledgment by Russia and the DPRK of the participation of North Korean military personnel in hostilities "
    "on the side of the Russian Federation underscores the unreliability of both regimes.",
    "The involvement of North Korean troops in combat in Russia's Kursk region has changed the course of the war.",
])
def test_the_participation_of_north_korean_forces_in_the_fighting_confirms_the_support(text):
    assert label_position(text, theme="military support") == "confirmed"


def test_the_possible_involvement_of_north_korean_soldiers_is_not_confirmed():
    assert label_position("Tokyo will monitor the possible involvement of North Korean soldiers in combat on the side "
                          "of Russia.", theme="military support") != "confirmed"


@pytest.mark.parametrize("text", [
    "The MFA said the participation of the DPRK in Russia's aggression against Ukraine threatens not only the security "
    "of Europe, but also of the Indo-Pacific region.",
    "Yoon argued that the military cooperation between Russia and North Korea threatens peace on the Korean Peninsula "
    "and around the world.",
])
def test_the_ties_threatening_the_peace_of_a_region_are_a_threat_to_the_west(text):
    assert label_position(text, theme="the US and the West") == "threat to the West"


@pytest.mark.parametrize("text", [
    "Russia is an important and generally friendly neighbor as well as a great power with a veto at the UN Security "
    "Council (UNSC).",
    "Unless the United States, which holds veto power in the UNSC, changes course, sanctions on North Korea stay.",
])
def test_a_veto_held_is_no_shielding(text):
    assert label_position(text, theme="sanctions and the UN") != "Russia shields"


def test_a_veto_cast_still_shields():
    assert label_position("In response, this spring Russia used its veto power to deny an extension of the panel's "
                          "term on North Korea sanctions.", theme="sanctions and the UN") == "Russia shields"


@pytest.mark.parametrize("verb", ["skirt", "sidestep", "circumvent"])
def test_ties_that_let_north_korea_sidestep_the_sanctions_violate_them(verb):
    text = f"Its ties with Russia have allowed North Korea to {verb} tough international sanctions."
    assert label_position(text, theme="sanctions and the UN") == "violated"


@pytest.mark.parametrize("text", [
    "After Kim visited the Russian-Korean House of Friendship, his train departed for Vladivostok.",
    "The bridge is set to replace the aging \"Friendship Bridge,\" a rail link between Russia and North Korea established in 1959.",
])
def test_a_label_word_inside_a_name_is_no_framing(text):
    assert label_position(text, theme="relationship framing") == ""


def test_friendship_outside_a_name_still_frames_the_ties():
    assert label_position("Kim praised the friendship between North Korea and Russia.",
                          theme="relationship framing") == "friendship"


@pytest.mark.parametrize("text", [
    "North Korea recognized the Donetsk and Luhansk republics, joining Russia and its close ally Syria as the only governments to do so.",
    "Imports of aluminum from Belarus, a Russian ally, will also be banned to prevent sanctions evasion by Russia and North Korea.",
    "Russia and North Korea's satellite is extremely worrying not only for Seoul, but also for its ally in the face of the United States.",
])
def test_an_ally_of_another_actor_is_no_alliance_of_the_two(text):
    assert label_position(text, theme="relationship framing") == ""


def test_north_korea_as_russias_ally_is_still_an_alliance():
    assert label_position("North Korea, one of the world's most insular nations, has become a key Russian ally.",
                          theme="relationship framing") == "alliance"
    assert label_position("Russia is buying shells from its old ally North Korea.", theme="relationship framing") == "alliance"


@pytest.mark.parametrize("text", [
    "But Kyiv also knows that in a grinding war of attrition, anything that replenishes Russia’s arsenal is bad news, "
    "especially as western states continue to drag their heels over deliveries of vital weapons and ammunition.",
    "The collective west has supplied some 13,000 mercenaries to Ukraine, while North Korean troops train in Russia.",
    "A reconnaissance satellite was sent into orbit in North Korea using a ballistic missile, with Russian help.",
])
def test_another_suppliers_arms_or_a_launch_is_no_north_korean_supply(text):
    assert label_position(text, theme="military support") != "confirmed"


def test_kim_or_his_regime_between_the_us_and_the_supply_still_confirms():
    text = "US officials said Kim Jong Un's regime has supplied more than a million artillery shells."
    assert label_position(text, theme="military support") == "confirmed"


def test_a_condemned_transfer_from_north_korea_to_russia_still_confirms():
    text = "The US and fifty countries in a joint statement strongly condemned the transfer of missiles from North Korea to Russia."
    assert label_position(text, theme="military support") == "confirmed"


def test_one_of_the_few_things_a_regime_has_is_no_limited_trade():
    text = "Russia came to need munitions, one of the few things North Korea's regime has in abundance."
    assert label_position(text, theme="trade and economy") != "limited"
    assert label_position("There are very few things North Korea can sell to Russia.", theme="trade and economy") == "limited"


def test_a_documents_uncertain_details_are_no_uncertain_outlook():
    text = ("The text of the treaty between Russia and North Korea has yet to be released, so the details are uncertain, "
            "but it is said to include a mutual defense provision.")
    assert label_position(text, theme="durability and outlook") != "uncertain"
    assert label_position("The future of ties between Russia and North Korea is uncertain.",
                          theme="durability and outlook") == "uncertain"


def test_what_troops_present_could_provide_is_no_speculation_about_the_support():
    text = ("However, the presence of North Korean forces could provide Russia with additional manpower and expertise, "
            "particularly in the use of artillery.")
    assert label_position(text, theme="military support") != "speculative"
    assert label_position("North Korea could provide Russia with additional artillery shells.",
                          theme="military support") == "speculative"


@pytest.mark.parametrize("text", [
    "The South Korean president said last week that his government might consider providing deadly weapons to Kyiv, as North Korea backs Russia.",
    "Yoon said he may consider reviewing his country's ban on supplying lethal arms to Ukraine after North Korea's moves with Russia.",
])
def test_arms_handed_to_ukraine_are_no_north_korean_support(text):
    assert label_position(text, theme="military support") not in ("confirmed", "speculative")


def test_troops_sent_to_ukraines_front_still_confirm():
    assert label_position("North Korea has sent troops to Ukraine's front to fight for Russia.",
                          theme="military support") == "confirmed"


def test_potential_consequences_of_a_condition_are_no_speculative_support():
    text = "Pyongyang was warned of potential consequences if its soldiers fight alongside Russia in the war against Ukraine."
    assert label_position(text, theme="military support") != "speculative"
    assert label_position("Seoul warned of a potential transfer of North Korean weapons to Russia.",
                          theme="military support") == "speculative"


def test_a_sentence_opening_with_a_condition_holds_no_label_even_in_modal_words():
    # the label's own words hold the modal ("would be strengthened"), but the whole sentence is under "If ..."
    text = ("If North Korea actually provides ammunition and other supplies, Russia’s ability to continue fighting "
            "would be strengthened, which could further prolong the invasion.")
    assert label_position(text, theme="durability and outlook") == ""
    assert label_position("With North Korea’s ammunition, Russia’s ability to continue fighting would be strengthened.",
                          theme="durability and outlook") == "deepening"


@pytest.mark.parametrize("text, theme, expect", [
    ("If anything, Russia and North Korea are now in an alliance.", "relationship framing", "alliance"),
    ("If nothing else, the summit showed that Russia and North Korea have deepened their cooperation.",
     "durability and outlook", "deepening"),
    ("If anything, the ties between Russia and North Korea have deepened since the summit.", "durability and outlook",
     "deepening"),
])
def test_if_anything_or_if_nothing_else_is_no_condition(text, theme, expect):
    assert label_position(text, theme=theme) == expect


def test_if_so_and_a_modal_after_if_anything_still_set_the_label_aside():
    # "If so" puts the sentence under the case the sentence before raised: still a condition
    assert label_position("If so, Russia and North Korea are now in an alliance.", theme="relationship framing") == ""
    assert label_position("If anything, Russia and North Korea could form an alliance.", theme="relationship framing") == ""


def test_a_label_the_sentence_says_will_not_last_or_is_a_myth_is_not_held():
    assert label_position("The China-Russia-North Korea triangle looks unlikely to last",
                          theme="China's role") == ""
    assert label_position("The China-Russia-North Korea triangle is gaining strength.", theme="China's role") \
        == "China aligned"


@pytest.mark.parametrize("text", [
    "The notion that Russia and North Korea are allies is a myth.",
    "The notion that Russia and North Korea have formed an alliance has been debunked by experts.",
    "The idea that Russia and North Korea have formed an alliance is widely seen as mistaken.",
])
def test_a_notion_the_sentence_dismisses_holds_no_label(text):
    assert label_position(text, theme="relationship framing") == ""


def test_a_notion_the_sentence_endorses_still_holds_its_label():
    # the proposition's predicate confirms it: the notion rule keeps only dismissals
    for text in ("The idea that Russia and North Korea have deepened their cooperation is beyond doubt.",
                 "The belief that Russia and North Korea have deepened their cooperation has been confirmed by satellite "
                 "images."):
        assert label_position(text, theme="durability and outlook") == "deepening", text
    assert label_position("The idea that Russia and North Korea have formed an alliance is now accepted in Washington.",
                          theme="relationship framing") == "alliance"
    assert label_position("There is speculation that North Korea will provide weapons to Russia.",
                          theme="military support") == "speculative"


@pytest.mark.parametrize("text, theme, expect", [
    ("Russia and North Korea deepened cooperation as Western unity is a myth.", "durability and outlook", "deepening"),
    ("Russia and North Korea deepened their cooperation as the sanctions are doomed.", "durability and outlook",
     "deepening"),
    ("The China-Russia-North Korea triangle means Western hopes are doomed.", "China's role", "China aligned"),
    ("Talk of an alliance between Russia and North Korea grew as analysts said the sanctions were overblown.",
     "relationship framing", "alliance"),
])
def test_a_doubt_of_another_clause_does_not_reject_the_label(text, theme, expect):
    # the doubt's subject is not the label's phrase: "as Western unity is a myth" doubts the unity, not the cooperation
    assert label_position(text, theme=theme) == expect


def test_a_doubt_whose_subject_is_the_labels_phrase_still_rejects_it():
    assert label_position("The alliance between Russia and North Korea is a myth.", theme="relationship framing") == ""
    assert label_position("The China-Russia-North Korea triangle is a myth.", theme="China's role") == ""


def test_a_relation_between_russia_and_the_north_is_the_pairs_own_whoever_is_alarmed():
    text = ("Washington and Seoul have been increasingly alarmed by deepening military cooperation between Russia and the "
            "North, and have accused them of violating international laws.")
    assert label_position(text, theme="durability and outlook") == "deepening"
    assert label_position("Washington and Seoul have been alarmed by deepening military cooperation between Russia and "
                          "Iran.", theme="durability and outlook") == ""


@pytest.mark.parametrize("text", [
    "Washington has been alarmed by deepening cooperation between Russia and the North Atlantic states.",
    "Washington has been alarmed by deepening cooperation between Russia and the North Caucasus republics.",
])
def test_the_north_heading_another_name_is_not_north_korea(text):
    assert label_position(text, theme="durability and outlook") == ""


@pytest.mark.parametrize("text", [
    "At the moment, I consider it superfluous to talk about the prospects for a military alliance between Russia and the "
    "DPRK, since there are simply no real prerequisites for it.",
    "Talk of Creating a Military Alliance Between Russia and DPRK is Premature",
    "The structural deficiencies render it unlikely for the alliance between Russia and North Korea to institutionalize.",
    "Such a shift would slow the growing intimacy and thereby diminish the likelihood of a formal alliance between North "
    "Korea and Russia.",
])
def test_a_label_whose_talk_is_dismissed_or_whose_chances_are_doubted_is_not_held(text):
    assert label_position(text, theme="relationship framing") != "alliance"


def test_talk_of_an_alliance_not_dismissed_and_an_alliance_stated_still_hold():
    assert label_position("Russia and North Korea have formed a military alliance.",
                          theme="relationship framing") == "alliance"
    assert label_position("Officials talk of a military alliance between Russia and North Korea that is growing.",
                          theme="relationship framing") == "alliance"
    assert label_position("Talk of an alliance between Russia and North Korea is no longer premature.",
                          theme="relationship framing") == "alliance"


def test_a_label_conceded_only_as_a_seeming_is_not_held():
    text = ("Eom assesses that while the consolidation of the North Korea-Russia partnership may temporarily appear to be "
            "strengthening, the structural deficiencies render it fragile.")
    assert label_position(text, theme="durability and outlook") != "deepening"
    granted = "While Russia and North Korea have deepened their ties, the structural deficiencies remain."
    assert label_position(granted, theme="durability and outlook") == "deepening"


def test_a_trilateral_proposed_is_no_chinese_alignment():
    text = "South Korea’s spy agency says that Russia has even proposed a trilateral naval exercise with China and North Korea."
    assert label_position(text, theme="China's role") == ""
    assert label_position("Russia held a trilateral naval exercise with China and North Korea.",
                          theme="China's role") == "China aligned"


@pytest.mark.parametrize("text", [
    "The summit demonstrates a growing closeness between China and Russia.",
    "The growing intimacy between Iran and Russia worries Washington.",
])
def test_a_growing_closeness_of_another_pair_is_no_deepening(text):
    # closeness and intimacy are relation nouns: the party list after them names whose relation it is
    assert label_position(text, theme="durability and outlook") == ""


@pytest.mark.parametrize("text, theme, expect", [
    ("The summit demonstrates a growing closeness between Russia and North Korea.", "durability and outlook", "deepening"),
    ("There is no growing closeness between Russia and North Korea.", "durability and outlook", ""),
    ("Is there a growing closeness between Russia and North Korea?", "durability and outlook", ""),
    ("Russia and North Korea have strengthened diplomatic and military ties.", "durability and outlook", "deepening"),
    ("Russia and North Korea have not strengthened diplomatic and military ties.", "durability and outlook", ""),
    ("China and Russia have strengthened diplomatic and military ties.", "durability and outlook", ""),
    ("Have Russia and North Korea strengthened diplomatic and military ties?", "durability and outlook", ""),
    ("The possible deployment of North Korean forces to Russia worries Seoul.", "military support", "speculative"),
    ("There has been no deployment of North Korean forces to Russia.", "military support", ""),
    ("Was there a deployment of North Korean forces to Russia?", "military support", ""),
    ("The deployment of South Korean forces to the border worries Pyongyang.", "military support", ""),
    ("Russia and North Korea did not pledge mutual defense against the U.S.", "the US and the West", ""),
    ("Is the cooperation between Russia and North Korea threatening the peace of the Republic of Korea?",
     "the US and the West", ""),
    ("Russia's invasion of Ukraine is a violation of international law.", "sanctions and the UN", ""),
    ("North Korea is not trading weaponry to Moscow.", "military support", ""),
    ("Iran is trading weaponry to Moscow.", "military support", ""),
])
def test_the_rules_of_round_31_hold_only_the_pairs_stated_relation(text, theme, expect):
    # p34's rules (growing closeness, ties of two kinds, forces deployed, mutual defense, peace threatened, international law,
    # weaponry traded) under a negation, a question, a possibility or another pair
    assert label_position(text, theme=theme) == expect


@pytest.mark.parametrize("text, expect", [
    # the doubt opens a later clause: it hedges the purpose or the return, not the supply stated before it
    ("Officials now say Pyongyang has shipped 2,000 soldiers to Russia – possibly to fight near the front.", "confirmed"),
    ("Since it emerged that North Korea delivered shells to Russia, the possibility of Moscow sharing rocket know-how "
     "with Pyongyang in return is growing.", "confirmed"),
    # a gerund after a preposition takes the modal of its main clause
    ("In return for supplying Russia with shells, Pyongyang could try to obtain rocket know-how.", "speculative"),
    # the doubt before the supply still governs it
    ("North Korea could possibly send soldiers to Russia.", "speculative"),
])
def test_a_doubt_hedges_what_follows_it_not_a_supply_stated_before(text, expect):
    assert label_position(text, theme="military support") == expect


@pytest.mark.parametrize("text", [
    "Pyongyang stands ready to send 50,000 soldiers to Russia as military assistance, a Moscow commentator said.",
    "Kim is prepared to supply more artillery shells to Russia.",
    "North Korea plans to send engineers and soldiers to Russia.",
])
def test_a_supply_planned_or_readied_is_speculative_not_confirmed(text):
    assert label_position(text, theme="military support") == "speculative"


@pytest.mark.parametrize("text, expect", [
    # the ties as the agent that grew something else, not the ties grown
    ("Their partnership has strengthened Pyongyang's hand in talks with Moscow's rivals.", ""),
    ("Ties between Russia and North Korea have strengthened since the summit.", "deepening"),
    # closer to a third place, not to each other
    ("Russia keeps pushing its artillery ever closer to the Baltic while North Korea watches.", ""),
    ("Russia and North Korea are drawing ever closer.", "deepening"),
    # a fact not known is no doubt about the ties' outlook
    ("The exact size of North Korea's contingent in Russia remains unclear.", ""),
])
def test_the_ties_must_be_what_grows_or_is_in_doubt(text, expect):
    assert label_position(text, theme="durability and outlook") == expect


@pytest.mark.parametrize("text", [
    # the US as the partner of whoever counters is no adversary of Russia and North Korea: the allies face a threat
    "Seoul plans to counter the new pact together with the United States after Russia and North Korea signed it.",
    "After the Moscow-Pyongyang pact, South Korea must move fast to deter such a military threat in cooperation with Japan and the US.",
])
def test_the_west_countering_with_its_partners_faces_a_threat(text):
    assert label_position(text, theme="the US and the West") == "threat to the West"


def test_countering_the_us_itself_stays_a_common_adversary():
    assert label_position("Russia and North Korea vowed to counter the United States together.",
                          theme="the US and the West") == "common adversary"


@pytest.mark.parametrize("text", [
    # a noun of the deed with its owner presupposes the deed
    "Seoul denounced Moscow's purchase of artillery shells from North Korea.",
    "Pyongyang's help, including missiles and munitions, keeps Russia's guns firing.",
    "The presence of North Korean soldiers on Russian soil changes the war.",
])
def test_the_support_named_as_a_deed_of_its_owner_is_confirmed(text):
    assert label_position(text, theme="military support") == "confirmed"


def test_a_possible_purchase_is_not_presupposed():
    assert label_position("Seoul worries about Moscow's possible purchase of shells from North Korea.",
                          theme="military support") != "confirmed"


def test_arms_deals_still_talked_over_are_speculative():
    assert label_position("Moscow is quietly negotiating weapons deals with Pyongyang.", theme="military support") == "speculative"


@pytest.mark.parametrize("text", [
    "Moscow and Pyongyang have deepened economic, military and cultural ties since the invasion.",
    "Military cooperation between Russia and North Korea continues to grow as the war drags on.",
    "The minister said trade ties between Moscow and Pyongyang are steadily expanding.",
])
def test_ties_growing_on_or_deepened_in_a_list_of_kinds_are_deepening(text):
    assert label_position(text, theme="durability and outlook") == "deepening"


@pytest.mark.parametrize("text", [
    # what is claimed is another actor's supply
    "Some reports claim that China had been providing Russia with drones and artillery shells.",
    # the speculation is about another topic than the support
    "North Korea's choice to send soldiers to Russia has fuelled speculation about Kim's health.",
])
def test_a_claim_or_speculation_about_something_else_holds_no_support_label(text):
    assert label_position(text, theme="military support") not in ("alleged", "speculative")


def test_speculation_about_the_support_itself_stays_speculative():
    assert label_position("There is speculation about North Korean troops being sent to Russia.",
                          theme="military support") == "speculative"


@pytest.mark.parametrize("text, theme", [
    # a subjectless gerund phrase as the subject of a later verb: the deed weighed in general, nobody's deed stated
    ("Shipping arms to a state at war is a step no responsible government should take.", "military support"),
    ("In our view, building warm relations with every neighbour remains the region's best hope.", "relationship framing"),
    ('The minister said, "Sending weapons abroad during an armistice would be reckless."', "military support"),
    ("From Pyongyang's vantage point, forging stronger ties with rival powers, chiefly Moscow, is vital for survival.",
     "durability and outlook"),
])
def test_a_deed_named_by_a_subjectless_gerund_subject_holds_no_label(text, theme):
    assert label_position(text, theme=theme) == ""


@pytest.mark.parametrize("text, theme, label", [
    # a participle after the main clause: its subject does it
    ("Pyongyang has kept its word, sending artillery shells to Russia.", "military support", "confirmed"),
    # an -ing adjective before its noun, not a gerund
    ("Growing ties between Russia and North Korea worry Seoul.", "durability and outlook", "deepening"),
])
def test_a_participle_or_an_ing_adjective_is_no_generic_deed(text, theme, label):
    assert label_position(text, theme=theme) == label


@pytest.mark.parametrize("text, theme", [
    # a wish, an aim or a need names what is wanted, not what is
    ("Pyongyang's long dream of a formal alliance with Moscow has gone nowhere.", "relationship framing"),
    ("Officials say North Korea is aiming for an alliance with Russia.", "relationship framing"),
    ("Moscow is badly in need of fresh supplies of shells for the front.", "military support"),
])
def test_a_label_a_wish_aim_or_need_governs_is_not_held(text, theme):
    assert label_position(text, theme=theme) not in ("alliance", "confirmed")


def test_the_hope_to_develop_a_relation_still_presupposes_it():
    assert label_position("Kim voiced his hope to develop the strategic partnership with Russia further.",
                          theme="relationship framing") == "partnership"


def _rejections(text: str, theme: str, label: str) -> list[str]:
    from analysis.views import load_codebook
    from analysis.views.stance import label_matches, label_rejection
    book = load_codebook()
    return [label_rejection(text, lab, book[theme], book.markers, book.actors)
            for lab in label_matches(text, book[theme]) if lab.label == label]


@pytest.mark.parametrize("text, theme, label", [
    # a verb of denying governs the deed: the sentence denies it, it does not state it
    ("Moscow flatly denies it has breached the UN sanctions on Pyongyang.", "sanctions and the UN", "violated"),
    ("Pyongyang denied that it had shipped artillery shells to Russia.", "military support", "confirmed"),
    ("Russia, which hosts North Korean labourers, denies it has violated numerous U.N. sanctions.", "sanctions and the UN",
     "violated"),
])
def test_a_deed_a_verb_of_denying_governs_is_not_stated(text, theme, label):
    assert _rejections(text, theme, label) and all(r == "negated" for r in _rejections(text, theme, label))


@pytest.mark.parametrize("text, theme, label", [
    # a denial negated is no denial
    ("Moscow did not deny that it violated the UN sanctions.", "sanctions and the UN", "violated"),
    ("Moscow never denied that it had violated the UN sanctions.", "sanctions and the UN", "violated"),
    ("Moscow did not deny that it had received artillery shells from Pyongyang.", "military support", "confirmed"),
])
def test_a_denial_negated_leaves_the_deed_stated(text, theme, label):
    assert label_position(text, theme=theme) == label


def test_a_negation_reaches_through_words_of_seeming_to_the_label():
    # "not to create the impression of" denies the alliance (the label is ten words after "not")
    text = ("In addition, China is careful not to create the impression of a de facto alliance between Beijing, Moscow "
            "and Pyongyang.")
    assert label_position(text, theme="China's role") == ""
    assert _rejections(text, "China's role", "China aligned") == ["negated"]


@pytest.mark.parametrize("text, theme, label", [
    # a passive "denied" refuses a thing; a denial does not reach past "and", a dash, a comma, "after", "then", a relative
    # clause or a second verb
    ("North Korean diplomats were denied visas, and Russia has violated the UN sanctions.", "sanctions and the UN", "violated"),
    ("Kyiv denied Moscow a ceasefire after Russia had violated the UN sanctions.", "sanctions and the UN", "violated"),
    ("Lavrov denied the claims - Russia has violated the UN sanctions openly.", "sanctions and the UN", "violated"),
    ("Lavrov dismissed the reports as lies, then admitted Russia has violated the UN sanctions.", "sanctions and the UN",
     "violated"),
    ("Denying that it sent troops, Pyongyang nevertheless has deployed troops in Kursk.", "military support", "confirmed"),
])
def test_a_denial_does_not_reach_past_its_clause(text, theme, label):
    assert label_position(text, theme=theme) == label


@pytest.mark.parametrize("text", [
    "Peskov, who denied everything, admitted that North Korean troops were deployed in Kursk.",
    "The Kremlin denied Seoul's request and confirmed that North Korean troops were deployed in Kursk.",
])
def test_a_denial_in_a_relative_clause_or_before_a_second_verb_does_not_reject_the_support(text):
    # (the theme's 'denied' label also matches these sentences: only the rejection of 'confirmed' is tested)
    assert _rejections(text, "military support", "confirmed") and not any(
        _rejections(text, "military support", "confirmed"))


def test_a_denial_despite_a_lack_of_evidence_still_denies():
    assert label_position("Despite the lack of evidence, Moscow denies it has violated the UN sanctions.",
                          theme="sanctions and the UN") == ""


@pytest.mark.parametrize("text", [
    "In spite of the mounting pile of evidence, Moscow denies it has violated the UN sanctions.",
    "Despite overwhelming evidence, Moscow denies it has violated the UN sanctions.",
])
def test_a_denial_after_evidence_conceded_in_a_longer_phrase_still_names_the_deed(text):
    assert label_position(text, theme="sanctions and the UN") == "violated"


def test_a_denial_after_conceded_evidence_against_it_still_names_the_deed():
    # the writer concedes the evidence first: the denial is reported to be rebutted
    text = ("In spite of ample evidence of using North Korean shells, Moscow denied that it violated the UN sanctions "
            "on Pyongyang.")
    assert label_position(text, theme="sanctions and the UN") == "violated"


@pytest.mark.parametrize("text, theme, label", [
    # a past or perfect predicate states a deed done, not a deed weighed in general
    ("Sending troops to Russia has cost North Korea thousands of soldiers.", "military support", "confirmed"),
    ("Shipping artillery shells to Russia has earned Pyongyang billions.", "military support", "confirmed"),
    ("Building an alliance with Moscow has paid off for Pyongyang.", "relationship framing", "alliance"),
    ("Signing the alliance treaty with Russia in June was Kim's greatest success.", "relationship framing", "alliance"),
    ("“Forming an alliance with Russia was the right decision,” Kim said.", "relationship framing", "alliance"),
    ("Shipping of artillery shells to Russia has become routine.", "military support", "confirmed"),
])
def test_a_gerund_subject_of_a_past_or_perfect_predicate_states_the_deed(text, theme, label):
    assert label_position(text, theme=theme) == label


def test_a_gerund_that_is_the_label_itself_weighed_with_a_modal_holds_no_label():
    assert label_position("Violating the UN sanctions would be a grave mistake.", theme="sanctions and the UN") == ""


def test_strengthening_opens_a_gerund_phrase_too():
    assert label_position("Strengthening the alliance with Russia is a measure without justification.",
                          theme="relationship framing") == ""


def test_a_subordinate_clauses_verb_does_not_make_a_weighed_deed_a_deed_done():
    assert label_position("Shipping weapons to a country at war while we are in a ceasefire is a reckless measure.",
                          theme="military support") == ""


def test_a_long_run_of_whitespace_after_a_comma_is_read_in_linear_time():
    from analysis.views.stance import _GERUND_OPENING
    text = "Russia has violated the UN sanctions," + " " * 3000 + "!"
    assert _GERUND_OPENING.search(text) is None
    assert label_position(text, theme="sanctions and the UN") == "violated"


@pytest.mark.parametrize("text, label", [
    ("In exchange for its troops, North Korea gets civilian technology from Russia.", ""),
    ("North Korea receives civilian and military technology in exchange for its troops.", "security"),
    ("In exchange, Moscow is said to have provided North Korea with military and civilian technologies.", "security"),
])
def test_civilian_technology_got_in_a_deals_return_is_no_arms_help(text, label):
    assert label_position(text, theme="North Korea's motives") == label


def test_a_long_run_of_hyphenated_words_before_technology_is_read_in_linear_time():
    # ARMS_HELP_GOT's '-related' prefix once took any hyphenated run ('[\w-]+-'): quadratic, over the 1 s timeout here
    text = "In exchange for its shells, North Korea gets " + "a-" * 12000 + "b technology."
    assert label_position(text, theme="North Korea's motives") == ""
    assert label_position("In exchange for its shells, North Korea gets ballistic missile-related technology.",
                          theme="North Korea's motives") == "security"


@pytest.mark.parametrize("text, theme, label", [
    # a wish that came true, or a wish about a label the sentence takes as given ("the alliance"), names what is
    ("Kim's dream of an alliance with Moscow came true when the treaty was signed.", "relationship framing", "alliance"),
    ("Kim's dream of an alliance with Moscow has been realised.", "relationship framing", "alliance"),
    ("Kim fulfilled his dream of an alliance with Moscow.", "relationship framing", "alliance"),
    ("Kim expressed hope for the alliance with Russia to last.", "relationship framing", "alliance"),
    ("Kim voiced his wish for the alliance with Russia to grow stronger.", "relationship framing", "alliance"),
    ("Kim expressed hopes for the comprehensive strategic partnership signed last June.", "relationship framing",
     "partnership"),
])
def test_a_wish_fulfilled_or_about_a_given_relation_keeps_the_label(text, theme, label):
    assert label_position(text, theme=theme) == label


@pytest.mark.parametrize("text, theme, label", [
    # what others fear or suppose, in the content clause of a noun of fearing, supposing or alleging, is not stated
    ("The summit fed speculation that the two states have formed a de facto military alliance.", "relationship framing",
     "alliance"),
    ("Seoul summoned the envoy amid growing concerns that Pyongyang is increasing its support for Russia in the war.",
     "North Korea's motives", "solidarity"),
])
def test_a_label_in_the_content_of_a_fear_or_supposition_is_not_stated(text, theme, label):
    assert "content of a view" in _rejections(text, theme, label)
    assert label_position(text, theme=theme) != label


@pytest.mark.parametrize("text, theme, label", [
    # a fear names a threat: the risk feared is the position itself; and a claim shown as a claim is the alleged position
    ("Tokyo fears that the new ties between Moscow and Pyongyang could destabilize the security of the region.",
     "the US and the West", "threat to the West"),
    ("The two leaders formed a military alliance, which the West regards as a threat.", "relationship framing", "alliance"),
])
def test_a_feared_risk_or_a_label_outside_a_content_clause_stays_held(text, theme, label):
    assert "content of a view" not in _rejections(text, theme, label)


@pytest.mark.parametrize("text, theme, label", [
    # the topic of a gathering or programme is named, not stated
    ("The institute hosted a seminar on the expanding partnership between Moscow and Pyongyang last week.",
     "relationship framing", "partnership"),
    ("Our podcast episode about the deepening ties between North Korea and Russia is out.", "durability and outlook",
     "deepening"),
])
def test_a_label_in_the_topic_of_a_gathering_is_not_stated(text, theme, label):
    assert "event topic" in _rejections(text, theme, label)


def test_discussions_held_between_the_two_are_talks_no_event_topic():
    # the plural "discussions on" is a negotiation, as "talks on" is: a step of the ties, not the topic of an event
    text = "Putin and Kim held discussions on deepening military cooperation between their countries."
    assert "event topic" not in _rejections(text, "durability and outlook", "deepening")
    assert label_position(text, theme="durability and outlook") == "deepening"


def test_a_topic_with_a_verb_of_its_own_is_no_bare_topic():
    text = "At a conference on the war, officials said Russia and North Korea have deepened their ties."
    assert "event topic" not in _rejections(text, "durability and outlook", "deepening")


def test_questions_about_the_viability_of_the_ties_are_doubts():
    assert label_position("The war raises questions about the long-term viability of the ties between Russia and North Korea.",
                          theme="durability and outlook") == "uncertain"


@pytest.mark.parametrize("text", [
    "Pyongyang has strengthened ties with its largest trading partner, China, over the past year.",
    "North Korea has been developing relations with prosperous Japan, officials said.",
])
def test_a_partner_after_the_labels_own_preposition_names_another_pair(text):
    assert "other actor" in _rejections(text, "durability and outlook", "deepening")


def test_the_partner_of_the_theme_pair_after_the_labels_preposition_keeps_the_label():
    assert label_position("Pyongyang has strengthened ties with its old ally, Russia, over the past year.",
                          theme="durability and outlook") == "deepening"


@pytest.mark.parametrize("text, label", [
    ("The two leaders pledged to restore their close allied relations.", "alliance"),
    ("Pyongyang speaks of a comradely and allied relationship with Moscow.", "alliance"),
    ("Moscow and Pyongyang now have close relations.", "friendship"),
])
def test_ties_called_allied_are_an_alliance_close_ties_a_friendship(text, label):
    assert label_position(text, theme="relationship framing") == label


@pytest.mark.parametrize("text, label", [
    # a deal's terms told are a deed, what one side gets, not the frame of the ties; a payoff or a quid pro quo named is
    ("Pyongyang has secured food and fuel in return for sending troops to Russia.", ""),
    ("In exchange for the shells, North Korea gets cash from Russia.", ""),
    ("North Korea expects a generous payoff from Moscow for its troops.", "marriage of convenience"),
])
def test_a_deals_terms_told_are_no_marriage_of_convenience_a_payoff_named_is(text, label):
    assert label_position(text, theme="relationship framing") == label


@pytest.mark.parametrize("text", [
    "John Kirby said, without providing evidence, that North Korea had supplied Russia with munitions.",
    "White House spokesman John Kirby said in October, without providing evidence, that North Korea had supplied Russia "
    "with more than 1,000 containers of military equipment and munitions.",
    "The visit came after information about sending North Korean soldiers to Russia was reported by RBC-Ukraine with "
    "reference to Reuters.",
])
def test_a_supply_claimed_without_evidence_or_reported_as_information_is_alleged(text):
    assert label_position(text, theme="military support") == "alleged"


@pytest.mark.parametrize("text", [
    "North Korea has supplied Russia with millions of artillery shells.",
    "The shipments of shells to Russia provide evidence of the deepening ties between Pyongyang and Moscow.",
    "Kim Jong Un's regime has sent troops to Russia.",
])
def test_a_supply_stated_with_its_evidence_stays_confirmed(text):
    assert label_position(text, theme="military support") == "confirmed"


def test_a_third_partys_possessive_before_the_label_is_not_the_pairs():
    assert label_position("Moscow has long been Vietnam's main source of weapons.", theme="military support") == ""


@pytest.mark.parametrize("text", [
    "North Korea has become Russia's main source of artillery shells.",
    "Pyongyang's shipments of artillery shells to Russia continue.",
    "Kim Jong Un's regime has sent troops to Russia.",
])
def test_the_pairs_own_possessive_before_the_label_keeps_it(text):
    assert label_position(text, theme="military support") == "confirmed"


def test_a_right_to_develop_ties_is_not_their_development():
    assert label_position("Russia has the right to develop friendly relations with the DPRK.",
                          theme="durability and outlook") == ""


@pytest.mark.parametrize("text", [
    "Russia continues to develop friendly relations with the DPRK.",
    "Putin and Kim agreed to further develop bilateral relations.",
])
def test_ties_being_developed_still_deepen(text):
    assert label_position(text, theme="durability and outlook") == "deepening"


@pytest.mark.parametrize("text, theme", [
    ("During his visit, Putin met with Kim Jong Un, sending a message of solidarity.", "North Korea's motives"),
    ("Despite reaffirming its strong ties with Russia, Beijing has avoided commenting on the deployment.",
     "relationship framing"),
    ("Ukraine has been fighting with the full support of NATO, receiving continuous supplies of weapons.", "military support"),
])
def test_a_participial_clause_takes_the_main_clauses_subject_as_its_actor(text, theme):
    assert label_position(text, theme=theme) == ""


def test_a_participial_clause_whose_main_subject_is_the_pairs_keeps_its_label():
    assert label_position("Despite reaffirming its strong ties with Russia, Pyongyang has avoided commenting on the "
                          "deployment.", theme="relationship framing") == "friendship"


def test_a_hedge_in_a_participial_clause_qualifies_what_it_hedges_not_the_main_subject():
    text = ("The US authorities announced that Russia is pursuing a plan to secure ammunition in exchange for food to North "
            "Korea, targeting an arms dealer for allegedly facilitating the exchange of weapons between Russia and North Korea.")
    assert label_position(text, theme="military support") == "alleged"


@pytest.mark.parametrize("text, expect", [
    ("Relations between Russia and the United States blossomed since last year's terror attacks.", ""),
    ("Relations between Russia and North Korea blossomed since last year's summit.", "deepening"),
])
def test_a_relation_opening_the_clause_is_the_label_of_the_pair_it_names(text, expect):
    # the relation's noun as the clause's subject names whose relation blossomed (found on blind round 46)
    assert label_position(text, theme="durability and outlook") == expect


@pytest.mark.parametrize("text, expect", [
    ("How the Russia-North Korea alliance challenges China's strategic interests in Northeast Asia", ""),
    ("The China-Russia-North Korea alliance worries Washington.", "China aligned"),
    ("The Russia-North Korea-China triangle is new.", "China aligned"),
])
def test_a_compound_grouping_aligns_china_only_when_it_names_china(text, expect):
    # "the Russia-North Korea alliance" is the pair's, whatever else the sentence says of China (found on round 47)
    assert label_position(text, theme="China's role") == expect


@pytest.mark.parametrize("text, expect", [
    ("Leaders of 32 NATO member countries will gather to discuss ways to provide continued military support to Ukraine, "
     "Voice of America reports.", ""),
    ("North Korea has provided military support to Russia, officials said.", "confirmed"),
])
def test_military_support_to_another_side_is_no_support_of_russias_war(text, expect):
    # a briefing of blind round 49 stated 'confirmed' from NATO's support to Ukraine (review of stop 39)
    assert label_position(text, theme="military support") == expect
