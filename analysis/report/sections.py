"""The briefing's sections, each a function that selects a tidy DataFrame from the tables.

Every function takes the tables (:class:`~analysis.report.data.ReportData`) first and
returns a DataFrame: one row per thing the section shows, with the article's id and its
short label (``article``), and the character span (``start``/``end``, or ``evidence_start``/
``evidence_end``) the evidence link points to.  Nothing here writes HTML or states a finding:
the templates in ``analysis/templates`` turn the frames into prose and tables.

>>> frame = themes(data)                                   # doctest: +SKIP
>>> frame[frame["theme"] == "trade and economy"]           # doctest: +SKIP
"""
from __future__ import annotations

import re
from typing import Callable, Optional

import pandas as pd

from ..views.estimates import conflicting_estimates, estimates_table
from .fit import codebook_fit, codebook_misfits, discovered, discovered_themes, shift_story, theme_fit_rows
from .frames import _by_date, _published, _select, _theme_order, _with_labels, sentence_context

NOT_ESTIMATES = ("hypothetical", "negated")   # never listed as anyone's figure
DENIED = "denied"                              # listed, with the denial beside it

TROOP_KINDS = ("troop_estimate", "labor_estimate")
MONEY_KINDS = ("trade_value", "money", "percentage")
DATED_GRANULARITIES = ("day", "month", "season")


def dated_rows(dates: pd.DataFrame) -> pd.DataFrame:
    """Dates placed in the calendar: a day, month or season whose year is known (``XXXX-11-12``,
    a dateline with no publication date to place it, stays out of timelines)."""
    normalized = dates["normalized"].fillna("").astype(str)
    return dates[dates["granularity"].isin(DATED_GRANULARITIES) & normalized.str.match(r"\d{4}")]


CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?", re.I)
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:T\S*)?")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}


def metadata_line(sentence: str, date_text: str = "") -> bool:
    """Whether ``sentence`` is a page's header, byline or metadata line rather than prose, judged from
    its shape: once its dates, clock times and numbers are taken out, no words are left, or at most
    three label words with a clock time or a label colon ("Posted on : 2024-06-14 16:59 KST Modified
    on : ...", "Written: 2024-10-30 08:29:06Updated: ...", "Data cut-off: 5:00pm ET, October 25, 2024",
    "30 Sep, 2022 · 5832", "2025-07-13 04:11:24"), or a page's time stamp with at most four other words ("Updated 24
    June 2024", "News Desk | Updated: 29-08-2025 13:52 IST").  A sentence with a verb phrase stays prose."""
    text = str(sentence or "")
    clock = bool(CLOCK.search(text))
    rest = text.replace(str(date_text or ""), " ") if date_text else text
    rest = ISO_DATE.sub(" ", CLOCK.sub(" ", rest))
    words = re.findall(r"[^\W\d_][\w'’-]*", rest)
    if not words:
        return True
    if PAGE_STAMP.search(text) and len(text) <= 160 and \
            len([w for w in words if w.lower() not in STAMP_WORDS]) <= 4:
        return True       # "Updated 24 June 2024", "News Desk | Updated: 29-08-2025 13:52 IST | Created: ..."
    return len(words) <= 4 and (clock or ":" in text) and len(text) <= 120


# A page's time stamp: its label opening the line or a segment after a separator (not "the report was updated on").
PAGE_STAMP = re.compile(r"(?:^|[|·•]\s*)(?:Last\s+)?(?:Updated|Published|Posted|Modified|Created|First\s+published)\b")
STAMP_WORDS = frozenset({"last", "updated", "published", "posted", "modified", "created", "first", "on", "at"})


def when(normalized) -> str:
    """A period as a reader writes it: a season ``2023-SU`` as "summer 2023"; other values as they are."""
    value = "" if normalized is None or (isinstance(normalized, float) and pd.isna(normalized)) else str(normalized)
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value)
    return f"{SEASONS[season.group(2)]} {season.group(1)}" if season else value


def event_rows(data) -> pd.DataFrame:
    """``dated_rows`` of ``data.dates`` without the dates of page metadata lines (see :func:`metadata_line`)."""
    d = dated_rows(data.dates)
    if d.empty or data.sentences is None or data.sentences.empty:
        return d
    context = sentence_context(data.sentences, d[["article_id", "start", "end"]])
    texts = d["text"].fillna("").astype(str).tolist() if "text" in d else [""] * len(d)
    keep = [not metadata_line(sentence, text) for sentence, text in zip(context["sentence"], texts)]
    return d[keep]


# ----------------------------------------------------------------------------- sections
def overview(data) -> pd.DataFrame:
    """One row: how many articles, their dates and words, and how many records were extracted."""
    a = data.articles
    dates = sorted(p for p in a["published"].fillna("").astype(str) if p)
    return pd.DataFrame([{
        "articles": len(a), "first_published": dates[0] if dates else "", "last_published": dates[-1] if dates else "",
        "words": int(pd.to_numeric(a["words"], errors="coerce").fillna(0).sum()),
        "quotes": len(data.quotes), "claims": len(data.claims), "figures": len(data.figures), "dates": len(data.dates),
        "inferred_dates": int((a["published_basis"] == "inferred").sum()),
    }])


def sources(data) -> pd.DataFrame:
    """One row per article, by publication date: metadata, size, and the records found in it."""
    a = _by_date(data.articles)
    frame = _with_labels(_select(a, ["article_id", "title", "author", "outlet", "published", "published_basis",
                                     "words"]), data)
    for table in ("quotes", "claims", "figures", "dates"):
        counts = getattr(data, table).groupby("article_id").size()
        frame[table] = frame["article_id"].map(counts).fillna(0).astype(int)
    return frame


def themes(data) -> pd.DataFrame:
    """One row per theme and article: the article's position, whose it is, how sure, and the best evidence.

    Themes come in codebook order, articles in publication order; ``description`` is the codebook's, ``verdict`` an explicit
    contrast ("more likely X than Y") when the article draws one.  When the codebook does not fit, a theme
    no article takes a position on is left out.
    """
    pos = data.positions
    if pos.empty:
        return pd.DataFrame(columns=["theme", "description", "article_id", "article", "position", "verdict", "stance",
                                     "holder", "certainty", "confidence", "competing", "n_sentences", "evidence_text",
                                     "evidence_start", "evidence_end"])
    order = {theme: i for i, theme in enumerate(_theme_order(data))}
    descriptions = dict(zip(data.themes["theme"], data.themes["description"])) if len(data.themes) else {}
    # articles in publication order (undated last), as in Sources and Disagreements
    published = pos["article_id"].map(_published(data)).fillna("").astype(str)
    pos = pos.assign(_order=pos["theme"].map(order), _undated=published == "", _published=published).sort_values(
        ["_order", "_undated", "_published", "article_id"], kind="mergesort")
    frame = _select(pos, ["theme", "article_id", "position", "verdict", "stance", "holder", "certainty",
                          "confidence", "competing", "n_sentences", "evidence_text", "evidence_start",
                          "evidence_end"])
    frame.insert(1, "description", frame["theme"].map(descriptions).fillna(""))
    if codebook_misfits(data):
        # a codebook that does not fit: a theme no article takes a position on (rows of "(no position)"
        # only; PolNeAR printed eight such tables) is left out
        held = (frame["position"].fillna("").astype(str) != "") | (frame["stance"].fillna("") == "no clear position")
        frame = frame[frame["theme"].isin(set(frame.loc[held, "theme"]))].reset_index(drop=True)
    return _with_labels(frame, data)


def disagreements(data) -> pd.DataFrame:
    """One row per theme and article on the themes where articles differ: its position and evidence.

    ``pairs`` counts the pairs of articles that differ on the theme (the pairs themselves are
    ``data.disagreements``).  Articles come in publication order within a theme.
    """
    columns = ["theme", "pairs", "position", "article_id", "article", "stance", "holder", "evidence",
               "evidence_start", "evidence_end"]
    dis = data.disagreements
    if dis.empty:
        return pd.DataFrame(columns=columns)
    # Every article with a position on a theme where articles differ (the pairs table names one
    # article per position: "strategic alignment" held by two articles showed only the first).
    pos = data.positions
    held = pos[pos["theme"].isin(set(dis["theme"])) & (pos["position"].fillna("").astype(str) != "")]
    rows = held.rename(columns={"evidence_text": "evidence"})[
        ["theme", "article_id", "position", "stance", "holder", "evidence", "evidence_start", "evidence_end"]].copy()
    # pairs of articles that differ, from the positions table as the bottom line counts them (summing
    # ``article_pairs`` read back from a CSV would join strings: "1" + "2" is "12")
    from ..views import disagreement_summary
    pairs = disagreement_summary(data.positions).set_index("theme")["differing_article_pairs"]
    rows["pairs"] = rows["theme"].map(pairs)
    theme_rank = {theme: i for i, theme in enumerate(dict.fromkeys(dis["theme"]))}
    rows["_theme"] = rows["theme"].map(theme_rank)
    rows["_published"] = rows["article_id"].map(_published(data)).fillna("")
    rows = rows.sort_values(["_theme", "_published", "article_id"], kind="mergesort")
    return _with_labels(_select(rows, [c for c in columns if c != "article"]), data)


def stated_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """``figures`` without the hypothetical and negated ones (nobody's figure) and without a headline figure
    that repeats a body mention (``repeat_of``: counted once), with ``denied`` True for a figure a source calls
    false (its denial's words are in ``hedge``)."""
    status = figures["status"].fillna("").astype(str) if "status" in figures else pd.Series("", index=figures.index)
    repeat = pd.to_numeric(figures["repeat_of"], errors="coerce").fillna(-1) >= 0 if "repeat_of" in figures \
        else pd.Series(False, index=figures.index)
    kept = figures[~status.isin(NOT_ESTIMATES) & ~repeat]
    return kept.assign(denied=status[kept.index] == DENIED)


def estimates(data) -> pd.DataFrame:
    """Every troop and worker estimate: as written, its value or range, hedge, who states it, the period.
    A hypothetical or negated figure is nobody's estimate and is left out; a denied one is kept with
    ``denied`` True, so the denial shows beside it."""
    figures = stated_figures(data.figures)
    frame = estimates_table(figures).merge(figures[["article_id", "start", "denied"]], on=["article_id", "start"],
                                           how="left").drop_duplicates(["article_id", "start", "end"])
    frame["denied"] = frame["denied"].fillna(False).astype(bool)
    return _with_labels(_select(frame, ["kind", "article_id", "text", "value", "value_high", "unit", "hedge",
                                        "source", "refers_to", "denied", "start", "end"]), data)


def trade(data) -> pd.DataFrame:
    """Trade values, sums of money and percentages, by kind, what they count (``subject``) and the
    period they describe."""
    f = stated_figures(data.figures)
    money = f[f["kind"].isin(MONEY_KINDS)]
    if "subject" in money:   # what is counted, so values of different quantities are not read as one series
        money = money.assign(subject=money["subject"].fillna("").astype(str))
    money = money.sort_values([c for c in ("kind", "subject", "refers_to", "article_id", "start") if c in money])
    frame = _select(money, ["kind", "subject", "article_id", "text", "value", "unit", "refers_to", "hedge", "source", "denied",
                            "start", "end"])
    frame["source"] = frame["source"].fillna("").replace("", "(the author)")
    return _with_labels(frame, data)


def conflicting_figures(data) -> pd.DataFrame:
    """Per quantity (kind, ``subject``, period), the lowest and the highest figure from different
    articles when their ranges do not overlap; hypothetical, negated and denied figures are left out.
    An undated troop or worker estimate counts for its article's publication year (``period_inferred``)."""
    frame = conflicting_estimates(data.figures, sentences=data.sentences, detail=True, published=_published(data))
    # Only quantities the extraction named ("North Korean troops in Russia"): a figure without a
    # subject is not known to count the same thing as another, and the views' fallback (the actors
    # its sentence names, e.g. "(US)") put "1.6 percent" beside "76 percent" on PolNeAR.
    named = set(data.figures["subject"].fillna("").astype(str)) - {""} if "subject" in data.figures else set()
    frame = frame[frame["subject"].fillna("").astype(str).isin(named)].reset_index(drop=True)
    return _with_labels(_with_labels(frame, data, "article_a", "label_a"), data, "article_b", "label_b")


def voices(data, *, per_article: int = 3) -> pd.DataFrame:
    """The key quotations: per article, the ``per_article`` longest with a speaker found, in text order."""
    from ..entities import entity_labels

    q = data.quotes
    q = q[(q["kind"] != "scare") & (q["speaker"].fillna("") != "")].assign(_length=lambda f: f["text"].str.len())
    # The speaker as the entity's name ("Kim Jong-un", not "North Korean leader Kim Jong-un").
    # ... and a description that names no entity as written ("the two countries' leaders"), one row per quotation
    q = q.assign(speaker=entity_labels(q, "speaker", getattr(data, "entities", None), described=None)["label"])
    picked = (q.sort_values(["article_id", "_length", "start"], ascending=[True, False, True])
              .groupby("article_id", sort=True).head(per_article).sort_values(["article_id", "start"]))
    return _with_labels(_select(picked, ["article_id", "speaker", "cue", "text", "kind", "start", "end"]), data)


def timeline(data, *, limit: int = 60) -> pd.DataFrame:
    """Dated events (day, month or season) in date order, each with the sentence that dates it
    (``when`` the period as a reader writes it); dates in page metadata lines are left out."""
    d = event_rows(data).sort_values(["normalized", "article_id", "start"]).head(limit)
    frame = sentence_context(data.sentences, _select(d, ["normalized", "article_id", "text", "start", "end"]))
    frame["when"] = frame["normalized"].map(when)
    return _with_labels(frame.drop(columns=["sentence_start", "row"]), data)


def shift(data) -> pd.DataFrame:
    """Each theme's positions in publication order; ``changed`` marks a position that differs from
    the previous article's on that theme."""
    vs = data.view_shift
    columns = ["theme", "published", "article_id", "position", "stance", "holder", "certainty", "changed"]
    if vs.empty:
        return pd.DataFrame(columns=columns[:3] + ["article"] + columns[3:])
    order = {theme: i for i, theme in enumerate(_theme_order(data) + list(dict.fromkeys(vs["theme"])))}
    vs = vs.assign(_order=vs["theme"].map(order)).sort_values(["_order", "published", "article_id"], kind="mergesort")
    return _with_labels(_select(vs, columns), data)


def vocabulary(data, *, per_article: int = 8) -> pd.DataFrame:
    """Per article, the ``per_article`` words it uses most beyond the others (log-odds z-score)."""
    terms = data.distinctive_terms
    if terms.empty:
        return pd.DataFrame(columns=["article_id", "article", "term", "z"])
    z = "log_odds_z" if "log_odds_z" in terms.columns else terms.select_dtypes("number").columns[0]
    top = (terms.sort_values(["article_id", z, "term"], ascending=[True, False, True])
           .groupby("article_id", sort=True).head(per_article).rename(columns={z: "z"}))
    return _with_labels(_select(top, ["article_id", "term", "z"]), data)


def methods(data) -> pd.DataFrame:
    """What a reader should know about the input: one row per inferred date, undated article, skipped
    file and codebook search left out (``topic``), with the evidence or the reason (``detail``)."""
    a = data.articles
    inferred = a[a["published_basis"] == "inferred"].assign(topic="inferred date", file="",
                                                            detail=lambda f: f["notes"] if "notes" in f else "")
    undated = a[a["published"].fillna("") == ""].assign(topic="undated", file="", detail="")
    skipped = data.skips.assign(topic="skipped file", article_id="", detail=data.skips["reason"])
    fit = theme_fit_rows(data)
    problems = data.codebook_problems
    stopped = problems.assign(topic="codebook problem", file="", detail=problems["theme"].astype(str) + ": "
                              + problems["problem"].astype(str)) if len(problems) else pd.DataFrame()
    columns = ["topic", "article_id", "file", "detail"]
    parts = (inferred, undated, skipped, stopped, fit)
    frame = pd.concat([_select(part, columns) for part in parts], ignore_index=True)
    return _with_labels(frame, data).assign(article=lambda f: f["article"].where(f["article_id"] != "", ""))


def appendix(data, cited: Optional[pd.DataFrame] = None) -> pd.DataFrame:
    """Each cited span in context: the sentence before, the sentence split around the span
    (``lead``, ``span``, ``tail``), and the sentence after.

    ``cited`` has ``article_id``, ``start``, ``end`` and optionally ``n`` (the evidence number);
    without it, every span the other sections select is cited, in their order.
    """
    if cited is None:
        cited = cited_spans(data)
    if "n" not in cited.columns:
        cited = cited.assign(n=range(1, len(cited) + 1))
    spans = sentence_context(data.sentences, _select(cited, ["n", "article_id", "start", "end"]))
    ordered = data.sentences.sort_values(["article_id", "start"]).reset_index(drop=True)

    def neighbour(row: int, aid: str, step: int) -> str:
        j = row + step
        if row < 0 or not 0 <= j < len(ordered) or ordered.at[j, "article_id"] != aid:
            return ""
        return str(ordered.at[j, "text"])

    rows = []
    for r in spans.itertuples():
        text, offset = str(r.sentence), int(r.sentence_start)
        a, b = max(0, int(r.start) - offset), max(0, min(len(text), int(r.end) - offset))
        rows.append({"n": r.n, "article_id": r.article_id, "start": r.start, "end": r.end, "found": r.row >= 0,
                     "before": neighbour(r.row, r.article_id, -1), "lead": text[:a], "span": text[a:b],
                     "tail": text[b:], "after": neighbour(r.row, r.article_id, +1)})
    columns = ["n", "article_id", "start", "end", "found", "before", "lead", "span", "tail", "after"]
    return _with_labels(pd.DataFrame(rows, columns=columns), data)


def cited_spans(data) -> pd.DataFrame:
    """The spans the sections' frames point to, without repeats: ``article_id``, ``start``, ``end``."""
    evidence = ["article_id", "evidence_start", "evidence_end"]
    parts = [frame[evidence].set_axis(["article_id", "start", "end"], axis=1)
             for frame in (themes(data), disagreements(data))]
    parts += [frame[["article_id", "start", "end"]]
              for frame in (estimates(data), trade(data), voices(data), timeline(data))]
    spans = pd.concat(parts, ignore_index=True).dropna().astype({"start": "int64", "end": "int64"})
    return spans[spans["start"] >= 0].drop_duplicates().reset_index(drop=True)  # -1: no evidence


# ----------------------------------------------------------------------------- the bottom line
BOTTOM_LINE_COLUMNS = ["point", "topic", "item", "article_id", "value", "value_high", "unit", "hedge", "source",
                       "refers_to", "count", "start", "end"]


def framing_theme(data) -> str:
    """The theme most articles take a position on (the first in codebook order on a tie), or ''."""
    pos = data.positions
    if pos.empty:
        return ""
    counts = pos[pos["position"].fillna("") != ""].groupby("theme")["article_id"].nunique()
    ranked = [t for t in _theme_order(data) if t in counts.index]
    return max(ranked, key=lambda t: counts[t]) if ranked else ""


def _points(rows: list[dict], point: str) -> list[dict]:
    return [{"point": point, **row} for row in rows]


def _scope_points(data) -> list[dict]:
    a = _by_date(data.articles)
    outlets = a["outlet"].fillna("").astype(str) if "outlet" in a else [""] * len(a)
    return _points([{"article_id": aid, "item": outlet} for aid, outlet in zip(a["article_id"], outlets)], "scope")


def _discovered_points(data, *, top: int = 3) -> list[dict]:
    if not codebook_misfits(data):
        return []
    # the largest by the article counts the sentence shows (they were ranked by sentences: "nato (4
    # articles), clinton (10 articles)" read as the wrong order)
    found = discovered(data)["themes"].head(top)
    found = found.sort_values("n_articles", ascending=False, kind="mergesort")
    return _points([{"topic": "discovered", "item": r.name, "count": int(r.n_articles)} for r in found.itertuples()]
                   or [{"topic": "discovered", "item": "", "count": 0}], "discovered")


def _framing_points(data) -> list[dict]:
    if codebook_misfits(data):   # positions from a codebook that does not fit are no finding
        return []
    theme = framing_theme(data)
    pos = data.positions
    if not theme:
        return []
    rows = pos[(pos["theme"] == theme) & (pos["position"].fillna("") != "")].sort_values(["position", "article_id"])
    return _points([{"topic": theme, "item": r.position, "article_id": r.article_id, "start": r.evidence_start,
                     "end": r.evidence_end} for r in rows.itertuples()], "framing")


def _disagreement_points(data, *, top: int = 3) -> list[dict]:
    if codebook_misfits(data):
        return []
    from ..views import disagree_most, disagreement_summary

    pos = data.positions
    most = disagree_most(pos, n=top) if len(pos) else []
    if not most:  # said too: that no two articles differ is a finding
        return _points([{"topic": "", "count": 0}], "disagreement")
    summary = disagreement_summary(pos).set_index("theme")["differing_article_pairs"]
    return _points([{"topic": theme, "count": int(summary.get(theme, 0))} for theme in most], "disagreement")


def _one_subject(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows of the subject (what is counted: "North Korean troops in Russia") with the most
    figures; a figure with no subject is left out, as it is not known to count the same thing as
    another (seeds put North Korea–China trade in one range with North Korean exports to Russia)."""
    subject = rows["subject"].fillna("").astype(str).str.strip() if "subject" in rows else pd.Series("", index=rows.index)
    rows = rows.assign(shown_subject=subject)[subject != ""]
    if rows.empty:
        return rows
    counts = rows.groupby("shown_subject", sort=False).size()
    best = max(counts.index, key=lambda s: (counts[s], -list(counts.index).index(s)))
    return rows[rows["shown_subject"] == best]


def _estimate_points(data, *, per_kind: int = 4, at_least: float = 1000) -> list[dict]:
    """Per kind (troops, workers), the estimates of one subject, named in ``item``."""
    figures = stated_figures(data.figures)
    figures = figures[~figures["denied"]]
    est = estimates_table(figures)
    subjects = figures.set_index(["article_id", "start"])["subject"] if "subject" in figures else None
    est["subject"] = ([subjects.get((a, s), "") for a, s in zip(est["article_id"], est["start"])]
                      if subjects is not None else "")
    est = est[est["value"] >= at_least]
    parts = [_one_subject(group).head(per_kind) for kind in TROOP_KINDS
             for group in [est[est["kind"] == kind]] if len(group)]
    parts = [p for p in parts if len(p)]
    if not parts:
        return []
    est = pd.concat(parts)
    return _points([{"topic": r.kind, "item": r.shown_subject, "article_id": r.article_id, "value": r.value,
                     "value_high": r.value_high, "unit": r.unit, "hedge": r.hedge, "source": r.source,
                     "start": r.start, "end": r.end} for r in est.itertuples()], "estimates")


def _trade_points(data, *, top: int = 4) -> list[dict]:
    """Trade values of one subject (the one most often cited) with the period they describe."""
    f = data.figures
    trade_rows = f[(f["kind"] == "trade_value") & (f["refers_to"].fillna("") != "")]
    trade_rows = _one_subject(trade_rows)
    if trade_rows.empty:
        return []
    trade_rows = trade_rows.sort_values(["refers_to", "start"])
    return _points([{"topic": "trade_value", "item": r.shown_subject, "article_id": r.article_id, "value": r.value,
                     "unit": r.unit, "refers_to": r.refers_to, "start": r.start, "end": r.end}
                    for r in trade_rows.head(top).itertuples()], "trade")


def _voice_points(data, *, top: int = 3) -> list[dict]:
    q = data.quotes
    speech = q[q["kind"] != "scare"]
    if speech.empty:
        return []
    from ..entities import DESCRIBED_KEY, entity_labels

    named = speech[speech["speaker"].fillna("") != ""]
    # Counted by entity: "Pyongyang" and "North Korea", "Trump" and "Donald Trump" are one voice; descriptions that
    # name no entity ("a statement", "the official") are nobody's voice, so never among the most quoted.
    keys = entity_labels(named, "speaker", getattr(data, "entities", None))
    counts = keys[keys["key"] != DESCRIBED_KEY].groupby(["key", "label"]).size()
    most = sorted(((label, n) for (_, label), n in counts.items()), key=lambda item: (-item[1], item[0]))[:top]
    rows = [{"topic": "speech", "count": len(speech)}, {"topic": "with speaker", "count": len(named)},
            {"topic": "scare", "count": int((q["kind"] == "scare").sum())}]
    return _points(rows + [{"topic": "most quoted", "item": s, "count": int(n)} for s, n in most], "voices")


def _shift_points(data) -> list[dict]:
    if codebook_misfits(data):
        return []
    theme = framing_theme(data)
    story = shift_story(data)
    rows = story[story["theme"] == theme] if theme else story.iloc[0:0]
    if rows.empty or int(rows.iloc[0]["n_dated"]) < 2:
        return []
    # the story's own summary: a move only within one source, else earlier and later articles
    r = rows.iloc[0]
    return _points([{"topic": theme, "item": r["summary"], "article_id": r["earliest_article"]}], "shift")


BOTTOM_LINE_POINTS: tuple[Callable, ...] = (_scope_points, _discovered_points, _framing_points, _disagreement_points, _estimate_points,
                                            _trade_points, _voice_points, _shift_points)


def bottom_line(data, *, points: int = 6) -> pd.DataFrame:
    """The facts the bottom line states, one row per fact, grouped by ``point`` (at most ``points``
    of: scope, discovered themes (when the codebook does not fit; then no framing, disagreement or shift), framing, disagreement, estimates, trade, voices, shift, in that order)."""
    found = [rows for rows in (make(data) for make in BOTTOM_LINE_POINTS) if rows][:points]
    frame = pd.DataFrame([row for rows in found for row in rows], columns=BOTTOM_LINE_COLUMNS)
    return _with_labels(frame.astype({"count": "Int64"}), data)


SECTIONS: dict[str, Callable[..., pd.DataFrame]] = {
    "overview": overview, "bottom_line": bottom_line, "sources": sources, "themes": themes,
    "disagreements": disagreements, "estimates": estimates, "trade": trade, "conflicting_figures": conflicting_figures,
    "voices": voices, "timeline": timeline, "shift": shift, "vocabulary": vocabulary, "methods": methods,
    "appendix": appendix, "codebook_fit": codebook_fit, "discovered_themes": discovered_themes,
    "shift_story": shift_story,
}
