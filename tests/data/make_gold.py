"""Build a gold-v1 JSON file (read by ../shared/benchmarks/score.py) from a hand annotation in YAML.

The YAML holds what an annotator decides (text, speaker, value, date...); this script adds
what a machine should compute: the character offsets.  It finds each item's text in its
article as a whole word or phrase, uses ``after:`` anchors to pick among repeated strings,
expands ``all: true`` items to every occurrence, turns claim ``fragments`` into
``[[start, end], ...]`` and refuses anything ambiguous, missing or malformed.  An optional
top-level ``subsets`` mapping (name -> article files) is copied into the JSON for
``score.py --subset``.

    .venv/bin/python tests/data/make_gold.py YAML CORPUS_DIR            # writes YAML's name with .json
    .venv/bin/python tests/data/make_gold.py YAML CORPUS_DIR -o OUT.json
    .venv/bin/python tests/data/make_gold.py YAML CORPUS_DIR --check    # exit 1 if the JSON is stale

The annotation format is described at the top of tests/data/seeds_gold.yml; the dev set
under tests/data/devset/ uses the same format.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

import yaml

CATEGORIES = ("quotes", "claims", "figures", "dates")
QUOTE_KINDS = {"speech", "scare", "block"}
FIGURE_KINDS = {"trade_value", "money", "troop_estimate", "labor_estimate", "percentage",
                "count", "duration", "ordinal"}
GRANULARITIES = {"day", "week", "month", "year", "season", "decade", "relative"}
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
_WEEK = re.compile(r"\d{4}-W(0[1-9]|[1-4]\d|5[0-3])")


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
        # CONVENTIONS.md: YYYY or YYYY-MM; a cumulative figure takes an ISO interval (2023-08/2025-04)
        if rec["refers_to"] and not re.fullmatch(r"\d{4}(-\d{2})?(/\d{4}(-\d{2})?)?", rec["refers_to"]):
            raise GoldError(f"{where}: refers_to {rec['refers_to']!r} is not YYYY, YYYY-MM or an interval "
                            "YYYY-MM/YYYY-MM")
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
    if granularity == "week":  # ISO week, as score.py compares it ("2024-W25")
        return bool(_WEEK.fullmatch(value))
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
        # One sentence may carry two attributions (CONVENTIONS.md: "listed twice, once per
        # source"), so a span may repeat with another source or cue, never with the same.
        keys = [(r["start"], r["end"], r.get("speaker", r.get("source", "")), r.get("cue", "")) for r in records]
        if len(set(keys)) != len(keys):
            dup = sorted({k[:2] for k in keys if keys.count(k) > 1})
            raise GoldError(f"{spec['file']} {cat}: the same span annotated twice: {dup}")
        out[cat] = records
    return out


def build_gold(source: Path, corpus: Path) -> dict:
    """The gold-v1 document for the annotation in ``source`` over the articles in ``corpus``."""
    spec = yaml.safe_load(Path(source).read_text(encoding="utf-8"))
    categories = tuple(spec["categories"])
    articles = []
    for art in spec["articles"]:
        path = Path(corpus) / art["file"]
        # newline="" keeps offsets into the file as decoded, with no newline translation
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        articles.append(build_article(art, text, categories))
    files = [a["file"] for a in articles]
    if len(set(files)) != len(files):
        raise GoldError(f"{source}: an article is annotated twice")
    gold = {"schema": "gold-v1", "name": spec["name"], "description": spec["description"],
            "categories": list(categories)}
    if "subsets" in spec:
        subsets = {}
        for name, members in (spec["subsets"] or {}).items():
            unknown = sorted(set(members) - set(files))
            if unknown:
                raise GoldError(f"{source}: subset {name!r} lists files that are not annotated: {unknown}")
            subsets[str(name)] = list(members)
        gold["subsets"] = subsets
    gold["articles"] = articles
    return gold


def render(gold: dict) -> str:
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def summary(gold: dict) -> list[str]:
    """One line per article: required+optional item counts per category."""
    lines = []
    for art in gold["articles"]:
        counts = ", ".join(f"{c} {sum(not r.get('optional') for r in art[c])}"
                           f"+{sum(bool(r.get('optional')) for r in art[c])}" for c in gold["categories"])
        lines.append(f"{art['file']}: {counts}  (required+optional)")
    return lines


def write_or_check(gold_text: str, target: Path, check: bool, rebuild_hint: str) -> int:
    if check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != gold_text:
            print(f"{target} is stale: run {rebuild_hint}", file=sys.stderr)
            return 1
        return 0
    target.write_text(gold_text, encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("yaml", type=Path, help="the hand annotation (YAML)")
    parser.add_argument("corpus", type=Path, help="folder of the annotated .txt files")
    parser.add_argument("-o", "--out", type=Path, help="the gold JSON to write (default: YAML path with .json)")
    parser.add_argument("--check", action="store_true", help="fail if the JSON differs from a fresh build")
    args = parser.parse_args(argv)
    target = args.out or args.yaml.with_suffix(".json")
    try:
        gold = build_gold(args.yaml, args.corpus)
    except (GoldError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    hint = f"{Path(__file__).name} {args.yaml} {args.corpus}" + (f" -o {args.out}" if args.out else "")
    status = write_or_check(render(gold), target, args.check, hint)
    if not args.check and status == 0:
        print("\n".join(summary(gold)))
    return status


if __name__ == "__main__":
    sys.exit(main())
