"""The shapes of a subject's words that :func:`analysis.nlp.subjects.subject_before` trims or extends.

* a long subject cut to its name, or before a participle that opens its modifier ("Finnish investigators
  probing the damage to a Baltic Sea power cable" -> "Finnish investigators");
* an opening time phrase with no comma ("After the briefing the ministry");
* a role then a name in commas ("Finnish police chief investigator, Sami Paila, said" -> "Sami Paila");
* the ", who" opening a relative clause that ends in an infinitive ("Kuleba, who took to social media to call");
* a name before a role apposition that lost its closing comma ("As Andriy Yermak, head of the office proclaimed");
* "and" inside a body's name ("Service for Veterinary and Phytosanitary Surveillance") and a relative "that" on
  the noun before it ("a panel of experts that monitors the sanctions has determined"), for the walk back.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from .tokens import Tok, given_names, is_capitalised, is_pronoun, word_classes


# Agent nouns that name a person's job ("investigator", "prosecutor", "researcher", "analyst").
_AGENT_SUFFIXES = ("tor", "sor", "er", "ist", "ian")


def _role_then_name(head: Sequence[Tok], app: Sequence[Tok]) -> bool:
    """A head ending in a role noun ("Finnish police chief investigator") and an appositive that is a name only
    ("Sami Paila": two to four capitalised words)."""
    from .mentions import actor_words
    from .subjects import has_name
    words = [t for t in app if t.is_word]
    words_of = actor_words()
    titled = False
    if len(head) > 2 and head[0].low == "the":
        # "The Administrator of the Panama Canal, Ricaurte Vásquez,": the role before its of-phrase, capitalised
        # as a title may be
        k = next((n for n, t in enumerate(head) if n > 1 and t.low in ("of", "for", "at")), len(head))
        head, titled = head[:k], all(is_capitalised(t) for t in head[1:k])
    last = head[-1] if head else None
    if last is None or not last.is_word or not (last.text.islower() or titled) or not (
            last.low in words_of["role"] or any(part in words_of["role"] for part in last.low.split("-")[1:])
            or last.low.endswith(_AGENT_SUFFIXES) and last.low not in words_of["body"]):
        return False
    if len(words) != len(app):
        return False
    # The name may follow its own role words: "NATO's new secretary-general, former Dutch prime minister Mark Rutte,"
    k = _name_start(words)
    name, roles = words[k:], words[:k]
    if roles and not (any(t.low in words_of["role"] for t in roles) and all(t.text.islower() or t.low not in
                                                                              words_of["body"] for t in roles)):
        return False
    return 2 <= len(name) <= 4 and has_name(name)


def _relative_who_before(toks: Sequence[Tok], i: int) -> Optional[int]:
    """The index of a ", who" opening the clause that ``toks[i]`` ("to") ends, with no comma or clause break
    between them ("Kuleba, who took to social media to"); or None."""
    k = i - 1
    while k >= 2:
        t = toks[k]
        if not t.is_word and t.text != "-" or t.low in ("which", "that"):
            return None
        if t.low == "who":
            return k if toks[k - 1].text == "," and toks[k - 2].is_word else None
        k -= 1
    return None


# Prepositions that open a sentence's time phrase, often with no comma ("After the briefing the ministry said").
_OPENING_WORDS = {"following", "after", "before", "during", "despite", "amid", "since"}
# ... and the prepositions inside a subject that end no phrase ("someone near the stage").
_PLACE_PREPOSITIONS = {"near", "from", "with", "into", "onto", "over", "under", "behind", "beside", "across", "around",
                       "outside", "inside", "toward", "towards", "among", "about", "against", "through", "within",
                       "without", "beyond", "along", "above", "below", "between", "upon", "like", "than"}


def _after_opening_words(head: Sequence[Tok]) -> Sequence[Tok]:
    """The subject after an opening phrase with no comma: "Following Monday's debate Politifact" -> "Politifact",
    "After the Tuesday briefing the ministry" -> "the ministry"."""
    for k in range(len(head) - 1, 0, -1):
        prev = head[k - 1]
        if prev.is_word and prev.text[0].islower() and len(prev.text) > 3 and prev.low not in _PLACE_PREPOSITIONS \
                and not prev.low.endswith("ly") and _has_own_np(head[:k]) and \
                (head[k].low in ("the", "a", "an") or is_capitalised(head[k])):
            return head[k:]
    return head


def _has_own_np(phrase: Sequence[Tok]) -> bool:
    """Whether an opening phrase has a noun phrase of its own (a determiner or a possessive: 'the Tuesday
    briefing', 'Monday's debate'), so that what follows it is the subject; not 'rival Donald Trump'."""
    return any(t.low in ("the", "a", "an", "this", "that", "his", "her", "its", "their") or
               t.text.endswith(("’s", "'s")) for t in phrase)


# "-ing" words that introduce members or a topic, not a modifier of the subject ("groups including Amnesty").
_NOT_PARTICIPLES = frozenset("including excluding regarding concerning according following during notwithstanding "
                             "representing".split())


def _trim_head(head: Sequence[Tok]) -> Sequence[Tok]:
    """A long subject cut to its name: at the first preposition after a capitalised word, or its last 8 tokens;
    any subject before a participle that opens its modifier ("Finnish investigators probing the damage to a
    Baltic Sea power cable": the investigators)."""
    for n in range(1, len(head) - 1):
        t, prev, nxt = head[n], head[n - 1], head[n + 1]
        if t.is_word and t.text.islower() and t.low.endswith("ing") and len(t.low) > 5 and prev.is_word \
                and t.low not in _NOT_PARTICIPLES \
                and (prev.low.endswith("s") and not prev.low.endswith(("ss", "us", "’s", "'s"))
                     and prev.low not in word_classes()["det"] and prev.low not in word_classes()["prep"]) \
                and (nxt.low in ("the", "a", "an", "its", "their", "his", "her") or is_capitalised(nxt)):
            return head[:n]
    if len(head) > 10 and not _ends_on_full_name(head):
        # "The letters sent by Foreign Minister Choe Son Hui to her counterparts in the DNR":
        # stop at the first preposition after the name.
        prepositions = word_classes()["prep"]
        for n in range(2, len(head)):
            if head[n].low in prepositions and head[n].low != "of" and is_capitalised(head[n - 1]) and \
                    not (head[n].low == "for" and n + 1 < len(head) and is_capitalised(head[n + 1])):
                # ... but a body's "for" goes on with its name: "The Federal Service for Veterinary ... Surveillance"
                head = head[:n]
                break
    if len(head) > 14:
        head = head[-8:]
    return head


def _ends_on_full_name(head: Sequence[Tok]) -> bool:
    """``head`` ends on a person's full name after a capitalised word, a title and its body ("Director of the
    Department of International Organizations at the Russian Foreign Ministry Pyotr Ilyichev"): a given name
    (``given_names.tsv``) and one or two capitalised words; every other word capitalised, a preposition or a
    determiner."""
    classes = word_classes()
    if not all(not t.is_word or is_capitalised(t) or t.low in classes["prep"] or t.low in classes["det"] for t in head):
        return False           # "The letter sent by Foreign Minister Choe Son Hui to ... Antonio Guterres": a clause
    for size in (2, 3):
        name = head[-size:]
        if len(head) > size + 1 and is_capitalised(head[-size - 1]) and name[0].text in given_names() \
                and all(t.is_word and is_capitalised(t) for t in name):
            return True
    return False


# Punctuation that opens a clause walking back from a subject.
_CLAUSE_OPENERS = frozenset(".;:—–\"“”")


def _opening_name_of_titles(toks: Sequence[Tok], first: int) -> Optional[tuple[int, int]]:
    """The name opening the clause before a chain of titles in commas, whose last one ``toks[first:]`` starts
    ("Georgy Toloraya, Head of the Centre ... at the Institute of Economics, RAS and Senior Researcher,
    Institute of China and Contemporary Asia, RAS, pointed out"): (first, last) token of the name, when the
    name is two or three capitalised words and the title after it opens with a role ("Head of", "a professor
    at"); None otherwise (not "North Korea, South Korea, Japan and the US said")."""
    from .mentions import actor_words
    from .subjects import has_name
    if first < 3 or toks[first - 1].text != ",":
        return None
    k = first - 1
    while k > 0 and toks[k - 1].text not in _CLAUSE_OPENERS:
        k -= 1
    commas = [n for n in range(k, len(toks)) if toks[n].text == ","]
    if len(commas) < 2:
        return None
    name, title = toks[k:commas[0]], toks[commas[0] + 1:commas[1]]
    roles, aux = actor_words()["role"], word_classes()["aux"]
    if not 2 <= len(name) <= 3 or not all(t.is_word and is_capitalised(t) for t in name) or not has_name(name):
        return None
    words = [t for t in title if t.is_word]
    opens_role = bool(words) and (words[0].low in roles or words[0].low in ("a", "an", "the") and len(words) > 1
                                  and words[1].low in roles)
    if not opens_role or any(t.is_word and t.text.islower() and (t.low in aux or t.low in ("who", "which", "that"))
                             for t in toks[commas[0]:]):
        return None
    return k, commas[0] - 1


def name_part(app: Sequence[Tok]) -> Sequence[Tok]:
    """The name closing an appositive, without the role words before it ("former Dutch prime minister Mark Rutte"
    -> "Mark Rutte"); the whole appositive when it opens on its name."""
    k = _name_start(app, punctuation=True)
    return app[k:] if 0 < k < len(app) else app


def _name_start(toks: Sequence[Tok], punctuation: bool = False) -> int:
    """Where the run of capitalised words closing ``toks`` starts (with ``punctuation``, the dots, hyphens and
    apostrophes inside the run too: "U.S. Ambassador")."""
    k = len(toks)
    while k > 0 and (is_capitalised(toks[k - 1]) or punctuation and not toks[k - 1].is_word and toks[k - 1].text in ".-’'"):
        k -= 1
    return k


# A person's name opening its clause (or after a reported clause's comma), then a comma: the subject whose
# apposition lost its closing comma.
_NAME_OPENING = re.compile(r"(?:^|[.!?,]\s+|\n\s*|(?<![\w’'-])(?:As|as|When|when|While|while)\s+)"
                           r"(?!(?:As|When|While)\s)((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]*[a-z][\w’'-]*),\s+$")


def _name_before_role(text: str, lo: int, found: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The name of "Andriy Yermak, head of the country's office of the president proclaimed": a subject span that
    opens on a bare role noun (no determiner) right after a full name opening the clause and a comma."""
    from .mentions import actor_words
    first = re.match(r"[a-z]+", text[found[0]:found[1]])
    if first is None or first.group() not in actor_words()["role"]:
        return None
    name = _NAME_OPENING.search(text, max(lo, found[0] - 80), found[0])
    return name.span(1) if name else None


def _name_internal_and(toks: Sequence[Tok], k: int) -> bool:
    """Whether "and" at ``k`` joins two capitalised words inside one body's name, after its "for"/"of" ("The Federal
    Service for Veterinary and Phytosanitary Surveillance", "Department of Health and Human Services")."""
    if k < 3 or k + 1 >= len(toks) or toks[k].low != "and" or not is_capitalised(toks[k + 1]) or \
            toks[k + 1].low in word_classes()["det"]:
        return False
    j = k - 1
    while j >= 0 and toks[j].is_word and is_capitalised(toks[j]):
        j -= 1
    return k - j in (2, 3) and j >= 1 and toks[j].low in ("for", "of") and is_capitalised(toks[j - 1])


def _relative_that(toks: Sequence[Tok], k: int, classes, verbs) -> bool:
    """Whether "that" at ``k`` opens a relative clause on the noun before it: a noun (no verb nor function word)
    before it, a lowercase finite verb ("monitors", "monitored") after it (the caller asks for its object too:
    in "missiles that analysts believe" the word after "that" is the subject of the cue)."""
    if k == 0 or k + 1 >= len(toks) or not toks[k - 1].is_word or not toks[k + 1].is_word:
        return False
    before, nxt = toks[k - 1], toks[k + 1]
    if before.low in verbs or any(before.low in classes[c] for c in ("aux", "sub", "prep", "conj", "det", "adv")):
        return False
    if k + 2 >= len(toks) or not (toks[k + 2].low in classes["det"] or is_capitalised(toks[k + 2])):
        return False                        # the verb's object opens after it: "that monitors the implementation"
    return nxt.text.islower() and re.fullmatch(r"[a-z]{3,}(?:s|ed)", nxt.text) is not None and \
        not any(nxt.low in classes[c] for c in ("aux", "det", "prep", "conj", "adv")) and not is_pronoun(nxt.text)


_QUOTE_CHARS = set("“”\"‘’'«»`")


def _dash_at(toks: Sequence[Tok], k: int) -> int:
    """How many tokens the dash ending at ``toks[k]`` takes ("—", "–" or "--"), or 0."""
    if k >= 0 and toks[k].text in ("—", "–", "―"):
        return 1
    if k >= 1 and toks[k].text == "-" and toks[k - 1].text == "-":
        return 2
    if k >= 1 and toks[k].text == "-" and toks[k - 1].end < toks[k].start and \
            (k + 1 >= len(toks) or toks[k + 1].start > toks[k].end):
        return 1                            # a hyphen set off by spaces, as wire copy writes a dash: "OPEC+ - which ... -"
    return 0


def _skip_dash_aside(toks: Sequence[Tok], i: int) -> int:
    """Walk back over an aside between dashes ("John Dickey, the chief executive -- the company that ... --
    told"): the token before the opening dash, or ``i`` unchanged when there is no such pair."""
    n = _dash_at(toks, i)
    if not n:
        return i
    k = i - n
    while k >= 0 and k > i - 60:
        m = _dash_at(toks, k)
        if m:
            return k - m if k - m >= 0 and (toks[k - m].is_word or toks[k - m].text in ("+", ")")) else i
        if toks[k].text in _QUOTE_CHARS or toks[k].text in (";", ":"):
            return i
        k -= 1
    return i


def _possessive_at(toks: Sequence[Tok], k: int) -> bool:
    """True when the apostrophe ``toks[k]`` closes a plural possessive ("rebels’ leader", "veterans' families") or
    opens a possessive set off by a space ("France 's ambassador", as some wire copy writes it)."""
    t = toks[k]
    if t.text not in ("’", "'") or not 0 < k < len(toks) - 1 or not toks[k - 1].is_word:
        return False
    if toks[k - 1].end < t.start and toks[k + 1].text == "s" and toks[k + 1].start == t.end and \
            k + 2 < len(toks) and toks[k + 2].is_word and toks[k + 1].end < toks[k + 2].start:
        return toks[k - 1].text[:1].isupper()  # "France 's ambassador": the name's possessive
    return toks[k - 1].low.endswith("s") and toks[k - 1].end == t.start and t.end < toks[k + 1].start \
        and toks[k + 1].is_word
