"""The corpus: every speaker and source to one entity, grouped by normalised keys (linear), and the
counting helper the charts and the report use."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from typing import NamedTuple, Optional

import pandas as pd

from ..records import Entity, to_frame
from .lexicon import _capitals, _family_first, _fold, _given
from .mentions import NAME_PARTICLES, Parsed, _is_role_word, _state_of, _word_kind, parse_mention

# Which column of which table names the speaker or source.
NAME_COLUMNS = (("quotes", "speaker"), ("claims", "source"), ("figures", "source"))
ALIAS_SEPARATOR = "; "
KINDS = ("person", "state", "organisation", "media", "group")


class Linked(NamedTuple):
    entities: pd.DataFrame
    quotes: pd.DataFrame
    claims: pd.DataFrame
    figures: pd.DataFrame


def _surnames(key: str) -> tuple[str, ...]:
    """The words a bare surname mention may use: the last, and the first for family-name-first names."""
    words = key.split()
    out = [words[-1]]
    if len(words) >= 3 and words[-2] in NAME_PARTICLES:
        out.append(" ".join(words[-2:]))     # "Bill de Blasio" -> "de blasio"
    if len(words) >= 2 and words[0].capitalize() in _family_first() and words[0].capitalize() not in _given():
        out.append(words[0])
    return tuple(dict.fromkeys(out))


def _is_full(key: str) -> bool:
    """A full name (two words or more), not a bare surname ("de blasio" is one)."""
    words = key.split()
    return len(words) >= 2 and not (len(words) == 2 and words[0] in NAME_PARTICLES)


def _role_words(role: str) -> set[str]:
    return {w.casefold().rstrip(".") for w in role.split() if _is_role_word(w)} - {"former", "acting", "the"}


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


class _People(NamedTuple):
    """What the corpus says about its people, for resolving a short mention to a full name."""
    person_of: dict[str, str]                          # full-name key -> the key it is merged into
    gender_of: dict[str, str]                          # person key -> gender seen first
    role_words: dict[str, set[str]]                    # full-name key -> words of the roles it was given
    corpus_surnames: dict[str, set[str]]               # surname -> full names with it, anywhere
    article_surnames: dict[tuple[str, str], set[str]]  # (article, surname) -> full names with it there
    article_given: dict[tuple[str, str], set[str]]     # (article, given name) -> full names with it there
    rows_of: Counter                                   # person key -> rows naming it in full, over the corpus


def _parse_mentions(counts: Counter) -> dict[tuple[str, str], Parsed]:
    """Step 1: each distinct (article, string) parsed once, in sorted order (never the input's order)."""
    return {pair: parse_mention(pair[1]) for pair in sorted(counts)}


def _compact(key: str) -> str:
    """A name key without spaces, apostrophes or accents: "park won gon" and "park wongon", "ndung'u" and "ndungu"
    are one spelling."""
    ascii_key = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_key) or key


_GENERATIONS = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _merged_full_names(full: list[str]) -> dict[str, str]:
    """A two-word full name -> the longer form with the same first and last word when there is only one
    ("John Kerry" -> "John F Kerry"), else the one longer name it begins or ends ("López Obrador" -> "Andrés Manuel
    López Obrador", "Ricaurte Vasquez" -> "Ricaurte Vasquez Morales"; never "Donald Trump" -> "Donald Trump Jr");
    names spelled alike but for spaces, hyphens and apostrophes are one ("Park Wongon", "Park Won-gon"); every other
    full name -> itself."""
    by_compact: dict[str, list[str]] = defaultdict(list)
    for key in full:
        by_compact[_compact(key)].append(key)
    canon = {key: min(by_compact[_compact(key)], key=lambda k: (-len(k.split()), k)) for key in full}
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_pair: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key in sorted(set(canon.values())):
        words = key.split()
        by_ends[(words[0], words[-1])].append(key)
        if len(words) >= 3:
            if words[-1] not in _GENERATIONS:
                by_pair[tuple(words[:2])].add(key)
            by_pair[tuple(words[-2:])].add(key)
    person_of: dict[str, str] = {}
    for key in full:
        words = canon[key].split()
        longer = [k for k in by_ends[(words[0], words[-1])] if len(k.split()) > len(words)]
        if len(longer) == 1 and len(words) == 2:
            person_of[key] = longer[0]
        elif len(words) == 2 and not longer and len(by_pair.get((words[0], words[1]), ())) == 1:
            person_of[key] = next(iter(by_pair[(words[0], words[1])]))
        else:
            person_of[key] = canon[key]
    return person_of


def _index_people(parsed: dict[tuple[str, str], Parsed], counts: Optional[Counter] = None) -> _People:
    """Step 2: people. Full names (two words or more) are entities; the indexes a bare surname or given name
    is looked up in, per article and over the corpus."""
    full = sorted({p.key for p in parsed.values() if p.kind == "person" and _is_full(p.key)})
    gender_of: dict[str, str] = {}
    role_words: dict[str, set[str]] = defaultdict(set)
    for p in parsed.values():
        if p.kind == "person" and p.gender:
            gender_of.setdefault(p.key, p.gender)
        if p.kind == "person" and p.role and _is_full(p.key):
            role_words[p.key].update(_role_words(p.role))
    person_of = _merged_full_names(full)
    corpus_surnames: dict[str, set[str]] = defaultdict(set)
    article_surnames: dict[tuple[str, str], set[str]] = defaultdict(set)
    article_given: dict[tuple[str, str], set[str]] = defaultdict(set)
    rows_of: Counter = Counter()
    for (article, text), p in parsed.items():
        if p.kind == "person" and _is_full(p.key):
            target = person_of[p.key]
            rows_of[target] += counts[(article, text)] if counts is not None else 1
            for surname in _surnames(p.key):
                corpus_surnames[_compact(surname)].add(target)
                article_surnames[(article, _compact(surname))].add(target)
            article_given[(article, p.key.split()[0])].add(target)
    return _People(person_of, gender_of, role_words, corpus_surnames, article_surnames, article_given, rows_of)


def _compatible(p: Parsed, keys: set[str], people: _People) -> set[str]:
    """The full names in ``keys`` that agree with the mention's gender and role words: "Mrs. Clinton" is
    not Bill Clinton; "Chief Justice Roberts" is not "Mayor Jennifer Roberts"."""
    mine = _role_words(p.role) - _MEMBERSHIP
    return {k for k in keys if (not p.gender or people.gender_of.get(k, p.gender) == p.gender)
            and (not mine or not people.role_words.get(k, set()) - _MEMBERSHIP or mine & people.role_words[k])}


# A seat in a legislature, held together with any office: "Senator Wong" is the "Foreign Minister Penny Wong" of
# her article (Australian ministers sit in parliament; US secretaries were senators). Such a title neither
# narrows nor contradicts another role.
_MEMBERSHIP = frozenset("senator sen mp congressman congresswoman congressmember rep representative lawmaker "
                        "legislator assemblyman assemblywoman".split())


def _resolve_person(article: str, p: Parsed, people: _People) -> Optional[str]:
    """The key a person mention belongs to: its merged full name; for a short mention, the one compatible
    full name with that surname in the article, else in the corpus, else with that given name in the
    article; None when the mention is a plain word rather than a name."""
    key = p.key
    if _is_full(key):
        return people.person_of[key]
    here = _compatible(p, people.article_surnames.get((article, _compact(key)), set()), people)
    there = _compatible(p, people.corpus_surnames.get(_compact(key), set()), people)
    given = _compatible(p, people.article_given.get((article, key), set()), people)
    mine = _role_words(p.role)
    office = {k for k in there if mine & people.role_words.get(k, set())}
    if len(office) == 1:
        # "President Obama" in an article that names Michelle Obama: the one holder of that office.
        return next(iter(office))
    if len(here) == 1:
        only = next(iter(here))
        top = max(there, key=lambda k: (people.rows_of[k], k), default=only)
        if top != only and people.rows_of[top] > people.rows_of[only]:
            # "Cruz" in an article that names only Heidi Cruz, when the corpus names Ted Cruz more: either
            # may be meant, so the surname stays apart rather than joining the wrong one.
            return key
        return only
    if not here and len(there) == 1:
        return next(iter(there))
    if not here and not there and len(given) == 1:
        return next(iter(given))
    if not p.role and not p.gender and key.endswith(("ed", "ing", "s")):
        return None     # "Asked", "Delegates", "Regardless": a word, unless a full name has it as surname
    return key


def _entity_keys(parsed: dict[tuple[str, str], Parsed], people: _People,
                 bodies: frozenset = frozenset()) -> dict[tuple[str, str], tuple[str, str]]:
    """Step 3: every mention to an entity key, (kind, key); mentions of no kind, or plain words, are left out.
    A lone name that stayed no one's surname and was written as a body ("Microsoft" as "the company"; ``bodies``,
    see :func:`_written_as_body`) is an organisation."""
    entity_of: dict[tuple[str, str], tuple[str, str]] = {}
    named_bodies: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for (article, _), p in parsed.items():
        words = p.name.split()
        if p.kind in ("organisation", "media") and len(words) >= 2 and all(w[:1].isupper() for w in words):
            named_bodies[(article, words[0].casefold())].add((p.kind, p.key))
    for pair, p in parsed.items():
        if not p.kind:
            continue
        key = p.key
        if p.kind == "person":
            key = _resolve_person(pair[0], p, people)
            if key is None:
                continue
            lone = key == p.key and not _is_full(key) and not p.role and not p.gender
            if lone and key in bodies:
                entity_of[pair] = ("organisation", key)
                continue
            body = named_bodies.get((pair[0], key), set())
            if lone and len(body) == 1 and _compact(key) not in people.corpus_surnames:
                # "Tupperware" in the article of "Tupperware Brands": the body's first word, no one's surname
                entity_of[pair] = next(iter(body))
                continue
        entity_of[pair] = (p.kind, key)
    return _merge_bodies(entity_of, parsed)


_INITIAL_SKIP = frozenset(("of", "the", "and", "for", "on", "in", "&"))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w.casefold() not in _INITIAL_SKIP).upper()


def _state_prefix(name: str) -> Optional[tuple[str, str]]:
    """(state, folded rest) for a body named after its state ("South Korea's National Intelligence Service",
    "U.S. Coast Guard", "Russian Embassy"), else None."""
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n and words[n][:1].isupper() and words[n].casefold() not in _INITIAL_SKIP:
            state = _state_of(" ".join(words[:n]))
            if state is not None and _fold(" ".join(words[:n])) not in _capitals():   # "The Washington Post"
                return state, _fold(" ".join(words[n:]))
    return None


def _merge_bodies(entity_of: dict, parsed: dict) -> dict:
    """A body is one entity whether it is called an organisation or an outlet ("news agency KCNA", "state agency
    KCNA": media), and an acronym is the body whose name it abbreviates when the corpus names exactly one such body
    ("the FAA" -> the Federal Aviation Administration). Linear in the mentions."""
    bodies = {k for k in entity_of.values() if k[0] in ("organisation", "media")}
    media = {key for kind, key in bodies if kind == "media"}
    names = {}
    for pair, p in parsed.items():
        if p.kind in ("organisation", "media"):
            names.setdefault(p.key, p.name)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key, name in names.items():
        if len(name.split()) >= 2:
            by_initials[_initials(name)].add(key)
    target: dict[str, str] = {}
    for key, name in names.items():
        plain = name.replace(".", "")
        if plain.isupper() and 2 <= len(plain) <= 6 and plain.isalpha():
            full = by_initials.get(plain, set())
            if len(full) == 1:
                target[key] = next(iter(full))
    # "South Korea's National Intelligence Service", "the North Korean Central Military Commission", "the U.S. Coast
    # Guard": a body named with its state is the body named without it ("the National Intelligence Service", "the
    # Embassy") when the corpus gives that name to one state only.
    by_base: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key, name in names.items():
        prefixed = _state_prefix(name)
        if prefixed is not None and key not in target:
            by_base[prefixed[1]].add((prefixed[0], key))
    for base, found in by_base.items():
        if len({state for state, _ in found}) != 1:
            continue
        one = min(key for _, key in found)
        for _, key in found:
            if key != one:
                target[key] = one
        if base in names and base not in target:
            target[base] = one
    for key in sorted(target):
        seen = {key}
        while target[key] in target and target[key] not in seen:     # "the NIS" -> NIS -> the state's NIS
            seen.add(target[key])
            target[key] = target[target[key]]
    media |= {target[key] for key in media if key in target}
    out = {}
    for pair, (kind, key) in entity_of.items():
        if kind in ("organisation", "media"):
            key = target.get(key, key)
            kind = "media" if key in media else kind
        out[pair] = (kind, key)
    return out


# The column holding each name column's words as written ("Kim" for the speaker "Kim Hong-kyun").
MENTION_COLUMNS = {"quotes": "speaker_mention", "claims": "source_mention"}


def _written_surnames(frames: dict[str, pd.DataFrame]) -> dict[tuple[str, str], set[str]]:
    """(article_id, name) -> the bare words of that name it was written as ("Matsegora" for "Alexander Matsegora")."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for table, column in NAME_COLUMNS:
        frame, written = frames[table], MENTION_COLUMNS.get(table, "")
        if not len(frame) or not {column, written, "article_id"} <= set(frame.columns):
            continue
        for aid, name, mention in zip(frame["article_id"].astype(str), frame[column].fillna("").astype(str),
                                      frame[written].fillna("").astype(str)):
            if mention != name and " " not in mention.strip() and mention.strip() in name.split()[1:] + name.split()[:1]:
                out[(aid, name)].add(mention.strip())
    return out


_BODY_PRONOUNS = frozenset(("it", "its"))
_PERSON_PRONOUNS = frozenset(("he", "she", "him", "her", "his"))


def _written_as_body(frames: dict[str, pd.DataFrame]) -> frozenset:
    """The one-word names written, somewhere in the corpus, as a description of a body ("the company", "the German
    group", "Europe's largest carmaker": the last word an organisation or media word of ``entity_words.tsv``) or
    as "it", and never as "he" or "she": "Volkswagen", "Microsoft" are bodies, not people."""
    body: set[str] = set()
    person: set[str] = set()
    for table, column in NAME_COLUMNS:
        frame, written = frames[table], MENTION_COLUMNS.get(table, "")
        if not len(frame) or not {column, written} <= set(frame.columns):
            continue
        for name, mention in zip(frame[column].fillna("").astype(str), frame[written].fillna("").astype(str)):
            words = name.split()
            if len(words) != 1 or not mention.strip() or mention == name:
                continue
            key, low = parse_mention(name).key, mention.strip().casefold().split()
            if low[-1] in _PERSON_PRONOUNS or _word_kind(low[-1]) in ("role", "honorific", "group"):
                person.add(key)
            elif low[-1] in _BODY_PRONOUNS or (low[0] in ("the", "a", "an", "its") or low[0].endswith("'s")) \
                    and _word_kind(low[-1]) in ("organisation", "media"):
                body.add(key)
    return frozenset(body - person)


def _describe_entities(entity_of: dict, parsed: dict, counts: Counter,
                       written: Optional[dict] = None) -> tuple[dict, dict, dict]:
    """Step 4: names, roles and aliases of each entity, counted over its mentions (and the bare surnames
    ``written`` for them)."""
    names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    roles: dict[tuple[str, str], Counter] = defaultdict(Counter)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for pair, entity in entity_of.items():
        p, n = parsed[pair], counts[pair]
        if p.kind != "person" or _is_full(p.key) or p.key == entity[1]:
            names[entity][p.name] += n      # a person is shown by the most frequent of their full names
        if p.role:
            roles[entity][p.role] += n
        aliases[entity].add(" ".join(pair[1].split()))
        aliases[entity].update((written or {}).get(pair, ()))
    for entity in aliases:
        if not names[entity]:   # a surname that joined a full name: show the full name's words
            names[entity][entity[1].title()] += 1
    return names, roles, aliases


def _entity_ids(names: dict, aliases: dict) -> tuple[list, dict[tuple[str, str], str]]:
    """Step 5: the entities in id order, and their ids: a slug of the name, numbered in key order when two
    entities would share one."""
    ordered = sorted(aliases, key=lambda e: (_slug(_pick(names[e], True)), KINDS.index(e[0]), e[1]))
    ids: dict[tuple[str, str], str] = {}
    used: Counter = Counter()
    for entity in ordered:
        slug = _slug(_pick(names[entity], True))
        used[slug] += 1
        ids[entity] = slug if used[slug] == 1 else f"{slug}-{used[slug]}"
    return ordered, ids


def _with_entity_ids(frames: dict[str, pd.DataFrame], entity_of: dict, ids: dict) -> dict[str, pd.DataFrame]:
    """Step 6: a copy of each table with its ``entity_id`` column ("" for a row naming no entity)."""
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
    return out


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
    parsed = _parse_mentions(counts)
    entity_of = _entity_keys(parsed, _index_people(parsed, counts), _written_as_body(frames))
    names, roles, aliases = _describe_entities(entity_of, parsed, counts, _written_surnames(frames))
    ordered, ids = _entity_ids(names, aliases)
    rows = [Entity(ids[e], _pick(names[e], True), e[0], _pick(roles[e]), ALIAS_SEPARATOR.join(sorted(aliases[e])))
            for e in ordered]
    out = _with_entity_ids(frames, entity_of, ids)
    return Linked(to_frame(rows, "entities"), out["quotes"], out["claims"], out["figures"])


# The one voice of every speaker or source that is a description naming no entity, in linked tables.
DESCRIBED_KEY = "~described"
DESCRIBED_LABEL = "unnamed / described sources"


def entity_labels(frame: pd.DataFrame, column: str, entities: Optional[pd.DataFrame] = None, *,
                  described: Optional[str] = DESCRIBED_LABEL) -> pd.DataFrame:
    """For each row of ``frame``: ``key`` (its entity_id, or "=" + the ``column`` text when it has none) and
    ``label`` (the entity's name from ``entities``, else the most frequent ``column`` text of its rows).

    Counting by ``key`` counts "Kim Jong-un" and "North Korean leader Kim Jong-un" once. With ``entities``
    (the tables were linked), a row naming no entity names no voice: a description that resolved to nobody
    ("a statement", "the Russian diplomat") has the one key ``DESCRIBED_KEY``, labelled ``described`` (None: each
    row keeps its own text as label, for tables that show one row per quotation).
    Without it (a table from an older build), rows without an entity count by their own text.
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
        if described is not None:
            names[DESCRIBED_KEY] = described
        if "entity_id" in frame.columns:
            key = key.where((ids != "") | (text == ""), DESCRIBED_KEY)
    counts = Counter(zip(key, text))
    best: dict[str, str] = {}
    for (k, t), n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        best.setdefault(k, t)
    def fallback(k: str, t: str) -> str:   # no entities table: the name in the entity's most frequent form
        if k == DESCRIBED_KEY:
            return t        # a description shown as written
        shown = best.get(k, t)
        return (parse_mention(shown).name or shown) if not k.startswith("=") else shown

    label = [names.get(k) or fallback(k, t) for k, t in zip(key, text)]
    clash = Counter((lab, k) for lab, k in set(zip(label, key)))
    per_label = Counter(lab for lab, _ in clash)
    label = [f"{lab} ({k})" if per_label[lab] > 1 and not k.startswith(("=", DESCRIBED_KEY)) else lab
             for lab, k in zip(label, key)]
    return pd.DataFrame({"key": key, "label": label}, index=frame.index)
