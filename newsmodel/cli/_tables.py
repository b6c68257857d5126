"""``parse --to csv|parquet --output-dir DIR``: one file per table, appended as articles come.

Workers turn each article into its rows (:func:`newsmodel.tables.article_records`) and
the parent appends them to a :class:`newsmodel.tables.TableWriter`. An article's id is the
``"id"`` of its JSON Lines item, else its path under the folder given (``business/001.txt``)
or its file name, else the id the tables give by default (its URL, or a hash of its text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsmodel.cli._common import _CommandError
from newsmodel.tables import TABLE_FORMATS, TableWriter

__all__ = ["TABLE_OUTPUTS", "file_id", "item_id", "open_tables"]

#: The outputs of ``parse`` that are tables: a folder of one file per table.
TABLE_OUTPUTS = tuple(TABLE_FORMATS)


def file_id(parts: tuple[str, ...]) -> str | None:
    """The id of an article read from a file: its path under the folder given."""
    return "/".join(parts) or None


def item_id(doc: dict[str, Any]) -> str | None:
    """The id of an article read from a JSON Lines item: its ``"id"``, if it has one."""
    ident = doc.get("id")
    return None if ident is None or ident == "" else str(ident)


def open_tables(name: str, folder: Path | None) -> TableWriter:
    """The writer of ``--to csv`` or ``--to parquet``; they need ``--output-dir``."""
    if folder is None:
        raise _CommandError(f"--to {name} writes one file per table: give --output-dir DIR")
    return TableWriter(folder, name)
