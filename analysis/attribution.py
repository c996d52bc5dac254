"""Shared machinery for quotes and claims: quotation marks, reporting cues, speakers and pronouns.

Nothing here parses: speakers are found by regexes over small windows around a cue
(the clause before "said", the words after "said" in ``"...," said X``), with word
classes read from the lexicon files.  Every helper works on bounded windows, so the
cost per article is linear in its length.

>>> text = 'The ministry called it “completely fake.”'
>>> [text[q.start:q.end] for q in find_quote_spans(text)]
['completely fake.']
>>> c = next(iter_cues(text, 0, len(text)))
>>> c.word, subject_before(text, 0, c.start)
('called', (0, 12))
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from .lexicons import load_list, load_table
from .records import Sentence
from .text import split_sentences

# ---------------------------------------------------------------------------
# lexicons
# ---------------------------------------------------------------------------


def _inflect(lemma: str) -> list[str]:
    """Regular -s/-ed/-ing forms; irregular verbs list their forms in the lexicon instead."""
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past, ing = lemma + "d", (lemma[:-2] + "ying" if lemma.endswith("ie") else
                                  lemma + "ing" if lemma.endswith(("ee", "ye", "oe")) else lemma[:-1] + "ing")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    return [lemma, third, past, ing]


@dataclass(frozen=True)
class VerbInfo:
    lemma: str
    roles: str           # letters q / c / w / s, see reporting_verbs.tsv
    participle: bool     # an -ing form ("saying", "adding")


@lru_cache(maxsize=None)
def reporting_verbs() -> dict[str, VerbInfo]:
    """Every surface form of every reporting verb, lower-case, mapped to its lemma and roles."""
    forms: dict[str, VerbInfo] = {}
    for row in load_table("reporting_verbs.tsv"):
        lemma = row[0]
        roles = row[1] if len(row) > 1 else ""
        if len(row) > 2 and row[2]:
            surface = row[2].split("|") if "|" in row[2] else row[2].split()
            surface = [lemma] + surface if lemma not in surface and " " not in lemma else surface
        else:
            surface = _inflect(lemma)
        for s in surface:
            s = s.strip()
            forms.setdefault(s, VerbInfo(lemma, roles, s.endswith("ing")))
    return forms


@lru_cache(maxsize=None)
def word_classes() -> dict[str, frozenset[str]]:
    """Closed-class words by role (aux, adv, sub, det, prep, conj, lead)."""
    roles: dict[str, set[str]] = {}
    for word, role in load_table("clause_words.tsv"):
        roles.setdefault(role, set()).add(word)
    return {k: frozenset(v) for k, v in roles.items()}


@lru_cache(maxsize=None)
def pronoun_kinds() -> dict[str, str]:
    return {p: kind for p, kind in load_table("pronouns.tsv")}


@lru_cache(maxsize=None)
def titles() -> frozenset[str]:
    return frozenset(load_list("titles.txt"))


@lru_cache(maxsize=None)
def name_blockers() -> frozenset[str]:
    return frozenset(load_list("name_blockers.txt"))


@lru_cache(maxsize=None)
def given_names() -> dict[str, str]:
    return {name: gender for name, gender in load_table("given_names.tsv")}


@lru_cache(maxsize=None)
def hedges() -> dict[str, tuple[str, ...]]:
    """First word of every hedge (lower case) -> the words that must follow it ("believed" -> ("to",))."""
    out: dict[str, list[str]] = {}
    for phrase in load_list("hedges.txt"):
        first, *rest = phrase.lower().split()
        out.setdefault(first, []).append(" ".join(rest))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=None)
def reporting_nouns() -> frozenset[str]:
    return frozenset(load_list("reporting_nouns.txt"))


@lru_cache(maxsize=None)
def _cue_heads() -> dict[str, tuple[str, ...]]:
    """First word of every cue form -> the words that must follow it ("point" -> ("out",))."""
    heads: dict[str, set[tuple[str, ...]]] = {}
    for form in reporting_verbs():
        first, *rest = form.split()
        heads.setdefault(first, set()).add(tuple(rest))
    heads.setdefault("according", set()).add(("to",))
    # Longest continuation first, so "pointed out" wins over a bare "pointed" (which is not a cue).
    return {k: tuple(sorted((" ".join(r) for r in v), key=len, reverse=True)) for k, v in heads.items()}


# Lower-case words only: a capitalised "Reports" or "States" is a name, not a verb; "According to"
# is the one cue that often opens a sentence.
@lru_cache(maxsize=None)
def _tail_regex(tail: str) -> re.Pattern:
    return re.compile(r"\s+" + r"\s+".join(map(re.escape, tail.split())) + r"(?![\w’'-])")


_LOWER_WORD = re.compile(r"(?<![\w’'-])(?:[a-z]+|According)(?![\w’'-])")


# ---------------------------------------------------------------------------
# quotation marks
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class QuoteSpan:
    """One quoted stretch: ``text[start:end]`` are the words inside the marks (trimmed)."""

    open: int        # position of the opening mark
    start: int
    end: int
    close: int       # position just after the closing mark (the paragraph end when left open)
    closed: bool     # False when recovered: left open at a paragraph end or before a new opener
    single: bool     # single quotation marks (‘…’ or '…')


# An HTML/XML tag left in the text; quotation marks inside it are attribute syntax.
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,500}>")
_MARKS = re.compile(r"``|''|[\"“”„«»‘’'`‹›]|\r\n|\n|\r")
_OPENING_BEFORE = set("([{—–-/“‘«„") | {"\n", "\r", "\t", " ", "\u00a0", ""}
_SPACE = {" ", "\t", "\n", "\r", "\u00a0", "\u2009", "\u202f", ""}
_CLOSING_AFTER = set(".,;:!?)]}—–-…/") | _SPACE | {"”", "’", "\"", "'"}
_DOUBLE_OPEN = {"“", "„", "«", "``"}
_DOUBLE_CLOSE = {"”", "»"}
_DOUBLE_EITHER = {"\"", "''"}


def _role(text: str, pos: int, mark: str) -> tuple[str, str]:
    """(kind, role) of a quotation mark from its neighbours: kind d/s, role open/close/either/none."""
    prev = text[pos - 1] if pos > 0 else ""
    nxt = text[pos + len(mark)] if pos + len(mark) < len(text) else ""
    if mark in _DOUBLE_OPEN:
        # A mistyped closer: “ glued to the end of a word ("policy“ and").
        if mark == "“" and prev and not prev.isspace() and prev not in _OPENING_BEFORE and nxt in _CLOSING_AFTER:
            return "d", "close"
        return "d", "open"
    if mark in _DOUBLE_CLOSE:
        if mark == "”" and (prev in _SPACE) and nxt and nxt.isalnum():
            return "d", "open"
        return "d", "close"
    if mark in _DOUBLE_EITHER:
        if prev == "=":
            return "d", "none"             # markup, not prose: <tweet author="x">
        if prev in _OPENING_BEFORE and nxt not in _SPACE:
            return "d", "open"
        if prev not in _SPACE and nxt in _CLOSING_AFTER:
            return "d", "close"
        return "d", "either"
    if mark in ("‹", "`"):
        return "s", "open"
    if mark == "›":
        return "s", "close"
    # Single quotes double as apostrophes: don’t, Korea’s, ’90s, the 1990s’.
    if prev.isalnum() and nxt.isalnum():
        return "s", "none"
    if mark == "‘":
        return ("s", "none") if nxt.isdigit() else ("s", "open")
    if mark == "’":
        return ("s", "none") if (prev in _SPACE and nxt.isalnum()) else ("s", "close")
    # straight '
    if prev in _OPENING_BEFORE and nxt.isalpha():
        return "s", "open"
    if prev not in _SPACE:
        return "s", "close"
    return "s", "none"


class _Frame:
    __slots__ = ("kind", "open", "content", "inner", "straight")

    def __init__(self, kind: str, open_: int, content: int, straight: bool):
        self.kind, self.open, self.content, self.inner = kind, open_, content, []
        self.straight = straight           # opened by a straight mark (" or '')


def _make_span(text: str, frame: _Frame, end: int, close: int, closed: bool) -> Optional[QuoteSpan]:
    start = frame.content
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end <= start or not any(ch.isalnum() for ch in text[start:end]):
        return None
    if frame.kind == "s" and end - start < 2:
        return None                       # "rock 'n' roll": elided letters, not a quotation
    return QuoteSpan(frame.open, start, end, close, closed, frame.kind == "s")


def _continues_after_break(text: str, pos: int) -> bool:
    """True when the line after ``pos`` closes a quote before opening one: a hard-wrapped quote."""
    limit = min(len(text), pos + 2000)
    for m in _MARKS.finditer(text, pos, limit):
        mark = m.group()
        if mark in ("\n", "\r", "\r\n"):
            if m.start() > pos:      # a blank line or a second line break: a real paragraph end
                return False
            continue
        kind, role = _role(text, m.start(), mark)
        if kind == "d":
            return role == "close"
    return False


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every outermost quoted stretch in ``text``, in order.

    Handles curly, straight, mixed (“…"), PTB (``…'') and single (‘…’) marks, tells
    apostrophes from closing single quotes, and never fails on unbalanced marks: a quote
    left open runs to its paragraph end (the multi-paragraph convention), a single quote
    left open is dropped, and a new opening mark inside an open quote closes the old one.

    >>> t = "He said “no ‘way’” twice. The “hegemonic policy\\" and Korea’s ‘alliance’."
    >>> [t[q.start:q.end] for q in find_quote_spans(t)]
    ['no ‘way’', 'hegemonic policy', 'alliance']
    """
    out: list[QuoteSpan] = []
    stack: list[_Frame] = []

    def emit(span: Optional[QuoteSpan], inner: list[QuoteSpan]) -> None:
        target = stack[-1].inner if stack else out
        if span is not None:
            target.append(span)
        else:
            target.extend(inner)

    def close_top(end: int, close: int, closed: bool) -> None:
        frame = stack.pop()
        span = _make_span(text, frame, end, close, closed)
        # A quote that closes keeps its nested quotes inside it; one that is dropped frees them,
        # and so does one left open (a paragraph-long quote whose inner quotes stand on their own).
        if span is not None and not closed:
            emit(span, [])
            emit(None, frame.inner)
        else:
            emit(span, frame.inner if span is None else [])

    def abandon_top() -> None:
        frame = stack.pop()
        emit(None, frame.inner)

    tags = [t.span() for t in _TAG.finditer(text)]
    tag_i = 0
    for m in _MARKS.finditer(text):
        mark, pos = m.group(), m.start()
        while tag_i < len(tags) and tags[tag_i][1] <= pos:
            tag_i += 1
        if tag_i < len(tags) and tags[tag_i][0] < pos:
            continue                      # inside markup: <tweet author="x">
        if mark in ("\n", "\r", "\r\n"):
            if not stack:
                continue
            if any(f.kind == "d" for f in stack) and _continues_after_break(text, m.end()):
                continue
            end = pos
            while stack:
                if stack[-1].kind == "s":
                    abandon_top()
                else:
                    close_top(end, end, False)
            continue
        kind, role = _role(text, pos, mark)
        if role == "none":
            continue
        in_double = any(f.kind == "d" for f in stack)
        if kind == "s" and in_double:
            continue                      # nested single quotes stay inside the outer quote
        if role == "either":
            role = "close" if in_double else "open"
        straight = mark in _DOUBLE_EITHER
        if role == "open" and kind == "s" and stack and stack[-1].kind == "s":
            abandon_top()                 # 'rock ‘n’ roll ‘...': a single quote never nests in another
        if role == "open":
            if kind == "d" and in_double and (stack[-1].straight == straight or len(stack) > 1):
                # A second opener of the same style inside an open quote: the first was never closed.
                # (A curly quote inside a straight one, or the reverse, is nesting.)
                while stack:
                    if stack[-1].kind == "s":
                        abandon_top()
                    else:
                        close_top(pos, pos, False)
            stack.append(_Frame(kind, pos, m.end(), straight))
            continue
        # role == "close"
        if stack and stack[-1].kind == kind:
            close_top(pos, m.end(), True)
        elif kind == "d" and in_double:
            while stack[-1].kind != "d":
                abandon_top()
            close_top(pos, m.end(), True)
    end = len(text)
    while stack:
        if stack[-1].kind == "s":
            abandon_top()
        else:
            close_top(end, end, False)
    out.sort(key=lambda q: q.start)
    return out


# ---------------------------------------------------------------------------
# tokens, cues and noun phrases
# ---------------------------------------------------------------------------

# A word keeps inner apostrophes, periods and hyphens ("U.S", "Sin Hong-chol", "Korea’s");
# everything else is a one-character token.
_TOKEN = re.compile(r"[^\W_](?:[\w’'.&/-]*\w)?|[^\w\s]")
_PERIOD_WORD = re.compile(r"[A-Z][a-z]?$")
_BOUNDARY_PUNCT = set(";:()[]{}“”\"‘’'«»—–―!?…")
_QUOTE_CHARS = set("“”\"‘’'«»`")


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    word: str          # surface, e.g. "said", "according to", "pointed out"
    lemma: str
    roles: str
    participle: bool
    passive: bool      # "it is noted", "is described as"


_BE = {"is", "are", "was", "were", "be", "been", "being", "’s", "'s"}
_NOUN_BEFORE = {"the", "a", "an", "some", "many", "these", "those", "such", "his", "her", "their", "its",
                "our", "my", "your", "recent", "media", "news", "press", "earlier", "previous", "other",
                "unconfirmed", "several", "numerous", "any", "no", "first", "new", "latest", "this", "that",
                "one", "two", "three", "another", "each", "every", "official", "public", "formal", "false"}
_DISCOURSE_SAID = re.compile(r"(?:[Hh]aving\s+said\s+that|\b[Tt]hat\s+said)\s*,")
_CLAUSE_END = re.compile(r"\s*(?:[.,:;!?”\"]|$)")
_PREP_NOT_TO = {"of", "in", "for", "with", "on", "at", "about", "from", "into", "upon"}
_SENTENCE_START = re.compile(r"(?:^|[.!?]\d{0,3}\s+)\W*[\w’']+\W{0,3}$")
# Reporting verbs whose base form is also a common noun ("the North Korean claim", "a Times report").
_NOUN_LEMMAS = {"claim", "report", "note", "call", "estimate", "comment", "remark", "answer", "reply", "promise",
                "pledge", "vow", "tweet", "post", "quote", "charge", "fear", "hope", "doubt", "signal", "hint",
                "order", "echo", "counter", "protest", "demand", "warning", "statement", "state", "caution", "show",
                "find", "remarks", "comments", "tweets", "posts"}
_DET_ADJ_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Oo]ne)\s+[a-z][\w’'-]*\s+$")
_INDEFINITE_NP = re.compile(r"\b[Aa]n?\s+(?:[\w’'-]+\s+){0,4}$")
_CAPITAL_NEXT = re.compile(r"\s+[“\"]?[A-Z]")
_NEVER_NOUNS = {"say", "tell", "write", "add", "ask", "think", "speak"}
_PRECEDING_WORD = re.compile(r"([\w’']+)\W{0,3}$")
_PRECEDING_TWO = re.compile(r"([\w’']+)\s+(?:[a-z]+ly\s+|not\s+|also\s+|now\s+)?$")


def iter_cues(text: str, lo: int, hi: int) -> Iterator[Cue]:
    """Reporting cues (verbs and "according to") in ``text[lo:hi]``, skipping noun uses ("the reports")."""
    verbs = reporting_verbs()
    heads = _cue_heads()
    for w in _LOWER_WORD.finditer(text, lo, hi):
        first = w.group()
        tails = heads.get(first.lower() if first == "According" else first)
        if tails is None:
            continue
        end = w.end()
        word = None
        for tail in tails:
            if not tail:
                word = first
                break
            m2 = _tail_regex(tail).match(text, end, hi)
            if m2:
                word, end = first + " " + tail, m2.end()
                break
        if word is None:
            continue
        if first.lower() == "according":
            yield Cue(w.start(), end, text[w.start():end], "according to", "qcs", False, False)
            continue
        m = w
        info = verbs.get(word)
        if info is None:
            continue
        before = text[max(lo, m.start() - 40):m.start()]
        prev = _PRECEDING_WORD.search(before)
        prev_word = prev.group(1).lower() if prev else ""
        if (prev_word in _NOUN_BEFORE or prev_word.endswith(("’s", "'s"))) and not before.rstrip().endswith(","):
            continue              # "some reports allege", "Clinton's remark": the noun, not the verb
        if prev_word in _PREP_NOT_TO and not word.endswith("ing") and not before.rstrip().endswith(","):
            continue              # "Of note", "in response", "the aim of countering": a noun or gerund
        if info.lemma in _NOUN_LEMMAS and word in (info.lemma, info.lemma + "s") and prev \
                and not before.rstrip().endswith((",", ".")) \
                and (word == info.lemma and prev.group(1)[:1].isupper() and _SENTENCE_START.search(before) is None
                     and prev_word not in pronoun_kinds() or
                     _DET_ADJ_BEFORE.search(before)):
            continue              # "the North Korean claim", "a Times report", "an improbable remark": nouns
        after = text[end:end + 4]
        if after.startswith(" of ") and word.endswith("s") and info.lemma not in _NEVER_NOUNS:
            continue              # "reports of", "claims of" (but "says of Clinton")
        two = _PRECEDING_TWO.search(before)
        passive = bool(two and two.group(1).lower() in _BE and not word.endswith(("ing",)) and
                       (word.endswith(("ed", "en", "d", "t")) or word in ("said", "told", "thought", "found",
                                                                           "known", "shown", "written")))
        if word == "known" and text.startswith(" as", end):
            continue              # "known as HFCs": a name, not a report
        if word in ("called", "dubbed", "named", "titled") and _INDEFINITE_NP.search(before) \
                and _CAPITAL_NEXT.match(text, end):
            continue              # "a site called DPRK Today": a name, not a report
        if _DISCOURSE_SAID.search(text, max(lo, m.start() - 8), end + 6):
            continue              # "Having said that," / "That said,"
        if "e" in info.roles and not _CLAUSE_END.match(text, end):
            continue              # "continues to use": only "he continued:" / '"...," she continued.' report
        yield Cue(m.start(), end, word, info.lemma, info.roles, info.participle, passive)


def _is_cap(tok: Tok) -> bool:
    return tok.text[0].isupper()


def _strip_span(text: str, toks: Sequence[Tok]) -> Optional[tuple[int, int]]:
    """The span of ``toks`` without leading discourse words and trailing punctuation."""
    classes = word_classes()
    lead = classes["lead"]
    i, j = 0, len(toks)
    while i < j and (not toks[i].is_word and toks[i].text not in "(" or toks[i].low in lead):
        i += 1
    while j > i and not toks[j - 1].is_word and toks[j - 1].text not in ").":
        j -= 1
    if j > i and toks[j - 1].text == "." and not (j - 2 >= i and _PERIOD_WORD.match(toks[j - 2].text)):
        j -= 1
    if i >= j:
        return None
    # A speaker opening on a preposition ("In a statement the ministry") starts at its last determiner.
    if toks[i].low in classes["prep"] and j - i > 2:
        for k in range(j - 1, i, -1):
            if toks[k].low in classes["det"] or (_is_cap(toks[k]) and not _is_cap(toks[k - 1])):
                i = k
                break
    return toks[i].start, toks[j - 1].end


_PAREN_DROP_FIRST = {"who", "which", "whose", "where", "when", "whom", "speaking", "writing", "according",
                     "citing", "also", "however", "though", "meanwhile", "too", "in", "on", "at", "during",
                     "for", "after", "before", "with", "like", "as", "without", "through", "via"}


def subject_before(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The subject of a verb that starts at ``hi``: the noun phrase ending just before it.

    Skips adverbs and auxiliaries ("has also said"), drops relative clauses and asides
    ("X, who oversees..., said"), keeps appositives ("X, the ambassador, said") and stops
    at a clause boundary (punctuation, "that", "while", another verb...).

    >>> t = "Deputy Prime Minister Marat Khusnullin, who oversees the industry, recently said"
    >>> a, b = subject_before(t, 0, t.rindex("said")); t[a:b]
    'Deputy Prime Minister Marat Khusnullin'
    """
    lo = max(lo, hi - 250)
    toks = tokens(text, lo, hi)
    classes = word_classes()
    aux, adv, sub = classes["aux"], classes["adv"], classes["sub"]
    verbs = reporting_verbs()
    i = len(toks) - 1

    def skippable(t: Tok) -> bool:
        low = t.low
        return t.is_word and t.text.islower() and (low in aux or low in adv or low in classes["lead"] or
                                                   (low.endswith("ly") and len(low) > 4) or
                                                   low.endswith(("n’t", "n't")))

    if i >= 0 and toks[i].low == "to":
        # "continued to call ...": the subject of the verb governing the infinitive.
        return leading_np(text, lo, hi)
    conjoined = False
    while i >= 0 and skippable(toks[i]):
        conjoined = conjoined or toks[i].low in ("and", "but")
        i -= 1
    if conjoined and i >= 0 and toks[i].is_word:
        # "Democrats described the showdown as ominous and said ...": the first verb's subject.
        return leading_np(text, lo, hi)
    kept: list[tuple[int, int]] = []       # appositive token ranges, right to left
    for _ in range(3):
        if i < 0 or toks[i].text not in (",", ")"):
            break
        opener = "(" if toks[i].text == ")" else ","
        j = i - 1
        while j >= 0 and toks[j].text not in (opener, ";", ":", "—", "–") and toks[j].text not in _QUOTE_CHARS:
            j -= 1
        if j < 0 or toks[j].text != opener or j == 0:
            # No opening comma: "Smith, said" or an introductory phrase; drop the comma only.
            i -= 1
            break
        first = toks[j + 1] if j + 1 < i else None
        if opener == "," and first is not None and not (first.low in _PAREN_DROP_FIRST or first.text[0].isdigit()):
            kept.append((j + 1, i - 1))
        i = j - 1
        while i >= 0 and skippable(toks[i]):
            i -= 1
    if i < 0:
        return None
    k = i
    while k >= 0:
        t = toks[k]
        if not t.is_word:
            if t.text in _BOUNDARY_PUNCT or t.text == ",":
                break
            if t.text == "-" and k > 0 and toks[k - 1].text == "-":
                break
            k -= 1
            continue
        low = t.low
        if (low in sub or low in aux) and (t.text[0].islower() or k == 0 or not toks[k - 1].is_word) or \
                t.text[0].islower() and (low in ("but", "and") and k < i - 3 or
                                         (low in verbs and low not in ("report", "reports", "statement"))):
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if low in ("who", "which") and k > 0 and toks[k - 1].is_word and nxt is not None \
                    and nxt.text.islower() and nxt.low not in classes["det"] and not is_pronoun(nxt.text):
                # "officials who spoke on condition of anonymity said": the subject is before "who".
                i = k - 1
                k = i
                continue
            break
        k -= 1
    head = toks[k + 1:i + 1]
    if not head:
        return None
    if len(head) > 10:
        # "The letters sent by Foreign Minister Choe Son Hui to her counterparts in the DNR":
        # stop at the first preposition after the name.
        for n in range(2, len(head)):
            if head[n].low in classes["prep"] and head[n].low != "of" and _is_cap(head[n - 1]):
                head = head[:n]
                break
    if len(head) > 14:
        head = head[-8:]
    span = _strip_span(text, head)
    if span is None:
        return None
    if kept and not has_name(head):
        # "North Korean Ambassador to Russia, Sin Hong-chol, said": the name is in the appositive.
        a, b = kept[-1]
        app = _strip_span(text, toks[a:b + 1])
        if app and b - a < 10:
            span = (span[0], app[1])
    return span


def has_name(toks: Sequence[Tok]) -> bool:
    """True when a capitalised word that is neither a title nor a place/organisation word occurs."""
    title_words, blockers, det = titles(), name_blockers(), word_classes()["det"]
    for t in toks:
        if t.is_word and t.text[0].isupper():
            bare = _bare(t.text)
            if bare in title_words or bare in blockers or t.low in det or t.low in word_classes()["lead"]:
                continue
            return True
    return False


def speaker_before_cue(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The speaker filling ``text[lo:hi]`` right after a quote and before its cue ('"...," Mr. King added').

    Relative clauses and bracketed asides are dropped; an appositive is kept only when the
    first part holds no name ("the ministry's spokeswoman, Maria Zakharova").
    """
    toks = tokens(text, lo, min(hi, lo + 400))
    classes = word_classes()
    while toks and (not toks[0].is_word and toks[0].text not in "(" or toks[0].low in classes["lead"]):
        toks = toks[1:]
    while toks and toks[-1].is_word and (toks[-1].low in classes["aux"] or toks[-1].low in classes["adv"] or
                                         (toks[-1].low.endswith("ly") and toks[-1].text.islower())):
        toks = toks[:-1]
    if not toks or len(toks) > 30 or any(t.text in ";:?!“”\"" for t in toks):
        return None
    segments: list[list[Tok]] = [[]]
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif t.text == ",":
            segments.append([])
        else:
            segments[-1].append(t)
    segments = [seg for seg in segments if seg]
    if not segments:
        return None
    head = segments[0]
    if any(t.text.islower() and (t.low in classes["aux"] or t.low in classes["sub"]) for t in head):
        return None                     # a clause, not a speaker ('" reference was apparently about')
    if head[0].text.islower() and head[0].low not in classes["det"] and not is_pronoun(head[0].text) \
            and len(head) > 1 and (head[1].low in classes["det"] or head[1].low in classes["prep"]):
        return None                     # a verb and its object: "features a New York Times report"
    keep = segments[:1]
    if len(segments) > 1 and not has_name(segments[0]) and segments[1][0].low not in ("who", "which", "whose"):
        keep = segments[:2]
    first, last = keep[0][0], keep[-1][-1]
    if first.low in classes["sub"] or first.low in classes["prep"]:
        return None
    return _strip_span(text, [first, last])


def _abbrev_period(toks: Sequence[Tok], k: int) -> bool:
    """True when the "." at ``toks[k]`` closes a title or an initial ("Mr.", "H.")."""
    if k == 0 or not toks[k - 1].is_word:
        return False
    word = toks[k - 1].text
    return word in titles() or len(word) == 1 and word.isupper() or word in ("Jr", "Sr", "St", "U.S", "U.N")


def np_after(text: str, lo: int, hi: int, *, full: bool = False) -> Optional[tuple[int, int]]:
    """The noun phrase right after a cue ("said Victor Cha, a scholar" -> "Victor Cha").

    With ``full`` (after "according to") prepositional phrases belong to it ("an article
    posted on the ministry's website").  An appositive follows a first part without a name
    ("the Russian ambassador, Alexander Matsegora").
    """
    span = _np_after(text, lo, hi, full)
    if span is None:
        return None
    m = _APPOSITIVE_NAME.match(text, span[1], hi)
    if m and not has_name(tokens(text, span[0], span[1])):
        app = _np_after(text, m.end(), hi, False)
        if app and has_name(tokens(text, app[0], app[1])):
            return span[0], app[1]
    return span


_NP_AFTER_STOP = {"in", "on", "at", "during", "after", "before", "when", "while", "as", "with", "from", "by",
                  "about", "last", "this", "yesterday", "today"}
_APPOSITIVE_NAME = re.compile(r",\s+(?=[A-Z])")


def _np_after(text: str, lo: int, hi: int, full: bool) -> Optional[tuple[int, int]]:
    hi = min(hi, lo + 300)
    toks = tokens(text, lo, hi)
    classes = word_classes()
    if not toks or not toks[0].is_word:
        return None
    first = toks[0]
    if first.low in classes["prep"] or first.low in classes["sub"] or first.low in classes["aux"] \
            or first.low in classes["adv"] or first.low in classes["conj"] \
            or not full and first.low in ("that", "it", "them", "him", "her", "us", "me", "you"):
        return None                      # ("according to him" names a source; "said it" does not)
    out: list[Tok] = []
    for k, t in enumerate(toks):
        if not t.is_word:
            if _joins_name(toks, k):
                out.append(t)
                continue
            break
        low = t.low
        if t.text[0].islower() and (low in classes["sub"] or low in classes["aux"] or low in classes["conj"] or
                                    not full and low in _NP_AFTER_STOP):
            break
        if low in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday") and out:
            break
        out.append(t)
        if len(out) > (16 if full else 10):
            break
    if not out:
        return None
    return _strip_span(text, out)


def _joins_name(toks: list, k: int) -> bool:
    """A non-word token that stays inside a noun phrase: an apostrophe, a hyphen, an ampersand,
    or the period of an abbreviation ("U.S.", "Dr.")."""
    t = toks[k]
    return t.text in ("’", "'", "-", "&") or t.text == "." and _abbrev_period(toks, k)


def leading_np(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The subject at the start of a clause, for "X issued a denial of ..." and passives.

    >>> t = "Of note, Pyongyang has recently begun to use a new formula."
    >>> a, b = leading_np(t, 0, len(t)); t[a:b]
    'Pyongyang'
    """
    hi = min(hi, lo + 400)
    toks = tokens(text, lo, hi)
    classes = word_classes()
    i = 0
    for _ in range(3):
        while i < len(toks) and (toks[i].low in classes["lead"] or toks[i].low in classes["sub"] or
                                 not toks[i].is_word):
            i += 1
        # Skip an introductory phrase ended by a comma ("Of note, ...", "With leaders worried about X, ...",
        # and the year of "On July 6, 2015, ...").
        if i < len(toks) and (toks[i].low in classes["prep"] or toks[i].text.endswith("ly") or
                              toks[i].low in classes["sub"] or toks[i].low in ("despite", "instead") or
                              toks[i].text.isdigit() and i + 1 < len(toks) and toks[i + 1].text == ","):
            for j in range(i, min(len(toks), i + 30)):
                if toks[j].text == ",":
                    i = j + 1
                    break
            else:
                break
        else:
            break
    if i >= len(toks):
        return None
    out: list[Tok] = []
    verbs = reporting_verbs()
    for k in range(i, len(toks)):
        t = toks[k]
        if not t.is_word:
            if _joins_name(toks, k):
                out.append(t)
                continue
            break
        low = t.low
        if out and t.text[0].islower() and (low in classes["aux"] or low in classes["adv"] or low in verbs
                                             or low in classes["sub"] or
                                             (low.endswith("ed") and low not in ("united", "armed", "red"))
                                             or (low.endswith("ly") and len(low) > 4)):
            break
        out.append(t)
        if len(out) > 10:
            return None
    if not out:
        return None
    return _strip_span(text, out)


# ---------------------------------------------------------------------------
# sentences and pronouns
# ---------------------------------------------------------------------------

class SentenceIndex:
    """Find the sentence around a position in O(log n)."""

    def __init__(self, text: str, sentences: Optional[Sequence[Sentence]], article_id: str = ""):
        self.sentences = list(sentences) if sentences is not None else split_sentences(text, article_id=article_id)
        self.starts = [s.start for s in self.sentences]

    def index_at(self, pos: int) -> int:
        """Index of the sentence containing ``pos`` (or the last one starting before it); -1 if none."""
        return bisect.bisect_right(self.starts, pos) - 1

    def at(self, pos: int) -> Optional[Sentence]:
        i = self.index_at(pos)
        return self.sentences[i] if i >= 0 else None


_NAME = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Adm|Prof|Rev|St)\.?\s+)?"
    r"\b[A-Z][\w’'-]*[a-z][\w’'-]*"
    r"(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*[a-z][\w’'-]*|(?:de|van|von|bin|al|da|del|la|le)(?=\s+[A-Z]))){0,5}")
_FEMALE_TITLES = {"Mrs", "Ms", "Miss", "Madam", "Madame", "Queen", "Princess", "Lady", "Dame", "Spokeswoman",
                  "Chairwoman", "Congresswoman"}
_MALE_TITLES = {"Mr", "King", "Prince", "Lord", "Sir", "Spokesman", "Chairman", "Congressman"}
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|ina|aya|skaya|yova)$")


_NAME_WORD = re.compile(r"[^\s.]+")


def _bare(word: str) -> str:
    return re.sub(r"[’']s$", "", word)


def _split_names(m: re.Match) -> list[tuple[int, int, list[str]]]:
    """Split a capitalised run into person-sized names, as (start, end, words).

    Capitalised function words split it ("While Obama", "On The Steve Harvey Show"), so
    does a given name after a non-name ("Hillary Clinton Goes After Donald Trump"); a run
    ending in a title is an office, not a person ("PolitiFact Executive Director").
    """
    out: list[tuple[int, int, list[str]]] = []
    names, title_words = given_names(), titles()
    function_words = _function_words()
    cur: list[str] = []
    cur_start = cur_end = m.start()
    for w in _NAME_WORD.finditer(m.group()):
        word = w.group()
        if word.lower() in function_words and word not in title_words:
            if cur:
                out.append((cur_start, cur_end, cur))
            cur = []
            continue
        if cur and word in names and cur[-1] not in names and cur[-1] not in title_words and len(cur[-1]) > 1:
            out.append((cur_start, cur_end, cur))
            cur = []
        if not cur:
            cur_start = m.start() + w.start()
        cur.append(word)
        cur_end = m.start() + w.end()
    if cur:
        out.append((cur_start, cur_end, cur))
    trimmed = []
    for start, end, words in out:
        if words[-1] in title_words and len(words) > 1:
            continue
        core_at = [i for i, w in enumerate(words) if w not in title_words]
        if len(core_at) > 4:
            continue                        # a title-case headline, not a name
        if len(core_at) > 3:
            first = core_at[0]
            keep = 2 if words[first] in names and not (len(words[first + 1]) == 1) else 3
            words = words[:first + keep]
            end = start + len(" ".join(words))
        trimmed.append((start, end, words))
    return trimmed


@lru_cache(maxsize=None)
def _function_words() -> frozenset[str]:
    words = set()
    for role, members in word_classes().items():
        words |= members
    return frozenset(words | set(reporting_verbs()))


@dataclass
class Person:
    name: str            # longest name seen, without titles
    gender: str          # "m", "f" or ""


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: int          # index into PersonIndex.people


class PersonIndex:
    """Person-like names of an article in order, for resolving "he", "she" and "him".

    A capitalised name counts as a person when a title precedes it or when it has two to
    five words none of which names a place or an organisation; a lone surname counts once
    its full name has been seen.  Gender comes from titles, a list of given names and
    Slavic surname endings.
    """

    def __init__(self, text: str, quotes: Sequence[QuoteSpan] = ()):
        self.text = text
        self.people: list[Person] = []
        self.mentions: list[Mention] = []
        self._alias: dict[str, int] = {}
        self._by_part: dict[str, int] = {}     # each word of a name -> the latest person with it
        qstarts = [q.start for q in quotes]
        qends = [q.end for q in quotes]
        for m in _NAME.finditer(text):
            i = bisect.bisect_right(qstarts, m.start()) - 1
            if i >= 0 and m.start() < qends[i]:
                continue                   # names inside quotes are rarely the speaker
            for start, end, words in _split_names(m):
                self._add(start, end, words)
        self.mention_starts = [mm.start for mm in self.mentions]

    def _add(self, start: int, end: int, words: list[str]) -> None:
        title_words, names, alias = titles(), given_names(), self._alias
        words = [_bare(w) for w in words]
        while words and words[-1] in title_words:
            words = words[:-1]             # "What Mr" before "Mr. Obama": a title ends no name
        last_title = max((i for i, w in enumerate(words) if w in title_words), default=-1)
        if last_title > 0 and words[0] not in title_words:
            # "PolitiFact Executive Director Aaron Sharockman": the name follows the last title.
            words = words[last_title:]
        core = [w for w in words if w not in title_words]
        if not core or any(_bare(w) in name_blockers() for w in core):
            return
        titled = words[0] in title_words
        key = " ".join(core)
        idx = alias.get(key)
        if idx is None and len(core) == 1 and not titled and core[0] not in names:
            return                          # a lone capitalised word: a person only once named in full
        if idx is None and len(core) >= 2 and core[-1] in alias and core[0] in names:
            other = self.people[alias[core[-1]]]
            # "Hillary Clinton" after "Bill Clinton" is someone else.
            if other.name.split()[0] == core[0] or other.name.split()[0] not in names:
                idx = alias[core[-1]]
        if idx is None:
            idx = len(self.people)
            self.people.append(Person(key, ""))
        person = self.people[idx]
        if len(key) > len(person.name):
            person.name = key
        for part in person.name.split():
            self._by_part[part] = idx
        alias.setdefault(key, idx)
        alias[core[-1]] = idx                 # the latest person with a surname owns it
        if len(core) >= 2:
            alias.setdefault(core[0], idx)
        if not person.gender:
            if words[0] in _FEMALE_TITLES:
                person.gender = "f"
            elif words[0] in _MALE_TITLES:
                person.gender = "m"
            elif core[0] in names:
                person.gender = names[core[0]]
            elif len(core) >= 2 and _FEMALE_SURNAME.search(core[-1]):
                person.gender = "f"
        self.mentions.append(Mention(start, end, idx))

    def resolve(self, pronoun: str, pos: int, index: "SentenceIndex",
                extras: Sequence[Sequence[tuple[int, str]]] = (), window: int = 6, learn: bool = False) -> str:
        """The person a he/she/him/her at ``pos`` most likely refers to, or "" (no guess).

        Walks back sentence by sentence (at most ``window``) and takes the first person of the
        nearest sentence that has one of the right gender: the subject of a sentence is usually
        named first.  ``extras`` are lists of (position, name) sorted by position, such as the
        subjects of reporting verbs and resolved speakers; they come first within a sentence.
        With ``learn`` a person of unknown gender takes the pronoun's; only the one document pass
        in :func:`analyse` learns, so later calls do not depend on call order.
        """
        kind = pronoun_kinds().get(pronoun.lower(), "")
        if not kind.startswith("person"):
            return ""
        want = "f" if kind == "person-f" else "m"
        s = index.index_at(pos)
        if s < 0:
            return ""
        lo = index.sentences[max(0, s - window)].start
        cands: list[tuple[int, int, str, str]] = []     # (sentence, priority, position, name, gender)
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= lo and len(cands) < _MAX_CANDIDATES:
            person = self.people[self.mentions[i].person]
            cands.append((index.index_at(self.mentions[i].start), 0, self.mentions[i].start, person.name,
                          person.gender))
            i -= 1
        for extra in extras:
            j = bisect.bisect_left(extra, pos, key=_first) - 1
            stop = max(-1, j - _MAX_CANDIDATES)
            while j > stop and extra[j][0] >= lo:
                person = self.lookup(extra[j][1])
                if person is not None:
                    cands.append((index.index_at(extra[j][0]), -1, extra[j][0], person.name, person.gender))
                j -= 1
        # Nearest sentence first; within it, speakers and subjects first, then names in order.
        cands.sort(key=lambda c: (-c[0], c[1], c[2]))
        for _, _, _, name, gender in cands:
            if gender in ("", want):
                if not gender and learn:
                    self._learn(name, want)
                return name
        return ""

    def coordinated(self, pos: int, lo: int) -> str:
        """Two people joined by "and" before ``pos`` ("Vladimir Putin and Kim Jong-un ... they")."""
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        stop = max(0, i - _MAX_CANDIDATES)
        while i > stop and self.mentions[i - 1].start >= lo:
            a, b = self.mentions[i - 1], self.mentions[i]
            if self.text[a.end:b.start].strip() == "and" and a.person != b.person:
                return f"{self.people[a.person].name} and {self.people[b.person].name}"
            i -= 1
        return ""

    def _learn(self, name: str, gender: str) -> None:
        """A pronoun resolved to a person of unknown gender tells us the gender."""
        person = self.lookup(name)
        if person is not None and not person.gender:
            person.gender = gender

    def lookup(self, name: str) -> Optional[Person]:
        """The latest person whose name contains the last capitalised word of ``name``."""
        words = [w for w in name.replace(".", " ").replace(",", " ").split() if w[:1].isupper()]
        words = [_bare(w) for w in words if w not in titles()]
        if not words:
            return None
        idx = self._by_part.get(words[-1])
        return self.people[idx] if idx is not None else None


_MAX_CANDIDATES = 40


def _first(pair: tuple[int, str]) -> int:
    return pair[0]


def is_plural(name: str) -> bool:
    """A plural noun phrase: "Chinese analysts", "Commentators in the West", "Russia and China"."""
    head = re.split(r"\s(?:in|of|at|from|for|on|with)\s", name, maxsplit=1)[0]
    last = head.split()[-1] if head.split() else ""
    return " and " in head or (last.endswith("s") and not last.endswith(("ss", "us", "’s", "'s"))
                               and (last[:1].islower() or len(head.split()) == 1 or last not in name_blockers()))


def resolve_group(doc: "Document", pos: int, extra: Sequence[tuple[int, str]] = ()) -> str:
    """What a "they"/"them" at ``pos`` stands for, or "".

    Two people joined by "and" in this or the previous sentence come first ("an exchange of
    letters between Vladimir Putin and Kim Jong-un in which they expressed ..."), then the
    latest plural subject of a reporting verb within three sentences ("Commentators in the
    West have speculated ... They note ...").  ``extra`` adds (position, name) sources,
    sorted by position.
    """
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    pair = doc.people.coordinated(pos, doc.index.sentences[max(0, s - 1)].start)
    if pair:
        return pair
    lo = doc.index.sentences[max(0, s - 3)].start
    best = (-1, "")
    for source in (doc.plural_subjects, extra):
        j = bisect.bisect_left(source, pos, key=_first) - 1
        stop = max(-1, j - _MAX_CANDIDATES)
        while j > stop and source[j][0] >= lo:
            if source[j][0] > best[0] and not is_pronoun(source[j][1]) and is_plural(source[j][1]):
                best = source[j]
                break
            j -= 1
    return best[1]


def is_pronoun(speaker: str) -> bool:
    return speaker.lower() in pronoun_kinds()


def hedge_in(text: str, lo: int, hi: int) -> str:
    """The first hedging word in ``text[lo:hi]`` ("may", "reportedly", "believed to"), or ""."""
    table = hedges()
    for w in _ANY_WORD.finditer(text, lo, hi):
        tails = table.get(w.group().lower())
        if tails is None or w.group() == "May":
            continue                      # (the month, not the modal)
        for tail in tails:
            if not tail:
                return w.group().lower()
            m = _tail_regex(tail).match(text, w.end(), hi)
            if m:
                return w.group().lower() + " " + tail
    return ""


_ANY_WORD = re.compile(r"[A-Za-z]+")


def cue_subjects(text: str, index: SentenceIndex, quotes: Sequence[QuoteSpan], people: PersonIndex,
                 cues: Optional[Sequence[Cue]] = None, plurals: Optional[list] = None) -> list[tuple[int, str]]:
    """(position, name) of the subject of every reporting verb outside quotes, in order.

    Pronoun subjects are resolved as they come, so a chain "Fowler said... he argued...
    'X,' he said" stays with Fowler.  Used to rank antecedents of later pronouns.  Plural
    subjects that name no person ("Chinese analysts") go to ``plurals``, for "they".
    """
    out: list[tuple[int, str]] = []
    qstarts = [q.open for q in quotes]
    plural = plurals if plurals is not None else []
    for cue in (cues if cues is not None else iter_cues(text, 0, len(text))):
        if cue.passive or cue.participle or cue.lemma == "according to":
            continue
        i = bisect.bisect_right(qstarts, cue.start) - 1
        if i >= 0 and cue.start < quotes[i].close:
            continue
        sentence = index.at(cue.start)
        lo = sentence.start if sentence else 0
        if i >= 0 and quotes[i].close > lo:
            lo = quotes[i].close
        sp = subject_before(text, lo, cue.start)
        if sp is None:
            continue
        name = text[sp[0]:sp[1]]
        if is_pronoun(name):
            name = people.resolve(name, sp[0], index, (out,), learn=True)
        elif people.lookup(name) is None:
            if is_plural(name):
                plural.append((sp[0], name))
            continue
        if name:
            out.append((sp[0], name))
    return out


@dataclass(frozen=True)
class Document:
    """What both extractors need to know about one article, computed once.

    Built by :func:`analyse`; read-only afterwards, so the quotes and claims of an article
    do not depend on which extractor ran first.
    """

    text: str
    index: SentenceIndex
    quotes: tuple[QuoteSpan, ...]
    q_open: tuple[int, ...]
    people: PersonIndex
    cues: tuple[Cue, ...]                   # every reporting cue of the text, in order
    subjects: tuple[tuple[int, str], ...]   # resolved subjects of the cues, for pronouns
    plural_subjects: tuple[tuple[int, str], ...]   # plural subjects ("Chinese analysts"), for "they"

    def quote_at(self, pos: int) -> Optional[QuoteSpan]:
        """The quote whose marks enclose ``pos``, or None."""
        i = bisect.bisect_right(self.q_open, pos) - 1
        if i >= 0 and pos < self.quotes[i].close:
            return self.quotes[i]
        return None


def analyse(text: str, sentences: Optional[Sequence[Sentence]] = None, article_id: str = "") -> Document:
    """Quote spans, people, cues and cue subjects of ``text``.

    Cached for the last few texts, so the quotes and claims extractors share the work.
    """
    return _analyse(text, article_id, tuple(sentences) if sentences is not None else None)


@lru_cache(maxsize=4)
def _analyse(text: str, article_id: str, sentences: Optional[tuple[Sentence, ...]]) -> Document:
    index = SentenceIndex(text, sentences, article_id)
    quotes = find_quote_spans(text)
    people = PersonIndex(text, quotes)
    cues = tuple(iter_cues(text, 0, len(text)))
    plurals: list[tuple[int, str]] = []
    subjects = tuple(cue_subjects(text, index, quotes, people, cues, plurals))
    return Document(text, index, tuple(quotes), tuple(q.open for q in quotes), people, cues, subjects,
                    tuple(plurals))
