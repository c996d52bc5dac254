"""The one attribution engine: who says what, found by rules over small windows of tokens.

Quotes, claims, figures and views all use these, so a speaker, a source and a hedge are
found the same way everywhere:

==================  ==========================================================
module              job
==================  ==========================================================
``tokens``          tokens and closed word classes (pronouns, titles, given names)
``cues``            reporting cues ("said", "according to") and their lexicon
``hedges``          the hedge lexicon, looked up in claims and around figures
``subjects``        the subject / speaker finder and noun-phrase boundaries
``quotemarks``      quotation marks paired into quoted spans
``people``          people, their genders, and pronoun resolution
``document``        one article analysed once (sentences, quotes, people, cues)
``pathological``    inputs built to time the extractors on worst cases
==================  ==========================================================

>>> text = 'The ministry called it “completely fake.”'
>>> [text[q.start:q.end] for q in find_quote_spans(text)]
['completely fake.']
>>> cue = next(iter_cues(text, 0, len(text)))
>>> cue.word, subject_before(text, 0, cue.start)
('called', (0, 12))
"""
from .cues import Cue, iter_cues, reporting_nouns, reporting_verbs
from .document import Document, SentenceIndex, analyse, cue_subjects, resolve_group
from .hedges import hedge_class, hedge_in, hedge_lexicon, hedge_phrases
from .pathological import pathological_texts
from .people import PersonIndex, is_plural
from .quotemarks import QuoteSpan, find_quote_spans
from .subjects import has_name, leading_np, np_after, speaker_before_cue, subject_before
from .tokens import Tok, is_pronoun, pronoun_kinds, pronouns, tokens, word_classes

__all__ = [
    "Cue", "Document", "PersonIndex", "QuoteSpan", "SentenceIndex", "Tok",
    "analyse", "cue_subjects", "find_quote_spans", "has_name", "hedge_class", "hedge_in", "hedge_lexicon",
    "hedge_phrases", "is_plural", "is_pronoun", "iter_cues", "leading_np", "np_after", "pathological_texts",
    "pronoun_kinds", "pronouns", "reporting_nouns", "reporting_verbs", "resolve_group", "speaker_before_cue",
    "subject_before", "tokens", "word_classes",
]
