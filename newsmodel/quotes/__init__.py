"""The quotation engine: quote marks, cues, speakers and their resolution.

:func:`find_quotations` runs the default :class:`Pipeline` of named stages over an
article's paragraphs; see :mod:`newsmodel.quotes.engine`.
"""

from __future__ import annotations

from newsmodel.quotes.engine import Pipeline, Stage, find_quotations

__all__ = ["Pipeline", "Stage", "find_quotations"]
