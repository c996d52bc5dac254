"""A description that nothing resolved takes up the named speaker of the quote just before
(analysis.quote_continuation.described_last_speaker)."""
import pytest

from analysis.quotes import extract_quotes


def _speakers(text):
    return [q.speaker for q in extract_quotes(text) if q.kind == "speech"]


def test_an_occupation_after_a_named_speakers_quote_is_that_speaker():
    text = ('The market reopened on Monday.\n\n"The stalls are full again and people are buying," town resident '
            'Ann Lister told reporters.\n\n"There are more police on the roads at night," the history teacher added.\n')
    assert _speakers(text) == ["town resident Ann Lister", "town resident Ann Lister"]


def test_a_body_description_after_a_named_bodys_quote_is_that_body():
    text = ('Power cuts will go on "until further notice", Northgrid confirmed in a statement.\n\n'
            'This, the power utility said, was due to "broken generating units at three plants".\n')
    assert _speakers(text)[-1] == "Northgrid"


def test_a_person_description_does_not_take_up_a_body():
    text = ('Power cuts will go on "until further notice", Northgrid confirmed in a statement.\n\n'
            '"We cannot run the shop without power," the baker said.\n')
    assert _speakers(text)[-1] != "Northgrid"


def test_a_description_far_from_the_last_quote_takes_up_nobody():
    filler = "The weather stayed mild. Trains ran on time. Schools were open. Shops were busy. "
    text = ('"We are ready," town resident Ann Lister told reporters.\n\n' + filler +
            '\n\n"There are more police on the roads at night," the history teacher added.\n')
    assert _speakers(text)[-1] != "town resident Ann Lister"


def test_a_description_after_another_person_is_named_takes_up_nobody():
    text = ('"We are ready," Ann Lister told reporters.\n\n'
            'An old campaign film of Bo Chen was shown. As a bell rang, the announcer said, "It is late and the town '
            'is asleep."\n')
    assert _speakers(text)[-1] != "Ann Lister"


def test_a_possessed_description_takes_up_nobody():
    text = ('"We are ready," Ann Lister told reporters. "What does he think of you?" the advert’s narrator asks.\n')
    assert _speakers(text)[-1] != "Ann Lister"


@pytest.mark.parametrize("description", ["the lender", "the state lender", "the national carrier", "the paper",
                                         "the latter"])
def test_a_company_outlet_or_text_noun_in_er_is_no_occupation_taking_up_a_named_person(description):
    # an -er/-or head is a person's occupation ('the history teacher') unless it names a company, an outlet or a text
    text = ('"Profits rose," chief executive Ann Lister told reporters. "Costs fell," %s said.\n' % description)
    assert _speakers(text)[-1] != "chief executive Ann Lister"


def test_an_occupation_in_er_still_takes_up_the_named_person():
    text = ('"Profits rose," chief executive Ann Lister told reporters. "Costs fell," the economics lecturer said.\n')
    assert _speakers(text)[-1] == "chief executive Ann Lister"
