"""The people of an article: who is named, how often and where, whether they are quoted,
and their gender and role, each with the evidence it rests on.

The stage runs after the quotation engine (:mod:`newsmodel.quotes`) in
:func:`newsmodel.parse_text` and :func:`newsmodel.parse_html`, which fill
:attr:`newsmodel.Article.people`; :func:`find_people` runs it on an Article that has no
people (one read from a format that keeps none). See docs/people.md.

- :mod:`.finding`: the names that are people, their mentions, and pronouns resolved;
- :mod:`.context`: the titles and descriptions around a name;
- :mod:`.firstnames`: given-name statistics and the override table;
- :mod:`.stage`: gender and role with their evidence, and the :class:`~newsmodel.Person`.
"""

from __future__ import annotations

from newsmodel.people.firstnames import DECISIVE_SHARE, FirstNames
from newsmodel.people.stage import find_people, people_of_document

__all__ = ["DECISIVE_SHARE", "FirstNames", "find_people", "people_of_document"]
