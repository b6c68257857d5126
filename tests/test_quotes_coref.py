"""Tests of newsmodel.quotes.coref: pronouns, short forms and roles resolved to names."""

from __future__ import annotations

import newsmodel
from newsmodel import QuoteKind, SpeakerKind
from tests.quotes_support import article, indirect, mention, quote, speaker, speaker_kind


def test_short_form_resolves_to_the_full_name() -> None:
    """ "Muroki" after "Kenyan President Daniel Muroki" is Daniel Muroki, with his title."""
    a = article(
        "Kenyan President Daniel Muroki met traders in Mombasa on Friday.",
        "“We are partners, not rivals,” Muroki said.",
    )
    q = quote(a, "We are partners")
    assert (speaker(q), mention(q)) == ("Daniel Muroki", "Muroki")
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


def test_role_noun_resolves_through_a_role_before_the_name() -> None:
    """ "the winger" is the player introduced as "winger Tiago Reis"."""
    a = article(
        "Harbour City have signed winger Tiago Reis from a Portuguese side.",
        "Reis scored 19 goals last season.",
        "Asked about the fee, the winger said: “I want to win trophies here.”",
    )
    q = quote(a, "I want to win")
    assert (speaker(q), mention(q)) == ("Tiago Reis", "the winger")


def test_role_noun_resolves_through_an_appositive() -> None:
    """ "the director" is the man named with ", the firm's director," earlier."""
    a = article(
        "The firm’s owner, Joao Mendes, bought the site in 2019.",
        "Peter Kamau, the firm’s director, joined him on the board.",
        "“We will rebuild,” the director said.",
    )
    assert speaker(quote(a, "We will rebuild")) == "Peter Kamau"


def test_role_synonyms_resolve_judge_to_justice() -> None:
    """ "the judge" is "Supreme Court Justice Margaret Osei"."""
    a = article(
        "Supreme Court Justice Margaret Osei delivered the verdict on Friday.",
        "“The Crown has not proven intent,” the judge wrote.",
    )
    assert speaker(quote(a, "The Crown")) == "Margaret Osei"


def test_role_noun_goes_to_the_most_named_person_of_that_role() -> None:
    """ "the minister" is the story's minister, not the last minister named in passing."""
    a = article(
        "Health Minister Harpreet Singh announced the program on Thursday.",
        "“Nobody should have to choose,” Singh said. Singh said the money would flow soon.",
        "Alberta Health Minister Colin Tremblay said the province would opt out.",
        "The minister, for his part, said the door remains open. “We will keep the light on,” Singh said.",
    )
    assert speaker(quote(a, "We will keep")) == "Harpreet Singh"
    door = next(q for q in a.quotations if "door remains open" in q.text)
    assert speaker(door) == "Harpreet Singh"


def test_company_roles_resolve_to_the_company() -> None:
    """ "the utility" and "the company" stand for the company quoted before them."""
    a = article(
        "Gulf Coast Power said it had brought in 3,000 line workers from 11 states.",
        "The storm knocked out power to 200,000 homes, officials said.",
        "“Some areas may take longer,” the utility said in a statement.",
        "Electronics maker Kurogane Denki said it would recall 1.2 million power banks.",
        "The state consumer agency urged owners to check their devices.",
        "The company said the recall would cost about 9 billion yen.",
    )
    q = quote(a, "Some areas")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Gulf Coast Power", SpeakerKind.ORGANISATION)
    cost = next(q for q in a.quotations if "9 billion yen" in q.text)
    assert speaker(cost) == "Kurogane Denki"


def test_she_resolves_to_an_anonymous_source() -> None:
    """ "she" after "A former official, who ... because she ..., told" is that official."""
    a = article(
        "A former official, who asked not to be named because she still works in government, "
        "told reporters that staff treated the arrangement as routine.",
        "“Everyone knew which company was going to win,” she said.",
    )
    q = quote(a, "Everyone knew")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("A former official", SpeakerKind.ANONYMOUS)


def test_she_prefers_a_woman_to_a_possessive_name_of_unknown_gender() -> None:
    """ "Fraser's mother, Denise Fraser, wept. “...,” she said" is Denise Fraser."""
    a = article(
        "Brandt was accused of stabbing Darnell Fraser three times in a parking lot.",
        "Fraser’s mother, Denise Fraser, wept as the verdict was read.",
        "“My son is gone,” she said outside the courthouse.",
    )
    assert speaker(quote(a, "My son")) == "Denise Fraser"


def test_a_surname_shared_by_two_people_goes_to_the_one_quoted_last() -> None:
    """ "Singh said" after "the minister" (Harpreet Singh) is him, not Dr. Amrita Singh."""
    a = article(
        "Health Minister Harpreet Singh signed the deal on Thursday.",
        "Dr. Amrita Singh, a family physician, said she sees patients who ration insulin.",
        "The minister said the door remains open. “We will keep the light on,” Singh said.",
    )
    assert speaker(quote(a, "We will keep")) == "Harpreet Singh"


def test_possessive_of_a_name_is_no_organisation_role() -> None:
    """ "Mr. Martel's office" keeps its name; it is not "His office" quoted before."""
    a = article(
        "His office later said in a statement that the minister would meet the presidents.",
        "Mr. Martel’s office said it had heard from dozens of students.",
    )
    q = next(q for q in a.quotations if "dozens of students" in q.text)
    assert speaker(q) == "Mr. Martel’s office"


def test_an_acronym_in_brackets_stands_for_the_name_before_it() -> None:
    """ "Export Finance Canada (EFC)": EFC is the agency, by its full name."""
    a = article(
        "Veltor received its third payment this year.",
        "Export Finance Canada (EFC), the state trade insurance agency, sells cover.",
        "EFC says it is self-funding.",
    )
    assert speaker(indirect(a, "self-funding")) == "Export Finance Canada"


def test_a_company_short_form_and_its_base() -> None:
    """ "Dunmore-based Veltor Energy" is Veltor Energy, which "Veltor" shortens."""
    a = article(
        "The province paid Dunmore-based Veltor Energy up to $400-million.",
        "Veltor said the payments covered its assets in Chad.",
    )
    q = indirect(a, "payments covered")
    assert speaker(q) == "Veltor Energy"
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ORGANISATION


def test_it_is_the_organisation_named_lately_never_a_place() -> None:
    """ "it said" goes to the organisation named in the paragraph before, not yet quoted,
    and never to a place named since ("Lake Varden")."""
    a = article(
        "Friday's gale was the worst that Dunmore Hydro has faced in 30 years.",
        "“Crews are working,” it said of the damage around Lake Varden. “Be patient.”",
        "“Hundreds of trees fell near Lake Varden,” it said.",
    )
    assert speaker(quote(a, "Crews are")) == "Dunmore Hydro"
    assert speaker(quote(a, "Hundreds of trees")) == "Dunmore Hydro"


def test_a_role_adjective_gives_the_role() -> None:
    """ "mayoral candidate Rob Kessler" is the one "the mayor" names after his win."""
    a = article(
        "“I was clear,” then-Dunmore mayoral candidate Rob Kessler responded at a debate.",
        "Kessler won the vote in November.",
        "But the mayor claimed a survey had been carried out to back this.",
    )
    assert speaker(indirect(a, "a survey had been carried out")) == "Rob Kessler"


def test_a_role_said_with_as_is_the_subjects() -> None:
    """ "X says ... as Canada's prime minister —" makes X the one "the prime minister" is."""
    a = article(
        "Paul Varga says he is anxious about the cuts as Canada's prime minister — "
        "and as a parent.",
        "The prime minister said the cuts would hurt children.",
    )
    assert speaker(indirect(a, "cuts would hurt")) == "Paul Varga"


def test_as_before_a_clause_gives_no_role() -> None:
    """ "as the Brazilian midfielder comes closer" is a clause: nobody's role."""
    a = article(
        "The player wants talks with Sean O'Dowd as the Brazilian midfielder moves "
        "nearer to leaving.",
        "The midfielder said he hoped to stay.",
    )
    assert speaker(indirect(a, "hoped to stay")) != "Sean O'Dowd"


def test_a_pronoun_after_an_office_named_alone() -> None:
    """ "the mayor brought up the plan" makes the mayor the one "he said" stands for."""
    a = article(
        "Mayor Rob Kessler spoke on Tuesday. “We will build it,” a spokesperson said.",
        "On Tuesday, the mayor brought up the plan again.",
        "“We can reduce costs,” he said.",
    )
    assert speaker(quote(a, "We can reduce")) == "Rob Kessler"


def test_a_month_after_a_given_name_is_a_surname() -> None:
    """ "Green party leader Laura May has said": May is her surname, not a date."""
    a = article("Green party leader Laura May has said her party won't run a candidate there.")
    assert speaker(indirect(a, "run a candidate")) == "Laura May"


def test_a_pronoun_of_one_gender_reaches_back_to_the_last_person_of_it() -> None:
    """ "she" finds the woman named paragraphs back when the sentences near it name only
    a man."""
    a = article(
        "Wendy Marsh now lives in a small cottage outside Dunmore.",
        "Her son Kody Pratt died in 2016.",
        "Witnesses said a friend gave Kody a tablet.",
        "The pills had been taken in New Brunswick.",
        "Charges took three years.",
        "After Kody died, she urged police to investigate.",
    )
    assert speaker(indirect(a, "investigate")) == "Wendy Marsh"


def test_post_nominal_letters_are_no_part_of_the_name() -> None:
    """ "Peter Ashby MP", "Guy Renfield QC" and "Labour MP Jean Colville" are named
    without the letters and the title."""
    a = article(
        "Chairman Peter Ashby MP said the report was damning.",
        "Labour MP Jean Colville said the committee would meet again.",
    )
    assert speaker(indirect(a, "report was damning")) == "Peter Ashby"
    assert speaker(indirect(a, "committee would meet")) == "Jean Colville"


def test_credits_and_headline_phrases_name_nobody() -> None:
    """A photographer's credit and a title-case headline's words are no speaker's name:
    "Roe said" stays Roe, and "she said" never resolves to "Mayor Faces Recall Vote"."""
    text = (
        "Mayor Faces Recall Vote\n\n"
        "Councillor Ann Blake opened the meeting on Monday. (Jane Roe/Meridian Wire)\n\n"
        "“We will count every signature,” she said.\n\n"
        "“The clerk has the list,” Roe said."
    )
    a = newsmodel.parse_text(text)
    assert speaker(quote(a, "We will count")) == "Ann Blake"
    assert speaker(quote(a, "The clerk")) == "Roe"


def test_a_headline_full_name_gives_the_body_short_form_its_name() -> None:
    """ "Cora Richter" in the headline is the full name of "Richter" in the body."""
    text = "Cora Richter: I am tired of men choosing\n\n“It matters,” Richter said."
    assert speaker(quote(newsmodel.parse_text(text), "It matters")) == "Cora Richter"


def test_spellings_of_one_full_name_are_one_speaker() -> None:
    """ "Walter J. Brisk", "Walter Brisk" and "Mr. Brisk" are one speaker, with one name."""
    a = article(
        "The rally was loud.",
        "“We will win,” Walter J. Brisk said on Monday.",
        "“Big,” Walter Brisk said later. “Huge,” Mr. Brisk said.",
    )
    assert [(s.name, len(s.quotations)) for s in a.speakers] == [("Walter J. Brisk", 3)]


def test_a_surname_that_is_a_title_resolves_to_the_full_name() -> None:
    """ "co-host Dana King pressed him" names her; "King said" later is Dana King."""
    a = article(
        "The show aired on Monday.",
        "Co-host Dana King pressed him on the plan. Later, “It was fine,” King said.",
    )
    q = quote(a, "It was fine")
    assert speaker(q) == "Dana King"
    assert q.speaker is not None
    assert q.speaker.title == "Co-host"


def test_a_document_of_hers_quotes_her() -> None:
    """ "her statement said" is the words of the woman "her" stands for."""
    a = article(
        "After Jody Carr-Whitlow was demoted, she posted a statement on her website.",
        "“It is a cornerstone of our system,” her statement said.",
    )
    q = quote(a, "It is a cornerstone")
    assert speaker(q) == "Jody Carr-Whitlow"
    assert mention(q) == "her statement"


def test_a_list_inside_a_title_between_commas() -> None:
    """ "Navin Dhar, Minister of Transport, Housing and Rural Affairs, said"."""
    a = article(
        "The minister spoke on Thursday.",
        "Navin Dhar, Minister of Transport, Housing and Rural Affairs, said the "
        "plan was on a “larger scale.”",
    )
    assert speaker(quote(a, "larger scale")) == "Navin Dhar"


def test_names_at_the_end_of_a_group_phrase() -> None:
    """ "Greta's owners Ivar Lindqvist and Zelna Marreau" are named without their role;
    "Bone and Joint senior manager Erin Soh", whose "and" lies in the title, is Erin
    Soh; "Paul Every of Dunmore Bank" keeps his surname."""
    a = article(
        "The motion passed on Tuesday.",
        "In a statement, Greta's owners Ivar Lindqvist and Zelna Marreau said they accepted "
        "the result of the motion.",
        "Results are “really promising,” says Bone and Joint senior manager Erin Soh.",
        "“We get round two,” said Paul Every of Dunmore Bank.",
    )
    owners = indirect(a, "accepted the result")
    assert speaker(owners) == "Ivar Lindqvist and Zelna Marreau"
    assert owners.speaker is not None
    assert owners.speaker.title == "Greta's owners"
    assert speaker(quote(a, "really promising")) == "Erin Soh"
    assert speaker(quote(a, "We get round two")) == "Paul Every"


def test_a_relative_named_by_a_gendered_noun_is_not_she() -> None:
    """ "Her husband told reporters ...": a man; a later "she" is the woman named before."""
    a = newsmodel.parse_text(
        "Jane Olsen runs the marina. Her husband told reporters on Monday that the lake "
        "was rising.\n\n“We are worried,” she said."
    )
    worried = [q for q in a.quotations if q.text.startswith("We are worried")]
    assert len(worried) == 1
    assert worried[0].attribution is not None
    assert worried[0].attribution.speaker.name == "Jane Olsen"


def test_a_pronoun_takes_the_subject_over_a_name_in_a_possessive() -> None:
    """ "Zerlinde Adjei, president of ..., is hopeful Tom Varley might heed Quist's plea."
    then "“...,” she said": the subject, not the woman in the possessive, though the
    article knows Quist is a woman and Adjei's given name tells nothing."""
    a = article(
        "Mara Quist pleaded for the change before her death. She was 64.",
        "Given his earlier stated views, Zerlinde Adjei, president of Gentle Exit Norland, is "
        "hopeful Tom Varley might be more open to Quist's plea.",
        "“Our hope is that the law shifts,” she said in an interview.",
    )
    assert speaker(quote(a, "Our hope is")) == "Zerlinde Adjei"


def test_an_abstract_noun_is_nobody_a_body_that_speaks_is_someone() -> None:
    """ "a review of Tory proposals for the economy showed ..." gives the economy no
    words; "the prosecution said" names a speaker."""
    a = newsmodel.parse_text(
        "Cuts coming\n\n"
        "Ed Hollis said a review of Tory proposals for the economy showed there were to be "
        "cuts.\n\nThe prosecution said the trial would go ahead in April.",
        stances=set(newsmodel.Stance),
    )
    speakers = {q.speaker.name for q in a.quotations if q.speaker is not None}
    assert "the economy" not in speakers
    assert {"Ed Hollis", "The prosecution"} <= speakers


def test_the_agency_is_the_government_body_quoted_last() -> None:
    """ "The U.S. State Department ... expressed “deep concern”" then "“...,” the agency
    said": the department, the body of government quoted last by its name."""
    a = article(
        "The U.S. State Department urged their release and expressed “deep concern” "
        "over the arrests.",
        "“We stand with Canada on the rule of law,” the agency said in a statement.",
    )
    assert speaker(quote(a, "We stand")) == "U.S. State Department"


def test_a_document_named_as_the_medium_of_a_person_speaks_for_them() -> None:
    """ "Jason Pruett stated in the company's web post that ..." then "“...,” the post
    read": Pruett's words; a report that speaks alone stays the report."""
    a = article(
        "Jason Pruett, an analyst at Brixo Labs, stated in the company’s web post that the "
        "attacks came from the same servers.",
        "“Several servers tied to these attacks also sent other messages,” the post read.",
        "“It is a mess,” the report said.",
    )
    assert speaker(quote(a, "Several servers")) == "Jason Pruett"
    assert speaker(quote(a, "It is a mess")) == "the report"


def test_a_statement_is_by_the_one_who_spoke_in_it_last() -> None:
    """ "In a statement, the union said ..." then "the statement reads" is the union's,
    though a statement of someone else's came before; "the release" after "In a news
    release, Acme Corp said" is Acme's; "The ministry said in a statement" its own."""
    a = article(
        "Rent row",
        "Ann Reid resigned from the board on Tuesday.",
        "“I have no regrets,” her statement said.",
        "In a statement, the Brixo Tenants Union said rents had risen 30 per cent.",
        "“Families are being pushed out,” the statement reads.",
        "In a news release, Acme Corp said it would cut 200 jobs.",
        "“The decision was difficult,” the release said.",
        "The ministry said in a statement that it would review the case. “We take this "
        "seriously,” the statement said.",
    )
    assert speaker(quote(a, "I have no regrets")) == "Ann Reid"
    assert speaker(quote(a, "Families are")) == "Brixo Tenants Union"
    assert mention(quote(a, "Families are")) == "the statement"
    assert speaker(quote(a, "The decision was")) == "Acme Corp"
    assert speaker(quote(a, "We take this")) == "The ministry"


def test_a_statement_is_by_the_unnamed_spokesperson_who_gave_it() -> None:
    """ "A spokesperson for Health Sciences North said in a statement that ..." (or "In a
    statement, a spokesperson for ... said") then "“...,” the statement said": the
    spokesperson's words, not the statement's."""
    a = article(
        "Jury",
        "A spokesperson for Health Sciences North said in a statement that the hospital had "
        "made changes.",
        "“We will review each of the recommendations,” the statement said.",
    )
    q = quote(a, "We will review")
    assert speaker(q) == "A spokesperson for Health Sciences North"
    assert mention(q) == "the statement"
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.ANONYMOUS
    b = article(
        "Water",
        "In a statement emailed to CBC News, a spokesperson for Indigenous Services Canada "
        "said the department had approved $38 million.",
        "“We recognize the frustration,” the statement said.",
    )
    assert speaker(quote(b, "We recognize")) == "a spokesperson for Indigenous Services Canada"


def test_the_statement_is_the_email_or_release_its_owner_spoke_in() -> None:
    """ "Alberta Health Services said in an email that ..." then "“...,” the statement
    said": the email is the statement, the body's words."""
    a = article(
        "ER",
        "Alberta Health Services said in an email that it had opened 60 surge beds.",
        "“We recognize that wait times are long,” the statement said.",
    )
    assert speaker(quote(a, "We recognize")) == "Alberta Health Services"


def test_a_statement_keeps_the_owner_named_with_it() -> None:
    """ "A report by the Brixo housing committee called for ..." and later "The report
    urged ..." keep the committee, and an unresolved "it said in a review" names no
    owner of "the report"."""
    a = article(
        "Housing",
        "A report by the Brixo housing committee called for the board to be wound up. "
        "Chairman Tom Hale said: “It must be replaced.”",
        "The report urged the board to draw up fallback plans, including the “abandonment option”.",
        "Unemployment could climb, it said in an annual review of the economy.",
        "The report said the economy was “increasingly ill-adapted”.",
    )
    assert speaker(quote(a, "abandonment option")) == "the Brixo housing committee"
    assert speaker(quote(a, "increasingly ill")) != "it"


def test_an_unnamed_office_is_the_one_person_named_with_it() -> None:
    """ "A Superior Court of Ontario judge ..., saying ..." then "Justice Sean Dorrell ...":
    the judge is Dorrell; "a spokesman said" stays unnamed though a spokesman is named."""
    a = article(
        "A Superior Court of Ontario judge chastised the station, saying it had been “playing "
        "games” with its members.",
        "Justice Sean Dorrell directed the station to hand over the addresses.",
        "“It will do nothing,” a spokesman said.",
        "Party spokesman Mark Oakley said: “This is a stunt.”",
    )
    assert speaker(quote(a, "playing games")) == "Sean Dorrell"
    assert speaker(quote(a, "It will do nothing")) == "a spokesman"


def test_a_role_that_ends_a_body_s_name_is_that_body() -> None:
    """ "the National Hurricane Center said ... The center said": the body, whose name
    ends with the noun; a centre of a team named as one is still that player."""
    a = article(
        "The storm made landfall near Cocodrie, the National Hurricane Center said.",
        "The center said a surge of 12 feet was possible.",
    )
    q = indirect(a, "surge of 12 feet")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == (
        "National Hurricane Center",
        SpeakerKind.ORGANISATION,
    )
    b = article(
        "The Brixo Centre hosted the game. Tom Hale, a centre for the Brixo Kings, scored twice.",
        "“We played well,” the centre said.",
    )
    assert speaker(quote(b, "We played well")) == "Tom Hale"


def test_where_a_company_is_based_is_no_part_of_a_name() -> None:
    """ "The Ohio-based company said": the company named before, as "the company" is."""
    a = article(
        "Veltor Stores Inc will close 150 stores, the company said.",
        "The Ohio-based company said the closures would take six months.",
        "The Columbus, Ohio-based company said it would cut 900 jobs.",
    )
    assert speaker(indirect(a, "six months")) == "Veltor Stores Inc"
    assert speaker(indirect(a, "900 jobs")) == "Veltor Stores Inc"


def test_titles_of_first_nations_leaders_are_no_part_of_the_name() -> None:
    """ "Simoogit Kelvin Moss" (a hereditary chief's title), "Ogimaa Ann Peltier": titles
    before the name, as "Hereditary Chief" and "Elder" are."""
    a = article(
        "Title",
        "“Not in our name,” Simoogit Kelvin Moss, a hereditary chief, told Global News.",
        "Ogimaa Ann Peltier said the land is theirs.",
    )
    assert speaker(quote(a, "Not in our name")) == "Kelvin Moss"
    assert speaker(indirect(a, "the land is theirs")) == "Ann Peltier"


def test_positions_of_players_are_roles() -> None:
    """ "Linebacker Orin Thiessen": a position capitalised by the sentence, no part of his
    name; "The netminder" is the goaltender named before."""
    a = article(
        "Linebacker Orin Thiessen had two sacks. “We challenged each other,” he said.",
        "Goaltender Mikko Pelttari made 30 saves. The netminder said he had worked on his "
        "positioning.",
    )
    assert speaker(quote(a, "We challenged")) == "Orin Thiessen"
    assert speaker(indirect(a, "his positioning")) == "Mikko Pelttari"


def test_a_native_or_a_product_of_a_place_is_the_one_named_before() -> None:
    """ "“...,” the Regina product said" after "Captain Kyle Ostrowski, 20, has played for
    Bouchard", "the Halifax native said" after "Lisa Tremblay grew up in Halifax": the
    one the sentence before is about."""
    a = article(
        "Captain Kyle Ostrowski, 20, has played for Bouchard for four seasons.",
        "“He is the reason I am still playing,” the Regina product said.",
        "Lisa Tremblay grew up in Halifax.",
        "“I loved it,” the Halifax native said.",
    )
    assert speaker(quote(a, "He is the reason")) == "Kyle Ostrowski"
    assert speaker(quote(a, "I loved it")) == "Lisa Tremblay"


def test_a_role_is_the_one_said_to_do_what_it_does() -> None:
    """ "Ray Bouchard has coached junior hockey for 31 years. Dan Ashworth, the team's
    general manager, hired him. ¶ “...,” the coach said": Bouchard, not the manager
    named last; "Arnie Wiebe has farmed ..." makes him "the farmer"."""
    a = article(
        "Ray Bouchard has coached junior hockey for 31 years. Dan Ashworth, the team's "
        "general manager, hired him in 2012.",
        "“I have been on a bus for 31 years,” the coach said.",
        "Arnie Wiebe has farmed near the river for 40 years. His neighbour Tom Hale left.",
        "“You never get used to it,” the farmer said.",
    )
    assert speaker(quote(a, "I have been")) == "Ray Bouchard"
    assert speaker(quote(a, "You never")) == "Arnie Wiebe"


def test_a_minister_is_the_mp_a_description_names() -> None:
    """ "Rural Economic Development Minister Marc-André Lévesque stopped ... ¶ “...,” the
    Quebec MP said": the minister is an MP; "the Labour MP for Birkenhead" after "Former
    welfare minister Frank Field MP criticised ..." is Field."""
    a = article(
        "Minister says remarks taken out of context",
        "Rural Economic Development Minister Marc-André Lévesque stopped briefly on his "
        "way into the meeting.",
        "“What I said was that we listen to everybody,” the Quebec MP said.",
    )
    assert speaker(quote(a, "What I said")) == "Marc-André Lévesque"


def test_a_curling_skip_described_is_the_one_named_before() -> None:
    """ "“...,” the Newfoundland and Labrador skip said" after a paragraph about Brad
    Gushue-Walsh: the skip is he, though no title named him so."""
    a = article(
        "Brad Gushue-Walsh has been to a lot of Brier finals. He still gets nervous.",
        "“If I did not, I would probably retire,” the Newfoundland and Labrador skip said.",
    )
    assert speaker(quote(a, "If I did not")) == "Brad Gushue-Walsh"


def test_occupations_of_the_arts_and_sciences_are_roles() -> None:
    """ "Curator Wanda Reid", "Epidemiologist Tomas Varga": an occupation capitalised by
    the sentence, no part of the name; "refers to X as “her”" takes X as its object, and
    nothing before it is reported as words of X."""
    a = article(
        "Curator Wanda Reid spent six years on the show. “Beadwork is art,” she said.",
        "Epidemiologist Tomas Varga tracked the outbreak. “It is slowing,” he said.",
        "Its maker, Ravi Dunmore, lecturer at the Institute for Vision, Speech and Sound at "
        "Brixo University, refers to Orla as “her”.",
    )
    assert speaker(quote(a, "Beadwork is art")) == "Wanda Reid"
    assert speaker(quote(a, "It is slowing")) == "Tomas Varga"
    assert speaker(quote(a, "her")) == "Ravi Dunmore"
    assert [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT] == []


def test_a_place_opening_with_saint_or_port_is_no_one_he_stands_for() -> None:
    """ "In Moncton and Saint John, sales jumped. ... he used to say “...”": Saint John is
    a place, never the man "he" stands for; nor is Port Brixo."""
    a = article(
        "In Moncton and Saint John, sales jumped. My father ran a store in Dartmouth, and he "
        "used to say, “You can fool a customer once.”",
        "In Port Brixo, the mill closed. He would add, “Never twice.”",
    )
    assert speaker(quote(a, "You can fool")) not in ("Saint John", "John")
    assert speaker(quote(a, "Never twice")) not in ("Port Brixo", "Brixo")


def test_a_side_of_a_court_case_is_the_lawyer_named_for_it() -> None:
    """ "The Crown countered" and "the prosecution said" after "Crown attorney Ann Dale":
    the lawyer who speaks for the Crown; "the defence argued" is the defence lawyer, and
    so is "Tilley's lawyer", the one lawyer named; with no lawyer named, "The Crown" stays
    the body."""
    a = article(
        "Crown attorney Ann Dale asked for seven years. Defence lawyer Tara Mendes asked for "
        "four. The Crown countered that sobriety could not undo the harm.",
        "The prosecution said the harm was done. Tom Hale spoke. The defence argued that the "
        "driver was sober.",
    )
    assert speaker(indirect(a, "sobriety could not")) == "Ann Dale"
    assert speaker(indirect(a, "harm was done")) == "Ann Dale"
    assert speaker(indirect(a, "driver was sober")) == "Tara Mendes"
    c = article(
        "Crown attorney Ann Dale asked for seven years. Defence lawyer Tara Mendes asked "
        "for four. Adam Tilley stood.",
        "Tilley's lawyer said her client would not appeal.",
    )
    assert speaker(indirect(c, "would not appeal")) == "Tara Mendes"
    b = article("The Crown said it would appeal the sentence.")
    q = indirect(b, "appeal the sentence")
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ORGANISATION


def test_a_relative_named_by_kin_is_the_one_of_the_family() -> None:
    """ "His son, Colton Wiebe, said ... “...,” his father said": the man who shares the
    son's surname; "her daughter" after "Her mother, Gloria Pruitt," the woman of the
    Pruitts; "his brother Alastair Osman" named with the noun keeps him; with no one of
    the family named, "his uncle" stays unresolved. "the mother" after "Tessa Holloway's
    daughter" is Holloway (but not Tom Hale after "Tom Hale's daughter")."""
    a = article(
        "Arnie Wiebe has farmed near Morris for 41 years. His son, Colton Wiebe, said they "
        "had moved the cattle.",
        "“I am too old to panic,” his father said.",
        "Shannon Pruitt fled with her children. Her mother, Gloria Pruitt, lived next door.",
        "“Mom did not want to leave,” her daughter said.",
        "“He was kind,” his uncle said.",
    )
    assert speaker(quote(a, "I am too old")) == "Arnie Wiebe"
    assert speaker(quote(a, "Mom did not")) == "Shannon Pruitt"
    assert speaker(quote(a, "He was kind")) == "his uncle"
    b = article(
        "Richard Osman died in the attack, his brother Alastair Osman told the paper.",
        "He had just welcomed a second baby, his brother added.",
    )
    assert speaker(indirect(b, "second baby")) == "Alastair Osman"
    c = article(
        "Tessa Holloway's daughter spent four days in hospital. “She had a fever,” the "
        "mother said.",
        "Deanna Pelletier's son, Kyle, plays basketball. “I care that my kid gets his "
        "season,” his mother said.",
    )
    assert speaker(quote(c, "She had a fever")) == "Tessa Holloway"
    assert speaker(quote(c, "I care that")) == "Deanna Pelletier"
    e = article(
        "“We had maybe 20 minutes,” said Shannon Pruitt, who fled with her children.",
        "Her mother, Gloria Pruitt, 71, lived on the property next door.",
        "“I have been through fires before,” she said.",
        "“Mom did not want to leave,” her daughter said.",
    )
    assert speaker(quote(e, "Mom did not")) == "Shannon Pruitt"
    f = article(
        "Ann Brixo's two-year-old daughter spent four days in hospital.",
        "“She had a fever,” the mother said.",
        "Gerald Tobin-MacNeil took his wife to hospital. His daughter, Alison MacNeil, said "
        "the family had complained.",
        "“That is all we are asking,” her father said.",
    )
    assert speaker(quote(f, "She had a fever")) == "Ann Brixo"
    assert speaker(quote(f, "That is all")) == "Gerald Tobin-MacNeil"
    d = article(
        "Tessa Holloway's daughter spent four days in hospital.",
        "Tom Hale's daughter was sent home. “She was fine,” the mother said.",
    )
    assert speaker(quote(d, "She was fine")) == "the mother"


def test_a_title_of_several_words_in_narration_is_the_one_a_pronoun_follows() -> None:
    """ "The Chief Minister accepted the suggestion. “...,” he said": the chief minister
    named before, not the legislator quoted last; so is "the prime minister" after "Prime
    Minister Tom Hale"."""
    a = article(
        "Chief Minister Venkat Gowda heard the debate. “There is only one state,” legislator "
        "Tom Rao said.",
        "The Chief Minister accepted the suggestion.",
        "“I will lead the delegation myself,” he said.",
    )
    assert speaker(quote(a, "I will lead")) == "Venkat Gowda"
    b = article(
        "Prime Minister Tom Hale spoke first. “We will win,” opposition leader Ray Dunn said.",
        "The prime minister shrugged off the claim. He said the party was united.",
    )
    assert speaker(indirect(b, "party was united")) == "Tom Hale"


def test_an_office_qualified_by_a_place_is_the_holder_introduced_with_it() -> None:
    """ "the Molo MP" after "MP Kimani Wanjohi, who represents Molo": Wanjohi, though
    another MP was named since; "the Latin American pope" after a pope introduced
    without Latin America is not that pope."""
    a = article(
        "MP Kimani Wanjohi, who represents Molo, opposed the bill. MP Ann Dale, who "
        "represents Brixo, backed it. Tom Hale, a trader, agreed.",
        "“This is what public participation is for,” the Molo MP said.",
        "“We will vote yes,” the Brixo MP said.",
    )
    assert speaker(quote(a, "This is what")) == "Kimani Wanjohi"
    assert speaker(quote(a, "We will vote yes")) == "Ann Dale"
    b = article(
        "Pope Leo Brixo visited the city in 1990. Tom Hale, a trader, agreed. Ann Dale spoke.",
        "“We pray for peace,” the Latin American pope said.",
    )
    assert speaker(quote(b, "We pray")) != "Leo Brixo"


def test_a_party_s_acronym_before_a_title_is_its_name() -> None:
    """ "The PQ leader" after "Parti Québécois Leader Mathieu Roy": Roy, not the premier
    named first."""
    a = article(
        "Premier Ann Lemieux attacked Parti Québécois Leader Mathieu Roy. The PQ leader said "
        "a referendum would come in a first mandate.",
    )
    assert speaker(indirect(a, "a referendum")) == "Mathieu Roy"


def test_another_of_an_office_is_not_the_one_named_with_it() -> None:
    """ "Analyst Rob Kessler said ..." then "Another analyst said ..." or "A second analyst
    said ...": someone else, unnamed; "An analyst said" alone is still Kessler."""
    a = article(
        "Analyst Rob Kessler said the cut was bigger than feared.",
        "Another analyst, who asked not to be named, said investors had been slow to react.",
        "A second analyst said the shares were cheap.",
    )
    assert speaker(indirect(a, "slow to react")) == "Another analyst"
    assert speaker(indirect(a, "shares were cheap")) == "A second analyst"
    b = article(
        "Analyst Rob Kessler said the cut was bigger than feared.",
        "An analyst said investors had been slow to react.",
    )
    assert speaker(indirect(b, "slow to react")) == "Rob Kessler"


def test_he_said_after_an_opening_that_names_someone_in_a_possessive() -> None:
    """ "When asked about the judge's criticisms, he replied ...": not the judge, but the
    person of the sentence before, whose given name tells no gender."""
    a = article(
        "Justice Sean Dorrell said the stance was “plainly taken to frustrate the applicants.”",
        "A statement e-mailed by Reagan Tulloch, who took a seat on the board in March, said “the "
        "station will obey the order.” When asked about the judge’s criticisms, he replied "
        "the station would “issue a fuller statement next week.”",
    )
    assert speaker(quote(a, "issue a fuller")) == "Reagan Tulloch"


def test_a_pronoun_takes_the_person_the_sentence_names_most() -> None:
    """ "... a text that captain Jose Alvarado sent to Pruitt, months after Pruitt led
    Europe ..." then "“...,” he said": Pruitt, named twice there."""
    a = article(
        "“We had a fine week,” Ian Pruitt said.",
        "That includes a text that captain Jose Alvarado sent to Pruitt in 2014, months after "
        "Pruitt led Europe to a victory. He framed the text. He won't say what it says.",
        "“They can see it when they visit,” he said.",
    )
    assert speaker(quote(a, "They can see")) == "Ian Pruitt"


def test_they_for_a_people_named_in_the_plural_just_before() -> None:
    """ "Key to the Liberals’ hopes is their pledge ... Nearly all proceeds, they
    promise, will go back": the Liberals, though no group was quoted before."""
    a = article(
        "Key to the Liberals’ hopes is their pledge that the levy won’t take money out of "
        "wallets. Nearly all proceeds, they promise, will go back to households."
    )
    assert speaker(indirect(a, "Nearly all proceeds")) == "the Liberals"


def test_an_age_stands_for_the_person_of_that_age_or_the_story_s_subject() -> None:
    """ "said the 34-year-old": the person named with that age ("Tomas Arvelo, 34,"), else
    the person the paragraphs before name most (not the rival named last)."""
    a = article(
        "Brazilian striker Tomas Arvelo, 34, scored twice. Ivan Roca did not.",
        '"I feel younger every season," said the 34-year-old.',
    )
    assert speaker(quote(a, "I feel younger")) == "Tomas Arvelo"
    b = article(
        "Alina Morek reached the third round. After a slow first set, Morek grew in "
        "belief. She will now face Vera Lindgren.",
        '"Bring it on," said the 23-year-old.',
    )
    assert speaker(quote(b, "Bring it on")) == "Alina Morek"


def test_a_name_that_ends_a_longer_name_met_before_is_that_person() -> None:
    """ "Hawk Sawyer" after "Kathleen Hawk Sawyer", even when its first word is no given
    name or reads as a company ("Fox"): one person, whom "she" can then stand for."""
    a = article(
        "The agency is led by Kathleen Fox Harlow. Fox Harlow said she could not comment on "
        'the inquiry. But she acknowledged there were "a few other cases."'
    )
    assert speaker(indirect(a, "could not comment")) == "Kathleen Fox Harlow"
    assert speaker(quote(a, "a few other cases")) == "Kathleen Fox Harlow"


def test_a_given_name_that_names_a_country_too() -> None:
    """ "Jordan Pelley ... Pelley said", "Ray Jordan ... Jordan said": people, whose
    surname alone stands for them; "Air Canada" stays no one's name."""
    a = article(
        "Jordan Pelley, a history professor, said it was done.",
        '"We have tried to stay calm," Pelley said.',
        "Ray Jordan, the senator, spoke next.",
        '"They got a plea agreement," Jordan said.',
    )
    assert speaker(quote(a, "We have tried")) == "Jordan Pelley"
    assert speaker(quote(a, "They got a plea")) == "Ray Jordan"


def test_a_capital_that_opens_a_sentence_before_a_surname_is_no_given_name() -> None:
    """ "Top Marlow strategists conceded" after "Ben Marlow": no person "Top Marlow", whom
    a later "he" would stand for."""
    a = article(
        "Ben Marlow is losing. Top Marlow strategists conceded as much on Monday.",
        'On Friday, he told reporters that Vera Lund was "hiding from voters."',
    )
    assert speaker(quote(a, "hiding from voters")) == "Ben Marlow"


def test_a_role_with_words_of_a_title_stands_for_the_titled_person() -> None:
    """ "the Tory leader" for "Tory leader Michael Harwood", not for "Labour leader Tony
    Blaine"; "the Labour leader" with no Labour leader named stays a description."""
    a = article(
        "Tory leader Michael Harwood spoke. Labour leader Tony Blaine replied.",
        'The Tory leader said it was a "collective view."',
    )
    assert speaker(quote(a, "collective view")) == "Michael Harwood"
    b = article(
        "Tory leader Michael Harwood spoke.",
        'The Labour leader said it was a "collective view."',
    )
    assert speaker(quote(b, "collective view")) == "The Labour leader"


def test_a_role_with_words_of_a_title_before_the_name_between_commas() -> None:
    """ "The Tory leader, Tom Dale, spoke" names Dale by the title words too: "the Tory
    leader" later is Dale, not the person quoted last; "the Labour leader" is not."""
    a = article(
        "Tom Hale was not there. “It is a shame,” Hale said.",
        "The Tory leader, Tom Dale, spoke later. “We are ready,” the Tory leader said.",
    )
    assert speaker(quote(a, "We are ready")) == "Tom Dale"
    b = article(
        "Tom Hale was not there. “It is a shame,” Hale said.",
        "The Tory leader, Tom Dale, spoke later. “We are ready,” the Labour leader said.",
    )
    assert speaker(quote(b, "We are ready")) != "Tom Dale"


def test_a_description_no_one_quoted_holds_is_the_subject_named_just_before() -> None:
    """ "the billionaire business mogul told" after "Tom Hale, the front-runner, listed
    ...": Hale, also past a sentence that "He" opens; not for a noun that may be anyone or
    the other side of an exchange ("the moderator"), nor for one whose office the article
    gives ("Club director Tom Dale ... The former Scotland international added")."""
    a = article(
        "Tom Hale, the Republican front-runner, listed a cooking show as his favourite.",
        '"It got great ratings," the billionaire business mogul told the magazine.',
    )
    assert speaker(quote(a, "It got great ratings")) == "Tom Hale"
    b = article(
        "Tom Hale met Ann Reid this week. He did say he found her charming.",
        '"It was very nice," the gambling tycoon told reporters.',
    )
    assert speaker(quote(b, "It was very nice")) == "Tom Hale"
    c = article(
        "Tom Hale was asked a question about the police.",
        '"Many argue that the force is too large," the moderator said.',
    )
    assert speaker(quote(c, "Many argue")) == "the moderator"
    d = article(
        "Club director Tom Dale held talks with the coach on Saturday.",
        '"It is not the right job for me," the former Scotland international said.',
    )
    assert speaker(quote(d, "It is not the right job")) != "Tom Dale"


def test_a_competition_or_prize_is_no_one_a_short_name_stands_for() -> None:
    """ "Uefa said" after "Uefa Cup games": Uefa, not the cup; "Bafta" not "Bafta
    Awards"."""
    a = article(
        '"The surfaces have moved on," Uefa said. Uefa Cup games start in May.',
    )
    assert speaker(quote(a, "The surfaces")) == "Uefa"


def test_a_body_named_before_a_role_and_its_holder_is_no_person() -> None:
    """ "Ashby Martin boss Ulrich Brenk ... make Ashby Martin “...”, he added": "he" is Brenk;
    the carmaker named before his role is a body, also when named again alone."""
    a = article(
        "Ashby Martin boss Ulrich Brenk spoke. The merger would make Ashby Martin "
        '"known around the world", he added.'
    )
    assert speaker(quote(a, "known around the world")) == "Ulrich Brenk"


def test_a_pronoun_stands_for_no_one_its_quotation_names() -> None:
    """ "“I cannot believe Lisa would object,” she said": not Lisa, named in the words;
    the one named before her is."""
    a = article(
        'Jane Starner lives in Ohio. "He was brilliant," she said. She gave me an email '
        'address for his sister, Lisa Gant. "I cannot believe Lisa would object," she said.'
    )
    assert speaker(quote(a, "I cannot believe Lisa")) == "Jane Starner"


def test_a_role_is_not_another_office_of_that_name() -> None:
    """ "the treasurer" is not "shadow treasurer Paul Brandt", "the president" not "former
    president Bill Carden"; "the former president" is."""
    a = article('Shadow treasurer Paul Brandt spoke. The treasurer said it was "a disgrace."')
    assert speaker(quote(a, "a disgrace")) == "The treasurer"
    b = article('Former president Bill Carden spoke. The former president said it was "fine."')
    assert speaker(quote(b, "fine")) == "Bill Carden"


def test_a_role_with_no_one_of_that_title_stands_for_the_speaker_just_quoted() -> None:
    """ "“...,” said Rio Ferraby. The central defender added: “...”": Ferraby; but not
    "the witness" after a quoted lawyer, nor "the police" or "the shadow ..." ."""
    a = article(
        '"Nobody knows what the new man will bring," said Rio Ferraby. The central defender '
        'added: "We will see."'
    )
    assert speaker(quote(a, "We will see")) == "Rio Ferraby"
    b = article(
        'Reid Winthrop, the lawyer, asked questions. "Did you know?" Mr Winthrop pressed. '
        '"No," the witness said.'
    )
    assert speaker(quote(b, "No,")) == "the witness"


def test_she_may_stand_for_a_person_whose_given_name_both_genders_bear() -> None:
    """ "Pat Varese ... said ... She said": "Pat" is no man's name alone, so "she" is her."""
    a = article(
        "Pat Varese, head of the association, said the round forced towns to apply "
        "early. She said the same pattern was seen in 2009."
    )
    assert speaker(quote(a, "the same pattern")) == "Pat Varese"


def test_a_thing_named_by_an_indefinite_phrase_is_no_one_she_stands_for() -> None:
    """ "can create a backlog of new permits moving ahead": the phrase an object rule
    reads as its subject is no one a later "she" may stand for."""
    a = article(
        "The rush can create a backlog of new permits moving ahead, raising costs. "
        "She said the same pattern was seen in 2009."
    )
    assert speaker(quote(a, "the same pattern")) == "She"


def test_a_named_persons_statement_gives_their_words() -> None:
    """ "Mr Crosland's statement said: ... It added: ...": both Lyle Crosland's."""
    a = article(
        "Campaign row",
        "Lyle Crosland ran the campaign for the party this spring.",
        'Mr Crosland\'s statement said: "We have made our mark." It added: "Labour will '
        'try to change the subject."',
    )
    assert speaker(quote(a, "We have made")) == "Lyle Crosland"
    assert speaker(quote(a, "Labour will")) == "Lyle Crosland"


def test_clubs_and_competitions_are_no_one_he_stands_for() -> None:
    """ "Manchester United", "Blackburn Rovers", "Leeds Tykes" and "the Six Nations" name
    clubs and competitions, not men: "he said" is the coach's."""
    a = article(
        "Rugby preview",
        "England coach Andy Rolfe has named his side for the weekend.",
        "The Six Nations opener is on Saturday, and Manchester United play Blackburn Rovers.",
        '"We are ready for it," he said.',
    )
    assert speaker(quote(a, "We are ready")) == "Andy Rolfe"
    b = article(
        "Cup preview",
        "Coach Andy Rolfe named his side on Monday for the cup tie.",
        "Leeds Tykes beat Bath in the cup, and Toronto Raptors lost.",
        '"We are ready for it," he said.',
    )
    assert speaker(quote(b, "We are ready")) == "Andy Rolfe"


def test_a_role_may_name_the_speakers_title_by_another_word() -> None:
    """ "said the Warriors chief" after "Wigan chairman Maurice Lister": a chief is a
    chairman; "the City boss" is Sir Pete Nolan, whose "Sir" is no role."""
    a = article(
        "Rugby league news",
        "Wigan chairman Maurice Lister says the deal is near.",
        '"It would be a big blow for us," said the Warriors chief.',
    )
    assert speaker(quote(a, "It would be")) == "Maurice Lister"
    b = article(
        "Football news",
        "Sir Pete Nolan spoke after the game on Saturday.",
        '"We were poor," he said. "It was not good enough," said the City boss.',
    )
    assert speaker(quote(b, "It was not")) == "Pete Nolan"


def test_a_name_that_modifies_a_noun_is_no_one_he_stands_for() -> None:
    """ "an Alan Shelby strike" names a kind of goal: "he said" after it is the manager's."""
    a = article(
        "Match report",
        "Graeme Sutton watched his side lose again on Sunday.",
        "The goal came from an Alan Shelby strike after the break.",
        '"Obviously we are disappointed," he said.',
    )
    assert speaker(quote(a, "Obviously")) == "Graeme Sutton"


def test_an_age_is_never_someone_named_with_another_age() -> None:
    """ "said Derek Lamb, 45." ... "His neighbor, Ruth Akers, said ... “...,” the
    68-year-old said": not Lamb, quoted more but 45, so the one quoted just before."""
    a = article(
        "“You see it on TV,” said Derek Lamb, 45.",
        "Lamb said his family had 10 minutes to leave.",
        "His neighbor, Ruth Akers, said she was one of the lucky ones. “I feel guilty,” the "
        "68-year-old said.",
    )
    assert speaker(quote(a, "I feel guilty")) == "Ruth Akers"
    b = article(
        "Rosalind Achebe raised her granddaughter, Kaia Morrow, now 12, after the fire. "
        "“Grandma is the best,” the 12-year-old said.",
    )
    assert speaker(quote(b, "Grandma is the best")) == "Kaia Morrow"
    c = article(
        "Her mother, Gloria Pruitt, 71, lived next door.",
        *[f"Crews worked on the fire for the {n} day, the agency said." for n in range(1, 7)],
        "The Pruitts are not sure what they will find.",
        "“It is just stuff,” the 71-year-old said.",
    )
    assert speaker(quote(c, "It is just stuff")) == "Gloria Pruitt"


def test_a_venue_is_no_person_an_age_may_stand_for() -> None:
    """ "at Rod Laver Arena": a place, so "the 22-year-old" is the player named before."""
    a = article(
        "Ukraine's 22-year-old Ivan Kovalenko won on Monday.",
        "The match finished after 1 a.m. at Rod Laver Arena.",
        "“I don't know how I won,” the 22-year-old said.",
    )
    assert speaker(quote(a, "I don't know")) == "Ivan Kovalenko"


def test_the_aged_person_from_a_place_is_the_person_of_that_age() -> None:
    """ "said the 25-year-old Dubliner": Richard Dunlow, not someone called "Dubliner"."""
    a = article(
        "Football news",
        "Richard Dunlow signed a new contract with the club on Tuesday.",
        '"I am delighted," said the 25-year-old Dubliner. He added: "It is great."',
    )
    assert speaker(quote(a, "I am delighted")) == "Richard Dunlow"
    assert speaker(quote(a, "It is great")) == "Richard Dunlow"


def test_a_word_that_opens_a_sentence_is_no_part_of_the_name_after_it() -> None:
    """ "Does Okafor, like most residents, favour it?", "Interestingly Haan rose fast":
    no people called "Does Okafor" or "Interestingly Haan" for "Okafor said" to find;
    "Will Sumner" keeps his given name."""
    a = article(
        "Tunnel vote",
        "Voters in Dover like Mayor Nadia Okafor.",
        "Does Okafor, like most residents, favor the new tunnel?",
        '"I think it will help the harbor," Okafor said.',
    )
    assert speaker(quote(a, "I think it will")) == "Nadia Okafor"
    b = article(
        "Party news",
        "The party was founded by Pieter Haan.",
        "Interestingly Haan, a dairy farmer, rose fast.",
        "Will Sumner spoke on Monday at the event.",
        '"The tax must go," Haan said. "It is over," Sumner said.',
    )
    assert speaker(quote(b, "The tax must go")) == "Pieter Haan"
    assert speaker(quote(b, "It is over")) == "Will Sumner"


def test_a_prison_is_no_one_he_stands_for() -> None:
    """ "the men held at Hartwell Prison ... “...,” he said": the man who spoke."""
    a = article(
        "Detention row",
        "Charles Kenning spoke on Tuesday.",
        'The men are held at Hartwell Prison without charge. "It is a disgrace," he said.',
    )
    assert speaker(quote(a, "It is a disgrace")) == "Charles Kenning"


def test_a_paper_named_after_its_city_is_shortened_by_its_last_word() -> None:
    """ "the Post reported" after "The Washington Post", "the Star said" after "the
    Toronto Star": the papers, by their names; "Shareholders United" is not
    "Manchester United"."""
    a = article(
        "Media",
        "The Washington Post first reported the talks on Monday.",
        "The deal is worth $5bn, the Post reported.",
        "Manchester United fans were angry about the bid on Tuesday.",
        "Supporters group Shareholders United said fans would fight the bid.",
    )
    assert speaker(indirect(a, "The deal is worth")) == "Washington Post"
    assert speaker(indirect(a, "fans would fight")) == "Shareholders United"


def test_a_state_and_a_party_name_a_member_of_it() -> None:
    """ "The Nevada Republican ... says" after Republican Sen. Ray Dalton is quoted: Dalton,
    not a body called "Nevada Republican"; "would only say" is said."""
    a = article(
        "Senate news",
        "Republican Sen. Ray Dalton says the plan skips over the facts.",
        '"It is cruel," Dalton said. The Nevada Republican would only say that such cuts '
        "are cruel.",
    )
    assert speaker(indirect(a, "such cuts")) == "Ray Dalton"


def test_a_name_before_someone_elses_role_is_no_one_he_stands_for() -> None:
    """ "Grier pollster Dev Shah saw the shift early. “...,” he said": the pollster, not
    the senator whose pollster he is; "Lund spokesman Don Pryor" likewise."""
    a = article(
        "Election",
        "Senator Paul Grier won the county easily.",
        "Grier pollster Dev Shah saw the shift early.",
        '"The rural vote moved in October," he said.',
    )
    assert speaker(quote(a, "The rural vote")) == "Dev Shah"


def test_a_surname_named_long_ago_for_two_people_is_the_one_named_most() -> None:
    """ "Fenwick told the crowd" paragraphs after her husband Frank Fenwick was named once
    is Carly Fenwick, whom the article names most."""
    a = article(
        "Campaign trail",
        "Carly Fenwick spoke in Iowa. Fenwick said the economy was weak. Fenwick attacked "
        "the Democrats.",
        "Her husband, Frank Fenwick, joined her on the tour.",
        "The crowd was small.",
        "The weather was cold.",
        "Fenwick told the crowd that taxes were too high.",
    )
    assert speaker(indirect(a, "taxes were")) == "Carly Fenwick"


def test_a_role_with_a_portfolio_is_the_holder_of_that_portfolio() -> None:
    """ "The foreign minister said" after "Foreign Minister Krista Fallon met Finance
    Minister Bill Moreau": Fallon; "the first minister" is not the finance minister."""
    a = article(
        "Ottawa talks",
        "Foreign Minister Krista Fallon met Finance Minister Bill Moreau on Tuesday.",
        "The foreign minister said the talks went smoothly.",
        "The finance minister said the budget was done.",
    )
    assert speaker(indirect(a, "the talks went")) == "Krista Fallon"
    assert speaker(indirect(a, "the budget")) == "Bill Moreau"
    b = article(
        "Holyrood",
        "First Minister Jack McCorran spoke on Monday. Finance Minister Bill Moreau spoke.",
        'The first minister said the plan was "a disgrace".',
    )
    assert speaker(quote(b, "a disgrace")) == "Jack McCorran"


def test_a_titled_role_is_a_mention_a_pronoun_may_stand_for() -> None:
    """ "The Tory leader was asked about the plan. He replied: ..." after "Tory leader
    Michael Harwood": Harwood, not the last man named."""
    a = article(
        "Campaign",
        "Tory leader Michael Harwood spoke in Leeds. Finance Minister Bill Moreau was in Ottawa.",
        'The Tory leader was asked about the plan. He replied: "It is a good plan."',
    )
    assert speaker(quote(a, "It is a good plan")) == "Michael Harwood"


def test_a_company_of_one_word_is_what_the_company_stands_for() -> None:
    """ "Drugmaker Novexa has named ... The company said": Novexa; "Brixol said
    ... However, it claimed": Brixol, named again with its one word."""
    a = article(
        "Pharma news",
        "Drugmaker Novexa has named a new chief executive to succeed Tom Pattison.",
        "The company said Mr Pattison would make way for the new chief in April.",
    )
    assert speaker(indirect(a, "Mr Pattison")) == "Novexa"
    b = article(
        "Oil news",
        "Shares in oil firm Brixol fell steeply on Tuesday after the ruling.",
        "The firm said it would appeal against the verdict.",
    )
    assert speaker(indirect(b, "it would appeal")) == "Brixol"


def test_a_bodys_document_speaks_for_the_body() -> None:
    """ "The Bank of Canada's latest report said": the bank; "the BNP's website said": the
    party."""
    a = article(
        "Rates",
        "The Bank of Canada's latest report said growth would slow next year.",
    )
    assert speaker(indirect(a, "growth would")) == "Bank of Canada"


def test_a_document_named_after_its_body_speaks_for_it() -> None:
    """ "according to a Washington Post database", "A Justice Department memo said": the
    bodies; "The council report said" stays the report."""
    a = article(
        "Policing",
        "At least 707 people were shot by police this year, according to a Washington Post "
        "database.",
        "A Justice Department memo said the plan was legal.",
        "The council report said the plan was too costly.",
    )
    assert speaker(indirect(a, "At least 707")) == "Washington Post"
    assert speaker(indirect(a, "the plan was legal")) == "Justice Department"
    assert speaker(indirect(a, "the plan was too")) == "The council report"


def test_a_month_before_a_bodys_name_is_no_one() -> None:
    """ "An August PBO report said": the PBO's, not a man called "August PBO"; what "an
    August PBO report found" in quote marks stays evidence, no speech."""
    a = article(
        "Budget",
        "An August PBO report said that spending would fall in the coming years.",
        'An August PBO report found "significant downward revisions" in spending.',
    )
    assert speaker(indirect(a, "spending would fall")) == "PBO"
    assert quote(a, "significant downward").attribution is None


def test_a_document_by_a_body_speaks_for_it() -> None:
    """ "according to an analysis by the Brixo Research Center", "A report from the C.D. Varley
    Institute said": the bodies."""
    a = article(
        "Polls",
        "Most voters back the plan, according to an analysis by the Brixo Research Center.",
        "A report from the C.D. Varley Institute said the plan would cost billions.",
    )
    assert speaker(indirect(a, "Most voters")) == "Brixo Research Center"
    assert speaker(indirect(a, "the plan would cost")) == "C.D. Varley Institute"


def test_a_country_of_two_words_is_no_one_she_stands_for() -> None:
    """ "The United States would not tolerate it, she said": the woman named before, not
    a person called "United States"."""
    a = article(
        "Diplomacy",
        "Ann Pike spoke in Geneva on Monday.",
        "The United States would not tolerate it, she said.",
    )
    assert speaker(indirect(a, "The United States")) == "Ann Pike"


def test_a_title_and_a_surname_alone_name_a_person() -> None:
    """ "Judge Ortiz disagreed ... “Sit down,” the judge replied": Ortiz, not the lawyer
    quoted before; "Premier Ford" read before "Ontario Premier Glen Ford" is him in
    full; "King Cross station" names no one."""
    a = article(
        "Trial",
        "Lawyer Ben Hale argued for the defence on Monday.",
        '"This is a farce," Hale said. Judge Ortiz disagreed with him.',
        '"Sit down," the judge replied.',
    )
    assert speaker(quote(a, "Sit down")) == "Ortiz"
    b = article(
        "Budget",
        "Premier Ford spoke on Monday about the cuts to the budget.",
        "The premier said the province could not afford it. Ontario Premier Glen Ford later "
        "said the cuts would stay.",
    )
    assert speaker(indirect(b, "the province")) == "Glen Ford"


def test_a_deputy_two_words_before_the_role_holds_another_office() -> None:
    """ "The prime minister said" is not "Deputy Prime Minister John Preston"; "the deputy
    prime minister" is."""
    a = article(
        "Westminster",
        "Deputy Prime Minister John Preston spoke on Monday. Tony Blaine was in Brussels.",
        "The prime minister said the plan would work well.",
        "The deputy prime minister said the plan would cost too much.",
    )
    assert speaker(indirect(a, "the plan would work")) != "John Preston"
    assert speaker(indirect(a, "the plan would cost")) == "John Preston"


def test_a_report_named_after_a_person_speaks_for_them() -> None:
    """ "The Kooy report said" after "Wim Kooy led the review": Kooy's words."""
    a = article(
        "Europe",
        "Former Dutch prime minister Wim Kooy led the review.",
        "The Kooy report said Europe had failed to modernise its economies.",
    )
    assert speaker(indirect(a, "Europe had failed")) == "Wim Kooy"


def test_an_acronym_names_the_body_it_followed_in_brackets() -> None:
    """ "The Canadian Centre for Housing Alternatives (CCHA) said ... The CCHA said": the
    centre, named in full, both times; so for "the National Institute of Labour and
    Regional Studies (NILRS)"."""
    a = article(
        "Economy",
        "The National Institute of Labour and Regional Studies (NILRS) said growth would "
        "slow next year.",
        "NILRS said inflation would stay low for years.",
        "The Canadian Centre for Housing Alternatives (CCHA) said wages fell last year. The "
        "CCHA said rents rose sharply.",
    )
    nilrs = "National Institute of Labour and Regional Studies"
    assert speaker(indirect(a, "growth would")) == nilrs
    assert speaker(indirect(a, "inflation would")) == nilrs
    assert speaker(indirect(a, "rents rose")) == "Canadian Centre for Housing Alternatives"


def test_an_office_before_an_appositive_name_is_theirs() -> None:
    """ "The Bishop of Dunmore, the Rt Rev Dr Tom Whitley," then "The Bishop said": Whitley,
    and so is "he" after; "The Chancellor, Gordon Brace," then "The Chancellor said"."""
    a = article(
        "Faith",
        "The Bishop of Dunmore, the Rt Rev Dr Tom Whitley, called the novel nonsense. Paul "
        "Hale said it sold well. The Bishop said there was no evidence for it.",
        '"It is fiction," he said.',
        "The Chancellor, Gordon Brace, spoke first. Alan Milner said little. The "
        "Chancellor said the plan was sound.",
    )
    assert speaker(indirect(a, "there was no evidence")) == "Tom Whitley"
    assert speaker(quote(a, "It is fiction")) == "Tom Whitley"
    assert speaker(indirect(a, "the plan was sound")) == "Gordon Brace"


def test_an_office_before_a_comma_and_a_name_not_closed_is_not_theirs() -> None:
    """In "Asked if he trusted the minister, Mr Brace replied", Brace is no minister: "the
    minister" after is Ann Lee."""
    a = article(
        "Rift",
        "Finance Minister Ann Lee and Gordon Brace spoke at the launch.",
        'Asked if he trusted the minister, Mr Brace replied: "Of course."',
        'Mr Brace later told reporters: "We are friends." Mr Brace smiled.',
        "The minister said the budget was sound.",
    )
    assert speaker(indirect(a, "the budget was sound")) == "Ann Lee"


def test_our_correspondent_is_the_correspondent_named_before() -> None:
    """ "Our correspondent said" after "BBC labour correspondent Stephen Carne said": the
    outlet's own correspondent, named."""
    a = article(
        "Pensions",
        "A strike is likely, said BBC labour correspondent Stephen Carne. Jo Marsh of "
        "Unison said members were angry.",
        "Our correspondent said talks could follow.",
    )
    assert speaker(indirect(a, "talks could follow")) == "Stephen Carne"


def test_an_epithet_is_the_subject_of_the_sentence_before() -> None:
    """ "the youngster said" after "Lyon striker Jean Marot is delighted": Marot, not the
    coach quoted before; "said the champion" after "team member Ann Roy said ...": Roy."""
    a = article(
        "Call-up",
        '"We will win," said coach Paul Hale. Meanwhile, Lyon striker Jean Marot is '
        'delighted with his first call-up. "It\'s incredible," the youngster said.',
        "Team member Ann Roy said the squad would cope without Kay Dunn. "
        '"It would be great to have Kay," said the European champion.',
    )
    assert speaker(quote(a, "It's incredible")) == "Jean Marot"
    assert speaker(quote(a, "It would be great")) == "Ann Roy"


def test_an_epithet_first_in_its_paragraph_is_the_person_named_most() -> None:
    """ "The heavy metal star said" opening a paragraph: the person the paragraphs before
    name most, not the last one quoted; a possessive is no subject ("Maurice Greer's
    record ... said the world champion")."""
    a = article(
        "Burglary",
        'Rock star Ricky Osgood chased a burglar. "I acted on instinct," Osgood said. '
        "His wife Sonia said her jewels were taken.",
        "The heavy metal star said he could have been hurt.",
    )
    assert speaker(indirect(a, "he could have been hurt")) == "Ricky Osgood"
    b = article(
        "Sprint",
        "Jason Garland won in Glasgow. His time was short of Maurice Greer's record. "
        '"It is a hard record," said the world champion.',
    )
    assert speaker(quote(b, "It is a hard record")) == "Jason Garland"


def test_the_first_words_of_a_body_name_it() -> None:
    """ "Corvex Data said" after "Corvex Data Inc posted a loss": the company, named in
    full, not a person "Corvex Data"; "New Zealand" is no short form of a union."""
    a = article(
        "Results",
        "Corvex Data Inc posted a loss. Corvex Data said sales fell 10 pct last year.",
        "The New Zealand Rugby Union met. New Zealand said the tour would go ahead as planned.",
    )
    q = indirect(a, "sales fell")
    assert speaker(q) == "Corvex Data Inc"
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ORGANISATION
    assert speaker(indirect(a, "the tour would")) != "New Zealand Rugby Union"


def test_a_body_named_with_of_is_one_body_its_role_stands_for() -> None:
    """ "the Ministry of Health" then "The ministry said"; "The Bank of Norland" then "The
    Bank said"; "The British Chambers of Commerce welcomed ... it said"; "The Department
    of Trade and Industry said" is one body, not a group."""
    a = article(
        "Rates",
        "Jets were bought by the Ministry of Health last week. The ministry said the deal "
        "was worth it.",
        "The Bank of Norland raised rates. The Bank said inflation was rising too fast.",
        'The British Chambers of Commerce welcomed the plan. "It is good news," it said.',
        "The Department of Trade and Industry said the rules would change next year.",
        '"I love it," said songwriter Neil Chambers.',
    )
    assert speaker(indirect(a, "the deal was worth")) == "Ministry of Health"
    assert speaker(indirect(a, "inflation was rising")) == "Bank of Norland"
    assert speaker(quote(a, "It is good news")) == "British Chambers of Commerce"
    dti = indirect(a, "the rules would change")
    assert speaker(dti) == "Department of Trade and Industry"
    assert dti.speaker is not None
    assert dti.speaker.kind is SpeakerKind.ORGANISATION
    chambers = quote(a, "I love it")
    assert speaker(chambers) == "Neil Chambers"
    assert chambers.speaker is not None
    assert chambers.speaker.kind is SpeakerKind.PERSON


def test_nobody_is_no_one_a_pronoun_stands_for() -> None:
    """ "Nobody asked about it, so Mayor Tom Lund brought it up. He called it ...": Lund;
    "Someone said" keeps an unnamed speaker."""
    a = article(
        "Refugees",
        "Nobody asked about the plan, so Mayor Tom Lund brought it up himself. He called "
        'it "shameful and wrong."',
        "Someone said the plan would fail within a year.",
    )
    assert speaker(quote(a, "shameful and wrong")) == "Tom Lund"
    assert speaker(indirect(a, "the plan would fail")) == "Someone"


def test_an_indefinite_relation_is_not_the_one_named_so() -> None:
    """ "a friend said" is not "her friend Omar Haddad" named before (a friend of another),
    while "a Superior Court judge" is the one judge the article names."""
    a = article(
        "Crash",
        "The victims included Sara Lund. Her friend Omar Haddad told reporters she loved travel.",
        '"He was kind," a friend said.',
        'Justice Sean Dorrell heard the case. "It is late," a Superior Court judge said.',
    )
    assert speaker(quote(a, "He was kind")) == "a friend"
    assert speaker(indirect(a, "she loved travel")) == "Omar Haddad"
    assert speaker(quote(a, "It is late")) == "Sean Dorrell"


def test_a_possessive_role_before_a_name_is_no_part_of_it() -> None:
    """ "said his nephew Michel Soheil", "Her agent Barry Bowen said": the names."""
    a = article(
        "Tribute",
        '"She was kind," said his nephew Michel Soheil.',
        "Her agent Barry Bowen said the show would go on.",
    )
    assert speaker(quote(a, "She was kind")) == "Michel Soheil"
    assert speaker(indirect(a, "the show would")) == "Barry Bowen"
    assert mention(indirect(a, "the show would")) == "Her agent Barry Bowen"


def test_a_name_with_a_generation_suffix_is_not_the_father() -> None:
    """ "His son Walter Jr. announced" after "Walter J. Brisk": Walter Jr., not his father;
    "Joseph R. Barden Jr.", named so in full, is still the Barden of "Mr. Barden"."""
    a = article(
        "Convention",
        "Walter J. Brisk won the vote. His son Walter Jr. announced on the floor that the "
        "delegates had delivered the votes.",
        "Vice President Joseph R. Barden Jr. spoke. Mr. Barden said the plan would fail.",
    )
    assert speaker(indirect(a, "the delegates had")) == "Walter Jr."
    assert speaker(indirect(a, "the plan would fail")) == "Joseph R. Barden Jr."


def test_a_name_in_the_words_before_he_said_that_is_no_persons_is_not_he() -> None:
    """ "The Homeland Security office completed 2,900 interviews, he said": not "Homeland
    Security"; "Creative was upbeat about its Creative Zen players, he said": not "Creative
    Zen"; a person whose given name the lists lack still is "he" in "; he says"."""
    a = article(
        "Checks",
        "Mayor Tom Lund spoke on Monday.",
        "The Homeland Security office completed 2,900 interviews, he said.",
        "Analyst Mike McGarry was there. Creative was upbeat about sales of its Creative "
        "Zen players, he said.",
        "The marathoner Feyaro Lemu won bronze; he says he fears going home.",
    )
    assert speaker(indirect(a, "completed 2,900")) == "Tom Lund"
    assert speaker(indirect(a, "Creative was upbeat")) == "Mike McGarry"
    assert speaker(indirect(a, "he fears going")) == "Feyaro Lemu"


def test_the_pm_is_the_prime_minister_named_before() -> None:
    """ "the PM said" after "Prime Minister Karl Brenner" (and a finance minister): Brenner,
    not an organisation "PM"."""
    a = article(
        "Sport",
        "Prime Minister Karl Brenner spoke. Finance Minister Ann Lee spoke too. "
        '"Sport is back," the PM said.',
    )
    q = quote(a, "Sport is back")
    assert speaker(q) == "Karl Brenner"
    assert mention(q) == "the PM"
    b = article(
        "Tax",
        "Treasury Cabinet Secretary Joseph Kiprono spoke. Tom Hale, a trader, agreed. "
        '"We have listened," the CS said.',
    )
    assert speaker(quote(b, "We have listened")) == "Joseph Kiprono"
    c = article(
        "Tax",
        "Brixo Bank CEO Dave Makin spoke. Analyst Tom Hale was sceptical.",
        '"We are ready," the bank\'s chief executive said.',
    )
    assert speaker(quote(c, "We are ready")) == "Dave Makin"


def test_a_document_named_with_its_author_speaks_for_them_later() -> None:
    """ "The book said" after "The book by journalist Sam Reed said": Reed's; "The
    statement added" after "Ann Lee's statement said": Lee's."""
    a = article(
        "Books",
        "The book by Sunday Telegraph journalist Sam Reed said the two men had fallen out.",
        "The book said Tony Blaine had promised to step down.",
        "Ann Lee's statement said the deal was off. The statement added that talks would go on.",
    )
    assert speaker(indirect(a, "Tony Blaine had")) == "Sam Reed"
    assert speaker(indirect(a, "talks would go on")) == "Ann Lee"


def test_a_role_may_name_a_person_quoted_by_honorific_and_surname() -> None:
    """ "Mr Kimber said ... The minister said": Kimber, a person by his honorific,
    though the article gives one word of his name."""
    a = article(
        "Council",
        "Mr Kimber said the plan would work. The minister said the plan was sound.",
    )
    assert speaker(indirect(a, "the plan was sound")) == "Kimber"


def test_they_is_the_people_named_since_the_group_quoted_last() -> None:
    """ "The main parties have said ... The Tories have promised a cut in bills. They say
    ...": the Tories, named since the parties spoke."""
    a = article(
        "Council tax",
        "All three of the main parties have said they will act.",
        "The Tories have promised a cut in bills. They say they can save billions.",
    )
    assert speaker(indirect(a, "they can save")) == "the Tories"


def test_the_party_is_the_party_named_before() -> None:
    """ "The Liberal Democrats want a local income tax. The party says ...": the Liberal
    Democrats; "Labour said ... The party said": Labour, a body, not a person."""
    a = article(
        "Tax",
        "The Liberal Democrats want a local income tax. The party says the tax is fairer for all.",
        "Labour said the plan was costed. The party said it would cut taxes for families.",
    )
    assert speaker(indirect(a, "the tax is fairer")) == "Liberal Democrats"
    labour = indirect(a, "the plan was costed")
    assert speaker(labour) == "Labour"
    assert labour.speaker is not None
    assert labour.speaker.kind is SpeakerKind.ORGANISATION
    assert speaker(indirect(a, "it would cut taxes")) == "Labour"


def test_an_age_description_is_a_mention_he_may_stand_for() -> None:
    """ "The 22-year-old pipped Maurice Greer ... “...,” he said": the 22-year-old, Jason
    Garland, not Greer."""
    a = article(
        "Sprint",
        "Jason Garland, 22, won the race in Glasgow on Sunday.",
        'The 22-year-old pipped Maurice Greer to the line. "It was close," he said.',
    )
    assert speaker(quote(a, "It was close")) == "Jason Garland"


def test_a_name_in_a_clause_opening_the_sentence_is_not_he() -> None:
    """ "Responding to criticism from pundit Alan Hanley, he insisted": not Hanley; "As
    for Brisk, he said" is still Brisk."""
    a = article(
        "Football",
        "Coach Tom Lund spoke on Monday.",
        "Responding to criticism from pundit Alan Hanley, he insisted the team was fine.",
        "Walter Brisk was in Ohio. Ted Crane spoke too. As for Brisk, he said he is not "
        "worried about the race.",
    )
    assert speaker(indirect(a, "the team was fine")) == "Tom Lund"
    assert speaker(indirect(a, "he is not worried")) == "Walter Brisk"


def test_a_surname_alone_has_no_gender_of_a_given_name() -> None:
    """ "..., Mora said. ..., he said": he is Mora, though some women are called Mora;
    not the place named in the words Mora reported. "Jane said ... he said" still keeps
    Jane a woman."""
    a = article(
        "Fertiliser",
        "The scheme includes a urea plant at Puerto Lindo on the coast, Mora said.",
        "The firm will buy new machinery from abroad, he said.",
        "Jane said the plant was safe. Tom Reyes said the road was open. The road will be "
        "rebuilt next year, she said.",
    )
    assert speaker(indirect(a, "The firm will buy")) == "Mora"
    assert speaker(indirect(a, "The road will be rebuilt")) == "Jane"


def test_a_place_after_in_is_no_person_though_it_opens_with_a_given_name() -> None:
    """ "the new stadium in Stanley Park. He said": Parrish, not a person called Stanley
    Park; "Brixol spokesman Dan Lake told" is still a man called Lake."""
    a = article(
        "Stadium",
        "Parrish said the club would not sell up. Parrish is securing money for the stadium in "
        'Stanley Park. He said: "I have opposed it from day one."',
        '"We intend to appeal," Brixol spokesman Dan Lake told reporters.',
    )
    assert speaker(quote(a, "I have opposed it")) == "Parrish"
    assert speaker(quote(a, "We intend to appeal")) == "Dan Lake"


def test_the_firm_is_the_company_named_when_none_was_quoted() -> None:
    """ "Shares in Delmar Airlines fell after the firm warned ...": Delmar Airlines, named
    but not quoted (and no person, though Delmar is a given name); "The airline" after is
    Delmar Airlines too, not "the firm" again. A company named paragraphs before is not
    "the company"."""
    a = article(
        "Airline",
        "Shares in Delmar Airlines have tumbled after the firm warned that fuel costs would "
        "rise. The airline said that losses would continue.",
    )
    assert speaker(indirect(a, "fuel costs would rise")) == "Delmar Airlines"
    assert speaker(indirect(a, "losses would continue")) == "Delmar Airlines"
    b = article(
        "Cars",
        "Orlan Motors opened a plant in Ohio.",
        "Prices rose in March.",
        "Wages rose in April.",
        "Rents rose in May.",
        "The company said the market would recover by the autumn.",
    )
    assert speaker(indirect(b, "the market would recover")) == "The company"


def test_a_one_word_company_in_apposition_is_the_company() -> None:
    """ "Halvia, a large German insurer, said ... However, the insurer said": Halvia,
    an organisation."""
    a = article(
        "Insurers",
        "Halvia, a large German insurer, said it could not yet gauge its exposure. However, "
        "the insurer said the storm was unlikely to have a big impact.",
    )
    q = indirect(a, "the storm was unlikely")
    assert speaker(q) == "Halvia"
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ORGANISATION


def test_a_surname_that_is_a_city_after_a_given_name_is_a_person() -> None:
    """ "Neil Houston ... Mr Houston said": Neil Houston, though Houston is a city; "Air
    Canada said" is still a company."""
    a = article(
        "Candidates",
        "Neil Houston wrote the review last year. Mr Houston said the findings were clear.",
        "Air Canada said fares would rise.",
    )
    assert speaker(indirect(a, "the findings were clear")) == "Neil Houston"
    fares = indirect(a, "fares would rise")
    assert fares.speaker is not None
    assert fares.speaker.kind is SpeakerKind.ORGANISATION


def test_a_province_opening_with_a_given_name_is_no_person() -> None:
    """ "Nova Scotia" (Nova a given name) is a place: "she says" after it is the woman
    quoted before."""
    a = article(
        "Drugs",
        '"We want answers," said Wendy Marsh. Doctors hope Nova Scotia is making progress. '
        '"That is why I chose to fight," she says.',
    )
    assert speaker(quote(a, "That is why I chose")) == "Wendy Marsh"


def test_the_nationality_noun_is_the_one_named_with_it() -> None:
    """ "Argentine Diego Nalvarez ... The Argentine had said ... “...”": Nalvarez, the
    one named with "Argentine", not Hewell named last; with two Americans named, "the
    American" stays unresolved."""
    a = article(
        "Tennis",
        "Argentine Diego Nalvarez lost to Leon Hewell in five sets. Hewell controlled "
        'the first two sets. The Argentine had said the antics were "not very good '
        'for the game".',
        'American Andy Rodden beat American Marty Fisk. "It is just tough," said the American.',
    )
    assert speaker(quote(a, "not very good")) == "Diego Nalvarez"
    assert speaker(quote(a, "It is just tough")) == "the American"


def test_the_nationality_noun_is_the_one_named_after_his_country() -> None:
    """ "Dmytro Kovalenko beat Brazil's Rafael Ribeiro. The Brazilian said ...": Ribeiro,
    named after his country's possessive; "Austria's Ann Dale" is no Australian."""
    a = article(
        "Dmytro Kovalenko beat Brazil's Rafael Ribeiro on Monday.",
        "The Brazilian said his back had limited his serve.",
    )
    assert speaker(indirect(a, "his back")) == "Rafael Ribeiro"
    b = article(
        "Tom Hale beat Austria's Ann Dale on Monday.",
        "The Australian said her back had limited her serve.",
    )
    assert speaker(indirect(b, "her back")) != "Ann Dale"


def test_he_after_a_described_subject_is_the_one_described_not_the_rival() -> None:
    """ "The world number one was forced to battle for five sets against Ivan Lubic. “...,”
    he said": the one described (Falk, named before), not Lubic; after "The final
    went five sets against Ivan Lubic" (no person described) it is still Lubic."""
    a = article(
        "Tennis",
        "Top seed Roger Falk beat Juan Ferro on Friday. The world number one was forced "
        'to battle for five sets against Ivan Lubic. "I had a slow start again," he said.',
        "Top seed Tom Hale beat Juan Ferro on Friday. The final went five sets against "
        'Ivan Lubic. "I was tired," he said.',
    )
    assert speaker(quote(a, "I had a slow start")) == "Roger Falk"
    assert speaker(quote(a, "I was tired")) == "Ivan Lubic"


def test_he_after_an_asked_clause_is_the_one_asked() -> None:
    """ "Asked whether he was worried that Tom Colby, the likely nominee, who has
    called ... a fraud, could win, Moon demurred. “...,” he said": Moon Hae-jin, the one
    asked, not Colby inside the question."""
    a = article(
        "Climate",
        "Moon Hae-jin spoke at the forum on Tuesday.",
        "Asked whether he was worried that Tom Colby, the likely nominee, who has "
        "called the idea of climate change a fraud, could become the next resident of the White "
        "House, Moon demurred.",
        '"There is only one science," he said.',
    )
    assert speaker(quote(a, "There is only one science")) == "Moon Hae-jin"


def test_he_before_a_cue_of_several_words_passes_a_possessive() -> None:
    """ "And it is on Tredwell's watch, he went on, that ...": he is Andrew Scholl, who
    said the sentence before, not Tredwell (named only in a possessive), as with "he
    said"."""
    a = article(
        "Politics",
        "Mark Tredwell spoke in Ottawa on Tuesday.",
        "It is on Tredwell's watch, Andrew Scholl said, that the nation is split. And it is "
        "on Tredwell's watch, he went on, that illegal crossings have become a real problem.",
    )
    assert speaker(indirect(a, "illegal crossings")) == "Andrew Scholl"


def test_a_party_in_the_plural_is_no_one_he_stands_for() -> None:
    """ "The Lib Dems' Treasury spokesman ... He wants to see “proper health checks”": not
    the Lib Dems, a party, whom no "he" stands for."""
    a = article(
        "Debt",
        "Vincent Cabot says many families struggle with debt. The Lib Dems' Treasury "
        'spokesman is setting out a policy on the matter. He wants to see "proper health '
        'checks" on credit.',
    )
    assert speaker(quote(a, "proper health checks")) == "Vincent Cabot"


def test_many_sentences_with_a_described_subject_in_a_row_resolve_without_recursion() -> None:
    """Thousands of "The world number one was forced ... against Ivan Lubic." in a row
    before "he said": the pronoun steps back over a few of them, no more (no recursion
    through the whole text)."""
    text = (
        "Tennis\n\nTop seed Roger Falk beat Juan Ferro. "
        + "The world number one was forced to battle for five sets against Ivan Lubic. " * 3000
        + '"I was tired," he said.'
    )
    a = newsmodel.parse_text(text)
    assert speaker(quote(a, "I was tired")) == "Ivan Lubic"


def test_she_after_a_sentence_that_opens_with_an_unnamed_woman() -> None:
    """ "A 29-year-old Berlin woman received probation ... “Go home!” she wrote": the
    woman described, not Anja Merten named a paragraph before."""
    a = article(
        "Courts",
        "Chancellor Anja Merten warned against hatred in her New Year address.",
        "A 29-year-old Berlin woman received probation after she had posted remarks "
        'online. "Go home!" she wrote.',
    )
    assert speaker(quote(a, "Go home!")) == "A 29-year-old Berlin woman"


def test_he_after_a_sentence_that_he_opens_is_the_one_he_stood_for() -> None:
    """ "Tom Dale won the primary. He referred to his second-place result behind Ted Crane.
    “...,” he said": Dale, whom the "he" opening the sentence before stands for, not Crane
    named after it; with Crane the subject of that sentence, it is Crane."""
    a = article(
        "Primary",
        "Tom Dale won the primary on Tuesday.",
        "But he referred only briefly to his second-place result in Iowa behind Ted Crane.",
        '"We learned a lot about knocking on doors," he said.',
        "Tom Hale won the caucus on Monday.",
        "Ted Crane finished second behind him in Iowa.",
        '"We will be back," he said.',
    )
    assert speaker(quote(a, "We learned a lot")) == "Tom Dale"
    assert speaker(quote(a, "We will be back")) == "Ted Crane"


def test_she_after_a_sentence_that_she_opens_passes_another_woman() -> None:
    """ "She will then team up with Daniela Hanusova ... “...,” she said": the one "she"
    stood for (Novakova), not Hanusova."""
    a = article(
        "Tennis",
        '"Women\'s tennis is very strong," Martina Novakova said.',
        "She will then team up with Daniela Hanusova for the doubles.",
        '"I might be playing a few singles events," she said.',
    )
    assert speaker(quote(a, "I might be playing")) == "Martina Novakova"


def test_a_shared_surname_goes_to_the_bearer_of_the_gender_the_sentence_gives() -> None:
    """ "Betsy Hale ... her husband, Tom Hale. Hale said it is hard to watch the attacks on
    her friend": Betsy Hale, the "her" after the cue telling which Hale, and so the "she"
    after; "Dale argued that the group should back his girlfriend" is Alan Dale, not Lolita
    Dale quoted just before."""
    a = article(
        "Friends",
        "Ann Dale has a close friend, Betsy Hale, who came to help with her husband, Tom Hale.",
        "Hale said it is sometimes hard to watch the attacks on her friend. "
        '"It is the blessing and the curse," she said.',
        "Rep. Alan Dale denied the charges.",
        '"He was unfaithful to me," Lolita Dale wrote in an email.',
        "At a meeting of the caucus, Dale argued that the group should back his girlfriend.",
    )
    assert speaker(indirect(a, "it is sometimes hard")) == "Betsy Hale"
    assert speaker(quote(a, "It is the blessing")) == "Betsy Hale"
    assert speaker(indirect(a, "the group should back")) == "Alan Dale"


def test_the_report_is_its_authors_when_the_paragraphs_before_mention_it_with_them() -> None:
    """ "A study by the School of Public Policy analyzed 13 projects. “...,” the report
    said": the school's; "In February, the Budget Office released a report ... the report
    says" the office's; "Tom Hale wrote in a recent report ... the report said" his; a bill
    that a speaker talks about is not his ("He said the merits of the bill ... the bill
    said")."""
    a = article(
        "Spending",
        "A study by the University of Dunmore School of Public Policy analyzed 13 projects.",
        '"Oversight of these schemes matters a great deal," the report said.',
        "In February, the Parliamentary Budget Office released a report on spending.",
        '"Costs are rising very fast," the report says.',
        "Economist Tom Hale wrote in a recent report that spending had stalled.",
        "Spending has fallen two per cent a year since then, the report said.",
        "Ann Dale said the merits of the bill had been hidden by lobby groups.",
        '"It will protect every inventor," the bill says.',
    )
    assert speaker(quote(a, "Oversight")) == "University of Dunmore School of Public Policy"
    assert speaker(quote(a, "Costs are rising")) == "Parliamentary Budget Office"
    assert speaker(indirect(a, "Spending has fallen")) == "Tom Hale"
    assert speaker(quote(a, "It will protect")) == "the bill"


def test_the_team_is_the_team_named_before_in_the_plural() -> None:
    """ "The Toronto Raptors beat Boston. ... “...,” the team said": the Raptors (a body
    named in the plural, not quoted); a club named as a body still comes first ("Toronto
    FC ... The club said"); a party in the plural is no team."""
    a = article(
        "Basketball",
        "The Toronto Raptors beat Boston on Friday.",
        '"We are back," the team said in a tweet.',
    )
    assert speaker(quote(a, "We are back")) == "Toronto Raptors"
    c = article(
        "Soccer",
        "Toronto FC signed a new striker on Friday. The club said he would arrive next week.",
    )
    assert speaker(indirect(c, "he would arrive")) == "Toronto FC"
    b = article("Vote", "The Liberals won the vote.", "The team said it was proud of the win.")
    assert speaker(indirect(b, "it was proud")) == "The team"


def test_he_after_a_subject_whose_given_name_the_table_does_not_know() -> None:
    """ "Harjit Sahota met Mark Smith on Monday. “...,” he said": Sahota, the subject,
    though only Smith's given name says a man; but not a subject whose first word the
    text writes in lower case too ("Absent Vale", an adjective glued to a surname)."""
    a = article(
        "Defence",
        "Harjit Sahota met Mark Smith on Monday.",
        '"We are ready to help," he said.',
    )
    assert speaker(quote(a, "We are ready")) == "Harjit Sahota"
    b = article(
        "Debate",
        "Many members were absent from the debate.",
        "Absent Vale met Mark Smith on Monday.",
        '"We are ready to debate," he said.',
    )
    assert speaker(quote(b, "We are ready")) == "Mark Smith"


def test_people_of_or_for_someone_named_are_a_group_not_that_person() -> None:
    """ "Supporters of Tom Dale say ..." and "Strategists for Ann Hale said ..." are those
    people, not Dale or Hale; "Greta's owners Ivar Lindqvist and Zelna Marreau" are still
    the owners named."""
    a = article(
        "Race",
        "Supporters of Tom Dale say that the plan is fair.",
        "Strategists for Ann Hale said the debate went well.",
        "Greta's owners Ivar Lindqvist and Zelna Marreau said the talks failed.",
    )
    assert speaker(indirect(a, "the plan is fair")) == "Supporters of Tom Dale"
    assert speaker(indirect(a, "the debate went well")) == "Strategists for Ann Hale"
    assert speaker(indirect(a, "the talks failed")) == "Ivar Lindqvist and Zelna Marreau"


def test_the_vice_president_is_not_the_president() -> None:
    """ "The vice president said" after "President Tom Dale": not Dale (no one titled vice
    president yet); after "Vice President Ted Lund", Lund."""
    a = article(
        "Office",
        "President Tom Dale hired Ann Hale as his chief of staff.",
        "The vice president said the plan would work.",
        "Vice President Ted Lund agreed. The vice president said it was fine.",
    )
    assert speaker(indirect(a, "the plan would work")) == "The vice president"
    assert speaker(indirect(a, "it was fine")) == "Ted Lund"


def test_a_party_adjective_ends_no_persons_name() -> None:
    """ "Six in 10 Virginia Democratic primary voters" names no person "Virginia
    Democratic" for the "she" of a sentence before to stand for (nor "Virginia" in a list
    of states): Ann Dale."""
    a = article(
        "Primaries",
        "Ann Dale is marking several victories with a rally in Miami.",
        "Dale has won Democratic primaries in Georgia, Virginia, Arkansas and Tennessee.",
        'She declared "What a night!"',
        "Six in 10 Virginia Democratic primary voters said Dale is honest.",
    )
    assert speaker(quote(a, "What a night")) == "Ann Dale"


def test_it_never_stands_for_the_body_spoken_to() -> None:
    """ "Tom Hale told the Harbour Gazette that ..." names the Gazette as the one told:
    a later "it says" is the company's quoted before, and so after "speaking to" or "in
    an interview with" a broadcaster."""
    a = article(
        "Costs",
        "Kelpie Foods says it is closing a plant. Tom Hale told the Harbour Gazette that "
        "it was a good move. Sales have fallen sharply, it says.",
        "Speaking to Coast Radio, a union leader said the cuts were unfair. It said that "
        "rents had doubled.",
    )
    assert speaker(indirect(a, "Sales have fallen")) == "Kelpie Foods"
    assert speaker(indirect(a, "rents had doubled")) == "Kelpie Foods"


def test_he_after_an_adjunct_that_names_someone_else_is_the_subject_before() -> None:
    """ "Disappointed by his memory of Tom Hale's years in office, he is committed to the
    senator. “...,” he said": the "he" of both sentences is the man named before, not the
    Hale of the opening adjunct."""
    a = article(
        "Canvass",
        "Rick Palmer, a 40-year-old teacher, is handing out leaflets for the Dale "
        "campaign. Disappointed by his memory of Tom Hale's years in office, he is "
        "committed to the senator.",
        '"I am knocking on every door in this town," he said.',
    )
    assert speaker(quote(a, "I am knocking")) == "Rick Palmer"


def test_it_stands_for_a_committee_quoted_before() -> None:
    """ "The Commons transport committee said ... It called the agency “a failing
    organisation”": the committee, which "it" stood for nowhere before."""
    a = article(
        "Agency",
        "The Commons transport committee said the agency had lost control of its budget.",
        'It called the agency "a failing organisation" in need of reform.',
    )
    assert speaker(quote(a, "a failing organisation")) == "The Commons transport committee"


def test_a_team_before_a_role_is_no_part_of_the_title() -> None:
    """ "Striker Tom Hale scored twice ... “...,” said the Rovers striker": the striker
    named before, whose title says nothing of the team."""
    a = article(
        "Derby",
        "Striker Tom Hale scored twice in the win. Hale was full of praise for the midfield.",
        '"It was great work from Sam," said the Rovers striker.',
    )
    assert speaker(quote(a, "It was great work")) == "Tom Hale"


def test_a_contracted_has_after_a_name_is_no_possessive() -> None:
    """ "Hale's been making the case that Bob Reid is not ready. “...,” he said": "'s" is
    "has", so Hale is the subject "he" stands for, not Reid."""
    a = article(
        "Debate",
        "Tom Hale spoke first. Bob Reid replied.",
        "Hale's been making the case for weeks that Bob Reid is not ready for the job."
        " “You have not made a real decision,” he said.",
    )
    assert speaker(quote(a, "You have not made")) == "Tom Hale"


def test_a_modified_role_after_a_quoted_person_is_theirs_unless_they_hold_another() -> None:
    """ "Carl Ford said ... The shadow chancellor said": Ford, whose office the article
    does not give; "The deputy minister said" after Minister Tom Dale is someone else."""
    a = article(
        "Budget",
        "Carl Ford said the plans were weak. The shadow chancellor said the plan was “a joke”.",
        "Minister Tom Dale said it was fine. The deputy minister said it was “a mess”.",
    )
    assert speaker(quote(a, "a joke")) == "Carl Ford"
    assert speaker(quote(a, "a mess")) == "The deputy minister"


def test_the_owner_of_a_subject_is_the_pronoun_after_but() -> None:
    """ "Reid's fate is still unclear, but she said": Reid, whose fate opens the sentence,
    not the woman quoted before it."""
    a = article(
        "Vote",
        "Ann Reid won the vote.",
        "“People stood for hours,” said Mary Cole of the Voter League.",
        "Reid's fate is still unclear, but she said last week that she would govern anyway.",
    )
    assert speaker(indirect(a, "she would govern")) == "Ann Reid"


def test_documents_capitalised_by_the_sentence_start_are_no_person() -> None:
    """ "Studies have shown that ..." names no person "Studies", whom a later "he" would
    be; "Surveys revealed ... It said" is not the surveys' either."""
    a = article(
        "Forums",
        'Tom Hale said the system was flawed. "It cannot work," he said. Studies have shown '
        'that firms have worked to undermine it. "The moderators are key," he said.',
        "Brixo Group sells security software. Surveys revealed that most machines carry "
        "spyware. It said that its program would not stop every infection.",
    )
    assert speaker(quote(a, "The moderators are key")) == "Tom Hale"
    assert speaker(indirect(a, "its program would not stop")) == "Brixo Group"


def test_a_full_name_given_only_inside_a_quotation_completes_the_surname() -> None:
    """ "“Patrick Moran will win this race,” she said. ... Moran said": Patrick Moran;
    "Prince Edmund" in quotation marks is no "Edmund" named in full, and no one quoted
    becomes the antecedent of a pronoun for it."""
    a = article(
        "Race",
        "Ann Reid backs the senator. “Patrick Moran will win this race,” she said.",
        "Moran said he was grateful for the support.",
        "“Prince Edmund was absolutely delighted,” Edmund Kerr said.",
    )
    assert speaker(indirect(a, "he was grateful")) == "Patrick Moran"
    assert speaker(quote(a, "Patrick Moran will win")) == "Ann Reid"
    assert speaker(quote(a, "Prince Edmund was")) == "Edmund Kerr"


def test_the_one_asked_answers() -> None:
    """ "Tom Hale asked Bob Reid whether ... “Sure it is,” he said": Reid answers; "asked
    Bob Reid to resign. “It is time,” he said" is Hale still, and so is a question put
    by someone unnamed inside another's words."""
    a = article(
        "Health",
        "Tom Hale asked Bob Reid whether questions about his health were fair game.",
        "“Sure it is,” he said.",
        "Tom Hale asked Bob Reid to resign. “It is time,” he said.",
        "Ann Dale was upset, she said, when a young man asked Lisa Ford why she lied. "
        "“I really got angry,” she said.",
    )
    assert speaker(quote(a, "Sure it is")) == "Bob Reid"
    assert speaker(quote(a, "It is time")) == "Tom Hale"
    assert speaker(quote(a, "I really got angry")) == "Ann Dale"


def test_an_age_no_one_is_named_with_is_the_subject_named_just_before() -> None:
    """ "Manek, ranked 162nd, was forced to withdraw. “...,” said the 20-year-old": Manek,
    not the star the article names most; not a subject who holds an office ("Newcastle
    boss Graeme Dale is said to ... But the 25-year-old")."""
    a = article(
        "Open",
        "Tom Hewell beat Ivo Manek in three sets. Hewell was pleased. “I played well,” "
        "Hewell said. “It was hard,” Hewell added.",
        "Manek, ranked 162nd on the tour, was forced to withdraw from the doubles. “For me, "
        "this was a big success,” said the 20-year-old.",
    )
    assert speaker(quote(a, "For me, this was")) == "Ivo Manek"
    b = article(
        "Transfer",
        "Richard Dunlow is ready to commit his future to the club. “I love it,” Dunlow said.",
        "Newcastle boss Graeme Dale is said to be impressed by Dunlow. “I want to stay,” "
        "said the 25-year-old.",
    )
    assert speaker(quote(b, "I want to stay")) == "Richard Dunlow"


def test_it_is_no_body_named_in_the_words_reported() -> None:
    """ "..., loaned to the Hale Group, controlled by Tom Hale, it said.": the body quoted
    before, not the group named in the words; "Brixo Corp said its Dunmore Corp unit will
    redeem notes. It said ..." is Brixo Corp."""
    a = article(
        "Deal",
        "Brixo Group said it had agreed to buy a stake in a rival. The purchase will be "
        "funded by a loan to the Hale Group, controlled by Tom Hale, it said.",
        "Castellan Petroleum Corp said its Dunmore Corp subsidiary will redeem its notes. "
        "It said interest would be paid in full.",
    )
    assert speaker(indirect(a, "The purchase will be funded")) == "Brixo Group"
    assert speaker(indirect(a, "interest would be paid")) == "Castellan Petroleum Corp"


def test_a_month_surname_after_an_inverted_cue() -> None:
    """ "“...,” said May." is Tessa May's once the article names her, and "she said May
    5" stays a date."""
    a = article(
        "Trade talks",
        "Tessa May met EU leaders on Tuesday.",
        "“We will deliver the deal,” said May.",
        "“It is done,” she said May 5.",
    )
    assert speaker(quote(a, "We will deliver")) == "Tessa May"
    assert mention(quote(a, "We will deliver")) == "May"
    assert mention(quote(a, "It is done")) == "she"


def test_a_description_given_again_stands_for_the_same_person() -> None:
    """ "The prime minister said" stood for Tom Hale: said again two paragraphs later,
    with Ann Reid named between, it is Hale still."""
    a = article(
        "Title",
        "Ann Reid will take a softer line in her second term, Tom Hale has said.",
        "The prime minister said Ms Reid had learned a lot.",
        "After talks in Dunmore, the prime minister said there had been a clear change of policy.",
    )
    assert speaker(indirect(a, "Ms Reid had learned")) == "Tom Hale"
    assert speaker(indirect(a, "there had been a clear change")) == "Tom Hale"


def test_an_epithet_before_a_name_is_no_part_of_it() -> None:
    """ "Teenager Lirna Kell won": a person named Lirna Kell (a given name no list holds),
    whom "she" after her surname stands for, not the other woman named."""
    a = article(
        "Title",
        "Teenager Lirna Kell won the Brixo Open.",
        "Kell, ranked 134 in the world, sank to her knees after serving out the match against "
        "Ann Ford. “It is a big moment,” she said.",
    )
    assert speaker(quote(a, "It is a big moment")) == "Lirna Kell"


def test_the_senior_official_is_the_one_said_to_be_senior() -> None:
    """ "the senior official said" after "a senior official at a Dunmore bank" and
    "another Dunmore bank official" is the senior one; "the official" the last."""
    a = article(
        "Title",
        "“We are not keen,” said a senior official at a Dunmore bank.",
        "“The problem is the debt,” said another Dunmore bank official.",
        "“Otherwise, our response will be negative,” the senior official said.",
    )
    assert speaker(quote(a, "Otherwise")) == "a senior official at a Dunmore bank"


def test_a_spanish_name_shortened_to_its_first_surname() -> None:
    """ "Melba Arroyo Febres" then "Ms. Arroyo said" and "she said": one person, named in
    full (the short form was a person "Arroyo" of her own)."""
    a = article(
        "Title",
        "“Guarantees are sound,” said Melba Arroyo Febres, the president of the bank.",
        "Ms. Arroyo said the bank would pay. “We will pay,” she said.",
    )
    assert speaker(indirect(a, "the bank would pay")) == "Melba Arroyo Febres"
    assert speaker(quote(a, "We will pay")) == "Melba Arroyo Febres"


def test_the_group_is_the_company_or_body_quoted_last() -> None:
    """ "the group said", "The British group said" after "Brixo Plc said" are Brixo Plc's;
    after "according to the Dunmore Golf Foundation", the foundation's."""
    a = article(
        "Title",
        "Brixo Plc said sales rose 10 pct in 1986.",
        "Profits rose too, the group said.",
        "The British group said it would split its shares.",
    )
    assert speaker(indirect(a, "Profits rose too")) == "Brixo Plc"
    assert speaker(indirect(a, "split its shares")) == "Brixo Plc"
    b = article(
        "Title",
        "There are fewer players, according to the Dunmore Golf Foundation.",
        "Almost 650 courses have closed since 2006, the group says.",
    )
    assert speaker(indirect(b, "Almost 650 courses")) == "Dunmore Golf Foundation"


def test_a_place_opened_by_san_is_no_person() -> None:
    """ "the attack in San Brixo" names a place, which a later "he" never stands for."""
    a = article(
        "Title",
        "Tom Hale spoke on Monday. As the attack in San Brixo showed, he is careful.",
        "He made clear that he intends to use his pulpit.",
    )
    assert speaker(indirect(a, "he intends to use")) == "Tom Hale"


def test_a_name_before_a_stock_ticker_is_a_company() -> None:
    """ "BRIXO <BRX> SETS STOCK SPLIT" then "Brixo said": a company, which "The company
    said" and "It said" stand for."""
    a = newsmodel.parse_text(
        "BRIXO <BRX> SETS STOCK SPLIT\n\n"
        "Brixo said its board authorized a two for one stock split.\n\n"
        "The company said the split is effective March 16.\n\n"
        "It said the dividend will rise 10 pct.\n"
    )
    assert indirect(a, "its board authorized").attribution.speaker.kind is SpeakerKind.ORGANISATION
    assert speaker(indirect(a, "the split is effective")) == "Brixo"
    assert speaker(indirect(a, "the dividend will rise")) == "Brixo"


def test_a_war_is_no_one() -> None:
    """ "World War II" names no person, whom "she" could stand for."""
    a = article("Title", "Ann Reid spoke. She served in World War II. “It was hell,” she said.")
    assert speaker(quote(a, "It was hell")) == "Ann Reid"


def test_the_charity_is_the_body_named_last() -> None:
    """ "the charity said" after "The Brixo Society wants a debate" is the society; "his
    organization" is no body named before."""
    a = article(
        "Title",
        "The Brixo Society wants a debate.",
        "It would be up to the leaders to decide, the charity said.",
        "Tom Hale runs a firm. His organization has argued that its contracts are protected.",
    )
    assert speaker(indirect(a, "up to the leaders")) == "Brixo Society"
    assert speaker(indirect(a, "its contracts are protected")) != "Brixo Society"


def test_a_description_sharing_a_word_with_the_quotation_is_still_she() -> None:
    """ "A BBC spokeswoman said ... She said ... “... on BBC Two.”": the quotation names
    BBC, but "A BBC spokeswoman" is no name it could be talking about, so "she" is her,
    not the producer named in what she reported."""
    a = article(
        "Title",
        "The show was put together by producer Andi Potts.",
        "A BBC spokeswoman said Andi Potts would stay as executive producer. She said that "
        "the time slot was still to be decided. “We hope the audience will find it on BBC "
        "Two.”",
    )
    assert speaker(indirect(a, "the time slot")) == "A BBC spokeswoman"
    assert speaker(quote(a, "We hope the audience")) == "A BBC spokeswoman"
    # the control: a name the quotation speaks of is still not its speaker
    b = article("Title", "Lisa Hale met Ann Reid. “I cannot believe Lisa would object,” she said.")
    assert speaker(quote(b, "I cannot believe")) == "Ann Reid"


def test_he_is_the_subject_named_by_a_title_alone() -> None:
    """ "Judge Ortiz took a short recess. When he returned he began by saying “...”": the
    judge, named by a title and a surname alone, is the subject the "he" follows; a
    person named in full before, not the subject, is not."""
    a = article(
        "Title",
        "My lawyer, Ben Hale, had argued for mercy. I looked over at Judge Ortiz’s clerks. "
        "Judge Ortiz took a short recess.",
        "When he returned he began by saying, “I do not think it is necessary to send him to "
        "jail.”",
    )
    assert speaker(quote(a, "I do not think")) == "Ortiz"
    # the control: a title and surname named, not the subject, still give "he" no one
    b = article(
        "Title",
        "Ben Hale met reporters after the hearing with Judge Ortiz.",
        "“We will appeal,” he said.",
    )
    assert speaker(quote(b, "We will appeal")) == "Ben Hale"


def test_it_and_they_stand_for_the_subject_described() -> None:
    """ "Tenants grumbled about what they said was ...", "The ministry has released a
    statement. “...,” it stated": a pronoun that stands for no one named or quoted takes
    the subject of its sentence, or of the one before, when it is a body or people
    described; a subject that cannot speak ("The proposals") is not taken."""
    a = article(
        "Title",
        "Tenants grumbled about what they said was a slow response from the landlord.",
        "The ministry has released a short statement on the case.",
        "“We are following the matter closely,” it stated.",
        "The proposals were debated for hours. They said the vote was rushed.",
    )
    assert speaker(indirect(a, "was a slow response")) == "Tenants"
    assert speaker(quote(a, "We are following")) == "The ministry"
    assert speaker(indirect(a, "the vote was rushed")) != "The proposals"


def test_a_participle_that_opens_a_sentence_is_no_one_a_pronoun_could_mean() -> None:
    """ "Staying lean, cutting costs and investing are among the reasons ...": a
    participle capitalised by its place names no one, so the "he" after it is still the
    one quoted before."""
    a = article(
        "Title",
        "“This was a very hard decision,” said Robert Dale, the plant's manager.",
        "Staying lean, cutting costs and investing are among the reasons 400 jobs "
        "will stay in Ohio.",
        "“Our firm, with local workers,” he added, “makes a lot of things here.”",
    )
    assert speaker(quote(a, "Our firm")) == "Robert Dale"


def test_it_looks_past_a_read_more_line() -> None:
    """ "Health Canada issued a recall. ¶ READ MORE: ... ¶ “...,” it said": the teaser is
    page furniture, no subject "it" could stand for, and no paragraph between the body
    named and the pronoun."""
    text = (
        "Recall\n\nHealth Canada issued a recall of the product on Friday.\n\n"
        "READ MORE: Recall issued for baby formula over bacteria fears\n\n"
        "“Consumers should stop using the product immediately,” it said.\n"
    )
    a = newsmodel.parse_text(text)
    assert speaker(quote(a, "Consumers should stop")) == "Health Canada"


def test_the_title_after_a_body_named_of_a_place() -> None:
    """ "Bank of Canada Governor Stephen Pardo spoke ... “...,” the governor said": the run
    of capitals names the bank, then the governor, whom "the governor" stands for."""
    a = article(
        "Rates",
        "Bank of Canada Governor Stephen Pardo spoke in Ottawa on Wednesday.",
        "“Rates will stay where they are for now,” the governor said.",
    )
    assert speaker(quote(a, "Rates will stay")) == "Stephen Pardo"


def test_the_company_is_the_body_the_sentence_before_is_about() -> None:
    """ "Ad revenue fell, according to AdVista. ¶ Brixo Media laid off 30 staff. “...,”
    the company said": the body the sentence before is about, not the one named in its
    source; so is "the agency" after "Statistics Canada released its report"."""
    a = article(
        "Jobs",
        "Ad revenue fell 14 per cent, according to AdVista.",
        "Brixo Media laid off 30 staff on Monday. “It was a hard decision,” the company said.",
        "Statistics Canada released its jobs report on Friday. “Hiring slowed,” the agency said.",
    )
    assert speaker(quote(a, "It was a hard decision")) == "Brixo Media"
    assert speaker(quote(a, "Hiring slowed")) == "Statistics Canada"


def test_they_are_the_family_named_in_the_paragraph_before() -> None:
    """ "The Nguyens have run the bakery for 30 years. ¶ “...,” they said": a name in the
    plural in the sentence before, across the paragraph break."""
    a = article(
        "Bakery",
        "The Nguyens have run the bakery for 30 years.",
        "“We never thought we would close,” they said.",
    )
    assert speaker(quote(a, "We never thought")) == "the Nguyens"


def test_the_councillor_and_the_ceo_stand_for_the_one_so_titled() -> None:
    """ "Coun. Omar Benali" then "the councillor said", "chief executive Harold Whitcombe"
    then "the CEO said": the role stands for the one whose title names it otherwise."""
    a = article(
        "Council",
        "Coun. Omar Benali voted against the budget on Tuesday.",
        "“It does nothing for renters,” the councillor said.",
        "Harbour Foods chief executive Harold Whitcombe announced the closure.",
        "“It was a hard decision,” the CEO said.",
    )
    assert speaker(quote(a, "It does nothing")) == "Omar Benali"
    assert speaker(quote(a, "It was a hard decision")) == "Harold Whitcombe"


def test_a_title_of_two_words_in_lower_case_is_a_mention_a_pronoun_stands_for() -> None:
    """ "The grand chief was unimpressed. “...,” he said": the grand chief named before,
    not the minister the sentence before names (nor the chief, Rosalind Reid, whose
    title says nothing else); "The grand premier" is nobody titled so."""
    a = article(
        "Grand Chief Alvin Fiddler called the advisory a shame. Minister Daniel Ouellette "
        "posted on X that he had spoken with Mr. Fiddler.",
        "The grand chief was unimpressed. “A post is not a water plant,” he said.",
    )
    assert speaker(quote(a, "A post is not")) == "Alvin Fiddler"
    c = article(
        "Chief Rosalind Reid led the walk. Grand Chief Alvin Fiddler called the advisory a "
        "shame. Minister Daniel Ouellette posted on X that he had spoken with the chief.",
        "The grand chief was unimpressed. “A post is not a water plant,” he said.",
    )
    assert speaker(quote(c, "A post is not")) == "Alvin Fiddler"
    b = article(
        "Premier Ann Dale called the advisory a shame. Minister Rita Moss posted on X that "
        "she had spoken with Ms. Dale.",
        "The grand premier was unimpressed. “A post is not a water plant,” she said.",
    )
    assert speaker(quote(b, "A post is not")) == "Rita Moss"


def test_a_bare_role_is_the_one_whose_title_says_nothing_else() -> None:
    """ "The chief said" of Chief Rosalind Kakegamic and Grand Chief Alvin Fiddler is the
    chief, and "she" after her is she, not the nurse quoted before."""
    a = article(
        "Chief Rosalind Kakegamic led the walk. Grand Chief Alvin Fiddler joined her.",
        "Nurse practitioner Priya Venkataraman said she sees infections every week.",
        "“We tell parents to boil,” she said.",
        "The chief said the walk would be repeated every year.",
        "“We will walk again next year,” she said.",
    )
    assert speaker(indirect(a, "the walk would be")) == "Rosalind Kakegamic"
    assert speaker(quote(a, "We will walk")) == "Rosalind Kakegamic"


def test_a_paragraph_describing_someone_unnamed_gives_the_pronoun_after_it() -> None:
    """ "The laid-off engineer was less optimistic. ¶ “...,” she said": the engineer's,
    not the mayor's quoted before; "The judge was unmoved." stands for the judge named."""
    a = article(
        "One engineer, who asked not to be named, lost her job on Tuesday.",
        "Waterloo Mayor Dorothy McCabe-Ng said she was concerned.",
        "“The talent is still here,” McCabe-Ng said.",
        "The laid-off engineer was less optimistic.",
        "“Everybody says that,” she said.",
    )
    q = quote(a, "Everybody says that")
    assert speaker(q) == "The laid-off engineer"
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.ANONYMOUS
    b = article(
        "Justice Ann Reid heard the case. Crown attorney Rita Moss asked for jail.",
        "“It is the only fit sentence,” Moss said.",
        "The judge was unmoved.",
        "“I will not send him to jail,” she said.",
    )
    assert speaker(quote(b, "I will not send")) == "Ann Reid"


def test_his_mother_is_the_woman_named_with_her_son_paragraphs_before() -> None:
    """ "Deanna Pelletier's son plays ..." four paragraphs before "His mother said": she
    is the mother, though her son and his words came between."""
    a = article(
        "Deanna Pelletier's son plays on the senior boys' basketball team.",
        "“He has worked for this season since Grade 9,” she said.",
        "“It sucks, but I get it,” her son, Kyle, said. “My teachers are stressed.”",
        "The Grade 11 student said he and his teammates had been practising alone.",
        "His mother said she supported the teachers.",
        "“I do not care who wins,” she said.",
    )
    assert speaker(indirect(a, "she supported the teachers")) == "Deanna Pelletier"
    assert speaker(quote(a, "I do not care")) == "Deanna Pelletier"


def test_a_lone_surname_with_a_verb_only_people_do_is_the_pronoun_after_it() -> None:
    """ "When asked which is harder, ..., Drummond didn't hesitate. “...,” he
    said": Drummond, named no other way, not the man named before; "Tom Hale won. Hale
    smiled." stays Tom Hale."""
    a = article(
        "Golf",
        "Vance came up three yards short.",
        "When asked which is harder, pitching or putting, Drummond didn’t hesitate.",
        "“It’s this for sure,” he said.",
        "Tom Hale won. Hale smiled.",
        "“We did it,” he said.",
    )
    assert speaker(quote(a, "It’s this")) == "Drummond"
    assert speaker(quote(a, "We did it")) == "Tom Hale"


def test_a_bare_role_is_the_one_a_longer_description_of_it_named() -> None:
    """ "“...,” the Edmonton Oilers head coach said" (Marc-Antoine Lessard) and, a
    paragraph about the team later, "The coach said ...": the same coach."""
    a = article(
        "Oilers stunned",
        "Marc-Antoine Lessard did not bother with the usual pleasantries.",
        "“We did not deserve to win that game,” the Edmonton Oilers head coach said.",
        "The Oilers went 0-for-6 with the man advantage.",
        "The coach said everything was on the table.",
    )
    assert speaker(quote(a, "We did not deserve")) == "Marc-Antoine Lessard"
    assert speaker(indirect(a, "everything was on the table")) == "Marc-Antoine Lessard"


def test_a_titled_surname_shared_by_a_family_is_the_one_called_so_before() -> None:
    """ "Dr. Kaplan said" after his son David Kaplan was quoted: Harold Kaplan, whom the
    obituary called Dr. Kaplan; a title that tells a gender ("Mrs.") and no title at all
    ("a photo and Clinton") decide nothing here."""
    a = article(
        "Obituary",
        "Harold Kaplan, a physicist, died on Feb. 26.",
        "Dr. Kaplan, known to colleagues as a wit, spent years on lasers.",
        "His son, David Kaplan, said his father never owned a CD player.",
        "“He said the sound was too clean,” David Kaplan said.",
        "In a 2004 interview, Dr. Kaplan said he was proudest of his students.",
    )
    assert speaker(indirect(a, "proudest of his students")) == "Harold Kaplan"
    assert speaker(quote(a, "He said the sound")) == "David Kaplan"


def test_a_pronoun_right_after_who_is_not_the_one_the_relative_is_about() -> None:
    """ "He singled out Scottie Barnes, who he said had “willed” the team": the coach
    said it, not Barnes; "Ann Dale, who said ..." is still Dale."""
    a = article(
        "Raptors win",
        "Coach Darko Rajakovic praised the bench.",
        "He singled out Scottie Barnes, who he said had “willed” the team to the win.",
        "Forward Ann Dale, who said she was tired, sat out.",
    )
    assert speaker(quote(a, "willed")) == "Darko Rajakovic"
    assert speaker(indirect(a, "she was tired")) == "Ann Dale"


def test_a_relative_opening_the_sentence_before_is_the_pronoun_after_it() -> None:
    """ "Her husband put an arm around her. “...,” he said" is the husband introduced as
    "Her husband, Greg Roberts,", not the premier quoted between; "Her husband said"
    itself is read as before."""
    a = article(
        "Flood",
        "Sandra Roberts said the damage would not be covered.",
        "Her husband, Greg Roberts, said the couple had lived there for 31 years.",
        "Premier Tim Houston said the province would help.",
        "Her husband put an arm around her. “We will figure it out,” he said.",
    )
    assert speaker(quote(a, "We will figure")) == "Greg Roberts"
    assert speaker(indirect(a, "the province would help")) == "Tim Houston"


def test_a_surname_alone_is_the_one_not_introduced_as_a_relative() -> None:
    """ "Her mother, Jill Dunmore, watched ... ¶ Dunmore ... said": Summer Dunmore, whom
    the story is about; but "Her mother, Delphine Reid, said ... ¶ “...,” Reid said"
    goes on with the mother, quoted just before."""
    a = article(
        "Swim",
        "Summer Dunmore won her fourth gold medal on Sunday.",
        "Her mother, Jill Dunmore, watched from the stands in Paris.",
        "Dunmore, who is expected to attend university in Texas, said she planned to rest.",
    )
    assert speaker(indirect(a, "she planned to rest")) == "Summer Dunmore"
    b = article(
        "Missing",
        "Ashley Reid, 15, was last seen on Oct. 4.",
        "Her mother, Delphine Reid, said the family does not accept that.",
        "“Ashley would never leave without her phone,” Reid said.",
    )
    assert speaker(quote(b, "Ashley would never")) == "Delphine Reid"


def test_a_relative_introduced_with_an_age_is_still_a_relative() -> None:
    """ "when her nephew, 27-year-old Tom Ekho, was shot ... ¶ Ekho said": the aunt the
    story is about, and so is "she"."""
    a = article(
        "Grief",
        "Mary Ekho has been grieving since Friday night, when her nephew, 27-year-old Tom "
        "Ekho, was shot.",
        "Ekho said the family does not accept that account.",
        "“He was a gentle person,” she said.",
    )
    assert speaker(indirect(a, "the family does not")) == "Mary Ekho"
    assert speaker(quote(a, "He was a gentle")) == "Mary Ekho"


def test_a_description_after_a_question_put_to_someone_is_theirs() -> None:
    """ "Asked about Kilbride's comments, Marchuk did not hesitate. ¶ “...,” said the
    former world champion": Jolene Marchuk, the subject after the question."""
    a = article(
        "Curling",
        "Jolene Marchuk won again. Kilbride said she wanted to beat her.",
        "Asked about Kilbride's comments, Marchuk did not hesitate.",
        "“Good. She should want that,” said the former world champion.",
    )
    assert speaker(quote(a, "Good. She should")) == "Jolene Marchuk"


def test_the_department_after_its_spokesperson_is_the_department() -> None:
    """ "A spokesperson for Brixo Health said ... “...,” the department said": the body
    the spokesperson spoke for, named only in that phrase."""
    a = article(
        "Water",
        "A spokesperson for Brixo Health Canada said a new plant was being designed.",
        "“We remain committed,” the department said.",
    )
    assert speaker(quote(a, "We remain committed")) == "Brixo Health Canada"


def test_the_federation_is_the_body_the_sentence_before_is_about() -> None:
    """ "Speed Skating Canada said ... The federation said ...": the body named just
    before; "The weather agency said" after "Environment Canada issued a warning" is that
    agency; "The union said" after a company spoke is no company."""
    a = article(
        "Skating",
        "Speed Skating Canada said the arrangement was unusual. The federation said it had "
        "put in place a clear reporting structure.",
        "Environment Canada issued a warning on Monday. The weather agency said wind chills "
        "of -30 were expected.",
        "Lakeport Steel said the layoffs were temporary. The union said it was given no notice.",
    )
    assert speaker(indirect(a, "it had put in place")) == "Speed Skating Canada"
    assert speaker(indirect(a, "wind chills")) == "Environment Canada"
    assert speaker(indirect(a, "it was given no notice")) != "Lakeport Steel"


def test_a_surname_alone_after_a_relative_named_by_a_given_name() -> None:
    """ "Ana Okafor, whose daughter Bea is in Grade 6, said ... ¶ “...,” Okafor said": the
    mother quoted just before, not the daughter introduced by a noun of kin; "Tom Hale's
    son Ben" is a relative too."""
    a = article(
        "Schools",
        "Ana Okafor, whose daughter Bea is in Grade 6, said the board never asked parents.",
        "“The consultation was theatre,” Okafor said.",
        "“My friends are there,” Bea Okafor said.",
    )
    assert speaker(quote(a, "The consultation")) == "Ana Okafor"
    assert speaker(quote(a, "My friends")) == "Bea Okafor"


def test_a_trade_that_reads_as_a_body_stands_for_the_one_it_described() -> None:
    """ "Lorraine Beaudoin, a 54-year-old machine operator, has ... ¶ “...,” the machine
    operator asked" is Beaudoin's, though "operator" may name a company."""
    a = article(
        "Plant closing",
        "Lorraine Beaudoin, a 54-year-old machine operator, has worked at the plant for 30 years.",
        "“I’m 54. Who’s going to train me?” the machine operator asked.",
    )
    assert speaker(quote(a, "I’m 54")) == "Lorraine Beaudoin"


def test_bodies_named_in_apposition_with_a_plural_possessive_or_after_an_owner() -> None:
    """ "Her union, the Registered Nurses’ Union of Ontario, ... “...,” the union said" is
    that union (one body over "Nurses’"); "The province’s Water Security Agency said" is
    the Water Security Agency; "The festival said" is the festival named before."""
    a = article(
        "Nurses",
        "Her union, the Registered Nurses’ Union of Ontario, has pushed for the cap to go.",
        "“Repeal the wage cap, and some of them will come back,” the union said.",
        "The province’s Water Security Agency said it is reviewing the study.",
        "The Atlantic Screen Festival opened Thursday in Halifax with a gala.",
        "The festival said attendance rose 18 per cent over last year.",
    )
    assert speaker(quote(a, "Repeal the wage cap")) == "Registered Nurses’ Union of Ontario"
    assert speaker(indirect(a, "reviewing the study")) == "Water Security Agency"
    assert speaker(indirect(a, "attendance rose")) == "Atlantic Screen Festival"


def test_an_acronym_names_the_body_whose_initials_it_gives() -> None:
    """ "The CBSA said" after "the Canada Border Services Agency" is that agency, one
    speaker under one name; an acronym no body named in full gives stays as written."""
    a = article(
        "Removal",
        "In six weeks, the Canada Border Services Agency says, the family must leave.",
        "The CBSA said removals are “a last resort.”",
        "The OHRC said it would look into the case.",
    )
    assert speaker(quote(a, "a last resort")) == "Canada Border Services Agency"
    assert speaker(indirect(a, "would look into")) == "OHRC"
    # a body named after a place: "RVPH" for "Rideau Valley Public Health"
    b = article(
        "Measles",
        "Rideau Valley Public Health confirmed four new cases on Monday. RVPH said the risk "
        "is low for the public.",
    )
    assert speaker(indirect(b, "the risk is low")) == "Rideau Valley Public Health"


def test_an_acronym_names_a_consortium_guild_or_museum_named_in_full() -> None:
    """ "the BRC said" after "the British Retail Consortium": a consortium, a guild, a
    museum or a theatre named in full is a body, whose initials stand for it."""
    a = article(
        "Retail",
        "Sales rose in March, the Northland Retail Consortium said on Tuesday.",
        "“It was a good month for shoes,” the NRC said.",
        "The Harbour Writers Guild said its members would strike. The guild said talks had failed.",
    )
    assert speaker(quote(a, "It was a good month")) == "Northland Retail Consortium"
    assert speaker(indirect(a, "talks had failed")) == "Harbour Writers Guild"
    assert speaker_kind(indirect(a, "its members would strike")) == (
        "Harbour Writers Guild",
        SpeakerKind.ORGANISATION,
    )


def test_a_places_office_in_a_lede_is_the_one_quoted_next_with_no_office() -> None:
    """ "Quebec’s immigration minister says ... ¶ “...,” said Geneviève Paradis-Lemay" is
    hers; not when the one quoted next holds another role ("said Ann Reid, a nurse")."""
    a = article(
        "Quebec wants fewer temporary residents",
        "OTTAWA — Quebec’s immigration minister says the province can no longer absorb the "
        "pace of temporary immigration.",
        "“We have reached our capacity,” said Geneviève Paradis-Lemay, speaking in Quebec City.",
    )
    assert speaker(indirect(a, "can no longer absorb")) == "Geneviève Paradis-Lemay"
    b = article(
        "Title",
        "OTTAWA — Canada’s health minister says the province can no longer absorb the pace "
        "of change.",
        "“We have reached our capacity,” said Ann Reid, a nurse at St. Joseph’s Hospital.",
    )
    assert speaker(indirect(b, "can no longer absorb")) != "Ann Reid"


def test_a_relative_whose_name_tells_no_gender_is_found_by_a_pronoun() -> None:
    """ "Corazon Dizon, 71, is retiring, and her son Paolo is taking over ... His mother
    said" is Corazon Dizon, a woman by the "her" after her name; "Harjot Sandhu spoke
    outside court. His sister, Simran Sandhu, ... ¶ Her brother said" is Harjot Sandhu,
    a man by the "His" opening the next sentence."""
    a = article(
        "Title",
        "Corazon Dizon, 71, is retiring, and her son Paolo is taking over the bakery.",
        "Paolo Dizon, 38, left a job in IT. He said he had been thinking about it for years.",
        "His mother said the early years were brutal.",
        "Harjot Sandhu spoke outside court. His sister, Simran Sandhu, stood beside him.",
        "Her brother said the family had not been told in advance.",
    )
    assert speaker(indirect(a, "early years")) == "Corazon Dizon"
    assert speaker(indirect(a, "not been told")) == "Harjot Sandhu"


def test_a_city_named_with_of_is_the_city_that_speaks_after() -> None:
    """ "Merchants are suing the City of Ottawa. In a statement, the city said ..." is the
    City of Ottawa; "Nurse-in-charge Nadia Haddad" is Haddad, her role a title."""
    a = article(
        "Title",
        "Merchants are suing the City of Ottawa over the construction. In a statement, the "
        "city said it does not comment on matters before the courts.",
        "Nurse-in-charge Nadia Haddad said staff have given out dozens of naloxone kits.",
    )
    assert speaker(indirect(a, "does not comment")) == "City of Ottawa"
    assert speaker(indirect(a, "naloxone kits")) == "Nadia Haddad"


def test_the_agency_is_the_one_body_quoted_lately() -> None:
    """ "TransLink said ... ¶ The agency said ..." is TransLink, the one body quoted and
    named lately, though no word of its name says it is a public body."""
    a = article(
        "Title",
        "TransLink said it would review the plan on Monday.",
        "The agency said it has not done any such study of the line.",
    )
    assert speaker(indirect(a, "any such study")) == "TransLink"


def test_a_plural_name_alone_is_the_team_named_in_full_before() -> None:
    """ "The Edmonton Oilers lost ... The Oilers said" is the Edmonton Oilers, one speaker
    under one name (and "the Times" the New York Times named before)."""
    a = article(
        "Title",
        "The Edmonton Oilers lost on Tuesday night. The Oilers said the injury is not serious.",
        "The Liberals said the vote on the bill was fair.",
    )
    assert speaker(indirect(a, "injury is not serious")) == "Edmonton Oilers"
    assert speaker(indirect(a, "the vote on the bill")) == "The Liberals"


def test_a_titled_name_with_a_place_word_is_a_person() -> None:
    """ "At Paper Crane Books, owner Seo-yeon Park said she ... ¶ “...,” she said" is
    Park's: a title before the name makes a person of it, "Park" a place word or not."""
    a = article(
        "Title",
        "At Paper Crane Books in Koreatown, owner Seo-yeon Park said she had sold out twice.",
        "“I don’t correct them,” she said.",
    )
    q = quote(a, "I don’t correct")
    assert speaker(q) == "Seo-yeon Park"
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.PERSON


def test_a_body_based_in_a_place_of_two_words_is_named_without_it() -> None:
    """ "Los Angeles-based Northlight Pictures" is Northlight Pictures, as "Calgary-based
    Suncor Energy" is Suncor Energy."""
    a = article(
        "Title",
        "The film was bought by Los Angeles-based Northlight Pictures after what the company "
        "called “a very long night on the phone.”",
    )
    assert speaker(quote(a, "a very long night")) == "Northlight Pictures"


def test_a_capitalised_role_opening_a_line_is_the_body_it_stands_for() -> None:
    """ "Company says it has ‘already fixed’ the problem" (a line opening with the role)
    and "The company said" after "StrideLoop Technologies was fined" are StrideLoop's."""
    a = article(
        "StrideLoop fined over data",
        "StrideLoop Technologies was fined on Monday by the regulator for sharing data.",
        "Company says it has ‘already fixed’ the problem",
        "The company said an audit would be “duplicative and unnecessary.”",
    )
    assert speaker(quote(a, "already fixed")) == "StrideLoop Technologies"
    assert speaker(quote(a, "duplicative")) == "StrideLoop Technologies"


def test_a_capitalised_role_no_body_stands_for_is_no_name_for_later_roles() -> None:
    """A deck "Company says ..." before any company is named is the role noun alone: no
    name "the company" stands for later, which is the company the body names."""
    a = article(
        "Fitness app broke privacy law, watchdog finds",
        "Company says it has ‘already fixed’ the problem",
        "Runwell Labs shared route data with 14 third parties, according to the report.",
        "The company described the data as “anonymized,” but the office disagreed.",
    )
    assert speaker(quote(a, "anonymized")) == "Runwell Labs"


def test_police_after_a_force_named_by_its_acronym() -> None:
    """ "Squamish RCMP Cpl. Harpreet Sandhu said ... ¶ Police said ..." is Squamish RCMP,
    and "The RCMP said ... Police said" the RCMP."""
    a = article(
        "Title",
        "In an update Wednesday, Squamish RCMP Cpl. Harpreet Sandhu said crews had covered "
        "more than 40 square kilometres.",
        "Police said the search would be scaled back on Friday.",
        "The RCMP said the driver was speeding. Police said he was charged with dangerous driving.",
    )
    assert speaker(indirect(a, "scaled back")) == "Squamish RCMP"
    assert speaker(indirect(a, "he was charged")) == "RCMP"


def test_the_regulator_is_the_body_of_government_named_last() -> None:
    """ "complaints with the Canadian Transportation Agency ... the regulator said" is the
    agency: a regulator stands for the last body of government named."""
    a = article(
        "Title",
        "Passengers filed 9,000 complaints with the Canadian Transportation Agency last "
        "year. In a statement, the regulator said the backlog is shrinking fast.",
    )
    assert speaker(indirect(a, "backlog is shrinking")) == "Canadian Transportation Agency"


def test_his_mother_three_paragraphs_on_by_the_pronoun_that_follows_her_name() -> None:
    """ "... has been Corazon Dizon, whom regulars call “Tita Cora.” She opened the shop"
    makes her a woman (the "She" opening the next sentence); "His mother said", three
    paragraphs after her son Paolo Dizon, is hers."""
    a = article(
        "Title",
        "For three decades, the woman behind the counter has been Corazon Dizon, whom "
        "regulars call “Tita Cora.” She opened the shop in 1994.",
        "Paolo Dizon, 38, left a job in IT to run the shop.",
        "“I grew up in that back room,” he said.",
        "The shop sells bread and coffee every morning.",
        "His mother said the early years were brutal.",
    )
    assert speaker(indirect(a, "early years")) == "Corazon Dizon"


def test_a_canadian_city_is_no_company_the_company_stands_for() -> None:
    """ "EDMONTON — A First Nation ... says ... ¶ ... Calgary-based Summit Ridge Resources
    ... ¶ In a statement, the company said" is Summit Ridge Resources, though the wire's
    dateline went unread after its byline lines: Edmonton is a place, no company."""
    a = article(
        "Chief says First Nation will ‘use every tool’ to stop coal mine expansion",
        "The Canadian Press\nStaff\nPublished Nov. 2, 2023",
        "EDMONTON — A First Nation in southern Alberta says it will “use every tool "
        "available” to stop the expansion of a coal mine it argues would poison the "
        "headwaters its members have relied on for generations.",
        "Chief Rebecca Morningstar of the Red Willow Cree Nation told reporters Thursday "
        "that the band had filed a request for a federal impact assessment of the project.",
        "“Our grandparents were told this land would be protected,” Morningstar said. “We "
        "are done being told.”",
        "The proposed expansion by Calgary-based Summit Ridge Resources would roughly double "
        "the footprint of its Elk Hollow mine, which has operated since 2006.",
        "In a statement, the company said the project would create about 400 jobs.",
    )
    assert speaker(indirect(a, "400 jobs")) == "Summit Ridge Resources"


def test_a_role_after_a_subject_behind_an_opening_adverbial() -> None:
    """ "For most of the standing ovation ..., Rania Khoury kept her eyes on the floor. ¶
    “...,” the Montreal director said" is Khoury's: the subject after the sentence's
    opening adverbial."""
    a = article(
        "Title",
        "For most of the 11-minute standing ovation that followed the premiere of “The "
        "Orchard at Night” at Roy Thomson Hall on Sunday, Rania Khoury kept her eyes on the "
        "floor.",
        "“I could not look at them,” the Montreal director said.",
    )
    assert speaker(quote(a, "I could not look")) == "Rania Khoury"


def test_a_compound_given_name_and_a_players_age() -> None:
    """ "Rookie guard Sophie-Anne Lapointe ... said ... ¶ “...,” the 21-year-old said" is
    Lapointe's: "Sophie-Anne" is a given name of two ("Sophie" and "Anne"), and a
    position is no office that keeps the age from her."""
    a = article(
        "Title",
        "Guard Aaliyah Grant, a Scarborough native, said the crowd carried the Tempo through "
        "the run.",
        "“She is lying,” Grant said.",
        "Rookie guard Sophie-Anne Lapointe, who hit a corner three, said she had not planned "
        "to shoot it.",
        "“Honestly, I was looking for Ji-woo,” the 21-year-old said.",
    )
    assert speaker(quote(a, "Honestly")) == "Sophie-Anne Lapointe"


def test_the_statement_skips_a_document_of_another_kind_named_between() -> None:
    """ "The Budget Office said in a statement that it would publish its analysis of the
    economic statement. ¶ “...,” the statement said" is the office's: "the economic
    statement" is another document, no statement of an owner."""
    a = article(
        "Title",
        "The Budget Office said in a statement that it would publish its own analysis of "
        "the economic statement within two weeks.",
        "“Our role is to provide analysis,” the statement said.",
    )
    assert speaker(quote(a, "Our role")) == "Budget Office"


def test_the_team_is_a_team_that_opens_its_sentence_without_the() -> None:
    """ "Montreal Canadiens goalie Max Roy will miss six weeks, the team announced" is the
    Canadiens', named at the sentence's start without "the"."""
    a = article(
        "Title",
        "Montreal Canadiens goalie Max Roy will miss six weeks, the team announced Wednesday.",
    )
    assert speaker(indirect(a, "will miss six weeks")) == "Montreal Canadiens"


def test_a_statement_or_a_document_of_a_named_group_or_department() -> None:
    """ "Grain Growers of Canada said in a statement ... ¶ “...,” the statement said" is
    the group's, and "according to a background document released by Health Canada" the
    department's (it was the document)."""
    a = article(
        "Title",
        "Grain Growers of Canada said in a statement that it welcomed the money.",
        "“Farms are small,” the statement said.",
        "According to a background document released by Health Canada, the program aims to "
        "cut costs.",
    )
    assert speaker(quote(a, "Farms are small")) == "Grain Growers of Canada"
    assert speaker(indirect(a, "the program aims")) == "Health Canada"


def test_a_role_no_one_named_before_holds_is_the_one_named_later_in_that_office() -> None:
    """ "The province’s education minister said ... ¶ Education Minister Liam Furey
    said": the one the article names in that office after the role, whose words qualify
    it; "the home secretary" is no "shadow home secretary" named later."""
    a = article(
        "Schools",
        "The province’s education minister said the plan would cost $40 million.",
        "“It is a start,” the minister said.",
        "Education Minister Liam Furey said the money would flow in the fall.",
    )
    assert speaker(indirect(a, "the plan would cost")) == "Liam Furey"
    assert speaker(quote(a, "It is a start")) == "Liam Furey"
    b = article(
        "Court",
        "The prosecutor told the court the attack was planned.",
        "Crown attorney Gareth Hale asked for eight years.",
    )
    assert speaker(indirect(b, "the attack was planned")) == "Gareth Hale"
    c = article(
        "Policing",
        "The home secretary said the plan was sound.",
        "Shadow home secretary Tom Dale said it would fail.",
    )
    assert speaker(indirect(c, "the plan was sound")) == "The home secretary"


def test_a_role_described_then_quoted_by_a_new_name_is_that_person() -> None:
    """ "The lead investigator on the file said ... ¶ “...,” said Sgt. Ana Ferreira": the
    one quoted next, named there first and described no further, is the one the role
    described; not one described anew ("said Ana Ferreira, a neighbour"), nor where the
    role's sentence names someone before it."""
    a = article(
        "Arson",
        "Police laid charges on Monday.",
        "The lead investigator on the file, a veteran of the unit, said the case came "
        "together over 10 days.",
        "“We had him on video near three of the fires,” said Sgt. Ana Ferreira.",
    )
    assert speaker(indirect(a, "the case came together")) == "Ana Ferreira"
    b = article(
        "Arson",
        "Police laid charges on Monday.",
        "The lead investigator on the file said the case came together over 10 days.",
        "“We were scared,” said Ana Ferreira, a neighbour.",
    )
    assert speaker(indirect(b, "the case came together")) == "The lead investigator"
    c = article(
        "Ban",
        "A lawmaker is calling for Tom Dale to be banned after the presidential candidate "
        "suggested that immigrants posed a threat.",
        "“There is no basis for it,” Ann Reyes said.",
    )
    assert speaker(indirect(c, "immigrants posed a threat")) != "Ann Reyes"


def test_an_acronym_names_a_body_quoted_before_under_its_full_name() -> None:
    """ "General Motors said ... ¶ “...,” GM said": a body that spoke under a name no word
    of which marks it a body is the one its initials stand for."""
    a = article(
        "Results",
        "General Motors said higher health costs in North America had cut its profits.",
        "“It was a hard year,” GM said.",
    )
    assert speaker(quote(a, "It was a hard year")) == "General Motors"


def test_a_surname_with_its_particle_capitalised_is_the_person_named_before() -> None:
    """ "Van der Berg said", its particle capitalised to open the sentence, is "Renée van
    der Berg" named before, not a person of its own."""
    a = article(
        "Hockey",
        "Coach Renée van der Berg was blunt after the loss.",
        "“We did not compete,” Van der Berg said.",
    )
    assert speaker(quote(a, "We did not compete")) == "Renée van der Berg"
    assert [p.name for p in a.people] == ["Renée van der Berg"]


def test_a_court_s_decision_is_the_words_of_the_one_judge_named() -> None:
    """ "Justice Harold Vance ruled ... According to the decision, ...": the decision is
    the judge's; with no judge named it stays the document."""
    a = article(
        "Encampment",
        "Justice Harold Vance of the Superior Court ruled Tuesday that the bylaw breached "
        "the Charter.",
        "According to the decision, the city may still remove tents during the day.",
    )
    assert speaker(indirect(a, "may still remove tents")) == "Harold Vance"
    b = article(
        "Encampment",
        "The council voted on Tuesday. According to the decision, the city may still "
        "remove tents during the day.",
    )
    assert speaker(indirect(b, "may still remove tents")) == "the decision"


def test_someone_described_anew_is_the_one_named_next() -> None:
    """ "an 81-year-old woman who said ... ¶ “...,” said Marguerite Leduc" and "said a
    registered nurse who ... ¶ The nurse, Rosa Fonseca, ...": someone described, then
    named; not one named with an office, nor of the other gender."""
    a = article(
        "Closing",
        "Shoppers were taking the news hard. At the counter, an 81-year-old woman who said "
        "she first came to the store as a child was wiping away tears.",
        "“It is the end of something,” said Marguerite Leduc.",
        "“They ask for a blanket,” said a registered nurse who has worked in the ward for "
        "14 years.",
        "The nurse, Rosa Fonseca, is also a steward with the union.",
    )
    assert speaker(indirect(a, "she first came")) == "Marguerite Leduc"
    assert speaker(quote(a, "They ask for a blanket")) == "Rosa Fonseca"
    b = article(
        "Closing",
        "At the counter, an 81-year-old woman who said she first came to the store as a "
        "child was wiping away tears.",
        "“It is the end of something,” said Tom Leduc.",
    )
    assert speaker(indirect(b, "she first came")) != "Tom Leduc"


def test_a_role_stands_for_no_one_quoted_earlier_in_its_sentence() -> None:
    """ "A lawmaker ... is calling for ... after the presidential candidate suggested":
    the candidate is not the lawmaker quoted in the same sentence."""
    a = article(
        "Ban",
        "A lawmaker in the region is calling for Ann Dale to be banned after the "
        "presidential candidate suggested that immigrants posed a threat.",
        "“There is no basis for it,” Tom Reyes said.",
    )
    assert speaker(indirect(a, "immigrants posed a threat")) != "Tom Reyes"


def test_a_description_after_a_name_and_a_comma_is_that_person() -> None:
    """ "Among them was Priya Venkat, a 29-year-old pharmacist who said ...": the relative's
    speaker is the person the description follows, not someone unnamed."""
    a = article(
        "Pharmacy",
        "Hundreds lined up at the pharmacy. Among them was Priya Venkat, a 29-year-old "
        "pharmacist who said she had not been paid in weeks.",
        "Tom Hale, a fund manager at Perpetual Trust said the stake was a step to a takeover.",
    )
    assert speaker(indirect(a, "she had not been paid")) == "Priya Venkat"
    assert speaker(indirect(a, "the stake was")) == "Tom Hale"


def test_a_relative_joined_to_a_subject_by_and_is_a_subject_too() -> None:
    """ "Jim Ortiz and his wife, Maria, moved ... “...,” she said": Maria Ortiz, one of
    the sentence's subjects, not the mayor named a paragraph before."""
    a = article(
        "Rents",
        "Mayor Ann Dale spoke first.",
        "Jim Ortiz and his wife, Maria, moved to the suburb in 2019. “We loved it here,”"
        " he said. “Now we cannot afford it,” she said.",
    )
    assert speaker(quote(a, "We loved")) == "Jim Ortiz"
    assert speaker(quote(a, "Now we cannot")) == "Maria Ortiz"


def test_a_title_picks_the_one_of_a_couple_of_its_gender() -> None:
    """ "Gareth and Eluned Price": "Mr Price" is Gareth Price, though "Eluned" is a given
    name no list knows, and "he" after him is he; "Mrs Price" is Eluned Price."""
    a = article(
        "Portrait",
        "The portrait was found by Gareth and Eluned Price. Mr Price said the couple had"
        " assumed it was junk. Mrs Price said she had wanted to keep it.",
        "“Eluned wanted to take it to the tip,” he said.",
    )
    assert speaker(indirect(a, "the couple had assumed")) == "Gareth Price"
    assert speaker(indirect(a, "she had wanted")) == "Eluned Price"
    assert speaker(quote(a, "Eluned wanted")) == "Gareth Price"


def test_the_company_after_a_statement_from_a_body_is_that_body() -> None:
    """ "In a statement from Brixo Europe announcing ..., the company denied": the body
    whose statement opens the sentence, not the firm quoted before it; "it" after is
    the same body."""
    a = article(
        "Screensaver",
        "Brixo Europe ran the campaign. Monitoring firm Netwatch found that it worked too"
        " well. According to figures gathered by Netwatch, some sites went offline.",
        "In a statement from Brixo Europe announcing the end of the scheme, the company"
        " denied that this was its fault. “There is nothing to suggest harm,” it said.",
    )
    assert speaker(indirect(a, "this was its fault")) == "Brixo Europe"
    assert speaker(quote(a, "There is nothing")) == "Brixo Europe"
    assert speaker(indirect(a, "some sites went offline")) == "Netwatch"


def test_a_peer_named_by_one_name_keeps_the_title_in_the_name() -> None:
    """ "Lord Falconer said ... Falconer said ... he said": one speaker, "Lord Falconer",
    not "Falconer"; "Baroness Scotland" is not "Scotland"; "Sir Alex Ferguson", named in
    full, keeps his name."""
    a = article(
        "Lords",
        "The Lord Chancellor Lord Falconer said the bill was fair. “It is right,” Falconer"
        " said. “Yes,” he added.",
        "Baroness Scotland said the law would change.",
        "Sir Alex Ferguson said the team played well.",
    )
    assert speaker(indirect(a, "the bill was fair")) == "Lord Falconer"
    assert speaker(quote(a, "It is right")) == "Lord Falconer"
    assert speaker(quote(a, "Yes")) == "Lord Falconer"
    assert speaker(indirect(a, "the law would change")) == "Baroness Scotland"
    assert speaker(indirect(a, "the team played well")) == "Alex Ferguson"


def test_a_name_in_the_question_put_to_the_pronoun_is_not_its_antecedent() -> None:
    """ "Asked whether Tiago Mendes had handed in a transfer request, he said": the one
    asked, the manager named before, not the player the question is about."""
    a = article(
        "Transfer",
        "Rovers manager Gareth Lowe was calm. Asked whether Tiago Mendes had handed in a"
        " transfer request, he said: “Not to me.”",
        "Actor Ann Dale spoke too. Asked about her vote in the event that Tiago Mendes"
        " stood, she replied: “I don’t know.”",
    )
    assert speaker(quote(a, "Not to me")) == "Gareth Lowe"
    assert speaker(quote(a, "I don’t know")) == "Ann Dale"


def test_a_body_of_members_is_not_the_body_its_name_holds() -> None:
    """ "The university says" after "the Harbour University Students' Society": not the
    students' society, a body of the university's members, but the university."""
    a = article(
        "Tuition",
        "Students marched from Harbour University's campus to the legislature.",
        "Ann Dale, chair of the Harbour University Students' Society, told the crowd that"
        " the increase was unfair.",
        "The university says it needs the money to cover a deficit.",
    )
    assert speaker(indirect(a, "the increase was unfair")) == "Ann Dale"
    assert speaker(indirect(a, "it needs the money")) == "Harbour University"


def test_an_acronym_spelled_by_a_name_names_that_body() -> None:
    """ "the Dunmore Stock Exchange (DSE)", no word of which marks a body, is the body the
    acronym names, though the headline read "DSE" alone first: "DSE said" is the Dunmore
    Stock Exchange."""
    a = article(
        "Brixo joins bid battle for DSE",
        "Brixo has approached the Dunmore Stock Exchange (DSE) about a bid.",
        "“The approach is at an early stage,” DSE said.",
    )
    assert speaker_kind(quote(a, "The approach is")) == (
        "Dunmore Stock Exchange",
        SpeakerKind.ORGANISATION,
    )


def test_the_police_service_is_the_force_named_before() -> None:
    """ "The police service said" after "The Winnipeg Police Service said": that force, as
    "the police" would be, not an unnamed group."""
    a = article(
        "Inquiry",
        "The Winnipeg Police Service said the officer was on leave. The police service said"
        " it would cooperate.",
    )
    assert speaker(indirect(a, "it would cooperate")) == "Winnipeg Police Service"


def test_the_clerk_is_the_clerk_named_in_apposition() -> None:
    """ "the store clerk, Harpreet Sandhu, ... “...,” the clerk replied": the clerk named
    before, now that "clerk" names a person by what they do."""
    a = article(
        "Trial",
        "The jury heard the call made by the store clerk, Harpreet Sandhu, who testified"
        " later. “Not all of it,” Sandhu replied. “I could not tell you for sure,” the"
        " clerk replied.",
    )
    assert speaker(quote(a, "I could not tell")) == "Harpreet Sandhu"
