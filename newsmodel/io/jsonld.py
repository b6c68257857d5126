"""schema.org JSON-LD: the article as a ``NewsArticle``, as web pages embed it.

The document has ``headline``, ``dateline``, ``author`` and ``contributor``
(``Person``, with the byline's organisation as ``affiliation``),
``datePublished``, ``dateModified``, ``inLanguage``, ``url``, ``articleBody``
(the paragraphs of the story, blank-line separated, without headline, byline,
captions and page furniture), captions as ``image`` ``ImageObject``\\ s, and each
quotation as a ``Quotation`` in ``hasPart``, whose ``creator`` is a ``Person`` or an
``Organization`` (and ``spokenByCharacter`` for a person; a document quoted is
its ``isBasedOn``).

:func:`loads` reads such a document, or the NewsArticle JSON-LD of a web page,
as :func:`newsmodel.parse_html` reads a page's metadata: it parses ``articleBody``
with :func:`newsmodel.parse_text` and finds the quotations of ``hasPart`` in its
text, or runs the quotation engine when there are none.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from collections.abc import Iterator
from typing import Any

import attrs

from newsmodel.errors import FormatError
from newsmodel.html import _metadata
from newsmodel.html._dates import parse_datetime
from newsmodel.io import _markup
from newsmodel.io._dates import in_whole_minutes, parse_iso
from newsmodel.io._input import Document, document, json_failure
from newsmodel.io._uris import article_uri
from newsmodel.io.registry import FormatInfo, register
from newsmodel.model import (
    Article,
    Attribution,
    ParagraphKind,
    Quotation,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
)

__all__ = ["ARTICLE_TYPES", "dumps", "loads"]

FORMAT = "jsonld"
CONTEXT = "https://schema.org"

#: Paragraph kinds left out of ``articleBody``.
NOT_IN_BODY = frozenset(
    [
        ParagraphKind.HEADLINE,
        ParagraphKind.BYLINE,
        ParagraphKind.CAPTION,
        ParagraphKind.BOILERPLATE,
    ]
)

#: schema.org types read as an article, in lower case (matched in any case): those
#: :func:`newsmodel.parse_html` reads a page's JSON-LD from.
ARTICLE_TYPES = _metadata.ARTICLE_TYPES

_ORGANISATION_KINDS = frozenset([SpeakerKind.ORGANISATION, SpeakerKind.GROUP])


def _agent(
    name: str, kind: SpeakerKind, title: str | None, description: str | None
) -> dict[str, str]:
    node = {"@type": "Organization" if kind in _ORGANISATION_KINDS else "Person", "name": name}
    if title:
        node["jobTitle" if node["@type"] == "Person" else "alternateName"] = title
    if description:
        node["description"] = description
    return node


def dumps(article: Article, *, indent: int | None = 2) -> str:
    """``article`` as a schema.org NewsArticle in JSON-LD."""
    text = article.text
    doc: dict[str, Any] = {"@context": CONTEXT, "@type": "NewsArticle"}
    if article.url:
        doc["url"] = article.url
    doc["identifier"] = article_uri(article)
    if article.headline is not None:
        doc["headline"] = article.headline
    if article.dateline is not None:
        doc["dateline"] = article.dateline.text
    organisation = article.byline.organisation if article.byline else None
    if article.authors:
        doc["author"] = [_person(name, organisation) for name in article.authors]
    elif organisation:
        doc["author"] = [{"@type": "Organization", "name": organisation}]
    if article.contributors:
        doc["contributor"] = [_person(name, None) for name in article.contributors]
    for key, field, value in (
        ("datePublished", "published", article.published),
        ("dateModified", "modified", article.modified),
    ):
        if value is not None:  # ISO 8601 offsets are in minutes
            try:
                doc[key] = in_whole_minutes(value).isoformat()
            except ValueError as exc:
                raise _fail(str(exc), field) from None
    doc["inLanguage"] = article.language
    block_list = _markup.blocks(article)
    body = "\n\n".join(text[b.start : b.end] for b in block_list if b.kind not in NOT_IN_BODY)
    doc["articleBody"] = body
    doc["wordCount"] = len(body.split())
    captions = [text[b.start : b.end] for b in block_list if b.kind is ParagraphKind.CAPTION]
    if captions:
        doc["image"] = [{"@type": "ImageObject", "caption": c} for c in captions]
    parts = [_quotation(q) for q in article.quotations]
    if parts:
        doc["hasPart"] = parts
    return json.dumps(doc, ensure_ascii=False, indent=indent)


def _person(name: str, organisation: str | None) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Person", "name": name}
    if organisation:
        node["affiliation"] = {"@type": "Organization", "name": organisation}
    return node


def _quotation(q: Quotation) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Quotation", "text": q.text}
    speaker = q.speaker
    if speaker is None:
        return node
    if speaker.kind is SpeakerKind.DOCUMENT:
        node["isBasedOn"] = {"@type": "CreativeWork", "name": speaker.name}
        return node
    agent = _agent(speaker.name, speaker.kind, speaker.title, speaker.description)
    node["creator"] = agent
    node["spokenByCharacter"] = agent
    return node


# --- reading -----------------------------------------------------------------------------


def _fail(message: str, where: str = "$") -> FormatError:
    return FormatError(message, format=FORMAT, where=where)


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type", ())
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return {str(n).rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1] for n in names}


def _nodes(value: Any, path: str) -> Iterator[tuple[dict[str, Any], str]]:
    if isinstance(value, dict):
        yield value, path
        graph = value.get("@graph")
        if isinstance(graph, list):
            for i, item in enumerate(graph):
                yield from _nodes(item, f"{path}['@graph'][{i}]")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _nodes(item, f"{path}[{i}]")


def _string(node: dict[str, Any], key: str, path: str) -> str | None:
    value = node.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(f"{key} must be a string", f"{path}.{key}")
    return value


def loads(data: Document) -> Article:
    """Read the first schema.org Article (NewsArticle, ...) of a JSON-LD document.

    Its metadata is read as :func:`newsmodel.parse_html` reads a page's JSON-LD: the
    types in any case, authors and contributors that are people (organisations, outlets
    and "By ... For The Daily X" are cleaned as in a page's byline), dates ISO 8601 or
    RFC 2822. ``articleBody`` is parsed with :func:`newsmodel.parse_text`; its quotations
    are those ``hasPart`` lists as ``Quotation``\\ s, found in its text, or, when it lists
    none, those the quotation engine finds.
    """
    from newsmodel.text.parse import parse_text

    data = document(data, FORMAT)
    try:
        doc = json.loads(data, strict=False)  # web pages put raw line breaks in strings
    except json.JSONDecodeError as exc:
        raise _fail(
            f"malformed JSON: {exc.msg}", f"line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise _fail("malformed JSON: nested too deeply") from None
    except ValueError as exc:  # bytes in no Unicode encoding, a number too long
        raise _fail(json_failure(exc)) from None
    found = next(((n, p) for n, p in _nodes(doc, "$") if _metadata.is_article(n)), None)
    if found is None:
        raise _fail("no schema.org NewsArticle (or other Article type) in the document")
    node, path = found
    body = _string(node, "articleBody", path) or ""
    dates = {}
    for key in ("datePublished", "dateModified"):
        value = _string(node, key, path)
        if value:
            dates[key] = _date(value)
            if dates[key] is None:  # web pages write dates any way they like
                warnings.warn(
                    f"jsonld at {path}.{key}: {value!r} is not an ISO 8601 date; left out",
                    stacklevel=3,
                )
    language = node.get("inLanguage")
    parts = node.get("hasPart", [])
    parts = parts if isinstance(parts, list) else [parts]
    listed = any(isinstance(part, dict) and "Quotation" in _types(part) for part in parts)
    article = parse_text(
        body,
        headline=_string(node, "headline", path),
        url=_string(node, "url", path),
        published=dates.get("datePublished"),
        language=language if isinstance(language, str) else "en",
        quotations=not listed,
    )
    authors = _metadata.clean_author_names(_metadata.ld_people(node.get("author")))
    contributors = _metadata.clean_author_names(_metadata.ld_people(node.get("contributor")))
    return attrs.evolve(
        article,
        authors=authors or article.authors,
        contributors=contributors or article.contributors,
        modified=dates.get("dateModified"),
        quotations=_quotations(article, parts, path) if listed else article.quotations,
    )


def _date(value: str) -> dt.datetime | None:
    """A date in ISO 8601 (any year, as this module writes them), else as a page writes it."""
    try:
        return parse_iso(value)
    except ValueError:
        return parse_datetime(value)


def _quotations(article: Article, parts: list[Any], path: str) -> list[Quotation]:
    text = article.text
    starts = [p.span.start for p in article.paragraphs]
    found: list[Quotation] = []
    cursor = 0
    missing = 0
    for i, part in enumerate(parts):
        if not isinstance(part, dict) or "Quotation" not in _types(part):
            continue
        said = part.get("text")
        if not isinstance(said, str):
            raise _fail("a Quotation's text must be a string", f"{path}.hasPart[{i}].text")
        at = text.find(said, cursor)
        if at < 0:
            at = text.find(said)
        if at < 0 or not said:
            missing += 1
            continue
        cursor = at + len(said)
        paragraph = max((j for j, s in enumerate(starts) if s <= at), default=None)
        found.append(
            Quotation(
                Span(at, at + len(said)), said, QuoteKind.DIRECT, _attribution(part), paragraph
            )
        )
    if missing:
        warnings.warn(
            f"jsonld: {missing} quotation(s) of hasPart are not in the articleBody and were left out",
            stacklevel=4,
        )
    return found


def _attribution(part: dict[str, Any]) -> Attribution | None:
    agent = part.get("creator") or part.get("spokenByCharacter")
    if isinstance(agent, list):
        agent = agent[0] if agent else None
    if isinstance(agent, dict) and isinstance(agent.get("name"), str):
        organisation = "Organization" in _types(agent)
        kind = SpeakerKind.ORGANISATION if organisation else SpeakerKind.PERSON
        title = agent.get("alternateName" if organisation else "jobTitle")
        description = agent.get("description")
        speaker = Speaker(
            agent["name"],
            kind,
            title=title if isinstance(title, str) else None,
            description=description if isinstance(description, str) else None,
        )
        return Attribution(speaker, rule=FORMAT)
    based = part.get("isBasedOn")
    if isinstance(based, dict) and isinstance(based.get("name"), str):
        return Attribution(Speaker(based["name"], SpeakerKind.DOCUMENT), rule=FORMAT)
    return None


register(
    FormatInfo(
        name=FORMAT,
        description="schema.org NewsArticle in JSON-LD, quotations as Quotation",
        media_type="application/ld+json",
        extension=".jsonld",
        writer=dumps,
        reader=loads,
    )
)
