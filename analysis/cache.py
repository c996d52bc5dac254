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
consistent.  Every entry carries a hash of its contents and passes a schema check
before it is served (:class:`Cache`); a corrupt, altered or misshapen entry counts
as a miss and is rewritten.

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
from .records import MENTION_TABLES, Article, record_from_row

FORMAT = 2  # bump when the entry layout changes


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


def _digest(key: str, payload) -> str:
    """sha256 of an entry's key and payload, in one canonical JSON form."""
    text = json.dumps([key, payload], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Cache:
    """Per-article records (:func:`article_key`) and executed notebooks (:func:`notebook_key`) on disk.

    Every entry is a JSON envelope ``{"format", "key", "sha256", payload}``: the hash
    covers the key and the payload, so an entry that was truncated, edited, or copied
    under another key is a miss.  (It is a check against damage and careless edits, not
    a signature: someone who can write the cache can also write a matching hash.)  The
    payload must then pass a schema check: an extraction entry must hold, for every
    table, rows of exactly the record's fields and types whose spans slice the article's
    text; a notebook entry must be a valid nbformat notebook with cells.  Anything else
    is a miss, and the caller's fresh result overwrites it.
    """

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.hits = self.misses = 0

    def _path(self, key: str) -> Path:
        return self.root / "extract" / key[:2] / f"{key}.json"

    def _load(self, path: Path, key: str, field: str):
        """The payload of the entry at ``path``, or None when absent or its envelope does not check out."""
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if (not isinstance(entry, dict) or set(entry) != {"format", "key", "sha256", field}
                or entry["format"] != FORMAT or entry["key"] != key or entry["sha256"] != _digest(key, entry[field])):
            return None
        return entry[field]

    def _store(self, path: Path, key: str, field: str, payload) -> None:
        from .errors import OutputError
        from .io import write_text

        entry = {"format": FORMAT, "key": key, "sha256": _digest(key, payload), field: payload}
        try:
            write_text(path, json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
        except (OSError, OutputError, UnicodeError):  # a full or read-only disk makes the cache useless, not the run
            pass

    def get(self, key: str, article: Optional[Article] = None) -> Optional[dict[str, list]]:
        """The records stored under ``key``, or None (a miss).  With ``article``, every record
        must also belong to it and slice its text (``text == article.text[start:end]``)."""
        tables = self._load(self._path(key), key, "tables")
        try:
            if not isinstance(tables, dict) or set(tables) != set(MENTION_TABLES):
                raise ValueError("not the extraction tables")
            records = {name: [record_from_row(name, row) for row in tables[name]] for name in MENTION_TABLES}
            if article is not None:
                for record in (r for rows in records.values() for r in rows):
                    if record.article_id != article.article_id or article.text[record.start:record.end] != record.text:
                        raise ValueError("a record that is not this article's")
        except (ValueError, TypeError):  # absent, corrupt, or of another shape: extract again
            self.misses += 1
            return None
        self.hits += 1
        return records

    def put(self, key: str, records: dict[str, list]) -> None:
        self._store(self._path(key), key, "tables",
                    {name: [_row(r) for r in records.get(name, [])] for name in MENTION_TABLES})

    def _notebook_path(self, key: str) -> Path:
        return self.root / "notebooks" / key[:2] / f"{key}.json"

    def _notebook_text(self, key: str) -> Optional[str]:
        """The executed notebook stored under ``key`` as text, or None unless it is a valid notebook with cells."""
        import nbformat

        text = self._load(self._notebook_path(key), key, "notebook")
        if not isinstance(text, str):
            return None
        try:
            notebook = nbformat.reads(text, as_version=4)
            nbformat.validate(notebook)
        except Exception:  # nbformat raises several kinds (JSON, schema, version): each means "not a notebook"
            return None
        return text if notebook.cells else None

    def has_notebook(self, key: str) -> bool:
        return self._notebook_text(key) is not None

    def get_notebook(self, key: str, target: Path) -> bool:
        """Write the executed notebook stored under ``key`` to ``target``; False when absent or invalid."""
        from .errors import OutputError
        from .io import write_text

        text = self._notebook_text(key)
        if text is None:
            return False
        try:
            write_text(target, text)
        except (OSError, OutputError):
            return False
        return True

    def put_notebook(self, key: str, executed: Path) -> None:
        try:
            text = Path(executed).read_text(encoding="utf-8")
        except (OSError, UnicodeError):
            return
        self._store(self._notebook_path(key), key, "notebook", text)


# Libraries whose versions change what an executed notebook contains.
NOTEBOOK_LIBRARIES = ("pandas", "numpy", "matplotlib", "seaborn", "matplotlib-inline", "pillow", "ipykernel",
                      "nbformat", "papermill", "PyYAML")


def corpus_digest(corpus_dir: Path) -> str:
    """sha256 over what the corpus loader reads: the names and bytes of the articles and the manifest,
    the entries it skips (links, pipes...) with their reasons, and the versions of the format readers.
    Links are not followed here either."""
    from .folder import open_regular, scan_folder

    from .formats import reader_versions

    listing = scan_folder(Path(corpus_dir))
    # The same bytes read by another version of a reader library can give another text.
    digest = hashlib.sha256(json.dumps(reader_versions(), sort_keys=True).encode())
    paths = listing.articles + ([listing.manifest] if listing.manifest else [])
    for path in sorted(paths, key=lambda p: p.name):
        digest.update(path.name.encode("utf-8") + b"\0")
        try:
            fd, _ = open_regular(path)
        except ValueError as exc:  # swapped for a link or a pipe since the listing: the loader skips it too
            digest.update(str(exc).encode("utf-8"))
            continue
        with os.fdopen(fd, "rb") as fh:
            digest.update(hashlib.file_digest(fh, "sha256").digest() if hasattr(hashlib, "file_digest")
                          else hashlib.sha256(fh.read()).digest())
    for skip in listing.skips:
        digest.update(f"skip\0{skip.file}\0{skip.reason}\0".encode("utf-8"))
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
