"""The quotation engine: quote marks, cues, speakers and their resolution."""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel.model import Dateline, Paragraph, Quotation

__all__ = ["find_quotations"]


def find_quotations(
    text: str, paragraphs: Sequence[Paragraph], *, dateline: Dateline | None = None
) -> tuple[Quotation, ...]:
    """Every quotation in the article, with its attribution (placeholder: none yet)."""
    return ()
