"""Parse a news article given as plain text and print its structure and quotations.

    python examples/print_quotations.py [FILE]

Without FILE it parses a short story written for this example.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsmodel

STORY = """\
Volunteers restore village clock

By Ada Brennan, Meridian Wire

KILMORRAN, Ireland (Meridian Wire) — The clock on Kilmorran's market hall struck noon on Sunday for the first time in eleven years.

"People stopped in the street and just listened," said Niamh Foley, who led the volunteers. "Some of them cried."

The repair cost about 4,000 euros, according to the parish council.

Foley said the group would now turn to the bell tower, which she called "the next adventure".
"""


def main(argv: list[str]) -> int:
    text = Path(argv[0]).read_text(encoding="utf-8") if argv else STORY
    article = newsmodel.parse_text(text)
    print(f"headline: {article.headline}")
    print(f"dateline: {article.dateline.text if article.dateline else None}")
    print(f"authors: {', '.join(article.authors) or '-'}")
    print(f"paragraphs: {len(article.paragraphs)}")
    for p in article.paragraphs:
        print(f"  [{p.kind.value}] {len(p.sentences)} sentence(s): {p.text[:60]}")
    print(f"quotations: {len(article.quotations)}")
    for q in article.quotations:
        speaker = q.speaker.name if q.speaker else "(nobody)"
        cue = q.attribution.cue.text if q.attribution and q.attribution.cue else "-"
        print(f"  [{q.kind.value}] {speaker} ({cue}): {q.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
