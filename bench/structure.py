"""Measure the plain-text structure parser on the shared corpora.

    python bench/structure.py [--corpora PATH] [--verbose]

Prints, for each corpus, how often parse_text gets the headline, dateline, byline,
paragraph kinds and contributors right, and how long parsing took. Corpora are read
from ../shared/corpora (or --corpora, or $NEWSMODEL_SHARED/corpora); their text is
never copied into the project.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import newsmodel

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared")) / "corpora"

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
GOLD_DATE_RE = re.compile(rf",?\s*(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})\s*-", re.I)
AGENCY_DATELINE_RE = re.compile(r"^[A-Z][A-Za-z.,' ]{1,40}\((?:AP|Reuters|CNN|AFP)\)")


def parse(text: str) -> newsmodel.Article:
    return newsmodel.parse_text(text, quotations=False)


def rate(hits: int, total: int) -> str:
    return f"{hits}/{total} = {100 * hits / total:.1f}%" if total else "n/a"


def timed(
    label: str, texts: Iterable[str], check: Callable[[str, newsmodel.Article], None]
) -> None:
    start = time.perf_counter()
    chars = 0
    for text in texts:
        chars += len(text)
        check(text, parse(text))
    elapsed = time.perf_counter() - start
    print(
        f"  {label}: parsed {chars / 1e6:.2f} MB in {elapsed:.2f}s ({chars / 1e6 / elapsed:.2f} MB/s)"
    )


def summit(corpora: Path, verbose: bool) -> None:
    print("scraped/summit.txt (one paragraph a line, gold kinds)")
    text = (corpora / "scraped" / "summit.txt").read_text(encoding="utf-8")
    gold = json.loads((corpora / "scraped" / "summit.gold.json").read_text(encoding="utf-8"))
    article = parse(text)
    kinds = {i: kind for kind, idx in gold["kinds"].items() for i in idx}
    right = 0
    for i, p in enumerate(article.paragraphs):
        expected = kinds.get(i, "body")
        right += p.kind.value == expected
        if p.kind.value != expected and verbose:
            print(f"    paragraph {i}: {p.kind.value} (gold {expected}): {p.text[:60]!r}")
    print(f"  paragraphs: {len(article.paragraphs)} (gold {gold['paragraph_count']})")
    print(f"  paragraph kinds right: {rate(right, gold['paragraph_count'])}")
    d = article.dateline
    ok = (
        d is not None
        and d.location == gold["dateline"]["location"]
        and d.source == gold["dateline"]["source"]
    )
    print(
        f"  dateline: {'right' if ok else 'WRONG'} ({d.location if d else None!r}, {d.source if d else None!r})"
    )
    print(
        f"  contributors: {'right' if list(article.contributors) == gold['contributors'] else 'WRONG'} {list(article.contributors)}"
    )


def _gold_place(dateline: str) -> str:
    m = GOLD_DATE_RE.search(dateline)
    place = dateline[: m.start()] if m else dateline.rstrip(" -")
    return " ".join(place.split()).rstrip(",")


def _reuters_compositions(row: dict[str, str]) -> dict[str, str]:
    title, author, dateline, body = row["title"], row["author"], row["dateline"], row["body"]
    sgml = title + "\n" + (f"    {author}\n" if author else "") + f"    {dateline} {body}"
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n(?=[ \t])", f"{dateline} {body}")]
    paragraphs = [p for p in paragraphs if p]
    head = [title] + ([author] if author else [])
    wrapped_blank = "\n\n".join(
        head + [p.strip() for p in re.split(r"\n(?=[ \t])", f"{dateline} {body}") if p.strip()]
    )
    return {
        "wire (SGML layout)": sgml,
        "blank lines, wrapped": wrapped_blank,
        "blank lines, unwrapped": "\n\n".join(head + paragraphs),
        "one per line": "\n".join(head + paragraphs),
    }


def reuters(corpora: Path, verbose: bool) -> None:
    rows = [
        json.loads(line)
        for line in (corpora / "reuters" / "reuters-000.jsonl").open(encoding="utf-8")
    ]
    print(
        f"reuters/reuters-000.jsonl ({len(rows)} stories, {sum(1 for r in rows if r['author'])} with bylines)"
    )
    for layout in _reuters_compositions(rows[0]):
        head = place = city = names = with_author = 0
        start = time.perf_counter()
        for row in rows:
            text = _reuters_compositions(row)[layout]
            article = parse(text)
            head += article.headline == row["title"]
            gold = _gold_place(row["dateline"])
            got = article.dateline.location if article.dateline else None
            place += got is not None and " ".join(got.split()) == gold
            city += (
                got is not None and got.split(",")[0].casefold() == gold.split(",")[0].casefold()
            )
            if (
                verbose
                and layout.startswith("wire")
                and (got is None or " ".join(got.split()) != gold)
            ):
                print(f"    dateline {row['newid']}: got {got!r}, gold {gold!r}")
            if verbose and layout.startswith("wire") and article.headline != row["title"]:
                print(f"    headline {row['newid']}: got {article.headline!r}")
            if row["author"]:
                with_author += 1
                expected = re.sub(r"(?i)^by\s+", "", row["author"]).split(",")[0].strip()
                got_names = [a.casefold() for a in article.authors]
                names += got_names == [expected.casefold()]
                if verbose and layout.startswith("wire") and got_names != [expected.casefold()]:
                    print(f"    byline {row['newid']}: got {article.authors}, gold {expected!r}")
        elapsed = time.perf_counter() - start
        print(
            f"  {layout}: headline {rate(head, len(rows))}; dateline place {rate(place, len(rows))} "
            f"(city {rate(city, len(rows))}); byline names {rate(names, with_author)}; {elapsed:.2f}s"
        )


def bbc(corpora: Path, verbose: bool) -> None:
    files = sorted(glob.glob(str(corpora / "bbc" / "*" / "*.txt")))
    right = false_head = 0
    texts = []
    for name in files:
        raw = Path(name).read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        texts.append(text)
    start = time.perf_counter()
    for name, text in zip(files, texts, strict=False):
        article = parse(text)
        first = text.split("\n", 1)[0].strip()
        right += article.headline == first
        if verbose and article.headline != first:
            print(f"    {name[-20:]}: got {article.headline!r}, gold {first!r}")
        body = text.split("\n", 1)[1] if "\n" in text else ""
        false_head += parse(body).headline is not None
    elapsed = time.perf_counter() - start
    print(f"bbc ({len(files)} articles, line 1 is the headline)")
    print(f"  headline right: {rate(right, len(files))}")
    print(
        f"  headline claimed when line 1 is removed (false headlines): {rate(false_head, len(files))}"
    )
    print(f"  {sum(map(len, texts)) * 2 / 1e6:.2f} MB parsed in {elapsed:.2f}s")


def extraction(corpora: Path, verbose: bool) -> None:
    truth = json.loads(
        (corpora / "extraction-benchmark" / "ground-truth.json").read_text(encoding="utf-8")
    )
    print(f"extraction-benchmark ground truth ({len(truth)} article bodies, no headline line)")
    found: list[str] = []
    heads = credits = 0
    for key, item in sorted(truth.items()):
        article = parse(item["articleBody"])
        heads += article.headline is not None
        if article.dateline is not None:
            d = article.dateline
            found.append(f"{key[:8]} {d.text!r} -> location={d.location!r} source={d.source!r}")
        credits += bool(article.contributors)
        if verbose and article.contributors:
            print(f"    {key[:8]} contributors {article.contributors}")
    print(f"  datelines found: {len(found)}")
    for line in found:
        print(f"    {line}")
    print(f"  articles with contributors from a credit line: {credits}")
    print(f"  first paragraph taken as a headline: {heads} (these bodies carry no headline line)")


def polnear(corpora: Path, verbose: bool) -> None:
    for split in ("train", "dev"):
        _polnear(corpora, split, verbose)


def _polnear(corpora: Path, split: str, verbose: bool) -> None:
    files = sorted(glob.glob(str(corpora / "polnear" / split / "*.txt")))
    head = agency = agency_found = other = 0
    start = time.perf_counter()
    for name in files:
        text = Path(name).read_text(encoding="utf-8")
        article = parse(text)
        first = text.split("\n", 1)[0].strip()
        head += article.headline == first
        if verbose and article.headline != first:
            print(f"    headline {Path(name).name[:40]}: got {article.headline!r}, gold {first!r}")
        body = [p for p in re.split(r"\n\s*\n", text) if p.strip()][1:2]
        if body and AGENCY_DATELINE_RE.match(body[0].strip()):
            agency += 1
            agency_found += article.dateline is not None and article.dateline.source is not None
        elif article.dateline is not None:
            other += 1
            if verbose:
                print(f"    other dateline {Path(name).name[:40]}: {article.dateline.text!r}")
    elapsed = time.perf_counter() - start
    print(f"polnear/{split} ({len(files)} texts, line 1 is the headline)")
    print(f"  headline right: {rate(head, len(files))}")
    print(f"  agency datelines ('DALLAS (AP) —') found: {rate(agency_found, agency)}")
    print(f"  other datelines found (no agency: 'WASHINGTON —' ...): {other}")
    print(f"  parsed in {elapsed:.2f}s")


HOSTILE = {
    "one long line of words": lambda n: "WASHINGTON (CNN) " + "word " * (n // 5),
    "brackets": lambda n: "(" * n,
    "short lines": lambda n: "a\n" * (n // 2),
    "byline lines": lambda n: "By Jane Doe, CNN\n" * (n // 17),
    "hard-wrapped wire": lambda n: (
        ("    The board said it would raise the fees on\nships by eight pct.\n") * (n // 62)
    ),
    "heading and prose": lambda n: (
        ("Short heading line\nA body sentence of prose, and more of it here.\n") * (n // 66)
    ),
    "dashes and dots": lambda n: "- . " * (n // 4),
}


def hostile(corpora: Path, verbose: bool) -> None:
    """Generated hostile input: time must grow linearly with size."""
    print("hostile input (generated; time from 0.5 MB to 1 MB must grow linearly)")
    for name, make in HOSTILE.items():
        times = []
        for size in (500_000, 1_000_000):
            text = make(size)
            start = time.perf_counter()
            parse(text)
            times.append(time.perf_counter() - start)
        print(
            f"  {name}: 0.5 MB {times[0]:.2f}s, 1 MB {times[1]:.2f}s "
            f"(ratio {times[1] / max(times[0], 1e-9):.1f})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT)
    parser.add_argument("--verbose", "-v", action="store_true", help="list the misses")
    parser.add_argument(
        "--only", help="run one part: summit, reuters, bbc, extraction, polnear, hostile"
    )
    args = parser.parse_args(argv)
    if not args.corpora.exists():
        print(f"no corpora at {args.corpora}", file=sys.stderr)
        return 1
    for name, bench in [
        ("summit", summit),
        ("reuters", reuters),
        ("bbc", bbc),
        ("extraction", extraction),
        ("polnear", polnear),
        ("hostile", hostile),
    ]:
        if args.only and args.only != name:
            continue
        bench(args.corpora, args.verbose)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
