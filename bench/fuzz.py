"""A long fuzz campaign over every public reader and writer (tests/test_fuzz.py).

    python bench/fuzz.py                      # 1,400 examples a test, about 25,000 inputs
    python bench/fuzz.py --examples 200       # a shorter campaign
    python bench/fuzz.py --seed 7             # another campaign

It runs the fuzz suite with ``NEWSMODEL_FUZZ_EXAMPLES`` set: valid documents of every
format, mutated (truncated, bytes flipped, lone surrogates, huge numbers, deep nesting,
values of the wrong type, splinters of syntax) and given as str, bytes, bytearray,
memoryview or file, to every reader; and every Article hypothesis makes, to every
writer. Then it counts what each reader gave (an Article, or which NewsmodelError) and
how often each writer wrote or refused. Any other outcome fails its test, and the
campaign with it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=1400, help="examples a test")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    os.environ["NEWSMODEL_FUZZ_EXAMPLES"] = str(args.examples)
    sys.path.insert(0, str(ROOT))
    import pytest

    start = time.perf_counter()
    code = pytest.main(
        [
            str(ROOT / "tests" / "test_fuzz.py"),
            "-q",
            "-p",
            "no:cacheprovider",
            f"--hypothesis-seed={args.seed}",
        ]
    )
    seconds = time.perf_counter() - start
    from tests.test_fuzz import OUTCOMES

    readers: dict[str, dict[str, int]] = {}
    for (reader, outcome), count in sorted(OUTCOMES.items()):
        readers.setdefault(reader, {})[outcome] = count
    total = sum(OUTCOMES.values())
    print(f"\n{total:,} inputs in {seconds:.0f} s, seed {args.seed}")
    for reader, outcomes in readers.items():
        row = ", ".join(f"{n:,} {outcome}" for outcome, n in sorted(outcomes.items()))
        print(f"  {reader:16} {row}")
    print("every outcome an Article or a NewsmodelError" if code == 0 else "FAILED (see above)")
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
