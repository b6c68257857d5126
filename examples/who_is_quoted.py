"""Count who gets quoted, and how often, across a set of articles.

    python examples/who_is_quoted.py [FILE.txt ...]

Without files it counts over three short stories written for this example.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import newsmodel

STORIES = [
    (
        "Council approves cycle lanes\n\n"
        '"This makes the school run safer," said Mayor Pilar Ortega.\n\n'
        '"We will start in the spring," Ortega added.\n'
    ),
    (
        "Cycle lanes divide shop owners\n\n"
        '"Our customers come by car," said Jonas Weber, who runs a hardware shop.\n\n'
        'Mayor Pilar Ortega said the council "listened to everyone".\n'
    ),
    "Rain expected all week\n\nForecasters expect rain until Sunday.\n",
]


def main(argv: list[str]) -> int:
    texts = [Path(p).read_text(encoding="utf-8") for p in argv] if argv else STORIES
    speakers: Counter[tuple[str, str]] = Counter()
    quotations = 0
    for article in newsmodel.parse_many(texts):
        quotations += len(article.quotations)
        for speaker in article.speakers:
            speakers[speaker.name, speaker.kind.value] += len(speaker.quotations)
    print(f"articles: {len(texts)}, quotations: {quotations}, speakers: {len(speakers)}")
    for (name, kind), count in speakers.most_common():
        print(f"{count:>4}  {name} ({kind})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
