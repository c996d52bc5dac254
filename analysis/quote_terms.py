"""Whose words a quote is when its clause's subject decides, commits to or demands what is quoted.

A short quoted term with no cue of saying ("World leaders have agreed to 'transition away' from fossil fuels",
"The African Union has given the military two weeks to restore “constitutional authority”", "the king ordered
the establishment of a “commission ...”") is the wording of the clause's subject: what it agreed, ordered or
demanded. :func:`decided_term` finds that subject when the verb right after it is one of deciding, committing
or demanding and no relative clause or second clause stands between the verb and the quote (not 'agreed to a
plan that critics call “a sellout”'). The quote keeps its kind; only its speaker is filled.

:func:`name_ending_phrase` mends a subject span that opened inside the clause before it ('again on December 3
and North Korea has warned', 'a large vessel North Korea called a “...”').
"""
from __future__ import annotations

import re
from typing import Optional

from .nlp import is_pronoun, leading_np, word_classes
from .records import Sentence

# Verbs of deciding, committing or demanding, in the past, present or perfect.
_VERB = re.compile(r"\s+(?:(?:has|have|had|will|would|also|now|formally|unanimously|finally|already)\s+){0,3}"
                   r"(agreed|agrees|ordered|orders|decreed|demanded|demands|pledged|pledges|vowed|vows|promised|"
                   r"promises|proposed|proposes|approved|approves|adopted|adopts|decided|decides|given|gave|gives|"
                   r"set\s+out|sets\s+out|called\s+for|calls\s+for|committed|commits|resolved|endorsed|endorses)\b")
# An opening phrase before the subject: 'Over 21 pages and nearly 200 paragraphs, ', 'After being briefed, '.
_OPENING = re.compile(r"[A-Z][^,.;:!?“”\"«»]{0,100},\s+")
# What may stand between the verb and the quote: no clause of its own, no second subject.
_GAP = re.compile(r"[^.;:!?“”\"«»]{0,160}")
_NEW_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose|what|while|whereas|although|but|because|as|critics|"
                         r"calls?|called|dubbed|described|termed|known|so-called)\b|,\s*(?:and|but|or)\b")


def decided_term(text: str, sentence: Optional[Sentence], hi: int) -> Optional[tuple[str, int, str]]:
    """(subject, its position, verb) when the quote opening at ``hi`` is what the sentence's subject decided.

    >>> t = "World leaders have agreed to 'transition away' from fossil fuels."
    >>> decided_term(t, Sentence("a", 0, 0, len(t), t, 0), t.index("'"))
    ('World leaders', 0, 'agreed')
    """
    if sentence is None or hi <= sentence.start:
        return None
    starts = [sentence.start]
    opening = _OPENING.match(text, sentence.start, hi)
    if opening:
        starts.append(opening.end())        # 'After being briefed by officials, the king ordered ...'
    for lo in starts:
        sp = leading_np(text, lo, hi)
        if sp is None or sp[1] >= hi:
            continue
        subject = text[sp[0]:sp[1]]
        first = subject.split(" ", 1)[0]
        if is_pronoun(first) or not (first[:1].isupper() or first.lower() in word_classes()["det"]):
            continue
        verb = _VERB.match(text, sp[1], hi)
        if verb is not None:
            break
    else:
        return None
    gap = _GAP.fullmatch(text, verb.end(), hi)
    if gap is None or _NEW_CLAUSE.search(gap.group()):
        return None
    return subject, sp[0], re.sub(r"\s+", " ", verb.group(1))


# The name ending a subject span that opened inside the clause before it: after 'and' or a noun.
_TRAILING_NAME_RUN = re.compile(r"\s(?:and|[a-z][\w-]*)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)$")


def name_ending_phrase(speaker: str) -> int:
    """Where the name starts in a subject span that opens on a word of the clause before ('again on December 3
    and North Korea', 'photographed with a large vessel North Korea'), or -1.

    Only when the span opens on a lower-case word that is no determiner or pronoun and holds a preposition
    before the name's own connecting word, so its opening is a phrase of the clause, not the subject
    ('officials and Kim' stays whole; 'the president of South Korea' opens on a determiner).

    >>> name_ending_phrase('again on December 3 and North Korea'), name_ending_phrase('officials and Kim')
    (24, -1)
    """
    classes = word_classes()
    first = speaker.split(" ", 1)[0]
    if not first[:1].islower() or first in classes["det"] or is_pronoun(first):
        return -1
    m = _TRAILING_NAME_RUN.search(speaker)
    if m is None:
        return -1
    before = speaker[:m.start(1)].split()
    if before[-1] in classes["prep"] or not any(w in classes["prep"] for w in before[:-1]):
        return -1
    return m.start(1)


# A contact relative clause: a plural noun, then the subject of the clause that describes it ('four lay passengers
# the company called “mission specialists”'): a determiner cannot follow the head noun inside one noun phrase.
_CONTACT_RELATIVE = re.compile(r"(?:^|\s)[a-z][a-z-]*[a-z](?<![su]s)(?<!ics)s\s+((?:the|a|an|its|his|her|their)\s+"
                               r"(?:[\w’'.-]+\s+){0,3}[\w’'.-]+)$")


def contact_relative_subject(speaker: str) -> int:
    """Where the subject of a contact relative clause starts in a subject span ('four lay passengers the company'
    for 'passengers the company called “...”'), or -1. The span's words before it must be a noun phrase with no
    verb or preposition in it, and the subject one with no preposition or name-less clause words.

    >>> contact_relative_subject('four lay passengers the company'), contact_relative_subject('the head of the ministry')
    (20, -1)
    """
    m = _CONTACT_RELATIVE.search(speaker)
    if m is None:
        return -1
    classes = word_classes()
    before = speaker[:m.start(1)].split()
    if any(w.lower() in classes["prep"] or w.lower() in classes["aux"] or w.lower() in classes["sub"] or
           w.lower() in ("and", "or", "all", "both", "half", "such", "what") or w.endswith(("ed", "ing")) for w in before):
        return -1
    if any(w.lower() in classes["prep"] or w.lower() in classes["aux"] for w in m.group(1).split()[1:]):
        return -1
    return m.start(1)


# A commitment owned by its speaker, right before the quote: 'his plans to “stop the boats”', "Kenya's pledge
# to “leave no one behind”", 'their promise of “a new era”'.
_OWNED_TERM = re.compile(r"(?<![\w’'-])(his|her|their|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*[’']s)\s+"
                         r"(?:own\s+)?"
                         r"(?:(?:new|latest|flagship|election|campaign)\s+)?"
                         r"(plans?|pledges?|promises?|vows?|slogans?|mantra|commitments?|goals?)"
                         r"\s+(?:to|of)\s+$")


def owned_term(text: str, hi: int) -> Optional[tuple[str, int, str]]:
    """(owner, its position, noun) when the quote opening at ``hi`` is what an owner's plan or pledge says.

    >>> t = "after his plans to “stop the boats” were blocked"
    >>> owned_term(t, t.index("“"))
    ('he', 6, 'plans')
    """
    m = _OWNED_TERM.search(text, max(0, hi - 120), hi)
    if m is None:
        return None
    owner = _SUBJECT_FORM.get(m.group(1), re.sub(r"[’']s$", "", m.group(1)))   # "his" is resolved as "he"
    return owner, m.start(1), m.group(2)


_SUBJECT_FORM = {"his": "he", "her": "she", "their": "they"}
