"""Tests of a role given again for a person named with it: "the minister said" after
"Minister of Long-Term Care Ann Dale", "the Tory leader" after "Conservative Leader Ann
Dale", "the Regina resident" after the subject named just before."""

from __future__ import annotations

import pytest

from newsmodel import SpeakerKind
from tests.quotes_support import article, indirect, quote, speaker


def test_an_office_of_a_department_before_the_name_is_a_title() -> None:
    """ "Minister of Long-Term Care Ann Dale": the minister, titled in full; a title of
    no minister ("Director of Parks Tom Hale") is no minister."""
    a = article(
        "Minister of Long-Term Care Ann Dale toured the home on Thursday.",
        "“What I saw was unacceptable,” the minister said.",
    )
    q = quote(a, "What I saw")
    assert speaker(q) == "Ann Dale"
    assert q.speaker is not None
    assert q.speaker.title == "Minister of Long-Term Care"
    b = article(
        "Director of Parks Tom Hale toured the home on Thursday.",
        "“What I saw was unacceptable,” the minister said.",
    )
    assert speaker(quote(b, "What I saw")) == "the minister"


def test_a_role_in_an_appositive_ends_before_a_participle() -> None:
    """ "Ann Dale, a lawyer representing the families,": a lawyer, whom "the lawyer"
    stands for; not a nurse."""
    a = article(
        "Ann Dale, a lawyer representing the families, filed the suit on Monday.",
        "“They deserve answers,” the lawyer said.",
    )
    assert speaker(quote(a, "They deserve")) == "Ann Dale"
    b = article(
        "Ann Dale, a nurse representing the families, filed the suit on Monday.",
        "“They deserve answers,” the lawyer said.",
    )
    assert speaker(quote(b, "They deserve")) == "the lawyer"


def test_an_office_written_as_an_acronym_is_a_person() -> None:
    """ "Ann Dale, the Liberal MP for Nepean," then "the Liberal MP said": Dale, no body
    named "Liberal MP"; "the Conservative MP" is someone else."""
    a = article(
        "Ann Dale, the Liberal MP for Nepean, wants a new bridge.",
        "“Residents have waited 20 years,” the Liberal MP said.",
    )
    assert speaker(quote(a, "Residents have")) == "Ann Dale"
    b = article(
        "Ann Dale, the Liberal MP for Nepean, wants a new bridge.",
        "“Residents have waited 20 years,” the Conservative MP said.",
    )
    q = quote(b, "Residents have")
    assert speaker(q) == "the Conservative MP"
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.PERSON


def test_another_word_for_a_party_names_its_member() -> None:
    """ "the Tory leader" after "Conservative Leader Ann Dale", "the New Democrat" after
    "NDP MPP Sol Hale"; "the Labour leader" is neither."""
    a = article(
        "Conservative Leader Ann Dale made a campaign stop in Barrie on Friday.",
        "“Canadians want change,” the Tory leader said.",
    )
    assert speaker(quote(a, "Canadians want")) == "Ann Dale"
    b = article(
        "NDP MPP Sol Hale grilled the government on long-term care.",
        "“How many more seniors have to die?” the New Democrat asked.",
    )
    assert speaker(quote(b, "How many more")) == "Sol Hale"
    c = article(
        "Conservative Leader Ann Dale made a campaign stop in Barrie on Friday.",
        "“Canadians want change,” the Labour leader said.",
    )
    assert speaker(quote(c, "Canadians want")) != "Ann Dale"


def test_the_leader_is_the_one_titled_president_only_when_definite() -> None:
    """ "the union leader said" after "Union president Ann Dale" is Dale; "A union leader
    said" after "Premier Ann Dale" is someone else."""
    a = article(
        "Union president Ann Dale called the offer an insult.",
        "“We are not going back for that,” the union leader said.",
    )
    assert speaker(quote(a, "We are not going")) == "Ann Dale"
    b = article(
        "Premier Ann Dale spoke on Monday.",
        "A union leader said the offer was an insult to the workers.",
    )
    assert speaker(indirect(b, "the offer was")) != "Ann Dale"


def test_a_place_s_office_is_the_one_titled_with_the_place() -> None:
    """ "Manitoba's premier said" after "Manitoba Premier Ann Dale": Dale; "Ontario's
    premier" is not."""
    a = article(
        "Manitoba Premier Ann Dale defended her budget on Wednesday.",
        "“We are not cutting health care,” Manitoba's premier said.",
    )
    assert speaker(quote(a, "We are not cutting")) == "Ann Dale"
    b = article(
        "Manitoba Premier Ann Dale defended her budget on Wednesday.",
        "“We are not cutting health care,” Ontario's premier said.",
    )
    assert speaker(quote(b, "We are not cutting")) != "Ann Dale"


def test_a_described_resident_is_the_subject_named_just_before() -> None:
    """ "the Regina resident said" after "Tom Hale spent the weekend ...": Hale, as the
    place tells which resident; "the resident" alone may be anyone."""
    a = article(
        "Tom Hale spent the weekend bailing out his basement.",
        "“It is the third time,” the Regina resident said.",
    )
    assert speaker(quote(a, "It is the third")) == "Tom Hale"
    b = article(
        "Tom Hale spent the weekend bailing out his basement.",
        "“It is the third time,” the resident said.",
    )
    assert speaker(quote(b, "It is the third")) == "the resident"


def test_an_office_no_one_was_named_by_is_the_subject_just_before() -> None:
    """ "The Brixo North MP, who was expelled from his party, accused ..." after "Mr Hale
    said he would stand": Hale, named just before without that office."""
    a = article(
        "Tom Hale is to stand in Dunmore at the next election.",
        "Mr Hale said he would contest the seat. The Brixo North MP, who was expelled from"
        " his party, accused Ann Reid of being a “party stooge”.",
    )
    assert speaker(quote(a, "party stooge")) == "Tom Hale"


def test_court_roles_the_accused_and_the_crown() -> None:
    """ "the accused told the court" is the one charged, named before; "the Crown argued"
    is the prosecution, a body, not the accused named just before."""
    a = article(
        "Driver apologizes",
        "Derek Hollis, 41, pleaded guilty in March to dangerous driving causing death.",
        "“I think about that night every day,” the accused told the court.",
    )
    assert speaker(quote(a, "I think about")) == "Derek Hollis"
    b = article(
        "Crown seeks nine years",
        "The Crown is seeking a nine-year sentence for Derek Hollis, 41.",
        "“Mr. Hollis showed a complete disregard for human life,” the Crown argued.",
    )
    q = quote(b, "Mr. Hollis showed")
    assert speaker(q) == "Crown"
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ORGANISATION


def test_the_agency_is_a_public_body_whose_name_says_no_agency() -> None:
    """ "the agency said" after "..., Statistics Canada said Friday": Statistics Canada,
    a body of government by its name alone; not a company quoted before."""
    a = article(
        "Jobs",
        "Canada's unemployment rate rose to 6.8 per cent in May, Statistics Canada said.",
        "“Employment was little changed,” the agency said.",
    )
    assert speaker(quote(a, "Employment was")) == "Statistics Canada"
    b = article(
        "Jobs",
        "Sales rose in May, Brixo Corp. said on Friday.",
        "“Employment was little changed,” the agency said.",
    )
    assert speaker(quote(b, "Employment was")) == "the agency"


def test_police_are_the_force_named_before() -> None:
    """ "police say" after "Toronto police are investigating": Toronto police; not after
    "the London police station" (a place) nor "Chief police officers" (people)."""
    a = article(
        "Pedestrian struck",
        "Toronto police are investigating after a woman was struck on Tuesday night.",
        "“The driver remained at the scene,” police say.",
    )
    assert speaker(quote(a, "The driver")) == "Toronto police"
    b = article(
        "Pedestrian struck",
        "A crowd gathered at the London police station on Tuesday night.",
        "“The driver remained at the scene,” police say.",
    )
    assert speaker(quote(b, "The driver")) == "police"


def test_a_role_never_stands_for_a_description_quoted_before() -> None:
    """ "the Florida senator said" after "“...,” his longtime friend said": not the friend,
    whom no name names."""
    a = article(
        "Talk",
        "“We were close,” his longtime friend said.",
        "“The family comes first,” the Florida senator said.",
    )
    assert speaker(quote(a, "The family comes")) != "his longtime friend"


def test_a_spokesperson_for_a_body_named_with_of_is_the_one_named_after() -> None:
    """ "A spokesperson for the City of Calgary, Ross Delaney, said ...": Delaney, not a
    person named "City"; "director of the Friends of Dunmore Park, Tom Hale, accused":
    Hale."""
    a = article(
        "Flood",
        "A spokesperson for the City of Calgary, Ross Delaney, said crews were on site.",
    )
    assert speaker(indirect(a, "crews were on site")) == "Ross Delaney"
    b = article(
        "Sentences",
        "But director of the Friends of Dunmore Park, Tom Hale, accused the council of"
        " “open contempt for the people who use it”.",
    )
    assert speaker(quote(b, "open contempt")) == "Tom Hale"


def test_a_party_s_critic_is_the_one_titled_with_the_portfolio() -> None:
    """ "the Conservative critic said" after "Conservative finance critic Pierre Dale":
    Dale, titled with the party past the portfolio; not the minister quoted between."""
    a = article(
        "Deficit",
        "Conservative finance critic Pierre Dale said the deficit was too high.",
        "“This is reckless,” said Finance Minister Ann Reid.",
        "“They have lost control,” the Conservative critic said.",
    )
    assert speaker(quote(a, "They have lost")) == "Pierre Dale"


def test_a_department_named_with_and_or_commas_is_one_body() -> None:
    """ "Employment and Social Development Canada said ... “...,” the department said":
    one body of government, the department; so is "Immigration, Refugees and Citizenship
    Canada"."""
    for body in (
        "Employment and Social Development Canada",
        "Immigration, Refugees and Citizenship Canada",
    ):
        a = article(
            "Claims",
            f"{body} said it could not comment on the case.",
            "“All claims are reviewed,” the department said.",
        )
        q = quote(a, "All claims are")
        assert speaker(q) == body
        assert q.speaker is not None
        assert q.speaker.kind is SpeakerKind.ORGANISATION


def test_the_report_is_the_owner_of_the_review_mentioned_before() -> None:
    """ "A review by the Office of the Fire Marshal recommends ... ¶ The review, released
    Thursday, found ... ¶ “...,” the report states": the office (past the mention of the
    review again, and not "... Marshal recommends mandatory sprinklers")."""
    a = article(
        "Fire deaths",
        "A review by the Office of the Fire Marshal recommends mandatory sprinklers.",
        "The review, released Thursday, found that most deaths happened at night.",
        "“Many of the individuals who died were asleep,” the report states.",
    )
    assert speaker(quote(a, "Many of the individuals")) == "Office of the Fire Marshal"


def test_the_hospital_is_the_hospital_named_before() -> None:
    """ "the hospital said it was “...”" after "a physician at Etobicoke Lakeshore
    General Hospital": the hospital (whose name holds the title word "General"), not the
    physician; "the statement said" after it is the hospital's too."""
    a = article(
        "Hallways",
        "Dr. Farah Lindgren, an emergency physician at Etobicoke Lakeshore General Hospital,"
        " said 61 patients were waiting for beds.",
        "In a statement, the hospital said it was “working closely with Ontario Health” to"
        " move patients.",
        "“Our staff are doing extraordinary work,” the statement said.",
    )
    assert speaker(quote(a, "working closely")) == "Etobicoke Lakeshore General Hospital"
    assert speaker(quote(a, "Our staff")) == "Etobicoke Lakeshore General Hospital"


def test_a_rank_spelled_out_stands_for_its_abbreviation() -> None:
    """ "the corporal said" after "Cpl. Anders Dequincy", "the sergeant" after "Sgt.":
    the one of that rank."""
    for title, role in (("Cpl.", "corporal"), ("Sgt.", "sergeant"), ("Insp.", "inspector")):
        a = article(
            "Missing teen",
            f"{title} Anders Dequincy led the four-day search for the girl.",
            f"“Call a friend, call a teacher, call us,” the {role} said.",
        )
        assert speaker(quote(a, "Call a friend")) == "Anders Dequincy", role


def test_an_occupation_capitalised_before_a_name_is_no_part_of_it() -> None:
    """ "Realtor Harjeet Dhaliwal" is Harjeet Dhaliwal ("Dhaliwal said" later too)."""
    a = article(
        "Home sales",
        "Realtor Harjeet Dhaliwal, who works in the city's northeast, has seen the change.",
        "“People are waiting for rates to drop,” Dhaliwal said.",
    )
    assert speaker(quote(a, "People are waiting")) == "Harjeet Dhaliwal"


def test_a_role_is_the_one_named_just_before_not_yet_quoted() -> None:
    """ "Health Minister Laura Chisholm spoke on Monday. ¶ “...,” the minister said":
    Chisholm, named just before, though the story's other minister was named and quoted
    more; once someone is quoted in between, the story's minister again."""
    a = article(
        "Ministers questioned",
        "Industry Minister Rachel Kim spoke on Parliament Hill. “People should not need a "
        "lawyer,” Kim said. Kim has held the post since 2021.",
        "Health Minister Laura Chisholm spoke at Province House on Monday.",
        "“We are not where we want to be,” the minister said.",
    )
    assert speaker(quote(a, "We are not where")) == "Laura Chisholm"


def test_an_office_to_a_place_before_an_appositive_name_is_that_persons_role() -> None:
    """ "Canada's ambassador to the UAE, Marc Thibodeau," and "The envoy for Haiti, Tom
    Reid,": "the ambassador said" and "the envoy said" are theirs."""
    a = article(
        "Envoys speak",
        "Canada's ambassador to the UAE, Marc Thibodeau, was more forthcoming on Monday.",
        "“We have requested consular access repeatedly,” the ambassador told reporters.",
        "The envoy for Haiti, Tom Reid, was there too.",
        "“We are fine,” the envoy said.",
    )
    assert speaker(quote(a, "We have requested")) == "Marc Thibodeau"
    assert speaker(quote(a, "We are fine")) == "Tom Reid"


def test_a_role_of_many_trades_is_the_subject_described_just_before() -> None:
    """ "Karen Whitfield, a climate scientist at Brock University, has spent eight years
    ... ¶ “...,” the researcher said": Whitfield, whom no one else is called; "the judge"
    after "Tom Hale, a farmer," is no one the article described."""
    a = article(
        "Icewine harvest late again",
        "NIAGARA-ON-THE-LAKE, Ont. — The harvest was late again this year.",
        "Karen Whitfield, a climate scientist at Brock University, has spent eight years "
        "matching harvest records.",
        "“The number of cold nights has dropped by a third,” the researcher said.",
    )
    assert speaker(quote(a, "The number of cold")) == "Karen Whitfield"
    b = article(
        "Grapes",
        "Tom Hale, a farmer, grew grapes for decades.",
        "“It was hard,” the judge said.",
    )
    assert speaker(quote(b, "It was hard")) != "Tom Hale"


def test_a_ledes_unnamed_subject_is_the_one_named_next() -> None:
    """ "A Winnipeg woman says she was given three days to leave ... ¶ Maria Santos, 46,
    has lived there": Santos; "The winningest coach ... says" is the coach the next
    paragraph opens with, past its dateline. A next paragraph that opens with someone of
    another trade or gender names someone else."""
    a = article(
        "Winnipeg woman fights eviction",
        "A Winnipeg woman says she was given three days to leave her apartment.",
        "Maria Santos, 46, has lived in the building on Sherbrook Street for nine years.",
    )
    assert speaker(indirect(a, "she was given three days")) == "Maria Santos"
    b = article(
        "Forty years behind the bench",
        "The winningest coach in Saskatchewan junior hockey history says he will know when.",
        "MELFORT, Sask. — Gerry Wasylyk is 73 and has coached the Mustangs since 1984.",
    )
    assert speaker(indirect(b, "he will know when")) == "Gerry Wasylyk"
    c = article(
        "Fire",
        "A Winnipeg man says his home burned down.",
        "Maria Santos, a neighbour, lives next door.",
    )
    assert speaker(indirect(c, "his home burned down")) == "A Winnipeg man"
    d = article(
        "Drink remark",
        "The first minister says the budget was fair to every region.",
        "Tom Wallace, chief executive of the Brixo Trust, called the comment ill-advised.",
    )
    assert speaker(indirect(d, "the budget was fair")) != "Tom Wallace"
    # a woman or a man described, then named as the one quoted in the next paragraph
    e = article(
        "Mother pleads for help",
        "A Hamilton mother whose son was shot last week says she will not rest.",
        "“He was walking home,” said Hodan Warsame.",
    )
    assert speaker(indirect(e, "she will not rest")) == "Hodan Warsame"
    f = article(
        "Budget",
        "The minister said the budget was fair.",
        "“It is not fair,” said Ann Reid.",
    )
    assert speaker(indirect(f, "the budget was fair")) == "The minister"


def test_a_ledes_described_subject_is_the_one_quoted_next_by_name() -> None:
    """ "A Brixo mother of three says ... ¶ “...,” Ann Dale said": the mother, though
    the name comes after the words; "The province's chief coroner warned ... ¶ “...,”
    Chief Coroner Ann Dale said": named with the office the lede gave. One named next with
    another office is someone else."""
    a = article(
        "Waiting",
        "A Brixo mother of three says she has been waiting four years for funding.",
        "“He is six now,” Ann Dale said.",
    )
    assert speaker(indirect(a, "she has been waiting")) == "Ann Dale"
    b = article(
        "Deaths",
        "The province’s chief coroner warned that the drop was not the end of the crisis.",
        "“That is still four people a day,” Chief Coroner Ann Dale said.",
    )
    assert speaker(indirect(b, "the drop was not")) == "Ann Dale"
    c = article(
        "Attack",
        "A Brixo woman says she was attacked on her way home.",
        "“We are investigating,” Const. Ann Dale said.",
    )
    assert speaker(indirect(c, "she was attacked")) == "A Brixo woman"
    d = article(
        "Deaths",
        "The province’s chief coroner warned that the drop was not the end of the crisis.",
        "“That is still four people a day,” Health Minister Ann Dale said.",
    )
    assert speaker(indirect(d, "the drop was not")) != "Ann Dale"
    # someone new, whom "a" or "an" introduces, named as the next paragraph speaks
    e = article(
        "Prices",
        "A Brixo bakery owner says the cost of her equipment has jumped by a third.",
        "“Butter alone is up 40 per cent,” Ann Dale said.",
    )
    assert speaker(indirect(e, "the cost of her")) == "Ann Dale"


def test_a_ledes_description_given_again_is_the_one_named_next() -> None:
    """ "A Brixo mother of three says ... ¶ “...,” Ann Dale said. ... ¶ The Brixo mother
    said ...": Ann Dale, however far on and whoever spoke between."""
    a = article(
        "Waiting",
        "A Brixo mother of three says she has been waiting four years for funding.",
        "“He is six now,” Ann Dale said.",
        "The ministry said funding had doubled.",
        "Critic Rita Hale said the program was failing.",
        "Hale said families deserve better.",
        "The Brixo mother said she had not known she could call a member of parliament.",
    )
    assert speaker(indirect(a, "she had not known")) == "Ann Dale"


def test_a_role_the_appositive_gives_names_its_holder() -> None:
    """ "Dora Penn, a shipping magnate, ... “...,” the shipping magnate said": a magnate,
    a tycoon or a philanthropist is a role as a minister is."""
    a = article(
        "Dora Penn, a shipping magnate, wants a new pier. “I am asking for a partner,” the "
        "shipping magnate said."
    )
    assert speaker(quote(a, "I am asking")) == "Dora Penn"


def test_each_role_of_an_appositive_joined_by_and_names_its_holder() -> None:
    """ "Ana Ruiz, a nurse and a mother of three," is "the mother of three" as well as
    "the nurse"."""
    a = article(
        "Ana Ruiz, a nurse and a mother of three, spoke next. Tom Hale spoke too.",
        "“It is unbelievable,” the mother of three said.",
    )
    assert speaker(quote(a, "It is unbelievable")) == "Ana Ruiz"


def test_the_words_before_a_role_pick_the_one_the_appositive_describes_so() -> None:
    """ "the former high school teacher" is the one an appositive called "a former high
    school teacher", not another teacher named since."""
    a = article(
        "Union president Tom Hale, a former high school music teacher, said class size was "
        "the issue. Ravi Dale, a Grade 6 teacher, said he has 33 students.",
        "“Our phones are on,” the former high school music teacher said.",
    )
    assert speaker(quote(a, "Our phones")) == "Tom Hale"


@pytest.mark.parametrize(
    ("title", "role"),
    [("Retired Adm.", "the retired admiral"), ("Col.", "the colonel"), ("Gen.", "the general")],
)
def test_an_abbreviated_rank_is_the_rank_written_out(title: str, role: str) -> None:
    """ "Retired Adm. Ana Ruiz testified ... “...,” the retired admiral said": the rank
    written out stands for the one its abbreviation titles."""
    a = article(
        f"{title} Ana Ruiz testified on Tuesday. Tom Hale, a senator, asked questions.",
        f"“The fleet is not ready,” {role} said.",
    )
    assert speaker(quote(a, "The fleet")) == "Ana Ruiz"


def test_a_party_before_a_role_rules_out_the_other_party() -> None:
    """ "the Republican nominee" is not "Democratic nominee Ana Ruiz", though "Republican"
    is written near her name: the Republican quoted after her."""
    a = article(
        "Democratic nominee Ana Ruiz said she would not debate again. Republican Tom Hale "
        "said he thought she was scared.",
        "“She is scared,” the Republican nominee said.",
    )
    assert speaker(quote(a, "She is scared")) == "Tom Hale"


def test_an_age_no_one_was_given_is_the_player_the_sentence_before_is_about() -> None:
    """ "Brixo quarterback Tom Hale, who threw two interceptions, took the blame. ¶ “...,”
    the 31-year-old said": the quarterback (a player's position is no office), not the
    coach quoted before."""
    a = article(
        "Coach Ravi Dale was blunt. “Four turnovers, you are not going to win,” Dale told "
        "reporters.",
        "Brixo quarterback Tom Hale, who threw two interceptions, took the blame.",
        "“That is on me,” the 31-year-old said.",
    )
    assert speaker(quote(a, "That is on me")) == "Tom Hale"


def test_a_role_with_a_portfolio_is_no_other_office() -> None:
    """ "the federal health minister" is not "Prime Minister Ann Dale" nor "Finance
    Minister Lee Park"; it is "Health Minister Tom Hale" ("federal" names no office),
    and "the foreign secretary" is not "Home Secretary Ian Moss"."""
    a = article(
        "Title",
        "Prime Minister Ann Dale is in Brussels. Finance Minister Lee Park tabled the budget.",
        "In Ottawa, the federal health minister said it was “a good start.”",
        "Health Minister Tom Hale spoke next. The federal health minister said it was “fine.”",
        "Foreign Secretary Rob Wynn spoke. Home Secretary Ian Moss vowed to act.",
        "The foreign secretary insisted it was “for Parliament to decide.”",
    )
    assert speaker(quote(a, "a good start")) == "the federal health minister"
    assert speaker(quote(a, "fine")) == "Tom Hale"
    assert speaker(quote(a, "for Parliament")) == "Rob Wynn"


def test_a_role_is_not_the_subject_an_appositive_gives_another_role() -> None:
    """ "Dr. Ann Reid, a lung specialist, has treated such cases. ¶ “...,” the patient
    wrote": the patient is not the specialist the sentence before is about; "the
    specialist said" is her."""
    a = article(
        "Title",
        "Dr. Ann Reid, a lung specialist in Toronto, has treated dozens of such cases.",
        "“I could not breathe for a week,” the patient wrote in an online forum.",
        "“It was a bad case,” the specialist said.",
    )
    assert speaker(quote(a, "I could not")) == "the patient"
    assert speaker(quote(a, "It was a bad")) == "Ann Reid"
