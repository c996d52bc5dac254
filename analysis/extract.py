"""Run the extractors over a corpus into tidy tables.

One article is the unit of work: :func:`extract_article` turns an Article into
records for every table, and :func:`extract` gathers them for a whole corpus,
in one process or several.  Output order never depends on scheduling: every table
is sorted by article and span before it is returned.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Optional

from .cache import Cache, article_key
from .claims import extract_claims
from .corpus import Corpus
from .dates import extract_dates
from .figures import extract_figures
from .figures.claimed import attribute_figures
from .figures.pronoun_sources import resolve_pronoun_sources
from .nlp.office_holders import published_on
from .quote_claims import claim_speakers
from .quotes import extract_quotes
from .records import MENTION_TABLES, TABLES, Article, Skip, empty_frame, to_frame
from .text import split_sentences

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Tables:
    """The extracted tables of a corpus, one DataFrame each (one row = one mention)."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame
    claims: pd.DataFrame
    figures: pd.DataFrame
    dates: pd.DataFrame
    skips: pd.DataFrame = field(default_factory=lambda: empty_frame("skips"))
    entities: Optional[pd.DataFrame] = None

    def __post_init__(self):
        # Without an entities table given, it is built from the speakers and sources of all articles
        # (analysis.entities), which also fills their entity_id: the same for extract() and extract_dask().
        if self.entities is None:
            from .entities import link_entities

            self.entities, self.quotes, self.claims, self.figures = link_entities(self.quotes, self.claims,
                                                                                  self.figures)

    def items(self):
        """``(name, frame)`` for every table of the contract, in :data:`analysis.records.TABLES` order."""
        for name in TABLES:
            yield name, getattr(self, name)


FAMILIES = ("quotes", "claims", "figures", "dates")
PROBLEMS = "problems"  # key of extract_article's result listing the tables a defect left out (Skip rows)


def extract_article(article: Article, families: tuple[str, ...] = FAMILIES) -> dict[str, list]:
    """All records of one article, by table name; ``families`` limits which extractors run."""
    text, aid, published = article.text, article.article_id, article.published or None
    sentences = split_sentences(text, article_id=aid)
    out: dict[str, list] = {name: [] for name in FAMILIES}
    out["sentences"] = sentences
    problems: list[Skip] = []

    def guarded(family: str, run: Callable[[], list]) -> list:
        # A defect in one extractor costs this article that table, recorded as a skip the briefing
        # shows, not the whole run (the other articles and tables are still written).
        try:
            return run()
        except Exception as exc:  # noqa: BLE001 - any defect; the message names the file and table
            problems.append(Skip(article.file, f"{family} not extracted: {type(exc).__name__}: {exc}"[:300]))
            return []

    if "quotes" in families:
        out["quotes"] = guarded("quotes", lambda: extract_quotes(text, article_id=aid, sentences=sentences,
                                                                 published=published))
    if "claims" in families:
        # The publication date reaches the claims' descriptions too ("the Russian president" then in office).
        with published_on(published):
            out["claims"] = guarded("claims", lambda: extract_claims(text, article_id=aid, sentences=sentences))
    if "quotes" in families and "claims" in families:
        # A speakerless quoted fragment inside a claim's content is that claim's source's (analysis.quote_claims).
        # Guarded like the families: on a defect the quotes stay as the quote rules found them.
        out["quotes"] = guarded("quote speakers from claims", lambda: claim_speakers(text, out["quotes"], out["claims"])) or out["quotes"]
    if "dates" in families or "figures" in families:
        # Figures need the dates for refers_to: find them once and share them.
        dates = guarded("dates", lambda: extract_dates(text, article_id=aid, published=published, sentences=sentences))
        if "dates" in families:
            out["dates"] = dates
        if "figures" in families:
            # A pronoun source takes the name the claim and quote rules gave it; without those families it has none.
            # A figure inside a claim's content or a quotation is reported by its source (figures/claimed.py).
            out["figures"] = guarded("figures", lambda: attribute_figures(resolve_pronoun_sources(
                extract_figures(text, article_id=aid, published=published, sentences=sentences, dates=dates),
                out["claims"], out["quotes"]), out["claims"], out["quotes"], text))
    if problems:
        out[PROBLEMS] = problems
    return out


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def extract(corpus: Corpus, *, jobs: int = 1, families: tuple[str, ...] = FAMILIES,
            progress: Optional[Callable[[int, int, str], None]] = None,
            cache: Optional[Cache] = None) -> Tables:
    """Extract every table from ``corpus``.

    ``jobs > 1`` spreads articles over worker processes; the tables are the same,
    row for row, as with ``jobs=1``.  ``progress(done, total, article_id)`` is
    called after each article.  With a ``cache``
    (:class:`analysis.cache.Cache`), articles whose content, metadata
    and extractor code are unchanged are read from it instead of extracted.

    >>> tables = extract(load_corpus("seeds"))          # doctest: +SKIP
    >>> tables.figures[["text", "value", "unit"]].head()  # doctest: +SKIP
    """
    articles = list(corpus.articles)
    total = len(articles)
    results: list[Optional[dict[str, list]]] = [None] * total
    keys = [article_key(a, families) for a in articles] if cache is not None else []
    done = 0

    def record(i: int, records: dict[str, list], store: bool) -> None:
        nonlocal done
        results[i] = records
        if store and not records.get(PROBLEMS):  # an article a defect cut short is extracted again next time
            cache.put(keys[i], records)
        done += 1
        if progress:
            progress(done, total, articles[i].article_id)

    todo = []
    for i in range(total):
        cached = cache.get(keys[i], articles[i]) if cache is not None else None
        if cached is not None:
            record(i, cached, store=False)
        else:
            todo.append(i)
    if jobs > 1 and len(todo) > 1:
        chunk = max(1, min(64, len(todo) // (jobs * 4) or 1))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            mapped = pool.map(extract_article, [articles[i] for i in todo], [families] * len(todo), chunksize=chunk)
            try:
                for i, records in zip(todo, mapped):
                    record(i, records, store=cache is not None)
            except BaseException:  # an interrupt (or a failing progress callback): drop the queued work
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    else:
        for i in todo:
            record(i, extract_article(articles[i], families), store=cache is not None)
    collected = {name: [r for records in results for r in records[name]] for name in MENTION_TABLES}
    return Tables(
        articles=corpus.articles_frame(),
        skips=skips_with_problems(corpus, results),
        **{name: to_frame(collected[name], name) for name in MENTION_TABLES},
    )


def skips_with_problems(corpus: Corpus, results) -> pd.DataFrame:
    """The corpus's skips, then every table an extractor defect left out, in article order."""
    problems = [p for records in results if records for p in records.get(PROBLEMS, [])]
    return to_frame(list(corpus.skips) + problems, "skips")
