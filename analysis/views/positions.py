"""An article's position on each theme (a weighted vote of its sentences, with the evidence), and the themes × articles matrix."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Optional

import pandas as pd

from .codebook import as_codebook
from .inputs import clean_text, table_of
from .learned import WITHHELD, fill_learned
from .sentences import theme_sentences

MIN_SCORE = 0.5             # below this (one historical aside) an article takes no position
OWN_SHARE = 1 / 3           # own sentences weighing less than this share of the reported ones: a survey of others
# Abstention: a wrong label is worse than none.  The leading label must weigh at least this many
# times the runner-up in its pool (own or reported), or the article has "no clear position".
MIN_LEAD = 1.5
STRONG_SCORE = 2.0          # the weight at which one label's evidence counts as strong (two plain sentences)
NO_CLEAR_POSITION = "no clear position"

POSITION_COLUMNS = [
    "theme", "article_id", "position", "stance", "holder", "certainty", "score", "n_sentences",
    "n_own", "n_reported", "verdict", "other_positions", "evidence_text", "evidence_start",
    "evidence_end", "evidence_kind", "evidence_sentence_id", "confidence", "competing",
]

_FULL_SENTENCE = re.compile(r"[.!?][”\"’)]*\d{0,3}\s*$")


def _vote(rows: list[dict], ranks: dict[str, int], deniers: list[dict] = ()) -> list[tuple[str, float]]:
    """Labels by summed weight, best first; ties go to the label listed first in the codebook.

    A label that a sentence of the same voice explicitly sets aside ("a strategic alignment rather
    than a formal alliance") loses that sentence's weight: the writer's considered "not Y" answers
    their passing "Y".  A label left with no weight is dropped."""
    scores: dict[str, float] = {}
    for r in rows:
        scores[r["position"]] = scores.get(r["position"], 0.0) + r["weight"]
    for r in deniers:
        for label in filter(None, (x.strip() for x in str(r.get("denied") or "").split(","))):
            if label in scores:
                scores[label] -= r["weight"]
    kept = [(label, score) for label, score in scores.items() if score > 1e-9]
    return sorted(kept, key=lambda x: (-round(x[1], 6), ranks.get(x[0], 1_000), x[0]))


_UNNAMED_HOLDERS = ("unnamed source", "cited source")   # attribution's words for a source it could not name


def _main_holder(rows: list[dict]) -> str:
    """The one or two holders carrying most weight among ``rows`` ("Analysts and Chinese observers");
    holders that differ only in case ("analysts", "Analysts") are one."""
    weights: dict[str, float] = {}
    shown: dict[str, str] = {}
    for r in rows:
        holder = r["holder"] or "unnamed source"
        key = holder.lower()
        shown.setdefault(key, holder)
        weights[key] = weights.get(key, 0.0) + r["weight"]
    best = [h for h, _ in sorted(weights.items(), key=lambda x: -x[1])]
    first = best[:1]
    # a second holder that names the first again ("North Korea's Kim Jong-un" and "Kim") is not shown, nor a
    # placeholder for a source not named ("Moscow and cited source", "analysts and unnamed source" said nothing more)
    second = [h for h in best[1:] if not _same_holder(shown[h], shown[best[0]]) and h not in _UNNAMED_HOLDERS][:1]
    return " and ".join(shown[h] for h in first + second)


def _same_holder(a: str, b: str) -> bool:
    """Whether one holder names the other again: all its words, one of them a name, are among the
    other's ("Kim" in "North Korea's Kim Jong-un"; "analysts" and "Chinese analysts" stay two)."""
    def words(h: str) -> set:
        return {w for w in re.findall(r"[^\W\d_][\w-]*", re.sub(r"['’]s\b", "", h)) if w.lower() not in ("the", "a", "an")}

    def within(small: set, large: set) -> bool:
        large = {w.lower() for w in large} | {p.lower() for w in large for p in w.split("-")}
        return bool(small) and any(w[0].isupper() for w in small) and {w.lower() for w in small} <= large
    wa, wb = words(a), words(b)
    return within(wa, wb) or within(wb, wa)


def _quote_index(quotes: pd.DataFrame) -> dict[str, list[tuple[int, int, str]]]:
    """Spoken and block quotes per article, for quoting the evidence itself."""
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    if quotes is None or quotes.empty:
        return out
    for r in quotes.itertuples(index=False):
        if clean_text(getattr(r, "kind", "")) != "scare" and isinstance(r.text, str):
            out[r.article_id].append((int(r.start), int(r.end), r.text))
    return out


def _says_label(r: dict) -> int:
    """How many of the label's words (their first five letters) the words that carry it repeat."""
    said = str(r.get("position_text") or "").lower()
    return sum(1 for w in re.findall(r"[a-z]{4,}", str(r["position"]).lower()) if w[:5] in said)


def _evidence(rows: list[dict], quotes: dict[str, list[tuple[int, int, str]]]) -> dict:
    # Ties go to a full sentence rather than a headline, then to words that say the label itself
    # ("leverage" for leverage, "a shared adversary" for common adversary), then to the most specific
    # wording (the longest words that carry the label), then to the earliest.
    best = min(rows, key=lambda r: (-r["weight"], not _FULL_SENTENCE.search(r["text"]), -_says_label(r),
                                    -len(str(r.get("position_text") or "").split()), r["sentence_id"]))
    out = {"evidence_text": best["text"], "evidence_start": best["start"], "evidence_end": best["end"],
           "evidence_kind": "sentence", "evidence_sentence_id": best["sentence_id"]}
    if best["attributed"] and best["position_start"] >= 0:
        # The quote itself, when it carries the position and is most of the sentence
        # (a fragment of a few words says less than the sentence around it).
        for start, end, text in sorted(quotes.get(best["article_id"], ())):
            if (start <= best["position_start"] and best["position_end"] <= end
                    and end - start >= 0.4 * (best["end"] - best["start"])):
                out.update(evidence_text=text, evidence_start=start, evidence_end=end, evidence_kind="quote")
                break
    return out


def _competing(votes: list[tuple[str, float]], pool: list[dict], stance: str) -> str:
    """ "alliance (own, 1.0): “evidence”; partnership (own, 1.0): “evidence”" for an abstention."""
    parts = []
    for label, score in votes:
        best = min((r for r in pool if r["position"] == label), key=lambda r: (-r["weight"], r["sentence_id"]))
        who = "own" if stance == "own" else "reported: " + _main_holder([r for r in pool if r["position"] == label])
        parts.append(f"{label} ({who}, {score:.1f}): “{best['text']}”")
    return "; ".join(parts)


_REBUTTAL = re.compile(r"[\s“”\"']*(?:However|But|Yet|Nevertheless|Still)\b,?")


def _rebutted(rows: list[dict]) -> list[dict]:
    """Labels the next sentence of the same voice answers: "North Korea publicly denied that it intends to supply Russia
    with ammunition. However, we have information that indicates that the DPRK is secretly providing ... shells" (the
    speaker reports the denial to rebut it).  Each is returned as a denier (see :func:`_vote`) of the earlier label."""
    by_id = {}
    for r in rows:
        if r["position"]:
            by_id.setdefault(r["sentence_id"], []).append(r)
    out = []
    for sid, group in by_id.items():
        for later in by_id.get(sid + 1, ()):
            if not _REBUTTAL.match(str(later["text"])):
                continue
            for r in group:
                if (r["position"] != later["position"] and r["attributed"] == later["attributed"]
                        and (r["holder"] or "") == (later["holder"] or "")):
                    out.append({"denied": r["position"], "weight": r["weight"], "attributed": r["attributed"]})
    return out


def _concluding_verdict(pool: list[dict]) -> str:
    """The label an explicit contrast in the closing paragraph (or one opening "In conclusion")
    prefers, or ""."""
    verdicts = [r for r in pool if r["contrast"] and r.get("conclusion")]
    return max(verdicts, key=lambda r: (r["weight"], r["sentence_id"]))["position"] if verdicts else ""


def _nested_split(votes: list[tuple[str, float]], ranks: dict[str, int], spec) -> tuple[str, ...]:
    """The labels of a split (within :data:`MIN_LEAD` of the leader) that are all degrees of one thing (the theme's
    ``nested`` labels: an alliance is also a partnership), the most specific (first listed) first; ``()`` when nothing
    is split or the split holds a label outside them (an alliance or a marriage of convenience is a disagreement)."""
    nested = set(getattr(spec, "nested", ()) or ())
    if not nested or len(votes) < 2:
        return ()
    top = votes[0][1]
    close = [label for label, score in votes if score * MIN_LEAD > top]
    if len(close) < 2 or not set(close) <= nested:
        return ()
    return tuple(sorted(close, key=lambda label: ranks.get(label, 1_000)))


def _weaker_degrees(label: str, ranks: dict[str, int], spec) -> frozenset:
    """The theme's ``nested`` labels less specific than ``label`` (listed after it), when it is one of them: a sentence
    calling the ties a partnership agrees with one calling them an alliance (an alliance is also a partnership)."""
    nested = tuple(getattr(spec, "nested", ()) or ())
    if label not in nested:
        return frozenset()
    return frozenset(x for x in nested if ranks.get(x, 1_000) > ranks.get(label, 1_000))


def _headline_label(votes: list[tuple[str, float]], rows: list[dict]) -> str:
    """The one label of a split (labels within :data:`MIN_LEAD` of the leader) that the article's headline holds, or ""."""
    if len(votes) < 2:
        return ""
    top = votes[0][1]
    close = {label for label, score in votes if score * MIN_LEAD > top}
    held = {r["position"] for r in rows if r.get("headline") and r["position"] in close}
    return next(iter(held)) if len(close) > 1 and len(held) == 1 else ""


# the rules of stance.LABEL_RULES whose rejection still entertains the label ("The gift might constitute a breach of
# U.N. sanctions", "One should consider lifting UN sanctions"): a sentence so set aside agrees with one holding the
# label; a negated, questioned or compared label, words on display, another actor's or a side a contrast set aside do not
AGREEING_REJECTIONS = ("hypothetical",)


def _entertained(rows: list[dict], label: str, spec, book) -> set:
    """Sentence ids of ``rows`` whose reading of ``label`` was rejected by a rule of :data:`AGREEING_REJECTIONS`."""
    from .stance import label_matches, label_rejection
    out = set()
    if spec is None or spec.labeller is None or book is None:
        return out
    for r in rows:
        if label not in {x.strip() for x in str(r.get("rejected") or "").split(",")}:
            continue
        text = str(r["text"])
        if any(lab.label == label and label_rejection(text, lab, spec, book.markers, book.actors) in AGREEING_REJECTIONS
               for lab in label_matches(text, spec)):
            out.add(r["sentence_id"])
    return out


def _reported_as(rows: list[dict], spec) -> list[dict]:
    """``rows`` with the labels a source holds read as the codebook's ``reported_as`` says (see :class:`Theme`)."""
    mapping = dict(getattr(spec, "reported_as", ()) or ())
    if not mapping:
        return rows
    return [dict(r, position=mapping[r["position"]]) if r["attributed"] and r["position"] in mapping else r
            for r in rows]


def _sufficing(chosen: list[dict], spec) -> bool:
    """Whether one of ``chosen`` reads its label inside a match of the theme's ``suffices`` patterns (a label the
    ties' signed treaty gives them: "a mutual defense treaty", "a partnership agreement")."""
    sufficer = getattr(spec, "sufficer", None)
    if sufficer is None:
        return False
    for r in chosen:
        if r.get("fallback") or r["position_start"] < 0:
            continue
        a, b = r["position_start"] - r["start"], r["position_end"] - r["start"]
        if any(m.start() <= a and b <= m.end() for m in sufficer.finditer(str(r["text"]))):
            return True
    return False


def _lead_statement(chosen: list[dict], stance: str, lead: frozenset) -> bool:
    """Whether one of ``chosen`` is the writer's own unhedged sentence in the headline or the lead."""
    return stance == "own" and any(
        r["certainty"] == "asserted" and not r.get("fallback") and (r.get("headline") or r["sentence_id"] in lead)
        for r in chosen)


def lead_sentences(sentences: Optional[pd.DataFrame]) -> dict[str, frozenset]:
    """Per article, the ids of the lead: its first two full sentences (ending in a stop, of eight words or more; a
    headline, a dateline or a byline has no stop or fewer words)."""
    out: dict[str, frozenset] = {}
    if sentences is None or sentences.empty:
        return out
    for aid, group in sentences.sort_values(["article_id", "sentence_id"]).groupby("article_id", sort=False):
        ids = [int(r.sentence_id) for r in group.itertuples(index=False)
               if isinstance(r.text, str) and _FULL_SENTENCE.search(r.text)
               and len(r.text.split()) >= 8]
        out[str(aid)] = frozenset(ids[:2])
    return out


# a modal, a condition, a plan or forecast, or a question up to the end of a label's words: the sentence entertains the
# label rather than stating it. The modals lowercase only ("In May 2023, flights resumed" states it); the conditions in any
# case ("If trade resumes"); not "when" ("When the border reopened in 2023, trade resumed" states it); a plan, a forecast
# or a wish to do it ("plans to resume", "is expected to resume", "is set to reopen", "is eager to restart") entertains it,
# before the label or inside its words
_ENTERTAINS = re.compile(r"\b(?:can|could|may|might|would|will|shall|should|must)\b|\b(?i:if|unless|whether|once)\b|\?"
                         r"|\b(?i:plan|expect|set|going|prepar|ready|poised|eager|aim|hope|agree|intend|seek|want|wish"
                         r"|tr(?:y|ies|ied|ying)|attempt)\w*\s+to\b")


def _unhedged(r: dict) -> bool:
    """Whether ``r`` states its label unhedged: a sentence with no hedge (certainty asserted or boosted) and no modal,
    condition, plan, forecast or question up to the end of the words that carry the label ("flights reopened in 2023";
    not "Moscow can also boost its cross-border trade", "freight traffic would resume", "workers are reportedly traveling
    via the recently resumed train service", "Russia plans to resume regular train services", "trade is expected to
    resume next year")."""
    if r.get("certainty") not in ("asserted", "boosted") or r["position_start"] < 0:
        return False
    return not _ENTERTAINS.search(str(r["text"])[:max(0, r["position_end"] - r["start"])])


def _lone_label(chosen: list[dict], label: str, stance: str, spec) -> bool:
    """Whether one sentence suffices for ``label``: one of the theme's ``lone_reported_labels`` where the position is a
    source's, of its ``lone_asserted_labels`` stated unhedged (:func:`_unhedged`), or of its ``lone_sentence_labels``,
    read by one of its own patterns, not a fallback's; for the latter, by words that match none of the ``lone_unless``
    patterns the theme gives for that label or for all its labels (a deed told rather than the label named)."""
    own = [r for r in chosen if not r.get("fallback")]
    if stance == "reported" and label in getattr(spec, "lone_reported_labels", ()) and own:
        return True
    if label in getattr(spec, "lone_asserted_labels", ()) and any(_unhedged(r) for r in own):
        return True
    if label not in getattr(spec, "lone_sentence_labels", ()):
        return False
    matchers = getattr(spec, "lone_unless_matcher", None) or {}
    unless = [m for m in (matchers.get(""), matchers.get(label)) if m is not None]
    return any(not any(m.search(str(r.get("position_text") or "")) for m in unless) for r in own)


# why a weak reading is not stated (the codebook's ``abstain``), as the reader sees it before the reading
WEAK_REASONS = {"passing": "one sentence on the theme", "hedged": "hedged evidence",
                "lone_report": "one source's one sentence"}


def _held_back(label: str, certainty: str, n_sentences: int, considered: bool, spec, book,
               lone_report: bool = False) -> Optional[str]:
    """The ``competing`` prefix of a reading shown to check rather than stated, or None to state it: a label the
    codebook withholds (a theme whose stated labels proved wrong too often on blind text), or a weak reading under the
    codebook's ``abstain`` (a passing mention, hedged evidence: right about half the time on blind text) that neither
    an explicit contrast nor the writer's verdict chose (``considered``: "more likely to be a strategic alignment than
    a formal alliance" is a considered judgement, however hedged).  A label of doubt (``doubt_labels``) rests on
    hedged sentences by nature.  ``lone_report``: the label rests on one sentence, and that one reports a source (one
    source's word, which the article neither repeats nor makes its own)."""
    if spec is not None and label in spec.withhold:
        return WITHHELD
    kinds = () if book is None or considered else (
        spec.abstain if spec is not None and spec.abstain is not None else book.abstain)
    if "passing" in kinds and n_sentences < 2:
        return WITHHELD + f"[{WEAK_REASONS['passing']}] "
    if "hedged" in kinds and certainty == "hedged" and label not in (spec.doubt_labels if spec is not None else ()):
        return WITHHELD + f"[{WEAK_REASONS['hedged']}] "
    if "lone_report" in kinds and lone_report:
        return WITHHELD + f"[{WEAK_REASONS['lone_report']}] "
    return None


def _position_record(theme: str, aid: str, rows: list[dict], ranks: dict[str, int], quotes: dict,
                     min_sentences: int = 1, spec=None, book=None, lead: frozenset = frozenset(),
                     withhold: bool = True) -> dict:
    """Aggregate one theme's sentences in one article (see :func:`article_positions`)."""
    rows = _reported_as(rows, spec)
    positioned = [r for r in rows if r["position"]]
    if any(not r.get("fallback") for r in positioned):
        # a theme's fallback labels count only where no sentence holds one of its positions
        positioned = [r for r in positioned if not r.get("fallback")]
    own = [r for r in positioned if not r["attributed"]]
    reported = [r for r in positioned if r["attributed"]]
    deniers = [r for r in rows if r.get("denied")] + _rebutted(rows)
    own_votes = _vote(own, ranks, [r for r in deniers if not r["attributed"]])
    reported_votes = _vote(reported, ranks, [r for r in deniers if r["attributed"]])
    record = {"theme": theme, "article_id": aid, "position": "", "stance": "", "holder": "",
              "certainty": "", "score": 0.0, "n_sentences": len({r["sentence_id"] for r in rows}),
              "n_own": len({r["sentence_id"] for r in own}), "n_reported": len({r["sentence_id"] for r in reported}),
              "verdict": "", "other_positions": "", "evidence_text": "", "evidence_start": -1,
              "evidence_end": -1, "evidence_kind": "", "evidence_sentence_id": -1,
              "confidence": 0.0, "competing": ""}
    own_top = own_votes[0][1] if own_votes else 0.0
    reported_top = reported_votes[0][1] if reported_votes else 0.0
    if own_top >= MIN_SCORE and own_top >= OWN_SHARE * reported_top:
        stance, votes, pool = "own", own_votes, own
    elif reported_top >= MIN_SCORE:
        stance, votes, pool = "reported", reported_votes, reported
    else:
        return record
    verdict = _concluding_verdict(pool)
    headline = "" if verdict else _headline_label(votes, positioned)
    if headline:
        votes = sorted(votes, key=lambda v: v[0] != headline)     # the headline's label of a split first
    nested = _nested_split(votes, ranks, spec) if not (verdict or headline) else ()
    if nested:
        votes = sorted(votes, key=lambda v: v[0] != nested[0])     # the most specific label of a split of degrees first
    label, score = votes[0]
    runner_up = max((s for _, s in votes[1:]), default=0.0)
    # The writer's considered verdict ("In conclusion ... more likely X than Y") decides a narrow
    # lead, once Y has lost the weight the verdict set aside: it is no split; without one, the headline
    # decides between labels of near-equal weight when it holds one of them (the story's own summary).
    decided = verdict == label or headline == label or bool(nested)
    # confidence: the leader's share of leader + runner-up, times how strong its evidence is
    confidence = round(score / (score + runner_up) * (0.5 + 0.5 * min(1.0, score / STRONG_SCORE)), 2)
    if score < MIN_LEAD * runner_up and not decided:
        # Split evidence: no label, but the competing labels with their best evidence.
        record.update(stance=NO_CLEAR_POSITION, score=round(score, 3), confidence=confidence,
                      competing=_competing(votes, pool, stance))
        return record
    chosen = [r for r in pool if r["position"] == label]
    # agreeing sentences: those holding the label in either voice (the writer's own sentence and a source's report of
    # the same label are two readings that agree), and those whose reading of the label a condition or a modal set
    # aside (the article comes back to the same frame as a possibility: AGREEING_REJECTIONS)
    weaker = _weaker_degrees(label, ranks, spec)
    agreeing = {r["sentence_id"] for r in positioned if r["position"] == label or r["position"] in nested
                or r["position"] in weaker} | (
        _entertained(rows, label, spec, book) if min_sentences > 1 else set())
    if chosen and all(r.get("fallback") for r in chosen):
        # a fallback's reading (the ties worked up) is weak: a headline restating the body's event ("delegation visits
        # Russia to discuss ways to boost ties") is no second reading of it
        agreeing -= {r["sentence_id"] for r in positioned if r.get("headline")}
    if len(agreeing) < min_sentences and verdict != label \
            and not any(r["contrast"] for r in chosen) \
            and not (getattr(spec, "lead_suffices", False) and _lead_statement(chosen, stance, lead)) \
            and not _sufficing(chosen, spec) \
            and not _lone_label(chosen, label, stance, spec):
        # too few sentences for a theme whose lone sentences often misread (the codebook's min_sentences),
        # and neither a concluding verdict nor an explicit contrast ("more X than Y") chose the label:
        # the label and its evidence are shown, not stated
        record.update(stance=NO_CLEAR_POSITION, score=round(score, 3), confidence=confidence,
                      competing=_competing(votes, pool, stance))
        return record
    certainties = Counter(r["certainty"] for r in chosen)
    certainty = max(("asserted", "hedged", "boosted"), key=lambda c: certainties.get(c, 0))
    considered = verdict == label or any(r["contrast"] for r in chosen)
    lone_report = stance == "reported" and len(agreeing | {r["sentence_id"] for r in chosen}) == 1
    held = _held_back(label, certainty, record["n_sentences"], considered, spec, book, lone_report) if withhold else None
    if held is not None:
        # the reading is shown with its evidence, not stated
        record.update(stance=NO_CLEAR_POSITION, score=round(score, 3), confidence=confidence,
                      competing=held + _competing(votes, pool, stance))
        return record
    record.update(position=label, stance=stance, score=round(score, 3), confidence=confidence,
                  holder=_main_holder(chosen) if stance == "reported" else "", certainty=certainty,
                  **_evidence(chosen, quotes))
    decided = [r for r in pool if r["contrast"]]
    if decided:
        top = max(r["weight"] for r in decided)
        record["verdict"] = max((r for r in decided if r["weight"] >= top), key=lambda r: r["sentence_id"])["position"]
    others = []
    for name, group, group_votes in (("own", own, own_votes), ("reported", reported, reported_votes)):
        for other_label, other_score in group_votes:
            if name == stance and other_label == label:
                continue
            who = "own" if name == "own" else "reported: " + _main_holder([r for r in group if r["position"] == other_label])
            others.append((-other_score, f"{other_label} ({who}, {other_score:.1f})"))
    record["other_positions"] = "; ".join(text for _, text in sorted(others, key=lambda x: x[0]))
    return record


def article_positions(tables, codebook=None, *, theme_rows: Optional[pd.DataFrame] = None,
                      learned: bool = False, withhold: bool = True) -> pd.DataFrame:
    """One row per theme and article: the article's position, whose it is, and the evidence.

    ``position`` is the article's dominant own position (weighted vote of the author's own
    sentences), or, when the author takes none, the dominant position it reports
    (``stance`` own / reported, ``holder`` who holds it).  An author who only remarks in
    passing on a theme they mostly report on (own weight under a third of the reported)
    is shown with the reported position; the own one stays in ``other_positions``.
    ``verdict`` is the side an explicit contrast chose ("more likely X than Y"), which may
    differ from the dominant position.  Pass ``theme_rows`` (from :func:`theme_sentences`)
    to avoid computing them twice.  ``learned=True`` lets the default codebook's learned model
    read a position where the rules state none (``stance`` "learned", :mod:`.learned`); it is
    off by default: on blind text its readings were right 5 times in 7.  A label the codebook withholds (``withhold``)
    is never stated: where the rules read it, the article has "no clear position" and ``competing`` shows the
    reading and its evidence, prefixed "reading withheld: "; so is a weak reading under the codebook's ``abstain``
    (a theme touched in one sentence, a label read from hedged sentences: "reading withheld: [reason] ...").
    ``withhold=False`` states the rules' reading in both cases (what the tests of the reading rules look at); a
    codebook may withhold only some labels of a theme.  The learned model fills no reading held back.

    >>> positions = article_positions(tables)       # doctest: +SKIP
    """
    book = as_codebook(codebook)
    rows_all = theme_sentences(tables, book) if theme_rows is None else theme_rows
    if rows_all.empty:
        return pd.DataFrame(columns=POSITION_COLUMNS)
    quotes = _quote_index(table_of(tables, "quotes")) if tables is not None else {}
    leads = lead_sentences(table_of(tables, "sentences")) if tables is not None else {}
    theme_order = {name: i for i, name in enumerate(book.theme_names)}
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows_all.to_dict("records"):
        r["attributed"] = bool(r["attributed"])
        groups[(r["theme"], r["article_id"])].append(r)
    out = []
    for (theme, aid) in sorted(groups, key=lambda k: (theme_order.get(k[0], len(theme_order)), k[0], k[1])):
        ranks = {label: i for i, label in enumerate(book[theme].labels)} if theme in theme_order else {}
        least = book[theme].min_sentences if theme in theme_order else 1
        out.append(_position_record(theme, aid, groups[(theme, aid)], ranks, quotes, least,
                                    book[theme] if theme in theme_order else None, book,
                                    leads.get(str(aid), frozenset()), withhold))
    if tables is not None and learned:
        out = fill_learned(out, tables, book)     # the model's reading where the rules state none (views.learned)
    return pd.DataFrame(out, columns=POSITION_COLUMNS)


def theme_order(frame: pd.DataFrame) -> list[str]:
    return list(dict.fromkeys(frame["theme"].tolist()))


def theme_matrix(positions: pd.DataFrame, *, articles: Optional[pd.DataFrame] = None,
                 values: Optional[str] = None) -> pd.DataFrame:
    """Themes × articles.

    By default a tidy table (one row per theme and article, including articles silent on a
    theme, with ``n_sentences`` 0).  ``values="position"`` or ``"n_sentences"`` pivots it
    to a wide table with themes as rows and articles as columns.

    >>> theme_matrix(article_positions(tables), values="position")     # doctest: +SKIP
    """
    columns = ["theme", "article_id", "position", "stance", "holder", "certainty", "n_sentences"]
    ids = sorted(set(positions["article_id"]) | (set(articles["article_id"]) if articles is not None else set()))
    themes = theme_order(positions)
    grid = pd.DataFrame([(t, a) for t in themes for a in ids], columns=["theme", "article_id"])
    tidy = grid.merge(positions[[c for c in columns if c in positions]], on=["theme", "article_id"], how="left")
    for c in ("position", "stance", "holder", "certainty"):
        tidy[c] = tidy[c].fillna("")
    tidy["n_sentences"] = tidy["n_sentences"].fillna(0).astype(int)
    if values is None:
        return tidy[columns]
    if values not in ("position", "n_sentences", "stance", "certainty"):
        raise ValueError(f"values must be position, n_sentences, stance or certainty, not {values!r}")
    wide = tidy.pivot(index="theme", columns="article_id", values=values)
    return wide.reindex(index=themes, columns=ids)
