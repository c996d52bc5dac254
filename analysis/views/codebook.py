"""The theme codebook: its themes, their patterns and positions, and the marker lists, read and checked.

A codebook is a YAML file (``analysis/lexicons/themes.yml`` by default; its header describes
the format).  :func:`load_codebook` validates it and raises
:class:`~analysis.errors.CodebookError` naming the file and the problem.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from .. import config
from ..errors import CodebookError

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


def as_codebook(codebook) -> Codebook:
    """``codebook`` itself when it is a :class:`Codebook`, else the codebook at that path (None: the default)."""
    return codebook if isinstance(codebook, Codebook) else load_codebook(codebook)
