"""Build tests/data/seeds_gold.json (schema gold-v1) from the hand annotation in seeds_gold.yml.

A thin wrapper round make_gold.py (the general YAML -> gold-v1 builder, also used for the
development set under tests/data/devset/) with the seed paths filled in.

    .venv/bin/python tests/data/make_seeds_gold.py            # rewrite the JSON
    .venv/bin/python tests/data/make_seeds_gold.py --check    # exit 1 if the JSON is stale
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "seeds_gold.yml"
TARGET = HERE / "seeds_gold.json"
SEEDS = HERE.parent.parent / "seeds"

# Loaded by path so that this file also works when it is itself loaded by path (tests).
_spec = importlib.util.spec_from_file_location("make_gold", HERE / "make_gold.py")
make_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_gold)

GoldError = make_gold.GoldError
render = make_gold.render


def build_gold(source: Path = SOURCE, seeds: Path = SEEDS) -> dict:
    """The gold-v1 document for the annotation in ``source`` over the articles in ``seeds``."""
    return make_gold.build_gold(source, seeds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the JSON differs from a fresh build")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of the seed .txt files")
    args = parser.parse_args(argv)
    return make_gold.main([str(SOURCE), str(args.seeds), "-o", str(TARGET)] + (["--check"] if args.check else []))


if __name__ == "__main__":
    sys.exit(main())
