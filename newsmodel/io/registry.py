"""The registry of serialisation formats.

Each format module registers one :class:`FormatInfo` naming its writer and its
reader. :func:`dumps` and :func:`loads` (and the CLI) look formats up here and
refuse names they do not know. A new format is one new module, imported at the
end of this file.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from newsmodel.errors import FormatError
from newsmodel.model import Article

__all__ = ["FormatInfo", "dumps", "formats", "get_format", "loads", "register"]

Writer = Callable[..., str]
Reader = Callable[..., Article]


@attrs.frozen
class FormatInfo:
    """A serialisation format: its name, what it is, and whether it reads and writes."""

    name: str
    description: str
    media_type: str
    extension: str
    writer: Writer | None = attrs.field(default=None, repr=False, eq=False)
    reader: Reader | None = attrs.field(default=None, repr=False, eq=False)
    lossless: bool = False

    @property
    def can_write(self) -> bool:
        return self.writer is not None

    @property
    def can_read(self) -> bool:
        return self.reader is not None


_FORMATS: dict[str, FormatInfo] = {}


def register(info: FormatInfo) -> FormatInfo:
    """Add a format to the registry (a format module calls this once)."""
    if info.name in _FORMATS:
        raise ValueError(f"format {info.name!r} is already registered")
    _FORMATS[info.name] = info
    return info


class _Formats(Mapping[str, FormatInfo]):
    """A read-only view of the registered formats, by name."""

    def __getitem__(self, name: str) -> FormatInfo:
        return _FORMATS[name]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(_FORMATS))

    def __len__(self) -> int:
        return len(_FORMATS)

    def __repr__(self) -> str:
        rows = ", ".join(
            f"{n}({'r' if f.can_read else '-'}{'w' if f.can_write else '-'})"
            for n, f in sorted(_FORMATS.items())
        )
        return f"<newsmodel formats: {rows}>"


formats: Mapping[str, FormatInfo] = _Formats()


def get_format(name: str) -> FormatInfo:
    """The format called ``name``; a FormatError listing the known ones otherwise."""
    try:
        return _FORMATS[name]
    except (KeyError, TypeError):
        known = ", ".join(sorted(_FORMATS))
        raise FormatError(
            f"unknown format {name!r}; known formats: {known}", format=str(name)
        ) from None


def dumps(article: Article, format: str = "json", **options: Any) -> str:
    """Write ``article`` in ``format``."""
    info = get_format(format)
    if info.writer is None:
        raise FormatError("this format can be read but not written", format=format)
    if not isinstance(article, Article):
        raise TypeError(f"dumps() takes an Article, not {type(article).__name__}")
    return info.writer(article, **options)


def loads(data: str | bytes, format: str = "json", **options: Any) -> Article:
    """Read an Article written in ``format``."""
    info = get_format(format)
    if info.reader is None:
        raise FormatError("this format can be written but not read", format=format)
    return info.reader(data, **options)


# The format modules register themselves when imported.
for _module in ("json", "ninjs", "nitf", "jsonld", "markdown", "text", "brat", "html_view"):
    importlib.import_module(f"newsmodel.io.{_module}")
