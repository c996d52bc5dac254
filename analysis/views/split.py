"""The theme sentences of a corpus read in several processes, article groups side by side.

:func:`~analysis.views.sentences.theme_sentences` reads each article on its own (holders carry
across the paragraphs of one article, never into the next), so the corpus can be cut between
articles and the parts read at once: :func:`theme_sentences_split` returns the frame
``theme_sentences`` returns for the whole, row for row.  It is most of the time of the views of
a large corpus (``build --data`` of 1,000 articles).

The parts are contiguous runs of the articles in id order, of about equal numbers of sentences;
this process reads the first while forked workers read the others.  Forked, the workers share the
compiled codebook and the tables without copying or compiling them again; where processes cannot be
forked, or the corpus is small, everything is read in this process.  An interrupt or an error here
kills the workers.  A theme or marker list stopped for running out of time is stopped in the
part where it ran out (each part has the time budget of its sentences), and its problem is
reported as from one process.
"""
from __future__ import annotations

import multiprocessing
from typing import Optional

import pandas as pd

from ..records import TABLES
from .inputs import table_of
from .sentences import theme_sentences

# Below this many sentences a fork costs more than it saves (1,000 articles hold about 38,000).
MIN_SPLIT_SENTENCES = 4000

_PARTS: list = []     # the parts and the codebook, set before forking: the workers read them from here


def article_groups(sentences: pd.DataFrame, parts: int) -> list[list]:
    """The article ids in sorted order, cut into at most ``parts`` contiguous runs of about as many sentences each."""
    counts = sentences["article_id"].value_counts(sort=False)
    ids = pd.Series(counts.index).sort_values(kind="mergesort").tolist()    # the order theme_sentences sorts in
    total = int(counts.sum())
    groups: list[list] = [[]]
    done = 0
    for aid in ids:
        if groups[-1] and len(groups) < parts and done >= total * len(groups) / parts:
            groups.append([])
        groups[-1].append(aid)
        done += int(counts[aid])
    return [g for g in groups if g]


def _subset(tables, ids: list) -> dict:
    """Every table of ``tables`` restricted to the articles ``ids``."""
    keep = set(ids)
    out = {}
    for name in TABLES:
        frame = table_of(tables, name)
        if "article_id" in frame.columns:
            frame = frame[frame["article_id"].isin(keep)]
        out[name] = frame
    return out


def _read_part(k: int) -> tuple[pd.DataFrame, list]:
    tables, book = _PARTS[k], _PARTS[-1]
    problems: list = []
    return theme_sentences(tables, book, problems=problems), problems


def _worker(k: int, conn) -> None:
    """A forked worker: part ``k`` read, its result (or its error) sent back."""
    try:
        result = ("ok", _read_part(k))
    except BaseException as exc:       # noqa: BLE001 - handed to the main process, which raises it
        result = ("error", exc)
    try:
        conn.send(result)
    except Exception as exc:           # an error that does not pickle
        conn.send(("error", RuntimeError(f"{type(result[1]).__name__}: {result[1]} ({exc})")))
    finally:
        conn.close()


def _fork_context():
    try:
        return multiprocessing.get_context("fork")
    except ValueError:          # no fork on this platform
        return None


def theme_sentences_split(tables, book, *, jobs: int = 1, problems: Optional[list] = None) -> pd.DataFrame:
    """:func:`~analysis.views.sentences.theme_sentences` of ``tables`` with the codebook ``book``, read in up to
    ``jobs`` processes (this one and ``jobs - 1`` forked workers); the same frame, and the same ``problems``
    records, as one process reading it all."""
    sentences = table_of(tables, "sentences")
    context = _fork_context()
    if jobs < 2 or context is None or len(sentences) < MIN_SPLIT_SENTENCES or "article_id" not in sentences:
        return theme_sentences(tables, book, problems=problems)
    groups = article_groups(sentences, jobs)
    if len(groups) < 2:
        return theme_sentences(tables, book, problems=problems)
    _PARTS[:] = [_subset(tables, ids) for ids in groups] + [book]
    workers = []
    try:
        for k in range(1, len(groups)):
            receive, send = context.Pipe(duplex=False)
            worker = context.Process(target=_worker, args=(k, send), daemon=True)
            worker.start()
            send.close()
            workers.append((worker, receive))
        results = [_read_part(0)]
        for worker, receive in workers:
            try:
                status, value = receive.recv()
            except EOFError:
                raise RuntimeError(f"a worker reading the theme sentences died (exit code {worker.exitcode})") from None
            if status != "ok":
                raise value
            results.append(value)
    except BaseException:
        # an interrupt or an error: the workers stop now (a forked worker of the command line ignores SIGTERM and
        # SIGINT, leaving them to this process, so they are killed)
        for worker, _ in workers:
            if worker.is_alive():
                worker.kill()
        raise
    finally:
        _PARTS.clear()
        for worker, receive in workers:
            receive.close()
            worker.join()
    if problems is not None:
        for _, found in results:
            problems.extend(found)
    frames = [frame for frame, _ in results if not frame.empty]
    if not frames:
        return results[0][0]
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
