"""parse_many: parse a stream of texts (placeholder: sequential until the scale issue lands)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsmodel.model import Article
from newsmodel.text.parse import parse_text

__all__ = ["parse_many"]


def parse_many(texts: Iterable[str], *, workers: int = 1) -> Iterator[Article]:
    """Parse each text, yielding articles in input order."""
    for text in texts:
        yield parse_text(text)
