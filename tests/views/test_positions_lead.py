"""Positions: a lone statement in the lead or in a treaty's terms, a source's forecast read as its allegation, its doubt
of a future support as unlikely, first-person words inside a quote; a fallback label's headline, ties in a civil field, a
pledge to stand with Russia, ties growing at a gathering pace, sanctions violated in one sentence, a split between nested
framings."""
from __future__ import annotations

import dataclasses

from analysis import extract, load_corpus
from analysis.views import article_positions, load_codebook, theme_sentences
from analysis.views.positions import lead_sentences

from ..conftest import write_corpus

NEUTRAL = ("The two leaders met in Vladivostok on Monday for two days of talks.\n\n"
           "Officials from both sides gave few details of what was discussed there.\n\n")
ALLIANCE = "Russia and North Korea have now formed a full military alliance against their rivals."
# alliance read from 'ally' (the word for a former or another pair's ally as often as for these two: lone_unless) asks two
ALLY = "North Korea has now become a close military ally of Russia against their rivals."


def _framing(tmp_path, texts: dict):
    tables = extract(load_corpus(write_corpus(tmp_path / "c", texts)), families=())
    positions = article_positions(tables, learned=False, withhold=False)     # the rules alone (the learned reading: test_learned)
    return positions[positions["theme"] == "relationship framing"].set_index("article_id")


def test_the_writers_unhedged_lead_sentence_suffices_where_the_theme_asks_two(tmp_path):
    # relationship framing asks two sentences but accepts the writer's own plain statement in the lead (the first two
    # full sentences) or the headline: the story's own summary; the same sentence further down is one reading among many
    framing = _framing(tmp_path, {"lead.txt": f"{ALLY}\n\n{NEUTRAL}",
                                  "later.txt": f"{NEUTRAL}{ALLY}\n\nThe talks ended on Tuesday.\n"})
    assert (framing.loc["lead", "position"], framing.loc["lead", "stance"]) == ("alliance", "own")
    assert (framing.loc["later", "position"], framing.loc["later", "stance"]) == ("", "no clear position")


def test_a_hedged_or_reported_lead_sentence_does_not_suffice(tmp_path):
    hedged = "North Korea has now probably become a close military ally of Russia against their rivals."
    reported = "Analysts said that North Korea has now become a close military ally of Russia against their rivals."
    framing = _framing(tmp_path, {"hedged.txt": f"{hedged}\n\n{NEUTRAL}", "reported.txt": f"{reported}\n\n{NEUTRAL}"})
    assert framing.loc["hedged", "position"] == "" and framing.loc["reported", "position"] == ""


def test_a_theme_without_lead_suffices_still_asks_two(tmp_path):
    # North Korea's motives keeps two sentences even in the lead (its lone readings of a motive misread most often;
    # economic need, leverage and security named as such, its lone_sentence_labels, aside)
    text = "North Korea turned to Russia because it wants Russian military technology for its missile programmes.\n\n" + NEUTRAL
    tables = extract(load_corpus(write_corpus(tmp_path / "m", {"a.txt": text})), families=())
    motives = article_positions(tables, withhold=False).set_index(["theme", "article_id"]).loc["North Korea's motives"]
    assert (motives.loc["a", "position"], motives.loc["a", "stance"]) == ("", "no clear position")


def test_lead_sentences_are_the_first_two_full_sentences():
    import pandas as pd
    rows = [("a", 0, "Kim meets Putin in Vladivostok"), ("a", 1, "May 9th 2019"),
            ("a", 2, "On April 25th Vladimir Putin met Kim Jong-un in the Russian city of Vladivostok."),
            ("a", 3, "It was short."), ("a", 4, "This was the first meeting of the two leaders since Kim took power in 2011."),
            ("a", 5, "Mr Putin described the talks as substantive, but no formal agreement was signed.")]
    sentences = pd.DataFrame(rows, columns=["article_id", "sentence_id", "text"])
    assert lead_sentences(sentences) == {"a": frozenset({2, 4})}


def test_a_sources_forecast_of_the_support_is_its_allegation(tmp_path):
    # military support: reported_as {speculative: alleged}; the writer's own "could" stays speculative
    own = "Russia could buy more North Korean artillery shells for its war in Ukraine next year."
    reported = "Analysts said Russia could buy more North Korean artillery shells for its war in Ukraine next year."
    tables = extract(load_corpus(write_corpus(tmp_path / "s", {"own.txt": own + "\n", "reported.txt": reported + "\n"})),
                     families=())
    support = article_positions(tables, withhold=False).set_index(["theme", "article_id"]).loc["military support"]
    assert (support.loc["own", "position"], support.loc["own", "stance"]) == ("speculative", "own")
    assert (support.loc["reported", "position"], support.loc["reported", "stance"]) == ("alleged", "reported")


def test_first_person_words_inside_a_quote_are_the_speakers(tmp_path):
    # "We expect" is the writer's own view only outside quotation marks: inside a quote the speaker holds it
    quoted = ('"We expect Russia could try to buy more North Korean artillery shells for its war," '
              'said the official, who did not want to be named.\n')
    own = "We expect Russia could try to buy more North Korean artillery shells for its war.\n"
    tables = extract(load_corpus(write_corpus(tmp_path / "q", {"quoted.txt": quoted, "own.txt": own})),
                     families=("quotes", "claims"))
    rows = theme_sentences(tables)
    held = rows[(rows["theme"] == "military support") & (rows["position"] != "")].set_index("article_id")
    assert bool(held.loc["quoted", "attributed"]) and not bool(held.loc["own", "attributed"])
    support = article_positions(tables, theme_rows=rows, withhold=False).set_index(["theme", "article_id"]).loc["military support"]
    assert support.loc["quoted", "position"] == "alleged" and support.loc["own", "position"] == "speculative"


def test_the_ties_named_by_their_signed_treaty_suffice_in_one_sentence(tmp_path):
    # relationship framing asks two sentences, but a label read inside the treaty's name or its mutual-defence clause
    # (the codebook's ``suffices``) is the ties as the two signed them: one sentence further down suffices
    pact = "Last year the two countries signed a mutual defense treaty in Pyongyang, Russia and North Korea said."
    partnership = "Russia and North Korea signed a comprehensive strategic partnership agreement in Pyongyang last June."
    loose = "Russia and North Korea have deepened their bilateral ties in many fields since the war began."
    framing = _framing(tmp_path, {"pact.txt": f"{NEUTRAL}{pact}\n\nThe talks ended on Tuesday.\n",
                                  "partner.txt": f"{NEUTRAL}{partnership}\n\nThe talks ended on Tuesday.\n",
                                  "loose.txt": f"{NEUTRAL}{loose}\n\nThe talks ended on Tuesday.\n"})
    assert framing.loc["pact", "position"] == "alliance"
    assert framing.loc["partner", "position"] == "partnership"
    assert (framing.loc["loose", "position"], framing.loc["loose", "stance"]) == ("", "no clear position")


def test_a_sources_doubt_of_a_future_support_stays_unlikely_its_denial_of_a_past_one_is_alleged(tmp_path):
    # military support: a source's low chances of the support ("the possibility of technology transfer is low") are its
    # doubt of something still ahead, not an allegation; "has never supplied" denies a reported past supply, one side of
    # a contested claim (reported_as {denied: alleged}), and the doubt beside it ("no plans to do so") goes with it
    doubt = "Professor Park said that the possibility of a transfer of Russian missile technology to North Korea is low.\n"
    denial = ("A North Korean official said the country has never supplied weapons to Russia and has no plans "
              "to do so in the future.\n")
    tables = extract(load_corpus(write_corpus(tmp_path / "d", {"doubt.txt": doubt, "denial.txt": denial})),
                     families=("quotes", "claims"))
    support = article_positions(tables, withhold=False).set_index(["theme", "article_id"]).loc["military support"]
    assert (support.loc["doubt", "position"], support.loc["doubt", "stance"]) == ("unlikely", "reported")
    assert (support.loc["denial", "position"], support.loc["denial", "stance"]) == ("alleged", "reported")


def test_a_label_whose_lone_sentences_proved_reliable_suffices_in_one_sentence(tmp_path):
    # relationship framing asks two sentences, but its lone_sentence_labels (friendship, strategic alignment, partnership:
    # right in every dev article where one sentence held them by their own patterns) suffice in one sentence further down;
    # partnership read by the theme's fallback (the ties worked up) still asks two
    friendly = "Observers in Seoul describe the fraternal ties Russia and North Korea now boast of."
    partners = "Russia and North Korea have deepened their bilateral ties in many fields since the war began."
    named = "Some observers in Seoul now see Russia and North Korea as partners in many fields."
    framing = _framing(tmp_path, {"friendly.txt": f"{NEUTRAL}{friendly}\n\nThe talks ended on Tuesday.\n",
                                  "named.txt": f"{NEUTRAL}{named}\n\nThe talks ended on Tuesday.\n",
                                  "partners.txt": f"{NEUTRAL}{partners}\n\nThe talks ended on Tuesday.\n"})
    assert framing.loc["friendly", "position"] == "friendship"
    assert framing.loc["named", "position"] == "partnership"
    assert (framing.loc["partners", "position"], framing.loc["partners", "stance"]) == ("", "no clear position")


def test_lone_sentence_labels_must_be_labels_of_the_theme(tmp_path):
    import pytest
    from analysis.views import load_codebook
    book = tmp_path / "book.yml"
    book.write_text("name: t\nthemes:\n  ties:\n    description: d\n    patterns: ['ties']\n    min_sentences: 2\n"
                    "    positions:\n      close: ['close ties']\n    lone_sentence_labels: [distant]\n", encoding="utf-8")
    with pytest.raises(Exception, match="lone_sentence_labels"):
        load_codebook(book)


def test_the_accused_rejecting_the_claims_is_their_denial_reported(tmp_path):
    # 'reject' and 'refute' are verbs of saying (the family of deny): the writer reports the parties' denial, one side of a
    # contested claim (reported_as {denied: alleged}), not the article's own denial of the support
    text = "Russia and North Korea have rejected claims of any arms transfers between them.\n"
    tables = extract(load_corpus(write_corpus(tmp_path / "r", {"a.txt": text})), families=("quotes", "claims"))
    support = article_positions(tables, withhold=False).set_index(["theme", "article_id"]).loc["military support"]
    assert (support.loc["a", "position"], support.loc["a", "stance"]) == ("alleged", "reported")


def test_a_label_a_lone_source_holds_suffices_where_the_codebook_names_it_for_the_reported_voice(tmp_path):
    # the US and the West: threat to the West is in lone_reported_labels: one source's sentence suffices, whatever its
    # words; the writer's own lone sentence suffices where it names the threat, not where it tells of the West voicing
    # concern (lone_unless: {CONCERN_OF})
    reported = "Seoul said the Russia and North Korea ties have raised concerns in Seoul and Tokyo.\n"
    own = "The treaty between Russia and North Korea is a threat to regional peace and stability.\n"
    voiced = "Seoul and Washington have voiced worries about the treaty between Russia and North Korea.\n"
    tables = extract(load_corpus(write_corpus(tmp_path / "w", {"rep.txt": NEUTRAL + reported, "own.txt": NEUTRAL + own,
                                                               "voiced.txt": NEUTRAL + voiced})),
                     families=("quotes", "claims"))
    west = article_positions(tables, withhold=False).set_index(["theme", "article_id"]).loc["the US and the West"]
    assert (west.loc["rep", "position"], west.loc["rep", "stance"]) == ("threat to the West", "reported")
    assert (west.loc["own", "position"], west.loc["own", "stance"]) == ("threat to the West", "own")
    assert (west.loc["voiced", "position"], west.loc["voiced", "stance"]) == ("", "no clear position")


def test_a_lone_framing_suffices_where_its_words_name_it_not_where_they_tell_a_deed(tmp_path):
    # alliance and marriage of convenience are lone_sentence_labels, but 'ally' (lone_unless) still asks two sentences, and a
    # trade of arms or troops for something ("in exchange for sending its troops") is a deed told, no marriage of convenience
    named = "The ties between Russia and North Korea have hardened into a full military alliance."
    deal = "The relationship between Russia and North Korea is a transactional one."
    trade = "Russia has supplied air defense missiles to North Korea in exchange for sending its troops to Russia."
    framing = _framing(tmp_path, {f"{name}.txt": f"{NEUTRAL}{text}\n\nThe talks ended on Tuesday.\n" for name, text in
                                  (("named", named), ("deal", deal), ("trade", trade), ("ally", ALLY))})
    assert (framing.loc["named", "position"], framing.loc["named", "stance"]) == ("alliance", "own")
    assert (framing.loc["deal", "position"], framing.loc["deal", "stance"]) == ("marriage of convenience", "own")
    assert framing.loc["trade", "position"] == ""
    assert (framing.loc["ally", "position"], framing.loc["ally", "stance"]) == ("", "no clear position")


def test_a_lone_security_motive_suffices_where_named_not_read_from_a_technology(tmp_path):
    # North Korea's motives: security guarantees sought name the motive; a technology sought is what the North gets
    # (lone_unless), and still asks two sentences
    named = "North Korea turned to Russia because it wants ironclad security guarantees against the United States."
    tech = "North Korea turned to Russia because it wants Russian military technology for its missile programmes."
    tables = extract(load_corpus(write_corpus(tmp_path / "s", {"named.txt": f"{NEUTRAL}{named}\n",
                                                               "tech.txt": f"{NEUTRAL}{tech}\n"})), families=())
    motives = article_positions(tables, learned=False, withhold=False).set_index(["theme", "article_id"]).loc["North Korea's motives"]
    assert motives.loc["named", "position"] == "security"
    assert (motives.loc["tech", "position"], motives.loc["tech", "stance"]) == ("", "no clear position")


def test_lone_unless_patterns_are_checked_like_any_codebook_pattern(tmp_path):
    import pytest
    book = tmp_path / "book.yml"
    book.write_text("name: t\nthemes:\n  ties:\n    description: d\n    patterns: ['ties']\n    min_sentences: 2\n"
                    "    positions:\n      close: ['close ties']\n    lone_sentence_labels: [close]\n"
                    "    lone_unless: ['(a+)+']\n", encoding="utf-8")
    with pytest.raises(Exception, match="lone_unless"):
        load_codebook(book)


def test_a_headline_is_no_second_reading_of_a_fallback_label(tmp_path):
    # partnership read by the fallback alone (the ties worked up) asks two sentences of the body: a headline restating the
    # event ("delegation visits Russia to boost ties") is no second reading; two body sentences still state it
    headline = "North Korean delegation visits Russia to discuss ways to boost ties\n\n"
    body = "Russia and North Korea have deepened their bilateral ties in many fields since the war began."
    again = "Moscow has bolstered its ties with Pyongyang over the past two years."
    framing = _framing(tmp_path, {"headed.txt": f"{headline}{NEUTRAL}{body}\n\nThe talks ended on Tuesday.\n",
                                  "twice.txt": f"{NEUTRAL}{body}\n\n{again}\n\nThe talks ended on Tuesday.\n"})
    assert framing.loc["headed", "position"] == ""
    assert framing.loc["twice", "position"] == "partnership"


def test_ties_in_a_civil_field_are_not_the_framing_of_the_relationship(tmp_path):
    # what a delegation's visit works on ("humanitarian ties", "ties in education") is no framing of the ties
    one = "The governor said the visit would strengthen humanitarian ties between Primorye and North Korea."
    two = "The rectors will attend an event in Russia on strengthening ties in education with North Korea."
    framing = _framing(tmp_path, {"civil.txt": f"{NEUTRAL}{one}\n\n{two}\n\nThe talks ended on Tuesday.\n"})
    assert framing.loc["civil", "position"] == ""


def test_pyongyangs_pledge_to_stand_with_russia_suffices_for_solidarity_in_one_sentence(tmp_path):
    # North Korea's motives asks two sentences; its pledge to stand with Russia, in any words ("stand in the same trench
    # with Russia", "stand firmly with its Russian comrades"), is solidarity in one
    trench = ("Kim Yo-jong said that North Korea will always stand in the same trench with Russia.")
    comrades = "She affirmed that North Korea would stand firmly with its Russian comrades until victory is achieved."
    tables = extract(load_corpus(write_corpus(tmp_path / "s", {"trench.txt": f"{NEUTRAL}{trench}\n",
                                                               "comrades.txt": f"{NEUTRAL}{comrades}\n"})), families=())
    motives = article_positions(tables, learned=False, withhold=False).set_index(["theme", "article_id"]).loc["North Korea's motives"]
    assert motives.loc["trench", "position"] == "solidarity"
    assert motives.loc["comrades", "position"] == "solidarity"


def test_ties_growing_at_a_gathering_pace_are_deepening(tmp_path):
    text = "Russia's invasion of Ukraine has been at the root of its accelerating collaboration with North Korea.\n"
    tables = extract(load_corpus(write_corpus(tmp_path / "a", {"pace.txt": f"{NEUTRAL}{text}"})), families=())
    outlook = article_positions(tables, learned=False, withhold=False).set_index(["theme", "article_id"]).loc["durability and outlook"]
    assert outlook.loc["pace", "position"] == "deepening"


def test_petroleum_delivered_to_north_korea_is_sanctions_defying_trade_and_a_quantitys_bound_is_no_negation(tmp_path):
    # the Security Council caps the North's petroleum imports: oil delivered to it is trade despite sanctions; "more than a
    # million barrels" bounds a quantity, it does not negate the delivery (as "rather than" would)
    one = "Russia has likely delivered more than a million barrels of petroleum to North Korea since March, the group said."
    two = "Russia is estimated to have supplied more than 1 million barrels of oil to North Korea this year."
    tables = extract(load_corpus(write_corpus(tmp_path / "o", {"oil.txt": f"{one}\n\n{NEUTRAL}{two}\n"})), families=())
    trade = article_positions(tables, learned=False, withhold=False).set_index(["theme", "article_id"]).loc["trade and economy"]
    assert trade.loc["oil", "position"] == "sanctions-defying"


def test_the_writers_lone_sentence_that_sanctions_are_violated_suffices(tmp_path):
    # sanctions violated is a deed, not a framing: one sentence of the writer's own suffices (as a source's already did)
    text = "Moscow's purchases of North Korean shells directly violate multiple UN Security Council resolutions.\n"
    tables = extract(load_corpus(write_corpus(tmp_path / "v", {"breach.txt": f"{NEUTRAL}{text}"})), families=())
    sanctions = article_positions(tables, learned=False, withhold=False).set_index(["theme", "article_id"]).loc["sanctions and the UN"]
    assert (sanctions.loc["breach", "position"], sanctions.loc["breach", "stance"]) == ("violated", "own")


def test_a_split_between_nested_framings_takes_the_most_specific(tmp_path):
    # relationship framing's labels are degrees (nested): one sentence calling the ties an alliance and another a
    # partnership are no disagreement; the article takes the more specific, alliance, the partnership sentence agreeing
    ally = "North Korea has become a key ally of Russia since the invasion of Ukraine."
    partner = "Pyongyang is now a trusted partner of Moscow."
    tables = extract(load_corpus(write_corpus(tmp_path / "n", {"split.txt": f"{NEUTRAL}{ally}\n\n{partner}\n\nThe talks lasted two days.\n"})), families=())
    rows = theme_sentences(tables)
    framing = rows[rows["theme"] == "relationship framing"]
    assert set(framing["position"]) >= {"alliance", "partnership"}
    positions = article_positions(tables, theme_rows=rows, learned=False, withhold=False).set_index(["theme", "article_id"])
    assert positions.loc[("relationship framing", "split"), "position"] == "alliance"
    # a theme whose labels are not nested keeps the split as no clear position
    book = load_codebook()
    flat = dataclasses.replace(book, themes=tuple(dataclasses.replace(t, nested=()) if t.name == "relationship framing"
                                                  else t for t in book.themes))
    row = article_positions(tables, flat, theme_rows=rows, learned=False, withhold=False).set_index(["theme", "article_id"])
    assert row.loc[("relationship framing", "split"), "stance"] == "no clear position"


def test_a_less_specific_framing_agrees_with_a_more_specific_one(tmp_path):
    # alliance leads (its sentence closes the article, weighing more) and is held once; the partnership sentence, a
    # weaker degree of the same framing, is a second reading that agrees with it, as min_sentences asks
    partner = "Pyongyang is now a trusted partner of Moscow."
    ally = "North Korea has become a key ally of Russia since the invasion of Ukraine."
    tables = extract(load_corpus(write_corpus(tmp_path / "w", {"w.txt": f"{NEUTRAL}{partner}\n\n{ally}\n"})), families=())
    framing = article_positions(tables, learned=False, withhold=False).set_index(["theme", "article_id"]).loc["relationship framing"]
    assert (framing.loc["w", "position"], framing.loc["w", "stance"]) == ("alliance", "own")


def test_a_lone_sentence_of_trade_despite_sanctions_suffices(tmp_path):
    # trade carried on despite the sanctions is a deed, like sanctions violated: one sentence of it suffices
    text = "Russia is estimated to have supplied more than 1 million barrels of oil to North Korea this year.\n"
    tables = extract(load_corpus(write_corpus(tmp_path / "d", {"oil.txt": f"{NEUTRAL}{text}"})), families=())
    trade = article_positions(tables, learned=False, withhold=False).set_index(["theme", "article_id"]).loc["trade and economy"]
    assert trade.loc["oil", "position"] == "sanctions-defying"


SCOPED_BOOK = ("name: t\nthemes:\n  ties:\n    description: d\n    patterns: ['ties']\n    min_sentences: 2\n"
               "    positions:\n      close: ['(?:armed )?close ties']\n      wary: ['(?:armed )?wary ties']\n"
               "    lone_sentence_labels: [close, wary]\n    lone_unless: {{{scope}}}\n")


def test_lone_unless_given_for_a_label_keeps_only_that_label_from_one_sentence(tmp_path):
    # a mapping label -> patterns scopes the exception (searched in the words that carry the label): 'armed' keeps 'wary'
    # from one sentence but not 'close'
    book = tmp_path / "book.yml"
    book.write_text(SCOPED_BOOK.format(scope="wary: ['armed']"), encoding="utf-8")
    texts = {"close.txt": f"{NEUTRAL}Moscow and Pyongyang keep armed close ties.\n",
             "wary.txt": f"{NEUTRAL}Moscow and Pyongyang keep armed wary ties.\n"}
    tables = extract(load_corpus(write_corpus(tmp_path / "c", texts)), families=())
    got = article_positions(tables, load_codebook(book), learned=False, withhold=False).set_index("article_id")
    assert got.loc["close", "position"] == "close"
    assert (got.loc["wary", "position"], got.loc["wary", "stance"]) == ("", "no clear position")


def test_lone_unless_for_a_label_the_theme_has_not_is_a_codebook_error(tmp_path):
    import pytest
    book = tmp_path / "book.yml"
    book.write_text(SCOPED_BOOK.format(scope="warm: ['arms']"), encoding="utf-8")
    with pytest.raises(Exception, match="lone_unless"):
        load_codebook(book)
