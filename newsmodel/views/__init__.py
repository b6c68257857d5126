"""Views of an article for people: an HTML page to read (:func:`to_html`), which
``dumps(article, format="html")``, ``newsmodel parse --to html`` and
``Article._repr_html_`` (Jupyter) show."""

from newsmodel.views.html import to_html

__all__ = ["to_html"]
