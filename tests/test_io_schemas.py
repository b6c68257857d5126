"""Tests of the schema checks: IPTC's validators refuse what they must, and every write is checked."""

from __future__ import annotations

import json

import pytest

import newsmodel
from newsmodel.io import registry
from tests import iptc
from tests.io_articles import lighthouse

needs_schemas = pytest.mark.skipif(not iptc.available(), reason=iptc.MISSING)


@needs_schemas
def test_ninjs_validator_refuses_unknown_properties() -> None:
    """The ninjs 3.1 validator refuses a property the standard does not define."""
    doc = json.loads(newsmodel.dumps(lighthouse(), format="ninjs"))
    doc["quotations"] = []
    assert not iptc.ninjs_validator().is_valid(doc)


@needs_schemas
def test_ninjs_validator_checks_formats() -> None:
    """The validator checks formats: a date-time without offset and a relative uri are refused."""
    doc = json.loads(newsmodel.dumps(lighthouse(), format="ninjs"))
    assert iptc.ninjs_validator().is_valid(doc)
    assert not iptc.ninjs_validator().is_valid(doc | {"contentCreated": "2024-03-05T14:30:00"})
    assert not iptc.ninjs_validator().is_valid(doc | {"uri": "no scheme here"})


@needs_schemas
def test_ninjs_validator_resolves_geojson() -> None:
    """The GeoJSON schema is registered, so places with geometry are validated."""
    doc = {
        "uri": "urn:x:1",
        "places": [{"name": "Oslo", "geoJSON": {"type": "Point", "coordinates": [10.7, 59.9]}}],
    }
    assert iptc.ninjs_validator().is_valid(doc)
    doc["places"][0]["geoJSON"] = {"type": "Point", "coordinates": "north"}  # type: ignore[index]
    assert not iptc.ninjs_validator().is_valid(doc)


@needs_schemas
def test_nitf_schema_refuses_misplaced_elements() -> None:
    """The NITF 3.6 XSD refuses a paragraph directly inside body."""
    document = newsmodel.dumps(lighthouse(), format="nitf")
    broken = document.replace("<body>", "<body><p>stray</p>", 1)
    assert iptc.nitf_schema().is_valid(document)
    assert not iptc.nitf_schema().is_valid(broken)


@needs_schemas
def test_nitf_schema_refuses_another_namespace() -> None:
    """A document outside the NITF namespace is not NITF 3.6."""
    document = newsmodel.dumps(lighthouse(), format="nitf")
    assert not iptc.nitf_schema().is_valid(document.replace("2006-10-18", "1999-01-01", 1))


@needs_schemas
def test_every_write_in_the_suite_is_validated() -> None:
    """The session hook validates what dumps writes in ninjs and NITF."""
    before = iptc.VALIDATED.copy()
    newsmodel.dumps(lighthouse(), format="ninjs")
    newsmodel.dumps(lighthouse(), format="nitf")
    assert iptc.VALIDATED["ninjs"] == before["ninjs"] + 1
    assert iptc.VALIDATED["nitf"] == before["nitf"] + 1


@needs_schemas
def test_an_invalid_write_fails_the_test_that_wrote_it() -> None:
    """The validating wrapper raises when a writer produces an invalid document."""
    info = registry.get_format("ninjs")
    assert info.writer is not None

    def broken_writer(article: newsmodel.Article) -> str:
        doc = json.loads(info.writer(article))  # type: ignore[misc]
        doc["speakers"] = []
        return json.dumps(doc)

    writer = iptc.validating_writer(broken_writer, iptc.validate_ninjs)
    import jsonschema

    with pytest.raises(jsonschema.ValidationError, match="speakers"):
        writer(lighthouse())


@pytest.mark.parametrize("name", ["ninjs", "nitf", "jsonld", "text", "brat"])
def test_readable_formats_are_registered(name: str) -> None:
    """The formats that can be read say so in the registry, with their media type."""
    info = newsmodel.formats[name]
    assert info.can_read
    assert info.can_write
    assert info.media_type
    assert info.extension.startswith(".")
