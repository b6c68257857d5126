"""The only module that calls trafilatura and lxml, whose calls mypy cannot check.

Every function here takes and returns typed values (str, :class:`Node`, attrs
classes), so the rest of the package stays fully typed. The libraries are imported
on first use: without the ``html`` extra, :func:`libraries` raises
:class:`~newsmodel.errors.MissingDependencyError` naming ``pip install "newsmodel[html]"``.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import threading
from collections.abc import Iterator
from types import ModuleType
from typing import Any, cast

import attrs

from newsmodel.errors import MissingDependencyError
from newsmodel.html._tree import Node

__all__ = [
    "ExtractorSettings",
    "Libraries",
    "baseline_body",
    "extract_body",
    "libraries",
    "load_tree",
    "quiet",
    "replace_with_paragraph",
]

_LOGGERS = ("trafilatura", "htmldate", "courlan", "readability", "justext", "charset_normalizer")


@attrs.frozen
class Libraries:
    """The imported modules of the html extra."""

    trafilatura: ModuleType
    utils: ModuleType
    html: ModuleType


_loaded: list[Libraries] = []


def libraries() -> Libraries:
    """trafilatura and lxml.html, imported once; a clear error when the extra is missing."""
    if _loaded:
        return _loaded[0]
    try:
        trafilatura = importlib.import_module("trafilatura")
        utils = importlib.import_module("trafilatura.utils")
        html = importlib.import_module("lxml.html")
    except ImportError as err:
        raise MissingDependencyError("parse_html", "html") from err
    for name in _LOGGERS:
        logging.getLogger(name).addFilter(_QUIET)
    found = Libraries(trafilatura=trafilatura, utils=utils, html=html)
    _loaded.append(found)
    return found


class _Quiet(logging.Filter, threading.local):
    """Drops the extractor's records while parse_html runs in this thread, and lets every
    other record through: the extractor logs each page it discards, which parse_html
    reports as an exception, while the loggers' levels stay the program's own."""

    depth = 0

    def filter(self, record: logging.LogRecord) -> bool:
        return self.depth == 0


_QUIET = _Quiet()


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """While inside, the extractor's log records (in this thread) are dropped."""
    _QUIET.depth += 1
    try:
        yield
    finally:
        _QUIET.depth -= 1


@attrs.frozen
class ExtractorSettings:
    """The trafilatura options parse_html uses (tuned with bench/html_pages.py)."""

    favor_precision: bool = False
    favor_recall: bool = False
    include_tables: bool = True
    fast: bool = False


def load_tree(text: str) -> Node | None:
    """The lxml tree of a page, or None when lxml finds no document in it."""
    libs = libraries()
    tree: Any = libs.utils.load_html(text)
    if tree is None:
        return None
    return cast(Node, tree)


def extract_body(tree: Node, *, url: str | None, settings: ExtractorSettings) -> Node | None:
    """trafilatura's main-text tree of the page (its XML vocabulary: p, head, quote, list,
    item, table, row, cell, lb), or None when it finds no main text."""
    libs = libraries()
    document: Any = libs.trafilatura.bare_extraction(
        tree,
        url=url,
        fast=settings.fast,
        favor_precision=settings.favor_precision,
        favor_recall=settings.favor_recall,
        include_comments=False,
        include_tables=settings.include_tables,
        include_images=False,
        include_formatting=False,
        include_links=False,
        with_metadata=False,
        deduplicate=False,
    )
    if document is None:
        return None
    body: Any = getattr(document, "body", None)
    if body is None:
        return None
    return cast(Node, body)


def baseline_body(text: str) -> Node | None:
    """trafilatura's baseline extraction of a page (its last resort: JSON-LD articleBody,
    ``<article>``, then the page's paragraphs) as a tree of ``<p>``, or None without text."""
    libs = libraries()
    body: Any
    body, found, _length = libs.trafilatura.baseline(text)
    if not found or body is None:
        return None
    return cast(Node, body)


def replace_with_paragraph(node: Node, text: str) -> None:
    """Put a ``<p>`` holding ``text`` where ``node`` is, keeping the text after it."""
    libs = libraries()
    element: Any = node
    paragraph: Any = libs.html.Element("p")
    paragraph.text = text
    paragraph.tail = element.tail
    parent: Any = element.getparent()
    if parent is None:
        return
    parent.replace(element, paragraph)
