"""The exceptions newsmodel raises.

Every exception derives from :class:`NewsmodelError` and also from the builtin
that fits it best, so callers can catch either ``newsmodel.NewsmodelError`` or,
say, ``ValueError``.
"""

from __future__ import annotations

__all__ = [
    "FormatError",
    "InputError",
    "MissingDataError",
    "MissingDependencyError",
    "ModelError",
    "NewsmodelError",
]


class NewsmodelError(Exception):
    """Base class of every error newsmodel raises on purpose."""


class ModelError(NewsmodelError, ValueError):
    """An object of the model would be impossible: a span past the text, end before start,
    a stored text that differs from the article text at its span, paragraphs out of order."""


class InputError(NewsmodelError, ValueError):
    """Input the parsers cannot use: bytes that are no text, a file that cannot be read,
    a page with no article on it. ``source`` names where the input came from, if known."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class FormatError(NewsmodelError, ValueError):
    """A document in a serialisation format is malformed or unknown.

    ``format`` is the format's name (``"json"``, ``"nitf"`` ...) and ``where`` says
    where in the document it went wrong (a JSON path, an XML element, a line number).
    """

    def __init__(self, message: str, *, format: str, where: str | None = None) -> None:
        self.format = format
        self.where = where
        location = f" at {where}" if where else ""
        super().__init__(f"{format}{location}: {message}")


class MissingDependencyError(NewsmodelError, ImportError):
    """An optional feature needs an extra that is not installed.

    The message names the extra, for example ``pip install "newsmodel[html]"``.
    """

    def __init__(self, feature: str, extra: str) -> None:
        self.feature = feature
        self.extra = extra
        super().__init__(
            f"{feature} needs the optional dependencies of newsmodel[{extra}]: "
            f'pip install "newsmodel[{extra}]"'
        )


class MissingDataError(NewsmodelError, LookupError):
    """Data an optional feature reads is not installed, such as NLTK's ``punkt_tab``
    models for ``split_sentences(..., use_nltk_data=True)``; the message says how to
    install it."""
