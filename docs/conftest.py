"""Run every Python example in docs/*.md as a test (Sybil).

Fenced ```python blocks run as code, and blocks of ``>>>`` lines as doctests; the
examples of one page share a namespace, in order. A page added to docs/ is picked
up without changing this file. README.md's examples run through
tests/test_docs_examples.py with the same parsers.
"""

from __future__ import annotations

import doctest

from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser

OPTIONFLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

#: The parsers for Markdown pages, shared with the README's test.
PARSERS = [PythonCodeBlockParser(doctest_optionflags=OPTIONFLAGS), SkipParser()]

pytest_collect_file = Sybil(parsers=PARSERS, patterns=["*.md"]).pytest()
