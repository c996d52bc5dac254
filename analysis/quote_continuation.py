"""Whether a quote with no cue of its own may continue the speaker of an earlier sentence's quote.

:func:`narrative_in_new_paragraph`: the quote stands in the author's own words in a later paragraph;
:func:`other_subject`: its sentence opens with another named subject. Either way it continues nobody
(:func:`analysis.quotes._inherit`).
"""
from __future__ import annotations

import bisect
import re
from typing import Sequence

from .nlp import QuoteSpan, has_name, leading_np, tokens
from .records import Sentence

_PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Tt]hey|[Tt]heir|[Tt]hem)\b")


def _name_words(speaker: str) -> list[str]:
    """The capitalised words of a speaker's name, three letters or more ("Kim Jong Un": Kim, Jong)."""
    return [w for w in re.findall(r"[A-Z][\w’'-]+", speaker) if len(w) > 2]


def narrative_in_new_paragraph(text: str, q: QuoteSpan, sents: Sequence[Sentence], s_quote: int, s_before: int,
                               speaker: str) -> bool:
    """Whether quote ``q`` stands in a paragraph after the earlier quote's, inside the author's own words that
    mention neither ``speaker`` nor a he/she ('Among the 23 articles in the pact is a clause stipulating that
    "..."'): it continues nobody's speech (unlike 'Cyril explained ... because to her, "..."')."""
    if not sents or sents[s_quote].paragraph == sents[s_before].paragraph:
        return False
    para = next((k for k in range(s_quote, -1, -1) if k == 0 or sents[k - 1].paragraph != sents[s_quote].paragraph))
    before = text[sents[para].start:q.open]
    if not before.strip(" \n\t“”\"‘’'"):
        return False
    names = _name_words(speaker)
    return not _PERSONAL.search(before) and not any(re.search(r"\b%s\b" % re.escape(w), before) for w in names)


def other_speaker_between(text: str, between: Sequence[Sentence], speaker: str) -> bool:
    """Whether the sentences ``between`` an earlier quote's and the next quote's hold a reporting verb whose subject is
    a name other than ``speaker``'s ('“...,” said Windsor. / Mark Patterson, a law professor, said the biggest win ...
    / “Those data are ...”': Patterson's paragraph comes between)."""
    from .nlp import iter_cues, subject_before
    from .nlp.mentions import function_words
    names = {w for w in _name_words(speaker) if w.lower() not in function_words()}
    if not names:
        return False                           # a described speaker ("The two sides") has no name to tell apart
    for sent in between:
        for cue in iter_cues(text, sent.start, sent.end):
            if cue.passive or cue.participle or cue.lemma == "according to":
                continue
            sp = subject_before(text, sent.start, cue.start)
            if sp is None or not has_name(tokens(text, sp[0], sp[1])):
                continue
            theirs = set(_name_words(text[sp[0]:sp[1]]))
            if theirs and not theirs & names:
                return True
    return False


def other_subject(text: str, q: QuoteSpan, sent: Sentence, speaker: str) -> bool:
    """Whether the sentence of quote ``q`` opens with a named subject other than ``speaker`` and mentions neither
    that speaker nor a he/she before the quote ('Then-U.S. President Donald Trump slammed Vestager as the "tax
    lady" who "really hates the U.S."' after Tim Cook's quote): the quote is not Cook's to continue."""
    sp = leading_np(text, sent.start, q.open)
    if sp is None or not has_name(tokens(text, sp[0], sp[1])):
        return False
    before = text[sent.start:q.open]
    names = _name_words(speaker)
    return not _PERSONAL.search(before) and not any(re.search(r"\b%s\b" % re.escape(w), before) for w in names)


# How many sentences back a quote's named speaker may be taken up by an unresolved description of the next quote.
DESCRIBED_SENTENCES = 3
# A definite description: 'the' and at most three more words, the last one in lower case or an age ('the 51-year-old').
_DEFINITE = re.compile(r"(?i:the)\s+(?:[\w’'-]+\s+){0,2}?([a-z][\w’'-]*|\d{1,3}-year-old)")
# A noun of a person's occupation outside the role lexicon ('lecturer', 'campaigner', 'researcher').
_AGENT_HEAD = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")
# Agent nouns of a company (outside the organisation words of entity_words.tsv: 'lender', 'retailer', 'insurer' are
# there): no person's occupation; nor 'the latter', 'the former', which point at one of two named before.
_FIRM_AGENTS = frozenset("carrier operator publisher provider supplier exporter importer distributor contractor "
                         "refiner shipper latter former".split())


def _agent_person(head: str) -> bool:
    """Whether an agent noun in -er/-or/-ist/-ian is a person's occupation: not a company's ('the lender', 'the
    carrier'), an outlet's ('the broadcaster') or a text's ('the paper', 'the letter')."""
    from .entities.lexicon import _words as entity_words
    from .quote_subjects import _nouns
    return _AGENT_HEAD.fullmatch(head) is not None and head not in _FIRM_AGENTS and \
        entity_words().get(head) not in ("organisation", "media") and head not in _nouns().get("text", ())
_AGE = re.compile(r"\d{1,3}-year-old")


def described_last_speaker(doc, mention: str, pos: int, actors: Sequence[tuple[int, str, str]]) -> str:
    """The named speaker of the quote just before that a description left unresolved stands for: '"...," Port
    Moresby resident Ann Lee told AFP. / "...," the economics lecturer added.' ('the 51-year-old said', 'the
    power utility said'): a definite description with no holder of its own, written within
    :data:`DESCRIBED_SENTENCES` sentences of a named speaker's quote, takes up the most salient referent, that
    speaker, when both are of one kind (a person for a person's description, a body for a body's). Else ""."""
    from .nlp.mentions import actor_words, is_description
    from .nlp.people import is_person_description, _place_word, lone_surname_in
    from .quote_issuers import DOCUMENT
    from .quote_placement import relaying_outlet
    from .quote_subjects import is_thing
    m = _DEFINITE.fullmatch(mention.strip())
    if m is None or DOCUMENT.fullmatch(mention) or relaying_outlet(mention) or is_thing(mention):
        return ""
    if re.search(r"[’']s\b", mention):
        return ""                                  # "the ad's narrator": somebody of that thing's, not its speaker
    if any(w[:1].isupper() and not _place_word(w) for w in mention.split()[1:]):
        return ""                                  # 'the Kremlin-backed Ann Lee': a name of its own
    head = m.group(1)
    aw = actor_words()
    person = is_person_description(mention) or bool(_AGE.fullmatch(head)) or \
        (_agent_person(head) and head not in aw["body"])
    body = not person and head in aw["body"]
    if not (person or body or is_description(mention)):
        return ""
    k = bisect.bisect_left(actors, (pos,)) - 1
    if k < 0:
        return ""
    at, name, _said = actors[k]
    if not name or not re.search(r"[A-Z]", name) or is_description(name) or \
            doc.index.index_at(pos) - doc.index.index_at(at) > DESCRIBED_SENTENCES:
        return ""
    found = doc.people.lookup(name, at)
    # (a surname given alone: a person when a "he" or "she" opens a sentence between them, not a firm's one-word name)
    lone = found is None and person and lone_surname_in(doc, name) and \
        re.search(r"(?:^|[.!?]\s+)(?:He|She)\s", doc.text[at:pos]) is not None
    if (found is not None or lone) != person:
        return ""
    # Another person named between them ('"...," Ann Lee said. An ad of the rival party ran ... the narrator
    # said'): the last speaker is no longer the one the description takes up.
    k = bisect.bisect_left(doc.people.mention_starts, at + 1)
    while k < len(doc.people.mentions) and doc.people.mentions[k].start < pos:
        if found is None or doc.people.people[doc.people.mentions[k].person].name != found.name:
            return ""                              # (for a lone surname, any person named between)
        k += 1
    return name
