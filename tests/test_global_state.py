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
    ("locale", "setlocale"),
    ("os", "putenv"),
    ("os", "unsetenv"),
    ("sys", "settrace"),
    ("sys", "setprofile"),
    ("threading", "settrace"),
    ("threading", "setprofile"),
    ("threading", "stack_size"),
    ("socket", "setdefaulttimeout"),
    ("multiprocessing", "set_start_method"),
    ("codecs", "register"),
    ("faulthandler", "enable"),
}
#: Methods that change the process's environment through ``os.environ``.
ENVIRON_WRITES = frozenset(["update", "setdefault", "pop", "popitem", "clear"])


def _is_environ(node: ast.expr) -> bool:
    """Whether an expression is ``os.environ``."""
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "environ"
        and isinstance(node.value, ast.Name)
        and node.value.id == "os"
    )


def _calls(path: Path) -> list[tuple[str, int]]:
    """The forbidden calls in a module, writes to ``os.environ``, and ``setLevel`` on a
    logger by name."""
    found: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = (
            node.targets
            if isinstance(node, (ast.Assign, ast.Delete))
            else [node.target]
            if isinstance(node, ast.AugAssign)
            else []
        )
        if any(isinstance(t, ast.Subscript) and _is_environ(t.value) for t in targets):
            found.append(("os.environ[...] =", node.lineno))
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        if node.func.attr in ENVIRON_WRITES and _is_environ(node.func.value):
            found.append((f"os.environ.{node.func.attr}", node.lineno))
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
    filters, the locale, the environment, tracing or other libraries' loggers."""
    assert _calls(path) == []


def test_the_check_finds_each_kind_of_change(tmp_path: Path) -> None:
    """The source check finds every forbidden call, every write to os.environ and every
    logger configured by name, and nothing in code that only reads them."""
    module = tmp_path / "module.py"
    module.write_text(
        "import gc, locale, logging, os, sys\n"
        "gc.disable()\n"
        "locale.setlocale(locale.LC_ALL, 'C')\n"
        "os.environ['TZ'] = 'UTC'\n"
        "del os.environ['TZ']\n"
        "os.environ.update(LANG='C')\n"
        "logging.getLogger('x').setLevel(50)\n"
        "sys.setrecursionlimit(10**6)\n"
        "print(os.environ.get('HOME'), gc.isenabled(), locale.getlocale())\n",
        encoding="utf-8",
    )
    assert sorted(_calls(module), key=lambda found: found[1]) == [
        ("gc.disable", 2),
        ("locale.setlocale", 3),
        ("os.environ[...] =", 4),
        ("os.environ[...] =", 5),
        ("os.environ.update", 6),
        ("logging.getLogger(...).setLevel", 7),
        ("sys.setrecursionlimit", 8),
    ]


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
