"""Corpus loading: metadata inferred from the text, manifest overrides and their basis."""
from __future__ import annotations

import pytest

from analysis.corpus import decode_article, infer_metadata, load_corpus, parse_iso

from .conftest import write_corpus


def test_seed_metadata_combines_text_and_manifest(seed_corpus):
    a = {x.article_id: x for x in seed_corpus}
    assert len(a) == 5
    assert a["000_3ce6db4db52fcdf0"].published == "2022-09-30"
    assert a["000_3ce6db4db52fcdf0"].published_basis == "stated"
    assert a["000_3ce6db4db52fcdf0"].author == "Sandip Kumar Mishra"
    for aid in ("001_b57df1a307cdeb68", "002_b39de6000e6ddc92", "003_9c8fa77861a75e7c", "004_cc030a83b0f4ba11"):
        assert a[aid].published_basis == "inferred" and a[aid].notes, aid
    assert a["001_b57df1a307cdeb68"].published == "2020-05"


@pytest.mark.parametrize("article_id, field, expected", [
    ("000_3ce6db4db52fcdf0", "title", "Global Upheaval as Opportunity: North Korea Rebuilding Ties with Russia and China"),
    ("000_3ce6db4db52fcdf0", "published", "2022-09-30"),
    ("000_3ce6db4db52fcdf0", "author", "Sandip Kumar Mishra"),
    ("001_b57df1a307cdeb68", "title", "N. Korea Seeks to Promote Friendship with Russia"),
    ("002_b39de6000e6ddc92", "title", "Strategic Partnership Of Russia And North Korea: New Alliance Of North-East Asia"),
    ("002_b39de6000e6ddc92", "author", "Aishwarya Sanjukta Roy Proma"),
    ("003_9c8fa77861a75e7c", "title", ""),
    ("004_cc030a83b0f4ba11", "published", ""),
])
def test_metadata_inferred_from_the_text_alone(seed_corpus, article_id, field, expected):
    assert infer_metadata(seed_corpus[article_id].text)[field] == expected


def test_view_counter_beside_the_dateline_is_not_a_date():
    meta = infer_metadata("Column\n\nA Headline About Things Here\n\n30 Sep, 2022    ·   5832\n\nBody.")
    assert meta["published"] == "2022-09-30"


def test_byline_gives_the_author():
    assert infer_metadata("A Title For The Piece Here\n\nBy Jane Q. Example\n\nBody text.")["author"] == "Jane Q. Example"


def test_manifest_overrides_and_records_its_basis(tmp_path):
    folder = write_corpus(tmp_path, {
        "a.txt": "A Title From The Text Itself\n\n3 May, 2021\n\nBody.",
        "b.txt": "Body only, no header at all in this article text.",
        "articles.csv": "file,title,published,published_basis\na.txt,Manifest Title,2021-05-03,\nb.txt,,2020,inferred\n",
    })
    corpus = load_corpus(folder)
    assert corpus["a"].title == "Manifest Title" and corpus["a"].published_basis == "stated"
    assert corpus["b"].published == "2020" and corpus["b"].published_basis == "inferred"


def test_manifest_date_that_differs_from_the_text_is_marked_manifest(tmp_path):
    folder = write_corpus(tmp_path, {"a.txt": "A Title From The Text\n\n3 May, 2021\n\nBody.",
                                     "articles.csv": "file,published\na.txt,2021-06-01\n"})
    assert load_corpus(folder)["a"].published_basis == "manifest"


@pytest.mark.parametrize("value, expected", [("2022-09-30", "2022-09-30"), ("2022-09", "2022-09"), ("2022", "2022"),
                                             ("2022-02-30", None), ("2022-13", None), ("30/09/2022", None), ("", None)])
def test_parse_iso(value, expected):
    assert parse_iso(value) == expected


def test_decode_refuses_utf16_without_sense():
    with pytest.raises(ValueError, match="broken UTF-16"):
        decode_article(b"\xff\xfe\x00\xd8")
