"""Command line: ``python -m analysis extract CORPUS --out DIR`` and ``python -m analysis build``.

Errors a user can act on print as one line, ``error: <file>: <problem>``, and exit
with 1 or 2; skipped articles print as ``warning: <file>: <reason>`` and the run goes on.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Optional, Sequence

from . import __version__, config
from .errors import BriefingError


class UsageError(BriefingError):
    exit_code = 2


class Progress:
    """Progress on stderr: a rewritten line on a terminal, a line every few seconds otherwise."""

    def __init__(self, label: str, *, quiet: bool = False, every: float = 2.0) -> None:
        self.label, self.quiet, self.every = label, quiet, every
        self.tty = sys.stderr.isatty()
        self.started = self.last = time.monotonic()

    def __call__(self, done: int, total: int, item: str = "") -> None:
        if self.quiet:
            return
        now = time.monotonic()
        if done < total and now - self.last < (0.1 if self.tty else self.every):
            return
        self.last = now
        line = f"{self.label}: {done}/{total} ({100 * done // max(total, 1)}%) {now - self.started:.1f}s {item}"
        if self.tty:
            sys.stderr.write("\r" + line[:100].ljust(100) + ("\n" if done >= total else ""))
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    from .corpus import list_corpus, load_corpus
    from .extract import extract
    from .io import check_writable
    from .tables import write_tables

    from .extract import FAMILIES
    families = tuple(f.strip() for f in args.only.split(",")) if args.only else FAMILIES
    unknown = sorted(set(families) - set(FAMILIES))
    if unknown:
        raise UsageError(f"--only: unknown table {', '.join(unknown)} (choose from {', '.join(FAMILIES)})")
    subset = [a for a in args.articles.split(",") if a] if args.articles else None
    on_skip = lambda s: warn(f"{Path(args.corpus) / s.file}: skipped: {s.reason}")  # noqa: E731
    list_corpus(args.corpus)  # a missing folder or a broken manifest stops here, before any output
    check_writable(Path(args.out))
    if args.engine == "dask":
        from .distributed import extract_dask
        corpus, tables = extract_dask(args.corpus, scheduler=args.scheduler, families=families, articles=subset,
                                      workers=args.jobs, on_skip=on_skip, progress=Progress("extract", quiet=args.quiet))
        cache = None
    else:
        cache = open_cache(args)
        corpus = load_corpus(args.corpus, on_skip=on_skip).subset(subset)
        tables = extract(corpus, jobs=args.jobs, families=families, progress=Progress("extract", quiet=args.quiet),
                         cache=cache)
    written = write_tables(tables, Path(args.out), parquet=args.parquet)
    if not args.quiet:
        counts = ", ".join(f"{len(getattr(tables, n))} {n}" for n in ("quotes", "claims", "figures", "dates"))
        cached = f", {cache.hits} from the cache" if cache is not None and cache.hits else ""
        print(f"{len(corpus)} articles ({len(corpus.skips)} skipped{cached}): {counts} -> {args.out} "
              f"({len(written)} files)", file=sys.stderr)
    return 0


def open_cache(args: argparse.Namespace):
    """The extraction cache the options ask for, or None."""
    from .cache import Cache, default_cache_dir

    if args.no_cache:
        return None
    root = Path(args.cache) if args.cache else default_cache_dir()
    return Cache(root) if root else None


def add_cache_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cache", metavar="DIR",
                   help="extraction cache: unchanged articles are not extracted again; keyed on each article's "
                        "content and metadata and on the package's code (default: $BRIEFING_CACHE_DIR, "
                        "else ~/.cache/briefing)")
    p.add_argument("--no-cache", action="store_true", help="extract every article afresh and store nothing")


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build

    build(corpus_dir=Path(args.corpus), out_dir=Path(args.out), themes=args.themes, articles=args.articles,
          jobs=args.jobs, pdf=not args.no_pdf, quiet=args.quiet, cache=open_cache(args))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import main as bench_main

    return bench_main(args)


def build_parser() -> argparse.ArgumentParser:
    from .extract import default_jobs

    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Turn a folder of articles into tables of quotes, claims, figures and dates, and a briefing.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="write articles/sentences/quotes/claims/figures/dates CSVs",
                       description="Read every *.txt in CORPUS (and CORPUS/articles.csv) and write the contract's CSV tables to --out.")
    p.add_argument("corpus", metavar="CORPUS", help="folder of .txt articles")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the CSV tables (created if missing)")
    p.add_argument("--articles", metavar="IDS", help="comma-separated article ids to keep (default: all)")
    p.add_argument("--jobs", type=int, default=default_jobs(), metavar="N",
                   help="worker processes (default: all cores, %(default)s); output is the same for any N")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="'local' processes, or 'dask' to run on a Dask cluster (default: local)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: a scheduler address such as tcp://host:8786 (default: a local cluster)")
    p.add_argument("--only", metavar="TABLES", help="comma-separated extractors to run: quotes,claims,figures,dates (default: all)")
    p.add_argument("--parquet", action="store_true", help="also write Parquet files (partitioned by article) for large corpora")
    add_cache_options(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("build", help="run the notebooks and render reports/briefing.html and .pdf",
                       description="Extract, run the parameterised notebooks with papermill, and render the briefing "
                                   "(HTML without code, PDF) plus data/*.csv.  The previous report stays until all succeeded.")
    p.add_argument("--corpus", default=str(config.SEEDS_DIR), help="folder of .txt articles (default: seeds/)")
    p.add_argument("--out", default=str(config.REPORTS_DIR), help="report folder (default: reports/)")
    p.add_argument("--themes", default=str(config.DEFAULT_THEMES), help="theme codebook YAML (default: the package's)")
    p.add_argument("--articles", metavar="IDS", help="comma-separated article ids to keep (default: all)")
    p.add_argument("--jobs", type=int, default=default_jobs(), metavar="N", help="notebooks run in parallel (default: %(default)s)")
    p.add_argument("--no-pdf", action="store_true", help="skip the PDF")
    add_cache_options(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("bench", help="measure extraction speed and build time (prints a table)")
    p.add_argument("--scales", default="1,10,30", help="PolNeAR replication factors (default: 1,10,30)")
    p.add_argument("--no-spacy", action="store_true", help="skip the spaCy baseline")
    p.add_argument("--no-build", action="store_true", help="skip the build timing")
    p.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is shown")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        parser.error("--jobs must be at least 1")
    try:
        return args.func(args)
    except BriefingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted; outputs already in place were left as they were", file=sys.stderr)
        return 130
