"""What the command line prints: one line per message, with names shown escaped.

A file name may hold any character but ``/`` and NUL, newlines and terminal escapes
included.  Printed raw, a file named ``a\\nerror: forged.txt`` would add a line of its
own to the log; every message therefore goes through :func:`one_line`
(:func:`analysis.folder.escape_name`).
"""
from __future__ import annotations

import sys
import time

from .folder import escape_name as one_line  # the one helper: control characters as \\n, \\x1b...


def say(kind: str, message: object) -> None:
    """Print ``kind: message`` (``warning``, ``error``) on stderr as one line."""
    print(f"{kind}: {one_line(str(message))}", file=sys.stderr, flush=True)


class Progress:
    """Progress on stderr: a rewritten line on a terminal, a line every few seconds otherwise."""

    def __init__(self, label: str, *, quiet: bool = False, every: float = 2.0) -> None:
        self.label, self.quiet, self.every = label, quiet, every
        self.tty = sys.stderr.isatty()
        self.started = self.last = time.monotonic()

    def __call__(self, done: int, total: int, item: str = "") -> None:
        from .build.staging import raise_if_stopped

        raise_if_stopped()  # a Ctrl-C whose exception Python dropped stops the run here, between articles
        if self.quiet:
            return
        now = time.monotonic()
        if done < total and now - self.last < (0.1 if self.tty else self.every):
            return
        self.last = now
        line = one_line(f"{self.label}: {done}/{total} ({100 * done // max(total, 1)}%) "
                        f"{now - self.started:.1f}s {item}")
        if self.tty:
            sys.stderr.write("\r" + line[:100].ljust(100) + ("\n" if done >= total else ""))
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()
