"""Helpers of the rejection rules (:mod:`.filters`): what the sentence around a number looks like
(prose or a metadata line, title case, a designation such as "Game 7", a plural noun after it, "one" as
a pronoun, a number inside a calendar date)."""
from __future__ import annotations

import re
from typing import Sequence

from ..records import DateMention
from .candidate import Candidate
from .patterns import (CARD_ALT, CARDINALS, DESIGNATION_BEFORE_RE, DESIGNATION_STARTERS, FUNCTION_WORDS, MONTHS,
                       ONE_STOP, ORDINALS, PLURAL_IRREGULAR, POST_RE, SP, TWO_WORDS_RE, post_unit)
from ..nlp.guard import guarded


# Patterns of the functions below that run for every figure, compiled once (not looked up in ``re``'s cache each time).
_LOWER_WORD_RE = guarded(re.compile(r"\b[a-z]{2,}\b"))
_PRONOUN_ONE_BEFORE_RE = re.compile(rf"\b(?:no|any|every|each|some|the|this|that|which|last){SP}+\Z")
_NEXT_WORD_RE = re.compile(rf"{SP}+([A-Za-z][\w’'-]*)")
_POSSESSIVE_END_RE = re.compile(r"[’']s?$")
_SPACES_RE = re.compile(rf"{SP}*")


def is_prose(text: str, lo: int, hi: int) -> bool:
    """A sentence with at least two lower-case words; metadata lines have fewer."""
    return len(_LOWER_WORD_RE.findall(text[lo:min(hi, lo + 400)])) >= 2


def _is_title_case(text: str, lo: int, hi: int) -> bool:
    words = re.findall(r"\b[A-Za-z][a-z]+", text[lo:min(hi, lo + 300)])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _at_clause_start(text: str, lo: int, pos: int) -> bool:
    # a hyphen between spaces stands for a dash: "MOSCOW (Reuters) - Three soldiers ..." after a dateline
    return pos == lo or re.search(r"(?:[.:;“\"‘(\[—–]|(?<!\S)-)" + SP + r"*\Z", text[max(lo, pos - 4):pos]) is not None


def _is_designation(text: str, lo: int, hi: int, c: Candidate) -> bool:
    """ "COVID-19", "Su-27", "Game 7", "Stoxx 600", "iPhone 11", "Prescott (4)": a name, not a figure.

    The number follows a capitalised or mixed-case word that is not a function word.  With
    a hyphen it is always a name; with a space it is one unless a unit or a plural noun
    follows at once ("Model 3 sedans" stays a count).  At the start of a sentence only a few
    words make designations ("Game 7 ...", "Resolution 2397 ..."), since "Some 300" and
    "Nearly 50" are counts.
    """
    d = DESIGNATION_BEFORE_RE.search(text, max(lo, c.start - 30), c.start)
    if not d:
        return False
    w, sep = d.group("w"), d.group("sep")
    key = w.lower().rstrip(".")
    if not any(ch.isupper() or ch.isdigit() for ch in w) or key in FUNCTION_WORDS or key in MONTHS:
        return False
    if sep == " " and w.endswith(("'s", "’s", "s'", "s’")):
        return False   # a possessor owns the quantity, it names nothing: "the RBA's 2-3% target", "Russia's 40,000 troops"
    if text[c.start] in "-−":
        return True    # "COVID -19": the hyphen was taken for a minus sign
    if "(" in sep and text[c.end:c.end + 1] != ")":
        return False   # "Celsius (1.8 to 2.7 Fahrenheit)" opens an aside; "Prescott (4)" is a shirt number
    if d.start("w") == lo and not any(ch.isupper() or ch.isdigit() for ch in w[1:]):
        return key in DESIGNATION_STARTERS
    if "-" in sep:
        return True
    return not (c.unit_class in ("measure", "age", "duration", "count") or plural_noun_after(text, c.end, hi, immediate=True))


def _counted_range_follows(text: str, hi: int, c: Candidate) -> bool:
    """ "2000 - 2500 Calories": a four-digit number opening a range of counted things is no year."""
    m = re.match(rf"{SP}*(?:[-–]|to){SP}*\d[\d,]*(?:\.\d+)?", text[c.end:min(hi, c.end + 20)])
    if not m:
        return False
    pos = c.end + m.end()
    u = POST_RE.match(text, pos)
    return bool(u and post_unit(u.group("u"))[1] in ("measure", "currency", "percent")) \
        or plural_noun_after(text, pos, hi)


def looks_plural(w: str) -> bool:
    return w in PLURAL_IRREGULAR or (len(w) > 4 and w.endswith(("men", "children"))) or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))
                                      and w not in FUNCTION_WORDS)


def plural_noun_after(text: str, pos: int, hi: int, *, immediate: bool = False) -> bool:
    """A plural common noun right after ``pos``, or after one modifier ("2000 hires", "300 new homes")."""
    m = TWO_WORDS_RE.match(text, pos, min(hi, pos + 40))
    if not m:
        return False
    words = [w for w in m.groups() if w]
    if words[0][0].islower() and looks_plural(words[0]):
        return True
    if immediate or len(words) < 2 or words[0].lower() in FUNCTION_WORDS:
        return False
    return words[1][0].islower() and looks_plural(words[1])


_SUPERLATIVE_AFTER_RE = re.compile(rf"{SP}+(?:most|least|best|worst|top|leading|[a-z]{{2,}}est)\b")


def _one_is_pronoun(text: str, lo: int, hi: int, c: Candidate) -> bool:
    """ "one" is a figure before a noun ("one solution", "one man"), not as a pronoun."""
    if _PRONOUN_ONE_BEFORE_RE.search(text[max(lo, c.start - 8):c.start].lower()):
        return True        # "no one", "the one that", "which one"
    after = text[c.end:min(hi, c.end + 40)]
    if re.match(rf"{SP}*(?:-|–|to|or|in|out{SP}+of){SP}*(?:\d|(?:{CARD_ALT})\b)", after, re.IGNORECASE) or \
            re.match(rf"{SP}+and{SP}+(?:\d|(?:{CARD_ALT})\b)", after, re.IGNORECASE) and \
            re.search(rf"(?i)\bbetween{SP}+\Z", text[max(lo, c.start - 8):c.start]):
        return False       # "one to two years", "one in five", "one or two", "between one and two years"
    if _LIST_IN_AFTER_RE.match(after) and _LIST_IN_BEFORE_RE.search(text, max(lo, c.start - 80), c.start):
        return False       # a list of counts by place, the noun written once: "22 in Suzu, two in Anamizu and one in Hakui"
    m = _NEXT_WORD_RE.match(after)
    if not m:
        return True
    nxt = m.group(1)
    if nxt[0].isupper():
        if _POSSESSIVE_END_RE.search(nxt) and len(nxt) > 3:
            # a name's possessive then a superlative after "one" is a dropped "of", a partitive: "one Moscow's highest
            # moves"; before a noun it is a count of that noun: "one McDonald's restaurant", "one Women's World Cup"
            return _SUPERLATIVE_AFTER_RE.match(after, m.end()) is not None
        return nxt in ("Of", "Another", "I")   # "one US fluid ounce" counts; "the best one I know"
    nxt = _POSSESSIVE_END_RE.sub("", nxt.lower())
    if nxt == "soon" or nxt.endswith(("ing", "ed")) and re.match(
            rf"{SP}+[A-Za-z][\w’'-]*{SP}+(?:by|that|to|in|on)\b", after):
        return True        # "one soon to be answered", "one captured by a camera", "one saying that"
    if nxt.endswith("ing") and re.match(rf"{SP}+[a-z]+{SP}+(?:his|her|their|its|him|them|me|us|our|my|your)\b", after):
        return True        # a clause of its own with its object: "with one wrapping his arms around the leader"
    if looks_plural(nxt) and nxt not in PLURAL_IRREGULAR and nxt not in _SINGULAR_IN_S:
        return True        # a verb agreeing with the pronoun: "after one opens fire", "as one says"
    return nxt in ONE_STOP or nxt.endswith("ly") or nxt in CARDINALS or nxt in ORDINALS


# "one" as a member of a list of counts by place: another count "in" a named place before it, "one (each) in" a named
# place after it ("39 were in Wajima, 22 in Suzu, two each in Anamizu and Noto, and one each in Hakui and Shika")
_LIST_IN_AFTER_RE = re.compile(rf"{SP}+(?:each{SP}+)?in{SP}+(?:the{SP}+)?[A-Z]")
_LIST_IN_BEFORE_RE = re.compile(rf"(?i:\b(?:\d+|{CARD_ALT})){SP}+(?:(?:were|was|each){SP}+)?in{SP}+(?:the{SP}+)?[A-Z]"
                                rf"[^.;:\d]{{0,40}}?(?:,|{SP}and){SP}*(?:and{SP}+)?\Z")


# Nouns ending in -s that are singular too ("one series", "one news outlet").
_SINGULAR_IN_S = frozenset("series species news means headquarters barracks crossroads politics economics "
                           "physics mathematics ethics".split())


def inside_date(c: Candidate, dates: Sequence[DateMention]) -> bool:
    """A bare number inside a calendar date mention is part of the date ("15 September 2022")."""
    if c.atom not in ("digit", "ordinal") or c.strong or c.unit_class == "duration":
        return False
    return any(d.start <= c.num_start and c.num_end <= d.end and d.granularity != "relative"
               and re.match(r"\d{4}", d.normalized or "") for d in dates)


def _capitalised_inside_sentence(look: "Look") -> bool:
    """The number is capitalised where a clause does not start, in a sentence that is not in title case."""
    text, c = look.text, look.cand
    return text[c.num_start:c.num_start + 1].isupper() and not _at_clause_start(text, look.lo, c.start) \
        and not _is_title_case(text, look.lo, look.hi)



_LIST_COLON_RE = re.compile(rf":{SP}+[A-Za-z“\"‘']")


def bracketed_note(look: "Look") -> bool:
    """A bracketed note or a list item's number: "[12]", "the Court ruled 1: unanimously ..."."""
    return look.cand.unit_class not in ("currency", "percent") and look.before == "[" and look.after == "]" \
        or list_number(look)


def list_number(look: "Look") -> bool:
    """The number of a list item before a colon: "the Court ruled 1: unanimously ...; and 2: unanimously ..."
    (not a clock time or a ratio, "10:30", "3:1": a digit follows those)."""
    c = look.cand
    return not c.strong and c.end == c.num_end and c.value < 100 and c.value == int(c.value) \
        and _LIST_COLON_RE.match(look.text, c.num_end, min(look.hi, c.num_end + 4)) is not None


# A telephone number: groups of digits after a country code ("+44 20 7946 0958"), an area code in brackets
# ("(202) 555-0143"), a trunk prefix ("0800 123 456"), or three or more groups ("1-800-273-8255"); or a short
# number one calls, texts or dials ("call 911 or text 988").
_PHONE_RE = re.compile(r"(?:\+\d{1,3}[ .\-\u00a0]?(?:\(\d{1,4}\)[ .\-\u00a0]?)?|\(\d{2,4}\)[ .\-\u00a0]?)\d{2,4}(?:[ .\-\u00a0]\d{2,5}){0,4}"
                       r"|\b0\d{2,4}(?:[ .\-\u00a0]\d{2,5}){1,4}\b"
                       r"|\b\d{1,4}(?:-\d{2,5}){2,4}\b")
_DIAL_BEFORE_RE = re.compile(rf"(?i)\b(?:call|calling|dial|dialing|dialling|text|texting|phone|tel|telephone|hotline|fax|"
                             rf"whatsapp)[.:]?{SP}+(?:(?:on|at|the|number|line){SP}+)*\Z")


def in_phone_number(text: str, lo: int, hi: int, c: Candidate) -> bool:
    """Is the number at ``c`` part of a telephone number?"""
    if _DIAL_BEFORE_RE.search(text, max(lo, c.num_start - 30), c.num_start) and not c.unit_class:
        return True
    for m in _PHONE_RE.finditer(text, max(lo, c.num_start - 24), min(hi, c.num_end + 24)):
        if m.start() <= c.num_start and c.num_end <= m.end():
            return sum(ch.isdigit() for ch in m.group(0)) >= 6
    return False


_WORD_RE = re.compile(r"[A-Za-z][\w.’'-]*")


def words_after(text: str, pos: int, hi: int, n: int) -> list[str]:
    """The next ``n`` words after ``pos``, lower-cased."""
    return [w.lower().rstrip(".’'") for w in _WORD_RE.findall(text, pos, min(hi, pos + 12 * n))][:n]


def word_before(text: str, lo: int, pos: int) -> str:
    """The word right before ``pos`` (only spaces between), lower-cased, or ""."""
    words = _WORD_RE.findall(text, max(lo, pos - 24), pos)
    return words[-1].lower() if words and _SPACES_RE.fullmatch(text[max(lo, pos - 24):pos].rsplit(words[-1], 1)[-1]) else ""
