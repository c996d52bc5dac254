"""Word lists and compiled patterns for figures: number words, scales, units, context words.

Every list is a data file in ``analysis/lexicons/`` (number_words.tsv, number_scales.tsv,
units.tsv, figure_kinds.tsv, figure_context.tsv, figure_cues.tsv, figure_function_words.txt,
months.tsv; hedges come from the one hedge lexicon, ``hedges.tsv``).  The patterns are
compiled once, at import.
"""
from __future__ import annotations

import re

from ..lexicons import load_list, load_table
from ..nlp import hedge_phrases, pronouns
from ..nlp.guard import guarded

SP = "[ \u00a0]"   # a space inside a figure: plain or no-break

# --------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------
NUMBER_WORDS = {w.lower(): (float(v), t) for w, v, t in load_table("number_words.tsv")}
CARDINALS = {w: v for w, (v, t) in NUMBER_WORDS.items() if t == "cardinal"}
SCALES = {w: v for w, (v, t) in NUMBER_WORDS.items() if t == "scale"}
ORDINALS = {w: v for w, (v, t) in NUMBER_WORDS.items() if t == "ordinal"}
FRACTIONS = {w: v for w, (v, t) in NUMBER_WORDS.items() if t == "fraction"}
VAGUE = {w: v for w, (v, t) in NUMBER_WORDS.items() if t == "vague"}
ABBR_SCALES = {s: float(v) for s, v in load_table("number_scales.tsv")}
KIND_NOUNS = {noun.lower(): (kind, unit) for noun, kind, unit in load_table("figure_kinds.tsv")}
_CONTEXT = load_table("figure_context.tsv")
CUES = {verb: needs for verb, needs in load_table("figure_cues.tsv")}
FUNCTION_WORDS = frozenset(w.lower() for w in load_list("figure_function_words.txt"))
MONTHS = {name.lower(): int(num) for name, num in load_table("months.tsv")}


def _is_word(s: str) -> bool:
    """Unit surfaces of 3+ lower-case letters match in any case ("Percent", "DOLLARS")."""
    return len(s) >= 3 and re.fullmatch(r"[a-z][a-z .\-]*", s) is not None


def _alternation(items, *, fold=lambda s: False) -> str:
    """A regex alternation of literal strings, longest first; ``fold(s)`` ones match any case."""
    parts = []
    for s in sorted(set(items), key=lambda s: (-len(s), s)):
        esc = re.escape(s).replace(r"\ ", SP)
        parts.append(f"(?i:{esc})" if fold(s) else esc)
    return "|".join(parts)


PRE_UNITS: dict[str, tuple[str, str]] = {}           # "US$" -> ("USD", "currency")
_POST_UNITS: dict[str, tuple[str, str, bool]] = {}    # surface -> (unit, class, glued only)
for _surface, _unit, _cls, _pos in load_table("units.tsv"):
    if _pos == "pre":
        PRE_UNITS.setdefault(_surface, (_unit, _cls))
    else:
        _POST_UNITS.setdefault(_surface.lower() if _is_word(_surface) else _surface, (_unit, _cls, _pos == "glued"))


_SPACES_RE = re.compile(SP + "+")


def post_unit(surface: str) -> tuple[str, str, bool]:
    surface = _SPACES_RE.sub(" ", surface)
    return _POST_UNITS.get(surface) or _POST_UNITS.get(surface.lower()) or ("", "", False)


# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------
# A currency written before the number: "US$ 90.3", "$A82", "RM79", "Y=28,030".
PRE_RE = re.compile(rf"(?<![A-Za-z$])(?:{_alternation(PRE_UNITS)}){SP}?\Z")
PRE_LAST = frozenset(s[-1] for s in PRE_UNITS)
# Letter-only codes glued to digits ("RM79", "USD10m") defeat the atom's "no letter before"
# rule, so they get explicit look-behinds.
_PRE_GLUED = "|".join(f"(?<={re.escape(c)})" for c in sorted(
    (s for s in PRE_UNITS if s[-1].isalpha()), key=len, reverse=True))
POST_RE = guarded(re.compile(
    rf"(?P<sep>{SP}?-?{SP}?)(?P<u>{_alternation(_POST_UNITS, fold=_is_word)})(?![A-Za-z0-9])"))
POST_FIRST = frozenset(ch for s in _POST_UNITS for ch in {s[0], s[0].upper(), s[0].lower()})
SCALE_WORD_RE = re.compile(
    rf"(?:{SP}|-|{SP}-{SP}?)?(?P<w>(?i:hundred|thousand|million|billion|trillion|lakhs?|crores?))"
    rf"(?:{SP}(?P<w2>(?i:thousand|million|billion)))?(?![A-Za-z])")
SCALE_ABBR_RE = re.compile(rf"(?P<sp>{SP}?)(?P<a>{_alternation(list(ABBR_SCALES) + ['m'])})(?![A-Za-z0-9])")
PER_RE = re.compile(
    rf"{SP}?(?:per|a|an|each|every|/){SP}?(?P<den>(?i:year|month|week|day|hour|minute|"
    rf"barrel|share|ounce|gallon|litre|liter|tonne|ton|kilogram|kg|head|person|capita|night|"
    rf"square{SP}foot|square{SP}metre|square{SP}meter|sq{SP}ft|sq{SP}m|"
    rf"mile|kilometre|kilometer|km|unit|pound|game))(?![A-Za-z])"
    rf"(?!{SP}+(?:earlier|ago|later|before|after|prior|previously|since|on|from|into)\b)")  # "a year earlier"

CARD_ALT = _alternation(CARDINALS)
_CARD_SCALE_ALT = _alternation(list(CARDINALS) + list(SCALES))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_FOLDS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
          "eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand")
# Verbs of multiplication: "doubled" = 2 times, "halved" = a half (the stem without -d/-s/-ing).
MULTIPLIERS = {"double": 2.0, "triple": 3.0, "quadruple": 4.0, "quintuple": 5.0, "halve": 0.5}
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
ATOM_RE = re.compile(
    rf"""
    (?:(?<![\w.,])|{_PRE_GLUED})(?P<ordd>\d+)(?:st|nd|rd|th)(?![A-Za-z0-9])
  | (?:(?<![\w.,])|{_PRE_GLUED})(?P<dig>{_DIGITS})
  | (?<![\w.,])(?P<dot>\.\d+)
  | (?P<frac>(?:(?P<fnum>a|an|one|two|three|four|five|six|seven|eight|nine|ten)[ \u00a0-]+)?
        (?P<fden>halves|half|thirds|third|quarters|quarter|fourths|fourth|fifths|fifth|sixths|eighths|tenths))\b
  | (?P<vague>(?:tens|dozens|scores|hundreds|thousands|millions|billions|trillions)
        (?:[ \u00a0]+(?:of|and|or)[ \u00a0]+(?:hundreds|thousands|millions|billions))?)\b
  | (?P<fold>(?:{_FOLDS})fold)\b
  | (?P<mult>(?:doubl|tripl|quadrupl|quintupl|halv)(?:ed|es|ing))\b
  | (?P<times>twice|thrice)\b
  | (?P<ordw>(?:(?:{_TENS})-)?(?:{_alternation(ORDINALS)}))\b
  | (?P<word>(?:{_CARD_SCALE_ALT})
        (?:(?:[ \u00a0]+|-)(?:{_CARD_SCALE_ALT})
         |(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))[ \u00a0]+and[ \u00a0]+(?:{CARD_ALT})){{0,10}})\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Searching ATOM_RE tries its ~150 word alternatives at every character; instead a cheap
# token pass finds the few places where an atom can start, and ATOM_RE is matched there.
TRIGGER_RE = re.compile(r"\.?\d+|[A-Za-z]+")
TRIGGER_WORDS = (frozenset(CARDINALS) | frozenset(SCALES) | frozenset(ORDINALS) | frozenset(FRACTIONS)
                  | frozenset(VAGUE) | {"a", "an", "third", "fourth", "fifth"}
                  | {w + "fold" for w in _FOLDS.split("|")}
                  | {stem[:-1] + end for stem in MULTIPLIERS for end in ("ed", "es", "ing")} | {"twice", "thrice"})


def _trigger_regex() -> re.Pattern:
    """:data:`TRIGGER_RE` narrowed to what :func:`analysis.figures.numbers._iter_atoms` keeps: a run of digits, or a
    whole run of letters (any case) that is one of :data:`TRIGGER_WORDS`; ``re`` skips the other words itself
    instead of handing each to Python (the same matches, left to right)."""
    from ..nlp.cues import _trie_pattern
    words = sorted(w for w in TRIGGER_WORDS if w.isalpha() and w.isascii())
    return re.compile(r"\.?\d+|(?<![A-Za-z])(?:" + _trie_pattern(words) + r")(?![A-Za-z])", re.IGNORECASE)


TRIGGER_WORDS_RE = _trigger_regex()
SLASH_FRACTION_RE = re.compile(r"[/⁄](?P<den>\d{1,3})(?![\d/])")
# scientific notation: "1.99×10−30", "6.02 x 10^23", "3×10⁸"
SCI_RE = re.compile(
    r"[ \u00a0]?[×xX*][ \u00a0]?10(?:(?:\^|\*\*)(?P<e1>[-−–]?\d{1,3})|(?P<e2>[-−–]\d{1,3})|(?P<e3>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))")
SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−–", "0123456789---")

_MONTH_ALT = _alternation([m.capitalize() for m in MONTHS] + [m.upper() for m in MONTHS]
                          + [m for m in MONTHS if m not in ("may", "march", "mar", "jun", "dec", "sep")])
MONTH_BEFORE_RE = re.compile(rf"\b(?:{_MONTH_ALT})\.?,?{SP}*(?:\d{{1,2}}{SP}*[-–]{SP}*)?\Z")
MONTH_AFTER_RE = re.compile(rf"(?:st|nd|rd|th)?,?{SP}*(?:of{SP}+)?(?:{_MONTH_ALT})\b")
TIME_AFTER_RE = re.compile(
    rf"{SP}?(?:[ap]\.m\.?|(?i:am|pm|noon|midnight)\b|o[’']clock\b|(?:GMT|UTC|EST|EDT|PST|PDT|BST|KST|MSK|CET|CEST|JST)\b)")
# words that make a following four-digit number a year whatever comes after it
YEAR_CUE_RE = guarded(re.compile(
    r"(?i:\b(?:in|since|by|from|until|till|between|during|early|late|mid|fiscal|FY|year|summer|"
    r"winter|spring|autumn|fall|end|before|after|circa|through))[ \u00a0-]*\Z"))
DESIGNATION_BEFORE_RE = re.compile(r"(?P<w>[A-Za-z][\w&'’.]*)(?P<sep>[ \u00a0]|-|[ \u00a0]-|[ \u00a0]\()\Z")
DESIGNATION_STARTERS = frozenset("game model section article resolution chapter unit part phase round "
                                  "level stage group channel route flight".split())
ADDRESS_AFTER_RE = re.compile(
    rf"(?:[-–]\d+)?(?:{SP}+[A-Z0-9][\w.]*){{0,3}}{SP}+(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Place|Way)\b")
ERA_BEFORE_RE = re.compile(rf"\b(?:A\.D\.|AD|B\.C\.|BC){SP}*\Z")
ERA_AFTER_RE = re.compile(rf"{SP}*(?:BC|B\.C\.|BCE|B\.C\.E\.|AD|A\.D\.|CE|C\.E\.)(?![A-Za-z])")
NO_BEFORE_RE = re.compile(rf"(?:\b(?:No|Nos|no|Number|p|pp|para|Art|art|Sec|sec|Vol|vol|Ch|ch)\.?|#){SP}*\Z")
NEGATIVE_BEFORE_RE = re.compile(rf"(?:(?:^|(?<=[\s(\[]))[-−]|(?i:\bminus){SP}?-?)\Z")
RANGE_DASH_BEFORE_RE = re.compile(rf"\d[%\w]*{SP}*[-−–]{SP}*\Z")
SCORE_BEFORE_RE = re.compile(rf"(?<![\d.,])(\d+){SP}?[-–]{SP}?\Z")
DECIMAL_END_RE = re.compile(r"\d\.\d{1,3}\Z")
ID_AROUND_RE = re.compile(r"(?:\d[-–]\d+[-–]|\d/)\Z")
ID_AFTER_RE = re.compile(r"[-–]\d+[-–]\d|/\d")
SCORE_AFTER_RE = re.compile(rf"[-–]{SP}?(\d+)(?![\d.,])")
AGE_APPOSITION_RE = re.compile(rf"\b[A-Z][\w.'’-]*,{SP}\Z")
# "three and a half hours", and hyphenated in a compound: "the three-and-a-half-month trial"
AND_HALF_RE = re.compile(rf"(?:{SP}+|-)and(?:(?:{SP}+|-)a)?(?:{SP}+|-)half\b", re.IGNORECASE)
OF_RE = re.compile(rf"{SP}+of{SP}+(?:the{SP}+)?", re.IGNORECASE)
FRACTION_OF_RE = re.compile(rf"{SP}+(?:of|the|a|an|its|their|his|her|our|all)\b", re.IGNORECASE)
DECADE_RE = re.compile(r"['’]?s\b")
# A word of the counted noun phrase; initials keep their periods ("two U.S. officials", "two N.Korean vessels").
_NP_WORD = r"(?:(?:[A-Z]\.)+[A-Za-z][\w’'-]*|(?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*)"
NOUN_PHRASE_RE = re.compile(
    rf"(?:{SP}*[”’\"'»)\]])?{SP}+(?P<np>(?:{_NP_WORD}{SP}+){{0,5}}{_NP_WORD})")   # "Three Russian Air Force transport planes"
TWO_WORDS_RE = re.compile(rf"{SP}+([A-Za-z][\w’'-]*)(?:{SP}+([A-Za-z][\w’'-]*))?")
RANGE_GAP_RE = re.compile(
    rf"{SP}*(?:(?P<dash>[-–—])|(?P<to>to-?|through|until)|(?P<and>and)|(?P<or>or)){SP}*", re.IGNORECASE)
PART_GAP_RE = re.compile(rf"{SP}+(?:(?P<out>out){SP}+of|in){SP}+", re.IGNORECASE)

KIND_NOUN_RE = guarded(re.compile(rf"\b(?P<n>{_alternation(KIND_NOUNS, fold=lambda s: True)})\b"))
TRADE_RE = guarded(re.compile(rf"\b(?:{_alternation([w for w, r in _CONTEXT if r == 'trade'], fold=_is_word)})\b"))
MARKET_RE = guarded(re.compile(rf"\b(?:{_alternation([w for w, r in _CONTEXT if r == 'market'], fold=_is_word)})\b"))
HEDGE_BEFORE_RE = guarded(re.compile(
    rf"(?:^|(?<=[^\w]))(?P<h>{_alternation(hedge_phrases('before'), fold=lambda s: True)})"
    rf"[ \u00a0“\"‘'(]*\Z"))
HEDGE_AFTER_RE = re.compile(
    rf"{SP}*(?P<h>{_alternation(hedge_phrases('after'), fold=lambda s: True)})(?![A-Za-z])")
HEDGE_CLAUSE_RE = guarded(re.compile(
    rf"\b(?P<h>{_alternation(hedge_phrases('clause'), fold=lambda s: True)})\b"))
CUE_RE = guarded(re.compile(rf"\b(?P<v>{_alternation(CUES)})\b"))
# The holder runs to the clause's end; an initial's period ("the U.S. government", "U.N. officials")
# does not end it when another initial or a lower-case word follows.
ACCORDING_RE = guarded(re.compile(rf"(?i:\baccording{SP}+to){SP}+(?P<src>(?:[A-Z]\.(?=[A-Z]\.|{SP}+[a-z])|[^,;:.()\n]){{1,120}})"))

PLURAL_IRREGULAR = frozenset("people men women children staff police personnel troops aircraft crew livestock poultry "
                              "sheep fish cattle militia clergy".split())
# Fractions: "half a century", "a quarter of a century" (spans of time), shares and scales
HALF_SPAN_RE = re.compile(rf"{SP}+(?:of{SP}+)?an?{SP}+(?P<u>century|decade)\b", re.IGNORECASE)
# "a further half hour", "half an hour", "half a day", "a half-hour drive": half of a unit of time ("half-year results"
# is a period, no duration; "half a century" is 50 years above)
HALF_TIME_RE = re.compile(rf"(?:{SP}+(?:an?{SP}+)?(?P<u>hour|day|week|month|year|minute|second)|-(?P<hu>hour|day|minute))\b",
                          re.IGNORECASE)
# "a year and a half", "an hour and a half", "a decade and a half": one unit of time and half of another, before
# "half" (the unit's own count "two years and a half" is AND_HALF_RE after the unit)
UNIT_AND_HALF_BEFORE_RE = re.compile(rf"(?i)\b(?:an?|one){SP}+(?P<u>century|decade|year|month|week|day|hour|minute)"
                                     rf"{SP}+and{SP}+\Z")
SPAN_OF_RE = re.compile(rf"{SP}+of{SP}+an?{SP}+(?P<u>century|decade)\b", re.IGNORECASE)
# before a bare fractional word, a share: "up by a third", "the bottom fifth of incomes", "the top tenth of"
# after "by a third", no noun: "fell by a third from 2001", "by a third, to ..." ("by a third power" is an ordinal)
SHARE_AFTER_RE = re.compile(rf"(?i)(?:{SP}*(?:[,.;:)]|\Z)|{SP}+(?:from|to|in|since|over|between|last|this|compared|and|or|on|"
                             rf"during|after|before|while|year-on-year|a{SP}+year)\b)")
SHARE_BEFORE_RE = re.compile(rf"(?i)\b(?:by|bottom|top|middle|lowest|highest|poorest|richest|wealthiest){SP}+\Z")


FRACTION_SCALE_RE = re.compile(rf"{SP}+(?:of{SP}+)?an?{SP}+(?P<s>thousand|million|billion|trillion)\b", re.IGNORECASE)
# "m" is a million before a plural without "-s" right after it ("1.5m people", "2m children"; not "1.8m men's high jump")
MILLION_BEFORE_IRREGULAR_RE = re.compile(rf"{SP}+(?:{'|'.join(sorted(PLURAL_IRREGULAR - {'fish', 'aircraft'}))})(?![\w'’-])")
# a fraction of a point of interest: "a quarter point", "a quarter-point", "half a percentage point",
# "three quarters of a point" (not "the halfway point", "a quarter pounder")
POINT_FRACTIONS = frozenset({"half", "quarter", "quarters"})     # "a third point" is an ordinal: "my third point"
POINT_AFTER_RE = re.compile(rf"(?i)(?P<a>{SP}+(?:of{SP}+)?an?)?(?:{SP}+|-)(?:percentage(?:{SP}+|-))?points?\b")
# after "one", these make it a pronoun or an idiom ("one another", "one day", "one way or ...")
ONE_STOP = frozenset("another other day time way thing last".split()) | FUNCTION_WORDS
AUX = frozenset("has have had also reportedly recently previously earlier once further later then would "
                 "will may might is was were are be been now already first last".split())
PASSIVE = frozenset("is was were are be been being".split())
# A figure sourced to "he" or "she" takes the person named before it (extract._named_source_before).
PERSONAL_PRONOUNS = pronouns(kinds=("person-m", "person-f"), cases=("subject", "object"))
# Personal pronouns that can stand as a figure's source ("he said", "they reported").
PRONOUNS = pronouns(cases=("subject", "object"))
STRONG = frozenset(("currency", "percent", "measure", "point", "age", "count"))
