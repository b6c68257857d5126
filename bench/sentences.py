"""Speed of newsmodel's sentence splitter against NLTK Punkt, and its cost on hostile input.

Run from the project root:

    python bench/sentences.py [--repeat N] [--shared PATH]

It splits every paragraph of the BBC corpus (../shared/corpora/bbc, skipped with a
note when missing) with

- ``newsmodel.text.sentences.split_sentences``,
- ``nltk.tokenize.punkt.PunktSentenceTokenizer(punkt_parameters())`` (Punkt with our
  abbreviations and sentence starters),
- ``PunktSentenceTokenizer()`` (Punkt untrained),

and prints MB/s for each and the ratio of our time to Punkt's (issue 6 allows a full
``parse_text`` three times the time of Punkt alone, so the splitter should take at
most about Punkt's time). It also prints how many of the 48 golden rules each passes
and how often ours and Punkt agree on BBC. Then it times hostile input at two sizes
(a megabyte without punctuation, a megabyte of periods, 100,000 quote marks and
others): linear cost shows as the same MB/s at both sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import regex
from nltk.tokenize.punkt import PunktSentenceTokenizer

from newsmodel.text.sentences import punkt_parameters, split_sentences

ROOT = Path(__file__).resolve().parents[1]
BLANK_LINE_RE = regex.compile(r"\n[ \t\r\f\v]*\n")

Paragraph = tuple[str, int, int]
Splitter = Callable[[str, int, int], list[tuple[int, int]]]


def bbc_paragraphs(shared: Path) -> list[Paragraph] | None:
    folder = shared / "corpora" / "bbc"
    if not folder.is_dir():
        return None
    found: list[Paragraph] = []
    for path in sorted(folder.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        start = 0
        for m in BLANK_LINE_RE.finditer(text):
            found.append((text, start, m.start()))
            start = m.end()
        found.append((text, start, len(text)))
    return found


def ours(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in split_sentences(text, start, end)]


def punkt(tokenizer: PunktSentenceTokenizer) -> Splitter:
    def split(text: str, start: int, end: int) -> list[tuple[int, int]]:
        return [(start + s, start + e) for s, e in tokenizer.span_tokenize(text[start:end])]

    return split


def best_time(split: Splitter, paragraphs: Sequence[Paragraph], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        for text, start, end in paragraphs:
            split(text, start, end)
        best = min(best, time.perf_counter() - began)
    return best


def golden_score(split: Splitter) -> int:
    rules = json.loads((ROOT / "tests" / "data" / "golden_rules_en.json").read_text("utf-8"))
    passed = 0
    for rule in rules["rules"]:
        text = rule["text"]
        got = [text[s:e] for s, e in split(text, 0, len(text))]
        passed += got == rule["expected"]
    return passed


def agreement(a: Splitter, b: Splitter, paragraphs: Sequence[Paragraph]) -> tuple[int, int, int]:
    """Sentence ends found by a only, by b only, and by both."""
    only_a = only_b = both = 0
    for text, start, end in paragraphs:
        ends_a = {e for _, e in a(text, start, end)}
        ends_b = {e for _, e in b(text, start, end)}
        only_a += len(ends_a - ends_b)
        only_b += len(ends_b - ends_a)
        both += len(ends_a & ends_b)
    return only_a, only_b, both


HOSTILE: dict[str, str] = {
    "no punctuation": "word ",
    "periods": ".",
    "quote marks": '"',
    "curly quotes": "“”",
    "spaced periods": ". ",
    "titles (Mr.)": "Mr. ",
    "U.S. The": "U.S. The ",
    "list labels": "1. A 2. B ",
    "bullets": "• ",
    "glued words": "aB.Cd",
    "stray closers": "a. ” b ",
    "ellipses": "... ",
    "digits": "1. 2. ",
    "opening marks": "(((“",
    "newlines": "a.\n",
}


def hostile(sizes: Sequence[int]) -> None:
    print("\nHostile input (linear cost: MB/s about the same at both sizes)")
    print(f"  {'input':18}" + "".join(f"{n:>12,} ch" for n in sizes) + "   ratio")
    for name, unit in HOSTILE.items():
        rates = []
        for size in sizes:
            text = (unit * (size // len(unit) + 1))[:size]
            began = time.perf_counter()
            split_sentences(text)
            rates.append(size / (time.perf_counter() - began) / 1e6)
        cells = "".join(f"{r:>10.2f} MB/s" for r in rates)
        print(f"  {name:18}{cells}   {rates[0] / rates[-1]:5.2f}")
    quotes = '"' * 100_000
    began = time.perf_counter()
    split_sentences(quotes)
    print(f"  100,000 quote marks: {(time.perf_counter() - began) * 1000:.1f} ms")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per splitter (best kept)")
    parser.add_argument(
        "--shared",
        type=Path,
        default=Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared")),
        help="the shared folder holding corpora/ (default ../shared)",
    )
    args = parser.parse_args(argv)
    splitters: dict[str, Splitter] = {
        "newsmodel": ours,
        "punkt + our data": punkt(PunktSentenceTokenizer(punkt_parameters())),
        "punkt untrained": punkt(PunktSentenceTokenizer()),
    }
    print("Golden rules (English, 48)")
    for name, split in splitters.items():
        print(f"  {name:18} {golden_score(split)} of 48")
    paragraphs = bbc_paragraphs(args.shared)
    if paragraphs is None:
        print(f"\nBBC corpus not found under {args.shared}: speed comparison skipped")
    else:
        megabytes = sum(end - start for _, start, end in paragraphs) / 1e6
        print(f"\nBBC: {len(paragraphs):,} paragraphs, {megabytes:.2f} MB, best of {args.repeat}")
        seconds = {name: best_time(s, paragraphs, args.repeat) for name, s in splitters.items()}
        for name, took in seconds.items():
            print(f"  {name:18} {megabytes / took:6.2f} MB/s  {took:6.2f} s")
        for name in ("punkt + our data", "punkt untrained"):
            ratio = seconds["newsmodel"] / seconds[name]
            print(f"  newsmodel time / {name} time: {ratio:.2f}")
        only_ours, only_punkt, both = agreement(ours, splitters["punkt + our data"], paragraphs)
        print(
            f"  sentence ends: {both:,} shared with punkt + our data, "
            f"{only_ours:,} ours only, {only_punkt:,} punkt only"
        )
    hostile((250_000, 1_000_000))
    return 0


if __name__ == "__main__":
    sys.exit(main())
