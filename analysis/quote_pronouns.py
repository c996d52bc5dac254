"""Pronoun speakers of quotes: the person "he" or "she" stands for, the group "they" stands for.

:func:`resolve_pronoun` is called by :mod:`analysis.quotes` for a speaker written as a pronoun; it asks the
person index (:meth:`analysis.nlp.PersonIndex.resolve`) with the reporting subjects, the speakers so far, the
unnamed persons opening the sentence before, and the lone surnames the index holds no person for.
"""
from __future__ import annotations

import bisect
import re
from typing import Sequence

from .nlp import is_plural, is_pronoun, leading_np, resolve_group
from .nlp.leading import described_opening
from .nlp.literals import folded_starts, follows_lower_word, occurs_alone
from .nlp.mentions import clean_mention, is_description, resolve_description
from .nlp.people import lone_surname_in
from .nlp.tokens import name_blockers
from .quote_grammar import _SMALL_WORDS, _span_text, _word_count
from .nlp.guard import guarded


def resolve_pronoun(doc, pronoun: str, pos: int, subjects: Sequence[tuple[int, str]],
                     spoken: Sequence[tuple[int, str]]) -> str:
    """The name a pronoun speaker stands for ("they" a group, "he" a person), or ""."""
    if pronoun.lower() in ("they", "them"):
        return resolve_group(doc, pos, spoken) or plural_subject_before(doc, pos)
    s = doc.index.index_at(pos)
    if s >= 0 and _NAME_COMMA.search(doc.text, max(0, pos - 40), pos) and _INTERPOSED.match(doc.text, pos):
        # 'Russian President Vladimir Putin, he said, had “wanted to ...”': a "he said" set off inside a clause
        # is not the subject it interrupts, nor anyone named before it in its sentence; resolve from its start
        pos = doc.index.sentences[s].start
    # With no named person, an unnamed one who spoke before ("Daily NK’s source said ..."); an unnamed one who
    # is the subject of the sentence before, ahead of the names in its object ("Japan’s top government spokesman
    # criticized Putin’s assertion ... “...,” he said"), and then the person that description stands for.
    described = _described_subjects(doc, pos)
    # Lone surnames the index holds no person for: that spoke ("Al-Ghaithi confirmed ... He said") or open one of
    # the last sentences ("Lavrov agreed. “...,” he said.", "Putin arrived in Pyongyang. “...,” he said.").
    openers = _lone_openers(doc, pos)
    lone = frozenset(n for n in dict.fromkeys(n for _, n in [*spoken, *openers]) if lone_surname_in(doc, n))
    found = doc.people.resolve(pronoun, pos, doc.index, (subjects, spoken, described, openers), lone=lone,
                               unnamed=doc.unnamed_subjects,
                               window=6 + _quoted_sentences_before(doc, pos)) \
        or doc.people.resolve(pronoun, pos, doc.index, (doc.body_subjects,), window=2)
    if (person := as_described(doc, found, described)) != found:
        return person
    if found and _bound_other(doc, pronoun, found, pos):
        return ""
    return found or _lone_surname_near(doc, pronoun, pos)


# A pronoun and its verb of saying set off by commas inside a clause (", he said,", ", she added,", ", he told reporters,").
# The verb is one of saying and the clause goes on after the second comma ("had", "would"), not with a quote or a
# participle; the word before the first comma is a name's (the subject interrupted), not an opening phrase's ("During
# the rally, he addressed supporters, saying").
_INTERPOSED = re.compile(r"(?:he|she)\s+(?:[a-z]+ly\s+)?(?:said|says|added|adds|noted|notes|argued|argues|insisted|"
                         r"insists|claimed|claims|warned|warns|wrote|writes|believes|believed|told\s+[a-z]+)\s*,\s+"
                         r"(?![a-z]+ing\b)[a-z]")
_NAME_COMMA = re.compile(r"[A-Z][\w’'.-]*[a-z][\w’'-]*,\s+$")
# A capitalised word, accented letters included ("Sánchez").
_CAPITAL_WORD = re.compile(r"(?<![\w’'-])([A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+)(?![\w’'-])")
# How many sentences before a he/she's own the fallback looks for the one lone surname.
LONE_PRONOUN_SENTENCES = 2


def _quoted_sentences_before(doc, pos: int) -> int:
    """How many sentences the quote closing right before a pronoun speaker at ``pos`` spans ('“I know you are
    disappointed. ... Keep pushing forward,” he said'): the pronoun's window starts before the quote, whose own
    sentences name nobody."""
    k = bisect.bisect_right(doc.q_open, pos) - 1
    if k < 0 or not 0 <= pos - doc.quotes[k].close <= 6:
        return 0
    a, b = doc.index.index_at(doc.quotes[k].open), doc.index.index_at(pos)
    return max(0, b - a) if a >= 0 and b >= 0 else 0


def _lone_surname_near(doc, pronoun: str, pos: int) -> str:
    """For a he/she nothing else resolves, in an article that names its person by surname alone ('Critics argue
    the amnesty is a means for Sánchez to remain in power. He told parliament ...'): the one lone surname written
    anywhere in the last :data:`LONE_PRONOUN_SENTENCES` sentences (an object too), when no person of the index is
    mentioned there; else ""."""
    if pronoun.lower() not in ("he", "she"):
        return ""
    if next(iter(doc.people.mentions_back(doc.index, pos, LONE_PRONOUN_SENTENCES)), None) is not None:
        return ""                              # a person the index knows is near, whom the resolver refused
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    names = set()
    for m in _CAPITAL_WORD.finditer(doc.text, doc.index.start_back(s, LONE_PRONOUN_SENTENCES), pos):
        if doc.quote_at(m.start()) is None and lone_surname_in(doc, m.group(1)) and not named_thing(doc, m.group(1)):
            names.add(m.group(1))
            if len(names) > 1:
                return ""
    return next(iter(names)) if names else ""


# A relative clause on a person holding an object pronoun of the same gender ("Sonko, the figure who helped
# catapult him to victory"): "him" cannot be that person (binding), so another man is in focus.
_RELATIVE_OBJECT = re.compile(r"\s*,\s+(?:[^,.;:“”\"]{0,60}\s)?(?:who|whom)\s+[^,.;:“”\"]{0,100}?\b(him|her)\b"
                              r"(?!\s+(?!(?:to|as|in|into|on|at|for|with|from|and|or|out|up|down|over|back|off|away)\b)[a-z])")
# A speech verb between "who" and the pronoun: "who said voters had betrayed him" reports another's act on him,
# so "him" may be the man himself (no binding across a reported clause).
_RELATIVE_SPEECH = re.compile(r"\b(?:said|says|told|tells|claimed|claims|argued|argues|insisted|insists|warned|warns|"
                              r"believed|believes|thought|thinks|felt|feels|wrote|writes|complained|complains|added|"
                              r"noted|stated|alleged|alleges|suggested|suggests)\b")


def _bound_other(doc, pronoun: str, found: str, pos: int) -> bool:
    """Whether the last mention of ``found`` before ``pos``, in the sentence before the pronoun's, carries a
    relative clause whose object pronoun of the pronoun's gender is somebody else: two such people are in focus
    and "he" / "she" could be either, so the speaker abstains."""
    want = {"he": "him", "she": "her"}.get(pronoun.lower())
    s = doc.index.index_at(pos)
    if want is None or s < 1:
        return False
    lo = doc.index.sentences[s - 1].start
    person = doc.people.lookup(found)
    if person is None:
        return False
    last = None
    for mm in doc.people.mentions[bisect.bisect_left(doc.people.mention_starts, lo):]:
        if mm.start >= pos:
            break
        if doc.people.people[mm.person].name == person.name:
            last = mm
    if last is None:
        return False
    m = _RELATIVE_OBJECT.match(doc.text, last.end, min(pos, last.end + 200))
    return bool(m and m.group(1).lower() == want and not _RELATIVE_SPEECH.search(m.group(0)))


def _lone_openers(doc, pos: int) -> list[tuple[int, str]]:
    """(position, name) of the one capitalised word opening the sentence of ``pos`` or one of the two before it
    (after at most an opening phrase), a lowercase word following it ('Putin arrived', 'In an interview with TASS,
    Matsegora said'), when the word is also written inside a sentence: a name, not a plural noun ('Markets
    reacted'), outside quotes and unknown to the person index (whose names the mentions already offer); in order."""
    s = doc.index.index_at(pos)
    found = []
    for k in range(max(0, s - 2), s + 1):
        sent = doc.index.sentences[k]
        m = _LONE_OPENER.match(doc.text, sent.start, min(sent.end, pos))
        if m and doc.quote_at(m.start(1)) is None and doc.people.lookup(m.group(1)) is None \
                and _written_inside(doc, m.group(1)) and not named_thing(doc, m.group(1)) \
                and not _firm_short_name(doc, m.group(1)):
            found.append((m.start(1), m.group(1)))
    return found


def _firm_short_name(doc, name: str) -> bool:
    """Whether the article writes ``name`` before the head of a firm's or body's name ("Fitch Ratings", "Excel
    Markets"): the short name of that body, no person a "he" stands for (once per article and name)."""
    memo = doc.memo.get("firm_short_names")
    if memo is None:                   # one pass over the text for every such word
        blockers = name_blockers()
        memo = doc.memo["firm_short_names"] = frozenset(
            m.group(1) for m in _BEFORE_CAPITAL.finditer(doc.text) if m.group(2) in blockers)
    return name in memo


# A capitalised word before another (the second is looked up as the head of a firm's or body's name).
_BEFORE_CAPITAL = re.compile(r"\b([A-ZÀ-ÖØ-Þ][^\W\d_]+)(?=\s+([A-Z][a-z]+)\b)")


def _written_inside(doc, name: str) -> bool:
    """Whether ``name`` is written inside a sentence of the document (once per article and name)."""
    memo = doc.memo.setdefault("written_inside", {})
    if name not in memo:
        memo[name] = follows_lower_word(doc.text, name)     # re.search(r"[a-z,]\s+NAME\b"), no regex per name
    return memo[name]


# Nouns of made or named things a lone capitalised word may name: "Odysseus, the first U.S.-built spacecraft", "the
# lunar lander Odysseus", "the Odysseus lander", "Hurricane Ian", "the chatbot Gemini" are no one "he" stands for.
_THING_NOUNS = (r"(?:spacecraft|lander|rover|probe|satellite|rocket|spaceship|capsule|telescope|ship|vessel|tanker|"
                r"freighter|submarine|aircraft|airliner|jet|drone|missile|storm|hurricane|typhoon|cyclone|chatbot|robot|"
                r"app|software|model|program|programme|mission|operation|platform|system|vehicle|car|train)s?")


def named_thing(doc, name: str) -> bool:
    """Whether the article writes ``name`` as a thing: beside a noun of a made or named thing (once per name)."""
    memo = doc.memo.setdefault("named_thing", {})
    if name not in memo and not _beside_thing_noun(doc.text, name):
        memo[name] = False      # (speed: the shapes below compiled for one name take milliseconds; most names fail this)
    if name not in memo:
        n = re.escape(name)
        memo[name] = re.search(r"\b%s,\s+(?:the|an?)\s+(?:[\w.-]+\s+){0,4}?%s\b|\b(?:the|an?)\s+(?:[\w.-]+\s+){0,2}?%s\s+"
                               r"%s\b|\b[Tt]he\s+%s\s+%s\b" % (n, _THING_NOUNS, _THING_NOUNS, n, n, _THING_NOUNS),
                               doc.text, re.I) is not None
    return memo[name]


# What each shape of named_thing has right after the name ("Odysseus, the first U.S.-built spacecraft", "the Odysseus
# lander") or right before it, spaces apart ("the lunar lander Odysseus").
_THING_AFTER = re.compile(r",\s+(?:the|an?)\s+(?:[\w.-]+\s+){0,4}?%s\b|\s+%s\b" % (_THING_NOUNS, _THING_NOUNS), re.I)
_THING_BEFORE = guarded(re.compile(r"%s\Z" % _THING_NOUNS, re.I))


def _beside_thing_noun(text: str, name: str) -> bool:
    """Whether an occurrence of ``name`` (case folded, as named_thing reads it) has a thing's noun in one of the
    places named_thing's shapes put it: what any of them needs, found with fixed patterns."""
    for a, b in folded_starts(text, name):
        if _THING_AFTER.match(text, b):
            return True
        k = a
        while k and text[k - 1].isspace():
            k -= 1
        if k < a and _THING_BEFORE.search(text, max(0, k - 16), k):
            return True
    return False


_LONE_OPENER = re.compile(r"\s*(?:[^,.;:!?“”\"]{1,60},\s+)?([A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+(?:-[A-Z]?[^\W\d_A-Z]+)?)\s+(?:also\s+|then\s+|later\s+)?"
                          r"[a-z]+\b")


def as_described(doc, found: str, described: Sequence[tuple[int, str]]) -> str:
    """``found``, a pronoun's antecedent; when it is one of the ``described`` subjects (:func:`_described_subjects`),
    the person that description stands for (or the description itself when it names nobody resolved)."""
    at = next((p for p, name in described if name == found), -1)
    return (resolve_description(doc, found, at) or found) if at >= 0 else found


def _described_subjects(doc, pos: int) -> list[tuple[int, str]]:
    """The unnamed persons ("the spokesman", "Japan’s top government spokesman") opening the sentence before
    ``pos``'s as the subject of a reporting verb."""
    s = doc.index.index_at(pos)
    if s < 1:
        return []
    prev = doc.index.sentences[s - 1]
    found = [(p, name) for p, name in doc.body_subjects
             if prev.start <= p < prev.start + 3 and is_description(name)]
    if not found and (d := described_opening(doc.text, prev.start, prev.end)) and doc.quote_at(d[0]) is None \
            and doc.people.lookup(d[1]) is None:
        # "But the PM is still insisting ... He told ITV ...": the described subject after a connective, before
        # a person named further back ("..., Political Editor Robert Peston reports.")
        found.append(d)
    return found


def plural_subject_before(doc, pos: int) -> str:
    """The plural actor opening the sentence of ``pos`` (before it, outside quotes: 'Defense attorneys presented
    requests for their clients, who they said had been “manipulated”'), the sentence before or the one before
    that, for a "they" no reporting verb's subject explains ("Farmers drove tractors into Brussels. “...,” they
    said.")."""
    s = doc.index.index_at(pos)
    for k in range(s, max(-1, s - 3), -1):
        sent = doc.index.sentences[k]
        sp = leading_np(doc.text, sent.start, sent.end if k < s else pos)
        if k == s and sp is not None and (sp[1] >= pos or doc.quote_at(sp[0]) is not None
                                          or _QUOTE_MARK.search(doc.text, sent.start, sp[1])):
            continue
        name = clean_mention(_cut_after_name(_span_text(doc.text, sp))) if sp else ""
        if name and _word_count(name) <= 6 and not is_pronoun(name) and is_plural(name) \
                and doc.people.lookup(name) is None:
            return name
    return ""


_QUOTE_MARK = re.compile(r"[“”\"]")


def _cut_after_name(phrase: str) -> str:
    """The phrase up to a lower-case word right after a name ('Experts at the Stimson Center reviewed')."""
    words = phrase.split()
    for k in range(1, len(words) - 1):
        if words[k][:1].isupper() and words[k + 1][:1].islower() and words[k + 1].lower() not in _SMALL_WORDS:
            return " ".join(words[:k + 1])
    return phrase


# Two persons described together: 'both men', 'the two leaders', 'both presidents'.
_PAIR = re.compile(r"(?i:both|the\s+two)\s+(?:men|women|leaders|presidents|heads\s+of\s+state|politicians|"
                   r"candidates|rivals|ministers|leaders['’])")


def named_pair(doc, mention: str, pos: int) -> str:
    """The two people joined by "and" in this or the previous sentence that ``mention`` ("both men") describes,
    as "A and B"; or ""."""
    if not _PAIR.fullmatch(mention):
        return ""
    s = doc.index.index_at(pos)
    return doc.people.coordinated(pos, doc.index.start_back(s, 1)) if s >= 0 else ""


def not_named_inside(speaker: str, pronoun: str, words: str) -> str:
    """``speaker`` for a he/she, or "" when the quote itself names that person by surname ('He said: “Lowe was a
    brilliant, kind fellow ...”' is not Lowe's: people rarely speak of themselves by name, so the pronoun was
    resolved to the person talked about)."""
    if pronoun.lower() not in ("he", "she") or not speaker:
        return speaker
    last = speaker.split()[-1]
    return "" if len(last) > 2 and occurs_alone(words, last, "’'-", "-") else speaker   # (?<![\w’'-])LAST(?![\w-])


__all__ = ["named_pair", "not_named_inside", "plural_subject_before", "resolve_pronoun"]
