"""Articles as plain nested tuples, for the trip from a worker process to its parent.

Pickling an Article pickles every Span, Sentence and Paragraph through attrs'
``__getstate__``/``__setstate__``: two Python calls and a dict per object, on both
sides. :func:`pack` turns an Article into nested tuples of its field values (enums
by value), which pickle in C, and :func:`unpack` rebuilds the objects with
``object.__new__`` and ``object.__setattr__``, as unpickling does, without running
``__init__``: the Article was checked when the worker built it, and comes back
equal to it. That halves the work of the parent, the part of ``parse_many`` that
does not run in parallel (bench/speed.py workers).

The code of each packer and unpacker is generated once per class from its attrs
fields and their types, so a field added to the model is carried along by itself:
a nested attrs class (optional or not), a ``tuple[Class, ...]`` of them and an enum
are packed; any other value travels as it is (pickle handles it), and so does an
object whose type is not exactly the declared one.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from newsmodel.model import Article

__all__ = ["pack", "unpack"]


def _optional(annotation: Any) -> Any:
    """``X`` for ``X | None``, else the annotation itself."""
    args = typing.get_args(annotation)
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    if union and len(args) == 2 and type(None) in args:
        return args[0] if args[1] is type(None) else args[1]
    return annotation


class _Generator:
    """Writes and compiles the packer and unpacker of a class and of the classes it holds."""

    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {"_new": object.__new__, "_set": object.__setattr__}
        self.done: set[type] = set()
        self.count = 0

    def name(self, cls: type) -> str:
        key = f"_C{id(cls)}"
        self.namespace[key] = cls
        return key

    def build(self, cls: type) -> None:
        if cls in self.done:
            return
        self.done.add(cls)
        hints = typing.get_type_hints(cls)
        c = self.name(cls)
        packed: list[str] = []
        lines = [f"def _unpack{c}(t):", f"    o = _new({c})"]
        for i, field in enumerate(attrs.fields(cls)):
            get = f"o.{field.name}"
            kind = _optional(hints[field.name])
            args = typing.get_args(kind)
            if isinstance(kind, type) and attrs.has(kind):
                self.build(kind)
                k = self.name(kind)
                packed.append(f"_pack{k}({get}) if type({get}) is {k} else {get}")
                lines.append(f"    v = t[{i}]")
                lines.append(
                    f"    _set(o, {field.name!r}, _unpack{k}(v) if type(v) is tuple else v)"
                )
            elif (
                typing.get_origin(kind) is tuple
                and len(args) == 2
                and args[1] is Ellipsis
                and isinstance(args[0], type)
                and attrs.has(args[0])
            ):
                self.build(args[0])
                k = self.name(args[0])
                packed.append(f"tuple([_pack{k}(x) if type(x) is {k} else x for x in {get}])")
                lines.append(
                    f"    _set(o, {field.name!r}, "
                    f"tuple([_unpack{k}(x) if type(x) is tuple else x for x in t[{i}]]))"
                )
            elif isinstance(kind, type) and issubclass(kind, enum.Enum):
                k = self.name(kind)
                members = f"_M{k}"
                self.namespace[members] = {m.value: m for m in kind}
                packed.append(f"{get}.value if type({get}) is {k} else {get}")
                lines.append(f"    v = t[{i}]")
                lines.append(
                    f"    _set(o, {field.name!r}, {members}[v] if type(v) is not {k} "
                    f"and v in {members} else v)"
                )
            else:
                packed.append(get)
                lines.append(f"    _set(o, {field.name!r}, t[{i}])")
        lines.append("    return o")
        source = f"def _pack{c}(o):\n    return ({', '.join(packed)},)\n" + "\n".join(lines)
        exec(compile(source, f"<newsmodel pack {cls.__name__}>", "exec"), self.namespace)

    def functions(self, cls: type) -> tuple[Callable[[Any], tuple[Any, ...]], Callable[[Any], Any]]:
        self.build(cls)
        c = self.name(cls)
        return self.namespace[f"_pack{c}"], self.namespace[f"_unpack{c}"]


_PACK, _UNPACK = _Generator().functions(Article)


def pack(article: Article) -> tuple[Any, ...]:
    """The article as nested tuples of its field values (it must be exactly an Article)."""
    return _PACK(article)


def unpack(packed: tuple[Any, ...]) -> Article:
    """The article :func:`pack` made these tuples of: equal to it."""
    article: Article = _UNPACK(packed)
    return article
