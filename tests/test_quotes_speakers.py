"""Tests of newsmodel.quotes.speakers: names, titles, descriptions and speaker kinds."""

from __future__ import annotations

import pytest

from newsmodel import SpeakerKind
from newsmodel.quotes.marks import find_quotes
from newsmodel.quotes.speakers import classify, phrase_after, phrase_before
from newsmodel.quotes.tokens import Tokens
from tests.quotes_support import article, indirect, quote, speaker


def tokens_of(text: str) -> Tokens:
    """The tokens of a one-paragraph text."""
    return Tokens(text, [(0, 0, len(text))], find_quotes(text, [(0, len(text))]))


def words(t: Tokens, span: tuple[int, int] | None) -> str | None:
    """The text of a token range."""
    if span is None:
        return None
    return " ".join(t.text[span[0] : span[1]])


def test_name_and_title_are_told_apart() -> None:
    """ "Kenyan President William Ruto": the name is "William Ruto", the title the rest."""
    t = tokens_of("Kenyan President William Ruto said")
    phrase = phrase_before(t, 4, 0)
    assert phrase is not None
    assert phrase.kind is SpeakerKind.PERSON
    assert (words(t, phrase.name), words(t, phrase.title)) == ("William Ruto", "Kenyan President")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Both ministers said", SpeakerKind.GROUP),
        ("France and Germany said", SpeakerKind.GROUP),
        ("Analysts said", SpeakerKind.GROUP),
        ("the two presidents said", SpeakerKind.GROUP),
        ("The joint communique said", SpeakerKind.DOCUMENT),
        ("A State House summary said", SpeakerKind.DOCUMENT),
        ("Brazil’s Foreign Ministry said", SpeakerKind.ORGANISATION),
        ("The Daily Clarion said", SpeakerKind.ORGANISATION),
        ("A senior Brazilian official said", SpeakerKind.ANONYMOUS),
        ("a spokeswoman for the ministry said", SpeakerKind.ANONYMOUS),
        ("Maria Lopez said", SpeakerKind.PERSON),
        ("Sen. Ted Cruz (R-Texas) said", SpeakerKind.PERSON),
        ("the energy minister said", SpeakerKind.PERSON),
    ],
)
def test_speaker_kinds(text: str, kind: SpeakerKind) -> None:
    """Each speaker phrase gets its kind: person, organisation, group, document, anonymous."""
    t = tokens_of(text)
    phrase = phrase_before(t, len(t) - 1, 0)
    assert phrase is not None
    assert phrase.kind is kind
    assert phrase.first == 0


@pytest.mark.parametrize(
    "text",
    [
        "the plan was approved and said",
        "On Saturday, said",
        "to them said",
        "the vote passed, said",
    ],
)
def test_no_speaker_where_there_is_none(text: str) -> None:
    """Clauses, adverbials and objects are no speaker phrases."""
    t = tokens_of(text)
    assert phrase_before(t, len(t) - 1, 0) is None


def test_description_after_the_name() -> None:
    """An appositive after a comma is the description: "said X, a political scientist"."""
    t = tokens_of("said Daniel Ochieng, a political scientist at the University of Nairobi.")
    phrase = phrase_after(t, 1, len(t))
    assert phrase is not None
    assert words(t, phrase.name) == "Daniel Ochieng"
    assert words(t, phrase.description) == "a political scientist at the University of Nairobi"


def test_description_before_the_name() -> None:
    """ "The energy minister of Kenya, Grace Wanjala, said": the name speaks, the role
    before it describes her."""
    t = tokens_of("The energy minister of Kenya, Grace Wanjala, said")
    phrase = phrase_before(t, len(t) - 1, 0)
    assert phrase is not None
    assert words(t, phrase.name) == "Grace Wanjala"
    assert words(t, phrase.description) == "The energy minister of Kenya"


def test_relative_pronoun_speaks_for_its_antecedent() -> None:
    """ "Smith, who said": the mention is "who", the speaker its antecedent."""
    t = tokens_of("Ana Costa, who said")
    phrase = phrase_before(t, len(t) - 1, 0)
    assert phrase is not None
    assert t.text[phrase.first] == "who"
    assert phrase.antecedent is not None
    assert words(t, phrase.antecedent.name) == "Ana Costa"


def test_affiliation_in_parentheses_belongs_to_the_name() -> None:
    """A party and state after a name are part of the mention, not of the name."""
    t = tokens_of("Rep. Patrick J. Tobin (D-N.Y.) said")
    phrase = phrase_before(t, len(t) - 1, 0)
    assert phrase is not None
    assert (words(t, phrase.name), words(t, phrase.title)) == ("Patrick J. Tobin", "Rep.")


def test_agency_in_parentheses_is_no_affiliation() -> None:
    """A dateline agency such as "(CNN)" does not join the speaker phrase."""
    t = tokens_of("NAIROBI (CNN) President Amani Odhiambo said")
    phrase = classify(t, 0, len(t) - 1)
    found = phrase_before(t, len(t) - 1, 0)
    assert found is not None
    assert t.text[found.first] == "President"
    assert phrase is None or phrase.first == 0


def test_speaker_names_and_titles_in_an_article() -> None:
    """Attributions carry the resolved name, the title and the kind."""
    a = article(
        "“We will open the route in March,” Ghanaian President Ama Mensah said.",
        "A senior Kenyan official told reporters the terminal was “nearly finished.”",
        "Kenya’s Ministry of Transport said the deal “opens new markets.”",
    )
    q = quote(a, "We will open")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.title, q.speaker.kind) == (
        "Ama Mensah",
        "Ghanaian President",
        SpeakerKind.PERSON,
    )
    q = quote(a, "nearly finished")
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ANONYMOUS
    assert speaker(q) == "A senior Kenyan official"
    q = quote(a, "opens new markets")
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ORGANISATION
    assert speaker(q) == "Kenya’s Ministry of Transport"


def test_given_name_makes_a_person_of_a_place_word() -> None:
    """ "Helen Park" is a person although "Park" can name a place."""
    a = article("“The ferry will be free,” Helen Park said.")
    q = quote(a, "The ferry")
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.PERSON


def test_adverb_between_commas_is_no_description() -> None:
    """ "Legault, meanwhile, announced": the adverb describes nobody."""
    a = article(
        "Quebec Premier Francois Legault, meanwhile, announced that restaurants would reopen."
    )
    q = indirect(a, "restaurants")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.title, q.speaker.description) == (
        "Francois Legault",
        "Quebec Premier",
        None,
    )


def test_people_of_a_country_are_a_group() -> None:
    """ "Canadians say" reports a group, not a person named Canadians."""
    a = article("Canadians say the new rules are confusing.")
    q = indirect(a, "rules")
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.GROUP


def test_name_with_an_organisation_after_of() -> None:
    """ "Stephen Vale of the University of Leeds" is a person, not the university."""
    a = article("“It was a long shot,” said Stephen Vale of the University of Leeds.")
    q = quote(a, "It was")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Stephen Vale", SpeakerKind.PERSON)
