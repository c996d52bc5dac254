"""The date grammar: word lists and the one master pattern of date mentions, with its context patterns.

The word lists are data files in ``analysis/lexicons/`` (months.tsv and the date_*.tsv /
date_*.txt lists).  :data:`MASTER` has one named group per shape of mention (``iso``,
``dmy_m``, ``sea`` ...); :mod:`.scan` reads a match by the group that is set.
"""
from __future__ import annotations

import re
from typing import Optional

from ..lexicons import load_list, load_table
from ..nlp.guard import guarded

MONTHS = {name: int(num) for name, num in load_table("months.tsv")}
WEEKDAYS = {name: int(num) for name, num in load_table("date_weekdays.tsv")}
SEASONS = {name: (code, int(start)) for name, code, start in load_table("date_seasons.tsv")}
NUMBER_WORDS = {w: int(n) for w, n in load_table("date_number_words.tsv")}
MONTH_TRIGGERS = frozenset(load_list("date_month_triggers.txt"))
MONTH_WORDS = frozenset(load_list("date_month_words.txt"))
YEAR_BLOCKERS = frozenset(load_list("date_year_blockers.txt"))
COUNT_NOUNS = frozenset(load_list("date_count_nouns.txt"))
QUANTIFIERS = frozenset(load_list("date_quantifiers.txt"))
# Calendar eras: the Gregorian year before an era's year 1 ("Juche 108" is 2019).
ERAS = {name: int(offset) for name, offset in load_table("date_eras.tsv")}
TENSE_CUES = {cue: tense for cue, tense in load_table("date_tense_cues.tsv")}
# Words before "earlier" that make it a pointer into the text, not a time ("as noted earlier").
TEXT_POINTERS = frozenset(load_list("date_text_pointers.txt"))
# A full month name (not an abbreviation), as written out in months.tsv.
FULL_MONTHS = frozenset(n for n, num in MONTHS.items()
                         if len(n) > 4 or n in ("may", "june", "july"))


def _alternation(words) -> str:
    """A regex alternation of ``words``, longest first so that "sept" beats "sep"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", "[-\\s]")
                    for w in sorted(set(words), key=len, reverse=True))


# ---------------------------------------------------------------------------
# the grammar
# ---------------------------------------------------------------------------
# A month name, or an abbreviation with its optional full stop ("Sept.", "Feb").  A full name with a stray full
# stop is read only before a day and a year ("April. 18, 2025", a dateline style of Korean papers' English sites).
_M = (rf"(?:(?:{_alternation(FULL_MONTHS)})\b|(?:{_alternation(set(MONTHS) - FULL_MONTHS)})\b\.?)")
_W = rf"(?:{_alternation(WEEKDAYS)})\b"                    # a weekday name
# A four-digit year 1900-2099, not part of a longer number, an amount or a decimal.
_Y = r"(?<![\d$€£¥₩#.,])(?:19|20)\d{2}(?![\d%])"
# A day of the month, not followed by more digits or a decimal part.
_D = r"(?:3[01]|[12]\d|0?[1-9])(?![\d])(?:st|nd|rd|th)?(?![\w%]|[.,]\d)"
_NUMW = _alternation(w for w in NUMBER_WORDS if NUMBER_WORDS[w] <= 30 and not w.endswith(("st", "nd", "rd", "th")))
_ORDW = _alternation(w for w in NUMBER_WORDS if w.endswith(("st", "nd", "rd", "th")))
# A count of years back in words, up to 99: "two", "Seventy-one", "forty five".
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMW_ANY = (rf"(?:{'|'.join(_TENS)})[-\s](?:{'|'.join(_UNITS)})\b"
             rf"|{_alternation(w for w in NUMBER_WORDS if not w.endswith(('st', 'nd', 'rd', 'th')))}")
_SEASON = _alternation(SEASONS)

# A modifier that narrows the date but keeps its value: "early 2020", "mid-September",
# "the end of last year", "earlier this month".
_EDGE = r"""(?P<edge>
      (?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?
    | (?:the\s+)?(?:early|late|mid|middle)(?:\s+|\s*[-–]\s*)
    | end\s*[-–]\s*(?=[A-Z0-9])                 # wire style: "by end-March", "end-2024"
    | (?:the\s+)?(?:end|beginning|start|middle|close|turn)-of-(?=(?:19|20)\d\d\b)   # "the end-of-2019 deadline"
    | (?:early|late|earlier|later)\s+in\s+(?=the\s+(?:year|month)\b)     # "later in the year"
    | (?:earlier|later)\s+(?=(?:this|that|last|next)\b)
)"""

# A full stop between the day and the year of a date line that ends with the year, or with the year of an era after it
# ("November 23. 2019 Juche 108" heading a news agency's report).
_DATE_LINE_STOP = (rf"\.(?=[ \t]+(?:19|20)\d\d(?:[ \t]+(?:{_alternation(ERAS)})[ \t]+\d{{1,3}})?[ \t]*(?:\n|\Z))")

MASTER = re.compile(rf"""
(?<![\w'’-])(?<!\d[:.])          # not inside a word, nor the minutes of a clock time ("09:15 March 18")
{_EDGE}?
(?:
    (?P<era>(?:(?P<era_m>{_M})\s+)?(?P<era_n>{_alternation(ERAS)})\s+(?P<era_y>\d{{1,3}})(?![\d%]|[.,]\d))
  | (?P<iso>(?:19|20)\d{{2}}(?P<isep>[-/.])(?:0[1-9]|1[0-2])(?P=isep)(?:0[1-9]|[12]\d|3[01]))(?![\d])
  | (?P<num>(?:0?[1-9]|[12]\d|3[01])(?P<nsep>[-/.])(?:0?[1-9]|[12]\d|3[01])(?P=nsep)(?:19|20)\d{{2}})(?![\d])
  | (?:(?P<dmy_wd>{_W}),?\s+)?(?:the\s+)?(?P<dmy_d>{_D})
        (?:\s*(?:-|–|—|to|and|&)\s*(?P<dmy_d2>{_D}))?
        \s+(?:of\s+)?(?P<dmy_m>{_M})(?:,?\s+(?P<dmy_y>{_Y})|\s+(?:of\s+)?(?P<dmy_r>last|this|next)\s+year\b)?
  | (?:(?P<mdy_wd>{_W}),?\s+)?(?P<mdy_m>{_M})(?:(?<=[a-z])\.(?=\s+\d{{1,2}},\s+(?:19|20)\d\d\b))?\s+(?P<mdy_d>{_D})
        (?:\s*(?P<mdy_and>-|–|—|and|&)\s*(?P<mdy_d2>{_D}))?(?:(?:,|{_DATE_LINE_STOP})?\s+(?P<mdy_y>{_Y})|\s+(?:of\s+)?(?P<mdy_r>last|this|next)\s+year\b)?
  | (?P<mr>(?P<mr_m1>{_M})\s*[-–—]\s*(?P<mr_m2>{_M})(?:,?\s+(?P<mr_y>{_Y}))?)
  | (?P<my_m>{_M}),?\s+(?:of\s+)?(?P<my_y>{_Y})
  | (?P<mrel_m>{_M})\s+(?:of\s+)?(?P<mrel_r>last|this|next|the\s+same|that|the\s+previous|the\s+following)\s+year\b
  | (?P<relm_r>last|this|next|coming|past|previous|the\s+following|the\s+preceding)\s+(?P<relm_m>{_M})
  | (?P<same>the\s+same\s+(?P<same_u>month|period|time|day|week|quarter)\s+(?:of\s+|in\s+)?
        (?:(?P<same_r>last|next|the\s+previous|the\s+preceding|the\s+following|the\s+next|a|one)\s+year
            (?:\s+(?P<same_w>earlier|before|ago|later|after))?
          | (?P<same_y>{_Y})))\b
  | (?P<qh>(?:the\s+)?(?P<qh_n>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<qh_u>quarter|half)
        \s+of\s+(?:(?P<qh_y>{_Y})|(?P<qh_r>this|last|next|the\s+same|that|the)\s+year))
  | (?P<qhc>(?P<qhc_u>Q[1-4]|H[12])\s*(?P<qhc_y>{_Y}))
  | (?P<cent>(?:the\s+)?(?P<cent_n>\d{{1,2}}(?:st|nd|rd|th)|{_ORDW})[\s-]+century)\b
  | (?P<sdec>(?:the\s+)?(?P<sdec_w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\s+of\s+the\s+
        (?P<sdec_c>last|past|previous|twentieth|20th|this|current|present|twenty[-\s]first|21st)\s+century)\b
  | (?P<dec>(?P<dec_d>(?:1[5-9]|20)\d0['’]?s|['’]\d0s|\d0['’]?s))\b
  | (?P<sea>(?:(?P<sea_r>this\s+past|last|this|next|past|coming|the)\s+)?(?P<sea_s>{_SEASON})\b
        (?:\s+(?:of\s+)?(?P<sea_y>{_Y}))?)
  | (?P<year>(?P<y_pre>(?:the\s+)?(?:year|fiscal\s+year|fiscal)\s+|FY\s?)?(?P<y>{_Y})
        (?:\s*(?:-|–|—|/)\s*(?P<y2>(?:19|20)\d{{2}}|\d{{2}})(?![\d%]|[.,]\d))?)
  | (?P<oldyear>(?<![\d$€£¥₩#.,])1[5-8]\d{{2}}(?![\d%]|[.,]\d))
  | (?P<edgeyear>(?:the\s+)?(?P<ey_u>year|month)(?![\w-]))
  | (?P<yend>year[\s-]end)(?![\w-])
  | (?P<ago>(?:(?P<ago_q>a\s+quarter\s+of\s+a|three\s+quarters\s+of\s+a|half\s+a)\s+(?P<ago_c>century)
        | (?:(?P<ago_n>\d{{1,2}}|{_NUMW_ANY}|a\s+few|several|many|a\s+couple\s+of)(?:\s+|-))?
          (?P<ago_u>years?|months?|weeks?|days?|decades?|century|centuries))(?:\s+|-)(?P<ago_w>ago|earlier|later)\b(?!\s+than))
  | (?P<before>the\s+(?P<before_u>day|night|week|month|year)\s+(?P<before_d>before|after|earlier|later)\b
        # an adverb ("stalled the week before, and ..."), not a preposition or conjunction with its
        # event ("the day before the election", "the day after he won"), which is left out
        (?=\s*(?:[,.;:!?)"”’]|$)|\s+(?:and|but|or|had|has|have|was|were|is|are|when|while|as|in|on|at|with|for)\b))
  | (?P<inday>(?P<inday_w>earlier|later)\s+(?:in|on)\s+the\s+(?P<inday_u>day|week))\b
  | (?P<wkend>(?P<wkend_r>this\s+past|last|this|next|coming|past|the\s+coming|the\s+past|the)\s+weekend)(?![\w-])
  | (?P<rel>(?P<rel_r>this\s+past|last|this|next|the\s+last|the\s+previous|the\s+following|the\s+same|that\s+same|that|
        the\s+coming|the\s+current|the\s+preceding|the\s+next)\s+(?P<rel_u>fiscal\s+year|year|month|week|day)(?![\w-]))
  | (?P<dei>today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)
        | the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))\b
  | (?P<pastref>(?:more\s+|until\s+|only\s+)?recently|lately
        | in\s+the\s+past(?![\s-]+(?:\d|few|several|couple|many|decades?|years?|months?|weeks?|days?|centur|tense|
            two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred))
        | earlier(?=\s*[,.;:!?)]))\b
  | (?P<recent>(?:the\s+)?(?:most\s+)?recent\s+(?:months|weeks|years|days|times|decades)
        | (?:the\s+)?(?:last|past)\s+(?:few|several|couple\s+of)\s+(?:months|weeks|years|days|decades)
        | (?:the\s+)?coming\s+(?:months|weeks|years|days|decades)
        | (?:in\s+)?the\s+(?:near|foreseeable)\s+future
        | in\s+the\s+future)\b
  | (?P<nth>(?:(?<=\bon\s)|(?<=\bfrom\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s))the\s+(?P<nth_d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)
        (?:\s+of\s+(?P<nth_rel>last|this|next)\s+month)?
        # "on the 20th (local time)": a day of the month told alone (Korean and Japanese wire style), also "visited on
        # the 17th and met", "starting from the 10th,", "ratified on the 24th of last month"; not "on the 20th floor"
        # or "on the 5th anniversary"; "on the 28th local time" as "on the 28th (local time)"
        (?=\s*[,.;:!?(]|\s*$|\s+(?:at|in|when|that|local\s+time)\b|\s+and\s+[a-z]))
  | (?P<hol>(?P<hol_n>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)))(?![\w-])(?:,?\s+(?P<hol_y>{_Y}))?
  | (?:(?P<wd_r>last|next|this|coming|past)\s+)?(?P<wd>{_W})(?:['’]s)?(?:\s+(?P<wd_w>next|last|this)\s+week\b)?
        (?:\s+(?:morning|afternoon|evening|night))?
  | (?P<mon>{_M})
)
""", re.IGNORECASE | re.VERBOSE)

# "over the weekend": a bare "the weekend" is a date after a preposition of time only (not "the weekend edition").
WEEKEND_BEFORE = re.compile(r"\b(?:over|during|on|at|for|until|till|by|through|throughout|across|since|after|before|"
                            r"into|of)\s+$", re.IGNORECASE)
# "before year-end": a preposition before it (not "its year-end forecast").
YEAR_END_BEFORE = re.compile(r"\b(?:by|before|at|until|till|through|toward|towards|around|near|after|to)\s+(?:the\s+)?$",
                             re.IGNORECASE)
# "the spring and summer of 2023": a season with no year of its own takes the year of the one coordinated after it.
SEASON_LENDER = re.compile(rf"\s+(?:and|or|to|-|–|through|into)\s+(?:the\s+)?(?:early\s+|late\s+)?(?:{_SEASON})"
                           rf"\s+(?:of\s+)?(?P<y>{_Y})", re.IGNORECASE)

# A season without a year is a date only after a preposition of time ("as early as between summer to autumn",
# "in the spring", "over the winter"; not "a summer camp", "to spring into action"), or coordinated after such a
# season ("summer and autumn"), and when no noun follows it ("the winter Olympics", "spring offensive").
SEASON_TIME_BEFORE = re.compile(r"\b(?:in|by|until|till|through|throughout|over|during|since|before|after|into|from|"
                                r"around|towards?|between)\s+(?:the\s+)?$", re.IGNORECASE)
SEASON_LINK_BEFORE = re.compile(rf"\b(?:{_SEASON})\s*(?:and|or|to|-|–|through|into|until|till)\s*(?:the\s+)?$",
                                re.IGNORECASE)

# Bounded look-behind/ahead windows for context checks (keep the scan linear).
CONTEXT_BACK = 60
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.'’-]*)[\s,]*$")
WORDS_BEFORE = re.compile(r"([A-Za-z]+)\s+([A-Za-z]+)[\s,]*$")
_WORD_AFTER = re.compile(r"\s*([A-Za-z%][\w-]*)")
# "Resolutions 2371, 2375 and 2397": every number of the list is an identifier.
RESOLUTION_LIST = re.compile(
    r"resolutions?\s+(?:no\.?\s*)?(?:\d{3,4}(?!\d)(?:\s*\(\d{4}\))?(?:\s*(?:,|and|&|or))?\s+)*$", re.IGNORECASE)
HYPHEN_WORD = re.compile(r"([A-Za-z]+)-$")
FOOTNOTE_AFTER = re.compile(r"\.\d{1,3}(?=\s+[\"“‘'(\[]?[A-Z]|\s*$)")
MONTH_LINK_BEFORE = re.compile(rf"{_M}(?:,?\s+(?:19|20)\d\d)?\s*(?:,|and|or|to|-|–|—|through|until)\s*$", re.IGNORECASE)
MONTH_LINK_AFTER = re.compile(rf"\s*(?:and|or|to|-|–|—|through|until)\s*{_M}", re.IGNORECASE)
# A month as the modifier of a lower-case noun after a determiner or a possessive: "the June treaty", "their June
# meeting", "last June's summit" is handled above; a name would be capitalised after it ("the June Carter show").
ATTRIBUTIVE_MONTH_BEFORE = re.compile(r"\b(?:the|their|its|his|her|our|this|that|a|an)\s+$", re.IGNORECASE)
ATTRIBUTIVE_MONTH_AFTER = re.compile(r"\s+(?:[a-z]+-)?[a-z]{3,}\b")
# A passive participle defers to its auxiliary ("due to be published in May"), also across one adverb of manner
# ("will be officially declared on Sunday", "has been formally signed").
PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# A participle after a determiner or a possessive is an adjective, not a past verb: "a designated day on Nov. 1",
# "the government's planned tax cut in June".
# ("he's signed" is "he has": no possessive)
ADJECTIVE_BEFORE = re.compile(r"(?:\b(?:a|an|the|this|its|their|his|her|our)|(?<![\w'’])(?!(?:he|she|it|that|who|there|what|"
                              r"here|where)['’])\w+['’]s|\ws['’])\s+$", re.IGNORECASE)
# An attributive participle of plan looks ahead: "the planned tax cut in June", "a scheduled vote in May".
PLAN_ADJECTIVES = frozenset({"planned", "scheduled", "proposed", "expected", "anticipated", "intended", "envisaged",
                             "slated", "upcoming", "forthcoming"})
# The date's own clause: a relative clause right after it whose verb has a tense ("the shift in March which exited
# negative rates", "the vote in June that will decide"; after a comma only a past one: "the talks in March, which
# will resume in June" were in March).
RELATIVE_AFTER = re.compile(r"\s*(?P<comma>,)?\s+(?:which|that)\s+(?:[a-z]+ly\s+)?(?P<verb>['’]ll|[a-z]+(?:\s+(?:be|to))?)\b")
# An infinitive of duration or plan between a past verb and the date looks ahead: "for the program to run
# through June", "agreed to meet in May".
FUTURE_INFINITIVE = re.compile(
    r"\bto\s+(?:run|last|continue|begin|start|end|open|close|expire|take\s+place|take\s+effect|hold|visit|travel|launch|"
    r"meet|resume|complete|finish|reopen|return)\b", re.IGNORECASE)
# Text between a date without a year and a following date that lends it its year:
# "March to May 2022", "5 and 7 September 2022", "that January day in 2011".
YEAR_LENDER_GAP = re.compile(r"\s*(?:(?:-|–|—|to|and|or|until|till|through|&)|(?:\s+[a-z]+)?\s+(?:in|of))\s*$")
TENSE_CUE_RE = guarded(re.compile(
    r"(?:['’]ll|(?<![\w'’])(?:" + _alternation(c for c in TENSE_CUES if c[0].isalpha())
    + r"|[A-Za-z]{3,}ed))(?![\w])", re.IGNORECASE))
HYPHEN_OK = frozenset({"mid", "pre", "post", "early", "late", "end", "circa", "c", "ca"})
SINCE = re.compile(r"(?:since|from|after|ago)(?:\s+the)?\s*$", re.IGNORECASE)    # "up ... from the Wednesday estimate"
# A comparison's baseline lies in the past whatever the verb's tense: "prices will settle
# $10 higher than in early December", "up from March", "compared with May".
BASELINE = re.compile(r"(?:\bthan(?:\s+(?:forecast|expected|predicted|projected|estimated|planned))?|\bcompared\s+(?:with|to)"
                      r"|\bagainst)\s+(?:(?:in|on|during|at)\s+)?$", re.IGNORECASE)
# "today" as the publication day, not the present: "from today to Friday", "earlier today".
# "from" after a change ("up 5% from", "lower ... from") marks a baseline, a past date.
CHANGE_BEFORE = re.compile(r"\b(?:up|down|higher|lower|more|less|fewer)\b[^.;\n]{0,25}$", re.IGNORECASE)
TODAY_AS_DAY_BEFORE = re.compile(r"\b(?:from|until|till|since|as\s+of|earlier|later|by)\s+$", re.IGNORECASE)
TODAY_AS_DAY_AFTER = re.compile(rf"\s+(?:to|until|till|through|and|or)\s+(?:tomorrow|{_W})", re.IGNORECASE)
# "today" as the day of an event, not the present: a past verb right after it ("Today we decided", "today
# announced") or an event it owns ("today's vote").  The event nouns: lexicons/date_count_nouns.txt is for
# counts, so they are listed here.
TODAY_EVENT_AFTER = re.compile(
    r"(?:\s*,?\s+(?:(?:we|I|he|she|they|it|the\s+\w+|\w+)\s+)?(?:[a-z]{3,}ly\s+)?(?:[a-z]{3,}ed|said|told|met|held|sent|took|gave|made|won|lost|"
    r"announced|voted|signed)\b"
    r"|['’]s\s+(?:[a-z]+\s+){0,2}?(?:vote|votes|meeting|decision|talks|announcement|attack|summit|ruling|hearing|debate|"
    r"session|statement|launch|test|election|verdict|speech|briefing|deal|agreement|"
    # an act of policy or of a market, told as the day's news: "Today's further adjustment in interest rates",
    # "today's rate hike", "today's strike"
    r"adjustment|hike|cut|increase|decrease|move|strike|protest|rally|release|report|visit|signing|ceremony)\b)",
    re.IGNORECASE)
# ... or a past verb right before it: "the treaty that was signed today", "Putin announced today", "the court
# has concluded today"; or the occasion the speaker stands at: "what brings us here today".
TODAY_EVENT_BEFORE = re.compile(
    r"(?:\b(?:was|were|been|had|has|have)\s+(?:[a-z]{3,}ed|held|made|sent|taken|given|told|met|won|lost|hit|shot|killed)"
    r"|\bhere"
    r"|\b(?:said|told|announced|signed|declared|confirmed|reported|unveiled|launched|agreed|voted|met|"
    # a text made public that day: "the English version posted today by North Korea"
    r"posted|published|released|issued))\s+$",
    re.IGNORECASE)
# ... or a past verb earlier in its own clause ("Nika Pasko wrote to us on 38 North today", "We put an offer in
# today", "thanked Biden for swiftly approving the request today"), unless "today" opens a clause of its own (", and
# today we stand", "But today Russia is") or a participle before it describes a state ("administered today by").
# A performative first person makes it the day too: "We offer today a project", "I announce today ...".
_CLAUSE_EDGE = re.compile(r"[.!?;:\n“”\"(]")
_PAST_VERB = re.compile(r"(?<![\w'’-])(?:[a-z]{2,}(?<![e])ed|said|told|wrote|put|met|held|sent|took|gave|made|won|lost|"
                        r"began|came|went|saw|spoke|brought|struck|left|found|paid|sold|built|led|chose|drew|flew|ran|"
                        r"rose|fell|got|kept|heard|bought|signed)(?![\w'’-])")
_PARTICIPLE_BEFORE = re.compile(r"\b(?:is|are|am|be|being|the|a|an|its|their|his|her|our|this|these|those)\s+(?:[a-z]+ly\s+)?$",
                                re.IGNORECASE)
_NOT_PAST = frozenset("hundred kindred sacred naked wicked rugged ragged jagged beloved".split())
_CLAUSE_OPENS = re.compile(r"(?:^|,|\b(?:but|and|yet|so|while|whereas))\s*$", re.IGNORECASE)
_PERFORMATIVE_BEFORE = re.compile(
    r"\b(?:we|I)\s+(?:(?:are|am)\s+)?(?:offer|offering|announce|announcing|present|presenting|propose|proposing|launch|"
    r"launching|submit|submitting|unveil|unveiling|introduce|introducing|table|tabling|release|releasing|publish|"
    r"publishing|call|calling|ask|asking|welcome|welcoming)\s+$", re.IGNORECASE)


def today_after_past_verb(text: str, start: int, end: int) -> bool:
    """Is the "today" at ``start``-``end`` the day of a past event told in its clause (or a performative)?"""
    if _PERFORMATIVE_BEFORE.search(text, max(0, start - 40), start):
        return True
    lo = max(0, start - 120)
    window = text[lo:start]
    edges = list(_CLAUSE_EDGE.finditer(window))
    clause = window[edges[-1].end():] if edges else window
    if _CLAUSE_OPENS.search(clause) or re.match(r"\s+by\b", text[end:end + 4]):
        return False
    clause = re.split(r"\bthan\b", clause)[-1]      # "faster than can be done today": the present of a comparison
    # a participle after a present "be" or a determiner is no past ("is needed today", "the planned vote today")
    return any(m.group(0) not in _NOT_PAST and not _PARTICIPLE_BEFORE.search(clause, 0, m.start())
               for m in _PAST_VERB.finditer(clause))


# "today" as the present age, not a day (CONVENTIONS.md: in a news report "today" is the publication day; the
# present set against the past is PRESENT_REF): opening its clause before a present state ("Today, Russia complies
# with the sanctions", "But today Russia is engaged in a hot war", ", and today we jointly stand up"), a quantity
# now ("from 2.5bn in 1950 to 8.2bn today"), a comparison ("faster than can be done today"), "of today", "even/still
# today", a state it describes ("administered today by Georgetown"), "today's" before no event ("today's world"),
# a present copula after it ("Russia today is a pariah state").
_QUANTITY_BEFORE = re.compile(r"\b(?:to|from|versus|vs\.?|against)\s+(?:(?:about|around|some|nearly|almost|over|just|roughly)\s+)?"
                              r"\d[\d.,]*\s?(?:bn|mn|m|k|billion|million|trillion|percent|per\s+cent|%)?\s+$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:of|even|still|than)\s+$", re.IGNORECASE)
_FUTURE_OR_PAST_AUX = re.compile(r"\b(?:will|would|shall|was|were|had|did|has\s+been|have\s+been)\b|['’]ll\b", re.IGNORECASE)


def _past_in(clause: str) -> bool:
    """Does ``clause`` hold a past verb (not a participle after a present "be" or a determiner)?"""
    return any(m.group(0) not in _NOT_PAST and not _PARTICIPLE_BEFORE.search(clause, 0, m.start())
               for m in _PAST_VERB.finditer(clause))


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 120):start]
    edges = list(_CLAUSE_EDGE.finditer(window))
    return window[edges[-1].end():] if edges else window


def today_is_surely_present(text: str, start: int, end: int) -> bool:
    """A quantity now, a comparison, "of/even/still today", a state it describes: the present age whatever the
    verbs around ("from 2.5bn in 1950 to 8.2bn today, and made ...")."""
    before = text[max(0, start - 40):start]
    return bool(_QUANTITY_BEFORE.search(before) or _AGE_BEFORE.search(before) or "than" in _clause_before(text, start).split())


def today_is_present_age(text: str, start: int, end: int) -> bool:
    """Is the "today" at ``start``-``end`` the present age set against the past, not a day of the news?  (The
    event cues, "today's vote", "Today we decided", are read before this.)"""
    if today_is_surely_present(text, start, end) or re.match(r"\s+by\b", text[end:end + 4]):
        return True           # ... and a state it describes: "administered today by" ("posted today by" is an event)
    clause = _clause_before(text, start)
    if re.match(r"['’]s\s+(?:[a-z]|[A-Z][a-z])", text[end:end + 5]) or re.match(r"\s+still\b", text[end:end + 8]) \
            or clause.strip() and re.match(r"\s+(?:is|are|remains?)\s+(?![a-z]+ing\b)", text[end:end + 30]):
        return True           # "today's world", "today's America", "Russia today is a pariah state" (not "is holding talks", nor "Today is
        #                       two months until the election": the day), "calls today still roll"
    if re.match(r"\s+(?:more\s+|less\s+)?than\s+ever\b", text[end:end + 20]):
        return True           # set against all the past: "restraint is needed today more than ever"
    if re.match(r"['’]s\s+\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)", text[end:end + 24], re.IGNORECASE) \
            and re.search(r"\b(?:than|below|above|under|over|from|to|versus|vs\.?|with)\s+$", text[max(0, start - 12):start]):
        return True           # a share now set against then: "16 percent of the economy back then, below today's 27
        #                       percent" (not the news day's "Today's 2% rate cut")
    if not re.fullmatch(r"\s*(?:(?:but|and|yet|so|while|whereas|even|still)\s*)?", clause, re.IGNORECASE) \
            and not re.search(r",\s*(?:(?:but|and|yet|so|while|whereas)\s+)?$", clause, re.IGNORECASE):
        return False
    if re.match(r"\s+(?:is|was|marks|marked)\b", text[end:end + 8]):
        return False          # "today" the subject: "Today is two months until the election", "Today marks"
    # opening its clause: the present age unless the clause after tells a past or a coming event ("Today, the
    # committee met", "Today we will vote")
    # committee met", "Today we will vote"), told by the first verb after it ("Today, it is owned by a company
    # started by ...": "is")
    after = re.split(r"[.;!?\n“”\"]", text[end:end + 120], maxsplit=1)[0]
    present = _PRESENT_FINITE.search(after)
    cut = present.start() if present else len(after)
    return not (_past_in(after[:cut]) or _FUTURE_OR_PAST_AUX.search(after, 0, cut))


_PRESENT_FINITE = re.compile(r"\b(?:is|are|am|has|have|does|do|remains?|stands?|can|must)\b"
                             r"|\b(?:it|he|she|that|there|what|who|we|they|you)['’](?:s|re|ve)\b", re.IGNORECASE)


# "as early as Thursday", "as soon as Monday", "starting Monday", "effective Friday": the earliest day a thing can
# happen, so a day ahead (a weekday only: "as early as March" also dates past findings); likewise the latest day
# of a deadline, "no later than Monday".
EARLIEST_BEFORE = re.compile(r"(?:\bas\s+(?:early|soon)\s+as|\b(?:starting|beginning|effective)(?:\s+on)?"
                             r"|\b(?:no|not)\s+later\s+than(?:\s+on)?)\s+$", re.IGNORECASE)
# A weekday joined to the weekday before it ("Monday night or Tuesday", "Friday and Saturday", "Monday to
# Wednesday") lies on the same side of publication as that one.
WEEKDAY_PAIR_GAP = re.compile(r"\s*(?:,\s*)?(?:or|and|(?P<range>to|through|until|till|-|–))\s*(?:on\s+)?$", re.IGNORECASE)
# A weekday ending a range that starts now looks forward: "from today to Friday".
RANGE_FROM_NOW = re.compile(r"\b(?:today|tonight|now)\s+(?:to|until|till|through|and)\s+$", re.IGNORECASE)
# The figure "X today could be Y tomorrow" (also "today's X is tomorrow's Y"): no dates.
# The copula links two names ("Ukraine today could be East Asia tomorrow") or two possessives
# ("today's Ukraine may become tomorrow's Taiwan"); "the talks today will be followed by a vote
# tomorrow" is no figure.
_COPULA = r"(?:could|may|might|will|would|can|is|are)\s+(?:be\s+|become\s+)?"
FIGURATIVE_TODAY = re.compile(
    rf"\b[Tt]oday\s+{_COPULA}(?:[A-Z][\w'’.-]*\s+){{1,4}}tomorrow\b"
    rf"|\b[Tt]oday['’]s\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}{_COPULA}tomorrow['’]s\b"
    # "hoping for a brighter tomorrow": the future as an idea, no day
    rf"|\b(?:a|an|the)\s+(?:brighter|better|bright|new|safer|greener|fairer|happier)\s+tomorrow\b")

# A date inside an aside that dates a thing, not the story: "The panel, created in 2009, had eight members until
# April 30" (April 30 is not 2009's), "(signed in 2000)".
ASIDE_BEFORE = re.compile(
    r"[,(]\s*(?:(?:which|that|who)\s+(?:was|were|had\s+been)\s+)?(?:created|founded|established|signed|adopted|set\s+up|"
    r"launched|formed|built|introduced|enacted|imposed|elected|appointed|born|opened|ratified|concluded)\b[^,;()]{0,40}$",
    re.IGNORECASE)
ASIDE_AFTER = re.compile(r"\s*[,)]")

NUMBER_SEP = re.compile(r"\d(?:[.:/]|[ \u00a0])$")


def word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1).lower().rstrip(".") if m else ""


def word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end, min(len(text), end + 30))
    return m.group(1) if m else ""


_OPENER = re.compile(r"[\W_]*(?:[A-Za-z]+[\W_]+)?")


def opens_sentence(text: str, lo: int, start: int) -> bool:
    """Does the date open its sentence, after at most one word ("In 2019, ...", "On Friday")?"""
    return start - lo <= 25 and _OPENER.fullmatch(text, lo, start) is not None


def month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def number_value(word: str) -> Optional[int]:
    w = word.lower()
    if w.isdigit():
        return int(w)
    tens, _, unit = re.sub(r"\s+", "-", w).partition("-")
    if unit and tens in _TENS and unit in _UNITS:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]      # "seventy-one"
    return NUMBER_WORDS.get(w)


# a dash only: after "to" a number may be the level a change reaches ("from 10% in 2019 to 250 ...")
YEAR_RANGE_AFTER = re.compile(r"[ \t]*[-–—][ \t]*(\d[\d,.]*)")


def closes_year_range(first: int, second: str) -> bool:
    """Can ``second`` end a range of years opened by ``first`` ("2017-2019", "2017-18", "1990 - 2000")?"""
    if re.fullmatch(r"\d{2}", second):
        return True
    return re.fullmatch(r"\d{4}", second) is not None and first < int(second) <= 2100


# A noun right after a date, as a premodifier's head ("the 2022 Wimbledon runner-up", "after the March 28 veto"): a
# word that is no preposition, conjunction, auxiliary or relative (not "in 2022 and", "on March 28 when").
NOUN_AFTER_DATE = re.compile(
    r"[ \t]+(?!(?:and|or|to|through|until|in|on|at|of|for|with|by|as|was|were|is|are|has|had|have|will|when|while|"
    r"after|before|that|which|who)\b)[A-Za-z][\w'’-]*")
