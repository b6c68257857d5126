"""A built-in sample article, written for newsmodel, that shows every feature.

The story and everyone in it are invented. It has a headline line, a byline with
two authors and an agency, a dateline, a subheading, a photo caption, a "Read
more:" line, an editor's note and a credit line; direct quotations attributed
with a description, split and pronoun-attributed ones, a quotation running over
two paragraphs, partial quotations, indirect speech ("according to", "told
reporters that"), a group and a document as speakers, and a scare quote.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources

import newsmodel

__all__ = ["SAMPLE_PUBLISHED", "SAMPLE_URL", "sample_article", "sample_text"]

#: When the sample article was (notionally) published.
SAMPLE_PUBLISHED = dt.datetime(2025, 3, 4, 18, 5, tzinfo=dt.timezone.utc)
#: Where the sample article (notionally) lives; example.com is reserved for examples.
SAMPLE_URL = "https://example.com/news/2025/03/04/castelmar-tidal-power-park"


@functools.cache
def sample_text() -> str:
    """The text of the sample article, as a scraper would deliver it."""
    resource = (
        importlib.resources.files("newsmodel").joinpath("data").joinpath("sample_article.txt")
    )
    return resource.read_text(encoding="utf-8")


def sample_article() -> newsmodel.Article:
    """The sample article, parsed by :func:`newsmodel.parse_text`."""
    return newsmodel.parse_text(sample_text(), url=SAMPLE_URL, published=SAMPLE_PUBLISHED)
