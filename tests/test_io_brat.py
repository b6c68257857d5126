"""Tests of newsmodel.io.brat: quotations as brat standoff annotations, PolNeAR's convention."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, FormatError, QuoteKind, SpeakerKind
from newsmodel.io import brat
from tests.conftest import CORPORA, corpus
from tests.io_articles import ANY_CHARACTER, articles, lighthouse, mangled

BREAKS = ("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
TEXT_BOUND_RE = re.compile(r"(T\d+)\t(\S+) ([\d ;]+)\t(.*)")


def annotations(ann: str) -> dict[str, tuple[str, list[tuple[int, int]], str]]:
    """The text-bound annotations of a .ann: id -> (label, fragments, text)."""
    found = {}
    for line in re.split(r"\r\n|\r|\n", ann):
        m = TEXT_BOUND_RE.fullmatch(line)
        if m:
            fragments = [tuple(int(x) for x in f.split()) for f in m.group(3).split(";")]
            found[m.group(1)] = (m.group(2), fragments, m.group(4))
    return found  # type: ignore[return-value]


def check_offsets(ann: str, text: str) -> int:
    """Assert that every annotation's text is the text at its offsets; returns how many."""
    found = annotations(ann)
    for label, fragments, covered in found.values():
        assert covered == " ".join(text[s:e] for s, e in fragments), label
        assert not any(c in text[s:e] for s, e in fragments for c in BREAKS)
    return len(found)


def test_quotations_become_source_cue_content_and_events() -> None:
    """Each attributed quotation has Source, Cue, Content and an Attribution event linking them."""
    ann = newsmodel.dumps(lighthouse(), format="brat")
    assert "T3\tCue 313 317\tsaid" in ann
    assert "T4\tSource 318 335\tMayor Ruth Calder" in ann
    assert "E2\tAttribution:T6 Content:T5 Cue:T3 Source:T4" in ann
    assert "#1\tAnnotatorNotes E2\tRuth Calder" in ann
    assert "E1\tAttribution-no-source:T2 Content:T1" in ann


def test_every_annotation_text_equals_the_text_at_its_offsets() -> None:
    """Annotation texts are the article text at their offsets, and no fragment holds a newline."""
    for separator in ("\n\n", "\r\n"):
        a = lighthouse(separator)
        assert check_offsets(newsmodel.dumps(a, format="brat"), a.text) == 24


def test_span_across_lines_is_written_as_fragments() -> None:
    """A quotation across paragraphs is split at the line break into discontinuous fragments."""
    ann = newsmodel.dumps(lighthouse(), format="brat")
    assert (
        "T23\tContent 863 899;901 946\tNobody here wants to see it go dark. "
        '"Not the fishermen, not the children, not me.' in ann
    )


def test_round_trip_with_the_article() -> None:
    """Reading the annotations against the article rebuilds its quotations and speakers."""
    a = lighthouse()
    b = newsmodel.loads(newsmodel.dumps(a, format="brat"), format="brat", text=a)
    assert len(b.quotations) == len(a.quotations)
    for q, r in zip(a.quotations, b.quotations, strict=True):
        assert (r.span, r.text, r.kind, r.paragraph) == (q.span, q.text, q.kind, q.paragraph)
        if q.attribution is None:
            assert r.attribution is None
            continue
        assert r.attribution is not None
        assert (r.attribution.cue, r.attribution.speaker.mention) == (
            q.attribution.cue,
            q.attribution.speaker.mention,
        )
        assert (r.speaker.name, r.speaker.kind) == (q.speaker.name, q.speaker.kind)  # type: ignore[union-attr]


def test_round_trip_with_the_text_parses_it() -> None:
    """Given the text as a string, the structure comes from parse_text and quotations from the .ann."""
    a = lighthouse()
    b = newsmodel.loads(newsmodel.dumps(a, format="brat"), format="brat", text=a.text)
    assert b.text == a.text
    assert b.paragraphs == newsmodel.parse_text(a.text, quotations=False).paragraphs
    assert [(q.span, q.kind) for q in b.quotations] == [(q.span, q.kind) for q in a.quotations]


@settings(max_examples=100, deadline=None)
@given(articles(alphabet=ANY_CHARACTER))
def test_random_articles_round_trip(article: Article) -> None:
    """Any article's quotations, speaker mentions and cues survive, offsets exact but for line
    breaks at their ends."""
    ann = newsmodel.dumps(article, format="brat")
    check_offsets(ann, article.text)
    b = newsmodel.loads(ann, format="brat", text=article)

    def trimmed(span: newsmodel.Span | None) -> tuple[int, int]:
        """brat cannot start or end a span with a line break: those are left out."""
        if span is None:
            return (-1, -1)
        s, e = span.start, span.end
        while s < e and article.text[s] in BREAKS:
            s += 1
        while e > s and article.text[e - 1] in BREAKS:
            e -= 1
        return (s, e) if e > s or not span else (span.start, span.start)

    def view(x: Article) -> list[tuple[object, ...]]:
        return sorted(
            (
                trimmed(q.span),
                q.kind.value,
                re.sub(brat.NEWLINE_RE.pattern, " ", q.speaker.name) if q.speaker else "",
                q.speaker.kind.value if q.speaker else "",
                trimmed(q.speaker.mention.span if q.speaker and q.speaker.mention else None),
                trimmed(q.attribution.cue.span if q.attribution and q.attribution.cue else None),
            )
            for q in x.quotations
        )

    assert view(b) == view(article)


def test_annotation_conf_declares_what_is_written() -> None:
    """The shipped annotation.conf declares the entity, event and attribute types written."""
    ann = newsmodel.dumps(lighthouse(), format="brat")
    labels = {label for label, _, _ in annotations(ann).values()}
    for label in labels | {"QuoteKind", "SpeakerKind"}:
        assert re.search(rf"^{re.escape(label)}\b", brat.ANNOTATION_CONF, re.M), label


# --- malformed input ------------------------------------------------------------------------------

TEXT = "The minister said the plan was sound."


@pytest.mark.parametrize(
    ("ann", "message"),
    [
        ("T1\tContent 18 99\tthe plan", r"brat at line 1: T1 has offsets 18 99 outside the text"),
        ("T1\tContent 18 26\tthe plot", r"brat at line 1: T1's text 'the plot' differs"),
        ("T1\tCue 13 17\tsaid\nE1\tAttribution:T1 Content:T9", r"line 2: event E1 refers to T9"),
        (
            "T1\tContent 18 26\tthe plan\nE1\tAttribution:T1 Content:T1\nA1\tQuoteKind E1 loud",
            r"unknown QuoteKind 'loud'",
        ),
        ("this is not brat", r"brat at line 1: not a brat annotation"),
        ("E1\tA:B" + " a:b:c:d" * 2000 + "\t", r"brat at line 1: not a brat annotation"),
    ],
)
def test_malformed_annotations_are_refused(ann: str, message: str) -> None:
    """Offsets outside the text, texts that differ and unknown lines raise FormatError with the line."""
    with pytest.raises(FormatError, match=message):
        newsmodel.loads(ann, format="brat", text=TEXT)


#: An offset as brat writes it, with leading zeros, or of thousands of digits.
OFFSETS = st.one_of(
    st.integers(0, 60).map(str),
    st.tuples(st.text("0", max_size=5000), st.integers(0, 60)).map(lambda z: f"{z[0]}{z[1]}"),
    st.text("0123456789", min_size=4301, max_size=6000).map(lambda d: "1" + d),
)


def _small(digits: str) -> int | None:
    stripped = digits.lstrip("0")
    return int(stripped or "0") if len(stripped) <= 3 else None


@settings(max_examples=80, deadline=None)
@given(start=OFFSETS, end=OFFSETS)
def test_offsets_of_any_length_are_read_or_refused(start: str, end: str) -> None:
    """Offsets of any number of digits (past the 4300 Python converts, with leading zeros)
    are read when they lie in the text, and refused with a FormatError when they do not."""
    s, e = _small(start), _small(end)
    inside = s is not None and e is not None and s <= e <= len(TEXT)
    covered = TEXT[s:e] if inside else "x"
    ann = f"T1\tContent {start} {end}\t{covered}\nE1\tAttribution-no-source:T1 Content:T1\n"
    if inside:
        article = newsmodel.loads(ann, format="brat", text=TEXT)
        assert [q.text for q in article.quotations] == [covered]
    else:
        with pytest.raises(FormatError, match="outside the text"):
            newsmodel.loads(ann, format="brat", text=TEXT)


def test_a_person_of_the_article_given_is_linked_to_the_quotations_read() -> None:
    """Read against an Article with people, the annotations' quotations replace the
    Article's own and its people are linked to them: a quotation both hold stays its
    speaker's, one the annotations drop is nobody's, one they add goes to the person its
    speaker mention names."""
    article = newsmodel.parse_text(
        '"The plan is sound," said Ann Smith, a teacher.\n\n'
        '"It will cost too much," said Omar Castell, a farmer.'
    )
    assert [p.quotations for p in article.people] == [(0,), (1,)]
    ann = newsmodel.dumps(article, format="brat")
    assert newsmodel.loads(ann, format="brat", text=article).people == article.people
    second = newsmodel.dumps(
        attrs.evolve(article, quotations=article.quotations[1:], people=()), format="brat"
    )
    read = newsmodel.loads(second, format="brat", text=article)
    assert [p.quotations for p in read.people] == [(), (0,)]
    assert [q.text for q in read.quotations] == [article.quotations[1].text]
    assert newsmodel.loads("", format="brat", text=article).people[0].quotations == ()


def test_reading_needs_the_text() -> None:
    """Without the article text brat cannot be read, and the error says how to give it."""
    with pytest.raises(FormatError, match=r"text=\.\.\."):
        newsmodel.loads("", format="brat")


def test_attribution_without_note_takes_the_source_words() -> None:
    """An event without a note names its speaker by the Source words, a person by default."""
    ann = (
        "T1\tSource 4 12\tminister\nT2\tCue 13 17\tsaid\nT3\tContent 18 36\tthe plan was sound\n"
        "T4\tAttribution 13 17\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    )
    b = newsmodel.loads(ann, format="brat", text=TEXT)
    (q,) = b.quotations
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind, q.kind) == (
        "minister",
        SpeakerKind.PERSON,
        QuoteKind.INDIRECT,
    )


def test_content_spans_stop_at_their_paragraph_end() -> None:
    """White space a Content span takes in after its paragraph is left out of the quotation."""
    text = "The minister said the plan was sound.\u00a0\n\nMore later."
    ann = (
        "T1\tSource 4 12\tminister\nT2\tCue 13 17\tsaid\n"
        "T3\tContent 18 38\tthe plan was sound.\u00a0\n"
        "T4\tAttribution 13 17\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    )
    article = newsmodel.parse_text(text, quotations=False)
    assert article.paragraphs[0].span.end == 37
    (q,) = newsmodel.loads(ann, format="brat", text=article).quotations
    assert (q.text, q.span.end) == ("the plan was sound.", 37)


# --- PolNeAR ----------------------------------------------------------------------------------------


def polnear_files() -> list[str]:
    files = sorted(str(p) for p in (CORPORA / "polnear").glob("*/*.ann"))
    return files[::25] or ["(no polnear)"]


@pytest.mark.parametrize("path", polnear_files())
def test_polnear_annotations_load_and_write_back(path: str) -> None:
    """PolNeAR's files load (broken lines included) and write back with exact offsets."""
    corpus("polnear")
    text = Path(re.sub(r"_[0-9a-f]{4}\.ann$", ".txt", path)).read_text(encoding="utf-8")
    original = Path(path).read_text(encoding="utf-8")
    a = newsmodel.loads(original, format="brat", text=text)
    events = [line for line in original.splitlines() if re.match(r"E\d+\tAttribution", line)]
    contents = sum(len(re.findall(r" Content\d*:", line)) for line in events)
    assert len(a.quotations) == contents
    ann = newsmodel.dumps(a, format="brat")
    check_offsets(ann, text)
    b = newsmodel.loads(ann, format="brat", text=a)
    assert [(q.span, q.kind, q.speaker) for q in b.quotations] == [
        (q.span, q.kind, attrs.evolve(q.speaker) if q.speaker else None) for q in a.quotations
    ]


def test_polnear_broken_lines_are_read() -> None:
    """An annotation whose text PolNeAR broke over several lines is read whole."""
    path = corpus("polnear", "train", "nyt_2016-04-18_for-news-outlets-feeling-the-squ_4e07.ann")
    text = path.with_name("nyt_2016-04-18_for-news-outlets-feeling-the-squ.txt").read_text(
        encoding="utf-8"
    )
    a = newsmodel.loads(path.read_text(encoding="utf-8"), format="brat", text=text)
    crossing = [q for q in a.quotations if "\n\n" in q.text]
    assert crossing


@settings(max_examples=300, deadline=None)
@given(mangled(newsmodel.dumps(lighthouse(), format="brat")))
def test_mangled_annotations_read_or_fail_cleanly(ann: str) -> None:
    """Damaged annotations either read or raise FormatError, nothing else."""
    try:
        article = newsmodel.loads(ann, format="brat", text=lighthouse())
    except FormatError:
        return
    assert all(q.text == article.text[q.span.start : q.span.end] for q in article.quotations)
