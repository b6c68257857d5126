"""Benchmark of the interchange formats: fidelity on the corpora, speed and memory on a big article.

    python bench/formats.py                 # everything, a 50 MB article
    python bench/formats.py --size-mb 5     # a smaller big article
    python bench/formats.py --skip-corpora  # only speed and memory
    python bench/formats.py --attribute     # NITF with one huge attribute, 5 to 50 MB
    python bench/formats.py --nesting       # NITF nested 10,000 to 40,000 elements deep

Fidelity: every PolNeAR article (its text parsed with parse_text, its annotated
quotations read from the brat .ann) and every BBC article is written in ninjs and
NITF, validated against IPTC's schemas when the validators are installed, and
read back; an article counts as kept when its paragraphs (texts and kinds), its
quotations (texts, kinds, speakers, mentions, cues) and its headline, byline and
dateline are unchanged. brat is checked for exact offsets.

Speed and memory: a generated article of the given size (an original text,
repeated, with quotations) is written and read in each format, each measurement
in a fresh process so that its peak resident memory (ru_maxrss) is its own. The
same NITF document parsed by xml.etree.ElementTree is given for comparison.

Attribute: an NITF document whose one attribute holds 5, 20 and 50 MB, read with
nitf.loads (str and bytes) and nitf.load (a file); the cost per MB should not grow
with the size (issue 13: at most 1.5 times per MB at 20 MB what it is at 5 MB). expat
fed the whole document at once is the floor: libexpat before 2.6 is itself
superlinear in one huge attribute value, 2.6 and later are linear.

Nesting: NITF documents whose hedline, block or em elements nest 10,000 to 40,000 deep,
read with nitf.loads; the cost per element should not grow with the depth.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import newsmodel  # noqa: E402
from newsmodel import (  # noqa: E402
    Article,
    Attribution,
    Mention,
    Paragraph,
    Quotation,
    QuoteKind,
    Sentence,
    Span,
    Speaker,
)

SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"

PARAGRAPHS = [
    'The council met on Tuesday to weigh the harbour budget, and "every line was argued," said Ana Ruiz, its chair.',
    "Fishermen at the dock said they would wait for the vote before deciding whether to sell their boats.",
    '"We cannot keep the light burning on hope alone," Ruiz added, "and the province knows it."',
    "The harbour authority said costs could reach $2 million, less than <3% of the town's budget.",
]


def big_article(size: int) -> Article:
    """An article of about ``size`` characters, with two quotations per four paragraphs."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    quotations: list[Quotation] = []
    position = 0
    while position < size:
        for text in PARAGRAPHS:
            paragraphs.append(Paragraph(Span(position, position + len(text)), text))
            for needle, name, mention, cue in (
                ("every line was argued,", "Ana Ruiz", "Ana Ruiz", "said"),
                ("We cannot keep the light burning on hope alone,", "Ana Ruiz", "Ruiz", "added"),
            ):
                at = text.find(needle)
                if at < 0:
                    continue
                m, c = text.index(mention), text.index(cue)
                speaker = Speaker(
                    name, mention=Mention(mention, Span(position + m, position + m + len(mention)))
                )
                attribution = Attribution(
                    speaker, Mention(cue, Span(position + c, position + c + len(cue))), "bench"
                )
                span = Span(position + at, position + at + len(needle))
                quotations.append(
                    Quotation(span, needle, QuoteKind.DIRECT, attribution, len(paragraphs) - 1)
                )
            parts.append(text)
            position += len(text) + 2
            parts.append("\n\n")
    text = "".join(parts)[:-2]
    # each paragraph and sentence keeps its own copy of its text, as parsed articles do
    paragraphs = [
        Paragraph(p.span, p.span.of(text), sentences=[Sentence(p.span, p.span.of(text))])
        for p in paragraphs
    ]
    return Article(
        text=text, headline="Harbour budget", paragraphs=paragraphs, quotations=quotations
    )


def _path(fmt: str, size: int) -> Path:
    return Path(f"/tmp/newsmodel-bench-{size}.{fmt}")


def measure(fmt: str, operation: str, size: int) -> dict[str, float]:
    """Run one measurement in this process (the parent starts a process for each)."""
    if operation == "prepare":
        article = big_article(size)
        for name in ("ninjs", "nitf"):
            _path(name, size).write_text(newsmodel.dumps(article, format=name), encoding="utf-8")
        return {"text_mb": len(article.text) / 1e6}
    source = _path("nitf" if fmt in ("etree", "nitf-stream") else fmt, size)
    document_mb = source.stat().st_size / 1e6 if source.exists() else 0.0
    if fmt == "model":
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        document_mb = len(big_article(size).text) / 1e6
    elif operation == "dumps":
        article = big_article(size)
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        document_mb = len(newsmodel.dumps(article, format=fmt).encode("utf-8")) / 1e6
    elif fmt == "etree":
        import xml.etree.ElementTree as ET

        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        ET.parse(source)
    elif fmt == "nitf-stream":
        from newsmodel.io import nitf

        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        with source.open("rb") as f:
            nitf.load(f)
    else:
        document = source.read_text(encoding="utf-8")
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        newsmodel.loads(document, format=fmt)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "seconds": seconds,
        "document_mb": document_mb,
        "peak_mb": peak / 1024,
        "growth_mb": max(0, peak - baseline) / 1024,
    }


def _child(fmt: str, operation: str, size: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", fmt, operation, str(size)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def speed_and_memory(size_mb: float) -> None:
    size = int(size_mb * 1_000_000)
    text_mb = _child("-", "prepare", size)["text_mb"]
    print(f"\n== a generated article of {text_mb:.1f} MB of text, each run in its own process")
    print("growth: peak resident memory added by the operation itself")
    print(
        f"{'format':12} {'op':6} {'doc MB':>7} {'seconds':>8} {'MB/s':>6} {'peak MB':>8} {'growth MB':>9}"
    )
    for fmt, operation, label in (
        ("model", "build", "the Article itself, built in memory (the floor for loads)"),
        ("ninjs", "dumps", ""),
        ("ninjs", "loads", "from a str"),
        ("nitf", "dumps", ""),
        ("nitf", "loads", "from a str"),
        ("nitf-stream", "loads", "nitf.load(file), streamed"),
        ("etree", "loads", "xml.etree.ElementTree.parse of the NITF, for comparison"),
        ("brat", "dumps", ""),
    ):
        r = _child(fmt, operation, size)
        print(
            f"{fmt:12} {operation:6} {r['document_mb']:7.1f} {r['seconds']:8.2f} "
            f"{r['document_mb'] / r['seconds']:6.1f} {r['peak_mb']:8.0f} {r['growth_mb']:9.0f}  {label}"
        )
    for fmt in ("ninjs", "nitf"):
        _path(fmt, size).unlink(missing_ok=True)


def views(a: Article) -> tuple[object, ...]:
    def speaker(q: Quotation) -> object:
        s = q.speaker
        return (
            (s.name, s.kind, s.mention.text if s.mention else None, s.title, s.description)
            if s
            else None
        )

    quotes = [
        (
            q.text,
            q.kind,
            speaker(q),
            q.attribution.cue.text if q.attribution and q.attribution.cue else None,
        )
        for q in a.quotations
    ]
    b, d = a.byline, a.dateline
    return (
        [(p.text, p.kind) for p in a.paragraphs],
        quotes,
        a.headline,
        (b.text, b.authors) if b else None,
        (d.text, d.location) if d else None,
    )


def fidelity() -> None:
    validators = {}
    try:
        sys.path.insert(0, str(ROOT))
        from tests import iptc

        if iptc.available():
            validators = iptc.VALIDATORS
    except ImportError:  # pragma: no cover - the test extra is not installed
        pass
    articles: list[tuple[str, Article]] = []
    for ann in sorted((CORPORA / "polnear").glob("*/*.ann")):
        text = Path(re.sub(r"_[0-9a-f]{4}\.ann$", ".txt", str(ann))).read_text(encoding="utf-8")
        articles.append(
            ("polnear", newsmodel.loads(ann.read_text(encoding="utf-8"), format="brat", text=text))
        )
    for path in sorted((CORPORA / "bbc").glob("*/*.txt")):
        articles.append(("bbc", newsmodel.parse_text(path.read_bytes().decode("utf-8", "replace"))))
    if not articles:
        print("no corpora at", CORPORA)
        return
    print(
        f"\n== round trips ({'validated against IPTC schemas' if validators else 'schemas not checked'})"
    )
    for corpus in ("polnear", "bbc"):
        chosen = [a for c, a in articles if c == corpus]
        equal = sum(newsmodel.loads(newsmodel.dumps(a), format="json") == a for a in chosen)
        print(f"json   {corpus:8} {equal}/{len(chosen)} articles equal after loads(dumps(a))")
    for fmt in ("ninjs", "nitf"):
        for corpus in ("polnear", "bbc"):
            chosen = [a for c, a in articles if c == corpus]
            kept = quotes = 0
            start = time.perf_counter()
            for a in chosen:
                document = newsmodel.dumps(a, format=fmt)
                if fmt in validators:
                    validators[fmt](document)
                b = newsmodel.loads(document, format=fmt)
                kept += views(a) == views(b)
                quotes += len(a.quotations)
            seconds = time.perf_counter() - start
            print(
                f"{fmt:6} {corpus:8} {kept}/{len(chosen)} articles kept "
                f"({len(chosen) - kept} changed), {quotes} quotations, {seconds:.1f} s"
            )
    exact = total = 0
    for corpus, a in articles:
        if corpus != "polnear":
            continue
        ann = newsmodel.dumps(a, format="brat")
        for line in ann.splitlines():
            m = re.fullmatch(r"T\d+\t\S+ ([\d ;]+)\t(.*)", line)
            if m:
                total += 1
                pieces = [tuple(map(int, p.split())) for p in m.group(1).split(";")]
                exact += " ".join(a.text[s:e] for s, e in pieces) == m.group(2)
    print(f"brat   polnear  {exact}/{total} annotations equal to the text at their offsets")


def _ms_per_mb(run: Callable[[], object], mb: int, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times) * 1000 / mb


def huge_attribute(sizes: tuple[int, ...] = (5, 20, 50), repeat: int = 3) -> None:
    import io
    import pyexpat
    from xml.parsers import expat

    from newsmodel.io import nitf

    print(f"\n== NITF with one huge attribute (best of {repeat}, {pyexpat.EXPAT_VERSION})")
    print(
        f"{'MB':>4} {'loads(str)':>11} {'loads(bytes)':>13} {'load(file)':>11} {'expat whole':>12}  ms/MB"
    )
    per_mb: dict[int, float] = {}
    for mb in sizes:
        text = newsmodel.dumps(
            Article(text="Short story.", language="x" * (mb << 20)), format="nitf"
        )
        data = text.encode("utf-8")
        runs: list[Callable[[], object]] = [
            partial(nitf.loads, text),
            partial(nitf.loads, data),
            lambda data=data: nitf.load(io.BytesIO(data)),
            lambda data=data: expat.ParserCreate().Parse(data, True),
        ]
        row = [_ms_per_mb(run, mb, repeat) for run in runs]
        per_mb[mb] = row[0]
        cells = " ".join(f"{v:{w}.1f}" for v, w in zip(row, (11, 13, 11, 12), strict=True))
        print(f"{mb:4} {cells}")
    if 5 in per_mb and 20 in per_mb:
        ratio = per_mb[20] / per_mb[5]
        verdict = "holds" if ratio <= 1.5 else "does not hold"
        print(f"20 MB costs {ratio:.2f} times per MB what 5 MB does (target <= 1.5: {verdict})")


def deep_nesting(depths: tuple[int, ...] = (10_000, 20_000, 40_000), repeat: int = 3) -> None:
    from newsmodel.io import nitf

    print(f"\n== NITF with nested elements (best of {repeat}, seconds)")
    print(f"{'depth':>7} {'hedline':>9} {'block':>9} {'em':>9}")
    shapes = {
        "hedline": lambda n: (
            "<nitf><head><title>T</title></head><body><body.head>"
            + "<hedline>" * n
            + "<hl1>H</hl1>"
            + "</hedline>" * n
            + "</body.head><body.content><p>a</p></body.content></body></nitf>"
        ),
        "block": lambda n: (
            "<nitf><head><title>T</title></head><body><body.content>"
            + "<block>" * n
            + "<p>a</p>"
            + "</block>" * n
            + "</body.content></body></nitf>"
        ),
        "em": lambda n: (
            "<nitf><head><title>T</title></head><body><body.content><p>"
            + "<em>" * n
            + "x"
            + "</em>" * n
            + "</p></body.content></body></nitf>"
        ),
    }
    per_depth: dict[int, float] = {}
    for depth in depths:
        row = []
        for shape in shapes.values():
            document = shape(depth)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                nitf.loads(document)
                times.append(time.perf_counter() - start)
            row.append(min(times))
        per_depth[depth] = max(row)
        print(f"{depth:7} " + " ".join(f"{v:9.3f}" for v in row))
    if len(depths) >= 2:
        ratio = (per_depth[depths[-1]] / depths[-1]) / (per_depth[depths[0]] / depths[0])
        verdict = "linear" if ratio <= 2 else "not linear"
        print(f"cost per element at the deepest / the shallowest: {ratio:.2f} ({verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=50.0)
    parser.add_argument("--skip-corpora", action="store_true")
    parser.add_argument("--attribute", action="store_true", help="only the huge attribute table")
    parser.add_argument("--nesting", action="store_true", help="only the deep nesting table")
    parser.add_argument(
        "--measure", nargs=3, metavar=("FORMAT", "OP", "SIZE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.measure:
        fmt, operation, size = args.measure
        print(json.dumps(measure(fmt, operation, int(size))))
        return
    if args.attribute:
        huge_attribute()
        return
    if args.nesting:
        deep_nesting()
        return
    if not args.skip_corpora:
        fidelity()
    speed_and_memory(args.size_mb)


if __name__ == "__main__":
    main()
