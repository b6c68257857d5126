"""What a page says about its article: headline, authors, dates, language, address.

Pages state these in several places, which often disagree a little. Each is read
from the sources below, the first that gives a usable value winning:

- headline: the page's ``<h1>`` when a meta title confirms it (it is what readers
  see), else JSON-LD ``headline``, ``og:title``, ``twitter:title``, the ``<h1>``, and
  ``<title>`` without the site's name;
- authors: JSON-LD ``author`` (people, not organisations), byline elements
  (``rel=author``, ``itemprop=author``, ``class="byline"`` ...), ``<meta name=author>``;
- published and modified: JSON-LD ``datePublished`` / ``dateModified``,
  ``article:published_time`` / ``article:modified_time`` and kin, ``<time datetime>``;
- language: ``<html lang>``, ``og:locale``, ``Content-Language``, JSON-LD ``inLanguage``;
- url: ``<link rel=canonical>``, ``og:url``, JSON-LD ``url``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator

import attrs
import regex

from newsmodel.html._dates import parse_datetime
from newsmodel.html._tree import Node, attribute, clean_space, tag_of, text_of

__all__ = [
    "ARTICLE_TYPES",
    "PageMetadata",
    "clean_author_names",
    "is_article",
    "ld_people",
    "page_metadata",
    "strip_site_name",
]

#: schema.org types whose JSON-LD describes the article itself, in lower case.
ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "scholarlyarticle",
        "techarticle",
        "report",
        "satiricalarticle",
        "advertisercontentarticle",
    }
)

_TITLE_KEYS = ("og:title", "twitter:title", "title", "sailthru.title", "dc.title", "headline")
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "byl",
    "sailthru.author",
    "parsely-author",
    "dc.creator",
    "citation_author",
    "dcterms.creator",
)
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publish-date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
_MODIFIED_KEYS = (
    "article:modified_time",
    "og:article:modified_time",
    "datemodified",
    "og:updated_time",
    "article.updated",
    "lastmod",
    "last-modified",
    "dcterms.modified",
)
_LANGUAGE_KEYS = ("content-language", "og:locale", "dc.language", "language", "inlanguage")

#: Separators between a headline and the site's name in ``<title>`` and og:title.
TITLE_SEPARATOR_RE = regex.compile(r"\s+[|\-–—:·•»/]{1,2}\s+")
#: "By", "Written by", "Words by", "Posted by" before names in a byline.
BY_PREFIX_RE = regex.compile(
    r"\A\s*(?:(?:written|words|posted|reported|story|text|article)\s+)?by\s*:?\s+",
    regex.IGNORECASE,
)
#: Separators between names: commas, "and", "&", semicolons, slashes, pipes, line breaks.
NAME_SEPARATOR_RE = regex.compile(r"\s*(?:,|;|\||/|&|\band\b|\n)\s*", regex.IGNORECASE)
#: A word of a person's name: capitalised (with hyphens, apostrophes, initials) or a particle.
NAME_WORD_RE = regex.compile(
    r"\A(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|(?:de|da|del|della|der|den|di|du|la|le|van|von|bin|ibn|al|el|dos|das|y|e|ter|ten|st\.?)|(?:al|el)-\p{Lu}[\p{L}'’-]*|Mc\p{Lu}[\p{L}'’-]*|Mac\p{Lu}[\p{L}'’-]*)\Z"
)
#: Words that make a byline fragment something other than a person's name.
NOT_A_NAME_RE = regex.compile(
    r"\b(?:staff|reporter|reporters|correspondent|editor|editors|editorial|team|desk|news|"
    r"newsroom|press|associated|reuters|agency|agencies|wire|service|services|updated|"
    r"writer|writers|political|national|senior|chief|producer|photographer|"
    r"published|posted|contributor|contributors|opinion|columnist|guest|author|authors|"
    r"admin|media|magazine|times|post|journal|daily|online|digital|group|inc|ltd|llc|"
    r"follow|twitter|email|facebook|more|view|all|articles|read|bio|about|share)\b",
    regex.IGNORECASE,
)
#: A weekday or month glued to the end of a name in a byline ("Jane Doe Monday, Nov 18").
TRAILING_DATE_RE = regex.compile(
    r"\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|updated|published)\b.*\Z",
    regex.IGNORECASE | regex.DOTALL,
)
#: The outlet after a name in a byline: "John Roe For The Daily Mail", "Ann Lee for CNN".
FOR_OUTLET_RE = regex.compile(r"\s+(?i:for)\s+(?:(?i:the)\s+)?\p{Lu}.*\Z", regex.DOTALL)
#: Classes and ids of elements that hold a byline.
BYLINE_CLASS_RE = regex.compile(
    r"(?:\A|[\s_-])(?:byline|by-line|author-?name|author__name|authorname|article-author|"
    r"story-author|post-author|entry-author|author-link|contributor-name)(?:\Z|[\s_-])",
    regex.IGNORECASE,
)
#: Classes and ids of elements that hold the publication date.
DATE_CLASS_RE = regex.compile(
    r"publish|pubdate|posted|dateline-date|article-date|story-date|entry-date|timestamp",
    regex.IGNORECASE,
)
#: A language tag: its primary subtag, as in "en-GB", "en_US", "pt-br".
LANGUAGE_TAG_RE = regex.compile(r"\A\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*\Z")
#: Wrappers some sites put around JSON-LD: HTML comments and CDATA markers.
JSON_WRAPPER_RE = regex.compile(
    r"\A\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*\Z"
)
_MAX_JSON_DEPTH = 12
_MAX_JSON_LENGTH = 2_000_000


@attrs.frozen
class PageMetadata:
    """What a page says about its article; any field may be missing."""

    headline: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.datetime | None = None
    modified: dt.datetime | None = None
    language: str | None = None
    url: str | None = None
    site_name: str | None = None
    description: str | None = None
    h1: str | None = None


@attrs.define
class _Found:
    meta: dict[str, list[str]] = attrs.Factory(dict)
    ld: list[dict[str, object]] = attrs.Factory(list)
    title: str | None = None
    h1: str | None = None
    canonical: str | None = None
    html_lang: str | None = None
    bylines: list[str] = attrs.Factory(list)
    times: list[tuple[int, str]] = attrs.Factory(list)


def page_metadata(tree: Node) -> PageMetadata:
    """Read the article's metadata from a page's tree."""
    found = _scan(tree)
    site_name = _first(found.meta, ("og:site_name", "application-name", "twitter:site"))
    if site_name and site_name.startswith("@"):
        site_name = None
    ld_title = _ld_text(found.ld, "headline") or _ld_text(found.ld, "name")
    titles = [t for t in (ld_title, *(_first(found.meta, (k,)) for k in _TITLE_KEYS)) if t]
    return PageMetadata(
        headline=_choose_headline(titles, found.h1, found.title, site_name),
        authors=_choose_authors(found, site_name),
        published=_choose_date(found, "datePublished", _PUBLISHED_KEYS, published=True),
        modified=_choose_date(found, "dateModified", _MODIFIED_KEYS, published=False),
        language=_choose_language(found),
        url=_choose_url(found),
        site_name=site_name,
        description=_first(found.meta, ("og:description", "description", "twitter:description")),
        h1=found.h1,
    )


# -- one pass over the tree ---------------------------------------------------------------


def _scan(tree: Node) -> _Found:
    found = _Found()
    article_h1: str | None = None
    first_h1: str | None = None
    for node in tree.iter():
        tag = tag_of(node)
        if not tag:
            continue
        if tag == "html":
            found.html_lang = (
                found.html_lang or attribute(node, "lang") or attribute(node, "xml:lang")
            )
        elif tag == "meta":
            _read_meta(node, found.meta)
        elif tag == "title" and found.title is None:
            found.title = text_of(node) or None
        elif tag == "link":
            rel = attribute(node, "rel").lower().split()
            if "canonical" in rel and found.canonical is None:
                found.canonical = attribute(node, "href").strip() or None
        elif tag == "script":
            if "ld+json" in attribute(node, "type").lower():
                found.ld.extend(_json_ld(node.text or ""))
        elif tag == "h1":
            text = text_of(node)
            if text:
                first_h1 = first_h1 or text
                if article_h1 is None and _inside_article(node):
                    article_h1 = text
        elif tag == "time":
            stamp = attribute(node, "datetime")
            if stamp:
                found.times.append((_time_rank(node), stamp))
        if tag not in {"meta", "script", "link", "title", "html"}:
            _read_byline(node, tag, found.bylines)
            _read_microdata_date(node, found)
    found.h1 = article_h1 or first_h1
    return found


def _read_meta(node: Node, meta: dict[str, list[str]]) -> None:
    key = (
        attribute(node, "property")
        or attribute(node, "name")
        or attribute(node, "itemprop")
        or attribute(node, "http-equiv")
    )
    content = attribute(node, "content")
    if key and content.strip():
        meta.setdefault(key.strip().lower(), []).append(clean_space(content))


def _inside_article(node: Node) -> bool:
    for ancestor in node.iterancestors():
        tag = tag_of(ancestor)
        if tag in {"article", "main"} or attribute(ancestor, "itemprop") == "articleBody":
            return True
        if tag in {"header", "nav", "aside", "footer"} and attribute(ancestor, "role") != "main":
            return False
    return False


def _time_rank(node: Node) -> int:
    """0 for a time element marked as the publication date, 1 inside the article, 2 otherwise."""
    if attribute(node, "itemprop") == "datePublished" or node.get("pubdate") is not None:
        return 0
    if DATE_CLASS_RE.search(attribute(node, "class") + " " + attribute(node, "id")):
        return 0
    for ancestor in node.iterancestors():
        if DATE_CLASS_RE.search(attribute(ancestor, "class")):
            return 0
        if tag_of(ancestor) in {"article", "main"}:
            return 1
    return 2


def _read_byline(node: Node, tag: str, bylines: list[str]) -> None:
    if len(bylines) > 20:
        return
    itemprop = attribute(node, "itemprop").lower().split()
    rel = attribute(node, "rel").lower().split()
    marked = (
        "author" in rel
        or "author" in itemprop
        or "creator" in itemprop
        or bool(BYLINE_CLASS_RE.search(attribute(node, "class") + " " + attribute(node, "id")))
    )
    if not marked or tag in {"body", "article", "main", "section", "html"}:
        return
    names = [
        attribute(child, "content") or text_of(child)
        for child in node.iter()
        if attribute(child, "itemprop") == "name"
    ]
    text = "; ".join(n for n in names if n) if names else text_of(node)
    if text and len(text) <= 200:
        bylines.append(text)


def _read_microdata_date(node: Node, found: _Found) -> None:
    prop = attribute(node, "itemprop")
    if prop in {"datePublished", "dateModified"}:
        value = attribute(node, "datetime") or attribute(node, "content")
        if value:
            found.meta.setdefault(prop.lower(), []).append(value)


# -- JSON-LD ---------------------------------------------------------------------------------


def _json_ld(text: str) -> list[dict[str, object]]:
    if not text.strip() or len(text) > _MAX_JSON_LENGTH:
        return []
    text = JSON_WRAPPER_RE.sub("", text.strip())
    try:
        data: object = json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return []
    return [obj for obj in _ld_objects(data, 0) if is_article(obj)]


def _ld_objects(data: object, depth: int) -> Iterator[dict[str, object]]:
    if depth > _MAX_JSON_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield {str(k): v for k, v in data.items()}
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _ld_objects(data[key], depth + 1)


def is_article(obj: dict[str, object]) -> bool:
    """Whether a JSON-LD object's ``@type`` is one of :data:`ARTICLE_TYPES`, in any case,
    by its name alone or in a full IRI ("http://schema.org/NewsArticle")."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(
        isinstance(k, str)
        and k.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() in ARTICLE_TYPES
        for k in kinds
    )


def _ld_text(objects: list[dict[str, object]], key: str) -> str | None:
    for obj in objects:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return clean_space(value)
    return None


def ld_people(value: object, depth: int = 0) -> Iterator[str]:
    """The names a JSON-LD ``author`` (or ``contributor``) gives: strings, and the names of
    the objects that are no Organization."""
    if depth > 4:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from ld_people(item, depth + 1)
    elif isinstance(value, dict):
        kind = value.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.lower() == "organization" for k in kinds):
            return
        name = value.get("name")
        if isinstance(name, str):
            yield name
        elif isinstance(name, (list, dict)):
            yield from ld_people(name, depth + 1)


# -- choosing ---------------------------------------------------------------------------------


def _first(meta: dict[str, list[str]], keys: Iterable[str]) -> str | None:
    for key in keys:
        for value in meta.get(key, ()):
            if value:
                return value
    return None


def _words(text: str) -> set[str]:
    return {w for w in regex.findall(r"\w+", text.lower()) if len(w) > 1}


def _similar(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if len(wa) < 2 or len(wb) < 2:
        return a.casefold() == b.casefold()
    shared = len(wa & wb)
    return shared / min(len(wa), len(wb)) >= 0.8 and shared / max(len(wa), len(wb)) >= 0.5


def strip_site_name(title: str, site_name: str | None) -> str:
    """A page title without the site's name before or after it ("Story | Site" -> "Story")."""
    separators = list(TITLE_SEPARATOR_RE.finditer(title))
    if not separators:
        return title
    bounds = [0, *(i for m in separators for i in (m.start(), m.end())), len(title)]
    parts = [title[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    site_words = _words(site_name) if site_name else set()

    def is_site(part: str) -> bool:
        words = _words(part)
        if site_words and words and words <= site_words | {"com", "www", "the", "news"}:
            return True
        return "." in part and " " not in part.strip()

    first, last = 0, len(parts) - 1
    while last > first and is_site(parts[last]):
        last -= 1
    while first < last and is_site(parts[first]):
        first += 1
    # "Long headline | Short Site": drop a short last part after a long first one.
    if (
        last > first
        and not site_words
        and len(parts[last].split()) <= 3
        and len(parts[first].split()) >= 4
    ):
        last -= 1
    # Keep the separators between the parts that stay, as written.
    return title[bounds[2 * first] : bounds[2 * last + 1]].strip() or title


def _is_site_name(candidate: str, title: str | None, site_name: str | None) -> bool:
    """Whether a title candidate is only the site's name (a logo in an h1, og:title = site)."""
    if site_name and _words(candidate) and _words(candidate) <= _words(site_name):
        return True
    if title:
        parts = TITLE_SEPARATOR_RE.split(title)
        size = len(candidate.split())
        folded = candidate.casefold()
        if len(parts) > 1 and folded == parts[-1].casefold():
            return len(parts[0].split()) > size
        if len(parts) > 1 and folded == parts[0].casefold():
            return len(parts[-1].split()) > size
    return False


def _choose_headline(
    titles: list[str], h1: str | None, title: str | None, site_name: str | None
) -> str | None:
    titles = [t for t in titles if not _is_site_name(t, title, site_name)]
    if h1 and _is_site_name(h1, title, site_name):
        h1 = None
    confirming = [strip_site_name(t, site_name) for t in titles]
    if title:
        confirming.append(strip_site_name(title, site_name))
    if h1 and any(_similar(h1, t) for t in confirming):
        return h1
    for candidate in titles:
        stripped = strip_site_name(candidate, site_name)
        if len(_words(stripped)) >= 2:
            return stripped
    if h1 and len(_words(h1)) >= 2:
        return h1
    if title:
        return strip_site_name(title, site_name) or None
    return h1


def clean_author_names(texts: Iterable[str], site_name: str | None = None) -> tuple[str, ...]:
    """Person names from byline texts: "By Jane Doe and John Roe, Staff" -> Jane Doe, John Roe."""
    names: list[str] = []
    seen: set[str] = set()
    site_words = _words(site_name) if site_name else set()
    for raw in texts:
        if "://" in raw or "@" in raw:
            continue
        text = BY_PREFIX_RE.sub("", clean_space(raw))
        for part in NAME_SEPARATOR_RE.split(text):
            name = TRAILING_DATE_RE.sub("", BY_PREFIX_RE.sub("", part))
            name = FOR_OUTLET_RE.sub("", name).strip(" .:-–—()[]\"'")
            if not _looks_like_name(name) or (site_words and _words(name) <= site_words):
                continue
            if name.isupper():
                name = name.title()
            key = name.lower()
            if key not in seen:
                seen.add(key)
                names.append(name)
    return tuple(names)


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or len(name) > 60:
        return False
    if NOT_A_NAME_RE.search(name) or any(ch.isdigit() for ch in name):
        return False
    return all(NAME_WORD_RE.match(w) for w in words)


def _choose_authors(found: _Found, site_name: str | None) -> tuple[str, ...]:
    ld_names = [n for obj in found.ld for n in ld_people(obj.get("author"))]
    meta_names = [v for key in _AUTHOR_KEYS for v in found.meta.get(key, ())]
    names = clean_author_names(ld_names, site_name)
    if names:
        return names
    # The page's own byline comes first; later ones belong to related stories.
    for byline in found.bylines:
        names = clean_author_names([byline], site_name)
        if names:
            return names
    return clean_author_names(meta_names, site_name)


def _choose_date(
    found: _Found, ld_key: str, meta_keys: tuple[str, ...], *, published: bool
) -> dt.datetime | None:
    candidates: list[str] = []
    for obj in found.ld:
        value = obj.get(ld_key)
        if isinstance(value, str):
            candidates.append(value)
    for key in meta_keys:
        candidates.extend(found.meta.get(key, ()))
    if published:
        candidates.extend(stamp for _, stamp in sorted(found.times, key=lambda t: t[0]))
    for candidate in candidates:
        value = parse_datetime(candidate)
        if value is not None:
            return value
    return None


def _choose_language(found: _Found) -> str | None:
    candidates = [found.html_lang or ""]
    candidates.extend(v for key in _LANGUAGE_KEYS for v in found.meta.get(key, ()))
    candidates.extend(
        str(obj["inLanguage"]) for obj in found.ld if isinstance(obj.get("inLanguage"), str)
    )
    for candidate in candidates:
        match = LANGUAGE_TAG_RE.match(candidate)
        if match is not None:
            return match.group(1).lower()
    return None


def _choose_url(found: _Found) -> str | None:
    candidates = [found.canonical or "", _first(found.meta, ("og:url", "twitter:url")) or ""]
    candidates.extend(str(obj["url"]) for obj in found.ld if isinstance(obj.get("url"), str))
    for candidate in candidates:
        candidate = candidate.strip()
        if candidate.startswith(("http://", "https://")) and " " not in candidate:
            return candidate
    return None
