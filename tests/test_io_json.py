"""Tests of newsmodel.io.json: the lossless JSON format, its schema and its errors."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

import newsmodel
from newsmodel import FormatError, model
from newsmodel.io import json as nmjson
from newsmodel.sample import sample_article
from tests.conftest import corpus
from tests.strategies import articles, example_article

ROOT = Path(__file__).resolve().parents[1]
VALIDATOR = jsonschema.Draft202012Validator(nmjson.schema())


def _doc(article: newsmodel.Article | None = None) -> dict[str, Any]:
    return json.loads(newsmodel.dumps(article or example_article(), format="json"))


def test_round_trip_keeps_every_field() -> None:
    """An article with every field set reads back equal, field by field."""
    article = example_article()
    back = newsmodel.loads(newsmodel.dumps(article, format="json"), format="json")
    assert back == article
    for field in attrs.fields(newsmodel.Article):
        assert getattr(back, field.name) == getattr(article, field.name), field.name
    assert back.published is not None
    assert back.published.utcoffset() == dt.timedelta(hours=1)


def test_round_trip_of_sample_article() -> None:
    """The built-in sample article, as parsed, survives the round trip."""
    article = sample_article()
    assert newsmodel.loads(newsmodel.dumps(article)) == article


def test_document_names_format_and_version() -> None:
    """A document says it is a newsmodel document and which version of the format."""
    doc = _doc()
    assert doc["format"] == "newsmodel"
    assert doc["version"] == nmjson.VERSION == 1
    assert list(doc)[:3] == ["format", "version", "text"]


def test_text_is_written_once() -> None:
    """The text appears once; located objects are offsets only."""
    article = example_article()
    written = newsmodel.dumps(article, format="json")
    assert written.count("Ferry crews returned to work on Friday") == 1
    doc = json.loads(written)
    assert doc["paragraphs"][2] == {
        "start": article.paragraphs[2].span.start,
        "end": article.paragraphs[2].span.end,
        "kind": "body",
        "sentences": [
            {"start": s.span.start, "end": s.span.end} for s in article.paragraphs[2].sentences
        ],
    }
    assert doc["quotations"][0]["attribution"]["cue"] == {
        "start": article.quotations[0].attribution.cue.span.start,  # type: ignore[union-attr]
        "end": article.quotations[0].attribution.cue.span.end,  # type: ignore[union-attr]
    }


def test_enums_and_datetimes_written_as_values() -> None:
    """Enums are written as their values, datetimes as ISO 8601 with their offset."""
    doc = _doc()
    assert [p["kind"] for p in doc["paragraphs"]] == [
        "headline",
        "byline",
        "body",
        "body",
        "credit",
    ]
    assert [q["kind"] for q in doc["quotations"]] == ["direct", "partial", "indirect", "scare"]
    assert doc["quotations"][1]["attribution"]["speaker"]["kind"] == "document"
    assert doc["published"] == "2025-05-02T09:30:00+01:00"
    assert doc["modified"] == "2025-05-02T11:00:12.000500+00:00"


def test_every_model_field_is_written() -> None:
    """Each attrs field of each model class has its key in the document (text as offsets)."""
    doc = _doc()
    quotation = doc["quotations"][0]
    objects = {
        model.Article: doc,
        model.Paragraph: doc["paragraphs"][2],
        model.Sentence: doc["paragraphs"][2]["sentences"][0],
        model.Dateline: doc["dateline"],
        model.Byline: doc["byline"],
        model.Quotation: quotation,
        model.Attribution: quotation["attribution"],
        model.Speaker: quotation["attribution"]["speaker"],
        model.Mention: quotation["attribution"]["cue"],
    }
    for cls, obj in objects.items():
        for field in attrs.fields(cls):
            if field.name == "span":
                assert {"start", "end"} <= obj.keys(), cls.__name__
            elif field.name == "text" and cls is not model.Article:
                assert "text" not in obj, f"{cls.__name__} text is derived, not written"
            else:
                assert field.name in obj, f"{cls.__name__}.{field.name} is not written"


def test_named_time_zone_becomes_its_offset() -> None:
    """A datetime in a named zone reads back as the same instant with its UTC offset."""
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        lisbon = zoneinfo.ZoneInfo("Europe/Lisbon")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone database on this machine")
    when = dt.datetime(2025, 7, 1, 12, 0, tzinfo=lisbon)
    article = newsmodel.Article(text="x", published=when)
    back = newsmodel.loads(newsmodel.dumps(article))
    assert back == article
    assert back.published is not None
    assert back.published.utcoffset() == dt.timedelta(hours=1)


def test_minimal_document_takes_model_defaults() -> None:
    """Only format, version and text are required; the rest defaults as in the model."""
    article = newsmodel.loads('{"format": "newsmodel", "version": 1, "text": "Hi."}')
    assert article == newsmodel.Article(text="Hi.")


def test_optional_keys_default_inside_objects() -> None:
    """A paragraph without kind is body; an attribution without rule or confidence takes defaults."""
    doc = {
        "format": "newsmodel",
        "version": 1,
        "text": "“Yes,” she said.",
        "paragraphs": [{"start": 0, "end": 16}],
        "quotations": [
            {"start": 1, "end": 5, "kind": "direct", "attribution": {"speaker": {"name": "Kim"}}}
        ],
    }
    article = nmjson.from_dict(doc)
    assert article.paragraphs[0].kind is newsmodel.ParagraphKind.BODY
    assert article.paragraphs[0].sentences == ()
    attribution = article.quotations[0].attribution
    assert attribution == newsmodel.Attribution(newsmodel.Speaker("Kim"))
    assert article.quotations[0].text == "Yes,"


def test_loads_reads_bytes_and_utc_suffix() -> None:
    """Bytes in UTF-8 or UTF-16 are read, and a "Z" offset means UTC."""
    doc = _doc()
    doc["published"] = "2025-05-02T08:30:00Z"
    for data in (json.dumps(doc).encode("utf-8"), json.dumps(doc).encode("utf-16")):
        article = newsmodel.loads(data, format="json")
        assert article.published == dt.datetime(2025, 5, 2, 8, 30, tzinfo=dt.timezone.utc)


def test_indent_pretty_prints() -> None:
    """indent= spreads the document over lines; the default is one compact line."""
    article = example_article()
    assert "\n" not in newsmodel.dumps(article)
    pretty = newsmodel.dumps(article, indent=2)
    assert pretty.startswith('{\n  "format": "newsmodel",')
    assert newsmodel.loads(pretty) == article


def test_non_ascii_written_as_is_unless_asked() -> None:
    """Non-ASCII text is written as characters, or escaped with ensure_ascii=True."""
    article = example_article()
    assert "“" in newsmodel.dumps(article)
    assert newsmodel.dumps(article, ensure_ascii=True).isascii()


def test_format_is_registered_as_lossless() -> None:
    """json is in the registry, reads and writes, and claims to lose nothing."""
    info = newsmodel.formats["json"]
    assert info.can_read
    assert info.can_write
    assert info.lossless
    assert info.extension == ".json"


def test_integral_numbers_are_integers() -> None:
    """An offset written as 2.0 is the integer 2, as JSON Schema counts integers."""
    doc = {
        "format": "newsmodel",
        "version": 1.0,
        "text": "Hi there.",
        "paragraphs": [{"start": 0.0, "end": 9.0}],
    }
    article = nmjson.from_dict(doc)
    assert article.paragraphs[0].span == newsmodel.Span(0, 9)
    VALIDATOR.validate(doc)


def test_loads_rejects_non_text() -> None:
    """loads takes str or bytes; anything else is a TypeError."""
    with pytest.raises(TypeError, match="str or bytes"):
        nmjson.loads({"format": "newsmodel"})  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Errors name the field that went wrong


Change = Callable[[dict[str, Any]], object]


def _set(path: str, value: object) -> Change:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = doc
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        if value is _DELETE:
            del target[last]
        elif isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


_DELETE = object()

BAD_DOCUMENTS: list[tuple[str, Change, str, str]] = [
    ("wrong format name", _set("format", "ninjs"), "format", "is not 'newsmodel'"),
    ("no format", _set("format", _DELETE), "format", "missing"),
    ("newer version", _set("version", 2), "version", "version 2 is not supported"),
    ("version as text", _set("version", "1"), "version", "expected an integer"),
    ("no text", _set("text", _DELETE), "text", "missing"),
    ("text not a string", _set("text", 5), "text", "expected a string"),
    ("unknown key", _set("summary", "x"), "summary", "unknown key"),
    ("unknown nested key", _set("paragraphs/0/label", "x"), "paragraphs[0].label", "unknown key"),
    (
        "bad paragraph kind",
        _set("paragraphs/1/kind", "sidebar"),
        "paragraphs[1].kind",
        "no ParagraphKind",
    ),
    ("bad quote kind", _set("quotations/0/kind", "DIRECT"), "quotations[0].kind", "no QuoteKind"),
    (
        "bad speaker kind",
        _set("quotations/0/attribution/speaker/kind", "robot"),
        "quotations[0].attribution.speaker.kind",
        "no SpeakerKind",
    ),
    (
        "span past the text",
        _set("paragraphs/4/end", 10_000),
        "paragraphs[4].end",
        "lies past the end",
    ),
    (
        "end before start",
        _set("paragraphs/2/sentences/1/end", 0),
        "paragraphs[2].sentences[1].end",
        "before start",
    ),
    ("negative start", _set("dateline/start", -1), "dateline.start", "negative"),
    ("offset as fraction", _set("byline/start", 1.5), "byline.start", "expected an integer"),
    ("offset as boolean", _set("byline/end", True), "byline.end", "expected an integer"),
    ("no start", _set("quotations/3/start", _DELETE), "quotations[3].start", "missing"),
    (
        "no speaker name",
        _set("quotations/0/attribution/speaker/name", _DELETE),
        "quotations[0].attribution.speaker.name",
        "missing",
    ),
    (
        "cue past the text",
        _set("quotations/0/attribution/cue/end", 10_000),
        "quotations[0].attribution.cue.end",
        "past the end",
    ),
    (
        "confidence above 1",
        _set("quotations/0/attribution/confidence", 1.5),
        "quotations[0].attribution.confidence",
        "outside [0, 1]",
    ),
    (
        "paragraph index out of range",
        _set("quotations/0/paragraph", 9),
        "quotations[0].paragraph",
        "names no paragraph",
    ),
    ("authors not a list", _set("authors", "Ana Ruiz"), "authors", "expected an array of strings"),
    ("author not a string", _set("contributors/1", 7), "contributors[1]", "expected a string"),
    ("paragraphs not a list", _set("paragraphs", {}), "paragraphs", "expected an array"),
    ("quotation not an object", _set("quotations/2", "x"), "quotations[2]", "expected an object"),
    ("bad datetime", _set("published", "yesterday"), "published", "no ISO 8601"),
    ("datetime as number", _set("modified", 1714640000), "modified", "expected a string"),
    # Errors the Article validator finds are named by the object they concern.
    ("overlapping paragraphs", _set("paragraphs/1/start", 5), "paragraphs[1]", "overlaps"),
    (
        "sentence outside paragraph",
        _set("paragraphs/0/sentences/0/end", 40),
        "paragraphs[0].sentences[0]",
        "outside its paragraph",
    ),
]


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [pytest.param(c, w, m, id=name) for name, c, w, m in BAD_DOCUMENTS],
)
def test_bad_document_is_a_format_error_naming_the_field(
    change: Change, where: str, message: str
) -> None:
    """A document that breaks the format raises FormatError at the field that is wrong."""
    doc = _doc()
    change(doc)
    with pytest.raises(FormatError, match=re.escape(message)) as info:
        newsmodel.loads(json.dumps(doc), format="json")
    assert info.value.format == "json"
    assert info.value.where == where
    assert str(info.value).startswith(f"json at {where}: ")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param('{"format": "newsmodel",', "malformed JSON", id="truncated"),
        pytest.param("", "malformed JSON", id="empty"),
        pytest.param("[1, 2]", "is a JSON object, not an array", id="array"),
        pytest.param("null", "not null", id="null"),
        pytest.param("[" * 100_000, "malformed JSON", id="nested"),
        pytest.param(b"\xff\xfe\x00", "malformed JSON", id="bytes-in-no-encoding"),
    ],
)
def test_malformed_json_is_a_format_error(data: str | bytes, message: str) -> None:
    """Text that is no JSON object is refused with a FormatError, which is also a ValueError."""
    with pytest.raises(FormatError, match=message) as info:
        newsmodel.loads(data, format="json")
    assert isinstance(info.value, ValueError)


def test_malformed_json_error_names_line_and_column() -> None:
    """Broken JSON is located by line and column."""
    with pytest.raises(FormatError) as info:
        newsmodel.loads('{\n  "format": "newsmodel",\n  "version" 1\n}')
    assert info.value.where == "line 3 column 13"


# ---------------------------------------------------------------------------
# The JSON Schema


def test_schema_is_valid_draft_2020_12() -> None:
    """The shipped schema is itself a valid draft 2020-12 schema."""
    schema = nmjson.schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@settings(deadline=None)
@given(articles())
def test_every_dumped_document_validates_against_schema(article: newsmodel.Article) -> None:
    """Whatever dumps writes is valid under the shipped JSON Schema."""
    VALIDATOR.validate(json.loads(newsmodel.dumps(article, format="json")))


def test_example_and_sample_validate_against_schema() -> None:
    """The hand-built example and the parsed sample article validate."""
    VALIDATOR.validate(_doc())
    VALIDATOR.validate(_doc(sample_article()))


@pytest.mark.parametrize(
    ("name", "change"),
    [pytest.param(name, c, id=name) for name, c, _, _ in BAD_DOCUMENTS[:20]],
)
def test_schema_rejects_what_loads_rejects(name: str, change: Change) -> None:
    """The schema refuses the malformed documents loads refuses (type, key and enum errors)."""
    doc = _doc()
    change(doc)
    errors = list(VALIDATOR.iter_errors(doc))
    if "past" in name or "before start" in name or "out of range" in name:
        assert not errors, "offsets against the text are beyond what a schema can check"
    else:
        assert errors, name


def test_schema_enums_match_model_enums() -> None:
    """The schema lists exactly the values of the model's enums."""
    defs = nmjson.schema()["$defs"]
    assert defs["paragraph"]["properties"]["kind"]["enum"] == [
        k.value for k in newsmodel.ParagraphKind
    ]
    assert defs["quotation"]["properties"]["kind"]["enum"] == [k.value for k in newsmodel.QuoteKind]
    assert defs["speaker"]["properties"]["kind"]["enum"] == [k.value for k in newsmodel.SpeakerKind]


def test_docs_carry_the_same_schema() -> None:
    """docs/ holds an identical copy of the packaged schema."""
    packaged = nmjson.schema()
    documented = json.loads((ROOT / "docs" / nmjson.SCHEMA_FILE).read_text(encoding="utf-8"))
    assert documented == packaged


def test_schema_returns_a_fresh_copy() -> None:
    """Changing the returned schema does not change the next one."""
    nmjson.schema()["title"] = "changed"
    assert nmjson.schema()["title"] != "changed"


# ---------------------------------------------------------------------------
# Real text


def test_round_trip_on_corpus_articles() -> None:
    """Parsed BBC and scraped articles round-trip and validate against the schema."""
    folder = corpus("bbc")
    paths = [*sorted(folder.glob("*/*.txt"))[::25], corpus("scraped", "summit.txt")]
    assert len(paths) > 80
    for path in paths:
        text = path.read_bytes().decode("utf-8", errors="replace")
        article = newsmodel.parse_text(text)
        written = newsmodel.dumps(article, format="json")
        VALIDATOR.validate(json.loads(written))
        assert newsmodel.loads(written, format="json") == article, path.name


def test_sub_minute_utc_offsets_survive() -> None:
    """A UTC offset with seconds and microseconds reads back exactly, not as UTC."""
    import datetime as dt

    zone = dt.timezone(dt.timedelta(seconds=-37, microseconds=-1))
    article = newsmodel.Article(text="x", published=dt.datetime(2020, 1, 1, tzinfo=zone))
    back = newsmodel.loads(newsmodel.dumps(article, format="json"), format="json")
    assert back.published is not None
    assert back.published.utcoffset() == zone.utcoffset(None)
