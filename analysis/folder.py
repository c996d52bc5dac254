"""A corpus folder as a boundary: list it and open its files without leaving it, blocking or leaking.

The folder is a boundary.  Only regular files directly inside it are read, and
never through a symbolic link: a link is skipped with a reason whether it points
outside the folder (``evil.txt -> /etc/passwd``), at a folder, at nothing, or at
another article inside the folder (that article is read under its own name, and
reading it twice would only make a duplicate).  FIFOs, sockets and devices are
skipped too, checked with ``lstat`` before anything is opened, and every file is
opened with ``O_NOFOLLOW | O_NONBLOCK`` and checked again with ``fstat``, so a file
swapped for a link or a pipe after the listing is refused, and nothing blocks.
A file name that is not valid UTF-8 is skipped, shown with backslash escapes.
``articles.csv`` must be a regular file in the folder.  Error messages never quote
a refused file's contents.  Files in a format that is not read (``.xlsx``, ``.DS_Store``)
are skipped with the reason too: nothing in the folder is left out in silence.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from . import config
from .errors import ManifestError
from .records import Skip


def escape_name(name: str) -> str:
    """A file name as one line of printable text: bytes that are not UTF-8 as ``\\xNN``,
    control characters as ``\\n``, ``\\x1b``...

    >>> escape_name(os.fsdecode(b"caf\\xe9\\n.txt"))
    'caf\\\\xe9\\\\n.txt'
    """
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # os.listdir gave the undecodable bytes as surrogates
        return False
    return True


def _special_kind(mode: int) -> Optional[str]:
    """What a directory entry is when it is neither a regular file, a folder nor a link."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return None


def _link_reason(path: Path, root: Path) -> str:
    """Why the symbolic link ``path`` is skipped; it says where the link points, never what is there."""
    root = root.resolve()  # the folder named may itself be a link; what is inside it may not
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "dangling symbolic link (what it points to does not exist): not followed"
    what = "a folder" if target.is_dir() else "a file"
    if root in target.parents:
        return f"symbolic link to {what} inside the corpus folder: links are not followed (copy the file in instead)"
    return f"symbolic link to {what} outside the corpus folder: not followed"


def open_regular(path: Path) -> tuple[int, os.stat_result]:
    """Open ``path`` for reading without following a link and without blocking; it must be a regular file.

    Raises ``ValueError`` with the reason when ``path`` is a link, a pipe, a device or a
    folder, and ``OSError`` when it cannot be opened.  The caller closes the descriptor.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ValueError("symbolic link: not followed") from None
        raise
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else _special_kind(info.st_mode) or "not a regular file"
        raise ValueError(f"{kind}, not a regular file")
    return fd, info


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path`` (see :func:`open_regular`); ``ValueError`` when over ``max_bytes``."""
    fd, info = open_regular(path)
    with os.fdopen(fd, "rb") as fh:
        if info.st_size > max_bytes:
            raise ValueError(f"too large ({info.st_size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)")
        data = fh.read(max_bytes + 1)  # a file that grows while it is read stops at the limit
    if len(data) > max_bytes:
        raise ValueError(f"too large (over {max_bytes / 1e6:.0f} MB)")
    return data


@dataclass
class Listing:
    """What a corpus folder holds: the articles to read, the manifest, and the entries skipped with reasons."""

    root: Path
    articles: list[Path]
    manifest: Optional[Path]
    skips: list[Skip]


def scan_folder(root: Path) -> Listing:
    """List ``root`` without following any link.

    Regular files in a format :mod:`analysis.formats` reads (``.txt``, ``.md``, ``.html``,
    ``.pdf``, ``.docx``..., in any case) are articles and ``articles.csv`` is the manifest.
    Every other entry but a subfolder is skipped with the reason: links, pipes, sockets,
    devices, names that are not UTF-8, and files in another format.  Raises ManifestError
    when ``articles.csv`` is not a regular file.
    """
    from .formats import UnsupportedFormat, reader_for

    articles, skips, manifest = [], [], None
    with os.scandir(root) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            name = entry.name
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError:  # gone since it was listed
                continue
            path = root / name
            if name == config.MANIFEST_NAME:
                if not stat.S_ISREG(mode):
                    kind = ("a symbolic link" if stat.S_ISLNK(mode) else "a folder" if stat.S_ISDIR(mode)
                            else _special_kind(mode) or "not a regular file")
                    raise ManifestError(f"{path}: {kind}; the manifest must be a regular file inside the corpus folder")
                manifest = path
            elif stat.S_ISDIR(mode):
                continue
            elif not _is_utf8(name):
                skips.append(Skip(escape_name(name), "file name is not valid UTF-8: rename the file"))
            elif stat.S_ISLNK(mode):
                skips.append(Skip(name, _link_reason(path, root)))
            elif _special_kind(mode):
                skips.append(Skip(name, f"{_special_kind(mode)}, not a regular file"))
            elif stat.S_ISREG(mode):
                try:
                    reader_for(name)
                    articles.append(path)
                except UnsupportedFormat as exc:
                    skips.append(Skip(name, str(exc)))
    return Listing(root, articles, manifest, skips)
