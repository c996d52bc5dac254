"""Header-line metadata and article labels, from the named cases in tests/data/formats/metadata_cases.json."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.formats.metadata import article_labels, find_date, infer_metadata, person_name

CASES = json.loads((Path(__file__).parents[1] / "data" / "formats" / "metadata_cases.json").read_text(encoding="utf-8"))


def _params(cases):
    return [pytest.param(c, id=c["name"], marks=[pytest.mark.xfail(strict=True, reason=c["xfail"])] if c.get("xfail") else [])
            for c in cases]


@pytest.mark.parametrize("case", _params(CASES["headers"]))
def test_header_lines_give_title_author_date_outlet_place(case):
    got = infer_metadata(case["text"])
    assert {key: got.get(key, "") for key in case["expected"]} == case["expected"]


@pytest.mark.parametrize("case", _params(CASES["labels"]))
def test_article_labels_read_right_and_are_unique(case):
    labels = article_labels(pd.DataFrame(case["articles"]))
    assert labels == case["expected"]
    assert len(set(labels.values())) == len(labels)


@pytest.mark.parametrize("case", CASES["labels"], ids=[c["name"] for c in CASES["labels"]])
def test_no_label_is_none_a_stray_word_or_an_article_number(case):
    for label in article_labels(pd.DataFrame(case["articles"])).values():
        assert not label.startswith(("None", "nan", "research", "Article "))
        assert not label.isupper()


def test_labels_stay_unique_when_a_disambiguated_label_equals_another():
    frame = pd.DataFrame([
        {"article_id": "1", "author": "", "outlet": "Yonhap", "title": "", "published": "2016-09-26"},
        {"article_id": "2", "author": "", "outlet": "Yonhap", "title": "", "published": "2016-09-27"},
        {"article_id": "3", "author": "", "outlet": "", "title": "Yonhap (2016-09-26)", "published": ""},
    ])
    labels = article_labels(frame)
    assert len(set(labels.values())) == 3


@pytest.mark.parametrize("text, iso", [
    ("30 Sep, 2022", "2022-09-30"), ("Updated: Sept. 10, 2023 at 3:04 p.m.", "2023-09-10"),
    ("2023.09.10 14:02 KST", "2023-09-10"), ("2024-07-02T09:00:00+00:00", "2024-07-02"),
    ("D:20240702090000+00'00'", "2024-07-02"), ("February 30, 2024", None), ("March 18", None),
])
def test_find_date_reads_the_forms_headers_use(text, iso):
    assert find_date(text) == iso


@pytest.mark.parametrize("value, name", [
    ("By KIM TONG-HYUNG", "Kim Tong-hyung"), ("Dr. Elena Varga", "Elena Varga"), ("Ursula von der Leyen", "Ursula von der Leyen"),
    ("KIM", None), ("research.", None), ("Staff Reporter", None), ("Reuters", None), ("The Associated Press", None),
    ("North Korea 2024", None),
])
def test_person_name_accepts_names_and_refuses_the_rest(value, name):
    assert person_name(value) == name


@pytest.mark.parametrize("title, junk", [
    ("Microsoft Word - memo_final.docx", True), ("Untitled", True), ("report.pdf", True), ("Word Document", True),
    ("Rail, labour and arms", False), ("N. Korea, Russia hold talks", False),
])
def test_titles_that_software_writes_are_junk(title, junk):
    from analysis.formats.metadata import is_junk_title

    assert is_junk_title(title) is junk


def test_a_stated_junk_title_gives_way_to_the_headline_in_the_text(monkeypatch):
    from analysis.formats import Document, plain, read_document

    text = "Pyongyang and Moscow open a road bridge\n\nBy Ana Ruiz\n\nThe bridge opened on Friday after two years of work."
    monkeypatch.setattr(plain, "read_plain", lambda data: Document(text, {"format": "text", "title": "Microsoft Word - bridge.docx"}))
    assert read_document("bridge.txt", b"ignored").meta["title"] == "Pyongyang and Moscow open a road bridge"


def test_article_without_author_outlet_or_title_is_labelled_by_its_opening_words():
    frame = pd.DataFrame([{"article_id": "003_9c8f", "author": "", "outlet": "", "title": "", "published": "2022-09"}])
    texts = {"003_9c8f": "For more than two years, since the start of the pandemic, relations were frozen."}
    assert article_labels(frame, texts=texts) == {"003_9c8f": "“For more than two years…”"}
    assert article_labels(frame) == {"003_9c8f": "003_9c8f"}
