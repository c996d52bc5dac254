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
``actors``         the codebook's actors a text names; pairs, relative clauses and appositives
``stance``         one sentence: its position on a theme, its certainty, whose view it is
``sentences``      every sentence that touches a theme, read in its paragraph
``split``          the theme sentences of a large corpus read in several processes
``positions``      an article's position on each theme, and the themes × articles matrix
``disagreements``  pairs of differing positions on a theme, and the themes they differ most on
``shift``          positions in order of publication, and how they moved, in words
``vocabulary``     each article's distinctive words
``estimates``      figures of the same quantity compared across articles
``discover``       whether the codebook fits the corpus; themes found in the corpus; a draft codebook
``check``          what each theme, label and pattern of a codebook matches in a corpus
=================  ===========================================================================

How a sentence gets a position, in order:

1. the sentence belongs to a theme when one of the theme's ``patterns`` matches (and one of
   its ``requires`` patterns, when the theme has them);
2. the theme's position labels are matched; a label inside an ``ignore`` span (a treaty's
   name, a word quoted as a word) does not count, and a label is *rejected*, not held, when
   (:data:`~analysis.views.stance.LABEL_RULES`) the sentence is a question, it sits in the quoted words of a
   banner, placard or slogan ('under a banner that read, "Complete support and solidarity ..."'), it sits in an aside that
   compares with something else ("– like Sentosa, the setting of the first North Korea-US summit –"), a negator precedes
   it in its clause ("not an alliance", "does not necessarily have to be a reason for
   hostility"), an absence holds only so far ("no countermeasures yet"), a condition or possibility governs it ("if", "would", "could", "any real
   prospect of reviving", "may suggest"; not a demand: "only if he gets security guarantees", nor the
   reported "will": "told Putin the meeting would help strengthen ties"), the sentence doubts what the label names ("the
   triangle looks unlikely to last", "the alliance is a myth") or is about a proposition ("The notion that ..."), or it belongs to another actor
   than the theme's ("Washington's leverage", "closer ties with NATO", "North Korea–China trade",
   "services between China and North Korea", "China, which is North Korea's only ally", "Even China,
   Pyongyang's only ally"; not "According to South Korean assessments, North Korea has sent", nor
   "China is happy to see North Korea and Russia grow their ties");
   a label that is a reporting verb ("the Pentagon claims", "after first alleging") takes its subject as its source; an
   article that does not name each actor of the codebook's ``subject`` takes no position at all, an
   article that never names a theme's ``actors`` takes no position on it, and neither does a
   sentence without them (or the theme's ``context`` actors) in it or in the two sentences
   before ("the two countries" carries the pair named earlier);
3. contrasts decide between labels: "X rather than Y", "not X but Y", "more likely X than Y",
   "X, not Y", "X instead of Y" prefer X; a correction ("X actually/in fact Y") prefers what Y says X
   is; a concession ("Although Y, X", "Y, but X", "X, even though Y") makes X the main point without
   denying Y;
4. otherwise the first label in codebook order wins (positions are listed most specific first).

A sentence is *attributed* (a reported position, with its holder) when it overlaps a claim
whose cue is a verb of saying or thinking, or a quote that has a speaker, or holds a
reporting verb with a third-party subject ("Chinese analysts argue"), an agentless report
("it is argued that", "is deemed to be", "there are concerns"), "according to X", or ends in
a footnote marker (a cited statement).  A treaty, decree or law as the holder ("The accord calls on each
side to ...", "according to a decree published on Saturday") is no one's view: the sentence is the
writer's.  The source of a report is not the actor of what it reports ("Reports from South Korea and
Western countries say North Korea has supplied ..." is about North Korea).  A pronoun holder ("They note", "According to him")
takes the last holder named in the paragraph, or in the one before; an agentless report takes
the last holder named in the same paragraph.  First-person thinking ("I think") is the
author's own, unless it sits inside quotation marks (the quote's speaker's).  Subjects, holders after "according to", pronouns and hedges come from the
package's one attribution engine, :mod:`analysis.nlp`; the codebook adds its cue and marker lists.

An article's position on a theme is the weighted vote of its own sentences (hedged 0.5,
asserted 1, boosted 1.5; ×2 for the preferred side of a contrast; ×1.5 in a paragraph that
opens "In conclusion" and in the closing paragraph; ×0.25 for a sentence about the past: every
date in it five or more years before publication, "decades ago", or a historical marker such as
"the Cold War" in a sentence not dated recently; a label the same voice sets aside in a contrast
loses that sentence's weight), or
the vote of the positions it reports when the author takes none, or only in passing (own
weight under a third of the reported).  A wrong label is worse than none: when the leading
label weighs less than ``MIN_LEAD`` times the runner-up, the article has "no clear position"
(``stance``), with the competing labels and their evidence in ``competing``, unless the closing
paragraph's verdict or, without one, the headline holds one of the close labels (the story's own summary), or the
close labels are all among the theme's ``nested`` labels (degrees of one thing: an alliance is also a partnership),
when the most specific is stated, the sentences of the others agreeing with it.  A theme's
``min_sentences`` asks that many sentences (either voice) for a label, unless a verdict or contrast chose it or, with
``lead_suffices``, it is the writer's own unhedged statement in the headline or the lead (first two full sentences),
or it is read inside a match of the theme's ``suffices`` patterns (the ties' signed treaty: "a mutual defense treaty"), or
it is one of the theme's ``lone_sentence_labels`` (``lone_reported_labels`` where the position is a source's): labels
whose lone sentences proved right on the development set, read by words that match none of the theme's ``lone_unless``
patterns (a deed told rather than the label named: "in exchange for munitions" is no marriage of convenience called so),
or one of its ``lone_asserted_labels`` stated unhedged (no hedge, no modal or condition before its words: "flights
reopened in 2023", not "trade would resume");
``reported_as`` reads a label held in a source's voice as another (a source's "could" of a supply is its allegation).
``confidence`` grows with the leader's lead and the weight of its evidence.  The weights are constants in
``sentences`` and ``positions``, so a reader can see and change them.  With ``learned=True``, where these
rules found a theme in an article but state no position, the default codebook's learned model (:mod:`.learned`)
may read one where two of the article's sentences read the same label: ``stance`` "learned", its probability as
``confidence``, the sentence it read most surely as evidence (off by default: right 5 times in 7 on blind text; out
of fold, 5 in 6 with two sentences, 13 in 27 with one).

>>> from analysis import load_corpus, extract
>>> tables = extract(load_corpus("seeds"))              # doctest: +SKIP
>>> positions = article_positions(tables)               # doctest: +SKIP
>>> positions.loc[positions.theme == "relationship framing", ["article_id", "position"]]  # doctest: +SKIP
"""
from __future__ import annotations

import pandas as pd

from .codebook import MARKER_KEYS, THEME_TABLE_COLUMNS, Codebook, Theme, as_codebook, load_codebook, theme_table
from .contrast import Contrast, detect_contrast
from .check import CHECK_COLUMNS, check_codebook, format_check
from .disagreements import (DISAGREEMENT_COLUMNS, DISAGREEMENT_SUMMARY_COLUMNS, disagree_most, disagreement_summary,
                            disagreements)
from .discover import (DISCOVERED_ARTICLE_COLUMNS, DISCOVERED_COLUMNS, FIT_COLUMNS, CodebookFit, codebook_fits,
                       discover_themes, draft_codebook, theme_fit)
from .estimates import ESTIMATE_KINDS, conflicting_estimates, estimates_table
from .inputs import table_of
from .patterns import PROBLEM_COLUMNS, CodebookWarning
from .positions import (MIN_LEAD, MIN_SCORE, NO_CLEAR_POSITION, OWN_SHARE, POSITION_COLUMNS, article_positions,
                        theme_matrix)
from .sentences import (CERTAINTY_WEIGHT, CONCLUSION_WEIGHT, CONTRAST_WEIGHT, HISTORICAL_WEIGHT,
                        THEME_SENTENCE_COLUMNS, theme_sentences)
from .split import theme_sentences_split
from .shift import SHIFT_COLUMNS, SHIFT_STORY_COLUMNS, describe_shift, view_shift
from .stance import SentenceReading, attribute_sentence, label_position, read_position
from .vocabulary import TERM_COLUMNS, distinctive_terms

__all__ = [
    "CHECK_COLUMNS", "DISAGREEMENT_SUMMARY_COLUMNS", "DISCOVERED_ARTICLE_COLUMNS", "DISCOVERED_COLUMNS",
    "FIT_COLUMNS", "MIN_LEAD", "NO_CLEAR_POSITION", "SHIFT_STORY_COLUMNS", "CodebookFit",
    "check_codebook", "codebook_fits", "describe_shift", "disagree_most", "disagreement_summary",
    "discover_themes", "draft_codebook", "format_check", "theme_fit",
    "CERTAINTY_WEIGHT", "CONCLUSION_WEIGHT", "CONTRAST_WEIGHT", "DISAGREEMENT_COLUMNS", "ESTIMATE_KINDS",
    "HISTORICAL_WEIGHT", "MARKER_KEYS", "MIN_SCORE", "OWN_SHARE", "POSITION_COLUMNS", "PROBLEM_COLUMNS",
    "SHIFT_COLUMNS", "TERM_COLUMNS", "THEME_SENTENCE_COLUMNS", "THEME_TABLE_COLUMNS",
    "Codebook", "CodebookWarning", "Contrast", "SentenceReading", "Theme",
    "article_positions", "attribute_sentence", "collect_views", "conflicting_estimates", "detect_contrast",
    "disagreements", "distinctive_terms", "estimates_table", "label_position", "load_codebook",
    "read_position", "theme_matrix", "theme_sentences", "theme_table", "view_shift",
]


def collect_views(tables, codebook=None, *, n_terms: int = 10, jobs: int = 1) -> dict[str, pd.DataFrame]:
    """All the views of a corpus at once, by table name (what the briefing writes to CSV).

    ``themes`` describes the codebook, with the problem of any theme left out and how well each
    theme fits the corpus (:data:`FIT_COLUMNS`; pass it to :func:`codebook_fits` for the verdict);
    ``disagreement_summary`` and ``shift_story`` come from the positions table alone;
    ``codebook_problems`` lists every pattern stopped for running out of time.  ``jobs > 1`` reads the
    theme sentences of a large corpus in that many processes (:mod:`.split`); the tables are the same.
    """
    book = as_codebook(codebook)
    problems: list[dict] = []
    rows = theme_sentences_split(tables, book, jobs=jobs, problems=problems)
    positions = article_positions(tables, book, theme_rows=rows)
    articles = table_of(tables, "articles")
    fit = theme_fit(tables, book, theme_rows=rows, positions=positions)
    themes = theme_table(book, problems).merge(fit, on="theme", how="left")
    return {
        "theme_sentences": rows,
        "positions": positions,
        "theme_matrix": theme_matrix(positions, articles=articles),
        "disagreements": disagreements(positions),
        "disagreement_summary": disagreement_summary(positions),
        "view_shift": view_shift(positions, articles),
        "shift_story": describe_shift(positions, articles),
        "distinctive_terms": distinctive_terms(tables, n=n_terms),
        "themes": themes,
        "codebook_problems": pd.DataFrame(problems, columns=PROBLEM_COLUMNS),
    }
