"""Markdown (``.md``): the text a reader sees, without markup; the first heading is the title.

Parsed with markdown-it-py (CommonMark, plus GitHub tables and strikethrough), so emphasis,
links, images, lists, code fences and HTML are understood as Markdown defines them.  Each
block (heading, paragraph, list item, quote paragraph, code block, table row) becomes one
paragraph of the text; soft line breaks inside a paragraph become spaces.  A YAML front
matter block (``---`` ... ``---``, as note-taking apps write) gives title, author, date,
outlet and url when present.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from .document import Document, clean_meta, join_blocks
from .errors import NoText

# Front-matter keys, in order of preference, for each metadata field.
FRONT_MATTER_KEYS = {
    "title": ("title",),
    "author": ("author", "authors", "byline", "creator"),
    "published": ("published", "date", "created", "pubdate"),
    "outlet": ("outlet", "source", "publication", "site", "site_name"),
    "url": ("url", "source_url", "link", "canonical"),
}
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _inline_text(token) -> str:
    """The visible text of an inline token: link text kept, images and raw HTML dropped."""
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def _html_text(html: str) -> str:
    """Text inside an HTML block (``<div>...</div>``); comments and scripts give nothing."""
    import lxml.html

    try:
        fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml refuses some fragments (only a comment): they hold no text
        return ""
    for bad in fragment.xpath(".//script|.//style"):
        bad.drop_tree()
    return fragment.text_content()


def _blocks(tokens) -> Iterable[tuple[str, str]]:
    """``(kind, text)`` per block, in reading order; kind is heading1..6, paragraph, code or row."""
    heading = None
    row: list[str] | None = None
    for token in tokens:
        if token.type == "heading_open":
            heading = token.tag
        elif token.type == "heading_close":
            heading = None
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            yield "row", "\t".join(cell for cell in row if cell)
            row = None
        elif token.type == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(" ".join(text.split()))
            else:
                yield (f"heading{heading[1]}" if heading else "paragraph"), text
        elif token.type in ("fence", "code_block"):
            yield "code", token.content
        elif token.type == "html_block":
            yield "paragraph", _html_text(token.content)


def _front_matter(source: str) -> tuple[dict[str, str], str]:
    """The metadata in a YAML front matter block and the Markdown after it."""
    m = _FRONT_MATTER.match(source)
    if not m:
        return {}, source
    import yaml

    try:
        data = yaml.safe_load(m.group("body"))
    except yaml.YAMLError:
        return {}, source  # not front matter after all (a thematic break): keep it as Markdown
    if not isinstance(data, dict):
        return {}, source
    meta = {}
    for field, keys in FRONT_MATTER_KEYS.items():
        for key in keys:
            value = data.get(key)
            if isinstance(value, (list, tuple)):
                value = " and ".join(str(v) for v in value if v)
            if isinstance(value, (dt.date, dt.datetime)):
                value = value.isoformat()[:10]
            if value:
                meta[field] = str(value)
                break
    if "published" in meta:
        from .metadata import find_date

        meta["published"] = find_date(meta["published"]) or ""
    return clean_meta(meta), source[m.end():]


def read_markdown(data: bytes) -> Document:
    """A Markdown file as plain text, its first heading as title.

    >>> doc = read_markdown(b"# Kim meets *Putin*\\n\\nThe [talks](https://example.org) ended.")
    >>> doc.text, doc.meta["title"]
    ('Kim meets Putin\\n\\nThe talks ended.', 'Kim meets Putin')
    """
    from .plain import read_plain

    source = read_plain(data)
    meta, body = _front_matter(source.text.lstrip("\ufeff"))
    blocks = list(_blocks(_parser().parse(body)))
    text = join_blocks(text for _, text in blocks)
    if not text:
        raise NoText("no text (Markdown without prose)")
    headings = [text for kind, text in blocks if kind.startswith("heading") and text.strip()]
    if headings and "title" not in meta:
        meta["title"] = " ".join(headings[0].split())
    return Document(text, {"format": "markdown", "encoding": source.meta["encoding"], **meta})
