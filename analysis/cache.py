"""A content-addressed cache of per-article extraction results and executed notebooks.

Re-extracting a corpus after adding a few articles, or rebuilding a briefing
after editing one notebook, should not redo the work whose inputs did not change.
Each article's records are stored under a key that hashes everything the result
depends on:

* the article itself: its text and every metadata field (the publication date
  changes how relative dates resolve), as loaded from the folder and manifest;
* which extractor families ran;
* the package: its version and the bytes of every module and lexicon file in
  ``analysis/``, so editing a reporting-verb list or a regular expression gives
  new keys, even without a version bump;
* the Python version (``re`` behaviour).

An executed notebook is stored under a key that hashes the notebook file, every
file of the corpus (articles and manifest), the theme codebook, the build's
parameters, the package fingerprint above, the kernel's command line, and the
versions of the libraries that draw and serialise its outputs.  The tables a notebook reads are a
deterministic function of those inputs (the tests check this byte for byte), so
the key covers them, and the build can tell before extracting anything which
notebooks need a kernel.

A stale result cannot be served: any change to an input is a different key.
Entries are JSON (never pickle: a cache file cannot run code), written
atomically, one file per article, so a cache shared by parallel runs stays
consistent.  A corrupt entry counts as a miss and is rewritten.

The library's :func:`analysis.extract.extract` uses no cache unless given one;
the command line uses ``$BRIEFING_CACHE_DIR``, else ``$XDG_CACHE_HOME/briefing``,
else ``~/.cache/briefing``; ``--no-cache`` (or ``BRIEFING_CACHE_DIR=off``) turns
it off.  Delete the folder to empty it.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import asdict, fields
from functools import lru_cache
from pathlib import Path
from typing import Optional

from . import __version__, config
from .records import RECORD_TYPES, Article

TABLES = ("sentences", "quotes", "claims", "figures", "dates")
FORMAT = 1  # bump when the entry layout changes


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """sha256 over the package version and the bytes of every source and data file in ``analysis/``."""
    digest = hashlib.sha256(f"briefing {__version__} format {FORMAT} python {sys.version_info[:2]}".encode())
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(config.PACKAGE_DIR).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def article_key(article: Article, families: tuple[str, ...]) -> str:
    """The cache key of one article's extraction: changes whenever its result could."""
    digest = hashlib.sha256(package_fingerprint().encode())
    digest.update(json.dumps(sorted(families)).encode())
    meta = {k: v for k, v in asdict(article).items() if k != "text"}
    digest.update(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    digest.update(hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).digest())
    return digest.hexdigest()


def default_cache_dir() -> Optional[Path]:
    """Where the command line keeps its cache, or None when ``BRIEFING_CACHE_DIR=off``."""
    chosen = os.environ.get("BRIEFING_CACHE_DIR", "").strip()
    if chosen.lower() in ("off", "0", "none", "no"):
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or Path.home() / ".cache"
    return Path(base) / "briefing"


class Cache:
    """Per-article records (:func:`article_key`) and executed notebooks (:func:`notebook_key`) on disk."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.hits = self.misses = 0

    def _path(self, key: str) -> Path:
        return self.root / "extract" / key[:2] / f"{key}.json"

    def get(self, key: str) -> Optional[dict[str, list]]:
        try:
            raw = json.loads(self._path(key).read_text(encoding="utf-8"))
            records = {name: [RECORD_TYPES[name](**row) for row in raw[name]] for name in TABLES}
        except (OSError, ValueError, TypeError, KeyError):  # absent, or corrupt: extract again
            self.misses += 1
            return None
        self.hits += 1
        return records

    def put(self, key: str, records: dict[str, list]) -> None:
        from .errors import OutputError
        from .io import write_text

        entry = {name: [_row(r) for r in records.get(name, [])] for name in TABLES}
        try:
            write_text(self._path(key), json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
        except (OSError, OutputError):  # a full or read-only disk makes the cache useless, not the run
            pass


    def _notebook_path(self, key: str) -> Path:
        return self.root / "notebooks" / key[:2] / f"{key}.ipynb"

    def has_notebook(self, key: str) -> bool:
        return self._notebook_path(key).is_file()

    def get_notebook(self, key: str, target: Path) -> bool:
        """Copy the executed notebook stored under ``key`` to ``target``; False when absent or unreadable."""
        from .io import write_bytes

        try:
            content = self._notebook_path(key).read_bytes()
            json.loads(content)
            write_bytes(target, content)
        except (OSError, ValueError):
            return False
        return True

    def put_notebook(self, key: str, executed: Path) -> None:
        from .errors import OutputError
        from .io import write_bytes

        try:
            write_bytes(self._notebook_path(key), executed.read_bytes())
        except (OSError, OutputError):
            pass


# Libraries whose versions change what an executed notebook contains.
NOTEBOOK_LIBRARIES = ("pandas", "numpy", "matplotlib", "seaborn", "matplotlib-inline", "pillow", "ipykernel",
                      "nbformat", "papermill", "PyYAML")


def corpus_digest(corpus_dir: Path) -> str:
    """sha256 over the names and bytes of every file the corpus loader reads (``*.txt``, the manifest)."""
    root = Path(corpus_dir)
    digest = hashlib.sha256()
    paths = [p for p in root.glob("*.txt") if p.is_file()]
    if (root / config.MANIFEST_NAME).is_file():
        paths.append(root / config.MANIFEST_NAME)
    for path in sorted(paths, key=lambda p: p.name):
        digest.update(path.name.encode("utf-8", "surrogateescape") + b"\0")
        with open(path, "rb") as fh:
            digest.update(hashlib.file_digest(fh, "sha256").digest() if hasattr(hashlib, "file_digest")
                          else hashlib.sha256(fh.read()).digest())
    return digest.hexdigest()


def kernel_identity(name: str) -> str:
    """What runs the notebooks: the kernelspec's command line, which names its Python.

    The library versions in :func:`notebook_key` are read from this process's
    environment, which is the kernel's when the kernelspec runs this Python (the
    default after ``make setup``); a kernelspec pointing elsewhere changes the key.
    """
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        return f"missing kernel {name}"
    argv = [sys.executable if a in ("python", "python3") else a for a in spec.argv]
    return json.dumps([os.path.abspath(argv[0]) if argv else "", *argv[1:]])  # a venv is its path, not its target


def notebook_key(notebook: Path, *, corpus: str, themes: Path, parameters: dict, kernel: str = "") -> str:
    """The cache key of one executed notebook; ``corpus`` is :func:`corpus_digest` of its corpus and
    ``kernel`` is :func:`kernel_identity`."""
    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for name in NOTEBOOK_LIBRARIES:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = ""
    digest = hashlib.sha256(package_fingerprint().encode())
    digest.update(json.dumps({"versions": versions, "parameters": parameters, "corpus": corpus, "kernel": kernel},
                             sort_keys=True).encode("utf-8"))
    digest.update(hashlib.sha256(Path(notebook).read_bytes()).digest())
    digest.update(hashlib.sha256(Path(themes).read_bytes()).digest())
    return digest.hexdigest()


def _row(record) -> dict:
    return {f.name: getattr(record, f.name) for f in fields(record)}
