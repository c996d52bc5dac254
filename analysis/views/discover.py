"""Does the codebook fit the corpus, and which themes does the corpus itself hold?

- :func:`theme_fit` — per theme, the share of sentences it matches and the articles that take a
  position on it (the frame the briefing writes as ``themes.csv``);
- :func:`codebook_fits` — a verdict with its reason: the codebook does not fit when most themes
  match few sentences, or when no article takes a position on any theme;
- :func:`discover_themes` — themes found in the corpus: NMF over the TF-IDF of passages of a few
  consecutive sentences (scikit-learn), each sentence placed on the themes by the fitted model,
  each with its top terms, the articles that discuss it and a representative sentence per
  article, plus each article's distinctive terms;
- :func:`draft_codebook` — a starting codebook (YAML) from the discovered themes, with patterns
  and empty position lists for an analyst to fill; it loads with :func:`load_codebook`.

Deterministic: fixed ``random_state``, outputs sorted.  Linear in the corpus: the vocabulary is
capped at ``MAX_FEATURES`` terms and the themes at ``MAX_THEMES``, and NMF runs a fixed number of
iterations, so the work grows with the number of sentences only.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

import pandas as pd

from ..lexicons import load_list
from .codebook import as_codebook
from .inputs import table_of
from .vocabulary import distinctive_terms

FEW_SENTENCES = 0.05        # a theme matching under 5% of the sentences is matched by few
MAX_FEATURES = 5000         # TF-IDF vocabulary cap (keeps NMF linear in the number of sentences)
MAX_THEMES = 8
MIN_THEMES = 2
NMF_MAX_ITER = 400
CHUNK_SENTENCES = 4         # the themes are fitted on passages of this many consecutive sentences
MIN_SENTENCE_WEIGHT = 0.05  # a sentence belongs to its strongest discovered theme above this weight
MIN_ARTICLE_SENTENCES = 2   # an article discusses a discovered theme with at least this many sentences
                            # (or one, when the article is that short)

FIT_COLUMNS = ["theme", "sentences", "sentence_share", "articles_matched", "articles_with_position",
               "articles_no_clear_position", "position_counts"]
DISCOVERED_COLUMNS = ["theme_id", "name", "top_terms", "n_sentences", "n_articles", "articles"]


def _distinct_terms(ranked, n: int) -> list[str]:
    """The first ``n`` terms of ``ranked`` (strongest first) that say something new: a word already inside a
    chosen phrase is skipped, and a phrase replaces the chosen words it holds ("doctors, junior, junior doctors"
    gives "junior doctors"). Reads at most a few times ``n`` terms in practice; never more than ``ranked``."""
    top: list[str] = []
    for term in ranked:
        words = set(term.split())
        if any(words <= set(chosen.split()) for chosen in top):
            continue
        top = [chosen for chosen in top if not set(chosen.split()) < words]
        top.append(term)
        if len(top) == n:
            break
    return top
DISCOVERED_ARTICLE_COLUMNS = ["theme_id", "article_id", "n_sentences", "sentence_id", "start", "end", "sentence"]


class CodebookFit(NamedTuple):
    """Whether a codebook fits a corpus, and why (one sentence a reader can act on)."""

    fits: bool
    reason: str


def theme_fit(tables, codebook=None, *, theme_rows: Optional[pd.DataFrame] = None,
              positions: Optional[pd.DataFrame] = None) -> pd.DataFrame:
    """Per theme: the sentences it matches (count and share of all sentences), the articles it
    matches, and the articles with a position or with no clear position.

    >>> theme_fit(tables)[["theme", "sentence_share", "articles_with_position"]]   # doctest: +SKIP
    """
    from .positions import NO_CLEAR_POSITION, article_positions
    from .sentences import theme_sentences

    book = as_codebook(codebook)
    rows = theme_sentences(tables, book) if theme_rows is None else theme_rows
    positions = article_positions(tables, book, theme_rows=rows) if positions is None else positions
    n_sentences = len(table_of(tables, "sentences"))
    out = []
    for theme in book.theme_names:
        mine = rows[rows["theme"] == theme]
        held = positions[(positions["theme"] == theme) & (positions["position"].fillna("") != "")]
        unclear = positions[(positions["theme"] == theme) & (positions["stance"] == NO_CLEAR_POSITION)]
        counts = held["position"].value_counts()
        out.append({
            "theme": theme,
            "sentences": int(mine["sentence_id"].size),
            "sentence_share": round(len(mine) / n_sentences, 4) if n_sentences else 0.0,
            "articles_matched": int(mine["article_id"].nunique()),
            "articles_with_position": int(held["article_id"].nunique()),
            "articles_no_clear_position": int(unclear["article_id"].nunique()),
            "position_counts": "; ".join(f"{label} ({n})" for label, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))),
        })
    return pd.DataFrame(out, columns=FIT_COLUMNS)


def codebook_fits(fit: pd.DataFrame, *, few: float = FEW_SENTENCES) -> CodebookFit:
    """The verdict on a :func:`theme_fit` frame.

    The codebook does not fit when more than half of its themes match under ``few`` of the
    sentences, or when no article takes a position on any theme.

    >>> codebook_fits(theme_fit(tables))          # doctest: +SKIP
    CodebookFit(fits=True, reason='...')
    """
    if fit.empty:
        return CodebookFit(False, "the codebook has no themes, or the corpus no sentences")
    sparse = fit[fit["sentence_share"] < few]
    n, n_sparse = len(fit), len(sparse)
    if n_sparse * 2 > n:
        return CodebookFit(False, f"{n_sparse} of its {n} themes match fewer than {few:.0%} of the sentences "
                                  f"({', '.join(sparse['theme'])})")
    if int(fit["articles_with_position"].sum()) == 0:
        return CodebookFit(False, f"no article takes a position on any of its {n} themes")
    return CodebookFit(True, f"{n - n_sparse} of its {n} themes match at least {few:.0%} of the sentences, "
                             f"and {int((fit['articles_with_position'] > 0).sum())} themes have articles with a position")


# Reporting words and bare numbers say who speaks, not what about.
_EXTRA_STOPWORDS = ("said", "says", "say", "according", "told", "added", "also", "would", "could", "one", "two")


def _stopwords() -> list[str]:
    return sorted({w.lower() for w in load_list("stopwords.txt")} | set(_EXTRA_STOPWORDS))


def _sentences(tables) -> pd.DataFrame:
    frame = table_of(tables, "sentences")
    frame = frame[frame["text"].map(lambda t: isinstance(t, str) and len(t.split()) >= 4)]
    return frame.sort_values(["article_id", "sentence_id"], kind="mergesort").reset_index(drop=True)


def _n_themes(n_articles: int, n_sentences: int) -> int:
    return max(MIN_THEMES, min(MAX_THEMES, n_articles // 2, n_sentences // 10))


class _Tfidf:
    """scikit-learn's TfidfVectorizer with these settings, as its CountVectorizer then TfidfTransformer, so that
    fitting gives the passages' matrix without counting them twice: ``fit_transform`` is the matrix
    ``fit`` then ``transform`` give, to the last bit (the counts' columns sorted before weighting, as
    ``transform`` has them; TfidfVectorizer's own ``fit_transform`` weights them unsorted and sums each
    row's norm in another order)."""

    def __init__(self):
        import numpy as np
        from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

        self.counter = CountVectorizer(max_features=MAX_FEATURES, stop_words=_stopwords(), min_df=2, max_df=0.5,
                                       ngram_range=(1, 2), dtype=np.float64, token_pattern=_TOKEN)
        self.weigher = TfidfTransformer(sublinear_tf=True)

    def fit_transform(self, documents: list[str]):
        counts = self.counter.fit_transform(documents)
        counts.sort_indices()
        return self.weigher.fit(counts).transform(counts)

    def transform(self, documents: list[str]):
        return self.weigher.transform(self.counter.transform(documents))

    @property
    def n_terms(self) -> int:
        return len(self.counter.vocabulary_)

    def get_feature_names_out(self):
        return self.counter.get_feature_names_out()


_TOKEN = r"(?u)(?<!['’])\b[A-Za-z][A-Za-z-]+\b(?!['’](?:t|ll|ve|re|d|m)\b)"


def discover_themes(tables, *, n_themes: Optional[int] = None, n_terms: int = 8,
                    random_state: int = 0, terms: Optional[pd.DataFrame] = None) -> dict[str, pd.DataFrame]:
    """Themes found in the corpus itself: NMF over the TF-IDF of passages of a few consecutive sentences, each
    sentence then placed on the themes by the fitted model (lone sentences when the passages are too few).

    Returns ``themes`` (theme_id, name = its three top terms, top_terms, n_sentences,
    n_articles, articles), ``articles`` (per theme and article: its sentences on the theme and
    the most representative one, with offsets) and ``terms`` (each article's distinctive terms,
    :func:`~analysis.views.distinctive_terms`; ``terms`` gives them when they were computed already, with at
    least ``n_terms`` per article in the order that function returns them).  Empty frames for a corpus too small
    to factor.

    >>> found = discover_themes(tables)                 # doctest: +SKIP
    >>> found["themes"][["name", "articles"]]           # doctest: +SKIP
    """
    from sklearn.decomposition import NMF

    sentences = _sentences(tables)
    if not len(sentences):
        terms = pd.DataFrame()
    elif terms is None:
        terms = distinctive_terms(tables, n=n_terms)
    else:       # the first n_terms of each article, as distinctive_terms(tables, n=n_terms) gives them
        terms = terms[terms.groupby("article_id", sort=False).cumcount() < n_terms].reset_index(drop=True)
    empty = {"themes": pd.DataFrame(columns=DISCOVERED_COLUMNS),
             "articles": pd.DataFrame(columns=DISCOVERED_ARTICLE_COLUMNS), "terms": terms}
    n_articles = sentences["article_id"].nunique()
    k = n_themes or _n_themes(n_articles, len(sentences))
    if len(sentences) < 2 * k:
        return empty
    vectorizer = _Tfidf()
    # Fit on passages of CHUNK_SENTENCES consecutive sentences of one article, not on lone
    # sentences: a passage carries its subject's words together, so that a quote repeated across
    # articles or a word shared by two stories ("people", "water") does not make a theme of its own
    # or join them; each sentence is then placed on the themes by the fitted model.
    passages = sentences.groupby(["article_id", sentences.groupby("article_id").cumcount() // CHUNK_SENTENCES],
                                 sort=True)["text"].agg(" ".join)
    documents = passages.tolist() if len(passages) >= 2 * k else sentences["text"].tolist()
    try:
        matrix = vectorizer.fit_transform(documents)
    except ValueError:            # no term occurs in two passages and in under half of them
        documents = sentences["text"].tolist()
        try:
            matrix = vectorizer.fit_transform(documents)
        except ValueError:        # nor in two sentences
            return empty
    k = min(k, vectorizer.n_terms)
    if k < MIN_THEMES:
        return empty
    model = NMF(n_components=k, init="nndsvd", random_state=random_state, max_iter=NMF_MAX_ITER)
    model.fit(matrix)
    weights = model.transform(vectorizer.transform(sentences["text"].tolist()))
    vocabulary = vectorizer.get_feature_names_out()
    best = weights.argmax(axis=1)
    strength = weights.max(axis=1)
    sentences = sentences.assign(_theme=best, _weight=strength)
    sentences = sentences[sentences["_weight"] > MIN_SENTENCE_WEIGHT]
    themes, per_article = [], []
    totals = sentences["article_id"].value_counts()      # once: a count per article inside the loop is quadratic
    for t in range(k):
        order = sorted(range(len(vocabulary)), key=lambda j: (-round(float(model.components_[t, j]), 9), vocabulary[j]))
        top = _distinct_terms((vocabulary[j] for j in order if model.components_[t, j] > 0), n_terms)
        mine = sentences[sentences["_theme"] == t]
        discussing = []
        for aid, group in mine.groupby("article_id", sort=True):
            total = int(totals[aid])
            if len(group) < min(MIN_ARTICLE_SENTENCES, total):
                continue
            # the strongest sentence, preferring one of eight words or more to a fragment
            ranked = group.assign(_short=group["text"].map(lambda t: len(t.split()) < 8))
            rep = ranked.sort_values(["_short", "_weight", "sentence_id"], ascending=[True, False, True],
                                     kind="mergesort").iloc[0]
            discussing.append(aid)
            per_article.append({"theme_id": t, "article_id": aid, "n_sentences": len(group),
                                "sentence_id": int(rep["sentence_id"]), "start": int(rep["start"]),
                                "end": int(rep["end"]), "sentence": rep["text"]})
        themes.append({"theme_id": t, "name": ", ".join(top[:3]), "top_terms": ", ".join(top),
                       "n_sentences": len(mine), "n_articles": len(discussing), "articles": ", ".join(discussing)})
    found = pd.DataFrame(themes, columns=DISCOVERED_COLUMNS)
    # Largest first (most articles, then most sentences), so that theme 0 is the corpus's main subject and the
    # section lists the themes in the order the bottom line names them; ids renumbered in that order.
    found = found.sort_values(["n_articles", "n_sentences", "name"], ascending=[False, False, True],
                              kind="mergesort").reset_index(drop=True)
    renumber = {old: new for new, old in enumerate(found["theme_id"])}
    found["theme_id"] = found["theme_id"].map(renumber)
    articles = pd.DataFrame(per_article, columns=DISCOVERED_ARTICLE_COLUMNS)
    articles["theme_id"] = articles["theme_id"].map(renumber)
    articles = articles.sort_values(["theme_id", "article_id"], kind="mergesort").reset_index(drop=True)
    return {"themes": found, "articles": articles, "terms": empty["terms"]}


def _term_pattern(term: str) -> str:
    """A discovered term as a codebook pattern: words joined by any space, a plural allowed ("war"
    must not match "warning")."""
    words = term.split()
    last = words[-1]
    if len(last) > 4 and last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]                   # "houthis" must also match "Houthi"
    words = [re.escape(w) for w in words[:-1]] + [re.escape(last) + r"(?:s|es)?"]
    return r"\s+".join(words)


def _yaml_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def draft_codebook(tables, *, name: str = "", n_themes: Optional[int] = None, n_terms: int = 8,
                   random_state: int = 0) -> str:
    """A starting codebook (YAML) from :func:`discover_themes`: one theme per discovered theme,
    its top terms as patterns, an empty ``positions`` mapping and commented examples for the
    analyst to fill.  ``load_codebook`` reads it as it is (the package's markers are used).

    >>> print(draft_codebook(tables))                   # doctest: +SKIP
    """
    found = discover_themes(tables, n_themes=n_themes, n_terms=n_terms, random_state=random_state)
    lines = [
        "# A starting codebook drafted from the corpus itself (analysis.views.draft_codebook: NMF over",
        "# the TF-IDF of passages of a few sentences).  Rename each theme, write its description, prune",
        "# or widen its patterns (case-insensitive regular expressions matched on word boundaries), then",
        "# fill its positions:",
        "#   positions:",
        "#     label one: ['pattern', 'another pattern']",
        "#     label two: ['pattern']",
        "# Check the result with `python -m analysis themes check CODEBOOK CORPUS`.",
        "",
        f"name: {_yaml_string(name or 'Drafted codebook')}",
        "",
        "# Readings too weak to state, shown with their evidence to check: a theme an article touches in one",
        "# sentence only (passing), a label whose sentences are hedged (hedged).  Remove to state them.",
        "abstain: [passing, hedged]",
        "",
        "themes:",
    ]
    if found["themes"].empty:
        lines += ["  theme 1:",
                  "    description: 'The corpus was too small to find themes in; describe one here.'",
                  "    patterns: ['replace me']",
                  "    positions: {}"]
        return "\n".join(lines) + "\n"
    by_theme = found["articles"].groupby("theme_id")
    for r in found["themes"].itertuples(index=False):
        terms = [t for t in r.top_terms.split(", ") if t]
        title = f"theme {r.theme_id + 1}: {r.name}"
        lines.append(f"  {_yaml_string(title)}:")
        example = ""
        if r.theme_id in by_theme.groups:
            example = by_theme.get_group(r.theme_id).iloc[0]["sentence"]
        lines.append(f"    description: {_yaml_string('Sentences about ' + ', '.join(terms[:5]) + ' (discovered; describe it).')}")
        if example:
            lines.append(f"    # e.g. {' '.join(str(example).split())[:200]}")
        lines.append(f"    # articles: {r.articles}")
        lines.append("    patterns:")
        for term in terms:
            lines.append(f"      - {_yaml_string(_term_pattern(term))}")
        lines.append("    positions: {}")
        lines.append("")
    return "\n".join(lines)
