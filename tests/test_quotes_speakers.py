"""Tests of newsmodel.quotes.speakers: names, titles, descriptions and speaker kinds."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import QuoteKind, SpeakerKind, Stance
from newsmodel.quotes.marks import find_quotes
from newsmodel.quotes.speaker_after import phrase_after
from newsmodel.quotes.speakers import (
    classify,
    gender_of,
    is_given_name,
    org_words,
    phrase_before,
)
from newsmodel.quotes.tokens import Tokens
from tests.quotes_support import article, cue, indirect, mention, quote, speaker, speaker_kind


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
        ("Prairie Crown Potash said", SpeakerKind.ORGANISATION),
        ("Northgate Lumber said", SpeakerKind.ORGANISATION),
        ("Bow Valley Brewing said", SpeakerKind.ORGANISATION),
        ("Prince Edward Island said", SpeakerKind.ORGANISATION),
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


def test_a_place_whose_name_opens_with_a_title_is_no_antecedent() -> None:
    """ "Prince Edward Island" is no man called Edward Island whom "he" stands for; a
    prince is still a person."""
    a = article(
        "Storms hit Prince Edward Island on Monday.",
        "“It was close,” he said.",
        "“We were lucky,” said Prince Alfred, who toured the coast.",
    )
    assert speaker(quote(a, "It was close")) != "Edward Island"
    assert speaker_kind(quote(a, "We were lucky")) == ("Prince Alfred", SpeakerKind.PERSON)


@pytest.mark.parametrize(
    "body",
    [
        "the Conseil des loyers du Québec",
        "the Office québécois de la faune",
        "the Régie de l’énergie et des mines",
        "the Assemblée régionale",
    ],
)
def test_a_french_name_of_a_body_is_one_organisation(body: str) -> None:
    """A French name of a body, its lower-case words and its place included, speaks as
    the body, before or after its cue: no person called Québec."""
    a = article(
        f"“The rules are clear,” said {body} on Monday.",
        f"“We will act,” {body} said.",
    )
    name = body.removeprefix("the ")
    assert speaker_kind(quote(a, "The rules")) == (name, SpeakerKind.ORGANISATION)
    assert speaker_kind(quote(a, "We will act")) == (name, SpeakerKind.ORGANISATION)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Société des loyers de Brixo (SLB)", "Société des loyers de Brixo"),
        ("The Régie du transport (RDT)", "Régie du transport"),
        ("The Office brixois de la langue (OBL)", "Office brixois de la langue"),
    ],
)
def test_a_french_body_with_its_acronym_after_it_speaks(body: str, name: str) -> None:
    """Its acronym in brackets after a French name of a body, the last word in lower case
    or not, is no end of the phrase."""
    a = article(f"{body} said the fares would rise.")
    assert speaker_kind(indirect(a, "the fares would rise")) == (name, SpeakerKind.ORGANISATION)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Coalition sources said", "Coalition sources", SpeakerKind.GROUP),
        ("the Centre for Road Safety said", "Centre for Road Safety", SpeakerKind.ORGANISATION),
        ("Ana Roy of the Conseil des loyers said", "Ana Roy", SpeakerKind.PERSON),
    ],
)
def test_english_words_after_a_french_head_are_no_french_body(
    text: str, name: str, kind: SpeakerKind
) -> None:
    """A head French shares with English, then English words, is read as before; a person
    of a French body is the person."""
    a = article(f"{text} the rent will rise.")
    assert speaker_kind(indirect(a, "the rent will rise")) == (name, kind)


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


def test_surname_that_is_a_title_word_stays_in_the_name() -> None:
    """ "former Dunmore governor Paul Dean (D)" is Paul Dean, not a dean."""
    a = article('"He is struggling," said former Dunmore governor Paul Dean (D), a backer.')
    q = quote(a, "He is struggling")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.description) == ("Paul Dean", "a backer")


def test_participles_after_the_head_stay_in_the_speaker_phrase() -> None:
    """ "a source involved in the talks", "a diplomat travelling with the delegation"."""
    a = article(
        "“It is a way to take part,” says a source involved in the talks.",
        "A senior diplomat travelling with the delegation, who declined to be named, said a "
        "deal was “close.”",
    )
    assert speaker(quote(a, "It is a way")) == "a source involved in the talks"
    assert speaker(quote(a, "close")) == "A senior diplomat travelling with the delegation"
    assert not any(q.text == "be named" for q in a.quotations)


def test_coordinated_title_before_one_name() -> None:
    """ "Mental Health and Addictions Minister Siobhan O'Neill" is one person."""
    a = article(
        "The province will end the pilot, Mental Health and Addictions Minister Siobhan "
        "O'Neill said Monday.",
        "President Amani Otieno and Senator Rose Wanjiru said the deal was done.",
    )
    pilot = next(q for q in a.quotations if "end the pilot" in q.text)
    assert pilot.speaker is not None
    assert (pilot.speaker.name, pilot.speaker.kind) == ("Siobhan O'Neill", SpeakerKind.PERSON)
    deal = next(q for q in a.quotations if "deal was done" in q.text)
    assert deal.speaker is not None
    assert deal.speaker.kind is SpeakerKind.GROUP


def test_a_portfolio_of_one_word_before_and_opens_one_title() -> None:
    """ "Fisheries and Oceans Minister Diane Lebouthillier" is one person, the minister;
    "Ford and Health Minister Sylvia Jones" are two."""
    a = article(
        "Fisheries and Oceans Minister Diane Lebouthillier said the stock was in trouble.",
        "Ford and Health Minister Sylvia Jones said the clinics would open.",
    )
    assert speaker_kind(indirect(a, "the stock was")) == ("Diane Lebouthillier", SpeakerKind.PERSON)
    assert speaker_kind(indirect(a, "the clinics"))[1] is SpeakerKind.GROUP


def test_a_gallery_a_museum_or_a_library_speaks_as_a_body() -> None:
    """ "The gallery said ...", "according to the museum": bodies, as "the hospital" is."""
    a = article(
        "Title",
        "The gallery said admission for Indigenous visitors would be free.",
        "The show features 60 works, according to the museum.",
    )
    assert speaker_kind(indirect(a, "admission for")) == ("The gallery", SpeakerKind.ORGANISATION)
    assert speaker(indirect(a, "The show features")) == "the museum"


def test_the_company_is_the_name_without_a_given_name_its_sentence_opens_with() -> None:
    """ "Northland Auto Parts will lay off 650 workers, the company said": the company is
    the name no given name opens; "Tom Hale will lay off ..., the company said" is no
    company named Tom Hale."""
    a = article(
        "Title",
        "Northland Auto Parts will lay off 650 workers at its plant, the company said.",
        "“We regret it,” the company said.",
    )
    assert speaker_kind(indirect(a, "will lay off")) == (
        "Northland Auto Parts",
        SpeakerKind.ORGANISATION,
    )
    assert speaker(quote(a, "We regret it")) == "Northland Auto Parts"
    b = article("Title", "Tom Hale will lay off 650 workers at his plant, the company said.")
    assert speaker(indirect(b, "will lay off")) == "the company"


def test_a_national_body_joined_by_and_is_one_organisation() -> None:
    """ "Colleges and Institutes Canada" is one body, which "the organization" then
    stands for; "France, Germany and Italy" and "Ann Dale and Tom Hale" stay groups."""
    a = article(
        "Title",
        "Immigration, Refugees and Citizenship Canada said old files would count.",
        "Colleges and Institutes Canada, which represents colleges, said the cap was unfair.",
        "“Our members were not consulted,” the organization said.",
        "France, Germany and Italy said the deal was dead.",
    )
    assert speaker_kind(indirect(a, "the cap was unfair")) == (
        "Colleges and Institutes Canada",
        SpeakerKind.ORGANISATION,
    )
    assert speaker(quote(a, "Our members")) == "Colleges and Institutes Canada"
    assert speaker_kind(indirect(a, "the deal was dead"))[1] is SpeakerKind.GROUP


def test_a_company_in_apposition_to_an_owner_speaks() -> None:
    """ "The building's owner, Parkview Properties, said": the company, as "The building's
    owner, Ann Dale, said" is the person."""
    a = article(
        "Title",
        "The building's owner, Parkview Properties, said the work was necessary.",
        "The shop's owner, Ann Dale, said it was fine.",
    )
    assert speaker_kind(indirect(a, "the work was necessary")) == (
        "Parkview Properties",
        SpeakerKind.ORGANISATION,
    )
    assert speaker(indirect(a, "it was fine")) == "Ann Dale"


def test_a_surname_of_two_letters_is_no_state() -> None:
    """ "Emergency Management Minister Bowinn Ma": a minister named Ma, no body in a state
    "MA"; "Du Pont Co" is still a company."""
    a = article(
        "Title",
        "Emergency Management Minister Bowinn Ma said the province had opened a centre.",
        "Du Pont Co said it had a new fibre.",
    )
    assert speaker_kind(indirect(a, "opened a centre")) == ("Bowinn Ma", SpeakerKind.PERSON)
    assert speaker_kind(indirect(a, "a new fibre"))[1] is SpeakerKind.ORGANISATION


def test_a_noun_of_people_before_a_given_name_is_no_part_of_the_name() -> None:
    """ "Former Warrior Marcus Lee", "Goalscorer Jimmy Alan Brennock": the name starts
    at the given name; "Dr Ooi Kay Peng" keeps the word the name begins with."""
    a = article(
        "Title",
        "Former Warrior Marcus Lee said he holds no grudge.",
        "Goalscorer Jimmy Alan Brennock said the match was hard.",
        "Malaysian entrepreneur Dr Ooi Kay Peng said the firm would go private.",
    )
    assert speaker(indirect(a, "no grudge")) == "Marcus Lee"
    assert speaker(indirect(a, "the match was hard")) == "Jimmy Alan Brennock"
    assert speaker(indirect(a, "go private")) == "Ooi Kay Peng"


def test_a_given_name_of_two_initials_opens_a_person_s_name() -> None:
    """ "RJ Barrett said" is a person, and "Barrett said" later is he; "BC Hydro said"
    stays a body."""
    a = article(
        "Title",
        "“We believe in us,” RJ Barrett said.",
        "“We won,” Barrett said. BC Hydro said the power was back on.",
    )
    assert speaker_kind(quote(a, "We believe")) == ("RJ Barrett", SpeakerKind.PERSON)
    assert speaker(quote(a, "We won")) == "RJ Barrett"
    assert speaker_kind(indirect(a, "the power was back"))[1] is SpeakerKind.ORGANISATION


def test_governments_named_by_their_place_are_organisations() -> None:
    """ "The City of Saskatoon said" is the city government speaking."""
    a = article("The City of Saskatoon said it had opened a reception centre at an arena.")
    q = next(q for q in a.quotations if "reception centre" in q.text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("City of Saskatoon", SpeakerKind.ORGANISATION)


def test_spokesperson_for_someone_is_the_spokesperson() -> None:
    """ "a spokesperson for Health Minister Colin Tremblay" is not Colin Tremblay."""
    a = article(
        "In an e-mail, a spokesperson for Health Minister Colin Tremblay said the province "
        "intends to opt out."
    )
    q = next(q for q in a.quotations if "opt out" in q.text)
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ANONYMOUS
    assert q.speaker.name.startswith("a spokesperson for")


def test_someones_role_is_a_speaker() -> None:
    """ "Doyle’s agent said ... that “several clubs” had asked" attributes the fragment."""
    a = article("Doyle’s agent said on Wednesday that “several clubs” had asked about him.")
    assert speaker(quote(a, "several clubs")) == "Doyle’s agent"


def test_organisation_set_off_after_its_description() -> None:
    """ "the country's watchdog, the Public Integrity Office, called the deal “...”"."""
    a = article(
        "The case began in 2021, when the country’s anti-corruption watchdog, the Public "
        "Integrity Office, called the stadium deal “a textbook case of tender rigging.”"
    )
    q = quote(a, "a textbook case")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == (
        "Public Integrity Office",
        SpeakerKind.ORGANISATION,
    )


def test_description_holding_a_list_before_the_cue() -> None:
    """ "Anne Richards, secretary for population, refugees, and migration, said"."""
    a = article(
        "The talks ended on Friday.",
        "The plans “will not solve this,” Anne Richards, assistant secretary for "
        "population, refugees, and migration, said on the call.",
    )
    q = quote(a, "will not solve")
    assert q.speaker is not None
    assert q.speaker.name == "Anne Richards"
    assert q.speaker.description == "assistant secretary for population, refugees, and migration"


def test_party_members_as_anonymous_speakers() -> None:
    """ "said one Republican involved in the drafting, who spoke on condition ..."."""
    a = article(
        "The campaign prepared its attack.",
        "“You will see a massive ad spend,” said one Republican involved in the drafting, "
        "who spoke on the condition of anonymity.",
    )
    q = quote(a, "You will see")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == (
        "one Republican involved in the drafting",
        SpeakerKind.ANONYMOUS,
    )


def test_sentence_opening_with_its_cue_names_only_the_speaker() -> None:
    """ "Stated Stone:" before a quotation is Stone, not "Stated Stone"."""
    a = article(
        "Roger Stone spoke on the radio.",
        "Stated Stone:",
        "“I think that the stakes are so high.”",
    )
    q = quote(a, "I think that")
    assert speaker(q) == "Roger Stone"


def test_gerund_compound_nouns_belong_to_the_phrase() -> None:
    """ "the board’s planning office" is a whole speaker phrase, but "the mayor visiting the
    port" stops before the participle."""
    t = tokens_of("according to the board’s planning office.")
    phrase = phrase_after(t, 2, len(t))
    assert phrase is not None
    assert " ".join(t.text[phrase.first : phrase.last]) == "the board ’s planning office"
    t = tokens_of("according to the mayor visiting the port.")
    phrase = phrase_after(t, 2, len(t))
    assert phrase is not None
    assert " ".join(t.text[phrase.first : phrase.last]) == "the mayor"


def test_common_given_names_and_their_usual_gender() -> None:
    """A common given name of the name table opens a person's name and hints a pronoun;
    a word that only a few people bear ("Kansas", "Canada") does not."""
    assert is_given_name("Kody")
    assert gender_of("Kody") == "m"
    assert gender_of("Eleanore") == "f"
    assert not is_given_name("Kansas")
    assert not is_given_name("Canada")
    assert gender_of("Addison") is None  # borne by women and men alike


def test_organisation_words_acronyms_and_places() -> None:
    """Acronyms and a place as the last word make a capitalised name an organisation's."""
    assert org_words(["BC", "Hydro"], ["bc", "hydro"])
    assert org_words(["Environment", "Canada"], ["environment", "canada"])
    assert org_words(["Fox", "News"], ["fox", "news"])
    assert not org_words(["Henry", "Ford", "II"], ["henry", "ford", "ii"])
    assert not org_words(["Rod", "Peters"], ["rod", "peters"])


def test_a_utility_is_it_after_it_was_quoted() -> None:
    """ "Dunmore Hydro said ..." makes Dunmore Hydro an organisation that "it said" resolves to."""
    a = article(
        "Dunmore Hydro said in a statement that 41,000 homes lost power on Thursday.",
        "“Crews will work around the clock,” it said.",
    )
    q = quote(a, "Crews will")
    assert speaker(q) == "Dunmore Hydro"
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ORGANISATION


def test_a_place_with_its_state_inside_a_parenthetical() -> None:
    """ "Ann Reid, during a town hall meeting in Dunmore, Ohio, said": Reid."""
    a = article(
        "The debate was long.",
        "Ann Reid, during a town hall meeting in Dunmore, Ohio, said the plan was “a start.”",
    )
    assert speaker(quote(a, "a start")) == "Ann Reid"


def test_a_source_speaking_to_an_outlet() -> None:
    """ "Another intelligence source speaking to Fox News said": the source, not Fox News."""
    a = article(
        "The leak was large.",
        "Another intelligence source speaking to Fox News said “the server was open.”",
    )
    assert speaker(quote(a, "the server")).startswith("Another intelligence source")


def test_numbers_and_ages_are_nobody() -> None:
    """An age between commas or a year is no speaker: "Mr Tabor, 32, from Dunmore, Kent,
    said" is Tabor; "19-year-old Simms" still is Simms."""
    a = article(
        "Karl Tabor was released in January.",
        "Mr Tabor, 32, from Dunmore, Kent, said he was questioned.",
        "Carl Simms quit the band. The 19-year-old Simms said “it was time.”",
    )
    assert speaker(indirect(a, "questioned")) == "Karl Tabor"
    assert speaker(quote(a, "it was time")) == "Carl Simms"


def test_the_object_of_a_preposition_is_no_subject() -> None:
    """ "A photo posted on Twitter showed": Twitter speaks no words; "in California Mr
    Torvalds said": the name after the place does."""
    a = article(
        "Linux founder Linus Torvalds spoke on Monday.",
        "A photo posted on Twitter showed the crowd. “It was unbelievable,” he wrote.",
        "At a summit in California Mr Torvalds said patents were “a problem.”",
    )
    assert speaker(quote(a, "It was unbelievable")) == "Linus Torvalds"
    q = quote(a, "a problem")
    assert speaker(q) == "Linus Torvalds"
    assert mention(q) == "Mr Torvalds"


def test_the_people_before_a_participle_speak() -> None:
    """ "Protesters marching through the streets chanted “...”": the protesters."""
    a = article(
        "The curfew began at midnight.",
        "Protesters marching through the streets chanted “What curfew?” until dawn.",
    )
    assert speaker(quote(a, "What curfew")) == "Protesters"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name the engine knows after one it does not: the whole run is the name
        ("“There were gaps,” said Tavir Ali Khan, director at the college.", "Tavir Ali Khan"),
        # but a title, a party or a capital the sentence gives comes before the name
        ("“No,” said Secretary of State John Kerry.", "John Kerry"),
        ("“No,” said Tory Boris Johnson.", "Boris Johnson"),
        ("Singer George Michael said: “I thought I should explain myself.”", "George Michael"),
        ("“The plan works,” said Baroness Susan Greenfield.", "Susan Greenfield"),
    ],
)
def test_where_a_name_starts(text: str, name: str) -> None:
    assert speaker(article(text).quotations[0]) == name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("“It works,” said the IFSD’s Azfar Ali Khan.", "Azfar Ali Khan", SpeakerKind.PERSON),
        ("“It works,” said the CBC’s John Smith.", "John Smith", SpeakerKind.PERSON),
        ("“It works,” said Google’s Waymo.", "Google’s Waymo", SpeakerKind.ORGANISATION),
    ],
)
def test_a_name_after_an_owner(text: str, name: str, kind: SpeakerKind) -> None:
    """ "the IFSD's Azfar Ali Khan" is a person of the IFSD; "Google's Waymo" a company."""
    q = article(text).quotations[0]
    assert q.attribution is not None
    assert (q.attribution.speaker.name, q.attribution.speaker.kind) == (name, kind)


def test_no_one_is_met_after_the() -> None:
    """Capitals after "the" name a thing, not a person whom "he" could stand for."""
    a = article(
        "Asked about being on the tee at the Diamond Resorts, Mulder laughed.",
        "“It’s this for sure,” he said.",
    )
    assert a.quotations[0].attribution is None or speaker(a.quotations[0]) != "Diamond Resorts"
    b = article(
        "Kurt Wagner spoke at the Diamond Resorts on Monday.",
        "“It’s this for sure,” he said.",
    )
    assert speaker(b.quotations[0]) == "Kurt Wagner"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“We are ready,” said Federal officials in Ottawa.", "Federal officials in Ottawa"),
        (
            "Israeli officials gave a briefing on Monday, explaining Syria's “alleged role”.",
            "Israeli officials",
        ),
        (
            "Federal officials in the U.S. have issued a “black box warning” on the drugs.",
            "Federal officials in the U.S.",
        ),
    ],
)
def test_a_capitalised_adjective_and_a_group_noun_are_a_group(text: str, name: str) -> None:
    """ "Federal officials" is a group (the adjective is no person's name), which only a
    prepositional phrase goes on after."""
    q = article(text).quotations[0]
    assert q.attribution is not None
    assert (q.attribution.speaker.name, q.attribution.speaker.kind) == (name, SpeakerKind.GROUP)


def test_a_time_is_nobody() -> None:
    """ "a few days later, Trump ..., telling CBS that": the time is no speaker; a poll
    "last year" still is one."""
    a = article(
        "Donald Trump spoke on Monday. But a few days later, Trump reversed himself, "
        "telling CBS that the laws “are set.”"
    )
    assert speaker(quote(a, "are set")) == "Donald Trump"
    b = article("Some 59 percent of voters view her unfavorably, according to a poll last year.")
    assert speaker(indirect(b, "Some 59 percent")) == "a poll"


def test_a_name_after_the_object_of_a_preposition() -> None:
    """ "after winning Iowa in the primary, Gov. Tom Hale (D-IA), said": the name after
    the object of "in" is the speaker."""
    a = article(
        "After winning Iowa in the Democratic presidential primary, Gov. Tom Hale "
        "(D-IA), said, “I’m getting ready to hire a big bus.”"
    )
    assert speaker(quote(a, "I’m getting ready")) == "Tom Hale"


def test_a_capitalised_role_before_a_name_is_no_part_of_it() -> None:
    """ "Organizer Dwayne Croteau said" at a sentence's start: the role is capitalised by
    its place, and the name is Dwayne Croteau, as "Croteau" later is."""
    a = article(
        "Organizer Dwayne Croteau said: “We will reach the capital by Friday.”",
        "“We are not going away,” Croteau said.",
    )
    assert {q.speaker.name for q in a.quotations if q.speaker} == {"Dwayne Croteau"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“The talks will fail,” said the Council on Foreign Relations.",
            "Council on Foreign Relations",
        ),
        (
            "“Prices will rise,” said the Center for Strategic Studies.",
            "Center for Strategic Studies",
        ),
        (
            "The National Institute on Drug Abuse says “most deaths” involve two drugs.",
            "National Institute on Drug Abuse",
        ),
    ],
)
def test_organisations_named_with_for_or_on(text: str, name: str) -> None:
    """ "for" and "on" after an organisation's word go on with its name, read forwards
    after the cue or backwards before it."""
    a = article(text)
    assert [q.speaker.name for q in a.quotations if q.speaker] == [name]


def test_a_name_then_a_verb_and_its_object_is_no_speaker_phrase() -> None:
    """ "Ana Ruiz went home, saying: “...”": the phrase is Ana Ruiz, not "Ana Ruiz went
    home" read as "the New York delegation" would be."""
    a = article("Ana Ruiz went home, saying: “We have been friends for years.”")
    assert speaker(quote(a, "We have")) == "Ana Ruiz"
    b = article("“We won the vote,” said Tomas Vidal of the New York delegation.")
    assert (speaker(quote(b, "We won")), mention(quote(b, "We won"))) == (
        "Tomas Vidal",
        "Tomas Vidal of the New York delegation",
    )


def test_adjectives_in_a_row_before_a_person() -> None:
    """ "“...,” the lanky, bespectacled professor said": one phrase, the professor (but
    "told the crowd, protesters chanted" keeps the protesters alone)."""
    a = article("“Nobody makes money on these cars,” the lanky, bespectacled professor said.")
    assert speaker(quote(a, "Nobody makes money")) == "the lanky, bespectacled professor"
    b = article("Hale spoke to the crowd, protesters chanted “Hale must go!”")
    assert speaker(quote(b, "Hale must go!")) == "protesters"


def test_a_person_described_by_an_organisation_is_a_person() -> None:
    """ "A Superior Court of Ontario judge chastised WAVE.FM88, saying ...": the judge
    speaks, a person unnamed; the full stop inside "WAVE.FM88" ends no sentence."""
    a = article(
        "A Superior Court of Ontario judge chastised WAVE.FM88 on Tuesday morning, saying the "
        "station had been “playing games” with its members."
    )
    q = quote(a, "playing games")
    assert q.attribution is not None
    assert speaker(q) == "A Superior Court of Ontario judge"
    assert q.attribution.speaker.kind is SpeakerKind.ANONYMOUS


def test_a_thing_after_the_is_no_speaker_a_person_is() -> None:
    """ "The trade deficit ... “are big issues”" gives the deficit no words; "the
    31-year-old", "the prosecutor", "the Wales international" and "the two" speak."""
    a = newsmodel.parse_text(
        "Match report\n\n"
        "“The worry still remains,” said Ana Ruiz, a strategist. The trade deficit and the "
        "shortfall with China “are big issues going forward”.\n\n"
        "The 31-year-old said the knee had healed.\n\n"
        "The prosecutor said the case would go ahead.\n\n"
        "The Wales international said the team was ready.\n\n"
        "The two said they would meet again.",
        stances=set(newsmodel.Stance),
    )
    speakers = {q.speaker.name for q in a.quotations if q.speaker is not None}
    assert "The trade deficit" not in speakers
    # the 31-year-old is a person: the one the article names (see test_quotes_coref)
    knee = indirect(a, "the knee had healed")
    assert knee.speaker is not None
    assert knee.speaker.kind is SpeakerKind.PERSON
    assert {
        "The prosecutor",
        "The Wales international",
        "The two",
    } <= speakers


def test_a_name_after_a_description_ending_in_an_organisation_names_it() -> None:
    """ "Ana Ruiz, the editor of the city's daily newspaper, The Clarion, said": Ana Ruiz
    speaks; The Clarion is the newspaper's name."""
    a = article(
        "Ana Ruiz, the editor of the city's daily newspaper, The Clarion, said it would close."
    )
    q = indirect(a, "it would close")
    assert speaker(q) == "Ana Ruiz"


def test_a_time_adjunct_between_the_auxiliary_and_the_cue() -> None:
    """ "Ana Ruiz has for years said that ...", "Critics have for months argued that ..."."""
    a = article(
        "Ana Ruiz has for years said that governments need to act.",
        "Critics have for months argued that the plan would fail.",
    )
    assert speaker(indirect(a, "governments need")) == "Ana Ruiz"
    assert speaker(indirect(a, "the plan would fail")) == "Critics"


def test_a_verb_and_its_object_are_no_speaker_phrase() -> None:
    """ "Ana Ruiz issued a statement, calling it “...”": Ana Ruiz speaks, not "Ana Ruiz
    issued a statement"."""
    a = article('Ana Ruiz issued a statement, calling the ruling "a disgrace."')
    assert speaker(quote(a, "a disgrace")) == "Ana Ruiz"


def test_an_opening_participle_is_no_name() -> None:
    """ "Facing mounting criticism, Mr. Lamb ... insisting that ... “...”": Lamb speaks, the
    participle that opens the sentence names no one."""
    a = article(
        "Facing mounting criticism from both parties, Mr. Tom Lamb released a statement on "
        'Saturday, insisting that Mr. Cole had "no right" to criticize him.'
    )
    assert speaker(quote(a, "no right")) == "Tom Lamb"


def test_each_relative_clause_speaks_for_its_own_antecedent() -> None:
    """ "Lamb, who has called the pact “insanity,” and Cole, who says it is “disastrous”":
    the second quotation is Cole's."""
    a = article(
        'Contrast that with Tom Lamb, who has called the trade pact "insanity," and Ana Cole, '
        'who says it is "disastrous."'
    )
    assert speaker(quote(a, "insanity")) == "Tom Lamb"
    assert speaker(quote(a, "disastrous")) == "Ana Cole"


def test_a_person_with_an_affiliation_after_a_preposition() -> None:
    """ "Dara Quill from Phonecorp said", "Ana Ruiz at the Fraser Institute said", "Rosa
    Lind of Norway's Polar Research Laboratory": the person speaks, not the body."""
    a = article(
        '"We are a nation of forgetful people," Dara Quill from Phonecorp said.',
        '"It is bad," Ana Ruiz at the Fraser Institute said.',
        '"Organics matter," said geologist Rosa Lind of Norway\'s Polar Research Laboratory.',
        "Keeper of the Sultan's Seal, Syed Farid Syed Omar, said the council met Monday.",
    )
    assert speaker(quote(a, "We are a nation")) == "Dara Quill"
    assert speaker(quote(a, "It is bad")) == "Ana Ruiz"
    assert speaker(quote(a, "Organics matter")) == "Rosa Lind"
    assert speaker(indirect(a, "the council met")) == "Syed Farid Syed Omar"


def test_a_name_in_apposition_after_a_role_is_the_speaker() -> None:
    """ "said her lawyer, Marie Henein", "According to her lawyer, Marie Henein, ...": the
    name speaks, and the role describes her; a description after a role stays one."""
    a = article(
        '"It was a betrayal," said her lawyer, Marie Henein.',
        'According to a spokesperson for the union, Ana Ruiz, "talks will resume."',
    )
    q = quote(a, "It was a betrayal")
    assert speaker(q) == "Marie Henein"
    assert q.attribution is not None
    assert q.attribution.speaker.description == "her lawyer"
    assert speaker(quote(a, "talks will resume")) == "Ana Ruiz"
    b = article('"It was unfair," said his lawyer, a partner at Henein Hutchison.')
    assert speaker(quote(b, "It was unfair")) == "his lawyer"


def test_a_plural_possessive_before_a_name() -> None:
    """ "said Ladbrokes' Warren Lush": the name after a plural possessive speaks."""
    a = article('"It is going to be close," said Corals\' Tim Brack.')
    assert speaker(quote(a, "It is going to be close")) == "Tim Brack"


def test_a_body_of_the_reporting_speaker_speaks_for_her() -> None:
    """ "Quist said her party offered a “real alternative”": the words are Quist's, not
    her party's; a person of hers ("her lawyer told her") is left to the rules after."""
    a = article('Senator Mara Quist said her party offered a "real alternative" to voters.')
    assert speaker(quote(a, "real alternative")) == "Mara Quist"


def test_a_person_and_their_team() -> None:
    """ "Ana Ortiz and her team wrote": Ortiz, who leads them, speaks (the quotation was a
    scare quote)."""
    a = article('"The levels are lower than thought," Ana Ortiz and her team wrote.')
    assert speaker(quote(a, "The levels are lower")) == "Ana Ortiz"


def test_an_aside_with_as_and_a_verb_of_naming() -> None:
    """ "the “new Herald,” as Tom Tran dubbed the merger": the aside names the speaker."""
    a = article('It was the "new Herald," as Tom Tran dubbed the merger.')
    assert speaker(quote(a, "new Herald")) == "Tom Tran"


def test_a_colon_after_an_owned_response_or_an_interjection() -> None:
    """ "Dana Pike's response was: “...”": Pike speaks; "Wait, it gets better: “...”" names
    no one."""
    a = article('Dana Pike\'s response was: "We will not back down."')
    assert speaker(quote(a, "We will not back down")) == "Dana Pike"
    b = article('Wait, it gets better: "We will hold the line."')
    assert quote(b, "We will hold the line").attribution is None


def test_a_participle_coordinated_with_one_after_with() -> None:
    """ "with Tom Lamb tweeting about it and asking, “...”": Lamb asks, not the subject of
    the sentence."""
    a = article(
        "Republicans were quick to chime in, with Tom Lamb tweeting about it and asking, "
        '"Where is the money?"'
    )
    assert speaker(quote(a, "Where is the money")) == "Tom Lamb"


def test_a_body_inside_the_speaker_s_relative_clause_is_no_speaker() -> None:
    """ "Nora Tell, a pollster who works with Forward Ohio, a super PAC, said": Tell
    speaks; the body is the object of her description's clause."""
    a = article(
        "Nora Tell, a pollster who works with Forward Ohio, a super PAC, said voters see him "
        'as "steady and calm."',
        "Ivo Marsh, a professor who once worked for Sen. Dale Price (R-Tenn.), one of the "
        'bill\'s architects, called it "a huge step."',
    )
    assert speaker(quote(a, "steady and calm")) == "Nora Tell"
    assert speaker(quote(a, "a huge step")) == "Ivo Marsh"


def test_a_common_word_as_a_surname_after_a_given_name() -> None:
    """ "Tom Early, a former chairman, said": "Early" is his surname there."""
    a = article(
        'Hale\'s Ohio chairman, Tom Early, a former state party chairman, said it was "a disgrace."'
    )
    assert speaker(quote(a, "a disgrace")) == "Tom Early"


def test_an_adjective_list_that_ends_in_an_age() -> None:
    """ "the bespectacled, 71-year-old diplomat said": one phrase (it was a scare quote)."""
    a = article('"I made it the top priority," the bespectacled, 71-year-old diplomat said.')
    assert speaker(quote(a, "I made it")) == "the bespectacled, 71-year-old diplomat"


def test_the_dateline_is_no_subject_of_the_first_sentence() -> None:
    """ "TORONTO — The Ontario government is cutting funding, calling the program “...”":
    the government speaks, not the city of the dateline."""
    a = newsmodel.parse_text(
        "Funding cut\n\n"
        'TORONTO — The Ontario government is cutting funding, calling the program "a failure."'
    )
    assert a.dateline is not None
    assert speaker(quote(a, "a failure")) == "Ontario government"


def test_a_verb_in_the_present_ends_a_phrase_read_backwards() -> None:
    """ "A poll for the group suggests 58% of over-60s say they ...": the share speaks;
    the subject before "suggests" is no part of its phrase."""
    a = article("A poll for the group suggests 58% of over-60s say they always vote.")
    assert speaker(indirect(a, "they always vote")) == "58% of over-60s"


def test_the_one_quoted_as_saying_speaks() -> None:
    """ "The Times quoted Ana Ruiz as saying", "Reuters quoted her as saying", "Ruiz was
    quoted as saying": the one quoted speaks, not the outlet."""
    a = article(
        'The Times quoted Ana Ruiz as saying that the plan "will fail."',
        "Reuters quoted her as saying the talks would resume.",
        "Tom Lamb was quoted as saying the vote would be close.",
    )
    assert speaker(quote(a, "will fail")) == "Ana Ruiz"
    assert speaker(indirect(a, "the talks would resume")) == "Ana Ruiz"
    assert speaker(indirect(a, "the vote would be close")) == "Tom Lamb"


def test_a_title_with_of_before_a_name_is_the_named_person_s() -> None:
    """ "director of rugby Ana Ruiz told", "executive director of the Canadian Civil
    Liberties Association Michael Bryant": the person named speaks; "a spokesperson for
    Health Minister Colin Tremblay" and "a spokesman for the Electoral Commission" stay
    the spokesperson."""
    a = article(
        '"It is over," director of rugby Ana Ruiz told the Courier.',
        '"It is not," said executive director of the Canadian Civil Liberties Association '
        "Michael Bryant.",
        '"It might be," said a spokesperson for Health Minister Colin Tremblay.',
    )
    assert speaker(quote(a, "It is over")) == "Ana Ruiz"
    assert speaker(quote(a, "It is not")) == "Michael Bryant"
    assert speaker(quote(a, "It might be")) == "a spokesperson for Health Minister Colin Tremblay"


def test_the_office_after_a_title_with_of_or_for_is_no_part_of_the_name() -> None:
    """ "Minister of State Kavita Deshmukh", "Minister for Children and Families Orla
    Brannock": the office's words come before the holder's name, even when the lists know
    no given name in it; a particle stays ("Louw de Graaf"); "Prince Tomas and Orla
    Brannock" are two people."""
    a = article(
        "Minister of State Kavita Deshmukh said the groups would run the units.",
        "Minister for Children and Families Orla Brannock said the rules would change.",
        "Minister of Social Affairs Louw de Graaf said the talks were over.",
        "Prince Tomas and Orla Brannock said the visit was cancelled.",
    )
    assert speaker(indirect(a, "run the units")) == "Kavita Deshmukh"
    assert speaker(indirect(a, "rules would change")) == "Orla Brannock"
    assert speaker(indirect(a, "talks were over")) == "Louw de Graaf"
    b = article(
        "Leader of the Opposition R. Ashok Kumar alleged that the board had erred.",
        "Ombudswoman Luz Marina Ortega warned that 12,000 people had fled.",
    )
    assert speaker(indirect(b, "board had erred")) == "R. Ashok Kumar"
    assert speaker(indirect(b, "people had fled")) == "Luz Marina Ortega"
    visit = indirect(a, "visit was cancelled")
    assert visit.speaker is not None
    assert visit.speaker.kind is SpeakerKind.GROUP


def test_ranks_written_without_full_stops_are_titles() -> None:
    """British and Irish ranks without full stops ("Det Sgt", "Supt", "Fr", "Garda") and
    "Administrator" are titles, no part of the name; "Supt Pryce" later is the same man."""
    a = article(
        'Det Sgt Gareth Pryce said: "This was a long campaign."',
        'Parish priest Fr Michael Dunne said "the parish has forgiven him."',
        "Garda Aoife Brennan told the court the box was found in a bin.",
        "Agency Administrator Dana Whitfield says crews are ready.",
        'Supt Pryce added: "We will not stop."',
    )
    assert speaker(quote(a, "This was a long")) == "Gareth Pryce"
    assert speaker(quote(a, "the parish has")) == "Michael Dunne"
    assert speaker(indirect(a, "box was found")) == "Aoife Brennan"
    assert speaker(indirect(a, "crews are ready")) == "Dana Whitfield"
    assert speaker(quote(a, "We will not stop")) == "Gareth Pryce"
    b = article(
        "Det Sgt Gareth Pryce said the gang had been caught.",
        "“It was a long job,” the sergeant said.",
        "Supt Ann Dale said the force was proud. “We are pleased,” the superintendent added.",
    )
    assert speaker(quote(b, "It was a long job")) == "Gareth Pryce"
    assert speaker(quote(b, "We are pleased")) == "Ann Dale"
    c = article(
        'Det Con Gareth Pryce said: "This was a campaign."',
        "Con Hallahan said the club would appeal.",
    )
    assert speaker(quote(c, "This was a campaign")) == "Gareth Pryce"
    assert speaker(indirect(c, "club would appeal")) == "Con Hallahan"


def test_names_with_particles_and_given_names_that_look_like_particles() -> None:
    """ "Bashar al-Assad" (a particle joined to the surname) and "Al Benavides" (a given
    name, not the particle "al") are names; "(See Petrakis's thread.)" names no "See"."""
    a = article(
        '"It is over," said Bashar al-Assad.',
        '"The plan is sound," said Miami-based strategist Al Benavides.',
        '"We need more teachers," said Ronan Petrakis.',
        "(See Petrakis's full thread below.)",
        '"The schools are failing," Petrakis said.',
    )
    assert speaker(quote(a, "It is over")) == "Bashar al-Assad"
    assert speaker(quote(a, "The plan is sound")) == "Al Benavides"
    assert speaker(quote(a, "The schools are failing")) == "Ronan Petrakis"


def test_a_state_s_abbreviation_is_no_one() -> None:
    """ "after the floods in Fresno, Calif., and his call for “...”": "Calif." is no
    subject who could be the owner; Ostrowski is."""
    a = article(
        "Gavin Ostrowski's standing improved after the floods in Fresno, Calif., and his "
        'call for "a total ban" on new permits.'
    )
    assert speaker(quote(a, "a total ban")) == "Gavin Ostrowski"


def test_a_company_word_after_a_military_title_names_a_company() -> None:
    """ "General Motors announced", "General Electric said": the company, by its whole
    name; "General Petraeus said" stays the general."""
    a = article(
        "General Motors announced it was closing its plant in the town. General Electric "
        "said it would cut 1,000 jobs. General Petraeus said the troops would stay there."
    )
    assert speaker(indirect(a, "it was closing")) == "General Motors"
    assert speaker_kind(indirect(a, "it was closing"))[1] is SpeakerKind.ORGANISATION
    assert speaker(indirect(a, "it would cut")) == "General Electric"
    assert speaker(indirect(a, "the troops")) == "Petraeus"


def test_an_economics_unit_after_a_title_acronym_names_a_company() -> None:
    """ "TD Economics warned that ...": the bank's economics unit, not a member of the
    Dail named Economics; "TD Mary Butler said" stays a person."""
    a = article(
        "TD Economics warned that the province has little room left. TD Mary Butler said "
        "the plan had failed."
    )
    assert speaker_kind(indirect(a, "little room left")) == (
        "TD Economics",
        SpeakerKind.ORGANISATION,
    )
    assert speaker(indirect(a, "the plan had failed")) == "Mary Butler"


def test_a_title_word_after_an_honorific_is_a_surname() -> None:
    """ "says Mr Dean" after "Rick Dean": the surname that is also a title is his name,
    so the short form finds the full one."""
    a = article('Rick Dean runs the firm. "We are growing," says Mr Dean.')
    assert speaker(quote(a, "We are growing")) == "Rick Dean"


def test_a_demonym_before_a_name_is_no_part_of_it() -> None:
    """ "Australian Lynton Crosby said": Lynton Crosby, from Australia; "Mr Irish" after
    "Oliver Irish" is him; "British Phonographic Industry" keeps its whole name."""
    a = article('Australian Lynton Crosby said: "It was a hard fight."')
    assert speaker(quote(a, "It was a hard fight")) == "Lynton Crosby"
    b = article(
        "Toy sales soar",
        "Oliver Irish runs the toy shop in the town centre.",
        '"It is this year\'s hit," said Mr Irish.',
    )
    assert speaker(quote(b, "It is this year")) == "Oliver Irish"
    c = article('British Phonographic Industry chairman Tom Lee said: "Sales rose."')
    assert speaker(quote(c, "Sales rose")) == "Tom Lee"


def test_a_description_in_two_parts_follows_the_speaker() -> None:
    """ "Rosa Klein, spokeswoman for the governing body Fina, which imposed the ban,
    said": Klein; so for "Dr Alan B. Moss, Intel vice president, Research and
    Development, said"."""
    a = article(
        "Rosa Klein, spokeswoman for swimming's governing body Fina, which imposed the ban, "
        'said: "We stand by it."'
    )
    assert speaker(quote(a, "We stand by it")) == "Rosa Klein"
    b = article(
        'Dr Alan B. Moss, Intel vice president, Research and Development, said: "It is ready."'
    )
    assert speaker(quote(b, "It is ready")) == "Alan B. Moss"


def test_one_of_a_group_named_in_apposition_speaks() -> None:
    """ "said one of his advisers, Carla Mendes": Mendes; "One of the lawyers said" is one
    of them, not the lawyers."""
    a = article('"A ruling is expected next week," said one of his advisers, Carla Mendes.')
    assert speaker(quote(a, "A ruling")) == "Carla Mendes"
    b = article('One of the lawyers said: "We will appeal."')
    assert speaker(quote(b, "We will appeal")) == "One of the lawyers"


def test_afterwards_is_no_part_of_a_name() -> None:
    """ "And Conte afterwards described the win as ..." is Conte's."""
    a = article('And Conte afterwards described the win as "a great night".')
    assert speaker(quote(a, "a great night")) == "Conte"


def test_a_description_missing_its_closing_comma_follows_the_speaker() -> None:
    """ "Colin Asplin, Blackpool Hotel Association said:" and "Mr Prettejohn, Lloyd's
    chief executive said:" are the people; "Separately, the Bank said" stays the bank."""
    a = article('Colin Asplin, Blackpool Hotel Association said: "We are worried."')
    assert speaker(quote(a, "We are worried")) == "Colin Asplin"
    b = article('Mr Prettejohn, Lloyd\'s chief executive said: "We are worried."')
    assert speaker(quote(b, "We are worried")) == "Prettejohn"
    c = article("Separately, the Bank of England said consumer credit rose by £1.5bn.")
    assert speaker(indirect(c, "consumer credit")) == "Bank of England"


def test_a_body_described_before_its_name_is_named_by_its_name() -> None:
    """ "Computer giant IBM said", "Mining company Teck Resources said": IBM and Teck
    Resources, not the description with them; "A legal expert in the US said" is no
    body called "US"."""
    a = article(
        "Business news",
        "Computer giant IBM said it would share patents with other firms.",
        "Mining company Teck Resources said profits fell sharply in the quarter.",
        "A legal expert in the US said Delta might be concerned about the plan.",
    )
    assert speaker(indirect(a, "it would share")) == "IBM"
    assert speaker(indirect(a, "profits fell")) == "Teck Resources"
    assert speaker(indirect(a, "Delta might")) != "US"


def test_a_body_followed_by_its_acronym_speaks_by_its_name() -> None:
    """ "The International Monetary Fund (IMF) said", "The Joint Council for the Care of
    Migrant Workers (JCMW) said": reported speech of the body, named without the acronym;
    "the International Federation of the Phonographic Industry" is a body, not a person."""
    a = article(
        "Economy news",
        "The International Monetary Fund (IMF) said growth would slow next year.",
        "The Joint Council for the Care of Migrant Workers (JCMW) said the plan was unfair.",
        "Sales of songs rose tenfold in 2004, the International Federation of the "
        "Phonographic Industry reported last month.",
    )
    assert speaker(indirect(a, "growth would slow")) == "International Monetary Fund"
    assert speaker(indirect(a, "the plan was")) == "Joint Council for the Care of Migrant Workers"
    ifpi = indirect(a, "Sales of songs").speaker
    assert ifpi is not None
    assert ifpi.name == "International Federation of the Phonographic Industry"
    assert ifpi.kind is SpeakerKind.ORGANISATION


def test_a_party_before_a_given_name_is_no_part_of_the_name() -> None:
    """ "Lib Dem Norman Baker", "Tory Norman Tebbit": the people, without their party."""
    a = article(
        "Politics",
        "Lib Dem Norman Baker said the plan was unfair to voters.",
        "Tory Norman Tebbit said the plan was too costly for them.",
    )
    assert speaker(indirect(a, "the plan was unfair")) == "Norman Baker"
    assert speaker(indirect(a, "the plan was too")) == "Norman Tebbit"


def test_the_writer_before_in_a_statement_speaks() -> None:
    """ "Ann Pike in a blog post said", "The company in a statement said": the writer;
    "The company named in the lawsuit ... said" stays the company."""
    a = article(
        "Plans",
        "Ann Pike in a blog post said the plan would fail badly.",
        "The company in a statement said the deal would close soon.",
    )
    assert speaker(indirect(a, "the plan would")) == "Ann Pike"
    assert speaker(indirect(a, "the deal would")) == "The company"
    b = article(
        "Spam suit",
        "The firm named in the suit denied any fault and said it complied with every rule.",
    )
    assert speaker(indirect(b, "it complied")) == "The firm"


def test_unnamed_sources_stay_unnamed() -> None:
    """ "said a person close to the Hendersons" is that person, not the family; "one senior
    Democrat said" is no Democrat the article names."""
    a = article(
        "Campaign",
        '"It is over," said a person close to the Hendersons.',
        '"We lost," one senior Democrat said. "We won," said Democrat Ann Pike.',
    )
    assert speaker(quote(a, "It is over")) == "a person close to the Hendersons"
    assert speaker(quote(a, "We lost")) == "one senior Democrat"


def test_a_name_joined_by_an_ampersand_is_a_body() -> None:
    """ "Bradford & Bingley said", "Procter & Gamble said": the bodies, not people called
    "Bingley" and "Gamble"."""
    a = article(
        "Results",
        "Bradford & Bingley said profits rose sharply last year.",
        "Procter & Gamble said sales rose sharply last year.",
    )
    assert speaker(indirect(a, "profits rose")) == "Bradford & Bingley"
    assert speaker_kind(indirect(a, "sales rose")) == ("Procter & Gamble", SpeakerKind.ORGANISATION)


def test_the_person_before_where_they_are_speaks() -> None:
    """ "Zubair Ahmed in Mumbai said", "BBC correspondent Tom Hale at Dunbridge on
    Brixmoor in the West Country said": the people, not the places."""
    a = article(
        "Markets",
        "Zubair Ahmed in Mumbai said the market was booming again.",
        "BBC correspondent Tom Hale at Dunbridge on Brixmoor in the West Country said "
        "900 walkers had gathered.",
    )
    assert speaker(indirect(a, "the market was")) == "Zubair Ahmed"
    assert speaker(indirect(a, "900 walkers")) == "Tom Hale"


def test_an_honorific_names_a_person_whose_name_is_an_outlets() -> None:
    """ "Mr Fox said" after "Liam Fox" is Liam Fox, not a body (Fox is a broadcaster's
    name); "Fox News said" stays the broadcaster."""
    a = article(
        "Politics",
        "Liam Fox spoke in Leeds on Monday.",
        "Mr Fox said the plan was a disgrace to the country.",
        "Fox News said the plan was a good one for the country.",
    )
    assert speaker(indirect(a, "the plan was a disgrace")) == "Liam Fox"
    assert speaker(indirect(a, "the plan was a good")) == "Fox News"


def test_a_role_known_as_a_name_is_that_name() -> None:
    """ "said the camp chief known as Rob": Rob, with the role as his description; "he"
    after is Rob too."""
    a = article(
        "Outpost",
        '"No one ever gave a stand-down order," said the camp chief known as Rob, speaking '
        "openly for the first time.",
        '"We did what we could," he said.',
    )
    assert speaker(quote(a, "No one ever gave")) == "Rob"
    assert speaker(quote(a, "We did what")) == "Rob"
    # the name a speaker gives themselves: "calling himself", "identifying herself as"
    b = article(
        "Outpost",
        "The forum filled with replies within minutes.",
        "“Nobody asked the people who live here!” wrote a man calling himself Dale Voss.",
        "“We were never consulted,” said a woman identifying herself only as Marnie.",
    )
    assert speaker(quote(b, "Nobody asked")) == "Dale Voss"
    assert speaker(quote(b, "We were never consulted")) == "Marnie"


def test_a_company_before_its_ticker_speaks() -> None:
    """ "Kestrel Mining Ltd (KSM.AX) said", "<KSM.AX>", "(NYSE: XOM)": the company, named
    without its ticker; "(CNN)" is no ticker."""
    a = article(
        "Results",
        "Kestrel Mining Ltd (KSM.AX) said its profit rose sharply in 1986.",
        "Shell Canada Ltd <SHC> said it would cut prices.",
        "Exxon Mobil Corp (NYSE: XOM) said on Monday it would cut jobs.",
    )
    assert speaker(indirect(a, "its profit rose")) == "Kestrel Mining Ltd"
    assert mention(indirect(a, "its profit rose")) == "Kestrel Mining Ltd"
    assert speaker(indirect(a, "it would cut prices")) == "Shell Canada Ltd"
    assert speaker(indirect(a, "it would cut jobs")) == "Exxon Mobil Corp"


def test_an_ordinal_opening_a_title_is_part_of_the_speaker_phrase() -> None:
    """ "First Minister Jack Lowe has insisted", "said First Minister Jack Lowe": Lowe
    speaks; "First" is no sentence opener before a title."""
    a = article(
        "Smoking",
        "Smoke-free areas will save lives, First Minister Jack Lowe has insisted.",
        '"It will work," said First Minister Jack Lowe.',
    )
    assert speaker(indirect(a, "Smoke-free areas")) == "Jack Lowe"
    assert speaker(quote(a, "It will work")) == "Jack Lowe"


def test_a_possessive_and_its_noun_before_a_titled_name_are_no_part_of_it() -> None:
    """ "Later at their launch Tory chairman Liam Lamb said": Liam Lamb, the mention from
    his title; "His critics in the United States" stays a group, no person."""
    a = article(
        "Launch",
        "Later at their launch Tory chairman Liam Lamb said the plan would cost billions.",
        "His critics in the United States said the pope was too political.",
    )
    q = indirect(a, "the plan would cost")
    assert speaker(q) == "Liam Lamb"
    assert mention(q) == "Tory chairman Liam Lamb"
    assert speaker(indirect(a, "the pope was")) == "His critics in the United States"


def test_an_appositive_name_after_an_honorific_speaks() -> None:
    """ "The ambassador to Britain, Dr Anna Lund, said", "the chairman of Migration Watch,
    Sir Andrew Green, said": the names, not the role or a person named before."""
    a = article(
        "Talks",
        "Anna Lind spoke first.",
        "The ambassador to Britain, Dr Anna Lund, said the talks would go on for weeks.",
        "But the chairman of Migration Watch, Sir Andrew Green, said the ruling was wrong.",
    )
    assert speaker(indirect(a, "the talks would")) == "Anna Lund"
    assert speaker(indirect(a, "the ruling was")) == "Andrew Green"


def test_an_appositive_name_with_its_title_after_a_role_is_the_person() -> None:
    """ "One delegate, Ohio party chairwoman Ann Reid, backed ...": the name with its title
    is who "she" is, and who speaks; a participle or a relative clause in the commas names
    no one ("A senior official, speaking to reporter Tom Hale, said")."""
    a = article(
        "Delegates",
        "One delegate, Ohio party chairwoman Ann Reid, backed Hale last week.",
        "“We need to end this race,” she said.",
        "Another delegate, county treasurer Bob Dale, said the party would unite.",
        "A senior official, speaking to reporter Tom Hale, said the figures were poor.",
    )
    assert speaker(quote(a, "We need to end")) == "Ann Reid"
    assert speaker(indirect(a, "the party would")) == "Bob Dale"
    assert speaker(indirect(a, "the figures were")) == "A senior official"
    b = article(
        "Bid",
        "One of the losing bidders, Dutch group BXM, said it welcomed the news.",
        "The lawsuit, filed in the Superior Court, alleged that he “hit” her.",
    )
    assert speaker(indirect(b, "it welcomed")) == "BXM"
    assert speaker(quote(b, "hit")) == "The lawsuit"


def test_a_role_of_a_body_missing_its_closing_comma_follows_the_speaker() -> None:
    """ "Tom Hale, head of Brixo said", "“...,” Jim Reid, president of the Growers
    Association said.": Hale and Reid, though no article opens the description."""
    a = article(
        "Retirement",
        "Tom Hale, head of Brixo said the chief executive had been considering retirement.",
        "“We will not go on like this,” Jim Reid, president of the Growers Association said.",
    )
    assert speaker(indirect(a, "the chief executive")) == "Tom Hale"
    assert speaker(quote(a, "We will not go on")) == "Jim Reid"


def test_a_title_and_a_given_name_make_a_person_of_a_newspaper_word() -> None:
    """ "Dayton Mayor Tom Guardian": a person, though "Guardian" names newspapers; "he" and
    "the mayor" after him are his ("the Evening Post" is still a paper)."""
    a = article(
        "Mayor",
        "“I see no bad news,” said Dayton Mayor Tom Guardian in an interview.",
        "He said that the plant was a “good citizen.” The Evening Post said it was closing.",
    )
    assert speaker(quote(a, "I see no bad news")) == "Tom Guardian"
    assert speaker(quote(a, "good citizen")) == "Tom Guardian"
    q = indirect(a, "it was closing")
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.ORGANISATION


def test_a_name_given_by_named_or_called_is_no_act_of_naming() -> None:
    """ "A 70-year-old teacher named Tom Hale worked the crowd": "named" gives his name,
    so "he" after is Hale and nothing is reported; "A teacher named Ann Reid said" is
    Reid's."""
    a = article(
        "Rally",
        "A 70-year-old teacher named Tom Hale worked the crowd on Friday.",
        "“We can win,” he said. A teacher named Ann Reid said the plan was dead.",
    )
    assert speaker(quote(a, "We can win")) == "Tom Hale"
    assert speaker(indirect(a, "the plan was dead")) == "Ann Reid"
    assert [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT] == ["the plan was dead"]


def test_a_participle_after_a_who_clause_is_its_persons() -> None:
    """ "for a teacher named Eric Hale, who worked the crowd, praising “...”": Hale
    praises, not the subject of the sentence."""
    a = article(
        "Rally",
        "The senator was rallying for a teacher named Eric Hale, who is running for Congress"
        " and who worked the crowd, praising “the senator's integrity” as he spoke.",
    )
    assert speaker(quote(a, "the senator's integrity")) == "Eric Hale"


def test_a_participle_after_a_where_clause_is_its_subjects() -> None:
    """ "near the mill, where about 50 workers had gathered, chanting “...”": the workers
    chant; "in Leeds, where she was born, saying “...”" is still the subject's."""
    a = article(
        "Mill",
        "Ann Reid spoke near the old mill, where about 50 workers had gathered on Monday,"
        " chanting “no deal, no peace” after the talks failed.",
        "Tom Hale spoke in Leeds, where he was born, saying “this is home”.",
    )
    assert speaker(quote(a, "no deal")) == "about 50 workers"
    assert speaker(quote(a, "this is home")) == "Tom Hale"


def test_an_adverb_between_a_description_and_its_apposed_name() -> None:
    """ "Another peer meanwhile, Lord Ford, said": Lord Ford, not "Another peer"."""
    a = article(
        "Peers",
        "Lord Hale opposed the plan. Another peer meanwhile, Lord Ford, said the plan was"
        " “a mistake”.",
    )
    assert speaker(quote(a, "a mistake")) == "Lord Ford"


def test_an_exchange_is_a_body() -> None:
    """ "The German exchange said": the stock exchange speaks, not "The German"."""
    a = article("Bid", "The German exchange said it had held “friendly” talks with Brixo.")
    q = quote(a, "friendly")
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.ORGANISATION
    assert speaker(q) == "German exchange"


def test_a_noun_in_the_relative_clause_of_the_subject_does_not_speak() -> None:
    """ "One Democratic official who relayed the talk said", "Senior advisers who have
    crunched the figures argue": the subject speaks, not the object of its relative clause."""
    a = article(
        "Talks",
        "One Democratic official who relayed the talk said Reid calmed the room.",
        "Senior campaign advisers who have crunched the figures argue that Hale will win.",
    )
    assert speaker(indirect(a, "Reid calmed")) == "One Democratic official"
    assert speaker(indirect(a, "Hale will win")) == "Senior campaign advisers"


def test_both_after_an_auxiliary_is_no_speaker() -> None:
    """ "Tom Hale and Ann Reid have both said that": the two of them, not "both"."""
    a = article(
        "Plan",
        "Tom Hale and Ann Reid have both said that the plan is dead.",
        "Rivals have all said that the vote was fair.",
    )
    assert speaker(indirect(a, "the plan is dead")) == "Tom Hale and Ann Reid"
    assert speaker(indirect(a, "the vote was fair")) == "Rivals"


def test_a_party_and_state_between_commas_is_no_speaker() -> None:
    """ "Sen. Tom Hale, R-Ohio, appearing on Fox, said": the senator, not "R-Ohio"."""
    a = article(
        "Senate",
        "Sen. Tom Hale, R-Ohio, appearing on Fox, said the plan was dead.",
        "Sen. Ann Reid, D-N.Y., speaking later, said it could be saved.",
    )
    assert speaker(indirect(a, "the plan was dead")) == "Tom Hale"
    assert speaker(indirect(a, "it could be saved")) == "Ann Reid"


def test_a_forum_on_a_topic_is_one_body() -> None:
    """ "A spokesman for the World Forum on Trade said": the forum's spokesman, not a body
    named "Trade"."""
    a = article("Forum", "A spokesman for the World Forum on Trade said the plan was dead.")
    assert speaker(indirect(a, "the plan was dead")) == "A spokesman for the World Forum on Trade"


def test_the_people_behind_something_speak() -> None:
    """ "The team behind the film said": the team, not the film."""
    a = article("Film", "The team behind the film said it was proud of the result.")
    assert speaker(indirect(a, "it was proud")) == "The team behind the film"


def test_two_bodies_coordinated_speak_together() -> None:
    """ "The League Against Cruel Sports and the RSPCA said": both bodies, not the last;
    "many observers" after "and" opens no coordination with the clause before."""
    a = article(
        "Hunts",
        "The League Against Cruel Sports and the RSPCA said they would monitor hunts.",
        "Brixo shares fell on the news and many observers predicted that the deal would fail.",
    )
    assert speaker(indirect(a, "monitor hunts")) == "The League Against Cruel Sports and the RSPCA"
    assert speaker(indirect(a, "the deal would fail")) == "many observers"


def test_who_after_a_place_is_the_person_before_it() -> None:
    """ "said Ann Reid, 24, from Lakeside, who said CLAUSE": "who" is Reid, not the place."""
    a = article(
        "Voters",
        "“I have never voted before,” said Ann Reid, 24, from Lakeside, who said Hale is"
        " best suited to clean up the city.",
    )
    assert speaker(indirect(a, "best suited")) == "Ann Reid"


def test_who_after_an_appositive_ending_in_a_place_is_the_person_described() -> None:
    """ "Jessica Albers, a mother of four in Brixo, who said CLAUSE": "who" is Albers, whom
    the appositive describes, not the place it ends with."""
    a = article(
        "Voters",
        "The plan was backed by Jessica Albers, a mother of four in Brixo, who said none of "
        "her children had been vaccinated.",
        "It was opposed by Tom Hale, a father of two at Dunmore, who said the cost was high.",
    )
    assert speaker(indirect(a, "none of her children")) == "Jessica Albers"
    assert speaker(indirect(a, "the cost was high")) == "Tom Hale"


def test_a_name_inside_an_unnamed_speaker_s_description_is_not_theirs() -> None:
    """ "A nurse at a clinic in southern Alberta said": someone unnamed, not a person
    called Alberta; nor is "a spokesman for US-based hedge fund Veltor Capital"."""
    a = article(
        "Voters",
        "A nurse at a clinic in southern Alberta said parents refused vaccines.",
        "A spokesman for US-based hedge fund Veltor Capital said the bid was too low.",
    )
    q = indirect(a, "refused vaccines")
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ANONYMOUS
    assert q.speaker.name == "A nurse at a clinic in southern Alberta"
    spokesman = indirect(a, "bid was too low").speaker
    assert spokesman is not None
    assert spokesman.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.ORGANISATION)


def test_a_body_named_in_the_plural_keeps_its_whole_name() -> None:
    """ "The Centers for Disease Control and Prevention said": the whole name, not
    "Disease Control and Prevention"; "The ruling junta" is a body, no ruling."""
    a = article("Flu", "The Centers for Disease Control and Prevention said the risk was low.")
    q = indirect(a, "risk was low")
    assert q.speaker is not None
    assert "Centers for Disease Control and Prevention" in q.speaker.name
    b = article("Coup", "The ruling junta said the vote would go ahead.")
    q = indirect(b, "vote would go ahead")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("The ruling junta", SpeakerKind.ORGANISATION)


def test_neither_and_either_open_no_name() -> None:
    """ "Neither Hale nor Reid is inclined to ...": no person "Neither Hale", so "Hale
    said" after it is Tom Hale."""
    a = article(
        "Trail",
        "Tom Hale spoke in Dayton. Neither Hale nor Reid is inclined to attack Ann Lowe.",
        "“You make mistakes,” Hale said in Concord. Either Reid or Lowe will win.",
        "“It is close,” Reid said.",
    )
    assert speaker(quote(a, "You make mistakes")) == "Tom Hale"
    assert speaker(quote(a, "It is close")) == "Reid"


def test_a_document_sent_to_someone_is_not_theirs() -> None:
    """ "A letter sent to Tom Hale said": the letter's words, not Hale's; "A letter from
    Ann Reid said": Reid's."""
    a = article(
        "Passports",
        "A letter sent to Tom Hale said his passport would not be issued.",
        "A letter from Ann Reid said the decision was final.",
    )
    assert speaker(indirect(a, "his passport")) == "A letter"
    assert speaker(indirect(a, "the decision")) == "Ann Reid"


def test_a_description_from_a_body_missing_its_closing_comma_follows_the_speaker() -> None:
    """ "Mark Dunn, from the Public Services union said": Dunn, not the union."""
    a = article(
        "Strike",
        "Mark Dunn, from the Public Services union said there should be a strike soon.",
    )
    assert speaker(indirect(a, "there should be")) == "Mark Dunn"


def test_a_plural_capitalised_by_its_sentence_is_a_group() -> None:
    """ "Engineers say that ...", "Producers say ...": groups (the present tense too); but
    "Sanders said" after "Bernie Sanders" is the person; "The charity said" is a body."""
    a = article(
        "Bridge",
        "Engineers say that the bridge is safe for traffic now.",
        "Bernie Sanders spoke. Sanders said the road is safe for traffic now.",
        "The charity said the money would help its agencies work in the region.",
    )
    q = indirect(a, "the bridge is safe")
    assert speaker(q) == "Engineers"
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.GROUP
    assert speaker(indirect(a, "the road is safe")) == "Bernie Sanders"
    charity = indirect(a, "the money would help")
    assert charity.speaker is not None
    assert charity.speaker.kind is SpeakerKind.ORGANISATION


def test_a_capitalised_profession_and_a_month_surname_frame_the_name() -> None:
    """ "Singer Alex Kapranos" is Alex Kapranos; "Queen guitarist Brian May has said" is
    Brian May, "May" no time between him and his verb."""
    a = article(
        "Bands",
        "Singer Alex Kapranos was studying English. Kapranos said the band was happy with "
        "the record.",
        "Queen guitarist Brian May has said the band will tour again next year.",
    )
    assert speaker(indirect(a, "the band was happy")) == "Alex Kapranos"
    assert speaker(indirect(a, "the band will tour")) == "Brian May"


def test_the_one_blamed_for_saying_said_it() -> None:
    """ "Ms. Khan rebuked Mr. Trump for suggesting that she had not been permitted to
    speak": Trump suggested it; "The minister praised Ann Lee for saying": Lee said it."""
    a = article(
        "Rebuke",
        "Ms. Khan rebuked Donald Trump for suggesting that she had not been permitted to "
        "speak at the convention.",
        "The minister praised Ann Lee for saying the plan would work well.",
    )
    assert speaker(indirect(a, "she had not been")) == "Donald Trump"
    assert speaker(indirect(a, "the plan would work")) == "Ann Lee"


def test_a_list_of_names_before_the_verb_speaks_together() -> None:
    """ "Brixo Films, Dunmore Pictures and Vale Brothers said": the three, not the last two; "Ann
    Lee, the lawyer, said" stays Lee with her description."""
    a = article(
        "Studios",
        "Brixo Films, Dunmore Pictures and Vale Brothers said they were opting for the new disc.",
        "Ann Lee, the lawyer, said the case was weak and would fail.",
    )
    assert (
        mention(indirect(a, "they were opting"))
        == "Brixo Films, Dunmore Pictures and Vale Brothers"
    )
    assert speaker(indirect(a, "the case was weak")) == "Ann Lee"


def test_another_opening_a_sentence_is_someone_unnamed() -> None:
    """ "One user wrote ... Another tweeted, “...”": someone else, unnamed, not the one
    quoted before; "The arbitrageur said" is a person by what they do."""
    a = article(
        "Tweets",
        'David Waters tweeted, "Trump did the same last week."',
        'Another tweeted, "Clinton thinks she is above the rules."',
        "The arbitrageur said the deal would close within weeks.",
    )
    assert speaker(quote(a, "Clinton thinks")) == "Another"
    assert speaker(indirect(a, "the deal would close")) == "The arbitrageur"


def test_a_who_clause_missing_its_closing_comma_follows_the_speaker() -> None:
    """ "Kate Parker, who is chairman of Our Values Pac said": Parker, not the body."""
    a = article(
        "Ads",
        "Kate Parker, who is chairman of Our Values Pac said the group would spend millions.",
    )
    assert speaker(indirect(a, "the group would spend")) == "Kate Parker"


def test_a_nationality_noun_before_a_name_is_no_part_of_it() -> None:
    """ "Swede Joachim Johansson", "Spaniard Guillermo Garcia-Lopez": the names alone."""
    a = article(
        "Tennis",
        "Dent will meet Swede Joachim Johansson in the final on Sunday.",
        '"It was tough," Johansson said.',
    )
    assert speaker(quote(a, "It was tough")) == "Joachim Johansson"


def test_a_regional_noun_before_a_name_is_no_part_of_it() -> None:
    """ "the first play by Islander Gwyneth Holt", "Albertan Ray Dunn": the names alone,
    whom a surname names later."""
    a = article(
        "Theatre",
        "The show is the first play by Islander Gwyneth Holt.",
        "“I wrote it in a barn,” Holt said.",
        "Albertan Ray Dunn directed it. “It was cold,” Dunn said.",
    )
    assert speaker(quote(a, "I wrote it")) == "Gwyneth Holt"
    assert speaker(quote(a, "It was cold")) == "Ray Dunn"


def test_a_share_of_people_is_one_group_and_a_prefixed_role_no_part_of_a_name() -> None:
    """ "Six in 10 voters said", "four out of 10 voters said": the share, not "10 voters";
    "Co-moderator Andrea Mitchell said": Mitchell."""
    a = article(
        "Polls",
        "Six in 10 voters said the economy was their top concern.",
        "About four out of 10 voters said life would be worse for their children.",
        "Co-moderator Andrea Mitchell said the debate would start soon.",
    )
    assert mention(indirect(a, "the economy was")) == "Six in 10 voters"
    assert mention(indirect(a, "life would be")) == "four out of 10 voters"
    assert speaker(indirect(a, "the debate would")) == "Andrea Mitchell"


def test_an_apposition_missing_its_closing_comma_follows_the_speaker() -> None:
    """ "Matt Cole, a fund manager at Brixo Trustees said", "Lisa Grant, head of
    policy at health charity the Dunmore Reid Trust said": the person, not the
    description nor the body; "Asked about Tom Hale, the minister said" is the minister."""
    a = article(
        "Markets",
        "Matt Cole, a fund manager at Brixo Trustees said the market was flat.",
        "Lisa Grant, head of policy at health charity the Dunmore Reid Trust said the move "
        "was welcome.",
        "Asked about Tom Hale, the minister said the plan was sound.",
    )
    assert speaker(indirect(a, "the market was flat")) == "Matt Cole"
    assert speaker(indirect(a, "the move was welcome")) == "Lisa Grant"
    assert speaker(indirect(a, "the plan was sound")) == "the minister"


def test_an_adjective_capitalised_by_its_place_is_no_part_of_the_name() -> None:
    """ "Fellow Lib Dem Norman Baker said", "Rival Sony has said": Norman Baker, Sony; and
    "The club signed fellow Lib Dem Norman Baker" gives Baker no role of the club's."""
    a = article(
        "Politics",
        "Fellow Lib Dem Norman Baker said the plan was flawed.",
        "Rival Sony has said it will launch its console in March.",
    )
    assert speaker(indirect(a, "the plan was flawed")) == "Norman Baker"
    assert speaker(indirect(a, "it will launch")) == "Sony"
    b = article(
        "Politics",
        "The club signed fellow Lib Dem Norman Baker. Baker said the plan was flawed.",
    )
    baker = indirect(b, "the plan was flawed")
    assert baker.speaker is not None
    assert baker.speaker.kind is SpeakerKind.PERSON


def test_a_zero_width_space_after_the_speaker_keeps_the_attribution() -> None:
    """ "Tom Hale\u200b said he expects ...": Tom Hale's reported speech (it was
    lost, the zero-width space a token between the name and its cue)."""
    a = article("Union", "Tom Hale\u200b said he expects the union to back workers.")
    assert speaker(indirect(a, "he expects the union")) == "Tom Hale"


def test_police_alone_speak() -> None:
    """ "The man was arrested on Friday, police said", "according to police": the police,
    a group ("police" is both a noun of people and of one person's office)."""
    a = article(
        "Arrest",
        "The man was arrested on Friday, police said. A second man fled, according to police.",
        "The police officer said the man ran.",
    )
    arrested = indirect(a, "The man was arrested")
    assert speaker(arrested) == "police"
    assert arrested.speaker is not None
    assert arrested.speaker.kind is SpeakerKind.GROUP
    assert speaker(indirect(a, "A second man fled")) == "police"
    assert speaker(indirect(a, "the man ran")) == "The police officer"


def test_a_hyphenated_modifier_before_a_name_is_no_part_of_it() -> None:
    """ "South Korean-born Monte Haines said", "Fly-half Jonny Wilkinson said": the names
    alone; "Chung Mong-koo", a Korean given name with a lower-case part, keeps it."""
    a = article(
        "People",
        "South Korean-born Monte Haines said the vote was close.",
        "Fly-half Jonny Wilkinson said the team was ready.",
        "Hyundai chairman Chung Mong-koo said the plant would open in May.",
    )
    assert speaker(indirect(a, "the vote was close")) == "Monte Haines"
    assert speaker(indirect(a, "the team was ready")) == "Jonny Wilkinson"
    assert speaker(indirect(a, "the plant would open")) == "Chung Mong-koo"


def test_against_inside_a_body_name_keeps_the_name_whole() -> None:
    """ "the League Against Cruel Games claimed": the League Against Cruel Games, an
    organisation, not a person called "Cruel Games"."""
    a = article("Hunting", "But the League Against Cruel Games claimed the new law was broken.")
    q = indirect(a, "the new law was broken")
    assert speaker(q) == "League Against Cruel Games"
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ORGANISATION


def test_an_honorific_and_surname_before_from_an_organisation_speak() -> None:
    """ "But Mr Hirst from Retail Data Group said": Tom Hirst, not the organisation."""
    a = article(
        "Banks",
        "Tom Hirst works in banking. But Mr Hirst from Retail Data Group said the risk was low.",
    )
    assert speaker(indirect(a, "the risk was low")) == "Tom Hirst"


def test_a_who_clause_between_the_subject_and_its_cue() -> None:
    """ "A woman who lives nearby said", "A senior doctor who has resigned in protest says",
    "Residents who live near the plant say": the subject before the who-clause speaks
    (no comma sets the clause off, and "protest says" or "plant say" read as nouns)."""
    a = article(
        "Town",
        "A woman who lives nearby said she heard two shots.",
        "A senior doctor who has resigned in protest says the current system is failing.",
        "Residents who live near the plant say the smell is unbearable.",
    )
    assert speaker(indirect(a, "she heard two shots")) == "A woman"
    assert speaker(indirect(a, "the current system is failing")) == "A senior doctor"
    assert speaker(indirect(a, "the smell is unbearable")) == "Residents"


def test_a_town_and_its_county_in_the_description_are_no_speaker() -> None:
    """ "One of the men, Peter Vance, 34, from Hartwell, Somerset, said": Peter Vance, not
    the town."""
    a = article(
        "Court",
        "Five of the men spoke to reporters. One of the men, Peter Vance, 34, from Hartwell, "
        "Somerset, said he would plead not guilty.",
    )
    assert speaker(indirect(a, "he would plead not guilty")) == "Peter Vance"


def test_a_name_in_apposition_after_the_role_with_a_who_clause_after_it() -> None:
    """ "said Hale's deputy campaign manager, Dan Royce, who oversaw ...": Dan Royce,
    the role his description."""
    a = article(
        "Campaign",
        '"We see it as one long Election Day," said Hale\'s deputy campaign '
        "manager, Dan Royce, who oversaw the 2012 ground game.",
    )
    q = quote(a, "We see it as")
    assert speaker(q) == "Dan Royce"
    assert q.speaker is not None
    assert q.speaker.description == "Hale's deputy campaign manager"


def test_who_after_a_name_and_its_description_is_the_one_named() -> None:
    """ "said Scott Reed, the Chamber's chief strategist, who added that ...": Scott Reed
    added it, not a person called "the Chamber's chief strategist"."""
    a = article(
        "Campaign",
        '"We are gearing up," said Scott Reed, the Chamber\'s chief strategist, who added '
        "that his group plans to zero in on local issues.",
    )
    assert speaker(indirect(a, "his group plans")) == "Scott Reed"


def test_a_person_from_a_place_with_a_description_after_it() -> None:
    """ "Tom Hale, 30, of Dunmore, who was among those polled, said": Tom Hale, not
    Dunmore; "“...,” Richard Doherty, from Panasonic's laboratories, one of the pioneers,
    told the BBC" is Doherty, not the BBC."""
    a = article(
        "Poll",
        "Tom Hale, 30, of Dunmore, who was among those polled, said both candidates scared him.",
        '"We need storage," Richard Doherty, from Panasonic\'s laboratories, one of the '
        "pioneers of the disc, told the BBC news website.",
    )
    assert speaker(indirect(a, "both candidates scared him")) == "Tom Hale"
    assert speaker(quote(a, "We need storage")) == "Richard Doherty"


def test_a_person_from_a_town_and_its_state_with_a_description_after_it() -> None:
    """ "“...,” Tom Hale, 30, of Dunmore, N.C., who was among those polled, said": Hale,
    with the state abbreviated or written out (not North Carolina)."""
    a = article(
        "Poll",
        '"Both candidates scare me," Tom Hale, 30, of Dunmore, N.C., who was among those '
        "polled, said to a reporter.",
        '"Neither one will win," Ann Dale, 41, of Durham, North Carolina, who was also '
        "polled, said.",
    )
    assert speaker(quote(a, "Both candidates scare me")) == "Tom Hale"
    assert speaker(quote(a, "Neither one will win")) == "Ann Dale"


def test_a_measure_abbreviation_before_a_quotation_ends_no_sentence() -> None:
    """ "Tom Hale, who lost 16 lbs. “and three shirt sizes” ..., says the diet changed
    his life": one sentence, his words; "He lost 16 lbs. He said it was hard." is two."""
    a = article(
        "Health",
        'Dunmore retiree Tom Hale, who lost 16 lbs. "and three shirt sizes" between March and '
        "July, says the diet changed his life. He lost 16 lbs. He said it was hard.",
    )
    assert speaker(quote(a, "and three shirt sizes")) == "Tom Hale"
    assert speaker(indirect(a, "the diet changed his life")) == "Tom Hale"
    assert speaker(indirect(a, "it was hard")) == "Tom Hale"


def test_a_close_associate_of_a_person_speaks_not_the_person() -> None:
    """ "A close associate of former oil boss Mikhail Ivanov has told a court ...": the
    associate, unnamed, not Ivanov; "close" before a noun is an adjective ("His close friend
    said"), "close to" still a preposition ("A source close to the family said")."""
    a = article(
        "Court",
        "A close associate of former oil boss Mikhail Ivanov has told a court that the fraud "
        "charges against him are false.",
        "His close friend said he had been ill for a long time. A source close to the family "
        "said he was recovering at home.",
    )
    q = indirect(a, "the fraud charges")
    assert speaker(q) == "A close associate of former oil boss Mikhail Ivanov"
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ANONYMOUS
    assert speaker(indirect(a, "he had been ill")) == "His close friend"
    assert speaker(indirect(a, "he was recovering")) == "A source close to the family"


def test_a_statement_issued_by_someone_after_the_quotation_is_theirs() -> None:
    """ "“...,” a statement issued by Tom Hale said": Hale's words (the quotation was left
    a scare quote); "released by the ministry" the ministry's; "a memo seen by Reuters"
    is no words of Reuters'."""
    a = article(
        "Trade",
        '"There is no single customs office," a statement issued by Tom Hale said.',
        '"The office will open in May," a statement released by the Finance Ministry said.',
        "A memo seen by Reuters said the office was closed.",
    )
    assert speaker(quote(a, "There is no single")) == "Tom Hale"
    assert speaker(quote(a, "The office will open")) == "Finance Ministry"
    assert speaker(indirect(a, "the office was closed")) != "Reuters"


def test_a_constables_abbreviated_rank_is_a_title_not_a_sentence_end() -> None:
    """ "“...,” Const. Ann Dale said in an email": the constable, with her rank (the
    quotation went to the police quoted before, "Const." read as ending a sentence);
    "RCMP Cst. Tom Hale said" likewise, and the article's sentences keep the rank with the
    name."""
    a = article(
        "Arrest",
        "Police say a man was arrested.",
        '"The investigation is ongoing," Const. Ann Dale said in an email.',
        "RCMP Cst. Tom Hale said the man was held overnight.",
    )
    q = quote(a, "The investigation is ongoing")
    assert (speaker(q), mention(q)) == ("Ann Dale", "Const. Ann Dale")
    assert speaker(indirect(a, "the man was held")) == "Tom Hale"
    assert any(s.text.startswith("RCMP Cst. Tom Hale said") for s in a.sentences)


def test_a_parent_of_so_many_children_speaks() -> None:
    """ "“...,” the 54-year-old mother of two said": the mother (the quotation was left a
    scare quote), and so "the father of three told" and "A mother of two said"."""
    a = article(
        "Loss",
        "Ann Dale lost her son in 2017.",
        '"We are devastated," the 54-year-old mother of two said.',
        '"Nobody called us back," the father of three told reporters.',
        "A mother of two said the school was closed all week.",
    )
    q = quote(a, "We are devastated")
    assert (speaker(q), mention(q)) == ("Ann Dale", "the 54-year-old mother of two")
    assert speaker(quote(a, "Nobody called us back")) == "the father of three"
    assert speaker(indirect(a, "the school was closed")) == "A mother of two"


def test_a_surname_that_is_a_common_word_speaks_in_an_article_that_names_its_bearer() -> None:
    """ "“...,” said Al From, who helped found the council. ... “...,” From said.": Al
    From both times (both were left scare quotes); "Still said" likewise after "Jane
    Still"; in an article naming no one so, "From" and "Still" stay words."""
    a = article(
        "Council",
        '"We won a smaller share," said Al From, who helped found the council.',
        '"It is different now," From said.',
        '"It is fine," said Jane Still. "We won," Still said.',
    )
    assert speaker(quote(a, "We won a smaller share")) == "Al From"
    q = quote(a, "It is different now")
    assert (speaker(q), mention(q)) == ("Al From", "From")
    assert speaker(quote(a, "We won,")) == "Jane Still"
    b = article("Council", "From the start, officials said the plan would fail.")
    assert speaker(indirect(b, "the plan would fail")) == "officials"


def test_an_adverb_opening_a_sentence_is_no_part_of_a_name() -> None:
    """ "Maybe Dale is the secret candidate." and "Again Roddick ..." are no full names
    ("Maybe Dale", "Again Roddick") for the surname alone to stand for."""
    a = article(
        "Race",
        'Dale told a radio host that Mitt Hale "had a crazy policy."',
        "Maybe Dale is the secret candidate of the left.",
        'Andy Roddick lost in four sets. Again Roddick was angry. "I am mad," Roddick said.',
    )
    assert speaker(quote(a, "had a crazy policy")) == "Dale"
    assert speaker(quote(a, "I am mad")) == "Andy Roddick"


def test_a_company_of_a_country_is_the_company_quoted_before() -> None:
    """ "The Australian firm said" after "Brixo Group fell after it said": Brixo Group, as
    "the firm" is; "Separately, the world's largest delivery company, Parcelo, said":
    Parcelo, not the adverb; "the German government" keeps its country."""
    a = article(
        "Shares",
        "Shares in Brixo Group fell after it said it would not make any money. "
        "The Australian firm said it would only break even.",
        "Separately, the world’s largest delivery company, Parcelo, said it had placed an "
        "order. The US company said it needed to expand.",
        "Brixo Group met ministers. The German government said it would help.",
    )
    assert speaker(indirect(a, "it would only break even")) == "Brixo Group"
    assert speaker(indirect(a, "it had placed an order")) == "Parcelo"
    assert speaker(indirect(a, "it needed to expand")) == "Parcelo"
    assert speaker(indirect(a, "it would help")) != "Brixo Group"


def test_a_verb_no_noun_takes_ends_a_speaker_phrase() -> None:
    """ "The adviser on the campaign went further, arguing the proposal could fail": the
    adviser, not "The adviser on the campaign went"; "The billionaire businessman began
    ..." likewise."""
    a = article(
        "Plan",
        "The adviser on the campaign went further, arguing the proposal could fail.",
        'The billionaire businessman began by saying "it is cheaper than candy."',
    )
    assert speaker(indirect(a, "the proposal could fail")) == "The adviser on the campaign"
    assert speaker(quote(a, "it is cheaper than candy")) == "The billionaire businessman"


def test_a_number_after_an_approximator_opens_the_subject() -> None:
    """ "About 200 protesters gathered ..., chanting “...”": the protesters chant, not a
    person named "About"."""
    a = article(
        "Rally",
        'About 200 protesters gathered outside the hall, chanting "No more wars."',
        'Nearly 40 nurses met on Monday, saying "we are exhausted."',
    )
    q = quote(a, "No more wars")
    assert (speaker(q), q.attribution.speaker.kind if q.attribution else None) == (
        "About 200 protesters",
        SpeakerKind.GROUP,
    )
    assert speaker(quote(a, "we are exhausted")) == "Nearly 40 nurses"


def test_a_preposition_read_as_a_noun_is_no_title_before_a_name() -> None:
    """ "Parents rallied outside Parliament Hill, chanting “...”": the parents chant;
    "outside" before the place is no title of a name "Parliament Hill" (but "an outside
    adviser" is a noun phrase)."""
    a = article(
        "Rally",
        'Parents rallied outside Parliament Hill, chanting "Spaces now!"',
        'Teachers gathered inside City Hall, chanting "Pay us now!"',
        'An outside adviser, Mia Roe, said "The plan works."',
    )
    assert speaker(quote(a, "Spaces now")) == "Parents"
    assert speaker(quote(a, "Pay us now")) == "Teachers"
    assert speaker(quote(a, "The plan works")) == "Mia Roe"


def test_an_irregular_past_verb_or_then_ends_a_subject() -> None:
    """ "The nurses met on Monday, saying “...”" is the nurses' (not "The nurses met"),
    and "The board then voted ..." the board's (not "The board then")."""
    a = article(
        "Strike",
        'The nurses met on Monday, saying "we are exhausted."',
        'The board then voted on the plan, and called it "a disgrace to the city."',
    )
    assert speaker(quote(a, "we are exhausted")) == "The nurses"
    assert speaker(quote(a, "a disgrace to the city")) == "The board"


def test_companies_quoted_by_one_word_are_organisations() -> None:
    """ "Ofcom says it will act": a regulator, not a person named Ofcom; "it" and "the
    company" after a company quoted by one word stand for it; "Nortel" shortens "Nortel
    Networks" named before; "US oil giant Exxon" and "Paris-based Euronext" are named
    without the words before them."""
    a = article(
        "Rules",
        "Ofcom says it will act on complaints about the charges.",
        "Microsoft said it was pleased with sales of its consoles. Tom Hale, an analyst "
        "at research firm Brixo, said the results were strong. The company said that it "
        "would hire 500 engineers.",
        "Nortel Networks posted a loss. Nortel said it would cut 3,000 jobs next year.",
        "US oil giant Exxon said it would not bid for the field. Paris-based Euronext "
        "said it was interested in a bid.",
    )
    q = indirect(a, "it will act")
    assert q.attribution is not None
    assert (q.attribution.speaker.name, q.attribution.speaker.kind) == (
        "Ofcom",
        SpeakerKind.ORGANISATION,
    )
    assert speaker(indirect(a, "would hire 500 engineers")) == "Microsoft"
    assert speaker(indirect(a, "would cut 3,000 jobs")) == "Nortel Networks"
    assert speaker(indirect(a, "would not bid for the field")) == "Exxon"
    assert speaker(indirect(a, "was interested in a bid")) == "Euronext"


def test_a_number_and_a_name_are_no_one_body() -> None:
    """ "It went on sale priced $150 and Kelpie Foods says ...": Kelpie Foods, not "150
    and Kelpie Foods"; "collapsed in 2002 and prosecutors claim" likewise."""
    a = article(
        "Sales",
        "It went on sale priced $150 and Kelpie Foods says sales have exceeded forecasts.",
        "The firm collapsed in 2002 and prosecutors claim that its losses were hidden.",
    )
    assert speaker(indirect(a, "sales have exceeded forecasts")) == "Kelpie Foods"
    assert speaker(indirect(a, "its losses were hidden")) == "prosecutors"


def test_sources_within_a_party_are_a_group() -> None:
    """ "Sources within the Conservative Party told the BBC that ..." are the sources, not
    the party."""
    a = article(
        "Leader",
        "Sources within the Conservative Party told the BBC that Tom Hale would quit.",
    )
    q = indirect(a, "Tom Hale would quit")
    assert q.attribution is not None
    assert (q.attribution.speaker.name, q.attribution.speaker.kind) == (
        "Sources within the Conservative Party",
        SpeakerKind.GROUP,
    )


def test_abbreviated_titles_are_no_part_of_a_name() -> None:
    """ "Pres. Tom Dale" and "Det. Ann Cole" are Tom Dale and Ann Cole, and "the
    president" after "Pres. Tom Dale" is Tom Dale."""
    a = article(
        "Visit",
        "Pres. Tom Dale said a new era had begun in the country's foreign policy.",
        '"We averted a war," the president said.',
        "Det. Ann Cole said the man fled on foot after the robbery.",
    )
    assert speaker(indirect(a, "a new era had begun")) == "Tom Dale"
    assert speaker(quote(a, "We averted a war")) == "Tom Dale"
    assert speaker(indirect(a, "the man fled on foot")) == "Ann Cole"


def test_an_aside_before_the_cue_is_no_description() -> None:
    """ "Ray Hale, the chairman of the county party in Ohio, for example, said ..." is
    Hale's, not Ohio's."""
    a = article(
        "Race",
        "Ray Hale, the chairman of the Dorset County GOP in New Mexico, for example, said "
        "Tom Dale hurt his cause by attacking the senator.",
    )
    assert speaker(indirect(a, "Tom Dale hurt his cause")) == "Ray Hale"


def test_a_role_for_a_counted_group_is_the_role_holder() -> None:
    """ "A lawyer for the three bloggers said ..." is the lawyer, not the bloggers."""
    a = article("Court", "A lawyer for the three bloggers said the arrests were illegal.")
    assert speaker(indirect(a, "the arrests were illegal")) == "A lawyer for the three bloggers"


def test_correspondents_and_pundits_speak_as_a_group() -> None:
    """ "Correspondents say the vote could be close": the correspondents, a group."""
    a = article("Vote", "Correspondents say the vote could be close.")
    q = indirect(a, "the vote could be close")
    assert q.attribution is not None
    assert (q.attribution.speaker.name, q.attribution.speaker.kind) == (
        "Correspondents",
        SpeakerKind.GROUP,
    )


def test_a_town_and_its_county_in_a_description_are_one_place() -> None:
    """ "Tom Jones, MP for Henley-on-Thames, Oxfordshire, said" is Jones's, not a person
    named Oxfordshire."""
    a = article(
        "Row",
        "Mr Tom Jones, MP for Henley-on-Thames, Oxfordshire, said the plan was a mistake.",
    )
    assert speaker(indirect(a, "the plan was a mistake")) == "Tom Jones"


def test_the_number_of_something_is_no_speaker() -> None:
    """ "The number of Welsh seats would be set at a level that was “...”" names an amount,
    no one who speaks; "A number of investors said ..." are some investors."""
    a = article(
        "Seats",
        'The number of Welsh seats would be set at a level that was "fair and consistent" '
        "if the plan went ahead.",
        "A number of investors said the offer undervalued the firm.",
    )
    q = quote(a, "fair and consistent")
    assert q.attribution is None or "number" not in q.attribution.speaker.name
    assert speaker(indirect(a, "the offer undervalued")) == "A number of investors"


def test_a_role_after_a_body_named_with_for_is_a_person() -> None:
    """ "A Department for Housing spokeswoman confirmed ..." is a spokeswoman (whom "she"
    may stand for), not a body; "the Institute for Fiscal Studies" stays a body."""
    a = article(
        "Sale",
        "A Department for Housing spokeswoman confirmed the sale would go ahead.",
        "The Institute for Fiscal Studies said taxes would rise next year.",
    )
    q = indirect(a, "the sale would go ahead")
    assert q.attribution is not None
    assert q.attribution.speaker.kind is not SpeakerKind.ORGANISATION
    q = indirect(a, "taxes would rise")
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.ORGANISATION


def test_a_name_in_the_subject_s_relative_clause_does_not_speak() -> None:
    """ "Many of the county leaders who would rather work for Ann Holt said ..." are the
    leaders; "The barrister who had represented Mr Dale had said ..." the barrister."""
    a = article(
        "Ticket",
        "Many of the county leaders who would rather be working for Ken Ober or Ann Holt "
        "said they have rallied behind the ticket.",
        "The barrister who had represented Mr Dale had said the rules were unfair to him.",
    )
    assert speaker(indirect(a, "they have rallied")) == "Many of the county leaders"
    assert speaker(indirect(a, "the rules were unfair")) == "The barrister"


def test_a_title_for_a_place_is_one_role() -> None:
    """ "The Secretary of State for Wales said" is that office's holder, no person named
    "Wales"."""
    a = article("Pact", "The Secretary of State for Wales said the pact was weak.")
    assert speaker(indirect(a, "the pact was weak")) == "The Secretary of State for Wales"


def test_a_band_and_an_advert_speak() -> None:
    """ "The band said", "the advert said" name speakers (a body, a document); "The survey
    report showed" is evidence, no cue "report" after a noun."""
    a = article(
        "Awards",
        "The band said they were targets of a “senseless assault” in a bar.",
        "“We need your help!” the advert said.",
        "The survey report showed the money supply rose by 15 pct.",
    )
    assert speaker(quote(a, "senseless assault")) == "The band"
    b = article("Prices", "Prices rose by 2% in May, says the Nationwide building society.")
    assert speaker(indirect(b, "Prices rose")) == "Nationwide building society"
    assert speaker(quote(a, "We need your help")) == "the advert"
    assert not any("money supply" in q.text for q in a.quotations)


def test_a_longer_time_adjunct_between_the_auxiliary_and_the_cue() -> None:
    """ "His aides have in the past said ...", "Tom Hale has in recent weeks said ...":
    the subject before the adjunct speaks, as in "has for years said"."""
    a = article(
        "Quiet",
        "His aides have in the past said he was lying low.",
        "Tom Hale has in recent weeks said the plan is dead.",
    )
    assert speaker(indirect(a, "he was lying low")) == "His aides"
    assert speaker(indirect(a, "the plan is dead")) == "Tom Hale"


def test_an_acronym_spelt_like_a_pronoun_is_a_name() -> None:
    """ "The WHO said ..." is the body, not the pronoun "who"."""
    a = article(
        "Virus",
        "The WHO said the virus was spreading fast.",
        "“It is bad,” the WHO said.",
    )
    assert speaker(indirect(a, "the virus was spreading")) == "WHO"
    assert speaker(quote(a, "It is bad")) == "WHO"


def test_a_company_role_capitalised_by_the_sentence_start_is_no_part_of_the_name() -> None:
    """ "Bookmaker Brixo said ..." is the company Brixo, not a person "Bookmaker Brixo";
    "Miner Dunmore Gold said" is Dunmore Gold."""
    a = article(
        "Bets",
        "Bookmaker Brixo said it had stopped taking bets on the show.",
        "Miner Dunmore Gold said it regretted any limit on the sale.",
    )
    q = indirect(a, "it had stopped taking bets")
    assert speaker(q) == "Brixo"
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.ORGANISATION
    assert speaker(indirect(a, "it regretted")) == "Dunmore Gold"


def test_a_town_and_a_county_that_is_a_given_name_between_commas() -> None:
    """ "The BBC's Ann Reid, in Brixo, Kent, said": Reid, not a person "Brixo" (the
    county "Kent" is a given name too)."""
    a = article("Hunt", "The BBC’s Ann Reid, in Brixo, Kent, said the hunt had gone ahead.")
    assert speaker(indirect(a, "the hunt had gone ahead")) == "Ann Reid"


def test_a_company_in_a_wire_mark_or_brackets_speaks() -> None:
    """ "<Brixo Group Ltd> said ...", "Equity company <Brixo Group Ltd> said ..." and
    "(Dunmore Inc) said ..." opening a sentence: the company in the marks."""
    a = article(
        "Deal",
        "Equity investment company <Brixo Group Ltd> said it plans to take a minority stake.",
        "(Dunmore Inc) said price pressure is expected to result in a loss.",
    )
    assert speaker(indirect(a, "it plans to take")) == "Brixo Group Ltd"
    assert speaker(indirect(a, "price pressure is expected")) == "Dunmore Inc"


def test_the_one_quoted_speaks_a_participle_after_it() -> None:
    """ "The paper quoted a spokesman for Brixo complaining that ...": the spokesman's
    words, not the paper's; so "It quoted Tom Hale saying ..."."""
    a = article(
        "Takeover",
        "The paper quoted a spokesman for Brixo complaining that the plan was unfair.",
        "It quoted Tom Hale saying the takeover was a mistake.",
    )
    assert speaker(indirect(a, "the plan was unfair")) == "a spokesman for Brixo"
    assert speaker(indirect(a, "the takeover was a mistake")) == "Tom Hale"


def test_a_company_whose_name_ends_in_s_speaks() -> None:
    """ "Sainsbury's said ...", "McDonald's said ...": the company, no possessive before
    a noun "said" nor a passive "is said"; "Sainsbury's comments" is still a noun."""
    a = article(
        "Profits",
        "Sainsbury's said profits had risen sharply.",
        "McDonald’s said it would close 20 restaurants.",
        "Sainsbury's comments were welcome in the City.",
    )
    assert speaker(indirect(a, "profits had risen")) == "Sainsbury's"
    assert speaker(indirect(a, "it would close")) == "McDonald’s"
    assert not any("were welcome" in q.text for q in a.quotations)


def test_with_someone_quoted_as_saying() -> None:
    """ "..., with Mr Hale quoted as saying that ... “...”": the one "with" names speaks,
    not the subject of the sentence."""
    a = article(
        "Title",
        "Tom Hale runs Brixo.",
        "Last month, Brixo warned it may cut 700 jobs, with Mr Hale quoted as saying that the "
        "firm could no longer afford to remain “all-local”.",
    )
    assert speaker(quote(a, "all-local")) == "Tom Hale"
    # (the reported words run on into the partial quotation, which reports them)
    assert not [q for q in a.quotations if q.text.startswith("the firm could no longer")]


def test_two_titles_joined_before_a_name_after_the_cue() -> None:
    """ "said Brixo founder and director Tom Hale": the name after both titles speaks."""
    a = article(
        "Title",
        "“The entries were superb,” said Brixo founder and director Tom Hale.",
        "Speaking later, he added: “It was hard.”",
    )
    assert speaker(quote(a, "The entries were superb")) == "Tom Hale"
    assert speaker(quote(a, "It was hard")) == "Tom Hale"


def test_a_quantifier_before_documents_gives_documents_not_people() -> None:
    """ "Some studies suggest that ...": documents, whose evidence is no speech by default;
    "Some experts suggest" are people."""
    a = article(
        "Some studies suggest that households using the drugs spend less on food.",
        "Some experts suggest that households spend less on fuel.",
    )
    assert not [q for q in a.quotations if "less on food" in q.text]
    assert speaker(indirect(a, "less on fuel")) == "Some experts"
    b = newsmodel.parse_text(
        "Title\n\nSome studies suggest that households spend less on food.\n",
        stances=frozenset(Stance),
    )
    q = next(q for q in b.quotations if "less on food" in q.text)
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.DOCUMENT


def test_a_plural_of_people_after_a_document_noun() -> None:
    """ "The law lords said", "Bollywood film distributors said": people after a word that
    is also a document's noun speak, not "the law" or "film"."""
    a = article(
        "Title",
        "The law lords said the measures were unlawful.",
        "Legitimate film distributors said the ruling was “a major boost”.",
    )
    assert speaker(indirect(a, "the measures were unlawful")) == "The law lords"
    assert speaker(quote(a, "a major boost")) == "Legitimate film distributors"


def test_people_asked_by_someone_speak() -> None:
    """ "Bank economists contacted by Brixo said", "A witness interviewed by congressional
    staff said": the ones asked speak, not who asked them."""
    a = article(
        "Title",
        "Bank economists contacted by Brixo said the bank could be forced to act.",
        "A witness interviewed by congressional staff said the head of the unit had lied.",
    )
    assert speaker(indirect(a, "the bank could be forced")) == "Bank economists"
    assert speaker(indirect(a, "the head of the unit")) == "A witness"


def test_a_treasury_in_lower_case_speaks() -> None:
    """ "The Dunmore treasury said", and later "the treasury said": a body."""
    a = article(
        "Title",
        "The Dunmore treasury said coupon rates on two issues would be cut by four points.",
        "Rates on older issues will also fall, the treasury said.",
    )
    assert speaker(indirect(a, "coupon rates")) == "Dunmore treasury"
    assert speaker(indirect(a, "Rates on older issues")) == "Dunmore treasury"


def test_an_initial_or_abbreviation_at_the_end_of_a_wrapped_line() -> None:
    """Hard-wrapped wire copy: "according to U.S. Attorney Tom W." then "Hale." on the next
    line, or "U.S." ending a line, is one name and one paragraph."""
    body = (
        "Two Brixo brokers who pleaded guilty last June to insider\n"
        "trading were sentenced by the Dunmore court today.\n"
        "    As a result of trading on tips passed on by Carl Ford,\n"
        "the defendants gained about 160,000 dlrs in their\n"
    )
    for tail in (
        "scheme, according to U.S. Attorney Tom W.\nHale.\n",
        "scheme, according to U.S.\nAttorney Tom W. Hale.\n",
    ):
        a = newsmodel.parse_text("BROKERS SENTENCED\n\n" + body + tail)
        assert speaker(indirect(a, "As a result of trading")) == "Tom W. Hale"


def test_people_close_to_someone_speak() -> None:
    """ "People close to Ann Reid said", "Those close to Tom Hale said": the people close
    to them speak, not the one named."""
    a = article(
        "Title",
        "People close to Ann Reid said the deal is off.",
        "Those close to Tom Hale said that the plan would fail.",
    )
    assert speaker(indirect(a, "the deal is off")) == "People close to Ann Reid"
    assert speaker(indirect(a, "the plan would fail")) == "Those close to Tom Hale"


def test_a_group_led_by_someone_speaks() -> None:
    """ "A group of investment firms led by Brixo Corp said", "A panel of reporters led by
    Tom Hale agreed that": the group speaks, not its head."""
    a = article(
        "Title",
        "A group of investment firms led by Brixo Corp said it raised its stake to 14 pct.",
        "A panel of reporters led by Tom Hale agreed that the plan was cheap pandering.",
    )
    assert speaker(indirect(a, "it raised its stake")) == "A group of investment firms"
    assert speaker(indirect(a, "the plan was cheap")) == "A panel of reporters"


def test_those_behind_something_after_an_inverted_cue() -> None:
    """ "..., say those behind the plan.": the people behind it speak, and the phrase is no
    reported clause of the cue."""
    a = article(
        "Title",
        "The Brixo pact is “heading the right way”, say those behind the plan.",
    )
    assert speaker(quote(a, "heading the right way")) == "those behind the plan"
    assert not [q for q in a.quotations if q.kind is QuoteKind.INDIRECT]


def test_a_role_with_a_possessive_in_its_prepositional_phrase() -> None:
    """ "A security adviser to his campaign acknowledged that", "A spokesman for her
    lawyers said": the adviser and the spokesman speak, not the campaign."""
    a = article(
        "Title",
        "Tom Hale has slipped. A security adviser to his campaign acknowledged to a newspaper "
        "that the doctor simply does not get it.",
        "Ann Reid lost the case. A spokesman for her lawyers said the ruling was “very "
        "disappointing”.",
    )
    assert speaker(indirect(a, "the doctor simply")) == "A security adviser to his campaign"
    assert speaker(quote(a, "very disappointing")) == "A spokesman for her lawyers"


def test_a_person_opening_the_sentence_before_an_apposition() -> None:
    """ "Tom Hale, Republican of Dunmore, gave the idea a whirl: “...”", "Sen. Ann Reid,
    R-Dunmore, said": the person named in full opening the sentence speaks, not the
    apposition after them."""
    a = article(
        "Title",
        "Tom Hale, Republican of Dunmore, gave the idea a whirl: “The mayor is a crook.”",
        "Sen. Ann Reid, R-Dunmore, said the mayor lacks the temperament for the job.",
    )
    assert speaker(quote(a, "The mayor is a crook")) == "Tom Hale"
    assert speaker(indirect(a, "the mayor lacks")) == "Ann Reid"


def test_she_and_her_aides_is_her() -> None:
    """ "She and her aides have vowed ..., while acknowledging that ...": she leads them,
    as "Ana Ortiz and her team" is Ortiz."""
    a = article(
        "Title",
        "Ann Reid spoke on Monday. She and her aides have vowed to rebuild trust, while "
        "acknowledging that this will be hard.",
    )
    assert speaker(indirect(a, "this will be hard")) == "Ann Reid"


def test_the_subject_of_a_participle_after_despite() -> None:
    """ "..., despite a new book saying he had upset his deputy": the book says it, not the
    subject of the sentence."""
    a = article(
        "Title",
        "Tom Hale insisted nothing would derail the campaign, despite a new book saying he had "
        "upset his deputy.",
    )
    assert speaker(indirect(a, "he had upset")) == "a new book"


def test_a_day_opening_a_newspapers_title() -> None:
    """ "The Sunday Telegraph said": the newspaper's whole name (it was "Telegraph"), and
    "On Sunday Tom Hale said" stays a day."""
    a = article(
        "Title",
        "The Sunday Telegraph said the plan was dead.",
        "On Sunday Tom Hale said the plan had failed.",
    )
    assert speaker(indirect(a, "the plan was dead")) == "Sunday Telegraph"
    assert speaker(indirect(a, "the plan had failed")) == "Tom Hale"


def test_a_body_named_with_without_or_against() -> None:
    """ "Reporters Without Borders said": the body's whole name (it was the person
    "Borders"); "A spokesman for Reporters Without Borders" an unnamed spokesman."""
    a = article(
        "Title",
        "Reporters Without Borders said the jailing was wrong.",
        "A spokesman for Reporters Without Borders said it was “harsh”.",
    )
    q = indirect(a, "the jailing was wrong")
    assert speaker(q) == "Reporters Without Borders"
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.ORGANISATION
    assert speaker(quote(a, "harsh")) == "A spokesman for Reporters Without Borders"


def test_a_time_before_the_subject_without_a_comma() -> None:
    """ "Last month Dunmore's rail regulator said": the time is no part of the subject."""
    a = article("Title", "Last month Dunmore's rail regulator said it would block the merger.")
    q = indirect(a, "block the merger")
    assert q.attribution is not None
    assert q.attribution.speaker.mention is not None
    assert q.attribution.speaker.mention.text == "Dunmore's rail regulator"


def test_a_body_before_where_it_is() -> None:
    """ "The Brixo Trade Office in Dunmore said": the office speaks, not the town; "Andrew
    in Dunmore complains that" is Andrew."""
    a = article(
        "Title",
        "The Brixo Trade Office in Dunmore said it would reopen next week.",
        "Andrew in Dunmore complains that the rise is “blatant electioneering”.",
    )
    assert speaker(indirect(a, "it would reopen")) == "Brixo Trade Office"
    assert speaker(quote(a, "blatant electioneering")) == "Andrew"


def test_people_of_an_age_speak() -> None:
    """ "Voters aged 18 to 34 said", "People over 65 said": the people of that age."""
    a = article(
        "Title",
        "Voters aged 18 to 34 said they would stay home.",
        "People over 65 said they always voted.",
    )
    assert speaker(indirect(a, "they would stay home")) == "Voters aged 18 to 34"
    assert speaker(indirect(a, "they always voted")) == "People over 65"


def test_a_spokesman_for_a_body_named_with_a_possessive() -> None:
    """ "A spokesman for the Data Commissioner's Office said": an unnamed spokesman, no
    body, whom a later "he said" stands for."""
    a = article(
        "Title",
        "A Brixo Party spokesman said the party kept to the rules. “That is not selling,” he said.",
        "A spokesman for the Data Commissioner's Office said it would count as selling. “If "
        "a club did that it would count,” he said.",
    )
    q = indirect(a, "it would count as selling")
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.ANONYMOUS
    assert speaker(quote(a, "If a club did that")) == speaker(q)


def test_a_plural_of_people_after_a_name_in_the_subject() -> None:
    """ "many Brixo councillors ... have said": the councillors, not "many Brixo"."""
    a = article(
        "Title",
        "But many Brixo councillors are angry about the budget and have said they want Tom "
        "Hale to step in.",
    )
    assert speaker(indirect(a, "they want Tom Hale")) == "many Brixo councillors"


def test_a_leaflet_and_a_coal_company_speak() -> None:
    """ "..., said the leaflet.": a document speaks; "UK Coal" is a company, which "The
    mining group" and "The company" stand for."""
    a = article(
        "Title",
        "The plan will fail, said the leaflet.",
        "UK Coal said it would close the pit. The mining group said 300 jobs would go.",
    )
    assert speaker(indirect(a, "The plan will fail")) == "the leaflet"
    assert speaker(indirect(a, "300 jobs would go")) == "UK Coal"


def test_new_guidelines_and_rules_speak() -> None:
    """ "..., new guidelines say.", "..., new rules say.": documents with a modifier."""
    a = article(
        "Title",
        "Fines for litter will double, new guidelines say.",
        "Owners may keep dogs if they are “kept on a lead”, new rules say.",
    )
    assert speaker(indirect(a, "Fines for litter")) == "new guidelines"
    assert speaker(quote(a, "kept on a lead")) == "new rules"


def test_the_media_speak_and_media_reports_are_nouns() -> None:
    """ "The media reported that", "Russian media said": the press speaks; "dismissed media
    reports linking him" and "the media reports were not “well informed”" hold nouns; "The
    Associated Press reports that" still reports."""
    a = article(
        "Title",
        "Russian media said the deal was signed.",
        "Tom Hale dismissed media reports linking him to the job.",
        "The minister said the media reports were not “well informed”.",
        "The Associated Press reports that the talks failed.",
    )
    assert speaker(indirect(a, "the deal was signed")) == "Russian media"
    assert mention(quote(a, "well informed")) == "The minister"
    assert speaker(indirect(a, "the talks failed")) == "Associated Press"
    assert not [q for q in a.quotations if q.kind is QuoteKind.INDIRECT and "linking" in q.text]


def test_the_city_is_its_government() -> None:
    """ "The city said", "according to the county", "“...,” the province said": the
    place's government speaks, a body; "in the city" names no speaker."""
    a = article(
        "Rail line",
        "The city said the new arena will open next year. The new rink will close in May, "
        "according to the county. “We are ready,” the province said.",
        "Tom Hale lives in the city. He said the rink was too small.",
    )
    city = indirect(a, "the new arena will open")
    assert city.attribution is not None
    assert city.attribution.speaker.kind is SpeakerKind.ORGANISATION
    assert speaker(city) == "The city"
    assert speaker(indirect(a, "The new rink will close")) == "the county"
    assert quote(a, "We are ready").attribution is not None
    assert quote(a, "We are ready").attribution.speaker.kind is SpeakerKind.ORGANISATION
    assert speaker(indirect(a, "the rink was too small")) == "Tom Hale"


def test_people_by_what_they_do_after_a_modifier() -> None:
    """ "according to transit engineers", "various newspapers say": people named by what
    they do, after a word that modifies them; a verb before its object ("helping
    newspapers add") is no such word."""
    a = article(
        "Rail line",
        "The eastern spur is the oldest, according to transit engineers.",
        "Tautou will play the lead, various newspapers reported.",
        "The feeds help small towns, helping newspapers add pictures to their stories.",
    )
    assert speaker(indirect(a, "The eastern spur")) == "transit engineers"
    assert speaker(indirect(a, "Tautou will play")) == "various newspapers"
    assert not any(
        q.attribution is not None and q.attribution.speaker.name == "helping newspapers"
        for q in a.quotations
    )


def test_a_role_that_opens_a_sentence_is_no_part_of_the_name() -> None:
    """ "Winger Anton Mercier says ...", "Wing Anton Mercier said": the role the sentence
    capitalises is no part of the name, whether or not the given name is a known one."""
    a = article(
        "Title",
        "Winger Anton Mercier says Portugal can still win the group.",
        "“We are still in the race,” said Mercier.",
        "Wing Anton Mercier added that the team was tired.",
    )
    assert speaker(indirect(a, "Portugal can still win")) == "Anton Mercier"
    assert speaker(quote(a, "We are still in the race")) == "Anton Mercier"
    assert speaker(indirect(a, "the team was tired")) == "Anton Mercier"


def test_a_participle_phrase_with_a_list_describes_the_subject() -> None:
    """ "Lady Marsh, sitting with Lords Ashby, Penrose and Tull, said": the participle's
    phrase and its list describe Lady Marsh, who speaks; "Late last year, marketing firm
    Brixo, a leader in ads, warned" is still Brixo's."""
    a = article(
        "Title",
        "Lady Marsh, sitting with Lords Ashby, Penrose and Tull, said many tenants had good "
        "reason to complain.",
        "Late last year, marketing firm Brixo, a leader in ads, warned that its sales would fall.",
    )
    assert speaker(indirect(a, "many tenants had good reason")) == "Lady Marsh"
    assert speaker(indirect(a, "its sales would fall")) == "Brixo"


def test_a_reporting_verb_before_a_modal_is_no_part_of_the_subject() -> None:
    """ "a trend that the foundation predicts will continue “for years”": the foundation
    predicts the words, and "the foundation predicts" is no speaker of "continue";
    "Government figures have confirmed" keeps its subject."""
    a = article(
        "Title",
        "Between 30 and 40 courses close every year, a trend that the foundation predicts "
        "will continue “for the next few years.”",
        "Government figures have confirmed that the housing market slowed in late 2004.",
    )
    q = quote(a, "for the next few years")
    assert (speaker(q), cue(q)) == ("the foundation", "predicts")
    assert speaker(indirect(a, "the housing market slowed")) == "Government figures"


def test_a_councillor_written_coun_or_ald() -> None:
    """ "Coun. Brenda Locke said", "said Ald. Brenda Locke": the abbreviations of a
    Canadian councillor's and alderman's titles are titles, and end no sentence."""
    a = article(
        "Council",
        "“The numbers simply do not add up,” Coun. Brenda Locke said.",
        "“The plan is dead,” said Ald. Tom Hale.",
    )
    assert speaker(quote(a, "The numbers")) == "Brenda Locke"
    assert speaker(quote(a, "The plan is dead")) == "Tom Hale"


def test_a_first_nation_is_a_body_in_a_speaker_s_title() -> None:
    """ "Chief Wilfred King of Gull Bay First Nation said", "said Assembly of First Nations
    National Chief Perry Bellegarde": "First" opens a body's name there, and the chief
    speaks."""
    a = article(
        "Title",
        "Chief Wilfred King of Gull Bay First Nation said: “We are tired of waiting.”",
        "“This is a step in the right direction,” said Assembly of First Nations National "
        "Chief Perry Bellegarde.",
    )
    assert speaker(quote(a, "We are tired")) == "Wilfred King"
    assert speaker(quote(a, "This is a step")) == "Perry Bellegarde"


def test_a_name_with_two_particles() -> None:
    """ "Anne-Marie de la Fontaine", then "de la Fontaine said": two particles in a row
    stay in the name, which the short form later stands for."""
    a = article(
        "Title",
        "“The museum will reopen in May,” said Anne-Marie de la Fontaine, the director.",
        "“We are ready,” de la Fontaine said.",
    )
    assert speaker(quote(a, "The museum will reopen")) == "Anne-Marie de la Fontaine"
    assert speaker(quote(a, "We are ready")) == "Anne-Marie de la Fontaine"


def test_a_full_name_and_a_role_with_no_closing_comma_after_the_words() -> None:
    """ "The party is confident, Tomas Brenner, Labour's campaign director told Radio 5":
    the comma that would close the role is missing; Brenner speaks, and the words end
    before his name."""
    a = article(
        "Leader keen",
        "The party is confident, Tomas Brenner, Labour's campaign director told Radio 5.",
        "“I run the campaign and no date has been set,” he said.",
    )
    said = indirect(a, "The party is confident")
    assert said.text == "The party is confident"
    assert speaker(said) == "Tomas Brenner"
    assert speaker(quote(a, "I run the campaign")) == "Tomas Brenner"


def test_a_name_with_two_joined_particles() -> None:
    """ "Sheikh Saad al-Nasser al-Hamad was quoted as saying": both parts joined to their
    particle stay in the name, which "He" after stands for."""
    a = article(
        "Oil",
        "Sheikh Saad al-Nasser al-Hamad was quoted by a daily as saying that “no member has "
        "asked for a meeting.” He also denied that Qatar was pumping above its quota.",
    )
    assert speaker(quote(a, "no member has asked")) == "Saad al-Nasser al-Hamad"
    assert speaker(indirect(a, "Qatar was pumping")) == "Saad al-Nasser al-Hamad"


def test_and_inside_a_body_s_name_or_between_two_roles_of_one_person() -> None:
    """ "A Department for Work and Pensions spokeswoman said" is one spokeswoman, whom
    "she" stands for; "Committee member and Tory MP Nigel Waterson said" is Waterson;
    "Both the prime minister and Chancellor Tom Brown" are two people."""
    a = article(
        "Benefits",
        "A Department for Work and Pensions spokeswoman said no date was set. “No date was "
        "ever given,” she said.",
        "Committee member and Tory MP Nigel Waterson said the plan was flawed.",
        "Both the prime minister and Chancellor Tom Brown called for urgent talks.",
    )
    spokeswoman = indirect(a, "no date was set")
    assert spokeswoman.attribution is not None
    assert spokeswoman.attribution.speaker.kind is SpeakerKind.ANONYMOUS
    assert speaker(quote(a, "No date was ever")) == speaker(spokeswoman)
    assert speaker(indirect(a, "the plan was flawed")) == "Nigel Waterson"


def test_someone_with_a_prepositional_phrase() -> None:
    """ "When someone in the audience shouted, “Cruz,” Beck joked": someone unnamed, with
    where they are, shouts the word; "according to someone in attendance" is theirs."""
    a = article(
        "Title",
        "When someone in the audience shouted, “Cruz,” Tom Beck joked that he would wait.",
        "The plan was set in June, according to someone in attendance.",
    )
    shout = quote(a, "Cruz")
    assert shout.attribution is not None
    assert shout.attribution.speaker.kind is SpeakerKind.ANONYMOUS
    assert speaker(shout) == "someone in the audience"
    assert speaker(indirect(a, "The plan was set")) == "someone in attendance"


def test_a_whose_clause_describes_the_one_before_it() -> None:
    """ "Mr. Dorsey, whose newest firm, Tallbridge, sells software to farms, said": the one
    the clause is about speaks, not the firm named inside it; so does "Hogan Reed, a former
    director of the party, whose roots are in the church, said"."""
    a = article(
        "Title",
        "Mr. Dorsey, whose newest firm, Tallbridge, sells software to farms, said the governor "
        "was a natural salesman.",
        "Hogan Reed, a former director of the party, whose roots are in the church, said the "
        "base was angry.",
    )
    assert speaker(indirect(a, "the governor was")) == "Dorsey"
    assert speaker(indirect(a, "the base was angry")) == "Hogan Reed"


def test_a_relative_clause_before_the_cue_after_an_opening_clause() -> None:
    """ "Although no deal exists yet, a city official who spoke anonymously to describe the
    talks said, “...”": the subject after the opening clause speaks, not "the talks";
    "Shane Shook, a security expert who studied the report, said" stays Shook's."""
    a = article(
        "Title",
        "Although no deal exists yet, a city official who spoke anonymously to describe the "
        "talks said Friday, “There are certainly conversations.”",
        "Shane Shook, a security expert who studied the report, said the evidence was weak.",
    )
    assert speaker(quote(a, "There are certainly")) == "a city official"
    assert speaker(indirect(a, "the evidence was weak")) == "Shane Shook"


def test_elder_and_warden_are_titles_and_said_a_surname() -> None:
    """ "said Elder Rosa Beardy", "said Warden Gordon Tisdale": the titles are no part of
    the names; "Mohamed Said" after a given name is a surname, no cue."""
    a = article(
        "Title",
        "“The land remembers,” said Elder Rosa Beardy.",
        "“We are short of staff,” said Warden Gordon Tisdale.",
        "“Business is slow,” said Mohamed Said, who runs a shop on the corner.",
    )
    assert speaker(quote(a, "The land remembers")) == "Rosa Beardy"
    assert speaker(quote(a, "We are short")) == "Gordon Tisdale"
    assert speaker(quote(a, "Business is slow")) == "Mohamed Said"


def test_a_hyphenated_rank_before_a_name() -> None:
    """ "said Det.-Sgt. Graham Kesseler", "Lt.-Gov. Josephine Akiwenzie said": the rank is
    a title (the quotation was lost)."""
    a = article(
        "Crime",
        "“We found the car in a parking lot,” said Det.-Sgt. Graham Kesseler.",
        "Lt.-Gov. Josephine Akiwenzie said the house was open to all.",
    )
    assert speaker(quote(a, "We found the car")) == "Graham Kesseler"
    assert speaker(indirect(a, "the house was open")) == "Josephine Akiwenzie"


def test_the_subject_after_an_opening_phrase_before_its_relative_clause_speaks() -> None:
    """ "Outside court, a friend of the victim who asked not to be named because she fears
    for her safety said ...": the friend, not "her safety"; "On the other side, Sen. Ted
    Cruz, a candidate who ..., tweeted" stays Cruz."""
    a = article(
        "Title",
        "Outside court, a friend of the victim who asked not to be named because she fears "
        "for her safety said the decision was a relief.",
        "On the other side, Sen. Ted Cruz, a candidate for president who has made liberty "
        "his theme, said the vote was a disgrace.",
    )
    assert speaker(indirect(a, "was a relief")) == "a friend of the victim"
    assert speaker(indirect(a, "was a disgrace")) == "Ted Cruz"


def test_a_riding_joined_by_an_en_dash_is_no_person() -> None:
    """ "The Liberal MP for Mississauga–Erin Mills has said ...": the MP named before, not
    a person named Erin Mills; "Beaches–East York MP Nate Erskine-Smith" keeps his whole
    riding out of his name."""
    a = article(
        "Title",
        "Nadia Ferreira-Haddad is not running for anything.",
        "The Liberal MP for Mississauga–Erin Mills has said she supports the prime minister.",
        "“I am a team player,” she told CBC on Tuesday.",
        "Beaches–East York MP Nate Erskine-Smith said the plan works.",
    )
    assert speaker(indirect(a, "she supports")) == "Nadia Ferreira-Haddad"
    assert speaker(quote(a, "I am a team player")) == "Nadia Ferreira-Haddad"
    assert speaker(indirect(a, "the plan works")) == "Nate Erskine-Smith"
    assert mention(indirect(a, "the plan works")) == "Beaches–East York MP Nate Erskine-Smith"
    # an em dash joins a riding's names too: "Scarborough—Rouge Heights"
    b = article(
        "Conservatives flip Scarborough—Rouge Heights in byelection upset",
        "Kim-Lan Tran walked into the banquet hall just after 11 p.m. Monday.",
        "The 41-year-old pharmacist captured the riding of Scarborough—Rouge Heights for "
        "the Conservatives.",
        "Tran said the result was about affordability, not about party labels.",
        "“People here are not ideological,” she said.",
    )
    assert speaker(quote(b, "People here")) == "Kim-Lan Tran"


def test_a_relative_clause_that_gives_a_name_names_the_speaker() -> None:
    """ "said a neighbour, who gave only her first name, Claudette": Claudette, with the
    role as her description; "said a woman, who lives nearby" names no one."""
    a = article(
        "Fiddler remembered",
        "“He played at my wedding,” said a neighbour, who gave only her first name, Claudette.",
        "“He was loud,” said a woman, who lives nearby.",
    )
    assert speaker(quote(a, "He played at my wedding")) == "Claudette"
    assert speaker(quote(a, "He was loud")) == "a woman"


def test_a_role_from_a_place_named_with_a_body_is_a_person() -> None:
    """ "the 27-year-old singer-songwriter from Thunderchild First Nation in Saskatchewan
    said": the singer (Tia Wapass, whom the story is about), not the First Nation, nor
    Saskatchewan for the next part."""
    a = article(
        "Singer's new album",
        "Tia Wapass did not set out to make a record about her grandmother.",
        "“I had nine songs about a boy,” the 27-year-old singer-songwriter from Thunderchild "
        "First Nation in Saskatchewan said, sitting in a coffee shop. “Then my kokum got sick.”",
    )
    assert speaker(quote(a, "I had nine songs")) == "Tia Wapass"
    assert speaker(quote(a, "Then my kokum")) == "Tia Wapass"


def test_the_statement_two_paragraphs_after_its_owner_gave_it() -> None:
    """ "In an emailed statement, vice-president Mark Castellano said ... ¶ Castellano
    added ... ¶ “...,” the statement said": Castellano's statement."""
    a = article(
        "Warehouse strike",
        "In an emailed statement, vice-president Mark Castellano said the offer was fair.",
        "Castellano added that the new shift system was needed.",
        "“We value our employees and we want them back to work,” the statement said.",
    )
    assert speaker(quote(a, "We value our employees")) == "Mark Castellano"


def test_a_body_named_by_a_word_of_its_name_and_a_noun() -> None:
    """ "The health unit said" after "Region of Waterloo Public Health said" is that body;
    "The local union said" names no body whose name holds "local"."""
    a = article(
        "Measles clinic opens",
        "Region of Waterloo Public Health said the clinic was open Thursday.",
        "The health unit said more cases were likely.",
        "The local union said the talks had failed.",
    )
    assert speaker(indirect(a, "more cases were likely")) == "Region of Waterloo Public Health"
    assert speaker(indirect(a, "the talks had failed")) == "The local union"


def test_a_company_whose_name_opens_with_a_given_name() -> None:
    """ "Aurora Air cancelled 600 flights. In an email, the airline said ..." is Aurora
    Air's: a given name before a company's word ("Air") names a company."""
    a = article(
        "Strike grounds flights",
        "Aurora Air cancelled more than 600 flights on Saturday as flight attendants went on "
        "strike. In an email to customers, the airline said travellers would be offered a "
        "full refund.",
    )
    assert speaker(indirect(a, "travellers would be offered")) == "Aurora Air"


def test_a_citys_police_a_festival_and_a_commander_speak() -> None:
    """ "Montreal police say they arrested 11 people" is the police force's (a group), "The
    festival said" the Festival Acadien's, and "the commander said" after "Cmdr. Ann Roy"
    hers."""
    a = article(
        "Raids",
        "Montreal police say they arrested 11 people on Tuesday.",
        "Cmdr. Ann Roy led the raids. “We moved fast,” the commander said.",
        "The Festival Acadien opened on Friday. The festival said attendance was up.",
    )
    assert speaker(indirect(a, "they arrested 11 people")) == "Montreal police"
    assert speaker(quote(a, "We moved fast")) == "Ann Roy"
    assert speaker(indirect(a, "attendance was up")) == "Festival Acadien"


def test_a_body_in_a_place_is_no_person_of_the_places_name() -> None:
    """ "A group in southern France says ..." is the group, not a person called France;
    as "A nurse at a clinic in southern Alberta" is someone unnamed."""
    a = article(
        "Title",
        "A group in southern France says it will “use every tool available” to stop it.",
        "A nurse at a clinic in southern Alberta says the wait is “simply too long.”",
    )
    group = quote(a, "use every tool")
    assert group.attribution is not None
    assert group.attribution.speaker.kind is SpeakerKind.ORGANISATION
    assert speaker(group) == "A group in southern France"
    nurse = quote(a, "simply too long")
    assert nurse.attribution is not None
    assert nurse.attribution.speaker.kind is SpeakerKind.ANONYMOUS


def test_mounties_speak_as_a_group() -> None:
    """ "Mounties say they are scaling back the search" reports what the officers of the
    RCMP say, as "Police say" does."""
    a = article("Title", "Mounties say they are scaling back the search for a missing hiker.")
    q = indirect(a, "scaling back the search")
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.GROUP
    assert speaker(q) == "Mounties"


def test_public_servants_and_an_industry_speak() -> None:
    """ "More than 200,000 public servants say ..." is a group's report, and "money that
    the industry says should be returned" and "The lumber industry said ..." a body's."""
    a = article(
        "Title",
        "More than 200,000 public servants say they will strike next month.",
        "Ottawa holds $5 billion in duties, money that the industry says should be "
        "returned if Canada wins.",
        "The lumber industry said it would appeal the ruling.",
    )
    servants = indirect(a, "they will strike")
    assert servants.attribution is not None
    assert servants.attribution.speaker.kind is SpeakerKind.GROUP
    for words in ("should be returned", "it would appeal"):
        q = indirect(a, words)
        assert q.attribution is not None
        assert q.attribution.speaker.kind is SpeakerKind.ORGANISATION, words


def test_a_time_between_a_speakers_noun_and_the_cue() -> None:
    """ "The union late Friday said ...", "Police on Monday said ..." report the union's and
    the police's words; the last of a list before the time is no speaker alone ("A group
    of artists, writers and scientists this week said" is the group)."""
    a = article(
        "Title",
        "The union late Friday said a majority of the workers voted to join the union.",
        "Police on Monday said the driver was speeding through the intersection.",
        "A group of 67 artists, writers, actors and scientists this week said the plan was "
        "hateful.",
    )
    assert speaker(indirect(a, "a majority of the workers")) == "The union"
    assert speaker(indirect(a, "driver was speeding")) == "Police"
    assert not [q for q in a.quotations if q.attribution and "actors and" in speaker(q)]


def test_a_consortium_speaks_as_a_body() -> None:
    """ "The board’s transportation consortium said the routes will take 55 minutes"
    reports a body's words."""
    a = article(
        "Title",
        "The board’s transportation consortium said the routes will take about 55 minutes.",
    )
    q = indirect(a, "routes will take")
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.ORGANISATION


def test_a_guard_or_a_goaltender_before_a_name_is_a_title() -> None:
    """ "Guard Aaliyah Grant said" is Grant, a person (not a body called "Guard", as the
    Coast Guard is one); so is "Goaltender Carey Price"."""
    a = article(
        "Title",
        "Guard Aaliyah Grant said the crowd carried the team through the night.",
        "The Coast Guard said the search was called off on Tuesday.",
    )
    grant = indirect(a, "crowd carried")
    assert speaker(grant) == "Aaliyah Grant"
    assert grant.attribution is not None
    assert grant.attribution.speaker.kind is SpeakerKind.PERSON
    guard = indirect(a, "search was called off")
    assert guard.attribution is not None
    assert guard.attribution.speaker.kind is SpeakerKind.ORGANISATION


def test_a_body_s_name_runs_on_over_for_after_its_marker() -> None:
    """ "The Court of Appeal for Ontario said ... “...”" and "The court said" after it are
    the court's whole name, whose marker ("Court") stands a few words before "for"."""
    a = article(
        "Retrial",
        "The Court of Appeal for Ontario said the instructions “may well have misled” jurors.",
        "The Institute for Supply Management said the growth was strong.",
        "The court said a new trial would be held.",
    )
    assert speaker(quote(a, "may well have misled")) == "Court of Appeal for Ontario"
    assert speaker(indirect(a, "the growth was strong")) == "Institute for Supply Management"
    assert speaker(indirect(a, "a new trial would be held")) == "Court of Appeal for Ontario"


def test_a_plural_role_before_a_place_names_a_body() -> None:
    """ "Doctors Nova Scotia said" is the body of that name, not a person "Nova Scotia"
    (as "Doctors Manitoba" was already); "Organizer Dwayne Croteau" is Croteau."""
    a = article(
        "Title",
        "Doctors Nova Scotia said in a statement that the report was accurate.",
        "Organizer Dwayne Croteau said the march would go ahead.",
    )
    assert speaker(indirect(a, "the report was accurate")) == "Doctors Nova Scotia"
    assert speaker(indirect(a, "the march would")) == "Dwayne Croteau"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("his quiet determination", None),
        ("their savings", None),
        ("his proposed expansion of child tax", None),
        ("her bandmate", SpeakerKind.PERSON),
        ("its minister for economic affairs", SpeakerKind.PERSON),
        ("its backers", SpeakerKind.GROUP),
        ("their daughters", SpeakerKind.GROUP),
        ("his Arsenal team-mate Robert Pires", SpeakerKind.PERSON),
        ("his biography", SpeakerKind.DOCUMENT),
    ],
)
def test_a_possessive_phrase_speaks_only_when_its_head_names_someone(
    phrase: str, kind: SpeakerKind | None
) -> None:
    """ "his bandmate" is someone and "its backers" are people; "his quiet determination"
    and "their savings" are no one, and "his proposed expansion of child tax" is headed by
    its noun before "of"."""
    t = tokens_of(phrase)
    found = classify(t, 0, len(t.text))
    assert (found.kind if found is not None else None) is kind


def test_an_abstract_noun_after_his_is_no_speaker() -> None:
    """ "whether his proposed expansion of child tax credits would risk “...”": no one
    speaks in the expansion, so no speaker is made of it."""
    a = article(
        "Title",
        "Ana Ruiz was asked whether his proposed expansion of child tax credits would risk "
        "“adding another expensive entitlement program.”",
    )
    found = quote(a, "adding another")
    assert found.attribution is None or not speaker(found).lower().startswith("his")


def test_a_role_in_a_city_of_government_before_a_name_is_a_title() -> None:
    """ "City of Ottawa spokesperson Ruth Vale" is Ruth Vale, titled; "a City of Toronto
    spokesperson" is someone unnamed; "the City of Toronto" and "City of Toronto
    officials" stay the city's government."""
    a = article(
        "Title",
        "“We are doing our best,” said City of Ottawa spokesperson Ruth Vale.",
        "“The plows are out,” Town of Cobourg councillor Adam Bush said.",
        "“We will appeal,” a City of Toronto spokesperson said.",
        "“We will not,” the City of Toronto said.",
        "“We are ready,” City of Toronto officials said.",
    )
    assert speaker_kind(quote(a, "We are doing")) == ("Ruth Vale", SpeakerKind.PERSON)
    assert speaker_kind(quote(a, "The plows")) == ("Adam Bush", SpeakerKind.PERSON)
    assert speaker_kind(quote(a, "We will appeal"))[1] is SpeakerKind.ANONYMOUS
    assert speaker_kind(quote(a, "We will not")) == ("City of Toronto", SpeakerKind.ORGANISATION)
    assert speaker_kind(quote(a, "We are ready"))[1] is SpeakerKind.ORGANISATION


def test_a_capitalised_role_opening_a_sentence_titles_the_name_after_it() -> None:
    """ "“...,” Rookie Teodor Kovac said": "Rookie" opens the sentence, a role before a
    given name, so the rookie speaks; "Rival Hillary Clinton’s campaign" is no person."""
    a = article(
        "Title",
        "“We played hard,” Rookie Teodor Kovac said.",
        "Veteran Ann Reid said the team “played hard.”",
        "“We raised more,” Rival Hillary Clinton’s campaign said.",
    )
    assert speaker_kind(quote(a, "We played")) == ("Teodor Kovac", SpeakerKind.PERSON)
    assert mention(quote(a, "We played")) == "Rookie Teodor Kovac"
    assert speaker(quote(a, "played hard.")) == "Ann Reid"
    raised = quote(a, "We raised").attribution
    assert raised is None or raised.speaker.kind is not SpeakerKind.PERSON


def test_a_union_local_s_number_ends_its_name() -> None:
    """ "UFCW Local 832", "the Canadian Union of Municipal Employees Local 2210": a union's
    unit is named with its number, as a speaker and as the body "the union" stands for."""
    a = article(
        "Title",
        "“We are ready,” said UFCW Local 832.",
        "“We are not,” Brixo Workers Local 12 said.",
        "The drivers, represented by the Canadian Union of Municipal Employees Local 2210, "
        "include sanitation crews.",
        "The union said the city had “walked away from the table.”",
    )
    assert speaker_kind(quote(a, "We are ready")) == ("UFCW Local 832", SpeakerKind.ORGANISATION)
    assert speaker(quote(a, "We are not")) == "Brixo Workers Local 12"
    assert speaker(quote(a, "walked away")) == "Canadian Union of Municipal Employees Local 2210"


def test_a_participle_with_its_object_describes_the_head_that_speaks() -> None:
    """ "The lawyer representing the family said": the lawyer speaks, not the family;
    "researchers studying the virus say" are the researchers. A participle before the
    head is an adjective ("a leading expert") or part of a role ("managing director",
    "leading rusher Ian Moss", "running back Darnell Clarke")."""
    a = article(
        "Title",
        "The lawyer representing the family said they were “devastated.”",
        "Researchers studying the virus say it is “spreading fast.”",
        "The union representing the school’s teachers said it was “disappointed.”",
        "A leading expert on the economy said the plan “smacks of desperation.”",
        "Brixo's managing director Tom Hale said the firm was “unique.”",
        "Bombers running back Darnell Clarke said the field was “the same for both.”",
        "Bombers leading rusher Ian Moss said it was “a tough night.”",
    )
    assert speaker_kind(quote(a, "devastated")) == ("The lawyer", SpeakerKind.PERSON)
    assert mention(quote(a, "devastated")) == "The lawyer"
    assert speaker_kind(quote(a, "spreading")) == ("Researchers", SpeakerKind.GROUP)
    assert speaker(quote(a, "disappointed")) == "The union"
    assert speaker(quote(a, "smacks")) == "A leading expert on the economy"
    assert speaker(quote(a, "unique")) == "Tom Hale"
    assert speaker(quote(a, "the same for")) == "Darnell Clarke"
    assert speaker(quote(a, "a tough night")) == "Ian Moss"


def test_local_governments_are_named_as_written_in_full() -> None:
    """ "the region" is the Regional Municipality of Tenby named before; a saint's
    possessive is part of a name ("the City of St. John’s", "St. Michael’s Hospital");
    "the federal Department of Justice" is the Department of Justice."""
    a = article(
        "Title",
        "The Regional Municipality of Tenby approved the plan on Monday.",
        "The region says the delay does not pose “a risk to drinking water.”",
        "“We are ready,” said the City of St. John’s in a statement.",
        "“It was a long night,” St. Michael’s Hospital said.",
        "“We will appeal,” the federal Department of Justice said.",
    )
    assert speaker(quote(a, "a risk to")) == "Regional Municipality of Tenby"
    assert speaker_kind(quote(a, "We are ready")) == (
        "City of St. John’s",
        SpeakerKind.ORGANISATION,
    )
    assert speaker(quote(a, "It was a long")) == "St. Michael’s Hospital"
    assert speaker(quote(a, "We will appeal")) == "Department of Justice"
    assert mention(quote(a, "We will appeal")) == "the federal Department of Justice"


def test_a_union_local_named_in_a_description_is_the_union() -> None:
    """A union's unit named only in a person's description ("president of Brixo Transit
    Workers Local 1822") is a body, and "the union" stands for it."""
    a = article(
        "Title",
        "“Those numbers do not tell you who rides,” said Declan Mbeki, president of Brixo "
        "Transit Workers Local 1822.",
        "In a news release, the union said the commission had “chosen the easy cut.”",
    )
    assert speaker(quote(a, "Those numbers")) == "Declan Mbeki"
    assert speaker_kind(quote(a, "chosen the easy")) == (
        "Brixo Transit Workers Local 1822",
        SpeakerKind.ORGANISATION,
    )


def test_a_noun_for_a_person_capitalised_inside_a_sentence_is_a_surname() -> None:
    """ "“...,” says Doctor" after "Ken Doctor": a noun for a person or a title,
    capitalised inside its sentence with no name after it, is a surname."""
    a = article(
        "Title",
        "Ken Doctor, a media analyst, has studied the deal for months.",
        "“It will not save the papers,” says Doctor.",
        "“The numbers do not add up,” Doctor said.",
        "Doctors say the wait is “too long.”",
    )
    assert speaker(quote(a, "It will not")) == "Ken Doctor"
    assert speaker(quote(a, "The numbers")) == "Ken Doctor"
    assert speaker_kind(quote(a, "too long")) == ("Doctors", SpeakerKind.GROUP)


def test_a_plural_possessive_before_a_noun_runs_on_in_an_inverted_speaker() -> None:
    """ "said the chair of the premiers’ council, Ann Reid": the plural possessive is
    inside the description, and the name after it speaks."""
    a = article(
        "Title",
        "“We want a deal,” said the chair of the premiers’ council, Ann Reid.",
        "“We want it now,” said the workers’ union.",
    )
    assert speaker(quote(a, "We want a deal")) == "Ann Reid"
    assert speaker_kind(quote(a, "We want it now")) == (
        "the workers’ union",
        SpeakerKind.ORGANISATION,
    )


def test_a_participle_after_an_inverted_speaker_describes_them() -> None:
    """ "“...,” said a mother waiting at the counter with her son, who ...": the mother
    speaks, described by the participle's words to the end of the sentence."""
    a = article(
        "Title",
        "“He is eight,” said a mother waiting at the counter with her son, who had just been "
        "handed a bag of tablets.",
        "“It is cold,” said a man standing outside the shelter.",
    )
    found = quote(a, "He is eight").attribution
    assert found is not None
    assert (found.speaker.name, found.speaker.kind) == ("a mother", SpeakerKind.ANONYMOUS)
    assert found.speaker.description is not None
    assert found.speaker.description.startswith("waiting at the counter")
    assert speaker(quote(a, "It is cold")) == "a man"


def test_a_role_in_lower_case_makes_a_person_of_an_unknown_name_before_of() -> None:
    """ "said planetary geologist Rosaly Lopes of NASA’s Jet Propulsion Laboratory": the
    role before the name makes a person of a given name the table does not know, and the
    possessive after "of" is the laboratory's."""
    a = article(
        "Title",
        "“Organics are very important,” said planetary geologist Rosaly Lopes of NASA’s Jet "
        "Propulsion Laboratory in California.",
    )
    assert speaker_kind(quote(a, "Organics")) == ("Rosaly Lopes", SpeakerKind.PERSON)


def test_an_office_whose_words_hold_of_and_and_titles_the_name_after_it() -> None:
    """ "Conflict of Interest and Ethics Commissioner Mario Dion" is Mario Dion, titled:
    the office's words hold "of" and "and", no list of two and no "X of Y" person."""
    a = article(
        "Title",
        "“The rules are clear,” said Conflict of Interest and Ethics Commissioner Mario Dion.",
        "Republic of Ireland manager Brian Kerr admitted he was “frustrated.”",
        "“It was fair,” said Ann Reid of the Fraser Institute.",
    )
    assert speaker_kind(quote(a, "The rules")) == ("Mario Dion", SpeakerKind.PERSON)
    assert speaker(quote(a, "frustrated")) == "Brian Kerr"
    assert speaker(quote(a, "It was fair")) == "Ann Reid"


def test_a_head_noun_before_one_of_a_group_is_the_speaker() -> None:
    """ "The head of one of Canada’s largest grocery chains told shareholders": the head
    speaks, not the chains; "a spokesman for one of the roasters" is the spokesman."""
    a = article(
        "Prices",
        "The head of one of Canada’s largest grocery chains told shareholders that prices "
        "had stabilized.",
        "A spokesman for one of the major roasters said the fall was a reaction to the talks.",
        "One of the nurses said the ward was full.",
    )
    assert speaker_kind(indirect(a, "prices had stabilized")) == (
        "The head of one of Canada’s largest grocery chains",
        SpeakerKind.PERSON,
    )
    assert speaker(indirect(a, "the fall was")) == "A spokesman for one of the major roasters"
    assert speaker(indirect(a, "the ward was full")) == "One of the nurses"


def test_a_province_that_ends_a_sentence_is_no_part_of_the_next_name() -> None:
    """ "The rink is in Regina, Sask. Kaitlyn MacNeil said ...": the abbreviation ends
    the place (and the sentence); the speaker is Kaitlyn MacNeil."""
    a = article(
        "Curling",
        "The final was played in Regina, Sask. Kaitlyn MacNeil said the team would launch "
        "a fundraiser.",
    )
    assert speaker(indirect(a, "the team would launch")) == "Kaitlyn MacNeil"


def test_a_day_s_document_and_a_meeting_s_minutes_speak() -> None:
    """ "Friday’s lawsuit says ...", "The minutes of the meeting said ...": documents that
    report, not a day and a span of time ("Minutes later, officials said" stays a time)."""
    a = article(
        "Bid",
        "Friday’s lawsuit says the board ignored a higher offer from a rival bidder.",
        "The minutes of the meeting said the board had approved the plan in March.",
        "Minutes later, officials said the fire was under control.",
    )
    assert speaker_kind(indirect(a, "the board ignored")) == (
        "Friday’s lawsuit",
        SpeakerKind.DOCUMENT,
    )
    assert speaker_kind(indirect(a, "had approved the plan"))[1] is SpeakerKind.DOCUMENT
    assert speaker(indirect(a, "the fire was under control")) == "officials"


def test_a_company_named_after_a_role_a_company_holds_speaks() -> None:
    """ "according to her publisher, Tamarack House": the company the appositive names
    (as "according to her lawyer, Ann Dale" is Ann Dale)."""
    a = article(
        "Books",
        "The series sold four million copies, according to her publisher, Tamarack House.",
        "“The series sold well,” said her distributor, Northway Books.",
    )
    assert speaker_kind(indirect(a, "The series sold four million")) == (
        "Tamarack House",
        SpeakerKind.ORGANISATION,
    )
    assert speaker(quote(a, "The series sold well")) == "Northway Books"


def test_a_company_named_after_one_of_several_companies_is_the_speaker() -> None:
    """ "One of the affected manufacturers, Brightway Foods, said": the company named, not
    an unnamed one of the manufacturers; a person after "one of" is read as before."""
    a = article(
        "Recall",
        "One of the affected manufacturers, Brightway Foods, said it had pulled 40 products.",
        "One of its suppliers, Northgate Textiles, said it had stopped shipping.",
        "One of the protesters, Ann Dale, said the road was closed.",
        "Another of its suppliers, Norva, said it would wait.",
    )
    assert speaker_kind(indirect(a, "it had pulled")) == (
        "Brightway Foods",
        SpeakerKind.ORGANISATION,
    )
    assert speaker_kind(indirect(a, "it had stopped")) == (
        "Northgate Textiles",
        SpeakerKind.ORGANISATION,
    )
    assert speaker(indirect(a, "the road was closed")) == "Ann Dale"
    assert speaker_kind(indirect(a, "it would wait")) == ("Norva", SpeakerKind.ORGANISATION)


def test_a_name_before_s_and_a_verb_of_speech_is_a_company_no_list_knows() -> None:
    """ "Christie’s said ...", "Hallam's says ...": a possessive owns no verb, so the name
    and its "'s" are a company's, listed or not; "He's said" is a contraction, and
    "Trump's said" after Donald Trump is he."""
    a = article(
        "Sale",
        "Christie’s said the work had been bought by a private collector.",
        "Hallam's says its stores will close early. “We are delighted,” Christie's said.",
        "Donald Trump spoke on Monday. Trump's said he would build a wall.",
    )
    assert speaker_kind(indirect(a, "the work had been")) == (
        "Christie’s",
        SpeakerKind.ORGANISATION,
    )
    assert speaker_kind(indirect(a, "its stores will")) == ("Hallam's", SpeakerKind.ORGANISATION)
    assert speaker_kind(quote(a, "We are delighted")) == ("Christie's", SpeakerKind.ORGANISATION)
    assert speaker_kind(indirect(a, "he would build")) == ("Donald Trump", SpeakerKind.PERSON)


def test_a_given_name_described_by_a_role_of_bodies_or_people_is_a_person() -> None:
    """ "Sandeep Gill, a crane operator at the port,": a person, whom "he" after is (an
    operator may be a company, but the name table knows "Sandeep"); "Tidewater Homes, a
    developer," is still a company."""
    a = article(
        "Strike",
        "Graham Teed, the union president, spoke first. Sandeep Gill, a crane operator at"
        " the port, walked the line. “We want a fair deal,” he said.",
        "Tidewater Homes, a developer, said it would wait. “We are patient,” it said.",
    )
    assert speaker_kind(quote(a, "We want a fair")) == ("Sandeep Gill", SpeakerKind.PERSON)
    assert speaker_kind(quote(a, "We are patient")) == (
        "Tidewater Homes",
        SpeakerKind.ORGANISATION,
    )


def test_a_division_is_a_body() -> None:
    """ "The Columbus Division of Police said": the division, a body, not a person called
    "Columbus Division"."""
    a = article("Leave", "The Columbus Division of Police said the officer was on leave.")
    assert speaker_kind(indirect(a, "the officer was on leave")) == (
        "Columbus Division of Police",
        SpeakerKind.ORGANISATION,
    )


def test_a_verb_after_a_plural_possessive_is_a_noun() -> None:
    """ "Seniors' advocate Gloria Mbeki said": "advocate" after a plural's apostrophe is
    a noun, so the speaker is Gloria Mbeki, not "Seniors'" advocating; "The parents'
    claim that the school lied was rejected" reports nothing of the parents'."""
    a = article(
        "Scams",
        "Seniors' advocate Gloria Mbeki, who runs a help line, said shame keeps many"
        " victims quiet.",
        "The parents' claim that the school lied was rejected.",
    )
    assert speaker(indirect(a, "shame keeps many")) == "Gloria Mbeki"
    assert all("school lied" not in q.text for q in a.quotations)


def test_an_application_or_a_submission_is_a_document() -> None:
    """ "according to the company's application": the company's words, as "the company's
    website" are; "The legal submission described Ann Dale as “...”" is the
    submission's, not hers."""
    a = article(
        "Pipeline",
        "Westgate Energy Ltd. filed the plan. The route avoids 40 wetlands, according to"
        " the company's application.",
        "The legal submission described Ann Dale as “one of the best in her field”.",
    )
    assert speaker(indirect(a, "The route avoids")) == "Westgate Energy Ltd."
    assert speaker_kind(quote(a, "one of the best")) == (
        "The legal submission",
        SpeakerKind.DOCUMENT,
    )


def test_someone_hired_by_a_body_speaks_not_the_body() -> None:
    """ "An economist hired by the company told the panel": the economist, not the
    company that hired them; "A lawyer retained by the family said" is the lawyer."""
    a = article(
        "Hearing",
        "Westgate Energy Ltd. filed the plan. An economist hired by the company told the"
        " panel the project would add 900 jobs.",
        "A lawyer retained by the Dale family said the police had lied.",
    )
    assert speaker(indirect(a, "the project would add")) == "An economist"
    assert speaker(indirect(a, "the police had lied")) == "A lawyer"


def test_a_name_after_two_roles_in_apposition_speaks() -> None:
    """ "said the summit's president, Portugal's environment minister, João Mendes, at the
    closing": the one named after both roles, not "the summit's president"."""
    a = article(
        "Summit",
        "“We have a deal,” said the summit’s president, Portugal’s environment minister,"
        " João Carvalho Mendes, at the closing press conference.",
    )
    assert speaker(quote(a, "We have a deal")) == "João Carvalho Mendes"


def test_a_name_inside_a_who_clause_is_not_the_speaker() -> None:
    """ "Halvorsen, who farms 4,500 acres with his daughter, Kayla, said": Doug Halvorsen,
    whom the clause describes, not the daughter it names; but "Another worker, who gave
    only her first name, Krista, said" names the worker herself."""
    a = article(
        "Drought",
        "Doug Halvorsen farms near Swift Current. Halvorsen, who farms 4,500 acres with his"
        " daughter, Kayla, said it was the third dry year.",
        "Another worker, who gave only her first name, Krista, said strike pay was too low.",
    )
    assert speaker(indirect(a, "it was the third dry year")) == "Doug Halvorsen"
    assert speaker(indirect(a, "strike pay was too low")) == "Krista"
