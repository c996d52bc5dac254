"""Units and kinds of figures found on russia_nk_v4 / other_topics_v4 (round 2): who people of a nation are, the
head of a compound noun, a part after "including", "the number of X ... to N", "put the figure at N" and idioms."""
import pytest

from analysis.figures import extract_figures

from . import assert_figures

CASES = [
    # people of a nation sent to fight are troops, hired ones workers; otherwise people
    ("demonym_deployed", "An estimated 11,000 North Koreans were deployed to Kursk last December.",
     [{"unit": "troops", "kind": "troop_estimate"}]),
    ("demonym_employed", "A Moscow-based construction firm expects to employ 300 North Koreans.",
     [{"unit": "workers", "kind": "labor_estimate", "subject": "North Korean workers"}]),
    # the state named in a troop or workforce figure is whose they are, not a state named before it
    ("subject_inside_figure", "Ukrainian President Volodymyr Zelenskyy has said that as many as 4,000 North Korean "
     "soldiers had been wounded or killed.", [{"subject": "North Korean troops killed or wounded"}]),
    ("subject_money_not_inside", "In August 2022, North Korea-China trade reached US$ 90.3 million.",
     [{"subject": "North Korea\u2013China trade"}]),
    ("demonym_people", "Data shows that 13,221 North Koreans entered Russia in 2023.",
     [{"unit": "people", "kind": "count"}]),
    ("demonym_few_employed", "The firm hired two Pakistanis last week.", [{"unit": "workers", "kind": "count"}]),
    # a capitalised common noun in a headline is no nation
    ("headline_civilians", "Have Over 2,000 Civilians Died in El Fasher Due to RSF Control?\n\nThe government said so.", [{"unit": "Civilians", "kind": "count"}]),
    # attackers named by the side they fight are troops
    ("invaders_troops", "Our soldiers neutralised more than 15,000 invaders in January, a Ukrainian commander said.",
     [{"unit": "troops", "kind": "troop_estimate", "subject": ""}]),
    # casualties named military are troops; civilian ones (or unqualified) are not
    ("military_casualties", "About 1,000 military casualties were reported, and 500 civilian casualties.",
     [{"unit": "troops", "kind": "troop_estimate"}, {"unit": "casualties", "kind": "count"}]),
    # a bare number followed only by a time takes the troop or worker noun heading its clause
    ("kind_noun_before_time", "Ukraine put Russia's military casualties at 48,240 last month.",
     [{"text": "48,240", "unit": "troops", "kind": "troop_estimate"}]),
    ("workers_before_time", "North Korean workers numbered 20,000 last year.", [{"unit": "workers"}]),
    # a plural modifier before the head: the head is counted; an -s verb after a plural is no head
    ("compound_plural", "It came a month after two telecommunications cables were severed.",
     [{"text": "two telecommunications cables", "unit": "cables"}]),
    ("plural_then_verb", "Having 19 fouls proves nothing.", [{"text": "19 fouls", "unit": "fouls"}]),
    # a bare number after "including" counts what the figure before it counted, whatever follows it
    ("including_part", "Four undersea cables are out of service, including three between Finland and Estonia.",
     [{"unit": "cables"}, {"text": "three", "unit": "cables"}]),
    # "the number of X ... to N"
    ("number_of_to", "This brings the total number of deaths in the city since May 2024 to over 14,000.",
     [{"text": "14,000", "unit": "deaths"}]),
    ("number_of_singular", "The number of the party rose to 14,000.", [{"text": "14,000", "unit": ""}]),
    # "put the figure at N": another estimate of what the sentence before counted
    ("put_the_figure_at", "Zelenskyy said as many as 4,000 North Korean soldiers had been wounded or killed. "
     "The NIS put the figure at 3,000.",
     [{"unit": "troops"}, {"text": "3,000", "unit": "troops", "kind": "troop_estimate"}]),
    ("put_at_no_figure_before", "Officials put the figure at 12 on Monday.", [{"text": "12", "unit": ""}]),
    # people counted as a part of troops or workers ("including") are that estimate, with their own noun
    ("part_of_troops", "Around 12,000 North Korean troops, including 500 officers and three generals, were in Russia "
     "on five military bases.", [{"kind": "troop_estimate"}, {"unit": "officers", "kind": "troop_estimate"},
                                 {"unit": "generals", "kind": "troop_estimate"}, {"unit": "bases", "kind": "count"}]),
    ("part_not_including", "Some 12,000 troops arrived with 30 tanks.", [{"kind": "troop_estimate"}, {"kind": "count"}]),
    # a vague or scaled number "of" an owner's things counts the things
    ("vague_of_its", "The DPRK has sent dozens of its latest short-range ballistic missiles to Russia.",
     [{"text": "dozens of its latest short-range ballistic missiles", "unit": "missiles"}]),
    ("scaled_of_their", "Tens of thousands of their soldiers died.", [{"unit": "troops", "kind": "troop_estimate"}]),
    # a bare number "in favor" of a vote counts votes (not the members of the body)
    ("votes_in_favor", "The vote in the 15-member council was 13 in favor, Russia against and China abstaining.",
     [{"unit": "members"}, {"text": "13", "unit": "votes"}]),
    ("votes_abstentions", "It passed with 141 in favour, five against and 35 abstentions.",
     [{"unit": "votes"}, {"unit": "votes"}, {"unit": "abstentions"}]),
    ("no_vote_score", "He scored 13 in the game.", [{"text": "13", "unit": ""}]),
    # a body of troops or workers sized by the figure
    ("strong_contingent", "North Korea sent a 12,000-strong contingent to Russia.",
     [{"text": "12,000-strong", "unit": "troops", "kind": "troop_estimate"}]),
    ("strong_named_force", "A 10,000-strong North Korean force arrived.", [{"unit": "troops", "kind": "troop_estimate"}]),
    ("force_of", "Pyongyang deployed a force of about 12,000 to Kursk.", [{"unit": "troops", "kind": "troop_estimate"}]),
    ("workforce_strong", "A 300-strong workforce was hired.", [{"unit": "workers", "kind": "labor_estimate"}]),
    ("strong_crowd", "The 50,000-strong crowd forced the police back.", [{"unit": "people", "kind": "count"}]),
    # a state that only qualifies who speaks, or follows "according to", is not whose the troops are
    ("subject_speaker_state", "South Korea's National Intelligence Service said the North had shipped 3,000 troops to "
     "Russia's Far East.", [{"subject": ""}]),
    ("subject_according_to", "Around 600 North Korean soldiers have been killed fighting for Russia, according to South "
     "Korean lawmaker Lee Seong-kweun.", [{"subject": "North Korean troops killed or wounded"}]),
    ("subject_state_speaks", "North Korea said it would send 3,000 troops to Russia.",
     [{"subject": "North Korean troops in Russia"}]),
    ("subject_entering", "Japanese television network NHK reported dozens of workers were entering Russia.",
     [{"subject": ""}]),
    # "on one hand", "on one side ... on the other" contrast two sides and count nothing
    ("on_one_hand", "The U.S. and its allies on one hand and China on the other hand can agree on little.", []),
    ("on_one_side", "The peninsula is split, with Russia and North Korea on one side and South Korea on the other.", []),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_figure_units(name, text, expected):
    assert_figures(text, expected)


@pytest.mark.parametrize("text, unit", [
    ("Pakistan's former prime minister was fined Rs 100,000 by the court in Islamabad.", "PKR"),
    ("In Lahore, the fine was 100,000 rupees.", "PKR"),
    ("The Indian firm paid Rs 100,000 in Mumbai.", "INR"),
    ("The Pakistani court fined him ₹ 100,000.", "INR"),            # the sign names the Indian rupee
    ("The fine was Rs 100,000.", "INR"),                            # no state named: the lexicon's default
])
def test_a_bare_rupee_is_the_currency_of_the_state_the_story_names(text, unit):
    assert [f.unit for f in extract_figures(text)] == [unit]


@pytest.mark.parametrize("text, expected", [
    # a frequency or multiplier written as an adverb
    ("He tested positive twice for the substance.", [("twice", 2.0, None, "times", "count")]),
    ("The meeting went more than twice as long as scheduled.", [("twice", 2.0, None, "times", "count")]),
    # a range whose first number is "one", after "between"
    ('WADA wants a ban of "between one and two years".', [("one and two years", 1.0, 2.0, "year", "duration")]),
    # a rank with content in a sports table, not the praise "the number one issue"
    ("The decision not to sanction world number 1 Jannik Sinner.", [("world number 1", 1.0, None, "rank", "ordinal")]),
    ("Sinner, the world No. 1, won.", [("world No. 1", 1.0, None, "rank", "ordinal")]),
    ("the world number one and defending champion", [("world number one", 1.0, None, "rank", "ordinal")]),
    ("Jobs are the number one issue for voters.", []),
    # the stage of a competition is a name, not a count; "the last 16 soldiers" counts
    ("In the round of 16, his opponent is Roman Safiullin.", []),
    ("She reached the last 16 of the tournament.", []),
    ("The last 16 soldiers left the town.", [("16 soldiers", 16.0, None, "troops", "troop_estimate")]),
])
def test_adverbs_of_frequency_ranges_from_one_ranks_and_stages(text, expected):
    assert [(f.text, f.value, f.value_high, f.unit, f.kind) for f in extract_figures(text)] == expected


def test_tally_after_the_word_vote_counts_votes():
    from . import assert_figures
    assert_figures("The council vote was 41 to 9 after a long debate.",
                   [{"text": "41", "unit": "votes"}, {"text": "9", "unit": "votes"}])
    assert_figures("The measure passed by a vote of 52 to 3 on Monday.",
                   [{"text": "52", "unit": "votes"}, {"text": "3", "unit": "votes"}])


def test_the_other_side_of_a_vote_takes_the_unit_of_the_first():
    from . import assert_figures
    assert_figures("The motion carried with 71 votes for and 2 against.",
                   [{"text": "71 votes", "unit": "votes"}, {"text": "2", "unit": "votes"}])


def test_a_vote_followed_by_a_measured_span_is_no_tally():
    from . import assert_figures
    assert_figures("The vote of 15 members was split.", [{"text": "15 members", "unit": "members"}])
