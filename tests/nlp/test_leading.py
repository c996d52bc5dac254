"""analysis.nlp.leading: the subject opening a clause, past a dateline but never past a speaker's label."""
from analysis.nlp.leading import leading_np


def _lead(text: str, at: str) -> str:
    lo = text.index(at)
    span = leading_np(text, lo, len(text))
    return text[span[0]:span[1]] if span else ""


def test_a_dateline_place_before_a_colon_opening_the_story_is_skipped():
    text = "ANKARA: North Korea on Sunday slammed Ukraine's offensive on Russia's Kursk region."
    assert _lead(text, "ANKARA").startswith("North Korea")


def test_a_dateline_place_after_a_headline_is_skipped():
    text = "North Korea slams Kursk offensive\n\nANKARA: North Korea on Sunday slammed Ukraine's offensive."
    assert _lead(text, "ANKARA").startswith("North Korea")


def test_a_transcript_label_named_like_a_state_stays_the_speaker():
    text = "WALLACE: Senator, will the Democrats hold the House?\n\nISRAEL: I think Democrats will hold the House."
    assert _lead(text, "ISRAEL") == "ISRAEL"


def test_a_place_label_deep_in_the_text_is_no_dateline():
    text = "x" * 1200 + "\n\nCHINA: Beijing said on Monday that trade had grown."
    assert _lead(text, "CHINA") == "CHINA"


def test_a_dateline_place_with_outlet_and_date_in_brackets_and_no_dash_is_skipped():
    t = ("MOSCOW (UrduPoint News / Sputnik - 27th July, 2023) Russian President Vladimir Putin sent "
         "a message to Kim Jong Un.")
    assert _lead(t, "MOSCOW") == "Russian President Vladimir Putin"
    t = "SEOUL (Reuters / AFP, June 3) North Korea fired a missile."
    assert _lead(t, "SEOUL") == "North Korea"


def test_a_name_in_capitals_before_a_bracket_is_no_dateline():
    t = "NATO (the alliance) said on Monday that it would respond."
    assert _lead(t, "NATO").startswith("NATO")


def test_a_dateline_place_with_its_date_and_an_unbracketed_outlet_is_skipped():
    text = "Ministry condemns report\n\nSEOUL, June 2 - RIA Novosti. The DPRK Foreign Ministry has condemned it."
    assert _lead(text, "SEOUL") == "RIA Novosti"


def test_a_name_and_a_date_before_a_dash_deep_in_the_text_is_no_dateline():
    text = "x" * 1200 + "\n\nCHINA, June 2 - Beijing said on Monday that trade had grown."
    assert _lead(text, "CHINA").startswith("CHINA")


def test_a_dateline_of_two_words_in_capitals_with_a_dated_bracket_is_skipped():
    # "UNITED NATIONS (Outlet - 10th February, 2020) The draft ...": the place of the dateline is no subject.
    text = ("Draft at the table\n\nUNITED NATIONS (Daily Wire Service / Agency - 3rd March, 2021) The draft "
            "resolution, urging talks, is under discussion, the envoy has said.")
    assert _lead(text, "UNITED") == "The draft resolution"


def test_capitals_before_a_bracket_without_a_date_or_known_place_stay():
    text = "NATO (the alliance) said on Monday that it would respond."
    assert _lead(text, "NATO") != "said"


def test_a_role_subject_with_a_name_in_apposition_is_the_name():
    text = "The mayor's spokesman, Tom Reyes, suggested that the plan was sound, and accused critics of lying."
    assert _lead(text, "The") == "Tom Reyes"
    text = "Senator Ruiz's attorney, Ana Ortega, said the charges were false."
    assert _lead(text, "Senator") == "Ana Ortega"


def test_a_role_subject_before_a_list_stays():
    text = "The ministry, the embassy and the consulate said the visit was planned."
    assert _lead(text, "The").startswith("The ministry")


def test_a_bare_year_in_a_bracket_after_capitals_is_no_dateline():
    t = "NATO (founded in 1949) said on Monday that it would expand."
    assert _lead(t, "NATO").startswith("NATO")


def test_a_dateline_with_its_date_and_the_outlet_before_the_dash_is_skipped():
    text = ("Putin visits Pyongyang\n\nBEIJING, July 20 Kyodo - Russian President Vladimir Putin met with North Korean "
            "leader Kim Jong Il in Pyongyang on Wednesday.")
    assert _lead(text, "BEIJING") == "Russian President Vladimir Putin"
