"""Writing the tables to a folder, one file per table, as articles come.

:class:`TableWriter` opens every table's file at once (so a table with no row still
gets its file, with its header or schema) and appends rows as they are given: CSV rows
straight to their file, Parquet rows in batches through ``pyarrow.parquet.ParquetWriter``,
so a corpus of any size is written in bounded memory.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from newsmodel.errors import FormatError
from newsmodel.model import Article
from newsmodel.tables._columns import TABLES
from newsmodel.tables._frames import _pyarrow, arrow_schema
from newsmodel.tables._records import _paired, article_records

__all__ = ["TABLE_FORMATS", "TableWriter", "write_tables"]

#: The file formats of the tables, by name: their file suffix.
TABLE_FORMATS = {"csv": ".csv", "parquet": ".parquet"}

#: Rows of one table a Parquet writer holds before writing them as a row group.
BATCH_ROWS = 20_000


class TableWriter:
    """Writes each table to ``folder/<table>.csv`` or ``folder/<table>.parquet``.

    ``write(article, id)`` adds an article's rows, ``write_records(records)`` rows
    already built; ``close()`` (or leaving a ``with`` block) finishes the files. CSV is
    UTF-8 with a header line; a missing value is an empty field. Parquet needs the
    ``tables`` extra and keeps each column's type (see :func:`arrow_schema`).
    """

    def __init__(self, folder: str | os.PathLike[str], format: str = "parquet") -> None:
        if format not in TABLE_FORMATS:
            known = ", ".join(TABLE_FORMATS)
            raise FormatError(f"no table format {format!r}; table formats: {known}", format=format)
        self.format = format
        self.folder = Path(folder)
        self.paths = {t.name: self.folder / f"{t.name}{TABLE_FORMATS[format]}" for t in TABLES}
        self.rows = {t.name: 0 for t in TABLES}
        self._pending: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}
        self._files: dict[str, IO[str]] = {}
        self._csv: dict[str, Any] = {}
        self._parquet: dict[str, Any] = {}
        pa = _pyarrow() if format == "parquet" else None
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            for table in TABLES:
                path = self.paths[table.name]
                if pa is not None:
                    import pyarrow.parquet as pq

                    self._parquet[table.name] = pq.ParquetWriter(path, arrow_schema(table.name))
                else:
                    f = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
                    self._files[table.name] = f
                    self._csv[table.name] = csv.DictWriter(f, table.names)
                    self._csv[table.name].writeheader()
        except BaseException:
            self._close_files()
            raise

    def write(self, article: Article, ident: str | None = None) -> None:
        """Add the rows of ``article``, whose id is ``ident`` (default: its article_id)."""
        self.write_records(article_records(article, ident))

    def write_records(self, records: Mapping[str, Iterable[dict[str, Any]]]) -> None:
        """Add rows already built, by table name."""
        for name, rows in records.items():
            if name in self._csv:
                writer = self._csv[name]
                for row in rows:
                    writer.writerow(row)
                    self.rows[name] += 1
            else:
                pending = self._pending[name]
                start = len(pending)
                pending.extend(rows)
                self.rows[name] += len(pending) - start
                if len(pending) >= BATCH_ROWS:
                    self._flush(name)

    def _flush(self, name: str) -> None:
        pending = self._pending[name]
        if pending:
            pa = _pyarrow()
            self._parquet[name].write_table(
                pa.Table.from_pylist(pending, schema=arrow_schema(name))
            )
            pending.clear()

    def close(self) -> None:
        """Write what is pending and close every file."""
        try:
            for name in self._parquet:
                self._flush(name)
        finally:
            self._close_files()

    def _close_files(self) -> None:
        for writer in self._parquet.values():
            writer.close()
        for f in self._files.values():
            f.close()
        self._parquet.clear()
        self._files.clear()
        self._csv.clear()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def write_tables(
    articles: Article | Iterable[Article],
    folder: str | os.PathLike[str],
    *,
    format: str = "parquet",
    ids: Iterable[str | None] | None = None,
) -> dict[str, Path]:
    """Write the tables of ``articles`` under ``folder``, one file per table, article by
    article (the articles may be a generator over a corpus); returns the paths by table."""
    with TableWriter(folder, format) as writer:
        for article, ident in _paired(articles, ids):
            writer.write(article, ident)
    return dict(writer.paths)
