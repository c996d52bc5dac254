"""A document's words are its issuer's: "the statement read", "the report said" takes the body that issued it.

:func:`document_issuer` is called by :mod:`analysis.quotes` for a quote whose speaker as written is a
document ("the statement", "the KCNA report"), in this order:

1. the document named with its issuer in the last sentences ("according to the KCNA report", "a statement
   from the Russian Embassy", "the ministry said in a statement") when that issuer is itself a reporting
   subject before the quote ("Korean Central News Agency reported" for "KCNA"); a source given with
   "according to" in a sentence whose subject is the document ("This statement was made ..., according to X")
   only reports it and is no issuer;
2. else the body that spoke the quote just before, in this sentence or the two before it ('"...," the
   Embassy said. ... "...," the statement read.'), when it is no person and no document itself.

Nothing found: the document stays as written (as in PolNeAR, whose annotators keep "the letter reads").
Quotes only: a claim's source keeps its document (the benchmarks' claims annotate the document itself).
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Sequence

from .nlp import is_pronoun
from .nlp.tokens import MONTH_NAME, WEEKDAY, titles
from .nlp.mentions import actor_words, is_actor_phrase, resolve_mention

if TYPE_CHECKING:
    from .nlp.document import Document

# Documents a body issues (not a letter or an article, which have writers of their own, nor a ruling).
_NOUNS = r"statement|document|report|communiqu[eé]|readout|dispatch|press\s+release|release|notice|post|letter|announcement"
DOCUMENT = re.compile(r"(?i:the|this|that|its|an?)\s+(?:[a-z-]+\s+){0,2}?(?:%s)" % _NOUNS)
# The authors of a document stand for its issuer: 'the report’s authors write', 'The authors of the report also pointed
# out' (group 1 or 2: the document).
AUTHORS_OF = re.compile(r"(?i:the)\s+(?:authors|writers|compilers)\s+of\s+((?i:the|this|its)\s+(?:[a-z-]+\s+){0,2}?(?:%s))|"
                        r"((?i:the|this|its)\s+(?:[a-z-]+\s+){0,2}?(?:%s))[’']s\s+(?:authors|writers|compilers)"
                        % (_NOUNS, _NOUNS))
# How many sentences before the quote's own the issuer may be written.
ISSUER_SENTENCES = 2

_NAME = r"((?:[A-Z][\w.&’'-]*\s+){0,5}[A-Z][\w.&’'-]*)"
_NAMED_DOCUMENT = [
    re.compile(_NAME + r"(?:[’']s)?\s+(?:[a-z-]+\s+){0,2}(?:%s)\b" % _NOUNS),            # "the KCNA report"
    # "a statement issued by X", "This joint statement was made by X" (a passive with its copula)
    re.compile(r"\b(?:%s)\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?=made|issued|released|published|signed|"
               r"delivered)|)(?:issued\s+|released\s+|published\s+|made\s+|signed\s+|delivered\s+)?(?:by|from)\s+"
               r"(?:the\s+)?" % _NOUNS + _NAME),
    re.compile(_NAME + r"\s+(?:said|wrote|announced|stated|posted)\s+in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}"
               r"(?:%s)\b" % _NOUNS),                                                    # "X said in a statement"
    re.compile(_NAME + r"\s+(?:(?:also|later|then|had|has|have)\s+)?(?:issued|released|published|posted|sent|wrote|"
               r"filed|submitted|unveiled|delivered|penned|drafted)\s+(?:a|an|its|their|his|her)\s+"
               r"(?:[\w-]+\s+){0,2}(?:%s)\b" % _NOUNS),                                 # "X sent a letter"
    re.compile(r"\b[Ii]n\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:%s)\s*,\s+(?:the\s+)?" % _NOUNS + _NAME +
               r"\s+(?:said|wrote|announced|stated|added|warned|told)\b"),                # "In a statement, X said"
    re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?" + _NAME + r"(?=\s*[,.;]|\s+[a-z])"),   # "according to KCNA, ..."
]
# A described body that issued the document ("the ministry said in a statement"): its name is resolved.
_DESCRIBED_ISSUER = re.compile(r"\b([Tt]he\s+(?:[a-z-]+\s+){0,2}?(?:ministry|embassy|agency|office|department|committee|"
                               r"council|government|administration|commission|mission|service|party))\s+(?:said|wrote|"
                               r"announced|stated|posted)\s+in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}(?:%s)\b" % _NOUNS)
# ... or named after its document: 'in an announcement from the royal palace'.
_DESCRIBED_FROM = re.compile(r"\b(?:%s)\s+(?:issued\s+|released\s+)?(?:by|from)\s+([Tt]he\s+(?:[a-z-]+\s+){0,2}?(?:ministry|"
                             r"embassy|office|department|government|council|committee|commission|palace|presidency|"
                             r"administration|party))\b" % _NOUNS)
# The issuer written right after the document: 'a statement from the Foreign Ministry', '... issued by X'.
# (never a day or month: 'a statement from Tuesday')
_ISSUER_AFTER = re.compile(r"\s+(?:(published|carried|run|aired|relayed)\s+|(?:issued|released|posted|signed|sent|"
                           r"delivered)\s+)?(?:by|from)\s+((?!(?:" + WEEKDAY + "|" + MONTH_NAME + r"|Last|Earlier|"
                           r"Early|Late)\b)(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){0,5}[A-Z][\w.&’'-]*|"
                           r"the\s+(?:[a-z-]+\s+){0,2}?(?:ministry|embassy|office|department|government|council|"
                           r"committee|commission|palace|presidency|administration|party))(?=\s*[,.;]|\s+(?:on|in|after|"
                           r"and|which|that|to)\b)")
# ... but a news outlet that published or carried it is no issuer.
_PUBLISHER = re.compile(r"\b(?:[Nn]ews|[Aa]gency|[Nn]ewspaper|[Oo]utlet|[Mm]edia|TV|[Tt]elevision|[Rr]adio|[Bb]roadcaster|"
                        r"[Cc]hannel|[Ww]ebsite|Reuters|AFP|AP|Xinhua|TASS|Yonhap|KCNA|RIA)\b")
# An outlet that relays what others said: "News.Az reports citing foreign media", "X reported, quoting ...".
_RELAYS = re.compile(r"\s+(?:reports|reported|said|says)\s*,?\s+(?:citing|quoting)\b")
# The first pattern names the document only ("the KCNA report", "a Times article"): its issuer must report
# something itself before the quote; the others tie the document to its issuer by a verb or "by/from".
_ENDS_IN_DOCUMENT = re.compile(r"\b(?:%s)s?$" % _NOUNS, re.I)
# A document named with its issuer: "the KCNA report", "the Kremlin's statement".
OWN_ISSUER = re.compile(r"(?:[Tt]he|[Aa]n?)\s+" + _NAME + r"(?:[’']s)?\s+(?:%s)" % _NOUNS)
_FUNCTION_START = re.compile(r"^(?:The|A|An|This|That|According|On|In|At|But|And)\s+")


# A full stop after a word of two letters or more inside a capitalised run: a sentence's end ('KCNA. His'), unless the
# word is a title's abbreviation ('Rep. Mike Turner'; titles from the lexicon) or a name's ('Jr.', 'St.').
_DOT_AFTER_WORD = re.compile(r"([A-Za-z0-9]{2,})\.\s")


def _first_sentence(run: str) -> str:
    """``run`` up to the first full stop that ends a sentence, not a title's ('Rep. Mike Turner sent')."""
    for m in _DOT_AFTER_WORD.finditer(run):
        if m.group(1) not in titles() and m.group(1) not in ("Jr", "Sr", "St"):
            return run[:m.start() + len(m.group(1))]
    return run


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", name) if w not in ("The", "Of", "And"))


def _same_body(a: str, b: str) -> bool:
    """'KCNA' and 'Korean Central News Agency', 'the Russian Embassy' and 'Russian Embassy in Pyongyang'."""
    a, b = _FUNCTION_START.sub("", a.strip()), _FUNCTION_START.sub("", b.strip())
    if not a or not b:
        return False
    if re.search(r"\b%s\b" % re.escape(a.lower()), b.lower()) or re.search(r"\b%s\b" % re.escape(b.lower()), a.lower()):
        return True
    return (a.isupper() and len(a) > 1 and a == _initials(b)) or (b.isupper() and len(b) > 1 and b == _initials(a))


def _document_subject(doc: "Document", pos: int) -> bool:
    """Whether the sentence at ``pos`` opens with a document as its subject ("This statement was made ..."): a
    source given there with 'according to' reports the document, it did not issue it."""
    s = doc.index.index_at(pos)
    if s < 0:
        return False
    sent = doc.index.sentences[s]
    return DOCUMENT.match(doc.text, sent.start, min(pos, sent.end)) is not None


def document_issuer(doc: "Document", mention: str, pos: int, actors: Sequence[tuple[int, str, str]]) -> str:
    """The body whose document ``mention`` ("the statement") is, at ``pos``; or ""."""
    own = OWN_ISSUER.fullmatch(mention)
    if own:
        owner = re.sub(r"[’']s$", "", own.group(1))
        person = doc.people.lookup(owner)
        if person is None:
            return owner                       # "the KCNA report": KCNA; "the Kremlin's readout": Kremlin
        return person.name if re.search(r"statement", mention, re.I) else ""
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    text = doc.text
    after = _ISSUER_AFTER.match(text, pos + len(mention), min(len(text), pos + len(mention) + 120))
    if after and text.startswith(mention, pos) and not (after.group(1) and _PUBLISHER.search(after.group(2))):
        # 'said a statement from the Foreign Ministry', 'a statement issued by the ministry': its issuer, unless
        # a news outlet only published or carried it ('published by the official MAP news agency')
        name = resolve_mention(doc, after.group(2), after.start(2), actors) or after.group(2)
        if is_actor_phrase(name):
            return re.sub(r"^(?:[Tt]he)\s+(?=[A-Z])", "", name)
    k = bisect.bisect_right(doc.q_open, pos) - 1
    if k >= 0 and doc.quotes[k].close <= pos and not doc.text[doc.quotes[k].close:pos].strip(" ,.\n“”\"'’‘"):
        s = max(0, doc.index.index_at(doc.quotes[k].open))   # '"... . ... .," the document said': from its opening
    lo = doc.index.start_back(s, ISSUER_SENTENCES)
    reporters = [name for p, name in list(doc.body_subjects) + list(doc.subjects) if p < pos] + \
        [name for p, name, _ in actors if p < pos]
    best = None
    for k, pattern in enumerate(_NAMED_DOCUMENT):
        for m in pattern.finditer(text, lo, pos):
            name = _FUNCTION_START.sub("", _first_sentence(m.group(1)))   # not 'KCNA. His'
            if m.start(1) >= pos or not name or _FUNCTION_START.match(name + " ") or not is_actor_phrase(name) \
                    or DOCUMENT.search(name) or k == 0 and doc.people.lookup(name) is not None:
                continue
            if k == len(_NAMED_DOCUMENT) - 1 and _document_subject(doc, m.start()):
                continue                       # 'This statement was made ..., according to Baltnews': it reports
            person = doc.people.lookup(name)
            if person is not None:
                if not re.search(r"statement|letter", m.group(0), re.I) or k == len(_NAMED_DOCUMENT) - 1:
                    continue                   # a person's statement or letter is his words; a report is his office's
                name = person.name
            if (k > 0 or any(_same_body(name, r) for r in reporters if not _ENDS_IN_DOCUMENT.search(r))) and \
                    (best is None or m.start(1) > best[0]):
                best = (m.start(1), name)
    for m in [*_DESCRIBED_ISSUER.finditer(text, lo, pos), *_DESCRIBED_FROM.finditer(text, lo, pos)]:
        name = resolve_mention(doc, m.group(1), m.start(1), actors)
        if name and (best is None or m.start(1) > best[0]):
            best = (m.start(1), name)         # 'the ministry said in a statement': Russia's Foreign Ministry
    if best is not None:
        return best[1]
    # The body that spoke the quote before it, in this sentence or the two before, unless the document was brought in
    # after it ('The study said ... . Rep. Turner sent a letter to the president. The letter said': not the study's).
    noun = mention.split()[-1].lower() if mention.split() else ""
    for p, name, written in reversed(actors):
        if p >= pos:
            continue
        if p < lo:
            break
        p_sent = doc.index.index_at(p)
        after = doc.index.sentences[p_sent].end if p_sent >= 0 else p
        if noun and after < pos and re.search(r"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}" +
                                              re.escape(noun) + r"\b", text[after:pos]):
            break                              # (its own sentence may bring it in: 'X said in a joint statement')
        if _relays(text, p, written or name):
            break                              # "News.Az reports citing foreign media": it relays, issues nothing
        if name and not is_pronoun(name) and not DOCUMENT.search(name) and doc.people.lookup(name) is None \
                and is_actor_phrase(name) and " and " not in name \
                and name.split()[-1].lower() not in actor_words()["role"]:     # not "a spokesman"
            return name
        break
    return _acting_body(doc, mention, lo, pos)


# A document posted on its owner's medium: 'a statement posted on the presidency's official Twitter account', 'a
# statement shared on Optus’ social media channels': the owner of the account issued it.
_POSTED_ON = re.compile(r"\s+(?:posted|published|shared|uploaded|released|issued)\s+(?:on|to|via)\s+"
                        r"((?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*|the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)"
                        r"(?:[’']s|’|')\s+(?:(?:official|own|verified)\s+)?(?:[a-z-]+\s+){0,2}?"
                        r"(?:Twitter|X|Facebook|Telegram|Instagram|Weibo|LinkedIn|YouTube|website|web\s+site|site|"
                        r"account|channels?|page|platform|feed)\b")


def posted_owner(doc: "Document", mention: str, pos: int, actors: Sequence[tuple[int, str, str]]) -> str:
    """The owner of the account or site a document (the mention at ``pos``) was posted on, or ""."""
    text = doc.text
    d = DOCUMENT.match(text, pos, min(len(text), pos + 60)) if text.startswith(mention, pos) else None
    m = _POSTED_ON.match(text, d.end(), min(len(text), d.end() + 120)) if d else None
    if m is None:
        return ""
    name = resolve_mention(doc, m.group(1), m.start(1), actors) or m.group(1)
    person = doc.people.lookup(name)
    return person.name if person is not None else name if is_actor_phrase(name) else ""


# A body's own documents: its statement is its words.
_BODY_DOCUMENT = re.compile(r"(?i:the|this|its)\s+(?:statement|communiqu[eé]|readout|press\s+release|announcement)")
# 'Reuters reported ...', '..., Reuters reported on Aug. 7': who reported, for a later bare "the report".
_REPORTED = re.compile(r"\b((?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*)\s+(?:(?:first|previously|earlier|also)\s+)?"
                       r"reported\b")


def _usable(doc: "Document", name: str) -> bool:
    return bool(name) and not is_pronoun(name) and not DOCUMENT.search(name) and doc.people.lookup(name) is None \
        and is_actor_phrase(name) and " and " not in name and not name.isupper() \
        and name.split()[-1].lower() not in actor_words()["role"]


def _relays(text: str, p: int, name: str) -> bool:
    """Whether the actor written ``name`` at ``p`` only relays others' words ("News.Az reports citing foreign
    media"): an outlet passing on a statement never issued it."""
    end = p + len(name) if text.startswith(name, p) else text.find(name, p, p + 200) + len(name)
    return end >= len(name) and _RELAYS.match(text, end) is not None


def _acting_body(doc: "Document", mention: str, lo: int, pos: int) -> str:
    """With no issuer named with the document: for "the statement", the body that is the subject of the last
    verb in this sentence or the two before ('The North Korean Foreign Ministry congratulated Russia ... "...,"
    the statement said.'); for "the report", the last body that reported before it in the article ('...,
    Reuters reported on Aug. 7. ... The report added that ...'). Else ""."""
    if _BODY_DOCUMENT.fullmatch(mention):
        found = max(((p, name) for p, name in doc.body_subjects if lo <= p < pos and _usable(doc, name)
                     and not _relays(doc.text, p, name)), default=None)
        return found[1] if found else ""
    if re.fullmatch(r"(?i:the|this)\s+report", mention):
        found = [m.group(1) for m in _REPORTED.finditer(doc.text, 0, pos)
                 if doc.quote_at(m.start()) is None and _usable(doc, _FUNCTION_START.sub("", m.group(1)))]
        return _FUNCTION_START.sub("", found[-1]) if found else ""
    return ""


# A piece a newspaper or an author published, spoken of as the speaker: 'the article says', 'the editorial
# added'; 'The author's article ... says that'.
_PIECE_NOUNS = r"(?:article|editorial|commentary|op-ed|column|opinion\s+piece|piece)"
PIECE = re.compile(r"(?i:the|this|that)\s+(?:(?:author|writer|paper|newspaper)[’']s\s+)?(?:[a-z-]+\s+){0,1}?" + _PIECE_NOUNS)
# (its topic or title after it: 'The article on the anniversary of the summit ... says'; or an indefinite piece with
# its paper: 'an article in the official newspaper ...')
PIECE_ON = re.compile(r"(?:" + PIECE.pattern + r"|(?i:an?)\s+(?:[a-z-]+\s+){0,1}?" + _PIECE_NOUNS +
                      r"(?=\s+(?:in|by|published|carried|printed)\b))"
                      r"(?:\s+(?:on|about|marking|titled|entitled|headlined|in|by|published|carried|printed)\b.*)?", re.S)
# How far back the piece may be named with its paper or author (a report retells one piece over several paragraphs).
PIECE_SENTENCES = 8
_PIECE_NAMED = [
    # 'according to an article in the official newspaper of the Workers' Party, the Nodong Sinmun newspaper',
    # 'an editorial published in Rodong Sinmun', 'a commentary carried by KCNA', 'an op-ed by Victor Cha'
    re.compile(r"\b%s\s+(?:(?:published|carried|printed|posted|run|that\s+(?:appeared|ran))\s+)?(?:in|by|on)\s+"
               r"(?:(?:the|a|an)\s+(?:[\w’'-]+\s+){0,12}?[\w’'-]+,\s+)?(?:the\s+)?" % _PIECE_NOUNS + _NAME),
    # 'Rodong Sinmun said in an editorial', 'KCNA's commentary'
    re.compile(_NAME + r"\s+(?:said|wrote|argued|stated|claimed|noted|warned)\s+in\s+(?:a|an|its|his|her)\s+(?:[\w-]+\s+)"
               r"{0,2}%s\b" % _PIECE_NOUNS),
    re.compile(_NAME + r"[’']s?\s+(?:[\w-]+\s+){0,2}%s\b" % _PIECE_NOUNS),
]


def piece_publisher(doc: "Document", pos: int) -> str:
    """For a quote whose speaker is written as a published piece ("the article says"), the paper or author the
    article named it with in the last sentences ('according to an article in ... the Nodong Sinmun newspaper');
    else "" (the caller keeps the piece)."""
    s = doc.index.index_at(pos)
    if s < 0:
        return ""
    lo = doc.index.start_back(s, PIECE_SENTENCES)
    best = None
    for pattern in _PIECE_NAMED:
        for m in pattern.finditer(doc.text, lo, pos):
            name = _FUNCTION_START.sub("", re.split(r"(?<=[a-z0-9A-Z]{2})\.\s", m.group(1))[0])
            name = re.sub(r"\s+(?:newspaper|daily|weekly|magazine)$", "", name)
            if m.start(1) >= pos or not name or _FUNCTION_START.match(name + " ") or not is_actor_phrase(name) \
                    or PIECE.search(name) or DOCUMENT.search(name):
                continue
            person = doc.people.lookup(name)
            if best is None or m.start(1) > best[0]:
                best = (m.start(1), person.name if person is not None else name)
    return best[1] if best else ""


__all__ = ["AUTHORS_OF", "DOCUMENT", "OWN_ISSUER", "PIECE", "PIECE_ON", "document_issuer", "piece_publisher"]
