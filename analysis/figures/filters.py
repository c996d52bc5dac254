"""What is not a figure: the rejection rules, each a small named predicate (step 3).

A number that only names or locates something (a year, the day of a date, a clock time,
a designation such as "COVID-19", a footnote marker ...) is dropped.  Each rule reads one
:class:`Look` (the candidate and its sentence) and says whether it applies; :data:`RULES`
lists the rules for each kind of atom, and :func:`is_not_figure` is true when any fires.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Optional, Sequence

from ..lexicons import load_table
from ..records import DateMention
from .filter_helpers import (_at_clause_start, _capitalised_inside_sentence, _counted_range_follows, _is_designation,
                             _is_title_case, _one_is_pronoun, bracketed_note, in_phone_number, inside_date, is_prose,
                             looks_plural, word_before, plural_noun_after)
from ..nlp.guard import guarded
from .identifiers import (_ID_WORDS, argument_ordinal, calibre, committee_name, first_as_adverb, list_name,
                          military_unit, ordinal_identifier, ordinal_of_a_period, reference_word_before,
                          referential_two, tournament_stage)
from .name_rules import HEADLINE_TOLL_RE, TOLL_VERB_BEFORE_RE, number_before_name, opening_one
from .numbers import Candidate, hanging_hyphen, next_char, prev_char
from .reference import named_pair
from .ranges import vote_tally
from .patterns import (ADDRESS_AFTER_RE, CARD_ALT, DECADE_RE, ERA_AFTER_RE, ERA_BEFORE_RE, ID_AFTER_RE, ID_AROUND_RE,
                       MONTH_AFTER_RE, MONTH_BEFORE_RE, NO_BEFORE_RE, POST_RE, SCORE_AFTER_RE, SCORE_BEFORE_RE, SP,
                       TIME_AFTER_RE, YEAR_CUE_RE)


@dataclass
class Look:
    """What a rule may read: the candidate, its sentence ``text[lo:hi]`` and what came before."""

    text: str
    lo: int
    hi: int
    cand: Candidate
    prev: Optional[Candidate]          # the atom before it in the sentence, rejected or not
    notes: set                         # starts of footnote markers in the text
    prose: bool                        # the sentence is prose, not a metadata line
    dates: Sequence[DateMention] = ()  # date mentions near the candidate

    @cached_property
    def before(self) -> str:
        """The last character before the figure that is not a space (looking 8 back), or ""."""
        return prev_char(self.text, self.lo, self.cand.start)

    @cached_property
    def after(self) -> str:
        """The first character after the number that is not a space (looking 3 ahead), or ""."""
        return next_char(self.text, self.cand.num_end, self.hi, " \u00a0")

    @cached_property
    def plain_integer(self) -> bool:
        """Digits without a unit or scale that makes them a quantity: these may be dates, years, scores."""
        c = self.cand
        return c.plain.isdigit() and c.atom == "digit" and not c.strong

    def window_before(self, width: int) -> tuple[int, int]:
        return max(self.lo, self.cand.start - width), self.cand.start


Rule = Callable[[Look], bool]


# -------------------------------------------------------------------------- every atom
def footnote_marker(look: Look) -> bool:
    """A footnote marker glued to a sentence end: "against the other.1"."""
    return look.cand.num_start in look.notes


_AGO_AFTER_RE = re.compile(rf"{SP}+ago\b", re.IGNORECASE)


def time_ago(look: Look) -> bool:
    """A span of time counted back from now is a date, not a figure: "15 years ago", "a quarter of a
    century ago" (CONVENTIONS: numbers inside dates are left out; the dates table has them)."""
    c = look.cand
    return c.unit_class == "duration" and _AGO_AFTER_RE.match(look.text, c.end, min(look.hi, c.end + 8)) is not None


def inside_calendar_date(look: Look) -> bool:
    """A bare number inside a calendar date mention is part of the date ("15 September 2022")."""
    return inside_date(look.cand, look.dates)


# -------------------------------------------------------------------------- digits
def clock_time(look: Look) -> bool:
    """Clock times, lap times and ratios: "10:27", "1:36.6", "5am", "1.56pm", "0401 GMT"."""
    text, c = look.text, look.cand
    if text[c.num_end:c.num_end + 1] == ":" and text[c.num_end + 1:c.num_end + 2].isdigit():
        return True
    if c.start - 2 >= look.lo and text[c.start - 1] == ":" and text[c.start - 2].isdigit():
        return True
    return not c.unit and look.after.isalpha() and TIME_AFTER_RE.match(text, c.num_end) is not None


# a date written with dots, day first: "18.09.23", "18.02.2025" (the dates table reads the four-digit year only)
_DOTTED_DATE_RE = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?:\d{4}|\d{2})(?![\d.,]?\d)")


def day_of_date(look: Look) -> bool:
    """The day of a date: "May 9", "3 August 2022", "Sept. 20-24", "18.09.23"."""
    c, before, after = look.cand, look.before, look.after
    dotted = _DOTTED_DATE_RE.match(look.text, c.num_start) if c.atom == "digit" and "." in (after, *c.plain) else None
    if dotted and 1 <= int(dotted.group("d")) <= 31 and 1 <= int(dotted.group("m")) <= 12 and before not in (".", ","):
        return True
    if not look.plain_integer or not 1 <= c.value <= 31:
        return False
    return bool((before.isalpha() or before in ".,-–") and MONTH_BEFORE_RE.search(look.text, *look.window_before(16))
                or after.isalpha() and MONTH_AFTER_RE.match(look.text, c.num_end))


def second_day_of_range(look: Look) -> bool:
    """The second day of "between Oct. 8 and 13", "May 9-10"; not a count after the date ("on Sept. 14 and 3 ships
    left": after "and", "to" or "or" no counted noun may follow it)."""
    c, prev = look.cand, look.prev
    if not (look.plain_integer and c.value <= 31 and prev is not None and prev.rejected and prev.plain.isdigit()
            and prev.value <= 31 and re.fullmatch(rf"{SP}*(?:[-–]|and|to|through|or){SP}*",
                                                  look.text[prev.end:c.start]) is not None):
        return False
    if re.search(r"[-–]", look.text[prev.end:c.start]):
        return True        # "the May 9-10 talks"
    nxt = re.match(rf"{SP}+([a-z][a-z-]*)", look.text[c.end:min(look.hi, c.end + 30)])
    return not (nxt and looks_plural(nxt.group(1)))


def decade(look: Look) -> bool:
    """A decade: "the 1990s", "the '90s"."""
    c, after = look.cand, look.after
    return look.plain_integer and after in "s'’" and after != "" and len(c.plain) in (2, 4) \
        and c.value % 10 == 0 and DECADE_RE.match(look.text, c.num_end) is not None


def era_year(look: Look) -> bool:
    """A year of an era: "A.D. 1000", "500 BC"."""
    c, before, after = look.cand, look.before, look.after
    return look.plain_integer and bool(
        (before.isalpha() or before == ".") and ERA_BEFORE_RE.search(look.text, *look.window_before(8))
        or after.isalpha() and ERA_AFTER_RE.match(look.text, c.num_end))


def year(look: Look) -> bool:
    """A year: "in 2022", "the 2018 summit"; not "2000 troops" or "2000 - 2500 Calories"."""
    text, c = look.text, look.cand
    if not (look.plain_integer and len(c.plain) == 4 and 1500 <= c.value <= 2150 and c.unit_class != "duration"):
        return False
    if _counted_range_follows(text, look.hi, c):
        return False
    return YEAR_CUE_RE.search(text, *look.window_before(12)) is not None or not plural_noun_after(text, c.end, look.hi)


def end_of_year_range(look: Look) -> bool:
    """The second year of "2017–2018", "2014-15", "between 1600 and 1900"."""
    text, c, prev = look.text, look.cand, look.prev
    if not look.plain_integer or prev is None or not (prev.atom == "digit" and len(prev.plain) == 4 and prev.rejected):
        return False
    gap = text[prev.end:c.start]
    return bool(len(c.plain) in (2, 4) and re.fullmatch(rf"{SP}*[-–/]{SP}*", gap)
                or len(c.plain) in (3, 4) and re.fullmatch(rf"{SP}+(?:and|to|or){SP}+", gap)
                and not plural_noun_after(text, c.end, look.hi))


def score_or_part_number(look: Look) -> bool:
    """A score or a part number: "beat Charlton 2-1", "ISO 3888-2"."""
    text, c, before = look.text, look.cand, look.before
    if not look.plain_integer:
        return False
    if vote_tally(text, look.lo, look.hi, c):
        return False
    if before in "-–" and before:
        score = SCORE_BEFORE_RE.search(text, *look.window_before(12))
        if score and float(score.group(1)) >= c.value:
            return True
    if text[c.num_end:c.num_end + 1] in ("-", "–") and c.end == c.num_end:
        score = SCORE_AFTER_RE.match(text, c.num_end)
        if score and float(score.group(1)) <= c.value and not POST_RE.match(text, score.end()):
            return True
    return False


def identifier(look: Look) -> bool:
    """An identifier: "800-273-8255", "9/11", "24/7", "50/50", a tweet id."""
    text, c = look.text, look.cand
    return c.atom == "digit" and not c.unit_class and (
        len(c.plain) >= 13 or ID_AROUND_RE.search(text, *look.window_before(12)) is not None
        or ID_AFTER_RE.match(text, c.num_end) is not None)


def letters_glued(look: Look) -> bool:
    """Letters glued to the digits: "9M723", "3D", "4x4", "PS5" (a code that was not a currency)."""
    text, c = look.text, look.cand
    return c.end == c.num_end and text[c.num_end:c.num_end + 1].isalpha() \
        or c.start > look.lo and text[c.start - 1].isalpha()


def designation(look: Look) -> bool:
    """A name with a number: "COVID-19", "Su-27", "Game 7", "Stoxx 600" (see :func:`_is_designation`)."""
    before = look.before
    return look.cand.unit_class not in ("currency", "percent") and (before.isalpha() or before in "-(") \
        and _is_designation(look.text, look.lo, look.hi, look.cand) and not _toll_verb_before(look)


def _toll_verb_before(look: Look) -> bool:
    """ "Crash Killed 157 People", "Storm Kills 12": the verb of a toll in a title-case headline, no name."""
    return TOLL_VERB_BEFORE_RE.search(look.text, max(look.lo, look.cand.start - 30), look.cand.start) is not None


def reference_number(look: Look) -> bool:
    """A reference number: "No. 1", "p. 12", "#3"."""
    before = look.before
    return look.cand.unit_class not in ("currency", "percent") and (before.isalpha() or before in ".#") \
        and NO_BEFORE_RE.search(look.text, *look.window_before(8)) is not None


def metadata_number(look: Look) -> bool:
    """A bare number on a metadata line, or after a separator: "30 Sep, 2022 · 5832"."""
    before, c = look.before, look.cand
    if not look.prose and c.unit and c.unit_class in ("duration", "measure") and look.text[c.num_end:c.num_end + 1] == "-" \
            and _is_title_case(look.text, look.lo, look.hi):
        return False    # a headline in title case: "Russia, North Korea End 2-Year Hiatus in Rail Trade"
    if not look.prose and not c.strong and (HEADLINE_TOLL_RE.match(look.text, c.end, look.hi) or _toll_verb_before(look)):
        return False    # a toll in a title-case headline: "64 Confirmed Dead after ...", "2,000 Civilians Died in ..."
    return not c.strong and (not look.prose or before in "·|•" and before != "")


def phone_number(look: Look) -> bool:
    """A telephone number: "+44 20 7946 0958", "(202) 555-0143", "call 911" (see :func:`in_phone_number`)."""
    return not look.cand.strong and in_phone_number(look.text, look.lo, look.hi, look.cand)


def street_address(look: Look) -> bool:
    """A house number: "575 Wilbraham Road", "16-18 Industrial Avenue"."""
    after = look.after
    return not look.cand.strong and (after.isupper() or after.isdigit() or after == "-") \
        and ADDRESS_AFTER_RE.match(look.text, look.cand.end) is not None


# -------------------------------------------------------------------------- number words
def number_word_in_name(look: Look) -> bool:
    """A capitalised number word in a name: "World War Two", "the Group of Seven", "BBC One"."""
    return _capitalised_inside_sentence(look)


# "a six-footed lander", "a four-wheeled cart", "twin-engined": an adjective of having so many parts counts them
_PARTS_ED_RE = re.compile(r"-(?:foot|legg|wheel|engin|blad|wing|hull|mast|tier)ed\b", re.IGNORECASE)


def hyphen_compound(look: Look) -> bool:
    """A compound that is not a quantity: "two-way", "one-sided", "six-party" ("six-footed" counts feet)."""
    text, c = look.text, look.cand
    return text[c.num_end:c.num_end + 1] == "-" and c.end == c.num_end \
        and not text[c.num_end + 1:c.num_end + 2].isdigit() and not hanging_hyphen(text, c) \
        and not _PARTS_ED_RE.match(text, c.num_end)


def hyphen_glued_word(look: Look) -> bool:
    """A number word glued by a hyphen to the word before: "one-on-one", "face-to-face", "Catch-Twenty"."""
    c = look.cand
    return c.start > look.lo and look.text[c.start - 1] == "-" and look.text[c.start - 2:c.start - 1].isalpha()


def pronoun_one(look: Look) -> bool:
    """"one" as a pronoun or partitive: "no one", "one another", "one of the stakeholders"."""
    c = look.cand
    return look.text[c.num_start:c.num_end].lower() == "one" and not c.unit_class \
        and _one_is_pronoun(look.text, look.lo, look.hi, c)


# "as many as one in five voters", "at one out of ten": a ratio, whatever the preposition before it
_ONE_IN_N_RE = re.compile(rf"(?i){SP}+(?:in|out{SP}+of){SP}+(?:\d|a\b|an\b|every\b|(?:{CARD_ALT})\b)")
# "arrested on one occasion only", "in one year alone": the count stressed
_ONE_ONLY_RE = re.compile(rf"(?i){SP}+[a-z][\w-]*{SP}+(?:only|alone)\b")
# a vague many a single one is weighed against
_MANY_RE = re.compile(rf"(?i)\b(?:(?:so|too|how|that|as){SP}+many|several|dozens|hundreds|thousands|millions)\b")
# between a count and "one" in the same clause: nothing that ends the clause
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s")


def _one_weighed_against_a_count(look: Look) -> bool:
    """ "fired 40 rockets in one attack", "five brothers live in one house", "so many people on one campaign": "one"
    counted against a count before it in the same clause is a count, not "a certain"."""
    p, c, text = look.prev, look.cand, look.text
    vague = None
    for vague in _MANY_RE.finditer(text, max(look.lo, c.start - 80), c.start):
        pass
    if vague is not None and _CLAUSE_BREAK_RE.search(text, vague.end(), c.start) is None:
        return True     # "so many people on one campaign"
    if p is None or p.rejected or p.atom == "ordinal" or p.end > c.start or p.start < look.lo:
        return False
    if p.plain.isdigit() and len(p.plain) == 4 and not p.unit:      # a year: "since 1959 ... gathered in one place"
        return False
    return _CLAUSE_BREAK_RE.search(text, p.end, c.start) is None


def one_as_a_certain(look: Look) -> bool:
    """"one" after a preposition as "a certain": "As one online comment read", "hunkering down in one corner pub",
    "gathered in one place", "said at one stop" (not a span or a measure: "in one day", "at one point five percent" are
    the units' rules'; not a ratio, "as many as one in five"; not a count weighed against another in its clause,
    "fired 40 rockets in one attack")."""
    c = look.cand
    return look.text[c.num_start:c.num_end].lower() == "one" and not c.unit_class \
        and re.search(rf"(?i)\b(?:in|at|as|on){SP}+\Z", look.text[max(look.lo, c.start - 4):c.start]) is not None \
        and _ONE_IN_N_RE.match(look.text, c.num_end) is None and _ONE_ONLY_RE.match(look.text, c.num_end) is None \
        and not _one_weighed_against_a_count(look)


_OFFSET_AFTER_RE = re.compile(rf"(?i){SP}+(?:after|before|later|earlier)\b")


def one_day_as_someday(look: Look) -> bool:
    """"One day, Kim ...": someday, not a span of one day ("for one day" stays, and so does the hyphenated
    adjective "a record one-day loss", "a one-day strike", and the offset "one day after the business filed", as
    "two days after")."""
    text, c = look.text, look.cand
    return text[c.num_start:c.num_end].lower() == "one" and bool(c.unit_class) and c.unit == "day" \
        and text[c.num_end:c.num_end + 1] != "-" and not _OFFSET_AFTER_RE.match(text, c.end, min(look.hi, c.end + 12)) \
        and not re.search(
        rf"(?i)\b(?:for|in|within|only|just|than|after|over|about|every|per){SP}+\Z", text[max(look.lo, c.start - 10):c.start])


# -------------------------------------------------------------------------- ordinals
# A day of the month named by its ordinal alone, as wire copy writes it ("visited on the 17th and met", "ratified on the
# 24th of last month", "over two days starting from the 10th,", "On the 10th (local time)"): "the" before a digit
# ordinal up to 31st, and after it no noun it would rank ("the 20th century", "the 4th brigade", "the 17th round").
# only after a word that sets a day ("on", "from", "since", "until", "by", "between"), as the dates grammar asks: "Japan is the
# 3rd or 4th largest", "Italy was the 4th, ahead of France", "the 2nd and youngest woman" are ranks
_BARE_DAY_BEFORE_RE = re.compile(rf"(?i)\b(?:on|from|since|until|till|by|between){SP}+the{SP}+\Z")
_BARE_DAY_AFTER_RE = re.compile(
    rf"(?i){SP}*(?:[,.;:!?)\]–—]|\((?:local|[A-Z]{{2,4}}){SP}+time\)|\(local\b|$"
    rf"|(?:and|or|to|through|until|till){SP}+(?:the{SP}+)?\d|(?:and|or|but|when|as|after|before|while){SP}+[a-z]"
    rf"|of{SP}+(?:last|this|next|that|the{SP}+same|the{SP}+previous|the{SP}+following){SP}+month\b)")


# "fell from the 10th and is now 14th": a place left in a ranking (as the dates reader has it)
_RANK_MOVE_BEFORE_RE = re.compile(
    rf"(?i)\b(?:f[ae]ll(?:s|en|ing)?|r[io]s(?:e|es|en|ing)|climb(?:s|ed|ing)?|slip(?:s|ped|ping)?|drop(?:s|ped|ping)?"
    rf"|jump(?:s|ed|ing)?|leap(?:s|t|ed|ing)?|tumbl(?:e|es|ed|ing)|slid(?:e|es|ing)?|promoted|demoted|relegated)"
    rf"{SP}+from{SP}+the{SP}+\Z")


def _bare_day_of_month(look: Look) -> bool:
    text, c = look.text, look.cand
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", text[c.num_start:c.num_end])
    return m is not None and 1 <= int(m.group(1)) <= 31 \
        and _BARE_DAY_BEFORE_RE.search(text, max(look.lo, c.num_start - 14), c.num_start) is not None \
        and _RANK_MOVE_BEFORE_RE.search(text, max(look.lo, c.num_start - 30), c.num_start) is None \
        and _BARE_DAY_AFTER_RE.match(text, c.num_end, min(look.hi, c.num_end + 30)) is not None


def ordinal_day_of_date(look: Look) -> bool:
    """The day of a date written as an ordinal: "May 9th", "the 21st of September", "9th May", and the day alone
    ("met on the 17th and", "on the 24th of last month")."""
    text, c = look.text, look.cand
    if MONTH_BEFORE_RE.search(text, *look.window_before(16)):
        return True
    if _bare_day_of_month(look):
        return True
    return text[c.num_start:c.num_start + 1].isdigit() and MONTH_AFTER_RE.match(text, c.num_end) is not None \
        and re.match(rf"{SP}*(?:of{SP}+)?[A-Za-z]", text[c.num_end:c.num_end + 6]) is not None


def ordinal_in_name(look: Look) -> bool:
    """A capitalised ordinal inside a name: "First Vice Foreign Minister", "the Second World War"."""
    return _capitalised_inside_sentence(look)


def discourse_ordinal(look: Look) -> bool:
    """An ordinal that orders the discourse: "First, ...", "First of all", "at first", "a split second." (not the rank
    after a name: "with Hong Kong second.")."""
    text, c = look.text, look.cand
    word = text[c.num_start:c.num_end]
    if word[:1].isupper() and (re.match(rf"{SP}*,", text[c.num_end:c.num_end + 3])
                               or re.match(rf"(?i)first{SP}+of{SP}+all", text[c.num_start:c.num_start + 14])):
        return True
    low = word.lower()
    if low == "first" and re.search(rf"(?i)\bat{SP}+\Z", text[max(look.lo, c.start - 4):c.start]):
        return True
    return low == "second" and re.match(rf"{SP}*(?:[,.;:)]|$)", text[c.num_end:c.num_end + 3]) is not None \
        and not re.search(rf"[A-Z][\w.’'-]*{SP}+\Z", text[max(look.lo, c.start - 30):c.start])


def hyphen_glued_ordinal(look: Look) -> bool:
    """An ordinal glued by a hyphen to the word before: part of a name."""
    c = look.cand
    return c.start > look.lo and look.text[c.start - 1] == "-"


def quoted_title(look: Look) -> bool:
    """ 'the documentary “13th”', "the show ‘The 411.’", "the show The 411": a title that is only a number."""
    text, c = look.text, look.cand
    if c.strong:
        return False
    if re.search(rf"\bThe{SP}+\Z", text[max(look.lo, c.num_start - 5):c.num_start]) \
            and not _at_clause_start(text, look.lo, c.num_start - 4) and not plural_noun_after(text, c.end, look.hi):
        return True        # "the Apple Music show The 411, Blige sings": a capital "The" inside a sentence names a title
    return _QUOTE_OPEN_RE.search(text, max(look.lo, c.num_start - 6), c.num_start) is not None \
        and _QUOTE_CLOSE_RE.match(text, c.num_end, min(look.hi + 2, c.num_end + 3)) is not None


_IDIOMS = [phrase for phrase, _ in load_table("figure_idioms.tsv")]


def _idiom_pattern(phrase: str) -> str:
    tail = phrase.endswith("*")
    words = re.split(r"[ -]+", phrase.rstrip("*"))
    body = rf"(?:{SP}+|{SP}*-{SP}*)".join(re.escape(w) for w in words)
    return rf"\b{body}" + (r"[a-z]{0,4}\b" if tail else r"\b")


_IDIOM_WORDS = frozenset(w for p in _IDIOMS for w in re.split(r"[ -]+", p.rstrip("*").lower())) | {"one"}
IDIOM_RE = guarded(re.compile("|".join(_idiom_pattern(p) for p in sorted(_IDIOMS, key=len, reverse=True)), re.IGNORECASE))
_QUOTE_OPEN_RE = re.compile(rf"[“‘\"'](?:The{SP}+)?\Z")
_QUOTE_CLOSE_RE = re.compile(r"[.,]?[”’\"']")
_ONE_OR_ANOTHER_RE = re.compile(rf"(?i)one{SP}+(?:[A-Za-z][\w’'-]*{SP}+){{1,4}}(?:or{SP}+another\b"
                                rf"|after{SP}+another\b|(?:to|or){SP}+(?:another|the{SP}+other)\b(?!{SP}*[a-z])"
                                rf"|(?:to|into){SP}+the{SP}+next\b(?!{SP}*(?!(?:and|or|but)\b)[a-z]))"
                                # "As one side draws closer, the other grows distant": the two members in turn
                                # (only "one side/hand/party": "One soldier died, and the other was injured" counts one)
                                rf"|one{SP}+(?:side|hand|party|camp)\b(?:{SP}+[A-Za-z][\w’'-]*){{0,5}}?,{SP}+"
                                rf"(?:(?:while|whereas|and|but){SP}+)?the{SP}+other\b")
# "from one ocean to another", "one side or the other", "one way or the other", "from one generation into the
# next": the pair's members (or a succession's) named in turn
_ONE_SOURCE_RE = re.compile(
    rf"(?i)one{SP}+(?:[A-Za-z][\w’'.&-]*{SP}+){{0,3}}?(?:{'|'.join(sorted(_ID_WORDS['source_verb'], key=len, reverse=True))})\b")
_SAYS_BEFORE_RE = re.compile(rf"(?i)\b(?:said|says|told|wrote|added|according{SP}+to|as){SP}+\Z")
_ONE_SOURCE_NOUN_RE = re.compile(
    rf"(?i)one{SP}+(?:[A-Za-z][\w’'.&-]*{SP}+){{0,3}}?(?:{'|'.join(sorted(_ID_WORDS['source_noun'], key=len, reverse=True))})"
    rf"(?:{SP}*[,.;:”\"]|{SP}+(?:on|in|at|with|from|who|close|familiar|inside|(?-i:[A-Z@][\w@]*))\b|{SP}*\Z)")
_ONE_PART_RE = re.compile(rf"(?i){SP}*(?:-|–|to|or|in|out{SP}+of){SP}*(?:\d|(?:{CARD_ALT})\b)")
_CONTRAST_BEFORE_RE = re.compile(
    rf"(?i)\b(?:than|least|most|only|just|exactly|single|total{SP}+of|per){SP}+\Z")


def idiom(look: Look) -> bool:
    """A fixed phrase that counts nothing (lexicons/figure_idioms.tsv): "at one point", "by one estimate",
    "one hell of", "the first lady", "first responders", "second-guess", "third countries", "doubling down",
    "one sort or another", "from one ocean to another", "one crisis after another", "one side or the other", and
    "if one party is invaded" (any one of the parties)."""
    text, c = look.text, look.cand
    if text[c.num_start:c.num_end].lower() not in _IDIOM_WORDS or c.unit == "rank":
        return False       # only numbers that occur in an idiom are looked at (a set lookup, not a regex); a rank
                           # in a table is no praise ("world number one")
    lo, hi = max(look.lo, c.num_start - 20), min(look.hi, c.num_end + 40)
    for m in IDIOM_RE.finditer(text, lo, hi):
        if m.start() <= c.num_start and c.num_end <= m.end():
            return True
    if text[c.num_start:c.num_end].lower() != "one":
        return False
    return _ONE_OR_ANOTHER_RE.match(text, c.num_start, hi) is not None or (
        _IF_BEFORE_RE.search(text, max(look.lo, c.start - 8), c.start) is not None
        and _ONE_PARTY_AFTER_RE.match(text, c.num_end, hi) is not None)


# "if one party is invaded, the other ...", "If one nation mismanages its grid, its neighbours suffer": "one" after a
# conditional before a party of a pact or a group (a state, a side, a member) is any one of them, no count
_IF_BEFORE_RE = re.compile(rf"(?i)\b(?:if|unless|whenever|should){SP}+\Z")
_ONE_PARTY_AFTER_RE = re.compile(rf"{SP}+(?:party|side|nation|state|country|member|ally|partner|signatory|government)\b"
                               rf"(?!{SP}*[-’'])", re.IGNORECASE)


# "one pilot can be heard asking the other", "an attack on one country is an attack on the other", "one right after
# the other": "one" and "the other" in one clause (no comma, colon or conjunction between) name the two members of a
# pair in a relation to each other, as "each other" does; no count.  Across a clause break each member has its own
# predicate ("One soldier died, and the other was injured"): that "one" counts.
_RECIPROCAL_OTHER_RE = re.compile(rf"(?i)(?:{SP}+(?!(?:and|but|while|whereas|or|then)\b)[\w’'-]+){{0,9}}?{SP}+the{SP}+other\b"
                                  rf"(?!s\b|{SP}*(?:\d|(?:{CARD_ALT})\b))(?:{SP}+(?P<next>[a-z]+)\b)?")


def reciprocal_one(look: Look) -> bool:
    """ "one pilot can be heard asking the other", "an attack on one country ... an attack on the other": one member of
    a pair related to the other in the same clause (see the pattern above), no count; "only one" or "at least one"
    keep the count."""
    text, c = look.text, look.cand
    if text[c.num_start:c.num_end].lower() != "one" or text[c.num_end:c.num_end + 1] == "-" \
            or _CONTRAST_BEFORE_RE.search(text, max(look.lo, c.start - 12), c.start):
        return False
    m = _RECIPROCAL_OTHER_RE.match(text, c.num_end, min(look.hi, c.num_end + 120))
    # "the other countries" are the rest, not the other member of a pair
    return m is not None and not (m.group("next") and looks_plural(m.group("next")))


def indefinite_source(look: Look) -> bool:
    """ "one questioner claimed", "said one GOP source", "one study found", "One Republican threatened":
    "one" as an indefinite article before the person or text who says something, not a count."""
    text, c = look.text, look.cand
    if text[c.num_start:c.num_end].lower() != "one" or c.strong or text[c.num_end:c.num_end + 1] == "-":
        return False
    if _CONTRAST_BEFORE_RE.search(text, max(look.lo, c.start - 12), c.start):
        return False       # "at least one official said": a count
    if _ONE_PART_RE.match(text, c.num_end, min(look.hi, c.num_end + 30)):
        return False       # "one in five voters say": a proportion
    if _ONE_SOURCE_RE.match(text, c.num_start, min(look.hi, c.num_end + 60)) is not None:
        return True
    return _SAYS_BEFORE_RE.search(text, max(look.lo, c.start - 16), c.start) is not None \
        and _ONE_SOURCE_NOUN_RE.match(text, c.num_start, min(look.hi, c.num_end + 50)) is not None


def clock_time_words(look: Look) -> bool:
    """ "at three o'clock", "twelve noon": a clock time written in words."""
    return re.match(rf"{SP}+(?:o[’']clock|(?i:noon|midnight))\b", look.text[look.cand.num_end:look.cand.num_end + 10]) is not None


# -------------------------------------------------------------------------- the table
_DIGIT_RULES: tuple[Rule, ...] = (
    footnote_marker, clock_time, day_of_date, second_day_of_range, decade, era_year, year, end_of_year_range,
    score_or_part_number, identifier, letters_glued, designation, reference_number, bracketed_note,
    metadata_number, street_address, phone_number, calibre, reference_word_before, committee_name, list_name, quoted_title, idiom,
    number_before_name)

RULES: dict[str, tuple[Rule, ...]] = {
    "digit": _DIGIT_RULES + (inside_calendar_date, time_ago, tournament_stage),
    "slash": _DIGIT_RULES,
    "ordinal": (footnote_marker, ordinal_day_of_date, ordinal_in_name, discourse_ordinal, hyphen_glued_ordinal,
                inside_calendar_date, first_as_adverb, argument_ordinal, ordinal_of_a_period, military_unit, ordinal_identifier, idiom,
                quoted_title),
    "word": (footnote_marker, number_word_in_name, hyphen_compound, hyphen_glued_word, pronoun_one, one_as_a_certain, one_day_as_someday,
             referential_two, named_pair, idiom, reciprocal_one, indefinite_source, clock_time_words, time_ago, opening_one,
             tournament_stage),
    "fraction": (footnote_marker, time_ago),
    "vague": (footnote_marker,),
}


def is_not_figure(look: Look) -> bool:
    """True when a rule of :data:`RULES` for the candidate's atom applies: it names or locates, not counts."""
    for rule in RULES[look.cand.atom]:       # (a loop, not any() over a generator: it runs for every candidate)
        if rule(look):
            return True
    return False
