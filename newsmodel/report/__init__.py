"""Source reports over a corpus: who gets quoted, women or men, in which roles, per outlet
and per month (see docs/people.md).

>>> import newsmodel
>>> from newsmodel.report import corpus_report
>>> articles = [newsmodel.parse_text('"It works," said Ana Reis. Paul Kim agreed.')]
>>> report = corpus_report(articles)
>>> report.table("by_gender")[0]
{'gender': 'female', 'sources': 1, 'people': 1, 'quotations': 1, 'words': 2}

:func:`corpus_report` reads Articles (parsed, or read back from JSON Lines) and returns a
:class:`Report`: its tables as rows (``Report.table``, ready for
``pandas.DataFrame(report.table("by_outlet"))``), and :meth:`Report.write` puts
``report.html`` (with charts, from the ``charts`` extra), ``report.json`` and one CSV file
per table in a folder. ``newsmodel report CORPUS`` does the same from the command line.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from newsmodel.model import Article
from newsmodel.report._charts import charts
from newsmodel.report._figures import (
    COLUMNS,
    TABLES,
    ArticleFacts,
    PersonFacts,
    Tally,
    facts,
    month_of,
    outlet_of,
)
from newsmodel.report._html import page

__all__ = [
    "COLUMNS",
    "TABLES",
    "ArticleFacts",
    "PersonFacts",
    "Report",
    "Tally",
    "corpus_report",
    "facts",
    "month_of",
    "outlet_of",
]


class Report:
    """The figures of a corpus: tables of rows, by name (see :data:`TABLES`)."""

    def __init__(self, tables: Mapping[str, list[dict[str, Any]]]) -> None:
        self.tables = dict(tables)

    @classmethod
    def from_tally(cls, tally: Tally) -> Report:
        """The report of the articles a :class:`Tally` has counted."""
        return cls(tally.tables())

    def table(self, name: str) -> list[dict[str, Any]]:
        """The rows of one table, as dicts with the same keys; ValueError for a name that
        is no table."""
        if name not in self.tables:
            raise ValueError(f"no table {name!r}; the tables are {', '.join(self.tables)}")
        return self.tables[name]

    def to_json(self, *, indent: int | None = 2) -> str:
        """Every table, as one JSON object of arrays of rows."""
        return json.dumps(self.tables, indent=indent, ensure_ascii=False)

    def html(self, *, with_charts: bool = True, title: str = "Who gets quoted") -> str:
        """The self-contained HTML page: charts (which need the ``charts`` extra) and
        tables."""
        drawn = charts(self.tables) if with_charts else {}
        note = (
            None
            if with_charts
            else 'Charts need the charts extra: pip install "newsmodel[charts]".'
        )
        return page(self.tables, drawn, title=title, note=note)

    def write(self, folder: str | Path, *, with_charts: bool = True) -> list[Path]:
        """Write ``report.html``, ``report.json`` and ``<table>.csv`` for each table into
        ``folder`` (made if missing); returns the paths written."""
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        written = [out / "report.json"]
        written[0].write_text(self.to_json() + "\n", encoding="utf-8")
        for name, rows in self.tables.items():
            path = out / f"{name}.csv"
            _write_csv(path, COLUMNS.get(name) or tuple(rows[0] if rows else ()), rows)
            written.append(path)
        path = out / "report.html"
        path.write_text(self.html(with_charts=with_charts), encoding="utf-8")
        written.append(path)
        return written


def _write_csv(path: Path, columns: Sequence[str], rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)


def corpus_report(
    articles: Iterable[Article],
    *,
    outlet: Callable[[Article], str | None] | None = None,
    month: Callable[[Article], str | None] | None = None,
    top: int = 50,
) -> Report:
    """The report of a corpus of Articles, read one at a time.

    An article's outlet is ``outlet(article)`` when given, else its URL's host; its month
    is ``month(article)`` when given, else that of ``Article.published``. ``top`` is how
    many speakers the ``top_speakers`` table keeps.
    """
    tally = Tally(top=top)
    for article in articles:
        tally.add(
            facts(
                article,
                outlet=outlet(article) if outlet is not None else None,
                month=month(article) if month is not None else None,
            )
        )
    return Report.from_tally(tally)
