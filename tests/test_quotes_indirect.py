"""Tests of newsmodel.quotes.indirect: reported speech without quote marks."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import QuoteKind, SpeakerKind, Stance
from tests.quotes_support import article, cue, indirect, mention, quote, speaker


def test_said_that_clause() -> None:
    """X said that CLAUSE: the clause is the reported speech."""
    a = article("Helen Park said that the bridge would reopen in May.")
    q = indirect(a, "bridge")
    assert q.text == "the bridge would reopen in May"
    assert (speaker(q), cue(q)) == ("Helen Park", "said")
    assert q.attribution is not None
    assert q.attribution.rule == "indirect-that"


def test_said_clause_without_that() -> None:
    """X said CLAUSE, with "that" left out and a time adjunct before the clause."""
    a = article("Otieno said on Saturday Kenya is ready to welcome foreign builders.")
    q = indirect(a, "Kenya is ready")
    assert q.text == "Kenya is ready to welcome foreign builders"
    assert speaker(q) == "Otieno"


def test_told_reporters_that() -> None:
    """X told reporters that CLAUSE: the recipient is skipped."""
    a = article("A senior Kenyan official told reporters on Friday that the talks had stalled.")
    q = indirect(a, "talks")
    assert q.text == "the talks had stalled"
    assert speaker(q) == "A senior Kenyan official"


def test_according_to_before_the_clause() -> None:
    """According to X, CLAUSE."""
    a = article("According to the port authority, the cranes will arrive in June.")
    q = indirect(a, "cranes")
    assert q.text == "the cranes will arrive in June"
    assert (speaker(q), cue(q)) == ("the port authority", "According to")


def test_clause_then_speaker() -> None:
    """CLAUSE, X said: the attribution closes the sentence."""
    a = article("The ferry will be free for residents, the deputy mayor said on Tuesday.")
    q = indirect(a, "ferry")
    assert q.text == "The ferry will be free for residents"
    assert mention(q) == "the deputy mayor"
    assert q.attribution is not None
    assert q.attribution.rule == "indirect-after"


def test_the_words_told_start_after_the_one_told() -> None:
    """ "told the conference the Tories must not win": the one told is no part of the
    words (nor "his party's spring conference"); "told a meeting of the authority it
    would act" keeps the words whole, as does "told reporters the plan was dead"."""
    a = article(
        "Tom Hale spoke in Leeds. He told the conference the Tories must not be handed power again.",
        "Ann Reid told his party's spring conference the plan would cost jobs.",
        "Carl Ford told reporters the plan was dead.",
    )
    assert indirect(a, "Tories").text == "the Tories must not be handed power again"
    assert indirect(a, "cost jobs").text == "the plan would cost jobs"
    assert indirect(a, "was dead").text == "the plan was dead"


def test_saying_nothing_about_something_reports_no_words() -> None:
    """ "Brixo said nothing about the dollar", "has said little since the vote": no words
    reported; "said nothing had changed" and "said much of the plan was wrong" are."""
    a = article(
        "Dollar",
        "Brixo said nothing about supporting the dollar. Ann Reid has said little since the"
        " vote. Tom Hale said nothing had changed. Carl Ford said much of the plan was wrong.",
    )
    assert [q.text for q in a.quotations] == [
        "nothing had changed",
        "much of the plan was wrong",
    ]


def test_a_plural_of_people_opening_the_sentence_speaks() -> None:
    """ "Candidates say the race is close": the candidates, capitalised by the sentence's
    start, speak (no person named "Candidates", no noun "Candidates say")."""
    a = article("Race", "Candidates say the race is close. Associates said he would run.")
    q = indirect(a, "the race is close")
    assert q.attribution is not None
    assert (q.attribution.speaker.name, q.attribution.speaker.kind) == (
        "Candidates",
        SpeakerKind.GROUP,
    )
    assert speaker(indirect(a, "he would run")) == "Associates"


def test_a_document_written_or_a_preposition_after_a_cue_reports_no_words() -> None:
    """ "wrote a letter to the mayor asking ...", "responded to one of his posts by
    saying": no words in the object; "wrote the letter was late", "said at the time" and a
    clause before "told the crowd" still report."""
    a = article(
        "Letters",
        "Mayor Tom Hale wrote a letter to Attorney General Ann Reid about the mess.",
        "On Twitter, she responded to one of Hale's posts. Carl Ford wrote the letter was late.",
        "Sales rose by a third, the company said at the time. The plan is dead, Hale told the crowd.",
    )
    assert [q.text for q in a.quotations] == [
        "the letter was late",
        "Sales rose by a third",
        "The plan is dead",
    ]


def test_a_day_s_event_between_a_cue_and_that() -> None:
    """ "argued during Saturday's debate that CLAUSE": the day opens a noun phrase, which
    the adjunct holds whole."""
    a = article(
        "Debate",
        "Ann Hale argued during Saturday's debate that she would take a tough stance on lenders.",
    )
    assert speaker(indirect(a, "she would take")) == "Ann Hale"


def test_an_inverted_aside_after_an_opening_adverb() -> None:
    """ "Currently, says Dr Tom Hale, the equipment is very expensive.": Hale's words, the
    adverb no speaker."""
    a = article("Chips", "Currently, says Dr Tom Hale, the equipment is very expensive.")
    assert speaker(indirect(a, "very expensive")) == "Tom Hale"


def test_a_joke_told_reports_no_words() -> None:
    """ "On Friday morning, the third day of his tour, Tom Hale told a joke.": a joke or a
    story told reports no words, so the adjunct before it is no indirect speech."""
    a = article(
        "Tour",
        "On Friday morning, the third day of his tour, Tom Hale told a joke.",
        "The tour is going well, Ann Reid told the crowd.",
    )
    assert [q.text for q in a.quotations] == ["The tour is going well"]


def test_a_share_of_those_asked_says() -> None:
    """ "59 percent said CLAUSE", "About 40 per cent said CLAUSE": the share of those
    polled speaks, as "59 percent of voters" does; "30 cents" names no one."""
    a = article(
        "Poll",
        "In the poll, 59 percent said the plan was wrong. About 40 per cent said it was fair.",
        "It cost 30 cents, the firm said.",
    )
    assert speaker(indirect(a, "the plan was wrong")) == "59 percent"
    assert speaker(indirect(a, "it was fair")) == "About 40 per cent"
    assert speaker(indirect(a, "It cost 30 cents")) == "the firm"


def test_sources_close_to_someone_say() -> None:
    """ "Sources close to her campaign say CLAUSE", "People familiar with the talks say
    CLAUSE": "say" after a plural head and its adjective and preposition is a verb, not a
    noun; "They want to say" is no report."""
    a = article(
        "Plan",
        "Rather, sources close to her campaign say she backs the plan fully.",
        "People familiar with the talks say a deal is near. They want to say the plan is dead.",
    )
    assert speaker(indirect(a, "she backs")) == "sources close to her campaign"
    assert speaker(indirect(a, "a deal is near")) == "People familiar with the talks"
    assert not any("the plan is dead" in q.text for q in a.quotations)


def test_an_as_clause_names_the_source_of_the_clause_beside_it() -> None:
    """ "As X told Y, CLAUSE.", "As reported by X, CLAUSE.", "CLAUSE, as X noted in Y.":
    the clause is X's; not "As he said goodbye, ..." (the cue has an object), "as Hale
    proposes" (a plan), "as they say" (a saying), nor an "as" aside inside a clause."""
    a = article(
        "As Mara Dale told the Daily Star, tax relief is given in exchange for jobs.",
        "As reported by the Western Journal, investigators found new emails.",
        "It is a classic scare tactic, as Ken Ober noted in The Ledger.",
        "As he said goodbye, the crowd cheered. Rents could be frozen, as Hale proposes.",
        "The deal is as good as gold, as they say. The plan is, as he said, quite bold.",
    )
    q = indirect(a, "tax relief")
    assert (q.text, speaker(q), cue(q)) == (
        "tax relief is given in exchange for jobs",
        "Mara Dale",
        "told",
    )
    assert speaker(indirect(a, "investigators found")) == "Western Journal"
    b = article(
        "However, as the Star has reported, the plan is dead. But as Ann Reid said,"
        " the vote is close."
    )
    assert speaker(indirect(b, "the plan is dead")) == "Star"
    assert speaker(indirect(b, "the vote is close")) == "Ann Reid"
    c = article(
        "As Tom Hale declared on Monday, the party is over. As Ann Reid argued, costs will rise."
    )
    assert speaker(indirect(c, "the party is over")) == "Tom Hale"
    d = article(
        "As the Post reported, even on Friday morning, the mayor was refusing to comment.",
        "As Tom Hale said, however, the vote is lost.",
    )
    assert speaker(indirect(d, "the mayor was refusing")) == "Post"
    assert speaker(indirect(d, "the vote is lost")) == "Tom Hale"
    assert speaker(indirect(c, "costs will rise")) == "Ann Reid"
    q = indirect(a, "scare tactic")
    assert (q.text, speaker(q)) == ("It is a classic scare tactic", "Ken Ober")
    indirects = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert not any(
        words in text
        for text in indirects
        for words in ("the crowd cheered", "Rents could", "as good as gold", "quite bold")
    )


def test_clause_then_inverted_speaker() -> None:
    """CLAUSE, said X, DESCRIPTION."""
    a = article("Freight costs could fall by a third, said Kofi Boateng, a port economist.")
    q = indirect(a, "Freight")
    assert speaker(q) == "Kofi Boateng"


def test_indirect_speech_resolves_pronouns() -> None:
    """Indirect speech of "she" is attributed to the woman named before."""
    a = article(
        "Mayor Helen Park toured the bridge on Monday.",
        "She said the steel was older than anyone had thought.",
    )
    q = indirect(a, "steel")
    assert (speaker(q), mention(q)) == ("Helen Park", "She")


def test_indirect_speech_stops_before_a_partial_quotation() -> None:
    """A quoted fragment ends the indirect clause and is a quotation of its own."""
    a = article(
        "Ferreira added that talks on a geothermal partnership are under way, including "
        "“a pilot plant in the valley.”"
    )
    q = indirect(a, "geothermal")
    assert q.text == "talks on a geothermal partnership are under way"
    partial = [x for x in a.quotations if x.kind is QuoteKind.PARTIAL]
    assert [x.text for x in partial] == ["a pilot plant in the valley."]
    assert speaker(partial[0]) == speaker(q)


def test_no_indirect_speech_without_a_reported_clause() -> None:
    """A cue whose sentence reports nothing, or a negated cue, makes no indirect speech."""
    a = article(
        "The mayor did not say when the bridge would reopen.",
        "The report was read aloud at the meeting.",
    )
    assert [q for q in a.quotations if q.kind is QuoteKind.INDIRECT] == []


def test_stances_report_their_object_when_asked() -> None:
    """Stances such as "endorsed" report their object, with a lower confidence, as a stance
    other than speech: left out by default, there with ``stances``."""
    text = "The farmers' union endorsed the harbour plan on Monday."
    assert not [q for q in newsmodel.parse_text(text).quotations if q.kind is QuoteKind.INDIRECT]
    q = indirect(newsmodel.parse_text(text, stances=set(Stance)), "harbour plan")
    assert q.attribution is not None
    assert q.attribution.rule == "indirect-object"
    assert q.attribution.stance is Stance.OTHER
    assert q.attribution.confidence < 0.75


def test_indirect_speech_after_has_always_insisted() -> None:
    """ "X resigned but has always insisted he did nothing wrong": X's words, no "that"."""
    a = article(
        "The minister quit in 2021.",
        "Nkosi resigned weeks later but has always insisted he did nothing wrong.",
    )
    q = indirect(a, "he did nothing wrong")
    assert (speaker(q), cue(q)) == ("Nkosi", "insisted")


def test_two_adjuncts_between_the_cue_and_that() -> None:
    """ "said in a statement on Sunday that ...", "told reporters in Ottawa on Friday
    that ...": the clause after "that"; "responding to a challenge from Ana Ruiz who said"
    is no clause of the responder."""
    a = article(
        "Brixo Corp said in a statement on Sunday that letters came from one gang.",
        "Talos told reporters in Ottawa on Friday that the emails were a hoax.",
        "The premier was responding to a challenge from Ana Ruiz who said taxes would rise.",
    )
    assert indirect(a, "letters came").text == "letters came from one gang"
    assert indirect(a, "the emails").text == "the emails were a hoax"
    texts = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert not any(t.startswith("who") for t in texts)


def test_an_aside_before_that_and_not_to_after_the_person_told() -> None:
    """ "He states however, that ...", "said, however, that ..."; "warned the public Tuesday
    not to guess" reports "not to guess ..."."""
    a = article(
        "Kevin Haley states however, that the threats have less to do with technology.",
        "Ana Ruiz said, however, that the plan would fail.",
        "Police chief Tom Berg warned the public Tuesday not to guess at the motive.",
    )
    assert indirect(a, "the threats").text.startswith("the threats have less")
    assert indirect(a, "the plan").text == "the plan would fail"
    assert indirect(a, "guess").text == "not to guess at the motive"


def test_a_long_recipient_before_that() -> None:
    """ "told the Reuters news agency that ...", "told BBC Radio 4's Today programme
    that ...": the clause after "that", not the rest of the recipient."""
    a = article(
        "The Brixo Fund told the Reuters news agency that funds were short.",
        "Tom Hale told BBC Radio 4's Today programme that Dr Voss had been wrong.",
        "Ana Ruiz told reporters the plan that failed was bad.",
    )
    assert indirect(a, "funds were short").text == "funds were short"
    assert indirect(a, "Dr Voss").text == "Dr Voss had been wrong"
    assert indirect(a, "failed").text == "the plan that failed was bad"


def test_people_named_by_what_they_do_in_the_plural() -> None:
    """ "but forecasters say ...": forecasters speak; "numbers show" names no one."""
    a = article(
        "The index rose in January but forecasters say activity is sluggish.",
        "Numbers show activity is sluggish.",
    )
    q = indirect(a, "activity is sluggish")
    assert speaker(q) == "forecasters"
    assert q.attribution is not None
    assert q.attribution.speaker.kind is SpeakerKind.GROUP
    speakers = {x.speaker.name for x in a.quotations if x.speaker is not None}
    assert "Numbers" not in speakers


def test_according_to_between_a_subject_and_its_verb() -> None:
    """ "The project, according to city officials, is slated to ...": the whole clause is
    theirs; "However, according to researchers, it will ..." starts after the source."""
    a = article(
        "The project, according to city officials, is slated to replace the arena.",
        "However, according to researchers, it will take many years.",
    )
    assert indirect(a, "The project").text == (
        "The project, according to city officials, is slated to replace the arena"
    )
    assert indirect(a, "it will take").text == "it will take many years"


def test_according_to_with_an_appositive() -> None:
    """ "According to Ana Ruiz, a lawyer, the plan ...": the clause after the appositive;
    "Taxes rose 5%, according to the Tax Foundation, a think tank.": the clause before."""
    a = article(
        "According to Ana Ruiz, a lawyer, the plan would fail.",
        "Taxes rose 5%, according to the Tax Foundation, a think tank.",
    )
    texts = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert texts == ["the plan would fail", "Taxes rose 5%"]


def test_according_to_in_mid_sentence_reports_both_clauses() -> None:
    """ "A, according to the WHO, and B": both clauses are the WHO's."""
    a = article(
        "The study was published on Monday.",
        "Dementia affects about 57 million people worldwide, according to the World Health "
        "Organization, and the number is expected to nearly triple by 2050.",
    )
    first = indirect(a, "57 million people")
    assert first.text == "Dementia affects about 57 million people worldwide"
    second = indirect(a, "nearly triple")
    assert speaker(first) == speaker(second) == "World Health Organization"


def test_according_to_records_and_figures_from_a_source() -> None:
    """Bare documents speak: "according to court records"; "figures from the union" are
    the union's."""
    a = article(
        "The trial was delayed several times.",
        "According to court records, the defence filed 14 separate applications.",
        "Wages rose by 14%, according to figures from the union.",
    )
    assert speaker(indirect(a, "14 separate applications")) == "court records"
    assert speaker(indirect(a, "Wages rose")) == "the union"
    assert mention(indirect(a, "Wages rose")) == "figures from the union"


def test_clauses_that_open_with_an_approximate_number() -> None:
    """ "She said about 200 members ..." and "at least 600 instructors ..." are clauses."""
    a = article(
        "The premier spoke in Regina.",
        "She said about 200 soldiers were expected to arrive on Tuesday.",
        "Ms. Kowal said at least 600 instructors had been told their courses would end.",
    )
    assert cue(indirect(a, "200 soldiers")) == "said"
    assert speaker(indirect(a, "600 instructors")) == "Kowal"


def test_second_that_clause_after_a_partial_quotation() -> None:
    """ "X said the visit opened “a new chapter” and that both sides had agreed ..."."""
    a = article(
        "The talks ended on Thursday.",
        "President Tran Binh said the visit opened “a new chapter” and that both sides had "
        "agreed to speed up talks on their boundary.",
    )
    q = indirect(a, "both sides had agreed")
    assert speaker(q) == "Tran Binh"


def test_codes_in_quote_marks_are_words_of_the_reported_clause() -> None:
    """ "units whose number begins with “K3” are affected": one clause, “K3” no speech."""
    a = article(
        "The recall covers two models.",
        "According to the company, units whose number begins with “K3” or “K4” are affected.",
    )
    q = indirect(a, "units whose number")
    assert q.text.endswith("are affected")
    k3 = next(q for q in a.quotations if q.text == "K3")
    assert k3.kind is QuoteKind.SCARE
    assert k3.attribution is None


def test_no_indirect_speech_from_anonymity_or_modal_finds() -> None:
    """ "declined to be named" and "owners can find" report nothing."""
    a = article(
        "The recall covers two models.",
        "Owners can find a batch number printed on the back of each device.",
        "A source, who declined to be named, said the talks had stalled.",
    )
    texts = [q.text for q in a.quotations]
    assert "be named" not in texts
    assert not any("batch number" in t for t in texts)
    assert speaker(indirect(a, "talks had stalled")) == "A source"


def test_dateline_stays_out_of_the_reported_clause() -> None:
    """ "VANCOUVER — CLAUSE, X said" reports CLAUSE without the dateline."""
    a = article(
        "B.C. ends pilot early",
        "VANCOUVER — British Columbia will end its drug pilot eight months early, Minister "
        "Siobhan O'Neill said Monday.",
    )
    q = indirect(a, "British Columbia will end")
    assert q.text.startswith("British Columbia")


def test_documents_with_their_agent_speak() -> None:
    """ "According to a memo obtained by The Globe and Mail, CLAUSE": the memo's."""
    a = article(
        "Travellers are worried.",
        "According to a memo obtained by The Globe and Mail, Maple Air has told travel "
        "agents to stop selling tickets.",
    )
    q = indirect(a, "Maple Air has told")
    assert speaker(q) == "a memo obtained by The Globe and Mail"


def test_according_to_a_source_with_a_compound_noun() -> None:
    """ "according to the town’s planning office" wins over the noun "planning"."""
    a = article("The ferry will carry 900 cars a day, according to the town’s planning office.")
    q = indirect(a, "ferry")
    assert q.text == "The ferry will carry 900 cars a day"
    assert (mention(q), cue(q)) == ("the town’s planning office", "according to")
    assert [x.kind for x in a.quotations] == [QuoteKind.INDIRECT]


def test_shares_of_people_report_speech() -> None:
    """Poll shares speak: "one in five say", "three-fourths say", "9 percent say"."""
    for share in ("About one in five", "Six in 10", "Three-fourths", "A mere 9 percent"):
        a = article(f"In the survey, {share.lower()} say the ferry should run at night.")
        q = indirect(a, "ferry")
        assert q.text == "the ferry should run at night"
        assert mention(q) in share.lower()


def test_here_between_speaker_and_cue() -> None:
    """ "Her volunteers here said CLAUSE": the place adverb is skipped."""
    a = article("Her volunteers here said they have knocked on every door since March.")
    q = indirect(a, "knocked")
    assert mention(q) == "Her volunteers"


def test_a_clause_before_a_cue_that_leads_a_quotation_is_not_reported() -> None:
    """ "When I asked about the port, he replied, “...”": the when-clause is nobody's speech."""
    a = article('When I asked about the port, he replied, "It will be ready in June."')
    reported = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert not any(text.startswith("When I asked") for text in reported)


def test_what_one_says_is_speech_without_a_finite_verb_seen() -> None:
    """ "Critics said the repairs came too late": what is said is words, not an object."""
    q = indirect(article("Critics said the repairs came too late."), "repairs came too late")
    assert q.attribution is not None
    assert q.attribution.stance is Stance.SPEECH


def test_a_clause_after_an_adjunct_with_that() -> None:
    """ "claimed in that speech the bill could be cut": the clause after the adjunct."""
    a = article(
        "The vote was close.",
        "Hale claimed in that speech the bill could be cut if the crews ran all night.",
    )
    assert indirect(a, "the bill could be cut").text.startswith("the bill")


def test_people_indicate_speech_charts_indicate_evidence() -> None:
    """ "One former manager indicated that he would come back" is speech; "the chart
    indicates that rates fell" is evidence, another stance."""
    text = (
        "The board met on Friday.\n\n"
        "One former manager indicated on Tuesday that he would be glad to come back.\n\n"
        "The chart indicates that rates fell sharply in the spring."
    )
    spoken = [q.text for q in newsmodel.parse_text(text).quotations]
    assert any("glad to come back" in t for t in spoken)
    assert not any("rates fell" in t for t in spoken)


def test_people_suggest_speech_banks_and_reports_estimate_evidence() -> None:
    """ "Ana Ruiz suggested that ..." is speech; "the central bank signalled that ..." and
    "an August report estimates that ..." are evidence, left out of the default output and
    given with every stance as ``other``."""
    text = (
        "Rates stay on hold\n\n"
        "Ana Ruiz suggested on Friday that the board would wait until spring.\n\n"
        "The central bank signalled that it was in no hurry to raise rates.\n\n"
        "An August report estimates that growth will slow to one per cent next year."
    )
    spoken = {q.text: q for q in newsmodel.parse_text(text).quotations}
    assert any("would wait until spring" in t for t in spoken)
    assert not any("no hurry" in t or "growth will slow" in t for t in spoken)
    every = newsmodel.parse_text(text, stances=set(Stance)).quotations
    others = [q for q in every if "no hurry" in q.text or "growth will slow" in q.text]
    assert len(others) == 2
    assert {q.attribution.stance for q in others if q.attribution} == {Stance.OTHER}


def test_a_participle_after_the_cue_and_a_comma_is_no_clause() -> None:
    """ "..., Ana Ruiz said in March, rejecting a plea": what she did, not what she said;
    "said on Monday, adding that the plan would fail" reports through "adding"."""
    a = article(
        "“We will not change it,” Ana Ruiz said in March, rejecting a last-minute plea for "
        "changes from a Dunmore man.",
        "Tom Berg said on Monday, adding that the plan would fail.",
    )
    texts = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert not any(t.startswith("rejecting") for t in texts)
    assert "the plan would fail" in texts


def test_words_a_document_shows_in_quote_marks_are_evidence() -> None:
    """ "Lobbying records show “law enforcement” ..." is evidence, not speech; "the
    minister found the plan “deeply flawed”" is the minister's words."""
    text = (
        "Lobbying under scrutiny\n\n"
        "Lobbying records show the firm lobbied on “law enforcement” twice last year.\n\n"
        "Justice Minister Ana Ruiz found the plan “deeply flawed” when she read it."
    )
    spoken = newsmodel.parse_text(text).quotations
    attributed = {q.text for q in spoken if q.attribution is not None}
    assert "deeply flawed" in attributed
    assert "law enforcement" not in attributed
    every = newsmodel.parse_text(text, stances=set(Stance)).quotations
    [shown] = [q for q in every if q.text == "law enforcement"]
    assert shown.attribution is not None
    assert shown.attribution.stance is Stance.OTHER


def test_an_adverbial_clause_alone_before_the_attribution_is_no_speech() -> None:
    """ "While investigators do not know who did it, Talos said ..." reports nothing before
    the attribution; "But when he sought shelter, he was caught, Lohmar said" does."""
    a = article(
        "The threats came on Thursday.",
        "While police still do not know who is to blame, the security firm said "
        "the letters came from one gang.",
        "But when he sought shelter in the store, he was caught, Lohmar said.",
    )
    texts = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert not any(t.startswith("While") for t in texts)
    assert any("he was caught" in t for t in texts)


def test_a_participle_clause_of_a_question_before_the_attribution_is_no_speech() -> None:
    """ "Asked whether the bill could pass, Sen. Ann Dale laughed.": the question put to
    her, no words of hers; "The bill could pass, Ann Dale said." reports them."""
    a = article(
        "Asked whether the bill could pass this year, Sen. Ann Dale laughed.",
        "The bill could pass before the summer, Tom Hale said.",
    )
    texts = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert not any("Asked" in t or "this year" in t for t in texts)
    assert speaker(indirect(a, "before the summer")) == "Tom Hale"


def test_a_quoted_term_closing_a_description_keeps_the_speaker_before_it() -> None:
    """ "Analyst Rob Kessler, who rates the stock a “hold,” said CLAUSE": the comma inside
    the marks closes the description, and Kessler speaks."""
    a = article(
        "Analyst Rob Kessler, who rates the stock a “hold,” said he expected more cuts.",
        "Tom Hale, the owner of the show “The Pitch,” said the ratings had fallen.",
    )
    assert speaker(indirect(a, "more cuts")) == "Rob Kessler"
    assert speaker(indirect(a, "ratings had fallen")) == "Tom Hale"


def test_a_clause_without_that_may_open_with_not() -> None:
    """ "said not everyone supported the deal": a clause whose subject "not" opens."""
    a = article(
        "Chief Ann Dale said not everyone supported the deal.",
        "Tom Hale said not all members had voted.",
    )
    assert speaker(indirect(a, "not everyone supported")) == "Ann Dale"
    assert speaker(indirect(a, "not all members")) == "Tom Hale"


def test_says_after_an_age_an_office_or_a_whose_clause_is_the_verb() -> None:
    """ "The 82-year-old says", "the medical officer of health says" and "A man whose
    wife died says": the subject's verb, no plural noun; "the 9/11 attacks" and "whose
    work first revealed" (the clause's own verb) stay as they were."""
    a = article(
        "Ann Lee lost her flat in the fire. The 82-year-old says she has nowhere to go.",
        "The region's medical officer of health says the outbreak has infected 400 people.",
        "A man whose wife died says she was left in a hallway.",
        "The hacker whose work first revealed that the minister used a private address "
        "pleaded guilty.",
    )
    assert speaker(indirect(a, "nowhere to go")) == "Ann Lee"
    assert speaker(indirect(a, "400 people")) == "The region's medical officer of health"
    assert speaker(indirect(a, "left in a hallway")) == "A man"
    assert not [q for q in a.quotations if "private address" in q.text]


def test_said_in_response_to_queries_that() -> None:
    """ "said in response to queries that CLAUSE": two adjuncts, then the clause."""
    a = article(
        "The Brixo Environment Agency said in response to queries that the median age of "
        "hawkers was 60."
    )
    assert speaker(indirect(a, "median age")) == "Brixo Environment Agency"


def test_a_topic_after_about_is_no_clause() -> None:
    """ "tells us about a rising worry" gives a topic, not words; "about a third of the
    staff were laid off" is a clause."""
    a = article("The CBC's Tom Hale tells us about a rising worry in the dispute.")
    assert not [q for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    b = article("Helen Park said about a third of the staff were laid off.")
    assert indirect(b, "about a third").text == "about a third of the staff were laid off"


def test_a_participle_aside_is_no_subject() -> None:
    """ "a report ... that, citing unnamed sources, alleged": the sources the report cites
    do not allege; an aside between commas is no subject of the sentence."""
    a = newsmodel.parse_text(
        "The row began with a report in the Daily Clarion that, citing unnamed sources, "
        "alleged the office leaned on the minister.",
        stances=set(Stance),
    )
    assert not [q for q in a.quotations if q.speaker and "citing" in q.speaker.name]


def test_a_counted_plural_is_no_verb_of_a_clause() -> None:
    """ "added 30 cents to $48.15", "added 12 more names to the list": an amount added,
    no words; "added 30 people had died" still reports them."""
    a = article(
        "Brent crude added 30 cents to $48.15 per barrel. Ms Holt added 12 more names to "
        "the list. Mr Ray added 30 people had died."
    )
    texts = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert texts == ["30 people had died"]


def test_the_people_told_are_no_part_of_the_words() -> None:
    """ "told police he had not seen the cyclist", "told supporters the election was not
    lost": the words start after the people told."""
    a = article(
        "Court news",
        "The driver told police he had not seen the cyclist at all.",
        "Smith told supporters the election was not lost yet.",
    )
    assert indirect(a, "he had not").text == "he had not seen the cyclist at all"
    assert speaker(indirect(a, "the election")) == "Smith"


def test_an_inverted_claim_names_its_speaker() -> None:
    """ "The plan will fail, claimed the union" reports the union's words."""
    a = article("Strike news", "The plan will fail, claimed the union organisation.")
    assert speaker(indirect(a, "The plan will fail")) == "the union organisation"


def test_a_plural_after_a_participle_is_no_verb() -> None:
    """ "announced detailed policies on crime": an object, not a clause with the verb
    "policies"; no speech."""
    a = article("Party news", "Veritas announced detailed policies on crime, tax and health.")
    assert not [q for q in a.quotations if q.kind is QuoteKind.INDIRECT]


def test_the_subject_of_the_words_is_no_one_told() -> None:
    """ "warned the plan would cost billions", "warned Asian states could stop buying":
    the words start at their subject, which is no one told; "told the Associated Press
    that ..." still steps over those told."""
    a = article(
        "Warnings",
        "The mayor warned the plan would cost billions of dollars.",
        "Mr Hale warned Asian states could soon stop buying the bonds.",
        "Ann Pike told the Associated Press that the talks had failed.",
    )
    assert indirect(a, "the plan").text == "the plan would cost billions of dollars"
    assert indirect(a, "Asian states").text.startswith("Asian states could")
    assert indirect(a, "the talks").text == "the talks had failed"


def test_a_programme_told_after_the_words_closes_the_attribution() -> None:
    """ "..., Mr Brown told BBC Radio 4's Today programme." and "told the Today programme
    that": the programme is the one told, the words are reported."""
    a = article(
        "Rift",
        "It suited the purpose of the union to talk up the rift, Mr Brown told BBC Radio "
        "4's Today programme.",
        "Mr Hain told the Today programme that the election was close.",
    )
    assert speaker(indirect(a, "It suited the purpose")) == "Brown"
    assert indirect(a, "the election").text == "the election was close"


def test_words_after_the_people_told_and_a_place_are_reported() -> None:
    """ "told a Brixo Health gathering in Dunmore she will defend rights": the
    words start at "she"; "In his speech Mr Allard said" is Allard's."""
    a = article(
        "Rights",
        "Ann Reid told a Brixo Health gathering in Dunmore she will defend patients' rights.",
        "In his speech Mr Allard said processors would get faster every year.",
    )
    assert indirect(a, "she will").text == "she will defend patients' rights"
    assert speaker(indirect(a, "processors would")) == "Allard"


def test_a_story_told_and_a_time_after_told_are_no_words() -> None:
    """ "Moth tells the story of a single dad, who ...", "tells of a UN convoy" and "told
    Fox News when a dozen states held contests" report nothing; "said when Liberals
    dismiss the worries, he is insulting voters" does, and "asked when" asks."""
    a = article(
        "Films",
        "Set in his native Dunmore, Moth tells the story of a single dad, who leaves his "
        "sons outside a bar.",
        "The Crossing tells of a UN convoy to Brixa during the famine.",
        "Graham told Fox News when a dozen states held contests.",
        "Hale said when Voss and other Liberals dismiss the worries out of hand, or "
        "mock them, he is insulting voters.",
        "Reporters asked when the plan would start.",
    )
    texts = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert not [t for t in texts if "single dad" in t or "Brixa" in t or "dozen" in t]
    assert speaker(indirect(a, "when Voss")) == "Hale"
    assert indirect(a, "when the plan").text == "when the plan would start"


def test_an_inverted_aside_names_the_speaker_of_the_sentence() -> None:
    """ "Most importantly, say analysts, the firm has cut its debt": the analysts', not
    "Most"'s; "The bonus could not be means tested, say the Tories, since ...": the Tories'."""
    a = article(
        "Debt",
        "Most importantly, say analysts, the firm has cut its debt sharply this year.",
        "The bonus could not be means tested, say the Tories, since that would add red tape.",
    )
    assert speaker(indirect(a, "the firm has cut")) == "analysts"
    assert speaker(indirect(a, "means tested")) == "Tories"


def test_words_reported_may_open_with_although_before_their_main_clause() -> None:
    """ "Mr Fogg said although the market was growing, prices would fall": the words
    reported; "than a news report because people trust ..." reports nothing."""
    a = article(
        "Markets",
        "Mr Fogg said although the market was growing, prices would fall next year.",
        "Gossip has more credibility than a news report because people trust their friends, "
        "she said.",
    )
    assert indirect(a, "although").text.startswith("although the market was growing")
    assert not [q for q in a.quotations if q.text.startswith("because people")]


def test_a_per_aside_after_the_cue_gives_no_source() -> None:
    """ "Putin said, per a translator, that the talks were useful": Putin's words, not the
    translator's; "The talks failed, per the report" still gives the report."""
    a = article(
        "Talks",
        "Putin said, per a translator, that the talks were useful. The talks failed, per "
        "the report.",
    )
    assert speaker(indirect(a, "the talks were useful")) == "Putin"
    assert speaker(indirect(a, "The talks failed")) == "the report"


def test_an_inverted_cue_with_no_comma_before_it() -> None:
    """ "Digital music players will be behind this growth said Jupiter Research." and
    "... to hold on to gamers said Lindsay Schroth, an analyst.": the name after "said"
    closes the sentence, so it speaks the clause before; "he said Ryan" is still no such
    case."""
    a = article(
        "Music",
        "Digital music players will be behind this growth said Jupiter Research.",
        "Analysing traffic will become important for providers who want to hold on to gamers "
        "said Lindsay Schroth, an analyst with a research firm.",
        "Asked who leads the party, he said Ryan.",
    )
    assert speaker(indirect(a, "Digital music players")) == "Jupiter Research"
    assert speaker(indirect(a, "Analysing traffic")) == "Lindsay Schroth"
    assert not [q for q in a.quotations if q.text.startswith("Asked who leads")]


def test_a_prepositional_adjunct_after_a_cue_is_no_reported_speech() -> None:
    """ "“...,” Tom Dale insisted Thursday during a tour of morning news shows": the
    adjunct is no words of his ("during" opens no clause, for all its "-ing"); nor is
    "of the discovery" in "Ted Lund said of the discovery."; "said during the tour that
    the plan works" still reports the clause."""
    a = article(
        "Campaign",
        '"It is fine," Tom Dale insisted Thursday during a tour of morning news shows.',
        "Ted Lund said of the discovery. Ann Hale said during the tour that the plan works.",
    )
    contents = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert contents == ["the plan works"]


def test_words_reported_inside_reported_words_stop_before_the_closing_attribution() -> None:
    """ "Critics say the plan will fail, the minister said on Monday.": the critics' words
    stop at the comma (they ran over ", the minister said on Monday"), as before "said Tom
    Hale."; "as critics had warned" is no attribution and stays in the words."""
    a = article(
        "Plan",
        "Critics say the plan will fail, the minister said on Monday.",
        "Experts say the budget is too small, said Tom Hale.",
        "He said the plan would fail, as critics had warned.",
    )
    contents = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert contents == [
        "Critics say the plan will fail",
        "the plan will fail",
        "Experts say the budget is too small",
        "the budget is too small",
        "the plan would fail, as critics had warned",
    ]


def test_a_clause_after_but_that_follows_a_mid_sentence_source_is_not_theirs() -> None:
    """ "Tom Dale has won 612 delegates, according to a CNN count, but his road to
    victory is narrowing.": the tally's words end at its name; "..., according to critics,
    and it will cost millions" still gives the critics both clauses."""
    a = article(
        "Race",
        "Tom Dale has won 612 delegates, according to a CNN count, but his road to "
        "victory is narrowing.",
        "The plan will fail, according to critics, and it will cost millions.",
    )
    contents = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert contents == [
        "Tom Dale has won 612 delegates",
        "The plan will fail",
        "it will cost millions",
    ]


def test_an_adjunct_alone_before_the_speaker_is_no_speech() -> None:
    """ "On Thursday night, Ray Hale told the crowd that ..." reports what follows "that",
    not "On Thursday night"; so for "Following a town hall in Dover last week, Hale
    boasted"; a clause after an adjunct still reports ("In the end, prices rose, he
    said"), and so does a long subject ("About 90 pct of the funds came from Japan, he
    added")."""
    a = article(
        "Rally",
        "On Thursday night, Ray Hale told the crowd at his rally that he and the network "
        "had talked twice.",
        "Following a lively town hall in Dover last week, Ray Hale boasted of his team.",
        "In the end, prices rose sharply across the region, he said.",
        "About 90 pct of the funds came from Japan and the rest from Canada, he added.",
    )
    texts = [q.text for q in a.quotations]
    assert not any(t.startswith(("On Thursday", "Following a lively")) for t in texts)
    assert speaker(indirect(a, "he and the network had talked twice")) == "Ray Hale"
    assert speaker(indirect(a, "prices rose sharply")) == "Ray Hale"
    assert speaker(indirect(a, "About 90 pct of the funds")) == "Ray Hale"


def test_a_participle_after_a_determiner_makes_no_clause() -> None:
    """ "Ann Ford wrote the authorised biography of Lady Jane, countess of Kent" reports no
    words ("the authorised" is an adjective, no verb); "Tom Hale said the revised plan
    failed" still does."""
    a = article(
        "Books",
        "Ann Ford wrote the authorised biography of Lady Jane, countess of Kent.",
        "Tom Hale said the revised plan failed.",
    )
    assert not any("biography" in q.text for q in a.quotations)
    assert speaker(indirect(a, "the revised plan failed")) == "Tom Hale"


def test_that_as_a_pronoun_and_an_adjunct_after_a_cue_report_nothing() -> None:
    """ "Having said that, I am pleased ..." and "he denied that, saying ..." use "that"
    as a pronoun; "said on Friday ahead of signing his contract" has an adjunct, no words
    after the cue; "said that, given such prices, the cartel ..." still reports."""
    a = article(
        "Club",
        "There were rumours Tom Hale would quit. But he denied that, saying he was happy.",
        "Having said that, I am always pleased when cheats are caught in the end.",
        '"It was vital to me," Hale said on Friday ahead of signing his new contract.',
        "Ann Dale said that, given such high prices, the cartel would raise output soon.",
    )
    texts = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert not any(t.startswith(",") or "ahead of signing" in t for t in texts)
    assert speaker(indirect(a, "he was happy")) == "Tom Hale"
    assert speaker(indirect(a, "the cartel would raise output")) == "Ann Dale"


def test_a_clause_opening_with_a_possessive_is_reported() -> None:
    """ "Tom Hale insisted his attack was fair" reports "his attack was fair" (a finite
    verb soon after the possessive); "Acme announced its first annual results since
    listing" reports no clause."""
    a = article(
        "Row",
        "Tom Hale insisted his attack was fair.",
        "Ann Dale argued their plan would fail within a year.",
        "Acme announced its first annual results since listing in March.",
    )
    assert speaker(indirect(a, "his attack was fair")) == "Tom Hale"
    assert speaker(indirect(a, "their plan would fail")) == "Ann Dale"
    assert not any("annual results" in q.text for q in a.quotations)


def test_a_topic_or_a_time_after_a_cue_is_no_reported_speech() -> None:
    """ "he said of people whose rights were restored, “...”" reports no "of people ...";
    "said 30 minutes into the debate" no time; "said two days later that the plan had
    failed" reports what follows "that"."""
    a = article(
        "Debate",
        'Ray Hale spoke on Friday. "I have no idea how these people voted," he said of '
        'people whose rights were restored, "but they took a step forward."',
        '"I cannot believe how civil it has been," Tom Dale said 30 minutes into the debate.',
        "Ann Cole said two days later that the plan had failed.",
    )
    texts = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert not any(t.startswith(("of people", "30 minutes", "two days")) for t in texts)
    assert speaker(indirect(a, "the plan had failed")) == "Ann Cole"


def test_according_to_after_a_colon_reports_the_clause_after_it() -> None:
    """ "It has not gone unnoticed: According to recent polls, Dale holds only 14 percent
    of the vote" reports what the polls say, not the words before the colon."""
    a = article(
        "Polls",
        "And it has not gone unnoticed: According to recent polls, Dale holds only 14 "
        "percent of the farm vote.",
    )
    assert speaker(indirect(a, "Dale holds only 14 percent")) == "recent polls"
    assert not any("unnoticed" in q.text for q in a.quotations)


def test_implied_and_assured_report_a_clause_without_that() -> None:
    """ "the candidate implied the judge was biased" and "Dale assured voters he would
    force the county to pay" report their clauses; "assuring at least three playoff
    events" reports nothing."""
    a = article(
        "Rally",
        "At a rally in May the candidate implied the judge handling the case was biased.",
        "In response, Dale assured voters he would force the county to pay for the wall.",
        "The win was enough, assuring at least three playoff games for the club.",
    )
    assert speaker(indirect(a, "the judge handling the case")) == "the candidate"
    assert speaker(indirect(a, "he would force the county")) == "Dale"
    assert not any("playoff" in q.text for q in a.quotations)


def test_a_parenthetical_attribution_after_an_opener_reports_the_clause() -> None:
    """ "Before now, he said, the firm has been seen as a luxury brand" reports the whole
    sentence; "But, he said, the new box changed that" the clause after the attribution,
    with no comma opening it."""
    a = article(
        "Box",
        'Tom Hale is a retail analyst. "It is a cheap box," he said.',
        "Before now, he said, the firm has been seen as a luxury brand.",
        "But, he said, the new box changed that in a few months.",
    )
    assert speaker(indirect(a, "the firm has been seen")) == "Tom Hale"
    q = indirect(a, "the new box changed")
    assert (speaker(q), q.text) == ("Tom Hale", "the new box changed that in a few months")


def test_a_second_cue_without_a_comma_reports_its_own_words() -> None:
    """ "“...,” she said adding that the job had gone to a rival": one report, the adding's
    (not "adding that ..." as words of "said"); "said backing his party was no lost
    vote" still reports the gerund's clause."""
    a = article(
        "Post",
        'A Brixo spokeswoman confirmed the sale. "No date was ever set," she said adding '
        "that the job had gone to a rival.",
        "Tom Hale said backing his party was not a lost vote.",
    )
    texts = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert not any(t.startswith("adding") for t in texts)
    assert speaker(indirect(a, "the job had gone")) == "A Brixo spokeswoman"
    assert speaker(indirect(a, "backing his party")) == "Tom Hale"


def test_an_amount_of_money_opens_the_clause_said() -> None:
    """ "The minister said £2bn would be spent on schools": the clause opens with its sign
    of money, as "said 2,000 jobs would be cut" does with its number."""
    a = article(
        "Schools",
        "The minister said £2bn would be spent on schools.",
        "Ann Reid said $264m would go to hospitals.",
    )
    assert speaker(indirect(a, "£2bn would be spent")) == "The minister"
    assert speaker(indirect(a, "$264m would go")) == "Ann Reid"


def test_the_words_said_in_a_relative_clause_have_its_head_for_subject() -> None:
    """ "a race that it says will reward Reid", "which critics say will fail,", "what they
    said was the need", "a dynamic Tom Hale said could drive voters away": the words
    said start at the verb whose subject is the relative clause's head, and end at a comma."""
    a = article(
        "Race",
        "The Brixo Party expects a long race that it says will reward Reid.",
        "The plan, which critics say will fail badly, is dead.",
        "Democrats dwelt on what they said was the need to stay calm.",
        "It is a dynamic Tom Hale said could drive voters away.",
    )
    contents = {
        q.text: speaker(q)
        for q in a.quotations
        if q.kind is QuoteKind.INDIRECT and q.attribution is not None
    }
    assert contents["will reward Reid"] == "Brixo Party"
    assert contents["will fail badly"] == "critics"
    assert "was the need to stay calm" in contents
    assert contents["could drive voters away"] == "Tom Hale"


def test_that_before_a_time_is_no_complementizer() -> None:
    """ "announced that same day, as mentioned above" reports nothing; "said that night
    that the plan would fail" and "said that morning the plan would fail" report the
    clause after the time."""
    a = article(
        "Lawsuit",
        "The agency responded with the lawsuit Ann Reid announced that same day, as mentioned "
        "above.",
        "Tom Hale said that morning the plan would fail. Ann Reid said that night that "
        "the vote was lost.",
    )
    contents = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert contents == ["the plan would fail", "the vote was lost"]


def test_the_that_clause_of_a_noun_for_content_is_not_the_cue_words() -> None:
    """ "responding to the recent news that A and that B", "hit back at Mr Dale's claim
    that ...": the news's and the claim's content, not the cue's words (the claim's is
    Dale's, by ``indirect-noun``); "told BBC News that ..." and "said in a report that
    ..." still report them."""
    a = article(
        "Emails",
        "Tom Hale tells the Post, responding to the recent news that the agency deemed 22 "
        "emails secret and that those emails will not be released.",
        "Ann Reid hit back at Mr Dale's claim that an assembly would help the region.",
        "Tom Hale told BBC News that the plan had failed. The agency said in a report that "
        "costs had risen sharply.",
    )
    contents = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert contents == [
        "an assembly would help the region",
        "the plan had failed",
        "costs had risen sharply",
    ]
    claim = indirect(a, "an assembly")
    assert claim.attribution is not None
    assert claim.attribution.rule == "indirect-noun"
    assert claim.attribution.speaker.name != "Ann Reid"


def test_a_length_of_time_between_the_cue_and_its_clause() -> None:
    """ "has said for six years that ...", "said for weeks the plan would fail": the
    clause after the length of time is reported."""
    a = article(
        "Plan",
        "Tom Hale has said for six years that the plan would fail.",
        "Ann Reid said for weeks the vote was lost.",
    )
    assert speaker(indirect(a, "the plan would fail")) == "Tom Hale"
    assert speaker(indirect(a, "the vote was lost")) == "Ann Reid"


def test_according_to_a_description_and_the_name_apposed_to_it() -> None:
    """ "According to its Paris lawyer, Tom Hale of Brixo, CLAUSE": Hale's clause, which
    starts after his name; "According to the Brixo report, Dunmore Rising, CLAUSE" names
    no person "Dunmore Rising"."""
    a = article(
        "Charter",
        "According to its Paris lawyer, Tom Hale of Brixo, the charter came into effect on Monday.",
        "According to the Brixo report, Dunmore Rising, the economy shrank by a third.",
    )
    q = indirect(a, "the charter came into effect")
    assert (q.text, speaker(q)) == ("the charter came into effect on Monday", "Tom Hale")
    assert speaker(indirect(a, "the economy shrank")) != "Dunmore Rising"


def test_a_clause_with_a_simple_past_not_in_ed() -> None:
    """ "claimed Mr Ford broke a pledge", "insisted the club made no offer": a simple past
    not in "-ed" shows the clause after a cue that needs one; not a verb of a clause inside
    the words ("recalled an incident that left her in tears", "a meeting being held", "a
    visit Tom Hale made"), nor an amount moved ("added 0.4 per cent to 3,417")."""
    a = article(
        "Title",
        "Tom Hale claimed Mr Ford broke a pledge. Ann Reid insisted the club made no offer.",
        "Carl Ford argued the council lost money on the deal.",
        "The singer then recalled an incident at a Brixo cinema that left her friend in tears.",
        "“We are winning,” Dave Moss told a meeting being held in a Dunmore church.",
        "Jane Roe announced details of a visit Tom Hale made to the plant.",
        "Brixo's index added 0.4 per cent to 3,417.20 and Dunmore's index rose 0.3 per cent.",
    )
    assert speaker(indirect(a, "Mr Ford broke a pledge")) == "Tom Hale"
    assert speaker(indirect(a, "the club made no offer")) == "Ann Reid"
    assert speaker(indirect(a, "the council lost money")) == "Carl Ford"
    found = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert not any("tears" in t or "church" in t or "plant" in t or "per cent" in t for t in found)


def test_a_possessive_inside_the_subject_of_a_bare_clause() -> None:
    """ "added his party's plans would be funded": the clause's subject holds a second
    possessive."""
    a = article(
        "Title",
        "Mr Hale added his party's plans would be funded by a higher income tax.",
        "He warned his rival's budget would fail.",
    )
    assert speaker(indirect(a, "his party's plans")) == "Hale"
    assert speaker(indirect(a, "his rival's budget")) == "Hale"


def test_results_posted_and_amounts_counted_are_no_clause() -> None:
    """ "posted a record profit thanks to cost cuts", "reported a loss of 5m euros",
    "posted a picture ...": no reported words; "posted on its website that" still is."""
    a = article(
        "Title",
        "Brixo Airways has posted a record first-half profit thanks to cost cuts.",
        "Dunmore Bank has reported a loss of 5m euros for the year.",
        "Tom Hale posted a picture of himself online eating a pie.",
        "Acme Corp posted on its website that profits would rise.",
    )
    found = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert found == ["profits would rise"]


def test_a_person_an_age_and_who() -> None:
    """ "Ann Reid, 49, who told reporters she ...": the person before the age speaks."""
    a = article(
        "Title",
        "The award went to Ann Reid, 49, who told reporters she had never expected the play "
        "to win.",
    )
    assert speaker(indirect(a, "she had never expected")) == "Ann Reid"


def test_a_channel_whose_name_ends_in_a_number() -> None:
    """ "told BBC News 24 she had", "told BBC Radio 4's Today programme Mr Voss had": the
    number and the programme belong to the one told, not to the words."""
    a = article(
        "Title",
        "Ann Reid told BBC News 24 she had never expected the show to win.",
        "Tom Hale told BBC Radio 4's Today programme Mr Voss had refused the change.",
        "Carl Ford told BBC Radio 4's Today the government would act.",
    )
    assert indirect(a, "she had never expected").text.startswith("she had")
    assert indirect(a, "Mr Voss had refused").text.startswith("Mr Voss")
    assert indirect(a, "the government would act").text.startswith("the government")


def test_an_aside_between_the_cue_and_its_clause() -> None:
    """ "said, despite the rain, the match would go ahead": the clause after a short aside
    set off by commas; "said, with some justification, that" too."""
    a = article(
        "Title",
        "Tom Hale said, despite the rain, the match would go ahead.",
        "Ann Reid claimed, with some justification, that the campaign had a great start.",
    )
    assert speaker(indirect(a, "the match would go ahead")) == "Tom Hale"
    assert indirect(a, "the match would go ahead").text.startswith("the match")
    assert speaker(indirect(a, "the campaign had a great start")) == "Ann Reid"


def test_according_to_documents_in_the_plural() -> None:
    """ "according to reports", "according to press reports": documents whose noun reads
    as a verb elsewhere."""
    a = article(
        "Title",
        "Brixo Corp is issuing new bonds, according to press reports.",
        "According to reports, the tax will rise.",
    )
    assert speaker(indirect(a, "Brixo Corp is issuing")) == "press reports"
    assert speaker(indirect(a, "the tax will rise")) == "reports"


def test_an_adjunct_of_by_or_under_before_the_words() -> None:
    """ "said by 1990, sales could ...", "quoted as saying by local papers that ...",
    "said under the plan, costs would rise": the words after the adjunct; not after "by"
    and a gerund ("respond by suggesting that")."""
    a = article(
        "Title",
        "Analysts said by 1990, sales could reach six million units a year.",
        "Tom Hale was quoted as saying by local papers that officers had received tips.",
        "Ann Reid said under the plan, costs would rise.",
    )
    assert speaker(indirect(a, "sales could reach")) == "Analysts"
    assert speaker(indirect(a, "officers had received")) == "Tom Hale"
    assert speaker(indirect(a, "costs would rise")) == "Ann Reid"


def test_a_verb_with_a_complement_of_its_own_closes_no_attribution() -> None:
    """ "CLAUSE, Tom Hale continues to be plagued by stumbles", "..., she should have
    insisted on getting them out": the verb goes on, no "CLAUSE, X said"."""
    a = article(
        "Title",
        "Despite attempts to bolster his campaign, Tom Hale continues to be plagued by stumbles.",
        "If Ann Reid opted to make one, she should have insisted on getting all the prisoners out.",
        "The plan will fail, Carl Ford said to reporters.",
    )
    found = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert found == ["The plan will fail"]


def test_quick_to_point_out_and_according_to_even() -> None:
    """ "Advisers to Mr. Hale are quick to point out that ...", "Sexton was quick to point
    out that ...", "according to even his own supporters"."""
    a = article(
        "Title",
        "Advisers to Mr. Hale are quick to point out that he came in second.",
        "Ann Reid was quick to point out that not all voters agreed.",
        "His time is running out, according to even his own supporters.",
    )
    assert speaker(indirect(a, "he came in second")) == "Advisers to Mr. Hale"
    assert speaker(indirect(a, "not all voters agreed")) == "Ann Reid"
    assert speaker(indirect(a, "His time is running out")) == "his own supporters"


def test_an_adverb_and_a_verb_before_a_gerund_cue_report_nothing() -> None:
    """ "However, other analysts disagreed, saying CLAUSE": the gerund's clause alone, no
    "CLAUSE, X disagreed" over the whole sentence; "But, he said, using game worlds has
    never been easier" still reports its clause."""
    a = article(
        "Title",
        "However, other analysts disagreed, saying the farm sector would hire workers.",
        "But, he said, using game worlds has never been easier.",
    )
    found = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert found == [
        "the farm sector would hire workers",
        "using game worlds has never been easier",
    ]


def test_a_name_or_time_alone_in_an_adjunct_before_the_clause() -> None:
    """ "says in March the plan will fail", "said in Dunmore the plan would work"."""
    a = article(
        "Title",
        "Tom Hale says in March the plan will fail.",
        "Ann Reid said in Dunmore the plan would work.",
    )
    assert indirect(a, "the plan will fail").text == "the plan will fail"
    assert speaker(indirect(a, "the plan would work")) == "Ann Reid"


def test_according_to_calculations() -> None:
    """ "According to calculations by Tom Hale, CLAUSE": calculations are a document, whose
    author is the source."""
    a = article("Title", "According to calculations by Tom Hale, the plan may cost 5m.")
    assert speaker(indirect(a, "the plan may cost")) == "Tom Hale"


def test_claims_that_suggest_are_no_speaker() -> None:
    """ "He said the claims suggested the board had never read the plan": the claims are
    evidence, no speaker of a second quotation inside his."""
    a = article(
        "Title",
        "Tom Hale spoke on Monday. He said the claims suggested the board had never read the plan.",
    )
    found = [q for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert [speaker(q) for q in found] == ["Tom Hale"]


def test_a_time_that_owns_the_subject_of_the_clause() -> None:
    """ "said this year's budget would cut taxes", "said Monday night's vote showed ...":
    the time opens the clause's subject, no adjunct; "said Monday the plan failed" still
    steps over it, and "said during Saturday night's debate" reports nothing."""
    a = article(
        "Title",
        "Tom Hale said this year's budget would cut taxes.",
        "Ray Dale said Monday night's vote showed the council had lost.",
        "Ann Reid said Monday the plan failed.",
        "“I apologize to nobody,” the senator said during Saturday night's debate.",
    )
    assert indirect(a, "budget would cut").text == "this year's budget would cut taxes"
    assert indirect(a, "vote showed").text.startswith("Monday night's vote")
    assert indirect(a, "the plan failed").text == "the plan failed"
    assert not [q for q in a.quotations if q.kind is QuoteKind.INDIRECT and "debate" in q.text]


def test_a_cue_phrase_ending_with_a_verb_that_takes_a_bare_clause() -> None:
    """ "went on to say he must be allowed to play": the phrase ends with "say", whose
    clause needs no "that"."""
    a = article("Title", "Tom Hale went on to say he must be allowed to play.")
    assert speaker(indirect(a, "he must be allowed")) == "Tom Hale"


def test_according_to_between_a_subject_and_a_verb_no_list_knows() -> None:
    """ "Some of those risks, according to transit engineers, include the age of ...": the
    source sits inside the clause, which goes on to its verb; an appositive after a source
    that closes a clause ("according to Ann Reid, chief of Brixo") stays hers."""
    a = article(
        "Rail line",
        "Some of those risks, according to transit engineers, include the age of the "
        "signalling system.",
        "The line is focused on freight, according to Ann Reid, chief of rail firm Brixo.",
    )
    risks = indirect(a, "Some of those risks")
    assert risks.text.endswith("the age of the signalling system")
    assert speaker(risks) == "transit engineers"
    freight = indirect(a, "The line is focused on freight")
    assert "chief" not in freight.text
    assert speaker(freight) == "Ann Reid"


def test_the_words_of_a_relative_gap_after_do_a_pronoun_or_two_words() -> None:
    """ "burns that officials said did not appear serious", "a letter she said was written
    by a colleague", "fires that the chief said are unrelated": the words said in a
    relative clause have its head for their subject, after "did", after a pronoun with no
    "that", and in two words."""
    a = article(
        "Fire guts warehouse",
        "One worker had two burns that officials said did not appear serious.",
        "Chief Ana Reid then read a letter she said was written by one of the workers.",
        "The town has seen four fires this month that Chief Reid said are unrelated.",
    )
    assert speaker(indirect(a, "did not appear serious")) == "officials"
    assert speaker(indirect(a, "was written by one of the workers")) == "Ana Reid"
    assert indirect(a, "are unrelated").text == "are unrelated"
    # the control: a verb after the speaker that opens no clause said is no gap
    b = article("Fire", "The letter she wrote was long and sad.")
    assert not [q for q in b.quotations if q.kind is QuoteKind.INDIRECT]


def test_the_words_said_stop_before_a_conjunction_that_opens_another_report() -> None:
    """ "insisted the bridge will reopen, and praised the engineers", "said it would review
    them, but pointed out ...", "predicted fares will rise, although others feel ...": the
    words said stop at the comma; "..., but the date could slip" and "and would carry"
    go on, and so does "..., and I think ..." (the speaker's own)."""
    a = article(
        "Title",
        "Council leader Gail Munro insisted the bridge will reopen in May, and praised the "
        "engineers for their work.",
        "Some bankers have predicted fares will rise next year, although others feel the "
        "regulator may still act first.",
        "Corvax said it hoped to open the plant in June, but the date could slip.",
        "Tom Hale said the plan had people afraid, and I think he is right about the risk.",
    )
    assert indirect(a, "the bridge will reopen").text == "the bridge will reopen in May"
    assert indirect(a, "fares will rise").text == "fares will rise next year"
    assert indirect(a, "it hoped to open").text.endswith("but the date could slip")
    assert indirect(a, "the plan had people afraid").text.endswith("he is right about the risk")


def test_a_clause_without_that_after_two_adjuncts_or_a_long_one() -> None:
    """ "said from Halverton in the south some nine tremors were logged", "said in an
    interview costs would fall": the words said start after the adjuncts; "in 911 calls
    during the shooting in a nightclub that his actions were ..." still waits for "that"."""
    a = article(
        "Title",
        "A state seismologist said from Halverton in the south some nine tremors were being "
        "logged every hour.",
        "Ana Brandt said in an interview costs would fall.",
        "Tom Hale said in two calls during the siege at a club that his acts were revenge.",
    )
    assert indirect(a, "nine tremors").text.startswith("some nine tremors were")
    assert indirect(a, "costs would fall").text == "costs would fall"
    assert indirect(a, "his acts were revenge").text == "his acts were revenge"


def test_a_plural_after_a_preposition_and_a_modifier_is_no_verb() -> None:
    """ "concluded a round of informal talks", "announced the addition of new printers":
    an object, no clause said (a stance, left out of the default speech); "concluded that
    the talks had failed" still reports words."""
    a = article(
        "Title",
        "The deputy ministers later concluded a round of informal talks.",
        "The ministers concluded that the talks had failed.",
    )
    said = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert said == ["the talks had failed"]


def test_told_a_body_then_the_words_said() -> None:
    """ "told the BBC News website the group shunned such calls": the body told ends
    before the article that opens the words said."""
    a = article(
        "Calls",
        "A Green Party aide told the BBC News website the group shunned such calls.",
        "According to local newspaper the Daily Post, the rink will close.",
    )
    assert indirect(a, "shunned such calls").text == "the group shunned such calls"
    assert speaker(indirect(a, "the rink will close")) == "Daily Post"


def test_an_inverted_cue_between_a_subject_and_its_verb() -> None:
    """ "The price of the shares, said the bank official, depends on the vote": the cue
    sits inside the clause, which goes on to its verb; "..., said Ann Reid, chief of
    Brixo." keeps its description and ends at the cue."""
    a = article(
        "Title",
        "The price of the shares, said the bank official, depends on the outcome of the vote.",
        "The deal will close in May, said Ann Reid, chief of rail firm Brixo.",
    )
    price = indirect(a, "The price of the shares")
    assert price.text.endswith("depends on the outcome of the vote")
    assert speaker(price) == "the bank official"
    assert indirect(a, "The deal will close").text == "The deal will close in May"


def test_a_directive_with_never() -> None:
    """ "advised people never to run a generator indoors": the directive keeps its
    negation, as "not to" does."""
    a = article("Storm", "Dunmore Power advised people never to run a portable generator indoors.")
    said = indirect(a, "to run a portable generator")
    assert said.text == "never to run a portable generator indoors"
    assert speaker(said) == "Dunmore Power"


def test_the_one_remembered_doing_something_says_the_participle_s_words() -> None:
    """ "Ortiz remembers him crying in court, saying he never meant ...": the one she
    remembers speaks; "Ortiz remembers crying in court, saying she ..." is her own."""
    a = article(
        "A mother's fight",
        "In 2018, a man named Victor Hale was charged in the death.",
        "Ana Ortiz remembers him crying in court, saying he never meant for Mateo to die.",
        "Ortiz remembers crying in court, saying she never wanted anyone else to suffer.",
    )
    assert speaker(indirect(a, "he never meant")) == "Victor Hale"
    assert speaker(indirect(a, "she never wanted")) == "Ana Ortiz"


def test_a_for_or_of_phrase_between_a_cue_and_that() -> None:
    """ "wrote for the majority that", "said of the plan that": the phrase sits between
    the cue and its clause, and what comes before the sentence's attribution is no words
    reported; no "that" of a clause (a relative, a noun's own content), no phrase."""
    a = article(
        "Court ruling",
        "In a 6-3 decision released Friday, Chief Justice Rhea Wagner wrote for the majority"
        " that the law went too far.",
        "Lola Tan said of the plan that it would fail.",
        "The picture that Tom Hale paints of a public that loves stocks is wrong.",
        "Ben Ruiz reacted angrily to the suggestion that the fund was empty.",
    )
    q = indirect(a, "the law went too far")
    assert q.text == "the law went too far"
    assert (speaker(q), cue(q)) == ("Rhea Wagner", "wrote")
    assert indirect(a, "it would fail").text == "it would fail"
    assert speaker(indirect(a, "it would fail")) == "Lola Tan"
    said = [x.text for x in a.quotations if x.kind is QuoteKind.INDIRECT]
    assert said == ["the law went too far", "it would fail"]


def test_a_question_put_to_someone_reports_no_words() -> None:
    """ "Asked what she would say to other drivers, Ann Reid paused." and "Olena, asked
    through her son what she would tell Canadians, was quiet": the question put to them,
    no words of theirs; "She said something in Ukrainian." reports no words either. One
    who asks ("Ruth Marcus, an editor at the Post, asked Mook if ...") still does."""
    a = article(
        "Visa",
        "Asked what she would say to other drivers, Ann Reid paused.",
        "She said something in Ukrainian.",
        "Olena, asked through her son what she would tell Canadians, was quiet.",
        "Ruth Marcus, an editor at the Post, asked Mook if the talks would go on.",
        "Asked whether he would run, Tom Hale said he was undecided.",
        "Ann Reid said something had changed.",
    )
    said = [(q.text, speaker(q)) for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert said == [
        ("if the talks would go on", "Ruth Marcus"),
        ("he was undecided", "Tom Hale"),
        ("something had changed", "Ann Reid"),
    ]


def test_a_phrase_of_place_or_medium_closing_the_sentence_reports_no_words() -> None:
    """ "“...,” Daniel Okafor said outside the courthouse.", "Brian May wrote on his
    website.": the phrase after the cue ends the sentence, no words of theirs (with
    every stance); "said outside the courthouse that ..." still reports the clause."""
    a = newsmodel.parse_text(
        "Appeal\n\n"
        "“We will appeal,” defence lawyer Daniel Okafor said outside the courthouse.\n\n"
        "Brian May wrote on his website.\n\n"
        "Ann Dale said outside the courthouse that the ruling was wrong.\n",
        stances=frozenset(Stance),
    )
    said = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert said == ["the ruling was wrong"]


def test_what_was_done_before_a_relative_of_a_move_is_no_one_s_words() -> None:
    """ "The government tabled a bill Thursday, a move Minister Ann Dale described as
    “necessary.”": the bill is no words of hers, her word is; "The plan will fail,
    Minister Tom Hale said." still reports the clause."""
    a = article(
        "Title",
        "The government tabled a bill Thursday to cap enrolment, a move Language Minister "
        "Ann Dale described as “necessary.”",
        "The plan will fail, Minister Tom Hale said.",
    )
    said = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert said == ["The plan will fail"]
    assert speaker(quote(a, "necessary")) == "Ann Dale"


def test_said_outside_a_place_reports_no_clause() -> None:
    """ "“...,” she said outside the courthouse on Thursday": the place is where she
    spoke, no reported clause; "said outside the courthouse that ..." reports the clause."""
    a = article(
        "Jury begins deliberations",
        "Chantelle Morin has attended every day of the trial.",
        "“I just want them to see him as a person,” she said outside the courthouse on Thursday.",
        "Morin said outside the courthouse that her brother was kind.",
    )
    assert not [q for q in a.quotations if q.text.startswith("outside")]
    assert speaker(indirect(a, "her brother was kind")) == "Chantelle Morin"


def test_a_clause_of_a_pronoun_and_a_past_verb_is_reported() -> None:
    """ "Mr Hollander said he agreed." reports "he agreed", a sentence of two words;
    "said he would." reports nothing."""
    a = article(
        "Broadband",
        "Broadband is a key trend, the chief executive told the BBC.",
        "Mr Hollander said he agreed.",
        "Asked whether he would stay, Jane Smith said he would.",
    )
    assert speaker(indirect(a, "he agreed")) == "Hollander"
    assert not [q for q in a.quotations if q.text == "he would"]


def test_where_after_a_place_and_a_comma_reports_nothing() -> None:
    """ "said Wednesday from a Winnipeg hotel, where she is staying" names where she spoke,
    no words reported; "She said where the money went" reports them."""
    a = article(
        "Fire",
        "Angela Muswaggon fled the fire.",
        "“The sky was orange at noon,” Angela Muswaggon said Wednesday from a Winnipeg hotel, "
        "where she is staying with her three children.",
        "She said where the money went.",
    )
    assert not [q for q in a.quotations if q.text.startswith("where she is staying")]
    assert speaker(indirect(a, "where the money went")) == "Angela Muswaggon"


def test_a_verb_coordinated_by_but_after_a_comma_shares_the_first_subject() -> None:
    """ "Mayor Ann Dale said the city had already added dozens of officers, but
    acknowledged that ...": the mayor acknowledged it, not "the city" of the clause she
    reported (whose "added" is no cue of speech)."""
    a = article(
        "Transit",
        "Mayor Ann Dale said the city had already added dozens of peace officers, but "
        "acknowledged that riders’ confidence had not recovered.",
    )
    assert speaker(indirect(a, "riders’ confidence")) == "Ann Dale"


@pytest.mark.parametrize(("subject", "name"), [("the BTA", "BTA"), ("the CEO", "the CEO")])
def test_an_attribution_set_off_by_commas_with_says(subject: str, name: str) -> None:
    """ "Next year, the BTA says, about 60 buses will run": "says" after "the" and an
    acronym is the verb, no plural noun as in "the TV shows,"."""
    a = article(f"During the closure, {subject} says, about 60 buses will run on Main Street.")
    q = indirect(a, "about 60 buses")
    assert q.attribution is not None
    assert q.attribution.speaker.name == name


def test_a_thing_reported_to_someone_is_no_words() -> None:
    """ "after the company reported it to the territorial government": "it" is the thing
    reported, no clause; "reported it would close" still reports words."""
    a = article(
        "The band learned of the leak a day after the company reported it to the "
        "territorial government.",
        "The company reported it would close the mine.",
    )
    assert [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT] == [
        "it would close the mine"
    ]


def test_told_reporters_aboard_a_plane_reports_no_words_by_itself() -> None:
    """ "told reporters aboard her campaign plane as it flew to Brixo": where she spoke,
    no words reported; "told reporters aboard the plane that ..." reports the clause."""
    a = article(
        "“We had three debates,” Ana Ruiz told reporters aboard her campaign plane as it "
        "flew to Brixo.",
        "Tom Hale told reporters aboard the plane that he would win.",
    )
    assert [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT] == ["he would win"]


def test_words_reported_in_an_opening_clause_end_at_its_comma() -> None:
    """ "When we asked how the price drop would happen, a spokesman said ...": the
    question ends at the comma, and the main clause reports the spokesman's words."""
    a = article(
        "When we asked after the debate how the price drop would happen, spokesman Tom Hale "
        "said the candidate would cut taxes.",
        "Although Ana Ruiz acknowledged the event was tragic, she maintained her view.",
    )
    found = {q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT}
    assert "how the price drop would happen" in found
    assert "the candidate would cut taxes" in found
    assert "the event was tragic" in found


def test_a_time_that_is_the_subject_is_no_adjunct() -> None:
    """ "said that month was the hardest", "said this year was hard": the time is the
    subject of the words reported; "said that night that ..." and "said last week the
    plan ..." are adjuncts still."""
    a = article(
        "Tom Hale said that month was the hardest of his life.",
        "Ana Ruiz said this year was the best for the farm.",
        "Ravi Dale said that night that he would leave.",
    )
    found = {q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT}
    assert any("was the hardest of his life" in t for t in found)
    assert "this year was the best for the farm" in found
    assert "he would leave" in found


@pytest.mark.parametrize("period", ["quarterly", "yearly"])
def test_a_periodical_report_speaks(period: str) -> None:
    """ "According to the bank's quarterly report, ...": "quarterly" is an adjective, no
    adverb that ends the phrase."""
    a = article(f"According to the Brixo bank’s {period} report, tariffs will cut growth.")
    q = indirect(a, "tariffs will cut growth")
    assert q.attribution is not None


def test_says_after_a_time_ending_a_relative_clause_is_the_verb() -> None:
    """ "A Brixo father of two who lost his job in the spring says he has applied ...":
    "says" after "the spring" is the verb of the lede's subject, no plural noun."""
    a = article(
        "A Brixo father of two who lost his warehouse job in the spring says he has "
        "applied for 140 jobs."
    )
    q = indirect(a, "he has applied")
    assert q.attribution is not None
    assert q.attribution.speaker.name == "A Brixo father of two"


def test_a_thing_added_is_no_words() -> None:
    """ "Ana Ruiz added an empty-net goal", "added a label to its brands": a thing added,
    no words; "added that a deal was close" still reports them."""
    a = article(
        "Hockey",
        "Ana Ruiz added an empty-net goal and Tom Hale made 31 saves for Brixo.",
        "The company added that a deal was close.",
    )
    assert [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT] == ["a deal was close"]


def test_an_aside_between_the_cue_and_that() -> None:
    """ "said on Monday, speaking on condition of anonymity, that ...": the clause
    after the aside is what was said."""
    a = article(
        "Campaign",
        "Two advisers said on Monday, speaking on condition of anonymity, that the "
        "campaign had expected an attack.",
    )
    assert speaker(indirect(a, "the campaign had expected")) == "Two advisers"


def test_calling_on_someone_to_act_is_a_directive_that_ends_before_a_second_report() -> None:
    """ "Bernadette Thomas-Paul called on the province to expand access" reports what she
    asked for, as "urged the province to" does; "called on her to resign and said she
    should apologize" reports two things, the first ending before "and said"."""
    a = article(
        "Title",
        "Bernadette Thomas-Paul called on the province to expand access to safer supply.",
        "Tom Hale called on her to resign from her post and said she should apologize.",
    )
    q = indirect(a, "expand access")
    assert q.attribution is not None
    assert q.attribution.rule == "indirect-directive"
    assert speaker(q) == "Bernadette Thomas-Paul"
    assert indirect(a, "resign from her post").text == "resign from her post"
    assert speaker(indirect(a, "she should apologize")) == "Tom Hale"


def test_a_name_given_inside_the_speakers_description_leaves_the_report_after_it() -> None:
    """ "Samira El-Amin, 52, who calls herself “the mayor of Bayfront,” said she has
    lived in the park since May": the name she gives is hers, and so is the clause after
    "said" (the quoted name of four words closes her description, no attribution)."""
    a = article(
        "Title",
        "Samira El-Amin, 52, who calls herself “the mayor of Bayfront,” said she has lived "
        "in the park since May.",
    )
    assert speaker(indirect(a, "lived in the park")) == "Samira El-Amin"


def test_a_noun_of_speech_reports_its_owners_clause() -> None:
    """ "The manager rejected Kenneth Zhang’s claim that ..." reports Zhang's words, and
    "warnings from outreach workers that ..." the workers'; a claim that opens its sentence
    ("Ford’s promise that no hospital would close was broken") gives no clause, and the
    owner is no one "he said" after it stands for."""
    a = article(
        "Title",
        "The manager rejected Kenneth Zhang’s claim that she had been let go because of "
        "slow business.",
        "The board dismissed warnings from outreach workers that the shelters are nearly full.",
        "Premier Doug Ford’s promise that no hospital would close was broken.",
        "Tom Reid hit back at Ann Mallon’s claim that the plan would help. “It will not "
        "get people moving,” he said.",
    )
    zhang = indirect(a, "let go because")
    assert zhang.attribution is not None
    assert zhang.attribution.rule == "indirect-noun"
    assert speaker(zhang) == "Kenneth Zhang"
    assert speaker(indirect(a, "shelters are nearly full")) == "outreach workers"
    assert not [q for q in a.quotations if "no hospital" in q.text]
    assert speaker(quote(a, "It will not")) == "Tom Reid"


def test_according_to_a_measure_is_according_to_its_maker() -> None:
    """ "according to a count by the Ontario Hospital Workers’ Coalition", "according to
    data compiled by Meridian Financial Data": the coalition's and Meridian's; a count by
    no one named stays the count."""
    a = article(
        "Title",
        "Fourteen ERs have closed, according to a count by the Ontario Hospital Workers’ "
        "Coalition.",
        "Earnings missed estimates, according to data compiled by Meridian Financial Data.",
        "Six clinics have closed, according to a count by volunteers.",
    )
    assert speaker(indirect(a, "Fourteen ERs")) == "Ontario Hospital Workers’ Coalition"
    assert speaker(indirect(a, "Earnings missed")) == "Meridian Financial Data"
    assert speaker(indirect(a, "Six clinics")) == "a count"


def test_the_railway_is_the_company_quoted_before() -> None:
    """ "Laurentian Northern said ... “...,” the railway said": a railway is a company."""
    a = article(
        "Title",
        "Laurentian Northern said it welcomed the order. “We regret the disruption,” the "
        "railway said.",
    )
    assert speaker(quote(a, "We regret")) == "Laurentian Northern"


def test_a_verb_of_naming_or_of_an_object_closes_no_reported_words() -> None:
    """ "In a statement she read in court, his mother, Lien Tran, described that morning"
    and "Then, last week, Eric Hale called ..." report nothing before the comma."""
    a = article(
        "Title",
        "In a statement she read in court, his mother, Lien Tran, described that morning.",
        "Then, last week, Eric Hale called his father a hero.",
        "The plant will close in June, the company said.",
    )
    contents = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert contents == ["The plant will close in June"]


def test_a_letter_to_members_before_that_and_a_relative_after_a_phrase() -> None:
    """ "The union said in a letter to members that the strike will continue" reports the
    clause after "that"; "apologised to investors who lost money" reports no "who": a
    relative clause of the ones spoken to."""
    a = article(
        "Title",
        "The union said in a letter to members that the strike will continue until a deal "
        "is reached.",
        "Tony Hale has apologised to investors who lost money as a result of the collapse.",
    )
    contents = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert contents == ["the strike will continue until a deal is reached"]


def test_a_group_in_a_relative_clause_says_what_its_head_does() -> None:
    """ "a move officials say will save $620,000", "a speech even critics say was the most
    powerful": the group's words, the head noun their subject."""
    a = article(
        "Title",
        "Council cut Sunday service, a move officials say will save about $620,000 a year.",
    )
    q = indirect(a, "will save")
    assert speaker(q) == "officials"


def test_a_speaker_described_before_the_cue_and_a_finding_after_it() -> None:
    """ "The study’s lead author, Mehwish Qureshi, said the team found an average of 14
    particles per fish" reports her clause: "said the team found ..." is no aside that
    names its speaker after the cue, since a name opens the sentence before it."""
    a = article(
        "Title",
        "The study’s lead author, Mehwish Qureshi, said the team found an average of 14 "
        "particles per fish.",
    )
    assert speaker(indirect(a, "an average of 14")) == "Mehwish Qureshi"


def test_the_next_morning_after_said_is_a_time() -> None:
    """ "“...,” Ann Reid said the next morning." reports no "the next morning", and "said
    the next morning that ..." reports the clause after "that"; "said the next day was
    the hardest" keeps the time as the subject of the words."""
    a = article(
        "Title",
        "“I could not look at them,” Ann Reid said the next morning.",
        "Tom Hale said the next morning that the plan had failed badly.",
        "Lee Dunn said the next day was the hardest of her life.",
    )
    contents = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert contents == ["the plan had failed badly", "the next day was the hardest of her life"]


def test_a_pronoun_and_an_irregular_past_are_a_clause_of_their_own() -> None:
    """ "Vito Rossi said he understood." reports "he understood", as "said she agreed"
    reports hers; "said he would." reports nothing (an auxiliary)."""
    a = article(
        "Title",
        "Vito Rossi said he understood.",
        "Ana Lee said she agreed.",
        "Tom Dale said he would.",
    )
    assert speaker(indirect(a, "he understood")) == "Vito Rossi"
    assert speaker(indirect(a, "she agreed")) == "Ana Lee"
    assert not [q for q in a.quotations if q.text == "he would"]


def test_a_named_recipient_then_a_clause_that_opens_with_a_determiner() -> None:
    """ "Brenninkmeyer told Oyama the company expects annual savings" reports what the
    company expects: the one told is the name alone, as "told analysts" is."""
    a = article(
        "Title",
        "Brenninkmeyer told Oyama the company expects annual savings of about $95 million "
        "once the plant is shut down.",
    )
    assert indirect(a, "the company expects").text.startswith("the company expects")
    assert speaker(indirect(a, "the company expects")) == "Brenninkmeyer"


def test_the_theatre_speaks_as_a_body() -> None:
    """ "Rush tickets will be released each day, the theatre said." reports the theatre's
    words, as "the festival said" does."""
    a = article(
        "Title",
        "The Harbour Theatre opened in May.",
        "Rush tickets will be released each day, the theatre said.",
    )
    assert speaker(indirect(a, "Rush tickets")) == "Harbour Theatre"


def test_according_to_a_document_released_on_a_day_by_its_author() -> None:
    """ "according to figures released Monday by the Maritime Paramedics Union" is the
    union's, as "figures released by the union" was (not "figures")."""
    a = article(
        "Title",
        "Paramedics waited 41,000 hours last year, according to figures released Monday by "
        "the Maritime Paramedics Union.",
    )
    assert speaker(indirect(a, "Paramedics waited")) == "Maritime Paramedics Union"


def test_another_report_after_an_attribution_in_the_middle_is_no_continuation() -> None:
    """ "Homeowners will get a rebate, Minister Hal Mercer announced Tuesday, but
    opposition parties say the plan does nothing for renters": Mercer's words end at his
    attribution, the parties' are theirs; "Prices will rise, Ann Lee said, and the bank
    will act" goes on as hers."""
    a = article(
        "Title",
        "Homeowners will get a rebate, Minister Hal Mercer announced Tuesday, but opposition "
        "parties say the plan does nothing for renters.",
        "Prices will rise, Ann Lee said, and the bank will act.",
    )
    assert indirect(a, "Homeowners").text == "Homeowners will get a rebate"
    assert speaker(indirect(a, "the plan does nothing")) == "opposition parties"
    assert indirect(a, "Prices will rise").text.endswith("the bank will act")


def test_the_plural_of_a_noun_of_bodies_speaks_as_a_group() -> None:
    """ "But opposition parties say ...", "charities say": bodies of a kind, a group, as
    "the parties say" was."""
    a = article(
        "Title",
        "But opposition parties say the plan is bad.",
        "Several charities said the rules would hurt families.",
    )
    assert speaker(indirect(a, "the plan is bad")) == "opposition parties"
    assert speaker(indirect(a, "the rules would hurt")) == "Several charities"


def test_those_urged_may_carry_what_they_know_before_to() -> None:
    """ "Police urged anyone with information about the break-ins to call Crime Stoppers"
    reports the directive (the recipient's "about ..." hid its "to"); "told MPs on Tuesday
    care was needed to ensure ..." keeps its clause."""
    a = article(
        "Title",
        "Police urged anyone with information about the break-ins to call Crime Stoppers.",
        "Chairman Sam Younger told MPs on Tuesday care was needed to ensure people were "
        "not lost off the register.",
    )
    assert (indirect(a, "call Crime").text, speaker(indirect(a, "call Crime"))) == (
        "call Crime Stoppers",
        "Police",
    )
    assert indirect(a, "care was needed").text.startswith("care was needed")


@pytest.mark.parametrize(
    "text",
    [
        "She said prices will rise, but",
        "She said prices will rise, and",
        "Prices will rise, Ann Lee said, and",
    ],
)
def test_a_text_that_ends_on_a_conjunction_after_a_comma(text: str) -> None:
    """A text cut off right after ", but" or ", and" still reports the clause before it
    (reading the conjunction's next words ran past the last token)."""
    a = newsmodel.parse_text(text)
    reported = [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    assert reported
    assert reported[0].lower().startswith("prices will rise")


def test_reported_words_that_run_into_their_own_partial_quotation_are_that_quotation() -> None:
    """ "Asa Khalif said Tom Hale is a “reckless bigot”": one utterance, the partial
    quotation, not also the words "Tom Hale is a"; a clause before a comma, "but" or "and"
    stays ("the plan was sound"), and so do reported words before another speaker's
    quotation."""
    a = article(
        "Title",
        "Asa Khalif said Tom Hale is a “reckless bigot” who will not win votes.",
        "Ann Reid said the plan was sound, but the “details are missing.”",
        "Lee Park said the fees are what critics call “a tax grab.”",
        "Ian Moss said his party was open to it and would “look at anything.”",
        "Ann Dale said Brixo is ready to welcome firms that are “building biofuel plants.”",
    )
    assert speaker(quote(a, "reckless bigot")) == "Asa Khalif"
    assert not [q for q in a.quotations if q.text.startswith("Tom Hale is")]
    assert indirect(a, "the plan was sound").text == "the plan was sound"
    assert speaker(quote(a, "details are")) == "Ann Reid"
    assert speaker(indirect(a, "the fees are")) == "Lee Park"
    assert indirect(a, "his party was open").text == "his party was open to it"
    assert indirect(a, "Brixo is ready").text == "Brixo is ready to welcome firms"


def test_a_fronted_date_with_its_year_is_no_reported_clause() -> None:
    """ "On Nov. 15, 2019, former ambassador Ann Dale testified before the committee.": the
    date is an adjunct, no words she reported, though a comma parts it from its year."""
    a = article(
        "Title",
        "On Nov. 15, 2019, former ambassador Ann Dale testified before the committee.",
        "In 2019, prices rose sharply, Tom Hale said.",
    )
    assert not [q for q in a.quotations if q.text.startswith("On Nov")]
    assert speaker(indirect(a, "prices rose")) == "Tom Hale"


def test_a_semicolon_in_brackets_does_not_end_the_reported_clause() -> None:
    """ "said profits rose to 40m euros (£30m; $45m) last year": the amounts in brackets
    are part of the words said; a semicolon outside brackets still ends them."""
    a = article(
        "Results",
        "The firm said profits rose to 40m euros (£30m; $45m) last year and would rise again.",
        "The bank said rates would stay low; markets rallied.",
    )
    said = indirect(a, "profits rose")
    assert said.text.endswith("would rise again")
    assert indirect(a, "rates would stay").text == "rates would stay low"


def test_words_quoted_after_a_verb_of_things_in_reported_words_are_the_reporter_s() -> None:
    """ "The council said the channel offered the “cheapest form” of programming": the
    channel offered a thing, the words are the council's (and the clause before the marks
    is no second quotation); with no one reporting it, the verb's subject keeps them."""
    a = article(
        "Television",
        "The Viewers’ Council, which monitors broadcasts, said the music channel offered the "
        "“cheapest form” of programming.",
        "Ann Dale said talks with the producers revealed there was “a strong element of "
        "risk” in the script.",
    )
    assert speaker(quote(a, "cheapest form")) == "Viewers’ Council"
    assert speaker(quote(a, "a strong element")) == "Ann Dale"
    assert not [q for q in a.quotations if q.kind is QuoteKind.INDIRECT]
    # a verb of things right before words that are its own speaker's
    b = article("Television", "The music channel offered the “cheapest form” of programming.")
    assert speaker(quote(b, "cheapest form")) == "The music channel"


def test_a_connective_before_a_parenthetical_attribution_is_no_part_of_the_words() -> None:
    """ "However, he added, the plan would fail": the words reported are "the plan would
    fail", not the connective and the attribution before them."""
    a = article(
        "Rates",
        "Ian Lowe spoke at the conference on Monday. However, he added, any rate increase "
        "was unlikely before the autumn.",
    )
    assert indirect(a, "any rate increase").text == (
        "any rate increase was unlikely before the autumn"
    )


def test_the_words_told_an_outlet_start_at_a_person_s_name() -> None:
    """ "Sources told the BBC Michael Dale has always backed the plan": the outlet is the
    one told, the words start at the name; "told BBC News he had" and "told BBC Wales he
    had" keep the outlet's name whole."""
    a = article(
        "Cards",
        "Sources within the party told the BBC Michael Dale has always backed the plan.",
        "Ann Reid told BBC Wales she had agreed to the delay in 2003.",
    )
    assert indirect(a, "has always backed").text == "Michael Dale has always backed the plan"
    assert indirect(a, "had agreed").text == "she had agreed to the delay in 2003"


def test_an_attribution_before_a_dash_closes_the_clause_before_it() -> None:
    """ "CLAUSE, the hospital said Monday — the third closure this month.": the words
    before the attribution are the hospital's; an aside between dashes ("effort - too
    much, critics argue - into") is no more than the words between the dashes."""
    a = article(
        "Closure",
        "The ward will close overnight because of a shortage of nurses, the hospital said"
        " Monday — the third closure this month.",
        "He put a lot of effort - too much, critics argue - into enforcement.",
    )
    assert speaker(indirect(a, "The ward will close overnight")) == "the hospital"
    for q in a.quotations:
        assert "He put a lot" not in q.text


def test_a_day_after_a_clock_time_goes_on_with_the_sentence() -> None:
    """ "from 7 p.m. Friday to 7 a.m. Saturday because ..., the hospital said": one
    sentence, reported whole; "at 9 p.m. The mayor said" still ends one."""
    a = article(
        "Closure",
        "The ward will close from 7 p.m. Friday to 7 a.m. Saturday because of a shortage,"
        " the hospital said.",
        "The vote ended at 9 p.m. The mayor said it was close.",
    )
    q = indirect(a, "because of a shortage")
    assert q.text.startswith("The ward will close from 7 p.m. Friday")
    assert speaker(indirect(a, "it was close")) == "The mayor"


def test_an_approximate_amount_of_money_opens_a_clause() -> None:
    """ "Kwan said about $1.5 million will go toward ...": "about" before an amount of money
    opens the words reported, as before "200 people"; "told us about $1.5 million in
    losses" reports nothing."""
    a = article(
        "Radiothon",
        "Kwan said about $1.5 million will go toward new equipment.",
        "Dale told us about $1.5 million in losses.",
    )
    q = indirect(a, "will go toward")
    assert q.text == "about $1.5 million will go toward new equipment"
    assert speaker(q) == "Kwan"
    assert all("in losses" not in q.text for q in a.quotations)


def test_a_cue_in_a_relative_clause_reports_no_main_clause_before_it() -> None:
    """ "The jury heard a recording made by the clerk, Ann Dale, who testified later in the
    day.": the clause before "who testified" is no word of hers; "Security firm Brixo,
    which notified users, said that users should upgrade" still reports the firm."""
    a = article(
        "Trial",
        "The jury also heard a recording of the call made by the store clerk, Ann Dale, who"
        " testified later in the day.",
        "Security firm Brixo, which notified users of the problem, said that users should"
        " upgrade to the new version.",
    )
    assert all("The jury also heard" not in q.text for q in a.quotations)
    assert speaker(indirect(a, "users should upgrade")) == "Brixo"
