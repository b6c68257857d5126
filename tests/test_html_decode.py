"""Tests of newsmodel.html._decode: bytes of a page to text."""

from __future__ import annotations

import gzip

import pytest

from newsmodel import InputError
from newsmodel.html._decode import decode_page, looks_binary

TEXT = "<p>Le café coûte 2 € à Zürich — «cher», dit-il.</p>"


def test_utf8_bytes() -> None:
    """UTF-8 bytes decode as UTF-8."""
    assert decode_page(TEXT.encode("utf-8")) == TEXT


def test_utf8_wins_over_a_wrong_declaration() -> None:
    """Bytes that are valid UTF-8 are UTF-8 even when the page declares Latin-1."""
    html = '<meta charset="iso-8859-1">' + TEXT
    assert decode_page(html.encode("utf-8")) == html


def test_declared_encoding_is_used() -> None:
    """A page that is not UTF-8 is read in the encoding its meta tag declares."""
    html = (
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<p>Москва — столица.</p>"
    )
    assert decode_page(html.encode("cp1251")) == html


def test_latin1_label_means_windows_1252() -> None:
    """A page declaring ISO-8859-1 is read as windows-1252, as browsers do (€, curly quotes)."""
    html = '<meta charset="ISO-8859-1"><p>\u201cIt costs 5 \u20ac,\u201d she said.</p>'
    assert decode_page(html.encode("cp1252")) == html


def test_undeclared_legacy_bytes_fall_back_to_windows_1252() -> None:
    """Bytes that are neither UTF-8 nor declared are read as windows-1252."""
    assert decode_page("<p>caf\u00e9 \u2014 na\u00efve</p>".encode("cp1252")) == (
        "<p>caf\u00e9 \u2014 na\u00efve</p>"
    )


def test_byte_order_marks() -> None:
    """UTF-8, UTF-16 and UTF-32 byte order marks decide the encoding."""
    assert decode_page(b"\xef\xbb\xbf" + TEXT.encode("utf-8")) == TEXT
    assert decode_page(TEXT.encode("utf-16")) == TEXT
    assert decode_page(TEXT.encode("utf-32")) == TEXT


def test_utf16_without_mark_is_sniffed() -> None:
    """UTF-16 without a byte order mark is recognised from the zero bytes of its markup."""
    assert decode_page(TEXT.encode("utf-16-le")) == TEXT
    assert decode_page(TEXT.encode("utf-16-be")) == TEXT


def test_gzip_is_decompressed() -> None:
    """Gzip-compressed bytes are decompressed, then decoded."""
    assert decode_page(gzip.compress(TEXT.encode("utf-8"))) == TEXT


def test_empty_and_corrupt_bytes_raise() -> None:
    """No bytes, or a broken gzip stream, raise InputError saying so."""
    with pytest.raises(InputError, match="empty"):
        decode_page(b"")
    with pytest.raises(InputError, match="corrupt"):
        decode_page(b"\x1f\x8b\x08\x00\x00broken")


def test_binary_data_is_recognised() -> None:
    """Text full of control characters is binary data; a page is not."""
    assert looks_binary(bytes(range(256)).decode("latin-1") * 4)
    assert not looks_binary(TEXT * 20)
    assert not looks_binary("")
