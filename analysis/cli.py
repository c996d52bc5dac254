"""Command line: ``python -m analysis extract CORPUS --out DIR``, ``build``, ``themes draft|check`` and ``bench``.

Errors a user can act on print as one line, ``error: <file>: <problem>``, and exit
with 1 or 2; skipped articles print as ``warning: <file>: <reason>`` and the run goes on.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__, config
from .build.staging import Terminated, stop_on_signals
from .console import Progress, one_line, say
from .errors import BriefingError

__all__ = ["main", "stop_on_signals", "Terminated"]


class UsageError(BriefingError):
    exit_code = 2


def extract_output(name: str) -> bool:
    """Whether an entry of an --out folder is one that ``extract`` writes (it is replaced whole)."""
    return name.endswith(".csv") or name in ("texts", "parquet")


def cmd_extract(args: argparse.Namespace) -> int:
    from .build.staging import staged
    from .corpus import list_corpus, load_corpus
    from .extract import FAMILIES, extract
    from .tables import write_tables

    families = tuple(f.strip() for f in args.only.split(",")) if args.only else FAMILIES
    unknown = sorted(set(families) - set(FAMILIES))
    if unknown:
        raise UsageError(f"--only: unknown table {', '.join(unknown)} (choose from {', '.join(FAMILIES)})")
    subset = [a for a in args.articles.split(",") if a] if args.articles else None
    on_skip = lambda s: say("warning", f"{Path(args.corpus) / s.file}: skipped: {s.reason}")  # noqa: E731
    list_corpus(args.corpus)  # a missing folder or a broken manifest stops here, before any output
    with staged(Path(args.out), ours=extract_output) as staging:
        progress = Progress("extract", quiet=args.quiet)
        if args.engine == "dask":
            from .distributed import extract_dask
            corpus, tables = extract_dask(args.corpus, scheduler=args.scheduler, families=families, articles=subset,
                                          workers=args.jobs, on_skip=on_skip, progress=progress)
            cache = None
        else:
            cache = open_cache(args)
            corpus = load_corpus(args.corpus, on_skip=on_skip).subset(subset)
            tables = extract(corpus, jobs=args.jobs, families=families, progress=progress, cache=cache)
        written = write_tables(tables, staging, parquet=args.parquet, spreadsheet_safe=args.spreadsheet_safe,
                               texts=corpus.texts)
    if not args.quiet:
        counts = ", ".join(f"{len(getattr(tables, n))} {n}" for n in ("quotes", "claims", "figures", "dates"))
        cached = f", {cache.hits} from the cache" if cache is not None and cache.hits else ""
        print(one_line(f"{len(corpus)} articles ({len(corpus.skips)} skipped{cached}): {counts} -> {args.out} "
                       f"({len(written)} files)"), file=sys.stderr)
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
                        "else $XDG_CACHE_HOME/briefing, else ~/.cache/briefing)")
    p.add_argument("--no-cache", action="store_true", help="extract every article afresh and store nothing")


def cmd_build(args: argparse.Namespace) -> int:
    from .build import BRIEFING, build, exploration_notebooks

    notebooks = [BRIEFING] + (exploration_notebooks() if args.notebooks == "all" else [])
    if args.data and args.corpus:
        raise UsageError("--data and --corpus: give one (--data builds from tables already extracted)")
    build(corpus_dir=Path(args.corpus or config.SEEDS_DIR), data_dir=Path(args.data) if args.data else None,
          out_dir=Path(args.out), themes=args.themes, articles=args.articles, jobs=args.jobs, pdf=not args.no_pdf,
          quiet=args.quiet, notebooks=notebooks, cache=open_cache(args))
    return 0


def _sentences_of(corpus_dir: str, quiet: bool):
    """The sentence table of a corpus (all ``themes`` needs: no extractor runs), with progress on stderr."""
    from .corpus import load_corpus
    from .extract import extract

    on_skip = lambda s: say("warning", f"{Path(corpus_dir) / s.file}: skipped: {s.reason}")  # noqa: E731
    corpus = load_corpus(corpus_dir, on_skip=on_skip)
    return extract(corpus, families=(), progress=Progress("sentences", quiet=quiet))


def emit(text: str) -> None:
    """Write ``text`` to stdout as UTF-8 whatever the locale (a codebook is read as UTF-8)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def cmd_themes_draft(args: argparse.Namespace) -> int:
    from .views import draft_codebook

    tables = _sentences_of(args.corpus, args.quiet)
    if not args.quiet:
        print("themes: finding themes (NMF over the TF-IDF of passages of a few sentences)", file=sys.stderr, flush=True)
    name = args.name or Path(args.corpus).absolute().name
    emit(draft_codebook(tables, name=name, n_themes=args.n_themes))
    return 0


def cmd_themes_check(args: argparse.Namespace) -> int:
    from .views import check_codebook, format_check, load_codebook

    book = load_codebook(args.codebook)  # a bad codebook fails before the corpus is read
    tables = _sentences_of(args.corpus, args.quiet)
    emit(format_check(check_codebook(book, tables), only_problems=args.problems))
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

    p = sub.add_parser("extract", help="write the tables (articles, sentences, quotes, claims, figures, dates, "
                                              "entities) as CSV, and each article's text",
                       description="Read every article in CORPUS (.txt .md .html .htm .pdf .docx; other files are "
                                   "listed in skips.csv) and CORPUS/articles.csv, and write the contract's CSV tables "
                                   "and texts/<article_id>.txt (the text every start/end refers to) to --out, as one "
                                   "set: the folder is replaced whole once everything is written, and a failed or "
                                   "interrupted run leaves the previous set as it was.")
    p.add_argument("corpus", metavar="CORPUS", help="folder of articles")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="folder for the tables (created if missing; replaced whole, so it may hold only CSVs, "
                        "texts/, parquet/ and a README.md)")
    p.add_argument("--articles", metavar="IDS", help="comma-separated article ids to keep (default: all)")
    p.add_argument("--jobs", type=int, default=default_jobs(), metavar="N",
                   help="worker processes (default: all cores, %(default)s); output is the same for any N")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="'local' processes, or 'dask' to run on a Dask cluster (default: local)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: a scheduler address such as tcp://host:8786 (default: a local cluster)")
    p.add_argument("--only", metavar="TABLES", help="comma-separated extractors to run: quotes,claims,figures,dates (default: all)")
    p.add_argument("--parquet", action="store_true", help="also write Parquet files (partitioned by article) for large corpora")
    p.add_argument("--spreadsheet-safe", action="store_true",
                   help="prefix text cells that begin with = + - @ so that spreadsheets show them instead of "
                        "running them as formulas; the text columns then no longer equal article[start:end]")
    add_cache_options(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("build", help="run the briefing notebook and render reports/briefing.html and .pdf",
                       description="Extract the tables (or read them with --data), run notebooks/briefing.ipynb "
                                   "with papermill, and render the briefing (HTML without code, PDF) plus data/*.csv "
                                   "and data/texts/.  The previous report stays until everything succeeded.",
                       epilog="example, a large corpus extracted on a Dask cluster first:  python -m analysis "
                              "extract big --out tables --engine dask --scheduler tcp://HOST:8786 --parquet;  "
                              "python -m analysis build --data tables --out reports")
    p.add_argument("--corpus", help="folder of articles (default: seeds/)")
    p.add_argument("--data", metavar="DIR",
                   help="build from the tables in DIR, written by `extract --out DIR` (the CSVs, or without them "
                        "the Parquet under DIR/parquet/), instead of extracting a corpus")
    p.add_argument("--out", default=str(config.REPORTS_DIR), help="report folder (default: reports/)")
    p.add_argument("--themes", default=str(config.DEFAULT_THEMES), help="theme codebook YAML (default: the package's)")
    p.add_argument("--articles", metavar="IDS", help="comma-separated article ids to keep (default: all)")
    p.add_argument("--notebooks", choices=("briefing", "all"), default="briefing",
                   help="'briefing' (default), or 'all' to also run the exploration notebooks 01_... 04_..., "
                        "each kept executed in OUT/notebooks/")
    p.add_argument("--jobs", type=int, default=default_jobs(), metavar="N",
                   help="worker processes for the extraction and for the views of a large corpus (default: %(default)s)")
    p.add_argument("--no-pdf", action="store_true", help="skip the PDF")
    add_cache_options(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("themes", help="draft a theme codebook from a corpus, or check a codebook against one",
                       description="Work on the theme codebook that the briefing's views use: 'draft' writes a "
                                   "starting codebook from the themes found in a corpus, 'check' shows what each "
                                   "theme, label and pattern of a codebook matches in a corpus.")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    d = actions.add_parser("draft", help="print a starting codebook (YAML) from the themes found in CORPUS",
                           description="Find themes in CORPUS (NMF over the TF-IDF of passages of a few sentences) and print a "
                                       "starting codebook on stdout: one theme per discovered theme, its top terms "
                                       "as patterns, and empty positions for you to fill.  Progress goes to stderr.",
                           epilog="example: python -m analysis themes draft my_corpus > codebook.yml")
    d.add_argument("corpus", metavar="CORPUS", help="folder of articles")
    d.add_argument("--n-themes", type=int, metavar="N", help="number of themes (default: chosen from the corpus size)")
    d.add_argument("--name", help="the codebook's name (default: the corpus folder's name)")
    d.add_argument("-q", "--quiet", action="store_true", help="no progress")
    d.set_defaults(func=cmd_themes_draft)
    c = actions.add_parser("check", help="print what each theme, label and pattern of CODEBOOK matches in CORPUS",
                           description="For each theme and position label of CODEBOOK: the sentences and articles "
                                       "of CORPUS it matches, example matches, and the patterns that match nothing "
                                       "or far more than the rest (marked !!).  Progress goes to stderr.",
                           epilog="example: python -m analysis themes check codebook.yml my_corpus")
    c.add_argument("codebook", metavar="CODEBOOK", help="theme codebook (YAML), e.g. one `themes draft` wrote")
    c.add_argument("corpus", metavar="CORPUS", help="folder of articles")
    c.add_argument("--problems", action="store_true", help="list only the labels and patterns with a problem")
    c.add_argument("-q", "--quiet", action="store_true", help="no progress")
    c.set_defaults(func=cmd_themes_check)

    p = sub.add_parser("bench", help="measure extraction speed and build time (prints a table)",
                       description="Measure extraction speed, memory and the build time against baselines measured "
                                   "in the same run; prints one table.")
    from .bench import add_options
    add_options(p)
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        parser.error("--jobs must be at least 1")
    if getattr(args, "n_themes", None) is not None and args.n_themes < 1:
        parser.error("--n-themes must be at least 1")
    stop_on_signals()
    try:
        return args.func(args)
    except BriefingError as exc:
        say("error", exc)
        return exc.exit_code
    except KeyboardInterrupt as exc:
        how = "stopped by SIGTERM" if isinstance(exc, Terminated) else "interrupted"
        say("error", f"{how}; outputs already in place were left as they were")
        return 143 if isinstance(exc, Terminated) else 130
    except BrokenPipeError:  # `... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush into it at exit
        return 0
    except OSError as exc:  # not foreseen above: still one line, naming the file
        say("error", f"{exc.filename}: {exc.strerror}" if exc.filename else exc)
        return 1
