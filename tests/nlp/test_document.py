"""One article analysed once: the next extractor gets the same Document (analysis.nlp.document)."""
from dataclasses import replace

from analysis.nlp import analyse
from analysis.text import split_sentences

TEXT = "Kim Jong Un said on Monday that talks would resume. “We are ready,” he said.\nThe ministry denied it."


def test_the_same_sentence_records_give_the_same_document():
    sentences = split_sentences(TEXT)
    doc = analyse(TEXT, sentences)
    assert analyse(TEXT, sentences) is doc
    assert analyse(TEXT, list(sentences)) is doc            # equal records, another list


def test_other_sentence_records_give_another_document():
    sentences = split_sentences(TEXT)
    doc = analyse(TEXT, sentences)
    other = [replace(s, article_id="x") for s in sentences]
    assert analyse(TEXT, other) is not doc
    assert analyse(TEXT, sentences, article_id="y") is not doc
    assert analyse(TEXT, other[:1]).index is not doc.index
