"""Speed and scale benchmarks of newsmodel over the shared corpora.

Usage (from the project root)::

    python bench/speed.py all                  # every table below, one run
    python bench/speed.py throughput           # MB/s: parse_text, no quotations, Punkt, spaCy
    python bench/speed.py growth               # cost per byte as inputs grow 4, 16, 64 times
    python bench/speed.py pathological         # hostile inputs, cost per MB against news text
    python bench/speed.py workers              # parse_many with 1 and 2 worker processes
    python bench/speed.py workers --extra-ms 0 1 2   # ... and with a costlier stand-in parser
    python bench/speed.py cli                  # `newsmodel parse bbc/ --to jsonl`, 1 and 2 workers
    python bench/speed.py memory               # parent memory while streaming 40,000 articles
    python bench/speed.py profile              # where parse_text spends its time (cProfile)
    python bench/speed.py profile --only "By lines"   # ... on one pathological input

Options: ``--corpus bbc|polnear-dev|reuters|extraction`` (default bbc; ``throughput``
also reads polnear-dev, a held-out split), ``--limit N`` articles, ``--repeat R``
(the best of R runs counts), ``--json FILE`` to save the figures.

Single-process figures are CPU seconds of this process (``time.process_time``), so
other work on the machine disturbs them little; the worker figures are wall-clock
seconds, with the load average printed beside them: on a busy machine they are
only a lower bound of the speed-up. The targets (issue 6) are printed with each
table and a line says whether each holds. The corpora's texts are read, never
copied. Without ../shared/corpora the benchmarks say so and exit 0.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import multiprocessing
import os
import pstats
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import redirect_stderr
from functools import partial
from pathlib import Path
from typing import Any

import newsmodel

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"

#: The targets of issue 6.
MAX_PUNKT_RATIO = 3.0
MAX_GROWTH_RATIO = 1.3
MAX_PATHOLOGICAL_RATIO = 5.0
MIN_SPEEDUP = 1.4

RESULTS: dict[str, Any] = {}


# ---------------------------------------------------------------------------
# Corpora


class MissingCorpusError(Exception):
    pass


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def load(name: str, limit: int | None = None) -> list[str]:
    """The article texts of a shared corpus."""
    texts: list[str] = []
    if name == "bbc":
        folder = CORPORA / "bbc"
        if not folder.is_dir():
            raise MissingCorpusError(folder)
        paths = sorted(folder.glob("*/*.txt"))
        texts = [_decode(p.read_bytes()) for p in paths[:limit]]
    elif name == "polnear-dev":
        folder = CORPORA / "polnear" / "dev"
        if not folder.is_dir():
            raise MissingCorpusError(folder)
        texts = [_decode(p.read_bytes()) for p in sorted(folder.glob("*.txt"))[:limit]]
    elif name == "reuters":
        path = CORPORA / "reuters" / "reuters-000.jsonl"
        if not path.is_file():
            raise MissingCorpusError(path)
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            if doc.get("body"):
                texts.append(doc["body"])
        texts = texts[:limit]
    elif name == "extraction":
        path = CORPORA / "extraction-benchmark" / "ground-truth.json"
        if not path.is_file():
            raise MissingCorpusError(path)
        truth = json.loads(path.read_text(encoding="utf-8"))
        texts = [v["articleBody"] for _, v in sorted(truth.items())][:limit]
    else:
        raise SystemExit(f"unknown corpus {name!r}")
    return texts


def megabytes(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


# ---------------------------------------------------------------------------
# Timing


def cpu_seconds(function: Callable[[], object], repeat: int) -> float:
    """The best CPU time of ``repeat`` runs of ``function`` (after a collection of garbage)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[str(c) for c in header]] + [[_cell(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    print(f"\n{title}")
    for n, row in enumerate(cells):
        print(
            "  "
            + "  ".join(
                c.rjust(w) if i else c.ljust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if n == 0:
            print("  " + "  ".join("-" * w for w in widths))


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if value < 10 else f"{value:,.1f}"
    return str(value)


def verdict(ok: bool, what: str) -> None:
    print(f"  {'PASS' if ok else 'FAIL'}: {what}")


# ---------------------------------------------------------------------------
# Reference sentence splitters


def punkt_splitters() -> dict[str, Callable[[str], object]]:
    """NLTK Punkt untrained, and with newsmodel's shipped parameters if it has them."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    splitters: dict[str, Callable[[str], object]] = {}
    untrained = PunktSentenceTokenizer()
    splitters["NLTK Punkt, untrained"] = lambda text: list(untrained.span_tokenize(text))
    shipped = _newsmodel_punkt(PunktParameters, PunktSentenceTokenizer)
    if shipped is not None:
        splitters["NLTK Punkt, newsmodel's parameters"] = lambda text: list(
            shipped.span_tokenize(text)
        )
    return splitters


def _newsmodel_punkt(parameters_type: type, tokenizer_type: type) -> Any:
    """A Punkt tokenizer with the parameters newsmodel.text.sentences ships, if any."""
    import newsmodel.text.sentences as sentences

    for name in dir(sentences):
        value = getattr(sentences, name)
        if isinstance(value, tokenizer_type):
            return value
        if isinstance(value, parameters_type):
            return tokenizer_type(value)
    for name in dir(sentences):
        value = getattr(sentences, name)
        if "punkt" in name.lower() and callable(value) and not isinstance(value, type):
            try:
                made = value()
            except TypeError:
                continue
            if isinstance(made, tokenizer_type):
                return made
            if isinstance(made, parameters_type):
                return tokenizer_type(made)
    return None


def spacy_runners() -> dict[str, Callable[[Sequence[str]], object]]:
    """spaCy (and textacy's quotations) where installed; nothing otherwise."""
    runners: dict[str, Callable[[Sequence[str]], object]] = {}
    try:
        import spacy
    except ImportError:
        return runners
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    runners["spaCy sentencizer (blank en)"] = lambda texts: [
        list(d.sents) for d in blank.pipe(texts)
    ]
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        return runners
    runners["spaCy en_core_web_sm"] = lambda texts: list(nlp.pipe(texts))
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return runners
    runners["spaCy en_core_web_sm + textacy quotations"] = lambda texts: [
        list(direct_quotations(d)) for d in nlp.pipe(texts)
    ]
    return runners


# ---------------------------------------------------------------------------
# throughput


def _parse_all(texts: Sequence[str], quotations: bool) -> None:
    for text in texts:
        newsmodel.parse_text(text, quotations=quotations)


def _each(function: Callable[[str], object], texts: Sequence[str]) -> None:
    for text in texts:
        function(text)


def throughput(args: argparse.Namespace) -> None:
    from newsmodel.text.sentences import split_sentences

    corpora = [args.corpus] if args.corpus != "bbc" else ["bbc", "polnear-dev"]
    for name in corpora:
        try:
            texts = load(name, args.limit)
        except MissingCorpusError as exc:
            print(f"\nthroughput on {name}: skipped, needs {exc}")
            continue
        mb = megabytes(texts)
        timings: dict[str, float] = {}
        runs: list[tuple[str, Callable[[], object]]] = [
            ("newsmodel.parse_text", partial(_parse_all, texts, True)),
            ("newsmodel.parse_text(quotations=False)", partial(_parse_all, texts, False)),
            ("newsmodel split_sentences alone", partial(_each, split_sentences, texts)),
        ]
        runs += [
            (label, partial(_each, split, texts)) for label, split in punkt_splitters().items()
        ]
        runs += [(label, partial(runner, texts)) for label, runner in spacy_runners().items()]
        rows: list[list[object]] = []
        for label, function in runs:
            seconds = cpu_seconds(function, args.repeat)
            timings[label] = seconds
            rows.append([label, seconds, mb / seconds, 1e3 * seconds / len(texts)])
        for row in rows:
            row.append(timings[str(row[0])] / timings["NLTK Punkt, untrained"])
        table(
            f"throughput on {name}: {len(texts)} articles, {mb:.2f} MB (best of {args.repeat}, CPU s)",
            ["", "seconds", "MB/s", "ms/article", "x Punkt"],
            rows,
        )
        ratio = timings["newsmodel.parse_text"] / timings["NLTK Punkt, untrained"]
        verdict(
            ratio <= MAX_PUNKT_RATIO,
            f"parse_text / Punkt = {ratio:.2f} (target <= {MAX_PUNKT_RATIO})",
        )
        RESULTS.setdefault("throughput", {})[name] = {
            "articles": len(texts),
            "megabytes": mb,
            "seconds": timings,
            "parse_text_over_punkt": ratio,
        }


# ---------------------------------------------------------------------------
# growth


def growth(args: argparse.Namespace) -> None:
    try:
        texts = load(args.corpus, args.limit or 256)
    except MissingCorpusError as exc:
        print(f"\ngrowth: skipped, needs {exc}")
        return
    texts = texts[: (len(texts) // 64) * 64 or len(texts)]
    flat = [" ".join(t.split()) for t in texts]
    rows: list[list[object]] = []
    worst = 0.0
    for label, pieces, joiner in (("articles", texts, "\n\n"), ("one paragraph", flat, " ")):
        base = 0.0
        for factor in (1, 4, 16, 64):
            if factor > len(pieces):
                break
            inputs = [joiner.join(pieces[i : i + factor]) for i in range(0, len(pieces), factor)]
            mb = megabytes(inputs)
            seconds = cpu_seconds(
                lambda inputs=inputs: [newsmodel.parse_text(t) for t in inputs], args.repeat
            )
            per_mb = seconds / mb
            base = base or per_mb
            ratio = per_mb / base
            if factor == 16:
                worst = max(worst, ratio)
            size = sum(map(len, inputs)) / len(inputs) / 1e3
            rows.append([f"{label} x{factor}", len(inputs), size, per_mb, ratio])
    table(
        f"growth on {args.corpus}: {len(texts)} articles joined into larger inputs (CPU s)",
        ["input", "inputs", "kchars each", "s per MB", "x the x1 cost"],
        rows,
    )
    verdict(
        worst <= MAX_GROWTH_RATIO,
        f"16x input costs {worst:.2f}x per byte (target <= {MAX_GROWTH_RATIO})",
    )
    RESULTS["growth"] = {"rows": rows, "worst_16x": worst}


# ---------------------------------------------------------------------------
# pathological


MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "``", "''", "「", "」"]
VOCABULARY = ("the", "council", "said", "on", "monday", "that", "new", "rules", "for", "tolls")


def pathological_inputs() -> Iterator[tuple[str, Callable[[int], str]]]:
    """(name, make) pairs; ``make(n)`` builds the input at scale ``n`` (100,000 at full size)."""
    for mark in MARKS:
        yield f"{mark} x n (marks alone)", lambda n, m=mark: m * n
        yield f"{mark} x n between words", lambda n, m=mark: f"{m}word " * n
    yield "“word” x n (n closed quotations)", lambda n: "“word” " * n
    yield "“Yes,” he said. x n", lambda n: "“Yes,” he said. " * n
    yield "“a,” said Ana Ruiz, “b.” x n", lambda n: "“We agree,” said Ana Ruiz, “and we will.” " * n
    yield (
        "a paragraph of n quotations and cues",
        lambda n: "\n\n".join(f"“Point {i},” said Official {i % 50}." for i in range(n // 4)),
    )
    yield (
        "no punctuation (1 MB)",
        lambda n: " ".join(VOCABULARY[i % len(VOCABULARY)] for i in range(n * 2)),
    )
    yield "one repeated word (1 MB)", lambda n: "word " * (n * 2)
    yield "one word of 1 MB, no space", lambda n: "a" * (n * 10)
    yield "said x n", lambda n: "said " * n
    yield "Said, said, SAID. x n", lambda n: "Said, said, SAID. " * (n // 3)
    yield "WASHINGTON (Reuters) - x n, one line", lambda n: "WASHINGTON (Reuters) - " * (n // 4)
    yield (
        "all-caps dateline paragraphs",
        lambda n: "LONDON, Jan 5 (Reuters) - The pound fell.\n\n" * (n // 8),
    )
    yield "(CNN) -- x n", lambda n: "(CNN) -- " * (n // 2)
    yield "blank lines x n", lambda n: "\n" * n
    yield "blank lines with spaces x n", lambda n: " \n \t\r\n" * n
    yield "one-word paragraphs x n", lambda n: "Word\n\n" * n
    yield "one-word lines x n", lambda n: "Word\n" * n
    yield "distinct one-word lines x n", lambda n: "".join(f"Word{i}\n" for i in range(n))
    yield "short lines (1 MB)", lambda n: "a\n" * (n * 5)
    yield "By lines (1 MB)", lambda n: "By \n" * (n * 2)
    yield (
        "By Name and Name, Agency lines (1 MB)",
        lambda n: "By Jane Doe and John Roe, Reuters\n" * (n // 3),
    )
    yield "((( x n )))", lambda n: "(" * n + "word" + ")" * n
    yield "( x n unclosed", lambda n: "(" * n
    yield "[({ nested x n", lambda n: "[({" * (n // 3) + "})]" * (n // 3)
    yield "periods (1 MB)", lambda n: "." * (n * 10)
    yield "U.S. x n", lambda n: "U.S. " * n
    yield "Mr. Dr. Sen. Gov. x n", lambda n: "Mr. Dr. Sen. Gov. " * (n // 4)
    yield "initials J. R. R. x n", lambda n: "J. R. R. " * (n // 3)
    yield "numbers 1.5 x n", lambda n: "1.5 " * n
    yield "Capitalised Names x n", lambda n: "Smith Jones " * (n // 2)
    yield "- dashes x n", lambda n: "- " * n
    yield "Photo: lines x n", lambda n: "Photo: Getty Images\n" * (n // 5)
    yield "Read more: lines x n", lambda n: "Read more: the story\n\n" * (n // 5)
    yield "indented wire lines x n", lambda n: "    The market rose.\n" * (n // 5)
    yield "astral characters x n", lambda n: "😀 " * n
    yield (
        "one sentence of 1 MB",
        lambda n: " ".join(VOCABULARY[i % len(VOCABULARY)] for i in range(n * 2)) + ".",
    )


def _time_child(make: Callable[[int], str], n: int, conn: Any) -> None:
    text = make(n)
    start = time.process_time()
    newsmodel.parse_text(text)
    conn.send((time.process_time() - start, len(text.encode("utf-8"))))
    conn.close()


def _timed(make: Callable[[int], str], n: int, timeout: float) -> tuple[float, int] | None:
    """CPU seconds and bytes of parsing ``make(n)`` in a child process; None on timeout."""
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_time_child, args=(make, n, child))
    process.start()
    child.close()
    if parent.poll(timeout):
        result: tuple[float, int] = parent.recv()
        process.join()
        return result
    process.kill()
    process.join()
    return None


def pathological(args: argparse.Namespace) -> None:
    try:
        texts = load(args.corpus, args.limit or 500)
    except MissingCorpusError as exc:
        print(f"\npathological: skipped, needs {exc} for the news baseline")
        return
    news = cpu_seconds(lambda: [newsmodel.parse_text(t) for t in texts], args.repeat) / megabytes(
        texts
    )
    rows: list[list[object]] = []
    worst = ("", 0.0)
    n = args.scale
    for name, make in pathological_inputs():
        if args.only and args.only.lower() not in name.lower():
            continue
        small = _timed(make, n // 4, args.timeout)
        full = None
        for _ in range(args.repeat if small is not None else 0):
            run = _timed(make, n, args.timeout)
            if run is None:
                full = None
                break
            full = run if full is None or run[0] < full[0] else full
        if small is None or full is None:
            rows.append([name, "-", "-", f"> {args.timeout:.0f} s", "TIMEOUT", "-"])
            worst = (name, float("inf"))
            continue
        seconds, size = full
        per_mb = seconds / (size / 1e6)
        ratio = per_mb / news
        small_per_mb = small[0] / (small[1] / 1e6)
        linear = per_mb / small_per_mb if small[0] > 0.005 else 1.0
        if ratio > worst[1]:
            worst = (name, ratio)
        rows.append([name, size / 1e6, seconds, per_mb, ratio, linear])
    table(
        f"pathological inputs at n = {n:,} against {args.corpus} news ({news:.3f} CPU s per MB; "
        f"best of {args.repeat} at n)",
        ["input", "MB", "seconds", "s per MB", "x news", "x per MB at n/4"],
        rows,
    )
    print("  (the last column is the cost per MB at n over that at n/4: about 1 when linear)")
    verdict(
        worst[1] <= MAX_PATHOLOGICAL_RATIO,
        f"worst: {worst[0]} at {worst[1]:.2f}x news per MB (target <= {MAX_PATHOLOGICAL_RATIO})",
    )
    RESULTS["pathological"] = {"news_seconds_per_mb": news, "rows": rows}


# ---------------------------------------------------------------------------
# workers


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class _Slowed:
    """parse_text with ``extra`` CPU seconds of busy work added to each call: stands in
    for a costlier parser, to see what parse_many's machinery allows (fork only)."""

    def __init__(self, parse: Callable[..., Any], extra: float) -> None:
        self.parse = parse
        self.extra = extra

    def __call__(self, text: str, **options: Any) -> Any:
        start = time.process_time()
        article = self.parse(text, **options)
        while time.process_time() - start < self.extra:
            pass
        return article


def workers(args: argparse.Namespace) -> None:
    import newsmodel.batch

    try:
        texts = load(args.corpus, args.limit)
    except MissingCorpusError as exc:
        print(f"\nworkers: skipped, needs {exc}")
        return
    real = newsmodel.batch.parse_text
    for extra in args.extra_ms:
        if extra:
            if multiprocessing.get_start_method() != "fork":
                print("\nworkers --extra-ms: skipped, needs the fork start method")
                continue
            newsmodel.batch.parse_text = _Slowed(real, extra / 1e3)  # type: ignore[assignment]
        try:
            _workers(args, texts, extra)
        finally:
            newsmodel.batch.parse_text = real
    print(
        f"  machine: {os.cpu_count()} CPUs; a load above 0 before a run means other work shared them"
    )


def _workers(args: argparse.Namespace, texts: list[str], extra: float) -> None:
    rows: list[list[object]] = []
    best: dict[tuple[int, int], float] = {}
    for batch_size in args.batch_sizes:
        for count in (1, 2):
            for _ in range(args.repeat):
                load_before = os.getloadavg()[0]
                wall, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
                done = sum(
                    1 for _ in newsmodel.parse_many(texts, workers=count, batch_size=batch_size)
                )
                wall = time.perf_counter() - wall
                cpu = time.process_time() - cpu
                children = _children_cpu() - children
                assert done == len(texts)
                key = (batch_size, count)
                if wall < best.get(key, float("inf")):
                    best[key] = wall
                    label = f"workers={count}, batch_size={batch_size}"
                    row = [label, wall, len(texts) / wall, cpu, children, load_before]
                    rows[:] = [r for r in rows if r[0] != label] + [row]
    rows.sort(key=lambda r: str(r[0]))
    what = "parse_text" if not extra else f"parse_text + {extra:g} ms of busy work (a stand-in)"
    table(
        f"parse_many({what}) on {args.corpus}: {len(texts)} articles (best of {args.repeat}, wall s)",
        ["", "wall s", "articles/s", "parent CPU s", "workers CPU s", "load before"],
        rows,
    )
    by_label = {str(r[0]): r for r in rows}
    for batch_size in args.batch_sizes:
        speedup = best[(batch_size, 1)] / best[(batch_size, 2)]
        serial = by_label[f"workers=1, batch_size={batch_size}"]
        parallel = by_label[f"workers=2, batch_size={batch_size}"]
        # What two idle cores allow: the CPU work of the parallel run spread over both,
        # but never less than what the parent alone does.
        parent_cpu, workers_cpu = float(parallel[3]), float(parallel[4])
        idle = float(serial[3]) / max((parent_cpu + workers_cpu) / 2, parent_cpu)
        verdict(
            speedup >= MIN_SPEEDUP,
            f"batch_size={batch_size}: 2 workers {speedup:.2f}x as fast as 1 "
            f"(target >= {MIN_SPEEDUP}); from CPU times, {idle:.2f}x on two idle cores",
        )
        key = f"extra={extra}ms batch_size={batch_size}"
        RESULTS.setdefault("workers", {})[key] = {"measured": speedup, "idle_estimate": idle}


# ---------------------------------------------------------------------------
# cli


def cli(args: argparse.Namespace) -> None:
    folder = CORPORA / "bbc"
    if not folder.is_dir():
        print(f"\ncli: skipped, needs {folder}")
        return
    real = newsmodel.parse_text
    for extra in args.extra_ms:
        if extra:
            if multiprocessing.get_start_method() != "fork":
                print("\ncli --extra-ms: skipped, needs the fork start method")
                continue
            newsmodel.parse_text = _Slowed(real, extra / 1e3)  # type: ignore[assignment]
        try:
            _cli(args, folder, extra)
        finally:
            newsmodel.parse_text = real


def _cli(args: argparse.Namespace, folder: Path, extra: float) -> None:
    from newsmodel import cli as command

    rows: list[list[object]] = []
    saved = command._READ_IN_WORKERS
    argv = ["parse", str(folder), "--to", "jsonl"]
    if args.limit:
        argv = ["parse", *[str(p) for p in sorted(folder.glob("*/*.txt"))[: args.limit]]]
        argv += ["--to", "jsonl"]
    with tempfile.TemporaryDirectory() as tmp:
        target = str(Path(tmp, "bbc.jsonl"))
        for count in (1, 2):
            for in_workers in (True, False) if count > 1 else (True,):
                command._READ_IN_WORKERS = in_workers
                best = [float("inf"), 0.0, 0.0]
                for _ in range(args.repeat):
                    start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
                    with redirect_stderr(io.StringIO()):
                        code = command.main([*argv, "-w", str(count), "-o", target])
                    wall = time.perf_counter() - start
                    if wall < best[0]:
                        best = [wall, time.process_time() - cpu, _children_cpu() - children]
                lines = Path(target).read_text(encoding="utf-8").count("\n")
                where = "workers" if in_workers else "parent"
                rows.append([f"--workers {count}, files read in the {where}", *best, lines, code])
    command._READ_IN_WORKERS = saved
    what = "" if not extra else f", parse_text + {extra:g} ms of busy work (a stand-in)"
    table(
        f"newsmodel parse {folder} --to jsonl{what} (best of {args.repeat}, wall s; load "
        f"{os.getloadavg()[0]:.1f})",
        ["", "wall s", "parent CPU s", "workers CPU s", "lines", "exit"],
        rows,
    )
    speedup = float(rows[0][1]) / float(rows[1][1])
    parent_cpu, workers_cpu = float(rows[1][2]), float(rows[1][3])
    idle = float(rows[0][2]) / max((parent_cpu + workers_cpu) / 2, parent_cpu)
    verdict(
        speedup >= MIN_SPEEDUP,
        f"the CLI with 2 workers is {speedup:.2f}x as fast as with 1 (target >= {MIN_SPEEDUP}); "
        f"from CPU times, {idle:.2f}x on two idle cores",
    )
    RESULTS.setdefault("cli", {})[f"extra={extra}ms"] = rows


# ---------------------------------------------------------------------------
# memory


def _rss_mb() -> float:
    """This process's resident memory in MB (Linux), else its peak so far."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def memory(args: argparse.Namespace) -> None:
    try:
        texts = load(args.corpus, args.limit)
    except MissingCorpusError as exc:
        print(f"\nmemory: skipped, needs {exc}")
        return
    total = args.articles
    checkpoints = {total // 8, total // 4, total // 2, total}
    rows: list[list[object]] = []

    def stream() -> Iterator[str]:
        for i in range(total):
            yield texts[i % len(texts)]

    for count in (1, 2):
        start = _rss_mb()
        row: list[object] = [f"parse_many, workers={count}", start]
        for done, _ in enumerate(newsmodel.parse_many(stream(), workers=count), 1):
            if done in checkpoints:
                row.append(_rss_mb())
        rows.append(row)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp, "feed.jsonl")
        with feed.open("w", encoding="utf-8") as f:
            for text in stream():
                f.write(json.dumps({"text": text}) + "\n")
        from newsmodel import cli as command

        for count in (1, 2):
            start = _rss_mb()
            with redirect_stderr(io.StringIO()):
                command.main(
                    ["parse", str(feed), "--to", "jsonl", "-w", str(count), "-o", os.devnull]
                )
            rows.append(
                [f"newsmodel parse feed.jsonl, --workers {count}", start, "", "", "", _rss_mb()]
            )
    marks = sorted(checkpoints)
    table(
        f"memory of the parent process while streaming {total:,} articles (RSS, MB)",
        ["", "before", *[f"after {m:,}" for m in marks]],
        rows,
    )
    print("  bounded: the figures stay flat as the number of articles grows")
    RESULTS["memory"] = rows


# ---------------------------------------------------------------------------
# profile


def profile(args: argparse.Namespace) -> None:
    if args.only:  # a pathological input, by (part of) its name
        found = [(n, make) for n, make in pathological_inputs() if args.only.lower() in n.lower()]
        if not found:
            raise SystemExit(f"no pathological input named like {args.only!r}")
        name, make = found[0]
        texts = [make(args.scale)]
        what = f"the pathological input {name!r} at n = {args.scale:,}"
    else:
        try:
            texts = load(args.corpus, args.limit)
        except MissingCorpusError as exc:
            print(f"\nprofile: skipped, needs {exc}")
            return
        what = f"{args.corpus} ({len(texts)} articles)"
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        newsmodel.parse_text(text)
    profiler.disable()
    for key, title in (("tottime", "own time"), ("cumulative", "cumulative time")):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.strip_dirs().sort_stats(key).print_stats(args.top)
        body = out.getvalue()
        print(f"\nprofile of parse_text on {what}, by {title}:")
        print(body[body.index("   ncalls") :].rstrip())


# ---------------------------------------------------------------------------


COMMANDS: dict[str, Callable[[argparse.Namespace], None]] = {
    "throughput": throughput,
    "growth": growth,
    "pathological": pathological,
    "workers": workers,
    "cli": cli,
    "memory": memory,
    "profile": profile,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=[*COMMANDS, "all"])
    parser.add_argument(
        "--corpus", default="bbc", choices=["bbc", "polnear-dev", "reuters", "extraction"]
    )
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="best of R runs (default: 3)")
    parser.add_argument("--scale", type=int, default=100_000, help="n for pathological inputs")
    parser.add_argument(
        "--timeout", type=float, default=120.0, help="seconds per pathological input"
    )
    parser.add_argument(
        "--only",
        default=None,
        help="pathological inputs whose name has this; profile: profile the first such input",
    )
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[8, 32])
    parser.add_argument(
        "--extra-ms",
        type=float,
        nargs="+",
        default=[0.0],
        help="workers, cli: also time parse_text plus this much busy work per article (a stand-in "
        "for a costlier parser, to see what the machinery allows)",
    )
    parser.add_argument("--articles", type=int, default=40_000, help="memory: articles to stream")
    parser.add_argument("--top", type=int, default=25, help="profile lines to show")
    parser.add_argument("--json", default=None, metavar="FILE", help="save the figures as JSON")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"skipped: the shared corpora are not at {CORPORA} (set NEWSMODEL_SHARED)")
        return 0
    print(
        f"newsmodel {newsmodel.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs"
    )
    names = list(COMMANDS) if args.command == "all" else [args.command]
    for name in names:
        COMMANDS[name](args)
    if args.json:
        Path(args.json).write_text(json.dumps(RESULTS, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
