"""How far two annotators agree on the expected positions (issue 12): the ceiling a reading by rules can be held to.

    .venv/bin/python tests/data/devset/agreement_positions.py [FOLDER ...]

For every development folder with both ``positions.yml`` (the first annotator's, reviewed) and ``positions_second.yml``
(an independent second annotator's, written from the article texts and the codebook's label names only, with the label
they would state first in each ``accept`` list), the second annotator is scored as the views are scored by
``score_positions.py``: their first label is the one stated, the first annotator's ``accept`` list what is acceptable.

- precision = the second annotator's stated labels that the first accepts / their stated labels;
- coverage = cells with an expected label where the second annotator states an acceptable one / cells with an expected
  label.

The reverse (the first annotator's first label against the second's list) is printed too, then the same per theme.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import yaml

DEVSET = Path(__file__).resolve().parent


def _accepts(path: Path) -> dict[tuple[str, str], list[str]]:
    """(article file, theme) -> the accepted labels, first the one stated ([] for null)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {(article, theme): list((cell or {}).get("accept") or [])
            for article, themes in data.items() for theme, cell in (themes or {}).items()}


def score(stated: dict, expected: dict) -> tuple[dict[str, list[int]], list[int]]:
    """Per theme and overall [right, stated, covered, expected], the first label of ``stated`` read as stated."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for (article, theme), accept in sorted(expected.items()):
        said = (stated.get((article, theme)) or [None])[0]
        row = per[theme]
        if said:
            row[0] += said in accept
            row[1] += 1
        if accept:
            row[2] += bool(said) and said in accept
            row[3] += 1
    total = [sum(r[i] for r in per.values()) for i in range(4)]
    return dict(per), total


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "  -  (0/0)"


def main(argv: list[str]) -> int:
    folders = [DEVSET / name for name in argv] if argv else sorted(
        p for p in DEVSET.iterdir() if (p / "positions_second.yml").is_file())
    first: dict = {}
    second: dict = {}
    for folder in folders:
        if not (folder / "positions.yml").is_file() or not (folder / "positions_second.yml").is_file():
            print(f"{folder.name}: needs positions.yml and positions_second.yml", file=sys.stderr)
            return 2
        first.update({(folder.name, *k): v for k, v in _accepts(folder / "positions.yml").items()})
        second.update({(folder.name, *k): v for k, v in _accepts(folder / "positions_second.yml").items()})
    if set(first) != set(second):
        print(f"the two annotations do not cover the same cells: {len(set(first) ^ set(second))} differ", file=sys.stderr)
        return 2
    flat = {(f"{f}/{a}", t): v for (f, a, t), v in first.items()}
    other = {(f"{f}/{a}", t): v for (f, a, t), v in second.items()}
    print(f"{len(folders)} folders, {len({k[0] for k in flat})} articles, {len(flat)} cells")
    print(f"{'':34}{'precision':>17}{'coverage':>17}")
    for name, stated, expected in (("second against first", other, flat), ("first against second", flat, other)):
        per, (right, said, covered, want) = score(stated, expected)
        print(f"{name:34}{_ratio(right, said):>17}{_ratio(covered, want):>17}")
    per, _ = score(other, flat)
    for theme, (right, said, covered, want) in sorted(per.items()):
        print(f"  {theme:32}{_ratio(right, said):>17}{_ratio(covered, want):>17}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
