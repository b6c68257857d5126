"""Tests of newsmodel.text.photos: photo credits and picture markers."""

from __future__ import annotations

import pytest

from newsmodel.text.photos import has_photo_marker


@pytest.mark.parametrize(
    "paragraph",
    [
        "Photo: Jane Doe/Reuters",
        "The harbour at dawn. (Getty Images)",
        "Credit: Reuters",
        "A tug guides a tanker into port. (AP Photo/Jane Doe)",
        "Ships wait offshore. REUTERS/Jane Doe",
        "In this file photo, a ferry leaves Halifax harbour.",
        "An aerial view of the port of Halifax, Canada, on May 2, 2024.",
        "Ana Ruiz reviews the fleet in Halifax on May 3, 2024. (Photo by Jo Lee / AFP)",
        "Ana Ruiz waves to supporters in Halifax. (AFP)",
        "FILE - Governor Tom Hale speaks in Halifax, Canada, May 2, 2024.",
        "Ferries wait offshore at dawn. Photograph: Jo Lee/Reuters",
        "The ferry leaves Halifax at dawn. Photo by Jo Lee/AFP",
        "Ferries wait offshore at dawn. (Getty)",
        "Tomas Reyes said he heard of the closure from a neighbour. (Ines Marlow/CBC)",
        "A sign marks the closed mill. ( Dreamstime )",
    ],
)
def test_photo_markers(paragraph: str) -> None:
    """Photo credits and picture markers make a caption whatever the sentence."""
    assert has_photo_marker(paragraph)


def test_long_paragraphs_have_no_photo_marker() -> None:
    """A long body paragraph that names a photo agency is not a caption."""
    paragraph = "Getty Images said " + "the archive grew again this year " * 12 + "."
    assert not has_photo_marker(paragraph)


def test_views_need_a_picture_word() -> None:
    """'A view from the office ...' in running text is no picture marker."""
    assert not has_photo_marker("A view from the harbour office was not possible that day.")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The museum bought a photo by Jo Lee.",
        "A photo by Jo Lee sold for $1 million at auction in Halifax on Monday.",
        "“We will not sell the ferry,” the mayor said. (AFP)",
        "The harbour board approved the fee rise in Halifax (AFP)",
        "The ferry will run twice a day, the harbour board said. (with files from CBC)",
        "The mill made paper and pulp for export. (Ontario/Quebec)",
    ],
)
def test_photo_words_in_running_text_are_no_markers(paragraph: str) -> None:
    """A photo named in a sentence, and quoted speech closed by an agency, are no credit."""
    assert not has_photo_marker(paragraph)
