"""The learned reading of positions (analysis.views.learned): the model file, its arithmetic, where it fills in
when asked (``learned=True``), and that the default is the rules alone."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from analysis import extract, load_corpus
from analysis.views import article_positions, load_codebook
from analysis.views import learned

from ..conftest import write_corpus

NEUTRAL = ("The two leaders met in Vladivostok on Monday for two days of talks.\n\n"
           "Officials from both sides gave few details of what was discussed there.\n\n")
ALLIANCE = "Russia and North Korea have now formed a full military alliance against their rivals."


def test_the_model_file_knows_only_the_default_codebooks_themes_and_labels():
    model = learned._model()
    book = load_codebook()
    assert model is not None and model.requires == {"RUSSIA", "DPRK"}
    for theme, (classes, weights, intercept) in model.themes.items():
        assert theme in book.theme_names
        assert set(classes) - {"none"} <= set(book[theme].labels), theme
        assert weights.shape == (len(model.index), len(classes) if len(classes) > 2 else 1)


@pytest.mark.parametrize("labels", [["none", "alliance"], ["none", "alliance", "partnership"]])
def test_the_models_probabilities_are_scikit_learns(labels):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = ["Russia and North Korea formed an alliance.", "The talks ended on Tuesday afternoon.",
             "Moscow and Pyongyang are partners in a strategic partnership.", "The weather was cold and wet.",
             "A full military alliance binds the two.", "They signed a partnership on trade."] * 2
    y = [labels[min(i % 3, len(labels) - 1)] if i % 2 == 0 else "none" for i in range(len(texts))]
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)
    clf = LogisticRegression(C=4).fit(vec.fit_transform(texts), y)
    raw = {"vocabulary": list(vec.get_feature_names_out()), "idf": list(vec.idf_), "coef_scale": 1,
           "themes": {"t": {"classes": list(clf.classes_), "coef": clf.coef_.tolist(), "intercept": list(clf.intercept_)}}}
    model = learned._Model(raw)
    pieces = ["North Korea and Russia: an alliance in all but name.", "Nothing here is known at all."]
    classes, probs = model.probabilities("t", model.vectors(pieces))
    assert classes == list(clf.classes_)
    assert np.allclose(probs, clf.predict_proba(vec.transform(pieces)), atol=1e-9)


def _asks_two():
    """The default codebook with alliance no longer among relationship framing's lone_sentence_labels: a lone sentence
    calling the ties an alliance is then one the rules leave open."""
    book = load_codebook()
    return dataclasses.replace(book, themes=tuple(
        dataclasses.replace(t, lone_sentence_labels=tuple(x for x in t.lone_sentence_labels if x != "alliance"))
        for t in book.themes))


def _framing(tmp_path, texts: dict, learned: bool = True):
    tables = extract(load_corpus(write_corpus(tmp_path / "c", texts)), families=())
    positions = article_positions(tables, _asks_two(), learned=learned)
    return tables, positions[positions["theme"] == "relationship framing"].set_index("article_id")


def _reads_word_as_alliance(word: str) -> learned._Model:
    """A model that reads relationship framing's "alliance" (probability 0.998) in a piece holding ``word``, and
    "none" elsewhere (alliance 0.12): a binary model's one column of weights is its second class's, "none"."""
    return learned._Model({"vocabulary": [word], "idf": [1.0], "coef_scale": 1, "requires_actors": ["RUSSIA", "DPRK"],
                           "themes": {"relationship framing": {"classes": ["alliance", "none"], "coef": [[-8.0]],
                                                               "intercept": [2.0]}}})


def test_where_the_rules_see_a_lone_sentence_and_two_sentences_read_one_label_the_model_states_it(tmp_path, monkeypatch):
    # the rules leave the lone alliance sentence open (no clear position); two other sentences read "alliance" to the
    # model: its label is the position, the first of them the evidence
    monkeypatch.setattr(learned, "_model", lambda: _reads_word_as_alliance("talks"))
    text = f"{NEUTRAL}{ALLIANCE}\n\nThe talks ended on Tuesday.\n"
    tables, framing = _framing(tmp_path, {"later.txt": text})
    row = framing.loc["later"]
    assert (row["position"], row["stance"]) == ("alliance", learned.LEARNED)
    assert row["confidence"] >= learned.FILL_THRESHOLD
    assert text[row["evidence_start"]:row["evidence_end"]] == row["evidence_text"]
    assert row["evidence_text"].startswith("The two leaders met in Vladivostok")
    _, rules_only = _framing(tmp_path / "again", {"later.txt": text}, learned=False)
    assert (rules_only.loc["later", "position"], rules_only.loc["later", "stance"]) == ("", "no clear position")


def test_a_label_the_model_reads_in_one_sentence_only_is_not_stated_however_sure(tmp_path, monkeypatch):
    # out of fold, one sentence read at >= 0.6 was right 13 times in 27: a lone reading, at 0.998, states nothing
    monkeypatch.setattr(learned, "_model", lambda: _reads_word_as_alliance("talks"))
    text = f"{NEUTRAL}{ALLIANCE}\n\nThe meeting ended on Tuesday.\n"
    assert learned.read_labels(text, ["relationship framing"])["relationship framing"][1] > 0.99
    _, framing = _framing(tmp_path, {"later.txt": text})
    assert (framing.loc["later", "position"], framing.loc["later", "stance"]) == ("", "no clear position")


def test_read_labels_gives_the_next_surest_pieces_probability_of_the_same_label(monkeypatch):
    monkeypatch.setattr(learned, "_model", lambda: _reads_word_as_alliance("talks"))
    label, prob, piece, runner = learned.read_labels(
        "The talks were long and hard.\nThe weather was cold and wet.\nMore talks follow on Friday.",
        ["relationship framing"])["relationship framing"]
    assert (label, piece) == ("alliance", "The talks were long and hard.")
    assert prob == pytest.approx(runner) and runner > 0.99
    one = learned.read_labels("The talks were long and hard.", ["relationship framing"])["relationship framing"]
    assert one[3] == 0.0


def test_a_repeated_sentence_counts_once_toward_two_sentences_agreeing(monkeypatch):
    # a lede or caption printed twice (or with other spacing and case) is one sentence read, not two that agree
    monkeypatch.setattr(learned, "_model", lambda: _reads_word_as_alliance("talks"))
    text = "The talks were long and hard.\nThe weather was cold and wet.\nThe  talks were long and HARD."
    label, prob, piece, runner = learned.read_labels(text, ["relationship framing"])["relationship framing"]
    assert (label, piece) == ("alliance", "The talks were long and hard.")
    assert prob > 0.99 and runner < 0.5


def test_a_repeated_sentence_fills_no_position_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(learned, "_model", lambda: _reads_word_as_alliance("harbour"))
    text = f"{NEUTRAL}{ALLIANCE}\n\nThe harbour was busy on Tuesday.\n\nThe meeting ended on Tuesday.\n\n" \
           f"The harbour was busy on Tuesday.\n"
    _, framing = _framing(tmp_path, {"later.txt": text})
    assert (framing.loc["later", "position"], framing.loc["later", "stance"]) == ("", "no clear position")


def test_an_article_that_does_not_name_both_countries_gets_no_learned_position(tmp_path):
    # the model was trained on articles about Russia and North Korea: elsewhere it reads nothing
    text = NEUTRAL + "China and Pakistan have now formed a full military alliance against their rivals.\n"
    _, framing = _framing(tmp_path, {"other.txt": text})
    assert "other" not in framing.index or framing.loc["other", "stance"] != learned.LEARNED


def test_without_a_model_file_the_rules_alone_decide(tmp_path, monkeypatch):
    monkeypatch.setattr(learned, "_model", lambda: None)
    _, framing = _framing(tmp_path, {"later.txt": f"{NEUTRAL}{ALLIANCE}\n\nThe talks ended on Tuesday.\n"})
    assert framing.loc["later", "stance"] == "no clear position"


def test_by_default_the_rules_alone_decide(tmp_path):
    text = f"{NEUTRAL}{ALLIANCE}\n\nThe talks ended on Tuesday.\n"
    tables = extract(load_corpus(write_corpus(tmp_path / "c", {"later.txt": text})), families=())
    positions = article_positions(tables)
    assert learned.LEARNED not in set(positions["stance"])


def test_read_labels_reads_with_the_model_it_is_given_rather_than_the_files(monkeypatch):
    # the training script scores a model trained with folders left out on them: it passes that model
    monkeypatch.setattr(learned, "_model", lambda: None)
    text = "The talks were long and hard.\nMore talks follow on Friday."
    assert learned.read_labels(text, ["relationship framing"]) == {}
    read = learned.read_labels(text, ["relationship framing"], model=_reads_word_as_alliance("talks"))
    assert read["relationship framing"][0] == "alliance"


def test_the_residual_folds_score_only_the_fill_where_the_rules_state_nothing_and_a_fill_against_none_is_wrong(
        tmp_path, monkeypatch):
    # train_position_model.py --folds K --residual: each fold's articles are read by the rules first, and the model
    # trained without the fold fills only themes the rules left open; a fill where the analyst expects no position
    # is wrong, like one with another label
    import importlib.util
    from pathlib import Path

    import analysis.views

    script = Path(__file__).resolve().parents[1] / "data" / "devset" / "train_position_model.py"
    spec = importlib.util.spec_from_file_location("train_position_model", script)
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    texts = {"hoped.txt": f"{NEUTRAL}{ALLIANCE}\n\nThe talks ended on Tuesday.\n",
             "unsaid.txt": f"{NEUTRAL}{ALLIANCE}\n\nThe talks ended on Wednesday.\n",
             "elsewhere.txt": "The talks on the budget ended in Paris on Tuesday.\n\nMore talks follow in May.\n"}
    write_corpus(tmp_path / "fx", texts)
    expected = {"hoped.txt": ["alliance"], "unsaid.txt": [], "elsewhere.txt": ["alliance"]}
    model = _reads_word_as_alliance("talks")
    raw = {"vocabulary": list(model.index), "idf": model.idf.tolist(), "coef_scale": 1,
           "requires_actors": sorted(model.requires),
           "themes": {"relationship framing": {"classes": ["alliance", "none"], "coef": [[-8.0]], "intercept": [2.0]}}}
    monkeypatch.setattr(trainer, "DEVSET", tmp_path)
    monkeypatch.setattr(trainer, "train", lambda folders: raw)
    monkeypatch.setattr(trainer, "cells", lambda folder: [
        (folder, name, "relationship framing", texts[name], accept, "") for name, accept in expected.items()])
    monkeypatch.setattr(analysis.views, "load_codebook", _asks_two)     # the lone alliance sentence left open
    counts = trainer.residual_out_of_fold(["seeds", "fx"], 1)
    # hoped: right; unsaid: wrong (no position expected); elsewhere: names neither country, the rules find no theme
    assert counts[(0.5, 2)] == [2, 1, 1]


def test_the_learned_fill_states_no_reading_the_rules_held_back(tmp_path):
    # a weak reading (abstain) is shown to check; the model may not state it instead (review of stop 38)
    from analysis.views.learned import WITHHELD
    text = ("Russia and North Korea are likely forming an alliance.\n\nTheir alliance could bind both to mutual "
            "defence.\n\nThe alliance may include the dispatch of troops, analysts say.\n")
    tables = extract(load_corpus(write_corpus(tmp_path / "c", {"a.txt": text})), families=())
    framing = article_positions(tables, learned=True).set_index("theme").loc["relationship framing"]
    assert framing["position"] == "" and framing["competing"].startswith(WITHHELD)
