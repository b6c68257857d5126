"""Tests of the forms a speaker's name takes: a generation's suffix ("Jr.", "III") is part
of the name, and tells a son from his father."""

from __future__ import annotations

from tests.quotes_support import article, indirect, quote, speaker


def test_a_generation_suffix_is_part_of_the_name() -> None:
    """ "said Frank Ngata Jr." is Frank Ngata Jr.; "Ngata said" later is he too."""
    a = article(
        "Lacrosse star",
        "“My dad taught me to play in the backyard,” said Frank Ngata Jr., 19.",
        "“It was a long road,” Ngata said.",
    )
    assert speaker(quote(a, "My dad taught")) == "Frank Ngata Jr."
    assert speaker(quote(a, "It was a long")) == "Frank Ngata Jr."


def test_a_son_and_his_father_are_two_speakers() -> None:
    """ "Donald Trump Jr." and "Donald J. Trump": "Trump Jr. said" is the son's words,
    "Mr. Trump said" the father's."""
    a = article(
        "Convention",
        "Donald J. Trump spoke on Monday. His son Donald Trump Jr. spoke on Tuesday.",
        "“It was great,” Trump Jr. said.",
        "“We won,” Mr. Trump said.",
    )
    assert speaker(quote(a, "It was great")) == "Donald Trump Jr."
    assert speaker(quote(a, "We won")) == "Donald J. Trump"


def test_a_given_name_with_accents_opens_the_name() -> None:
    """ "María José García López" is one name, not "José García López": "María" is the
    listed "Maria" with its accent; "she" later is María."""
    a = article(
        "Clinic",
        "María José García López opened the clinic in 2015.",
        "“We see 40 patients a day,” she said.",
    )
    assert speaker(quote(a, "We see 40")) == "María José García López"


def test_more_canadian_titles_and_ranks() -> None:
    """ "said RCMP S/Sgt. Kerry Doucette" (a rank with a slash), "PC MHA Lloyd Parsons"
    (a member of the House of Assembly), then "the Ferryland MHA"."""
    a = article(
        "Phone scam",
        "“If someone calls you demanding gift cards, hang up,” said RCMP S/Sgt. Kerry Doucette.",
    )
    assert speaker(quote(a, "If someone calls")) == "Kerry Doucette"
    b = article(
        "Ferry fares",
        "PC MHA Lloyd Parsons wants the fares frozen.",
        "“People here depend on that boat,” the Ferryland MHA said.",
    )
    assert speaker(quote(b, "People here")) == "Lloyd Parsons"


def test_an_age_before_a_name_is_no_part_of_it() -> None:
    """ "Eight-year-old Maya Tremblay" is Maya Tremblay, so "Maya said" later is she."""
    a = article(
        "Lemonade stand",
        "Eight-year-old Maya Tremblay raised $400 for the food bank.",
        "“I wanted to help,” Maya said.",
    )
    assert speaker(quote(a, "I wanted to help")) == "Maya Tremblay"


def test_two_roles_joined_by_and_before_a_name_are_one_person_s() -> None:
    """ "said longtime Sooke resident and retired logger Hank Bertrand", "warns former
    programmer and technology analyst Bill Thompson": the one named, not the first role."""
    a = article(
        "Logging",
        "“The old growth is gone,” said longtime Sooke resident and retired logger Hank Bertrand.",
    )
    assert speaker(quote(a, "The old growth")) == "Hank Bertrand"
    b = article(
        "Code",
        "“Be careful how you code,” warns former programmer and technology analyst Bill Thompson.",
    )
    assert speaker(quote(b, "Be careful")) == "Bill Thompson"


def test_two_people_of_one_surname_are_two_speakers() -> None:
    """ "Mei-Ling Kwan" and her husband "Trevor Kwan": each full name is its own speaker
    (a hyphenated given name is a given name), not the one named last."""
    a = article(
        "Flood",
        "Mei-Ling Kwan was watching television when the water came in.",
        "“It came up through the floor drain first. I thought it was a pipe.”",
        "“We told the city about that drain in 2019,” said her husband, Trevor Kwan.",
    )
    assert speaker(quote(a, "It came up")) == "Mei-Ling Kwan"
    assert speaker(quote(a, "We told the city")) == "Trevor Kwan"


def test_a_party_word_before_a_less_common_given_name_is_no_part_of_it() -> None:
    """ "Liberal Ravi Chaudhry finished second" then "Chaudhry said": Ravi Chaudhry."""
    a = article(
        "Byelection",
        "Joanne Petrenko won the riding. Liberal Ravi Chaudhry finished second.",
        "“I called her to congratulate her,” Chaudhry said.",
    )
    assert speaker(quote(a, "I called her")) == "Ravi Chaudhry"


def test_a_unit_s_number_in_a_title_before_a_name() -> None:
    """ "said Unifor Local 444 president Dave Cassidy": Cassidy (it was a scare quote)."""
    a = article(
        "Mill",
        "“It is a lifeline for this town,” said Unifor Local 444 president Dave Cassidy.",
    )
    assert speaker(quote(a, "It is a lifeline")) == "Dave Cassidy"


def test_a_grade_s_number_before_a_role_and_a_name() -> None:
    """ "said Grade 11 student Owen Kral": Kral, as "Grade 11 student Owen Kral said" is
    (it was a scare quote)."""
    a = article(
        "School",
        "“He is odd,” said Grade 11 student Owen Kral.",
        "“It was fun,” said Grade 9 student Mia Dorn, who plays hockey.",
    )
    assert speaker(quote(a, "He is odd")) == "Owen Kral"
    assert speaker(quote(a, "It was fun")) == "Mia Dorn"


def test_an_acronym_role_before_a_name_is_the_role_it_stands_for() -> None:
    """ "The centre's CEO, Ada Lund, spoke ... “...,” the CEO said": Lund, as "Ada Lund,
    the centre's CEO," is."""
    a = article(
        "Centre",
        "The centre's CEO, Ada Lund, spoke on Monday.",
        "“Not on my watch,” the CEO said.",
    )
    assert speaker(quote(a, "Not on my watch")) == "Ada Lund"


def test_a_relative_named_by_a_given_name_takes_the_family_surname() -> None:
    """ "His wife, Sheryl, had left": Sheryl Nahanee after Dwayne Nahanee; "she said"
    after it is hers, and "Sheryl said" names her in full. "Nahanee said" stays his (the
    article never calls her so), and a given name the article gives someone in full
    ("her husband, Tom," after Tom Quill) is that person."""
    a = article(
        "Town empties as fire nears",
        "“You could see the flames,” said Dwayne Nahanee, as he fuelled up his truck.",
        "His wife, Sheryl, had left two days earlier. “I kept phoning him,” she said.",
        "“He never listens,” Sheryl said.",
        "“We will rebuild,” Nahanee said.",
    )
    assert speaker(quote(a, "I kept phoning")) == "Sheryl Nahanee"
    assert speaker(quote(a, "He never listens")) == "Sheryl Nahanee"
    assert speaker(quote(a, "We will rebuild")) == "Dwayne Nahanee"
    b = article(
        "Old friends",
        "Rosa Quill and Tom Quill drove in from Regina.",
        "Quill and her husband, Tom, knocked on doors.",
        "“She is a good friend,” Tom said.",
    )
    assert speaker(quote(b, "She is a good friend")) == "Tom Quill"
    # no one of the possessive's gender named in full before: the given name alone
    c = article(
        "Walk of fame",
        "The actor spoke first. His mother, Patricia, watched from the front row.",
        "“He was always an actor,” she said.",
    )
    assert speaker(quote(c, "He was always")) == "Patricia"
    # a relative named as an object is no one "she" stands for: the subject before is
    d = article(
        "Singer returns",
        "Nadia Cole stepped away from the stage to raise her daughter Mira.",
        "“I planned to get back to work quickly,” she said.",
    )
    assert speaker(quote(d, "I planned to get back")) == "Nadia Cole"


def test_someone_of_an_age_is_a_person_whatever_their_noun() -> None:
    """ "said the 52-year-old heavy-equipment operator, Dwayne Nahanee": a person named in
    apposition; "the pipeline operator" without an age stays a company."""
    a = article(
        "Town empties",
        "“You could see the flames,” said the 52-year-old heavy-equipment operator, "
        "Dwayne Nahanee, as he left.",
        "“We shut the line,” said the pipeline operator.",
    )
    assert speaker(quote(a, "You could see")) == "Dwayne Nahanee"
    assert speaker(quote(a, "We shut the line")) == "the pipeline operator"


def test_a_child_named_by_an_ordinal_noun_and_a_school_of_the_collegiate_kind() -> None:
    """ "Her eldest, Tyler, is in Grade 12 at Scott Collegiate ... the 17-year-old said":
    Tyler Bellegarde, of the family of Lisa Bellegarde; "Scott Collegiate" is a school,
    no one who speaks."""
    a = article(
        "Strike hits schools",
        "Lisa Bellegarde has three children. Her eldest, Tyler, is in Grade 12 at Scott "
        "Collegiate and is due to write exams in June.",
        "“If this goes on, do we still write in June?” the 17-year-old said.",
    )
    assert speaker(quote(a, "If this goes on")) == "Tyler Bellegarde"


def test_a_number_word_may_end_a_name() -> None:
    """ "Hydro One said": the utility, not "One" (someone unnamed, as in "One official
    said"); "Formula One" likewise. A number before a common noun still counts people."""
    a = article(
        "Ice storm",
        "Hydro One said in a statement that more than 1,200 poles had been broken.",
        "Officials met in Ottawa. One official said the repairs would take a week.",
        "Three people said they had lost power for days.",
    )
    assert speaker(indirect(a, "more than 1,200 poles")) == "Hydro One"
    assert speaker(indirect(a, "the repairs would take")) == "One official"
    assert speaker(indirect(a, "they had lost power")) == "Three people"


def test_a_name_keeps_out_the_words_around_it() -> None:
    """ "His co-worker Dmytro Savchenko said" and "Father Tomasz Zieliński of St. Anne’s
    parish said" are Savchenko's and Zieliński's words: a hyphenated role noun and a title
    before a name "of" a body with a possessive are no part of the name."""
    a = article(
        "Strike",
        "His co-worker Dmytro Savchenko said he had taken a second job.",
        "Father Tomasz Zieliński of St. Anne’s parish said he had seen more people at mass.",
    )
    assert speaker(indirect(a, "he had taken")) == "Dmytro Savchenko"
    assert speaker(indirect(a, "he had seen more")) == "Tomasz Zieliński"


def test_relatives_named_by_given_names_in_other_shapes() -> None:
    """ "His son Nick" (no comma), "Arjun's mother, Manpreet," (a name's relative) and
    "Joseph and Grace Adeyemi" (one surname for two given names) name Nick DiMarco,
    Manpreet Brar and Joseph Adeyemi; "Sister Gagnon" is Sister Pierrette Gagnon."""
    a = article(
        "Families",
        "Tony DiMarco has worked at the plant for 31 years. His son Nick has worked there for six.",
        "“My dad keeps telling me it will be fine,” Nick said.",
        "Joseph and Grace Adeyemi drive to Costco every second Saturday.",
        "“It is like a military operation,” Joseph said.",
        "Arjun Brar plays for the Hawks. Arjun's mother, Manpreet, drives him to every game.",
        "“Hockey is the vacation,” Manpreet said.",
        "Sister Pierrette Gagnon has run a clinic since 1991. Asked about Sister Gagnon's "
        "decision, officials said nothing.",
        "“I am staying,” Gagnon said.",
    )
    assert speaker(quote(a, "My dad keeps")) == "Nick DiMarco"
    assert speaker(quote(a, "It is like a military")) == "Joseph Adeyemi"
    assert speaker(quote(a, "Hockey is the vacation")) == "Manpreet Brar"
    assert speaker(quote(a, "I am staying")) == "Pierrette Gagnon"


def test_a_relative_takes_the_surname_of_the_family_the_article_is_about() -> None:
    """ "with his wife Greta" in a life of Walter Brisk is Greta Brisk, though Ray
    Stannard, in a film of his, was named last."""
    a = article(
        "Walter Brisk: a life in thrillers",
        "Novelist Walter Brisk has died. Brisk was born in Moncton in 1931.",
        "Brisk's Harbour was filmed in 1972, with Ray Stannard as a captain.",
        "In 1970, he moved to Bermuda with his wife Greta.",
        "“He had a wonderful life,” said Greta.",
    )
    assert speaker(quote(a, "He had a wonderful")) == "Greta Brisk"


def test_a_name_with_a_place_word_described_as_someone_is_a_person() -> None:
    """ "Ji-woo Park, a PhD student, said ... ¶ “...,” he said": Park, a person though
    "Park" names places and the given name is no listed one, and not James Park named
    later; "Stanley Park" alone stays a place."""
    a = article(
        "Smoke study",
        "Ji-woo Park, a PhD student, said the gaps in the network were large.",
        "“We had to estimate smoke levels from satellite data,” he said.",
        "James Park, a technician, said the monitors were old.",
        "Crowds filled Stanley Park on Sunday. “It was packed,” she said.",
    )
    assert speaker(indirect(a, "the gaps in the network")) == "Ji-woo Park"
    assert speaker(quote(a, "We had to estimate")) == "Ji-woo Park"
    assert speaker(quote(a, "It was packed")) != "Stanley Park"


def test_a_title_and_a_surname_find_a_relative_named_by_a_given_name() -> None:
    """ "Oksana Melnyk came in 2022. Her husband, Taras, stayed" and then "Mr. Melnyk
    said": Taras Melnyk (the title says a man); "Ms. Melnyk" is Oksana."""
    a = article(
        "Ukrainian newcomers",
        "EDMONTON — Oksana Melnyk came to Canada in 2022. Her husband, Taras, stayed behind.",
        "“It feels like the kindness has an expiry date,” Mr. Melnyk said.",
        "“I look at the calendar every morning,” Ms. Melnyk said.",
    )
    assert speaker(quote(a, "It feels like")) == "Taras Melnyk"
    assert speaker(quote(a, "I look at the calendar")) == "Oksana Melnyk"


def test_people_by_trade_of_a_place_and_a_described_subject() -> None:
    """ "Grape Growers of Ontario said" is the body, "Ann Sanders of Vermont" the
    senator; "Olu Sanni, a Grade 7 student, spoke. ¶ “...,” the 12-year-old told
    trustees" is Sanni, though no list knows "Olu"."""
    a = article(
        "Students speak up",
        "Teresa Esposito, the board's associate director, said construction depends on funding.",
        "Olu Sanni, a Grade 7 student at Queen Mary, spoke during the delegations.",
        "“You are talking about buildings,” the 12-year-old told trustees.",
        "Grape Growers of Ontario said it is working with the province.",
        "Senator Ann Sanders of Vermont said the plan was fine.",
    )
    assert speaker(quote(a, "You are talking")) == "Olu Sanni"
    assert speaker(indirect(a, "it is working")) == "Grape Growers of Ontario"
    assert speaker(indirect(a, "the plan was fine")) == "Ann Sanders"


def test_a_partys_member_word_before_a_name_is_no_part_of_it() -> None:
    """ "New Democrat Faduma Warsame" and "For the Lib Dems David Laws said" name Warsame
    and Laws, whatever their given names; "Liberal Democrats" and "Green Party" stay the
    parties."""
    a = article(
        "Byelection",
        "New Democrat Faduma Warsame, a settlement worker, finished third, but said her "
        "campaign had pushed the other parties.",
        "“We put rent on the ballot,” she told supporters.",
        "Liberal Democrats said the result was fine.",
    )
    assert speaker(indirect(a, "her campaign had pushed")) == "Faduma Warsame"
    assert speaker(quote(a, "We put rent")) == "Faduma Warsame"
    assert speaker(indirect(a, "the result was fine")) == "Liberal Democrats"


def test_a_riding_of_heights_is_a_place() -> None:
    """ "the riding of Scarborough—Rouge Heights" (one compound word and "Heights") is a
    place, no one "she" stands for; so are "West Point" and "Niagara Falls"."""
    a = article(
        "Conservatives flip Scarborough—Rouge Heights in byelection upset",
        "Kim-Lan Tran walked into the banquet hall just after 11 p.m. Monday.",
        "The 41-year-old pharmacist captured the riding of Scarborough—Rouge Heights for "
        "the Conservatives. She grew up in Niagara Falls.",
        "“People here are not ideological,” she said.",
    )
    assert speaker(quote(a, "People here")) == "Kim-Lan Tran"


def test_a_family_name_first_tells_no_gender() -> None:
    """ "Zhao Lanfang ... Zhao said": the article calls her by her first word alone and
    never by her last, so the family name comes first and tells no gender (the name table
    counts Zhao among men's given names): "she said" after her indirect speech is hers.
    "Zeb Harlow ... Harlow said" is named given name first: "he" stays with him."""
    a = article(
        "Skater wins gold",
        "Mei Chen won the race on Saturday. Zhao Lanfang watched from the stands.",
        "“She flew here two days ago,” Chen said.",
        "Zhao said she had not understood the scoreboard at first.",
        "“Everyone was screaming, so I screamed too,” she said.",
    )
    assert speaker(quote(a, "Everyone was screaming")) == "Zhao Lanfang"
    b = article(
        "Skater wins gold",
        "Mei Chen won the race on Saturday. Zeb Harlow, her coach, watched from the stands.",
        "“She flew here two days ago,” Zeb said.",
        "Harlow said he had not understood the scoreboard at first.",
        "“Everyone was screaming, so I screamed too,” he said.",
    )
    assert speaker(quote(b, "Everyone was screaming")) == "Zeb Harlow"


def test_two_given_names_the_table_does_not_know_are_two_people() -> None:
    """ "Minh Tran ... when he was hit" and "Minh's mother, Lien Tran": two people though
    the name table knows neither given name, and "she said" after her is hers (his
    gender read from "he" after his name)."""
    a = article(
        "Cyclist killed",
        "Minh Tran, 27, was riding home from a night shift when he was hit on May 14.",
        "In a statement she read aloud in court, Minh's mother, Lien Tran, described the "
        "morning police came to her door.",
        "“He was on his way home from his night shift,” she said.",
    )
    assert speaker(quote(a, "He was on his way")) == "Lien Tran"


def test_a_surname_alone_with_a_pronoun_after_keeps_the_article_s_subject() -> None:
    """ "Hai Nguyen ... Nguyen died ... Her brother, Bao Nguyen, ... In his 2015 interview,
    Nguyen said he hoped ...": the surname alone is Hai's, the one the article is about,
    whom "he" fits too (not his son, the Nguyen quoted lately)."""
    a = article(
        "Restaurant owner dies at 81",
        "Hai Nguyen liked to say that he opened his restaurant for a decent bowl of pho.",
        "Nguyen died June 27 after a short illness, his family said. He was 81.",
        "His daughter, Thuy Nguyen, said her father worked seven days a week.",
        "Her brother, Bao Nguyen, took over the restaurant in 2018.",
        "“He would take one sip and just look at me,” Nguyen said.",
        "Kim-Anh Vo, a friend, said the city owed him a lot.",
        "In his 2015 interview, Nguyen said he hoped his grandchildren would remember.",
        "“I want them to know the boat,” he said.",
    )
    assert speaker(indirect(a, "he hoped his grandchildren")) == "Hai Nguyen"
    assert speaker(quote(a, "I want them")) == "Hai Nguyen"


def test_a_name_given_only_in_a_quotation_is_not_a_relative_named_later() -> None:
    """ "“Ada Lund taught for 31 years,” MPP Jo Kerr said. ¶ Reached at home, Lund said
    she ..." is Ada Lund, though her son Tom Lund is named in full outside quotations
    later; "“She is tough,” Lund said" after his words stays his."""
    a = article(
        "Teacher honoured",
        "“Ada Lund taught for 31 years,” MPP Jo Kerr said.",
        "Reached at home, Lund said she had watched on TV.",
        "“I would have done my hair,” she said.",
        "Her son, Tom Lund, said his mother had fallen twice.",
        "“She is tough,” Lund said.",
    )
    assert speaker(indirect(a, "she had watched")) == "Ada Lund"
    assert speaker(quote(a, "I would have done")) == "Ada Lund"
    assert speaker(quote(a, "She is tough")) == "Tom Lund"


def test_a_couple_s_child_named_by_a_given_name_takes_their_surname() -> None:
    """ "Gaetano and Carmela Pellegrino ... Their youngest son, Nico, said ..." is Nico
    Pellegrino, and "Sylvain and Maude Arseneau ... The couple's son, Loïc, ... “...,” Loïc
    said" Loïc Arseneau: "their" and "the couple's" stand for the family named before."""
    a = article(
        "Store closes",
        "After 47 years, Gaetano and Carmela Pellegrino will close the store.",
        "Their youngest son, Nico, said he learned to count at the register.",
    )
    assert speaker(indirect(a, "he learned to count")) == "Nico Pellegrino"
    b = article(
        "Rink",
        "Sylvain and Maude Arseneau built the rink.",
        "The couple's son, Loïc, 14, checked the camera.",
        "“I saw his eyes glowing,” Loïc said.",
    )
    assert speaker(quote(b, "I saw his eyes")) == "Loïc Arseneau"


def test_a_capitalised_compound_in_lower_case_before_a_name_is_no_part_of_it() -> None:
    """ "Bride-to-be Kalinda Roe, 29, said" is Kalinda Roe; "Anne-marie Lee" keeps her
    given name, and "UK-published China Review" its words."""
    a = article(
        "Title",
        "Bride-to-be Kalinda Roe, 29, said she drove in from Oshawa.",
        "Anne-marie Lee said the plan was good.",
    )
    assert speaker(indirect(a, "she drove in")) == "Kalinda Roe"
    assert speaker(indirect(a, "the plan was good")) == "Anne-marie Lee"


def test_a_given_name_alone_with_a_description_is_someone() -> None:
    """ "Arlette, a mother of three who asked that only her first name be used, ..." is a
    person "she said" after her stands for (it was the spokesperson quoted before); "his
    wife, Ann," after "Tom Kerr" is still Ann Kerr."""
    a = article(
        "Title",
        "Town spokesperson Ruth Vale said the rules are clear.",
        "Arlette, a mother of three who asked that only her first name be used, uses the fridge.",
        "“It is this or nothing,” she said.",
        "Tom Kerr and his wife, Ann, reopened the shop.",
        "“We are back,” Ann said.",
    )
    assert speaker(quote(a, "It is this or nothing")) == "Arlette"
    assert speaker(quote(a, "We are back")) == "Ann Kerr"
