"""Who a sentence is about: the codebook's actors named in a text, and the constructions that
hand a label to another actor than the one named beside it (a pair, a relative clause, an appositive)."""
from __future__ import annotations

import re
from typing import Optional

from .codebook import Theme
from .patterns import PatternTimeout


def names_actor(span_text: str, names, actors: dict) -> bool:
    """``span_text`` names one of the actors ``names`` (a search that runs out of time names none)."""
    for name in names:
        try:
            if actors[name].search(span_text) is not None:
                return True
        except PatternTimeout:
            continue
    return False


def names_theme_actor(text: str, theme: Theme, actors: Optional[dict]) -> bool:
    """``text`` (an article) names one of the theme's actors, or the theme has none.  An article
    that never names them takes no position on the theme, whatever its words ("the Saudi-led
    coalition" is no Russia–North Korea alignment)."""
    return not theme.actors or not actors or names_actor(text, theme.actors, actors)


def actors_named(text: str, actors: Optional[dict]) -> frozenset:
    """The codebook's actors (``RUSSIA``, ``DPRK``...) that ``text`` names."""
    return frozenset(name for name in (actors or {}) if names_actor(text, (name,), actors))


# "China and Russia", "Russia-China", "Moscow and the US": two actors joined into one pair, read from either member's end
_JOIN_AFTER = re.compile(r"\s+and\s+(?:the\s+)?|\s*[-\u2013\u2014]\s*", re.I)
_JOIN_BEFORE = re.compile(r"(?:\s+and\s+(?:the\s+)?|\s*[-\u2013\u2014]\s*)$", re.I)


def actors_named_apart(text: str, actors: Optional[dict], subject=()) -> frozenset:
    """The codebook's actors that ``text`` names, an actor of ``subject`` (the pair the codebook is about) counting
    only where some mention of it stands apart from a pair it forms with an actor outside ``subject``: "China and
    Russia drew closer on Korean affairs" is that pair's sentence, and names China but not Russia the subject's
    pair; "Russia and North Korea" or "Russia, like China, ..." still name Russia."""
    named = actors_named(text, actors)
    own = [name for name in subject if name in named]
    if not own:
        return named
    starts, ends = set(), set()
    for name in named:
        if name in subject:
            continue
        try:
            for m in actors[name].finditer(text):
                starts.add(m.start())
                ends.add(m.end())
        except PatternTimeout:
            continue
    if not starts:
        return named
    apart = set(named)
    for name in own:
        try:
            mentions = list(actors[name].finditer(text))
        except PatternTimeout:
            continue
        def paired(m) -> bool:
            after = _JOIN_AFTER.match(text, m.end())
            before = _JOIN_BEFORE.search(text, max(0, m.start() - 12), m.start())
            return (after is not None and after.end() in starts) or (before is not None and before.start() in ends)
        if mentions and all(paired(m) for m in mentions):
            apart.discard(name)
    return frozenset(apart)


RELATIVE_OPEN = re.compile(r",\s*(?:which|who)\b[^,;:]*$", re.I)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do"
                     r"|said|says|say)\b", re.I)


# a phrase that opens the sentence with a preposition is an adverbial, not a noun the comma's phrase renames
_OPENING_ADVERBIAL = re.compile(r"\s*[“\"‘']?(?:according to|in|on|at|for|after|before|since|during|amid|despite|under"
                                r"|with|without|from|by|as|to|unlike|like|following|per)\b", re.I)


def appositive_comma(text: str, at: int):
    """The comma that opens an appositive holding offset ``at`` ("Even China, Pyongyang's only ally,"):
    a short phrase after a comma with no verb before ``at``, or None."""
    comma = text.rfind(",", max(0, at - 60), at)
    if comma < 0 or len(text[comma + 1:at].split()) > 5 or _FINITE.search(text, comma + 1, at):
        return None
    before = text[max(text.rfind(c, 0, comma) for c in ",;:") + 1:comma]
    if not before.strip() or len(before.split()) > 6 or _FINITE.search(before):
        return None          # the phrase before the comma is a clause, not a noun phrase
    if _OPENING_ADVERBIAL.match(before):
        return None          # "According to South Korean assessments, North Korea has sent": an opening phrase
    return re.compile(",").match(text, comma)


_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;:]*,", re.I)


def clause_without_asides(text: str, at: int) -> str:
    """The clause before offset ``at``, from its last , ; or :, with relative asides (", which were
    suspended since April,") cut out so that the subject before them counts."""
    prefix = _ASIDE.sub(" ", text[:at])
    return prefix[max(prefix.rfind(c) for c in ",;:") + 1:]


_AND_AFTER = re.compile(r"\s+and\s+")
_AND_BEFORE = re.compile(r"\band\s+(?:the\s+)?$", re.I)
_PAIR_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,4}?(?:and\s+(?:the\s+)?)?$", re.I)


def paired_with_other(span_text: str, others, actors: dict) -> bool:
    """Another actor joined to a name by a dash ("North Korea–China", "US-ROK"), by "and" ("China and
    Russia have deepened their partnership") or in "between X and Y"."""
    for name in others:
        try:
            for m in actors[name].finditer(span_text):
                before = span_text[max(0, m.start() - 60):m.start()]
                if (_PAIR_DASH.match(span_text, m.end()) or re.search(r"[-\u2013\u2014]\s*$", before)
                        or _BETWEEN.search(before) or _AND_AFTER.match(span_text, m.end()) or _AND_BEFORE.search(before)):
                    return True
        except PatternTimeout:
            continue
    return False


# the parties a relation names right after its noun: "a full-fledged defense partnership” between Iran and Russia", "a
# trilateral partnership may be emerging between China, Russia and North Korea", "the ties with Tehran"
_PARTIES_AFTER = re.compile(r"[”\"’']?\s+(?:(?:may|might|could|can|will|would|is|are|was|were|be|been|being|has|have|had|now|already"
                            r"|\w+ing|\w+ed|\w+ly)\s+){0,3}?(?P<prep>between|among|with)\s+"
                            r"(?P<list>(?:[^.;:()\u2014\u2013]|\.(?=\s?[\w-])){1,160})", re.I)
# a label whose words end in the preposition ("develop ties between"): the list starts where it ends
_PREP_ENDS = re.compile(r"\b(?P<prep>between|among|with)\s*$", re.I)
_LIST_AT = re.compile(r"\s*(?P<list>(?:[^.;:()\u2014\u2013]|\.(?=\s?[\w-])){1,160})", re.I)
_LIST_END = re.compile(r",?\s+(?:that|which|who|is|are|was|were|has|have|had|will|would|could|may|might|can|in|on|at|for|to"
                       r"|since|after|following|amid|over|against|as|poses?|leads?|marked)\b|,\s+(?!and\b)(?:[\w-]+\s+)?"
                       r"(?-i:[a-z])[\w-]+\s+(?-i:[a-z])", re.I)
_MEMBER_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_PROPER = re.compile(r"(?-i:[A-Z])[\w’'.-]*")


def parties_after(text: str, end: int) -> tuple[str, list[str]]:
    """The preposition and the members of the party list that follows a relation's noun ending at ``end`` ("between
    Iran and Russia": ``("between", ["Iran", "Russia"])``), or ``("", [])``."""
    at = _PREP_ENDS.search(text, max(0, end - 12), end)
    m = _LIST_AT.match(text, end) if at else _PARTIES_AFTER.match(text, end)
    if m is None:
        return "", []
    words = m.group("list")
    cut = _LIST_END.search(words)
    words = words[:cut.start()] if cut else words
    members = [_ARTICLE.sub("", w.strip()) for w in _MEMBER_SPLIT.split(words) if w.strip()]
    prep = (at or m).group("prep").lower()
    if prep != "with" and len(members) < 2:
        return "", []
    return prep, members


# the nouns of a relation between parties, one of which the label's words must hold for a list after them to name its parties
# ("complying with United Nations sanctions" is no relation with the United Nations)
RELATION_NOUN = re.compile(r"\b(?:ties|relations(?:hip)?|cooperation|collaboration|partnerships?|partners|alliance|alignment|axis"
                           r"|bloc|coalition|entente|friendship|rapprochement|bonds?|links|contacts|pact|treaty|marriage|bargain"
                           r"|convergence|unanimity|solidarity|trade|closeness|intimacy)\b", re.I)


# a name ending in the noun of an instrument (a treaty, an agreement, a charter) names a document, not a party to a relation
_INSTRUMENT_NAME = re.compile(r"\b(?:Treaty|Agreement|Pact|Accord|Charter|Declaration|Convention|Protocol|Memorandum|Communiqu[eé])s?\s*$")


def relation_of_other_parties(text: str, start: int, end: int, own, actors: dict) -> bool:
    """The relation whose words ``text[start:end]`` name (:data:`RELATION_NOUN`) is between other parties than the theme's actors ``own``: a party list
    after it names a proper name that is none of them ("partnership between Iran and Russia", "ties with Tehran") and
    leaves one of them out ("an alliance among North Korea, Russia and China" names both and stays theirs).  The other
    party need not be one of the codebook's actors: any capitalised name that is not one of ``own`` is another party (after
    "with", one that is none of the codebook's actors: the partner of "North Korea's ties with Russia" is the codebook's)."""
    if RELATION_NOUN.search(text, start, end) is None:
        return False
    prep, members = parties_after(text, end)
    # a document is no party: "deepening their bilateral partnership with the Comprehensive Strategic Partnership Treaty"
    members = [w for w in members if not _INSTRUMENT_NAME.search(w)]
    if not members:
        return False
    def names(w: str, which) -> bool:
        # a member read with the article parties_after took off it: "the North" is North Korea
        return names_actor(w, which, actors) or names_actor("the " + w, which, actors)
    named = {name for name in own if any(names(w, (name,)) for w in members)}
    if prep == "with":
        # one partner: the codebook's other actors are left to the rules that know them ("ties with China")
        return not named and any(_PROPER.match(w) and not names(w, actors) for w in members)
    return named != set(own) and any(_PROPER.match(w) and not names(w, own) for w in members)


# the words a relation's noun governs after the label, up to the clause's end: "the revival of Moscow's friendship with
# Pyongyang", "a rather remarkable transformation of Russian-North Korean relations", "strengthening of interaction between
# Moscow and Pyongyang"
# (not past a conjunction opening a clause: "ties between the two neighbours as Russia presses its invasion of Ukraine and North
# Korea proceeds" names the pair by chance)
_GOVERNED_AFTER = re.compile(r"\s+(?:of|between|among)\s+(?:(?!\b(?:as|while|when|whereas|that|which|who|since|after|because|amid|if"
                             r"|but|though|although|could|would|will|may|might|can|is|are|was|were|has|have|had)\b)[^,;:.?!()\u2014]){1,80}",
                             re.I)


def relation_of_own_parties(text: str, start: int, end: int, own, actors: dict) -> bool:
    """The label ``text[start:end]``, with the words an "of", "between" or "among" after it governs, names every one of the
    theme's actors ``own`` and holds a relation (:data:`RELATION_NOUN`): the relation is theirs, whoever the sentence's
    subject ("The United States and South Korea fear the revival of Moscow's friendship with Pyongyang")."""
    if len(own) < 2:
        return False
    after = _GOVERNED_AFTER.match(text, end)
    words = text[start:after.end() if after else end]
    if RELATION_NOUN.search(words) is None:
        return False
    return all(names_actor(words, (name,), actors) for name in own)
