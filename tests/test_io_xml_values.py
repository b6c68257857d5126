"""Tests of newsmodel.io._xml_values: huge attribute values read without expat, exactly as
expat reads them, errors said at the same lines and columns."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, FormatError
from newsmodel.io import nitf
from newsmodel.io._xml import SafeXMLParser
from newsmodel.io._xml_values import HUGE_VALUE, attribute_value

PAD = "x" * HUGE_VALUE  # makes a value huge


class Recorder:
    """Records what a SafeXMLParser reports, with where it says each element is."""

    def __init__(self, huge: int | None) -> None:
        self.parser = SafeXMLParser(self, format="xml", huge=huge)
        self.events: list[tuple[object, ...]] = []

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.events.append(("start", name, list(attributes.items()), self.parser.where()))

    def end(self, name: str) -> None:
        self.events.append(("end", name, self.parser.where()))

    def data(self, text: str) -> None:
        if self.events and self.events[-1][0] == "data":
            text = str(self.events.pop()[1]) + text
        self.events.append(("data", text))


def read(document: str | bytes, huge: int | None, step: int | None = None) -> Recorder:
    """``document`` parsed whole, or from a file giving at most ``step`` at a time."""
    recorder = Recorder(huge)
    if step is None:
        recorder.parser.parse_document(document)
    else:
        source = io.BytesIO(document) if isinstance(document, bytes) else io.StringIO(document)
        recorder.parser.parse_file(lambda size: source.read(min(size, step)))
    return recorder


def outcome(document: str | bytes, huge: int | None, step: int | None = None) -> object:
    """The error a document raises, or the events it gives."""
    try:
        return read(document, huge, step).events
    except FormatError as exc:
        return str(exc)


def attribute(document: str | bytes, huge: int | None = HUGE_VALUE) -> str:
    recorder = read(document, huge)
    assert recorder.parser.rewritten == (0 if huge is None else 1)
    return str(dict(recorder.events[0][2])["v"])  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("&amp;&lt;&gt;&apos;&quot; &amp;lt;", "&<>'\" &lt;"),
        ("&#10;&#x9;&#13;&#x1F600;&#0065;&#x00e9;", "\n\t\r\U0001f600Aé"),
        ("a\tb\nc\r\nd\re", "a b c d e"),  # white space normalised: CR LF is one space
        ("&#38;lt; &#x26;#60;", "&lt; &#60;"),  # what a reference gives is not read again
        ("it's", "it's"),
        ("café ☕ \U0001f600", "café ☕ \U0001f600"),
    ],
)
@pytest.mark.parametrize("encode", [False, True])
def test_a_huge_value_reads_as_xml_defines(written: str, value: str, encode: bool) -> None:
    """Entities, character references and white space in a huge value read as XML 1.0
    says (3.3.3) and as expat reads them, from str and from UTF-8 bytes."""
    document: str | bytes = f'<a v="{written}{PAD}"/>'
    if encode:
        document = document.encode("utf-8")
    assert attribute(document) == value + PAD
    assert attribute(document, huge=None) == value + PAD  # expat agrees


@pytest.mark.parametrize("quote", ['"', "'"])
def test_quotes_of_the_other_kind_stay_in_a_huge_value(quote: str) -> None:
    other = "'" if quote == '"' else '"'
    document = f"<a v={quote}say {other}hi{other} &quot;&apos;{PAD}{quote} w={quote}1{quote}/>"
    assert attribute(document) == f"say {other}hi{other} \"'{PAD}"


@pytest.mark.parametrize(
    "written",
    [
        "a &bogus; b",  # an entity no DTD declares
        "a & b",  # a bare ampersand
        "&#0;",  # a reference to a character XML does not allow
        "&#xD800;",
        "&#x110000;",
        "&#;",
        "&#X41;",  # the x is lower case
        "a \x01 b",  # a character XML cannot carry
        "a \ufffe b",
        "a < b",
    ],
)
@pytest.mark.parametrize("encode", [False, True])
def test_a_malformed_huge_value_fails_as_expat_says(written: str, encode: bool) -> None:
    """A huge value that is not well formed reaches expat as it is, and fails there:
    the same FormatError, naming the same line and column."""
    document: str | bytes = f'<a>\n<b w="1" v="{PAD}{written}"/></a>'
    if encode:
        document = document.encode("utf-8")
    with pytest.raises(FormatError, match=r"xml at line 2, column \d+ \(/a\): malformed XML"):
        read(document, HUGE_VALUE)
    assert outcome(document, HUGE_VALUE) == outcome(document, None)
    assert read(f'<a v="{PAD}"/>', HUGE_VALUE).parser.rewritten == 1  # the same, well formed


def test_errors_after_a_huge_value_name_the_documents_lines_and_columns() -> None:
    """Positions after a value expat never saw are the document's own."""
    same_line = f'<a><b v="{PAD}"/>oops</c></a>'
    with pytest.raises(FormatError, match=rf"line 1, column {len(PAD) + 19} \(/a\): .*mismatched"):
        read(same_line, HUGE_VALUE)
    breaks = f'<a>\n<b v="1\n2\r\n3\r{PAD}" w="2"/>\n  oops</c></a>'
    with pytest.raises(FormatError, match=r"line 6, column 9 \(/a\): .*mismatched tag"):
        read(breaks, HUGE_VALUE)
    for document in (same_line, breaks):
        assert outcome(document, HUGE_VALUE) == outcome(document, None)


def test_a_lone_surrogate_after_a_huge_value_is_found_where_it_is() -> None:
    document = f'<a v="{PAD}">text \ud800</a>'
    with pytest.raises(FormatError, match=rf"at character {len(PAD) + 13}: a lone surrogate"):
        read(document, HUGE_VALUE)


@pytest.mark.parametrize(
    "document",
    [
        f"<a><!-- <b v='{PAD}'/> --><c v='1'/></a>",
        f"<a><![CDATA[<b v='{PAD}'/>]]><c v='1'/></a>",
        f"<a><?pi <b v='{PAD}'/> ?><c v='1'/></a>",
        f"<a w='<'><b v='{PAD}'/></a>",
        f"<a>]<b v='{PAD}'/></a>",
    ],
)
def test_huge_values_in_comments_cdata_and_instructions_stay_text(document: str) -> None:
    """Only a real start tag is rewritten: what looks like one elsewhere reaches expat as
    it is."""
    for step in (None, 5, 4000):
        assert outcome(document, HUGE_VALUE, step) == outcome(document, None)


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_bytes_in_other_encodings_are_read_as_they_say(encoding: str) -> None:
    text = f'<?xml version="1.0" encoding="{encoding.removesuffix("-sig")}"?><a v="é{PAD}"/>'
    document = text.encode(encoding)
    assert attribute(document, huge=None) == "é" + PAD
    recorder = read(document, HUGE_VALUE)
    assert dict(recorder.events[0][2])["v"] == "é" + PAD  # type: ignore[call-overload]
    assert recorder.parser.rewritten == (1 if encoding == "utf-8-sig" else 0)


def test_attribute_value_checks_references_and_characters() -> None:
    assert attribute_value("a&amp;b", b"a&amp;b") == "a&b"
    assert attribute_value("&#x41;&lt;", b"&#x41;&lt;") == "A<"
    assert attribute_value("&#" + "0" * 5000 + "65;", b"") == "A"  # leading zeros
    assert attribute_value("&#" + "9" * 5000 + ";", b"") is None
    assert attribute_value("a&b", b"a&b") is None
    assert attribute_value("\x0b", b"\x0b") is None


# --- the same as expat, whatever the document ----------------------------------------------

ATOMS = [
    "a",
    "é",
    "\U0001f600",
    " ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "&amp;",
    "&lt;",
    "&quot;",
    "&apos;",
    "&#10;",
    "&#x9;",
    "&#0;",
    "&bogus;",
    "&",
    "'",
    '"',
    "<",
    ">",
    "\x01",
    "]]>",
]
NAMES = ["v", "w", "p:z", "xmlns:p", "q:u", "a.b-c", "é", "xmlns"]


@st.composite
def documents(draw: st.DrawFn) -> str:
    """Small documents with many attributes, some broken, with comments, CDATA sections
    and instructions holding tags."""

    def value() -> str:
        return "".join(draw(st.lists(st.sampled_from(ATOMS), max_size=6)))

    def element(depth: int) -> str:
        name = draw(st.sampled_from(["a", "b", "p:c"]))
        attributes = ""
        for _ in range(draw(st.integers(0, 3))):
            quote = draw(st.sampled_from(['"', "'"]))
            space = draw(st.sampled_from([" ", "\n", "\t "]))
            attributes += f"{space}{draw(st.sampled_from(NAMES))}={quote}{value()}{quote}"
        if depth > 1 or draw(st.booleans()):
            return f"<{name}{attributes}/>"
        inside = [
            element(depth + 1),
            value().replace("<", ""),
            "<!-- <b v='xx'> -->",
            "<![CDATA[<b v='xx'>]]>",
            "<?pi <b v='xx'>?>",
        ]
        content = "".join(draw(st.lists(st.sampled_from(inside), max_size=3)))
        return f"<{name}{attributes}>{content}</{name}>"

    prolog = draw(st.sampled_from(["", '<?xml version="1.0"?>\n', "\ufeff"]))
    document = f'{prolog}<r xmlns:p="urn:p">{element(0)}</r>'
    for _ in range(draw(st.integers(0, 2))):  # break it, maybe
        at = draw(st.integers(0, len(document)))
        cut = draw(st.integers(0, 3))
        document = (
            document[:at] + draw(st.sampled_from(["", *ATOMS, "/", "="])) + document[at + cut :]
        )
    return document


@settings(max_examples=400, deadline=None)
@given(documents(), st.sampled_from([2, 3, 5]), st.none() | st.integers(1, 9), st.booleans())
def test_rewritten_tags_read_as_expat_reads_them(
    document: str, huge: int, step: int | None, encode: bool
) -> None:
    """With every value of ``huge`` characters or more kept from expat, a document gives the
    same elements, attributes, text and positions, or fails with the same error at the
    same line and column, as expat alone, read whole or in pieces of ``step`` (what was
    reported before an error is not compared: it depends on the pieces). Expat itself
    says some errors differently by the pieces it is given ("<r/>amp;" is an invalid
    token at its end read whole, junk after the document element read in pieces): the
    error is then one that expat gives read whole or in the same pieces."""
    data: str | bytes = document.encode("utf-8", "surrogatepass") if encode else document
    got = outcome(data, huge, step)
    whole = outcome(data, None)
    if isinstance(got, str) and step is not None and got != whole:
        assert got == outcome(data, None, step)
    else:
        assert got == whole


# --- NITF ------------------------------------------------------------------------------------


def test_nitf_with_huge_values_round_trips() -> None:
    """Huge metadata values with every character XML escapes read back exactly, from a str,
    bytes and a file read in small pieces."""
    value = "Ann \"Lee\" & <Co>\t'\r\n'" + "é" * HUGE_VALUE
    article = Article(
        text="Short story.", language="x" * 3 * HUGE_VALUE, authors=(value,), url="u" + value
    )
    document = newsmodel.dumps(article, format="nitf")
    data = document.encode("utf-8")
    for back in (
        nitf.loads(document),
        nitf.loads(data),
        nitf.load(io.BytesIO(data)),
        nitf.load(io.StringIO(document)),
    ):
        assert (back.language, back.authors, back.url) == (
            article.language,
            article.authors,
            article.url,
        )
        assert back.text == article.text


@pytest.mark.parametrize(
    "document",
    [
        # junk before the first tag that expat reads as an open literal: the tag after it
        # reaches expat as written, so the error is expat's own
        '\'r xmlns:p="urn:p"><a v=\'\r\n\' v=""/></r>',
        "'r><a v='x'/>",
    ],
)
def test_a_tag_after_unread_words_outside_the_root_is_not_rewritten(document: str) -> None:
    assert outcome(document, 2) == outcome(document, None)
