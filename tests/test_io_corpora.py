"""ninjs and NITF written for a sample of every corpus in ../shared: valid against IPTC's
schemas (the session's writers validate every document, with xmlschema and libxml2) and
read back with their paragraphs, quotations and speakers. bench/iptc_corpora.py runs the
same over every article of every corpus."""

from __future__ import annotations

import warnings

import pytest

import newsmodel
from tests import iptc
from tests.conftest import corpus
from tests.corpus_articles import CORPUS_NAMES, articles, views

#: Every how many texts of each corpus the sample takes.
STEPS = {
    "polnear": 60,
    "bbc": 150,
    "reuters": 40,
    "ggt": 6,
    "scraped": 1,
    "extraction-benchmark": 12,
}
FOLDERS = {"extraction-benchmark": "extraction-benchmark/html", "scraped": "scraped/summit.txt"}


@pytest.mark.parametrize("name", CORPUS_NAMES)
@pytest.mark.parametrize("format", ["ninjs", "nitf"])
def test_every_corpus_is_written_valid_and_read_back(name: str, format: str) -> None:
    """Each sampled article is written as a valid document and reads back unchanged in
    what the format keeps (paragraphs and their kinds, quotations with speakers, mentions and
    cues, headline, byline, dateline)."""
    if name == "extraction-benchmark":
        pytest.importorskip("trafilatura", reason="needs the html extra")
    corpus(FOLDERS.get(name, name))
    if not iptc.available():
        pytest.skip(iptc.MISSING)
    count = 0
    for label, article in articles(name, STEPS[name]):
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # nothing written as U+FFFD
            document = newsmodel.dumps(article, format=format)
        back = newsmodel.loads(document, format=format)
        assert views(back) == views(article), label
        count += 1
    assert count > 0
