"""The figures of a source report, counted article by article.

An article is first summed up as :class:`ArticleFacts` (small, plain and picklable: what
the worker processes of the command line send back), and :class:`Tally` adds the facts of
each article as they come, so a corpus of any size streams through in bounded memory
(but for one row per distinct person). :meth:`Tally.tables` gives the tables:

- ``overview``: articles, quotations, sources, people mentioned, words quoted;
- ``by_gender``: sources, people mentioned, quotations and words quoted, by gender;
- ``by_kind``: quotations by the kind of their speaker and the kind of quotation;
- ``by_role``: sources and people mentioned by role and gender;
- ``top_speakers``: the people quoted most, with the variants of their names;
- ``by_outlet`` and ``by_month``: sources and people mentioned by gender, where the input
  says the outlet (the URL's host, or a field) and the date (``Article.published``, or a
  field).

A source is a person quoted in an article, a person mentioned one named in it (quoted or
not): a person in ten articles counts ten times. Words quoted are the words of the
direct, partial and indirect quotations of person speakers.
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs
import regex

from newsmodel.model import Article, Gender, QuoteKind, Role, SpeakerKind

__all__ = [
    "COLUMNS",
    "TABLES",
    "ArticleFacts",
    "PersonFacts",
    "Tally",
    "facts",
    "month_of",
    "outlet_of",
]

#: The tables of a report, in the order the page shows them.
TABLES = (
    "overview",
    "by_gender",
    "by_kind",
    "by_role",
    "top_speakers",
    "by_outlet",
    "by_month",
)
_GROUP_COLUMNS = tuple(
    f"{group}_{x}"
    for group in ("sources", "people")
    for x in ("female", "male", "unknown", "women_share")
)
#: The columns of each table, in order (an empty table still has them).
COLUMNS: dict[str, tuple[str, ...]] = {
    "overview": ("figure", "value"),
    "by_gender": ("gender", "sources", "people", "quotations", "words"),
    "by_kind": ("speaker_kind", "quotation_kind", "quotations"),
    "by_role": (
        "role",
        *(f"{g}_{x}" for g in ("sources", "people") for x in ("female", "male", "unknown")),
    ),
    "top_speakers": (
        "rank",
        "key",
        "name",
        "gender",
        "role",
        "articles",
        "quotations",
        "words",
        "variants",
    ),
    "by_outlet": ("outlet", "articles", *_GROUP_COLUMNS),
    "by_month": ("month", "articles", *_GROUP_COLUMNS),
}
#: Words, as counted in quotations.
WORD_RE = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
#: A date at the start of a field: "2019-01-04", "2019-01-04T10:00:00Z".
MONTH_RE = regex.compile(r"(\d{4})-(\d{2})")
_GENDERS = tuple(g.value for g in Gender)
_SPOKEN = frozenset({QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT})


@attrs.frozen
class PersonFacts:
    """One person of one article, as the report counts them."""

    key: str
    name: str
    variants: tuple[str, ...]
    gender: str
    role: str
    quotations: int
    words: int


@attrs.frozen
class ArticleFacts:
    """What the report counts of one article."""

    outlet: str | None
    month: str | None
    #: quotations by (speaker kind or "none", quotation kind)
    quotations: tuple[tuple[str, str, int], ...]
    people: tuple[PersonFacts, ...]


def outlet_of(article: Article) -> str | None:
    """The outlet an article's URL names: its host without "www." ("cbc.ca")."""
    if not article.url:
        return None
    host = urllib.parse.urlsplit(article.url).hostname or ""
    return host.removeprefix("www.") or None


def month_of(value: dt.datetime | str | None) -> str | None:
    """The month of a date ("2019-01") from a datetime or an ISO 8601 string."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return f"{value.year:04d}-{value.month:02d}"
    m = MONTH_RE.match(value.strip())
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{m.group(1)}-{m.group(2)}"


def _words(text: str) -> int:
    return sum(1 for _ in WORD_RE.finditer(text))


def facts(article: Article, *, outlet: str | None = None, month: str | None = None) -> ArticleFacts:
    """Sum up an article for the report; ``outlet`` and ``month``, when given, stand for
    those the article's URL and publication date give."""
    kinds: Counter[tuple[str, str]] = Counter()
    for q in article.quotations:
        speaker = q.speaker
        kinds[(speaker.kind.value if speaker else "none", q.kind.value)] += 1
    people = []
    for p in article.people:
        words = sum(
            _words(article.quotations[i].text)
            for i in p.quotations
            if article.quotations[i].kind in _SPOKEN
        )
        people.append(
            PersonFacts(
                p.key, p.name, p.variants, p.gender.value, p.role.value, len(p.quotations), words
            )
        )
    return ArticleFacts(
        outlet=outlet if outlet is not None else outlet_of(article),
        month=month if month is not None else month_of(article.published),
        quotations=tuple((a, b, n) for (a, b), n in sorted(kinds.items())),
        people=tuple(people),
    )


@attrs.define
class _Speaker:
    names: Counter[str] = attrs.field(factory=Counter)
    variants: dict[str, None] = attrs.field(factory=dict)
    genders: Counter[str] = attrs.field(factory=Counter)
    roles: Counter[str] = attrs.field(factory=Counter)
    articles: int = 0
    quotations: int = 0
    words: int = 0


def _known(counts: Counter[str], unknown: str) -> str:
    """The commonest value of a person across articles, unknown only when no article
    knew it."""
    known = [(n, v) for v, n in counts.most_common() if v != unknown]
    return known[0][1] if known else unknown


def _share(female: int, male: int) -> float | None:
    return round(female / (female + male), 4) if female + male else None


@attrs.define
class Tally:
    """The counts of a corpus, article by article; :meth:`tables` gives the figures."""

    top: int = 50
    articles: int = 0
    quotations: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    #: (what, gender) -> count; what is "sources", "people", "quotations" or "words"
    genders: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    roles: Counter[tuple[str, str, str]] = attrs.field(factory=Counter)
    outlets: Counter[tuple[str, str, str]] = attrs.field(factory=Counter)
    months: Counter[tuple[str, str, str]] = attrs.field(factory=Counter)
    outlet_articles: Counter[str] = attrs.field(factory=Counter)
    month_articles: Counter[str] = attrs.field(factory=Counter)
    speakers: dict[str, _Speaker] = attrs.field(factory=dict)
    people_keys: set[str] = attrs.field(factory=set)

    def add(self, item: ArticleFacts) -> None:
        """Count one article."""
        self.articles += 1
        for speaker_kind, kind, n in item.quotations:
            self.quotations[(speaker_kind, kind)] += n
        if item.outlet:
            self.outlet_articles[item.outlet] += 1
        if item.month:
            self.month_articles[item.month] += 1
        for p in item.people:
            self.people_keys.add(p.key)
            groups = ["people", "sources"] if p.quotations else ["people"]
            for group in groups:
                self.genders[(group, p.gender)] += 1
                self.roles[(group, p.role, p.gender)] += 1
                if item.outlet:
                    self.outlets[(item.outlet, group, p.gender)] += 1
                if item.month:
                    self.months[(item.month, group, p.gender)] += 1
            if not p.quotations:
                continue
            self.genders[("quotations", p.gender)] += p.quotations
            self.genders[("words", p.gender)] += p.words
            speaker = self.speakers.get(p.key)
            if speaker is None:
                speaker = self.speakers[p.key] = _Speaker()
            speaker.names[p.name] += 1
            for v in p.variants:
                speaker.variants.setdefault(v, None)
            speaker.genders[p.gender] += 1
            speaker.roles[p.role] += 1
            speaker.articles += 1
            speaker.quotations += p.quotations
            speaker.words += p.words

    def add_all(self, items: Iterable[ArticleFacts]) -> Tally:
        for item in items:
            self.add(item)
        return self

    def tables(self) -> dict[str, list[dict[str, Any]]]:
        """Every table of the report, as lists of rows (dicts with the same keys)."""
        return {
            "overview": self._overview(),
            "by_gender": self._by_gender(),
            "by_kind": [
                {"speaker_kind": a, "quotation_kind": b, "quotations": n}
                for (a, b), n in sorted(self.quotations.items())
            ],
            "by_role": self._by_role(),
            "top_speakers": self._top_speakers(),
            "by_outlet": self._grouped(self.outlets, self.outlet_articles, "outlet"),
            "by_month": self._grouped(self.months, self.month_articles, "month"),
        }

    def _overview(self) -> list[dict[str, Any]]:
        g = self.genders
        spoken = sum(n for (_s, k), n in self.quotations.items() if k != QuoteKind.SCARE.value)
        by_person = sum(
            n
            for (s, k), n in self.quotations.items()
            if s == SpeakerKind.PERSON.value and k != QuoteKind.SCARE.value
        )
        rows: list[tuple[str, int | float | None]] = [
            ("articles", self.articles),
            ("quotations attributed", spoken),
            ("quotations of people", by_person),
            ("sources", sum(g[("sources", x)] for x in _GENDERS)),
            ("people mentioned", sum(g[("people", x)] for x in _GENDERS)),
            ("distinct people", len(self.people_keys)),
            ("distinct sources", len(self.speakers)),
            ("words quoted", sum(g[("words", x)] for x in _GENDERS)),
        ]
        share = _share(g[("sources", "female")], g[("sources", "male")])
        rows.append(("share of women among sources of known gender", share))
        return [{"figure": name, "value": value} for name, value in rows]

    def _by_gender(self) -> list[dict[str, Any]]:
        rows = []
        for gender in _GENDERS:
            rows.append(
                {"gender": gender}
                | {
                    what: self.genders[(what, gender)]
                    for what in ("sources", "people", "quotations", "words")
                }
            )
        return rows

    def _by_role(self) -> list[dict[str, Any]]:
        rows = []
        for role in (r.value for r in Role):
            row: dict[str, Any] = {"role": role}
            for group in ("sources", "people"):
                for gender in _GENDERS:
                    row[f"{group}_{gender}"] = self.roles[(group, role, gender)]
            rows.append(row)
        return rows

    def _top_speakers(self) -> list[dict[str, Any]]:
        ranked = sorted(
            self.speakers.items(),
            key=lambda item: (-item[1].quotations, -item[1].articles, item[0]),
        )[: self.top]
        return [
            {
                "rank": i,
                "key": key,
                "name": s.names.most_common(1)[0][0],
                "gender": _known(s.genders, Gender.UNKNOWN.value),
                "role": _known(s.roles, Role.UNKNOWN.value),
                "articles": s.articles,
                "quotations": s.quotations,
                "words": s.words,
                "variants": " | ".join(s.variants),
            }
            for i, (key, s) in enumerate(ranked, 1)
        ]

    def _grouped(
        self, counts: Counter[tuple[str, str, str]], articles: Counter[str], label: str
    ) -> list[dict[str, Any]]:
        rows = []
        for name in sorted(articles):
            row: dict[str, Any] = {label: name, "articles": articles[name]}
            for group in ("sources", "people"):
                for gender in _GENDERS:
                    row[f"{group}_{gender}"] = counts[(name, group, gender)]
                row[f"{group}_women_share"] = _share(
                    counts[(name, group, "female")], counts[(name, group, "male")]
                )
            rows.append(row)
        return rows
