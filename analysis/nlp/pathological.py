"""Pathological inputs: texts built to time the extractors on their worst cases (issue 14).

Each text is about a megabyte or more and is built deterministically, with no file access,
so a benchmark can time ``extract_article`` on it (issue 14: at most about 5 s per MB).

>>> sorted(pathological_texts())
['cue_repeated', 'one_paragraph', 'quotes_nested', 'quotes_nested_straight']
"""
from __future__ import annotations

# Sentences of ordinary news prose, with speakers, cues, quotes, figures and dates, so one
# long paragraph exercises every extractor.  Written for this module.
_PROSE = (
    "Officials in Seoul said on Monday that about 10,000 troops had been moved north in March.",
    "“We will not accept this,” the foreign minister, Park Jin, told reporters.",
    "According to the ministry, trade reached US$ 90.3 million in the first half of 2023.",
    "Analysts believe the talks may resume next year, although nothing has been announced.",
    "He added that some 2,000 workers were allegedly sent abroad last summer.",
    "The Pentagon claims Russia has approached North Korea for ammunition, a spokesman said.",
    "In 2019, Kim went to Vladivostok; in April he met Putin for the first time.",
    "Prices rose by 4.8 percent to 5.2 percent, the highest level since the 1990s.",
)


def pathological_texts(size: int = 1_000_000) -> dict[str, str]:
    """Name -> text of about ``size`` characters (a cue repeated, deep quotes, one paragraph).

    * ``cue_repeated``: "said " repeated (200,000 times at the default size);
    * ``quotes_nested``: curly double and single marks nested 50,000 levels deep (“‘“‘ … ’”’”);
    * ``quotes_nested_straight``: the same with straight marks (" ' " ' … ' " ' ");
    * ``one_paragraph``: ordinary prose with no line break, one paragraph of ``size`` characters.
    """
    levels = size // 20
    prose = " ".join(_PROSE)
    paragraph = " ".join([prose] * (size // (len(prose) + 1) + 1))[:size]
    return {
        "cue_repeated": "said " * (size // 5),
        "quotes_nested": "“‘" * (levels // 2) + "deep" + "’”" * (levels // 2),
        "quotes_nested_straight": "\"'" * (levels // 2) + "deep" + "'\"" * (levels // 2),
        "one_paragraph": paragraph,
    }
