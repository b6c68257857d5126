"""parse_many when a worker is killed from outside: the campaign of issue 13, item 9.

    python bench/kill_workers.py                  # 8 rounds over 400 PolNeAR articles
    python bench/kill_workers.py --rounds 20 --corpus bbc --articles 400

Each round runs ``parse_many(texts, workers=2)`` in a fresh process, while a thread of
that process kills one of its two workers with SIGKILL (as the out-of-memory killer
does) at a random moment of the run: while it parses, sends results back, waits for
work or starts. A round passes when it ends within its time limit (no hang), raises
nothing (no BrokenProcessPool), and every article comes back, in input order, or is
reported through ``on_error``. The target: 8 of 8 rounds pass.

The texts are read from ../shared/corpora (PolNeAR train and dev, or BBC), never copied.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"

ROUND = r"""
import json, multiprocessing, os, random, signal, sys, threading, time
sys.path.insert(0, sys.argv[4])
import newsmodel

paths, seed, batch_size = json.loads(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
texts = [open(p, encoding="utf-8", errors="replace").read() for p in paths]
rng = random.Random(seed)
killed = []

def killer():
    time.sleep(rng.uniform(0.0, float(sys.argv[5])))
    children = multiprocessing.active_children()
    if children:
        victim = rng.choice(children)
        os.kill(victim.pid, signal.SIGKILL)
        killed.append(victim.pid)

threading.Thread(target=killer, daemon=True).start()
failures = []
start = time.perf_counter()
out = [a.text for a in newsmodel.parse_many(texts, workers=2, batch_size=batch_size,
                                             on_error=failures.append)]
failed = [f.index for f in failures]
kept = [t for i, t in enumerate(texts) if i not in set(failed)]
print(json.dumps({"complete": out == kept, "failed": failed, "killed": len(killed),
                  "seconds": time.perf_counter() - start}))
"""


def corpus_paths(name: str, count: int, seed: int) -> list[str]:
    if name == "bbc":
        paths = sorted((CORPORA / "bbc").glob("*/*.txt"))
    else:
        paths = sorted((CORPORA / "polnear").glob("*/*.txt"))
    random.Random(seed).shuffle(paths)
    return [str(p) for p in paths[:count]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--corpus", choices=["polnear", "bbc"], default="polnear")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds a round may take")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    paths = corpus_paths(args.corpus, args.articles, args.seed)
    if not paths:
        print(f"no corpus at {CORPORA}: nothing to run")
        return 0
    # How long a clean run takes, so that kills fall anywhere in the run.
    clean = subprocess.run(
        [sys.executable, "-c", ROUND, json.dumps(paths), "0", "8", str(ROOT), "0"],
        capture_output=True,
        text=True,
        check=False,
        timeout=args.timeout,
    )
    if clean.returncode != 0:
        print(f"a run without kills failed: {clean.stderr.strip().splitlines()[-1:]}")
        return 1
    span = json.loads(clean.stdout.strip().splitlines()[-1])["seconds"]
    print(f"{len(paths)} {args.corpus} articles; parse_many without kills: {span:.1f} s")
    rng = random.Random(args.seed)
    passed = 0
    for round_ in range(1, args.rounds + 1):
        seed, batch_size = rng.randrange(1 << 30), rng.choice([1, 4, 8, 32])
        began = time.perf_counter()
        try:
            done = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    ROUND,
                    json.dumps(paths),
                    str(seed),
                    str(batch_size),
                    str(ROOT),
                    str(span),
                ],
                capture_output=True,
                text=True,
                check=False,
                timeout=args.timeout,
            )
        except subprocess.TimeoutExpired:
            print(f"round {round_}: HANG (no end after {args.timeout:.0f} s)")
            continue
        seconds = time.perf_counter() - began
        if done.returncode != 0 or not done.stdout.strip():
            last = (done.stderr.strip().splitlines() or ["?"])[-1]
            print(f"round {round_}: RAISED (rc {done.returncode}): {last}")
            continue
        result = json.loads(done.stdout.strip().splitlines()[-1])
        ok = result["complete"]
        passed += ok
        print(
            f"round {round_}: {'ok' if ok else 'LOST ARTICLES'}; batch_size {batch_size}, "
            f"{result['killed']} worker killed, {len(result['failed'])} reported through "
            f"on_error, {seconds:.1f} s"
        )
    print(f"{passed} of {args.rounds} rounds passed (target: all)")
    return 0 if passed == args.rounds else 1


if __name__ == "__main__":
    raise SystemExit(main())
