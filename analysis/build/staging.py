"""Output folders as sets: a run works in a staging folder and swaps it in whole, or not at all.

A run writes into ``.<out>.building-<pid>-<random>`` beside ``<out>`` and, once
everything succeeded, swaps it in with two renames, under a lock on the parent folder::

    <out>    ->  .<out>.old-<pid>      (1)
    staging  ->  <out>                 (2)
    remove .<out>.old-<pid>

A failure, Ctrl-C or SIGTERM removes the staging folder; the previous ``<out>`` is
never touched before (1).  A kill leaves states that the next run recognises and puts
right under the same lock (:func:`recover`): ``<out>`` missing beside an ``.old-``
folder is a run that died between (1) and (2), so the old folder goes back; other
``.old-`` folders, and staging folders whose process is gone, are removed.  Two runs
into the same folder each build in their own staging folder and take turns to swap,
so the folder is always one whole set, the last one finished.
"""
from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import signal
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from ..errors import OutputError

NAME_MAX = 255  # bytes in one file name (Linux, macOS)
# The staging folder's name adds ".building-<pid>-<8 random>" and a dot to the output's name.
LONGEST_NAME = NAME_MAX - len(".building-4194304-12345678") - 1
# Errors of writing the new set, not of reading the input: reported as the output's.
WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO, errno.ENAMETOOLONG}


@contextmanager
def staged(out_dir: Path, *, ours: Callable[[str], bool] = lambda name: True,
           keep: tuple[str, ...] = ("README.md",)) -> Iterator[Path]:
    """Yield a new staging folder for ``out_dir``; swap it in when the block ends without error.

    ``ours(name)`` says whether an entry already in ``out_dir`` is one this command
    writes: a folder holding anything else is refused, so that ``--out ~`` cannot
    replace a home folder.  The entries named in ``keep`` (a README) carry over.
    """
    out_dir = Path(out_dir).absolute()
    if len(os.fsencode(out_dir.name)) > LONGEST_NAME:
        raise OutputError(f"{out_dir.name[:40]}...: folder name too long ({len(os.fsencode(out_dir.name))} bytes; "
                          f"at most {LONGEST_NAME}); pass a shorter --out")
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        with _locked(out_dir.parent):
            recover(out_dir)
        if out_dir.exists() and not out_dir.is_dir():
            raise OutputError(f"{out_dir}: not a folder; pass a folder for --out")
        foreign = sorted(n for n in os.listdir(out_dir) if not ours(n) and n not in keep) if out_dir.is_dir() else []
        if foreign:
            raise OutputError(f"{out_dir}: holds {foreign[0]!r}, which this command does not write; "
                              "pass a new or empty folder for --out")
        staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-{os.getpid()}-", dir=out_dir.parent))
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write here ({exc.strerror})") from None
    try:
        os.chmod(staging, 0o755)
        yield staging
        raise_if_stopped()
        with _locked(out_dir.parent):
            _swap(staging, out_dir, keep)
    except OSError as exc:
        if exc.errno not in WRITE_ERRORS and not str(exc.filename or "").startswith(str(staging)):
            raise
        raise OutputError(f"{out_dir}: the new set could not be written ({exc.strerror}); "
                          "the previous one was left as it was") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that the same clean-up runs."""


_received: list[int] = []  # the signals taken by stop_on_signals(), checked again before a swap


def stop_on_signals() -> None:
    """Make Ctrl-C (SIGINT) and SIGTERM raise in this process wherever it is (the command line calls it).

    Python drops an exception raised inside an at-fork hook, a finaliser or a weakref callback
    (a Ctrl-C that lands while the extraction forks its workers did), so the signal is also
    recorded, and :func:`raise_if_stopped` raises it again at the next check: before any swap.
    """
    main_pid, default_hook = os.getpid(), sys.unraisablehook

    def handle(signum, frame) -> None:
        if os.getpid() != main_pid:  # a forked extraction worker: the main process cancels the work
            return
        _received.append(signum)
        raise_if_stopped()

    signal.signal(signal.SIGINT, handle)
    signal.signal(signal.SIGTERM, handle)
    sys.unraisablehook = lambda u: None if isinstance(u.exc_value, KeyboardInterrupt) else default_hook(u)


def raise_if_stopped() -> None:
    if _received:
        raise Terminated() if _received[-1] == signal.SIGTERM else KeyboardInterrupt()


def recover(out_dir: Path) -> None:
    """Put right what runs that died left beside ``out_dir`` (call under :func:`_locked`)."""
    name = re.escape(out_dir.name)
    old, building = re.compile(rf"\.{name}\.old-(\d+)"), re.compile(rf"\.{name}\.building-(\d+)-\w+")
    entries = os.listdir(out_dir.parent)
    olds = sorted((out_dir.parent / e for e in entries if old.fullmatch(e)), key=lambda p: p.stat().st_mtime)
    if olds and not out_dir.exists():  # died between the two renames of the swap
        os.rename(olds.pop(), out_dir)
    for path in olds:  # died while removing the old set; the swap itself holds the lock
        shutil.rmtree(path, ignore_errors=True)
    for entry in entries:
        found = building.fullmatch(entry)
        if found and not _alive(int(found.group(1))):
            shutil.rmtree(out_dir.parent / entry, ignore_errors=True)


def _swap(staging: Path, out_dir: Path, keep: tuple[str, ...]) -> None:
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    for name in keep:
        if (out_dir / name).is_file() and not (staging / name).exists():
            shutil.copy2(out_dir / name, staging / name)
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    os.rename(out_dir, old)
    try:
        os.rename(staging, out_dir)  # a kill just before this line is put right by recover()
    except BaseException:
        os.rename(old, out_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """An exclusive lock on ``folder`` itself (no lock file is left behind); the system
    releases it when the process dies."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
