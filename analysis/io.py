"""Atomic writes: a reader never sees a half-written file, and a failure leaves the old one."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from .errors import OutputError

if TYPE_CHECKING:
    import pandas as pd


@contextmanager
def atomic_path(target: str | Path, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` atomically."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix or ".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{target.parent}: cannot write here ({exc.strerror})") from None
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.chmod(tmp_path, 0o644)
        os.replace(tmp_path, target)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def write_text(target: str | Path, content: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(content, encoding="utf-8", newline="")


def write_bytes(target: str | Path, content: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(content)


def write_csv(frame: pd.DataFrame, target: str | Path) -> None:
    """A CSV that is byte-identical for identical frames: UTF-8, LF line ends, fixed float format."""
    content = frame.to_csv(index=False, lineterminator="\n", float_format="%.10g")
    write_text(target, content)


def check_writable(folder: Path) -> None:
    """Raise OutputError early when ``folder`` cannot be created or written.

    It probes with a real file rather than ``os.access``, which says yes to root
    even on an immutable folder.
    """
    folder = Path(folder)
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError(f"{probe}: not a folder; pass a folder for --out")
    try:
        with tempfile.TemporaryFile(dir=probe):
            pass
    except OSError:
        raise OutputError(f"{probe}: not writable; pass another --out folder") from None
