"""Parse a corpus on a Dask cluster and count who gets quoted, how often.

Runs on a small local cluster (two worker processes on this machine). On a real
cluster, connect the Client to the scheduler's address instead, for example
``Client("tcp://scheduler.example.org:8786")``, and read the texts from shared
storage with ``dask.bag.read_text("s3://bucket/corpus/*.txt", files_per_partition=100)``.

Usage: python examples/dask_corpus.py [FOLDER]
(without FOLDER it parses a few short articles written for this example)
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

import dask.bag as db
from dask.distributed import Client, LocalCluster

import newsmodel

STORIES = [
    "Harbour tolls to rise\n\n"
    "PORTSMOUTH (Reuters) - The harbour board will raise tolls next month, its chair said.\n\n"
    "“We have no choice,” said Alice Marsh, the board’s chair. “Costs have doubled.”",
    "Library reopens\n\n"
    "The city library reopened on Monday after a two-year refit.\n\n"
    "“It is brighter and warmer,” said Tom Reed, a retired teacher who visits daily.",
    "Council backs cycle lanes\n\n"
    "The council voted for new cycle lanes on Tuesday.\n\n"
    "“This is a start,” said Alice Marsh, who campaigned for the lanes.",
]


def read(path: str) -> str:
    """Read one article file (runs on the workers)."""
    return Path(path).read_text(encoding="utf-8")


def speakers(article: newsmodel.Article) -> list[str]:
    """The name of each quoted speaker of an article, once per quotation."""
    return [q.attribution.speaker.name for q in article.quotations if q.attribution]


def main(folder: Path) -> Counter[str]:
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster,
        Client(cluster),
    ):
        articles = db.from_sequence(paths, npartitions=2).map(read).map(newsmodel.parse_text)
        counts = articles.map(speakers).flatten().frequencies().compute()
        # Articles themselves travel between processes too (they pickle):
        total = articles.map(lambda a: len(a.paragraphs)).sum().compute()
    print(f"{len(paths)} articles, {total} paragraphs")
    return Counter(dict(counts))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        result = main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            for i, story in enumerate(STORIES):
                Path(tmp, f"story{i}.txt").write_text(story, encoding="utf-8")
            result = main(Path(tmp))
    for name, count in result.most_common():
        print(f"{count}\t{name}")
