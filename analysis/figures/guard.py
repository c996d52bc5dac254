"""A first-character guard for the figure stage's searched regexes (speed only; the matches are the same).

``re`` tries every alternative of a pattern at every position of a sentence; a lexicon of cue phrases
("deni(ed|es)|refut...|called ...") is a long alternation, so a search fails slowly at each of the many
positions where no phrase can start.  :func:`guarded` puts a lookahead on the characters a match can begin
with in front of the pattern: most positions then fail on one character class.  A match of the guarded
pattern starts where, and is what, the pattern's own match is (the lookahead consumes nothing, holds no
group, and only rules out positions where no match can start); a pattern whose first character cannot be
read from its parse (a repeat that may be empty, ``\\w``, a negated class) is returned unchanged.
"""
from __future__ import annotations

import re
from typing import Optional

try:    # the parser of the ``re`` module (3.11+: re._parser; before: sre_parse)
    from re import _constants as _C, _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_MAX_CHARS = 200     # a class this wide guards little
_GLOBAL_FLAGS_RE = re.compile(r"\A\(\?[aiLmsux]+\)")
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}


def _cased(chars: set[str], flags: int, icase: list) -> set[str]:
    if flags & re.IGNORECASE:
        icase.append(True)    # the guard is then case-insensitive too (Unicode folds: "ſ" is an "s")
        return {v for ch in chars for v in (ch.lower(), ch.upper())} | chars
    return chars


def _first_chars(items, flags: int, icase: list) -> Optional[set[str]]:
    """The characters a match of the parsed sequence ``items`` can start with; None when any (or unknown).
    ``icase`` collects whether a case-insensitive part was read."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _C.LITERAL:
            return _cased({chr(av)}, flags, icase)
        if op is _C.IN:
            out: set[str] = set()
            for kind, val in av:
                if kind is _C.LITERAL:
                    out.add(chr(val))
                elif kind is _C.RANGE and val[1] - val[0] < _MAX_CHARS:
                    out.update(chr(c) for c in range(val[0], val[1] + 1))
                else:
                    return None        # a negated class, a category (\w, \d, \s) or a wide range
            return _cased(out, flags, icase)
        if op is _C.SUBPATTERN:
            _group, add, remove, sub = av
            return _first_chars(list(sub), (flags | add) & ~remove, icase)
        if op is _C.BRANCH:
            out = set()
            for alt in av[1]:
                chars = _first_chars(list(alt), flags, icase)
                if chars is None:
                    return None
                out |= chars
            return out
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            return _first_chars(list(av[2]), flags, icase)
        return None
    return None        # the pattern may match the empty string


def guarded(rx: re.Pattern) -> re.Pattern:
    """``rx`` with a lookahead on its possible first characters (module docstring); ``rx`` itself when
    they cannot be read or are too many."""
    icase: list = []
    try:
        chars = _first_chars(list(_P.parse(rx.pattern, rx.flags)), rx.flags, icase)
    except Exception:      # pragma: no cover - a parser of another Python version
        return rx
    if not chars or len(chars) > _MAX_CHARS:
        return rx
    lead = _GLOBAL_FLAGS_RE.match(rx.pattern)
    head, body = (lead.group(0), rx.pattern[lead.end():]) if lead else ("", rx.pattern)
    end = "\n)" if rx.flags & re.VERBOSE else ")"     # a trailing comment of a verbose pattern must not eat the ")"
    klass = "".join(re.escape(ch) for ch in sorted(chars))
    guard = f"(?i:[{klass}])" if icase else f"[{klass}]"
    return re.compile(f"{head}(?={guard})(?:{body}{end}", rx.flags)
