"""IPTC NITF 3.6: the News Industry Text Format, in its namespace.

:func:`dumps` writes a document valid against the NITF 3.6 XSD:

- ``head``: ``title``, ``meta`` (``author``, ``contributor``), ``docdata`` with
  ``doc-id`` and ``date.issue`` (published), ``pubdata`` with the URL,
  ``revision-history`` (modified);
- ``body.head``: ``hedline/hl1`` (headline), ``byline`` with a ``person`` per
  author and ``byttl/org``, ``dateline`` with ``location`` and ``story.date``;
- ``body.content``: ``p`` for body paragraphs, ``hl2`` for subheadings,
  ``media/media-caption`` for captions, ``bq`` for block quotations, ``note`` for
  editors' notes, ``p class="credit"`` (or ``body.end/tagline`` for a closing
  credit line), ``p class="byline|dateline|headline|boilerplate"`` for the rest;
- inline, ``q`` with ``quote-source`` (the speaker) and ``class`` (the kind) for a
  quotation, ``person`` or ``org`` with ``value`` (the speaker's name) for the words
  naming the speaker, ``event class="cue"`` for the cue.

What NITF has no attribute for (speaker kinds, titles, descriptions, the links
between a quotation and its mention and cue, the rule and confidence) is written
in attributes of the namespace :data:`NM_NAMESPACE`, which NITF 3.6 allows on
every element. The whitespace between paragraphs is written as it is in the
article text, so :func:`loads` rebuilds paragraphs, kinds, quotations and their
speakers, headline, byline and dateline.

Reading is streaming and safe (see :mod:`newsmodel.io._xml`); documents without
the namespace (NITF 3.0 to 3.3) are read too.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Mapping
from typing import IO

from newsmodel.errors import FormatError, InputError
from newsmodel.io import _markup
from newsmodel.io._dates import format_nitf, parse_nitf
from newsmodel.io._input import Document, document, file_name, is_file, read_error
from newsmodel.io._markup import ArticleBuilder, HeadByline, HeadDateline, MarkRole
from newsmodel.io._uris import article_uri
from newsmodel.io._xml import XML_INVALID_RE, SafeXMLParser, XMLEscaper
from newsmodel.io.registry import FormatInfo, register
from newsmodel.model import Article, Byline, Dateline, ParagraphKind, QuoteKind, SpeakerKind

__all__ = ["NITF_NAMESPACE", "NM_NAMESPACE", "dumps", "load", "loads"]

FORMAT = "nitf"
NITF_NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/"
#: The namespace of newsmodel's own attributes in NITF documents.
NM_NAMESPACE = "urn:newsmodel:annotation:1"
NITF_VERSION = "-//IPTC//DTD NITF 3.6//EN"

_Write = Callable[[str], None]

#: ``p class=...`` values for paragraph kinds NITF has no element for.
_CLASS_KINDS = {k.value: k for k in ParagraphKind}


def dumps(article: Article) -> str:
    """``article`` as an NITF 3.6 document."""
    esc = XMLEscaper()
    out: list[str] = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    w(
        f'<nitf xmlns="{NITF_NAMESPACE}" xmlns:nm="{NM_NAMESPACE}" version="{NITF_VERSION}" '
        f'change.date="September 11, 2009" change.time="12:26" '
        f'baselang="{esc.attr(article.language)}">\n'
    )
    _head(article, esc, w)
    w("<body>\n")
    _body_head(article, esc, w)
    _body_content(article, esc, w)
    w("</body>\n</nitf>\n")
    if esc.replaced:
        warnings.warn(
            f"nitf: {esc.replaced} character(s) that XML 1.0 cannot carry were written as U+FFFD",
            stacklevel=3,
        )
    return "".join(out)


def _head(article: Article, esc: XMLEscaper, w: _Write) -> None:
    w("  <head>\n")
    if article.headline is not None:
        w(f"    <title>{esc.text(article.headline)}</title>\n")
    for name, values in (("author", article.authors), ("contributor", article.contributors)):
        for value in values:
            w(f'    <meta name="{name}" content="{esc.attr(value)}"/>\n')
    w("    <docdata>\n")
    w(f'      <doc-id id-string="{esc.attr(article_uri(article))}"/>\n')
    if article.published is not None:
        w(f"      <date.issue{_date(article.published, 'published')}/>\n")
    w("    </docdata>\n")
    if article.url:
        w(f'    <pubdata type="web" ex-ref="{esc.attr(article.url)}"/>\n')
    if article.modified is not None:
        w(f"    <revision-history{_date(article.modified, 'modified')}/>\n")
    w("  </head>\n")


def _date(value: dt.datetime, field: str) -> str:
    """The attributes of a date: NITF's ``norm``, to the second with an offset in minutes,
    and ``nm:datetime``, the exact value in ISO 8601, when ``norm`` cannot say it all
    (microseconds, an offset with seconds)."""
    try:
        norm = format_nitf(value)
    except ValueError as exc:
        raise FormatError(str(exc), format=FORMAT, where=field) from None
    exact = value.isoformat()
    if parse_nitf(norm).isoformat() == exact:
        return f' norm="{norm}"'
    return f' norm="{norm}" nm:datetime="{exact}"'


def _body_head(article: Article, esc: XMLEscaper, w: _Write) -> None:
    parts: list[str] = []
    if article.headline is not None:
        parts.append(f"<hedline><hl1>{esc.text(article.headline)}</hl1></hedline>")
    if article.byline is not None:
        parts.append(_byline(article.byline, esc))
    elif article.authors:
        names = ", ".join(f"<person>{esc.text(a)}</person>" for a in article.authors)
        parts.append(f"<byline>{names}</byline>")
    if article.dateline is not None:
        parts.append(_dateline(article.dateline, esc))
    if parts:
        w("<body.head>\n" + "".join(f"  {p}\n" for p in parts) + "</body.head>\n")


def _inline_pieces(text: str, wanted: list[tuple[str | None, str]]) -> list[tuple[int, int, str]]:
    """Where each (value, tag) occurs in ``text``, in order and without overlap; missing ones skipped."""
    pieces: list[tuple[int, int, str]] = []
    position = 0
    for value, tag in wanted:
        if not value:
            continue
        at = text.find(value, position)
        if at >= 0:
            pieces.append((at, at + len(value), tag))
            position = at + len(value)
    return pieces


def _render_pieces(text: str, pieces: list[tuple[int, int, str]], esc: XMLEscaper) -> str:
    out: list[str] = []
    position = 0
    for start, end, tag in pieces:
        out.append(esc.text(text[position:start]))
        opening, closing = _PIECE_TAGS[tag]
        out.append(f"{opening}{esc.text(text[start:end])}{closing}")
        position = end
    out.append(esc.text(text[position:]))
    return "".join(out)


_PIECE_TAGS = {
    "person": ("<person>", "</person>"),
    "org": ("<byttl><org>", "</org></byttl>"),
    "location": ("<location>", "</location>"),
    "date": ("<story.date>", "</story.date>"),
}


def _byline(byline: Byline, esc: XMLEscaper) -> str:
    wanted: list[tuple[str | None, str]] = [(a, "person") for a in byline.authors]
    wanted.append((byline.organisation, "org"))
    pieces = _inline_pieces(byline.text, wanted)
    attributes = ""
    if sum(1 for p in pieces if p[2] == "person") != len(byline.authors):
        pieces = [p for p in pieces if p[2] != "person"]
        authors = json.dumps(list(byline.authors), ensure_ascii=False)
        attributes += f' nm:authors="{esc.attr(authors)}"'
    if byline.organisation and not any(p[2] == "org" for p in pieces):
        attributes += f' nm:organisation="{esc.attr(byline.organisation)}"'
    return f"<byline{attributes}>{_render_pieces(byline.text, pieces, esc)}</byline>"


def _dateline(dateline: Dateline, esc: XMLEscaper) -> str:
    pieces = _inline_pieces(
        dateline.text, [(dateline.location, "location"), (dateline.date, "date")]
    )
    tags = {p[2] for p in pieces}
    attributes = ""
    for name, value, tag in (
        ("location", dateline.location, "location"),
        ("date", dateline.date, "date"),
    ):
        if value and tag not in tags:
            attributes += f' nm:{name}="{esc.attr(value)}"'
    if dateline.source:
        attributes += f' nm:source="{esc.attr(dateline.source)}"'
    return f"<dateline{attributes}>{_render_pieces(dateline.text, pieces, esc)}</dateline>"


_BLOCK_TAGS: dict[ParagraphKind, tuple[str, str]] = {
    ParagraphKind.BODY: ("<p>", "</p>"),
    ParagraphKind.HEADING: ("<hl2>", "</hl2>"),
    ParagraphKind.CAPTION: (
        '<media media-type="image"><media-reference/><media-caption>',
        "</media-caption></media>",
    ),
    ParagraphKind.BLOCKQUOTE: ("<bq><block><p>", "</p></block></bq>"),
    ParagraphKind.EDITORS_NOTE: (
        '<note noteclass="editorsnote"><body.content><p>',
        "</p></body.content></note>",
    ),
}


def _body_content(article: Article, esc: XMLEscaper, w: _Write) -> None:
    text = article.text
    block_list = _markup.blocks(article)
    roles = [MarkRole.QUOTATION, MarkRole.MENTION, MarkRole.CUE]
    base = block_list[0].start if block_list else 0
    # a byline or dateline that body.head's text would not find where it is: marked
    for located, role in ((article.byline, MarkRole.BYLINE), (article.dateline, MarkRole.DATELINE)):
        if located is not None and not _markup.found_by_text(article, base, located):
            roles.append(role)
    marks = _markup.collect_marks(article, roles)
    seen: set[str] = set()
    leaves = frozenset([MarkRole.MENTION, MarkRole.CUE])
    # NITF's person, org and event hold no element, not even nm:char: a mention or cue
    # holding a character XML cannot carry is written as an nm:span.
    spans = {
        m.key for m in marks if m.role in leaves and XML_INVALID_RE.search(text, m.start, m.end)
    } | {m.key for m in marks if m.role in (MarkRole.BYLINE, MarkRole.DATELINE)}
    rendered: list[tuple[str, ParagraphKind, str]] = []
    for block, touching in zip(block_list, _markup.marks_per_block(block_list, marks), strict=True):
        events = _markup.inline(text, block.start, block.end, touching, seen=seen, leaves=leaves)
        content = "".join(_render_event(event, esc, spans) for event in events)
        rendered.append((block.gap, block.kind, content))
    tagline = rendered.pop() if rendered and rendered[-1][1] is ParagraphKind.CREDIT else None
    if rendered or tagline:
        w("<body.content>")
        for gap, kind, content in rendered:
            opening, closing = _BLOCK_TAGS.get(kind, (f'<p class="{kind.value}">', "</p>"))
            w(f"{_gap_before(gap, opening, esc)}{content}{closing}")
        if tagline is not None and _XML_SPACE.issuperset(tagline[0]):
            w(esc.text(tagline[0]))  # the whitespace before the closing credit line
        w("</body.content>\n")
    if tagline is not None:
        opening = _gap_before(tagline[0], '<tagline type="std">', esc, inside=False)
        w(f"<body.end>{opening}{tagline[2]}</tagline></body.end>\n")


#: The characters XML calls white space: all that body.content may hold between blocks.
_XML_SPACE = frozenset(" \t\r\n")


def _gap_before(gap: str, opening: str, esc: XMLEscaper, *, inside: bool = True) -> str:
    """The white space before a block, then the block's opening tags.

    White space XML knows is written as text (``inside`` body.content); other white
    space between paragraphs (a no-break space, an em space, a vertical tab), which
    body.content cannot hold, goes in the block's first element as ``nm:gap``, the
    characters' codes in hexadecimal.
    """
    if _XML_SPACE.issuperset(gap):
        return (esc.text(gap) if inside else "") + opening
    codes = " ".join(f"{ord(c):X}" for c in gap)
    end = opening.index(">")
    return f'{opening[:end]} nm:gap="{codes}"{opening[end:]}'


def _mark_tag(mark: _markup.Mark) -> str:
    if mark.role is MarkRole.QUOTATION:
        return "q"
    if mark.role is MarkRole.CUE:
        return "event"
    kind = dict(mark.data).get("speaker-kind")
    return "org" if kind == SpeakerKind.ORGANISATION.value else "person"


def _render_event(event: _markup.Event, esc: XMLEscaper, spans: set[str]) -> str:
    if isinstance(event, str):
        return esc.content(event, "nm:char")
    demoted = event.demoted or event.mark.key in spans
    if isinstance(event, _markup.Close):
        return "</nm:span>" if demoted else f"</{_mark_tag(event.mark)}>"
    mark = event.mark
    data = dict(mark.data)
    attributes: list[tuple[str, str]] = []
    if demoted:  # a mention or cue that holds another here: a container of our own
        attributes = [("nm:role", mark.role.value), ("nm:id", mark.key)]
        if event.first:
            attributes += [(f"nm:{k}", v) for k, v in data.items()]
        rendered = "".join(f' {k}="{esc.attr(v)}"' for k, v in attributes)
        return f"<nm:span{rendered}>"
    if mark.role is MarkRole.QUOTATION:
        attributes.append(("class", data.pop("kind", QuoteKind.DIRECT.value)))
        if "speaker" in data:
            attributes.append(("quote-source", data.pop("speaker")))
    elif mark.role is MarkRole.CUE:
        attributes.append(("class", "cue"))
    else:
        if "speaker" in data:
            attributes.append(("value", data.pop("speaker")))
        data.pop("speaker-kind", None)
    attributes.append(("nm:id", mark.key))
    if event.first:
        attributes += [(f"nm:{k}", v) for k, v in data.items()]
    rendered = "".join(f' {k}="{esc.attr(v)}"' for k, v in attributes)
    return f"<{_mark_tag(mark)}{rendered}>"


# --- reading -----------------------------------------------------------------------------

#: Elements whose text is a paragraph, with the kind they give it (None: from the context).
_BLOCKS: Mapping[str, ParagraphKind | None] = {
    "p": None,
    "hl2": ParagraphKind.HEADING,
    "media-caption": ParagraphKind.CAPTION,
    "media-producer": ParagraphKind.CREDIT,
    "tagline": ParagraphKind.CREDIT,
    "credit": ParagraphKind.CREDIT,
    "li": None,
    "dt": None,
    "dd": None,
    "td": None,
    "th": None,
    "caption": None,
    "pre": None,
    "block": None,
    "bq": ParagraphKind.BLOCKQUOTE,
    "note": ParagraphKind.EDITORS_NOTE,
    "media": ParagraphKind.CAPTION,
    "fn": None,
    "table": None,
    "tr": None,
    "ol": None,
    "ul": None,
    "dl": None,
}
#: Elements whose content is no article text.
_SKIPPED = frozenset(
    ["media-reference", "media-object", "media-metadata", "nitf-table-metadata", "bibliography"]
)
#: Parts of body.head that are not read.
_HEAD_SKIPPED = frozenset(["abstract", "note", "rights", "distributor", "series"])
#: Elements that mark a speaker mention when they carry newsmodel's id.
_MENTION_TAGS = frozenset(["person", "org", "object.title"])


class _Reader:
    """Receives the parser's events and feeds the ArticleBuilder."""

    def __init__(self) -> None:
        self.parser = SafeXMLParser(self, format=FORMAT)
        self.builder = ArticleBuilder(FORMAT)
        # per open element: (local name, what it did: block/mark/skip/flow/capture/other)
        self._stack: list[tuple[str, tuple[str, ...]]] = []
        # how many elements of each name are open: "inside" asks it in constant time,
        # however deep the nesting
        self._open_names: Counter[str] = Counter()
        self._flow = 0  # depth of body.content / body.end / deck hl2: text goes to the builder
        self._skip = 0
        # text being collected for head elements, innermost last: (name, pieces)
        self._captures: list[tuple[str, list[str]]] = []
        self._kinds: list[ParagraphKind | None] = []
        self.headline: str | None = None
        self.title: str | None = None
        self.authors: list[str] = []
        self.contributors: list[str] = []
        self.published: dt.datetime | None = None
        self.modified: dt.datetime | None = None
        self.url: str | None = None
        self.language = "en"
        self.byline: HeadByline | None = None
        self.dateline: HeadDateline | None = None
        self._byline_parts: dict[str, list[str]] = {"person": [], "org": [], "byttl": []}
        self._byline_attrs: dict[str, str] | None = None
        self._dateline_parts: dict[str, str] = {}
        self._dateline_attrs: dict[str, str] | None = None
        self._seen_root = False

    # --- helpers
    def _inside(self, name: str) -> bool:
        return self._open_names[name] > 0

    def _capturing(self, name: str) -> bool:
        return any(n == name for n, _ in self._captures)

    def _capture(self, name: str) -> tuple[str, ...]:
        self._captures.append((name, []))
        return ("capture:" + name,)

    def _date(self, value: str | None) -> dt.datetime | None:
        if not value:
            return None
        try:
            return parse_nitf(value)
        except ValueError:
            self.parser.fail(f"{value!r} is not a date (YYYYMMDDTHHMMSS±HHMM)")

    # --- parser events
    def start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(" ")
        attrs = _attributes(attributes)
        if not self._seen_root:
            self._seen_root = True
            if local != "nitf" or namespace not in ("", NITF_NAMESPACE):
                where = f" in namespace {namespace}" if namespace else ""
                self.parser.fail(f"the root element is <{local}>{where}, not NITF's <nitf>")
            self.language = attrs.get("baselang") or attrs.get("lang") or "en"
        if namespace == NM_NAMESPACE and local in ("span", "char"):
            local = "{nm:" + local + "}"
        elif namespace not in ("", NITF_NAMESPACE):
            local = "{foreign}"
        self._stack.append((local, self._open(local, attrs)))
        self._open_names[local] += 1

    def _open(self, local: str, attrs: dict[str, str]) -> tuple[str, ...]:
        if self._skip:
            self._skip += 1
            return ("skip",)
        done: tuple[str, ...] = ()
        if local == "br" and self._flow:
            self.builder.data("\n")
            return done
        if local == "{nm:char}":
            self._character(attrs.get("code", ""))
            return done
        if local in _SKIPPED or (local in _HEAD_SKIPPED and self._inside("body.head")):
            self._skip += 1
            return ("skip",)
        if local in ("body.content", "body.end") or (local == "hl2" and self._inside("hedline")):
            self._flow += 1
            done += ("flow",)
        if self._flow:
            done += self._open_flow(local, attrs)
        elif self._inside("head") or local == "head":
            done += self._open_head(local, attrs)
        elif self._inside("body.head"):
            done += self._open_body_head(local, attrs)
        return done

    def _character(self, code: str) -> None:
        """A character XML cannot carry, written as <nm:char code="hex"/>."""
        try:
            character = chr(int(code, 16))
        except (ValueError, OverflowError):
            self.parser.fail(f"nm:char has no character code in hex: {code!r}")
        if self._flow:
            self.builder.data(character)
        for _, pieces in self._captures:
            pieces.append(character)

    def _gap(self, codes: str) -> None:
        """The white space before a block, written as nm:gap="A0 A" (see _gap_before)."""
        try:
            gap = "".join(chr(int(code, 16)) for code in codes.split())
        except (ValueError, OverflowError):
            self.parser.fail(f"nm:gap holds no character codes in hex: {codes!r}")
        if not gap.isspace():
            self.parser.fail(f"nm:gap holds more than white space: {codes!r}")
        self.builder.data(gap)

    def _open_head(self, local: str, attrs: dict[str, str]) -> tuple[str, ...]:
        if local == "title":
            return self._capture("title")
        if local == "meta":
            if attrs.get("name") == "author":
                self.authors.append(attrs.get("content", ""))
            elif attrs.get("name") == "contributor":
                self.contributors.append(attrs.get("content", ""))
        elif local == "date.issue":
            self.published = self._date(attrs.get("nm:datetime") or attrs.get("norm"))
        elif local == "revision-history" and attrs.get("norm"):
            self.modified = self._date(attrs.get("nm:datetime") or attrs.get("norm"))
        elif local == "pubdata" and attrs.get("ex-ref") and self.url is None:
            self.url = attrs["ex-ref"]
        return ()

    def _open_body_head(self, local: str, attrs: dict[str, str]) -> tuple[str, ...]:
        if local == "hl1" and self._inside("hedline") and self.headline is None:
            return self._capture("hl1")
        if local == "byline" and self._byline_attrs is None:
            self._byline_attrs = attrs
            return self._capture("byline")
        if local in ("person", "org", "byttl") and self._capturing("byline"):
            return self._capture(local)
        if local == "dateline" and self._dateline_attrs is None:
            self._dateline_attrs = attrs
            return self._capture("dateline")
        if local in ("location", "story.date") and self._capturing("dateline"):
            return self._capture(local)
        return ()

    def _open_flow(self, local: str, attrs: dict[str, str]) -> tuple[str, ...]:
        if local in _BLOCKS:
            if "nm:gap" in attrs:
                self._gap(attrs["nm:gap"])
            own = _BLOCKS[local]
            if own is None and local == "p":
                classes = attrs.get("class", "").split()
                own = next((_CLASS_KINDS[c] for c in classes if c in _CLASS_KINDS), None)
            # each open block holds its own kind or the one it inherited, so the innermost
            # holds the kind a new block inherits (constant time however deep the nesting)
            inherited = self._kinds[-1] if self._kinds else None
            kind = own or inherited or ParagraphKind.BODY
            self._kinds.append(own or inherited)
            self.builder.start_block(kind)
            return ("block",)
        role = None
        if local == "{nm:span}":
            try:
                role = MarkRole(attrs.get("nm:role", ""))
            except ValueError:
                self.parser.fail(f"unknown nm:role {attrs.get('nm:role')!r}")
            attrs = {k: v for k, v in attrs.items() if k != "nm:role"}
        elif local == "q":
            role = MarkRole.QUOTATION
        elif "nm:id" in attrs and local in _MENTION_TAGS:
            role = MarkRole.MENTION
        elif local == "event" and ("nm:id" in attrs or attrs.get("class") == "cue"):
            role = MarkRole.CUE
        if role is None:
            return ()
        data = {k: v for k, v in attrs.items() if k.startswith("nm:")}
        data = {k[3:]: v for k, v in data.items()}
        if role is MarkRole.QUOTATION:
            quote_kind = attrs.get("class", "")
            data["kind"] = quote_kind if quote_kind in _QUOTE_KINDS else data.get("kind", "direct")
            if attrs.get("quote-source"):
                data["speaker"] = attrs["quote-source"]
        key = data.pop("id", None)
        self.builder.start_mark(role, key, data, self.parser.position)
        return ("mark",)

    def end(self, name: str) -> None:
        local, done = self._stack.pop()
        self._open_names[local] -= 1
        for what in done:
            if what == "skip":
                self._skip -= 1
            elif what == "flow":
                self._flow -= 1
            elif what == "block":
                self._kinds.pop()
                self.builder.end_block()
            elif what == "mark":
                self.builder.end_mark()
            elif what.startswith("capture:"):
                self._finish_capture(what[8:])

    def _finish_capture(self, name: str) -> None:
        _, pieces = self._captures.pop()
        text = "".join(pieces)
        if name == "title":
            self.title = text.strip()
        elif name == "hl1":
            self.headline = text.strip()
        elif name in ("person", "org", "byttl"):
            self._byline_parts[name].append(text.strip())
        elif name in ("location", "story.date"):
            self._dateline_parts.setdefault(name, text.strip())
        elif name == "byline":
            self._finish_byline(text.strip())
        elif name == "dateline":
            self._finish_dateline(text.strip())

    def _finish_byline(self, text: str) -> None:
        attrs = self._byline_attrs or {}
        parts = self._byline_parts
        authors: list[str] = parts["person"]
        if "nm:authors" in attrs:
            try:
                names = json.loads(attrs["nm:authors"])
            except ValueError:
                names = None
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                self.parser.fail("nm:authors must be a JSON list of names")
            authors = names
        organisation = attrs.get("nm:organisation") or next(
            iter(parts["org"] or parts["byttl"]), None
        )
        if text:
            self.byline = HeadByline(text, tuple(authors), organisation or None)

    def _finish_dateline(self, text: str) -> None:
        attrs = self._dateline_attrs or {}
        parts = self._dateline_parts
        if text:
            self.dateline = HeadDateline(
                text,
                location=parts.get("location") or attrs.get("nm:location"),
                source=attrs.get("nm:source"),
                date=parts.get("story.date") or attrs.get("nm:date"),
            )

    def data(self, text: str) -> None:
        if self._skip:
            return
        for _, pieces in self._captures:
            pieces.append(text)
        if self._flow and not self._captures:
            self.builder.data(text)

    def article(self) -> Article:
        if not self._seen_root:
            raise FormatError("the document is empty", format=FORMAT)
        return self.builder.build(
            headline=self.headline or self.title or None,
            authors=self.authors or None,
            contributors=self.contributors,
            published=self.published,
            modified=self.modified,
            url=self.url,
            language=self.language,
            dateline=self.dateline,
            byline=self.byline,
        )


_QUOTE_KINDS = frozenset(k.value for k in QuoteKind)


def _attributes(attributes: Mapping[str, str]) -> dict[str, str]:
    """Attribute names without namespaces, newsmodel's prefixed with ``nm:``."""
    found: dict[str, str] = {}
    for name, value in attributes.items():
        namespace, _, local = name.rpartition(" ")
        if len(value) <= _INTERNED:  # names and kinds repeat: share them
            value = sys.intern(value)
        if namespace == NM_NAMESPACE:
            found["nm:" + local] = value
        elif namespace in ("", NITF_NAMESPACE, "http://www.w3.org/XML/1998/namespace"):
            found[local] = value
    return found


#: The longest attribute value shared through sys.intern (a name or a kind, not a huge value).
_INTERNED = 200


def loads(data: Document) -> Article:
    """Read an NITF document (str, bytes or a file) into an Article, streaming it through a
    safe parser."""
    if is_file(data):
        return load(data)  # type: ignore[arg-type]
    reader = _Reader()
    reader.parser.parse_document(document(data, FORMAT))
    return reader.article()


def load(source: IO[str] | IO[bytes]) -> Article:
    """Read an NITF document from a file object, a piece at a time."""
    reader = _Reader()

    def read(size: int) -> str | bytes:
        try:
            return source.read(size)
        except UnicodeDecodeError as exc:  # a text file opened in another encoding
            raise FormatError(f"the file is not {exc.encoding}", format=FORMAT) from None
        except (OSError, ValueError) as exc:  # ValueError: a closed file
            raise InputError(
                f"the file cannot be read: {read_error(exc)}", source=file_name(source)
            ) from None

    reader.parser.parse_file(read)
    return reader.article()


register(
    FormatInfo(
        name=FORMAT,
        description="IPTC NITF 3.6 (XML) with quotations and speakers inline",
        media_type="text/vnd.IPTC.NITF",
        extension=".nitf.xml",
        writer=dumps,
        reader=loads,
    )
)
