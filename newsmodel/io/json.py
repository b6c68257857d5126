"""newsmodel's own JSON format: lossless, the text written once, everything else as offsets.

A document is one JSON object::

    {"format": "newsmodel", "version": 1, "text": "...", "headline": ..., "paragraphs": [...]}

Every located object (dateline, byline, paragraph, sentence, quotation, speaker
mention, cue, a person's mentions and the words their gender and role rest on) is written as its ``start`` and ``end`` character offsets into
``text`` and nothing else of its text: reading rebuilds each one's text from the
article text, so the two can never disagree. Enums are written as their values,
datetimes as ISO 8601 strings (a named time zone becomes its UTC offset).

``loads(dumps(article)) == article`` for every :class:`~newsmodel.model.Article`.
Reading is strict: an unknown or missing key, a value of the wrong type, an enum
value newsmodel does not know, an offset outside the text, or a newer version of
the format is a :class:`~newsmodel.errors.FormatError` naming the field, such as
``json at paragraphs[3].end: ...``.

The JSON Schema (draft 2020-12) of the format ships with the package:
:func:`schema` returns it.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import importlib.resources
import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import regex

from newsmodel.errors import FormatError, ModelError
from newsmodel.io._input import Document, document, json_failure
from newsmodel.io.registry import FormatInfo, register
from newsmodel.model import (
    Article,
    Attribution,
    Byline,
    Dateline,
    Evidence,
    EvidenceKind,
    Gender,
    Mention,
    MentionKind,
    Paragraph,
    ParagraphKind,
    Person,
    PersonMention,
    Quotation,
    QuoteKind,
    Role,
    Sentence,
    Span,
    Speaker,
    SpeakerKind,
    Stance,
)

__all__ = [
    "FORMAT_NAME",
    "SCHEMA_FILE",
    "VERSION",
    "dumps",
    "from_dict",
    "loads",
    "schema",
    "to_dict",
]

#: The value of a document's ``"format"`` key.
FORMAT_NAME = "newsmodel"
#: The version of the format this module writes, and the newest it reads.
VERSION = 1
#: The file name of the JSON Schema, in ``newsmodel/io/schemas/``.
SCHEMA_FILE = "newsmodel-article-1.schema.json"

_FORMAT = "json"
_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")

# Which object a ModelError raised by the Article validator is about ("Paragraph 3
# sentence 2 at ...", "Quotation 0 cue ...", "Dateline ..."), to name its JSON path.
#: The UTC offset that ends an ISO 8601 date and time: "+05:30", "-00:00:00.000001".
UTC_OFFSET_RE = regex.compile(
    r"(?<=\d)(?P<sign>[+-])(?P<hours>\d\d):(?P<minutes>\d\d)"
    r"(?::(?P<seconds>\d\d)(?:\.(?P<micro>\d{6}))?)?\Z"
)
MODEL_ERROR_SUBJECT_RE = regex.compile(
    r"(?:Paragraph (?P<paragraph>\d+)(?: sentence (?P<sentence>\d+))?"
    r"|Quotation (?P<quotation>\d+)(?P<part> speaker mention| cue)?"
    r"|Person (?P<person>\d+)(?: mention (?P<mention>\d+)| (?P<evidence>gender|role) evidence)?"
    r"|(?P<top>Dateline|Byline))\b"
)


# ---------------------------------------------------------------------------
# Writing


def _offsets(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def _mention(mention: Mention | None) -> dict[str, int] | None:
    return None if mention is None else _offsets(mention.span)


def _datetime(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _dateline(d: Dateline | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {**_offsets(d.span), "location": d.location, "source": d.source, "date": d.date}


def _byline(b: Byline | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {**_offsets(b.span), "authors": list(b.authors), "organisation": b.organisation}


def _paragraph(p: Paragraph) -> dict[str, Any]:
    return {
        **_offsets(p.span),
        "kind": p.kind.value,
        "sentences": [_offsets(s.span) for s in p.sentences],
    }


def _attribution(a: Attribution | None) -> dict[str, Any] | None:
    if a is None:
        return None
    s = a.speaker
    return {
        "speaker": {
            "name": s.name,
            "kind": s.kind.value,
            "mention": _mention(s.mention),
            "title": s.title,
            "description": s.description,
        },
        "cue": _mention(a.cue),
        "rule": a.rule,
        "confidence": a.confidence,
        "stance": a.stance.value,
    }


def _quotation(q: Quotation) -> dict[str, Any]:
    return {
        **_offsets(q.span),
        "kind": q.kind.value,
        "paragraph": q.paragraph,
        "attribution": _attribution(q.attribution),
    }


def _evidence(e: Evidence | None) -> dict[str, Any] | None:
    if e is None:
        return None
    return {
        "kind": e.kind.value,
        "mentions": [_offsets(m.span) for m in e.mentions],
        "detail": e.detail,
    }


def _person(p: Person) -> dict[str, Any]:
    return {
        "name": p.name,
        "key": p.key,
        "variants": list(p.variants),
        "mentions": [{**_offsets(m.span), "kind": m.kind.value} for m in p.mentions],
        "quotations": list(p.quotations),
        "gender": p.gender.value,
        "gender_evidence": _evidence(p.gender_evidence),
        "role": p.role.value,
        "role_evidence": _evidence(p.role_evidence),
    }


def to_dict(article: Article) -> dict[str, Any]:
    """The JSON document of ``article`` as Python dicts and lists, ready for :func:`json.dumps`."""
    return {
        "format": FORMAT_NAME,
        "version": VERSION,
        "text": article.text,
        "headline": article.headline,
        "dateline": _dateline(article.dateline),
        "byline": _byline(article.byline),
        "authors": list(article.authors),
        "contributors": list(article.contributors),
        "published": _datetime(article.published),
        "modified": _datetime(article.modified),
        "url": article.url,
        "language": article.language,
        "paragraphs": [_paragraph(p) for p in article.paragraphs],
        "quotations": [_quotation(q) for q in article.quotations],
        "people": [_person(p) for p in article.people],
    }


def dumps(article: Article, *, indent: int | str | None = None, ensure_ascii: bool = False) -> str:
    """Write ``article`` as a newsmodel JSON document.

    ``indent`` pretty-prints (``None``, the default, writes one compact line);
    ``ensure_ascii`` escapes every non-ASCII character.
    """
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(
        to_dict(article), indent=indent, ensure_ascii=ensure_ascii, separators=separators
    )


# ---------------------------------------------------------------------------
# Reading


def _fail(where: str | None, message: str) -> FormatError:
    return FormatError(message, format=_FORMAT, where=where)


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        clipped = value if len(value) <= 30 else value[:27] + "..."
        return f"the string {clipped!r}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _object(
    value: object, where: str, required: frozenset[str], allowed: frozenset[str]
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, f"expected an object, got {_type_name(value)}")
    for key in value:
        if key not in allowed:
            raise _fail(f"{where}.{key}" if where else key, "unknown key")
    for key in sorted(required):
        if key not in value:
            raise _fail(f"{where}.{key}" if where else key, "missing")
    return value


def _int(value: object, where: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():  # JSON Schema's integers include 2.0
        return int(value)
    raise _fail(where, f"expected an integer, got {_type_name(value)}")


def _str(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise _fail(where, f"expected a string, got {_type_name(value)}")
    return value


def _optional_str(value: object, where: str) -> str | None:
    return None if value is None else _str(value, where)


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise _fail(where, f"expected an array of strings, got {_type_name(value)}")
    return tuple(_str(item, f"{where}[{i}]") for i, item in enumerate(value))


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(where, f"expected an array, got {_type_name(value)}")
    return value


def _enum(cls: type[_E], value: object, where: str) -> _E:
    try:
        return cls(value)
    except ValueError:
        known = ", ".join(repr(member.value) for member in cls)
        raise _fail(where, f"{_type_name(value)} is no {cls.__name__} (one of {known})") from None


def _confidence(value: object, where: str) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise _fail(where, f"expected a number, got {_type_name(value)}")
    if not 0.0 <= value <= 1.0:
        raise _fail(where, f"{value!r} is outside [0, 1]")
    return float(value)


def _optional_datetime(value: object, where: str) -> dt.datetime | None:
    if value is None:
        return None
    text = _str(value, where)
    # Python 3.10's fromisoformat does not know the "Z" suffix, and some versions
    # misread an offset with seconds or microseconds: read the offset ourselves.
    iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    offset = UTC_OFFSET_RE.search(iso)
    try:
        if offset is None:
            return dt.datetime.fromisoformat(iso)
        moment = dt.datetime.fromisoformat(iso[: offset.start()])
        delta = dt.timedelta(
            hours=int(offset["hours"]),
            minutes=int(offset["minutes"]),
            seconds=int(offset["seconds"] or 0),
            microseconds=int(offset["micro"] or 0),
        )
        zone = dt.timezone(-delta if offset["sign"] == "-" else delta)
        return moment.replace(tzinfo=zone)
    except ValueError:
        raise _fail(where, f"{text!r} is no ISO 8601 date and time") from None


def _optional(value: object, read: Callable[[object, str], _T], where: str) -> _T | None:
    return None if value is None else read(value, where)


class _Reader:
    """Reads one document, rebuilding located objects' text from the article text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, obj: Mapping[str, Any], where: str) -> tuple[Span, str]:
        start = _int(obj["start"], f"{where}.start")
        end = _int(obj["end"], f"{where}.end")
        if start < 0:
            raise _fail(f"{where}.start", f"{start} is negative")
        if end < start:
            raise _fail(f"{where}.end", f"{end} is before start {start}")
        if end > len(self.text):
            raise _fail(
                f"{where}.end", f"{end} lies past the end of the text ({len(self.text)} characters)"
            )
        return Span(start, end), self.text[start:end]

    def mention(self, value: object, where: str) -> Mention:
        obj = _object(value, where, _SPAN_KEYS, _SPAN_KEYS)
        span, text = self.span(obj, where)
        return Mention(text, span)

    def dateline(self, value: object, where: str) -> Dateline:
        obj = _object(value, where, _SPAN_KEYS, _DATELINE_KEYS)
        span, text = self.span(obj, where)
        return Dateline(
            span,
            text,
            location=_optional_str(obj.get("location"), f"{where}.location"),
            source=_optional_str(obj.get("source"), f"{where}.source"),
            date=_optional_str(obj.get("date"), f"{where}.date"),
        )

    def byline(self, value: object, where: str) -> Byline:
        obj = _object(value, where, _SPAN_KEYS, _BYLINE_KEYS)
        span, text = self.span(obj, where)
        return Byline(
            span,
            text,
            authors=_strings(obj.get("authors", []), f"{where}.authors"),
            organisation=_optional_str(obj.get("organisation"), f"{where}.organisation"),
        )

    def sentence(self, value: object, where: str) -> Sentence:
        obj = _object(value, where, _SPAN_KEYS, _SPAN_KEYS)
        span, text = self.span(obj, where)
        return Sentence(span, text)

    def paragraph(self, value: object, where: str) -> Paragraph:
        obj = _object(value, where, _SPAN_KEYS, _PARAGRAPH_KEYS)
        span, text = self.span(obj, where)
        kind = ParagraphKind.BODY
        if "kind" in obj:
            kind = _enum(ParagraphKind, obj["kind"], f"{where}.kind")
        sentences = _list(obj.get("sentences", []), f"{where}.sentences")
        return Paragraph(
            span,
            text,
            kind,
            [self.sentence(s, f"{where}.sentences[{i}]") for i, s in enumerate(sentences)],
        )

    def speaker(self, value: object, where: str) -> Speaker:
        obj = _object(value, where, _SPEAKER_REQUIRED, _SPEAKER_KEYS)
        kind = SpeakerKind.PERSON
        if "kind" in obj:
            kind = _enum(SpeakerKind, obj["kind"], f"{where}.kind")
        return Speaker(
            _str(obj["name"], f"{where}.name"),
            kind,
            mention=_optional(obj.get("mention"), self.mention, f"{where}.mention"),
            title=_optional_str(obj.get("title"), f"{where}.title"),
            description=_optional_str(obj.get("description"), f"{where}.description"),
        )

    def attribution(self, value: object, where: str) -> Attribution:
        obj = _object(value, where, _ATTRIBUTION_REQUIRED, _ATTRIBUTION_KEYS)
        return Attribution(
            self.speaker(obj["speaker"], f"{where}.speaker"),
            cue=_optional(obj.get("cue"), self.mention, f"{where}.cue"),
            rule=_str(obj.get("rule", ""), f"{where}.rule"),
            confidence=_confidence(obj.get("confidence", 1.0), f"{where}.confidence"),
            stance=_enum(Stance, obj.get("stance", "speech"), f"{where}.stance"),
        )

    def quotation(self, value: object, where: str, paragraphs: int) -> Quotation:
        obj = _object(value, where, _QUOTATION_REQUIRED, _QUOTATION_KEYS)
        span, text = self.span(obj, where)
        paragraph = _optional(obj.get("paragraph"), _int, f"{where}.paragraph")
        if paragraph is not None and not 0 <= paragraph < paragraphs:
            raise _fail(
                f"{where}.paragraph", f"{paragraph} names no paragraph (there are {paragraphs})"
            )
        return Quotation(
            span,
            text,
            _enum(QuoteKind, obj["kind"], f"{where}.kind"),
            attribution=_optional(obj.get("attribution"), self.attribution, f"{where}.attribution"),
            paragraph=paragraph,
        )

    def person_mention(self, value: object, where: str) -> PersonMention:
        obj = _object(value, where, _SPAN_KEYS, _PERSON_MENTION_KEYS)
        span, text = self.span(obj, where)
        kind = MentionKind.NAME
        if "kind" in obj:
            kind = _enum(MentionKind, obj["kind"], f"{where}.kind")
        return PersonMention(span, text, kind)

    def evidence(self, value: object, where: str) -> Evidence:
        obj = _object(value, where, _EVIDENCE_REQUIRED, _EVIDENCE_KEYS)
        mentions = _list(obj.get("mentions", []), f"{where}.mentions")
        return Evidence(
            _enum(EvidenceKind, obj["kind"], f"{where}.kind"),
            [self.mention(m, f"{where}.mentions[{i}]") for i, m in enumerate(mentions)],
            _str(obj.get("detail", ""), f"{where}.detail"),
        )

    def person(self, value: object, where: str, quotations: int) -> Person:
        obj = _object(value, where, _PERSON_REQUIRED, _PERSON_KEYS)
        indexes = _list(obj.get("quotations", []), f"{where}.quotations")
        quoted = []
        for i, item in enumerate(indexes):
            index = _int(item, f"{where}.quotations[{i}]")
            if not 0 <= index < quotations:
                raise _fail(
                    f"{where}.quotations[{i}]",
                    f"{index} names no quotation (there are {quotations})",
                )
            quoted.append(index)
        mentions = _list(obj.get("mentions", []), f"{where}.mentions")
        gender, role = Gender.UNKNOWN, Role.UNKNOWN
        if "gender" in obj:
            gender = _enum(Gender, obj["gender"], f"{where}.gender")
        if "role" in obj:
            role = _enum(Role, obj["role"], f"{where}.role")
        return Person(
            name=_str(obj["name"], f"{where}.name"),
            key=_str(obj["key"], f"{where}.key"),
            variants=_strings(obj.get("variants", []), f"{where}.variants"),
            mentions=[
                self.person_mention(m, f"{where}.mentions[{i}]") for i, m in enumerate(mentions)
            ],
            quotations=quoted,
            gender=gender,
            gender_evidence=_optional(
                obj.get("gender_evidence"), self.evidence, f"{where}.gender_evidence"
            ),
            role=role,
            role_evidence=_optional(
                obj.get("role_evidence"), self.evidence, f"{where}.role_evidence"
            ),
        )


_SPAN_KEYS = frozenset({"start", "end"})
_PERSON_MENTION_KEYS = _SPAN_KEYS | {"kind"}
_EVIDENCE_REQUIRED = frozenset({"kind"})
_EVIDENCE_KEYS = _EVIDENCE_REQUIRED | {"mentions", "detail"}
_PERSON_REQUIRED = frozenset({"name", "key"})
_PERSON_KEYS = _PERSON_REQUIRED | {
    "variants",
    "mentions",
    "quotations",
    "gender",
    "gender_evidence",
    "role",
    "role_evidence",
}
_DATELINE_KEYS = _SPAN_KEYS | {"location", "source", "date"}
_BYLINE_KEYS = _SPAN_KEYS | {"authors", "organisation"}
_PARAGRAPH_KEYS = _SPAN_KEYS | {"kind", "sentences"}
_SPEAKER_REQUIRED = frozenset({"name"})
_SPEAKER_KEYS = _SPEAKER_REQUIRED | {"kind", "mention", "title", "description"}
_ATTRIBUTION_REQUIRED = frozenset({"speaker"})
_ATTRIBUTION_KEYS = _ATTRIBUTION_REQUIRED | {"cue", "rule", "confidence", "stance"}
_QUOTATION_REQUIRED = _SPAN_KEYS | {"kind"}
_QUOTATION_KEYS = _QUOTATION_REQUIRED | {"paragraph", "attribution"}
_ARTICLE_REQUIRED = frozenset({"format", "version", "text"})
_ARTICLE_KEYS = _ARTICLE_REQUIRED | {
    "headline",
    "dateline",
    "byline",
    "authors",
    "contributors",
    "published",
    "modified",
    "url",
    "language",
    "paragraphs",
    "quotations",
    "people",
}


def _check_header(doc: object) -> dict[str, Any]:
    if not isinstance(doc, dict):
        raise _fail(None, f"a newsmodel document is a JSON object, not {_type_name(doc)}")
    if "format" not in doc:
        raise _fail("format", f'missing; a newsmodel document has "format": "{FORMAT_NAME}"')
    if doc["format"] != FORMAT_NAME:
        raise _fail(
            "format", f"{_type_name(doc['format'])} is not {FORMAT_NAME!r}: no newsmodel document"
        )
    if "version" not in doc:
        raise _fail("version", "missing")
    version = _int(doc["version"], "version")
    if not 1 <= version <= VERSION:
        readable = "version 1" if VERSION == 1 else f"versions 1 to {VERSION}"
        newer = " (a newer newsmodel may read it)" if version > VERSION else ""
        raise _fail(
            "version", f"version {version} is not supported: this newsmodel reads {readable}{newer}"
        )
    return _object(doc, "", _ARTICLE_REQUIRED, _ARTICLE_KEYS)


def _model_error_path(message: str) -> str | None:
    m = MODEL_ERROR_SUBJECT_RE.match(message)
    if m is None:
        return None
    if m["top"]:
        return m["top"].lower()
    if m["paragraph"] is not None:
        path = f"paragraphs[{m['paragraph']}]"
        return f"{path}.sentences[{m['sentence']}]" if m["sentence"] is not None else path
    if m["person"] is not None:
        path = f"people[{m['person']}]"
        if m["mention"] is not None:
            return f"{path}.mentions[{m['mention']}]"
        return f"{path}.{m['evidence']}_evidence" if m["evidence"] else path
    path = f"quotations[{m['quotation']}]"
    if m["part"] == " cue":
        return f"{path}.attribution.cue"
    if m["part"] == " speaker mention":
        return f"{path}.attribution.speaker.mention"
    return path


def from_dict(doc: object) -> Article:
    """The Article of a newsmodel JSON document already parsed into dicts and lists."""
    obj = _check_header(doc)
    text = _str(obj["text"], "text")
    read = _Reader(text)
    paragraphs = [
        read.paragraph(p, f"paragraphs[{i}]")
        for i, p in enumerate(_list(obj.get("paragraphs", []), "paragraphs"))
    ]
    quotations = [
        read.quotation(q, f"quotations[{i}]", len(paragraphs))
        for i, q in enumerate(_list(obj.get("quotations", []), "quotations"))
    ]
    people = [
        read.person(p, f"people[{i}]", len(quotations))
        for i, p in enumerate(_list(obj.get("people", []), "people"))
    ]
    try:
        return Article(
            text=text,
            headline=_optional_str(obj.get("headline"), "headline"),
            dateline=_optional(obj.get("dateline"), read.dateline, "dateline"),
            byline=_optional(obj.get("byline"), read.byline, "byline"),
            authors=_strings(obj.get("authors", []), "authors"),
            contributors=_strings(obj.get("contributors", []), "contributors"),
            published=_optional_datetime(obj.get("published"), "published"),
            modified=_optional_datetime(obj.get("modified"), "modified"),
            url=_optional_str(obj.get("url"), "url"),
            language=_str(obj.get("language", "en"), "language"),
            paragraphs=paragraphs,
            quotations=quotations,
            people=people,
        )
    except ModelError as exc:
        raise _fail(_model_error_path(str(exc)), str(exc)) from None


def loads(data: Document) -> Article:
    """Read a newsmodel JSON document (``str``, or ``bytes`` in UTF-8, -16 or -32, or a file)."""
    data = document(data, _FORMAT)
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        raise _fail(f"line {exc.lineno} column {exc.colno}", f"malformed JSON: {exc.msg}") from None
    except ValueError as exc:  # bytes in no Unicode encoding, a number too long
        raise _fail(None, json_failure(exc)) from None
    except RecursionError:
        raise _fail(None, "malformed JSON: nested too deeply") from None
    return from_dict(doc)


@functools.cache
def _schema_text() -> str:
    resource = importlib.resources.files("newsmodel.io").joinpath("schemas").joinpath(SCHEMA_FILE)
    return resource.read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of newsmodel's JSON format, as a fresh dict."""
    result: dict[str, Any] = json.loads(_schema_text())
    return result


register(
    FormatInfo(
        "json",
        "newsmodel's own JSON, lossless: the text once, everything else as offsets",
        "application/json",
        ".json",
        dumps,
        loads,
        True,
    )
)
