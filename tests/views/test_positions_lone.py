"""Positions (issue 12, coverage): a trade revival told as done suffices in one sentence, one entertained does not; a
source's report of China looking away suffices in one sentence; the US or the West criticised by Russia or North Korea is
their common adversary; North Korea named as the one who gains states its motive, an opportunity, in one sentence."""
from __future__ import annotations

from analysis import extract, load_corpus
from analysis.views import article_positions, load_codebook
from analysis.views.positions import _unhedged

from ..conftest import write_corpus

NEUTRAL = ("The two delegations met in Vladivostok on Monday for two days of talks.\n\n"
           "Officials from both sides gave few details of what was discussed there.\n\n"
           "The meeting ended on Tuesday afternoon with a formal dinner.\n\n")


def _theme(tmp_path, theme: str, texts: dict):
    tables = extract(load_corpus(write_corpus(tmp_path / "c", texts)), families=())
    positions = article_positions(tables, learned=False, withhold=False)
    return positions[positions["theme"] == theme].set_index("article_id")


def test_a_trade_revival_told_as_done_suffices_in_one_sentence(tmp_path):
    # trade and economy asks two sentences; recovering, one of its lone_asserted_labels, takes one stated unhedged
    done = ("Regular flights between Vladivostok and Pyongyang reopened in 2023 following a break caused by the pandemic, "
            "and trade between Russia and North Korea resumed.")
    trade = _theme(tmp_path, "trade and economy", {"done.txt": f"{NEUTRAL}{done}\n\nThe talks ended.\n"})
    assert trade.loc["done", "position"] == "recovering"


def test_a_trade_revival_entertained_or_hedged_still_asks_two_sentences(tmp_path):
    would = "The ambassador said that trade between Russia and North Korea would resume by October."
    can = "Moscow can also boost its cross-border trade with North Korea."
    hedged = "Trade between Russia and North Korea has reportedly resumed through the port of Rajin."
    trade = _theme(tmp_path, "trade and economy", {name + ".txt": f"{NEUTRAL}{text}\n\nThe talks ended.\n"
                                                   for name, text in (("would", would), ("can", can), ("hedged", hedged))})
    for name in ("would", "can", "hedged"):
        assert trade.loc[name, "position"] != "recovering", name


def test_unhedged_asks_no_hedge_and_no_modal_before_the_label():
    text = "Moscow can also boost its cross-border trade with North Korea."
    start = text.index("boost")
    row = {"text": text, "start": 0, "position_start": start, "position_end": start + 5, "certainty": "asserted"}
    assert not _unhedged(row)
    told = "Flights between the two capitals reopened in 2023."
    span = {"text": told, "start": 0, "position_start": told.index("reopened"), "position_end": told.index(" in 2023")}
    assert _unhedged({**span, "certainty": "asserted"})
    assert not _unhedged({**span, "certainty": "hedged"})


def test_lone_asserted_labels_name_labels_of_the_theme():
    book = load_codebook()
    spec = book["trade and economy"]
    assert set(spec.lone_asserted_labels) <= set(spec.labels) and "recovering" in spec.lone_asserted_labels


def test_a_sources_report_of_china_looking_away_suffices_in_one_sentence(tmp_path):
    text = ("North Korean workers are sent to Russia through Chinese territory.\n\n"
            "The source said China has “decided to feign ignorance” since the North Korean workers bound for Russia "
            "are only transiting through the country.\n\n" + NEUTRAL)
    china = _theme(tmp_path, "China's role", {"a.txt": text})
    assert (china.loc["a", "position"], china.loc["a", "stance"]) == ("China indifferent", "reported")


def test_the_us_criticised_by_russia_reads_as_the_common_adversary(tmp_path):
    text = (NEUTRAL + "Russia's envoy defended the new treaty between Russia and North Korea at the Security Council.\n\n"
            "He criticized the US for increasing its military activity in the region.\n")
    west = _theme(tmp_path, "the US and the West", {"a.txt": text})
    assert west.loc["a", "position"] == "common adversary"


def test_north_korea_named_as_the_one_who_gains_states_an_opportunity_in_one_sentence(tmp_path):
    gains = ("Russia and North Korea signed a new treaty in Pyongyang this week.\n\n"
             "North Korea is likely to benefit from these developments in both tangible and intangible ways.")
    both = "Russia and North Korea have much to gain from each other at this particular moment."
    motives = _theme(tmp_path, "North Korea's motives", {"gains.txt": f"{NEUTRAL}{gains}\n", "both.txt": f"{NEUTRAL}{both}\n"})
    assert motives.loc["gains", "position"] == "opportunity"
    assert "both" not in motives.index or motives.loc["both", "position"] != "opportunity"


def test_solidarity_in_pyongyangs_own_terms_suffices_in_one_sentence_the_side_taken_does_not(tmp_path):
    duty = ("According to KCNA, Kim Jong Un's decision to deploy North Korean troops in Russia falls under a defense "
            "treaty between the two countries.")
    side = "North Korea is one of very few countries that support Russia's 2022 invasion of Ukraine."
    motives = _theme(tmp_path, "North Korea's motives", {"duty.txt": f"{NEUTRAL}{duty}\n", "side.txt": f"{NEUTRAL}{side}\n"})
    assert motives.loc["duty", "position"] == "solidarity"
    assert "side" not in motives.index or motives.loc["side", "position"] != "solidarity"


def test_full_support_suffices_alone_in_pyongyangs_quoted_words_not_in_the_writers_account(tmp_path):
    quoted = ("North Korean leader Kim Jong-un signed a mutual defense pledge with Russia and expressed his “full support” "
              "for Moscow’s war in Ukraine.")
    told = "During the recent talks, Kim expressed to Putin his full support for Russia’s invasion of Ukraine."
    motives = _theme(tmp_path, "North Korea's motives",
                     {"quoted.txt": f"{NEUTRAL}{quoted}\n", "told.txt": f"{NEUTRAL}{told}\n"})
    assert motives.loc["quoted", "position"] == "solidarity"
    assert "told" not in motives.index or motives.loc["told", "position"] != "solidarity"


def test_full_support_in_single_quotes_is_pyongyangs_quoted_words_too(tmp_path):
    # British single quotes mark the quoted words as well as double ones
    texts = {"curly.txt": f"{NEUTRAL}Kim Jong Un expressed his ‘full support’ for Moscow’s war in Ukraine.\n",
             "plain.txt": f"{NEUTRAL}Kim Jong Un expressed his 'full support' for Moscow’s war in Ukraine.\n"}
    motives = _theme(tmp_path, "North Korea's motives", texts)
    assert motives.loc["curly", "position"] == "solidarity"
    assert motives.loc["plain", "position"] == "solidarity"


def test_the_war_as_a_range_for_north_koreas_arms_states_an_opportunity_in_one_sentence(tmp_path):
    text = ("Russia and North Korea signed a new treaty in Pyongyang this week.\n\n"
            "Analysts say North Korea might stay in an unequal relationship with Russia for a long time, giving them the "
            "chance to test their weapons in real combat situations.\n\n" + NEUTRAL)
    motives = _theme(tmp_path, "North Korea's motives", {"a.txt": text})
    assert motives.loc["a", "position"] == "opportunity"


def test_a_labour_sanctions_breach_in_one_sentence_still_asks_two(tmp_path):
    # held back from labour's lone_sentence_labels: it rested on analogy and one seed article, no dev article
    assert "sanctions breach" not in load_codebook()["labour"].lone_sentence_labels
    text = (NEUTRAL + "In spite of the imposed prohibition, Moscow has continued to export oil to North Korea, while a "
            "considerable population of North Korean laborers remains inside Russia.\n")
    labour = _theme(tmp_path, "labour", {"a.txt": text})
    assert labour.loc["a", "position"] != "sanctions breach"


def _one_sentence_each(tmp_path, theme: str, sentences: list, ctx: str = "") -> dict:
    texts = {f"s{i}.txt": f"{ctx}{NEUTRAL}{text}\n\nThe talks ended.\n" for i, text in enumerate(sentences)}
    found = _theme(tmp_path, theme, texts)
    return {text: (found.loc[f"s{i}", "position"] if f"s{i}" in found.index else None)
            for i, text in enumerate(sentences)}


def test_a_trade_revival_planned_or_forecast_still_asks_two_sentences(tmp_path):
    # a plan, a forecast or a wish before the label or inside its words ("expected to resume") entertains the revival
    found = _one_sentence_each(tmp_path, "trade and economy", [
        "Russia plans to resume regular train services to North Korea.",
        "Trade between Russia and North Korea is expected to resume next year.",
        "The rail link between Russia and North Korea is set to reopen in June.",
        "Trade between Russia and North Korea is going to resume soon.",
        "Russia and North Korea are preparing to reopen the rail link.",
        "Pyongyang is eager to restart exports of coal to Russia."])
    for text, label in found.items():
        assert label != "recovering", text


def test_unhedged_reads_a_capitalised_month_and_a_when_clause_as_no_modal():
    text = "In May 2023, flights between the two capitals resumed."
    row = {"text": text, "start": 0, "position_start": text.index("resumed"), "position_end": len(text) - 1,
           "certainty": "asserted"}
    assert _unhedged(row)
    text = "When the border reopened in 2023, trade resumed."
    assert _unhedged({**row, "text": text, "position_start": text.index("resumed"), "position_end": len(text) - 1})
    text = "If the border reopens, trade resumed would help."
    assert not _unhedged({**row, "text": text, "position_start": text.index("resumed"), "position_end": len(text) - 1})


def test_another_country_gaining_or_north_korea_unlikely_to_gain_is_no_opportunity(tmp_path):
    # North Korea must be the clause's subject: not its neighbour, enemies, rivals, nor a gain denied
    found = _one_sentence_each(tmp_path, "North Korea's motives", [
        "Sanctions on North Korea mean South Korean exporters stand to gain from the new rules.",
        "North Korea sent troops to Kursk and Ukraine is likely to benefit from their inexperience.",
        "North Korea's neighbour Japan stands to gain from the shift in US policy.",
        "North Korea's enemies stand to gain from its growing dependence on Russia.",
        "Kim Yo Jong's rivals inside the party stand to gain if Russia cools on North Korea.",
        "North Korea is unlikely to benefit from the deal with Russia."])
    for text, label in found.items():
        assert label != "opportunity", text


def test_an_ordinary_weapons_test_is_no_war_used_as_a_range(tmp_path):
    found = _one_sentence_each(tmp_path, "North Korea's motives", [
        "North Korea tested its new cruise missiles on warships off its east coast last week.",
        "North Korea tested its new missiles under realistic conditions, state media said."])
    for text, label in found.items():
        assert label != "opportunity", text


def test_russias_solidarity_with_north_korea_is_no_motive_of_north_koreas(tmp_path):
    found = _one_sentence_each(tmp_path, "North Korea's motives", [
        "Russia expressed full solidarity with North Korea after the latest round of UN sanctions."])
    for text, label in found.items():
        assert label != "solidarity", text


def test_a_breach_denied_or_of_a_contract_is_no_labour_sanctions_breach(tmp_path):
    found = _one_sentence_each(tmp_path, "labour", [
        "Russia denies that North Korean workers in its factories violate UN sanctions.",
        "North Korean workers in Russia earn far less than local labourers, in breach of their contracts."])
    for text, label in found.items():
        assert label != "sanctions breach", text


def test_china_looking_away_denied_or_another_holding_back_is_not_china_indifferent(tmp_path):
    found = _one_sentence_each(tmp_path, "China's role", [
        "A Chinese foreign ministry spokesperson said China would not turn a blind eye to North Korean workers crossing "
        "into Russia.",
        "The source said China has not decided to look the other way on North Korean workers bound for Russia.",
        "Analysts said Beijing may abstain from criticising the Russia-North Korea treaty.",
        "Russia said it will refrain from commenting on China's ties with North Korea."])
    for text, label in found.items():
        assert label != "China indifferent", text


def test_the_us_criticised_by_another_side_is_no_common_adversary(tmp_path):
    found = _one_sentence_each(tmp_path, "the US and the West", [
        "Ukrainian President Volodymyr Zelensky criticized the United States for delaying aid as North Korean troops "
        "arrived in Russia.",
        "Critics in Seoul accused the US of doing too little to stop Russia and North Korea."])
    for text, label in found.items():
        assert label != "common adversary", text


def test_friendship_read_from_a_lone_rapprochement_asks_two_sentences(tmp_path):
    lone = "The rapprochement between Russia and North Korea, “very bad news for the US”, worries Washington."
    named = "Russia and North Korea celebrated their friendship at a gala in Pyongyang."
    framing = _theme(tmp_path, "relationship framing", {"lone.txt": f"{NEUTRAL}{lone}\n\nThe talks ended.\n",
                                                        "named.txt": f"{NEUTRAL}{named}\n\nThe talks ended.\n"})
    assert framing.loc["lone", "position"] == ""
    assert framing.loc["named", "position"] == "friendship"


def test_a_label_whose_ending_is_told_is_not_held(tmp_path):
    # "termination of its alliance treaty": the alliance is over, no alliance framing; a signed one still is
    from analysis.views import theme_sentences
    tables = extract(load_corpus(write_corpus(tmp_path / "s", {
        "ended.txt": "Russia's termination of its alliance treaty with North Korea in 1996 signaled a break in their relations.\n",
        "signed.txt": "Russia and North Korea signed an alliance treaty in 2024.\n"})), families=())
    rows = theme_sentences(tables)
    framing = rows[rows["theme"] == "relationship framing"].set_index("article_id")
    assert framing.loc["ended", "position"] == "" and framing.loc["signed", "position"] == "alliance"


def test_technology_north_korea_wants_states_its_security_motive_in_one_sentence(tmp_path):
    # security's lone sentences naming a technology ask two (lone_unless); North Korea the subject of a verb of wanting it suffices
    wants = "Pyongyang wants to obtain advanced Russian satellite technology from Moscow."
    eager = "North Korea is eager to acquire Russian missile and submarine technologies in return for its shells."
    given = "Russia may soon hand North Korea advanced missile technology, officials in Seoul fear."
    motives = _theme(tmp_path, "North Korea's motives", {name + ".txt": f"{NEUTRAL}{text}\n\nThe talks ended.\n"
                                                         for name, text in (("wants", wants), ("eager", eager),
                                                                            ("given", given))})
    assert motives.loc["wants", "position"] == "security"
    assert motives.loc["eager", "position"] == "security"
    assert "given" not in motives.index or motives.loc["given", "position"] != "security"


def test_arms_help_got_in_a_deals_return_states_the_security_motive_in_one_sentence(tmp_path):
    # what North Korea is paid in for its shells or troops is why it deals: one sentence suffices
    got = "In exchange for its artillery shells, Pyongyang is getting satellite and missile tech from Moscow."
    after = "North Korea is receiving ballistic missile-related technology from Russia in return, officials in Seoul believe."
    motives = _theme(tmp_path, "North Korea's motives", {name + ".txt": f"{NEUTRAL}{text}\n\nThe talks ended.\n"
                                                         for name, text in (("got", got), ("after", after))})
    assert motives.loc["got", "position"] == "security"
    assert motives.loc["after", "position"] == "security"
