"""Speaker accuracy where a gold file gives the speaker as the words written (PolNeAR: "he", "she", "said").

score.py compares the ``speaker`` column (the resolved name, as issue 11 asks) with the gold speaker; PolNeAR's gold
speaker is the mention span itself, so a quote whose "he" we resolve to "Donald Trump" is scored wrong. This prints
both: the name right, and the name *or* the ``speaker_mention`` column (the words as written) right, by score.py's own
``speaker_ok``. Nothing here changes score.py's numbers; it explains them.

usage: python tests/data/speaker_mention_accuracy.py DETAILS.csv QUOTES.csv [--list]
  DETAILS.csv from ``score.py GOLD CORPUS TABLES --subset dev --details DETAILS.csv``; QUOTES.csv is TABLES/quotes.csv.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "shared" / "benchmarks"))
from score import speaker_ok  # noqa: E402  (the shared scorer)


def main(details: str, quotes: str, show: bool = False) -> None:
    rows = {(r["article_id"], int(r["start"]), int(r["end"])): r
            for r in csv.DictReader(open(quotes, encoding="utf-8"))}
    judged = right = right_mention = 0
    misses: dict[str, list] = {}
    for r in csv.DictReader(open(details, encoding="utf-8")):
        if r["category"] != "quotes" or r["status"] != "tp" or not r["gold_attr"].strip():
            continue
        judged += 1
        ok = "speaker_ok=True" in r["check"]
        q = rows.get((r["article_id"], int(r["pred_start"]), int(r["pred_end"])))
        mention = q["speaker_mention"] if q else ""
        ok_mention = ok or (bool(mention) and speaker_ok(mention, r["gold_attr"]))
        right += ok
        right_mention += ok_mention
        if not ok:
            kind = "empty" if not r["pred_attr"].strip() else ("mention as written matches" if ok_mention else "wrong")
            misses.setdefault(kind, []).append((r["gold_attr"], r["pred_attr"], mention))
    print(f"judged {judged}: name right {right} ({right / max(1, judged):.3f}); "
          f"name or mention as written right {right_mention} ({right_mention / max(1, judged):.3f})")
    for kind, items in sorted(misses.items()):
        print(f"  {kind}: {len(items)}")
        for item in items if show else ():
            print("    gold %r, speaker %r, as written %r" % item)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--list"]
    if len(args) != 2:
        sys.exit(__doc__)
    main(args[0], args[1], "--list" in sys.argv)
