"""Convert a folder of plain-text articles into one JSON Lines file, then read it back.

    python examples/folder_to_jsonl.py [FOLDER OUTPUT.jsonl]

Without arguments it writes three short stories into a temporary folder and
converts that. Articles stream through: neither the folder nor the output is
ever held in memory at once.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import newsmodel

STORIES = {
    "ferry.txt": "Ferry back in service\n\nThe island ferry resumed crossings on Monday.\n",
    "library.txt": (
        "Library opens on Sundays\n\n"
        '"We want the building full every day," said Rosa Kent, the head librarian.\n'
    ),
    "local/market.txt": "Market moves indoors\n\nThe winter market moved into the old tram depot.\n",
}


def articles(folder: Path) -> Iterator[newsmodel.Article]:
    """Each .txt file under the folder, parsed, in sorted order."""
    for path in sorted(folder.rglob("*.txt")):
        yield newsmodel.parse_text(path.read_text(encoding="utf-8"))


def convert(folder: Path, output: Path) -> int:
    written = newsmodel.write_jsonl(articles(folder), output)
    print(f"wrote {written} articles to {output.name}")
    for article in newsmodel.read_jsonl(output):
        print(f"  {len(article.paragraphs)} paragraphs, {len(article.text)} characters")
    return written


def main(argv: list[str]) -> int:
    if len(argv) == 2:
        convert(Path(argv[0]), Path(argv[1]))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "articles")
        for name, text in STORIES.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        convert(folder, Path(tmp, "articles.jsonl"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
