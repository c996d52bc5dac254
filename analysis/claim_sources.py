"""Who holds a claim: the subject of a reporting cue (through participles, infinitives, asides and
relative clauses), and whether a source phrase names a person or an actor; pronouns resolved like quote speakers.

Split from ``claims.py``; the rules and their order are unchanged.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from .claim_shapes import APPOSITIVE_NAME as _APPOSITIVE_NAME
from .claim_shapes import main_cue
from .nlp import Cue, is_plural, is_pronoun, iter_cues, leading_np, np_after, pronoun_kinds, resolve_group
from .nlp import subject_before, word_classes
from .nlp.subjects import aspect_before, name_before_appositions, name_before_role_aside, participle_clause_subject
from .nlp.leading import subordinate_subject
from .nlp.mentions import _EVENT_HEADS, actor_words, clean_mention, resolve_mention
from .nlp.tokens import PARTY_TAG
from .nlp.people import lone_surname_in
from .claim_content import _actor_word, _Context, _THAT, _WORD, actor_head, contact_relative
from .lexicons import load_list
from .nlp.guard import guarded
from .quote_pronouns import _described_subjects, as_described, plural_subject_before

_NAME_START = re.compile(r"[A-Z]|(?:the|a|an|one|two|three|several|some|many|his|her|their|its)\b")
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:[\w’'.-]+\s+){0,4}[\w’'.-]+)$")
_GOVERNING_VERB = re.compile(r"\b((?:continues?|continued|wants?|wanted|seems?|seemed|appears?|appeared|tends?|"
                             r"tended|began|begins?|refuses?|refused|vows?|vowed|plans?|planned|tries|tried|tr(?:y)|"
                             r"promised|promises?|decided|decides?|hopes?|hoped|continue|want|begin))\s+to\s*$")
_INFINITIVE_BEFORE = guarded(re.compile(r"\bto$"))
# An absolute clause "with NP V-ing ... to" before an infinitive cue: NP is the infinitive's subject.
_WITH_INFINITIVE = guarded(re.compile(r",\s+with\s+((?:the\s+|[A-Z][\w’'.&-]*\s+)(?:[\w’'.&-]+\s+){0,4}?)"
                                      r"(?:[a-z]+ing)\s+(?:[a-z]+\s+){0,5}?to\s*$"))
# Verbs whose object is the subject of the infinitive after it: "forced Stumpf to admit", "urged Kim to say",
# and the causatives: "These tests caused US officials to argue that ...", "led analysts to conclude that ...".
_OBJECT_CONTROL = re.compile(r"\b(?:forc|press|persuad|convinc|urg|ask|encourag|invit|prompt|challeng|dar|push|"
                             r"compell|allow|order|caus|lead|led|driv|drove|spurr|inspir)(?:e|es|ed|ing|d|s)?\s+(?=[A-Z]|the\s|his\s|her\s|their\s)")
_WH_INFINITIVE = re.compile(r"\b(?:whether|how|when|where|what|whom)\s+to$", re.I)
_TO_END = re.compile(r"\s+to\s*$")
_CONTROL_TAIL = re.compile(r"(?:,[^,.;:]{0,120},)?\s*to\s*")
# A pronoun subject with a contracted auxiliary before a participle: "He’s claiming", "they're saying"; not "it"
# ("it’s definitely showing a bounce back": a thing that shows is evidence, no source of a claim)
_CONTRACTED_SUBJECT = re.compile(r"(?<![\w’'-])([Hh]e|[Ss]he|[Tt]hey|[Ww]e)[’'](?:s|re)\s+(?:(?:also|now|still|"
                                 r"[a-z]+ly)\s+)?$")
_SUB_BEFORE = re.compile(r"\b(?:while|when|after|before|by|despite|in|without|besides)$", re.I)


_AND_BEFORE = re.compile(r"(?:,?\s*(?:as\s+well\s+as|and|or))$")
_CLAUSE_PUNCT = re.compile(r"[.;:!?]")


def _source_of(ctx: _Context, cue: Cue, lo: int, hi: int) -> Optional[tuple[int, int]]:
    text = ctx.text
    before = text[max(lo, cue.start - 80):cue.start].rstrip()      # a tail is enough for the checks below
    zero = contact_relative(text, cue)
    if zero and zero.start(2) >= lo:
        return zero.span(2)       # "a process UBS has said will take ...": the subject after the antecedent
    if _WH_INFINITIVE.search(before):
        return None        # "deciding whether to appeal", "about how to respond": an open choice, nobody's claim
    if _INFINITIVE_BEFORE.search(before):
        # "It would be fair to say that ...": the clause's subject, none when it is "it"; "that Moscow continues
        # to hold the belief": the subject of the verb before "to".
        ctrl = None
        for ctrl in _OBJECT_CONTROL.finditer(text, max(lo, cue.start - 160), cue.start):
            pass
        to = _TO_END.search(text, ctrl.end(), cue.start) if ctrl and _THAT.match(text, cue.end + 1) else None
        obj = np_after(text, ctrl.end(), to.start() if to else cue.start) if ctrl else None  # (the object ends
        # before "to": "prompted South Korean intelligence to speculate that ...")
        if obj is not None and _CONTROL_TAIL.fullmatch(text, obj[1], cue.start):
            return obj            # "forced Stumpf, who was under questioning, to admit that ...": the object speaks
        with_np = _WITH_INFINITIVE.search(text, max(lo, cue.start - 120), cue.start)
        if with_np:               # "The finger has been pointed at China, with The New York Times going as far as to
            return with_np.span(1)   # claim ...": the subject of the absolute clause, not the sentence's
        gov = _GOVERNING_VERB.search(text, max(lo, cue.start - 40), cue.start)
        sp = subject_before(text, lo, gov.start(1)) if gov else None
        if sp is None or not _NAME_START.match(text, sp[0]) and not is_plural(text[sp[0]:sp[1]]):
            sp = leading_np(text, lo, cue.start)
        return None if sp is None or text[sp[0]:sp[1]].lower() in ("it", "there") else sp
    contracted = _CONTRACTED_SUBJECT.search(text, max(lo, cue.start - 40), cue.start) if cue.participle else None
    if contracted:
        return contracted.span(1)         # "He’s claiming that ...": the pronoun before the contracted auxiliary
    if cue.participle and aspect_before(text, lo, cue.start):
        return subject_before(text, lo, cue.start)       # "Critics keep calling ...": a finite verb's subject
    if cue.participle and (_SUB_BEFORE.search(before) or _opens_clause(cue)):
        # "while acknowledging that ..., analysts emphasise", "Bemoaning the system, Trump accused ...": the main
        # clause's subject.
        for later in iter_cues(text, cue.end, hi):     # the subject of the main clause's own cue
            comma = text.rfind(",", cue.end, later.start)
            if comma >= 0 and not later.participle and not later.passive and later.lemma != "according to":
                sp = subject_before(text, comma + 1, later.start)
                if sp is not None:
                    return sp
        comma = text.find(",", cue.end, hi) if _opens_clause(cue) else -1
        sp = leading_np(text, comma + 1, hi) if comma >= 0 else leading_np(text, lo, hi)
        return sp if sp is not None and not (sp[0] <= cue.start < sp[1]) else None
    with_np = _WITH_SUBJECT.search(before) if cue.participle else None
    if with_np:
        # "..., with analysts predicting that ...": the noun phrase after "with".
        start = max(lo, cue.start - 80) + with_np.start(1)
        return start, start + len(with_np.group(1))
    if cue.participle and _AND_BEFORE.search(before):
        prev = [c for c in iter_cues(text, max(lo, cue.start - 240), cue.start) if c.participle and c.start >= lo]
        if prev and not _CLAUSE_PUNCT.search(text, prev[-1].end, cue.start) and \
                text[max(lo, prev[-1].start - 3):prev[-1].start].rstrip().endswith(","):
            return _source_of(ctx, prev[-1], lo, prev[-1].start)   # "accusing ... as well as demanding ...":
                                                                   # the participles' one subject
    if cue.participle and (own := participle_clause_subject(text, lo, cue.start, actor_head)) is not None:
        return own                # ", but the unions have gone further, claiming ...": the nearest clause's subject
    if cue.participle:
        # "X dismissed the idea, saying that ...": the main clause's subject.
        earlier = [c for c in iter_cues(text, lo, cue.start) if not c.participle and not c.passive and
                   ctx.quote_at(c.start) is None]   # (a cue inside a quote is the speaker's word, no main clause)
        if earlier:     # the main clause's cue, not one inside its that-clause ("emerged to confirm that Russia seeks")
            main = main_cue(text, earlier) if before.endswith(",") else earlier[-1]   # (not "speculating and asserting")
            if not _WORD.search(text, lo, main.start) and not main.participle and not main.passive:
                sp = np_after(text, main.end, cue.start)      # '"...," said Jean Dermine, ..., adding that ...':
                if sp is not None:                            # the inverted subject after the main cue
                    return sp
            return _source_of(ctx, main, lo, cue.start)
        lead = _quote_lead_cue(ctx, lo, cue)
        if lead is not None:      # 'Peabody said: "...," adding that ...': the cue that introduced the quote
            return _source_of(ctx, lead, ctx.index.at(lead.start).start, lead.start)
        # Otherwise the clause's subject, with or without a comma before the participle: "The United
        # States made allegations suggesting that ...", "Trump unleashed tweets saying that ..."; the clause
        # may open after a subordinator ("Palmieri spoke after Trump unleashed tweets criticizing X").
        if not before.endswith(","):
            comma = text.rfind(",", lo, cue.start)
            subs = list(_CLAUSE_OPENER.finditer(text, max(lo, comma + 1), cue.start))
            if subs:
                sp = leading_np(text, subs[-1].end(), cue.start)
                if sp is not None:
                    return sp
        # "Trump's volte-face came after ... Vladimir Putin, shrugged off his charge, saying that ...": the subordinate
        # clause's subject when the main clause's names a thing
        return subordinate_subject(text, lo, cue.start) or leading_np(text, lo, cue.start)
    return _subject(text, lo, cue.start)


def _quote_lead_cue(ctx: _Context, lo: int, cue: Cue) -> Optional[Cue]:
    """The reporting cue before a quote that closes right before a participle ('X said: "...," adding that'), when
    nothing but punctuation stands between the quote and the participle; or None."""
    text = ctx.text
    sentence = ctx.index.at(cue.start)
    if sentence is None or lo <= sentence.start or text[lo:cue.start].strip(" ,"):
        return None
    q = ctx.quote_at(lo - 1)
    if q is None or q.close != lo or q.open <= sentence.start:
        return None
    lead = [c for c in iter_cues(text, max(sentence.start, q.open - 200), q.open)
            if not c.participle and not c.passive and ctx.quote_at(c.start) is None]
    between = text[lead[-1].end:q.open] if lead else ""
    if not lead or between.strip(" ,") and not (between.rstrip().endswith(":") and len(_WORD.findall(between)) <= 8):
        return None               # (the quote follows its cue, perhaps after 'in a statement:')
    return lead[-1]


def _opens_clause(cue: Cue) -> bool:
    """A participle opening its sentence ("Lamenting their luck, farmers say ..."): an adjunct of the main clause,
    whose subject holds it (``iter_cues`` looks a capitalised word up only at the start of a sentence)."""
    return cue.participle and cue.word[:1].isupper() and cue.lemma not in ("according to", "cite")


# A subject never holds a modal or a negated auxiliary: "The Spanish government cannot fire Rubiales but has
# denounced ..." is the subject of a second verb phrase.
_MODAL_IN_SUBJECT = re.compile(r"\s+(?:cannot|can(?:’|')t|could|will|would|must|may|might|should|shall|"
                               r"(?:did|does|do|has|have|had)\s+not|(?:did|does|do)n(?:’|')t)\s+[a-z]")
# An acronym in brackets inside the subject: "The World Health Organization (WHO) chief said".
_BRACKETED_BEFORE = guarded(re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s+){0,5}[A-Z][\w’'.&-]*\s*\([A-Z][\w.&-]*\)\s*)$"))


# A finite verb right before a subject phrase: "called", "criticized", "met", "told" (the phrase is its object).
_AFTER_VERB = re.compile(r"(?<![\w’'-])(?:[a-z]{3,}ed|said|told|met|called|says|tells|urged|thanked)\s+$")
# A plural subject of common nouns opening a second clause: ", but more ambitious nations and climate advocates".
_PLURAL_AFTER_CONJUNCTION = re.compile(r",\s+(?:but|and|while|whereas)\s+((?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*[^s\W]s)"
                                       r"\s+(?:(?:also|[a-z]+ly)\s+)?$")
# A subject phrase opening on an adverb or a time is no noun phrase: "again on December 3 and North Korea".
_ADVERB_START = re.compile(r"(?:[a-z]+ly|again|also|then|later|now|still|once|twice|on|in|at|last|this|next|since)\s")
_WHO_BEFORE = re.compile(r"(?<=[\w.’'])\s*,?\s+who\s+(?:(?:the\s+(?:previous|following|next|same)\s+(?:day|morning|afternoon|"
                         r"evening|night|week)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this)\s+(?:week|"
                         r"month|year)|yesterday|earlier)\s+)?"   # a time between: "who the previous evening had accused"
                         r"(?:(?:[a-z]+ly|also|later|then|had|has|have|had\s+also)\s+)?$")
_NP_WORD = re.compile(r"[\w’'.&-]+")
_BEFORE_NP = {"by", "from", "with", "to", "but", "that", "as", "after", "before", "about", "against", "than", "is", "was",
              "are", "were", "came", "said", "says"}
# Words inside a noun phrase: "Democrats on Capitol Hill, who", "Democrats and Republicans who" (the walk abstains).
_INSIDE_NP = {"of", "in", "on", "at", "for", "and", "or"}


# Plurals that name nobody in particular before "who": "people who say", "those who believe".
_GENERIC_PLURALS = frozenset({"people", "those", "others", "many", "some", "folks", "persons", "ones", "individuals"})


# A member of Congress's party and state set off after the name, before "who" ("Sen. Ted Cruz, R-Texas, who").
_PARTY_BEFORE = re.compile(r",\s+%s\s*$" % PARTY_TAG.pattern)


def _who_antecedent(text: str, lo: int, pos: int) -> Optional[tuple[int, int]]:
    """ "a decision by a US judge who said that ...", "comments from spokesman John Kirby who said": the noun
    phrase before "who" (back to its determiner, or to a preposition or a verb), at most eight words."""
    who = _WHO_BEFORE.search(text, max(lo, pos - 60), pos)
    if who is None or re.match(r"(?:is|was|are|were|be|been)\b", text[pos:pos + 6]):
        return None               # "who is a harsh critic of X": a stance, not the verb's clause
    end = who.start()
    tag = _PARTY_BEFORE.search(text, max(lo, end - 30), end)
    if tag is not None:
        end = tag.start()         # "Sen. Ted Cruz, R-Texas, who said": the party and state are no one
    words = list(_NP_WORD.finditer(text, max(lo, end - 100), end))
    comma = "," in text[who.start():who.end()]
    if comma and (named := name_before_role_aside(text, lo, end)) is not None:
        return named              # "Jeroen Dijsselbloem, leader of the Eurogroup, who had warned": the name
    head = words[-1] if words and not comma else None
    if head is not None and head.group().islower() and head.group().endswith("s") and \
            head.group() not in _GENERIC_PLURALS and _actor_word(head.group()) and \
            (len(words) < 2 or words[-2].group().lower() in _INSIDE_NP | _BEFORE_NP) and \
            _VERB_AFTER_NOUN.match(text, who.end() - 1):
        return head.span()        # "the view of analysts who say": the plural people noun right before "who"
    start = None
    for w in reversed(words[-8:]):
        low = w.group().lower()
        if low in _INSIDE_NP:
            return None
        if low in _BEFORE_NP or low.endswith("ed") and w.group()[:1].islower() or \
                comma and not w.group()[:1].isupper() or "," in text[w.end():end] and start is not None:
            break                 # ", who": the name before the comma ("Kim met Putin, who pledged")
        start = w.start()
        if low in ("a", "an", "the"):
            break
    opens = start is not None and (start <= lo or text[:start].rstrip()[-1:] in ".!?\"“”\n")
    if start is None or not any(c.isupper() for c in text[start + 1 if opens else start:end]):
        return None               # "Anyone who wants", "those who say": no one named
    return start, end


def _subject(text: str, lo: int, pos: int) -> Optional[tuple[int, int]]:
    """The subject of the verb at ``pos``; a name after "a site called" or the subject before a relative aside; the
    name a chain of appositions describes ("Fahmi al-Za’areer — an official from Fatah, an organization led by
    Mahmoud Abbas, claimed": the person, not the last description)."""
    sp = _subject_in(text, lo, pos)
    if sp is not None and (named := name_before_appositions(text, lo, sp, pos)) is not None:
        return named
    return sp


def _subject_in(text: str, lo: int, pos: int) -> Optional[tuple[int, int]]:
    dash = _DASH_ASIDE.search(text, max(lo, pos - 160), pos)
    if dash is not None:
        before = subject_before(text, lo, dash.start())
        if before is not None:
            named = _NAME_BEFORE_APPOSITION.fullmatch(text, lo, before[0]) \
                if re.match(r"(?:a|an|the)\s", text[before[0]:before[1]], re.I) else None
            if named and (clean_mention(named.group(1)) != named.group(1) or
                          named.group(1).split()[0].lower() in word_classes()["lead"] | _OPENING_ADVERBS):
                named = None      # "Separately, the ministry - which ... - said": a connective, no name
            if named:             # "Johnson, a groundskeeper diagnosed with lymphoma - a cancer that ... - says": the
                return named.span(1)   # name the apposition describes
            return before         # "The statement - which ... - confirmed": a parenthesis between dashes is no
                                  # subject; the noun phrase before it is
    ante = _who_antecedent(text, lo, pos)
    if ante is not None:
        return ante
    sp = subject_before(text, lo, pos)
    plural = _PLURAL_AFTER_CONJUNCTION.search(text, max(0, min(lo - 8, pos - 80)), pos) if sp is None else None
    if plural and plural.start(1) >= lo and not any(w in _BEFORE_NP or w.endswith("ed") for w in plural.group(1).lower().split()):
        sp = plural.span(1)       # "..., but more ambitious nations and climate advocates said"
    modal = _MODAL_IN_SUBJECT.search(text, sp[0], sp[1]) if sp is not None else None
    if modal and modal.start() > sp[0]:
        sp = (sp[0], modal.start())
    bracket = _BRACKETED_BEFORE.search(text, max(lo, sp[0] - 80), sp[0]) if sp is not None else None
    if bracket and bracket.start(1) >= lo and text[sp[0]:sp[1]].islower():
        sp = (bracket.start(1), sp[1])          # "The World Health Organization (WHO) chief"
    if sp is not None and " and " in text[sp[0]:sp[1]] and (_AFTER_VERB.search(text, max(lo, sp[0] - 30), sp[0]) or
                                                            _ADVERB_START.match(text, sp[0])):
        last = text.rfind(" and ", sp[0], sp[1])     # "Trump criticized Kim on December 3 and North Korea has warned":
        if text[last + 5:last + 6].isupper():        # the object of the first verb is no subject of the second
            sp = (last + 5, sp[1])
    if sp is not None and _CONJUNCTION.search(text, sp[0], sp[1]):
        sp = _second_conjunct(text, sp)  # "said the plant was safe and local residents claimed": the residents
    name = _APPOSITIVE_NAME.match(text, sp[1], pos) if sp is not None else None
    sp = (sp[0], name.end()) if name else sp    # "the leader of the ... party, Francois Asselineau, told"
    pp = _PP_ASIDE.search(text, max(lo, pos - 200), pos)
    if pp is not None and (sp is None or sp[0] < pp.start() < sp[1]):   # "the union, upon unveiling the proposal
        # last Wednesday, warned": the subject
        before = subject_before(text, lo, pp.start())   # before a prepositional aside
        if before is not None and before[1] == pp.start() and \
                (_NAME_START.match(text, before[0]) or is_plural(text[before[0]:before[1]])):
            return before
    noun = _NOUN_CUE_SUBJECT.search(text, max(lo, pos - 80), pos) if sp is None else None
    if noun and noun.start(1) >= lo and _VERB_AFTER_NOUN.match(text, noun.end(2)) and \
            any(c.start == noun.start(2) for c in iter_cues(text, noun.start(2), pos)):
        return noun.span(1)       # "Voice advocates say": a cue word as the plural head of the subject
    named = _NAMED_SUBJECT.search(text, max(lo, pos - 120), pos) if sp is None else None
    if named:
        return named.start(1), named.end(1)   # "a news site called DPRK Today stressed": the name
    aside = _SUBJECT_WHICH_ASIDE.fullmatch(text, lo, pos) or _NAME_ROLE_WHO_ASIDE.fullmatch(text, lo, pos)
    if aside and (sp is None or sp[0] >= aside.end(1)):
        return aside.start(1), aside.end(1)   # "The government, which had denounced the dispatch of 10,000
    return sp                                 # troops ..., condemned ...": the subject before the aside


def _second_conjunct(text: str, sp: tuple[int, int]) -> tuple[int, int]:
    """The subject after "and" when the word before it is a predicate after a copula and no person or body ("was safe
    and local residents": the end of the clause before), else the whole phrase ("officials and residents")."""
    conj = None
    for conj in _CONJUNCTION.finditer(text, sp[0], sp[1]):
        pass
    if conj is None:
        return sp
    before, after = _WORD.findall(text, sp[0], conj.start()), _WORD.findall(text, conj.end(), sp[1])
    if len(before) == 1 and after and _COPULA_END.search(text, max(0, sp[0] - 40), sp[0]) and \
            not _actor_word(before[0]) and _actor_word(after[-1]) and after[-1][:1].islower():
        return conj.end(), sp[1]
    return sp


# A copula before the first conjunct: "the dam was safe and ...", the predicate of the clause before.
_COPULA_END = re.compile(r"\b(?:is|are|was|were|be|been|remains?|remained|seems?|seemed)\s+(?:(?:not|still|[a-z]+ly)\s+)?$")
_CONJUNCTION = re.compile(r"\s(?:and|but|while|whereas)\s")


# A finite verb of saying or believing right after a cue word ending in -s: that word is a plural noun, the verb's
# subject ("Voice advocates say", "its backers argue"), not a verb; and after "who", the verb whose plural people
# noun before "who" holds the clause ("analysts who say").
_VERB_AFTER_NOUN = re.compile(r"\s+(?:(?:also|still|now|often|[a-z]+ly)\s+)?(?:say|said|argue|argued|claim|claimed|"
                              r"believe|believed|insist|insisted|contend|contended|fear|feared|think|thought|warn|"
                              r"warned|maintain|maintained|point\s+out|pointed\s+out)\b")
# A prepositional or participial aside between a subject and its verb: ", upon unveiling the proposal last Wednesday,".
_PP_ASIDE = re.compile(r",\s+(?:upon|after|before|during|despite|following|in\s+(?:a|an|the|his|her|its|their)|"
                       r"speaking|writing)\s[^,;:“”\"]{1,120},\s*(?:(?:also|later|then|[a-z]+ly)\s+)?$")
_NOUN_CUE_SUBJECT = re.compile(r"(?:^|(?<=[\s(“\"]))((?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w’'-]*)\s+){0,3}"
                               r"([a-z]+s))\s+(?:(?:also|still|now|often|[a-z]+ly)\s+)?$")
_SUBJECT_WHICH_ASIDE = re.compile(r"\s*((?:[Tt]he\s+)?[A-Z][^,;:“”\"]{0,60}?),\s+(?:who|which)\s+[^;:“”\"]{1,200}?,\s*"
                                  r"(?:(?:also|later|then|[a-z]+ly)\s+)?")
# ... and a name with its role in apposition before the aside: "Nicholas Eberstadt, head of ... at ..., who gave a
# comment to the paper, believes that ...": the name (never a phrase opening on a preposition, "According to X").
_NAME_ROLE_WHO_ASIDE = re.compile(r"\s*(?!(?:According|In|On|At|As|For|After|Before|Under|With)\b)"
                                  r"((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*),\s+(?:an?\s+|the\s+)?[a-z][^,;:“”\"]{0,80}?"
                                  r",\s+who\s+[^;:“”\"]{1,200}?,\s*(?:(?:also|later|then|[a-z]+ly)\s+)?")
# A parenthesis between dashes right before a verb: "X – which included Y – confirmed", "X – a former envoy – said"
# (spaced dashes only: a hyphen inside a word is none); a relative, an apposition or a reflexive opens it (not "an
# aggressive - some say unrealistic - pledge": a comment inside a noun phrase).
_DASH_ASIDE = re.compile(r"\s+[-–—]\s+(?:which|who|whose|including|itself|themselves|himself|herself|along|together|"
                         r"a|an|the|one|both|each|as)\s[^-–—;:“”\".!?]{1,140}?\s+[-–—]\s+(?:(?:also|later|then|"
                         r"[a-z]+ly)\s+)?$")
# A name set off before its apposition, the whole of what opens the clause: "Johnson, " (before "a groundskeeper ...").
_NAME_BEFORE_APPOSITION = re.compile(r"\s*((?!(?:In|On|At|For|From|After|Before|During|Since|Meanwhile|However|But|And|"
                                     r"Yet|Still|Then|Now|Today|Yesterday|Last|This|Next|Earlier|Later)\b)(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s+")
# Sentence adverbs that open a clause before a comma like a name ("Elsewhere, the agency - which ... - said").
_OPENING_ADVERBS = frozenset({"elsewhere", "overall", "otherwise", "therefore", "thus", "hence", "consequently",
                              "accordingly", "later", "earlier", "again", "first", "finally", "today", "yesterday"})
_NAMED_SUBJECT = re.compile(r"\b(?:a|an)\s+(?:[\w’'-]+\s+){0,5}(?:called|named|dubbed)\s+"
                            r"((?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*)\s+(?:(?:also|again|[a-z]+ly)\s+)?$")
_CLAUSE_OPENER = re.compile(r"\b(?:after|before|when|while|because|since|until|although|though|whereas|once)\s+"
                            r"(?=[A-Z]|[a-z]+\s+[a-z]+(?:ed|s)\b)")
# The subject opening a sentence and its verb: "López Obrador has hoped to ... and has reported that".
_SUBJECT_VERB = re.compile(r"\s+(?:has|have|had|was|were|is|are|will|would|[a-z]+ed)\b")


# An adverbial opener of a sentence up to its comma: an -ing participle, a preposition or a subordinator first.
_OPENER = re.compile(r"([A-Z][a-z]+)\b[^,;:.“”\"]{0,150},\s+")


# The first verb and the words it quotes between the subject and a second verb: ' acknowledged, "It's not the outcome
# we had hoped for," but added' (the commas are the quotation's).
_VERB_QUOTE_AND = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+ed,\s+[“\"][^“”\"]{1,300}[”\"]\s*,?\s+(?:but|and)\s+"
                             r"(?:(?:also|later|then)\s+)?")


def _coordinated_subject(ctx: _Context, cue: Cue, actors) -> tuple[str, str]:
    """(mention, source) of the subject opening the cue's sentence when the cue is its second verb, or ("", "")."""
    text, sentence = ctx.text, ctx.index.at(cue.start)
    sp = leading_np(text, sentence.start, cue.start) if sentence is not None else None
    if sentence is not None and (sp is None or not _SUBJECT_VERB.match(text, sp[1])):
        opener = _OPENER.match(text, sentence.start, cue.start)
        first = opener.group(1).lower() if opener is not None else ""
        if first.endswith("ing") or first in word_classes()["prep"] or first in word_classes()["sub"] or first in word_classes()["lead"] or \
                first in ("following", "without", "after", "amid", "despite"):
            # "Tightening sanctions after the launch, the Council barred new permits and said ...": the subject
            # follows an adverbial opener (a participle, a prepositional or a subordinate clause) and its comma
            sp = leading_np(text, opener.end(), cue.start)
    if sp is None or not _SUBJECT_VERB.match(text, sp[1]) or \
            "," in text[sp[1]:cue.start] and not _VERB_QUOTE_AND.fullmatch(text, sp[1], cue.start):
        return "", ""
    mention = clean_mention(text[sp[0]:sp[1]])
    source = resolve_mention(ctx.doc, mention, sp[0], actors) if mention else ""
    return (mention, source) if source and _is_actor(ctx, mention, source) else ("", "")


def _role_head(phrase: str) -> bool:
    """True when a phrase ends on a role or a source noun ("one GOP source", "a senior official")."""
    words = _WORD.findall(phrase.lower())
    head = words[-1] if words else ""
    roles = actor_words()["role"]
    return head in roles or head.rstrip("s") in roles or head in ("source", "sources", "person", "people")      # _source_closes_clause found no shape: go on with the verb's complement


def _is_person(ctx: _Context, mention: str, source: str) -> bool:
    """True when a source is a person: he/she, or a name the article's people index knows."""
    if not mention:
        return False
    if pronoun_kinds().get(mention.lower(), "").startswith("person") or mention.lower() in ("who", "whom"):
        return True               # "he", "Mr. Obama, who understood that ..."
    if mention.endswith(("’s", "'s")):
        return False              # "concerns over the European Union's (EU) plans": a possessor, not a subject
    words = _WORD.findall(mention)
    head = words[-1].lower() if words else ""
    if head in actor_words()["role"] or head.endswith("s") and head[:-1] in actor_words()["role"]:
        return True               # "economists do not expect", "the senator"
    groups = _person_groups()
    first = _WORD.findall(_HEAD_CUT.split(mention, maxsplit=1)[0])
    if head in groups or first and first[-1].lower() in groups:
        return True               # "1 percent support Jill Stein", "A majority of voters expect", "Others in the ..."
    return bool(source) and ctx.people.lookup(source) is not None


@lru_cache(maxsize=None)
def _person_groups() -> frozenset[str]:
    return frozenset(w.lower() for w in load_list("person_groups.txt"))
_HEAD_CUT = re.compile(r"\s(?:of|in|to|not|at|for|by|on|with|from|behind)\s")   # ("The junta behind the coup")


def _is_actor(ctx: _Context, mention: str, source: str) -> bool:
    """True when a source is a person or a body ("the Security Council", "Seoul", "officials", "it")."""
    words = _WORD.findall(mention)
    first = _WORD.findall(_HEAD_CUT.split(mention, maxsplit=1)[0])
    if not words or not first:
        return False
    if " and " in mention and any(_is_actor(ctx, part, "") for part in mention.split(" and ") if part.strip()):
        return True               # "more ambitious nations and climate advocates": one conjunct is a body
    head, body = first[-1].lower(), actor_words()
    if head in body["evidence"] or head in body["event"] or head in body["document"] or \
            head in _EVENT_HEADS and first[-1].islower():
        return False              # "Wagner revolt shows ...", "a brief revolt by the Wagner group showed": an event
    return _is_person(ctx, mention, source) or head in body["body"] or head in body["role"] or \
        head.endswith("s") and (head[:-1] in body["role"] or head[:-1] in body["body"]) or is_pronoun(mention) or \
        any(w[:1].isupper() for w in words[1:] + words[:1] if w.lower() not in word_classes()["det"])


def _plural_actor(ctx: _Context, mention: str) -> bool:
    """True when a plural subject names people or bodies ("officials", "the ministries", "both governments",
    "Democrats"), not things ("The talks", "The sanctions", "The two missiles")."""
    first = _WORD.findall(_HEAD_CUT.split(mention, maxsplit=1)[0])
    head = first[-1].lower() if first else ""
    if head.endswith("ies") and len(head) > 4:
        body = actor_words()
        stem = head[:-3] + "y"    # "the ministries", "both agencies"
        if stem in body["body"] or stem in body["role"]:
            return True
    return _is_actor(ctx, mention, "")


# A credit line closing a sentence ("..., Ukrinform reports."): the medium that carries the story, which a later "he"
# or "she" never stands for (the words after the name; the comma before it is checked by _credit).
_CREDIT_LINE = re.compile(r"\s+(?:reports|reported|writes|wrote|informs|informed)\s*[.]")


def _credit(text: str, p: int, name: str) -> bool:
    """Whether the source ``name`` at ``p`` is a medium's credit line: ', NAME reports.' (one capitalised name)."""
    return text.startswith(name, p) and text[max(0, p - 2):p].strip() == "," and \
        _CREDIT_LINE.match(text, p + len(name)) is not None and name[:1].isupper() and " " not in name


def _resolve(ctx: _Context, pronoun: str, pos: int, subjects, sources) -> str:
    """A pronoun source as a name: people for he/she/him, the last plural source for they."""
    kind = pronoun_kinds().get(pronoun.lower(), "")
    if kind.startswith("person"):
        # "Lowe warned ... He said": a speaker's lone surname the index holds no person for counts too.
        # (the document keeps such a subject among the bodies: "Lowe" is no person it has indexed)
        near = [(p, n) for p, n in ctx.doc.body_subjects if pos - 2000 < p < pos and lone_surname_in(ctx.doc, n)
                and not _credit(ctx.text, p, n)]
        lone = frozenset(n for _, n in near)
        j = bisect.bisect_left(sources, (pos, ""))
        credits = {k for k in range(max(0, j - 30), j) if _credit(ctx.text, *sources[k])}
        if credits:     # '..., Ukrinform reports. He noted': a medium's credit line names no "he"
            sources = [item for k, item in enumerate(sources) if k not in credits]
        # an unnamed person opening the sentence before ("Yet the Prime Minister isn’t in retreating mode. ..., he
        # said"): the person that description stands for, before a name further back (as for quotes)
        described = _described_subjects(ctx.doc, pos)
        found = ctx.people.resolve(pronoun, pos, ctx.index, (subjects, sources, near, described), lone=lone)
        return as_described(ctx.doc, found, described) or pronoun
    if kind == "group":
        # with no group that spoke, the plural subject opening this sentence or one of the two before ('Defense
        # attorneys presented requests for their clients, who they said had been “manipulated”')
        plural = plural_subject_before(ctx.doc, pos)
        if plural and not _plural_actor(ctx, plural):
            plural = ""           # "The talks collapsed on Monday. They said ...": things say nothing, abstain
        return resolve_group(ctx.doc, pos, sources) or plural or pronoun
    if kind == "thing":
        # "DPRK Today stressed ... It said that": the last source that is neither a person nor plural.
        s_idx = ctx.index.index_at(pos)
        j = bisect.bisect_left(sources, (pos, "")) - 1
        for p, name in reversed(sources[max(0, j - 30):j + 1]):
            if p >= pos:
                continue
            if s_idx - ctx.index.index_at(p) > 2:
                break
            if not is_pronoun(name) and ctx.people.lookup(name) is None and not is_plural(name):
                return name
    return pronoun


# A source phrase that runs on into its own verb or predicate: "Both candidates face questions ...", "McConnell and
# Ryan remain confident despite ...", "The move against Pagliano took place despite ...", "The President’s
# resignation comes on a day ...": the phrase is a clause, no person or body (only verbs that never stand inside a
# noun phrase after its head; not "held", "made", participles of "a poll held", "documents made public").
_RUN_ON_VERBS = frozenset("comes came face faces faced remain remains remained took takes gets got goes went seems "
                          "seemed appears stood stands becomes became lies surfaced".split())
_NO_VERB_BEFORE = frozenset("a an the his her its their our my your this that these those who which what no".split())
# A phrase cut off on an adjective, its noun left out: "a legal", "the prefectural", "a globally renowned natural",
# "HuffPost’s presidential": the endings of adjectives, less the nouns written with them (a person, a body or a
# document as a source: "the patient", "the judiciary", "the journal", "a politician").
_ADJECTIVE_END = re.compile(r"[a-z-]{3,}(?:al|ic|ive|ous|ful|ese|ian|able|ible|ary)")
_NOUNS_LIKE_ADJECTIVES = frozenset(
    "journal manual tribunal hospital capital council trial editorial proposal approval arrival rival criminal "
    "professional principal general liberal radical individual patient public republic clinic critic academic cleric "
    "medic executive representative relative native detective operative conservative initiative directive archive "
    "narrative judiciary adversary emissary dignitary secretary beneficiary missionary commentary documentary library "
    "summary diary politician physician technician historian guardian civilian librarian musician comedian "
    "veterinarian pedestrian custodian constable cable table handful periodical official military signal canal metal "
    "medal pedal total rental portal ritual animal arsenal festival interval material memorial terminal scandal "
    "mural cathedral music topic logic traffic panic tactic rhetoric fabric epidemic pandemic graphic comic "
    "motive incentive objective perspective alternative offensive explosive captive salary boundary dictionary "
    "anniversary itinerary glossary vegetable timetable variable notable cheese diocese".split())
# A past participle right after the head noun, the start of a reduced relative: "A Quinnipiac University poll
# released in late August found", "The compromise reached stipulates": the noun phrase before it.
_FINDING_NOUNS = frozenset("poll survey report study analysis review memo letter filing census audit assessment "
                           "investigation inquiry probe data document record statement".split())
_TRAILING_PARTICIPLE = re.compile(r"^(.*[\w’'])\s+[a-z]{3,}ed$")


def run_on_source(mention: str) -> str:
    """``mention`` cut back to the person or body it names, or "" when it runs on into a verb or ends on an adjective.

    >>> [run_on_source(m) for m in ("Both candidates face", "The President’s resignation comes", "a legal",
    ...                              "the prefectural", "A Quinnipiac University poll released", "the patient")]
    ['', '', '', '', 'A Quinnipiac University poll', 'the patient']
    """
    words = mention.split()
    if len(words) < 2:
        return mention
    for i in range(1, len(words)):
        if words[i] in _RUN_ON_VERBS and words[i - 1].lower() not in _NO_VERB_BEFORE:
            conj = max((k for k in range(i + 1, len(words) - 1) if words[k] in ("but", "and", "while")), default=0)
            rest = " ".join(words[conj + 1:]) if conj else ""
            return rest if rest and _actor_word(words[-1]) else ""   # "The death toll stood at 14 on Monday
                                                                      # but local officials": the second subject
    last = words[-1]
    if ends_on_adjective(mention):
        return ""
    if last.islower() and last.endswith("ed") and words[-2].endswith(("’s", "'s")):
        return ""                 # "Trump's videotaped": an adjective after the possessor, its noun left out
    part = _TRAILING_PARTICIPLE.match(mention)
    if part and last.islower() and words[-2].islower() and not words[-2].endswith("ly") and \
            words[-2].lower() not in _NO_VERB_BEFORE and words[-2] not in word_classes()["adv"] and \
            not _actor_word(last):
        head = words[-2].lower()
        if _actor_word(words[-2]) or head in _FINDING_NOUNS or head.rstrip("s") in _FINDING_NOUNS:
            return part.group(1)
        return ""                 # "Russia's veto influenced by reports": a thing before the participle, no source
    return mention


def ends_on_adjective(phrase: str, alone: bool = False) -> bool:
    """True when a phrase of two or more words (or, with ``alone``, one) ends on a lower-case adjective, its noun
    left out ("the prefectural"; "federal" before "and state officials")."""
    words = phrase.split()
    last = words[-1] if len(words) > 1 or alone and words else ""
    return last.islower() and bool(_ADJECTIVE_END.fullmatch(last)) and last not in _NOUNS_LIKE_ADJECTIVES and \
        not _actor_word(last) and not names_nobody_not(last)


def names_nobody_not(word: str) -> bool:
    """True when a lone lower-case word may stand for somebody ("police", "public", "intelligence")."""
    from .nlp.lone_words import names_nobody
    return not names_nobody(word)
