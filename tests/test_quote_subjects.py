"""Subjects that cannot speak and the person an apposition stands for (analysis.quote_subjects), and the person
index cases they rely on (analysis.nlp.people: a name after 'of PLACE', a sentence opening on a participle)."""
import pytest

from analysis.nlp import PersonIndex
from analysis.quote_subjects import clause_mention, is_thing, people_of_name
from analysis.quotes import extract_quotes

CASES = {
    "a_thing_subject_of_an_evidence_verb_inside_a_said_clause_gives_the_sayer": (
        "Washington has tracked the deliveries for months, a senior US diplomat said.\n\nThe diplomat said the "
        "shipments showed that the Russian army “is running short of shells and rockets across the front.”",
        "is running short of shells and rockets across the front.", "a senior US diplomat"),
    "a_thing_subject_of_an_evidence_verb_with_no_sayer_is_no_speaker": (
        "Sales of fertiliser rose sharply in the spring.\n\nThe purchases suggest that the farmers “expect a record "
        "harvest this year.”", "expect a record harvest this year.", ""),
    "a_person_subject_of_an_evidence_verb_inside_a_said_clause_keeps_the_quote": (
        "The minister spoke on Monday.\n\nThe minister said the analysts suggested that the economy “will recover by "
        "the summer.”", "will recover by the summer.", "the analysts"),
    "an_indefinite_description_in_apposition_after_a_name_is_that_person": (
        "The talks ended on Friday.\n\nThe minister’s deputy, Maria Ostrova, a senior trade negotiator who has been "
        "described as the team’s real leader, accepted the offer Sunday, hailing it as “a fair deal for our farmers.”",
        "a fair deal for our farmers.", "Maria Ostrova"),
    "a_name_after_a_title_ending_in_of_a_country_is_a_person": (
        "This was said by the Chief Secretary of the Cabinet of Ministers of Japan Yoshimasa Hayashi at a briefing."
        "\n\n“We will watch the region closely,” the official said.", "We will watch the region closely",
        "Yoshimasa Hayashi"),
    "a_sentence_opening_on_a_capitalised_participle_is_no_headline": (
        "The court ruled on Saturday.\n\nDismissing Rahman’s plea, Judge Tariq Farooqi said, “The evidence is clear.”"
        "\n\nHe added, “Rahman knowingly hid the gifts from the commission.”",
        "Rahman knowingly hid the gifts from the commission.", "Tariq Farooqi"),
    "a_clause_of_a_treaty_named_before_is_the_treaty": (
        "In May, the two states signed a Mutual Security Treaty, which includes a defence clause stating that if "
        "either side is attacked, the other will “provide all assistance at its disposal.”",
        "provide all assistance at its disposal.", "Mutual Security Treaty"),
    "a_passive_cue_with_its_agent_right_before_the_quote_is_the_agents": (
        "The court met on Monday. As quite rightly noted by John Smith, “the law is clear on this point.”",
        "the law is clear on this point.", "John Smith"),
    "a_passive_cue_with_no_agent_before_the_quote_gives_no_agent": (
        "The court met on Monday. As noted in the ruling by the judges, the law “is clear on this point.”",
        "is clear on this point.", ""),
    "he_is_not_the_person_his_quote_names_by_surname": (
        "Tom Vale died on Friday at 91. Dr Ann Royce, who wrote a book with him, called him a “legend”.\n\n"
        "He said: “Vale was a brilliant, kind man who never sought the limelight.”",
        "Vale was a brilliant, kind man who never sought the limelight.", ""),
    "he_keeps_the_person_whose_quote_names_someone_else": (
        "Tom Vale spoke on Friday.\n\nHe said: “Royce was a brilliant, kind woman.”",
        "Royce was a brilliant, kind woman.", "Tom Vale"),
    "a_participle_after_a_possessive_act_with_an_infinitive_is_the_holders": (
        "Senator Mark Olsen’s decision to halt the sale of the port citing “grave risks” drew criticism.",
        "grave risks", "Senator Mark Olsen"),
    "a_participle_after_a_possessive_body_act_is_the_bodys": (
        "The company’s refusal to sell the plant to Acme Steel citing “market conditions” angered workers.",
        "market conditions", "The company"),
    "a_cue_noun_in_a_participles_object_leaves_the_main_subject": (
        "Prices rose in May. Researcher Anna Kowal of the Institute of International Affairs in Warsaw estimates "
        "the cost of the aid at $2 billion, viewing economic support for Belarus as “a lifeline for Minsk.”",
        "a lifeline for Minsk.", "Researcher Anna Kowal of the Institute of International Affairs in Warsaw"),
    "a_short_quoted_predicate_right_after_a_named_subject_in_a_headline_is_that_persons_word": (
        "Team captain Jane Roe ‘disappointed’ over the ban\n\nJane Roe, the captain, spoke after the match.",
        "disappointed", "Jane Roe"),
    "a_short_quoted_predicate_after_a_copula_and_a_named_subject_is_that_persons_word": (
        "Jane Roe led the team.\n\nJane Roe was left ‘deeply upset’ after the ruling.", "deeply upset", "Jane Roe"),
    "a_quoted_label_after_a_verb_and_its_object_is_not_the_subjects_predicate": (
        "Jane Roe led the team.\n\nJane Roe criticised the ‘new rules’ on Monday.", "new rules", "Jane Roe"),
    "a_possessive_name_before_a_quoted_title_is_no_subject": (
        "Jane Roe made a film.\n\nJane Roe’s “13th” shows the prisons of the country.", "13th", ""),
    "an_event_with_a_named_post_modifier_is_no_speaker": (
        "Prices of grain fell.\n\nAfter the talks, the summit with Kim Jong Un declared a “no-limits partnership "
        "between our two great states” on Friday.", "no-limits partnership between our two great states", ""),
    "an_abstract_noun_subject_is_no_speaker": (
        "The talks went on for hours.\n\nIn the end, softer language in the draft called for a “gradual transition "
        "away from coal by the end of the decade” in the text.",
        "gradual transition away from coal by the end of the decade", ""),
    "a_topic_label_before_a_headline_colon_is_no_speaker": (
        "Harbour floods: “A disaster we have never seen before”: mayor calls for help\n\nThe water rose overnight.",
        "A disaster we have never seen before", ""),
    "a_named_text_whose_relative_clause_states_the_quote_speaks": (
        "The rule was struck down.\n\nJudge Ana Ruiz said it clashed with the Water Safety Act (WSA), which states "
        "that towns, not companies, must “test every well twice a year”.", "test every well twice a year",
        "the Water Safety Act (WSA)"),
    "a_thing_whose_relative_clause_states_the_quote_is_no_speaker": (
        "“The law is cruel,” Senator Tom Hale said.\n\nHe asked for the repeal of the new penalties – which state "
        "among other things that “meeting in groups” would be a crime – and cut the aid.", "meeting in groups", ""),
    "a_relative_clause_with_its_own_subject_is_not_the_antecedents": (
        "Russia praised its ally for the support in the war, which it calls a “special military operation” in "
        "Ukraine.", "special military operation", "Russia"),
    "a_quoted_predicate_followed_by_according_to_is_the_sources": (
        "Ana Lind spoke in Oslo. Tom Berg replied.\n\nTom Berg was \u201cunhinged\u201d on Monday, according to Lind.",
        "unhinged", "Ana Lind"),
    "a_quoted_noun_phrase_after_a_copula_is_a_label_not_speech": (
        "Tom Berg spoke.\n\nTom Berg is \u201ca liar\u201d.", "a liar", ""),
    "a_quoted_predicate_followed_by_a_cue_is_the_cues_subjects": (
        "Tom Berg spoke.\n\nTom Berg seemed \u201ctired\u201d during the debate, observers noted.", "tired",
        "observers"),
    "a_headlines_quoted_label_followed_by_a_bare_sayer_is_the_sayers": (
        "Senator Tom Berg \u201ca liar,\u201d rival claims\n\nTom Berg spoke.", "a liar", "the rival"),
    "a_headlines_quoted_predicate_before_a_colon_and_a_source_is_the_sources": (
        "Tom Berg \u201ccorrupt\u201d: watchdog\n\nTom Berg spoke.", "corrupt", "the watchdog"),
    "a_sentential_which_with_an_evidence_verb_is_no_speaker": (
        "Tom Hale lost the vote, which suggests that voters \u201care tired of his broken promises.\u201d",
        "are tired of his broken promises.", ""),
    "a_which_after_a_clause_ending_in_a_day_is_no_speaker": (
        "Tom Hale quit on Monday, which confirms that the party \u201cis in deep trouble now.\u201d",
        "is in deep trouble now.", ""),
    "a_which_after_a_thing_with_a_named_object_is_the_names": (
        "Governor Tom Hale signed the deal with Acme Corp, which says it will \u201ccreate a thousand new jobs.\u201d",
        "create a thousand new jobs.", "Acme Corp"),
    "a_report_whose_relative_clause_says_the_quote_speaks": (
        "The ministry published a report on Monday, which said that the economy \u201cwill shrink by two percent "
        "this year.\u201d", "will shrink by two percent this year.", "a report"),
    "a_plural_of_a_named_person_speaks": (
        "The heirs of Trump said \u201cwe will fight this ruling in every court.\u201d",
        "we will fight this ruling in every court.", "The heirs of Trump"),
    "a_plural_of_a_named_group_speaks": (
        "The ranks of Wagner said \u201cwe will march on the capital tomorrow.\u201d",
        "we will march on the capital tomorrow.", "The ranks of Wagner"),
    "it_after_a_body_under_a_named_person_is_the_body": (
        "The ministry under Volker Turk in March issued a note. \u201cIt is dire,\u201d it said.", "It is dire",
        "The ministry"),
    "footage_of_a_person_saying_keeps_the_person": (
        "The footage of Trump saying “we will win” spread.", "we will win", "Trump"),
    "a_list_of_names_opening_the_clause_speaks_whole": (
        "Washington, Seoul and Tokyo said the treaty “should be of grave concern.”", "should be of grave concern.",
        "Washington, Seoul and Tokyo"),
    "a_list_with_a_serial_comma_speaks_whole": (
        "The US, South Korea, and Japan said the launch “is a grave threat.”", "is a grave threat.",
        "The US, South Korea, and Japan"),
    "a_place_opening_the_sentence_is_no_part_of_the_list": (
        "In Moscow, Putin and Lavrov said it was “a good day.”", "a good day.", "Putin and Lavrov"),
    "a_day_opening_the_sentence_is_no_part_of_the_list": (
        "On Monday, Seoul and Tokyo said it was “a bad day.”", "a bad day.", "Seoul and Tokyo"),
    "a_counted_group_stands_for_the_names_listed_before": (
        "The US, South Korea and Japan on Monday condemned the cooperation between North Korea and Russia. In a "
        "joint statement, the three nations said the “continued arms transfers” were unlawful.",
        "continued arms transfers", "US, South Korea and Japan"),
    "a_counted_group_with_no_list_of_its_number_stays_as_written": (
        "Russia and North Korea signed a pact. The three nations said it was “historic.”", "historic.",
        "The three nations"),
    "they_after_a_counted_group_is_the_names_listed": (
        "Washington, Seoul and Tokyo said the treaty was “dangerous.” The three allies said they will “work "
        "together.” They added that dialogue “remains open.”", "remains open.", "Washington, Seoul and Tokyo"),
    "a_name_its_role_and_its_firm_set_off_by_commas_is_the_person": (
        "Dylan Field, Co-Founder and CEO, of Figma said, “it’s become increasingly clear that regulators disagree.”",
        "it’s become increasingly clear that regulators disagree.", "Dylan Field"),
    "a_lead_described_by_state_and_role_is_the_person_opening_the_next_sentence": (
        "AUKUS deal\n\nFrance 's ambassador to Australia described Saturday as a “huge mistake” the cancellation.\n\n"
        "Jean-Pierre Thebault delivered his comments as he left his residence.", "huge mistake",
        "Jean-Pierre Thebault"),
    "a_lead_described_by_state_and_role_with_another_person_named_first_stays": (
        "AUKUS deal\n\nFrance's ambassador to Australia described Saturday as a “huge mistake” the cancellation.\n\n"
        "Prime Minister Scott Morrison said Jean-Pierre Thebault left.", "huge mistake",
        "France's ambassador to Australia"),
    "a_lead_description_is_not_the_person_who_answers_it_next": (
        "Sanctions row\n\nRussia's foreign minister warned on Monday that new sanctions would meet “a response.”\n\n"
        "Antony Blinken responded that Washington would not back down.", "a response.", "Russia's foreign minister"),
    "an_opening_adverb_or_dateline_is_no_part_of_a_list": (
        "Overnight, Ukraine and Russia said the other side had “shelled the plant.” KYIV, Ukraine and Poland said "
        "it was “fine.”", "shelled the plant.", "Ukraine and Russia"),
    "a_newsmaker_is_not_the_expert_described_after_him": (
        "Vladimir Putin said on Monday that Russia would keep fighting. “The Kremlin will wait,” the political "
        "scientist said.", "The Kremlin will wait", "the political scientist"),
    "a_person_named_after_the_quote_says_it_not_the_subject_before": (
        "Mayor John Smith spoke on Monday. Officials declared a State of Emergency “because the floods have cut the roads,” Smith "
        "said at a briefing.", "because the floods have cut the roads", "John Smith"),
    "an_unknown_name_after_the_quote_or_a_naming_verb_before_it_keeps_the_subject": (
        "Kim told Putin that peace will “depend on the U.S.,” Axios said. Putin called the strike “a crime against "
        "humanity,” Peskov told reporters.", "a crime against humanity", "Putin"),
    "an_agency_named_after_the_quote_relays_the_subject_before": (
        "Kim told Putin that peace will “depend on the U.S.,” the agency said.", "depend on the U.S.", "Kim"),
    "a_paper_that_celebrates_something_as_a_quote_says_it": (
        "The Wall Street Journal celebrates Morales’s ouster as “a democratic breakout”.", "a democratic breakout",
        "The Wall Street Journal"),
    "the_same_state_and_role_later_is_the_person_it_was_resolved_to": (
        "AUKUS deal\n\nFrance's ambassador to Australia described Saturday as a “huge mistake” the cancellation.\n\n"
        "Jean-Pierre Thebault delivered his comments as he left.\n\n“I would like a time machine,” the French "
        "ambassador added.", "I would like a time machine", "Jean-Pierre Thebault"),
    "a_party_and_state_after_a_name_is_no_speaker": (
        "The tweet prompted a response from Sen. Ted Cruz, R-Texas, who said he “fully” agreed.", "fully",
        "Sen. Ted Cruz"),
    "she_after_a_name_with_party_and_state_is_the_person": (
        "Rep. Alexandria Ocasio-Cortez, D-New York, a fellow “Squad” member, said she would support an "
        "investigation. “We need to know more,” she said.", "We need to know more", "Alexandria Ocasio-Cortez"),
    "an_experts_description_is_the_one_person_named_who_reports": (
        "Labour migrants to Russia\n\nYevhen Mahda, executive director of the Institute of World Policy, does not "
        "rule out new steps.\n\n“Russia needs workers,” the political scientist said.\n\nYevhen Mahda added that "
        "more could come.", "Russia needs workers", "Yevhen Mahda"),
    "a_name_its_role_and_a_firm_without_of_is_the_person": (
        "Shantanu Narayen, chair and CEO, Adobe said that the companies “strongly disagreed” with the regulators.",
        "strongly disagreed", "Shantanu Narayen"),
}


@pytest.mark.parametrize("text, quoted, speaker", CASES.values(), ids=CASES.keys())
def test_quote_subject(text, quoted, speaker):
    assert {q.text: q.speaker for q in extract_quotes(text)}[quoted] == speaker


@pytest.mark.parametrize("mention, thing", [
    ("the purchases", True), ("softer language", True), ("the shipments", True), ("the data", True),
    ("the official", False), ("the ministry", False), ("critics", False), ("the analysts", False),
    ("the report", False), ("the treaty", False), ("the government", False), ("Putin", False),
    ("the Kremlin", False), ("protesters", False), ("the police", False), ("experts", False), ("pundits", False),
    ("justices on the country’s top court", False), ("the coaches", False), ("the presidency", False),
    ("someone near the stage", False), ("lobbying disclosures", True), ("the boxes", True),
])
def test_a_thing_names_no_actor(mention, thing):
    assert is_thing(mention) is thing


@pytest.mark.parametrize("mention, thing", [
    ("the summit with Kim", True), ("the spokesman of the Kremlin", False), ("the minister of Finance", False),
    ("the delegation of North Korea", False), ("the ministry in Seoul", False), ("the purchases of Ukraine", True),
])
def test_names_after_the_heads_preposition_leave_a_thing_a_thing(mention, thing):
    assert is_thing(mention, post_names=True) is thing


def test_a_place_after_of_is_no_part_of_the_name():
    text = "The statement was made by the governor of the central bank of Japan Kazuo Ueda in a speech on Friday."
    assert [p.name for p in PersonIndex(text).people] == ["Kazuo Ueda"]


def test_a_place_run_without_of_stays_a_place():
    text = "Officials from the government said on Tuesday that North Korea Kim Jong Un had left for the talks."
    assert "Korea Kim Jong Un" not in [p.name for p in PersonIndex(text).people]


@pytest.mark.parametrize("mention, people", [
    ("The heirs of Trump", True), ("the ranks of Wagner", True), ("the purchases of Ukraine", False),
    ("Stocks of Adani Group", False), ("the summit with Kim", False), ("the heirs", False),
])
def test_a_plural_of_a_named_person_or_group_is_people(mention, people):
    assert people_of_name(mention) is people


@pytest.mark.parametrize("mention", ["a woman who witnessed the attack", "Officials who attended the meeting",
                                     "the group that organised the protest", "people who lost their homes"])
def test_a_noun_phrase_with_a_relative_clause_is_no_clause_mention(mention):
    assert not clause_mention(mention)


@pytest.mark.parametrize("mention", ["Scuffles erupted in parliament", "Demonstrators held numerous Spanish and EU"])
def test_a_subject_with_its_finite_verb_is_a_clause_mention(mention):
    assert clause_mention(mention)
