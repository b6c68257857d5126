"""Tests of newsmodel.people: who an article names, their mentions, gender and role."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import EvidenceKind, Gender, MentionKind, Role
from newsmodel.io import json as json_format
from newsmodel.names import name_key
from newsmodel.people import FirstNames, find_people
from newsmodel.people.context import honorific_at
from newsmodel.people.finding import honorifics
from newsmodel.quotes.tokens import Tokens

STORY = """Harbour plan splits council

Mayor Ingrid Solberg defended the harbour plan on Monday.

"We cannot wait another decade," Solberg said. She added that the vote would come in May.

Tomas Reyes, a professor of economics at the University of Porto, said the costs were
understated. "The figures do not add up," he said.

Mr. Okafor, who runs a ferry company, said nothing. His wife, Dana Okafor, said the
plan would ruin the family business.

Councillor Chris Vance called the plan "reckless".
"""


@pytest.fixture(scope="module")
def article() -> newsmodel.Article:
    return newsmodel.parse_text(STORY)


def _person(article: newsmodel.Article, key: str) -> newsmodel.Person:
    return next(p for p in article.people if p.key == key)


def test_people_in_order_of_first_mention_once_each(article: newsmodel.Article) -> None:
    """Everyone named is a person once, in order of first mention, however often named."""
    keys = [p.key for p in article.people]
    assert keys[:2] == ["ingrid solberg", "tomas reyes"]
    assert len(keys) == len(set(keys))
    assert "dana okafor" in keys


def test_mentions_are_located_and_kinds_told(article: newsmodel.Article) -> None:
    """The full name, the surname alone and a pronoun are mentions of one person."""
    solberg = _person(article, "ingrid solberg")
    kinds = {m.kind for m in solberg.mentions}
    assert {MentionKind.NAME, MentionKind.SHORT, MentionKind.PRONOUN} <= kinds
    for m in solberg.mentions:
        assert article.text[m.span.start : m.span.end] == m.text
    assert [m.span.start for m in solberg.mentions] == sorted(
        m.span.start for m in solberg.mentions
    )


def test_pronouns_decide_gender_with_their_evidence(article: newsmodel.Article) -> None:
    """ "She" resolved to Solberg makes her female, and the evidence names the pronoun."""
    solberg = _person(article, "ingrid solberg")
    assert solberg.gender is Gender.FEMALE
    assert solberg.gender_evidence is not None
    assert solberg.gender_evidence.kind is EvidenceKind.PRONOUN
    assert [m.text for m in solberg.gender_evidence.mentions] == ["She"]


def test_gendered_noun_before_the_name(article: newsmodel.Article) -> None:
    """ "His wife, Dana Okafor" says Dana Okafor is a woman, whatever her first name says."""
    dana = _person(article, "dana okafor")
    assert dana.gender is Gender.FEMALE
    assert dana.gender_evidence is not None
    assert dana.gender_evidence.kind in (EvidenceKind.ROLE_NOUN, EvidenceKind.PRONOUN)


def test_honorific_and_surname_alone_make_a_person(article: newsmodel.Article) -> None:
    """ "Mr. Okafor" before "His wife, Dana Okafor" is a man called Okafor, not her; "His"
    is his."""
    okafor = _person(article, "okafor")
    assert okafor.gender is Gender.MALE
    assert "His" in [m.text for m in okafor.mentions]
    a = newsmodel.parse_text("Mrs. Pell said the ferry was late.\n")
    (pell,) = a.people
    assert pell.gender is Gender.FEMALE
    assert pell.gender_evidence is not None
    assert pell.gender_evidence.kind is EvidenceKind.HONORIFIC
    assert [m.text for m in pell.gender_evidence.mentions] == ["Mrs."]


def test_ambiguous_first_name_stays_unknown(article: newsmodel.Article) -> None:
    """ "Chris" is common for men and women: without a pronoun the gender stays unknown."""
    vance = _person(article, "chris vance")
    assert vance.gender is Gender.UNKNOWN
    assert vance.gender_evidence is None


def test_a_given_name_the_table_lacks_gives_way_to_the_next() -> None:
    """ "Azfar Ali Khan": the table has no "Azfar", so "Ali" tells; "Chris Ali Vance" keeps
    the undecided "Chris" (the first name the table knows decides, even undecided)."""
    a = newsmodel.parse_text("“Gaps remain,” said Azfar Ali Khan, a director.\n")
    (khan,) = a.people
    assert khan.gender is Gender.MALE
    assert khan.gender_evidence is not None
    assert [m.text for m in khan.gender_evidence.mentions] == ["Ali"]
    b = newsmodel.parse_text("“Gaps remain,” said Chris Ali Vance, a director.\n")
    (vance,) = b.people
    assert vance.gender is Gender.UNKNOWN


def test_roles_from_titles_and_descriptions(article: newsmodel.Article) -> None:
    """A title before the name and an appositive after it give the role, with evidence."""
    assert _person(article, "ingrid solberg").role is Role.POLITICIAN
    reyes = _person(article, "tomas reyes")
    assert reyes.role is Role.EXPERT
    assert reyes.role_evidence is not None
    assert reyes.role_evidence.kind is EvidenceKind.DESCRIPTION
    assert "professor" in reyes.role_evidence.detail


def test_sources_are_linked_to_their_quotations(article: newsmodel.Article) -> None:
    """A quoted person holds the indexes of their quotations; speakers link back."""
    reyes = _person(article, "tomas reyes")
    assert reyes.quoted
    for index in reyes.quotations:
        speaker = article.quotations[index].speaker
        assert speaker is not None
        assert speaker.name == "Tomas Reyes"
    quoted = next(s for s in article.speakers if s.name == "Tomas Reyes")
    assert quoted.person == reyes
    assert quoted.gender is Gender.MALE
    assert quoted.key == "tomas reyes"


@pytest.mark.parametrize(
    ("text", "speaker", "other"),
    [
        (
            'Hillary Clinton spoke on Monday. "We are confident," Clinton spokesman '
            "Brian Fallon said.",
            "Brian Fallon",
            "Hillary Clinton",
        ),
        (
            'John Kasich spoke. "The race is open," Kasich\u2019s chief strategist John '
            "Weaver said.",
            "John Weaver",
            "John Kasich",
        ),
        (
            'James Davis spoke. "We will win," James Davis\' spokesman Tom Reed said.',
            "Tom Reed",
            "James Davis",
        ),
        (
            'Bill Clinton and Hillary Clinton came. "We will win," Mrs. Clinton said.',
            "Hillary Clinton",
            "Bill Clinton",
        ),
    ],
)
def test_a_quotation_goes_to_its_speaker_not_to_others_in_the_mention(
    text: str, speaker: str, other: str
) -> None:
    """A person named in the speaker mention who owns or qualifies the speaker's title
    ("Clinton spokesman Brian Fallon") is not the speaker: the quotation is the person's
    whose name the speaker has, so the people and speakers tables agree."""
    a = newsmodel.parse_text(text)
    assert [q.speaker.name if q.speaker else None for q in a.quotations] == [speaker]
    quoted = {p.name: p.quotations for p in a.people}
    assert quoted[speaker] == (0,)
    assert quoted[other] == ()
    assert [s.key for s in a.speakers] == [name_key(speaker)]


def test_a_possessor_in_the_mention_is_no_speaker() -> None:
    """ "Donald Trump's campaign manager said" does not quote Donald Trump."""
    a = newsmodel.parse_text(
        'Donald Trump spoke. "We will win," Donald Trump\'s campaign manager said on Monday.'
    )
    assert len(a.quotations) == 1
    assert all(not p.quotations for p in a.people if p.key == "donald trump")


def test_a_month_surname_is_kept() -> None:
    """ "Elizabeth May said" names Elizabeth May, not Elizabeth in May."""
    a = newsmodel.parse_text("Green Party Leader Elizabeth May said the plan was weak.\n")
    assert [p.name for p in a.people] == ["Elizabeth May"]


def test_things_and_places_are_no_people() -> None:
    """Cups, indexes and places named like people are left out."""
    text = (
        "The Ryder Cup returns. The Hang Seng Index fell. Clayton Heights voted.\n\n"
        "Jane Morrow said the day went well.\n"
    )
    assert [p.name for p in newsmodel.parse_text(text).people] == ["Jane Morrow"]


def test_photo_credits_and_authors_are_no_people() -> None:
    """A photographer's credit and the article's author are not people of the story."""
    text = (
        "Storm hits coast\n\nBy Lena Hart\n\nThe storm hit on Monday. (Paul Dorn/Reuters)\n\n"
        '"It was loud," said resident Mara Quist.\n'
    )
    a = newsmodel.parse_text(text)
    assert [p.name for p in a.people] == ["Mara Quist"]
    assert a.people[0].role is Role.PUBLIC


def test_gender_overrides_win() -> None:
    """The caller's table beats the text, for a full name or for a given name."""
    text = "Robin Hale said she would run. Sam Ortiz agreed.\n"
    a = newsmodel.parse_text(text, genders={"Robin Hale": "male", "Sam": Gender.FEMALE})
    hale, ortiz = a.people
    assert hale.gender is Gender.MALE
    assert hale.gender_evidence is not None
    assert hale.gender_evidence.kind is EvidenceKind.OVERRIDE
    assert ortiz.gender is Gender.FEMALE


def test_a_bad_override_is_an_input_error() -> None:
    """A gender that is not one raises InputError naming it."""
    with pytest.raises(newsmodel.InputError, match="girl"):
        newsmodel.parse_text("Robin Hale said so.\n", genders={"Robin": "girl"})


def test_people_can_be_switched_off_and_found_again(article: newsmodel.Article) -> None:
    """people=False leaves people out; find_people finds the same ones again."""
    bare = newsmodel.parse_text(STORY, people=False)
    assert bare.people == ()
    assert bare.quotations == article.quotations
    assert find_people(bare) == article.people


def test_people_without_quotations() -> None:
    """With the quotation engine off, people are found when asked for, none of them
    quoted; without asking, neither runs."""
    assert newsmodel.parse_text(STORY, quotations=False).people == ()
    a = newsmodel.parse_text(STORY, quotations=False, people=True)
    assert a.quotations == ()
    assert "tomas reyes" in [p.key for p in a.people]
    assert not any(p.quoted for p in a.people)


def test_first_names_table_is_decisive_only_when_clear() -> None:
    """The shipped table tells Margaret and John; Jordan and Kim stay unknown."""
    names = FirstNames.shipped()
    assert names.gender("Margaret") is Gender.FEMALE
    assert names.gender("John") is Gender.MALE
    assert names.gender("Jordan") is Gender.UNKNOWN
    assert names.gender("Zzyzx") is Gender.UNKNOWN
    assert names.gender("Stéphanie") is Gender.FEMALE  # accents set aside
    assert names.with_overrides({"Jordan": Gender.FEMALE}).gender("jordan") is Gender.FEMALE


def test_json_keeps_people_losslessly(article: newsmodel.Article) -> None:
    """People, their mentions and evidence survive JSON; old documents load without."""
    data = newsmodel.dumps(article, format="json")
    assert newsmodel.loads(data, format="json") == article
    import json

    doc = json.loads(data)
    del doc["people"]
    assert newsmodel.loads(json.dumps(doc), format="json").people == ()


def test_json_refuses_a_person_naming_no_quotation(article: newsmodel.Article) -> None:
    """A person's quotation index past the quotations is a FormatError with its path."""
    import json

    doc = json.loads(newsmodel.dumps(article, format="json"))
    doc["people"][0]["quotations"] = [99]
    with pytest.raises(newsmodel.FormatError, match=r"people\[0\]\.quotations\[0\]"):
        newsmodel.loads(json.dumps(doc), format="json")


def test_model_checks_person_mentions() -> None:
    """A person mention whose text is not the article text at its span is refused."""
    bad = newsmodel.Person(
        "Ann Lee",
        "ann lee",
        mentions=[newsmodel.PersonMention(newsmodel.Span(0, 3), "Bob")],
    )
    with pytest.raises(newsmodel.ModelError, match="Person 0 mention 0"):
        newsmodel.Article(text="Ann Lee spoke.", people=[bad])


def test_ninjs_lists_people_as_speakers_or_mentioned(article: newsmodel.Article) -> None:
    """ninjs people name each person once, quoted ones as speakers, with their key."""
    import json

    doc = json.loads(newsmodel.dumps(article, format="ninjs"))
    entries = {p["name"]: p for p in doc["people"]}
    assert entries["Tomas Reyes"] == {
        "name": "Tomas Reyes",
        "rel": "speaker",
        "literal": "tomas reyes",
    }
    assert [p["name"] for p in doc["people"]].count("Tomas Reyes") == 1


def test_people_travel_from_worker_processes() -> None:
    """parse_many on two processes gives the people one process gives."""
    texts = [STORY, "Nobody is named here.\n"]
    assert list(newsmodel.parse_many(texts, workers=2)) == [newsmodel.parse_text(t) for t in texts]


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 400)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
#: Every key a person, a person mention or an evidence may hold.
_PERSON_KEYS = st.sampled_from(
    sorted(json_format._PERSON_KEYS | json_format._PERSON_MENTION_KEYS | json_format._EVIDENCE_KEYS)
)


@settings(max_examples=200, deadline=None)
@given(
    people=st.lists(
        st.dictionaries(
            _PERSON_KEYS, _JSON | st.sampled_from(["female", "pronoun", "name", 3]), max_size=6
        )
        | _JSON,
        max_size=3,
    )
    | _JSON
)
def test_json_people_of_any_shape(people: object) -> None:
    """Whatever stands under "people", reading gives an Article or a FormatError."""
    import json

    doc = json.loads(newsmodel.dumps(newsmodel.parse_text('"Yes," said Ana Reis.'), format="json"))
    doc["people"] = people
    try:
        article = newsmodel.loads(json.dumps(doc), format="json")
    except newsmodel.FormatError:
        return
    assert all(isinstance(p, newsmodel.Person) for p in article.people)


def test_miss_and_a_place_is_a_title_not_a_person() -> None:
    """ "a former Miss Moscow" names a pageant title; "Mr. Jordan" and "Miss Bell" are
    people."""
    a = newsmodel.parse_text(
        "The sultan married a former Miss Moscow in June. Mr. Jordan said nothing. "
        "Miss Bell agreed.\n"
    )
    assert [(p.name, p.gender) for p in a.people] == [
        ("Jordan", Gender.MALE),
        ("Bell", Gender.FEMALE),
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Mr.", "MRS", "mr..", "Dr", "Ms.Lee", "Miss", "sir.", "Mme.", "Smith", ",", " ", "."]
        ),
        max_size=30,
    )
)
def test_honorifics_are_every_token_honorific_at_reads(words: list[str]) -> None:
    """The honorifics read once from the indexed places are those honorific_at finds
    token by token, whatever the spelling and punctuation."""
    text = " ".join(words)
    tokens = Tokens(text, [(0, 0, len(text))], [])
    expected = {
        k: gender for k in range(len(tokens)) if (gender := honorific_at(tokens, k)) is not None
    }
    assert honorifics(tokens) == expected


def test_a_peer_named_by_one_name_is_one_person_with_the_title() -> None:
    """ "Lord Coe said ... “...,” Coe said": one person, "Lord Coe", as the engine names
    the speaker, a man by the honorific; "Baroness Scotland" is a woman by hers, not a
    given name "Baroness"."""
    a = newsmodel.parse_text(
        "Lord Coe said London was ready. “We are,” Coe said. Baroness Scotland said the"
        " law would change."
    )
    by_name = {p.name: p for p in a.people}
    coe = by_name["Lord Coe"]
    assert coe.quotations == (0, 1)
    assert coe.gender is Gender.MALE
    scotland = by_name["Baroness Scotland"]
    assert scotland.gender is Gender.FEMALE
    assert scotland.gender_evidence is not None
    assert scotland.gender_evidence.kind is EvidenceKind.HONORIFIC
    assert {s.name for s in a.speakers} == {"Lord Coe", "Baroness Scotland"}
