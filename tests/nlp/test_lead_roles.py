"""An indefinite role ("A Japanese expert ... says") is the one person named with a role of its group after it
(analysis.nlp.lead_roles.resolve_indefinite)."""
from analysis.claims import extract_claims


def test_an_indefinite_expert_with_a_field_is_the_expert_named_next():
    text = ("A Japanese expert on the Korean Peninsula says North Korean leader Kim Jong Un wants to create an axis.\n\n"
            "Hiraiwa Shunji, a professor at Nanzan University, pointed to Kim's emphasis on alliance.")
    assert [c.source for c in extract_claims(text, article_id="a") if c.cue == "says"] == ["Hiraiwa Shunji"]


def test_an_indefinite_expert_with_two_experts_named_next_abstains():
    text = ("A Japanese expert on the Korean Peninsula says Kim Jong Un wants to create an axis.\n\n"
            "Hiraiwa Shunji, a professor at Nanzan University, and Okonogi Masao, a professor at Keio University, "
            "pointed to Kim's emphasis on alliance.")
    assert [c.source for c in extract_claims(text, article_id="a") if c.cue == "says"] == \
        ["A Japanese expert on the Korean Peninsula"]


def test_a_lead_role_of_a_body_is_the_person_the_next_sentence_lets_speak_unintroduced():
    text = ("Outage hits airlines\n\n"
            "The CEO of software company Acme said Friday his company is sorry for the outage.\n\n"
            "“We are deeply sorry for the impact,” John Smith said in an interview.")
    assert [c.source for c in extract_claims(text, article_id="a") if c.cue == "said"][0] == "John Smith"


def test_a_lead_role_with_the_next_speaker_introduced_by_another_role_abstains():
    text = ("Outage hits airlines\n\n"
            "The CEO of software company Acme said Friday his company is sorry for the outage.\n\n"
            "“We are deeply sorry for the impact,” Acme spokesman John Smith said in an interview.")
    assert [c.source for c in extract_claims(text, article_id="a") if c.cue == "said"][0] == \
        "The CEO of software company Acme"


def test_a_states_role_description_is_the_official_of_that_state_named_next():
    text = ("North Korea will send 6,000 workers to the region, according to Moscow's top security official. "
            "The announcement was made during Russian Security Council Secretary Sergei Shoigu's visit.")
    assert [c.source for c in extract_claims(text, article_id="a")] == ["Sergei Shoigu"]


def test_a_states_role_description_with_an_official_of_another_state_named_next_abstains():
    text = ("North Korea will send 6,000 workers to the region, according to Moscow's top security official. "
            "The announcement was made during Chinese Foreign Minister Wang Yi's visit.")
    assert [c.source for c in extract_claims(text, article_id="a")] == ["Moscow's top security official"]


def test_a_body_description_is_the_name_in_a_later_apposition_of_the_same_noun():
    text = ("SEOUL - Two prisoners of war have asked to live in the South, a human rights organisation told AFP.\n\n"
            "The prisoners made the request in an interview that the organisation, Free Nation Union, arranged.")
    assert [c.source for c in extract_claims(text, article_id="a") if c.cue == "told"] == ["Free Nation Union"]


def test_a_body_description_with_two_names_in_appositions_after_abstains():
    text = ("SEOUL - Two prisoners of war have asked to live in the South, a human rights organisation told AFP.\n\n"
            "The organisation, Free Nation Union, and the organisation, Open Door Union, arranged the interview.")
    assert [c.source for c in extract_claims(text, article_id="a") if c.cue == "told"] == \
        ["a human rights organisation"]


def test_an_indefinite_lawmaker_is_the_lawmaker_named_later_whatever_states_his_words_name():
    # the states in what the person told ("North Korean troops") are not the person's own: no other state near him
    text = ("Pyongyang has sent about 3,000 engineers to Russia since June, a South Korean lawmaker said Monday.\n\n"
            "Kim Jong Un has gained support from Moscow.\n\n"
            "South Korean lawmaker Park Min-ho told reporters that \"about 3,000 North Korean engineers have moved "
            "to Russia in groups since June.\"")
    claims = [c for c in extract_claims(text, article_id="a") if c.cue == "said"]
    assert [c.source for c in claims] == ["Park Min-ho"]
