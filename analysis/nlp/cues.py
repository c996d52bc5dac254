"""Reporting cues: the verbs and phrases that attribute words to someone ("said", "according to").

The cue lexicon is ``reporting_verbs.tsv`` (every surface form of every verb, with its
roles) and ``reporting_nouns.txt``; :func:`iter_cues` finds the cues of a text and skips
their noun uses ("the reports", "Clinton's remark", "a site called DPRK Today").

>>> [(c.word, c.lemma) for c in iter_cues("The ministry pointed out that it had said so.", 0, 45)]
[('pointed out', 'point out'), ('said', 'say')]
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from ..lexicons import load_list, load_table
from .tokens import pronoun_kinds, word_classes
from .guard import guarded


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
            only = len(row) > 3 and row[3] == "only"      # the listed forms only ("stated", not the noun "state")
            surface = [lemma] + surface if lemma not in surface and " " not in lemma and not only else surface
        else:
            surface = _inflect(lemma)
        for s in surface:
            s = s.strip()
            forms.setdefault(s, VerbInfo(lemma, roles, s.split()[0].endswith("ing")))   # "calling for" too
    return forms


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
    # An adverb or a weekday may sit inside a phrasal cue: "called Friday for", "spoke emotionally of".
    return re.compile(r"(?:\s+(?:[a-z]{3,}ly|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day))?\s+"
                      + r"\s+".join(map(re.escape, tail.split())) + r"(?![\w’'-])")


_LOWER_WORD = re.compile(r"(?<![\w’'-])(?:[a-z]+|According|[A-Z][a-z]+ing)(?![\w’'-])")
# A participle opening its sentence ("Citing reports from the WFP, the embassy said ...", "Bemoaning the 'phony
# system,' Trump accused ..."): the only capitalised word looked up in the lexicon besides "According".
_MEDIUM_NEXT = re.compile(r"\s+(?:in|on|at|to|for|from|with|during|after|before|via|through)\b")
_WORDISH = re.compile(r"[\w’'-]")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\d{0,3}[”\"’']?\s+|\n\s*)[“\"‘']?$")


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
                "one", "two", "three", "another", "each", "every", "official", "public", "formal", "false",
                "four", "five", "six", "seven", "eight", "nine", "ten", "multiple",   # "five questions"
                "much"}     # "without offering much hope that" (not "little": "left little doubt that" is a finding)
# Words of _NOUN_BEFORE that are themselves plural nouns: "media emphasise" is a subject and its verb.
_PLURAL_NOUNS = {"media", "news", "press"}
# Words of _NOUN_BEFORE that are themselves singular nouns: "an official said" is a subject and its verb
# ("official statements" is the noun).
_SINGULAR_NOUNS = {"official", "public"}     # (an -ed form after them is the verb: "the official stated")
# A number after "the" standing for people named before ("the two said", CGEL 5.9: a fused-head noun phrase).
_NUMBER_PRONOUNS = {"two", "three", "four", "five"}
_THE_BEFORE_NUMBER = re.compile(r"\b[Tt]he\s+[a-z]+\s*$")
# A quantifier standing alone as a clause's subject ("Some argue that", ", while many believe"): the next word is
# its verb when it is a bare plural form that is no noun, or when "that" follows ("some fear that"); not "many
# claims", "some reports allege" or "Some hope the" (the noun lemmas).
_QUANTIFIER_SUBJECTS = {"some", "many", "most", "several", "few"}
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?:;(][”\"’']?\s+|,\s+|\b(?:while|and|but|whereas|though|although|as|because|since|yet|"
                          r"still|now|today|indeed|however)\s+)[“\"‘']?$", re.I)
_THAT_NEXT = re.compile(r"\s+that\b")


def _opens_clause(text: str, lo: int, at: int) -> bool:
    """Whether a clause starts at ``at`` (the sentence's start, or after a comma, a colon or a conjunction)."""
    return not text[lo:at].strip(" “\"‘'") or bool(_CLAUSE_OPEN.search(text, max(lo, at - 12), at))
_DISCOURSE_SAID = guarded(re.compile(r"(?:[Hh]aving\s+said\s+that|\b[Tt]hat\s+said)\s*,"))
_CLAUSE_END = re.compile(r"\s*(?:[.,:;!?”\"]|$)")
_PREP_NOT_TO = {"of", "in", "for", "with", "on", "at", "about", "from", "into", "upon"}
_SENTENCE_START = re.compile(r"(?:^|[.!?]\d{0,3}\s+)\W*[\w’']+\W{0,3}$")
# Reporting verbs whose base form is also a common noun ("the North Korean claim", "a Times report").
_NOUN_LEMMAS = {"claim", "report", "note", "call", "estimate", "comment", "remark", "answer", "reply", "promise",
                "pledge", "vow", "tweet", "post", "quote", "charge", "fear", "hope", "doubt", "signal", "hint",
                "order", "echo", "counter", "protest", "demand", "warning", "statement", "state", "caution", "show",
                "find", "remarks", "comments", "tweets", "posts", "question", "stress", "worry", "appeal"}
# Cue verbs that are mostly nouns in news text ("the wage dispute", "climate advocates"): nouns after a noun
# phrase's modifiers, verbs after a subject ("The woman disputes the idea"); "blast" is an explosion or a furnace
# ("the two blast furnaces", "Tata's final blast furnace"), a verb after its subject ("critics blasted the plan").
_MOSTLY_NOUNS = {"dispute", "advocate", "blast"}
NOUN_LEMMAS = frozenset(_NOUN_LEMMAS)
# The head nouns such a noun modifies in a compound ("dispute settlement", "the dispute resolution mechanism").
_COMPOUND_NEXT = re.compile(r"\s+(?:settlement|resolution|mechanism|panels?|body|bodies|system|process|tribunal)\b")
# An article right after a cue's -s form makes it the verb of a singular subject ("The group claims the move is
# being made"): a plural noun is not followed by a noun phrase's article.
_ARTICLE_NEXT = re.compile(r"\s+(?:the|a|an)\s")
# A verb or a preposition, a determiner and one to three lower-case words before a plural noun cue: its object noun
# phrase ("deny the troop deployment reports", "of the media reports"), not a subject and its verb.
_OBJECT_NP_BEFORE = re.compile(r"\b([a-z]+)\s+(?:the|these|those|such|his|her|their|its)\s+"
                               r"(?:(?!(?:weeks?|months?|years?|days?|decades?|hours?|past|last)\b)[a-z][\w-]*\s+){1,3}$")
_DET_ADJ_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Oo]ne)\s+[a-z][\w’'-]*\s+$")
# A modifier that makes the next cue word a noun: "late-night tweets", "dubious medical claims",
# "disparaging remarks", "additional appeals", "a congratulatory call" (lower case: "Reuters reports" is a subject).
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:[a-z]+-[a-z]+|[a-z]{3,}(?:al|ous|ive|ic|ful|less|ing|ary|ory))\s+$")
# A preposition, a determiner and a name before a cue word: the name modifies the noun ("scoffed at the U.S. claims",
# "doubts about the Kremlin reports"); a subject follows no preposition.
_PREP_DET_NAME_BEFORE = re.compile(r"\b(?:at|of|about|over|against|with|to|from|on|into|despite)\s+(?:the|these|those)\s+"
                                   r"(?:[A-Z][\w.’'-]*\s+){1,3}$")
# ... when nothing the verb would take follows the word ("the U.S. claims, saying", "the Kremlin claims of ..."; not
# "The RNC's latest report to the FEC shows a transfer").
_NOUN_CLOSES = re.compile(r"\s*(?:[,.;:)]|(?:of|about|against|over|by)\b)")
# A name set off by commas after "called": ", called the Virginia Conservation Legacy Fund, will ...".
_NAME_APPOSITION = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w&-]*\s*,")
# "who's called for", "she's claimed": a contracted "has/is", not a possessive.
_CONTRACTIONS = {a + s for a in ("who", "he", "she", "it", "that", "there", "what", "where") for s in ("’s", "'s")}
# A common noun after a determiner, then a name closing the clause: "the drug called Leqembi." / "an app named X,".
_COMMON_NOUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+$")
_NAME_THEN_END = re.compile(r"\s+[“\"‘']?(?:[A-Z][\w’'.-]*\s*){1,3}[”\"’']?(?=[.,;:)]|$)")
# A participle after a noun and before the sentence's finite verb: "The debris found included ...".
_PAST_FORMS = {"found", "shown", "reported", "cited", "described", "mentioned", "discussed", "noted", "announced"}
_FINITE_NEXT = re.compile(r"\s+(?:included|includes|is|was|are|were|has|have|had|remains|remained|will|would|could|can|"
                          r"may|might|must|should)\b")
_TANK = re.compile(r"[\s-]+tanks?\b")
_INDEFINITE_NP = re.compile(r"\b[Aa]n?\s+(?:[\w’'-]+\s+){0,4}$")
# A time closing the words before "called" is the verb's, not the named thing's: "a court filing Monday called
# Volkswagen's conduct ...", "a statement on Friday called ..." (not "a site called DPRK Today")
_TIME_BEFORE_NAMING = re.compile(r"(?<![\w’'-])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
                                 r"tonight|earlier|later|recently)\s+$")
_CAPITAL_NEXT = re.compile(r"\s+[“\"]?[A-Z]")
_NEVER_NOUNS = {"say", "tell", "write", "add", "ask", "think", "speak"}
_PRECEDING_WORD = re.compile(r"([\w’']+)\W{0,3}$")


def _preceding_word(before: str) -> Optional[re.Match]:
    """``_PRECEDING_WORD.search(before)``, tried first on the last 12 characters: a match ends in at most 4 non-word
    characters, so one that starts earlier would also match at the 12th last; a match found there is the
    search's own unless the word may run on to the left (it starts at the cut), when the whole is searched."""
    cut = len(before) - 12
    if cut <= 0:
        return _PRECEDING_WORD.search(before)
    m = _PRECEDING_WORD.search(before, cut)
    return _PRECEDING_WORD.search(before) if m is not None and m.start() == cut else m
_BE_FIRST = re.compile(r"\b(?:is|are|was|were|been|be)\s+first\s+$")
_FIRST_ADVERB = re.compile(r"\b(?:after|before|when|while|since|and|had|has|have|he|she|they|it|who)\s+first\s+$", re.I)
# A gerund or participle after a preposition or a comma: its object is a noun ("with settling disputes").
_GERUND_BEFORE = re.compile(r"(?:\b(?:with|by|for|of|in|on|from|after|before|without|about)|,)\s+[a-z]{2,}ing\s+$")
# A singular noun phrase of two or three words before a base-form cue, which a third-person verb would not follow
# ("the months-long wage dispute between", "the GDL's core demand:", "a new trade deal"): the cue is its head noun.
_NP_BEFORE_BASE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[A-Z][\w-]*[’']s)"
                             r"\s+(?:[\w’'-]+\s+)?[a-z][\w-]*[^s\W]\s+$")
# A cue word followed by a finite reporting verb is the subject's head noun ("climate advocates said", "the
# critics say").
# An auxiliary may come first ("rights advocates have expressed deep concern", "critics have long argued"), and a
# cue word that is mostly a noun in the plural is the subject before any auxiliary ("advocates are", "disputes will").
_FINITE_REPORT_NEXT = re.compile(r"\s+(?:(?:have|has|had)\s+(?:(?:long|also|repeatedly|already|previously)\s+)?)?"
                                 r"(?:said|says|told|tells|warned|warn|warns|argued|argue|argues|claimed|claim|"
                                 r"added|wrote|stated|insisted|insist|insists|noted|believe|believed|expressed|voiced|"
                                 r"urged|accused|criticized|criticised|welcomed|condemned|praised|demanded|called)\b")
# A determiner, an adverb in -ly and a modifier before a base form: "the exceptionally warm welcome", "a deeply
# flawed claim" (not "This really does say": an auxiliary).
_DET_ADVERB_ADJECTIVE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Oo]ur)\s+"
                                   r"[a-z]+ly\s+([a-z][\w-]*)\s+$")
# A determiner or a noun's possessive (and maybe an -ly adverb) right before a participle, a noun or adjective after
# it: "The alleged victim said", "the ministry's widely reported statement", "an unconfirmed ..." -- an attributive
# participle, no verb (no subject takes a bare determiner); its noun phrase may be the subject of the real cue.
_ATTRIBUTIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
                                 r"[Oo]ur|[Mm]y|[Yy]our|[a-z][a-z-]{1,30}[’']s)\s+(?:[a-z]{2,20}ly\s+)?$")
_LOWER_WORD_NEXT = re.compile(r"\s+([a-z][a-z-]*)\b")
_NOT_NOUN_NEXT = frozenset("that to the a an by as in on at for from with of about over and or but it he she they we "
                           "him her them us me this these those what whether if how why who when where which not there "
                           "so also".split())
_AUX_WORDS = {"do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall"}
_AUX_NEXT = re.compile(r"\s+(?:have|has|had|are|were|will|would|can|could|may|might|should|must)\b")
# A sentence that opens on an adverb and a participle ("Warmly welcoming the visit, Kim said ..."): an opener.
_ADVERB_OPENER = re.compile(r"(?:^|[.!?]\d{0,3}[”\"’']?\s+|\n\s*)([A-Z][a-z]+ly)\s+$")
# A naming participle set off by a comma and followed by a relative clause (", called clade 1b, which causes").
_NAME_THEN_RELATIVE = re.compile(r"\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+\s*(?:,\s*(?:which|who|whose|that)\b|\()")
# The object and "as" of a verb of characterising (Levin 1993, 29.2: see, view, regard, cast, depict ...): "saw the
# comment as a dig", "is casting himself as a champion"; not "as well (as)", "as much as", "as soon as", "as if",
# "as a child" (a time of life).
_AS_COMPLEMENT = re.compile(r"\s+(?!(?:as|to|in|on|at|for|with|from|by|of|into|that)\b)(?:(?!as\b)[\w’'-]+\s+){1,8}?"
                            r"as,?\s+(?!(?:well|much|many|soon|long|far|if|though|of|to|a\s+result|recently|early|late|"
                            r"(?:a|an)\s+(?:child|kid|boy|girl|teenager|teen|student|young))\b)(?=[\w“\"‘])")


def as_complement(text: str, end: int) -> bool:
    """True when an object and "as" follow a verb ending at ``end``: "sees the treaty as a betrayal" (a view, not
    the perception of "sees the treaty")."""
    return _AS_COMPLEMENT.match(text, end, min(len(text), end + 120)) is not None


_NAMING_PARTICIPLES = ("called", "dubbed", "named", "titled")
_PRECEDING_TWO = re.compile(r"([\w’']+)\s+(?:[a-z]+ly\s+|not\s+|also\s+|now\s+|first\s+)?$")


def _preceding_two(before: str) -> Optional[re.Match]:
    """``_PRECEDING_TWO.search(before)``, searched from 20 characters before the end when those (and the one before
    them) hold three runs of non-space characters: a match covers at most two, so none starts earlier."""
    cut = len(before) - 20
    if cut > 0 and len(before[cut - 1:].split()) >= 3:
        return _PRECEDING_TWO.search(before, cut)
    return _PRECEDING_TWO.search(before)


_HEAD_INDEX: dict[str, tuple[list[int], list[re.Match]]] = {}
_HEAD_INDEX_SIZE = 8        # texts kept: the article being read and a few short strings
_LETTERS_BEFORE = re.compile(r"[A-Za-z]+")


def _trie_pattern(words) -> str:
    """A regex alternation of ``words`` (letters only) sharing their prefixes ("sa(?:id|y(?:s)?)"): ``re`` reads a
    word's letters once instead of trying every word of the lexicon at each position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts = [ch + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body
    return walk(trie)


@lru_cache(maxsize=None)
def _head_regex() -> re.Pattern:
    """The ``_LOWER_WORD`` matches that are cue heads, found by ``re`` alone: a lower-case head, "According" and a
    capitalised "-ing" head ("Citing"); the same words, starts and ends as filtering every ``_LOWER_WORD`` match."""
    heads = [h for h in _cue_heads() if _LOWER_WORD.fullmatch(h)]
    capitals = [w for h in heads if _LOWER_WORD.fullmatch(w := h[:1].upper() + h[1:]) and w != h]
    return re.compile(r"(?<![\w’'-])(?:" + _trie_pattern(heads + capitals) + r")(?![\w’'-])")   # (a guard: slower)


@lru_cache(maxsize=None)
def _longest_head() -> int:
    return max(map(len, _cue_heads()))


def _head_index(text: str) -> tuple[list[int], list[re.Match]]:
    """The words of ``text`` that can open a cue (``_LOWER_WORD`` matches whose key is a cue head), with their starts:
    found once per text, so a window's cues are looked up instead of every word being scanned again."""
    found = _HEAD_INDEX.get(text)
    if found is None:
        words = list(_head_regex().finditer(text))
        found = ([w.start() for w in words], words)
        if len(_HEAD_INDEX) >= _HEAD_INDEX_SIZE:
            del _HEAD_INDEX[next(iter(_HEAD_INDEX))]
        _HEAD_INDEX[text] = found
    return found


def _head_words(text: str, lo: int, hi: int) -> Iterator[re.Match]:
    """The same cue-head words as ``_LOWER_WORD.finditer(text, lo, hi)`` would give (a word that ``hi`` cuts is
    matched as cut, exactly as the window sees it)."""
    starts, words = _head_index(text)
    k = bisect.bisect_left(starts, lo)
    n = len(words)
    cut = hi < len(text) and _WORDISH.match(text, hi) is not None and hi > lo
    while k < n:
        w = words[k]
        if w.end() > hi:
            break
        yield w
        k += 1
    if cut:                   # the last word as the window cuts it ("said" in "saidx", "sa" of "said")
        p = hi
        while p > lo and hi - p <= _longest_head() and _LETTERS_BEFORE.match(text, p - 1, p):
            p -= 1
        if p < hi and hi - p <= _longest_head():
            w = _LOWER_WORD.match(text, p, hi)
            heads = _cue_heads()
            if w is not None and w.end() == hi and (
                    (g := w.group()) in heads or g[:1].isupper() and g.lower() in heads):
                yield w


# A noun phrase right after a quote's closing mark and its comma, and a third-person verb form closing the clause after
# it ('“...,” the newspaper notes.', '“...,” the agency reports, citing ...'): a postposed subject and its verb, not
# the noun 'newspaper notes'.
_POSTPOSED_NP = re.compile(r"[,?!…—–-]\s*[”\"’']\s+(?i:the|a|an|its|this)\s+(?:[\w’'.-]+\s+){0,4}$")
_CUE_CLOSES = re.compile(r"\s*(?:[.;!?]|,\s+(?:adding|citing|saying|noting|according)\b|\s+(?:in|on|at)\s+"
                         r"(?:a|an|the|its|his|her|their)\b|$)")


def iter_cues(text: str, lo: int, hi: int) -> Iterator[Cue]:
    """Reporting cues (verbs and "according to") in ``text[lo:hi]``, skipping noun uses ("the reports")."""
    verbs = reporting_verbs()
    heads = _cue_heads()
    for w in _head_words(text, lo, hi):
        first = w.group()
        if first[:1].isupper() and first != "According" and \
                not _OPENS_SENTENCE.search(text, max(lo, w.start() - 6), w.start()):
            continue              # "Hillary Clinton Speaking ...": a capitalised participle inside the sentence
        tails = heads.get(first.lower() if first[:1].isupper() else first)
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
        info = verbs.get(word) or (verbs.get(word[:1].lower() + word[1:]) if first[:1].isupper() else None)
        if info is None or first[:1].isupper() and (not info.participle or _MEDIUM_NEXT.match(text, end)):
            continue              # ("Writing in an op-ed, X said ...": the medium of the main clause's cue)
        before = text[max(lo, m.start() - 40):m.start()]
        prev = _preceding_word(before)
        prev_word = prev.group(1).lower() if prev else ""
        if prev_word == "first" and word.endswith(("ed", "en")) and _BE_FIRST.search(before):
            pass                  # "was first reported by": a passive verb, not "the first report"
        elif prev_word == "first" and _FIRST_ADVERB.search(before):
            pass                  # "after first alleging that", "he first said": an adverb, not "the first report"
        elif prev_word == "earlier" and word.endswith(("ed", "said", "told", "wrote")):
            pass                  # "The Kremlin earlier said": an adverb before the verb, not "earlier reports"
        elif prev_word in _QUANTIFIER_SUBJECTS and _opens_clause(text, lo, max(lo, m.start() - 40) + prev.start()) and \
                (word == info.lemma and info.lemma not in _NOUN_LEMMAS or _THAT_NEXT.match(text, end)):
            pass                  # "Some argue that", "while many believe": a quantifier as the subject of a verb
        elif prev_word in _NUMBER_PRONOUNS and _THE_BEFORE_NUMBER.search(before) and info.lemma not in _NOUN_LEMMAS \
                and not word.endswith(("s", "ing")):
            pass                  # "The two said they may co-operate": a number standing for people, then its verb
        elif (prev_word in _NOUN_BEFORE or prev_word.endswith(("’s", "'s")) and prev_word not in _CONTRACTIONS) \
                and not before.rstrip().endswith(",") \
                and (info.lemma in _NOUN_LEMMAS and not (prev_word in _PLURAL_NOUNS | _SINGULAR_NOUNS and
                                                         word.endswith("ed")) or
                     prev_word not in _SINGULAR_NOUNS and (word.endswith(("s", "ing")) or prev_word not in _PLURAL_NOUNS)):
            continue              # "some reports allege", "Clinton's remark": the noun, not the verb (but "state
                                  # media reported")
        if prev_word in _PREP_NOT_TO and not word.endswith("ing") \
                and not before.rstrip().endswith((",", ")")):
            continue              # "Of note", "in response", "the aim of countering": a noun or gerund
        head, head_word = info.lemma.split()[0], word.split()[0]
        if head in _NOUN_LEMMAS and head_word in (head, head + "s", head[:-1] + "ies") and prev \
                and not before.rstrip().endswith((",", ".")) \
                and (head_word == head and prev.group(1)[:1].isupper() and _SENTENCE_START.search(before) is None
                     and prev_word not in pronoun_kinds() and head == info.lemma or
                     _DET_ADJ_BEFORE.search(before) and head == info.lemma and not
                     (head_word != head and _ARTICLE_NEXT.match(text, end)) or _ADJECTIVE_BEFORE.search(before)) \
                and not (head_word != head and _POSTPOSED_NP.search(text, max(0, m.start() - 40), m.start())
                         and _CUE_CLOSES.match(text, end)):
            continue              # "the North Korean claim", "a Times report", "an improbable remark": nouns (but
                                  # "The group claims the move is ...": a plural noun takes no article after it)
        if head in _NOUN_LEMMAS and head_word != head and " " not in word and word.endswith("s") and \
                _PREP_DET_NAME_BEFORE.search(text, max(lo, m.start() - 60), m.start()) and _NOUN_CLOSES.match(text, end):
            continue              # "scoffed at the U.S. claims, saying": the noun the preposition governs
        if (head in _NOUN_LEMMAS or head in _MOSTLY_NOUNS) and head_word == head == info.lemma and prev \
                and not before.rstrip().endswith((",", ".")) and _NP_BEFORE_BASE.search(before) \
                and prev_word not in pronoun_kinds() or head in _MOSTLY_NOUNS and _ADJECTIVE_BEFORE.search(before):
            continue              # "the months-long wage dispute between", "the GDL's core demand": a noun
        if head in _MOSTLY_NOUNS and word == info.lemma and _COMPOUND_NEXT.match(text, end):
            continue              # "Four WTO dispute settlement panels ... issued": the modifier of a compound noun
        if word == info.lemma and " " not in word and (adj := _DET_ADVERB_ADJECTIVE.search(before)) and \
                adj.group(1) not in _AUX_WORDS:
            continue              # "The exceptionally warm welcome Putin gave Kim": a determiner, an adverb and an
                                  # adjective make the base form their head noun (no subject takes a base form)
        if " " not in word and word.endswith("ed") and (att := _ATTRIBUTIVE_BEFORE.search(before)) and \
                att.group().split()[0].lower() not in _CONTRACTIONS and (nxt := _LOWER_WORD_NEXT.match(text, end)) and \
                nxt.group(1) not in _NOT_NOUN_NEXT:
            continue              # "The alleged victim said ...", "the ministry's widely reported statement": an
                                  # attributive participle before its noun, no verb
        if head not in _NEVER_NOUNS and _FINITE_REPORT_NEXT.match(text, end) or \
                head in _MOSTLY_NOUNS and word.endswith("s") and _AUX_NEXT.match(text, end):
            continue              # "climate advocates said", "rights advocates have expressed", "advocates are":
                                  # the subject's noun
        if head in _NOUN_LEMMAS and head != "show" and word in (head + "s", head + "es") and \
                (obj := _OBJECT_NP_BEFORE.search(before)) and \
                not any(obj.group(1) in word_classes()[c] for c in ("sub", "conj", "aux")) and obj.group(1) != "that":
            continue              # "did not deny the troop deployment reports, stating": the plural noun ends an object
        if word.endswith("s") and head_word != head and head not in _NEVER_NOUNS and _GERUND_BEFORE.search(before):
            continue              # "charged with settling disputes", ", citing reports": the object of a gerund
        after = text[end:end + 4]
        if after.startswith(" of ") and word.endswith("s") and info.lemma not in _NEVER_NOUNS:
            continue              # "reports of", "claims of" (but "says of Clinton")
        two = _preceding_two(before)
        passive = bool(two and two.group(1).lower() in _BE and not word.endswith(("ing",)) and
                       (word.endswith(("ed", "en", "d", "t")) or word in ("said", "told", "thought", "found",
                                                                           "known", "shown", "written")))
        if word == "think" and _TANK.match(text, end):
            continue              # "a Washington think tank": a noun
        if word == "known" and text.startswith(" as", end):
            continue              # "known as HFCs": a name, not a report
        if word in _NAMING_PARTICIPLES and (
                _INDEFINITE_NP.search(before) and not _TIME_BEFORE_NAMING.search(before) and _CAPITAL_NEXT.match(text, end) or
                before.rstrip().endswith(",") and (_NAME_APPOSITION.match(text, end) or
                                                   _NAME_THEN_RELATIVE.match(text, end)) or
                _COMMON_NOUN_BEFORE.search(before) and _NAME_THEN_END.match(text, end)):
            continue              # "a site called DPRK Today", "His group, called the Legacy Fund,", "the drug called
                                  # Leqembi.": a name (not "the president called Kim a ...")
        if word in _PAST_FORMS and _COMMON_NOUN_BEFORE.search(before) and _FINITE_NEXT.match(text, end):
            continue              # "The debris found included parts of ...": a reduced relative, not the verb
        if before.endswith("<"):
            continue              # "<tweet tweet-id=...>": markup, not prose
        if _DISCOURSE_SAID.search(text, max(lo, m.start() - 8), end + 6):
            continue              # "Having said that," / "That said,"
        if "e" in info.roles and not _CLAUSE_END.match(text, end):
            continue              # "continues to use": only "he continued:" / '"...," she continued.' report
        roles = info.roles
        if "v" in roles:
            if not as_complement(text, end):
                continue          # "saw the game", "views on": no view without "OBJECT as ..."
            roles = roles.replace("v", "") + "n"   # "Critics see the program as a loophole": a stance on the object
        participle = info.participle and not (two and two.group(1).lower() in _BE - {"being"})
        adverb = _ADVERB_OPENER.search(text, max(lo, m.start() - 30), m.start()) \
            if participle and word.endswith("ing") else None
        if adverb:                # "Warmly welcoming the visit, Kim said": the opener, its adverb included
            yield Cue(adverb.start(1), end, text[adverb.start(1):end], info.lemma, roles, participle, passive)
            continue
        yield Cue(m.start(), end, word, info.lemma, roles, participle, passive)   # "are claiming": finite
