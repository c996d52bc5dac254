"""Figures: the numbers an article states, with value, unit, kind, hedge, source and period.

A figure is a number a reader could check: an amount of money, a count of troops or
workers, a percentage, a duration, a plain count ("two countries", "one solution") or an
ordinal ("the 75th anniversary").  Numbers that only name or locate something are not
figures: years ("in 2022", "the 1990s", "2017–2018"), the days of dates ("May 9",
"3 August 2022"), clock times, footnote markers glued to a sentence end ("the other.1"),
designations ("COVID-19", "G7", "Su-27", "Stoxx 600", "Resolution 2397") and bare numbers
on metadata lines (the view counter in "30 Sep, 2022 · 5832").

The extractor works one sentence at a time:

1. find number *atoms*: digits ("90.3", "8,000"), number words ("twenty-eight thousand"),
   ordinals ("75th", "second"), fractions ("two-thirds", "half of") and vague plurals
   ("tens of thousands");
2. attach what surrounds each atom: a currency before it ("US$"), a scale after it
   ("million", "bn", "-thousand"), a unit ("percent", "km", "-year-old") and a rate ("a barrel");
3. drop the atoms that are not figures (above);
4. join ranges ("between 20,000 and 50,000", "15-22 mph", "three or four years",
   "four to five thousand") and proportions ("one in five");
5. decide the kind from the unit and the noun ("troops", "workers"; money near "exports" is a
   trade_value), the hedge ("up to", "nearly", "allegedly"), the source ("X said",
   "according to X") and ``refers_to``, the period the figure describes, from the date
   mentions of :mod:`analysis.dates` in the same sentence.

Conventions (chosen to agree with the NewsQuant annotation where it has one):

* Vague plurals become ranges by one rule: a plural multiplier ``Ns`` spans ``[N, 10 N]`` of
  what it multiplies.  So "dozens" = 12-120, "hundreds" = 100-1,000, "thousands of troops" =
  1,000-10,000, "tens of thousands" = 10,000-100,000, "hundreds of thousands" =
  100,000-1,000,000, "hundreds and thousands" = 100-10,000, "several/a few hundred" = 200-1,000.
* Fractions ("a third of", "half the", "one in five") are proportions: ``value`` is the
  fraction (0.333...), ``unit`` "fraction", ``kind`` "percentage".
* Counts written as words are figures ("two countries" = 2, "one solution" = 1), but the
  pronoun and partitive "one" are not ("no one", "one another", "one of the stakeholders").
* A range has ``value <= value_high``; "from 4.8 percent to 4.7 percent" is a change, so it
  gives two figures.
* ``kind`` is one of trade_value, money, troop_estimate, labor_estimate, percentage, count,
  duration, ordinal; measures (km, tons) and ages are counts with their unit.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Iterator, Optional, Sequence

from .dates import extract_dates
from .lexicons import load_list, load_table
from .records import DateMention, Figure, Sentence
from .text import footnote_spans, split_sentences

__all__ = ["extract_figures", "parse_number", "link_period"]

_SP = "[ \u00a0]"   # a space inside a figure: plain or no-break

# --------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------
_NUMBER_WORDS = {w.lower(): (float(v), t) for w, v, t in load_table("number_words.tsv")}
_CARDINALS = {w: v for w, (v, t) in _NUMBER_WORDS.items() if t == "cardinal"}
_SCALES = {w: v for w, (v, t) in _NUMBER_WORDS.items() if t == "scale"}
_ORDINALS = {w: v for w, (v, t) in _NUMBER_WORDS.items() if t == "ordinal"}
_FRACTIONS = {w: v for w, (v, t) in _NUMBER_WORDS.items() if t == "fraction"}
_VAGUE = {w: v for w, (v, t) in _NUMBER_WORDS.items() if t == "vague"}
_ABBR_SCALES = {s: float(v) for s, v in load_table("number_scales.tsv")}
_KIND_NOUNS = {noun.lower(): (kind, unit) for noun, kind, unit in load_table("figure_kinds.tsv")}
_CONTEXT = load_table("figure_context.tsv")
_HEDGES = load_table("figure_hedges.tsv")
_CUES = {verb: needs for verb, needs in load_table("figure_cues.tsv")}
_FUNCTION_WORDS = frozenset(w.lower() for w in load_list("figure_function_words.txt"))
_MONTHS = {name.lower(): int(num) for name, num in load_table("months.tsv")}


def _is_word(s: str) -> bool:
    """Unit surfaces of 3+ lower-case letters match in any case ("Percent", "DOLLARS")."""
    return len(s) >= 3 and re.fullmatch(r"[a-z][a-z .\-]*", s) is not None


def _alternation(items, *, fold=lambda s: False) -> str:
    """A regex alternation of literal strings, longest first; ``fold(s)`` ones match any case."""
    parts = []
    for s in sorted(set(items), key=lambda s: (-len(s), s)):
        esc = re.escape(s).replace(r"\ ", _SP)
        parts.append(f"(?i:{esc})" if fold(s) else esc)
    return "|".join(parts)


_PRE_UNITS: dict[str, tuple[str, str]] = {}           # "US$" -> ("USD", "currency")
_POST_UNITS: dict[str, tuple[str, str, bool]] = {}    # surface -> (unit, class, glued only)
for _surface, _unit, _cls, _pos in load_table("units.tsv"):
    if _pos == "pre":
        _PRE_UNITS.setdefault(_surface, (_unit, _cls))
    else:
        _POST_UNITS.setdefault(_surface.lower() if _is_word(_surface) else _surface, (_unit, _cls, _pos == "glued"))


def _post_unit(surface: str) -> tuple[str, str, bool]:
    surface = re.sub(_SP + "+", " ", surface)
    return _POST_UNITS.get(surface) or _POST_UNITS.get(surface.lower()) or ("", "", False)


# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------
# A currency written before the number: "US$ 90.3", "$A82", "RM79", "Y=28,030".
_PRE_RE = re.compile(rf"(?<![A-Za-z$])(?:{_alternation(_PRE_UNITS)}){_SP}?\Z")
_PRE_LAST = frozenset(s[-1] for s in _PRE_UNITS)
# Letter-only codes glued to digits ("RM79", "USD10m") defeat the atom's "no letter before"
# rule, so they get explicit look-behinds.
_PRE_GLUED = "|".join(f"(?<={re.escape(c)})" for c in sorted(
    (s for s in _PRE_UNITS if s[-1].isalpha()), key=len, reverse=True))
_POST_RE = re.compile(
    rf"(?P<sep>{_SP}?-?{_SP}?)(?P<u>{_alternation(_POST_UNITS, fold=_is_word)})(?![A-Za-z0-9])")
_POST_FIRST = frozenset(ch for s in _POST_UNITS for ch in {s[0], s[0].upper(), s[0].lower()})
_SCALE_WORD_RE = re.compile(
    rf"(?:{_SP}|-|{_SP}-{_SP}?)?(?P<w>(?i:hundred|thousand|million|billion|trillion))"
    rf"(?:{_SP}(?P<w2>(?i:thousand|million|billion)))?(?![A-Za-z])")
_SCALE_ABBR_RE = re.compile(rf"(?P<sp>{_SP}?)(?P<a>{_alternation(list(_ABBR_SCALES) + ['m'])})(?![A-Za-z0-9])")
_PER_RE = re.compile(
    rf"{_SP}?(?:per|a|an|each|every|/){_SP}?(?P<den>(?i:year|month|week|day|hour|minute|"
    rf"barrel|share|ounce|gallon|litre|liter|tonne|ton|kilogram|kg|head|person|capita|night|"
    rf"square{_SP}foot|square{_SP}metre|square{_SP}meter|sq{_SP}ft|sq{_SP}m|"
    rf"mile|kilometre|kilometer|km|unit|pound|game))(?![A-Za-z])"
    rf"(?!{_SP}+(?:earlier|ago|later|before|after|prior|previously|since|on|from|into)\b)")  # "a year earlier"

_CARD_ALT = _alternation(_CARDINALS)
_CARD_SCALE_ALT = _alternation(list(_CARDINALS) + list(_SCALES))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_FOLDS = "two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_ATOM_RE = re.compile(
    rf"""
    (?:(?<![\w.,])|{_PRE_GLUED})(?P<ordd>\d+)(?:st|nd|rd|th)(?![A-Za-z0-9])
  | (?:(?<![\w.,])|{_PRE_GLUED})(?P<dig>{_DIGITS})
  | (?<![\w.,])(?P<dot>\.\d+)
  | (?P<frac>(?:(?P<fnum>a|an|one|two|three|four|five|six|seven|eight|nine|ten)[ \u00a0-]+)?
        (?P<fden>halves|half|thirds|third|quarters|quarter|fourths|fourth|fifths|fifth|sixths|eighths|tenths))\b
  | (?P<vague>(?:tens|dozens|scores|hundreds|thousands|millions|billions|trillions)
        (?:[ \u00a0]+(?:of|and|or)[ \u00a0]+(?:hundreds|thousands|millions|billions))?)\b
  | (?P<fold>(?:{_FOLDS})fold)\b
  | (?P<ordw>(?:(?:{_TENS})-)?(?:{_alternation(_ORDINALS)}))\b
  | (?P<word>(?:{_CARD_SCALE_ALT})
        (?:(?:[ \u00a0]+|-)(?:{_CARD_SCALE_ALT})
         |(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))[ \u00a0]+and[ \u00a0]+(?:{_CARD_ALT})){{0,10}})\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Searching _ATOM_RE tries its ~150 word alternatives at every character; instead a cheap
# token pass finds the few places where an atom can start, and _ATOM_RE is matched there.
_TRIGGER_RE = re.compile(r"\.?\d+|[A-Za-z]+")
_TRIGGER_WORDS = (frozenset(_CARDINALS) | frozenset(_SCALES) | frozenset(_ORDINALS) | frozenset(_FRACTIONS)
                  | frozenset(_VAGUE) | {"a", "an", "third", "fourth", "fifth"}
                  | {w + "fold" for w in _FOLDS.split("|")})
_SLASH_FRACTION_RE = re.compile(r"[/⁄](?P<den>\d{1,3})(?![\d/])")
# scientific notation: "1.99×10−30", "6.02 x 10^23", "3×10⁸"
_SCI_RE = re.compile(
    r"[ \u00a0]?[×xX*][ \u00a0]?10(?:(?:\^|\*\*)(?P<e1>[-−–]?\d{1,3})|(?P<e2>[-−–]\d{1,3})|(?P<e3>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−–", "0123456789---")

_MONTH_ALT = _alternation([m.capitalize() for m in _MONTHS] + [m.upper() for m in _MONTHS]
                          + [m for m in _MONTHS if m not in ("may", "march", "mar", "jun", "dec", "sep")])
_MONTH_BEFORE_RE = re.compile(rf"\b(?:{_MONTH_ALT})\.?,?{_SP}*(?:\d{{1,2}}{_SP}*[-–]{_SP}*)?\Z")
_MONTH_AFTER_RE = re.compile(rf"(?:st|nd|rd|th)?,?{_SP}*(?:of{_SP}+)?(?:{_MONTH_ALT})\b")
_TIME_AFTER_RE = re.compile(
    rf"{_SP}?(?:[ap]\.m\.?|(?i:am|pm)\b|(?:GMT|UTC|EST|EDT|PST|PDT|BST|KST|MSK|CET|CEST|JST)\b)")
# words that make a following four-digit number a year whatever comes after it
_YEAR_CUE_RE = re.compile(
    r"(?i:\b(?:in|since|by|from|until|till|between|during|early|late|mid|fiscal|FY|year|summer|"
    r"winter|spring|autumn|fall|end|before|after|circa|through))[ \u00a0-]*\Z")
_DESIGNATION_BEFORE_RE = re.compile(r"(?P<w>[A-Za-z][\w&'’.]*)(?P<sep>[ \u00a0]|-|[ \u00a0]-|[ \u00a0]\()\Z")
_DESIGNATION_STARTERS = frozenset("game model section article resolution chapter unit part phase round "
                                  "level stage group channel route flight".split())
_ADDRESS_AFTER_RE = re.compile(
    rf"(?:[-–]\d+)?(?:{_SP}+[A-Z0-9][\w.]*){{0,3}}{_SP}+(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Place|Way)\b")
_ERA_BEFORE_RE = re.compile(rf"\b(?:A\.D\.|AD|B\.C\.|BC){_SP}*\Z")
_ERA_AFTER_RE = re.compile(rf"{_SP}*(?:BC|B\.C\.|BCE|B\.C\.E\.|AD|A\.D\.|CE|C\.E\.)(?![A-Za-z])")
_NO_BEFORE_RE = re.compile(rf"(?:\b(?:No|Nos|no|Number|p|pp|para|Art|art|Sec|sec|Vol|vol|Ch|ch)\.?|#){_SP}*\Z")
_NEGATIVE_BEFORE_RE = re.compile(rf"(?:(?:^|(?<=[\s(\[]))[-−]|(?i:\bminus){_SP}?-?)\Z")
_RANGE_DASH_BEFORE_RE = re.compile(rf"\d[%\w]*{_SP}*[-−–]{_SP}*\Z")
_SCORE_BEFORE_RE = re.compile(rf"(?<![\d.,])(\d+){_SP}?[-–]{_SP}?\Z")
_DECIMAL_END_RE = re.compile(r"\d\.\d{1,3}\Z")
_ID_AROUND_RE = re.compile(r"(?:\d[-–]\d+[-–]|\d/)\Z")
_ID_AFTER_RE = re.compile(r"[-–]\d+[-–]\d|/\d")
_SCORE_AFTER_RE = re.compile(rf"[-–]{_SP}?(\d+)(?![\d.,])")
_AGE_APPOSITION_RE = re.compile(rf"\b[A-Z][\w.'’-]*,{_SP}\Z")
_AND_HALF_RE = re.compile(rf"{_SP}+and{_SP}+a{_SP}+half\b", re.IGNORECASE)
_OF_RE = re.compile(rf"{_SP}+of{_SP}+(?:the{_SP}+)?", re.IGNORECASE)
_FRACTION_OF_RE = re.compile(rf"{_SP}+(?:of|the|a|an|its|their|his|her|our|all)\b", re.IGNORECASE)
_DECADE_RE = re.compile(r"['’]?s\b")
_NOUN_PHRASE_RE = re.compile(
    rf"(?:{_SP}*[”’\"'»)\]])?{_SP}+(?P<np>(?:[A-Za-z][\w’'-]*{_SP}+){{0,3}}[A-Za-z][\w’'-]*)")
_TWO_WORDS_RE = re.compile(rf"{_SP}+([A-Za-z][\w’'-]*)(?:{_SP}+([A-Za-z][\w’'-]*))?")
_RANGE_GAP_RE = re.compile(
    rf"{_SP}*(?:(?P<dash>[-–—])|(?P<to>to-?|through|until)|(?P<and>and)|(?P<or>or)){_SP}*", re.IGNORECASE)
_PART_GAP_RE = re.compile(rf"{_SP}+(?:out{_SP}+of|in){_SP}+", re.IGNORECASE)

_KIND_NOUN_RE = re.compile(rf"\b(?P<n>{_alternation(_KIND_NOUNS, fold=lambda s: True)})\b")
_TRADE_RE = re.compile(rf"\b(?:{_alternation([w for w, r in _CONTEXT if r == 'trade'], fold=_is_word)})\b")
_MARKET_RE = re.compile(rf"\b(?:{_alternation([w for w, r in _CONTEXT if r == 'market'], fold=_is_word)})\b")
_HEDGE_BEFORE_RE = re.compile(
    rf"(?:^|(?<=[^\w]))(?P<h>{_alternation([h for h, p in _HEDGES if p == 'before'], fold=lambda s: True)})"
    rf"[ \u00a0“\"‘'(]*\Z")
_HEDGE_AFTER_RE = re.compile(
    rf"{_SP}*(?P<h>{_alternation([h for h, p in _HEDGES if p == 'after'], fold=lambda s: True)})(?![A-Za-z])")
_HEDGE_CLAUSE_RE = re.compile(
    rf"\b(?P<h>{_alternation([h for h, p in _HEDGES if p == 'clause'], fold=lambda s: True)})\b")
_CUE_RE = re.compile(rf"\b(?P<v>{_alternation(_CUES)})\b")
_ACCORDING_RE = re.compile(rf"(?i:\baccording{_SP}+to){_SP}+(?P<src>[^,;:.()\n]{{1,120}})")

_PLURAL_IRREGULAR = frozenset("people men women children staff police personnel troops aircraft "
                              "sheep fish cattle militia clergy".split())
# after "one", these make it a pronoun or an idiom ("one another", "one day", "one way or ...")
_ONE_STOP = frozenset("another other day time way thing last".split()) | _FUNCTION_WORDS
_AUX = frozenset("has have had also reportedly recently previously earlier once further later then would "
                 "will may might is was were are be been now already first last".split())
_PASSIVE = frozenset("is was were are be been being".split())
_PERSONAL_PRONOUNS = frozenset("he him she her".split())
_PRONOUNS = frozenset("he she they it we i you him her them us".split())
_STRONG = frozenset(("currency", "percent", "measure", "point", "age", "count"))


@dataclass
class _Cand:
    """A figure under construction; spans index the article."""

    s: int                      # start, including a currency sign or a minus sign
    e: int                      # end, including scale, unit and a counted noun
    ns: int                     # the number itself
    ne: int
    value: float
    high: Optional[float] = None
    atom: str = "digit"         # digit / slash / word / ordinal / fraction / vague
    unit: str = ""
    ucls: str = ""              # class from units.tsv, or "noun" / "fraction"
    kind: str = ""
    scaled: bool = False
    mult: float = 1.0           # the scale applied ("million" = 1e6), so ranges can share it
    plain: str = ""             # the digits as written (to tell "2022" from "2,022")
    rejected: bool = False      # step 3 found it is not a figure

    @property
    def strong(self) -> bool:
        """Has a unit or scale that makes it a quantity whatever else is around it."""
        return self.ucls in _STRONG or self.scaled


# --------------------------------------------------------------------------
# Parsing numbers
# --------------------------------------------------------------------------
def _parse_words(tokens: Sequence[str]) -> Optional[float]:
    """Value of a sequence of number words, or None when they are not one number.

    >>> _parse_words(["twenty", "eight", "thousand", "six", "hundred", "forty", "two"])
    28642.0
    >>> _parse_words(["five", "six"]) is None
    True
    """
    total, current, last = 0.0, 0.0, None
    for tok in tokens:
        if tok == "and":
            continue
        if tok in _CARDINALS:
            v = _CARDINALS[tok]
            # "twenty five" is one number; "five six" and "twelve five" are not
            if last == "cardinal" and not (current % 100 >= 20 and current % 10 == 0 and v < 10):
                return None
            current += v
            last = "cardinal"
        elif tok in _SCALES:
            v = _SCALES[tok]
            if v < 1000:    # hundred, dozen
                current = (current or 1.0) * v
            else:
                total += (current or 1.0) * v
                current = 0.0
            last = "scale"
        else:
            return None
    return total + current


def parse_number(surface: str) -> Optional[float]:
    """The value of a number as written, or None when there is no number in it.

    Currency signs and unit words around the number are read but not returned; a vague
    plural gives the low end of its range (module docstring).

    >>> parse_number("US$ 90.3 million")
    90300000.0
    >>> parse_number("140-thousand")
    140000.0
    >>> parse_number("tens of thousands")
    10000.0
    >>> parse_number("twenty-eight thousand six hundred forty-two")
    28642.0
    """
    if not surface or not surface.strip():
        return None
    cands = _scan_sentence(surface, 0, len(surface))
    return _clean(cands[0].value) if cands else None


def _clean(v: float) -> float:
    """Drop binary noise from scaling ("90.3 million" is 90300000.0, not 90299999.99...)."""
    return float(f"{v:.12g}")


# --------------------------------------------------------------------------
# Steps 1-2: atoms and what they carry
# --------------------------------------------------------------------------
def _next_char(text: str, pos: int, hi: int, skip: str = " \u00a0-") -> str:
    """The first character at or after ``pos`` that is not in ``skip`` (looking 3 ahead)."""
    for i in range(pos, min(hi, pos + 3)):
        if text[i] not in skip:
            return text[i]
    return ""


def _prev_char(text: str, lo: int, pos: int, skip: str = " \u00a0") -> str:
    """The last character before ``pos`` that is not in ``skip`` (looking 8 back)."""
    for i in range(pos - 1, max(lo, pos - 8) - 1, -1):
        if text[i] not in skip:
            return text[i]
    return ""


def _iter_atoms(text: str, lo: int, hi: int) -> Iterator[re.Match]:
    """Matches of _ATOM_RE in ``text[lo:hi]``, left to right (they may overlap; callers skip)."""
    for tok in _TRIGGER_RE.finditer(text, lo, hi):
        word = tok.group(0)
        if word[0].isalpha() and word.lower() not in _TRIGGER_WORDS:
            continue
        m = _ATOM_RE.match(text, tok.start(), hi)
        if m:
            yield m


def _scan_sentence(text: str, lo: int, hi: int) -> list[_Cand]:
    """Atoms in ``text[lo:hi]`` with their currency, scale and unit attached (steps 1-2)."""
    out: list[_Cand] = []
    pos = lo
    for m in _iter_atoms(text, lo, hi):
        if m.start() < pos:
            continue
        if m.group("ordd") is not None:
            a = m.start("ordd")
            c = _Cand(a, m.end(), a, m.end(), float(m.group("ordd")), atom="ordinal", plain=m.group("ordd"))
        elif m.group("dig") is not None or m.group("dot") is not None:
            c = _digit_atom(text, lo, hi, m)
        elif m.group("frac") is not None:
            c = _fraction_atom(text, m)
        elif m.group("vague") is not None:
            c = _vague_atom(text, m)
        elif m.group("fold") is not None:
            a, b = m.span("fold")
            c = _Cand(a, b, a, b, _NUMBER_WORDS[m.group("fold")[:-4].lower()][0], atom="word",
                      unit="times", ucls="count", plain=m.group(0))
        elif m.group("ordw") is not None:
            a, b = m.span("ordw")
            parts = re.split(r"-", m.group("ordw").lower())
            value = sum(_CARDINALS.get(p, 0) for p in parts[:-1]) + _ORDINALS[parts[-1]]
            c = _Cand(a, b, a, b, value, atom="ordinal")
        else:
            c = _word_atom(text, lo, hi, m)
        pos = max(m.end(), c.e) if c is not None else m.end()
        if c is not None:
            out.append(c)
    return out


def _digit_atom(text: str, lo: int, hi: int, m: re.Match) -> _Cand:
    g = "dig" if m.group("dig") is not None else "dot"
    a, b = m.span(g)
    raw = m.group(g)
    c = _Cand(a, b, a, b, float(raw.replace(",", "")), plain=raw)
    nxt = text[b:b + 1]
    if nxt in "/⁄" and nxt:
        # a fraction written with a slash: "1/2 pound", "1⁄32 of a quart"
        sl = _SLASH_FRACTION_RE.match(text, b)
        if sl and raw.isdigit():
            den = float(sl.group("den"))
            if 0 < c.value < den and den in (2, 3, 4, 5, 8, 10, 16, 32, 64, 100, 128):
                c.value, c.e, c.ne, c.atom = c.value / den, sl.end(), sl.end(), "slash"
    elif _next_char(text, b, hi, " \u00a0") in "×xX*" and _next_char(text, b, hi, " \u00a0"):
        sci = _SCI_RE.match(text, b)
        if sci:
            exp = (sci.group("e1") or sci.group("e2") or sci.group("e3")).translate(_SUPERSCRIPT)
            c.value *= 10.0 ** int(exp)
            c.e = c.ne = sci.end()
            c.plain += "e"
    if _prev_char(text, lo, a) in _PRE_LAST:
        pre = _PRE_RE.search(text, max(lo, a - 8), a)
        if pre:
            sign = pre.group(0).rstrip(" \u00a0")
            unit, cls = _PRE_UNITS.get(sign, ("", ""))
            if sign == "PS" and not ("," in raw or "." in raw or re.match(r"(?:m|bn|k|mn)\b", text[b:b + 3])):
                unit = ""   # "PS5" is a games console; "PS2.7m" is a mangled "£2.7m"
            if unit:
                c.s, c.unit, c.ucls = pre.start(), unit, cls
    if _prev_char(text, lo, c.s, "") in "-−s" and _prev_char(text, lo, c.s, ""):
        neg = _NEGATIVE_BEFORE_RE.search(text, max(lo, c.s - 7), c.s)
        if neg and not _RANGE_DASH_BEFORE_RE.search(text, max(lo, c.s - 16), c.s):
            c.value, c.s = -c.value, neg.start()    # "-1.3%", "minus-130 degrees"
    _apply_scale(text, hi, c)
    _apply_unit(text, hi, c)
    if not c.unit and text[c.e:c.e + 1] == "," and _prev_char(text, lo, c.s) == "," and raw.isdigit() \
            and 1 <= c.value <= 120 and _AGE_APPOSITION_RE.search(text, max(lo, c.s - 30), c.s):
        c.unit, c.ucls = "year of age", "age"    # wire style: "Kim Jong Un, 40, met ..."
    return c


def _word_atom(text: str, lo: int, hi: int, m: re.Match) -> Optional[_Cand]:
    a = m.start("word")
    toks = [(t.group(0).lower(), a + t.end()) for t in re.finditer(r"[A-Za-z]+", m.group("word"))]
    # the longest prefix that is one number: "two three-year terms" -> "two"
    used, value = len(toks), None
    while used and value is None:
        value = _parse_words([t for t, _ in toks[:used]])
        if value is None:
            used -= 1
    if value is None:
        return None
    toks = toks[:used]
    end = toks[-1][1]
    c = _Cand(a, end, a, end, value, atom="word", plain=text[a:end])
    words = [t for t, _ in toks]
    if all(t in _SCALES for t in words):
        # "a million", "a dozen", "several hundred"; a bare "hundred" is not a figure
        before = text[max(lo, a - 12):a].lower()
        few = re.search(rf"(?:several|a{_SP}+few|few|many){_SP}+\Z", before)
        if few:
            c.value, c.high, c.s = 2 * value, 10 * value, a - len(few.group(0))
        elif not re.search(rf"\b(?:a|an|one){_SP}+\Z", before):
            return None
        c.scaled = True
    else:
        c.scaled = any(t in _SCALES for t in words)
        for t in reversed(words):
            if t not in _SCALES:
                break
            c.mult *= _SCALES[t]
    half = _AND_HALF_RE.match(text, c.e)
    if half:
        c.value += 0.5
        c.e = c.ne = half.end()
    if _prev_char(text, lo, a) in "$€£":
        pre = _PRE_RE.search(text, max(lo, a - 8), a)
        if pre:
            c.unit, c.ucls = _PRE_UNITS.get(pre.group(0).rstrip(" \u00a0"), ("", ""))
            c.s = pre.start() if c.unit else c.s
    _apply_unit(text, hi, c)
    return c


def _fraction_atom(text: str, m: re.Match) -> Optional[_Cand]:
    """ "a third of", "two-thirds", "half the": a proportion; "a third summit": an ordinal."""
    a, b = m.span("frac")
    num_word = (m.group("fnum") or "").lower()
    den_word = m.group("fden").lower()
    den = _FRACTIONS.get(den_word) or _ORDINALS.get(den_word)
    after_of = _FRACTION_OF_RE.match(text, b)
    if den_word in ("half", "halves"):
        if den_word == "half" and (after_of or num_word in ("a", "one")) and text[b:b + 1] != "-":
            before = text[max(0, a - 14):a].lower()
            if not num_word and re.search(
                    rf"(?:first|second|latter|former|other|northern|southern|eastern|western){_SP}+\Z", before):
                return None   # "the second half", "the northern half of the peninsula": a part, not a share
            return _Cand(a, b, a, b, 0.5, atom="fraction", unit="fraction", ucls="fraction")
        return None
    num = 1.0 if num_word in ("a", "an", "one") else _CARDINALS.get(num_word)
    if after_of and num is not None and after_of.group(0).strip().lower() == "of":
        return _Cand(a, b, a, b, num / den, atom="fraction", unit="fraction", ucls="fraction")
    if num_word in ("a", "an", "") and den_word in _ORDINALS:
        s = b - len(den_word)     # "a third North Korea-U.S. summit": an ordinal
        return _Cand(s, b, s, b, _ORDINALS[den_word], atom="ordinal")
    if num is not None and num_word not in ("a", "an") and den_word.endswith("s"):
        # "three quarters" without "of": a count of quarters
        end = a + len(num_word)
        return _Cand(a, b, a, end, num, atom="word", unit=den_word, ucls="noun", plain=num_word)
    return None


def _vague_atom(text: str, m: re.Match) -> Optional[_Cand]:
    """ "tens of thousands", "hundreds and thousands", "dozens of": a range (module docstring)."""
    a, b = m.span("vague")
    words = re.split(_SP + "+", m.group("vague").lower())
    first = _VAGUE[words[0]]
    if len(words) == 3:
        second = _VAGUE[words[2]]
        low = first * second if words[1] == "of" else first
        high = 10 * (low if words[1] == "of" else second)
    else:
        if not re.match(rf"{_SP}+of\b", text[b:b + 6], re.IGNORECASE):
            return None   # "by the hundreds", "scores 20 points"
        low, high = first, 10 * first
    c = _Cand(a, b, a, b, low, high=high, atom="vague", scaled=True)
    of = _OF_RE.match(text, b)
    if of:   # "tens of millions of dollars"
        u = _POST_RE.match(text, of.end())
        if u and not u.group("sep"):
            unit, cls, _ = _post_unit(u.group("u"))
            if unit == "pound":
                unit, cls = "GBP", "currency"
            if cls in ("currency", "measure", "duration"):
                c.unit, c.ucls, c.e = unit, cls, u.end()
    return c


def _apply_scale(text: str, hi: int, c: _Cand) -> None:
    """Extend ``c`` over a scale after its digits ("90.3 million", "140-thousand", "$1.7bn")."""
    if not _next_char(text, c.e, hi).isalpha():
        return
    m = _SCALE_WORD_RE.match(text, c.e)
    if m:
        mult = _SCALES[m.group("w").lower()]
        if m.group("w2"):
            mult *= _SCALES[m.group("w2").lower()]
        c.value *= mult
        c.e, c.scaled, c.mult = m.end(), True, mult
        return
    m = _SCALE_ABBR_RE.match(text, c.e)
    if not m:
        return
    abbr = m.group("a")
    if m.group("sp") and len(abbr) < 2:
        return    # "8 B people", "5 m": a lone spaced letter is too ambiguous
    if abbr == "m":
        # "$3.1m" and "35m of its devices" are millions; "37m (121ft)" is metres
        if not (c.unit or re.match(rf"{_SP}+(?:of\b|[a-z]+s\b)", text[m.end():m.end() + 14])):
            return
        mult = 1e6
    else:
        mult = _ABBR_SCALES[abbr]
    if abbr in ("b", "B", "tr") and not c.unit:
        return    # "16 b" (bits), "5B" (a pencil): only money takes these
    c.value *= mult
    c.e, c.scaled, c.mult = m.end(), True, mult


def _apply_unit(text: str, hi: int, c: _Cand) -> None:
    """Extend ``c`` over a unit after it ("percent", "US dollars", "km", "-year-old", "a barrel")."""
    if _next_char(text, c.e, hi) not in _POST_FIRST or not _next_char(text, c.e, hi):
        return
    m = _POST_RE.match(text, c.e)
    if m:
        surface, sep = m.group("u"), m.group("sep")
        unit, cls, glued = _post_unit(surface)
        ok = bool(unit) and not (glued and sep)
        if ok and surface.lower() == "won":
            # "3,000 won" is money; "3 won the race" is not
            ok = not re.match(rf"{_SP}+(?:the|a|an|his|her|their|its|by|against|over|with|at|in)\b",
                              text[m.end():m.end() + 10])
        if ok and unit == "pound":
            unit, cls = ("GBP", "currency") if c.scaled else ("pound-mass", "measure")
        if ok and len(surface) == 1 and surface.isalpha() and text[m.end():m.end() + 1] in ("-", "."):
            ok = False    # "5 F-35s", "at 3 C."
        if ok and c.ucls == "currency":
            # "$76 US", "US$ 5 million dollars": the sign already said which currency
            if surface.lower() in ("dollars", "dollar", "usd", "us"):
                c.e = m.end()
            ok = False
        if ok:
            c.unit, c.ucls, c.e = unit, cls, m.end()
    if c.ucls in ("currency", "measure", "duration"):
        p = _PER_RE.match(text, c.e)
        if p:
            c.unit = f"{c.unit} per {re.sub(_SP + '+', ' ', p.group('den').lower())}"
            c.e = p.end()


def _hanging_hyphen(text: str, c: _Cand) -> bool:
    """True for "7-" in "7- or 8-inch": the number borrows the next one's unit."""
    return text[c.e:c.e + 1] == "-" and re.match(rf"-,?{_SP}+(?:or|and|to)\b|-,", text[c.e:c.e + 8]) is not None


# --------------------------------------------------------------------------
# Step 3: what is not a figure
# --------------------------------------------------------------------------
def _is_prose(text: str, lo: int, hi: int) -> bool:
    """A sentence with at least two lower-case words; metadata lines have fewer."""
    return len(re.findall(r"\b[a-z]{2,}\b", text[lo:min(hi, lo + 400)])) >= 2


def _is_title_case(text: str, lo: int, hi: int) -> bool:
    words = re.findall(r"\b[A-Za-z][a-z]+", text[lo:min(hi, lo + 300)])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _at_clause_start(text: str, lo: int, pos: int) -> bool:
    return pos == lo or re.search(r"[.:;“\"‘(\[—–]" + _SP + r"*\Z", text[max(lo, pos - 4):pos]) is not None


def _reject(text: str, lo: int, hi: int, c: _Cand, prev: Optional[_Cand], notes: set, prose: bool) -> bool:
    """True when the atom is not a figure (step 3)."""
    if c.ns in notes:
        return True   # a footnote marker: "against the other.1"
    if c.atom == "ordinal":
        return _reject_ordinal(text, lo, hi, c)
    if c.atom in ("digit", "slash"):
        return _reject_digits(text, lo, hi, c, prev, prose)
    if c.atom == "word":
        first = text[c.ns:c.ne]
        # "World War Two", "the Group of Seven", "BBC One": a capitalised number word in a name
        if first[:1].isupper() and not _at_clause_start(text, lo, c.s) and not _is_title_case(text, lo, hi):
            return True
        if text[c.ne:c.ne + 1] == "-" and c.e == c.ne and not text[c.ne + 1:c.ne + 2].isdigit() \
                and not _hanging_hyphen(text, c):
            return True   # "two-way", "one-sided", "six-party": compounds that are not quantities
        if first.lower() == "one":
            if not c.ucls:
                return _reject_one(text, lo, hi, c)
            if c.unit == "day" and not re.search(
                    rf"(?i)\b(?:for|in|within|only|just|than|after|over|about|every|per){_SP}+\Z",
                    text[max(lo, c.s - 10):c.s]):
                return True   # "One day, Kim ...": someday, not a span of one day
    return False


def _reject_digits(text: str, lo: int, hi: int, c: _Cand, prev: Optional[_Cand], prose: bool) -> bool:
    strong = c.strong
    before, after = _prev_char(text, lo, c.s), _next_char(text, c.ne, hi, " \u00a0")
    # clock times, lap times and ratios: "10:27", "1:36.6", "5am", "1.56pm", "0401 GMT"
    if text[c.ne:c.ne + 1] == ":" and text[c.ne + 1:c.ne + 2].isdigit():
        return True
    if c.s - 2 >= lo and text[c.s - 1] == ":" and text[c.s - 2].isdigit():
        return True
    if not c.unit and after.isalpha() and _TIME_AFTER_RE.match(text, c.ne):
        return True
    is_int = c.plain.isdigit() and c.atom == "digit"
    if is_int and not strong:
        # the day of a date: "May 9", "3 August 2022", "Sept. 20-24"
        if 1 <= c.value <= 31 and (
                (before.isalpha() or before in ".,-–") and _MONTH_BEFORE_RE.search(text, max(lo, c.s - 16), c.s)
                or after.isalpha() and _MONTH_AFTER_RE.match(text, c.ne)):
            return True
        # the second day of "between Oct. 8 and 13", "May 9-10"
        if c.value <= 31 and prev is not None and prev.rejected and prev.plain.isdigit() and prev.value <= 31 \
                and re.fullmatch(rf"{_SP}*(?:[-–]|and|to|through|or){_SP}*", text[prev.e:c.s]):
            return True
        # decades and eras: "the 1990s", "the '90s", "A.D. 1000"
        if after in "s'’" and after and len(c.plain) in (2, 4) and c.value % 10 == 0 and _DECADE_RE.match(text, c.ne):
            return True
        if (before.isalpha() or before == ".") and _ERA_BEFORE_RE.search(text, max(lo, c.s - 8), c.s) \
                or after.isalpha() and _ERA_AFTER_RE.match(text, c.ne):
            return True
        # years: "in 2022", "the 2018 summit", "2017–2018", "2014-15"; not "2000 troops"
        if len(c.plain) == 4 and 1500 <= c.value <= 2150 and c.ucls != "duration" \
                and not _counted_range_follows(text, hi, c):
            if _YEAR_CUE_RE.search(text, max(lo, c.s - 12), c.s) or not _plural_noun_after(text, c.e, hi):
                return True
        if prev is not None and prev.atom == "digit" and len(prev.plain) == 4 and prev.rejected \
                and (len(c.plain) in (2, 4) and re.fullmatch(rf"{_SP}*[-–/]{_SP}*", text[prev.e:c.s])
                     or len(c.plain) in (3, 4) and re.fullmatch(rf"{_SP}+(?:and|to|or){_SP}+", text[prev.e:c.s])
                     and not _plural_noun_after(text, c.e, hi)):
            return True   # "2017–2018", "2014-15", "between 1600 and 1900"
        # a score or a part number: "beat Charlton 2-1", "ISO 3888-2"
        if before in "-–" and before:
            sc = _SCORE_BEFORE_RE.search(text, max(lo, c.s - 12), c.s)
            if sc and float(sc.group(1)) >= c.value:
                return True
        if text[c.ne:c.ne + 1] in ("-", "–") and c.e == c.ne:
            sc = _SCORE_AFTER_RE.match(text, c.ne)
            if sc and float(sc.group(1)) <= c.value and not _POST_RE.match(text, sc.end()):
                return True
    # identifiers: "800-273-8255", "9/11", "24/7", "50/50", a tweet id
    if c.atom == "digit" and not c.ucls and (
            len(c.plain) >= 13 or _ID_AROUND_RE.search(text, max(lo, c.s - 12), c.s)
            or _ID_AFTER_RE.match(text, c.ne)):
        return True
    # letters glued to the digits: "9M723", "3D", "4x4", "PS5" (a code that was not a currency)
    if c.e == c.ne and text[c.ne:c.ne + 1].isalpha() or c.s > lo and text[c.s - 1].isalpha():
        return True
    if c.ucls not in ("currency", "percent"):
        if (before.isalpha() or before in "-(") and _is_designation(text, lo, hi, c):
            return True
        if (before.isalpha() or before in ".#") and _NO_BEFORE_RE.search(text, max(lo, c.s - 8), c.s):
            return True    # "No. 1", "p. 12", "#3"
        if before == "[" and after == "]":
            return True    # a bracketed note "[12]"
    if not strong:
        if not prose:
            return True    # a bare number on a metadata line: "30 Sep, 2022 · 5832"
        if before in "·|•" and before:
            return True
        if (after.isupper() or after.isdigit() or after == "-") and _ADDRESS_AFTER_RE.match(text, c.e):
            return True    # "575 Wilbraham Road", "16-18 Industrial Avenue"
    return False


def _is_designation(text: str, lo: int, hi: int, c: _Cand) -> bool:
    """ "COVID-19", "Su-27", "Game 7", "Stoxx 600", "iPhone 11", "Prescott (4)": a name, not a figure.

    The number follows a capitalised or mixed-case word that is not a function word.  With
    a hyphen it is always a name; with a space it is one unless a unit or a plural noun
    follows at once ("Model 3 sedans" stays a count).  At the start of a sentence only a few
    words make designations ("Game 7 ...", "Resolution 2397 ..."), since "Some 300" and
    "Nearly 50" are counts.
    """
    d = _DESIGNATION_BEFORE_RE.search(text, max(lo, c.s - 30), c.s)
    if not d:
        return False
    w, sep = d.group("w"), d.group("sep")
    key = w.lower().rstrip(".")
    if not any(ch.isupper() or ch.isdigit() for ch in w) or key in _FUNCTION_WORDS or key in _MONTHS:
        return False
    if text[c.s] in "-−":
        return True    # "COVID -19": the hyphen was taken for a minus sign
    if "(" in sep and text[c.e:c.e + 1] != ")":
        return False   # "Celsius (1.8 to 2.7 Fahrenheit)" opens an aside; "Prescott (4)" is a shirt number
    if d.start("w") == lo and not any(ch.isupper() or ch.isdigit() for ch in w[1:]):
        return key in _DESIGNATION_STARTERS
    if "-" in sep:
        return True
    return not (c.ucls in ("measure", "age", "duration", "count") or _plural_noun_after(text, c.e, hi, immediate=True))


def _counted_range_follows(text: str, hi: int, c: _Cand) -> bool:
    """ "2000 - 2500 Calories": a four-digit number opening a range of counted things is no year."""
    m = re.match(rf"{_SP}*(?:[-–]|to){_SP}*\d[\d,]*(?:\.\d+)?", text[c.e:min(hi, c.e + 20)])
    if not m:
        return False
    pos = c.e + m.end()
    u = _POST_RE.match(text, pos)
    return bool(u and _post_unit(u.group("u"))[1] in ("measure", "currency", "percent")) \
        or _plural_noun_after(text, pos, hi)


def _looks_plural(w: str) -> bool:
    return w in _PLURAL_IRREGULAR or (len(w) > 4 and w.endswith("men")) or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))
                                      and w not in _FUNCTION_WORDS)


def _plural_noun_after(text: str, pos: int, hi: int, *, immediate: bool = False) -> bool:
    """A plural common noun right after ``pos``, or after one modifier ("2000 hires", "300 new homes")."""
    m = _TWO_WORDS_RE.match(text, pos, min(hi, pos + 40))
    if not m:
        return False
    words = [w for w in m.groups() if w]
    if words[0][0].islower() and _looks_plural(words[0]):
        return True
    if immediate or len(words) < 2 or words[0].lower() in _FUNCTION_WORDS:
        return False
    return words[1][0].islower() and _looks_plural(words[1])


def _reject_ordinal(text: str, lo: int, hi: int, c: _Cand) -> bool:
    word = text[c.ns:c.ne]
    digits = word[:1].isdigit()
    if _MONTH_BEFORE_RE.search(text, max(lo, c.s - 16), c.s):
        return True    # "May 9th"
    if digits and _MONTH_AFTER_RE.match(text, c.ne) and re.match(rf"{_SP}*(?:of{_SP}+)?[A-Za-z]", text[c.ne:c.ne + 6]):
        return True    # "the 21st of September", "9th May"
    if word[:1].isupper():
        if not _at_clause_start(text, lo, c.s) and not _is_title_case(text, lo, hi):
            return True    # "First Vice Foreign Minister", "the Second World War"
        if re.match(rf"{_SP}*,", text[c.ne:c.ne + 3]) or re.match(rf"(?i)first{_SP}+of{_SP}+all", text[c.ns:c.ns + 14]):
            return True    # "First, ..." as a discourse marker
    low = word.lower()
    if low == "first" and re.search(rf"(?i)\bat{_SP}+\Z", text[max(lo, c.s - 4):c.s]):
        return True        # "at first"
    if low == "second" and re.match(rf"{_SP}*(?:[,.;:)]|$)", text[c.ne:c.ne + 3]):
        return True        # "a split second."
    if c.s > lo and text[c.s - 1] == "-":
        return True        # "last-32nd"? hyphen-glued parts of names
    return False


def _reject_one(text: str, lo: int, hi: int, c: _Cand) -> bool:
    """ "one" is a figure before a noun ("one solution", "one man"), not as a pronoun."""
    if re.search(rf"\b(?:no|any|every|each|some|the|this|that|which|last){_SP}+\Z", text[max(lo, c.s - 8):c.s].lower()):
        return True        # "no one", "the one that", "which one"
    after = text[c.e:min(hi, c.e + 40)]
    if re.match(rf"{_SP}*(?:-|–|to|or|in|out{_SP}+of){_SP}*(?:\d|(?:{_CARD_ALT})\b)", after, re.IGNORECASE):
        return False       # "one to two years", "one in five", "one or two"
    m = re.match(rf"{_SP}+([A-Za-z][\w’'-]*)", after)
    if not m:
        return True
    nxt = m.group(1)
    if nxt[0].isupper():
        return nxt in ("Of", "Another")   # "one US fluid ounce" counts
    nxt = re.sub(r"[’']s?$", "", nxt.lower())
    return nxt in _ONE_STOP or nxt.endswith("ly") or nxt in _CARDINALS or nxt in _ORDINALS


# --------------------------------------------------------------------------
# Step 4: ranges and proportions
# --------------------------------------------------------------------------
def _merge_ranges(text: str, lo: int, cands: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands) and c.high is None and c.atom not in ("ordinal", "fraction"):
            d = cands[i + 1]
            gap = text[c.e:d.s]
            joined = None
            if len(gap) < 12:
                joined = _proportion(c, d, gap)
                g = _RANGE_GAP_RE.fullmatch(gap)
                if joined is None and g and d.high is None and d.atom not in ("ordinal", "fraction", "vague"):
                    joined = _range(text, lo, c, d, g)
            if joined is not None:
                if joined is not True:
                    out.append(joined)
                i += 2
                continue
            if not c.ucls and _hanging_hyphen(text, c):
                c.unit, c.ucls = d.unit, d.ucls    # "7- or 8-inch"
        out.append(c)
        i += 1
    return out


def _proportion(c: _Cand, d: _Cand, gap: str) -> Optional[_Cand]:
    """ "one in five", "three out of 10": a proportion, or None."""
    if c.ucls or d.ucls or c.atom not in ("digit", "word") or d.atom not in ("digit", "word"):
        return None
    if not _PART_GAP_RE.fullmatch(gap):
        return None
    if not (0 < c.value < d.value <= 1000) or c.value != int(c.value) or d.value != int(d.value):
        return None
    if d.atom == "digit" and len(d.plain) == 4:
        return None   # "one in 2019"
    return _Cand(c.s, d.ne, c.ns, d.ne, c.value / d.value, atom="fraction", unit="fraction", ucls="fraction")


def _same_unit(a: _Cand, b: _Cand) -> bool:
    """Whether ``a`` can open a range that ``b`` closes: no unit of its own, or the same one."""
    if not a.ucls or a.ucls == "noun":
        return True
    # "$48,000 and $90,000 a year": the rate is written once, after the second number
    return a.unit.split(" per ")[0] == b.unit.split(" per ")[0]


def _range(text: str, lo: int, c: _Cand, d: _Cand, g: re.Match):
    """A range of ``c`` and ``d``, True to drop both (a score "2-1"), or None to keep them apart."""
    before = text[max(lo, c.s - 30):c.s]
    if not g.group("dash") and c.ucls and re.search(rf"(?i)\bby{_SP}+(?:\w+{_SP}+)?\Z", before):
        return None   # "increased by $43.6 billion to $419.2 billion": a change and a level
    low, high = c.value, d.value
    # "four to five thousand", "US $89 to $93 billion": the first number borrows the scale
    if d.mult > 1 and c.mult == 1 and c.atom in ("digit", "word") and abs(c.value) * d.mult <= abs(d.value):
        low = c.value * d.mult
    if g.group("and"):
        if not re.search(rf"(?i)\bbetween{_SP}+(?:\w+{_SP}+)?\Z", before):
            return None
    elif g.group("or"):
        if not (c.atom == d.atom == "word" and abs(high) <= 100):
            return None   # "three or four years"; but "8 or $9" stay two
    elif g.group("dash"):
        if c.atom != "digit" or d.atom != "digit":
            return None
        if high <= low and not c.ucls and not d.ucls and c.plain.isdigit() and d.plain.isdigit():
            return True   # a score or result: "2-1", "89-89"
    if not _same_unit(c, d) or low > high:
        return None       # "up 8.1 percent to 99.20 yuan"; "from 4.8 to 4.7 percent" is a change
    r = _Cand(c.s, d.e, c.ns, d.ne, low, high=high, atom=d.atom, plain=d.plain)
    r.unit, r.ucls, r.scaled, r.kind = d.unit or c.unit, d.ucls or c.ucls, d.scaled or c.scaled, d.kind
    return r


# --------------------------------------------------------------------------
# Step 5: kind, hedge, source, period
# --------------------------------------------------------------------------
def _noun_kind(text: str, lo: int, hi: int, c: _Cand) -> None:
    """Kind and unit from the noun after the figure, or heading its clause before it."""
    start = c.e
    if c.scaled or c.atom == "vague":
        of = _OF_RE.match(text, c.e, hi)    # "thousands of troops", "tens of millions of people"
        if of:
            start = of.end() - 1
    m = _NOUN_PHRASE_RE.match(text, start, min(hi, start + 60))
    words: list[tuple[str, int]] = []
    if m:
        for w in re.finditer(r"[A-Za-z][\w’'-]*", m.group("np")):
            word = re.sub(r"[’']s?$", "", w.group(0))    # "the two countries’ goal"
            if word.lower() in _FUNCTION_WORDS:
                break
            words.append((word, m.start("np") + w.start() + len(word)))
            if word != w.group(0):
                break
    for i in range(len(words)):
        for j in (2, 1):
            phrase = " ".join(w.lower() for w, _ in words[i:i + j])
            if i + j <= len(words) and phrase in _KIND_NOUNS:
                c.kind, c.unit = _KIND_NOUNS[phrase]
                c.ucls, c.e = "noun", words[i + j - 1][1]
                return
    if words:
        # the counted noun is the first plural one: "two distinct objectives" counts objectives
        for w, end in words:
            if _looks_plural(w.lower()):
                c.unit, c.ucls, c.e = w, "noun", end
                return
        if c.value == 1 and c.atom == "word":
            c.unit, c.ucls, c.e = words[0][0], "noun", words[0][1]    # "one solution"
        return
    # nothing after the number: "DPRK workers, numbering between 20,000 and 50,000"
    window_lo = max(lo, c.s - 90)
    window = text[window_lo:c.s]
    cut = max(window.rfind(";"), window.rfind(". "))
    last = None
    for k in _KIND_NOUN_RE.finditer(text, window_lo + cut + 1 if cut >= 0 else window_lo, c.s):
        last = k
    if last is not None:
        kind, unit = _KIND_NOUNS[last.group("n").lower()]
        if kind != "count":
            c.kind, c.unit, c.ucls = kind, unit, "noun"


def _decide_kind(text: str, lo: int, hi: int, c: _Cand, market: bool) -> str:
    if c.atom == "ordinal":
        return "ordinal"
    if c.ucls == "currency":
        if not market and _TRADE_RE.search(text, max(lo, c.s - 150), min(hi, c.e + 40)):
            return "trade_value"   # "exports to Russia ... stood at 8,000 US dollars"
        return "money"
    if c.ucls in ("percent", "fraction"):
        return "percentage"
    if c.ucls == "duration":
        return "duration"
    return c.kind or "count"


def _hedges(text: str, lo: int, hi: int, c: _Cand) -> str:
    """Hedges on a figure: a clause-level one ("allegedly ... 50,000"), one just before, one after."""
    found: list[str] = []
    clause_lo = max(lo, c.s - 200)
    window = text[clause_lo:c.s]
    cut = max(window.rfind(";"), window.rfind(" but "), window.rfind(". "))
    clause = None
    for m in _HEDGE_CLAUSE_RE.finditer(text, clause_lo + (cut + 1 if cut >= 0 else 0), c.s):
        clause = m
    before = _HEDGE_BEFORE_RE.search(text, max(lo, c.s - 30), c.s)
    if clause is not None and (before is None or clause.start() < before.start()):
        found.append(clause.group("h").lower())
    if before:
        found.append(before.group("h").lower())
    after = _HEDGE_AFTER_RE.match(text, c.e, min(hi, c.e + 12))
    if after:
        found.append(after.group("h").lower().lstrip("-"))
    return "; ".join(dict.fromkeys(found))


def _sources(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Who states the figures of a sentence: (start, end, name) of each attribution, in order."""
    out: list[tuple[int, int, str]] = []
    for m in _ACCORDING_RE.finditer(text, lo, hi):
        words = []
        for w in re.finditer(r"\S+", m.group("src")):
            if w.group(0).lower() in ("that", "which", "who", "when", "while", "as", "in", "on", "at", "since"):
                break
            words.append(w)
            if len(words) == 8:
                break
        if words:
            end = m.start("src") + words[-1].end()
            out.append((m.start(), end, text[m.start("src"):end].strip("”\"’' ")))
    for m in _CUE_RE.finditer(text, lo, hi):
        if _CUES.get(m.group("v")) == "that" and not re.match(rf"{_SP}+that\b", text[m.end():m.end() + 6]):
            continue
        name = _subject_before(text, lo, m.start())
        if name:
            out.append((m.start(), m.end(), name))
        elif m.group("v") in ("said", "says", "told", "added"):
            # inverted: '..., said Ryan Sweet'
            inv = re.match(rf"{_SP}+((?:[A-Z][\w.'’-]*{_SP}?){{1,4}})", text[m.end():min(hi, m.end() + 60)])
            if inv and re.search(r"[,”\"'’]" + _SP + r"*\Z", text[max(lo, m.start() - 3):m.start()]):
                out.append((m.start(), m.end() + inv.end(), inv.group(1).strip()))
    out.sort()
    return out


def _subject_before(text: str, lo: int, pos: int) -> str:
    """The noun phrase just before a reporting verb ("Voice of America reported", "the ministry said")."""
    window = text[max(lo, pos - 160):pos]
    toks = list(re.finditer(r"[A-Za-z][\w.'’-]*|\d+|[,;:“”\"()]", window))
    i = len(toks) - 1
    while i >= 0 and toks[i].group(0).lower() in _AUX:
        if toks[i].group(0).lower() in _PASSIVE:
            return ""    # "it is noted that": nobody in particular
        i -= 1
    if i >= 0 and toks[i].group(0) == ",":
        # "Marat Khusnullin, who oversees ..., recently said"; "the ambassador, Sin Hong-chol, said"
        m = _APPOSITIVE_RE.search(window, 0, toks[i].end())
        return (m.group("np") or m.group("np2")) if m else ""
    picked: list[re.Match] = []
    while i >= 0 and len(picked) < 6:
        t = toks[i].group(0)
        low = t.lower()
        if not t[0].isalpha():
            break
        if low in _PRONOUNS and not picked:
            picked.append(toks[i])
            break
        # "Voice of America", "South Korea's spy agency", "the ministry", "analysts"
        if t[0].isupper() or low in ("of", "the", "and") or low not in _FUNCTION_WORDS:
            picked.append(toks[i])
            i -= 1
            continue
        break
    picked.reverse()
    while picked and picked[0].group(0).lower() in ("of", "and"):
        picked.pop(0)
    while picked and picked[-1].group(0).lower() in ("of", "and", "the"):
        picked.pop()
    if not picked:
        return ""
    name = window[picked[0].start():picked[-1].end()]
    return "" if name.lower() in _FUNCTION_WORDS and name.lower() not in _PRONOUNS else name


_NAME = r"(?:[A-Z][\w.'’-]*[ \u00a0]){0,4}[A-Z][\w.'’-]*"
# a name before a relative clause or an apposition that ends with the comma before the verb
_APPOSITIVE_RE = re.compile(
    rf"(?P<np>{_NAME}),{_SP}+(?:who|which|a|an|the)\b[^,;()]{{0,120}},\Z|(?<=,{_SP})(?P<np2>{_NAME}),\Z")


def _pick_source(sources: list[tuple[int, int, str]], c: _Cand) -> str:
    """The attribution nearest the figure, ignoring one that contains it."""
    if not sources:
        return ""
    k = bisect.bisect_left(sources, (c.s,))
    best, best_d = "", None
    for pos, end, name in sources[max(0, k - 3):k + 3]:
        if pos <= c.s < end or c.s <= pos < c.e:
            continue
        d = abs(pos - c.s)
        if best_d is None or d < best_d:
            best, best_d = name, d
    return best


def link_period(figure_start: int, figure_end: int, dates: Sequence[DateMention], text: str = "") -> str:
    """The period a figure describes: the best date mention of its sentence, as YYYY-MM or YYYY.

    ``dates`` are the mentions of the figure's sentence, in order.  A mention introduced by
    "in", "during", "as of", "for" or "by" ("in August 2022", "in February") beats one
    that is not; among equals the nearest wins, and one across a semicolon loses.  Mentions
    overlapping the figure, decades and mentions without a calendar value are ignored.

    >>> d = DateMention("a", 3, 14, "August 2022", "2022-08", "month")
    >>> link_period(16, 32, [d], "In August 2022, US$ 90.3 million")
    '2022-08'
    """
    best, best_key = "", None
    for d in dates:
        if d.start < figure_end and figure_start < d.end:
            continue
        norm = d.normalized or ""
        if d.granularity in ("decade", "century") or not re.match(r"\d{4}", norm):
            continue
        value = norm[:7] if re.match(r"\d{4}-\d{2}", norm) else norm[:4]
        lead = text[max(0, d.start - 14):d.start].lower() if text else ""
        prefer = 0 if (re.search(rf"\b(?:in|during|as of|for|by){_SP}+(?:the{_SP}+|early{_SP}+|late{_SP}+|mid-?)?\Z", lead)
                       or re.match(r"(?i)(?:in|during)\b", d.text)) else 1
        gap = figure_start - d.end if d.end <= figure_start else d.start - figure_end
        between = text[min(d.end, figure_end):max(d.start, figure_start)] if text else ""
        key = (1 if ";" in between else 0, prefer, gap)
        if best_key is None or key < best_key:
            best, best_key = value, key
    return best


def _near(dates: Sequence[DateMention], starts: list[int], pos: int, k: int = 4) -> Sequence[DateMention]:
    """The ``k`` date mentions on either side of ``pos`` (a long sentence may hold thousands)."""
    i = bisect.bisect_left(starts, pos)
    return dates[max(0, i - k):i + k]


def _inside_date(c: _Cand, dates: Sequence[DateMention]) -> bool:
    """A bare number inside a calendar date mention is part of the date ("15 September 2022")."""
    if c.atom not in ("digit", "ordinal") or c.strong or c.ucls == "duration":
        return False
    return any(d.start <= c.ns and c.ne <= d.end and d.granularity != "relative"
               and re.match(r"\d{4}", d.normalized or "") for d in dates)


# --------------------------------------------------------------------------
# The extractor
# --------------------------------------------------------------------------
def extract_figures(text: str, *, article_id: str = "", published: Optional[str] = None,
                    sentences: Optional[Sequence[Sentence]] = None,
                    dates: Optional[Sequence[DateMention]] = None) -> list[Figure]:
    """Figures stated in ``text``, sorted by position.

    ``published`` (ISO date) resolves dates without a year ("in February") for
    ``refers_to``; ``sentences`` are :func:`analysis.text.split_sentences` records
    (computed when not given).

    >>> [(f.text, f.value, f.unit, f.kind, f.refers_to)
    ...  for f in extract_figures("In August 2022, trade reached US$ 90.3 million.")]
    [('US$ 90.3 million', 90300000.0, 'USD', 'trade_value', '2022-08')]
    """
    if not text:
        return []
    if sentences is None:
        sentences = split_sentences(text, article_id=article_id)
    if dates is None:  # the corpus run passes the article's dates in, so they are found once
        dates = extract_dates(text, article_id=article_id, published=published, sentences=sentences)
    starts = [s.start for s in sentences]
    dates_by_sentence: dict[int, list[DateMention]] = {}
    for d in sorted(dates, key=lambda d: d.start):
        k = bisect.bisect_right(starts, d.start) - 1
        if k >= 0:
            dates_by_sentence.setdefault(k, []).append(d)
    notes = {a for a, _ in footnote_spans(text)}
    out: list[Figure] = []
    k = 0
    while k < len(sentences):
        sent, lo, hi = sentences[k], sentences[k].start, sentences[k].end
        sent_dates = list(dates_by_sentence.get(k, []))
        # A sentence split inside a decimal ("rose to 49.55 | HZ on ...") is put back together:
        # a footnote marker follows a letter ("the other.1"), a decimal follows a digit.
        while k + 1 < len(sentences) and _DECIMAL_END_RE.search(text, max(lo, hi - 8), hi) \
                and not text[hi:sentences[k + 1].start].strip():
            k += 1
            hi = sentences[k].end
            sent_dates += dates_by_sentence.get(k, [])
        figures = _sentence_figures(text, lo, hi, sent.sentence_id, article_id, sent_dates, notes)
        if any(f.source.lower() in _PERSONAL_PRONOUNS for f in figures):
            name = _named_source_before(text, sentences, k)
            figures = [replace(f, source=name) if name and f.source.lower() in _PERSONAL_PRONOUNS else f
                       for f in figures]
        out.extend(figures)
        k += 1
    out.sort(key=lambda f: (f.start, f.end))
    return out


def _named_source_before(text: str, sentences: Sequence[Sentence], k: int) -> str:
    """ "According to him": the person named as a source in one of the two sentences before."""
    for j in range(k - 1, max(-1, k - 3), -1):
        if sentences[j].paragraph != sentences[k].paragraph:
            break
        for _, _, name in reversed(_sources(text, sentences[j].start, sentences[j].end)):
            if name.lower() not in _PRONOUNS and any(w[:1].isupper() for w in name.split()):
                return name
    return ""


def _sentence_figures(text: str, lo: int, hi: int, sentence_id: int, article_id: str,
                      dates: list[DateMention], notes: set) -> list[Figure]:
    cands = _scan_sentence(text, lo, hi)
    if not cands:
        return []
    prose = _is_prose(text, lo, hi)
    starts = [d.start for d in dates]
    kept: list[_Cand] = []
    prev: Optional[_Cand] = None
    for c in cands:
        if kept and c.s < kept[-1].e:
            continue
        c.rejected = _reject(text, lo, hi, c, prev, notes, prose) or _inside_date(c, _near(dates, starts, c.s, 2))
        if not c.rejected:
            kept.append(c)
        prev = c     # a rejected year still counts, so "2017–2018" cannot become a range
    kept = _merge_ranges(text, lo, kept)
    if not kept:
        return []
    market = _MARKET_RE.search(text, lo, hi) is not None
    sources = _sources(text, lo, hi)
    out = []
    for c in kept:
        if not c.ucls:
            _noun_kind(text, lo, hi, c)
        value, high = c.value, c.high
        if high is not None and high < value:
            value, high = high, value
        out.append(Figure(
            article_id=article_id, start=c.s, end=c.e, text=text[c.s:c.e],
            value=_clean(value), value_high=_clean(high) if high is not None else None,
            unit="" if c.atom == "ordinal" else c.unit, kind=_decide_kind(text, lo, hi, c, market),
            refers_to=link_period(c.s, c.e, _near(dates, starts, c.s), text), hedge=_hedges(text, lo, hi, c),
            source=_pick_source(sources, c), sentence_id=sentence_id,
        ))
    return out
