"""Speaker and source mentions: a person or a body, never a function word, a fragment or a number.

The subject finder returns the words before or after a cue; :func:`clean_mention` keeps
the part of them that names an actor, or gives "" (abstain):

* a trailing time phrase or occasion is cut ("The Kremlin on Friday", "Colonna following a
  meeting"), and "the letters sent by Foreign Minister Choe Son Hui" names the minister;
* a function word alone ("This", "Hence"), a phrase that opens or ends on one ("Needless to",
  "with Russia"), a clause fragment (a wh-word, a pronoun inside, a verb before its object:
  "railed against what he", "Clinton issued a statement"), a number phrase ("887 of them",
  "52 percent of voters") and an occasion ("an hour-long televised speech") are no actors.

:func:`resolve_mention` then turns a pronoun or a description into the name it stands
for in the article ("he" -> the last fitting person, "the spokesman" -> the person named
with that role before, "it" -> the last body that spoke), or "" / the description itself
when nothing fits.  The predicate :func:`is_actor_phrase` is what tests hold every speaker
and source to.

>>> clean_mention("The letters sent by Foreign Minister Choe Son Hui")
'Foreign Minister Choe Son Hui'
>>> [clean_mention(s) for s in ("This", "Needless to", "887 of them", "with Russia", "The Kremlin on Friday")]
['', '', '', '', 'The Kremlin']
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..lexicons import load_list, load_table
from .cues import reporting_verbs
from .mention_shapes import after_but, strip_shapes
from .tokens import MONTH_ABBR, MONTH_NAME, WEEKDAY, given_names, pronoun_kinds, titles, word_classes

_WORD = re.compile(r"[^\W_]+(?:[’'.&-][^\W_]+)*\.?|[%$€£]")
# Longer than this many words with no capitalised name: a description too long to be an actor phrase.
MAX_PLAIN_WORDS = 10
# How many sentences back a description ("the spokesman") or "it" looks for the actor it stands for.
DESCRIPTION_SENTENCES = 8
# How many sentences back a role description ("the ambassador") looks for the person introduced with that
# role: persons are introduced once, often in the lead; at most 40 person mentions are looked at.
ROLE_SENTENCES = 30
IT_SENTENCES = 3


@lru_cache(maxsize=None)
def actor_words() -> dict[str, frozenset[str]]:
    """The classes of ``actor_words.tsv``: starter, wh, event, role, body, time, cut."""
    out: dict[str, set[str]] = {}
    for word, cls, *_ in load_table("actor_words.tsv"):
        out.setdefault(cls, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def function_words() -> frozenset[str]:
    """Closed-class words (stopwords.txt and clause_words.tsv) that never open or end an actor phrase."""
    words = set(load_list("stopwords.txt"))
    for cls in word_classes().values():
        words |= cls
    return frozenset(words - _NOUNS)


# Nouns that clause_words.tsv lists for the subject finder ("media reports"): they name bodies.
_NOUNS = {"media", "news", "press"}


@lru_cache(maxsize=None)
def number_words() -> frozenset[str]:
    return frozenset(row[0] for row in load_table("number_words.tsv") if len(row) > 2 and
                     row[2] in ("cardinal", "scale", "vague"))


@lru_cache(maxsize=None)
def _verb_forms() -> frozenset[str]:
    """Finite forms of the reporting verbs ("said", "claims"): inside a mention they make it a clause."""
    return frozenset(f for f, info in reporting_verbs().items()
                     if " " not in f and not info.participle and f != info.lemma)


_OBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me"}
_DETS_AFTER_VERB = {"a", "an", "the", "his", "her", "their", "its", "this", "that", "these", "those", "what", "out",
                    "about", "off", "up"}
# A weekday or a month alone names a time, never a speaker ("May" stays: Theresa May is written so).
_DAY_OR_MONTH = re.compile(f"(?!May$)(?:{WEEKDAY}|{MONTH_NAME})")
_TIME_ADVERBS = frozenset("early late earlier later today yesterday tonight tomorrow now then soon".split())
# Adjectives that never stand for a person without their noun ("a single", "the same"; not "the former", "the latter").
_HEADLESS_ADJECTIVES = frozenset("single same whole entire only".split())
# Words that take "to" before a noun phrase ("privy to private data", "a source close to military intelligence").
_TAKE_TO = frozenset("privy close closer closest loyal opposed related next similar allied linked friendly hostile "
                     "sympathetic adjacent attached devoted committed connected due according".split())
_REDUCED_RELATIVE = {"on", "by", "in", "at", "from", "to", "last", "earlier", "online", "during", "for", "with"}
_ARTICLES = frozenset(("a", "an", "the"))
_BEFORE_VERB = {"also", "then", "has", "had", "have", "later", "recently", "previously", "once"}
_PERCENT = {"percent", "per", "%", "pc", "percentage"}
# Heads of an unnamed actor that "it" may stand for: a document or a body ("the report ... it added").
_IT_HEADS = frozenset({"report", "study", "article", "statement", "survey", "poll", "analysis", "paper",
                       "letter", "ruling", "memo", "document", "resolution", "treaty", "agreement", "pact",
                       "ministry", "agency", "government", "company", "committee", "council", "commission",
                       "newspaper", "campaign", "group", "court", "bank"})
# Nouns in -ing that name a document or a body's decision, which may speak ("said the ruling").
_ING_NOUNS = {"ruling", "finding", "filing", "posting", "recording", "listing", "warning", "proceeding"}
# Determiners and quantifiers that open an object: a noun is never followed by one inside a noun phrase.
_OBJECT_OPENERS = {"the", "a", "an", "many", "some", "his", "her", "their", "its", "this", "these", "those",
                   "every", "several", "much", "more", "most"}


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _is_name_word(w: str) -> bool:
    return w[:1].isupper() and w.lower() not in function_words()


def _has_name(words: Sequence[str]) -> bool:
    return any(_is_name_word(w) and w.rstrip(".") not in titles() for w in words)


def _is_number(w: str) -> bool:
    low = w.lower()
    if low in ("one", "single"):
        return False                           # "one study", "one questioner": a determiner
    return w[:1].isdigit() or low in number_words() or low.split("-")[0] in number_words()


# A quantifier standing alone for people, the subject of a verb of saying ("Many argue that"; the cue rule is
# analysis.nlp.cues._QUANTIFIER_SUBJECTS): the source is the quantifier as written.
_QUANTIFIER_PRONOUNS = frozenset("some many most several few".split())
# A body's numbered unit ending its name: "... Aerospace Workers District 751", "Teamsters Local 2010".
_NUMBERED_UNITS = frozenset("District Local Lodge Chapter Division Precinct Branch Post Unit".split())


# An age written as a noun ("the 78-year-old"): a person, whom analysis.nlp.descriptions.epithet_holder resolves.
_AGE_NOUN = re.compile(r"\d{1,3}-year-old")


# The prepositions that end the head of a phrase ("an investigation into ...", "a revolt by ...").
_HEAD_PREPS = frozenset("of in into to at for by on with from over against behind after before during since following "
                        "amid under about near like including who which that".split())
# Heads of an event or an act, never of a speaker: "a brief revolt by the Wagner group", "the decision of the court"
# (not the evidence words that head a body's findings, "data from X", nor "a preliminary investigation", whose
# report speaks for its investigators).
_EVENT_HEADS = frozenset("revolt rebellion uprising mutiny coup invasion war crisis decision move visit "
                         "trip tour launch deployment resignation incident accident explosion collapse crash disaster "
                         "tragedy clash breach shooting earthquake".split())   # ('The incident prompted outrage')


# The US title "Under Secretary" opening a mention: "Under" is no preposition there.
_UNDER_TITLE = re.compile(r"Under[\s-]+Secretary\b")


@lru_cache(maxsize=4096)
def is_actor_phrase(mention: str) -> bool:
    """True when ``mention`` can name a person or a body (the test every speaker and source meets).

    >>> [is_actor_phrase(s) for s in ("Foreign Minister Choe Son Hui", "the spokesman", "Analysts")]
    [True, True, True]
    >>> [is_actor_phrase(s) for s in ("The", "Hence", "railed against what he", "887 of them", "it", "The growing")]
    [False, False, False, False, False, False]
    """
    words = _words(mention)
    if not words:
        return False
    # An acronym ("US", "IT") or a given name ("Will Hurd") is no function word.
    low = [w if (w.isupper() and len(w) > 1) or (k == 0 and w in given_names() and len(words) > 1)
           or (k == 0 and _UNDER_TITLE.match(mention))   # "Under Secretary of State Bonnie Jenkins": a title
           else w.lower().rstrip(".") for k, w in enumerate(words)]
    fw, aw = function_words(), actor_words()
    if len(words) == 1 and (low[0] in _TIME_ADVERBS or _DAY_OR_MONTH.fullmatch(words[0])):
        return False                           # "tweets early Friday saying", "on Thursday released": a time, nobody
    if low[0] in ("today", "yesterday", "tonight", "tomorrow") and len(words) > 1 and \
            low[1] in ("in", "at", "on", "from"):
        return False                           # "Today in Sydney, Justice Besanko summarised ... and found": the
        #                                        opening phrase of a time and a place, nobody
    if len(words) == 2 and low[0] in ("a", "an", "the") and low[1] in _HEADLESS_ADJECTIVES:
        return False                           # "a single thought drilled ...": an adjective whose noun is the cue
    if len(words) == 1 and low[0] in _QUANTIFIER_PRONOUNS:
        return True                            # "Many argue that", "Some say this is": the people the writer counts
    if low[0] in pronoun_kinds() and not (len(words) > 1 and low[0] in aw["starter"]):
        return False                           # a pronoun is resolved or dropped, never a speaker
    if (low[0] in fw or low[0] in aw["opener"]) and low[0] not in aw["starter"]:
        return False                           # "Hence", "with Russia", "Needless to"
    if (low[-1] in fw or low[-1] in aw["starter"]) and (words[-1].islower() or len(words) == 1):
        return False                           # "This", "The", "a candidate to", "what it"
    if any(w in aw["wh"] for w in low):
        return False                           # "railed against what he"
    if any(w in _OBJECT_PRONOUNS for w in low[1:]):
        return False                           # "Her campaign released commercials it", "a major reason he"
    if len(words) == 2 and low[0] == "the" and _AGE_NOUN.fullmatch(words[1]):
        return True                            # "the 78-year-old said": an age standing for a person
    if _counted_people(low):
        return True                            # "Two other council diplomats", "Three officials": a counted group
    if _is_number(words[0]) and not _numbered_name(words) or any(w in _PERCENT for w in low) or \
            _is_number(words[-1]) and not \
            (len(words) > 2 and words[-2] in _NUMBERED_UNITS and words[-1].isdigit()):
        return False                           # "887 of them", "52 percent of registered voters"
    if low[-1] in aw["event"]:
        return False                           # "an hour-long televised speech"
    head = next((k - 1 for k in range(1, len(low)) if low[k] in _HEAD_PREPS), len(low) - 1)
    if words[head].islower() and low[head] in _EVENT_HEADS:
        return False                           # "a brief revolt by the Wagner group": an event or an act, nobody
    if len(words) > 2 and words[-1].islower() and low[-1].endswith("ing") and low[-2] in word_classes()["prep"]:
        return False                           # "fellow physicians for promoting": a clause cut short
    if words[0].islower() and (words[0] in _verb_forms() or len(words) == 1 and words[0].endswith("ed")):
        return False                           # "railed against what he": a verb opens it
    if len(words) > 1 and words[0].islower() and low[0].endswith("s") and not low[0].endswith(("ss", "us")) \
            and re.search(r"[’']s$", words[1]) and words[1][:1].isupper():
        return False                           # "runs Clinton's effort": a verb and its object
    if len(words) > 1 and words[0].islower() and low[0].endswith(("ed", "ing")) and low[1] in word_classes()["prep"]:
        return False                           # "joined by her counterparts from Japan": a participle phrase
    if len(words) > 2 and low[0] in _MODAL_ADVERBS and words[1].islower() and not _person_noun(low[1]) and \
            not low[1].endswith("ed") and (low[2] in word_classes()["prep"] or low[2] in word_classes()["det"]):
        return False                           # "likely lead to Greece exiting the single currency": an adverb, a verb
    if len(words) > 2 and words[0].islower() and low[0] not in fw and low[0] not in aw["starter"] \
            and low[1] in _OBJECT_OPENERS:
        return False                           # "spent many painful years": a verb and its object
    if re.search(r"[’'](?:s|re|ll|d|ve)$", low[0]) and (re.split(r"[’']", low[0])[0] in fw or
                                                       re.split(r"[’']", low[0])[0] in aw["opener"]):
        return False                           # "Here's", "That's", "There's": a clause
    if re.split(r"[’']", low[0])[0] in pronoun_kinds() and re.search(r"[’']", words[0]):
        return False                           # "they're increasingly convinced": a clause
    if len(words) == 2 and low[0] in aw["starter"] and words[1].islower() and low[1].endswith(("ing", "ly", "ed")) \
            and low[1] not in _ING_NOUNS and low[1] not in aw["role"]:
        return False                           # "The growing", "A big" (not "the king")
    lower = [w.lower() for w in words]
    commas = _comma_after(mention, words)
    if any(_is_verb_at(words, lower, k, k in commas) for k in range(1, len(words))):
        return False                           # "The Trump campaign mailed a donor letter", "Clinton talks about"
    if any(words[k] == "to" and words[k + 1].islower() and low[k + 1] not in _OBJECT_OPENERS and low[k - 1] not in _TAKE_TO
           for k in range(1, len(words) - 1)):
        return False                           # "military, to restore", "efforts to resupply": an infinitive
    if "," in mention.strip(" ,") and not _has_name(words) and not re.search(r"\b(?:and|or)\b", mention):
        return False                           # "the troops, reportedly": a comma in no name, no list
    if len(words) > MAX_PLAIN_WORDS and not _has_name(words[1:]):
        return False
    if words[0].isupper() and len(words) > 2 and all(w.isupper() for w in words):
        return False                           # a headline in capitals
    if _possessed_action(words, low) or _bare_things(words, low):
        return False                           # "his country’s ban on Elon Musk’s X", "railroad and air service"
    if _nominal_action(words, low):
        return False                           # "the participation of the DPRK": an act, its doer after "of"
    return True


_ACTION_PREPS = frozenset({"on", "against", "over"})
# Adverbs of likelihood that open a verb phrase, never a noun phrase naming anyone ("likely lead to ...": not "roughly
# half of the respondents", "nearly all of the lawmakers").
_MODAL_ADVERBS = frozenset("likely possibly certainly definitely surely presumably supposedly undoubtedly eventually "
                           "apparently clearly".split())
# Body nouns that, bare and singular, name an activity or a post ("air service", "election campaign", "in office").
_ACTIVITY_BODIES = frozenset({"service", "campaign", "office"})
# An indefinite noun of no person before a name: a relative clause without "that" ("a requirement X has rejected
# as illegal": X rejected it), whose subject is the name; or an indefinite adjective before a name ("a defiant
# Donald Trump", "a smiling Clinton"): the name.
_CONTACT_CLAUSE = re.compile(r"(?:a|an)\s+([a-z]+)\s+(?=[A-Z])(.+)")
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def _person_noun(w: str) -> bool:
    """A lower-case noun that can head a phrase naming a person or a body: a role, a body, an agent noun
    ("administrator", "analyst") or a plural ("officials", "residents": people counted)."""
    aw = actor_words()
    return w in aw["role"] or w in aw["body"] or bool(AGENT_NOUN.fullmatch(w)) or w in FIRM_HEADS or \
        w.rstrip("s") in aw["role"] or w in _NOUNS


def _possessed_action(words: Sequence[str], low: Sequence[str]) -> bool:
    """A possessed noun of no person before "on", "against" or "over" ("his country’s ban on Elon Musk’s X",
    "Russia’s attack on Ukraine"): an act or a thing, the subject of a verb inside the quote's clause, no speaker."""
    if len(words) < 3 or not (low[0] in _POSSESSIVES or re.search(r"[’']s$", words[0])):
        return False
    k = next((i for i in range(1, min(len(words), 5)) if words[i] in _ACTION_PREPS), None)
    if k is None or k < 1:
        return False
    head = words[k - 1]
    return head.islower() and not re.search(r"[’']s$", head) and not _person_noun(head) and \
        all(w.islower() or re.search(r"[’']s$", w) for w in words[1:k])


# An act named by its noun ("participation", "acknowledgment", "recognition"): "the participation of the DPRK"
# is the subject of a verb (what threatens, what confirms), never a speaker; a body named so stays ("the
# government of Japan", "the administration of ...", "the commission of inquiry").
_ACT_NOUN = re.compile(r"[a-z]{3,}(?:ation|ition|ption|ction|ment|ance|ence)$")
_BODY_NOUNS = frozenset({"government", "administration", "opposition", "delegation", "commission", "organisation",
                         "organization", "association", "federation", "foundation", "institution", "coalition",
                         "corporation", "management", "parliament", "department", "movement", "establishment",
                         "confederation", "congregation", "population", "generation", "station", "presidence",
                         "constituency", "agency", "audience", "conference", "convention", "inspection",
                         # what is said or written, whose words a source's are ("the assessment of the firm X")
                         "assessment", "judgment", "judgement", "statement", "announcement", "argument", "comment",
                         "evaluation", "estimation", "calculation", "conclusion", "prediction", "projection",
                         "observation", "declaration", "publication", "information", "explanation",
                         "interpretation", "position", "resolution", "investigation", "documentation",
                         # bodies and units whose nouns look like acts ("the alliance of opposition parties")
                         "alliance", "resistance", "regiment", "legation", "intelligence", "detachment"})


def _nominal_action(words: Sequence[str], low: Sequence[str]) -> bool:
    """ "the N of|by X" whose head N is a lower-case action noun that names no body ("the participation of
    the DPRK", "the acknowledgment by Russia"): an act, no actor."""
    if len(words) < 4 or low[0] not in ("the", "this", "that", "such") or words[2] not in ("of", "by"):
        return False
    head = words[1]
    return head.islower() and bool(_ACT_NOUN.fullmatch(head)) and head not in _BODY_NOUNS and \
        head not in actor_words()["body"] and head not in actor_words()["role"]


def _bare_things(words: Sequence[str], low: Sequence[str]) -> bool:
    """Coordinated singular common nouns with no determiner and no name ("railroad and air service",
    "trade and investment"): things, never people (a bare singular count noun cannot be an actor)."""
    if len(words) < 3 or not all(w.islower() for w in words) or not any(w in ("and", "or") for w in words):
        return False
    if words[0] in ("and", "or") or words[-1] in ("and", "or"):
        return False
    conjuncts = " ".join(words).replace(" or ", " and ").split(" and ")
    for c in conjuncts:
        ws = c.split()
        if not ws or any(w in function_words() or w in actor_words()["starter"] for w in ws) or \
                _person_noun(ws[-1]) and ws[-1] not in _ACTIVITY_BODIES:
            return False
        if ws[-1].endswith("s") and not ws[-1].endswith(("ss", "us")):
            return False                       # "teachers, parents and students": people, plural
    return True


_TRIM_BY = re.compile(r"^(?:.*?\s)?(?:sent|made|issued|written|signed|released|delivered|given|posted|published|"
                      r"delivered|quoted|cited|reported|"
                      # data and studies read by whoever examined or ran them ("Onchain data examined by crypto
                      # analytics company Chainalysis", "a poll conducted by Gallup")
                      r"examined|analy[sz]ed|compiled|collected|gathered|reviewed|commissioned|conducted|"
                      r"carried\s+out|prepared|produced)\s+by\s+(?=\S)", re.I)
# People "quoted by" or "cited by" an outlet ("experts quoted by the Global Times", "an official cited by Yonhap").
_QUOTED_BY = re.compile(r"^(.+?)\s+(?:quoted|cited)\s+by\s+\S")
# A treaty's text is its own, not one signatory's ("According to the agreement signed by Putin and Kim").
_SIGNED_TEXT = re.compile(r"^((?:the|this|that|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:treaty|agreement|pact|accord|declaration|"
                          r"charter|convention|communiqué|communique|memorandum))\s+(?:signed|agreed|concluded)\s+by\s",
                          re.I)
_TRIM_TIME = re.compile(r"\s+(?:(?:(?:late|early|earlier|later)\s+)?(?:on|this|last|earlier|late)\s+(?:[A-Z][a-z]+day|week|month|year|weekend|"
                        r"morning|afternoon|evening|night|spring|summer|autumn|fall|winter|January|February|March|"
                        r"April|May|June|July|August|September|October|November|December|"
                        + MONTH_ABBR + r"(?=\.|$))\b|"   # ("Pat Gelsinger on Dec. 1")
                        r"(?:yesterday|today|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|"
                        # a month or year: "whose commissioner Volker Turk in March described", "Kim in 2019 said"
                        r"(?<![a-z]ed )in\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|June|July|August|September|"
                        r"October|November|December|(?:19|20)\d\d)\b|"
                        # a span of time: "Trump in the past has called her", "The ministry at the time said"
                        r"(?:in\s+(?:the\s+past|recent\s+(?:days|weeks|months|years)|the\s+meantime)|at\s+the\s+time|"
                        r"for\s+(?:days|weeks|months|years|decades)|since\s+then|so\s+far|until\s+now)\b)(?:\s+\w+)?\s*$")
_TRIM_AUX = re.compile(r"\s+(?:is|are|was|were|has|have|had|does|do|did|will|would|could|should|can|may|might|must)?"
                       r"(?:n[’']t|\s+not)\b.*$|\s+(?:is|are|was|were|has|have|had|will|would)\s*$", re.S)
_PERSONAL = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me"}
_TRIM_CUT = re.compile(r"[\s,]+(?:following|during|amid|after|before|when|while|who|which|whose)\b.*$|"
                       r"\s+(?:in|at|on|during)\s+(?:a|an|his|her|their|its)\s+.*$|"
                       r"\s+(?:in|at|during)\s+the\s+(?:message|statement|letter|speech|interview|meeting|"
                       r"address|report|article|post|broadcast|briefing|conference)\b.*$", re.S)


# A time opening the phrase, with no comma before the name or description after it (a subject found from the start of
# its sentence): "Last Friday Putin", "On Friday Putin", "Earlier this month Putin", "In 2019 the ministry".
_OPENING_TIME = re.compile(r"^(?:[Oo]n|[Ii]n|[Bb]y|[Ss]ince|[Dd]uring|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+"
                           r"(?:(?:this|last|next|early|late|mid)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|"
                           r"weekend|month|year|morning|afternoon|evening|night|January|February|March|April|May|June|July|"
                           r"August|September|October|November|December|\d{4})(?:\s+\d{1,2}(?:,\s+\d{4})?)?"
                           r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=[A-Z]|the\s)")
# What may follow an opening time to be stripped: one capitalised name, or a description ("the ministry").
_ONE_NAME_OR_DESCRIPTION = re.compile(r"[A-Z][\w’'.-]+|the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}")
_LEAD_TIME = re.compile(r"^(?:(?:[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater|[Nn]ext)\s+(?:week|month|year|[A-Z][a-z]+day)|"
                        r"(?:[Tt]he\s+(?:next|following|same|previous)|(?:[Ll]ater|[Ee]arlier)\s+that|[Tt]hat)\s+"
                        r"(?:day|morning|afternoon|evening|night|week)|"
                        # a weekday and its part: "Wednesday morning the Coast Guard called off its search"
                        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|"
                        r"[Oo]n\s+[A-Z][a-z]+(?:\s+\d{1,2})?(?:,\s+\d{4})?|[Ii]n\s+\d{4}|"
                        # a span of time: "in recent years critics have argued", "over the past decade analysts"
                        # (the subject phrase found may begin after the preposition: "recent years critics")
                        r"(?:(?:[Ii]n|[Oo]ver|[Dd]uring)\s+)?(?:[Tt]he\s+)?(?:[Rr]ecent|[Pp]ast|[Ll]ast)\s+"
                        r"(?:(?:few|several|two|three|\d+)\s+)?(?:years|months|weeks|days|decades?))\s*,?\s+(?=\S)")
# A phrase that is only a time: "The previous evening", "that morning", "Wednesday night" (never a speaker).
_TIME_ONLY = re.compile(r"(?:(?:the|that|this|last|next|on)\s+)?(?:(?:next|following|same|previous|early|late)\s+)?"
                        r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*)?"
                        r"(?:day|morning|afternoon|evening|night|week|weekend|month|year)?", re.I)
# Numbers a named body produced: "estimates from South Korea", "figures released by the Health Ministry".
_DATA_FROM = re.compile(r"(?:(?:the|new|latest|official|recent|preliminary)\s+){0,2}(?:estimates?|data|figures|statistics|"
                        r"tall(?:y|ies)|counts?)\s+(?:(?:released|compiled|published)\s+)?(?:from|by)\s+"
                        r"((?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w.’'&-]*){0,6})")
# A connective opening the sentence before its subject: "However, in recent years critics have argued".
_LEAD_CONNECTIVE = re.compile(r"^(?:However|Meanwhile|Moreover|Indeed|Still|Yet|But|And),?\s+(?=\S)")
_LEAD_ACCORDING = re.compile(r"^[Aa]ccording\s+to\s+(?:\S+\s+){0,6}?(?:report|reports|statement|media|sources?|"
                             r"agency|newspaper|article|data|survey)\s*,?\s+(?=[A-Z])")
# A label introducing the words, in some outlets' house style ('Quote from Shoigu: "..."', "Statement by the
# ministry:"): the name after it speaks.
_LEAD_LABEL = re.compile(r"^(?i:(?:a\s+)?(?:direct\s+)?(?:quote|quotes|quotation|statement|comment|comments)\s+(?:from|by))\s+"
                         r"(?=[A-Z]|the\s+[A-Z])")
_LEAD_INCLUDING = re.compile(r"^(?:including|such\s+as|notably|especially|particularly)\s+(?:(?:from|by)\s+)?(?=\S)")
_TRAIL_YEAR = re.compile(r"\s+(?:in|since|from)\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4})\s*,?$|"
                         r"\s+(?:just\s+)?(?:this|last)\s+(?:week|month|year)\s*$")
_QUANTITY_LEAD = re.compile(r"^(?:(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than|[Oo]ver|[Aa]bout|[Nn]early|[Aa]lmost|"
                            r"[Aa]round|[Uu]p\s+to|[Aa]t\s+least)?\s*\d[\d,.]*\s+(?=[a-z][\w-]*s\b|[a-z][\w-]*\s+[a-z][\w-]*s\b)")
_AGE = re.compile(r",\s*\d{1,3}\s*,?\s*$")


# A plural common noun ending a phrase ("nations", "countries", "officials").
_PLURAL_HEAD = re.compile(r"[a-z]{3,}(?:[^s]s|ies)")


def _is_verb_at(words: Sequence[str], low: Sequence[str], k: int, comma_after: bool = False) -> bool:
    """``words[k]`` reads as a finite verb: a reporting verb form, or "-ed/-s" word before its object (not one a
    comma sets off from the determiner after it: "The ship's insurer for third-party losses, the UK P&I Club")."""
    w = words[k]
    if not w.islower() or w in function_words():
        return False
    nxt = low[k + 1] if k + 1 < len(words) else ""
    if nxt in _REDUCED_RELATIVE:
        return False                           # "an article posted on the website", "letters sent by"
    if w in _verb_forms() and w.endswith("ed") and low[k - 1] in actor_words()["starter"] and k + 2 == len(words) \
            and _PLURAL_HEAD.fullmatch(low[k + 1]):
        return False                           # "Both accused nations": a participle between a quantifier and its noun
    if w in _verb_forms():
        # "Reuters reported", "Clinton says that": a verb; "some reports", "media claims": a noun.
        # "Kim also announced", "excerpts flagged": a past form ends no noun phrase ("media reports" does).
        return bool(nxt) or words[k - 1][:1].isupper() or low[k - 1] in _BEFORE_VERB or \
            w.endswith("ed") and low[k - 1] not in actor_words()["starter"]      # "the accused" stays
    if low[k - 1] in _BEFORE_VERB:
        # 'a recently retired pilot', 'the once popular mayor': an adverb and a participle or adjective between a
        # determiner and the head noun modify it
        return not (k >= 2 and low[k - 2] in _ARTICLES and k + 1 < len(words) and words[-1].islower())
    return not comma_after and k + 1 < len(words) and low[k + 1] in _DETS_AFTER_VERB and w.endswith(("ed", "s", "ent", "ade", "ook",
                                                                                    "ote", "ave", "ut", "aid", "ive")) \
        and not w.endswith(("ss", "us", "'s", "’s", "tive"))


def _comma_after(text: str, words: Sequence[str]) -> frozenset[int]:
    """The indices of the ``words`` of ``text`` that a comma follows."""
    found, at = set(), 0
    for k, w in enumerate(words):
        at = text.find(w, at)
        if at < 0:
            break
        at += len(w)
        if text.startswith(",", at):
            found.add(k)
    return frozenset(found)


def _cut_clause(m: str) -> str:
    """A mention cut before a verb that follows its subject ("Clinton issued a statement" -> "Clinton"),
    without a trailing age (", 82") or function word ("Trump and")."""
    m = _AGE.sub("", m).strip(" ,")
    words = _words(m)
    low = [w.lower() for w in words]
    commas = _comma_after(m, words)
    for k in range(1, len(words)):
        if _is_verb_at(words, low, k, k in commas):
            end = m.find(words[k], sum(len(x) for x in words[:k]))
            head = m[:end].rstrip()
            # also/then/adverbs between the subject and the verb
            while True:
                hw = _words(head)
                if hw and len(hw) > 1 and (hw[-1].lower() in function_words() or hw[-1].lower().endswith("ly")):
                    head = head[:head.rfind(hw[-1])].rstrip(" ,")
                else:
                    break
            m = head
            break
    while True:
        ws = _words(m)
        if len(ws) > 1 and ws[-1].islower() and (ws[-1] in function_words() and ws[-1] not in _PERSONAL
                                                 or ws[-1] in actor_words()["starter"]):
            m = m[:m.rfind(ws[-1])].rstrip(" ,")
        else:
            return m


# "what it called", "what he described as": the pronoun is the speaker.
_WHAT_PRONOUN = re.compile(r"(?i:what)\s+(he|she|it|they|we|I)")
# A pronoun with a contracted "is" / "has" ("it’s", "that's"): the words hold a clause, not a name.
_PRONOUN_IS = re.compile(r"\b(?:it|that|there|what|he|she|who)[’']s\b", re.I)


# A count written out in words before the people or bodies it counts ("Two other council diplomats", "three former
# members of the panel", "Two sources familiar with the matter"): a group, not a number phrase ("887 of them").
_SPELLED_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
# (not "the two countries", "the two leaders", "the two men": a pair described, resolved as such in analysis.nlp.pairs)
_COUNTED_NOUNS = frozenset("people sources experts members diplomats officials lawmakers legislators senators "
                           "pollsters analysts clubs jurors judges justices ministers residents groups parties "
                           "companies firms banks agencies scientists researchers doctors witnesses soldiers workers "
                           "defectors".split())


def _counted_people(low: Sequence[str]) -> bool:
    """Whether ``low`` (a mention's lower-case words) is a count in words and, within the next four words, the people
    or bodies it counts, with no pronoun or "of" before them ("two of them" is no group named)."""
    if len(low) < 2 or low[0] not in _SPELLED_COUNTS:
        return False
    for w in low[1:5]:
        if w in _COUNTED_NOUNS or (w.endswith("s") and w[:-1] in actor_words()["role"]):
            return True
        if w in pronoun_kinds() or w in function_words() and w not in ("other", "more", "further") or \
                w in _NOT_COUNTED_BEFORE or \
                w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return False                       # "two of them", "Two days ago officials", "Two letters from lawmakers":
                                               # the count is another noun's; only modifiers come between
    return False


# Words after a count that make it another noun's: time and order ("Two days ago officials", "Two decades later").
_NOT_COUNTED_BEFORE = frozenset("ago later earlier after before since hence years months weeks days hours decades "
                                "times".split())


def _numbered_name(words: list[str]) -> bool:
    """A number word opening a proper name, every word capitalised: 'Zero Hedge', 'Three Rivers Council' (a count
    is no name: 'Two Russian officials', '9/11 widow Terry Strada')."""
    return len(words) > 1 and words[0].isalpha() and words[0][:1].isupper() and all(w[:1].isupper() for w in words)


@lru_cache(maxsize=4096)
def _trim_time(m: str) -> str:
    """``m`` without a time adverbial closing it ("The Kremlin on Friday")."""
    t = _TRIM_TIME.search(m)
    if t and t.start() > 0 and not (m[:t.start()].split()[-1] in given_names() and " " not in t.group().strip()):
        # (a bare weekday after a given name is the surname: 'Chris Monday')
        return m[:t.start()].strip(" ,")
    return m


@lru_cache(maxsize=8192)
def clean_mention(mention: str) -> str:
    """The part of a speaker or source phrase that names a person or a body, or "" to abstain.

    A function of the phrase alone (the lexicons are fixed), kept for the phrases that recur: three in four calls
    on PolNeAR repeat an earlier phrase."""
    m = _LEAD_CONNECTIVE.sub("", mention.strip().strip(",;:").strip())
    what = _WHAT_PRONOUN.fullmatch(m)
    if what:
        m = what.group(1)                      # "condemned what it called a "dangerous" deal": it
    if not m or _PRONOUN_IS.search(m):
        return ""                              # "the way it’s": a clause ("it is"), nobody
    if _has_name(_words(after_but(m))):
        m = after_but(m)                       # "The county provided no other details but Green": Green
    quoted = _QUOTED_BY.match(m)
    if quoted and _words(quoted.group(1)) and \
            re.sub(r"(?<=[a-z])s$", "", _words(quoted.group(1))[-1].lower()) in actor_words()["role"]:
        m = quoted.group(1)                    # "experts quoted by the Global Times": the experts, relayed
    data = _DATA_FROM.fullmatch(m)
    if data:
        m = data.group(1)                      # "estimates from South Korea": South Korea's
    by = _TRIM_BY.match(m)
    signed = _SIGNED_TEXT.match(m)
    if signed:
        m = signed.group(1)                    # "the agreement signed by Putin and Kim": the text speaks
    elif by and _has_name(_words(m[by.end():])):
        m = m[by.end():]                       # "The letters sent by Foreign Minister Choe Son Hui"
    m = _TRIM_CUT.sub("", m).strip(" ,")
    m = strip_shapes(m)                        # "a statement published", "name Nika Pasko", "Reads the letter"
    opening = _OPENING_TIME.match(m)
    if opening and _ONE_NAME_OR_DESCRIPTION.fullmatch(m, opening.end()) and \
            not any(w in given_names() for w in _words(opening.group())):
        m = m[opening.end():]                  # "Last Friday Putin", "On Friday Putin", "In 2019 the ministry": the
        #                                        subject (not "In March Madness organizers", "In June Carter Cash")
    aux = _TRIM_AUX.search(m)
    if aux and aux.start() > 0:
        m = m[:aux.start()].strip(" ,")        # "Attorney General Eric Schneiderman isn’t"
    m = _trim_time(m)                          # "The Kremlin on Friday"
    m = _LEAD_TIME.sub("", m)
    if _TIME_ONLY.fullmatch(m.strip(" ,")):
        return ""                              # "The previous evening": a time, nobody
    m = _LEAD_ACCORDING.sub("", m)          # "According to the KCNA report Kim" -> "Kim"
    m = _LEAD_INCLUDING.sub("", m)          # "including Mr. Goldberg" -> "Mr. Goldberg"
    m = _LEAD_LABEL.sub("", m)              # "Quote from Shoigu" -> "Shoigu"
    lead = _words(m)
    while len(lead) > 1 and lead[0].islower() and lead[0] not in actor_words()["wh"] and \
            (lead[0] in word_classes().get("sub", ()) or
                                                   lead[0] in word_classes().get("conj", ())):
        m = m[m.index(lead[0]) + len(lead[0]):].lstrip(" ,")     # "while North Korea" -> "North Korea"
        lead = _words(m)
    m = strip_shapes(_TRAIL_YEAR.sub("", m).strip(" ,"))   # "a report released last year"
    lead = _words(m)
    if len(lead) > 2 and lead[0].islower() and lead[0].lower() not in function_words() and \
            lead[0].lower() not in actor_words()["starter"] and lead[1].lower() in _OBJECT_OPENERS and \
            (_has_name(lead[2:]) or any(w.lower() in actor_words()["role"] for w in lead[2:])):
        m = m[m.index(lead[1], len(lead[0])):]   # "including the former candidate Mitt Romney"
    m = _trim_time(_cut_clause(m))             # (a time before a verb of two words the clause cut took off:
    #                                            "Russia's ambassador to the UN on Wednesday brushed off")
    last = _words(m)[-1:] if m else []
    if last and last[0].lower() in ("he", "she", "they", "we", "i") and len(_words(m)) > 1 \
            and not _has_name(_words(m)[:-1]) and _words(m)[-2].lower() not in word_classes().get("prep", ()):
        m = last[0]                            # "at 86 she", "On September 27 they": the pronoun is the subject
    lead = _QUANTITY_LEAD.match(m)
    if lead and lead.end() < len(m):
        m = m[lead.end():]                     # "More than 150 leading companies" -> "leading companies"
    words = _words(m)
    if words and _is_number(words[0]) and not any(w.lower() in _PERCENT for w in words) and not _numbered_name(words):
        # "9/11 widow Terry Strada": the name after a leading number phrase.
        k = next((i for i, w in enumerate(words) if i > 0 and _is_name_word(w)), None)
        if k is not None:
            m = m[m.index(words[k], len(words[0])):]
    if m.lower() in _PERSONAL:
        return m                               # a personal pronoun: resolve_mention decides
    from .bodies import COURT_WORD
    if COURT_WORD.fullmatch(m):
        # "Five justices on the country's top court": the court's bench, without its count
        return re.sub(r"^(?:\d+|[A-Za-z]+)\s+(?:of\s+(?:the|its)\s+(?:\d+|[A-Za-z]+)\s+)?"
                      r"(?=(?:senior\s+|presiding\s+)?(?:justices|judges)\b)", "", m) \
            if _is_number(_words(m)[0]) else m
    contact = _CONTACT_CLAUSE.fullmatch(m)
    if contact and not _person_noun(contact.group(1)) and contact.group(1) not in actor_words()["starter"] \
            and all(w[:1].isupper() for w in _words(contact.group(2))):
        m = contact.group(2)                   # "a requirement X (has rejected)", "a defiant Donald Trump": the name
    if _LONE_ADVERB.fullmatch(m):
        return ""                              # "Ebulliently declaring himself "..."": an adverb opening the sentence
    return m if is_actor_phrase(m) else ""


# A manner adverb alone, capitalised where it opens a sentence ("Ebulliently", "Reportedly", "Angrily"); not a name
# ending in -ly ("Kelly", "Italy", "Emily", "Connolly")
_LONE_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:ently|antly|ously|ively|fully|ically|ially|nally|ually|edly|ingly|ably|"
                          r"ibly|lessly|ately|ishly|rily|ily(?<=[^aeiou][^aeiou]ily))")


# A noun of a person's job outside the role list ("administrator", "investigator", "commentator", "historian"):
# a description only when the same noun is written next to a name before it.
AGENT_NOUN = re.compile(r"[a-z]{3,}(?:tor|sor|ist|ian)")


# Body heads that name a company or an association ("the German group", "Europe's largest carmaker").
# (an airline, a carrier or a club is a firm too: 'Flybe ... the airline said', 'Everton ... the club said')
FIRM_HEADS = frozenset("group company firm carmaker automaker airline carrier club".split())


@lru_cache(maxsize=4096)
def is_description(mention: str) -> bool:
    """A definite description of a role or a body: "the spokesman", "the Russian diplomat", "the ministry"."""
    words = _words(mention)
    aw = actor_words()
    own = 1 if len(words) > 2 and words[0][:1].isupper() and re.search(r"[’']s$", words[1]) else 0
    if 2 <= len(words) - own <= 4 and re.search(r"[’']s$", words[own]) and words[own][:1].isupper() \
            and words[-1].islower() and (words[-1] in aw["role"] or words[-1] in FIRM_HEADS):
        return True                            # "Russia's UN ambassador", "South Korea's top diplomat", "China's envoy"
    if 2 <= len(words) <= 4 and (words[-1].islower() or words[-1].isupper()) and words[-1].lower() in aw["role"] \
            and words[0] not in ("A", "An") and all(w[:1].isupper() and w.rstrip(".") not in titles() and not re.search(r"[’']s$", w)
                    for w in words[:-1]):
        return True                            # a body's role without a name: "Boeing CEO", "White House spokesman"
    if len(words) < 2 or words[0].lower() not in ("the", "its", "his", "her", "their", "this", "that"):
        return False
    head = words[-1]
    if head.islower() and (head in aw["role"] or head in aw["body"] or head in FIRM_HEADS):
        return True
    if head.isupper() and len(head) > 1 and head.lower() in aw["role"] and all(w.islower() for w in words[1:-1]):
        return True                            # an office's acronym: "the outgoing CEO", "the company's CEO"
    if len(words) <= 3 and head.islower() and AGENT_NOUN.fullmatch(head) and head not in aw["body"]:
        return True                            # "the administrator", "the lead investigator": a person's job
    if words[0].lower() == "the" and 2 <= len(words) <= 5 and head.lower() in aw["role"] and head[:1].isupper() \
            and all(w[:1].isupper() for w in words[1:]) and not re.search(r"[’']s$", mention.strip()):
        return True                            # a title without its name: "the Russian Foreign Minister"
    if words[0].lower() == "the" and len(words) >= 4 and words[1] in aw["role"] and words[2] in ("of", "for", "at", "in") \
            and all(w[:1].isupper() or w == "the" for w in words[3:]):
        return True                            # the role of an office: "the head of Defense Intelligence", "The judge
        #                                        in Delaware Chancery Court"
    if words[0].lower() == "the" and "of" in words[2:-1] and len(words) <= 7 and not re.search(r"[’']s$", mention.strip()):
        k = words.index("of", 2)
        if words[k - 1].lower() in aw["role"] and all(w[:1].isupper() for w in words[1:k]) and \
                all(w[:1].isupper() for w in words[k + 1:]) and len(words) - k - 1 <= 2:
            return True                        # a title and its department: "The U.S. Deputy Secretary of State"
    # "the official representative of the ministry", "the ministry's representative"
    return any(w.islower() and w in aw["role"] for w in words[1:]) and not _has_name(words[1:])


# Resolution (pronouns, descriptions, "it") lives in mention_resolution, which uses the cleaning above.
from .mention_resolution import (MAX_ACTORS, _nearby, _sentence_subjects, resolve_description,  # noqa: E402
                                 resolve_it, resolve_mention)


__all__ = ["clean_mention", "is_actor_phrase", "plausible_actor", "is_description", "resolve_mention", "resolve_description",
           "resolve_it", "actor_words", "function_words"]


# A year may date a source ("his 1995 tax return"); any other digit makes it a thing ("the Senate's 80-19 vote",
# "a 52-count civil complaint", "80-page roundup").
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_TITLE_QUOTE = re.compile(r"[“”\"‘]|(?:^|\s)'")
# A lowercase participle opening the phrase: "drawn scrutiny from Republicans" (a clause cut short, no actor).
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|wn)")
# An adjective ending the phrase: "The initial", "HuffPost's presidential" (its noun was cut off).
_ADJECTIVE_END = re.compile(r"[a-z]+(?:ial|al|ive|ous|ful|ic|ary)|first|second|third|last|next|latest|new|old")


@lru_cache(maxsize=4096)
def plausible_actor(mention: str) -> bool:
    """True when a source found by one family may be handed to another (a claim's source to a quoted fragment or a
    figure): :func:`is_actor_phrase`, and no digit but a year, no title in quotation marks, no lowercase verb or
    participle opening it, no determiner or adjective ending it, no object relative clause in it ("a speech Mrs.
    Clinton delivered at New York University").

    >>> [plausible_actor(s) for s in ("the AP", "Josh Green", "an official", "The report", "his 1995 tax return")]
    [True, True, True, True, True]
    >>> [plausible_actor(s) for s in ("drawn scrutiny from Republicans", "show insiders", "The initial", "Monday")]
    [False, False, False, False]
    """
    name = mention.strip()
    if not name or not is_actor_phrase(name):
        return False
    if any(ch.isdigit() for ch in _YEAR.sub("", name)) or _TITLE_QUOTE.search(name):
        return False
    words = _words(name)
    low = [w.lower() for w in words]
    aw = actor_words()
    if words[0].islower() and low[0] not in aw.get("starter", ()) and low[0] not in aw.get("role", ()) and (
            _PARTICIPLE.fullmatch(words[0]) or low[0] in _verb_lemmas()):
        return False                           # "drawn scrutiny from Republicans", "show insiders"
    if words[-1].islower() and (low[-1] in function_words() or low[-1] in aw.get("starter", ())
                                or _ADJECTIVE_END.fullmatch(low[-1]) and low[-1] not in aw.get("role", ())
                                and low[-1] not in _ADJECTIVE_NOUNS):
        return False                           # "The initial", "HuffPost's presidential"
    if words[0].islower() and any(_is_name_word(words[k - 1]) and words[k].islower() and _PARTICIPLE.fullmatch(words[k])
                                  for k in range(2, len(words))):
        return False                           # "a speech Mrs. Clinton delivered at": an object relative clause
    return True


# Nouns with an adjective's ending that name people or bodies ("the officials", "a rival", "the individual").
_ADJECTIVE_NOUNS = frozenset("official general rival individual criminal principal professional liberal radical "
                             "intellectual national tribunal council arsenal capital hospital".split())


@lru_cache(maxsize=None)
def _verb_lemmas() -> frozenset[str]:
    """Bare forms of the reporting verbs ("show", "claim"): opening a lowercase phrase they make it a clause."""
    return frozenset(info.lemma for info in reporting_verbs().values() if " " not in info.lemma)
