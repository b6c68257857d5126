"""Tests of newsmodel.quotes.coref: pronouns, short forms and roles resolved to names."""

from __future__ import annotations

from newsmodel import SpeakerKind
from tests.quotes_support import article, mention, quote, speaker


def test_short_form_resolves_to_the_full_name() -> None:
    """ "Ruto" after "Kenyan President William Ruto" is William Ruto, with his title."""
    a = article(
        "Kenyan President William Ruto met traders in Mombasa on Friday.",
        "“We are partners, not rivals,” Ruto said.",
    )
    q = quote(a, "We are partners")
    assert (speaker(q), mention(q)) == ("William Ruto", "Ruto")
    assert q.speaker is not None
    assert q.speaker.title == "Kenyan President"


def test_pronouns_resolve_across_paragraphs() -> None:
    """ "she" in a later paragraph is the woman quoted before."""
    a = article(
        "“Our officials have finished the draft,” said Abena Owusu, Ghana’s finance minister.",
        "The treaty still needs a vote in parliament.",
        "“We expect it before the summer,” she said.",
    )
    q = quote(a, "We expect")
    assert (speaker(q), mention(q)) == ("Abena Owusu", "she")


def test_pronoun_takes_the_subject_of_the_sentence_before() -> None:
    """ "he" goes to the subject of the last sentence naming a man, not to its object."""
    a = article(
        "As Lucas Moreira left the hall after a dinner with Amani Odhiambo, he waved.",
        "“See you in Lisbon,” he said.",
    )
    assert speaker(quote(a, "See you")) == "Lucas Moreira"


def test_gender_picks_the_right_person() -> None:
    """ "she" skips a man mentioned more recently and finds the woman."""
    a = article(
        "Mayor Helen Park met the engineer, Tomas Reyes, at the bridge.",
        "“The steel is older than we thought,” Reyes said.",
        "“Then we close it tonight,” she said.",
    )
    assert speaker(quote(a, "Then we close")) == "Helen Park"


def test_role_noun_resolves_to_the_person_with_that_title() -> None:
    """ "the president" is the person introduced as president."""
    a = article(
        "Ghanaian President Ama Mensah opened the new port on Monday.",
        "Engineers worked through the night to finish the cranes.",
        "“This is only the beginning,” the president said.",
    )
    q = quote(a, "This is only")
    assert (speaker(q), mention(q)) == ("Ama Mensah", "the president")


def test_newspaper_role_resolves_to_the_newspaper() -> None:
    """ "the daily" goes back to the daily named before."""
    a = article(
        "The Daily Clarion, a Nairobi newspaper, reported that the ferry would be free.",
        "The daily also said the ferry would run “every hour of the day.”",
    )
    q = quote(a, "every hour")
    assert speaker(q) == "Daily Clarion"
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ORGANISATION


def test_they_resolves_to_the_group_quoted_before() -> None:
    """ "They" after a group's quotation is that group."""
    a = article(
        "Both ministers said they “expect a first review in two years.”",
        "They added that “nobody will pay twice.”",
    )
    q = quote(a, "nobody will pay")
    assert (speaker(q), mention(q)) == ("Both ministers", "They")


def test_one_speaker_per_person_in_article_speakers() -> None:
    """Every quotation of one person, however mentioned, groups under one speaker."""
    a = article(
        "“We will rebuild the bridge,” said Mayor Helen Park.",
        "Park said the work would start in May.",
        "“It will be worth the wait,” she said.",
    )
    speakers = {s.name: s for s in a.speakers}
    assert list(speakers) == ["Helen Park"]
    park = speakers["Helen Park"]
    assert park.title == "Mayor"
    assert [m.text for m in park.mentions] == ["Mayor Helen Park", "Park", "she"]
    assert len(park.quotations) == 3


def test_pronouns_teach_the_gender_of_unknown_names() -> None:
    """Once "she" resolves to a name of unknown gender, "he" no longer goes there."""
    a = article(
        "Adaeze Okoro has chaired the port board since May. Kwabena Mensah took over the "
        "shipyard last year.",
        "Okoro met reporters after the vote. “We will not wait,” she said.",
        "Okoro then thanked Mensah for the new cranes.",
        "“The yard is ready,” he said.",
    )
    assert speaker(quote(a, "We will not wait")) == "Adaeze Okoro"
    assert speaker(quote(a, "The yard")) == "Kwabena Mensah"


def test_organisation_role_keeps_the_name_it_was_quoted_under() -> None:
    """ "the ministry" is the ministry quoted before, under the same name."""
    a = article(
        "Brazil’s Foreign Ministry said the talks had been “productive.”",
        "The ministry later added that a second round was “likely.”",
    )
    assert speaker(quote(a, "productive")) == speaker(quote(a, "likely"))
    assert [s.name for s in a.speakers] == ["Brazil’s Foreign Ministry"]
