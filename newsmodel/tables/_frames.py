"""The tables as Arrow tables and pandas DataFrames, with fixed types.

Arrow tables are built from the records with an explicit schema, so a column keeps its
type when it holds no value (a corpus without a dateline still has a string
``dateline``). DataFrames are built from the records column by column with pandas'
nullable dtypes, so a missing value is ``pd.NA`` and integers stay integers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from newsmodel.errors import MissingDependencyError
from newsmodel.model import Article
from newsmodel.tables._columns import TABLES, Column, ColumnType, Table
from newsmodel.tables._records import Records, to_records

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "arrow_schema",
    "get_table",
    "pandas_dtype",
    "records_to_arrow",
    "records_to_pandas",
    "to_arrow",
    "to_pandas",
]

#: The pandas dtype of each column type: (not nullable, nullable).
_PANDAS_DTYPES = {
    ColumnType.STRING: ("string", "string"),
    ColumnType.INT: ("int64", "Int64"),
    ColumnType.FLOAT: ("float64", "Float64"),
    ColumnType.BOOL: ("bool", "boolean"),
}


def get_table(name: str) -> Table[Any]:
    """The table called ``name``; a KeyError listing the tables otherwise."""
    for table in TABLES:
        if table.name == name:
            return table
    raise KeyError(f"no table {name!r}; the tables are {', '.join(t.name for t in TABLES)}")


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise MissingDependencyError("Arrow tables", "tables") from None
    return pyarrow


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise MissingDependencyError("pandas DataFrames", "tables") from None
    return pandas


def _arrow_type(pa: Any, column: Column[Any]) -> Any:
    return {
        ColumnType.STRING: pa.string(),
        ColumnType.INT: pa.int64(),
        ColumnType.FLOAT: pa.float64(),
        ColumnType.BOOL: pa.bool_(),
    }[column.type]


def arrow_schema(name: str) -> pa.Schema:
    """The Arrow schema of the table called ``name``, each field's doc in its metadata."""
    pa = _pyarrow()
    table = get_table(name)
    return pa.schema(
        [
            pa.field(c.name, _arrow_type(pa, c), nullable=c.nullable, metadata={"doc": c.doc})
            for c in table.columns
        ],
        metadata={"table": table.name, "row": table.row},
    )


def pandas_dtype(column: Column[Any]) -> str:
    """The name of the pandas dtype of ``column``."""
    plain, nullable = _PANDAS_DTYPES[column.type]
    return nullable if column.nullable else plain


def records_to_arrow(records: Records) -> dict[str, pa.Table]:
    """Records (from :func:`to_records`) as Arrow tables, with the fixed schemas."""
    pa = _pyarrow()
    return {
        name: pa.Table.from_pylist(rows, schema=arrow_schema(name))
        for name, rows in records.items()
    }


def to_arrow(
    articles: Article | Iterable[Article], *, ids: Iterable[str | None] | None = None
) -> dict[str, pa.Table]:
    """The tables of :func:`to_records` as ``pyarrow.Table`` objects, by table name.

    Needs the ``tables`` extra (``pip install "newsmodel[tables]"``). Polars reads them
    as they are: ``polars.from_arrow(tables["quotations"])``.
    """
    _pyarrow()
    return records_to_arrow(to_records(articles, ids=ids))


def to_pandas(
    articles: Article | Iterable[Article], *, ids: Iterable[str | None] | None = None
) -> dict[str, pd.DataFrame]:
    """The tables of :func:`to_records` as ``pandas.DataFrame`` objects, by table name.

    Needs the ``tables`` extra (``pip install "newsmodel[tables]"``). Each column has
    the dtype :func:`pandas_dtype` names: ``string``, ``int64``, ``float64`` or ``bool``,
    or ``Int64``, ``Float64`` or ``boolean`` where it may hold no value (``pd.NA``).
    """
    _pandas()
    return records_to_pandas(to_records(articles, ids=ids))


def records_to_pandas(records: Records) -> dict[str, pd.DataFrame]:
    """Records (from :func:`to_records`) as DataFrames, with the dtypes of :func:`to_pandas`."""
    pd = _pandas()
    return {name: _frame(pd, get_table(name).columns, rows) for name, rows in records.items()}


def _frame(pd: Any, columns: Sequence[Column[Any]], rows: list[dict[str, Any]]) -> Any:
    return pd.DataFrame(
        {c.name: pd.array([row[c.name] for row in rows], dtype=pandas_dtype(c)) for c in columns}
    )
