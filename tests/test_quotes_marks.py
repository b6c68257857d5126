"""Tests of newsmodel.quotes.marks: finding and pairing quote marks."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.quotes import marks
from newsmodel.quotes.marks import find_quotes
from tests.conftest import corpus
from tests.quotes_support import article, quote, speaker


def quoted(text: str, *, paragraphs: list[str] | None = None) -> list[str]:
    """The quoted words found in ``text`` (one paragraph, or the given ones joined)."""
    if paragraphs is not None:
        text = "\n\n".join(paragraphs)
        spans = []
        pos = 0
        for p in paragraphs:
            spans.append((pos, pos + len(p)))
            pos += len(p) + 2
    else:
        spans = [(0, len(text))]
    return [text[q.start : q.end] for q in find_quotes(text, spans)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said “we will win” today.", ["we will win"]),
        ('She said "we will win" today.', ["we will win"]),
        ("He called it «une honte» yesterday.", ["une honte"]),
        ("Er sagte „wir gewinnen“ heute.", ["wir gewinnen"]),
        ("''We are ready,'' the coach said.", ["We are ready,"]),
        ("``We are ready,'' the coach said.", ["We are ready,"]),
        ("The band played ‘Home Again’ twice.", ["Home Again"]),
    ],
)
def test_marks_of_every_style_pair(text: str, expected: list[str]) -> None:
    """Curly, straight, typewriter, guillemet and low-high marks all pair."""
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lopez’s plan won the vote in the ’90s, and it hasn’t changed.",
        "The rock ’n’ roll museum opened on O’Connell Street.",
        "The Joneses’ farm lies north of the O'Briens' house.",
    ],
)
def test_apostrophes_are_no_marks(text: str) -> None:
    """Apostrophes inside and before words never open or close a quotation."""
    assert quoted(text) == []


def test_nested_single_quotes_stay_inside_the_double_quotation() -> None:
    """A quotation inside a quotation is part of the outer one's words."""
    text = "“He told me ‘never again’ and left,” she said."
    assert quoted(text) == ["He told me ‘never again’ and left,"]


def test_stray_space_before_closing_mark() -> None:
    """Scraped copy's “See you in Lisbon, ”he said still pairs, space included."""
    text = "“We are building something new. See you in Lisbon, ”he said."
    assert quoted(text) == ["We are building something new. See you in Lisbon, "]


def test_straight_marks_alternate_despite_stray_spaces() -> None:
    """Inside a quotation the next straight mark closes it, whatever its neighbours."""
    text = '"We will be back in June, "he said, "with the whole team."'
    assert quoted(text) == ["We will be back in June, ", "with the whole team."]


def test_unbalanced_mark_is_closed_at_the_paragraph_end() -> None:
    """An opening mark never pairs with a mark in another paragraph."""
    found = quoted(
        "",
        paragraphs=[
            "The mayor said “we will rebuild the bridge.",
            "Later the council voted. “It passed,” a clerk said.",
        ],
    )
    assert found == ["we will rebuild the bridge.", "It passed,"]


def test_quotation_over_several_paragraphs() -> None:
    """A paragraph left open and followed by one opening with a mark continues it."""
    text = "\n\n".join(
        [
            "“Every seed we plant is a promise. That matters to every family.",
            "“And it matters for the next harvest,” she said.",
        ]
    )
    spans = [(0, text.index("\n\n")), (text.index("“And"), len(text))]
    quotes = find_quotes(text, spans)
    assert [text[q.start : q.end] for q in quotes] == [
        "Every seed we plant is a promise. That matters to every family.",
        "And it matters for the next harvest,",
    ]
    assert quotes[0].continues
    assert quotes[1].previous == 0


def test_html_attribute_values_are_no_quotations() -> None:
    """Marks of markup such as author="x" left in scraped text are skipped."""
    assert quoted('<tweet author="@someone" id="42">Vote today.</tweet>') == []


def test_closing_mark_used_as_opener_at_paragraph_start() -> None:
    """A closing mark that cannot close anything opens the quotation."""
    assert quoted("” … they are not like him,” she said.") == [" … they are not like him,"]


def test_spans_never_include_the_marks() -> None:
    """The quoted span holds the words only, between the marks."""
    text = "The “quick” fox."
    (q,) = find_quotes(text, [(0, len(text))])
    assert (text[q.open], text[q.close - 1]) == ("“", "”")
    assert text[q.start : q.end] == "quick"


def test_nested_double_quotes_stay_inside_the_outer_quotation() -> None:
    """“People wearing “Settle For Hillary” shirts. Ouch.” is one quotation."""
    a = article(
        "The shirts were noticed at once.",
        "Jeff Bechdel tweeted: “People behind her wearing “Settle For Hillary” shirts. Ouch.”",
    )
    texts = [q.text for q in a.quotations]
    assert "People behind her wearing “Settle For Hillary” shirts. Ouch." in texts
    assert "Settle For Hillary" not in texts


def test_an_unclosed_mark_still_gives_way_to_a_new_quotation() -> None:
    """“Unclosed words ... “Closed,” she said: the second mark opens the quotation."""
    a = article(
        "The council met on Monday.",
        "“The plan was never finished. “We will finish it,” the mayor said.",
    )
    assert any(q.text == "We will finish it," for q in a.quotations)


_PIECES = ["a", "B", "7", "é", " ", "\n", "=", ".", ",", "(", "'", "’", "‘", '"', "“", "”"]
_PIECES += ["''", "``", "«", "»", "don't", "it’s", "’90s", "rock ’n’ roll", "s'", "O'Hara"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_the_scan_passes_over_apostrophes_as_pairing_would(text: str, a: int, b: int) -> None:
    """Scanning a paragraph without the apostrophes inside words finds the quotations that
    scanning for every mark finds (the pairing sets those apostrophes aside), in a span
    that starts anywhere, after a letter too."""
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    spans = [(0, lo), (lo, hi), (hi, len(text))]
    found = find_quotes(text, spans, [True, True, True])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(marks, "_SCAN_RE", marks.MARK_RE)
        every = find_quotes(text, spans, [True, True, True])
    assert list(found) == list(every)


def test_the_scan_passes_over_apostrophes_on_news() -> None:
    """On BBC articles the two scans find the same quotations, with many apostrophes."""
    folder = corpus("bbc")
    for path in sorted(folder.glob("*/*.txt"))[::25]:
        text = path.read_bytes().decode("utf-8", errors="replace")
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        found = find_quotes(text, spans)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(marks, "_SCAN_RE", marks.MARK_RE)
            assert list(found) == list(find_quotes(text, spans))


@pytest.mark.parametrize(
    "text",
    [
        'Ana Ruiz said: "We have waited years for this. "Now the real work begins."',
        "Ana Ruiz said: “We have waited years for this. “Now the real work begins.”",
    ],
)
def test_a_quotation_whose_paragraph_break_was_lost_ends_at_its_full_stop(text: str) -> None:
    """An opening mark after a full stop inside an open quotation starts the next one: the
    earlier ends at the full stop (no words are lost), and the later continues it."""
    assert quoted(text) == ["We have waited years for this.", "Now the real work begins."]
    found = find_quotes(text, [(0, len(text))])
    assert found[0].continues
    assert found[1].previous == 0


def test_a_run_on_quotation_keeps_its_speaker() -> None:
    """The part after the lost paragraph break takes the speaker of the part before; a
    sentence after it that starts with its own subject ("Talks are continuing on how to
    ...") is no attribution."""
    a = article(
        'But Ana Ruiz added: "They need to move quickly. "Two million children will suffer. '
        'Rich countries need to deliver." Talks are continuing on how to finance aid.'
    )
    assert speaker(quote(a, "Two million children")) == "Ana Ruiz"


def test_a_quotation_over_paragraphs_runs_on_past_a_caption() -> None:
    """A run whose first part is left open goes on past a photo caption between its parts
    (a scraped page puts it there): both parts are one quotation's, of one speaker."""
    a = article(
        "School closure",
        "Parent Ruth Akinyemi spoke first.",
        "“My kids walk to this school.",
        "Parents listen to a presentation on Monday. (Michaela Gallant/CTV Atlantic)",
        "“If you close it, you are putting five-year-olds on a bus.”",
    )
    first, second = quote(a, "My kids walk"), quote(a, "If you close it")
    assert second.attribution is not None
    assert second.attribution.rule == "continued"
    assert speaker(first) == speaker(second) == "Ruth Akinyemi"


def test_feet_and_inches_close_no_quotation() -> None:
    """ "he is like 6’2”,” Ray Dunne said": the marks of feet and inches are no quote
    marks, so the quotation runs to its own closing mark and is Dunne's."""
    a = article(
        "Height",
        "“He keeps calling me ‘Little Ray.’ I admit he is taller than me; he is like 6’2”,”"
        " Ray Dunne said Sunday.",
    )
    q = quote(a, "He keeps calling me")
    assert q.text.endswith("6’2”,")
    assert speaker(q) == "Ray Dunne"
