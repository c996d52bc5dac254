"""The subject opening a clause (:func:`leading_np`), after introductory phrases: "Of note, Pyongyang has ...",
"Following a meeting, the Council ...", "Following Monday's debate Politifact did ...".

Split from :mod:`analysis.nlp.subjects`, which re-exports it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicons import load_table
from .cues import reporting_verbs
from .subjects import _phrase_tokens, _strip_span
from .tokens import Tok, bare_word, is_capitalised, titles, tokens, word_classes

# Words that open an introductory phrase ended by a comma ("Following a meeting, the Council ...").
_INTRODUCERS = {"despite", "instead", "following", "amid", "amidst", "during", "unlike", "like", "given", "under",
                "among", "amongst", "upon", "without", "within", "throughout", "toward", "towards"}
# One word and a comma before the subject ("Worse, the companies ...", "Thursday, Trump ...").
_LONE_INTRODUCERS = {"worse", "better", "still", "yet", "today", "yesterday", "tonight", "tomorrow", "here",
                     "there", "finally", "lastly", "overall", "again", "first", "second", "third", "next",
                     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# The date of a dateline after its place: " June 2 ", " Jun. 2, 2025 ".
_MONTH_DAY_SOURCE = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?\s*"
# A wire dateline opening a paragraph: the place in capitals, its date and the outlet in brackets, then a dash
# ("SEOUL (Reuters) -", "SEOUL, March 18 (Yonhap) --", "WASHINGTON, June 18 (UPI) --", "June 18 (UPI) --").
# The place alone before a dash is read from the tokens in :func:`leading_np`. Never a speaker.
DATELINE = re.compile(r"\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,?\s*)?"
                      r"(?:" + _MONTH_DAY_SOURCE + r")?"
                      r"\([A-Z][\w .&'’-]{1,40}\)\s*(?:--|—|–|-)\s+")


@lru_cache(maxsize=None)
def dateline_places() -> frozenset[str]:
    """The states, capitals and seats of ``entity_aliases.tsv`` (UN member list, CIA Factbook), case folded: the
    place of a dateline in capitals before a colon ("ANKARA: North Korea on Sunday slammed ...")."""
    return frozenset(row[0].casefold() for row in load_table("entity_aliases.tsv")
                     if len(row) > 3 and row[2] == "state" and row[3] in ("name", "short", "capital", "seat"))


# A dateline's date alone, between its place and a dash ("SEOUL, June 2 - ...").
_MONTH_DAY = re.compile(r"\s*" + _MONTH_DAY_SOURCE)
# ... perhaps with the outlet after it, unbracketed ("BEIJING, July 20 Kyodo - ").
_MONTH_DAY_OUTLET = re.compile(r"\s*" + _MONTH_DAY_SOURCE + r"(?:[A-Z][\w.&'’-]*\s*){0,3}")
# How far into a text a dateline may stand (after a headline, a standfirst and a byline).
DATELINE_REACH = 1000
# A transcript's speaker label opening a paragraph ("WALLACE: Senator?", "ISRAEL: I think ...").
_TRANSCRIPT_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z.'’ -]{1,30}):", re.M)


def _opens_story(text: str, at: int) -> bool:
    """Whether a place label at ``at`` is the story's dateline: a paragraph start near the top of the text, in a
    text whose other paragraphs open on no such label (a transcript's "ISRAEL: I think ..." is a speaker)."""
    if at > DATELINE_REACH or text[:at].rstrip(" \t")[-1:] not in ("", "\n"):
        return False
    return all(m.start(1) == at for m in _TRANSCRIPT_LABEL.finditer(text))


def is_dateline_place(label: str) -> bool:
    """``label`` is a place written in capitals ("ANKARA", "SEOUL", "PANAMA CITY"), as a dateline opens a story:
    never a speaker, unlike a name in capitals before a colon ("WALLACE: ...", "KCNA: ...")."""
    label = label.strip(" :,—–-")
    return len(label) > 2 and label.isupper() and " ".join(label.split()).casefold() in dateline_places()


# A participle opening the sentence ("Chastened by the analyses, Trump ...", "Asked about it, she ...").
_INTRO_PARTICIPLE = re.compile(r"[A-Z][a-z]+ed$")


# An -ing word opening the sentence before its object or a preposition ("Justifying his abstention, X ...",
# "Speaking to reporters, X ..."): an adverbial clause ended by its comma, never the subject.
_INTRO_GERUND = re.compile(r"[A-Z][a-z]{2,}ing$")


def _opening_gerund(toks: Sequence[Tok], i: int, classes) -> bool:
    """``toks[i]`` opens an -ing clause ended by a comma with no finite verb before it (not "Beijing has said,"); in
    lower case after an opening adverb ("However, later speaking to reporters at the Oval Office, Trump ...")."""
    after_adverb = i > 0 and toks[i - 1].is_word and (toks[i - 1].low in classes["lead"] or
                                                      toks[i - 1].low in classes["adv"]) and \
        re.fullmatch(r"[a-z]{3,}ing", toks[i].text) is not None
    if not ((_INTRO_GERUND.match(toks[i].text) or after_adverb) and i + 1 < len(toks)):
        return False
    nxt = toks[i + 1].low
    if not (nxt in classes["det"] or nxt in classes["prep"]):
        return False
    verbs = reporting_verbs()
    for t in toks[i + 1:i + 16]:
        if t.text == ",":
            return True
        if t.low in classes["aux"] or t.low in verbs and not t.low.endswith("ing") or not t.is_word and t.text in ".;:":
            return False
    return False


# A full date in a dateline's bracket, day or month with its year ("(UrduPoint News / Sputnik - 10th February, 2020)"),
# not a bare year ("NATO (founded in 1949) said ...").
_BRACKET_YEAR = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s*[-/.]?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                           r"[a-z]*\.?,?\s*|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
                           r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|\b\d{1,2}[-/.]\d{1,2}[-/.])(?:19|20)\d\d\b")


def _bracketed_dateline(text: str, toks: Sequence[Tok]) -> int:
    """The index of the first token after a dateline whose place in capitals (one to three words: "MOSCOW",
    "UNITED NATIONS") is followed by a bracket holding the outlet (a known place) or a date with its year; 0 when
    the clause opens on no such dateline."""
    paren = next((k for k, t in enumerate(toks[:5]) if t.text == "("), -1)
    if paren < 1 or not _opens_story(text, toks[0].start) or \
            not all(t.is_word and t.text.isupper() and len(t.text) > 1 for t in toks[:paren]):
        return 0
    close = next((k for k, t in enumerate(toks[paren + 1:40], paren + 1) if t.text == ")"), -1)
    if close < 0:
        return 0
    if paren == 1 and is_dateline_place(toks[0].text) or \
            _BRACKET_YEAR.search(text, toks[paren].end, toks[close].start):
        return close + 1
    return 0


# A span of time opening a clause before "after", "later" and the like: an adverbial, never the subject.
_TIME_SPAN_OPENER = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Jj]ust|[Oo]nly)\s+)?(?:(?:mere|full|few|scant|bare|whole)\s+)?"
                               r"(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                               r"[Tt]welve|[Ss]everal|[Ff]ew)\s+(?:hours?|days?|weeks?|months?|years?|decades?)\s+"
                               r"(?:after|before|later|earlier|since|into|on|ago)\b")
# Labels a news page opens a line with, in capitals before a colon: never a speaker (a transcript's "WALLACE:" is).
_NEWS_LABELS = frozenset(("BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "LIVE",
                          "ALERT", "FLASH", "URGENT", "DEVELOPING", "JUST IN", "READ", "READ MORE", "PHOTOS",
                          "ANALYSIS", "OPINION", "EDITORIAL", "FACT CHECK"))


def _comma_soon(toks: Sequence[Tok], i: int, within: int = 30) -> bool:
    """A comma within ``within`` tokens after ``toks[i]``: the end of an introductory clause."""
    return any(t.text == "," for t in toks[i + 1:i + 1 + within])


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
    colon = next((k for k, t in enumerate(toks[:6]) if t.text == ":"), -1)
    if colon > 1 and toks[0].low in ("the", "a", "an") and colon + 1 < len(toks) \
            and all(is_capitalised(t) or not t.is_word for t in toks[:colon]):
        # A label opening the line ("The Big Picture: The Federal Reserve ..."); a name before a colon
        # ("Sanders: Clinton needs to ...", "WALLACE: ...") is the speaker and stays.
        i = colon + 1
    elif colon > 0 and colon + 1 < len(toks) and is_dateline_place(text[toks[0].start:toks[colon].start]) \
            and _opens_story(text, toks[0].start):
        i = colon + 1                  # a dateline before a colon: "ANKARA: North Korea on Sunday slammed ..."
    elif colon > 0 and colon + 1 < len(toks) and " ".join(t.text for t in toks[:colon]) in _NEWS_LABELS:
        i = colon + 1                  # a news label: "BREAKING: Concourt has nullified ...", "JUST IN: ..."
    elif colon > 2 and colon + 1 < len(toks) and (comma := next((k for k, t in enumerate(toks[:colon]) if t.text == ","),
                                                                -1)) > 0 \
            and is_dateline_place(text[toks[0].start:toks[comma].start]) and _opens_story(text, toks[0].start) \
            and _MONTH_DAY_OUTLET.fullmatch(text, toks[comma].end, toks[colon].start):
        i = colon + 1                  # a dateline with its date before a colon: "LONDON, Dec 2: Britain on ..."
    dash = next((k for k, t in enumerate(toks[:8]) if t.text in ("—", "–", "-", "--")), -1)
    comma = next((k for k, t in enumerate(toks[:dash]) if t.text == ","), -1) if dash > 0 else -1
    if i == 0 and comma > 0 and dash + 1 < len(toks) and is_dateline_place(text[toks[0].start:toks[comma].start]) \
            and _opens_story(text, toks[0].start) and _MONTH_DAY_OUTLET.fullmatch(text, toks[comma].end, toks[dash].start):
        # a dateline with its date and no bracket: "SEOUL, June 2 - RIA Novosti. The DPRK Foreign Ministry ..."
        i = dash + 1
    elif i == 0 and dash > 0 and dash + 1 < len(toks) and any(t.is_word for t in toks[:dash]) and \
            all(t.text.isupper() and len(t.text) > 1 or t.text in (",", ".") for t in toks[:dash]):
        i = dash + 1                   # a dateline: "BRUSSELS — The European Commission shocked China by ..."
    elif i == 0 and (opened := _bracketed_dateline(text, toks)) > 0:
        # a dateline whose bracket holds the outlet and the date, with no dash after it:
        # "MOSCOW (UrduPoint News / Sputnik - 27th July, 2023) Russian President Vladimir Putin sent ...",
        # "UNITED NATIONS (Sputnik - 10th February, 2020) The draft ..."
        i = opened
    elif i == 0 and (line := DATELINE.match(text, lo, hi)):
        # a wire dateline with its date or outlet: "SEOUL (Reuters) - North Korea ...", "June 18 (UPI) -- ..."
        i = next((k for k, t in enumerate(toks) if t.start >= line.end()), len(toks))
    for _ in range(3):
        while i < len(toks) and (toks[i].low in classes["lead"] or not toks[i].is_word or
                                 toks[i].low in classes["sub"] and not _comma_soon(toks, i)):
            i += 1
        # Skip an introductory phrase ended by a comma ("Of note, ...", "With leaders worried about X, ...",
        # "After the Cold War, ...", "Following a meeting, ...", "Chastened by the analyses, ...", "Worse, ...",
        # and the year of "On July 6, 2015, ...").
        if i < len(toks) and (toks[i].low in classes["prep"] or toks[i].text.endswith("ly") or
                              toks[i].low in classes["sub"] or toks[i].low in _INTRODUCERS or
                              _INTRO_PARTICIPLE.match(toks[i].text) and i + 1 < len(toks) and
                              toks[i + 1].low in ("by", "with", "about", "in", "for", "from") or
                              _opening_gerund(toks, i, classes) or
                              i + 1 < len(toks) and toks[i + 1].text == "," and
                              (toks[i].low in _LONE_INTRODUCERS or toks[i].low in classes["adv"]) or
                              toks[i].text.isdigit() and i + 1 < len(toks) and toks[i + 1].text == "," or
                              # "A mere 12 months after the pandemic began in China, ...", "Two weeks later, ..."
                              _TIME_SPAN_OPENER.match(text, toks[i].start) is not None or
                              # "Most pertinently, ...", "More importantly, ..."
                              toks[i].low in ("most", "more", "even", "perhaps", "but") and i + 2 < len(toks)
                              and toks[i + 1].low.endswith("ly") and toks[i + 2].text == ","):
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
    i = _after_opening_phrase(toks, i, classes)
    out: list[Tok] = []
    verbs = reporting_verbs()
    for t in _phrase_tokens(toks, i):
        if not t.is_word:              # a mark that joins a name: "Jong-un", "U.S.", "AT&T"
            out.append(t)
            continue
        low = t.low
        if out and t.text[0].islower() and (low in classes["aux"] or low in classes["adv"] or low in verbs
                                             or low in _IRREGULAR_PAST
                                             or low in classes["sub"] or
                                             (low.endswith("ed") and low not in ("united", "armed", "red"))
                                             or (low.endswith("ly") and len(low) > 4)):
            break
        out.append(t)
        if len(out) > 10 and not (len(out) <= 14 and _name_with_affiliation(out)):
            return None
    if not out:
        return None
    span = _strip_span(text, out)
    named = _NAME_APPOSED.match(text, span[1], hi) if span is not None and \
        (out[0].low in ("the", "a", "an", "his", "her", "their", "its") or
         any(t.text.endswith(("’s", "'s")) for t in out[:3])) else None
    if named and out[-1].text.islower():
        return named.span(1)           # "Menendez's attorney, Adam Fee, suggested ...": the name in apposition
    return span


# A subordinate clause ended by a comma right before a participle of saying: "Trump's volte-face came after his
# Russian counterpart, Vladimir Putin, shrugged off his conspiracy charge, saying that ...": the participle's subject
# is the subordinate clause's (the nearest finite clause), when it is a person or a body and its verb follows it.
_SUBORDINATOR = re.compile(r"\b(?:after|when|because|since|while|before|once|as)\s+(?=(?:his|her|their|its|the|a|an)\s|[A-Z])")
_FINITE_AFTER = re.compile(r"(?:,\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)?,?\s+(?:(?:also|then|later|[a-z]+ly)\s+)?"
                          r"([a-z]+ed|[a-z]+s)\b")


def subordinate_subject(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The subject of the last subordinate clause ("after X shrugged off ...,") between ``lo`` and a participle at
    ``hi``, when the clause runs up to the comma before the participle and the main clause's subject is a thing
    ("Trump's volte-face came after ...", not "He resigned after the board criticised him, saying"); else None."""
    if not text[lo:hi].rstrip().endswith(","):
        return None
    main = leading_np(text, lo, hi)
    if main is None or not _a_thing(text[main[0]:main[1]]):
        return None
    last = None
    for last in _SUBORDINATOR.finditer(text, max(lo, hi - 250), hi):
        pass
    if last is None:
        return None
    sp = leading_np(text, last.end(), hi)
    if sp is None or not last.end() <= sp[0] < last.end() + 80:
        return None
    verb = _FINITE_AFTER.match(text, sp[1], hi)
    if verb is None or verb.group(1) not in _IRREGULAR_PAST and not verb.group(1).endswith("ed") and \
            verb.group(1) not in reporting_verbs():
        return None
    from .mentions import is_actor_phrase
    return sp if is_actor_phrase(text[sp[0]:sp[1]]) else None


def _a_thing(phrase: str) -> bool:
    """A subject that names no person or body: not an actor phrase, or an owner's act or thing ("Trump's volte-face",
    "Seoul's decision"; not "Russia's foreign minister")."""
    from .mentions import _person_noun, actor_words, is_actor_phrase
    from .tokens import is_pronoun
    if is_pronoun(phrase):
        return False
    owned = re.fullmatch(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)", phrase)
    if owned:
        # one or two words after the owner, none naming people ("Trump's volte-face"; not "Trump's campaign hit back",
        # where the span runs into the verb, nor "Russia's foreign minister")
        aw = actor_words()
        return not any(_person_noun(w) or w in aw["body"] or w in aw["role"] or w in _IRREGULAR_PAST or
                       w in ("back", "out", "up", "off", "down", "hit") for w in owned.group(1).split())
    if "’s " in phrase or "'s " in phrase:
        return False                           # a longer owner's phrase: which word is its head is unclear
    return not is_actor_phrase(phrase)


# A name in apposition after a role subject, before its verb: "the senator's attorney, Adam Fee, suggested ...".
_NAME_APPOSED = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*),\s+(?:(?:also|[a-z]+ly)\s+)?"
                           r"(?:[a-z]+ed|said|told|wrote|says|tells|writes)\b")


_AFFILIATION = ("of", "in", "at", "for", "and", "the")


def _name_with_affiliation(out: Sequence[Tok]) -> bool:
    """A person's name then the body they belong to, which may run past ten words ('Author Elena Huseynova of
    Hankuk University of Foreign Affairs in Seoul estimates'): capitalised words, marks and of / in / at / for /
    and / the only, two to four words before the first of / in / at, the last a name, no title ('Chief of the General Staff of the
    Russian Armed Forces Valery Gerasimov': the title's body, the name last)."""
    if not all(not t.is_word or is_capitalised(t) or t.low in _AFFILIATION for t in out):
        return False
    first = next((k for k, t in enumerate(out) if t.low in ("of", "in", "at")), 0)
    return 2 <= first <= 4 and bare_word(out[first - 1].text) not in titles() \
        and not any(t.text.isupper() and len(t.text) > 1 for t in out[:first])


# Irregular past forms that end a subject ("The UN Security Council met on Monday"); none is a noun in a name.
_IRREGULAR_PAST = frozenset("met held took gave sent went came won began saw found kept brought spent paid sought "
                            "fought threw drew chose spoke grew knew thought led ran fell struck broke became bought "
                            "built caught dealt drove fled flew forgot froze got hid lost made meant sold shook stood "
                            "stole stuck swore swept taught tore told understood wore wrote withdrew withheld upheld "
                            "oversaw underwent undertook overtook forbade".split())
_OPENING_PREPOSITIONS = _INTRODUCERS | {"after", "before", "since", "in", "at", "on", "with", "by", "from"}


def _after_opening_phrase(toks: Sequence[Tok], i: int, classes) -> int:
    """Where the subject starts after an opening phrase with no comma ("Following Monday's presidential debate
    Politifact did ...", "After last week's hearing Moody's issued ..."): at the first name right after a
    lower-case word of the phrase; ``i`` when the clause does not open with such a phrase."""
    first = next((k for k, t in enumerate(toks) if t.is_word), -1)
    if first < 0 or first > i or toks[first].low not in _OPENING_PREPOSITIONS or _comma_soon(toks, first, 12):
        return i
    for k in range(max(i, first + 2), min(len(toks), first + 12)):
        prev = toks[k - 1]
        if prev.is_word and (prev.low in classes["aux"] or prev.low in reporting_verbs()):
            return i
        if is_capitalised(toks[k]) and prev.is_word and prev.text[0].islower() and len(prev.text) > 3:
            end = k
            while end < len(toks) and (is_capitalised(toks[end]) or toks[end].low == "and" or not toks[end].is_word
                                       and toks[end].text in ("’", "'", "-", "&", ".")):
                end += 1
            nxt = toks[end] if end < len(toks) else None
            # the name must be followed by its verb ("Politifact did", "Moody's issued"), not a noun ("GOP office")
            verb = nxt is not None and nxt.is_word and nxt.text[0].islower() and (
                nxt.low in classes["aux"] or nxt.low in reporting_verbs() or nxt.low.endswith(("ed", "s")))
            return k if verb else i
    return i


# A connective opening a sentence before a definite subject: "But the PM is ...", "And the minister said ...".
_DESCRIBED_CONNECTIVE = re.compile(r"\s*(?:But|And|Yet|Still|However|Meanwhile|Now|Then)\s*,?\s+(?=[Tt]he\s)")
_DESCRIBED_PM = re.compile(r"(?<=^[Tt]he )P\.?M\.?$")


def _finite_next(text: str, at: int) -> bool:
    """Whether a finite verb follows ``at`` (after at most one adverb): an auxiliary of the word classes, negated ones
    included ("isn’t"), a reporting verb or a past form ("said", "insisted", "arrived"): the words before are the
    sentence's subject, not a fronted phrase."""
    toks = [t for t in tokens(text, at, min(len(text), at + 40)) if t.is_word][:2]
    classes = word_classes()
    if len(toks) == 2 and toks[0].low in classes["adv"]:
        toks = toks[1:]
    return bool(toks) and (toks[0].low in classes["aux"] or toks[0].low in reporting_verbs()
                           or len(toks[0].low) > 4 and toks[0].low.endswith("ed"))


def described_opening(text: str, lo: int, hi: int) -> Optional[tuple[int, str]]:
    """(position, description) of an unnamed person opening the sentence ``text[lo:hi]`` after a connective, as
    the subject of a finite verb ("But the PM is still insisting ...", "Yet the Prime Minister isn’t in retreating
    mode"): who a "he" or "she" in the next sentence most likely is, before a person named further back; else None.
    "the PM" reads as the office ("the prime minister")."""
    from .mentions import clean_mention, is_description
    m = _DESCRIBED_CONNECTIVE.match(text, lo, hi)
    if m is None:
        return None
    sp = leading_np(text, m.end(), hi)
    if sp is None or sp[0] != m.end() or not _finite_next(text, sp[1]):
        return None
    name = _DESCRIBED_PM.sub("prime minister", clean_mention(text[sp[0]:sp[1]].strip().rstrip(",")))
    return (sp[0], name) if name and is_description(name) else None
