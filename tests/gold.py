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
KIND_MISSES: dict[str, str] = {
    "diplomatic": (
        "captions read as body (p2, 'Indonesian President Bayu Santoso (L) and Vietnamese "
        "President Tran Quoc Binh review an honour guard ... (Photo by Minh Hoang / AFP)') "
        "and as a heading (p27, 'Bayu Santoso waves as he leaves the Presidential Palace "
        "in Hanoi. (AFP)'): kinds 28/30"
    ),
    "health": (
        "caption p12 ('Dr. Astrid Kjeldsen speaks during a news conference ...') read as "
        "body; credit p26 ('CNN’s Freja Holm reported from Copenhagen. Ines Duarte "
        "contributed reporting from London.') read as body, so no contributors: kinds 25/27"
    ),
    "recall": (
        "caption p11 ('A PowerPal 20 power bank damaged by fire is displayed at ...') read "
        "as body; contributors of \"Asia Tech Daily's Kenji Arai and Hana Sato contributed "
        'reporting." keep the outlet: "Asia Tech Daily\'s Kenji Arai"'
    ),
}

#: Articles whose dateline the parser still gets wrong (and so their first sentence).
DATELINE_MISSES: dict[str, str] = {
    "storm": (
        "the tangled word stays in the dateline: location 'GULFPORT, Miss. Police' for "
        "'GULFPORT, Miss. Police (AP) — and rescue crews ...'"
    ),
    "strike": (
        "the tangled word stays in the dateline: location 'ROTTERDAM, Netherlands Striking' "
        "for 'ROTTERDAM, Netherlands Striking (AP) — dockworkers ...'"
    ),
}

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
