"""Benchmark: ``newsmodel report`` against ``newsmodel parse --to jsonl`` on the BBC corpus.

    python bench/report_speed.py [--workers N] [--repeat R] [--corpus DIR]

Both commands run as a user runs them (``python -m newsmodel``), on the 2,225 articles of
../shared/corpora/bbc, with the same number of worker processes: ``parse`` writes JSON
Lines to a file, ``report`` writes its tables and its page with charts into a folder. The
best wall-clock time of R runs of each counts. Target (issue 11): the report costs at most
1.5 times what parsing to JSON Lines costs, and writes ``report.html`` with its three
charts, ``report.json`` and a CSV file per table. Without the corpus it says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "corpora" / "bbc"
TARGET = 1.5


def _time(argv: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "newsmodel", *argv],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"newsmodel {' '.join(argv)} failed: {done.stderr.strip()[-500:]}")
        best = min(best, elapsed)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=BBC)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench/report_speed.py: {args.corpus} is missing; nothing to measure")
        return 0
    workers = ["--workers", str(args.workers), "--no-summary"]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        parse = _time(
            ["parse", str(args.corpus), "--to", "jsonl", "-o", str(out / "a.jsonl"), *workers],
            args.repeat,
        )
        folder = out / "report"
        report = _time(
            [
                "report",
                str(args.corpus),
                "--outlet-from-folder",
                "--output-dir",
                str(folder),
                *workers,
            ],
            args.repeat,
        )
        page = (folder / "report.html").read_text(encoding="utf-8")
        files = sorted(p.name for p in folder.iterdir())
    charts = page.count("<svg")
    ratio = report / parse
    print(
        f"corpus {args.corpus} ({sum(1 for _ in args.corpus.rglob('*.txt'))} files), "
        f"{args.workers} workers, best of {args.repeat}, load {os.getloadavg()[0]:.1f}"
    )
    print(f"  newsmodel parse --to jsonl   {parse:7.2f} s")
    print(f"  newsmodel report --output-dir {report:6.2f} s   ({ratio:.2f} x parse)")
    print(f"  wrote {', '.join(files)}; report.html has {charts} charts")
    ok = ratio <= TARGET and charts == 3 and "report.json" in files
    print(
        f"target: report <= {TARGET} x parse, with its tables and 3 charts: "
        f"{'holds' if ok else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
