"""Check the speakers the engine reports for raw white space and page furniture.

    python bench/speaker_hygiene.py [--limit N] [--verbose]

Over the wire stories of Reuters-21578, the political news of PolNeAR (train and dev) and
the Canadian news of the Gender Gap Tracker set, each parsed with
:func:`newsmodel.parse_text` as users call it, it counts:

- ``raw``: speakers of ``Article.speakers`` whose name holds a line break, a tab, a no-break
  space or a double space (issue 10's target: none);
- ``furniture``: quotations in body paragraphs whose speaker comes from the page's
  furniture: the speaker mention lies in a headline, caption, credit or byline, or the
  speaker's name is written in such a paragraph and in no body paragraph (target: none).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from polnear import read_split  # noqa: E402

import newsmodel  # noqa: E402
from newsmodel import Article, ParagraphKind  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
FURNITURE = frozenset(
    {ParagraphKind.HEADLINE, ParagraphKind.CAPTION, ParagraphKind.CREDIT, ParagraphKind.BYLINE}
)
RAW = ("\n", "\r", "\t", "\u00a0", "  ")


def texts(limit: int | None) -> Iterator[tuple[str, str]]:
    """(name, text) of each article of the three corpora, ``limit`` of each at most."""
    reuters = SHARED / "reuters" / "reuters-000.jsonl"
    with reuters.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                break
            doc = json.loads(line)
            yield f"reuters {doc['newid']}", f"{doc.get('title') or ''}\n\n{doc.get('body') or ''}"
    n = 0
    for split in ("train", "dev"):
        for doc in read_split(split):
            if limit is not None and n >= limit:
                break
            n += 1
            yield f"polnear {doc.name}", doc.text
    ggt = json.loads((SHARED / "ggt" / "articles.json").read_text(encoding="utf-8"))
    for doc in ggt[:limit]:
        yield f"ggt {doc['id']}", doc["text"]


def furniture_speakers(article: Article) -> list[str]:
    """The body quotations whose speaker the furniture gives, as lines to print."""
    found = []
    body_text = " ".join(p.text for p in article.paragraphs if p.kind is ParagraphKind.BODY)
    furniture = [p for p in article.paragraphs if p.kind in FURNITURE]
    for q in article.quotations:
        a = q.attribution
        if a is None or q.paragraph is None:
            continue
        if article.paragraphs[q.paragraph].kind is not ParagraphKind.BODY:
            continue
        m = a.speaker.mention
        if m is not None and any(p.span.contains(m.span) for p in furniture):
            found.append(f"mention {m.text!r} in furniture, for {q.text[:50]!r}")
            continue
        name = a.speaker.name
        if name not in body_text and any(name in " ".join(p.text.split()) for p in furniture):
            found.append(f"name {name!r} only in furniture, for {q.text[:50]!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    articles = speakers = raw = quoted = furniture = 0
    for name, text in texts(args.limit):
        article = newsmodel.parse_text(text)
        articles += 1
        quoted += sum(1 for q in article.quotations if q.attribution is not None)
        for speaker in article.speakers:
            speakers += 1
            if any(r in speaker.name for r in RAW):
                raw += 1
                if args.verbose:
                    print(f"{name}: raw name {speaker.name!r}")
        found = furniture_speakers(article)
        furniture += len(found)
        if args.verbose:
            for line in found:
                print(f"{name}: {line}")
    print(f"{articles} articles, {speakers} speakers, {quoted} attributed quotations")
    print(f"speaker names with raw white space: {raw}")
    print(f"body quotations with a speaker from the furniture: {furniture}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
