"""Reporting cues that attribute nothing: negated or modal speech, idioms of perception, evidence or a
document as the subject ("early indications suggest", "a resolution demanding").

``found`` is the claim shape a cue was read in: (content start, content end, source start, source end, how);
a source start below 0 means no source phrase.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..claim_shapes import NOUN_BY, NOUN_BY_ROLE
from .cues import Cue, as_complement, reporting_nouns, reporting_verbs
from .authorial import _DEMONSTRATIVES, _SHOWN_CLAUSE, _SUBJECT_PRONOUNS, _WORDS, authors_voice
from .cue_senses import other_sense
from .mentions import actor_words
from .subjects import has_name
from .tokens import is_pronoun, tokens, word_classes
from .unasserted import _TO_BEFORE, unasserted

_THAT = re.compile(r"\bthat\b")
# A verb in its base form opening a sentence: an imperative ("Now tell us ...", "Just think ...").
_IMPERATIVE = re.compile(r"(?:^|[.!?:]\s+|\n\s*|\(\s*)[“\"]?(?:(?:Now|Please|Just|So|And|But|Then|Simply)\s+)?$")
# (also opening a parenthesis: "(think Brexit, for example)", "(see below)")

# People as the object of "dismiss": they are let go, not their claims rejected.
_PEOPLE_OBJECT = re.compile(r"\s+(?:(?:almost|nearly|all|most|some|many|several|dozens|hundreds|thousands|of|the|its|their|"
                            r"his|her|\d[\d,]*)\s+)*(?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z]+\s+)?(?:workers|employees|staff|"
                            r"officials|officers|ministers?|generals?|commanders?|judges?|teachers|labou?rers|personnel|"
                            r"prosecutors?|governors?|directors?|chiefs?)\b")
_REFLEXIVE = re.compile(r"\s+(?:themselves|itself|himself|herself|ourselves)\b")
_REFLEXIVE_AS = re.compile(r"\s+(?:themselves|itself|himself|herself|ourselves)\s+as\s+(?!(?:well|much|soon|if)\b)")
# Idioms of perception: "think nothing of", "are feeling the fallout", "found it urgent".
_PERCEPTION = {"feel": re.compile(r"\s+(?:(?:the|a|an|its|their|his|her)\s+\w+(?:\s+\w+)?(?:\s+(?:of|from|on)\b|\s*[.,;])|"
                                   # "felt demoralized", "feel comfortable with": a feeling, not a view
                                   r"(?:so\s+|very\s+|more\s+|less\s+)?[a-z]+(?:ed|ful|ous|ive|less|able|ible|ent|ant|ry|ic)\b"
                                   r"(?!\s+(?:that|the|a|an)\b))"),
               "think": re.compile(r"\s+nothing\s+of\b"),
               # "those who knew the risks", "understands the stakes.": a thing known, no content held
               "know": re.compile(r"\s+(?:(?:the|its|their|his|her|this|these|those)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?"
                                  r"\s*(?:[.,;:?!)]|$)|(?:a\s+lot|a\s+great\s+deal|little|nothing|much|more|less|"
                                  r"something|everything)\s+(?:about|of)\b)"),   # ("already knows a lot about")
               "understand": re.compile(r"\s+(?:the|its|their|his|her|this|these|those)\s+[a-z][\w’'-]*"
                                        r"(?:\s+[a-z][\w’'-]*)?\s*(?:[.,;:?!)]|$)"),
               "consider": re.compile(r"\s+(?:it|the|a|an|its|their|this)\b(?!\s+\w+\s+(?:is|was|are|were|has|had|will|would)\b)"),
               "see": re.compile(r"\s+(?:it|the|a|an|its|their|this)\b(?!\s+\w+\s+(?:is|was|are|were|has|had|will|would)\b)"),
               "show": re.compile(r"\s+up\b"),                 # "failed to show up at the hearing"
               # "has added urgency to the debate", "adds fuel to the fire": a thing added to another, no content
               # (not "added that the talks ...")
               "add": re.compile(r"\s+(?!that\b)(?:(?:a|an|new|more|further|extra|some|much)\s+)?[a-z]+\s+to\s+"
                                 r"(?:the|a|an|its|their|his|her|this|these|those|[A-Z])"),
               # "finds it urgent to ...", "finds the crisis a golden opportunity", "to find out ways"
               "find": re.compile(r"\s+(?:out\b|it\s+[a-z]+\b(?!\s+(?:is|was|are|were|has|had|will|would)\b)|"
                                  r"(?:the|a|an|its|their|this)\s+\w+\s+(?:a|an|the)\s)")}


def idiom_follows(word: str, text: str, end: int) -> bool:
    """Whether the reporting verb ``word`` ending at ``end`` opens one of the idioms of :data:`_PERCEPTION` ("has added
    urgency to the debate", "think nothing of"): no attribution, for the claims and for the figures' sources alike."""
    info = reporting_verbs().get(word.lower())
    rule = _PERCEPTION.get(info.lemma) if info is not None else None
    return rule is not None and rule.match(text, end) is not None


_HEAD_NOUN = re.compile(r"([A-Za-z]+)[\s,]*$")
# A demonstrative as the whole subject: the author pointing at the argument, not a source.
_WHICH_BEFORE = re.compile(r"([A-Za-z]+),?\s+(?:which|that)\s+(?:[a-z]+ly\s+|also\s+)?$")
_PROVENANCE = re.compile(r"\s(?:from|by)\s+(.+)$")
_BODY_DATA = {"data", "figures", "results"}      # a body's own numbers speak for it: "ministry data show"
_LEGAL_TEXTS = {"resolution", "law", "bill", "treaty", "pact", "agreement"}
# A second predicate coordinated with a first: "... and called for", "..., and urged" (a lower-case word or a closing quote
# before "and"; whether the first predicate has a cue of its own is not checked).
_SECOND_PREDICATE = re.compile(r"(?:[a-z]{3,}|[”\"’'])[,”\"’']*\s+and\s+(?:(?:also|then|later|[a-z]+ly)\s+)?$")
_CONSEQUENCE = re.compile(r"\b(?:thereby|thus)\s+$", re.I)
# Verbs that let a fact speak ("X underlines / shows / suggests ...") and event nouns that cannot hold a view.
_EVIDENTIAL = {"underline", "underscore", "highlight", "show", "suggest", "indicate", "reveal", "signal", "emphasise",
               "emphasize", "stress", "confirm", "demonstrate"}
_EVENT_NOUNS = {"cooperation", "relationship", "relations", "ties", "crisis", "war", "conflict", "tensions",
                "deployment", "escalation", "rapprochement", "shift", "turn", "change", "changes", "deal", "alliance",
                "partnership", "summit", "meeting", "talks", "attacks", "strikes", "exercise", "exercises",
                "verdict", "conviction", "sentence", "trial", "case", "episode", "affair", "parade", "purchases",
                "sales", "deliveries", "shipments", "veto", "vetoes", "resurgence", "revival", "invasion", "buildup"}
# (a court's verdict, a trial, an episode or a trade as the subject: "The sentence confirms what many had feared",
# "the purchases indicated that ...": the author's inference; a ruling or a judgment may state the court's reasons)
# (a veto, an invasion or a resurgence too: "The veto highlights a rare diplomatic dividend for Pyongyang", "The
# resurgence of Iran's missile production ... underscores the urgency of ...": an act or a change read as a sign)
# "Rerouting ships adds ...": a gerund and its plural object before a singular verb (not "Polling averages show").
# The participants or the setting of an event after its head noun: "the talks between Putin and Kim underscore".
_EVENT_OF = re.compile(r"\s(?:between|among|over|against|about|during)\s")
_GERUND_SUBJECT = re.compile(r"[A-Z][a-z]+ing\s+[a-z]+s")
_DOCUMENT_WHICH = re.compile(r"\b(?:agreement|treaty|pact|resolution|law|bill|declaration)\s+(?:with|between|on|of)\s"
                             r"[^,.;]{0,60},\s+which\s+(?:[a-z]+ly\s+|also\s+)?$")
_VISUALS = {"image", "images", "photo", "photos", "photograph", "photographs", "picture", "pictures",
            "video", "videos", "footage", "imagery"}
_RELAYING = {"echo", "repeat", "reiterate", "cite"}
# A pronoun standing for other words as the object of a relaying verb ("those cited in", "those of the minister").
_OTHERS_WORDS = re.compile(r"(?:those|the\s+ones?)(?![\w’'-])")
_RELAYING_TEXTS = {"report", "study", "article", "paper", "analysis", "survey", "document", "story"}
# A verb of speech just before "statements by X that" (its subject's last word first): "Pence echoed".
_RELAY_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:[a-z]+ly\s+)?(?:echo|repeat|reiterat|cit)[a-z]*\s+(?:the\s+|those\s+|these\s+|recent\s+|earlier\s+)*$")
_MEETINGS = {"meeting", "meetings", "talks", "summit", "call", "session", "conference", "visit", "negotiations"}
_DOCUMENTS_TOO = {"agreement", "resolution", "treaty", "pact", "law", "bill", "plan", "proposal", "amendment"}
# Naming, not speech: "a news site called DPRK Today stressed ...", "an outfit dubbed Wagner has ..." (an indefinite
# noun phrase, then the name and its own verb; not "A spokesman called Trump a liar").
_NAMING_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w’'-]+\s+){0,5}$")
_NAMED_THEN_VERB = re.compile(r"\s+(?:[A-Z][\w’'.&-]*\s+){1,4}(?:(?:also|again|[a-z]+ly)\s+)?[a-z]+\b")
_NAMING = {"call", "dub", "name"}
# The author's question: "So, why does X let its media highlight ...?", "Which Republicans want to ...?".  Not
# "How do you know when ...?" nor "But has he called for ...?": PolNeAR reads an attribution in those (the cue's
# act is asserted or asked about, not presupposed).
_QUESTION_OPEN = re.compile(r"(?:(?:So|But|And|Then|Yet|Now|Still)\s*,?\s+)?(?:Why|What|Who|Where|Which|Is|Are|"
                            r"Was|Were|Do|Does|Did|Can|Could|Would|Should|Isn[’']t|Doesn[’']t|"
                            r"Didn[’']t|Won[’']t|Aren[’']t|Wasn[’']t)\s", re.I)
# A hedged participle of evidence after a comma: the author's inference from what was said.
_INFERENCE = {"indicate", "signal", "show", "reflect", "demonstrate", "underline", "underscore", "reveal"}
_GUESS_BEFORE = re.compile(r",\s+(?:possibly|perhaps|probably|presumably|likely)\s+$")
_SENTENCE_START = re.compile(r"[.!?\n][”\"’']?\s*")
# Verbs that let a fact speak or a text assert (the evidential verbs, and "assert", "echo" with a thing as subject).
_LETS_FACT_SPEAK = _EVIDENTIAL | {"assert", "echo"}
# A demonstrative and a common noun, with up to two modifiers and no name: "This resistance", "these new figures".
_DEMONSTRATIVE_NP = re.compile(r"(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)")
# Verbs of a text's terms: with a document as subject they state its content, no one's claim.
_TERMS_VERBS = {"specify", "stipulate"}


# A capital inside the subject (a name: "South Korea's intelligence", "McConnell aides") or a partitive or quantity
# head before "of" ("a raft of shipping companies", "a group of experts"): the rule abstains.
_NAMED_OR_OF = re.compile(r"[A-Z]|\bof\b")
_HEAD_WORDS = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")


_LY_NOUNS = {"tally", "rally", "family", "ally", "assembly", "supply", "monopoly", "anomaly", "reply", "bully"}


def _adverb_or_aux(word: str) -> bool:
    classes, low = word_classes(), word.lower()
    return low in classes["aux"] or low in classes["adv"] or low.endswith("ly") and low not in _LY_NOUNS


def _only_adverbs(text: str, lo: int, hi: int) -> bool:
    """Whether only auxiliaries and adverbs stand between a subject phrase and its cue (the phrase is the whole
    subject: not "The latest" cut from "The latest tally shows", nor "Kroger" of "Kroger said ... but indicated")."""
    return all(_adverb_or_aux(w) for w in _HEAD_WORDS.findall(text, lo, hi))


def _subject_head(text: str, lo: int, hi: int) -> str:
    """The last word of a subject phrase that is no auxiliary or adverb ("The rescue also" -> "rescue")."""
    for w in reversed(_HEAD_WORDS.findall(text, lo, hi)):
        if not _adverb_or_aux(w):
            return w
    return ""


@lru_cache(maxsize=None)
def _kept_nouns() -> frozenset[str]:
    """Heads that may hold or stand for a view: role, body, document, person and speech nouns, finding instruments."""
    from ..quote_subjects import person_nouns      # (imported here: quote_subjects imports the nlp package)
    words = actor_words()
    return frozenset(words["role"] | words["body"] | words["document"] | person_nouns() | _FINDERS | _RELAYING_TEXTS |
                     reporting_nouns())


# Heads of an event, a change, a physical trace or an idea: as the subject of an evidential verb they are a fact
# or an idea speaking, no person or body ("The rescue showed that", "The principle asserts that", "The surge in
# trade indicates", "The debris indicates that"). An allow-list: a head missing here (lab, board, airline, coroner,
# monitors, a lawsuit) keeps its claim.
# Events that are words themselves: "Seoul's response indicated that ..." reports what Seoul answered.
_SPOKEN_EVENTS = {"response", "reaction"}
_THING_HEADS = {
    # events and acts
    "rescue", "decision", "development", "involvement", "activity", "election", "tour", "visit", "trip", "response", "reaction", "move", "step",
    "incident", "accident", "crash", "explosion", "outbreak", "collapse", "failure", "success", "delay", "timing",
    "absence", "lack", "presence", "silence", "episode", "event", "launch", "test-firing", "withdrawal", "arrival",
    # changes and trends
    "surge", "trend", "decline", "rise", "increase", "drop", "fall", "growth", "jump", "spike", "slump", "rebound",
    "recovery", "slowdown", "downturn", "upturn", "boom", "pattern", "pace", "scale", "spread",
    # physical traces
    "debris", "wreckage", "damage", "smoke",
    # ideas
    "principle", "belief", "idea", "notion", "concept", "fact", "situation", "phenomenon", "history", "experience",
}


def _singular(low: str) -> str:
    """A plural noun's singular, by its ending: "companies" -> "company", "wolves" -> "wolf", "crashes" ->
    "crash", "trends" -> "trend" ("analysis", "press", "series" unchanged)."""
    if len(low) > 4 and low.endswith("ies") and low not in ("series", "species"):
        return low[:-3] + "y"
    if len(low) > 4 and low.endswith("ves"):
        return low[:-3] + "f"
    if len(low) > 4 and re.search(r"(?:sh|ch|x|ss)es$", low):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "is", "us")):
        return low[:-1]
    return low


def _thing_as_subject(head: str) -> bool:
    """True when a subject's head noun names an event, a change, a physical trace or an idea (_THING_HEADS: "the
    rescue", "the principle", "the surge in trade") and none of the role, body, person, document, finder or speech
    nouns: those, and any head not listed ("the lab", "the board", "monitors", "the lawsuit"), keep their claim."""
    if not head.islower() or len(head) < 3 or is_pronoun(head):
        return False              # a name, an acronym, a pronoun ("it", "she"; "this": the author's voice rules)
    low = head.lower()
    one = _singular(low)
    if low not in _THING_HEADS and one not in _THING_HEADS:
        return False
    keep = _kept_nouns()
    return low not in keep and one not in keep


# "find" and "show" with a bare noun phrase ("found ways to ...", "show signs of ...") report nothing unless a
# finding instrument is the subject ("Polls show a close contest", "one study found 31 incidents").
_FINDERS = {"poll", "polls", "polling", "survey", "surveys", "study", "studies", "research", "analysis", "analyses",
            "review", "report", "reports", "data", "average", "averages", "video", "videos", "footage", "figures",
            "tally", "audit", "investigation", "slide", "ad", "chart", "records", "documents", "transcript",
            "results", "count", "census", "estimate", "estimates", "filings", "test", "tests", "map", "image",
            "images", "photo", "photos", "evidence", "record", "it", "this"}


# Verbs of declaring and concluding whose bare noun-phrase object is an act, no claim: "declared three days of
# national mourning", "declared a strike at midnight", "concluded a landmark agreement", "notifying all authorities
# by email" (not "declared the vote rigged", "declared him the candidate", "concluded that ..."; nor "declared war on
# the United States", a stance PolNeAR counts). "announce" is left out: PolNeAR counts "announced their support",
# "a statement announcing the pick".
_ACT_OBJECT = {"declare", "conclude", "notify"}
# "concluded their first summit", "concluded the talks": a meeting as the object of "conclude" is finished, not judged
# (a definite object opens no small clause here: "concluded the summit successful" is not news usage).
_FINISHED_MEETING = re.compile(r"(?:the|their|his|her|its|a|an)\s+(?:[\w’'-]+\s+){0,4}?(?:" +
                               "|".join(sorted(_MEETINGS | {"visit", "visits", "summits", "tour", "trip"})) + r")\b", re.I)
# "reporting directly to the CEO", "reports to the board": "report to" someone is being their subordinate; a report
# to a body states something only with a clause ("reported to the UN that ...", "reported to the council on ...").
_REPORTS_TO = re.compile(r"(?:(?:directly|only|solely|personally)\s+)?to\s+(?:the|a|an|his|her|their|its|him|them)\b"
                         r"[^;:“”\"]{0,80}$")
# A particle right after the cue makes another verb: "writing off their stakes", "called off the strike", "backed
# down": the phrasal verb is no cue of the lexicon ("point out", "call for" are listed as such). A stance verb keeps
# its row: "Trump backed off some of his proposals" is a change of stance (PolNeAR dev counts it).
_PARTICLE = re.compile(r"(?:off|down|up|away)\s+(?!to\b|that\b)")
# A definite object or a name may open a small clause ("declared the area safe", "declared Kim the winner").
_DEFINITE_OBJECT = re.compile(r"(?:(?:the|this|that|these|those|its|his|her|their|our)(?![\w’'-])|[A-Z])")
# The same for a participle of inference after a comma or a picture ("..., underscoring widespread concern",
# "satellite imagery suggesting a spike in trade"); the finite verb can propose ("McKinley suggested a way to pay").
# (after a comma or a picture; not "the minister's remarks suggesting the deployment of troops": his words)
_INFERRED_AFTER = re.compile(r"(?:,|\b(?:imagery|images?|photos?|photographs?|pictures?|footage|videos?|data|evidence|intelligence))\s+"
                             r"(?:(?:also|further|again|[a-z]+ly)\s+)?$")
_INFERRED_OBJECT = {"underscore", "underline", "suggest", "hint", "signal", "reflect", "demonstrate", "indicate",
                    "reveal"}
# A subordinate clause inside the object is no predicate of it ("a strike after negotiations failed").
_OBJECT_ADJUNCT = {"after", "before", "when", "while", "because", "since", "until", "as", "if", "once", "although"}
# Nouns of a sign or an example that an evidential participle may follow ("a sight showing that", "a sign signalling").
_SIGNS = {"sight", "sign", "example", "proof", "illustration", "reminder", "symbol"}
# "tremors also felt in the coastal cities": a felt force, no view.
_FELT_WHERE = re.compile(r"\s+(?:in|across|throughout|as\s+far\s+(?:away\s+)?as)\s")


def _bare_object(text: str, cue: Cue, c_lo: int, c_hi: int, adjuncts: bool = False, reduced: bool = False) -> bool:
    """True when the content after "find"/"show" is a noun phrase with no predicate of its own ("found ways to
    make the code work", "show signs of enthusiasm"), not a clause ("found the US was in breach", "shows Clinton
    leading", "showed them ahead")."""
    if _THAT.search(text, cue.end, c_lo):
        return False
    hi = min(c_hi, c_lo + 120)
    if adjuncts and cue.lemma in _ACT_OBJECT:         # a noun-phrase object ends at a comma ("having declared
        comma = re.compile(r"[,;]").search(text, c_lo, hi)   # victory over coronavirus, there are reasons ...")
        hi = comma.start() if comma else hi
    words = [w.lower() for w in _WORDS.findall(text, c_lo, hi)][:12]
    if not words or words[0] in _SUBJECT_PRONOUNS or adjuncts and words[0] in ("him", "her", "them", "it", "us", "war"):
        return False
    aux = word_classes()["aux"]
    det = word_classes()["det"]
    for i, w in enumerate(words):
        if adjuncts and i and w in _OBJECT_ADJUNCT:
            break                                     # "declared a strike after negotiations failed"
        if w in aux or w.endswith(("n't", "n’t")) or w in ("ahead", "behind"):
            return False
        if reduced and i and w.endswith("ed") and words[i + 1:i + 2] in (["in"], ["by"], ["with"]):
            continue                                  # "underscoring ties between the nations locked in ...": a
                                                      # reduced relative (a participle's object is a noun phrase)
        if i and adjuncts and w.endswith("ing") and not words[i - 1].endswith("s"):
            continue                                  # "three days of national mourning": a noun in -ing
        if i and w.endswith(("ing", "ed")) and len(w) > 5 and words[i - 1] not in det and \
                words[i - 1] not in word_classes()["prep"]:
            return False                              # "shows Clinton leading", "found 73 percent maintained ..."
    return True


def noun_phrase_object(text: str, cue: Cue, c_lo: int, c_hi: int) -> bool:
    """True when the content right after the cue is a noun phrase with no predicate ("add a flare of celerity")."""
    return c_lo >= cue.end and not text[cue.end:c_lo].strip() and text[c_lo:c_lo + 1] not in "\"“‘'" and \
        _bare_object(text, cue, c_lo, c_hi)


def _in_question(text: str, cue: Cue) -> bool:
    """True when the cue stands in a sentence that is the author's direct question ("So, why does ...?")."""
    lo = max(0, cue.start - 300)
    starts = list(_SENTENCE_START.finditer(text, lo, cue.start))
    a = starts[-1].end() if starts else (0 if lo == 0 else -1)
    if a < 0 or not _QUESTION_OPEN.match(text, a):
        return False
    m = re.compile(r"[.!?\n]").search(text, cue.end)
    return m is not None and text[m.start()] == "?"


# "the ICJ, also called the World Court": a second name in an aside, no one's words.
_ALSO_NAMED = re.compile(r"[\w)],\s+(?:also|sometimes|often|commonly|widely|formerly|popularly)\s+$")
# "asks voters if they agree with ...", "whether they reject ...": a question put to someone, not a view held.
_ASKED_IF = re.compile(r"\b(?:whether|if)\s+(?:they|he|she|we|you|(?:the\s+|most\s+|many\s+)?[a-z]+(?:ans|ers|ents|ople|ation|ens|ic))\s+"
                       r"(?:(?:would|will|still|also|really|[a-z]+ly)\s+)?$")
# "are angry and worried after the government decided ...": the occasion of a feeling, not its content.
_OCCASION = re.compile(r"\s*(?:after|when|since|because|as|amid|following|over\s+the\s+weekend)\b")
_FEELINGS = {"worry", "fear", "concern", "anger", "alarm", "upset"}
# "Kim welcomed the Russian president at the airport": a greeting of a person, not a stance.
_WELCOMED_PERSON = re.compile(r"\s+(?:him|her|them|us|(?:the|a|an|his|her|their|several|some|many|more\s+than|"
                              r"about|nearly|over|hundreds\s+of|dozens\s+of|thousands\s+of|\d[\d,]*)\s+"
                              r"(?:[\w’'-]+\s+){0,3}?"
                              r"(?:president|leader|minister|premier|delegation|guests?|visitors?|counterpart|"
                              r"ambassador|envoy|chancellor|king|queen|prince|team|troops|soldiers|attendees|"
                              r"participants|delegates|crowds?|audience|spectators))\b"
                              # or a name with no possessive, then a dash, comma or place/time phrase:
                              # "welcomed Kim – who had arrived earlier – at the venue", "welcomed Putin to Pyongyang"
                              r"|\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}(?!['’]s)\s*(?:[,–—]|\s-\s|\s+(?:to|at|in|on|upon|aboard)\s)")
# "Tass quoted presidential aide Yury Ushakov as saying": the participle after it carries the claim.
_QUOTED_AS_SAYING = re.compile(r"\s+(?:[\w’'().-]+\s+){1,9}?as\s+(?:saying|telling|stating)\b")


# A decision on a filing: "the court rejected the government's appeal", "approved the request", "dismissed a
# petition" -- a ruling or a procedural act, not a view (CONVENTIONS.md: no attribution). The filings of court and
# committee procedure (FrameNet frames Request, Appeal and Legal_rulings), also "parts/provisions of the bill".
_RULING_VERBS = {"reject", "dismiss", "deny", "uphold", "grant", "approve", "accept", "overturn", "throw out"}
_FILINGS = {"appeal", "appeals", "request", "requests", "petition", "petitions", "motion", "motions", "application",
            "applications", "plea", "pleas", "lawsuit", "lawsuits", "suit", "complaint", "complaints", "injunction",
            "challenge", "challenges", "bid", "bids"}
# Parts of a legal text ruled on: "rejecting certain parts of the legislation" (not "rejected parts of his speech").
_PARTS = {"part", "parts", "provision", "provisions", "section", "sections", "clause", "clauses", "article", "articles",
          "aspects", "elements"}
_OF_LEGAL_TEXT = re.compile(r"\s*of\s+(?:the|this|that|its|a)\s+(?:[\w’'-]+\s+){0,2}?(?:legislation|bill|law|reform|act|"
                            r"measure|decree|regulation|text)\b")
# The object noun phrase up to a preposition, a clause or punctuation: its last word is the head.
_OBJECT_NP = re.compile(r"\s+((?:(?!(?:of|over|against|from|by|to|for|in|on|at|with|that|which|who|and|or|but|as)\b)"
                        r"[\w’'-]+\s*){1,6})(?=\b(?:of|over|against|from|by|to|for|in|on|at|with|that|which|who|and|or|but|as)\b|"
                        r"[.,;:!?()]|$)")
# "Modi called ISRO director S Somnath on Wednesday to congratulate him": a telephone call, not a naming or a view.
_PHONE_CALL = re.compile(r"\s+(?:him|her|them|(?:[\w.’'-]+\s+){0,5}?[A-Z][\w.’'-]*)(?:\s+(?:on|last|this|late|early)"
                         r"(?:\s+[A-Za-z]+){1,2})?\s+to\s+(?:congratulate|thank|express|offer|discuss|convey|apologi[sz]e|"
                         r"wish|inform|invite|update|console|condole|check|pledge|concede)\b")


def _rules_on_a_filing(text: str, cue: Cue) -> bool:
    """ "rejected the government's appeal", "approves core of bill, rejects referendum request": a ruling."""
    if cue.lemma not in _RULING_VERBS or _THAT.match(text, cue.end + 1):
        return False
    m = _OBJECT_NP.match(text, cue.end, min(len(text), cue.end + 100))
    words = m.group(1).lower().split() if m else []
    if words and words[-1] in _PARTS and _OF_LEGAL_TEXT.match(text, m.end(1)):
        return True               # "rejecting certain parts of the legislation"
    # the head ends the phrase or a participle follows it ("a petition filed by residents")
    return any(w in _FILINGS and (i == len(words) - 1 or words[i + 1].endswith(("ed", "ing")))
               for i, w in enumerate(words))


def _shape_says_nothing(text: str, cue: Cue, c_lo: int, c_hi: int) -> bool:
    """Naming ("a site called X stressed") or the author's question ("So, why does ...?")."""
    before = text[max(0, cue.start - 60):cue.start]
    if _rules_on_a_filing(text, cue):
        return True                                   # "the court rejected the appeal": a ruling, not a view
    if cue.lemma == "call" and cue.word.split()[0].lower() in ("call", "calls", "called", "calling") and \
            " " not in cue.lemma and _PHONE_CALL.match(text, cue.end):
        return True                                   # "called the director on Wednesday to congratulate him"
    if cue.lemma == "find" and cue.word == "find" and _TO_BEFORE.search(before) and not _THAT.match(text, cue.end + 1):
        return True                                   # "needs to find a way", "the ability of farmers to find
                                                      # substitutes": a search, not a finding
    if cue.word == "called" and _ALSO_NAMED.search(before):
        return True                                   # "the ICJ, also called the World Court and charged with"
    if _ASKED_IF.search(before):
        return True                                   # "asks voters if they agree with establishing a new state"
    if cue.lemma in _RELAYING and c_lo >= cue.end and not text[cue.end:c_lo].strip() and _OTHERS_WORDS.match(text, c_lo):
        return True                                   # "complaints echo those cited in two decisions", "echoed those
                                                      # of the president": a likeness to other words, no content
    if cue.lemma in _FEELINGS and c_lo >= cue.end and not text[cue.end:c_lo].strip() and _OCCASION.match(text, c_lo):
        return True                                   # "worried after the government decided ..."
    if cue.lemma == "welcome" and not cue.participle and _WELCOMED_PERSON.match(text, cue.end):
        return True                                   # "Kim welcomed the Russian president at the airport"
    if cue.lemma in ("quote", "cite") and _QUOTED_AS_SAYING.match(text, cue.end):
        return True                                   # "Tass quoted X as saying": see the claim of "saying"
    if cue.lemma in _NAMING and not cue.participle and _NAMING_BEFORE.search(before):
        m = _NAMED_THEN_VERB.match(text, cue.end)
        last = m.group(0).split()[-1] if m else ""
        if m and (last in word_classes()["aux"] or last.endswith(("ed", "s")) and not last.endswith("ss")):
            return True                               # "a news site called DPRK Today stressed ...": a name
    if cue.roles == NOUN_BY_ROLE:
        relay = _RELAY_BEFORE.search(before)
        if relay and relay.group(1).lower() not in _RELAYING_TEXTS:
            return True                               # "Pence echoed statements by Trump that ...": Pence's row
                                                      # (PolNeAR lists the relaying speaker only)
    if _in_question(text, cue):
        return True                                   # "So, why does North Korea let ... highlight ...?"
    if cue.participle and cue.lemma in _INFERENCE and _GUESS_BEFORE.search(before):
        return True                                   # "he fell in love with Kim, possibly indicating a ...": the
                                                      # author's inference (not "he said, apparently suggesting")
    return False


_ADDRESS_VERBS = {"call", "dub", "label", "brand", "hail"}
_RECIPROCAL = re.compile(r"(?:each\s+other|one\s+another)\b", re.I)


# A participle used as an adjective before its noun: "despite causing repeated delays", "the alleged bias", "of
# reported cases" (a determiner, a preposition or a gerund before it; not "having reported", "being told").
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|these|those|of|with|like|despite|for|over|"
                                 r"about|amid|without|against|from)|\b(?!having\b|being\b)[a-z]{3,}ing)\s+$")
# A verb of speech under a verb of hoping or planning: "health authorities hope to report no new cases" -- the
# report is not yet made (a stance keeps its row: "wants to support", see _PURPOSE_TO).
_INTENDED_TO = re.compile(r"\b(?:hope|hopes|hoped|hoping|plan|plans|planned|planning|intend|intends|intended|"
                          r"intending|wish|wishes|wished)\s+to\s+$")
# "to" followed by a preposition is no infinitive: a stranded preposition ("a bridge, agreed to during the summit").
_STRANDED_TO = re.compile(r"\s*to\s+(?:during|in|at|by|on|with|under|after|before|since|until|earlier|last|"
                          r"previously)\b|\s*to\s*[,.;]")
# An absolute construction mistaken for an inverted source: "..., with 26 cases confirmed and six deaths reported."
_ABSOLUTE = re.compile(r"\s*(?:with|without|amid|after|following|despite)\s", re.I)
# Appealing a decision is a legal act (the filing side of _rules_on_a_filing): "The suspension was appealed by his
# staff", "appealed the verdict".
_DECISIONS = {"ruling", "rulings", "decision", "decisions", "verdict", "verdicts", "sentence", "sentences", "suspension",
              "ban", "judgment", "judgement", "conviction", "convictions", "order", "fine", "penalty", "disqualification"}
# "argued his case behind closed doors": pleading, no proposition (not "argued the case that ...").
_OWN_CASE = re.compile(r"\s+(?:his|her|their|its|our|my|your)\s+(?:own\s+)?case\b(?!\s+(?:that|for)\b)")
# Verbs of examining with a noun-phrase object: "assesses the scope of the agreement" (an examination, no finding;
# "assessed that there was assistance" keeps its row).
_EXAMINING = {"assess"}
# A reduced relative after a plural noun, then a place: "chemicals found in refrigerants", "traces detected on the
# hull" (not "investigators found in their report that ...": a finder or a person).
_LOCATED = re.compile(r"\b([a-z]{3,}s)\s+$")
# Verbs of characterising (Levin 1993, 29.2) as a participle after a noun, then "as" and no agent: a reduced passive.
_PASSIVE_AS_VERBS = {"perceived", "seen", "regarded", "viewed", "considered", "described", "deemed", "labeled",
                     "labelled", "branded", "portrayed", "characterized", "characterised"}
_AS_NEXT = re.compile(r"\s+as\s")
_NOUN_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:is|are|was|were|be|been|being|has|have|had|who|whom|which|that|it|he|she|they|"
                          r"we|you|i|also|not|widely|commonly|often|once|now)\s)[a-z]{3,}\s+$")
_RELATIVE_OBJECT = re.compile(r"\b(?:whom|which|that|who|what|whatever)\b")
_BY_AGENT = re.compile(r"\sby\s")
# A counted plural before a participle: "14 cases of measles reported", "more than 2,000 deaths recorded".
_COUNTED_BEFORE = re.compile(r"(?:\d[\d,.]*|\bof)\s+(?:[a-z][\w-]*\s+)?[a-z]{3,}s\s+$")
_PLACE_AFTER = re.compile(r"\s+(?:in|on|at|inside|near|along|across|among)\s")


def _act_not_view(text: str, cue: Cue, c_lo: int, c_hi: int, s_lo: int, s_hi: int, how: str) -> bool:
    """A cue word in a sense that reports no view: an adjective, an intention, a legal act, an examination."""
    before = text[max(0, cue.start - 40):cue.start]
    if cue.word.endswith("ed") and " " not in cue.word and how in ("verb", "subjectless") and \
            not text[cue.end:c_lo].strip() and _ATTRIBUTIVE_BEFORE.search(before) and \
            not _THAT.match(text, c_lo):
        return True                                   # "despite causing repeated delays in the schedule"
    if "s" in cue.roles and "p" not in cue.roles and _INTENDED_TO.search(before):
        return True                                   # "hope to report no new cases": not reported yet
    if c_lo >= cue.end and _STRANDED_TO.match(text, c_lo):
        return True                                   # "a bridge, agreed to during the summit"
    if how == "inverted" and s_lo >= 0 and _ABSOLUTE.match(text, s_lo):
        return True                                   # "..., with six deaths reported."
    if cue.lemma == "appeal":
        head = [w.lower() for w in _WORDS.findall(text, c_lo, min(c_hi, c_lo + 60))][:4]
        if head and head[0] not in ("to", "for") and _DECISIONS.intersection(head):
            return True                               # "The suspension was appealed by his staff"
    if cue.lemma == "argue" and _OWN_CASE.match(text, cue.end):
        return True                                   # "after successfully arguing his case behind closed doors"
    m = _LOCATED.search(before) if cue.word in ("found", "discovered", "detected") else None
    if m and _PLACE_AFTER.match(text, cue.end) and m.group(1).lower() not in _FINDERS and \
            m.group(1).lower()[:-1] not in actor_words()["role"] | actor_words()["body"]:
        return True                                   # "potent chemicals found in refrigerants": located things
    if cue.word in ("reported", "recorded", "registered") and _COUNTED_BEFORE.search(before) and \
            _PLACE_AFTER.match(text, cue.end) and not _THAT.search(text, cue.end, min(len(text), cue.end + 80)):
        return True                                   # "14 cases of measles reported across the country", "2,000
                                                      # deaths recorded in the region": a count (a reduced relative)
    if cue.word in _PASSIVE_AS_VERBS and _AS_NEXT.match(text, cue.end) and _NOUN_BEFORE.search(before) and \
            not _RELATIVE_OBJECT.search(text, max(0, cue.start - 70), cue.start) and \
            not _BY_AGENT.search(text, cue.end, c_hi):
        return True                                   # "a nation perceived as lagging in innovation": a reduced
                                                      # passive, the noun is the one perceived and nobody perceives
                                                      # (not "whom the minister described as": an active verb)
    if cue.lemma in _EXAMINING and how in ("verb", "subjectless") and c_lo >= cue.end and \
            _bare_object(text, cue, c_lo, c_hi):
        return True                                   # "assesses the scope of the military agreement"
    return False


def attributes_nothing(text: str, cue: Cue, found: tuple) -> bool:
    """A cue that attributes nothing: negated or modal speech, an idiom, evidence or a document as subject."""
    c_lo, c_hi, s_lo, s_hi, how = found
    before = text[max(0, cue.start - 40):cue.start]
    if _shape_says_nothing(text, cue, c_lo, c_hi) or authors_voice(text, cue, found, _FINDERS) or \
            _act_not_view(text, cue, c_lo, c_hi, s_lo, s_hi, how) or other_sense(text, cue):
        return True                                   # (the author's voice, an idiom: nlp.authorial; "sworn in")
    if unasserted(text, cue, s_lo, s_hi):
        return True                                   # negated, modal, asked, aimed or meant speech (nlp.unasserted)
    if cue.lemma == "dismiss" and _PEOPLE_OBJECT.match(text, cue.end):
        return True                                   # "has dismissed almost all North Korean workers": firing
    if cue.lemma == "feel" and _FELT_WHERE.match(text, cue.end):
        return True                                   # "strong tremors also felt in Rabat": a physical force
    if (cue.lemma in _ACT_OBJECT and not _DEFINITE_OBJECT.match(text, c_lo) or
            cue.participle and cue.lemma in _INFERRED_OBJECT and _INFERRED_AFTER.search(before)) and \
            how in ("verb", "subjectless") and c_lo >= cue.end and \
            _bare_object(text, cue, c_lo, c_hi, adjuncts=True, reduced=cue.participle):
        return True                                   # "declared a strike", "concluded an agreement": an act
    if cue.lemma == "conclude" and how in ("verb", "subjectless") and c_lo >= cue.end and \
            not text[cue.end:c_lo].strip() and _FINISHED_MEETING.match(text, c_lo, c_hi):
        return True                                   # "have concluded their first ever summit": ended, no view
    if cue.lemma == "report" and how in ("verb", "subjectless") and c_lo >= cue.end and \
            not text[cue.end:c_lo].strip() and _REPORTS_TO.match(text, c_lo, c_hi) and \
            not _THAT.search(text, c_lo, c_hi):
        return True                                   # "will remain president, reporting directly to the CEO"
    if " " not in cue.word and "p" not in cue.roles and how in ("verb", "subjectless") and c_lo >= cue.end and \
            not text[cue.end:c_lo].strip() and _PARTICLE.match(text, c_lo, c_hi):
        return True                                   # "writing off their stakes": a phrasal verb
    if how == "as" and 0 <= s_lo < s_hi <= cue.start:
        words = _HEAD_WORDS.findall(text, s_lo, cue.start)
        if len(words) > 1 and words[0].lower() in _SUBJECT_PRONOUNS and \
                not all(_adverb_or_aux(w) or w.lower().endswith("self") for w in words[1:]) and \
                not _adverb_or_aux(words[-1]) and not words[-1].lower().endswith("self"):
            return True                               # "..., as he faced fraud charges": the pronoun's verb comes
                                                      # before the word, which is a noun ("as he noted", "as you
                                                      # very aptly pointed out" keep their rows)
    if _REFLEXIVE.match(text, cue.end) and not (_REFLEXIVE_AS.match(text, cue.end) and set(cue.roles) & set("qn")):
        return True                                   # "found themselves", "portray himself to his people as" (not
                                                      # "is casting himself as a champion": a self-portrayal)
    if cue.lemma in _PERCEPTION and _PERCEPTION[cue.lemma].match(text, cue.end) and not as_complement(text, cue.end):
        return True                                   # "are feeling the economic fallout", "think nothing of"
    words = actor_words()
    # (a participle in the object may be a reduced relative: "showed interest in importing goods manufactured in ...")
    if cue.lemma in ("find", "show") and how in ("verb", "subjectless") and \
            _bare_object(text, cue, c_lo, c_hi, reduced=True):
        subject = re.split(r"\s(?:of|in|by|from|for|on)\s", text[s_lo:s_hi], maxsplit=1)[0] if s_lo >= 0 else ""
        if not _FINDERS.intersection(w.lower() for w in _WORDS.findall(subject)):
            return True                               # "corporations have found ways to ...", "show signs of ..."
    if s_lo >= 0 and _GERUND_SUBJECT.fullmatch(text, s_lo, s_hi) and cue.word.endswith("s") \
            and not cue.word.endswith("ss"):
        return True                                   # "Rerouting ships adds two weeks": an action as subject
    if s_lo >= 0 and how != "according":
        source = text[s_lo:s_hi]
        low = source.strip().lower()
        if low in _DEMONSTRATIVES:
            return True                               # "This further emphasizes ...": the author's own voice
        dem = _DEMONSTRATIVE_NP.fullmatch(source.split(",", 1)[0].strip())   # ("This move, rather than ...,")
        if dem and cue.lemma in _LETS_FACT_SPEAK and how == "verb" and not cue.participle and \
                dem.group(1).lower() not in _kept_nouns() and _singular(dem.group(1).lower()) not in _kept_nouns():
            return True                               # "This resistance suggests that ...", "This achievement
                                                      # highlights ...": a demonstrative points back at what the
                                                      # author has told, a fact that speaks in the author's voice
                                                      # (not "This report shows", "These officials stressed")
        if low == "which":
            m = _HEAD_NOUN.search(text, max(0, s_lo - 40), s_lo)
            if m and m.group(1).lower() in words["document"] | _DOCUMENTS_TOO:
                return True                           # "an agreement ..., which pledged ...": a document
        head = re.split(r"\s(?:of|in|to|at|for|by|on|with|from)\s", source, maxsplit=1)[0].rstrip(" ,")
        m = _HEAD_NOUN.search(head)
        toks = tokens(text, s_lo, s_lo + len(head))
        prov = _PROVENANCE.search(source)
        behind = prov is not None and any(w.lower() in words["body"] or w.lower() in words["role"]
                                          for w in re.findall(r"[A-Za-z]+", prov.group(1))) or \
            m is not None and m.group(1).lower() in _BODY_DATA and any(     # "electoral commission data showed"
                w.lower() in words["body"] for w in re.findall(r"[A-Za-z]+", head[:m.start(1)]))
        if m and cue.lemma == "discuss" and m.group(1).lower() in _MEETINGS:
            return True                               # "the minister's meeting with Putin might have discussed ...":
                                                      # an event's agenda, not anybody's view
        if cue.lemma == "show" and _VISUALS.intersection(w.lower() for w in re.findall(r"[A-Za-z]+", source)[:4]) \
                and c_lo >= cue.end and not _SHOWN_CLAUSE.match(text, cue.end):
            return True                               # "Images released by KCNA showed Kim arriving": a depiction
                                                      # (not "Video shows that Crutcher had his hands in the air")
        if m and cue.participle and cue.lemma in _EVIDENTIAL and m.group(1).lower() in _VISUALS and not behind:
            return True                               # "The latest satellite imagery shows ..., suggesting that
                                                      # ...": the author's inference from a picture
        if m and cue.lemma in _RELAYING and m.group(1).lower() in _RELAYING_TEXTS and NOUN_BY.match(text, c_lo):
            return True                               # "The report echoed comments by U.S. officials that ...":
                                                      # the officials' row holds it, the report only relays it
        event = _HEAD_NOUN.search(_EVENT_OF.split(head, maxsplit=1)[0])   # "the talks between Putin and Kim"
        if event and (cue.lemma in _EVIDENTIAL or cue.lemma == "contradict") and event.group(1).lower() in _EVENT_NOUNS:
            return True                               # "Russia's deepening cooperation has underlined ...": an event
        if cue.lemma in _LETS_FACT_SPEAK and how == "verb" and not cue.participle and not behind and \
                not _NAMED_OR_OF.search(text, s_lo + 1, s_hi) and _only_adverbs(text, s_hi, cue.start) and \
                _thing_as_subject(_subject_head(text, s_lo, s_lo + len(head))):
            return True                               # "The rescue showed that ...", "The principle asserts that ...",
                                                      # "The surge in trade indicates": a fact or an idea as subject,
                                                      # no person or body behind it (CONVENTIONS.md)
        if how == "verb" and not cue.participle and (cue.lemma in _INFERENCE or cue.lemma == "add" or
                                                    "a" in cue.roles) and _only_adverbs(text, s_hi, cue.start):
            owned = _subject_head(text, s_lo, s_lo + len(head))
            if _singular(owned.lower()) not in _SPOKEN_EVENTS and _thing_as_subject(owned):
                return True                           # "North Korea's involvement has raised concerns about ...",
                                                      # "The decisions from Pyongyang underscore ...", "The upcoming
                                                      # election adds ...": an event of a named actor, the author's
                                                      # inference (not "the ministry's response stressed that")
        if cue.lemma in _TERMS_VERBS and how == "verb" and not behind and m and \
                _singular(m.group(1).lower()) in words["document"] | _DOCUMENTS_TOO | _LEGAL_TEXTS:
            return True                               # "The treaty stipulates that ...", "The bill specifies that":
                                                      # a document's terms, nobody behind them (CONVENTIONS.md)
        if m and m.group(1).lower() in words["evidence"] and not has_name(toks[1:]) and not behind:
            return True                               # "early indications suggest", "his tour ... suggests"
            # (but "Data from Russia's statistics service shows": a body behind the evidence; not "Data
            # from the Shanghai Freight Index showed")
    lo = max(0, cue.start - 80)
    rel = _WHICH_BEFORE.search(text, lo, cue.start) if text.find("which", lo, cue.start) >= 0 or \
        text.find("that", lo, cue.start) >= 0 else None     # (a fast "no": the pattern needs one of them)
    if rel and rel.group(1).lower() in words["document"] | _DOCUMENTS_TOO or \
            _DOCUMENT_WHICH.search(text, max(0, cue.start - 90), cue.start):
        return True                                   # "an agreement with Kim Jong Un, which pledged ...": a document
    if cue.participle:
        m = _HEAD_NOUN.search(text, max(0, cue.start - 30), cue.start)
        head = m.group(1).lower() if m else ""
        if head in words["document"] and (_THAT.match(text, cue.end + 1) is None or head in _LEGAL_TEXTS):
            return True                               # "passed a resolution demanding (that) ...": a document
        if cue.lemma in _EVIDENTIAL and (head in words["evidence"] or head in _SIGNS) and head not in _FINDERS and \
                m is not None and not text[m.end(1):cue.start].strip():
            return True                               # "The summit is a sight showing that ...": a fact as evidence
    if cue.lemma in _ADDRESS_VERBS and _RECIPROCAL.match(text, c_lo):
        return True                                   # 'Calling each other "comrade", the men toasted ...': a form
                                                      # of address between the two, not a view of a third party
    if cue.participle and _CONSEQUENCE.search(before):
        return True                                   # "..., thereby reaffirming ties": a consequence, not a view
    if how == "subjectless" and cue.word == cue.lemma and _IMPERATIVE.search(text, max(0, cue.start - 12), cue.start):
        return True                                   # "Now tell us this isn't a witch hunt!": the author to the reader
    if how == "subjectless" and not _THAT.match(text, cue.end + 1) and set(cue.roles) & set("in") \
            and "c" not in cue.roles and not _SECOND_PREDICATE.search(before):
        return True                                   # "requested the panel to submit ...": no one, no clause (but
                                                      # 'She called the move "outrageous" and called for a review':
                                                      # a second predicate of the first one's subject)
    return False
