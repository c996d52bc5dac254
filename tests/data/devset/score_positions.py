"""Score the views' positions against a development set's expected positions (issue 12).

    .venv/bin/python tests/data/devset/score_positions.py CORPUS_DIR POSITIONS_YML
        [--themes CODEBOOK] [--subset tune|holdout] [--details]

``POSITIONS_YML`` maps article file -> theme -> ``{accept: [labels], evidence: ...}`` or null
(null: no position a careful analyst would state).  The corpus is extracted afresh and read with
:func:`analysis.views.article_positions` under ``CODEBOOK`` (default: the package's themes.yml).

- precision = stated labels a careful analyst accepts / stated labels (a label stated where the
  expected position is null counts as wrong);
- coverage = (article, theme) pairs with an expected label that get an acceptable one / pairs
  with an expected label.

Per theme and overall; ``--details`` lists every wrong and every missed label with its evidence;
``--trace`` adds, under each missed label, the step of the views that dropped it (:func:`trace_miss`).
The subset comes from ``gold.json`` (``subsets``) next to the positions file.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def load_expected(path: Path, subset: str | None) -> dict[str, dict]:
    expected = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if subset:
        gold = json.loads((path.parent / "gold.json").read_text(encoding="utf-8"))
        keep = set(gold["subsets"][subset])
        expected = {name: themes for name, themes in expected.items() if name in keep}
    return {Path(name).stem: themes or {} for name, themes in expected.items()}


def _subsets(path: Path) -> list[str]:
    """The subsets named in ``gold.json`` next to the positions file, or none."""
    gold = path.parent / "gold.json"
    if not gold.is_file():
        return []
    return [name for name in ("tune", "holdout") if name in json.loads(gold.read_text(encoding="utf-8")).get("subsets", {})]


def score(positions, expected: dict[str, dict]) -> dict:
    """Counts per theme: stated, acceptable, expected, covered; and the list of errors."""
    stated = {(r.article_id, r.theme): r for r in positions.itertuples(index=False)
              if isinstance(r.position, str) and r.position}
    themes = sorted({t for themes in expected.values() for t in themes})
    counts = {t: {"stated": 0, "ok": 0, "expected": 0, "covered": 0} for t in themes}
    errors = []
    for aid in sorted(expected):
        for theme in themes:
            want = expected[aid].get(theme)
            accept = set(want["accept"]) if want else set()
            row = stated.get((aid, theme))
            c = counts[theme]
            if row is not None:
                c["stated"] += 1
                if row.position in accept:
                    c["ok"] += 1
                else:
                    errors.append(("wrong", aid, theme, row.position, sorted(accept), row.evidence_text))
            if accept:
                c["expected"] += 1
                if row is not None and row.position in accept:
                    c["covered"] += 1
                elif row is None:
                    errors.append(("missed", aid, theme, "", sorted(accept), want.get("evidence", "")))
    return {"themes": counts, "errors": errors}


# The steps of the views, in the order a sentence goes through them (see analysis.views' docstring).
TRACE_STEPS = (
    "theme match",      # no sentence of the article matched the theme's patterns
    "label match",      # sentences on the theme, none matched a label pattern
    "actor context",    # labels found, rejected because the article, or the sentence and the two before, names no theme actor
    "gate",             # labels found, rejected by a rule of LABEL_RULES (named) or set aside by a contrast
    "vote",             # labels held, but the article's vote went to another label or split (no clear position)
    "min sentences",    # one label held, by fewer agreeing sentences than the theme's min_sentences asks
    "minimum score",    # labels held, too little weight (a historical aside, a hedge) for any position
)


def _find_sentence(rows, evidence: str):
    """The theme rows of the sentence that holds the first 60 characters of ``evidence`` (or an empty frame)."""
    head = " ".join(str(evidence or "").split())[:60]
    if not head or rows.empty:
        return rows.iloc[0:0]
    return rows[rows["text"].map(lambda t: head in " ".join(str(t).split()))]


def trace_miss(tables, rows, positions, book, article_id: str, theme: str, accept: list, evidence: str) -> tuple[str, str]:
    """``(step, detail)``: which step of the views dropped an expected label (one of :data:`TRACE_STEPS`).

    ``rows`` are :func:`~analysis.views.theme_sentences` of the corpus; the detail names the rule,
    the labels held and their weights, and whether the expected evidence sentence reached the theme."""
    from analysis.views.actors import names_theme_actor
    from analysis.views.stance import _Label, label_rejection

    mine = rows[(rows["article_id"] == article_id) & (rows["theme"] == theme)]
    at_evidence = _find_sentence(mine, evidence)
    where = ("evidence sentence on the theme" if len(at_evidence) else
             "evidence sentence not on the theme") if evidence else "no evidence given"
    if mine.empty:
        return "theme match", where
    held = mine[mine["position"].fillna("") != ""]
    if held.empty:
        rejected = mine[mine["rejected"].fillna("") != ""]
        if rejected.empty:
            return "label match", where
        # name the rule of the first rejected label (the evidence sentence's, when it reached the theme)
        r = (at_evidence if len(at_evidence) and (at_evidence["rejected"].fillna("") != "").any() else rejected).iloc[0]
        spec = book[theme]
        for m in spec.labeller.finditer(r["text"]):
            rank = int(m.lastgroup[1:])
            lab = _Label(spec.positions[rank][0], rank, m.start(), m.end(), m.group())
            rule = label_rejection(r["text"], lab, spec, book.markers, book.actors)
            if rule:
                return "gate", f"{lab.label!r} rejected: {rule}; {where}"
        article = " ".join(str(t) for t in mine["text"])
        if not names_theme_actor(article, spec, book.actors):
            return "actor context", f"{r['rejected']!r}: the theme's actors are not named; {where}"
        return "actor context", f"{r['rejected']!r}: no theme actor in the sentence or the two before, or set aside by a contrast; {where}"
    weights = held.groupby("position")["weight"].sum().round(2).to_dict()
    record = positions[(positions["article_id"] == article_id) & (positions["theme"] == theme)]
    stance = record["stance"].iloc[0] if len(record) else ""
    if not stance:
        return "minimum score", f"weights {weights}; {where}"
    competing = str(record["competing"].iloc[0]) if len(record) else ""
    if stance == "no clear position" and competing and "; " not in competing:
        held_by = held[held["position"] == competing.split(" (")[0]]["sentence_id"].nunique()
        return "min sentences", f"{competing.split(' (')[0]!r} in {held_by} sentence(s), {book[theme].min_sentences} asked; {where}"
    return "vote", f"{stance or 'no position'}: weights {weights}; {where}"


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "  -  (0/0)"


def report(result: dict) -> str:
    lines = [f"{'theme':24} {'precision':>16} {'coverage':>16}"]
    total = {"stated": 0, "ok": 0, "expected": 0, "covered": 0}
    for theme, c in result["themes"].items():
        lines.append(f"{theme:24} {_ratio(c['ok'], c['stated']):>16} {_ratio(c['covered'], c['expected']):>16}")
        for k in total:
            total[k] += c[k]
    lines.append(f"{'overall':24} {_ratio(total['ok'], total['stated']):>16} {_ratio(total['covered'], total['expected']):>16}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("positions")
    parser.add_argument("--themes", default=None, help="codebook YAML (default: the package's themes.yml)")
    parser.add_argument("--subset", choices=("tune", "holdout"), default=None)
    parser.add_argument("--details", action="store_true", help="list every wrong and missed label")
    parser.add_argument("--trace", action="store_true",
                        help="with --details, the step that dropped each missed label (and a count per step)")
    args = parser.parse_args(argv)

    from analysis import extract, load_corpus
    from analysis.views import article_positions, load_codebook

    expected = load_expected(Path(args.positions), args.subset)
    from analysis.views import theme_sentences
    book = load_codebook(args.themes) if args.themes else load_codebook()
    tables = extract(load_corpus(args.corpus))
    rows = theme_sentences(tables, book)
    positions = article_positions(tables, book, theme_rows=rows)
    result = score(positions, expected)
    print(f"{args.corpus} ({args.subset or 'all'}, {len(expected)} articles)")
    print(report(result))
    if not args.subset:
        # each subset's overall line as well, so that a change shows on the articles tuned on and the others
        for name in _subsets(Path(args.positions)):
            part = load_expected(Path(args.positions), name)
            print(f"{'  subset ' + name:24} {report(score(positions, part)).splitlines()[-1][25:]}")
    steps: Counter = Counter()
    if args.details or args.trace:
        for kind, aid, theme, got, accept, evidence in result["errors"]:
            print(f"- {kind}: {aid} / {theme}: stated {got or '-'!r}, accept {accept}\n    {evidence[:200]}")
            if args.trace and kind == "missed":
                step, detail = trace_miss(tables, rows, positions, book, aid, theme, accept, evidence)
                steps[step] += 1
                print(f"    dropped at: {step} ({detail})")
    if steps:
        print("missed labels by step: " + ", ".join(f"{step} {steps[step]}" for step in TRACE_STEPS if steps[step]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
