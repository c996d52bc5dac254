"""The owner a role description is written with ("The DA's leader"): its holder must be introduced with it.

:func:`analysis.nlp.descriptions.resolve_description` takes for a role the nearest person written with a role of
its group and the description's capitalised words somewhere near ("near" is a window of the sentence).  A
possessive owner that is no state names whose role it is: "The DA's leader" is not "President Cyril Ramaphosa"
written three words before "or with the DA".  Such an owner must stand in the role phrase itself: before the role
("DA leader John Steenhuisen", "the DA's leader, John Steenhuisen") or after it ("John Steenhuisen, the leader of
the DA,").  A state's genitive ("Russia's foreign minister") keeps the looser check: the article's topic often
leaves the state unwritten next to the name ("Foreign Minister Sergei Lavrov").
"""
from __future__ import annotations

import re
from typing import Optional

# A capitalised genitive opening the description: "The DA's leader", "the ANC’s spokesperson".
_OWNER = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*)[’']s\s")
# How far before a role its owner may stand ("African National Congress leader"), cut at a clause mark.
_LEFT = 40
_CLAUSE_MARK = re.compile(r"[,;:()“”\"]")


def possessive_owner(mention: str) -> str:
    """The non-state owner in a genitive opening ``mention`` ("The DA's leader" -> "DA"), or ""."""
    from .descriptions import _state_forms
    from ..entities.lexicon import _fold
    m = _OWNER.match(mention)
    if m is None or not m.group(1)[:1].isupper():
        return ""
    owner = m.group(1)
    return "" if _state_forms().get(_fold(owner)) is not None else owner


def owner_in_role(text: str, owner: str, before: Optional[tuple[int, int]], after: Optional[tuple[int, int]]) -> bool:
    """Whether ``owner`` is written in the role phrase: the role span ``before`` the name with up to a clause mark
    before it, or the role span ``after`` the name."""
    if before is not None:
        rs, re_ = before
        left = text[max(0, rs - _LEFT):rs]
        cut = None
        for cut in _CLAUSE_MARK.finditer(left):
            pass
        if cut is not None:
            left = left[cut.end():]
        if re.search(r"\b%s\b" % re.escape(owner), left + text[rs:re_]):
            return True
    if after is not None and re.search(r"\b%s\b" % re.escape(owner), text[after[0]:after[1]]):
        return True
    return False
