"""One article analysed once for attribution: sentences, quote spans, people, cues and cue subjects.

:func:`analyse` builds a read-only :class:`Document` that the quote and claim extractors
share (cached for the last few texts), so neither depends on which ran first.
"""
from __future__ import annotations

import bisect
from operator import is_
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from ..records import Sentence
from ..text import split_sentences
from .cues import Cue, iter_cues
from .people import MAX_CANDIDATES, PersonIndex, is_person_description, is_plural, pair_position
from .quotemarks import QuoteSpan, find_quote_spans
from .subjects import subject_before
from .leading import described_opening  # (after .subjects, which leading.py needs first)
from .tokens import is_pronoun


class SentenceIndex:
    """Find the sentence around a position in O(log n)."""

    def __init__(self, text: str, sentences: Optional[Sequence[Sentence]], article_id: str = ""):
        self.sentences = list(sentences) if sentences is not None else split_sentences(text, article_id=article_id)
        self.starts = [s.start for s in self.sentences]

    def index_at(self, pos: int) -> int:
        """Index of the sentence containing ``pos`` (or the last one starting before it); -1 if none."""
        return bisect.bisect_right(self.starts, pos) - 1

    def start_back(self, s: int, n: int) -> int:
        """Start of the sentence ``n`` sentences before sentence ``s`` (the first at most); 0 when ``s`` < 0."""
        return self.sentences[max(0, s - n)].start if s >= 0 else 0

    def at(self, pos: int) -> Optional[Sentence]:
        i = self.index_at(pos)
        return self.sentences[i] if i >= 0 else None


def resolve_group(doc: "Document", pos: int, extra: Sequence[tuple[int, str]] = ()) -> str:
    """What a "they"/"them" at ``pos`` stands for, or "".

    Two people joined by "and" in this or the previous sentence come first ("an exchange of
    letters between Vladimir Putin and Kim Jong-un in which they expressed ..."), then the
    latest plural subject of a verb of speech within three sentences ("Commentators in the
    West have speculated ... They note ..."; "Chinese observers contend ... The two countries
    perceive ... According to them" -> the observers), else of any reporting verb or of the
    (position, name) sources in ``extra``, sorted by position.
    """
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    pair = doc.people.coordinated(pos, doc.index.start_back(s, 1))
    if pair:
        return pair
    lo = doc.index.start_back(s, 3)
    best = (-1, "")
    # A group that spoke ("Chinese observers contend ...") before one that only perceives ("The two
    # countries perceive ..."): "According to them" reports words.
    spoke = _latest_plural(doc.speech_plurals, pos, lo)
    if spoke[0] >= 0:
        return _named_group(doc, spoke)
    for source in (doc.plural_subjects, extra):
        j = bisect.bisect_left(source, pos, key=pair_position) - 1
        stop = max(-1, j - MAX_CANDIDATES)
        while j > stop and source[j][0] >= lo:
            if source[j][0] > best[0] and not is_pronoun(source[j][1]) and is_plural(source[j][1]):
                best = source[j]
                break
            j -= 1
    return _named_group(doc, best) if best[0] >= 0 else ""


def _named_group(doc: "Document", found: tuple[int, str]) -> str:
    """The names a counted group stands for ("The three allies said ... They": "Washington, Seoul and Tokyo"), else
    the group as written."""
    from .pairs import resolve_pair
    return resolve_pair(doc, found[1], found[0]) or found[1]


def _latest_plural(source: Sequence[tuple[int, str]], pos: int, lo: int) -> tuple[int, str]:
    """The latest plural, non-pronoun (position, name) of ``source`` in ``[lo, pos)``, or (-1, "")."""
    j = bisect.bisect_left(source, pos, key=pair_position) - 1
    stop = max(-1, j - MAX_CANDIDATES)
    while j > stop and source[j][0] >= lo:
        if not is_pronoun(source[j][1]) and is_plural(source[j][1]):
            return source[j]
        j -= 1
    return (-1, "")


# A sentence with more reporting cues than this is not prose (a word list, a garbled page, "said
# said said ..."): its further cues are not attributed.  News has at most 5 in a sentence (PolNeAR,
# TempEval-3, NewsQuant, the seeds and the devset: 1.0 MB); without a cap, "said " x 200,000 makes
# 200,000 claims at 70 s per MB (issue 14).
MAX_CUES_PER_SENTENCE = 50


def sentence_cues(text: str, index: SentenceIndex) -> Iterator[Cue]:
    """Every reporting cue of ``text`` in order, at most :data:`MAX_CUES_PER_SENTENCE` per sentence.

    >>> t = "said " * 60 + ".\\nShe said no."
    >>> cues = list(sentence_cues(t, SentenceIndex(t, None)))
    >>> len(cues), cues[-1].start == t.rindex("said")
    (51, True)
    """
    start = 0
    while True:
        sentence, count, dense = -2, 0, -1
        for cue in iter_cues(text, start, len(text)):
            at = index.index_at(cue.start)
            if at != sentence:
                sentence, count = at, 0
            count += 1
            if count > MAX_CUES_PER_SENTENCE:
                dense = at
                break
            yield cue
        if dense < 0 or dense + 1 >= len(index.sentences):
            return
        start = index.sentences[dense + 1].start      # the scan starts again at the next sentence


def cue_subjects(text: str, index: SentenceIndex, quotes: Sequence[QuoteSpan], people: PersonIndex,
                 cues: Optional[Sequence[Cue]] = None, plurals: Optional[list] = None,
                 bodies: Optional[list] = None, speech: Optional[list] = None,
                 via: Optional[list] = None, unnamed: Optional[list] = None) -> list[tuple[int, str]]:
    """(position, name) of the subject of every reporting verb outside quotes, in order.

    Pronoun subjects are resolved as they come, so a chain "Fowler said... he argued...
    'X,' he said" stays with Fowler.  Used to rank antecedents of later pronouns.  Plural
    subjects that name no person ("Chinese analysts") go to ``plurals``, for "they"; singular ones
    ("The Global Times") to ``bodies``, for "it". A pronoun resolved to an unnamed person who spoke ("A spokesman
    for the ministry said ... He said") is noted in ``via`` as (index in the result, the description's position),
    for :func:`_analyse` to name the person where the description stands for one; those unnamed persons who spoke
    go to ``unnamed``, for the quotes' pronouns.
    """
    out: list[tuple[int, str]] = []
    qstarts = [q.open for q in quotes]
    plural = plurals if plurals is not None else []
    body = bodies if bodies is not None else []
    described = unnamed if unnamed is not None else []
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
            k = index.index_at(sp[0])
            if k >= 1 and name.lower() in ("he", "she") and \
                    (d := described_opening(text, index.sentences[k - 1].start, index.sentences[k - 1].end)) and \
                    people.lookup(d[1]) is None:
                continue          # "Yet the Prime Minister isn’t ... he said": the description's person, whom the
                #                   quotes resolve with the whole document; not the name further back
            # an unnamed person who spoke nearer than any name ("A spokesman for the ministry said ... He said")
            # is who the pronoun stands for, not a person named further back
            name = people.resolve(name, sp[0], index, (out,), learn=True, unnamed=described)
            if via is not None and name and people.lookup(name) is None:
                k = bisect.bisect_left(described, sp[0], key=pair_position) - 1
                at = next((described[j][0] for j in range(k, max(-1, k - MAX_CANDIDATES), -1)
                           if described[j][1] == name), -1)
                if at >= 0:
                    via.append((len(out), at))
        elif people.lookup(name) is None:
            if is_plural(name):
                plural.append((sp[0], name))
                if speech is not None and set(cue.roles) & {"q", "s"}:
                    speech.append((sp[0], name))
            else:
                body.append((sp[0], name))
                if is_person_description(name, loose=True):
                    described.append((sp[0], name))
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
    body_subjects: tuple[tuple[int, str], ...] = ()   # singular subjects naming no person ("The Global Times"), for "it"
    speech_plurals: tuple[tuple[int, str], ...] = ()  # the plural subjects of verbs of speech ("observers contend")
    unnamed_subjects: tuple[tuple[int, str], ...] = ()  # unnamed persons who spoke ("A spokesman for the ministry")
    # answers the resolvers compute once per article and word (never part of the document's identity)
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

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
    global _last
    key = tuple(sentences) if sentences is not None else None
    last_text, last_id, last_key, doc = _last
    if text is last_text and article_id == last_id and key is not None and last_key is not None \
            and len(key) == len(last_key) and all(map(is_, key, last_key)):
        return doc      # the same sentence records again (the next extractor): no hash of each record
    doc = _analyse(text, article_id, key)
    _last = (text, article_id, key, doc)
    return doc


# The last text analysed, its article id, its sentences and its Document (one tuple, replaced whole).
_last: tuple = (None, None, None, None)


@lru_cache(maxsize=4)
def _analyse(text: str, article_id: str, sentences: Optional[tuple[Sentence, ...]]) -> Document:
    index = SentenceIndex(text, sentences, article_id)
    quotes = find_quote_spans(text)
    people = PersonIndex(text, quotes)
    cues = tuple(sentence_cues(text, index))
    plurals: list[tuple[int, str]] = []
    bodies: list[tuple[int, str]] = []
    speech: list[tuple[int, str]] = []
    via: list[tuple[int, int]] = []
    unnamed: list[tuple[int, str]] = []
    subjects = tuple(cue_subjects(text, index, quotes, people, cues, plurals, bodies, speech, via, unnamed))
    doc = Document(text, index, tuple(quotes), tuple(q.open for q in quotes), people, cues, subjects,
                   tuple(plurals), tuple(bodies), tuple(speech), tuple(unnamed))
    if not via:
        return doc
    # "The Ambassador referred to ... he said": the person the description stands for, where it names one
    from .mention_resolution import resolve_mention
    from .mentions import is_description
    named = list(subjects)
    for i, at in via:
        found = resolve_mention(doc, subjects[i][1], at)
        if found and found != subjects[i][1] and not is_description(found) and people.lookup(found) is not None:
            named[i] = (subjects[i][0], found)
    return replace(doc, subjects=tuple(named), memo={})   # (the memo may hold answers read from the first subjects)
