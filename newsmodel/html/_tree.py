"""A typed view of the lxml elements that trafilatura and lxml hand back.

lxml and trafilatura ship no type information that mypy --strict accepts, so the
modules of this package see their elements through :class:`Node`, a structural
type with the few members they use. Only :mod:`newsmodel.html._extract` touches
the untyped libraries; everything else works on Nodes and plain strings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

import regex

__all__ = ["SPACE_RE", "Node", "attribute", "clean_space", "tag_of", "text_of"]

#: Runs of whitespace of any kind, collapsed to one space in extracted text.
SPACE_RE = regex.compile(r"\s+")


class Node(Protocol):
    """The members of an lxml element that newsmodel.html uses."""

    # The tag is a str for elements, a function for comments and processing instructions.
    tag: object
    text: str | None
    tail: str | None

    def get(self, key: str, default: str | None = None) -> str | None: ...

    def iter(self, *tags: str) -> Iterator[Node]: ...

    def itertext(self) -> Iterator[str]: ...

    def iterancestors(self) -> Iterator[Node]: ...

    def getparent(self) -> Node | None: ...

    def getprevious(self) -> Node | None: ...

    def remove(self, child: Node) -> None: ...

    def __iter__(self) -> Iterator[Node]: ...

    def __len__(self) -> int: ...


def tag_of(node: Node) -> str:
    """The element's tag in lower case, or "" for comments and processing instructions."""
    tag = node.tag
    return tag.lower() if isinstance(tag, str) else ""


def attribute(node: Node, name: str) -> str:
    """The value of an attribute, "" when it is missing."""
    return node.get(name) or ""


def clean_space(text: str) -> str:
    """Text with every run of whitespace made one space, and no space at the ends."""
    return SPACE_RE.sub(" ", text).strip()


def text_of(node: Node) -> str:
    """All the text inside an element (not its tail), with whitespace collapsed."""
    return clean_space("".join(s for s in node.itertext() if isinstance(s, str)))
