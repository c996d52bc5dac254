"""A learned reading of positions, where the codebook's rules state none.

The codebook's patterns and rules (:mod:`.stance`, :mod:`.positions`) state a position only on
strong, agreeing evidence, so most articles get none on most themes. For the default codebook a
statistical model reads the article's sentences too: per theme, a logistic regression over word
and word-pair TF-IDF, trained on the development set's expected positions (each evidence
sentence an example of its label, every other sentence an example of no position;
``tests/data/devset/train_position_model.py`` writes ``lexicons/position_model.json``).

With ``article_positions(..., learned=True)``, where the rules found a theme in an article but give it
no position (none, or no clear position), the article names the actors the model was trained on, and
the model reads one of the theme's labels in :data:`FILL_AGREEING` sentences with probability at
least :data:`FILL_THRESHOLD` each, that label is the article's position, with ``stance`` "learned", the
probability as ``confidence`` and the sentence as evidence. A codebook whose themes or labels the
model does not know is read by its rules alone.

It is off by default. Pre-registered before round 13 was scored blind, the filling took that round's
positions from precision 0.90 (9/10) and coverage 0.21 to 0.92 (12/13) and 0.29; on round 14, also
blind, from 0.89 (8/9) and 0.36 to 0.77 (10/13) and 0.45: its own readings were right 5 times in 7,
under the rules' precision, and a wrong label is worse than none.

Calibrated on text the model was not fitted to (P30): models trained with whole folders left out (four
folds over the tuned russia_nk folders, and one leaving out russia_nk_v31 to v37) read each left-out
article where the rules stated nothing. One sentence read at probability >= 0.6 was right 13 times in
27 (0.48; >= 0.7: 5 in 12), however high the bar: the single sentence the model reads most surely is
often one about the theme that states no label. Two sentences of the article reading the same label at
>= 0.5 each were right 5 times in 6. So a label needs :data:`FILL_AGREEING` sentences at
:data:`FILL_THRESHOLD` or more.

Measured again on the cases it is for (P35, ``train_position_model.py --folds 5 --residual``: five folds over
the 45 tuned russia_nk folders, each fold's articles read first by the rules, the model trained without the fold
reading only themes the rules found and gave no position): two sentences at >= 0.5 filled 10 and were right 7 times
(0.70); on rounds 32 and 33 (russia_nk_v46 to v50, a model trained without them) 2 fills, 1 right. Nothing tried
reached 8 in 10 on both: one sentence at >= 0.6 (right 32 in 61), filling a theme the rules did not find (>= 0.6:
5 in 17), vetoing a rule's label whose evidence sentence the model reads as no position (>= 0.9: 0 in 44; the rules'
labels on their tuned folders are right 97 times in 100), vetoing where the model reads another label (>= 0.5:
4 in 78), and choosing between the rules' competing labels where they give no clear position (the model's label
among them: >= 0.3 x2, 6 in 7 but none on rounds 32 and 33). So it stays off.

Measured again with more data (P43, 2026-12-06): five folds over the 75 opened russia_nk folders (594 articles),
the fill where the rules state nothing was right at best about 3 times in 4: two sentences at >= 0.5 filled 26,
19 right (0.73); at >= 0.6, 12, 9 right; one sentence at >= 0.8, 37, 27 right (0.73), at >= 0.9 12, 6 right. On
russia_nk_v66 to v74 (a model trained without them) two sentences at >= 0.5 filled 4, all right, and one sentence
at >= 0.8 7, 6 right: too few fills to trust. No bar reached 9 in 10 on 30 fills or more, so it still stays off.

Linear in the sentences; the model file is read once per process.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from typing import Optional

import numpy as np
import pandas as pd

from .. import config
from .actors import actors_named
from .inputs import table_of

MODEL_FILE = "position_model.json"
FILL_THRESHOLD = 0.5
FILL_AGREEING = 2             # sentences that must read the label at FILL_THRESHOLD or more (one alone: 0.48 right unseen)
LEARNED = "learned"          # the stance of a position the model read
# ``competing`` of a reading the rules held back (weak, or a label the codebook withholds): shown to check, never stated
WITHHELD = "reading withheld: "

_UNIT = re.compile(r"(?<=[.!?])\s+|\n+")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")      # scikit-learn's default token pattern


def units(text: str) -> list[str]:
    """The pieces the model reads: lines and sentences of more than 20 characters."""
    return [s for s in _UNIT.split(text) if len(s) > 20]


class _Model:
    """The model file: one vocabulary with its IDF weights, and per theme a weight per class and term."""

    def __init__(self, raw: dict):
        self.index = {term: i for i, term in enumerate(raw["vocabulary"])}
        self.idf = np.asarray(raw["idf"], dtype=float)
        scale = float(raw.get("coef_scale", 1))      # weights are stored as integers: weight * coef_scale
        self.themes = {theme: (list(spec["classes"]), np.asarray(spec["coef"], dtype=float).T / scale,
                               np.asarray(spec["intercept"], dtype=float))
                       for theme, spec in raw["themes"].items()}
        self.requires = frozenset(raw.get("requires_actors", ()))

    def vectors(self, pieces: list[str]):
        """The pieces' TF-IDF rows as scikit-learn's TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True) has them."""
        from scipy.sparse import csr_matrix

        data, cols, ptr = [], [], [0]
        for piece in pieces:
            words = _TOKEN.findall(piece.lower())
            grams = Counter(words + [f"{a} {b}" for a, b in zip(words, words[1:])])
            row = sorted((self.index[g], (1.0 + math.log(n)) * self.idf[self.index[g]])
                         for g, n in grams.items() if g in self.index)
            norm = math.sqrt(sum(v * v for _, v in row)) or 1.0
            cols.extend(k for k, _ in row)
            data.extend(v / norm for _, v in row)
            ptr.append(len(cols))
        return csr_matrix((data, cols, ptr), shape=(len(pieces), len(self.index)))

    def probabilities(self, theme: str, vectors) -> tuple[list[str], np.ndarray]:
        """(classes, a row of class probabilities per piece) for ``theme``."""
        classes, weights, intercept = self.themes[theme]
        logits = np.asarray(vectors @ weights) + intercept
        if len(classes) == 2:           # a binary model has one column of weights, for its second class
            p = 1.0 / (1.0 + np.exp(-logits[:, 0]))
            return classes, np.column_stack([1.0 - p, p])
        e = np.exp(logits - logits.max(axis=1, keepdims=True))
        return classes, e / e.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def _model() -> Optional[_Model]:
    path = config.LEXICON_DIR / MODEL_FILE
    return _Model(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else None


def read_labels(text: str, themes, labels_of=None, model: Optional[_Model] = None) -> dict[str, tuple[str, float, str, float]]:
    """Theme -> (label, probability, piece, next probability): the label the model reads most surely in ``text``,
    per theme of ``themes`` it knows, and the probability of the same label in the piece that reads it next most
    surely (0.0 for a text of one piece). ``labels_of`` (theme -> labels) limits the answer to the codebook's labels;
    the first piece holding the highest probability wins. ``model``: another model than the file's (one trained with
    folders left out, to score it on them)."""
    model = _model() if model is None else model
    themes = [t for t in themes if model is not None and t in model.themes]
    seen: set[str] = set()
    pieces = []
    for piece in units(text):   # a repeated lede or caption is one sentence read, not two agreeing
        key = " ".join(piece.split()).casefold()
        if key not in seen:
            seen.add(key)
            pieces.append(piece)
    if not themes or not pieces:
        return {}
    vectors = model.vectors(pieces)
    out = {}
    for theme in themes:
        classes, probs = model.probabilities(theme, vectors)
        allowed = labels_of.get(theme) if labels_of is not None else None
        best = None
        for j, label in enumerate(classes):
            if label == "none" or (allowed is not None and label not in allowed):
                continue
            i = int(np.argmax(probs[:, j]))
            if best is None or probs[i, j] > best[1]:
                runner = float(np.max(np.delete(probs[:, j], i))) if len(pieces) > 1 else 0.0
                best = (label, float(probs[i, j]), pieces[i], runner)
        if best is not None:
            out[theme] = best
    return out


def _article_texts(sentences: pd.DataFrame, wanted: set) -> dict[str, tuple[str, list[tuple[int, int, str, int]]]]:
    """Article id (of ``wanted``) -> (its sentences joined by line breaks, [(start, end, text, sentence_id)])."""
    out: dict[str, tuple[str, list]] = {}
    if sentences is None or sentences.empty:
        return out
    sentences = sentences[sentences["article_id"].astype(str).isin(wanted)]
    ordered = sentences.sort_values(["article_id", "start"], kind="stable")
    for aid, group in ordered.groupby("article_id", sort=True):
        spans = [(int(s), int(e), str(t), int(i)) for s, e, t, i in
                 zip(group["start"], group["end"], group["text"].fillna(""), group["sentence_id"])]
        out[str(aid)] = ("\n".join(t for _, _, t, _ in spans), spans)
    return out


def _locate(unit: str, spans: list[tuple[int, int, str, int]]) -> tuple[int, int, int]:
    """(start, end, sentence_id) of ``unit`` in the article (a unit lies inside one sentence)."""
    for start, _, text, sid in spans:
        at = text.find(unit)
        if at >= 0:
            return start + at, start + at + len(unit), sid
    return -1, -1, -1


def fill_learned(records: list[dict], tables, book) -> list[dict]:
    """``records`` (one per theme and article, as :func:`~.positions.article_positions` builds them) with the
    model's label where the rules stated none. Only where the rules found the theme in the article (a record
    exists) and the article names every actor the model requires (``requires_actors`` of the model file: the
    actors its training articles are about; a US election story that mentions the West is not read)."""
    model = _model()
    if model is None or not model.requires <= set(book.actors or {}):
        return records
    open_themes: dict[str, list[str]] = {}
    for r in records:
        if not r["position"] and r["theme"] in model.themes and not str(r.get("competing") or "").startswith(WITHHELD):
            # (a reading the rules held back, weak or withheld, is shown to check: the model states it no more)
            open_themes.setdefault(str(r["article_id"]), []).append(r["theme"])
    if not open_themes:
        return records
    by_key = {(r["theme"], str(r["article_id"])): r for r in records}
    labels_of = {t: set(book[t].labels) for t in book.theme_names}
    for aid, (text, spans) in _article_texts(table_of(tables, "sentences"), set(open_themes)).items():
        if not model.requires <= actors_named(text, book.actors):
            continue        # not an article about what the model was trained on
        for theme, (label, prob, piece, runner) in read_labels(text, open_themes[aid], labels_of).items():
            if label in book[theme].withhold:
                continue        # a withheld label is stated by no reading, the model's no more than the rules'
            if min(prob, runner if FILL_AGREEING > 1 else prob) < FILL_THRESHOLD:
                continue        # one sentence alone, however sure, is too often a sentence on the theme stating nothing
            start, end, sid = _locate(piece, spans)
            by_key[(theme, aid)].update(
                position=label, stance=LEARNED, holder="", certainty="", confidence=round(prob, 2),
                evidence_text=piece, evidence_start=start, evidence_end=end, evidence_kind="sentence",
                evidence_sentence_id=sid)
    return records


__all__ = ["FILL_AGREEING", "FILL_THRESHOLD", "LEARNED", "WITHHELD", "fill_learned", "read_labels", "units"]
