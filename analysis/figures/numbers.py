"""Numbers: atoms (digits, number words, ordinals, fractions, vague plurals) with their currency, scale and unit.

Steps 1 and 2 of the figure extractor (see :mod:`analysis.figures`): find where a number
starts, read its value, and attach what it carries ("US$" before, "million" and "percent"
after, "a barrel" as a rate).
"""
from __future__ import annotations

import re
from typing import Iterator, Optional
from .candidate import Candidate, _parse_words, clean_value, next_char, prev_char  # noqa: F401 (re-exported)
from .vague import bare_vague
from .rates import count_rate
from .one_unit import A_UNIT_RE, hedged_one_unit, unit_long
from .patterns import (ABBR_SCALES, AGE_APPOSITION_RE, AND_HALF_RE, ATOM_RE, CARD_ALT, CARDINALS, FRACTIONS, FRACTION_OF_RE,
                       FRACTION_SCALE_RE, HALF_SPAN_RE, HALF_TIME_RE, SHARE_AFTER_RE, UNIT_AND_HALF_BEFORE_RE, SHARE_BEFORE_RE, SPAN_OF_RE,
                       NEGATIVE_BEFORE_RE, MILLION_BEFORE_IRREGULAR_RE, NUMBER_WORDS, OF_RE, ORDINALS, MULTIPLIERS, PER_RE, POINT_AFTER_RE,
                       POINT_FRACTIONS, POST_FIRST, POST_RE, PRE_LAST,
                       PRE_RE, PRE_UNITS, RANGE_DASH_BEFORE_RE, SCALES, SCALE_ABBR_RE, SCALE_WORD_RE, SCI_RE,
                       SLASH_FRACTION_RE, SP, SUPERSCRIPT, TRIGGER_WORDS_RE, VAGUE, post_unit)

# --------------------------------------------------------------------------
# Parsing numbers
# --------------------------------------------------------------------------
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
    cands = scan_sentence(surface, 0, len(surface))
    return clean_value(cands[0].value) if cands else None


# --------------------------------------------------------------------------
# Steps 1-2: atoms and what they carry
# --------------------------------------------------------------------------
def _iter_atoms(text: str, lo: int, hi: int) -> Iterator[re.Match]:
    """Matches of ATOM_RE in ``text[lo:hi]``, left to right (they may overlap; callers skip)."""
    for tok in TRIGGER_WORDS_RE.finditer(text, lo, hi):     # (the digits and the trigger words of TRIGGER_RE)
        m = ATOM_RE.match(text, tok.start(), hi)
        if m:
            yield m


# A sports or league rank with content: "world number 1", "the world No. 1", "ranked number two".
_RANK_BEFORE_RE = re.compile(r"\b(?:[Ww]orld|[Rr]anked|[Ss]eeded)[ \u00a0]+(?:[Nn]umber|No\.)[ \u00a0]*\Z")


def scan_sentence(text: str, lo: int, hi: int) -> list[Candidate]:
    """Atoms in ``text[lo:hi]`` with their currency, scale and unit attached (steps 1-2)."""
    out: list[Candidate] = []
    pos = lo
    for m in _iter_atoms(text, lo, hi):
        if m.start() < pos:
            continue
        if m.group("ordd") is not None:
            a = m.start("ordd")
            c = Candidate(a, m.end(), a, m.end(), float(m.group("ordd")), atom="ordinal", plain=m.group("ordd"))
        elif m.group("dig") is not None or m.group("dot") is not None:
            c = _digit_atom(text, lo, hi, m)
        elif m.group("frac") is not None:
            c = _fraction_atom(text, m, hi)
        elif m.group("vague") is not None:
            c = _vague_atom(text, m)
        elif m.group("mult") is not None:
            a, b = m.span("mult")
            value = next(v for stem, v in MULTIPLIERS.items() if m.group("mult").lower().startswith(stem[:-1]))
            if value < 1:
                c = Candidate(a, b, a, b, value, atom="fraction", unit="fraction", unit_class="fraction")
            else:
                c = Candidate(a, b, a, b, value, atom="word", unit="times", unit_class="count", plain=m.group(0))
        elif m.group("times") is not None:     # "tested positive twice", "twice a day", "twice as long"
            a, b = m.span("times")
            c = Candidate(a, b, a, b, 2.0 if m.group("times").lower() == "twice" else 3.0, atom="word",
                          unit="times", unit_class="count", plain=m.group(0))
        elif m.group("fold") is not None:
            a, b = m.span("fold")
            c = Candidate(a, b, a, b, NUMBER_WORDS[m.group("fold")[:-4].lower()][0], atom="word",
                      unit="times", unit_class="count", plain=m.group(0))
        elif m.group("ordw") is not None:
            a, b = m.span("ordw")
            parts = re.split(r"-", m.group("ordw").lower())
            value = sum(CARDINALS.get(p, 0) for p in parts[:-1]) + ORDINALS[parts[-1]]
            c = Candidate(a, b, a, b, value, atom="ordinal")
        else:
            c = _word_atom(text, lo, hi, m)
        if c is not None and "per" in text[c.end:c.end + 40]:
            count_rate(text, hi, c)     # "453.3 cases per 100,000 inhabitants": the denominator is no figure
        pos = max(m.end(), c.end) if c is not None else m.end()
        if c is not None:
            out.append(c)
    if "0s" in text[lo:hi]:
        out = _approximate_tens(text, lo, hi, out)
    if "umber" in text[lo:hi] or "No" in text[lo:hi]:
        for c in out:
            rank = _RANK_BEFORE_RE.search(text, max(lo, c.start - 20), c.start)
            if rank and c.atom in ("digit", "word") and c.high is None and not c.unit_class:
                c.start, c.atom, c.unit, c.unit_class = rank.start(), "ordinal", "rank", "rank"
    extra = []
    if A_UNIT_RE.search(text, lo, hi):
        extra = hedged_one_unit(text, lo, hi)
    if "-long" in text[lo:hi]:
        extra += unit_long(text, lo, hi)
    if "ulti" in text[lo:hi]:
        extra += _multi_scale(text, lo, hi)
    if "minute" in text[lo:hi]:
        hm = _hours_and_minutes(text, lo, hi)
        if hm:     # one duration written in two units: it replaces the two
            out = [c for c in out if not any(h.start < c.end and c.start < h.end for h in hm)]
            extra += hm
    extra = [c for c in extra if not any(o.start < c.end and c.start < o.end for o in out)]
    if extra:
        out = sorted(out + extra, key=lambda c: c.start)
    return out


# "talks for an hour and 50 minutes", "in the 2 hours and 37 minutes after the touchdown": one duration written in
# hours and minutes, counted in minutes (as the devset gold gives it: 110 minutes, 157 minutes)
_HOURS_AND_MINUTES_RE = re.compile(
    rf"(?i)(?<![\w-])(?P<h>an?|one|\d{{1,3}}|{CARD_ALT}){SP}+hours?{SP}+and{SP}+(?P<m>\d{{1,2}}|{CARD_ALT}){SP}+minutes?\b")


def _hours_and_minutes(text: str, lo: int, hi: int) -> list[Candidate]:
    out = []
    for m in _HOURS_AND_MINUTES_RE.finditer(text, lo, hi):
        h, mins = (1.0 if w.lower() in ("a", "an", "one") else float(w) if w.isdigit() else CARDINALS.get(w.lower())
                   for w in (m.group("h"), m.group("m")))
        if h is None or mins is None or mins >= 60:
            continue
        c = Candidate(m.start(), m.end(), m.start(), m.end("h"), h * 60 + mins, atom="word", unit="minute",
                      unit_class="duration", plain=m.group(0))
        p = PER_RE.match(text, c.end)
        if p:     # "Two hours and 30 minutes per day": the rate stays, as on any one duration
            c.unit, c.end = f"minute per {re.sub(SP + '+', ' ', p.group('den').lower())}", p.end()
        out.append(c)
    return out


# "in the low 80s", "the mid-30s", "her late 60s": a band of ten read as a range (low N..N+4, mid N+3..N+7,
# high N+6..N+9); after a possessive it is an age.
_TENS_BAND_RE = re.compile(rf"(?i)\b(?P<q>low|lower|mid|middle|high|upper|early|late)(?:-|{SP}+)(?P<n>[1-9]0)[’']?s\b")
_BANDS = {"low": (0, 4), "lower": (0, 4), "early": (0, 4), "mid": (3, 7), "middle": (3, 7), "high": (6, 9), "upper": (6, 9),
          "late": (6, 9)}


def _approximate_tens(text: str, lo: int, hi: int, out: list[Candidate]) -> list[Candidate]:
    for m in _TENS_BAND_RE.finditer(text, lo, hi):
        q, n = m.group("q").lower(), int(m.group("n"))
        age = re.search(rf"(?i)\b(?:his|her|their|my|your|our){SP}+\Z", text[max(lo, m.start() - 8):m.start()]) is not None
        if q in ("early", "late") and not age:
            continue       # "the early 80s" is a decade (a date), not a level
        a, b = _BANDS[q]
        c = Candidate(m.start(), m.end(), m.start("n"), m.end("n"), float(n + a), high=float(n + b), atom="vague",
                      unit="year of age" if age else "", unit_class="age" if age else "", plain=m.group("n"))
        out = [o for o in out if not (o.start < c.end and c.start < o.end)] + [c]
    return sorted(out, key=lambda c: c.start)


# "a multi-million dollar deal", "multibillion-dollar": many of the scale, its order of magnitude (as a vague
# plural, "millions of dollars"); the devset gold gives 1000000 USD, 1000000000 EUR.
_MULTI_SCALE_RE = re.compile(rf"(?i)(?<![\w-])multi(?:-|{SP})?(?P<s>million|billion|trillion)(?![\w])")


def _multi_scale(text: str, lo: int, hi: int) -> list[Candidate]:
    out = []
    for m in _MULTI_SCALE_RE.finditer(text, lo, hi):
        scale = SCALES[m.group("s").lower()]
        c = Candidate(m.start(), m.end(), m.start(), m.end(), scale, high=10 * scale, atom="vague", scaled=True,
                      scale=scale, plain=m.group(0))
        _apply_unit(text, hi, c)
        out.append(c)
    return out


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_DECIMAL_COMMA_RE = re.compile(r",(\d{1,2})(?=[ \u00a0]?(?:%|per[ \u00a0]?cent\b|percent\b))", re.IGNORECASE)


# "2.7m combined digital and physical copies": "m" is a million before a plural noun a few modifiers on, never
# across a measure's adjective ("37m tall towers"), a determiner, a preposition or a verb.
_M_BLOCKERS = ("high|tall|long|wide|deep|thick|away|above|below|across|square|cubic|the|a|an|is|was|are|were|to|in|on|"
               "at|from|by|for|with|that|which|this|its|their|his|her|has|have|had")
_MILLION_BEFORE_PLURAL_RE = tuple(re.compile(
    rf"(?:{SP}+(?!(?:{_M_BLOCKERS})\b)[a-z][a-z-]*){{1,{n}}}?(?<=[a-z]s)(?<!ss)(?<!us)(?<!is)(?![\w-])") for n in (1, 5))
# the second (modifiers before the noun) only without a determiner before the number: "the 100m freestyle heats"


def _digit_atom(text: str, lo: int, hi: int, m: re.Match) -> Candidate:
    g = "dig" if m.group("dig") is not None else "dot"
    a, b = m.span(g)
    raw = m.group(g)
    c = Candidate(a, b, a, b, float(raw.replace(",", "")), plain=raw)
    if raw.isdigit() and text.startswith(",", b):
        dec = _DECIMAL_COMMA_RE.match(text, b)
        if dec:     # "17,4%": a decimal comma (a thousands comma has three digits after it)
            raw = raw + "." + dec.group(1)
            b = dec.end()
            c = Candidate(a, b, a, b, float(raw), plain=raw)
    nxt = text[b:b + 1]
    if nxt in _VULGAR and nxt and raw.isdigit():
        # a vulgar fraction glued to the whole number: "4½ years" is 4.5 years, "2¼ miles" 2.25 miles
        c.value += _VULGAR[nxt]
        b = c.end = c.num_end = b + 1
        c.plain = raw + nxt
        nxt = text[b:b + 1]
    if nxt in "/⁄" and nxt:
        # a fraction written with a slash: "1/2 pound", "1⁄32 of a quart"
        sl = SLASH_FRACTION_RE.match(text, b)
        if sl and raw.isdigit():
            den = float(sl.group("den"))
            if 0 < c.value < den and den in (2, 3, 4, 5, 8, 10, 16, 32, 64, 100, 128):
                c.value, c.end, c.num_end, c.atom = c.value / den, sl.end(), sl.end(), "slash"
    elif next_char(text, b, hi, " \u00a0") in "×xX*" and next_char(text, b, hi, " \u00a0"):
        sci = SCI_RE.match(text, b)
        if sci:
            exp = (sci.group("e1") or sci.group("e2") or sci.group("e3")).translate(SUPERSCRIPT)
            c.value *= 10.0 ** int(exp)
            c.end = c.num_end = sci.end()
            c.plain += "e"
    if prev_char(text, lo, a) in PRE_LAST:
        pre = PRE_RE.search(text, max(lo, a - 12), a)
        if pre:
            sign = pre.group(0).rstrip(" \u00a0")
            unit, cls = PRE_UNITS.get(sign, ("", ""))
            if sign == "PS" and not ("," in raw or "." in raw or re.match(r"(?:m|bn|k|mn)\b", text[b:b + 3])):
                unit = ""   # "PS5" is a games console; "PS2.7m" is a mangled "£2.7m"
            if unit:
                c.start, c.unit, c.unit_class = pre.start(), unit, cls
    if prev_char(text, lo, c.start, "") in "-−s" and prev_char(text, lo, c.start, ""):
        neg = NEGATIVE_BEFORE_RE.search(text, max(lo, c.start - 7), c.start)
        if neg and not RANGE_DASH_BEFORE_RE.search(text, max(lo, c.start - 16), c.start):
            c.value, c.start = -c.value, neg.start()    # "-1.3%", "minus-130 degrees"
    _apply_scale(text, hi, c)
    _apply_unit(text, hi, c)
    if not c.unit and text[c.end:c.end + 1] == "," and prev_char(text, lo, c.start) == "," and raw.isdigit() \
            and 1 <= c.value <= 120 and AGE_APPOSITION_RE.search(text, max(lo, c.start - 30), c.start):
        c.unit, c.unit_class = "year of age", "age"    # wire style: "Kim Jong Un, 40, met ..."
    return c


_DIGIT_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_DIGIT_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine)"
# the decimals of a number spoken out in a transcript: "one-point-six", "two point five"
_SPOKEN_POINT_RE = re.compile(rf"(?i)(?:-|{SP}+)point(?:-|{SP}+)(?P<d>{_DIGIT_WORD}(?:(?:-|{SP}+){_DIGIT_WORD}){{0,3}})\b")


def _word_atom(text: str, lo: int, hi: int, m: re.Match) -> Optional[Candidate]:
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
    c = Candidate(a, end, a, end, value, atom="word", plain=text[a:end])
    words = [t for t, _ in toks]
    if all(t in SCALES for t in words):
        # "a million", "a dozen", "several hundred"; a bare "hundred" is not a figure
        before = text[max(lo, a - 12):a].lower()
        few = re.search(rf"(?:several|a{SP}+few|few|many){SP}+\Z", before)
        if few:
            c.value, c.high, c.start = value, 10 * value, a - len(few.group(0))    # the order of magnitude
        elif not re.search(rf"\b(?:a|an|one){SP}+\Z", before):
            return None
        c.scaled = True
    else:
        c.scaled = any(t in SCALES for t in words)
        for t in reversed(words):
            if t not in SCALES:
                break
            c.scale *= SCALES[t]
    point = _SPOKEN_POINT_RE.match(text, c.end) if c.scale == 1 and c.value == int(c.value) and c.value < 1000 else None
    if point:           # a transcript's "one-point-six million": 1.6 million
        digits = "".join(str(_DIGIT_WORDS[w.lower()]) for w in re.findall(r"[A-Za-z]+", point.group("d")))
        c.value = float(f"{int(c.value)}.{digits}")
        c.end = c.num_end = point.end()
        scale = SCALE_WORD_RE.match(text, c.end)
        if scale:
            mult = SCALES[scale.group("w").lower()] * (SCALES[scale.group("w2").lower()] if scale.group("w2") else 1)
            c.value *= mult
            c.end, c.scaled, c.scale = scale.end(), True, mult
    half = AND_HALF_RE.match(text, c.end) if not point else None
    if half:
        c.value += 0.5
        c.end = c.num_end = half.end()
        scale = SCALE_WORD_RE.match(text, c.end)
        if scale and c.scale == 1:    # "one and a half million shells": 1.5 million
            mult = SCALES[scale.group("w").lower()] * (SCALES[scale.group("w2").lower()] if scale.group("w2") else 1)
            c.value *= mult
            c.end, c.scaled, c.scale = scale.end(), True, mult
    if prev_char(text, lo, a) in "$€£":
        pre = PRE_RE.search(text, max(lo, a - 12), a)
        if pre:
            c.unit, c.unit_class = PRE_UNITS.get(pre.group(0).rstrip(" \u00a0"), ("", ""))
            c.start = pre.start() if c.unit else c.start
    _apply_unit(text, hi, c)
    return c


def _fraction_atom(text: str, m: re.Match, hi: int) -> Optional[Candidate]:
    """ "a third of", "two-thirds", "half the": a proportion; "a third summit": an ordinal; "half a million
    barrels", "a quarter of a billion dollars": a number (500,000 barrels)."""
    a, b = m.span("frac")
    num_word = (m.group("fnum") or "").lower()
    den_word = m.group("fden").lower()
    den = FRACTIONS.get(den_word) or ORDINALS.get(den_word)
    scale = FRACTION_SCALE_RE.match(text, b, hi)
    num = 1.0 if num_word in ("", "a", "an", "one") else CARDINALS.get(num_word)
    if scale and den and num and text[b:b + 1] != "-":
        mult = SCALES[scale.group("s").lower()]
        c = Candidate(a, scale.end(), a, scale.end(), num / den * mult, atom="word", scaled=True, scale=mult,
                      plain=text[a:scale.end()])
        _apply_unit(text, hi, c)
        return c
    point = POINT_AFTER_RE.match(text, b, hi)
    if point and den_word in POINT_FRACTIONS and num is not None and (den_word != "half" or point.group("a") or num_word):
        # "a quarter point", "a quarter-point hike", "half a percentage point": a move of a rate
        return Candidate(a, point.end(), a, b, num / den, atom="fraction", unit="percentage point", unit_class="percent",
                         plain=text[a:point.end()])
    after_of = FRACTION_OF_RE.match(text, b)
    if den_word == "half" and num_word in ("a", "an"):
        whole = UNIT_AND_HALF_BEFORE_RE.search(text, max(0, a - 20), a)
        if whole:    # "a year and a half": 1.5 years ("a decade and a half": 15 years)
            u, years = whole.group("u").lower(), {"century": 100, "decade": 10}.get(whole.group("u").lower())
            return Candidate(whole.start(), b, whole.start(), b, 1.5 * (years or 1), atom="fraction",
                             unit="year" if years else u, unit_class="duration")
    if den_word == "half" and num_word in ("", "a", "one"):
        span = HALF_SPAN_RE.match(text, b)
        if span:     # "half a century": 50 years
            years = 50 if span.group("u").lower() == "century" else 5
            return Candidate(a, span.end(), a, b, years, atom="fraction", unit="year", unit_class="duration")
        time = HALF_TIME_RE.match(text, b)
        if time:     # "a further half hour": 0.5 hours
            return Candidate(a, time.end(), a, b, 0.5, atom="fraction", unit=(time.group("u") or time.group("hu")).lower(),
                             unit_class="duration")
    if den_word in ("half", "halves"):
        if den_word == "half" and not num_word and text[b:b + 1] != "-" \
                and re.search(rf"(?i)\b(?:by|in){SP}+\Z", text[max(0, a - 4):a]):
            return Candidate(a, b, a, b, 0.5, atom="fraction", unit="fraction", unit_class="fraction")  # "fell by half"
        if den_word == "half" and (after_of or num_word in ("a", "one")) and text[b:b + 1] != "-":
            before = text[max(0, a - 14):a].lower()
            if not num_word and re.search(
                    rf"(?:first|second|latter|former|other|northern|southern|eastern|western){SP}+\Z", before):
                return None   # "the second half", "the northern half of the peninsula": a part, not a share
            return Candidate(a, b, a, b, 0.5, atom="fraction", unit="fraction", unit_class="fraction")
        return None
    num = 1.0 if num_word in ("a", "an", "one") else CARDINALS.get(num_word)
    span = SPAN_OF_RE.match(text, b)
    if span and num is not None and den_word in FRACTIONS:
        # "a quarter of a century": 25 years, a duration
        years = num / den * (100 if span.group("u").lower() == "century" else 10)
        return Candidate(a, span.end(), a, b, years, atom="fraction", unit="year", unit_class="duration")
    if num is None and not num_word and after_of and after_of.group(0).strip().lower() == "of" \
            and SHARE_BEFORE_RE.search(text, max(0, a - 10), a):
        num = 1.0          # "the bottom fifth of incomes": a share
    if num_word in ("a", "an") and den_word in ORDINALS and SHARE_BEFORE_RE.search(text, max(0, a - 10), a) \
            and SHARE_AFTER_RE.match(text, b):
        return Candidate(a, b, a, b, num / den, atom="fraction", unit="fraction", unit_class="fraction")  # "up by a third"
    if after_of and num is not None and after_of.group(0).strip().lower() == "of":
        return Candidate(a, b, a, b, num / den, atom="fraction", unit="fraction", unit_class="fraction")
    if num_word in ("a", "an", "") and den_word in ORDINALS:
        s = b - len(den_word)     # "a third North Korea-U.S. summit": an ordinal
        return Candidate(s, b, s, b, ORDINALS[den_word], atom="ordinal")
    if num is not None and num_word not in ("a", "an") and den_word.endswith("s"):
        # "three quarters" without "of": a count of quarters
        end = a + len(num_word)
        return Candidate(a, b, a, end, num, atom="word", unit=den_word, unit_class="noun", plain=num_word)
    return None


def _vague_atom(text: str, m: re.Match) -> Optional[Candidate]:
    """ "tens of thousands", "hundreds and thousands", "dozens of": a range (module docstring)."""
    a, b = m.span("vague")
    words = re.split(SP + "+", m.group("vague").lower())
    first = VAGUE[words[0]]
    if len(words) == 3:
        second = VAGUE[words[2]]
        low = first * second if words[1] == "of" else first
        high = 10 * (low if words[1] == "of" else second)
    else:
        low, high = first, 10 * first
        if not re.match(rf"{SP}+of\b", text[b:b + 6], re.IGNORECASE):
            read = bare_vague(text, a, b) if len(words) == 1 else None   # "by the hundreds" (a figure), "scores 20 points" (none)
            return None if read is None else Candidate(a, b, a, b, low, high=high, atom="vague", scaled=True,
                                                       unit=read[0], unit_class=read[1])
    c = Candidate(a, b, a, b, low, high=high, atom="vague", scaled=True)
    of = OF_RE.match(text, b)
    if of:   # "tens of millions of dollars"
        u = POST_RE.match(text, of.end())
        if u and not u.group("sep"):
            unit, cls, _ = post_unit(u.group("u"))
            if unit == "pound":
                unit, cls = "GBP", "currency"
            if cls in ("currency", "measure", "duration"):
                c.unit, c.unit_class, c.end = unit, cls, u.end()
    return c


def _apply_scale(text: str, hi: int, c: Candidate) -> None:
    """Extend ``c`` over a scale after its digits ("90.3 million", "140-thousand", "$1.7bn")."""
    if not next_char(text, c.end, hi).isalpha():
        return
    m = SCALE_WORD_RE.match(text, c.end)
    if m:
        mult = SCALES[m.group("w").lower()]
        if m.group("w2"):
            mult *= SCALES[m.group("w2").lower()]
        c.value *= mult
        c.end, c.scaled, c.scale = m.end(), True, mult
        return
    m = SCALE_ABBR_RE.match(text, c.end)
    if not m:
        return
    abbr = m.group("a")
    if m.group("sp") and len(abbr) < 2:
        return    # "8 B people", "5 m": a lone spaced letter is too ambiguous
    if abbr == "m":
        # "$3.1m" and "35m of its devices" are millions; "37m (121ft)" is metres
        after = min(hi, m.end() + 60)
        if not (c.unit or re.match(rf"{SP}+of\b", text[m.end():m.end() + 14])
                or _MILLION_BEFORE_PLURAL_RE[0].match(text, m.end(), after)
                or MILLION_BEFORE_IRREGULAR_RE.match(text, m.end(), after)
                or _MILLION_BEFORE_PLURAL_RE[1].match(text, m.end(), after)
                and not re.search(rf"\b(?:a|an|the){SP}+\Z", text[max(0, c.start - 5):c.start], re.IGNORECASE)):
            return
        mult = 1e6
    else:
        mult = ABBR_SCALES[abbr]
    if abbr in ("b", "B", "tr") and not c.unit:
        return    # "16 b" (bits), "5B" (a pencil): only money takes these
    c.value *= mult
    c.end, c.scaled, c.scale = m.end(), True, mult


def _apply_unit(text: str, hi: int, c: Candidate) -> None:
    """Extend ``c`` over a unit after it ("percent", "US dollars", "km", "-year-old", "a barrel")."""
    if next_char(text, c.end, hi) not in POST_FIRST or not next_char(text, c.end, hi):
        return
    m = POST_RE.match(text, c.end)
    if m:
        surface, sep = m.group("u"), m.group("sep")
        unit, cls, glued = post_unit(surface)
        ok = bool(unit) and not (glued and sep)
        if ok and surface.lower() == "won":
            # "3,000 won" is money; "3 won the race" is not
            ok = not re.match(rf"{SP}+(?:the|a|an|his|her|their|its|by|against|over|with|at|in)\b",
                              text[m.end():m.end() + 10])
        if ok and unit == "pound":
            unit, cls = ("GBP", "currency") if c.scaled else ("pound-mass", "measure")
        if ok and len(surface) == 1 and surface.isalpha() and text[m.end():m.end() + 1] in ("-", "."):
            ok = False    # "5 F-35s", "at 3 C."
        if ok and c.unit_class == "currency":
            # "$76 US", "US$ 5 million dollars": the sign already said which currency
            if surface.lower() in ("dollars", "dollar", "usd", "us"):
                c.end = m.end()
            ok = False
        if ok:
            c.unit, c.unit_class, c.end = unit, cls, m.end()
            half = AND_HALF_RE.match(text, c.end) if cls == "duration" and c.value == int(c.value) else None
            if half:      # "two years and a half": 2.5 years
                c.value, c.end = c.value + 0.5, half.end()
    if c.unit_class in ("currency", "measure", "duration"):
        p = PER_RE.match(text, c.end)
        if p:
            c.unit = f"{c.unit} per {re.sub(SP + '+', ' ', p.group('den').lower())}"
            c.end = p.end()


def hanging_hyphen(text: str, c: Candidate) -> bool:
    """True for "7-" in "7- or 8-inch": the number borrows the next one's unit."""
    return text[c.end:c.end + 1] == "-" and re.match(rf"-,?{SP}+(?:or|and|to)\b|-,", text[c.end:c.end + 8]) is not None
