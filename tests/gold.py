"""The annotated messy articles in tests/articles, and what the parser still gets wrong in them.

Each NAME.txt (an invented scraped article, one paragraph a line) has a NAME.gold.json in
the shape of the shared corpus's scraped/summit.gold.json: ``paragraph_count``, ``kinds``
(indices of headings, captions, credits... counted from 0; the rest is body),
``dateline`` (location, source, date, text; null when there is none), ``contributors``,
and for most of them ``quotes`` and ``indirect``, plus ``headline``, ``authors`` and
``first_sentence_starts`` for tests/test_text_parse.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ARTICLES = Path(__file__).parent / "articles"
NAMES = sorted(p.stem for p in ARTICLES.glob("*.txt"))

#: Articles whose paragraph kinds or contributors the parser still gets wrong, with what
#: it gets wrong. Tests over them are strict xfails: fix the parser, then delete the entry.
KIND_MISSES: dict[str, str] = {}

#: Articles whose dateline the parser still gets wrong (and so their first sentence).
DATELINE_MISSES: dict[str, str] = {}

KNOWN_MISSES: dict[str, str] = {**KIND_MISSES, **DATELINE_MISSES}


def load(name: str) -> tuple[str, dict[str, Any]]:
    """The text of tests/articles/NAME.txt and its gold annotations."""
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((ARTICLES / f"{name}.gold.json").read_text(encoding="utf-8"))
    return text, gold


def params(names: list[str], misses: dict[str, str] = KNOWN_MISSES) -> list[Any]:
    """The names as pytest parameters, those with known misses marked as strict xfails."""
    return [
        pytest.param(name, marks=pytest.mark.xfail(reason=misses[name], strict=True))
        if name in misses
        else name
        for name in names
    ]


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line, stripped: a gold file's paragraphs."""
    spans = []
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            offset = start + line.index(stripped)
            spans.append((offset, offset + len(stripped)))
        start += len(line) + 1
    return spans
