"""Codebook patterns: ``{TERM}`` references expanded, runaway patterns refused, and every match under a time budget.

A pattern from a codebook is untrusted code for the regular-expression engine.  Two guards:

1. **Refused before running**: a repetition without bound inside another repetition without
   bound (``(a+)+$``, ``(\\w*)*``, ``(x+|y)+``) can backtrack for longer than the universe on
   one long line.  :func:`nested_repetition` finds it in the parsed pattern; the codebook is
   refused with an error naming the theme and the pattern.
2. **Stopped while running**: other patterns can still be slow (``(a|aa)+$``), so every
   search runs through the ``regex`` module with ``timeout=MATCH_TIMEOUT``.  A search that
   runs out raises :class:`PatternTimeout`; the views leave that theme out, report it, and
   go on.  ``regex`` checks for signals while it matches, so Ctrl-C stops a search at once
   (the ``re`` module ignores it until the search ends).
"""
from __future__ import annotations

import re
import time
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import regex

from .codebook_file import EXCERPT_CHARS, codebook_error, excerpt

try:                                  # the parser behind ``re`` (Python 3.11+), for reading a pattern's structure
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:                   # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

# One search of one pattern in one sentence.  The package's codebook takes 0.02 ms (median) per
# search on the seeds, 10 ms at worst on a loaded machine; a second leaves a hundredfold margin
# and still stops a runaway pattern quickly (``regex`` may overrun it by a second or two).
MATCH_TIMEOUT = 1.0
MAX_PATTERN_CHARS = 10_000   # one pattern with its {TERMS} filled in; the package's longest is 413

TERM_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
FLAGS = regex.IGNORECASE | regex.VERSION0   # VERSION0: the syntax and behaviour of Python's ``re``


class PatternTimeout(Exception):
    """A codebook pattern ran past its time budget.

    ``owner`` is ``("theme", name)`` or ``("markers", list name)``: what is left out.
    """

    def __init__(self, owner: tuple[str, str], where: str, problem: str):
        super().__init__(f"{where}: {problem}")
        self.owner, self.where, self.problem = owner, where, problem
        self.article_id, self.sentence_id = "", -1      # where it happened, once known


class CodebookWarning(UserWarning):
    """Part of a codebook was left out of the views (its patterns ran out of time)."""


class TimedPattern:
    """A compiled codebook pattern whose every search stops after ``MATCH_TIMEOUT`` seconds.

    ``where`` names the pattern's place in the codebook ("theme 'labour' patterns",
    "markers.hedges"), for the report when it runs out of time.
    """

    __slots__ = ("compiled", "owner", "where", "parts", "required", "starts")

    def __init__(self, compiled: regex.Pattern, owner: tuple[str, str], where: str,
                 parts: tuple[tuple[str, str], ...], required: Optional[tuple[str, ...]] = None,
                 starts: Optional[tuple[str, ...]] = None):
        self.compiled, self.owner, self.where = compiled, owner, where
        self.parts = parts            # (pattern as written, as expanded), to name the slow one
        # strings one of which every match contains (see :func:`required_literals`): a text with none of
        # them skips the search; None: every text is searched
        self.required = required
        # strings one of which every match begins with, after a non-word character or the text's start
        # (see :func:`required_starts`), each written after a space as :func:`word_fold` reads the text
        self.starts = starts

    def __repr__(self) -> str:
        return f"TimedPattern({self.where!r})"

    def _timed(self, method, *args):
        try:
            return method(*args, timeout=MATCH_TIMEOUT)
        except TimeoutError:
            raise self._timeout(args[0]) from None

    def _timeout(self, text: str) -> PatternTimeout:
        """The timeout, naming the first of the alternatives that is slow on ``text`` alone."""
        slow = " | ".join(written for written, _ in self.parts)
        for written, expanded in self.parts if len(self.parts) > 1 else ():
            try:
                regex.search(expanded, text, FLAGS, timeout=MATCH_TIMEOUT)
            except TimeoutError:
                slow = written
                break
        return PatternTimeout(self.owner, self.where,
                              f"pattern {excerpt(slow)} took more than {MATCH_TIMEOUT:g} s on one sentence")

    def search(self, text: str, pos: int = 0) -> Optional[regex.Match]:
        if not may_match(self.required, text, self.starts):
            return None
        return self._timed(self.compiled.search, text, pos)

    def match(self, text: str, pos: int = 0) -> Optional[regex.Match]:
        if not may_match(self.required, text, self.starts):
            return None
        return self._timed(self.compiled.match, text, pos)

    def finditer(self, text: str) -> list[regex.Match]:
        """Every match, as a list: the time budget applies to each step of the scan."""
        if not may_match(self.required, text, self.starts):
            return []
        matches = []
        scan = self.compiled.finditer(text, timeout=MATCH_TIMEOUT)
        try:
            for m in scan:
                matches.append(m)
        except TimeoutError:
            raise self._timeout(text) from None
        return matches


# ---------------------------------------------------------------------------------------------
# The prefilter: words a match cannot do without.
#
# From a pattern's parse we derive a set of literal strings such that every match contains at least
# one of them (``[“allian”, “ally”, “allied with”]`` for ``allian\w+|ally|allied with``).  A text that
# contains none of them cannot match, and skips the regular-expression engine.  The derivation is
# conservative: only ASCII characters outside sets, and sets of a few ASCII characters, make literal
# strings; anything else (a class, a repetition that may be absent, a back-reference) only cuts them.
# A pattern the analyser does not fully understand gets no prefilter.

_FOLD_EXTRA = str.maketrans({"\u0131": "i", "\u0130": "i", "\u212a": "k", "\u017f": "s"})
# the non-ASCII characters that ``regex`` matches, case-insensitively, with an ASCII one (dotless ı ~ I,
# dotted İ ~ i, the Kelvin sign ~ k, the long ſ ~ s); tests/views check this against every code point
PREFILTER_CAP = 64        # most strings one part of a pattern may stand for before it counts as "anything"
PREFILTER_LENGTH = 40     # longest string kept: a longer run of literals is cut (each part is still needed)
PREFILTER_REPEAT = 8      # most copies of a repeated part written out (x{3} -> "xxx")
_PREFILTER_MAX_STRINGS = 400   # a requirement of more strings than this is no prefilter (too slow to test)
_PREFILTER_MOST = 1000          # ... nor one of more strings than this before the redundant ones are dropped


class _Unanalysable(Exception):
    pass


_folds: dict[str, str] = {}
_FOLDS_KEPT = 16


def fold(text: str) -> str:
    """``text`` as the prefilter reads it: lower case, with every character that matches an ASCII
    character case-insensitively written as that character.  The last few are remembered, as many
    patterns read the same sentence one after another."""
    folded = _folds.get(text)
    if folded is None:
        folded = text.lower() if text.isascii() else text.translate(_FOLD_EXTRA).lower()
        if len(_folds) >= _FOLDS_KEPT:
            _folds.clear()
        _folds[text] = folded
    return folded


_NON_WORD = regex.compile(r"\W", regex.VERSION0)     # the \w of the codebook's patterns (FLAGS)
_ASCII_NON_WORD = re.compile(r"[^a-z0-9_]")
_word_folds: dict[str, str] = {}


def word_fold(text: str) -> str:
    """:func:`fold` of ``text`` with every non-word character written as a space, after a space: a
    match that begins after a non-word character (or at the start) begins after a space here."""
    folded = _word_folds.get(text)
    if folded is None:
        folded = " " + fold(_NON_WORD.sub(" ", text))
        if len(_word_folds) >= _FOLDS_KEPT:
            _word_folds.clear()
        _word_folds[text] = folded
    return folded


def may_match(required: Optional[tuple[str, ...]], text, starts: Optional[tuple[str, ...]] = None) -> bool:
    """False only when ``text`` contains none of ``required`` (:func:`required_literals`), or
    begins none of its words with one of ``starts`` (:func:`required_starts`), so that the pattern
    cannot match it."""
    if type(text) is not str:
        return True
    if required is not None:
        folded = fold(text)
        for s in required:
            if s in folded:
                break
        else:
            return False
    if starts is not None:
        folded = word_fold(text)
        for s in starts:
            if s in folded:
                return True
        return False
    return True


def _best(candidates) -> Optional[frozenset]:
    best, score = None, None
    for c in candidates:
        if not c or "" in c:
            continue
        s = (min(map(len, c)), -len(c))
        if score is None or s > score:
            best, score = c, s
    return best


_NOTHING = frozenset({""})


def _product(a: frozenset, b: frozenset) -> Optional[frozenset]:
    """Every string of ``a`` followed by every string of ``b``; None when that is too many or too long."""
    if a == _NOTHING or b == _NOTHING:
        return b if a == _NOTHING else a
    if len(a) * len(b) > PREFILTER_CAP or max(map(len, a)) + max(map(len, b)) > PREFILTER_LENGTH:
        return None
    return frozenset(x + y for x in a for y in b)


def _seq_literals(items) -> tuple[Optional[frozenset], Optional[frozenset], frozenset]:
    """``(exact, required, prefixes)`` for a sequence: the strings it matches exactly (None: not a
    few), strings one of which each of its matches contains (None: nothing known), and strings one
    of which each of its matches begins with (``{""}``: nothing known)."""
    candidates, cur, whole, prefixes = [], _NOTHING, True, None
    for op, av in items:
        exact, required, starts = _node_literals(op, av)
        if exact is not None:
            joined = _product(cur, exact)
            if joined is not None:
                cur = joined
                continue
            candidates.append(cur)
            if prefixes is None:
                prefixes = cur
            cur, whole = exact, False
            continue
        joined = _product(cur, starts)
        candidates.append(cur if joined is None else joined)
        candidates.append(required)
        if prefixes is None:
            prefixes = cur if joined is None else joined
        cur, whole = _NOTHING, False
    candidates.append(cur)
    return (cur if whole else None), _best(candidates), (cur if prefixes is None else prefixes)


def _node_literals(op, av) -> tuple[Optional[frozenset], Optional[frozenset], frozenset]:
    if op is _sre.LITERAL:
        if av == ord("{"):
            # a brace ``re`` reads as a literal may be a ``regex`` fuzzy constraint ("(?:ally){e<=1}"
            # matches "alla"): no strings derived from a pattern with one
            raise _Unanalysable
        ch = chr(av)
        if ch.isascii():
            return frozenset({ch.lower()}), frozenset({ch.lower()}), frozenset({ch.lower()})
        return None, None, _NOTHING
    if op in (_sre.NOT_LITERAL, _sre.ANY, _sre.CATEGORY, _sre.GROUPREF, _sre.GROUPREF_EXISTS):
        return None, None, _NOTHING
    if op is _sre.IN:
        chars = set()
        for kind, value in av:
            if kind is _sre.LITERAL and value < 128:
                chars.add(chr(value).lower())
            elif kind is _sre.RANGE and value[1] < 128 and value[1] - value[0] < PREFILTER_CAP:
                chars.update(chr(v).lower() for v in range(value[0], value[1] + 1))
            else:
                return None, None, _NOTHING
            if len(chars) > PREFILTER_CAP:
                return None, None, _NOTHING
        if not chars:
            return None, None, _NOTHING
        chars = frozenset(chars)
        return chars, chars, chars
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return _NOTHING, None, _NOTHING          # zero width: matches nothing, needs nothing known
    if op is _sre.SUBPATTERN:
        if av[1] & _sre.SRE_FLAG_VERBOSE:
            raise _Unanalysable
        return _seq_literals(av[-1])
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _seq_literals(av)
    if op is _sre.BRANCH:
        exacts, required, prefixes = set(), set(), set()
        for alternative in av[1]:
            exact, req, starts = _seq_literals(alternative)
            if exacts is not None:
                exacts = None if exact is None or len(exacts) + len(exact) > PREFILTER_CAP else exacts | exact
            if required is not None:
                required = None if req is None or len(required) + len(req) > _PREFILTER_MOST else required | req
            if prefixes is not None:
                prefixes = None if len(prefixes) + len(starts) > _PREFILTER_MOST else prefixes | starts
        return (frozenset(exacts) if exacts is not None else None), (frozenset(required) if required else None), \
            (frozenset(prefixes) if prefixes is not None else _NOTHING)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
        low, high, body = av
        exact, required, starts = _seq_literals(body)
        if exact is not None and low == 0 and high == 1:
            return exact | _NOTHING, None, exact | _NOTHING
        if exact is not None and low == high and low <= PREFILTER_REPEAT:
            strings = _NOTHING
            for _ in range(low):
                strings = _product(strings, exact)
                if strings is None:
                    break
            else:
                return strings, _best([strings]), strings
        if low == 0:
            return None, None, _NOTHING
        return None, _best([required, exact]), starts
    raise _Unanalysable


@lru_cache(maxsize=8)      # required_literals and required_starts of one pattern share one parse
def _parsed_literals(source: str):
    """``(exact, required, prefixes, items)`` of ``source`` as a whole (``items``: its parse), or None when it
    cannot be analysed."""
    if re.search(r"\[[:=.]|\(\?[a-zA-Z-]*x", source):
        return None     # a POSIX class ([[:alpha:]], which ``regex`` reads and ``re`` does not) or verbose mode
    try:
        parsed = _sre_parse.parse(source, re.IGNORECASE)
        if parsed.state.flags & _sre.SRE_FLAG_VERBOSE:
            return None
        return (*_seq_literals(parsed), list(parsed))
    except (_Unanalysable, re.error, OverflowError, RecursionError):
        return None


BOUNDED_START = "(?<!\\w)(?:"      # how :func:`_bounded` and :func:`compile_patterns` begin every pattern


def _after_non_word(items) -> bool:
    """The parsed pattern ``items`` begins with ``(?<!\\w)``, for the whole pattern (no alternative beside it)."""
    if not items or items[0][0] is not _sre.ASSERT_NOT:
        return False
    direction, body = items[0][1]
    body = list(body)
    return direction == -1 and len(body) == 1 and body[0][0] is _sre.IN and \
        list(body[0][1]) == [(_sre.CATEGORY, _sre.CATEGORY_WORD)]


def required_starts(source: str) -> Optional[tuple[str, ...]]:
    r"""For a pattern that begins with ``(?<!\w)`` (as :func:`compile_patterns` builds every one): strings
    one of which every match begins with, written as :func:`word_fold` writes the text and after a space
    (the non-word character or the start before the match); None when there are none to be sure of.

    >>> required_starts(r"(?<!\w)(?:ally|allian\w+)(?!\w)")
    (' ally', ' allian')
    """
    if not source.startswith(BOUNDED_START):
        return None
    found = _parsed_literals(source)
    if found is None or not _after_non_word(found[3]):
        return None
    starts = found[2]
    if not starts or "" in starts:
        return None
    kept: list[str] = []
    for s in sorted({_ASCII_NON_WORD.sub(" ", s) for s in starts}, key=lambda s: (len(s), s)):
        if not any(s.startswith(k) for k in kept):     # "ally" begins wherever "allyship" does
            kept.append(s)
    if len(kept) > _PREFILTER_MAX_STRINGS:
        return None
    return tuple(" " + s for s in kept)


def required_literals(source: str) -> Optional[tuple[str, ...]]:
    r"""Lower-case strings one of which every match of ``source`` (compiled with :data:`FLAGS`)
    contains, as :func:`fold` writes the text; None when there are none to be sure of.

    >>> required_literals(r"allian\w+|ally|allied with")
    ('allian', 'ally')
    >>> required_literals(r"\w+ (?:for)?")       # nothing every match needs
    """
    found = _parsed_literals(source)
    if found is None:
        return None
    required = found[1]
    if not required or "" in required:
        return None
    # a string that contains another one of the set adds nothing: the shorter is there whenever it is
    kept: list[str] = []
    for s in sorted(required, key=lambda s: (len(s), s)):
        if not any(k in s for k in kept):
            kept.append(s)
    if len(kept) > _PREFILTER_MAX_STRINGS:
        return None
    return tuple(kept)


def nested_repetition(pattern: str) -> bool:
    """True when ``pattern`` repeats, without bound, something that itself repeats without bound.

    Atomic groups and possessive repetitions do not backtrack, so they are allowed.

    >>> nested_repetition(r"(a+)+$"), nested_repetition(r"(x+|y)+"), nested_repetition(r"(?:\\w+ ){0,3}")
    (True, True, False)
    """
    return _nested(_sre_parse.parse(pattern), False)


def _nested(items, inside_unbounded: bool) -> bool:
    for op, av in items:
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, high, body = av
            unbounded = high == _sre.MAXREPEAT
            if unbounded and inside_unbounded:
                return True
            if _nested(body, inside_unbounded or unbounded):
                return True
        elif op is getattr(_sre, "POSSESSIVE_REPEAT", None):
            if _nested(av[2], inside_unbounded):
                return True
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            if _nested(av, False):
                return True
        elif op is _sre.SUBPATTERN:
            if _nested(av[-1], inside_unbounded):
                return True
        elif op is _sre.BRANCH:
            if any(_nested(alternative, inside_unbounded) for alternative in av[1]):
                return True
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if _nested(av[1], inside_unbounded):
                return True
        elif op is _sre.GROUPREF_EXISTS:
            if any(branch is not None and _nested(branch, inside_unbounded) for branch in av[1:]):
                return True
    return False


def expand_terms(path: Path, where: str, pattern: str, terms: dict[str, str]) -> str:
    """``pattern`` with each ``{TERM}`` replaced by its definition under ``terms``.

    Terms that use terms could otherwise grow like YAML aliases ("{B}" ten times in C, "{A}"
    ten times in B...), so the expanded size is checked before anything is built.
    """
    size = len(pattern)
    for m in TERM_REF.finditer(pattern):
        if m.group(1) not in terms:
            raise codebook_error(path, f"{where}: pattern {excerpt(pattern)} uses {{{m.group(1)[:EXCERPT_CHARS]}}}, "
                                       "which is not defined under 'terms'")
        size += len(terms[m.group(1)]) - len(m.group())
    if size > MAX_PATTERN_CHARS:
        raise codebook_error(path, f"{where}: pattern {excerpt(pattern)} is {size:,} characters long once its "
                                   f"{{TERMS}} are filled in (at most {MAX_PATTERN_CHARS:,})")
    return TERM_REF.sub(lambda m: terms[m.group(1)], pattern)


def check_pattern(path: Path, where: str, pattern: str, expanded: str) -> None:
    """Refuse a pattern that is not a regular expression, or that can backtrack without end."""
    try:
        _sre_parse.parse(expanded)
    except (re.error, OverflowError, RecursionError) as exc:
        raise codebook_error(path, f"{where}: pattern {excerpt(pattern)} is not a valid regular expression "
                                   f"({excerpt(str(exc))[1:-1]})") from None
    if nested_repetition(expanded):
        via = "" if expanded == pattern else " (once its {TERMS} are filled in)"
        raise codebook_error(path, f"{where}: pattern {excerpt(pattern)} repeats without bound something that "
                                   f"itself repeats without bound{via}, which can take exponential time",
                             "bound one of the two repetitions, e.g. (?:\\w+ ){0,3} or [^.;]{0,40}")


def _bounded(patterns: Iterable[str]) -> str:
    """One alternation of ``patterns``, anchored on word boundaries at both ends."""
    return r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)"


def compile_patterns(path: Path, where: str, patterns: tuple[str, ...], terms: dict[str, str],
                     *, owner: tuple[str, str], named: Optional[list[tuple[str, tuple[str, ...]]]] = None
                     ) -> TimedPattern:
    """Expand, check and compile ``patterns`` into one timed alternation.

    ``owner`` is what a timeout leaves out: ``("theme", name)`` or ``("markers", list name)``.

    With ``named`` (the positions: label -> patterns), each label becomes a named group
    ``p0``, ``p1``... so that one scan finds every label in a sentence.
    """
    expanded = []
    for pattern in patterns:
        text = expand_terms(path, where, pattern, terms)
        check_pattern(path, where, pattern, text)
        expanded.append(text)
    if named is None:
        source = _bounded(expanded)
    else:
        groups, i = [], 0
        for index, (_, label_patterns) in enumerate(named):
            n = len(label_patterns)
            groups.append(f"(?P<p{index}>" + "|".join(f"(?:{p})" for p in expanded[i:i + n]) + ")")
            i += n
        source = r"(?<!\w)(?:" + "|".join(groups) + r")(?!\w)"
    try:
        compiled = regex.compile(source, FLAGS)
    except (regex.error, OverflowError, RecursionError):
        for pattern, text in zip(patterns, expanded):   # which one: compiled alone only now, as it is slow
            try:
                regex.compile(text, FLAGS)
            except (regex.error, OverflowError, RecursionError) as exc:
                raise codebook_error(path, f"{where}: pattern {excerpt(pattern)} is not a valid regular expression "
                                           f"({excerpt(str(exc))[1:-1]})") from None
        raise
    return TimedPattern(compiled, owner, where, tuple(zip(patterns, expanded)), required_literals(source),
                        required_starts(source))


# What a theme may spend in all on one corpus: a floor, plus a share per sentence.  The package's
# codebook spends 0.03 to 0.4 ms per sentence on a theme (the seeds, a loaded machine); 5 ms is
# more than ten times the worst, and still stops a pattern that is slow on every sentence.
THEME_SECONDS = 5.0
THEME_SECONDS_PER_SENTENCE = 0.005
PROBLEM_COLUMNS = ["theme", "where", "article_id", "sentence_id", "problem"]
NEVER = regex.compile(r"(?!)")


class PatternGuard:
    """The time budgets of one run over a corpus, and the record of what they stopped.

    Each search has ``MATCH_TIMEOUT`` (in :class:`TimedPattern`); each theme also has a total,
    ``THEME_SECONDS`` plus ``THEME_SECONDS_PER_SENTENCE`` per sentence, counted by :meth:`timed`.
    """

    def __init__(self, theme_names: Iterable[str], *, n_sentences: int):
        self.budget = THEME_SECONDS + THEME_SECONDS_PER_SENTENCE * n_sentences
        self.spent = {name: 0.0 for name in theme_names}
        self.stopped: set[str] = set()
        self.problems: list[dict] = []

    def running(self, theme: str) -> bool:
        return theme not in self.stopped

    def timed(self, theme: str, read, *args):
        """``read(*args)``, its time charged to ``theme``; a :class:`PatternTimeout` once the total is spent."""
        start = time.perf_counter()
        result = read(*args)
        self.spent[theme] += time.perf_counter() - start
        if self.spent[theme] > self.budget:
            raise PatternTimeout(("theme", theme), f"theme {excerpt(theme)}",
                                 f"its patterns took more than {self.budget:.0f} s in all")
        return result

    def stop(self, timeout: PatternTimeout, article_id: str, sentence_id: int) -> TimedPattern:
        """Record and announce what ``timeout`` leaves out; for a marker list, a pattern that never matches."""
        kind, name = timeout.owner
        left_out = "the theme is left out of the views" if kind == "theme" else \
            f"the views were read without markers.{name}"
        where = f" (article {article_id}, sentence {sentence_id})" if article_id else ""
        problem = f"{timeout.problem}{where}; {left_out}"
        self.problems.append({"theme": name if kind == "theme" else "", "where": timeout.where,
                              "article_id": article_id, "sentence_id": sentence_id, "problem": problem})
        warnings.warn(f"codebook {timeout.where}: {problem}", CodebookWarning, stacklevel=2)
        if kind == "theme":
            self.stopped.add(name)
        return TimedPattern(NEVER, timeout.owner, timeout.where, ())
