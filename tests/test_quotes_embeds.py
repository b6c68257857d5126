"""Tests of posts embedded as text: a tweet's words and its signature."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import QuoteKind, SpeakerKind
from newsmodel.quotes.embeds import EMBED_RULE
from tests.quotes_support import article, quote, speaker


def test_a_post_with_its_signature_in_one_paragraph() -> None:
    """The words before "— Name (@handle) Date" are the poster's, a direct quotation
    without marks; the picture link after them is left out."""
    a = article(
        "Storm leaves thousands in the dark",
        "Crews worked through the night to restore power.",
        "The worst storm our network has seen in a decade. Stay away from downed lines. "
        "#Storm pic.twitter.com/abc123 — Northfield Power (@northfieldpwr) January 12, 2020",
    )
    q = quote(a, "The worst storm")
    assert q.kind is QuoteKind.DIRECT
    assert q.text.endswith("#Storm")
    assert speaker(q) == "Northfield Power"
    assert q.attribution is not None
    assert q.attribution.rule == EMBED_RULE
    assert q.attribution.cue is not None
    assert q.attribution.cue.text == "—"
    assert a.text[q.span.start : q.span.end] == q.text


def test_a_signature_on_its_own_line_signs_the_paragraph_before() -> None:
    """A signature alone in its paragraph signs the words of the paragraph before."""
    a = article(
        "Storm hits",
        "Crews worked through the night.",
        "Bring it, but you won't. Chicken. https://t.co/x1Y2",
        "— Ann Reid (@annreid) December 18, 2018",
        "Schools will close on Monday.",
    )
    q = quote(a, "Bring it")
    assert q.text == "Bring it, but you won't. Chicken."
    assert speaker(q) == "Ann Reid"
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.PERSON


def test_a_dash_name_and_date_without_a_handle_sign_nothing() -> None:
    """A list set off by dashes, or a name and a date, is no post's signature."""
    a = article(
        "Storm hits",
        "The storm hit three towns — Ardmore, Belling and Cask — on January 12, 2020.",
        "The new rules come into force on May 1 — Ann Reid (spokesperson) May 2, 2020",
    )
    assert not any(
        q.attribution is not None and q.attribution.rule == EMBED_RULE for q in a.quotations
    )


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .—(@)\n,0129JanuryAR#/:htps")), max_size=120))
def test_any_text_with_signature_like_pieces_keeps_standoff(text: str) -> None:
    """Whatever the text around "(@", every quotation's span points at its words."""
    a = newsmodel.parse_text(text + " — Ann Reid (@ann) January 2, 2020")
    for q in a.quotations:
        assert a.text[q.span.start : q.span.end] == q.text
