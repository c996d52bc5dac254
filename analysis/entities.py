"""Entities across the corpus: one row per actor, and the ``entity_id`` of every speaker and source.

:func:`link_entities` is a pure function on the extracted tables, run once after the articles
are extracted (for local and Dask extraction alike, see :class:`analysis.extract.Tables`):

- states, international bodies, agencies and media merge with their other names through
  ``lexicons/entity_aliases.tsv`` (Pyongyang, DPRK, the North -> North Korea; the Kremlin ->
  Russia), and "<state> <body>" through ``lexicons/entity_bodies.tsv`` ("Russia's foreign
  ministry" -> Russian Foreign Ministry, "the Russian government" -> Russia);
- people merge by their full name, with titles moved to ``role`` ("North Korean leader Kim
  Jong-un" -> Kim Jong-un, role "North Korean leader"); a bare surname joins the one full name
  with that surname in its article, else in the corpus, and stays apart when two full names
  share it (Kim Jong-un, Kim Yo-jong);
- plural descriptions of people are groups ("Chinese analysts"); pronouns, unresolved
  descriptions ("the Russian diplomat") and fragments get no entity: better none than a wrong one.

Everything is grouped by normalised keys in dictionaries: linear in the number of mentions.
``entity_id`` is a slug of the canonical name, the same for the same input byte for byte.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Optional

import pandas as pd

from .lexicons import load_list, load_table
from .records import Entity, to_frame

# Which column of which table names the speaker or source.
NAME_COLUMNS = (("quotes", "speaker"), ("claims", "source"), ("figures", "source"))
ALIAS_SEPARATOR = "; "
KINDS = ("person", "state", "organisation", "media", "group")


class Linked(NamedTuple):
    entities: pd.DataFrame
    quotes: pd.DataFrame
    claims: pd.DataFrame
    figures: pd.DataFrame


# --------------------------------------------------------------------------- lexicons
@dataclass(frozen=True)
class _Alias:
    name: str
    kind: str
    relation: str


def _fold(text: str) -> str:
    """The key a name is looked up by: NFKC, curly apostrophes straight, no dots, one space, no leading
    "the", no trailing possessive, case folded."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'").replace(".", "")
    text = " ".join(text.split())
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?:'s|')$", "", text)
    return text.casefold()


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=None)
def _aliases() -> tuple[dict[str, _Alias], dict[str, _Alias], dict[str, str]]:
    """(acronyms matched in their case, other aliases by folded key, demonym or state name -> state)."""
    exact: dict[str, _Alias] = {}
    folded: dict[str, _Alias] = {}
    states: dict[str, str] = {}
    for row in load_table("entity_aliases.tsv"):
        alias, name, kind, relation = (row + ("", "", ""))[:4]
        entry = _Alias(name, kind, relation)
        if kind == "state" and relation in ("name", "short", "abbreviation", "demonym", "capital"):
            states.setdefault(_fold(alias) if not _is_acronym(alias) else alias.replace(".", ""), name)
        if relation == "demonym":
            continue
        if _is_acronym(alias.replace(".", "")):
            exact.setdefault(alias.replace(".", "").replace("’", "'"), entry)
        else:
            folded.setdefault(_fold(alias), entry)
    return exact, folded, states


@lru_cache(maxsize=None)
def _demonyms() -> dict[str, str]:
    """State name -> its demonym ("Russia" -> "Russian"), for naming a state's bodies."""
    out: dict[str, str] = {}
    for row in load_table("entity_aliases.tsv"):
        alias, name, kind, relation = (row + ("", "", ""))[:4]
        if relation == "demonym" and "'" not in alias and "." not in alias:
            out.setdefault(name, alias)
    return out


@lru_cache(maxsize=None)
def _bodies() -> tuple[tuple[str, str, str], ...]:
    """(phrase, body name, kind), longest phrase first."""
    rows = [tuple((row + ("", ""))[:3]) for row in load_table("entity_bodies.tsv")]
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@lru_cache(maxsize=None)
def _words() -> dict[str, str]:
    return {word.casefold(): kind for word, kind, *_ in load_table("entity_words.tsv")}


@lru_cache(maxsize=None)
def _titles() -> frozenset[str]:
    return frozenset(w.casefold().rstrip(".") for w in load_list("titles.txt"))


@lru_cache(maxsize=None)
def _given() -> frozenset[str]:
    return frozenset(row[0] for row in load_table("given_names.tsv"))


@lru_cache(maxsize=None)
def _family_first() -> frozenset[str]:
    return frozenset(load_list("family_name_first.txt"))


@lru_cache(maxsize=None)
def _function_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_list("stopwords.txt"))


@lru_cache(maxsize=None)
def _blockers() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_list("name_blockers.txt"))


# --------------------------------------------------------------------------- one mention
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


@lru_cache(maxsize=None)
def _given_casefold() -> frozenset[str]:
    return frozenset(w.casefold() for w in _given())


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
    seen_name = False
    for i, word in enumerate(words):
        low = word.casefold()
        if seen_name and not _is_cap(word) and (low in _function_words() or low.endswith(("ing", "ed"))):
            words = words[:i]
            break
        seen_name = seen_name or _is_name_word(word)
    # The name is the trailing run of name words.
    j = len(words)
    while j > 0 and _is_name_word(words[j - 1]):
        j -= 1
    name = words[j:]
    before = words[:j]
    if not name or re.search(r"['’]s$", name[-1]):
        return [], ""   # the words end in a description ("Kim's translator"), not a name
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


def _group(words: list[str]) -> Optional[Parsed]:
    """ "Some analysts", "Chinese observers", "US officials": a plural noun for people."""
    at = next((i for i, w in enumerate(words) if _word_kind(w) == "group"), None)
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
    if len(kept) > 4:
        return None
    name = " ".join(kept)
    return Parsed("group", name.casefold().replace("’", "'"), name)


def _organisation(words: list[str]) -> Optional[Parsed]:
    """A capitalised name holding an organisation or media word: "The Tax Policy Center"."""
    kept = list(words)
    while kept and kept[0].casefold() in ("the", "a", "an"):
        kept = kept[1:]
    if not kept or len(kept) > 8 or not _is_cap(kept[0]):
        return None
    kinds = [_word_kind(w) for w in kept if _is_cap(w)]
    kind = "media" if "media" in kinds else "organisation" if "organisation" in kinds else ""
    if not kind and len(kept) < len(words) and all(_is_cap(w) for w in kept):
        kind = "organisation"   # "The Gaze": a capitalised name after "the" is a body or an outlet, not a person
    if not kind:
        return None
    if any(not _is_cap(w) and w.casefold() not in ("of", "for", "and", "on", "the", "in") for w in kept):
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
        if len(name) == 1 and not titled and not gender and name[0].casefold().endswith(("ed", "ing")):
            return _NONE        # "Asked": a verb at the start of a fragment
        return _person(name, role, gender)
    org = _organisation(words)
    if org is not None:
        return org
    return _NONE


def _person(name: list[str], role: str, gender: str = "") -> Parsed:
    name = [w for w in name if w]
    role = re.sub(r"^(?:the|a|an)\s+", "", " ".join(role.split()), flags=re.IGNORECASE).strip(" ,")
    if _alias(" ".join(name)) is not None or _state_of(" ".join(name)) is not None:
        return _NONE
    if len(name) == 1:
        word = name[0].rstrip(".")
        if len(word) < 2 or (word.isupper() and len(word) <= 4):
            return _NONE if len(word) < 2 else Parsed("organisation", _fold(word), word)
    display = _display(name)
    if not gender and len(name) > 1:
        gender = {"m": "m", "f": "f"}.get(_given_genders().get(name[0], ""), "")
    return Parsed("person", _person_key(name), display, role, gender)


_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m",
                     "lady": "f", "madam": "f", "madame": "f", "spokesman": "m", "spokeswoman": "f",
                     "congressman": "m", "congresswoman": "f", "chairman": "m", "chairwoman": "f"}


@lru_cache(maxsize=None)
def _given_genders() -> dict[str, str]:
    return {row[0]: row[1] for row in load_table("given_names.tsv") if len(row) > 1}


# --------------------------------------------------------------------------- the corpus
def _surnames(key: str) -> tuple[str, ...]:
    """The words a bare surname mention may use: the last, and the first for family-name-first names."""
    words = key.split()
    out = [words[-1]]
    if len(words) >= 2 and words[0].capitalize() in _family_first() and words[0].capitalize() not in _given():
        out.append(words[0])
    return tuple(dict.fromkeys(out))


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not slug:
        import hashlib

        slug = "entity-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return slug


def _pick(counter: Counter, prefer_long: bool = False) -> str:
    """The most frequent value; ties go to the longest (if ``prefer_long``), then the first in sort order."""
    if not counter:
        return ""
    return min(counter, key=lambda v: (-counter[v], -len(v) if prefer_long else 0, v))


def _mentions(frames: dict[str, pd.DataFrame]) -> Counter:
    """(article_id, name string) -> how many rows name it, over the three tables."""
    counts: Counter = Counter()
    for table, column in NAME_COLUMNS:
        frame = frames[table]
        if column not in frame.columns or "article_id" not in frame.columns or not len(frame):
            continue
        names = frame[column].fillna("").astype(str)
        ids = frame["article_id"].astype(str)
        counts.update(pair for pair in zip(ids, names) if pair[1].strip())
    return counts


def link_entities(quotes: pd.DataFrame, claims: pd.DataFrame, figures: pd.DataFrame) -> Linked:
    """The entities table, and the three tables with their ``entity_id`` filled.

    >>> q = pd.DataFrame({"article_id": ["a", "a", "b"], "start": [0, 9, 0], "end": [1, 10, 1], "text": "x",
    ...                   "speaker": ["North Korean leader Kim Jong-un", "Pyongyang", "Kim Jong-un"]})
    >>> linked = link_entities(q, pd.DataFrame(), pd.DataFrame())
    >>> linked.quotes["entity_id"].tolist()
    ['kim-jong-un', 'north-korea', 'kim-jong-un']
    >>> linked.entities[["entity_id", "kind", "role"]].values.tolist()
    [['kim-jong-un', 'person', 'North Korean leader'], ['north-korea', 'state', '']]
    """
    frames = {"quotes": quotes, "claims": claims, "figures": figures}
    counts = _mentions(frames)
    # 1. Each distinct (article, string) parsed once, in sorted order (the order never depends on the input's).
    pairs = sorted(counts)
    parsed = {pair: parse_mention(pair[1]) for pair in pairs}
    # 2. People: full names (two words or more) are entities; a longer form absorbs a shorter one with the
    #    same first and last word when it is the only one ("John Kerry" -> "John F Kerry").
    full = sorted({p.key for p in parsed.values() if p.kind == "person" and " " in p.key})
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in full:
        words = key.split()
        by_ends[(words[0], words[-1])].append(key)
    gender_of: dict[str, str] = {}
    for p in parsed.values():
        if p.kind == "person" and p.gender:
            gender_of.setdefault(p.key, p.gender)
    person_of: dict[str, str] = {}
    for key in full:
        words = key.split()
        longer = [k for k in by_ends[(words[0], words[-1])] if len(k.split()) > len(words)]
        person_of[key] = longer[0] if len(longer) == 1 and len(words) == 2 else key
    corpus_surnames: dict[str, set[str]] = defaultdict(set)
    article_surnames: dict[tuple[str, str], set[str]] = defaultdict(set)
    article_given: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (article, _), p in parsed.items():
        if p.kind == "person" and " " in p.key:
            target = person_of[p.key]
            for surname in _surnames(p.key):
                corpus_surnames[surname].add(target)
                article_surnames[(article, surname)].add(target)
            article_given[(article, p.key.split()[0])].add(target)
    # 3. Every mention to an entity key: (kind, key).
    entity_of: dict[tuple[str, str], tuple[str, str]] = {}
    for pair, p in parsed.items():
        if not p.kind:
            continue
        key = p.key
        if p.kind == "person":
            if " " in key:
                key = person_of[key]
            else:
                def fits(keys: set[str]) -> set[str]:   # "Mrs. Clinton" is not Bill Clinton
                    return {k for k in keys if not p.gender or gender_of.get(k, p.gender) == p.gender}

                here = fits(article_surnames.get((pair[0], key), set()))
                there = fits(corpus_surnames.get(key, set()))
                given = fits(article_given.get((pair[0], key), set()))
                if len(here) == 1:
                    key = next(iter(here))
                elif not here and len(there) == 1:
                    key = next(iter(there))
                elif not here and not there and len(given) == 1:
                    key = next(iter(given))
        entity_of[pair] = (p.kind, key)
    # 4. Names, roles and aliases of each entity, counted over its mentions.
    names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    roles: dict[tuple[str, str], Counter] = defaultdict(Counter)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for pair, entity in entity_of.items():
        p, n = parsed[pair], counts[pair]
        if p.kind != "person" or " " in p.key or p.key == entity[1]:
            names[entity][p.name] += n      # a person is shown by the most frequent of their full names
        if p.role:
            roles[entity][p.role] += n
        aliases[entity].add(" ".join(pair[1].split()))
    for entity in aliases:
        if not names[entity]:   # a surname that joined a full name: show the full name's words
            names[entity][entity[1].title()] += 1
    # 5. Ids: a slug of the name, numbered in key order when two entities would share one.
    ordered = sorted(aliases, key=lambda e: (_slug(_pick(names[e], True)), KINDS.index(e[0]), e[1]))
    ids: dict[tuple[str, str], str] = {}
    used: Counter = Counter()
    for entity in ordered:
        slug = _slug(_pick(names[entity], True))
        used[slug] += 1
        ids[entity] = slug if used[slug] == 1 else f"{slug}-{used[slug]}"
    rows = [Entity(ids[e], _pick(names[e], True), e[0], _pick(roles[e]), ALIAS_SEPARATOR.join(sorted(aliases[e])))
            for e in ordered]
    entities = to_frame(rows, "entities")
    out = {}
    for table, column in NAME_COLUMNS:
        frame = frames[table].copy()
        if column in frame.columns and "article_id" in frame.columns:
            values = [ids[entity_of[pair]] if pair in entity_of else ""
                      for pair in zip(frame["article_id"].astype(str), frame[column].fillna("").astype(str))]
        else:
            values = [""] * len(frame)
        frame["entity_id"] = pd.Series(values, index=frame.index, dtype="str")
        out[table] = frame
    return Linked(entities, out["quotes"], out["claims"], out["figures"])


# --------------------------------------------------------------------------- counting by entity (charts, report)
def entity_labels(frame: pd.DataFrame, column: str, entities: Optional[pd.DataFrame] = None) -> pd.DataFrame:
    """For each row of ``frame``: ``key`` (its entity_id, or "=" + the ``column`` text when it has none) and
    ``label`` (the entity's name from ``entities``, else the most frequent ``column`` text of its rows).

    Counting by ``key`` counts "Kim Jong-un" and "North Korean leader Kim Jong-un" once; rows without an
    entity (a table from an older build, an unresolved description) count by their own text.
    """
    def text_of(name: str) -> pd.Series:
        if name not in frame.columns:
            return pd.Series([""] * len(frame), index=frame.index, dtype="str")
        return frame[name].map(lambda v: "" if v is None or v != v else str(v).strip()).astype("str")

    text, ids = text_of(column), text_of("entity_id")
    key = ids.where(ids != "", "=" + text)
    names: dict[str, str] = {}
    if entities is not None and len(entities) and {"entity_id", "name"} <= set(entities.columns):
        names = dict(zip(entities["entity_id"].astype(str), entities["name"].astype(str)))
    counts = Counter(zip(key, text))
    best: dict[str, str] = {}
    for (k, t), n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        best.setdefault(k, t)
    label = [names.get(k) or best.get(k, t) for k, t in zip(key, text)]
    clash = Counter((lab, k) for lab, k in set(zip(label, key)))
    per_label = Counter(lab for lab, _ in clash)
    label = [f"{lab} ({k})" if per_label[lab] > 1 and not k.startswith("=") else lab for lab, k in zip(label, key)]
    return pd.DataFrame({"key": key, "label": label}, index=frame.index)
