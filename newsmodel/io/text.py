"""Plain text: the headline, a blank line, then the paragraphs separated by blank lines.

The output is what :func:`newsmodel.parse_text` reads best, so
``loads(dumps(article), format="text")`` parses it again.
"""

from __future__ import annotations

from typing import Any

from newsmodel.io import _input, _markup
from newsmodel.io._input import Document
from newsmodel.io.registry import FormatInfo, register
from newsmodel.model import Article

__all__ = ["dumps", "loads"]

FORMAT = "text"


def dumps(article: Article) -> str:
    """``article`` as plain text: headline (and a byline or dateline no paragraph holds), then
    every paragraph, each separated by a blank line."""
    text = article.text
    parts = _markup.head_lines(article)
    parts += [text[b.start : b.end] for b in _markup.blocks(article)]
    return "\n\n".join(parts) + "\n" if parts else ""


def loads(data: Document, **options: Any) -> Article:
    """Parse plain text (str, bytes or a file) with :func:`newsmodel.parse_text`;
    ``options`` are its keywords. Bytes are UTF-8, or UTF-16 or UTF-32 with a byte order
    mark or told by their zero bytes (see :func:`newsmodel.io._input.text`)."""
    from newsmodel.text.parse import parse_text

    return parse_text(_input.text(data, FORMAT), **options)


register(
    FormatInfo(
        name=FORMAT,
        description="plain text: headline, blank line, paragraphs (read with parse_text)",
        media_type="text/plain",
        extension=".txt",
        writer=dumps,
        reader=loads,
    )
)
