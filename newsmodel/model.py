"""The typed article model.

Every class is a frozen, slotted attrs class. Located objects carry a :class:`Span`
of character offsets into :attr:`Article.text`, which is the input verbatim, and
their ``text``, which always equals ``article.text[span.start:span.end]``: the
:class:`Article` checks this when it is built. Change objects with
:func:`attrs.evolve`.

The model knows nothing about parsing or serialisation formats.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import attrs

from newsmodel.errors import ModelError
from newsmodel.names import name_key

__all__ = [
    "Article",
    "Attribution",
    "Byline",
    "Dateline",
    "Evidence",
    "EvidenceKind",
    "Gender",
    "Mention",
    "MentionKind",
    "Paragraph",
    "ParagraphKind",
    "Person",
    "PersonMention",
    "Quotation",
    "QuoteKind",
    "QuotedSpeaker",
    "Role",
    "Sentence",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Stance",
]


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _sentences(value: Iterable[Sentence]) -> tuple[Sentence, ...]:
    return tuple(value)


def _paragraphs(value: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    return tuple(value)


def _quotations(value: Iterable[Quotation]) -> tuple[Quotation, ...]:
    return tuple(value)


def _people(value: Iterable[Person]) -> tuple[Person, ...]:
    return tuple(value)


def _person_mentions(value: Iterable[PersonMention]) -> tuple[PersonMention, ...]:
    return tuple(value)


def _mentions(value: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(value)


def _ints(value: Iterable[int]) -> tuple[int, ...]:
    return tuple(value)


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ModelError(
            f"{type(instance).__name__}.{attribute.name} must be an int, got {value!r}"
        )
    if value < 0:
        raise ModelError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _check_span(span: Span) -> None:
    """Raise the error that explains why ``span`` is impossible, if it is."""
    fields = attrs.fields(Span)
    _non_negative(span, fields.start, span.start)
    _non_negative(span, fields.end, span.end)
    if span.end < span.start:
        raise ModelError(f"Span end {span.end} is before its start {span.start}")


# Span, Sentence and Paragraph write their own __init__ (attrs makes the rest): parsing
# builds one of each for every paragraph and sentence, and setting the slots through
# their descriptors takes half the time of attrs' generic frozen setattr. Each does what
# attrs' would, the converter and the checks included.


@attrs.frozen(order=True, init=False)
class Span:
    """Character offsets ``[start, end)`` into an article's text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        _set_span_start(self, start)
        _set_span_end(self, end)
        # One check for the usual case (two ints in order), the full one otherwise.
        if type(start) is not int or type(end) is not int or not 0 <= start <= end:
            _check_span(self)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def __str__(self) -> str:
        return f"{self.start}:{self.end}"


@attrs.frozen
class Mention:
    """Words as written in the article, such as a speaker mention ("he") or a cue ("said")."""

    text: str
    span: Span


class ParagraphKind(enum.Enum):
    """What a paragraph is for."""

    #: Running text of the story.
    BODY = "body"
    #: The article's title, when the text carries it.
    HEADLINE = "headline"
    #: A subheading between body paragraphs.
    HEADING = "heading"
    #: The author line ("By Jane Doe, CNN").
    BYLINE = "byline"
    #: A line holding only a dateline ("WASHINGTON, Feb 26 -").
    DATELINE = "dateline"
    #: A photo or video caption.
    CAPTION = "caption"
    #: Contributor and production credits ("Reporting by X; Editing by Y").
    CREDIT = "credit"
    #: An editor's note or correction.
    EDITORS_NOTE = "editors_note"
    #: Page furniture: "Read more:", "Sign up for our newsletter", "Click here".
    BOILERPLATE = "boilerplate"
    #: A pull quote set apart from the story. parse_html keeps <blockquote> passages,
    #: which belong to the story, in the body.
    BLOCKQUOTE = "blockquote"


class QuoteKind(enum.Enum):
    """How the words of a quotation are reported."""

    #: A whole quoted sentence or clause.
    DIRECT = "direct"
    #: Quoted fragments woven into reported speech.
    PARTIAL = "partial"
    #: Reported speech without quote marks.
    INDIRECT = "indirect"
    #: Quoted words nobody is reported as saying.
    SCARE = "scare"


class SpeakerKind(enum.Enum):
    """What sort of source a speaker is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"


class Stance(enum.Enum):
    """What an attribution reports someone as doing with the words.

    :func:`newsmodel.parse_text` reports speech by default; its ``stances`` option adds
    the others.
    """

    #: Saying or writing: said, told, announced, wrote, according to, called it "...".
    SPEECH = "speech"
    #: A thought, belief or intention: believes, thinks, knows, wants, hopes.
    THOUGHT = "thought"
    #: Any other stance: what a document shows ("a study found"), positions taken on
    #: something ("endorsed Trump", "denied wrongdoing"), what seems or appears.
    OTHER = "other"


@attrs.frozen(init=False)
class Sentence:
    """A sentence of a paragraph."""

    span: Span
    text: str

    def __init__(self, span: Span, text: str) -> None:
        _set_sentence_span(self, span)
        _set_sentence_text(self, text)


@attrs.frozen(init=False)
class Paragraph:
    """A paragraph with its kind and its sentences."""

    span: Span
    text: str
    kind: ParagraphKind = ParagraphKind.BODY
    sentences: tuple[Sentence, ...] = attrs.field(default=(), converter=_sentences)

    def __init__(
        self,
        span: Span,
        text: str,
        kind: ParagraphKind = ParagraphKind.BODY,
        sentences: Iterable[Sentence] = (),
    ) -> None:
        _set_paragraph_span(self, span)
        _set_paragraph_text(self, text)
        _set_paragraph_kind(self, kind)
        _set_paragraph_sentences(
            self, sentences if type(sentences) is tuple else _sentences(sentences)
        )


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None]:
    setter: Callable[[object, object], None] = cls.__dict__[name].__set__
    return setter


_set_span_start = _slot_setter(Span, "start")
_set_span_end = _slot_setter(Span, "end")
_set_sentence_span = _slot_setter(Sentence, "span")
_set_sentence_text = _slot_setter(Sentence, "text")
_set_paragraph_span = _slot_setter(Paragraph, "span")
_set_paragraph_text = _slot_setter(Paragraph, "text")
_set_paragraph_kind = _slot_setter(Paragraph, "kind")
_set_paragraph_sentences = _slot_setter(Paragraph, "sentences")


@attrs.frozen
class Dateline:
    """The dateline that opens a story: "WASHINGTON, Feb 26 (Reuters) -".

    ``location``, ``source`` (the agency) and ``date`` are given as written.
    ``span`` covers the dateline in the article text.
    """

    span: Span
    text: str
    location: str | None = None
    source: str | None = None
    date: str | None = None


@attrs.frozen
class Byline:
    """An author line: the names go into ``authors``, the organisation apart."""

    span: Span
    text: str
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    organisation: str | None = None


@attrs.frozen
class Speaker:
    """Who is reported as speaking, at one quotation.

    ``name`` is resolved ("Maria Lopez" even where the text says "she"); ``mention``
    is how the text refers to the speaker at this quotation; ``title`` is a title
    or role written before the name ("Kenyan President"); ``description`` is an
    appositive ("an economist at the University of Toronto").
    """

    name: str
    kind: SpeakerKind = SpeakerKind.PERSON
    mention: Mention | None = None
    title: str | None = None
    description: str | None = None


@attrs.frozen
class Attribution:
    """Who said a quotation, and the words that say so.

    ``rule`` names the rule of the quotation engine that made the attribution,
    ``confidence`` is its estimate in [0, 1], ``stance`` whether the words are reported
    as speech, as a thought, or as another stance.
    """

    speaker: Speaker
    cue: Mention | None = None
    rule: str = ""
    confidence: float = 1.0
    stance: Stance = Stance.SPEECH


@attrs.frozen
class Quotation:
    """Reported words: the quoted text without its marks, with who said it.

    ``paragraph`` is the index in :attr:`Article.paragraphs` of the paragraph the
    quotation starts in.
    """

    span: Span
    text: str
    kind: QuoteKind
    attribution: Attribution | None = None
    paragraph: int | None = None

    @property
    def speaker(self) -> Speaker | None:
        """The speaker, or None for quotations nobody is reported saying."""
        return self.attribution.speaker if self.attribution else None


class Gender(enum.Enum):
    """A person's gender as the article refers to them (see docs/people.md)."""

    FEMALE = "female"
    MALE = "male"
    #: The article does not say, and the first name does not tell.
    UNKNOWN = "unknown"


class Role(enum.Enum):
    """What a person is in the story, read from the titles and descriptions it gives."""

    #: A politician or government official: minister, MP, mayor, senator, diplomat.
    POLITICIAN = "politician"
    #: Police, courts and the law: officer, judge, lawyer, prosecutor.
    POLICE_JUSTICE = "police_justice"
    #: An expert or academic: professor, researcher, economist, doctor, analyst.
    EXPERT = "expert"
    #: Business: chief executive, founder, owner, banker, company director.
    BUSINESS = "business"
    #: A spokesperson or press officer.
    SPOKESPERSON = "spokesperson"
    #: An advocate or activist: campaigner, union leader, advocacy group's director.
    ADVOCATE = "advocate"
    #: A journalist or someone of the media: reporter, editor, columnist, host.
    MEDIA = "media"
    #: Sport or entertainment: player, coach, actor, singer.
    SPORT_ENTERTAINMENT = "sport_entertainment"
    #: A member of the public: resident, parent, student, patient, witness.
    PUBLIC = "public"
    #: The article gives no title or description that tells.
    UNKNOWN = "unknown"


class MentionKind(enum.Enum):
    """How the text refers to a person at one mention."""

    #: The full name ("Donald J. Trump").
    NAME = "name"
    #: A part of the name: the surname or given name alone ("Trump", "Mr. Trump").
    SHORT = "short"
    #: A pronoun resolved to the person ("she", "his").
    PRONOUN = "pronoun"
    #: A role noun standing for the person ("the president").
    ROLE = "role"


class EvidenceKind(enum.Enum):
    """What a person's gender or role was read from."""

    #: Pronouns the article uses for the person (gender).
    PRONOUN = "pronoun"
    #: An honorific before the name: "Mrs.", "Mr." (gender).
    HONORIFIC = "honorific"
    #: A gendered role noun: "chairwoman", "spokesman", "actress", "mother of two" (gender).
    ROLE_NOUN = "role_noun"
    #: Statistics of the first name, when the text says nothing (gender).
    FIRST_NAME = "first_name"
    #: The caller's override table (gender).
    OVERRIDE = "override"
    #: A title written with the name: "Premier Doug Ford" (role).
    TITLE = "title"
    #: A description next to the name: "Jane Roe, an economist at ..." (role).
    DESCRIPTION = "description"


@attrs.frozen
class PersonMention:
    """One place where the article refers to a person, located like every other object."""

    span: Span
    text: str
    kind: MentionKind = MentionKind.NAME


@attrs.frozen
class Evidence:
    """What a decision about a person rests on: the kind of evidence, the words of the
    article that give it (located), and a note in words ("3 of 3 pronouns: she")."""

    kind: EvidenceKind
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_mentions)
    detail: str = ""


@attrs.frozen
class Person:
    """Someone the article names, once, with everything it says of them.

    ``name`` is the fullest name, clean (white space collapsed); ``key`` is the same for
    every way of writing that name (:func:`newsmodel.names.name_key`), for counting
    across a corpus; ``variants`` are the names as written, cleaned, in order of first
    use. ``mentions`` are every located reference, in text order; ``quotations`` the
    indexes in :attr:`Article.quotations` of what the person is quoted as saying.
    ``gender`` and ``role`` come with the evidence they rest on (None when unknown).
    """

    name: str
    key: str
    variants: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    mentions: tuple[PersonMention, ...] = attrs.field(default=(), converter=_person_mentions)
    quotations: tuple[int, ...] = attrs.field(default=(), converter=_ints)
    gender: Gender = Gender.UNKNOWN
    gender_evidence: Evidence | None = None
    role: Role = Role.UNKNOWN
    role_evidence: Evidence | None = None

    @property
    def quoted(self) -> bool:
        """Whether the article quotes the person (a source), rather than only naming them."""
        return bool(self.quotations)


@attrs.frozen
class QuotedSpeaker:
    """A speaker of an article, once, with everything they are quoted as saying.

    ``person`` is the :class:`Person` of :attr:`Article.people` a person speaker is, when
    the article names them.
    """

    name: str
    kind: SpeakerKind
    title: str | None
    description: str | None
    quotations: tuple[Quotation, ...]
    person: Person | None = None

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """How the text refers to this speaker at each of their quotations."""
        found: list[Mention] = []
        for q in self.quotations:
            if q.attribution and q.attribution.speaker.mention is not None:
                found.append(q.attribution.speaker.mention)
        return tuple(found)

    @property
    def gender(self) -> Gender:
        """The gender of the speaker's person; unknown for any other speaker."""
        return self.person.gender if self.person is not None else Gender.UNKNOWN

    @property
    def key(self) -> str:
        """The counting key: the person's, else that of the speaker's name."""
        return self.person.key if self.person is not None else name_key(self.name)


@attrs.frozen
class Article:
    """A news article: its text verbatim and everything found in it.

    Building an Article checks every located object: its span lies inside
    ``text`` and its stored text equals the text at its span; paragraphs come in
    order without overlapping; sentences lie inside their paragraph. An
    impossible object raises :class:`~newsmodel.errors.ModelError`. (The Articles
    parse_text cuts from its text are checked only when :data:`CHECK_PARSED`.)
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    headline: str | None = None
    dateline: Dateline | None = None
    byline: Byline | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    contributors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    published: dt.datetime | None = None
    modified: dt.datetime | None = None
    url: str | None = None
    language: str = "en"
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), converter=_paragraphs)
    quotations: tuple[Quotation, ...] = attrs.field(default=(), converter=_quotations)
    #: Everyone the article names, once each, in order of first mention.
    people: tuple[Person, ...] = attrs.field(default=(), converter=_people)

    def __attrs_post_init__(self) -> None:
        if not _PARSED.get() or CHECK_PARSED:
            _check_article(self)

    @property
    def body(self) -> tuple[Paragraph, ...]:
        """The body paragraphs, in order."""
        return tuple(p for p in self.paragraphs if p.kind is ParagraphKind.BODY)

    @property
    def sentences(self) -> Iterator[Sentence]:
        """Every sentence of every paragraph, in order."""
        for p in self.paragraphs:
            yield from p.sentences

    @property
    def speakers(self) -> tuple[QuotedSpeaker, ...]:
        """Each speaker once, with their quotations, in order of first quotation; a person
        speaker links to their :class:`Person` of :attr:`people`."""
        groups: dict[tuple[str, SpeakerKind], list[Quotation]] = {}
        first: dict[tuple[str, SpeakerKind], Speaker] = {}
        first_index: dict[tuple[str, SpeakerKind], int] = {}
        for i, q in enumerate(self.quotations):
            if q.attribution is None:
                continue
            speaker = q.attribution.speaker
            key = (speaker.name, speaker.kind)
            groups.setdefault(key, []).append(q)
            known = first.get(key)
            if known is None:
                first[key] = speaker
                first_index[key] = i
            elif (known.title is None and speaker.title) or (
                known.description is None and speaker.description
            ):
                first[key] = attrs.evolve(
                    known,
                    title=known.title or speaker.title,
                    description=known.description or speaker.description,
                )
        quoted = {i: p for p in self.people for i in p.quotations}
        return tuple(
            QuotedSpeaker(
                name=key[0],
                kind=key[1],
                title=first[key].title,
                description=first[key].description,
                quotations=tuple(quotes),
                person=quoted.get(first_index[key]) if key[1] is SpeakerKind.PERSON else None,
            )
            for key, quotes in groups.items()
        )

    def text_at(self, span: Span) -> str:
        """The article text at ``span``."""
        return self.text[span.start : span.end]

    def _repr_html_(self) -> str:
        """The HTML view of :mod:`newsmodel.views`, which Jupyter shows for an Article."""
        from newsmodel.views import to_html  # the view knows the model, not the reverse

        return to_html(self, standalone=False)


#: Whether an Article :func:`newsmodel.parse_text` builds is checked as any other is.
#: Its located objects are cut from the text they point into, so the check fails only on
#: a parser's bug: it is left out (some 2% of parse_text's time) unless this is True, as
#: the test suite sets it. (``parse_blocks`` and ``parse_html``, whose paragraphs lie at
#: spans they are given, are checked always.)
CHECK_PARSED = False
#: Set while a parser builds its Article (:func:`parsed`).
_PARSED: ContextVar[bool] = ContextVar("newsmodel_parsed", default=False)


@contextmanager
def parsed() -> Iterator[None]:
    """Build the Articles of this block as a parser's: unchecked unless
    :data:`CHECK_PARSED`. Only parse_text uses it, for the Articles it cuts from its
    text."""
    token = _PARSED.set(True)
    try:
        yield
    finally:
        _PARSED.reset(token)


def _check_located(text: str, what: str, span: Span, stored: str) -> None:
    if span.end > len(text):
        raise ModelError(
            f"{what} span {span} lies past the end of the text ({len(text)} characters)"
        )
    if text[span.start : span.end] != stored:
        raise ModelError(
            f"{what} text {_clip(stored)!r} differs from the article text at {span}: "
            f"{_clip(text[span.start : span.end])!r}"
        )


def _located(text: str, span: Span, stored: str) -> bool:
    """Whether ``stored`` is the text at ``span`` (a quick test that copies nothing;
    :func:`_check_located` says what is wrong when it is not)."""
    start, end = span.start, span.end
    return (
        type(text) is str
        and type(stored) is str
        and type(start) is int
        and type(end) is int
        and 0 <= start <= end <= len(text)
        and len(stored) == end - start
        and text.startswith(stored, start)
    )


def _clip(s: str, limit: int = 40) -> str:
    return s if len(s) <= limit else s[: limit - 3] + "..."


def _check_article(article: Article) -> None:
    text = article.text
    if article.dateline is not None:
        _check_located(text, "Dateline", article.dateline.span, article.dateline.text)
    if article.byline is not None:
        _check_located(text, "Byline", article.byline.span, article.byline.text)
    exact = type(text) is str
    size = len(text)
    previous_end = 0
    for i, p in enumerate(article.paragraphs):
        span = p.span
        stored = p.text
        start, end = span.start, span.end
        if not (  # _located, inline: an article has many paragraphs
            exact
            and type(stored) is str
            and type(start) is int
            and type(end) is int
            and 0 <= start <= end <= size
            and len(stored) == end - start
            and text.startswith(stored, start)
        ):
            _check_located(text, f"Paragraph {i}", span, stored)
        if start < previous_end:
            raise ModelError(
                f"Paragraph {i} at {span} overlaps or precedes the paragraph before it"
            )
        previous_end = end
        sentences = p.sentences
        if len(sentences) == 1 and sentences[0].span is span and sentences[0].text is stored:
            continue  # (the whole paragraph, with its span and text, checked above)
        sentence_end = start
        for j, s in enumerate(sentences):
            sentence_span = s.span
            if sentence_span is span and s.text is stored and sentence_end == start:
                # The whole paragraph, with its span and text, checked above.
                sentence_end = end
                continue
            if (
                start <= sentence_span.start
                and sentence_span.end <= end
                and sentence_span.start >= sentence_end
                and _located(text, sentence_span, s.text)
            ):
                sentence_end = sentence_span.end
                continue
            where = f"Paragraph {i} sentence {j}"
            if not span.contains(sentence_span):
                raise ModelError(f"{where} at {sentence_span} lies outside its paragraph at {span}")
            if sentence_span.start < sentence_end:
                raise ModelError(f"{where} at {sentence_span} overlaps the sentence before it")
            sentence_end = sentence_span.end
            _check_located(text, where, sentence_span, s.text)
    count = len(article.paragraphs)
    for i, q in enumerate(article.quotations):
        if not _located(text, q.span, q.text):
            _check_located(text, f"Quotation {i}", q.span, q.text)
        if q.paragraph is not None and not 0 <= q.paragraph < count:
            raise ModelError(f"Quotation {i} names paragraph {q.paragraph}, but there are {count}")
        if q.attribution is not None:
            for mention, role in (
                (q.attribution.speaker.mention, "speaker mention"),
                (q.attribution.cue, "cue"),
            ):
                if mention is not None and not _located(text, mention.span, mention.text):
                    _check_located(text, f"Quotation {i} {role}", mention.span, mention.text)
            if not 0.0 <= q.attribution.confidence <= 1.0:
                raise ModelError(
                    f"Quotation {i} confidence {q.attribution.confidence} is outside [0, 1]"
                )
    _check_people(article)


def _check_people(article: Article) -> None:
    text = article.text
    count = len(article.quotations)
    for i, person in enumerate(article.people):
        for j, mention in enumerate(person.mentions):
            if not _located(text, mention.span, mention.text):
                _check_located(text, f"Person {i} mention {j}", mention.span, mention.text)
        for part, evidence in (
            ("gender evidence", person.gender_evidence),
            ("role evidence", person.role_evidence),
        ):
            if evidence is None:
                continue
            for word in evidence.mentions:
                if not _located(text, word.span, word.text):
                    _check_located(text, f"Person {i} {part}", word.span, word.text)
        for index in person.quotations:
            if not 0 <= index < count:
                raise ModelError(
                    f"Person {i} names quotation {index}, but there are {count} quotations"
                )
