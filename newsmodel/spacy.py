"""newsmodel in spaCy: a pipeline component, and Docs to and from Articles.

``spacy.blank("en")`` then ``nlp.add_pipe("newsmodel")`` (the factory is registered through
the ``spacy_factories`` entry point, so no import is needed) parses each Doc's text with
:func:`newsmodel.parse_text` and

- sets the sentence boundaries from the article's sentences (unless a parser set them);
- puts the quotations, the speaker mentions, the cues and the paragraphs in span groups
  ``doc.spans["quotations"]``, ``["speakers"]``, ``["cues"]`` and ``["paragraphs"]``, whose
  attributes are span extensions (``span._.speaker``, ``span._.rule`` ...);
- keeps the Article as its newsmodel JSON in ``doc.user_data["newsmodel"]``, plain data
  that ``doc.to_bytes()`` and ``DocBin(store_user_data=True)`` keep; ``doc._.article`` rebuilds
  it (once per JSON string).

:func:`to_doc` makes a Doc of an Article with any pipeline (a user's own entities and tags
alongside newsmodel's spans), :func:`from_doc` gives the Article back. Character spans become
token spans by expanding to the tokens they touch, so every quotation has its span.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable
from typing import Any

from newsmodel.errors import MissingDependencyError, ModelError

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
except ImportError:
    raise MissingDependencyError("newsmodel's spaCy component", "spacy") from None

from newsmodel.io import dumps, loads
from newsmodel.model import Article, Mention, Quotation, SpeakerKind
from newsmodel.names import name_key
from newsmodel.text.parse import parse_text, stance_set

__all__ = [
    "GROUPS",
    "SPAN_EXTENSIONS",
    "USER_DATA_KEY",
    "NewsmodelComponent",
    "annotate",
    "from_doc",
    "make_newsmodel",
    "to_doc",
]

#: The key of ``doc.user_data`` that holds the article as newsmodel JSON.
USER_DATA_KEY = "newsmodel"
#: The span groups the component fills, and what one span of each stands for.
GROUPS = {
    "quotations": "a quotation; label: its kind",
    "speakers": "a speaker mention; label: the speaker's kind; kb_id: the speaker's key",
    "cues": 'a cue; label: "cue"',
    "paragraphs": "a paragraph; label: its kind",
}
#: Span ids of newsmodel's spans: this prefix and the indexes of their quotations.
_ID_PREFIX = "newsmodel:"


def _quotations(span: Span) -> tuple[Quotation, ...]:
    ident = span.id_
    article = span.doc._.article
    if article is None or not ident.startswith(_ID_PREFIX) or ident == _ID_PREFIX:
        return ()
    found = article.quotations
    indexes = [int(i) for i in ident[len(_ID_PREFIX) :].split(",") if i.isdigit()]
    return tuple(found[i] for i in indexes if i < len(found))


def _first(span: Span) -> Quotation | None:
    found = _quotations(span)
    return found[0] if found else None


def _speaker_name(span: Span) -> str | None:
    q = _first(span)
    return q.speaker.name if q is not None and q.speaker is not None else None


def _speaker_key(span: Span) -> str | None:
    q = _first(span)
    if q is None or q.speaker is None:
        return None
    data = span.doc.user_data.get(USER_DATA_KEY)
    keys = _speaker_keys(data) if isinstance(data, str) else {}
    return keys.get((q.speaker.name, q.speaker.kind.value)) or name_key(q.speaker.name)


#: The span extensions, read from the article: name -> (getter, what it gives).
SPAN_EXTENSIONS: dict[str, tuple[Callable[[Span], Any], str]] = {
    "quotations": (_quotations, "the Quotations the span stands for"),
    "quotation": (_first, "the first of them, or None"),
    "speaker": (_speaker_name, "the speaker's resolved name"),
    "speaker_key": (
        _speaker_key,
        "the speaker's counting key: their person's, else name_key of their name",
    ),
    "speaker_kind": (
        lambda s: q.speaker.kind.value if (q := _first(s)) and q.speaker else None,
        "the speaker's kind",
    ),
    "cue": (
        lambda s: (
            q.attribution.cue.text
            if (q := _first(s)) and q.attribution and q.attribution.cue
            else None
        ),
        "the cue's words",
    ),
    "rule": (
        lambda s: q.attribution.rule if (q := _first(s)) and q.attribution else None,
        "the rule that attributed the quotation",
    ),
    "confidence": (
        lambda s: q.attribution.confidence if (q := _first(s)) and q.attribution else None,
        "the attribution's confidence",
    ),
    "stance": (
        lambda s: q.attribution.stance.value if (q := _first(s)) and q.attribution else None,
        "the attribution's stance: speech, thought or other",
    ),
}


@functools.lru_cache(maxsize=256)
def _article_from_json(data: str) -> Article:
    return loads(data, format="json")


@functools.lru_cache(maxsize=256)
def _speaker_keys(data: str) -> dict[tuple[str, str], str]:
    """The counting key of each speaker of the article of ``data``, by name and kind."""
    return {(s.name, s.kind.value): s.key for s in _article_from_json(data).speakers}


def _doc_article(doc: Doc) -> Article | None:
    data = doc.user_data.get(USER_DATA_KEY)
    return _article_from_json(data) if isinstance(data, str) else None


def _register_extensions() -> None:
    """Set the Doc and Span extensions once; refuse others' extensions of the same names."""
    wanted: list[tuple[type[Doc] | type[Span], str, Callable[[Any], Any]]] = [
        (Doc, "article", _doc_article),
        *((Span, name, getter) for name, (getter, _) in SPAN_EXTENSIONS.items()),
    ]
    for cls, name, getter in wanted:
        if cls.has_extension(name):
            existing = cls.get_extension(name)
            theirs = existing[2] if existing else None
            if getattr(theirs, "__module__", None) != __name__:
                raise ModelError(
                    f"another package set a {cls.__name__} extension called {name!r}; "
                    "newsmodel's spaCy component needs that name"
                )
            continue
        cls.set_extension(name, getter=getter)


def _token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    starts = [t.idx for t in doc]
    ends = [t.idx + len(t) for t in doc]
    return starts, ends


def _tokens(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """The tokens ``[i, j)`` that characters ``[start, end)`` touch: at least one token, the
    one holding ``start`` (or the next, where ``start`` is in white space between tokens)."""
    i = max(0, bisect.bisect_right(starts, start) - 1)
    if start >= ends[i] and i + 1 < len(starts):
        i += 1
    j = max(bisect.bisect_left(starts, end), i + 1)
    return i, j


def annotate(doc: Doc, article: Article, *, sentences: bool = True) -> Doc:
    """Put ``article``'s sentences, quotations, mentions, cues and paragraphs on ``doc``,
    whose text must be the article's, and store the article in ``doc.user_data``."""
    if doc.text != article.text:
        raise ModelError("the Doc's text is not the article's text: make the Doc from article.text")
    _register_extensions()
    doc.user_data[USER_DATA_KEY] = dumps(article, format="json")
    if not len(doc):
        for group in GROUPS:
            doc.spans[group] = []
        return doc
    starts, ends = _token_bounds(doc)

    def span(start: int, end: int, label: str, ident: str = "", kb_id: str = "") -> Span:
        i, j = _tokens(starts, ends, start, end)
        return Span(doc, i, j, label=label, span_id=ident, kb_id=kb_id)

    if sentences and not doc.has_annotation("DEP"):
        # Paragraphs open sentences too, for their text outside any sentence (a dateline).
        opening = [p.span for p in article.paragraphs] + [s.span for s in article.sentences]
        firsts = {_tokens(starts, ends, x.start, x.end)[0] for x in opening}
        for token in doc:
            token.is_sent_start = token.i == 0 or token.i in firsts
    doc.spans["quotations"] = [
        span(q.span.start, q.span.end, q.kind.value, f"{_ID_PREFIX}{i}")
        for i, q in enumerate(article.quotations)
    ]
    mentions: dict[Mention, list[int]] = {}
    cues: dict[Mention, list[int]] = {}
    kinds: dict[Mention, str] = {}
    for i, q in enumerate(article.quotations):
        if q.attribution is None:
            continue
        mention = q.attribution.speaker.mention
        if mention is not None:
            mentions.setdefault(mention, []).append(i)
            kinds.setdefault(mention, q.attribution.speaker.kind.value)
        if q.attribution.cue is not None:
            cues.setdefault(q.attribution.cue, []).append(i)
    keys = {(s.name, s.kind): s.key for s in article.speakers}
    doc.spans["speakers"] = [
        span(m.span.start, m.span.end, kinds[m], _ids(found), _key(article, found[0], keys))
        for m, found in mentions.items()
    ]
    doc.spans["cues"] = [
        span(m.span.start, m.span.end, "cue", _ids(found)) for m, found in cues.items()
    ]
    doc.spans["paragraphs"] = [
        span(p.span.start, p.span.end, p.kind.value)
        for p in article.paragraphs
        if p.span.end > p.span.start
    ]
    return doc


def _ids(indexes: Iterable[int]) -> str:
    return _ID_PREFIX + ",".join(str(i) for i in indexes)


def _key(article: Article, index: int, keys: dict[tuple[str, SpeakerKind], str]) -> str:
    speaker = article.quotations[index].speaker
    if speaker is None:
        return ""
    return keys.get((speaker.name, speaker.kind)) or name_key(speaker.name)


class NewsmodelComponent:
    """The ``newsmodel`` pipeline component: parses each Doc's text and annotates the Doc.

    A Doc that already holds the article of its text (from :func:`to_doc`) is annotated
    with that article instead of parsing it again.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        sentences: bool,
        quotations: bool,
        stances: Iterable[str] = ("speech",),
    ) -> None:
        self.name = name
        self.sentences = sentences
        self.quotations = quotations
        # checked now, so a bad configuration fails at add_pipe, not on the first Doc
        self.stances = stance_set(tuple(stances))
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        article = _doc_article(doc)
        if article is None or article.text != doc.text:
            article = parse_text(doc.text, quotations=self.quotations, stances=self.stances)
        return annotate(doc, article, sentences=self.sentences)


@Language.factory(
    "newsmodel",
    default_config={"sentences": True, "quotations": True, "stances": ["speech"]},
    assigns=["token.is_sent_start", "doc.spans", "doc._.article"],
)
def make_newsmodel(
    nlp: Language, name: str, sentences: bool, quotations: bool, stances: list[str]
) -> NewsmodelComponent:
    """The factory behind ``nlp.add_pipe("newsmodel")``: ``sentences`` sets sentence
    boundaries from the article, ``quotations`` runs the quotation engine, ``stances``
    names the stances it reports (``["speech", "thought", "other"]`` for every one)."""
    return NewsmodelComponent(
        nlp, name, sentences=sentences, quotations=quotations, stances=stances
    )


def to_doc(article: Article, nlp: Language) -> Doc:
    """A Doc of ``article``'s text made by ``nlp``, every pipe run (a user's entities, tags,
    parse), carrying newsmodel's annotations from ``article`` itself."""
    doc = nlp.make_doc(article.text)
    doc.user_data[USER_DATA_KEY] = dumps(article, format="json")
    ours = False
    for _, component in nlp.pipeline:
        doc = component(doc)
        ours = ours or isinstance(component, NewsmodelComponent)
    if not ours:
        annotate(doc, article)
    return doc


def from_doc(doc: Doc) -> Article:
    """The Article of ``doc``: the one it carries (from the component or :func:`to_doc`),
    or, for a Doc without one, its text parsed by :func:`newsmodel.parse_text`."""
    article = _doc_article(doc)
    if article is not None and article.text == doc.text:
        return article
    return parse_text(doc.text)
