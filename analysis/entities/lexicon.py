"""The entity lexicons: aliases of states, bodies and media, the bodies of a state, kind words, titles and
names, each read once (the files in ``analysis/lexicons`` name their sources)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import load_list, load_table

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
def _capitals() -> frozenset[str]:
    """The folded capitals of ``entity_aliases.tsv`` ("washington", "seoul")."""
    return frozenset(_fold(row[0]) for row in load_table("entity_aliases.tsv") if len(row) > 3 and row[3] == "capital")


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
def _document_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_list("entity_document_nouns.txt"))


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


@lru_cache(maxsize=None)
def _given_casefold() -> frozenset[str]:
    return frozenset(w.casefold() for w in _given())


@lru_cache(maxsize=None)
def _given_genders() -> dict[str, str]:
    return {row[0]: row[1] for row in load_table("given_names.tsv") if len(row) > 1}
