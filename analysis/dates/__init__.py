"""Date mentions: calendar dates, months, years, seasons, decades and relative expressions.

Every mention is normalised to ISO against the article's publication date
(``published``, "YYYY-MM-DD", "YYYY-MM" or "YYYY"):

========================  ===================  ===========
surface                   normalized           granularity
========================  ===================  ===========
3 August 2022             2022-08-03           day
April last year           2019-04 (pub 2020)   month
early 2020                2020                 year
last summer               2012-SU              season
spring and summer 2023    2023-SP, 2023-SU     season
before year-end           2024 (pub 2024)      year
the fall of 2015          2015-FA              season
the 1990s                 1990s                decade
the 20th century          1900s                century
this week                 2013-W12             week
over the weekend          2013-W11 (pub Wed)   week
the first half of 2024    2024                 year
in recent months          PAST_REF             relative
recently, in the past     PAST_REF             relative
========================  ===================  ===========

How dates without a year are placed (documented rules, after TempEval/HeidelTime):

* A bare month or day ("in September", "since 29 April", "on May 9") takes the year
  written right after it ("March to May 2022"), or the year of the story around it
  (``frame.story_year``): a date written earlier in the same sentence (an earlier month
  after a later one follows it: "from June 2023 to May" -> 2024-05; a date in an aside
  that dates a thing, ", created in 2009,", places nothing); a month or
  day that opens an earlier sentence, however far back, while no other date has moved
  the story to another year ("In October 2023, ... In November" -> 2023-11; an earlier
  month rolls into the next year: "In November 2023 ... In January" -> 2024-01); a year
  opening an earlier sentence of the same paragraph ("In 2019, Kim went to Vladivostok.
  In April, he met Putin").  A date inside a sentence ("the February 2022 invasion") is
  background and sets no story.  The story's year is checked against the tense (a
  future verb looks from publication) and the publication date (a past date never
  falls after it).
* Otherwise the nearest tense cue decides (lexicons/date_tense_cues.tsv): past (and
  after "since", or a comparison's baseline, "higher than in early December", "up 4% from May";
  a bare "from" or "after" is a start, placed by the tense: "will apply from July 4") gives
  the most recent such month/day on or before publication; future ("will resume in
  September", "due to be published in May") the next one on or after it.  With no
  cue, the past one, unless the month comes within the next three months.  A participle after a
  determiner ("a designated day") is no past cue, nor a passive one after its auxiliary, an adverb
  between or not ("will be officially declared on Sunday" looks ahead); "is to", "expect", "forecast for" and an
  infinitive of plan after a past verb ("for the program to run through June") look ahead.
* A future cue before a day-month that fell at most a month before publication gives that recent day ("will be
  aware of the announcement on January 19", written on 25 January): the same day a year on would carry its year.
  A year premodifying a noun after a determiner ("Sinner, the 2022 Wimbledon runner-up, ... in March") dates that
  thing and sets no story year for its sentence.
* Holidays on a fixed calendar day ("by Christmas", "On Christmas Day", "New Year's Eve 2023") are that day, placed
  as a day without a year; a bare "Christmas" only after a preposition of time, never before a noun ("the
  Christmas season") or after a determiner ("last Christmas").
* Weekdays ("on Friday") are the most recent such day on or before the publication
  day (TempEval's reading of news), the next one after a future cue ("will arrive on
  Friday"; after a "would" of reported speech, 'said police would arrive by Friday', the one nearest publication,
  on either side; an event the clause follows, "will intensify after Wednesday's summit", on or before publication),
  before a firm future verb when no cue precedes ("Monday's debate ... will be"),
  after "as early as", "starting", "effective" or a deadline's "no later than" ("as early as Thursday") or at
  the end of a range from now ("from today to Friday"); a weekday joined to the one before ("Monday night or
  Tuesday", "held Monday and Tuesday") lies on its side of publication (joined to publication day itself, the
  tense tells: "would be visiting on Wednesday and Thursday", written on the Wednesday), one closing a range from
  it follows it ("from Sunday to Tuesday": the first Tuesday after that Sunday).  A present verb in a clause of
  time under "will" looks ahead ("will change when the report is published on Monday").  A day that names an
  event its clause follows, within the month before publication, is that known event, whatever the verb ("will be
  weaker after the March 28 veto", written in April).  They need a
  full publication date, and are left out without one (so are "this week", "last week" when
  the publication date has a month but no day), or inside quoted words while
  the story is told months before publication ('"Meet me Sunday," he had written' after "in
  August" in a March article): no sound reading, so no row.
* "the same year", "that month", "the previous month", "a year later", "the week
  before", "the day after", "earlier in the day" refer to the last resolved mention
  (left out when it is not precise enough; with nothing told yet, "the day before" and "earlier in
  the day" step from publication); "the same month of last year" takes that
  month in the year before publication, "the same month in 2024" in 2024.
* "today" in a news report is the publication day (CONVENTIONS.md: "I'm announcing today", "will be happy
  today", "at 6:04 PM today"); it is the present age, vague like "now" and no date (CONVENTIONS.md), when it opens a clause before
  a present state ("But today Russia is engaged", "Today, Russia complies"), after a quantity now ("from 2.5bn in
  1950 to 8.2bn today"), in a comparison ("than can be done today"), after "of/even/still", before a present
  copula ("Russia today is a pariah") or "by" ("administered today by"), or as "today's" before no event noun
  ("today's world"); without a publication day it is PRESENT_REF.  It is the day whatever else in a range or with "earlier/later"
  ("from today to Friday"), before a past verb ("Today we decided", "actions today have cynically undermined") or as an event's day ("today's
  vote", "today's further adjustment in interest rates", "has concluded today", "brings us here today",
  "the version posted today"; in quoted words the story's day when it is at most three days back, else the
  last day told that is); "a brighter
  tomorrow" is no day; "last night", "this morning" are days around publication (in quoted words around the
  story's day, as "today": '"We spoke tonight," Holden said' after "voted Thursday");
  "this past month" is last month; a past verb right before it ("the treaty that was signed
  today") makes it the publication day too, as does a past verb earlier in its own clause ("wrote to us
  on 38 North today"; not when "today" opens a clause, ", and today we stand") or a performative "We offer today".
  "Tuesday next week" is that weekday in the week named; "the last week of December" a part of December;
  "FY 2024/25" one year; "the June treaty" the month.  The figure "X today could be Y tomorrow" is no date.
* "on the 20th (local time)" (a day of the month told alone, Korean and Japanese wire style) is that
  day in publication's month, or the month before when it would lie after publication (the next after
  a future cue); without a publication day it is left out.
* A year before 1900 is read only after "in", "since", "the" and the like ("the 1899 arbitral award"),
  never before a plural or a unit ("the 1800 soldiers"), and it sets no story year.
* Unresolvable past references ("recently", "lately", "in the past", "Earlier, ...")
  are PAST_REF with granularity relative; "as noted earlier" points into the text, "as recently as last
  month" compares (the date is the mention) and so does a bare "earlier" after a modal ("that could come
  earlier") or after a span within a day ("30 minutes earlier", "Hours earlier": measured from another event);
  "twice a week" counts how often, no step back.  "in the future", "the foreseeable future", "the coming weeks" and the year-scale "recent years",
  "the past few years", "recent times" are vague, no date (the gold sets never require them; "in recent months",
  "the last few weeks", "the past few days" stay PAST_REF).
* Without a publication date nothing is resolved from the clock (relative dates never
  depend on today's date): deictic expressions get granularity ``relative`` and the
  direction they point in ("last year", "yesterday" PAST_REF; "next month" FUTURE_REF;
  "this week" PRESENT_REF), never an empty value; weekdays are left out; explicit dates
  are rows as always; bare months and days take the story's year (above) or the one year
  the article writes when all its written years agree, else keep their month and day with
  the year unknown (an empty ``normalized``: the contract has no form without a year).
* A wire dateline ("SEOUL, Nov. 12 (Yonhap) --", "VOSTOCHNY, September 13. /TASS/.",
  "May 15 (UPI) --") is the report's day: without a year it takes the publication's, never
  the story's (no publication: the year unknown, ``normalized`` empty); when the publication date lacks a day
  ("2024") the dateline supplies it, so "on Tuesday" and "last week" can be told; a report
  datelined up to a week before publication (a repost) or two days after (a time zone ahead)
  counts weekdays and deictic days from the dateline.  A
  figure's period is never the dateline's day.
* "over the weekend", "last weekend", "this weekend": the ISO week of that Saturday and Sunday,
  the latest one on or before publication ("next weekend", or "this/the weekend" with a future
  verb: the coming one); a bare "the weekend" only after a preposition of time ("over",
  "during", "on" ...), never "the weekend of June 1" (the date is the mention).  Like weekdays
  they need a publication day.
* A weekday glossed by a date in brackets ("on Thursday (Nov. 21)") is that day.
* A year of a calendar era (lexicons/date_eras.tsv) is its Gregorian year: "April Juche 108" is 2019-04, "Reiwa 6"
  2024; a date line "November 23. 2019" (a full stop after the day, the year, or an era's year after it, ending the
  line) is one day.
* "2024/03/14" and "2024.03.14" are year-month-day, as "2024-03-14"; a year-like count opening a dashed
  range closed by no later year is no year ("2000 - 2500 Calories").
* "11/12/2024" where both orders are possible: the reading that is the publication day,
  else the one in its month, else the latest on or before it, else day-month.
* The tense of a month without a year is its own clause's when a relative clause follows it
  ("the shift in March which exited negative rates" is past after "might consider"; "the vote in
  May that will decide" ahead); a participle after a determiner or a possessive is an adjective,
  no past verb, and one of plan looks ahead ("the government's planned tax cut in June").
* A season without a year ("in summer", "over the winter", "as early as between summer to
  autumn") only after a preposition of time or another season and before no noun ("summer
  camp", "the winter Olympics"; never "fall"): placed as a bare month is (the story's year, else
  the tense; with neither it is a habit, "working in the summer", and no date); the second of a pair
  ("winter and spring") follows the first.  "the end-of-2019 requirement" is 2019.
* A day that names an event, written without its year before a noun of it ("the Sept. 11 terrorist
  attacks", "the Jan. 6 riot", "the Oct. 7 attack"), is the event's day (lexicons/date_named_days.tsv),
  not the one near publication.
* Time counted back: "15 years ago", "30-years-ago", "a decade ago", "a quarter of a century ago" (25
  years), "half a century ago" are years before publication; "decades ago", "years ago"
  with no number are PAST_REF, and so is a count bounded on one side only ("more than a week ago", "over a decade
  ago", "less than two years ago"; "just over a month ago" keeps its count).

A decade written without its century is read only where that is sure: spelled out with the century named
after it ("the nineties of the last century", a translator's style) or as "the early/late/mid 80's" with its
apostrophe; a bare "the nineties", "in her 80s" or "the low 80s" (an age, a price) is no date.

Centuries and decades are written "1900s" / "1990s" (granularity century / decade),
the form every scorer equivalence accepts.  Durations ("five years", "the past two
years") and periods without a date ("the post-Cold War period") are not mentions.

Speed: a literal pre-filter finds anchors (month and weekday names, "year", "week",
year-like numbers ...); one compiled master regex (no nested unbounded quantifiers) is
tried only at candidate word starts in short windows around them, and context checks
look at bounded windows around each match, so the time is linear in the text.

The package: :mod:`.grammar` (word lists and the master pattern), :mod:`.windows` (where the
pattern is tried), :mod:`.scan` (matches read into raw mentions, one reader per shape),
:mod:`.frame` (the time frame: publication date, the story's dates, tense, and where a month without a year falls), :mod:`.resolve`
(raw mentions to ISO, one resolver per kind; periods in :mod:`.periods`, "today" and "N days ago" in :mod:`.deictic`) and :mod:`.extract` (the loop that carries
the story's reference date).
"""
from .extract import extract_dates, resolve_date

__all__ = ["extract_dates", "resolve_date"]
