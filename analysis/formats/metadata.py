"""Title, author, date, outlet and place from an article's header lines.

A news article opens with a few short lines before its body: a masthead ("Yonhap News
Agency"), a kicker ("Analysis"), the headline (Title Case or sentence case), a byline
("By Kim Tong-hyung", "Josh Smith, Reuters", "Jane Doe | The Korea Herald"), a date line, a
standfirst; the body's first paragraph may start with a dateline ("SEOUL, March 18 (Yonhap)
--").  :func:`infer_metadata` sorts those lines with the named rules below.
:func:`~analysis.formats.labels.article_labels` (re-exported here) turns the articles table
into one short, unique label per article.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from .labels import article_labels
from .names import (_word_set, author_label, is_junk_title, is_placeholder_author, outlet_name, outlets,
                    person_name, short_title, split_authors)

__all__ = ["infer_metadata", "article_labels", "find_date", "person_name", "split_authors", "outlet_name", "outlets",
           "is_junk_title", "is_placeholder_author", "short_title", "author_label", "clean_title", "header_lines",
           "HEADER_RULES"]


@lru_cache(maxsize=None)
def _months() -> dict[str, int]:
    from ..lexicons import load_table

    return {name: int(num) for name, num in load_table("months.tsv")}


# --------------------------------------------------------------------------- dates
@lru_cache(maxsize=None)
def _date_patterns() -> list[re.Pattern]:
    month = "|".join(sorted(_months(), key=len, reverse=True))
    return [
        re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{month})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
        re.compile(rf"\b(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
        re.compile(r"\b(?P<y>(?:19|20)\d\d)[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)"),  # 2024-07-02T09:00
        re.compile(r"^D:(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)"),  # PDF date strings
    ]


def find_date(text: str) -> Optional[str]:
    """The first full calendar date in ``text`` as ``YYYY-MM-DD``, or None.

    >>> find_date("Updated: Sept. 10, 2023 at 3:04 p.m."), find_date("2023.09.10 14:02 KST")
    ('2023-09-10', '2023-09-10')
    """
    import datetime as dt

    for pattern in _date_patterns():
        for m in pattern.finditer(text):
            month = m.group("m")
            month = int(month) if month.isdigit() else _months()[month.lower().rstrip(".")]
            try:
                return dt.date(int(m.group("y")), month, int(m.group("d"))).isoformat()
            except ValueError:
                continue
    return None


# --------------------------------------------------------------------------- header lines
_DATE_WORDS = re.compile(r"^(?:published|posted|updated|last updated|date|dated|first published|created)\b[:\s]*", re.I)
_BYLINE_START = re.compile(r"^(?:By|Written by|Words by|Author:|Reporter:)\s+(?P<rest>.+)$", re.I)
_OUTLET_SUFFIX = re.compile(
    r"\b(?:News Agency|News|Times|Post|Herald|Journal|Daily|Tribune|Gazette|Agency|Network|Broadcasting|"
    r"Radio|Television|TV|Press|Monitor|Magazine|Weekly|Chronicle|Observer|Guardian|Telegraph|Insider|"
    r"Ilbo|Sinmun|Shimbun)$")
# "SEOUL, March 18 (Yonhap) --", "MOSCOW (Reuters) -", "SEOUL, South Korea (AP) —", "WASHINGTON —"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+)*(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)"
    r"(?:,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?))?"
    r"\s*(?:\((?P<outlet>[A-Za-z][\w .&'’\-]{1,40})\)\s*)?"
    r"(?P<dash>--|—|–|-|:)\s+")
# Furniture words alone on a line, or as a label ("Photo: Getty", "Video | 2:31"); "Video surfaces
# first thing in debate" is a headline.
_NOISE = re.compile(
    r"^(?:share(?: this)?|listen|advertisement|skip to(?: main)? content|subscribe|sign in|log in|menu|home|"
    r"read more|related|photo|image|file photo|getty images|video|print|email|follow us|comments?)"
    r"(?:\s*$|\s*[:|•(])", re.I)
_EDITORIAL_SUFFIX = re.compile(r"\s+[–—|-]\s+(?:OpEd|Op-Ed|Opinion|Analysis|Commentary|Editorial|Interview)\s*$", re.I)
_STANDFIRST_AUTHOR = re.compile(
    r"^(?P<name>(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-.]*){1,4})\s+"
    r"(?:explains|argues|writes|examines|assesses|analyses|analyzes|looks at|considers|discusses)\b")
_BIO = re.compile(
    r"^(?P<name>(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-.]*){1,4})\s+"
    r"(?:is|was|serves as|works as)\s+(?:an?\s+|the\s+)?"
    r"(?:[A-Z]|senior|research|visiting|associate|assistant|professor|fellow|director|analyst|journalist|"
    r"writer|lecturer|correspondent|reporter|editor)")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")


def _words(line: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][\w'’.\-]*", line)


def is_body_line(line: str) -> bool:
    """A line of running prose: the header ends here.  A long line in Title Case is a headline."""
    n = len(line.split())
    return n >= 30 or (n >= 14 and bool(_SENTENCE_END.search(line)) and not is_title_case(line))


def is_date_line(line: str) -> bool:
    """A short line that gives a date ("30 Sep, 2022", "Updated: 2023.09.10 14:02 KST")."""
    n = len(line.split())
    return (n <= 12 or (n <= 25 and bool(_DATE_WORDS.match(line)))) and find_date(line) is not None


def is_byline(line: str) -> bool:
    """"By X", "X, Reuters", "X | The Korea Herald", "KIM TONG-HYUNG and LEE JI-HYE"."""
    return bool(_byline_parts(line)[0])


def is_outlet_line(line: str) -> bool:
    """A masthead: a known outlet, or a short name ending like one ("... News Agency", "... Times")."""
    if outlet_name(line):
        return True
    words = line.split()
    return 1 <= len(words) <= 5 and bool(_OUTLET_SUFFIX.search(line.strip(" .|"))) and not _SENTENCE_END.search(line)


def is_noise_line(line: str) -> bool:
    """Page furniture copied with the text: share buttons, photo credits, menus, links."""
    return bool(_NOISE.match(line)) or "http" in line or "@" in line or "©" in line


HEADER_RULES: dict[str, Callable[[str], bool]] = {
    "noise": is_noise_line,
    "date": is_date_line,
    "byline": is_byline,
    "outlet": is_outlet_line,
}


def _byline_parts(line: str) -> tuple[list[str], Optional[str]]:
    """The authors and the outlet a byline line names (([], None) when it is not a byline)."""
    line = " ".join(line.split())
    m = _BYLINE_START.match(line)
    outlet = None
    if m:
        rest = m.group("rest")
        for sep in ("|", " - ", " – ", " — ", ","):  # "By Josh Smith, Reuters", "By X | Outlet"
            head, _, tail = rest.rpartition(sep)
            if head and outlet_name(tail) or (head and sep == "|" and is_outlet_line(tail.strip())):
                rest, outlet = head, outlet_name(tail) or tail.strip()
                break
        rest = re.split(r"\s*[|•·]\s*", rest)[0]
        return split_authors(rest), outlet
    for sep in ("|", ",", " - ", " – ", " — "):  # no "By": the outlet must be named to be sure
        head, _, tail = line.rpartition(sep)
        if head and (outlet_name(tail) or (sep == "|" and is_outlet_line(tail.strip()))):
            names = split_authors(head)
            if names:
                return names, outlet_name(tail) or tail.strip()
    return [], None


def header_lines(text: str, *, limit: int = 12) -> tuple[list[str], Optional[str]]:
    """The short lines before the body, and the body's first paragraph (where a dateline stands)."""
    lines: list[str] = []
    for raw in text[:8000].splitlines():
        line = " ".join(raw.replace("\ufeff", "").split())
        if not line:
            continue
        if is_body_line(line):
            return lines, line
        lines.append(line)
        if len(lines) >= limit:
            break
    return lines, None


_SMALL_WORDS = frozenset("a an the of and or to in on for with as at by from is vs".split())


def is_title_case(line: str) -> bool:
    """Most content words capitalised: "Global Upheaval as Opportunity" (not "Outrage, but few options")."""
    words = _words(line)
    content = [w for w in words if w.lower() not in _SMALL_WORDS] or words
    return bool(content) and sum(w[0].isupper() or w[0].isdigit() for w in content) / len(content) >= 0.6


def is_headline(line: str) -> bool:
    """A line that can be a headline: 3 to 25 words, starting with a capital, a digit or a quote,
    not a dateline, not a sentence of standfirst length (unless in Title Case) and not a lead-in
    ending with a colon."""
    words = _words(line)
    if not 3 <= len(words) <= 25:
        return False
    if not (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'"):
        return False
    if _DATELINE.match(line + " ") and re.search(r"\(|--|—", line):
        return False
    if line.rstrip().endswith(":") or (len(words) > 14 and _SENTENCE_END.search(line) and not is_title_case(line)):
        return False
    return True


def is_label(line: str, later: list[str]) -> bool:
    """A column, programme or section name above the headline ("East Asia Compass", "Korean
    Peninsula A to Z"): five words at most, in Title Case, with a longer Title Case line below."""
    n = len(_words(line))
    return n <= 5 and is_title_case(line) and any(len(_words(o)) > n and is_title_case(o) for o in later)


def pick_title(candidates: list[str]) -> str:
    """The headline among the header lines that can be one: the first that is not a label above it.

    A deck or standfirst comes after the headline, so position decides, not length or case.
    """
    for i, line in enumerate(candidates):
        if not is_label(line, candidates[i + 1:]):
            return line
    return max(candidates, key=lambda line: len(_words(line)), default="")


def clean_title(title: str) -> tuple[str, Optional[str]]:
    """A title without an editorial tag or a trailing outlet ("... | Reuters"), and that outlet.

    >>> clean_title("N. Korea's Kim inspects artillery | Yonhap News Agency")
    ("N. Korea's Kim inspects artillery", 'Yonhap')
    """
    title = _EDITORIAL_SUFFIX.sub("", " ".join(title.split()))
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        head, _, tail = title.rpartition(sep)
        if head and (outlet_name(tail) or is_outlet_line(tail)):
            return head.strip(), outlet_name(tail) or tail.strip()
    return title, None


def published_date(line: str) -> Optional[str]:
    """The publication date a header line gives: after "Published" when it also says "Updated"."""
    m = re.search(r"\b(?:published|posted|first published)\b", line, re.I)
    return (find_date(line[m.end():]) if m else None) or find_date(line)


def outlet_in_date_line(line: str) -> Optional[str]:
    """An outlet named beside the date: "13 July 2022 - 20:59 Reuters", "Date: ... | Source: KCNA"."""
    m = re.search(r"\bsource:\s*(?P<name>[^|()]+)", line, re.I)
    if m:
        return outlet_name(m.group("name")) or outlet_name(m.group("name").split(".")[0])
    for part in re.split(r"\s*[|·•]\s*|\s+[-–—]\s+", line):
        words = part.split()
        for n in (3, 2, 1):  # the outlet's name closes the part: "20:59 Reuters"
            if len(words) >= n and outlet_name(" ".join(words[-n:])):
                return outlet_name(" ".join(words[-n:]))
    return None


@lru_cache(maxsize=None)
def _given_names() -> frozenset[str]:
    from ..lexicons import load_table

    try:
        return frozenset(row[0].lower() for row in load_table("given_names.tsv"))
    except OSError:  # the shared lexicon moved: bare names then need a date line beside them
        return frozenset()


def bare_author(lines: list[str], kinds: list[str], title: str) -> Optional[str]:
    """A name alone on a line: beside the date line, or right after the headline when it opens
    with a known given name or a Korean family name ("Daniel Kim", "Lee Ji-hye"; not "Key Findings")."""
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        name = person_name(line) if kind == "other" and len(line.split()) <= 4 else None
        if not name:
            continue
        beside_date = "date" in kinds[max(0, i - 1):i] + kinds[i + 1:i + 2]
        first = name.split()[0].lower()
        known = first in _given_names() or first in _word_set("korean_surnames.txt")
        if beside_date or (known and i > 0 and lines[i - 1] == title):
            return name
    return None


def infer_metadata(text: str) -> dict[str, str]:
    """Title, author, published (ISO), outlet and place that an article's text itself states.

    Always returns the keys ``title``, ``author``, ``published`` and ``outlet`` (empty when
    unknown), plus ``place`` when a dateline names one.

    >>> meta = infer_metadata("Yonhap News Agency\\n\\nN. Korea's Kim inspects new artillery system\\n\\n"
    ...     "SEOUL, Sept. 10, 2023 (Yonhap) -- North Korean leader Kim Jong-un inspected a new artillery "
    ...     "system, state media reported Sunday, ahead of a possible trip to Russia.")
    >>> meta["title"], meta["outlet"], meta["published"], meta["place"]
    ("N. Korea's Kim inspects new artillery system", 'Yonhap', '2023-09-10', 'SEOUL')
    """
    meta = {"title": "", "author": "", "published": "", "outlet": ""}
    lines, first_body = header_lines(text)
    kinds = []
    for line in lines:
        kind = next((name for name, rule in HEADER_RULES.items() if rule(line)), "other")
        kinds.append(kind)
        if kind == "date":
            meta["published"] = meta["published"] or published_date(line) or ""
            meta["outlet"] = meta["outlet"] or outlet_in_date_line(line) or ""
        elif kind == "byline":
            authors, outlet = _byline_parts(line)
            if authors and not meta["author"]:
                meta["author"] = " and ".join(authors)
            if outlet and not meta["outlet"]:
                meta["outlet"] = outlet
            meta["published"] = meta["published"] or published_date(line) or ""  # "by X August 27, 2024"
        elif kind == "outlet" and not meta["outlet"]:
            meta["outlet"] = outlet_name(line) or line.strip(" |")
        elif kind == "other" and not meta["author"]:
            m = _STANDFIRST_AUTHOR.match(line)
            if m and person_name(m.group("name")):
                meta["author"] = person_name(m.group("name"))

    title = pick_title([line for line, kind in zip(lines, kinds) if kind == "other" and is_headline(line)])
    if not meta["author"]:
        meta["author"] = bare_author(lines, kinds, title) or ""
    if title:
        title, outlet = clean_title(title)
        meta["title"] = title
        if outlet and not meta["outlet"]:
            meta["outlet"] = outlet

    for line in ([first_body] if first_body else []) + lines:
        m = _DATELINE.match(line)
        # a bare hyphen after capitals ("NEW YORK-based") is no dateline without a date or an outlet
        if m and (m.group("outlet") or m.group("date") or m.group("dash") != "-") and len(m.group("place")) >= 3:
            meta["place"] = m.group("place").split(",")[0].strip()
            if m.group("outlet") and not meta["outlet"]:
                meta["outlet"] = outlet_name(m.group("outlet")) or m.group("outlet").strip()
            if m.group("date") and not meta["published"]:
                meta["published"] = find_date(m.group("date")) or ""
            break

    tail: list[str] = []      # the last five lines with text, spaces collapsed (read from the end: only those five)
    for p in reversed(text[-3000:].splitlines()):
        if p.strip():
            tail.append(" ".join(p.split()))
            if len(tail) == 5:
                break
    tail.reverse()
    if not meta["author"]:
        for line in reversed(tail):
            m = _BIO.match(line)
            if m and person_name(m.group("name")):
                meta["author"] = person_name(m.group("name"))
                break
    if not meta["outlet"]:
        for line in reversed(tail):
            m = re.match(r"^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s+)?(?P<name>[^.,;|]{2,40})", line, re.I)
            if m and outlet_name(m.group("name")):
                meta["outlet"] = outlet_name(m.group("name"))
                break
    return meta
