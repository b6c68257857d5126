"""Tests of newsmodel.quotes.attribute: the shapes of attribution around quote marks."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import Paragraph, ParagraphKind, QuoteKind, Span, SpeakerKind, Stance
from newsmodel.quotes import find_quotations
from tests.quotes_support import article, cue, indirect, mention, quote, speaker


def test_quote_then_speaker_and_verb() -> None:
    """“...,” X said: speaker and cue after the closing mark."""
    a = article("“The harbour will reopen in May,” Helen Park said on Monday.")
    q = quote(a, "The harbour")
    assert (q.kind, speaker(q), mention(q), cue(q)) == (
        QuoteKind.DIRECT,
        "Helen Park",
        "Helen Park",
        "said",
    )
    assert q.attribution is not None
    assert q.attribution.rule == "cue-after"


def test_inverted_attribution_with_description() -> None:
    """“...,” said X, DESCRIPTION: the appositive after the name is its description."""
    a = article(
        "“Freight will get cheaper,” said Kofi Boateng, an economist at the University of "
        "Ghana who studies ports."
    )
    q = quote(a, "Freight")
    assert speaker(q) == "Kofi Boateng"
    assert q.speaker is not None
    assert q.speaker.description == ("an economist at the University of Ghana who studies ports")
    assert q.attribution is not None
    assert q.attribution.rule == "cue-after-inverted"


def test_speaker_and_colon_before_the_quote() -> None:
    """X said: “...”: the cue before the opening mark."""
    a = article("The mayor, Helen Park, said: “We will open a ferry within two weeks.”")
    q = quote(a, "We will open")
    assert (q.kind, speaker(q), cue(q)) == (QuoteKind.DIRECT, "Helen Park", "said")
    assert q.speaker is not None
    assert q.speaker.description == "The mayor"


def test_speaker_and_verb_without_colon() -> None:
    """X said “...”: no punctuation between cue and quotation."""
    a = article("Tomas Reyes said “the ferry will be free” for every resident.")
    q = quote(a, "the ferry")
    assert (q.kind, speaker(q)) == (QuoteKind.PARTIAL, "Tomas Reyes")


def test_description_between_speaker_and_verb() -> None:
    """X, DESCRIPTION, said ...: the appositive before the cue."""
    a = article(
        "Maria Lopez, a planner at the port authority, said the plan is “the best we have.”"
    )
    q = quote(a, "the best")
    assert speaker(q) == "Maria Lopez"
    assert q.speaker is not None
    assert q.speaker.description == "a planner at the port authority"


@pytest.mark.parametrize("group", ["One of them", "Another of those", "One of us"])
def test_one_of_a_group_named_in_an_appositive_speaks(group: str) -> None:
    """ "One of them, Ana Ruiz, said": the one the appositive names, not "them"; a group
    the appositive describes is left alone."""
    a = article(
        "“We will not give up,” the tenants said.",
        f"{group}, Ana Ruiz, said: “This building is our home.”",
    )
    q = quote(a, "This building")
    assert (speaker(q), mention(q)) == ("Ana Ruiz", "Ana Ruiz")
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.PERSON


def test_a_name_after_a_title_holding_a_list_speaks() -> None:
    """ "Brixo's minister of business, mining, trade and job creation, Tom Hale, said": the
    minister named after the list in his title."""
    a = article(
        "Brixo’s minister of business, mining, trade and job creation, Tom Hale, said the "
        "province was listening."
    )
    assert speaker(indirect(a, "the province was listening")) == "Tom Hale"


def test_a_group_in_an_appositive_before_a_name_stays_a_description() -> None:
    """ "The tenants' lawyer, Ana Ruiz, said": a plain description before the name."""
    a = article("The tenants' lawyer, Ana Ruiz, said: “This building is their home.”")
    q = quote(a, "This building")
    assert speaker(q) == "Ana Ruiz"
    assert q.speaker is not None
    assert q.speaker.description == "The tenants' lawyer"


def test_split_quotation_keeps_one_speaker() -> None:
    """“...,” he said, “...”: both parts go to the same speaker and cue."""
    a = article(
        "Ivan Petrov spoke after the vote.",
        "“A year is a fantasy,” he said, “and everyone on the council knows it.”",
    )
    first, second = quote(a, "A year"), quote(a, "and everyone")
    assert speaker(first) == speaker(second) == "Ivan Petrov"
    assert mention(first) == mention(second) == "he"
    assert cue(second) == "said"


def test_according_to_after_the_quotation() -> None:
    """“...,” according to X."""
    a = article("The bridge is “beyond repair,” according to the inspection report.")
    q = quote(a, "beyond repair")
    assert (speaker(q), cue(q)) == ("the inspection report", "according to")
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.DOCUMENT


def test_told_reporters() -> None:
    """X told reporters: the recipient is not the speaker."""
    a = article("“We have waited too long,” Ama Mensah told reporters in Accra.")
    q = quote(a, "We have waited")
    assert (speaker(q), cue(q)) == ("Ama Mensah", "told")


def test_in_a_statement() -> None:
    """In a statement, X said ...: the opening adverbial is no speaker."""
    a = article("In a statement, the Ministry of Transport said the deal “opens new markets.”")
    q = quote(a, "opens new markets")
    assert speaker(q) == "Ministry of Transport"
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.ORGANISATION


def test_dash_attribution() -> None:
    """“...” — Commissioner Jane Doe: a dash and a name attribute the quotation."""
    text = "“Safety comes first.” — Commissioner Jane Doe"
    # one body paragraph, built directly: a parser may take such a line for a subheading
    (q,) = find_quotations(text, [Paragraph(Span(0, len(text)), text, ParagraphKind.BODY)])
    assert (speaker(q), cue(q)) == ("Jane Doe", "—")
    assert q.speaker is not None
    assert q.speaker.title == "Commissioner"


def test_colon_attribution_without_verb() -> None:
    """From the chair, Jane Doe: “...”: a name before a colon is the speaker."""
    a = article("From the chair, Jane Doe: “I ask that the vote be recorded.”")
    q = quote(a, "I ask")
    assert (speaker(q), cue(q)) == ("Jane Doe", ":")


def test_floating_quotation_keeps_the_previous_speaker() -> None:
    """A paragraph that is only a quotation keeps the speaker of the one before it."""
    a = article(
        "“A year is a fantasy,” said council member Ivan Petrov.",
        "“Ask anyone who has worked on that steel.”",
    )
    q = quote(a, "Ask anyone")
    assert speaker(q) == "Ivan Petrov"
    assert q.attribution is not None
    assert q.attribution.rule == "floating"


def test_quotation_after_reported_speech_takes_its_speaker() -> None:
    """A quotation standing alone after indirect speech keeps that speaker."""
    a = article(
        "Tomas Reyes told reporters that the ferry would be free for residents.",
        "“The repairs will take a year at most.”",
    )
    assert speaker(quote(a, "The repairs")) == "Tomas Reyes"


def test_multi_paragraph_quotation_shares_its_attribution() -> None:
    """Parts of a quotation over paragraphs all take the attribution at its end."""
    a = article(
        "Grace Tan has run the bakery on the east shore since 2009.",
        "“Every family here will pay for this delay. Every shop will lose customers.",
        "“And the council knows it,” she said.",
    )
    first, last = quote(a, "Every family"), quote(a, "And the council")
    assert speaker(first) == speaker(last) == "Grace Tan"
    assert first.paragraph == 1
    assert last.paragraph == 2
    assert first.attribution is not None
    assert first.attribution.rule == "continued"


def test_a_quotation_over_paragraphs_after_a_colon_keeps_its_speaker() -> None:
    """ "Tom Hale listed the tests: ¶ “... ¶ “... ¶ “...”": every part of the quotation
    that the colon introduces is Hale's, not only the first."""
    a = article(
        "Tom Hale then listed the tests a nominee must pass:",
        "“In the note I wrote last year, I set out several tests. Here they are:",
        "“The candidate has led before.",
        "“The press cannot destroy a real reformer.”",
        "Ann Reid disagreed.",
    )
    for words in ("In the note", "The candidate has", "The press cannot"):
        assert speaker(quote(a, words)) == "Tom Hale"


def test_a_transcript_label_ends_the_parts_a_colon_introduces() -> None:
    """A part that opens with a speaker label ("“WALLACE: ...") or a stage direction is
    another voice: the colon's speaker does not take it."""
    a = article(
        "The host pressed the governor:",
        "“Governor, you said the plan was sound. Is it?",
        "“(CROSSTALK.)",
        "“WALLACE: I want to get an answer.”",
        "The interview ended soon after.",
    )
    assert speaker(quote(a, "Governor, you said")) == "The host"
    assert quote(a, "(CROSSTALK.)").attribution is None
    assert quote(a, "WALLACE").attribution is None


def test_cues_beyond_verbs_of_saying() -> None:
    """Documents speak through verbs such as "mentioned" and "urged", "their statement" too."""
    a = article(
        "The joint communique of the two unions mentioned “serious safety gaps” in the inspection.",
        "Their statement urged the council to “publish every report.”",
    )
    q = quote(a, "serious safety gaps")
    assert (speaker(q), cue(q)) == ("the two unions", "mentioned")
    q = quote(a, "publish every report")
    assert (speaker(q), mention(q), cue(q)) == ("Their statement", "Their statement", "urged")
    assert q.speaker is not None
    assert q.speaker.kind is SpeakerKind.DOCUMENT


def test_speaker_named_in_an_opening_adverbial() -> None:
    """In the communique, the two presidents called for ...: the subject speaks."""
    a = article(
        "In the communique, the two presidents called for a “fair multilateral order” and "
        "promised to “reform the lending system.”"
    )
    assert speaker(quote(a, "fair multilateral")) == "the two presidents"
    assert speaker(quote(a, "reform the lending")) == "the two presidents"


def test_scare_quotes_have_no_attribution() -> None:
    """Quoted words nobody is reported saying are scare quotes."""
    a = article("The self-described “partners” toured the new terminal together.")
    q = quote(a, "partners")
    assert q.kind is QuoteKind.SCARE
    assert q.attribution is None


def test_titles_of_works_are_no_speech() -> None:
    """A title next to "show" or a possessive is no quotation of the speaker."""
    a = article("Park appeared on the network’s “Morning Harbour” show and said little.")
    q = quote(a, "Morning Harbour")
    assert q.kind is QuoteKind.SCARE


def test_a_title_an_appositive_names_as_a_work_is_no_speech() -> None:
    """ "When Ana Bren wrote “Paper Boats”, the song that ...": the appositive names the
    kind of work, so the quotation is a title; "“Never,” the film director added" is a
    speaker and a cue after the words."""
    a = article(
        "When Ana Bren wrote “Paper Boats”, the song that became her biggest hit, she was "
        "sitting on the floor.",
        "She later released “Red Rooms,” her first film about grief.",
        "He said no again. “Never,” the film director added.",
    )
    assert quote(a, "Paper Boats").kind is QuoteKind.SCARE
    assert quote(a, "Red Rooms").kind is QuoteKind.SCARE
    assert speaker(quote(a, "Never")) == "the film director"


def test_a_title_in_sentence_case_after_the_noun_of_its_work_is_no_speech() -> None:
    """ "whose 1972 anthem “Mon pays, ma rivière” became a rallying cry", "Her hit single,
    “Sur la route,” sold well": titles, though in sentence case; a slogan quoted stays
    the party's words, and "Dr. Paul Song “was inappropriate”" is no song."""
    a = article(
        "Gilles Roy, whose 1972 anthem “Mon pays, ma rivière” became a rallying cry, has "
        "died. Her hit single, “Sur la route,” sold well.",
        "The party fought the election under the slogan “Axe the tax.”",
        "Ann Dale said the remark by Dr. Paul Song “was inappropriate.”",
    )
    assert quote(a, "Mon pays").kind is QuoteKind.SCARE
    assert quote(a, "Sur la route").kind is QuoteKind.SCARE
    assert speaker(quote(a, "was inappropriate")) == "Ann Dale"


def test_a_crowd_s_chants_are_not_the_last_speaker_s() -> None:
    """ "the chamber erupted in chants of “...”" after Ann Dale spoke: the crowd's cries,
    not hers."""
    a = article(
        "Ann Dale said her nephew was shot in 2021. “This board is for him,” she said.",
        "When the vote was announced, the chamber erupted in chants of “Nine votes! Nine votes!”",
    )
    assert quote(a, "Nine votes").attribution is None


def test_a_one_word_sentence_after_a_speaker_s_words_goes_on_with_them() -> None:
    """ "“We need spaces,” Ann Dale said. “Enough.”": her words go on; a one-word
    quotation alone in its paragraph ("“Yes!”") is still no one's."""
    a = article("“We need spaces,” Ann Dale said. “Enough.”", "“Yes!”")
    assert speaker(quote(a, "Enough")) == "Ann Dale"
    assert quote(a, "Yes!").attribution is None


def test_a_name_quoted_before_the_noun_it_modifies_is_no_speech() -> None:
    """ "disaffected “Leave” supporters", "the “Super Tuesday” primary": capitalised words
    that modify the noun after them are a name, not the words of the speaker of the
    sentence; words quoted before an adverb of time still are ("a “Trojan Horse” on
    Monday")."""
    a = article(
        "Hale won by echoing themes embraced by disaffected “Leave” supporters, Reid said.",
        "The race went into the “Super Tuesday” primary with Hale ahead, Jones said.",
        "Hale called the plan a “Trojan Horse” on Monday.",
    )
    assert quote(a, "Leave").kind is QuoteKind.SCARE
    assert quote(a, "Super Tuesday").kind is QuoteKind.SCARE
    assert speaker(quote(a, "Trojan Horse")) == "Hale"


def test_direct_and_partial_kinds() -> None:
    """A whole quoted sentence is direct; quoted fragments in reported speech are partial."""
    a = article(
        "“We will rebuild the bridge,” Helen Park said.",
        "Park said the delay would be “short” and “well worth it.”",
    )
    assert quote(a, "We will rebuild").kind is QuoteKind.DIRECT
    assert quote(a, "short").kind is QuoteKind.PARTIAL
    assert quote(a, "well worth it").kind is QuoteKind.PARTIAL


def test_cue_leading_into_the_next_quotation_is_not_the_last_ones() -> None:
    """ "“...” He added: “...”": "added" attributes the second quotation only."""
    a = article(
        "“We are refugees,” Ms. Alawi said. “We are not terrorists.” Mr. Zahed said: "
        "“The attack was the work of terrorists.”",
    )
    q = quote(a, "We are not terrorists")
    assert speaker(q) == "Alawi"
    assert speaker(quote(a, "The attack")) == "Zahed"


def test_cue_starting_a_clause_of_its_own_is_not_the_quotations() -> None:
    """ "had “been friends,” he claimed they never met": "claimed" starts a new clause."""
    a = article(
        "Although Weiner admitted to the paper that they had “been friends for some time,” "
        "he claimed they had never met in person.",
    )
    q = quote(a, "been friends")
    assert cue(q) == "admitted"


def test_quotation_signed_on_the_next_line() -> None:
    """“...” followed by a paragraph "- Tom Hale, Center for ..." is his."""
    a = article(
        "Economists weighed in.",
        "“I fear that we could see a comeback of balanced budgets.”",
        "- Tom Hale, Center for Budget and Wage Studies.",
    )
    q = quote(a, "I fear")
    assert (speaker(q), cue(q)) == ("Tom Hale", "-")


def test_noun_cues_with_their_owner() -> None:
    """ "her remark that “...”" and "his own admission" name their speakers."""
    a = article(
        "Former secretary of state Ann Reid fanned controversy over her remark "
        "that “there is a cold corner of the harbour for mayors who don’t fix roads.”",
    )
    q = quote(a, "there is a cold corner")
    # the subject of the sentence names her ("Sanders has pushed his promise of “...”")
    assert (speaker(q), mention(q), cue(q)) == (
        "Ann Reid",
        "Former secretary of state Ann Reid",
        "remark",
    )


def test_short_fragment_after_a_cue_takes_the_subject() -> None:
    """ "The Republican nominee for the Nov. 3 vote later said he was being
    “sarcastic”": the nominee's word."""
    a = article(
        "The emails went missing.",
        "The Republican presidential nominee for the Nov. 3 vote later said he was "
        "being “sarcastic” in his remarks.",
    )
    q = quote(a, "sarcastic")
    assert q.attribution is not None
    assert q.attribution.speaker.name.startswith("The Republican presidential nominee")


def test_short_fragment_without_a_cue_stays_a_scare_quote() -> None:
    """ "the so-called “special relationship”" is nobody's speech."""
    a = article(
        "The visit went well.",
        "U.S. companies are the biggest investors in Britain and the so-called “special "
        "relationship” has been the cornerstone of British diplomacy.",
    )
    q = quote(a, "special relationship")
    assert q.attribution is None


def test_coordinated_naming_verb_shares_the_speaker_of_speech() -> None:
    """ "Maple Air said its offer would raise pay ... and called it “...”": Maple Air's."""
    a = article(
        "The airline disputes the figures.",
        "In a statement, Maple Air said its offer would raise pilot pay by 28 per cent and "
        "called it “the most generous proposal in the company's history.”",
    )
    assert speaker(quote(a, "the most generous")) == "Maple Air"


def test_as_aside_after_a_quotation() -> None:
    """ "“...,” as X suggested / as X put it": the aside names the speaker."""
    a = article("The tunnel is “a money pit,” as the auditor suggested after the hearing.")
    q = quote(a, "a money pit")
    assert (speaker(q), cue(q)) == ("the auditor", "suggested")
    a = article("The tunnel is “a money pit” as the auditor put it.")
    q = quote(a, "a money pit")
    assert (speaker(q), cue(q)) == ("the auditor", "put it")


def test_a_less_common_cue_closing_the_sentence_after_a_comma() -> None:
    """ "“...” to rural voters, the complaint alleges.": a cue of speech or writing that
    ends the sentence, its speaker set off by a comma, owns the quotation before it; a
    verb of finding does not."""
    a = article("The closures were “especially harmful” to rural voters, the complaint alleges.")
    q = quote(a, "especially harmful")
    assert (speaker(q), cue(q)) == ("the complaint", "alleges")
    a = article("The plan is “a fair deal” for tenants, the lawyer argued on Monday.")
    assert speaker(quote(a, "a fair deal")) == "the lawyer"
    a = article("The closures were “especially harmful” to rural voters, the report found.")
    assert quote(a, "especially harmful").attribution is None


def test_parenthesis_after_an_inverted_speaker() -> None:
    """ "“...,” said X (an aside).": the speaker ends before the parenthesis."""
    a = article("“The tunnel will open in May,” said Ana Ribeiro (a view the union shares).")
    assert speaker(quote(a, "The tunnel")) == "Ana Ribeiro"


def test_a_document_can_name_things() -> None:
    """ "The audit called the tunnel “a money pit”": a document speaks; "a show called “X”"
    still names a title."""
    a = article("The audit called the tunnel “a money pit” on Tuesday.")
    assert speaker(quote(a, "a money pit")) == "The audit"
    a = article("She starred in a play called “Low Tide” last year.")
    assert quote(a, "Low Tide").attribution is None


def test_an_opening_adverb_is_no_subject_that_speaks() -> None:
    """A quotation after "Specifically," or "Repeatedly," keeps the speaker before it."""
    a = article(
        "The auditor Rita Gomes criticised the harbour plan at length on Monday. "
        'Specifically, "the plan will fail within a year and cost the city dearly."\n\n'
        'Repeatedly, "this council has ignored every warning it was given about the costs."'
    )
    assert speaker(quote(a, "the plan will fail")) == "Rita Gomes"
    assert speaker(quote(a, "this council")) == "Rita Gomes"


def test_a_quoted_fragment_in_a_reported_clause_is_the_reporters() -> None:
    """ "X said Y called for “...”": the quoted words are X's, who reports Y."""
    a = article(
        "Senator Ruth Olsen said Prime Minister Karl Adams called on members to be "
        "“closely coordinated” before the vote."
    )
    q = quote(a, "closely coordinated")
    assert (speaker(q), cue(q)) == ("Ruth Olsen", "said")


def test_a_cue_after_a_modal_in_a_reported_clause_is_no_speech() -> None:
    """ "X said the firm would promise “...”": the promise has not been made, so the quoted
    words are X's; a cue in the past ("the firm promised “...”") keeps its own subject
    (but not a verb whose object is a thing: "the firm offered “...”" gives X's words)."""
    a = article(
        "The Brixo plant of Veltor Components will close in March.",
        "Ann Dale, a spokesperson, said the company would promise "
        "“generous packages to every worker” and had opened a job centre.",
        "Tom Hale said the company promised “packages fit for everybody” in talks.",
        "Ruth Vale said the company offered “packages fit for nobody” in talks.",
    )
    q = quote(a, "generous packages")
    assert (speaker(q), cue(q)) == ("Ann Dale", "said")
    q = quote(a, "packages fit for everybody")
    assert cue(q) == "promised"
    q = quote(a, "packages fit for nobody")
    assert (speaker(q), cue(q)) == ("Ruth Vale", "said")


def test_a_transcript_speaker_and_colon() -> None:
    """A transcript's "Lopez: Well, it is like, “...”" gives Lopez with the colon as cue."""
    a = article('Lopez: Well, no one is like, "My pension is speculation." It is not.')
    q = quote(a, "My pension")
    assert (speaker(q), cue(q)) == ("Lopez", ":")


def test_a_characterising_verb_attributes_a_short_fragment() -> None:
    """ "The senator ..., portraying migrants as “criminals”": the senator's word."""
    a = article(
        "The senator Ana Vidal campaigned on the border, portraying migrants as “criminals”."
    )
    q = quote(a, "criminals")
    assert (speaker(q), cue(q)) == ("Ana Vidal", "portraying")


def test_a_participle_after_an_inverted_speaker_is_the_cue() -> None:
    """ "said X, adding that ... “...”": X speaks, and "adding" is the fragment's cue."""
    a = article(
        '"We will see," said Mayor Ana Lund, adding that she did not expect the ferry '
        '"to run before June."'
    )
    q = quote(a, "to run before June")
    assert (speaker(q), cue(q)) == ("Ana Lund", "adding")


def test_speech_after_managed_to_or_took_to() -> None:
    """ "managed to ask" and "took to Twitter to accuse" report speech that happened."""
    a = article(
        "The meeting was tense.",
        "When the council met on Monday, Jones managed to ask, “Who pays for the bridge?”",
        "Trump took to Twitter to accuse the campaign of being “duped” by rivals.",
    )
    assert speaker(quote(a, "Who pays")) == "Jones"
    assert speaker(quote(a, "duped")) == "Trump"


def test_inverted_cues_with_indefinite_speakers_and_led_gerunds() -> None:
    """ "tweeted a German user from Hanover", "an angry Hollande retaliated" and "The
    senator began by saying" name their speakers."""
    a = article(
        "The debate went on all night.",
        "“Everyone is tired of it,” tweeted a German user from Hanover.",
        "“France will always be France,” an angry Hollande retaliated.",
        "The senator began by saying, “We have work to do.”",
    )
    assert speaker(quote(a, "Everyone is tired")) == "a German user from Hanover"
    assert speaker(quote(a, "France will")) == "Hollande"
    assert speaker(quote(a, "We have work")) == "The senator"


def test_the_person_told_to_act_is_no_part_of_the_speaker() -> None:
    """ "Brixo Soft has warned laptop owners to update their machines": what owners are told to do
    is the reported speech, after "to"."""
    a = article(
        "The patches came on Tuesday.",
        "Brixo Soft has warned laptop owners to update their machines with the newest fixes.",
    )
    q = indirect(a, "update their machines")
    assert speaker(q) == "Brixo Soft"
    assert q.text.startswith("update")


def test_a_label_in_capitals_is_no_speaker() -> None:
    """ "ANALYST'S VIEWPOINT: “...?” Michael Every, a strategist, said": Every speaks."""
    a = article(
        "Markets fell on Wednesday.",
        "ANALYST'S VIEWPOINT: “Today what matters is day two. Can he push back harder?” "
        "Michael Every, a senior strategist for Rabobank, said in a commentary.",
    )
    assert speaker(quote(a, "Today what matters")) == "Michael Every"


def test_a_modal_and_an_adverb_before_a_cue() -> None:
    """ "could only quip:", "would only say that": the base form after a modal and an
    adverb is the cue, and its subject speaks, not the sentence's first phrase."""
    a = article(
        "The timetable was so strange that a spokesman for Ann Reid could only quip: "
        "“I guess New Year's Day was taken.”"
    )
    q = quote(a, "I guess")
    assert speaker(q) == "a spokesman for Ann Reid"
    assert cue(q) == "quip"
    b = article("Asked about it, the Ohio Republican would only say that his scheme was troubling.")
    assert cue(indirect(b, "his scheme")) == "say"


def test_a_comma_closing_the_quotation_announces_any_cue_after_it() -> None:
    """A cue earlier in the sentence competes, but “...,” Name predicted is the speaker
    after the quotation, whatever the reporting verb; "according to" after it still
    names a source, not the speaker."""
    a = article(
        "Ana Ruiz told the council that the ferry would fail: “It won't last the winter,” "
        "Tomas Vidal predicted. Lina Berg said the plan was “a fine idea,” according to "
        "the Harbour Times."
    )
    q = quote(a, "It won't")
    assert (speaker(q), cue(q)) == ("Tomas Vidal", "predicted")
    assert speaker(quote(a, "a fine idea")) == "Lina Berg"


def test_nouns_of_speech_are_no_speakers() -> None:
    """ "... tweeted a warning" names the words, not who said them: a pronoun later is
    not taken for "a warning"."""
    a = newsmodel.parse_text(
        "On the other side, Sen. Ana Ruiz, a candidate who has made the port her cause, "
        "tweeted a warning. "
        "“Remember the vote in November,” she wrote.",
        stances=set(newsmodel.Stance),
    )
    assert speaker(quote(a, "Remember")) == "Ana Ruiz"
    assert [q.speaker.name for q in a.quotations if q.speaker] == ["Ana Ruiz"] * 2


def test_what_a_person_addresses_a_crowd_with_after_a_colon_is_speech() -> None:
    """A stance verb ("addressed") before a colon and a quotation reports speech."""
    a = article("Hale then addressed the crowd again: “Here is what I regret.”")
    q = quote(a, "Here is")
    assert (q.kind, speaker(q), cue(q)) == (QuoteKind.DIRECT, "Hale", "addressed")


def test_a_relative_clause_of_the_speaker_keeps_its_own_cue() -> None:
    """“...,” said Ana Ruiz, who added that ... “...”: the nearer cue and "who" attribute
    the fragment, to the same speaker."""
    a = article("“Rents are up,” said Ana Ruiz, who added that prices had “cratered” since May.")
    q = quote(a, "cratered")
    assert (speaker(q), mention(q), cue(q)) == ("Ana Ruiz", "who", "added")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Later on Sunday, Ana Ruiz shared a reading list for a class called “Ports” on "
            "her page, writing “Here is the list you said never existed.”",
            "Ana Ruiz",
        ),
        (
            "Tomas Vidal seemed unimpressed with Ruiz’ comments on Tuesday, telling "
            "reporters, “A lot of people said she should step down.”",
            "Tomas Vidal",
        ),
        (
            "Hours later, Lina Berg returned the compliment, telling the radio, “We have "
            "been friends for a long time.”",
            "Lina Berg",
        ),
        (
            "As the crowd began to chant, Lina Berg walked on stage and joked, “You are "
            "being ridiculous.”",
            "Lina Berg",
        ),
    ],
)
def test_the_subject_of_a_participle_is_the_main_clause_s(text: str, name: str) -> None:
    """ ", writing", ", telling" and "and joked" take the subject of the sentence's main
    verb: not the noun a participle modifies ("a class called"), a noun that looks like
    a verb ("Ruiz’ comments"), a time ("Hours later") or an opening clause's subject."""
    a = article(text)
    assert [q.speaker.name for q in a.quotations if q.kind is QuoteKind.DIRECT and q.speaker] == [
        name
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Embryonic cells can turn into any tissue, which is what is typically called "
        "“regenerative medicine for the old.”",
        "Informed of the district’s lean, the news was “news to all of us here.”",
    ],
)
def test_a_word_capitalised_by_its_place_is_no_subject(text: str) -> None:
    """With no cue, a quotation is not given to the first word of its sentence when that
    word is capitalised only there: an adjective or a participle, no name."""
    a = article(text)
    assert [q.speaker.name for q in a.quotations if q.speaker] == []


def test_an_adverb_of_time_after_the_speaker_closes_the_attribution() -> None:
    """“...,” said Williams afterwards: the speaker is Williams, "afterwards" an adjunct."""
    a = article(
        "Davenport took the first set. “I kept thinking I am not losing this game,” said "
        "Williams afterwards."
    )
    assert speaker(quote(a, "I kept")) == "Williams"


def test_a_quotation_alone_keeps_its_speaker_across_a_paragraph_of_narration() -> None:
    """A paragraph of narration that names no one else does not end a speaker's run of
    quotations; one that names someone else does, and the quotation after it is the words
    of the one it is about."""
    a = article(
        "“Patients lost a fifth of their income,” said Dr. Ray Hale.",
        "The fallout from a stroke was the most significant.",
        "“So stroke patients were giving up nearly a quarter of their pay.”",
        "Ana Ruiz runs a clinic in Toronto.",
        "“We see it every week.”",
    )
    assert speaker(quote(a, "So stroke")) == "Ray Hale"
    assert speaker(quote(a, "We see")) == "Ana Ruiz"


def test_a_quotation_answering_a_question_of_a_transcript_is_the_speaker_s() -> None:
    """ "Q: Connor, is the group frustrated?" between a speaker's quotation and one that
    opens the next paragraph: the answer is his, though the question names him; a
    quotation inside an answer of its own ("A: ... ‘We gotta ...’") takes nobody's."""
    a = article(
        "Captain Connor Wojcik did not dispute the assessment.",
        "“The business is unfinished,” he said with a thin smile.",
        "Q: Connor, is the group frustrated?",
        "“Frustrated is probably the nice word.”",
    )
    assert speaker(quote(a, "Frustrated is")) == "Connor Wojcik"
    b = article(
        "Captain Connor Wojcik did not dispute the assessment.",
        "Ann Dale said the fans have a larger say than ever.",
        "Q: Is he a conservative?",
        "A: No. Look at the appeal. ‘We gotta take on Wall Street.’ He is a populist.",
    )
    assert quote(b, "We gotta").attribution is None


def test_a_quotation_after_a_sentence_naming_another_in_its_paragraph_is_theirs() -> None:
    """ "“...,” Premier Scott Moe said. ¶ NDP Leader Carla Beck rose again. “...”": the
    one the paragraph names before the words, not the speaker before; "Betsy Abbott"
    after "Tom Abbott said" is another; a beat that names the last speaker again keeps
    that speaker's cue; "Roloson supports Democrat Hillary Clinton." names Roloson."""
    a = article(
        "“The member opposite must explain why she wants families to pay,” Premier Scott Moe said.",
        "NDP Leader Carla Beck rose again. “Mr. Speaker, that is not what I said.”",
        "“It comes and goes,” Tom Abbott said. Betsy Abbott shook her head. “Tom is much "
        "calmer about it than I am.”",
        "“I have student loans,” says Melissa Roloson, 32. Roloson supports Democrat "
        "Hillary Clinton in the race. “I do not have a great job.”",
    )
    q = quote(a, "Mr. Speaker")
    assert q.attribution is not None
    assert (speaker(q), q.attribution.rule) == ("Carla Beck", "beat")
    assert speaker(quote(a, "Tom is much calmer")) == "Betsy Abbott"
    q = quote(a, "I do not have")
    assert q.attribution is not None
    assert (speaker(q), q.attribution.rule) == ("Melissa Roloson", "floating")


def test_in_her_words_as_an_aside_gives_the_words_to_her() -> None:
    """ "It had, in her words, become “unhealthy.”": Wendy Golden's word."""
    a = article(
        "Wendy Golden used to keep a shrine to her son. It had, in her words, become “unhealthy.”"
    )
    q = quote(a, "unhealthy")
    assert (speaker(q), cue(q)) == ("Wendy Golden", "in her words")


def test_in_the_words_of_someone_gives_the_words_to_them() -> None:
    """ "Green was, in the words of one aide, “the heir ...”" is the aide's; "In the words
    of Mayor Ann Brown, “...”" Brown's; "the words of the song" opens no aside."""
    a = article(
        "Title",
        "Tom Green spoke on Monday.",
        "Green was, in the words of one aide, “the heir to the movement.”",
        "In the words of Mayor Ann Brown, “the best hope” has arrived.",
        "He sang the words of the song “Home Again” twice.",
    )
    q = quote(a, "the heir")
    assert (speaker(q), cue(q)) == ("one aide", "in the words of")
    assert speaker(quote(a, "the best hope")) == "Ann Brown"
    assert quote(a, "Home Again").attribution is None


def test_a_comma_and_a_cue_after_beat_a_noun_of_speech_before() -> None:
    """ "His final verdict: “It is not good,” he said": the cue after the comma, not the
    noun "verdict", attributes it (the same speaker, the mention and cue at the words)."""
    a = article(
        "Title",
        "Tom Green spoke on Monday.",
        "His final verdict: “It is not good,” he said. Her verdict: “Fine.”",
    )
    q = quote(a, "It is not good")
    assert (speaker(q), mention(q), cue(q)) == ("Tom Green", "he", "said")
    assert cue(quote(a, "Fine.")) == "verdict"


def test_remembered_after_words_in_quote_marks_is_speech() -> None:
    """ "“Nobody expected it to work,” remembered Tom Green" and "..., Ann Lee remembered"
    report their words, speech; "Green remembered that nobody expected it" stays thought,
    left out by default."""
    a = article(
        "Title",
        "“Nobody expected it to work,” remembered Tom Green. “It was a mess.”",
        "“The hall was empty,” Ann Lee remembered.",
        "Green remembered that nobody expected the plan to work.",
    )
    q = quote(a, "Nobody expected")
    assert (speaker(q), cue(q)) == ("Tom Green", "remembered")
    assert q.attribution is not None
    assert q.attribution.stance is Stance.SPEECH
    assert speaker(quote(a, "It was a mess")) == "Tom Green"
    assert speaker(quote(a, "The hall was empty")) == "Ann Lee"
    assert not [q for q in a.quotations if "nobody expected the plan" in q.text]


def test_a_cue_inside_reported_speech_that_leads_into_the_quotation_speaks() -> None:
    """ "Kai Lund said his mother told him, “Go to bed.”" and "... wrote him a single word
    after the game: “Wow.”" quote his mother: her cue leads into the words, past an object
    pronoun or a clause a colon closes; "said the company would offer a simple choice:
    “...”" stays Lund's (a cue after a modal)."""
    a = article(
        "Title",
        "Kai Lund said his mother told him, “Go to bed.”",
        "Lund said his mother wrote him a single word after the game: “Wow.”",
        "Lund said the company would offer a simple choice: “Stay or go.”",
    )
    assert mention(quote(a, "Go to bed")) == "his mother"
    assert (mention(quote(a, "Wow")), cue(quote(a, "Wow"))) == ("his mother", "wrote")
    assert speaker(quote(a, "Stay or go")) == "Kai Lund"


def test_a_capitalised_name_given_before_a_quantifier_is_speech() -> None:
    """ "Ann Lee called Brown “Little Tommy” several times" quotes her: a quantifier (or
    an adverb: "“Senator Cruz” instead") after the words is no noun they name ("“Leave”
    supporters" stays a name)."""
    a = article(
        "Title",
        "Ann Lee called Brown “Little Tommy” several times.",
        "“Leave” supporters rallied on Monday.",
        "Tom Green called his opponent “Senator Cruz” instead.",
    )
    assert speaker(quote(a, "Little Tommy")) == "Ann Lee"
    assert speaker(quote(a, "Senator Cruz")) == "Tom Green"
    assert quote(a, "Leave").attribution is None


def test_cut_in_ticked_off_and_groused_are_cues() -> None:
    """ "“...,” Tom Green cut in", "her husband cut in: “...”", "“...,” groused Tom Green"
    and "ticked off" report speech; "The budget cut in half the money" reports nothing."""
    a = article(
        "Title",
        "“Don’t forget the candles,” Tom Green cut in.",
        "“Bring the cake,” Ann Green said. Her husband, Tom Green, cut in: “And the plates.”",
        "“It is a mess,” groused Ray Dunn.",
        "“We lost the vote,” Ray Dunn ticked off.",
        "The budget cut in half the money for “special” schools.",
    )
    assert speaker(quote(a, "Don’t forget")) == "Tom Green"
    assert speaker(quote(a, "And the plates")) == "Tom Green"
    assert (speaker(quote(a, "It is a mess")), cue(quote(a, "It is a mess"))) == (
        "Ray Dunn",
        "groused",
    )
    assert speaker(quote(a, "We lost the vote")) == "Ray Dunn"
    assert quote(a, "special").attribution is None


def test_the_one_a_decision_left_calling_it_speaks() -> None:
    """ "a decision that left one councillor calling it “...”" quotes the councillor (it
    was a scare quote), and "left Ann Lee calling it" Lee; "He left the club claiming he
    needed “a break”" stays his."""
    a = article(
        "Title",
        "Tom Green spoke on Monday.",
        "The pool will close after council voted against repairs, a decision that left one "
        "councillor calling it “the worst vote I have cast.”",
        "The ruling left Ann Lee calling it “a disgrace.”",
    )
    assert speaker(quote(a, "the worst vote")) == "one councillor"
    assert speaker(quote(a, "a disgrace")) == "Ann Lee"
    b = article("Title", "Tom Green left the club claiming he needed “a break.”")
    assert speaker(quote(b, "a break")) == "Tom Green"


def test_a_cue_after_a_question_with_the_one_told_and_a_comma_closes_its_clause() -> None:
    """ "“Just one minute, alright?” he urged them, as he explained how tough it is": the
    cue right after the words, its object and a comma close the attribution (the cue was
    "explained")."""
    a = article(
        "Title",
        "Tom Green thanked the crowd. “Just one minute, come on, alright?” he urged them, as "
        "he explained how tough it is to run.",
    )
    q = quote(a, "Just one minute")
    assert (speaker(q), cue(q)) == ("Tom Green", "urged")


def test_a_term_a_group_calls_something_is_no_ones_speech() -> None:
    """ "Forecasters call such storms “weather bombs.”" after a meteorologist's words is a
    term of forecasters in general, no speech of hers; "Meteorologist Fen Scobie said" is
    Fen Scobie, the role capitalised at the sentence's start no part of her name."""
    a = article(
        "Title",
        "Meteorologist Fen Scobie said the storm deepened overnight. Forecasters call such "
        "storms “weather bombs.”",
    )
    assert speaker(indirect(a, "the storm deepened")) == "Fen Scobie"
    assert quote(a, "weather bombs").attribution is None


def test_the_subject_of_a_participle_in_a_hard_sentence() -> None:
    """ "– Hale saying ... and Reid calling it ...": each name speaks its participle;
    "During the debate, Voss made an unexpected call ..., calling them ...": Voss;
    "Shortly after ..., the campaign sent a release saying ...": not "Shortly"."""
    a = article(
        "Both men issued a statement – Hale saying he was “deeply heartened” and Reid calling "
        "it a “fine talk.”",
        "During the debate, Voss made an unexpected call for a halt to grants, calling them "
        "“corporate charity.”",
        "Shortly after the call ended, the campaign issued a statement saying Murphy owes "
        "“Florida an explanation.”",
    )
    assert speaker(quote(a, "deeply heartened")) == "Hale"
    assert speaker(quote(a, "fine talk")) == "Reid"
    assert speaker(quote(a, "corporate charity")) == "Voss"
    assert speaker(quote(a, "Florida an explanation")) != "Shortly"


def test_a_quotation_after_narration_about_a_speaker_named_by_a_pronoun() -> None:
    """ "“...,” she said. / Still, with her pension, Laurin ... / “...”": narration that goes
    on about her (her surname once, her pronouns) keeps her the speaker; narration that
    names someone else does not."""
    a = article(
        "Ana Laurin worked for 30 years.",
        '"They are struggling more than I am," she said.',
        "Still, even with her pension, Laurin lost income when she had to give up her career.",
        '"It took me three years to get past that."',
    )
    assert speaker(quote(a, "It took me three years")) == "Ana Laurin"
    b = article(
        '"They are struggling more than I am," she said.',
        "Still, the minister, Ana Lamb, cut pensions this year.",
        '"It took me three years to get past that."',
    )
    assert quote(b, "It took me three years").attribution is None


def test_narration_opening_with_another_full_name_is_about_that_person() -> None:
    """ "“...,” she said. / Elena Vasquez turned to her own past. / “...”": the narration
    names another woman in full, whose pronoun "her" is not the first speaker's; the
    quotation is the one the narration is about, while "Karen Lindholm went on" after
    "she said" keeps Lindholm."""
    a = article(
        "Karen Lindholm argued that spending fueled inflation.",
        '"Every family tells me the same thing," she said.',
        "Elena Vasquez turned to her own biography.",
        '"I grew up in a trailer in Yuma."',
    )
    assert speaker(quote(a, "I grew up")) == "Elena Vasquez"
    b = article(
        "Karen Lindholm argued that spending fueled inflation.",
        '"Every family tells me the same thing," she said.',
        "Karen Lindholm went on to her own biography.",
        '"I grew up in a trailer in Yuma."',
    )
    assert speaker(quote(b, "I grew up")) == "Karen Lindholm"


def test_a_noun_cue_with_an_infinitive_before_the_quotation() -> None:
    """ "Vale's pledge to be “neutral”": the pledge's owner speaks (it was a scare quote)."""
    a = article('The concerns go beyond Tom Vale\'s pledge to be "neutral" during the talks.')
    assert speaker(quote(a, "neutral")) == "Tom Vale"


def test_a_pronoun_that_opens_a_clause_right_after_another_cue() -> None:
    """ "Audience members laughed when he urged voters, “...”": he speaks, in a clause of
    his own; the audience's laughter is no report of his words."""
    a = article(
        "Tom Lamb spoke for an hour.",
        'Audience members laughed when he urged voters, "Look at what I have delivered."',
    )
    assert speaker(quote(a, "Look at what")) == "Tom Lamb"


def test_a_colon_after_a_person_s_post() -> None:
    """ "From Ines Barragan's Facebook post: “...”": the post's owner speaks; "From the
    report: “...”" names no one."""
    a = article(
        'Aides say the governor plans to "actively support" Lamb.',
        'From Ines Barragan\'s Facebook post: "We must unite behind one candidate."',
    )
    q = quote(a, "We must unite")
    assert speaker(q) == "Ines Barragan"
    assert cue(q) == "Facebook post:"
    b = article('From the report: "We must unite."')
    assert quote(b, "We must unite").attribution is None


def test_words_standing_alone_after_a_sentence_of_thought_are_speech() -> None:
    """A quotation that stands alone after "It was hours before Nora knew that ..." takes
    her as its speaker and is speech: words in marks are said, not thought."""
    a = article(
        "Ankle injury",
        '"I was lucky," says Nora Quinn.',
        "It was hours before Nora knew that she would miss the final.",
        '"My ankle was broken in two places."',
    )
    q = quote(a, "My ankle")
    assert speaker(q) == "Nora Quinn"
    assert q.attribution is not None
    assert q.attribution.stance is Stance.SPEECH


def test_a_sentence_after_a_question_must_close_to_attribute_it() -> None:
    """ "“Who wants ...?” Zapster offers a yearly plan": a sentence of its own, no
    attribution; "“Are there prizes?” Lincicome asked." is one."""
    a = article('"Who wants a song that stops next month?" Zapster offers a yearly plan for £40.')
    assert quote(a, "Who wants").attribution is None
    b = article('"Are there prizes?" Lincicome asked.')
    assert speaker(quote(b, "Are there prizes")) == "Lincicome"


def test_a_sentence_that_goes_on_into_a_clause_attributes_no_quotation_before_it() -> None:
    """ "“...at fair levels.” The association had said on the eve of the vote said
    that “significant” cuts ...": a sentence of its own; the quotation stays Reid's."""
    a = article(
        "Council tax",
        'Finance Minister Ann Reid spoke on Monday. She said she was "confident that '
        'councils will keep rates at fair levels." The Dunmore Local Government '
        'Association had said on the eve of the vote said that "significant" cuts loom.',
    )
    assert speaker(quote(a, "confident that")) == "Ann Reid"


def test_a_pronoun_after_an_opening_clause_speaks_for_itself() -> None:
    """ "When Governor Ann Pike accused Mayor Leo Grant of ..., he said “...”": the
    pronoun of the main clause speaks, not the subject of the opening clause."""
    a = article(
        "City hall",
        "When Governor Ann Pike accused Mayor Leo Grant of coddling developers, he said "
        '"I stood up to the builders" for years.',
    )
    assert speaker(quote(a, "I stood up")) == "Leo Grant"


def test_the_one_a_paper_quoted_as_saying_speaks() -> None:
    """ "“Huge business,” the paper quoted Mr Hale as saying": Hale, not the paper;
    so for "AP quoted Ray Dale as saying"."""
    a = article(
        "Games",
        'Tom Hale runs the studio. Board games are "huge business", the paper quoted Mr '
        "Hale as saying.",
        '"We are missing a fine colleague," AP quoted Ray Dale as saying.',
    )
    assert speaker(quote(a, "huge business")) == "Tom Hale"
    assert speaker(quote(a, "We are missing")) == "Ray Dale"


def test_a_sentence_with_a_quotation_of_its_own_attributes_no_quotation_before() -> None:
    """ "“...” The Greens accuse Mr Blair of making a “touchy-feely” speech.": the
    quotation before, which carries on the paragraph before, stays the speaker's of that
    one; "“...” Smith said on Monday." still attributes."""
    a = article(
        "Campaign",
        'Dale Hart said: "This is three-party politics. In the cities, the contest is '
        "between Labour and us.",
        '"In rural seats the contenders are the Greens and the Conservatives." The Greens '
        'accuse Mr Blair of making a "touchy-feely" speech.',
        '"We won the seat." Smith said on Monday.',
    )
    assert speaker(quote(a, "In rural seats")) == "Dale Hart"
    assert speaker(quote(a, "touchy-feely")) == "The Greens"
    assert speaker(quote(a, "We won the seat")) == "Smith"


def test_a_particle_after_the_cue_and_wondering_after_a_question() -> None:
    """ "“Never!” the crowd screamed back.": the crowd, and no indirect "back"; "“Will he
    run?” a staffer wondered.": the staffer, a thought; "“We will win,” she thought." stays
    no quotation of speech."""
    a = article(
        "Rally",
        '"Never!" the crowd screamed back. "Will he run?" a staffer wondered.',
        '"We will win," she thought.',
    )
    assert speaker(quote(a, "Never!")) == "the crowd"
    assert not [q for q in a.quotations if q.text == "back"]
    every = newsmodel.parse_text(
        "Rally\n\n" + '"Will he run?" a staffer wondered.', stances=frozenset(Stance)
    )
    wondered = quote(every, "Will he run?")
    assert speaker(wondered) == "a staffer"
    assert wondered.attribution is not None
    assert wondered.attribution.stance is Stance.THOUGHT


def test_a_noun_of_speech_owns_a_quotation_later_in_its_that_clause() -> None:
    """ "Ms. Lee's remark that the deal was “a mistake” drew criticism": Lee's words; "The
    report that the company was “on the brink”" has no owner, and stays a scare quote."""
    a = article("Deal", 'Ms. Ada Lee\'s remark that the deal was "a mistake" drew criticism.')
    assert speaker(quote(a, "a mistake")) == "Ada Lee"
    b = article("Deal", 'The report that the company was "on the brink" surprised investors.')
    assert quote(b, "on the brink").kind is QuoteKind.SCARE


def test_according_to_a_source_with_an_adjunct_after_a_quotation() -> None:
    """ "The case put Ann Hale “through the mill,” according to her lawyers in a court
    filing": her lawyers' words (the phrase read "her lawyers in a court" and failed)."""
    a = article(
        "Suit",
        'The case put Ann Hale "through the mill," according to her lawyers in a court filing.',
    )
    assert speaker(quote(a, "through the mill")) == "her lawyers"


def test_a_speech_participle_after_a_noun_with_a_quotation_after_it() -> None:
    """ "Bernie Sanders opened the debate saying “of course” Clinton is qualified": his
    words ("debate saying" is no noun compound when a quotation or "that" follows)."""
    a = article(
        "Debate",
        'Bernie Sanders opened the debate saying "of course" Clinton is qualified.',
    )
    assert speaker(quote(a, "of course")) == "Bernie Sanders"


def test_a_capitalised_quotation_before_project_or_campaign_is_a_name() -> None:
    """ "Ada Lowe, who is leading the “Renew” project, says ...": a project's name, no
    quotation of Lowe's; "the “Leave” campaign" likewise."""
    a = article(
        "Health",
        'Results are "very exciting," says manager Ada Lowe, who is leading the "Renew" '
        'project. She said the "Leave" campaign had won.',
    )
    assert speaker(quote(a, "very exciting")) == "Ada Lowe"
    assert quote(a, "Renew").kind is QuoteKind.SCARE
    assert quote(a, "Leave").kind is QuoteKind.SCARE


def test_a_quotation_inside_what_others_claim_is_not_the_subjects() -> None:
    """ "Mr Clarke has rejected calls to “pause” the bill", "spoke amid claims that he is
    part of a “dirty tricks” campaign": the callers' and claimants' words, left as scare
    quotes; "dismissed the claims as “false”" and "a platform that calls for “...”" are
    still the speaker's."""
    a = article(
        "Politics",
        'Mr Clarke has rejected calls to "pause" the bill. Peter Mandel spoke amid claims '
        'that Mr Hale is part of a "dirty tricks" campaign.',
        'Anna Vale dismissed the claims as "false". Bo Lund said he wants a platform that '
        'calls for "a $15 minimum wage".',
    )
    assert quote(a, "pause").kind is QuoteKind.SCARE
    assert quote(a, "dirty tricks").kind is QuoteKind.SCARE
    assert speaker(quote(a, "false")) == "Anna Vale"
    assert speaker(quote(a, "a $15 minimum wage")) == "Bo Lund"


def test_a_quotation_alone_after_a_sentence_about_someone_named_is_theirs() -> None:
    """ "Hale is blunt. “We are devastated. Nobody helped us.”" with no one quoted before:
    Hale's (rule ``beat``; it was left a scare quote); not after a sentence about no one
    named ("The night was cold.") nor after "He" alone."""
    a = article(
        "Loss",
        "Tom Hale lost his son in 2017.",
        'Hale is blunt. "We are devastated. Nobody helped us."',
    )
    q = quote(a, "We are devastated")
    assert q.attribution is not None
    assert (speaker(q), q.attribution.rule) == ("Tom Hale", "beat")
    b = article(
        "Loss",
        "Tom Hale lost his son in 2017.",
        'The night was cold. "We are devastated. Nobody helped us."',
        'He is blunt. "Nobody called us back. Nobody came."',
    )
    assert quote(b, "We are devastated").attribution is None
    assert quote(b, "Nobody called us back").attribution is None


def test_a_description_before_the_name_after_a_quotation_makes_it_direct() -> None:
    """ "“She was a beautiful soul,” her sister, Betsy Dale, said.": a direct quotation
    with its cue after it (it was a partial one, attributed by the cue later in the
    sentence), as "“...,” Betsy Dale said." is."""
    a = article(
        "Loss",
        "Ann Dale loved music.",
        '"She was a beautiful soul," her sister, Betsy Dale, said.',
    )
    q = quote(a, "She was a beautiful soul")
    assert q.attribution is not None
    assert (q.kind, speaker(q), q.attribution.rule) == (
        QuoteKind.DIRECT,
        "Betsy Dale",
        "cue-after",
    )


def test_a_fragment_in_words_told_is_the_teller_s() -> None:
    """ "Tom Hale told MPs that the French had agreed to return the men after “long and
    careful talks”": Hale's words, not the French's (a recipient between the cue and
    "that")."""
    a = article(
        "Talks",
        "On Monday Home Secretary Tom Hale told MPs that the French had agreed to return "
        'the two men after "long and careful talks" over the issue.',
    )
    assert speaker(quote(a, "long and careful talks")) == "Tom Hale"


def test_a_name_after_a_reporting_verb_in_the_past_starts_a_phrase_of_its_own() -> None:
    """ "Brixo noted Director Tom Hale said investigators had found emails": Hale said it,
    and his mention is no longer "Brixo noted Director Tom Hale"; "Tom Hale denied Ann Reid
    said ... He also said" is Hale again; "32% of Republican claims" is no cue."""
    a = article(
        "Emails",
        "In its filing, Brixo noted Director Tom Hale said investigators had found emails.",
        "Tom Hale denied Ann Reid said the rules “reek”. He also said he felt sure Tom "
        "Dale would “set out the position” next week.",
        "Brixo rated 32% of Republican claims as “false” last year.",
    )
    [found] = [q for q in a.quotations if q.text == "investigators had found emails"]
    assert speaker(found) == "Tom Hale"
    assert mention(found) == "Director Tom Hale"
    assert speaker(quote(a, "set out the position")) == "Tom Hale"
    assert speaker(quote(a, "false")) == "Brixo"


def test_a_named_person_of_a_relative_clause_keeps_its_own_cue() -> None:
    """ "Hale praised evangelist Tom Dale, who has vowed not to buy cookies because of the
    group's “...”": Dale's words, not Hale's."""
    a = article(
        "Cookies",
        "Later, Hale praised evangelist Tom Dale, who has publicly vowed not to buy cookies "
        "because of the group’s “support of the left.”",
    )
    assert speaker(quote(a, "support of the left")) == "Tom Dale"


def test_a_thing_relative_clause_gives_no_speaker_to_the_next_quotation() -> None:
    """ "the case ... which challenges the new law": the clause describes the case, so
    the quotation standing alone after the paragraph keeps the one who spoke about it."""
    a = article(
        "Title",
        "Ann Reid spoke in Dunmore on Monday.",
        "Reid also spoke about the Hale v. Brixo case, the case now before the Supreme Court "
        "which challenges the new law.",
        "“The law is the law of the land. But it is not a right if you cannot use it.”",
    )
    assert speaker(quote(a, "The law is the law")) == "Ann Reid"
    # the control: a person's relative clause ("who said") still gives its speaker
    b = article(
        "Title",
        "Ann Reid met Tom Hale, who said the plan would fail.",
        "“It is a disaster for the town and everyone in it.”",
    )
    assert speaker(quote(b, "It is a disaster")) == "Tom Hale"


def test_a_speaker_no_word_list_knows_right_after_the_quotation() -> None:
    """ "“...,” this Hale look-alike declared", "“...,” said the printed Reid slate card.":
    the attribution right after the quotation names its speaker, whatever the head noun,
    and the quotation is not left to a cue in the paragraph before."""
    a = article(
        "Title",
        "The crowd cheered.",
        "“We have such great respect for them,” this Hale look-alike declared in Dunmore.",
        "“Senator Reid thanks all of his supporters,” said the printed Reid slate card.",
    )
    assert speaker(quote(a, "We have such great respect")) == "this Hale look-alike"
    assert cue(quote(a, "We have such great respect")) == "declared"
    assert speaker(quote(a, "Senator Reid thanks")) == "the printed Reid slate card"
    # the control: words that are no noun phrase before the verb give no speaker
    b = article("Title", "The crowd cheered.", "“We won,” and then they said nothing.")
    assert quote(b, "We won").attribution is None or speaker(quote(b, "We won")) != "and then"


def test_a_name_after_an_inverted_cue_and_a_lower_case_title() -> None:
    """ "“...,” said transit committee ranking Democrat Elena Benson (D-Ore.)": the person
    named after a long description in lower case speaks."""
    a = article(
        "Title",
        "Board chairman Victor Ames opened the session. “We are here to listen,” Ames said.",
        "“We will not be governed by a spreadsheet,” said transit committee ranking Democrat "
        "Elena Benson (D-Ore.). “The riders deserve better.”",
    )
    assert speaker(quote(a, "We will not be governed")) == "Elena Benson"
    assert speaker(quote(a, "The riders deserve better")) == "Elena Benson"
    # the committee's own name of a word or two may lead the lower-case title
    b = article(
        "Title",
        "Board chairman Victor Ames opened the session. “We are here to listen,” Ames said.",
        "“We will not be governed by a spreadsheet,” said Transit ranking Democrat "
        "Elena Benson (D-Ore.). “The riders deserve better.”",
        "“The fares stay,” said Finance Committee vice chair Omar Reyes.",
    )
    assert speaker(quote(b, "We will not be governed")) == "Elena Benson"
    assert speaker(quote(b, "The riders deserve better")) == "Elena Benson"
    assert speaker(quote(b, "The fares stay")) == "Omar Reyes"


def test_a_quotation_alone_after_the_paragraph_about_its_speaker() -> None:
    """ "Her advice now is simple: ... ¶ “...”": no one quoted before, the quotation
    standing alone is the words of the one the paragraph before is about; "Based upon an
    interview ..., it is open. ¶ “...”" names no one."""
    a = article(
        "A mother's fight",
        "Lena Ortiz lost her son Mateo to an overdose in 2017.",
        "Her advice now is simple: lock up your medications.",
        "“You never know who is going through your cabinet. It only takes one pill.”",
    )
    assert speaker(quote(a, "You never know")) == "Lena Ortiz"
    b = article(
        "Title",
        "Based upon an interview he gave on Wednesday, it is an open question.",
        "“We are going to enter the next recession without that consensus, whenever it comes.”",
    )
    assert quote(b, "We are going to enter").attribution is None


def test_a_noun_of_speech_linked_by_was_that() -> None:
    """ "Tom Hale's answer was that “...”", "Lyle Crane's conclusion that her office was
    “deeply careless.”": the owner of the noun speaks the words it links to."""
    a = article(
        "Title",
        "Tom Hale's answer was that “the harbor is a public trust.”",
        "Ana Reyes was hurt by auditor Lyle Crane's conclusion that her office was “deeply "
        "careless.”",
    )
    assert (speaker(quote(a, "the harbor is")), cue(quote(a, "the harbor is"))) == (
        "Tom Hale",
        "answer",
    )
    assert speaker(quote(a, "deeply careless")) == "Lyle Crane"


def test_a_clause_before_a_colon_gives_its_verb_for_the_cue() -> None:
    """ "Speaker Hal Brandt delivered a blunt message to the mayor: “...”": the verb of the
    clause is the cue; "Rick Dean is confident: “...”" keeps the colon (an adjective)."""
    a = article(
        "Title",
        "Speaker Hal Brandt delivered a blunt message to the mayor: “Stop fighting the council.”",
        "Rick Dean is confident: “People will see the difference.”",
    )
    assert cue(quote(a, "Stop fighting")) == "delivered"
    assert cue(quote(a, "People will see")) == ":"


def test_a_gerund_after_about_gives_way_to_the_verb_of_speech() -> None:
    """ "She added that the contest cannot be about reacting to Morrow, and that next year
    “is going to be a jobs election”": the cue is "added", not the gerund of the topic;
    "concluded by saying “thanks for having me”" keeps its gerund."""
    a = article(
        "Title",
        "Ana Reid added that the contest cannot just be about reacting to Morrow, and that "
        "next year “is going to be a jobs election.”",
        "Tom Hale concluded by saying “thanks for having me.”",
    )
    assert cue(quote(a, "is going to be a jobs")) == "added"
    assert cue(quote(a, "thanks for having me")) == "saying"


def test_a_passive_of_quoting_after_the_quotation() -> None:
    """ "“...,” Mr Tobias Venn was quoted as saying", "is reported as saying": the one
    quoted speaks (the quotation was left as scare quotes)."""
    a = article(
        "Title",
        "“Prices will rise,” said Dr Olive Grange of the Trade Office.",
        "“If the banks keep squeezing, they will cut staff,” Mr Tobias Venn is reported as saying.",
        "“We will not sell,” Ana Reid was quoted as saying.",
    )
    assert speaker(quote(a, "If the banks")) == "Tobias Venn"
    assert speaker(quote(a, "We will not sell")) == "Ana Reid"


def test_a_thing_of_someone_s_is_no_speaker() -> None:
    """ "His hope must be that voters will bear out the old saying: “...”": a possessive's
    noun that names no one speaks nothing; "His spokesman was blunt: “...”" does."""
    a = article(
        "Hope",
        "His hope must be that voters will bear out the old saying: “No gain without pain.”",
        "His spokesman was blunt: “We will win.”",
    )
    assert quote(a, "No gain without pain").attribution is None
    assert speaker(quote(a, "We will win")) == "His spokesman"


def test_a_quotation_alone_after_the_headline_takes_no_speaker_from_it() -> None:
    """ "31 Voters Share Their Thoughts On Tom Hale ¶ “We need law and order ...”": the
    headline before the quotation is no narration its speaker could come from."""
    a = newsmodel.parse_text(
        "31 Voters Share Their Thoughts On Tom Hale.\n\n"
        "“We need law and order. If we do not have it, we are not going to have a country.”\n"
    )
    q = quote(a, "We need law and order")
    assert q.attribution is None or "Voters" not in q.attribution.speaker.name


def test_with_a_name_an_adverb_and_a_participle() -> None:
    """ "..., with Mayor Tom Ellery loudly shouting: “...”": the one named before the
    adverb and the participle shouts (it was "several", the sentence's subject)."""
    a = article(
        "Title",
        "At a rally in Dayton on Sunday, several of his backers shoved a heckler, with Mayor "
        "Tom Ellery loudly shouting: “Throw him out of the hall!”",
    )
    assert speaker(quote(a, "Throw him out")) == "Tom Ellery"


def test_a_cue_in_an_aside_between_dashes() -> None:
    """ "If the city is hiding the files — as critics believe, but the mayor firmly denies
    — “why would anyone trust the audit?” asked Rhee": the verbs of the aside report
    nothing of the quotation, which is Rhee's."""
    a = article(
        "Title",
        "If the city is really hiding the files — as many critics believe, but the mayor firmly "
        "denies — “why would anyone trust the audit?” asked Ana Rhee, now a lawyer.",
    )
    q = quote(a, "why would anyone")
    assert (speaker(q), cue(q)) == ("Ana Rhee", "asked")


def test_a_participle_after_a_when_clause_is_its_subject_s() -> None:
    """ "“Nice try,” he wrote when Senator Ada Brill closed a meeting last spring,
    remarking, “...”": the one the when-clause is about remarks."""
    a = article(
        "Title",
        "“Nice try,” he wrote when Senator Ada Brill closed a town-hall meeting last spring, "
        "remarking, “Thank you, and drive home safely.”",
    )
    assert speaker(quote(a, "Thank you, and drive")) == "Ada Brill"


def test_prompted_to_say() -> None:
    """ "The hearing was so dull that Senator Voss was prompted to say, “...”": the one
    prompted speaks; "Mr Hale, who was forced to apologise, ..." closes no words said."""
    a = article(
        "Title",
        "The hearing was so dull that Senator Ana Voss was prompted to say, “I cannot believe "
        "how polite everyone is tonight.”",
        "However, Mr Hale, who was forced to apologise in March for a column, was not there.",
    )
    assert speaker(quote(a, "I cannot believe")) == "Ana Voss"
    assert not [q for q in a.quotations if q.kind is QuoteKind.INDIRECT]


def test_a_headline_quotation_the_body_repeats_takes_its_speaker() -> None:
    """ "‘We are tired of waiting’: First Nation marks ..." is the chief's, whom the body
    quotes saying the same words; a headline's quotation of two words, or one the body
    does not repeat, stays a scare quote."""
    a = article(
        "‘We are tired of waiting’: First Nation marks 10 years under ‘boil water’ advisory",
        "THUNDER BAY, Ont. — Wapekeka Lake First Nation has not had safe tap water since 2014.",
        "“We are tired of waiting,” Chief Wilfred Moonias said. “The boil water notice is "
        "older than my grandchildren.”",
    )
    headline = [q for q in a.quotations if q.paragraph == 0]
    assert speaker(headline[0]) == "Wilfred Moonias"
    assert headline[0].attribution is not None
    assert headline[0].attribution.rule == "headline-repeat"
    assert headline[1].attribution is None


def test_a_quotation_alone_then_thats_according_to_someone() -> None:
    """ "“...” ¶ That's according to Marisol Dela Cruz, who teaches ..." is Dela Cruz's,
    though another spoke in the paragraph before."""
    a = article(
        "Election",
        "Conservative Leader Trevor Hollis said Kang had been thrown under the bus.",
        "“Surrey decides governments in this province.”",
        "That’s according to Marisol Dela Cruz, who teaches political science at Simon "
        "Fraser University.",
    )
    assert speaker(quote(a, "Surrey decides")) == "Marisol Dela Cruz"


def test_a_cue_after_a_modal_inside_reported_words_is_the_reporters() -> None:
    """ "A spokesperson said ... and that the Senate should confirm her “without delay”":
    the spokesperson's words, not the Senate's."""
    a = article(
        "A Brixo spokesperson said the president had “full confidence” in her and that "
        "the Senate should confirm her “without delay.”",
    )
    assert speaker(quote(a, "without delay")) == "A Brixo spokesperson"


def test_a_quotation_after_an_exclaimed_one_keeps_its_speaker_past_an_aside() -> None:
    """ "“... paid!” Dale declared, a point he makes after shows during which callers
    asked ... “...”": the next words are Dale's, not the callers' in his aside (the mark
    "!" ends a sentence for the splitter); with "," they were Dale's already."""
    for mark in ("!", ","):
        a = article(
            "Title",
            f"“And I am not being paid{mark}” Dale declared, a point he likes to make "
            "after a radio show during which callers asked how much he was paid. “I make "
            "my own money. I have a business.”",
        )
        assert speaker(quote(a, "I make my own")) == "Dale"


def test_the_subject_after_an_opening_clause_behind_an_adverbial_speaks() -> None:
    """ "Last month, when I asked Maria Lopez if she would run, she looked at me and said,
    “...”" is Lopez's, not the reporter's ("I asked" is in the opening clause, behind
    "Last month,"); the question reported ends at the clause's comma."""
    a = article(
        "Title",
        "Last month, when I asked Maria Lopez if she would ever run, she looked straight "
        "at me, furrowed her brow and said, “I am going to run for mayor.”",
    )
    assert speaker(quote(a, "I am going to run")) == "Maria Lopez"
    assert indirect(a, "if she would ever run").text == "if she would ever run"


def test_a_question_closed_before_an_inverted_cue_is_the_inverted_speakers() -> None:
    """ "— as Moscow denies — “why not raise it?” asked Dunn" is Dunn's, and so are the
    words after; a cry before a new sentence ("“...!” She replied ...") stays with the
    cue before it."""
    a = article(
        "Title",
        "If hackers are attacking the party — as many researchers believe, but Moscow "
        "strongly denies — “why wouldn’t you want to raise the potential?” asked Dunn, "
        "now a partner at a firm. “I think it’s only prudent to raise it.”",
    )
    assert speaker(quote(a, "why wouldn’t you")) == "Dunn"
    assert speaker(quote(a, "I think it’s only prudent")) == "Dunn"
    b = article(
        "Title",
        "Dan Moss emailed her, telling her, “you are an all-star player!” She replied to "
        "him that it was an honour to serve.",
    )
    assert speaker(quote(b, "you are an all-star")) == "Dan Moss"


def test_a_verb_joined_to_an_inverted_cue_shares_its_speaker() -> None:
    """ "“...,” said an official who oversaw it and described it as “...”" and "“...,”
    said Tad Levine, suggesting that ..." are the speaker's after "said", not the one
    named inside the first quotation."""
    a = article(
        "Title",
        "Petraeus “was handled so lightly there isn’t a whole lot you can do,” said a "
        "former law enforcement official who oversaw investigations and described the "
        "controversy as “a lesser set of circumstances.”",
    )
    assert speaker(quote(a, "a lesser set")) == "a former law enforcement official"
    b = article(
        "Title",
        "“The heated rhetoric was a product of the primary,” said Tad Levine, suggesting "
        "that the upcoming contests will be calmer.",
    )
    assert speaker(indirect(b, "contests will be calmer")) == "Tad Levine"


def test_titles_listed_after_a_title_and_a_show_after_with_are_no_speech() -> None:
    """ "named “Cold Case,” “Game of Thrones” and “Veep” as his top shows": the titles
    after the first are titles too; "in an interview with “Fox News Sunday”" names a
    show. Words in sentence case after a title stay what they are."""
    a = article(
        "Title",
        "Senator Tom Hale, who has surged in the polls, named “Cold Case,” “Game of "
        "Thrones,” “Breaking Bad” and “Veep” as his top shows.",
        "“We know they hacked the party,” Ann Reid said in an interview with “Fox News Sunday.”",
        "Ann Reid praised “Cold Case” and “the people who made it work,” her aide said.",
    )
    for title in ("Game of Thrones", "Breaking Bad", "Fox News Sunday"):
        assert quote(a, title).attribution is None, title
    assert speaker(quote(a, "the people who made")) == "her aide"


def test_verbs_of_an_opening_phrase_and_of_an_aside_between_hyphens_give_no_speaker() -> None:
    """ "Amid calls from some to create sites that would list them, Matt Walsh gave a
    justification, saying it is necessary to “...”" is Walsh's; "he assured the crowd
    that ... - as Rubio has said - and he can “guarantee” ..." is not Rubio's: a hyphen
    standing alone is a dash."""
    a = article(
        "Title",
        "Amid responses from some to create websites that would identify those "
        "blacklisted, the columnist Matt Walsh provided a justification for a blacklist, "
        "saying it is necessary to “identify the traitors and remember their names.”",
    )
    assert speaker(quote(a, "identify the traitors")) == "Matt Walsh"
    b = article(
        "Title",
        "Tom Hale mocked his rivals and even assured the crowd that he does not have small "
        "hands - as Rubio has said - and he can “guarantee” other parts are not small.",
    )
    assert speaker(quote(b, "guarantee")) == "Tom Hale"


def test_the_ones_told_later_in_the_sentence_are_no_speaker() -> None:
    """ "“...,” NAME, A LONG TITLE OF MANY COMMAS, told reporters in Quebec City" never
    makes "reporters in Quebec City" the speaker: after "told" come the ones told."""
    a = article(
        "Title",
        "“We have reached our capacity. Not in the abstract,” Geneviève Paradis-Lemay, "
        "Quebec’s ministre de l’Immigration, de la Francisation et de l’Intégration, told "
        "reporters in Quebec City on Monday, speaking in French.",
    )
    q = quote(a, "We have reached")
    assert q.attribution is None or "reporters" not in q.attribution.speaker.name


def test_a_long_title_after_titled_and_a_plan_named_before_its_noun_are_no_speech() -> None:
    """ "The bill, titled “An Act respecting water, source water, drinking water and
    wastewater on First Nation lands,” is before committee" names a bill, however long;
    "under its “Care Where You Are” plan" names a plan."""
    a = article(
        "Title",
        "Tom Pettigrew said the Forces need more money this year.",
        "The bill, titled “An Act respecting water, source water, drinking water and "
        "wastewater on First Nation lands,” is before committee.",
        "Her government has pledged to add 3,000 beds under its “Care Where You Are” plan.",
    )
    assert quote(a, "An Act respecting").attribution is None
    assert quote(a, "Care Where").attribution is None


def test_words_in_lower_case_after_the_noun_of_a_work_are_no_title() -> None:
    """ "he has listened to the album “maybe 500 times”" quotes him: a title in sentence
    case after "album" opens with a capital ("his 1972 anthem “Mon pays, ma rivière”")."""
    a = article(
        "Title",
        "Romeo Villanueva said he has listened to the album “maybe 500 times” since it came out.",
        "She sang his 1972 anthem “Mon pays, ma rivière” at the gala on Friday.",
    )
    assert speaker(quote(a, "maybe 500 times")) == "Romeo Villanueva"
    assert quote(a, "Mon pays").attribution is None
