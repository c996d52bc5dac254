"""A media artefact as a quote's subject ("The footage showed ... captions that said: “...”", "“...,” the
Telegram channel reported", "The clip says Kaine “...”") stands for whoever made or published it.

Footage, captions, images, videos, clips, ads and channels say nothing of their own: CONVENTIONS give their
words to the broadcaster, body or campaign that made or published them. :func:`artefact_owner` finds that
owner written before the quote, in the last few sentences: the agent of a verb of publishing ('were broadcast
by the official Korean Central Television'), a maker after the artefact's own noun ('A web video by the
Republican National Committee'), a possessor ('the ministry's Telegram channel'), else the source of the last
'according to' attribution naming an organisation ('according to the Main Intelligence Agency (GUR) of ...').
When none is written the quote abstains: an artefact is never given as a speaker.
"""
from __future__ import annotations

import re
from typing import Optional

# The artefact nouns, with up to two lowercase modifiers or a platform name ('the Telegram channel',
# 'a web video', 'State media images'); not a capitalised title ('The New York Post').
_NOUNS = (r"footage|captions?|videos?|clips?|images?|photos?|photographs?|pictures?|broadcasts?|channel|ads?|"
          r"advert(?:isement)?s?|graphics?|subtitles?|on-screen\s+text|video\s+message|recording")
ARTEFACT = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nother|[Ii]ts|[Tt]heir)\s+)?(?:[Ss]tate\s+media\s+)?"
                      r"(?:(?:Telegram|YouTube|TikTok|Facebook|Instagram|TV|[a-z][a-z-]*)\s+){0,2}(?:%s)" % _NOUNS)

# A name: capitalised words, with 'of (the)' inside ('Ministry of Defense'); stops before a bracket or a comma.
_NAME = r"(?:[A-Z][\w’'.&-]*)(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w’'.&-]*){0,6}"
_PUBLISHED_BY = re.compile(r"\b(?:broadcast|aired|released|published|posted|carried|shown|issued|produced|"
                           r"distributed|shared|run|televised|uploaded)\s+(?:\w+\s+)?by\s+(?:the\s+)?"
                           r"(?:(?:official|state-run|state|North\s+Korean|Russian)\s+)?(%s)" % _NAME)
_MADE_BY = re.compile(r"\b(?i:%s)\s+(?:by|from)\s+(?:the\s+)?(%s)" % (_NOUNS, _NAME))
_POSSESSOR = re.compile(r"(?<![\w’'-])(%s)[’']s\s+(?:(?:official|own|Telegram|YouTube|TikTok|Facebook|Instagram)\s+)?"
                        r"(?:%s)\b" % (_NAME, _NOUNS))
# 'according to the Main Intelligence Agency (GUR) of ...': only a name followed by a bracket, a comma, a stop or
# 'of' (not 'according to South Korean lawmaker Lee': the words of a person are no artefact's).
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?(%s)(?=\s*[(,.;]|\s+of\s|\s*$)" % _NAME)
# Organisation heads for the 'according to' fallback.
_BODY = re.compile(r"\b(?:Agency|Ministry|Directorate|Service|Office|Department|Television|TV|News|Committee|"
                   r"Council|Command|Staff|Intelligence|Channel|Network|Radio|Broadcasting|Corporation|Party|Army|"
                   r"Forces|Government|Administration|Embassy|Commission|Organi[sz]ation)\b")
# How far back the owner may be written.
_WINDOW = 1500


# A law not yet written ("a law to deem the nation a safe country", "new legislation", "a bill to ...") says
# nothing: a quote it seems to hold is somebody's slogan or nobody's; the quote abstains. A law in force written
# with "the" ("the law says") keeps its text.
UNWRITTEN_LAW = re.compile(r"(?:(?:[Aa]n?|[Aa]nother)\s+(?:(?:new|emergency|draft|proposed|fresh)\s+)?"
                           r"(?:law|bill|legislation|regulation|rule|measure)"
                           r"|(?:[Nn]ew|[Ee]mergency|[Dd]raft|[Pp]roposed|[Ff]resh)\s+"
                           r"(?:laws?|legislation|bills?|rules|regulations|measures)|[Ll]egislation)")


def is_artefact(mention: str) -> bool:
    """Whether ``mention`` names a media artefact rather than a speaker.

    >>> is_artefact('The footage'), is_artefact('the Telegram channel'), is_artefact('The New York Post')
    (True, True, False)
    """
    return bool(mention) and ARTEFACT.fullmatch(mention.strip()) is not None


def artefact_owner(text: str, pos: int) -> str:
    """The maker or publisher of an artefact mentioned at ``pos``, written before it; '' when none is.

    >>> t = 'The images were broadcast by the official Korean Central Television. The footage showed captions.'
    >>> artefact_owner(t, t.index('The footage'))
    'Korean Central Television'
    """
    lo = max(0, pos - _WINDOW)
    window = text[lo:pos]
    best: Optional[tuple[int, str]] = None
    for pattern in (_PUBLISHED_BY, _MADE_BY, _POSSESSOR):
        for m in pattern.finditer(window):
            if best is None or m.start(1) > best[0]:
                best = (m.start(1), m.group(1))
    if best is None:
        for m in _ACCORDING.finditer(window):
            if _BODY.search(m.group(1)):
                best = (m.start(1), m.group(1))
    return re.sub(r"(?<=[a-z]{2})\.$", "", best[1].strip()) if best else ""


# Staff named only by their trade ('lawyers articulated', 'officials said'), with no determiner or modifier.
_STAFF = re.compile(r"(?:[Ll]awyers|[Aa]ttorneys|[Pp]rosecutors|[Oo]fficials|[Ss]pokespeople|[Ii]nvestigators)")
# The owner of a document or team named before them in the sentence ('In one of the DOJ's filings, lawyers ...').
# (legal papers and teams only: 'In Trump's case, officials said' or 'In response to Moscow's letter, officials
# said' name no one the officials speak for; an opening preposition is no part of the owner's name)
_OWNED_PAPER = re.compile(r"(?<![\w’'-])(?:the\s+)?(?!(?:In|On|At|For|After|Before|With|From|To|By|Under|As)\s)"
                          r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)[’']s\s+(?:[a-z-]+\s+){0,2}"
                          r"(?:filings?|briefs?|motions?|complaints?|lawsuits?|submissions?|legal\s+team|appeal)\b")


def staff_owner(text: str, mention: str, lo: int, pos: int) -> str:
    """The body whose document or team the sentence names before bare staff at ``pos`` ('In one of the DOJ's
    filings, lawyers articulated that "..."' -> 'DOJ'), else ''. ``lo`` is the sentence's start.

    >>> t = "In one of the DOJ's filings, lawyers articulated that"
    >>> staff_owner(t, 'lawyers', 0, t.index('lawyers'))
    'DOJ'
    """
    if not _STAFF.fullmatch(mention.strip()):
        return ""
    found = ""
    for m in _OWNED_PAPER.finditer(text, lo, pos):
        found = m.group(1)
    return found


def staff_body(text: str, mention: str, lo: int, pos: int) -> str:
    """The body bare staff at ``pos`` were written with in ``text[lo:pos]`` ('officials with Norfolk Southern in
    Atlanta said ... "...," officials said' -> 'Norfolk Southern'): the last such body, else ''.

    >>> t = 'Officials at the Port Authority said the pier was safe. "We are confident," officials said.'
    >>> staff_body(t, 'officials', 0, t.rindex('officials'))
    'Port Authority'
    """
    noun = mention.strip()
    if not _STAFF.fullmatch(noun):
        return ""
    found = ""
    for m in re.compile(r"\b(?i:%s)\s+(?:with|at|from|of|for)\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)"
                        % re.escape(noun)).finditer(text, lo, pos):
        found = m.group(1)
    return found
