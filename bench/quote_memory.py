"""Peak memory of parse_text per megabyte: hostile quotation text against normal news.

    python bench/quote_memory.py              # 1 MB of each input
    python bench/quote_memory.py --mb 2       # 2 MB of each

Each input is parsed in a fresh process; its figure is how much the process's peak
resident memory (``ru_maxrss``) grows while parse_text runs, per megabyte of input, and
beside it the peak Python allocation ``tracemalloc`` sees (a second run, in another
process). Normal news is BBC articles from ../shared/corpora joined into one text (read,
never copied); the hostile inputs are quotation marks and quoted clauses, one paragraph
or one a line. The target (issue 13, item 10): hostile text costs at most 5 times what
news costs per megabyte.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"

#: The hostile inputs: a unit repeated to the size asked for.
HOSTILE = {
    "« » pairs": "«a» ",
    "« » pairs, no spaces": "«a»",
    '" " pairs': '"a" ',
    "‘ ’ pairs": "‘a’ ",
    "quoted clauses": '"Yes," he said. ',
    "quoted clauses, a line each": '"Yes," he said.\n',
    "“ ” clauses": "“No,” she said. ",
    "quotations with names": '"We will win," said Ana Ruiz. ',
}

MEASURE = r"""
import json, resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])
import newsmodel
text = open(sys.argv[2], encoding="utf-8").read()
newsmodel.parse_text(text[:20000])  # word lists and caches, loaded before measuring
trace = sys.argv[3] == "trace"
if trace:
    tracemalloc.start()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.process_time()
article = newsmodel.parse_text(text)
seconds = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
traced = tracemalloc.get_traced_memory()[1] if trace else 0
print(json.dumps({"rss_mb": (peak - base) / 1024, "traced_mb": traced / 1e6,
                  "seconds": seconds, "quotations": len(article.quotations),
                  "chars": len(text)}))
"""


def news(size: int) -> str:
    parts: list[str] = []
    total = 0
    for path in sorted((CORPORA / "bbc").glob("*/*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        parts.append(text)
        total += len(text) + 2
        if total >= size:
            break
    return "\n\n".join(parts)[:size]


def measure(text: str, mode: str, scratch: Path) -> dict[str, float]:
    scratch.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(ROOT), str(scratch), mode],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1.0, help="megabytes of each input")
    args = parser.parse_args(argv)
    size = int(args.mb * 1_000_000)
    if not (CORPORA / "bbc").is_dir():
        print(f"quote_memory: skipped, needs {CORPORA / 'bbc'}")
        return 0
    inputs = {"news (BBC)": news(size)}
    inputs.update({name: (unit * (size // len(unit) + 1))[:size] for name, unit in HOSTILE.items()})
    scratch = Path("/tmp/newsmodel-quote-memory.txt")
    print(f"peak memory of parse_text per MB of input ({args.mb:g} MB each, a process each)")
    print(
        f"{'input':30} {'RSS MB/MB':>10} {'x news':>7} {'traced MB/MB':>13} {'x news':>7} "
        f"{'CPU s':>6} {'quotations':>10}"
    )
    rows = {
        name: (measure(text, "rss", scratch), measure(text, "trace", scratch))
        for name, text in inputs.items()
    }
    scratch.unlink(missing_ok=True)
    news_rss = rows["news (BBC)"][0]["rss_mb"] / args.mb
    news_traced = rows["news (BBC)"][1]["traced_mb"] / args.mb
    worst = 0.0
    for name, (rss, traced) in rows.items():
        per_mb, per_mb_traced = rss["rss_mb"] / args.mb, traced["traced_mb"] / args.mb
        ratio = per_mb / news_rss
        if name != "news (BBC)":
            worst = max(worst, ratio)
        print(
            f"{name:30} {per_mb:10.0f} {ratio:7.1f} {per_mb_traced:13.0f} "
            f"{per_mb_traced / news_traced:7.1f} {rss['seconds']:6.1f} {int(rss['quotations']):10d}"
        )
    verdict = "holds" if worst <= 5.0 else "does not hold"
    print(f"worst hostile input: {worst:.1f} times news per MB (target <= 5: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
