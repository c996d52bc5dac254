"""Every speaker and source the extraction names is a person or a body (issue 11 items 1, 2 and 4).

The distinct speakers (quotes) and sources (claims) over the seeds, the development set (both
folders, every article: listing names is not tuning) and PolNeAR (../shared/benchmarks/polnear,
skipped when absent) are checked against a predicate written here, apart from the extractor's
own filter (analysis.nlp.mentions): none may be a function word, a clause fragment, a number
phrase or a pronoun.  The mentions as written (``speaker_mention`` / ``source_mention``) are held
to the same rule, except that a pronoun or a description may stand there.

Then the resolution rules, on small texts: pronouns and descriptions take the nearest
compatible name before them, the expletive "it" none, and a description with nothing
compatible before it is kept as written.
"""
from __future__ import annotations

import json
import re
import shutil
from functools import lru_cache
from pathlib import Path

import pytest

from analysis import config, extract, load_corpus
from analysis.claims import extract_claims
from analysis.lexicons import load_table
from analysis.nlp.lone_words import names_nobody
from analysis.quotes import extract_quotes

from .conftest import DATA

SEEDS = config.PROJECT_ROOT / "seeds"
DEVSET = DATA / "devset"
POLNEAR = config.PROJECT_ROOT.parent / "shared" / "benchmarks" / "polnear" / "corpus"

# Words that never open an actor phrase, or end one: English prepositions, conjunctions,
# subordinators, sentence adverbs, wh-words and determiners (these alone). Written for this test
# (Quirk et al. 1985 closed classes), independent of the extractor's lists.
OPENERS = set("""
with without in on at of for from by to into about against after before during since until via per than
and or but nor yet so because although though while whereas if unless whether when where as
hence thus therefore needless meanwhile moreover however nevertheless nonetheless furthermore accordingly
consequently contrary already instead otherwise indeed also then later earlier early late
what how why which who whom whose whatever
is are was were be been has have had do does did will would can could may might must shall should
not no yes
""".split())
PREPOSITIONS = set("with without in on at of for from by to into about against after before during via".split())
ENDERS = OPENERS | set("the a an this that these those his her its their our my your some any every each".split())
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "this", "that",
            "these", "those", "who", "which"}
NUMBER_WORDS = set("""
two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
thousands million millions billion dozen dozens percent per cent
""".split())
# Adjectives and nouns that take "to" before a noun phrase ("Republicans privy to private polling data", "a
# source close to military intelligence"): no infinitive follows them.
TAKE_TO = set("privy close closer closest loyal opposed related next similar allied linked friendly hostile "
              "sympathetic adjacent attached devoted committed connected due according".split())
MAX_PLAIN_WORDS = 10
# Verbs of happening (intransitive: "Scuffles erupted in parliament"), written for this test.
HAPPENING = set("erupted occurred happened arose emerged flared unfolded ensued".split())
# Past forms that, before a determiner or quantifier, are a finite verb with its object ("held numerous", "carried
# the", "made a"): a few irregular ones and the regular -ed forms (checked by ending below).
PAST_FORMS = set("held made took gave sent won lost met brought began broke kept left".split())
OBJECT_OPENERS = set("the a an numerous several many some two three four his her their its our this these those"
                     .split())
_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")


@lru_cache(maxsize=None)
def finite_cue_forms() -> frozenset[str]:
    """Past forms of the reporting verbs ("said", "claimed", "told"): inside an actor phrase, a clause."""
    forms = set()
    for row in load_table("reporting_verbs.tsv"):
        lemma = row[0]
        if " " in lemma:
            continue
        listed = (row[2].replace("|", " ").split() if len(row) > 2 and row[2] else [])
        forms.update(f for f in listed if f.endswith(("ed", "id", "ld", "ote", "ught", "own")) and f != lemma)
        if not listed:
            forms.add(lemma + "d" if lemma.endswith("e") else lemma + "ed")
    return frozenset(forms)


@lru_cache(maxsize=None)
def present_cue_forms() -> frozenset[str]:
    """Third-person present forms of the one-word reporting verbs ("reads", "says", "writes")."""
    lemmas = {row[0] for row in load_table("reporting_verbs.tsv") if " " not in row[0]}
    return frozenset(l + ("es" if l.endswith(("s", "sh", "ch")) else "s") for l in lemmas) - {"reports", "claims"}


DETERMINERS = set("the a an this that his her its their".split())
# Determiners and quantifiers after which a past participle is attributive ("both accused nations").
ATTRIBUTIVE_BEFORE = set("the both all these those two".split())
# Nouns that introduce a name ("an author with the promising name Nika Pasko"), never an actor's first word.
NAMING_NOUNS = set("name nickname pseudonym surname alias".split())
# Publication participles: a speaker that ends on one lost its "by" phrase ("a statement published").
PUBLISHED = set("published released posted issued conducted aired".split())

# A lone quantifier subject of a verb of saying is a source as written (analysis.nlp.mentions._QUANTIFIER_PRONOUNS).
QUANTIFIER_SOURCES = set("some many most several few".split())

# Heads of phrases naming people or bodies that no agent suffix shows (written for this test): they keep a
# possessed or indefinite phrase an actor ("Russia's envoy on nuclear issues", "a spokesman Lin Jian").
PERSON_HEADS = set("""
envoy expert spokesman spokeswoman spokesperson official minister ambassador adviser advisor aide chief head
delegate rapporteur representative leader president premier chairman secretary judge lawyer colleague friend
son daughter wife husband sister brother police military army committee commission panel group council team
office ministry agency government staff company firm newspaper broadcaster outlet daily paper website party
man woman person people boy girl student resident correspondent agent
""".split())
_AGENT_SUFFIX = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant)")


def _a_person_head(word: str) -> bool:
    return word in PERSON_HEADS or bool(_AGENT_SUFFIX.fullmatch(word))


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def thing_reason(words: list[str]) -> str:
    """Why a phrase names a thing, not an actor: a possessed act before "on/against/over" ("his country's ban on
    Elon Musk's X"), an indefinite thing before a name ("a requirement X": a relative clause cut), or bare
    coordinated singular nouns ("railroad and air service")."""
    low = [w.lower() for w in words]
    poss = re.compile(r".+[’']s")
    if len(words) > 2 and (low[0] in ("his", "her", "its", "their", "our") or poss.fullmatch(words[0])):
        k = next((i for i in range(1, min(len(words), 5)) if words[i] in ("on", "against", "over")), 0)
        if k and words[k - 1].islower() and not poss.fullmatch(words[k - 1]) and not _a_person_head(low[k - 1]) \
                and not _plural(low[k - 1]):
            return f"a possessed act before {words[k]!r} ('his country's ban on X'): a thing, no actor"
    if len(words) > 2 and low[0] in ("a", "an") and words[1].islower() and not _a_person_head(low[1]) \
            and all(w[:1].isupper() for w in words[2:]):
        return "an indefinite thing before a name ('a requirement X'): a relative clause cut, no actor"
    if len(words) > 2 and all(w.islower() for w in words) and ("and" in low or "or" in low) \
            and low[0] not in ("and", "or") and low[-1] not in ("and", "or") \
            and not set(low) & (ENDERS - {"and", "or"}):
        heads = [c.split()[-1] for c in " ".join(low).replace(" or ", " and ").split(" and ") if c.split()]
        if heads and not any(_plural(h) or _a_person_head(h) for h in heads):
            return "coordinated bare singular nouns ('railroad and air service'): things, no actor"
    return ""


# A count written out in words and, within four words, the people or bodies it counts: a group the writer names
# ("Two other council diplomats", "four pollsters", "two sources close to the process"), not a number phrase ("887 of
# them", "two of them").
SPELLED_COUNTS = set("two three four five six seven eight nine ten eleven twelve".split())
COUNTED = set("""people sources experts members diplomats officials lawmakers senators pollsters analysts groups clubs
jurors judges justices ministers residents""".split())


def counted_group(low: list[str]) -> bool:
    if len(low) < 2 or low[0] not in SPELLED_COUNTS or low[1] in ("of", "them", "us"):
        return False
    return any(w in COUNTED for w in low[1:5])


def junk_reason(name: str, *, mention: bool = False, quote: bool = False) -> str:
    """Why ``name`` is no person or body ("" when it may be one)."""
    words = _WORD.findall(name)
    if not words:
        return "no word"
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in QUANTIFIER_SOURCES:
        return ""                                 # "Some argue that": the people the writer counts, as written
    if len(words) == 1 and names_nobody(name.strip()):
        return "a lone lower-case word that names nobody (an adjective, adverb, verb or bare singular)"
    if len(words) == 1 and low[0] in PRONOUNS and not (words[0].isupper() and len(words[0]) > 1):
        return "" if mention else "a pronoun"     # "WHO", "US": an acronym, no pronoun
    if low[0] in OPENERS and not (words[0].isupper() and len(words[0]) > 1):
        return f"opens on the function word {words[0]!r}"
    if words[-1].islower() and low[-1] in ENDERS or len(words) == 1 and low[0] in ENDERS and not words[0].isupper():
        return f"ends on the function word {words[-1]!r}"
    titled = re.fullmatch(r"(?:19|20)\d\d", words[0]) and len(words) > 1 and words[1][:1].isupper()
    if counted_group(low):
        return ""                                 # "Two other council diplomats", "three former members of the panel"
    if (words[0][0].isdigit() and not titled) or low[0] in NUMBER_WORDS or any(w in ("percent", "%") for w in low):
        return "a number phrase"                  # a year's title is a name: "2025 Diplomatic Bluebook"
    inner = [w for w in words[1:] if w.islower()]
    if any(w in ("he", "she", "it", "they", "we", "i", "you", "him", "them") for w in inner):
        return "a pronoun inside: a clause fragment"
    for k in range(1, len(words)):
        # "Clinton claimed the", "railed against": a verb; "an article posted on the website": a modifier.
        nxt = low[k + 1] if k + 1 < len(words) else ""
        if words[k].islower() and low[k] in finite_cue_forms() and nxt not in PREPOSITIONS and not (
                low[k - 1] in ATTRIBUTIVE_BEFORE and k + 2 == len(words) and words[-1].islower() and _plural(low[-1])):
            # ("Both accused nations", "the alleged victims": a participle between a determiner and the plural
            # noun closing the phrase modifies that noun)
            return "holds a reporting verb: a clause fragment"
    for k in range(1, len(words) - 1):
        # "Scuffles erupted in parliament", "Demonstrators held numerous Spanish and EU flags": a finite verb of
        # happening, or a past verb taking an object that opens on a determiner or quantifier (a participle
        # modifying a noun takes none: "officials based in Seoul", "a statement shared on its channels"). Speakers
        # and claim sources alike.
        past = low[k] in PAST_FORMS or re.fullmatch(r"[a-z]{3,}ed", low[k]) is not None
        if words[k].islower() and low[k - 1] not in ENDERS and (
                low[k] in HAPPENING or past and low[k + 1] in OBJECT_OPENERS):
            return "a finite verb inside: a clause, no actor phrase"
    for k in range(len(words) - 1):
        # "military, to restore": an infinitive ("to" before a verb in lower case) is a clause, never in a name
        # ("ambassador to North Korea", "envoy to the UN" keep theirs: a name or a determiner follows).
        if words[k] == "to" and words[k + 1].islower() and low[k + 1] not in ENDERS and low[k + 1] not in OPENERS \
                and not (k > 0 and low[k - 1] in TAKE_TO):
            return "an infinitive inside: a clause fragment"
    if len(words) > 1 and words[0][:1].isupper() and low[0] in present_cue_forms() and low[1] in DETERMINERS:
        return "opens on a verb: an inverted clause ('Reads the letter')"
    if low[0] in NAMING_NOUNS and len(words) > 1 and words[1][:1].isupper():
        return "a bare naming noun before the name ('name Nika Pasko')"
    has_name = any(w[:1].isupper() for w in words[1:]) or words[0][:1].isupper() and low[0] not in ENDERS
    if "," in name.strip(" ,") and not has_name and not re.search(r"\b(?:and|or)\b", name):
        return "a comma inside a phrase with no name: a clause fragment"
    if quote and len(words) > 1 and words[-1].islower() and low[-1] in PUBLISHED:
        return "ends on a publication participle: a cut phrase ('a statement published')"
    if len(words) > MAX_PLAIN_WORDS and not any(w[:1].isupper() for w in words[1:]):
        return f"longer than {MAX_PLAIN_WORDS} words with no name"
    if why := thing_reason(words):
        return why
    return ""


def test_the_predicate_tells_actors_from_junk():
    for good in ("Foreign Minister Choe Son Hui", "the spokesman", "Analysts", "some reports", "US officials",
                 "The Associated Press", "Maersk", "one study", "Russia's ambassador to North Korea",
                 "the US envoy to the UN", "the ministry's spokeswoman, Maria Zakharova", "teachers, parents and students",
                 "Republicans privy to private polling data", "a source close to military intelligence",
                 "Kim Hong-kyun, 62", "police", "analysts", "records", "scholar", "Many",
                 "Russia's envoy on nuclear issues", "a spokesman Lin Jian", "police and prosecutors",
                 "teachers and students", "his colleague Flavio Dino", "a man Kim Jong Un", "the agency KCNA",
                 "Both accused nations", "the alleged victims", "officials based in Seoul",
                 "a statement shared on Optus’ social media channels", "people displaced by the floods",
                 "the team's supporters gathered outside"):
        assert junk_reason(good) == "" and junk_reason(good, quote=True) == "", good
    for bad in ("This", "The", "Hence", "Needless to", "railed against what he", "887 of them", "It", "he",
                "with Russia", "52 percent of registered voters", "Clinton claimed the", "military, to restore",
                "forces to seize", "the troops, reportedly", "early", "Reads the letter", "Says the report",
                "name Nika Pasko", "pseudonym John Doe", "unrealistic", "newly", "concern", "drew", "possible",
                "his country’s ban on Elon Musk’s X", "Russia's attack on Ukraine", "a requirement X",
                "railroad and air service", "trade, energy and transport", "Both claimed victory",
                "the nations claimed sanctions"):
        assert junk_reason(bad), bad
    for bad in ("Scuffles erupted in parliament", "Demonstrators held numerous Spanish and EU", "Protesters carried the"):
        assert junk_reason(bad) and junk_reason(bad, quote=True), bad   # speakers and claim sources alike
    for good in ("Reuters", "Reports", "the statement", "spokesman Lin Jian", "Mr. Banks", "a statement"):
        assert junk_reason(good, quote=True) == "", good
    for bad in ("a statement published", "a poll released", "A Quinnipiac University poll released"):
        assert junk_reason(bad, quote=True), bad   # speakers; claims sources of this shape are C6's (a patch)
    assert junk_reason("he", mention=True) == ""


def corpora() -> list[Path]:
    # A folder holding a file SEALED is being annotated blind (scored once, at the end): its names
    # are listed only after the seal is removed, so that no failure message shows its output early.
    folders = [SEEDS] + sorted(p for p in DEVSET.iterdir()
                               if (p / "gold.json").is_file() and not (p / "SEALED").exists())
    return folders + ([POLNEAR] if POLNEAR.is_dir() else [])


# A dateline: the place in capitals opening a story before its colon, dash, comma or wire credit
# ("ANKARA: North Korea on Sunday slammed ...", "SEOUL (Reuters) -", "MOSCOW, June 18 -"). Its place never speaks.
_DATELINE = re.compile(r"\s*([A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*)(?:[:,]\s|\s*\(|\s*(?:—|–|--?)\s)")


def dateline_reason(name: str, opening: str) -> str:
    """Why ``name`` is the dateline place of the story that opens with ``opening`` ("" when it is not)."""
    # (the dateline may follow a headline and a standfirst: any paragraph opening in the story's first lines)
    for start in [0] + [m.end() for m in re.finditer(r"\n\s*", opening)]:
        line = _DATELINE.match(opening, start)
        if line and name.strip() == line.group(1) and len(_WORD.findall(name)) <= 3:
            return "the place of the story's dateline, in capitals: no speaker"
    return ""


def test_the_dateline_is_told_from_a_label():
    assert dateline_reason("ANKARA", "ANKARA: North Korea on Sunday slammed Ukraine")
    assert dateline_reason("SEOUL", "SEOUL (Reuters) - North Korea fired")
    assert dateline_reason("North Korea", "ANKARA: North Korea on Sunday slammed Ukraine") == ""
    assert dateline_reason("KCNA", "President Putin congratulated Kim") == ""
    assert dateline_reason("MOSCOW", "Putin sent a message to Kim\n\nMOSCOW (UrduPoint News / Sputnik - 27th July, "
                                     "2023) Russian President Vladimir Putin sent a message")
    assert dateline_reason("NATO", "Allies met\n\nNATO said on Monday it would respond") == ""


OPENINGS: dict[tuple[str, str], str] = {}      # (corpus, article_id) -> the story's first 600 characters


@lru_cache(maxsize=None)
def actors() -> dict[str, list[tuple[str, str, str, str]]]:
    """name -> [(corpus, table, article_id, column)] over every corpus."""
    found: dict[str, list[tuple[str, str, str, str]]] = {}
    for folder in corpora():
        corpus = load_corpus(folder)
        for article in corpus.articles:
            OPENINGS[(folder.name, str(article.article_id))] = article.text[:600]
        tables = extract(corpus, jobs=2, families=("quotes", "claims"))
        for table, column in (("quotes", "speaker"), ("quotes", "speaker_mention"),
                              ("claims", "source"), ("claims", "source_mention")):
            frame = getattr(tables, table)
            for aid, name in zip(frame["article_id"], frame[column]):
                if isinstance(name, str) and name:
                    found.setdefault(name, []).append((folder.name, table, aid, column))
    return found


def _dateline_in(name: str, where: list[tuple[str, str, str, str]]) -> str:
    return next((why for w in where if (why := dateline_reason(name, OPENINGS.get((w[0], str(w[2])), "")))), "")


def test_every_speaker_and_source_is_a_person_or_a_body():
    problems = []
    for name, where in sorted(actors().items()):
        resolved = [w for w in where if w[3] in ("speaker", "source")]
        quote = any(w[1] == "quotes" for w in resolved)
        if resolved and (why := junk_reason(name, quote=quote) or _dateline_in(name, resolved)):
            problems.append(f"{name!r}: {why} ({resolved[0][0]}/{resolved[0][2]}, {len(resolved)} rows)")
    assert not problems, f"{len(problems)} speakers/sources are no actor:\n" + "\n".join(problems[:80])


def test_every_mention_as_written_is_an_actor_phrase():
    problems = []
    for name, where in sorted(actors().items()):
        written = [w for w in where if w[3].endswith("_mention")]
        quote = any(w[1] == "quotes" for w in written)
        if written and (why := junk_reason(name, mention=True, quote=quote) or _dateline_in(name, written)):
            problems.append(f"{name!r}: {why} ({written[0][0]}/{written[0][2]}, {len(written)} rows)")
    assert not problems, f"{len(problems)} mentions are no actor phrase:\n" + "\n".join(problems[:80])


def test_the_corpora_name_many_actors():
    # The check above must have something to check: the seeds and the dev set alone name dozens.
    assert len(actors()) >= 100


# ---------------------------------------------------------------------------- resolution cases
CASES = json.loads((DATA / "speaker_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_speaker_case(case):
    text = case["text"]
    rows = extract_quotes(text, article_id="a") if case["table"] == "quotes" else extract_claims(text, article_id="a")
    who = "speaker" if case["table"] == "quotes" else "source"
    by_text: dict[str, list] = {}
    for r in rows:
        by_text.setdefault(r.text, []).append(r)
    for want in case["expected"]:
        assert want["text"] in by_text, f"missing {want['text']!r}; found {sorted(by_text)}"
        # (a claim relayed by a second source has one row per source: 'experts quoted by the Global Times'; a quote has
        # one row, and that row must have the speaker)
        candidates = by_text[want["text"]] if case["table"] == "claims" else by_text[want["text"]][:1]
        found = [r for r in candidates if getattr(r, who) == want[who]]
        assert found, f"{who} of {want['text']!r}: {[getattr(r, who) for r in by_text[want['text']]]}"
        got = found[0]
        if f"{who}_mention" in want:
            assert getattr(got, f"{who}_mention") == want[f"{who}_mention"], f"{who}_mention of {want['text']!r}"


# Misses found when blind rounds 42 and 43 were opened (stop 35), fixed since: a speaker that is neither a person nor
# a body. A clause ("Scuffles erupted in parliament" for the words on the MPs' signs: the MPs carrying them speak)
# and an abstract subject holding a claim ("The first error was accusing the club of ... and saying they were 'less
# than frank'": nobody) are no speakers.
def _quotes_of(folder, article: str, texts: list[str]):
    """The quotes with these texts that the whole extraction finds in one development-set article."""
    shutil.copy(DATA / "devset" / article, folder)
    quotes = extract(load_corpus(folder)).quotes
    return quotes[quotes["text"].isin(texts)]


def test_an_event_clause_is_no_speaker_of_the_signs_words(tmp_path):
    said = _quotes_of(tmp_path, "other_topics_v61/1213_aijes-poland-abortion-ruling-womens-strike.txt",
                      ["This is war", "Shame"])
    assert len(said) == 2 and not said["speaker"].str.contains("Scuffles").any()


def test_an_abstract_subject_is_no_speaker(tmp_path):
    said = _quotes_of(tmp_path, "other_topics_v64/1267_dailymail-everton-vindicated-deduction-reduced.txt",
                      ["utmost good faith", "less than frank"])
    assert len(said) == 2 and not said["speaker"].str.contains("error").any()
