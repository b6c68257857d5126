"""No module of newsmodel changes interpreter-wide state.

A library shares the interpreter with the program that uses it: switching the garbage
collector off, raising the recursion or integer-digit limits, changing warnings filters
or other libraries' loggers changes them for every other part of that program (and an
exception path can leave them changed). The checks read every module's source.
"""

from __future__ import annotations

import ast
import gc
from pathlib import Path
from typing import Any

import pytest

import newsmodel

PACKAGE = Path(newsmodel.__file__).resolve().parent

#: Calls that change state every part of the interpreter shares: (module, function).
FORBIDDEN = {
    ("gc", "disable"),
    ("gc", "enable"),
    ("gc", "set_threshold"),
    ("gc", "freeze"),
    ("sys", "setrecursionlimit"),
    ("sys", "set_int_max_str_digits"),
    ("sys", "setswitchinterval"),
    ("warnings", "simplefilter"),
    ("warnings", "filterwarnings"),
    ("warnings", "resetwarnings"),
    ("logging", "basicConfig"),
    ("logging", "disable"),
}


def _calls(path: Path) -> list[tuple[str, int]]:
    """The forbidden calls in a module, and ``setLevel`` on a logger by name."""
    found: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner, name = node.func.value, node.func.attr
        if isinstance(owner, ast.Name) and (owner.id, name) in FORBIDDEN:
            found.append((f"{owner.id}.{name}", node.lineno))
        if name == "setLevel" and isinstance(owner, ast.Call):
            found.append(("logging.getLogger(...).setLevel", node.lineno))
    return found


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_module_changes_interpreter_wide_state(path: Path) -> None:
    """No module switches the garbage collector, sets interpreter limits, changes warnings
    filters or configures other libraries' loggers."""
    assert _calls(path) == []


def test_parsing_a_large_text_leaves_the_collector_running(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """parse_text on a text of hundreds of thousands of characters never switches the
    cyclic garbage collector off, not even while it parses."""
    from newsmodel.text import parse

    seen: list[bool] = []
    split = parse._paragraphs

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return split(*args, **kwargs)

    monkeypatch.setattr(parse, "_paragraphs", watched)
    newsmodel.parse_text("The council met on Tuesday. It voted to repair it.\n\n" * 4000)
    assert seen == [True]
    assert gc.isenabled()
