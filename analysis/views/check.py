"""Checking a codebook against a corpus: what each theme, label and pattern matches.

:func:`check_codebook` gives one row per theme, per position label and per pattern: sentence
and article counts, example matches, the words a pattern actually matched, and the problems a
codebook writer can fix — a pattern that matches nothing, and a pattern that matches far more
than the others of its theme or label (``deter\\w*`` also matching "deteriorating").
:func:`format_check` prints it for ``python -m analysis themes check CODEBOOK CORPUS``.
"""
from __future__ import annotations

from collections import Counter
from statistics import median

import pandas as pd
import regex

from .codebook import as_codebook
from .inputs import table_of
from .patterns import FLAGS, MATCH_TIMEOUT

BROAD_FACTOR = 5            # a pattern matching this many times the median of its siblings matches "far more"
MIN_BROAD_SENTENCES = 5     # ... and at least this many sentences
N_EXAMPLES = 2
CHECK_COLUMNS = ["theme", "label", "pattern", "sentences", "articles", "matched_words", "examples", "problem"]


def _compile(expanded: str):
    return regex.compile(r"(?<!\w)(?:" + expanded + r")(?!\w)", FLAGS)


def _scan(compiled, sentences: list[tuple[str, str]]) -> tuple[list[int], Counter]:
    """Indices of the sentences a pattern matches, and the words it matched."""
    hits, words = [], Counter()
    for i, (_, text) in enumerate(sentences):
        try:
            found = [m.group() for m in compiled.finditer(text, timeout=MATCH_TIMEOUT)]
        except TimeoutError:
            continue
        if found:
            hits.append(i)
            words.update(" ".join(w.lower().split()) for w in found)
    return hits, words


def _row(theme: str, label: str, pattern: str, hits: list[int], words: Counter,
         sentences: list[tuple[str, str]]) -> dict:
    examples = [sentences[i][1] for i in hits[:N_EXAMPLES]]
    return {"theme": theme, "label": label, "pattern": pattern, "sentences": len(hits),
            "articles": len({sentences[i][0] for i in hits}),
            "matched_words": ", ".join(f"{w} ({n})" for w, n in sorted(words.items(), key=lambda x: (-x[1], x[0]))[:5]),
            "examples": " | ".join(" ".join(e.split())[:160] for e in examples), "problem": ""}


def _flag(rows: list[dict]) -> None:
    """Mark the patterns of one group (a theme's patterns, or one label's) that match nothing or
    far more than the rest."""
    for r in rows:
        if r["sentences"] == 0:
            r["problem"] = "matches nothing"
    if len(rows) < 3:
        return
    for r in rows:
        others = [o["sentences"] for o in rows if o is not r and o["sentences"]]
        if len(others) < 2:
            continue      # nothing to compare with
        typical = median(others)
        if r["sentences"] >= MIN_BROAD_SENTENCES and r["sentences"] >= BROAD_FACTOR * typical:
            r["problem"] = (f"matches far more than the rest ({r['sentences']} sentences, the others' median "
                            f"{typical:g} of those that match): check the words it matched")


def check_codebook(codebook, tables) -> pd.DataFrame:
    """Per theme, label and pattern: what it matches in the corpus, and its problems.

    Rows with ``label`` "" and ``pattern`` "" are the theme as a whole (its relevance patterns);
    rows with a label and ``pattern`` "" are that position label as a whole, counted in the
    sentences of its theme; the others are single patterns.

    >>> check_codebook(load_codebook(), tables).query("problem != ''")   # doctest: +SKIP
    """
    book = as_codebook(codebook)
    frame = table_of(tables, "sentences")
    frame = frame.sort_values(["article_id", "sentence_id"], kind="mergesort")
    sentences = [(str(a), t if isinstance(t, str) else "") for a, t in zip(frame["article_id"], frame["text"])]
    out: list[dict] = []
    for theme in book.themes:
        whole, whole_words = _scan(theme.relevance.compiled, sentences)
        if theme.anchor is not None:
            anchored, _ = _scan(theme.anchor.compiled, sentences)
            whole = sorted(set(whole) & set(anchored))
        theme_row = _row(theme.name, "", "", whole, whole_words, sentences)
        if not whole:
            theme_row["problem"] = "the theme matches no sentence"
        out.append(theme_row)
        pattern_rows = []
        for written, expanded in theme.relevance.parts:
            hits, words = _scan(_compile(expanded), sentences)
            pattern_rows.append(_row(theme.name, "", written, hits, words, sentences))
        _flag(pattern_rows)
        out.extend(pattern_rows)
        in_theme = [sentences[i] for i in whole]
        parts = iter(theme.labeller.parts) if theme.labeller is not None else iter(())
        for label, label_patterns in theme.positions:
            rows = []
            all_hits: set[int] = set()
            all_words: Counter = Counter()
            for written in label_patterns:
                _, expanded = next(parts)
                hits, words = _scan(_compile(expanded), in_theme)
                all_hits.update(hits)
                all_words.update(words)
                rows.append(_row(theme.name, label, written, hits, words, in_theme))
            _flag(rows)
            label_row = _row(theme.name, label, "", sorted(all_hits), all_words, in_theme)
            if not all_hits:
                label_row["problem"] = "no sentence of the theme takes this position"
            out.append(label_row)
            out.extend(rows)
    return pd.DataFrame(out, columns=CHECK_COLUMNS)


def format_check(check: pd.DataFrame, *, only_problems: bool = False) -> str:
    """The check as text, one block per theme (what ``themes check`` prints)."""
    lines: list[str] = []
    for theme, group in check.groupby("theme", sort=False):
        head = group[(group["label"] == "") & (group["pattern"] == "")].iloc[0]
        lines.append(f"{theme}: {head['sentences']} sentences in {head['articles']} articles"
                     + (f"  !! {head['problem']}" if head["problem"] else ""))
        for r in group.itertuples(index=False):
            if r.label == "" and r.pattern == "":
                continue
            if only_problems and not r.problem:
                continue
            indent = "    " if r.pattern else "  "
            name = f"pattern {r.pattern!r}" if r.pattern else f"label {r.label!r}"
            if r.pattern and r.label:
                indent = "      "
            line = f"{indent}{name}: {r.sentences} sentences, {r.articles} articles"
            if r.matched_words:
                line += f"; matched {r.matched_words}"
            if r.problem:
                line += f"  !! {r.problem}"
            lines.append(line)
            if r.examples and not r.pattern:
                lines.append(f"{indent}  e.g. {r.examples.split(' | ')[0]}")
    return "\n".join(lines) + "\n"
