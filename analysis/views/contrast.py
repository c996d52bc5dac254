"""Contrasts and concessions inside one sentence: which phrase a writer prefers, which one they set aside.

"X rather than Y", "not X but Y", "more likely X than Y", "X, not Y", "X instead of Y"
prefer X (a *contrast*: Y is rejected); "Although Y, X", "Y, but X", "X, even though Y" make
X the main point without denying Y (a *concession*); "X actually Y", "X in fact Y" prefer what Y
says X is, without denying X (a *correction*).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple, Optional

class Contrast(NamedTuple):
    """A contrast in a sentence: the phrase preferred, the phrase set aside, and the cue."""

    preferred: str
    rejected: str
    cue: str


@dataclass(frozen=True)
class ContrastSpan:
    kind: str               # "contrast" (the other side is rejected) or "concession" (conceded)
    cue: str
    preferred: tuple[int, int]
    other: tuple[int, int]


_TOKEN = re.compile(r"[\w’'][\w’'./-]*|[^\w\s]")
_BACK_STOP_WORDS = frozenset("""
that which who whom whose is are was were be been being am as itself themselves himself herself
than not but to because while whereas although though if when where so thus hence
""".split())
_FWD_STOP_WORDS = frozenset("""
that which who whom whose because since while whereas although though but so if when where
thus hence yet however
""".split())
_STOP_PUNCT = frozenset(",;:()[]{}“”\"—–!?")
_MAX_PHRASE_WORDS = 8
LONG_SENTENCE = 2000

# "not X but (rather) Y", "not X, but Y" — not "not only X but also Y"
_NOT_BUT = re.compile(
    r"\bnot\s+(?!only\b|just\b|merely\b|simply\b|least\b|so\s+much\b)(?P<rej>[^,;:.!?]{1,80}?)\s*,?\s+but\s+(?:rather\s+)?(?!also\b)(?=\w)",
    re.I)
_NOT_SO_MUCH = re.compile(r"\bnot\s+so\s+much\s+(?P<rej>[^,;:.!?]{1,60}?)\s+as\s+(?=\w)", re.I)
# "more likely (that ...) X than Y", "closer to X than (to) Y"
_MORE_THAN = re.compile(
    r"\b(?P<cue>(?:more|rather)\s+(?:likely|probabl[ey]|plausibl[ey]|accurately|aptly|apt|realistic(?:ally)?)|better\s+(?:described|understood|seen)|closer\s+to)\b"
    r"(?P<mid>[^;:.!?]{1,120}?)\s+than\s+(?:to\s+)?(?=\w)", re.I)
_LESS_THAN = re.compile(
    r"\bless\s+(?!than\b|likely\b|probabl|plausibl)(?P<rej>(?:of\s+)?(?:an?\s+|the\s+)?[^,;:.!?]{1,60}?)\s+than\s+(?:to\s+)?(?=\w)", re.I)
_RATHER_THAN = re.compile(r"\b(?P<cue>rather\s+than|instead\s+of|as\s+opposed\s+to|in\s+place\s+of)\b\s*", re.I)
_COMMA_NOT = re.compile(
    r",\s+(?:and\s+)?not\s+(?!only\b|least\b|just\b|merely\b|necessarily\b|to\b|because\b|surprisingly\b|even\b|always\b|all\b|yet\b)(?P<rej>[^,;:.!?]{1,60}?)(?=\s*(?:[,;:.!?]|$))",
    re.I)
_CONCESSIVE = re.compile(
    r"\b(?P<cue>even\s+though|although|though|even\s+if|even\s+with|despite|in\s+spite\s+of|notwithstanding|whereas"
    r"|while\s+(?:acknowledging|admitting|conceding|recogni[sz]ing|accepting|noting)|while(?!\s+\w+ing\b)|albeit)\b",
    re.I)
# a correction: "their strategic convergence actually stems from a more transactional logic", "the pact in fact
# amounts to ..." (what follows the cue is what the writer says the clause's subject really is);
# not the emphatic "actually" of a verb already begun ("unclear if Pyongyang is actually willing")
_ACTUALLY = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bhas )(?<!\bhave )(?<!\bhad )"
                       r"(?<!\bdo )(?<!\bdoes )(?<!\bdid )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )(?<!\bmay )"
                       r"(?<!\bmight )(?<!\bshould )(?<!\bmust )(?<!\bnot )\b(?:actually|in fact|in reality|in truth)\b", re.I)
_BUT = re.compile(r",\s+but\s+(?!also\b)(?=\w)", re.I)
_ENDS_WITH_THAT = re.compile(r"\bthat$", re.I)
_CLAUSE_END = re.compile(r"[;:]|[.!?](?=\s|$)")


def _clause_initial(text: str, pos: int) -> bool:
    """True when ``pos`` opens a clause: sentence start, after , ; : or after "that"."""
    window = text[max(0, pos - 40):pos].rstrip()
    if not window:
        return not text[:pos].strip()
    return window[-1] in ",;:" or bool(_ENDS_WITH_THAT.search(window))


def _words_back(text: str, end: int, floor: int) -> tuple[int, int]:
    """The phrase that ends at ``end``: back to a clause boundary, at most eight words."""
    window_start = max(floor, end - 160)
    tokens = list(_TOKEN.finditer(text, window_start, end))
    start, words = end, 0
    for tok in reversed(tokens):
        t = tok.group()
        if t in _STOP_PUNCT or t.lower() in _BACK_STOP_WORDS or words >= _MAX_PHRASE_WORDS:
            break
        start = tok.start()
        words += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return (start, end) if words else (end, end)


def _words_fwd(text: str, start: int, ceiling: int) -> tuple[int, int]:
    """The phrase that starts at ``start``: up to a clause boundary, at most eight words."""
    end, words = start, 0
    for tok in _TOKEN.finditer(text, start, min(ceiling, start + 200)):
        t = tok.group()
        if t in _STOP_PUNCT or t == "." or t.lower() in _FWD_STOP_WORDS or words >= _MAX_PHRASE_WORDS:
            break
        end = tok.end()
        words += 1
    while end > start and text[end - 1] in ".’'":
        end -= 1
    return (start, end)


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins (after the last , ; : before it), within 400 characters."""
    floor = max(0, pos - 400)
    cut = max(text.rfind(",", floor, pos), text.rfind(";", floor, pos), text.rfind(":", floor, pos))
    start = cut + 1 if cut >= 0 else floor
    while start < pos and text[start].isspace():
        start += 1
    return start


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (; : or a sentence stop), within 400 characters."""
    ceiling = min(len(text), pos + 400)
    m = _CLAUSE_END.search(text, pos, ceiling)
    return m.start() if m else ceiling


# --------------------------------------------------------------------------- one rule per cue
# Each reader turns a match of its cue into a span (preferred side, other side), or None.
def _read_not_but(text: str, m: re.Match, found: list[ContrastSpan]) -> Optional[ContrastSpan]:
    """ "not X but Y": Y preferred, X rejected."""
    return ContrastSpan("contrast", "not … but", _words_fwd(text, m.end(), len(text)), m.span("rej"))


def _read_not_so_much(text: str, m: re.Match, found: list[ContrastSpan]) -> Optional[ContrastSpan]:
    """ "not so much X as Y": Y preferred, X rejected."""
    return ContrastSpan("contrast", "not so much … as", _words_fwd(text, m.end(), len(text)), m.span("rej"))


def _read_more_than(text: str, m: re.Match, found: list[ContrastSpan]) -> Optional[ContrastSpan]:
    """ "more likely X than Y", "closer to X than Y": X preferred."""
    mid = m.group("mid")
    if re.search(r"\brather$", mid.strip(), re.I):
        return None          # "... rather than": the rather-than rule reads it
    mid_end = m.start("mid") + len(mid.rstrip())
    cue = " ".join(m.group("cue").lower().split()) + " … than"
    return ContrastSpan("contrast", cue, _words_back(text, mid_end, m.start("mid")),
                        _words_fwd(text, m.end(), len(text)))


def _read_less_than(text: str, m: re.Match, found: list[ContrastSpan]) -> Optional[ContrastSpan]:
    """ "less X than Y": Y preferred, X rejected."""
    return ContrastSpan("contrast", "less … than", _words_fwd(text, m.end(), len(text)), m.span("rej"))


def _read_rather_than(text: str, m: re.Match, found: list[ContrastSpan]) -> Optional[ContrastSpan]:
    """ "X rather than Y", "X instead of Y": X preferred; "Instead of Y, X" at a clause start."""
    cue = " ".join(m.group("cue").lower().split())
    if not _clause_initial(text, m.start()):
        return ContrastSpan("contrast", cue, _words_back(text, m.start(), 0), _words_fwd(text, m.end(), len(text)))
    comma = text.find(",", m.end(), _clause_end(text, m.end()))
    if comma < 0:
        return None
    after = comma + 1
    while after < len(text) and text[after].isspace():
        after += 1
    return ContrastSpan("contrast", cue, _words_fwd(text, after, len(text)), (m.end(), comma))


def _read_comma_not(text: str, m: re.Match, found: list[ContrastSpan]) -> Optional[ContrastSpan]:
    """ "X, not Y": X preferred, Y rejected."""
    return ContrastSpan("contrast", ", not", _words_back(text, m.start(), 0), m.span("rej"))


def _read_concession(text: str, m: re.Match, found: list[ContrastSpan]) -> Optional[ContrastSpan]:
    """ "Although Y, X" (the main clause follows the comma), "X, even though Y" (it comes first)."""
    cue = " ".join(m.group("cue").lower().split())
    end = _clause_end(text, m.end())
    comma = text.find(",", m.end(), end)
    if _clause_initial(text, m.start()) and comma > 0:
        main_start = comma + 1
        while main_start < len(text) and text[main_start].isspace():
            main_start += 1
        return ContrastSpan("concession", cue, (main_start, end), (m.start(), comma))
    if text[:m.start()].strip(" ,\ufeff"):
        main_end = m.start()
        while main_end > 0 and text[main_end - 1] in " ,":
            main_end -= 1
        return ContrastSpan("concession", cue, (0, main_end), (m.start(), end))
    return None


def _read_but(text: str, m: re.Match, found: list[ContrastSpan]) -> Optional[ContrastSpan]:
    """ "Y, but X": X is the main point (unless the "but" closes a "not … but" already read)."""
    if any(s.cue == "not … but" and s.other[1] <= m.start() <= s.preferred[0] for s in found):
        return None
    return ContrastSpan("concession", "but", (m.end(), _clause_end(text, m.end())),
                        (_clause_start(text, m.start()), m.start()))


def _read_correction(text: str, m: re.Match, found: list[ContrastSpan]) -> Optional[ContrastSpan]:
    """ "X actually Y": Y is what the writer says X really is (X is not denied)."""
    return ContrastSpan("correction", " ".join(m.group().lower().split()), (m.end(), _clause_end(text, m.end())),
                        (_clause_start(text, m.start()), m.start()))


# In this order: a cue already read is not read again by a later rule.
_RULES = [
    (_NOT_BUT, _read_not_but), (_NOT_SO_MUCH, _read_not_so_much), (_MORE_THAN, _read_more_than),
    (_LESS_THAN, _read_less_than), (_RATHER_THAN, _read_rather_than), (_COMMA_NOT, _read_comma_not),
    (_CONCESSIVE, _read_concession), (_BUT, _read_but), (_ACTUALLY, _read_correction),
]
# Each rule's keys (speed only): every match of its pattern holds all the words of one of its tuples, in lower case, so
# a sentence whose lower case holds none of them is not searched.  The patterns ignore case, and under re.IGNORECASE
# four characters outside ASCII match an ASCII letter ("ſ" is an "s", the Kelvin sign a "k"): a sentence holding one
# of them is searched with every rule.
_KEYS = {
    _NOT_BUT: (("not", "but"),), _NOT_SO_MUCH: (("not", "much"),), _MORE_THAN: (("than",),),
    _LESS_THAN: (("less", "than"),), _RATHER_THAN: (("rather",), ("instead",), ("opposed",), ("place",)),
    _COMMA_NOT: ((",", "not"),),
    _CONCESSIVE: (("though",), ("despite",), ("spite",), ("notwithstanding",), ("whereas",), ("while",), ("albeit",),
                  ("even",)),
    _BUT: ((",", "but"),), _ACTUALLY: (("actually",), ("fact",), ("reality",), ("truth",)),
}
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")     # İ ı ſ K


def _may_match(pattern: re.Pattern, lowered: Optional[str]) -> bool:
    return lowered is None or any(all(k in lowered for k in keys) for keys in _KEYS[pattern])


def find_spans(text: str) -> list[ContrastSpan]:
    """Contrasts and concessions in one sentence, in order of their cue.

    A "sentence" longer than ``LONG_SENTENCE`` characters is a run-on line (a table, a
    paste without stops); its contrasts are not read, which keeps the cost linear.
    """
    spans: list[ContrastSpan] = []
    if len(text) > LONG_SENTENCE:
        return spans
    taken: list[tuple[int, int]] = []
    lowered = None if _FOLDS_TO_ASCII.intersection(text) else text.lower()
    for pattern, read in _RULES:
        if not _may_match(pattern, lowered):
            continue
        for m in pattern.finditer(text):
            span = read(text, m, spans)
            if span is None or span.preferred[1] <= span.preferred[0] or span.other[1] <= span.other[0]:
                continue
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            spans.append(span)
    spans.sort(key=lambda s: min(s.preferred[0], s.other[0]))
    return spans


def detect_contrast(text: str) -> Optional[Contrast]:
    """The first explicit contrast in a sentence, as ``(preferred, rejected, cue)``, or None.

    Concessions ("although X, Y") are not contrasts: their first part is not denied.

    >>> detect_contrast("Their new bond is more likely to be a strategic alignment rather than a formal alliance.")
    Contrast(preferred='a strategic alignment', rejected='a formal alliance', cue='rather than')
    >>> detect_contrast("Moscow considers itself a European rather than an Asian power.")
    Contrast(preferred='a European', rejected='an Asian power', cue='rather than')
    >>> detect_contrast("It rained.") is None
    True
    """
    if not isinstance(text, str) or not text:
        return None
    for span in find_spans(text):
        if span.kind == "contrast":
            return Contrast(text[span.preferred[0]:span.preferred[1]].strip(),
                            text[span.other[0]:span.other[1]].strip(), span.cue)
    return None

