"""Articles as rows of plain dicts: :func:`to_records` and the articles' ids."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import regex

from newsmodel.errors import InputError
from newsmodel.io._uris import article_uri
from newsmodel.model import Article
from newsmodel.tables._columns import TABLES, Context, Row

__all__ = ["Records", "article_id", "article_records", "to_records"]

#: Tables by name, each a list of rows; a row maps each column's name to its value.
Records = dict[str, list[dict[str, Any]]]

#: A lone surrogate: a Python str may hold one, UTF-8 (and so Arrow, Parquet and CSV)
#: cannot. The tables hold U+FFFD in its place, one character for one, so offsets stay.
LONE_SURROGATE_RE = regex.compile(r"\p{Cs}")


def _utf8(value: Any) -> Any:
    """``value``, a str with any lone surrogate as U+FFFD."""
    if type(value) is str and not value.isascii() and LONE_SURROGATE_RE.search(value):
        return LONE_SURROGATE_RE.sub("\ufffd", value)
    return value


def article_id(article: Article) -> str:
    """The id an article gets when none is given: its URL, or else a URN made from a
    SHA-256 hash of its text (``urn:newsmodel:sha256:...``, the id ninjs and NITF give it
    too), which is the same for the same text on every machine and run."""
    return article.url if article.url else article_uri(article)


def article_records(article: Article, ident: str | None = None) -> Records:
    """The rows of one article, every table named even when it has no row."""
    context = Context(article_id(article) if ident is None else ident, article)
    found: Records = {}
    for table in TABLES:
        columns = [(c.name, c.get) for c in table.columns]
        found[table.name] = [
            {name: _utf8(get(row)) for name, get in columns}
            for row in (Row(context, i, item) for i, item in enumerate(table.items(context)))
        ]
    return found


def to_records(
    articles: Article | Iterable[Article], *, ids: Iterable[str | None] | None = None
) -> Records:
    """The articles as tables of plain rows: ``articles``, ``paragraphs``, ``sentences``,
    ``quotations``, ``speakers`` and ``people``, each a list of dicts whose keys are its
    columns.

    Every row starts with ``article_id``: the matching item of ``ids`` when given (one
    for each article, ``None`` for the default), else :func:`article_id`. Values are
    ``str``, ``int``, ``float``, ``bool`` or ``None``: kinds are their enum values. A lone
    surrogate in a str, which UTF-8 cannot carry, is U+FFFD in the tables.
    """
    tables: Records = {table.name: [] for table in TABLES}
    for article, ident in _paired(articles, ids):
        for name, rows in article_records(article, ident).items():
            tables[name].extend(rows)
    return tables


def _paired(
    articles: Article | Iterable[Article], ids: Iterable[str | None] | None
) -> Iterator[tuple[Article, str | None]]:
    items = (articles,) if isinstance(articles, Article) else articles
    if ids is None:
        for article in items:
            yield _checked(article), None
        return
    id_list: Iterator[object] = iter(ids)
    count = 0
    for article in items:
        ident = next(id_list, _MISSING)
        if ident is _MISSING:
            raise InputError(f"ids: {count} ids for more articles than that")
        if ident is not None and not isinstance(ident, str):
            raise InputError(f"ids: item {count} is a {type(ident).__name__}, not a str")
        count += 1
        yield _checked(article), ident
    if next(id_list, _MISSING) is not _MISSING:
        raise InputError(f"ids: more ids than the {count} articles")


_MISSING = object()


def _checked(article: object) -> Article:
    if not isinstance(article, Article):
        raise TypeError(f"to_records() takes Articles, not {type(article).__name__}")
    return article
