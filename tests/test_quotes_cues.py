"""Tests of newsmodel.quotes.cues and the cue lexicon in newsmodel.quotes.lexicon."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import QuoteKind, Stance
from newsmodel.quotes.cues import Cue, find_cues
from newsmodel.quotes.lexicon import CUE_FORMS, CueClass, FormKind
from newsmodel.quotes.marks import find_quotes
from newsmodel.quotes.tokens import Tokens
from tests.quotes_support import article, cue, indirect, quote, speaker


def cues(text: str) -> list[tuple[str, Cue]]:
    """The cues of a one-paragraph text, with their words."""
    quotes = find_quotes(text, [(0, len(text))])
    tokens = Tokens(text, [(0, 0, len(text))], quotes)
    return [(text[tokens.start[c.first] : tokens.end[c.last - 1]], c) for c in find_cues(tokens)]


@pytest.mark.parametrize(
    ("form", "lemma", "kind"),
    [
        ("says", "say", FormKind.PRESENT),
        ("said", "say", FormKind.PAST),
        ("saying", "say", FormKind.GERUND),
        ("told", "tell", FormKind.PAST),
        ("denies", "deny", FormKind.PRESENT),
        ("urged", "urge", FormKind.PAST),
        ("wrote", "write", FormKind.PAST),
        ("written", "write", FormKind.PAST),
        ("acknowledging", "acknowledge", FormKind.GERUND),
        ("slammed", "slam", FormKind.PAST),
        ("emphasises", "emphasise", FormKind.PRESENT),
        ("read", "read", FormKind.PAST),
    ],
)
def test_lexicon_lists_every_inflection(form: str, lemma: str, kind: FormKind) -> None:
    """Reporting verbs come with all their inflections, each with its lemma."""
    cue = CUE_FORMS[form]
    assert (cue.lemma, cue.kind) == (lemma, kind)


def test_cues_of_a_sentence() -> None:
    """Verbs, multi-word cues and "according to" are found outside quotations."""
    text = (
        "The mayor pointed out that the bridge is old and called for repairs, "
        "according to the minutes."
    )
    assert [w for w, _ in cues(text)] == ["pointed out", "called for", "according to"]


def test_words_inside_quotations_are_no_cues() -> None:
    """Quoted words are the speaker's, not the reporter's cues."""
    text = "“I never said that,” the mayor insisted."
    assert [w for w, _ in cues(text)] == ["insisted"]


def test_nouns_are_no_cues() -> None:
    """A reporting word used as a noun ("the report", "her claims") is no cue."""
    text = "The report on her claims was a government strategy document."
    assert cues(text) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("The minister did not say when the talks resume.", "negated"),
        ("The minister was told about the delay.", "passive"),
        ("The minister declined to comment on the delay.", "infinitive"),
    ],
)
def test_cues_that_report_no_speech_are_marked(text: str, flag: str) -> None:
    """Negated, passive and infinitive cues are found but not usable."""
    (_, cue) = next((w, c) for w, c in cues(text) if c.lemma in ("say", "tell", "comment"))
    assert getattr(cue, flag)
    assert not cue.usable


def test_thought_verbs_have_their_class() -> None:
    """Verbs of thought are cues of their own class, kept apart from speech."""
    ((_, cue),) = cues("The voters believe the plan will work.")
    assert cue.cls is CueClass.COGNITION


def test_capitalised_opening_cue() -> None:
    """An inverted attribution may open its sentence: "Said Ellis: ..."."""
    found = cues("Said Ellis: “It is done.”")
    assert [w for w, _ in found] == ["Said"]


def test_gerund_after_a_possessive_is_a_noun() -> None:
    """ "the board’s planning office" names a noun; "she’s claiming" and "Lee’s calling him"
    are verbs."""
    assert cues("The figures came from the board’s planning office.") == []
    assert [w for w, _ in cues("She’s claiming the vote was rigged.")] == ["claiming"]
    assert [w for w, _ in cues("Lee’s calling him a liar angered voters.")] == ["calling"]


def test_thanks_to_is_no_cue() -> None:
    """ "thanks to" and "thanks in part to" are prepositions; "thanks voters" is a verb."""
    assert cues("Turnout rose, thanks in part to the mild weather.") == []
    assert cues("Turnout rose thanks to the mild weather.") == []
    assert [w for w, _ in cues("The mayor thanks voters every year.")] == ["thanks"]


def test_plural_nouns_after_numbers_and_superlatives_are_no_cues() -> None:
    """ "the 9/11 attacks", "44 emails" and "the biggest claims" name things; "says" reports."""
    words = [
        w for w, _ in cues("The 9/11 attacks and 44 emails were the biggest claims, she says.")
    ]
    assert words == ["says"]


@pytest.mark.parametrize("verb", ["portraying", "identified", "painted", "framed", "depicted"])
def test_verbs_that_characterise_name_things(verb: str) -> None:
    """Verbs that cast someone as something name what they say ("portraying X as “...”")."""
    ((_, cue),) = cues(f"The mayor {verb} the rivals as “cowards” on Monday.")
    assert cue.cls is CueClass.NAMING


def test_a_plural_of_a_nationality_before_a_verb_is_its_subject() -> None:
    """ "the Saudis state", "Israelis say": people of a nation speak; a capitalised word
    before a noun still makes the noun ("the Paris attack")."""
    a = newsmodel.parse_text(
        "“The kingdom fights terrorism,” the Saudis state in the white paper.\n\n"
        "Israelis say the talks will fail.\n\nThe Paris attack shocked the world."
    )
    assert [
        (q.speaker.name, q.attribution.cue.text)
        for q in a.quotations
        if q.speaker and q.attribution and q.attribution.cue
    ] == [
        ("the Saudis", "state"),
        ("Israelis", "say"),
    ]


def test_went_on_is_a_cue_only_where_the_clause_ends() -> None:
    """ "“...,” she went on." reports her words; "went on to win the vote" reports none."""
    a = newsmodel.parse_text(
        "“It would end all the kinds of care we know,” Ana Ruiz went on.\n\n"
        "The talks went on for hours, and Ruiz went on to win the vote.",
        stances=set(newsmodel.Stance),
    )
    assert [
        (q.speaker.name, q.attribution.cue.text)
        for q in a.quotations
        if q.speaker and q.attribution and q.attribution.cue
    ] == [("Ana Ruiz", "went on")]


def test_a_plural_noun_after_a_count_and_a_name_is_no_cue() -> None:
    """ "more than 1,300 Lamb emails contained ...": "emails" is a noun; "in 2019 Lamb says"
    is still a verb."""
    a = newsmodel.parse_text(
        "Reviewers had said more than 1,300 Lamb emails contained secret material, but most "
        'were just "confidential," a lower level.\n\n'
        'In 2019 Tom Lamb says the plan was "a disaster."'
    )
    cues = {
        q.text: q.attribution.cue.text for q in a.quotations if q.attribution and q.attribution.cue
    }
    assert cues["confidential,"] == "said"
    assert cues["a disaster."] == "says"


def test_a_plural_noun_before_from_is_no_cue() -> None:
    """ "movies and TV shows from Pixar, “Star Wars,”": "shows" is a noun; no speaker."""
    a = newsmodel.parse_text('The service offers movies and TV shows from Pixar, "Star Wars."')
    q = [q for q in a.quotations if q.text.startswith("Star Wars")]
    assert len(q) == 1
    assert q[0].attribution is None


def test_a_passive_cue_with_its_agent_after_by() -> None:
    """ "was described by police as “...”": police speak, not the man described; "can be
    read by the device" names no speaker."""
    a = newsmodel.parse_text(
        'The man was described by police as "armed and dangerous."\n\n'
        'The plan was hailed by Ana Ruiz as "a bold step."\n\n'
        'He was called "a hero" by his coach, Tom Lamb.\n\n'
        'Lee was asked by moderator Ann Brown whether the plan was "a costly program."'
    )
    speakers = {q.text: q.speaker.name for q in a.quotations if q.speaker is not None}
    assert speakers["a costly program."] == "Ann Brown"  # the one asking
    assert speakers["armed and dangerous."] == "police"
    assert speakers["a bold step."] == "Ana Ruiz"
    assert speakers["a hero"] == "Tom Lamb"


def test_took_to_a_medium_with_a_time_adjunct() -> None:
    """ "took to Twitter on Monday to describe his city as “...”": the one who took to it
    speaks."""
    a = newsmodel.parse_text(
        'The mayor, Ana Ruiz, took to Twitter on Monday to describe the city as a "frozen '
        'wasteland."'
    )
    q = [q for q in a.quotations if q.text.startswith("frozen")]
    assert len(q) == 1
    assert q[0].speaker is not None
    assert q[0].speaker.name == "Ana Ruiz"


def test_paid_tribute_to_is_a_cue() -> None:
    """ "Jamie Lamb paid tribute to the “beautiful legacy”": Lamb's words."""
    a = newsmodel.parse_text('Jamie Lamb paid tribute to the "beautiful legacy" of the singer.')
    q = [q for q in a.quotations if q.text.startswith("beautiful legacy")]
    assert len(q) == 1
    assert q[0].speaker is not None
    assert q[0].speaker.name == "Jamie Lamb"


def test_a_base_form_after_the_and_a_plural_name_is_a_verb() -> None:
    """ "The Greens say ...", "The Tories claim ...": the parties speak (not "the Paris
    attack", a noun)."""
    a = article(
        "Election",
        "The Greens say the market is booming again.",
        "After the Paris attack the city was quiet for days.",
    )
    assert speaker(indirect(a, "the market")) == "The Greens"
    assert len(a.quotations) == 1


def test_a_verb_after_a_party_named_in_the_plural_is_a_verb() -> None:
    """ "The Lib Dems say ...", "Labour argue ...": parties that speak, not a noun
    compound ("the Lib Dem say")."""
    a = article(
        "Election",
        "The Lib Dems say the Tories have laid out only part of their plan. Labour argue "
        "they were honest about taxes in the past.",
    )
    assert speaker(indirect(a, "the Tories have laid out")) == "Lib Dems"
    assert speaker(indirect(a, "they were honest about taxes")) == "Labour"


def test_a_negation_ending_the_sentence_before_does_not_negate_the_cue() -> None:
    """ "..., which it was not. He said they could ...": "said" is not negated by the
    "not" of the sentence before; "He did not say the plan had failed" still is."""
    a = article(
        "Policy",
        "Mr Voss said the notes had been passed off as policy, which it was not. He "
        "said they could have been drafts for a panel.",
        "Tom Reyes spoke on Monday. He did not say the plan had failed.",
    )
    assert speaker(indirect(a, "they could have been drafts")) == "Voss"
    assert not [q for q in a.quotations if "the plan had failed" in q.text]


def test_deem_and_herald_name_what_they_quote() -> None:
    """ "Merkel heralded the deal as a “breakthrough”", "the bar association deemed the
    nominee “well qualified”": words of the one who named them."""
    a = article(
        "Deal",
        'Angela Merkel heralded the deal with Turkey as a "breakthrough." The bar '
        'association deemed the nominee "well qualified," a rare verdict.',
    )
    assert speaker(quote(a, "breakthrough")) == "Angela Merkel"
    assert speaker(quote(a, "well qualified")) == "The bar association"


def test_a_possessive_own_before_a_verb_form_makes_it_a_noun() -> None:
    """ "Mr Hale's own comments had prompted censure - he told refugees to “go home”":
    "comments" is a noun, the words are his (told), not those of "Mr Hale's own"."""
    a = article(
        "Politics",
        "Tom Hale was home secretary. Mr Hale's own comments had prompted censure - he told "
        'refugees to "go home".',
    )
    assert speaker(quote(a, "go home")) == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reporter Ann Cole asked Ray Hale which states specifically he could win.", ["asked"]),
        ("He must win the other states by decisive margins.", []),
        ("She testified on the 2012 terrorist attacks in Dover.", ["testified"]),
        ("He urged delegates from states he won to switch sides.", ["urged"]),
        ("The mill was taken over by a government which claims the firm owes rent.", ["claims"]),
        ("From agreed that inequality was no flashpoint then, From said.", ["agreed", "said"]),
    ],
)
def test_plural_nouns_after_which_other_a_year_or_from_are_no_cues(
    text: str, expected: list[str]
) -> None:
    """ "which states he could win", "the other states", "the 2012 terrorist attacks" and
    "delegates from states" name things; "the government which claims ..." and "From
    said" (a surname) still report."""
    assert [w for w, _ in cues(text)] == expected


def test_a_plural_noun_after_a_participle_modifier_is_no_cue() -> None:
    """ "operatives in the four early nominating states: Iowa, ..." names states; "the
    report states that" still reports."""
    assert cues("Operatives in the four early nominating states: Iowa and Ohio.") == []
    assert [w for w, _ in cues("The report states that costs rose.")] == ["states"]


def test_state_before_a_plural_noun_is_a_noun() -> None:
    """ "mocked GOP state leaders as “obsessed”": Hale's word, no cue "state" with the
    speaker "GOP"; "most state parties release" reports nothing; "Officials state that"
    still does."""
    a = article(
        "Primaries",
        "Tom Hale mocked GOP state leaders as “obsessed” with the issue.",
        "Most state parties release their results on Monday.",
        "Officials state that the plan failed.",
    )
    assert speaker(quote(a, "obsessed")) == "Tom Hale"
    contents = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert contents == ["the plan failed"]


def test_states_after_a_subject_and_its_verb_is_a_noun() -> None:
    """ "Pollmark finds states drifting to the GOP, but ...": no cue "states" with the
    speaker "Pollmark finds"; "A report on the biggest projects says costs rose" still
    reports its words."""
    a = article(
        "Polls",
        "Pollmark finds states drifting to the GOP, but that does not mean much.",
        "A report on the biggest projects says costs have risen by a third.",
    )
    contents = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert "does not mean much" not in contents
    assert "costs have risen by a third" in contents


def test_an_ing_form_after_a_word_of_degree_is_an_adjective() -> None:
    """ "The most telling promise Tom Hale has made is that ...": no cue "telling" with the
    speaker "The most"; "one of his most promising paths to victory" reports nothing."""
    a = article(
        "Promise",
        "The most telling promise Tom Hale has made is that he will stay.",
        "Winning them would thwart one of Hale's most promising paths to victory.",
    )
    speakers = {q.attribution.speaker.name for q in a.quotations if q.attribution is not None}
    assert "The most" not in speakers
    assert not any(q.text == "victory" for q in a.quotations)


def test_a_plural_head_with_behind_or_for_before_a_cue() -> None:
    """ "The developers behind the game claim ...", "Lawyers for the families say ...":
    the plural head speaks; the base form after the phrase is its verb."""
    a = article(
        "Game",
        "The developers behind the game claim it will sell well.",
        "Lawyers for the families say the ruling is unfair.",
    )
    assert speaker(indirect(a, "it will sell well")) == "The developers behind the game"
    assert speaker(indirect(a, "the ruling is unfair")) == "Lawyers for the families"


def test_a_not_of_the_words_reported_does_not_negate_the_cue_after_them() -> None:
    """ "The plan would not work, said Tom Hale.": Hale's words ("not" is theirs, not the
    cue's); "were not unjust, arguing they would ..." reports the argument; "Tom Hale did
    not say when." still reports nothing."""
    a = article(
        "Plan",
        "The plan would not work, said Tom Hale.",
        "Ann Reid said the rules were not unjust, arguing they would keep the scheme fair.",
        "Tom Hale did not say when the vote would be held.",
    )
    contents = {q.text: speaker(q) for q in a.quotations if q.kind is QuoteKind.INDIRECT}
    assert contents.get("The plan would not work") == "Tom Hale"
    assert contents.get("they would keep the scheme fair") == "Ann Reid"
    assert not any("the vote would be held" in text for text in contents)


def test_a_passive_of_naming_with_its_agent_after_the_words() -> None:
    """ "have been described as “reckless” and “shameful” by the commission": the
    agent after the words speaks; so does the agent of "- described by one union as a
    “...”" after a dash, without an auxiliary."""
    a = article(
        "Title",
        "Her remarks have been described as “reckless” and “shameful” by the Brixo "
        "Rights Commission.",
        "The council approved the cuts - described by one union as a “betrayal” - on Monday.",
    )
    assert speaker(quote(a, "reckless")) == "Brixo Rights Commission"
    assert speaker(quote(a, "shameful")) == "Brixo Rights Commission"
    assert speaker(quote(a, "betrayal")) == "one union"


def test_a_naming_participle_after_the_thing_named_gives_it_no_words() -> None:
    """ "The company, dubbed “...” during the boom": the name others gave the company is
    not its words, nor are "was called “a hero”"'s; the agent after "by" speaks ("the
    Saints, dubbed “...” by local media"); a comma closing an aside comes before an
    active verb ("the nominee, Ann Dale, called it “...”")."""
    a = article(
        "Title",
        "The company, dubbed “the poster child” during the boom, collapsed in March.",
        "The Saints, dubbed “the comeback kids” by local media, sit third.",
        "Tom Hale was called “a hero” after the fire.",
        "The last nominee, Ann Dale, called it “our main rival.”",
    )
    assert quote(a, "the poster child").attribution is None
    assert speaker(quote(a, "the comeback kids")) == "local media"
    assert quote(a, "a hero").attribution is None
    assert speaker(quote(a, "our main rival")) == "Ann Dale"


def test_words_written_on_a_thing_or_a_motto_are_no_speech() -> None:
    """ "Signs reading “Land Back”", "held signs reading “...”" and "under the banner
    “...”" give the words written on a thing or a motto, no one's speech; "The teacher,
    reading from a card, said “...”" still quotes the teacher."""
    a = article(
        "Title",
        "Signs reading “Land Back” lined the road. Parents held signs reading “Fund Our Future.”",
        "Premier Tom Hale posted a video under the banner “Protect Brixo.”",
        "The teacher, reading from a card, said “we will return.”",
    )
    assert quote(a, "Land Back").attribution is None
    assert quote(a, "Fund Our Future").attribution is None
    assert quote(a, "Protect Brixo").attribution is None
    assert speaker(quote(a, "we will return")) == "The teacher"
    b = article(
        "Title",
        "A sign at the farm gate reads “Stay strong, Brixo.”",
        "Ann Dale, who was led away by guards, had on a shirt that read “Animal rights now.”",
    )
    assert quote(b, "Stay strong").attribution is None
    assert quote(b, "Animal rights now").attribution is None


def test_every_sign_of_a_list_after_reading_is_no_one_s_speech() -> None:
    """ "carrying signs that read “...” and “...”": each sign of the list is words on a
    thing, not the marchers' speech, nor that of one quoted earlier in the sentence;
    "said “...” and “...”" still quotes the speaker."""
    a = article(
        "Title",
        "About 300 people marched downtown, many carrying signs that read “Save Brixo "
        "Hospital” and “We get sick at night too.”",
        "Nurses held placards reading “Respect”, “Fair pay” or “Staff the wards now.”",
        "Ann Dale said “the wards are empty” and “the nights are long.”",
        "“We want fair pay,” Rita Hale told reporters outside the hall, where nurses held "
        "signs reading “Dignity” and “Staff the night shift.”",
    )
    assert quote(a, "Dignity").attribution is None
    assert quote(a, "Staff the night").attribution is None
    assert speaker(quote(a, "We want fair pay")) == "Rita Hale"
    assert quote(a, "We get sick").attribution is None
    assert quote(a, "Fair pay").attribution is None
    assert quote(a, "Staff the wards").attribution is None
    assert speaker(quote(a, "the nights are long")) == "Ann Dale"


def test_words_on_a_thing_named_several_words_before_read_are_no_one_s() -> None:
    """ "A sign taped to the door of the centre read “...”", "A poster on the wall of the
    meeting room read “...”": the thing's words, however long what places it; "Holding a
    sign, Ann Dale read “...”" is hers."""
    a = article(
        "Title",
        "A sign taped to the door of the centre read “Pets welcome — ask inside.”",
        "A poster on the wall of the meeting room read “Inuktitut is our language”.",
        "Holding a sign, Ann Dale read “We will stay.”",
    )
    assert quote(a, "Pets welcome").attribution is None
    assert quote(a, "Inuktitut").attribution is None
    assert speaker(quote(a, "We will stay")) == "Ann Dale"


def test_a_plural_noun_that_looks_like_a_cue() -> None:
    """ "terms like “podcast”" and "these old TV shows for a ‘modern’ crowd" hold nouns,
    no cue; "says such techniques are" and "brands such criticisms as" still are cues."""
    a = article(
        "Title",
        "Few people know terms like “podcast” yet.",
        "Reviving these old TV shows for a ‘modern’ crowd is risky.",
        "The Tory leader brands such criticisms as “absolutely rubbish”.",
    )
    assert quote(a, "podcast").attribution is None
    assert quote(a, "modern").attribution is None
    assert speaker(quote(a, "absolutely rubbish")) == "The Tory leader"


def test_a_plural_cue_after_people_and_a_prepositional_phrase() -> None:
    """ "Aides to the mayor say": a verb after a plural of people and "to"; "the bosses
    polled for the report say" the bosses; "got the fans to dance and clap" no cue."""
    a = article(
        "Title",
        "Aides to the mayor say the plan will fail.",
        "Most of the bosses polled for the report say that they have shifted staff overseas.",
        "A band got the fans to dance and clap for “President Tom Hale.”",
    )
    assert speaker(indirect(a, "the plan will fail")) == "Aides to the mayor"
    assert speaker(indirect(a, "they have shifted staff")) == "Most of the bosses"
    assert quote(a, "President Tom Hale").attribution is None


def test_a_plural_after_a_past_verb_is_its_object() -> None:
    """ "The firm denied reports it was planning to close": "reports" is the object of
    "denied", no cue of "The firm denied"."""
    a = article("Title", "The firm denied reports it was planning to close the plant.")
    assert not [
        q
        for q in a.quotations
        if q.attribution and q.attribution.cue and q.attribution.cue.text == "reports"
    ]


def test_a_plural_cue_after_people_and_on() -> None:
    """ "Critics on the net say": a verb after a plural of people and "on"."""
    a = article("Title", "Critics on the net say the plan is dead.")
    assert speaker(indirect(a, "the plan is dead")) == "Critics on the net"


def test_a_think_tank_speaks() -> None:
    """ "The think tank said": a body, no cue "think"."""
    a = article("Title", "The think tank said the plan was dead.")
    q = indirect(a, "the plan was dead")
    assert speaker(q) == "The think tank"
    assert q.attribution is not None
    assert q.attribution.cue is not None
    assert q.attribution.cue.text == "said"


def test_news_of_a_blast_holds_no_verb() -> None:
    """ "sharing news of the Dover blast": "news" takes a singular verb, so "blast" after
    "the Dover" is a noun, and the quotation after it keeps the sentence's speaker; "Polls
    in New Hampshire show" still has its verb."""
    a = article(
        "Harbor",
        "The Harbor Watch group monitors shipping alerts. It said crews were sharing news of "
        "the Dover blast and “bracing for more.”",
        "Polls in New Hampshire show Tom Hale is “far ahead.”",
    )
    assert cue(quote(a, "bracing for more")) == "said"
    assert cue(quote(a, "far ahead")) == "show"


def test_a_group_noun_after_a_before_a_cue_word_makes_one_noun() -> None:
    """ "A staff report presented to council recommended ... adding ...": a report, no
    staff who report; "Staff say ..." and "Nearly a third say ..." are people speaking."""
    a = newsmodel.parse_text(
        "Bike lanes\n\nA staff report presented to council recommended keeping the lanes "
        "and adding the loading zones. Staff say the lanes work. Nearly a third say they do "
        "not know.\n",
        stances=frozenset(Stance),
    )
    said = [(q.text, speaker(q)) for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert said == [("the lanes work", "Staff"), ("they do not know", "a third")]


def test_an_amount_a_demonstrative_or_a_published_title_is_no_speech() -> None:
    """ "Quickley added 22 points" reports no words ("She added 30 people were hurt"
    does); "called that answer “insulting”" is her word, "answer" a noun; "publish its
    quarterly “Monetary Policy Report”" names a report."""
    a = newsmodel.parse_text(
        "Raptors win\n\nImmanuel Quickley added 22 points as the Raptors won. She added 30 "
        "people were hurt.\n\nNDP critic Sara Blake called that answer “insulting.”\n\n"
        "The bank will also publish its quarterly “Monetary Policy Report” in July.\n",
        stances=frozenset(Stance),
    )
    said = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert said[0] == "30 people were hurt"
    assert not any("22 points" in t for t in said)
    insulting = next(q for q in a.quotations if q.text.startswith("insulting"))
    assert insulting.speaker is not None
    assert insulting.speaker.name == "Sara Blake"
    report = next(q for q in a.quotations if q.text.startswith("Monetary"))
    assert report.kind is QuoteKind.SCARE


def test_says_after_someone_by_trade_or_age_is_a_cue() -> None:
    """ "“...,” the agronomist says." and "the 63-year-old rancher says" report the words
    (the words were left as scare quotes); "the 2012 terrorist attacks of" and "beyond
    the TV shows," stay plural nouns."""
    words = [w for w, _c in cues("“It was time,” the agronomist says.")]
    assert words == ["says"]
    words = [w for w, _c in cues("“It was time,” the 63-year-old rancher says.")]
    assert words == ["says"]
    assert [w for w, _c in cues("Ann Reid blamed the 2012 terrorist attacks of that year.")] == [
        "blamed"
    ]
    assert cues("She looked beyond the TV shows, to the films.") == []
    a = article(
        "Ranchers sell herds",
        "Justin Oakes sold 60 cows at the auction last week.",
        "“That is 20 years of breeding walking onto a trailer,” the 63-year-old rancher "
        "says. “You do not get that back.”",
    )
    assert speaker(quote(a, "That is 20 years")) == "Justin Oakes"
    assert speaker(quote(a, "You do not get")) == "Justin Oakes"


def test_words_printed_on_a_thing_or_read_past_an_aside_are_no_ones_speech() -> None:
    """ "a T-shirt printed with the words “...”" and "One note, in blue marker, read:
    “...”" give the words on a thing, no speech; "The newspaper printed her words" still
    reports."""
    a = article(
        "Rally outside city hall",
        "His sister wore a T-shirt printed with the words “Justice for Jesse.”",
        "One note, in blue marker, read: “Obrigado, Manny. The street smells different today.”",
        "“We will be back every week,” said organizer Mia Chen.",
    )
    assert quote(a, "Justice for Jesse").attribution is None
    assert quote(a, "Obrigado, Manny").attribution is None
    assert speaker(quote(a, "We will be back")) == "Mia Chen"
    assert [w for w, _c in cues("The newspaper printed her words: “I am done.”")] == ["printed"]


def test_words_before_a_sign_and_a_show_watched_are_no_speech() -> None:
    """ "the red “Reduced!” sign" and "watching “Hockey Night in Canada”" inside reported
    speech are the words on a sign and a show's title, no partial quotation of the one
    who speaks; "“just brutal”" there is one. "“We won.” Banners soon went up" keeps its
    speaker: the banners open another sentence."""
    a = article(
        "Sellers wait",
        "Doreen Whitfield said they had cut the price twice, and the red “Reduced!” sign on "
        "the lawn has been up since February.",
        "Kuldeep Brar said he learned the game from watching “Hockey Night in Canada” in his "
        "first winter.",
        "Whitfield said the market was “just brutal” this spring.",
        "Ana Ruiz told the radio station simply, “We won.” Banners soon went up.",
    )
    assert quote(a, "Reduced!").attribution is None
    assert quote(a, "Hockey Night").attribution is None
    assert speaker(quote(a, "just brutal")) == "Doreen Whitfield"
    assert speaker(quote(a, "We won")) == "Ana Ruiz"


def test_terms_and_titles_are_no_speech() -> None:
    """ "so-called “shrinkflation”", "Known across Cape Breton as “le violoneux de la
    Pointe”" and "four albums, including “Reels de la Baie”" are a term, a name and a
    title; "called the route cuts “a death spiral”" and "branded the plans as “fantasy
    economics”" report what was said, and so does "calls herself “The Hammer”" (a name
    someone gives, counted as their words by annotators of Canadian news)."""
    a = article(
        "Names",
        "Emily Paquin said so-called “shrinkflation” was making it harder to compare prices.",
        "Known across Cape Breton as “le violoneux de la Pointe,” LeBlanc released four "
        "albums, including “Reels de la Baie” in 1978.",
        "Coun. Evan Sutherland called the route cuts “a death spiral in slow motion.”",
        "Owen Tully branded the plans as “fantasy economics.”",
        "The crowd watched Rita Moreau, the boxer who calls herself “The Hammer.”",
    )
    for words in ("shrinkflation", "le violoneux", "Reels de"):
        assert quote(a, words).attribution is None, words
    assert speaker(quote(a, "a death spiral")) == "Evan Sutherland"
    assert speaker(quote(a, "fantasy economics")) == "Owen Tully"
    assert speaker(quote(a, "The Hammer")) == "Rita Moreau"


def test_a_brand_and_a_work_behind_its_maker_are_no_speech() -> None:
    """ "the plan, which the commission has branded “Line 2 Renewal”" and "the filmmaker
    behind “Last Batch”" give a name and a title; a brand in lower case is still the
    words of the one who gives it."""
    a = article(
        "Names",
        "Chair Ana Ruiz defended the plan, which the commission has branded “Brixo Line Renewal.”",
        "“I thought they had the wrong number,” said Tom Hale, the filmmaker behind “Last Batch.”",
        "Owen Tully branded the plans “a fantasy.”",
    )
    assert quote(a, "Brixo Line").attribution is None
    assert quote(a, "Last Batch").attribution is None
    assert speaker(quote(a, "I thought")) == "Tom Hale"
    assert speaker(quote(a, "a fantasy")) == "Owen Tully"


def test_titles_whatever_their_case_and_words_on_a_jersey() -> None:
    """ "a report titled “Le français dans l’espace public”" is a title though in sentence
    case, and "a jersey with the words “Mamá de los dos” stitched" the jersey's words: no
    speech of the one named near them."""
    a = article(
        "Language law",
        "Guy Roy pointed to a 2019 report titled “Le français dans l’espace public,” which "
        "found signs were mostly in English.",
        "Their mother, Yolanda Ortiz, watched wearing a jersey with the words “Mamá de los "
        "dos” stitched across the back.",
    )
    assert quote(a, "Le français").attribution is None
    assert quote(a, "Mamá de los dos").attribution is None


def test_followed_up_closing_a_question_reports_it() -> None:
    """ "“So you are comfortable with the dividend?” Ms. Bertrand followed up." is her
    question; "followed up with a statement" is no cue."""
    a = article(
        "Dividend",
        "Chief executive Louis Gendron took questions from analysts.",
        "“We are comfortable with the payout,” Gendron said.",
        "“So you are comfortable with the dividend?” Ms. Olivia Bertrand followed up.",
    )
    assert speaker(quote(a, "So you are comfortable")) == "Olivia Bertrand"
    assert [w for w, _c in cues("The company followed up with a statement.")] == []


def test_titles_in_sentence_case_by_the_kind_of_work() -> None:
    """ "for “La marée des Comeau,” a family saga" and "for her collection “Saudade de
    Laval”" are titles though in sentence case; "“...,” the play's organiser, Ann
    Reid, told the radio station" is Reid's speech."""
    a = article(
        "Prize",
        "Chloé Arsenault won the prize on Wednesday for “La marée des Comeau,” a family saga.",
        "Other finalists included poet Ana Ferreira, for her collection “Saudade de Laval.”",
        "“This is a disgrace to the whole town,” the play's organiser in Moncton, Ann "
        "Reid, told the radio station.",
    )
    assert quote(a, "La marée").attribution is None
    assert quote(a, "Saudade").attribution is None
    assert speaker(quote(a, "This is a disgrace")) == "Ann Reid"


def test_a_participle_with_by_after_its_noun_is_no_cue() -> None:
    """ "a view endorsed by polls suggesting ...": a participle after a noun, with "by"
    after it, reports no one's words; "hit back by saying ..." still does."""
    a = article(
        "Title",
        "That is a view endorsed by recent polls suggesting people want more services.",
        "The minister hit back by saying the plan was sound.",
    )
    assert not [q.text for q in a.quotations if q.text.startswith("people want")]
    assert speaker(indirect(a, "the plan was sound")) == "The minister"


def test_a_song_that_blares_is_a_title() -> None:
    """ "“...,” he said, as “God Save the Brixo” blared over the loudspeakers": the
    song's title, no speech of his."""
    a = article(
        "Title",
        "“We are going to win,” Tom Hale said, as “God Save the Brixo” blared over the "
        "loudspeakers.",
    )
    assert quote(a, "God Save").attribution is None
    assert speaker(quote(a, "We are going")) == "Tom Hale"


def test_a_sign_that_says_or_urges_is_no_speaker() -> None:
    """ "A sign on the door says “...”", "a small sign urges customers to “...”": words on a
    thing in public, no one's speech; "a note from Ana Ruiz says “...”" is hers."""
    a = article(
        "Title",
        "A sign on the door says “Closed for the season.”",
        "At the counter, a small sign urges customers to “Buy Local, Buy Brixo.”",
        "On his wall hangs a note from Ana Ruiz. “You are a total loser!” the note says.",
    )
    assert quote(a, "Closed for").attribution is None
    assert quote(a, "Buy Local").attribution is None
    assert not [q for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert quote(a, "You are a total").attribution is not None


def test_and_i_quote_is_the_writer_s_aside() -> None:
    """ "Tom Hale said, and I quote, “...”": the writer's aside is no cue, and Hale said it;
    "“I quote the minister,” Ann Reid said" keeps its cue."""
    a = article(
        "Title",
        "Tom Hale said, and I quote, “We love the poorly educated.”",
        "“I quote the minister,” Ann Reid said.",
    )
    assert speaker(quote(a, "We love")) == "Tom Hale"
    assert cue(quote(a, "We love")) == "said"
    assert speaker(quote(a, "I quote the")) == "Ann Reid"


def test_a_base_form_after_a_singular_noun_in_s_is_a_noun() -> None:
    """ "the natural gas project", "a news report": a noun in "-s" that is singular makes
    the base form after it a noun, no cue with "the natural gas" for its speaker;
    "officials say" stays a cue."""
    a = article(
        "Title",
        "Brixo Energy began developing the Ebla natural gas project in Syria, where it saw "
        "“significant upside potential.”",
        "A news report said Tom Hale “used a personal email account.”",
        "Officials say the outbreak is “out of control.”",
    )
    found = quote(a, "significant upside").attribution
    assert found is None or found.cue is None or found.cue.text != "project"
    assert speaker(quote(a, "used a personal")) == "A news report"
    assert cue(quote(a, "out of control")) == "say"
