"""A role written with a possessive owner ("The DA's leader") is a person introduced with that owner in the role
phrase (analysis.nlp.role_owners, asked by analysis.nlp.descriptions.resolve_description)."""
from analysis.claims import extract_claims
from analysis.nlp.role_owners import possessive_owner

COALITION = ("MK told Semafor it would not join a coalition with the ANC if it was led by President Cyril Ramaphosa, "
             "or with the DA. The DA\u2019s leader told Semafor his party would not join a coalition with MK.")


def test_a_non_state_owner_is_read_from_the_genitive():
    assert possessive_owner("The DA\u2019s leader") == "DA"
    assert possessive_owner("the ANC's spokesperson") == "ANC"
    assert possessive_owner("Russia's foreign minister") == ""     # a state's: the looser check
    assert possessive_owner("the party leader") == ""


def test_another_party_s_leader_named_near_the_owner_is_not_the_owner_s():
    sources = {c.source for c in extract_claims(COALITION, article_id="a") if c.cue == "told"}
    assert "Cyril Ramaphosa" not in sources
    assert "The DA\u2019s leader" in sources


def test_a_leader_written_with_the_owner_is_the_owner_s():
    text = ("DA leader John Steenhuisen spoke on Friday in Cape Town. The DA\u2019s leader told Semafor that his "
            "party would not join a coalition with MK.")
    assert "John Steenhuisen" in {c.source for c in extract_claims(text, article_id="a")}
