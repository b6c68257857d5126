"""Web pages to Articles: :func:`parse_html` and the parts it is made of.

Needs the optional ``html`` extra (``pip install "newsmodel[html]"``): trafilatura
finds the main text, newsmodel adds the article model, the paragraph kinds, the
metadata the extractor misses and the quotations.
"""

from newsmodel.html._parse import parse_html

__all__ = ["parse_html"]
