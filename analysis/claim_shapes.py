"""Extra cue shapes of claims that are not verbs of the lexicon at their place: a finding ("In the latest X
poll, CONTENT"), speech nouns with a holder ("Pyongyang's claim that", "his comments on"), light verbs with a
speech noun ("made a strong condemnation of"), mental states and stances after "be" ("are afraid that", "has
been a critic of") and the verbs of a title-case headline ("Obama Says ..."). Each returns :class:`Cue` objects;
:mod:`analysis.claims` reads their claims. Also the patterns of shapes around a cue that it reads: a relay
(", Tass quoted X as saying"), an appositive name after a role subject, a that-clause opening on its subject,
and where a content clause or a cue's clause ends.
"""
from __future__ import annotations

import re

from .claim_scan import finditer_at, spellings, word_regex
from .nlp import Cue, reporting_verbs, word_classes
from .nlp.cues import NOUN_LEMMAS
from .nlp.guard import guarded
from .nlp.tokens import MONTH_ABBR, MONTH_NAME

_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")


def _scan(rx: re.Pattern, key: re.Pattern, text: str):
    """``rx.finditer(text)``, or nothing when ``text`` lacks ``key``, a part that every match of ``rx`` holds and
    that ``re`` finds faster than ``rx`` fails (speed only)."""
    return rx.finditer(text) if key.search(text) else iter(())


FINDING_ROLE = "F"
# "In the latest Reuters/Ipsos poll, CONTENT": a finding opens the sentence like "according to".
FINDING_OPENER = guarded(re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(In\s+((?:the|a|an|this|that|its|their|his|her)\s+"
                             r"(?:[\w/’'.-]+\s+){0,6}?(?:poll|survey|study|report|analysis|census|audit|review)))"
                             r"(?:,[^,.;:]{0,80})?,\s+(?=[A-Za-z0-9“\"])"))

_FINDING_KEY = re.compile(r"In\s")


def finding_cues(text: str) -> list[Cue]:
    return [Cue(m.start(2), m.end(2), m.group(1), "in", FINDING_ROLE, False, False)
            for m in _scan(FINDING_OPENER, _FINDING_KEY, text)]


NOUN_ROLE = "N"       # the roles of a speech noun with a that-clause (not a verb of the lexicon)
# A time or place between the noun and its clause: "Putin's suggestion during his visit to Pyongyang that ...".
NOUN_PP = r"(?:\s+(?:during|at|in|on|after|before)\s+[^,.;:“”\"]{3,60}?)?"
NOUN_THAT = re.compile(NOUN_PP + r"\s+that\b")
# Speech and stance nouns whose that-clause is what someone holds: "Pyongyang's claim that ...".
# FrameNet Statement (pronouncement, proclamation, declaration, assurance, explanation, emphasis), Opinion (view,
# opinion, conviction, beliefs) and Expectation/Emotion nouns (hope, fear, worry, concern, expectation): "Stumpf’s repeated
# emphasis that ...", "Clinton's view that ...", "his hope that ..." (the holder rule below still applies).
_SPEECH_NOUNS = (r"claims?|assertions?|allegations?|arguments?|contention|insistence|reports?|warnings?|"
                 r"statement|beliefs?|promise|pledge|announcement|suggestion|prediction|conclusion|"
                 r"accusations?|admission|denial|assessment|vow|threat|confirmation|acknowledge?ment|"
                 r"demand|pronouncements?|proclamations?|declarations?|assurances?|explanation|emphasis|"
                 r"views?|opinion|conviction|hopes?|fears?|worry|worries|concerns?|expectations?")
_SPEECH_NOUN = guarded(re.compile(r"\b(" + _SPEECH_NOUNS + ")" + NOUN_PP + r"\s+that\s+(?=[“\"‘']?[A-Za-z0-9])"))
# Who holds it, just before the noun (one modifier between): "Pyongyang's (repeated) claim", "his claim",
# "a New York Times report", "the U.S. government’s announcement".
NOUN_HOLDER = re.compile(r"(?:(?<![\w’'-])((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:\s+[a-z]{4,})?)[’']s|"
                          r"\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|"
                          r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*))"
                          r"\s+(?:[a-z]+(?:-[a-z]+)?\s+)?$")
# Verbs right after "that" that make it a relative pronoun ("the report that says ...").
_RELATIVE_VERBS = {"says", "shows", "suggests", "found", "made", "claims", "appears", "seems", "came", "went",
                   "led", "left", "got", "put", "set", "took", "gave", "brought", "began", "became", "ran", "won"}
# Where the clause after a speech noun in subject position gives way to the main verb: "Pyongyang's claim that
# X was rejected by Seoul".
MAIN_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+by\b")


# A light verb with a speech noun: "made a strong condemnation of", "voiced opposition to", "sounded a call for",
# "raised concerns about", "issued a warning that" -- the cue runs to the preposition, the content follows.
_LIGHT_VERBS = (r"made|makes|making|issued|issues|issuing|voiced|voices|voicing|sounded|sounds|sounding|raised|raises|"
                r"raising|lodged|lodges|filed|files|delivered|renewed|renews|repeated|repeats|holds?|held|holding")
_LIGHT_VERB_CUE = guarded(re.compile(
    r"(?<![\w’'-])(?:" + _LIGHT_VERBS + r")\s+"
    r"(?:(?:a|an|the|his|her|their|its|new|fresh|strong|stern|sharp|formal|public|repeated|serious|similar|"
    r"[a-z]+ly)\s+){0,3}"
    r"(condemnations?|calls?|warnings?|pleas?|appeals?|criticism|concerns?|doubts?|objections?|opposition|"
    r"allegations?|accusations?|denials?|complaints?|protests?|demands?|questions?|case|belief|view|conviction|"
    r"alarms?)\s+"
    r"(?:of|for|about|over|to|against|that|on)\b"))


# A mental state with a that-clause: "Many Democrats are afraid that ...", "Seoul is convinced that ...". The copula may
# be a contraction ("she’s so frustrated that") or negated ("weren't sure if"); the adjectives of certainty (FrameNet
# Certainty: sure, convinced, certain, confident) also take a bare clause ("we are convinced this is the only country",
# "she was sure Trump would triumph") and, for sure/certain, "whether"/"if" ("weren't sure if they would help").
_COPULA = (r"(?:(?<![\w’'-])(?:am|is|are|was|were|remains?|remained|seems?|seemed|feels?|felt|became|came\s+away)"
           r"(?:\s+not|n[’']t)?|(?<=\w)(?:’s|'s|’re|'re|’m|'m))")
# The adjectives of a state of mind, of certainty, the nouns and adjectives of a stance, and the nouns of a view: each
# list is written once, for its cue and for the key that gates it.
_STATES = (r"afraid|worried|concerned|convinced|confident|certain|sure|aware|optimistic|skeptical|sceptical|"
           r"hopeful|adamant|insistent|frustrated|angry|upset|disappointed|pleased|surprised|alarmed|"
           r"outraged|furious|unhappy|proud|glad")
_CERTAINS = r"convinced|confident|certain|sure"
_STANCE_NOUNS = r"supporter|opponent|critic|proponent|advocate|champion|defender"
_STANCE_ADJECTIVES = r"critical|supportive|dismissive|skeptical|sceptical"
_VIEW_NOUNS = r"admission|account|view|estimation|words|opinion|reckoning|eyes|mind"
_STATE_CUE = guarded(re.compile(_COPULA + r"\s+(?:(?:also|still|increasingly|now|so|too|very|deeply|[a-z]+ly)\s+){0,2}"
                        r"(" + _STATES + r")\s+that\b"))
_EXPLETIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Ii]t|[Tt]here|[Tt]his|[Tt]hat|[Ww]hat)\s*\S?$")
_CERTAIN_CUE = guarded(re.compile(_COPULA + r"\s+(?:(?:also|still|increasingly|now|so|very|quite|absolutely|fully|[a-z]+ly)\s+){0,2}"
                          r"(?:(" + _CERTAINS + r")(?=\s+(?:[A-Z][\w’'.-]*|he|she|they|we|I|it|you|this|"
                          r"there|the|his|her|their|its|our|most|many|some|no|nothing|none)\s+(?:[\w’'.-]+\s+){0,4}?"
                          r"(?:is|are|was|were|will|would|could|can|may|might|should|must|had|has|have|did|does)\b)|"
                          r"(certain|sure)\s+(?=(?:if|whether)\s))"))
_CERTAIN_KEY = re.compile(r"(?:" + _CERTAINS + r")\s")
_STATE_KEY = re.compile(r"(?:" + _STATES + r")\s+that\b")


# A stance noun or adjective after "be": "has been a consistent and outspoken supporter of", "is critical of".
_STANCE_CUE = guarded(re.compile(r"(?<![\w’'-])(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|long|still|"
                         r"[a-z]+ly)\s+)?(?:(?:a|an)\s+(?:[a-z]+,?\s+(?:and\s+)?){0,3}(?:" + _STANCE_NOUNS + r")|"
                         r"(?:highly\s+|deeply\s+)?(?:" + _STANCE_ADJECTIVES + r")) of\b"))
_STANCE_KEY = re.compile(r"(?:" + _STANCE_NOUNS + "|" + _STANCE_ADJECTIVES + r") of\b")


def state_cues(text: str) -> list[Cue]:
    """ "X are afraid that CONTENT": the adjective is the cue, the subject before "are" the source; "X has been
    a supporter of CONTENT": a stance (a person or body only)."""
    out = [Cue(m.start(1), m.end(1), m.group(1), m.group(1), "wa", False, False)
           for m in _keyed(_STATE_CUE, _STATE_KEY, text)]
    for m in _keyed(_CERTAIN_CUE, _CERTAIN_KEY, text):
        if _EXPLETIVE_BEFORE.search(text, max(0, m.start() - 8), m.start() + 1):
            continue              # "It is certain the vote will pass": nobody holds it
        g = 1 if m.group(1) else 2
        out.append(Cue(m.start(g), m.end(g), m.group(g), m.group(g) if g == 1 else "unsure", "ca", False, False))
    out += [Cue(m.start(), m.end(), m.group(), "stance", "na", False, False)
            for m in _keyed(_STANCE_CUE, _STANCE_KEY, text)]
    return out


# A verb of giving with a noun of assurance, proof or counsel (FrameNet Giving + Statement / Evidence / Advice:
# "have offered assurances that", "offered no proof that", "offered insights into"): the noun must take its
# complement (that / on / into ...; not "advice to X": the addressee), so "provide security guarantees" (material help,
# no determiner or manner word before the noun) and "offered no proof." (no content) stay out.
_GIVING_VERBS = r"offer|offers|offered|offering|gave|give|gives|giving|provided|provides|providing"
_GIVING_CUE = guarded(re.compile(
    r"(?<![\w’'-])(?:" + _GIVING_VERBS + r")\s+"
    r"(?:(?:a|an|the|his|her|their|its|no|some|new|fresh|firm|strong|public|written|explicit|pointed|repeated|"
    r"[a-z]+ly)\s+){0,3}"
    r"(?:(assurances?|guarantees?|reassurances?|proof)\s+that|(advice|insights?|explanations?)\s+"
    r"(?:on|about|into|for|that))\b"))


# Coming to believe with a noun (FrameNet Coming_to_believe): "U.S. intelligence came to the conclusion in 2018 that
# ...", "reached the determination that": the subject concludes, the that-clause is the content.
_CONCLUSION_CUE = guarded(re.compile(
    r"(?<![\w’'-])(?:came|come|comes|coming|reached|reach|reaches|reaching|arrived\s+at|arrives?\s+at|arriving\s+at)\s+"
    r"(?:to\s+)?(?:the|a|an|this|that|their|its|his|her)\s+(?:[a-z]+\s+)?(conclusion|determination)"
    r"(?=\s+(?:(?:in|on|at|by|after|during|last|this|earlier|later)\b[^,.;:“”\"]{0,30}?\s+)?that\b)"))
_CONCLUSION_KEY = re.compile(r"(?:conclusion|determination)\s")


def light_verb_cues(text: str) -> list[Cue]:
    """ "The Council made a strong condemnation of X": the whole phrase is the cue, X the content; "offered
    assurances that X" too."""
    out = [Cue(m.start(), m.end(), text[m.start():m.end()], m.group(1).rstrip("s"), "na", False, False)
           for m in _lexicon_scan(_LIGHT_VERB_CUE, text)]
    for m in _lexicon_scan(_GIVING_CUE, text):
        noun = m.group(1) or m.group(2)
        out.append(Cue(m.start(), m.end(), text[m.start():m.end()], noun.rstrip("s"), "na", False, False))
    out += [Cue(m.start(), m.end(), text[m.start():m.end()], "conclude", "ca", False, False)
            for m in _scan(_CONCLUSION_CUE, _CONCLUSION_KEY, text)]
    return out


# Speech nouns with a topic and a holder: "North Korea's claims about the test", "his comments on the shooting".
_TOPIC_NOUNS = (r"claims?|comments?|remarks?|statements?|warnings?|complaints?|criticism|questions|"
                r"views|rhetoric|attacks|jokes|tweets|testimony")
NOUN_TOPIC = guarded(re.compile(r"\b((?:" + _TOPIC_NOUNS + r")\s+(?:[A-Z][a-z]+day\s+)?(?:about|on|over))\s+"
                         r"(?![A-Z][a-z]+day\b|(?:the\s+)?(?:morning|evening|night|weekend|[A-Z][a-z]+\s+\d))(?=[\w“\"‘'])"))
# A stance noun with a possessive holder and its object (FrameNet Opinion, Emotion_directed, Purpose,
# Commitment, Statement): "Trump's adulation of Putin", "editorial boards' disdain for the nominee", "his theory of
# the United States' role", "the president's eagerness to use ...", "Trump's latest effort to bounce back",
# "His promises to stick it to the rich". Only a possessive holds it (not "the determination to ..." nor "a plan for").
# Left out: decision, refusal (an act: "Japan's decision to discharge the water", the development set's annotators
# never count it), idea, admiration, support, opposition (also material: "Russia's support for North Korea"), bid (an
# attempt: "Frontier dropped its bid to merge with", "its bid to put a satellite into orbit"; 2 false positives, no
# right row in any opened folder or PolNeAR dev). "contempt of court" (of parliament, of Congress) is the name of an
# offence, no one's disdain: "Jacob Zuma's contempt of court case" (other_topics_v55).
_STANCE_OF_NOUNS = (r"adulation|disdain|contempt|obsession|hostility|affection|enthusiasm|theory|"
                    r"ideas|criticism|rhetoric|endorsement|rejection|praise|estimate|assessment")
_STANCE_TO_NOUNS = (r"determination|eagerness|willingness|reluctance|intention|pledge|promises?|"
                    r"vow|commitment|effort|plan")
_STANCE_HELD = (r"(?:" + _STANCE_OF_NOUNS + r")\s+(?!(?<=contempt\s)of\s+(?:[Cc]ourt|[Pp]arliament|[Cc]ongress)\b)(?:of|for|with|about|to|toward|towards)"
                r"|(?:" + _STANCE_TO_NOUNS + r")(?=\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\b)[a-z])")
STANCE_NOUN = guarded(re.compile(r"(?:(?<![\w’'-])(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:[’']s|s[’'])|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))"
                         r"\s+(?:(?:own|latest|new|repeated|long-standing|longstanding|continued|open|public|stated|"
                         r"apparent|clear|firm|strong|deep|growing|[a-z]+ly)\s+){0,2}"
                         r"(" + _STANCE_HELD + r")\s+(?=[\w“\"‘'])"))
# What every match of STANCE_NOUN holds from its noun on (speed only: see _keyed).
_STANCE_NOUN_KEY = re.compile(r"(?:" + _STANCE_HELD + r")\s+(?=[\w“\"‘'])")
FINITE_AFTER_TOPIC = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|"
                                 r"does|do)\b")


NOUN_BY_ROLE = "B"    # a speech noun whose holder follows with "by": "comments by U.S. officials that ..."
_TITLE_DOT = "|".join(rf"(?<=\b{t})\." for t in ("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Col", "Lt"))
_BY_NOUNS = (r"comments?|remarks?|statements?|claims?|assertions?|allegations?|warnings?|assessments?|"
             r"accusations?|suggestions?|predictions?|pledges?|promises?")
NOUN_BY = guarded(re.compile(r"\b(" + _BY_NOUNS + r")\s+by\s+"
                     rf"((?:(?:the|a|an|its|his|her|their)\s+)?[A-Z](?:[^,.;:“”\"]|(?<=[A-Z])\.|{_TITLE_DOT}){{0,60}}?|"
                     r"(?:the|its|his|her|their)\s+[a-z][^,.;:“”\"]{0,50}?)\s+that\s+(?=[“\"‘']?[A-Za-z0-9])"))


def noun_cues(text: str) -> list[Cue]:
    """Speech nouns with a that-clause and a holder before them ("Pyongyang's claim that ...")."""
    out = [Cue(m.start(1), m.end(1), m.group(1), m.group(1).split()[0].rstrip("s"), NOUN_ROLE, False, False)
           for m in _lexicon_scan(NOUN_TOPIC, text)
           if NOUN_HOLDER.search(text, max(0, m.start() - 60), m.start()) is not None]
    for m in _lexicon_scan(_SPEECH_NOUN, text):
        nxt = _WORD.match(text, m.end()) or _WORD.match(text, m.end() + 1)
        low = nxt.group().lower() if nxt else ""
        if not low or low in word_classes()["aux"] or low.endswith("ed") or low in _RELATIVE_VERBS:
            continue              # "the report that was released": a relative clause, not the content
        if NOUN_HOLDER.search(text, max(0, m.start() - 60), m.start()) is None:
            continue              # "the claim that ...": nobody holds it
        out.append(Cue(m.start(1), m.end(1), m.group(1), m.group(1).rstrip("s"), NOUN_ROLE, False, False))
    for m in _keyed(STANCE_NOUN, _STANCE_NOUN_KEY, text):
        word = m.group(1)
        out.append(Cue(m.start(1), m.end(1), word, word.split()[0].rstrip("s"), NOUN_ROLE, False, False))
    for m in _lexicon_scan(NOUN_BY, text):
        nxt = _WORD.match(text, m.end())
        low = nxt.group().lower() if nxt else ""
        if low and low not in word_classes()["aux"] and not low.endswith("ed") and low not in _RELATIVE_VERBS:
            out.append(Cue(m.start(1), m.end(1), m.group(1), m.group(1).rstrip("s"), NOUN_BY_ROLE, False, False))
    return out


_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_TITLE_CUE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+s)(?![\w’'-])")
# Short words a title-case headline leaves in lower case.
_TITLE_SMALL = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "as",
                "from", "over", "into", "vs", "via", "is", "are", "be", "after", "amid"}
HEADLINE_CHARS = 200
_TITLE_GERUND = re.compile(r"\s+[A-Z][a-z]+ing\b")


def headline_cues(text: str) -> list[Cue]:
    """Cues of a title-case headline on the first line: "Obama Says Museum Will Tell ...", "X, Doctor Says".

    Only present-tense forms of verbs of speech (Says, Warns, Vows, Calls ...):
    in body text a capitalised "Says" is a name, and :func:`iter_cues` reads lower-case words only.
    """
    nl = text.find("\n", 0, HEADLINE_CHARS)
    line = text[:nl] if nl >= 0 else text[:HEADLINE_CHARS] if len(text) <= HEADLINE_CHARS else ""
    words = _TITLE_WORD.findall(line)
    if len(words) < 3:
        return []
    lower = [w for w in words if w[0].islower() and w.lower() not in _TITLE_SMALL]
    if lower or sum(1 for w in words if w[0].isupper()) < 3:
        return []                 # a sentence, not a title-case headline
    verbs, out = reporting_verbs(), []
    for m in _TITLE_CUE.finditer(line, 1):
        info = verbs.get(m.group(1).lower())
        if info is None or not set(info.roles) & set("scw") and info.lemma != "call" or \
                "s" not in info.roles and _TITLE_GERUND.match(line, m.end()):
            continue              # verbs of speech ("Says", "Warns", "Calls") and of a view or finding ("US Believes
                                  # Some Soldiers Are in Kursk", "New Poll Shows Minor Bump"), not "Denies Withdrawing
                                  # ..." nor "Discuss Bilateral Issues"
        out.append(Cue(m.start(1), m.end(1), m.group(1), info.lemma, info.roles, False, False))
    return out


# "as per news agency Reuters", "As per the report, ...": "according to" (common in South Asian English news);
# not "as per the agreement / schedule / tradition": a source must follow (a name, or a source noun).
_AS_PER = guarded(re.compile(r"(?<![\w’'-])([Aa]s\s+per)\s+(?=(?:the\s+|a\s+|an\s+)?(?:[A-Z]|(?:[\w-]+\s+){0,3}"
                     r"(?:reports?|sources?|officials?|media|agency|agencies|data|study|survey|statement|estimates?|"
                     r"analysts?|experts?|observers|police|authorities)\b))"))
_AS_PER_KEY = re.compile(r"[Aa]s\s+per\s")


# A bare "per" closing its sentence after a comma: "..., per the company.", "..., per Telemundo's Marina E. Franco,
# writing for Axios." (Merriam-Webster per, 3: "according to"; common in US wire and Axios style); the phrase must
# end the sentence, so "A quarter of that, per the McKinley plan, is ..." and "per capita", "per share" are no cue.
_PER_CLOSING = guarded(re.compile(r",\s+(per)\s+(?=(?:the\s+)?[A-Za-z][\w’'.&-]*(?:\s+[\w’'.&-]+){0,5}?"
                          r"(?:\.(?:\s|$)|,\s+(?:writing|reporting)\s))"))
_PER_NOT_SOURCE = re.compile(r"(?:the\s+)?(?:capita|cent|annum|share|person|day|week|month|year|hour|head|unit|"
                             r"agreement|deal|rules?|law|terms|contract|plan|schedule|custom|tradition|usual)\b", re.I)


def as_per_cues(text: str) -> list[Cue]:
    out = [Cue(m.start(1), m.end(1), m.group(1), "according to", "qcs", False, False)
           for m in _scan(_AS_PER, _AS_PER_KEY, text)]
    return out + [Cue(m.start(1), m.end(1), m.group(1), "according to", "qcs", False, False)
                  for m in _PER_CLOSING.finditer(text) if not _PER_NOT_SOURCE.match(text, m.end())]


VIEW_ROLE = "V"       # "By Trump's own admission, CONTENT", "CONTENT, in his eyes.": the possessor holds it
# A possessor's view or account framing a clause (FrameNet Opinion, Statement): "By Trump's own admission, ...",
# "In its view, ...", "To her account, ...", "..., in his eyes.". Cue: the whole phrase; source: the possessor.
_VIEW_FRAME = guarded(re.compile(r"(?<![\w’'-])(?:[Bb]y|[Ii]n|[Tt]o)\s+((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s|[Hh]is|[Hh]er|"
                         r"[Tt]heir|[Ii]ts)\s+(?:own\s+)?(?:" + _VIEW_NOUNS + r")(?=\s*[,.])"))
_VIEW_KEY = re.compile(r"(?:" + _VIEW_NOUNS + r")(?=\s*[,.])")


def view_frame_cues(text: str) -> list[Cue]:
    return [Cue(m.start(), m.end(), m.group(), "in view", VIEW_ROLE, False, False)
            for m in _keyed(_VIEW_FRAME, _VIEW_KEY, text)]


# The words the lexicon scans start with (:mod:`analysis.claim_scan`), and those at which the keys of the keyed scans
# start: one pass over a text finds them all.
_FIRSTS = {rx: spellings(words) for rx, words in (
    (_SPEECH_NOUN, _SPEECH_NOUNS), (_LIGHT_VERB_CUE, _LIGHT_VERBS), (_GIVING_CUE, _GIVING_VERBS),
    (NOUN_TOPIC, _TOPIC_NOUNS), (NOUN_BY, _BY_NOUNS), (_STANCE_NOUN_KEY, _STANCE_OF_NOUNS + "|" + _STANCE_TO_NOUNS),
    (_STATE_KEY, _STATES), (_CERTAIN_KEY, _CERTAINS), (_STANCE_KEY, _STANCE_NOUNS + "|" + _STANCE_ADJECTIVES),
    (_VIEW_KEY, _VIEW_NOUNS))}
_FIRST_WORD = word_regex(w for words in _FIRSTS.values() for w in words)
_FIRST_WORDS: list = [None, []]      # the last text and its words


def _lexicon_words(text: str) -> list[re.Match]:
    if _FIRST_WORDS[0] is not text:
        _FIRST_WORDS[:] = [text, list(_FIRST_WORD.finditer(text))]
    return _FIRST_WORDS[1]


def _lexicon_scan(rx: re.Pattern, text: str):
    """``rx.finditer(text)``, matched at the words of its lexicon only (speed only)."""
    return finditer_at(rx, _FIRSTS[rx], _lexicon_words(text), text)


def _keyed(rx: re.Pattern, key: re.Pattern, text: str):
    """``rx.finditer(text)``, or nothing when ``key`` matches at none of the words of its lexicon: every match of
    ``rx`` holds one of them as a whole word, with ``key`` matching there (speed only)."""
    firsts = _FIRSTS[key]
    return rx.finditer(text) if any(w.group() in firsts and key.match(text, w.start())
                                    for w in _lexicon_words(text)) else iter(())


def extra_cues(text: str) -> list[Cue]:
    """All the extra shapes of ``text``, in a fixed order (headline, noun, light verb, state, finding, as per)."""
    return headline_cues(text) + noun_cues(text) + light_verb_cues(text) + state_cues(text) + finding_cues(text) + \
        as_per_cues(text) + view_frame_cues(text)


# "CONTENT, Interfax news agency quoted the FSB as saying.": the one quoted holds the content and the outlet
# relays it (a second attribution: a row per source, as for "was quoted as saying by the embassy").
# "X said that according to Y, CONTENT": the "according to" phrase opens the reported clause, as at a sentence start.
THAT_HEAD = re.compile(r"\bthat\s*,?$")
CITES_AS = re.compile(r",\s+((?:[\w’'().-]+\s+){0,6}?[\w’'().-]+)\s+(quoted|quotes|cited|cites)\s+"
                      r"((?:[\w’'().-]+\s+){0,8}?[\w’'().-]+)\s+as\s+$")
# The same relay after another cue's content: "will discuss X, Tass quoted Y as saying" (X ends at the comma).
RELAYED_AHEAD = re.compile(r",\s+(?:[\w’'().-]+\s+){1,7}?(?:quoted|quotes|cited|cites)\s+(?:[\w’'().-]+\s+){1,9}?"
                           r"as\s+saying\b")
# A clause that opens on its subject: a determiner, a pronoun, a name or a number ("that Moscow could hire").
SUBJECT_OPEN = re.compile(r"\s*(?:(?:the|a|an|his|her|its|their|this|these|those|it|he|she|they|we|there|some|many|"
                          r"no|all|both)\b|I\b|[A-Z][\w’'.-]*\s+(?!that\b)[a-z]|\d)")
# A name in apposition between a role subject and its verb: "the leader of France's ... party, Francois Asselineau,
# told": the subject runs on to the name (as "the Kremlin spokesman, Dmitry Peskov, said" does).
APPOSITIVE_NAME = re.compile(r",\s+(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*(?=,\s*(?:(?:also|[a-z]+ly)\s+)?$)")


# Where a content clause ends inside its sentence (the clause ends below are read by analysis.claims).
CONTENT_END = re.compile(r";|\s[—–―]\s|\s--\s|,[”\"’']?\s+(?:but|while|whereas|although|though|according\s+to|"
                         r"per(?=\s+(?:the\s+)?[A-Z]))\b|"
                         r",\s+(?!(?:including|according|following|excluding|regarding|concerning|considering|"
                         r"involving|featuring|amounting|totaling|totalling|ranging|starting|beginning|during|"
                         r"pending|nothing|something|anything|everything)\b)[a-z]{3,}ing\s+(?:his|her|their|its|the|a|an)\b")
# A second clause with a cue of its own: "... and Democrats accused", ", and he urged" (a pronoun subject too),
# "and North Korea has warned that";
# a second verb of the same subject: "... and called for", ", but pledged", "and also said"; the verb
# may stand under a verb of seeming or trying ("agreed with McLenny and seemed to think the outreach was phony",
# "promised a veto and attempted to make the case that": Levin 1993, 55.2 and the raising verbs seem, appear). Not after
# "yet": the subject search then takes the object before the comma ("demands transparency from our president, yet refuses").
# (a share of those polled too: "5 percent prefer Johnson and 1 percent support Stein")
COORDINATED_CLAUSE = re.compile(r",?\s+(?:and|but)\s+(?:(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}|(?:he|she|they|we)\s+|"
                                r"(?:another\s+|only\s+|just\s+)?\d[\d.,]*\s*(?:percent|per\s+cent|%)\s+)"
                                r"(?:also\s+|[a-z]+ly\s+|(?:has|have|had)\s+(?:also\s+|[a-z]+ly\s+)?)?([a-z]+)\b")
COORDINATED_CUE = re.compile(r",?\s+(?:and|but)\s+(?:(?:also|then|later|has|have|had|[a-z]+ly)\s+){0,2}"
                             r"(?:(?:seems?|seemed|appears?|appeared|tr(?:y|ies|ied)|attempt(?:s|ed)?|went\s+on|goes\s+on)\s+"
                             r"to\s+(?:[a-z]+ly\s+)?)?([a-z]+)\b")
# A cue that closes its clause, perhaps with a time or place: "said Friday afternoon, as ...".
ENDS_CLAUSE = re.compile(r"(?:\s+(?:me|us|him|her|them|reporters|journalists)\b)?"
                         r"\s*(?:(?!on\s+the\s+other\s+hand|in\s+(?:turn|fact|contrast|response)\b)"   # (connectives: claim_content)
                         r"(?:on|in|at|during|(?:last|this|next)(?=\s+(?:week|month|year|weekend|morning|afternoon|"
                         r"evening|night|time|spring|summer|fall|autumn|winter|[a-z]+day)\b)|then|earlier|later|recently|"
                         r"yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![’']s)|"
                         r"(?:" + MONTH_ABBR + r"\.?|" + MONTH_NAME + r")"   # "said Oct. 6." (a whole
                         r"(?=\s+\d{1,2}(?:,?\s+\d{4})?\s*(?:[.;]|$)))"                   # date, then the sentence's end)
                         r"(?:\b|(?<=\.))"
                         r"(?:(?!\bthat\b)(?:" + MONTH_ABBR + r"\.|[^,.;:“”\"])){0,60})?"  # ("on Oct. 6")
                         r"\s*(?:[,.;]|$)", re.I)
# ("praised Thursday's protests", "knew this plan was wrong": an object or a clause, not a time)
# What may follow a parenthetical cue before its comma: "he told me on Friday,", "Stumpf explained earlier in
# the hearing,", "the senator said then," (not "revealed Tuesday the drug PCP, or ...").
ASIDE_TAIL = re.compile(r"(?:\s+(?:me|us|him|her|them|reporters|journalists)\b)?"
                        r"(?:\s+(?:then|earlier|later|recently|yesterday|today|tonight|[A-Za-z]+day)\b)?"
                        r"(?:\s+(?:on|in|at|during|last|this|to|for|with|after|before)\b[^,.;:“”\"]{0,60})?\s*,")
# A relative clause of saying: "what Trump says his tax plan would do", "what the senators said was economic
# gerrymandering": the content is the clause from "what" on, its holder the subject before the cue.
WH_SAID = re.compile(r"\b([Ww]hat)\s+(?!(?:was|were|is|are|has|had|have|been|be|being|will|would|could|can)\b)"   # (not "What was said")
                     r"((?:the\s+)?[A-Z]?[\w’'.-]+(?:\s+[A-Z][\w’'.-]*){0,2}|he|she|they|we)\s+"
                     r"(?:(?:also|[a-z]+ly)\s+)?$")
WH_SAID_END = re.compile(r",?\s+and\s+(?:how|what|why|whether)\b")
# ... but not "what the coach said when he left", "what he said about it": no clause after the cue.
WH_SAID_STOP = re.compile(r"\s*(?:(?:when|after|before|while|as|because|since|until|in|at|on|during|to|about|of)\b|"
                          r"[.,;:!?]|$)", re.I)


_THAT_BETWEEN = re.compile(r"\bthat\b")


def main_cue(text: str, earlier: list) -> "Cue":
    """The last cue of the main clause among ``earlier`` (in text order): a cue inside the that-clause of the one
    before it is that clause's ("Putin emerged to confirm that Russia still seeks X, adding ...": confirm)."""
    main = earlier[0]
    for cue in earlier[1:]:
        if _THAT_BETWEEN.search(text, main.end, cue.start) is None and not _object_noun(text, main, cue):
            main = cue
    return main


_OBJECT_WORDS = re.compile(r"\s+(?:(?:[a-z]+|[A-Z][\w.&-]*)\s+){0,3}$")
_OBJECT_PHRASE = re.compile(r"\s+(?!that\b)(?:[^\s,;:.“”\"]+\s+){0,8}?(?:[\w.-]+(?:[’']s|s[’'])|\([A-Z]+\))\s+$")


def _object_noun(text: str, verb: "Cue", cue: "Cue") -> bool:
    """A noun in the object of ``verb``, not a verb: a speech noun ("dismissed similar RSF promises as hollow") or
    any cue word after a possessive ("expressed concerns over the European Union's (EU) plans to regulate")."""
    if cue.word.lower() not in (cue.lemma, cue.lemma + "s"):
        return False
    between = text[verb.end:cue.start]
    if re.search(r"\bthat\b", between):
        return False
    return cue.lemma in NOUN_LEMMAS and _OBJECT_WORDS.fullmatch(text, verb.end, cue.start) is not None or \
        _OBJECT_PHRASE.fullmatch(text, verb.end, cue.start) is not None


# The bounds of a content and its source after the shape is read (claims.extract_claims).
_LEFT_FEELING = re.compile(r"\s(?:(?:also|[a-z]+ly)\s+)?(?:left|leaves?|leaving|kept|keeps?|keeping)\s+"
                           r"((?:[\w’'.-]+\s+){1,5}?)$")
_RELATIVE_AFTER = re.compile(r",\s+(?:who|which)\s")
_WHO_BEFORE = re.compile(r"\bwho\s+(?:(?:also|had|has|have|[a-z]+ly)\s+)?$")
_THAT_QUOTE = re.compile(r"\s+that\s+(?=[“\"]|'')")
# A relative clause before the author's own guess: "One of the reasons that Trump refuses to X may be that ...".
_REASON_RELATIVE = re.compile(r"\b(?:reasons?|why)\s+(?:that\s+|why\s+)?(?:[\w’'.-]+\s+){1,4}$", re.I)
_MAIN_COPULA = re.compile(r"\s(?:is|was|are|were|(?:may|might|could|would|must)\s+be)\s+(?:simply\s+|just\s+)?that\b")


def bounded(text: str, cue: Cue, c_lo: int, c_hi: int, s_lo: int, s_hi: int, how: str) -> tuple[int, int, int, int]:
    """ "left many nations feeling that": the nations feel, not the event; a stance on a name ends before a relative
    clause ("endorses Trump, who says he is honored": Trump); "reasons that X refuses to Y may be that": Y only."""
    if cue.participle and 0 <= s_lo < cue.start:
        left = _LEFT_FEELING.search(text, max(s_lo, cue.start - 120), cue.start)
        if left:
            s_lo, s_hi = left.start(1), left.end(1) - 1
    if "n" in cue.roles and how == "verb" and c_lo >= cue.end and text[c_lo:c_lo + 1].isupper():
        rel = _RELATIVE_AFTER.search(text, c_lo, c_hi)
        if rel and text.find(",", rel.end(), c_hi) < 0:
            c_hi = rel.start()    # (not "accused Rafael Cruz, who was born in Cuba, of associating with ...")
    if _WHO_BEFORE.search(text, max(0, cue.start - 20), cue.start):
        quoted = _THAT_QUOTE.search(text, c_lo + 1, c_hi)
        c_hi = quoted.start() if quoted else c_hi   # "told a woman who suggested that X that "Y"": Y is the teller's
    if _REASON_RELATIVE.search(text, max(0, cue.start - 60), cue.start):
        main = _MAIN_COPULA.search(text, cue.end, c_hi)
        c_hi = main.start() if main else c_hi   # "reasons that Trump refuses to X may be that ...": X only
    return c_lo, c_hi, s_lo, s_hi
