"""Each article's distinctive vocabulary against the rest of the corpus (log-odds with an informative prior)."""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from typing import Iterable, Optional

import pandas as pd

from ..lexicons import load_list
from .inputs import clean_text, table_of

TERM_COLUMNS = ["article_id", "term", "log_odds_z", "count", "rest_count"]

# no letters glued to digits: "19th" and "20th" are no word "th"
_WORD = re.compile(r"(?<![0-9])(?:(?:[A-Z]\.){2,}|[A-Za-z]+(?:[’'-][A-Za-z]+)*)(?![0-9])")


def _term(word: str) -> str:
    """One word token as a term ("" when it is none): lower case, acronyms kept ("US", "U.S." -> "US"), possessive 's
    dropped."""
    word = word.replace("’", "'")
    if "." in word:
        word = word.replace(".", "")
    elif word.endswith(("'s", "'S")):
        word = word[:-2]
    if len(word) < 2:
        return ""
    return word if word.isupper() else word.lower()


def _terms_of(text: str, seen: Optional[dict] = None) -> list[str]:
    """The terms of ``text``'s word tokens (:func:`_term`); ``seen`` keeps each token's term across calls (a
    corpus repeats its words)."""
    seen = {} if seen is None else seen
    out = []
    for word in _WORD.findall(text):
        term = seen.get(word)
        if term is None:
            term = seen[word] = _term(word)
        if term:
            out.append(term)
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
        frame = table_of(source, "sentences")
        arts = table_of(source, "articles")
        if "author" in arts:
            authors = {r.article_id: clean_text(r.author) for r in arts.itertuples(index=False)}
    texts: dict[str, list[str]] = defaultdict(list)
    order = [c for c in ("article_id", "sentence_id", "start") if c in frame]
    for r in frame.sort_values(order, kind="mergesort").itertuples(index=False):
        texts[r.article_id].append(r.text if isinstance(r.text, str) else "")
    return {aid: "\n".join(parts) for aid, parts in texts.items()}, authors


# The news report's own verbs of saying: they mark a wire style ("said" in every paragraph), not what an article is about.
SAYING = frozenset({"said", "says", "told"})

def distinctive_terms(source, n: int = 10, *, prior: float = 0.1, min_count: int = 2,
                      stopwords: Optional[Iterable[str]] = None) -> pd.DataFrame:
    """Each article's most distinctive words against the rest of the corpus.

    Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
    "Fightin' Words", §3.5): the prior for word *w* is ``prior`` × its count in the whole
    corpus, and the z-score divides the log-odds difference by its approximate standard
    error, so rare words are shrunk rather than ranked first.  With a handful of articles
    these scores describe, they do not test anything.  Function words
    (``lexicons/stopwords.txt``), the report's own verbs of saying (:data:`SAYING`: a wire style, not a topic) and
    the article's own author name are not reported.

    >>> distinctive_terms(tables, n=5)          # doctest: +SKIP
    """
    texts, authors = _texts(source)
    stop = frozenset(w.lower() for w in (stopwords if stopwords is not None else load_list("stopwords.txt"))) | SAYING
    seen: dict = {}
    counts = {aid: Counter(_terms_of(text, seen)) for aid, text in sorted(texts.items())}
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
