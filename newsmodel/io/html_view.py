"""The ``html`` format: the page to read of :mod:`newsmodel.views.html`, written only.

``dumps(article, format="html")`` is a self-contained page; ``standalone=False`` gives the
``<div>`` a notebook shows. The page is for people: it is not read back.
"""

from __future__ import annotations

from newsmodel.io.registry import FormatInfo, register
from newsmodel.views.html import to_html

__all__ = ["FORMAT"]

FORMAT = "html"

register(
    FormatInfo(
        name=FORMAT,
        description="a page to read: quotations highlighted by speaker, with cues and a legend",
        media_type="text/html",
        extension=".html",
        writer=to_html,
    )
)
