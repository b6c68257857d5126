"""JSON Lines: one newsmodel JSON article per line, streamed both ways (placeholder)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import IO

from newsmodel.model import Article

__all__ = ["read_jsonl", "write_jsonl"]

PathOrFile = str | os.PathLike[str] | IO[str]


def write_jsonl(articles: Iterable[Article], target: PathOrFile) -> int:
    """Write articles one per line; returns how many were written."""
    raise NotImplementedError


def read_jsonl(source: PathOrFile) -> Iterator[Article]:
    """Read articles one per line, lazily."""
    raise NotImplementedError
