"""Train the positions model (analysis/lexicons/position_model.json) from the development set's expected positions.

For each theme of the default codebook, a logistic regression over word and word-pair TF-IDF of sentences reads
whether a sentence states one of the theme's labels: the evidence sentence of an article's expected position
(``positions.yml``: the first accepted label) is that label's example, every other sentence of the article (the
first 40) is an example of no position. Trained on the seeds and every opened ``russia_nk*`` folder (never a
``holdout`` subset of ``russia_nk`` or ``russia_nk_wire``, never a SEALED folder). The views use it only where
their rules state no position (:mod:`analysis.views.learned`).

    .venv/bin/python tests/data/devset/train_position_model.py [--exclude FOLDER ...] [--out PATH]
    .venv/bin/python tests/data/devset/train_position_model.py --folds 5 [--residual] [--exclude FOLDER ...]

``--folds K`` writes no file: it scores the model on text it was not fitted to. The training folders (never the
seeds) are dealt round-robin into K folds; for each, a model trained on the others reads the fold's articles, and
the table gives, per bar (a probability, and how many sentences must reach it), how many of the labels it would fill
an analyst accepts, over every article and theme. The views fill only where the rules found the theme and stated
nothing, where the model is right less often (one sentence at >= 0.6: 13 in 27; :mod:`analysis.views.learned`), so
the table is the model alone, an upper bound, for comparing models and bars.
Variants scored so with 5 folds (P30) and not kept, for no better precision at the same coverage: the other
sentences of an article with a label left out of training rather than read as none (>= 0.5 x2: 0.89, 149/167;
>= 0.6 x2: 0.94, 88/94; this script: 0.95, 88/93), C=1 (>= 0.4 x2: 0.90, 162/180; >= 0.5 x2: 0.92, 86/93), and
words without word pairs (>= 0.5 x2: 0.92, 120/130; >= 0.6 x2: 0.94, 85/90; this script, >= 0.4 x2: 0.91, 135/148).

``--folds K --residual`` scores the fill the views would make instead: each fold's articles are extracted and read by
the rules first, and the model reads only the themes the rules found and gave no position, the cases left to it.
P35, 5 folds over the 45 tuned russia_nk folders (rounds 32 and 33, russia_nk_v46 to v50, excluded): >= 0.5 x2
filled 10, 7 right; >= 0.6 x2 5, 4 right; >= 0.6 x1 61, 32 right; >= 0.8 x1 13, 3 right. Also scored with
5 folds (P35) and not kept: no class weights (the model alone, >= 0.5 x1: 0.89, 59/66; balanced, >= 0.6 x2: 0.95,
63/66). More sentences per article changes nothing: no article has more than 22 pieces, under
:data:`TRAIN_SENTENCES`.
P43 (2026-12-06), 5 folds over the 75 opened russia_nk folders (russia_nk, v2 to v74, wire: 594 articles), 1166
themes the rules found and gave no position: >= 0.5 x1 filled 192, 112 right (0.58); >= 0.6 x1 119, 72 (0.61);
>= 0.7 x1 71, 47 (0.66); >= 0.8 x1 37, 27 (0.73); >= 0.9 x1 12, 6; >= 0.4 x2 52, 34 (0.65); >= 0.5 x2 26, 19 (0.73);
>= 0.6 x2 12, 9 (0.75); >= 0.7 x2 4, 3; none at >= 0.8 x2. A model trained without russia_nk_v66 to v74 filling their
67 articles (138 such themes): >= 0.5 x1 31, 18 right; >= 0.6 x1 25, 16; >= 0.7 x1 14, 10; >= 0.8 x1 7, 6;
>= 0.4 x2 5, 4; >= 0.5 x2 4, 4; >= 0.6 x2 1, 1. No bar is right 9 times in 10 on 30 fills or more, so the fill
stays off; of the wrong fills, most at the higher bars are themes where the analyst expects no position
(>= 0.8 x1: 8 of 10; >= 0.5 x2: 4 of 7).

The same data and code give the same file (scikit-learn's lbfgs solver is deterministic).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
DEVSET = ROOT / "tests" / "data" / "devset"
OUT = ROOT / "analysis" / "lexicons" / "position_model.json"
TRAIN_SENTENCES = 40        # sentences of an article used for training (its opening)


sys.path.insert(0, str(ROOT))
from analysis.views.learned import units as sentences  # noqa: E402  (the pieces the model reads, one definition)


def cells(folder: str):
    """(folder, file, theme, text, accepted labels, evidence) of every expected position of ``folder``."""
    d = ROOT / "seeds" if folder == "seeds" else DEVSET / folder
    path = ROOT / "tests" / "data" / "seeds_positions.yml" if folder == "seeds" else d / "positions.yml"
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    held_out = set()
    if folder in ("russia_nk", "russia_nk_wire"):
        held_out = set(json.loads((d / "gold.json").read_text(encoding="utf-8"))["subsets"]["holdout"])
    for name, themes in expected.items():
        if name in held_out or not (d / name).exists():
            continue
        text = (d / name).read_text(encoding="utf-8")
        for theme, cell in (themes or {}).items():
            yield folder, name, theme, text, (cell or {}).get("accept") or [], (cell or {}).get("evidence", "")


def training_folders(exclude=()) -> list[str]:
    return ["seeds"] + sorted(p.parent.name for p in DEVSET.glob("russia_nk*/positions.yml")
                              if not (p.parent / "SEALED").exists() and p.parent.name not in exclude)


COEF_SCALE = 1000           # weights are stored as integers (weight * 1000): 2.2 MB instead of 15


def required_actors(texts: list[str], share: float = 0.9) -> list[str]:
    """The codebook's actors that at least ``share`` of the training articles name: what the model reads about."""
    from analysis.views import load_codebook
    from analysis.views.actors import actors_named

    actors = load_codebook().actors
    counts: dict[str, int] = {}
    for text in texts:
        for name in actors_named(text, actors):
            counts[name] = counts.get(name, 0) + 1
    return sorted(name for name, n in counts.items() if n >= share * len(texts))


def train(folders: list[str]) -> dict:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    data = [c for f in folders for c in cells(f)]
    themes, vocabulary, idf = {}, None, None
    for theme in sorted({c[2] for c in data}):
        X, y = [], []
        for _, _, _, text, accept, evidence in (c for c in data if c[2] == theme):
            for s in sentences(text)[:TRAIN_SENTENCES]:
                is_evidence = accept and evidence and (s.strip()[:60] in evidence or evidence[:60] in s)
                X.append(s)
                y.append(accept[0] if is_evidence else "none")
        if len(set(y)) < 2:
            continue
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        clf = LogisticRegression(max_iter=2000, C=4, class_weight="balanced").fit(vec.fit_transform(X), y)
        terms = [str(t) for t in vec.get_feature_names_out()]
        # every article has a cell for every theme, so each theme reads the same sentences and vocabulary
        assert vocabulary is None or terms == vocabulary, theme
        vocabulary, idf = terms, [round(float(v), 6) for v in vec.idf_]
        themes[theme] = {"classes": [str(c) for c in clf.classes_],
                         "intercept": [round(float(v), 5) for v in clf.intercept_],
                         "coef": [[int(round(float(v) * COEF_SCALE)) for v in row] for row in clf.coef_],
                         "examples": len(X), "positives": sum(1 for v in y if v != "none")}
    texts = sorted({c[3] for c in data})
    return {"trained_on": folders, "requires_actors": required_actors(texts), "coef_scale": COEF_SCALE,
            "vocabulary": vocabulary, "idf": idf, "themes": themes}


BARS = ((0.5, 1), (0.6, 1), (0.7, 1), (0.8, 1), (0.4, 2), (0.5, 2), (0.6, 2))   # (probability, sentences reaching it)


def _fold_models(folders: list[str], k: int):
    """``(fold, model)`` for each of K folds: the folders other than the seeds dealt round-robin, and a model trained
    on every folder outside the fold; the fold is reported on stderr once it is scored."""
    from analysis.views.learned import _Model

    held = [f for f in folders if f != "seeds"]
    for i in range(k):
        fold = held[i::k]
        yield fold, _Model(train([f for f in folders if f not in fold]))
        print(f"fold {i + 1}/{k}: {', '.join(fold)}", file=sys.stderr)


def _reaches(prob: float, runner: float, bar: float, agreeing: int) -> bool:
    """Whether a reading passes the bar: its probability, and with two sentences asked, the runner-up sentence's too."""
    return prob >= bar and (agreeing < 2 or runner >= bar)


def out_of_fold(folders: list[str], k: int) -> dict[tuple[float, int], list[int]]:
    """(probability, sentences) -> [labels stated, right, expected] over the articles of ``folders`` read by
    models trained without their fold (:data:`BARS`)."""
    from analysis.views import load_codebook
    from analysis.views.actors import actors_named
    from analysis.views.learned import read_labels

    book = load_codebook()
    labels_of = {t: set(book[t].labels) for t in book.theme_names}
    counts = {bar: [0, 0, 0] for bar in BARS}
    for fold, model in _fold_models(folders, k):
        articles: dict[tuple[str, str], dict] = {}
        for folder, name, theme, text, accept, _ in (c for f in fold for c in cells(f)):
            articles.setdefault((folder, name), {"text": text, "cells": {}})["cells"][theme] = set(accept)
        for a in articles.values():
            named = model.requires <= actors_named(a["text"], book.actors)
            read = read_labels(a["text"], list(a["cells"]), labels_of, model=model) if named else {}
            for theme, accept in a["cells"].items():
                label, prob, _, runner = read.get(theme, ("", 0.0, "", 0.0))
                for (bar, agreeing), c in counts.items():
                    stated = bool(label) and _reaches(prob, runner, bar, agreeing)
                    c[0] += stated
                    c[1] += stated and label in accept
                    c[2] += bool(accept)
    return counts


def residual_out_of_fold(folders: list[str], k: int) -> dict[tuple[float, int], list[int]]:
    """(probability, sentences) -> [labels filled, right, wrong] where the rules state no position: the folds of
    :func:`out_of_fold`, but each fold's articles are extracted and read by the views' rules first, and the model
    (trained without the fold) reads only a theme the rules found and gave no position, as
    :func:`analysis.views.learned.fill_learned` does. A fill the analyst does not accept, or one where the analyst
    expects none, is wrong. This is the fill the views would make, on the cases the rules leave, the cases it is for."""
    from analysis import extract, load_corpus
    from analysis.views import article_positions, load_codebook
    from analysis.views.actors import actors_named
    from analysis.views.inputs import table_of
    from analysis.views.learned import _article_texts, read_labels

    book = load_codebook()
    labels_of = {t: set(book[t].labels) for t in book.theme_names}
    counts = {bar: [0, 0, 0] for bar in BARS}
    for fold, model in _fold_models(folders, k):
        for folder in fold:
            expected: dict[str, dict] = {}
            for _, name, theme, _, accept, _ in cells(folder):
                expected.setdefault(Path(name).stem, {})[theme] = set(accept)
            tables = extract(load_corpus(str(DEVSET / folder)))
            open_themes: dict[str, list[str]] = {}
            for r in article_positions(tables, book, learned=False).to_dict("records"):
                aid = str(r["article_id"])
                if not r["position"] and aid in expected and r["theme"] in model.themes:
                    open_themes.setdefault(aid, []).append(r["theme"])
            for aid, (text, _) in _article_texts(table_of(tables, "sentences"), set(open_themes)).items():
                if not model.requires <= actors_named(text, book.actors):
                    continue
                for theme, (label, prob, _, runner) in read_labels(text, open_themes[aid], labels_of, model=model).items():
                    if theme not in expected[aid]:
                        continue
                    for (bar, agreeing), c in counts.items():
                        if _reaches(prob, runner, bar, agreeing):
                            right = label in expected[aid][theme]
                            c[0] += 1
                            c[1] += right
                            c[2] += not right
    return counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exclude", nargs="*", default=[], help="folders left out of training")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--folds", type=int, default=0, help="score out of fold (K folds of folders), write nothing")
    parser.add_argument("--residual", action="store_true",
                        help="with --folds, score the fill only where the views' rules state no position")
    args = parser.parse_args(argv)
    if args.folds and args.residual:
        print(f"{'bar':>16} {'filled':>8} {'right':>14} {'wrong':>8}")
        for (bar, agreeing), (n, ok, bad) in residual_out_of_fold(training_folders(args.exclude), args.folds).items():
            print(f"{f'>= {bar} x{agreeing}':>16} {n:>8} {f'{ok} ({ok / max(n, 1):.2f})':>14} {bad:>8}")
        return 0
    if args.folds:
        print(f"{'bar':>16} {'precision':>18} {'coverage':>18}")
        for (bar, agreeing), (n, ok, expected) in out_of_fold(training_folders(args.exclude), args.folds).items():
            print(f"{f'>= {bar} x{agreeing}':>16} {f'{ok / max(n, 1):.2f} ({ok}/{n})':>18} "
                  f"{f'{ok / max(expected, 1):.2f} ({ok}/{expected})':>18}")
        return 0
    model = train(training_folders(args.exclude))
    args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB): {len(model['themes'])} themes, "
          f"{len(model['trained_on'])} folders")
    return 0


if __name__ == "__main__":
    sys.exit(main())
