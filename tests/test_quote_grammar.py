"""analysis.quote_grammar: the speaker of the cue that introduces a quote."""
import pytest

from analysis.quotes import extract_quotes


@pytest.mark.parametrize("text, speaker", [
    ("Kim and Putin praised the agreement after their summit on Wednesday, with the North Korean leader saying "
     "it amounted to a de facto “alliance”.", "North Korean leader"),
    ("Both sides praised the talks on Friday, with Lavrov telling reporters they were “useful”.", "Lavrov"),
])
def test_the_subject_of_a_with_absolute_speaks_its_participle(text, speaker):
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == [speaker]


def test_a_participle_after_the_main_clause_object_keeps_the_main_subject():
    text = "Kim has written a letter to China thanking it for its “support”."
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["Kim"]


@pytest.mark.parametrize("text, speaker", [
    ("\u201cThe harbour will not close.\u201d Mira Kovac, a port pilot, tells me.", "Mira Kovac"),
    ("\u201cThe harbour will not close\u201d Mira Kovac, a port pilot, tells me.", "Mira Kovac"),
])
def test_a_name_and_verb_closing_the_sentence_after_a_quote_hand_over_without_a_comma(text, speaker):
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == [speaker]


def test_no_handover_without_a_comma_when_the_clause_goes_on():
    text = "They call it the \u201cgreat wall\u201d Mira Kovac said was built in 1990 by the army."
    assert [q.speaker for q in extract_quotes(text, article_id="a")] != ["Mira Kovac"]


def test_a_named_person_before_a_comma_and_who_speaks_the_relative_clause():
    text = ("The consulate posted a radio interview with Consul Marta Velikova, who said that the border "
            "would reopen for traders \u201cwithin weeks.\u201d")
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["Consul Marta Velikova"]


def test_a_body_before_a_comma_and_who_is_not_taken_for_the_relative_clause_speaker():
    text = ("The warning was repeated by Ilse Brandt, the head of a unit of Ruritania\u2019s Security Council, "
            "who said \u201cthe first convoys have already been shelled.\u201d")
    assert [q.speaker for q in extract_quotes(text, article_id="a")] != ["Ruritania\u2019s Security Council"]


@pytest.mark.parametrize("text, speaker", [
    ("Mayor Tomas Ruiz met the strikers.\n\n\u201cGo back to work now. That is final,\u201d Ruiz barked at them.\n",
     "Tomas Ruiz"),
    ("Anna Lind spoke at the forum.\n\n\u201cThe cuts hurt the poorest families first,\u201d Lind summarised.\n",
     "Anna Lind"),
])
def test_a_mark_inside_the_quote_hands_over_to_any_past_verb_closing_the_sentence(text, speaker):
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == [speaker]


def test_no_manner_handover_when_the_clause_goes_on_after_the_verb():
    text = "\u201cWe will build it,\u201d Lind grinned, and the guards walked out into the yard to lock the gates."
    assert "Lind" not in [q.speaker for q in extract_quotes(text, article_id="a")]


@pytest.mark.parametrize("text, speaker", [
    ("Maria Lind spoke first.\n\nAs the crowd chanted \u201cSend them home,\u201d Maria Lind smiled.", "the crowd"),
    ("Tom Berg spoke.\n\nWhen supporters shouted \u201cBuild the bridge,\u201d Berg nodded.", "supporters"),
])
def test_no_manner_handover_after_an_opening_clause_whose_own_verb_reports_the_quote(text, speaker):
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == [speaker]


@pytest.mark.parametrize("text", [
    "Films are made.\n\nThe movie \u201cTitanic,\u201d James Cameron directed.",
    "Songs are made.\n\nThe song \u201cImagine,\u201d John Lennon recorded in 1971.",
    "Books are written.\n\nThe novel \u201cHarbour Lights,\u201d Ana Lind wrote in a year.",
])
def test_no_manner_handover_from_a_short_title_after_its_noun(text):
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == [""]


def test_a_dash_right_before_the_cue_hands_over_to_the_speaker_after_it():
    from analysis.quotes import extract_quotes
    text = 'The minister resigned.\n\n“I leave with my head held high, and I thank everyone,” –wrote Ann Lister in a post.\n'
    assert [(q.speaker, q.cue) for q in extract_quotes(text)] == [("Ann Lister", "wrote")]


def test_a_document_that_reads_the_words_by_its_issuers_is_theirs():
    from analysis.quotes import extract_quotes
    text = ('The ministers met.\n\n“Every launch makes the region less safe,” read the joint statement by member '
            'states Norway, Chile and Kenya, as well as Peru.\n')
    assert [q.speaker for q in extract_quotes(text)] == ["member states Norway, Chile and Kenya, as well as Peru"]


def test_a_document_that_reads_the_words_does_not_take_its_addressee_as_issuer():
    from analysis.quotes import extract_quotes
    text = ('The talks ended.\n\n“We will not back down,” read the letter from Ann Lister to President Bo Chen.\n')
    assert [q.speaker for q in extract_quotes(text)] == ["Ann Lister"]


def test_a_document_that_reads_the_words_keeps_a_list_of_issuers_with_lower_case_nouns():
    from analysis.quotes import extract_quotes
    text = ('The ministers met.\n\n“Every launch makes the region less safe,” read the statement by permanent members '
            'Norway and Chile, non-permanent members Kenya and Peru.\n')
    assert [q.speaker for q in extract_quotes(text)] == ["permanent members Norway and Chile, non-permanent members "
                                                         "Kenya and Peru"]


def test_a_name_before_a_relative_who_speaks_not_the_object_of_its_verb():
    # "Trump who urged China to act to "..."": the urger's words; the object of "urged" is no speaker
    text = ("The test sparked a Twitter outburst from US President Donald Trump who urged North Korea's closest ally "
            "China to act to \"end this nonsense once and for all\".")
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == ["US President Donald Trump"]


@pytest.mark.parametrize("text", [
    'Supporters of Trump who chanted "lock her up" filled the hall.',
    'Anyone who says "this is normal" is lying to you.',
])
def test_a_name_after_of_or_a_quantifier_before_who_is_no_speaker(text):
    # "Supporters of Trump who chanted": the who-clause is the supporters', not Trump's (review of stop 38)
    assert [q.speaker for q in extract_quotes(text, article_id="a")] == [""]
