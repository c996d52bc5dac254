"""The subject and speaker finder: noun phrases around a reporting cue, by rules over tokens.

Nothing here parses.  Each function reads a small window of tokens next to a cue and
returns the span of a noun phrase, or None:

* :func:`subject_before` -- the subject of a verb ("Deputy Prime Minister Marat
  Khusnullin, who oversees the industry, recently said" -> the name);
* :func:`speaker_before_cue` -- the speaker between a quote and its cue ('"...," Mr. King added');
* :func:`np_after` -- the noun phrase after a cue ("said Victor Cha, a scholar");
* :func:`leading_np` -- the subject opening a clause ("Of note, Pyongyang has ...").

Quotes, claims and figures all find their speakers and sources with these.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator, Optional, Sequence

from .cues import reporting_verbs
from .tokens import (MONTH_NAME, PARTY_TAG, WEEKDAY, Tok, bare_word, is_capitalised, is_pronoun, name_blockers, titles, tokens,
                     given_names, word_classes)
from .subject_heads import (_OPENING_WORDS, _after_opening_words, _name_before_role, _name_internal_and,
                            _opening_name_of_titles, _possessive_at, _relative_that, _relative_who_before,
                            _role_then_name, _skip_dash_aside, _trim_head, name_part)

# A one- or two-letter capitalised word whose period is part of it ("Dr.", "H.").
_SHORT_CAPITALISED = re.compile(r"[A-Z][a-z]?$")
# Punctuation that ends a noun phrase walking back from a cue.
_BOUNDARY_PUNCT = set(";:()[]{}“”\"‘’'«»—–―!?…")
_QUOTE_CHARS = set("“”\"‘’'«»`")


# The nouns that end a time phrase after "Earlier"/"Later" ("in the day", "on Monday", "this week").
_TIME_NOUNS = frozenset("day morning afternoon evening night week month year session meeting monday tuesday wednesday "
                        "thursday friday saturday sunday january february march april may june july august september "
                        "october november december".split())


def _strip_span(text: str, toks: Sequence[Tok]) -> Optional[tuple[int, int]]:
    """The span of ``toks`` without leading discourse words and trailing punctuation."""
    classes = word_classes()
    lead = classes["lead"]
    i, j = 0, len(toks)
    while i < j and (not toks[i].is_word and toks[i].text not in "(" or toks[i].low in lead):
        i += 1
    if 0 < i < j and toks[i - 1].low in ("later", "earlier") and toks[i].low in classes["prep"]:
        # "Earlier in the day North Korean Foreign Ministry said": past the time phrase to the name after it;
        # "Earlier in the day officials said": where the subject begins is not written (no comma, no name)
        k = next((k for k in range(i + 1, min(j, i + 5)) if toks[k].low in _TIME_NOUNS), -1)
        if k < 0 or k + 1 >= j or not is_capitalised(toks[k + 1]):
            return None
        i = k + 1
    while j > i and not toks[j - 1].is_word and toks[j - 1].text not in ").":
        j -= 1
    if j > i and toks[j - 1].text == "." and not (j - 2 >= i and _SHORT_CAPITALISED.match(toks[j - 2].text)):
        j -= 1
    if i >= j:
        return None
    # A speaker opening on a preposition ("In a statement the ministry") starts at its last determiner,
    # not inside a coordination or an of-phrase ("On Monday the U.S. departments of State and Defense").
    if toks[i].low in classes["prep"] and j - i > 2:
        for k in range(j - 1, i, -1):
            if toks[k - 1].low in ("and", "or", "of", "&"):
                continue
            if toks[k].low in classes["det"] or (is_capitalised(toks[k]) and not is_capitalised(toks[k - 1])):
                i = k
                break
    return toks[i].start, toks[j - 1].end


_PAREN_DROP_FIRST = {"who", "which", "whose", "where", "when", "whom", "speaking", "writing", "according",
                     "citing", "also", "however", "though", "meanwhile", "too", "in", "on", "at", "during",
                     "for", "after", "before", "with", "like", "as", "without", "through", "via"}


# A fixed adverbial between the subject (or its auxiliary) and the verb: "has in turn criticized".
_ADVERBIAL_BEFORE = re.compile(r"(?<=\w)\s*,?\s+(?:in\s+turn|in\s+fact|in\s+return|in\s+response|once\s+again|"
                               r"at\s+the\s+same\s+time|for\s+(?:its|his|her|their)\s+part|in\s+particular|"
                               # "had earlier on Saturday, confirmed", "later this week said"
                               r"(?:earlier|later)\s+(?:on|in|this|last)\s+(?:the\s+)?[A-Za-z]+|"
                               # a span of time: "has over the past days repeatedly stated", "has in recent weeks argued"
                               r"(?:over|in|during|for)\s+(?:the\s+)?(?:(?:past|last|recent|coming|next|few|several|"
                               r"two|three|four|\d+)\s+){1,2}(?:hours|days|weeks|months|years|decades)"
                               r"(?:\s+[a-z]+ly)?)"
                               r"\s*,?\s*$")

# A verb of aspect before an -ing cue ("Critics keep calling", "began accusing"): the cue's, not the subject's.
_ASPECT = re.compile(r"(?<=\w)\s+(?:keeps?|kept|start(?:s|ed)?|began|begins?|stop(?:s|ped)?|continu(?:e|es|ed))\s+"
                     r"(?=[a-z]+ing\b)")
# A time written after an apposition's closing comma, before the verb ("X, the leader's sister, on Friday said").
_TIME_AFTER_APPOSITION = re.compile(r"(?<=\w,)\s+(?:on\s+)?(?:%s|%s\s+\d{1,2}|last\s+(?:week|month|year)|"
                                    r"earlier\s+this\s+(?:week|month|year))\s*$" % (WEEKDAY, MONTH_NAME))

# The last text seen and its answers by window: the quote and claim rules ask for the same subject (the subject
# of one cue) again and again (46% of the calls on PolNeAR). One tuple replaced whole, as in tokens._last.
_memo: tuple = (None, {})
_MEMO_SIZE = 4096
# A verb of going on between the subject and the cue ("the statement went on to say", "He went on to say that"): the
# subject ends before it.
_GOES_ON_TO = re.compile(r"\s+(?:(?:also|then|later)\s+)?(?:went|goes|go|gone|going)\s+on\s+to\s*$")


def _before_going_on(text: str, lo: int, hi: int) -> int:
    """``hi`` moved back before "went on to" ending ``text[lo:hi]`` (else ``hi``)."""
    m = _GOES_ON_TO.search(text, max(lo, hi - 40), hi)
    return m.start() if m else hi


def aspect_before(text: str, lo: int, hi: int):
    """The verb of aspect ending just before an -ing verb at ``hi`` ("keep" of "Critics keep calling"), or None."""
    return next((m for m in _ASPECT.finditer(text, max(lo, hi - 20), hi + 30) if m.end() == hi), None)


def subject_before(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The subject of a verb that starts at ``hi``: the noun phrase ending just before it.

    Skips adverbs and auxiliaries ("has also said"), drops relative clauses and asides
    ("X, who oversees..., said"), keeps appositives ("X, the ambassador, said") and stops
    at a clause boundary (punctuation, "that", "while", another verb...).

    >>> t = "Deputy Prime Minister Marat Khusnullin, who oversees the industry, recently said"
    >>> a, b = subject_before(t, 0, t.rindex("said")); t[a:b]
    'Deputy Prime Minister Marat Khusnullin'
    """
    global _memo
    hi = _before_going_on(text, lo, hi)
    lo = max(lo, hi - 250)
    seen, memo = _memo
    if seen is not text:
        memo = {}
        _memo = (text, memo)
    key = (lo, hi)
    if key in memo:
        return memo[key]
    lone = _WHAT_PRONOUN.search(text, max(lo, hi - 40), hi)
    if lone is not None:
        # "accused South Korea of sending drones in what she called": the free relative's pronoun is the subject
        if len(memo) < _MEMO_SIZE:
            memo[key] = lone.span(1)
        return lone.span(1)
    found = _subject_before(text, lo, hi)
    if found is not None and (time := _TIME_LEAD.match(text, found[0], found[1])):
        found = (time.end(), found[1])         # "Later the Swiss justice ministry said": the ministry
    if found is None or found[0] > lo + 3:
        held = _name_role_owner(text, lo, hi)
        if held is not None:
            found = held                       # "Dylan Field, Co-Founder and CEO, of Figma said": the person
    if found is not None and (what := _FREE_RELATIVE.search(text, found[0], found[1])
                              or _last_what(text, found[0], found[1])):
        # "in what prosecutors called", "opposed what lawmakers called", "The troops joined what the Kremlin (still)
        # calls": the free relative's own subject
        found = (what.end(), found[1])
    if found is not None and (paren := _ACRONYM_BEFORE.search(text, max(lo, found[0] - 20), found[0])) and \
            re.match(r"(?:of|in|at|for)\s", text[found[0]:found[1]]):
        # "The Institute for National Security Strategy (INSS) of South Korea said": the name before its acronym,
        # not the phrase after it
        named = _subject_before(text, lo, paren.start())
        if named is not None:
            found = (named[0], found[1])
    if found is not None and PARTY_TAG.fullmatch(text, found[0], found[1]):
        # "Sen. Ted Cruz, R-Texas, who said": the party and state set off after the name are no one; the name is
        name = _NAME_BEFORE_AGE.search(text, max(lo, found[0] - 60), found[0])
        found = name.span(1) if name else None
    if found is not None and _AGE.match(text, found[0]):
        # "Olena Kovalenko, 45, a teacher from Kharkiv, said": the name before the age
        name = _NAME_BEFORE_AGE.search(text, max(lo, found[0] - 60), found[0])
        found = name.span(1) if name else found
    if found is not None and text[found[0]:found[0] + 1].islower() and \
            (rel := _RELATIVE_OPEN.search(text, max(lo, found[0] - 50), found[0])):
        # "residents who had lost everything in the storm accused": the phrase found is the relative clause's verb
        # phrase; the verb's subject is the noun phrase before "who" (none: abstain)
        found = _subject_before(text, lo, rel.start())
        if found is not None and re.search(r"[,–—-]\s*$", text[max(lo, found[0] - 3):found[0]]):
            # an apposition: "Michael Isikoff, the reporter who ... has called": the name opening the clause before
            # it; inside an aside ("cases - including that of Senator X of Oregon, a Republican who ... -"): abstain
            name = _NAME_BEFORE_AGE.search(text, max(lo, found[0] - 60), found[0])
            found = name.span(1) if name and not text[lo:name.start(1)].strip() else None
    if found is not None and _LONE_NOUN.fullmatch(text, found[0], found[1]) and \
            (det := _DETERMINER_PARTICIPLE.search(text, max(lo, found[0] - 30), found[0])):
        found = (det.start(), found[1])        # "Both accused nations dismissed": the participle is an adjective
    if found is not None and (listed := _list_before(text, lo, found)) is not None:
        found = listed                         # "Washington, Seoul and Tokyo said": the whole list, not its end
    if found is not None and (name := _name_before_role(text, lo, found)):
        found = name                           # "As Andriy Yermak, head of the president's office proclaimed"
    if len(memo) < _MEMO_SIZE:
        memo[key] = found
    return found


# A person's name opening the clause, then descriptions set off by commas (the first may follow a dash), the last of
# them indefinite: "Fahmi al-Za’areer — an official from Fatah, an organization led by Mahmoud Abbas, claimed".
_NAME_APPOSITION_CHAIN = re.compile(
    r"\s*((?!(?:In|On|At|For|From|After|Before|During|Since|Meanwhile|However|But|And|Yet|Still|Then|Now|Today|"
    r"Yesterday|Last|This|Next|Earlier|Later|The|A|An)\b)(?:(?:al-|el-|bin\s|ibn\s|van\s|von\s|de\s)?[A-Z][\w’'.-]*\s+)"
    r"{0,3}(?:al-|el-)?[A-Z][\w’'.-]*)(?:,|\s+[–—])\s+(?:(?:a|an|the)\s[^,;:“”\"!?()–—]{1,100}?,\s+){0,3}")


def name_before_appositions(text: str, lo: int, sp: tuple[int, int], hi: int) -> Optional[tuple[int, int]]:
    """The name a chain of appositions describes, when the subject found (``sp``) is the chain's last, indefinite
    description ("an organization led by Mahmoud Abbas"), closed by a comma before the verb at ``hi``, and the clause
    from ``lo`` opens on the name; else None ("Pyongyang, a senior official said, has supplied": the official)."""
    if sp[0] <= lo or not re.match(r"an?\s", text[sp[0]:sp[1]]) or not closed_apposition(text, sp, hi):
        return None
    chain = _NAME_APPOSITION_CHAIN.fullmatch(text, lo, sp[0])
    if chain is None:
        return None
    from .mentions import clean_mention
    if clean_mention(chain.group(1)) != chain.group(1) or not opens_as_name(chain.group(1)):
        return None
    return chain.span(1)


def name_before_role_aside(text: str, lo: int, end: int) -> Optional[tuple[int, int]]:
    """The name opening the clause at ``lo`` when the words before ``end`` (the comma before "who") are a role set off
    after it: "Jeroen Dijsselbloem, leader of the Eurogroup, who had warned" (the person, not "the Eurogroup"); else
    None ("Kim met Putin, who pledged": no role aside)."""
    comma = text.rfind(",", max(lo, end - 120), end)
    if comma < 0:
        return None
    start = comma + 1 + len(text[comma + 1:end]) - len(text[comma + 1:end].lstrip())
    if start >= end or not (text[start].islower() or re.match(r"(?:an?|the)\s+[a-z]", text[start:end])):
        return None
    chain = _NAME_APPOSITION_CHAIN.fullmatch(text, lo, start)
    if chain is None or not opens_as_name(chain.group(1)):
        return None
    from .mentions import clean_mention
    return chain.span(1) if clean_mention(chain.group(1)) == chain.group(1) else None


# A clause of its own conjoined before a participle's comma: ", but Labour's allies in the trades unions have gone
# further, claiming ..." (the conjunction, then a subject and its finite verb, no quotation mark nor clause punctuation).
_CONJOINED_CLAUSE = re.compile(r"(?:,\s*|\s)(?:but|while|whereas|yet)\s+(?=[A-Za-z])")
_FINITE_THEN_COMMA = re.compile(r"\s+(?:(?:has|have|had|was|were|is|are|will|would|did|do|does|also|then|later|"
                                r"[a-z]+ly)\s+){0,3}(?:gone|went|go|goes|[a-z]{2,}(?:ed|ied))\b[^,;:“”\"()—–]*,\s*$")
_AGENT_THEN_COMMA = re.compile(r"\s+(?:(?:has|have|had)\s+been|was|were|is|are|been)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}ed"
                               r"(?:\s+(?:on|in|at)\s+[\w-]+(?:\s+[\w-]+)?)?\s+by\s+")


# The agent, then at most two short asides naming members ("by many countries, including Poland,"), then the comma.
_AGENT_TAIL = re.compile(r"(?:the\s+|many\s+|several\s+|some\s+)?[\w’'.-]+(?:\s+(?!(?:through|via|with|under|after|"
                         r"for|in|on|at|to)\b)[\w’'.-]+){0,5},(?:\s*(?:including|notably|such\s+as|among\s+them)?\s*"
                         r"[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*){0,3},){0,2}\s*")


def participle_clause_subject(text: str, lo: int, at: int,
                              is_actor: Callable[[str], bool]) -> Optional[tuple[int, int]]:
    """The subject of the clause nearest before a participle at ``at`` set off by a comma, when that clause is not
    the sentence's first: a conjoined clause (", but the unions have gone further, claiming": the unions) or a
    passive with its agent ("Belarus’ actions were condemned on Sunday by many countries, including Poland,
    accusing": the countries), a phrase ``is_actor`` accepts; else None (the caller reads the main clause)."""
    if not text[max(lo, at - 3):at].rstrip().endswith(","):
        return None
    window = max(lo, at - 240)
    conj = None
    for conj in _CONJOINED_CLAUSE.finditer(text, window, at):
        pass
    if conj is not None:
        from .leading import leading_np
        sp = leading_np(text, conj.end(), at)
        if sp is not None and sp[0] == conj.end() and _FINITE_THEN_COMMA.fullmatch(text, sp[1], at) \
                and is_actor(text[sp[0]:sp[1]]):
            return sp
    agent = _AGENT_THEN_COMMA.search(text, window, at)
    if agent is not None and _AGENT_TAIL.fullmatch(text, agent.end(), at):
        sp = np_after(text, agent.end(), at)
        if sp is not None and is_actor(text[sp[0]:sp[1]]):
            return sp
    return None


def closed_apposition(text: str, sp: tuple[int, int], hi: int) -> bool:
    """The description at ``sp`` is set off by a comma after it, before the verb at ``hi`` ("X, a professor, said";
    not "X, a senior official said, has ...", where the description is the verb's subject)."""
    return sp[1] < hi and re.match(r"\s*,", text[sp[1]:hi]) is not None


def opens_as_name(phrase: str) -> bool:
    """False when the capitalised phrase opening a sentence opens on a preposition, a connective or another function
    word ("Unlike Russia", "Meanwhile Seoul"): an adverbial, not a name set off before its apposition."""
    from .mentions import actor_words, function_words
    words = phrase.split()
    if not words:
        return False
    first = words[0].lower()
    classes = word_classes()
    if words[0] in given_names():
        return True                          # "Will Smith", "May Mobley": a given name, not a function word
    if len(words) == 1 and first.endswith("ly") and len(first) >= 6:
        return False                         # "Incidentally, a Russian official suggested": an adverb
    return not (first in _NOT_NAME_OPENERS or first in function_words() or first in actor_words()["opener"] or
                any(first in classes[k] for k in ("lead", "prep", "sub", "adv", "conj")))


# A person's name opening the clause, a role set off by commas, then the organisation ("Shantanu Narayen, chair and
# CEO, Adobe said", "Dylan Field, Co-Founder and CEO, of Figma said"): the role's holder is the subject.
# The organisation may close with a comma and a relative clause ("E. Muthukumar, Kancheepuram district secretary, CITU,
# who has been leading this strike, said").
_NAME_ROLE_OWNER = re.compile(r"[\s“\"‘']*((?:[A-Z](?:[\w’'-]*|\.)\s*){0,3}[A-Z][\w’'-]*),\s+((?:[\w-]+\s+){0,5}[\w-]+),\s+"
                              r"(?:(?:of|at)\s+)?(?:the\s+)?(?:[A-Z][\w&’'.-]*\s+){0,3}[A-Z][\w&’'.-]*"
                              r"(?:\s*,(?:\s+(?:who|which)\s[^,;:“”\"()]{1,150},)?)?"
                              r"(?:\s+(?:also|later|then|has|had|have|once))*\s*")
_ROLE_JOINERS = frozenset("and of the & for".split())


def _name_role_owner(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The span of the name in "NAME, ROLE, OWNER <verb>" between ``lo`` and ``hi``, or None: the role's words are
    role words or titles ("chair and CEO", "Co-Founder and CEO"), the name's none."""
    m = _NAME_ROLE_OWNER.fullmatch(text, lo, hi)
    if m is None:
        return None
    from .mentions import actor_words
    roles, title_words = actor_words()["role"], titles()
    role = m.group(2).split()
    if len(role) > 1 and role[0][:1].isupper() and role[1][:1].islower() and bare_word(role[0]) not in title_words:
        role = role[1:]                       # "Kancheepuram district secretary": the place of the role
    def is_role(w: str) -> bool:
        return w.lower().split("-")[-1] in roles or bare_word(w) in title_words or \
            w.lower().split("-")[-1] in ("chair", "chairman", "chairwoman", "founder", "cofounder")
    from .mentions import function_words
    if not any(w.lower() not in _ROLE_JOINERS for w in role) or not is_role(role[-1]) or \
            not all(w.lower() in _ROLE_JOINERS or is_role(w) or w.isalpha() and w.islower() and w not in function_words()
                    for w in role):
        return None                           # (a lower-case word before the role's head: "district secretary")
    name = m.group(1).split()
    if any(bare_word(w) in title_words or w.lower() in roles for w in name) or not opens_as_name(m.group(1)):
        return None                           # (not "On Thursday, the deputy prime minister, Robert Kalinak, told")
    return m.span(1)


# The names opening a clause before the last one or two of a list ("Washington, " before "Seoul and Tokyo", "The US,
# South Korea, and " before "Japan"): one to three capitalised words each, "the" before the first.
_LIST_ITEM = r"(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*"
_LIST_OPENING = re.compile(r"[\s“\"‘']*((?:[Tt]he\s+)?%s(?:\s*,\s*%s)*)\s*,\s*(and\s+)?$" % (_LIST_ITEM, _LIST_ITEM))
_LIST_END = re.compile(r"%s(?:\s+and\s+(?:the\s+)?%s)?" % (_LIST_ITEM, _LIST_ITEM))


def _list_before(text: str, lo: int, found: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The span of a list of names that opens the clause at ``lo`` and ends with the subject ``found`` (its last one
    or two names), or None: each name up to three capitalised words, none a preposition, time or discourse word
    ("In Moscow, Putin and Lavrov", "On Monday, Seoul and Tokyo" are no lists)."""
    if found[0] - lo > 120 or not _LIST_END.fullmatch(text, found[0], found[1]):
        return None
    m = _LIST_OPENING.fullmatch(text, lo, found[0])
    if m is None or (m.group(2) is None) == (" and " not in text[found[0]:found[1]]):
        return None                            # one "and", before the last name
    classes = word_classes()
    from .mentions import is_actor_phrase
    items = re.split(r"\s*,\s*", m.group(1))
    for k, item in enumerate(items):
        first = re.sub(r"^[Tt]he\s+", "", item).split()[0]
        low = first.lower()
        if low in classes["prep"] or low in classes["lead"] or low in classes["det"] or low in classes["sub"] or \
                low in classes["adv"] or low.endswith("ly") or re.fullmatch(r"(?:%s|%s)" % (WEEKDAY, MONTH_NAME), first) \
                or low in _NOT_LISTED or k == 0 and first.isupper() and len(first) > 1 and not _state_acronym(first) \
                or not is_actor_phrase(item):
            return None                        # "Overnight, Ukraine and Russia", "KYIV, Ukraine and Poland"
    return m.start(1), found[1]


# Words that open a sentence before its comma and name nobody: times, holidays, sentence adverbs.
_NOT_LISTED = frozenset("yesterday today tomorrow tonight overnight earlier later last next meanwhile elsewhere "
                        "afterwards afterward regardless together thus again first here there now then still instead "
                        "christmas easter ramadan eid hanukkah thanksgiving".split())
# ... and before a description set off as an apposition: those, and the prepositions and connectives the word
# classes lack ("Unlike Russia, a ministry official said")
_NOT_NAME_OPENERS = _NOT_LISTED | frozenset("unlike beyond following according overall otherwise therefore hence "
                                            "separately finally".split())


def _state_acronym(word: str) -> bool:
    """An acronym naming a state ("US", "UK", "DPRK"), which may open a list; another all-capital word opening the
    sentence is a dateline ("KYIV, Ukraine and Poland said")."""
    from .countries import _state_of
    return _state_of(word) is not None


# A determiner or quantifier and a participle right before a phrase: the participle modifies the noun ("Both accused
# nations", "the two warring sides", "all affected families"), it is no verb ending a clause.
_LONE_NOUN = re.compile(r"[a-z][a-z-]+")
_DETERMINER_PARTICIPLE = re.compile(r"(?<![\w’'-])(?:[Bb]oth|[Aa]ll|[Tt]he\s+two|[Tt]he)\s+[a-z]{3,}(?:ed|ing)\s+$")


# A restrictive relative pronoun, its auxiliary and verb right before a phrase: "residents who had [lost ...]",
# "voters who backed [him]".
_RELATIVE_OPEN = re.compile(r"(?<=\w)\s+who\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:(?:also|just|already|"
                            r"recently|since|long)\s+)?(?:[a-z]+\s+){0,2}$")
# A free relative clause after a preposition ending the subject's phrase ("guilty in what prosecutors called",
# "came in what the judge called"): its subject follows "what".
# ("In what one union said would be", "after what prosecutors called", "Amid what analysts described as")
_FREE_RELATIVE = re.compile(r"(?<![\w’'-])(?i:in|of|to|for|with|by|at|on|from|into|after|before|amid|amidst|despite|"
                            r"during|over|against|about|under|following)\s+what\s+(?=\S)")
# A personal pronoun or a name as a free relative's subject right before the verb ("in what she called", "what they
# described as", "cements what Kim called"): the phrase before "what" is another clause's.
_WHAT_PRONOUN = re.compile(r"(?<![\w’'-])[Ww]hat\s+(he|she|they|it|we|I|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+"
                           r"(?:(?:has|have|had|later|once|then|also|previously|repeatedly|now)\s+)?$")
# ... or right after its verb, opening the phrase found ("opposed what multiple lawmakers called").
_WHAT = re.compile(r"[Ww]hat\s+(?=\S)")
_WHAT_INSIDE = re.compile(r"(?<![\w’'-])[Ww]hat\s+(?=\S)")


def _last_what(text: str, lo: int, hi: int):
    """The last 'what ' in ``text[lo:hi]`` with words after it ('The troops joined what the Kremlin'), or None."""
    found = None
    for found in _WHAT_INSIDE.finditer(text, lo, hi):
        pass
    return found if found is not None and found.end() < hi else None


# An acronym in brackets right after a name ("... Strategy (INSS) of South Korea").
_ACRONYM_BEFORE = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,9}\)\s+$")
# "Later"/"Earlier" opening a sentence before a determiner or a name: an adverb of time, no part of the subject
# ("Later the Swiss justice ministry said"); not before a preposition or a bare noun ("Earlier in the day officials",
# "Earlier versions of this story", "Later generations").
_TIME_LEAD = re.compile(r"(?:Later|Earlier),?\s+(?=(?:the|a|an|its|his|her|their)\s|[A-Z])")
# An age in apposition after a name ('Olena Kovalenko, 45, ...'), and the name before it opening its clause.
_AGE = re.compile(r"\d{1,3},\s")
_NAME_BEFORE_AGE = re.compile(r"(?<![\w’'.-])((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w’'-]*\s+){0,3}"
                              r"[A-Z][\w’'-]*[a-z][\w’'-]*),\s+$")


def _subject_before(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    adverbial = _ADVERBIAL_BEFORE.search(text, max(lo, hi - 40), hi) or aspect_before(text, lo, hi)
    if adverbial is not None:
        hi = adverbial.start()                 # "Tokyo has in turn criticized": not "in turn"; "Critics keep calling"
    else:
        late = _TIME_AFTER_APPOSITION.search(text, max(lo, hi - 40), hi)
        if late is not None:
            hi = late.start()                  # "Kim Yo-jong, Kim Jong-un's sister, on Friday said": the apposition
    toks = tokens(text, lo, hi)
    i = len(toks) - 1
    if i >= 0 and toks[i].low == "to":
        # "forced Stumpf, who was under questioning, to admit": the object of a control verb admits.
        j, _ = _skip_asides(toks, i - 1)
        first = j
        while first >= 1 and (is_capitalised(toks[first - 1]) or toks[first - 1].text in (".", "-")):
            first -= 1
        if 1 <= first <= j and is_capitalised(toks[j]) and toks[first - 1].low in _OBJECT_CONTROL:
            span = _strip_span(text, toks[first:j + 1])
            if span is not None:
                return span
        who = _relative_who_before(toks, i)
        if who is not None:
            # "including by Foreign Minister Dmytro Kuleba, who took to social media to call the veto": the
            # person the relative clause is about, not the sentence's subject.
            return subject_before(text, lo, toks[who].end)
        # "continued to call ...": the subject of the verb governing the infinitive.
        return leading_np(text, lo, hi)
    conjoined = False
    while i >= 0 and _skippable(toks[i]):
        conjoined = conjoined or toks[i].low in ("and", "but")
        i -= 1
    if conjoined and i >= 0 and (toks[i].is_word or toks[i].text in (",", ")") and i > 0 and toks[i - 1].is_word or
                                 toks[i].text in ("-", "–", "—") and _skip_dash_aside(toks, i) != i):
        # "Democrats described the showdown as ominous and said ...", "Kim signed a pledge with Russia,
        # and expressed ...", "pull out of the European Convention on Human Rights (ECHR) but vowed": the
        # first verb's subject, not the object before the conjunction.
        return leading_np(text, lo, hi)
    if i >= 2 and toks[i].low == "who" and toks[i - 1].text == "," and toks[i - 2].is_word:
        # "celebrities like Patti LaBelle and Stevie Wonder, who joked": the nearest name before "who".
        sp = subject_before(text, lo, toks[i - 1].start)
        if (named := name_before_role_aside(text, lo, toks[i - 1].start)) is not None:
            return named                    # "Jeroen Dijsselbloem, leader of the Eurogroup, who had warned": the name
        if sp is None or not any(t.is_word and t.text[0].isupper() and t.low not in word_classes()["det"]
                                 for t in tokens(text, sp[0], sp[1])):
            return None                     # "an African American or Hispanic, man or woman, who said"
        inf = None
        for inf in _INFINITIVE.finditer(text, sp[0], sp[1]):
            pass
        if inf is not None:
            sp = (inf.end(), sp[1])         # "likely to placate nervous Democrats", "shared by the envoy"
        name = _TRAILING_NAME.search(text, sp[0], sp[1])
        if name and name.start() > sp[0]:
            before = text[sp[0]:name.start()].split()
            if before[-1].lower() not in word_classes()["prep"] and \
                    (" " in name.group() or before[-1].islower() and before[-1] not in ("and", "or")):
                return name.start(), sp[1]  # a person ending a list or an object ("met Sergei Lavrov")
        return sp                           # "nervous Democrats on Capitol Hill", "Democrats and Republicans"
    dashed = _skip_dash_aside(toks, i)
    had_dash_aside = dashed != i
    i, kept = _skip_asides(toks, dashed)
    if i < 0:
        return None
    first, last = _head_bounds(toks, i)
    if (had_dash_aside or i < dashed) and first >= 2 and toks[first - 1].text == "," \
            and toks[first].low in ("the", "a", "an") and is_capitalised(toks[first - 2]):
        # "John Dickey, the chief executive of Ora Media -- the company that ... -- told", "Li Haidong, a
        # professor at X, speaking about Y, notes": the name, when it opens the clause (not "At a press
        # conference in Chelsea, the mayor, smiling, said").
        k = first - 2
        while k > 0 and (is_capitalised(toks[k - 1]) or toks[k - 1].text in (".", "-")):
            k -= 1
        if toks[k].low in word_classes()["prep"] and k < first - 2:
            pass                               # "On Thursday, the deputy prime minister, X, told": a time, no name
        elif had_dash_aside or k == 0 or toks[k - 1].text in (".", ";", "\"", "“", "”", "—"):
            span = _strip_span(text, toks[k:first - 1])
            if span is not None:
                return span
    if i < dashed and (opening := _opening_name_of_titles(toks, first)) is not None:
        span = _strip_span(text, toks[opening[0]:opening[1] + 1])   # "Georgy Toloraya, Head of ..., RAS, noted"
        if span is not None:
            return span
    head = _trim_head(toks[first:last + 1])
    if first > 0 and toks[first - 1].low in _OPENING_WORDS or head and head[0].low in _OPENING_WORDS:
        head = _after_opening_words(head)
    if not head:
        return None
    if len(head) > 1 and head[-1].low in _SUBJECT_PRONOUNS and head[-2].is_word:
        return head[-1].start, head[-1].end    # "In a poke at Trump he explained": the pronoun, after its opener
    span = _strip_span(text, head)
    if span is None:
        return None
    if kept and not has_name(head):
        # "North Korean Ambassador to Russia, Sin Hong-chol, said": the name is in the appositive; after a role
        # alone ("Its administrator, Ricaurte Vasquez, told", "The group's political chief, Ismail Haniyeh,
        # said") the name is the person.
        a, b = kept[-1]
        app = _strip_span(text, toks[a:b + 1])
        if app and b - a < 10:
            span = (_strip_span(text, name_part(toks[a:b + 1])) or app) if _role_then_name(head, toks[a:b + 1]) \
                else (span[0], app[1])
    elif kept and _role_then_name(head, toks[kept[-1][0]:kept[-1][1] + 1]):
        # "Finnish police chief investigator, Sami Paila, said", "Russia's U.N. ambassador, Vassily Nebenzia,
        # said": the person named in the appositive (a nationality is no person's name), without its own role
        # words ("NATO's new secretary-general, former Dutch prime minister Mark Rutte, said").
        a, b = kept[-1]
        span = _strip_span(text, name_part(toks[a:b + 1])) or span
    elif kept and (named := _owned_then_name(head, toks[kept[-1][0]:kept[-1][1] + 1])):
        # "Port Talbot's parent company, the Indian-owned Tata Steel, told": an owner's relation renamed by the
        # name in apposition (the owner's name is not the subject's)
        span = _strip_span(text, named) or span
    return span


def _owned_then_name(head: Sequence[Tok], app: Sequence[Tok]) -> Sequence[Tok]:
    """The name of an appositive that renames an owner's relation ("Port Talbot's parent company, the Indian-owned
    Tata Steel"): the head is a capitalised owner with "'s" and lower-case words; the appositive an optional article,
    at most two lower-case modifiers and one to four capitalised words that name something. Else ()."""
    k = next((n for n, t in enumerate(head) if re.search(r"[’']s$", t.text) or
              t.text in ("’s", "'s", "’", "'")), -1)
    rest = [t for t in head[k + 1:] if t.text not in ("’s", "'s", "s")]
    if k < 0 or not is_capitalised(head[0]) or not rest or not all(t.is_word and t.text.islower() for t in rest) \
            or len(rest) > 3:
        return ()
    words = list(app)
    if words and words[0].low in ("the", "a", "an"):
        words = words[1:]
    n = 0
    while n < len(words) and n < 2 and words[n].is_word and (words[n].text.islower() or
                                                             re.search(r"\w-[a-z]+$", words[n].text)):
        n += 1                                 # "the Indian-owned", "state"
    name = words[n:]
    if not 1 <= len([t for t in name if t.is_word]) <= 4 or not has_name(name) or \
            not all(t.is_word and is_capitalised(t) or t.text == "." for t in name):
        return ()
    return name


_SUBJECT_PRONOUNS = {"he", "she", "they", "we"}


# The capitalised words ending a phrase ("... met Sergei Lavrov", "... LaBelle and Stevie Wonder").
_TRAILING_NAME = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|(?:de|van|von|bin|al|da|del|la|le)"
                            r"(?=\s+[A-Z])))*$")


_INFINITIVE = re.compile(r"\b(?:to\s+[a-z]+|by)\s+(?=\S)")


def _skippable(t: Tok) -> bool:
    """An auxiliary, adverb or discourse word between a subject and its verb ("has also", "recently")."""
    low, classes = t.low, word_classes()
    return t.is_word and t.text.islower() and (low in classes["aux"] or low in classes["adv"] or
                                               low in classes["lead"] or (low.endswith("ly") and len(low) > 4) or
                                               low.endswith(("n’t", "n't")))


_CLOSING_QUOTES = {"”": "“", "’": "‘", "\"": "\"", "'": "'", "»": "«"}


def _quoted_words_start(toks: Sequence[Tok], j: int) -> Optional[int]:
    """For a closing quotation mark at ``toks[j]`` inside an aside ("X, who called the vote “a farce”, said"), the
    index of its opening mark when a few words back (no clause punctuation between); else None."""
    opening = _CLOSING_QUOTES.get(toks[j].text)
    if opening is None or j < 2 or not toks[j - 1].is_word and toks[j - 1].text not in ".,!?":
        return None
    for k in range(j - 1, max(-1, j - 12), -1):
        t = toks[k].text
        if t == opening and (k + 1 < j and toks[k + 1].is_word):
            # (not a title making the whole aside: "the 2020 film, ‘Podolskie kursanty’, called ‘The Last Frontier’")
            return k if k > 0 and toks[k - 1].text not in (",", "(") else None
        if t in (";", ":", "—", "–", "(", ")") or t in _QUOTE_CHARS:
            return None
    return None


def _skip_asides(toks: Sequence[Tok], i: int) -> tuple[int, list[tuple[int, int]]]:
    """Walk back from ``toks[i]`` over up to three asides set off by commas or brackets.

    Returns the new last token of the subject and the appositives kept, as token ranges right
    to left; relative clauses and asides ("who ...", "speaking on ...", "40") are dropped.
    """
    kept: list[tuple[int, int]] = []
    for _ in range(3):
        if i < 0 or toks[i].text not in (",", ")"):
            break
        opener = "(" if toks[i].text == ")" else ","
        j = i - 1
        while j >= 0 and toks[j].text not in (opener, ";", ":", "—", "–"):
            if toks[j].text in _QUOTE_CHARS and not _possessive_at(toks, j):
                k = _quoted_words_start(toks, j)
                if k is None:
                    break
                j = k                       # "X, who called the vote “a farce”, said": quoted words inside the aside
            j -= 1
        # "The VDA, which represents carmakers such as Volkswagen, BMW and Daimler, criticized": a list's
        # tail ("BMW and Daimler") is no aside of its own; the aside opens before the list.
        for _ in range(4):
            tail = toks[j + 1:i]
            if opener != "," or j <= 0 or len(tail) < 3 or not any(t.low in ("and", "or") for t in tail) or \
                    not all(t.low in ("and", "or") or is_capitalised(t) for t in tail) or not is_capitalised(toks[j - 1]):
                break
            k = j - 1
            while k >= 0 and toks[k].text not in (",", ";", ":", "—", "–") and toks[k].text not in _QUOTE_CHARS:
                k -= 1
            if k <= 0 or toks[k].text != ",":
                break
            j = k
        if j < 0 or toks[j].text != opener or j == 0:
            # No opening comma: "Smith, said" or an introductory phrase; drop the comma only.
            i -= 1
            break
        first = toks[j + 1] if j + 1 < i else None
        if opener == "," and first is not None and not (first.low in _PAREN_DROP_FIRST or first.text[0].isdigit()
                                                        or first.text.islower() and first.low.endswith(("ed", "ing"))):
            kept.append((j + 1, i - 1))
        i = j - 1
        while i >= 0 and _skippable(toks[i]):
            i -= 1
    return i, kept


_NOT_HEAD_AFTER = frozenset("that what who which whom".split())
# Determiners that never stand alone as a subject ("some say unrealistic" is a clause, "several cast members" not)
_NOUN_DETERMINERS = frozenset("the a an this these those his her its their our my your several".split())


def _noun_modifier(toks: Sequence[Tok], k: int, i: int, classes) -> bool:
    """A bare reporting-verb form between a determiner (and a capitalised modifier) and a noun is a noun modifier:
    "The cast members said" ('cast'), "A US think tank says" ('think'), not "some say unrealistic", "his show and for saying" nor "the promising name"."""
    det = k - 1
    if det >= 1 and toks[det].is_word and toks[det].text[:1].isupper() and toks[det - 1].is_word \
            and toks[det - 1].low in _NOUN_DETERMINERS:
        det -= 1                            # a proper modifier between: "A US think tank says", "the Kremlin press office"
    if not (0 < k < i and toks[det].is_word and toks[det].low in _NOUN_DETERMINERS
            and not toks[k].low.endswith(("ing", "s", "ed")) and toks[k + 1].is_word and toks[k + 1].text.islower()):
        return False
    nxt = toks[k + 1].low
    return nxt not in _NOT_HEAD_AFTER and not any(nxt in classes[c] for c in ("aux", "adv", "sub", "conj", "det", "prep"))


def _head_bounds(toks: Sequence[Tok], i: int) -> tuple[int, int]:
    """First and last token of the noun phrase ending at ``toks[i]``, walking back to a clause boundary."""
    classes, verbs = word_classes(), reporting_verbs()
    sub, aux = classes["sub"], classes["aux"]
    k = i
    while k >= 0:
        t = toks[k]
        if not t.is_word:
            if k + 1 <= i and _possessive_at(toks, k):
                k -= 1                      # a plural possessive: "The Houthi rebels’ supreme leader"
                continue
            if t.text in _BOUNDARY_PUNCT or t.text == ",":
                break
            if t.text == "-" and k > 0 and toks[k - 1].text == "-":
                break
            k -= 1
            continue
        low = t.low
        if (low in sub or low in aux) and (t.text[0].islower() or k == 0 or not toks[k - 1].is_word) or \
                t.text[0].islower() and (low in ("but", "and") and k < i - 3 and not _name_internal_and(toks, k) or
                                         (low in verbs and low not in ("report", "reports", "statement")
                                          and not _noun_modifier(toks, k, i, classes))):
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if low in ("who", "which") and k > 0 and toks[k - 1].is_word and nxt is not None \
                    and nxt.text.islower() and nxt.low not in classes["det"] and not is_pronoun(nxt.text) \
                    and nxt.low not in classes["conj"]:
                # "officials who spoke on condition of anonymity said": the subject is before "who".
                i = k - 1
                k = i
                continue
            if low == "that" and k + 2 <= i and _relative_that(toks, k, classes, verbs):
                i = k - 1                   # "a panel of experts that monitors the sanctions has determined"
                k = i
                continue
            break
        k -= 1
    return k + 1, i


def has_name(toks: Sequence[Tok]) -> bool:
    """True when a capitalised word that is neither a title nor a place/organisation word occurs."""
    title_words, blockers, det = titles(), name_blockers(), word_classes()["det"]
    for t in toks:
        if t.is_word and t.text[0].isupper():
            bare = bare_word(t.text)
            if bare in title_words or bare in blockers or t.low in det or t.low in word_classes()["lead"]:
                continue
            return True
    return False


# The prepositions that attach an organisation to a role written before its holder ('chair of the court Ann Lee').
_ROLE_PREPS = frozenset("of for at to".split())


def _role_of_before_name(head: Sequence[Tok]) -> bool:
    """A role written in lower case, a preposition and its organisation, then the holder's full name closing the
    phrase: '"...," chair of the seven-member court Ann Lee said' (a subject, not a verb and its object: a verb
    is no noun of the lexicon's reporting verbs, nor ends in -ed/-ing, and its object names no person last)."""
    words = [t for t in head if t.is_word]
    if len(words) < 5 or words[1].low not in _ROLE_PREPS or words[0].low in reporting_verbs() or \
            words[0].low.endswith(("ed", "ing", "ly")):
        return False
    tail = words[-2:]
    blockers, title_words = name_blockers(), titles()
    return all(is_capitalised(t) and bare_word(t.text) not in blockers and bare_word(t.text) not in title_words
               for t in tail) and has_name(tail) and words[-3].text[:1].islower()


# Words opening an adverbial before a postposed speaker that the lexicon's prepositions may lack.
_ADVERBIAL = frozenset("after before following amid during despite since until when while speaking asked".split())


_PART_OF = re.compile(r"(?:one|two|three|four|five|some|many|several|most|each|both|none|half|few|all)\s+of\s+"
                      r"(?:the|these|those|his|her|its|their|them)\b")


def speaker_before_cue(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The speaker filling ``text[lo:hi]`` right after a quote and before its cue ('"...," Mr. King added').

    Relative clauses and bracketed asides are dropped; an appositive is kept only when the
    first part holds no name ("the ministry's spokeswoman, Maria Zakharova").
    """
    toks = tokens(text, lo, min(_before_going_on(text, lo, hi), lo + 400))
    classes = word_classes()
    while toks and (not toks[0].is_word and toks[0].text not in "(" or toks[0].low in classes["lead"]):
        toks = toks[1:]
    if len(toks) > 1 and toks[0].low == "as" and toks[1].is_word:
        toks = toks[1:]                 # '"...", as the country's representatives stated'
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
    if len(segments) > 1 and head[0].text.islower() and (head[0].low in classes["prep"] or head[0].low in _ADVERBIAL) \
            and has_name(segments[1]) and segments[1][0].text[:1].isupper():
        # '"...," after the shelling of the port, Ivan Sokolov, the governor, told state television': an adverbial
        # opening the gap before the speaker, who is named after it
        segments = segments[1:]
        head = segments[0]
    if any(t.text.islower() and (t.low in classes["aux"] or t.low in classes["sub"]) for t in head):
        return None                     # a clause, not a speaker ('" reference was apparently about')
    if head[0].text.islower() and head[0].low not in classes["det"] and not is_pronoun(head[0].text) \
            and len(head) > 1 and (head[1].low in classes["det"] or head[1].low in classes["prep"]) \
            and not _role_of_before_name(head) and not _PART_OF.match(" ".join(t.low for t in head[:3])):
        return None                     # a verb and its object: "features a New York Times report" (not a part
        #                                 of a group: '"...," one of the soldiers told Hankook Ilbo')
    keep = segments[:1]
    # "Scott's niece, state Del. Marcia Price, shouted": an owner's relation is no name of its own
    owned = len(segments) > 1 and len(segments[0]) > 1 and segments[0][-1].text.islower() and \
        not has_name([t for t in segments[0] if not re.search(r"[’']s$", t.text)]) and has_name(segments[1])
    # '"...," the Monitor's Paris-based international editor and former Moscow bureau chief, Peter Ford, tells me':
    # a description headed by a common noun, then a full name in capitals alone before the cue, names the person.
    described = len(segments) == 2 and len(segments[0]) > 1 and segments[0][0].low in classes["det"] and \
        segments[0][-1].text.islower() and 2 <= len([t for t in segments[1] if t.is_word]) <= 4 and \
        all(is_capitalised(t) for t in segments[1] if t.is_word) and has_name(segments[1])
    if len(segments) > 1 and (owned or described or _titled(segments) or not has_name(segments[0])) and \
            segments[1][0].low not in ("who", "which", "whose"):
        keep = segments[:2]
    first, last = keep[0][0], keep[-1][-1]
    if len(keep) == 1 and first.text.islower() and _role_of_before_name(keep[0]):
        # 'chair of the seven-member court Ann Lee': the holder's name after the role
        first = next(t for t in reversed(keep[0]) if t.is_word and t.text[:1].islower())
        first = keep[0][keep[0].index(first) + 1]
    if first.low in classes["sub"] and not first.text.isupper() or first.low in classes["prep"]:
        return None                     # (an acronym is a name: 'WHO Director-General Tedros')
    return _strip_span(text, [first, last])


def _titled(segments: Sequence[Sequence[Tok]]) -> bool:
    """A title of office with its organisation, then a person's full name alone before the cue: the person
    ('"...," Northvolt's Interim Chairman of the Board of Directors, Tom Johnstone, said'; '"...," the deputy
    director of the North-Eastern Fishing Company, Sergei Sedler, said').

    The first part opens with a determiner, a possessive or a title and its head (the words before its first
    preposition) holds a title or a common noun; the second is two to four capitalised words, none a place or
    organisation word ("the head of the agency, South Korea's ..." is no name).
    """
    if len(segments) != 2 or len(segments[0]) < 2:
        return False
    role, name = segments
    classes, title_words, blockers = word_classes(), titles(), name_blockers()
    words = [t for t in name if t.is_word]
    if not 2 <= len(words) <= 4 or len(words) != len(name) or not all(is_capitalised(t) for t in words) or \
            any(bare_word(t.text) in blockers or t.low in classes["det"] for t in words) or not has_name(name):
        return False
    first = role[0]
    if not (first.low in classes["det"] or re.search(r"[’']s$", first.text) or bare_word(first.text) in title_words):
        return False
    cut = next((k for k, t in enumerate(role) if k and t.low in classes["prep"]), len(role))
    head = [t for t in role[:cut] if t.is_word]
    return len(head) >= 2 and (bare_word(head[-1].text) in title_words or head[-1].text.islower())


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
            or not full and first.low in ("that", "it", "them", "him", "her", "us", "me", "you") \
            and not (first.text.isupper() and len(first.text) > 1):
        return None                      # ("according to him" names a source; "said it" does not; "US" is a name)
    from .mentions import actor_words
    bodies = actor_words()["body"]
    out: list[Tok] = []
    phrase = list(_phrase_tokens(toks, 0))
    office = False                     # a capitalised title with its domain: "Secretary of Health", "Minister for ..."
    for k, t in enumerate(phrase):
        if not t.is_word:              # a mark that joins a name: "Jong-un", "U.S.", "AT&T"
            out.append(t)
            continue
        low = t.low
        if low == "and" and out and _two_roles(out[-1], phrase[k + 1:k + 4]):
            out.append(t)              # "said Equifax chairman and CEO Richard F. Smith": one person's two roles
            continue
        if low in ("of", "for") and out and out[-1].text[:1].isupper() and \
                (bare_word(out[-1].text) in titles() or out[-1].low in bodies):
            office = True              # (or a body's: "the Ministry of Trade and Industry")
        elif low == "and" and office and out[-1].text[:1].isupper() and k + 1 < len(phrase) and \
                phrase[k + 1].text[:1].isupper() and not any(bare_word(o.text) in given_names() for o in out):
            out.append(t)              # "said Secretary of Health and Human Services Robert F. Kennedy Jr.": the
            continue                   # office's domain, then the name
        if t.text[0].islower() and (low in classes["sub"] or low in classes["aux"] or low in classes["conj"] or
                                    not full and low in _NP_AFTER_STOP):
            break
        if low in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday") and out:
            break
        if low == "to" and not full and out and out[0].text[:1].isupper() and _ends_name(out[-1]):
            break                      # "said Moore to FOX 5": the addressee follows (not "Ambassador to Korea")
        out.append(t)
        if len(out) > (16 if full or office else 10):
            break
    if not out:
        return None
    return _strip_span(text, out)


def _two_roles(before: Tok, after: Sequence[Tok]) -> bool:
    """Whether an "and" between ``before`` and the words ``after`` it joins two roles of one named person: a role word
    before it, a role word (or two) after it and then a capitalised name ("chairman and CEO Richard F. Smith",
    "chairman and chief executive John Smith")."""
    from .mentions import actor_words
    roles = actor_words()["role"]
    if not before.is_word or before.low not in roles:
        return False
    words = [t for t in after if t.is_word]
    for n in (1, 2):
        if len(words) > n and all(w.low in roles or w.low in ("chief", "executive", "deputy", "vice")
                                  for w in words[:n]) \
                and words[n].text[:1].isupper() and words[n].low not in roles and bare_word(words[n].text) not in titles():
            return True
    return False


def _ends_name(t: Tok) -> bool:
    """A capitalised word that is neither a title nor the head of an actor ('Moore', not 'Ambassador', 'Mission')."""
    from .mentions import actor_words
    aw = actor_words()
    return t.is_word and t.text[:1].isupper() and bare_word(t.text) not in titles() \
        and t.low not in aw["role"] and t.low not in aw["body"]


def _joins_name(toks: list, k: int) -> bool:
    """A non-word token that stays inside a noun phrase: an apostrophe, a hyphen, an ampersand,
    or the period of an abbreviation ("U.S.", "Dr.")."""
    t = toks[k]
    return t.text in ("’", "'", "-", "&") or t.text == "." and _abbrev_period(toks, k)


def _phrase_tokens(toks: list, start: int) -> Iterator[Tok]:
    """The tokens from ``start`` on, up to the first punctuation that does not join a name
    (:func:`_joins_name`): where a noun phrase ends at the latest."""
    for k in range(start, len(toks)):
        if not toks[k].is_word and not _joins_name(toks, k):
            return
        yield toks[k]


# Verbs whose object is the subject of the infinitive after it ("forced Stumpf to admit").
_OBJECT_CONTROL = {"forced", "forces", "force", "asked", "asks", "urged", "urges", "pressed", "presses", "pushed",
                   "persuaded", "compelled", "allowed", "invited", "encouraged", "challenged", "called on"}


from .leading import leading_np  # noqa: E402  (the clause-opening subject; uses the helpers above)
