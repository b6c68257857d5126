"""Run every Python example in docs/*.md as a test (Sybil).

Fenced ```python blocks run as code, and blocks of ``>>>`` lines as doctests; the
examples of one page share a namespace, in order. A page added to docs/ is picked
up without changing this file. README.md's examples run through
tests/test_docs_examples.py with the same parsers.
"""

from __future__ import annotations

import doctest
import importlib.util
from pathlib import Path

import pytest
from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser

HERE = Path(__file__).resolve().parent
OPTIONFLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

#: The parsers for Markdown pages, shared with the README's test.
PARSERS = [PythonCodeBlockParser(doctest_optionflags=OPTIONFLAGS), SkipParser()]

pytest_collect_file = Sybil(parsers=PARSERS, patterns=["*.md"]).pytest()

#: Pages whose examples need an optional extra: the page, the module the extra
#: installs, and the extra's name.
NEEDS_EXTRA = {
    "html.md": ("trafilatura", "html"),
    "scale.md": ("dask", "dask"),
    "tables.md": ("pyarrow", "tables"),
    "spacy.md": ("spacy", "spacy"),
    "people.md": ("matplotlib", "charts"),
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip, with the reason, the examples of a page whose extra is not installed."""
    for item in items:
        need = NEEDS_EXTRA.get(item.path.name) if item.path.parent == HERE else None
        if need is not None and importlib.util.find_spec(need[0]) is None:
            item.add_marker(
                pytest.mark.skip(
                    reason=f'needs the {need[1]} extra: pip install "newsmodel[{need[1]}]"'
                )
            )
