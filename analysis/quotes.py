"""Quotations: every quoted stretch, who said it, with which cue, and whether it is speech or a scare quote.

The quoted spans come from :func:`analysis.nlp.find_quote_spans`.  Each span is
then attributed by proximity and grammar, in this order:

1. after the quote, in its sentence: ``"...," said X`` / ``"...," X said`` / ``"..." ― X``;
2. before the quote, in its sentence: ``X said: "..."``, ``X called the move "reckless"``,
   ``According to X, "..."``, or a colon line ending the previous sentence;
3. a passive cue ("It is now described as "..."") takes the previous sentence's subject;
4. otherwise a quote continues the speaker of the quote just before it (same sentence,
   or the next sentence or paragraph), or of an attribution in the previous sentence.

A short quoted phrase with no cue is a scare quote (Moscow's "special military operation").
A paragraph ending in a colon after a cue ("According to an article posted on ...:")
followed by an unquoted paragraph makes that paragraph a block quote.
Pronoun speakers ("he", "she") are resolved to the most recent fitting person when one
is found; otherwise the pronoun is kept.

The attribution grammar is in :mod:`analysis.quote_grammar`, the choice among attributions per quote
span in :mod:`analysis.quote_placement`; this module resolves speakers and builds the rows. Media artefacts
("the footage", "the Telegram channel") give way to their owner (:mod:`analysis.quote_media`); a quoted term
takes the subject that agreed, ordered or demanded it (:mod:`analysis.quote_terms`); a thing is never a speaker,
and a passive's agent or an apposed name is (:mod:`analysis.quote_subjects`).
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Optional, Sequence

from .nlp import PersonIndex, QuoteSpan, analyse, is_pronoun, iter_cues, leading_np, np_after, pronoun_kinds, subject_before
from .nlp.mentions import actor_words, clean_mention, function_words, is_description, plausible_actor, resolve_mention
from .nlp.people import MAX_CANDIDATES, is_person_description, pair_position
from .nlp.mention_shapes import owned_speaker
from .nlp.lone_words import names_nobody
from .nlp.office_holders import published_on
from .quote_grammar import (CONTEXT_CHARS, _Attribution, _SMALL_WORDS, _WORD, _clause_like, _is_speech_cue,
                            _span_text, _title_case, _word_count)
from .quote_as import characterised_as
from .quote_how import revealed_how
from .quote_fallback import subject_fallback
from .quote_postposed import postposed_speaker
from .quote_documents import BINDS, document_article, document_cue, named_document
from .quote_echoes import echoed, postposed_fragments
from .quote_media import UNWRITTEN_LAW, artefact_owner, is_artefact, staff_body, staff_owner
from .quote_terms import contact_relative_subject, decided_term, name_ending_phrase, owned_term
from .quote_lead import named_lead_roles
from .quote_lines import deck_speaker, header_speaker, title_between
from .quote_continuation import described_last_speaker, narrative_in_new_paragraph, other_speaker_between, other_subject
from .quote_issuers import AUTHORS_OF, DOCUMENT, OWN_ISSUER, PIECE_ON, document_issuer, piece_publisher, posted_owner
from .quote_placement import _attribute_spans, _block_quotes
from .quote_subjects import (QUOTED_FIGURE, agent_before, clause_mention, apposed_person, figure_subject, is_thing, no_thing_speaker,
                             people_of_name, predicate_subject, relative_antecedent)
from .quote_pronouns import named_pair, not_named_inside, resolve_pronoun
from .records import Quote, Sentence
from .nlp.guard import guarded

# How many words a quoted predicate right after its subject may have ('Jane Roe ‘deeply disappointed’').
SCARE_PREDICATE_WORDS = 3
# How many sentences back a quote may inherit its speaker from.
CONTINUATION_SENTENCES = 2
# Words that introduce a label, not somebody's words: 'known as "countervailing duties"', 'under the guise of
# "fair competition"', 'the so-called "special operation"'. A short quote right after them is a scare quote.
_LABEL_BEFORE = re.compile(r"\b(?:(?:also|commonly|widely|popularly)\s+)?(?:known\s+as|so-called|so\s+called|"
                           r"under\s+the\s+(?:guise|banner|name|pretext)\s+of)\s*$", re.I)
# A transcript line inside a quote: "PENCE: Well, look, ..." (a speaker in capitals and a colon).
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’ -]{1,40}[A-Z]):\s+")

# Page furniture inside a quote ("Follow Pam Key on Twitter @pamkeyNEN."): nobody's words.
# The rest of a quoted fragment's sentence closing on a postposed attribution, with no verb before it:
# '"highest level of mutual trust" between the leaders, Belousov said, and ...'.
# The cue may take a short adverbial of place, time or medium ('“...” in Mexico City, AMLO said in the video.'),
# and 'according to X' is such an attribution too ('“...” with Kim, according to Shoigu.').
# A body or spokesperson described after 'the' closes it too ('“...” in North Korea, the embassy said on its
# Facebook page').
# So does an unnamed person after 'a' ('But Musk “doesn’t walk the talk” when it comes to free speech, a Brazilian
# columnist told The Guardian'); the medium told may take two more capitalised words ('told The Guardian') and the
# kind of medium ('an airline source told the PA news agency').
# The comma may stand inside the quote ('“...,” Peskov was quoted as saying by TASS', '“...” according to Peskov').
_POSTPOSED = re.compile(r"[^.;:!?\"“”]{0,80}?,?\s+(?:((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|he|she|it|they|"
                        r"the\s+(?:[a-z]+\s+)?(?:embassy|ministry|agency|government|company|office|department|"
                        r"council|committee|commission|spokes(?:man|woman|person)|statement)|"
                        r"an?\s+(?:[\w-]+\s+){0,2}(?:columnist|analyst|expert|official|diplomat|spokes(?:man|woman|person)|"
                        r"source|researcher|professor|economist|commentator|lawmaker|observer)|"
                        r"(?:police|officials|authorities|investigators|prosecutors|diplomats|sources|officers|witnesses))\s+"
                        r"(?:(?:had|has|have)\s+)?"
                        r"(said|says|added|noted|stressed|told\s+(?:[Tt]he\s+)?(?:[a-z]+-[a-z]+\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}"
                        r"(?:\s+(?:news\s+agency|news\s+site|newspaper|daily|broadcaster|agency|radio|television))?|"
                        r"(?:was|is|has\s+been)\s+quoted\s+(?:by\s+[^,.;:!?\"“”]{1,60}?\s+)?as\s+saying)"
                        r"(?:\s+(?:in|on|at|during|via|after|before|by|while|earlier|later|late)\b[^.;:!?\"“”,]{0,50})?|"
                        r"(according\s+to)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*))\s*(?=[,.;]|$)")
# An outlet quoting somebody after the quote: '"...," the publication quotes one of the report's authors, Lee Jong-kyu, a
# senior researcher at the Korea Development Institute, as saying.' (the name, after an optional description).
_POSTPOSED_RELAY = re.compile(r"\s*,?[”\"’']?\s*(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:quotes|quoted|cites|cited)\s+"
                              r"(?:[^,.;:!?\"“”]{1,60}?,\s+)?((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*[a-z][\w’'-]*)"
                              r"(?:,\s+[^.;:!?\"“”]{1,120}?,?)?\s+as\s+(?:saying|stating)\s*(?=[.;]|$)")
# An unnamed person postposed after 'a' (see _POSTPOSED) takes a quoted clause, not a label ('two self-declared “free
# cantons” in the north, a local official said'),
# ... or a predicate quoted right after its subject or an auxiliary ('But Musk “doesn’t walk the talk”').
_INDEFINITE = re.compile(r"an?\s")
_PREDICATE_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]*|\b(?:he|she|it|they|will|would|can|could|must|should|may|might|"
                               r"to|is|are|was|were))\s*$")
# '“...,” was how Zakharova described the remarks', '“...” – that is how X put it': the one who described them.
_HOW_DESCRIBED = re.compile(r"[,\s]*(?:[–—-]+\s*)?(?:(?:that|this)\s+)?(?:was|is|is\s+how|’s|'s)\s*(?:how\s+)?"
                            r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|he|she|they)\s+"
                            r"(described|put\s+it|called|characteri[sz]ed|summed\s+up|summari[sz]ed|phrased\s+it)\b")
# A name's idea, proposal or term right before a quote: 'Prime Minister Shigeru Ishiba's idea of an "Asian NATO"'.
_OWNED_IDEA = re.compile(r"\b((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s\s+(?:own\s+)?(idea|proposal|concept|vision|"
                         r"notion|term|slogan|call|plan)\s+(?:of|for)\s+(?:an?\s+|the\s+)?[“\"‘']?$")
# A name's description, allegation or claim whose wording is quoted: 'Choe's earlier description of the dialogue as
# “...”', 'Clinton's allegations of a “...”', 'Trump's claim that there have been “...”' (not a participle opening
# the sentence: 'Referencing Choe's').
_OWNED_WORDING = re.compile(r"\b((?:(?![A-Z][a-z]+ing\s)[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s\s+(?:[a-z]+\s+){0,2}?(description|"
                            r"characteri[sz]ation|allegations?|accusations?|claims?|assertions?|statements?|remarks|comments|"
                            r"warnings?|pledges?|promises?|insistence|declarations?|vows?|announcements?)\s+(?:of\s+(?:an?\s+|"
                            r"the\s+|[^.;:!?“”\"]{1,80}?\s+as\s+(?:an?\s+|the\s+)?)|that\s+(?:[^.;:!?“”\",]{1,80}?\s+)?)"
                            r"[“\"‘']?$")
_OPENING_WORD = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")
# (no comma inside the 'that' clause: 'Asked about Biden's warning that sanctions would follow, Peskov said "..."' is
# Peskov's, the clause after the comma has its own saying verb)
# ... unless the wording is repeated by the one who speaks now ('He also repeated Moscow's warning that Seoul should
# never cross the "red line"': his words).
_REPEATED = re.compile(r"\b(?:repeat|reiterate|echo|restate|renew)(?:s|es|ed|d)?\s+$")
# The agent of a passive cue right after the quote: '"insulting" by UAW President, Shawn Fain'.
_BY_AGENT = re.compile(r"[,”\"’']*\s+by\s+((?:the\s+)?(?:[A-Z][\w’'.-]*,?\s+){0,4}[A-Z][\w’'.-]*)(?=\s*[,.;]|\s*$)")
_FURNITURE = re.compile(r"\s*(?:Follow|Like)\s+(?:\S+\s+){0,4}on\s+(?:Twitter|Facebook|Instagram|X|Threads)\b"
                        r"[^.!?]{0,40}[.!]?\s*$")
# A short quote naming what a possessive's owner pursues ('their efforts to develop an "all-round partnership"',
# 'its push for a "new world order"'): that party's label, not the words of the cue's subject.
_OWNED_LABEL = re.compile(r"\b(?:their|its|his|her)\s+(?:[a-z-]+\s+){0,1}(?:efforts?|push|drive|bid|attempts?|"
                          r"plans?|quest|campaign|pursuit|vision|goal|aim|calls?)\s+(?:to\s+[a-z]+|for|of|toward|towards)"
                          r"\s+(?:(?:an?|the)\s+)?(?:[a-z-]+\s+)?$")
# A wish or condition before the cue's subject ("I hope in 2017 America says, "..."", "if Moscow says "...""):
# the words are imagined, not reported.
_IMAGINED = guarded(re.compile(r"(?:\b(?:I|[Ww]e)\s+(?:(?:just|really|only)\s+)?(?:hope|wish|pray|dream)|\b(?:[Ii]magine|[Ss]uppose)|"
                       r"(?:^|[.,;:]\s*|\b(?:and|but|so)\s+)(?:[Ii]f|[Uu]nless))"   # not 'asked if' (a question)
                       r"(?:\s+that)?(?:\s+(?:in|by|on|next|one|some)\b[^,.;:!?\"“”]{0,25})?\s*$"))

# A negated or imagined cue ("even if they do not announce", "never said", "would say") reports no words to continue.
# A verb of belief, negated, still states a view ("Dr Green doesn't think these are on the table").
_VIEW_VERBS = frozenset("think believe feel expect know doubt fear hope suspect worry reckon agree consider see"
                        .split())
_NOT_SAID = re.compile(r"(?:\bnot|n[’']t|\bnever|\b(?:would|could|might|may))\s+(?:[a-z]+ly\s+)?$")

# The topic of a document after its noun: 'the Kremlin's readout [of the call]'.
_OF_PHRASE = re.compile(r"\s+(?:of|on|about)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?[a-z][\w\s-]*$")
# Verbs that name a thing ('four lay passengers the company called “mission specialists”').
_NAMING_CUE = re.compile(r"(?:call|dub|term|label|brand|describe|nickname)(?:s|ed|bed|led)?(?:\s+as)?", re.I)
# A message or statement as the speaker, its sender written after it: 'says a message from the president'.
# (a statement or letter 'from' its issuer is resolved by quote_issuers)
_NOTE = re.compile(r"(?i:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:message|telegram|cable|greetings?|address)")
_WHEN = re.compile(r"(?:(?:last|this|next|the)\s+)?(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|"
                   r"August|September|October|November|December|week|month|year|morning|evening|night)")
_FROM_SENDER = re.compile(r"\s+(?:(?:sent|issued|signed)\s+)?(?:from|by)\s+")
# A lone capitalised name ("Kim", "Lammy"), which takes the full name given before it in the article.
_BARE_NAME = re.compile(r"[A-Z][\w-]*[a-z][\w-]*")


def _described_person(doc, description: str, pos: int, actors) -> str:
    """The person an unnamed speaker a pronoun at ``pos`` stands for is ('The judge wrote ... He said'): what the
    description resolves to where it was written, the last reporting subject so worded before ``pos``; else the
    description."""
    subjects = doc.body_subjects
    k = bisect.bisect_left(subjects, pos, key=pair_position)
    at = next((subjects[j][0] for j in range(k - 1, max(-1, k - 1 - MAX_CANDIDATES), -1)
               if subjects[j][1] == description), -1)
    if at < 0:
        return description
    named = resolve_mention(doc, description, at, actors)
    if named == description:
        named = described_last_speaker(doc, description, at, actors)    # '"...," the envoy noted. ... the ambassador
        #                                                                   stated. "...," he added': the envoy's name
    return named if named and not is_description(named) else description


def extract_quotes(text: str, *, article_id: str = "", sentences: Optional[Sequence[Sentence]] = None,
                   published: Optional[str] = None) -> list[Quote]:
    """Quotations in ``text`` with speaker, cue and kind (speech / scare / block).

    ``published`` (an ISO date) is the article's publication date: "the Russian president" is then only a
    holder of that office on that day (:mod:`analysis.nlp.office_holders`).

    >>> t = 'The Russian foreign ministry called such speculations “completely fake.”'
    >>> [(q.text, q.speaker, q.cue, q.kind) for q in extract_quotes(t)]
    [('completely fake.', 'The Russian foreign ministry', 'called', 'speech')]
    """
    if not text:
        return []
    if published is not None:
        with published_on(published):
            return extract_quotes(text, article_id=article_id, sentences=sentences)
    doc = analyse(text, sentences, article_id)
    index, people, subjects = doc.index, doc.people, list(doc.subjects)
    sents = index.sentences
    spans = doc.quotes
    placed = _attribute_spans(text, index, spans)
    attrs, sent_of, sent_end, opens_clause = placed.attrs, placed.sent_of, placed.sent_end, placed.opens_clause

    quotes: list[Quote] = []
    resolved: list[tuple[str, str, str]] = []   # (speaker, cue, kind) per span
    fragments: list[bool] = []                  # per span: a quoted fragment with no cue and no speaker
    postposed: list[bool] = []                  # per span: a speaker named after the quote ('"...," X said')
    spoken: list[tuple[int, str]] = []          # (position, name) of speakers so far, for pronouns
    actors: list[tuple[int, str, str]] = []     # (position, name, mention), for "it" and descriptions
    title_attr: tuple[int, Optional[_Attribution]] = (-1, None)   # a quoted title's speech attribution
    for i, q in enumerate(spans):
        start = q.start
        attr = attrs[i]
        if title_attr[0] == i - 1 and (attr is None or attr.how == "participle" and not attr.speaker) \
                and title_between(text, spans[i - 1].close, q.open):
            attr = title_attr[1]                   # 'said on YTN's "News King" on the 13th, "...": the title's cue
        transcript = _TRANSCRIPT.match(text, q.start, q.end)
        if transcript and _word_count(text[transcript.end():q.end]) >= 2:
            start = transcript.end()
            attr = _Attribution(transcript.group(1), transcript.start(), ":", "qs", "colon")
        words = text[start:q.end]
        speaker, cue, kind = "", "", "scare"
        named = False                              # a label, title or furniture: nobody's words
        if attr is not None and "p" in attr.roles and attr.how == "pre" and not _is_person(attr.speaker, people):
            attr = None                            # 'The deal promotes the "excellent location"': no person
        if attr is not None and _is_speech_cue(attr, words):
            speaker, cue, kind = attr.speaker, attr.cue, "speech"
            if attr.how == "pre" and ((cut := name_ending_phrase(speaker)) > 0 or
                                      _NAMING_CUE.fullmatch(attr.cue) and (cut := contact_relative_subject(speaker)) > 0):
                # 'again on December 3 and North Korea has warned', 'a vessel North Korea called a "..."'
                speaker = speaker[cut:]
                attr = dataclasses.replace(attr, speaker=speaker, speaker_pos=attr.speaker_pos + cut)
            if attr.how == "colon" and speaker:   # 'His answer: "..."': he
                speaker = owned_speaker(text[attr.speaker_pos:q.open].rstrip(" :“\"‘")) or \
                    _colon_label(speaker, attr.speaker_pos, people)
            agent = _BY_AGENT.match(text, q.close) if attr.how == "passive" and not speaker else None
            if agent:
                # 'has been called "insulting" by UAW President, Shawn Fain': the name after its title
                speaker = re.sub(r"(?<=[a-z]{3})\.$", "", agent.group(1).rsplit(", ", 1)[-1])
                attr = _Attribution(speaker, agent.start(1) + agent.group(1).rfind(speaker), attr.cue, attr.roles, "passive")
            elif attr.how == "passive" and not speaker and sent_of[i] > 0 and \
                    not _WHAT_PASSIVE.search(text, max(0, q.open - 80), q.open) and \
                    not re.match(r"\s*,?\s*by\s", text[q.close:q.close + 12]):   # ('called "reckless" by critics')
                # (not 'in what is being criticized as a "use it or lose it" approach': a free relative's critics,
                # nobody named)
                prev = sents[sent_of[i] - 1]
                sp = leading_np(text, prev.start, prev.end)
                speaker = _span_text(text, sp)
            if attr.how in ("pre", "passive") and (by := agent_before(text, attr.cue, q.open)):
                speaker, attr = by[0], dataclasses.replace(attr, speaker=by[0], speaker_pos=by[1])   # 'As noted by X, “'
            elif attr.how == "pre" and attr.cue.endswith("ing") and \
                    (sender := _MESSAGE_FROM.search(text, max(0, q.open - 160), q.open)) and \
                    people.lookup(sender.group(1)) is not None and \
                    sender.end() <= text.rfind(attr.cue, max(0, q.open - 160), q.open) and attr.speaker_pos < sender.start(1):
                # 'a message from Vladimir Putin, expressing "heartfelt congratulations"': the sender's words
                speaker = sender.group(1)
                attr = dataclasses.replace(attr, speaker=speaker, speaker_pos=sender.start(1))
        if kind == "speech" and attr is not None and attr.how == "pre" and speaker and sents:
            speaker, cue, attr = no_thing_speaker(text, speaker, cue, attr, sents[sent_of[i]].start)   # 'the purchases'
        if kind == "speech" and attr is not None and attr.how == "pre" and attr.speaker_pos > 0 and \
                _IMAGINED.search(text, max(0, attr.speaker_pos - 60), attr.speaker_pos):
            speaker, cue = "", ""                 # 'I hope America says, "..."': imagined words
            attr = None
        if _in_phrase_before(text, spans, i):
            # 'as Trump went on about "...," Melanie said yes': not hers; Trump's, as he talks about them
            at = _chain_start(text, spans, i)
            talk = _TALKED_ABOUT.search(text, max(0, at - 80), at)
            if talk and (not speaker or attr is None or attr.how == "post" or attr.speaker_pos < talk.start(1)):
                speaker, cue, kind = talk.group(1), talk.group(2), "speech"
                # Its position stays unset: this weaker reading does not become a pronoun's antecedent.
                attr = _Attribution(speaker, -1, cue, "qs", "pre")
            elif attr is not None and attr.how == "post":
                speaker, cue, attr = "", "", None
        if kind == "speech" and attr is not None and attr.how == "pre" and not _clause_like(words) \
                and _OWNED_LABEL.search(text, max(0, q.open - 60), q.open):
            speaker, cue, kind = "", "", "scare"   # 'argue that their efforts to build an "all-round partnership"'
            attr, named = None, True
        if _FURNITURE.match(words):
            speaker, cue, kind = "", "", "scare"   # 'Follow X on Twitter @x.': page furniture
            attr, named = None, True
        elif not _clause_like(words) and _LABEL_BEFORE.search(text, max(0, q.open - 40), q.open):
            speaker, cue, kind = "", "", "scare"   # 'known as "countervailing duties"': a label
            attr, named = None, True
        elif _title_case(words) and not (attr is not None and attr.how == "post" and attr.speaker
                                         and opens_clause[i]):
            if kind == "speech" and attr is not None and attr.how == "pre" and speaker:
                title_attr = (i, attr)
            speaker, cue, kind = "", "", "scare"   # a title ("Face the Nation"): neither speech nor inherited
            named = True
        elif kind == "scare" and attr is None and _clause_like(words) and not opens_clause[i] and \
                (subject := _person_subject(text, sents[sent_of[i]] if sents else None, q.open, people)):
            # 'Matsegora singled out construction workers, who are "highly skilled, ..."'.
            speaker, kind = subject, "speech"
        elif kind == "scare" and attr is None and sents and _word_count(words) <= SCARE_PREDICATE_WORDS and \
                (subject := predicate_subject(text, sents[sent_of[i]].start, q.open, people, q.close,
                                              sents[sent_of[i]].end)):
            # 'Team captain Jane Roe ‘disappointed’ over ...': a quoted predicate right after its subject is
            # that person's word
            speaker, kind = subject, "speech"
        elif kind == "scare" and attr is None and QUOTED_FIGURE.fullmatch(words) and sents and \
                (subject := figure_subject(text, sents[sent_of[i]], q.open)):
            # 'Some Russian media and experts discussed the possibility of North Korea sending "up to 100,000"
            # troops': a quoted figure is the estimate of the subject whose verb it follows.
            (speaker, cue), kind = subject, "speech"
        elif kind == "scare" and attr is None and _clause_like(words) and _excerpt_paragraph(text, q) and \
                (author := _excerpt_author(text, spans, resolved, i)) is not None:
            # '"Kevin was snoring.' between the quoted lines of an excerpt: the excerpt's author, not the speaker
            # of the line before.
            (speaker, cue), kind = author, "speech"
        elif kind == "scare" or (not speaker and attr is not None and attr.how in ("participle", "post-open", "pre")):
            # A cue whose subject was not found ('" and asserted that "') continues the quote before it
            # in the same sentence only; a quote with no cue at all may continue one sentences back.
            own_cue = attr is not None and attr.how == "pre"
            inherited = _inherit(i, spans, sent_of, sent_end, resolved, attrs, text, sents,
                                 _clause_like(words) and not own_cue, own_cue)
            if inherited is not None:
                speaker, cue = inherited[0], (attr.cue if own_cue else inherited[1])
                kind = "speech"
            elif _clause_like(words):
                kind = "speech"
        if sents and kind == "speech" and not named and (rel := relative_antecedent(text, sents[sent_of[i]].start,
                                                                                 q.open)) is not None:
            # 'the Act, which states that courts “...”': the antecedent's words; a thing's ('the measures, which
            # state that “...”'): nobody's
            speaker, cue = rel[0], rel[2]
            attr = _Attribution(speaker, rel[1], cue, "qs", "pre") if speaker else None
        if kind == "scare" and not speaker and (idea := _OWNED_IDEA.search(text, max(0, q.open - 100), q.open)):
            # 'Prime Minister Shigeru Ishiba's idea of an "Asian NATO"': a named user's term
            speaker, cue, kind = idea.group(1), idea.group(2), "speech"
            attr = _Attribution(speaker, idea.start(1), cue, "qs", "pre")
        if kind == "scare" and not speaker and not named and sents and (
                found := attr is None and characterised_as(text, sents[sent_of[i]].start, q.open)
                or revealed_how(text, sents[sent_of[i]].start, q.open)):
            # 'slammed Vestager, who ..., as the "tax lady"' (quote_as), 'The notes ... have revealed how troops are
            # used as "bait"' (quote_how): the judge's or the source's words
            speaker, cue, kind = found[0], found[2], "speech"
            attr = _Attribution(speaker, found[1], cue, "qs", "pre") if speaker else attr   # (no speaker: keep any)
        if not speaker and attr is None and sents and (term := decided_term(text, sents[sent_of[i]], q.open)):
            # 'World leaders have agreed to 'transition away'': what the subject agreed (the kind is kept)
            speaker, cue = term[0], term[2]
            attr = _Attribution(speaker, term[1], cue, "qs", "pre")
        if not speaker and attr is None and (term := owned_term(text, q.open)):
            # 'his plans to “stop the boats”': the owner's wording (the kind is kept)
            speaker, cue = term[0], term[2]
            attr = _Attribution(speaker, term[1], cue, "qs", "pre")
        if (kind == "speech" or attr is None and not named) and not speaker and q.closed and sents and \
                (post := _POSTPOSED.match(text, q.close, min(sents[sent_end[i]].end, spans[i + 1].open
                                                            if i + 1 < len(spans) else len(text)))) and \
                (not _INDEFINITE.match(post.group(1) or "") or _clause_like(words)
                 or _PREDICATE_BEFORE.search(text, max(0, q.open - 30), q.open)):
            # 'demonstrated the "highest level of mutual trust" between the leaders, Belousov said, and ...'
            who = 1 if post.group(1) else 4
            # (a quoted fragment with no cue of its own is the postposed speaker's wording: 'police will provide
            # "security and surveillance" at the centres, Meloni noted')
            speaker, cue, kind = re.sub(r"(?<=[a-z]{2})\.$", "", post.group(who)), post.group(2) or post.group(3), "speech"
            attr = _Attribution(speaker, post.start(who), cue, "qs", "post")
        if (kind == "speech" or attr is None and not named) and not speaker and q.closed and sents and \
                (post := _POSTPOSED_RELAY.match(text, q.close, min(sents[sent_end[i]].end, spans[i + 1].open
                                                                   if i + 1 < len(spans) else len(text)))):
            # '"...," the publication quotes one of the report's authors, Lee Jong-kyu, ..., as saying.': the one
            # quoted speaks, not the outlet
            speaker, cue, kind = post.group(1), "quoted as saying", "speech"
            attr = _Attribution(speaker, post.start(1), cue, "qs", "post")
        if (kind == "speech" or attr is None and not named) and not speaker and q.closed and sents and \
                (post := postposed_speaker(text, q.close, min(sents[sent_end[i]].end, spans[i + 1].open
                                                              if i + 1 < len(spans) else len(text)))):
            # '... an “unbreakable bond”, the Ruritanian leader gushed in a letter.' (quote_postposed)
            speaker, cue, kind = post[0], post[2], "speech"
            attr = _Attribution(speaker, post[1], cue, "qs", "post")
        if sents and (own := _OWNED_WORDING.search(text, max(sents[sent_of[i]].start, q.open - 160), q.open)) \
                and doc.quote_at(own.start(1)) is None \
                and not _REPEATED.search(text, max(0, own.start(1) - 30), own.start(1)):
            # 'Referencing Choe's earlier description of the dialogue as “...,” Lavrov said': the words are the
            # possessor's, whoever reports them
            # (a sentence's first word is none of the name: 'Despite President Joe Biden's previous description')
            opener = _OPENING_WORD.match(own.group(1))
            at = own.start(1) + (opener.end() if opener and opener.group(1).lower() in function_words() else 0)
            speaker, cue, kind = text[at:own.end(1)], own.group(2), "speech"
            attr = _Attribution(speaker, at, cue, "qs", "pre")
        if not speaker and q.closed and (how := _HOW_DESCRIBED.match(text, q.close, min(len(text), q.close + 80))):
            # '“...,” was how Zakharova described the remarks'
            speaker, cue, kind = how.group(1), how.group(2), "speech"
            attr = _Attribution(speaker, how.start(1), cue, "qs", "post")
        if not speaker and not named and (echo := echoed(text, spans, resolved, i)):
            # 'As X said “... concerns about who the system is protecting ...” ... the answer to “who the system is
            # protecting”': words quoted again are the speaker's who said them first
            speaker, cue = echo, ""               # (the kind is kept: a quoted phrase is continued by none)
        if not speaker and q.closed and (deck := deck_speaker(text, q.open, q.close, people)):
            speaker, cue, kind = deck, "", "speech"   # 'Park Wongon "Russia Does Not ..."': a deck line's name
        if not speaker and not named and (attr is None or not attr.speaker) and \
                (header := header_speaker(text, q.open, people)):
            speaker, cue, kind = header, "", "speech"   # 'Ana Lee, Party Chair\n\n"...": a transcript's header line
        if kind in ("speech", "scare") and not (speaker and clean_mention(speaker)) and sents and \
                (found := document_cue(text, sents[sent_of[i]].start, q.open, q.close, sents[sent_end[i]].end,
                                       sents[sent_of[i] - 1].start if sent_of[i] > 0 else -1)) and \
                (kind == "speech" or BINDS.fullmatch(found[2])):
            # 'the treaty stipulates that “...”': a document's own wording (quote_documents); a phrase of it too
            # where the document binds its parties ('an agreement that obligates each side to provide “military and
            # other assistance”')
            speaker, cue, kind = found[0], found[2], "speech"
            attr = _Attribution(speaker, found[1], cue, "qs", "pre")
        if not speaker and not named and (attr is None or attr.how != "post") and sents and \
                (found := subject_fallback(text, sents[sent_of[i]].start, q.open)):
            # 'Kozhemyako also revealed plans for a joint “industrial and trade park”': the sentence's subject whose
            # verb of saying holds the fragment (quote_fallback; the kind is kept)
            speaker, cue = found[0], found[2]
            attr = _Attribution(speaker, found[1], cue, "qs", "pre")
        pos = attr.speaker_pos if attr and attr.speaker_pos >= 0 else q.open
        if speaker and (article := document_article(text, speaker, pos)) is not None:
            speaker = article                      # 'Article 4 states: “...”': the treaty named before, else nobody
        mention = clean_mention(speaker) if speaker else ""
        if mention and is_pronoun(mention):
            pronoun = resolve_pronoun(doc, mention, pos, subjects, spoken) if mention.lower() != "it" else ""
            if pronoun and (is_description(pronoun) or is_person_description(pronoun)):
                # '"...," the official added. "...," he said': whom the description was resolved to before
                pronoun = next((name for p, name, said in reversed(actors) if p < pos and name
                                and said.lower() == pronoun.lower()), "") or _described_person(doc, pronoun, pos, actors)
            speaker = not_named_inside(resolve_mention(doc, mention, pos, actors, pronoun), mention, words)
            if DOCUMENT.fullmatch(speaker):   # '"...," it said.' after '"...," the statement said.'
                speaker = document_issuer(doc, speaker, pos, actors) or speaker
        else:
            if (note := _NOTE.fullmatch(mention)) and attr is not None and attr.speaker_pos >= 0 and sents and \
                    (at := text.find(mention, attr.speaker_pos, attr.speaker_pos + len(attr.speaker) + 5)) >= 0 and \
                    (frm := _FROM_SENDER.match(text, at + len(mention))) and \
                    (sp := _sender_np(text, frm.end(), sents[sent_end[i]].end)) and \
                    plausible_actor(text[sp[0]:sp[1]]) and not names_nobody(text[sp[0]:sp[1]]) and \
                    not _WHEN.fullmatch(text[sp[0]:sp[1]]):
                # '“...,” says a message from the president': the sender, not the message
                mention, pos = clean_mention(text[sp[0]:sp[1]]) or text[sp[0]:sp[1]], sp[0]
                attr = dataclasses.replace(attr, speaker=mention, speaker_pos=sp[0])
            speaker = resolve_mention(doc, mention, pos, actors)
            if speaker == mention and (owner := posted_owner(doc, mention, pos, actors)):
                speaker = owner                    # 'a statement posted on the presidency's Twitter account'
            if speaker == mention and (DOCUMENT.fullmatch(mention) or OWN_ISSUER.fullmatch(_OF_PHRASE.sub("", mention))):
                # 'the statement read', 'the Kremlin's readout of the call': its issuer
                speaker = document_issuer(doc, _OF_PHRASE.sub("", mention), pos, actors) or speaker
            if speaker == mention and (authors := AUTHORS_OF.fullmatch(mention)):
                # 'the report’s authors write': the report's issuer
                speaker = document_issuer(doc, authors.group(1) or authors.group(2), pos, actors) or speaker
            if speaker == mention and speaker:
                speaker = named_document(text, mention, pos, abstain=True)   # 'the treaty': Treaty on ...
            if speaker == mention and speaker:
                speaker = named_pair(doc, mention, pos) or speaker   # 'Both men': 'Kim Jong Un and Putin'
            if speaker == mention and (apposed := apposed_person(doc, mention, pos)):
                speaker = apposed                  # 'Kim Yo Jong, a high-ranking government official who ...'
            if speaker == mention and _BARE_NAME.fullmatch(mention):
                speaker = people.earlier_full_name(mention, pos) or speaker   # 'Kim told ...': Kim Hong-kyun
            if speaker == mention and speaker and attr is not None and attr.speaker_pos >= 0 and \
                    (last := described_last_speaker(doc, mention, pos, actors)):
                speaker = last                     # '"...," Ann Lee said. "...," the lecturer added.': Ann Lee
        if speaker and PIECE_ON.fullmatch(speaker):
            speaker = piece_publisher(doc, pos) or speaker   # 'the article says' (or 'it' after it): the paper named
        if speaker and is_artefact(mention):
            speaker = artefact_owner(text, pos)    # 'The footage showed captions that said: "..."': its broadcaster
        elif speaker and UNWRITTEN_LAW.fullmatch(mention):
            speaker = ""                           # 'a law to deem ... his plans to “stop the boats”': no speaker
            if owned := owned_term(text, q.open):  # ... but the plans are his
                mention = owned[0]
                speaker = resolve_mention(doc, mention, owned[1], actors,
                                          resolve_pronoun(doc, mention, owned[1], subjects, spoken)
                                          if is_pronoun(mention) else "")
        elif speaker and sents and (owner := staff_owner(text, mention, sents[sent_of[i]].start, pos)
                                    or staff_body(text, mention, sents[max(0, sent_of[i] - 1)].start, pos)):
            speaker = resolve_mention(doc, owner, pos, actors)   # 'In the DOJ's filings, lawyers argued': the DOJ
        if i and attr is not None and attr.cue.endswith("ing") and resolved[i - 1][0] \
                and resolved[i - 1][1].endswith("ing") and resolved[i - 1][1] != attr.cue \
                and _AND_PARTICIPLE.fullmatch(text, spans[i - 1].close, q.open):
            # 'with Kim Jong Un calling it an "alliance" and labeling Russia North Korea's "most honest friend"': the
            # conjoined participle's subject is the first one's
            speaker, mention = resolved[i - 1][0], quotes[-1].speaker_mention if quotes else mention
        if speaker and attr is not None and attr.speaker_pos >= 0:
            bisect.insort(spoken, (attr.speaker_pos, speaker))
            bisect.insort(actors, (attr.speaker_pos, speaker, mention))
        resolved.append((speaker, cue, kind))
        quotes.append(Quote(article_id, start, q.end, words, speaker, kind, cue, sent_of[i], mention))
        fragments.append(not speaker and kind == "scare" and not named)
        postposed.append(bool(speaker) and attr is not None and attr.how == "post")
    quotes = postposed_fragments(text, spans, quotes, fragments, postposed, sent_of)

    for start, end, attr in _block_quotes(text, index, spans):
        s_idx = index.index_at(start)
        mention = clean_mention(attr.speaker) if attr.speaker else ""
        speaker = resolve_mention(doc, mention, max(attr.speaker_pos, 0), actors,
                                  resolve_pronoun(doc, mention, attr.speaker_pos, subjects, spoken)
                                  if is_pronoun(mention) and attr.speaker_pos >= 0 else "")
        if speaker == mention and mention and (DOCUMENT.fullmatch(mention) or OWN_ISSUER.fullmatch(mention)):
            speaker = document_issuer(doc, mention, max(attr.speaker_pos, 0), actors) or speaker   # 'Reads the letter:'
        quotes.append(Quote(article_id, start, end, text[start:end], speaker, "block", attr.cue, max(s_idx, 0),
                            mention))
    quotes.sort(key=lambda r: (r.start, r.end))
    quotes = named_lead_roles(doc, quotes)     # 'The CEO of ... said' named in the paragraph after
    # a lone word that names nobody ('The charges concern alleged crimes ... "..."': 'concern') is no speaker
    # ... nor a clause taken for a noun phrase ('Scuffles erupted in parliament')
    quotes = [dataclasses.replace(q, speaker="", speaker_mention="") if names_nobody(q.speaker)
              or clause_mention(q.speaker_mention or q.speaker)
              or q.speaker_mention and is_thing(q.speaker_mention, post_names=True)
              and not people_of_name(q.speaker_mention) else q for q in quotes]   # ('The heirs of Trump': people)
    # ... nor is a thing the mention was resolved to: 'The move by the Foreign Office' is the Foreign Office's act
    return [dataclasses.replace(q, speaker=_act_agent(q.speaker)) if q.speaker and q.speaker != q.speaker_mention
            and is_thing(q.speaker, post_names=True) and not people_of_name(q.speaker) else q for q in quotes]


# An act or event and its agent: 'The move by the Foreign Office', 'the visit by a delegation from Seoul'.
_BY_ACTOR = re.compile(r"(?i:the|a|an|this|its|their)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*\s+by\s+(.{2,80})")


def _act_agent(thing: str) -> str:
    """The agent named after "by" in a phrase headed by an act (see :data:`_BY_ACTOR`), when it is an actor phrase;
    else "" (a thing speaks for nobody)."""
    m = _BY_ACTOR.fullmatch(thing)
    agent = clean_mention(m.group(1)) if m else ""
    return agent if agent and plausible_actor(agent) and not is_thing(agent, post_names=True) else ""


# A preposition of topic whose object the quote is ('went on about "...", "..." and "..."').
_PHRASE_OPENER = re.compile(r"\b[a-z]+\s+(?:about|over)\s*$")
_QUOTE_CHAIN = re.compile(r"[ ,]*(?:and|or)?[ ]*")


# ... in a clause of talk whose subject is named: 'as Trump went on about', 'while the mayor talked about'.
_TALKED_ABOUT = re.compile(r"\b(?i:as|while|when|whenever|because|after|before|since|until)\s+((?:[A-Z][\w’'.-]*\s+){0,3}"
                           r"[A-Z][\w’'.-]*|he|she|they|the\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:[a-z]+ly\s+)?((?:went|goes|go|going)\s+on|"
                           r"(?:talk|spoke|speak|complain|joke|rant|rail|boast|brag|muse|riff|rave|lecture)[a-z]*)"
                           r"\s+(?:about|over)\s*$")


# A participle closing the sender's noun phrase ('a message from the president read out at the ceremony').
_PARTICIPLE_AFTER = re.compile(r"\s+(?:read|sent|delivered|published|posted|issued|released|signed|addressed|"
                               r"broadcast|[a-z]{3,}ed)\b")


def _sender_np(text: str, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The noun phrase of a message's sender at ``lo``, without a participle closing it."""
    sp = np_after(text, lo, hi)
    if sp is None:
        return None
    cut = _PARTICIPLE_AFTER.search(text, sp[0], sp[1])
    return (sp[0], cut.start()) if cut and cut.start() > sp[0] else sp


def _chain_start(text: str, spans: Sequence[QuoteSpan], i: int) -> int:
    """The opening mark of the first quote in the list quote ``i`` ends ('"A," "B" and "C"')."""
    j = i
    while j > 0 and _QUOTE_CHAIN.fullmatch(text, spans[j - 1].close, spans[j].open):
        j -= 1
    return spans[j].open


def _in_phrase_before(text: str, spans: Sequence[QuoteSpan], i: int) -> bool:
    """Whether quote ``i`` (with the quotes it is listed with) is the object of a preposition inside its
    sentence, so that an attribution after it ('..., X said yes') reports another clause, not these words."""
    at = _chain_start(text, spans, i)
    return _PHRASE_OPENER.search(text, max(0, at - 30), at) is not None


def _excerpt_paragraph(text: str, q: QuoteSpan) -> bool:
    """A paragraph of a quoted excerpt: its mark opens the paragraph and is left open to the next."""
    return not q.closed and (q.open == 0 or text[q.open - 1] == "\n")


def _excerpt_author(text: str, spans: Sequence[QuoteSpan], resolved, i: int) -> Optional[tuple[str, str]]:
    """(speaker, cue) of the nearest earlier paragraph of the same quoted excerpt, or None. The excerpt's first paragraph
    may open after its attribution ('World Athletics president Seb Coe said: "We are shocked ...'), left open all the
    same: the nearest quote left open is the excerpt's, whoever spoke in an excerpt before it."""
    for k in range(i - 1, max(-1, i - 12), -1):
        if not spans[k].closed:
            return (resolved[k][0], resolved[k][1]) if resolved[k][2] == "speech" and resolved[k][0] else None
    return None


# A passive cue in a free relative ("what is being criticized as", "what was described as"): its agent is nobody named.
_WHAT_PASSIVE = re.compile(r"\bwhat\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:being\s+)?(?:\w+ly\s+)?"
                           r"[a-z]+(?:ed|en)\s+(?:as\s+)?(?:an?\s+|the\s+)?$")
# A message and its sender right before a participle cue: "a Tuesday message from Vladimir Putin, expressing".
_MESSAGE_FROM = re.compile(r"\b(?:message|letter|statement|note|telegram|greetings?|cable|remarks)\s+(?:sent\s+)?from\s+"
                           r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s+(?=[a-z]+ing\b)")


def _is_person(speaker: str, people: PersonIndex) -> bool:
    """A speaker that is a person (he/she, a role, a name the article knows), for cues of persons only
    (lexicon role p: "promote", "attack", "support")."""
    mention = clean_mention(speaker) if speaker else ""
    if not mention:
        return False
    if pronoun_kinds().get(mention.lower(), "").startswith("person") or mention.lower() in ("who", "whom"):
        return True
    head = _WORD.findall(mention)[-1].lower()
    roles = actor_words()["role"]
    return head in roles or head.endswith("s") and head[:-1] in roles or people.lookup(mention) is not None


def _colon_label(label: str, pos: int, people: PersonIndex) -> str:
    """A label before a colon speaks when it is a name ("Sanders: ..."); a clause opening a line, as in a
    headline ("Elizabeth Warren Hammers Wells Fargo CEO: ..."), gives the person it opens with, or nobody."""
    if label[:1].isupper() and is_thing(label[:1].lower() + label[1:], post_names=True):
        return ""                              # 'Libya floods: “...”', 'Agreement at the railway: “...”': a topic
    if label.lower() in _QUOTE_LABELS:
        return ""                              # 'Quote: "..."': an outlet's label for the words, nobody's name
    owner = _OWNER_ON.match(label)
    if owner and owner.group(2).lower() not in _NOT_OWNERS and not re.search(r"[’']s\b", owner.group(1)):
        return owner.group(1)                  # 'Global Times on the summit: "..."': the one who speaks on it
    words = _WORD.findall(label)
    if len(words) < 3 or not all(w[0].isupper() or w in _SMALL_WORDS for w in words) \
            or people.lookup(label) is not None:
        return label
    prefix = people.name_prefix(label)
    if prefix:
        return prefix
    line_start = people.text.rfind("\n", 0, max(pos, 0)) + 1
    return "" if not people.text[line_start:max(pos, 0)].strip() else label     # a line opening with a clause


# Labels some outlets set before a quoted passage ('Quote: "We have data on ..."', Ukrainska Pravda's house style).
_QUOTE_LABELS = frozenset(("quote", "quotes", "quotation", "citation", "excerpt", "verbatim"))
# A headline label "Owner on topic": 'Global Times on rapprochement between Russia and the DPRK'.
_OWNER_ON = re.compile(r"((?:[A-Z][\w’'.&-]*\s+){1,4}([A-Z][\w’'.&-]*))\s+on\s+(?![A-Z][\w’'.-]*\s*$)\S")
# ... whose head is a kind of text, not who speaks ('Joint Statement on ...').
_NOT_OWNERS = {"statement", "report", "update", "comment", "comments", "editorial", "remarks", "note", "notes",
               "speech", "interview", "briefing", "transcript", "analysis", "commentary", "op-ed", "letter", "live"}
_NAME_BEFORE_PP = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,4}?[A-Z][\w’'.-]*)(?:\s+(?:of|at|from)\s|\s*,)")


def _person_subject(text: str, sentence: Optional[Sentence], hi: int, people: PersonIndex) -> str:
    """The sentence's subject when it names a known person, else ""."""
    if sentence is None or hi <= sentence.start:
        return ""
    sp = leading_np(text, sentence.start, hi)
    if sp is None:
        return ""
    name = _span_text(text, sp)
    if people.lookup(name) is None:
        # 'Professor Kim Dong-yub of the University of North Korean Studies believes ...': the name before the
        # of-phrase or apposition
        name = _NAME_BEFORE_PP.match(name).group(1) if _NAME_BEFORE_PP.match(name) else ""
    return name if name and people.lookup(name) is not None else ""


# A second participle conjoined after a quote: '” and labeling Russia North Korea’s “' (words of no clause between).
_AND_PARTICIPLE = re.compile(r"[”\"’']?\s*,?\s+and\s+(?:also\s+)?[a-z]+ing\b[^“”\".;:!?]{0,80}")


def _inherit(i: int, spans: Sequence[QuoteSpan], sent_of: Sequence[int], sent_end: Sequence[int], resolved, attrs,
             text: str, sents: Sequence[Sentence], clause_like: bool,
             same_sentence_only: bool = False) -> Optional[tuple[str, str]]:
    """The speaker a quote without its own cue (or without a subject for it) continues, or None."""
    j = i - 1
    # Skip back over titles and scare quotes of the same sentence ('said on "Fox and Friends." "I mean..."').
    while j > max(0, i - 4) and resolved[j][2] != "speech" and sent_of[i] - sent_end[j] <= 1:
        j -= 1
    if j >= 0 and resolved[j][2] == "speech" and resolved[j][0]:
        gap = sent_of[i] - sent_end[j]
        same_sentence = spans[j].close > sents[sent_of[i]].start if sents else True
        if gap == 0 or same_sentence or (clause_like and gap <= CONTINUATION_SENTENCES
                                         and not narrative_in_new_paragraph(text, spans[i], sents, sent_of[i],
                                                                             sent_end[j], resolved[j][0])
                                         and not other_subject(text, spans[i], sents[sent_of[i]], resolved[j][0])
                                         and not other_speaker_between(text, sents[sent_end[j] + 1:sent_of[i]],
                                                                       resolved[j][0])):
            return resolved[j][0], resolved[j][1]
    if same_sentence_only:
        return None
    if not clause_like:
        return None
    # The sentence before holds an attribution ("Trump said he would win.\n"We will win."").
    s_idx = sent_of[i]
    if s_idx > 0 and sents and (text[spans[i].open - 1:spans[i].open].strip() == ""
                                and sents[s_idx].start >= spans[i].open - 1
                                or _SENTENCE_OPENER.match(text, sents[s_idx].start, spans[i].open)):
        prev = sents[s_idx - 1]
        if not (i > 0 and spans[i - 1].close > prev.start):
            lo = max(prev.start, prev.end - CONTEXT_CHARS)
            cues = [c for c in iter_cues(text, lo, prev.end) if not c.passive and not c.participle
                    and c.lemma != "according to" and not (c.lemma not in _VIEW_VERBS
                                                           and _NOT_SAID.search(text, max(lo, c.start - 30), c.start))]
            if cues:
                sp = subject_before(text, lo, cues[0].start)
                if sp:
                    return _span_text(text, sp), cues[0].word
    # The next quote's attribution, when it follows at once ('"A." "B," he said.').
    if i + 1 < len(spans) and attrs[i + 1] is not None and attrs[i + 1].how == "post" \
            and attrs[i + 1].speaker and sent_of[i + 1] - sent_of[i] <= 1:
        return attrs[i + 1].speaker, attrs[i + 1].cue
    return _speaker_after(text, spans, i, sent_of, sent_end, sents)


# The sentence after a quote that stands alone, opening with who speaks and a reporting verb: '"We discussed
# everything." He said the talks were productive.' / '... Shoigu added that ...'.
_SPEAKER_OPENS = re.compile(r"(he|she|they|(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*[a-z][\w’'-]*)\s+"
                            r"(?:also\s+|later\s+|then\s+|further\s+)?(said|says|added|adds|told|tells|explained|"
                            r"noted|stressed|continued|wrote|writes|argued|insisted|warned|emphasi[sz]ed)\b", re.I)
# ... or, after the interview it was said in, who speaks and a verb of saying or judging: '“...”\n\nIn an interview
# with Reuters, Deputy Minister Ivan Sokolov said ...'.
_INTERVIEW_OPENS = re.compile(r"(?:(?:In|During)\s+(?:an?|his|her|the)\s+(?:[a-z-]+\s+){0,2}interview\s+(?:with|on|to|for)|"
                              r"(?:Speaking|Talking)\s+(?:to|with|on))\s+[^,.;:!?“”\"]{1,80},\s+"
                              r"((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*[a-z][\w’'-]*|he|she)(?:,\s[^,.;:“”\"]{2,80},)?\s+"
                              r"(?:also\s+)?(said|says|told|tells|interpreted|explained|argued|described|noted|added|"
                              r"stressed|warned|insisted|admitted|acknowledged)\b")
# ... and the quote opens its sentence, after at most a connective ('However, “...”').
_SENTENCE_OPENER = re.compile(r"[\s“”\"‘’']*(?:(?:But|And|However|Still|Yet|Also|Then|Meanwhile),?\s*)?$")


def _speaker_after(text: str, spans: Sequence[QuoteSpan], i: int, sent_of: Sequence[int], sent_end: Sequence[int],
                   sents: Sequence[Sentence]) -> Optional[tuple[str, str]]:
    """(speaker, cue) opening the sentence right after a quote that is a sentence of its own, or None."""
    q, s_end = spans[i], sent_end[i]
    if not sents or not q.closed or s_end + 1 >= len(sents) or sent_of[i] != s_end:
        return None
    here, after = sents[s_end], sents[s_end + 1]
    if text[q.close:here.end].strip(" .!?”\"’'") or not _SENTENCE_OPENER.match(text, here.start, q.open) \
            or (i > 0 and spans[i - 1].close > here.start) or (i + 1 < len(spans) and spans[i + 1].open < after.end):
        return None                       # not a sentence of its own, or the next sentence quotes again
    m = _SPEAKER_OPENS.match(text, after.start, after.end) or _INTERVIEW_OPENS.match(text, after.start, after.end)
    if m is None or (m.group(1)[0].islower() and m.group(1).lower() not in ("he", "she", "they")):
        return None
    return m.group(1), m.group(2)
