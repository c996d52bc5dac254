"""Views: themes × articles, the author's own positions told apart from reported ones,
contrasts, disagreements between articles, and each author's distinctive vocabulary.

Everything here works from the tables :func:`analysis.extract` returns (sentences, quotes,
claims, figures, articles) and a theme codebook (``analysis/lexicons/themes.yml`` by default),
so a view always points back to the sentence span it came from.

One module per job:

=================  ===========================================================================
``codebook``       the codebook's themes, positions and markers, read and checked
``codebook_file``  reading an untrusted codebook file (a regular file, small, YAML without bombs)
``patterns``       codebook patterns: runaway ones refused, every search under a time budget
``inputs``         the extraction tables as the views read them
``contrast``       contrasts and concessions inside one sentence
``stance``         one sentence: its position on a theme, its certainty, whose view it is
``sentences``      every sentence that touches a theme, read in its paragraph
``positions``      an article's position on each theme, and the themes × articles matrix
``disagreements``  pairs of differing positions on a theme
``shift``          positions in order of publication
``vocabulary``     each article's distinctive words
``estimates``      figures of the same quantity compared across articles
=================  ===========================================================================

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
author's own.  Subjects, holders after "according to", pronouns and hedges come from the
package's one attribution engine, :mod:`analysis.nlp`; the codebook adds its cue and marker lists.

An article's position on a theme is the weighted vote of its own sentences (hedged 0.5,
asserted 1, boosted 1.5; ×2 for the preferred side of a contrast; ×1.5 in a paragraph that
opens "In conclusion"; ×0.25 for a sentence about the past), or the vote of the positions it
reports when the author takes none, or only in passing (own weight under a third of the
reported).  The weights are constants in ``sentences`` and ``positions``, so a reader can see
and change them.

>>> from analysis import load_corpus, extract
>>> tables = extract(load_corpus("seeds"))              # doctest: +SKIP
>>> positions = article_positions(tables)               # doctest: +SKIP
>>> positions.loc[positions.theme == "relationship framing", ["article_id", "position"]]  # doctest: +SKIP
"""
from __future__ import annotations

import pandas as pd

from .codebook import MARKER_KEYS, THEME_TABLE_COLUMNS, Codebook, Theme, as_codebook, load_codebook, theme_table
from .contrast import Contrast, detect_contrast
from .disagreements import DISAGREEMENT_COLUMNS, disagreements
from .estimates import ESTIMATE_KINDS, conflicting_estimates, estimates_table
from .inputs import table_of
from .patterns import PROBLEM_COLUMNS, CodebookWarning
from .positions import MIN_SCORE, OWN_SHARE, POSITION_COLUMNS, article_positions, theme_matrix
from .sentences import (CERTAINTY_WEIGHT, CONCLUSION_WEIGHT, CONTRAST_WEIGHT, HISTORICAL_WEIGHT,
                        THEME_SENTENCE_COLUMNS, theme_sentences)
from .shift import SHIFT_COLUMNS, view_shift
from .stance import SentenceReading, attribute_sentence, label_position, read_position
from .vocabulary import TERM_COLUMNS, distinctive_terms

__all__ = [
    "CERTAINTY_WEIGHT", "CONCLUSION_WEIGHT", "CONTRAST_WEIGHT", "DISAGREEMENT_COLUMNS", "ESTIMATE_KINDS",
    "HISTORICAL_WEIGHT", "MARKER_KEYS", "MIN_SCORE", "OWN_SHARE", "POSITION_COLUMNS", "PROBLEM_COLUMNS",
    "SHIFT_COLUMNS", "TERM_COLUMNS", "THEME_SENTENCE_COLUMNS", "THEME_TABLE_COLUMNS",
    "Codebook", "CodebookWarning", "Contrast", "SentenceReading", "Theme",
    "article_positions", "attribute_sentence", "collect_views", "conflicting_estimates", "detect_contrast",
    "disagreements", "distinctive_terms", "estimates_table", "label_position", "load_codebook",
    "read_position", "theme_matrix", "theme_sentences", "theme_table", "view_shift",
]


def collect_views(tables, codebook=None, *, n_terms: int = 10) -> dict[str, pd.DataFrame]:
    """All the views of a corpus at once, by table name (what the briefing writes to CSV).

    ``themes`` describes the codebook, with the problem of any theme left out;
    ``codebook_problems`` lists every pattern stopped for running out of time.
    """
    book = as_codebook(codebook)
    problems: list[dict] = []
    rows = theme_sentences(tables, book, problems=problems)
    positions = article_positions(tables, book, theme_rows=rows)
    articles = table_of(tables, "articles")
    return {
        "theme_sentences": rows,
        "positions": positions,
        "theme_matrix": theme_matrix(positions, articles=articles),
        "disagreements": disagreements(positions),
        "view_shift": view_shift(positions, articles),
        "distinctive_terms": distinctive_terms(tables, n=n_terms),
        "themes": theme_table(book, problems),
        "codebook_problems": pd.DataFrame(problems, columns=PROBLEM_COLUMNS),
    }
