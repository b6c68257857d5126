"""Validators for IPTC's official schemas in ../shared/schemas, and a wrapper that checks writes.

``validating_writer`` wraps a format's writer so that every document it writes is
validated: the root conftest.py installs it for ninjs and NITF for the whole test
session, so every ninjs and NITF document the suite writes is checked.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from tests.conftest import SHARED

SCHEMAS = SHARED / "schemas"
NINJS_SCHEMA = SCHEMAS / "ninjs" / "ninjs-schema_3.1.json"
GEOJSON_SCHEMA = SCHEMAS / "ninjs" / "GeoJSON-schema.json"
NINJS_SUITE = SCHEMAS / "ninjs" / "test_suite"
NITF_XSD = SCHEMAS / "nitf" / "nitf-3-6.xsd"

#: Why schema tests skip when they cannot run.
MISSING = (
    f"needs IPTC's schemas at {SCHEMAS} (../shared beside the project) "
    'and the validators of the test extra (pip install -e ".[test]")'
)

#: How many documents of each format the session validated.
VALIDATED: Counter[str] = Counter()


def available() -> bool:
    """Whether the official schemas are there and the validators (the test extra) installed."""
    if not (NINJS_SCHEMA.exists() and NITF_XSD.exists()):
        return False
    return all(importlib.util.find_spec(m) for m in ("jsonschema", "referencing", "xmlschema"))


@functools.cache
def ninjs_validator() -> Any:
    """A draft 2020-12 validator of ninjs 3.1, with GeoJSON registered and formats checked."""
    import jsonschema
    import referencing

    schema = json.loads(NINJS_SCHEMA.read_text(encoding="utf-8"))
    geojson = json.loads(GEOJSON_SCHEMA.read_text(encoding="utf-8"))
    registry = referencing.Registry().with_resource(
        geojson["$id"], referencing.Resource.from_contents(geojson)
    )
    cls = jsonschema.Draft202012Validator
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


@functools.cache
def nitf_schema() -> Any:
    """The NITF 3.6 XML Schema (it imports xml.xsd from the same folder)."""
    import xmlschema

    return xmlschema.XMLSchema(str(NITF_XSD))


def validate_ninjs(document: str) -> None:
    """Raise jsonschema.ValidationError unless ``document`` is valid ninjs 3.1."""
    ninjs_validator().validate(json.loads(document))
    VALIDATED["ninjs"] += 1


@functools.cache
def nitf_libxml2_schema() -> Any:
    """The NITF 3.6 XML Schema as libxml2 (lxml) reads it, or None without lxml.

    xmlschema lets text that Python calls white space but XML does not (a no-break
    space) pass in element-only content; libxml2, like most validators, refuses it.
    """
    if importlib.util.find_spec("lxml") is None:
        return None
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(NITF_XSD)))


def validate_nitf(document: str) -> None:
    """Raise a validation error unless ``document`` is valid NITF 3.6, for xmlschema and,
    when lxml is installed, for libxml2."""
    nitf_schema().validate(document)
    strict = nitf_libxml2_schema()
    if strict is not None:
        from lxml import etree

        parser = etree.XMLParser(huge_tree=True)
        strict.assertValid(etree.fromstring(document.encode("utf-8"), parser))
    VALIDATED["nitf"] += 1


VALIDATORS: dict[str, Callable[[str], None]] = {"ninjs": validate_ninjs, "nitf": validate_nitf}


def validating_writer(
    writer: Callable[..., str], validate: Callable[[str], None]
) -> Callable[..., str]:
    """``writer``, validating every document it writes."""

    @functools.wraps(writer)
    def write(*args: Any, **kwargs: Any) -> str:
        document = writer(*args, **kwargs)
        validate(document)
        return document

    return write
