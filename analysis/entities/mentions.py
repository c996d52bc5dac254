"""One speaker or source string: what it names (:func:`parse_mention`), without the rest of the corpus."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .lexicon import (_aliases, _blockers, _bodies, _demonyms, _document_nouns, _family_first, _fold,
                      _function_words, _given_casefold, _given_genders, _is_acronym, _titles, _words)

@dataclass(frozen=True)
class Parsed:
    """What a speaker or source string names: a kind, a merge key, the name as shown, and a role."""

    kind: str          # person / state / organisation / media / group, or "" for no entity
    key: str           # the merge key within the kind (a person's folded name words)
    name: str          # the name as shown
    role: str = ""
    gender: str = ""   # m / f when a title or a given name tells, else ""


_NONE = Parsed("", "", "")
_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"^[\"'“”‘’(\[]+|[\"'“”‘’)\],;:.!?]+$")
_PRONOUNS = frozenset("i me we us you he him she her it they them this that these those who which one".split())
_QUANTIFIERS = frozenset("some many most several other others few all both various certain numerous the a an "
                         "two three four five dozens hundreds".split())
# Prepositions a role may hold ("ambassador to Russia", "head of the department"); other function words
# in front of a name end what can be its role ("The letters sent by Foreign Minister X").
NAME_PARTICLES = frozenset("de da del della di du dos das van von der den ter ten bin ibn al el la le".split())
_GROUP_PREPOSITIONS = frozenset("in from at of across around outside inside within".split())
_ROLE_PREPOSITIONS = frozenset("of to for at in on the and".split())


def _clean_word(word: str) -> str:
    if re.fullmatch(r"[A-Z]\.", word):
        return word     # an initial keeps its dot: "Donald J. Trump"
    return _EDGE.sub("", word)


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _word_kind(word: str) -> str:
    return _words().get(word.casefold().rstrip(".").replace("’", "'"), "")


def _is_role_word(word: str) -> bool:
    w = word.casefold().rstrip(".")
    return _word_kind(word) in ("role", "honorific") or (w in _titles() and w not in _given_casefold())




def _is_name_word(word: str) -> bool:
    """A word that can be part of a person's name: capitalised, not a title, a function word, an
    organisation or place word."""
    bare = word.replace("’", "'")
    bare = re.sub(r"'s$", "", bare)
    if not bare or not _is_cap(bare) or not any(c.isalpha() for c in bare):
        return False
    low = bare.casefold().rstrip(".")
    if low in _function_words() or low in _PRONOUNS or _is_role_word(bare):
        return False
    if _word_kind(bare) in ("organisation", "media", "group") or low in _blockers():
        return False
    return True


def _state_of(text: str) -> Optional[str]:
    """The state a name, abbreviation, capital or demonym stands for ("Russia's" -> Russia), or None."""
    exact, _, states = _aliases()
    plain = re.sub(r"(?:'s|’s|'|’)$", "", text.strip()).replace(".", "")
    if plain in states and _is_acronym(plain):
        return states[plain]
    folded = _fold(text)
    return states.get(folded) if not _is_acronym(plain) else None


def _alias(text: str) -> Optional[_Alias]:
    exact, folded, _ = _aliases()
    plain = re.sub(r"(?:'s|’s)$", "", " ".join(text.split())).replace(".", "").replace("’", "'")
    plain = re.sub(r"^(?:the|The)\s+", "", plain)
    if plain in exact:
        return exact[plain]
    if _is_acronym(plain):
        return None  # "US" is the United States, "us" is not
    return folded.get(_fold(text))


def _body(text: str) -> Optional[Parsed]:
    """ "<state> <body>" or "<body> of <state>": a state's government or one of its bodies."""
    folded = _fold(text)
    folded = re.sub(r"\s+in\s+[\w' -]+$", "", folded)   # "the Russian embassy in Pyongyang"
    for phrase, body, kind in _bodies():
        state_text = None
        if folded.endswith(" " + phrase):
            state_text = folded[: -len(phrase) - 1].strip()
        elif folded.startswith(phrase + " of "):
            state_text = folded[len(phrase) + 4:].strip()
        if not state_text:
            continue
        state_text = re.sub(r"^(?:the)\s+", "", state_text)
        original = text.strip()
        # Acronyms keep their case: find the state words in the original text when they are all capitals.
        state = _state_of(state_text) or _state_of(_original_words(original, state_text))
        if state is None:
            continue
        if body == "=state":
            return Parsed("state", _fold(state), state)
        adjective = _demonyms().get(state, state)
        name = f"{adjective} {body}"
        alias = _alias(name)     # "South Korean Intelligence Service" is the National Intelligence Service
        if alias is not None:
            return Parsed(alias.kind, _fold(alias.name), alias.name)
        return Parsed(kind, _fold(name), name)
    return None


def _original_words(original: str, folded_part: str) -> str:
    """The words of ``original`` that ``folded_part`` folds from (for acronyms such as "US")."""
    for word in original.replace("’", "'").split():
        bare = re.sub(r"'s$", "", word).replace(".", "")
        if bare.casefold() == folded_part:
            return bare
    return folded_part


def _person_words(words: list[str]) -> tuple[list[str], str]:
    """Split ``words`` into the name at their end and the role before it: (name words, role)."""
    # Cut at the first function word or participle after a name word ("Sanders on Tuesday", "Putin in a
    # public address", "Catherine Colonna following a meeting").
    # Inside the complement of an office ("Secretary of the Cabinet of Ministers of Japan Yoshimasa Hayashi",
    # "Minister of Foreign Affairs of Russia Sergei Lavrov") capitalised words name the office, not the person:
    # they do not count as a name before a given name is seen.
    seen_name = complement = False
    for i, word in enumerate(words):
        low = word.casefold()
        if seen_name and not _is_cap(word) and (low in _function_words()
                                                or (low.endswith(("ing", "ed")) and "-" not in low)):
            later = _titled_name_after(words, i)
            if later is not None:
                return _person_words(words[later:])
            words = words[:i]
            break
        if low == "of" and not seen_name and i > 0 and _is_role_word(words[i - 1]):
            complement = True
        if complement and word in _given_genders():
            complement = False
        # a state before an office is its modifier, not a name ("U.S. Secretary of State Antony Blinken")
        seen_name = seen_name or (_is_name_word(word) and not complement
                                  and not (i + 1 < len(words) and _is_role_word(words[i + 1]) and _state_of(word)))
    # The name is the trailing run of name words ("de" and the like inside it: "Bill de Blasio"); after an
    # honorific or a given name, a title word is a surname ("Mr. King", "Charlie King").
    def named(i: int) -> bool:
        word = words[i]
        if _is_name_word(word):
            return True
        if i > 0 and _is_cap(word) and word.casefold() not in _function_words() and _is_role_word(word):
            before = words[i - 1]
            return _word_kind(before) == "honorific" or (before in _given_genders() and i == len(words) - 1)
        return False

    j = len(words)
    while j > 0 and (named(j - 1) or (
            words[j - 1] in NAME_PARTICLES and j < len(words) and j > 1 and _is_name_word(words[j - 2]))):
        j -= 1
    # "Secretary of State John F. Kerry": a run that does not begin with a given name begins at the given name
    # inside it.
    run = words[j:]
    first_given = next((i for i, w in enumerate(run) if i > 0 and w in _given_genders()), None)
    if first_given is not None and run[0] not in _given_genders() and run[0] not in _family_first() \
            and len(run[0].rstrip(".")) > 1 and len(run) - first_given >= 2:
        j += first_given
    # A state opening a run of three or more is the end of an office, not a first name ("... of Japan Yoshimasa
    # Hayashi"), after a title; two words stay a name ("Israel Katz"), and so does a body ("the Libyan Red Crescent").
    while len(words) - j >= 3 and _state_of(words[j]) is not None and words[j] not in _given_genders() \
            and (any(_is_role_word(w) for w in words[:j]) or words[j + 1] in _given_genders()):
        j += 1      # ... and a state before a given name is where the person is from ("Australia Nick Kyrgios")
    # Inside an office's complement with no given name known, the last two words are the name and the capitalised
    # words before them end the office: "Director of National Intelligence Avril Haines".
    if len(words) - j >= 3 and j >= 2 and words[j - 1].casefold() == "of" and _is_role_word(words[j - 2]) \
            and not any(w in _given_genders() for w in words[j:]):
        j = len(words) - 2
    name = words[j:]
    before = words[:j]
    if not name or re.search(r"['’]s$", name[-1]):
        return [], ""   # the words end in a description ("Kim's translator"), not a name
    k = j
    while k > 0 and _is_cap(words[k - 1]):
        k -= 1
    if 0 < k < j and words[k - 1].casefold() == "of" and len(name) == 1 and words[0].casefold() in ("a", "an"):
        return [], ""   # "a spokesman for the Ministry of Foreign Affairs": the end of a body's name, nobody named
    # A possessive ends a role, never a name: "Hillary Clinton's campaign manager Robby Mook".
    if name and re.search(r"['’]s$", name[0]) and len(name) > 1:
        before, name = before + name[:1], name[1:]
    # The role: the words before the name, after the last function word that is not a role preposition.
    k = 0
    for i, word in enumerate(before):
        low = word.casefold()
        if low in _function_words() and low not in _ROLE_PREPOSITIONS:
            k = i + 1
    role_words = [w for w in before[k:] if _word_kind(w) != "honorific"]
    while role_words and role_words[0].casefold() in ("the", "a", "an"):
        role_words = role_words[1:]
    if before and before[-1].casefold() in _ROLE_PREPOSITIONS - {"the", "and"}:
        return [], ""   # "a spokeswoman for Hillary Clinton" is not Hillary Clinton
    if not any(_is_role_word(w) for w in role_words):
        if any(not _is_cap(w) and w.casefold() not in ("the", "a", "an") for w in before):
            return [], ""   # a fragment before the name and no title: "the wisdom of committing to Scott"
        role_words = []     # "the KCNA report Kim": words before a name that hold no title are not a role
    return name, " ".join(role_words)


def _titled_name_after(words: list[str], i: int) -> Optional[int]:
    """Where a title and a full name start after a name and a bare noun phrase about it: "Smith running mate Gov.
    John Harlan of Nevada" names John Harlan (not "Smith"); not across a function word ("Colonna following a meeting
    with Minister Choe Son Hui" stays Colonna)."""
    for k in range(i, len(words) - 2):
        low = words[k].casefold()
        if low in _function_words():
            return None
        if _is_role_word(words[k]) and _is_name_word(words[k + 1]) and _is_name_word(words[k + 2]):
            return k
    return None


def _display(words: list[str]) -> str:
    out = []
    for word in words:
        word = re.sub(r"['’]s$", "", word)
        if word.isupper() and len(word) > 2:   # a transcript's "PENCE:"
            word = "-".join(part.capitalize() for part in word.split("-"))
        out.append(word)
    return " ".join(out)


def _person_key(words: list[str]) -> str:
    text = " ".join(_display(words).replace("-", " ").replace(".", " ").split())
    return unicodedata.normalize("NFKC", text).casefold()


def _is_plural_demonym(word: str) -> bool:
    """ "Mexicans", "Russians": a people, not a person."""
    return _is_cap(word) and len(word) > 4 and word.endswith("s") and _state_of(word[:-1]) is not None \
        and _alias(word[:-1]) is None


def _group(words: list[str]) -> Optional[Parsed]:
    """ "Some analysts", "Chinese observers", "US officials": a plural noun for people."""
    at = next((i for i, w in enumerate(words) if _word_kind(w) == "group" or _is_plural_demonym(w)), None)
    if at is None or (at < len(words) - 1 and (words[at + 1].casefold() not in _GROUP_PREPOSITIONS
                                               or len(words) - at > 5)):
        return None         # "Commentators in the West" is a group, "officials' remarks" is not
    kept = list(words)
    while kept and kept[0].casefold() in _QUANTIFIERS:
        kept = kept[1:]
    head = kept[:kept.index(words[at]) + 1] if words[at] in kept else kept
    if not kept or any(not _is_cap(w) and w.casefold() in _function_words() and w.casefold() not in ("and", "of")
                       for w in head):
        return None
    if len(kept) > (4 if at == len(words) - 1 else 8):
        return None
    name = " ".join(kept)
    return Parsed("group", name.casefold().replace("’", "'"), name)


_STATE_UNIQUE_HEADS = frozenset(("police",))   # a state has one: "Finnish police" names it


def _describes_a_body(modifiers: list[str], head: str) -> bool:
    """Capitalised words before a lower-case body noun that describe the body instead of naming whose it is: a
    hyphenated adjective ("Iran-backed group", "Luxembourg-based court"), a quantifier ("Multiple airlines"), a state,
    a demonym or a body alone ("the German foundation", "the U.N. agency"); a person's or a party's name is whose it
    is ("the Obama administration", "the Clinton campaign", "Attal's office")."""
    bare = [re.sub(r"['’]s$", "", w) for w in modifiers]
    if any(re.search(r"\w-[a-z]", w) for w in bare) or any(w.casefold() in _QUANTIFIERS | {"multiple"} for w in bare):
        return True
    words = [w for w in bare if _state_of(w) is None and _alias(w) is None]
    return not words and head.casefold() not in _STATE_UNIQUE_HEADS


def _organisation(words: list[str]) -> Optional[Parsed]:
    """A capitalised name holding an organisation or media word: "The Tax Policy Center"."""
    kept = list(words)
    while kept and kept[0].casefold() in ("the", "a", "an"):
        kept = kept[1:]
    bare_the = len(kept) < len(words)      # "The Gaze": only determiners before a capitalised name
    while len(kept) > 1 and not _is_cap(kept[0]) and kept[0].casefold() not in _function_words():
        kept = kept[1:]     # "the nonpartisan Commission on Presidential Debates"
    if len(kept) > 1 and not _is_cap(kept[-1]) and _word_kind(kept[-1]) == "organisation" \
            and all(_is_cap(w) for w in kept[:-1]):
        if _describes_a_body(kept[:-1], kept[-1]):
            return None     # "the Luxembourg-based court", "the German foundation": a description, no name
        name = " ".join(kept[:-1] + [kept[-1]])   # "the Obama administration", "the Sanders campaign"
        return Parsed("organisation", _fold(name), name)
    if not kept or len(kept) > 8 or not _is_cap(kept[0]):
        return None
    kinds = [_word_kind(w) for w in kept if _is_cap(w)]
    kind = "media" if "media" in kinds else "organisation" if "organisation" in kinds else ""
    if not kind and bare_the and len(kept) == len(words) - 1 and all(_is_cap(w) for w in kept) \
            and kept[0] not in _given_genders() and not (len(kept) == 1 and _state_of(kept[0][:-1] if
                                                                                     kept[0].endswith("s")
                                                                                     else kept[0])):
        kind = "organisation"   # "The Gaze": a capitalised name after "the" is a body or an outlet, not a person
    if not kind:
        return None
    allowed = ("of", "for", "and", "on", "the", "in", "a")
    cut = next((i for i, w in enumerate(kept) if not _is_cap(w) and w.casefold() not in allowed), None)
    if cut is not None and any(_word_kind(w) == kind for w in kept[:cut] if _is_cap(w)) \
            and kept[cut].casefold() in _ROLE_PREPOSITIONS | _GROUP_PREPOSITIONS \
            and cut + 1 < len(kept) and kept[cut + 1].casefold() in ("the", "a", "an"):
        kept = kept[:cut]   # "the Chinese Chamber of Commerce to the EU": the body, then where it acts
    if any(not _is_cap(w) and w.casefold() not in allowed for w in kept):
        return None
    name = re.sub(r"['’]s$", "", " ".join(kept))
    return Parsed(kind, _fold(name), name)


@lru_cache(maxsize=65536)
def parse_mention(text: str) -> Parsed:
    """What one speaker or source string names (without the rest of the corpus)."""
    text = " ".join(unicodedata.normalize("NFKC", text or "").split()).strip(" ,;:")
    if not text or text.startswith("(") or not any(c.isalpha() for c in text):
        return _NONE
    words = [w for w in (_clean_word(t) for t in _TOKEN.findall(text)) if w]
    if len(words) > 2 and words[0].casefold() == "according" and words[1].casefold() == "to":
        words = words[2:]   # a cue left in the name
    if not words or (len(words) == 1 and words[0].casefold() in _PRONOUNS
                     and (not words[0].isupper() or len(words[0]) == 1)):
        return _NONE
    alias = _alias(text)
    if alias is not None:
        return Parsed(alias.kind, _fold(alias.name), alias.name)
    body = _body(text)
    if body is not None:
        return body
    issued = _issued_by(words)
    if issued is not None:
        return issued
    # An apposition: "the Russian ambassador to North Korea, Alexander Matsegora" / "Lin Jian, the spokesman".
    if "," in text:
        parts = [p.strip() for p in text.split(",") if p.strip()]
        last = [_clean_word(w) for w in parts[-1].split()]
        first = [_clean_word(w) for w in parts[0].split()]
        if 1 <= len(last) <= 4 and all(_is_name_word(w) for w in last):
            return _person(last, ", ".join(parts[:-1]))
        if 1 <= len(first) <= 4 and all(_is_name_word(w) for w in first) and len(parts) > 1:
            return _person(first, ", ".join(parts[1:]))
        words = [w for w in (_clean_word(t) for t in _TOKEN.findall(parts[0])) if w]
    group = _group(words)
    if group is not None:
        return group
    if " and " in f" {text} " or "&" in words:
        return _NONE  # two actors ("Vladimir Putin and Kim Jong-un"): neither alone
    named = _named_after_noun(words)
    if named is not None:
        return named
    titled = any(_is_role_word(w) for w in words)
    if not titled and any(_word_kind(w) in ("organisation", "media") for w in words if _is_cap(w)):
        org = _organisation(words)     # "The Daily Beast", "The Tax Policy Center"
        if org is not None:
            return org
    name, role = _person_words(words)
    bare_the = len(name) == len(words) - 1 and words[0].casefold() in ("the", "a", "an")
    if name and not bare_the and _alias(" ".join(name)) is None and _state_of(" ".join(name)) is None \
            and len(name) <= 5:
        gender = next((_HONORIFIC_GENDER[w.casefold().rstrip(".")] for w in words
                       if w.casefold().rstrip(".") in _HONORIFIC_GENDER), "")
        if len(name) == 1 and not titled and not gender and (
                name[0].casefold() in _function_words() or re.search(r"['’](?:ve|ll|re|d|m|t)$", name[0])):
            return _NONE        # "Following", "I've": words, not a surname
        return _person(name, role, gender)
    lead = [w for w in words if w.casefold() not in ("the", "a", "an")]
    if len(lead) > 2 and _is_role_word(lead[0]) and lead[1] == "of":
        return _NONE    # "The Director-General of the World Health Organization": an office, its holder unnamed
    org = _organisation(words)
    if org is not None:
        return org
    return _NONE


_ISSUED_PARTICIPLES = frozenset("conducted released published issued made filed compiled prepared".split())
_ISSUED_PREPOSITIONS = frozenset(("from", "by"))
_TRAILING_PREPOSITIONS = frozenset("on in at about to with after before over during".split())


def _issued_by(words: list[str]) -> Optional[Parsed]:
    """ "a report from the National Transportation Safety Board", "a study by Loyola Law School professor Justin
    Levitt", "research conducted by the Center for Media and Public Affairs": a document or statement of the actor
    after "from" / "by" (``entity_document_nouns.txt``), that actor; no actor when it names none ("Data from ..."
    is nobody called Data)."""
    at = next((i for i, w in enumerate(words) if w in _ISSUED_PREPOSITIONS), None)
    if at is None or at == 0 or at == len(words) - 1:
        return None
    noun = at - 1
    if words[noun] in _ISSUED_PARTICIPLES and noun > 0:
        noun -= 1
    if words[noun].casefold() not in _document_nouns() or (_is_cap(words[noun]) and noun > 0):
        return None
    rest = words[at + 1:]
    found = parse_mention(" ".join(rest))
    cut = next((i for i, w in enumerate(rest) if i > 0 and w in _TRAILING_PREPOSITIONS), None)
    if not found.kind and cut is not None:
        found = parse_mention(" ".join(rest[:cut]))     # "a statement from the Kremlin on social media"
    return found if found.kind else _NONE


def _named_after_noun(words: list[str]) -> Optional[Parsed]:
    """ "cybersecurity company CrowdStrike", "the website Politico": a lower-case noun of a body or an outlet, then
    one to four capitalised words, its name. With an office before the noun the words describe a person who is not
    named ("The CEO of cybersecurity company CrowdStrike"): no actor."""
    for i in range(len(words) - 2, -1, -1):
        if _is_cap(words[i]):
            continue
        kind = _word_kind(words[i])
        rest = words[i + 1:]
        if kind not in ("organisation", "media") or len(rest) > 4 \
                or not all(_is_cap(w) and not _is_role_word(w) for w in rest):
            return None
        if any(_is_role_word(w) for w in words[:i]):
            # an office, then a body and one word: the office holder is not named; two words or more may name
            # the holder ("a member of parliament Lee Seong-kweun")
            return _NONE if len(rest) == 1 else None
        if any(_word_kind(w) == "media" for w in words[:i] if not _is_cap(w)):
            kind = "media"      # "state news agency KCNA", "Japanese television network NHK"
        name = re.sub(r"['’]s$", "", " ".join(rest))
        return Parsed(kind, _fold(name), name)
    return None


# A single word written as a brand or a site: an inner capital after small letters, a dot between letters, a digit.
_BRAND = re.compile(r"[a-z][A-Z]|[A-Za-z]\.[A-Za-z]{2}|\d")
# ... but surnames with a capitalised prefix are people: McDonald, MacArthur, DeSantis, DiMaggio, LaGuardia, O'Neill.
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O['’])[A-Z][a-z]")


# A run of four consonants no English syllable holds, in a short word (a digraph counted as one consonant: "CH", "SH",
# "TH", "PH", "GH", "CK", "NG"): the word is read letter by letter ("AMPTP"), where a long word with a run is a surname
# in capitals ("ARMSTRONG", "GOLDSTEIN", "HUMPHREY", "HIRSCH").
_UNSPEAKABLE = re.compile(r"[B-DF-HJ-NP-TV-XZ]{4,}")
_DIGRAPH = re.compile(r"CH|SH|TH|PH|GH|CK|NG")
_SHORT_ACRONYM = 6
# Name particles written as a hyphenated part of a surname: "AL-ASSAD", "BIN-SALMAN" (not an acronym part as in "SAG-AFTRA").
_PARTICLES = {"AL", "EL", "BIN", "IBN", "ABU", "BEN", "DE", "DA", "DI", "DU", "LA", "LE", "VAN", "VON", "UL", "UD", "ABD"}


def _acronym_shape(word: str) -> bool:
    """A long word in capitals that is an acronym, not a surname in a transcript's capitals ("PENCE:", "TRUMP:"):
    no vowel or, in a short word, an unspeakable run of consonants ("MSNBC", "AMPTP"; not "ARMSTRONG"), or hyphenated
    parts one of which is a short acronym ("SAG-AFTRA"; not "JEAN-PIERRE", "AL-ASSAD")."""
    if not word.isupper() or not any(c.isalpha() for c in word):
        return False
    parts = [p for p in word.split("-") if p]
    return not re.search(r"[AEIOUY]", word) \
        or len(word) <= _SHORT_ACRONYM and _UNSPEAKABLE.search(_DIGRAPH.sub("X", word)) is not None \
        or len(parts) > 1 and any(len(p) <= 3 and p not in _PARTICLES for p in parts)


def _person(name: list[str], role: str, gender: str = "") -> Parsed:
    name = [w for w in name if w]
    role = re.sub(r"^(?:the|a|an)\s+", "", " ".join(role.split()), flags=re.IGNORECASE).strip(" ,")
    if not any(_is_role_word(_clean_word(w)) for w in role.split()):
        role = ""   # "exit polls, Mitt Romney": no title, no role
    if _alias(" ".join(name)) is not None or _state_of(" ".join(name)) is not None:
        return _NONE
    if len(name) == 1:
        word = name[0].rstrip(".")
        if len(word) < 2 or (word.isupper() and (len(word) <= 4 or _acronym_shape(word))):
            return _NONE if len(word) < 2 else Parsed("organisation", _fold(word), word)
        if _BRAND.search(word) and not _NAME_PREFIX.match(word):
            return Parsed("organisation", _fold(word), word)   # "ArcelorMittal", "Gazeta.Ru", "France24": no person
    display = _display(name)
    if not gender and len(name) > 1:
        gender = {"m": "m", "f": "f"}.get(_given_genders().get(name[0], ""), "")
    return Parsed("person", _person_key(name), display, role, gender)


_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m",
                     "lady": "f", "madam": "f", "madame": "f", "spokesman": "m", "spokeswoman": "f",
                     "congressman": "m", "congresswoman": "f", "chairman": "m", "chairwoman": "f"}
