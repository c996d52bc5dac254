"""Figures: the numbers an article states, with value, unit, kind, hedge, source and period.

A figure is a number a reader could check: an amount of money, a count of troops or
workers, a percentage, a duration, a plain count ("five countries", "one solution"), a
multiple ("more than doubled", "twelvefold", "by half") or an ordinal with content ("the
75th anniversary", "the second-largest trade partner").  Numbers that only name, locate or
refer back are not figures: years ("in 2022", "the 1990s", "2017–2018"), the days of dates
("May 9", "3 August 2022"), clock times, footnote markers glued to a sentence end ("the
other.1"), designations ("COVID-19", "G7", "Su-27", "Stoxx 600", "Resolution 2397", "article
51", "the 1718 Committee", "the 72nd Brigade", "152 mm shells"), bare numbers on metadata
lines (the view counter in "30 Sep, 2022 · 5832"), referential "the two countries / these two
leaders / as the two arrived", "first" as an adverb ("Kim first visited") and ordinals that
order the argument ("First, ...", "a second step", "The first is ..."); names with an ordinal ("the
13th Amendment", "West 23rd Street", "a sixth-grader"), lists and titles ("Fortune 500", the show
"The 411", the film "“13th”"), clock times in words ("three o'clock") and idioms
(lexicons/figure_idioms.tsv: "at one point", "by one estimate", "the first lady", "first
responders", "second-guess", "third countries", "doubling down", "six figures", "a 911 caller");
"one" as an indefinite source ("one questioner claimed", "said one GOP source", "in one tweet");
telephone numbers ("+44 20 7946 0958", "call 911"); the ordinal of a quarter or half of a year ("the
first quarter", "a second-half loss": a date); a number after a class or grade noun ("clade 1", "phase 3",
"category 5", "type 2"); a bare number before a capitalised word heading no counted noun ("38 North", "the 5
Star Movement"; "600 North Korean soldiers" counts); "One" opening a sentence before a word of the argument,
modifiers between or not ("One caveat:", "One aspect of", "One key lesson"); "one" and "the other" in one clause, a pair
related to each other ("one pilot asked the other", "an attack on one is an attack on the other"); an ordinal naming a place in a text ("the second page of the newspaper", "the
third paragraph"; lexicon role text_part) or selecting the first N of a series ("the first three hearings": the
count is the figure); "a safe third country".  "A year and a half", "an hour and a half", "two years and a half"
are one duration (1.5 years, 1.5 hours, 2.5 years); a hyphen between spaces after a dateline opens a clause
("LIMA, March 3 (Wire) - Four fishermen ...": a count).

Each figure also gets a ``status`` (:mod:`.status`: stated, reported, hypothetical, negated or
denied), a ``subject`` (:mod:`.subject`: what is counted, "North Korean troops in Russia", or ""
when unclear) and ``repeat_of`` (:mod:`.repeats`: a headline or standfirst figure points to the
later mention it repeats).

The extractor works one sentence at a time:

1. find number *atoms*: digits ("90.3", "8,000"), number words ("twenty-eight thousand"),
   ordinals ("75th", "second"), fractions ("two-thirds", "half of") and vague plurals
   ("tens of thousands");
2. attach what surrounds each atom: a currency before it ("US$"), a scale after it
   ("million", "bn", "-thousand"), a unit ("percent", "km", "-year-old") and a rate ("a barrel");
3. drop the atoms that are not figures (above);
4. join ranges ("between 20,000 and 50,000", "15-22 mph", "three or four years",
   "four to five thousand") and proportions ("one in five");
5. decide the kind from the unit and the noun (a bare number takes the scale of the next one,
   "4.2 and 5.8 million rounds", and an elided noun from the figure before it, "12 shipments
   in 2023 and seven in 2024"); ("troops", "workers"; money near "exports" is a
   trade_value), the hedge ("up to", "nearly", "allegedly"), the source ("X said",
   "according to X") and ``refers_to``, the period the figure describes, from the date
   mentions of :mod:`analysis.dates` in the same sentence;
6. the status, subject and repeats (above).

Conventions (chosen to agree with the NewsQuant annotation where it has one):

* Vague plurals become ranges by one rule: a plural multiplier ``Ns`` spans ``[N, 10 N]`` of
  what it multiplies.  So "dozens" = 10-100, "hundreds" = 100-1,000, "thousands of troops" =
  1,000-10,000, "tens of thousands" = 10,000-100,000, "hundreds of thousands" =
  100,000-1,000,000, "hundreds and thousands" = 100-10,000, "several/a few hundred" = 100-1,000.
  Without "of" a vague plural is a figure as "thousands more wounded" (the unit of the figure
  before it), "a crowd of thousands" (people), "millions in aid", "raked in millions" (money) or
  standing alone ("killed thousands", "the thousands being monitored": people), "by the millions" (of what the clause
  names) (:mod:`.vague`).
  "A multi-million dollar deal" is the scale's order of magnitude (1,000,000-10,000,000 USD).
* Fractions ("a third of", "half the", "one in five") are proportions: ``value`` is the
  fraction (0.333...), ``unit`` "fraction", ``kind`` "percentage"; "four out of five citizens" is two
  counts, the part taking the whole's noun; "a quarter point", "half a percentage point" are 0.25 and
  0.5 percentage points.
* Counts written as words are figures ("five countries" = 5, "one solution" = 1), but the
  pronoun and partitive "one" are not ("no one", "one another", "one of the stakeholders"),
  nor "two" after the/these/those/both/its/their (a reference back: "the two countries"; "three" and "four"
  after the/these/those/all right before a noun of actors: "the three countries"), or before a noun
  of actors after a comma or a word of joining once the pair is named ("Russia, North Korea start building
  road bridge to connect two countries", :mod:`.reference`), nor the distributive "one" ("from one ocean
  to another", "one crisis after another").
* A range has ``value <= value_high``; "from 4.8 percent to 4.7 percent" and, after a verb of
  change, "raised its forecast from 2.2pc to 2.3pc" are changes, so they give two figures
  ("ranging from $200 to $4 million" is a range); so is "rose $12 to $1,950" when the level is five
  times the step or more.  A band of ten is a range: "the low 80s" =
  80-84, "the mid-30s" = 33-37, "her late 60s" = an age of 66-69.
* "A quarter of a century" is 25 years, "half a century" 50, "almost a decade" and "for a decade" 10 (but
  "two decades" 2 decades, as the devset gold gives them); "more than a year", "about a month", "up to a
  mile" a figure of 1 (:mod:`.one_unit`); "three-and-a-half-month" 3.5 months;
  "up by a third", "the bottom fifth of incomes" are shares, not ordinals.
* A figure the sentence's own rules leave without a source takes it from the attributions found by the
  other extractors (:mod:`.claimed`): the smallest claim whose content holds it (a saying, reporting,
  estimating or belief cue, a named source), a speech quote's speaker, or a headline's source ("NHK: ...",
  "... - Treasury"); a hypothetical, negated or denied figure keeps its status.
* A figure inside quotation marks is ``reported`` by the speaker the paragraph names outside them;
  a figure in the subject of a saying verb ("Twelve percent indicated ...") has no source; a source
  that is no noun phrase (a possessive fragment, "Let's", a verb, a clause) is dropped
  (:func:`.context.clean_source`).
* ``kind`` is one of trade_value, money, troop_estimate, labor_estimate, percentage, count,
  duration, ordinal; measures (km, tons) and ages are counts with their unit.  Fewer than ten
  workers are a count ("two Russian workers had been placed in a cold room"), no workforce estimate.
* People of a nation are people ("13,221 North Koreans entered Russia"), troops when deployed, stationed or
  fighting ("11,000 North Koreans were deployed to Kursk"), workers when employed or hired ("to employ 300 North
  Koreans").  Of two plural nouns the head counts ("two telecommunications cables": cables).  "The NIS put the
  figure at 3,000" counts what the sentence before counted; "the total number of deaths ... to over 14,000" deaths.
  People counted as a part of troops or workers are that estimate ("12,000 troops, including 500 officers").
  A body sized by the figure gives troops or workers ("a 12,000-strong contingent", "a force of about 12,000",
  "a 300-strong workforce"); a bare number "in favor" of a vote counts votes.
* A part of a whole counts the whole's noun ("three of the five questions": questions), a bare number
  after "including" the plural noun right before it ("other attempts — including two"), and a scaled
  amount in brackets after money is money ("80 billion yen (550 million)", its currency unnamed).

The package, one step per module: :mod:`.numbers` (steps 1-2, with :mod:`.one_unit`, :mod:`.vague` and
:mod:`.rates`), :mod:`.filters` (step 3,
the rejection rules as a table of named predicates), :mod:`.ranges` (step 4),
:mod:`.context` (step 5), :mod:`.status`, :mod:`.subject` and :mod:`.repeats` (step 6) and
:mod:`.extract` (the sentence loop); :mod:`.patterns` holds
the word lists and compiled patterns they share; :mod:`.guard` puts a first-character lookahead in front
of the long searched patterns (speed only: the same matches).
"""
from .context import link_period
from .extract import extract_figures
from .numbers import parse_number
from .status import STATUSES, figure_status
from .subject import figure_subject

__all__ = ["extract_figures", "parse_number", "link_period", "figure_status", "figure_subject", "STATUSES"]
