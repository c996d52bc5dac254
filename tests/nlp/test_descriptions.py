"""analysis.nlp.descriptions: a role description resolved to the person who holds that role, or kept."""
from analysis.nlp.document import analyse
from analysis.nlp.mentions import resolve_mention


def _resolve(text: str, mention: str) -> str:
    return resolve_mention(analyse(text), mention, text.index(mention), [])


def test_the_head_of_a_body_named_by_its_noun_is_not_the_person_named_near():
    # the country's president-elect named nearby is not the head of its electoral agency: the description stays
    # (the one official speaking nearby, a minister, would otherwise be taken for it)
    text = ("Interior Minister Elena Ruiz said the count was going well. The head of Peru's electoral agency is "
            "urging parties \"to act with restraint\" tonight.")
    assert _resolve(text, "The head of Peru's electoral agency") == "The head of Peru's electoral agency"


def test_the_head_of_a_body_written_with_that_role_is_that_person():
    text = ("Agency head Tomas Verde opened the count on Sunday. The head of the electoral agency said turnout "
            "was high.")
    assert _resolve(text, "The head of the electoral agency") == "Tomas Verde"


def test_an_epithet_is_the_one_person_named_just_before():
    text = ("On Sunday, Health Secretary Martin Okafor published an essay on a news website. With the subhead "
            "\u201cVaccines work,\u201d the infamous anti-vaxxer wrote that parents should act now.")
    assert _resolve(text, "the infamous anti-vaxxer") == "Martin Okafor"


def test_a_demonym_for_one_person_is_the_one_person_named_just_before():
    text = ("Luca Ferrante, for his part, faced the press on Monday. Despite insisting that all rules were followed, "
            "the Italian could not evade the criticism.")
    assert _resolve(text, "the Italian") == "Luca Ferrante"


def test_an_epithet_with_two_people_named_near_stays_as_written():
    text = ("Martin Okafor met Dana Whitfield on Sunday. Later the billionaire wrote that the talks had gone well.")
    assert _resolve(text, "the billionaire") == "the billionaire"


def test_a_demonym_for_a_people_or_a_modifier_is_no_epithet():
    # "the French" are a people; "the Russian" before a plural noun ("the Russian attacks") modifies it
    text = "Luca Ferrante arrived on Monday. The French said the talks would go on."
    assert _resolve(text, "The French") == "The French"
    text = "Luca Ferrante arrived on Monday. Then the Russian attacks killed three people."
    assert _resolve(text, "the Russian") == "the Russian"


def test_an_age_epithet_is_the_one_person_named_just_before():
    text = ("Senator Ruth Calloway announced her retirement on Monday. In a letter, the 78-year-old said she would "
            "serve out her term.")
    assert _resolve(text, "the 78-year-old") == "Ruth Calloway"


def test_an_office_given_as_a_predicate_is_held_by_that_person():
    # "X is stepping down as CEO of Y": the role is X's, as in an apposition ("X, the CEO of Y")
    text = ("Anna Berg is stepping down as CEO of Voltcell, the battery maker. "
            "\u201cIt is time for me to hand over,\u201d the outgoing CEO said in a statement.")
    assert _resolve(text, "the outgoing CEO") == "Anna Berg"
    text = ("Jonas Lind has resigned as chairman of the port authority. "
            "\u201cWe wish him well,\u201d the chairman said.")
    assert _resolve(text, "the chairman") == "Jonas Lind"


def test_an_office_after_an_unrelated_verb_is_no_predicate():
    # "sees ... as" gives the role to the object, not the subject: the description is not resolved to her
    text = ("Anna Berg sees the plan as a CEO would. \u201cIt is time to hand over,\u201d the outgoing CEO said.")
    assert _resolve(text, "the outgoing CEO") != "Anna Berg"
