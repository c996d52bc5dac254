"""Report every run of >= 7 consecutive words in tests/ and analysis/ (not tests/data/devset) that occurs in a
PolNeAR TEST-split article: test inputs and comments must be our own sentences, never the final test's (no rule may
be fitted to them). Prints FILE:LINE: [article] words; reads the test texts only to compare, never prints them.
Usage: python3 tests/data/polnear_test_overlap.py [REPO]   (REPO defaults to the current directory)"""
import json, re, sys
from pathlib import Path
N = 7
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
def words(text):
    text = text.replace("’", "'").replace("‘", "'")
    return [(m.group().lower(), m.start()) for m in WORD.finditer(text)]
repo = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
BENCH = repo.resolve().parent / "shared" / "benchmarks" / "polnear"   # ../shared/benchmarks, never copied
gold = json.loads((BENCH / "gold.json").read_text(encoding="utf-8"))
test = set(gold["subsets"]["test"])
grams = {}
for a in gold["articles"]:
    if a["file"] not in test and a.get("meta", {}).get("split") != "test":
        continue
    ws = [w for w, _ in words((BENCH / "corpus" / a["file"]).read_text(encoding="utf-8"))]
    for i in range(len(ws) - N + 1):
        grams.setdefault(tuple(ws[i:i + N]), a["file"])
hits = 0
for root in ("tests", "analysis"):
    for p in sorted((repo / root).rglob("*")):
        if not p.is_file() or "devset" in p.relative_to(repo).parts or p.suffix in (".pyc", ".pdf", ".png", ".gz", ".zip", ".parquet", ".pkl"):
            continue
        try:
            text = p.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        ws = words(text)
        i = 0
        while i <= len(ws) - N:
            g = tuple(w for w, _ in ws[i:i + N])
            if g in grams:
                j = i + N
                while j < len(ws) and tuple(w for w, _ in ws[j - N + 1:j + 1]) in grams:
                    j += 1
                line = text.count("\n", 0, ws[i][1]) + 1
                print(f"{p.relative_to(repo)}:{line}: [{grams[g]}] {' '.join(w for w, _ in ws[i:j])}")
                hits += 1
                i = j
            else:
                i += 1
print(f"{hits} runs", file=sys.stderr)
