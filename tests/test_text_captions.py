"""Tests of newsmodel.text.captions: photo and video captions."""

from __future__ import annotations

import pytest

from newsmodel.text.captions import CAPTION_THRESHOLD, caption_score


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mayor Ana Ruiz greets Governor Tom Hale at City Hall in Halifax on May 3, 2024.",
        "Ferry workers and their families gather outside the harbour office in Halifax on May 2, 2024.",
        "Chilean President Elena Vidal speaks during a news conference at the palace in Lisbon on Tuesday.",
        "Supporters of the mayor are seen outside City Hall in Halifax on May 1, 2024.",
        "Harbour pilot Joe Marsh poses for a portrait at the port of Halifax, Canada, on April 30, 2024.",
        "Governor Tom Hale arrives at the harbour in Halifax, Nova Scotia, May 5, 2024.",
        "Protesters march through downtown Halifax on May 4, 2024.",
        "Mayor Ana Ruiz, left, and Governor Tom Hale shake hands at City Hall on May 3, 2024.",
        "A woman sorts fish at the market near Lunenburg, Canada.",
        "Harbour board chair Rosa Blanco speaks to reporters in Halifax, Canada.",
        "Dr. Ana Ruiz speaks during a news conference at the University of Halifax on Monday.",
        "Mayor Ana Ruiz (L) and Governor Tom Hale inaugurate the ferry terminal in Halifax on "
        "May 3, 2024.",
        "Governor Tom Hale (2nd R) attends a ceremony in Halifax, Canada, May 3, 2024.",
        "Ana Ruiz waves as she leaves City Hall in Halifax.",
        "Firefighters battle a blaze at a warehouse in Halifax, Canada.",
        "Supporters of harbour pilot Joe Marsh cheer during a rally in Halifax on May 2, 2024.",
        "A ferry damaged by ice is displayed at the maritime museum in Halifax on May 1, 2024.",
        "Members of the harbour board at City Hall in Halifax on May 3, 2024.",
        "Fishermen unload their catch at the harbour in Lunenburg, Canada, on May 4, 2024.",
    ],
)
def test_present_tense_pictures_are_captions(paragraph: str) -> None:
    """Who is pictured doing what, where and when, reads as a caption."""
    assert caption_score(paragraph) >= CAPTION_THRESHOLD


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mayor Ana Ruiz met Governor Tom Hale at City Hall in Halifax on May 3, 2024, to discuss fees.",
        "Ruiz travels to Ottawa next week for talks on fees.",
        "Analysts say the fee rise will push shipping lines to other ports.",
        "“We greet every ship,” said Joe Marsh, a harbour pilot, in Halifax on May 3, 2024.",
        "The summit coincided with a visit to Halifax by a trade delegation.",
        "Chile's talks in Lisbon with the fisheries board were concluded on May 2, 2024.",
        "Vidal did not mention the cable in her remarks.",
        "Mr. Hale talks about a new era for the harbour.",
        "Most of the ferries are detained at the harbour in Halifax.",
        "It stands in sharp contrast to the ferry plan Ana Ruiz backed.",
        "Residents fear the worst in Halifax, Nova Scotia.",
        "The company recalls 20,000 life jackets sold in Halifax on May 3, 2024.",
        "Sen. Ana Ruiz (R) and Rep. Tom Hale (D) sponsor the harbour bill in Ottawa.",
        "Ana Ruiz and Tom Hale enter the final weeks of a race that has divided Halifax.",
        "Members of the harbour board said on May 3, 2024, they met in Halifax.",
        "But Ruiz holds several positions at odds with the board in Halifax.",
    ],
)
def test_body_sentences_are_not_captions(paragraph: str) -> None:
    """Past-tense sentences, plans and quotations stay body text, dates or not."""
    assert caption_score(paragraph) < CAPTION_THRESHOLD
