"""A first-character guard for searched regexes (speed only; the matches are the same): the figure stage's, the
cue shapes of claims and the cue and subject searches of quotes and claims.

``re`` tries every alternative of a pattern at every position of a sentence; a lexicon of cue phrases
("deni(ed|es)|refut...|called ...") is a long alternation, so a search fails slowly at each of the many
positions where no phrase can start.  :func:`guarded` puts a lookahead on the characters a match can begin
with in front of the pattern: most positions then fail on one character class.  A match of the guarded
pattern starts where, and is what, the pattern's own match is (the lookahead consumes nothing, holds no
group, and only rules out positions where no match can start); a pattern whose first character cannot be
read from its parse (``\\w``, a negated class, a pattern that may match the empty string) is returned unchanged.
A leading part that may be absent ("(?:[A-Z]\\w*\\s+){0,3}[A-Z]", "(?:the\\s+)?report", "(?:^|(?<=\\n))In") adds its
first characters to those of what follows it.
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


def _first_chars(items, flags: int, icase: list) -> tuple[Optional[set[str]], bool]:
    """The characters a match of the parsed sequence ``items`` can start with (None when any, or unknown), and
    whether the sequence may match the empty string.  ``icase`` collects whether a case-insensitive part was read."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _C.LITERAL:
            return out | _cased({chr(av)}, flags, icase), False
        if op is _C.IN:
            klass: set[str] = set()
            for kind, val in av:
                if kind is _C.LITERAL:
                    klass.add(chr(val))
                elif kind is _C.RANGE and val[1] - val[0] < _MAX_CHARS:
                    klass.update(chr(c) for c in range(val[0], val[1] + 1))
                else:
                    return None, False     # a negated class, a category (\w, \d, \s) or a wide range
            return out | _cased(klass, flags, icase), False
        if op is _C.SUBPATTERN:
            _group, add, remove, sub = av
            chars, empty = _first_chars(list(sub), (flags | add) & ~remove, icase)
        elif op is _C.BRANCH:
            chars, empty = set(), False
            for alt in av[1]:
                alt_chars, alt_empty = _first_chars(list(alt), flags, icase)
                if alt_chars is None:
                    return None, False
                chars |= alt_chars
                empty = empty or alt_empty
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            chars, empty = _first_chars(list(av[2]), flags, icase)
            empty = empty or av[0] == 0
        else:
            return None, False
        if chars is None:
            return None, False
        out |= chars
        if not empty:             # a part that is always there: nothing after it can start the match
            return out, False
    return out, True              # every part may be absent (or the part is a lookaround, "^", "\\b")


def guarded(rx: re.Pattern) -> re.Pattern:
    """``rx`` with a lookahead on its possible first characters (module docstring); ``rx`` itself when
    they cannot be read or are too many."""
    icase: list = []
    try:
        items = list(_P.parse(rx.pattern, rx.flags))
        if items and items[0][0] in (_C.LITERAL, _C.IN):
            return rx      # ``re`` itself skips to the first character (",\\s+per" would be 25 times slower guarded)
        chars, empty = _first_chars(items, rx.flags, icase)
    except Exception:      # pragma: no cover - a parser of another Python version
        return rx
    if empty or not chars or len(chars) > _MAX_CHARS:
        return rx
    lead = _GLOBAL_FLAGS_RE.match(rx.pattern)
    head, body = (lead.group(0), rx.pattern[lead.end():]) if lead else ("", rx.pattern)
    end = "\n)" if rx.flags & re.VERBOSE else ")"     # a trailing comment of a verbose pattern must not eat the ")"
    klass = "".join(re.escape(ch) for ch in sorted(chars))
    guard = f"(?i:[{klass}])" if icase else f"[{klass}]"
    return re.compile(f"{head}(?={guard})(?:{body}{end}", rx.flags)
