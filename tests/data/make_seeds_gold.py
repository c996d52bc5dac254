"""Build tests/data/seeds_gold.json (schema gold-v1) from the hand annotation in seeds_gold.yml.

The YAML holds what an annotator decides (text, speaker, value, date...); this script
adds what a machine should compute: the character offsets.  It finds each item's text
in its article as a whole word or phrase, uses ``after:`` anchors to pick among repeated
strings, expands ``all: true`` items to every occurrence, turns claim ``fragments`` into
``[[start, end], ...]`` and refuses anything ambiguous, missing or malformed.

    .venv/bin/python tests/data/make_seeds_gold.py            # rewrite the JSON
    .venv/bin/python tests/data/make_seeds_gold.py --check    # exit 1 if the JSON is stale

>>> build_gold()["articles"][0]["figures"][0]["value"]        # doctest: +SKIP
90300000
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "seeds_gold.yml"
TARGET = HERE / "seeds_gold.json"
SEEDS = HERE.parent.parent / "seeds"

CATEGORIES = ("quotes", "claims", "figures", "dates")
QUOTE_KINDS = {"speech", "scare", "block"}
FIGURE_KINDS = {"trade_value", "money", "troop_estimate", "labor_estimate", "percentage",
                "count", "duration", "ordinal"}
GRANULARITIES = {"day", "month", "year", "season", "decade", "relative"}
RELATIVE_VALUES = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}

# Output fields per category, in the order they are written; the value is the default
# for a field the YAML leaves out (None = required in the YAML).
FIELDS = {
    "quotes": {"text": None, "speaker": "", "kind": None, "cue": ""},
    "claims": {"text": None, "source": "", "cue": "", "hedge": ""},
    "figures": {"text": None, "value": None, "value_high": None, "unit": "", "kind": None,
                "hedge": "", "refers_to": "", "source": ""},
    "dates": {"text": None, "normalized": None, "granularity": None},
}
# Kept when present: the scorer's optional extensions and informational fields.
EXTRA_FIELDS = ("speaker_aliases", "source_aliases", "optional", "note")
LOCATOR_FIELDS = {"after", "all", "fragments"}

_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_DECADE = re.compile(r"\d{3}X")
_SEASON = re.compile(r"\d{4}-(SP|SU|FA|WI)")


class GoldError(ValueError):
    """The annotation cannot be turned into a consistent gold file."""


def find_phrase(text: str, needle: str, start: int = 0) -> list[int]:
    """Offsets of ``needle`` in ``text`` from ``start``, not glued to a letter or digit."""
    hits = []
    i = text.find(needle, start)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(needle)] if i + len(needle) < len(text) else " "
        glued = (needle[0].isalnum() and before.isalnum()) or (needle[-1].isalnum() and after.isalnum())
        if not glued:
            hits.append(i)
        i = text.find(needle, i + 1)
    return hits


def locate(article: str, item: dict, where: str) -> list[int]:
    """Start offsets for one YAML item (several only for ``all: true``)."""
    needle = item["text"]
    if not needle:
        raise GoldError(f"{where}: empty text")
    if "after" in item:
        anchors = [m.start() for m in re.finditer(re.escape(item["after"]), article)]
        if len(anchors) != 1:
            raise GoldError(f"{where}: anchor {item['after']!r} occurs {len(anchors)} times (need exactly 1)")
        hits = find_phrase(article, needle, anchors[0])[:1]
    else:
        hits = find_phrase(article, needle)
        if len(hits) > 1 and not item.get("all"):
            raise GoldError(f"{where}: {needle!r} occurs {len(hits)} times; add 'after:' or 'all: true'")
    if not hits:
        raise GoldError(f"{where}: {needle!r} not found" + (f" after {item['after']!r}" if "after" in item else ""))
    return hits


def locate_fragments(article: str, start: int, end: int, parts: list[str], where: str) -> list[list[int]]:
    spans, pos = [], start
    for part in parts:
        i = article.find(part, pos, end)
        if i < 0:
            raise GoldError(f"{where}: fragment {part!r} not inside the claim span")
        spans.append([i, i + len(part)])
        pos = i + len(part)
    return spans


def check_values(cat: str, rec: dict, where: str) -> None:
    """Field-level checks: kinds from the contract, finite values, valid dates."""
    if cat == "quotes" and rec["kind"] not in QUOTE_KINDS:
        raise GoldError(f"{where}: quote kind {rec['kind']!r} not in {sorted(QUOTE_KINDS)}")
    if cat == "figures":
        if rec["kind"] not in FIGURE_KINDS:
            raise GoldError(f"{where}: figure kind {rec['kind']!r} not in {sorted(FIGURE_KINDS)}")
        for key in ("value", "value_high"):
            v = rec[key]
            if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v)):
                raise GoldError(f"{where}: {key} {v!r} is not a finite number")
        if rec["value_high"] is not None and rec["value_high"] < rec["value"]:
            raise GoldError(f"{where}: value_high {rec['value_high']} < value {rec['value']}")
        if rec["refers_to"] and not re.fullmatch(r"\d{4}(-\d{2})?", rec["refers_to"]):
            raise GoldError(f"{where}: refers_to {rec['refers_to']!r} is not YYYY or YYYY-MM")
    if cat == "dates":
        if rec["granularity"] not in GRANULARITIES:
            raise GoldError(f"{where}: granularity {rec['granularity']!r} not in {sorted(GRANULARITIES)}")
        if not valid_date_value(rec["normalized"], rec["granularity"]):
            raise GoldError(f"{where}: normalized {rec['normalized']!r} does not fit granularity {rec['granularity']!r}")


def valid_date_value(value: str, granularity: str) -> bool:
    """True when ``value`` is a real calendar value of the stated granularity."""
    import datetime as dt

    if granularity == "relative":
        return value in RELATIVE_VALUES
    if granularity == "decade":
        return bool(_DECADE.fullmatch(value))
    if granularity == "season":
        return bool(_SEASON.fullmatch(value))
    if not _ISO.fullmatch(value):
        return False
    parts = value.split("-")
    if len(parts) != {"year": 1, "month": 2, "day": 3}[granularity]:
        return False
    try:
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def build_article(spec: dict, article: str, categories: tuple[str, ...]) -> dict:
    out = {"file": spec["file"], "meta": dict(spec.get("meta") or {})}
    for cat in categories:
        records = []
        for n, item in enumerate(spec.get(cat) or []):
            where = f"{spec['file']} {cat}[{n}] {item.get('text', '')[:40]!r}"
            unknown = set(item) - set(FIELDS[cat]) - set(EXTRA_FIELDS) - LOCATOR_FIELDS
            if unknown:
                raise GoldError(f"{where}: unknown field(s) {sorted(unknown)}")
            missing = [k for k, d in FIELDS[cat].items() if d is None and k not in item
                       and not (cat == "figures" and k == "value_high")]
            if missing:
                raise GoldError(f"{where}: missing field(s) {missing}")
            for start in locate(article, item, where):
                end = start + len(item["text"])
                rec = {k: item.get(k, d) for k, d in FIELDS[cat].items()}
                rec["start"], rec["end"] = start, end
                if "fragments" in item:
                    rec["fragments"] = locate_fragments(article, start, end, item["fragments"], where)
                rec.update({k: item[k] for k in EXTRA_FIELDS if k in item})
                check_values(cat, rec, where)
                assert article[rec["start"]:rec["end"]] == rec["text"]
                records.append(rec)
        records.sort(key=lambda r: (r["start"], r["end"]))
        spans = [(r["start"], r["end"]) for r in records]
        if len(set(spans)) != len(spans):
            dup = sorted({s for s in spans if spans.count(s) > 1})
            raise GoldError(f"{spec['file']} {cat}: the same span annotated twice: {dup}")
        out[cat] = records
    return out


def build_gold(source: Path = SOURCE, seeds: Path = SEEDS) -> dict:
    """The gold-v1 document for the annotation in ``source`` over the articles in ``seeds``."""
    spec = yaml.safe_load(source.read_text(encoding="utf-8"))
    categories = tuple(spec["categories"])
    articles = []
    for art in spec["articles"]:
        path = seeds / art["file"]
        # newline="" keeps offsets into the file as decoded, with no newline translation
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        articles.append(build_article(art, text, categories))
    return {"schema": "gold-v1", "name": spec["name"], "description": spec["description"],
            "categories": list(categories), "articles": articles}


def render(gold: dict) -> str:
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the JSON differs from a fresh build")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of the seed .txt files")
    args = parser.parse_args(argv)
    try:
        text = render(build_gold(SOURCE, args.seeds))
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is stale: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    gold = json.loads(text)
    for art in gold["articles"]:
        counts = ", ".join(f"{c} {sum(not r.get('optional') for r in art[c])}"
                           f"+{sum(bool(r.get('optional')) for r in art[c])}" for c in gold["categories"])
        print(f"{art['file']}: {counts}  (required+optional)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
