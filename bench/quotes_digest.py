"""A digest of every quotation parse_text finds, to check that a change keeps the output.

``python bench/quotes_digest.py OUT`` parses every BBC article and every PolNeAR train and
dev article and writes one line per article to OUT: the article's name, a hash of its whole
JSON serialisation, then each quotation (kind, span, paragraph, speaker name, kind, title,
description and mention span, cue span, rule, confidence). Compare two digests with ``diff``
or ``cmp``: a speed change must leave them identical. The texts are read, never copied.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import newsmodel
from newsmodel.model import Mention, Quotation

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared")) / "corpora"


def _texts() -> Iterator[tuple[str, str]]:
    for path in sorted((CORPORA / "bbc").glob("*/*.txt")):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
        yield f"bbc/{path.parent.name}/{path.name}", text
    for split in ("train", "dev"):
        for path in sorted((CORPORA / "polnear" / split).glob("*.txt")):
            yield f"polnear/{split}/{path.name}", path.read_text(encoding="utf-8")


def _span(mention: Mention | None) -> str:
    return "-" if mention is None else f"{mention.span.start}:{mention.span.end}"


def _quotation(q: Quotation) -> str:
    head = f"{q.kind.value}@{q.span.start}:{q.span.end}p{q.paragraph}"
    a = q.attribution
    if a is None:
        return head
    s = a.speaker
    return (
        f"{head}|{s.name}|{s.kind.value}|{s.title}|{s.description}|{_span(s.mention)}"
        f"|{_span(a.cue)}|{a.rule}|{a.confidence!r}"
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[1].startswith("-"):  # "--help" is no file to write
        print("usage: python bench/quotes_digest.py OUT", file=sys.stderr)
        return 2
    if not (CORPORA / "bbc").is_dir():
        print(f"quotes_digest: skipped, needs {CORPORA / 'bbc'}")
        return 0
    with open(argv[1], "w", encoding="utf-8") as out:
        for name, text in _texts():
            article = newsmodel.parse_text(text)
            whole = hashlib.sha1(newsmodel.dumps(article).encode("utf-8")).hexdigest()[:16]
            quotes = " ".join(_quotation(q) for q in article.quotations)
            out.write(f"{name}\t{whole}\t{quotes}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
