"""newsmodel's own JSON format (placeholder until the lossless JSON lands)."""

from __future__ import annotations

import json

from newsmodel.errors import FormatError
from newsmodel.io.registry import FormatInfo, register
from newsmodel.model import Article

__all__ = ["dumps", "loads"]


def dumps(article: Article) -> str:
    return json.dumps({"format": "newsmodel", "version": 1, "text": article.text})


def loads(data: str | bytes) -> Article:
    try:
        doc = json.loads(data)
    except ValueError as exc:
        raise FormatError(str(exc), format="json") from None
    return Article(text=doc["text"])


register(
    FormatInfo("json", "newsmodel's lossless JSON", "application/json", ".json", dumps, loads, True)
)
