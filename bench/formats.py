"""Benchmark of the interchange formats: fidelity on the corpora, speed and memory on a big article.

    python bench/formats.py                 # everything, a 50 MB article
    python bench/formats.py --size-mb 5     # a smaller big article
    python bench/formats.py --skip-corpora  # only speed and memory

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
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
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
        for i, text in enumerate(PARAGRAPHS):
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
            del i
    text = "".join(parts)[:-2]
    return Article(
        text=text, headline="Harbour budget", paragraphs=paragraphs, quotations=quotations
    )


def measure(fmt: str, operation: str, size: int) -> dict[str, float]:
    """Run one measurement in this process (called in a child process)."""
    article = big_article(size)
    document = (
        newsmodel.dumps(article, format=fmt)
        if fmt != "etree"
        else newsmodel.dumps(article, format="nitf")
    )
    path = Path(f"/tmp/newsmodel-bench-{fmt}.doc")
    path.write_text(document, encoding="utf-8")
    del article
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    if operation == "dumps":
        article = big_article(size)
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        newsmodel.dumps(article, format=fmt)
    elif fmt == "etree":
        import xml.etree.ElementTree as ET

        ET.parse(path)
    elif fmt == "nitf":
        from newsmodel.io import nitf

        with path.open("rb") as f:
            nitf.load(f)
    else:
        newsmodel.loads(path.read_text(encoding="utf-8"), format=fmt)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "seconds": seconds,
        "document_mb": len(document.encode("utf-8")) / 1e6,
        "peak_mb": peak / 1024,
        "growth_mb": max(0, peak - baseline) / 1024,
    }


def speed_and_memory(size_mb: float) -> None:
    size = int(size_mb * 1_000_000)
    print(f"\n== a generated article of {size_mb:g} MB of text, each run in its own process")
    print(
        f"{'format':8} {'op':6} {'doc MB':>7} {'seconds':>8} {'MB/s':>6} {'peak RSS MB':>11} {'growth MB':>9}"
    )
    for fmt, operation in (
        ("ninjs", "dumps"),
        ("ninjs", "loads"),
        ("nitf", "dumps"),
        ("nitf", "loads"),
        ("etree", "loads"),
        ("brat", "dumps"),
    ):
        out = subprocess.run(
            [sys.executable, __file__, "--measure", fmt, operation, str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        label = "(ElementTree.parse of the NITF)" if fmt == "etree" else ""
        print(
            f"{fmt:8} {operation:6} {r['document_mb']:7.1f} {r['seconds']:8.2f} "
            f"{r['document_mb'] / r['seconds']:6.1f} {r['peak_mb']:11.0f} {r['growth_mb']:9.0f} {label}"
        )


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=50.0)
    parser.add_argument("--skip-corpora", action="store_true")
    parser.add_argument(
        "--measure", nargs=3, metavar=("FORMAT", "OP", "SIZE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.measure:
        fmt, operation, size = args.measure
        print(json.dumps(measure(fmt, operation, int(size))))
        return
    if not args.skip_corpora:
        fidelity()
    speed_and_memory(args.size_mb)


if __name__ == "__main__":
    main()
