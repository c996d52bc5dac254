"""Reading a codebook file that may come from anyone: a small regular file, parsed as YAML that cannot explode.

A codebook is untrusted input (analysts pass them around), so before it is parsed:

- the path must name a regular file (not a folder, FIFO, device or socket), checked with
  ``os.stat`` before opening and again on the open descriptor, which is opened non-blocking
  so that a FIFO swapped in between cannot hang the run;
- a link is followed only to a file in the link's own folder (or below it);
- the file holds at most ``MAX_CODEBOOK_BYTES``; at most that much is ever read;
- YAML aliases may not expand the document beyond ``MAX_YAML_VALUES`` values: a 433-byte
  "billion laughs" file would otherwise stand for 10⁹ strings.  The expanded size is counted
  on the parsed node graph (aliases share nodes, so counting is cheap), before anything is
  built from it.

Every problem is a :class:`~analysis.errors.CodebookError` of one line naming the file;
values from the file are shown as short excerpts (:func:`excerpt`), never whole.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from ..errors import CodebookError

MAX_CODEBOOK_BYTES = 1_000_000   # the package's codebook is 26 kB
MAX_YAML_VALUES = 100_000        # scalars, lists and mappings once aliases are expanded; the package's has 670
EXCERPT_CHARS = 80
FORMAT_HINT = "fix the theme codebook (see analysis/lexicons/themes.yml for the format)"

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_FILE_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def excerpt(value, limit: int = EXCERPT_CHARS) -> str:
    """A value from the file as a message may show it: ``repr`` cut to ``limit`` characters.

    A list or mapping is described, not printed: built from aliases, its text could run to
    gigabytes.

    >>> excerpt("x" * 500)[-4:]
    'xxx…'
    >>> excerpt([1, 2, 3])
    'a list of 3 items'
    """
    if isinstance(value, (list, tuple, dict, set)):
        return f"a {type(value).__name__} of {len(value)} items"
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def shown(path, limit: int = 240) -> str:
    """A path as it may appear in a one-line message: control characters escaped, a very long
    name cut in the middle."""
    text = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(path))
    return text if len(text) <= limit else text[:limit // 2] + "…" + text[-(limit // 2):]


def codebook_error(path, problem: str, hint: str = FORMAT_HINT) -> CodebookError:
    """The one-line error for a codebook: ``<file>: <problem>; <what to do>``."""
    return CodebookError(f"{shown(path)}: {problem}" + (f"; {hint}" if hint else ""))


def check_codebook_path(path: Path) -> os.stat_result:
    """The file's status when ``path`` may be read as a codebook, else a :class:`CodebookError`.

    Nothing is opened: a FIFO or a device is refused from its status alone.
    """
    try:
        link = os.lstat(path)
        status = os.stat(path)
    except FileNotFoundError:
        raise codebook_error(path, "file not found", "") from None
    except OSError as exc:
        raise codebook_error(path, f"cannot read ({exc.strerror})", "") from None
    except ValueError:       # a NUL byte in the name
        raise codebook_error(path, "is not a usable file name", "") from None
    if stat.S_ISLNK(link.st_mode):
        folder = Path(os.path.abspath(path)).parent.resolve()
        target = Path(path).resolve()
        if folder != target.parent and folder not in target.parents:
            raise codebook_error(path, "is a link to a file outside its folder",
                                 "give the path of the codebook itself")
    _check_status(path, status)
    return status


def _check_status(path: Path, status: os.stat_result) -> None:
    for is_kind, kind in _FILE_KINDS:
        if is_kind(status.st_mode):
            if kind == "a folder":
                raise codebook_error(path, "is a folder, not a YAML file", "give the path of a codebook file")
            raise codebook_error(path, f"is {kind}, not a regular file", "give the path of a codebook file")
    if not stat.S_ISREG(status.st_mode):
        raise codebook_error(path, "is not a regular file", "give the path of a codebook file")
    if status.st_size > MAX_CODEBOOK_BYTES:
        raise codebook_error(path, f"is {status.st_size:,} bytes; a codebook may hold at most {MAX_CODEBOOK_BYTES:,}",
                             "split it or remove what it does not need")


def read_codebook_text(path: Path) -> str:
    """The codebook's text, after the checks of :func:`check_codebook_path`, read with a size limit."""
    check_codebook_path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise codebook_error(path, f"cannot read ({exc.strerror})", "") from None
    try:
        _check_status(path, os.fstat(fd))   # the file may have been swapped since it was checked
        chunks, size = [], 0
        while size <= MAX_CODEBOOK_BYTES:
            chunk = os.read(fd, min(1 << 16, MAX_CODEBOOK_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise codebook_error(path, f"cannot read ({exc.strerror})", "") from None
    finally:
        os.close(fd)
    if size > MAX_CODEBOOK_BYTES:   # a file that grows, or a /proc file that reports size 0
        raise codebook_error(path, f"holds more than {MAX_CODEBOOK_BYTES:,} bytes",
                             "split it or remove what it does not need")
    data = b"".join(chunks)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise codebook_error(path, f"not UTF-8 ({exc.reason} at byte {exc.start})", "save it as UTF-8") from None


def _expanded_size(path: Path, root) -> int:
    """How many values the YAML node graph stands for once aliases are expanded (stops past the limit)."""
    import yaml

    sizes: dict[int, int] = {}
    stack = [(root, False)]
    on_path: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = (node.value if isinstance(node, yaml.SequenceNode)
                    else [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else [])
        if done:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in children)
            if sizes[key] > MAX_YAML_VALUES:
                raise codebook_error(path, f"its aliases (*name) expand to more than {MAX_YAML_VALUES:,} values",
                                     "write the lists out, or use fewer aliases")
            continue
        if key in sizes:
            continue
        if key in on_path:
            mark = node.start_mark
            raise codebook_error(path, f"an alias refers to a value that contains it (line {mark.line + 1})",
                                 "remove the recursive alias")
        on_path.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]


def parse_codebook_yaml(path: Path, text: str):
    """The YAML document in ``text``, refused when its aliases would expand it beyond ``MAX_YAML_VALUES``."""
    import yaml

    # libyaml's loader when the wheel has it (about ten times faster), same safe subset.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _expanded_size(path, node)
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = " ".join(str(getattr(exc, "problem", None) or str(exc).splitlines()[0]).split())
        raise codebook_error(path, f"not valid YAML{where} ({problem[:EXCERPT_CHARS]})") from None
    except RecursionError:
        raise codebook_error(path, "not valid YAML (nested too deeply)") from None
    finally:
        loader.dispose()


def read_codebook_yaml(path: Path) -> dict:
    """The codebook file as a mapping, read and parsed with every check above."""
    data = parse_codebook_yaml(path, read_codebook_text(path))
    if not isinstance(data, dict):
        raise codebook_error(path, "the top level must be a mapping with a 'themes' key")
    return data
