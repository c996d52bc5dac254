"""Issue 12 items 3, 5 and 6: codebook fit, discovered themes, the draft and the check;
disagreements that agree with the positions; views over time in words."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from analysis import extract, load_corpus
from analysis.views import (
    CHECK_COLUMNS, DISCOVERED_COLUMNS, FIT_COLUMNS, article_positions, check_codebook, codebook_fits, collect_views,
    describe_shift, disagree_most, disagreement_summary, disagreements, discover_themes, distinctive_terms, draft_codebook,
    load_codebook,
    theme_fit,
)

from ..conftest import DATA, write_corpus

OFF_TOPIC = DATA / "devset" / "other_topics"


@pytest.fixture(scope="module")
def off_topic_tables(tmp_path_factory):
    """The off-topic development articles (Red Sea shipping, an EU law, the Fed), articles only."""
    folder = tmp_path_factory.mktemp("off_topic")
    for path in sorted(OFF_TOPIC.glob("*.txt")) + [OFF_TOPIC / "articles.csv"]:
        shutil.copy(path, folder / path.name)
    return extract(load_corpus(folder))


def test_the_default_codebook_does_not_fit_an_off_topic_corpus(off_topic_tables):
    fit = theme_fit(off_topic_tables)
    assert list(fit.columns) == FIT_COLUMNS
    verdict = codebook_fits(fit)
    assert not verdict.fits
    assert "match fewer than" in verdict.reason or "no article takes a position" in verdict.reason


def test_the_default_codebook_states_no_position_off_topic(off_topic_tables):
    positions = article_positions(off_topic_tables)
    assert (positions["position"].fillna("") == "").all()


def test_the_topic_codebook_fits_the_off_topic_corpus(off_topic_tables):
    verdict = codebook_fits(theme_fit(off_topic_tables, load_codebook(OFF_TOPIC / "codebook.yml")))
    assert verdict.fits, verdict.reason


def test_the_default_codebook_fits_the_seeds(seed_tables):
    views = collect_views(seed_tables)
    verdict = codebook_fits(views["themes"])
    assert verdict.fits, verdict.reason
    assert set(FIT_COLUMNS) <= set(views["themes"].columns)


def test_discovered_themes_are_deterministic_and_point_into_the_text(off_topic_tables):
    first = discover_themes(off_topic_tables)
    again = discover_themes(off_topic_tables)
    for name in ("themes", "articles", "terms"):
        pd.testing.assert_frame_equal(first[name], again[name], obj=name)
    themes = first["themes"]
    assert list(themes.columns) == DISCOVERED_COLUMNS
    assert len(themes) >= 2 and (themes["top_terms"] != "").all()
    assert themes["theme_id"].tolist() == list(range(len(themes)))
    texts = {a: t for a, t in zip(off_topic_tables.sentences["article_id"], off_topic_tables.sentences["text"])}
    sentences = off_topic_tables.sentences.set_index(["article_id", "sentence_id"])["text"]
    for r in first["articles"].itertuples():
        assert sentences[(r.article_id, r.sentence_id)] == r.sentence
    assert texts


def test_discovered_themes_read_distinctive_terms_computed_already(off_topic_tables):
    """The build's distinctive terms (10 per article) give the 8 per article discover_themes would compute."""
    computed = discover_themes(off_topic_tables)
    given = discover_themes(off_topic_tables, terms=distinctive_terms(off_topic_tables, n=10))
    for name in ("themes", "articles", "terms"):
        pd.testing.assert_frame_equal(given[name], computed[name], obj=name)
    assert computed["terms"].groupby("article_id").size().max() == 8


def test_the_tfidf_of_the_passages_is_counted_once_and_is_the_vectorizers_to_the_last_bit(off_topic_tables):
    from sklearn.feature_extraction.text import TfidfVectorizer

    from analysis.views.discover import _TOKEN, MAX_FEATURES, _sentences, _stopwords, _Tfidf

    texts = _sentences(off_topic_tables)["text"].tolist()
    reference = TfidfVectorizer(max_features=MAX_FEATURES, stop_words=_stopwords(), min_df=2, max_df=0.5,
                                ngram_range=(1, 2), token_pattern=_TOKEN, sublinear_tf=True).fit(texts)
    ours = _Tfidf()
    for a, b in ((ours.fit_transform(texts), reference.transform(texts)),
                 (ours.transform(texts[:7]), reference.transform(texts[:7]))):
        assert a.dtype == b.dtype and a.shape == b.shape
        assert (a.indptr == b.indptr).all() and (a.indices == b.indices).all() and (a.data == b.data).all()
    assert list(ours.get_feature_names_out()) == list(reference.get_feature_names_out())


def test_discovered_themes_keep_stories_apart_when_they_share_words_and_a_repeated_quote(tmp_path):
    """other_topics_v30: the Haneda runway collision, the Valencia floods and Cyclone Chido in Mayotte.
    The two disasters share words ("people", "water", "residents") and three Mayotte reports repeat
    one Macron quote; fitted on lone sentences, the floods joined the cyclone and the quote made a
    theme of its own.  Fitted on passages, each story is one theme and no theme mixes stories."""
    source = DATA / "devset" / "other_topics_v30"
    folder = tmp_path / "ot30"
    folder.mkdir()
    for path in sorted(source.glob("*.txt")) + [source / "articles.csv"]:
        shutil.copy(path, folder / path.name)
    found = discover_themes(extract(load_corpus(folder)))
    story = {"6501": "haneda", "6502": "haneda", "6503": "valencia", "6505": "valencia",
             "6506": "mayotte", "6507": "mayotte", "6508": "mayotte"}
    stories_per_theme = [{story[a[:4]] for a in row.split(", ")} for row in found["themes"]["articles"] if row]
    assert all(len(stories) == 1 for stories in stories_per_theme), stories_per_theme
    assert set().union(*stories_per_theme) == {"haneda", "valencia", "mayotte"}


def test_discovered_themes_of_a_tiny_corpus_are_empty(tmp_path):
    tables = extract(load_corpus(write_corpus(tmp_path / "t", {"a.txt": "One short line here.\n"})), families=())
    assert discover_themes(tables)["themes"].empty
    load_codebook(_write(tmp_path / "draft.yml", draft_codebook(tables)))


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_the_draft_codebook_loads_and_has_empty_positions(off_topic_tables, tmp_path):
    text = draft_codebook(off_topic_tables, name="Red Sea draft")
    book = load_codebook(_write(tmp_path / "draft.yml", text))
    assert book.name == "Red Sea draft"
    assert len(book.themes) == len(discover_themes(off_topic_tables)["themes"])
    assert all(theme.positions == () for theme in book.themes)
    assert codebook_fits(theme_fit(off_topic_tables, book)).fits is False   # no positions yet: nothing to state


CHECKED = r"""
name: check fixture
themes:
  relations:
    description: Relations and deterrence.
    patterns: ['relations', 'deter\w*', 'ties', 'treaty', 'unicorns']
    positions:
      deterrence: ['deter\w*', 'missile shield', 'nuclear umbrella', 'dragons']
"""


def test_check_names_patterns_that_match_nothing_or_far_more(tmp_path):
    lines = [f"Relations are deteriorating again, the {n}th report says." for n in range(8)]
    lines += ["The ties hold.", "The ties hold again.", "The treaty stands.", "The treaty stands again.",
              "The treaty built a missile shield.", "The ties offer a nuclear umbrella.", "Relations and ties matter."]
    tables = extract(load_corpus(write_corpus(tmp_path / "c", {"a.txt": "\n\n".join(lines) + "\n"})), families=())
    check = check_codebook(load_codebook(_write(tmp_path / "book.yml", CHECKED)), tables)
    assert list(check.columns) == CHECK_COLUMNS
    problems = {(r.label, r.pattern): r.problem for r in check.itertuples()}
    assert problems[("", "unicorns")] == "matches nothing"
    assert problems[("deterrence", "dragons")] == "matches nothing"
    assert problems[("deterrence", "deter\\w*")].startswith("matches far more than the rest")
    broad = check[(check["label"] == "deterrence") & (check["pattern"] == "deter\\w*")].iloc[0]
    assert "deteriorating" in broad["matched_words"]
    assert problems[("deterrence", "missile shield")] == ""


def test_disagreements_agree_with_the_positions(seed_tables):
    positions = article_positions(seed_tables)
    table = disagreements(positions)
    summary = disagreement_summary(positions).set_index("theme")
    held = positions[positions["position"] != ""]
    for theme, group in held.groupby("theme"):
        labels = group["position"].value_counts()
        n = len(group)
        differing = n * (n - 1) // 2 - sum(c * (c - 1) // 2 for c in labels)
        assert summary.loc[theme, "differing_article_pairs"] == differing
        assert table.loc[table["theme"] == theme, "article_pairs"].sum() == differing
        assert (table["theme"] == theme).sum() == summary.loc[theme, "differing_label_pairs"]
    most = disagree_most(positions)
    assert most and all(summary.loc[t, "differing_article_pairs"] > 0 for t in most)
    assert summary.loc[most[0], "differing_article_pairs"] == summary["differing_article_pairs"].max()


def test_abstentions_never_count_as_disagreement():
    positions = pd.DataFrame([
        {"theme": "t", "article_id": "a", "position": "x", "stance": "own", "holder": "", "score": 1.0,
         "evidence_text": "A.", "evidence_start": 0, "evidence_end": 2},
        {"theme": "t", "article_id": "b", "position": "", "stance": "no clear position", "holder": "", "score": 1.0,
         "evidence_text": "", "evidence_start": -1, "evidence_end": -1},
        {"theme": "t", "article_id": "c", "position": "x", "stance": "own", "holder": "", "score": 1.0,
         "evidence_text": "C.", "evidence_start": 0, "evidence_end": 2},
    ])
    assert disagreements(positions).empty
    assert disagree_most(positions) == []


def _shift_positions():
    return pd.DataFrame([
        {"theme": "t", "article_id": "old", "position": "x", "stance": "own", "holder": "", "evidence_text": "Old words."},
        {"theme": "t", "article_id": "mid", "position": "y", "stance": "reported", "holder": "Analysts",
         "evidence_text": "Middle words."},
        {"theme": "t", "article_id": "new", "position": "z", "stance": "own", "holder": "", "evidence_text": "New words."},
        {"theme": "u", "article_id": "new", "position": "w", "stance": "own", "holder": "", "evidence_text": "Only."},
    ])


def _shift_articles(authors, outlets=("", "", "")):
    return pd.DataFrame({"article_id": ["old", "mid", "new"], "published": ["2020-05", "2022", "2024-11-02"],
                         "published_basis": ["inferred", "stated", "stated"], "author": list(authors),
                         "outlet": list(outlets)})


def test_views_over_time_in_words_flag_inferred_dates():
    story = describe_shift(_shift_positions(), _shift_articles(["Ann Lee", "Bo Kim", "Cy Park"])).set_index("theme")
    sentence = story.loc["t", "sentence"]
    assert "old (2020-05)" in sentence and "new (2024-11-02)" in sentence
    assert "“Old words.”" in sentence and "“New words.”" in sentence
    assert "In order of publication (3 dated articles): “x” in old (2020-05), then “y” in mid (2022), then “z” in new" in sentence
    assert "The order rests on an inferred date (old)" in sentence and story.loc["t", "inferred_dates"]
    assert story.loc["u", "sentence"].startswith("On u, only one dated article")
    assert not story.loc["u", "inferred_dates"]
    assert ".”." not in sentence


def test_a_change_between_different_authors_is_no_change_of_view():
    story = describe_shift(_shift_positions(), _shift_articles(["Ann Lee", "Bo Kim", "Cy Park"])).set_index("theme")
    sentence, summary = story.loc["t", "sentence"], story.loc["t", "summary"]
    assert "moves" not in sentence and "moves" not in summary
    assert "difference between earlier and later articles, not a change of view" in sentence
    assert "no change of view" in summary and not story.loc["t", "same_source"]


def test_unknown_sources_are_not_told_as_one_moving():
    story = describe_shift(_shift_positions(), _shift_articles(["", "", ""])).set_index("theme")
    assert "moves" not in story.loc["t", "sentence"] and "not both known" in story.loc["t", "sentence"]


def test_the_same_author_moves_and_a_source_changing_in_between_is_named():
    story = describe_shift(_shift_positions(), _shift_articles(["Ann Lee", "Bo Kim", "ann lee"])).set_index("theme")
    sentence, summary = story.loc["t", "sentence"], story.loc["t", "summary"]
    assert "Both are by the same author, Ann Lee, whose position moves from “x” to “z”" in sentence
    assert summary == "On t, the position of Ann Lee moves from “x” to “z” between old and new."
    assert story.loc["t", "same_source"]
    # earliest and latest by different authors, but one outlet's own articles change: that outlet is named
    story = describe_shift(_shift_positions(), _shift_articles(["", "", ""], ["Post", "Times", "Post"]))
    assert "Both are by the same outlet, Post" in story.set_index("theme").loc["t", "sentence"]
    articles = _shift_articles(["Ann Lee", "Bo Kim", "Cy Park"])
    positions = pd.concat([_shift_positions(), pd.DataFrame([
        {"theme": "t", "article_id": "late", "position": "z", "stance": "own", "holder": "", "evidence_text": "Late."}])])
    articles = pd.concat([articles, pd.DataFrame([{"article_id": "late", "published": "2025", "published_basis": "stated",
                                                   "author": "Bo Kim", "outlet": ""}])])
    sentence = describe_shift(positions, articles).set_index("theme").loc["t", "sentence"]
    assert "Within one author, Bo Kim: “y” in mid (2022), then “z” in late (2025)." in sentence
    assert "not a change of view" in sentence


def test_contractions_give_no_fragment_terms_but_possessives_keep_the_name(tmp_path):
    topics = ["The senator’s budget plan won’t pass, and voters don't trust the senator's promises.",
              "Farmers say the drought hasn't ended; they'll need water and the farmers' wells are dry.",
              "The senator’s office didn't answer; we'll see whether the budget plan can pass at all.",
              "Water for farmers is scarce and the drought won't end soon, farmers don't expect rain."]
    files = {f"a{i}.txt": f"Article {i}\n\n" + " ".join(topics[j % 4] for j in range(i, i + 8)) + "\n"
             for i in range(6)}
    found = discover_themes(extract(load_corpus(write_corpus(tmp_path / "c", files))), n_themes=2)
    terms = {t for row in found["themes"]["top_terms"] for t in row.split(", ")}
    assert terms, "no theme found"
    fragments = {"don", "won", "didn", "hasn", "ll", "t", "s"}
    assert not {w for t in terms for w in t.split()} & fragments, terms
    assert any("senator" in t for t in terms), terms


@pytest.mark.parametrize("term, matches, misses", [
    ("houthis", ["Houthi", "Houthis"], ["Houthisses"]),
    ("attack", ["attack", "attacks"], ["attacker"]),
    ("red sea", ["Red Sea", "red  seas"], ["reds"]),
    ("news", ["news"], ["new"]),
])
def test_drafted_patterns_match_singular_and_plural_forms(term, matches, misses):
    import re
    from analysis.views.discover import _term_pattern
    pattern = re.compile(rf"\b(?:{_term_pattern(term)})\b", re.I)
    assert all(pattern.fullmatch(m) for m in matches), (term, pattern.pattern)
    assert not any(pattern.fullmatch(m) for m in misses), (term, pattern.pattern)


def test_view_shift_shows_no_clear_position_but_never_as_a_change():
    from analysis.views import view_shift

    positions = pd.DataFrame([
        {"theme": "t", "article_id": "a", "position": "x", "stance": "own", "holder": "", "certainty": "asserted"},
        {"theme": "t", "article_id": "b", "position": "", "stance": "no clear position", "holder": "", "certainty": ""},
        {"theme": "t", "article_id": "c", "position": "x", "stance": "own", "holder": "", "certainty": "asserted"},
    ])
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "published": ["2020", "2021", "2022"]})
    shift = view_shift(positions, articles)
    assert shift["article_id"].tolist() == ["a", "b", "c"]
    assert shift["changed"].tolist() == [False, False, False]


def test_top_terms_name_a_phrase_once_not_its_words_again():
    from analysis.views.discover import _distinct_terms
    ranked = ["doctors", "junior", "junior doctors", "nhs", "strike", "bma", "care"]
    assert _distinct_terms(iter(ranked), 3) == ["junior doctors", "nhs", "strike"]
    assert _distinct_terms(iter(["great barrier", "great", "reef", "barrier"]), 5) == ["great barrier", "reef"]
