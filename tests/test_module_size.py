"""Every module of newsmodel stays within the house limit of 800 lines.

A module that passes it knows too much and is split by what it knows; this check keeps
a change from letting one grow past the limit unnoticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsmodel

PACKAGE = Path(newsmodel.__file__).resolve().parent
#: The most lines a module may hold.
MOST_LINES = 800
MODULES = sorted(PACKAGE.rglob("*.py"))


def test_the_package_has_modules() -> None:
    assert len(MODULES) > 50


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_within_the_limit(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MOST_LINES, f"{path.name} has {lines} lines; split it by what it knows"
