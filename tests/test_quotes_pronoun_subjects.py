"""Tests of "he" and "she": the subject of the sentence before, past an adjunct that
opens it ("On Thursday, she stood beside ..."), and a name said to the speaker inside
their words."""

from __future__ import annotations

from tests.quotes_support import article, indirect, quote, speaker


def test_she_after_a_time_or_place_opener_is_the_subject_she_stood_for() -> None:
    """ "Sunita Rao read a statement. On Thursday, she stood beside Fahey ... ¶ “...,” she
    said": Rao, whom "she" stood for, not Fahey named after it; also after "In court,"."""
    for opener in ("On Thursday,", "In court,", "Outside court,", "Last week,"):
        a = article(
            "Sentencing",
            "“We will never know,” Crown prosecutor Colleen Fahey told reporters.",
            f"Sunita Rao read a victim impact statement. {opener} she stood beside Fahey"
            " on the courthouse steps.",
            "“Eight years is not enough,” she said.",
        )
        assert speaker(quote(a, "Eight years")) == "Sunita Rao", opener


def test_a_name_the_words_are_said_to_does_not_rule_its_bearer_out() -> None:
    """ "“Mr. Gagne told me, Peter, the customers are your family now,” he says": Peter
    Kalogeropoulos, whose own name is said to him inside the words; not Gagne, who is
    named there as someone else."""
    a = article(
        "Diner",
        "Peter Kalogeropoulos bought the diner in 1976 from Alphonse Gagne.",
        "“Mr. Gagne told me, Peter, the customers are your family now,” he says.",
    )
    assert speaker(quote(a, "Mr. Gagne told me")) == "Peter Kalogeropoulos"


def test_a_reporter_who_asks_is_not_the_one_who_answers() -> None:
    """ "A reporter asked whether ... ¶ “...,” she said": the minister quoted before
    answers; "A reporter asked Doreen Schultz what ... ¶ “...,” she said": Schultz does.
    The reporter's own question stays theirs."""
    a = article(
        "Ministers questioned",
        "Industry Minister Rachel Kim spoke on Parliament Hill. “People should not need a "
        "lawyer,” Kim said.",
        "A reporter asked whether the government would regulate prices.",
        "“We are not there,” she said.",
        "Doreen Schultz left the courthouse. A reporter asked Doreen Schultz what she would "
        "do now.",
        "“Go home. Make supper,” she said.",
    )
    assert speaker(quote(a, "We are not there")) == "Rachel Kim"
    assert speaker(quote(a, "Go home")) == "Doreen Schultz"
    assert speaker(indirect(a, "whether the government")) == "A reporter"


def test_he_after_a_but_clause_is_the_one_the_story_turns_to() -> None:
    """ "Tom Hale said ..., but Reid rejected the comparison. ¶ “...,” he said": Reid, the
    subject after "but", not the one quoted before; a "but" clause with no person in it,
    or a name the pronoun's gender rules out, leaves the one quoted."""
    a = article(
        "Minister Ravi Reid spoke first. MP Tom Hale said he had raised the issue with the "
        "minister, but Reid rejected the comparison.",
        "“That is a talking point, not a policy,” he said.",
    )
    assert speaker(quote(a, "That is a talking")) == "Ravi Reid"
    b = article(
        "Minister Ravi Reid spoke first. MP Tom Hale said he had raised the issue with the "
        "minister, but the motion failed.",
        "“That is a talking point, not a policy,” he said.",
    )
    assert speaker(quote(b, "That is a talking")) == "Tom Hale"
    c = article(
        "Minister Ann Reid spoke first. MP Tom Hale said he had raised the issue with the "
        "minister, but Reid rejected the comparison.",
        "“That is a talking point, not a policy,” he said.",
    )
    assert speaker(quote(c, "That is a talking")) == "Tom Hale"


def test_a_name_said_to_the_speaker_inside_her_words_is_no_other_speaker() -> None:
    """ "“The receptionist says ‘Hi Ann’ before I say my name,” she said" and "“He said,
    ‘Ann, just get here,’” she said" are Ann's: her name is said to her (so is the last
    word quoted inside: "It says ‘Go Monsieur Bastien,’"); "“I cannot believe Ann would
    object,” she said" is still not Ann's."""
    a = article(
        "The minister, Rita Hale, said surgery was a priority. Ann Dale said she called "
        "the office every two weeks.",
        "“The receptionist says ‘Hi Ann’ before I say my name,” she said.",
        "“He said, ‘Ann, just get here when you get here,’” she said.",
        "“I cannot believe Ann would object,” she said.",
    )
    assert speaker(quote(a, "The receptionist")) == "Ann Dale"
    assert speaker(quote(a, "He said")) == "Ann Dale"
    assert speaker(quote(a, "I cannot believe")) != "Ann Dale"
    b = article(
        "Tom Green spoke on Monday.",
        "Bastien Roy, 24, is a teacher. He said the class cheered.",
        "“They made a sign. It says ‘Go Monsieur Bastien,’” he said.",
    )
    assert speaker(quote(b, "They made a sign")) == "Bastien Roy"  # the sign's last word


def test_he_after_a_sentence_a_description_opens_is_the_one_described() -> None:
    """ "The Halifax MP was unimpressed. ¶ “...,” he said": the MP the description stands
    for ("Tom Hale, the MP for Halifax West,"), not the minister quoted last; a sentence
    that names someone leaves the pronoun to them."""
    a = article(
        "Critic Tom Hale, the MP for Halifax West, said the plan fell short.",
        "Minister Ravi Reid, the MP for Lakeside, said he was open to more.",
        "The Halifax MP was unimpressed.",
        "“The framework found money last spring,” he said.",
    )
    assert speaker(quote(a, "The framework")) == "Tom Hale"
    b = article(
        "Critic Tom Hale said the plan fell short.",
        "Minister Ravi Reid said he was open to more.",
        "The critic was unimpressed.",
        "“The framework found money last spring,” he said.",
    )
    assert speaker(quote(b, "The framework")) == "Tom Hale"
    c = article(
        "Critic Tom Hale said the plan fell short.",
        "The critic was unimpressed. Minister Ravi Reid said he was open to more.",
        "“The framework found money last spring,” he said.",
    )
    assert speaker(quote(c, "The framework")) == "Ravi Reid"
