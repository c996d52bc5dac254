"""Rates and list items: figures whose unit is written once for several numbers or carries a denominator.

Issue 11 item 5 ("rates keep their unit, elided units"): "453.3 cases per 100,000 inhabitants" is one
figure whose unit is "cases per 100,000 inhabitants" (the denominator is no figure of its own), and in
"311,333 probable cases, followed by São Paulo (161,397) and Paraná (94,361)" each bracketed number after a
name counts what the first figure counts (the unit is taken by ``extract._elided_unit``).
"""
from __future__ import annotations

import re

from .candidate import Candidate
from .filter_helpers import looks_plural
from .patterns import SP

# "cases per 100,000 inhabitants", "deaths per 1,000 live births", "crimes per 100,000": at most two modifiers before
# the counted noun, a written denominator, and at most one modifier before its noun.
_RATE_RE = re.compile(
    rf"{SP}+(?:[a-z][a-z-]*{SP}+){{0,2}}?(?P<noun>[a-z][a-z-]*){SP}+per{SP}+"
    rf"(?P<den>\d{{1,3}}(?:,\d{{3}})+|\d+|(?:one{SP}+|a{SP}+)?(?:hundred|thousand|million)(?![\w-]))"
    rf"(?:{SP}+(?P<dnoun>(?:[a-z][a-z-]*{SP}+)?[a-z][a-z-]*))?")

_WORD_RE = re.compile(r"[a-z][a-z-]*")
_COLLECTIVE_NOUNS = frozenset({"people", "population"})     # "per 100,000 population", "per million people"


def count_rate(text: str, hi: int, c: Candidate) -> None:
    """Extend a bare count over a rate with a written denominator: "3,484.8 cases per 100,000 inhabitants" gives
    unit "cases per 100,000 inhabitants" (a plural noun counted, then "per" and a number or scale word; the
    denominator's noun is kept when it is plural: "per 100,000 inhabitants", not "per 100,000 in 2023").

    >>> c = Candidate(0, 5, 0, 5, 453.3)
    >>> count_rate("453.3 cases per 100,000 inhabitants, said", 42, c); (c.unit, c.end)
    ('cases per 100,000 inhabitants', 35)
    """
    if c.atom not in ("digit", "word") or c.unit_class or c.high is not None:
        return
    m = _RATE_RE.match(text, c.end, hi)
    if not m or not looks_plural(m.group("noun")):
        return
    den, end = re.sub(SP + "+", " ", m.group("den")), m.end("den")
    words = list(_WORD_RE.finditer(text, m.start("dnoun"), m.end("dnoun"))) if m.group("dnoun") else []
    for w in reversed(words):       # "per 1,000 live births", "per million people last week"
        if looks_plural(w.group()) or w.group() in _COLLECTIVE_NOUNS:
            den, end = f"{den} {re.sub(SP + '+', ' ', text[m.start('dnoun'):w.end()])}", w.end()
            break
    c.unit, c.unit_class, c.end = f"{m.group('noun')} per {den}", "noun", end


# The gap between two items of a list of named values: "..., followed by São Paulo (", "), the Federal District (",
# "), and Paraná (": a comma or a list word ("and", "followed by") before each name, so "20 missiles at Kyiv (2)" is
# no list. A name is one to four capitalised words (with "of", "do", "da", "de" inside).
_NAME = rf"[A-Z][\w’'.-]*(?:{SP}+(?:(?:of|do|da|de|dos|das|del|the){SP}+)?[A-Z][\w’'.-]*){{0,3}}"
_LIST_WORD = rf"(?:and|or|followed{SP}+by|then|ahead{SP}+of|behind)"
_ITEM_GAP_RE = re.compile(
    rf"(?:{SP}+[a-z][a-z-]*){{0,3}}\)?(?:{SP}*,{SP}*(?:(?:and{SP}+|or{SP}+)?{_LIST_WORD}{SP}+)?|{SP}+{_LIST_WORD}{SP}+)"
    rf"(?:the{SP}+)?{_NAME}{SP}*\(")


def named_list_item(text: str, c: Candidate, before: Candidate) -> bool:
    """True for a bracketed number after a name in a list led by a figure: "311,333 probable cases, followed by São
    Paulo (161,397), the Federal District (98,169)" ("161,397" after the figure "311,333", "98,169" after "161,397").
    A name with a bracketed number and no figure before it stays a designation ("Prescott (4)").

    >>> t = "311,333 cases, followed by São Paulo (161,397)."
    >>> named_list_item(t, Candidate(38, 45, 38, 45, 161397.0), Candidate(0, 7, 0, 7, 311333.0))
    True
    """
    if c.atom != "digit" or before.atom != "digit" or text[c.end:c.end + 1] != ")" or c.start - before.end > 80:
        return False
    return _ITEM_GAP_RE.fullmatch(text, before.end, c.start) is not None
