"""A label that is a word mentioned, not a view held: the term someone uses or stresses, named as such.

"Hiraiwa ... pointed to Kim's emphasis on "alliance"" reports that a word was stressed, and "Russia appears to have
the Western supply of weapons in mind when it refers to military assistance for North Korea" says what a phrase means;
neither frames the ties or states the support. Two grammatical frames, both about wording:

- a label wholly inside quotation marks (a quoted term of at most three words) that a noun of wording or emphasis
  governs: "the word", "the term", "the phrase", "emphasis on", "stress on", "mention of", "use of", "reference to"
  (not when the word is put to something: "used the word "alliance" to describe their ties" frames them);
- a label that is the object of a verb of referring: "refers to", "referred to", "referring to" (not "referred to as",
  which calls the thing something: a framing).
"""
from __future__ import annotations

import re

# a noun of wording or emphasis, a few words before an opening quotation mark that the label follows at once
_WORDING_BEFORE_QUOTE = re.compile(
    r"\b(?:words?|terms?|phrases?|expressions?|slogans?|label|emphasis on|emphasi[sz]ing|emphasi[sz]ed|stress(?:ed|ing)? on"
    r"|mentions? of|use of|usage of|references? to|talk of)\s+(?:(?:the|a|an|of)\s+)?[“\"‘']\s*$", re.I)
_QUOTE_AFTER = re.compile(r"^\s*[,.]?[”\"’']")
# ... unless the word is put to the ties: "used the word "alliance" to describe their ties" frames them
_DESCRIBING_AFTER = re.compile(r"^\s*[,.]?[”\"’']\s*(?:to|in order to)\s+(?:describe|characteri[sz]e|define|sum up)\b", re.I)
# the object of a verb of referring: "when it refers to military assistance for North Korea" (not "referred to as")
_REFERRING_BEFORE = re.compile(r"\brefer(?:s|red|ring)?\s+to\s+(?:(?:the|a|an|its|their|his|her)\s+)?$", re.I)
_AS_AFTER = re.compile(r"^(?:\s+[\w’'-]+){0,5}?\s+as\b", re.I)     # "referred to the alliance with Russia as ..."


def is_mentioned_word(text: str, start: int, end: int) -> bool:
    """The label at ``text[start:end]`` is a word mentioned (a quoted term of wording or emphasis, or what a phrase
    refers to), not a position the sentence holds."""
    before = text[max(0, start - 60):start]
    if (_WORDING_BEFORE_QUOTE.search(before) is not None and _QUOTE_AFTER.match(text[end:]) is not None
            and _DESCRIBING_AFTER.match(text[end:]) is None and len(text[start:end].split()) <= 3):
        return True
    return _REFERRING_BEFORE.search(before) is not None and _AS_AFTER.match(text[end:]) is None
