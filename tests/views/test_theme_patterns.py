"""Codebook patterns of the themes relationship framing, sanctions and the UN, China's role and North Korea's motives:
each label read from the ways authors write it, and not from look-alike sentences (one sentence, read alone)."""
from __future__ import annotations

import pytest

from analysis.views import label_position

FRAMING, SANCTIONS, CHINA, MOTIVES = "relationship framing", "sanctions and the UN", "China's role", "North Korea's motives"


@pytest.mark.parametrize("text", [
    "Beijing and Moscow, both veto-wielding council members, have repeatedly protected Pyongyang from new penalties.",
    "China and Russia have urged the council to ease the measures imposed on North Korea.",
    "Moscow and Beijing subsidize North Korea with fuel and grain.",
    "It is likely that Russia and China coordinated their approach to Pyongyang before the vote.",
])
def test_china_and_russia_as_one_subject_of_a_deed_for_north_korea_are_china_aligned(text):
    assert label_position(text, theme=CHINA) == "China aligned"


def test_north_korea_and_china_opposing_a_move_against_russia_are_china_aligned():
    text = "Pyongyang and Beijing openly opposed expelling Russia from the rights council."
    assert label_position(text, theme=CHINA) == "China aligned"


@pytest.mark.parametrize("text", [
    "The draft on North Korea failed because of Moscow and Beijing's repeated vetoes.",
    "The measures on North Korea are easily evaded with the help of Russia and China.",
    "The outbreak may strengthen the Russian and Chinese position that the sanctions on North Korea are too harsh.",
])
def test_the_deed_of_china_and_russia_named_as_a_noun_is_china_aligned(text):
    assert label_position(text, theme=CHINA) == "China aligned"


def test_china_and_russia_that_did_not_block_are_not_china_aligned():
    text = "Russia and China have not blocked any of the measures against North Korea since 2006."
    assert label_position(text, theme=CHINA) != "China aligned"


def test_the_three_named_as_members_of_one_set_of_ties_are_china_aligned_two_pairs_are_not():
    three = "Analysts see a worrying development in relations between Russia, North Korea, and China this year."
    pairs = "Tokyo raised worries about cooperation between Russia and China and between Russia and North Korea."
    assert label_position(three, theme=CHINA) == "China aligned"
    assert label_position(pairs, theme=CHINA) != "China aligned"


@pytest.mark.parametrize("text", [
    "China's foreign ministry said that it was not aware of any Russian missile transfer to North Korea.",
    "Beijing has stated that it is unaware of North Korean soldiers in Russia.",
])
def test_china_saying_it_does_not_know_of_the_deed_is_china_indifferent(text):
    assert label_position(text, theme=CHINA) == "China indifferent"


def test_a_concern_another_party_expresses_is_not_china_uneasy():
    text = ("Japan's defence minister expressed concern about cooperation between Russia and China and between Russia "
            "and North Korea at the meeting.")
    assert label_position(text, theme=CHINA) != "China uneasy"


def test_a_concern_no_one_is_named_to_hold_is_still_china_uneasy():
    text = "In Beijing there are concerns that Russia might hand North Korea missile technology."
    assert label_position(text, theme=CHINA) == "China uneasy"


@pytest.mark.parametrize("text", [
    "North Korea ships artillery shells to Russia in exchange for much-needed economic aid.",
    "Moscow has provided food and energy supplies to Pyongyang in return.",
])
def test_aid_north_korea_gets_in_return_named_by_its_kind_is_economic_need(text):
    assert label_position(text, theme=MOTIVES) == "economic need"


def test_economic_aid_named_without_an_exchange_is_not_economic_need():
    text = "Moscow is also reported to provide economic support to North Korea this year."
    assert label_position(text, theme=MOTIVES) != "economic need"


@pytest.mark.parametrize("text", [
    "Putin thanked Kim Jong Un for North Korea's \u201cunwavering support\u201d in the conflict.",
    "North Korea has helped Moscow out of genuine feelings of solidarity, the minister stressed.",
])
def test_support_in_words_of_constancy_or_feelings_of_solidarity_is_solidarity(text):
    assert label_position(text, theme=MOTIVES) == "solidarity"


@pytest.mark.parametrize("text", [
    "The summit was an attempt by two desperate men, Putin and Kim, to prop each other up.",
    "Observers in the region understand the desperate moves of Putin and Kim Jong Un.",
    "With Moscow turning to North Korea for shells, the Russians are really desperate.",
])
def test_the_two_called_desperate_is_a_marriage_of_convenience(text):
    assert label_position(text, theme=FRAMING) == "marriage of convenience"


def test_ukraines_desperate_defence_is_no_marriage_of_convenience():
    text = "Shells from Seoul would help Ukraine's desperate defence, while Russia relies on North Korea."
    assert label_position(text, theme=FRAMING) != "marriage of convenience"


def test_the_two_acting_as_one_against_others_is_a_strategic_alignment():
    assert label_position("North Korea and Russia are working together to undermine the Western order.",
                          theme=FRAMING) == "strategic alignment"
    assert label_position("Russia could change the balance in the Far East by joining forces with North Korea.",
                          theme=FRAMING) in ("strategic alignment", "")     # a modal may set it aside
    assert label_position("Diplomats in Seoul worry about the two dictators working together.",
                          theme=FRAMING) != "strategic alignment"


def test_one_mind_on_the_world_in_diplomatic_words_is_a_strategic_alignment():
    text = "The talks between Russia and the DPRK showed coinciding views on the international situation."
    assert label_position(text, theme=FRAMING) == "strategic alignment"


@pytest.mark.parametrize("text", [
    "The war gives North Korea new reasons to draw closer to Russia.",
    "North Korea and Russia are cozying up to each other both strategically and militarily.",
    "The war has pulled North Korea back into Moscow's political orbit.",
])
def test_the_two_coming_closer_is_friendship(text):
    assert label_position(text, theme=FRAMING) == "friendship"


def test_a_general_drawing_closer_is_no_friendship():
    text = "In the triangle of Russia, North Korea and China, as one side draws closer, the other grows distant."
    assert label_position(text, theme=FRAMING) != "friendship"


@pytest.mark.parametrize("text", [
    "Lavrov also voiced opposition to Western sanctions against North Korea.",
    "Russia opposes tightening sanctions on North Korea, its diplomats say.",
])
def test_sanctions_opposed_in_a_noun_or_a_verb_are_russia_shields(text):
    assert label_position(text, theme=SANCTIONS) == "Russia shields"


def test_trade_stopped_because_of_the_sanctions_is_russia_abides_sanctions_on_russia_are_not():
    held = "Russia's trade with North Korea shrank by half last year because of UN sanctions against Pyongyang."
    own = "Russia's exports to Europe fell because of sanctions imposed on Russia, North Korean media noted."
    assert label_position(held, theme=SANCTIONS) == "Russia abides"
    assert label_position(own, theme=SANCTIONS) != "Russia abides"


def test_one_of_the_two_with_its_allies_in_the_same_clause_is_an_alliance():
    text = "Putin's trip to Pyongyang reaffirmed Russia's relations with its allies of old."
    assert label_position(text, theme=FRAMING) == "alliance"
    third = "Moscow thanked its close allies Belarus and Syria for their votes."
    assert label_position(third, theme=FRAMING) != "alliance"


@pytest.mark.parametrize("text", [
    "Russia and North Korea have a lot to gain from each other at this moment.",
    "For Moscow and Pyongyang an arms deal makes sense for both sides.",
    "Russia and North Korea are looking for ways to help one another against the sanctions.",
])
def test_a_gain_each_draws_from_the_other_is_a_marriage_of_convenience(text):
    assert label_position(text, theme=FRAMING) == "marriage of convenience"


def test_the_treatys_mutual_aid_is_no_marriage_of_convenience():
    text = "The treaty between Russia and North Korea lets the two countries help each other in the face of aggression."
    assert label_position(text, theme=FRAMING) != "marriage of convenience"


def test_trade_the_resolutions_ban_named_as_such_is_on_the_sanctions_theme_and_violated():
    text = "The illegal arms trade between North Korea and Russia is set to grow after the visit."
    assert label_position(text, theme=SANCTIONS) == "violated"
    programme = "Pyongyang keeps advancing its prohibited weapons of mass destruction programmes, Moscow's envoy was told."
    assert label_position(programme, theme=SANCTIONS) != "violated"


@pytest.mark.parametrize("text", [
    "Relations between Russia and the DPRK are traditionally friendly, the embassy said.",
    "For Pyongyang, Russia is a large and generally friendly neighbour.",
    "Putin and his old pal Kim Jong Un toured the cosmodrome together.",
])
def test_the_ties_called_friendly_or_a_leaders_pal_is_friendship(text):
    assert label_position(text, theme=FRAMING) == "friendship"


def test_chinas_friendly_neighbours_are_no_friendship_of_the_two():
    text = "The spokesman said both North Korea and Russia are China's friendly neighbours."
    assert label_position(text, theme=FRAMING) != "friendship"


@pytest.mark.parametrize("text", [
    "The visit showed that North Korea is an independent actor, not solely dependent on China.",
    "Fuel from Russia helps North Korea alleviate its dependence on China.",
])
def test_north_korea_loosening_its_dependence_on_china_is_leverage(text):
    assert label_position(text, theme=MOTIVES) == "leverage"


def test_north_korea_dependent_on_china_is_no_leverage():
    text = "Both North Korea and Russia are heavily dependent on China for trade."
    assert label_position(text, theme=MOTIVES) != "leverage"


def test_help_to_feed_the_country_is_economic_need_a_famine_told_is_not():
    help_ = "Kim Jong Un wants Moscow's help to feed a nation on the edge of hunger."
    told = "North Korea was then struggling to recover from a devastating famine."
    assert label_position(help_, theme=MOTIVES) == "economic need"
    assert label_position(told, theme=MOTIVES) != "economic need"


@pytest.mark.parametrize("text", [
    "At the parade in Beijing, Kim Jong Un stood next to Chinese President Xi Jinping and Russia's Putin.",
    "Vladimir Putin and North Korean leader Kim Jong Un joined Chinese President Xi Jinping on the rostrum.",
])
def test_the_three_leaders_shown_side_by_side_are_china_aligned(text):
    assert label_position(text, theme=CHINA) == "China aligned"


def test_the_western_bloc_by_its_other_name_is_no_alliance_of_the_two():
    text = "A North Atlantic Alliance spokesman said there was evidence of North Korean troops in Russia."
    assert label_position(text, theme=FRAMING) != "alliance"


# --- p47: a label word in another sense or about another actor ---

@pytest.mark.parametrize("text", [
    "Its current economic leverage with the North comes mostly from the importation of North Korean labor.",
    "If you had asked me even three years ago, I would say Russia has some leverage with Pyongyang.",
    "Moscow's leverage over North Korea remains modest.",
])
def test_leverage_held_over_north_korea_is_not_its_motive(text):
    assert label_position(text, theme=MOTIVES) != "leverage"


@pytest.mark.parametrize("text", [
    "North Korea is using its ties with Moscow as leverage against Washington.",
    "Pyongyang hopes its partnership with Moscow will give it more leverage in dealing with Beijing.",
    "Kim sees the arms deals as a bargaining chip in future talks with the United States.",
])
def test_north_korea_s_own_leverage_stays_leverage(text):
    assert label_position(text, theme=MOTIVES) == "leverage"


@pytest.mark.parametrize("text", [
    "Russia said it would support tougher sanctions against Pyongyang in the wake of the tests, which violate previous "
    "Security Council resolutions.",
    "Members recalled that such launches violate council resolutions.",
])
def test_north_korea_s_own_tests_violating_resolutions_are_no_violated_ties(text):
    assert label_position(text, theme=SANCTIONS) != "violated"


@pytest.mark.parametrize("text", [
    "The arms transfers between Russia and North Korea violate UN Security Council resolutions.",
    "Moscow's purchase of North Korean shells is a violation of the sanctions it voted for.",
    "Russia and North Korea violated UN sanctions with the ammunition deal.",
])
def test_the_ties_violating_resolutions_stay_violated(text):
    assert label_position(text, theme=SANCTIONS) == "violated"


def test_responding_to_threats_from_the_ties_is_not_north_korea_s_security_motive():
    text = ("Firstly, this means focusing more energy on tracking and responding to new threats emanating from the "
            "intensifying North Korea-Russia partnership.")
    assert label_position(text, theme=MOTIVES) != "security"


def test_north_korea_responding_to_us_threats_stays_security():
    text = "North Korea's cooperation with Russia is a response to the military threats of the United States."
    assert label_position(text, theme=MOTIVES) == "security"


def test_a_concern_whose_holders_are_named_after_it_is_not_china_uneasy():
    text = ("Concerns about DPRK military involvement in the war are growing in the Global South, while China remains "
            "largely silent.")
    assert label_position(text, theme=CHINA) != "China uneasy"


def test_an_unheld_concern_about_the_ties_stays_china_uneasy_where_it_was():
    text = "There are concerns that Moscow is trying to carve out a sphere of influence in China's backyard."
    assert label_position(text, theme=CHINA) == "China uneasy"


def test_a_concern_in_a_third_region_is_no_threat_to_the_west():
    text = "There is growing concern in the Global South about the involvement of the DPRK military in the war in Ukraine."
    assert label_position(text, theme="the US and the West") != "threat to the West"


def test_a_growing_concern_for_washington_stays_threat_to_the_west():
    text = "North Korea's troop deployment to Russia is a growing concern for Washington."
    assert label_position(text, theme="the US and the West") == "threat to the West"


def test_news_gathering_constrained_is_no_limited_ties():
    text = ("While news gathering is, to varying degrees, constrained by both authoritarian governments, the coverage by "
            "those countries' respective media this week is providing a window into the neighbors' unique relationship.")
    assert label_position(text, theme="durability and outlook") != "limited"


def test_ties_constrained_stay_limited():
    text = "Their cooperation remains constrained by North Korea's inability to pay and by Russia's caution."
    assert label_position(text, theme="durability and outlook") == "limited"


def test_reports_a_source_confirms_are_not_alleged():
    text = ("On 28 October the Pentagon confirmed recent intelligence reports that North Korea has deployed around 10,000 "
            "troops to fight in Russia's war against Ukraine.")
    assert label_position(text, theme="military support") != "alleged"


@pytest.mark.parametrize("text", [
    "There are reports that North Korea has sent artillery shells to Russia.",
    "Seoul has not confirmed the reports that North Korean troops are fighting in Kursk.",
])
def test_reports_unconfirmed_stay_alleged(text):
    assert label_position(text, theme="military support") == "alleged"


@pytest.mark.parametrize("text", [
    "Concerns about the ties are growing in Beijing.",
    "Concerns that Moscow is courting Pyongyang are growing among Chinese officials.",
])
def test_a_concern_whose_holders_named_after_it_are_chinese_stays_china_uneasy(text):
    assert label_position(text, theme=CHINA) == "China uneasy"


def test_a_denial_kept_only_until_a_confirmation_is_no_denial():
    text = ("Pyongyang sent about 12,000 troops to help the Russians recapture Kursk, a deployment both Russia and North "
            "Korea denied for months until finally providing official confirmation in April 2025.")
    assert label_position(text, theme="military support") != "denied"
    assert label_position("Moscow denied that North Korean troops were fighting in Kursk.",
                          theme="military support") == "denied"


@pytest.mark.parametrize("text", [
    "UN experts monitoring possible violations of Security Council sanctions on North Korea reported to the committee.",
    "The panel found no violations of the sanctions on North Korea by Russian firms.",
])
def test_a_breach_only_possible_or_ruled_out_is_not_violated(text):
    assert label_position(text, theme=SANCTIONS) != "violated"
