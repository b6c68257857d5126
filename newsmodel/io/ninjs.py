"""IPTC ninjs 3.1: news in JSON.

ninjs has properties for the headline (``headlines``), the byline (``by``), the
dateline's place (``located``), dates, language and people, but none for
paragraph kinds or quotations. Those travel in the body, an HTML fragment
(``contentType`` ``text/html``) in which

- each paragraph is an element saying its kind: ``<p>`` (body), ``<h1>`` (headline),
  ``<h2>`` (subheading), ``<figure><figcaption>`` (caption), ``<blockquote>``, and
  ``<p class="credit">``, ``"byline"``, ``"dateline"``, ``"editors_note"``,
  ``"boilerplate"`` for the others;
- a quotation is ``<span class="quotation" data-kind=... data-speaker=...>``, the
  words that name its speaker ``<span class="speaker">`` and its cue
  ``<span class="cue">``, linked by ``data-id``; the dateline and byline are
  ``<span class="dateline">`` and ``<span class="byline">``.

The whitespace between paragraphs is written as it is in the article text, so
:func:`loads` rebuilds the paragraphs, their kinds, the quotations with their
speakers, the dateline and the byline. Reading also accepts other providers'
ninjs, with HTML or plain-text bodies; documents are checked against the ninjs
3.1 structure and a broken one raises :class:`~newsmodel.errors.FormatError`
naming the JSON path.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Mapping
from html.parser import HTMLParser
from typing import Any
from xml.parsers import expat

import regex

from newsmodel.errors import FormatError
from newsmodel.io import _markup
from newsmodel.io._dates import format_rfc3339, parse_iso
from newsmodel.io._input import Document, document, json_failure
from newsmodel.io._markup import ArticleBuilder, HeadByline, HeadDateline, MarkRole
from newsmodel.io._uris import article_uri
from newsmodel.io._xml import ATTR_ESCAPES, TEXT_ESCAPES, feed_document
from newsmodel.io.registry import FormatInfo, register
from newsmodel.model import Article, ParagraphKind, SpeakerKind

__all__ = ["HTML_CONTENT_TYPE", "NINJS_SCHEMA", "NINJS_VERSION", "dumps", "loads", "uri_for"]

NINJS_VERSION = "3.1"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
HTML_CONTENT_TYPE = "text/html"
FORMAT = "ninjs"

#: A uri that is a web address, read back as the article's URL.
WEB_URL_RE = regex.compile(r"(?i)https?://")

#: Attribute values for ``<p class=...>`` paragraphs that have no HTML element of their own.
_CLASS_KINDS = {k.value: k for k in ParagraphKind} | {"editors-note": ParagraphKind.EDITORS_NOTE}

_BLOCK_TAGS: dict[ParagraphKind, tuple[str, str]] = {
    ParagraphKind.BODY: ("<p>", "</p>"),
    ParagraphKind.HEADLINE: ("<h1>", "</h1>"),
    ParagraphKind.HEADING: ("<h2>", "</h2>"),
    ParagraphKind.CAPTION: ("<figure><figcaption>", "</figcaption></figure>"),
    ParagraphKind.BLOCKQUOTE: ("<blockquote>", "</blockquote>"),
}

# The body is written with the XML escapes (carriage returns, and line breaks and tabs
# in attributes, as character references), which keeps it well-formed XML too: the
# reader parses it with expat when it can (fast), with html.parser otherwise (other
# providers' HTML).

#: The ninjs ``uri`` of an article: its URL, or a stable URN from a hash of its text.
uri_for = article_uri


def dumps(article: Article, *, indent: int | None = 2) -> str:
    """``article`` as a ninjs 3.1 document."""
    doc: dict[str, Any] = {
        "uri": uri_for(article),
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "type": "text",
        "representationType": "full",
    }
    for key, field, value in (
        ("contentCreated", "published", article.published),
        ("versionCreated", "modified", article.modified),
    ):
        if value is not None:
            try:
                doc[key] = format_rfc3339(value)
            except ValueError as exc:
                raise _fail(str(exc), field) from None
    doc["language"] = article.language
    if article.headline is not None:
        doc["headlines"] = [{"role": "main", "value": article.headline}]
    if article.byline is not None:
        doc["by"] = article.byline.text
    elif article.authors:
        doc["by"] = ", ".join(article.authors)
    if article.dateline is not None and article.dateline.location:
        doc["located"] = article.dateline.location
    refs = {"headline": article.headline, "by": doc.get("by")}
    doc["bodies"] = [
        {"role": "main", "contentType": HTML_CONTENT_TYPE, "value": body_html(article, refs)}
    ]
    people, organisations, objects = _entities(article)
    if people:
        doc["people"] = people
    if organisations:
        doc["organisations"] = organisations
    if objects:
        doc["objects"] = objects
    return json.dumps(doc, ensure_ascii=False, indent=indent)


def _entities(
    article: Article,
) -> tuple[list[dict[str, str]], list[dict[str, str]], list[dict[str, str]]]:
    people = [{"name": name, "rel": "author"} for name in article.authors]
    people += [{"name": name, "rel": "contributor"} for name in article.contributors]
    organisations: list[dict[str, str]] = []
    objects: list[dict[str, str]] = []
    # the people of the article, quoted ("speaker") or only named ("mentioned"), with
    # their counting key; then the speakers that are none of them
    named: set[str] = set()
    for person in article.people:
        rel = "speaker" if person.quoted else "mentioned"
        people.append({"name": person.name, "rel": rel, "literal": person.key})
        for i in person.quotations:
            said = article.quotations[i].speaker
            if said is not None:
                named.add(said.name)
    for speaker in article.speakers:
        if speaker.kind is SpeakerKind.PERSON and speaker.name in named:
            continue
        entry = {"name": speaker.name, "rel": "speaker"}
        if speaker.kind is SpeakerKind.ORGANISATION:
            organisations.append(entry)
        elif speaker.kind is SpeakerKind.DOCUMENT:
            objects.append(entry)
        else:
            people.append(entry)
    return people, organisations, objects


#: The paragraph kinds whose text the document's properties may carry, by property.
_REFERRED = {ParagraphKind.HEADLINE: "headline", ParagraphKind.BYLINE: "by"}


def body_html(article: Article, refs: Mapping[str, str | None] | None = None) -> str:
    """The article's paragraphs as the HTML body described in the module docstring.

    ``refs`` are the texts the document carries elsewhere (``headline``: the main
    headline, ``by``: the byline): a headline or byline paragraph that is all one of
    them is written as empty elements whose innermost says ``data-ref="headline"`` (or
    ``"by"``), so that consumers do not show it twice; the reader puts the text back.
    """
    text = article.text
    out: list[str] = []
    block_list = _markup.blocks(article)
    marks = _markup.collect_marks(article)
    seen: set[str] = set()
    for block, touching in zip(block_list, _markup.marks_per_block(block_list, marks), strict=True):
        opening, closing = _BLOCK_TAGS.get(block.kind, (f'<p class="{block.kind.value}">', "</p>"))
        out.append(block.gap.translate(TEXT_ESCAPES))
        events = list(_markup.inline(text, block.start, block.end, touching, seen=seen))
        ref = _REFERRED.get(block.kind)
        inner = _holder(events, refs.get(ref)) if ref is not None and refs else None
        if inner is None:
            ref = None
        elif inner == -1:  # the block itself holds the words
            opening = f'{opening[:-1]} data-ref="{ref}">'
        out.append(opening)
        for i, event in enumerate(events):
            if isinstance(event, str):
                if ref is None:
                    out.append(event.translate(TEXT_ESCAPES))
            elif isinstance(event, _markup.Open):
                out.append(_open_span(event, ref if i == inner else None))
            else:
                out.append("</span>")
        out.append(closing)
    return "".join(out)


def _holder(events: list[_markup.Event], words: str | None) -> int | None:
    """Where a paragraph that is all ``words`` holds them: the index among ``events`` of
    its innermost element (-1: the block itself), or None when it holds anything else."""
    texts = [i for i, event in enumerate(events) if isinstance(event, str)]
    if words is None or len(texts) != 1 or events[texts[0]] != words:
        return None
    inner = texts[0] - 1
    if not all(isinstance(event, _markup.Open) for event in events[: inner + 1]):
        return None
    return inner


def _open_span(event: _markup.Open, ref: str | None = None) -> str:
    mark = event.mark
    attributes = [("class", mark.role.value), ("data-id", mark.key)]
    if event.first:
        attributes += [(f"data-{k}", v) for k, v in mark.data]
    if ref is not None:
        attributes.append(("data-ref", ref))
    rendered = "".join(f' {k}="{v.translate(ATTR_ESCAPES)}"' for k, v in attributes)
    return f"<span{rendered}>"


# --- reading -----------------------------------------------------------------------------

_STRING, _ARRAY, _OBJECT, _INTEGER = "string", "array", "object", "integer"

#: The top-level properties of ninjs 3.1 and their JSON types.
PROPERTIES: Mapping[str, str] = {
    **dict.fromkeys(
        [
            "uri",
            "type",
            "representationType",
            "profile",
            "version",
            "firstCreated",
            "versionCreated",
            "contentCreated",
            "embargoedUntil",
            "pubStatus",
            "copyrightHolder",
            "copyrightNotice",
            "usageTerms",
            "edNote",
            "language",
            "title",
            "by",
            "slugline",
            "located",
            "expires",
        ],
        _STRING,
    ),
    **dict.fromkeys(
        [
            "descriptions",
            "bodies",
            "headlines",
            "people",
            "organisations",
            "places",
            "subjects",
            "events",
            "plannedCoverage",
            "objects",
            "infoSources",
            "renditions",
            "associations",
            "altIds",
            "trustIndicators",
            "genres",
        ],
        _ARRAY,
    ),
    **dict.fromkeys(["eventDetails", "standard", "rightsInfo", "digitalSourceType"], _OBJECT),
    "urgency": _INTEGER,
}

_ENUMS: Mapping[str, frozenset[str]] = {
    "type": frozenset(
        [
            "text",
            "audio",
            "video",
            "picture",
            "graphic",
            "composite",
            "component",
            "event",
            "planning",
        ]
    ),
    "representationType": frozenset(["full", "partial"]),
    "pubStatus": frozenset(["usable", "withheld", "canceled"]),
}

_DATES = ("firstCreated", "versionCreated", "contentCreated", "embargoedUntil", "expires")

#: The keys ninjs allows in the items of the arrays this reader uses.
_ITEM_KEYS: Mapping[str, frozenset[str]] = {
    "headlines": frozenset(["role", "contentType", "value"]),
    "descriptions": frozenset(["role", "contentType", "value"]),
    "bodies": frozenset(["role", "contentType", "charCount", "wordCount", "value"]),
    "people": frozenset(["name", "rel", "uri", "literal", "contactInfo"]),
}

_TYPES: Mapping[str, type | tuple[type, ...]] = {
    _STRING: str,
    _ARRAY: list,
    _OBJECT: dict,
    _INTEGER: int,
}

_AUTHOR_RELS = frozenset(["author", "creator", "byline", "writer"])


def _fail(message: str, path: str) -> FormatError:
    return FormatError(message, format=FORMAT, where=path)


def _check(doc: object) -> dict[str, Any]:
    """The document, checked against the structure of ninjs 3.1."""
    if not isinstance(doc, dict):
        raise _fail(f"a ninjs document is a JSON object, not {type(doc).__name__}", "$")
    checked: dict[str, Any] = doc
    if "uri" not in checked:
        raise _fail("the required property 'uri' is missing", "$")
    for key, value in checked.items():
        path = f"$.{key}"
        expected = PROPERTIES.get(key)
        if expected is None:
            raise _fail(f"unknown property {key!r}: ninjs 3.1 allows no others", path)
        if not _is_json(value, expected):
            raise _fail(f"{key} must be a JSON {expected}, not {_json_type(value)}", path)
        allowed = _ENUMS.get(key)
        if allowed is not None and value not in allowed:
            raise _fail(f"{value!r} is not one of {sorted(allowed)}", path)
        if key == "urgency" and not 1 <= value <= 9:
            raise _fail(f"urgency must be from 1 to 9, not {value}", path)
        if expected == _ARRAY:
            for i, item in enumerate(value):
                if not isinstance(item, dict):
                    raise _fail(
                        f"items of {key} are objects, not {_json_type(item)}", f"{path}[{i}]"
                    )
                keys = _ITEM_KEYS.get(key)
                extra = sorted(set(item) - keys) if keys is not None else []
                if extra:
                    raise _fail(f"unknown property {extra[0]!r}", f"{path}[{i}]")
                if keys is not None and "value" in keys and not isinstance(item.get("value"), str):
                    raise _fail("'value' is required and must be a string", f"{path}[{i}].value")
                for name in ("name", "rel", "role", "contentType"):
                    if name in item and not isinstance(item[name], str):
                        raise _fail(f"{name} must be a string", f"{path}[{i}].{name}")
    return doc


def _is_json(value: object, expected: str) -> bool:
    return isinstance(value, _TYPES[expected]) and not isinstance(value, bool)


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def loads(data: Document) -> Article:
    """Read a ninjs document (str, bytes or a file) into an Article.

    The body is read from the first HTML body (or, failing that, the first body,
    read as plain text with :func:`newsmodel.parse_text`).
    """
    data = document(data, FORMAT)
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        raise _fail(
            f"malformed JSON: {exc.msg}", f"line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise _fail("malformed JSON: nested too deeply", "$") from None
    except ValueError as exc:  # bytes in no Unicode encoding, a number too long
        raise _fail(json_failure(exc), "$") from None
    doc = _check(doc)
    dates: dict[str, dt.datetime] = {}
    for key in _DATES:
        if key in doc:
            try:
                dates[key] = parse_iso(doc[key])
            except ValueError:
                raise _fail(f"{doc[key]!r} is not an RFC 3339 date-time", f"$.{key}") from None
    headline = _headline(doc.get("headlines", ()))
    people = doc.get("people", ())
    authors = [p["name"] for p in people if p.get("rel") in _AUTHOR_RELS and "name" in p]
    contributors = [p["name"] for p in people if p.get("rel") == "contributor" and "name" in p]
    uri = doc["uri"]
    url = uri if WEB_URL_RE.match(uri) else None
    language = doc.get("language", "en")
    by = doc.get("by")
    byline = HeadByline(by, tuple(authors)) if by else None
    located = doc.get("located")
    dateline = HeadDateline(located, location=located) if located else None
    published = dates.get("contentCreated", dates.get("firstCreated"))
    modified = dates.get("versionCreated")

    index, body = _choose_body(doc.get("bodies", ()))
    builder = ArticleBuilder(FORMAT)
    if body is not None and _is_markup(body):
        refs = {"headline": headline, "by": by}
        builder = _read_body(body["value"], f"$.bodies[{index}].value", refs)
    elif body is not None:
        _plain_body(builder, body["value"])
    return builder.build(
        headline=headline,
        authors=authors or None,
        contributors=contributors,
        published=published,
        modified=modified,
        url=url,
        language=language,
        dateline=dateline,
        byline=byline,
    )


def _headline(headlines: list[dict[str, Any]]) -> str | None:
    for h in headlines:
        if h.get("role") in (None, "main"):
            return str(h["value"])
    return str(headlines[0]["value"]) if headlines else None


def _choose_body(bodies: list[dict[str, Any]]) -> tuple[int, dict[str, Any] | None]:
    for i, b in enumerate(bodies):
        if _is_markup(b) and b.get("role") in (None, "main"):
            return i, b
    for i, b in enumerate(bodies):
        if _is_markup(b):
            return i, b
    return (0, bodies[0]) if bodies else (0, None)


def _is_markup(body: Mapping[str, Any]) -> bool:
    content_type = str(body.get("contentType", "")).lower()
    if content_type:
        return "html" in content_type or "xml" in content_type
    return str(body["value"]).lstrip().startswith("<")


def _plain_body(builder: ArticleBuilder, value: str) -> None:
    from newsmodel.text.parse import parse_text

    article = parse_text(value, quotations=False)
    previous = 0
    for p in article.paragraphs:
        builder.data(value[previous : p.span.start] if previous else "")
        builder.start_block(p.kind)
        builder.data(p.text)
        builder.end_block()
        previous = p.span.end


_BLOCK_ELEMENTS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_VOID_ELEMENTS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_SKIPPED_ELEMENTS = frozenset(
    ["head", "script", "style", "template", "noscript", "svg", "math", "iframe", "object"]
)
_TAG_KINDS = {
    "h1": ParagraphKind.HEADLINE,
    **dict.fromkeys(["h2", "h3", "h4", "h5", "h6"], ParagraphKind.HEADING),
    "figcaption": ParagraphKind.CAPTION,
    "figure": ParagraphKind.CAPTION,
    "blockquote": ParagraphKind.BLOCKQUOTE,
}
_CLOSED_BY_BLOCKS = frozenset(["p"])
_MARK_CLASSES = {role.value: role for role in MarkRole}


class _BodyReader:
    """Feeds an HTML body to an ArticleBuilder, as its elements open and close.

    An element with ``data-ref`` gets the text of the property it names (``refs``) as
    its content (see :func:`body_html`).
    """

    def __init__(
        self, builder: ArticleBuilder, path: str, refs: Mapping[str, str | None] | None = None
    ) -> None:
        self._builder = builder
        self._path = path
        self._refs = refs or {}
        # open elements: (tag, what, kind) where what is "block", "mark", "skip" or "inline"
        self._stack: list[tuple[str, str, ParagraphKind | None]] = []
        self._skipping = 0
        self.position = (1, 0)

    def _block_kind(self) -> ParagraphKind | None:
        for _, what, kind in reversed(self._stack):
            if what == "block":
                return kind
        return None

    def start(self, tag: str, attributes: dict[str, str | None], *, self_closing: bool) -> None:
        if self._skipping:
            if tag in _SKIPPED_ELEMENTS and not self_closing:
                self._stack.append((tag, "skip", None))
                self._skipping += 1
            return
        if tag == "br":
            self._builder.data("\n")
            return
        if tag in _VOID_ELEMENTS:
            return
        if tag in _SKIPPED_ELEMENTS:
            if not self_closing:
                self._stack.append((tag, "skip", None))
                self._skipping += 1
            return
        ref = attributes.pop("data-ref", None)
        if ref is not None and not self_closing and self._refs.get(ref):
            self._start(tag, attributes)
            self._builder.data(self._refs[ref] or "")
            return
        self._start(tag, attributes, self_closing=self_closing)

    def _start(
        self, tag: str, attributes: dict[str, str | None], *, self_closing: bool = False
    ) -> None:
        classes = (attributes.get("class") or "").split()
        if tag in _BLOCK_ELEMENTS:
            self._close_open_paragraph(tag)
            own = next((_CLASS_KINDS[c] for c in classes if c in _CLASS_KINDS), None)
            kind = own or _TAG_KINDS.get(tag) or self._block_kind() or ParagraphKind.BODY
            self._builder.start_block(kind)
            self._stack.append((tag, "block", kind))
            if self_closing:
                self.end(tag)
            return
        role = next((_MARK_CLASSES[c] for c in classes if c in _MARK_CLASSES), None)
        if role is None and tag == "q":
            role = MarkRole.QUOTATION
            attributes.setdefault("data-kind", "direct")
        if role is not None:
            data = {  # names and kinds repeat: share them
                k[5:]: sys.intern(v)
                for k, v in attributes.items()
                if k.startswith("data-") and v is not None
            }
            key = data.pop("id", None)
            self._builder.start_mark(role, key, data, self.position)
            self._stack.append((tag, "mark", None))
            if self_closing:
                self.end(tag)
            return
        if not self_closing:
            self._stack.append((tag, "inline", None))

    def _close_open_paragraph(self, tag: str) -> None:
        """HTML ends an open <p> where a block begins (and an <li> where the next begins)."""
        for i in range(len(self._stack) - 1, -1, -1):
            open_tag, what, _ = self._stack[i]
            if what == "block":
                if open_tag in _CLOSED_BY_BLOCKS or (open_tag == tag and tag in ("li", "dt", "dd")):
                    self.end(open_tag)
                return

    def end(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                while len(self._stack) > i:
                    _, what, _ = self._stack.pop()
                    if what == "block":
                        self._builder.end_block()
                    elif what == "mark":
                        self._builder.end_mark()
                    elif what == "skip":
                        self._skipping -= 1
                return

    def data(self, data: str) -> None:
        if not self._skipping:
            self._builder.data(data)


class _HTMLDriver(HTMLParser):
    """Drives a _BodyReader with the standard library's forgiving HTML parser."""

    def __init__(self, reader: _BodyReader) -> None:
        super().__init__(convert_charrefs=True)
        self._reader = reader

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._reader.position = self.getpos()
        self._reader.start(tag, dict(attrs), self_closing=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._reader.position = self.getpos()
        self._reader.start(tag, dict(attrs), self_closing=True)

    def handle_endtag(self, tag: str) -> None:
        self._reader.end(tag)

    def handle_data(self, data: str) -> None:
        self._reader.data(data)


#: The element the expat reader wraps a body in (it has no meaning to the reader).
_ROOT = "newsmodel-body"


def _read_body(
    value: str, path: str, refs: Mapping[str, str | None] | None = None
) -> ArticleBuilder:
    """Read an HTML body: with expat if it is well-formed XML, with html.parser otherwise."""
    builder = ArticleBuilder(FORMAT, f"{path}, ")
    reader = _BodyReader(builder, path, refs)
    parser = expat.ParserCreate()
    parser.buffer_text = True
    prefix = f"<{_ROOT}>"

    def start(tag: str, attributes: dict[str, str]) -> None:
        line, column = parser.CurrentLineNumber, parser.CurrentColumnNumber
        reader.position = (line, column - len(prefix) if line == 1 else column)
        if tag != _ROOT:
            reader.start(tag, dict(attributes), self_closing=False)

    parser.StartElementHandler = start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.data
    for handler in ("StartDoctypeDeclHandler", "EntityDeclHandler", "ExternalEntityRefHandler"):
        setattr(parser, handler, _not_xml)
    try:
        parser.Parse(prefix, False)
        # in pieces: no second copy of a huge body
        feed_document(
            value, lambda piece: parser.Parse(piece, False), lambda: parser.CurrentByteIndex
        )
        parser.Parse(f"</{_ROOT}>", True)
    except (expat.ExpatError, _NotXMLError, UnicodeEncodeError):  # a lone surrogate
        builder = ArticleBuilder(FORMAT, f"{path}, ")
        driver = _HTMLDriver(_BodyReader(builder, path, refs))
        driver.feed(value)
        driver.close()
    return builder


class _NotXMLError(Exception):
    """The body holds declarations: read it as HTML."""


def _not_xml(*args: object) -> None:
    raise _NotXMLError


register(
    FormatInfo(
        name=FORMAT,
        description="IPTC ninjs 3.1 (JSON); paragraphs and quotations in an HTML body",
        media_type="application/json",
        extension=".ninjs.json",
        writer=dumps,
        reader=loads,
    )
)
