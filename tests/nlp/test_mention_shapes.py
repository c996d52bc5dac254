"""Shapes of a speaker phrase that hold more than the actor (analysis.nlp.mention_shapes)."""
from analysis.nlp.mention_shapes import after_but, owned_document, owned_speaker, strip_shapes
from analysis.nlp.mentions import clean_mention


def test_a_clause_joined_by_but_leaves_the_subject_after_it():
    assert after_but("The county provided no other details but Green") == "Green"
    assert after_but("Lin Jian") == ""
    assert clean_mention("The county provided no other details but Green") == "Green"


def test_a_publication_participle_is_cut():
    assert strip_shapes("a statement published") == "a statement"
    assert clean_mention("A Government Accountability Office report released last year") == \
        "A Government Accountability Office report"
    assert strip_shapes("the published report") == "the published report"


def test_a_naming_noun_before_a_name_is_dropped():
    assert strip_shapes("name Nika Pasko") == "Nika Pasko"
    assert strip_shapes("spokesman Lin Jian") == "spokesman Lin Jian"


def test_an_inverted_reporting_verb_leaves_the_document():
    assert strip_shapes("Reads the letter") == "the letter"
    assert strip_shapes("Says the report") == "the report"
    assert strip_shapes("Reeves the minister") == "Reeves the minister"   # no reporting verb


def test_a_possessed_speech_noun_gives_its_possessor():
    assert owned_speaker("His answer") == "he"
    assert owned_speaker("Fain’s reply") == "Fain"
    assert owned_speaker("Her final words") == "she"
    assert owned_speaker("the answer") == ""
    assert clean_mention("Sakamoto’s response") != "Sakamoto"   # a subject of a clause, not a quote's label


def test_a_described_owner_s_website_gives_the_owner():
    assert owned_document("The automaker’s website") == "The automaker"
    assert owned_document("the ministry's statement") == "the ministry"
    assert owned_document("Aurus’s website") == ""   # a named owner: the document rules decide


def test_legal_form_names_are_firms():
    from analysis.nlp.mention_shapes import legal_form_names
    names = legal_form_names("UBS Group AG bought Credit Suisse Group AG; Nippon Steel Corp. and Acme Inc followed.")
    assert {"UBS", "Credit Suisse", "Nippon Steel", "Acme"} <= names
    assert "Credit Suisse Group" not in names
