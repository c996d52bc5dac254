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
