"""parse_text and parse_blocks: plain text (or paragraph spans) to an Article.

The structure of a story is read in ordered stages; each paragraph's kind comes from
the first stage that claims it, and :func:`explain_blocks` says which rule that was:

1. paragraphs (:mod:`newsmodel.text.paragraphs`), or the spans the caller gives;
2. the first paragraph: a byline, a dateline on its own line, or the headline
   (:mod:`newsmodel.text.headline`);
3. bylines among the paragraphs before the story's first body paragraph
   (:mod:`newsmodel.text.byline`);
4. kinds that a paragraph's own words decide: editor's notes, boilerplate, credit lines,
   captions (:mod:`newsmodel.text.kinds`);
5. the dateline at the start of the first body paragraph, or on a line of its own
   (:mod:`newsmodel.text.dateline`);
6. subheadings, which need their neighbours;
7. everything else is body.

Then each paragraph is split into sentences (the first sentence of the dateline
paragraph starts after the dateline), credit lines give the contributors, and the
quotation engine runs over the paragraphs.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Collection, Mapping, Sequence
from contextlib import nullcontext

import attrs

from newsmodel.errors import InputError
from newsmodel.model import (
    Article,
    Byline,
    Dateline,
    Gender,
    Paragraph,
    ParagraphKind,
    Person,
    Quotation,
    Sentence,
    Span,
    Stance,
    parsed,
)
from newsmodel.people.stage import NAME_READING, people_of_document
from newsmodel.quotes import Pipeline
from newsmodel.quotes.engine import DEFAULT_STANCES
from newsmodel.text.byline import MAX_LENGTH as MAX_BYLINE_LENGTH
from newsmodel.text.byline import find_byline
from newsmodel.text.credits import parse_credit
from newsmodel.text.dateline import DatelineMatch, find_dateline
from newsmodel.text.features import more_words_than, words
from newsmodel.text.headline import headline_rule, without_section
from newsmodel.text.kinds import Decision, is_heading_line, is_prose, kind_of
from newsmodel.text.paragraphs import split_paragraph_texts
from newsmodel.text.sentences import sentence_bounds

__all__ = ["Structure", "explain_blocks", "parse_blocks", "parse_text"]

#: The quotation engine, run with the people stage after it.
_QUOTATIONS = Pipeline()
#: How many paragraphs at the top may hold the byline and the dateline.
TOP_PARAGRAPHS = 5
#: How many body paragraphs at the top are searched for a dateline.
MAX_DATELINE_CANDIDATES = 3
#: The longest paragraph the top of a story (before its byline) may have, in words.
MAX_TOP_WORDS = 50
#: Kinds that come before the first body paragraph without ending the top of the story.
_TOP_KINDS = frozenset(
    {
        ParagraphKind.HEADLINE,
        ParagraphKind.BYLINE,
        ParagraphKind.BOILERPLATE,
        ParagraphKind.EDITORS_NOTE,
        ParagraphKind.CAPTION,
        ParagraphKind.DATELINE,
    }
)
#: Kinds in which a dateline may be found.
_BODY_KINDS = frozenset({ParagraphKind.BODY, ParagraphKind.DATELINE})


@attrs.frozen
class Structure:
    """What the structure stages found: each paragraph's span and decision, and the
    headline, byline, dateline and contributors."""

    spans: tuple[Span, ...]
    decisions: tuple[Decision, ...]
    headline: str | None
    byline: Byline | None
    dateline: DatelineMatch | None
    dateline_paragraph: int | None
    contributors: tuple[str, ...]


def _strip(text: str, span: Span) -> Span | None:
    s, e = max(0, span.start), min(len(text), span.end)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e == s:
        return None
    return span if (s, e) == (span.start, span.end) else Span(s, e)


def _same_words(a: str, b: str) -> bool:
    return [w.casefold() for w in words(a)] == [w.casefold() for w in words(b)]


def _blank_after(text: str, span: Span) -> bool:
    """Whether a blank line (or the end of the text) follows the span."""
    i, newlines = span.end, 0
    while i < len(text) and text[i].isspace():
        if text[i] == "\n" or (text[i] == "\r" and not text.startswith("\r\n", i)):
            newlines += 1
        i += 1
    return newlines >= 2 or i == len(text)


def explain_blocks(
    text: str,
    blocks: Sequence[tuple[Span, ParagraphKind | None]],
    *,
    headline: str | None = None,
) -> Structure:
    """Run the structure stages over paragraph spans; a block whose kind is None is
    classified, the others keep their kind (bylines, datelines and credits are still
    read from them)."""
    return _explain(text, blocks, headline)[0]


#: The decision for a paragraph no stage claims.
_BODY = Decision(ParagraphKind.BODY, "body")


class _Memo:
    """What the stages ask about the paragraphs, each answer found once: the bylines
    and datelines at the top by paragraph, the rest by the paragraph's text (a text
    that comes back, as in a list of one-word lines, is read once)."""

    __slots__ = ("bylines", "datelines", "headings", "kinds", "long", "proses", "spans", "text")

    def __init__(self, text: str, spans: Sequence[Span]) -> None:
        self.text = text
        self.spans = spans
        self.bylines: dict[int, Byline | None] = {}
        self.datelines: dict[int, DatelineMatch | None] = {}
        self.kinds: dict[str, Decision | None] = {}
        self.headings: dict[str, bool] = {}
        self.proses: dict[str, bool] = {}
        self.long: dict[int, bool] = {}

    def byline(self, i: int) -> Byline | None:
        if i not in self.bylines:
            span = self.spans[i]
            self.bylines[i] = find_byline(self.text, span.start, span.end, top=True)
        return self.bylines[i]

    def dateline(self, i: int) -> DatelineMatch | None:
        if i not in self.datelines:
            span = self.spans[i]
            self.datelines[i] = find_dateline(self.text, span.start, span.end)
        return self.datelines[i]

    def too_long_for_top(self, i: int, paragraph: str) -> bool:
        """Whether the paragraph has more than MAX_TOP_WORDS words."""
        found = self.long.get(i)
        if found is None:
            found = self.long[i] = more_words_than(paragraph, MAX_TOP_WORDS)
        return found

    def kind(self, paragraph: str) -> Decision | None:
        if paragraph in self.kinds:
            return self.kinds[paragraph]
        found = self.kinds[paragraph] = kind_of(paragraph)
        return found

    def heading(self, paragraph: str) -> bool:
        found = self.headings.get(paragraph)
        if found is None:
            found = self.headings[paragraph] = is_heading_line(paragraph)
        return found

    def prose(self, paragraph: str) -> bool:
        found = self.proses.get(paragraph)
        if found is None:
            found = self.proses[paragraph] = is_prose(paragraph)
        return found


def _explain(
    text: str,
    blocks: Sequence[tuple[Span, ParagraphKind | None]],
    headline: str | None,
) -> tuple[Structure, list[str]]:
    """The structure, and the text of each of its paragraphs."""
    spans: list[Span] = []
    given: list[ParagraphKind | None] = []
    for span, kind in blocks:
        stripped = _strip(text, span)
        if stripped is not None:
            spans.append(stripped)
            given.append(kind)
    return _stages(text, spans, given, headline)


def _stages(
    text: str,
    spans: list[Span],
    given: list[ParagraphKind | None] | None,
    headline: str | None,
    texts: list[str] | None = None,
) -> tuple[Structure, list[str]]:
    """The structure of paragraphs at ``spans`` (stripped, in order), with the kinds
    given for them (None: no kinds given), and the text of each paragraph (``texts``,
    when given, are those texts)."""
    if texts is None:
        texts = [sys.intern(text[s.start : s.end]) for s in spans]
    count = len(spans)
    decisions: list[Decision | None] = (
        [None] * count
        if given is None
        else [Decision(kind, "given") if kind is not None else None for kind in given]
    )
    memo = _Memo(text, spans)
    found_headline = headline
    byline: Byline | None = None
    dateline: DatelineMatch | None = None
    dateline_at: int | None = None

    # Stage 2: the first paragraph.
    if count and decisions[0] is None:
        first = texts[0]
        byline = memo.byline(0)
        match = memo.dateline(0)
        if byline is not None:
            decisions[0] = Decision(ParagraphKind.BYLINE, "byline")
        elif match is not None and match.whole and count > 1:
            decisions[0] = Decision(ParagraphKind.DATELINE, "dateline")
            dateline, dateline_at = match, 0
        elif headline is not None and _same_words(first, headline):
            decisions[0] = Decision(ParagraphKind.HEADLINE, "headline_given")
        elif count > 1:
            rule = headline_rule(first, blank_after=_blank_after(text, spans[0]))
            if match is not None and rule != "caps":
                rule = None
            claimed = memo.kind(first)
            # (a caption the words suggest may be a headline; one a photo marker opens is
            # none: "Open this photo in gallery FILE PHOTO: ...")
            caption = claimed is not None and claimed.kind is ParagraphKind.CAPTION
            if rule is not None and (
                claimed is None or (caption and claimed.rule != "photo_marker")
            ):
                decisions[0] = Decision(ParagraphKind.HEADLINE, f"headline_{rule}")
                if found_headline is None:
                    found_headline = without_section(first)
    for i, decision in enumerate(decisions):
        if decision is not None and decision.kind is ParagraphKind.HEADLINE:
            if found_headline is None:
                found_headline = without_section(texts[i])
            break

    # Stage 3: bylines at the top, and bylines the caller marked anywhere (without
    # given kinds, only the first paragraph has a decision yet).
    for i in range(count if given is not None else min(count, 1)):
        decision = decisions[i]
        if decision is not None and decision.kind is ParagraphKind.BYLINE and byline is None:
            byline = memo.byline(i) or Byline(span=spans[i], text=texts[i])
    for i in range(min(count, TOP_PARAGRAPHS)):
        decision = decisions[i]
        if decision is not None and decision.kind not in _TOP_KINDS | {ParagraphKind.BODY}:
            break
        if decision is not None and decision.kind is not ParagraphKind.BODY:
            continue
        found = memo.byline(i)
        if found is not None:
            decisions[i] = Decision(ParagraphKind.BYLINE, "byline")
            byline = byline or found
        elif memo.dateline(i) is not None or memo.too_long_for_top(i, texts[i]):
            break

    # Stage 4: kinds the words decide (a paragraph at the top that opens with a
    # dateline is left for stage 5: "HALIFAX (Reuters) - ..." is no caption). A block
    # the caller called body may still be a credit line.
    kinds = memo.kinds
    for i in range(count):
        given_kind = decisions[i]
        if given_kind is not None and given_kind.kind is ParagraphKind.BODY:
            if given_kind.rule == "given" and parse_credit(texts[i]) is not None:
                decisions[i] = Decision(ParagraphKind.CREDIT, "credit")
            continue
        if given_kind is None:
            paragraph = texts[i]
            decision = kinds[paragraph] if paragraph in kinds else memo.kind(paragraph)
            if (
                decision is not None
                and decision.rule == "caption"
                and i < TOP_PARAGRAPHS + MAX_DATELINE_CANDIDATES
                and memo.dateline(i) is not None
            ):
                decision = None
            decisions[i] = decision

    # Stage 5: the dateline.
    if dateline is None:
        dateline, dateline_at = _find_dateline(texts, decisions, memo)
        if dateline is not None and dateline_at is not None:
            kind = ParagraphKind.DATELINE if dateline.whole else ParagraphKind.BODY
            if decisions[dateline_at] is None:
                decisions[dateline_at] = Decision(kind, "dateline")

    # Stage 6: subheadings; then everything else is body.
    seen_body = False
    headings = memo.headings
    final: list[Decision] = []
    for i in range(count):
        decision = decisions[i]
        if decision is None and seen_body and _may_be_byline(texts[i]):
            # "By Jane Doe, BBC News, New York" below the first paragraphs, as pages put it
            found_byline = find_byline(text, spans[i].start, spans[i].end, top=False)
            if found_byline is not None and found_byline.authors:
                byline = byline or found_byline
                final.append(Decision(ParagraphKind.BYLINE, "byline"))
                continue
        if decision is None:
            if seen_body:
                paragraph = texts[i]
                heading = headings.get(paragraph)
                if heading is None:
                    heading = memo.heading(paragraph)
                if heading:
                    following = _next_text(texts, decisions, i)
                    if (
                        following is not None
                        and memo.prose(following)
                        and not _continues(following)
                    ):
                        final.append(Decision(ParagraphKind.HEADING, "heading"))
                        continue
            final.append(_BODY)
            seen_body = True
        else:
            final.append(decision)
            if decision.kind in _BODY_KINDS:
                seen_body = True

    contributors: list[str] = []
    credit = ParagraphKind.CREDIT
    for i, decision in enumerate(final):
        if decision is not _BODY and decision.kind is credit:
            contributors.extend(parse_credit(texts[i]) or ())
    structure = Structure(
        spans=tuple(spans),
        decisions=tuple(final),
        headline=found_headline,
        byline=byline,
        dateline=dateline,
        dateline_paragraph=dateline_at,
        contributors=tuple(dict.fromkeys(contributors)),
    )
    return structure, texts


def _may_be_byline(paragraph: str) -> bool:
    """Whether a paragraph is short and has "by" among its first words, as every byline
    with a name has ("By ...", "Written by ..."): a test before find_byline's."""
    return len(paragraph) <= MAX_BYLINE_LENGTH and "by" in paragraph[:24].lower()


def _find_dateline(
    texts: Sequence[str], decisions: Sequence[Decision | None], memo: _Memo
) -> tuple[DatelineMatch | None, int | None]:
    """The dateline of the first body paragraph, or of a dateline line before it.

    A strong dateline (an agency in brackets, or a place in capitals) is also taken
    from one of the next paragraphs when those before it are short enough to be a
    title or a standfirst that was not recognised as such.
    """
    candidates = 0
    # an archive export's labels ("ABSTRACT.", "FULL TEXT."): the story starts after them
    labels = [
        i
        for i, decision in enumerate(decisions[: TOP_PARAGRAPHS + 3])
        if decision is not None and decision.rule == "archive_label"
    ]
    for i in range(labels[-1] + 1 if labels else 0, min(len(texts), TOP_PARAGRAPHS + 3)):
        decision = decisions[i]
        if decision is not None and decision.kind not in _BODY_KINDS:
            continue
        candidates += 1
        match = memo.dateline(i)
        if match is not None:
            if match.whole and i + 1 >= len(texts):
                return None, None
            if candidates == 1 or _strong(match):
                return match, i
        if candidates >= MAX_DATELINE_CANDIDATES or memo.too_long_for_top(i, texts[i]):
            break
    return None, None


def _strong(match: DatelineMatch) -> bool:
    dateline = match.dateline
    return dateline.source is not None or (
        dateline.location is not None and dateline.location.upper() == dateline.location
    )


def _continues(paragraph: str) -> bool:
    """Whether the paragraph goes on with the sentence of the line before it, broken:
    its first word is in lower case letters ("Jamaican" / "sprinter Ann Poe won ..."),
    not a brand written so ("iPhone", "eBay", "my6sense")."""
    if not paragraph[:1].islower():
        return False
    first = paragraph.split(None, 1)[0].rstrip(",;:.")
    return first.isalpha() and first.islower()


def _next_text(texts: Sequence[str], decisions: Sequence[Decision | None], i: int) -> str | None:
    for j in range(i + 1, len(texts)):
        decision = decisions[j]
        if decision is not None and decision.kind in {
            ParagraphKind.CAPTION,
            ParagraphKind.BOILERPLATE,
        }:
            continue
        if decision is None or decision.kind is ParagraphKind.BODY:
            return texts[j]
        return None
    return None


def _paragraphs(text: str, structure: Structure, texts: Sequence[str]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    # Sentence offsets within a paragraph, by the paragraph's text and what the
    # splitter's look-behinds see before it: a paragraph that comes back is split once.
    # (Its look-aheads see no further than a space after the paragraph.) A paragraph
    # holds at least one sentence; () stands for one sentence that is all of it.
    splits: dict[tuple[str, str], tuple[tuple[int, int], ...]] = {}
    size = len(text)
    decisions = structure.decisions
    dateline = structure.dateline
    dateline_at = structure.dateline_paragraph if dateline is not None else None
    add = paragraphs.append
    for i, (span, paragraph, decision) in enumerate(
        zip(structure.spans, texts, decisions, strict=True)
    ):
        if i != dateline_at and not _holds_break(paragraph):
            # Nothing that could end a sentence, start a list item or be a bullet: one
            # sentence (as below, sooner: most short lines are so).
            add(Paragraph(span, paragraph, decision.kind, (Sentence(span, paragraph),)))
            continue
        start, end = span.start, span.end
        if i == dateline_at and dateline is not None:
            start = max(start, min(dateline.body_start, end))
        if start == span.start and not _holds_break(paragraph):
            # Nothing that could end a sentence, start a list item or be a bullet.
            sentences: tuple[Sentence, ...] = (Sentence(span, paragraph),)
        elif start == span.start and (end == size or text[end].isspace()):
            before = (
                text[start - 2 : start]
                if start >= 2 and text[start - 1] not in " \t"
                else _before(text, start)
            )
            key = (before, paragraph)
            offsets = splits.get(key)
            if offsets is None:
                found = [
                    (a - start, b - start)
                    for a, b in sentence_bounds(text, start, end)
                    if start <= a <= b <= end
                ]
                offsets = splits[key] = () if found == [(0, end - start)] else tuple(found)
            if offsets:
                sentences = tuple(
                    Sentence(Span(start + a, start + b), sys.intern(paragraph[a:b]))
                    for a, b in offsets
                )
            else:
                sentences = (Sentence(span, paragraph),)
        else:
            sentences = tuple(
                Sentence(Span(a, b), sys.intern(text[a:b]))
                for a, b in sentence_bounds(text, start, end)
                if span.start <= a <= b <= end
            )
        add(Paragraph(span, paragraph, decision.kind, sentences))
    return paragraphs


#: Every sentence boundary the splitter finds is at one of these (a final mark, a bullet,
#: or a list label's "." or ")"): a paragraph without any is one sentence.
_BREAK_CHARS = ".?!…‽•⁃▪◦‣●*)"


def _holds_break(paragraph: str) -> bool:
    """Whether the paragraph holds one of _BREAK_CHARS: a search for each (the full stop,
    the commonest, first) costs less than a set look-up for each of its characters."""
    for c in _BREAK_CHARS:  # noqa: SIM110 (a loop: any() over a generator costs more)
        if c in paragraph:
            return True
    return False


def _before(text: str, start: int) -> str:
    """The text before ``start`` that the sentence splitter's look-behinds can see:
    two characters, or the spaces and tabs before it and the character before them."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return text[max(0, min(k - 1, start - 2)) : start]


def parse_blocks(
    text: str,
    blocks: Sequence[tuple[Span, ParagraphKind | None]],
    *,
    headline: str | None = None,
    url: str | None = None,
    published: dt.datetime | None = None,
    modified: dt.datetime | None = None,
    authors: Sequence[str] = (),
    language: str = "en",
    quotations: bool = True,
    stances: Stance | str | Collection[Stance | str] = DEFAULT_STANCES,
    people: bool | None = None,
    genders: Mapping[str, Gender | str] | None = None,
) -> Article:
    """Build an Article from paragraph spans already found (by an HTML extractor, say).

    A block whose kind is None is classified as :func:`parse_text` would; the others
    keep their kind, and bylines, datelines and credit lines are still read from them.
    ``authors``, when given, are the article's authors; otherwise the byline's are.
    """
    structure, texts = _explain(text, blocks, headline)
    return _article(
        text,
        structure,
        texts,
        url=url,
        published=published,
        modified=modified,
        authors=authors,
        language=language,
        quotations=quotations,
        stances=stances,
        people=people,
        genders=genders,
    )


def _article(
    text: str,
    structure: Structure,
    texts: Sequence[str],
    *,
    url: str | None,
    published: dt.datetime | None,
    modified: dt.datetime | None,
    authors: Sequence[str],
    language: str,
    quotations: bool,
    stances: Stance | str | Collection[Stance | str],
    people: bool | None,
    genders: Mapping[str, Gender | str] | None,
    checked: bool = True,
) -> Article:
    """The Article of the structure found, with its quotations and people. ``checked=False``
    for parse_text's, whose paragraphs it cut from the text itself: the Article is then
    checked only when CHECK_PARSED asks (those of :func:`parse_blocks` lie at the
    caller's spans, which may overlap: always checked)."""
    wanted = stance_set(stances)
    paragraphs = _paragraphs(text, structure, texts)
    dateline: Dateline | None = structure.dateline.dateline if structure.dateline else None
    byline = structure.byline
    names = tuple(authors) if authors else (byline.authors if byline else ())
    quotes: tuple[Quotation, ...] = ()
    found: tuple[Person, ...] = ()
    if people is None:
        people = quotations  # the people stage reads what the quotation engine read
    if quotations or people:
        reading = _QUOTATIONS if quotations else NAME_READING
        doc = reading.document(text, paragraphs, dateline=dateline, stances=wanted)
        quotes = doc.quotations
        if people:
            assert doc.tokens is not None
            assert doc.registry is not None
            found = people_of_document(
                text, paragraphs, doc.tokens, doc.registry, quotes, authors=names, genders=genders
            )
    # parse_text's objects are cut from its text: checked only by the tests (CHECK_PARSED)
    with nullcontext() if checked else parsed():
        return Article(
            text=text,
            headline=structure.headline,
            dateline=dateline,
            byline=byline,
            authors=names,
            contributors=structure.contributors,
            published=published,
            modified=modified,
            url=url,
            language=language,
            paragraphs=paragraphs,
            quotations=quotes,
            people=found,
        )


def stance_set(stances: Stance | str | Collection[Stance | str]) -> frozenset[Stance]:
    """``stances`` as a set of Stances: each a :class:`Stance` or its value (``"thought"``),
    one given alone or any collection of them; anything else is an
    :class:`~newsmodel.errors.InputError` naming the stances there are."""
    known = ", ".join(repr(s.value) for s in Stance)
    if isinstance(stances, (Stance, str)):
        items: Collection[object] = (stances,)
    elif isinstance(stances, Collection):
        items = stances
    else:
        raise InputError(f"stances: {stances!r} is no collection of stances ({known})")
    found: set[Stance] = set()
    for item in items:
        if isinstance(item, Stance):
            found.add(item)
        elif isinstance(item, str) and item in _STANCE_VALUES:
            found.add(Stance(item))
        else:
            raise InputError(f"stances: {item!r} is no stance (one of {known})")
    return frozenset(found)


_STANCE_VALUES = frozenset(s.value for s in Stance)


def parse_text(
    text: str,
    *,
    headline: str | None = None,
    url: str | None = None,
    published: dt.datetime | None = None,
    language: str = "en",
    quotations: bool = True,
    stances: Stance | str | Collection[Stance | str] = DEFAULT_STANCES,
    people: bool | None = None,
    genders: Mapping[str, Gender | str] | None = None,
) -> Article:
    """Parse a news article given as plain text.

    Paragraphs are found by blank lines, by line, or by indentation in hard-wrapped
    wire copy; the headline, byline, dateline, subheadings, captions, credit lines,
    editor's notes and boilerplate are recognised, and every paragraph is split into
    sentences. ``headline``, when given, is the article's headline; a first line with
    the same words is then its headline paragraph. Attributions report speech;
    ``stances`` asks for others too (``set(newsmodel.Stance)`` for every one: thoughts
    and beliefs, and stances such as "denied wrongdoing"), each a Stance or its value
    (``{"speech", "thought"}``). ``quotations=False`` skips the
    quotation engine and, unless ``people=True``, the people stage
    (:mod:`newsmodel.people`), which ``people=False`` skips alone;
    ``genders`` maps full names or given names to the gender to give the people so
    named, over what the text says. Never raises on a ``str`` (a ``genders`` value that
    is no Gender, or a stance that is none, raises InputError); anything but a ``str`` is an
    :class:`~newsmodel.errors.InputError`.
    """
    if not isinstance(text, str):
        raise InputError(
            f"parse_text takes the article as a str, not {type(text).__name__}: decode it "
            "first, or read UTF-8 bytes with newsmodel.loads(data, format='text')"
        )
    # As parse_blocks(text, [(span, None) for span in split_paragraphs(text)]),
    # whose spans need no stripping.
    spans, texts = split_paragraph_texts(text)
    structure, texts = _stages(text, spans, None, headline, texts)
    return _article(
        text,
        structure,
        texts,
        url=url,
        published=published,
        modified=None,
        authors=(),
        language=language,
        quotations=quotations,
        stances=stances,
        people=people,
        genders=genders,
        checked=False,
    )
