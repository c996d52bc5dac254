"""Views: themes × articles, the author's own positions told apart from reported ones,
contrasts, disagreements between articles, and each author's distinctive vocabulary.

Everything here works from the tables :func:`analysis.extract` returns (sentences, quotes,
claims, articles) and a theme codebook (``analysis/lexicons/themes.yml`` by default), so a
view always points back to the sentence span it came from.

How a sentence gets a position, in order:

1. the sentence belongs to a theme when one of the theme's ``patterns`` matches (and one of
   its ``requires`` patterns, when the theme has them);
2. the theme's position labels are matched; a label inside an ``ignore`` span (a treaty's
   name, a word quoted as a word) does not count, and a label just after a negator
   ("not an alliance", "than a formal alliance") is *rejected*, not held;
3. contrasts decide between labels: "X rather than Y", "not X but Y", "more likely X than Y",
   "X, not Y", "X instead of Y" prefer X; a concession ("Although Y, X", "Y, but X",
   "X, even though Y") makes X the main point without denying Y;
4. otherwise the first label in codebook order wins (positions are listed most specific first).

A sentence is *attributed* (a reported position, with its holder) when it overlaps a claim
whose cue is a verb of saying or thinking, or a quote that has a speaker, or holds a
reporting verb with a third-party subject ("Chinese analysts argue"), an agentless report
("it is argued that", "is deemed to be", "there are concerns"), "according to X", or ends in
a footnote marker (a cited statement).  A pronoun holder ("They note", "According to him")
takes the last holder named in the paragraph, or in the one before; an agentless report takes
the last holder named in the same paragraph.  First-person thinking ("I think") is always the
author's own.

An article's position on a theme is the weighted vote of its own sentences (hedged 0.5,
asserted 1, boosted 1.5; ×2 for the preferred side of a contrast; ×1.5 in a paragraph that
opens "In conclusion"; ×0.25 for a sentence about the past), or the vote of the positions it
reports when the author takes none, or only in passing (own weight under a third of the
reported).  The weights are constants below, so a reader can see and change them.

>>> from analysis import load_corpus, extract
>>> tables = extract(load_corpus("seeds"))              # doctest: +SKIP
>>> positions = article_positions(tables)               # doctest: +SKIP
>>> positions.loc[positions.theme == "relationship framing", ["article_id", "position"]]  # doctest: +SKIP
"""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Iterable, NamedTuple, Optional

import pandas as pd

from . import config
from .errors import CodebookError
from .lexicons import load_list
from .text import FOOTNOTE

# --------------------------------------------------------------------------- weights
CERTAINTY_WEIGHT = {"hedged": 0.5, "asserted": 1.0, "boosted": 1.5}
CONTRAST_WEIGHT = 2.0       # an explicit "X rather than Y" is a considered judgment
CONCLUSION_WEIGHT = 1.5
HISTORICAL_WEIGHT = 0.25    # recaps of the Soviet era are context, not the writer's view of today
MIN_SCORE = 0.5             # below this (one historical aside) an article takes no position
OWN_SHARE = 1 / 3           # own sentences weighing less than this share of the reported ones: a survey of others

THEME_SENTENCE_COLUMNS = [
    "article_id", "sentence_id", "theme", "start", "end", "text", "matched", "position",
    "position_text", "position_start", "position_end", "rejected", "contrast", "concession", "holder",
    "attributed", "certainty", "hedge", "booster", "historical", "weight",
]
POSITION_COLUMNS = [
    "theme", "article_id", "position", "stance", "holder", "certainty", "score", "n_sentences",
    "n_own", "n_reported", "verdict", "other_positions", "evidence_text", "evidence_start",
    "evidence_end", "evidence_kind", "evidence_sentence_id",
]
DISAGREEMENT_COLUMNS = [
    "theme",
    "position_a", "article_a", "stance_a", "holder_a", "evidence_a", "evidence_a_start", "evidence_a_end",
    "articles_a",
    "position_b", "article_b", "stance_b", "holder_b", "evidence_b", "evidence_b_start", "evidence_b_end",
    "articles_b",
]
SHIFT_COLUMNS = ["theme", "published", "article_id", "position", "stance", "holder", "certainty", "changed"]
TERM_COLUMNS = ["article_id", "term", "log_odds_z", "count", "rest_count"]


# =========================================================================== codebook
_THEME_KEYS = {"description", "patterns", "requires", "positions", "ignore"}
_TOP_KEYS = {"name", "terms", "markers", "themes"}
MARKER_KEYS = ("hedges", "boosters", "reporting_verbs", "passive_reporting", "first_person",
               "negators", "historical", "revival", "conclusion")
_TERM_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def _bounded(patterns: Iterable[str]) -> str:
    """One alternation of ``patterns``, anchored on word boundaries at both ends."""
    return r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)"


@dataclass(frozen=True)
class Theme:
    """One theme of a codebook: what it is about, when a sentence belongs to it, its positions."""

    name: str
    description: str
    patterns: tuple[str, ...]
    positions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    ignore: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    relevance: re.Pattern = field(default=None, repr=False, compare=False)
    anchor: Optional[re.Pattern] = field(default=None, repr=False, compare=False)
    labeller: Optional[re.Pattern] = field(default=None, repr=False, compare=False)
    ignorer: Optional[re.Pattern] = field(default=None, repr=False, compare=False)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(label for label, _ in self.positions)

    def match(self, text: str) -> Optional[re.Match]:
        """The first pattern match when ``text`` belongs to this theme, else None."""
        m = self.relevance.search(text)
        if m is not None and self.anchor is not None and self.anchor.search(text) is None:
            return None
        return m


@dataclass(frozen=True)
class Codebook:
    """Themes plus the marker lists (hedges, boosters, reporting cues...) the views use."""

    path: Path
    name: str
    themes: tuple[Theme, ...]
    markers: dict = field(repr=False, compare=False, default_factory=dict)

    def __getitem__(self, name: str) -> Theme:
        for theme in self.themes:
            if theme.name == name:
                return theme
        raise KeyError(name)

    @property
    def theme_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.themes)


def _fail(path: Path, problem: str) -> CodebookError:
    return CodebookError(f"{path}: {problem}; fix the theme codebook (see analysis/lexicons/themes.yml for the format)")


def _string_list(path: Path, where: str, value) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise _fail(path, f"{where} must be a non-empty list of patterns")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise _fail(path, f"{where} holds {item!r}, which is not a pattern (a non-empty string)")
    return tuple(value)


def _compile(path: Path, where: str, patterns: tuple[str, ...], terms: dict[str, str],
             *, named: Optional[list[tuple[str, tuple[str, ...]]]] = None) -> re.Pattern:
    """Expand ``{TERM}`` references and compile, naming the faulty pattern on error."""
    def expand(pattern: str) -> str:
        def sub(m: re.Match) -> str:
            if m.group(1) not in terms:
                raise _fail(path, f"{where}: pattern {pattern!r} uses {{{m.group(1)}}}, which is not defined under 'terms'")
            return terms[m.group(1)]
        return _TERM_REF.sub(sub, pattern)

    expanded = []
    for pattern in patterns:
        text = expand(pattern)
        try:
            re.compile(text)
        except re.error as exc:
            raise _fail(path, f"{where}: pattern {pattern!r} is not a valid regular expression ({exc})") from None
        expanded.append(text)
    if named is None:
        return re.compile(_bounded(expanded), re.IGNORECASE)
    # Positions: one named group per label, so one scan finds every label in a sentence.
    groups, i = [], 0
    for index, (_, label_patterns) in enumerate(named):
        n = len(label_patterns)
        groups.append(f"(?P<p{index}>" + "|".join(f"(?:{p})" for p in expanded[i:i + n]) + ")")
        i += n
    return re.compile(r"(?<!\w)(?:" + "|".join(groups) + r")(?!\w)", re.IGNORECASE)


def _read_yaml(path: Path) -> dict:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _fail(path, "file not found") from None
    except UnicodeDecodeError as exc:
        raise _fail(path, f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise _fail(path, f"cannot read ({exc.strerror})") from None
    try:
        # libyaml's loader when the wheel has it (about ten times faster), same safe subset.
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise _fail(path, f"not valid YAML{where} ({problem})") from None
    if not isinstance(data, dict):
        raise _fail(path, "the top level must be a mapping with a 'themes' key")
    return data


def _terms(path: Path, data: dict) -> dict[str, str]:
    raw = data.get("terms") or {}
    if not isinstance(raw, dict):
        raise _fail(path, "'terms' must map NAMES to pattern fragments")
    terms: dict[str, str] = {}
    for name, value in raw.items():
        if not isinstance(name, str) or not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
            raise _fail(path, f"term name {name!r} must be upper case (letters, digits, _)")
        if not isinstance(value, str) or not value:
            raise _fail(path, f"term {name} must be a non-empty pattern string")
        # A term may use terms defined above it.
        terms[name] = _TERM_REF.sub(lambda m: terms.get(m.group(1), m.group(0)), value)
        if _TERM_REF.search(terms[name]):
            raise _fail(path, f"term {name} uses {_TERM_REF.search(terms[name]).group(0)}, which is not defined above it")
    return terms


def _markers(path: Path, data: dict, terms: dict[str, str], defaults: Optional[dict]) -> dict:
    raw = data.get("markers") or {}
    if not isinstance(raw, dict):
        raise _fail(path, "'markers' must be a mapping of marker lists")
    unknown = sorted(set(raw) - set(MARKER_KEYS))
    if unknown:
        raise _fail(path, f"unknown marker list {unknown[0]!r} (known: {', '.join(MARKER_KEYS)})")
    markers = {}
    for key in MARKER_KEYS:
        if key in raw:
            patterns = _string_list(path, f"markers.{key}", raw[key])
            markers[key] = _compile(path, f"markers.{key}", patterns, terms)
        elif defaults is not None:
            markers[key] = defaults[key]
        else:
            raise _fail(path, f"markers.{key} is missing")
    return markers


def _theme(path: Path, name, spec, terms: dict[str, str]) -> Theme:
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, f"theme name {name!r} must be a non-empty string")
    where = f"theme {name!r}"
    if not isinstance(spec, dict):
        raise _fail(path, f"{where} must be a mapping with 'description' and 'patterns'")
    unknown = sorted(set(spec) - _THEME_KEYS)
    if unknown:
        raise _fail(path, f"{where} has an unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_THEME_KEYS))})")
    description = spec.get("description")
    if not isinstance(description, str) or not description.strip():
        raise _fail(path, f"{where} needs a 'description' (one or two sentences)")
    if "patterns" not in spec:
        raise _fail(path, f"{where} needs 'patterns' (a list of regular expressions)")
    patterns = _string_list(path, f"{where} patterns", spec["patterns"])
    relevance = _compile(path, f"{where} patterns", patterns, terms)
    positions: list[tuple[str, tuple[str, ...]]] = []
    raw_positions = spec.get("positions") or {}
    if not isinstance(raw_positions, dict):
        raise _fail(path, f"{where} 'positions' must map each label to a list of patterns")
    for label, label_patterns in raw_positions.items():
        if not isinstance(label, str) or not label.strip():
            raise _fail(path, f"{where} has a position label {label!r} that is not a string")
        positions.append((label.strip(), _string_list(path, f"{where} position {label!r}", label_patterns)))
    labeller = None
    if positions:
        flat = tuple(p for _, ps in positions for p in ps)
        labeller = _compile(path, f"{where} positions", flat, terms, named=positions)
    requires, anchor = (), None
    if spec.get("requires") is not None:
        requires = _string_list(path, f"{where} requires", spec["requires"])
        anchor = _compile(path, f"{where} requires", requires, terms)
    ignore = ()
    ignorer = None
    if spec.get("ignore") is not None:
        ignore = _string_list(path, f"{where} ignore", spec["ignore"])
        ignorer = _compile(path, f"{where} ignore", ignore, terms)
    return Theme(name.strip(), " ".join(description.split()), patterns, tuple(positions), ignore,
                 requires, relevance, anchor, labeller, ignorer)


def _parse_codebook(path: Path, *, defaults: Optional[dict]) -> Codebook:
    data = _read_yaml(path)
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise _fail(path, f"unknown top-level key {unknown[0]!r} (allowed: {', '.join(sorted(_TOP_KEYS))})")
    themes_raw = data.get("themes")
    if not isinstance(themes_raw, dict) or not themes_raw:
        raise _fail(path, "'themes' must be a non-empty mapping of theme name -> description, patterns, positions")
    terms = _terms(path, data)
    markers = _markers(path, data, terms, defaults)
    themes = tuple(_theme(path, name, spec, terms) for name, spec in themes_raw.items())
    name = data.get("name") or path.stem
    if not isinstance(name, str):
        raise _fail(path, "'name' must be a string")
    return Codebook(path, name, themes, markers)


@lru_cache(maxsize=8)
def _cached_codebook(path: str, mtime: float) -> Codebook:
    defaults = None
    default_path = Path(config.DEFAULT_THEMES).resolve()
    if Path(path) != default_path:
        defaults = load_codebook(default_path).markers
    return _parse_codebook(Path(path), defaults=defaults)


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Read and validate a theme codebook (default: ``analysis/lexicons/themes.yml``).

    Raises :class:`~analysis.errors.CodebookError` naming the file and the problem when
    the file is missing, is not YAML, or a theme lacks a description or valid patterns.
    A user codebook may leave out ``markers``; the package's lists are used instead.

    >>> book = load_codebook()
    >>> book["relationship framing"].labels[:3]
    ('quasi-alliance', 'alliance', 'strategic alignment')
    """
    path = Path(path) if path is not None else Path(config.DEFAULT_THEMES)
    resolved = path.resolve()
    try:
        mtime = resolved.stat().st_mtime
    except OSError:
        raise _fail(path, "file not found") from None
    if resolved.is_dir():
        raise _fail(path, "is a folder, not a YAML file")
    return _cached_codebook(str(resolved), mtime)


# =========================================================================== contrasts
class Contrast(NamedTuple):
    """A contrast in a sentence: the phrase preferred, the phrase set aside, and the cue."""

    preferred: str
    rejected: str
    cue: str


@dataclass(frozen=True)
class _Span:
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

_CONTRAST_PATTERNS = [
    # "not X but (rather) Y", "not X, but Y" — not "not only X but also Y"
    ("not-but", re.compile(
        r"\bnot\s+(?!only\b|just\b|merely\b|simply\b|least\b|so\s+much\b)(?P<rej>[^,;:.!?]{1,80}?)\s*,?\s+but\s+(?:rather\s+)?(?!also\b)(?=\w)",
        re.I)),
    ("not so much-as", re.compile(r"\bnot\s+so\s+much\s+(?P<rej>[^,;:.!?]{1,60}?)\s+as\s+(?=\w)", re.I)),
    # "more likely (that ...) X than Y", "closer to X than (to) Y"
    ("more-than", re.compile(
        r"\b(?P<cue>(?:more|rather)\s+(?:likely|probabl[ey]|plausibl[ey]|accurately|aptly|apt|realistic(?:ally)?)|better\s+(?:described|understood|seen)|closer\s+to)\b"
        r"(?P<mid>[^;:.!?]{1,120}?)\s+than\s+(?:to\s+)?(?=\w)", re.I)),
    ("less-than", re.compile(
        r"\bless\s+(?!than\b|likely\b|probabl|plausibl)(?P<rej>(?:of\s+)?(?:an?\s+|the\s+)?[^,;:.!?]{1,60}?)\s+than\s+(?:to\s+)?(?=\w)", re.I)),
    ("rather-than", re.compile(r"\b(?P<cue>rather\s+than|instead\s+of|as\s+opposed\s+to|in\s+place\s+of)\b\s*", re.I)),
    ("comma-not", re.compile(
        r",\s+(?:and\s+)?not\s+(?!only\b|least\b|just\b|merely\b|necessarily\b|to\b|because\b|surprisingly\b|even\b|always\b|all\b|yet\b)(?P<rej>[^,;:.!?]{1,60}?)(?=\s*(?:[,;:.!?]|$))",
        re.I)),
]
_CONCESSIVE = re.compile(
    r"\b(?P<cue>even\s+though|although|though|even\s+if|even\s+with|despite|in\s+spite\s+of|notwithstanding|whereas"
    r"|while\s+(?:acknowledging|admitting|conceding|recogni[sz]ing|accepting|noting)|while(?!\s+\w+ing\b)|albeit)\b",
    re.I)
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


def _find_spans(text: str) -> list[_Span]:
    """Contrasts and concessions in one sentence, in order of their cue.

    A "sentence" longer than ``LONG_SENTENCE`` characters is a run-on line (a table, a
    paste without stops); its contrasts are not read, which keeps the cost linear.
    """
    spans: list[_Span] = []
    if len(text) > LONG_SENTENCE:
        return spans
    taken: list[tuple[int, int]] = []

    def add(kind: str, cue: str, preferred: tuple[int, int], other: tuple[int, int], cue_span: tuple[int, int]) -> None:
        if preferred[1] <= preferred[0] or other[1] <= other[0]:
            return
        if any(a < cue_span[1] and cue_span[0] < b for a, b in taken):
            return
        taken.append(cue_span)
        spans.append(_Span(kind, cue, preferred, other))

    for name, pattern in _CONTRAST_PATTERNS:
        for m in pattern.finditer(text):
            if name in ("not-but", "not so much-as"):
                add("contrast", "not … but" if name == "not-but" else "not so much … as",
                    _words_fwd(text, m.end(), len(text)), m.span("rej"), m.span())
            elif name == "more-than":
                mid = m.group("mid")
                if re.search(r"\brather$", mid.strip(), re.I):
                    continue  # "... rather than": the rather-than rule reads it
                mid_end = m.start("mid") + len(mid.rstrip())
                cue = " ".join(m.group("cue").lower().split()) + " … than"
                preferred = _words_back(text, mid_end, m.start("mid"))
                add("contrast", cue, preferred, _words_fwd(text, m.end(), len(text)), m.span())
            elif name == "less-than":
                add("contrast", "less … than", _words_fwd(text, m.end(), len(text)), m.span("rej"), m.span())
            elif name == "rather-than":
                cue = " ".join(m.group("cue").lower().split())
                if _clause_initial(text, m.start()):
                    # "Instead of X, Y": the set-aside phrase comes first.
                    comma = text.find(",", m.end(), _clause_end(text, m.end()))
                    if comma < 0:
                        continue
                    after = comma + 1
                    while after < len(text) and text[after].isspace():
                        after += 1
                    add("contrast", cue, _words_fwd(text, after, len(text)), (m.end(), comma), m.span())
                else:
                    add("contrast", cue, _words_back(text, m.start(), 0), _words_fwd(text, m.end(), len(text)), m.span())
            elif name == "comma-not":
                add("contrast", ", not", _words_back(text, m.start(), 0), m.span("rej"), m.span())

    for m in _CONCESSIVE.finditer(text):
        cue = " ".join(m.group("cue").lower().split())
        end = _clause_end(text, m.end())
        comma = text.find(",", m.end(), end)
        if _clause_initial(text, m.start()) and comma > 0:
            # "Although Y, X": the conceded part runs to the comma, the main clause follows.
            main_start = comma + 1
            while main_start < len(text) and text[main_start].isspace():
                main_start += 1
            add("concession", cue, (main_start, end), (m.start(), comma), m.span())
        elif text[:m.start()].strip(" ,\ufeff"):
            # "X, even though Y" / "X despite Y": the conceded part runs to the clause end.
            main_end = m.start()
            while main_end > 0 and text[main_end - 1] in " ,":
                main_end -= 1
            add("concession", cue, (0, main_end), (m.start(), end), m.span())
    for m in _BUT.finditer(text):
        if any(s.cue == "not … but" and s.other[1] <= m.start() <= s.preferred[0] for s in spans):
            continue
        end = _clause_end(text, m.end())
        add("concession", "but", (m.end(), end), (_clause_start(text, m.start()), m.start()), m.span())
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
    for span in _find_spans(text):
        if span.kind == "contrast":
            return Contrast(text[span.preferred[0]:span.preferred[1]].strip(),
                            text[span.other[0]:span.other[1]].strip(), span.cue)
    return None


# =========================================================================== one sentence
class _Label(NamedTuple):
    label: str
    rank: int
    start: int
    end: int
    text: str


class SentenceReading(NamedTuple):
    """What one sentence says on one theme."""

    position: str
    position_text: str
    position_span: tuple[int, int]   # offsets inside the sentence; (-1, -1) when no position
    rejected: tuple[str, ...]
    contrast: str                    # the cue of the contrast that chose the position, or ""
    concession: str                  # the cue of a concession that made it the main point, or ""


def _inside(span: tuple[int, int], a: int, b: int) -> bool:
    return span[0] <= a and b <= span[1] + 1


def read_position(text: str, theme: Theme, markers: dict, spans: Optional[list[_Span]] = None) -> SentenceReading:
    """The position ``text`` takes on ``theme`` (see the module docstring for the rules)."""
    if theme.labeller is None:
        return SentenceReading("", "", (-1, -1), (), "", "")
    ignored = [m.span() for m in theme.ignorer.finditer(text)] if theme.ignorer is not None else []
    found: list[_Label] = []
    for m in theme.labeller.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in ignored):
            continue
        rank = int(m.lastgroup[1:])
        found.append(_Label(theme.positions[rank][0], rank, m.start(), m.end(), m.group()))
    if not found:
        return SentenceReading("", "", (-1, -1), (), "", "")
    spans = _find_spans(text) if spans is None else spans
    negator = markers["negators"]
    held, rejected = [], []
    for lab in found:
        window = text[max(0, lab.start - 40):lab.start]
        tail = " ".join(window.split()[-4:])
        negated = bool(tail) and negator.search(tail) is not None
        if any(_inside(s.other, lab.start, lab.end) for s in spans if s.kind == "contrast") or negated:
            rejected.append(lab)
        else:
            held.append(lab)
    rejected_labels = tuple(sorted({r.label for r in rejected} - {h.label for h in held}))
    if not held:
        return SentenceReading("", "", (-1, -1), rejected_labels, "", "")
    # The preferred side of a contrast decides first, then the main clause of a concession.
    for kind in ("contrast", "concession"):
        for span in spans:
            if span.kind != kind:
                continue
            inside = [lab for lab in held if _inside(span.preferred, lab.start, lab.end)]
            if inside:
                chosen = min(inside, key=lambda lab: (lab.rank, lab.start))
                return SentenceReading(chosen.label, chosen.text, (chosen.start, chosen.end), rejected_labels,
                                       span.cue if kind == "contrast" else "", span.cue if kind == "concession" else "")
    conceded = [lab for lab in held
                if any(_inside(s.other, lab.start, lab.end) for s in spans if s.kind == "concession")]
    pool = [lab for lab in held if lab not in conceded] or held
    chosen = min(pool, key=lambda lab: (lab.rank, lab.start))
    return SentenceReading(chosen.label, chosen.text, (chosen.start, chosen.end), rejected_labels, "", "")


def label_position(text: str, *, theme: str, codebook: Optional[Codebook] = None) -> str:
    """The position label one sentence takes on ``theme``, or ``""``.

    >>> label_position("Their new bond is more likely to be a strategic alignment rather than a formal alliance.",
    ...                theme="relationship framing")
    'strategic alignment'
    """
    book = codebook or load_codebook()
    if not isinstance(text, str) or book[theme].match(text) is None:
        return ""    # the sentence is not about this theme
    return read_position(text, book[theme], book.markers).position


# =========================================================================== attribution
_SUBJECT_SKIP = frozenset("""
have has had been is are was were being also however further repeatedly recently openly long often
again already now still too generally widely publicly previously earlier once even all both largely
mostly increasingly reportedly
""".split())
_SUBJECT_STOP = frozenset("""
that which who whom whose whereas while although though because since if when as but so then thus
hence meanwhile moreover furthermore however where is are was were be been being will would can could
may might should must do does did to not why how what
""".split())
_DETERMINERS = frozenset("a an the this that these those its their his her our such any no every each".split())
# A preposition before the cue word makes it a noun ("Of note", "in a report").
_PREPOSITIONS = frozenset("of in on at for with by from about into to under than".split())
_LEADING_FILLER = re.compile(r"^(?:(?:as|the|a|an|and|but|so|while|whereas)\s+)+", re.I)
_PRONOUNS = frozenset("he she they it him them".split())
_NOUNABLE_CUES = re.compile(r"^(?:claims?|reports?|notes?|calls?|estimates?|questions?|flags?|hints?|stress|feel)$", re.I)
_ACCORDING_HOLDER = re.compile(r"\s*(?P<h>[^,;:.!?]{1,80}?)(?=\s*[,;:.!?]|\s+(?:that|which)\b|$)")
_HOLDER_LEAD = re.compile(r"^(?:the|a|an)\s+", re.I)
_FOOTNOTE_END = re.compile(FOOTNOTE.pattern + r"\s*$")
_PARTICIPLE = re.compile(r"(?:ed|said|thought|told|felt|written|wrote)$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+|also\s+|widely\s+)?$", re.I)
_HAVE_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?$", re.I)
_REDUCED_RELATIVE_AFTER = re.compile(r"\s+(?:from|by|in|on|at|for|to|with)\b", re.I)


def _collect_back(tokens: list[tuple[str, int, int]], i: int) -> tuple[int, str]:
    """Walk back from token ``i`` over a noun phrase; return (first index, the token that stopped it)."""
    j, words = i, 0
    while j >= 0:
        t = tokens[j][0]
        if t in _STOP_PUNCT or t == "." or t.lower() in _SUBJECT_STOP or words >= _MAX_PHRASE_WORDS:
            return j + 1, t
        j -= 1
        words += 1
    return 0, ""


def _subject_before(text: str, cue_start: int, cue: str) -> Optional[tuple[str, str]]:
    """The subject of a reporting verb, as ``(kind, holder)``; kind is name, pronoun or first.

    None when the cue has no usable subject (it is a noun, or the clause has no subject).
    """
    floor = max(0, cue_start - 240)
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, floor, cue_start)]
    i = len(tokens) - 1
    while i >= 0 and (tokens[i][0].lower() in _SUBJECT_SKIP or (tokens[i][0].endswith("ly") and tokens[i][0].islower())):
        i -= 1
    if i < 0 or tokens[i][0].lower() in _DETERMINERS or tokens[i][0].lower() in _PREPOSITIONS:
        return None          # "the report", "Of note": the cue word is a noun here
    if tokens[i][0] == ",":
        # An appositive or a relative clause between subject and verb:
        # "Pyotr Ilyichev, opined" / "Marat Khusnullin, who oversees ..., said".
        first, stop = _collect_back(tokens, i - 1)
        if stop.lower() in ("who", "which") and first >= 2 and tokens[first - 2][0] == ",":
            i = first - 3
        elif first <= i - 1:
            i = i - 1
        else:
            return None
        if i < 0:
            return None
    first, stop = _collect_back(tokens, i)
    if first > i or stop.lower() == "what":
        return None          # "countering what they perceive": an embedded clause
    words = [t[0] for t in tokens[first:i + 1]]
    if "I" in words or any(w.lower() in ("we", "us") and w != "US" for w in words):
        return ("first", "")
    head = words[-1].lower()
    if head in _PRONOUNS:
        return ("pronoun", words[-1])
    if head in ("this", "there", "what", "which", "one") or not any(len(w) > 1 and w[0].isalpha() for w in words):
        return None
    if _NOUNABLE_CUES.match(cue) and any(w.islower() and w.endswith("ed") for w in words):
        return None          # "supported the North Korean claim": a clause, not a subject
    holder = _tidy_holder(text[tokens[first][1]:tokens[i][2]])
    return ("name", holder) if holder else None


def _tidy_holder(holder: str) -> str:
    """ "As the Russian diplomat" -> "Russian diplomat"; "" when it cannot be a holder ("fair to", "Of")."""
    holder = _LEADING_FILLER.sub("", " ".join(str(holder).split())).strip(" ,;:")
    words = holder.split()
    if not words or words[-1].lower() in _PREPOSITIONS | _DETERMINERS | _SUBJECT_STOP:
        return ""
    if not any(len(w) > 1 and w[0].isalpha() for w in words):
        return ""
    return holder


def _sentence_subject(text: str) -> str:
    """The subject at the head of a sentence ("The Chinese Foreign Ministry has ..."), or ""."""
    tokens = [m.group() for m in _TOKEN.finditer(text, 0, min(len(text), 240))]
    if "," in tokens[:4]:
        tokens = tokens[tokens.index(",") + 1:]   # an opening connective: "However, ..."
    words = []
    for t in tokens:
        if t in _STOP_PUNCT or t == "." or t.lower() in _SUBJECT_STOP or t.lower() in _SUBJECT_SKIP:
            break
        words.append(t)
        if len(words) >= _MAX_PHRASE_WORDS:
            break
    if not words or words[-1].lower() in _PRONOUNS | {"this", "there", "it"}:
        return ""
    return _tidy_holder(" ".join(words))


def attribute_sentence(text: str, *, context: str = "", codebook=None) -> tuple[bool, str]:
    """``(attributed, holder)`` for one sentence read on its own (no claims or quotes table).

    ``context`` is the holder named earlier in the paragraph, for "They note that ...".

    >>> attribute_sentence("Chinese analysts argue that the ties will not last.")
    (True, 'Chinese analysts')
    >>> attribute_sentence("I think the ties will last.")
    (False, '')
    """
    book = _as_codebook(codebook)
    attributed, holder, _ = _attribute(text if isinstance(text, str) else "", book.markers, None, context)
    return attributed, holder if attributed else ""


def _attribute(text: str, markers: dict, overlap_holder: Optional[str], context: str,
               pronoun_context: str = "") -> tuple[bool, str, bool]:
    """``(attributed, holder, explicit)`` for one sentence; explicit holders become context.

    ``context`` is the last holder named in this paragraph; a pronoun ("They note") may also
    reach back to the previous paragraph's (``pronoun_context``).
    """
    pronoun_context = context or pronoun_context
    if markers["first_person"].search(text):
        return False, "", False
    if overlap_holder is not None:
        # A claim or spoken quote: trust its holder when it reads like one.
        if overlap_holder.strip() in ("I", "we", "We", "the author"):
            return False, "", False
        holder = _tidy_holder(overlap_holder)
        if holder.lower() in _PRONOUNS:
            return True, pronoun_context or holder, False
        if holder:
            return True, holder, True
        found, holder, explicit = _attribute_by_cues(text, markers, context, pronoun_context)
        if not overlap_holder.strip():
            # A claim without a source is still reported; look for its holder in the sentence.
            return True, (holder if found and holder else context or "unnamed source"), explicit and found
        return found, holder, explicit   # the extractor's holder is not a noun phrase: our reading stands
    return _attribute_by_cues(text, markers, context, pronoun_context)


def _attribute_by_cues(text: str, markers: dict, context: str, pronoun_context: str) -> tuple[bool, str, bool]:
    """Attribution from the sentence's own words: reporting verbs, agentless reports, footnotes."""
    for m in markers["reporting_verbs"].finditer(text):
        cue = m.group()
        if cue.lower() in ("call", "calls", "called"):
            nxt = text[m.end():m.end() + 3].lstrip()
            if nxt[:1].isupper():
                continue     # "a site called DPRK Today": naming, not reporting
        if cue.lower().endswith("ing"):
            before = text[max(0, m.start() - 12):m.start()].rstrip()
            if before.endswith(","):
                # ", asserting that ...": the participle's subject is the sentence's.
                holder = _sentence_subject(text)
                if holder:
                    return True, holder, True
                continue
            if not re.search(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?$", before + " ", re.I):
                continue     # "with the aim of asserting": not a report
        before = text[max(0, m.start() - 30):m.start()]
        if _PASSIVE_BEFORE.search(before) and _PARTICIPLE.search(cue):
            # "is argued to", "is perceived as": agentless, the subject is not the holder.
            return True, context or "unnamed source", False
        if _PARTICIPLE.search(cue) and _REDUCED_RELATIVE_AFTER.match(text, m.end()) and not _HAVE_BEFORE.search(before):
            continue     # "the threat perceived from ...": a participle modifying a noun
        subject = _subject_before(text, m.start(), cue)
        if subject is None:
            continue
        kind, holder = subject
        if kind == "first":
            return False, "", False
        if kind == "pronoun":
            return True, pronoun_context or holder, False
        return True, holder, True
    for m in markers["passive_reporting"].finditer(text):
        if m.group().lower().startswith("according to"):
            h = _ACCORDING_HOLDER.match(text, m.end())
            holder = _HOLDER_LEAD.sub("", " ".join(h.group("h").split())) if h else ""
            if not holder or holder.lower() in _PRONOUNS:
                return True, pronoun_context or holder or "unnamed source", False
            return True, holder, True
        return True, context or "unnamed source", False
    if _FOOTNOTE_END.search(text):
        return True, context or "cited source", False
    return False, "", False


# =========================================================================== tables
def _frame(tables, name: str) -> pd.DataFrame:
    """A table from a Tables object, a dict of frames, or an empty frame."""
    from .records import columns_for

    frame = tables.get(name) if isinstance(tables, dict) else getattr(tables, name, None)
    if frame is None:
        return pd.DataFrame(columns=columns_for(name))
    return frame


def _as_codebook(codebook) -> Codebook:
    return codebook if isinstance(codebook, Codebook) else load_codebook(codebook)


def _overlap_holders(sentences: pd.DataFrame, claims: pd.DataFrame, quotes: pd.DataFrame, markers: dict) -> dict:
    """``{(article_id, sentence_id): holder}`` for sentences overlapping a claim or a spoken quote.

    A claim counts when its cue is a verb of saying or thinking (or "according to"), so that
    a cue such as "finds" or "shows" does not turn the author's own sentence into a report.
    """
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for r in claims.itertuples(index=False):
        cue = _clean(getattr(r, "cue", ""))
        if cue and not (markers["reporting_verbs"].search(cue) or markers["passive_reporting"].search(cue)):
            continue
        spans[r.article_id].append((int(r.start), int(r.end), _clean(getattr(r, "source", ""))))
    for r in quotes.itertuples(index=False):
        speaker = _clean(getattr(r, "speaker", ""))
        if speaker and _clean(getattr(r, "kind", "")) != "scare":
            spans[r.article_id].append((int(r.start), int(r.end), speaker))
    out: dict = {}
    if not spans:
        return out
    for aid, group in sentences.groupby("article_id", sort=False):
        if aid not in spans:
            continue
        starts = group["start"].tolist()
        ends = group["end"].tolist()
        ids = group["sentence_id"].tolist()
        order = sorted(range(len(starts)), key=starts.__getitem__)
        starts = [starts[k] for k in order]
        ends = [ends[k] for k in order]
        ids = [ids[k] for k in order]
        for start, end, holder in sorted(spans[aid]):
            k = max(0, bisect.bisect_right(starts, start) - 1)
            while k < len(starts) and starts[k] < end:
                if ends[k] > start:
                    out.setdefault((aid, ids[k]), holder)   # the sentence's first claim or quote
                k += 1
    return out


def _clean(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _certainty(text: str, markers: dict) -> tuple[str, str, str]:
    hedges = [m.group().lower() for m in markers["hedges"].finditer(text)]
    boosters = [m.group().lower() for m in markers["boosters"].finditer(text)]
    if hedges and len(hedges) >= len(boosters):
        certainty = "hedged"
    elif boosters:
        certainty = "boosted"
    else:
        certainty = "asserted"
    return certainty, ", ".join(dict.fromkeys(hedges)), ", ".join(dict.fromkeys(boosters))


def theme_sentences(tables, codebook=None) -> pd.DataFrame:
    """Every sentence that touches a theme, with its position, holder and certainty.

    ``holder`` is ``""`` for the author's own sentences; ``attributed`` is True for a
    reported position.  ``position_start/end`` are article offsets of the words that
    carry the position; ``weight`` is the sentence's vote in :func:`article_positions`.

    >>> rows = theme_sentences(tables)                                  # doctest: +SKIP
    >>> rows[rows.theme == "military support"][["sentence_id", "position", "holder"]]  # doctest: +SKIP
    """
    book = _as_codebook(codebook)
    markers = book.markers
    sentences = _frame(tables, "sentences")
    if sentences.empty:
        return pd.DataFrame(columns=THEME_SENTENCE_COLUMNS)
    overlaps = _overlap_holders(sentences, _frame(tables, "claims"), _frame(tables, "quotes"), markers)
    rows: list[dict] = []
    ordered = sentences.sort_values(["article_id", "sentence_id"], kind="mergesort")
    if "paragraph" not in ordered:
        ordered = ordered.assign(paragraph=0)   # a sentences table without paragraphs: one per article
    columns = ("article_id", "sentence_id", "start", "end", "text", "paragraph")
    records = zip(*(ordered[c].tolist() for c in columns))
    for aid, group in groupby(records, key=itemgetter(0)):
        context, paragraph, inherited, conclusion, last_paragraph_holder = "", None, "", False, ""
        previous_text, previous_attributed, previous_holder = "", False, ""
        for _, sentence_id, s_start, s_end, text, s_paragraph in group:
            text = text if isinstance(text, str) else ""
            if s_paragraph != paragraph:
                # A paragraph after "According to X:" is X's words (a block quote).
                inherited = previous_holder if previous_attributed and previous_text.rstrip().endswith(":") else ""
                last_paragraph_holder = context
                context = inherited
                paragraph = s_paragraph
                opener = markers["conclusion"].match(text.lstrip("\ufeff “\"'"))
                conclusion = opener is not None
            attributed, holder, explicit = _attribute(text, markers, overlaps.get((aid, sentence_id)), context,
                                                      last_paragraph_holder)
            if not attributed and inherited:
                attributed, holder = True, inherited
            if explicit:
                context = holder
            previous_text, previous_attributed, previous_holder = text, attributed, holder
            hits = [(theme, m) for theme in book.themes if (m := theme.match(text))]
            if not hits:
                continue
            certainty, hedge, booster = _certainty(text, markers)
            historical = markers["historical"].search(text) is not None and markers["revival"].search(text) is None
            spans = _find_spans(text)
            base = CERTAINTY_WEIGHT[certainty] * (CONCLUSION_WEIGHT if conclusion else 1.0) * (
                HISTORICAL_WEIGHT if historical else 1.0)
            for theme, m in hits:
                reading = read_position(text, theme, markers, spans)
                weight = base * (CONTRAST_WEIGHT if reading.contrast else 1.0)
                has_position = bool(reading.position)
                rows.append({
                    "article_id": aid, "sentence_id": int(sentence_id), "theme": theme.name,
                    "start": int(s_start), "end": int(s_end), "text": text, "matched": m.group(),
                    "position": reading.position, "position_text": reading.position_text,
                    "position_start": int(s_start) + reading.position_span[0] if has_position else -1,
                    "position_end": int(s_start) + reading.position_span[1] if has_position else -1,
                    "rejected": ", ".join(reading.rejected), "contrast": reading.contrast,
                    "concession": reading.concession,
                    "holder": holder if attributed else "", "attributed": attributed,
                    "certainty": certainty, "hedge": hedge, "booster": booster,
                    "historical": historical, "weight": round(weight, 4),
                })
    frame = pd.DataFrame(rows, columns=THEME_SENTENCE_COLUMNS)
    if frame.empty:
        return frame
    order = {name: i for i, name in enumerate(book.theme_names)}
    frame["_t"] = frame["theme"].map(order)
    frame = frame.sort_values(["article_id", "sentence_id", "_t"], kind="mergesort").drop(columns="_t")
    return frame.reset_index(drop=True)


_FULL_SENTENCE = re.compile(r"[.!?][”\"’)]*\d{0,3}\s*$")


def _vote(rows: list[dict], ranks: dict[str, int]) -> list[tuple[str, float]]:
    """Labels by summed weight, best first; ties go to the label listed first in the codebook."""
    scores: dict[str, float] = {}
    for r in rows:
        scores[r["position"]] = scores.get(r["position"], 0.0) + r["weight"]
    return sorted(scores.items(), key=lambda x: (-round(x[1], 6), ranks.get(x[0], 1_000), x[0]))


def _main_holder(rows: list[dict]) -> str:
    """The one or two holders carrying most weight among ``rows``."""
    weights: dict[str, float] = {}
    for r in rows:
        holder = r["holder"] or "unnamed source"
        weights[holder] = weights.get(holder, 0.0) + r["weight"]
    best = sorted(weights.items(), key=lambda x: -x[1])
    return "; ".join(h for h, _ in best[:2])


def _quote_index(quotes: pd.DataFrame) -> dict[str, list[tuple[int, int, str]]]:
    """Spoken and block quotes per article, for quoting the evidence itself."""
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    if quotes is None or quotes.empty:
        return out
    for r in quotes.itertuples(index=False):
        if _clean(getattr(r, "kind", "")) != "scare" and isinstance(r.text, str):
            out[r.article_id].append((int(r.start), int(r.end), r.text))
    return out


def _evidence(rows: list[dict], quotes: dict[str, list[tuple[int, int, str]]]) -> dict:
    # Ties go to a full sentence rather than a headline, then to the earliest.
    best = min(rows, key=lambda r: (-r["weight"], not _FULL_SENTENCE.search(r["text"]), r["sentence_id"]))
    out = {"evidence_text": best["text"], "evidence_start": best["start"], "evidence_end": best["end"],
           "evidence_kind": "sentence", "evidence_sentence_id": best["sentence_id"]}
    if best["attributed"] and best["position_start"] >= 0:
        # The quote itself, when it carries the position and is most of the sentence
        # (a fragment of a few words says less than the sentence around it).
        for start, end, text in sorted(quotes.get(best["article_id"], ())):
            if (start <= best["position_start"] and best["position_end"] <= end
                    and end - start >= 0.4 * (best["end"] - best["start"])):
                out.update(evidence_text=text, evidence_start=start, evidence_end=end, evidence_kind="quote")
                break
    return out


def _position_record(theme: str, aid: str, rows: list[dict], ranks: dict[str, int], quotes: dict) -> dict:
    """Aggregate one theme's sentences in one article (see :func:`article_positions`)."""
    positioned = [r for r in rows if r["position"]]
    own = [r for r in positioned if not r["attributed"]]
    reported = [r for r in positioned if r["attributed"]]
    own_votes, reported_votes = _vote(own, ranks), _vote(reported, ranks)
    record = {"theme": theme, "article_id": aid, "position": "", "stance": "", "holder": "",
              "certainty": "", "score": 0.0, "n_sentences": len({r["sentence_id"] for r in rows}),
              "n_own": len({r["sentence_id"] for r in own}), "n_reported": len({r["sentence_id"] for r in reported}),
              "verdict": "", "other_positions": "", "evidence_text": "", "evidence_start": -1,
              "evidence_end": -1, "evidence_kind": "", "evidence_sentence_id": -1}
    own_top = own_votes[0][1] if own_votes else 0.0
    reported_top = reported_votes[0][1] if reported_votes else 0.0
    if own_top >= MIN_SCORE and own_top >= OWN_SHARE * reported_top:
        stance, votes, pool = "own", own_votes, own
    elif reported_top >= MIN_SCORE:
        stance, votes, pool = "reported", reported_votes, reported
    else:
        return record
    label, score = votes[0]
    chosen = [r for r in pool if r["position"] == label]
    certainties = Counter(r["certainty"] for r in chosen)
    record.update(position=label, stance=stance, score=round(score, 3),
                  holder=_main_holder(chosen) if stance == "reported" else "",
                  certainty=max(("asserted", "hedged", "boosted"), key=lambda c: certainties.get(c, 0)),
                  **_evidence(chosen, quotes))
    decided = [r for r in pool if r["contrast"]]
    if decided:
        top = max(r["weight"] for r in decided)
        record["verdict"] = max((r for r in decided if r["weight"] >= top), key=lambda r: r["sentence_id"])["position"]
    others = []
    for name, group, group_votes in (("own", own, own_votes), ("reported", reported, reported_votes)):
        for other_label, other_score in group_votes:
            if name == stance and other_label == label:
                continue
            who = "own" if name == "own" else "reported: " + _main_holder([r for r in group if r["position"] == other_label])
            others.append((-other_score, f"{other_label} ({who}, {other_score:.1f})"))
    record["other_positions"] = "; ".join(text for _, text in sorted(others, key=lambda x: x[0]))
    return record


def article_positions(tables, codebook=None, *, theme_rows: Optional[pd.DataFrame] = None) -> pd.DataFrame:
    """One row per theme and article: the article's position, whose it is, and the evidence.

    ``position`` is the article's dominant own position (weighted vote of the author's own
    sentences), or, when the author takes none, the dominant position it reports
    (``stance`` own / reported, ``holder`` who holds it).  An author who only remarks in
    passing on a theme they mostly report on (own weight under a third of the reported)
    is shown with the reported position; the own one stays in ``other_positions``.
    ``verdict`` is the side an explicit contrast chose ("more likely X than Y"), which may
    differ from the dominant position.  Pass ``theme_rows`` (from :func:`theme_sentences`)
    to avoid computing them twice.

    >>> positions = article_positions(tables)       # doctest: +SKIP
    """
    book = _as_codebook(codebook)
    rows_all = theme_sentences(tables, book) if theme_rows is None else theme_rows
    if rows_all.empty:
        return pd.DataFrame(columns=POSITION_COLUMNS)
    quotes = _quote_index(_frame(tables, "quotes")) if tables is not None else {}
    theme_order = {name: i for i, name in enumerate(book.theme_names)}
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows_all.to_dict("records"):
        r["attributed"] = bool(r["attributed"])
        groups[(r["theme"], r["article_id"])].append(r)
    out = []
    for (theme, aid) in sorted(groups, key=lambda k: (theme_order.get(k[0], len(theme_order)), k[0], k[1])):
        ranks = {label: i for i, label in enumerate(book[theme].labels)} if theme in theme_order else {}
        out.append(_position_record(theme, aid, groups[(theme, aid)], ranks, quotes))
    return pd.DataFrame(out, columns=POSITION_COLUMNS)


def _theme_order(frame: pd.DataFrame) -> list[str]:
    return list(dict.fromkeys(frame["theme"].tolist()))


def theme_matrix(positions: pd.DataFrame, *, articles: Optional[pd.DataFrame] = None,
                 values: Optional[str] = None) -> pd.DataFrame:
    """Themes × articles.

    By default a tidy table (one row per theme and article, including articles silent on a
    theme, with ``n_sentences`` 0).  ``values="position"`` or ``"n_sentences"`` pivots it
    to a wide table with themes as rows and articles as columns.

    >>> theme_matrix(article_positions(tables), values="position")     # doctest: +SKIP
    """
    columns = ["theme", "article_id", "position", "stance", "holder", "certainty", "n_sentences"]
    ids = sorted(set(positions["article_id"]) | (set(articles["article_id"]) if articles is not None else set()))
    themes = _theme_order(positions)
    grid = pd.DataFrame([(t, a) for t in themes for a in ids], columns=["theme", "article_id"])
    tidy = grid.merge(positions[[c for c in columns if c in positions]], on=["theme", "article_id"], how="left")
    for c in ("position", "stance", "holder", "certainty"):
        tidy[c] = tidy[c].fillna("")
    tidy["n_sentences"] = tidy["n_sentences"].fillna(0).astype(int)
    if values is None:
        return tidy[columns]
    if values not in ("position", "n_sentences", "stance", "certainty"):
        raise ValueError(f"values must be position, n_sentences, stance or certainty, not {values!r}")
    wide = tidy.pivot(index="theme", columns="article_id", values=values)
    return wide.reindex(index=themes, columns=ids)


def disagreements(positions: pd.DataFrame) -> pd.DataFrame:
    """Pairs of differing positions on the same theme, with the evidence for each side.

    One row per theme and pair of distinct positions (so the table grows with the
    codebook, not with the square of the corpus).  ``article_a``/``article_b`` is the
    article holding that position most strongly; ``articles_a``/``articles_b`` lists all.

    >>> disagreements(article_positions(tables))[["theme", "position_a", "position_b"]]   # doctest: +SKIP
    """
    held = positions[positions["position"].fillna("") != ""]
    rows = []
    for theme in _theme_order(held):
        group = held[held["theme"] == theme]
        best = {}
        for label, by_label in group.groupby("position", sort=True):
            ranked = by_label.sort_values(["score", "article_id"], ascending=[False, True], kind="mergesort")
            best[label] = (ranked.iloc[0], ", ".join(sorted(by_label["article_id"])))
        labels = sorted(best, key=lambda lab: (best[lab][0]["article_id"], lab))
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                ra, all_a = best[a]
                rb, all_b = best[b]
                rows.append({
                    "theme": theme,
                    "position_a": a, "article_a": ra["article_id"], "stance_a": ra["stance"], "holder_a": ra["holder"],
                    "evidence_a": ra["evidence_text"], "evidence_a_start": int(ra["evidence_start"]),
                    "evidence_a_end": int(ra["evidence_end"]), "articles_a": all_a,
                    "position_b": b, "article_b": rb["article_id"], "stance_b": rb["stance"], "holder_b": rb["holder"],
                    "evidence_b": rb["evidence_text"], "evidence_b_start": int(rb["evidence_start"]),
                    "evidence_b_end": int(rb["evidence_end"]), "articles_b": all_b,
                })
    return pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)


def view_shift(positions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Each theme's positions ordered by publication date (undated articles last).

    ``changed`` is True when the position differs from the previous dated article's on
    that theme.  ISO dates of any precision sort correctly as text ("2020-05" < "2022-09-30").
    """
    held = positions[positions["position"].fillna("") != ""]
    dates = articles[["article_id", "published"]].copy() if "published" in articles else pd.DataFrame(
        {"article_id": articles["article_id"], "published": ""})
    dates["published"] = dates["published"].map(_clean)
    merged = held.merge(dates, on="article_id", how="left")
    merged["published"] = merged["published"].fillna("")
    order = {t: i for i, t in enumerate(_theme_order(held))}
    merged["_t"] = merged["theme"].map(order)
    merged["_undated"] = merged["published"] == ""
    merged = merged.sort_values(["_t", "_undated", "published", "article_id"], kind="mergesort")
    changed, last = [], {}
    for r in merged.itertuples(index=False):
        previous = last.get(r.theme)
        changed.append(previous is not None and previous != r.position)
        if r.published:
            last[r.theme] = r.position
    merged["changed"] = changed
    return merged[SHIFT_COLUMNS].reset_index(drop=True)


# =========================================================================== vocabulary
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z]+(?:[’'-][A-Za-z]+)*")


def _terms_of(text: str) -> list[str]:
    """Word tokens: lower case, acronyms kept ("US", "U.S." -> "US"), possessive 's dropped."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group().replace("’", "'")
        if "." in word:
            word = word.replace(".", "")
        elif word.endswith(("'s", "'S")):
            word = word[:-2]
        if len(word) < 2:
            continue
        out.append(word if word.isupper() else word.lower())
    return out


def _texts(source) -> tuple[dict[str, str], dict[str, str]]:
    """``({article_id: text}, {article_id: author})`` from Tables, a Corpus or a DataFrame."""
    authors: dict[str, str] = {}
    if hasattr(source, "articles") and isinstance(getattr(source, "articles"), list):      # Corpus
        texts = {a.article_id: a.text for a in source.articles}
        authors = {a.article_id: a.author for a in source.articles}
        return texts, authors
    if isinstance(source, pd.DataFrame):
        frame = source
    else:
        frame = _frame(source, "sentences")
        arts = _frame(source, "articles")
        if "author" in arts:
            authors = {r.article_id: _clean(r.author) for r in arts.itertuples(index=False)}
    texts: dict[str, list[str]] = defaultdict(list)
    order = [c for c in ("article_id", "sentence_id", "start") if c in frame]
    for r in frame.sort_values(order, kind="mergesort").itertuples(index=False):
        texts[r.article_id].append(r.text if isinstance(r.text, str) else "")
    return {aid: "\n".join(parts) for aid, parts in texts.items()}, authors


def distinctive_terms(source, n: int = 10, *, prior: float = 0.1, min_count: int = 2,
                      stopwords: Optional[Iterable[str]] = None) -> pd.DataFrame:
    """Each article's most distinctive words against the rest of the corpus.

    Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
    "Fightin' Words", §3.5): the prior for word *w* is ``prior`` × its count in the whole
    corpus, and the z-score divides the log-odds difference by its approximate standard
    error, so rare words are shrunk rather than ranked first.  With a handful of articles
    these scores describe, they do not test anything.  Function words
    (``lexicons/stopwords.txt``) and the article's own author name are not reported.

    >>> distinctive_terms(tables, n=5)          # doctest: +SKIP
    """
    texts, authors = _texts(source)
    stop = frozenset(w.lower() for w in (stopwords if stopwords is not None else load_list("stopwords.txt")))
    counts = {aid: Counter(_terms_of(text)) for aid, text in sorted(texts.items())}
    total: Counter = Counter()
    for c in counts.values():
        total.update(c)
    n_total = sum(total.values())
    alpha0 = prior * n_total
    rows = []
    for aid, c in counts.items():
        n_i = sum(c.values())
        n_j = n_total - n_i
        if n_i == 0 or n_j == 0:
            continue
        skip = {w.lower() for w in _terms_of(authors.get(aid, ""))}
        scored = []
        for word, y_i in c.items():
            if y_i < min_count or word.lower() in stop or word.lower() in skip:
                continue
            alpha = prior * total[word]
            y_j = total[word] - y_i
            delta = (math.log((y_i + alpha) / (n_i + alpha0 - y_i - alpha))
                     - math.log((y_j + alpha) / (n_j + alpha0 - y_j - alpha)))
            z = delta / math.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
            scored.append((-round(z, 9), word, z, y_i, y_j))
        for _, word, z, y_i, y_j in sorted(scored)[:n]:
            rows.append({"article_id": aid, "term": word, "log_odds_z": round(z, 3), "count": y_i, "rest_count": y_j})
    return pd.DataFrame(rows, columns=TERM_COLUMNS)


def collect_views(tables, codebook=None, *, n_terms: int = 10) -> dict[str, pd.DataFrame]:
    """All the views of a corpus at once, by table name (what the briefing writes to CSV)."""
    book = _as_codebook(codebook)
    rows = theme_sentences(tables, book)
    positions = article_positions(tables, book, theme_rows=rows)
    articles = _frame(tables, "articles")
    return {
        "theme_sentences": rows,
        "positions": positions,
        "theme_matrix": theme_matrix(positions, articles=articles),
        "disagreements": disagreements(positions),
        "view_shift": view_shift(positions, articles),
        "distinctive_terms": distinctive_terms(tables, n=n_terms),
    }
