"""Searches for a word given at run time (a name, a surname) written as string scans, not as a regex built for it.

A regex made from a name is compiled anew for every name (``re`` keeps only 512 patterns, and an article's names
churn them): half a millisecond for a pattern with Unicode classes such as ``(?<![\\w’'-])Lowe(?![\\w-])``, more than
the search it serves.  These functions answer exactly what such a regex search answers, with ``str.find``:

* ``\\w`` is what ``re`` reads for a ``str`` pattern: a character for which ``str.isalnum()`` holds, or "_";
* ``\\s`` is ``str.isspace()`` (``re`` and ``str`` share the same Unicode whitespace table).
"""
from __future__ import annotations

import re
from typing import Iterator


def is_word_char(ch: str) -> bool:
    """Whether the one character ``ch`` matches ``\\w`` (Unicode ``str`` patterns)."""
    return ch.isalnum() or ch == "_"


def occurs_alone(text: str, word: str, before: str = "", after: str = "") -> bool:
    """Whether ``word`` occurs in ``text`` with no word character nor one of ``before`` right before it and no word
    character nor one of ``after`` right after it: ``re.search(r"(?<![\\wB])WORD(?![\\wA])", text)`` for
    ``B = before``, ``A = after``, ``WORD = re.escape(word)`` (every start is tried, overlapping ones too).

    >>> occurs_alone("Lowe's friend", "Lowe", "’'-", "-"), occurs_alone("Mr. Lowe-Smith", "Lowe", "’'-", "-")
    (True, False)
    """
    if not word:
        return re.search(r"(?<![\w%s])(?![\w%s])" % (re.escape(before), re.escape(after)), text) is not None
    n, size = len(word), len(text)
    i = text.find(word)
    while i >= 0:
        j = i + n
        if not (i and (is_word_char(text[i - 1]) or text[i - 1] in before)) \
                and not (j < size and (is_word_char(text[j]) or text[j] in after)):
            return True
        i = text.find(word, i + 1)
    return False


_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")


def follows_lower_word(text: str, name: str) -> bool:
    """Whether ``name`` (a capitalised word ending in a letter) is written after a lower-case letter or a comma
    and spaces on the same line, and ends there as a word: ``re.search(r"[a-z,][^\\S\\n]+NAME\\b", text)``. (A
    line break is no inside: a headline's last word is no sentence's word before the next line's first.)

    >>> follows_lower_word("as Putin said", "Putin"), follows_lower_word("Putin said", "Putin")
    (True, False)
    >>> follows_lower_word("gene editing claim\\n\\nSuspicious approval", "Suspicious")
    False
    """
    if not name or not is_word_char(name[-1]) or name[0].isspace() or name[0] in _LOWER_OR_COMMA:
        return re.search(r"[a-z,][^\S\n]+%s\b" % re.escape(name), text) is not None
    n, size = len(name), len(text)
    i = text.find(name)
    while i >= 0:
        j = i + n
        if i and text[i - 1].isspace() and text[i - 1] != "\n" and (j >= size or not is_word_char(text[j])):
            k = i - 1
            while k and text[k - 1].isspace() and text[k - 1] != "\n":   # each run of spaces is walked once
                k -= 1
            if k and text[k - 1] in _LOWER_OR_COMMA:
                return True
        i = text.find(name, i + 1)
    return False


def folded_starts(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every case-insensitive (``re.I``) occurrence of ``word`` in ``text``, overlapping ones too,
    in order (a pattern of the word alone: cheap to compile, where one holding a lexicon is not)."""
    rx = re.compile(re.escape(word), re.IGNORECASE)
    m = rx.search(text)
    while m is not None:
        yield m.start(), m.end()
        m = rx.search(text, m.start() + 1)
