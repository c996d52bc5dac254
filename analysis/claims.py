"""Attributed claims: reported statements and views that are not direct quotes.

A claim is anchored on a reporting cue outside quotation marks (``reporting_verbs.tsv``)
and takes one of these shapes:

* ``X claims/argues/said (that) CONTENT`` -- the source is the verb's subject, the
  content its complement clause (after "that" when present) to the end of the clause;
* ``According to X, CONTENT`` / ``CONTENT, according to X``;
* ``CONTENT, X said.`` / ``CONTENT, said X.`` / ``Even so, X feel, CONTENT``;
* ``As X note(s), CONTENT`` / ``If A, as some reports allege, B``;
* ``it is noted/argued/reported that CONTENT`` -- no source;
* ``X ..., adding/saying/suggesting that CONTENT`` -- the main clause's subject;
* ``CONTENT was reported by X`` / ``CONTENT, as mentioned by X`` -- the agent of a passive;
* ``X's claim that CONTENT`` / ``a Times report that CONTENT`` -- a speech noun with its holder;
* ``X made a strong condemnation of CONTENT`` -- a light verb with a speech noun (a person or body only);
* ``Obama Says CONTENT`` / ``Pence: CONTENT`` -- a title-case headline on the first line;
* ``..., citing CONTENT`` -- a reason (``citing a threat to health``) is the subject's claim; a cited
  source (``citing a military report``, ``, cited by RFA,``) is a second row for the same content;
* ``X complained/asked Y/talked about CONTENT``, ``X commented on CONTENT`` -- a topic (lexicon role ``t``),
  and ``X's claims/comments about CONTENT`` -- a speech noun's topic;
* ``In the latest X poll, CONTENT`` -- a finding, when the clause has no cue of its own.

Cues of the lexicon's role ``p`` (attack, support, plan to ...) count only with a person as source.
Not claims: the author's voice ("It would be fair to say"), evidence, events or documents as the subject
without a body behind them, idioms of perception, negated or hypothetical speech (``nlp.non_attribution``).

A complement that is a direct quote from end to end belongs to the quotes table and is
skipped here; one with a partial quote inside ("called the move "reckless"") is a claim.
Pronoun sources are resolved like quote speakers ("According to him" -> the last person
named); "they" takes the most recent plural source.  ``hedge`` is the first hedging word
(``hedges.tsv``) in the claim's sentence span, from the source to the end of the content.

This module runs the rules over an article (nesting, lead-outs, cited sources, pronouns); the parts live in
``claim_forms`` (a claim for one cue, by its form), ``claim_content`` (where a cue's content starts and ends),
``claim_sources`` (who holds it), ``claim_shapes`` (the extra cue patterns) and ``claim_nesting``.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Optional, Sequence

from .claim_shapes import HEADLINE_CHARS
from .claim_nesting import cut_at_other_sources, drop_nested as _drop_nested
from .claim_nesting import same_actor as _same_actor, share_nested
from .claim_shapes import bounded as _bounded
from .claim_shapes import CITES_AS as _CITES_AS, extra_cues
from .nlp import Cue, hedge_in, is_pronoun, iter_cues, leading_np, np_after, word_classes
from .nlp.cues import reporting_nouns
from .nlp.guard import guarded
from .nlp.tokens import MONTH_ABBR, MONTH_NAME, WEEKDAY
from .nlp.lone_words import names_nobody
from .quote_issuers import PIECE_ON, piece_publisher
from .nlp.mentions import actor_words, clean_mention, resolve_mention
from .nlp.non_attribution import attributes_nothing, noun_phrase_object
from .records import Claim, Sentence
from .claim_content import MIN_CONTENT_WORDS, _Context, _HANDOVER, _STOP_GAP, _THAT, _TOPIC, _WORD, _content_end
from .claim_content import _mixed_lead, _strip_content
from .claim_sources import run_on_source
from .nlp.mention_resolution import _PUBLISHED   # a piece named by its publication participle ("figures published")
from .claim_sources import _HEAD_CUT, _OPENER, _NOUN_CUE_SUBJECT, _VERB_AFTER_NOUN, _coordinated_subject, _is_actor, _is_person, _resolve, _subject
from .quote_subjects import clause_mention, person_nouns
from .claim_forms import CONTEXT_CHARS, _BY_AGENT, _QUOTED_AHEAD, _claim_for_cue

# A claim whose source phrase names no person or body ("The growing", "Hence") could be dropped; on
# PolNeAR dev most of them are real attributions with a badly cut source (74 true positives lost), so
# they are kept with an empty source.
DROP_JUNK_SOURCE = False
# A hedge counts when it is within this many characters of the content's start (its main clause).
HEDGE_WINDOW = 300
# Authorial asides: "It goes without saying that", "It's worth noting that", "There's no way to tell", "it's too early
# to say" (nothing is said yet), "I consider it superfluous to talk about"; and the idioms of saying ("Needless to
# say, ...", "Suffice it to say", "that is to say", "so to speak", "sad to say").
_AUTHORIAL = guarded(re.compile(r"(?:\b(?:without|worth|no\s+way\s+to|(?:impossible|hard|difficult|fair|safe|important|"
                        r"accurate|reasonable|necessary|useful|needless|suffice(?:\s+it)?|that\s+is|so|sad|strange|"
                        r"truth|too\s+(?:early|soon)|premature|superfluous|pointless|useless|unnecessary)\s+to)\s+$)", re.I))
_THAT_LEAD = re.compile(r"that\s+")
_UNREAL_AUX = re.compile(r"\s*(?:would|had|[’']d)\s+(?:(?:have|really|always|once|long)\s+)?", re.I)
_HOW_DEGREE = re.compile(r"how\s+(?!(?:to|the|a|an|this|that|these|those|he|she|it|they|we|i|you|his|her|its|their|our|my|"
                         r"your|there|if|far|long|soon|often|many|much|few|little)\b)[a-z]+\s", re.I)
_THAT_NEXT = re.compile(r"\s+that\b")
# A gerund of saying as the standard of a comparison: "That's like saying ...", "akin to claiming", "tantamount to saying".
_LIKE_SAYING = re.compile(r"\b(?:like|akin\s+to|tantamount\s+to|equivalent\s+to)\s+$", re.I)
_AUTHOR_PRONOUNS = {"i", "we"}
# A contracted first-person subject ("I've criticized X", "we've argued that"): the author, as a bare "I" or "we".
_AUTHOR_CONTRACTED = re.compile(r"(?:^|[\s,;:(—–-])(?:I|[Ww]e)[’'](?:ve|d|ll|m|re)$")
_AUTHOR_BELIEFS = {"know", "believe", "think", "feel", "convince", "fear", "hope", "doubt", "suspect", "expect", "worry",
                   "reckon", "understand", "agree", "convinced", "sure", "certain"}
_WH_OPEN = re.compile(r"(?:whether|if|what|why|how|who|when|where|which)\b", re.I)
# A content of a subject and an auxiliary only, its predicate elided: "declare that it is", "insisted he did".
# An infinitive with its predicate elided in a comparison: "as charitable as he claims to be", "as wealthy as Mr. Trump
# claims to be to pay little tax".
_ELLIPTIC_TO = re.compile(r"to\s+(?:be|do|have)(?:\W*$|\s+to\s)")
# ... and only after the comparison's "as ... as" (not "has claimed to have to pay the fines itself")
_AS_AS = re.compile(r"\bas\s+(?:[\w-]+\s+){1,2}as\s+(?:[\w.’'-]+\s+){1,4}$", re.I)
_ELLIPSIS = re.compile(r"(?:that\s+)?(?:it|he|she|they|we|I|you|this|that|there|so)\s+(?:is|was|are|were|will|would|did|does|"
                       r"do|has|have|had|can|could|should|must|may|might)(?:\s*n[’']t|\s+not)?\W*", re.I)
# A content that is only a time adjunct: the cue's object is elsewhere (a gap: "the 35% increase Boeing proposed and
# workers rejected late last month"), so nothing is claimed.
_TIME_ONLY = re.compile(r"(?:(?:late|early|mid|earlier|later|in|on|at|during|since|until|by|last|this|next|past|the|of|"
                        r"previous|recent|recently|a|few|several|two|three|ago|over|through|throughout|from|to)\s+)*"
                        r"(?:" + WEEKDAY + "|" + MONTH_NAME + r"|" + MONTH_ABBR + r"\.|week|weeks|weekend|month|months|year|years|day|days|today|"
                        r"yesterday|tonight|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|\d{4})"
                        r"(?:\s+(?:ago|\d{1,2}|\d{4}|(?:morning|afternoon|evening|night)))?", re.I)
_CITED_BY = re.compile(r"\s+by\s+")
# Verbs of relaying words, as a participle with its agent inside a source ("experts quoted by X", "figures cited by X").
_RELAY_LEMMAS = {"quote", "cite", "report"}
# "..., X reports citing Y." / "X reported, citing Y, that ...": the citation closes the clause.
_CITED_SAYING = re.compile(r"\s+(?:the\s+[\w’'-]|[A-Z])[^,.;:“”\"]{0,60},\s+(?:saying|adding|stating|claiming)\b")
_CITED_DOCUMENT = re.compile(r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:reports?|data|statements?|figures|estimates?|"
                             r"assessments?|documents?|surveys?|studies|study)\s+(?:from|by|of)\s+(?=the\s|[A-Z])")
_TOPIC_AHEAD = re.compile(r"(?:\s+[\w’'.-]+){0,3}?\s+(?:about|on)\s")
# A verb of speech with its addressee before "that" (Levin 1993, 37.3 manner of speaking verbs: "yelling to the officers
# that her husband was unarmed", "shouted at reporters that").
_ADDRESSEE_THAT = re.compile(r"\s+(?:to|at)\s+(?:[\w’'.-]+\s+){1,4}?that\b")


# The object pronoun of a naming verb before its quoted label: 'called it a "very serious issue."'.
_NAMING_VERBS = {"call", "dub", "label", "brand", "term", "name"}
_PRONOUN_LABEL = re.compile(r"(?:it|them|him|her|this|that)\s+(?:(?:an?|the)\s+)?(?=[“\"])")
# Verbs of inferring from a sign or of pointing it out: their subject is a fact, or a person or body who reads one.
_INFERENCE_VERBS = {"show", "suggest", "imply", "indicate", "signal", "demonstrate", "reveal", "prove", "reflect", "mean",
                    "highlight", "underline", "underscore"}


_VERB_FIRST = re.compile(r"[a-z]+(?:ed|id)\s")     # a content opening on a past-tense verb ("quoted", "said")
# ... but not after a pronoun subject: "satellite images it said showed the first deployment" (a relative gap)
_SUBJECT_PRONOUN_BEFORE = re.compile(r"\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou|who|which|that)\s+$")
_PRONOUN_CLAUSE_END = re.compile(r"(?:,|\b(?:and|but))\s+(?:it|this|that|they|he|she)$")
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later|has|have|had|[a-z]+ly)\s+){0,2}$")


_HEADLINE_SPEAKER = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}):\s+(?=\S)")
# Headline labels that name a poll or study as the source ("Poll: ..."); a topic label ("Ukraine war: ...") is none.
_HEADLINE_STUDIES = {"Poll", "Survey", "Study", "Report"}


def _headline_speaker(ctx: "_Context", article_id: str) -> Optional[Claim]:
    """ "Pence: Gennifer Flowers Won't Be at Debate": a headline that opens on a person's name and a colon."""
    text = ctx.text
    nl = text.find("\n", 0, HEADLINE_CHARS)
    if nl < 0:
        return None
    m = _HEADLINE_SPEAKER.match(text, 0, nl)
    if m is None:
        return None
    name = m.group(1)
    if name not in _HEADLINE_STUDIES and (ctx.people.lookup(name) is None or name.isupper() or
                                          name.split()[0].lower() in word_classes()["det"]):
        return None               # not "A Renewed Axis: ...", "UPDATE: ..."
    span = _strip_content(text, m.end(), nl)
    if span is None or ctx.fully_quoted(*span):
        return None
    a, b = span
    return Claim(article_id, a, b, text[a:b], name, ":", hedge_in(text, a, b), 0, name)


_COLON_LEAD_WORDS = 6


def _quote_after_colon(ctx: "_Context", a: int, b: int) -> bool:
    """ 'said in a message on his Truth Social platform Sunday evening: "..."': a lead-in of a few words with no
    verb (where and when), then a colon and a direct quote to the end -- the quote's, no paraphrase (CONVENTIONS.md:
    a passage introduced by a colon line is a quote). "the reason was simple: "..."" keeps its row (a verb)."""
    colon = ctx.text.find(":", a, b)
    if colon < 0 or not ctx.fully_quoted(colon + 1, b) or not _WORD.search(ctx.text, colon + 1, b):
        return False
    words = _WORD.findall(ctx.text, a, colon)
    aux = word_classes()["aux"]
    return len(words) <= _COLON_LEAD_WORDS and not any(w.lower() in aux for w in words) and \
        not any(c.start < colon for c in iter_cues(ctx.text, a, colon)) and '"' not in ctx.text[a:colon] and \
        "“" not in ctx.text[a:colon]


def _sentence_end(ctx, pos: int) -> int:
    """The end of the sentence holding ``pos`` (its last character before)."""
    k = ctx.index.index_at(max(pos - 1, 0))
    return ctx.index.sentences[k].end if k >= 0 else pos


def extract_claims(text: str, *, article_id: str = "", sentences: Optional[Sequence[Sentence]] = None) -> list[Claim]:
    """Attributed claims in ``text``: who holds them, the cue and the claimed content.

    >>> t = "The Pentagon claims Russia has approached North Korea for ammunition."
    >>> [(c.text, c.source, c.cue, c.hedge) for c in extract_claims(t)]
    [('Russia has approached North Korea for ammunition', 'The Pentagon', 'claims', '')]
    """
    if not text:
        return []
    ctx = _Context(text, sentences, article_id)
    subjects = [s for s in ctx.doc.subjects if not _POSSESSIVE_END.search(s[1])]   # not "Otis'" ("Otis' wind")
    claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    cue_at: dict[tuple[int, int], int] = {}
    anchors: dict[Claim, tuple] = {}    # a row's cue and source start, speech cue, speech noun: share_nested
    sources: list[tuple[int, str]] = []      # (position, resolved source) for "they"
    actors: list[tuple[int, str, str]] = []  # (position, source, mention) for "it" and descriptions
    citing: list[Cue] = []
    according_sources: list[tuple[int, int]] = []   # the source phrases of "according to"
    cues = ctx.doc.cues
    extra = extra_cues(text)
    if extra:
        # The document's cues first, then the extra shapes not among them; a stable sort by position keeps
        # that order between cues at one place (a set's order would change with PYTHONHASHSEED).
        listed = list(cues)
        known = set(listed)
        cues = sorted(listed + [c for c in dict.fromkeys(extra) if c not in known], key=lambda c: c.start)
    for cue in cues:
        if cue.lemma in _RELAY_LEMMAS and _CITED_BY.match(text, cue.end) and \
                any(lo < cue.start < hi for lo, hi in according_sources):
            citing.append(cue)            # "according to experts quoted by the newspaper Global Times": the
            continue                      # newspaper relays them, a second row (CONVENTIONS.md: once per source)
        if cue.lemma == "cite" and (cue.word.endswith("ing") or _CITED_BY.match(text, cue.end) and
                                    text[max(0, cue.start - 2):cue.start] == ", " or
                                    _CITED_SAYING.match(text, cue.end)):
            citing.append(cue)            # "Yonhap reported ..., citing a report" / "Data ..., cited by RFA, show"
            continue                      # / "X cited NIS, saying that ...": NIS holds what X says
        if not (set(cue.roles) & set("cwinNFBV")) and cue.lemma != "according to" and \
                not ("s" in cue.roles and (_THAT.match(text, cue.end + 1) or _ADDRESSEE_THAT.match(text, cue.end))) and \
                not ("t" in cue.roles and _TOPIC_AHEAD.match(text, cue.end, cue.end + 60)):
            continue                      # (a verb of speech reports a clause after "that": "joked that ...")
        if ctx.quote_at(cue.start) is not None:
            continue                      # inside a direct quote: the speaker's words, not the article's claim
        if cue.word.endswith("s") and " " not in cue.word and _VERB_AFTER_NOUN.match(text, cue.end):
            continue                      # "Voice advocates say ...": a plural noun, the subject of the next verb
        if _attributes_quote(ctx, cue) or _AUTHORIAL.search(text, max(0, cue.start - 30), cue.start):
            continue
        if cue.word.endswith("ing") and _LIKE_SAYING.search(text, max(0, cue.start - 20), cue.start):
            continue                      # "That's like saying you can eat ketchup": a comparison with a gerund that
                                          # no one utters (no subject), the author's figure of speech
        if cue.lemma == "share the view" and not _THAT_NEXT.match(text, cue.end):
            continue                      # "Many people share the view, but ...": the view is told elsewhere (only
                                          # "shared the view that ..." reports a content)
        found = _claim_for_cue(ctx, cue)
        if found is None:
            continue
        c_lo, c_hi, s_lo, s_hi, how = found
        if attributes_nothing(text, cue, found):
            continue
        if cue.participle and any(lo < cue.start < hi for lo, hi in according_sources):
            continue                      # "according to the press release announcing the deal": the participle
                                          # describes the source, whose row holds the content
        if cue.lemma == "according to" and s_lo >= 0:
            according_sources.append((s_lo, s_hi))
        c_lo, c_hi, s_lo, s_hi = _bounded(text, cue, c_lo, c_hi, s_lo, s_hi, how)
        # A stance on a person or a body may be one name: "attacked Machado", "backed Clinton".
        one = ("n" in cue.roles and how == "verb" or how == "noun" and cue.word.endswith((" of", " for", " with"))) \
            and text[c_lo:c_lo + 2].lstrip()[:1].isupper()     # ("Trump's adulation of Putin")
        span = _strip_content(text, c_lo, c_hi, 1 if one else MIN_CONTENT_WORDS)
        if span is not None and (_ELLIPSIS.fullmatch(text, *span) or _TIME_ONLY.fullmatch(text, *span) or
                                 _ELLIPTIC_TO.match(text, *span) and _AS_AS.search(text, max(0, cue.start - 80), cue.start)):
            continue                      # "... pledged emergency legislation to declare that it is": the predicate is
                                          # elided, the content is elsewhere (or no one's); "workers rejected late
                                          # last month": only a time adjunct, the object is a gap
        if span is not None and cue.lemma == "know" and _HOW_DEGREE.match(text, span[0]):
            continue                      # "who have known how precarious the site has been": knowing a degree (an
                                          # exclamative "how" and its adjective) presupposes a fact, no one states it
                                          # (not "know what those questions are": PolNeAR dev counts a question known)
        if span is None or span in seen and how != "noun":
            continue                      # (a holder's claim may share its content with a stance on it: share_nested)
        if _SUCH_AS.match(text, span[0]) and how == "verb" and cue.word.endswith("s"):
            continue                      # "Republican advocates such as The Dallas Morning News", "network shows such
                                          # as NBC's ...": a plural noun before its examples, no verb (no content
                                          # clause opens with "such as")
        a, b = span
        if _VERB_FIRST.match(text, a) and not _SUBJECT_PRONOUN_BEFORE.search(text, max(0, cue.start - 12), cue.start) \
                and any(c.start == a and not c.participle and not c.passive
                                             for c in iter_cues(text, max(0, a - 40), a + 40)):
            continue                      # "CNN’s Sep 2 report quoted a Russian woman as saying ...": the noun is the
                                          # subject of the verb after it, whose own row holds the content
        if cue.passive and _PRONOUN_CLAUSE_END.search(text, a, b):
            continue                      # "... was in 2016 and it was condemned by the Security Council": the passive
                                          # stance's object is the pronoun of its own clause, no content before it
        label = _PRONOUN_LABEL.match(text, a, b)
        if ctx.fully_quoted(a, b) or ctx.fully_quoted(_skip_that(text, a, b), b) or _quote_after_colon(ctx, a, b) or \
                label is not None and cue.lemma in _NAMING_VERBS and ctx.fully_quoted(label.end(), b):
            continue                      # a direct quote: reported in the quotes table (also 'called it an
                                          # "admission of a criminal act"': a pronoun and the quoted label, as
                                          # in the development set's gold: 3 false rows, none right; not 'said it
                                          # "is closely monitoring ..."', where "it" opens the quoted clause)
        if s_lo >= 0 and ctx.quote_at(s_lo) is not None:
            s_lo = s_hi = -1              # a source is never words inside quotation marks (the cue is outside them):
                                          # 'he "utterly rejects the false and absurd charges," calling ...'
        raw = text[s_lo:s_hi].strip().rstrip(",") if s_lo >= 0 else ""
        raw = _HOLDER_PRONOUN.get(raw, raw) if how == "noun" or cue.roles == "V" else raw   # "his claim that": he
        mention = clean_mention(raw) if raw else ""
        if raw and not mention.endswith(raw.split()[-1]) and _VERB_AFTER_NOUN.match(text, s_hi) and \
                _NOUN_CUE_SUBJECT.fullmatch(raw + " "):
            mention = raw                 # "Voice advocates say": clean_mention drops the cue word ending the phrase
        if (mention.lower() in _AUTHOR_PRONOUNS or _AUTHOR_CONTRACTED.search(raw)) and cue.lemma not in _AUTHOR_BELIEFS and \
                cue.word.lower() not in _AUTHOR_BELIEFS and not (_WH_OPEN.match(text, a) and cue.lemma != "wonder"):
            continue                      # "On social media, I saw ... as", "We asked three experts to", "I add the
                                          # context": outside a quote the first person is the author, whose own acts
                                          # and words are no claim (CONVENTIONS.md); the author's belief keeps its
                                          # row ("I know your tax returns are being audited", "we are convinced
                                          # this is"), and so does a question ("We asked whether"): PolNeAR dev;
                                          # but "I wonder whether" is the author's own musing, asked of nobody
        if mention.lower() in _AUTHOR_PRONOUNS and cue.lemma in ("hope", "wish") and 0 <= s_hi <= cue.start and \
                _UNREAL_AUX.fullmatch(text, s_hi, cue.start):
            continue                      # "We would hope that voters ...", "We had hoped, ..., that this election
                                          # might be a new start": the author's wish or a hope given up, no view held
                                          # (but "we would know exactly what loopholes ...": PolNeAR dev keeps it)
        if raw and not mention and DROP_JUNK_SOURCE:
            continue                      # "The growing calls ... stem from": no person or body holds it
        if raw and 0 <= s_hi <= cue.start and cue.word.endswith("s") and " " not in cue.word and \
                not cue.participle and clause_mention(raw):
            continue                      # "Demonstrators held numerous Spanish and EU flags, but also ...": the word
                                          # ending in -s is a plural noun, the object of the clause before it, no verb
        if raw and not mention and how == "verb" and 0 <= s_hi <= cue.start:
            kept = _people_subject(raw)
            if kept:
                mention = kept            # "all the experts I interviewed said", "the $20 million experts say":
                                          # the people the subject phrase names, which clean_mention gave up on
        pronoun = ""
        if mention and is_pronoun(mention) and mention.lower() != "it" and not mention.isupper():   # ("WHO")
            # "CONTENT, he said": a name inside the content is not who "he" is; resolve from its start.
            at = a if 0 <= a < s_lo and ctx.index.index_at(a) == ctx.index.index_at(s_lo) else s_lo
            pronoun = _resolve(ctx, mention, at, subjects, sources)
            pronoun = "" if is_pronoun(pronoun) else pronoun
        source = resolve_mention(ctx.doc, mention, s_lo, actors, pronoun)
        source = "" if _POSSESSIVE_END.search(source) else source   # "Hurricane Otis'": a possessor, never a source
        if not source and claims and claims[-1].source and how in ("verb", "subjectless") and \
                _AND_BEFORE.search(text, max(0, cue.start - 20), cue.start) and \
                claims[-1].sentence_id == ctx.index.index_at(cue.start) and claims[-1].end <= cue.start:
            source, mention = claims[-1].source, claims[-1].source_mention   # "X called A ... and said B": X
        elif not source and not raw and how in ("verb", "subjectless") and \
                _AND_BEFORE.search(text, max(0, cue.start - 20), cue.start):
            mention, source = _coordinated_subject(ctx, cue, actors)   # "X has hoped to ... and has reported that"
        if cue.participle and cue.lemma in _INFERENCE_VERBS and not _held_by_someone(ctx, mention, source) and \
                not _finding_shows(text, cue, mention, s_lo, s_hi) and \
                not _SPOKEN_BEFORE.search(text, max(0, cue.start - 40), cue.start) and \
                not _AS_COMPLEMENT.search(text, max(0, cue.start - 12), cue.start) and not _main_subject_acts(ctx, cue):
            continue                      # "There is evidence of misfires, suggesting that ...", "The treaty lists X,
                                          # implying that ...": an -ing form of inferring with no person or body as
                                          # its subject reads a fact as a sign, the author's inference (CONVENTIONS.md)
        if _attributive_participle(text, cue, a, how, source, mention):
            continue                      # "technical matters like maintainability and alleged bias of the judge",
                                          # "The charges concern alleged crimes": an adjective before its noun, held
                                          # by nobody (no source found for the would-be verb)
        if "p" in cue.roles and not _is_person(ctx, mention or raw, source) and not (
                cue.lemma == "make clear" and _THAT_NEXT.match(text, cue.end) and mention and not is_pronoun(mention)
                and _is_actor(ctx, mention, source)):
            continue                      # "Russia attacked the port": a stance verb reports a person's view only
                                          # (but "Pyongyang has made it clear that ...": a body's stated position)
        if cue.lemma == "add" and how == "verb" and raw and not _is_actor(ctx, mention, source) and \
                noun_phrase_object(text, cue, c_lo, c_hi):
            continue                      # "these convictions do add a flare of celerity": a thing adds to another
                                          # (speech needs a speaker: "He added a note of caution" keeps its row)
        if "a" in cue.roles and not _is_actor(ctx, mention, source) and not (
                cue.lemma == "conclude" and " " in cue.word and _WORD.findall(mention or raw) and
                _WORD.findall(mention or raw)[-1].lower() in person_nouns()):
            continue                      # "advances have raised concerns about ...": no one holds them
        if (_TOPIC.fullmatch(text, cue.end, a) or cue.word.endswith((" about", " of")) and not text[cue.end:a].strip()) \
                and claims and \
                claims[-1].sentence_id == ctx.index.index_at(a) and _same_actor(claims[-1].source, source):
            continue                      # "X said A and also talked about B": a topic after the content, no more
        cut = run_on_source(mention) if mention else ""
        if cut != mention and not (source and source != mention and _PUBLISHED.search(mention)):
            # "Both candidates face", "a legal": a clause or a cut-off phrase is no person or body (but in "figures
            # published on Friday by the National Statistics Office" the publisher already resolved stays);
            mention = cut     # the claim stays (the checks above read the phrase as written), unattributed or held
            source = resolve_mention(ctx.doc, mention, s_lo, actors) if mention else ""   # by the noun before a
                              # participle ("A Quinnipiac University poll released in late August found")
        if source:
            bisect.insort(sources, (s_lo, source))
            bisect.insort(actors, (s_lo, source, mention))
        hedge_lo = max(a - 200, min(x for x in (s_lo, cue.start, a) if x >= 0))
        comma = text.rfind(",", max(s_lo, 0), cue.start) if cue.participle and 0 <= s_lo < cue.start < a else -1
        if comma > 0:             # "Analysts say a summit could follow, noting that ...": not the main clause's hedge
            hedge_lo = comma + 1  # (but ", perhaps recognizing that ...")
        hedge = hedge_in(text, hedge_lo, min(b, a + HEDGE_WINDOW))
        if span in seen and (not source or any((c.start, c.end) == span and _same_actor(c.source, source) for c in claims)):
            continue
        seen.add(span)
        cue_at.setdefault(span, cue.start)
        sentence_id = ctx.index.index_at(a)
        claims.append(Claim(article_id, a, b, text[a:b], source, cue.word, hedge, max(sentence_id, 0), mention))
        anchors[claims[-1]] = (cue.start, s_lo, bool(set(cue.roles) & set("sw")) or cue.lemma == "according to",
                               how == "noun")
        by = _BY_AGENT.match(text, cue.end) if how == "quoted as" else None
        outer = np_after(text, by.end(), ctx.index.at(cue.start).end) if by else None
        relay = _CITES_AS.search(text, max(0, cue.start - 130), cue.start) if how == "cites as" else None
        outer = relay.span(1) if relay else outer
        if how == "cites ahead":
            relay = _QUOTED_AHEAD.search(text, max(0, cue.start - 100), cue.start)
            outer = _subject(text, ctx.clause_lo(relay.start(1)), relay.start(1))
        outer_mention = clean_mention(text[outer[0]:outer[1]]) if outer else ""
        if outer_mention:
            # "... was quoted as saying by the Russian Embassy": the outlet's row too (one row per source)
            said = relay.group(1 if how == "cites ahead" else 2) if relay else "quoted"
            claims.append(Claim(article_id, a, b, text[a:b], resolve_mention(ctx.doc, outer_mention, outer[0], actors),
                                said, hedge, max(sentence_id, 0), outer_mention))
            cue_at.setdefault((a, b), cue.start)
    for lead in _lead_outs(ctx, article_id, claims):
        if (lead.start, lead.end) not in seen:
            claims.append(lead)
            cue_at[(lead.start, lead.end)] = lead.start
    head = _headline_speaker(ctx, article_id)
    if head is not None and (head.start, head.end) not in seen:
        claims.append(head)
        cue_at[(head.start, head.end)] = head.start
    claims.sort(key=lambda c: (c.start, c.end))
    out = share_nested(text, _drop_nested(claims, cue_at), anchors, _same_actor)
    out = cut_at_other_sources(text, out, anchors, _same_actor)
    if citing:
        out = sorted(out + _cited_sources(ctx, citing, out, actors, article_id), key=lambda c: (c.start, c.end))
    # a published piece ('the article says') holds the claim for the paper or author named with it (quote_issuers)
    out = [dataclasses.replace(c, source=published) if c.source and PIECE_ON.fullmatch(c.source)
           and (published := piece_publisher(ctx.doc, _sentence_end(ctx, c.end))) else c for c in out]
    # a lone word that names nobody ('unrealistic', 'newly', 'concern') is no source: the claim stays, unattributed
    return [dataclasses.replace(c, source="", source_mention="") if names_nobody(c.source) else c for c in out]


_SUCH_AS = re.compile(r"such\s+as\s", re.I)


def _held_by_someone(ctx: "_Context", mention: str, source: str) -> bool:
    """True when a source phrase names a person or a body, a possessor ("the minister's remarks") or words spoken
    ("allegations", "remarks"): someone is behind it."""
    if not mention:
        return False
    words = _WORD.findall(mention)
    return _is_actor(ctx, mention, source) or "’s " in mention or "'s " in mention or \
        bool(words) and words[-1].lower() in reporting_nouns() | _SPOKEN


# Instruments of a finding that a pollster, researcher or body made and published ("polls showing him ahead", "a
# study suggesting that ..."): someone is behind the finding, as with the finite verb ("Polls show a close race").
# (not "analysis" or "review": the author's own reading of a fact is often called so: "A quick analysis suggests")
_FINDINGS = {"poll", "polls", "polling", "survey", "surveys", "study", "studies", "report", "reports", "audit", "audits",
             "census", "research", "investigation", "investigations", "assessment", "assessments"}


def _finding_shows(text: str, cue: Cue, mention: str, s_lo: int, s_hi: int) -> bool:
    """True when the participle's own subject, right before it, is an instrument of a finding ("polls showing him
    ahead", "a new study suggesting that ..."): a reduced relative or an absolute clause whose noun is the finding of
    a pollster or a body. Not after a comma ("There were reports of misfires, suggesting ...": a free adjunct whose
    subject is the whole fact before it)."""
    if not mention or s_lo < 0 or not 0 <= s_hi <= cue.start or text[s_hi:cue.start].strip():
        return False
    head = _WORD.findall(_HEAD_CUT.split(mention, maxsplit=1)[0])
    return bool(head) and head[-1].lower() in _FINDINGS


# A subject phrase that names people but that clean_mention empties: a contact relative clause with a pronoun subject
# ("all the experts I interviewed"), a description ("Those close to the mayor", "Others in the party"), or a plural
# people noun after a word that opens no actor phrase ("how experts", "With Democratic leaders", "the $20 million
# experts": a relative clause whose subject is the noun right before its verb). Not with a lower-case personal pronoun
# inside ("Everyone we spoke to", "Those close to him"): a source holding one is a clause fragment to the actor check
# of tests/test_speakers.py (issue 11), so such a phrase stays without a source.
_CONTACT_RELATIVE = re.compile(r"((?:(?:[Aa]ll|[Mm]ost|[Mm]any|[Ss]ome)\s+(?:of\s+)?)?(?:the\s+)?(?:[a-z-]+\s+)?([a-z]+)|[Ee]veryone|[Ee]verybody)"
                               r"\s+(?:I|we)\s+(?:have\s+|had\s+)?(?:interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
                               r"asked|consulted|contacted|surveyed|met)")
_DESCRIBED_PEOPLE = re.compile(r"(?:[Tt]hose|[Oo]thers)\s+(?:close\s+to|in|from|at|inside|within|around|near)\s+"
                               r"(?:the\s+|his\s+|her\s+|their\s+|him|them)?[^,;:“”\"()]{0,50}")
_INNER_PRONOUN = re.compile(r"\s(?:he|she|it|they|we|you|him|them)\b")
_TRAILING_PEOPLE = re.compile(r"(?:^|.*?\s)((?:[A-Z][\w.-]*\s+)?([a-z]+s))")
_NO_ACTOR_BEFORE = re.compile(r"(?:.*\s)?(?:[Hh]ow|[Ww]ith|[Ww]hy|[Ww]hat|[Ww]here|[Ww]hen|[Mm]illion|[Bb]illion|[Tt]housand|[Hh]undred)\s+"
                              r"(?:[A-Z][\w.-]*\s+)?[a-z]+s$")


def _people_subject(raw: str) -> str:
    """The people a subject phrase names when clean_mention gave up on it ("all the experts I interviewed", "Those
    close to the mayor", "how experts" -> "experts"), or ""."""
    raw = raw.strip()
    if len(raw) > 120:
        return ""
    m = _CONTACT_RELATIVE.fullmatch(raw)
    if m is not None:
        noun = (m.group(2) or "").lower()
        return raw if (not noun or _people_noun(noun)) and not _INNER_PRONOUN.search(raw) else ""
    if _DESCRIBED_PEOPLE.fullmatch(raw):
        return "" if _INNER_PRONOUN.search(raw) else raw
    m = _TRAILING_PEOPLE.fullmatch(raw)
    if m is not None and _NO_ACTOR_BEFORE.fullmatch(raw) and _people_noun(m.group(2).lower()):
        return m.group(1)
    return ""


def _people_noun(word: str) -> bool:
    """True when a lower-case noun (singular or plural) names people: "experts", "leaders", "officials"."""
    one = word[:-1] if word.endswith("s") else word
    roles = actor_words()["role"]
    return word in person_nouns() or one in person_nouns() or word in roles or one in roles


_SPOKEN = {"remarks", "remark", "comments", "comment", "words", "speech", "statements", "tweets", "tweet", "letter",
           "message", "messages", "interview", "testimony"}


# Words spoken right before a participle that they govern: "the minister's remarks suggesting ...".
_SPOKEN_BEFORE = re.compile(r"(?:[’']s\s+(?:[\w-]+\s+){0,2}[\w-]+|\b(?:" + "|".join(sorted(_SPOKEN)) + r"))\s+$", re.I)


# A participle as the complement of "as" ("is interpreted as suggesting", "seen as showing"): someone reads it so.
_AS_COMPLEMENT = re.compile(r"\bas\s+$")


def _main_subject_acts(ctx: "_Context", cue: Cue) -> bool:
    """True when the subject opening the cue's sentence (after an adverbial opener: "But days later, the ministry
    shifted its stance, suggesting ...") names a person or a body: a free participle clause takes the main clause's
    subject as its own, who then draws the inference."""
    text, sentence = ctx.text, ctx.index.at(cue.start)
    if sentence is None:
        return True
    lo = sentence.start
    opener = _OPENER.match(text, lo, cue.start)
    first = opener.group(1).lower() if opener is not None else ""
    classes = word_classes()
    if first.endswith("ing") or first in classes["prep"] or first in classes["sub"] or first in classes["lead"]:
        lo = opener.end()
    sp = leading_np(text, lo, cue.start)
    if sp is None:
        return False
    words = _WORD.findall(text, sp[0], sp[1])
    if not words:
        return False
    head = words[-1].lower()
    body = actor_words()
    if head in body["evidence"] or head in body["event"] or head in body["document"]:
        return False
    names = [w for w in words[1:] if w[:1].isupper()] + ([words[0]] if sp[0] > sentence.start and
                                                           words[0][:1].isupper() else [])
    return bool(names) or head in ("he", "she", "they", "we", "i", "who") or head in body["role"] or \
        head in body["body"] or head.rstrip("s") in body["role"] or head.rstrip("s") in body["body"] or \
        head in person_nouns() or head.rstrip("s") in person_nouns()


_BARE_WORD = re.compile(r"[a-z][\w-]*")
_NOT_NOUN_OPENERS = {"that", "to", "as", "what", "whether", "if", "how", "why", "who", "when", "where", "which", "it",
                     "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "there", "all", "both", "each",
                     "not", "so", "also", "then", "now"}


def _attributive_participle(text: str, cue: Cue, a: int, how: str, source: str, mention: str) -> bool:
    """True when a past participle of a cue stands before a bare noun ("alleged bias", "proposed rule makings") and
    no source holds it: an adjective, no verb (a verb with a noun object has a subject: "X alleged fraud")."""
    if how != "verb" or " " in cue.word or not cue.word.endswith("ed") or a <= cue.end or text[cue.end:a].strip():
        return False
    if source and not names_nobody(source) or mention and is_pronoun(mention):
        return False              # ("While he acknowledged funding was a major reason": a pronoun subject)
    m = _BARE_WORD.match(text, a)
    if m is None:
        return False
    low = m.group()
    classes = word_classes()
    return low not in _NOT_NOUN_OPENERS and low not in classes["det"] and low not in classes["prep"] and \
        low not in classes["aux"] and low not in classes["sub"] and not low.endswith("ly")


# A possessive pronoun holding a speech or stance noun ("his claim that", "their decision to"): the subject pronoun,
# resolved like one.
_HOLDER_PRONOUN = {"his": "he", "His": "he", "her": "she", "Her": "she", "their": "they", "Their": "they", "its": "it",
                   "Its": "it"}


# A lead-out naming who said the sentence before: "This was reported this Sunday by the president, A B."
_LEAD_OUT = re.compile(r"(?:This|That)\s+(?:was|has\s+been|had\s+been)\s+(?P<cue>reported|announced|stated|said|"
                       r"confirmed|declared)\b[^.,;:“”\"]{0,40}?\s+by\s+(?P<src>[^.;:“”\"–—]{2,120}?)\.\s*$")


def _lead_outs(ctx: _Context, article_id: str, claims: Sequence[Claim]) -> list[Claim]:
    """The sentence before a lead-out with the lead-out, held by its agent (an appositive name after a comma)."""
    out, sents = [], ctx.index.sentences
    for i in range(1, len(sents)):
        m = _LEAD_OUT.match(ctx.text, sents[i].start, sents[i].end)
        prev = sents[i - 1]
        if m is None or prev.paragraph != sents[i].paragraph or \
                any(c.start < sents[i].end and c.end > prev.start for c in claims):
            continue                      # the sentence before already reports its own source
        src = m.group("src").rsplit(",", 1)
        name = src[-1].strip() if len(src) == 2 and src[-1].strip()[:1].isupper() else m.group("src")
        mention = clean_mention(name)
        if not mention:
            continue
        at = m.start("src") + m.group("src").rfind(name)
        source = resolve_mention(ctx.doc, mention, at, [])
        a, b = prev.start, sents[i].end
        out.append(Claim(article_id, a, b, ctx.text[a:b], source, f"was {m.group('cue')}", hedge_in(ctx.text, a, b),
                         prev.sentence_id, mention))
    return out


def _cited_sources(ctx: _Context, citing: Sequence[Cue], claims: Sequence[Claim], actors,
                   article_id: str = "") -> list[Claim]:
    """A second row for "X reported ..., citing Y" / "X reports citing Y": the same content, source Y.

    CONVENTIONS.md lists a sentence with two attributions once per source.
    """
    text, out = ctx.text, []
    for cue in citing:
        if ctx.quote_at(cue.start) is not None:
            continue
        s_idx = ctx.index.index_at(cue.start)
        sentence = ctx.index.at(cue.start)
        if sentence is None:
            continue
        host = [c for c in claims if c.sentence_id == s_idx and c.cue != cue.word]
        if _CITED_SAYING.match(text, cue.end):
            host = [c for c in host if c.start > cue.end]   # "X cited NIS, saying that CONTENT": the content after
        by = _CITED_BY.match(text, cue.end)
        src = np_after(text, by.end() if by else cue.end, sentence.end, full=not by)
        if src is None:
            continue
        if not by and _cites_a_reason(text, src):
            # "..., citing the strategic importance of ...": a reason the subject gives, not a second source.
            reason = _citing_reason(ctx, cue, sentence, src, host, actors, article_id)
            if reason is not None:
                out.append(reason)
            continue
        if not host:
            continue
        mention = clean_mention(text[src[0]:src[1]])
        doc = _CITED_DOCUMENT.match(text, src[0], src[1])
        if not mention and doc:
            src = (doc.end(), src[1])     # "Citing reports from the WFP and the FAO, ...": the bodies behind them
            mention = clean_mention(text[src[0]:src[1]])
        if not mention:
            continue
        source = resolve_mention(ctx.doc, mention, src[0], actors)
        c = host[0]
        out.append(Claim(c.article_id, c.start, c.end, c.text, source, cue.word, c.hedge, c.sentence_id, mention))
    return out


_REASON_START = re.compile(r"(?:the|a|an|his|her|its|their)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})")
# Heads that make the cited phrase a source ("citing a military intelligence report", "citing officials").
_SOURCE_HEADS = {"report", "reports", "source", "sources", "official", "officials", "data", "study", "studies",
                 "survey", "poll", "polls", "intelligence", "media", "statement", "statements", "analyst",
                 "analysts", "expert", "experts", "figures", "estimate", "estimates", "document", "documents",
                 "newspaper", "agency", "outlet", "article", "interview", "footage", "records", "testimony",
                 "assessment", "correspondent", "diplomat", "diplomats", "spokesman", "spokeswoman", "person",
                 "people", "website", "channel", "broadcaster", "government", "ministry", "military", "account"}


def _cites_a_reason(text: str, src: tuple[int, int]) -> bool:
    """True when the phrase after "citing" is a reason ("the strategic importance of ...") and no source."""
    m = _REASON_START.match(text, src[0], src[1])
    if m is None:
        return False
    words = m.group(1).split() + re.findall(r"[a-z]+", re.split(r"\s(?:of|for|in|on|about)\s",
                                                                text[src[0]:src[1]].lower())[0])
    body = actor_words()   # (the head may follow a possessive: "citing the country's intelligence service")
    return not any(w in _SOURCE_HEADS or w in body["role"] or w in body["body"] for w in words)


def _citing_reason(ctx: _Context, cue: Cue, sentence, src, host, actors, article_id: str) -> Optional[Claim]:
    text = ctx.text
    if cue.word == "Citing" and 0 < text.find(",", src[0], src[1]):
        src = (src[0], text.find(",", src[0], src[1]))   # "Citing a theory, Trump accused ...": the main clause is not X
    end = src[1] if cue.word == "Citing" else _content_end(text, src[0], sentence.end)   # "Citing X, ...": X only
    span = _strip_content(text, src[0], end)
    if span is None or ctx.fully_quoted(*span):
        return None
    if host:
        source, mention = host[0].source, host[0].source_mention
    else:
        sp = leading_np(text, sentence.start, cue.start)
        if sp is not None and ctx.quote_at(sp[0]) is not None:
            sp = leading_np(text, ctx.clause_lo(cue.start), cue.start)   # '"...," RFA said, citing': not the quote's
        if sp is None or ctx.quote_at(sp[0]) is not None:                # first words
            return None
        mention = clean_mention(text[sp[0]:sp[1]])
        source = resolve_mention(ctx.doc, mention, sp[0], actors) if mention else ""
    a, b = span
    return Claim(article_id, a, b, text[a:b], source, cue.word,
                 hedge_in(text, a, b), ctx.index.index_at(a), mention)


def _skip_that(text: str, a: int, b: int) -> int:
    m = _THAT_LEAD.match(text, a, b)
    return m.end() if m else a


def _attributes_quote(ctx: _Context, cue: Cue) -> bool:
    """True for the cue of a direct quote ('"...," she said several months later'): no claim."""
    text = ctx.text
    if cue.participle or _THAT.match(text, cue.end + 1) or cue.lemma == "according to":
        return False
    sentence = ctx.index.at(cue.start)
    lo = sentence.start if sentence else 0
    i = bisect.bisect_right(ctx.q_open, cue.start) - 1
    if i < 0 or ctx.quotes[i].close <= lo - 1 or ctx.quotes[i].close > cue.start:
        return False
    q = ctx.quotes[i]
    gap = text[q.close:cue.start]
    # The quote hands over to its attribution: '"...," X said' / '"...?" asked X' / '"...", X said'.
    handover = _HANDOVER.search(text[max(q.start, q.end - 3):q.close]) is not None or gap.lstrip().startswith(",")
    first = _WORD.search(gap)
    if not handover or (first and first.group().lower() in ("and", "but", "or")):
        return False
    before = text[max(lo, q.open - CONTEXT_CHARS):q.open].rstrip().rstrip("”\"’'")
    if _mixed_lead(text, max(lo, q.open - CONTEXT_CHARS), before):
        return False              # 'Not paying taxes "makes me smart," Trump said': a claim with a partial quote
    if len(_WORD.findall(gap)) > 25 or _THAT.search(gap) or _STOP_GAP.search(gap):
        return False
    # '"...," X said in a speech, and later added ...': the quote has its own cue; this one reports more.
    return not any(True for _ in iter_cues(text, q.close, cue.start))


# A name that ends in a bare possessive mark ("Otis'") is a fragment, not a source ("Moody’s" may be a firm).
_POSSESSIVE_END = re.compile(r"s['’]$")
