"""The fast paths of the cue search give what the plain searches give (analysis.nlp.cues; speed only)."""
import pytest

from analysis.nlp import cues

BEFORES = [
    "", "said ", "the president said ", "a long prefix of words that the spokesman also ",
    "averyveryverylongwordthatrunspastthecut ", "x supercalifragilisticexpialidocious’s ",
    "prefix words here and Trump has  \n", "   quite      also    ", "one two three four five not ",
    "Pyongyang’s state media ... ", "word ....", "ends with a newline\n", "the ministry spokeswoman, ",
]


@pytest.mark.parametrize("before", BEFORES)
def test_the_fast_searches_find_what_the_whole_searches_find(before):
    for fast, rx in ((cues._preceding_word, cues._PRECEDING_WORD), (cues._preceding_two, cues._PRECEDING_TWO)):
        a, b = fast(before), rx.search(before)
        assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1)))


def test_the_head_regex_finds_the_cue_heads_of_every_lower_case_word():
    text = "Citing CitingX According according Saying said-it Xsaid said2 sayss says say Said, he said."
    heads = cues._cue_heads()
    words = [w.span() for w in cues._LOWER_WORD.finditer(text)
             if (g := w.group()) in heads or g[:1].isupper() and g.lower() in heads]
    assert [w.span() for w in cues._head_regex().finditer(text)] == words
