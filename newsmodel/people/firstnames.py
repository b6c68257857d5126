"""Given-name statistics, for the gender of a person the article says nothing about.

>>> names = FirstNames.shipped()
>>> names.gender("Margaret")
<Gender.FEMALE: 'female'>
>>> names.gender("Jordan") is Gender.UNKNOWN  # mostly men, but often women
True

A name counts as one gender only when at least :data:`DECISIVE_SHARE` per cent of the
people counted with it were of that gender; the rest stay unknown. An override table
(name -> gender) takes precedence over the statistics.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping

from newsmodel.model import Gender
from newsmodel.people.lexicon import NOT_GIVEN_NAMES, first_name_table

__all__ = ["DECISIVE_SHARE", "FirstNames", "fold"]

#: The share (per cent) of one gender among the people with a name that makes the name
#: tell their gender.
DECISIVE_SHARE = 90


@functools.lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """``name`` lower case with its accents set aside, as the table writes names:
    "Stéphane" -> "stephane"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class FirstNames:
    """A table of given names and the share of women among the people who bear them."""

    __slots__ = ("_overrides", "_table", "decisive")

    def __init__(
        self,
        table: Mapping[str, int],
        *,
        overrides: Mapping[str, Gender] | None = None,
        decisive: int = DECISIVE_SHARE,
    ) -> None:
        self._table = table
        self._overrides = {fold(k): v for k, v in (overrides or {}).items()}
        self.decisive = decisive

    @classmethod
    @functools.cache
    def shipped(cls) -> FirstNames:
        """The table shipped with newsmodel (derived from nomquamgender's data)."""
        return cls(first_name_table())

    def with_overrides(self, overrides: Mapping[str, Gender]) -> FirstNames:
        """This table, with ``overrides`` (given name -> gender) taking precedence."""
        merged = {**self._overrides, **{fold(k): v for k, v in overrides.items()}}
        return FirstNames(self._table, overrides=merged, decisive=self.decisive)

    def share(self, name: str) -> int | None:
        """The per cent of women among the people named ``name``, or None if unlisted."""
        return self._table.get(fold(name))

    def known(self, name: str) -> bool:
        """Whether ``name`` is a given name of the table (or of the overrides), and not a
        word that opens names of things more often ("New", "Christmas")."""
        folded = fold(name)
        if folded in self._overrides:
            return True
        return folded in self._table and folded not in NOT_GIVEN_NAMES

    def gender(self, name: str) -> Gender:
        """The gender ``name`` tells, or unknown when the table is not decisive."""
        folded = fold(name)
        override = self._overrides.get(folded)
        if override is not None:
            return override
        share = self._table.get(folded)
        if share is None or folded in NOT_GIVEN_NAMES:
            return Gender.UNKNOWN
        if share >= self.decisive:
            return Gender.FEMALE
        if share <= 100 - self.decisive:
            return Gender.MALE
        return Gender.UNKNOWN

    def __repr__(self) -> str:
        return f"<FirstNames: {len(self._table)} names, decisive at {self.decisive}%>"
