"""The theme codebook: its themes, their patterns and positions, and the marker lists, read and checked.

A codebook is a YAML file (``analysis/lexicons/themes.yml`` by default; its header describes
the format).  :func:`load_codebook` validates it and raises
:class:`~analysis.errors.CodebookError` naming the file and the problem.  The file is read
with the checks of :mod:`.codebook_file` and its patterns compiled with those of
:mod:`.patterns`, because a codebook is untrusted input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import pandas as pd

from .. import config
from .codebook_file import check_codebook_path, codebook_error, excerpt, read_codebook_yaml
from .patterns import TERM_REF, TimedPattern, compile_patterns, expand_terms

_THEME_KEYS = {"description", "patterns", "requires", "positions", "fallback", "ignore", "actors", "context", "min_sentences",
               "reported_as", "lead_suffices", "suffices", "lone_sentence_labels",
               "lone_reported_labels", "lone_asserted_labels", "lone_unless", "nested", "modal_hedged", "withhold",
               "doubt_labels", "abstain"}
_TOP_KEYS = {"name", "terms", "markers", "themes", "actors", "subject", "abstain"}
# the kinds of weak reading a codebook may keep from being stated (``abstain``)
ABSTAIN_KINDS = ("passing", "hedged", "lone_report")
MARKER_KEYS = ("hedges", "boosters", "reporting_verbs", "passive_reporting", "first_person",
               "negators", "historical", "revival", "conclusion", "hypothetical")


@dataclass(frozen=True)
class Theme:
    """One theme of a codebook: what it is about, when a sentence belongs to it, its positions."""

    name: str
    description: str
    patterns: tuple[str, ...]
    positions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    ignore: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    relevance: TimedPattern = field(default=None, repr=False, compare=False)
    anchor: Optional[TimedPattern] = field(default=None, repr=False, compare=False)
    labeller: Optional[TimedPattern] = field(default=None, repr=False, compare=False)
    ignorer: Optional[TimedPattern] = field(default=None, repr=False, compare=False)
    actors: tuple[str, ...] = ()     # names of the codebook's ``actors`` this theme is about
    # actors one of which a sentence (or the one before it in its paragraph) must name to hold a
    # position on the theme; by default the theme's own ``actors``
    context: tuple[str, ...] = ()
    # labels read only where no sentence of the article holds one of ``positions`` on the theme: a
    # weaker sign of a label, which any stronger one in the article overrides
    fallback: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fallback_labeller: Optional[TimedPattern] = field(default=None, repr=False, compare=False)
    # the distinct sentences that must hold a label before an article takes it as its position; with
    # fewer (and no concluding verdict for it) the article has "no clear position", the label and its
    # evidence shown as competing: for themes whose single-sentence labels proved unreliable
    min_sentences: int = 1
    # label -> label: what a label held in a source's voice reads as ("speculative" -> "alleged": a source's
    # forecast of a supply, "We expect Russia could try to purchase", is that source's allegation, not the
    # writer's speculation); the writer's own sentences keep the label
    reported_as: tuple[tuple[str, str], ...] = ()
    # with min_sentences above 1, one sentence still suffices when it is the writer's own unhedged statement
    # in the headline or the lead (the first two sentences of the body): the story's own summary
    lead_suffices: bool = False
    # with min_sentences above 1, one sentence still suffices when its label is read inside a match of one of these
    # patterns (the ties a signed treaty gives: "a mutual defense treaty", "a partnership agreement")
    suffices: tuple[str, ...] = ()
    sufficer: Optional[TimedPattern] = field(default=None, repr=False, compare=False)
    # with min_sentences above 1, labels one sentence suffices for: those whose lone sentences proved reliable
    lone_sentence_labels: tuple[str, ...] = ()
    # ... and labels one sentence suffices for when the article's position is a source's (stance reported)
    lone_reported_labels: tuple[str, ...] = ()
    # labels that are degrees of one thing, listed from most to least specific (an alliance is also a partnership): an
    # article whose sentences split between labels all among them takes the most specific, the others' sentences agreeing
    nested: tuple[str, ...] = ()
    # labels a modal hedges rather than conditions: "could be a violation of UN sanctions" charges a breach, hedged (a
    # condition opening the sentence, or a rule stated for anyone, "Any country employing them would be violating", still
    # sets the label aside)
    modal_hedged: tuple[str, ...] = ()
    # a lone sentence's label read by words that match one of these (a deed told, not the label named: "in exchange for
    # munitions" is a trade, not the ties called a marriage of convenience) is no lone_sentence_label's reading
    # label -> the patterns that keep that lone_sentence_label from one sentence ('' for every label of the theme)
    lone_unless: tuple[tuple[str, tuple[str, ...]], ...] = ()
    lone_unless_matcher: dict = field(default_factory=dict, repr=False, compare=False)
    # with min_sentences above 1, labels one sentence suffices for when that sentence states it unhedged: no hedge in
    # the sentence, and no modal or condition before the words that carry the label ("flights reopened in 2023")
    lone_asserted_labels: tuple[str, ...] = ()
    # labels read but never stated as an article's position (``withhold: true`` in the file: every label; or a list):
    # each such reading is shown with its evidence as one to check ("no clear position", ``competing`` "reading
    # withheld: ..."), for labels that proved wrong too often on articles nobody had read (views.positions)
    withhold: tuple[str, ...] = ()
    # labels that say the matter is unproven or uncertain ("alleged", "speculative"): hedged sentences are what they rest
    # on, so the codebook's ``abstain: hedged`` does not hold them back (views.positions)
    doubt_labels: tuple[str, ...] = ()
    # the kinds of weak reading held back on this theme (``abstain`` in the theme), in place of the codebook's; None:
    # the codebook's.  A theme whose held-back readings proved right as often as its stated ones abstains from none
    abstain: Optional[tuple[str, ...]] = None

    def as_fallback(self) -> "Theme":
        """This theme read with its ``fallback`` labels in place of its positions."""
        return replace(self, positions=self.fallback, labeller=self.fallback_labeller, fallback=(),
                       fallback_labeller=None)

    @property
    def context_actors(self) -> tuple[str, ...]:
        return self.context or self.actors

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(label for label, _ in self.positions)

    def match(self, text: str):
        """The first pattern match when ``text`` belongs to this theme, else None.

        Raises :class:`~analysis.views.patterns.PatternTimeout` when a pattern runs out of time.
        """
        m = self.relevance.search(text)
        if m is not None and self.anchor is not None and self.anchor.search(text) is None:
            return None
        return m

    def match_voiced(self, text: str, holder: str):
        """:meth:`match` for a sentence in the voice of ``holder``: the words of the theme's actor
        ("he would always be standing with Russia", said by North Korea's Kim) name that actor through
        their holder, so a ``requires`` pattern may match the holder instead of the sentence."""
        if self.anchor is None:
            return self.relevance.search(text)
        # the anchor first (its patterns are short, and most sentences lack them), the relevance once
        if self.anchor.search(text) is None and not (holder and self.anchor.search(holder) is not None):
            return None
        return self.relevance.search(text)


@dataclass(frozen=True)
class Codebook:
    """Themes plus the marker lists (hedges, boosters, reporting cues...) the views use."""

    path: Path
    name: str
    themes: tuple[Theme, ...]
    markers: dict = field(repr=False, compare=False, default_factory=dict)
    actors: dict = field(repr=False, compare=False, default_factory=dict)   # name -> TimedPattern
    # the actors the whole codebook is about: an article that does not name each of them takes no
    # position on any theme (a Russia–North Korea codebook says nothing on EU tariffs on Chinese cars)
    subject: tuple[str, ...] = ()
    # weak readings shown to be checked, never stated (``abstain`` in the file): "passing", a theme the article touches
    # in one sentence only; "hedged", a label whose own sentences are mostly hedged ("likely", "could"); "lone_report", a
    # label only one sentence holds, and that a source's report, not the writer's own (views.positions)
    abstain: tuple[str, ...] = ()

    def __getitem__(self, name: str) -> Theme:
        for theme in self.themes:
            if theme.name == name:
                return theme
        raise KeyError(name)

    @property
    def theme_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.themes)


def _lone_unless(path: Path, where: str, value, terms: dict, labels, owner) -> tuple[tuple, dict]:
    """A theme's ``lone_unless``: a list of patterns (for every label of the theme) or a mapping label -> patterns (for
    that label only); gives ((label, patterns), ...) and label -> matcher, '' standing for every label."""
    if value is None:
        return (), {}
    scoped = value if isinstance(value, dict) else {"": value}
    if not scoped:
        raise codebook_error(path, f"{where} 'lone_unless' must be a list of patterns or a mapping label -> patterns")
    out, matchers = [], {}
    for label, patterns in scoped.items():
        label = str(label).strip()
        if label and label not in labels:
            raise codebook_error(path, f"{where} 'lone_unless' must name labels of its positions, not {excerpt(label)}")
        name = f"{where} lone_unless" + (f" {label}" if label else "")
        pats = _string_list(path, name, patterns)
        out.append((label, pats))
        matchers[label] = compile_patterns(path, name, pats, terms, owner=owner)
    return tuple(out), matchers


def _string_list(path: Path, where: str, value) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise codebook_error(path, f"{where} must be a non-empty list of patterns")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise codebook_error(path, f"{where} holds {excerpt(item)}, which is not a pattern (a non-empty string)")
    return tuple(value)


def _terms(path: Path, data: dict) -> dict[str, str]:
    raw = data.get("terms") or {}
    if not isinstance(raw, dict):
        raise codebook_error(path, "'terms' must map NAMES to pattern fragments")
    terms: dict[str, str] = {}
    for name, value in raw.items():
        if not isinstance(name, str) or not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
            raise codebook_error(path, f"term name {excerpt(name)} must be upper case (letters, digits, _)")
        if not isinstance(value, str) or not value:
            raise codebook_error(path, f"term {excerpt(name)} must be a non-empty pattern string")
        undefined = next((m.group(0) for m in TERM_REF.finditer(value) if m.group(1) not in terms), None)
        if undefined:
            raise codebook_error(path, f"term {excerpt(name)} uses {excerpt(undefined)[1:-1]}, which is not defined above it")
        # A term may use terms defined above it.
        terms[name] = expand_terms(path, f"term {excerpt(name)}", value, terms)
    return terms


def _markers(path: Path, data: dict, terms: dict[str, str], defaults: Optional[dict]) -> dict:
    raw = data.get("markers") or {}
    if not isinstance(raw, dict):
        raise codebook_error(path, "'markers' must be a mapping of marker lists")
    unknown = sorted(set(raw) - set(MARKER_KEYS))
    if unknown:
        raise codebook_error(path, f"unknown marker list {excerpt(unknown[0])} (known: {', '.join(MARKER_KEYS)})")
    markers = {}
    for key in MARKER_KEYS:
        if key in raw:
            patterns = _string_list(path, f"markers.{key}", raw[key])
            markers[key] = compile_patterns(path, f"markers.{key}", patterns, terms, owner=("markers", key))
        elif defaults is not None:
            markers[key] = defaults[key]
        else:
            raise codebook_error(path, f"markers.{key} is missing")
    return markers


def _actors(path: Path, data: dict, terms: dict[str, str]) -> dict:
    """``actors``: NAME -> the pattern naming that actor (a state, a bloc, an institution)."""
    raw = data.get("actors") or {}
    if not isinstance(raw, dict):
        raise codebook_error(path, "'actors' must map actor NAMES to lists of patterns")
    actors = {}
    for name, patterns in raw.items():
        if not isinstance(name, str) or not name.strip():
            raise codebook_error(path, f"actor name {excerpt(name)} must be a non-empty string")
        actors[name] = compile_patterns(path, f"actor {excerpt(name)}", _string_list(path, f"actor {excerpt(name)}", patterns),
                                        terms, owner=("markers", f"actor {name}"))
    return actors


def _theme(path: Path, name, spec, terms: dict[str, str], actors: Optional[dict] = None) -> Theme:
    if not isinstance(name, str) or not name.strip():
        raise codebook_error(path, f"theme name {excerpt(name)} must be a non-empty string")
    where = f"theme {excerpt(name)}"
    owner = ("theme", name.strip())
    if not isinstance(spec, dict):
        raise codebook_error(path, f"{where} must be a mapping with 'description' and 'patterns'")
    unknown = sorted(set(spec) - _THEME_KEYS)
    if unknown:
        raise codebook_error(path, f"{where} has an unknown key {excerpt(unknown[0])} (allowed: {', '.join(sorted(_THEME_KEYS))})")
    description = spec.get("description")
    if not isinstance(description, str) or not description.strip():
        raise codebook_error(path, f"{where} needs a 'description' (one or two sentences)")
    if "patterns" not in spec:
        raise codebook_error(path, f"{where} needs 'patterns' (a list of regular expressions)")
    patterns = _string_list(path, f"{where} patterns", spec["patterns"])
    relevance = compile_patterns(path, f"{where} patterns", patterns, terms, owner=owner)
    positions: list[tuple[str, tuple[str, ...]]] = []
    raw_positions = spec.get("positions") or {}
    if not isinstance(raw_positions, dict):
        raise codebook_error(path, f"{where} 'positions' must map each label to a list of patterns")
    for label, label_patterns in raw_positions.items():
        if not isinstance(label, str) or not label.strip():
            raise codebook_error(path, f"{where} has a position label {excerpt(label)} that is not a string")
        positions.append((label.strip(), _string_list(path, f"{where} position {excerpt(label)}", label_patterns)))
    labeller = None
    if positions:
        flat = tuple(p for _, ps in positions for p in ps)
        labeller = compile_patterns(path, f"{where} positions", flat, terms, owner=owner, named=positions)
    fallback: list[tuple[str, tuple[str, ...]]] = []
    raw_fallback = spec.get("fallback") or {}
    if not isinstance(raw_fallback, dict):
        raise codebook_error(path, f"{where} 'fallback' must map each label to a list of patterns")
    for label, label_patterns in raw_fallback.items():
        if not isinstance(label, str) or label.strip() not in {name for name, _ in positions}:
            raise codebook_error(path, f"{where} has a fallback label {excerpt(label)} that is not one of its positions")
        fallback.append((label.strip(), _string_list(path, f"{where} fallback {excerpt(label)}", label_patterns)))
    fallback_labeller = None
    if fallback:
        flat = tuple(p for _, ps in fallback for p in ps)
        fallback_labeller = compile_patterns(path, f"{where} fallback", flat, terms, owner=owner, named=fallback)
    requires, anchor = (), None
    if spec.get("requires") is not None:
        requires = _string_list(path, f"{where} requires", spec["requires"])
        anchor = compile_patterns(path, f"{where} requires", requires, terms, owner=owner)
    ignore = ()
    ignorer = None
    if spec.get("ignore") is not None:
        ignore = _string_list(path, f"{where} ignore", spec["ignore"])
        ignorer = compile_patterns(path, f"{where} ignore", ignore, terms, owner=owner)
    theme_actors, context = (), ()
    for key in ("actors", "context"):
        if spec.get(key) is None:
            continue
        names = _string_list(path, f"{where} {key}", spec[key])
        unknown_actor = next((a for a in names if a not in (actors or {})), None)
        if unknown_actor is not None:
            raise codebook_error(path, f"{where} names the actor {excerpt(unknown_actor)}, which is not in 'actors'")
        if key == "actors":
            theme_actors = names
        else:
            context = names
    min_sentences = spec.get("min_sentences", 1)
    if isinstance(min_sentences, bool) or not isinstance(min_sentences, int) or not 1 <= min_sentences <= 10:
        raise codebook_error(path, f"{where} 'min_sentences' must be a whole number from 1 to 10")
    labels = {label for label, _ in positions}
    raw_reported = spec.get("reported_as") or {}
    if not isinstance(raw_reported, dict) or not all(
            isinstance(a, str) and isinstance(b, str) and a.strip() in labels and b.strip() in labels
            for a, b in raw_reported.items()):
        raise codebook_error(path, f"{where} 'reported_as' must map labels of its positions to labels of its positions")
    reported_as = tuple((a.strip(), b.strip()) for a, b in raw_reported.items())
    lead_suffices = spec.get("lead_suffices", False)
    if not isinstance(lead_suffices, bool):
        raise codebook_error(path, f"{where} 'lead_suffices' must be true or false")
    raw_withhold = spec.get("withhold", False)
    if isinstance(raw_withhold, bool):
        withhold = tuple(label for label, _ in positions) if raw_withhold else ()
    elif isinstance(raw_withhold, list) and raw_withhold and all(
            isinstance(label, str) and label.strip() in labels for label in raw_withhold):
        withhold = tuple(label.strip() for label in raw_withhold)
    else:
        raise codebook_error(path, f"{where} 'withhold' must be true, false or a list of labels of its positions")
    abstain = None
    if "abstain" in spec:
        raw_abstain = spec["abstain"] if spec["abstain"] is not None else []
        if not isinstance(raw_abstain, list) or not all(
                isinstance(kind, str) and kind.strip() in ABSTAIN_KINDS for kind in raw_abstain):
            raise codebook_error(path, f"{where} 'abstain' must be a list of kinds of weak reading (allowed: "
                                 + ", ".join(ABSTAIN_KINDS) + "), or [] for none")
        abstain = tuple(kind.strip() for kind in raw_abstain)
    suffices, sufficer = (), None
    if spec.get("suffices") is not None:
        suffices = _string_list(path, f"{where} suffices", spec["suffices"])
        sufficer = compile_patterns(path, f"{where} suffices", suffices, terms, owner=owner)
    lone_unless, lone_unless_matcher = _lone_unless(path, where, spec.get("lone_unless"), terms, labels, owner)
    lone = {}
    for key in ("lone_sentence_labels", "lone_reported_labels", "nested", "modal_hedged", "lone_asserted_labels",
                "doubt_labels"):
        lone[key] = ()
        if spec.get(key) is not None:
            lone[key] = tuple(label.strip() for label in _string_list(path, f"{where} {key}", spec[key]))
            if any(label not in labels for label in lone[key]):
                raise codebook_error(path, f"{where} '{key}' must name labels of its positions")
    return Theme(name.strip(), " ".join(description.split()), patterns, tuple(positions), ignore,
                 requires, relevance, anchor, labeller, ignorer, theme_actors, context, tuple(fallback),
                 fallback_labeller, min_sentences, reported_as, lead_suffices, suffices, sufficer,
                 lone["lone_sentence_labels"], lone["lone_reported_labels"], lone["nested"], lone["modal_hedged"],
                 lone_unless=lone_unless, lone_unless_matcher=lone_unless_matcher,
                 lone_asserted_labels=lone["lone_asserted_labels"], withhold=withhold,
                 doubt_labels=lone["doubt_labels"], abstain=abstain)


def _parse_codebook(path: Path, *, defaults: Optional[dict]) -> Codebook:
    data = read_codebook_yaml(path)
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise codebook_error(path, f"unknown top-level key {excerpt(unknown[0])} (allowed: {', '.join(sorted(_TOP_KEYS))})")
    themes_raw = data.get("themes")
    if not isinstance(themes_raw, dict) or not themes_raw:
        raise codebook_error(path, "'themes' must be a non-empty mapping of theme name -> description, patterns, positions")
    terms = _terms(path, data)
    markers = _markers(path, data, terms, defaults)
    actors = _actors(path, data, terms)
    themes = tuple(_theme(path, name, spec, terms, actors) for name, spec in themes_raw.items())
    name = data.get("name") or path.stem
    if not isinstance(name, str):
        raise codebook_error(path, "'name' must be a string")
    subject = _listed(path, data, "subject", actors, "names the actor {}, which is not in 'actors'")
    abstain = _listed(path, data, "abstain", ABSTAIN_KINDS, "lists {} (allowed: " + ", ".join(ABSTAIN_KINDS) + ")")
    return Codebook(path, name, themes, markers, actors, subject, abstain)


def _listed(path: Path, data: dict, key: str, allowed, problem: str) -> tuple[str, ...]:
    """The top-level list ``key`` (empty when absent), each entry one of ``allowed``; else an error naming the file."""
    if data.get(key) is None:
        return ()
    names = _string_list(path, key, data[key])
    unknown = next((n for n in names if n not in allowed), None)
    if unknown is not None:
        raise codebook_error(path, f"'{key}' " + problem.format(excerpt(unknown)))
    return names


@lru_cache(maxsize=8)
def _cached_codebook(path: str, mtime_ns: int, size: int) -> Codebook:
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
    status = check_codebook_path(path)
    return _cached_codebook(str(path.resolve()), status.st_mtime_ns, status.st_size)


@lru_cache(maxsize=4)
def _cached_actors(path: str, mtime_ns: int, size: int) -> dict:
    data = read_codebook_yaml(Path(path))
    return _actors(Path(path), data, _terms(Path(path), data))


def load_actors(path: str | Path | None = None) -> dict:
    """The ``actors`` of a codebook (default: the package's), compiled as :func:`load_codebook` compiles them but
    without compiling every theme (1 s), for readers of the actors alone (the subjects of the briefing's figures)."""
    path = Path(path) if path is not None else Path(config.DEFAULT_THEMES)
    status = check_codebook_path(path)
    return _cached_actors(str(path.resolve()), status.st_mtime_ns, status.st_size)


def as_codebook(codebook) -> Codebook:
    """``codebook`` itself when it is a :class:`Codebook`, else the codebook at that path (None: the default)."""
    return codebook if isinstance(codebook, Codebook) else load_codebook(codebook)


THEME_TABLE_COLUMNS = ["theme", "description", "positions", "problem"]


def theme_table(codebook, problems: Iterable[dict] = ()) -> pd.DataFrame:
    """One row per theme: its description, its position labels, and any problem met while reading
    (a theme whose patterns ran out of time; see :func:`~analysis.views.theme_sentences`).

    >>> theme_table(load_codebook()).loc[0, ["theme", "problem"]].tolist()
    ['relationship framing', '']
    """
    book = as_codebook(codebook)
    found: dict[str, list[str]] = {}
    for problem in problems:
        if problem.get("theme"):
            found.setdefault(problem["theme"], []).append(problem["problem"])
    return pd.DataFrame([{"theme": t.name, "description": t.description, "positions": "; ".join(t.labels),
                          "problem": "; ".join(found.get(t.name, ()))} for t in book.themes],
                        columns=THEME_TABLE_COLUMNS)
