"""analysis.nlp.descriptions: a role description resolved to the person who holds that role, or kept."""
from analysis.claims import extract_claims
from analysis.nlp.document import analyse
from analysis.nlp.mentions import resolve_mention
from analysis.quotes import extract_quotes


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


def test_an_age_epithet_speaks_for_the_person_named_before_through_the_pipeline():
    text = ("Senator Ruth Calloway announced her retirement on Monday. "
            "\u201cI will serve out my term,\u201d the 78-year-old said.")
    assert [(q.speaker, q.speaker_mention) for q in extract_quotes(text)] == [("Ruth Calloway", "the 78-year-old")]
    text = ("Senator Ruth Calloway announced her retirement on Monday. In a letter, the 78-year-old said she would "
            "serve out her term.")
    assert ("Ruth Calloway", "the 78-year-old") in [(c.source, c.source_mention) for c in extract_claims(text)]


def test_a_demonym_epithet_is_not_a_person_the_article_ties_to_another_state():
    # Putin is Russian (office holders' table), Meloni Italian: "the Italian", "the Israeli" are somebody else
    text = "Vladimir Putin met reporters in Moscow on Monday. The Italian said: \u201cWe will not give up.\u201d"
    assert [q.speaker for q in extract_quotes(text)] == ["The Italian"]
    text = "Giorgia Meloni spoke on Monday. In a statement, the Israeli said the talks failed."
    assert [c.source for c in extract_claims(text)] == ["the Israeli"]
    # the article's own title for the person agrees: resolved
    text = ("Italian tennis player Luca Ferrante faced the press on Monday. "
            "\u201cI followed all rules,\u201d the Italian said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Luca Ferrante"]


def test_an_occupation_epithet_is_not_a_person_named_with_an_office():
    text = "Coach Gary Smith praised the team on Sunday. The star said: \u201cI was exhausted.\u201d"
    assert [q.speaker for q in extract_quotes(text)] == ["The star"]


def test_an_epithet_is_not_the_object_of_an_earlier_sentence():
    # the victim of "the shooting of Tom Kerr" is not "the veteran" who speaks after
    text = "The shooting of Tom Kerr shocked the town. In an interview, the veteran said the police had failed."
    assert [c.source for c in extract_claims(text)] == ["the veteran"]


def test_a_dated_office_is_not_held_by_a_person_dated_the_other_way():
    # "the outgoing CEO" skips "new CEO Tom Hale" for the one stepping down
    text = ("Anna Berg is stepping down as CEO of Voltcell and will be replaced by new CEO Tom Hale. "
            "\u201cIt is time for me to hand over,\u201d the outgoing CEO said in a statement.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Berg"]
    text = ("Tom Hale will take over as CEO of Voltcell in May. Former CEO Anna Berg left in March. "
            "\u201cWe will grow,\u201d the new CEO said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tom Hale"]


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


def test_an_age_epithet_after_a_bare_apostrophe_possessive_is_that_person():
    # the one person named in the last sentences is written only as "Wilders’" (the full name is further back)
    text = ("The party of firebrand politician Geert Wilders won the election, exit polls suggested Wednesday. "
            "The party won 35 seats in parliament, according to the poll.\n\nIf confirmed, Wilders\u2019 victory "
            "marks a sharp lurch to the right. \u201cThat\u2019s democracy,\u201d the 60-year-old told reporters.")
    assert [q.speaker for q in extract_quotes(text)] == ["Geert Wilders"]


def test_a_pundit_or_commentator_is_the_analyst_named_before_spokespeople():
    # "the pundit" is a role of the analyst group ("professor", "analyst"): the professor quoted first, not the
    # spokespeople named in between.
    text = ("Trade will grow, Professor Mirela Tanaskovic told the agency. The talks begin on Monday, foreign "
            "ministry spokesperson Olu Adeyemi said. The deals are at an early stage, but next year could bring "
            "\u201creal flows of goods,\u201d said the pundit. \u201cIt will take time,\u201d the commentator added.")
    assert [q.speaker for q in extract_quotes(text)] == ["Mirela Tanaskovic", "Mirela Tanaskovic"]


def test_an_age_before_a_role_makes_it_the_epithet_of_the_one_person_named_before():
    # the role's holder is not found ("candidate" was never written with a name): the age still names one person
    text = ("Interior Minister Tomas Verde claimed victory in the vote on Sunday. The 64-year-old candidate told "
            "supporters that the count was \u201ca win for the whole country.\u201d")
    assert _resolve(text, "The 64-year-old candidate") == "Tomas Verde"
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Verde"]


def test_an_age_before_a_role_with_two_people_named_near_stays_as_written():
    text = ("Tomas Verde met Dana Whitfield on Sunday. The 64-year-old candidate told supporters that the count "
            "was fair.")
    assert _resolve(text, "The 64-year-old candidate") == "The 64-year-old candidate"


def test_the_role_takes_up_the_unnamed_speaker_with_that_head_just_before():
    text = ('Ann Lister, a professor at Northfield University, said: "The talks will fail."\n\n'
            'A Danish analyst in Oslo said, "The alliance is under strain." '
            '"Both sides will wait," the analyst added.\n')
    speakers = [q.speaker for q in extract_quotes(text) if q.kind == "speech"]
    assert speakers == ["Ann Lister", "A Danish analyst in Oslo", "A Danish analyst in Oslo"]


def test_an_indefinite_article_opens_no_bodys_role():
    from analysis.nlp.mentions import is_description
    assert not is_description("A Danish analyst")
    assert is_description("Boeing CEO")


def test_a_role_as_possessor_is_not_the_description_it_owns():
    # "the president's office" is the office and "the president's spokesman" the spokesman, not the president
    # named before: both stay as written
    text = ("President Ashraf Ghani left the country on Sunday.\n\nThe president’s office said it “cannot say anything "
            "about his movement for security reasons”.\n\nThe president’s spokesman said “we have no comment on the "
            "matter at all”.\n\nThe president said “we will return”.")
    speakers = [q.speaker for q in extract_quotes(text, article_id="a")]
    assert speakers == ["The president’s office", "The president’s spokesman", "Ashraf Ghani"]


def test_a_state_role_as_possessor_is_not_the_description_it_owns():
    text = ("Russian President Vladimir Putin met Kim on Tuesday. The Russian president's spokesman said the talks "
            "were useful. The Russian president said the talks were useful.")
    assert [c.source for c in extract_claims(text, article_id="a")] == ["The Russian president's spokesman",
                                                                         "Vladimir Putin"]
