"""The people and bodies an article names, as the name reader and resolution hold them:
an :class:`Entity` for each, an :class:`EntityMention` where the article names one, and
the :class:`Resolved` speaker a phrase stands for."""

from __future__ import annotations

import attrs

from newsmodel.model import SpeakerKind

__all__ = ["Entity", "EntityMention", "Resolved"]


@attrs.define(slots=True)
class Entity:
    """A person (or organisation) of the article, by its fullest name."""

    name: str
    kind: SpeakerKind
    gender: str | None = None
    titles: list[str] = attrs.field(factory=list)
    title: str | None = None
    description: str | None = None
    #: Lower-case role nouns the article gives the entity ("winger", "director", "maker").
    roles: set[str] = attrs.field(factory=set)
    #: Whether the name is a place's ("Lake Cowichan"), which "it" never stands for.
    place: bool = False
    #: Whether the article names the person by a title and a surname alone ("President
    #: Obama"): no gender known, no "he" or "she" stands for them until they are quoted.
    lone: bool = False


@attrs.frozen
class Resolved:
    """A speaker phrase resolved: the name to report, its kind, title and description."""

    name: str
    kind: SpeakerKind
    title: str | None = None
    description: str | None = None
    gender: str | None = None
    entity: Entity | None = None


@attrs.define(slots=True)
class EntityMention:
    """Where the article names an entity: the token, sentence and paragraph, and whether
    it is a quoted speaker there."""

    token: int
    sent: int
    para: int
    entity: Entity
    speaker: bool = False
    #: the end of the name's run of capitalised tokens (for its role words)
    last: int = -1
    #: the name in the run [token, last) without its title (proper_names.name_split), when
    #: the name reader has read it
    name: tuple[int, int] | None = None
