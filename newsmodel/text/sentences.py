"""Sentence splitting (placeholder: one sentence per paragraph until the splitter lands)."""

from __future__ import annotations

from newsmodel.model import Span

__all__ = ["split_sentences"]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of the sentences in ``text[start:end]``, without surrounding whitespace."""
    stop = len(text) if end is None else end
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return [Span(start, stop)] if stop > start else []
