"""Write a folder of articles as CSV tables and one page to read per article.

    python examples/tables_and_page.py [OUTPUT_DIR]

It parses three short stories written for this example, writes ``articles.csv``,
``paragraphs.csv``, ``sentences.csv``, ``quotations.csv``, ``speakers.csv`` and
``people.csv`` (no extra
needed; ``format="parquet"`` with ``newsmodel[tables]``), counts quotations per speaker by
their name key from the records, and writes each story as an HTML page with its quotations
highlighted. Without OUTPUT_DIR it writes to a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

import newsmodel

STORIES = {
    "cycle-lanes": (
        "Council approves cycle lanes\n\n"
        '"This makes the school run safer," said Mayor Pilar Ortega.\n\n'
        '"We will start in the spring," Ortega added.\n'
    ),
    "shop-owners": (
        "Cycle lanes divide shop owners\n\n"
        '"Our customers come by car," said Jonas Weber, who runs a hardware shop.\n\n'
        'Mayor Pilar Ortega said the council "listened to everyone".\n'
    ),
    "rain": "Rain expected all week\n\nForecasters expect rain until Sunday.\n",
}


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(tempfile.mkdtemp(prefix="newsmodel-"))
    articles = [newsmodel.parse_text(text) for text in STORIES.values()]
    paths = newsmodel.write_tables(articles, folder / "tables", format="csv", ids=list(STORIES))
    records = newsmodel.to_records(articles, ids=list(STORIES))
    for name, path in paths.items():
        print(f"{name}: {len(records[name])} rows in {path.name}")
    by_key = Counter(r["speaker_key"] for r in records["quotations"] if r["speaker_key"])
    for key, count in by_key.most_common():
        print(f"{count:>3}  {key}")
    for ident, article in zip(STORIES, articles, strict=True):
        page = folder / f"{ident}.html"
        page.write_text(newsmodel.dumps(article, format="html"), encoding="utf-8")
    print(f"pages: {len(articles)} in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
