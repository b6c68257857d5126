"""parse_html: a news web page to an Article.

The steps, each in its own module:

1. bytes become text (:mod:`newsmodel.html._decode`); text that is binary data or
   holds no markup is refused with :class:`~newsmodel.errors.InputError`;
2. lxml parses the page (:mod:`newsmodel.html._extract`, the only module calling the
   untyped libraries) and :mod:`newsmodel.html._metadata` reads the headline,
   authors, dates, language and address from meta tags, JSON-LD, ``<time>`` and
   byline elements;
3. captions (``<figcaption>``, caption classes) are marked so that they survive
   extraction, and page furniture trafilatura tends to keep (share bars, newsletter
   boxes, related links) is pruned by its classes (:mod:`newsmodel.html._furniture`);
4. trafilatura finds the main text; its XML (paragraphs, headings, quotes, lists,
   tables) becomes blocks with their kinds: ``<h2>``-``<h6>`` HEADING, captions
   CAPTION, ``<blockquote>`` BODY (a quoted passage in a news story is part of its
   body, and the quotation engine reads it as such), anything else left for
   :func:`~newsmodel.text.parse.parse_blocks` to classify (body, dateline,
   credit ...);
5. blocks that are page furniture by their words ("Advertisement", "Sign up for our
   newsletter", "Read more: ...") are dropped, and the headline repeated at the top;
6. when no block reads as prose (a paragraph, not a menu, whose words are not mostly
   the words of the page's links and menus), the page is extracted again as
   trafilatura's own cascade would: from the page as it is, favouring recall, then
   with trafilatura's baseline; a page where neither finds prose has no article
   (InputError);
7. the blocks, joined by blank lines, are the Article's text, and parse_blocks
   builds the Article and runs the quotation engine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping

import attrs
import regex

from newsmodel.errors import InputError
from newsmodel.html._decode import decode_page, looks_binary
from newsmodel.html._extract import (
    ExtractorSettings,
    baseline_body,
    extract_body,
    libraries,
    load_tree,
    quiet,
)
from newsmodel.html._furniture import (
    AUTHOR_BIO_RE,
    CAPTION_MARK,
    Action,
    Navigation,
    is_navigation,
    judge,
    mark_captions,
    navigation,
    prune_furniture,
)
from newsmodel.html._metadata import PageMetadata, page_metadata
from newsmodel.html._tree import Node, clean_space, tag_of
from newsmodel.model import Article, Gender, ParagraphKind, Span, Stance
from newsmodel.quotes.engine import DEFAULT_STANCES
from newsmodel.text.byline import find_byline
from newsmodel.text.parse import parse_blocks

#: The kind of a block quotation's paragraphs: the body, since the passages news pages
#: set in <blockquote> (statements, posts, letters) are part of the story.
QUOTED = ParagraphKind.BODY

__all__ = ["SETTINGS", "Block", "page_blocks", "parse_html"]

#: The extractor settings parse_html uses, chosen on the tuning half of the benchmark.
SETTINGS = ExtractorSettings()

#: Markup is "<" followed by a letter, "/", "!" or "?": plain text has none.
_MARKUP_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/!?")
_PARAGRAPH_SEPARATOR = "\n\n"
_STANDFIRST_WORDS = 8
_MIN_ARTICLE_WORDS = 6
_MIN_ARTICLE_CHARACTERS = 40
#: What a sentence ends with, closing quotes and brackets included.
_SENTENCE_END = frozenset(".!?…。！？؟।\"'”’»)")
_BIO_WINDOW = 4
_MAX_BIO = 400
#: What follows an author's name at the start of their biography.
_BIO_VERB_RE = regex.compile(r"(?:is|was|has|covers|writes|reports|joined|lives)\b")


@attrs.frozen
class Block:
    """A paragraph of the extracted text, its kind if the markup tells it, and where it came from.

    ``source`` is the extractor's element: "p", "head", "quote", "item", "row",
    "caption", "code".
    """

    text: str
    kind: ParagraphKind | None
    source: str


def parse_html(
    html: str | bytes | bytearray | memoryview,
    *,
    url: str | None = None,
    published: dt.datetime | None = None,
    language: str | None = None,
    quotations: bool = True,
    stances: Stance | str | Collection[Stance | str] = DEFAULT_STANCES,
    people: bool | None = None,
    genders: Mapping[str, Gender | str] | None = None,
) -> Article:
    """Parse a news web page into an Article.

    ``html`` is the page as text, or as bytes (or a bytearray or memoryview) in
    whatever encoding it declares (or gzip-compressed). ``url`` is the page's
    address (else the page's canonical link or og:url), ``published`` overrides the
    date the page states, and ``language`` the language it declares.
    ``quotations=False`` skips the quotation engine (and the people stage, unless
    ``people=True``), ``people=False`` the people stage alone; ``stances`` and
    ``genders`` are as for :func:`~newsmodel.parse_text`.

    Article.text is the article's text as extracted, its paragraphs separated by
    a blank line; the headline, authors and dates come from the page's metadata.

    Raises :class:`~newsmodel.errors.InputError` for a page that is empty, binary,
    not HTML, or has no article text, and
    :class:`~newsmodel.errors.MissingDependencyError` without the ``html`` extra.
    """
    libraries()
    text = _as_text(html)
    with quiet():
        meta, blocks = page_blocks(text, url=url)
    article_text, spans = _assemble(blocks)
    return parse_blocks(
        article_text,
        spans,
        headline=meta.headline,
        url=url or meta.url,
        published=published or meta.published,
        modified=meta.modified,
        authors=meta.authors,
        language=language or meta.language or "en",
        quotations=quotations,
        stances=stances,
        people=people,
        genders=genders,
    )


def page_blocks(text: str, *, url: str | None = None) -> tuple[PageMetadata, list[Block]]:
    """The page's metadata and the blocks of its main text, furniture removed.

    Raises InputError for a page that is not HTML or has no article text.
    """
    if looks_binary(text):
        raise InputError("the input is binary data, not a web page")
    if not _has_markup(text):
        raise InputError("the input is not HTML (no markup in it); use parse_text for plain text")
    text = _as_document(text.replace(CAPTION_MARK, ""))
    tree = _tree(text)
    meta = page_metadata(tree)
    links = navigation(tree)
    mark_captions(tree)
    prune_furniture(tree)
    page_url = url or meta.url
    blocks = _clean(_extract(lambda: extract_body(tree, url=page_url, settings=SETTINGS)), meta)
    if not any(_is_prose(b, links) for b in blocks):
        blocks = _fallback(text, meta, page_url, links)
    if not blocks:
        raise InputError("no article text found on the page")
    return meta, blocks


def _tree(text: str) -> Node:
    try:
        tree = load_tree(text)
    except (ValueError, TypeError, RecursionError) as err:
        raise InputError(f"the page cannot be parsed as HTML: {err}") from None
    if tree is None:
        raise InputError("the page cannot be parsed as HTML: no document in it")
    return tree


def _extract(extractor: Callable[[], Node | None]) -> list[Block]:
    """The blocks of what an extractor finds; its failures are the page's InputError."""
    try:
        body = extractor()
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError) as err:
        raise InputError(f"the extractor failed on this page: {err}") from None
    return _blocks(body) if body is not None else []


def _fallback(text: str, meta: PageMetadata, url: str | None, links: Navigation) -> list[Block]:
    """When the story is not where parse_html looks (in list items or headings, inside an
    element whose class reads as furniture or a caption), fall back as trafilatura's own
    cascade does: extract again from the page as it is, favouring recall, then take
    trafilatura's baseline (JSON-LD articleBody, ``<article>``, the page's paragraphs).
    The first whose blocks read as prose, of whatever element, gives the article, its
    headings that read as sentences made plain paragraphs; a page without any (a menu)
    gives none, and neither does one whose only prose is the text of its links."""
    recall = attrs.evolve(SETTINGS, favor_recall=True)
    for extractor in (
        lambda: extract_body(_tree(text), url=url, settings=recall),
        lambda: baseline_body(text),
    ):
        blocks = _clean(_extract(extractor), meta)
        if any(
            _reads_as_prose(b.text) and not is_navigation(b.text, links)
            for b in blocks
            if b.kind is not ParagraphKind.CAPTION
        ):
            return [_plain_if_prose(b) for b in blocks]
    return []


def _is_prose(block: Block, links: Navigation) -> bool:
    """Whether a block can carry an article: a paragraph (no list item, heading or caption)
    that reads as prose and is not mostly the words of the page's links and menus."""
    return (
        block.kind in {None, QUOTED}
        and block.source != "item"
        and _reads_as_prose(block.text)
        and not is_navigation(block.text, links)
    )


def _reads_as_prose(text: str) -> bool:
    """Whether a text reads as running text, not a menu: a few words at least (or a long
    run of a script written without spaces), ending as a sentence ends or mostly in words
    that do not begin with a capital ("Home News Sport Weather About us" does neither)."""
    words = text.split()
    if len(words) < _MIN_ARTICLE_WORDS:
        return len(text) >= _MIN_ARTICLE_CHARACTERS and len(words) <= 2
    uncapitalised = sum(1 for w in words if not w[0].isupper())
    return text.rstrip()[-1] in _SENTENCE_END or 3 * uncapitalised >= len(words)


def _plain_if_prose(block: Block) -> Block:
    """A heading that reads as a sentence, found by a fallback, is left to parse_blocks."""
    if block.kind is ParagraphKind.HEADING and _reads_as_prose(block.text):
        return attrs.evolve(block, kind=None)
    return block


def _as_text(html: str | bytes | bytearray | memoryview) -> str:
    if isinstance(html, str):
        if not html.strip():
            raise InputError("the page is empty")
        return html
    if isinstance(html, (bytes, bytearray, memoryview)):
        return decode_page(bytes(html))
    raise InputError(f"parse_html takes a page as str or bytes, not {type(html).__name__}")


def _has_markup(text: str) -> bool:
    start = text.find("<")
    while start != -1 and start + 1 < len(text):
        if text[start + 1] in _MARKUP_CHARS:
            return True
        start = text.find("<", start + 1)
    return False


def _as_document(text: str) -> str:
    """A fragment ("<p>...</p><p>...</p>") wrapped into a document lxml and trafilatura accept."""
    head = text[:2048].lower()
    if "<html" in head or "<body" in head:
        return text
    return f"<html><body><article>{text}</article></body></html>"


# -- from the extractor's XML to blocks --------------------------------------------------------


def _blocks(body: Node) -> list[Block]:
    blocks: list[Block] = []
    _walk_container(body, blocks, in_quote=False, source="p")
    return blocks


def _walk(node: Node, blocks: list[Block], *, in_quote: bool) -> None:
    tag = tag_of(node)
    if tag in {"", "graphic", "lb"}:
        return
    if tag == "head":
        rend = (node.get("rend") or "h2").lower()
        _add(blocks, _lines(node), ParagraphKind.HEADING, "h1" if rend == "h1" else "head")
    elif tag == "quote":
        if any(tag_of(c) in {"p", "list", "head", "quote", "table"} for c in node):
            lead = clean_space(node.text or "")
            if lead:
                blocks.append(Block(lead, QUOTED, "quote"))
            for child in node:
                _walk(child, blocks, in_quote=True)
                _tail(child, blocks, QUOTED)
        else:
            _add(blocks, _lines(node), QUOTED, "quote")
    elif tag == "list":
        for item in node:
            if tag_of(item) == "item":
                if any(tag_of(c) == "list" for c in item):
                    _walk_container(item, blocks, in_quote=in_quote, source="item")
                else:
                    _add(blocks, _lines(item), _quoted(in_quote), "item")
            else:
                _walk(item, blocks, in_quote=in_quote)
    elif tag == "table":
        for row in node.iter("row"):
            cells = [" ".join(_lines(cell)) for cell in row if tag_of(cell) == "cell"]
            line = " | ".join(c for c in cells if c)
            if line:
                blocks.append(Block(line, _quoted(in_quote), "row"))
    elif tag in {"div", "main", "article", "section", "item"}:
        _walk_container(node, blocks, in_quote=in_quote, source="p")
    else:
        _add(blocks, _lines(node), _quoted(in_quote), tag or "p")


def _walk_container(node: Node, blocks: list[Block], *, in_quote: bool, source: str) -> None:
    lead = clean_space(node.text or "")
    if lead:
        blocks.append(Block(lead, _quoted(in_quote), source))
    for child in node:
        _walk(child, blocks, in_quote=in_quote)
        _tail(child, blocks, _quoted(in_quote))


def _tail(node: Node, blocks: list[Block], kind: ParagraphKind | None) -> None:
    tail = clean_space(node.tail or "")
    if tail:
        blocks.append(Block(tail, kind, "p"))


def _quoted(in_quote: bool) -> ParagraphKind | None:
    return QUOTED if in_quote else None


def _lines(node: Node) -> list[str]:
    """The text of an element, split at its line breaks (``<lb/>``), whitespace collapsed."""
    lines: list[str] = []
    current: list[str] = [node.text or ""]

    def visit(element: Node) -> None:
        for child in element:
            if tag_of(child) == "lb":
                lines.append("".join(current))
                current.clear()
            else:
                current.append(child.text or "")
                visit(child)
            current.append(child.tail or "")

    visit(node)
    lines.append("".join(current))
    return [c for c in (clean_space(line) for line in lines) if c]


def _add(blocks: list[Block], lines: list[str], kind: ParagraphKind | None, source: str) -> None:
    for line in lines:
        if line.startswith(CAPTION_MARK):
            caption = clean_space(line.replace(CAPTION_MARK, ""))
            if caption:
                blocks.append(Block(caption, ParagraphKind.CAPTION, "caption"))
        else:
            line = clean_space(line.replace(CAPTION_MARK, ""))
            if line:
                blocks.append(Block(line, kind, source))


# -- cleaning -------------------------------------------------------------------------------


def _clean(blocks: list[Block], meta: PageMetadata) -> list[Block]:
    kept: list[Block] = []
    for block in blocks:
        if _is_headline_copy(block, meta):
            continue
        rule = judge(block.text) if block.kind is not ParagraphKind.CAPTION else None
        if rule is None and block.kind is ParagraphKind.HEADING and _is_byline(block.text):
            kept.append(attrs.evolve(block, kind=ParagraphKind.BYLINE))
        elif rule is None:
            kept.append(block)
        elif rule.action is Action.CAPTION:
            kept.append(attrs.evolve(block, kind=ParagraphKind.CAPTION))
    while kept and kept[-1].kind is ParagraphKind.HEADING:
        kept.pop()
    return _drop_author_bio(_mark_standfirst(kept), meta.authors)


def _is_byline(text: str) -> bool:
    """Whether a heading of the page is a byline ("By Jane Doe, BBC News, New York")."""
    found = find_byline(text, 0, len(text), top=False)
    return found is not None and bool(found.authors)


def _mark_standfirst(blocks: list[Block]) -> list[Block]:
    """Headings before the first paragraph that read as sentences are the standfirst (dek),
    which goes with the headline, not the body."""
    out = list(blocks)
    for i, block in enumerate(out):
        if block.kind is not ParagraphKind.HEADING:
            break
        if len(block.text.split()) >= _STANDFIRST_WORDS:
            out[i] = attrs.evolve(block, kind=ParagraphKind.HEADLINE)
    return out


def _drop_author_bio(blocks: list[Block], authors: tuple[str, ...]) -> list[Block]:
    """Drop a short paragraph about the author among the last few: "Jane Doe is a reporter ..."."""
    out = list(blocks)
    for i in range(len(out) - 1, max(-1, len(out) - 1 - _BIO_WINDOW), -1):
        block = out[i]
        if block.kind is not None or len(block.text) > _MAX_BIO:
            continue
        by_author = any(
            block.text.startswith(name + " ") and _BIO_VERB_RE.match(block.text, len(name) + 1)
            for name in authors
        )
        if by_author or AUTHOR_BIO_RE.match(block.text):
            del out[i]
    return out


def _is_headline_copy(block: Block, meta: PageMetadata) -> bool:
    if block.source == "h1":
        return True
    if block.kind is not ParagraphKind.HEADING:
        return False
    folded = block.text.casefold()
    return any(h is not None and h.casefold() == folded for h in (meta.headline, meta.h1))


def _assemble(blocks: list[Block]) -> tuple[str, list[tuple[Span, ParagraphKind | None]]]:
    parts: list[str] = []
    spans: list[tuple[Span, ParagraphKind | None]] = []
    offset = 0
    for block in blocks:
        if parts:
            offset += len(_PARAGRAPH_SEPARATOR)
        parts.append(block.text)
        spans.append((Span(offset, offset + len(block.text)), block.kind))
        offset += len(block.text)
    return _PARAGRAPH_SEPARATOR.join(parts), spans
