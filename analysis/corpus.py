"""Read a folder of articles (and an optional ``articles.csv``) into Articles.

Decoding keeps offsets honest: the text is exactly what the file decodes to, so an
extractor's ``start:end`` indexes the same string a user gets from
``open(path, encoding=...)``.  A UTF-8 byte-order mark is kept as the character
U+FEFF at offset 0, as a plain UTF-8 decoder returns it.

A file that cannot be read is skipped with a reason (``Corpus.skips``); the run goes on.
Input the user must fix (a missing folder, a broken manifest) raises a
:class:`~analysis.errors.BriefingError` naming the file.

The folder is a boundary: see :mod:`analysis.folder`.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional

from . import config
from .errors import CorpusError, ManifestError
from .folder import escape_name, read_regular, scan_folder
from .formats.metadata import infer_metadata  # noqa: F401  (the header-line metadata lives with the formats)
from .records import Article, Skip, to_frame

if TYPE_CHECKING:
    import pandas as pd

MANIFEST_COLUMNS = ("file", "title", "author", "outlet", "published", "published_basis", "url", "notes")
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (docx/xlsx?)",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
}

@dataclass
class Corpus:
    """The readable articles of a folder, sorted by id, and the files skipped with reasons."""

    root: Path
    articles: list[Article] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, article_id: str) -> Article:
        for a in self.articles:
            if a.article_id == article_id:
                return a
        raise KeyError(article_id)

    @property
    def texts(self) -> dict[str, str]:
        return {a.article_id: a.text for a in self.articles}

    def subset(self, article_ids: Optional[Iterable[str]]) -> "Corpus":
        """A corpus holding only the named articles (all when ``article_ids`` is empty)."""
        if not article_ids:
            return self
        wanted = set(article_ids)
        unknown = sorted(wanted - {a.article_id for a in self.articles})
        if unknown:
            raise CorpusError(f"{self.root}: no article named {', '.join(unknown)}")
        return Corpus(self.root, [a for a in self.articles if a.article_id in wanted], list(self.skips))

    def articles_frame(self) -> pd.DataFrame:
        return to_frame(self.articles, "articles")

    def skips_frame(self) -> pd.DataFrame:
        return to_frame(self.skips, "skips")


# --------------------------------------------------------------------------- decoding
# Control characters other than whitespace (tab, newline, vertical tab, form feed, carriage return): binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode_article(data: bytes, *, name: str = "") -> tuple[str, str]:
    """Decode a file's bytes to ``(text, encoding)`` or raise ``ValueError`` with the reason.

    UTF-16 needs its byte-order mark; UTF-8 is tried next, then CP1252 (which
    also reads plain Latin-1 text).  Binary data is refused.

    >>> decode_article("café".encode("cp1252"))
    ('café', 'cp1252')
    """
    if not data.strip():
        raise ValueError("empty file" if not data else "no text (whitespace only)")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ValueError(f"binary file ({what}), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ValueError(f"broken UTF-16 ({exc.reason} at byte {exc.start})") from None
        text = text.lstrip("\ufeff")
    elif b"\x00" in data[:4096]:
        raise ValueError("binary file (NUL bytes), not text")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, encoding = data.decode("latin-1"), "latin-1"
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 100):
        raise ValueError("binary file (control characters), not text")
    if not text.strip("\ufeff \t\r\n\f\v"):
        raise ValueError("no text (whitespace only)")
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")) or (head.startswith("<") and "<body" in text[:65536].lower()):
        raise ValueError("HTML markup, not plain text: save the article as text first")
    return text, encoding


# --------------------------------------------------------------------------- metadata
def parse_iso(value: str) -> Optional[str]:
    """Validate an ISO date (YYYY-MM-DD, YYYY-MM or YYYY); return it normalised or None."""
    m = ISO_DATE.match(value.strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    import pandas as pd

    try:
        if day:
            pd.Timestamp(int(year), int(month), int(day))
        elif month and not 1 <= int(month) <= 12:
            return None
    except ValueError:
        return None
    return value.strip()


# --------------------------------------------------------------------------- manifest
MAX_MANIFEST_BYTES = 16 * 1024 * 1024


def _excerpt(value: str, limit: int = 60) -> str:
    """A value from a file, quoted for an error message: printable and short."""
    shown = value if len(value) <= limit else value[:limit] + "…"
    return repr(shown)


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """``articles.csv`` as ``{file: {column: value}}``; raises ManifestError on bad input."""
    try:
        raw = read_regular(path, MAX_MANIFEST_BYTES)
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ManifestError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start}); save it as UTF-8") from None
    except ValueError as exc:
        raise ManifestError(f"{path}: {exc}; the manifest must be a regular file inside the corpus folder") from None
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        rows = list(csv.reader(io.StringIO(content, newline=""), strict=True))
    except csv.Error as exc:
        raise ManifestError(f"{path}: malformed CSV ({exc})") from None
    if not rows:
        raise ManifestError(f"{path}: empty; it needs a header row with a 'file' column")
    header = [h.strip() for h in rows[0]]
    if "file" not in header:  # the header is not echoed: this may not be a manifest at all
        raise ManifestError(f"{path}: no 'file' column in the header; its first line must name the columns "
                            f"({', '.join(MANIFEST_COLUMNS)})")
    out: dict[str, dict[str, str]] = {}
    for line_no, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ManifestError(f"{path}: line {line_no} has {len(row)} fields, the header has {len(header)}")
        record = {k: v.strip() for k, v in zip(header, row) if k in MANIFEST_COLUMNS}
        name = record["file"]
        if not name or Path(name).name != name or name in (".", "..") or "\\" in name:
            raise ManifestError(
                f"{path}: line {line_no}: refusing file {_excerpt(name)}: it must be a plain file name inside the corpus folder")
        if record.get("published"):
            iso = parse_iso(record["published"])
            if not iso:
                raise ManifestError(
                    f"{path}: line {line_no}: published {_excerpt(record['published'])} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
            record["published"] = iso
        basis = record.get("published_basis", "")
        if basis and basis not in ("stated", "inferred", "manifest"):
            raise ManifestError(f"{path}: line {line_no}: published_basis {_excerpt(basis)} must be stated, inferred or manifest")
        if name in out:
            raise ManifestError(f"{path}: line {line_no}: {escape_name(name)} is listed twice")
        out[name] = record
    return out


# --------------------------------------------------------------------------- loading
MAX_REASON = 200
def read_article(path: Path, *, manifest: Optional[dict[str, str]] = None,
                 max_bytes: int = config.MAX_ARTICLE_BYTES) -> Article:
    """One article from its file (any format of :data:`analysis.formats.SUPPORTED`), with the
    metadata the file states or its header lines suggest, and the manifest's overrides applied.

    Raises ``ValueError`` with the reason when the file cannot be used (a link, a pipe,
    too large, not text, a broken PDF...).
    """
    from .formats import read_document

    data = read_regular(path, max_bytes)
    document = read_document(path, data)
    meta = document.meta
    basis = "stated" if meta.get("published") else ""
    values = {key: meta.get(key, "") for key in ("title", "author", "outlet", "published", "url")}
    values["notes"] = ""
    manifest = manifest or {}
    for key in ("title", "author", "outlet", "published", "url", "notes"):
        if manifest.get(key):
            values[key] = manifest[key]
    if manifest.get("published"):
        if manifest.get("published_basis"):
            basis = manifest["published_basis"]
        elif manifest["published"] != meta.get("published", ""):
            basis = "manifest"
    return Article(
        article_id=path.stem, file=path.name, text=document.text, encoding=meta.get("encoding", "utf-8"),
        published_basis=basis, sha256=hashlib.sha256(data).hexdigest(), **values,
    )


def list_corpus(corpus_dir: str | Path) -> tuple[Path, list[Path], dict[str, dict[str, str]], list[Skip]]:
    """The folder's articles (sorted by name), its manifest, and the skips: entries that are not regular
    files or not in a readable format (see :func:`scan_folder`) and files the manifest names but the
    folder lacks.
    Raises CorpusError / ManifestError for input the user must fix."""
    root = Path(corpus_dir)
    if not root.exists():
        raise CorpusError(f"{root}: corpus folder not found")
    if not root.is_dir():
        raise CorpusError(f"{root}: not a folder; pass the folder that holds the articles")
    listing = scan_folder(root)
    manifest = read_manifest(listing.manifest) if listing.manifest else {}
    paths = listing.articles
    if not paths:
        from .formats import SUPPORTED

        skipped = "".join(f"; skipped {s.file}: {s.reason}" for s in listing.skips[:3])
        raise CorpusError(f"{root}: no articles in this folder (readable formats: "
                          f"{', '.join(sorted(SUPPORTED))}){skipped}")
    present = {p.name for p in paths} | {s.file for s in listing.skips}
    where = escape_name(str(root))  # a folder named in bytes that are not UTF-8 must still go into skips.csv
    skips = listing.skips + [Skip(name, f"listed in {config.MANIFEST_NAME} but not found in {where}")
                             for name in sorted(set(manifest) - present)]
    return root, paths, manifest, skips


def try_read_article(path: Path, manifest: Optional[dict[str, str]], max_bytes: int = config.MAX_ARTICLE_BYTES):
    """``read_article`` that returns a :class:`Skip` instead of raising, for use in worker processes.

    The reason is cut to :data:`MAX_REASON` characters: a parser's message can quote a
    little of the file it refused, never more than that.
    """
    try:
        return read_article(path, manifest=manifest, max_bytes=max_bytes)
    except ValueError as exc:
        reason = str(exc)
        return Skip(path.name, reason if len(reason) <= MAX_REASON else reason[:MAX_REASON] + "…")
    except OSError as exc:
        return Skip(path.name, f"cannot read ({exc.strerror})")


def assemble_corpus(root: Path, results: Iterable, skips: list[Skip],
                    on_skip: Optional[Callable[[Skip], None]] = None) -> Corpus:
    """A Corpus from read results in file-name order: duplicates (same bytes) of an earlier file, and a
    file whose id an earlier file already has (``a.txt`` and ``a.pdf``), are skipped."""
    corpus = Corpus(root)

    def skip(record: Skip) -> None:
        corpus.skips.append(record)
        if on_skip:
            on_skip(record)

    for record in skips:
        skip(record)
    seen: dict[str, str] = {}
    ids: dict[str, str] = {}
    for result in results:
        if isinstance(result, Skip):
            skip(result)
        elif result.sha256 in seen:
            skip(Skip(result.file, f"duplicate of {seen[result.sha256]} (same bytes)"))
        elif result.article_id in ids:  # its texts/<id>.txt and every table row would be ambiguous
            skip(Skip(result.file, f"same article id as {ids[result.article_id]}: rename one of them"))
        else:
            seen[result.sha256] = ids[result.article_id] = result.file
            corpus.articles.append(result)
    if not corpus.articles:
        reasons = "; ".join(f"{s.file}: {s.reason}" for s in corpus.skips[:3])
        raise CorpusError(f"{root}: no readable articles ({reasons})")
    return corpus


def load_corpus(corpus_dir: str | Path, *, max_bytes: int = config.MAX_ARTICLE_BYTES,
                on_skip: Optional[Callable[[Skip], None]] = None) -> Corpus:
    """Read every ``*.txt`` in ``corpus_dir`` (sorted by name) into a :class:`Corpus`.

    ``on_skip`` is called with each skipped file (the CLI prints it as a warning).

    >>> corpus = load_corpus(config.SEEDS_DIR)    # doctest: +SKIP
    >>> len(corpus), corpus.articles[0].published    # doctest: +SKIP
    (5, '2022-09-30')
    """
    root, paths, manifest, skips = list_corpus(corpus_dir)
    results = (try_read_article(p, manifest.get(p.name), max_bytes) for p in paths)
    return assemble_corpus(root, results, skips, on_skip)


def reference_date(article: Article) -> Optional[pd.Timestamp]:
    """The date relative expressions are resolved against: the publication date, or None.

    A month or year precision date stands for its first day.
    """
    import pandas as pd

    if not article.published:
        return None
    parts = article.published.split("-")
    return pd.Timestamp(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
