"""Parse a corpus on a Dask cluster, write it as JSON Lines, and count who gets quoted.

Runs on a small local cluster (two worker processes on this machine). On a real
cluster, give the scheduler's address and paths on storage every worker can read::

    python examples/dask_corpus.py "s3://archive/raw/*.txt" s3://archive/parsed tcp://scheduler:8786

(``s3://`` needs ``s3fs`` on every worker; any fsspec URL or a shared file system
path works the same way.) Articles travel between processes as pickles: the
Article classes and newsmodel's functions pickle.

Usage: python examples/dask_corpus.py [PATTERN OUTPUT [SCHEDULER]]
(without arguments it parses a few short articles written for this example)
"""

from __future__ import annotations

import logging
import sys
import tempfile
from collections import Counter
from pathlib import Path

import dask
import dask.bag as db
import fsspec
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
    """Read one article file, local or remote (runs on the workers)."""
    with fsspec.open(path, "rb") as f:
        data: bytes = f.read()
    return data.decode("utf-8")


def speakers(article: newsmodel.Article) -> list[str]:
    """The name of each quoted speaker of an article, once per quotation."""
    return [q.attribution.speaker.name for q in article.quotations if q.attribution]


def as_line(article: newsmodel.Article) -> str:
    """One article as one JSON Lines line, without its newline (to_textfiles adds it)."""
    return newsmodel.dumps(article, format="jsonl").rstrip("\n")


def run(pattern: str, output: str, client: Client) -> Counter[str]:
    """Parse every file matching ``pattern`` on the client's cluster; write ``output/*.jsonl``."""
    paths = sorted(fsspec.open_files(pattern), key=lambda f: f.path)
    urls = [f.fs.unstrip_protocol(f.path) for f in paths]
    partitions = max(2, min(len(urls) // 100, 1000))  # about 100 articles each
    articles = db.from_sequence(urls, npartitions=partitions).map(read).map(newsmodel.parse_text)
    articles = client.persist(articles)  # parsed once, kept on the workers for what follows
    total, counts = dask.compute(
        articles.map(lambda a: len(a.paragraphs)).sum(),
        articles.map(speakers).flatten().frequencies(),
    )
    # One file per partition, named so that their sorted order is the input order.
    articles.map(as_line).to_textfiles(
        f"{output.rstrip('/')}/*.jsonl", name_function=lambda i: f"part-{i:05d}"
    )
    print(f"{len(urls)} articles, {total} paragraphs")
    return Counter(dict(counts))


def main(pattern: str, output: str, scheduler: str | None = None) -> Counter[str]:
    if scheduler is not None:  # a running cluster, such as "tcp://scheduler:8786"
        with Client(scheduler) as client:
            return run(pattern, output, client)
    with (
        # silence_logs: a busy machine's late heartbeats at shutdown are not errors
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, silence_logs=logging.ERROR
        ) as cluster,
        Client(cluster) as client,
    ):
        return run(pattern, output, client)


if __name__ == "__main__":
    if len(sys.argv) > 2:
        result = main(*sys.argv[1:4])
    else:
        with tempfile.TemporaryDirectory() as tmp:
            for i, story in enumerate(STORIES):
                Path(tmp, f"story{i}.txt").write_text(story, encoding="utf-8")
            result = main(str(Path(tmp, "*.txt")), str(Path(tmp, "parsed")))
            parsed = sorted(Path(tmp, "parsed").glob("*.jsonl"))
            back = [a for path in parsed for a in newsmodel.read_jsonl(path)]
            assert [a.text for a in back] == STORIES, "the output keeps the input order"
            print(f"read back {len(back)} articles from {len(parsed)} JSON Lines files")
    for name, count in result.most_common():
        print(f"{count}\t{name}")
