"""Figure filters for identifiers and references (issue 11): numbers that name a unit, a weapon, a document, a
body, a list or a stage of a competition, ordinals that order an argument or a period, and "the two" referring back.
Each function is a rule of :data:`analysis.figures.filters.RULES` (True: not a figure); split from ``filters.py``."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicons import load_table
from .filter_helpers import word_before, words_after
from .patterns import CARD_ALT, SP

if TYPE_CHECKING:
    from .filters import Look


_ID_WORDS: dict[str, frozenset] = {}
for _w, _role in load_table("figure_identifiers.tsv"):
    _ID_WORDS.setdefault(_role, set()).add(_w.lower())
_ID_WORDS = {role: frozenset(ws) for role, ws in _ID_WORDS.items()}
# a pair already in view: "the two countries", "our two nations", "its two neighbours"; one person's "his two comrades",
# "her two lawyers" are new to the text, a count
_REFERENTIAL_BEFORE_RE = re.compile(rf"(?i)\b(?:the|these|those|both|its|their|our|all){SP}+\Z")
_POSSESSOR_BEFORE_RE = re.compile(rf"(?i)(?:\b(?:the|a|an|its|his|her|their|our|my|your|whose|this|that|these|those|each|every|"
                                  rf"ranked|ranks|ranking|placed|came|finished|comes)|[’']s|s[’']){SP}+\Z")


_DETERMINERS = frozenset("the a an its his her their our my your whose this that these those each every".split())


def referential_two(look: Look) -> bool:
    """ "the two countries", "these two dictators", "as the two arrived": a reference back, not a count ("her two
    lawyers" is one)."""
    text, c = look.text, look.cand
    word = text[c.num_start:c.num_end].lower()
    if word not in _SMALL_GROUPS or c.unit_class in ("duration", "currency", "percent", "measure", "age") \
            or text[c.num_end:c.num_end + 1] == "-":
        return False
    if word != "two":
        # "the three countries", "these three nations", "all four countries": the group just named, when a noun of
        # actors follows at once ("its four neighboring countries", "the three largest airlines" are counts)
        noun = _NEXT_WORD_RE.match(text, c.num_end, min(look.hi, c.num_end + 24))
        return noun is not None and noun.group(1).lower() in _GROUP_NOUNS \
            and _GROUP_BEFORE_RE.search(text, max(look.lo, c.start - 8), c.start) is not None
    if _REFERENTIAL_BEFORE_RE.search(text, max(look.lo, c.start - 8), c.start) is not None:
        return True
    # "two sides" names the parties in view, article or not ("Russian ambassador says two sides are working out
    # logistics", a headline): no count of sides carries information
    noun = _NEXT_WORD_RE.match(text, c.num_end, min(look.hi, c.num_end + 12))
    return noun is not None and noun.group(1).lower() == "sides"


_SMALL_GROUPS = frozenset({"two", "three", "four"})
_GROUP_BEFORE_RE = re.compile(rf"(?i)\b(?:the|these|those|all){SP}+\Z")
_GROUP_NOUNS = frozenset("countries nations states leaders sides governments powers allies neighbours neighbors".split())
_NEXT_WORD_RE = re.compile(rf"{SP}+([A-Za-z]+)\b")


def first_as_adverb(look: Look) -> bool:
    """ "Kim first visited Russia", "when they first met": an adverb; "his first visit", "ranked first" stay."""
    text, c = look.text, look.cand
    if text[c.num_start:c.num_end] != "first" or text[c.num_end:c.num_end + 1] == "-":
        return False
    if _POSSESSOR_BEFORE_RE.search(text, max(look.lo, c.start - 12), c.start):
        return False
    # a determiner two or three words back, with adjectives between: "the memorable first meeting"
    back = re.findall(r"[\w’']+|[^\w\s]", text[max(look.lo, c.start - 40):c.start])[-3:]
    if any(w.lower() in _DETERMINERS for w in back[:-1]) and all(w[0].isalnum() for w in back):
        nxt = words_after(text, c.end, look.hi, 1)
        return not (nxt and nxt[0] in _ID_WORDS["event"])
    return True


def argument_ordinal(look: Look) -> bool:
    """ "a second step", "the third point", "in the first place", "The first is a fight for territory": the
    ordinal orders the argument."""
    text, c = look.text, look.cand
    if _ORDINAL_AS_HEAD_RE.match(text, c.num_end, min(look.hi, c.num_end + 60)) \
            and re.fullmatch(rf"{SP}*(?:The|the){SP}+", text[look.lo:c.start]):
        return True     # "The first is ...", "The second was ...": the subject of its sentence, an item of a list
    nxt = words_after(text, c.end, look.hi, 1)
    if nxt and nxt[0] in _ID_WORDS["discourse"]:
        return True
    return text[c.num_start:c.num_end].lower() == "first" and re.match(rf"{SP}+place\b", text[c.num_end:c.num_end + 8]) is not None \
        and re.search(rf"(?i)\bin{SP}+the{SP}+\Z", text[max(look.lo, c.start - 8):c.start]) is not None


def ordinal_of_a_period(look: Look) -> bool:
    """ "in the first nine months of the year", "his first 100 days": the ordinal picks a stretch of time
    (the count of days or months is the figure, if any), it ranks nothing.  So does the ordinal that names
    a part of a year or of a game: "in the first quarter", "a first-quarter loss", "the second half of 2024"
    (a date, not a figure; NewsQuant leaves them out too)."""
    c = look.cand
    return _PERIOD_AFTER_ORDINAL_RE.match(look.text, c.num_end, min(look.hi, c.num_end + 30)) is not None


_PERIOD_AFTER_ORDINAL_RE = re.compile(
    rf"{SP}+(?:\d[\d,]*|(?i:{CARD_ALT})){SP}+(?i:days|weeks|months|years|quarters|hours)\b"
    # an ordinal before a count selects the first (second ...) N of a series, it ranks nothing: "the first three
    # hearings", "the first 10 companies", "the first two" (the count is the figure)
    rf"|{SP}+(?:\d[\d,]*|(?:{CARD_ALT}))(?:{SP}+[a-z]|{SP}*[,.;:)]|\Z)"
    rf"|(?:{SP}+|-)(?i:quarter|half)(?!\w)"
    # "the 20th century", "21st-century warfare", "the twenty-first century": a century named by its ordinal is a
    # period (a date, or "our time"), it ranks nothing
    # ("the third Millennium Prize winner": a capitalised one before a name's next word ranks in the name)
    rf"|(?:{SP}+|-)(?:century|centuries|millennium|(?:Century|Centuries|Millennium)(?!{SP}+[A-Z]))\b")
# "The first is a ...", and with an aside between commas: "The first, and most obvious, is the immediate effect"
_ORDINAL_AS_HEAD_RE = re.compile(rf"(?:{SP}*,[^,.;:!?\n]{{1,40}},)?{SP}+(?:is|are|was|were){SP}+(?:a|an|the|that|to)\b")


def military_unit(look: Look) -> bool:
    """ "the 72nd Brigade", "719th regiment", "the 11th airborne brigade": a unit's designation."""
    text, c = look.text, look.cand
    if not text[c.num_start:c.num_start + 1].isdigit():
        return False
    return any(w in _ID_WORDS["military_unit"] for w in words_after(text, c.end, look.hi, 3))


def calibre(look: Look) -> bool:
    """ "152 mm shells", "122-mm howitzers", "a 155mm calibre": a weapon's designation."""
    text, c = look.text, look.cand
    if c.unit not in ("millimetre", "mm", "millimeter") or not 5 <= c.value <= 800:
        return False
    if word_before(text, look.lo, c.start) in ("calibre", "caliber"):
        return True
    return any(w in _ID_WORDS["weapon"] for w in words_after(text, c.end, look.hi, 3))


def reference_word_before(look: Look) -> bool:
    """ "resolution 2397", "article 4", "unit 719": a number that refers, after a reference word in any case; and a
    subsection after one, "Section 40 (5) (a)"."""
    c = look.cand
    sub = re.search(r"\s\d+[A-Za-z]?\s?\(\Z", look.text[max(look.lo, c.start - 12):c.start]) if look.text[c.end:c.end + 1] == ")" else None
    if c.strong:
        return False
    if word_before(look.text, look.lo, c.start - (len(sub.group(0)) if sub else 0)) in _ID_WORDS["id_before"]:
        return True
    # a later item of a list of references: "HS codes 12, 08, 07", "articles 3, 4 and 5"
    lst = _REFERENCE_LIST_RE.search(look.text, max(look.lo, c.start - 40), c.start)
    return lst is not None and word_before(look.text, look.lo, lst.start()) in _ID_WORDS["id_before"]


_REFERENCE_LIST_RE = re.compile(rf"(?:\b\d{{1,4}}[A-Za-z]?{SP}*,{SP}*(?:(?:and|or){SP}+)?)+(?:\b\d{{1,4}}[A-Za-z]?{SP}+(?:and|or){SP}+)?\Z"
                                rf"|\b\d{{1,4}}[A-Za-z]?{SP}+(?:and|or){SP}+\Z")


_STAGE_BEFORE_RE = re.compile(rf"(?i)\b(?:round{SP}+of|last|final|quarter-?final{SP}+of){SP}+\Z")


def tournament_stage(look: Look) -> bool:
    """ "the round of 16", "into the last 16": the name of a stage of a competition, not a count."""
    c = look.cand
    if c.unit_class or c.value not in (4, 8, 16, 32, 64, 128) \
            or _STAGE_BEFORE_RE.search(look.text, max(look.lo, c.start - 20), c.start) is None:
        return False
    nxt = re.match(rf"{SP}*([A-Za-z]+)", look.text[c.end:min(look.hi, c.end + 20)])
    return nxt is None or nxt.group(1).lower() in _STAGE_AFTER     # "the last 16 soldiers" counts soldiers


_STAGE_AFTER = frozenset("of in at match matches tie ties clash stage round draw".split())


def committee_name(look: Look) -> bool:
    """ "the 1718 Committee", "the 1718 sanctions committee": the body named after a resolution."""
    c = look.cand
    nxt = words_after(look.text, c.end, look.hi, 2)
    return not c.strong and bool(nxt) and (nxt[0] in _ID_WORDS["id_after"]
                                           or len(nxt) > 1 and nxt[0] == "sanctions" and nxt[1] in _ID_WORDS["id_after"])


def ordinal_identifier(look: Look) -> bool:
    """ "the 13th Amendment", "West 23rd Street", "a sixth-grader", "the 9th Circuit": part of a name; "the second
    page of the newspaper", "the third paragraph": a place in a text (lexicon role text_part)."""
    nxt = words_after(look.text, look.cand.end, look.hi, 1)
    return bool(nxt) and (nxt[0] in _ID_WORDS["ordinal_id_after"] or nxt[0] in _ID_WORDS["text_part"])


def list_name(look: Look) -> bool:
    """ "Fortune 500 companies", "the S&P 500": a number naming a list or an index."""
    c = look.cand
    return not c.strong and word_before(look.text, look.lo, c.start) in _ID_WORDS["name_before"]
