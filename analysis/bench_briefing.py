"""The 'briefing' part of ``python -m analysis bench``: ``build --data`` timed after extraction at briefing
sizes (the seeds, PolNeAR's first articles, PolNeAR, PolNeAR in distinct copies), with peak memory, PDF pages
and HTML size, each beside its issue 13 target.

The corpora are made in a temporary folder; nothing is copied into the project.  Nothing here asserts a time.
"""
from __future__ import annotations

import csv
import datetime as dt
import shutil
import sys
import time
from pathlib import Path
from typing import Callable

from . import config

BRIEFING_SIZES = (5, 50, 168, 1000)
# Issue 13: on this 2-core machine, the 1,000-article briefing within 60 s after extraction and 2 GB;
# at any size the PDF at most 40 pages and the HTML at most 3 MB.
TARGET_SECONDS_1000, TARGET_MEMORY = 60.0, 2 * 2**30
TARGET_PDF_PAGES, TARGET_HTML_BYTES = 40, 3 * 10**6
SHIFT_DAYS = 91  # each replica of PolNeAR is published one quarter after the one before


def _manifest_rows(source: Path) -> dict[str, dict[str, str]]:
    """``articles.csv`` of ``source`` by file name (empty when there is none)."""
    manifest = source / config.MANIFEST_NAME
    if not manifest.is_file():
        return {}
    with manifest.open(encoding="utf-8", newline="") as fh:
        return {row["file"]: row for row in csv.DictReader(fh)}


def _write_manifest(target: Path, rows: list[dict[str, str]]) -> None:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    with (target / config.MANIFEST_NAME).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def _shift(published: str, days: int) -> str:
    """An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) moved by ``days``; kept as it was when it is not a full date."""
    try:
        return (dt.date.fromisoformat(published) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return published


def first_articles(source: Path, n: int, target: Path) -> Path:
    """The first ``n`` articles of ``source`` in file-name order, with their manifest rows, copied into
    ``target`` (a temporary folder: nothing is copied into the project)."""
    target.mkdir(parents=True, exist_ok=True)
    manifest = _manifest_rows(source)
    rows = []
    for path in sorted(source.glob("*.txt"))[:n]:
        shutil.copyfile(path, target / path.name)
        if path.name in manifest:
            rows.append(manifest[path.name])
    if rows:
        _write_manifest(target, rows)
    return target


def distinct_copies(source: Path, n: int, target: Path, shift_days: int = SHIFT_DAYS) -> Path:
    """``n`` articles made from ``source``'s, copy after copy in file-name order, each copy distinct:
    copy ``k`` has the file names prefixed ``c<k>_`` (so other article ids), its first line and its
    manifest title marked ``(copy k)``, and its publication dates moved ``k * shift_days`` days later.
    Copy 0 keeps the texts and dates as they are."""
    target.mkdir(parents=True, exist_ok=True)
    files = sorted(source.glob("*.txt"))
    if not files:
        raise ValueError(f"no .txt articles in {source}")
    manifest = _manifest_rows(source)
    rows = []
    for i in range(n):
        k, path = divmod(i, len(files))[0], files[i % len(files)]
        text = path.read_text(encoding="utf-8")
        if k:
            first, newline, rest = text.partition("\n")
            text = f"{first.rstrip()} (copy {k}){newline}{rest}"
        name = f"c{k}_{path.name}"
        (target / name).write_text(text, encoding="utf-8")
        if path.name in manifest:
            row = dict(manifest[path.name], file=name)
            if k:
                row["title"] = f"{row['title']} (copy {k})" if row.get("title") else row.get("title", "")
                row["published"] = _shift(row.get("published", ""), k * shift_days)
            rows.append(row)
    if rows:
        _write_manifest(target, rows)
    return target


def pdf_pages(path: Path) -> int | None:
    if not path.is_file():
        return None
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def briefing_corpora(sizes, tmp: Path, polnear: Path) -> list[tuple[int, str, Path]]:
    """(articles, label, folder) for each size: 5 = the seeds; 168 = PolNeAR (``polnear``) read where it is;
    fewer = PolNeAR's first articles in name order; more = PolNeAR in distinct copies."""
    out = []
    for size in sizes:
        if size == len(list(config.SEEDS_DIR.glob("*.txt"))):
            out.append((size, "seeds", config.SEEDS_DIR))
        elif not polnear.is_dir():
            print(f"(PolNeAR corpus not found at {polnear}: the {size}-article briefing is not measured)")
        else:
            total = len(list(polnear.glob("*.txt")))
            if size == total:
                out.append((size, "PolNeAR", polnear))
            elif size < total:
                out.append((size, f"PolNeAR, first {size}", first_articles(polnear, size, tmp / f"polnear_first{size}")))
            else:
                copies = -(-size // total)
                out.append((size, f"PolNeAR, {copies} distinct copies",
                            distinct_copies(polnear, size, tmp / f"polnear_copies{size}")))
    return out


def briefing_rows(args, row, tmp: Path, polnear: Path,
                  run_measured: Callable[[list[str]], tuple[float, int]]) -> list[dict]:
    """For each size: extract once (not timed), then time ``build --data`` on those tables in a new
    process (no cache), its peak memory (every process of the build, sampled, by ``run_measured``), the
    PDF's pages and the HTML's size, each beside its target."""
    sizes = sorted({int(s) for s in str(args.briefing_sizes).split(",") if s.strip()})
    if args.skip_1000:
        sizes = [s for s in sizes if s < 1000]
    py = sys.executable
    results = []
    row("briefing: build --data after extract, no cache; targets", f"1,000 articles <= {TARGET_SECONDS_1000:.0f} s after extraction and "
                            f"<= {TARGET_MEMORY / 2**30:.0f} GiB; any size: PDF <= {TARGET_PDF_PAGES} pages, "
                            f"HTML <= {TARGET_HTML_BYTES / 1e6:.0f} MB")
    for size, label, folder in briefing_corpora(sizes, tmp, polnear):
        tables, out = tmp / f"tables_{size}", tmp / f"briefing_{size}"
        start = time.perf_counter()
        run_measured([py, "-m", "analysis", "extract", str(folder), "--out", str(tables), "-q", "--no-cache"])
        extract_secs = time.perf_counter() - start
        secs, peak = run_measured([py, "-m", "analysis", "build", "--data", str(tables), "--out", str(out),
                                   "--no-cache", "-q"])
        html = out / "briefing.html"
        html_bytes = html.stat().st_size if html.is_file() else None
        pages = pdf_pages(out / "briefing.pdf")
        result = {"articles": size, "label": label, "extract_s": extract_secs, "build_s": secs, "peak": peak,
                  "pdf_pages": pages, "html_bytes": html_bytes}
        results.append(result)
        row(f"briefing {size:,} articles ({label})", format_briefing(result))
        shutil.rmtree(tables, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
    return results


def format_briefing(r: dict) -> str:
    """One row's figures, each with its verdict against the target (time and memory: at 1,000 articles)."""
    def mark(ok: bool) -> str:
        return "ok" if ok else "OVER"

    parts = [f"{r['build_s']:6.1f} s" + (f" [{mark(r['build_s'] <= TARGET_SECONDS_1000)} <= 60 s]"
                                         if r["articles"] >= 1000 else ""),
             f"peak {r['peak'] / 2**20:5.0f} MiB" + (f" [{mark(r['peak'] <= TARGET_MEMORY)} <= 2 GiB]"
                                                      if r["articles"] >= 1000 else ""),
             "PDF -" if r["pdf_pages"] is None else
             f"PDF {r['pdf_pages']:3d} p [{mark(r['pdf_pages'] <= TARGET_PDF_PAGES)} <= 40]",
             "HTML -" if r["html_bytes"] is None else
             f"HTML {r['html_bytes'] / 1e6:5.2f} MB [{mark(r['html_bytes'] <= TARGET_HTML_BYTES)} <= 3 MB]",
             f"(extract {r['extract_s']:.0f} s, not counted)"]
    return "  ".join(parts)


def add_options(p) -> None:
    """The bench's options for this part (added after the others)."""
    p.add_argument("--briefing-sizes", default=",".join(map(str, BRIEFING_SIZES)),
                   help="articles per briefing for 'briefing': 5 = the seeds, up to 168 = PolNeAR's first articles "
                        "in name order, more = PolNeAR in distinct copies (default: 5,50,168,1000)")
    p.add_argument("--skip-1000", action="store_true",
                   help="leave out the briefings of 1,000 articles or more (a quick run)")
