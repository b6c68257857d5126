"""The articles of every corpus in ../shared, as newsmodel reads them, for the format checks.

``articles(corpus, step)`` yields ``(name, Article)`` for every ``step``-th text of a
corpus: PolNeAR (its text parsed, its annotated quotations read from the brat ``.ann``),
BBC, Reuters and the Gender Gap Tracker set (parse_text), the scraped summit story, and
the pages of the extraction benchmark (parse_html). tests/test_io_corpora.py writes a
sample of each in ninjs and NITF; bench/iptc_corpora.py writes them all. The texts are
read, never copied.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator

import newsmodel
from newsmodel import Article
from tests.conftest import CORPORA

#: Every corpus, by name.
CORPUS_NAMES = ("polnear", "bbc", "reuters", "ggt", "scraped", "extraction-benchmark")

_ANN_SUFFIX_RE = re.compile(r"_[0-9a-f]{4}\.ann$")


def articles(corpus: str, step: int = 1) -> Iterator[tuple[str, Article]]:
    """``(name, Article)`` for every ``step``-th text of ``corpus`` (none when it is missing)."""
    if corpus == "polnear":
        for ann in sorted((CORPORA / "polnear").glob("*/*.ann"))[::step]:
            text = (ann.parent / _ANN_SUFFIX_RE.sub(".txt", ann.name)).read_text(encoding="utf-8")
            yield (
                ann.name,
                newsmodel.loads(ann.read_text(encoding="utf-8"), format="brat", text=text),
            )
    elif corpus == "bbc":
        for path in sorted((CORPORA / "bbc").glob("*/*.txt"))[::step]:
            text = path.read_bytes().decode("utf-8", errors="replace")
            yield f"{path.parent.name}/{path.name}", newsmodel.parse_text(text)
    elif corpus == "reuters":
        path = CORPORA / "reuters" / "reuters-000.jsonl"
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()[::step]
            for line in lines:
                item = json.loads(line)
                parts = [item.get("title"), item.get("author"), item.get("dateline"), item["body"]]
                text = "\n\n".join(p for p in parts if p)
                yield f"reuters/{item['newid']}", newsmodel.parse_text(text)
    elif corpus == "ggt":
        path = CORPORA / "ggt" / "articles.json"
        if path.exists():
            for item in json.loads(path.read_text(encoding="utf-8"))[::step]:
                yield f"ggt/{item['id']}", newsmodel.parse_text(item["text"])
    elif corpus == "scraped":
        path = CORPORA / "scraped" / "summit.txt"
        if path.exists():
            yield "summit", newsmodel.parse_text(path.read_text(encoding="utf-8"))
    elif corpus == "extraction-benchmark":
        for path in sorted((CORPORA / "extraction-benchmark" / "html").glob("*.html.gz"))[::step]:
            page = gzip.decompress(path.read_bytes())
            try:
                yield path.name, newsmodel.parse_html(page)
            except newsmodel.InputError:
                continue
    else:
        raise ValueError(f"unknown corpus {corpus!r}; known: {', '.join(CORPUS_NAMES)}")


def views(article: Article) -> tuple[object, ...]:
    """What ninjs and NITF keep of an article: paragraphs with kinds, quotations with
    speakers, mentions and cues, headline, byline and dateline (not the white space
    before the first paragraph and after the last, nor text between paragraphs that is
    no white space)."""
    quotes = [
        (
            q.text,
            q.kind,
            q.speaker.name if q.speaker else None,
            q.speaker.kind if q.speaker else None,
            q.speaker.mention.text if q.speaker and q.speaker.mention else None,
            q.attribution.cue.text if q.attribution and q.attribution.cue else None,
        )
        for q in article.quotations
    ]
    b, d = article.byline, article.dateline
    return (
        [(p.text, p.kind) for p in article.paragraphs],
        quotes,
        article.headline,
        (b.text, b.authors) if b else None,
        (d.text, d.location) if d else None,
    )
