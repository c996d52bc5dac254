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
