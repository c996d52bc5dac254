"""A document's own wording quoted as speech: the treaty, charter, law or resolution is the speaker.

News quotes the text of treaties, charters, laws and resolutions with verbs that are no reporting cue
elsewhere ("the treaty stipulates that “...”", '“...,” reads the English version', "Article 51, which
invokes the “...”"). CONVENTIONS (and the gold of russia_nk, v2, v4, v6, v9) give such words to the document.

:func:`document_cue` finds such a document subject for a speech quote left without a speaker;
:func:`named_document` resolves a document description ("the treaty", "the agreement") to the document's
full name written earlier in the article ("Treaty on Comprehensive Strategic Partnership"), and keeps the
description when none is written. A quote with no document named abstains as before.
"""
from __future__ import annotations

import re
from typing import Optional

# Documents whose words are their own (a statement or report is its issuer's: see quote_issuers).
_HEADS = (r"treaty|agreement|pact|accord|charter|resolution|declaration|convention|constitution|law|bill|"
          r"memorandum|protocol|clause|provision|section|text|version|document")
_VERBS = (r"states|stipulates|reads|provides|says|declares|specifies|obliges|obligates|commits|invokes|"
          r"affirms|guarantees|enshrines|requires|stated|stipulated|read|provided|said|declared|specified|"
          r"stating|stipulating|reading|providing|saying|declaring|specifying|pledging|"
          # (what a pact binds its parties to: 'Article 4 compels the two powers to provide ... “...”')
          r"compels|binds|envisages|envisions|mandates|obliging|obligating|committing|requiring")
# The verbs among them by which a document binds its parties: the phrase quoted after one is the document's wording,
# a scare quote or not ('an agreement that obligates each side to provide “military and other assistance”').
BINDS = re.compile(r"(?i:obliges|obligates|compels|commits|requires|binds|stipulates|provides|envisages|envisions|"
                   r"mandates|obliging|obligating|committing|requiring|pledging|stipulating|providing)")
_DOC_NP = r"(?:the|this|that|its|their|a|an|another|one)\s+[“\"]?(?:(?!(?:is|was|are|were|be|has|had|have|that|which|who)\s)" \
          r"[“\"]?[\w’'-]+\s+){0,4}?(?:%s)(?:,?[”\"])?" % _HEADS
# 'the agreement also states that each country “...”', 'a clause stipulating that in case of a threat of attack
# by a third power, the signatories “...”' (the clause's own words may stand before the quote, up to 16).
_DOC_BEFORE = re.compile(r"(?<![\w’'-])(%s)(?:\s*,?\s*which\s+[^“”\".;:!?]{0,150}?,|\s+(?:that|which))?\s+"
                         r"(?:also\s+|further\s+|explicitly\s+|clearly\s+)?(%s)\b"
                         r"(?:\s+that)?(?:\s+[^\s“”\".;:!?]+){0,16}?\s*[:,]?\s*$" % (_DOC_NP, _VERBS), re.I)
# 'The treaty requires ... . It also calls for the two countries to ... a “...”': "it" after a document subject.
_IT_BEFORE = re.compile(r"(?<![\w’'-])([Ii]t)\s+(?:also\s+|further\s+)?(%s|calls\s+for|urges|commits)\b"
                        r"(?:\s+that)?(?:\s+[^\s“”\".;:!?]+){0,16}?\s*[:,]?\s*$" % _VERBS)
# 'Article 4 states: “...”', 'According to Article 4, “...”': an article of the document named before.
_ARTICLE = r"(?:Article|Clause|Section|Paragraph)\s+\d+[a-z]?(?:\s*\(\d+\))?"
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(%s)\s+(?:also\s+)?(%s)\b(?:\s+that)?(?:\s+[^\s“”\".;:!?]+){0,16}?\s*[:,]?\s*$"
                             % (_ARTICLE, _VERBS))
# 'According to the treaty, “...”', 'Under Article 4, the sides must “...”': the document's wording.
_UNDER_DOC = re.compile(r"\b((?i:according\s+to|under))\s+(%s|%s)\s*,\s*(?:[^\s“”\".;:!?]+\s+){0,8}?[:,]?\s*$"
                        % (_ARTICLE, _DOC_NP.replace("|a|an|another|one", "")))
# 'The resolution “demands that ...”': the document right before a quote that opens with its verb.
_DOC_THEN_VERB = re.compile(r"(?<![\w’'-])(%s|%s)\s+(?:also\s+)?$" % (_ARTICLE, _DOC_NP.replace("|a|an|another|one", "")),
                            re.I)
# (any present-tense verb in -s opens it: 'The resolution “deplores in the strongest terms ...”')
_VERB_OPENING = re.compile(r"[“\"‘']?\s*((?:%s|demands|calls|urges|requires|commits|condemns|recognizes|recognises|"
                           r"reaffirms|prohibits|bans|allows|grants|binds|[a-z]{3,}(?<![su])s)\b)(?![’'-])" % _VERBS)
_LEADING_DOC = re.compile(r"\s*(%s)\s+(?:also\s+)?[a-z]+s\b" % _DOC_NP.replace("|a|an|another|one", ""), re.I)
# 'the UN Charter’s Article 51, which invokes the “...”'
_NAME = r"(?:[A-Z][\w’'-]*(?:\.[A-Z]\.?)*\s+){0,5}(?:Treaty|Charter|Agreement|Accord|Pact|Declaration|Convention|" \
        r"Resolution|Constitution|Act|Protocol)\b"
_WHICH = re.compile(r"((?:the\s+)?%s(?:[’']s)?(?:\s+Article\s+\d+)?|Article\s+\d+\s+of\s+the\s+%s)\s*,\s+which\s+"
                    r"(%s)\s+(?:the\s+|that\s+)?$" % (_NAME, _NAME, _VERBS))
# '“...,” reads the English version posted by North Korea'
# (and, inverted the same way, a document its issuer's: '“...,” reads the letter signed by 40 lawmakers')
_DOC_AFTER = re.compile(r"\s*,?\s*(reads|states|stipulates|says|declares)\s+(%s|(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+)"
                        r"{0,2}?(?:letter|statement|message|communiqu[eé]|note|announcement|petition))\b" % _DOC_NP)
# A document's full name: 'the Treaty on Comprehensive Strategic Partnership between ...', 'the UN Charter'.
_WORD = r"[A-Z][\w’'-]*(?:\.[A-Z]\.?)*"
_FULL_NAME = re.compile(r"(?<![\w’'.-])(?:%s\s+){0,5}(?:Treaty|Charter|Agreement|Accord|Pact|Declaration|Convention|"
                        r"Resolution|Constitution|Protocol)\b(?:\s+(?:on|of|for)\s+(?:%s\s+){0,4}%s)?" % (_WORD, _WORD, _WORD))
_LEAD = re.compile(r"^(?:The|This|That|A|An|Its|Their)\s+")
_GENERIC = re.compile(r"(?:clause|provision|section|version)$", re.I)    # not a news article or text message


def document_cue(text: str, lo: int, q_open: int, q_close: int, hi: int,
                 prev_lo: int = -1) -> Optional[tuple[str, int, str]]:
    """(document mention, its position, cue) for the quote between ``q_open`` and ``q_close`` in the
    sentence ``lo``..``hi`` (the sentence before starts at ``prev_lo``), when a document is the subject of
    the verb that introduces it."""
    if prev_lo >= 0 and not text[lo:q_open].strip(" “”\"‘’'"):
        lo = prev_lo                      # 'Article 4 states:' ended the sentence before the quote
    m = _DOC_BEFORE.search(text, lo, q_open)
    if m:
        return _named_or_none(text, m.group(1), m.start(1), m.group(2))
    m = _ARTICLE_BEFORE.search(text, lo, q_open) or _UNDER_DOC.search(text, lo, q_open)
    if m:
        return _named_or_none(text, m.group(2 if m.re is _UNDER_DOC else 1), m.start(2 if m.re is _UNDER_DOC else 1),
                              m.group(1 if m.re is _UNDER_DOC else 2).lower())
    m = _DOC_THEN_VERB.search(text, lo, q_open)
    verb = _VERB_OPENING.match(text, q_open) if m else None
    if verb:
        return _named_or_none(text, m.group(1), m.start(1), verb.group(1))
    m = _IT_BEFORE.match(text, lo, q_open) if prev_lo >= 0 else None
    subject = _LEADING_DOC.match(text, prev_lo, lo) if m else None
    if subject and not re.search(r"(?:clause|provision|section|version|text|document)$", subject.group(1), re.I):
        return named_document(text, subject.group(1), subject.start(1)), m.start(1), m.group(2)
    m = _WHICH.search(text, lo, q_open)
    if m:
        return named_document(text, m.group(1), m.start(1)), m.start(1), m.group(2)
    m = _DOC_AFTER.match(text, q_close, hi)
    if m:
        return _named_or_none(text, m.group(2), m.start(2), m.group(1))
    return None


def _named_or_none(text: str, mention: str, pos: int, cue: str) -> Optional[tuple[str, int, str]]:
    """A part or copy of a document ("a clause", "the English version", "the text") names no document
    unless its full name is written before: the quote abstains then."""
    if re.search(r"(?:clause|provision|section|version|text|document)$", mention, re.I) and \
            named_document(text, mention, pos) == mention:
        return None
    if re.match(_ARTICLE, mention):
        found = named_document(text, mention, pos)
        return (found, pos, cue) if found != mention else None       # an article of no named document abstains
    return re.sub(r"[“”\"]", "", mention).rstrip(" ,"), pos, cue     # 'The "... treaty,"': its words


def document_article(text: str, speaker: str, pos: int) -> Optional[str]:
    """For a speaker that is an article of a document ('Article 4'): the document's full name written before
    ``pos``, or "" (abstain); None when ``speaker`` is no such article."""
    if not re.fullmatch(_ARTICLE, speaker.strip()):
        return None
    found = named_document(text, speaker.strip(), pos)
    return found if found != speaker.strip() else ""


def named_document(text: str, mention: str, pos: int, abstain: bool = False) -> str:
    """The full name written before ``pos`` of the document ``mention`` describes; else ``mention``, or with
    ``abstain`` "" for a part or copy of a document ("the English version", "the clause") that names none."""
    found = _named_document(text, mention, pos)
    if abstain and found == mention and re.fullmatch(r"(?:the|a|an|its|this|that|another)\s+(?:[\w’'-]+\s+){0,3}?"
                                                     r"(?:clause|provision|section|version|text)", mention, re.I):
        return ""
    return found


def _named_document(text: str, mention: str, pos: int) -> str:
    own = _FULL_NAME.search(mention)
    if own and _LEAD.sub("", own.group(0)) != own.group(0).split()[-1]:
        return _LEAD.sub("", own.group(0)).rstrip("’'")             # 'the UN Charter’s Article 51': UN Charter
    head = mention.split()[-1].lower() if mention else ""
    if re.match(_ARTICLE, mention):
        # 'Article 4' of the document named last before it ('the UN Charter', 'the Treaty on ...')
        names = [_LEAD.sub("", m.group(0)) for m in _FULL_NAME.finditer(text, 0, pos)]
        names = [n for n in names if " " in n]
        return names[-1].rstrip("’'") if names else mention
    if not re.fullmatch(r"(?:%s)" % _HEADS, head):
        return mention
    names = [_LEAD.sub("", m.group(0)) for m in _FULL_NAME.finditer(text, 0, pos)]
    names = [n for n in names if " " in n]               # 'a Treaty upgrading ...' names no document
    for name in reversed(names):
        if _GENERIC.search(head) or head in name.lower() or head in ("agreement", "pact", "accord", "treaty") and \
                re.search(r"Treaty|Agreement|Pact|Accord", name):
            return name.rstrip("’'")
    return mention


__all__ = ["BINDS", "document_article", "document_cue", "named_document"]
