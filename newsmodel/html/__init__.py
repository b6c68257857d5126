"""parse_html: a news web page to an Article (placeholder until the HTML issue lands)."""

from __future__ import annotations

import datetime as dt

from newsmodel.errors import MissingDependencyError
from newsmodel.model import Article

__all__ = ["parse_html"]


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    published: dt.datetime | None = None,
    language: str | None = None,
    quotations: bool = True,
) -> Article:
    """Parse a news web page into an Article."""
    raise MissingDependencyError("parse_html", "html")
