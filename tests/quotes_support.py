"""Helpers shared by the quotation tests: build an article, find a quotation in it."""

from __future__ import annotations

import newsmodel
from newsmodel import Article, Quotation, QuoteKind


def article(*paragraphs: str) -> Article:
    """Parse body paragraphs written one per block, as parse_text users pass text."""
    return newsmodel.parse_text("\n\n".join(paragraphs))


def quote(a: Article, text: str) -> Quotation:
    """The one quotation whose words start with ``text``."""
    found = [q for q in a.quotations if q.text.startswith(text)]
    assert len(found) == 1, (text, [q.text for q in a.quotations])
    return found[0]


def indirect(a: Article, text: str) -> Quotation:
    """The one indirect quotation that contains ``text``."""
    found = [q for q in a.quotations if q.kind is QuoteKind.INDIRECT and text in q.text]
    assert len(found) == 1, (text, [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT])
    return found[0]


def speaker(q: Quotation) -> str:
    """The resolved speaker name of a quotation (it must have one)."""
    assert q.attribution is not None, q.text
    return q.attribution.speaker.name


def mention(q: Quotation) -> str | None:
    """How the text refers to the speaker at this quotation."""
    assert q.attribution is not None, q.text
    m = q.attribution.speaker.mention
    return m.text if m else None


def cue(q: Quotation) -> str | None:
    """The cue words of a quotation's attribution."""
    assert q.attribution is not None, q.text
    c = q.attribution.cue
    return c.text if c else None
