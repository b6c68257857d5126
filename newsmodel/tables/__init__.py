"""Articles as tables: rows of plain values for pandas, Arrow, Polars, CSV and Parquet.

:func:`to_records` gives six tables (``articles``, ``paragraphs``, ``sentences``,
``quotations``, ``speakers``, ``people``), each a list of dicts with the columns declared in
:data:`TABLES`; :func:`to_arrow` and :func:`to_pandas` build typed tables from them, and
:class:`TableWriter` and :func:`write_tables` write one CSV or Parquet file per table.
"""

from newsmodel.tables._columns import TABLES, Column, ColumnType, Context, Row, Table
from newsmodel.tables._frames import (
    arrow_schema,
    get_table,
    pandas_dtype,
    records_to_arrow,
    records_to_pandas,
    to_arrow,
    to_pandas,
)
from newsmodel.tables._records import Records, article_id, article_records, to_records
from newsmodel.tables._write import TABLE_FORMATS, TableWriter, write_tables

__all__ = [
    "TABLES",
    "TABLE_FORMATS",
    "Column",
    "ColumnType",
    "Context",
    "Records",
    "Row",
    "Table",
    "TableWriter",
    "arrow_schema",
    "article_id",
    "article_records",
    "get_table",
    "pandas_dtype",
    "records_to_arrow",
    "records_to_pandas",
    "to_arrow",
    "to_pandas",
    "to_records",
    "write_tables",
]
