"""Who wrote an article and where it ran: names of people and outlets, as a briefing should show them.

``person_name`` tells a writer's name from a desk, a role or a stray word and writes a name
given in capitals as a name; ``outlet_name`` maps the ways an outlet is written to one name.
The word lists are data files beside this module, each with its source.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

DATA_DIR = Path(__file__).resolve().parent


def _data_lines(name: str) -> list[str]:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def outlets() -> dict[str, str]:
    """Outlet names as written (lower case) -> the name a briefing shows."""
    return dict(line.split("\t", 1) for line in _data_lines("outlets.tsv"))


@lru_cache(maxsize=None)
def _word_set(name: str) -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _data_lines(name))


_PARTICLES = frozenset("al bin binti da de del della der di dos du el ibn la le van von y".split())
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z]?\.|[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)$")
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+")


def _name_case(name: str) -> str:
    """A name given in capitals, written as a name: "KIM TONG-HYUNG" -> "Kim Tong-hyung"."""
    tokens = name.split()
    korean = any(t.lower() in _word_set("korean_surnames.txt") for t in tokens)
    out = []
    for token in tokens:
        parts = token.split("-")
        if korean and len(parts) == 2:  # Korean given names: "Tong-hyung", "Jong-un"
            out.append(parts[0].capitalize() + "-" + parts[1].lower())
        else:
            out.append("-".join(_capitalise(p) for p in parts))
    return " ".join(out)


def _capitalise(word: str) -> str:
    """One part of a name in capitals: "SMITH" -> "Smith", "MCCAIN" -> "McCain", "O'NEIL" -> "O'Neil"."""
    m = re.match(r"^(Mc|O['’]|D['’])(.+)$", word, re.I)
    if m and len(m.group(2)) > 1:
        return m.group(1).capitalize() + m.group(2).capitalize()
    return word.capitalize()


def person_name(value: str) -> Optional[str]:
    """``value`` written as a person's name, or None when it is not one.

    A name has two to five words, each capitalised (particles such as "van" or "bin" aside),
    no digits and no desk words ("Staff", "Editorial Board").  A name in capitals is
    normalised; a single word ("KIM", "research.") is not a name.

    >>> person_name("By KIM TONG-HYUNG"), person_name("research."), person_name("Staff Reporter")
    ('Kim Tong-hyung', None, None)
    """
    value = " ".join(str(value or "").split()).strip(" ,;:|-–—")
    value = re.sub(r"^(?:By|Written by|Words by|Author:|Reporter:)\s+", "", value, flags=re.I)
    value = _HONORIFIC.sub("", value)
    letters = [c for c in value if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        value = _name_case(value)
    tokens = value.split()
    if not 2 <= len(tokens) <= 5 or any(ch.isdigit() for ch in value):
        return None
    if tokens[0].lower() in _PARTICLES:
        return None
    blockers = _word_set("byline_words.txt")
    for token in tokens:
        bare = token.strip(".,")
        if token.lower() in _PARTICLES:
            continue
        if bare.lower() in blockers or not _NAME_TOKEN.match(token):
            return None
    if value.lower() in outlets():
        return None
    return value


def split_authors(value: str, outlet: str = "") -> list[str]:
    """The people a byline names: "Hyonhee Shin and JOSH SMITH" -> ["Hyonhee Shin", "Josh Smith"].

    A part that names the article's ``outlet`` or a known outlet is no person ("David Jackson, @djusatoday, USA
    TODAY" names David Jackson only).

    >>> split_authors("David Jackson, @djusatoday, USA TODAY", outlet="USA Today")
    ['David Jackson']
    """
    value = re.sub(r"^(?:By|Written by|Words by)\s+", "", " ".join(str(value or "").split()), flags=re.I)
    names = []
    for part in re.split(r"\s*(?:,|;|&|\band\b|\bund\b)\s*", value):
        if _names_outlet(part, outlet):
            continue
        name = person_name(part)
        if name:
            names.append(name)
    return names


def _bare_outlet(value: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(str(value or "").split()).strip(" ()[]|,-–—©").lower())


def _names_outlet(part: str, outlet: str) -> bool:
    """Whether a byline's part is the article's outlet ("USA TODAY" in a USA Today byline) or a known outlet."""
    bare = _bare_outlet(part)
    return bool(bare) and (bare == _bare_outlet(outlet) or outlet_name(part) is not None)


def outlet_name(value: str) -> Optional[str]:
    """The outlet ``value`` names (as the briefing shows it), or None.

    >>> outlet_name("Yonhap News Agency"), outlet_name("(Reuters)"), outlet_name("A Big Title")
    ('Yonhap', 'Reuters', None)
    """
    key = " ".join(str(value or "").split()).strip(" ()[]|,-–—©").lower()
    key = re.sub(r"^(?:copyright\s+)?(?:©\s*)?(?:(?:19|20)\d\d\s+)?", "", key).strip()
    return outlets().get(key)


def is_placeholder_author(value: str) -> bool:
    """An author that software filled in ("python-docx", "Microsoft Office User"), not a writer."""
    return " ".join(str(value or "").split()).lower() in _word_set("placeholder_authors.txt")


def is_junk_title(title: str) -> bool:
    """Titles that software writes by itself: file names, "Untitled", "Microsoft Word - memo.docx"."""
    t = title.strip().lower()
    return (not t or t in ("untitled", "(untitled)", "word document", "document", "title", "none")
            or t.startswith(("microsoft word -", "untitled"))
            or bool(re.search(r"\.(?:docx?|pdf|html?|txt|md|indd|rtf|odt)$", t)))


def short_title(title: str, *, words: int = 6) -> str:
    """The first words of a title, cut at a word and marked with an ellipsis when cut."""
    tokens = title.split()
    if len(tokens) <= words:
        return title.strip()
    return " ".join(tokens[:words]).rstrip(",;:–—-") + "…"


def author_label(author: str, outlet: str = "") -> str:
    """The author as a label: the name, or "First Author et al." for three and more (the ``outlet`` named in a byline
    is no author)."""
    names = split_authors(author, outlet)
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return f"{names[0]} et al."
