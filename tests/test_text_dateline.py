"""Tests of newsmodel.text.dateline: the place, agency and date that open a story."""

from __future__ import annotations

import pytest

from newsmodel.text.dateline import find_dateline


def dateline(paragraph: str) -> tuple[str, str | None, str | None, str | None, str] | None:
    m = find_dateline(paragraph, 0, len(paragraph))
    if m is None:
        return None
    d = m.dateline
    assert paragraph[d.span.start : d.span.end] == d.text
    return d.text, d.location, d.source, d.date, paragraph[m.body_start :]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "WASHINGTON (Reuters) - Lawmakers agreed on Tuesday.",
            (
                "WASHINGTON (Reuters) -",
                "WASHINGTON",
                "Reuters",
                None,
                "Lawmakers agreed on Tuesday.",
            ),
        ),
        (
            "Hong Kong (CNN) Ferry services resumed on Monday.",
            ("Hong Kong (CNN)", "Hong Kong", "CNN", None, "Ferry services resumed on Monday."),
        ),
        ("LONDON — The mayor spoke.", ("LONDON —", "LONDON", None, None, "The mayor spoke.")),
        (
            "PORTLAND, Ore., Feb 26 - The company said it would expand.",
            (
                "PORTLAND, Ore., Feb 26 -",
                "PORTLAND, Ore.",
                None,
                "Feb 26",
                "The company said it would expand.",
            ),
        ),
        (
            "HAYWARD, Calif. (AP) — A fire broke out overnight.",
            (
                "HAYWARD, Calif. (AP) —",
                "HAYWARD, Calif.",
                "AP",
                None,
                "A fire broke out overnight.",
            ),
        ),
        (
            "(CNN) -- The storm moved north.",
            ("(CNN) --", None, "CNN", None, "The storm moved north."),
        ),
        (
            "BERLIN -- The rail strike ended.",
            ("BERLIN --", "BERLIN", None, None, "The rail strike ended."),
        ),
        (
            "Kabul, Afghanistan (CNN)  -- Two schools reopened.",
            (
                "Kabul, Afghanistan (CNN)  --",
                "Kabul, Afghanistan",
                "CNN",
                None,
                "Two schools reopened.",
            ),
        ),
        (
            "NEW YORK, March 2 - Shares rose in early trade.",
            ("NEW YORK, March 2 -", "NEW YORK", None, "March 2", "Shares rose in early trade."),
        ),
        (
            "DALLAS (AP) — Democratic leaders met on Friday.",
            ("DALLAS (AP) —", "DALLAS", "AP", None, "Democratic leaders met on Friday."),
        ),
        (
            "WASHINGTON, Jan. 5 (Reuters) - The index fell.",
            (
                "WASHINGTON, Jan. 5 (Reuters) -",
                "WASHINGTON",
                "Reuters",
                "Jan. 5",
                "The index fell.",
            ),
        ),
        (
            "RIO DE JANEIRO, 2 March - Carnival crowds grew.",
            (
                "RIO DE JANEIRO, 2 March -",
                "RIO DE JANEIRO",
                None,
                "2 March",
                "Carnival crowds grew.",
            ),
        ),
        (
            "NEW DELHI: Their flight landed late.",
            ("NEW DELHI:", "NEW DELHI", None, None, "Their flight landed late."),
        ),
        (
            "Washington — The agency announced new rules.",
            ("Washington —", "Washington", None, None, "The agency announced new rules."),
        ),
        (
            "ST. PAUL, Minn., March 2 - Green Tree said profits rose.",
            (
                "ST. PAUL, Minn., March 2 -",
                "ST. PAUL, Minn.",
                None,
                "March 2",
                "Green Tree said profits rose.",
            ),
        ),
        (
            "WILMINGTON, Del, Feb 26 - The firm said sales grew.",
            (
                "WILMINGTON, Del, Feb 26 -",
                "WILMINGTON, Del",
                None,
                "Feb 26",
                "The firm said sales grew.",
            ),
        ),
    ],
)
def test_wire_datelines(paragraph: str, expected: tuple[str, ...]) -> None:
    """Every shape wires use is read, and the body starts after the dateline."""
    assert dateline(paragraph) == expected


def test_tangled_dateline_gives_the_word_back_to_the_sentence() -> None:
    """'Nairobi Kenyan (CNN) President ...': location Nairobi, the sentence starts at Kenyan."""
    text = "Nairobi Kenyan (CNN) President Amani Otieno met the delegation."
    assert dateline(text) == (
        "Nairobi Kenyan (CNN)",
        "Nairobi",
        "CNN",
        None,
        "Kenyan (CNN) President Amani Otieno met the delegation.",
    )


@pytest.mark.parametrize(
    ("paragraph", "location", "lead"),
    [
        ("Lisbon The (CNN) government said on Monday it would act.", "Lisbon", "The (CNN)"),
        ("Kisumu Farmers (CNN) in the west say the rains came late.", "Kisumu", "Farmers (CNN)"),
        ("Manila Former (CNN) senator Ana Cruz was freed.", "Manila", "Former (CNN)"),
        ("Nairobi, Kenya Kenyan (CNN) officials said.", "Nairobi, Kenya", "Kenyan (CNN)"),
        ("Eldoret Kenya’s (CNN) athletes won again.", "Eldoret", "Kenya’s (CNN)"),
    ],
)
def test_other_tangled_words(paragraph: str, location: str, lead: str) -> None:
    """Articles, plural nouns for people and nationalities are untangled from places."""
    found = dateline(paragraph)
    assert found is not None
    assert found[1] == location
    assert found[4].startswith(lead)


@pytest.mark.parametrize(
    ("paragraph", "location", "source", "lead"),
    [
        (
            "SALEM, Ore. Volunteers (AP) — and troops stacked sandbags on Tuesday.",
            "SALEM, Ore.",
            "AP",
            "Volunteers (AP) — and troops",
        ),
        (
            "LYON, France Rail (AP) — workers walked out on Friday.",
            "LYON, France",
            "AP",
            "Rail (AP) — workers",
        ),
        (
            "TAMPERE Firefighters (Reuters) - fought a blaze all night.",
            "TAMPERE",
            "Reuters",
            "Firefighters (Reuters)",
        ),
        (
            "Osaka Electronics (Asia Tech Daily) — maker Kuro Denki recalled its chargers.",
            "Osaka",
            "Asia Tech Daily",
            "Electronics (Asia Tech Daily) — maker",
        ),
        (
            "Valparaíso, Chile Chilean (Meridian Wire) — dockworkers blocked the port.",
            "Valparaíso, Chile",
            "Meridian Wire",
            "Chilean (Meridian Wire)",
        ),
    ],
)
def test_words_tangled_after_a_region_are_given_back(
    paragraph: str, location: str, source: str, lead: str
) -> None:
    """After a state, a country or a place in capitals, the lead's first word goes back."""
    found = dateline(paragraph)
    assert found is not None
    assert (found[1], found[2]) == (location, source)
    assert found[4].startswith(lead)


def test_known_regions_after_capitals_stay_whole() -> None:
    """A known region of several words after a place in capitals is not untangled."""
    found = dateline("HALIFAX, Nova Scotia (Reuters) - The port reopened.")
    assert found is not None
    assert found[1] == "HALIFAX, Nova Scotia"
    assert found[4] == "The port reopened."


def test_known_multiword_places_are_not_untangled() -> None:
    """A multi-word place that is known, or unknown without a lead word, stays whole."""
    assert dateline("Kuala Lumpur (Reuters) - Palm oil rose.") is not None
    found = dateline("West Palm Beach (AP) — A storm hit.")
    assert found is not None
    assert found[1] == "West Palm Beach"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Democratic lawmakers in the harbour wards said they would vote no.",
        "Hong Kong is bracing for another typhoon this week.",
        "DEAR READERS: Thank you for your letters this year.",
        "Apple — the company that makes phones — said sales fell.",
        "Sen. Ana Ruiz (D-Ore.) defended her plan.",
        "Gov. Tom Hale (R) is defending the budget.",
        "UPDATE 2-Oil prices fall on supply worries",
        "BREAKING - Council votes to close the harbour",
        "HARBOUR BOARD COULD RAISE FEES AGAIN - CHAIRMAN",
        "Rep. Jo Lee (R-S.C.): I have a question.",
        "HARBOUR TRAFFIC AT RECORD HIGH, BOARD SAYS",
        "New York - the city that never sleeps - woke up.",
    ],
)
def test_not_datelines(paragraph: str) -> None:
    """Sentences, titles and salutations that open with capitals are no datelines."""
    assert dateline(paragraph) is None


def test_a_town_in_capitals_and_an_unknown_region_before_a_dash() -> None:
    """ "VIRAC, Catanduanes – ...": a town in capitals, a province no list holds in mixed
    case, and a dash make a dateline; all capitals ("HARBOUR TRAFFIC AT RECORD HIGH,
    BOARD SAYS") or a colon still make none."""
    assert dateline("VIRAC, Catanduanes – The storm hit at dawn.") == (
        "VIRAC, Catanduanes –",
        "VIRAC, Catanduanes",
        None,
        None,
        "The storm hit at dawn.",
    )
    assert dateline("HARBOUR FEES RISE, BOARD SAYS – The board met.") is None
    assert dateline("DEAR READERS, Friends: Thank you.") is None


def test_dateline_on_its_own_line() -> None:
    """A paragraph holding only a dateline is read whole."""
    text = "ZUG, SWITZERLAND"
    m = find_dateline(text, 0, len(text))
    assert m is not None
    assert m.whole
    assert m.dateline.location == "ZUG, SWITZERLAND"


def test_dateline_inside_a_longer_text() -> None:
    """Spans are offsets into the whole text, not into the paragraph."""
    text = "A headline\n\nLONDON (AP) — Trains ran late."
    start = text.index("LONDON")
    m = find_dateline(text, start, len(text))
    assert m is not None
    assert m.dateline.span.start == start
    assert text[m.body_start :] == "Trains ran late."


@pytest.mark.parametrize(
    ("paragraph", "location", "source"),
    [
        (
            "CASTELMAR, Portugal (Meridian Wire) — The council voted.",
            "CASTELMAR, Portugal",
            "Meridian Wire",
        ),
        ("LISBON (Harbour News Service) - The port reopened.", "LISBON", "Harbour News Service"),
        ("Lisbon (Harbour News Service) -- The port reopened.", "Lisbon", "Harbour News Service"),
    ],
)
def test_unknown_agency_named_in_capitalised_words(
    paragraph: str, location: str, source: str
) -> None:
    """An agency we do not know still makes a dateline after a place and before a dash."""
    found = dateline(paragraph)
    assert found is not None
    assert found[1:3] == (location, source)


@pytest.mark.parametrize(
    "paragraph",
    ["Smith (pictured) - The city voted.", "The Mayor (Joe Bloggs) said the city voted."],
)
def test_bracketed_words_without_a_place_are_no_agency(paragraph: str) -> None:
    """Bracketed words after a name or a sentence opening are no agency."""
    assert dateline(paragraph) is None


def test_postal_code_regions() -> None:
    """A two-letter postal code is a region: "Portland, OR —"."""
    found = dateline("Portland, OR — The city council voted on Monday.")
    assert found is not None
    assert found[1] == "Portland, OR"
